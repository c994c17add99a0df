//! Tables flattened from HTML with one cell per line: the header's names one per line
//! (`序号` / `改革举措` / `主 要 内 容` / `指导部门` / `推广范围`), then each row as its
//! number alone on a line followed by its cells, one per line; heading rows
//! (`一、知识产权保护方面（共5项）`) stand between rows. A cell of several paragraphs
//! takes several lines: the extra lines go to the content column.

use mubiao_model::Span;

use super::{Cell, Cursor, Entry, Header, Row, Table};
use crate::lexicon::{Column, Lexicon};
use crate::text::{Line, LineKind, class};

/// A column name is short.
const MAX_NAME: usize = 30;

/// How many lines a row may take beyond one per column before the rest is taken as
/// text after the table.
const MAX_EXTRA: usize = 4;

/// The number alone on a line that opens a row: one to four digits, a dot or `、`
/// after them allowed.
fn row_number(line: &str) -> Option<(u32, usize)> {
    let digits = line.trim_end_matches(['.', '．', '、']);
    let mut value = 0u32;
    let mut n = 0;
    for c in digits.chars() {
        let d = class(c).digit()?;
        value = value * 10 + u32::from(d);
        n += 1;
    }
    (1..=4).contains(&n).then_some((value, digits.len()))
}

/// The header: consecutive short lines from the next line of `cursor` on, each a
/// column name, making a task table; and how many lines it takes.
fn header(text: &str, cursor: &mut Cursor<'_>, lx: &Lexicon) -> Option<(Header, usize)> {
    let mut columns = Vec::new();
    let mut k = 0;
    while let Some(line) = cursor.peek(k).copied() {
        let s = line.span.get(text)?;
        if line.kind != LineKind::Text || s.len() > MAX_NAME {
            break;
        }
        // a header of one cell per line opens with the number column, named exactly
        if k == 0 && !lx.is_number_column(s) {
            return None;
        }
        let Some(c) = lx.column(s) else { break };
        columns.push(c);
        k += 1;
    }
    let header = Header { columns };
    let starts_with_number = header.columns.first() == Some(&Column::Number);
    (header.columns.len() >= 3 && starts_with_number && header.is_task_table())
        .then_some((header, k))
}

/// Whether a cell's first name reads as a unit.
fn names_units(cell: &str, lx: &Lexicon) -> bool {
    let first = cell
        .split(['、', '，', ',', '；', ';'])
        .next()
        .unwrap_or_default()
        .trim_matches(|c| class(c).is_space());
    lx.looks_like_unit(first)
}

/// Whether a line between rows is a heading of its own (a marker opens it).
fn is_heading(s: &str, lx: &Lexicon) -> bool {
    row_number(s).is_none() && lx.marker(s).is_some()
}

