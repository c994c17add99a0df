//! Target judgement: an actual value against a target's bound, with a signed margin in
//! the target's own unit.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::percent::{Percent, PercentagePoints, Permille, PermillePoints};
use crate::unit::{Amount, Unit, align, pow10};

/// A target's bound, as the wording sets it. `以上/以下/以内` include the bound,
/// `超过/不满` exclude it (民法典 第1259条).
///
/// ```
/// use mubiao_indicator::{judge, Bound, Percent, Verdict};
/// use rust_decimal::Decimal;
///
/// // "地区生产总值增长12%以上", actual 12.6%
/// let j = judge(Percent::new(Decimal::new(126, 1)), Bound::AtLeast(Percent::new(Decimal::from(12))))?;
/// assert_eq!(j.verdict, Verdict::Met);
/// assert_eq!(j.margin.to_string(), "0.6个百分点");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Bound<T> {
    /// `X以上`, `不低于X`, `不少于X`, `达到X`: at least X, X included.
    AtLeast(T),
    /// `超过X`, `高于X`: more than X.
    MoreThan(T),
    /// `X以内`, `X以下`, `控制在X`, `不超过X`: at most X, X included.
    AtMost(T),
    /// `不满X`, `低于X`, `不足X`: less than X.
    LessThan(T),
    /// `X左右`, `约X`: no verdict without a band; the margin is the signed deviation.
    /// Give a band as [`Bound::Between`].
    About(T),
    /// `X至Y`, `X-Y`: from X to Y, both included (`增长6.5-7%`).
    Between(T, T),
}

/// Whether a target was met.
///
/// ```
/// use mubiao_indicator::{judge, Bound, Percent, Verdict};
/// use rust_decimal::Decimal;
/// // "增长7%左右", actual 7.3%: no verdict
/// let j = judge(Percent::new(Decimal::new(73, 1)), Bound::About(Percent::new(Decimal::from(7))))?;
/// assert_eq!(j.verdict, Verdict::Indeterminate);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Verdict {
    /// 完成: the actual value satisfies the bound.
    Met,
    /// 未完成: it does not.
    NotMet,
    /// `左右`: the wording sets no line to judge by.
    Indeterminate,
}

/// A verdict with its signed margin in the target's own unit: percentage points for a
/// per cent, per-mille points for a per mille, the amount's unit for a level.
///
/// The margin is positive on the good side of the bound: how far above a floor, how far
/// below a ceiling (headroom), how far inside a range (to the nearer end). For
/// [`Bound::About`] it is the deviation, actual − target.
///
/// ```
/// use mubiao_indicator::{judge, Bound, Permille, PermillePoints, Verdict};
/// use rust_decimal::Decimal;
///
/// // "人口自然增长率控制在6‰以内", actual 5.8‰
/// let j = judge(Permille::new(Decimal::new(58, 1)), Bound::AtMost(Permille::new(Decimal::from(6))))?;
/// assert_eq!(j.verdict, Verdict::Met);
/// assert_eq!(j.margin, PermillePoints::new(Decimal::new(2, 1)));
/// assert_eq!(j.margin.to_fraction()?, Decimal::new(2, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Judgement<M> {
    /// Met, not met, or no line to judge by.
    pub verdict: Verdict,
    /// The signed margin, positive on the good side.
    pub margin: M,
}

mod sealed {
    /// Keeps [`super::Judged`] to the crate's own types.
    #[allow(unreachable_pub)]
    pub trait Sealed {}
    impl Sealed for rust_decimal::Decimal {}
    impl Sealed for crate::Amount {}
    impl Sealed for crate::Percent {}
    impl Sealed for crate::Permille {}
    impl Sealed for crate::PercentagePoints {}
    impl Sealed for crate::PermillePoints {}
}

