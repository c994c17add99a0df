//! The nom grammar of Chinese government target documents.
//!
//! Reads the text of a 政府工作报告 or a 目标任务分解 notice — outline markers, numbered
//! tasks, duty lists, header metadata, quantities, dates, and the targets they state —
//! into the types of [`mubiao_model`], every node with its byte span. Nothing here panics
//! or aborts on input: what cannot be read becomes a
//! [`Diagnostic`](mubiao_model::Diagnostic).
//!
//! ```
//! use mubiao_grammar::parse_document;
//! use mubiao_model::{Comparator, Measure};
//!
//! let doc = parse_document("27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局*)\n");
//! assert_eq!(doc.tasks[0].lead().collect::<Vec<_>>(), ["市人社局"]);
//! let t = &doc.targets[1];
//! assert_eq!((t.indicator.as_str(), t.measure, t.comparator), ("城镇登记失业率", Measure::Level, Comparator::Le));
//! assert_eq!(t.task, Some(0));
//! ```
//!
//! # Overview
//! - [`parse_document`]: structure, then one pass of the [`mention`] grammar whose dates
//!   become deadlines and whose quantities the [`target`] grammar reads into statements;
//!   [`parse_structure`] for the structure alone.
//! - [`mention`]: the numbers, dates and quantities of a text in one pass, with their
//!   spans; numbers at the bottom, dates and quantities above them, the pass on top.
//! - [`target`]: what a report promises and claims — indicator, measure, comparator,
//!   value, baseline, status, year — read around each quantity.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod document;
mod duty;
mod error;
pub mod lexicon;
pub mod mention;
pub mod meta;
pub mod reference;
mod structure;
mod table;
pub mod text;

pub use document::{parse_document, parse_document_with, parse_structure, parse_structure_with};
pub use error::{Error, ErrorKind, IResult, ParseError};
pub use lexicon::markers::Marker;
pub use lexicon::{Column, Label, LeadRule, Lexicon, MarkerForm, Numeral};
pub mod target;
