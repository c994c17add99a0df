//! Tables of a PDF converted with its layout kept (`pdftotext -layout`): columns are
//! character positions, cells wrap over several lines above and below the line that
//! holds the row's number, the header is repeated on every page and may itself wrap
//! (`序` / `号`, `责任` / `单位`).
//!
//! One pass over the table's lines, in four steps:
//! - [`header`]: the column names at their places, over one line or several; a
//!   table of tasks has a number column first, a task-like column and a unit column.
//! - the scan (here): the lines after the header, page by page (each page repeats
//!   the header, re-read for its places), up to the first line that is neither part
//!   of a row nor a repeated header: prose at the number column, another header,
//!   a long run of blank lines, or too many lines without a row's number.
//! - [`columns`]: each page's (and each row band's) column edges, and every line cut
//!   into pieces by column, once.
//! - [`rows`]: which lines each row takes, chosen for all rows at once; [`groups`]:
//!   which rows each merged cell spans.
//!
//! A row's cells keep one piece per word, so the layout spaces inside a cell vanish
//! when its pieces are put together (`全力争取温州绿色低碳 5 万卡` reads `全力争取温州
//! 绿色低碳5万卡`). A unit cell is handed on as one cell per name list that a line
//! ends: a line that ends a unit's name before a line that opens another one
//! (`省经信厅` / `省发改委`) parts them, since nothing else does.

mod columns;
mod groups;
mod header;
mod line;
mod rows;
mod scan;
mod units;

use std::ops::Range;

use mubiao_model::Span;

use super::{Cell, Cursor, Entry, Row, Table};
use crate::lexicon::{Column, Lexicon};
use columns::{Laid, Piece};
use line::Pos;
use rows::BodyLine;
use scan::Scan;

/// A task-like column whose text stands at fewer than this share of the rows'
/// numbers (in percent) is merged over rows: a group, not the task.
const MIN_COVERAGE: usize = 60;

/// Reads a layout table whose header starts at the next line of `cursor`.
pub(crate) fn read(text: &str, cursor: &mut Cursor<'_>, lx: &Lexicon) -> Option<Table> {
    let first = header::read(text, cursor, 0, lx)?;
    if !first.is_task_table() {
        return None;
    }
    let scan = scan::scan(text, cursor, first, lx)?;
    let consumed = scan.lines.last().map_or(0, |l| l.k + 1);
    let table = build(text, &scan, lx)?;
    cursor.skip(consumed);
    Some(table)
}

/// Cuts every line into pieces by column, page by page (and row band by row band).
fn lay_out(scan: &Scan) -> (Vec<BodyLine>, Vec<Piece>, Vec<Range<usize>>) {
    let mut body: Vec<BodyLine> = Vec::with_capacity(scan.lines.len());
    let mut pieces: Vec<Piece> = Vec::new();
    let mut pages: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while from < scan.lines.len() {
        let page = scan.lines.get(from).map_or(0, |l| l.page);
        let to = scan
            .lines
            .iter()
            .skip(from)
            .position(|l| l.page != page)
            .map_or(scan.lines.len(), |n| from + n);
        let Some(h) = scan.headers.get(page) else {
            break;
        };
        let lines = scan.lines.get(from..to).unwrap_or_default();
        let laid: Vec<Laid<'_>> = lines
            .iter()
            .map(|l| Laid {
                frags: scan.frags.get(l.frags.clone()).unwrap_or_default(),
                anchor: l.number.is_some(),
            })
            .collect();
        let page_edges = columns::edges(&h.names, &scan.words, &laid, None);
        let widths = columns::widths(&page_edges, &scan.words, &laid);
        // the bands: from the middle between two numbers to the next middle
        let numbers: Vec<usize> = (0..lines.len())
            .filter(|&i| lines.get(i).is_some_and(|l| l.number.is_some()))
            .collect();
        let mut cuts = vec![0];
        cuts.extend(numbers.windows(2).map(|w| match w {
            [a, b] => (a + b) / 2 + 1,
            _ => 0,
        }));
        cuts.push(lines.len());
        let mut band_edges: Vec<Vec<Pos>> = Vec::new();
        let mut band_of = vec![0; lines.len()];
        for (bi, w) in cuts.windows(2).enumerate() {
            let [lo, hi] = w else { continue };
            let band = laid.get(*lo..*hi).unwrap_or_default();
            band_edges.push(columns::edges(
                &h.names,
                &scan.words,
                band,
                Some(&page_edges),
            ));
            for slot in band_of.get_mut(*lo..*hi).unwrap_or_default() {
                *slot = bi;
            }
        }
        let first_piece = pieces.len();
        let mut ranges: Vec<Range<usize>> = Vec::with_capacity(lines.len());
        for (i, l) in laid.iter().enumerate() {
            let e = band_of
                .get(i)
                .and_then(|&b| band_edges.get(b))
                .unwrap_or(&page_edges);
            let start = pieces.len();
            for f in l.frags {
                columns::split(f, &scan.words, e, &widths, &mut pieces);
            }
            ranges.push(start - first_piece..pieces.len() - first_piece);
        }
        let mut settle: Vec<(Range<usize>, &[Pos])> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let e = band_of
                    .get(i)
                    .and_then(|&b| band_edges.get(b))
                    .unwrap_or(&page_edges);
                (r.clone(), e.as_slice())
            })
            .collect();
        if let Some(page_pieces) = pieces.get_mut(first_piece..) {
            columns::settle(&mut settle, page_pieces);
        }
        for (l, r) in lines.iter().zip(&ranges) {
            body.push(BodyLine {
                page,
                pieces: first_piece + r.start..first_piece + r.end,
                anchor: l.number.is_some(),
            });
        }
        pages.push(from..to);
        from = to;
    }
    (body, pieces, pages)
}

