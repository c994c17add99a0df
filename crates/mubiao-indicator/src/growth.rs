//! Growth: rates between two levels, compounding, average annual rates (水平法 and
//! 累计法), chains of rates, doublings (番) and the rate still required.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::interval::Interval;
use crate::percent::{Factor, Percent};
use crate::price::PriceBasis;
use crate::root::{checked_pow, log2, nth_root};
use crate::unit::{Level, align, align_stated};

/// `(current − base) / base` in per cent, on plain numbers.
pub(crate) fn rate_of(base: Decimal, current: Decimal) -> Result<Percent> {
    positive_base(base)?;
    let change = current.checked_sub(base).ok_or(Error::Overflow)?;
    Percent::from_fraction(change.checked_div(base).ok_or(Error::Overflow)?)
}

/// `Ok` for a positive base, else the reason it is not.
pub(crate) fn positive_base(base: Decimal) -> Result<()> {
    if base.is_zero() {
        Err(Error::ZeroBase)
    } else if base.is_sign_negative() {
        Err(Error::NegativeBase)
    } else {
        Ok(())
    }
}

/// `Ok` for a positive number of periods.
fn periods_at_least_one(periods: u32) -> Result<()> {
    if periods == 0 {
        Err(Error::ZeroPeriods)
    } else {
        Ok(())
    }
}

/// The growth rate from `base` to `current` (增长速度 = 报告期/基期 − 1).
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`] for a base that is not positive (report
/// the absolute change, or 扭亏/减亏); [`Error::CurrencyMismatch`] or
/// [`Error::KindMismatch`] for amounts in incompatible units; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{growth_rate, Amount, Percent};
/// use rust_decimal::Decimal;
///
/// // 财政一般预算收入 from 92.17亿元 to 110.6亿元
/// let g = growth_rate(Amount::parse(Decimal::new(9217, 2), "亿元")?, Amount::parse(Decimal::new(1106, 1), "亿元")?)?;
/// assert_eq!(g.value().round_dp(2), Decimal::new(2000, 2));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn growth_rate<L: Level>(base: L, current: L) -> Result<Percent> {
    let (b, c, _) = align(base, current)?;
    rate_of(b, c)
}

/// The level after one period of growth at `rate`: `base × (1 + rate)`, in the base's
/// unit.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a rate below −100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{apply_growth, Percent};
/// use rust_decimal::Decimal;
///
/// // 上年92.17亿元, 增长20%
/// let now = apply_growth(Decimal::new(9217, 2), Percent::new(Decimal::from(20)))?;
/// assert_eq!(now, Decimal::new(110_604, 3));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn apply_growth<L: Level>(base: L, rate: Percent) -> Result<L> {
    rate.to_factor()?;
    let (v, unit) = base.parts();
    let change = v.checked_mul(rate.to_fraction()?).ok_or(Error::Overflow)?;
    let level = v.checked_add(change).ok_or(Error::Overflow)?;
    Ok(L::from_parts(level, unit))
}

/// The level after `periods` periods of growth at `rate` each: `base × (1 + rate)ⁿ`.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a rate below −100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{project, Percent};
/// use rust_decimal::Decimal;
///
/// // 193亿元 growing 23.74% a year for five years reaches 559.90亿元
/// let end = project(Decimal::from(193), Percent::new(Decimal::new(2374, 2)), 5)?;
/// assert_eq!(end.round_dp(2), Decimal::new(55990, 2));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn project<L: Level>(base: L, rate: Percent, periods: u32) -> Result<L> {
    let f = compound(rate, periods)?;
    let (v, unit) = base.parts();
    let level = v.checked_mul(f.value()).ok_or(Error::Overflow)?;
    Ok(L::from_parts(level, unit))
}

/// The previous level implied by a current level and its growth rate:
/// `current / (1 + rate)`. Only a rate at the levels' own prices can be undone; a real
/// (可比价) GDP growth rate applied to a current-price GDP gives no previous year.
///
/// # Errors
/// [`Error::PriceBasis`] unless `basis` is [`PriceBasis::Nominal`];
/// [`Error::DeclineOfHundredPercentOrMore`] for a rate of −100% or below;
/// [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{base_from_growth, Error, Percent, PriceBasis};
/// use rust_decimal::Decimal;
///
/// // "财政一般预算收入110.6亿元, 增长20%": the year before had 92.17亿元
/// let prev = base_from_growth(Decimal::new(1106, 1), Percent::new(Decimal::from(20)), PriceBasis::Nominal)?;
/// assert_eq!(prev.round_dp(2), Decimal::new(9217, 2));
///
/// // "地区生产总值640亿元, 增长12.6%" is a real rate: no answer
/// let gdp = base_from_growth(Decimal::from(640), Percent::new(Decimal::new(126, 1)), PriceBasis::Real);
/// assert_eq!(gdp, Err(Error::PriceBasis(PriceBasis::Real)));
/// # Ok::<(), Error>(())
/// ```
pub fn base_from_growth<L: Level>(current: L, rate: Percent, basis: PriceBasis) -> Result<L> {
    if basis != PriceBasis::Nominal {
        return Err(Error::PriceBasis(basis));
    }
    let f = rate.to_factor()?;
    if f.value().is_zero() {
        return Err(Error::DeclineOfHundredPercentOrMore);
    }
    let (v, unit) = current.parts();
    let level = v.checked_div(f.value()).ok_or(Error::Overflow)?;
    Ok(L::from_parts(level, unit))
}

