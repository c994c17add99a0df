//! Exact powers, verified n-th roots and base-2 logarithms in `Decimal`.

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

use crate::error::{Error, Result};

/// The relative error a root must survive when raised back to its power: 10⁻²⁰.
const ROUND_TRIP: Decimal = Decimal::from_parts(1, 0, 0, false, 20);
/// Newton stops once a step is below this fraction of the estimate: 10⁻²⁶.
const STEP: Decimal = Decimal::from_parts(1, 0, 0, false, 26);
/// Newton steps allowed before giving up; two or three suffice from an f64 seed.
const MAX_NEWTON: u32 = 64;

/// `x` to the power `n`, exactly as `Decimal` multiplication goes (square and multiply,
/// each product checked). `x⁰` is 1.
///
/// # Errors
/// [`Error::Overflow`] if a product exceeds the `Decimal` range.
///
/// ```
/// use mubiao_indicator::checked_pow;
/// use rust_decimal::Decimal;
///
/// // 翻两番: 2² = 4
/// assert_eq!(checked_pow(Decimal::TWO, 2)?, Decimal::from(4));
/// // 193 × 1.2374⁵ = 559.90 (Ex. 1 forward check)
/// let f = checked_pow(Decimal::new(12374, 4), 5)?;
/// let end = f.checked_mul(Decimal::from(193)).ok_or("overflow")?;
/// assert_eq!(end.round_dp(2), Decimal::new(55990, 2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn checked_pow(x: Decimal, n: u32) -> Result<Decimal> {
    let mut result = Decimal::ONE;
    let mut base = x;
    let mut e = n;
    while e > 0 {
        if e & 1 == 1 {
            result = result.checked_mul(base).ok_or(Error::Overflow)?;
        }
        e >>= 1;
        if e > 0 {
            base = base.checked_mul(base).ok_or(Error::Overflow)?;
        }
    }
    Ok(result)
}

/// The `n`-th root of `x`, by Newton's method in `Decimal` from an `f64` seed, verified
/// by raising it back: `|rootⁿ − x| ≤ 10⁻²⁰·x`.
///
/// # Errors
/// [`Error::ZeroPeriods`] for `n = 0`; [`Error::NonPositive`] for negative `x`;
/// [`Error::NoConvergence`] if no root survives the round trip, which happens only where
/// a `Decimal` (28 decimal places) lacks the digits for it: `n` in the hundreds of
/// millions, or an `x` so small that its powers round away. Growth factors of statistics
/// are far from both.
///
/// ```
/// use mubiao_indicator::nth_root;
/// use rust_decimal::Decimal;
///
/// // 翻一番 in five years: 2^(1/5) = 1.148698…
/// let r = nth_root(Decimal::TWO, 5)?;
/// assert_eq!(r.round_dp(6), Decimal::new(1_148_698, 6));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn nth_root(x: Decimal, n: u32) -> Result<Decimal> {
    if n == 0 {
        return Err(Error::ZeroPeriods);
    }
    if x.is_sign_negative() && !x.is_zero() {
        return Err(Error::NonPositive);
    }
    if x.is_zero() || n == 1 {
        return Ok(x);
    }
    let seed = x
        .to_f64()
        .map(|f| f.powf(1.0 / f64::from(n)))
        .filter(|s| s.is_finite() && *s > 0.0)
        .and_then(Decimal::from_f64)
        .ok_or(Error::NoConvergence)?;
    let nd = Decimal::from(n);
    let n1 = Decimal::from(n - 1);
    let mut r = seed;
    for _ in 0..MAX_NEWTON {
        let Some(next) = newton_step(r, x, n, nd, n1) else {
            break;
        };
        let step = next.checked_sub(r).ok_or(Error::Overflow)?.abs();
        r = next;
        if step <= r.checked_mul(STEP).unwrap_or(Decimal::ZERO) {
            break;
        }
    }
    verify_root(r, x, n)?;
    Ok(r)
}

/// One Newton step for rⁿ = x: ((n−1)·r + x/rⁿ⁻¹)/n; `None` if it cannot be taken.
fn newton_step(r: Decimal, x: Decimal, n: u32, nd: Decimal, n1: Decimal) -> Option<Decimal> {
    let p = checked_pow(r, n - 1).ok()?;
    if p.is_zero() {
        return None;
    }
    n1.checked_mul(r)?
        .checked_add(x.checked_div(p)?)?
        .checked_div(nd)
}

/// Checks `|rⁿ − x| ≤ 10⁻²⁰·x`.
fn verify_root(r: Decimal, x: Decimal, n: u32) -> Result<()> {
    let back = checked_pow(r, n).map_err(|_| Error::NoConvergence)?;
    let err = back.checked_sub(x).ok_or(Error::NoConvergence)?.abs();
    let tol = x.checked_mul(ROUND_TRIP).ok_or(Error::NoConvergence)?;
    if err <= tol && !back.is_zero() {
        Ok(())
    } else {
        Err(Error::NoConvergence)
    }
}

/// ln 2 to 28 decimal places.
const LN_2: Decimal = Decimal::from_parts(0xAA7A_65BF, 0x81F5_2F01, 0x1665_943F, false, 28);

