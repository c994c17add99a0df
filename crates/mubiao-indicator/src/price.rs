//! Price bases: current (现价) against comparable (可比价) prices, and the deflator that
//! links them.

use core::fmt;

use crate::error::Result;
use crate::percent::Percent;

/// The price basis of a growth rate.
///
/// NBS practice: "绝对额按现价计算, 增长速度按不变价计算" for GDP and value added, while
/// 固定资产投资, 社会消费品零售总额, 财政收支 and 进出口 publish current-price rates. A real
/// rate cannot be checked against two current-price levels; functions that would need to
/// answer [`Consistency::NotCheckable`](crate::Consistency::NotCheckable) or
/// [`Error::PriceBasis`](crate::Error::PriceBasis) instead.
///
/// ```
/// use mubiao_indicator::PriceBasis;
/// assert_eq!(PriceBasis::conventional("地区生产总值"), PriceBasis::Real);
/// assert_eq!(PriceBasis::conventional("财政一般预算收入"), PriceBasis::Nominal);
/// assert_eq!(PriceBasis::conventional("农民年人均纯收入"), PriceBasis::Unknown);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PriceBasis {
    /// 现价 (current prices, 名义增长): the same basis as the published levels.
    Nominal,
    /// 可比价 / 不变价 (comparable prices, 实际增长): GDP and value-added growth.
    Real,
    /// Not known from the text: `人均可支配收入增长8%` may be either.
    Unknown,
}

impl PriceBasis {
    /// The basis on which the growth rate of `indicator` is conventionally published:
    /// [`PriceBasis::Real`] for 生产总值/GDP/增加值/总产值 and anything `实际`;
    /// [`PriceBasis::Nominal`] for 财政, 税收, 投资, 零售, 进出口, 成交额, 存贷款 and anything
    /// `名义`; [`PriceBasis::Unknown`] for per-capita incomes and everything else.
    /// A convention, not a fact about one document: a text that says `按可比价计算` wins.
    ///
    /// ```
    /// use mubiao_indicator::PriceBasis;
    /// assert_eq!(PriceBasis::conventional("服务业增加值"), PriceBasis::Real);
    /// assert_eq!(PriceBasis::conventional("全社会固定资产投资"), PriceBasis::Nominal);
    /// assert_eq!(PriceBasis::conventional("城镇居民人均可支配收入实际增长"), PriceBasis::Real);
    /// ```
    #[must_use]
    pub fn conventional(indicator: &str) -> Self {
        let has = |words: &[&str]| words.iter().any(|w| indicator.contains(w));
        if has(&["实际", "可比价", "不变价"]) {
            Self::Real
        } else if has(&["名义", "现价"]) {
            Self::Nominal
        } else if has(&["生产总值", "GDP", "gdp", "增加值", "总产值"]) {
            Self::Real
        } else if has(&["人均"]) && has(&["收入"]) {
            Self::Unknown
        } else if has(&[
            "财政",
            "税收",
            "预算收入",
            "投资",
            "零售",
            "进出口",
            "出口",
            "进口",
            "外贸",
            "成交额",
            "存款",
            "贷款",
            "营业收入",
            "销售收入",
            "利润",
        ]) {
            Self::Nominal
        } else {
            Self::Unknown
        }
    }
}

impl fmt::Display for PriceBasis {
    /// `current (现价)`, `comparable (可比价)`, `unknown`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Nominal => "current (现价)",
            Self::Real => "comparable (可比价)",
            Self::Unknown => "unknown",
        })
    }
}

/// Nominal growth from real growth and the price index: `(1 + real)(1 + deflator) − 1`.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`](crate::Error::DeclineOfHundredPercentOrMore)
/// for a rate below −100%; [`Error::Overflow`](crate::Error::Overflow).
///
/// ```
/// use mubiao_indicator::{nominal_growth, Percent};
/// use rust_decimal::Decimal;
///
/// // real 12.6%, prices up 3%: nominal 15.978%
/// let n = nominal_growth(Percent::new(Decimal::new(126, 1)), Percent::new(Decimal::from(3)))?;
/// assert_eq!(n, Percent::new(Decimal::new(15978, 3)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn nominal_growth(real: Percent, deflator: Percent) -> Result<Percent> {
    real.to_factor()?
        .checked_mul(deflator.to_factor()?)?
        .to_percent()
}

/// The implicit deflator between a nominal and a real growth rate:
/// `(1 + nominal)/(1 + real) − 1`.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`](crate::Error::DeclineOfHundredPercentOrMore)
/// for a rate of −100% or below; [`Error::Overflow`](crate::Error::Overflow).
///
/// ```
/// use mubiao_indicator::{implied_deflator, Percent};
/// use rust_decimal::Decimal;
///
/// let d = implied_deflator(Percent::new(Decimal::new(15978, 3)), Percent::new(Decimal::new(126, 1)))?;
/// assert_eq!(d, Percent::new(Decimal::from(3)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn implied_deflator(nominal: Percent, real: Percent) -> Result<Percent> {
    let n = nominal.to_factor()?.value();
    let r = real.to_factor()?.value();
    if r.is_zero() {
        return Err(crate::Error::DeclineOfHundredPercentOrMore);
    }
    let ratio = n.checked_div(r).ok_or(crate::Error::Overflow)?;
    crate::percent::Factor::new(ratio)?.to_percent()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;
    use rust_decimal::Decimal;

    #[test]
    fn conventions() {
        for (name, basis) in [
            ("全社会GDP", PriceBasis::Real),
            ("区属GDP", PriceBasis::Real),
            ("工业总产值", PriceBasis::Real),
            ("社会消费品零售总额", PriceBasis::Nominal),
            ("进出口总额", PriceBasis::Nominal),
            ("城镇登记失业率", PriceBasis::Unknown),
            ("城镇居民人均可支配收入名义增长", PriceBasis::Nominal),
        ] {
            assert_eq!(PriceBasis::conventional(name), basis, "{name}");
        }
    }

    #[test]
    fn deflator_edges() {
        let p = |v: i64| Percent::new(Decimal::from(v));
        assert_eq!(
            implied_deflator(p(10), p(-100)),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(nominal_growth(p(-100), p(5)).unwrap(), p(-100));
        assert_eq!(PriceBasis::Real.to_string(), "comparable (可比价)");
    }
}
