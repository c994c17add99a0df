//! Task tables (任务分解表): notices that lay their tasks out as a table, as they reach
//! us flattened to text.
//!
//! Three shapes, one reader each, all giving [`Row`]s:
//! - [`delimited`]: one row per line, cells set apart by tabs, bars or runs of spaces
//!   (`序号  工作任务  牵头单位  责任单位  完成时限`);
//! - [`layout`]: a PDF converted with its layout kept: columns are character
//!   positions, a cell wraps over several lines above and below its row's number,
//!   the header is repeated on every page and may itself wrap (`责任` / `单位`);
//! - [`cells`]: an HTML table with one cell per line (`序号` / `改革举措` / … then
//!   `1` / the task / … ), heading rows between the rows.
//!
//! A header names its columns with the lexicon's column names ([`Column`]); the task
//! column is the first task-like column whose cells fill every row (a column of
//! merged cells, `重点举措` over several rows, is a group). Cells are kept as pieces
//! of the text (spans), so every name read from them has a true span.

pub(crate) mod cells;
pub(crate) mod delimited;
pub(crate) mod layout;

use std::collections::VecDeque;

use mubiao_model::{Role, Span};

use crate::lexicon::Column;
use crate::text::{Line, LineKind, Lines};

/// A cell: the pieces of the text it is made of, in reading order. Its text is the
/// pieces put together (the line breaks and layout spaces between them left out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) pieces: Vec<Span>,
}

impl Cell {
    /// A cell of one piece.
    pub(crate) fn of(span: Span) -> Self {
        Self { pieces: vec![span] }
    }

    /// Whether the cell holds nothing.
    pub(crate) fn is_empty(&self) -> bool {
        self.pieces.iter().all(|p| p.start >= p.end)
    }

    /// Where the cell starts and ends in the text.
    pub(crate) fn span(&self) -> Option<Span> {
        let start = self.pieces.iter().map(|p| p.start).min()?;
        let end = self.pieces.iter().map(|p| p.end).max()?;
        Some(Span::new(start, end))
    }

    /// The cell's text, its pieces put together.
    #[cfg(test)]
    pub(crate) fn text(&self, text: &str) -> String {
        self.pieces
            .iter()
            .filter_map(|p| text.get(p.range()))
            .collect()
    }
}

/// A row of a task table: a task.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Row {
    /// The number in the `序号` column, and where it stands.
    pub(crate) number: Option<(u32, Span)>,
    /// The task's cell.
    pub(crate) task: Cell,
    /// The cells of the unit columns, with the role each column gives.
    pub(crate) units: Vec<(Role, Cell)>,
    /// The deadline cell.
    pub(crate) deadline: Option<Cell>,
    /// The cell of a group column that spans this row (`医疗健康（牵头单位：省卫生健康委）`),
    /// whose duty block applies to every row it spans.
    pub(crate) group: Option<Cell>,
    /// The lines the row takes, from the first to the last.
    pub(crate) span: Span,
}

/// What a table holds, in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Entry {
    /// A row.
    Row(Row),
    /// A line between rows that the structure reader reads as a line of its own: a
    /// heading (`一、知识产权保护方面（共5项）`), a note.
    Line(Line),
}

/// A table read from the lines: its entries, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Table {
    pub(crate) entries: Vec<Entry>,
}

/// The columns of a header, in order, with where each name stands on its line (in
/// characters from the start of the line, for a table laid out by position).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    pub(crate) columns: Vec<Column>,
}

impl Header {
    /// Whether the header makes a task table: a task-like column and a unit column.
    pub(crate) fn is_task_table(&self) -> bool {
        let tasks = self
            .columns
            .iter()
            .any(|c| matches!(c, Column::Task | Column::Content));
        let roles = self.columns.iter().any(|c| matches!(c, Column::Role(_)));
        tasks && roles
    }
}

/// The lines of a text, read one by one with as many looked at ahead as a reader
/// needs (a table reads many before it knows where it ends).
#[derive(Clone, Debug)]
pub(crate) struct Cursor<'a> {
    lines: Lines<'a>,
    ahead: VecDeque<Line>,
}

impl<'a> Cursor<'a> {
    /// A cursor at the first line of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            lines: crate::text::lines(text),
            ahead: VecDeque::new(),
        }
    }

    /// The line `k` lines ahead (0: the next one).
    pub(crate) fn peek(&mut self, k: usize) -> Option<&Line> {
        while self.ahead.len() <= k {
            let line = self.lines.next()?;
            self.ahead.push_back(line);
        }
        self.ahead.get(k)
    }

    /// The next line.
    pub(crate) fn next_line(&mut self) -> Option<Line> {
        self.ahead.pop_front().or_else(|| self.lines.next())
    }

    /// Passes over the next `n` lines.
    pub(crate) fn skip(&mut self, n: usize) {
        for _ in 0..n {
            if self.next_line().is_none() {
                break;
            }
        }
    }

    /// The next text line at or after `k` lines ahead, and how far ahead it is,
    /// passing over blank lines and page chrome (at most `max` lines).
    pub(crate) fn next_text(&mut self, k: usize, max: usize) -> Option<(usize, Line)> {
        (k..k + max).find_map(|i| {
            let line = *self.peek(i)?;
            (line.kind == LineKind::Text).then_some((i, line))
        })
    }
}

/// How far from the margin a lone name of a layout table's header stands, at least
/// (a paragraph of prose is indented by a few columns at most).
const LAYOUT_INDENT: usize = 8;

/// Reads a table whose header starts at the next line of `cursor` (read into
/// `tokens`), if one does: tries each shape. On success the table's lines have been consumed.
pub(crate) fn read(
    text: &str,
    cursor: &mut Cursor<'_>,
    tokens: &crate::text::Tokens,
    lx: &crate::Lexicon,
) -> Option<Table> {
    // a header laid out by position sets its names apart by runs of spaces, or (a
    // name wrapped over the header's main line) stands alone far from the margin: a
    // line that does neither opens no such table
    let apart = cursor.peek(0).is_some_and(|l| l.indent >= LAYOUT_INDENT);
    if (apart || delimited::has_cells(tokens, text))
        && let Some(t) = layout::read(text, cursor, lx)
    {
        return Some(t);
    }
    // a header of these shapes opens with a column name: most lines stop here
    let first = cursor.peek(0)?.span.get(text)?.chars().find(|&c| {
        !matches!(
            crate::text::class(c),
            crate::text::Class::Bar | crate::text::Class::Space
        )
    })?;
    if !lx.may_start_column(first) {
        return None;
    }
    if let Some(t) = cells::read(text, cursor, lx) {
        return Some(t);
    }
    delimited::read(text, cursor, tokens, lx)
}
