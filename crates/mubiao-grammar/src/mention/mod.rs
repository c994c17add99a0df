//! Mentions: the numbers, dates and quantities of a text, with their spans.
//!
//! ```
//! use mubiao_grammar::mention::{mentions, Mention, Options};
//!
//! let found: Vec<_> = mentions("2012年完成640亿元", Options::default()).collect();
//! assert!(matches!(found[0], Mention::Date(_)));
//! assert!(matches!(found[1], Mention::Quantity(_)));
//! ```

mod date;
mod number;
mod quantity;

pub use date::{Dates, dates, parse_date};
pub use number::{
    Numeral, Script, chinese_digit, is_numeral_char, numeral, parse_number, to_chinese,
};
pub use quantity::{
    Mention, Mentions, Options, Quantities, mentions, parse_quantity, quantities, quantities_with,
    unit_kind,
};