/// The base-2 logarithm of a positive `x`, to about 26 significant digits: the number of
/// doublings (番) from 1 to `x`.
///
/// # Errors
/// [`Error::NonPositive`] if `x ≤ 0`; [`Error::Overflow`] never in practice.
///
/// ```
/// use mubiao_indicator::log2;
/// use rust_decimal::Decimal;
///
/// assert_eq!(log2(Decimal::from(4))?, Decimal::TWO); // 翻两番
/// // 从193增长到560: 1.5368番
/// let ratio = Decimal::from(560).checked_div(Decimal::from(193)).ok_or("division")?;
/// assert_eq!(log2(ratio)?.round_dp(4), Decimal::new(15368, 4));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn log2(x: Decimal) -> Result<Decimal> {
    if x.is_sign_negative() || x.is_zero() {
        return Err(Error::NonPositive);
    }
    // x = m · 2^k with m in [1, 2), then m in [√½, √2).
    let mut k: i32 = 0;
    let mut m = x;
    while m >= Decimal::TWO {
        m = m.checked_div(Decimal::TWO).ok_or(Error::Overflow)?;
        k += 1;
    }
    while m < Decimal::ONE {
        m = m.checked_mul(Decimal::TWO).ok_or(Error::Overflow)?;
        k -= 1;
    }
    // √2 ≈ 1.41421356…
    if m > Decimal::from_parts(141_421_356, 0, 0, false, 8) {
        m = m.checked_div(Decimal::TWO).ok_or(Error::Overflow)?;
        k += 1;
    }
    if m == Decimal::ONE {
        return Ok(Decimal::from(k));
    }
    let ln_m = ln_near_one(m)?;
    let frac = ln_m.checked_div(LN_2).ok_or(Error::Overflow)?;
    Decimal::from(k).checked_add(frac).ok_or(Error::Overflow)
}

/// ln m for m in [√½, √2) by ln m = 2·atanh z, z = (m−1)/(m+1), |z| < 0.172.
fn ln_near_one(m: Decimal) -> Result<Decimal> {
    let z = m
        .checked_sub(Decimal::ONE)
        .and_then(|num| num.checked_div(m.checked_add(Decimal::ONE)?))
        .ok_or(Error::Overflow)?;
    let z2 = z.checked_mul(z).ok_or(Error::Overflow)?;
    let mut power = z;
    let mut sum = z;
    for k in 1..60_u32 {
        power = power.checked_mul(z2).ok_or(Error::Overflow)?;
        let term = power
            .checked_div(Decimal::from(2 * k + 1))
            .ok_or(Error::Overflow)?;
        if term.is_zero() {
            break;
        }
        sum = sum.checked_add(term).ok_or(Error::Overflow)?;
    }
    sum.checked_mul(Decimal::TWO).ok_or(Error::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn ln2_constant_is_right() {
        assert_eq!(LN_2, d("0.6931471805599453094172321215"));
    }

    #[test]
    fn pow_edges() {
        assert_eq!(checked_pow(d("7.5"), 0).unwrap(), Decimal::ONE);
        assert_eq!(checked_pow(d("-2"), 3).unwrap(), d("-8"));
        assert_eq!(checked_pow(Decimal::MAX, 2), Err(Error::Overflow));
        assert_eq!(checked_pow(Decimal::TEN, 29), Err(Error::Overflow));
        assert_eq!(checked_pow(Decimal::TEN, 28).unwrap().to_string().len(), 29);
    }

    #[test]
    fn roots_match_fifty_digit_references() {
        // Python decimal, 40 digits
        let r = nth_root(d("2.901554404145077720207253886"), 5).unwrap();
        assert_eq!(r.round_dp(20), d("1.23744567927864341093"));
        assert_eq!(nth_root(d("4"), 2).unwrap(), d("2"));
        assert_eq!(nth_root(d("0"), 7).unwrap(), d("0"));
        assert_eq!(nth_root(d("5"), 1).unwrap(), d("5"));
        assert_eq!(nth_root(d("-1"), 3), Err(Error::NonPositive));
        assert_eq!(nth_root(d("2"), 0), Err(Error::ZeroPeriods));
    }

    #[test]
    fn roots_at_the_edges_verify_or_refuse() {
        // MAX/10 = 7922816251426433759354395033.5, cube root 1993547224.18456708… (50-digit reference)
        let big = nth_root(d("7922816251426433759354395033.5"), 3).unwrap();
        assert_eq!(big.round_dp(6), d("1993547224.184567"));
        let tiny = Decimal::from_parts(1, 0, 0, false, 28);
        assert_eq!(nth_root(tiny, 2).unwrap(), d("0.00000000000001"));
        assert_eq!(nth_root(tiny, 4).unwrap(), d("0.0000001"));
        assert_eq!(nth_root(d("0.00000001"), 2).unwrap(), d("0.0001"));
        assert!(nth_root(d("2"), 1_000_000_000).is_err());
        assert_eq!(nth_root(d("1"), u32::MAX).unwrap(), d("1"));
    }

    #[test]
    fn logs() {
        assert_eq!(log2(d("1")).unwrap(), d("0"));
        assert_eq!(log2(d("0.25")).unwrap(), d("-2"));
        let l = log2(d("2.901554404145077720207253886")).unwrap();
        assert_eq!(l.round_dp(24), d("1.536825979676886035674984"));
        assert_eq!(log2(d("0")), Err(Error::NonPositive));
        let top = log2(Decimal::MAX).unwrap();
        assert_eq!(top.round_dp(6), d("96.000000"));
        let bottom = log2(Decimal::from_parts(1, 0, 0, false, 28)).unwrap();
        assert_eq!(bottom.round_dp(6), d("-93.013987"));
    }
}
