//! Dates and deadlines: `2013年3月2日`, `元月底前`, `上半年`, `每月5日前`.

use chrono::NaiveDate;

use crate::Span;

/// A calendar range, both ends included. A single day has `start == end`.
///
/// ```
/// use chrono::NaiveDate;
/// use mubiao_model::DateRange;
/// let d = NaiveDate::from_ymd_opt(2012, 1, 31).unwrap();
/// assert_eq!(DateRange::day(d).end, d);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateRange {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl DateRange {
    /// The range from `start` to `end`, swapped if given backwards.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mubiao_model::DateRange;
    /// let a = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap();
    /// let b = NaiveDate::from_ymd_opt(2013, 6, 30).unwrap();
    /// assert_eq!(DateRange::new(b, a).start, a); // 上半年
    /// ```
    #[must_use]
    pub fn new(start: NaiveDate, end: NaiveDate) -> Self {
        if end < start {
            Self {
                start: end,
                end: start,
            }
        } else {
            Self { start, end }
        }
    }

    /// One day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mubiao_model::DateRange;
    /// let d = NaiveDate::from_ymd_opt(2013, 3, 2).unwrap();
    /// assert_eq!(DateRange::day(d).start, d);
    /// ```
    #[must_use]
    pub const fn day(date: NaiveDate) -> Self {
        Self {
            start: date,
            end: date,
        }
    }
}

/// A deadline that comes back: `每月5日前报送`.
///
/// ```
/// use mubiao_model::Recurrence;
/// let r = Recurrence::Monthly { day: 5 };
/// assert_eq!(r, Recurrence::Monthly { day: 5 });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case", tag = "every"))]
#[non_exhaustive]
pub enum Recurrence {
    /// Every month, by the given day: `每月5日前`; day 0 means the month's end
    /// (`每月底前`).
    Monthly {
        /// Day of the month, 0 for the end of the month.
        day: u32,
    },
    /// Every quarter, by the given day of the quarter's first month: `每季度首月10日前`;
    /// day 0 means the quarter's end (`每季度末`).
    Quarterly {
        /// Day of the month, 0 for the end of the quarter.
        day: u32,
    },
    /// Every year, by a month and day: `每年6月30日前`; day 0 means the month's end
    /// (`每年12月底前`).
    Yearly {
        /// Month, 1–12.
        month: u32,
        /// Day of the month, 0 for the end of the month.
        day: u32,
    },
}

/// A date, period or deadline named in the text, resolved against the document's year
/// where it can be.
///
/// `by` tells a deadline (`元月底前`: done by 2012-01-31) from a period (`上半年`: during
/// January–June). JSON adds `date`, the last day of the range, as the contract asks.
///
/// ```
/// use chrono::NaiveDate;
/// use mubiao_model::{DateRange, Deadline, Span};
///
/// let end = NaiveDate::from_ymd_opt(2012, 1, 31).unwrap();
/// let start = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap();
/// let d = Deadline::new("元月底前", Span::new(9, 21))
///     .with_range(DateRange::new(start, end))
///     .by();
/// assert_eq!(d.date(), Some(end));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Deadline {
    /// The words as written: `元月底前`.
    pub text: String,
    /// Where they stand.
    pub span: Span,
    /// The resolved range, `None` where no year is known or the text gives none.
    pub range: Option<DateRange>,
    /// How it repeats, for `每月5日前` and the like.
    pub recurrence: Option<Recurrence>,
    /// Whether the range's end is a due date (`前`, `以前`, `之前`, `底前`).
    pub by: bool,
}

impl Deadline {
    /// An unresolved time expression.
    ///
    /// ```
    /// use mubiao_model::{Deadline, Span};
    /// let d = Deadline::new("年内", Span::new(0, 6));
    /// assert_eq!(d.date(), None);
    /// ```
    #[must_use]
    pub fn new(text: impl Into<String>, span: Span) -> Self {
        Self {
            text: text.into(),
            span,
            range: None,
            recurrence: None,
            by: false,
        }
    }

    /// The same with a resolved range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mubiao_model::{DateRange, Deadline, Span};
    /// let d = NaiveDate::from_ymd_opt(2013, 3, 2).unwrap();
    /// assert_eq!(Deadline::new("2013年3月2日", Span::new(0, 15)).with_range(DateRange::day(d)).date(), Some(d));
    /// ```
    #[must_use]
    pub const fn with_range(mut self, range: DateRange) -> Self {
        self.range = Some(range);
        self
    }

    /// The same with a recurrence.
    ///
    /// ```
    /// use mubiao_model::{Deadline, Recurrence, Span};
    /// let d = Deadline::new("每月5日前", Span::new(0, 13)).with_recurrence(Recurrence::Monthly { day: 5 });
    /// assert!(d.recurrence.is_some());
    /// ```
    #[must_use]
    pub const fn with_recurrence(mut self, recurrence: Recurrence) -> Self {
        self.recurrence = Some(recurrence);
        self
    }

    /// The same marked as a due date.
    ///
    /// ```
    /// use mubiao_model::{Deadline, Span};
    /// assert!(Deadline::new("年底前", Span::new(0, 9)).by().by);
    /// ```
    #[must_use]
    pub const fn by(mut self) -> Self {
        self.by = true;
        self
    }

    /// The last day of the range: the due date of a deadline.
    ///
    /// ```
    /// use mubiao_model::{Deadline, Span};
    /// assert_eq!(Deadline::new("秋季", Span::new(0, 6)).date(), None);
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<NaiveDate> {
        self.range.map(|r| r.end)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{DateRange, Deadline, Recurrence};
    use crate::Span;

    #[derive(Serialize)]
    struct Out<'a> {
        text: &'a str,
        date: Option<NaiveDate>,
        span: Span,
        range: Option<DateRange>,
        recurrence: Option<Recurrence>,
        by: bool,
    }

    #[derive(Deserialize)]
    struct In {
        text: String,
        span: Span,
        #[serde(default)]
        range: Option<DateRange>,
        #[serde(default)]
        recurrence: Option<Recurrence>,
        #[serde(default)]
        by: bool,
    }

    impl Serialize for Deadline {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            Out {
                text: &self.text,
                date: self.date(),
                span: self.span,
                range: self.range,
                recurrence: self.recurrence,
                by: self.by,
            }
            .serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Deadline {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let i = In::deserialize(d)?;
            Ok(Self {
                text: i.text,
                span: i.span,
                range: i.range,
                recurrence: i.recurrence,
                by: i.by,
            })
        }
    }
}
