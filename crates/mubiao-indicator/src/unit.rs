//! Units of levels with exact scales: `元`, `万元`, `亿元`, `万亿元`, counts, measures.

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::interval::Interval;

/// The longest unit name a [`Unit`] holds, in bytes of UTF-8 (seven CJK characters).
const NAME_CAP: usize = 23;

/// What a level measures, read from its unit name.
///
/// ```
/// use mubiao_indicator::{Unit, UnitKind};
/// assert_eq!("亿元".parse::<Unit>()?.kind(), UnitKind::Money);
/// assert_eq!("万人".parse::<Unit>()?.kind(), UnitKind::Count);
/// assert_eq!("万吨".parse::<Unit>()?.kind(), UnitKind::Measure);
/// assert_eq!("万亿".parse::<Unit>()?.kind(), UnitKind::Number);
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum UnitKind {
    /// A bare number, perhaps with a scale word: `3万亿`.
    Number,
    /// Money in one currency: `元`, `万元`, `亿元`, `美元`, `亿美元`.
    Money,
    /// A count of things: `人`, `户`, `家`, `个`, `套`, `项`, `万人次`.
    Count,
    /// A physical measure or any other named unit: `吨`, `万千瓦`, `平方米`, `公里`.
    Measure,
}

/// The unit of a level: a power of ten (the scale word `万`, `亿`, `万亿`, also `十万`,
/// `百万`, `千万`, `百亿`, `千亿`) and a base name (`元`, `美元`, `人`, `吨`).
///
/// Units with the same base name convert exactly; different currencies or kinds are an
/// error, never a guess. A lone `千` belongs to the name (`千瓦`, `千伏安`).
///
/// ```
/// use mubiao_indicator::{Error, Unit};
///
/// let yi: Unit = "亿元".parse()?;
/// assert_eq!(yi, Unit::YI_YUAN);
/// assert_eq!(yi.exponent(), 8);
/// assert_eq!(yi.name(), "元");
/// assert_eq!("亿美元".parse::<Unit>()?.to_string(), "亿美元");
/// assert_eq!("%".parse::<Unit>(), Err(Error::NotALevelUnit));
/// # Ok::<(), Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unit {
    exponent: u8,
    kind: UnitKind,
    len: u8,
    name: [u8; NAME_CAP],
}

/// Builds a unit at compile time; `name` must fit (it does for the constants below).
const fn constant(exponent: u8, kind: UnitKind, name: &str) -> Unit {
    let bytes = name.as_bytes();
    let mut buf = [0_u8; NAME_CAP];
    let mut i = 0;
    // The loop condition keeps `i` inside both arrays; a const fn cannot use `get`.
    #[allow(clippy::indexing_slicing)]
    while i < bytes.len() && i < NAME_CAP {
        buf[i] = bytes[i];
        i += 1;
    }
    // `i` never exceeds NAME_CAP (23), so the cast is exact.
    #[allow(clippy::cast_possible_truncation)]
    let len = i as u8;
    Unit {
        exponent,
        kind,
        len,
        name: buf,
    }
}

/// Count nouns (量词 and the like) that make a unit a [`UnitKind::Count`].
const COUNT_NOUNS: &[&str] = &[
    "人", "人次", "户", "家", "个", "所", "套", "项", "件", "天", "座", "条", "辆", "台", "间",
    "张", "名", "位", "次", "批", "份", "场", "处", "栋", "幢", "只", "头", "株", "棵", "床", "册",
    "部", "种", "例", "起", "宗", "笔", "艘", "架", "口", "亩次",
];

/// Names that are rates or multiples, not level units.
const NOT_LEVEL: &[&str] = &[
    "%",
    "％",
    "‰",
    "个百分点",
    "百分点",
    "个千分点",
    "千分点",
    "倍",
    "番",
];

impl Unit {
    /// A bare number: no scale, no name.
    pub const NUMBER: Self = constant(0, UnitKind::Number, "");
    /// `元`.
    pub const YUAN: Self = constant(0, UnitKind::Money, "元");
    /// `万元`, 10⁴ 元.
    pub const WAN_YUAN: Self = constant(4, UnitKind::Money, "元");
    /// `亿元`, 10⁸ 元.
    pub const YI_YUAN: Self = constant(8, UnitKind::Money, "元");
    /// `万亿元`, 10¹² 元.
    pub const WAN_YI_YUAN: Self = constant(12, UnitKind::Money, "元");

