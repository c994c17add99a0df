//! Completion rates (完成率, 计划完成程度相对指标) by the right formula for level, growth,
//! decline and ceiling targets.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::growth::positive_base;
use crate::judge::Judged;
use crate::percent::Percent;
use crate::unit::{Level, align};

/// Which side of 100% is good.
///
/// ```
/// use mubiao_indicator::{decline_completion, Direction, Percent};
/// use rust_decimal::Decimal;
/// let c = decline_completion(Percent::new(Decimal::from(6)), Percent::new(Decimal::from(5)))?;
/// assert_eq!(c.direction, Direction::LowerIsBetter);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Direction {
    /// 100% or more is met: levels, growth rates, ceilings read as target/actual.
    HigherIsBetter,
    /// 100% or less is met: decline targets (能耗、排放), read as (1−actual)/(1−plan).
    LowerIsBetter,
}

/// A completion rate with the direction that tells whether it is good.
///
/// ```
/// use mubiao_indicator::{level_completion, Percent};
/// use rust_decimal::Decimal;
///
/// // 全年计划56亿元, 完成63亿元: 112.50%
/// let c = level_completion(Decimal::from(63), Decimal::from(56))?;
/// assert_eq!(c.rate, Percent::new(Decimal::new(1125, 1)));
/// assert!(c.is_met());
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Completion {
    /// The completion rate.
    pub rate: Percent,
    /// Which side of 100% is good.
    pub direction: Direction,
}

impl Completion {
    /// Whether the plan is fulfilled: at least 100% when higher is better, at most 100%
    /// when lower is.
    ///
    /// ```
    /// use mubiao_indicator::{decline_completion, Percent};
    /// use rust_decimal::Decimal;
    /// // plan 降低5%, actual 降低6%: 98.95%, and that is good
    /// let c = decline_completion(Percent::new(Decimal::from(6)), Percent::new(Decimal::from(5)))?;
    /// assert!(c.is_met());
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn is_met(&self) -> bool {
        match self.direction {
            Direction::HigherIsBetter => self.rate >= Percent::HUNDRED,
            Direction::LowerIsBetter => self.rate <= Percent::HUNDRED,
        }
    }
}

/// `num / den` as a per cent, with a positive denominator.
fn ratio(num: Decimal, den: Decimal) -> Result<Percent> {
    positive_base(den)?;
    Percent::from_fraction(num.checked_div(den).ok_or(Error::Overflow)?)
}

