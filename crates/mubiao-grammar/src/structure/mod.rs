//! The structure of a document: lines → header, outline items, duty blocks, tables
//! → tasks.
//!
//! One pass over the lines collects numbered items (with their levels), paragraphs
//! that carry duties, duty blocks, the rows of task tables, the lead rules the text
//! states, and the places where a list stops (closing paragraphs, signatures, page
//! chrome of a web page). Page numbers and form feeds of a converted PDF are passed
//! over: a task or a duty block that a page break or a line wrap cut in two is read
//! as one. A second pass over those few records decides which items are tasks — the
//! numbering style whose items carry duties — and builds the outline from the rest.

mod assembly;
mod items;
mod levels;
mod reader;

use mubiao_model::{Document, Span};

use crate::Lexicon;
use crate::duty::{DutyBlock, StatedRule};
use mubiao_model::MarkerStyle;

pub(crate) use levels::Levels;

/// Reads the structure of a document with the lexicon's words.
pub(crate) fn parse(text: &str, lx: &Lexicon) -> Document {
    let mut r = reader::Reader::new(text, lx);
    r.read_all();
    assembly::Assembly::new(r).build()
}

/// A numbered item met in the text.
#[derive(Debug)]
pub(crate) struct Item {
    pub(crate) style: MarkerStyle,
    pub(crate) ordinal: u32,
    /// The marker as written without its delimiter, as a span of the text.
    pub(crate) label: Span,
    pub(crate) level: u8,
    pub(crate) parent: Option<usize>,
    /// Marker start.
    pub(crate) start: usize,
    /// After the marker.
    pub(crate) body: usize,
    /// End of the heading's first sentence (or line).
    pub(crate) title_end: usize,
    /// End of the item's own last line of text (before children or a stop).
    pub(crate) own_end: usize,
    /// Whether the item's own line is a short heading.
    pub(crate) heading_like: bool,
    pub(crate) blocks: Vec<DutyBlock>,
}

/// A paragraph without a number that carries duties, or a row of a table.
#[derive(Debug)]
pub(crate) struct Paragraph {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Where its text ends (before its duties); `None`: at its first block.
    pub(crate) text_end: Option<usize>,
    /// The innermost item open when the paragraph was read (the others open then are
    /// its ancestors).
    pub(crate) within: Option<usize>,
    pub(crate) blocks: Vec<DutyBlock>,
    /// For a row of a table: its number and where it stands.
    pub(crate) row: Option<Option<(u32, Span)>>,
    /// For a row of a table: the pieces of its task cell, which make its text.
    pub(crate) cell: Vec<Span>,
}

/// A lead rule the text states, and where its reach begins.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    pub(crate) stated: StatedRule,
    /// Whether it was stated before any task (in the opening, or in the first duty
    /// block), so it holds for the whole document.
    pub(crate) whole_document: bool,
}
