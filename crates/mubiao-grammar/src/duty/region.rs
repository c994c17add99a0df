//! A region: a line, or the pieces of a paragraph that a line wrap or a page break
//! cut, with its tokens. Readers address it by byte offsets of the text; a name that
//! straddles a break is composed from the pieces on either side.

use std::borrow::Cow;

use mubiao_model::Span;

use crate::text::{Class, Kind, Token, Tokens, class};

/// A line or a paragraph of pieces, read once into tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Region<'a> {
    /// The whole text.
    pub(crate) text: &'a str,
    /// Where the region starts and ends in the text.
    pub(crate) span: Span,
    /// Its tokens (spans into `text`).
    pub(crate) tokens: &'a [Token],
    /// The tokens with their index of breaks.
    all: &'a Tokens,
}

impl<'a> Region<'a> {
    /// The region of `tokens`, read over `span` of `text`.
    pub(crate) fn new(text: &'a str, span: Span, tokens: &'a Tokens) -> Self {
        Self {
            text,
            span,
            tokens: tokens.as_slice(),
            all: tokens,
        }
    }

    /// The index of the first token at or after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// The text from `start` to `end`, with the breaks between pieces left out.
    pub(crate) fn compose(&self, start: usize, end: usize) -> Cow<'a, str> {
        if self.all.next_break(start).is_none_or(|b| b >= end) {
            return Cow::Borrowed(self.text.get(start..end).unwrap_or_default());
        }
        let breaks = self
            .tokens
            .get(self.token_at(start)..)
            .unwrap_or_default()
            .iter()
            .take_while(|t| t.span.start < end)
            .filter(|t| t.kind == Kind::Break);
        let mut out = String::new();
        let mut from = start;
        for b in breaks {
            out.push_str(self.text.get(from..b.span.start).unwrap_or_default());
            from = b.span.end.min(end);
        }
        out.push_str(self.text.get(from..end).unwrap_or_default());
        Cow::Owned(out)
    }

    /// The spans of the breaks between `start` and `end`, in order.
    pub(crate) fn breaks(&self, start: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
        self.tokens
            .get(self.token_at(start)..)
            .unwrap_or_default()
            .iter()
            .take_while(move |t| t.span.start < end)
            .filter(|t| t.kind == Kind::Break)
            .map(|t| t.span)
    }

    /// The text from `start` on with the breaks left out, until it holds `reach` bytes,
    /// `breaks` breaks were passed or `end` is reached; and where each of its pieces
    /// starts, as (offset in the composed text, offset in the text).
    pub(crate) fn compose_ahead(
        &self,
        start: usize,
        end: usize,
        reach: usize,
        breaks: usize,
    ) -> (String, Vec<(usize, usize)>) {
        let mut out = String::new();
        let mut places = Vec::new();
        let mut from = start;
        let mut gaps = self.breaks(start, end);
        for _ in 0..=breaks {
            let gap = gaps.next();
            let upto = gap.map_or(end, |b| b.start.min(end)).max(from);
            let mut stop = upto.min(from + reach.saturating_sub(out.len()));
            while stop > from && !self.text.is_char_boundary(stop) {
                stop -= 1;
            }
            places.push((out.len(), from));
            out.push_str(self.text.get(from..stop).unwrap_or_default());
            match gap {
                Some(b) if out.len() < reach && stop == upto => from = b.end,
                _ => break,
            }
        }
        (out, places)
    }

    /// The text from `start` up to the next break (or `end`): what a label or a verb
    /// is read from.
    pub(crate) fn piece(&self, start: usize, end: usize) -> &'a str {
        let stop = self.all.next_break(start).map_or(end, |b| b.min(end));
        self.text.get(start..stop.max(start)).unwrap_or_default()
    }

    /// Where the last piece of `start..end` starts: after the last break inside it,
    /// or at `start`.
    pub(crate) fn all_breaks_before(&self, start: usize, end: usize) -> usize {
        let i = self.token_at(end);
        self.tokens
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|t| t.span.start >= start)
            .find(|t| t.kind == Kind::Break)
            .map_or(start, |t| t.span.end.min(end))
    }

    /// `start..end` without white space, breaks and the given punctuation at either
    /// end. A break is left out whole, whatever stands in it: between the pieces of a
    /// paragraph it holds page chrome, between the pieces of a table's cell the text
    /// of other cells.
    pub(crate) fn trim(
        &self,
        start: usize,
        end: usize,
        punct: fn(Class) -> bool,
    ) -> (usize, usize) {
        let blank = |c: char| {
            let k = class(c);
            k.is_space() || matches!(k, Class::LineBreak | Class::PageBreak) || punct(k)
        };
        let (mut a, mut b) = (start, end);
        // a region of one piece (a line) has no break to pass
        if !self.all.has_breaks() {
            let s = self.text.get(a..b).unwrap_or_default();
            let front = s.len() - s.trim_start_matches(blank).len();
            let back = s.trim_end_matches(blank).len();
            return if front >= back {
                (a + front, a + front)
            } else {
                (a + front, a + back)
            };
        }
        // each round passes one break or stops: at most as many rounds as tokens
        for _ in 0..=self.tokens.len() {
            let s = self.text.get(a..b).unwrap_or_default();
            let front = s.len() - s.trim_start_matches(blank).len();
            let back = s.trim_end_matches(blank).len();
            if front >= back {
                return (a + front, a + front);
            }
            (a, b) = (a + front, a + back);
            if let Some(t) = self.break_at(a, |t| t.span.start <= a && a < t.span.end) {
                a = t.span.end.min(b);
            } else if let Some(t) = self.break_at(b, |t| t.span.start < b && b <= t.span.end) {
                b = t.span.start.max(a);
            } else {
                break;
            }
        }
        // a break inside the trimmed range is skipped when the text is composed
        (a, b)
    }

    /// The break token near byte `at` (the one starting there or the one before) that
    /// passes `holds`.
    fn break_at(&self, at: usize, holds: impl Fn(&Token) -> bool) -> Option<&'a Token> {
        let i = self.token_at(at);
        [i.checked_sub(1), Some(i)]
            .into_iter()
            .flatten()
            .filter_map(|j| self.tokens.get(j))
            .find(|t| t.kind == Kind::Break && holds(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_across_a_break_are_composed() {
        let text = "省发展改革\n     —２—\n\u{0C}委、省科技厅";
        let mut t = Tokens::default();
        let b = text.find('委').unwrap();
        t.read_pieces(text, &[Span::new(0, 15), Span::new(b, text.len())]);
        let r = Region::new(text, Span::new(0, text.len()), &t);
        assert_eq!(r.compose(0, b + 3), "省发展改革委");
        assert_eq!(r.compose(b + 6, text.len()), "省科技厅");
        assert_eq!(r.piece(0, text.len()), "省发展改革");
    }

    #[test]
    fn text_ahead_across_breaks() {
        // a letter-spaced label wrapped over two lines, other text between them
        let text = "（ 牵 头 单   其他单元格\n位：省文";
        let mut t = Tokens::default();
        let at = |s: &str| text.find(s).unwrap();
        let pieces = [
            Span::new(0, 3),
            Span::new(at("牵"), at("牵") + 3),
            Span::new(at("头"), at("头") + 3),
            Span::new(at("单"), at("单") + 3),
            Span::new(at("位"), text.len()),
        ];
        t.read_pieces(text, &pieces);
        let r = Region::new(text, Span::new(0, text.len()), &t);
        let (joined, places) = r.compose_ahead(at("牵"), text.len(), 48, 8);
        assert_eq!(joined, "牵头单位：省文");
        assert_eq!(places.last(), Some(&(9, at("位"))));
        // bounded by bytes
        assert_eq!(r.compose_ahead(at("牵"), text.len(), 6, 8).0, "牵头");
    }

    #[test]
    fn a_break_is_trimmed_whole_whatever_stands_in_it() {
        // a table's cell: `市发展改革委、` and `市数据局` on two lines, the text of other
        // cells between them
        let text = "市发展改革委、\n1   导，力争千卡级    12 月   市数据局";
        let b = text.find("市数据局").unwrap();
        let mut t = Tokens::default();
        t.read_pieces(text, &[Span::new(0, 21), Span::new(b, text.len())]);
        let r = Region::new(text, Span::new(0, text.len()), &t);
        // the part after `、` starts after the break
        assert_eq!(r.trim(21, text.len(), |_| false), (b, text.len()));
        // and before it, it ends before the break
        assert_eq!(r.trim(0, b, |k| k == Class::ListSep), (0, 18));
    }
}
