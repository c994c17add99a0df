//! The header of a layout table: column names from the lexicon at their places on
//! the line, over one line or several.
//!
//! A name too long for its cell wraps over lines (`序` / `号`, `责任` / `单位`, `是否` /
//! `为政` / `府投` / `资项` / `目`), and every name is vertically centred on the
//! header's row, so the wrapped names stand above and below the line that holds the
//! most names (the main line). Fragments of the lines around it that overlap in
//! position are one name, read top to bottom. A line joins the header while it keeps
//! every name the lexicon knew a name of the same kind; below the main line it may
//! only continue names (or hold names of its own). Last, a name whose lines are not
//! centred on the main line (a title above the header, `附件 6`) takes its line out.

use super::line::{self, Pos, Word};
use crate::lexicon::{Column, Lexicon};
use crate::table::Cursor;
use crate::text::{Line, LineKind, class};

/// How many lines a header may take.
const MAX_LINES: usize = 16;

/// A header line is short.
const MAX_LINE_BYTES: usize = 480;

/// How many names a header has at most.
const MAX_NAMES: usize = 16;

/// How many characters a fragment of a name has at most.
const MAX_NAME_CHARS: Pos = 16;

/// A column of a header: what it holds, and where its name stands (half columns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Name {
    /// What the column holds.
    pub(super) kind: Column,
    /// Where the name starts.
    pub(super) lo: Pos,
    /// Where it ends.
    pub(super) hi: Pos,
}

impl Name {
    /// The middle of the name.
    pub(super) const fn centre(&self) -> Pos {
        (self.lo + self.hi) / 2
    }
}

/// A header: its columns, left to right, and how many lines it takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Header {
    /// The columns, left to right.
    pub(super) names: Vec<Name>,
    /// How many lines the header takes.
    pub(super) lines: usize,
}

impl Header {
    /// Whether the header makes a task table: the number column first, a task-like
    /// column and a unit column.
    pub(super) fn is_task_table(&self) -> bool {
        let first = self.names.first().is_some_and(|n| n.kind == Column::Number);
        let task = self
            .names
            .iter()
            .any(|n| matches!(n.kind, Column::Task | Column::Content));
        let role = self.names.iter().any(|n| matches!(n.kind, Column::Role(_)));
        first && task && role && self.names.len() >= 3
    }

    /// Whether `other` names the same columns (a header repeated on a new page).
    pub(super) fn same_columns(&self, other: &Self) -> bool {
        self.names.len() == other.names.len()
            && self
                .names
                .iter()
                .zip(&other.names)
                .all(|(a, b)| a.kind == b.kind)
    }
}

/// A fragment of a header line: where it stands and its text.
#[derive(Clone, Copy, Debug)]
struct Part<'a> {
    /// The line of the run it is on.
    line: usize,
    /// Where it starts and ends (half columns).
    lo: Pos,
    hi: Pos,
    /// Its text, single spaces included.
    text: &'a str,
}

/// The fragments of `line` if it can be a header line: short, without tabs or bars,
/// every fragment short and none a number.
fn parts<'a>(
    text: &'a str,
    line: &Line,
    index: usize,
    words: &mut Vec<Word>,
    frags: &mut Vec<line::Frag>,
) -> Option<Vec<Part<'a>>> {
    if line.kind != LineKind::Text || line.raw.len() > MAX_LINE_BYTES {
        return None;
    }
    // a tab or a bar is another shape of table; a colon makes a label, not a name
    if line.span.get(text)?.contains(['\t', '|', '｜', ':', '：']) {
        return None;
    }
    words.clear();
    frags.clear();
    line::read(text, line, words, frags);
    if frags.len() > MAX_NAMES {
        return None;
    }
    frags
        .iter()
        .map(|f| {
            let ws = words.get(f.clone())?;
            let (first, last) = (ws.first()?, ws.last()?);
            let hi = last.col + 2 * last.chars;
            let t = line::text_of(text, ws);
            let digit = t.chars().next().is_some_and(|c| class(c).digit().is_some());
            (hi - first.col <= 2 * MAX_NAME_CHARS && !digit).then_some(Part {
                line: index,
                lo: first.col,
                hi,
                text: t,
            })
        })
        .collect()
}

