//! Consistency checks of a report's own arithmetic claims, with the rounding of every
//! figure as written taken into account.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::growth::{cagr, cagr_interval, growth_rate, positive_base};
use crate::interval::Interval;
use crate::percent::{Percent, PercentagePoints};
use crate::price::PriceBasis;
use crate::share::{share, share_interval};
use crate::unit::{Level, align_stated};

/// Why a claim cannot be checked against the figures given.
///
/// ```
/// use mubiao_indicator::{check_growth, Consistency, PriceBasis, Reason, Percent};
/// use rust_decimal::Decimal;
///
/// let c = check_growth(Decimal::from(568), Decimal::from(640), Percent::new(Decimal::new(126, 1)), PriceBasis::Real)?;
/// assert_eq!(c, Consistency::NotCheckable { reason: Reason::PriceBasis });
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Reason {
    /// The claimed rate is at comparable prices (`地区生产总值增长12.6%`) and the levels at
    /// current prices: nominal = (1 + real)(1 + deflator) − 1, and the deflator is not given.
    PriceBasis,
    /// The price basis of the claimed rate is not known, so a verdict could be false.
    UnknownPriceBasis,
}

/// The answer of a consistency check.
///
/// `computed` is the value from the figures exactly as written; `range` is every value
/// the figures allow once each is read as rounded (± half a unit in its last place);
/// `stated` is the interval the claim stands for (`84%` → [83.5, 84.5]). The claim is
/// consistent when `range` and `stated` overlap.
///
/// ```
/// use mubiao_indicator::{check_share, Consistency, Percent};
/// use rust_decimal::Decimal;
///
/// // "服务业完成增加值537亿元 … 占GDP的84%", 地区生产总值640亿元
/// let c = check_share(Decimal::from(537), Decimal::from(640), Percent::new(Decimal::from(84)))?;
/// assert!(c.is_consistent());
/// assert_eq!(c.computed(), Some(Percent::new(Decimal::new(8390625, 5))));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "verdict", rename_all = "snake_case"))]
pub enum Consistency {
    /// The claim agrees with the figures once rounding is allowed for.
    Consistent {
        /// The value from the figures as written.
        computed: Percent,
        /// The values the rounded figures allow, in per cent.
        range: Interval,
        /// What the claim stands for, in per cent.
        stated: Interval,
    },
    /// The claim disagrees with the figures even after rounding.
    Inconsistent {
        /// The value from the figures as written.
        computed: Percent,
        /// The values the rounded figures allow, in per cent.
        range: Interval,
        /// What the claim stands for, in per cent.
        stated: Interval,
        /// The least the claim is off by: the gap between `range` and `stated`, positive
        /// when the figures give more than the claim.
        by: PercentagePoints,
    },
    /// No verdict is meaningful.
    NotCheckable {
        /// Why.
        reason: Reason,
    },
}

impl Consistency {
    /// Compares a computed range with a stated value read at its written precision.
    fn judge(computed: Percent, range: Interval, stated: Percent) -> Result<Self> {
        let stated = Interval::stated(stated.value())?;
        let gap = range.gap_from(stated)?;
        Ok(if gap.is_zero() {
            Self::Consistent {
                computed,
                range,
                stated,
            }
        } else {
            Self::Inconsistent {
                computed,
                range,
                stated,
                by: PercentagePoints::new(gap),
            }
        })
    }

    /// Whether the claim is [`Consistency::Consistent`].
    ///
    /// ```
    /// use mubiao_indicator::{check_share, Percent};
    /// use rust_decimal::Decimal;
    /// let c = check_share(Decimal::from(537), Decimal::from(640), Percent::new(Decimal::from(85)))?;
    /// assert!(!c.is_consistent());
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub const fn is_consistent(&self) -> bool {
        matches!(self, Self::Consistent { .. })
    }

