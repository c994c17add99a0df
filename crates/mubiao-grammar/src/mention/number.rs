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
//! The grammar never reads a number out of a word: `numeral` stops where the numeral
//! ends and leaves the decision to the caller, which sees what follows (`十二五` stops
//! after `十二` with `五` next, which [`quantities`](crate::mention::quantities) takes
//! as a name, not a number).

use mubiao_model::{Decimal, Scale};

use mubiao_model::Span;

use crate::error::{Error, ErrorKind, IResult, ParseError};
use crate::text::CharSet;

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

/// The value of a Chinese digit character: `零〇` 0 … `九玖` 9 (not `两`).
///
/// ```
/// use mubiao_grammar::mention::chinese_digit;
/// assert_eq!(chinese_digit('陆'), Some(6));
/// assert_eq!(chinese_digit('〇'), Some(0));
/// assert_eq!(chinese_digit('两'), None);
/// ```
#[must_use]
pub const fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' | '○' => 0,
        '一' | '壹' | '弌' => 1,
        '二' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '弎' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral: digits, `两`, `十百千`, `廿卅`, `万亿兆`.
///
/// ```
/// use mubiao_grammar::mention::is_numeral_char;
/// assert!(is_numeral_char('廿'));
/// assert!(!is_numeral_char('年'));
/// ```
#[must_use]
pub const fn is_numeral_char(c: char) -> bool {
    chinese_digit(c).is_some() || tok(c).is_some()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Digit(u32),
    Liang,
    Place(u32),
    Tens(u32),
    Myriad(u32, bool),
    Point,
    Approx,
    Ji,
    Arabic,
}

/// Chinese numeral tokens other than digits (and `两`).
const fn tok(c: char) -> Option<Tok> {
    Some(match c {
        '两' | '兩' | '倆' => Tok::Liang,
        '十' | '拾' => Tok::Place(1),
        '百' | '佰' => Tok::Place(2),
        '千' | '仟' => Tok::Place(3),
        '廿' => Tok::Tens(2),
        '卅' => Tok::Tens(3),
        '卌' => Tok::Tens(4),
        '万' => Tok::Myriad(4, true),
        '萬' => Tok::Myriad(4, false),
        '亿' => Tok::Myriad(8, true),
        '億' => Tok::Myriad(8, false),
        '兆' => Tok::Myriad(12, false),
        _ => return None,
    })
}

/// The characters [`classify`] gives a token: one lookup answers for the other
/// characters, which are most of those it is asked about.
static TOKEN_CHARS: CharSet = CharSet::of(&[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６',
    '７', '８', '９', '零', '〇', '○', '一', '壹', '弌', '二', '贰', '貳', '弍', '三', '叁', '參',
    '弎', '四', '肆', '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖', '点', '點',
    '多', '余', '餘', '来', '几', '幾', '两', '兩', '倆', '十', '拾', '百', '佰', '千', '仟', '廿',
    '卅', '卌', '万', '萬', '亿', '億', '兆',
]);

fn classify(c: char) -> Option<Tok> {
    if !TOKEN_CHARS.contains(c) {
        return None;
    }
    if crate::text::digit_value(c).is_some() {
        return Some(Tok::Arabic);
    }
    if let Some(d) = chinese_digit(c) {
        return Some(Tok::Digit(d));
    }
    match c {
        '点' | '點' => Some(Tok::Point),
        '多' | '余' | '餘' | '来' => Some(Tok::Approx),
        '几' | '幾' => Some(Tok::Ji),
        _ => tok(c),
    }
}

/// Whether `c` can be part of a numeral as [`scan`] reads it (Arabic and Chinese digits,
/// places, scale words, `点`, `多余来几`).
pub(crate) fn is_numeral_token(c: char) -> bool {
    classify(c).is_some()
}

/// Units that take an SI prefix written `千` (kilo) or `兆` (mega): `千米`, `千瓦`, `兆瓦`.
const PREFIXED: &[&str] = &[
    "米", "克", "瓦", "伏", "赫", "焦", "帕", "比特", "字节", "卡", "欧", "安培", "牛",
];

