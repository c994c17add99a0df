//! The pass over the lines: each line (or paragraph of lines that a wrap or a page
//! break cut) is, in this order, page chrome, a header field, a document number, a
//! task table, a numbered item, a date alone, a closing paragraph, a duty line, or
//! text.

use mubiao_model::{Code, Diagnostic, Meta, Reference, Severity, Span, Spanned};

use super::{Item, Levels, Paragraph, Rule};
use crate::Lexicon;
use crate::duty::{self, DutyBlock, Region};
use crate::meta;
use crate::table::{self, Cursor, Entry, Row};
use crate::text::{
    Bracket, Class, Kind, Line, LineKind, Tokens, class, is_sentence_end, more_chars_than,
};

/// How many lines a paragraph cut by wraps is joined over, at most (a duty block in
/// brackets that opens on one line and closes a few lines on).
const MAX_JOINED_LINES: usize = 8;

/// How many bytes a paragraph of joined lines takes, at most.
const MAX_JOINED_BYTES: usize = 2048;

/// Who the last line of content belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Owner {
    None,
    /// An item's marker line.
    ItemLine(usize),
    /// A plain line inside an item's text, after its marker line.
    ItemText(usize),
    /// A duty block of an item.
    ItemDuties(usize),
    Paragraph(usize),
}

pub(crate) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) lx: &'a Lexicon,
    cursor: Cursor<'a>,
    pub(super) meta: Meta,
    pub(super) levels: Levels,
    /// Items open now, outermost first (parallel to `levels`).
    pub(super) open: Vec<usize>,
    pub(super) items: Vec<Item>,
    pub(super) paragraphs: Vec<Paragraph>,
    /// Offsets where lists stop: closing paragraphs, signatures, chrome.
    pub(super) stops: Vec<usize>,
    pub(super) owner: Owner,
    /// Still in the header (before the first numbered item or body paragraph).
    header: bool,
    /// An empty line was read since the last line of text.
    blank: bool,
    /// A page break was crossed since the last line of text.
    page_gap: bool,
    /// Where the line of text before the one being read starts.
    previous_line: Option<usize>,
    /// The tokens of the region being read (buffers kept between lines).
    pub(super) tokens: Tokens,
    /// The pieces of the region being read (a buffer kept between lines).
    pieces: Vec<Span>,
    /// The last ordinal of each style among the children of each open item (index 0:
    /// the top level), and of each style anywhere.
    pub(super) last_child: Vec<[Option<u32>; super::items::STYLES]>,
    pub(super) last_of_style: [Option<u32>; super::items::STYLES],
    pub(super) diagnostics: Vec<Diagnostic>,
    pub(super) references: Vec<Reference>,
    /// The lead rules the text states, in order.
    pub(super) rules: Vec<Rule>,
    /// Page numbers and form feeds: left out of the text of a task.
    pub(super) chrome: Vec<Span>,
    /// Whether the text is a converted PDF whose lines wrap inside sentences (it has
    /// form feeds): the text of a task is joined across its line ends.
    pub(super) wrapped: bool,
}

impl<'a> Reader<'a> {
    pub(super) fn new(text: &'a str, lx: &'a Lexicon) -> Self {
        Self {
            text,
            lx,
            cursor: Cursor::new(text),
            meta: Meta::default(),
            levels: Levels::default(),
            open: Vec::new(),
            items: Vec::new(),
            paragraphs: Vec::new(),
            stops: Vec::new(),
            owner: Owner::None,
            header: true,
            blank: false,
            page_gap: false,
            previous_line: None,
            tokens: Tokens::default(),
            pieces: Vec::new(),
            last_child: vec![[None; super::items::STYLES]],
            last_of_style: [None; super::items::STYLES],
            diagnostics: Vec::new(),
            references: Vec::new(),
            rules: Vec::new(),
            chrome: Vec::new(),
            wrapped: memchr::memchr(0x0C, text.as_bytes()).is_some(),
        }
    }

