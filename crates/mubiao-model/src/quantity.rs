//! Quantities: a number, its unit and how it is compared (`1000亿元以上`, `控制在4.5%以内`).

use rust_decimal::Decimal;

use crate::Span;

/// How a stated value bounds the real one.
///
/// ```
/// use mubiao_model::Comparator;
/// assert_eq!(Comparator::Ge.as_str(), "ge");
/// assert_eq!(Comparator::Ge.flipped(), Comparator::Le);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Comparator {
    /// Exactly: `城镇化率达到70%`.
    #[default]
    Eq,
    /// At least, the bound included: `以上`, `不低于`, `不少于`, `至少`.
    Ge,
    /// More than: `超过`, `超`, `突破`, `过`, `高于`.
    Gt,
    /// At most, the bound included: `以内`, `以下`, `控制在`, `不超过`, `最多`.
    Le,
    /// Less than: `低于`, `不足`, `不满`.
    Lt,
    /// About: `左右`, `约`.
    Approx,
    /// Between `value` and `upper`: `2-5个`, `10%至12%`.
    Range,
}

impl Comparator {
    /// The lowercase name used in JSON: `eq`, `ge`, `gt`, `le`, `lt`, `approx`, `range`.
    ///
    /// ```
    /// use mubiao_model::Comparator;
    /// assert_eq!(Comparator::Approx.as_str(), "approx");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Eq => "eq",
            Self::Ge => "ge",
            Self::Gt => "gt",
            Self::Le => "le",
            Self::Lt => "lt",
            Self::Approx => "approx",
            Self::Range => "range",
        }
    }

    /// The comparator after the value changes sign, as a decline does:
    /// `下降3.5%以上` is a growth of at most −3.5%.
    ///
    /// ```
    /// use mubiao_model::Comparator;
    /// assert_eq!(Comparator::Gt.flipped(), Comparator::Lt);
    /// assert_eq!(Comparator::Approx.flipped(), Comparator::Approx);
    /// ```
    #[must_use]
    pub const fn flipped(self) -> Self {
        match self {
            Self::Ge => Self::Le,
            Self::Le => Self::Ge,
            Self::Gt => Self::Lt,
            Self::Lt => Self::Gt,
            other => other,
        }
    }
}

/// What a quantity measures, read from its unit.
///
/// ```
/// use mubiao_model::QuantityKind;
/// assert_eq!(QuantityKind::PercentagePoints.as_str(), "percentage_points");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuantityKind {
    /// A bare number: `3万亿`, `一百二十三`.
    Number,
    /// Per cent: `13.5%`, `百分之十三点五`, `三成` (value 30).
    Percent,
    /// Per mille: `6‰`, `千分之六`.
    Permille,
    /// Per ten thousand: `万分之三`.
    Permyriad,
    /// Percentage points, a difference of two rates: `2个百分点`.
    PercentagePoints,
    /// Money: `元`, `万元`, `亿元`, `美元`, `亿美元`.
    Money,
    /// A physical measure: `平方米`, `公里`, `亩`, `吨`, `千伏安`, `标准箱`.
    Measure,
    /// A count of things: `人`, `户`, `家`, `个`, `所`, `套`, `项`, `件`, `天`.
    Count,
    /// A multiple: `3倍`, `翻一番` (2), `翻两番` (4). The text is kept as written.
    Multiple,
    /// An ordinal: `第三次`.
    Ordinal,
}

impl QuantityKind {
    /// The snake-case name used in JSON.
    ///
    /// ```
    /// use mubiao_model::QuantityKind;
    /// assert_eq!(QuantityKind::Money.as_str(), "money");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Number => "number",
            Self::Percent => "percent",
            Self::Permille => "permille",
            Self::Permyriad => "permyriad",
            Self::PercentagePoints => "percentage_points",
            Self::Money => "money",
            Self::Measure => "measure",
            Self::Count => "count",
            Self::Multiple => "multiple",
            Self::Ordinal => "ordinal",
        }
    }
}

/// A power of ten written in front of a unit: `万` in `1.45万套` is 10⁴.
///
/// ```
/// use mubiao_model::Scale;
/// use rust_decimal::Decimal;
/// assert_eq!(Scale::WAN.factor(), Some(Decimal::from(10_000)));
/// assert_eq!(Scale::from_exponent(8), Scale::YI);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Scale {
    exponent: u8,
}