fn starts_prefixed_unit(rest: &str) -> bool {
    PREFIXED.iter().any(|u| rest.starts_with(u))
}

pub(crate) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..)?.chars().next()
}

pub(crate) fn skip_spaces(s: &str, mut pos: usize) -> usize {
    // a byte test first: most calls stand before a character that is no space
    while s.as_bytes().get(pos).copied().is_some_and(may_begin_space) {
        match char_at(s, pos) {
            Some(c) if crate::text::is_space(c) => pos += c.len_utf8(),
            _ => break,
        }
    }
    pos
}

/// Whether a character of [`is_space`](crate::text::is_space) may begin with byte `b`:
/// ASCII space, tab and `\r`, or the lead byte of U+00A0, U+2002/U+2003, U+3000, U+FEFF.
const fn may_begin_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | 0xC2 | 0xE2 | 0xE3 | 0xEF)
}

fn pow10(e: u32) -> Option<Decimal> {
    let p = 10_i128.checked_pow(e)?;
    Decimal::try_from_i128_with_scale(p, 0).ok()
}

/// An Arabic run: digits with optional thousands separators and decimals.
#[derive(Clone, Copy, Debug)]
struct Run {
    value: Decimal,
    end: usize,
    int_digits: u32,
    frac_digits: u32,
    leading_zero: bool,
    separators: bool,
}

/// The ASCII or full-width digit at byte `pos` and its length, read from the bytes
/// (`char_at` and [`digit_value`](crate::text::digit_value), without the decoding).
fn digit_at(s: &str, pos: usize) -> Option<(u32, usize)> {
    match *s.as_bytes().get(pos..)? {
        [b @ b'0'..=b'9', ..] => Some((u32::from(b - b'0'), 1)),
        // ０-９: U+FF10-U+FF19
        [0xEF, 0xBC, b @ 0x90..=0x99, ..] => Some((u32::from(b - 0x90), 3)),
        _ => None,
    }
}

/// Reads Arabic digits at `pos`. `Err(pos)` on overflow.
fn arabic_run(s: &str, start: usize, cfg: Config) -> Result<Option<Run>, usize> {
    let mut pos = start;
    let mut mant: i128 = 0;
    let mut sig: u32 = 0;
    let mut int_digits = 0_u32;
    let mut frac_digits = 0_u32;
    let mut group = 0_u32; // digits since the last separator
    let mut separators = false;
    let mut first_digit = None;
    let push = |mant: &mut i128, sig: &mut u32, d: u32| -> Result<(), ()> {
        if *mant != 0 || d != 0 {
            *sig += 1;
        }
        if *sig > 28 {
            return Err(());
        }
        // at most 28 significant digits: below 10^28, far from i128::MAX
        *mant = *mant * 10 + i128::from(d);
        Ok(())
    };
    loop {
        if let Some((d, len)) = digit_at(s, pos) {
            if first_digit.is_none() {
                first_digit = Some(d);
            }
            push(&mut mant, &mut sig, d).map_err(|()| start)?;
            int_digits += 1;
            group += 1;
            pos += len;
            continue;
        }
        let Some(c) = char_at(s, pos) else {
            break;
        };
        // `，` separates thousands only between full-width digits (４，５６５)
        let fullwidth = || {
            s.get(..pos)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|p| p.is_ascii_digit())
        };
        if (c == ',' || (c == '，' && !fullwidth()))
            && int_digits > 0
            && (separators && group == 3 || !separators && group <= 3)
        {
            // exactly three digits, then no digit
            let after = pos + c.len_utf8();
            let mut p = after;
            let mut n = 0;
            while n < 4 {
                match digit_at(s, p) {
                    Some((_, len)) => {
                        n += 1;
                        p += len;
                    }
                    None => break,
                }
            }
            if n == 3 {
                separators = true;
                group = 0;
                pos = after;
                continue;
            }
        }
        break;
    }
    if separators && group != 3 {
        return Ok(None);
    }
    // decimals
    if let Some(c) = char_at(s, pos)
        && matches!(c, '.' | '．')
    {
        let mut p = pos + c.len_utf8();
        if cfg.spaced_point && int_digits > 0 && char_at(s, p) == Some(' ') {
            p += 1;
        }
        let mut any = false;
        let save = mant;
        while let Some((d, len)) = digit_at(s, p) {
            if push(&mut mant, &mut sig, d).is_err() || frac_digits >= 28 {
                return Err(start);
            }
            frac_digits += 1;
            any = true;
            p += len;
        }
        if any {
            pos = p;
        } else {
            mant = save;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return Ok(None);
    }
    let value = Decimal::try_from_i128_with_scale(mant, frac_digits).map_err(|_| start)?;
    Ok(Some(Run {
        value,
        end: pos,
        int_digits,
        frac_digits,
        leading_zero: first_digit == Some(0) && int_digits > 1,
        separators,
    }))
}

