//! Rows: which lines each row takes.
//!
//! A row is anchored at the line that holds its number; its cells wrap over the lines
//! above and below, vertically centred on the row, so every line between two numbers
//! belongs to the row above or to the row below, all columns alike (a row's cells
//! share its top and bottom). Where the rows part is chosen for all rows at once, the
//! choice that costs least: a cell costs the difference between the lines it takes
//! above its number and below (counting only lines that hold a cell's text, on the
//! page of the number); a cell that ends in an open bracket or a `、`/`，`, or one that
//! starts with a closing bracket, is cut where it goes on and costs more; a unit cell
//! whose last name does not read as a unit costs a little.
//!
//! A row starts on the page of its number; the lines at the top of a page before the
//! first number there go on the row before (or start the next one), as the costs
//! say. Each row weighs at most [`MAX_GAP`] lines of choices on each side.

use std::ops::Range;

use super::columns::Piece;
use super::line::Word;
use crate::lexicon::Lexicon;
use crate::text::{Class, class};

/// A cell that ends or starts where its text plainly goes on.
const OPEN_END: usize = 3;

/// A unit cell whose last name does not read as a unit.
const NOT_A_UNIT: usize = 1;

/// How many lines may stand between two numbers (or after the header before the
/// first): more, and the table has ended.
pub(super) const MAX_GAP: usize = 48;

/// A line of the table's body, with the pieces it was cut into.
#[derive(Clone, Debug)]
pub(super) struct BodyLine {
    /// The page it is on (0: the first of the table).
    pub(super) page: usize,
    /// Its pieces (a range of the table's pieces).
    pub(super) pieces: Range<usize>,
    /// Whether it holds a row's number.
    pub(super) anchor: bool,
}

/// What a line's pieces in one column say about a cell: how it starts and ends.
#[derive(Clone, Copy, Debug)]
struct Ends {
    /// The column.
    col: usize,
    /// The first character of its first piece and the last of its last.
    first: char,
    last: char,
    /// Opening brackets less closing ones.
    brackets: i64,
    /// Whether the last name of the last piece reads as a unit.
    unit: bool,
}

/// The text of a piece.
pub(super) fn piece_text(text: &str, words: &[Word], p: &Piece) -> String {
    words
        .get(p.words.clone())
        .unwrap_or_default()
        .iter()
        .filter_map(|w| w.span.get(text))
        .collect()
}

/// Whether a character separates the items of a list (`、` `，`): a cell that ends
/// with one goes on.
fn is_separator(c: char) -> bool {
    matches!(class(c), Class::ListSep | Class::Comma)
}

/// What each line's pieces say about their cells, column by column.
fn ends(
    text: &str,
    words: &[Word],
    lines: &[BodyLine],
    pieces: &[Piece],
    lx: &Lexicon,
) -> Vec<Vec<Ends>> {
    lines
        .iter()
        .map(|l| {
            let mut out: Vec<Ends> = Vec::new();
            for p in pieces.get(l.pieces.clone()).unwrap_or_default() {
                let t = piece_text(text, words, p);
                let (Some(first), Some(last)) = (t.chars().next(), t.chars().next_back()) else {
                    continue;
                };
                let brackets: i64 = t
                    .chars()
                    .map(|c| match class(c) {
                        Class::Open(b) if !b.is_quote() => 1,
                        Class::Close(b) if !b.is_quote() => -1,
                        _ => 0,
                    })
                    .sum();
                let body = t.trim_end_matches(is_separator);
                let name = body.rsplit(is_separator).next().unwrap_or(body);
                let unit = lx.looks_like_unit(name);
                match out.iter_mut().find(|e| e.col == p.col) {
                    Some(e) => {
                        e.last = last;
                        e.brackets += brackets;
                        e.unit = unit;
                    }
                    None => out.push(Ends {
                        col: p.col,
                        first,
                        last,
                        brackets,
                        unit,
                    }),
                }
            }
            out
        })
        .collect()
}

/// A cell being read down the lines, for one column.
#[derive(Clone, Copy, Debug, Default)]
struct Reading {
    /// The first and last lines (on the number's page) with text in the column.
    top: Option<usize>,
    bottom: Option<usize>,
    /// The cell's first and last characters so far.
    first: Option<char>,
    last: Option<char>,
    /// Opening brackets less closing ones so far.
    brackets: i64,
    /// Whether its last name so far reads as a unit.
    unit: bool,
}