impl Scale {
    /// No scale word.
    pub const ONE: Self = Self { exponent: 0 };
    /// `万`, 10⁴.
    pub const WAN: Self = Self { exponent: 4 };
    /// `亿`, 10⁸.
    pub const YI: Self = Self { exponent: 8 };
    /// `万亿`, 10¹².
    pub const WAN_YI: Self = Self { exponent: 12 };

    /// The scale 10^`exponent`.
    ///
    /// ```
    /// use mubiao_model::Scale;
    /// assert_eq!(Scale::from_exponent(7).exponent(), 7); // 千万
    /// ```
    #[must_use]
    pub const fn from_exponent(exponent: u8) -> Self {
        Self { exponent }
    }

    /// The power of ten.
    ///
    /// ```
    /// use mubiao_model::Scale;
    /// assert_eq!(Scale::WAN_YI.exponent(), 12);
    /// ```
    #[must_use]
    pub const fn exponent(self) -> u8 {
        self.exponent
    }

    /// 10^exponent as a decimal; `None` beyond what a `Decimal` holds (10²⁸).
    ///
    /// ```
    /// use mubiao_model::Scale;
    /// use rust_decimal::Decimal;
    /// assert_eq!(Scale::ONE.factor(), Some(Decimal::ONE));
    /// assert_eq!(Scale::from_exponent(40).factor(), None);
    /// ```
    #[must_use]
    pub fn factor(self) -> Option<Decimal> {
        let mut f = Decimal::ONE;
        for _ in 0..self.exponent {
            f = f.checked_mul(Decimal::TEN)?;
        }
        Some(f)
    }
}

/// A number with its unit and comparator, as the text states it.
///
/// `value` and `upper` are in the unit as written: `1.45万套` has value `1.45`, unit
/// `万套` and scale [`Scale::WAN`]; [`Quantity::folded`] gives `14500` and
/// [`Quantity::base_unit`] gives `套`.
///
/// ```
/// use mubiao_model::{Comparator, Quantity, QuantityKind, Scale, Span};
/// use rust_decimal::Decimal;
///
/// // "新开工保障性住房1.45万套"
/// let q = Quantity::new(QuantityKind::Count, Decimal::new(145, 2), "万套", Span::new(24, 35))
///     .with_scale(Scale::WAN);
/// assert_eq!(q.folded(), Some(Decimal::from(14_500)));
/// assert_eq!(q.base_unit(), "套");
/// assert_eq!(q.comparator, Comparator::Eq);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// What it measures.
    pub kind: QuantityKind,
    /// The value in the unit as written; for a range, its lower end.
    pub value: Decimal,
    /// The upper end of a range (`2-5个` → 5), else `None`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub upper: Option<Decimal>,
    /// The unit as written, scale word included: `万套`, `亿元`, `%`, `个百分点`, `倍`;
    /// empty for a bare number.
    pub unit: String,
    /// The scale word at the head of `unit` (`万` of `万套`), [`Scale::ONE`] if none.
    #[cfg_attr(feature = "serde", serde(default))]
    pub scale: Scale,
    /// How the value bounds the real one.
    #[cfg_attr(feature = "serde", serde(default))]
    pub comparator: Comparator,
    /// The whole quantity with its comparator words: `控制在4.5%以内`.
    pub span: Span,
}

impl Quantity {
    /// A quantity compared with [`Comparator::Eq`], no scale, no upper bound.
    ///
    /// ```
    /// use mubiao_model::{Quantity, QuantityKind, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Percent, Decimal::new(126, 1), "%", Span::new(0, 5));
    /// assert_eq!(q.value.to_string(), "12.6");
    /// ```
    #[must_use]
    pub fn new(kind: QuantityKind, value: Decimal, unit: impl Into<String>, span: Span) -> Self {
        Self {
            kind,
            value,
            upper: None,
            unit: unit.into(),
            scale: Scale::ONE,
            comparator: Comparator::Eq,
            span,
        }
    }

    /// The same quantity with a scale word at the head of its unit.
    ///
    /// ```
    /// use mubiao_model::{Quantity, QuantityKind, Scale, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Money, Decimal::from(640), "亿元", Span::new(0, 9)).with_scale(Scale::YI);
    /// assert_eq!(q.base_unit(), "元");
    /// ```
    #[must_use]
    pub fn with_scale(mut self, scale: Scale) -> Self {
        self.scale = scale;
        self
    }

