//! Problems found while reading a document: reported, never fatal.

use core::fmt;

use crate::Span;

/// How much a diagnostic matters.
///
/// ```
/// use mubiao_model::Severity;
/// assert!(Severity::Error > Severity::Warning);
/// assert_eq!(Severity::Info.to_string(), "info");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Severity {
    /// Worth knowing; the result is as the text says.
    Info,
    /// The text is irregular and the result may not be what its author meant.
    Warning,
    /// Part of the text could not be read into the model.
    Error,
}

/// What a diagnostic is about. Serialised in kebab case (`numbering-gap`).
///
/// ```
/// use mubiao_model::Code;
/// assert_eq!(Code::UnclosedParen.to_string(), "unclosed-paren");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Code {
    /// A numbered item skips numbers: `5、` followed by `7、`.
    NumberingGap,
    /// A numbered item repeats or goes back: `5、` followed by `5、`.
    NumberingRepeat,
    /// A list starts again at its first number, as an attachment often does.
    NumberingRestart,
    /// An opening parenthesis `(`/`（` with no closing one before the line ends.
    UnclosedParen,
    /// A duty block names no unit: `(责任单位:)`.
    EmptyDuty,
    /// A duty block names units the parser could not split cleanly.
    UnclearUnit,
    /// The outline nests deeper than the parser follows.
    NestingTooDeep,
    /// A date that does not exist (`2月30日`) or cannot be resolved.
    InvalidDate,
    /// A statement of the report's own arithmetic that its numbers do not bear out.
    InconsistentClaim,
    /// A statement of the report's own arithmetic that its numbers bear out.
    ConsistentClaim,
    /// A claim that cannot be checked from the text (different price bases, say).
    UncheckableClaim,
}

impl Code {
    /// The kebab-case name used in JSON and in rendered messages.
    ///
    /// ```
    /// use mubiao_model::Code;
    /// assert_eq!(Code::NumberingGap.as_str(), "numbering-gap");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NumberingGap => "numbering-gap",
            Self::NumberingRepeat => "numbering-repeat",
            Self::NumberingRestart => "numbering-restart",
            Self::UnclosedParen => "unclosed-paren",
            Self::EmptyDuty => "empty-duty",
            Self::UnclearUnit => "unclear-unit",
            Self::NestingTooDeep => "nesting-too-deep",
            Self::InvalidDate => "invalid-date",
            Self::InconsistentClaim => "inconsistent-claim",
            Self::ConsistentClaim => "consistent-claim",
            Self::UncheckableClaim => "uncheckable-claim",
        }
    }

    /// Whether the code reports a check of the document's own arithmetic
    /// (consistent, inconsistent or uncheckable claims) rather than a problem of reading.
    ///
    /// ```
    /// use mubiao_model::Code;
    /// assert!(Code::ConsistentClaim.is_claim_check());
    /// assert!(!Code::UnclosedParen.is_claim_check());
    /// ```
    #[must_use]
    pub const fn is_claim_check(self) -> bool {
        matches!(
            self,
            Self::ConsistentClaim | Self::InconsistentClaim | Self::UncheckableClaim
        )
    }
}

/// One problem, with where it is.
///
/// ```
/// use mubiao_model::{Code, Diagnostic, Severity, Span};
///
/// let text = "5、加快发展。\n7、扩大开放。";
/// let d = Diagnostic::new(Severity::Warning, Code::NumberingGap, "6 is missing", Span::new(20, 24));
/// let shown = d.render(text).to_string();
/// assert!(shown.starts_with("2:1: warning[numbering-gap]: 6 is missing"));
/// assert!(shown.ends_with("^^^"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Diagnostic {
    /// How much it matters.
    pub severity: Severity,
    /// What it is about.
    pub code: Code,
    /// A sentence for people.
    pub message: String,
    /// The text it is about.
    pub span: Span,
}

