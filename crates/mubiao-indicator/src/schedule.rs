//! Schedule progress (时序进度): how much of an annual target is done against how much of
//! the year has passed.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::growth::positive_base;
use crate::percent::{Percent, PercentagePoints};
use crate::unit::{Level, align};

/// The elapsed part of a period, a fraction in `0..=1`.
///
/// ```
/// use mubiao_indicator::{Elapsed, Rounding};
///
/// // 1—11月: 91.67%, shown as 91.7%
/// let e = Elapsed::months(11)?;
/// assert_eq!(e.to_percent()?.round(1, Rounding::HalfUp).to_string(), "91.7%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "Decimal", into = "Decimal"))]
pub struct Elapsed(Decimal);

impl Elapsed {
    /// The fraction `f` of the period.
    ///
    /// # Errors
    /// [`Error::OutsidePeriod`] unless `0 ≤ f ≤ 1`.
    ///
    /// ```
    /// use mubiao_indicator::{Elapsed, Error};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Elapsed::fraction(Decimal::new(5, 1))?, Elapsed::months(6)?);
    /// assert_eq!(Elapsed::fraction(Decimal::TWO), Err(Error::OutsidePeriod));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn fraction(f: Decimal) -> Result<Self> {
        if f < Decimal::ZERO || f > Decimal::ONE {
            return Err(Error::OutsidePeriod);
        }
        Ok(Self(f))
    }

    /// `months` of twelve: `1—6月` is `months(6)`, one half.
    ///
    /// # Errors
    /// [`Error::OutsidePeriod`] for more than twelve months.
    ///
    /// ```
    /// use mubiao_indicator::Elapsed;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Elapsed::months(6)?.value(), Decimal::new(5, 1));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn months(months: u32) -> Result<Self> {
        if months > 12 {
            return Err(Error::OutsidePeriod);
        }
        Decimal::from(months)
            .checked_div(Decimal::from(12))
            .map(Self)
            .ok_or(Error::Overflow)
    }

    /// The part of `start..=end` elapsed by the end of `as_of`, counting whole days.
    ///
    /// # Errors
    /// [`Error::OutsidePeriod`] if `as_of` is outside `start..=end` or `end < start`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mubiao_indicator::Elapsed;
    /// use rust_decimal::Decimal;
    ///
    /// // a 督查 period from 2013-03-01 to 2013-12-31, checked on 2013-08-31: 184 of 306 days
    /// let date = |m, d| NaiveDate::from_ymd_opt(2013, m, d).ok_or("no such date");
    /// let e = Elapsed::between(date(3, 1)?, date(12, 31)?, date(8, 31)?)?;
    /// assert_eq!(e.value(), Decimal::from(184).checked_div(Decimal::from(306)).ok_or("division")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn between(start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> Result<Self> {
        if as_of < start || as_of > end {
            return Err(Error::OutsidePeriod);
        }
        let done = as_of.signed_duration_since(start).num_days() + 1;
        let total = end.signed_duration_since(start).num_days() + 1;
        Decimal::from(done)
            .checked_div(Decimal::from(total))
            .map(Self)
            .ok_or(Error::Overflow)
    }

    /// The part of `as_of`'s calendar year elapsed by the end of that day.
    ///
    /// # Errors
    /// [`Error::OutsidePeriod`] at the ends of chrono's calendar.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use mubiao_indicator::{Elapsed, Rounding};
    ///
    /// // 2012-06-30: 182 of 366 days
    /// let e = Elapsed::of_year(NaiveDate::from_ymd_opt(2012, 6, 30).ok_or("no such date")?)?;
    /// assert_eq!(e.to_percent()?.round(2, Rounding::HalfUp).to_string(), "49.73%");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn of_year(as_of: NaiveDate) -> Result<Self> {
        let year = as_of.year();
        let start = NaiveDate::from_ymd_opt(year, 1, 1).ok_or(Error::OutsidePeriod)?;
        let end = NaiveDate::from_ymd_opt(year, 12, 31).ok_or(Error::OutsidePeriod)?;
        Self::between(start, end, as_of)
    }

    /// The fraction.
    ///
    /// ```
    /// use mubiao_indicator::Elapsed;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Elapsed::months(12)?.value(), Decimal::ONE);
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The fraction as a per cent: the 序时进度 a target should have reached.
    ///
    /// # Errors
    /// [`Error::Overflow`] never in practice.
    ///
    /// ```
    /// use mubiao_indicator::{Elapsed, Percent};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Elapsed::months(6)?.to_percent()?, Percent::new(Decimal::from(50)));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn to_percent(self) -> Result<Percent> {
        Percent::from_fraction(self.0)
    }
}

impl TryFrom<Decimal> for Elapsed {
    type Error = Error;

    fn try_from(f: Decimal) -> Result<Self> {
        Self::fraction(f)
    }
}

impl From<Elapsed> for Decimal {
    fn from(e: Elapsed) -> Self {
        e.0
    }
}

