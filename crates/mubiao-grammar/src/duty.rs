//! Duty blocks: who leads a task and who shares it.
//!
//! Every style real notices use:
//! - a trailing block in parentheses, ASCII or full-width: `(责任单位:市发改委、财政局)`,
//!   with nested parentheses inside names (`各县(市、区)政府`, `各县(市)区人民政府`);
//! - lines of their own: `牵头单位:市发改委` / `责任单位:…` / `配合单位:…` / `协办单位:…`,
//!   also `【牵头单位】…`;
//! - a lead marked `*` (`市社管办*`) or `(牵头)`;
//! - labels with `为` for a colon (`牵头单位为市发改委`), and `【label】` run together
//!   with the names before them;
//! - verbs: `(市发改委牵头,市财政局、市统计局配合)`, `由市民政局负责`,
//!   `(X、Y按职责分工负责)`, and a last sentence of verbs with no brackets
//!   (`…。由县商务局负责,各乡镇配合。`);
//! - a reference instead of units: `另见《…》(…号)`, kept as a [`Reference`].
//!
//! Unit lists split at `、` `,` `;` spaces and at `及`/`和`/`与` only where both sides
//! are names of units, so `市人力资源和社会保障局` stays whole.

use std::sync::LazyLock;

use memchr::memmem;
use mubiao_model::{Code, Diagnostic, Duty, Org, Reference, Role, Severity, Span};

use crate::punct::{is_close_paren, is_colon, is_comma, is_open_paren, is_semicolon, is_space};
use crate::reference::reference;

/// What a label introduces.
///
/// ```
/// use mubiao_grammar::duty::{label, Label};
/// use mubiao_model::Role;
/// assert_eq!(label("牵头考核单位:市目标办"), Some((Label::Role(Role::Lead), 18)));
/// assert_eq!(label("完成时限:6月底前"), Some((Label::Deadline, 12)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// Units with a role: `牵头单位`, `责任单位`, `配合单位`, `协办单位`, …
    Role(Role),
    /// People, not units: `责任领导`, `责任人`, `联系人`.
    Person,
    /// A date: `完成时限`, `完成时间`, `时间节点`.
    Deadline,
}

/// Labels, longest first where one is a prefix or a suffix of another (a test checks).
const LABELS: &[(&str, Label)] = &[
    // labels that start or end like a shorter one come first
    ("牵头考核单位", Label::Role(Role::Lead)),
    ("牵头责任单位", Label::Role(Role::Lead)),
    ("主要责任单位", Label::Role(Role::Lead)),
    ("具体责任单位", Label::Role(Role::Responsible)),
    // then the common ones
    ("责任单位", Label::Role(Role::Responsible)),
    ("牵头单位", Label::Role(Role::Lead)),
    ("配合单位", Label::Role(Role::Cooperating)),
    ("协办单位", Label::Role(Role::Cooperating)),
    ("牵头部门", Label::Role(Role::Lead)),
    ("责任部门", Label::Role(Role::Responsible)),
    ("责任主体", Label::Role(Role::Responsible)),
    ("责任处室", Label::Role(Role::Responsible)),
    ("牵头处室", Label::Role(Role::Lead)),
    ("配合处室", Label::Role(Role::Cooperating)),
    ("配合部门", Label::Role(Role::Cooperating)),
    ("主办单位", Label::Role(Role::Lead)),
    ("主责单位", Label::Role(Role::Lead)),
    ("主责部门", Label::Role(Role::Lead)),
    ("承办单位", Label::Role(Role::Responsible)),
    ("实施单位", Label::Role(Role::Responsible)),
    ("落实单位", Label::Role(Role::Responsible)),
    ("协助单位", Label::Role(Role::Cooperating)),
    ("协同单位", Label::Role(Role::Cooperating)),
    ("协作单位", Label::Role(Role::Cooperating)),
    ("参与单位", Label::Role(Role::Cooperating)),
    ("参加单位", Label::Role(Role::Cooperating)),
    ("责任领导", Label::Person),
    ("分管领导", Label::Person),
    ("牵头领导", Label::Person),
    ("联系领导", Label::Person),
    ("责任人", Label::Person),
    ("联系人", Label::Person),
    ("完成时限", Label::Deadline),
    ("完成时间", Label::Deadline),
    ("办结时限", Label::Deadline),
    ("时间节点", Label::Deadline),
    ("时限要求", Label::Deadline),
];

/// The first characters of [`LABELS`] (a test keeps the two in step).
const fn is_label_start(c: char) -> bool {
    matches!(
        c,
        '牵' | '主'
            | '责'
            | '承'
            | '实'
            | '落'
            | '具'
            | '配'
            | '协'
            | '参'
            | '分'
            | '联'
            | '完'
            | '办'
            | '时'
    )
}

/// Reads a label at the start of `input` (without its colon) and returns what it
/// introduces and its length in bytes.
///
/// ```
/// use mubiao_grammar::duty::{label, Label};
/// use mubiao_model::Role;
/// assert_eq!(label("协办单位：市财政局"), Some((Label::Role(Role::Cooperating), 12)));
/// assert_eq!(label("责任单位"), Some((Label::Role(Role::Responsible), 12)));
/// assert_eq!(label("责任意识"), None);
/// ```
#[must_use]
pub fn label(input: &str) -> Option<(Label, usize)> {
    // every label starts with one of these pairs; most positions are rejected here
    let mut chars = input.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return None;
    };
    if !is_label_start(a) || !is_label_second(a, b) {
        return None;
    }
    // the first two characters (six bytes) as one array: a compare of fixed length
    // rejects the labels that start otherwise before any comparison of the whole label
    let head = input.as_bytes().first_chunk::<6>()?;
    LABELS
        .iter()
        .find(|(l, _)| l.as_bytes().first_chunk::<6>() == Some(head) && input.starts_with(*l))
        .map(|&(l, kind)| (kind, l.len()))
}

/// A label and the separator after it: `牵头单位:`, `责任单位：`, `【牵头单位】`.
/// Returns the label and the bytes up to the content. `at_line_start` also accepts a
/// label followed only by spaces (`牵头单位 市发改委`).
fn labelled(input: &str, at_line_start: bool) -> Option<(Label, usize)> {
    let (bracket, body) = match input.strip_prefix('【').or_else(|| input.strip_prefix('[')) {
        Some(b) => (input.len() - b.len(), b),
        None => (0, input),
    };
    let (kind, len) = label(body)?;
    let after = body.get(len..)?;
    let spaced = after.trim_start_matches(is_space);
    let spaces = after.len() - spaced.len();
    let mut used = bracket + len + spaces;
    let next = spaced.chars().next();
    match next {
        Some(c) if is_colon(c) || (bracket > 0 && matches!(c, '】' | ']')) => {
            used += c.len_utf8();
        }
        // `牵头单位为市发改委`
        Some('为') if bracket == 0 && spaces == 0 && matches!(kind, Label::Role(_)) => {
            used += '为'.len_utf8();
        }
        _ if bracket > 0 => return None,
        // at the start of a line, spaces alone may separate label and content
        _ if at_line_start && (spaces > 0 || next.is_none()) => {}
        _ => return None,
    }
    let rest = input.get(used..)?;
    used += rest.len() - rest.trim_start_matches(is_space).len();
    Some((kind, used))
}

