//! Tables of one row per line, cells set apart by tabs, `|`/`｜`, or runs of spaces:
//! a header row names the columns (`序号  工作任务  牵头单位  责任单位  完成时限`); each
//! line after it with cells to match is a row; the first line that is no row ends the
//! table.

use mubiao_model::Span;

use super::{Cell, Cursor, Entry, Header, Row, Table};
use crate::lexicon::{Column, Lexicon};
use crate::text::{Kind, LineKind, Token, Tokens};

/// Header rows are short: a few names.
const MAX_HEADER: usize = 240;

/// Whether a token sets cells apart: a bar, or white space that is a tab, a wide space
/// or two spaces or more.
fn is_cell_separator(t: &Token, text: &str) -> bool {
    match t.kind {
        Kind::Bar => true,
        Kind::Space => {
            let s = t.span.get(text).unwrap_or_default();
            s.contains('\t') || s.contains('\u{3000}') || s.chars().nth(1).is_some()
        }
        _ => false,
    }
}

/// Whether the tokens of a line set cells apart at all.
pub(crate) fn has_cells(tokens: &Tokens, text: &str) -> bool {
    tokens.iter().any(|t| is_cell_separator(t, text))
}

/// The cells of the line at `line` (a span of `text`, read into `tokens`): split at
/// its cell separators, each a span, trimmed; empty cells kept (a row may leave one
/// blank), but not at the ends of a row written `| 1 | … |`.
pub(crate) fn cells(text: &str, line: Span, tokens: &Tokens) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = line.start;
    for t in tokens.iter().filter(|t| is_cell_separator(t, text)) {
        // each tab of a run of white space closes a cell (`a\t\tb`: an empty one)
        let run = t.span.get(text).unwrap_or_default();
        let mut tabs = run
            .match_indices('\t')
            .map(|(i, _)| t.span.start + i)
            .peekable();
        if tabs.peek().is_none() {
            out.push(Span::new(from, t.span.start));
        } else {
            for (k, tab) in tabs.enumerate() {
                out.push(if k == 0 {
                    Span::new(from, t.span.start)
                } else {
                    Span::new(tab, tab)
                });
            }
        }
        from = t.span.end;
    }
    out.push(Span::new(from, line.end));
    // each cell without the spaces at its ends
    for c in &mut out {
        let t = c.get(text).unwrap_or_default();
        let (body, front) = crate::text::trim(t);
        *c = Span::new(c.start + front, c.start + front + body.len());
    }
    let s = line.get(text).unwrap_or_default();
    if out.first().is_some_and(|c| c.start >= c.end) && s.starts_with(['|', '｜']) {
        out.remove(0);
    }
    if out.last().is_some_and(|c| c.start >= c.end) && s.ends_with(['|', '｜']) {
        out.pop();
    }
    out
}

/// The header row of a table, if the line at `line` is one: three or more cells, one
/// of them the task's (exactly one) and one a role's, and no colon (a label is no
/// header).
pub(crate) fn header(text: &str, line: Span, tokens: &Tokens, lx: &Lexicon) -> Option<Header> {
    if line.len() > MAX_HEADER
        || !has_cells(tokens, text)
        || tokens.iter().any(|t| t.kind == Kind::Colon)
    {
        return None;
    }
    let columns: Vec<Column> = cells(text, line, tokens)
        .iter()
        .map(|c| {
            lx.column(c.get(text).unwrap_or_default())
                .unwrap_or(Column::Other)
        })
        .collect();
    let tasks = columns.iter().filter(|c| **c == Column::Task).count();
    let header = Header { columns };
    (header.columns.len() >= 3 && tasks == 1 && header.is_task_table()).then_some(header)
}

/// The row of `header`'s table that the line at `line` (read into `tokens`) is, if it
/// is one: as many cells as the header (trailing blank cells may be left out), a
/// number where the header has a number column, and a task.
fn row(header: &Header, text: &str, line: Span, tokens: &Tokens) -> Option<Row> {
    let cells = cells(text, line, tokens);
    let n = header.columns.len();
    if cells.len() > n || cells.len() + 2 < n || cells.len() < 2 {
        return None;
    }
    let mut out = Row {
        span: line,
        ..Row::default()
    };
    let mut task = None;
    for (&cell, &col) in cells.iter().zip(&header.columns) {
        let empty = cell.start >= cell.end;
        match col {
            Column::Number => {
                let s = cell.get(text)?;
                let digits = s.trim_end_matches(['.', '、', '．']);
                let value = digits.parse::<u32>().ok()?;
                out.number = Some((value, Span::new(cell.start, cell.start + digits.len())));
            }
            Column::Task if !empty => task = Some(Cell::of(cell)),
            Column::Role(role) if !empty => out.units.push((role, Cell::of(cell))),
            Column::Deadline if !empty => out.deadline = Some(Cell::of(cell)),
            _ => {}
        }
    }
    out.task = task?;
    Some(out)
}