/// The lines each row takes: `anchors` are the lines of the rows' numbers, `end` the
/// line after the table's last; `weighed[c]` whether column `c` is weighed (the number
/// and group columns are not), `roles[c]` whether it holds units. A line of `breaks`
/// (a heading between rows) ends the row above it.
#[allow(clippy::too_many_arguments)]
pub(super) fn extents(
    text: &str,
    words: &[Word],
    lines: &[BodyLine],
    pieces: &[Piece],
    anchors: &[usize],
    breaks: &[usize],
    end: usize,
    weighed: &[bool],
    roles: &[bool],
    lx: &Lexicon,
) -> Vec<Range<usize>> {
    let ends = ends(text, words, lines, pieces, lx);
    // where each line stands, counting only lines with text of the weighed columns
    let mut y = Vec::with_capacity(lines.len());
    let mut n = 0usize;
    for e in &ends {
        if e.iter()
            .any(|e| weighed.get(e.col).copied().unwrap_or(false))
        {
            n += 1;
        }
        y.push(n);
    }
    let at = |k: usize| y.get(k).copied().unwrap_or(0);
    let page = |k: usize| lines.get(k).map_or(0, |l| l.page);
    let ncols = weighed.len();
    // for each row: the ends it may take, with their best costs and the start they
    // came from (an index into the previous row's list)
    let mut steps: Vec<Vec<(usize, usize, usize)>> = Vec::with_capacity(anchors.len());
    let mut starts: Vec<(usize, usize)> = vec![(0, 0)];
    for (r, &a) in anchors.iter().enumerate() {
        let candidates: Vec<usize> = match anchors.get(r + 1) {
            Some(&next) => match breaks
                .get(breaks.partition_point(|&b| b <= a))
                .filter(|&&b| b < next)
            {
                Some(&b) => vec![b],
                None => {
                    let mut lo = a + 1;
                    // a row starts on the page of its number
                    while lo < next && page(lo) != page(next) {
                        lo += 1;
                    }
                    let lo = lo.max(next.saturating_sub(MAX_GAP));
                    (lo..=next).collect()
                }
            },
            None => vec![end.max(a + 1)],
        };
        let top_limit = candidates.iter().copied().max().unwrap_or(a + 1);
        let mut best: Vec<(usize, usize, usize)> =
            candidates.iter().map(|&e| (e, usize::MAX, 0)).collect();
        for (si, &(s, base)) in starts.iter().enumerate() {
            let mut cells = vec![Reading::default(); ncols];
            let mut next = 0;
            for k in s..top_limit {
                for e in ends.get(k).unwrap_or(&Vec::new()) {
                    let Some(c) = cells.get_mut(e.col) else {
                        continue;
                    };
                    if page(k) == page(a) {
                        c.top.get_or_insert(k);
                        c.bottom = Some(k);
                    }
                    c.first.get_or_insert(e.first);
                    c.last = Some(e.last);
                    c.brackets += e.brackets;
                    c.unit = e.unit;
                }
                while let Some(slot) = best.get_mut(next) {
                    if slot.0 > k + 1 {
                        break;
                    }
                    if slot.0 == k + 1 {
                        let cost = base.saturating_add(row_cost(&cells, at(a), at, weighed, roles));
                        if cost < slot.1 {
                            *slot = (slot.0, cost, si);
                        }
                    }
                    next += 1;
                }
            }
        }
        starts = best.iter().map(|&(e, c, _)| (e, c)).collect();
        steps.push(best);
    }
    // the cheapest way back
    let mut out = vec![0..0; anchors.len()];
    let mut pick = steps
        .last()
        .and_then(|s| {
            s.iter()
                .enumerate()
                .min_by_key(|(_, x)| x.1)
                .map(|(i, _)| i)
        })
        .unwrap_or(0);
    for r in (0..steps.len()).rev() {
        let Some(&(e, _, from)) = steps.get(r).and_then(|s| s.get(pick)) else {
            break;
        };
        let s = match r.checked_sub(1).and_then(|q| steps.get(q)) {
            Some(prev) => prev.get(from).map_or(0, |x| x.0),
            None => 0,
        };
        if let Some(slot) = out.get_mut(r) {
            *slot = s..e;
        }
        pick = from;
    }
    out
}

/// What a row's cells cost, given where its number stands.
fn row_cost(
    cells: &[Reading],
    anchor: usize,
    at: impl Fn(usize) -> usize,
    weighed: &[bool],
    roles: &[bool],
) -> usize {
    let mut cost = 0usize;
    for (c, cell) in cells.iter().enumerate() {
        if !weighed.get(c).copied().unwrap_or(false) {
            continue;
        }
        if let (Some(t), Some(b)) = (cell.top, cell.bottom) {
            // lines above the number less lines below it
            cost += (2 * anchor).abs_diff(at(t) + at(b));
        }
        let (Some(first), Some(last)) = (cell.first, cell.last) else {
            continue;
        };
        if is_separator(last) || cell.brackets > 0 {
            cost += OPEN_END;
        }
        if is_separator(first) || matches!(class(first), Class::Close(b) if !b.is_quote()) {
            cost += OPEN_END;
        }
        if roles.get(c).copied().unwrap_or(false) && !cell.unit {
            cost += NOT_A_UNIT;
        }
    }
    cost
}

/// How many of the rows have text of column `col` at their number (on its line, or
/// on the lines just above and below it): a column of cells merged over several rows
/// shows at few of them.
pub(super) fn coverage(
    lines: &[BodyLine],
    pieces: &[Piece],
    anchors: &[usize],
    col: usize,
) -> usize {
    let has = |k: usize, page: usize| {
        lines.get(k).is_some_and(|l| {
            l.page == page
                && pieces
                    .get(l.pieces.clone())
                    .unwrap_or_default()
                    .iter()
                    .any(|p| p.col == col)
        })
    };
    anchors
        .iter()
        .filter(|&&a| {
            let page = lines.get(a).map_or(0, |l| l.page);
            has(a, page) || (a > 0 && has(a - 1, page) && has(a + 1, page))
        })
        .count()
}
