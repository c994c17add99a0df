//! The nom grammar of Chinese government target documents.
//!
//! Reads the text of a 政府工作报告 or a 目标任务分解 notice — outline markers, numbered
//! tasks, duty lists, header metadata, quantities, dates — into the types of
//! [`mubiao_model`], every node with its byte span. Nothing here panics or aborts on
//! input: what cannot be read becomes a [`Diagnostic`](mubiao_model::Diagnostic).
//!
//! ```
//! use mubiao_grammar::parse_document;
//!
//! let doc = parse_document("184、加强社区公共服务站建设(责任单位:市社管办*、市民政局)。\n");
//! assert_eq!(doc.tasks[0].lead().collect::<Vec<_>>(), ["市社管办"]);
//! ```
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod chrome;
mod document;
pub mod duty;
mod error;
pub mod meta;
pub mod outline;
pub mod punct;
pub mod reference;

pub use document::{parse_document, parse_structure};
pub use error::{Error, ErrorKind, IResult, ParseError};
pub mod date;
pub mod number;
pub mod quantity;
pub mod target;