/// Completion of a level target: actual / plan. Five-year plans by 水平法 compare the
/// final year, by 累计法 the five-year totals; either way pass the two levels.
///
/// Rates are not levels: `增长12%` met with 12.6% is [`growth_completion`], not 12.6/12.
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`] for a plan that is not positive; unit
/// mismatches; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{level_completion, Amount, Rounding};
/// use rust_decimal::Decimal;
///
/// // 累计法: 五年累计投资计划2200亿元, 完成2240亿元
/// let c = level_completion(Amount::parse(Decimal::from(2240), "亿元")?, Amount::parse(Decimal::from(2200), "亿元")?)?;
/// assert_eq!(c.rate.round(2, Rounding::HalfUp).to_string(), "101.82%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn level_completion<L: Level>(actual: L, target: L) -> Result<Completion> {
    let (a, t, _) = align(actual, target)?;
    Ok(Completion {
        rate: ratio(a, t)?,
        direction: Direction::HigherIsBetter,
    })
}

/// Completion of a growth target: `(1 + actual) / (1 + plan)`.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a plan of −100% or less or an actual
/// below −100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{growth_completion, Percent, Rounding};
/// use rust_decimal::Decimal;
///
/// // 计划增长12%, 实际增长12.6%: 100.54%, not the naive 105%
/// let c = growth_completion(Percent::new(Decimal::new(126, 1)), Percent::new(Decimal::from(12)))?;
/// assert_eq!(c.rate.round(2, Rounding::HalfUp).to_string(), "100.54%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn growth_completion(actual: Percent, target: Percent) -> Result<Completion> {
    let t = target.to_factor()?.value();
    if t.is_zero() {
        return Err(Error::DeclineOfHundredPercentOrMore);
    }
    Ok(Completion {
        rate: ratio(actual.to_factor()?.value(), t)?,
        direction: Direction::HigherIsBetter,
    })
}

/// Completion of a reduction target, both cuts written as positive per cents (`降低5%`
/// is 5): `(1 − actual cut) / (1 − planned cut)`. Below 100% is good.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a planned cut of 100% or more or an
/// actual cut over 100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{decline_completion, Percent, Rounding};
/// use rust_decimal::Decimal;
///
/// // 计划降低3.5%, 实际降低4.0%
/// let c = decline_completion(Percent::new(Decimal::new(40, 1)), Percent::new(Decimal::new(35, 1)))?;
/// assert_eq!(c.rate.round(2, Rounding::HalfUp).to_string(), "99.48%");
/// assert!(c.is_met());
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn decline_completion(actual_cut: Percent, planned_cut: Percent) -> Result<Completion> {
    let t = Percent::decline(planned_cut.value()).to_factor()?.value();
    if t.is_zero() {
        return Err(Error::DeclineOfHundredPercentOrMore);
    }
    let a = Percent::decline(actual_cut.value()).to_factor()?.value();
    Ok(Completion {
        rate: ratio(a, t)?,
        direction: Direction::LowerIsBetter,
    })
}

/// How a ceiling target is turned into a completion rate. The met/not-met answer and
/// the headroom come from [`judge`](crate::judge); a ratio is a convention.
///
/// ```
/// use mubiao_indicator::{ceiling_completion, CeilingFormula, Percent, Rounding};
/// use rust_decimal::Decimal;
/// let (a, t) = (Percent::new(Decimal::new(42, 1)), Percent::new(Decimal::new(45, 1)));
/// let c = ceiling_completion(a, t, CeilingFormula::TwoMinusRatio)?;
/// assert_eq!(c.rate.round(2, Rounding::HalfUp).to_string(), "106.67%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum CeilingFormula {
    /// target / actual: `控制在4.5%以内`, actual 4.2% → 107.14%.
    TargetOverActual,
    /// 2 − actual / target: the same → 106.67%; also used for negative plans.
    TwoMinusRatio,
}

/// Completion of a ceiling target (`控制在X以内`, `不超过X`), higher is better.
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`] for a denominator (actual for
/// [`CeilingFormula::TargetOverActual`], target for the other) that is not positive;
/// unit mismatches; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{ceiling_completion, CeilingFormula, Percent, Rounding};
/// use rust_decimal::Decimal;
///
/// // "城镇登记失业率控制在4.5%以内", actual 4.2%
/// let c = ceiling_completion(Percent::new(Decimal::new(42, 1)), Percent::new(Decimal::new(45, 1)), CeilingFormula::TargetOverActual)?;
/// assert_eq!(c.rate.round(2, Rounding::HalfUp).to_string(), "107.14%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn ceiling_completion<T: Judged>(
    actual: T,
    target: T,
    formula: CeilingFormula,
) -> Result<Completion> {
    let (a, t, _) = actual.common(target)?;
    let rate = match formula {
        CeilingFormula::TargetOverActual => ratio(t, a)?,
        CeilingFormula::TwoMinusRatio => {
            positive_base(t)?;
            let r = a.checked_div(t).ok_or(Error::Overflow)?;
            Percent::from_fraction(Decimal::TWO.checked_sub(r).ok_or(Error::Overflow)?)?
        }
    };
    Ok(Completion {
        rate,
        direction: Direction::HigherIsBetter,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Percent {
        Percent::new(s.parse().unwrap())
    }

    #[test]
    fn edges() {
        assert_eq!(
            growth_completion(p("5"), p("-100")),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(
            decline_completion(p("5"), p("100")),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(
            decline_completion(p("101"), p("5")),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        let c = decline_completion(p("4"), p("5")).unwrap();
        assert!(!c.is_met());
        assert_eq!(
            level_completion(Decimal::ONE, Decimal::ZERO),
            Err(Error::ZeroBase)
        );
        assert_eq!(
            ceiling_completion(p("0"), p("4.5"), CeilingFormula::TargetOverActual),
            Err(Error::ZeroBase)
        );
        let over = ceiling_completion(p("5.4"), p("4.5"), CeilingFormula::TwoMinusRatio).unwrap();
        assert_eq!(over.rate, p("80"));
        assert!(!over.is_met());
    }
}
