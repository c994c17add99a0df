//! 倍 and 番: the phrasings of multiples, and the factor each one means.

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::percent::{Factor, Percent};
use crate::root::checked_pow;

/// A multiple as a report phrases it. 倍 is arithmetic (`增长2倍` is ×3), 番 is
/// geometric (`翻两番` is ×4), and 倍 never describes a decrease.
///
/// ```
/// use mubiao_indicator::{Error, Multiple};
/// use rust_decimal::Decimal;
///
/// assert_eq!(Multiple::IncreaseBy(Decimal::TWO).factor()?.value(), Decimal::from(3));
/// assert_eq!(Multiple::Doublings(2).factor()?.value(), Decimal::from(4));
/// assert_eq!(Multiple::DeclineTimes(Decimal::ONE).factor(), Err(Error::DeclineInMultiples));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Multiple {
    /// `是X倍`, `相当于X倍`: ×X.
    Times(Decimal),
    /// `增长X倍`, `增加了X倍`: ×(1+X). `增长2倍` → ×3, `增加了一倍` → ×2.
    IncreaseBy(Decimal),
    /// `增长到X倍`, `增加到X倍`: ×X. `增加到两倍` → ×2.
    IncreaseTo(Decimal),
    /// `翻X番`: ×2ˣ. `翻一番` → ×2, `翻两番` → ×4.
    Doublings(u32),
    /// `下降X%`, `减少X%`: ×(1 − X/100). `减少一半` → `DeclinePercent(50)` → ×0.5.
    DeclinePercent(Decimal),
    /// `下降X倍`, `减少一倍`: not a multiple at all; always an error.
    DeclineTimes(Decimal),
}

impl Multiple {
    /// The growth factor the phrase means.
    ///
    /// # Errors
    /// [`Error::DeclineInMultiples`] for [`Multiple::DeclineTimes`];
    /// [`Error::DeclineOfHundredPercentOrMore`] for a decline over 100%;
    /// [`Error::NegativeMultiple`] for a negative X; [`Error::Overflow`] (`翻100番`).
    ///
    /// ```
    /// use mubiao_indicator::Multiple;
    /// use rust_decimal::Decimal;
    ///
    /// // "增长1倍以上": at least ×2
    /// assert_eq!(Multiple::IncreaseBy(Decimal::ONE).factor()?.value(), Decimal::TWO);
    /// // "增长到3倍" is ×3 while "增长3倍" is ×4
    /// assert_eq!(Multiple::IncreaseTo(Decimal::from(3)).factor()?.value(), Decimal::from(3));
    /// assert_eq!(Multiple::IncreaseBy(Decimal::from(3)).factor()?.value(), Decimal::from(4));
    /// // "下降6%"
    /// assert_eq!(Multiple::DeclinePercent(Decimal::from(6)).factor()?.value(), Decimal::new(94, 2));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn factor(self) -> Result<Factor> {
        match self {
            Self::Times(x) | Self::IncreaseTo(x) => Factor::new(x),
            Self::IncreaseBy(x) => {
                if x.is_sign_negative() && !x.is_zero() {
                    return Err(Error::NegativeMultiple);
                }
                Factor::new(x.checked_add(Decimal::ONE).ok_or(Error::Overflow)?)
            }
            Self::Doublings(n) => Factor::new(checked_pow(Decimal::TWO, n)?),
            Self::DeclinePercent(x) => {
                if x.is_sign_negative() && !x.is_zero() {
                    return Err(Error::NegativeMultiple);
                }
                if x > Decimal::ONE_HUNDRED {
                    return Err(Error::DeclineOfHundredPercentOrMore);
                }
                Percent::decline(x).to_factor()
            }
            Self::DeclineTimes(_) => Err(Error::DeclineInMultiples),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_and_their_factors() {
        let f = |m: Multiple| m.factor().map(Factor::value);
        assert_eq!(
            f(Multiple::Times(Decimal::new(29, 1))),
            Ok(Decimal::new(29, 1))
        );
        assert_eq!(f(Multiple::IncreaseBy(Decimal::ZERO)), Ok(Decimal::ONE));
        assert_eq!(f(Multiple::Doublings(0)), Ok(Decimal::ONE));
        assert_eq!(f(Multiple::Doublings(3)), Ok(Decimal::from(8)));
        assert_eq!(f(Multiple::Doublings(100)), Err(Error::Overflow));
        assert_eq!(
            f(Multiple::DeclinePercent(Decimal::from(50))),
            Ok(Decimal::new(5, 1))
        );
        assert_eq!(
            f(Multiple::DeclinePercent(Decimal::ONE_HUNDRED)),
            Ok(Decimal::ZERO)
        );
        assert_eq!(
            f(Multiple::DeclinePercent(Decimal::from(101))),
            Err(Error::DeclineOfHundredPercentOrMore)
        );
        assert_eq!(
            f(Multiple::DeclinePercent(Decimal::NEGATIVE_ONE)),
            Err(Error::NegativeMultiple)
        );
        assert_eq!(
            f(Multiple::IncreaseBy(Decimal::NEGATIVE_ONE)),
            Err(Error::NegativeMultiple)
        );
        assert_eq!(
            f(Multiple::IncreaseTo(Decimal::NEGATIVE_ONE)),
            Err(Error::NegativeMultiple)
        );
        assert_eq!(f(Multiple::IncreaseBy(Decimal::MAX)), Err(Error::Overflow));
        assert_eq!(
            f(Multiple::DeclineTimes(Decimal::ONE)),
            Err(Error::DeclineInMultiples)
        );
    }
}
