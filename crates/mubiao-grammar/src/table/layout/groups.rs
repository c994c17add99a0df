//! Group cells: a cell merged over several rows (`领域`, or a `重点举措` that spans
//! rows), printed once per page, vertically centred over the rows it spans there,
//! letter-spaced and wrapped (`医疗健康` / `（牵头单` / `位：省卫` / `生 健 康` / `委）`).
//!
//! On a page, the column's pieces make its cells: a piece on the line after the one
//! before goes on the cell, and so does one that opens a bracket (`（2 项）`) or one
//! after a bracket left open; otherwise a gap starts a new cell. The page's rows are
//! then dealt out to its cells in order: each cell takes the run of rows whose middle
//! comes nearest its own, the last one the rest. Rows on a page without a cell of
//! the column belong to the cell before.

use std::ops::Range;

use super::columns::Piece;
use super::line::Word;
use super::rows::{BodyLine, piece_text};
use crate::text::{Class, class};

/// For each row, the pieces of the group cell that spans it (indices into `pieces`).
/// `rows` are the rows' lines, in order, `anchors` their numbers' lines, and `pages`
/// the lines of each page.
#[allow(clippy::too_many_arguments)]
pub(super) fn spans(
    text: &str,
    words: &[Word],
    lines: &[BodyLine],
    pieces: &[Piece],
    pages: &[Range<usize>],
    rows: &[Range<usize>],
    anchors: &[usize],
    col: usize,
) -> Vec<Option<Vec<usize>>> {
    let mut out: Vec<Option<Vec<usize>>> = vec![None; rows.len()];
    let mut current: Option<Vec<usize>> = None;
    let mut r = 0;
    while r < rows.len() {
        let page = anchors
            .get(r)
            .and_then(|&a| lines.get(a))
            .map_or(0, |l| l.page);
        // the rows whose numbers are on this page, and the page's lines
        let mut r_end = r;
        while anchors
            .get(r_end)
            .and_then(|&a| lines.get(a))
            .is_some_and(|l| l.page == page)
        {
            r_end += 1;
        }
        let page_lines = pages.get(page).cloned().unwrap_or(0..0);
        let first_line = page_lines.start;
        let last_line = page_lines.end.saturating_sub(1);
        let cells = cells(text, words, lines, pieces, page_lines, col);
        let page_rows: Vec<usize> = (r..r_end.max(r + 1)).collect();
        if cells.is_empty() {
            for &q in &page_rows {
                if let Some(slot) = out.get_mut(q) {
                    slot.clone_from(&current);
                }
            }
        }
        let mut next = 0;
        for (ci, (lines_of, cell)) in cells.iter().enumerate() {
            let Some(&first_row) = page_rows.get(next) else {
                break;
            };
            let top = rows
                .get(first_row)
                .map_or(first_line, |x| x.start.max(first_line));
            let middle = lines_of.start + lines_of.end.saturating_sub(1);
            let left = page_rows.len() - next;
            let later = cells.len() - ci - 1;
            let take = if later == 0 {
                left
            } else {
                // the run of rows whose middle is nearest the cell's: the distance falls,
                // then rises, as the run grows
                let off = |m: usize| {
                    let bottom = page_rows
                        .get(next + m - 1)
                        .and_then(|&q| rows.get(q))
                        .map_or(last_line, |x| x.end.saturating_sub(1).min(last_line));
                    (top + bottom).abs_diff(middle)
                };
                let most = left.saturating_sub(later).max(1);
                let mut m = 1;
                while m < most && off(m + 1) < off(m) {
                    m += 1;
                }
                m
            };
            for &q in page_rows.get(next..next + take).unwrap_or_default() {
                if let Some(slot) = out.get_mut(q) {
                    *slot = Some(cell.clone());
                }
            }
            current = Some(cell.clone());
            next += take;
        }
        r = r_end.max(r + 1);
    }
    out
}

/// The cells of column `col` on the lines `range`: the lines each takes and its
/// pieces.
fn cells(
    text: &str,
    words: &[Word],
    lines: &[BodyLine],
    pieces: &[Piece],
    range: Range<usize>,
    col: usize,
) -> Vec<(Range<usize>, Vec<usize>)> {
    let mut out: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    let mut depth = 0i64;
    for k in range {
        let Some(line) = lines.get(k) else { continue };
        for p in line.pieces.clone() {
            let Some(piece) = pieces.get(p).filter(|x| x.col == col) else {
                continue;
            };
            let t = piece_text(text, words, piece);
            let opens = t
                .chars()
                .next()
                .is_some_and(|c| matches!(class(c), Class::Open(b) if !b.is_quote()));
            let goes_on = out
                .last()
                .is_some_and(|(ls, _)| ls.end + 1 > k || depth > 0 || opens);
            if !goes_on {
                out.push((k..k + 1, Vec::new()));
                depth = 0;
            }
            if let Some((ls, ps)) = out.last_mut() {
                ls.end = k + 1;
                ps.push(p);
            }
            depth += t
                .chars()
                .map(|c| match class(c) {
                    Class::Open(b) if !b.is_quote() => 1,
                    Class::Close(b) if !b.is_quote() => -1,
                    _ => 0,
                })
                .sum::<i64>();
            depth = depth.max(0);
        }
    }
    out
}