/// Reads a delimited table whose header is the next line of `cursor` (read into
/// `tokens`).
pub(crate) fn read(
    text: &str,
    cursor: &mut Cursor<'_>,
    tokens: &Tokens,
    lx: &Lexicon,
) -> Option<Table> {
    let first = *cursor.peek(0)?;
    let h = header(text, first.span, tokens, lx)?;
    let mut table = Table::default();
    let mut row_tokens = Tokens::default();
    let mut k = 1;
    let mut taken = 1;
    while let Some(line) = cursor.peek(k).copied() {
        k += 1;
        // blank lines and page chrome between rows
        if line.kind != LineKind::Text {
            continue;
        }
        row_tokens.read_line(line.span.get(text).unwrap_or_default(), line.span.start);
        let Some(r) = row(&h, text, line.span, &row_tokens) else {
            break;
        };
        table.entries.push(Entry::Row(r));
        taken = k;
    }
    if table.entries.is_empty() {
        return None;
    }
    cursor.skip(taken);
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mubiao_model::Role;

    fn tokens(line: &str) -> Tokens {
        let mut t = Tokens::default();
        t.read_line(line, 0);
        t
    }

    fn c(s: &str) -> Vec<&str> {
        cells(s, Span::new(0, s.len()), &tokens(s))
            .into_iter()
            .map(|c| c.get(s).unwrap())
            .collect()
    }

    #[test]
    fn cells_at_tabs_bars_and_runs_of_spaces() {
        assert_eq!(
            c("序号\t工作任务\t牵头单位"),
            ["序号", "工作任务", "牵头单位"]
        );
        assert_eq!(
            c("| 1 | 推进改革 | 市发改委 |"),
            ["1", "推进改革", "市发改委"]
        );
        assert_eq!(c("1  推进改革　市发改委"), ["1", "推进改革", "市发改委"]);
        // one space is inside a cell
        assert_eq!(c("1  推进 改革  市发改委"), ["1", "推进 改革", "市发改委"]);
        // each tab closes a cell: an empty cell between two tabs
        assert_eq!(c("a\t\tb"), ["a", "", "b"]);
        assert_eq!(c("a\t \tb"), ["a", "", "b"]);
    }

    fn h(s: &str) -> Option<Header> {
        header(s, Span::new(0, s.len()), &tokens(s), &Lexicon::default())
    }

    #[test]
    fn headers() {
        assert_eq!(
            h("序号\t工作任务\t牵头单位\t责任单位\t完成时限")
                .unwrap()
                .columns,
            [
                Column::Number,
                Column::Task,
                Column::Role(Role::Lead),
                Column::Role(Role::Responsible),
                Column::Deadline
            ]
        );
        // no role column, or no task column, or a label: not a table
        assert!(h("序号\t工作任务\t备注").is_none());
        assert!(h("序号\t牵头单位\t责任单位").is_none());
        assert!(h("牵头单位:市发改委").is_none());
    }

    #[test]
    fn rows() {
        let head = h("序号\t工作任务\t牵头单位\t责任单位\t完成时限").unwrap();
        let line = format!(
            "{}2\t新建5G基站1000个\t市工信局\t市通信发展办、各县区政府\t10月底",
            "x".repeat(100)
        );
        let span = Span::new(100, line.len());
        let mut t = Tokens::default();
        t.read_line(span.get(&line).unwrap(), 100);
        let r = row(&head, &line, span, &t).unwrap();
        assert_eq!(r.number, Some((2, Span::new(100, 101))));
        assert_eq!(r.task, Cell::of(Span::new(102, 123)));
        assert_eq!(&line[102..123], "新建5G基站1000个");
        assert_eq!(
            r.units,
            [
                (Role::Lead, Cell::of(Span::new(124, 136))),
                (Role::Responsible, Cell::of(Span::new(137, 173)))
            ]
        );
        assert_eq!(r.deadline, Some(Cell::of(Span::new(174, 182))));
        // a line of text is no row
        let text = "各单位要高度重视。";
        assert!(row(&head, text, Span::new(0, text.len()), &tokens(text)).is_none());
        let text = "二\t重点任务";
        assert!(row(&head, text, Span::new(0, text.len()), &tokens(text)).is_none());
    }
}
