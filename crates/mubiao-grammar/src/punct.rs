//! Character classes of the genre: ASCII and full-width punctuation, digits, spaces.
//!
//! Real pages mix `(` and `（`, `:` and `：`, `1.` and `1．`; the grammar never rewrites
//! the text (spans stay true to the input), it accepts both forms through these.

/// `(` or `（`.
///
/// ```
/// assert!(mubiao_grammar::punct::is_open_paren('（'));
/// ```
#[must_use]
pub const fn is_open_paren(c: char) -> bool {
    matches!(c, '(' | '（')
}

/// `)` or `）`.
///
/// ```
/// assert!(mubiao_grammar::punct::is_close_paren(')'));
/// ```
#[must_use]
pub const fn is_close_paren(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// `:` or `：`.
///
/// ```
/// assert!(mubiao_grammar::punct::is_colon('：'));
/// ```
#[must_use]
pub const fn is_colon(c: char) -> bool {
    matches!(c, ':' | '：')
}

/// `,` or `，`.
///
/// ```
/// assert!(mubiao_grammar::punct::is_comma('，'));
/// ```
#[must_use]
pub const fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，')
}

/// `;` or `；`.
///
/// ```
/// assert!(mubiao_grammar::punct::is_semicolon('；'));
/// ```
#[must_use]
pub const fn is_semicolon(c: char) -> bool {
    matches!(c, ';' | '；')
}

/// A sentence end: `。`, `！`, `？`, `!`, `?`. (`.` is left out: it is a decimal point
/// or a list marker far more often than a full stop in this genre.)
///
/// ```
/// assert!(mubiao_grammar::punct::is_sentence_end('。'));
/// assert!(!mubiao_grammar::punct::is_sentence_end('.'));
/// ```
#[must_use]
pub const fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// A clause break: a sentence end, a comma or a semicolon, either width.
///
/// ```
/// assert!(mubiao_grammar::punct::is_clause_break('；'));
/// assert!(!mubiao_grammar::punct::is_clause_break('、'));
/// ```
#[must_use]
pub const fn is_clause_break(c: char) -> bool {
    is_sentence_end(c) || is_comma(c) || is_semicolon(c)
}

/// Horizontal white space: ASCII space and tab, the ideographic space `　`, no-break
/// space, and `\r` (so CRLF text reads like LF text).
///
/// ```
/// assert!(mubiao_grammar::punct::is_space('\u{3000}'));
/// assert!(!mubiao_grammar::punct::is_space('\n'));
/// ```
#[must_use]
pub const fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\r' | '\u{3000}' | '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{feff}'
    )
}

/// Whether `c` is a footnote mark written after a word: a circled number (`①`…`⑳`)
/// or a superscript digit (`¹`, `²`, `³`, `⁰`…`⁹`). At the start of a line a circled
/// number is an outline marker instead; this is for marks inside a sentence.
///
/// ```
/// use mubiao_grammar::punct::is_note_mark;
/// assert!(is_note_mark('①') && is_note_mark('²'));
/// assert!(!is_note_mark('1') && !is_note_mark('。'));
/// ```
#[must_use]
pub const fn is_note_mark(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2070}'..='\u{2079}')
}

/// The value of an ASCII or full-width digit.
///
/// ```
/// use mubiao_grammar::punct::digit_value;
/// assert_eq!(digit_value('７'), Some(7));
/// assert_eq!(digit_value('7'), Some(7));
/// assert_eq!(digit_value('七'), None);
/// ```
#[must_use]
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Folds a full-width ASCII form (`（`, `：`, `１`, `％`) and the ideographic space to
/// ASCII; other characters are returned unchanged.
///
/// ```
/// use mubiao_grammar::punct::fold;
/// assert_eq!(fold('％'), '%');
/// assert_eq!(fold('、'), '、');
/// ```
#[must_use]
pub const fn fold(c: char) -> char {
    let cp = c as u32;
    if cp >= 0xFF01 && cp <= 0xFF5E {
        match char::from_u32(cp - 0xFEE0) {
            Some(a) => a,
            None => c,
        }
    } else if cp == 0x3000 {
        ' '
    } else {
        c
    }
}

/// The text with leading and trailing [`is_space`] characters removed, and how many
/// bytes were removed from the front (to rebase spans).
///
/// ```
/// use mubiao_grammar::punct::trim;
/// assert_eq!(trim("\u{3000} 市发改委 "), ("市发改委", 4));
/// ```
#[must_use]
pub fn trim(s: &str) -> (&str, usize) {
    let t = s.trim_start_matches(is_space);
    let front = s.len() - t.len();
    (t.trim_end_matches(is_space), front)
}

/// Whether `s` has more than `n` characters. A character is one to four bytes, so the
/// length alone answers unless it lies between `n` and `4n` bytes; only then are the
/// characters counted.
pub(crate) fn more_chars_than(s: &str, n: usize) -> bool {
    s.len() > n && (s.len() > n.saturating_mul(4) || s.chars().count() > n)
}

/// Where `ascii` (a printable ASCII sign) or its full-width form (`:` / `：`,
/// `(` / `（`) first starts in `s`. One search for both first bytes: the full-width
/// forms U+FF01–U+FF3F are `EF BC xx` with `xx = 0x80 + ascii - 0x20`.
pub(crate) fn find_either_width(s: &str, ascii: u8) -> Option<usize> {
    let wide = [0xBC, 0x80_u8.wrapping_add(ascii.wrapping_sub(0x20))];
    let b = s.as_bytes();
    memchr::memchr2_iter(ascii, 0xEF, b)
        .find(|&k| b.get(k) == Some(&ascii) || b.get(k + 1..k + 3) == Some(&wide[..]))
}

#[cfg(test)]
mod tests {
    use super::{find_either_width, more_chars_than};

    #[test]
    fn more_chars_than_counts_only_when_the_length_leaves_it_open() {
        assert!(!more_chars_than("市发改委", 4));
        assert!(more_chars_than("市发改委局", 4));
        assert!(more_chars_than("abcde", 4));
        assert!(!more_chars_than("abcd", 4));
        // 16 bytes: over 4 characters whatever they are
        assert!(more_chars_than("abcdefghijklmnop", 4));
        assert!(!more_chars_than("", 0));
        assert!(more_chars_than("a", 0));
    }

    #[test]
    fn either_width_finds_the_first_of_both_forms() {
        assert_eq!(find_either_width("目标：增长8%:", b':'), Some(6));
        assert_eq!(find_either_width("市发改委(牵头)（配合）", b'('), Some(12));
        assert_eq!(find_either_width("（一）", b'('), Some(0));
        // `，` shares the lead bytes EF BC with `：` but is no colon
        assert_eq!(find_either_width("增长，提高", b':'), None);
    }
}