/// A duty block found in a line: its span (parentheses included) and what it names.
///
/// ```
/// use mubiao_grammar::duty::blocks_in_line;
///
/// let line = "城镇新增就业2万人。(责任单位:市人社局)";
/// let mut diags = Vec::new();
/// let blocks = blocks_in_line(line, 0, &mut diags);
/// assert_eq!(blocks.len(), 1);
/// assert_eq!(blocks[0].span.get(line), Some("(责任单位:市人社局)"));
/// assert_eq!(blocks[0].duties[0].unit.name, "市人社局");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DutyBlock {
    /// The whole block.
    pub span: Span,
    /// The units and their roles, in order.
    pub duties: Vec<Duty>,
    /// References named instead of (or beside) units.
    pub references: Vec<Reference>,
    /// Spans of the text after a deadline label (`完成时限:6月底前` → `6月底前`).
    pub deadlines: Vec<Span>,
}

/// Finds the duty blocks of one line. `offset` is where the line starts in the whole
/// text; spans are in the whole text. Problems go to `diagnostics`.
///
/// A block is a parenthesised group that starts with a label or consists of
/// `X牵头`/`Y配合`/`Z负责` clauses, or a label with a colon at the start of the line or
/// after a clause break, which runs to the end of the line.
///
/// ```
/// use mubiao_grammar::duty::blocks_in_line;
/// use mubiao_model::Role;
///
/// let line = "牵头单位:市工业和信息化局";
/// let b = blocks_in_line(line, 0, &mut Vec::new());
/// assert_eq!(b[0].duties[0].unit.name, "市工业和信息化局");
/// assert_eq!(b[0].duties[0].role, Role::Lead);
/// ```
#[must_use]
pub fn blocks_in_line(
    line: &str,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<DutyBlock> {
    blocks_in_line_with(line, offset, diagnostics, &mut Scratch::default())
}

/// The longest parenthesised duty block looked at, in bytes: forty units with long
/// names fit in a quarter of it.
const MAX_BLOCK: usize = 4096;

/// Buffers kept between lines, so that finding blocks line after line does not
/// allocate its bracket tables each time.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    brackets: Brackets,
    /// The duties of the block being read.
    duties: Vec<Duty>,
}

/// [`blocks_in_line`] with buffers the caller keeps.
pub(crate) fn blocks_in_line_with(
    line: &str,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
    scratch: &mut Scratch,
) -> Vec<DutyBlock> {
    let mut blocks = Vec::new();
    if !may_hold_block(line) {
        if let Some(block) = trailing_verb_sentence(line, offset, diagnostics, &mut scratch.duties)
        {
            blocks.push(block);
        }
        return blocks;
    }
    let Scratch { brackets, duties } = scratch;
    brackets.read(line, false);
    // labels start with an ideograph: a bracket left open before an ASCII letter,
    // digit or bracket opens no block
    brackets.unclosed.retain(|&open| {
        line.as_bytes()
            .get(open + bracket_len(line, open))
            .is_some_and(|c| !c.is_ascii_graphic())
    });
    let Brackets { groups, unclosed } = &*brackets;
    // the block of the line's bytes `start..end`, which spans `span` of the text
    let mut read = |start: usize,
                    end: usize,
                    span: Span,
                    head: Option<(Label, usize)>,
                    diagnostics: &mut Vec<Diagnostic>| {
        let content = line.get(start..end).unwrap_or_default();
        parse_block(content, offset + start, span, head, diagnostics, duties)
    };
    // the first label outside every group: a block from there to the end of the line
    let label_at = first_label(line, groups).map(|(start, _, _)| start);
    let before_label = |open: usize| label_at.is_none_or(|l| open < l);
    // the top-level groups and the brackets left open, in the order they open
    let (mut g, mut u) = (0, 0);
    loop {
        let group = groups.get(g).copied();
        let unclosed_open = unclosed.get(u).copied();
        if let Some((open, close)) = group
            && unclosed_open.is_none_or(|uo| open < uo)
        {
            g += 1;
            if !before_label(open) {
                break;
            }
            let inner_start = open + bracket_len(line, open);
            let after = close + bracket_len(line, close);
            let inner = line.get(inner_start..close).unwrap_or_default();
            let at_end = line
                .get(after..)
                .is_some_and(|a| a.chars().all(|a| is_space(a) || is_trailing_punct(a)));
            // a group longer than any list of units is text, not a duty block
            if inner.len() <= MAX_BLOCK {
                let body = inner.trim_start_matches(is_space);
                let head = labelled(body, false);
                if looks_like_duty(body, head, at_end) {
                    let span = Span::new(offset + open, offset + after);
                    blocks.push(read(inner_start, close, span, head, diagnostics));
                }
            }
            continue;
        }
        u += 1;
        let Some(open) = unclosed_open else { break };
        if !before_label(open) {
            break;
        }
        // an unclosed group is a duty block only if it opens with a label
        let inner_start = open + bracket_len(line, open);
        let inner = line.get(inner_start..).unwrap_or_default();
        let body = inner.trim_start_matches(is_space);
        let head = body
            .starts_with(is_label_start)
            .then(|| labelled(body, false))
            .flatten();
        if head.is_some_and(|(k, _)| matches!(k, Label::Role(_))) {
            let span = Span::new(offset + open, offset + line.len());
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                Code::UnclosedParen,
                "`(` of a duty block is not closed before the line ends",
                span,
            ));
            blocks.push(read(inner_start, line.len(), span, head, diagnostics));
            return blocks;
        }
    }
    if let Some(start) = label_at {
        let span = Span::new(offset + start, offset + line.len());
        blocks.push(read(start, line.len(), span, None, diagnostics));
    } else if blocks.is_empty()
        && let Some(block) = trailing_verb_sentence(line, offset, diagnostics, duties)
    {
        blocks.push(block);
    }
    blocks
}

/// The last sentence of a line when it assigns the task with verbs and nothing else,
/// without brackets: `…增长8%。由县商务局负责,各乡镇配合。`. Every clause must be
/// `units + verb` and every unit read as a unit of government, for a sentence that
/// stands in the text (`由政府负责兜底` is not one).
fn trailing_verb_sentence(
    line: &str,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
    duties: &mut Vec<Duty>,
) -> Option<DutyBlock> {
    let body = line.trim_end_matches(|c: char| is_space(c) || is_trailing_punct(c));
    // cheap rejection first: the line ends in a duty verb
    if !VERBS.iter().any(|(v, _)| body.ends_with(v)) {
        return None;
    }
    // the sentence starts after the last sentence end before it; a line that is one
    // sentence is the task itself
    let at = body.rfind(['。', '；', ';', '!', '！'])?;
    let start = at + body.get(at..)?.chars().next()?.len_utf8();
    let sentence = body.get(start..)?;
    let lead = sentence.len() - sentence.trim_start_matches(is_space).len();
    let sentence_start = start + lead;
    let sentence = sentence.get(lead..)?;
    let mut clauses = split_top(sentence, |c| is_comma(c) || is_semicolon(c))
        .map(|(c, _)| c.trim_matches(is_space))
        .filter(|c| !c.is_empty())
        .peekable();
    clauses.peek()?;
    let all_formal = clauses
        .all(|c| verb_clause(c).is_some_and(|(subject, _)| all_units(subject, is_formal_unit)));
    if !all_formal {
        return None;
    }
    let end = line.len();
    let span = Span::new(offset + sentence_start, offset + end);
    let content = line.get(sentence_start..end)?;
    Some(parse_block(
        content,
        offset + sentence_start,
        span,
        None,
        diagnostics,
        duties,
    ))
}

