//! Unit cells: a unit column's pieces in a row, handed on as one cell or as several.
//!
//! The pieces of a cell are put together without separators, so a cell that lists
//! one unit a line (`省经信厅` / `省发改委` / `省自然资源厅`) would read as one name. A
//! line that ends a whole unit's name, before a line that opens with a unit of
//! government, parts the cell there; a name cut by the wrap goes on (`宁波市` / `卫生`
//! / `健康委`, `市数据局（市人` / `工智能局）`).

use mubiao_model::Span;

use super::columns::Piece;
use super::line::Word;
use crate::lexicon::Lexicon;
use crate::table::Cell;
use crate::text::{Class, class};

/// The cells of a unit column's pieces in a row (each with its line): one, or one per
/// name list where a line ends a unit's name and the next line opens another
/// (`省经信厅` / `省发改委`).
pub(super) fn unit_cells(
    text: &str,
    words: &[Word],
    ps: &[(usize, &Piece)],
    lx: &Lexicon,
) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut cell: Vec<Span> = Vec::new();
    let mut so_far = String::new();
    let mut last_line = None;
    for &(k, p) in ps {
        let ws = words.get(p.words.clone()).unwrap_or_default();
        let t: String = ws.iter().filter_map(|w| w.span.get(text)).collect();
        let new_line = last_line.is_some_and(|l| l != k);
        if new_line && ends_a_name(&so_far, lx) && opens_a_unit(&t, lx) {
            out.push(Cell {
                pieces: std::mem::take(&mut cell),
            });
            so_far.clear();
        }
        cell.extend(ws.iter().map(|w| w.span));
        so_far.push_str(&t);
        last_line = Some(k);
    }
    if !cell.is_empty() {
        out.push(Cell { pieces: cell });
    }
    out
}

/// Whether a unit list read so far ends with a whole unit's name: no bracket open, no
/// separator last, a last name that reads as a unit and does not end with a level of
/// government (`宁波市` / `卫生` / `健康委` goes on).
fn ends_a_name(s: &str, lx: &Lexicon) -> bool {
    let mut depth = 0usize;
    let mut name_start = 0;
    for (i, c) in s.char_indices() {
        match class(c) {
            Class::Open(b) if !b.is_quote() => depth += 1,
            Class::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            Class::ListSep | Class::Comma | Class::Semicolon if depth == 0 => {
                name_start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    let name = s.get(name_start..).unwrap_or_default();
    let level = name
        .chars()
        .next_back()
        .is_some_and(|c| lx.is_level_list(c.encode_utf8(&mut [0; 4])));
    depth == 0 && !name.is_empty() && lx.looks_like_unit(name) && !level
}

/// Whether a line of a unit cell opens with a unit of government (`省发改委`, `市数据局`).
fn opens_a_unit(s: &str, lx: &Lexicon) -> bool {
    let first = s
        .split(|c: char| matches!(class(c), Class::ListSep | Class::Comma | Class::Semicolon))
        .next()
        .unwrap_or_default();
    lx.is_government_unit(first)
}
