//! References to other documents: `另见《…》(…号)`.

use crate::Span;

/// A reference to another document, kept as a reference and never read as a unit:
/// `另见《平顶山市2013年民生工程实施方案》(平政〔2013〕5号)`.
///
/// ```
/// use mubiao_model::{Reference, Span};
/// let r = Reference::new(Some("政府工作报告".to_owned()), None, Span::new(3, 27));
/// assert_eq!(r.title.as_deref(), Some("政府工作报告"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Reference {
    /// The title inside `《》`, without the brackets.
    pub title: Option<String>,
    /// The document number, where given: `平政〔2013〕5号`.
    pub doc_number: Option<String>,
    /// The whole reference.
    pub span: Span,
}

impl Reference {
    /// A reference.
    ///
    /// ```
    /// use mubiao_model::{Reference, Span};
    /// let r = Reference::new(None, Some("平政〔2013〕5号".to_owned()), Span::new(0, 20));
    /// assert!(r.title.is_none());
    /// ```
    #[must_use]
    pub const fn new(title: Option<String>, doc_number: Option<String>, span: Span) -> Self {
        Self {
            title,
            doc_number,
            span,
        }
    }
}
