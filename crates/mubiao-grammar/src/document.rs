//! A whole document: lines → header, outline items, duty blocks → tasks.
//!
//! One pass over the lines collects numbered items (with their levels), paragraphs
//! that carry duties, duty blocks and the places where a list stops (closing
//! paragraphs, signatures, page chrome). A second pass over those few records decides
//! which items are tasks — the numbering style whose items carry duties — and builds
//! the outline from the rest.

use std::sync::LazyLock;

use mubiao_model::Document;

use crate::Lexicon;
use crate::mention::{Mention, Options, mentions};

/// Reads a document: metadata, outline, tasks with their duties, references and
/// deadlines, and diagnostics. Never fails and never panics; what it cannot read
/// becomes a diagnostic. Time is linear in the length of the text.
///
/// This is [`parse_structure`] and one pass of the quantity grammar over the text,
/// whose dates inside a task become the task's [`deadlines`](mubiao_model::Task::deadlines),
/// resolved against the document's year, and whose quantities the
/// [`target`](crate::target) grammar reads into the document's
/// [`targets`](Document::targets).
///
/// ```
/// use mubiao_grammar::parse_document;
///
/// let text = "一、加快产业转型\n(一)调整优化存量\n\
///             1.制订实施方案,并于元月底前报送。\n牵头单位:市工业和信息化局\n\
///             责任单位:市发改委、市政府金融办\n\n二〇一二年一月十七日\n";
/// let doc = parse_document(text);
/// let task = &doc.tasks[0];
/// assert_eq!(task.number().as_deref(), Some("1"));
/// assert_eq!(task.path, ["一", "(一)"]);
/// assert_eq!(task.lead().collect::<Vec<_>>(), ["市工业和信息化局"]);
/// assert_eq!(task.units(), ["市工业和信息化局", "市发改委", "市政府金融办"]);
/// assert_eq!(task.text, "制订实施方案,并于元月底前报送。");
/// let deadline = &task.deadlines[0];
/// assert_eq!(deadline.text, "元月底前");
/// assert_eq!(deadline.date().map(|d| d.to_string()).as_deref(), Some("2012-01-31"));
/// assert_eq!(deadline.span.get(text), Some("元月底前"));
/// ```
#[must_use]
pub fn parse_document(text: &str) -> Document {
    parse_document_with(text, default_lexicon())
}

/// [`parse_document`] with the words of `lexicon`.
///
/// ```
/// use mubiao_grammar::{parse_document_with, Lexicon};
/// use mubiao_model::Role;
///
/// let lexicon = Lexicon::default().with_verb("主抓", Role::Lead);
/// let doc = parse_document_with("1.新建基站100个。(市工信局主抓,市通信办配合)\n", &lexicon);
/// assert_eq!(doc.tasks[0].lead().collect::<Vec<_>>(), ["市工信局"]);
/// ```
#[must_use]
pub fn parse_document_with(text: &str, lexicon: &Lexicon) -> Document {
    let mut doc = parse_structure_with(text, lexicon);
    let options = Options::default().reference_year(doc.meta.year());
    // one pass over the text; mentions and tasks are both in document order
    let mut quantities = Vec::new();
    let mut tasks = doc.tasks.iter_mut().peekable();
    for mention in mentions(text, options) {
        let date = match mention {
            Mention::Date(date) => date,
            Mention::Quantity(q) => {
                quantities.push(q);
                continue;
            }
        };
        while tasks.next_if(|t| t.span.end <= date.span.start).is_some() {}
        if let Some(task) = tasks.peek_mut()
            && task.span.contains(date.span)
        {
            task.deadlines.push(date);
        }
    }
    // the targets stage reads around the quantities of that same pass
    let target_options = crate::target::TargetOptions::default()
        .year(doc.meta.year())
        .notice(crate::target::is_notice(&doc));
    doc.targets = crate::target::read(text, &quantities, &doc.outline, target_options);
    drop(quantities);
    doc.targets.shrink_to_fit();
    crate::target::attach(&mut doc.targets, &doc.tasks);
    doc
}

/// Reads the structure of a document only: metadata, outline, tasks with their duties
/// and references, diagnostics — no quantities, dates or targets. The fast path for
/// ledgers of who does what.
///
/// ```
/// use mubiao_grammar::parse_structure;
///
/// let doc = parse_structure("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n");
/// assert_eq!(doc.tasks[0].units(), ["市统计局", "各县(市、区)政府"]);
/// assert!(doc.tasks[0].deadlines.is_empty());
/// ```
#[must_use]
pub fn parse_structure(text: &str) -> Document {
    parse_structure_with(text, default_lexicon())
}

/// [`parse_structure`] with the words of `lexicon`.
///
/// ```
/// use mubiao_grammar::{parse_structure_with, Lexicon};
/// use mubiao_model::Role;
///
/// let lexicon = Lexicon::default().with_label("督办单位", Role::Lead);
/// let doc = parse_structure_with("3.建立台账。督办单位：市督查室\n", &lexicon);
/// assert_eq!(doc.tasks[0].lead().collect::<Vec<_>>(), ["市督查室"]);
/// ```
#[must_use]
pub fn parse_structure_with(text: &str, lexicon: &Lexicon) -> Document {
    crate::structure::parse(text, lexicon)
}

/// The default lexicon, built once.
fn default_lexicon() -> &'static Lexicon {
    static DEFAULT: LazyLock<Lexicon> = LazyLock::new(Lexicon::default);
    &DEFAULT
}
