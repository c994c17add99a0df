//! Rates and multiples as distinct types: a per cent is not a percentage point, a per
//! mille is not a per cent, and a growth factor is neither.

use core::fmt;

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::rounding::Rounding;

/// Writes `value` then `suffix`; a formatter precision (`{:.1}`) rounds half away from
/// zero (四舍五入) and pads with zeros. Use `round` with [`Rounding`] to choose the rule.
pub(crate) fn write_value(f: &mut fmt::Formatter<'_>, value: Decimal, suffix: &str) -> fmt::Result {
    // Padding is done here: `Decimal`'s own `{:.p$}` truncates instead of rounding, and
    // panics when the digits exceed its buffer (rust_decimal 1.43, a 29-digit value with
    // a few places).
    let Some(p) = f.precision() else {
        return write!(f, "{value}{suffix}");
    };
    let dp = u32::try_from(p).unwrap_or(u32::MAX).min(Decimal::MAX_SCALE);
    let shown = Rounding::HalfUp.round(value, dp);
    write!(f, "{shown}")?;
    let missing = dp.saturating_sub(shown.scale());
    if missing > 0 {
        if shown.scale() == 0 {
            f.write_str(".")?;
        }
        for _ in 0..missing {
            f.write_str("0")?;
        }
    }
    f.write_str(suffix)
}

/// A per cent: `13.5` means 13.5%.
///
/// Growth rates, shares and rate indicators (`城镇登记失业率4.5%`) are all per cents.
/// There is no `+` or `-` between per cents on purpose: the difference of two is a
/// [`PercentagePoints`] ([`pp_change`]), their relative change is a [`relative_change`],
/// and chained growth multiplies factors ([`chain`](crate::chain)).
///
/// ```
/// use mubiao_indicator::Percent;
/// use rust_decimal::Decimal;
///
/// // "地区生产总值增长12.6%"
/// let g = Percent::new(Decimal::new(126, 1));
/// assert_eq!(g.to_factor()?.value(), Decimal::new(1126, 3));
/// assert_eq!(g.to_string(), "12.6%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Percent(Decimal);

impl Percent {
    /// Zero per cent.
    pub const ZERO: Self = Self(Decimal::ZERO);
    /// One hundred per cent: a completion rate exactly on plan.
    pub const HUNDRED: Self = Self(Decimal::ONE_HUNDRED);

    /// `value` per cent, as written: `Percent::new(Decimal::new(84, 0))` is `84%`.
    /// The decimal keeps its written scale, so `84` and `84.0` state different precisions
    /// (see [`Interval::stated`](crate::Interval::stated)).
    ///
    /// ```
    /// use mubiao_indicator::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::new(Decimal::from(84)).value(), Decimal::from(84));
    /// ```
    #[must_use]
    pub const fn new(value: Decimal) -> Self {
        Self(value)
    }

    /// A decline written as a positive number: `下降3.5%` is `Percent::decline(3.5)`,
    /// a growth of −3.5%.
    ///
    /// ```
    /// use mubiao_indicator::Percent;
    /// use rust_decimal::Decimal;
    /// // "单位GDP能耗下降3.7%"
    /// assert_eq!(Percent::decline(Decimal::new(37, 1)), Percent::new(Decimal::new(-37, 1)));
    /// ```
    #[must_use]
    pub fn decline(cut: Decimal) -> Self {
        Self(-cut)
    }

