//! The outline: numbered headings as the document writes them.

use crate::Span;

/// A numbering style, as official documents and published pages write it. Levels of
/// an outline follow the order in which a document first uses its styles; these are
/// only the shapes.
///
/// ```
/// use mubiao_model::MarkerStyle;
/// assert_eq!(MarkerStyle::ChineseParen.example(), "(一)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MarkerStyle {
    /// `第一部分`
    Part,
    /// `第一章`
    Chapter,
    /// `第一节`
    Section,
    /// `第一条`
    Article,
    /// `一、` (also `一.` and `一．`)
    Chinese,
    /// `(一)` or `（一）`
    ChineseParen,
    /// `1、`, `1.` or `1．`
    Arabic,
    /// `(1)` or `（1）`
    ArabicParen,
    /// `1)` or `1）`
    ArabicHalfParen,
    /// `①` … `⑳`
    Circled,
    /// `——` at the start of a line, as in `——过去五年,始终以转变发展方式为主线`
    Dash,
    /// A run-in enumeration inside a paragraph: `一是…;二是…`
    RunIn,
}

impl MarkerStyle {
    /// The snake-case name used in JSON: `chinese`, `chinese_paren`, `arabic`, ….
    ///
    /// ```
    /// use mubiao_model::MarkerStyle;
    /// assert_eq!(MarkerStyle::ChineseParen.as_str(), "chinese_paren");
    /// assert_eq!("run_in".parse::<MarkerStyle>(), Ok(MarkerStyle::RunIn));
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Part => "part",
            Self::Chapter => "chapter",
            Self::Section => "section",
            Self::Article => "article",
            Self::Chinese => "chinese",
            Self::ChineseParen => "chinese_paren",
            Self::Arabic => "arabic",
            Self::ArabicParen => "arabic_paren",
            Self::ArabicHalfParen => "arabic_half_paren",
            Self::Circled => "circled",
            Self::Dash => "dash",
            Self::RunIn => "run_in",
        }
    }

    /// The first marker of the style, as written.
    ///
    /// ```
    /// use mubiao_model::MarkerStyle;
    /// assert_eq!(MarkerStyle::Circled.example(), "①");
    /// ```
    #[must_use]
    pub const fn example(self) -> &'static str {
        match self {
            Self::Part => "第一部分",
            Self::Chapter => "第一章",
            Self::Section => "第一节",
            Self::Article => "第一条",
            Self::Chinese => "一、",
            Self::ChineseParen => "(一)",
            Self::Arabic => "1、",
            Self::ArabicParen => "(1)",
            Self::ArabicHalfParen => "1)",
            Self::Circled => "①",
            Self::Dash => "——",
            Self::RunIn => "一是",
        }
    }
}

/// A numbered heading and the headings under it.
///
/// ```
/// use mubiao_model::{MarkerStyle, Section, Span};
///
/// // "(一)调整优化存量"
/// let s = Section::new(2, "(一)", MarkerStyle::ChineseParen, 1, "调整优化存量", Span::new(100, 124));
/// assert_eq!(s.label, "(一)");
/// assert!(s.children.is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Section {
    /// Depth in the outline, 1 for the outermost headings.
    pub level: u8,
    /// The marker as written, without a trailing `、`/`.`/`．`: `二`, `(一)`, `（一）`, `1`.
    pub label: String,
    /// The numbering style of the marker.
    pub style: MarkerStyle,
    /// The number the marker stands for: 2 for `二、`, 1 for `(一)`, 0 for `——`.
    pub ordinal: u32,
    /// The heading text after the marker, up to the end of its line or sentence.
    pub title: String,
    /// The heading: marker and title.
    pub span: Span,
    /// Headings one level down, in document order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub children: Vec<Self>,
}

impl Section {
    /// A heading with no children.
    ///
    /// ```
    /// use mubiao_model::{MarkerStyle, Section, Span};
    /// let s = Section::new(1, "一", MarkerStyle::Chinese, 1, "加快产业转型", Span::new(0, 24));
    /// assert_eq!(s.ordinal, 1);
    /// ```
    #[must_use]
    pub fn new(
        level: u8,
        label: impl Into<String>,
        style: MarkerStyle,
        ordinal: u32,
        title: impl Into<String>,
        span: Span,
    ) -> Self {
        Self {
            level,
            label: label.into(),
            style,
            ordinal,
            title: title.into(),
            span,
            children: Vec::new(),
        }
    }
}
