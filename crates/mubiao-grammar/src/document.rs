//! A whole document: lines → header, outline items, duty blocks → tasks.
//!
//! One pass over the lines collects numbered items (with their levels), paragraphs
//! that carry duties, duty blocks and the places where a list stops (closing
//! paragraphs, signatures, page chrome). A second pass over those few records decides
//! which items are tasks — the numbering style whose items carry duties — and builds
//! the outline from the rest.

use mubiao_model::{
    Code, Diagnostic, Document, MarkerStyle, Meta, Reference, Section, Severity, Span, Task,
};

use crate::chrome::is_chrome;
use crate::duty::{DutyBlock, Scratch, blocks_in_line_with};
use crate::meta;
use crate::outline::{Levels, marker};
use crate::punct::{is_sentence_end, is_space, more_chars_than, trim};
use crate::quantity::{Mention, Options, mentions};

/// Reads a document: metadata, outline, tasks with their duties, references and
/// deadlines, and diagnostics. Never fails and never panics; what it cannot read
/// becomes a diagnostic. Time is linear in the length of the text.
///
/// This is [`parse_structure`] and one pass of the quantity grammar over the text,
/// whose dates inside a task become the task's [`deadlines`](Task::deadlines),
/// resolved against the document's year, and whose quantities the
/// [`target`](crate::target) grammar reads into the document's
/// [`targets`](Document::targets).
///
/// ```
/// use mubiao_grammar::parse_document;
///
/// let text = "一、加快产业转型\n(一)调整优化存量\n\
///             1.制订实施方案,并于元月底前报送。\n牵头单位:市工业和信息化局\n\
///             责任单位:市发改委、市政府金融办\n\n二〇一二年一月十七日\n";
/// let doc = parse_document(text);
/// let task = &doc.tasks[0];
/// assert_eq!(task.number().as_deref(), Some("1"));
/// assert_eq!(task.path, ["一", "(一)"]);
/// assert_eq!(task.lead().collect::<Vec<_>>(), ["市工业和信息化局"]);
/// assert_eq!(task.units(), ["市工业和信息化局", "市发改委", "市政府金融办"]);
/// assert_eq!(task.text, "制订实施方案,并于元月底前报送。");
/// let deadline = &task.deadlines[0];
/// assert_eq!(deadline.text, "元月底前");
/// assert_eq!(deadline.date().map(|d| d.to_string()).as_deref(), Some("2012-01-31"));
/// assert_eq!(deadline.span.get(text), Some("元月底前"));
/// ```
#[must_use]
pub fn parse_document(text: &str) -> Document {
    let mut doc = parse_structure(text);
    let options = Options::default().reference_year(doc.meta.year());
    // one pass over the text; mentions and tasks are both in document order
    let mut quantities = Vec::new();
    let mut tasks = doc.tasks.iter_mut().peekable();
    for mention in mentions(text, options) {
        let date = match mention {
            Mention::Date(date) => date,
            Mention::Quantity(q) => {
                quantities.push(q);
                continue;
            }
        };
        while tasks.next_if(|t| t.span.end <= date.span.start).is_some() {}
        if let Some(task) = tasks.peek_mut()
            && task.span.contains(date.span)
        {
            task.deadlines.push(date);
        }
    }
    // the targets stage reads around the quantities of that same pass
    let target_options = crate::target::TargetOptions::default()
        .year(doc.meta.year())
        .notice(crate::target::is_notice(&doc));
    doc.targets = crate::target::read(text, &quantities, &doc.outline, target_options);
    drop(quantities);
    doc.targets.shrink_to_fit();
    crate::target::attach(&mut doc.targets, &doc.tasks);
    doc
}

/// Reads the structure of a document only: metadata, outline, tasks with their duties
/// and references, diagnostics — no quantities, dates or targets. The fast path for
/// ledgers of who does what.
///
/// ```
/// use mubiao_grammar::parse_structure;
///
/// let doc = parse_structure("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n");
/// assert_eq!(doc.tasks[0].units(), ["市统计局", "各县(市、区)政府"]);
/// assert!(doc.tasks[0].deadlines.is_empty());
/// ```
#[must_use]
pub fn parse_structure(text: &str) -> Document {
    let mut reader = Reader::new(text);
    for (start, line) in lines(text) {
        reader.line(start, line);
    }
    reader.finish()
}

