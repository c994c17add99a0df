//! Numbers as the genre writes them: Arabic (`1,234.5`, `１２`, `.5`, `2e5`, `40k`),
//! Chinese (`一百二十三`, `两千`, `十二`, `廿`, `〇`, `十三点五`, `壹贰叁`), and both mixed
//! with scale words (`1.45万`, `3万亿`, `2千万`, `百亿`, `5万4千6百`), signed (`负3.9`),
//! approximate (`500余万`, `十多`, `二十几万`).
//!
//! ```
//! use mubiao_grammar::mention::{numeral, parse_number, to_chinese, Script};
//! use mubiao_model::{Decimal, Scale};
//!
//! let n = parse_number("1.45万")?;
//! assert_eq!((n.value, n.scale), (Decimal::new(145, 2), Scale::WAN));
//!
//! let n = parse_number("一千两百三十四万")?;
//! assert_eq!((n.value, n.scale, n.script), (Decimal::from(1234), Scale::WAN, Script::Chinese));
//!
//! // nom style: the numeral and the rest
//! let Ok((rest, n)) = numeral("1.45万套") else { unreachable!() };
//! assert_eq!((n.folded(), rest), (Some(Decimal::from(14_500)), "套"));
//!
//! assert_eq!(to_chinese(100_010), "十万零一十");
//! # Ok::<(), mubiao_grammar::Error>(())
//! ```
//!
//! # Layout
//! - [`token`]: the characters of a numeral, as rows.
//! - [`arabic`]: a run of Arabic digits.
//! - [`state`] and [`scan`](mod@scan): the scanner, one pass over the tokens of a numeral.
//! - [`render`]: numbers in Chinese numerals ([`to_chinese`]).
//!
//! The grammar never reads a number out of a word: `numeral` stops where the numeral
//! ends and leaves the decision to the caller, which sees what follows (`十二五` stops
//! after `十二` with `五` next, which [`quantities`](crate::mention::quantities) takes
//! as a name, not a number).

mod arabic;
mod render;
mod scan;
mod state;
mod token;

use mubiao_model::{Decimal, Scale, Span};

use crate::error::{Error, ErrorKind, IResult, ParseError};

pub use render::to_chinese;
pub(crate) use scan::{scan, starts_numeral_at};
pub(crate) use state::pow10;
pub(crate) use token::{STARTS, is_numeral_token, numeral_chars};
pub use token::{chinese_digit, is_numeral_char};

/// How the digits of a numeral are written.
///
/// ```
/// use mubiao_grammar::mention::{parse_number, Script};
/// assert_eq!(parse_number("12万")?.script, Script::Arabic);
/// assert_eq!(parse_number("十二万")?.script, Script::Chinese);
/// assert_eq!(parse_number("5万4千6百")?.script, Script::Mixed);
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Script {
    /// Arabic digits, ASCII or full-width, scale words aside: `1.45万`, `１２`.
    Arabic,
    /// Chinese numerals only: `一百二十三`, `壹佰`, `〇`.
    Chinese,
    /// Both: `5万4千6百`, `1千零1`.
    Mixed,
}

/// A number read from the text.
///
/// `value` is in front of `scale`, the scale word the numeral ends with as written
/// (`万`, `亿`, `万亿`): `1.45万` is `1.45` × [`Scale::WAN`]. Scale words inside the numeral
/// (`四十五亿四千零四万`), in traditional script (`萬`, `億`), `兆`, `k` and `万万` are folded
/// into the value of the smallest one written last, so [`Numeral::folded`] is always
/// `value × scale`.
///
/// ```
/// use mubiao_grammar::mention::parse_number;
/// use mubiao_model::{Decimal, Scale};
/// let n = parse_number("四十五亿四千零四万")?;
/// assert_eq!((n.value, n.scale), (Decimal::from(454_004), Scale::WAN));
/// assert_eq!(n.folded(), Some(Decimal::from(4_540_040_000_u64)));
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Numeral {
    /// The value in front of the scale word; Arabic digits keep their written
    /// decimals (`4.800` stays `4.800`), computed values are normalised.
    pub value: Decimal,
    /// The trailing scale word as written: `万`, `亿`, `万亿`, or none.
    pub scale: Scale,
    /// The numeral says "more than" or "some": `500余万`, `十多`, `二十几万`, `四百多`.
    pub approximate: bool,
    /// How the digits are written.
    pub script: Script,
}

