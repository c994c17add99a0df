//! The line tokenizer: one pass over a line (or over the pieces of a paragraph that
//! wraps across lines and pages) that yields its punctuation as tokens with spans,
//! and pairs its brackets once.
//!
//! Chinese has no word tokens: the tokens are brackets, separators, breaks and
//! quotes, never words. Labels, role verbs and units are lexicon look-ups made at the
//! separator tokens. Every reader of a line — outline markers, duty blocks, table
//! cells, the target reader's clause bounds — reads these tokens; none scans the line
//! again for its own punctuation.

use mubiao_model::Span;

use super::class::{Bracket, Class, punctuation};

/// What a token is.
///
/// ```
/// use mubiao_grammar::text::{Kind, Tokens};
/// let mut t = Tokens::default();
/// t.read_line("(责任单位:市统计局)", 0);
/// let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
/// use mubiao_grammar::text::Bracket::Paren;
/// assert_eq!(kinds, [Kind::Open(Paren), Kind::Colon, Kind::Close(Paren)]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// An opening bracket or quotation mark.
    Open(Bracket),
    /// A closing bracket or quotation mark.
    Close(Bracket),
    /// `"` or `'`, paired in turn.
    StraightQuote,
    /// `:` `：`
    Colon,
    /// `、`
    ListSep,
    /// `,` `，`
    Comma,
    /// `;` `；`
    Semicolon,
    /// `。` `！` `？` `!` `?`
    SentenceEnd,
    /// `.` `．` `﹒`
    Dot,
    /// A run of dashes: `-` `—` `——` `－`.
    Dash,
    /// `~` `～`
    Tilde,
    /// `/` `／`
    Slash,
    /// `|` `｜`
    Bar,
    /// `*` `＊` `★` `※`
    LeadMark,
    /// A run of spaces (tabs, ideographic spaces and invisible marks included).
    Space,
    /// Where a paragraph goes on after a line break or a page break (the line end,
    /// the page chrome and the layout spaces between the two pieces are its span).
    Break,
}

impl Kind {
    /// Whether the token ends a clause: a sentence end, a comma or a semicolon.
    ///
    /// ```
    /// use mubiao_grammar::text::Kind;
    /// assert!(Kind::Semicolon.is_clause_break() && !Kind::ListSep.is_clause_break());
    /// ```
    #[must_use]
    pub const fn is_clause_break(self) -> bool {
        matches!(self, Self::SentenceEnd | Self::Comma | Self::Semicolon)
    }

    /// Whether the token is white space of any kind: spaces or a break.
    ///
    /// ```
    /// use mubiao_grammar::text::Kind;
    /// assert!(Kind::Break.is_blank() && !Kind::Comma.is_blank());
    /// ```
    #[must_use]
    pub const fn is_blank(self) -> bool {
        matches!(self, Self::Space | Self::Break)
    }
}

/// Marks a token with no partner.
const NONE: u32 = u32::MAX;

/// A token: its kind, its span in the text, and for a bracket the index of the one
/// that pairs with it.
///
/// ```
/// use mubiao_grammar::text::Tokens;
/// let mut t = Tokens::default();
/// t.read_line("各县(市、区)政府", 100);
/// let open = t.get(0).unwrap();
/// assert_eq!(open.span.start, 106);
/// assert_eq!(open.partner(), Some(2));
/// assert_eq!(t.get(1).unwrap().depth, 1);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// Where it stands in the text.
    pub span: Span,
    /// How many brackets enclose it (a bracket itself is not inside its own pair).
    pub depth: u16,
    /// The index of the bracket that pairs with this one.
    partner: u32,
}

impl Token {
    /// The index of the bracket that pairs with this one, if any.
    ///
    /// ```
    /// use mubiao_grammar::text::Tokens;
    /// let mut t = Tokens::default();
    /// t.read_line("(未闭合", 0);
    /// assert_eq!(t.get(0).unwrap().partner(), None);
    /// ```
    #[must_use]
    pub fn partner(&self) -> Option<usize> {
        (self.partner != NONE).then_some(self.partner as usize)
    }
}

/// How deep the search for an opening bracket goes when a closing one does not match
/// the innermost open bracket: a mismatch further away is a stray closing bracket.
/// Bounds the work per bracket on hostile input.
const MISMATCH_DEPTH: usize = 4;