/// Searchers for `（` `：` `【`, built once: a search for the character alone would stop
/// at every byte its last byte shares with the ideographs around it.
static WIDE: LazyLock<[memmem::Finder<'static>; 3]> =
    LazyLock::new(|| ["（", "：", "【"].map(|w| memmem::Finder::new(w.as_bytes()).into_owned()));

/// Whether a line can hold a duty block at all: it has a parenthesis, a colon or a
/// bracket, or starts with a label. Byte searches only, so the many lines of plain
/// text are passed over at memory speed.
fn may_hold_block(line: &str) -> bool {
    let b = line.as_bytes();
    if memchr::memchr3(b'(', b':', b'[', b).is_some() {
        return true;
    }
    let wide = WIDE.iter().any(|f| f.find(b).is_some());
    wide || label(line.trim_start_matches(is_space)).is_some() || has_label_wei(line)
}

/// The bracketed groups of `s` — parentheses, and `《》` too when `titles` — that no
/// other closed group holds, as (open, close) in order; and the brackets still open
/// when `s` ends, in order. A closing bracket closes the last one opened, so no bracket
/// left open is inside a closed group.
///
/// One pass over the bytes that can be brackets: the open brackets are a stack, and a
/// group that closes takes the groups inside it off the list of groups, so a line of a
/// million brackets costs a few instructions a byte and no table of every pair.
#[derive(Debug, Default)]
struct Brackets {
    groups: Vec<(usize, usize)>,
    unclosed: Vec<usize>,
}

impl Brackets {
    fn of(s: &str, titles: bool) -> Self {
        let mut b = Self::default();
        b.read(s, titles);
        b
    }

    /// Reads `s` into the buffers (cleared first).
    fn read(&mut self, s: &str, titles: bool) {
        self.groups.clear();
        self.unclosed.clear();
        let b = s.as_bytes();
        let brackets = Hits3::new(b, [b'(', b')', 0xEF]);
        if titles {
            // 《》 are E3 80 8A/8B
            self.pair(b, merged(brackets, memchr::memchr_iter(0xE3, b)));
        } else {
            self.pair(b, brackets);
        }
    }

    /// Pairs the brackets among the candidate offsets `hits` (ascending).
    fn pair(&mut self, b: &[u8], hits: impl Iterator<Item = usize>) {
        for i in hits {
            let open = match b.get(i) {
                Some(b'(') => true,
                Some(b')') => false,
                Some(&lead) => match (lead, b.get(i + 1), b.get(i + 2)) {
                    (0xEF, Some(0xBC), Some(0x88)) | (0xE3, Some(0x80), Some(0x8A)) => true,
                    (0xEF, Some(0xBC), Some(0x89)) | (0xE3, Some(0x80), Some(0x8B)) => false,
                    _ => continue,
                },
                None => break,
            };
            if open {
                self.unclosed.push(i);
            } else if let Some(open) = self.unclosed.pop() {
                while self.groups.last().is_some_and(|&(o, _)| o > open) {
                    self.groups.pop();
                }
                self.groups.push((open, i));
            }
        }
    }
}

/// The length of the bracket at `at`: `(` is one byte, `（` three.
fn bracket_len(s: &str, at: usize) -> usize {
    if matches!(s.as_bytes().get(at), Some(b'(' | b')')) {
        1
    } else {
        3
    }
}

/// Whether `pos` lies strictly inside one of the (sorted, disjoint) groups.
fn inside(groups: &[(usize, usize)], pos: usize) -> bool {
    let k = groups.partition_point(|&(o, _)| o < pos);
    k.checked_sub(1)
        .and_then(|k| groups.get(k))
        .is_some_and(|&(o, c)| o < pos && pos <= c)
}

/// The separators a label can be followed by — `:` `：` `】` `]`, and `为` right after
/// the last character of a label (`牵头单位为市发改委`) — as byte offsets, in order.
///
/// One pass over the characters of a block, stepping by the length each lead byte
/// gives: blocks are short, and setting up a search for each kind of separator
/// costs more than looking at forty characters. Lines are searched instead
/// ([`line_separators`]).
fn separators(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while let Some(&lead) = b.get(pos) {
            let at = pos;
            pos += utf8_len(lead);
            if is_separator_at(b, at) && (lead != 0xE4 || label_ends_at(s, at)) {
                return Some(at);
            }
        }
        None
    })
}

/// The length up to which a line is scanned for separators like a block, in bytes
/// (fifty characters).
const SHORT_LINE: usize = 150;

/// [`separators`] of a whole line, by byte searches, so that its plain text passes
/// at memory speed: `:` `]` and the lead byte of `：`, `】` where a `【` is in `s`,
/// `为` after a label; each hit checked on its bytes.
fn line_separators(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    let [_, _, lenticular] = &*WIDE;
    let closers = lenticular
        .find(b)
        .is_some()
        .then(|| s.match_indices('】').map(|(i, _)| i))
        .into_iter()
        .flatten();
    merged(
        merged(Hits3::new(b, [b':', b']', 0xEF]), closers),
        label_wei(s),
    )
    .filter(move |&i| is_separator_at(b, i))
}

/// Whether the bytes at `at` are a separator: `:` `]` `：` (EF BC 9A) `】` (E3 80 91)
/// or `为` (E4 B8 BA, a separator only after a label, which the callers check).
fn is_separator_at(b: &[u8], at: usize) -> bool {
    matches!(
        (b.get(at), b.get(at + 1), b.get(at + 2)),
        (Some(b':' | b']'), _, _)
            | (Some(0xEF), Some(0xBC), Some(0x9A))
            | (Some(0xE3), Some(0x80), Some(0x91))
            | (Some(0xE4), Some(0xB8), Some(0xBA))
    )
}

/// Whether the character before byte `at` of `s` is the last one of a label.
fn label_ends_at(s: &str, at: usize) -> bool {
    s.get(..at)
        .and_then(|p| p.chars().next_back())
        .is_some_and(is_label_end)
}

/// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation
/// byte, which valid text never puts where a character starts).
const fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Whether `s` may hold a label with `为` for its colon (`牵头单位为`, `责任部门为`).
fn has_label_wei(s: &str) -> bool {
    label_wei(s).next().is_some()
}

/// The offsets of the `为` in `s` that follow the last character of a label, in order:
/// one search for the character, a look at the one before each hit.
fn label_wei(s: &str) -> impl Iterator<Item = usize> + '_ {
    static WEI: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new("为".as_bytes()).into_owned());
    WEI.find_iter(s.as_bytes())
        .filter(move |&i| label_ends_at(s, i))
}