/// Entries of the scale stack: (exponent, value already multiplied).
#[derive(Clone, Copy, Debug, Default)]
struct Stack {
    items: [(u32, Decimal); 8],
    len: usize,
}

impl Stack {
    fn top_exp(&self) -> Option<u32> {
        self.len
            .checked_sub(1)
            .and_then(|i| self.items.get(i))
            .map(|e| e.0)
    }
    fn sum(&self) -> Option<Decimal> {
        let mut t = Decimal::ZERO;
        for (_, v) in self.items.iter().take(self.len) {
            t = t.checked_add(*v)?;
        }
        Some(t)
    }
    /// Pops entries below `e`, returns their sum.
    fn pop_below(&mut self, e: u32) -> Option<Decimal> {
        let mut t = Decimal::ZERO;
        while let Some(i) = self.len.checked_sub(1) {
            match self.items.get(i) {
                Some(&(x, v)) if x < e => {
                    t = t.checked_add(v)?;
                    self.len = i;
                }
                _ => break,
            }
        }
        Some(t)
    }
    fn push(&mut self, e: u32, v: Decimal) -> bool {
        match self.items.get_mut(self.len) {
            Some(slot) => {
                *slot = (e, v);
                self.len += 1;
                true
            }
            None => false,
        }
    }
    fn top_mut(&mut self) -> Option<&mut (u32, Decimal)> {
        let i = self.len.checked_sub(1)?;
        self.items.get_mut(i)
    }
}

#[derive(Clone, Copy, Debug)]
struct State {
    stack: Stack,
    cur: Decimal,
    pending: Option<Decimal>,
    /// the pending value is one digit (abbreviation applies: 一万三)
    pending_single: bool,
    /// the token before the pending value
    before_pending: Option<Tok>,
    last_place: u32,
    zero: bool,
    last: Option<Tok>,
    frac: Option<Decimal>,
    approx: bool,
    chinese: bool,
    arabic: bool,
    /// trailing run of myriads: (total exponent, all simplified, count)
    trailing: (u32, bool, u32),
    end: usize,
    tokens: u32,
    /// the last Arabic run
    run: Option<Run>,
    runs: u32,
}

impl State {
    fn set_pending(&mut self, v: Decimal, single: bool) {
        self.pending = Some(v);
        self.pending_single = single;
        self.before_pending = self.last;
    }

    /// Adds the pending value to the section: as units, or abbreviated after a place
    /// of 百/千 or a scale word (`一万三` = 13000, `两千四百五` = 2450, `百三` = 130).
    fn finish_pending(&mut self, abbreviate: bool) -> Option<()> {
        let Some(p) = self.pending.take() else {
            return Some(());
        };
        let exp = if abbreviate && self.pending_single && !self.zero {
            match self.before_pending {
                Some(Tok::Place(e)) if e >= 2 => e - 1,
                Some(Tok::Myriad(e, _)) => e - 1,
                _ => 0,
            }
        } else {
            0
        };
        // × 1 is the value itself (a product with zero is a plain zero, as Decimal has it)
        let v = match exp {
            0 if p.is_zero() => Decimal::ZERO,
            0 => p,
            _ => p.checked_mul(pow10(exp)?)?,
        };
        self.cur = self.cur.checked_add(v)?;
        Some(())
    }
}