/// The lines of `text` with their start offsets, without `\n` (a `\r` stays; it is
/// white space to the grammar).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let rest = text.get(start..)?;
        let len = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let line = rest.get(..len)?;
        let at = start;
        start += len + 1;
        Some((at, line))
    })
}

/// A numbered item met in the text.
#[derive(Debug)]
struct Item {
    style: MarkerStyle,
    ordinal: u32,
    /// The marker as written without its delimiter, as a span of the text.
    label: Span,
    level: u8,
    parent: Option<usize>,
    /// Marker start.
    start: usize,
    /// After the marker.
    body: usize,
    /// End of the heading's first sentence (or line).
    title_end: usize,
    /// End of the item's own last line of text (before children or a stop).
    own_end: usize,
    /// Whether the item's own line is a short heading.
    heading_like: bool,
    blocks: Vec<DutyBlock>,
}

/// A paragraph without a number that carries duties.
#[derive(Debug)]
struct Paragraph {
    start: usize,
    end: usize,
    /// The innermost item open when the paragraph was read (the others open then are
    /// its ancestors).
    within: Option<usize>,
    blocks: Vec<DutyBlock>,
}

/// Who the last line of content belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    None,
    /// An item's marker line.
    ItemLine(usize),
    /// A plain line inside an item's text, after its marker line.
    ItemText(usize),
    /// A duty block of an item.
    ItemDuties(usize),
    Paragraph(usize),
}