/// The offsets of three bytes in a haystack, ascending. It searches with `memchr`
/// while hits are sparse and looks at the bytes one by one for a stretch after each
/// hit, so a run of dense hits (hostile input: a million parentheses) costs a few
/// instructions a byte instead of a search per hit.
struct Hits3<'a> {
    b: &'a [u8],
    needles: [u8; 3],
    pos: usize,
    /// Bytes looked at one by one since the last hit; searching resumes at 16.
    quiet: u8,
}

impl<'a> Hits3<'a> {
    const fn new(b: &'a [u8], needles: [u8; 3]) -> Self {
        Self {
            b,
            needles,
            pos: 0,
            quiet: 16,
        }
    }
}

impl Iterator for Hits3<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let [x, y, z] = self.needles;
        while self.quiet < 16 {
            let p = self.pos;
            let byte = *self.b.get(p)?;
            self.pos += 1;
            if byte == x || byte == y || byte == z {
                self.quiet = 0;
                return Some(p);
            }
            self.quiet += 1;
        }
        let k = memchr::memchr3(x, y, z, self.b.get(self.pos..)?)?;
        let p = self.pos + k;
        self.pos = p + 1;
        self.quiet = 0;
        Some(p)
    }
}

/// Two ascending sequences of offsets as one.
fn merged(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let mut a = a.peekable();
    let mut b = b.peekable();
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if x <= y => a.next(),
        (Some(_), Some(_)) | (None, Some(_)) => b.next(),
        (Some(_), None) => a.next(),
        (None, None) => None,
    })
}

/// The second character of the labels that start with `a` (a test keeps this in step
/// with [`LABELS`]).
const fn is_label_second(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('牵', '头')
            | ('主', '要' | '办' | '责')
            | ('责', '任')
            | ('承', '办')
            | ('实', '施')
            | ('落', '实')
            | ('具', '体')
            | ('配', '合')
            | ('协', '办' | '助' | '同' | '作')
            | ('参', '与' | '加')
            | ('分', '管')
            | ('联', '系')
            | ('完', '成')
            | ('办', '结')
            | ('时', '间' | '限')
    )
}

/// The last characters of [`LABELS`] (a test keeps the two in step).
const fn is_label_end(c: char) -> bool {
    matches!(
        c,
        '位' | '门' | '体' | '室' | '导' | '人' | '限' | '间' | '点' | '求'
    )
}

/// The first label of `s` outside `groups`: one that ends where a separator follows
/// (spaces between allowed) and starts at the start of `s` or after a space or a
/// clause break; or a label at the start of `s` followed by spaces alone. Returns the
/// block's start (a bracket before the label included), where its content starts, and
/// what the label introduces.
fn first_label(s: &str, groups: &[(usize, usize)]) -> Option<(usize, usize, Label)> {
    let lead = s.len() - s.trim_start_matches(is_space).len();
    if let Some((kind, used)) = s.get(lead..).and_then(|r| labelled(r, true)) {
        return Some((lead, lead + used, kind));
    }
    let found = |sep| label_before(s, sep, groups);
    // a short line is scanned like a block
    if s.len() <= SHORT_LINE {
        separators(s).find_map(found)
    } else {
        line_separators(s).find_map(found)
    }
}

/// The label that ends just before the separator at `sep`, if it starts at a boundary.
fn label_before(s: &str, sep: usize, groups: &[(usize, usize)]) -> Option<(usize, usize, Label)> {
    if inside(groups, sep) {
        return None;
    }
    let sep_char = s.get(sep..)?.chars().next()?;
    let before = s.get(..sep)?.trim_end_matches(is_space);
    if !before.chars().next_back().is_some_and(is_label_end) {
        return None;
    }
    let &(l, kind) = LABELS.iter().find(|(l, _)| before.ends_with(l))?;
    let mut start = before.len() - l.len();
    let prev = s.get(..start)?.chars().next_back();
    let bracketed = matches!(sep_char, '】' | ']');
    if bracketed {
        let bracket = if sep_char == '】' { '【' } else { '[' };
        if prev != Some(bracket) {
            return None;
        }
        start -= bracket.len_utf8();
    } else if !(is_colon(sep_char) || (sep_char == '为' && before.len() == sep)) {
        return None;
    }
    // a label starts a clause; one in 【】 is set off by its brackets already
    let prev = s.get(..start)?.chars().next_back();
    if !bracketed && !prev.is_none_or(|p| is_space(p) || is_break(p)) {
        return None;
    }
    let after = s.get(sep + sep_char.len_utf8()..)?;
    let content =
        sep + sep_char.len_utf8() + (after.len() - after.trim_start_matches(is_space).len());
    Some((start, content, kind))
}

/// Sentence and clause ends after which a label may start a block.
fn is_break(c: char) -> bool {
    crate::punct::is_clause_break(c) || matches!(c, '、' | ')' | '）' | '】' | ']' | '.' | '．')
}

fn is_trailing_punct(c: char) -> bool {
    crate::punct::is_clause_break(c) || matches!(c, '.' | '．' | '、')
}

/// Whether the inside of a parenthesised group is a duty block: it starts with a
/// label, or is made of `X牵头`/`Y配合` clauses, or — at the end of a line only — is a
/// bare list of names that all read as units of government.
///
/// `body` starts past the group's spaces; `head` is its label with a separator
/// ([`labelled`]), read by the caller, who hands it on to [`parse_block`].
fn looks_like_duty(body: &str, head: Option<(Label, usize)>, at_end: bool) -> bool {
    if let Some((kind, _)) = head {
        // `(牵头领导:张三;牵头单位:市卫健委)`: a label of people may come first
        return matches!(kind, Label::Role(_))
            || separators(body).any(|sep| {
                label_before(body, sep, &[]).is_some_and(|(_, _, k)| matches!(k, Label::Role(_)))
            });
    }
    if label(body).is_some_and(|(k, _)| matches!(k, Label::Role(_))) {
        // `(责任单位 市统计局)`: a label and a space
        return true;
    }
    // cheap rejections before any splitting: verb clauses end in a verb, bare lists
    // (at the end of a line) in the ending of a unit's name
    let tail = body.trim_end_matches(|c: char| is_space(c) || is_trailing_punct(c));
    let verbal_end = VERBS.iter().any(|(v, _)| tail.ends_with(v));
    let unit_end = at_end
        && tail
            .chars()
            .next_back()
            .is_some_and(|c| UNIT_ENDINGS.contains(&c));
    if !verbal_end && !unit_end {
        return false;
    }
    let clauses = || {
        split_top(body, |c| is_comma(c) || is_semicolon(c) || c == '。')
            .map(|(s, _)| s.trim_matches(is_space))
            .filter(|s| !s.is_empty())
    };
    if clauses().next().is_none() {
        return false;
    }
    if clauses().all(|c| verb_clause(c).is_some()) {
        return true;
    }
    at_end && all_units(body, is_formal_unit)
}