/// Ahead of, on, or behind schedule (超进度 / 达进度 / 欠进度).
///
/// ```
/// use mubiao_indicator::{schedule, Elapsed, Pace};
/// use rust_decimal::Decimal;
/// let p = schedule(Decimal::from(300), Decimal::from(600), Elapsed::months(6)?)?;
/// assert_eq!(p.pace(), Pace::OnTrack);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Pace {
    /// 超进度: more done than time elapsed.
    Ahead,
    /// 达进度: exactly on schedule, or within the tolerance asked for.
    OnTrack,
    /// 欠进度, `未达到序时进度`: less done than time elapsed.
    Behind,
}

/// Progress of an annual target against the calendar.
///
/// ```
/// use mubiao_indicator::{schedule, Elapsed, Pace, Rounding};
/// use rust_decimal::Decimal;
///
/// // 1—6月 completed 210 of an annual target of 436
/// let p = schedule(Decimal::from(210), Decimal::from(436), Elapsed::months(6)?)?;
/// assert_eq!(p.done.round(2, Rounding::HalfUp).to_string(), "48.17%");
/// assert_eq!(p.pace(), Pace::Behind);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Progress {
    /// Done so far as a share of the annual target.
    pub done: Percent,
    /// The elapsed share of the period: where `done` should be (序时进度).
    pub expected: Percent,
    /// `done − expected`, positive when ahead.
    pub gap: PercentagePoints,
}

impl Progress {
    /// Ahead, on track or behind, compared exactly.
    ///
    /// ```
    /// use mubiao_indicator::{schedule, Elapsed, Pace};
    /// use rust_decimal::Decimal;
    /// let p = schedule(Decimal::from(95), Decimal::from(100), Elapsed::months(11)?)?;
    /// assert_eq!(p.pace(), Pace::Ahead);
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn pace(&self) -> Pace {
        self.pace_within(PercentagePoints::new(Decimal::ZERO))
    }

    /// Ahead, on track or behind, calling a gap within `± tolerance` on track.
    ///
    /// ```
    /// use mubiao_indicator::{schedule, Elapsed, Pace, PercentagePoints};
    /// use rust_decimal::Decimal;
    /// // 49.5% done at mid-year, within one point of schedule
    /// let p = schedule(Decimal::new(495, 1), Decimal::from(100), Elapsed::months(6)?)?;
    /// assert_eq!(p.pace(), Pace::Behind);
    /// assert_eq!(p.pace_within(PercentagePoints::new(Decimal::ONE)), Pace::OnTrack);
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn pace_within(&self, tolerance: PercentagePoints) -> Pace {
        let tol = tolerance.value().abs();
        let gap = self.gap.value();
        if gap > tol {
            Pace::Ahead
        } else if gap < -tol {
            Pace::Behind
        } else {
            Pace::OnTrack
        }
    }
}

/// Progress of `done` so far against an annual `target` with `elapsed` of the year gone:
/// the 时序进度 check that supervision offices grade as 超进度/达进度/欠进度.
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`] for a target that is not positive; unit
/// mismatches; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{schedule, Amount, Elapsed, Pace};
/// use rust_decimal::Decimal;
///
/// // 全社会固定资产投资 target 436亿元; 1—11月 completed 402亿元 (92.2% against 91.7%)
/// let p = schedule(Amount::parse(Decimal::from(402), "亿元")?, Amount::parse(Decimal::from(436), "亿元")?, Elapsed::months(11)?)?;
/// assert_eq!(p.pace(), Pace::Ahead);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn schedule<L: Level>(done: L, target: L, elapsed: Elapsed) -> Result<Progress> {
    let (d, t, _) = align(done, target)?;
    positive_base(t)?;
    let done = Percent::from_fraction(d.checked_div(t).ok_or(Error::Overflow)?)?;
    let expected = elapsed.to_percent()?;
    let gap = crate::percent::pp_change(expected, done)?;
    Ok(Progress {
        done,
        expected,
        gap,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_bounds() {
        assert_eq!(Elapsed::months(13), Err(Error::OutsidePeriod));
        assert_eq!(Elapsed::months(0).unwrap().value(), Decimal::ZERO);
        let day = |m, d| NaiveDate::from_ymd_opt(2013, m, d).unwrap();
        assert_eq!(
            Elapsed::between(day(3, 1), day(12, 31), day(2, 28)),
            Err(Error::OutsidePeriod)
        );
        assert_eq!(
            Elapsed::between(day(3, 1), day(3, 1), day(3, 1))
                .unwrap()
                .value(),
            Decimal::ONE
        );
        assert_eq!(Elapsed::of_year(day(12, 31)).unwrap().value(), Decimal::ONE);
        assert_eq!(
            Elapsed::fraction(Decimal::NEGATIVE_ONE),
            Err(Error::OutsidePeriod)
        );
    }

    #[test]
    fn schedule_needs_a_positive_target() {
        let e = Elapsed::months(6).unwrap();
        assert_eq!(
            schedule(Decimal::ONE, Decimal::ZERO, e),
            Err(Error::ZeroBase)
        );
        let p = schedule(Decimal::from(55), Decimal::from(100), e).unwrap();
        assert_eq!(p.gap, PercentagePoints::new(Decimal::from(5)));
        assert_eq!(
            p.pace_within(PercentagePoints::new(Decimal::from(-5))),
            Pace::OnTrack
        );
    }
}