    /// The per cent of a fraction: `0.839` → `83.9%`. The result is a computed value, so
    /// trailing zeros are dropped (`0.8390625000` → `83.90625%`).
    ///
    /// # Errors
    /// [`Error::Overflow`] if the fraction is beyond 10²⁶.
    ///
    /// ```
    /// use mubiao_indicator::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::from_fraction(Decimal::new(839, 3))?, Percent::new(Decimal::new(839, 1)));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn from_fraction(fraction: Decimal) -> Result<Self> {
        fraction
            .checked_mul(Decimal::ONE_HUNDRED)
            .map(|v| Self(v.normalize()))
            .ok_or(Error::Overflow)
    }

    /// The number of per cent: `13.5` for 13.5%.
    ///
    /// ```
    /// use mubiao_indicator::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::new(Decimal::new(135, 1)).value(), Decimal::new(135, 1));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The fraction: 13.5% → `0.135`.
    ///
    /// # Errors
    /// [`Error::Overflow`] never in practice; division by 100 is checked like all else.
    ///
    /// ```
    /// use mubiao_indicator::Percent;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::new(Decimal::new(135, 1)).to_fraction()?, Decimal::new(135, 3));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn to_fraction(self) -> Result<Decimal> {
        self.0
            .checked_div(Decimal::ONE_HUNDRED)
            .ok_or(Error::Overflow)
    }

    /// The growth factor of this rate: `增长12.6%` → ×1.126, `下降6%` → ×0.94.
    ///
    /// # Errors
    /// [`Error::DeclineOfHundredPercentOrMore`] below −100% (a level cannot fall by more
    /// than all of it); [`Error::Overflow`] for rates beyond the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::{Error, Percent};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Percent::decline(Decimal::from(6)).to_factor()?.value(), Decimal::new(94, 2));
    /// assert_eq!(Percent::decline(Decimal::from(120)).to_factor(), Err(Error::DeclineOfHundredPercentOrMore));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn to_factor(self) -> Result<Factor> {
        let f = self
            .to_fraction()?
            .checked_add(Decimal::ONE)
            .ok_or(Error::Overflow)?;
        if f.is_sign_negative() && !f.is_zero() {
            return Err(Error::DeclineOfHundredPercentOrMore);
        }
        Ok(Factor(f))
    }

    /// This per cent moved by some percentage points: 40% `提高2个百分点` is 42%.
    ///
    /// # Errors
    /// [`Error::Overflow`] beyond the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::{Percent, PercentagePoints};
    /// use rust_decimal::Decimal;
    /// let share = Percent::new(Decimal::from(40));
    /// let after = share.add_points(PercentagePoints::new(Decimal::from(2)))?;
    /// assert_eq!(after, Percent::new(Decimal::from(42)));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn add_points(self, points: PercentagePoints) -> Result<Self> {
        self.0
            .checked_add(points.0)
            .map(Self)
            .ok_or(Error::Overflow)
    }

    /// This per cent rounded to `dp` places by `rule`.
    ///
    /// ```
    /// use mubiao_indicator::{Percent, Rounding};
    /// use rust_decimal::Decimal;
    /// let cagr = Percent::new(Decimal::new(237_446, 4));
    /// assert_eq!(cagr.round(1, Rounding::HalfUp).to_string(), "23.7%");
    /// ```
    #[must_use]
    pub fn round(self, dp: u32, rule: Rounding) -> Self {
        Self(rule.round(self.0, dp))
    }
}

impl fmt::Display for Percent {
    /// `12.6%`; `{:.1}` rounds to one place by 四舍五入 (use [`Percent::round`] to
    /// choose the rule).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, self.0, "%")
    }
}

/// A difference of two per cents, in percentage points (百分点): a share moving from
/// 20.8% to 18.2% `下降2.6个百分点`, never `下降2.6%`.
///
/// ```
/// use mubiao_indicator::{pp_change, Percent, PercentagePoints};
/// use rust_decimal::Decimal;
///
/// let pp = pp_change(Percent::new(Decimal::new(208, 1)), Percent::new(Decimal::new(182, 1)))?;
/// assert_eq!(pp, PercentagePoints::new(Decimal::new(-26, 1)));
/// assert_eq!(pp.to_string(), "-2.6个百分点");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct PercentagePoints(Decimal);

impl PercentagePoints {
    /// `value` percentage points: `提高2个百分点` is `PercentagePoints::new(2)`.
    ///
    /// ```
    /// use mubiao_indicator::PercentagePoints;
    /// use rust_decimal::Decimal;
    /// assert_eq!(PercentagePoints::new(Decimal::from(2)).value(), Decimal::from(2));
    /// ```
    #[must_use]
    pub const fn new(value: Decimal) -> Self {
        Self(value)
    }