/// A value a target can bound, and the type of its margin.
///
/// | value | margin |
/// |---|---|
/// | [`Percent`] | [`PercentagePoints`] |
/// | [`Permille`] | [`PermillePoints`] |
/// | [`PercentagePoints`] (`提高2个百分点`) | [`PercentagePoints`] |
/// | [`PermillePoints`] | [`PermillePoints`] |
/// | [`Amount`] | [`Amount`], in the finer of the two units |
/// | [`Decimal`] | [`Decimal`] |
///
/// ```
/// use mubiao_indicator::{judge, Amount, Bound, Verdict};
/// use rust_decimal::Decimal;
///
/// // "财政一般预算收入突破100亿元" (超过), actual 110.6亿元
/// let j = judge(Amount::parse(Decimal::new(1106, 1), "亿元")?, Bound::MoreThan(Amount::parse(Decimal::from(100), "亿元")?))?;
/// assert_eq!(j.verdict, Verdict::Met);
/// assert_eq!(j.margin.to_string(), "10.6亿元");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub trait Judged: Copy + sealed::Sealed {
    /// The margin's type.
    type Margin;

    /// `self` and `other` as numbers in one unit, and that unit.
    ///
    /// # Errors
    /// [`Error::CurrencyMismatch`] or [`Error::KindMismatch`] for amounts; [`Error::Overflow`].
    ///
    /// ```
    /// use mubiao_indicator::{Judged, Percent, Unit};
    /// use rust_decimal::Decimal;
    /// let (a, b, _) = Percent::new(Decimal::ONE).common(Percent::new(Decimal::TWO))?;
    /// assert_eq!((a, b), (Decimal::ONE, Decimal::TWO));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    fn common(self, other: Self) -> Result<(Decimal, Decimal, Unit)>;

    /// A margin of `value` in `unit`.
    ///
    /// ```
    /// use mubiao_indicator::{Judged, Percent, PercentagePoints, Unit};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::margin(Decimal::ONE, Unit::NUMBER), PercentagePoints::new(Decimal::ONE));
    /// ```
    fn margin(value: Decimal, unit: Unit) -> Self::Margin;
}

macro_rules! judged_rate {
    ($value:ty, $margin:ty) => {
        impl Judged for $value {
            type Margin = $margin;
            fn common(self, other: Self) -> Result<(Decimal, Decimal, Unit)> {
                Ok((self.value(), other.value(), Unit::NUMBER))
            }
            fn margin(value: Decimal, _unit: Unit) -> $margin {
                <$margin>::new(value)
            }
        }
    };
}

judged_rate!(Percent, PercentagePoints);
judged_rate!(Permille, PermillePoints);
judged_rate!(PercentagePoints, PercentagePoints);
judged_rate!(PermillePoints, PermillePoints);

impl Judged for Decimal {
    type Margin = Self;
    fn common(self, other: Self) -> Result<(Decimal, Decimal, Unit)> {
        Ok((self, other, Unit::NUMBER))
    }
    fn margin(value: Decimal, _unit: Unit) -> Self {
        value
    }
}

impl Judged for Amount {
    type Margin = Self;
    fn common(self, other: Self) -> Result<(Decimal, Decimal, Unit)> {
        align(self, other)
    }
    fn margin(value: Decimal, unit: Unit) -> Self {
        Self::new(value, unit)
    }
}

/// Judges `actual` against a target's bound: [`Verdict::Met`], [`Verdict::NotMet`] or,
/// for `左右`, [`Verdict::Indeterminate`], with the signed margin in the target's unit.
///
/// Values are compared as given (GB/T 8170 修约值比较法): round both to the target's
/// precision first if the comparison should be on shown figures. A decline target can
/// be judged on the cut (`下降3.5%以上`: `AtLeast(3.5)` against the actual cut) or on the
/// growth (`AtMost(-3.5)` against the actual growth); the margin is the same.
///
/// # Errors
/// [`Error::InvertedRange`] for a range whose ends are reversed; unit mismatches;
/// [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{judge, Bound, Percent, PercentagePoints, Verdict};
/// use rust_decimal::Decimal;
///
/// // "城镇登记失业率控制在4.5%以内", actual 4.2%: met with 0.3 points to spare
/// let j = judge(Percent::new(Decimal::new(42, 1)), Bound::AtMost(Percent::new(Decimal::new(45, 1))))?;
/// assert_eq!(j.verdict, Verdict::Met);
/// assert_eq!(j.margin, PercentagePoints::new(Decimal::new(3, 1)));
///
/// // "增长6.5%至7%", actual 6.4%
/// let band = Bound::Between(Percent::new(Decimal::new(65, 1)), Percent::new(Decimal::from(7)));
/// let j = judge(Percent::new(Decimal::new(64, 1)), band)?;
/// assert_eq!(j.verdict, Verdict::NotMet);
/// assert_eq!(j.margin, PercentagePoints::new(Decimal::new(-1, 1)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn judge<T: Judged>(actual: T, target: Bound<T>) -> Result<Judgement<T::Margin>> {
    let sub = |a: Decimal, b: Decimal| a.checked_sub(b).ok_or(Error::Overflow);
    let (verdict, margin, unit) = match target {
        Bound::AtLeast(t) | Bound::MoreThan(t) => {
            let (a, t_, unit) = actual.common(t)?;
            let m = sub(a, t_)?;
            let met = m > Decimal::ZERO || (m.is_zero() && matches!(target, Bound::AtLeast(_)));
            (met_or_not(met), m, unit)
        }
        Bound::AtMost(t) | Bound::LessThan(t) => {
            let (a, t_, unit) = actual.common(t)?;
            let m = sub(t_, a)?;
            let met = m > Decimal::ZERO || (m.is_zero() && matches!(target, Bound::AtMost(_)));
            (met_or_not(met), m, unit)
        }
        Bound::About(t) => {
            let (a, t_, unit) = actual.common(t)?;
            (Verdict::Indeterminate, sub(a, t_)?, unit)
        }
        Bound::Between(lo, hi) => {
            let (a1, l, u1) = actual.common(lo)?;
            let (a2, h, u2) = actual.common(hi)?;
            // Both comparisons in the finer of their two units.
            let (a, l, h, unit) = if u1.exponent() <= u2.exponent() {
                let f = pow10(u32::from(u2.exponent() - u1.exponent()))?;
                (a1, l, h.checked_mul(f).ok_or(Error::Overflow)?, u1)
            } else {
                let f = pow10(u32::from(u1.exponent() - u2.exponent()))?;
                (a2, l.checked_mul(f).ok_or(Error::Overflow)?, h, u2)
            };
            if l > h {
                return Err(Error::InvertedRange);
            }
            let m = sub(a, l)?.min(sub(h, a)?);
            (met_or_not(m >= Decimal::ZERO), m, unit)
        }
    };
    Ok(Judgement {
        verdict,
        margin: T::margin(margin, unit),
    })
}