/// The growth factor of `periods` periods at `rate` each: `(1 + rate)ⁿ`.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a rate below −100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{compound, Percent};
/// use rust_decimal::Decimal;
///
/// // 14.8698% a year for five years doubles: 翻一番
/// let f = compound(Percent::new(Decimal::new(148_698, 4)), 5)?;
/// assert_eq!(f.value().round_dp(4), Decimal::new(20000, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn compound(rate: Percent, periods: u32) -> Result<Factor> {
    let f = rate.to_factor()?;
    Factor::new(checked_pow(f.value(), periods)?)
}

/// The average annual growth rate by the level method (水平法, geometric mean):
/// `(end / base)^(1/n) − 1`, `n` counting the years after the base year
/// (`2007—2012年` is 5).
///
/// # Errors
/// [`Error::ZeroPeriods`]; [`Error::ZeroBase`] or [`Error::NegativeBase`];
/// [`Error::NonPositive`] for a negative end; unit mismatches; [`Error::NoConvergence`]
/// or [`Error::Overflow`] at the edges of the `Decimal` range.
///
/// ```
/// use mubiao_indicator::{cagr, Amount, Rounding};
/// use rust_decimal::Decimal;
///
/// // "全社会GDP从193亿元增长到560亿元" over the five years 2007—2012
/// let base = Amount::parse(Decimal::from(193), "亿元")?;
/// let end = Amount::parse(Decimal::from(560), "亿元")?;
/// let r = cagr(base, end, 5)?;
/// assert_eq!(r.round(4, Rounding::HalfUp).value(), Decimal::new(237_446, 4));
/// assert_eq!(r.round(1, Rounding::HalfUp).to_string(), "23.7%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn cagr<L: Level>(base: L, end: L, periods: u32) -> Result<Percent> {
    periods_at_least_one(periods)?;
    let (b, e, _) = align(base, end)?;
    rate_from_ratio(b, e, periods)
}

/// `(e / b)^(1/n) − 1` in per cent.
fn rate_from_ratio(b: Decimal, e: Decimal, periods: u32) -> Result<Percent> {
    positive_base(b)?;
    if e.is_sign_negative() && !e.is_zero() {
        return Err(Error::NonPositive);
    }
    let ratio = e.checked_div(b).ok_or(Error::Overflow)?;
    let root = nth_root(ratio, periods)?;
    Percent::from_fraction(root.checked_sub(Decimal::ONE).ok_or(Error::Overflow)?)
}

