//! The ledger as CSV: one row per task and unit, with the unit's role.

use std::io::Write;

use mubiao_model::{Target, Task};

use crate::Error;

/// How to write the CSV ledger.
///
/// ```
/// let opts = mubiao::CsvOptions::default().excel();
/// assert!(opts.bom);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvOptions {
    /// Begin with a UTF-8 byte-order mark, so Excel reads the Chinese text as UTF-8.
    pub bom: bool,
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
}

/// The header row.
pub(crate) const HEADER: [&str; 8] = [
    "number", "path", "unit", "role", "lead", "text", "start", "end",
];

/// Writes the tasks as CSV: columns `number, path, unit, role, lead, text, start, end`,
/// one row per task and unit (a task that names no unit gets one row with the unit
/// empty). `path` joins the heading labels with `/`; `lead` is `1` for lead units;
/// `start`/`end` are the task's byte span.
pub(crate) fn write<W: Write>(tasks: &[Task], out: W, options: CsvOptions) -> Result<(), Error> {
    let mut out = out;
    if options.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = ::csv::WriterBuilder::new().from_writer(out);
    w.write_record(HEADER)?;
    for t in tasks {
        let number = t.number().unwrap_or_default();
        let path = t.path.join("/");
        let start = t.span.start.to_string();
        let end = t.span.end.to_string();
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
            w.write_record([
                &number,
                &path,
                name,
                role.as_str(),
                lead,
                &t.text,
                &start,
                &end,
            ])?;
            wrote = true;
        }
        if !wrote {
            w.write_record([&number, &path, "", "", "0", &t.text, &start, &end])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// The header row of the targets CSV.
pub(crate) const TARGET_HEADER: [&str; 18] = [
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
    "start",
    "end",
    "statement",
];

/// Writes the targets as CSV, one row each (columns [`TARGET_HEADER`]): numbers as
/// written, empty cells for what the text does not say, `task` the number of the task
/// the statement belongs to, `start`/`end` its byte span and `statement` its text in
/// `source` (empty when `source` is not the text the spans refer to).
pub(crate) fn write_targets<W: Write>(
    targets: &[Target],
    tasks: &[Task],
    source: &str,
    out: W,
    options: CsvOptions,
) -> Result<(), Error> {
    let mut out = out;
    if options.bom {
        out.write_all(b"\xEF\xBB\xBF")?;
    }
    let mut w = ::csv::WriterBuilder::new().from_writer(out);
    w.write_record(TARGET_HEADER)?;
    let num =
        |d: Option<mubiao_model::Decimal>| d.map(|d| d.normalize().to_string()).unwrap_or_default();
    for t in targets {
        let task = t
            .task
            .and_then(|i| tasks.get(i))
            .and_then(Task::number)
            .unwrap_or_default();
        w.write_record([
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
            &t.span.start.to_string(),
            &t.span.end.to_string(),
            t.span.get(source).unwrap_or_default(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