    /// Reads every line.
    pub(super) fn read_all(&mut self) {
        while let Some(line) = self.cursor.peek(0).copied() {
            match line.kind {
                LineKind::Blank => {
                    self.page_gap |= line.page_break;
                    self.blank = true;
                    self.cursor.skip(1);
                }
                LineKind::PageNumber => {
                    self.page_gap = true;
                    self.chrome.push(line.span);
                    self.cursor.skip(1);
                }
                LineKind::Text => self.text_line(line),
            }
        }
    }

    /// A line of text (and the lines joined to it).
    fn text_line(&mut self, line: Line) {
        self.text_line_read(line);
        self.previous_line = Some(line.span.start);
    }

    fn text_line_read(&mut self, line: Line) {
        let after_blank = self.blank && !self.page_gap && !line.page_break;
        self.blank = false;
        self.page_gap = false;
        let s = line.span.get(self.text).unwrap_or_default();
        let at = line.span.start;
        if self.lx.is_chrome(s) {
            self.cursor.skip(1);
            self.stop(at);
            return;
        }
        let header_fields = meta::fields(s, at);
        if !header_fields.is_empty() {
            for (field, value, span) in header_fields {
                meta::apply(&mut self.meta, field, value, span);
            }
            self.cursor.skip(1);
            return;
        }
        if self.header
            && self.meta.doc_number.is_none()
            && let Some(span) = meta::doc_number_line(s)
        {
            self.meta.doc_number = Some(Spanned::new(
                s.get(span.range()).unwrap_or_default().to_owned(),
                span + at,
            ));
            self.cursor.skip(1);
            return;
        }
        // the line's tokens, read once: tables and regions read them
        self.tokens.read_line(s, at);
        if let Some(t) = table::read(self.text, &mut self.cursor, &self.tokens, self.lx) {
            self.header = false;
            self.owner = Owner::None;
            self.table(t);
            return;
        }
        let mut pieces = std::mem::take(&mut self.pieces);
        self.region(line, &mut pieces);
        self.region_line(&pieces, after_blank);
        self.pieces = pieces;
    }

    /// Puts into `pieces` the pieces of the paragraph that starts with `first`
    /// (consumed from the cursor): `first` alone, or with the lines after it when a duty bracket opened
    /// on it closes only there, or a labelled list goes on after a `、`.
    fn region(&mut self, first: Line, pieces: &mut Vec<Span>) {
        pieces.clear();
        pieces.push(first.span);
        // the tokens of `first` are read already
        if !self.open_at_end() {
            self.cursor.skip(1);
            return;
        }
        let mut k = 1;
        let mut bytes = first.span.len();
        while pieces.len() < MAX_JOINED_LINES && bytes < MAX_JOINED_BYTES {
            let Some((i, next)) = self.cursor.next_text(k, 6) else {
                break;
            };
            // a blank line between, without a page break, ends the paragraph
            let crossed_blank = (k..i).any(|j| {
                self.cursor
                    .peek(j)
                    .is_some_and(|l| l.kind == LineKind::Blank && !l.page_break)
            });
            let crossed_page = (k..=i).any(|j| {
                self.cursor
                    .peek(j)
                    .is_some_and(|l| l.kind == LineKind::PageNumber || l.page_break)
            });
            if crossed_blank && !crossed_page {
                break;
            }
            let s = next.span.get(self.text).unwrap_or_default();
            if self.lx.marker(s).is_some() {
                break;
            }
            pieces.push(next.span);
            bytes += next.span.len();
            k = i + 1;
            self.tokens.read_pieces(self.text, pieces);
            if !self.open_at_end() {
                // the page chrome passed over belongs to no task's text
                for j in 1..k {
                    if let Some(l) = self.cursor.peek(j).copied()
                        && l.kind == LineKind::PageNumber
                    {
                        self.chrome.push(l.span);
                    }
                }
                self.cursor.skip(k);
                return;
            }
        }
        // the bracket never closed: the line alone
        pieces.truncate(1);
        self.tokens.read_pieces(self.text, pieces);
        self.cursor.skip(1);
    }