/// The range of average annual rates that the written digits of `base` and `end` allow:
/// each stands for ± half a unit in its last written place (193 for [192.5, 193.5]).
///
/// # Errors
/// As [`cagr`]; [`Error::ZeroBase`] if the base could be zero as written (`0`, `0.4`
/// rounded to `0`).
///
/// ```
/// use mubiao_indicator::cagr_interval;
/// use rust_decimal::Decimal;
///
/// let i = cagr_interval(Decimal::from(193), Decimal::from(560), 5)?;
/// assert_eq!(i.lo().round_dp(4), Decimal::new(236_585, 4));
/// assert_eq!(i.hi().round_dp(4), Decimal::new(238_309, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn cagr_interval<L: Level>(base: L, end: L, periods: u32) -> Result<Interval> {
    periods_at_least_one(periods)?;
    let (b, e) = align_stated(base, end)?;
    if b.lo().is_sign_negative() || b.lo().is_zero() {
        return Err(Error::ZeroBase);
    }
    let e_lo = e.lo().max(Decimal::ZERO);
    let e_hi = e.hi().max(Decimal::ZERO);
    let lo = rate_from_ratio(b.hi(), e_lo, periods)?;
    let hi = rate_from_ratio(b.lo(), e_hi, periods)?;
    Interval::new(lo.value(), hi.value())
}

/// The average rate that turns ×`factor` over `periods` periods: `factor^(1/n) − 1`.
/// `翻一番` in five years needs 14.8698% a year.
///
/// # Errors
/// [`Error::ZeroPeriods`]; [`Error::NoConvergence`] or [`Error::Overflow`] at the edges
/// of the `Decimal` range.
///
/// ```
/// use mubiao_indicator::{implied_rate, Multiple};
/// use rust_decimal::Decimal;
///
/// let r = implied_rate(Multiple::Doublings(1).factor()?, 5)?;
/// assert_eq!(r.value().round_dp(4), Decimal::new(148_698, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn implied_rate(factor: Factor, periods: u32) -> Result<Percent> {
    periods_at_least_one(periods)?;
    rate_from_ratio(Decimal::ONE, factor.value(), periods)
}

/// Chains period rates into one: `∏(1 + rᵢ) − 1`. Use it from 环比 to 定基, or for
/// successive declines, which never add up: −3.7%, −4.8%, −5.6% make −13.46%, not −14.1%.
/// No rates make 0%.
///
/// # Errors
/// [`Error::DeclineOfHundredPercentOrMore`] for a rate below −100%; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{chain, Percent};
/// use rust_decimal::Decimal;
///
/// let cuts = [37, 48, 56].map(|c| Percent::decline(Decimal::new(c, 1)));
/// assert_eq!(chain(cuts)?.value().round_dp(2), Decimal::new(-1346, 2));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn chain(rates: impl IntoIterator<Item = Percent>) -> Result<Percent> {
    let mut product = Factor::ONE;
    for r in rates {
        product = product.checked_mul(r.to_factor()?)?;
    }
    product.to_percent()
}

