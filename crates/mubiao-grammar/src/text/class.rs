//! Character classes: the one table of the characters that matter to the grammar.
//!
//! Real pages mix `(` and `（`, `:` and `：`, `1.` and `1．`, three kinds of space and
//! invisible marks. Every character the grammar treats specially is a row of
//! [`SPECIAL`]; everything else is [`Class::Text`]. The grammar never rewrites the text
//! (spans stay true to the input): it asks the class of a character instead.
//!
//! This module is also the only code that knows how UTF-8 lays characters out in
//! bytes: [`specials`] jumps from one special character to the next by their lead
//! bytes, a table derived from [`SPECIAL`] at compile time, so the ideographs between
//! them (whose lead bytes are never those of a special character) are passed over
//! without being decoded. The tables of the lead bytes of spaces and of digits are
//! derived the same way, and the few scans that test most characters of a text against
//! a set of their own ([`find_member`]) decode them here.

use super::CharSet;

/// A kind of bracket, opening or closing.
///
/// ```
/// use mubiao_grammar::text::{class, Bracket, Class};
/// assert_eq!(class('（'), Class::Open(Bracket::Paren));
/// assert_eq!(class('〕'), Class::Close(Bracket::Tortoise));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Bracket {
    /// `( )` `（ ）` `﹙ ﹚`
    Paren,
    /// `[ ]` `［ ］`
    Square,
    /// `【 】` `〖 〗`
    Lenticular,
    /// `〔 〕` `﹝ ﹞` (document numbers: `〔2013〕`, and `各市、县〔市、区〕政府`)
    Tortoise,
    /// `《 》` `〈 〉` (titles of documents)
    Title,
    /// `{ }` `｛ ｝`
    Curly,
    /// `“ ”`
    Quote,
    /// `‘ ’`
    SingleQuote,
    /// `「 」`
    Corner,
    /// `『 』`
    WhiteCorner,
}

impl Bracket {
    /// Whether this bracket marks a quotation (`“”`, `‘’`, `「」`, `『』`) rather than a
    /// parenthesis.
    ///
    /// ```
    /// use mubiao_grammar::text::Bracket;
    /// assert!(Bracket::Quote.is_quote() && !Bracket::Paren.is_quote());
    /// ```
    #[must_use]
    pub const fn is_quote(self) -> bool {
        matches!(
            self,
            Self::Quote | Self::SingleQuote | Self::Corner | Self::WhiteCorner
        )
    }
}

/// What a character is to the grammar.
///
/// ```
/// use mubiao_grammar::text::{class, Class};
/// assert_eq!(class('：'), Class::Colon);
/// assert_eq!(class('７'), Class::Digit(7));
/// assert_eq!(class('市'), Class::Text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Class {
    /// Any character not listed: ideographs, letters, other signs.
    Text,
    /// Horizontal white space, `\r` (so CRLF text reads like LF text), and invisible
    /// marks (zero-width space, byte-order mark): ` ` `\t` `\r` `　` U+00A0 U+2002
    /// U+2003 U+200B U+FEFF.
    Space,
    /// `\n`.
    LineBreak,
    /// A form feed: the page break of a converted PDF.
    PageBreak,
    /// An opening bracket.
    Open(Bracket),
    /// A closing bracket.
    Close(Bracket),
    /// `"` and `'`, which open and close alike.
    StraightQuote,
    /// `:` `：` `∶`
    Colon,
    /// `、`, the enumeration comma that separates the items of a list.
    ListSep,
    /// `,` `，` `﹐`
    Comma,
    /// `;` `；`
    Semicolon,
    /// `。` `！` `？` `!` `?` `｡`. (`.` is a [`Class::Dot`]: a decimal point or a list
    /// delimiter far more often than a full stop in this genre.)
    SentenceEnd,
    /// `.` `．` `﹒`
    Dot,
    /// `-` `－` `—` `―` `–` `‐` `─`
    Dash,
    /// `~` `～` `〜`
    Tilde,
    /// `/` `／`
    Slash,
    /// `|` `｜`, which set the cells of a table apart.
    Bar,
    /// A mark put beside a lead unit: `*` `＊` `★` `※`
    LeadMark,
    /// `%` `％`
    Percent,
    /// An ASCII or full-width digit, with its value.
    Digit(u8),
}

impl Class {
    /// Space or an invisible mark.
    ///
    /// ```
    /// assert!(mubiao_grammar::text::class('\u{3000}').is_space());
    /// ```
    #[must_use]
    pub const fn is_space(self) -> bool {
        matches!(self, Self::Space)
    }

