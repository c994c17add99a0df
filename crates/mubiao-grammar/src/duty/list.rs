//! A list of a duty block read once: its clauses (at `，` `；` `。`), what each clause
//! is (a stated lead rule, `下同`, units and a role verb, or a list of names), and the
//! names of each, split at `、` `/` and spaces — from one pass over the tokens.

use mubiao_model::Role;

use super::region::Region;
use super::units;
use crate::lexicon::{Label, LeadRule, Lexicon};
use crate::text::{Class, Kind};

/// What a clause of a duty block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clause {
    /// A stated lead rule (`列第一位的为牵头单位`), and whether it holds for what
    /// follows.
    Rule(LeadRule, bool),
    /// `下同`.
    Henceforth,
    /// Units and a verb (`市发改委牵头`, `由X负责`, `X为牵头单位`): the verb's role.
    Verb(Role),
    /// Anything else: a list of names, or a note.
    Other,
}

/// A clause: its range, what it is, and its names (indices into [`List::names`]).
#[derive(Clone, Debug)]
pub(crate) struct ClauseOf {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Clause,
    pub(crate) names: std::ops::Range<usize>,
}

/// A list read: its clauses and their names (trimmed byte ranges), in order.
#[derive(Clone, Debug, Default)]
pub(crate) struct List {
    pub(crate) clauses: Vec<ClauseOf>,
    pub(crate) names: Vec<(usize, usize)>,
}

impl List {
    /// How many clauses are of a kind that `keep` accepts.
    pub(crate) fn count(&self, keep: impl Fn(Clause) -> bool) -> usize {
        self.clauses.iter().filter(|c| keep(c.kind)).count()
    }

    /// The names of a clause.
    pub(crate) fn names_of(&self, clause: &ClauseOf) -> &[(usize, usize)] {
        self.names.get(clause.names.clone()).unwrap_or_default()
    }
}

/// A part between two separators, and whether a `、` follows it.
#[derive(Clone, Copy, Debug)]
struct Part {
    start: usize,
    end: usize,
    list_sep: bool,
}

/// Reads the list `start..end` of `r`.
pub(crate) fn read(r: &Region<'_>, start: usize, end: usize, lx: &Lexicon) -> List {
    let mut list = List::default();
    let mut parts: Vec<Part> = Vec::new();
    let mut clause_start = start;
    let mut depth = 0usize;
    let mut from = start;
    for t in r.tokens.get(r.token_at(start)..).unwrap_or_default() {
        if t.span.start >= end {
            break;
        }
        match t.kind {
            Kind::Open(b) if !b.is_quote() => depth += 1,
            Kind::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            k if depth == 0 && k.is_clause_break() => {
                parts.push(Part {
                    start: from,
                    end: t.span.start,
                    list_sep: false,
                });
                clause(r, clause_start, t.span.start, &parts, lx, &mut list);
                parts.clear();
                from = t.span.end;
                clause_start = from;
            }
            Kind::ListSep | Kind::Slash | Kind::Space if depth == 0 => {
                parts.push(Part {
                    start: from,
                    end: t.span.start,
                    list_sep: t.kind == Kind::ListSep,
                });
                from = t.span.end;
            }
            _ => {}
        }
    }
    parts.push(Part {
        start: from,
        end,
        list_sep: false,
    });
    clause(r, clause_start, end, &parts, lx, &mut list);
    list
}

