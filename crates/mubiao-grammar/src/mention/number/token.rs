//! The characters of a numeral, as rows: Chinese digits in every script, `两`, the
//! places (`十百千`), the tens (`廿卅卌`), the scale words (`万亿兆`), the decimal point
//! (`点`), the words of approximation (`多余来`, `几`), and the signs. Arabic digits are
//! the text layer's ([`crate::text::Class::Digit`]). Every lookup below is
//! derived from these rows.

use crate::text::{CharSet, Class, SPECIAL};

/// What a character is to a numeral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tok {
    /// A Chinese digit: `一` `壹` `〇` …
    Digit(u32),
    /// `两`: 2 before a place or a scale word, or alone.
    Liang,
    /// A place, by its power of ten: `十` 1, `百` 2, `千` 3.
    Place(u32),
    /// A number of tens in one character: `廿` 2, `卅` 3, `卌` 4.
    Tens(u32),
    /// A scale word, by its power of ten, and whether it is the simplified form the
    /// written scale keeps: `万` (4, yes), `萬` (4, no), `亿` (8, yes), `兆` (12, no).
    Myriad(u32, bool),
    /// `点`, before Chinese decimals.
    Point,
    /// "More than": `多` `余` `来`.
    Approx,
    /// "Some": `几`.
    Ji,
    /// An Arabic digit, ASCII or full-width (from the text layer's table).
    Arabic,
}

/// Declares the rows of the numeral characters, [`ROWS`], and [`row`], their lookup
/// compiled to a `match` from the same rows.
macro_rules! rows {
    ($(($c:literal, $t:expr)),* $(,)?) => {
        /// Every Chinese character of a numeral with what it is, in code point order
        /// (a test keeps it so).
        const ROWS: &[(char, Tok)] = {
            use Tok::{Approx, Digit, Ji, Liang, Myriad, Place, Point, Tens};
            &[$(($c, $t)),*]
        };

        /// The row of `c`: one lookup in [`ROW_CHARS`] answers for the characters
        /// that have none.
        #[inline]
        const fn row(c: char) -> Option<Tok> {
            use Tok::{Approx, Digit, Ji, Liang, Myriad, Place, Point, Tens};
            if !ROW_CHARS.has(c as u32) {
                return None;
            }
            match c {
                $($c => Some($t),)*
                _ => None,
            }
        }
    };
}

rows! {
    ('○', Digit(0)),
    ('〇', Digit(0)),
    ('一', Digit(1)),
    ('七', Digit(7)),
    ('万', Myriad(4, true)),
    ('三', Digit(3)),
    ('两', Liang),
    ('九', Digit(9)),
    ('二', Digit(2)),
    ('五', Digit(5)),
    ('亿', Myriad(8, true)),
    ('仟', Place(3)),
    ('伍', Digit(5)),
    ('余', Approx),
    ('佰', Place(2)),
    ('倆', Liang),
    ('億', Myriad(8, false)),
    ('兆', Myriad(12, false)),
    ('兩', Liang),
    ('八', Digit(8)),
    ('六', Digit(6)),
    ('几', Ji),
    ('十', Place(1)),
    ('千', Place(3)),
    ('卅', Tens(3)),
    ('卌', Tens(4)),
    ('叁', Digit(3)),
    ('參', Digit(3)),
    ('四', Digit(4)),
    ('壹', Digit(1)),
    ('多', Approx),
    ('幾', Ji),
    ('廿', Tens(2)),
    ('弌', Digit(1)),
    ('弍', Digit(2)),
    ('弎', Digit(3)),
    ('拾', Place(1)),
    ('捌', Digit(8)),
    ('来', Approx),
    ('柒', Digit(7)),
    ('点', Point),
    ('玖', Digit(9)),
    ('百', Place(2)),
    ('肆', Digit(4)),
    ('萬', Myriad(4, false)),
    ('貳', Digit(2)),
    ('贰', Digit(2)),
    ('陆', Digit(6)),
    ('陸', Digit(6)),
    ('零', Digit(0)),
    ('餘', Approx),
    ('點', Point),
}

/// The signs a numeral may start with, and whether each makes it negative.
const SIGNS: &[(char, bool)] = &[
    ('+', false),
    ('-', true),
    ('−', true),
    ('负', true),
    ('負', true),
    ('＋', false),
    ('－', true),
];

/// Whether a token starts a numeral: every one but `点` and the words of
/// approximation, which only follow one.
pub(super) const fn starts(t: Tok) -> bool {
    !matches!(t, Tok::Point | Tok::Approx | Tok::Ji)
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
#[inline]
pub const fn chinese_digit(c: char) -> Option<u32> {
    match row(c) {
        Some(Tok::Digit(d)) => Some(d),
        _ => None,
    }
}

/// Whether `c` can be part of a Chinese numeral: digits, `两`, `十百千`, `廿卅`, `万亿兆`.
///
/// ```
/// use mubiao_grammar::mention::is_numeral_char;
/// assert!(is_numeral_char('廿'));
/// assert!(!is_numeral_char('年'));
/// ```
#[must_use]
#[inline]
pub const fn is_numeral_char(c: char) -> bool {
    matches!(
        row(c),
        Some(Tok::Digit(_) | Tok::Liang | Tok::Place(_) | Tok::Tens(_) | Tok::Myriad(..))
    )
}

/// Every Chinese character of a numeral, in code point order.
pub(crate) fn numeral_chars() -> impl Iterator<Item = char> {
    ROWS.iter().map(|&(c, _)| c)
}

/// The characters of the rows.
static ROW_CHARS: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < ROWS.len() {
        // `i < ROWS.len()`
        #[allow(clippy::indexing_slicing)]
        {
            set = set.with(ROWS[i].0 as u32);
        }
        i += 1;
    }
    set
};