    /// Reads a unit as written: an optional scale word, then a base name.
    ///
    /// # Errors
    /// [`Error::NotALevelUnit`] for `%`, `‰`, `个百分点`, `倍`, `番` and the empty string;
    /// [`Error::UnitTooLong`] for a name over 23 bytes.
    ///
    /// ```
    /// use mubiao_indicator::{Unit, UnitKind};
    /// let u = Unit::parse("千万元")?;
    /// assert_eq!((u.exponent(), u.name(), u.kind()), (7, "元", UnitKind::Money));
    /// let kw = Unit::parse("万千瓦")?;
    /// assert_eq!((kw.exponent(), kw.name()), (4, "千瓦"));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self> {
        let text = text.trim();
        if text.is_empty() || NOT_LEVEL.contains(&text) {
            return Err(Error::NotALevelUnit);
        }
        let (exponent, name) = split_scale(text);
        if NOT_LEVEL.contains(&name) {
            return Err(Error::NotALevelUnit);
        }
        if name.len() > NAME_CAP {
            return Err(Error::UnitTooLong);
        }
        let kind = if name.is_empty() {
            UnitKind::Number
        } else if name.ends_with('元') {
            UnitKind::Money
        } else if COUNT_NOUNS.contains(&name) {
            UnitKind::Count
        } else {
            UnitKind::Measure
        };
        Ok(constant(exponent, kind, name))
    }

    /// The power of ten of the scale word: 8 for `亿元`, 0 for `元`.
    ///
    /// ```
    /// use mubiao_indicator::Unit;
    /// assert_eq!(Unit::WAN_YUAN.exponent(), 4);
    /// ```
    #[must_use]
    pub const fn exponent(self) -> u8 {
        self.exponent
    }

    /// What the unit measures.
    ///
    /// ```
    /// use mubiao_indicator::{Unit, UnitKind};
    /// assert_eq!(Unit::YI_YUAN.kind(), UnitKind::Money);
    /// ```
    #[must_use]
    pub const fn kind(self) -> UnitKind {
        self.kind
    }

    /// The base name without the scale word: `元` for `亿元`, `人次` for `万人次`.
    ///
    /// ```
    /// use mubiao_indicator::Unit;
    /// assert_eq!(Unit::parse("万人次")?.name(), "人次");
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        let bytes = self.name.get(..usize::from(self.len)).unwrap_or(&[]);
        core::str::from_utf8(bytes).unwrap_or("")
    }

    /// 10^exponent: `100000000` for `亿元`.
    ///
    /// # Errors
    /// [`Error::Overflow`] never for a parsed unit (at most 10¹²).
    ///
    /// ```
    /// use mubiao_indicator::Unit;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Unit::WAN_YUAN.factor()?, Decimal::from(10_000));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn factor(self) -> Result<Decimal> {
        pow10(u32::from(self.exponent))
    }

    /// The same base name with another scale: `亿元` → `万元`.
    ///
    /// ```
    /// use mubiao_indicator::Unit;
    /// assert_eq!(Unit::YI_YUAN.with_exponent(4), Unit::WAN_YUAN);
    /// ```
    #[must_use]
    pub const fn with_exponent(self, exponent: u8) -> Self {
        Self { exponent, ..self }
    }

    /// Whether amounts in the two units can be compared: same kind and base name.
    ///
    /// # Errors
    /// [`Error::CurrencyMismatch`] for two different currencies (`亿元`, `亿美元`),
    /// [`Error::KindMismatch`] for any other difference (`万吨`, `公里`).
    ///
    /// ```
    /// use mubiao_indicator::{Error, Unit};
    /// assert!(Unit::YI_YUAN.compatible(Unit::WAN_YUAN).is_ok());
    /// let usd = Unit::parse("亿美元")?;
    /// assert_eq!(
    ///     Unit::YI_YUAN.compatible(usd),
    ///     Err(Error::CurrencyMismatch { left: Unit::YI_YUAN, right: usd })
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn compatible(self, other: Self) -> Result<()> {
        if self.kind == other.kind && self.name() == other.name() {
            Ok(())
        } else if self.kind == UnitKind::Money && other.kind == UnitKind::Money {
            Err(Error::CurrencyMismatch {
                left: self,
                right: other,
            })
        } else {
            Err(Error::KindMismatch {
                left: self,
                right: other,
            })
        }
    }
}

