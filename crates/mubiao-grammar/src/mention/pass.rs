//! The mention pass: one pass over a text that stops at the characters a mention may
//! start with, decides there whether a date or a quantity starts, and asks the reader
//! of that one. Between two stops the text is not looked at.

use mubiao_model::{Deadline, Quantity, Span};

use crate::mention::quantity::{self, Reader};
use crate::mention::{date, number};
use crate::text::{CharSet, char_at, char_before, digit_value, find_member};

/// What the mention pass reports.
///
/// ```
/// use mubiao_grammar::mention::{mentions, Mention, Options};
/// let m: Vec<_> = mentions("2012年完成640亿元", Options::default()).collect();
/// assert!(matches!(m[0], Mention::Date(_)));
/// assert!(matches!(m[1], Mention::Quantity(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mention {
    /// A quantity: `640亿元`, `12.6%`.
    Quantity(Quantity),
    /// A date or deadline: `2012年`, `元月底前`, `上半年`.
    Date(Deadline),
}

impl Mention {
    /// Where it stands in the text.
    ///
    /// ```
    /// use mubiao_grammar::mention::{mentions, Options};
    /// let m = mentions("增长12%", Options::default()).next().unwrap();
    /// assert_eq!((m.span().start, m.span().end), (6, 9));
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        match self {
            Self::Quantity(q) => q.span,
            Self::Date(d) => d.span,
        }
    }
}

/// What the mention pass reports beyond quantities with a unit, and the year it
/// resolves dates against.
///
/// ```
/// use mubiao_grammar::mention::{quantities_with, Options};
/// let text = "第三次会议,共3个";
/// assert_eq!(quantities_with(text, Options::default()).count(), 1);
/// assert_eq!(quantities_with(text, Options::default().ordinals(true)).count(), 2);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Options {
    /// Report numbers without a unit (`3万亿`, `一百二十三`) as
    /// [`QuantityKind::Number`](mubiao_model::QuantityKind::Number). Default `true`.
    pub bare_numbers: bool,
    /// Report ordinals (`第三次`) as
    /// [`QuantityKind::Ordinal`](mubiao_model::QuantityKind::Ordinal). Default `false`.
    pub ordinals: bool,
    /// The year dates without one are resolved against (the document's). Default `None`.
    pub reference_year: Option<i32>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            bare_numbers: true,
            ordinals: false,
            reference_year: None,
        }
    }
}

impl Options {
    /// Sets [`Options::bare_numbers`].
    ///
    /// ```
    /// use mubiao_grammar::mention::{quantities_with, Options};
    /// assert_eq!(quantities_with("3万亿", Options::default().bare_numbers(false)).count(), 0);
    /// ```
    #[must_use]
    pub const fn bare_numbers(mut self, yes: bool) -> Self {
        self.bare_numbers = yes;
        self
    }

    /// Sets [`Options::ordinals`].
    ///
    /// ```
    /// use mubiao_grammar::mention::{quantities_with, Options};
    /// use mubiao_model::QuantityKind;
    /// let q = quantities_with("第三次", Options::default().ordinals(true)).next().unwrap();
    /// assert_eq!(q.kind, QuantityKind::Ordinal);
    /// ```
    #[must_use]
    pub const fn ordinals(mut self, yes: bool) -> Self {
        self.ordinals = yes;
        self
    }

    /// Sets [`Options::reference_year`].
    ///
    /// ```
    /// use mubiao_grammar::mention::Options;
    /// assert_eq!(Options::default().reference_year(Some(2012)).reference_year, Some(2012));
    /// ```
    #[must_use]
    pub const fn reference_year(mut self, year: Option<i32>) -> Self {
        self.reference_year = year;
        self
    }
}

/// Every quantity and date in `text`, in order, with spans into `text`. One pass, no
/// backtracking beyond a few characters, no allocation between mentions.
///
/// ```
/// use mubiao_grammar::mention::{mentions, Options};
/// assert_eq!(mentions("3月底前完成2-5个", Options::default()).count(), 2);
/// ```
#[must_use]
pub fn mentions(text: &str, options: Options) -> Mentions<'_> {
    Mentions {
        text,
        pos: 0,
        last_end: 0,
        opts: options,
    }
}

