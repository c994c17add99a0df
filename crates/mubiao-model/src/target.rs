//! Targets: what a report promises and what it claims, as typed statements.

use rust_decimal::Decimal;

use crate::{Comparator, Span};

/// What a target measures.
///
/// ```
/// use mubiao_model::Measure;
/// assert_eq!(Measure::ChangePp.as_str(), "change_pp");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Measure {
    /// An amount or a rate's own value: `地区生产总值640亿元`, `失业率控制在4.5%以内`.
    Level,
    /// A percent change: `增长12%`; a decline `下降3.5%` is −3.5.
    Growth,
    /// A part of a whole: `占GDP的84%`, `比重达36.7%`.
    Share,
    /// A multiple of the base: `翻一番` → 2, `增长1倍` → 2.
    Multiple,
    /// A change in percentage points: `提高2个百分点` → 2.
    ChangePp,
    /// An absolute change in the indicator's unit: `比上年增加24.47亿元`.
    Change,
}

impl Measure {
    /// The snake-case name used in JSON.
    ///
    /// ```
    /// use mubiao_model::Measure;
    /// assert_eq!(Measure::Growth.as_str(), "growth");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Level => "level",
            Self::Growth => "growth",
            Self::Share => "share",
            Self::Multiple => "multiple",
            Self::ChangePp => "change_pp",
            Self::Change => "change",
        }
    }
}

/// Whether a statement is a plan or a result.
///
/// ```
/// use mubiao_model::Status;
/// assert_eq!(Status::Actual.as_str(), "actual");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Status {
    /// Planned: `力争`, `预期`, `确保`, a section of this year's work or targets.
    Target,
    /// Achieved: a review section, `完成`, `实现`, `预计全年`.
    Actual,
}

impl Status {
    /// The lowercase name used in JSON.
    ///
    /// ```
    /// use mubiao_model::Status;
    /// assert_eq!(Status::Target.as_str(), "target");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Target => "target",
            Self::Actual => "actual",
        }
    }
}

/// How firmly a target is promised, where the text says.
///
/// ```
/// use mubiao_model::Stance;
/// assert_eq!(Stance::Strive.as_str(), "strive");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Stance {
    /// `力争`, `争取`: strive for.
    Strive,
    /// `确保`, `保证`: ensure.
    Ensure,
    /// `预期`, `预计`: expected.
    Expected,
}

impl Stance {
    /// The lowercase name used in JSON.
    ///
    /// ```
    /// use mubiao_model::Stance;
    /// assert_eq!(Stance::Ensure.as_str(), "ensure");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Strive => "strive",
            Self::Ensure => "ensure",
            Self::Expected => "expected",
        }
    }
}

/// One quantitative (or qualitative) statement about an indicator.
///
/// ```
/// use mubiao_model::{Comparator, Measure, Span, Status, Target};
/// use rust_decimal::Decimal;
///
/// // "地区生产总值增长12%以上"
/// let mut t = Target::new("地区生产总值", Measure::Growth, Span::new(0, 33));
/// t.comparator = Comparator::Ge;
/// t.value = Some(Decimal::from(12));
/// t.unit = "%".to_owned();
/// t.status = Some(Status::Target);
/// t.year = Some(2013);
/// assert_eq!(t.value, Some(Decimal::from(12)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Target {
    /// The indicator as written: `地区生产总值`, `建筑业总产值`.
    pub indicator: String,
    /// A normalised name where one is known (`地区生产总值` for `GDP`, `生产总值`).
    #[cfg_attr(feature = "serde", serde(default))]
    pub normalized: Option<String>,
    /// Where the indicator is written; `None` when it comes from the context.
    #[cfg_attr(feature = "serde", serde(default))]
    pub indicator_span: Option<Span>,
    /// What is measured.
    pub measure: Measure,
    /// How the value bounds the real one.
    #[cfg_attr(feature = "serde", serde(default))]
    pub comparator: Comparator,
    /// The value in `unit`, `None` for a qualitative statement.
    #[cfg_attr(feature = "serde", serde(default))]
    pub value: Option<Decimal>,
    /// The upper end of a range.
    #[cfg_attr(feature = "serde", serde(default))]
    pub upper: Option<Decimal>,
    /// The unit as written: `亿元`, `%`, `个百分点`, `倍`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub unit: String,
    /// The starting value of `从A增长到B`, in `unit`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub baseline: Option<Decimal>,
    /// Plan or result; `None` where the text does not tell.
    #[cfg_attr(feature = "serde", serde(default))]
    pub status: Option<Status>,
    /// The year the statement is about.
    #[cfg_attr(feature = "serde", serde(default))]
    pub year: Option<i32>,
    /// For a multi-year statement (`今后五年`, `五年来`), how many years it spans.
    #[cfg_attr(feature = "serde", serde(default))]
    pub horizon: Option<u32>,
    /// A growth stated as an average a year (`年均增长8%`, `平均每年增长`), not over the
    /// whole period.
    #[cfg_attr(feature = "serde", serde(default))]
    pub annual_average: bool,
    /// How firmly it is promised: `力争`, `确保`, `预期`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub stance: Option<Stance>,
    /// A qualitative relation in place of a value: `与省保持一致`, `高于全市平均水平`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub relation: Option<String>,
    /// The index of the task the statement belongs to, in the document's task list.
    #[cfg_attr(feature = "serde", serde(default))]
    pub task: Option<usize>,
    /// The whole statement.
    pub span: Span,
}

impl Target {
    /// A target with no value yet: comparator [`Comparator::Eq`], status unknown.
    ///
    /// ```
    /// use mubiao_model::{Measure, Span, Target};
    /// let t = Target::new("居民消费价格指数", Measure::Level, Span::new(0, 24));
    /// assert!(t.value.is_none());
    /// ```
    #[must_use]
    pub fn new(indicator: impl Into<String>, measure: Measure, span: Span) -> Self {
        Self {
            indicator: indicator.into(),
            normalized: None,
            indicator_span: None,
            measure,
            comparator: Comparator::Eq,
            value: None,
            upper: None,
            unit: String::new(),
            baseline: None,
            status: None,
            year: None,
            horizon: None,
            annual_average: false,
            stance: None,
            relation: None,
            task: None,
            span,
        }
    }
}
