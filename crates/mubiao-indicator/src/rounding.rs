//! Rounding as an explicit choice: 四舍五入 or GB/T 8170 修约.

use rust_decimal::{Decimal, RoundingStrategy};

/// How a value is rounded for display.
///
/// Chinese documents use two rules, and they differ only on an exact midpoint:
///
/// ```
/// use mubiao_indicator::Rounding;
/// use rust_decimal::Decimal;
///
/// let v = Decimal::new(1245, 2); // 12.45
/// assert_eq!(Rounding::HalfUp.round(v, 1).to_string(), "12.5"); // 四舍五入
/// assert_eq!(Rounding::HalfEven.round(v, 1).to_string(), "12.4"); // GB/T 8170
/// ```
///
/// `rust_decimal`'s own `round_dp` is [`Rounding::HalfEven`]; this crate never rounds
/// without being told which rule to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Rounding {
    /// 四舍五入, everyday usage: a midpoint goes away from zero.
    /// 12.45 → 12.5, −12.45 → −12.5.
    HalfUp,
    /// 四舍六入五成双, GB/T 8170-2008 修约: a midpoint goes to the even digit.
    /// 12.45 → 12.4, 12.55 → 12.6.
    HalfEven,
}

impl Rounding {
    /// Rounds `value` to `dp` decimal places by this rule. Rounding never fails: a value
    /// with `dp` or fewer places is returned as it is.
    ///
    /// ```
    /// use mubiao_indicator::Rounding;
    /// use rust_decimal::Decimal;
    ///
    /// // 全年完成地区生产总值639.5亿元 shown without decimals
    /// let gdp = Decimal::new(6395, 1);
    /// assert_eq!(Rounding::HalfUp.round(gdp, 0), Decimal::from(640));
    /// assert_eq!(Rounding::HalfEven.round(gdp, 0), Decimal::from(640));
    /// assert_eq!(Rounding::HalfEven.round(Decimal::new(6385, 1), 0), Decimal::from(638));
    /// ```
    #[must_use]
    pub fn round(self, value: Decimal, dp: u32) -> Decimal {
        value.round_dp_with_strategy(dp, self.strategy())
    }

    /// The `rust_decimal` strategy this rule stands for.
    ///
    /// ```
    /// use mubiao_indicator::Rounding;
    /// use rust_decimal::RoundingStrategy;
    ///
    /// assert_eq!(Rounding::HalfEven.strategy(), RoundingStrategy::MidpointNearestEven);
    /// ```
    #[must_use]
    pub const fn strategy(self) -> RoundingStrategy {
        match self {
            Self::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Self::HalfEven => RoundingStrategy::MidpointNearestEven,
        }
    }
}

/// Rounds `value` to `dp` decimal places by `rule`; the same as [`Rounding::round`].
///
/// ```
/// use mubiao_indicator::{round, Rounding};
/// use rust_decimal::Decimal;
///
/// // 城镇居民人均可支配收入增长8.25%, shown to one decimal
/// assert_eq!(round(Decimal::new(825, 2), 1, Rounding::HalfUp).to_string(), "8.3");
/// assert_eq!(round(Decimal::new(825, 2), 1, Rounding::HalfEven).to_string(), "8.2");
/// ```
#[must_use]
pub fn round(value: Decimal, dp: u32, rule: Rounding) -> Decimal {
    rule.round(value, dp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn midpoints_differ_only_on_an_even_digit() {
        let up = |s: &str| Rounding::HalfUp.round(s.parse().unwrap(), 1).to_string();
        let even = |s: &str| Rounding::HalfEven.round(s.parse().unwrap(), 1).to_string();
        assert_eq!(up("12.45"), "12.5");
        assert_eq!(even("12.45"), "12.4");
        assert_eq!(up("12.55"), "12.6");
        assert_eq!(even("12.55"), "12.6");
        assert_eq!(up("-12.45"), "-12.5");
        assert_eq!(even("-12.45"), "-12.4");
        assert_eq!(up("12.451"), "12.5");
        assert_eq!(even("12.451"), "12.5");
        assert_eq!(up("12.3"), "12.3");
    }
}
