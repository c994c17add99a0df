//! The scan: the lines of a layout table after its first header, page by page, up
//! to the end of the table.
//!
//! A page break (a form feed, a printed page number) is followed, past the page
//! chrome, by the header again (its places re-read for the new page), or, on a page
//! that does not repeat it, by lines that lead to the next row's number
//! ([`goes_on`]); a header inside a page (the page chrome lost) starts a page too.
//! The table ends at the first line that is none of these and no part of a row: a
//! fragment left of the number column's end that is no row's number and no heading
//! (prose again), a header of other columns, more than [`MAX_BLANKS`] blank lines,
//! or more than [`MAX_GAP`] lines without a row's number. The last row then keeps
//! the lines below its number that it can take ([`last_line`]).

use std::ops::Range;

use mubiao_model::Span;

use super::header::{self, Header};
use super::line::{self, Frag, Pos, Word};
use super::rows::MAX_GAP;
use crate::lexicon::Lexicon;
use crate::table::Cursor;
use crate::text::{Line, LineKind, class};

/// A run of more blank lines than this inside a page ends the table.
const MAX_BLANKS: usize = 6;

/// How many lines of page chrome (blank lines, the page number) may stand between
/// the last line of a page and the header repeated on the next.
const MAX_CHROME: usize = 8;

/// A fragment of a line of column names is shorter than this (half columns).
const MAX_NAME: Pos = 32;

/// A line of the table's body as the scan read it.
#[derive(Clone, Debug)]
pub(super) struct Scanned {
    /// How far ahead of the cursor it is.
    pub(super) k: usize,
    /// The line.
    pub(super) line: Line,
    /// The page it is on (0: the table's first).
    pub(super) page: usize,
    /// Its fragments (a range of the table's fragments).
    pub(super) frags: Range<usize>,
    /// The number it holds, and where.
    pub(super) number: Option<(u32, Span)>,
    /// A heading between rows (`一、…`), read as a line of its own.
    pub(super) heading: bool,
}

/// What the scan found: the body's lines and each page's header.
#[derive(Debug, Default)]
pub(super) struct Scan {
    /// The words of every line.
    pub(super) words: Vec<Word>,
    /// The fragments of every line (ranges of `words`).
    pub(super) frags: Vec<Frag>,
    /// The body's lines, in order.
    pub(super) lines: Vec<Scanned>,
    /// Each page's header (the first is the table's).
    pub(super) headers: Vec<Header>,
}

/// Where a page's number column ends: two characters past its name (or where the
/// next name starts, if sooner). A fragment that starts left of this is a row's
/// number, a heading, or no part of the table.
fn number_zone(h: &Header) -> Pos {
    match (h.names.first(), h.names.get(1)) {
        (Some(a), Some(b)) => (a.hi + 4).min(b.lo.max(a.hi)),
        _ => 0,
    }
}

/// The number a line's first fragment holds when it is a row's number: one to four
/// digits (a `.` or `、` after them allowed), left of `zone`, alone in its fragment or
/// followed by a word past the number column's name (which ends at `name_end`).
fn number(
    text: &str,
    words: &[Word],
    frag: &Frag,
    zone: Pos,
    name_end: Pos,
) -> Option<(u32, Span)> {
    let ws = words.get(frag.clone())?;
    let w = ws.first()?;
    if w.col >= zone || ws.get(1).is_some_and(|n| n.start < name_end) {
        return None;
    }
    let s = w.span.get(text)?;
    let digits = s.trim_end_matches(['.', '．', '、']);
    let mut value = 0u32;
    let mut n = 0;
    for c in digits.chars() {
        value = value
            .saturating_mul(10)
            .saturating_add(u32::from(class(c).digit()?));
        n += 1;
    }
    (1..=4)
        .contains(&n)
        .then(|| (value, Span::new(w.span.start, w.span.start + digits.len())))
}

/// Whether a line's fragments are all short names and two of them the lexicon knows
/// as column names: a header, not a row.
fn names_columns(text: &str, words: &[Word], frags: &[Frag], lx: &Lexicon) -> bool {
    if frags.len() < 2 {
        return false;
    }
    let mut known = 0;
    for f in frags {
        let ws = words.get(f.clone()).unwrap_or_default();
        let (Some(a), Some(b)) = (ws.first(), ws.last()) else {
            return false;
        };
        if (b.col + 2 * b.chars).saturating_sub(a.col) > MAX_NAME {
            return false;
        }
        if lx.column(line::text_of(text, ws)).is_some() {
            known += 1;
        }
    }
    known >= 2
}

