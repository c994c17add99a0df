//! Errors of the grammar: a kind and the span where it happened.

use core::fmt;

use mubiao_model::Span;
use nom::Offset;

/// What went wrong.
///
/// ```
/// use mubiao_grammar::{mention::parse_number, ErrorKind};
/// assert_eq!(parse_number("12个").unwrap_err().kind, ErrorKind::TrailingInput);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input does not start with the construct asked for; names what was expected.
    Expected(&'static str),
    /// A nom combinator failed.
    Nom(nom::error::ErrorKind),
    /// A number does not fit a `Decimal` (more than 28 digits).
    Overflow,
    /// Input is left after a construct that should take all of it.
    TrailingInput,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Expected(what) => write!(f, "expected {what}"),
            Self::Nom(kind) => write!(f, "could not read {}", kind.description()),
            Self::Overflow => f.write_str("number too large"),
            Self::TrailingInput => f.write_str("unexpected text after the end"),
        }
    }
}

/// A grammar error: its kind and the span of input it is about.
///
/// ```
/// use mubiao_grammar::{Error, ErrorKind};
/// use mubiao_model::Span;
/// let e = Error::new(ErrorKind::Expected("a number"), Span::new(3, 6));
/// assert_eq!(e.to_string(), "expected a number at bytes 3..6");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{kind} at bytes {}..{}", span.start, span.end)]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where.
    pub span: Span,
}

impl Error {
    /// An error of `kind` at `span`.
    ///
    /// ```
    /// use mubiao_grammar::{Error, ErrorKind};
    /// use mubiao_model::Span;
    /// assert_eq!(Error::new(ErrorKind::Overflow, Span::new(0, 40)).kind, ErrorKind::Overflow);
    /// ```
    #[must_use]
    #[cold]
    pub const fn new(kind: ErrorKind, span: Span) -> Self {
        Self { kind, span }
    }
}

/// The error nom parsers of this crate carry: the input where they failed, so the
/// offset into the whole text is known (`nom::Offset`), and what was expected.
///
/// ```
/// use mubiao_grammar::{ErrorKind, ParseError};
/// let text = "增长12%";
/// let e = ParseError::expected(&text[6..], "a percent sign");
/// assert_eq!(e.to_error(text).span.start, 6);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError<'a> {
    /// The input at the point of failure.
    pub input: &'a str,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl<'a> ParseError<'a> {
    /// "Expected `what`" at `input`.
    ///
    /// ```
    /// use mubiao_grammar::{ErrorKind, ParseError};
    /// assert_eq!(ParseError::expected("x", "a unit").kind, ErrorKind::Expected("a unit"));
    /// ```
    #[must_use]
    #[cold]
    pub const fn expected(input: &'a str, what: &'static str) -> Self {
        Self {
            input,
            kind: ErrorKind::Expected(what),
        }
    }

    /// The error with its span in `whole`, the text `input` is a suffix of. The span
    /// covers the next character of the input (empty at the end).
    ///
    /// ```
    /// use mubiao_grammar::ParseError;
    /// let text = "达到";
    /// assert_eq!(ParseError::expected(&text[3..], "a number").to_error(text).span.end, 6);
    /// ```
    #[must_use]
    pub fn to_error(&self, whole: &str) -> Error {
        let start = if is_suffix(whole, self.input) {
            whole.offset(self.input)
        } else {
            0
        };
        let len = self.input.chars().next().map_or(0, char::len_utf8);
        Error::new(self.kind, Span::new(start, start + len))
    }
}

fn is_suffix(whole: &str, part: &str) -> bool {
    let w = whole.as_ptr() as usize;
    let p = part.as_ptr() as usize;
    p >= w && p + part.len() == w + whole.len()
}

impl<'a> nom::error::ParseError<&'a str> for ParseError<'a> {
    fn from_error_kind(input: &'a str, kind: nom::error::ErrorKind) -> Self {
        Self {
            input,
            kind: ErrorKind::Nom(kind),
        }
    }

    fn append(_: &'a str, _: nom::error::ErrorKind, other: Self) -> Self {
        other
    }
}

impl<'a> nom::error::ContextError<&'a str> for ParseError<'a> {
    fn add_context(input: &'a str, ctx: &'static str, _other: Self) -> Self {
        Self::expected(input, ctx)
    }
}

/// nom's result type with this crate's error.
///
/// ```
/// use mubiao_grammar::{mention::numeral, IResult};
/// let r: IResult<'_, _> = numeral("1.45万套");
/// assert_eq!(r.map(|(rest, _)| rest), Ok("套"));
/// ```
pub type IResult<'a, O> = nom::IResult<&'a str, O, ParseError<'a>>;