/// Whether every item of the unit list `list` passes `test` (spaces and lead marks
/// around an item left out).
fn all_units(list: &str, test: fn(&str) -> bool) -> bool {
    let mut all = true;
    split_units(list, |u, _| {
        all &= test(u.trim_matches(|c| is_space(c) || is_lead_mark(c)));
    });
    all
}

/// Duty verbs at the end of a clause, longest first, and the role they give.
const VERBS: &[(&str, Role)] = &[
    ("牵头负责", Role::Lead),
    ("负责牵头", Role::Lead),
    ("牵头", Role::Lead),
    ("负责", Role::Responsible),
    ("落实", Role::Responsible),
    ("配合", Role::Cooperating),
    ("协办", Role::Cooperating),
    ("协助", Role::Cooperating),
    ("参与", Role::Cooperating),
];

/// `市发改委牵头` → (`市发改委`, Lead) when what precedes the verb is a list of units.
fn verb_clause(clause: &str) -> Option<(&str, Role)> {
    let (subject, role) = VERBS
        .iter()
        .find_map(|(v, r)| clause.strip_suffix(v).map(|s| (s, *r)))?;
    let subject = subject.strip_prefix('由').unwrap_or(subject);
    // how they share it: 按职责分工负责, 分别负责, 共同落实
    let subject = [
        "按照职责分工",
        "按职责分工",
        "根据职责分工",
        "按照职责",
        "按职责",
        "分别",
        "共同",
    ]
    .iter()
    .find_map(|a| subject.strip_suffix(a))
    .unwrap_or(subject);
    all_units(subject, looks_like_unit).then_some((subject, role))
}

/// Parses the inside of a block: segments by label, then unit lists. `head` is the
/// label at the start of `content` (past its spaces) when the caller has read it
/// already; `None` has it read here.
///
/// The duties are gathered in `buffer` and leave in a vector of their own length, so
/// a block (and the task that takes it) holds no spare capacity and never grows one.
fn parse_block(
    content: &str,
    offset: usize,
    span: Span,
    head: Option<(Label, usize)>,
    diagnostics: &mut Vec<Diagnostic>,
    buffer: &mut Vec<Duty>,
) -> DutyBlock {
    buffer.clear();
    let mut block = DutyBlock {
        span,
        duties: std::mem::take(buffer),
        ..DutyBlock::default()
    };
    // the label at the head, then each later label (outside nested brackets and titles)
    // closes the segment before it; segments are read as they close
    let lead = content.len() - content.trim_start_matches(is_space).len();
    let head = head.or_else(|| content.get(lead..).and_then(|r| labelled(r, true)));
    let mut current = match head {
        Some((kind, used)) => (kind, lead + used, lead),
        None => (Label::Role(Role::Responsible), 0, 0),
    };
    let mut groups: Option<Brackets> = None;
    let head_end = current.1;
    // separators within the head belong to it: the search starts after it
    let after_head = content.get(head_end..).unwrap_or_default();
    for sep in separators(after_head).map(|p| p + head_end) {
        let groups = &groups
            .get_or_insert_with(|| Brackets::of(content, true))
            .groups;
        if let Some((start, body, kind)) = label_before(content, sep, groups)
            && start >= current.1
        {
            segment(content, offset, current, start, &mut block, diagnostics);
            current = (kind, body, start);
        }
    }
    segment(
        content,
        offset,
        current,
        content.len(),
        &mut block,
        diagnostics,
    );
    let duties = block.duties.drain(..).collect();
    *buffer = std::mem::replace(&mut block.duties, duties);
    block
}

/// Reads one labelled segment of a block, from its content start to `end`.
fn segment(
    content: &str,
    offset: usize,
    (kind, start, label_start): (Label, usize, usize),
    end: usize,
    block: &mut DutyBlock,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let text = content.get(start..end.max(start)).unwrap_or_default();
    let seg_offset = offset + start;
    match kind {
        Label::Role(role) => {
            let before = block.duties.len() + block.references.len();
            unit_list(text, seg_offset, role, block, diagnostics);
            if block.duties.len() + block.references.len() == before {
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    Code::EmptyDuty,
                    "the duty block names no unit",
                    Span::new(offset + label_start, offset + end),
                ));
            }
        }
        Label::Deadline => {
            let (t, front) = trim_item(text);
            if !t.is_empty() {
                block
                    .deadlines
                    .push(Span::new(seg_offset + front, seg_offset + front + t.len()));
            }
        }
        Label::Person => {}
    }
}

/// Splits `s` at top-level characters matching `sep` (outside `()`, `（）`, `《》`,
/// `〔〕`), yielding each part with its byte offset. Lazy: nothing is collected.
fn split_top<F: Fn(char) -> bool>(s: &str, sep: F) -> TopSplit<'_, F> {
    TopSplit {
        s,
        sep,
        start: 0,
        done: false,
    }
}

/// The iterator of [`split_top`].
struct TopSplit<'a, F> {
    s: &'a str,
    sep: F,
    start: usize,
    done: bool,
}

