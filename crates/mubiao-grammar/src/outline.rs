//! Outline markers (`一、` `(一)` `1.` `(1)` `①` `第一条` `——`) and the levels they
//! open.
//!
//! Levels follow the order in which a document first uses its marker styles, not a
//! fixed table: a notice that numbers `(一)` under `一、` and `1.` under `(一)` gets three
//! levels in that order, and one that starts with `1.` gets `1.` on top. Only where
//! a text starts in the middle of a list (an excerpt that opens at `184、` and meets
//! `(七)` later) does the conventional rank of official documents decide.

use mubiao_model::MarkerStyle;
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::satisfy;
use nom::combinator::{not, peek, recognize};
use nom::multi::many1_count;

use crate::IResult;
use crate::punct::{digit_value, is_close_paren, is_open_paren};

/// A numbering marker at the start of the input.
///
/// ```
/// use mubiao_grammar::outline::{marker, Marker};
/// use mubiao_model::MarkerStyle;
///
/// let (rest, m) = marker("(一)调整优化存量").unwrap();
/// assert_eq!((m.style, m.ordinal, m.label), (MarkerStyle::ChineseParen, 1, "(一)"));
/// assert_eq!(rest, "调整优化存量");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The numbering style.
    pub style: MarkerStyle,
    /// The number the marker stands for; dashes count 0.
    pub ordinal: u32,
    /// The marker as written without its trailing `、`/`.`/`．`: `二`, `(一)`, `1`, `①`.
    pub label: &'a str,
    /// Bytes the marker takes, delimiter included.
    pub len: usize,
}

/// Reads a marker at the start of `input`: `一、`, `(一)`/`（一）`, `1、`/`1.`/`1．`,
/// `(1)`/`（1）`/`⑴`, `1)`/`1）`, `①`, `⒈`, `第一部分`/`第一章`/`第一节`/`第一条`, `——`.
///
/// A number followed by a digit is not a marker (`1.27万套`), and neither is a dot
/// or a comma at the end of the input.
///
/// ```
/// use mubiao_grammar::outline::marker;
/// use mubiao_model::MarkerStyle;
///
/// assert_eq!(marker("184、加强社区").unwrap().1.ordinal, 184);
/// assert_eq!(marker("２．利用市场").unwrap().1.style, MarkerStyle::Arabic);
/// assert!(marker("1.27万套").is_err());
/// assert!(marker("2012年").is_err());
/// ```
///
/// # Errors
/// A [`ParseError`](crate::ParseError) when the input does not start with a marker.
pub fn marker(input: &str) -> IResult<'_, Marker<'_>> {
    match input.chars().next() {
        // the two commonest starts each open one family of markers only
        Some('0'..='9') => arabic(input),
        Some(c) if is_open_paren(c) => alt((chinese_paren, arabic_paren)).parse(input),
        Some(c) if may_start_marker(c) => every_style(input),
        // most lines start with none of the characters a marker starts with
        _ => Err(nom::Err::Error(crate::ParseError::expected(
            input,
            "a list marker",
        ))),
    }
}

/// Every marker style in turn, the first that reads `input` wins.
fn every_style(input: &str) -> IResult<'_, Marker<'_>> {
    alt((
        chinese,
        chinese_paren,
        arabic_paren,
        arabic,
        enclosed,
        ordinal_word,
        dash,
    ))
    .parse(input)
}

/// Whether a marker can start with `c`: a numeral, a digit, a parenthesis, an
/// enclosed number, `第`, or a dash.
fn may_start_marker(c: char) -> bool {
    digit_value(c).is_some()
        || crate::number::is_numeral_char(c)
        || is_open_paren(c)
        || enclosed_value(c).is_some()
        || matches!(c, '廿' | '两' | '第' | '—' | '-' | '－')
}

/// The rank official documents conventionally give a style (GB/T 9704: `一、` above
/// `(一)` above `1.` above `(1)`); used only to place a style first met in the middle
/// of a list. Smaller is higher.
///
/// ```
/// use mubiao_grammar::outline::conventional_rank;
/// use mubiao_model::MarkerStyle;
/// assert!(conventional_rank(MarkerStyle::Chinese) < conventional_rank(MarkerStyle::Arabic));
/// ```
#[must_use]
pub const fn conventional_rank(style: MarkerStyle) -> u8 {
    match style {
        MarkerStyle::Part => 0,
        MarkerStyle::Chapter => 1,
        MarkerStyle::Section => 2,
        MarkerStyle::Article | MarkerStyle::Chinese => 3,
        MarkerStyle::ChineseParen | MarkerStyle::Dash => 4,
        MarkerStyle::Arabic => 5,
        MarkerStyle::ArabicParen | MarkerStyle::ArabicHalfParen => 6,
        MarkerStyle::Circled => 7,
        _ => 8,
    }
}