/// Reads one clause of parts into `list` (a clause of nothing but white space is
/// left out).
fn clause(r: &Region<'_>, start: usize, end: usize, parts: &[Part], lx: &Lexicon, list: &mut List) {
    let (start, end) = r.trim(start, end, |k| matches!(k, Class::Dot | Class::ListSep));
    if start >= end {
        return;
    }
    let text = r.compose(start, end);
    let kind = if text.len() <= 18 && lx.is_henceforth(&text) {
        Clause::Henceforth
    } else if let Some((rule, henceforth)) = lx.lead_rule(&text) {
        Clause::Rule(rule, henceforth)
    } else {
        Clause::Other
    };
    let first = list.names.len();
    if matches!(kind, Clause::Other) {
        names(r, parts, lx, &mut list.names);
    }
    let mut clause = ClauseOf {
        start,
        end,
        kind,
        names: first..list.names.len(),
    };
    if kind == Clause::Other
        && let Some(names) = list.names.get_mut(first..)
        && let Some(role) = verb(r, names, lx)
    {
        clause.kind = Clause::Verb(role);
    }
    list.clauses.push(clause);
}

/// The names of a clause's parts: trimmed, a collective that a `、` cut put together
/// again (`各市`、`县〔市、区〕政府`), and parts split at conjunctions between units.
fn names(r: &Region<'_>, parts: &[Part], lx: &Lexicon, out: &mut Vec<(usize, usize)>) {
    let trimmed = |p: &Part| r.trim(p.start, p.end, units::is_item_punct);
    let mut i = 0;
    while let Some(p) = parts.get(i) {
        let (a, b) = trimmed(p);
        if a >= b {
            i += 1;
            continue;
        }
        // a collective that a `、` cuts: `各省`、`自治区`、`直辖市人民政府`
        if p.list_sep && lx.is_level_list(&r.compose(a, b)) {
            let mut j = i + 1;
            let end = loop {
                let Some(q) = parts.get(j) else { break None };
                let (qa, qb) = trimmed(q);
                let name = r.compose(qa, qb);
                if lx.is_level_government(&name) {
                    break Some(qb);
                }
                if !(q.list_sep && lx.is_level_list(&name)) {
                    break None;
                }
                j += 1;
            };
            if let Some(e) = end {
                out.push((a, e));
                i = j + 1;
                continue;
            }
        }
        units::split_conjunctions(r, a, b, lx, out);
        i += 1;
    }
}

/// Whether the names of a clause are units and a role verb (`市发改委、市财政局牵头`,
/// `由X负责`, `X按职责分工负责`, `X为牵头单位`): the verb's role. The names are cut to
/// the units (the verb, the manner and `由` left out).
fn verb(r: &Region<'_>, names: &mut [(usize, usize)], lx: &Lexicon) -> Option<Role> {
    let &(la, lb) = names.last()?;
    // the verb stands at the end of the last name's last piece
    let tail_start = r.all_breaks_before(la, lb);
    let tail = r.text.get(tail_start..lb)?;
    let (role, subject_end) = if let Some((role, len)) = lx.verb_at_end(tail) {
        (role, lb - len)
    } else {
        // `X为牵头单位`: units, 为, a role label
        let (label, len) = lx.label_at_end(tail)?;
        let Label::Role(role) = label else {
            return None;
        };
        let before = tail.get(..tail.len() - len)?;
        let wei = before.strip_suffix(['为', '是'])?;
        (role, tail_start + wei.len())
    };
    let subject = r.text.get(tail_start..subject_end)?;
    let manner = lx.manner_at_end(subject).unwrap_or(0);
    let subject_end = subject_end - manner;
    let (fa, _) = *names.first()?;
    let skip = if r.text.get(fa..)?.starts_with('由') {
        '由'.len_utf8()
    } else {
        0
    };
    // every name, the last one cut before its verb, must read as a unit
    let n = names.len();
    let unit = |k: usize, a: usize, b: usize| {
        let a = if k == 0 { a + skip } else { a };
        let b = if k == n - 1 { subject_end } else { b };
        a < b && units::reads_as(r, a, b, lx, |u| lx.looks_like_unit(u))
    };
    if !names.iter().enumerate().all(|(k, &(a, b))| unit(k, a, b)) {
        return None;
    }
    if let Some(first) = names.first_mut() {
        first.0 += skip;
    }
    if let Some(last) = names.last_mut() {
        last.1 = subject_end;
    }
    Some(role)
}