impl<'a, F: Fn(char) -> bool> Iterator for TopSplit<'a, F> {
    type Item = (&'a str, usize);
    fn next(&mut self) -> Option<(&'a str, usize)> {
        if self.done {
            return None;
        }
        let rest = self.s.get(self.start..).unwrap_or_default();
        let mut depth = 0usize;
        for (i, c) in rest.char_indices() {
            if is_open_bracket(c) {
                depth += 1;
            } else if is_close_bracket(c) && depth > 0 {
                depth -= 1;
            } else if depth == 0 && (self.sep)(c) {
                let at = self.start;
                self.start = at + i + c.len_utf8();
                return Some((rest.get(..i).unwrap_or_default(), at));
            }
        }
        self.done = true;
        Some((rest, self.start))
    }
}

/// Calls `each` with every item of a unit list, split at `、` `,` `;` `/` and spaces,
/// then at `及`/`以及`/`和`/`与` where both sides read as units.
///
/// One pass over the characters finds the top-level parts and notes whether a part
/// holds a conjunction outside parentheses; only such parts are looked at again.
fn split_units<'a>(s: &'a str, mut each: impl FnMut(&'a str, usize)) {
    let mut start = 0;
    // brackets of every kind (for the separators), parentheses alone (for conjunctions)
    let (mut depth, mut parens) = (0usize, 0usize);
    let mut conjunction = false;
    let mut part = |start: usize, end: usize, conjunction: bool| {
        let p = s.get(start..end).unwrap_or_default();
        if conjunction {
            split_conjunctions(p, start, &mut each);
        } else {
            each(p, start);
        }
    };
    for (i, c) in s.char_indices() {
        // most characters are letters of names: no bracket, separator or conjunction
        if c.is_ascii_alphanumeric()
            || (('\u{4E00}'..='\u{9FFF}').contains(&c) && !is_conjunction(c))
        {
            continue;
        }
        if is_open_bracket(c) {
            depth += 1;
            parens += usize::from(is_open_paren(c));
        } else if is_close_bracket(c) {
            if is_close_paren(c) && parens > 0 {
                parens -= 1;
            }
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_unit_separator(c) {
            part(start, i, conjunction);
            start = i + c.len_utf8();
            (parens, conjunction) = (0, false);
        } else if parens == 0 && is_conjunction(c) {
            conjunction = true;
        }
    }
    part(start, s.len(), conjunction);
}

/// The brackets a list is split outside of: parentheses, `《》`, `〔〕`, `[]`.
const fn is_open_bracket(c: char) -> bool {
    is_open_paren(c) || matches!(c, '《' | '〔' | '[')
}

/// The closing forms of [`is_open_bracket`].
const fn is_close_bracket(c: char) -> bool {
    is_close_paren(c) || matches!(c, '》' | '〕' | ']')
}

/// What separates the items of a unit list.
fn is_unit_separator(c: char) -> bool {
    c == '、' || is_comma(c) || is_semicolon(c) || is_space(c) || c == '/' || c == '。'
}

/// The characters that may start a conjunction between two units.
const fn is_conjunction(c: char) -> bool {
    matches!(c, '以' | '及' | '和' | '与')
}

fn split_conjunctions<'a>(part: &'a str, at: usize, each: &mut impl FnMut(&'a str, usize)) {
    let mut start = 0;
    let mut depth = 0usize;
    let mut skip_to = 0;
    for (i, c) in part.char_indices() {
        if i < skip_to {
            continue;
        }
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && is_conjunction(c) {
            let rest = part.get(i..).unwrap_or_default();
            let Some(len) = ["以及", "及", "和", "与"]
                .iter()
                .find(|w| rest.starts_with(**w))
                .map(|w| w.len())
            else {
                continue;
            };
            let left = part.get(start..i).unwrap_or_default();
            let right = part.get(i + len..).unwrap_or_default();
            let right_first = split_top(right, |c| matches!(c, '及' | '和' | '与'))
                .next()
                .map_or("", |(r, _)| r);
            let right_ok =
                looks_like_unit(trim_item(right_first).0) || looks_like_unit(trim_item(right).0);
            if looks_like_unit(trim_item(left).0) && right_ok {
                each(left, at + start);
                start = i + len;
                skip_to = start;
            }
        }
    }
    each(part.get(start..).unwrap_or_default(), at + start);
}

fn is_lead_mark(c: char) -> bool {
    matches!(c, '*' | '＊' | '★' | '※')
}

/// Trims spaces, list punctuation and a trailing `等`/`等单位`/`等部门` from an item;
/// returns the item and how many bytes were cut from its front.
fn trim_item(s: &str) -> (&str, usize) {
    let t = s.trim_start_matches(|c: char| {
        is_space(c) || is_colon(c) || matches!(c, '、' | '。' | '.' | '．')
    });
    let front = s.len() - t.len();
    let mut t = t.trim_end_matches(|c: char| {
        is_space(c) || matches!(c, '。' | '.' | '．' | '、') || is_comma(c) || is_semicolon(c)
    });
    let tails: &[&str] = if t.ends_with(['等', '位', '门']) {
        &["等有关单位", "等相关单位", "等单位", "等部门", "等"]
    } else {
        &[]
    };
    for tail in tails {
        if let Some(x) = t.strip_suffix(tail)
            && !x.is_empty()
        {
            t = x;
            break;
        }
    }
    (t, front)
}

/// A block of the units listed in `list` (a cell of a table), all with `role` unless
/// marked otherwise (`市发改委*`, `X牵头`); `span` is the list's place in the text.
pub(crate) fn list_block(
    list: &str,
    span: Span,
    role: Role,
    diagnostics: &mut Vec<Diagnostic>,
) -> DutyBlock {
    let mut block = DutyBlock {
        span,
        ..DutyBlock::default()
    };
    unit_list(list, span.start, role, &mut block, diagnostics);
    block.duties.shrink_to_fit();
    block
}

/// Parses a unit list into duties (and references) with the given role.
fn unit_list(
    text: &str,
    offset: usize,
    role: Role,
    block: &mut DutyBlock,
    diagnostics: &mut Vec<Diagnostic>,
) {
    // a list may itself be made of verb clauses: `市发改委牵头,市财政局配合`
    let clauses = || split_top(text, |c| is_comma(c) || is_semicolon(c));
    let verbal = ends_with_verb(text)
        && clauses().nth(1).is_some()
        && clauses()
            .filter(|(c, _)| !trim_item(c).0.is_empty())
            .all(|(c, _)| verb_clause(trim_item(c).0).is_some());
    let mut item = |raw: &str, pos: usize, group_role: Role| {
        let (item, front) = trim_item(raw);
        if item.is_empty() {
            return;
        }
        let start = offset + pos + front;
        if (item.starts_with('《') || ["另见", "详见", "参见"].iter().any(|l| item.starts_with(l)))
            && let Some((r, _)) = reference(item, start)
        {
            block.references.push(r);
            return;
        }
        let mut name = item;
        let mut name_start = start;
        let mut r = group_role;
        // lead marks: 市社管办* / *市社管办 / 市发改委(牵头)
        if let Some(x) = name.strip_suffix(is_lead_mark) {
            name = x.trim_end_matches(is_space);
            r = Role::Lead;
        } else if let Some(x) = name.strip_prefix(is_lead_mark) {
            name_start += name.len() - x.len();
            name = x;
            r = Role::Lead;
        } else if let Some(x) = name
            .ends_with([')', '）'])
            .then(|| {
                ["(牵头)", "（牵头）"]
                    .iter()
                    .find_map(|s| name.strip_suffix(s))
            })
            .flatten()
        {
            name = x;
            r = Role::Lead;
        } else if !verbal
            && name.ends_with(['头', '责', '实', '合', '办', '助', '与'])
            && let Some((subject, vr)) = verb_clause(name)
            && subject.len() < name.len()
        {
            name_start += subject.as_ptr() as usize - name.as_ptr() as usize;
            name = subject;
            r = vr;
        }
        if name.is_empty() {
            return;
        }
        let span = Span::new(name_start, name_start + name.len());
        // 40 characters of CJK are 120 bytes; count only names that long
        if (name.len() > 120 && name.chars().count() > 40) || name.contains(['。', '；', ';']) {
            diagnostics.push(Diagnostic::new(
                Severity::Warning,
                Code::UnclearUnit,
                format!("`{name}` is long for the name of a unit"),
                span,
            ));
        }
        block.duties.push(Duty::new(Org::new(name, span), r));
    };
    if verbal {
        for (clause, at) in clauses() {
            let (t, front) = trim_item(clause);
            if let Some((subject, r)) = verb_clause(t) {
                let lead = subject.as_ptr() as usize - t.as_ptr() as usize;
                split_units(subject, |raw, pos| item(raw, at + front + lead + pos, r));
            }
        }
    } else {
        split_units(text, |raw, pos| item(raw, pos, role));
    }
}

/// Whether a list ends in a duty verb, past trailing punctuation and a `等…` tail: what
/// a list of verb clauses always does, so most lists are told apart by a few suffix
/// comparisons.
fn ends_with_verb(list: &str) -> bool {
    let list = list.trim_end_matches(|c: char| {
        is_space(c)
            || is_colon(c)
            || is_comma(c)
            || is_semicolon(c)
            || matches!(c, '、' | '。' | '.' | '．')
    });
    let (t, _) = trim_item(list);
    VERBS.iter().any(|(v, _)| t.ends_with(v))
}

/// Endings of the names of government units and bodies.
const UNIT_ENDINGS: &[char] = &[
    '局', '委', '办', '厅', '部', '府', '会', '心', '院', '室', '处', '所', '站', '队', '社', '行',
    '司', '署', '门', '位', '团', '街', '镇', '乡', '联', '协', '台', '馆', '校', '关', '组', '科',
    '庭', '舍', '区', '县', '市', '园',
];

/// Whether an item reads as the name of a unit: ends like one, or starts with 各/相关/
/// 有关 (`各县(市、区)`, `相关县区`).
fn looks_like_unit(item: &str) -> bool {
    let item = item.trim_end_matches(is_lead_mark);
    let n = item.chars().count();
    if !(2..=40).contains(&n) {
        return false;
    }
    if ["各", "相关", "有关"].iter().any(|p| item.starts_with(p)) {
        return true;
    }
    let last = item.chars().next_back();
    last.is_some_and(|c| UNIT_ENDINGS.contains(&c)) || item.ends_with(')') || item.ends_with('）')
}

/// Stricter, for parenthesised lists without a label: starts like a government unit
/// (`市`, `县`, `区`, `省`, `各`, `相关`) and ends like one.
fn is_formal_unit(item: &str) -> bool {
    let item = item.trim_end_matches(is_lead_mark);
    [
        "市", "县", "区", "省", "各", "相关", "有关", "镇", "乡", "街道",
    ]
    .iter()
    .any(|p| item.starts_with(p))
        && looks_like_unit(item)
        && !["市", "县", "区", "省", "镇", "乡"].contains(&item)
        && item.chars().count() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(line: &str) -> Vec<(String, Role)> {
        let mut d = Vec::new();
        blocks_in_line(line, 0, &mut d)
            .into_iter()
            .flat_map(|b| b.duties)
            .map(|d| (d.unit.name, d.role))
            .collect()
    }

    fn names(line: &str) -> Vec<String> {
        units(line).into_iter().map(|(n, _)| n).collect()
    }

    proptest::proptest! {
        /// Scanning a block and searching a line find the same labels, on text made
        /// of labels, separators and characters that share their bytes. (The search
        /// passes over a `】` when no `【` is in the text: no label can end there.)
        #[test]
        fn scanned_and_searched_separators_agree(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "牵头单位", "责任单位", "配合部门", "完成时限", ":", "：", "【", "】", "[",
                "]", "为", "，", "。", ";", "市发改委", " ", "发", "位", "ａ", "1",
            ]), 0..16)
        ) {
            let s = parts.concat();
            let labels = |seps: &mut dyn Iterator<Item = usize>| {
                seps.filter_map(|sep| label_before(&s, sep, &[])).collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(
                labels(&mut separators(&s)),
                labels(&mut line_separators(&s))
            );
        }
    }

