//! Tables of one row per line, cells set apart by tabs, `|`/`｜`, or runs of spaces:
//! a header row names the columns (`序号  工作任务  牵头单位  责任单位  完成时限`); each
//! line after it with cells to match is a row; the first line that is no row ends the
//! table.

use mubiao_model::Span;

use super::{Cell, Cursor, Entry, Header, Row, Table};
use crate::lexicon::{Column, Lexicon};
use crate::text::{Class, LineKind, class};

/// Header rows are short: a few names.
const MAX_HEADER: usize = 240;

/// The cells of a line: split at tabs, bars, and runs of two or more spaces (or one
/// wide space), each with its offset in the line, trimmed; empty cells kept (a row may
/// leave one blank).
pub(crate) fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let sep_len = match c {
            '\t' | '|' | '｜' => c.len_utf8(),
            c if class(c).is_space() => {
                // a run of spaces separates only when two or more (or one wide space)
                let mut len = c.len_utf8();
                let mut n = 1;
                while let Some(&(_, d)) = chars.peek() {
                    if !class(d).is_space() || d == '\t' {
                        break;
                    }
                    len += d.len_utf8();
                    n += 1;
                    chars.next();
                }
                if n < 2 && c != '\u{3000}' {
                    continue;
                }
                len
            }
            _ => continue,
        };
        push_cell(&mut out, line, start, i);
        start = i + sep_len;
    }
    push_cell(&mut out, line, start, line.len());
    // a row that starts or ends with a separator (`| 1 | … |`) has no cell there
    if out.first().is_some_and(|(_, c)| c.is_empty()) && line.starts_with(['|', '｜']) {
        out.remove(0);
    }
    if out.last().is_some_and(|(_, c)| c.is_empty()) && line.ends_with(['|', '｜']) {
        out.pop();
    }
    out
}

fn push_cell<'a>(out: &mut Vec<(usize, &'a str)>, line: &'a str, a: usize, b: usize) {
    let raw = line.get(a..b).unwrap_or_default();
    let t = raw.trim_start_matches(|c| class(c).is_space());
    let front = raw.len() - t.len();
    out.push((a + front, t.trim_end_matches(|c| class(c).is_space())));
}

/// The header row of a table, if `line` is one: three or more cells, one of them the
/// task's (exactly one) and one a role's, and no colon (a label is no header).
pub(crate) fn header(line: &str, lx: &Lexicon) -> Option<Header> {
    if line.len() > MAX_HEADER {
        return None;
    }
    let separated = line.contains(['\t', '|', '｜', '\u{3000}']) || line.contains("  ");
    if !separated || line.chars().any(|c| class(c) == Class::Colon) {
        return None;
    }
    let columns: Vec<Column> = cells(line)
        .iter()
        .map(|(_, c)| lx.column(c).unwrap_or(Column::Other))
        .collect();
    let tasks = columns.iter().filter(|c| **c == Column::Task).count();
    let header = Header { columns };
    (header.columns.len() >= 3 && tasks == 1 && header.is_task_table()).then_some(header)
}

/// The row of `header`'s table that `line` (at `offset` in the text) is, if it is one:
/// as many cells as the header (trailing blank cells may be left out), a number where
/// the header has a number column, and a task.
fn row(header: &Header, line: &str, offset: usize) -> Option<Row> {
    let cells = cells(line);
    let n = header.columns.len();
    if cells.len() > n || cells.len() + 2 < n || cells.len() < 2 {
        return None;
    }
    let mut out = Row {
        span: Span::new(offset, offset + line.len()),
        ..Row::default()
    };
    let mut task = None;
    for (&(at, cell), &col) in cells.iter().zip(&header.columns) {
        let span = Span::new(offset + at, offset + at + cell.len());
        match col {
            Column::Number => {
                let digits = cell.trim_end_matches(['.', '、', '．']);
                let value = digits.parse::<u32>().ok()?;
                out.number = Some((value, Span::new(span.start, span.start + digits.len())));
            }
            Column::Task if !cell.is_empty() => task = Some(Cell::of(span)),
            Column::Role(role) if !cell.is_empty() => out.units.push((role, Cell::of(span))),
            Column::Deadline if !cell.is_empty() => out.deadline = Some(Cell::of(span)),
            _ => {}
        }
    }
    out.task = task?;
    Some(out)
}

/// Reads a delimited table whose header is the next line of `cursor`.
pub(crate) fn read(text: &str, cursor: &mut Cursor<'_>, lx: &Lexicon) -> Option<Table> {
    let first = *cursor.peek(0)?;
    let h = header(first.span.get(text)?, lx)?;
    let mut table = Table::default();
    let mut k = 1;
    let mut taken = 1;
    while let Some(line) = cursor.peek(k).copied() {
        k += 1;
        // blank lines and page chrome between rows
        if line.kind != LineKind::Text {
            continue;
        }
        let Some(r) = row(&h, line.span.get(text).unwrap_or_default(), line.span.start) else {
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

    #[test]
    fn cells_at_tabs_bars_and_runs_of_spaces() {
        fn c(s: &str) -> Vec<&str> {
            cells(s).into_iter().map(|(_, c)| c).collect()
        }
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
        assert_eq!(cells("a\t\tb")[1], (2, ""));
    }

    #[test]
    fn headers() {
        let lx = Lexicon::default();
        let h = header("序号\t工作任务\t牵头单位\t责任单位\t完成时限", &lx).unwrap();
        assert_eq!(
            h.columns,
            [
                Column::Number,
                Column::Task,
                Column::Role(Role::Lead),
                Column::Role(Role::Responsible),
                Column::Deadline
            ]
        );
        // no role column, or no task column, or a label: not a table
        assert!(header("序号\t工作任务\t备注", &lx).is_none());
        assert!(header("序号\t牵头单位\t责任单位", &lx).is_none());
        assert!(header("牵头单位:市发改委", &lx).is_none());
    }

    #[test]
    fn rows() {
        let lx = Lexicon::default();
        let h = header("序号\t工作任务\t牵头单位\t责任单位\t完成时限", &lx).unwrap();
        let line = "2\t新建5G基站1000个\t市工信局\t市通信发展办、各县区政府\t10月底";
        let r = row(&h, line, 100).unwrap();
        assert_eq!(r.number, Some((2, Span::new(100, 101))));
        assert_eq!(r.task, Cell::of(Span::new(102, 123)));
        assert_eq!(&line[2..23], "新建5G基站1000个");
        assert_eq!(
            r.units,
            [
                (Role::Lead, Cell::of(Span::new(124, 136))),
                (Role::Responsible, Cell::of(Span::new(137, 173)))
            ]
        );
        assert_eq!(r.deadline, Some(Cell::of(Span::new(174, 182))));
        // a line of text is no row
        assert!(row(&h, "各单位要高度重视。", 0).is_none());
        assert!(row(&h, "二\t重点任务", 0).is_none());
    }
}