    /// A sentence end: `。！？!?`.
    ///
    /// ```
    /// assert!(mubiao_grammar::text::class('。').is_sentence_end());
    /// ```
    #[must_use]
    pub const fn is_sentence_end(self) -> bool {
        matches!(self, Self::SentenceEnd)
    }

    /// A clause break: a sentence end, a comma or a semicolon, either width.
    ///
    /// ```
    /// use mubiao_grammar::text::class;
    /// assert!(class('；').is_clause_break());
    /// assert!(!class('、').is_clause_break());
    /// ```
    #[must_use]
    pub const fn is_clause_break(self) -> bool {
        matches!(self, Self::SentenceEnd | Self::Comma | Self::Semicolon)
    }

    /// The value of a digit.
    ///
    /// ```
    /// assert_eq!(mubiao_grammar::text::class('９').digit(), Some(9));
    /// ```
    #[must_use]
    pub const fn digit(self) -> Option<u8> {
        match self {
            Self::Digit(d) => Some(d),
            _ => None,
        }
    }
}

/// Every special character and its class, in code point order (a test keeps it so).
pub const SPECIAL: &[(char, Class)] = {
    use Bracket::{
        Corner, Curly, Lenticular, Paren, Quote, SingleQuote, Square, Title, Tortoise, WhiteCorner,
    };
    use Class::{
        Bar, Close, Colon, Comma, Dash, Digit, Dot, LeadMark, LineBreak, ListSep, Open, PageBreak,
        Percent, Semicolon, SentenceEnd, Slash, Space, StraightQuote, Tilde,
    };
    &[
        ('\t', Space),
        ('\n', LineBreak),
        ('\u{0C}', PageBreak),
        ('\r', Space),
        (' ', Space),
        ('!', SentenceEnd),
        ('"', StraightQuote),
        ('%', Percent),
        ('\'', StraightQuote),
        ('(', Open(Paren)),
        (')', Close(Paren)),
        ('*', LeadMark),
        (',', Comma),
        ('-', Dash),
        ('.', Dot),
        ('/', Slash),
        ('0', Digit(0)),
        ('1', Digit(1)),
        ('2', Digit(2)),
        ('3', Digit(3)),
        ('4', Digit(4)),
        ('5', Digit(5)),
        ('6', Digit(6)),
        ('7', Digit(7)),
        ('8', Digit(8)),
        ('9', Digit(9)),
        (':', Colon),
        (';', Semicolon),
        ('?', SentenceEnd),
        ('[', Open(Square)),
        (']', Close(Square)),
        ('{', Open(Curly)),
        ('|', Bar),
        ('}', Close(Curly)),
        ('~', Tilde),
        ('\u{A0}', Space),
        ('\u{2002}', Space),
        ('\u{2003}', Space),
        ('\u{200B}', Space),
        ('‐', Dash),
        ('–', Dash),
        ('—', Dash),
        ('―', Dash),
        ('‘', Open(SingleQuote)),
        ('’', Close(SingleQuote)),
        ('“', Open(Quote)),
        ('”', Close(Quote)),
        ('※', LeadMark),
        ('∶', Colon),
        ('─', Dash),
        ('★', LeadMark),
        ('\u{3000}', Space),
        ('、', ListSep),
        ('。', SentenceEnd),
        ('〈', Open(Title)),
        ('〉', Close(Title)),
        ('《', Open(Title)),
        ('》', Close(Title)),
        ('「', Open(Corner)),
        ('」', Close(Corner)),
        ('『', Open(WhiteCorner)),
        ('』', Close(WhiteCorner)),
        ('【', Open(Lenticular)),
        ('】', Close(Lenticular)),
        ('〔', Open(Tortoise)),
        ('〕', Close(Tortoise)),
        ('〖', Open(Lenticular)),
        ('〗', Close(Lenticular)),
        ('〜', Tilde),
        ('﹐', Comma),
        ('﹒', Dot),
        ('﹙', Open(Paren)),
        ('﹚', Close(Paren)),
        ('﹝', Open(Tortoise)),
        ('﹞', Close(Tortoise)),
        ('\u{FEFF}', Space),
        ('！', SentenceEnd),
        ('％', Percent),
        ('（', Open(Paren)),
        ('）', Close(Paren)),
        ('＊', LeadMark),
        ('，', Comma),
        ('－', Dash),
        ('．', Dot),
        ('／', Slash),
        ('０', Digit(0)),
        ('１', Digit(1)),
        ('２', Digit(2)),
        ('３', Digit(3)),
        ('４', Digit(4)),
        ('５', Digit(5)),
        ('６', Digit(6)),
        ('７', Digit(7)),
        ('８', Digit(8)),
        ('９', Digit(9)),
        ('：', Colon),
        ('；', Semicolon),
        ('？', SentenceEnd),
        ('［', Open(Square)),
        ('］', Close(Square)),
        ('｛', Open(Curly)),
        ('｜', Bar),
        ('｝', Close(Curly)),
        ('～', Tilde),
        ('｡', SentenceEnd),
    ]
};

