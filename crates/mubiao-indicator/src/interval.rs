//! Closed intervals: what a rounded number as written can stand for.

use core::fmt;

use rust_decimal::Decimal;

use crate::error::{Error, Result};

/// A closed interval `[lo, hi]` of decimals.
///
/// A stated figure is rounded, so it stands for every value that rounds to it: `84%`
/// is `[83.5, 84.5]`, `27.3亿元` is `[27.25, 27.35]`. The interval is closed so that it
/// does not depend on which midpoint rule the source used.
///
/// ```
/// use mubiao_indicator::Interval;
/// use rust_decimal::Decimal;
///
/// // "占GDP的84%"
/// let stated = Interval::stated(Decimal::from(84))?;
/// assert_eq!(stated.lo(), Decimal::new(835, 1));
/// assert_eq!(stated.hi(), Decimal::new(845, 1));
/// assert!(stated.contains(Decimal::new(839063, 4)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Interval {
    lo: Decimal,
    hi: Decimal,
}

impl Interval {
    /// The interval `[lo, hi]`.
    ///
    /// # Errors
    /// [`Error::InvertedRange`] if `lo > hi`.
    ///
    /// ```
    /// use mubiao_indicator::{Error, Interval};
    /// use rust_decimal::Decimal;
    ///
    /// // "增长6.5%至7%"
    /// let band = Interval::new(Decimal::new(65, 1), Decimal::from(7))?;
    /// assert!(band.contains(Decimal::new(68, 1)));
    /// assert_eq!(Interval::new(Decimal::from(7), Decimal::new(65, 1)), Err(Error::InvertedRange));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn new(lo: Decimal, hi: Decimal) -> Result<Self> {
        if lo > hi {
            return Err(Error::InvertedRange);
        }
        Ok(Self { lo, hi })
    }

    /// The one-point interval `[value, value]`: a figure known exactly, such as a count.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    ///
    /// let i = Interval::exact(Decimal::from(640));
    /// assert_eq!(i.width(), Ok(Decimal::ZERO));
    /// ```
    #[must_use]
    pub const fn exact(value: Decimal) -> Self {
        Self {
            lo: value,
            hi: value,
        }
    }

    /// What `value` stands for as written: ± half a unit in its last written place,
    /// read from the decimal's scale (`84` → ±0.5, `27.3` → ±0.05, `84.0` → ±0.05).
    /// A value with 28 decimal places, the most a `Decimal` has, is taken as exact.
    ///
    /// # Errors
    /// [`Error::Overflow`] at the very edge of the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    ///
    /// // "财政一般预算收入从27.3亿元增长到67亿元"
    /// let base = Interval::stated(Decimal::new(273, 1))?;
    /// assert_eq!((base.lo().to_string(), base.hi().to_string()), ("27.25".into(), "27.35".into()));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn stated(value: Decimal) -> Result<Self> {
        Self::stated_to(value, value.scale())
    }

    /// What `value` stands for when it was written with `dp` decimal places:
    /// `[value − ½·10^−dp, value + ½·10^−dp]`. Use it when the digits as written are
    /// known apart from the decimal (`Decimal` drops nothing, but a computed value does
    /// not remember how it was printed).
    ///
    /// # Errors
    /// [`Error::Overflow`] at the very edge of the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    ///
    /// // 91.666…% shown as "91.7%"
    /// let shown = Interval::stated_to(Decimal::new(917, 1), 1)?;
    /// assert_eq!(shown.lo(), Decimal::new(9165, 2));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn stated_to(value: Decimal, dp: u32) -> Result<Self> {
        if dp >= Decimal::MAX_SCALE {
            return Ok(Self::exact(value));
        }
        let half = Decimal::from_parts(5, 0, 0, false, dp + 1);
        Ok(Self {
            lo: value.checked_sub(half).ok_or(Error::Overflow)?,
            hi: value.checked_add(half).ok_or(Error::Overflow)?,
        })
    }

    /// The lower end.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Interval::stated(Decimal::from(193))?.lo(), Decimal::new(1925, 1));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub const fn lo(self) -> Decimal {
        self.lo
    }

    /// The upper end.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Interval::stated(Decimal::from(560))?.hi(), Decimal::new(5605, 1));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub const fn hi(self) -> Decimal {
        self.hi
    }

    /// `hi − lo`.
    ///
    /// # Errors
    /// [`Error::Overflow`] for an interval wider than a `Decimal` holds.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Interval::stated(Decimal::new(126, 1))?.width()?, Decimal::new(10, 2));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn width(self) -> Result<Decimal> {
        self.hi.checked_sub(self.lo).ok_or(Error::Overflow)
    }

    /// Whether `value` lies in `[lo, hi]`, ends included.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// let stated = Interval::stated(Decimal::from(84))?;
    /// assert!(stated.contains(Decimal::new(845, 1)));
    /// assert!(!stated.contains(Decimal::new(8451, 2)));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn contains(self, value: Decimal) -> bool {
        self.lo <= value && value <= self.hi
    }

    /// Whether the two intervals share at least one point.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// let computed = Interval::new(Decimal::new(837627, 4), Decimal::new(840500, 4))?;
    /// assert!(computed.overlaps(Interval::stated(Decimal::from(84))?));
    /// assert!(!computed.overlaps(Interval::stated(Decimal::from(85))?));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn overlaps(self, other: Self) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }

    /// The signed distance from `other` to `self`: zero if they overlap, positive if
    /// `self` lies above `other` (`self.lo − other.hi`), negative if below
    /// (`self.hi − other.lo`). This is the least by which a claim is off.
    ///
    /// # Errors
    /// [`Error::Overflow`] if the distance exceeds a `Decimal`.
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// let computed = Interval::new(Decimal::new(862, 1), Decimal::new(866, 1))?;
    /// let stated = Interval::stated(Decimal::from(84))?; // [83.5, 84.5]
    /// assert_eq!(computed.gap_from(stated)?, Decimal::new(17, 1));
    /// assert_eq!(stated.gap_from(computed)?, Decimal::new(-17, 1));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn gap_from(self, other: Self) -> Result<Decimal> {
        if self.overlaps(other) {
            Ok(Decimal::ZERO)
        } else if self.lo > other.hi {
            self.lo.checked_sub(other.hi).ok_or(Error::Overflow)
        } else {
            self.hi.checked_sub(other.lo).ok_or(Error::Overflow)
        }
    }

    /// The smallest interval holding every given value; `None` for no values.
    pub(crate) fn hull(values: impl IntoIterator<Item = Decimal>) -> Option<Self> {
        let mut it = values.into_iter();
        let first = it.next()?;
        Some(it.fold(Self::exact(first), |acc, v| Self {
            lo: acc.lo.min(v),
            hi: acc.hi.max(v),
        }))
    }
}