impl Diagnostic {
    /// A diagnostic.
    ///
    /// ```
    /// use mubiao_model::{Code, Diagnostic, Severity, Span};
    /// let d = Diagnostic::new(Severity::Error, Code::UnclosedParen, "`(` is not closed", Span::new(3, 6));
    /// assert_eq!(d.code, Code::UnclosedParen);
    /// ```
    #[must_use]
    pub fn new(severity: Severity, code: Code, message: impl Into<String>, span: Span) -> Self {
        Self {
            severity,
            code,
            message: message.into(),
            span,
        }
    }

    /// Shows the diagnostic against its source text: `line:column: severity[code]:
    /// message`, the line, and a caret under the span. Columns count characters;
    /// carets use display width, two columns for a CJK character.
    ///
    /// ```
    /// use mubiao_model::{Code, Diagnostic, Severity, Span};
    /// let d = Diagnostic::new(Severity::Warning, Code::EmptyDuty, "no unit", Span::new(0, 6));
    /// assert_eq!(d.render("责任单位").to_string(), "1:1: warning[empty-duty]: no unit\n责任单位\n^^^^");
    /// ```
    #[must_use]
    pub fn render<'a>(&'a self, source: &'a str) -> Rendered<'a> {
        Rendered {
            diagnostic: self,
            source,
        }
    }
}

impl Severity {
    /// The lowercase name used in JSON: `info`, `warning`, `error`.
    ///
    /// ```
    /// use mubiao_model::Severity;
    /// assert_eq!(Severity::Warning.as_str(), "warning");
    /// assert_eq!("error".parse::<Severity>(), Ok(Severity::Error));
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// A [`Diagnostic`] shown against its source; see [`Diagnostic::render`].
///
/// ```
/// use mubiao_model::{Code, Diagnostic, Severity, Span};
/// let d = Diagnostic::new(Severity::Info, Code::NumberingRestart, "starts again", Span::new(0, 3));
/// assert!(d.render("一、").to_string().starts_with("1:1: info[numbering-restart]"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Rendered<'a> {
    diagnostic: &'a Diagnostic,
    source: &'a str,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diagnostic;
        let start = floor_char_boundary(self.source, d.span.start);
        let end = floor_char_boundary(self.source, d.span.end.max(start));
        let before = self.source.get(..start).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_no = before.matches('\n').count() + 1;
        let rest = self.source.get(line_start..).unwrap_or_default();
        let line = rest.split(['\n', '\r']).next().unwrap_or_default();
        let prefix = self.source.get(line_start..start).unwrap_or_default();
        let column = prefix.chars().count() + 1;
        write!(
            f,
            "{line_no}:{column}: {}[{}]: {}\n{line}\n",
            d.severity, d.code, d.message
        )?;
        let pad: usize = prefix.chars().map(display_width).sum();
        let line_end = line_start + line.len();
        let marked = self
            .source
            .get(start..end.min(line_end))
            .unwrap_or_default();
        let carets: usize = marked.chars().map(display_width).sum::<usize>().max(1);
        write!(f, "{:pad$}{}", "", "^".repeat(carets))
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Terminal columns a string takes, by [`display_width`] of each character.
///
/// ```
/// use mubiao_model::display_width_of;
/// assert_eq!(display_width_of("市发改委 2"), 10);
/// ```
#[must_use]
pub fn display_width_of(s: &str) -> usize {
    s.chars().map(display_width).sum()
}

/// Terminal columns a character takes: 2 for East Asian wide and full-width
/// characters, 0 for combining marks and controls, 1 otherwise.
///
/// ```
/// use mubiao_model::display_width;
/// assert_eq!(display_width('市'), 2);
/// assert_eq!(display_width('（'), 2);
/// assert_eq!(display_width('a'), 1);
/// ```
#[must_use]
pub const fn display_width(c: char) -> usize {
    let cp = c as u32;
    if cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370) || cp == 0x200b {
        0
    } else if (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0x303e)
        || (cp >= 0x3041 && cp <= 0x33ff)
        || (cp >= 0x3400 && cp <= 0x4dbf)
        || (cp >= 0x4e00 && cp <= 0x9fff)
        || (cp >= 0xa000 && cp <= 0xa4cf)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x20000 && cp <= 0x3fffd)
    {
        2
    } else {
        1
    }
}