/// The average annual rate by the cumulative method (累计法, 方程式法), used for
/// 固定资产投资: the `r` with `Σᵢ₌₁ⁿ base·(1+r)ⁱ = total`, found by bisection.
///
/// # Errors
/// [`Error::ZeroPeriods`]; [`Error::ZeroBase`] or [`Error::NegativeBase`];
/// [`Error::NonPositive`] for a total that is not positive; unit mismatches;
/// [`Error::NoConvergence`] if the solution does not reproduce the total to 10⁻²⁰.
///
/// ```
/// use mubiao_indicator::cagr_cumulative;
/// use rust_decimal::Decimal;
///
/// // base year 100, five-year total 700
/// let r = cagr_cumulative(Decimal::from(100), Decimal::from(700), 5)?;
/// assert_eq!(r.value().round_dp(4), Decimal::new(114_338, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn cagr_cumulative<L: Level>(base: L, total: L, periods: u32) -> Result<Percent> {
    periods_at_least_one(periods)?;
    let (b, t, _) = align(base, total)?;
    positive_base(b)?;
    if t.is_sign_negative() || t.is_zero() {
        return Err(Error::NonPositive);
    }
    let target = t.checked_div(b).ok_or(Error::Overflow)?;
    // Σ xⁱ is increasing in x > 0, is 0 at 0, and is at least x for x ≥ 1.
    let mut lo = Decimal::ZERO;
    let mut hi = target.max(Decimal::ONE);
    for _ in 0..200 {
        let mid = lo
            .checked_add(hi)
            .and_then(|s| s.checked_div(Decimal::TWO))
            .ok_or(Error::Overflow)?;
        if mid == lo || mid == hi {
            break;
        }
        match geometric_sum(mid, periods) {
            Some(s) if s < target => lo = mid,
            _ => hi = mid,
        }
    }
    let x = lo;
    let sum = geometric_sum(x, periods).ok_or(Error::NoConvergence)?;
    let err = sum.checked_sub(target).ok_or(Error::NoConvergence)?.abs();
    let tol = target
        .checked_mul(Decimal::from_parts(1, 0, 0, false, 20))
        .ok_or(Error::NoConvergence)?;
    if err > tol {
        return Err(Error::NoConvergence);
    }
    Percent::from_fraction(x.checked_sub(Decimal::ONE).ok_or(Error::Overflow)?)
}

/// x + x² + … + xⁿ by Horner's rule; `None` on overflow.
fn geometric_sum(x: Decimal, n: u32) -> Option<Decimal> {
    let mut s = Decimal::ZERO;
    for _ in 0..n {
        s = s.checked_add(Decimal::ONE)?.checked_mul(x)?;
    }
    Some(s)
}

/// The average rate still required over `remaining` periods for a plan of `total` to
/// succeed after `achieved` so far: `((1 + total)/(1 + achieved))^(1/remaining) − 1`.
/// Declines are negative rates.
///
/// # Errors
/// [`Error::ZeroPeriods`]; [`Error::DeclineOfHundredPercentOrMore`] if `achieved` or
/// `total` is a decline of 100% or more; [`Error::NoConvergence`] or
/// [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{required_rate, Percent};
/// use rust_decimal::Decimal;
///
/// // 单位GDP能耗 five-year cut of 20%; 15.61% done in four years: the last year must cut 5.20%
/// let r = required_rate(Percent::decline(Decimal::from(20)), Percent::decline(Decimal::new(1561, 2)), 1)?;
/// assert_eq!(r.value().round_dp(2), Decimal::new(-520, 2));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn required_rate(total: Percent, achieved: Percent, remaining: u32) -> Result<Percent> {
    periods_at_least_one(remaining)?;
    let t = total.to_factor()?;
    let a = achieved.to_factor()?;
    if a.value().is_zero() {
        return Err(Error::DeclineOfHundredPercentOrMore);
    }
    let left = t.value().checked_div(a.value()).ok_or(Error::Overflow)?;
    rate_from_ratio(Decimal::ONE, left, remaining)
}