    #[test]
    fn separators_of_a_block() {
        let s = "牵头单位为市发改委；责任单位：市财政局 【配合单位】市商务局,[协办]:为";
        let found: Vec<&str> = separators(s)
            .filter_map(|i| s.get(i..i + 1).or(s.get(i..i + 3)))
            .collect();
        assert_eq!(found, ["为", "：", "】", "]", ":"]);
        assert_eq!(
            line_separators(s).collect::<Vec<_>>(),
            separators(s).collect::<Vec<_>>()
        );
    }

    #[test]
    fn label_starts_and_ends_cover_every_label() {
        for (l, _) in LABELS {
            let mut c = l.chars();
            let (a, b) = (c.next().unwrap(), c.next().unwrap());
            assert!(is_label_start(a) && is_label_second(a, b), "{l}");
            assert!(l.chars().next_back().is_some_and(is_label_end), "{l}");
        }
    }

    #[test]
    fn longer_labels_come_first() {
        for (i, (a, _)) in LABELS.iter().enumerate() {
            for (b, _) in LABELS.iter().skip(i + 1) {
                assert!(
                    !b.ends_with(a) && !b.starts_with(a),
                    "{b} must come before {a}"
                );
            }
        }
    }

    #[test]
    fn trailing_block_with_and_and_ji() {
        assert_eq!(
            names(
                "人均水平居全省前列。(责任单位:市发改委、财政局、国税局、地税局及各经济主管部门)"
            ),
            ["市发改委", "财政局", "国税局", "地税局", "各经济主管部门"]
        );
    }

    #[test]
    fn brackets_keep_top_level_groups_and_unclosed_opens() {
        // a(b(c)d)e(f（g）  : (1,7) holds (3,5); 9 never closes; （g） is a group of its own
        let b = Brackets::of("a(b(c)d)e(f（g）", false);
        assert_eq!(b.groups, [(1, 7), (11, 15)]);
        assert_eq!(b.unclosed, [9]);
        // a group closing inside an unclosed one is still top-level
        let b = Brackets::of("((x)", false);
        assert_eq!(b.groups, [(1, 3)]);
        assert_eq!(b.unclosed, [0]);
        // 《》 count only as titles
        let s = "《条例(试行)》";
        assert_eq!(Brackets::of(s, true).groups, [(0, s.len() - 3)]);
        assert_eq!(Brackets::of(s, false).groups, [(9, 16)]);
        // a million brackets: no table of every pair is kept
        let deep = format!("{}{}", "(".repeat(1 << 20), ")".repeat(1 << 20));
        let b = Brackets::of(&deep, false);
        assert_eq!(b.groups, [(0, deep.len() - 1)]);
        assert!(b.unclosed.is_empty());
    }

    #[test]
    fn nested_parentheses_in_names() {
        assert_eq!(
            units("提高应对能力(责任单位:市政府办公室*、各县(市)区人民政府);"),
            [
                ("市政府办公室".to_owned(), Role::Lead),
                ("各县(市)区人民政府".to_owned(), Role::Responsible)
            ]
        );
        assert_eq!(
            names("责任单位:市工业和信息化局,相关县(市、区)政府"),
            ["市工业和信息化局", "相关县(市、区)政府"]
        );
    }

    #[test]
    fn full_width() {
        assert_eq!(
            units("（责任单位：市社管办＊、市民政局）。"),
            [
                ("市社管办".to_owned(), Role::Lead),
                ("市民政局".to_owned(), Role::Responsible)
            ]
        );
    }

    #[test]
    fn and_inside_names_is_kept() {
        assert_eq!(
            names("(责任单位:市人力资源和社会保障局、市住房和城乡建设局与市公安局)"),
            ["市人力资源和社会保障局", "市住房和城乡建设局", "市公安局"]
        );
        assert_eq!(
            names("牵头单位:市委市政府机关事务管理局"),
            ["市委市政府机关事务管理局"]
        );
    }

    #[test]
    fn verbs() {
        assert_eq!(
            units("(市发改委牵头,市财政局、市统计局配合)"),
            [
                ("市发改委".to_owned(), Role::Lead),
                ("市财政局".to_owned(), Role::Cooperating),
                ("市统计局".to_owned(), Role::Cooperating)
            ]
        );
        assert_eq!(
            units("（由市民政局负责）"),
            [("市民政局".to_owned(), Role::Responsible)]
        );
    }