/// Fragments of the header that overlap in position: one name.
#[derive(Clone, Debug)]
struct Cluster<'a> {
    /// Where its fragments start and end, together.
    lo: Pos,
    hi: Pos,
    /// Top to bottom.
    parts: Vec<Part<'a>>,
}

impl Cluster<'_> {
    /// What the lexicon makes of the name, its fragments read top to bottom.
    fn kind(&self, lx: &Lexicon) -> Option<Column> {
        let name: String = self.parts.iter().map(|p| p.text).collect();
        lx.column(&name)
    }

    /// The first and last lines it takes.
    fn lines(&self) -> (usize, usize) {
        let top = self.parts.iter().map(|p| p.line).min().unwrap_or(0);
        let bottom = self.parts.iter().map(|p| p.line).max().unwrap_or(0);
        (top, bottom)
    }
}

/// The clusters with the fragments of one more line, above or below those read, if
/// the line can join: each fragment continues one name or starts one (below the main
/// line, only a name the lexicon knows), and every name the lexicon knew stays a name
/// of its kind.
fn with_line<'a>(
    clusters: &[Cluster<'a>],
    parts: &[Part<'a>],
    above: bool,
    lx: &Lexicon,
) -> Option<Vec<Cluster<'a>>> {
    let mut out = clusters.to_vec();
    for &p in parts {
        let mut overlapping = out
            .iter_mut()
            .filter(|c| p.lo < c.hi && c.lo < p.hi)
            .collect::<Vec<_>>();
        match overlapping.as_mut_slice() {
            [] => {
                if !above && lx.column(p.text).is_none() {
                    return None;
                }
                out.push(Cluster {
                    lo: p.lo,
                    hi: p.hi,
                    parts: vec![p],
                });
            }
            [c] => {
                c.lo = c.lo.min(p.lo);
                c.hi = c.hi.max(p.hi);
                if above {
                    c.parts.insert(0, p);
                } else {
                    c.parts.push(p);
                }
            }
            _ => return None,
        }
    }
    let keeps = clusters
        .iter()
        .zip(&out)
        .all(|(before, after)| before.kind(lx).is_none_or(|k| after.kind(lx) == Some(k)));
    keeps.then_some(out)
}

