//! The ledger as CSV: one row per task and unit, with the unit's role.

use std::io::Write;

use mubiao_model::Task;

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