/// The classes of the ASCII characters, derived from [`SPECIAL`].
const ASCII: [Class; 128] = {
    let mut t = [Class::Text; 128];
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`, and an ASCII code point is below 128
        #[allow(clippy::indexing_slicing)]
        {
            let (c, k) = SPECIAL[i];
            if (c as u32) < 128 {
                t[c as usize] = k;
            }
        }
        i += 1;
    }
    t
};

/// The first byte of the UTF-8 encoding of `c`.
const fn lead_byte(c: char) -> u8 {
    let cp = c as u32;
    // each arm keeps the value within a byte
    #[allow(clippy::cast_possible_truncation)]
    if cp < 0x80 {
        cp as u8
    } else if cp < 0x800 {
        0xC0 | (cp >> 6) as u8
    } else if cp < 0x1_0000 {
        0xE0 | (cp >> 12) as u8
    } else {
        0xF0 | (cp >> 18) as u8
    }
}

/// What a byte says of the character it starts: its width in bytes (the low bits; 1
/// for a stray continuation byte, which is never where a character starts), and
/// whether it is the lead byte of a special character ([`ANY`]) or of one that is
/// punctuation rather than a digit or `%` ([`PUNCT`]). Derived from [`SPECIAL`]. A
/// UTF-8 continuation byte never leads, so a walk from lead byte to lead byte finds
/// exactly the characters whose lead byte is one of these.
const BYTES: [u8; 256] = {
    let mut t = [1_u8; 256];
    let mut b = 0xC0;
    while b < 256 {
        // `b < 256`: in bounds
        #[allow(clippy::indexing_slicing)]
        {
            t[b] = if b >= 0xF0 {
                4
            } else if b >= 0xE0 {
                3
            } else {
                2
            };
        }
        b += 1;
    }
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`; a byte indexes 256 entries
        #[allow(clippy::indexing_slicing)]
        {
            let (c, k) = SPECIAL[i];
            let lead = lead_byte(c) as usize;
            t[lead] |= ANY;
            if !matches!(k, Class::Digit(_) | Class::Percent) {
                t[lead] |= PUNCT;
            }
        }
        i += 1;
    }
    t
};

/// The bit of [`BYTES`] for the lead bytes of special characters.
const ANY: u8 = 0x10;
/// The bit of [`BYTES`] for the lead bytes of punctuation (special characters but
/// digits and `%`).
const PUNCT: u8 = 0x20;
/// The bits of [`BYTES`] that hold a width.
const WIDTH: u8 = 0x07;

/// A class of [`SPECIAL`] whose lead bytes make a table of their own.
#[derive(Clone, Copy)]
enum Rows {
    /// The rows of [`Class::Space`].
    Space,
    /// The rows of [`Class::Digit`].
    Digit,
}