/// A Chinese numeral that can number a list item: a whole number from 1 to 9999 in
/// Chinese numerals only (`一`, `十二`, `二十三`, `一百零五`, `廿`, `两`), with no scale
/// word, sign, decimal or "more than" after it. Read by the crate's numeral grammar.
fn chinese_ordinal(input: &str) -> IResult<'_, u32> {
    use crate::number::{Script, numeral};
    let fail = || nom::Err::Error(crate::ParseError::expected(input, "a Chinese list number"));
    // Arabic digits and signs are no Chinese list number
    if input.starts_with(|c: char| c.is_ascii_digit() || digit_value(c).is_some())
        || input.starts_with(['负', '-', '－'])
    {
        return Err(fail());
    }
    // the common case, one character before the delimiter: 一、 (三) 十．
    let mut chars = input.chars();
    if let Some(c) = chars.next()
        && let Some(v) = crate::number::chinese_digit(c).or((c == '十').then_some(10))
        && v > 0
        && chars.next().is_some_and(|d| {
            !crate::number::is_numeral_char(d) && !matches!(d, '点' | '多' | '余' | '几')
        })
    {
        return Ok((input.get(c.len_utf8()..).unwrap_or_default(), v));
    }
    // a list number is a few characters (九千九百九十九 is seven): read at most eight,
    // so a run of a million numerals costs no more than a short one
    let mut head_end = 0;
    for (count, (i, c)) in input.char_indices().enumerate() {
        if count == 8 {
            break;
        }
        head_end = i + c.len_utf8();
    }
    let head = input.get(..head_end).unwrap_or_default();
    let (rest_of_head, n) = numeral(head).map_err(|_| fail())?;
    let rest = input
        .get(head_end - rest_of_head.len()..)
        .unwrap_or_default();
    let whole = n.value.is_integer() && n.scale == mubiao_model::Scale::ONE && !n.approximate;
    let value = u32::try_from(n.value.mantissa())
        .ok()
        .filter(|v| (1..=9999).contains(v));
    match value {
        Some(v) if whole && n.script == Script::Chinese && n.value.scale() == 0 => Ok((rest, v)),
        _ => Err(fail()),
    }
}

/// Up to four ASCII or full-width digits.
fn digits(input: &str) -> IResult<'_, u32> {
    let mut value: u32 = 0;
    let mut used = 0;
    for (count, (i, c)) in input.char_indices().enumerate() {
        let Some(d) = digit_value(c) else { break };
        if count == 4 {
            return Err(nom::Err::Error(crate::ParseError::expected(
                input,
                "a list number of at most four digits",
            )));
        }
        value = value * 10 + d;
        used = i + c.len_utf8();
    }
    // list numbers start at 1
    if used == 0 || value == 0 {
        return Err(nom::Err::Error(crate::ParseError::expected(
            input,
            "a list number",
        )));
    }
    Ok((input.get(used..).unwrap_or_default(), value))
}

fn open_paren(input: &str) -> IResult<'_, char> {
    satisfy(is_open_paren).parse(input)
}

fn close_paren(input: &str) -> IResult<'_, char> {
    satisfy(is_close_paren).parse(input)
}

/// Something must follow a dot or comma delimiter, and it must not be a digit.
fn not_number_continuation(input: &str) -> IResult<'_, ()> {
    peek(satisfy(|c| {
        digit_value(c).is_none() && c != '%' && c != '％'
    }))
    .map(|_| ())
    .parse(input)
}

fn build<'a>(
    input: &'a str,
    rest: &'a str,
    style: MarkerStyle,
    ordinal: u32,
    label_len: usize,
) -> Marker<'a> {
    let len = input.len() - rest.len();
    Marker {
        style,
        ordinal,
        label: input.get(..label_len).unwrap_or_default(),
        len,
    }
}

// 一、  二.  三．
fn chinese(input: &str) -> IResult<'_, Marker<'_>> {
    let (after_num, n) = chinese_ordinal(input)?;
    let (rest, _) = alt((
        tag("、"),
        (alt((tag("．"), tag("."))), not_number_continuation).map(|(t, ())| t),
    ))
    .parse(after_num)?;
    let label_len = input.len() - after_num.len();
    Ok((rest, build(input, rest, MarkerStyle::Chinese, n, label_len)))
}

