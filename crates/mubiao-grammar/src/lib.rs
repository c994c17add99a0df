//! The nom grammar of Chinese government target documents.
//!
//! Reads the text of a 政府工作报告 or a 目标任务分解 notice — outline markers, numbered
//! tasks, duty lists, header metadata, quantities, dates — into the types of
//! [`mubiao_model`], every node with its byte span. Nothing here panics or aborts on
//! input: what cannot be read becomes a [`Diagnostic`](mubiao_model::Diagnostic).
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod error;
pub mod punct;

pub use error::{Error, ErrorKind, IResult, ParseError};
pub mod date;
pub mod number;
pub mod quantity;