struct Reader<'a> {
    text: &'a str,
    meta: Meta,
    levels: Levels,
    /// Items open now, outermost first (parallel to `levels`).
    open: Vec<usize>,
    items: Vec<Item>,
    paragraphs: Vec<Paragraph>,
    /// Offsets where lists stop: closing paragraphs, signatures, chrome.
    stops: Vec<usize>,
    owner: Owner,
    /// Still in the header (before the first numbered item or body paragraph).
    header: bool,
    /// An empty line was just read.
    blank: bool,
    /// Buffers the duty grammar keeps between lines.
    scratch: Scratch,
    /// The sentence breaks of the marker line being read.
    breaks: Vec<usize>,
    /// The last ordinal of each style among the children of each open item (index 0:
    /// the top level), and of each style anywhere.
    last_child: Vec<[Option<u32>; STYLES]>,
    last_of_style: [Option<u32>; STYLES],
    diagnostics: Vec<Diagnostic>,
    references: Vec<Reference>,
    /// The columns of the duty table being read, if any.
    table: Option<crate::table::Header>,
    /// The paragraphs that are rows of a table, in order, with the number of each (a
    /// list of its own: rows are rare, paragraphs many).
    rows: Vec<(usize, Option<(u32, Span)>)>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            meta: Meta::default(),
            levels: Levels::default(),
            open: Vec::new(),
            items: Vec::new(),
            paragraphs: Vec::new(),
            stops: Vec::new(),
            owner: Owner::None,
            header: true,
            blank: false,
            scratch: Scratch::default(),
            breaks: Vec::new(),
            last_child: vec![[None; STYLES]],
            last_of_style: [None; STYLES],
            diagnostics: Vec::new(),
            references: Vec::new(),
            table: None,
            rows: Vec::new(),
        }
    }

    fn line(&mut self, start: usize, raw: &'a str) {
        let (line, front) = trim(raw);
        if line.is_empty() {
            self.blank = true;
            return;
        }
        let after_blank = std::mem::take(&mut self.blank);
        let at = start + front;
        let end = at + line.len();
        if is_chrome(line) {
            self.stop(at);
            return;
        }
        let header_fields = meta::fields(line, at);
        if !header_fields.is_empty() {
            for (field, value, span) in header_fields {
                meta::apply(&mut self.meta, field, value, span);
            }
            return;
        }
        if self.table.is_some() && self.table_row(at, end, line) {
            return;
        }
        if let Ok((_, m)) = marker(line) {
            self.header = false;
            self.marker_line(at, line, m);
            return;
        }
        if let Some(h) = crate::table::header(line) {
            self.table = Some(h);
            self.header = false;
            self.owner = Owner::None;
            return;
        }
        if let Some((date, span)) = meta::date_line(line) {
            if !self.header && self.meta.signed.is_none() {
                self.meta.signed = Some(mubiao_model::Spanned::new(date, span + at));
            }
            self.stop(at);
            return;
        }
        if is_closing(line) {
            self.header = false;
            self.stop(at);
            return;
        }
        if self.header
            && self.meta.doc_number.is_none()
            && let Some(span) = meta::doc_number_line(line)
        {
            self.meta.doc_number = Some(mubiao_model::Spanned::new(
                line.get(span.range()).unwrap_or_default().to_owned(),
                span + at,
            ));
            return;
        }
        let blocks = blocks_in_line_with(line, at, &mut self.diagnostics, &mut self.scratch);
        if self.header && blocks.is_empty() {
            if self.meta.title.is_none() && meta::is_title(line) {
                self.meta.title = Some(mubiao_model::Spanned::new(
                    line.to_owned(),
                    Span::new(at, end),
                ));
                return;
            }
            if !looks_like_body(line) {
                return;
            }
        }
        self.header = false;
        let duty_line = blocks.first().is_some_and(|b| b.span.start == at);
        if blocks.is_empty() {
            self.plain_line(end, after_blank);
        } else if duty_line {
            self.duty_line(at, end, blocks);
        } else {
            self.paragraph_with_duties(at, end, blocks);
        }
    }

    /// Ends every open list at `at`.
    fn stop(&mut self, at: usize) {
        self.stops.push(at);
        self.owner = Owner::None;
    }

    /// A line of text with no marker and no duties. After a blank line it no longer
    /// continues an item that has no duties: a paragraph of its own follows.
    fn plain_line(&mut self, end: usize, after_blank: bool) {
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
                let start = self.last_line_start(at);
                let before = self.text.get(..start).unwrap_or_default();
                let kept = before
                    .trim_end_matches(|c: char| is_space(c) || c == '\n')
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
            Owner::None => {
                let start = self.last_line_start(at);
                if start < at {
                    self.new_paragraph(start, end, blocks);
                } else {
                    self.unattached(blocks);
                }
            }
        }
    }

    /// A paragraph without a marker whose text ends in a duty block.
    fn paragraph_with_duties(&mut self, at: usize, end: usize, blocks: Vec<DutyBlock>) {
        let item_takes = match self.owner {
            Owner::ItemText(i) => self
                .items
                .get(i)
                .is_some_and(|it| it.blocks.is_empty() && !it.heading_like),
            _ => false,
        };
        match self.owner {
            Owner::ItemText(i) if item_takes => self.give_item(i, blocks, end),
            _ => self.new_paragraph(at, end, blocks),
        }
    }

    fn give_item(&mut self, i: usize, blocks: Vec<DutyBlock>, end: usize) {
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

    /// A row of the duty table being read: a task. The first line that is no row
    /// closes the table.
    fn table_row(&mut self, at: usize, end: usize, line: &str) -> bool {
        let Some(h) = &self.table else {
            return false;
        };
        let Some(row) = crate::table::row(h, line, at, &mut self.diagnostics) else {
            self.table = None;
            return false;
        };
        // the row from its task's cell: the number is its label, not its text
        self.new_paragraph(row.task.start, end, row.blocks);
        self.rows.push((self.paragraphs.len() - 1, row.number));
        self.owner = Owner::None;
        true
    }

    fn new_paragraph(&mut self, start: usize, end: usize, blocks: Vec<DutyBlock>) {
        self.paragraphs.push(Paragraph {
            start,
            end,
            within: self.open.last().copied(),
            blocks,
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

    /// The start of the non-empty line before the one at `at`.
    fn last_line_start(&self, at: usize) -> usize {
        let before = self
            .text
            .get(..at)
            .unwrap_or_default()
            .trim_end_matches(|c: char| is_space(c) || c == '\n');
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.get(line_start..).unwrap_or_default();
        line_start + (line.len() - line.trim_start_matches(is_space).len())
    }

    /// A line that starts with a marker. More items may follow on the same line:
    /// a marker of another style right after the first sentence of a heading
    /// (`(一)深入解放思想,建设创新型政府。210、坚持…`), or the next number of the same
    /// style after a sentence or a duty block (`210、…(责任单位:…)。211、…`). One pass:
    /// duty blocks and break points are found once for the whole line.
    fn marker_line(&mut self, at: usize, line: &'a str, first: crate::outline::Marker<'a>) {
        let end = at + line.len();
        let mut blocks = blocks_in_line_with(line, at, &mut self.diagnostics, &mut self.scratch);
        // break points: after a sentence end, or after a duty block (then trailing
        // punctuation and spaces), as offsets into the line
        let mut breaks = std::mem::take(&mut self.breaks);
        sentence_breaks(line, &mut breaks);
        let mut m = first;
        let mut pos = 0; // current marker's start within the line
        let mut next_break = 0; // index into `breaks`
        loop {
            let body = pos + m.len;
            let mut first_sentence = true;
            let mut next: Option<(usize, crate::outline::Marker<'a>)> = None;
            while let Some(&b) = breaks.get(next_break) {
                next_break += 1;
                if b <= body {
                    continue;
                }
                let after = line.get(b..).unwrap_or_default();
                let skip = after.len() - after.trim_start_matches(is_space).len();
                let here = b + skip;
                let inside_block = blocks
                    .first()
                    .is_some_and(|blk| blk.span.start < at + here && at + here < blk.span.end);
                if inside_block {
                    continue;
                }
                let no_block_yet = blocks.first().is_none_or(|blk| blk.span.start >= at + here);
                if let Ok((_, n)) = marker(after.get(skip..).unwrap_or_default()) {
                    let sibling = n.style == m.style && n.ordinal == m.ordinal.saturating_add(1);
                    let child = n.style != m.style
                        && n.style != MarkerStyle::Dash
                        && first_sentence
                        && no_block_yet;
                    if sibling || child {
                        next = Some((here, n));
                        break;
                    }
                }
                first_sentence = false;
            }
            let item_end = next.map_or(end, |(p, _)| at + p);
            // the blocks before the next item are this item's; most lines hold one item
            let n = blocks.partition_point(|blk| blk.span.start < item_end);
            let own: Vec<DutyBlock> = if n == blocks.len() {
                std::mem::take(&mut blocks)
            } else {
                blocks.drain(..n).collect()
            };
            let text_end = own.first().map_or(item_end, |b| b.span.start);
            let first_end = line
                .get(body..text_end.saturating_sub(at).max(body))
                .unwrap_or_default()
                .char_indices()
                .find(|&(_, c)| is_sentence_end(c))
                .map(|(i, c)| at + body + i + c.len_utf8());
            let title_end = first_end.unwrap_or(text_end).min(item_end);
            let title_text = self.text.get(at + body..title_end).unwrap_or_default();
            // a heading is a short line of its own without a closing 。
            let heading_like = (next.is_some_and(|(_, n)| n.style != m.style))
                || (own.is_empty()
                    && next.is_none()
                    && !title_text
                        .trim_end_matches(is_space)
                        .ends_with(is_sentence_end)
                    && !more_chars_than(title_text, 60)
                    && title_end >= text_end);
            let own_end = own.last().map_or(item_end, |b| b.span.end);
            let idx = self.push_item(m, at + pos, at + body, title_end, own_end, heading_like);
            if let Some(item) = self.items.get_mut(idx) {
                item.blocks = own;
            }
            match next {
                Some((p, n)) => {
                    pos = p;
                    m = n;
                }
                None => {
                    let has = self.items.get(idx).is_some_and(|it| !it.blocks.is_empty());
                    self.owner = if has {
                        Owner::ItemDuties(idx)
                    } else {
                        Owner::ItemLine(idx)
                    };
                    self.breaks = breaks;
                    return;
                }
            }
        }
    }

    fn push_item(
        &mut self,
        m: crate::outline::Marker<'_>,
        start: usize,
        body: usize,
        title_end: usize,
        own_end: usize,
        heading_like: bool,
    ) -> usize {
        let level = self.levels.place(m.style, m.ordinal);
        let depth = usize::from(level.saturating_sub(1));
        self.open.truncate(depth);
        let parent = self.open.last().copied();
        let idx = self.items.len();
        // sibling slots: one per open depth, the new item's own children one deeper
        self.last_child.truncate(depth + 1);
        while self.last_child.len() < depth + 1 {
            self.last_child.push([None; STYLES]);
        }
        self.numbering(depth, m, start);
        self.last_child.push([None; STYLES]);
        let written = m.label.trim_end_matches(['、', '.', '．', '，']).len();
        let label = Span::new(start, start + written);
        self.items.push(Item {
            style: m.style,
            ordinal: m.ordinal,
            label,
            level,
            parent,
            start,
            body,
            title_end,
            own_end,
            heading_like,
            blocks: Vec::new(),
        });
        self.open.push(idx);
        idx
    }

    /// Gaps, repeats and restarts against the previous sibling, or against the last
    /// item of the same style where numbering runs on across headings.
    fn numbering(&mut self, depth: usize, m: crate::outline::Marker<'_>, start: usize) {
        if m.style == MarkerStyle::Dash {
            return;
        }
        let k = style_index(m.style);
        let sibling = self
            .last_child
            .get(depth)
            .and_then(|slots| slots.get(k).copied().flatten());
        let last_of_style = self.last_of_style.get(k).copied().flatten();
        if let Some(slot) = self
            .last_child
            .get_mut(depth)
            .and_then(|slots| slots.get_mut(k))
        {
            *slot = Some(m.ordinal);
        }
        if let Some(slot) = self.last_of_style.get_mut(k) {
            *slot = Some(m.ordinal);
        }
        let previous = sibling.or(last_of_style.filter(|_| m.ordinal != 1));
        let Some(p) = previous else { return };
        let span = Span::new(start, start + m.len);
        let (severity, code, message) = if m.ordinal == p.saturating_add(1) {
            return;
        } else if m.ordinal == 1 {
            (
                Severity::Info,
                Code::NumberingRestart,
                format!("numbering starts again at `{}` after {p}", m.label),
            )
        } else if m.ordinal > p {
            let missing = if m.ordinal == p + 2 {
                format!("{}", p + 1)
            } else {
                format!("{}–{}", p + 1, m.ordinal - 1)
            };
            (
                Severity::Warning,
                Code::NumberingGap,
                format!("`{}` follows {p}: {missing} missing", m.label),
            )
        } else {
            (
                Severity::Warning,
                Code::NumberingRepeat,
                format!("`{}` follows {p}", m.label),
            )
        };
        self.diagnostics
            .push(Diagnostic::new(severity, code, message, span));
    }

    fn finish(self) -> Document {
        Assembly::new(self).build()
    }
}

/// The number of marker styles, and each one's index into per-style arrays.
const STYLES: usize = 12;

const fn style_index(style: MarkerStyle) -> usize {
    match style {
        MarkerStyle::Part => 0,
        MarkerStyle::Chapter => 1,
        MarkerStyle::Section => 2,
        MarkerStyle::Article => 3,
        MarkerStyle::Chinese => 4,
        MarkerStyle::ChineseParen => 5,
        MarkerStyle::Arabic => 6,
        MarkerStyle::ArabicParen => 7,
        MarkerStyle::ArabicHalfParen => 8,
        MarkerStyle::Circled => 9,
        MarkerStyle::Dash => 10,
        _ => 11,
    }
}

/// The offsets just after each sentence end (`。！？!?`) or semicolon (`；;`) of a
/// line, into `breaks` (cleared first), found by byte search: `。` is E3 80 82;
/// `！ ？ ；` are EF BC 81 / 9F / 9B.
fn sentence_breaks(line: &str, breaks: &mut Vec<usize>) {
    let b = line.as_bytes();
    let ascii = memchr::memchr3_iter(b'!', b'?', b';', b).map(|i| i + 1);
    let wide = memchr::memchr2_iter(0xE3, 0xEF, b).filter_map(|i| {
        let ends = matches!(
            (
                b.get(i).copied(),
                b.get(i + 1).copied(),
                b.get(i + 2).copied()
            ),
            (Some(0xE3), Some(0x80), Some(0x82))
                | (Some(0xEF), Some(0xBC), Some(0x81 | 0x9F | 0x9B))
        );
        ends.then_some(i + 3)
    });
    breaks.clear();
    breaks.extend(ascii.chain(wide));
    breaks.sort_unstable();
}

/// Lines that close a notice's list: `望各牵头单位…`, `请各…`, `特此通知`, `附件:`.
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
    line.starts_with(['各', '同', '望', '请', '特', '附'])
        && OPENINGS.iter().any(|o| line.starts_with(o))
}

/// Whether a line in the header region already reads as body text (a sentence, an
/// address line).
fn looks_like_body(line: &str) -> bool {
    // the length first: a long line is not read through for its sentence ends
    more_chars_than(line, 60) || line.ends_with([':', '：']) || line.contains(is_sentence_end)
}

/// The second pass: tasks, outline, diagnostics.
struct Assembly<'a> {
    r: Reader<'a>,
    is_task: Vec<bool>,
}

impl<'a> Assembly<'a> {
    fn new(r: Reader<'a>) -> Self {
        let is_task = vec![false; r.items.len()];
        Self { r, is_task }
    }

    fn build(mut self) -> Document {
        self.choose_tasks();
        self.move_duties_to_tasks();
        let mut tasks: Vec<Task> = Vec::with_capacity(self.r.items.len() + self.r.paragraphs.len());
        for i in 0..self.r.items.len() {
            if self.is_task(i)
                && let Some(t) = self.item_task(i)
            {
                tasks.push(t);
            }
        }
        for p in 0..self.r.paragraphs.len() {
            if let Some(t) = self.paragraph_task(p) {
                tasks.push(t);
            }
        }
        // starts are unique (tasks never overlap): an in-place sort needs no buffer
        tasks.sort_unstable_by_key(|t| t.span.start);
        tasks.shrink_to_fit();
        // tasks never overlap: one that would reach into the next ends where it begins
        let starts: Vec<usize> = tasks.iter().skip(1).map(|t| t.span.start).collect();
        for (task, next) in tasks.iter_mut().zip(starts) {
            if task.span.end > next {
                self.cut(task, next);
            }
        }
        let outline = self.outline();
        let Reader {
            meta,
            mut diagnostics,
            references,
            ..
        } = self.r;
        if !diagnostics.is_sorted_by_key(|d| d.span.start) {
            diagnostics.sort_by_key(|d| d.span.start);
        }
        let mut doc = Document::default();
        doc.meta = meta;
        doc.outline = outline;
        doc.tasks = tasks;
        doc.references = references;
        doc.diagnostics = diagnostics;
        doc
    }

    /// Tasks are the items of the style whose items carry duties, over the run of
    /// items that carry them; without duties anywhere, the items of the deepest style
    /// that are not headings.
    fn choose_tasks(&mut self) {
        let items = &self.r.items;
        let mut counts: Vec<(MarkerStyle, usize)> = Vec::new();
        for it in items.iter().filter(|it| has_units(&it.blocks)) {
            match counts.iter_mut().find(|(s, _)| *s == it.style) {
                Some((_, n)) => *n += 1,
                None => counts.push((it.style, 1)),
            }
        }
        let dominant = counts.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s);
        let paragraphs_carry = self.r.paragraphs.iter().any(|p| has_units(&p.blocks));
        let Some(style) = dominant else {
            if paragraphs_carry {
                return;
            }
            // no duties: the deepest numbered items that are not headings
            let deepest = items
                .iter()
                .filter(|it| it.style != MarkerStyle::Dash)
                .map(|it| it.level)
                .max();
            let mut has_children = vec![false; items.len()];
            for p in items.iter().filter_map(|it| it.parent) {
                if let Some(h) = has_children.get_mut(p) {
                    *h = true;
                }
            }
            for (i, it) in items.iter().enumerate() {
                let leaf = !has_children.get(i).copied().unwrap_or(false);
                if Some(it.level) == deepest
                    && leaf
                    && it.style != MarkerStyle::Dash
                    && let Some(t) = self.is_task.get_mut(i)
                {
                    *t = true;
                }
            }
            return;
        };
        let run: Vec<usize> = (0..items.len())
            .filter(|&i| items.get(i).is_some_and(|it| it.style == style))
            .collect();
        let with = |k: &usize| {
            run.get(*k)
                .and_then(|&i| items.get(i))
                .is_some_and(|it| has_units(&it.blocks))
        };
        let first = (0..run.len()).find(|k| with(k));
        let last = (0..run.len()).rev().find(|k| with(k));
        let (Some(mut lo), Some(mut hi)) = (first, last) else {
            return;
        };
        let ord = |k: usize| run.get(k).and_then(|&i| items.get(i)).map(|it| it.ordinal);
        while lo > 0 && ord(lo - 1).is_some_and(|o| Some(o + 1) == ord(lo)) {
            lo -= 1;
        }
        while hi + 1 < run.len() && ord(hi + 1).is_some_and(|o| ord(hi).map(|h| h + 1) == Some(o)) {
            hi += 1;
        }
        for k in lo..=hi {
            if let Some(&i) = run.get(k)
                && let Some(t) = self.is_task.get_mut(i)
            {
                *t = true;
            }
        }
        // items of other styles that carry duties become tasks too: those that hold no
        // task, and those that hold tasks and assign units of their own (`(2)优化营商
        // 环境。X牵头,Y配合` over `①…` `②…`), which end where their first item begins
        for i in 0..items.len() {
            let Some(it) = items.get(i) else { continue };
            if it.style == style || !has_units(&it.blocks) || self.has_task_ancestor(i) {
                continue;
            }
            if let Some(t) = self.is_task.get_mut(i) {
                *t = true;
            }
        }
    }

    /// `item` and its ancestors, innermost first (at most 64: the outline is never
    /// deeper).
    fn ancestors(&self, item: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(item, |&i| self.r.items.get(i).and_then(|it| it.parent)).take(64)
    }

    fn has_task_ancestor(&self, i: usize) -> bool {
        let parent = self.r.items.get(i).and_then(|it| it.parent);
        self.ancestors(parent).any(|j| self.is_task(j))
    }

    fn is_task(&self, i: usize) -> bool {
        self.is_task.get(i).copied().unwrap_or(false)
    }

    /// Duties found on items below a task belong to the task.
    fn move_duties_to_tasks(&mut self) {
        for i in 0..self.r.items.len() {
            if self.is_task(i) {
                continue;
            }
            let parent = self.r.items.get(i).and_then(|it| it.parent);
            let Some(j) = self.ancestors(parent).find(|&j| self.is_task(j)) else {
                continue;
            };
            let moved = self
                .r
                .items
                .get_mut(i)
                .map(|it| std::mem::take(&mut it.blocks))
                .unwrap_or_default();
            if let Some(task) = self.r.items.get_mut(j) {
                task.blocks.extend(moved);
            }
        }
    }

    /// The end of an item with its children: the next item at its level or above, or
    /// the next stop, whichever comes first; trailing blank text excluded.
    fn extent_end(&self, i: usize) -> usize {
        let Some(it) = self.r.items.get(i) else {
            return 0;
        };
        let next_item = self
            .r
            .items
            .iter()
            .skip(i + 1)
            .find(|n| n.level <= it.level)
            .map_or(self.r.text.len(), |n| n.start);
        // stops are recorded in order
        let k = self.r.stops.partition_point(|&s| s <= it.start);
        let next_stop = self.r.stops.get(k).copied().unwrap_or(usize::MAX);
        // a paragraph that carries duties is a task of its own: the extent ends there
        let p = self.r.paragraphs.partition_point(|p| p.start <= it.start);
        let next_paragraph = self.r.paragraphs.get(p).map_or(usize::MAX, |p| p.start);
        let mut end = next_item.min(next_stop).min(next_paragraph);
        // the last line of content inside, not the blank lines or chrome after it
        let own_last = self
            .r
            .items
            .iter()
            .skip(i)
            .take_while(|n| n.start < end)
            .map(|n| {
                n.own_end
                    .max(n.blocks.iter().map(|b| b.span.end).max().unwrap_or(0))
            })
            .max()
            .unwrap_or(it.own_end);
        end = end.min(own_last.max(it.title_end));
        end
    }

    fn item_task(&mut self, i: usize) -> Option<Task> {
        let extent = self.extent_end(i);
        let item = self.r.items.get(i)?;
        let path = self.path(item.parent);
        let label = self.label(item).to_owned();
        let it = self.r.items.get_mut(i)?;
        let blocks = std::mem::take(&mut it.blocks);
        // the furthest block, in whichever order the blocks were collected
        let end = blocks.iter().map(|b| b.span.end).max().unwrap_or(extent);
        let text_end = blocks.first().map_or(end, |b| b.span.start).max(it.body);
        let mut task = task(self.r.text, it.start, end, it.body, text_end, blocks);
        task.ordinal = Some(it.ordinal).filter(|_| it.style != MarkerStyle::Dash);
        task.label = Some(label);
        task.style = Some(it.style);
        task.path = path;
        Some(task)
    }

    fn paragraph_task(&mut self, p: usize) -> Option<Task> {
        let para = self.r.paragraphs.get(p)?;
        if !has_units(&para.blocks) {
            return None;
        }
        let parent = self
            .ancestors(para.within)
            .find(|&i| !self.is_task(i) && !self.has_task_ancestor(i));
        let path = self.path(parent);
        let para = self.r.paragraphs.get_mut(p)?;
        let blocks = std::mem::take(&mut para.blocks);
        let text_end = blocks
            .first()
            .map_or(para.end, |b| b.span.start)
            .max(para.start);
        // a row of a table runs to its last cell (the deadline is after the units)
        let row = self
            .r
            .rows
            .binary_search_by_key(&p, |&(i, _)| i)
            .ok()
            .and_then(|k| self.r.rows.get(k))
            .map(|&(_, number)| number);
        let end = match row {
            Some(_) => para.end,
            None => blocks.iter().map(|b| b.span.end).max().unwrap_or(para.end),
        };
        let number = row.flatten();
        let mut task = task(self.r.text, para.start, end, para.start, text_end, blocks);
        if let Some((n, label)) = number {
            task.ordinal = Some(n);
            task.label = self.r.text.get(label.range()).map(str::to_owned);
            task.span.start = task.span.start.min(label.start);
        }
        task.path = path;
        Some(task)
    }

    /// Ends `task` at `at`, with its text and what it names.
    fn cut(&self, task: &mut Task, at: usize) {
        let at = at.max(task.span.start);
        task.span.end = at;
        let start = task.text_span.start.min(at);
        let raw = self
            .r
            .text
            .get(start..task.text_span.end.min(at))
            .unwrap_or_default();
        let text = raw.trim_end_matches(|c: char| is_space(c) || c == '\n');
        task.text_span = Span::new(start, start + text.len());
        task.text = text.to_owned();
        task.duties.retain(|d| d.unit.span.end <= at);
        task.references.retain(|r| r.span.end <= at);
    }

    /// Labels of `parent` and its ancestors, outermost first.
    fn path(&self, parent: Option<usize>) -> Vec<String> {
        let depth = parent
            .and_then(|p| self.r.items.get(p))
            .map_or(0, |it| usize::from(it.level));
        let mut path = Vec::with_capacity(depth);
        path.extend(
            self.ancestors(parent)
                .filter_map(|j| self.r.items.get(j))
                .map(|it| self.label(it).to_owned()),
        );
        path.reverse();
        path
    }

    /// An item's marker as written, without its delimiter.
    fn label(&self, it: &Item) -> &'a str {
        self.r.text.get(it.label.range()).unwrap_or_default()
    }

    /// Items that are neither tasks nor inside one, as a tree (built with a stack).
    fn outline(&self) -> Vec<Section> {
        let mut roots: Vec<Section> = Vec::new();
        let mut stack: Vec<Section> = Vec::new();
        for (i, it) in self.r.items.iter().enumerate() {
            if self.is_task(i) || self.has_task_ancestor(i) {
                continue;
            }
            while stack.last().is_some_and(|s| s.level >= it.level) {
                close(&mut stack, &mut roots);
            }
            let title = self.r.text.get(it.body..it.title_end).unwrap_or_default();
            let (title, _) = trim(title.trim_end_matches(is_sentence_end));
            stack.push(Section::new(
                it.level,
                self.label(it),
                it.style,
                it.ordinal,
                title,
                Span::new(it.start, it.title_end.max(it.start)),
            ));
        }
        while !stack.is_empty() {
            close(&mut stack, &mut roots);
        }
        roots
    }
}