/// Reads the header that starts `at` lines ahead of `cursor`, if one does.
pub(super) fn read<'a>(
    text: &'a str,
    cursor: &mut Cursor<'_>,
    at: usize,
    lx: &Lexicon,
) -> Option<Header> {
    let mut words = Vec::new();
    let mut frags = Vec::new();
    // a heading (`一、总体要求`) is no header
    let first = cursor.peek(at).copied()?;
    if lx.marker(first.span.get(text)?).is_some() {
        return None;
    }
    let mut run: Vec<Vec<Part<'_>>> = Vec::new();
    // the header is centred on its main line and starts at the first line, so the main
    // line is in the first half of the run; the rest is read once one is found
    let mut read_to = |run: &mut Vec<Vec<Part<'a>>>, upto: usize| {
        while run.len() < upto {
            let Some(line) = cursor.peek(at + run.len()).copied() else {
                return;
            };
            let Some(p) = parts(text, &line, run.len(), &mut words, &mut frags) else {
                return;
            };
            run.push(p);
        }
    };
    read_to(&mut run, MAX_LINES / 2 + 1);
    // the main line: the one with the most names the lexicon knows (two at least)
    let (main, known) = run
        .iter()
        .enumerate()
        .filter(|(_, ps)| ps.len() >= 2)
        .map(|(i, ps)| (i, ps.iter().filter(|p| lx.column(p.text).is_some()).count()))
        .fold((0, 0), |best, x| if x.1 > best.1 { x } else { best });
    if known < 2 {
        return None;
    }
    if run.len() == MAX_LINES / 2 + 1 {
        read_to(&mut run, MAX_LINES);
    }
    let mut clusters: Vec<Cluster<'_>> = run
        .get(main)?
        .iter()
        .map(|&p| Cluster {
            lo: p.lo,
            hi: p.hi,
            parts: vec![p],
        })
        .collect();
    let mut up = main;
    while let Some(ps) = up.checked_sub(1).and_then(|i| run.get(i)) {
        let Some(c) = with_line(&clusters, ps, true, lx) else {
            break;
        };
        clusters = c;
        up -= 1;
    }
    let mut down = main;
    while let Some(ps) = run.get(down + 1) {
        let Some(c) = with_line(&clusters, ps, false, lx) else {
            break;
        };
        clusters = c;
        down += 1;
    }
    // every name is centred on the main line: a line that puts one off centre goes
    loop {
        let spans: Vec<(usize, usize)> = clusters.iter().map(Cluster::lines).collect();
        let high = spans.iter().any(|&(t, b)| t + b + 2 < 2 * main);
        let low = spans.iter().any(|&(t, b)| t + b > 2 * main + 2);
        let cut = if high {
            up += 1;
            up - 1
        } else if low {
            down -= 1;
            down + 1
        } else {
            break;
        };
        for c in &mut clusters {
            c.parts.retain(|p| p.line != cut);
            c.lo = c.parts.iter().map(|p| p.lo).min().unwrap_or(c.lo);
            c.hi = c.parts.iter().map(|p| p.hi).max().unwrap_or(c.hi);
        }
        clusters.retain(|c| !c.parts.is_empty());
    }
    if up != 0 {
        return None;
    }
    clusters.sort_by_key(|c| c.lo);
    let names = clusters
        .iter()
        .map(|c| Name {
            kind: c.kind(lx).unwrap_or(Column::Other),
            lo: c.lo,
            hi: c.hi,
        })
        .collect();
    Some(Header {
        names,
        lines: down + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use mubiao_model::Role;

    fn header(text: &str) -> Option<Header> {
        read(text, &mut Cursor::new(text), 0, &Lexicon::default())
    }

    fn kinds(h: &Header) -> Vec<Column> {
        h.names.iter().map(|n| n.kind).collect()
    }

    #[test]
    fn a_header_of_one_line() {
        // 温州市人工智能创新发展工作方案, 附件 1
        let h = header(
            "序号     重点举措                       实施路径              完成时限    责任单位        配合单位\n                全力争取温州绿色低碳 5 万卡智算中心通过国家发展改革委窗口指             市发展改革委、\n",
        )
        .unwrap();
        assert_eq!(h.lines, 1);
        assert_eq!(
            kinds(&h),
            [
                Column::Number,
                Column::Task,
                Column::Task,
                Column::Deadline,
                Column::Role(Role::Responsible),
                Column::Role(Role::Cooperating)
            ]
        );
        assert_eq!((h.names[2].lo, h.names[2].hi), (68, 76));
        assert!(h.is_task_table());
    }

    #[test]
    fn names_wrapped_over_lines_are_merged() {
        // 人工智能行业高质量数据集建设行动方案, 附件
        let text = "序                                                                 责任     拟投入\n      领域   数据集名称     建设主体            简要描述             应用场景\n号                                                                 单位    运营时间\n\n                                                通过公共数据授权运营，用于\n";
        let h = header(text).unwrap();
        assert_eq!(h.lines, 3);
        assert_eq!(
            kinds(&h),
            [
                Column::Number,
                Column::Group,
                Column::Task,
                Column::Other,
                Column::Content,
                Column::Other,
                Column::Role(Role::Responsible),
                Column::Deadline
            ]
        );
    }

    #[test]
    fn a_title_above_and_a_cell_below_stay_out() {
        // 政策诉求清单: a title and a caption above, the first row's cell below
        let text = "     附件 6\n                           政策诉求清单\n                                                       建议责任单位\n序号     特色领域    工作举措                    政策诉求\n                                                       （省级部门）\n               支持湖州德清国家\n";
        // the header starts at `建议责任单位`, not at the lines before it
        assert!(header(text).is_none());
        let mut cursor = Cursor::new(text);
        let h = read(text, &mut cursor, 2, &Lexicon::default()).unwrap();
        assert_eq!(h.lines, 3);
        assert_eq!(h.names.len(), 5);
        assert_eq!(h.names[4].kind, Column::Role(Role::Responsible));
        // `上）` under a header is the first line of a cell, not a name
        let text = "序号    重点举措                  实施路径                 完成时限    责任单位         配合单位\n                上）\n";
        assert_eq!(header(text).unwrap().lines, 1);
    }

    #[test]
    fn no_header() {
        assert!(header("一、总体要求\n").is_none());
        assert!(header("1  2  3\n").is_none());
        assert!(header("序号\t工作任务\t牵头单位\n").is_none());
        // a project list: no unit column
        let h = header("序号            企业名称                      项目名称                          区县\n").unwrap();
        assert!(!h.is_task_table());
    }
}
