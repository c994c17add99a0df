//! Domain types of [mubiao]: what a Chinese government target document says, as data.
//!
//! ```
//! use mubiao_model::{Comparator, Measure, Span, Status, Target};
//! use rust_decimal::Decimal;
//!
//! // "城镇登记失业率控制在4.5%以内" — a ceiling on a level
//! let mut t = Target::new("城镇登记失业率", Measure::Level, Span::new(0, 41));
//! t.comparator = Comparator::Le;
//! t.value = Some(Decimal::new(45, 1));
//! t.unit = "%".to_owned();
//! t.status = Some(Status::Target);
//! assert_eq!(t.value.map(|v| v.to_string()).as_deref(), Some("4.5"));
//! ```
//!
//! # Overview
//! - [`Document`]: [`Meta`], an outline of [`Section`]s, [`Task`]s with their
//!   [`Duty`]s ([`Org`] + [`Role`]), [`Deadline`]s and [`Reference`]s, [`Target`]s and
//!   [`Diagnostic`]s.
//! - [`Quantity`]: a [`rust_decimal::Decimal`] value with its unit, [`Scale`],
//!   [`QuantityKind`] and [`Comparator`].
//! - [`Span`]: every node carries the byte range it was read from.
//!
//! The enums that have a JSON name ([`Role`], [`Comparator`], [`QuantityKind`],
//! [`Measure`], [`Status`], [`Stance`], [`Severity`], [`Code`], [`MarkerStyle`]) write it
//! with `Display` and read it with `FromStr` ([`UnknownName`] for anything else).
//!
//! Values are decimals, never floats; dates are [`chrono::NaiveDate`]. Structs are
//! `#[non_exhaustive]`: build them with their `new` functions, then set fields.
//!
//! # Crate features
//! - `serde`: `Serialize`/`Deserialize` on every type. [`Document`] follows the ledger
//!   JSON contract `mubiao.ledger/1`; decimals are strings (`"12.6"`), dates ISO 8601,
//!   spans `[start, end]`.
//!
//! [mubiao]: https://docs.rs/mubiao
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod diagnostic;
mod document;
mod duty;
mod meta;
mod names;
mod quantity;
mod reference;
mod section;
mod span;
mod target;
mod task;
mod time;

pub use diagnostic::{Code, Diagnostic, Rendered, Severity, display_width, display_width_of};
pub use document::{Document, SCHEMA};
pub use duty::{Duty, Org, Role};
pub use meta::Meta;
pub use names::UnknownName;
pub use quantity::{Comparator, Quantity, QuantityKind, Scale, strip_scale};
pub use reference::Reference;
pub use section::{MarkerStyle, Section};
pub use span::{Span, Spanned};
pub use target::{Measure, Stance, Status, Target};
pub use task::Task;
pub use time::{DateRange, Deadline, Recurrence};

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;
