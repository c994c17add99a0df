//! Targets as a terminal table: indicator, measure, comparator, value, unit, status, year.

use core::fmt;

use mubiao_model::{Decimal, Target};

use crate::table::fit;

/// The targets of a ledger as a table for a terminal, aligned by display width. Made by
/// [`Ledger::targets_table`](crate::Ledger::targets_table).
///
/// ```
/// let ledger = mubiao::Ledger::parse("2013年主要预期目标是:地区生产总值增长12%以上。");
/// let shown = ledger.targets_table().to_string();
/// let row = shown.lines().nth(2).unwrap();
/// assert!(row.starts_with("地区生产总值"));
/// assert!(row.contains("growth") && row.contains("ge") && row.contains("target") && row.contains("2013"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct TargetTable<'a> {
    targets: &'a [Target],
}

impl<'a> TargetTable<'a> {
    pub(crate) const fn new(targets: &'a [Target]) -> Self {
        Self { targets }
    }
}

/// Column widths in display columns.
const WIDTHS: [usize; 7] = [30, 9, 6, 18, 9, 7, 5];

impl fmt::Display for TargetTable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let row = |f: &mut fmt::Formatter<'_>, cells: [&str; 7]| -> fmt::Result {
            let mut line = String::new();
            for (cell, w) in cells.iter().zip(WIDTHS) {
                line.push_str(&fit(cell, w));
                line.push(' ');
            }
            writeln!(f, "{}", line.trim_end())
        };
        row(
            f,
            [
                "indicator",
                "measure",
                "cmp",
                "value",
                "unit",
                "status",
                "year",
            ],
        )?;
        writeln!(
            f,
            "{}",
            "─".repeat(WIDTHS.iter().sum::<usize>() + WIDTHS.len() - 1)
        )?;
        for t in self.targets {
            let year = t.year.map(|y| y.to_string()).unwrap_or_default();
            let year = match t.horizon {
                Some(h) if h > 1 => format!("{year}/{h}y"),
                _ => year,
            };
            row(
                f,
                [
                    &t.indicator,
                    t.measure.as_str(),
                    t.comparator.as_str(),
                    &value(t),
                    &t.unit,
                    t.status.map_or("", |s| s.as_str()),
                    &year,
                ],
            )?;
        }
        Ok(())
    }
}

/// The value as a reader wants it: `12`, `10–12`, `193→560`, `年均 8`, or the relation
/// of a qualitative target.
pub(crate) fn value(t: &Target) -> String {
    if let Some(rel) = &t.relation {
        return rel.clone();
    }
    let n = |d: Decimal| d.normalize().to_string();
    let mut out = String::new();
    if t.annual_average {
        out.push_str("年均 ");
    }
    if let Some(b) = t.baseline {
        out.push_str(&n(b));
        out.push('→');
    }
    if let Some(v) = t.value {
        out.push_str(&n(v));
    }
    if let Some(u) = t.upper {
        out.push('–');
        out.push_str(&n(u));
    }
    out
}