impl Default for Unit {
    fn default() -> Self {
        Self::NUMBER
    }
}

/// 10^n as a decimal: the model's [`Scale`](mubiao_model::Scale) factor.
pub(crate) fn pow10(n: u32) -> Result<Decimal> {
    u8::try_from(n)
        .ok()
        .and_then(|e| mubiao_model::Scale::from_exponent(e).factor())
        .ok_or(Error::Overflow)
}

/// The scale word and the rest of a unit, as the model splits it (`万套` → 4, `套`).
fn split_scale(text: &str) -> (u8, &str) {
    let (scale, rest) = mubiao_model::strip_scale(text);
    (scale.exponent(), rest)
}

/// The scale word of an exponent produced by [`split_scale`] (for display).
fn scale_word(exponent: u8) -> &'static str {
    match exponent {
        1 => "十",
        2 => "百",
        3 => "千",
        4 => "万",
        5 => "十万",
        6 => "百万",
        7 => "千万",
        8 => "亿",
        9 => "十亿",
        10 => "百亿",
        11 => "千亿",
        12 => "万亿",
        _ => "",
    }
}

impl fmt::Display for Unit {
    /// The unit as written: `亿元`, `万人次`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.exponent > 12 || (self.exponent != 0 && scale_word(self.exponent).is_empty()) {
            write!(f, "×10^{}", self.exponent)?;
        } else {
            f.write_str(scale_word(self.exponent))?;
        }
        f.write_str(self.name())
    }
}

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unit({self})")
    }
}

impl FromStr for Unit {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        Self::parse(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        if text.is_empty() {
            return Ok(Self::NUMBER);
        }
        Self::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A level with its unit: `640亿元`, `1.45万套`.
///
/// ```
/// use mubiao_indicator::{Amount, Unit};
/// use rust_decimal::Decimal;
///
/// // "农民年人均纯收入从0.9万元增长到1.7万元"
/// let income = Amount::parse(Decimal::new(9, 1), "万元")?;
/// assert_eq!(income.to_unit(Unit::YUAN)?.value(), Decimal::from(9000));
/// assert_eq!(income.to_string(), "0.9万元");
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Amount {
    value: Decimal,
    unit: Unit,
}

impl Amount {
    /// `value` in `unit`, as written.
    ///
    /// ```
    /// use mubiao_indicator::{Amount, Unit};
    /// use rust_decimal::Decimal;
    /// let gdp = Amount::new(Decimal::from(640), Unit::YI_YUAN);
    /// assert_eq!(gdp.unit(), Unit::YI_YUAN);
    /// ```
    #[must_use]
    pub const fn new(value: Decimal, unit: Unit) -> Self {
        Self { value, unit }
    }

    /// `value` in the unit written as `unit`: `Amount::parse(640, "亿元")`.
    ///
    /// # Errors
    /// As [`Unit::parse`].
    ///
    /// ```
    /// use mubiao_indicator::Amount;
    /// use rust_decimal::Decimal;
    /// let a = Amount::parse(Decimal::from(537), "亿元")?;
    /// assert_eq!(a.value(), Decimal::from(537));
    /// # Ok::<(), mubiao_indicator::Error>(())
    /// ```
    pub fn parse(value: Decimal, unit: &str) -> Result<Self> {
        Ok(Self::new(value, Unit::parse(unit)?))
    }

    /// The number in the amount's own unit.
    ///
    /// ```
    /// use mubiao_indicator::{Amount, Unit};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Amount::new(Decimal::new(273, 1), Unit::YI_YUAN).value(), Decimal::new(273, 1));
    /// ```
    #[must_use]
    pub const fn value(self) -> Decimal {
        self.value
    }

    /// The unit.
    ///
    /// ```
    /// use mubiao_indicator::{Amount, Unit};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Amount::new(Decimal::ONE, Unit::WAN_YUAN).unit().to_string(), "万元");
    /// ```
    #[must_use]
    pub const fn unit(self) -> Unit {
        self.unit
    }

    /// The same amount in another scale of the same unit: `1.7万元` → `17000元`.
    ///
    /// # Errors
    /// [`Error::CurrencyMismatch`] or [`Error::KindMismatch`] if the units differ in
    /// more than scale; [`Error::Overflow`] beyond the `Decimal` range.
    ///
    /// ```
    /// use mubiao_indicator::{Amount, Error, Unit};
    /// use rust_decimal::Decimal;
    ///
    /// let gdp = Amount::new(Decimal::new(5605, 1), Unit::YI_YUAN);
    /// assert_eq!(gdp.to_unit(Unit::WAN_YI_YUAN)?.value(), Decimal::new(5605, 5));
    /// let usd = Unit::parse("亿美元")?;
    /// assert!(matches!(gdp.to_unit(usd), Err(Error::CurrencyMismatch { .. })));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn to_unit(self, unit: Unit) -> Result<Self> {
        self.unit.compatible(unit)?;
        Ok(Self::new(
            rescale(self.value, self.unit.exponent, unit.exponent)?,
            unit,
        ))
    }
}

/// `value` in units of 10^`from` expressed in units of 10^`to`.
fn rescale(value: Decimal, from: u8, to: u8) -> Result<Decimal> {
    if from >= to {
        value
            .checked_mul(pow10(u32::from(from - to))?)
            .ok_or(Error::Overflow)
    } else {
        value
            .checked_div(pow10(u32::from(to - from))?)
            .ok_or(Error::Overflow)
    }
}

impl fmt::Display for Amount {
    /// `640亿元`; a precision rounds the number by 四舍五入.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::percent::write_value(f, self.value, "")?;
        write!(f, "{}", self.unit)
    }
}