/// Reads a cell-per-line table whose header starts at the next line of `cursor`.
pub(crate) fn read(text: &str, cursor: &mut Cursor<'_>, lx: &Lexicon) -> Option<Table> {
    let (h, mut k) = header(text, cursor, lx)?;
    let cells_per_row = h.columns.len() - 1;
    // the column that takes the lines of a cell of several paragraphs
    let absorbing = h
        .columns
        .iter()
        .position(|c| *c == Column::Content)
        .or_else(|| h.columns.iter().position(|c| *c == Column::Task))
        .unwrap_or(1);
    let mut table = Table::default();
    let mut taken = k;
    while let Some((i, line)) = cursor.next_text(k, 8) {
        let s = line.span.get(text).unwrap_or_default();
        if is_heading(s, lx) {
            table.entries.push(Entry::Line(line));
            k = i + 1;
            taken = k;
            continue;
        }
        let Some((number, len)) = row_number(s) else {
            break;
        };
        // the row's lines: up to the next number or heading
        let mut lines: Vec<Line> = Vec::new();
        let mut j = i + 1;
        while let Some((at, next)) = cursor.next_text(j, 8) {
            let t = next.span.get(text).unwrap_or_default();
            if row_number(t).is_some() || is_heading(t, lx) {
                break;
            }
            lines.push(next);
            j = at + 1;
            if lines.len() > cells_per_row + MAX_EXTRA {
                break;
            }
        }
        if lines.is_empty() {
            break;
        }
        // how many of the lines beyond one per column the content column takes: the
        // most for which every unit column still holds names of units (what is left
        // is text after the table)
        let extra = lines.len().saturating_sub(cells_per_row);
        let fits = |e: usize| {
            h.columns.iter().enumerate().skip(1).all(|(c, col)| {
                let Column::Role(_) = col else { return true };
                let at = if c > absorbing { c - 1 + e } else { c - 1 };
                lines
                    .get(at)
                    .and_then(|l| l.span.get(text))
                    .is_some_and(|s| names_units(s, lx))
            })
        };
        let absorbed = (0..=extra).rev().find(|&e| fits(e)).unwrap_or(extra);
        let used = cells_per_row + absorbed;
        let end_of_table = used < lines.len();
        lines.truncate(used);
        let mut row = Row {
            number: Some((number, Span::new(line.span.start, line.span.start + len))),
            span: Span::new(
                line.span.start,
                lines.last().map_or(line.span.end, |l| l.span.end),
            ),
            ..Row::default()
        };
        let mut next = 0;
        for (col_index, &col) in h.columns.iter().enumerate().skip(1) {
            let take = if col_index == absorbing {
                1 + absorbed
            } else {
                1
            };
            let cell_lines = lines
                .get(next..(next + take).min(lines.len()))
                .unwrap_or_default();
            next += take;
            if cell_lines.is_empty() {
                continue;
            }
            let cell = Cell {
                pieces: cell_lines.iter().map(|l| l.span).collect(),
            };
            match col {
                Column::Task if row.task.is_empty() => row.task = cell,
                Column::Role(role) => row.units.push((role, cell)),
                Column::Deadline => row.deadline = Some(cell),
                _ => {}
            }
        }
        table.entries.push(Entry::Row(row));
        if end_of_table {
            // the row ends after its own cells; what follows is text
            let last = lines.last().map_or(line.span.end, |l| l.span.end);
            let mut at = i + 1;
            while cursor.peek(at).is_some_and(|l| l.span.end <= last) {
                at += 1;
            }
            taken = at;
            break;
        }
        k = j;
        taken = k;
    }
    if !table.entries.iter().any(|e| matches!(e, Entry::Row(_))) {
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
    fn a_table_of_one_cell_per_line() {
        // 国办发〔2018〕126号, 附件
        let text = "序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n一、知识产权保护方面（共5项）\n1\n知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源。\n最高人民法院、国家知识产权局\n全国\n2\n专利保险机制\n开发专利保险。\n第二段内容。\n国家知识产权局\n全国\n附件2\n";
        let lx = Lexicon::default();
        let mut cursor = Cursor::new(text);
        let table = read(text, &mut cursor, &lx).unwrap();
        assert_eq!(table.entries.len(), 3);
        let Entry::Line(heading) = &table.entries[0] else {
            panic!()
        };
        assert_eq!(
            heading.span.get(text),
            Some("一、知识产权保护方面（共5项）")
        );
        let Entry::Row(first) = &table.entries[1] else {
            panic!()
        };
        assert_eq!(first.number.map(|n| n.0), Some(1));
        assert_eq!(
            first.task.text(text),
            "知识产权民事、刑事、行政案件“三合一”审判"
        );
        assert_eq!(first.units.len(), 1);
        assert_eq!(first.units[0].0, Role::Responsible);
        assert_eq!(first.units[0].1.text(text), "最高人民法院、国家知识产权局");
        // a content cell of two paragraphs: the unit column keeps its place
        let Entry::Row(second) = &table.entries[2] else {
            panic!()
        };
        assert_eq!(second.units[0].1.text(text), "国家知识产权局");
        // the line after the table is left to the reader
        assert_eq!(
            cursor
                .next_line()
                .map(|l| l.span.get(text).unwrap().to_owned())
                .as_deref(),
            Some("附件2")
        );
    }

    #[test]
    fn short_lines_that_are_no_header() {
        let text = "序号\n一、加强领导\n";
        assert!(read(text, &mut Cursor::new(text), &Lexicon::default()).is_none());
    }
}