    /// The number of points.
    ///
    /// ```
    /// use mubiao_indicator::PercentagePoints;
    /// use rust_decimal::Decimal;
    /// assert_eq!(PercentagePoints::new(Decimal::new(6, 1)).value(), Decimal::new(6, 1));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// These points rounded to `dp` places by `rule`.
    ///
    /// ```
    /// use mubiao_indicator::{PercentagePoints, Rounding};
    /// use rust_decimal::Decimal;
    /// let pp = PercentagePoints::new(Decimal::new(-2998, 4));
    /// assert_eq!(pp.round(1, Rounding::HalfUp).to_string(), "-0.3个百分点");
    /// ```
    #[must_use]
    pub fn round(self, dp: u32, rule: Rounding) -> Self {
        Self(rule.round(self.0, dp))
    }
}

impl fmt::Display for PercentagePoints {
    /// `0.6个百分点`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, self.0, "个百分点")
    }
}

/// A per mille (千分率): `人口自然增长率控制在6‰以内` is `Permille::new(6)`.
///
/// ```
/// use mubiao_indicator::Permille;
/// use rust_decimal::Decimal;
/// let cap = Permille::new(Decimal::from(6));
/// assert_eq!(cap.to_fraction()?, Decimal::new(6, 3));
/// assert_eq!(cap.to_string(), "6‰");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Permille(Decimal);

impl Permille {
    /// `value` per mille.
    ///
    /// ```
    /// use mubiao_indicator::Permille;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Permille::new(Decimal::new(58, 1)).value(), Decimal::new(58, 1));
    /// ```
    #[must_use]
    pub const fn new(value: Decimal) -> Self {
        Self(value)
    }

    /// The number of per mille.
    ///
    /// ```
    /// use mubiao_indicator::Permille;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Permille::new(Decimal::from(6)).value(), Decimal::from(6));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The fraction: 6‰ → `0.006`.
    ///
    /// # Errors
    /// [`Error::Overflow`] never in practice; the division is checked like all else.
    ///
    /// ```
    /// use mubiao_indicator::Permille;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Permille::new(Decimal::new(58, 1)).to_fraction()?, Decimal::new(58, 4));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn to_fraction(self) -> Result<Decimal> {
        self.0
            .checked_div(Decimal::ONE_THOUSAND)
            .ok_or(Error::Overflow)
    }
}

impl fmt::Display for Permille {
    /// `5.8‰`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, self.0, "‰")
    }
}

/// A difference of two per milles (千分点): 5.8‰ is 0.2 below a 6‰ cap.
///
/// ```
/// use mubiao_indicator::PermillePoints;
/// use rust_decimal::Decimal;
/// let headroom = PermillePoints::new(Decimal::new(2, 1));
/// assert_eq!(headroom.to_fraction()?, Decimal::new(2, 4)); // 0.0002
/// assert_eq!(headroom.to_string(), "0.2个千分点");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct PermillePoints(Decimal);

impl PermillePoints {
    /// `value` per-mille points.
    ///
    /// ```
    /// use mubiao_indicator::PermillePoints;
    /// use rust_decimal::Decimal;
    /// assert_eq!(PermillePoints::new(Decimal::ONE).value(), Decimal::ONE);
    /// ```
    #[must_use]
    pub const fn new(value: Decimal) -> Self {
        Self(value)
    }

    /// The number of points.
    ///
    /// ```
    /// use mubiao_indicator::PermillePoints;
    /// use rust_decimal::Decimal;
    /// assert_eq!(PermillePoints::new(Decimal::new(2, 1)).value(), Decimal::new(2, 1));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The fraction: 0.2 per-mille points → `0.0002`.
    ///
    /// # Errors
    /// [`Error::Overflow`] never in practice; the division is checked like all else.
    ///
    /// ```
    /// use mubiao_indicator::PermillePoints;
    /// use rust_decimal::Decimal;
    /// assert_eq!(PermillePoints::new(Decimal::new(2, 1)).to_fraction()?, Decimal::new(2, 4));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn to_fraction(self) -> Result<Decimal> {
        self.0
            .checked_div(Decimal::ONE_THOUSAND)
            .ok_or(Error::Overflow)
    }
}