/// The table: its rows (and headings between them) from the scanned lines.
fn build(text: &str, scan: &Scan, lx: &Lexicon) -> Option<Table> {
    let kinds: Vec<Column> = scan.headers.first()?.names.iter().map(|n| n.kind).collect();
    let (body, pieces, pages) = lay_out(scan);
    let anchors: Vec<usize> = (0..body.len())
        .filter(|&i| body.get(i).is_some_and(|l| l.anchor))
        .collect();
    if anchors.is_empty() {
        return None;
    }
    let breaks: Vec<usize> = (0..scan.lines.len())
        .filter(|&i| scan.lines.get(i).is_some_and(|l| l.heading))
        .collect();
    // a task-like column whose text stands at few of the rows is merged over rows
    let merged: Vec<bool> = kinds
        .iter()
        .enumerate()
        .map(|(c, k)| match k {
            Column::Group => true,
            Column::Task | Column::Content => {
                rows::coverage(&body, &pieces, &anchors, c) * 100 < MIN_COVERAGE * anchors.len()
            }
            _ => false,
        })
        .collect();
    let is =
        |c: usize, k: Column| kinds.get(c) == Some(&k) && !merged.get(c).copied().unwrap_or(true);
    let task_col = (1..kinds.len())
        .find(|&c| is(c, Column::Task))
        .or_else(|| (1..kinds.len()).find(|&c| is(c, Column::Content)));
    let group_col = (1..kinds.len())
        .find(|&c| kinds.get(c) == Some(&Column::Group))
        .or_else(|| (1..kinds.len()).find(|&c| merged.get(c).copied().unwrap_or(false)));
    let weighed: Vec<bool> = (0..kinds.len())
        .map(|c| c > 0 && !merged.get(c).copied().unwrap_or(true))
        .collect();
    let roles: Vec<bool> = kinds.iter().map(|k| matches!(k, Column::Role(_))).collect();
    let extents = rows::extents(
        text,
        &scan.words,
        &body,
        &pieces,
        &anchors,
        &breaks,
        body.len(),
        &weighed,
        &roles,
        lx,
    );
    let groups = match group_col {
        Some(g) => groups::spans(
            text,
            &scan.words,
            &body,
            &pieces,
            &pages,
            &extents,
            &anchors,
            g,
        ),
        None => vec![None; extents.len()],
    };
    let mut table = Table::default();
    let mut next_break = breaks.iter().peekable();
    for (r, extent) in extents.iter().enumerate() {
        let Some(&a) = anchors.get(r) else { continue };
        while let Some(&&b) = next_break.peek() {
            if b > a {
                break;
            }
            if let Some(l) = scan.lines.get(b) {
                table.entries.push(Entry::Line(l.line));
            }
            next_break.next();
        }
        let number = scan.lines.get(a).and_then(|l| l.number);
        let mut row = Row {
            number,
            ..Row::default()
        };
        // the pieces of column `c` in the row, with the lines they are on
        let cell = |c: usize| -> Vec<(usize, &Piece)> {
            extent
                .clone()
                .filter_map(|k| Some((k, body.get(k)?)))
                .flat_map(|(k, l)| {
                    pieces
                        .get(l.pieces.clone())
                        .unwrap_or_default()
                        .iter()
                        .map(move |p| (k, p))
                })
                .filter(|(_, p)| p.col == c)
                .collect()
        };
        let spans_of = |ps: &[(usize, &Piece)]| -> Vec<Span> {
            ps.iter()
                .flat_map(|(_, p)| scan.words.get(p.words.clone()).unwrap_or_default())
                .map(|w| w.span)
                .collect()
        };
        if let Some(t) = task_col {
            row.task = Cell {
                pieces: spans_of(&cell(t)),
            };
        }
        for (c, k) in kinds.iter().enumerate() {
            match *k {
                Column::Role(role) => {
                    for u in units::unit_cells(text, &scan.words, &cell(c), lx) {
                        row.units.push((role, u));
                    }
                }
                Column::Deadline if row.deadline.is_none() => {
                    let d = spans_of(&cell(c));
                    if !d.is_empty() {
                        row.deadline = Some(Cell { pieces: d });
                    }
                }
                _ => {}
            }
        }
        if let Some(Some(g)) = groups.get(r) {
            let ps: Vec<(usize, &Piece)> = g
                .iter()
                .filter_map(|&i| Some((0, pieces.get(i)?)))
                .collect();
            row.group = Some(Cell {
                pieces: spans_of(&ps),
            });
        }
        // the row's own words: its number and its cells, not the group's
        let own: Vec<Span> = (0..kinds.len())
            .filter(|&c| c == 0 || weighed.get(c).copied().unwrap_or(false))
            .flat_map(|c| spans_of(&cell(c)))
            .chain(number.map(|n| n.1))
            .collect();
        let start = own.iter().map(|s| s.start).min().unwrap_or(0);
        let end = own.iter().map(|s| s.end).max().unwrap_or(start);
        row.span = Span::new(start, end);
        table.entries.push(Entry::Row(row));
    }
    Some(table)
}

#[cfg(test)]
mod tests;
