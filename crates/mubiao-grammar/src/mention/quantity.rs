//! Quantities: a number with its unit, scale and comparator, as reports write them —
//! `1000亿元以上`, `控制在4.5%以内`, `6‰以内`, `2万人`, `1.45万套`, `提高2个百分点`,
//! `翻一番`, `2-5个`, `突破百亿`, `三成`, `10余万人`.
//!
//! ```
//! use mubiao_grammar::mention::quantities;
//! use mubiao_model::{Comparator, Decimal, QuantityKind, Scale};
//!
//! let text = "城镇登记失业率控制在4.5%以内,新开工保障性住房1.45万套。";
//! let q: Vec<_> = quantities(text).collect();
//!
//! assert_eq!(q[0].kind, QuantityKind::Percent);
//! assert_eq!(q[0].value, Decimal::new(45, 1));
//! assert_eq!(q[0].comparator, Comparator::Le);
//! assert_eq!(q[0].span.get(text), Some("控制在4.5%以内"));
//!
//! assert_eq!((q[1].kind, q[1].unit.as_str(), q[1].scale), (QuantityKind::Count, "万套", Scale::WAN));
//! assert_eq!(q[1].folded(), Some(Decimal::from(14_500)));
//! ```
//!
//! # What is a quantity
//! - A number with a unit the grammar knows (`元`, `亩`, `个`, `%`, `个百分点`, `倍`…), or
//!   an unknown measure word after Arabic digits (`3栋`), or a bare number (`3万亿`,
//!   [`Options::bare_numbers`]).
//! - Not a number inside a word: `十二五`, `一般`, `一些`, `一体化`, `一站式`, `零售`,
//!   `三农`, `五化一整治`, `三位一体`, `4/5G`; not list markers (`1、`, `(三)`), codes
//!   (`2013-0000035`), times (`2:00`), URLs.
//! - `第三次` is an ordinal ([`QuantityKind::Ordinal`], reported with
//!   [`Options::ordinals`]); `2012年` is a date ([`Mention::Date`]).

mod scan;
mod unit;

use mubiao_model::{Deadline, Quantity, QuantityKind, Span};

use crate::error::{Error, ErrorKind};

pub use scan::Mentions;

/// What the scanner reports.
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

/// What [`mentions`] reports beyond quantities with a unit.
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
    /// Report numbers without a unit (`3万亿`, `一百二十三`) as [`QuantityKind::Number`].
    /// Default `true`.
    pub bare_numbers: bool,
    /// Report ordinals (`第三次`) as [`QuantityKind::Ordinal`]. Default `false`.
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
    Mentions::new(text, options)
}

/// Every quantity in `text` with the default [`Options`] (bare numbers, no ordinals).
///
/// ```
/// use mubiao_grammar::mention::quantities;
/// let units: Vec<_> = quantities("生产总值达到1000亿元以上,人口自然增长率控制在6‰以内")
///     .map(|q| q.unit)
///     .collect();
/// assert_eq!(units, ["亿元", "‰"]);
/// ```
#[must_use]
pub fn quantities(text: &str) -> Quantities<'_> {
    quantities_with(text, Options::default())
}

/// Every quantity in `text` with the given options.
///
/// ```
/// use mubiao_grammar::mention::{quantities_with, Options};
/// assert_eq!(quantities_with("共3个,计5", Options::default().bare_numbers(false)).count(), 1);
/// ```
#[must_use]
pub fn quantities_with(text: &str, options: Options) -> Quantities<'_> {
    Quantities {
        inner: Mentions::new(text, options),
    }
}

/// The iterator of [`quantities`].
///
/// ```
/// use mubiao_grammar::mention::quantities;
/// assert_eq!(quantities("十二五期间,一般").count(), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Quantities<'a> {
    inner: Mentions<'a>,
}

impl Iterator for Quantities<'_> {
    type Item = Quantity;
    fn next(&mut self) -> Option<Quantity> {
        loop {
            match self.inner.next()? {
                Mention::Quantity(q) => return Some(q),
                Mention::Date(_) => {}
            }
        }
    }
}

/// Reads the quantity `text` ends with, comparator words included. Words before it
/// that are no quantity are allowed (a verb: `提高2个百分点`, `增长12%`); anything
/// after it is an error.
///
/// # Errors
/// [`ErrorKind::Expected`] where no quantity starts the text,
/// [`ErrorKind::TrailingInput`] where more follows it.
///
/// ```
/// use mubiao_grammar::mention::parse_quantity;
/// use mubiao_model::{Comparator, Decimal, QuantityKind};
/// let q = parse_quantity("提高2个百分点")?;
/// assert_eq!((q.kind, q.value), (QuantityKind::PercentagePoints, Decimal::TWO));
/// let q = parse_quantity("10%至12%")?;
/// assert_eq!((q.comparator, q.upper), (Comparator::Range, Some(Decimal::from(12))));
/// assert!(parse_quantity("一体化").is_err());
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
pub fn parse_quantity(text: &str) -> Result<Quantity, Error> {
    let (t, front) = crate::text::trim(text);
    let whole_end = front + t.len();
    let opts = Options::default().ordinals(true);
    let mut it = Mentions::new(text, opts);
    let first_char = Span::new(front, front + t.chars().next().map_or(0, char::len_utf8));
    match it.next() {
        Some(Mention::Quantity(q)) if q.span.end == whole_end => Ok(q),
        Some(Mention::Quantity(q)) if q.span.end < whole_end => Err(Error::new(
            ErrorKind::TrailingInput,
            Span::new(q.span.end, whole_end),
        )),
        _ => Err(Error::new(ErrorKind::Expected("a quantity"), first_char)),
    }
}

/// The kind a unit gives a quantity, as the grammar's tables know it (scale words
/// first stripped: `万套` is a count).
///
/// ```
/// use mubiao_grammar::mention::unit_kind;
/// use mubiao_model::QuantityKind;
/// assert_eq!(unit_kind("亿美元"), Some(QuantityKind::Money));
/// assert_eq!(unit_kind("千伏安"), Some(QuantityKind::Measure));
/// assert_eq!(unit_kind("个百分点"), Some(QuantityKind::PercentagePoints));
/// assert_eq!(unit_kind("%"), Some(QuantityKind::Percent));
/// assert_eq!(unit_kind("栋"), Some(QuantityKind::Count));
/// assert_eq!(unit_kind("的"), None);
/// ```
#[must_use]
pub fn unit_kind(unit: &str) -> Option<QuantityKind> {
    let base = mubiao_model::strip_scale(unit).1;
    match base {
        "%" | "％" => return Some(QuantityKind::Percent),
        "‰" => return Some(QuantityKind::Permille),
        "‱" => return Some(QuantityKind::Permyriad),
        "个百分点" | "百分点" | "個百分點" => {
            return Some(QuantityKind::PercentagePoints);
        }
        "" => return Some(QuantityKind::Number),
        _ => {}
    }
    if let Some(k) = unit::ascii_unit(base) {
        return Some(k);
    }
    unit::unit_at(base)
        .filter(|u| u.text.len() == base.len())
        .map(|u| u.kind)
}
