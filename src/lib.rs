//! mubiao (目标, "target") reads Chinese government target documents into data.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

mod by_unit;
mod csv;
mod error;
mod ledger;
mod source;
mod table;

pub use by_unit::{ByUnitReport, UnitTasks};
pub use csv::CsvOptions;
pub use error::Error;
pub use ledger::Ledger;
pub use source::{Encoding, Source, decode};
pub use table::Table;

pub use mubiao_grammar as grammar;
pub use mubiao_indicator as indicator;
pub use mubiao_model as model;