/// A task from `start` to `end` whose text runs from `text_start` to `text_end`
/// (trimmed), owning the duties and references of its blocks.
fn task(
    text: &str,
    start: usize,
    end: usize,
    text_start: usize,
    text_end: usize,
    blocks: Vec<DutyBlock>,
) -> Task {
    let raw = text.get(text_start..text_end).unwrap_or_default();
    let trimmed = raw.trim_end_matches(|c: char| is_space(c) || c == '\n');
    let (body, front) = trim(trimmed);
    let ts = text_start + front;
    let mut task = Task::new(
        Span::new(start, end.max(start)),
        body,
        Span::new(ts, ts + body.len()),
    );
    for b in blocks {
        if task.duties.is_empty() {
            task.duties = b.duties;
        } else {
            task.duties.extend(b.duties);
        }
        task.references.extend(b.references);
    }
    // a ledger of a large corpus keeps every task: no spare capacity
    task.duties.shrink_to_fit();
    task
}

/// Pops the innermost open section into its parent (or the roots).
fn close(stack: &mut Vec<Section>, roots: &mut Vec<Section>) {
    if let Some(done) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => roots.push(done),
        }
    }
}

fn has_units(blocks: &[DutyBlock]) -> bool {
    blocks
        .iter()
        .any(|b| !b.duties.is_empty() || !b.references.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_offsets() {
        let v: Vec<_> = lines("a\r\nbc\n\nd").collect();
        assert_eq!(v, [(0, "a\r"), (3, "bc"), (6, ""), (7, "d")]);
    }
}