/// Whether a byte can start the encoding of a character of the chosen rows, as
/// [`BYTES`] marks them for all rows.
const fn leads(rows: Rows) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`; a byte indexes 256 entries
        #[allow(clippy::indexing_slicing)]
        {
            let (c, k) = SPECIAL[i];
            let take = match rows {
                Rows::Space => matches!(k, Class::Space),
                Rows::Digit => matches!(k, Class::Digit(_)),
            };
            if take {
                t[lead_byte(c) as usize] = true;
            }
        }
        i += 1;
    }
    t
}

/// The lead bytes of the spaces: ` ` `\t` `\r`, and those of U+00A0, U+2002…, U+3000,
/// U+FEFF.
const SPACE_LEADS: [bool; 256] = leads(Rows::Space);

/// The lead bytes of the digits: `0`…`9`, and that of `０`…`９`.
const DIGIT_LEADS: [bool; 256] = leads(Rows::Digit);

/// Whether byte `b` is in a table of 256 entries.
fn lead_in(table: &[bool; 256], b: u8) -> bool {
    // a byte indexes 256 entries
    #[allow(clippy::indexing_slicing)]
    table[usize::from(b)]
}

/// The character encoded from byte `at` of `b` and its length in bytes, when a
/// character starts there; `None` at a continuation byte or past the end. For the
/// code that runs at compile time (a [`CharSet`] of the first characters of words)
/// and for the scans that test most characters of a text against a set.
const fn decode(b: &[u8], at: usize) -> Option<(char, usize)> {
    let [lead, rest @ ..] = b.split_at(if at < b.len() { at } else { b.len() }).1 else {
        return None;
    };
    let (len, init) = match *lead {
        0x00..=0x7F => return Some((*lead as char, 1)),
        0xC0..=0xDF => (2, (*lead & 0x1F) as u32),
        0xE0..=0xEF => (3, (*lead & 0x0F) as u32),
        0xF0..=0xF7 => (4, (*lead & 0x07) as u32),
        _ => return None,
    };
    if rest.len() < len - 1 {
        return None;
    }
    let mut cp = init;
    let mut i = 0;
    while i < len - 1 {
        // `i < len - 1 <= rest.len()`
        #[allow(clippy::indexing_slicing)]
        {
            cp = (cp << 6) | (rest[i] & 0x3F) as u32;
        }
        i += 1;
    }
    match char::from_u32(cp) {
        Some(c) => Some((c, len)),
        None => None,
    }
}

/// The first character of `s`, at compile time.
pub(crate) const fn first_char(s: &str) -> Option<char> {
    match decode(s.as_bytes(), 0) {
        Some((c, _)) => Some(c),
        None => None,
    }
}

/// The last character of `s`, at compile time.
pub(crate) const fn last_char(s: &str) -> Option<char> {
    let b = s.as_bytes();
    // back over the continuation bytes (`10xxxxxx`) to the lead byte
    let mut at = b.len();
    while at > 0 {
        at -= 1;
        // `at < b.len()`
        #[allow(clippy::indexing_slicing)]
        let byte = b[at];
        if byte & 0xC0 != 0x80 {
            return match decode(b, at) {
                Some((c, _)) => Some(c),
                None => None,
            };
        }
    }
    None
}

/// Whether `word` stands in `s` at byte `pos`: whether `s.get(pos..)` starts with it.
/// The words a grammar looks for are a few bytes long: a compare of them byte by byte
/// is shorter than a call to `memcmp`, which `str::starts_with` makes.
#[inline]
pub(crate) fn word_at(s: &str, pos: usize, word: &str) -> bool {
    let w = word.as_bytes();
    if w.is_empty() {
        return s.is_char_boundary(pos);
    }
    // a word starts with a lead byte, which no byte inside a character is: a `pos`
    // inside one never matches
    s.as_bytes()
        .get(pos..)
        .is_some_and(|r| r.len() >= w.len() && r.iter().zip(w).all(|(a, b)| a == b))
}

/// The character that starts at byte `pos` of `s`, if one does.
#[inline]
pub(crate) fn char_at(s: &str, pos: usize) -> Option<char> {
    s.get(pos..)?.chars().next()
}

/// The character that ends at byte `pos` of `s`, if one does.
#[inline]
pub(crate) fn char_before(s: &str, pos: usize) -> Option<char> {
    s.get(..pos)?.chars().next_back()
}

/// The offset after the spaces ([`Class::Space`]) that start at byte `pos`. A byte
/// that begins no space (most of them) is answered by the table of space lead bytes,
/// without decoding.
pub(crate) fn skip_spaces(s: &str, mut pos: usize) -> usize {
    while s
        .as_bytes()
        .get(pos)
        .is_some_and(|&b| lead_in(&SPACE_LEADS, b))
    {
        match char_at(s, pos) {
            Some(c) if is_space(c) => pos += c.len_utf8(),
            _ => break,
        }
    }
    pos
}

/// The digit ([`Class::Digit`], ASCII or full-width) that starts at byte `pos` of
/// `s`: its value and its length in bytes. A byte that begins no digit is answered by
/// the table of digit lead bytes, without decoding.
#[inline]
pub(crate) fn digit_at(s: &str, pos: usize) -> Option<(u32, usize)> {
    let &b = s.as_bytes().get(pos)?;
    if let Some(&k) = ASCII.get(usize::from(b)) {
        return k.digit().map(|d| (u32::from(d), 1));
    }
    if !lead_in(&DIGIT_LEADS, b) {
        return None;
    }
    let c = char_at(s, pos)?;
    class(c).digit().map(|d| (u32::from(d), c.len_utf8()))
}

/// The first character of `s` at or after byte `from` that is a member of `set`, and
/// its offset. The characters between are tested on their code points decoded in
/// place: ASCII, and three-byte characters (most of a Chinese text) two at a step;
/// a `from` inside a character passes over the rest of it.
pub(crate) fn find_member(s: &str, from: usize, set: &CharSet) -> Option<(usize, char)> {
    /// The code point of a three-byte character.
    const fn cp3(b0: u8, b1: u8, b2: u8) -> u32 {
        ((b0 as u32 & 0x0F) << 12) | ((b1 as u32 & 0x3F) << 6) | (b2 as u32 & 0x3F)
    }
    let b = s.as_bytes();
    let mut rest = b.get(from..)?;
    loop {
        match *rest {
            [
                a0 @ 0xE0..=0xEF,
                a1,
                a2,
                c0 @ 0xE0..=0xEF,
                c1,
                c2,
                ref tail @ ..,
            ] if !set.has(cp3(a0, a1, a2)) && !set.has(cp3(c0, c1, c2)) => rest = tail,
            [a0 @ 0xE0..=0xEF, a1, a2, ref tail @ ..] if !set.has(cp3(a0, a1, a2)) => rest = tail,
            [a, ref tail @ ..] if a < 0x80 && !set.has(u32::from(a)) => rest = tail,
            [] => return None,
            _ => {
                // a member, a character of two or four bytes, or the inside of one
                let at = b.len() - rest.len();
                let len = match decode(b, at) {
                    Some((c, _)) if set.contains(c) => return Some((at, c)),
                    Some((_, len)) => len,
                    None => 1,
                };
                rest = rest.get(len..)?;
            }
        }
    }
}

/// The class of a character.
///
/// ```
/// use mubiao_grammar::text::{class, Class};
/// assert_eq!(class('、'), Class::ListSep);
/// assert_eq!(class('\u{200B}'), Class::Space);
/// ```
#[must_use]
pub fn class(c: char) -> Class {
    let cp = c as u32;
    if cp >= 0x1_0000 {
        return Class::Text;
    }
    // two looks: the page of 256 code points, then the character in it
    let page = PAGE_OF.get((cp >> 8) as usize).copied().unwrap_or(0);
    if page == 0 {
        return Class::Text;
    }
    PAGES
        .get(usize::from(page) - 1)
        .and_then(|p| p.get((cp & 0xFF) as usize))
        .copied()
        .unwrap_or(Class::Text)
}