    /// The value computed from the figures as written, if the claim was checkable.
    ///
    /// ```
    /// use mubiao_indicator::{check_share, Percent, Rounding};
    /// use rust_decimal::Decimal;
    /// let c = check_share(Decimal::from(537), Decimal::from(640), Percent::new(Decimal::from(85)))?;
    /// assert_eq!(c.computed().map(|p| p.round(1, Rounding::HalfUp).to_string()).as_deref(), Some("83.9%"));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub const fn computed(&self) -> Option<Percent> {
        match self {
            Self::Consistent { computed, .. } | Self::Inconsistent { computed, .. } => {
                Some(*computed)
            }
            Self::NotCheckable { .. } => None,
        }
    }
}

/// Checks a stated share: `part` of `whole` said to be `stated` per cent. Shares of one
/// year's figures are always checkable.
///
/// # Errors
/// As [`share`] and [`share_interval`]: a whole that is or could
/// be zero, incompatible units, overflow.
///
/// ```
/// use mubiao_indicator::{check_share, Amount, Consistency, Percent};
/// use rust_decimal::Decimal;
///
/// let part = Amount::parse(Decimal::from(537), "亿元")?;
/// let whole = Amount::parse(Decimal::from(640), "亿元")?;
/// let Consistency::Consistent { range, .. } = check_share(part, whole, Percent::new(Decimal::from(84)))? else {
///     return Err("537 of 640 should be 84%".into());
/// };
/// assert_eq!(format!("{range:.4}"), "[83.7627, 84.0500]");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_share<L: Level>(part: L, whole: L, stated: Percent) -> Result<Consistency> {
    let computed = share(part, whole)?;
    let range = share_interval(part, whole)?;
    Consistency::judge(computed, range, stated)
}

/// Checks a stated growth rate against two levels: `比上年增长X%` with last year's and
/// this year's figures. `basis` is the price basis of the stated rate; the levels are
/// taken as published, at current prices, so only a [`PriceBasis::Nominal`] rate gets a
/// verdict.
///
/// # Errors
/// As [`growth_rate`]: a previous level that is or could be zero or negative,
/// incompatible units, overflow.
///
/// ```
/// use mubiao_indicator::{check_growth, Amount, Percent, PriceBasis};
/// use rust_decimal::Decimal;
///
/// // "财政一般预算收入110.6亿元, 增长20%", last year 92.17亿元
/// let prev = Amount::parse(Decimal::new(9217, 2), "亿元")?;
/// let now = Amount::parse(Decimal::new(1106, 1), "亿元")?;
/// let c = check_growth(prev, now, Percent::new(Decimal::from(20)), PriceBasis::Nominal)?;
/// assert!(c.is_consistent());
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn check_growth<L: Level>(
    previous: L,
    current: L,
    stated: Percent,
    basis: PriceBasis,
) -> Result<Consistency> {
    if let Some(not) = not_checkable(basis) {
        return Ok(not);
    }
    let computed = growth_rate(previous, current)?;
    let (p, c) = align_stated(previous, current)?;
    positive_base(p.lo()).map_err(|_| Error::ZeroBase)?;
    let rate = |base: Decimal, now: Decimal| -> Result<Decimal> {
        let f = now.checked_div(base).ok_or(Error::Overflow)?;
        Ok(Percent::from_fraction(f.checked_sub(Decimal::ONE).ok_or(Error::Overflow)?)?.value())
    };
    let range = Interval::new(rate(p.hi(), c.lo())?, rate(p.lo(), c.hi())?)?;
    Consistency::judge(computed, range, stated)
}