// (一)  （一）
fn chinese_paren(input: &str) -> IResult<'_, Marker<'_>> {
    let (rest, (_, n, _)) = (open_paren, chinese_ordinal, close_paren).parse(input)?;
    let len = input.len() - rest.len();
    Ok((rest, build(input, rest, MarkerStyle::ChineseParen, n, len)))
}

// (1)  （1）
fn arabic_paren(input: &str) -> IResult<'_, Marker<'_>> {
    let (rest, (_, n, _)) = (open_paren, digits, close_paren).parse(input)?;
    let len = input.len() - rest.len();
    Ok((rest, build(input, rest, MarkerStyle::ArabicParen, n, len)))
}

// 1、  1.  1．  1)  1）
fn arabic(input: &str) -> IResult<'_, Marker<'_>> {
    let (after_num, n) = digits(input)?;
    let label_len = input.len() - after_num.len();
    if let Ok((rest, _)) = close_paren(after_num) {
        return Ok((
            rest,
            build(input, rest, MarkerStyle::ArabicHalfParen, n, label_len),
        ));
    }
    let (rest, _) = alt((
        tag("、"),
        (
            alt((tag("．"), tag("."), tag("，"))),
            not_number_continuation,
        )
            .map(|(t, ())| t),
    ))
    .parse(after_num)?;
    Ok((rest, build(input, rest, MarkerStyle::Arabic, n, label_len)))
}

// ①…⑳ ㉑…㊿   ⑴…⒇   ⒈…⒛
fn enclosed(input: &str) -> IResult<'_, Marker<'_>> {
    let (rest, c) = satisfy(|c| enclosed_value(c).is_some()).parse(input)?;
    let (style, n) = enclosed_value(c).unwrap_or((MarkerStyle::Circled, 0));
    let len = c.len_utf8();
    Ok((rest, build(input, rest, style, n, len)))
}

fn enclosed_value(c: char) -> Option<(MarkerStyle, u32)> {
    let cp = c as u32;
    match cp {
        0x2460..=0x2473 => Some((MarkerStyle::Circled, cp - 0x2460 + 1)),
        0x3251..=0x325F => Some((MarkerStyle::Circled, cp - 0x3251 + 21)),
        0x32B1..=0x32BF => Some((MarkerStyle::Circled, cp - 0x32B1 + 36)),
        0x2474..=0x2487 => Some((MarkerStyle::ArabicParen, cp - 0x2474 + 1)),
        0x2488..=0x249B => Some((MarkerStyle::Arabic, cp - 0x2488 + 1)),
        _ => None,
    }
}

// 第一部分 第一章 第一节 第一条 (also 第1条)
fn ordinal_word(input: &str) -> IResult<'_, Marker<'_>> {
    let (rest, (_, n, style)) = (
        tag("第"),
        alt((chinese_ordinal, digits)),
        alt((
            tag("部分").map(|_| MarkerStyle::Part),
            tag("章").map(|_| MarkerStyle::Chapter),
            tag("节").map(|_| MarkerStyle::Section),
            tag("条").map(|_| MarkerStyle::Article),
        )),
    )
        .parse(input)?;
    let len = input.len() - rest.len();
    Ok((rest, build(input, rest, style, n, len)))
}

// —— (two or more dashes, then text)
fn dash(input: &str) -> IResult<'_, Marker<'_>> {
    let (rest, seen) =
        recognize(many1_count(alt((tag("—"), tag("－－"), tag("--"))))).parse(input)?;
    let (rest, _) = not(satisfy(|c| matches!(c, '—' | '-' | '－' | '\n'))).parse(rest)?;
    if seen.chars().count() < 2 && !seen.starts_with("－－") && !seen.starts_with("--") {
        return Err(nom::Err::Error(crate::ParseError::expected(input, "——")));
    }
    let len = input.len() - rest.len();
    Ok((rest, build(input, rest, MarkerStyle::Dash, 0, len)))
}