fn is_sign(c: char) -> bool {
    matches!(c, '-' | '－' | '−' | '负' | '負' | '+' | '＋')
}

fn starts_numeral(s: &str, pos: usize) -> bool {
    if s.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    match char_at(s, pos) {
        Some(c) if matches!(c, '.' | '．') => {
            char_at(s, pos + c.len_utf8()).is_some_and(|d| crate::text::digit_value(d).is_some())
        }
        Some(c) => classify(c).is_some_and(|t| !matches!(t, Tok::Approx | Tok::Ji | Tok::Point)),
        None => false,
    }
}

/// Scans a numeral at `start`. `Ok(None)`: no numeral; `Err(pos)`: overflow at `pos`.
pub(crate) fn scan(s: &str, start: usize, cfg: Config) -> Result<Option<Scanned>, usize> {
    let mut pos = start;
    let mut negative = false;
    if !cfg.unsigned
        && let Some(c) = char_at(s, pos)
        && is_sign(c)
        && starts_numeral(s, pos + c.len_utf8())
    {
        negative = !matches!(c, '+' | '＋');
        pos += c.len_utf8();
    }
    let digits_start = pos;
    // what the loop below would find at its first token: no numeral
    if !starts_numeral(s, pos) {
        return Ok(None);
    }
    // the common case: Arabic digits and nothing after them that continues a numeral
    // (no scale word, no 多/余): the run is the numeral, as the loop below would find
    if char_at(s, pos).is_some_and(|c| crate::text::digit_value(c).is_some()) {
        let Some(run) = arabic_run(s, pos, cfg)? else {
            return Ok(None);
        };
        if char_at(s, skip_spaces(s, run.end)).is_none_or(|c| classify(c).is_none()) {
            return Ok(Some(lone_run(run, negative, digits_start)));
        }
    }
    let mut st = State {
        stack: Stack::default(),
        cur: Decimal::ZERO,
        pending: None,
        pending_single: false,
        before_pending: None,
        last_place: 0,
        zero: false,
        last: None,
        frac: None,
        approx: false,
        chinese: false,
        arabic: false,
        trailing: (0, true, 0),
        end: pos,
        tokens: 0,
        run: None,
        runs: 0,
    };
    let overflow = |_| start;
    loop {
        // spaces may separate Chinese tokens, never two Arabic runs
        let probe = if st.tokens > 0 {
            skip_spaces(s, pos)
        } else {
            pos
        };
        let Some(c) = char_at(s, probe) else { break };
        let leading_point = st.tokens == 0 && matches!(c, '.' | '．') && starts_numeral(s, probe);
        let Some(t) = (if leading_point {
            Some(Tok::Arabic)
        } else {
            classify(c)
        }) else {
            break;
        };
        let spaced = probe != pos;
        let clen = c.len_utf8();
        let mut keep_trailing = false;
        match t {
            Tok::Arabic => {
                // a run starts the numeral, or follows a scale word, a place or 零
                // 7万 5千: a spaced run only in front of a place or a scale word
                let spaced_ok = !spaced || {
                    let after_run = arabic_run(s, probe, cfg)?.map_or(probe, |r| r.end);
                    matches!(
                        char_at(s, skip_spaces(s, after_run)).and_then(classify),
                        Some(Tok::Place(_) | Tok::Myriad(..))
                    )
                };
                let ok = st.tokens == 0
                    || (spaced_ok
                        && st.pending.is_none()
                        && st.frac.is_none()
                        && !st.approx
                        && matches!(
                            st.last,
                            Some(Tok::Myriad(..) | Tok::Place(_) | Tok::Digit(0))
                        ));
                if !ok {
                    break;
                }
                let Some(run) = arabic_run(s, probe, cfg)? else {
                    break;
                };
                if run.frac_digits > 0 && st.tokens > 0 {
                    break;
                }
                st.set_pending(run.value, run.int_digits == 1 && run.frac_digits == 0);
                st.arabic = true;
                st.runs += 1;
                st.run = Some(run);
                pos = run.end;
            }
            Tok::Digit(d) => {
                if st.pending.is_some() || st.frac.is_some() || st.approx {
                    break;
                }
                if d == 0 {
                    st.zero = true;
                } else {
                    st.set_pending(Decimal::from(d), true);
                }
                st.chinese = true;
                pos = probe + clen;
            }
            Tok::Liang => {
                if st.pending.is_some() || st.frac.is_some() || st.approx {
                    break;
                }
                // 两 is a digit before a place or a scale word, or a numeral alone
                let after = skip_spaces(s, probe + clen);
                let before_place = matches!(
                    char_at(s, after).and_then(classify),
                    Some(Tok::Place(_) | Tok::Myriad(..))
                );
                if !before_place && st.tokens > 0 {
                    break;
                }
                st.set_pending(Decimal::TWO, false);
                st.chinese = true;
                pos = probe + clen;
                if !before_place {
                    st.last = Some(t);
                    st.tokens += 1;
                    st.end = pos;
                    break;
                }
            }
            Tok::Place(p) | Tok::Tens(p) => {
                let tens = matches!(t, Tok::Tens(_));
                let exp = if tens { 1 } else { p };
                if st.frac.is_some() || st.approx || (st.last_place != 0 && exp >= st.last_place) {
                    break;
                }
                let rest = s.get(probe + clen..).unwrap_or("");
                if exp == 3 && starts_prefixed_unit(rest) {
                    break;
                }
                // 0.5百分点: 百分点 is a unit
                if exp == 2 && (rest.starts_with("分点") || rest.starts_with("分點")) {
                    break;
                }
                let m = if tens {
                    if st.pending.is_some() {
                        break;
                    }
                    Decimal::from(p)
                } else {
                    st.pending.take().unwrap_or(Decimal::ONE)
                };
                let f = pow10(exp).ok_or(start)?;
                let add = m.checked_mul(f).ok_or(start)?;
                st.cur = st.cur.checked_add(add).ok_or(start)?;
                st.last_place = exp;
                st.zero = false;
                st.chinese = true;
                pos = probe + clen;
            }
            Tok::Myriad(e, simplified) => {
                if e == 12 && starts_prefixed_unit(s.get(probe + clen..).unwrap_or("")) {
                    break;
                }
                let f = pow10(e).ok_or(start)?;
                if matches!(st.last, Some(Tok::Myriad(..))) {
                    // 万亿, 万万: the scale compounds
                    let below = st
                        .stack
                        .len
                        .checked_sub(2)
                        .and_then(|i| st.stack.items.get(i))
                        .map(|x| x.0);
                    let Some(top) = st.stack.top_mut() else { break };
                    let ne = top.0 + e;
                    if below.is_some_and(|b| ne >= b) || ne > 28 {
                        break;
                    }
                    top.0 = ne;
                    top.1 = top.1.checked_mul(f).ok_or(start)?;
                    let (te, tsimp, tn) = st.trailing;
                    st.trailing = (te + e, tsimp && simplified, tn + 1);
                } else {
                    if st.stack.top_exp().is_some_and(|x| x <= e) && st.stack.top_exp() == Some(e) {
                        break;
                    }
                    st.finish_pending(false).ok_or(start)?;
                    let mut v = st.cur;
                    if let Some(fr) = st.frac.take() {
                        v = v.checked_add(fr).ok_or(start)?;
                    }
                    if v.is_zero() && !st.approx {
                        break;
                    }
                    let low = st.stack.pop_below(e).ok_or(start)?;
                    let total = v.checked_add(low).ok_or(start)?;
                    let val = total.checked_mul(f).ok_or(start)?;
                    if !st.stack.push(e, val) {
                        break;
                    }
                    st.trailing = (e, simplified, 1);
                    st.cur = Decimal::ZERO;
                    st.last_place = 0;
                    st.zero = false;
                }
                keep_trailing = true;
                pos = probe + clen;
            }
            Tok::Point => {
                if st.frac.is_some() || st.tokens == 0 || st.approx {
                    break;
                }
                // Chinese decimals: 点 followed by Chinese digits
                let mut p = skip_spaces(s, probe + clen);
                let mut mant: i128 = 0;
                let mut n = 0_u32;
                while let Some(c2) = char_at(s, p) {
                    let Some(d) = chinese_digit(c2) else { break };
                    if n >= 27 {
                        return Err(start);
                    }
                    mant = mant * 10 + i128::from(d);
                    n += 1;
                    p += c2.len_utf8();
                    let q = skip_spaces(s, p);
                    if char_at(s, q).and_then(chinese_digit).is_some() {
                        p = q;
                    }
                }
                if n == 0 {
                    break;
                }
                st.finish_pending(true).ok_or(start)?;
                st.frac = Some(Decimal::try_from_i128_with_scale(mant, n).map_err(overflow)?);
                st.chinese = true;
                pos = p;
            }
            Tok::Approx | Tok::Ji => {
                // 十多, 500余, 二十几, 一百零几, 十来, 3万多
                if st.approx || st.frac.is_some() {
                    break;
                }
                let ok = match t {
                    Tok::Ji => {
                        matches!(st.last, Some(Tok::Place(_) | Tok::Tens(_) | Tok::Digit(0)))
                    }
                    _ if c == '来' => matches!(st.last, Some(Tok::Place(_) | Tok::Tens(_))),
                    _ => {
                        matches!(
                            st.last,
                            Some(Tok::Place(_) | Tok::Tens(_) | Tok::Myriad(..))
                        ) || (st.last == Some(Tok::Arabic) && st.pending.is_some())
                    }
                };
                if !ok || st.tokens == 0 {
                    break;
                }
                keep_trailing = matches!(st.last, Some(Tok::Myriad(..)));
                st.finish_pending(false).ok_or(start)?;
                st.approx = true;
                pos = probe + clen;
            }
        }
        st.last = Some(t);
        st.tokens += 1;
        st.end = pos;
        if !keep_trailing {
            st.trailing = (0, true, 0);
        }
    }
    if st.tokens == 0 {
        return Ok(None);
    }
    st.finish_pending(true).ok_or(start)?;
    let mut total = st.stack.sum().ok_or(start)?;
    total = total.checked_add(st.cur).ok_or(start)?;
    if let Some(fr) = st.frac {
        total = total.checked_add(fr).ok_or(start)?;
    }
    let script = match (st.arabic, st.chinese) {
        (true, false) => Script::Arabic,
        (false, _) => Script::Chinese,
        (true, true) => Script::Mixed,
    };
    // the scale as written: a trailing 万, 亿 or 万亿 in simplified script
    let (te, tsimp, tn) = st.trailing;
    let scale_exp = match (te, tsimp, tn) {
        (4 | 8, true, 1) | (12, true, 2) => te,
        (_, true, n) if n >= 2 => match st.last {
            Some(Tok::Myriad(e, true)) => e,
            _ => 0,
        },
        _ => 0,
    };
    let simple_run = match st.run {
        Some(run) if st.runs == 1 && !st.chinese && st.stack.len <= 1 && te == scale_exp => {
            Some(run)
        }
        _ => None,
    };
    let mut value = match simple_run {
        Some(run) => run.value,
        None if scale_exp > 0 => total
            .checked_div(pow10(scale_exp).ok_or(start)?)
            .ok_or(start)?
            .normalize(),
        None => total.normalize(),
    };
    if negative {
        value = -value;
    }
    let lone = st.tokens == 1
        && !st.arabic
        && s.get(digits_start..st.end)
            .is_some_and(|t| t.chars().count() == 1);
    let plain_integer = script == Script::Arabic
        && st.stack.len == 0
        && !negative
        && !st.approx
        && st.run.is_some_and(|r| r.frac_digits == 0 && !r.separators);
    let (int_digits, leading_zero) = st
        .run
        .map_or((0, false), |r| (r.int_digits, r.leading_zero));
    Ok(Some(Scanned {
        numeral: Numeral {
            value,
            scale: Scale::from_exponent(u8::try_from(scale_exp).unwrap_or(0)),
            approximate: st.approx,
            script,
        },
        end: st.end,
        digits_start,
        lone,
        plain_integer,
        int_digits,
        leading_zero,
    }))
}

