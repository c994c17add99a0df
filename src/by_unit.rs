//! The ledger by unit: for each unit, the tasks it leads and the tasks it shares.

use core::fmt;

use mubiao_model::Task;

/// One unit's tasks. Made by [`Ledger::by_unit`](crate::Ledger::by_unit).
///
/// ```
/// let ledger = mubiao::Ledger::parse(
///     "1.启动新址建设。\n牵头单位:市委党校\n责任单位:市国土资源局\n\
///      2.筹建综合楼。\n牵头单位:市机关事务管理局\n责任单位:市国土资源局\n",
/// );
/// let units = ledger.by_unit();
/// let land = units.iter().find(|u| u.unit == "市国土资源局").unwrap();
/// assert!(land.leads.is_empty());
/// assert_eq!(land.shares.len(), 2);
/// ```
///
/// With the `serde` feature it serialises as `{"unit": …, "leads": [TASK, …], "shares":
/// [TASK, …]}`, each task as [`Task`] serialises.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UnitTasks<'a> {
    /// The unit, as written.
    pub unit: &'a str,
    /// Tasks it leads, in document order.
    pub leads: Vec<&'a Task>,
    /// Tasks it is responsible for or cooperates on without leading, in document order.
    pub shares: Vec<&'a Task>,
}

impl UnitTasks<'_> {
    /// All the unit's tasks.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// assert_eq!(ledger.by_unit()[0].count(), 1);
    /// ```
    #[must_use]
    pub fn count(&self) -> usize {
        self.leads.len() + self.shares.len()
    }
}

/// The by-unit view: units in order of first appearance.
pub(crate) fn by_unit(tasks: &[Task]) -> Vec<UnitTasks<'_>> {
    let mut out: Vec<UnitTasks<'_>> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for t in tasks {
        let leads: Vec<&str> = t.lead().collect();
        for name in t.units() {
            let k = *index.entry(name).or_insert_with(|| {
                out.push(UnitTasks {
                    unit: name,
                    leads: Vec::new(),
                    shares: Vec::new(),
                });
                out.len() - 1
            });
            if let Some(u) = out.get_mut(k) {
                if leads.contains(&name) {
                    u.leads.push(t);
                } else {
                    u.shares.push(t);
                }
            }
        }
    }
    out
}

/// The by-unit view as text, units with the most tasks first.
///
/// ```
/// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n");
/// assert!(ledger.by_unit_report().to_string().starts_with("市统计局  leads 1: 96"));
/// ```
#[derive(Clone, Debug)]
pub struct ByUnitReport<'a> {
    pub(crate) units: Vec<UnitTasks<'a>>,
}

impl fmt::Display for ByUnitReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut units: Vec<&UnitTasks<'_>> = self.units.iter().collect();
        units.sort_by_key(|u| std::cmp::Reverse(u.count()));
        for u in units {
            write!(f, "{}", u.unit)?;
            if !u.leads.is_empty() {
                write!(f, "  leads {}: {}", u.leads.len(), numbers(&u.leads))?;
            }
            if !u.shares.is_empty() {
                write!(f, "  shares {}: {}", u.shares.len(), numbers(&u.shares))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

fn numbers(tasks: &[&Task]) -> String {
    tasks
        .iter()
        .map(|t| t.number().unwrap_or_else(|| "-".to_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}