impl fmt::Display for Interval {
    /// `[83.5, 84.5]`; a precision rounds both ends by 四舍五入 (`{:.2}`).
    ///
    /// ```
    /// use mubiao_indicator::Interval;
    /// use rust_decimal::Decimal;
    /// let i = Interval::new(Decimal::new(837627, 4), Decimal::new(8405, 2))?;
    /// assert_eq!(format!("{i}"), "[83.7627, 84.05]");
    /// assert_eq!(format!("{i:.1}"), "[83.8, 84.1]");
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        crate::percent::write_value(f, self.lo, ", ")?;
        crate::percent::write_value(f, self.hi, "]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn stated_reads_the_written_precision() {
        let i = Interval::stated(d("84.0")).unwrap();
        assert_eq!((i.lo(), i.hi()), (d("83.95"), d("84.05")));
        let i = Interval::stated(d("0.9")).unwrap();
        assert_eq!((i.lo(), i.hi()), (d("0.85"), d("0.95")));
        let i = Interval::stated(d("-3.5")).unwrap();
        assert_eq!((i.lo(), i.hi()), (d("-3.55"), d("-3.45")));
    }

    #[test]
    fn full_scale_is_exact_and_edges_overflow() {
        let tiny = Decimal::from_parts(1, 0, 0, false, 28);
        assert_eq!(Interval::stated(tiny).unwrap(), Interval::exact(tiny));
        assert_eq!(Interval::stated(Decimal::MAX), Err(Error::Overflow));
        assert_eq!(Interval::stated(Decimal::MIN), Err(Error::Overflow));
    }

    #[test]
    fn gap_is_zero_on_touching_ends() {
        let a = Interval::new(d("1"), d("2")).unwrap();
        let b = Interval::new(d("2"), d("3")).unwrap();
        assert_eq!(a.gap_from(b).unwrap(), Decimal::ZERO);
        assert_eq!(
            Interval::hull([d("3"), d("-1"), d("2")]),
            Some(Interval::new(d("-1"), d("3")).unwrap())
        );
        assert_eq!(Interval::hull([]), None);
    }
}