/// The tokens of a line or a paragraph, with their brackets paired. Kept between
/// lines by its reader so its buffers are reused.
///
/// ```
/// use mubiao_grammar::text::{Kind, Tokens};
/// use mubiao_model::Span;
///
/// // a duty block cut by a line wrap: two pieces of one paragraph
/// let text = "企业。（责任单位：省经信\n厅、省科技厅）";
/// let mut t = Tokens::default();
/// t.read_pieces(text, &[Span::new(0, 36), Span::new(37, text.len())]);
/// let open = t.iter().position(|t| t.kind == Kind::Open(mubiao_grammar::text::Bracket::Paren)).unwrap();
/// let close = t.get(open).unwrap().partner().unwrap();
/// assert_eq!(t.get(close).unwrap().span.get(text), Some("）"));
/// assert!(t.iter().any(|t| t.kind == Kind::Break));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    tokens: Vec<Token>,
    /// Open brackets not yet closed while reading (indices into `tokens`).
    stack: Vec<u32>,
    /// The straight quote waiting for its partner.
    straight: Option<u32>,
    /// Where each break starts, in order: the pieces of a paragraph end there.
    breaks: Vec<usize>,
}

impl Tokens {
    /// Reads one line at `offset` in the text (its tokens' spans are `offset`-based).
    pub fn read_line(&mut self, line: &str, offset: usize) {
        self.clear();
        self.push_piece(line, offset);
    }

    /// Reads the pieces of a paragraph, each a span of `text`, in order: a
    /// [`Kind::Break`] stands between two pieces, and brackets pair across them.
    pub fn read_pieces(&mut self, text: &str, pieces: &[Span]) {
        self.clear();
        let mut last_end = None;
        for piece in pieces {
            if let Some(end) = last_end
                && piece.start > end
            {
                self.push(Kind::Break, Span::new(end, piece.start));
            }
            self.push_piece(text.get(piece.range()).unwrap_or_default(), piece.start);
            last_end = Some(piece.end);
        }
    }

    fn clear(&mut self) {
        self.tokens.clear();
        self.stack.clear();
        self.straight = None;
        self.breaks.clear();
    }

    /// Adds the tokens of `s`, which stands at `offset` in the text.
    fn push_piece(&mut self, s: &str, offset: usize) {
        for (at, c, class) in punctuation(s, 0) {
            let span = Span::new(offset + at, offset + at + c.len_utf8());
            let kind = match class {
                Class::Open(b) => Kind::Open(b),
                Class::Close(b) => Kind::Close(b),
                Class::StraightQuote => Kind::StraightQuote,
                Class::Colon => Kind::Colon,
                Class::ListSep => Kind::ListSep,
                Class::Comma => Kind::Comma,
                Class::Semicolon => Kind::Semicolon,
                Class::SentenceEnd => Kind::SentenceEnd,
                Class::Dot => Kind::Dot,
                Class::Dash => Kind::Dash,
                Class::Tilde => Kind::Tilde,
                Class::Slash => Kind::Slash,
                Class::Bar => Kind::Bar,
                Class::LeadMark => Kind::LeadMark,
                Class::Space | Class::PageBreak => Kind::Space,
                Class::LineBreak => Kind::Break,
                // digits and percent signs are the mention layer's
                _ => continue,
            };
            self.push(kind, span);
        }
    }

    /// Adds a token, merging runs of spaces, dashes and breaks into one and pairing
    /// brackets as they come.
    fn push(&mut self, kind: Kind, span: Span) {
        if matches!(kind, Kind::Space | Kind::Dash | Kind::Break)
            && let Some(last) = self.tokens.last_mut()
            && last.span.end == span.start
            && (last.kind == kind || (kind == Kind::Break && last.kind == Kind::Space))
        {
            if kind == Kind::Break && last.kind != Kind::Break {
                self.breaks.push(last.span.start);
            }
            last.span.end = span.end;
            last.kind = kind;
            return;
        }
        if kind == Kind::Break {
            self.breaks.push(span.start);
        }
        let index = u32::try_from(self.tokens.len()).unwrap_or(NONE);
        let depth = u16::try_from(self.stack.len()).unwrap_or(u16::MAX);
        let mut token = Token {
            kind,
            span,
            depth,
            partner: NONE,
        };
        match kind {
            Kind::Open(_) => self.stack.push(index),
            Kind::Close(b) => {
                if let Some(k) = self.opening(b)
                    && let Some(&o) = self.stack.get(k)
                {
                    self.stack.truncate(k);
                    token.depth = u16::try_from(k).unwrap_or(u16::MAX);
                    if let Some(t) = self.tokens.get_mut(o as usize) {
                        t.partner = index;
                        token.partner = o;
                    }
                }
            }
            Kind::StraightQuote => match self.straight.take() {
                Some(o) => {
                    if let Some(t) = self.tokens.get_mut(o as usize) {
                        t.partner = index;
                    }
                    token.partner = o;
                }
                None => self.straight = Some(index),
            },
            _ => {}
        }
        self.tokens.push(token);
    }