/// How many pages of 256 code points hold a special character.
const PAGE_COUNT: usize = {
    let mut seen = [false; 256];
    let mut n = 0;
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`; a BMP page number is below 256
        #[allow(clippy::indexing_slicing)]
        {
            let page = (SPECIAL[i].0 as u32 >> 8) as usize;
            if page < 256 && !seen[page] {
                seen[page] = true;
                n += 1;
            }
        }
        i += 1;
    }
    n
};

/// For each page of 256 code points of the BMP, the number of its table in [`PAGES`]
/// plus one, or 0 where no special character is.
const PAGE_OF: [u8; 256] = {
    let mut t = [0_u8; 256];
    let mut n = 0_u8;
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`; a BMP page number is below 256
        #[allow(clippy::indexing_slicing)]
        {
            let page = (SPECIAL[i].0 as u32 >> 8) as usize;
            if page < 256 && t[page] == 0 {
                n += 1;
                t[page] = n;
            }
        }
        i += 1;
    }
    t
};

/// The classes of the characters of each page that holds a special character,
/// derived from [`SPECIAL`].
const PAGES: [[Class; 256]; PAGE_COUNT] = {
    let mut t = [[Class::Text; 256]; PAGE_COUNT];
    let mut i = 0;
    while i < SPECIAL.len() {
        // `i < SPECIAL.len()`; every page of a special character has its table
        #[allow(clippy::indexing_slicing)]
        {
            let (c, k) = SPECIAL[i];
            let cp = c as u32;
            if cp < 0x1_0000 {
                let page = PAGE_OF[(cp >> 8) as usize];
                t[page as usize - 1][(cp & 0xFF) as usize] = k;
            }
        }
        i += 1;
    }
    t
};

/// The special characters of `s` from byte `from` on: (offset, character, class), in
/// order. Characters of [`Class::Text`] are skipped, most of them by their lead byte
/// alone.
///
/// ```
/// use mubiao_grammar::text::{specials, Class};
/// let found: Vec<(usize, char)> = specials("市发改委（牵头）、", 0).map(|(i, c, _)| (i, c)).collect();
/// assert_eq!(found, [(12, '（'), (21, '）'), (24, '、')]);
/// ```
#[must_use]
pub fn specials(s: &str, from: usize) -> Specials<'_> {
    Specials {
        s,
        pos: from,
        leads: ANY,
    }
}

