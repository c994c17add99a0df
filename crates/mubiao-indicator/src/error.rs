//! The one error type of the crate.

use crate::price::PriceBasis;
use crate::unit::Unit;

/// A shorthand for `Result<T, mubiao_indicator::Error>`.
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// Why an indicator calculation has no answer.
///
/// Every function of the crate returns this instead of panicking or guessing. The
/// variants are flat so that a caller can match the one it expects:
///
/// ```
/// use mubiao_indicator::{Error, growth_rate};
/// use rust_decimal::Decimal;
///
/// // 上年为0, 增速无从谈起: only the absolute change is meaningful.
/// let err = growth_rate(Decimal::ZERO, Decimal::from(12)).unwrap_err();
/// assert_eq!(err, Error::ZeroBase);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The base of a growth rate, ratio or share is zero: `比上年增长` against 0.
    #[error("the base is zero, so a rate is undefined; use the absolute change")]
    ZeroBase,
    /// The base is negative (a loss, a deficit), so the sign of a rate means nothing:
    /// `亏损1亿元` to `盈利1亿元` is 扭亏, not a growth rate.
    #[error("the base is negative, so the sign of a rate is meaningless (扭亏/减亏)")]
    NegativeBase,
    /// A level that must be positive is zero or negative: the end of a `从A增长到B`
    /// span, a root of a non-positive number, a logarithm.
    #[error("the value must be positive")]
    NonPositive,
    /// Two amounts are in different currencies: `亿元` against `亿美元`. They never mix
    /// without an exchange rate.
    #[error("currency mismatch: {left} against {right}")]
    CurrencyMismatch {
        /// The first unit.
        left: Unit,
        /// The second unit.
        right: Unit,
    },
    /// Two amounts measure different things: `万吨` against `公里`, `人` against `元`.
    #[error("unit mismatch: {left} against {right}")]
    KindMismatch {
        /// The first unit.
        left: Unit,
        /// The second unit.
        right: Unit,
    },
    /// A unit string is not a level unit: `%`, `‰`, `个百分点` and `倍` are rates or
    /// multiples, read them as [`Percent`](crate::Percent), [`Permille`](crate::Permille),
    /// [`PercentagePoints`](crate::PercentagePoints) or [`Multiple`](crate::Multiple).
    #[error("not a unit of a level (a rate, a multiple or an empty string)")]
    NotALevelUnit,
    /// A unit name is longer than a [`Unit`] holds (23 bytes of UTF-8, seven CJK
    /// characters after the scale word).
    #[error("unit name too long")]
    UnitTooLong,
    /// A result or an intermediate value exceeds what a `Decimal` holds (about 7.9 × 10²⁸),
    /// or underflows so far that the answer would lose its stated precision.
    #[error("arithmetic overflow or loss of precision")]
    Overflow,
    /// A decline of 100% or more: `下降100%` leaves nothing, and more than that is
    /// impossible for a level.
    #[error("a decline of 100% or more is impossible for a level")]
    DeclineOfHundredPercentOrMore,
    /// `下降X倍` / `减少一倍`: 倍 is never used for a decrease; say `减少一半` or `下降50%`.
    #[error("倍 is never used for a decrease (下降X倍); use a per cent")]
    DeclineInMultiples,
    /// A multiple that cannot be a growth factor: `增长到-1倍`, `翻-1番`.
    #[error("a multiple must not be negative")]
    NegativeMultiple,
    /// A span of zero periods: an average annual rate needs at least one year, counted
    /// without the base year (`2007—2012年` is five).
    #[error("the number of periods must be at least one")]
    ZeroPeriods,
    /// A root or a 累计法 rate did not converge or did not survive its round-trip check.
    #[error("the iteration did not converge to a verified result")]
    NoConvergence,
    /// A range whose lower end is above its upper end: `7%至6.5%`.
    #[error("the range's lower end is above its upper end")]
    InvertedRange,
    /// An elapsed share of a period outside 0..=1: month 13 of 12, a date before the start.
    #[error("the elapsed part of the period is outside the period")]
    OutsidePeriod,
    /// A rate at comparable prices (or of unknown basis) cannot be applied to a
    /// current-price level: the previous year's GDP is not `640 / 1.126`.
    #[error("a rate at {0} prices cannot be applied to a current-price level")]
    PriceBasis(PriceBasis),
}