    /// Where on the stack the bracket that `b` closes is: the innermost one of its
    /// kind, at most [`MISMATCH_DEPTH`] from the top.
    fn opening(&self, b: Bracket) -> Option<usize> {
        let n = self.stack.len();
        (n.saturating_sub(MISMATCH_DEPTH)..n).rev().find(|&k| {
            self.stack
                .get(k)
                .and_then(|&i| self.tokens.get(i as usize))
                .is_some_and(|t| t.kind == Kind::Open(b))
        })
    }

    /// Where the first break at or after byte `at` starts, if any: where the piece
    /// that holds `at` ends.
    #[must_use]
    pub fn next_break(&self, at: usize) -> Option<usize> {
        let k = self.breaks.partition_point(|&b| b < at);
        self.breaks.get(k).copied()
    }

    /// Whether the tokens were read from more than one piece (a break stands between
    /// two of them).
    #[must_use]
    pub fn has_breaks(&self) -> bool {
        !self.breaks.is_empty()
    }

    /// The tokens, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Token> {
        self.tokens.iter()
    }

    /// The tokens as a slice.
    #[must_use]
    pub fn as_slice(&self) -> &[Token] {
        &self.tokens
    }

    /// The token at `index`.
    #[must_use]
    pub fn get(&self, index: usize) -> Option<&Token> {
        self.tokens.get(index)
    }

    /// How many tokens there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there is no token.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The opening brackets still open at the end, outermost first (indices).
    pub fn unclosed(&self) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.kind, Kind::Open(_)) && t.partner == NONE)
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Bracket::{Paren, Tortoise};

    fn kinds(line: &str) -> Vec<(Kind, &str, u16)> {
        let mut t = Tokens::default();
        t.read_line(line, 0);
        t.iter()
            .map(|t| (t.kind, t.span.get(line).unwrap_or("?"), t.depth))
            .collect()
    }

    #[test]
    fn a_duty_block_of_a_notice() {
        use Kind::*;
        assert_eq!(
            kinds("（责任单位：省经信厅、省发展改革委，各市、县〔市、区〕政府）"),
            [
                (Open(Paren), "（", 0),
                (Colon, "：", 1),
                (ListSep, "、", 1),
                (Comma, "，", 1),
                (ListSep, "、", 1),
                (Open(Tortoise), "〔", 1),
                (ListSep, "、", 2),
                (Close(Tortoise), "〕", 1),
                (Close(Paren), "）", 0),
            ]
        );
    }

    #[test]
    fn runs_of_spaces_and_dashes_are_one_token() {
        use Kind::*;
        assert_eq!(
            kinds("序号  \u{3000}工作任务——完成"),
            [(Space, "  \u{3000}", 0), (Dash, "——", 0)]
        );
    }

    #[test]
    fn brackets_pair_across_widths_and_mismatches() {
        let mut t = Tokens::default();
        // `(三）`: an ASCII opening and a full-width closing parenthesis pair
        t.read_line("(三）", 0);
        assert_eq!(t.get(0).unwrap().partner(), Some(1));
        // a stray closing bracket pairs with nothing
        t.read_line("A）B（C）", 0);
        assert_eq!(t.get(0).unwrap().partner(), None);
        assert_eq!(t.get(1).unwrap().partner(), Some(2));
        // a closing bracket of another kind passes over an unclosed one
        t.read_line("〔（A〕", 0);
        assert_eq!(t.get(0).unwrap().partner(), Some(2));
        assert_eq!(t.get(1).unwrap().partner(), None);
        assert_eq!(t.unclosed().collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn deep_nesting_and_long_runs_cost_one_pass() {
        let deep = "（".repeat(100_000) + &"）".repeat(100_000);
        let mut t = Tokens::default();
        t.read_line(&deep, 0);
        assert_eq!(t.len(), 200_000);
        assert_eq!(t.get(0).unwrap().partner(), Some(199_999));
        assert_eq!(t.unclosed().count(), 0);
        // closing brackets that never match search a bounded depth
        let hostile = "（".repeat(50_000) + &"〕".repeat(50_000);
        t.read_line(&hostile, 0);
        assert_eq!(t.unclosed().count(), 50_000);
    }

    #[test]
    fn pieces_join_with_a_break() {
        let text = "（牵头\n   \u{0C}单位：省数据局）";
        let a = Span::new(0, 9);
        let b = Span::new(14, text.len());
        assert_eq!(b.get(text), Some("单位：省数据局）"));
        let mut t = Tokens::default();
        t.read_pieces(text, &[a, b]);
        let got: Vec<(Kind, Span)> = t.iter().map(|t| (t.kind, t.span)).collect();
        assert_eq!(
            got,
            [
                (Kind::Open(Paren), Span::new(0, 3)),
                (Kind::Break, Span::new(9, 14)),
                (Kind::Colon, Span::new(20, 23)),
                (Kind::Close(Paren), Span::new(35, 38)),
            ]
        );
        assert_eq!(t.get(0).unwrap().partner(), Some(3));
    }
}