/// Reads the lines after the first header: the body, page by page, up to the end of
/// the table. `None` when no row's number comes.
pub(super) fn scan(
    text: &str,
    cursor: &mut Cursor<'_>,
    first: Header,
    lx: &Lexicon,
) -> Option<Scan> {
    let mut s = Scan::default();
    let mut k = first.lines;
    s.headers.push(first);
    let mut blanks = 0;
    let mut since_number = 0;
    let mut last_number: Option<u32> = None;
    // the first line of a page that goes on without the header: no page break again
    let mut page_start = None;
    while let Some(line) = cursor.peek(k).copied() {
        let page = s.headers.len() - 1;
        if (line.kind == LineKind::PageNumber || line.page_break) && page_start != Some(k) {
            // a new page: its header comes after the page chrome, or the table ends
            let mut j = k;
            while cursor
                .peek(j)
                .is_some_and(|l| l.kind != LineKind::Text && j < k + MAX_CHROME)
            {
                j += 1;
            }
            match header::read(text, cursor, j, lx) {
                Some(h) if s.headers.first().is_some_and(|f| f.same_columns(&h)) => {
                    k = j + h.lines;
                    s.headers.push(h);
                }
                Some(_) => break,
                None => {
                    // a page without the header: the rows go on if the next number
                    // comes soon, and nothing else first
                    let Some(h) = s.headers.last().cloned() else {
                        break;
                    };
                    if !last_number.is_some_and(|n| goes_on(text, cursor, j, &h, n + 1, lx)) {
                        break;
                    }
                    k = j;
                    page_start = Some(j);
                    s.headers.push(h);
                }
            }
            blanks = 0;
            continue;
        }
        if line.kind == LineKind::Blank {
            blanks += 1;
            if blanks > MAX_BLANKS {
                break;
            }
            s.lines.push(Scanned {
                k,
                line,
                page,
                frags: 0..0,
                number: None,
                heading: false,
            });
            k += 1;
            continue;
        }
        blanks = 0;
        let (nw, nf) = (s.words.len(), s.frags.len());
        let frags = line::read(text, &line, &mut s.words, &mut s.frags);
        let zone = s.headers.last().map_or(0, number_zone);
        let name_end = s
            .headers
            .last()
            .and_then(|h| h.names.first())
            .map_or(0, |n| n.hi);
        let fs = s.frags.get(frags.clone()).unwrap_or_default();
        let num = fs
            .first()
            .and_then(|f| number(text, &s.words, f, zone, name_end));
        let starts_left = fs
            .first()
            .and_then(|f| s.words.get(f.start))
            .is_some_and(|w| w.col < zone);
        let names = num.is_none() && names_columns(text, &s.words, fs, lx);
        let heading = num.is_none()
            && starts_left
            && lx.marker(line.span.get(text).unwrap_or_default()).is_some();
        if names || (num.is_none() && starts_left && !heading) {
            // a header inside a page (the page break lost): repeated, or another
            // table's; else prose again. Either ends the table, but the first.
            s.words.truncate(nw);
            s.frags.truncate(nf);
            match header::read(text, cursor, k, lx) {
                Some(h) if s.headers.first().is_some_and(|f| f.same_columns(&h)) => {
                    k += h.lines;
                    s.headers.push(h);
                    continue;
                }
                _ => break,
            }
        }
        if let Some((n, _)) = num {
            last_number = Some(n);
            since_number = 0;
        } else {
            since_number += 1;
            if since_number > MAX_GAP {
                s.words.truncate(nw);
                s.frags.truncate(nf);
                break;
            }
        }
        s.lines.push(Scanned {
            k,
            line,
            page,
            frags,
            number: num,
            heading,
        });
        k += 1;
    }
    let end = last_line(&s.lines)?;
    s.lines.truncate(end);
    s.headers.truncate(s.lines.last().map_or(1, |l| l.page + 1));
    Some(s)
}

/// How many lines of a page without the header are looked at for the next row's
/// number.
const MAX_LOOK: usize = 8;

/// Whether the lines from `at` go on with the rows of a table of `header`'s columns
/// on a page that does not repeat the header: row `next`'s number comes within
/// [`MAX_LOOK`] lines of text, and no other number, heading, prose or header first.
fn goes_on(
    text: &str,
    cursor: &mut Cursor<'_>,
    at: usize,
    header: &Header,
    next: u32,
    lx: &Lexicon,
) -> bool {
    let zone = number_zone(header);
    let name_end = header.names.first().map_or(0, |n| n.hi);
    let mut words = Vec::new();
    let mut frags = Vec::new();
    let mut seen = 0;
    let mut k = at;
    while seen < MAX_LOOK {
        let Some(line) = cursor.peek(k).copied() else {
            return false;
        };
        k += 1;
        match line.kind {
            LineKind::Text if !(seen > 0 && line.page_break) => {}
            LineKind::Blank if !line.page_break => continue,
            _ => return false,
        }
        seen += 1;
        words.clear();
        frags.clear();
        line::read(text, &line, &mut words, &mut frags);
        let Some(f) = frags.first() else { continue };
        if let Some((n, _)) = number(text, &words, f, zone, name_end) {
            return n == next;
        }
        let left = words.get(f.start).is_some_and(|w| w.col < zone);
        if left || names_columns(text, &words, &frags, lx) {
            return false;
        }
    }
    false
}

/// How many of the scanned lines the table takes: up to its last row's last line.
/// The last row takes the lines below its number on its page as far as it took lines
/// above (and one more), and on a later page the lines before a blank one; a heading
/// after the last row is no part of the table.
fn last_line(lines: &[Scanned]) -> Option<usize> {
    let numbers: Vec<usize> = (0..lines.len())
        .filter(|&i| lines.get(i).is_some_and(|l| l.number.is_some()))
        .collect();
    let &a = numbers.last()?;
    let above = match numbers.iter().rev().nth(1) {
        Some(&p) => a - p - 1,
        None => a,
    };
    let page = lines.get(a).map_or(0, |l| l.page);
    let mut end = a + 1;
    let mut continued = false;
    while let Some(l) = lines.get(end) {
        if l.heading {
            break;
        }
        let blank = l.line.kind == LineKind::Blank;
        if l.page == page {
            if end > a + above + 1 {
                break;
            }
        } else if blank && continued {
            break;
        } else {
            continued |= !blank;
        }
        end += 1;
    }
    while end > a + 1
        && lines
            .get(end - 1)
            .is_some_and(|l| l.line.kind == LineKind::Blank)
    {
        end -= 1;
    }
    Some(end)
}
