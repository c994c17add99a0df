//! Duty blocks: who leads a task and who shares it, read from the tokens of a line
//! or of a paragraph that wraps across lines and pages.
//!
//! Every style real notices use:
//! - a block in brackets, ASCII or full-width: `(责任单位:市发改委、财政局)`, with
//!   nested brackets inside names (`各县(市、区)政府`, `各市、县〔市、区〕政府`), and
//!   with more than the duty in it: a deadline, a score or a scope note before or
//!   after (`（2024年底前，牵头单位：X）`), a stated lead rule
//!   (`（责任单位：A、B。列第一位的为牵头单位，下同）`);
//! - lines of their own: `牵头单位:市发改委` / `责任单位:…` / `配合单位:…`, also
//!   `【牵头单位】…` and `牵头单位为市发改委`;
//! - a lead marked `*` (`市社管办*`) or `(牵头)`;
//! - verbs: `(市发改委牵头,市财政局、市统计局配合)`, `由市民政局负责`,
//!   `(X、Y按职责分工负责)`, `X为牵头单位`, and a last sentence of verbs with no
//!   brackets (`…。由县商务局负责,各乡镇配合。`);
//! - a reference instead of units: `另见《…》(…号)`, kept as a [`Reference`].
//!
//! Labels are lexicon look-ups made where a clause can start: at the start of the
//! region and after a bracket, a clause break, a list separator or a space.

mod list;
mod region;
mod units;

use mubiao_model::{Code, Diagnostic, Duty, Reference, Role, Severity, Span};

pub(crate) use region::Region;

use crate::lexicon::{Label, LeadRule, Lexicon};
use crate::text::{Bracket, Class, Kind, class};
use list::Clause;
use units::Named;

/// A duty block found in a region: its span (brackets included) and what it names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DutyBlock {
    /// The whole block.
    pub(crate) span: Span,
    /// The units and their roles, in order.
    pub(crate) duties: Vec<Duty>,
    /// References named instead of (or beside) units.
    pub(crate) references: Vec<Reference>,
    /// Spans of the text after a deadline label (`完成时限:6月底前` → `6月底前`).
    pub(crate) deadlines: Vec<Span>,
    /// A rule for who leads that the block states.
    pub(crate) rule: Option<StatedRule>,
}

impl DutyBlock {
    /// Whether the block names a unit or a reference.
    pub(crate) fn names_anything(&self) -> bool {
        !self.duties.is_empty() || !self.references.is_empty()
    }
}

/// A lead rule stated in the text: `列第一位的为牵头单位，下同`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StatedRule {
    /// What it says.
    pub(crate) rule: LeadRule,
    /// Whether it says it holds for what follows (`下同`).
    pub(crate) henceforth: bool,
    /// Where it is stated.
    pub(crate) span: Span,
}

/// The longest bracketed duty block looked at, in bytes: forty units with long names
/// fit in a quarter of it. Bounds the work per line on hostile input.
const MAX_BLOCK: usize = 4096;

/// Whether a bracket of this kind can hold a duty block.
const fn is_block_bracket(b: Bracket) -> bool {
    matches!(b, Bracket::Paren | Bracket::Square | Bracket::Lenticular)
}