impl fmt::Display for PermillePoints {
    /// `0.2个千分点`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_value(f, self.0, "个千分点")
    }
}

/// A growth factor, a multiple of the base: current / base. `增长12.6%` is ×1.126,
/// `增长2倍` is ×3, `翻两番` is ×4, `下降5%` is ×0.95. Never negative.
///
/// ```
/// use mubiao_indicator::{Factor, Percent};
/// use rust_decimal::Decimal;
///
/// // "从193亿元增长到560亿元": ×2.9016, that is 增长1.90倍, or 190.16%
/// let f = Factor::new(Decimal::new(2_901_554, 6))?;
/// assert_eq!(f.increase().round_dp(2), Decimal::new(190, 2));
/// assert_eq!(f.to_percent()?.value().round_dp(2), Decimal::new(19016, 2));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "Decimal", into = "Decimal"))]
pub struct Factor(Decimal);

impl Factor {
    /// ×1: no change.
    pub const ONE: Self = Self(Decimal::ONE);
    /// ×2: `翻一番`, `增长1倍`.
    pub const TWO: Self = Self(Decimal::TWO);

    /// The factor `value`.
    ///
    /// # Errors
    /// [`Error::NegativeMultiple`] if `value` is negative.
    ///
    /// ```
    /// use mubiao_indicator::{Error, Factor};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Factor::new(Decimal::from(3))?.value(), Decimal::from(3)); // 是3倍
    /// assert_eq!(Factor::new(Decimal::from(-1)), Err(Error::NegativeMultiple));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn new(value: Decimal) -> Result<Self> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(Error::NegativeMultiple);
        }
        Ok(Self(value))
    }

    /// The multiple: `3` for ×3.
    ///
    /// ```
    /// use mubiao_indicator::Factor;
    /// assert_eq!(Factor::TWO.value().to_string(), "2");
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.0
    }

    /// The `X` of `增长X倍`: the factor minus one. ×3 is `增长2倍`.
    ///
    /// ```
    /// use mubiao_indicator::Factor;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Factor::new(Decimal::from(3))?.increase(), Decimal::from(2));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn increase(self) -> Decimal {
        // A factor is never negative, so subtracting one cannot overflow.
        self.0.checked_sub(Decimal::ONE).unwrap_or(self.0)
    }

    /// The growth rate of this factor: ×1.126 → 12.6%, ×3 → 200%.
    ///
    /// # Errors
    /// [`Error::Overflow`] beyond the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::{Factor, Percent};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Factor::new(Decimal::new(1126, 3))?.to_percent()?, Percent::new(Decimal::new(126, 1)));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn to_percent(self) -> Result<Percent> {
        Percent::from_fraction(self.increase())
    }

    /// The product of two factors: growth over two spans.
    ///
    /// # Errors
    /// [`Error::Overflow`] beyond the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::Factor;
    /// use rust_decimal::Decimal;
    /// // 实际增长12.6%, 价格上涨3%: nominal ×1.15978
    /// let nominal = Factor::new(Decimal::new(1126, 3))?.checked_mul(Factor::new(Decimal::new(103, 2))?)?;
    /// assert_eq!(nominal.value(), Decimal::new(115978, 5));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn checked_mul(self, other: Self) -> Result<Self> {
        self.0.checked_mul(other.0).map(Self).ok_or(Error::Overflow)
    }
}

impl TryFrom<Decimal> for Factor {
    type Error = Error;

    fn try_from(value: Decimal) -> Result<Self> {
        Self::new(value)
    }
}

impl From<Factor> for Decimal {
    fn from(f: Factor) -> Self {
        f.0
    }
}

impl fmt::Display for Factor {
    /// `×3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("×")?;
        write_value(f, self.0, "")
    }
}

