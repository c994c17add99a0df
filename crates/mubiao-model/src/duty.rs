//! Who is responsible: units (organisations) and their roles in a task.

use crate::Span;

/// A unit (organisation) named in the text, as written: `市发改委`, `各县(市、区)政府`,
/// `市委市政府机关事务管理局`. The lead marker `*` is not part of the name.
///
/// ```
/// use mubiao_model::{Org, Span};
/// let org = Org::new("市发改委", Span::new(18, 30));
/// assert_eq!(org.name, "市发改委");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Org {
    /// The name as written, trimmed.
    pub name: String,
    /// Where the name stands.
    pub span: Span,
}

impl Org {
    /// A unit.
    ///
    /// ```
    /// use mubiao_model::{Org, Span};
    /// assert_eq!(Org::new("市统计局", Span::new(0, 12)).span, Span::new(0, 12));
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, span: Span) -> Self {
        Self {
            name: name.into(),
            span,
        }
    }
}

/// The part a unit plays in a task.
///
/// ```
/// use mubiao_model::Role;
/// assert!(Role::Lead.is_lead());
/// assert_eq!(Role::Cooperating.as_str(), "cooperating");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Role {
    /// Leads the task: `牵头单位:市发改委`, `牵头考核单位:…`, `市社管办*`, `市发改委牵头`.
    Lead,
    /// Shares responsibility: `责任单位:…`, `(责任单位:市统计局)`, `市财政局负责`.
    Responsible,
    /// Supports the lead: `配合单位:…`, `协办单位:…`, `市公安局配合`.
    Cooperating,
}

impl Role {
    /// Whether this is [`Role::Lead`].
    ///
    /// ```
    /// use mubiao_model::Role;
    /// assert!(!Role::Responsible.is_lead());
    /// ```
    #[must_use]
    pub const fn is_lead(self) -> bool {
        matches!(self, Self::Lead)
    }

    /// The lowercase name used in JSON and CSV: `lead`, `responsible`, `cooperating`.
    ///
    /// ```
    /// use mubiao_model::Role;
    /// assert_eq!(Role::Lead.as_str(), "lead");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::Responsible => "responsible",
            Self::Cooperating => "cooperating",
        }
    }
}

/// One unit's duty in a task.
///
/// ```
/// use mubiao_model::{Duty, Org, Role, Span};
/// // "牵头单位:市科技局"
/// let d = Duty::new(Org::new("市科技局", Span::new(15, 27)), Role::Lead);
/// assert!(d.role.is_lead());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Duty {
    /// The unit.
    pub unit: Org,
    /// Its role.
    pub role: Role,
}

impl Duty {
    /// A duty.
    ///
    /// ```
    /// use mubiao_model::{Duty, Org, Role, Span};
    /// let d = Duty::new(Org::new("市民政局", Span::new(0, 12)), Role::Cooperating);
    /// assert_eq!(d.unit.name, "市民政局");
    /// ```
    #[must_use]
    pub const fn new(unit: Org, role: Role) -> Self {
        Self { unit, role }
    }
}
