//! mubiao (目标, "target") reads Chinese government target documents — 政府工作报告
//! work reports and 目标任务分解 decomposition notices — into typed ledgers.
//!
//! ```
//! use mubiao::Ledger;
//!
//! // a task of a decomposition notice, as 平顶山市 wrote it
//! let notice = "96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n";
//! let ledger = Ledger::parse(notice);
//! let task = &ledger.tasks()[0];
//! assert_eq!(task.number().as_deref(), Some("96"));
//! assert_eq!(task.lead().collect::<Vec<_>>(), ["市统计局"]);
//! assert_eq!(task.units(), ["市统计局", "各县(市、区)政府"]);
//! assert_eq!(task.duties[1].unit.span.get(notice), Some("各县(市、区)政府"));
//! ```
//!
//! # Overview
//! - [`decode`] turns bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK)
//!   into text; line ends stay as they were, so spans are true to the text.
//! - [`Ledger`] reads a document: [`Ledger::parse`] from text, [`Ledger::from_bytes`]
//!   from bytes. It holds a [`model::Document`]: metadata, outline, tasks with their
//!   duties, references and diagnostics.
//!   The ledger keeps the decoded text ([`Ledger::source`], [`Ledger::text`] of a span).
//! - Views: [`Ledger::to_json`] (contract `mubiao.ledger/1`, compact;
//!   [`Ledger::to_json_pretty`], [`Ledger::to_writer`]), [`Ledger::write_csv`] (one row
//!   per task and unit, an Excel BOM or a `file` column on request), [`Ledger::table`]
//!   for terminals, [`Ledger::by_unit`] for each unit's tasks, [`Ledger::tasks_led_by`]
//!   and [`Ledger::tasks_of`] for one unit's.
//! - Targets: [`Ledger::targets`] lists every quantitative statement (indicator,
//!   measure, comparator, value, unit, baseline, planned or achieved, year), as a table
//!   ([`Ledger::targets_table`]) or CSV ([`Ledger::write_targets_csv`]); [`check`]
//!   checks the report's own arithmetic (shares, growth between two levels, average
//!   rates) and [`Ledger::parse`] reports the verdicts as diagnostics.
//! - [`parse_all`] reads many documents in parallel, results in input order.
//! - The crates underneath are re-exported: [`model`] (the types), [`grammar`] (the
//!   nom grammar), [`indicator`] (exact growth, share and completion arithmetic).
//!
//! Nothing panics on input. What the grammar cannot read becomes a
//! [`model::Diagnostic`] with a code and a span.
//!
//! # Crate features
//! - `serde` (default): `Serialize`/`Deserialize` on every model type and on
//!   [`Ledger`] (`Serialize` on [`UnitTasks`]), [`Ledger::to_json`],
//!   [`Ledger::to_json_pretty`], [`Ledger::to_writer`] and [`Ledger::from_json`].
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod by_unit;
pub mod check;
mod corpus;
mod csv;
mod error;
mod ledger;
mod source;
mod table;
mod target_table;

pub use by_unit::{ByUnitReport, UnitTasks};
pub use corpus::{parse_all, parse_all_with};
pub use csv::CsvOptions;
pub use error::Error;
pub use ledger::Ledger;
pub use source::{Encoding, Source, decode, decode_owned};
pub use table::Table;
pub use target_table::TargetTable;

/// Notes on how mubiao is built.
pub mod _documentation {
    /// How mubiao reads a document: layers, the pass over lines, levels, tasks, duty
    /// blocks, limits.
    #[doc = include_str!("../DESIGN.md")]
    pub mod design {}
}

/// The README's examples are tested with the crate.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use mubiao_grammar as grammar;
pub use mubiao_indicator as indicator;
pub use mubiao_model as model;