/// The change of a rate in percentage points: `to − from`.
///
/// # Errors
/// [`Error::Overflow`] beyond the `Decimal` range.
///
/// ```
/// use mubiao_indicator::{pp_change, Percent, PercentagePoints};
/// use rust_decimal::Decimal;
///
/// // 城镇登记失业率 from 4.5% to 4.2%: 下降0.3个百分点
/// let pp = pp_change(Percent::new(Decimal::new(45, 1)), Percent::new(Decimal::new(42, 1)))?;
/// assert_eq!(pp, PercentagePoints::new(Decimal::new(-3, 1)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn pp_change(from: Percent, to: Percent) -> Result<PercentagePoints> {
    to.0.checked_sub(from.0)
        .map(PercentagePoints)
        .ok_or(Error::Overflow)
}

/// The relative change of a rate, in per cent: `(to − from) / from`. A share moving
/// from 40% to 42% rose 2 percentage points, which is a 5% relative rise; reports mean the
/// points, spreadsheets often compute this.
///
/// # Errors
/// [`Error::ZeroBase`] if `from` is zero, [`Error::NegativeBase`] if it is negative,
/// [`Error::Overflow`] beyond the `Decimal` range.
///
/// ```
/// use mubiao_indicator::{relative_change, Percent};
/// use rust_decimal::Decimal;
///
/// let r = relative_change(Percent::new(Decimal::from(40)), Percent::new(Decimal::from(42)))?;
/// assert_eq!(r, Percent::new(Decimal::from(5)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn relative_change(from: Percent, to: Percent) -> Result<Percent> {
    crate::growth::rate_of(from.0, to.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn factor_and_percent_convert_both_ways() {
        let p = Percent::new(d("23.7446"));
        assert_eq!(p.to_factor().unwrap().value(), d("1.237446"));
        assert_eq!(p.to_factor().unwrap().to_percent().unwrap(), p);
        assert_eq!(
            Percent::decline(d("100")).to_factor().unwrap().value(),
            d("0")
        );
        assert_eq!(
            Percent::new(Decimal::MAX).to_factor(),
            Ok(Factor(d("792281625142643375935439504.35")))
        );
        assert_eq!(
            Factor::new(Decimal::MAX).unwrap().to_percent(),
            Err(Error::Overflow)
        );
    }

    #[test]
    fn display_keeps_the_unit_words() {
        assert_eq!(format!("{:.1}", Percent::new(d("23.7446"))), "23.7%");
        assert_eq!(PercentagePoints::new(d("0.6")).to_string(), "0.6个百分点");
        assert_eq!(Permille::new(d("5.8")).to_string(), "5.8‰");
        assert_eq!(
            format!("{:.2}", Factor::new(d("2.901554")).unwrap()),
            "×2.90"
        );
        assert_eq!(format!("{:.1}", Percent::new(d("12"))), "12.0%");
        assert_eq!(format!("{:.2}", Percent::new(d("12.5"))), "12.50%");
        assert_eq!(format!("{:.2}", Percent::new(d("-0.005"))), "-0.01%");
        assert_eq!(format!("{:.1}", Percent::new(d("12.45"))), "12.5%");
        // rust_decimal's own `{:.3}` panics on this value
        assert_eq!(
            format!("{:.3}", Percent::new(Decimal::MAX)),
            "79228162514264337593543950335.000%"
        );
        assert_eq!(format!("{:.40}", Percent::new(d("1"))).len(), 31);
    }

    #[test]
    fn rate_changes() {
        let pp = pp_change(Percent::new(d("40")), Percent::new(d("42"))).unwrap();
        assert_eq!(pp.value(), d("2"));
        let r = relative_change(Percent::new(d("4.5")), Percent::new(d("4.2"))).unwrap();
        assert_eq!(r.round(2, Rounding::HalfUp).value(), d("-6.67"));
        assert_eq!(
            relative_change(Percent::ZERO, Percent::new(d("1"))),
            Err(Error::ZeroBase)
        );
        assert_eq!(
            pp_change(Percent::new(Decimal::MIN), Percent::new(Decimal::MAX)),
            Err(Error::Overflow)
        );
    }
}