/// The punctuation of `s` from byte `from` on: [`specials`] but digits and `%`, which
/// are passed over undecoded (a report is full of numbers; a line's punctuation is
/// what its tokens are made of).
///
/// ```
/// use mubiao_grammar::text::punctuation;
/// let found: Vec<char> = punctuation("增长12.6%，达到640亿元。", 0).map(|(_, c, _)| c).collect();
/// assert_eq!(found, ['.', '，', '。']);
/// ```
#[must_use]
pub fn punctuation(s: &str, from: usize) -> Specials<'_> {
    Specials {
        s,
        pos: from,
        leads: PUNCT,
    }
}

/// The iterator of [`specials`].
#[derive(Clone, Debug)]
pub struct Specials<'a> {
    s: &'a str,
    pos: usize,
    /// The bit of [`BYTES`] that marks the lead bytes looked at.
    leads: u8,
}

impl Iterator for Specials<'_> {
    type Item = (usize, char, Class);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.s.as_bytes();
        // from character to character by the width each lead byte gives: a character
        // whose lead byte no special character has is passed over undecoded
        while let Some(&b) = bytes.get(self.pos) {
            let at = self.pos;
            // `b` is a byte: in bounds of the 256 entries
            #[allow(clippy::indexing_slicing)]
            let byte = BYTES[usize::from(b)];
            if byte & self.leads == 0 {
                self.pos += usize::from(byte & WIDTH);
                continue;
            }
            let Some(c) = self.s.get(at..).and_then(|r| r.chars().next()) else {
                // not at a character boundary: only a caller's `from` can do that
                self.pos += 1;
                continue;
            };
            self.pos = at + c.len_utf8();
            let k = class(c);
            let wanted = if self.leads == PUNCT {
                !matches!(k, Class::Text | Class::Digit(_) | Class::Percent)
            } else {
                k != Class::Text
            };
            if wanted {
                return Some((at, c, k));
            }
        }
        None
    }
}

/// Whether `c` is [`Class::Space`].
///
/// ```
/// assert!(mubiao_grammar::text::is_space('\u{FEFF}'));
/// assert!(!mubiao_grammar::text::is_space('\n'));
/// ```
#[must_use]
pub fn is_space(c: char) -> bool {
    class(c).is_space()
}

/// Whether `c` is a sentence end (`。！？!?`).
///
/// ```
/// assert!(mubiao_grammar::text::is_sentence_end('？'));
/// assert!(!mubiao_grammar::text::is_sentence_end('.'));
/// ```
#[must_use]
pub fn is_sentence_end(c: char) -> bool {
    class(c).is_sentence_end()
}

/// Whether `c` is a clause break: a sentence end, a comma or a semicolon.
///
/// ```
/// assert!(mubiao_grammar::text::is_clause_break('，'));
/// ```
#[must_use]
pub fn is_clause_break(c: char) -> bool {
    class(c).is_clause_break()
}

/// The value of an ASCII or full-width digit.
///
/// ```
/// use mubiao_grammar::text::digit_value;
/// assert_eq!(digit_value('７'), Some(7));
/// assert_eq!(digit_value('七'), None);
/// ```
#[must_use]
pub fn digit_value(c: char) -> Option<u32> {
    class(c).digit().map(u32::from)
}

/// Whether `c` opens a parenthesis: `(` `（` `﹙`.
///
/// ```
/// assert!(mubiao_grammar::text::is_open_paren('（'));
/// ```
#[must_use]
pub fn is_open_paren(c: char) -> bool {
    class(c) == Class::Open(Bracket::Paren)
}

/// Whether `c` closes a parenthesis: `)` `）` `﹚`.
///
/// ```
/// assert!(mubiao_grammar::text::is_close_paren(')'));
/// ```
#[must_use]
pub fn is_close_paren(c: char) -> bool {
    class(c) == Class::Close(Bracket::Paren)
}

/// Whether `c` opens a bracket that is not a quotation mark: `(` `（` `〔` `【` `《` `[` ….
///
/// ```
/// assert!(mubiao_grammar::text::is_open_bracket('〔') && !mubiao_grammar::text::is_open_bracket('“'));
/// ```
#[must_use]
pub fn is_open_bracket(c: char) -> bool {
    matches!(class(c), Class::Open(b) if !b.is_quote())
}