    #[test]
    fn more_ways_to_write_a_label() {
        use Role::{Cooperating as C, Lead as L, Responsible as R};
        let cases: &[(&str, &[(&str, Role)])] = &[
            // bracketed labels run together with the names
            (
                "推进城市更新。【牵头单位】市住建局【配合单位】市自然资源局",
                &[("市住建局", L), ("市自然资源局", C)],
            ),
            // 为 for a colon
            (
                "推进乡村振兴。牵头单位为市农业农村局，配合单位为市财政局。",
                &[("市农业农村局", L), ("市财政局", C)],
            ),
            ("以企业为主体，以市场为导向。", &[]),
            // labels of provincial departments and 责任主体
            ("推进教育发展。责任主体：市教育局", &[("市教育局", R)]),
            (
                "（牵头处室：规划处；配合处室：财务处）",
                &[("规划处", L), ("财务处", C)],
            ),
            // how the units share it, before the verb
            (
                "推进文化建设。（市委宣传部、市文旅局按职责分工负责）",
                &[("市委宣传部", R), ("市文旅局", R)],
            ),
            // people first, then units; people alone name no unit
            (
                "（牵头领导：张三；牵头单位：市卫健委；责任单位：各县市区政府）",
                &[("市卫健委", L), ("各县市区政府", R)],
            ),
            ("（责任领导：张三）", &[]),
        ];
        for (line, want) in cases {
            let want: Vec<(String, Role)> = want.iter().map(|&(n, r)| (n.to_owned(), r)).collect();
            assert_eq!(units(line), want, "{line}");
        }
    }

    #[test]
    fn a_last_sentence_of_verbs() {
        let line = "社会消费品零售总额增长8%。由县商务局负责，各乡镇配合。";
        let mut d = Vec::new();
        let blocks = blocks_in_line(line, 10, &mut d);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].span, Span::new(10 + 38, 10 + line.len()));
        let duties: Vec<_> = blocks[0]
            .duties
            .iter()
            .map(|d| (d.unit.name.as_str(), d.role, d.unit.span))
            .collect();
        assert_eq!(
            duties,
            [
                ("县商务局", Role::Responsible, Span::new(10 + 41, 10 + 53)),
                ("各乡镇", Role::Cooperating, Span::new(10 + 62, 10 + 71)),
            ]
        );
        assert_eq!(
            units("全年实施项目120个。市发改委牵头,市财政局配合"),
            [
                ("市发改委".to_owned(), Role::Lead),
                ("市财政局".to_owned(), Role::Cooperating)
            ]
        );
        // sentences of the text: not every clause names units of government
        assert!(units("兜底保障困难群众。由政府负责。").is_empty());
        assert!(units("建立工作专班。办公室负责，各部门配合。").is_empty());
        assert!(units("由市民政局负责。").is_empty());
    }

    #[test]
    fn several_labels_in_one_block() {
        assert_eq!(
            units("(牵头单位:市发改委;责任单位:市财政局;配合单位:市统计局)"),
            [
                ("市发改委".to_owned(), Role::Lead),
                ("市财政局".to_owned(), Role::Responsible),
                ("市统计局".to_owned(), Role::Cooperating)
            ]
        );
        assert_eq!(
            units("牵头单位：市科技局  责任单位：市工商局、市质监局"),
            [
                ("市科技局".to_owned(), Role::Lead),
                ("市工商局".to_owned(), Role::Responsible),
                ("市质监局".to_owned(), Role::Responsible)
            ]
        );
    }

    #[test]
    fn brackets_and_space_labels() {
        assert_eq!(
            units("【牵头单位】市教育局"),
            [("市教育局".to_owned(), Role::Lead)]
        );
        assert_eq!(
            units("协办单位 市财政局"),
            [("市财政局".to_owned(), Role::Cooperating)]
        );
        assert_eq!(
            units("牵头考核单位:市目标办"),
            [("市目标办".to_owned(), Role::Lead)]
        );
    }

    #[test]
    fn not_duties() {
        assert!(names("开工建设博物馆、大剧院(含音乐厅)、城市规划馆").is_empty());
        assert!(names("2012年政府工作报告(摘要)").is_empty());
        assert!(names("各县(市、区)人民政府,市人民政府各部门:").is_empty());
        assert!(names("增强责任和大局意识,加强督促检查").is_empty());
    }

    #[test]
    fn references_are_not_units() {
        let mut d = Vec::new();
        let b = blocks_in_line(
            "(责任单位:另见《民生工程实施方案》(平政〔2013〕5号))",
            0,
            &mut d,
        );
        assert_eq!(b.len(), 1);
        assert!(b[0].duties.is_empty());
        assert_eq!(
            b[0].references[0].doc_number.as_deref(),
            Some("平政〔2013〕5号")
        );
        assert!(d.is_empty());
    }

    #[test]
    fn empty_and_unclosed() {
        let mut d = Vec::new();
        let b = blocks_in_line("加强管理(责任单位:)", 0, &mut d);
        assert_eq!(b.len(), 1);
        assert_eq!(d[0].code, Code::EmptyDuty);
        let mut d = Vec::new();
        let line = "加强管理(责任单位:市民政局、市财政局";
        let b = blocks_in_line(line, 10, &mut d);
        assert_eq!(b[0].duties.len(), 2);
        assert_eq!(d[0].code, Code::UnclosedParen);
        assert_eq!(d[0].span, Span::new(10 + "加强管理".len(), 10 + line.len()));
        // brackets left open before ASCII open no block; the labelled one after them does
        let mut d = Vec::new();
        let line = "加强管理(2012(a 推进(牵头单位:市民政局";
        let b = blocks_in_line(line, 0, &mut d);
        assert_eq!(b.len(), 1);
        assert_eq!(
            b[0].span,
            Span::new("加强管理(2012(a 推进".len(), line.len())
        );
        assert_eq!(b[0].duties[0].unit.name, "市民政局");
        assert_eq!(b[0].duties[0].role, Role::Lead);
    }

    #[test]
    fn spans_point_at_names() {
        let line = "(责任单位:市社管办*、市民政局)";
        let b = blocks_in_line(line, 0, &mut Vec::new());
        let d = &b[0].duties;
        assert_eq!(d[0].unit.span.get(line), Some("市社管办"));
        assert_eq!(d[1].unit.span.get(line), Some("市民政局"));
        assert_eq!(b[0].span, Span::new(0, line.len()));
    }

    #[test]
    fn deadline_and_person_labels() {
        let line = "牵头单位:市发改委;责任领导:张三;完成时限:6月底前";
        let b = blocks_in_line(line, 0, &mut Vec::new());
        assert_eq!(b[0].duties.len(), 1);
        assert_eq!(b[0].deadlines[0].get(line), Some("6月底前"));
    }

    #[test]
    fn bare_list_only_at_line_end() {
        assert_eq!(
            names("推进工作(市发改委、市财政局)"),
            ["市发改委", "市财政局"]
        );
        assert!(names("(市发改委、市财政局)推进工作").is_empty());
    }
}
