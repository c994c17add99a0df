//! Duty tables: notices that lay their tasks out as a table (任务分解表), flattened to
//! text one row per line, with cells set apart by tabs, `|`, or runs of spaces.
//!
//! A header row names the columns (`序号  工作任务  牵头单位  责任单位  完成时限`); each
//! row after it with cells to match is a task: its number, its text, a unit list per
//! role column, and a deadline. The first line that does not read as a row ends the
//! table.

use memchr::memmem;
use mubiao_model::{Diagnostic, Role, Span};
use std::sync::LazyLock;

use crate::duty::{self, DutyBlock, Label};
use crate::punct::is_space;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Column {
    /// `序号`: the task's number.
    Number,
    /// `工作任务`, `目标任务`, `重点工作`, `主要内容`…: the task's text.
    Task,
    /// `牵头单位`, `责任单位`, `配合单位`…: units with a role.
    Role(Role),
    /// `完成时限`, `时间节点`: the deadline, read from the row's dates.
    Deadline,
    /// Anything else (`责任领导`, `备注`).
    Other,
}

/// The columns of a table, from its header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    columns: Vec<Column>,
}

/// A row of a table: a task.
#[derive(Debug)]
pub(crate) struct Row {
    /// The number in the `序号` column and its span.
    pub(crate) number: Option<(u32, Span)>,
    /// The task's cell.
    pub(crate) task: Span,
    /// A block per role column that names units.
    pub(crate) blocks: Vec<DutyBlock>,
}

/// Header rows are short: a few labels.
const MAX_HEADER: usize = 240;

/// The cells of a line: split at tabs, `|`/`｜`, and runs of two or more spaces, each
/// with its offset in the line, trimmed; empty cells kept (a row may leave one blank).
fn cells(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let sep_len = match c {
            '\t' | '|' | '｜' => c.len_utf8(),
            c if is_space(c) => {
                // a run of spaces separates only when two or more (or one wide space)
                let mut len = c.len_utf8();
                let mut n = 1;
                while let Some(&(_, d)) = chars.peek() {
                    if !is_space(d) || d == '\t' {
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
    let t = raw.trim_start_matches(is_space);
    let front = raw.len() - t.len();
    out.push((a + front, t.trim_end_matches(is_space)));
}

/// What a header cell names.
fn column(cell: &str) -> Column {
    if matches!(cell, "序号" | "编号" | "序" | "序列") {
        return Column::Number;
    }
    if let Some((kind, len)) = duty::label(cell)
        && len == cell.len()
    {
        return match kind {
            Label::Role(r) => Column::Role(r),
            Label::Deadline => Column::Deadline,
            Label::Person => Column::Other,
        };
    }
    let task_words = [
        "任务", "工作", "目标", "内容", "事项", "指标", "举措", "措施",
    ];
    if cell.chars().count() <= 10 && task_words.iter().any(|w| cell.contains(w)) {
        return Column::Task;
    }
    Column::Other
}

/// The header row of a duty table, if `line` is one: three or more cells, one of them
/// the task's and one a role's.
pub(crate) fn header(line: &str) -> Option<Header> {
    // most lines are rejected by one search: a header names a unit column
    static UNIT: LazyLock<[memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        ["单位", "部门", "处室"].map(|w| memmem::Finder::new(w.as_bytes()).into_owned())
    });
    // what sets cells apart besides a tab and a bar; a colon says a label is no header
    static WIDE: LazyLock<[memmem::Finder<'static>; 4]> = LazyLock::new(|| {
        ["  ", "\u{3000}", "｜", "："].map(|w| memmem::Finder::new(w.as_bytes()).into_owned())
    });
    let b = line.as_bytes();
    if line.len() > MAX_HEADER || !UNIT.iter().any(|f| f.find(b).is_some()) {
        return None;
    }
    let [two, ideographic, bar, colon] = &*WIDE;
    if memchr::memchr(b':', b).is_some() || colon.find(b).is_some() {
        return None;
    }
    let separated = memchr::memchr2(b'\t', b'|', b).is_some()
        || [two, ideographic, bar].iter().any(|f| f.find(b).is_some());
    if !separated {
        return None;
    }
    let columns: Vec<Column> = cells(line).iter().map(|(_, c)| column(c)).collect();
    let tasks = columns.iter().filter(|c| **c == Column::Task).count();
    let roles = columns.iter().any(|c| matches!(c, Column::Role(_)));
    (columns.len() >= 3 && tasks == 1 && roles).then_some(Header { columns })
}

/// The row of `header`'s table that `line` (at `offset` in the text) is, if it is one:
/// as many cells as the header (trailing blank cells may be left out), a number where
/// the header has a number column, and a task.
pub(crate) fn row(
    header: &Header,
    line: &str,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Row> {
    let cells = cells(line);
    let n = header.columns.len();
    if cells.len() > n || cells.len() + 2 < n || cells.len() < 2 {
        return None;
    }
    let mut number = None;
    let mut task = None;
    let mut blocks = Vec::new();
    for (&(at, cell), &col) in cells.iter().zip(&header.columns) {
        let span = Span::new(offset + at, offset + at + cell.len());
        match col {
            Column::Number => {
                let digits = cell.trim_end_matches(['.', '、', '．']);
                let value = digits.parse::<u32>().ok()?;
                number = Some((value, Span::new(span.start, span.start + digits.len())));
            }
            Column::Task if !cell.is_empty() => task = Some(span),
            Column::Role(role) if !cell.is_empty() => {
                let block = duty::list_block(cell, span, role, diagnostics);
                if !block.duties.is_empty() || !block.references.is_empty() {
                    blocks.push(block);
                }
            }
            _ => {}
        }
    }
    Some(Row {
        number,
        task: task?,
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let h = header("序号\t工作任务\t牵头单位\t责任单位\t完成时限").unwrap();
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
        // no role column, or no task column, or one cell: not a table
        assert!(header("序号\t工作任务\t备注").is_none());
        assert!(header("序号\t牵头单位\t责任单位").is_none());
        assert!(header("牵头单位:市发改委").is_none());
    }

    #[test]
    fn rows() {
        let h = header("序号\t工作任务\t牵头单位\t责任单位\t完成时限").unwrap();
        let line = "2\t新建5G基站1000个\t市工信局\t市通信发展办、各县区政府\t10月底";
        let r = row(&h, line, 100, &mut Vec::new()).unwrap();
        assert_eq!(r.number, Some((2, Span::new(100, 101))));
        assert_eq!(r.task.start - 100..r.task.end - 100, 2..23);
        assert_eq!(&line[2..23], "新建5G基站1000个");
        let units: Vec<(&str, Role)> = r
            .blocks
            .iter()
            .flat_map(|b| &b.duties)
            .map(|d| (d.unit.name.as_str(), d.role))
            .collect();
        assert_eq!(
            units,
            [
                ("市工信局", Role::Lead),
                ("市通信发展办", Role::Responsible),
                ("各县区政府", Role::Responsible)
            ]
        );
        let first = &r.blocks[0].duties[0];
        assert_eq!(
            &line[first.unit.span.start - 100..first.unit.span.end - 100],
            "市工信局"
        );
        // a line of text is no row
        assert!(row(&h, "各单位要高度重视。", 0, &mut Vec::new()).is_none());
        assert!(row(&h, "二\t重点任务", 0, &mut Vec::new()).is_none());
    }
}