/// The iterator of [`mentions`]: quantities and dates in text order.
///
/// ```
/// use mubiao_grammar::mention::{mentions, Options};
/// let spans: Vec<_> = mentions("完成2.7万元,增长14%", Options::default())
///     .map(|m| m.span().range())
///     .collect();
/// assert_eq!(spans, [6..15, 22..25]);
/// ```
#[derive(Clone, Debug)]
pub struct Mentions<'a> {
    text: &'a str,
    pos: usize,
    last_end: usize,
    opts: Options,
}

/// What the pass found at a stop.
enum Step {
    Found(Mention, usize),
    Skip(usize),
}

impl From<quantity::Step> for Step {
    fn from(step: quantity::Step) -> Self {
        match step {
            quantity::Step::Found(q, end) => Self::Found(Mention::Quantity(q), end),
            quantity::Step::Skip(p) => Self::Skip(p),
        }
    }
}

/// Where the pass stops: the characters a numeral, a date or a quantity word may
/// start with, and the Latin letters (a word is passed over as a whole: `A202107`, a
/// URL). Every other character is passed over.
static STARTS: CharSet = number::STARTS
    .union(&date::WORD_STARTS)
    .union(&quantity::WORD_STARTS)
    .union(&CharSet::of(&[
        'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R',
        'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j',
        'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z',
    ]));

/// Four ASCII digits (not preceded by a fifth) and then `-`, `/` or `.`: an ISO day
/// (`2012-02-13`, `2012/3/2`, `2012.03.02`) before its digits are read as a number.
fn iso_like(s: &str, pos: usize) -> bool {
    let Some(rest) = s.get(pos..) else {
        return false;
    };
    let mut chars = rest.chars();
    (0..4).all(|_| chars.next().is_some_and(|c| c.is_ascii_digit()))
        && chars.next().is_some_and(|c| matches!(c, '-' | '/' | '.'))
        && !char_before(s, pos).is_some_and(|c| c.is_ascii_digit())
}

/// Whether what follows a numeral makes it the start of a date: `2012年`, `3月底前`,
/// `二〇一二年`, `一季度`, `2012-02-13`, `2012-2016年`; a lone Chinese digit before
/// another (`二〇`).
fn before_date(after: Option<char>, lone: bool) -> bool {
    after.is_some_and(|c| {
        matches!(
            c,
            '年' | '月' | '季' | '日' | '号' | '-' | '－' | '—' | '–' | '至' | '到' | '~' | '～'
        )
    }) || (lone && after.and_then(number::chinese_digit).is_some())
}

/// Skips a Latin word with its digits (`A202107`, `B12`; `3G` is met by its digit), or
/// a URL.
fn skip_word(s: &str, pos: usize) -> usize {
    let rest = s.get(pos..).unwrap_or("");
    if rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") {
        let len = rest
            .find(|c: char| c.is_whitespace() || !c.is_ascii() || matches!(c, '"' | '<' | '>'))
            .unwrap_or(rest.len());
        return pos + len;
    }
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    pos + len.max(1)
}

