//! Numbered items: a line that starts with a marker, and the items that follow it on
//! the same line; their levels and their numbering (gaps, repeats, restarts).

use mubiao_model::{Code, Diagnostic, MarkerStyle, Severity, Span};

use super::Item;
use super::reader::{Owner, Reader};
use crate::duty::{self, DutyBlock, Region};
use crate::lexicon::markers::Marker;
use crate::text::{Kind, class, is_sentence_end, more_chars_than};

/// The number of marker styles, and each one's index into per-style arrays.
pub(super) const STYLES: usize = 12;

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

impl Reader<'_> {
    /// A region that starts with a marker. More items may follow on the same line: a
    /// marker of another style right after the first sentence of a heading
    /// (`(一)深入解放思想,建设创新型政府。210、坚持…`), or the next number of the same
    /// style after a sentence or a duty block (`210、…(责任单位:…)。211、…`). One pass:
    /// duty blocks and break points come from the region's tokens.
    pub(super) fn marker_line(&mut self, pieces: &[Span], first: Marker<'_>) {
        let (Some(p0), Some(pn)) = (pieces.first(), pieces.last()) else {
            return;
        };
        let at = p0.start;
        let end = pn.end;
        let text = self.text;
        let region = Region::new(text, Span::new(at, end), &self.tokens);
        let mut blocks = duty::blocks(&region, self.lx, &mut self.diagnostics);
        self.note_rules(&blocks);
        // break points: just after a sentence end or a semicolon, as offsets of the text
        let breaks: Vec<usize> = self
            .tokens
            .iter()
            .filter(|t| matches!(t.kind, Kind::SentenceEnd | Kind::Semicolon))
            .map(|t| t.span.end)
            .collect();
        let mut m = (first.style, first.ordinal, first.label.len(), first.len);
        let mut pos = at; // current marker's start
        let mut next_break = 0; // index into `breaks`
        loop {
            let body = pos + m.3;
            let mut first_sentence = true;
            let mut next: Option<(usize, (MarkerStyle, u32, usize, usize))> = None;
            while let Some(&b) = breaks.get(next_break) {
                next_break += 1;
                if b <= body {
                    continue;
                }
                let after = text.get(b..end).unwrap_or_default();
                let skip = after.len() - after.trim_start_matches(|c| class(c).is_space()).len();
                let here = b + skip;
                let inside_block = blocks
                    .first()
                    .is_some_and(|blk| blk.span.start < here && here < blk.span.end);
                if inside_block {
                    continue;
                }
                let no_block_yet = blocks.first().is_none_or(|blk| blk.span.start >= here);
                if let Some(n) = self.lx.marker(text.get(here..end).unwrap_or_default()) {
                    let sibling = n.style == m.0 && n.ordinal == m.1.saturating_add(1);
                    let child = n.style != m.0
                        && n.style != MarkerStyle::Dash
                        && first_sentence
                        && no_block_yet;
                    if sibling || child {
                        next = Some((here, (n.style, n.ordinal, n.label.len(), n.len)));
                        break;
                    }
                }
                first_sentence = false;
            }
            let item_end = next.map_or(end, |(p, _)| p);
            // the blocks before the next item are this item's; most lines hold one item
            let n = blocks.partition_point(|blk| blk.span.start < item_end);
            let own: Vec<DutyBlock> = if n == blocks.len() {
                std::mem::take(&mut blocks)
            } else {
                blocks.drain(..n).collect()
            };
            let text_end = own.first().map_or(item_end, |b| b.span.start);
            let first_end = text
                .get(body..text_end.max(body))
                .unwrap_or_default()
                .char_indices()
                .find(|&(_, c)| is_sentence_end(c))
                .map(|(i, c)| body + i + c.len_utf8());
            let title_end = first_end.unwrap_or(text_end).min(item_end);
            let title_text = text.get(body..title_end).unwrap_or_default();
            // a heading is a short line of its own without a closing 。
            let heading_like = next.is_some_and(|(_, n)| n.0 != m.0)
                || (own.is_empty()
                    && next.is_none()
                    && pieces.len() == 1
                    && !title_text
                        .trim_end_matches(|c| class(c).is_space())
                        .ends_with(is_sentence_end)
                    && !more_chars_than(title_text, 60)
                    && title_end >= text_end);
            let own_end = own.last().map_or(item_end, |b| b.span.end);
            let idx = self.push_item(m, pos, body, title_end, own_end, heading_like);
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
                    return;
                }
            }
        }
    }

    /// Adds an item: its level, its parent, and the numbering check. `m` is the
    /// marker's (style, ordinal, label length, length with its delimiter).
    fn push_item(
        &mut self,
        m: (MarkerStyle, u32, usize, usize),
        start: usize,
        body: usize,
        title_end: usize,
        own_end: usize,
        heading_like: bool,
    ) -> usize {
        let (style, ordinal, label_len, len) = m;
        let level = self.levels.place(style, ordinal, self.lx);
        let depth = usize::from(level.saturating_sub(1));
        self.open.truncate(depth);
        let parent = self.open.last().copied();
        let idx = self.items.len();
        // sibling slots: one per open depth, the new item's own children one deeper
        self.last_child.truncate(depth + 1);
        while self.last_child.len() < depth + 1 {
            self.last_child.push([None; STYLES]);
        }
        self.numbering(
            depth,
            style,
            ordinal,
            Span::new(start, start + len),
            label_len,
        );
        self.last_child.push([None; STYLES]);
        self.items.push(Item {
            style,
            ordinal,
            label: Span::new(start, start + label_len),
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
    fn numbering(
        &mut self,
        depth: usize,
        style: MarkerStyle,
        ordinal: u32,
        span: Span,
        label_len: usize,
    ) {
        if style == MarkerStyle::Dash {
            return;
        }
        let k = style_index(style);
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
            *slot = Some(ordinal);
        }
        if let Some(slot) = self.last_of_style.get_mut(k) {
            *slot = Some(ordinal);
        }
        let previous = sibling.or(last_of_style.filter(|_| ordinal != 1));
        let Some(p) = previous else { return };
        let label = self
            .text
            .get(span.start..span.start + label_len)
            .unwrap_or_default();
        let (severity, code, message) = if ordinal == p.saturating_add(1) {
            return;
        } else if ordinal == 1 {
            (
                Severity::Info,
                Code::NumberingRestart,
                format!("numbering starts again at `{label}` after {p}"),
            )
        } else if ordinal > p {
            let missing = if ordinal == p + 2 {
                format!("{}", p + 1)
            } else {
                format!("{}–{}", p + 1, ordinal - 1)
            };
            (
                Severity::Warning,
                Code::NumberingGap,
                format!("`{label}` follows {p}: {missing} missing"),
            )
        } else {
            (
                Severity::Warning,
                Code::NumberingRepeat,
                format!("`{label}` follows {p}"),
            )
        };
        self.diagnostics
            .push(Diagnostic::new(severity, code, message, span));
    }
}
