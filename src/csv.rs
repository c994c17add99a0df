//! The ledger as CSV: one row per task and unit, with the unit's role.

use std::io::Write;

use mubiao_model::{Target, Task};

use crate::Error;

/// How to write a CSV view. An empty cell stands where the JSON has `null`, an empty
/// string or an empty list.
///
/// ```
/// let opts = mubiao::CsvOptions::default().excel().file("notice.txt").without_header();
/// assert!(opts.bom);
/// assert_eq!(opts.file.as_deref(), Some("notice.txt"));
/// assert!(!opts.header);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvOptions {
    /// Begin with a UTF-8 byte-order mark, so Excel reads the Chinese text as UTF-8.
    pub bom: bool,
    /// Write the header row (default: yes). Leave it out to append the rows of another
    /// document to the same table.
    pub header: bool,
    /// A first column `file` with this name in every row (default: no such column),
    /// so the rows of many documents can share one table.
    pub file: Option<String>,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self {
            bom: false,
            header: true,
            file: None,
        }
    }
}

impl CsvOptions {
    /// The options Excel needs: a byte-order mark.
    ///
    /// ```
    /// assert!(mubiao::CsvOptions::default().excel().bom);
    /// ```
    #[must_use]
    pub const fn excel(mut self) -> Self {
        self.bom = true;
        self
    }

    /// A first column `file` holding `name` in every row.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// let mut out = Vec::new();
    /// ledger.write_csv(&mut out, mubiao::CsvOptions::default().file("a.txt"))?;
    /// let csv = String::from_utf8(out)?;
    /// assert!(csv.starts_with("file,number,"));
    /// assert!(csv.lines().nth(1).ok_or("a row")?.starts_with("a.txt,1,"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn file(mut self, name: impl Into<String>) -> Self {
        self.file = Some(name.into());
        self
    }

    /// No header row.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// let mut out = Vec::new();
    /// ledger.write_csv(&mut out, mubiao::CsvOptions::default().without_header())?;
    /// assert!(String::from_utf8(out)?.starts_with("1,,市政府办,"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn without_header(mut self) -> Self {
        self.header = false;
        self
    }
}

/// The header row.
pub(crate) const HEADER: [&str; 9] = [
    "number", "path", "unit", "role", "lead", "text", "start", "end", "task",
];

/// A CSV writer for `options`: the BOM written, and the header (with `file` first when
/// asked for).
fn writer<W: Write>(
    mut out: W,
    options: &CsvOptions,
    header: &[&str],
) -> Result<::csv::Writer<W>, Error> {
    if options.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = ::csv::WriterBuilder::new().from_writer(out);
    if options.header {
        if options.file.is_some() {
            w.write_field("file")?;
        }
        w.write_record(header)?;
    }
    Ok(w)
}

/// Writes one row, behind the `file` cell when there is one.
fn row<W: Write, const N: usize>(
    w: &mut ::csv::Writer<W>,
    file: Option<&str>,
    cells: [&str; N],
) -> Result<(), Error> {
    if let Some(f) = file {
        w.write_field(f)?;
    }
    w.write_record(cells)?;
    Ok(())
}

/// Writes the tasks as CSV: columns `number, path, unit, role, lead, text, start, end,
/// task`, one row per task and unit (a task that names no unit gets one row with the
/// unit, role and lead cells empty). `path` joins the heading labels with `/`; `lead`
/// is `1` for lead units, `0` for the others; `start`/`end` are the task's byte span;
/// `task` its index in the ledger's tasks (the `task` of a target in the JSON).
pub(crate) fn write<W: Write>(tasks: &[Task], out: W, options: CsvOptions) -> Result<(), Error> {
    let mut w = writer(out, &options, &HEADER)?;
    let file = options.file;
    let file = file.as_deref();
    for (index, t) in tasks.iter().enumerate() {
        let number = t.number().unwrap_or_default();
        let path = t.path.join("/");
        let start = t.span.start.to_string();
        let end = t.span.end.to_string();
        let index = index.to_string();
        let mut wrote = false;
        let mut seen: Vec<&str> = Vec::new();
        for d in &t.duties {
            let name = d.unit.name.as_str();
            if seen.contains(&name) {
                continue;
            }
            seen.push(name);
            // a unit named both as lead and otherwise keeps its lead role
            let role = t
                .duties
                .iter()
                .filter(|e| e.unit.name == name)
                .map(|e| e.role)
                .min()
                .unwrap_or(d.role);
            let lead = if role.is_lead() { "1" } else { "0" };
            row(
                &mut w,
                file,
                [
                    &number,
                    &path,
                    name,
                    role.as_str(),
                    lead,
                    &t.text,
                    &start,
                    &end,
                    &index,
                ],
            )?;
            wrote = true;
        }
        if !wrote {
            row(
                &mut w,
                file,
                [&number, &path, "", "", "", &t.text, &start, &end, &index],
            )?;
        }
    }
    w.flush()?;
    Ok(())
}

/// The header row of the targets CSV.
pub(crate) const TARGET_HEADER: [&str; 19] = [
    "indicator",
    "normalized",
    "measure",
    "comparator",
    "value",
    "upper",
    "unit",
    "baseline",
    "status",
    "year",
    "horizon",
    "annual_average",
    "stance",
    "relation",
    "task",
    "task_number",
    "start",
    "end",
    "statement",
];

/// Writes the targets as CSV, one row each (columns [`TARGET_HEADER`]): numbers as
/// written, empty cells for what the text does not say, `task` the index of the task
/// the statement belongs to (as in the JSON) and `task_number` that task's number,
/// `start`/`end` its byte span and `statement` its text in `source` (empty when
/// `source` is not the text the spans refer to).
pub(crate) fn write_targets<W: Write>(
    targets: &[Target],
    tasks: &[Task],
    source: &str,
    out: W,
    options: CsvOptions,
) -> Result<(), Error> {
    let mut w = writer(out, &options, &TARGET_HEADER)?;
    let file = options.file;
    let file = file.as_deref();
    let num =
        |d: Option<mubiao_model::Decimal>| d.map(|d| d.normalize().to_string()).unwrap_or_default();
    for t in targets {
        let task = t.task.map(|i| i.to_string()).unwrap_or_default();
        let task_number = t
            .task
            .and_then(|i| tasks.get(i))
            .and_then(Task::number)
            .unwrap_or_default();
        row(
            &mut w,
            file,
            [
                t.indicator.as_str(),
                t.normalized.as_deref().unwrap_or_default(),
                t.measure.as_str(),
                t.comparator.as_str(),
                &num(t.value),
                &num(t.upper),
                &t.unit,
                &num(t.baseline),
                t.status.map_or("", |s| s.as_str()),
                &t.year.map(|y| y.to_string()).unwrap_or_default(),
                &t.horizon.map(|h| h.to_string()).unwrap_or_default(),
                if t.annual_average { "1" } else { "0" },
                t.stance.map_or("", |s| s.as_str()),
                t.relation.as_deref().unwrap_or_default(),
                &task,
                &task_number,
                &t.span.start.to_string(),
                &t.span.end.to_string(),
                t.span.get(source).unwrap_or_default(),
            ],
        )?;
    }
    w.flush()?;
    Ok(())
}
