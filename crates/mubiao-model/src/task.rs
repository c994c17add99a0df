//! Numbered tasks of a decomposition notice, with their units and deadlines.

use crate::{Deadline, Duty, MarkerStyle, Reference, Role, Span};

/// One task: a numbered (or unnumbered) clause and the units charged with it.
///
/// ```
/// use mubiao_model::{Duty, Org, Role, Span, Task};
///
/// // "96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府"
/// let mut task = Task::new(Span::new(0, 95), "搞好第三次经济普查。", Span::new(3, 33));
/// task.ordinal = Some(96);
/// task.duties.push(Duty::new(Org::new("市统计局", Span::new(47, 59)), Role::Lead));
/// task.duties.push(Duty::new(Org::new("各县(市、区)政府", Span::new(73, 95)), Role::Responsible));
/// assert_eq!(task.number().as_deref(), Some("96"));
/// assert_eq!(task.lead().collect::<Vec<_>>(), ["市统计局"]);
/// assert_eq!(task.units(), ["市统计局", "各县(市、区)政府"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Task {
    /// The number the marker stands for (22 for `22、` and for `二十二、`); `None` for a
    /// paragraph that carries duties without a number.
    pub ordinal: Option<u32>,
    /// The marker as written, without a trailing `、`/`.`/`．`: `22`, `(1)`, `①`.
    pub label: Option<String>,
    /// The numbering style of the marker.
    pub style: Option<MarkerStyle>,
    /// Labels of the headings above the task, outermost first: `["二", "(一)"]`.
    pub path: Vec<String>,
    /// The task's statement: after the marker, before its duty block.
    pub text: String,
    /// Where `text` stands.
    pub text_span: Span,
    /// The whole task: marker, statement and duty blocks.
    pub span: Span,
    /// The units charged with the task and their roles, in document order.
    pub duties: Vec<Duty>,
    /// Documents the task refers to instead of (or beside) naming units.
    pub references: Vec<Reference>,
    /// Dates and deadlines named in the task.
    pub deadlines: Vec<Deadline>,
}

impl Task {
    /// A task with no number, path or duties yet.
    ///
    /// ```
    /// use mubiao_model::{Span, Task};
    /// let t = Task::new(Span::new(0, 30), "筹建人大政协综合楼。", Span::new(0, 30));
    /// assert!(t.number().is_none());
    /// ```
    #[must_use]
    pub fn new(span: Span, text: impl Into<String>, text_span: Span) -> Self {
        Self {
            ordinal: None,
            label: None,
            style: None,
            path: Vec::new(),
            text: text.into(),
            text_span,
            span,
            duties: Vec::new(),
            references: Vec::new(),
            deadlines: Vec::new(),
        }
    }

    /// The number in Arabic digits, as the ledger contract writes it: `"22"`.
    ///
    /// ```
    /// use mubiao_model::{Span, Task};
    /// let mut t = Task::new(Span::new(0, 1), "", Span::new(0, 0));
    /// t.ordinal = Some(7);
    /// assert_eq!(t.number().as_deref(), Some("7"));
    /// ```
    #[must_use]
    pub fn number(&self) -> Option<String> {
        self.ordinal.map(|n| n.to_string())
    }

    /// The lead units, in document order, each once.
    ///
    /// ```
    /// use mubiao_model::{Duty, Org, Role, Span, Task};
    /// let mut t = Task::new(Span::new(0, 1), "", Span::new(0, 0));
    /// t.duties.push(Duty::new(Org::new("市社管办", Span::new(0, 12)), Role::Lead));
    /// t.duties.push(Duty::new(Org::new("市民政局", Span::new(16, 28)), Role::Responsible));
    /// assert_eq!(t.lead().collect::<Vec<_>>(), ["市社管办"]);
    /// ```
    pub fn lead(&self) -> impl Iterator<Item = &str> {
        self.names_where(|r| r == Role::Lead)
    }

    /// Every unit charged with the task, lead units included, in document order, each
    /// once.
    ///
    /// ```
    /// use mubiao_model::{Duty, Org, Role, Span, Task};
    /// let mut t = Task::new(Span::new(0, 1), "", Span::new(0, 0));
    /// t.duties.push(Duty::new(Org::new("市发改委", Span::new(0, 12)), Role::Lead));
    /// t.duties.push(Duty::new(Org::new("市发改委", Span::new(30, 42)), Role::Responsible));
    /// assert_eq!(t.units(), ["市发改委"]);
    /// ```
    #[must_use]
    pub fn units(&self) -> Vec<&str> {
        self.names_where(|_| true).collect()
    }

    /// The units whose role passes `keep`, in document order, each once.
    fn names_where(&self, keep: impl Fn(Role) -> bool) -> impl Iterator<Item = &str> {
        let mut seen = std::collections::HashSet::new();
        self.duties
            .iter()
            .filter(move |d| keep(d.role))
            .map(|d| d.unit.name.as_str())
            .filter(move |name| seen.insert(*name))
    }
}
