//! Shares (比重): a part over its whole.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::growth::positive_base;
use crate::interval::Interval;
use crate::percent::Percent;
use crate::unit::{Level, align, align_stated};

/// The share of `part` in `whole`, in per cent. Both must be in the same price basis and
/// scope (the same year's current-price figures). A part larger than its whole gives more
/// than 100%, which is returned as it is (some ratios, 外贸依存度, do exceed 100%);
/// [`check_share`](crate::check_share) is the place to compare it with a claim.
///
/// # Errors
/// [`Error::ZeroBase`] or [`Error::NegativeBase`] for a whole that is not positive;
/// [`Error::CurrencyMismatch`] or [`Error::KindMismatch`]; [`Error::Overflow`].
///
/// ```
/// use mubiao_indicator::{share, Amount, Rounding};
/// use rust_decimal::Decimal;
///
/// // "服务业完成增加值537亿元 … 占GDP的84%", 地区生产总值640亿元
/// let s = share(Amount::parse(Decimal::from(537), "亿元")?, Amount::parse(Decimal::from(640), "亿元")?)?;
/// assert_eq!(s.value(), Decimal::new(8390625, 5)); // exactly 83.90625%
/// assert_eq!(s.round(0, Rounding::HalfUp).to_string(), "84%");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn share<L: Level>(part: L, whole: L) -> Result<Percent> {
    let (p, w, _) = align(part, whole)?;
    positive_base(w)?;
    Percent::from_fraction(p.checked_div(w).ok_or(Error::Overflow)?)
}

/// The range of shares that the written digits of `part` and `whole` allow, each ± half a
/// unit in its last written place: 537 of 640 lies in [83.7627%, 84.0500%].
///
/// # Errors
/// As [`share`]; [`Error::ZeroBase`] if the whole could be zero as written.
///
/// ```
/// use mubiao_indicator::share_interval;
/// use rust_decimal::Decimal;
///
/// let i = share_interval(Decimal::from(537), Decimal::from(640))?;
/// assert_eq!(i.lo().round_dp(4), Decimal::new(837_627, 4));
/// assert_eq!(i.hi().round_dp(4), Decimal::new(840_500, 4));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
pub fn share_interval<L: Level>(part: L, whole: L) -> Result<Interval> {
    let (p, w) = align_stated(part, whole)?;
    positive_base(w.lo()).map_err(|_| Error::ZeroBase)?;
    let mut corners = [Decimal::ZERO; 4];
    for (slot, (num, den)) in corners.iter_mut().zip([
        (p.lo(), w.lo()),
        (p.lo(), w.hi()),
        (p.hi(), w.lo()),
        (p.hi(), w.hi()),
    ]) {
        *slot = Percent::from_fraction(num.checked_div(den).ok_or(Error::Overflow)?)?.value();
    }
    Interval::hull(corners).ok_or(Error::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn shares() {
        assert_eq!(share(d("1"), d("4")).unwrap(), Percent::new(d("25")));
        assert_eq!(share(d("5"), d("4")).unwrap(), Percent::new(d("125")));
        assert_eq!(share(d("1"), d("0")), Err(Error::ZeroBase));
        assert_eq!(share(d("1"), d("-4")), Err(Error::NegativeBase));
        assert_eq!(share_interval(d("1"), d("0")), Err(Error::ZeroBase));
        assert!(share_interval(d("1"), d("0.4")).is_ok());
        let i = share_interval(d("-1"), d("10")).unwrap();
        assert_eq!(
            (i.lo().round_dp(10), i.hi().round_dp(10)),
            (d("-15.7894736842"), d("-4.7619047619"))
        );
    }
}
