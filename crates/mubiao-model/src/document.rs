//! A whole document: metadata, outline, tasks, targets, references, diagnostics.

use crate::{Diagnostic, Meta, Reference, Section, Target, Task};

/// The schema name written at the top of the ledger JSON.
pub const SCHEMA: &str = "mubiao.ledger/1";

/// Everything read from one document.
///
/// With the `serde` feature it serialises to the ledger JSON contract
/// (`mubiao.ledger/1`): `schema`, `meta`, `tasks` (each with `number`, `path`, `span`,
/// `text`, `lead`, `units`, `targets`, `deadlines`), `targets`, `diagnostics`, plus
/// `outline` and `references`. Reading it back gives the same document.
///
/// ```
/// use mubiao_model::{Document, Span, Task};
///
/// let mut doc = Document::default();
/// doc.tasks.push(Task::new(Span::new(0, 30), "筹建人大政协综合楼。", Span::new(3, 30)));
/// assert_eq!(doc.tasks.len(), 1);
/// assert_eq!(doc.targets_of(0).count(), 0);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Document {
    /// Header metadata.
    pub meta: Meta,
    /// The numbered headings above the tasks, as a tree.
    pub outline: Vec<Section>,
    /// The tasks, in document order.
    pub tasks: Vec<Task>,
    /// Every quantitative statement, in document order; those inside a task name it in
    /// [`Target::task`].
    pub targets: Vec<Target>,
    /// References to other documents outside any task.
    pub references: Vec<Reference>,
    /// What looked wrong, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// The targets that belong to task number `index` (an index into `tasks`).
    ///
    /// ```
    /// use mubiao_model::{Document, Measure, Span, Target};
    /// let mut doc = Document::default();
    /// let mut t = Target::new("地方一般预算收入", Measure::Growth, Span::new(0, 10));
    /// t.task = Some(0);
    /// doc.targets.push(t);
    /// assert_eq!(doc.targets_of(0).count(), 1);
    /// ```
    pub fn targets_of(&self, index: usize) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(move |t| t.task == Some(index))
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Document, SCHEMA};
    use crate::task::TaskOut;
    use crate::{Diagnostic, Meta, Reference, Section, Target, Task};

    #[derive(Serialize)]
    struct DocumentOut<'a> {
        schema: &'static str,
        meta: &'a Meta,
        tasks: Vec<TaskOut<'a>>,
        targets: &'a [Target],
        diagnostics: &'a [Diagnostic],
        outline: &'a [Section],
        references: &'a [Reference],
    }

    impl Serialize for Document {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            // targets grouped by task in one pass
            let mut by_task: Vec<Vec<&Target>> = vec![Vec::new(); self.tasks.len()];
            for t in &self.targets {
                if let Some(list) = t.task.and_then(|i| by_task.get_mut(i)) {
                    list.push(t);
                }
            }
            let tasks = self
                .tasks
                .iter()
                .zip(by_task)
                .map(|(t, targets)| TaskOut::new(t, Some(targets)))
                .collect();
            DocumentOut {
                schema: SCHEMA,
                meta: &self.meta,
                tasks,
                targets: &self.targets,
                diagnostics: &self.diagnostics,
                outline: &self.outline,
                references: &self.references,
            }
            .serialize(s)
        }
    }

    #[derive(Deserialize)]
    struct DocumentIn {
        schema: String,
        #[serde(default)]
        meta: Meta,
        #[serde(default)]
        tasks: Vec<Task>,
        #[serde(default)]
        targets: Vec<Target>,
        #[serde(default)]
        diagnostics: Vec<Diagnostic>,
        #[serde(default)]
        outline: Vec<Section>,
        #[serde(default)]
        references: Vec<Reference>,
    }

    impl<'de> Deserialize<'de> for Document {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let doc = DocumentIn::deserialize(d)?;
            if !doc.schema.starts_with("mubiao.ledger/") {
                return Err(D::Error::custom(format!(
                    "schema {:?} is not a mubiao ledger ({SCHEMA})",
                    doc.schema
                )));
            }
            Ok(Self {
                meta: doc.meta,
                outline: doc.outline,
                tasks: doc.tasks,
                targets: doc.targets,
                references: doc.references,
                diagnostics: doc.diagnostics,
            })
        }
    }
}
