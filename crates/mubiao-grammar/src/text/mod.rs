//! The text layer: character classes, lines and the line tokenizer.
//!
//! - [`class`]: the one table of the characters that matter, and the only code that
//!   knows how UTF-8 lays them out in bytes ([`specials`]).
//! - [`Tokens`]: one pass over a line, or over the pieces of a paragraph that wraps
//!   across lines and pages, yielding its punctuation with spans and its brackets
//!   paired.
//! - [`lines`]: the lines of a text with their offsets, the page chrome of converted
//!   PDFs (form feeds, printed page numbers) told apart, and paragraphs set apart by
//!   runs of ideographic spaces in text without line breaks cut into lines of their
//!   own.

mod charset;
mod class;
mod lines;
mod token;

pub(crate) use charset::CharSet;
pub use class::{
    Bracket, Class, SPECIAL, Specials, class, digit_value, find, fold, is_clause_break,
    is_close_bracket, is_close_paren, is_colon, is_comma, is_note_mark, is_open_bracket,
    is_open_paren, is_semicolon, is_sentence_end, is_space, more_chars_than, punctuation, specials,
    trim,
};
pub(crate) use class::{
    char_at, char_before, digit_at, find_member, first_char, last_char, skip_spaces, word_at,
};
pub use lines::{Line, LineKind, Lines, lines};
pub use token::{Kind, Token, Tokens};
