//! What a document says about itself: title, 文号, 索引号, issuer, dates.

use chrono::NaiveDate;

use crate::Spanned;

/// Header metadata of a notice or a published page. Every field is `None` where the
/// document does not say.
///
/// JSON (contract `mubiao.ledger/1`): the values as plain strings (`"date":
/// "2012-03-02"`), their spans in a `spans` object beside them.
///
/// ```
/// use chrono::NaiveDate;
/// use mubiao_model::{Meta, Span, Spanned};
///
/// let mut meta = Meta::default();
/// meta.doc_number = Some(Spanned::new("鄂州政办发〔2012〕6号".to_owned(), Span::new(120, 148)));
/// meta.date = Some(Spanned::new(NaiveDate::from_ymd_opt(2012, 3, 2).unwrap(), Span::new(190, 206)));
/// assert_eq!(meta.year(), Some(2012));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Meta {
    /// The title line: `市人民政府办公室关于印发《……》的通知`, `2012年政府工作报告`.
    pub title: Option<Spanned<String>>,
    /// 文号, the document number: `鄂州政办发〔2012〕6号`, `平政办〔2013〕11号`.
    pub doc_number: Option<Spanned<String>>,
    /// 索引号, the open-government index number: `011217651/2012-14442`.
    pub index_number: Option<Spanned<String>>,
    /// 发布机构, the issuing body as the page names it: `鄂州市政府`.
    pub issuer: Option<Spanned<String>>,
    /// 发布日期 / 公开日期, the publication date of the page.
    pub date: Option<Spanned<NaiveDate>>,
    /// The date the document was signed (成文日期), usually the last line of a notice
    /// and often in Chinese numerals: `二〇一二年一月十七日`.
    pub signed: Option<Spanned<NaiveDate>>,
}

impl Meta {
    /// The year the document belongs to: the signing date's, else the publication
    /// date's, else the year in the document number (`〔2012〕`), else the year in
    /// the title (`2023年政府工作报告重点任务分解表`).
    ///
    /// ```
    /// use mubiao_model::{Meta, Span, Spanned};
    /// let mut meta = Meta::default();
    /// meta.title = Some(Spanned::new("2012年重点工作分解表".to_owned(), Span::new(0, 28)));
    /// assert_eq!(meta.year(), Some(2012));
    /// meta.doc_number = Some(Spanned::new("平政办〔2013〕11号".to_owned(), Span::new(0, 24)));
    /// assert_eq!(meta.year(), Some(2013));
    /// ```
    #[must_use]
    pub fn year(&self) -> Option<i32> {
        use chrono::Datelike;
        self.signed
            .as_ref()
            .or(self.date.as_ref())
            .map(|d| d.value.year())
            .or_else(|| self.doc_number.as_ref().and_then(|n| year_in(&n.value)))
            .or_else(|| self.title.as_ref().and_then(|t| year_in(&t.value)))
    }
}

/// The first run of four ASCII digits that reads as a plausible year (1949–2100).
fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b.get(i).is_some_and(u8::is_ascii_digit) {
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i - start == 4 {
                let y: i32 = s.get(start..i)?.parse().ok()?;
                if (1949..=2100).contains(&y) {
                    return Some(y);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(feature = "serde")]
mod serde_impl {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Meta;
    use crate::{Span, Spanned};

    #[derive(Serialize)]
    struct MetaOut<'a> {
        title: Option<&'a str>,
        doc_number: Option<&'a str>,
        index_number: Option<&'a str>,
        issuer: Option<&'a str>,
        date: Option<NaiveDate>,
        signed: Option<NaiveDate>,
        spans: Spans,
    }

    #[derive(Serialize, Deserialize, Default)]
    #[serde(default)]
    struct Spans {
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<Span>,
        #[serde(skip_serializing_if = "Option::is_none")]
        doc_number: Option<Span>,
        #[serde(skip_serializing_if = "Option::is_none")]
        index_number: Option<Span>,
        #[serde(skip_serializing_if = "Option::is_none")]
        issuer: Option<Span>,
        #[serde(skip_serializing_if = "Option::is_none")]
        date: Option<Span>,
        #[serde(skip_serializing_if = "Option::is_none")]
        signed: Option<Span>,
    }

    #[derive(Deserialize)]
    struct MetaIn {
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        doc_number: Option<String>,
        #[serde(default)]
        index_number: Option<String>,
        #[serde(default)]
        issuer: Option<String>,
        #[serde(default)]
        date: Option<NaiveDate>,
        #[serde(default)]
        signed: Option<NaiveDate>,
        #[serde(default)]
        spans: Spans,
    }

    fn text(f: &Option<Spanned<String>>) -> Option<&str> {
        f.as_ref().map(|x| x.value.as_str())
    }

    fn join<T>(v: Option<T>, s: Option<Span>) -> Option<Spanned<T>> {
        v.map(|value| Spanned::new(value, s.unwrap_or_default()))
    }

    impl Serialize for Meta {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            MetaOut {
                title: text(&self.title),
                doc_number: text(&self.doc_number),
                index_number: text(&self.index_number),
                issuer: text(&self.issuer),
                date: self.date.as_ref().map(|d| d.value),
                signed: self.signed.as_ref().map(|d| d.value),
                spans: Spans {
                    title: self.title.as_ref().map(|x| x.span),
                    doc_number: self.doc_number.as_ref().map(|x| x.span),
                    index_number: self.index_number.as_ref().map(|x| x.span),
                    issuer: self.issuer.as_ref().map(|x| x.span),
                    date: self.date.as_ref().map(|x| x.span),
                    signed: self.signed.as_ref().map(|x| x.span),
                },
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Meta {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let m = MetaIn::deserialize(d)?;
            Ok(Self {
                title: join(m.title, m.spans.title),
                doc_number: join(m.doc_number, m.spans.doc_number),
                index_number: join(m.index_number, m.spans.index_number),
                issuer: join(m.issuer, m.spans.issuer),
                date: join(m.date, m.spans.date),
                signed: join(m.signed, m.spans.signed),
            })
        }
    }
}