/// Whether `c` closes a bracket that is not a quotation mark: `)` `）` `〕` `】` `》` ….
///
/// ```
/// assert!(mubiao_grammar::text::is_close_bracket('）') && !mubiao_grammar::text::is_close_bracket('”'));
/// ```
#[must_use]
pub fn is_close_bracket(c: char) -> bool {
    matches!(class(c), Class::Close(b) if !b.is_quote())
}

/// Whether `c` is a colon: `:` `：` `∶`.
///
/// ```
/// assert!(mubiao_grammar::text::is_colon('：'));
/// ```
#[must_use]
pub fn is_colon(c: char) -> bool {
    class(c) == Class::Colon
}

/// Whether `c` is a comma: `,` `，`.
///
/// ```
/// assert!(mubiao_grammar::text::is_comma('，'));
/// ```
#[must_use]
pub fn is_comma(c: char) -> bool {
    class(c) == Class::Comma
}

/// Whether `c` is a semicolon: `;` `；`.
///
/// ```
/// assert!(mubiao_grammar::text::is_semicolon('；'));
/// ```
#[must_use]
pub fn is_semicolon(c: char) -> bool {
    class(c) == Class::Semicolon
}

/// Whether `c` is a footnote mark written after a word: a circled number (`①`…`⑳`)
/// or a superscript digit (`¹`, `²`, `³`, `⁰`…`⁹`). At the start of a line a circled
/// number is an outline marker instead; this is for marks inside a sentence.
///
/// ```
/// use mubiao_grammar::text::is_note_mark;
/// assert!(is_note_mark('①') && is_note_mark('²'));
/// assert!(!is_note_mark('1') && !is_note_mark('。'));
/// ```
#[must_use]
pub const fn is_note_mark(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{b9}' | '\u{b2}' | '\u{b3}' | '\u{2070}'..='\u{2079}')
}

/// Folds a full-width ASCII form (`（`, `：`, `１`, `％`) and the ideographic space to
/// ASCII; other characters are returned unchanged.
///
/// ```
/// use mubiao_grammar::text::fold;
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

/// The text with leading and trailing spaces ([`Class::Space`]) removed, and how many
/// bytes were removed from the front (to rebase spans).
///
/// ```
/// use mubiao_grammar::text::trim;
/// assert_eq!(trim("\u{3000} 市发改委\u{200B} "), ("市发改委", 4));
/// ```
#[must_use]
pub fn trim(s: &str) -> (&str, usize) {
    let t = s.trim_start_matches(is_space);
    let front = s.len() - t.len();
    (t.trim_end_matches(is_space), front)
}

/// Where the first character of class `k` stands in `s` (`:` or `：` for
/// [`Class::Colon`], `(` or `（` for an opening parenthesis).
///
/// ```
/// use mubiao_grammar::text::{find, Bracket, Class};
/// assert_eq!(find("目标：增长8%:", Class::Colon), Some(6));
/// assert_eq!(find("市发改委(牵头)（配合）", Class::Open(Bracket::Paren)), Some(12));
/// // `，` shares its lead bytes with `：` but is no colon
/// assert_eq!(find("增长，提高", Class::Colon), None);
/// ```
#[must_use]
pub fn find(s: &str, k: Class) -> Option<usize> {
    specials(s, 0).find(|&(_, _, c)| c == k).map(|(i, _, _)| i)
}

