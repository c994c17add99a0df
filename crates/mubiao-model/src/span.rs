//! Byte ranges into the text a document was parsed from.

use core::fmt;
use core::ops::{Add, Range};

/// A half-open byte range `[start, end)` into the UTF-8 text that was parsed.
///
/// Every node of the model carries one, so a user can highlight and audit what the
/// parser read. `Debug` prints `start..end`; serde writes `[start, end]`.
///
/// ```
/// use mubiao_model::Span;
///
/// let text = "城镇登记失业率控制在4.5%以内";
/// let span = Span::new(30, 34);
/// assert_eq!(span.get(text), Some("4.5%"));
/// assert_eq!(format!("{span:?}"), "30..34");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; if `end < start` the two are swapped, so a span is
    /// never inverted.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert_eq!(Span::new(7, 3), Span::new(3, 7));
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        if end < start {
            Self {
                start: end,
                end: start,
            }
        } else {
            Self { start, end }
        }
    }

    /// An empty span at `offset`.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert!(Span::empty(4).is_empty());
    /// ```
    #[must_use]
    pub const fn empty(offset: usize) -> Self {
        Self {
            start: offset,
            end: offset,
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert_eq!(Span::new(3, 9).len(), 6);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert!(!Span::new(0, 3).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text under the span, or `None` when the span is out of bounds or does not
    /// fall on character boundaries. Never panics.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// let text = "牵头单位:市发改委";
    /// assert_eq!(Span::new(13, 25).get(text), Some("市发改委"));
    /// assert_eq!(Span::new(1, 3).get(text), None); // inside 牵
    /// assert_eq!(Span::new(0, 99).get(text), None);
    /// ```
    #[must_use]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert!(Span::new(0, 4).overlaps(Span::new(3, 8)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 8)));
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Self) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert_eq!(Span::new(2, 4).cover(Span::new(8, 9)), Span::new(2, 9));
    /// ```
    #[must_use]
    pub const fn cover(self, other: Self) -> Self {
        let start = if self.start < other.start {
            self.start
        } else {
            other.start
        };
        let end = if self.end > other.end {
            self.end
        } else {
            other.end
        };
        Self { start, end }
    }

    /// The span as a `Range<usize>`, for slicing with `str::get`.
    ///
    /// ```
    /// use mubiao_model::Span;
    /// assert_eq!(Span::new(1, 2).range(), 1..2);
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Self {
        s.range()
    }
}

/// Rebase a span found in a slice onto the text the slice came from: a sub-parse of
/// `text[offset..]` reports `span + offset`. Saturates instead of overflowing.
///
/// ```
/// use mubiao_model::Span;
/// assert_eq!(Span::new(2, 5) + 100, Span::new(102, 105));
/// ```
impl Add<usize> for Span {
    type Output = Self;
    fn add(self, offset: usize) -> Self {
        Self {
            start: self.start.saturating_add(offset),
            end: self.end.saturating_add(offset),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(d)?;
        if end < start {
            return Err(serde::de::Error::custom(format!(
                "span end {end} is before its start {start}"
            )));
        }
        Ok(Self { start, end })
    }
}

/// A value together with the span of text it was read from.
///
/// ```
/// use mubiao_model::{Span, Spanned};
/// let n = Spanned::new("鄂州政办发〔2012〕6号".to_owned(), Span::new(40, 68));
/// assert_eq!(n.value, "鄂州政办发〔2012〕6号");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs a value with its span.
    ///
    /// ```
    /// use mubiao_model::{Span, Spanned};
    /// assert_eq!(Spanned::new(6, Span::new(0, 1)).value, 6);
    /// ```
    pub const fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}
