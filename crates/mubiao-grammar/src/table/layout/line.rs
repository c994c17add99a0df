//! The words of a line laid out by a PDF converter, and where each stands.
//!
//! `pdftotext -layout` gives every character one column and pads with spaces to put
//! a word where it stood on the page: a run of two or more spaces sets two pieces of
//! text apart (a [`Frag`]ment each), one space stands inside a piece. But the
//! converter only places the first word after a run of spaces where it stood; a word
//! after one space follows the word before it. Where everything before it is
//! ideographs (one column each, as in print) that is where it stood too; after ASCII
//! (half as wide in print as a column) its place drifts, so it is estimated from the
//! widths instead: an ASCII character half a column, an ideograph a column, a space
//! next to ASCII half a column.
//!
//! Places are in half columns ([`Pos`]), from the start of the line.

use std::ops::Range;

use mubiao_model::Span;

use crate::text::{Line, class};

/// A place on a line, in half columns from its start.
pub(super) type Pos = usize;

/// How many half columns a character takes in print.
fn width(c: char) -> Pos {
    if narrow(c) { 1 } else { 2 }
}

/// Whether a character is half as wide as an ideograph in print: ASCII and the
/// Latin and general punctuation below U+2000.
fn narrow(c: char) -> bool {
    u32::from(c) < 0x2000
}

/// A run of characters without spaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Word {
    /// Where it is in the text.
    pub(super) span: Span,
    /// The column the text puts it at, in half columns.
    pub(super) col: Pos,
    /// Where it starts on the page, in half columns (estimated unless `placed`).
    pub(super) start: Pos,
    /// Where it ends on the page.
    pub(super) end: Pos,
    /// Whether the converter put it where it stood (the first word of a fragment, or
    /// one after ideographs only).
    pub(super) placed: bool,
    /// How many characters it has.
    pub(super) chars: usize,
    /// Whether its first and its last characters are ASCII (a space beside ASCII is
    /// the converter's; one between two ideographs may part two cells).
    pub(super) narrow_ends: (bool, bool),
}

/// A fragment: words set apart from the rest of the line by runs of two or more
/// spaces, one space between each two of them. Its words are a range of the word list
/// it was read into.
pub(super) type Frag = Range<usize>;

/// Reads the words of `line` into `words` and its fragments into `frags` (ranges of
/// `words`); returns the range of `frags` it added.
pub(super) fn read(text: &str, line: &Line, words: &mut Vec<Word>, frags: &mut Vec<Frag>) -> Frag {
    let first_frag = frags.len();
    let raw = text.get(line.raw.range()).unwrap_or_default();
    let mut r = Reading {
        offset: line.raw.start,
        frag_start: words.len(),
        narrow_before: false,
        last_char: None,
    };
    let mut col = 0;
    // the word being read: its byte start and column, and its characters
    let mut word: Option<(usize, Pos, usize)> = None;
    let mut spaces = 2;
    for (i, c) in raw.char_indices() {
        if c == '\u{0C}' {
            continue;
        }
        if class(c).is_space() {
            if let Some((at, c0, chars)) = word.take() {
                let s = raw.get(at..i).unwrap_or_default();
                r.push(s, at, c0, chars, spaces >= 2, words, frags);
                spaces = 0;
            }
            spaces += 1;
        } else {
            match &mut word {
                Some((_, _, n)) => *n += 1,
                None => word = Some((i, col, 1)),
            }
        }
        col += 2;
    }
    if let Some((at, c0, chars)) = word.take() {
        let s = raw.get(at..).unwrap_or_default();
        r.push(s, at, c0, chars, spaces >= 2, words, frags);
    }
    if r.frag_start < words.len() {
        frags.push(r.frag_start..words.len());
    }
    first_frag..frags.len()
}

/// The state of [`read`] between words.
struct Reading {
    /// Where the line starts in the text.
    offset: usize,
    /// Where the words of the fragment being read start.
    frag_start: usize,
    /// Whether a word of the fragment so far has an ASCII character.
    narrow_before: bool,
    /// The last character of the word before.
    last_char: Option<char>,
}

impl Reading {
    /// Adds the word `s` at byte `at` of the line and column `col`, opening a fragment
    /// when a run of spaces came before it.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        s: &str,
        at: usize,
        col: Pos,
        chars: usize,
        opens: bool,
        words: &mut Vec<Word>,
        frags: &mut Vec<Frag>,
    ) {
        if opens {
            if self.frag_start < words.len() {
                frags.push(self.frag_start..words.len());
            }
            self.frag_start = words.len();
            self.narrow_before = false;
            self.last_char = None;
        }
        let (start, placed) = match words.last() {
            Some(prev) if self.frag_start < words.len() && self.narrow_before => {
                let beside_ascii =
                    s.chars().next().is_some_and(narrow) || self.last_char.is_some_and(narrow);
                let gap = if beside_ascii { 1 } else { 2 };
                (prev.end + gap, false)
            }
            _ => (col, true),
        };
        self.narrow_before |= s.chars().any(narrow);
        self.last_char = s.chars().next_back();
        let w: Pos = s.chars().map(width).sum();
        words.push(Word {
            span: Span::new(self.offset + at, self.offset + at + s.len()),
            col,
            start,
            end: start + w,
            placed,
            chars,
            narrow_ends: (
                s.chars().next().is_some_and(narrow),
                s.chars().next_back().is_some_and(narrow),
            ),
        });
    }
}

/// The text of `words` from the first to the last, single spaces included.
pub(super) fn text_of<'a>(text: &'a str, words: &[Word]) -> &'a str {
    match (words.first(), words.last()) {
        (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or_default(),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lines;

    fn read_all(text: &str) -> (Vec<Word>, Vec<Frag>) {
        let mut words = Vec::new();
        let mut frags = Vec::new();
        for line in lines(text) {
            read(text, &line, &mut words, &mut frags);
        }
        (words, frags)
    }

    #[test]
    fn fragments_at_runs_of_spaces_words_at_single_spaces() {
        let text = "1       全力争取温州绿色低碳 5 万卡  12 月   市数据局（市人 市工业";
        let (words, frags) = read_all(text);
        let frag_texts: Vec<&str> = frags
            .iter()
            .map(|f| text_of(text, words.get(f.clone()).unwrap()))
            .collect();
        assert_eq!(
            frag_texts,
            [
                "1",
                "全力争取温州绿色低碳 5 万卡",
                "12 月",
                "市数据局（市人 市工业"
            ]
        );
        let w: Vec<(&str, Pos, Pos, bool)> = words
            .iter()
            .map(|w| (w.span.get(text).unwrap(), w.col, w.start, w.placed))
            .collect();
        // columns are characters (an ideograph is one), in half columns
        assert_eq!(w[1], ("全力争取温州绿色低碳", 16, 16, true));
        assert_eq!(w[2], ("5", 38, 38, true));
        // after ASCII the place is estimated: half a column for `5` and for each space
        // beside it
        assert_eq!(w[3], ("万卡", 42, 40, false));
        assert_eq!(words[3].end, 44);
        // the first word of a fragment stands where the text puts it
        assert_eq!(w[4], ("12", 50, 50, true));
        // after ideographs only, a word after one space is where the text puts it
        assert_eq!(w[7].0, "市工业");
        assert!(words[7].placed);
        assert_eq!(words[7].start, words[7].col);
    }

    #[test]
    fn form_feeds_take_no_column() {
        let text = "\u{0C}序号  重点";
        let (words, _) = read_all(text);
        assert_eq!(words[0].col, 0);
        assert_eq!(words[1].col, 8);
        assert_eq!(words[1].span.get(text), Some("重点"));
    }
}