/// Assigns outline levels to markers as a document uses them, with an explicit stack
/// (no recursion, constant work per marker: the number of styles is bounded).
///
/// ```
/// use mubiao_grammar::outline::Levels;
/// use mubiao_model::MarkerStyle::*;
///
/// let mut levels = Levels::default();
/// assert_eq!(levels.place(Chinese, 1), 1);      // 一、
/// assert_eq!(levels.place(ChineseParen, 1), 2); // (一)
/// assert_eq!(levels.place(Arabic, 1), 3);       // 1.
/// assert_eq!(levels.place(ChineseParen, 2), 2); // (二)
/// assert_eq!(levels.place(Chinese, 2), 1);      // 二、
/// ```
#[derive(Clone, Debug, Default)]
pub struct Levels {
    /// Styles in the order of their levels, outermost first.
    order: Vec<MarkerStyle>,
    /// Open styles, outermost first.
    stack: Vec<MarkerStyle>,
}

impl Levels {
    /// Places a marker of `style` numbered `ordinal` and returns its level (1-based).
    ///
    /// A known style closes everything at or below its level. A new style numbered 1
    /// opens the next level down. A new style numbered above 1 means the text began
    /// mid-list: it goes above the open levels that official convention ranks below it.
    ///
    /// ```
    /// use mubiao_grammar::outline::Levels;
    /// use mubiao_model::MarkerStyle;
    /// let mut levels = Levels::default();
    /// assert_eq!(levels.place(MarkerStyle::Chinese, 1), 1); // 一、
    /// assert_eq!(levels.place(MarkerStyle::Arabic, 1), 2); // 1.
    /// assert_eq!(levels.place(MarkerStyle::Arabic, 2), 2); // 2.
    /// ```
    pub fn place(&mut self, style: MarkerStyle, ordinal: u32) -> u8 {
        if let Some(i) = self.stack.iter().position(|&s| s == style) {
            self.stack.truncate(i);
        } else if let Some(k) = self.index(style) {
            while self
                .stack
                .last()
                .is_some_and(|&top| self.index(top).is_some_and(|t| t >= k))
            {
                self.stack.pop();
            }
        } else {
            let rank = conventional_rank(style);
            // `——` lines are the weakest level: a numbered style never nests in one
            if style != MarkerStyle::Dash {
                while self.stack.last() == Some(&MarkerStyle::Dash) {
                    self.stack.pop();
                }
            }
            if ordinal > 1 {
                while self
                    .stack
                    .last()
                    .is_some_and(|&top| conventional_rank(top) > rank)
                {
                    self.stack.pop();
                }
            }
            let at = self
                .stack
                .last()
                .and_then(|&top| self.index(top))
                .map_or(0, |i| i + 1);
            self.order.insert(at.min(self.order.len()), style);
        }
        self.stack.push(style);
        u8::try_from(self.stack.len()).unwrap_or(u8::MAX)
    }

    fn index(&self, style: MarkerStyle) -> Option<usize> {
        self.order.iter().position(|&s| s == style)
    }