impl Mentions<'_> {
    /// The quantity reader from where the last mention ended.
    const fn reader(&self) -> Reader<'_> {
        Reader::new(
            self.text,
            self.last_end,
            self.opts.bare_numbers,
            self.opts.ordinals,
        )
    }

    /// The date at `pos`, if one starts there.
    fn date(&self, pos: usize) -> Option<Step> {
        date::at(self.text, pos, self.opts.reference_year)
            .map(|(d, end)| Step::Found(Mention::Date(d), end))
    }

    /// Where to go on from the stop `c` at `pos` when no mention can start there, read
    /// from its neighbours; `None` where one may.
    fn passed(&self, pos: usize, c: char) -> Option<usize> {
        let s = self.text;
        let before = || char_before(s, pos);
        let next = pos + c.len_utf8();
        match c {
            // PM2.5, v1.2: digits after a dotted Latin token
            '0'..='9'
                if before() == Some('.')
                    && char_before(s, pos - '.'.len_utf8())
                        .is_some_and(|b| b.is_ascii_alphanumeric()) =>
            {
                Some(quantity::skip_token(s, pos))
            }
            '0'..='9' | '$' => None,
            // .5, not 1.5 read again from its point, nor 1..5
            '.' => {
                let starts = char_at(s, next).is_some_and(|d| d.is_ascii_digit())
                    && !before().is_some_and(|p| p.is_ascii_digit() || p == '.');
                (!starts).then_some(next)
            }
            // a sign, not a hyphen inside a code or a word (A-1, 3-5, 二-三)
            '-' | '+' => before()
                .is_some_and(|p| {
                    p.is_ascii_alphanumeric()
                        || matches!(p, '-' | '+' | '.' | '/' | '－' | '—')
                        || number::is_numeral_char(p)
                })
                .then_some(next),
            'a'..='z' | 'A'..='Z' => Some(skip_word(s, pos)),
            '－' | '−' | '＋' => before()
                .is_some_and(|p| {
                    digit_value(p).is_some()
                        || number::is_numeral_char(p)
                        || matches!(p, '－' | '-')
                })
                .then_some(next),
            _ => None,
        }
    }

    /// What starts at the stop `c` at `pos`.
    fn at(&self, pos: usize, c: char) -> Step {
        let s = self.text;
        // Arabic digits, the common case: none of the words below starts with one
        if c.is_ascii_digit() {
            return self.number(pos);
        }
        let q = self.reader();
        match c {
            '第' => return self.date(pos).unwrap_or_else(|| q.ordinal(pos).into()),
            '翻' => return q.fan(pos).into(),
            '半' => return q.half(pos).into(),
            '对' | '對' => return q.dui_zhe(pos).into(),
            '$' | '￥' | '¥' => return q.money_prefix(pos).into(),
            '万' | '萬' | '亿' | '億' => return q.implicit(pos).into(),
            _ => {}
        }
        if !number::starts_numeral_at(s, pos) {
            if date::may_start_at(s, pos, c)
                && let Some(step) = self.date(pos)
            {
                return step;
            }
            return Step::Skip(pos + c.len_utf8());
        }
        self.number(pos)
    }

    /// What starts with the numeral at `pos`: a date (`2012年`, `2012-02-13`), or what
    /// the quantity reader finds.
    fn number(&self, pos: usize) -> Step {
        let s = self.text;
        let q = self.reader();
        if let Some(next) = q.lone_in_word(pos) {
            return Step::Skip(next);
        }
        // 2012-02-13, 2012/3/2, 2012.03.02: a date before the digits read as a number
        if iso_like(s, pos)
            && let Some(step) = self.date(pos)
        {
            return step;
        }
        let sc = match number::scan(s, pos, quantity::numeral_config(s, pos)) {
            Ok(Some(sc)) => sc,
            Ok(None) => {
                return self.date(pos).unwrap_or_else(|| {
                    Step::Skip(pos + char_at(s, pos).map_or(1, char::len_utf8))
                });
            }
            Err(_) => {
                return Step::Skip(quantity::skip_token(s, quantity::skip_numeral_run(s, pos)));
            }
        };
        if before_date(char_at(s, sc.end), sc.lone)
            && sc.digits_start == pos
            && let Some(step) = self.date(pos)
        {
            return step;
        }
        q.after_numeral(pos, &sc).into()
    }
}

impl Iterator for Mentions<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        loop {
            let (pos, c) = find_member(self.text, self.pos, &STARTS)?;
            self.pos = pos;
            if let Some(next) = self.passed(pos, c) {
                self.pos = next;
                continue;
            }
            match self.at(pos, c) {
                Step::Found(m, end) => {
                    self.pos = end.max(pos + 1);
                    self.last_end = self.pos;
                    return Some(m);
                }
                Step::Skip(p) => self.pos = p.max(pos + c.len_utf8()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters the pass was written to stop at, before they were derived from
    /// the layers below.
    #[test]
    fn the_pass_stops_where_it_did() {
        let mut want: Vec<char> = "零〇○一壹弌二贰貳弍三叁參弎四肆五伍六陆陸七柒八捌九玖两兩倆十拾\
            百佰千仟廿卅卌万萬亿億兆负負第翻半对對￥¥．－−＋元年上下每春夏秋冬０１２３４５６７８９"
            .chars()
            .collect();
        want.extend(
            (0..0x80_u8)
                .map(char::from)
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, '.' | '-' | '+' | '$')),
        );
        want.sort_unstable();
        let got: Vec<char> = (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| STARTS.contains(c))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn iso_days_are_four_digits_and_a_separator() {
        assert!(iso_like("2012-02-13", 0));
        assert!(iso_like("于2012/3/2", 3));
        assert!(!iso_like("12012-02", 1), "a fifth digit before");
        assert!(!iso_like("2012年", 0));
        assert!(
            !iso_like("２０１２-02", 0),
            "full-width digits read as a number first"
        );
        assert!(!iso_like("201", 0));
    }
}