/// The number of doublings (番) from `base` to `current`: `log₂(current / base)`.
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`]; [`Error::NonPositive`] for a current
/// level that is not positive; unit mismatches; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::doublings;
/// use rust_decimal::Decimal;
///
/// // 从193亿元增长到560亿元 is 1.5368番
/// assert_eq!(doublings(Decimal::from(193), Decimal::from(560))?.round_dp(4), Decimal::new(15368, 4));
/// // 翻两番
/// assert_eq!(doublings(Decimal::from(150), Decimal::from(600))?, Decimal::TWO);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn doublings<L: Level>(base: L, current: L) -> Result<Decimal> {
    let (b, c, _) = align(base, current)?;
    positive_base(b)?;
    log2(c.checked_div(b).ok_or(Error::Overflow)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::unit::Amount;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn p(s: &str) -> Percent {
        Percent::new(d(s))
    }

    #[test]
    fn rates_need_a_positive_base() {
        assert_eq!(growth_rate(d("0"), d("5")), Err(Error::ZeroBase));
        assert_eq!(growth_rate(d("-1"), d("1")), Err(Error::NegativeBase));
        assert_eq!(growth_rate(d("10"), d("-5")).unwrap(), p("-150"));
        assert_eq!(cagr(d("0"), d("5"), 5), Err(Error::ZeroBase));
        assert_eq!(cagr(d("1"), d("-5"), 5), Err(Error::NonPositive));
        assert_eq!(cagr(d("1"), d("0"), 5).unwrap(), p("-100"));
        assert_eq!(cagr(d("1"), d("2"), 0), Err(Error::ZeroPeriods));
        assert_eq!(doublings(d("1"), d("0")), Err(Error::NonPositive));
    }

    #[test]
    fn units_are_checked() {
        let yuan = Amount::parse(d("9000"), "元").unwrap();
        let usd = Amount::parse(d("1.7"), "万美元").unwrap();
        assert!(matches!(
            growth_rate(yuan, usd),
            Err(Error::CurrencyMismatch { .. })
        ));
        let wan = Amount::parse(d("1.7"), "万元").unwrap();
        assert_eq!(
            cagr(yuan, wan, 5).unwrap().value().round_dp(4),
            d("13.5642")
        );
        let grown = apply_growth(wan, p("10")).unwrap();
        assert_eq!(grown, Amount::parse(d("1.870"), "万元").unwrap());
    }

    #[test]
    fn apply_and_base_are_inverse() {
        assert_eq!(apply_growth(d("100"), p("-100")).unwrap(), d("0"));
        assert_eq!(
            apply_growth(d("100"), p("-100.1")),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(
            base_from_growth(d("100"), p("-100"), PriceBasis::Nominal),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(
            base_from_growth(d("100"), p("5"), PriceBasis::Unknown),
            Err(Error::PriceBasis(PriceBasis::Unknown))
        );
        assert_eq!(
            base_from_growth(d("47.2"), p("21"), PriceBasis::Nominal)
                .unwrap()
                .round_dp(2),
            d("39.01")
        );
    }

    #[test]
    fn chains_and_compounds() {
        assert_eq!(chain([]).unwrap(), Percent::ZERO);
        assert_eq!(chain([p("10"), p("10")]).unwrap(), p("21"));
        assert_eq!(
            chain([p("10"), p("-101")]),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(compound(p("100"), 3).unwrap().value(), d("8"));
        assert_eq!(compound(p("5"), 0).unwrap(), Factor::ONE);
        assert_eq!(compound(p("100"), 200), Err(Error::Overflow));
    }

    #[test]
    fn cumulative_method_differs_from_level_method() {
        let r = cagr_cumulative(d("100"), d("700"), 5).unwrap();
        assert_eq!(r.value().round_dp(4), d("11.4338"));
        let last = project(d("100"), r, 5).unwrap();
        assert_eq!(last.round_dp(2), d("171.82"));
        // 150, 150, 150, 150, 100: 水平法 0%, 累计法 the same 11.4338%
        assert_eq!(cagr(d("100"), d("100"), 5).unwrap(), Percent::ZERO);
        assert_eq!(
            cagr_cumulative(d("100"), d("0"), 5),
            Err(Error::NonPositive)
        );
        // a total of exactly n·base is a 0% path
        assert_eq!(
            cagr_cumulative(d("100"), d("500"), 5)
                .unwrap()
                .value()
                .round_dp(20),
            d("0")
        );
    }

    #[test]
    fn required_rates() {
        let per_year = implied_rate(Factor::new(d("0.8")).unwrap(), 5).unwrap();
        assert_eq!(per_year.value().round_dp(2), d("-4.36"));
        assert_eq!(
            required_rate(p("-20"), p("-100"), 1),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(required_rate(p("-20"), p("-5"), 0), Err(Error::ZeroPeriods));
    }
}
