//! Tables of a PDF converted with its layout kept (`pdftotext -layout`): columns are
//! character positions, cells wrap over several lines above and below the line that
//! holds the row's number, the header is repeated on every page and may itself wrap
//! (`序` / `号`, `责任` / `单位`).

use super::{Cursor, Table};
use crate::Lexicon;

/// Reads a layout table whose header starts at the next line of `cursor`.
pub(crate) fn read(_text: &str, _cursor: &mut Cursor<'_>, _lx: &Lexicon) -> Option<Table> {
    None
}