impl From<Decimal> for Amount {
    /// A bare number, [`Unit::NUMBER`].
    fn from(value: Decimal) -> Self {
        Self::new(value, Unit::NUMBER)
    }
}

mod sealed {
    /// Keeps [`super::Level`] to the crate's own types.
    #[allow(unreachable_pub)]
    pub trait Sealed {}
    impl Sealed for rust_decimal::Decimal {}
    impl Sealed for super::Amount {}
}

/// A level: a plain [`Decimal`] (the caller vouches that both sides share a unit) or an
/// [`Amount`] (the crate checks and converts units).
///
/// Functions that take two levels take two of the same type, so a figure in `万元`
/// meets one in `亿元` only through their units:
///
/// ```
/// use mubiao_indicator::{growth_rate, Amount, Percent, Unit};
/// use rust_decimal::Decimal;
///
/// let before = Amount::new(Decimal::from(9000), Unit::YUAN);
/// let after = Amount::new(Decimal::new(99, 2), Unit::WAN_YUAN);
/// assert_eq!(growth_rate(before, after)?, Percent::new(Decimal::from(10)));
/// # Ok::<(), mubiao_indicator::Error>(())
/// ```
///
/// Rates are not levels: a [`Percent`](crate::Percent) cannot be passed where a level is
/// expected, which keeps `12.6 / 12` out of a completion rate.
pub trait Level: Copy + sealed::Sealed {
    /// The number and its unit ([`Unit::NUMBER`] for a plain decimal).
    ///
    /// ```
    /// use mubiao_indicator::{Level, Unit};
    /// use rust_decimal::Decimal;
    /// assert_eq!(Decimal::TEN.parts(), (Decimal::TEN, Unit::NUMBER));
    /// ```
    fn parts(self) -> (Decimal, Unit);

    /// A level of the same type with `value` in `unit`.
    ///
    /// ```
    /// use mubiao_indicator::{Amount, Level, Unit};
    /// use rust_decimal::Decimal;
    /// let a = Amount::from_parts(Decimal::ONE, Unit::YI_YUAN);
    /// assert_eq!(a.to_string(), "1亿元");
    /// ```
    fn from_parts(value: Decimal, unit: Unit) -> Self;
}

impl Level for Decimal {
    fn parts(self) -> (Decimal, Unit) {
        (self, Unit::NUMBER)
    }

    fn from_parts(value: Decimal, _unit: Unit) -> Self {
        value
    }
}

impl Level for Amount {
    fn parts(self) -> (Decimal, Unit) {
        (self.value, self.unit)
    }

    fn from_parts(value: Decimal, unit: Unit) -> Self {
        Self::new(value, unit)
    }
}

