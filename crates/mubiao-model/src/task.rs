//! Numbered tasks of a decomposition notice, with their units and deadlines.

use crate::{Deadline, Duty, MarkerStyle, Reference, Role, Span};

/// One task: a numbered (or unnumbered) clause and the units charged with it.
///
/// With the `serde` feature it serialises as a task of the ledger JSON (`number`,
/// `label`, `style`, `path`, `span`, `text`, `text_span`, `lead`, `units`, `duties`,
/// `deadlines`, `references`), without the `targets` that the document lists under
/// it, and reads back from that form (or from one with only `lead` and `units`).
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

#[cfg(feature = "serde")]
pub(crate) use serde_impl::TaskOut;

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Task;
    use crate::{Deadline, Duty, MarkerStyle, Org, Reference, Role, Span, Target};

    /// A task as the ledger JSON writes it; the document adds the task's targets.
    #[derive(Serialize)]
    pub(crate) struct TaskOut<'a> {
        number: Option<String>,
        label: Option<&'a str>,
        style: Option<MarkerStyle>,
        path: &'a [String],
        span: Span,
        text: &'a str,
        text_span: Span,
        lead: Vec<&'a str>,
        units: Vec<&'a str>,
        duties: &'a [Duty],
        #[serde(skip_serializing_if = "Option::is_none")]
        targets: Option<Vec<&'a Target>>,
        deadlines: &'a [Deadline],
        references: &'a [Reference],
    }

    impl<'a> TaskOut<'a> {
        pub(crate) fn new(t: &'a Task, targets: Option<Vec<&'a Target>>) -> Self {
            Self {
                number: t.number(),
                label: t.label.as_deref(),
                style: t.style,
                path: &t.path,
                span: t.span,
                text: &t.text,
                text_span: t.text_span,
                lead: t.lead().collect(),
                units: t.units(),
                duties: &t.duties,
                targets,
                deadlines: &t.deadlines,
                references: &t.references,
            }
        }
    }

    impl Serialize for Task {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            TaskOut::new(self, None).serialize(s)
        }
    }

    #[derive(Deserialize)]
    struct TaskIn {
        #[serde(default)]
        number: Option<String>,
        #[serde(default)]
        label: Option<String>,
        #[serde(default)]
        style: Option<MarkerStyle>,
        #[serde(default)]
        path: Vec<String>,
        #[serde(default)]
        span: Span,
        #[serde(default)]
        text: String,
        #[serde(default)]
        text_span: Option<Span>,
        #[serde(default)]
        lead: Vec<String>,
        #[serde(default)]
        units: Vec<String>,
        #[serde(default)]
        duties: Vec<Duty>,
        #[serde(default)]
        deadlines: Vec<Deadline>,
        #[serde(default)]
        references: Vec<Reference>,
    }

    impl<'de> Deserialize<'de> for Task {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            use serde::de::Error as _;
            let t = TaskIn::deserialize(d)?;
            let ordinal = match t.number.as_deref() {
                None | Some("") => None,
                Some(n) => Some(n.parse::<u32>().map_err(|_| {
                    D::Error::custom(format!("task number {n:?} is not a whole number"))
                })?),
            };
            // JSON written by other tools may carry only `lead`/`units`
            let duties = if t.duties.is_empty() {
                let lead = t
                    .lead
                    .iter()
                    .map(|u| Duty::new(Org::new(u.clone(), Span::default()), Role::Lead));
                let rest =
                    t.units.iter().filter(|u| !t.lead.contains(u)).map(|u| {
                        Duty::new(Org::new(u.clone(), Span::default()), Role::Responsible)
                    });
                lead.chain(rest).collect()
            } else {
                t.duties
            };
            Ok(Self {
                ordinal,
                label: t.label,
                style: t.style,
                path: t.path,
                text: t.text,
                text_span: t.text_span.unwrap_or(t.span),
                span: t.span,
                duties,
                references: t.references,
                deadlines: t.deadlines,
            })
        }
    }

    #[cfg(test)]
    mod tests {
        use crate::{Duty, Org, Role, Span, Task};

        #[test]
        fn a_task_reads_back_from_its_json() {
            let mut task = Task::new(Span::new(0, 95), "搞好第三次经济普查。", Span::new(3, 33));
            task.ordinal = Some(96);
            task.label = Some("96".to_owned());
            task.duties.push(Duty::new(
                Org::new("市统计局", Span::new(47, 59)),
                Role::Lead,
            ));
            let json = serde_json::to_string(&task).unwrap();
            assert!(json.starts_with(r#"{"number":"96","label":"96","style":null,"path":[]"#));
            assert!(json.contains(r#""lead":["市统计局"],"units":["市统计局"]"#));
            assert!(!json.contains("targets"));
            let back: Task = serde_json::from_str(&json).unwrap();
            assert_eq!(back, task);
        }
    }
}