impl Numeral {
    /// The value with the scale folded in, `None` on overflow.
    ///
    /// ```
    /// use mubiao_grammar::mention::parse_number;
    /// use mubiao_model::Decimal;
    /// assert_eq!(parse_number("3万亿")?.folded(), Some(Decimal::from(3_000_000_000_000_u64)));
    /// # Ok::<(), mubiao_grammar::Error>(())
    /// ```
    #[must_use]
    pub fn folded(&self) -> Option<Decimal> {
        self.value.checked_mul(self.scale.factor()?)
    }
}

/// Parses a numeral at the start of `input`: an optional sign (`-`, `－`, `负`), then
/// Arabic digits, Chinese numerals or both, with scale words. Spaces may stand between
/// the parts of a Chinese numeral (`一百 五 十 二`, `7 万5 千4 百`), never inside a run of
/// Arabic digits.
///
/// It reads as far as the numeral is well formed and leaves the rest: `五十千` gives
/// 50 and leaves `千`; `两两` gives 2 and leaves `两`; a `千`/`兆` that begins a unit
/// (`千米`, `千瓦`, `兆瓦`) is left to the unit.
///
/// # Errors
/// [`ErrorKind::Expected`] when `input` does not start with a numeral,
/// [`ErrorKind::Overflow`] when it does not fit a `Decimal`.
///
/// ```
/// use mubiao_grammar::mention::numeral;
/// use mubiao_model::Decimal;
/// let value = |s| numeral(s).map(|(_, n)| n.value).ok();
/// assert_eq!(value("负3.9%"), Some(Decimal::new(-39, 1)));
/// assert_eq!(value("两千四百五"), Some(Decimal::from(2450)));
/// assert_eq!(numeral("50万千瓦").map(|(rest, _)| rest), Ok("千瓦"));
/// assert!(numeral("增长").is_err());
/// ```
pub fn numeral(input: &str) -> IResult<'_, Numeral> {
    match scan(input, 0, Config::default()) {
        Ok(Some(r)) => Ok((input.get(r.end..).unwrap_or(""), r.numeral)),
        Ok(None) => Err(nom::Err::Error(ParseError::expected(input, "a number"))),
        Err(at) => Err(nom::Err::Error(ParseError {
            input: input.get(at..).unwrap_or(""),
            kind: ErrorKind::Overflow,
        })),
    }
}

/// Reads `text` (spaces around it allowed) as one numeral.
///
/// # Errors
/// [`ErrorKind::Expected`] where `text` does not start with a numeral,
/// [`ErrorKind::TrailingInput`] where more follows it, [`ErrorKind::Overflow`] where it
/// does not fit a `Decimal`; each with the span it is about.
///
/// ```
/// use mubiao_grammar::mention::parse_number;
/// use mubiao_grammar::ErrorKind;
/// use mubiao_model::Decimal;
/// assert_eq!(parse_number(" 十三点五 ")?.value, Decimal::new(135, 1));
/// assert_eq!(parse_number("12个").unwrap_err().kind, ErrorKind::TrailingInput);
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
pub fn parse_number(text: &str) -> Result<Numeral, Error> {
    let (t, front) = crate::text::trim(text);
    let end = front + t.len();
    let first = Span::new(front, front + t.chars().next().map_or(0, char::len_utf8));
    match scan(text, front, Config::default()) {
        Ok(Some(r)) if r.end == end => Ok(r.numeral),
        Ok(Some(r)) => Err(Error::new(ErrorKind::TrailingInput, Span::new(r.end, end))),
        Ok(None) => Err(Error::new(ErrorKind::Expected("a number"), first)),
        Err(_) => Err(Error::new(ErrorKind::Overflow, Span::new(front, end))),
    }
}

/// Options of the internal scanner.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Config {
    /// Accept `12. 2` (a decimal point followed by a space, as PDF extraction leaves it).
    pub(crate) spaced_point: bool,
    /// Do not read a sign.
    pub(crate) unsigned: bool,
}

impl Config {
    /// No sign read: the numeral after a word (`第三`, `翻两番`, `$20`) or a dash.
    pub(crate) const UNSIGNED: Self = Self {
        spaced_point: false,
        unsigned: true,
    };
}

/// A numeral and where it ends.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scanned {
    pub(crate) numeral: Numeral,
    /// Byte offset after the numeral.
    pub(crate) end: usize,
    /// Byte offset where the digits start (after a sign).
    pub(crate) digits_start: usize,
    /// The numeral is one Chinese character (`一`, `十`, `两`, `百`).
    pub(crate) lone: bool,
    /// The numeral has only Arabic digits and no scale word, no sign, no suffix.
    pub(crate) plain_integer: bool,
    /// Number of Arabic integer digits (for a plain number).
    pub(crate) int_digits: u32,
    /// The Arabic digits have a leading zero (`07`, `0710`).
    pub(crate) leading_zero: bool,
}