/// The duty blocks of a region, in order. Problems go to `diagnostics`.
///
/// A block is a bracketed group that opens with a label, holds a role label after a
/// clause break, or consists of `X牵头`/`Y配合`/`Z负责` clauses (or, at the end of the
/// region, of names that all read as units of government); or a label with a
/// separator at a clause start outside every group, which runs to the end of the
/// region; or a last sentence of verb clauses.
pub(crate) fn blocks(
    r: &Region<'_>,
    lx: &Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<DutyBlock> {
    let mut out = Vec::new();
    let label = first_label(r, lx);
    let limit = label.unwrap_or(r.span.end);
    let mut i = 0;
    while let Some(t) = r.tokens.get(i) {
        if t.span.start >= limit {
            break;
        }
        let Kind::Open(b) = t.kind else {
            i += 1;
            continue;
        };
        let Some(j) = t.partner() else {
            // a bracket left open is a block only if it opens with a role label
            if is_block_bracket(b) && opens_with_role(r, t.span.end, lx) {
                let span = Span::new(t.span.start, r.span.end);
                diagnostics.push(Diagnostic::new(
                    Severity::Warning,
                    Code::UnclosedParen,
                    "`(` of a duty block is not closed before the line ends",
                    span,
                ));
                out.push(read_block(r, t.span.end, r.span.end, span, lx, diagnostics));
                return out;
            }
            i += 1;
            continue;
        };
        let Some(close) = r.tokens.get(j) else { break };
        let (start, end) = (t.span.end, close.span.start);
        if is_block_bracket(b) && end - start <= MAX_BLOCK {
            let at_end = only_punctuation_after(r, close.span.end);
            if is_duty_group(r, start, end, at_end, lx) {
                let span = Span::new(t.span.start, close.span.end);
                out.push(read_block(r, start, end, span, lx, diagnostics));
            }
        }
        // what a group holds is not at the top level
        i = j + 1;
    }
    if let Some(start) = label {
        let span = Span::new(start, r.span.end);
        out.push(read_block(r, start, r.span.end, span, lx, diagnostics));
    } else if out.is_empty()
        && let Some(block) = trailing_verb_sentence(r, lx, diagnostics)
    {
        out.push(block);
    }
    out
}

/// The units of a list (a cell of a table) at `start..end`, all with `role` unless
/// marked otherwise (`市发改委*`, `X牵头`).
pub(crate) fn list_block(
    r: &Region<'_>,
    start: usize,
    end: usize,
    role: Role,
    lx: &Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> DutyBlock {
    let mut named = Named::default();
    let mut rule = None;
    read_parts(r, start, end, Some(role), lx, &mut named, &mut rule);
    diagnostics.append(&mut named.diagnostics);
    let mut block = DutyBlock {
        span: Span::new(start, end),
        duties: named.duties,
        references: named.references,
        deadlines: Vec::new(),
        rule,
    };
    block.duties.shrink_to_fit();
    block
}

/// Whether the text after `at` to the end of the region is only spaces and trailing
/// punctuation.
fn only_punctuation_after(r: &Region<'_>, at: usize) -> bool {
    r.text
        .get(at..r.span.end)
        .unwrap_or_default()
        .chars()
        .all(|c| {
            let k = class(c);
            k.is_space()
                || k.is_clause_break()
                || matches!(
                    k,
                    Class::Dot | Class::ListSep | Class::LineBreak | Class::PageBreak
                )
        })
}

/// The token kinds after which a clause (and so a label) can start.
const fn opens_clause(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Comma
            | Kind::Semicolon
            | Kind::SentenceEnd
            | Kind::ListSep
            | Kind::Space
            | Kind::Break
            | Kind::Close(_)
            | Kind::Dot
            | Kind::Colon
    )
}

/// How many bytes of text after a break are looked at for the rest of a label cut
/// by it: more than the longest label.
const LABEL_REACH: usize = 48;

/// How many breaks a label may run across (a line wrap, letter spacing: `（ 牵 头 单` /
/// `位：…`).
const LABEL_BREAKS: usize = 8;

/// The label at byte `at`, if one starts there (it may run across breaks).
fn label_at(r: &Region<'_>, at: usize, end: usize, lx: &Lexicon) -> Option<(Label, usize)> {
    // most clause starts are no label's first character
    let c = r.text.get(at..end)?.chars().next()?;
    if !lx.may_start_label(c) {
        return None;
    }
    let piece = r.piece(at, end);
    if let Some((label, len)) = lx.label_at(piece) {
        return Some((label, at + len));
    }
    // a label cut by line wraps or letter spacing: `（牵头` / `单位：…`, `牵 头 单` / `位`
    if piece.len() >= 24 {
        return None;
    }
    let (joined, places) = r.compose_ahead(at, end, LABEL_REACH, LABEL_BREAKS);
    let (label, len) = lx.label_at(&joined)?;
    if len <= piece.len() {
        return None;
    }
    // where the label's last byte stands in the text
    let after = places
        .iter()
        .rev()
        .find(|&&(composed, _)| composed < len)
        .map(|&(composed, place)| place + (len - composed))?;
    Some((label, after))
}

/// What follows a label at `after` that makes it a label: a colon, `为` (for role
/// labels), the closing bracket of `【label】`, or — at the start of a region — spaces
/// or nothing. Returns where the content starts.
fn separator(
    r: &Region<'_>,
    after: usize,
    end: usize,
    label: Label,
    bracket: Option<usize>,
    at_region_start: bool,
) -> Option<usize> {
    let rest = r.text.get(after..end).unwrap_or_default();
    let spaced = rest.trim_start_matches(|c: char| class(c).is_space());
    let spaces = rest.len() - spaced.len();
    let skip_spaces = |at: usize| {
        let s = r.text.get(at..end).unwrap_or_default();
        at + (s.len() - s.trim_start_matches(|c: char| class(c).is_space()).len())
    };
    if let Some(close) = bracket {
        // `【牵头单位】`: the label fills its brackets
        return (after + spaces == close).then(|| {
            let c = r
                .text
                .get(close..)
                .and_then(|s| s.chars().next())
                .map_or(0, char::len_utf8);
            skip_spaces(close + c)
        });
    }
    let next = spaced.chars().next();
    match next {
        Some(c) if class(c) == Class::Colon => Some(skip_spaces(after + spaces + c.len_utf8())),
        Some('为') if spaces == 0 && matches!(label, Label::Role(_)) => {
            Some(skip_spaces(after + '为'.len_utf8()))
        }
        Some(c) if at_region_start && matches!(class(c), Class::LineBreak) => Some(after + spaces),
        _ if at_region_start && (spaces > 0 || next.is_none()) => Some(after + spaces),
        _ => None,
    }
}

/// Where the first label at a clause start outside every closed bracket group of the
/// region starts (an opening `【` included): the start of its block.
fn first_label(r: &Region<'_>, lx: &Lexicon) -> Option<usize> {
    let start = r.trim(r.span.start, r.span.end, |_| false).0;
    if let Some((label, after)) = label_at(r, start, r.span.end, lx)
        && separator(r, after, r.span.end, label, None, true).is_some()
    {
        return Some(start);
    }
    let mut i = 0;
    while let Some(t) = r.tokens.get(i) {
        if let Kind::Open(b) = t.kind
            && let Some(j) = t.partner()
        {
            // `【牵头单位】`: a label in brackets of its own
            if matches!(b, Bracket::Lenticular | Bracket::Square)
                && let Some(close) = r.tokens.get(j)
                && let Some((label, after)) = label_at(r, t.span.end, close.span.start, lx)
                && separator(r, after, r.span.end, label, Some(close.span.start), false).is_some()
            {
                return Some(t.span.start);
            }
            i = j + 1;
            continue;
        }
        if opens_clause(t.kind) {
            let at = t.span.end;
            if let Some((label, after)) = label_at(r, at, r.span.end, lx)
                && separator(r, after, r.span.end, label, None, false).is_some()
            {
                return Some(at);
            }
        }
        i += 1;
    }
    None
}

/// Whether the content of a bracket left open, from `at`, opens with a role label.
fn opens_with_role(r: &Region<'_>, at: usize, lx: &Lexicon) -> bool {
    let at = r.trim(at, r.span.end, |_| false).0;
    label_at(r, at, r.span.end, lx).is_some_and(|(l, _)| matches!(l, Label::Role(_)))
}

/// Whether the inside of a bracket group is a duty block: it opens with a label (a
/// role label, or a label of people followed by a role label), holds a role label
/// after a clause break, or is made of verb clauses (lead rules and `下同` aside) — or,
/// at the end of the region only, of names that all read as units of government.
fn is_duty_group(r: &Region<'_>, start: usize, end: usize, at_end: bool, lx: &Lexicon) -> bool {
    let first = r.trim(start, end, |_| false).0;
    if let Some((label, _)) = label_at(r, first, end, lx) {
        match label {
            Label::Role(_) => return true,
            // `(牵头领导:张三;牵头单位:市卫健委)`
            _ => return has_role_label(r, start, end, lx),
        }
    }
    if has_role_label(r, start, end, lx) {
        return true;
    }
    // cheap rejection first: verb clauses end in a verb or a role label, a bare list
    // (at the end of a region) in the ending of a unit's name
    let (_, last) = r.trim(start, end, |k| {
        k.is_clause_break() || matches!(k, Class::Dot | Class::ListSep)
    });
    let tail = r.piece(r.all_breaks_before(start, last), last);
    let ends_like = lx.verb_at_end(tail).is_some()
        || lx.label_at_end(tail).is_some()
        || lx.is_henceforth_end(tail)
        || (at_end && lx.looks_like_unit_end(tail));
    if !ends_like {
        return false;
    }
    let list = list::read(r, start, end, lx);
    let verbs = list.count(|k| matches!(k, Clause::Verb(_)));
    let others = list.count(|k| k == Clause::Other);
    if verbs > 0 && others == 0 {
        return true;
    }
    at_end
        && verbs == 0
        && others > 0
        && list.clauses.iter().all(|c| {
            c.kind != Clause::Other
                || list
                    .names_of(c)
                    .iter()
                    .all(|&(a, b)| units::reads_as(r, a, b, lx, |u| lx.is_government_unit(u)))
        })
}

/// Whether a role label (with its separator) starts a clause of `start..end` after
/// a clause break.
fn has_role_label(r: &Region<'_>, start: usize, end: usize, lx: &Lexicon) -> bool {
    let mut depth = 0usize;
    for t in r.tokens.get(r.token_at(start)..).unwrap_or_default() {
        if t.span.start >= end {
            break;
        }
        match t.kind {
            Kind::Open(b) if !b.is_quote() => depth += 1,
            Kind::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            k if depth == 0 && (k.is_clause_break() || k == Kind::Space) => {
                let at = r.trim(t.span.end, end, |_| false).0;
                if let Some((Label::Role(_), after)) = label_at(r, at, end, lx)
                    && separator(r, after, end, Label::Role(Role::Lead), None, false).is_some()
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Reads the inside of a block: segments by label, then unit lists.
fn read_block(
    r: &Region<'_>,
    start: usize,
    end: usize,
    span: Span,
    lx: &Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> DutyBlock {
    let mut block = DutyBlock {
        span,
        ..DutyBlock::default()
    };
    let mut named = Named::default();
    let mut rule = None;
    // each label at a clause start (outside nested brackets) closes the segment before
    let mut segments: Vec<(Option<Label>, usize, usize, usize)> = Vec::new(); // (label, label start, content, end)
    let first = r.trim(start, end, |_| false).0;
    let mut current = match label_at(r, first, end, lx)
        .and_then(|(l, after)| separator(r, after, end, l, None, true).map(|c| (l, c)))
    {
        Some((l, content)) => (Some(l), first, content),
        None => match bracketed_label(r, first, end, lx) {
            Some((l, content)) => (Some(l), first, content),
            None => (None, first, first),
        },
    };
    let mut depth = 0usize;
    let lo = r.token_at(current.2);
    for t in r.tokens.get(lo..).unwrap_or_default() {
        if t.span.start >= end {
            break;
        }
        let boundary = match t.kind {
            Kind::Open(b) if !b.is_quote() => {
                // `【配合单位】` run together with the names before it
                if depth == 0
                    && matches!(b, Bracket::Lenticular | Bracket::Square)
                    && let Some((l, content)) = bracketed_label(r, t.span.start, end, lx)
                {
                    segments.push((current.0, current.1, current.2, t.span.start));
                    current = (Some(l), t.span.start, content);
                }
                depth += 1;
                false
            }
            Kind::Close(b) if !b.is_quote() => {
                depth = depth.saturating_sub(1);
                false
            }
            k => depth == 0 && opens_clause(k),
        };
        if boundary && t.span.end > current.2 {
            let at = r.trim(t.span.end, end, |_| false).0;
            if let Some((l, after)) = label_at(r, at, end, lx)
                && let Some(content) = separator(r, after, end, l, None, false)
            {
                segments.push((current.0, current.1, current.2, t.span.start));
                current = (Some(l), at, content);
            }
        }
    }
    segments.push((current.0, current.1, current.2, end));
    let labelled = segments.iter().any(|s| s.0.is_some());
    for (label, label_start, content, seg_end) in segments {
        match label {
            Some(Label::Role(role)) => {
                let before = named.duties.len() + named.references.len();
                read_parts(r, content, seg_end, Some(role), lx, &mut named, &mut rule);
                if named.duties.len() + named.references.len() == before {
                    diagnostics.push(Diagnostic::new(
                        Severity::Warning,
                        Code::EmptyDuty,
                        "the duty block names no unit",
                        Span::new(label_start, seg_end),
                    ));
                }
            }
            Some(Label::Deadline) => {
                let (a, b) = r.trim(content, seg_end, |k| k.is_clause_break());
                if a < b {
                    block.deadlines.push(Span::new(a, b));
                }
            }
            Some(Label::Person) => {}
            // text before the first label: verb clauses only, unless the block has no
            // label at all (a bare list, or verbs)
            None => {
                let role = (!labelled).then_some(Role::Responsible);
                read_parts(r, content, seg_end, role, lx, &mut named, &mut rule);
            }
        }
    }
    diagnostics.append(&mut named.diagnostics);
    block.duties = named.duties;
    block.references = named.references;
    block.rule = rule;
    block
}

/// `【label】` at `at`: the label and where the content after it starts.
fn bracketed_label(r: &Region<'_>, at: usize, end: usize, lx: &Lexicon) -> Option<(Label, usize)> {
    let i = r.token_at(at);
    let t = r.tokens.get(i).filter(|t| t.span.start == at)?;
    let Kind::Open(Bracket::Lenticular | Bracket::Square) = t.kind else {
        return None;
    };
    let close = r.tokens.get(t.partner()?)?;
    let (label, after) = label_at(r, t.span.end, close.span.start, lx)?;
    let content = separator(r, after, end, label, Some(close.span.start), false)?;
    Some((label, content))
}

/// Reads the clauses of a segment: stated rules, verb clauses, and (with a `role`)
/// unit lists.
fn read_parts(
    r: &Region<'_>,
    start: usize,
    end: usize,
    role: Option<Role>,
    lx: &Lexicon,
    named: &mut Named,
    rule: &mut Option<StatedRule>,
) {
    let list = list::read(r, start, end, lx);
    // one unit to a name, mostly: the duties leave with no spare room
    named.duties.reserve(list.names.len());
    // a list made of verb clauses (and notes of rules) is read clause by clause; a list
    // with one verb clause among names reads the verb on its name
    let verbal =
        list.count(|k| matches!(k, Clause::Verb(_))) > 1 || list.count(|k| k == Clause::Other) == 0;
    for (k, c) in list.clauses.iter().enumerate() {
        let names = list.names_of(c);
        match c.kind {
            Clause::Rule(lead_rule, henceforth) => {
                let henceforth = henceforth
                    || list
                        .clauses
                        .get(k + 1..)
                        .is_some_and(|rest| rest.iter().any(|c| c.kind == Clause::Henceforth));
                *rule = Some(StatedRule {
                    rule: lead_rule,
                    henceforth,
                    span: Span::new(c.start, c.end),
                });
            }
            Clause::Henceforth => {}
            Clause::Verb(verb_role) if verbal || role.is_none() => {
                units::emit(r, names, verb_role, true, lx, named);
            }
            Clause::Verb(_) | Clause::Other => {
                // after the first clause of a list, a clause that names no unit is a
                // note (`…，长期坚持`, `…，2024年底前`)
                let note = k > 0
                    && !names
                        .iter()
                        .any(|&(a, b)| units::reads_as(r, a, b, lx, |u| lx.looks_like_unit(u)));
                if let Some(role) = role
                    && !note
                {
                    // a verb clause among names keeps its verb on its last name
                    let names: Vec<(usize, usize)> = match c.kind {
                        Clause::Verb(_) => {
                            let mut v = names.to_vec();
                            if let Some(last) = v.last_mut() {
                                last.1 = c.end;
                            }
                            v
                        }
                        _ => names.to_vec(),
                    };
                    units::emit(r, &names, role, false, lx, named);
                }
            }
        }
    }
}

/// The last sentence of a region when it assigns the task with verbs and nothing
/// else, without brackets: `…增长8%。由县商务局负责,各乡镇配合。`. Every clause must
/// be `units + verb` and every unit read as a unit of government, for a sentence
/// that stands in the text (`由政府负责兜底` is not one). A region that is one
/// sentence is the task itself.
fn trailing_verb_sentence(
    r: &Region<'_>,
    lx: &Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<DutyBlock> {
    let (_, end) = r.trim(r.span.start, r.span.end, |k| {
        k.is_clause_break() || matches!(k, Class::Dot | Class::ListSep)
    });
    // cheap rejection first: the region ends in a duty verb
    let tail = r.text.get(r.span.start..end)?;
    lx.verb_at_end(tail)?;
    // the sentence starts after the last sentence end before it
    let last = r
        .tokens
        .iter()
        .rev()
        .filter(|t| t.span.end <= end && t.depth == 0)
        .find(|t| matches!(t.kind, Kind::SentenceEnd | Kind::Semicolon))?;
    let start = last.span.end;
    let list = list::read(r, start, end, lx);
    let formal = !list.clauses.is_empty()
        && list.clauses.iter().all(|c| {
            matches!(c.kind, Clause::Verb(_))
                && list
                    .names_of(c)
                    .iter()
                    .all(|&(a, b)| units::reads_as(r, a, b, lx, |u| lx.is_government_unit(u)))
        });
    if !formal {
        return None;
    }
    let start = r.trim(start, end, |_| false).0;
    let span = Span::new(start, r.span.end);
    let mut named = Named::default();
    let mut rule = None;
    read_parts(r, start, r.span.end, None, lx, &mut named, &mut rule);
    diagnostics.append(&mut named.diagnostics);
    Some(DutyBlock {
        span,
        duties: named.duties,
        references: named.references,
        deadlines: Vec::new(),
        rule,
    })
}

#[cfg(test)]
mod tests;