/// Whether `s` has more than `n` characters. A character is one to four bytes, so the
/// length alone answers unless it lies between `n` and `4n` bytes; only then are the
/// characters counted.
///
/// ```
/// use mubiao_grammar::text::more_chars_than;
/// assert!(more_chars_than("市发改委局", 4));
/// assert!(!more_chars_than("市发改委", 4));
/// ```
#[must_use]
pub fn more_chars_than(s: &str, n: usize) -> bool {
    s.len() > n && (s.len() > n.saturating_mul(4) || s.chars().count() > n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_code_point_order_without_repeats() {
        assert!(SPECIAL.windows(2).all(|w| w[0].0 < w[1].0), "{SPECIAL:?}");
    }

    #[test]
    fn specials_find_what_a_scan_of_every_character_finds() {
        let text = "（一）市发改委：A、B，C；D。“E”〔2013〕11号—2—\u{3000}１２％*\r\n\u{0C}";
        let every: Vec<(usize, char, Class)> = text
            .char_indices()
            .map(|(i, c)| (i, c, class(c)))
            .filter(|&(_, _, k)| k != Class::Text)
            .collect();
        let found: Vec<_> = specials(text, 0).collect();
        assert_eq!(found, every);
        assert_eq!(found.len(), 28);
    }

    #[test]
    fn every_character_of_the_bmp_reads_as_the_table_says() {
        // the lead-byte jump never misses a special character, whatever surrounds it
        for &(c, k) in SPECIAL {
            let s = format!("市{c}委");
            let got: Vec<_> = specials(&s, 0).collect();
            assert_eq!(got, [(3, c, k)], "{c:?}");
        }
        // and never reports a text character, even one sharing a lead byte
        let lookalikes = "ＡＢａｂ〇〡㐀ㄅ‖…•";
        assert_eq!(specials(lookalikes, 0).count(), 0);
    }

    #[test]
    fn decode_reads_every_character_as_std_does() {
        for c in (0..=0x10_FFFF).step_by(7).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let e = c.encode_utf8(&mut buf);
            assert_eq!(decode(e.as_bytes(), 0), Some((c, c.len_utf8())), "{c:?}");
            assert_eq!(first_char(e), Some(c));
            assert_eq!(last_char(e), Some(c));
            assert_eq!(last_char(&format!("市{e}")), Some(c));
        }
        assert_eq!(decode("市".as_bytes(), 1), None);
        assert_eq!(decode(b"", 0), None);
        assert_eq!(
            decode("市".as_bytes().get(..2).unwrap_or_default(), 0),
            None
        );
        assert_eq!(first_char(""), None);
        assert_eq!(last_char(""), None);
    }

    #[test]
    fn chars_at_and_before_an_offset() {
        let s = "12万套";
        assert_eq!(char_at(s, 2), Some('万'));
        assert_eq!(char_at(s, 3), None);
        assert_eq!(char_at(s, s.len()), None);
        assert_eq!(char_before(s, 5), Some('万'));
        assert_eq!(char_before(s, 4), None);
        assert_eq!(char_before(s, 0), None);
    }

    #[test]
    fn words_at_an_offset() {
        let s = "3月底前完成";
        assert!(word_at(s, 1, "月底"));
        assert!(word_at(s, 1, ""));
        assert!(!word_at(s, 1, "月底前完成了"));
        assert!(
            !word_at(s, 2, "月") && !word_at(s, 2, ""),
            "inside a character"
        );
        assert!(!word_at(s, 99, ""));
    }

    #[test]
    fn lead_tables_hold_every_space_and_digit() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let lead = lead_byte(c);
            assert!(!is_space(c) || lead_in(&SPACE_LEADS, lead), "{c:?}");
            assert!(
                class(c).digit().is_none() || lead_in(&DIGIT_LEADS, lead),
                "{c:?}"
            );
        }
    }

    #[test]
    fn spaces_are_skipped_and_nothing_else() {
        let s = "到 \u{3000}\t\u{FEFF}２０２７ 年";
        assert_eq!(skip_spaces(s, 3), 3 + 1 + 3 + 1 + 3);
        assert_eq!(skip_spaces(s, 0), 0);
        assert_eq!(skip_spaces(s, 1), 1, "inside a character");
        assert_eq!(skip_spaces(s, s.len()), s.len());
    }

    #[test]
    fn digits_at_an_offset_are_those_of_the_table() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            let s = format!("{c}万");
            let want = digit_value(c).map(|d| (d, c.len_utf8()));
            assert_eq!(digit_at(&s, 0), want, "{c:?}");
        }
        assert_eq!(digit_at("１２％", 3), Some((2, 3)));
        assert_eq!(digit_at("１２％", 1), None, "inside a character");
        assert_eq!(digit_at("１２％", 6), None);
    }

    #[test]
    fn members_are_found_as_a_scan_of_every_character_finds_them() {
        const SET: CharSet = CharSet::of(&['1', '¥', '万', '５', '〇']);
        let text = "a1市¥万５😀〇，2０〇";
        let every: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, c)| SET.contains(c))
            .collect();
        let mut found = Vec::new();
        let mut from = 0;
        while let Some((at, c)) = find_member(text, from, &SET) {
            found.push((at, c));
            from = at + c.len_utf8();
        }
        assert_eq!(found, every);
        assert_eq!(found.len(), 6);
        // from inside a character: the rest of it is passed over
        assert_eq!(find_member("万万", 1, &SET), Some((3, '万')));
        assert_eq!(find_member("市", 0, &SET), None);
        assert_eq!(find_member("市", 9, &SET), None);
    }

    #[test]
    fn a_start_inside_a_character_is_passed_over() {
        let s = "市（";
        assert_eq!(
            specials(s, 1).collect::<Vec<_>>(),
            [(3, '（', Class::Open(Bracket::Paren))]
        );
    }
}