/// The characters [`classify`] gives a token, the rows' and the Arabic digits of the
/// text layer: one lookup answers for the other characters, which are most of those
/// it is asked about.
static TOKEN_CHARS: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`
        #[allow(clippy::indexing_slicing)]
        let (c, k) = SPECIAL[i];
        if matches!(k, Class::Digit(_)) {
            set = set.with(c as u32);
        }
        i += 1;
    }
    set.union(&ROW_CHARS)
};

/// The characters a numeral may start with: those of a token that [`starts`] one,
/// the signs, and the decimal points of `.5` and `．5`.
pub(crate) const STARTS: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < ROWS.len() {
        // `i < ROWS.len()`
        #[allow(clippy::indexing_slicing)]
        let (c, t) = ROWS[i];
        if starts(t) {
            set = set.with(c as u32);
        }
        i += 1;
    }
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`
        #[allow(clippy::indexing_slicing)]
        let (c, k) = SPECIAL[i];
        if matches!(k, Class::Digit(_)) {
            set = set.with(c as u32);
        }
        i += 1;
    }
    let mut i = 0;
    while i < SIGNS.len() {
        // `i < SIGNS.len()`
        #[allow(clippy::indexing_slicing)]
        {
            set = set.with(SIGNS[i].0 as u32);
        }
        i += 1;
    }
    set.with('.' as u32).with('．' as u32)
};

/// The token of `c`, if it has one.
#[inline]
pub(super) fn classify(c: char) -> Option<Tok> {
    if !TOKEN_CHARS.contains(c) {
        return None;
    }
    // the rows and the digits are apart: a member of neither row is a digit
    Some(row(c).unwrap_or(Tok::Arabic))
}

/// Whether `c` can be part of a numeral as the scanner reads it (Arabic and Chinese
/// digits, places, scale words, `点`, `多余来几`).
pub(crate) fn is_numeral_token(c: char) -> bool {
    classify(c).is_some()
}

/// Whether `c` is a sign, and whether it makes a numeral negative.
#[inline]
pub(super) fn sign(c: char) -> Option<bool> {
    SIGNS.iter().find(|&&(s, _)| s == c).map(|&(_, neg)| neg)
}

/// Units that take an SI prefix written `千` (kilo) or `兆` (mega): `千米`, `千瓦`, `兆瓦`.
/// A `千` or `兆` before one of them begins the unit, not a place or a scale.
const PREFIXED: &[&str] = &[
    "米", "克", "瓦", "伏", "赫", "焦", "帕", "比特", "字节", "卡", "欧", "安培", "牛",
];

/// Whether `rest` starts with a unit of [`PREFIXED`].
pub(super) fn starts_prefixed_unit(rest: &str) -> bool {
    PREFIXED.iter().any(|u| rest.starts_with(u))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::digit_value;

    #[test]
    fn rows_are_in_code_point_order_without_repeats() {
        assert!(ROWS.windows(2).all(|w| w[0].0 < w[1].0), "{ROWS:?}");
    }

    /// The bitmap lets every character with a token through, and only those.
    #[test]
    fn token_chars_are_the_rows_and_the_digits() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let known = digit_value(c).is_some() || ROWS.iter().any(|r| r.0 == c);
            assert_eq!(TOKEN_CHARS.contains(c), known, "{c}");
            assert_eq!(classify(c).is_some(), known, "{c}");
            // the rows hold no digit: what is no row of the bitmap is one
            if digit_value(c).is_some() {
                assert_eq!(classify(c), Some(Tok::Arabic), "{c}");
            }
        }
    }

    /// The lists the scanner was written with, before the rows.
    #[test]
    fn the_rows_read_as_the_lists_they_replace() {
        let digits = [
            "零〇○",
            "一壹弌",
            "二贰貳弍",
            "三叁參弎",
            "四肆",
            "五伍",
            "六陆陸",
            "七柒",
            "八捌",
            "九玖",
        ];
        for (d, chars) in (0..).zip(digits) {
            for c in chars.chars() {
                assert_eq!(chinese_digit(c), Some(d), "{c}");
            }
        }
        for c in "两兩倆十拾百佰千仟廿卅卌万萬亿億兆".chars() {
            assert!(is_numeral_char(c) && chinese_digit(c).is_none(), "{c}");
        }
        for c in "点點多余餘来几幾".chars() {
            assert!(!is_numeral_char(c) && classify(c).is_some(), "{c}");
        }
        let numeral_chars = (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| is_numeral_char(c))
            .count();
        assert_eq!(numeral_chars, 27 + 3 + 6 + 3 + 5);
    }

    #[test]
    fn a_numeral_starts_with_a_digit_a_place_a_sign_or_a_point() {
        for c in "1９一两十百千廿万亿兆负-－+.．".chars() {
            assert!(STARTS.contains(c), "{c}");
        }
        for c in "点多余来几年".chars() {
            assert!(!STARTS.contains(c), "{c}");
        }
    }
}
