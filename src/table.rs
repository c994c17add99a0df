//! The ledger as a terminal table: number, path, lead, units, start of the task.

use core::fmt;
use std::borrow::Cow;

use mubiao_model::{Task, display_width, display_width_of};

/// A task table for a terminal, aligned by display width (a CJK character takes two
/// columns). Made by [`Ledger::table`](crate::Ledger::table).
///
/// ```
/// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n");
/// let shown = ledger.table().width(80).to_string();
/// assert!(shown.lines().nth(2).unwrap().starts_with("96"));
/// assert!(shown.contains("市统计局"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Table<'a> {
    tasks: &'a [Task],
    width: usize,
}

impl<'a> Table<'a> {
    pub(crate) const fn new(tasks: &'a [Task]) -> Self {
        Self { tasks, width: 120 }
    }

    /// The total width in columns (default 120; at least 60).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// assert!(ledger.table().width(60).to_string().lines().all(|l| mubiao::model::display_width_of(l) <= 60));
    /// ```
    #[must_use]
    pub const fn width(mut self, width: usize) -> Self {
        self.width = if width < 60 { 60 } else { width };
        self
    }
}

/// Columns: number, path and lead are fixed; units and the task text share the rest,
/// two to three.
const NUMBER: usize = 5;
const PATH: usize = 10;
const LEAD: usize = 16;

impl fmt::Display for Table<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rest = self.width.saturating_sub(NUMBER + PATH + LEAD + 4);
        let units_w = rest * 2 / 5;
        let text_w = rest - units_w;
        let row = |f: &mut fmt::Formatter<'_>, cells: [&str; 5]| -> fmt::Result {
            let [n, p, l, u, t] = cells;
            writeln!(
                f,
                "{} {} {} {} {}",
                fit(n, NUMBER),
                fit(p, PATH),
                fit(l, LEAD),
                fit(u, units_w),
                fit(t, text_w).trim_end()
            )
        };
        row(f, ["No.", "path", "lead", "units", "task"])?;
        writeln!(f, "{}", "─".repeat(self.width.min(400)))?;
        for t in self.tasks {
            let number = t.number().unwrap_or_default();
            let path = t.path.join("/");
            let lead = t.lead().collect::<Vec<_>>().join("、");
            let units = t.units().join("、");
            let text: String = t.text.split_whitespace().collect::<Vec<_>>().join(" ");
            row(f, [&number, &path, &lead, &units, &text])?;
        }
        Ok(())
    }
}

/// `s` with control characters (and the bidirectional overrides a terminal would
/// obey) written as escapes, `\u{1b}`, `\t`, so a table cannot move the cursor, clear
/// the screen or reorder what it shows.
pub(crate) fn escape_controls(s: &str) -> Cow<'_, str> {
    let needs = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs(c) {
            out.extend(c.escape_debug());
            if !c.is_control() && out.ends_with(c) {
                // escape_debug leaves some format characters as they are
                out.pop();
                out.extend(c.escape_unicode());
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` cut or padded to exactly `width` display columns; a cut ends in `…`. Control
/// characters are escaped first ([`escape_controls`]).
pub(crate) fn fit(s: &str, width: usize) -> String {
    let s = escape_controls(s);
    let s = s.as_ref();
    let total = display_width_of(s);
    if total <= width {
        let mut out = String::with_capacity(s.len() + width - total);
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', width - total));
        return out;
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = display_width(c);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    used += 1;
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::{escape_controls, fit};

    #[test]
    fn fit_pads_and_cuts_by_columns() {
        assert_eq!(fit("市发改委", 10), "市发改委  ");
        assert_eq!(fit("市发改委", 6), "市发… ");
        assert_eq!(fit("12", 3), "12 ");
    }

    #[test]
    fn controls_are_escaped_in_cells() {
        assert_eq!(escape_controls("市发改委"), "市发改委");
        assert_eq!(escape_controls("a\u{1b}[2Jb\tc"), "a\\u{1b}[2Jb\\tc");
        assert_eq!(escape_controls("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(fit("\u{1b}[31m红", 13), "\\u{1b}[31m红 ");
    }
}