    /// Whether the region read into `tokens` leaves a duty bracket open at its end,
    /// or ends a labelled list with a list separator.
    fn open_at_end(&self) -> bool {
        let tokens = self.tokens.as_slice();
        let open = tokens.iter().any(|t| {
            matches!(
                t.kind,
                Kind::Open(Bracket::Paren | Bracket::Lenticular | Bracket::Square)
            ) && t.partner().is_none()
        });
        if open {
            return true;
        }
        // `责任单位：A、B、` / `C`: a list that goes on
        let last = tokens.iter().rev().find(|t| !t.kind.is_blank());
        last.is_some_and(|t| {
            matches!(t.kind, Kind::ListSep | Kind::Comma)
                && t.span.end + 4 >= tokens.last().map_or(0, |l| l.span.end)
                && tokens.iter().any(|t| t.kind == Kind::Colon)
                && self.text.get(t.span.end..).is_some_and(|rest| {
                    rest.trim_start_matches(|c: char| class(c).is_space())
                        .starts_with(['\n', '\r'])
                })
        })
    }

    /// A region read: a numbered item, a date alone, a closing paragraph, a duty line,
    /// or text.
    fn region_line(&mut self, pieces: &[Span], after_blank: bool) {
        let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
            return;
        };
        let at = first.start;
        let end = last.end;
        let line = first.get(self.text).unwrap_or_default();
        if let Some(m) = self.lx.marker(line) {
            self.header = false;
            self.marker_line(pieces, m);
            return;
        }
        if pieces.len() == 1 {
            if let Some((date, span)) = meta::date_line(line) {
                if !self.header && self.meta.signed.is_none() {
                    self.meta.signed = Some(Spanned::new(date, span + at));
                }
                self.stop(at);
                return;
            }
            if is_closing(line) {
                self.header = false;
                self.stop(at);
                if is_annex(line) {
                    self.close_outline();
                }
                return;
            }
        }
        let region = Region::new(self.text, Span::new(at, end), &self.tokens);
        let blocks = duty::blocks(&region, self.lx, &mut self.diagnostics);
        if self.header && blocks.is_empty() {
            if pieces.len() == 1 && self.meta.title.is_none() && meta::is_title(line) {
                self.meta.title = Some(Spanned::new(line.to_owned(), *first));
                return;
            }
            if !looks_like_body(line) {
                return;
            }
        }
        self.header = false;
        self.note_rules(&blocks);
        let duty_line = blocks.first().is_some_and(|b| b.span.start == at);
        if blocks.is_empty() {
            self.plain_line(end, after_blank, pieces);
        } else if duty_line {
            self.duty_line(at, end, blocks);
        } else {
            self.paragraph_with_duties(at, end, blocks);
        }
    }

    /// Keeps the lead rules the blocks state. A rule stated before any task's duties
    /// (in the opening, or in the first duty block) holds for the whole document.
    pub(super) fn note_rules(&mut self, blocks: &[DutyBlock]) {
        for b in blocks {
            if let Some(stated) = b.rule {
                let first_block = !self.items.iter().any(|it| !it.blocks.is_empty())
                    && !self.paragraphs.iter().any(|p| !p.blocks.is_empty());
                self.rules.push(Rule {
                    stated,
                    whole_document: first_block,
                });
            }
        }
    }

    /// A plain line of text stating a rule for the whole notice (`注：排在第一位的为
    /// 牵头单位`), with no duty block of its own.
    fn rule_of_plain_line(&mut self, pieces: &[Span]) {
        let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
            return;
        };
        // a rule is a short note of its own (`注：排在第一位的为牵头单位`)
        if last.end - first.start > 240 {
            return;
        }
        let s = self.text.get(first.start..last.end).unwrap_or_default();
        if let Some((rule, henceforth)) = self.lx.lead_rule(s) {
            let whole = self.items.iter().all(|it| it.blocks.is_empty())
                && self.paragraphs.iter().all(|p| p.blocks.is_empty());
            self.rules.push(Rule {
                stated: duty::StatedRule {
                    rule,
                    henceforth: henceforth || whole,
                    span: Span::new(first.start, last.end),
                },
                whole_document: whole,
            });
        }
    }

    /// Ends every open list at `at`.
    pub(super) fn stop(&mut self, at: usize) {
        self.stops.push(at);
        self.owner = Owner::None;
    }

    /// An annex begins (`附件 1`, `附1`): what follows stands in no section of the body,
    /// so its tasks (the rows of an annexed task table) have no path from the body.
    /// The numbers seen at the top level stay: an annex that numbers from one again is
    /// a restart.
    fn close_outline(&mut self) {
        self.open.clear();
        self.levels.close_all();
        self.last_child.truncate(1);
    }

    /// A line of text with no marker and no duties. After a blank line it no longer
    /// continues an item that has no duties: a paragraph of its own follows.
    fn plain_line(&mut self, end: usize, after_blank: bool, pieces: &[Span]) {
        self.rule_of_plain_line(pieces);
        match self.owner {
            Owner::ItemLine(_) | Owner::ItemText(_) if after_blank => self.owner = Owner::None,
            Owner::ItemLine(i) | Owner::ItemText(i) => {
                if let Some(item) = self.items.get_mut(i)
                    && item.blocks.is_empty()
                {
                    item.own_end = end;
                    self.owner = Owner::ItemText(i);
                }
            }
            Owner::ItemDuties(_) | Owner::Paragraph(_) | Owner::None => self.owner = Owner::None,
        }
    }

    /// `牵头单位:…` on a line of its own: the duties of whatever came just before.
    fn duty_line(&mut self, at: usize, end: usize, blocks: Vec<DutyBlock>) {
        let previous = self.previous_line;
        match self.owner {
            Owner::ItemLine(i) | Owner::ItemDuties(i) => self.give_item(i, blocks, end),
            Owner::ItemText(i)
                if self
                    .items
                    .get(i)
                    .is_some_and(|it| it.blocks.is_empty() && !it.heading_like) =>
            {
                self.give_item(i, blocks, end);
            }
            Owner::ItemText(i) => {
                // the paragraph just read is a task of its own: the item gives it back
                let start = previous.unwrap_or(at);
                let before = self.text.get(..start).unwrap_or_default();
                let kept = before
                    .trim_end_matches(|c: char| class(c).is_space() || c == '\n')
                    .len();
                if let Some(item) = self.items.get_mut(i) {
                    item.own_end = item.own_end.min(kept.max(item.title_end));
                }
                self.new_paragraph(start, end, blocks);
            }
            Owner::Paragraph(p) => {
                if let Some(para) = self.paragraphs.get_mut(p) {
                    para.end = end;
                    para.blocks.extend(blocks);
                }
            }
            Owner::None => match previous {
                Some(start) if start < at => self.new_paragraph(start, end, blocks),
                _ => self.unattached(blocks),
            },
        }
    }

    /// A paragraph without a marker whose text ends in a duty block.
    fn paragraph_with_duties(&mut self, at: usize, end: usize, blocks: Vec<DutyBlock>) {
        let item_takes = match self.owner {
            Owner::ItemText(i) | Owner::ItemLine(i) => self
                .items
                .get(i)
                .is_some_and(|it| it.blocks.is_empty() && !it.heading_like),
            _ => false,
        };
        match self.owner {
            Owner::ItemText(i) | Owner::ItemLine(i) if item_takes => {
                self.give_item(i, blocks, end);
            }
            _ => self.new_paragraph(at, end, blocks),
        }
    }

    pub(super) fn give_item(&mut self, i: usize, blocks: Vec<DutyBlock>, end: usize) {
        if let Some(item) = self.items.get_mut(i) {
            if item.blocks.is_empty() {
                item.blocks = blocks;
            } else {
                item.blocks.extend(blocks);
            }
            item.own_end = end;
        }
        self.owner = Owner::ItemDuties(i);
    }

    /// The entries of a task table: its rows become tasks, its lines between rows are
    /// read as lines (headings between rows).
    fn table(&mut self, table: table::Table) {
        for entry in table.entries {
            match entry {
                Entry::Row(row) => self.table_row(row),
                Entry::Line(line) => {
                    let pieces = [line.span];
                    self.tokens.read_pieces(self.text, &pieces);
                    self.region_line(&pieces, false);
                }
            }
        }
        self.owner = Owner::None;
    }

    /// A row of a task table: a task, its units from the unit cells, and the duty
    /// blocks of the group cell that spans it.
    fn table_row(&mut self, row: Row) {
        let mut blocks = Vec::new();
        for (role, cell) in &row.units {
            self.tokens.read_pieces(self.text, &cell.pieces);
            let Some(span) = cell.span() else { continue };
            let region = Region::new(self.text, span, &self.tokens);
            let block = duty::list_block(
                &region,
                span.start,
                span.end,
                *role,
                self.lx,
                &mut self.diagnostics,
            );
            if block.names_anything() {
                blocks.push(block);
            }
        }
        if let Some(group) = &row.group
            && let Some(span) = group.span()
        {
            self.tokens.read_pieces(self.text, &group.pieces);
            let region = Region::new(self.text, span, &self.tokens);
            let mut group_blocks = duty::blocks(&region, self.lx, &mut self.diagnostics);
            // the group's units come first: its column stands before the unit columns
            group_blocks.append(&mut blocks);
            blocks = group_blocks;
        }
        let task = row.task.span();
        // a row starts at its first cell (in a layout table a unit cell may stand on a
        // line above the task's first)
        let start = task.map_or(row.span.start, |t| t.start.min(row.span.start));
        self.paragraphs.push(Paragraph {
            start,
            end: row.span.end.max(start),
            text_end: task.map(|t| t.end),
            within: self.open.last().copied(),
            blocks,
            row: Some(row.number),
            cell: row.task.pieces,
        });
        self.owner = Owner::None;
    }

    pub(super) fn new_paragraph(&mut self, start: usize, end: usize, blocks: Vec<DutyBlock>) {
        self.paragraphs.push(Paragraph {
            start,
            end,
            text_end: None,
            within: self.open.last().copied(),
            blocks,
            row: None,
            cell: Vec::new(),
        });
        self.owner = Owner::Paragraph(self.paragraphs.len() - 1);
    }

    /// Duties with nothing before them to belong to: kept as a diagnostic.
    fn unattached(&mut self, blocks: Vec<DutyBlock>) {
        for b in blocks {
            self.references.extend(b.references);
            self.diagnostics.push(Diagnostic::new(
                Severity::Warning,
                Code::UnclearUnit,
                "a duty block with no task before it",
                b.span,
            ));
        }
        self.owner = Owner::None;
    }
}