    /// The styles now open, outermost first.
    ///
    /// ```
    /// use mubiao_grammar::outline::Levels;
    /// use mubiao_model::MarkerStyle;
    /// let mut levels = Levels::default();
    /// levels.place(MarkerStyle::Arabic, 184);
    /// levels.place(MarkerStyle::ChineseParen, 7); // `(七)` in an excerpt: above `184、`
    /// assert_eq!(levels.open(), [MarkerStyle::ChineseParen]);
    /// ```
    #[must_use]
    pub fn open(&self) -> &[MarkerStyle] {
        &self.stack
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerStyle::*;

    proptest::proptest! {
        /// Choosing the parsers by the first character reads every input as trying
        /// them all in order does.
        #[test]
        fn first_character_dispatch_reads_as_every_parser(
            s in "[0-9０-９(（一二十廿两第①⑴⒈—\\-－、.．)）a 章条]{0,6}"
        ) {
            let dispatched = marker(&s).ok().map(|(rest, m)| (rest.len(), m));
            let tried = every_style(&s).ok().map(|(rest, m)| (rest.len(), m));
            proptest::prop_assert_eq!(dispatched, tried);
        }
    }

    #[test]
    fn digits_in_a_row_are_not_an_ordinal() {
        assert_eq!(chinese_ordinal("十二五"), Ok(("五", 12)));
        assert!(m("一二三、").is_none());
        for s in ["〇、", "负一、", "一点五、", "五万、", "一多、", "十多、"] {
            assert!(m(s).is_none(), "{s}");
        }
        assert_eq!(chinese_ordinal("一百零五、"), Ok(("、", 105)));
        assert_eq!(chinese_ordinal("廿、"), Ok(("、", 20)));
    }

    fn m(s: &str) -> Option<(MarkerStyle, u32, &str, usize)> {
        marker(s)
            .ok()
            .map(|(_, m)| (m.style, m.ordinal, m.label, m.len))
    }

    #[test]
    fn every_style_ascii_and_full_width() {
        assert_eq!(m("一、加快产业转型"), Some((Chinese, 1, "一", 6)));
        assert_eq!(m("十二、"), Some((Chinese, 12, "十二", 9)));
        assert_eq!(m("三．严格督查"), Some((Chinese, 3, "三", 6)));
        assert_eq!(m("(一)调整"), Some((ChineseParen, 1, "(一)", 5)));
        assert_eq!(m("（二）着力"), Some((ChineseParen, 2, "（二）", 9)));
        assert_eq!(m("(三）混合"), Some((ChineseParen, 3, "(三）", 7)));
        assert_eq!(m("1、生产总值"), Some((Arabic, 1, "1", 4)));
        assert_eq!(m("96.搞好"), Some((Arabic, 96, "96", 3)));
        assert_eq!(m("１２．利用"), Some((Arabic, 12, "１２", 9)));
        assert_eq!(m("(1)新增"), Some((ArabicParen, 1, "(1)", 3)));
        assert_eq!(m("（10）新增"), Some((ArabicParen, 10, "（10）", 8)));
        assert_eq!(m("3)开工"), Some((ArabicHalfParen, 3, "3", 2)));
        assert_eq!(m("4）开工"), Some((ArabicHalfParen, 4, "4", 4)));
        assert_eq!(m("③推进"), Some((Circled, 3, "③", 3)));
        assert_eq!(m("⑵推进"), Some((ArabicParen, 2, "⑵", 3)));
        assert_eq!(m("⒌推进"), Some((Arabic, 5, "⒌", 3)));
        assert_eq!(m("第三条 各单位"), Some((Article, 3, "第三条", 9)));
        assert_eq!(m("第二部分"), Some((Part, 2, "第二部分", 12)));
        assert_eq!(m("第1章"), Some((Chapter, 1, "第1章", 7)));
        assert_eq!(m("——过去五年"), Some((Dash, 0, "——", 6)));
    }

    #[test]
    fn numbers_that_are_not_markers() {
        for s in [
            "1.27万套",
            "2012年是",
            "12.6%",
            "3.",
            "20万人",
            "一般",
            "一体化",
            "第三次经济普查",
            "(市)区",
            "—",
            "12345、",
            "5.%",
            "0．",
            "(0)",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    #[test]
    fn excerpt_that_starts_mid_list() {
        // seed 001: 184、… (七) 191、… 三、 (一) 210、
        let mut l = Levels::default();
        assert_eq!(l.place(Arabic, 184), 1);
        assert_eq!(l.place(Arabic, 185), 1);
        assert_eq!(l.place(ChineseParen, 7), 1);
        assert_eq!(l.place(Arabic, 191), 2);
        assert_eq!(l.place(Chinese, 3), 1);
        assert_eq!(l.place(ChineseParen, 1), 2);
        assert_eq!(l.place(Arabic, 210), 3);
        assert_eq!(l.open(), [Chinese, ChineseParen, Arabic]);
    }

    #[test]
    fn first_use_decides_not_a_table() {
        // a notice that numbers 1. on top and (一) below it
        let mut l = Levels::default();
        assert_eq!(l.place(Arabic, 1), 1);
        assert_eq!(l.place(ChineseParen, 1), 2);
        assert_eq!(l.place(ChineseParen, 2), 2);
        assert_eq!(l.place(Arabic, 2), 1);
        assert_eq!(l.place(ChineseParen, 1), 2);
    }

    #[test]
    fn dashes_do_not_hold_numbered_items() {
        // seed 002: "——过去五年,…" lines, then "一、强化生态文明建设"
        let mut l = Levels::default();
        assert_eq!(l.place(Dash, 0), 1);
        assert_eq!(l.place(Dash, 0), 1);
        assert_eq!(l.place(Chinese, 1), 1);
        assert_eq!(l.place(Dash, 0), 2);
        assert_eq!(l.place(Chinese, 2), 1);
    }

    #[test]
    fn skipped_level_and_return() {
        let mut l = Levels::default();
        assert_eq!(l.place(Chinese, 1), 1);
        assert_eq!(l.place(ChineseParen, 1), 2);
        assert_eq!(l.place(Arabic, 1), 3);
        assert_eq!(l.place(Chinese, 2), 1);
        assert_eq!(l.place(Arabic, 1), 2); // (一) skipped under 二、
    }
}