/// Checks a stated average annual rate against `从A增长到B` over `periods` years
/// (水平法). `basis` is the price basis of the stated rate: the average growth of GDP in a
/// five-year review is real, and cannot be checked against current-price levels.
///
/// # Errors
/// As [`cagr`] and [`cagr_interval`].
///
/// ```
/// use mubiao_indicator::{check_from_to, Consistency, Percent, PriceBasis};
/// use rust_decimal::Decimal;
///
/// // "财政一般预算收入从27.3亿元增长到67亿元, 年均增长19.7%"
/// let c = check_from_to(Decimal::new(273, 1), Decimal::from(67), 5, Percent::new(Decimal::new(197, 1)), PriceBasis::Nominal)?;
/// assert!(c.is_consistent());
/// // the same levels cannot support 21%
/// let c = check_from_to(Decimal::new(273, 1), Decimal::from(67), 5, Percent::new(Decimal::from(21)), PriceBasis::Nominal)?;
/// assert!(matches!(c, Consistency::Inconsistent { .. }));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn check_from_to<L: Level>(
    base: L,
    end: L,
    periods: u32,
    stated: Percent,
    basis: PriceBasis,
) -> Result<Consistency> {
    if let Some(not) = not_checkable(basis) {
        return Ok(not);
    }
    let computed = cagr(base, end, periods)?;
    let range = cagr_interval(base, end, periods)?;
    Consistency::judge(computed, range, stated)
}

/// The answer for a rate whose basis rules out a verdict.
fn not_checkable(basis: PriceBasis) -> Option<Consistency> {
    match basis {
        PriceBasis::Nominal => None,
        PriceBasis::Real => Some(Consistency::NotCheckable {
            reason: Reason::PriceBasis,
        }),
        PriceBasis::Unknown => Some(Consistency::NotCheckable {
            reason: Reason::UnknownPriceBasis,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn inconsistent_reports_the_gap() {
        let c = check_share(d("537"), d("640"), Percent::new(d("86"))).unwrap();
        let Consistency::Inconsistent { by, stated, .. } = c else {
            panic!("{c:?}");
        };
        assert_eq!((stated.lo(), stated.hi()), (d("85.5"), d("86.5")));
        // 84.0500391… up to 85.5
        assert_eq!(by.value().round_dp(6), d("-1.449961"));
        let c = check_share(d("537"), d("640"), Percent::new(d("82.1"))).unwrap();
        let Consistency::Inconsistent { by, .. } = c else {
            panic!("{c:?}");
        };
        assert_eq!(by.value().round_dp(6), d("1.612685"));
    }

    #[test]
    fn a_more_precise_claim_is_stricter() {
        assert!(
            check_share(d("537"), d("640"), Percent::new(d("84")))
                .unwrap()
                .is_consistent()
        );
        assert!(
            check_share(d("537"), d("640"), Percent::new(d("84.0")))
                .unwrap()
                .is_consistent()
        );
        assert!(
            !check_share(d("537"), d("640"), Percent::new(d("84.10")))
                .unwrap()
                .is_consistent()
        );
        assert!(
            !check_share(d("537.0"), d("640.0"), Percent::new(d("84.0")))
                .unwrap()
                .is_consistent()
        );
    }

    #[test]
    fn growth_checks_need_a_known_basis() {
        let stated = Percent::new(d("20"));
        assert_eq!(
            check_growth(d("92.17"), d("110.6"), stated, PriceBasis::Unknown).unwrap(),
            Consistency::NotCheckable {
                reason: Reason::UnknownPriceBasis
            }
        );
        assert_eq!(
            check_from_to(d("193"), d("560"), 5, stated, PriceBasis::Real).unwrap(),
            Consistency::NotCheckable {
                reason: Reason::PriceBasis
            }
        );
        let c = check_growth(
            d("92.17"),
            d("110.6"),
            Percent::new(d("21")),
            PriceBasis::Nominal,
        )
        .unwrap();
        assert!(!c.is_consistent());
        assert_eq!(
            check_growth(d("0.2"), d("1"), stated, PriceBasis::Nominal)
                .unwrap()
                .computed(),
            Some(Percent::new(d("400")))
        );
        assert_eq!(
            check_growth(d("0"), d("1"), stated, PriceBasis::Nominal),
            Err(Error::ZeroBase)
        );
    }
}