/// Two levels as numbers in their common (finer) unit.
pub(crate) fn align<L: Level>(a: L, b: L) -> Result<(Decimal, Decimal, Unit)> {
    let (va, ua) = a.parts();
    let (vb, ub) = b.parts();
    ua.compatible(ub)?;
    let common = ua.exponent.min(ub.exponent);
    Ok((
        rescale(va, ua.exponent, common)?,
        rescale(vb, ub.exponent, common)?,
        ua.with_exponent(common),
    ))
}

/// Two levels as the intervals their written digits stand for, in a common unit.
pub(crate) fn align_stated<L: Level>(a: L, b: L) -> Result<(Interval, Interval)> {
    let (va, ua) = a.parts();
    let (vb, ub) = b.parts();
    ua.compatible(ub)?;
    let common = ua.exponent.min(ub.exponent);
    let scaled = |v: Decimal, from: u8| -> Result<Interval> {
        let i = Interval::stated(v)?;
        Interval::new(
            rescale(i.lo(), from, common)?,
            rescale(i.hi(), from, common)?,
        )
    };
    Ok((scaled(va, ua.exponent)?, scaled(vb, ub.exponent)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn scale_words() {
        for (text, exp, name) in [
            ("元", 0, "元"),
            ("万元", 4, "元"),
            ("十万元", 5, "元"),
            ("百万元", 6, "元"),
            ("千万元", 7, "元"),
            ("亿元", 8, "元"),
            ("十亿元", 9, "元"),
            ("百亿元", 10, "元"),
            ("千亿元", 11, "元"),
            ("万亿元", 12, "元"),
            ("万亿", 12, ""),
            ("千瓦", 0, "千瓦"),
            ("千伏安", 0, "千伏安"),
            ("万千瓦", 4, "千瓦"),
            ("百分比", 0, "百分比"),
            ("十", 0, "十"),
            (" 亿美元 ", 8, "美元"),
        ] {
            let u = Unit::parse(text).unwrap();
            assert_eq!((u.exponent(), u.name()), (exp, name), "{text}");
            assert_eq!(u.to_string(), text.trim(), "{text}");
        }
    }

    #[test]
    fn rates_and_multiples_are_not_units() {
        for text in ["%", "‰", "个百分点", "倍", "番", "", "  ", "万%"] {
            assert_eq!(Unit::parse(text), Err(Error::NotALevelUnit), "{text}");
        }
        assert_eq!(Unit::parse("一二三四五六七八"), Err(Error::UnitTooLong));
        assert_eq!(
            Unit::parse("一二三四五六七").unwrap().name(),
            "一二三四五六七"
        );
    }

    #[test]
    fn kinds_and_mismatches() {
        let ton = Unit::parse("万吨").unwrap();
        let km = Unit::parse("公里").unwrap();
        assert_eq!(ton.kind(), UnitKind::Measure);
        assert_eq!(Unit::parse("万人次").unwrap().kind(), UnitKind::Count);
        assert_eq!(
            ton.compatible(km),
            Err(Error::KindMismatch {
                left: ton,
                right: km
            })
        );
        assert_eq!(
            Unit::YI_YUAN.compatible(Unit::NUMBER),
            Err(Error::KindMismatch {
                left: Unit::YI_YUAN,
                right: Unit::NUMBER
            })
        );
        assert_eq!(Unit::parse("吨").unwrap().compatible(ton), Ok(()));
    }

    #[test]
    fn align_takes_the_finer_scale() {
        let a = Amount::new(d("0.9"), Unit::WAN_YUAN);
        let b = Amount::new(d("17000"), Unit::YUAN);
        assert_eq!(align(a, b).unwrap(), (d("9000"), d("17000"), Unit::YUAN));
        let (ia, ib) = align_stated(a, b).unwrap();
        assert_eq!((ia.lo(), ia.hi()), (d("8500"), d("9500")));
        assert_eq!((ib.lo(), ib.hi()), (d("16999.5"), d("17000.5")));
        let huge = Amount::new(Decimal::MAX, Unit::WAN_YI_YUAN);
        assert_eq!(align(huge, b), Err(Error::Overflow));
    }

    #[test]
    fn to_unit_divides_exactly() {
        let a = Amount::new(d("17000"), Unit::YUAN);
        assert_eq!(a.to_unit(Unit::WAN_YUAN).unwrap().value(), d("1.7"));
        assert_eq!(a.to_string(), "17000元");
        assert_eq!(format!("{:.1}", a), "17000.0元");
    }
}