/// The numeral of one Arabic run with nothing after it: what [`scan`] computes for it
/// (the run's own value and decimals, no scale).
fn lone_run(run: Run, negative: bool, digits_start: usize) -> Scanned {
    let value = if negative { -run.value } else { run.value };
    Scanned {
        numeral: Numeral {
            value,
            scale: Scale::from_exponent(0),
            approximate: false,
            script: Script::Arabic,
        },
        end: run.end,
        digits_start,
        lone: false,
        plain_integer: !negative && run.frac_digits == 0 && !run.separators,
        int_digits: run.int_digits,
        leading_zero: run.leading_zero,
    }
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Renders `n` in Chinese numerals the way documents write it: `十二`, `一百零五`,
/// `十万零一十`, `一万零一亿`. [`numeral`] reads every rendering back to `n`.
///
/// ```
/// use mubiao_grammar::mention::{parse_number, to_chinese};
/// use mubiao_model::Decimal;
/// assert_eq!(to_chinese(0), "零");
/// assert_eq!(to_chinese(12), "十二");
/// assert_eq!(to_chinese(2_450), "二千四百五十");
/// assert_eq!(to_chinese(1_000_100_000_000), "一万零一亿");
/// let n = parse_number(&to_chinese(9_876_543_210))?;
/// assert_eq!(n.folded(), Some(Decimal::from(9_876_543_210_u64)));
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
#[must_use]
pub fn to_chinese(n: u64) -> String {
    let mut out = String::new();
    if n == 0 {
        out.push('零');
    } else {
        render(n, &mut out, true);
    }
    out
}

/// Appends `n` (> 0); `head`: nothing precedes it, so `一十` is written `十`.
fn render(n: u64, out: &mut String, head: bool) {
    const YI: u64 = 100_000_000;
    const WAN: u64 = 10_000;
    if n >= YI {
        render(n / YI, out, head);
        out.push('亿');
        tail(n % YI, YI / 10, out);
    } else if n >= WAN {
        render(n / WAN, out, head);
        out.push('万');
        tail(n % WAN, WAN / 10, out);
    } else {
        small(n, out, head);
    }
}

/// The part after a scale word: `零` when it skips a place.
fn tail(rest: u64, full: u64, out: &mut String) {
    if rest == 0 {
        return;
    }
    if rest < full {
        out.push('零');
    }
    render(rest, out, false);
}

/// 1..=9999.
fn small(n: u64, out: &mut String, head: bool) {
    let places = [(1000, '千'), (100, '百'), (10, '十')];
    let mut started = false;
    let mut gap = false;
    for (p, c) in places {
        let d = (n / p) % 10;
        if d == 0 {
            gap |= started;
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        if !(p == 10 && d == 1 && head && !started) {
            push_digit(d, out);
        }
        out.push(c);
        started = true;
    }
    let d = n % 10;
    if d != 0 {
        if gap || (started && n % 100 < 10 && n >= 100) {
            out.push('零');
        }
        push_digit(d, out);
    }
}

fn push_digit(d: u64, out: &mut String) {
    if let Some(c) = usize::try_from(d).ok().and_then(|i| DIGITS.get(i)) {
        out.push(*c);
    }
}

/// Whether a numeral (possibly signed) starts at `pos`.
pub(crate) fn starts_numeral_at(s: &str, pos: usize) -> bool {
    match char_at(s, pos) {
        Some(c) if is_sign(c) => starts_numeral(s, pos + c.len_utf8()),
        _ => starts_numeral(s, pos),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bitmap lets every character with a token through.
    #[test]
    fn token_chars_cover_classify() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let in_map = TOKEN_CHARS.contains(c);
            let known = crate::text::digit_value(c).is_some()
                || chinese_digit(c).is_some()
                || tok(c).is_some()
                || matches!(c, '点' | '點' | '多' | '余' | '餘' | '来' | '几' | '幾');
            assert_eq!(in_map, known, "{c}");
        }
    }
}