/// Whether a closing line opens an annex: `附件`, `附件 1`, `附表2`, `附1`, `附：`.
fn is_annex(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('附') else {
        return false;
    };
    rest.starts_with(['件', '表', '录'])
        || rest
            .trim_start_matches(|c| class(c).is_space())
            .chars()
            .next()
            .is_none_or(|c| {
                class(c).digit().is_some()
                    || class(c) == Class::Colon
                    || "一二三四五六七八九十".contains(c)
            })
}

/// Lines that close a notice's list: `望各牵头单位…`, `请各…`, `特此通知`, `附件:`, `附1`.
fn is_closing(line: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "各位代表",
        "同志们",
        "望各",
        "请各",
        "各地各部门要",
        "各单位要",
        "各责任单位要",
        "特此通知",
        "附件",
        "附:",
        "附：",
    ];
    if line.starts_with('附') && is_annex(line) && line.chars().count() <= 40 {
        return true;
    }
    line.starts_with(['各', '同', '望', '请', '特', '附'])
        && OPENINGS.iter().any(|o| line.starts_with(o))
}

/// Whether a line in the header region already reads as body text (a sentence, an
/// address line).
fn looks_like_body(line: &str) -> bool {
    // the length first: a long line is not read through for its sentence ends
    more_chars_than(line, 60) || line.ends_with([':', '：']) || line.contains(is_sentence_end)
}