    /// The same quantity with another comparator.
    ///
    /// ```
    /// use mubiao_model::{Comparator, Quantity, QuantityKind, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Percent, Decimal::from(12), "%", Span::new(0, 9))
    ///     .with_comparator(Comparator::Ge); // 12%以上
    /// assert_eq!(q.comparator, Comparator::Ge);
    /// ```
    #[must_use]
    pub fn with_comparator(mut self, comparator: Comparator) -> Self {
        self.comparator = comparator;
        self
    }

    /// The same quantity as a range from `value` to `upper`.
    ///
    /// ```
    /// use mubiao_model::{Comparator, Quantity, QuantityKind, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Count, Decimal::from(2), "个", Span::new(0, 6))
    ///     .with_upper(Decimal::from(5)); // 2-5个
    /// assert_eq!(q.comparator, Comparator::Range);
    /// ```
    #[must_use]
    pub fn with_upper(mut self, upper: Decimal) -> Self {
        self.upper = Some(upper);
        self.comparator = Comparator::Range;
        self
    }

    /// The value with the scale folded in (`1.45万套` → `14500`), `None` on overflow.
    ///
    /// ```
    /// use mubiao_model::{Quantity, QuantityKind, Scale, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Number, Decimal::from(3), "万亿", Span::new(0, 7)).with_scale(Scale::WAN_YI);
    /// assert_eq!(q.folded(), Some(Decimal::from(3_000_000_000_000_u64)));
    /// ```
    #[must_use]
    pub fn folded(&self) -> Option<Decimal> {
        self.value.checked_mul(self.scale.factor()?)
    }

    /// The upper bound with the scale folded in.
    ///
    /// ```
    /// use mubiao_model::{Quantity, QuantityKind, Scale, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Money, Decimal::from(1), "万元", Span::new(0, 9))
    ///     .with_scale(Scale::WAN).with_upper(Decimal::from(2));
    /// assert_eq!(q.folded_upper(), Some(Decimal::from(20_000)));
    /// ```
    #[must_use]
    pub fn folded_upper(&self) -> Option<Decimal> {
        self.upper?.checked_mul(self.scale.factor()?)
    }

    /// The unit without its scale word: `套` for `万套`, `元` for `亿元`.
    ///
    /// ```
    /// use mubiao_model::{Quantity, QuantityKind, Span};
    /// use rust_decimal::Decimal;
    /// let q = Quantity::new(QuantityKind::Percent, Decimal::from(4), "%", Span::new(0, 2));
    /// assert_eq!(q.base_unit(), "%");
    /// ```
    #[must_use]
    pub fn base_unit(&self) -> &str {
        strip_scale(&self.unit).1
    }
}

/// Splits a unit as written into its scale word and the rest: `万套` → (10⁴, `套`).
/// Scale words are 万, 亿, 万亿, and 十/百/千 in front of 万 or 亿 (十万, 千万, 百亿);
/// a lone 千 belongs to the unit (`千瓦`, `千伏安`). A unit that is only a scale word
/// (`3万亿`) leaves an empty base unit.
///
/// ```
/// use mubiao_model::{strip_scale, Scale};
/// assert_eq!(strip_scale("亿美元"), (Scale::YI, "美元"));
/// assert_eq!(strip_scale("千万元"), (Scale::from_exponent(7), "元"));
/// assert_eq!(strip_scale("万亿"), (Scale::WAN_YI, ""));
/// assert_eq!(strip_scale("千瓦"), (Scale::ONE, "千瓦"));
/// assert_eq!(strip_scale("%"), (Scale::ONE, "%"));
/// ```
#[must_use]
pub fn strip_scale(unit: &str) -> (Scale, &str) {
    fn big(c: char) -> Option<u8> {
        match c {
            '万' => Some(4),
            '亿' => Some(8),
            _ => None,
        }
    }
    let mut chars = unit.chars();
    let Some(first) = chars.next() else {
        return (Scale::ONE, unit);
    };
    let small = match first {
        '十' => Some(1),
        '百' => Some(2),
        '千' => Some(3),
        _ => None,
    };
    let (mut exponent, mut rest) = match (small, big(first)) {
        (Some(s), _) => {
            let after = chars.as_str();
            let mut next = after.chars();
            match next.next().and_then(big) {
                Some(b) => (s + b, next.as_str()),
                None => return (Scale::ONE, unit),
            }
        }
        (None, Some(b)) => (b, chars.as_str()),
        (None, None) => return (Scale::ONE, unit),
    };
    if let (4, Some(r)) = (exponent, rest.strip_prefix('亿')) {
        exponent = 12;
        rest = r;
    }
    (Scale::from_exponent(exponent), rest)
}