/// `Met` or `NotMet`.
const fn met_or_not(met: bool) -> Verdict {
    if met { Verdict::Met } else { Verdict::NotMet }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn strict_and_inclusive_bounds() {
        let v = |b: Bound<Decimal>| judge(d("12"), b).unwrap().verdict;
        assert_eq!(v(Bound::AtLeast(d("12"))), Verdict::Met);
        assert_eq!(v(Bound::MoreThan(d("12"))), Verdict::NotMet);
        assert_eq!(v(Bound::AtMost(d("12"))), Verdict::Met);
        assert_eq!(v(Bound::LessThan(d("12"))), Verdict::NotMet);
        assert_eq!(v(Bound::LessThan(d("12.01"))), Verdict::Met);
        assert_eq!(v(Bound::Between(d("12"), d("12"))), Verdict::Met);
        assert_eq!(
            judge(d("1"), Bound::Between(d("2"), d("1"))),
            Err(Error::InvertedRange)
        );
    }

    #[test]
    fn margins_are_signed_towards_the_good_side() {
        let j = judge(d("11.5"), Bound::AtLeast(d("12"))).unwrap();
        assert_eq!((j.verdict, j.margin), (Verdict::NotMet, d("-0.5")));
        let j = judge(d("4.8"), Bound::AtMost(d("4.5"))).unwrap();
        assert_eq!((j.verdict, j.margin), (Verdict::NotMet, d("-0.3")));
        let j = judge(d("6.8"), Bound::About(d("7"))).unwrap();
        assert_eq!((j.verdict, j.margin), (Verdict::Indeterminate, d("-0.2")));
        let j = judge(d("6.9"), Bound::Between(d("6.5"), d("7"))).unwrap();
        assert_eq!((j.verdict, j.margin), (Verdict::Met, d("0.1")));
    }

    #[test]
    fn amounts_compare_across_scales_but_not_currencies() {
        let a = |v: &str, u: &str| Amount::parse(d(v), u).unwrap();
        let j = judge(a("1.2", "亿元"), Bound::AtLeast(a("11000", "万元"))).unwrap();
        assert_eq!(j.verdict, Verdict::Met);
        assert_eq!(j.margin, a("1000.0", "万元"));
        let j = judge(
            a("1.2", "亿元"),
            Bound::Between(a("11000", "万元"), a("1.5", "亿元")),
        )
        .unwrap();
        assert_eq!(j.margin, a("1000.0", "万元"));
        let j = judge(
            a("12000", "万元"),
            Bound::Between(a("1.1", "亿元"), a("15000", "万元")),
        )
        .unwrap();
        assert_eq!(j.margin, a("1000.0", "万元"));
        assert!(matches!(
            judge(a("1", "亿元"), Bound::AtLeast(a("1", "亿美元"))),
            Err(Error::CurrencyMismatch { .. })
        ));
        assert_eq!(
            judge(d("1"), Bound::AtLeast(Decimal::MIN)).err(),
            Some(Error::Overflow)
        );
    }
}
