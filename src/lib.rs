//! mubiao (目标, "target") reads Chinese government target documents into data.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub use mubiao_grammar as grammar;
pub use mubiao_indicator as indicator;
pub use mubiao_model as model;
