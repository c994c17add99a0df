//! Duty blocks: who leads a task and who shares it.
//!
//! Every style real notices use:
//! - a trailing block in parentheses, ASCII or full-width: `(责任单位:市发改委、财政局)`,
//!   with nested parentheses inside names (`各县(市、区)政府`, `各县(市)区人民政府`);
//! - lines of their own: `牵头单位:市发改委` / `责任单位:…` / `配合单位:…` / `协办单位:…`,
//!   also `【牵头单位】…`;
//! - a lead marked `*` (`市社管办*`) or `(牵头)`;
//! - verbs: `(市发改委牵头,市财政局、市统计局配合)`, `由市民政局负责`;
//! - a reference instead of units: `另见《…》(…号)`, kept as a [`Reference`].
//!
//! Unit lists split at `、` `,` `;` spaces and at `及`/`和`/`与` only where both sides
//! are names of units, so `市人力资源和社会保障局` stays whole.

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

/// Labels, longest first where one is a prefix of another.
const LABELS: &[(&str, Label)] = &[
    ("牵头考核单位", Label::Role(Role::Lead)),
    ("牵头责任单位", Label::Role(Role::Lead)),
    ("主要责任单位", Label::Role(Role::Lead)),
    ("牵头单位", Label::Role(Role::Lead)),
    ("牵头部门", Label::Role(Role::Lead)),
    ("主办单位", Label::Role(Role::Lead)),
    ("主责单位", Label::Role(Role::Lead)),
    ("主责部门", Label::Role(Role::Lead)),
    ("责任单位", Label::Role(Role::Responsible)),
    ("责任部门", Label::Role(Role::Responsible)),
    ("承办单位", Label::Role(Role::Responsible)),
    ("实施单位", Label::Role(Role::Responsible)),
    ("落实单位", Label::Role(Role::Responsible)),
    ("具体责任单位", Label::Role(Role::Responsible)),
    ("配合单位", Label::Role(Role::Cooperating)),
    ("配合部门", Label::Role(Role::Cooperating)),
    ("协办单位", Label::Role(Role::Cooperating)),
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
    // every label starts with one of these; most positions are rejected here
    if !input.chars().next().is_some_and(is_label_start) {
        return None;
    }
    LABELS
        .iter()
        .find(|(l, _)| input.starts_with(*l))
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
    let mut blocks = Vec::new();
    if !may_hold_block(line) {
        return blocks;
    }
    let closes = paren_pairs(line);
    let mut i = 0;
    let mut prev: Option<char> = None;
    while let Some(rest) = line.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if matches!(c, '【' | '[') && labelled(rest, true).is_some() {
            // 【牵头单位】市发改委: the label in brackets, the units after it
            let span = Span::new(offset + i, offset + line.len());
            blocks.push(parse_block(rest, offset + i, span, diagnostics));
            break;
        }
        if is_open_paren(c) {
            let inner_start = i + c.len_utf8();
            let close = closes
                .binary_search_by_key(&i, |&(open, _)| open)
                .ok()
                .and_then(|k| closes.get(k))
                .and_then(|&(_, close)| close);
            let Some(inner_end) = close else {
                // an unclosed group is a duty block only if it opens with a label
                let inner = line.get(inner_start..).unwrap_or_default();
                let body = inner.trim_start_matches(is_space);
                if labelled(body, false).is_some_and(|(k, _)| matches!(k, Label::Role(_))) {
                    let span = Span::new(offset + i, offset + line.len());
                    diagnostics.push(Diagnostic::new(
                        Severity::Warning,
                        Code::UnclosedParen,
                        format!("`{c}` of a duty block is not closed before the line ends"),
                        span,
                    ));
                    blocks.push(parse_block(inner, offset + inner_start, span, diagnostics));
                    break;
                }
                i = inner_start;
                prev = Some(c);
                continue;
            };
            let close_len = line
                .get(inner_end..)
                .and_then(|s| s.chars().next())
                .map_or(1, char::len_utf8);
            let inner = line.get(inner_start..inner_end).unwrap_or_default();
            let at_end = line
                .get(inner_end + close_len..)
                .is_some_and(|after| after.chars().all(|a| is_space(a) || is_trailing_punct(a)));
            if looks_like_duty(inner, at_end) {
                let span = Span::new(offset + i, offset + inner_end + close_len);
                blocks.push(parse_block(inner, offset + inner_start, span, diagnostics));
            }
            i = inner_end + close_len;
            prev = Some(')');
            continue;
        }
        let boundary = prev.is_none_or(|p| is_space(p) || is_break(p));
        if boundary && is_label_start(c) && labelled(rest, prev.is_none()).is_some() {
            let span = Span::new(offset + i, offset + line.len());
            blocks.push(parse_block(rest, offset + i, span, diagnostics));
            break;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    blocks
}

/// Whether a line can hold a duty block at all: it has a parenthesis, a colon or a
/// bracket, or starts with a label. Scans with `memchr`, so the many lines of plain
/// text are passed over at memory speed.
fn may_hold_block(line: &str) -> bool {
    use memchr::memmem;
    let b = line.as_bytes();
    memchr::memchr3(b'(', b':', b'[', b).is_some()
        || memmem::find(b, "（".as_bytes()).is_some()
        || memmem::find(b, "：".as_bytes()).is_some()
        || memmem::find(b, "【".as_bytes()).is_some()
        || label(line).is_some()
}

/// Every opening parenthesis of the line with the offset of its closing one (`None`
/// when the line ends first), in order of the openings; one pass with a stack.
fn paren_pairs(line: &str) -> Vec<(usize, Option<usize>)> {
    let mut pairs = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in line.char_indices() {
        if is_open_paren(c) {
            open.push(pairs.len());
            pairs.push((i, None));
        } else if is_close_paren(c)
            && let Some(p) = open.pop().and_then(|k| pairs.get_mut(k))
        {
            p.1 = Some(i);
        }
    }
    pairs
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
fn looks_like_duty(inner: &str, at_end: bool) -> bool {
    let body = inner.trim_start_matches(is_space);
    if let Some((kind, _)) = labelled(body, false) {
        return matches!(kind, Label::Role(_));
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
    let clauses: Vec<&str> = split_top(body, |c| is_comma(c) || is_semicolon(c) || c == '。')
        .into_iter()
        .map(|(s, _)| s.trim_matches(is_space))
        .filter(|s| !s.is_empty())
        .collect();
    if clauses.is_empty() {
        return false;
    }
    if clauses.iter().all(|c| verb_clause(c).is_some()) {
        return true;
    }
    at_end
        && split_units(body)
            .iter()
            .all(|(item, _)| is_formal_unit(item.trim_matches(is_space)))
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
    let items = split_units(subject);
    (!items.is_empty()
        && items
            .iter()
            .all(|(u, _)| looks_like_unit(u.trim_matches(|c| is_space(c) || is_lead_mark(c)))))
    .then_some((subject, role))
}

/// Parses the inside of a block: segments by label, then unit lists.
fn parse_block(
    content: &str,
    offset: usize,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> DutyBlock {
    let mut block = DutyBlock {
        span,
        ..DutyBlock::default()
    };
    // cut the content where labels start (outside nested parentheses)
    let mut segments: Vec<(Label, usize, usize)> = Vec::new(); // (label, content start, label start)
    let mut current: Option<(Label, usize, usize)> = None;
    let mut depth = 0usize;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(rest) = content.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if is_open_paren(c) || c == '《' {
            depth += 1;
        } else if (is_close_paren(c) || c == '》') && depth > 0 {
            depth -= 1;
        } else if depth == 0
            && (is_label_start(c) || matches!(c, '【' | '['))
            && prev.is_none_or(|p| is_space(p) || is_break(p))
            && let Some((kind, used)) = labelled(rest, prev.is_none())
        {
            if let Some(seg) = current.take() {
                segments.push(seg);
            }
            current = Some((kind, i + used, i));
            i += used;
            prev = Some(':');
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    match current {
        Some(seg) => segments.push(seg),
        None => segments.push((Label::Role(Role::Responsible), 0, 0)),
    }
    for (n, &(kind, start, label_start)) in segments.iter().enumerate() {
        let end = segments
            .get(n + 1)
            .map_or(content.len(), |&(_, _, next_label)| next_label);
        let text = content.get(start..end).unwrap_or_default();
        let seg_offset = offset + start;
        match kind {
            Label::Role(role) => {
                let before = block.duties.len() + block.references.len();
                unit_list(text, seg_offset, role, &mut block, diagnostics);
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
    block
}

/// Splits `s` at top-level characters matching `sep` (outside `()`, `（）`, `《》`,
/// `〔〕`), returning each part with its byte offset.
fn split_top(s: &str, sep: impl Fn(char) -> bool) -> Vec<(&str, usize)> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if is_open_paren(c) || matches!(c, '《' | '〔' | '[') {
            depth += 1;
        } else if (is_close_paren(c) || matches!(c, '》' | '〕' | ']')) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && sep(c) {
            parts.push((s.get(start..i).unwrap_or_default(), start));
            start = i + c.len_utf8();
        }
    }
    parts.push((s.get(start..).unwrap_or_default(), start));
    parts
}

/// Splits a unit list at `、` `,` `;` `/` and spaces, then at `及`/`以及`/`和`/`与`
/// where both sides read as units.
fn split_units(s: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    for (part, at) in split_top(s, |c| {
        c == '、' || is_comma(c) || is_semicolon(c) || is_space(c) || c == '/' || c == '。'
    }) {
        split_conjunctions(part, at, &mut out);
    }
    out
}

fn split_conjunctions<'a>(part: &'a str, at: usize, out: &mut Vec<(&'a str, usize)>) {
    let mut start = 0;
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(rest) = part.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && matches!(c, '以' | '及' | '和' | '与') {
            let conj = ["以及", "及", "和", "与"]
                .iter()
                .find(|w| rest.starts_with(**w))
                .map(|w| w.len());
            if let Some(len) = conj {
                let left = part.get(start..i).unwrap_or_default();
                let right = part.get(i + len..).unwrap_or_default();
                let right_first = split_top(right, |c| matches!(c, '及' | '和' | '与'))
                    .first()
                    .map_or("", |(r, _)| *r);
                let right_ok = looks_like_unit(trim_item(right_first).0)
                    || looks_like_unit(trim_item(right).0);
                if looks_like_unit(trim_item(left).0) && right_ok {
                    out.push((left, at + start));
                    start = i + len;
                    i = start;
                    continue;
                }
            }
        }
        i += c.len_utf8();
    }
    out.push((part.get(start..).unwrap_or_default(), at + start));
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
    for tail in ["等有关单位", "等相关单位", "等单位", "等部门", "等"] {
        if let Some(x) = t.strip_suffix(tail)
            && !x.is_empty()
        {
            t = x;
            break;
        }
    }
    (t, front)
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
    let clauses = split_top(text, |c| is_comma(c) || is_semicolon(c));
    let verbal = clauses.len() > 1
        && clauses
            .iter()
            .filter(|(c, _)| !trim_item(c).0.is_empty())
            .all(|(c, _)| verb_clause(trim_item(c).0).is_some());
    let groups: Vec<(&str, usize, Role)> = if verbal {
        clauses
            .iter()
            .filter_map(|&(c, at)| {
                let (t, front) = trim_item(c);
                let (subject, r) = verb_clause(t)?;
                let lead = subject.as_ptr() as usize - t.as_ptr() as usize;
                Some((subject, at + front + lead, r))
            })
            .collect()
    } else {
        vec![(text, 0, role)]
    };
    for (list, at, group_role) in groups {
        for (raw, pos) in split_units(list) {
            let (item, front) = trim_item(raw);
            if item.is_empty() {
                continue;
            }
            let start = offset + at + pos + front;
            if (item.starts_with('《')
                || ["另见", "详见", "参见"].iter().any(|l| item.starts_with(l)))
                && let Some((r, _)) = reference(item, start)
            {
                block.references.push(r);
                continue;
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
            } else if let Some(x) = ["(牵头)", "（牵头）"]
                .iter()
                .find_map(|s| name.strip_suffix(s))
            {
                name = x;
                r = Role::Lead;
            } else if !verbal
                && let Some((subject, vr)) = verb_clause(name)
                && subject.len() < name.len()
            {
                name_start += subject.as_ptr() as usize - name.as_ptr() as usize;
                name = subject;
                r = vr;
            }
            if name.is_empty() {
                continue;
            }
            let span = Span::new(name_start, name_start + name.len());
            if name.chars().count() > 40 || name.contains(['。', '；', ';']) {
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    Code::UnclearUnit,
                    format!("`{name}` is long for the name of a unit"),
                    span,
                ));
            }
            block.duties.push(Duty::new(Org::new(name, span), r));
        }
    }
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

    #[test]
    fn label_starts_cover_every_label() {
        for (l, _) in LABELS {
            assert!(l.chars().next().is_some_and(is_label_start), "{l}");
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
