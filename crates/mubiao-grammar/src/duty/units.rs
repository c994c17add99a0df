//! Unit lists: the names of a duty block, split at `、` `,` `;` `/` and spaces, and at
//! `及`/`以及`/`和`/`与` only where both sides read as units, so that
//! `市人力资源和社会保障局` stays whole. `X等有关部门` names X and the collective
//! `有关部门`; lead marks (`市社管办*`, `市发改委(牵头)`) and role verbs at the end of a
//! name (`市经信局牵头`) give the name's role.

use mubiao_model::{Code, Diagnostic, Duty, Org, Reference, Role, Severity, Span};

use super::region::Region;
use crate::lexicon::Lexicon;
use crate::reference::reference;
use crate::text::{Class, class};

/// What a unit list adds to its block.
#[derive(Debug, Default)]
pub(crate) struct Named {
    pub(crate) duties: Vec<Duty>,
    pub(crate) references: Vec<Reference>,
    /// Names that did not read cleanly.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// The conjunctions that may stand between two units.
const CONJUNCTIONS: [&str; 4] = ["以及", "及", "和", "与"];

/// Splits the item `start..end` at `及`/`以及`/`和`/`与` outside brackets where the
/// names on both sides read as units.
pub(crate) fn split_conjunctions(
    r: &Region<'_>,
    start: usize,
    end: usize,
    lx: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    let text = r.text.get(start..end).unwrap_or_default();
    // one look at each character of a short name: most hold none of them
    if !text.chars().any(|c| matches!(c, '及' | '和' | '与')) {
        out.push((start, end));
        return;
    }
    let mut from = start;
    let mut depth = 0usize;
    let mut skip_to = start;
    // the breaks between pieces: what stands in them (other cells of a table) is no
    // part of the item
    let mut breaks = r.breaks(start, end).peekable();
    for (i, c) in text.char_indices() {
        let at = start + i;
        while breaks.next_if(|b| b.end <= at).is_some() {}
        if at < skip_to || breaks.peek().is_some_and(|b| b.start <= at) {
            continue;
        }
        match class(c) {
            Class::Open(b) if !b.is_quote() => depth += 1,
            Class::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            _ if depth == 0 && matches!(c, '以' | '及' | '和' | '与') => {
                let rest = text.get(i..).unwrap_or_default();
                let Some(len) = CONJUNCTIONS
                    .iter()
                    .find(|w| rest.starts_with(**w))
                    .map(|w| w.len())
                else {
                    continue;
                };
                let left = r.compose(from, at);
                let right_end = next_conjunction(text, i + len)
                    .map(|k| start + k)
                    .filter(|&k| !r.breaks(start, end).any(|b| b.start <= k && k < b.end))
                    .unwrap_or(end);
                let right = r.compose(at + len, right_end);
                let whole_right = r.compose(at + len, end);
                let unit = |s: &str| lx.looks_like_unit(trim_name(s, lx).0);
                if unit(&left) && (unit(&right) || unit(&whole_right)) {
                    out.push((from, at));
                    from = at + len;
                    skip_to = from;
                }
            }
            _ => {}
        }
    }
    out.push((from, end));
}

/// Where the next `及`/`和`/`与` outside parentheses starts in `s`, from byte `from`.
fn next_conjunction(s: &str, from: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.get(from..)?.char_indices() {
        match class(c) {
            Class::Open(b) if !b.is_quote() => depth += 1,
            Class::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            _ if depth == 0 && matches!(c, '及' | '和' | '与') => return Some(from + i),
            _ => {}
        }
    }
    None
}

/// Punctuation trimmed from the ends of a name.
pub(crate) const fn is_item_punct(k: Class) -> bool {
    matches!(
        k,
        Class::Colon
            | Class::ListSep
            | Class::Comma
            | Class::Semicolon
            | Class::SentenceEnd
            | Class::Dot
    )
}

/// `s` without the `等` that closes a list (`X等`, `X等单位`, `X等有关单位`), and the
/// collective after it where there is one (`X等有关部门` → X and `有关部门`): the
/// bytes the name keeps, and where the collective starts.
fn trim_name<'s>(s: &'s str, lx: &Lexicon) -> (&'s str, Option<usize>) {
    let Some(k) = s.rfind('等') else {
        return (s, None);
    };
    let (head, tail) = (
        s.get(..k).unwrap_or_default(),
        s.get(k + '等'.len_utf8()..).unwrap_or_default(),
    );
    if head.is_empty() {
        return (s, None);
    }
    match tail {
        "" | "单位" | "部门" | "单位等" => (head, None),
        t if lx.is_collective(t) && lx.looks_like_unit(t) => (head, Some(k + '等'.len_utf8())),
        _ => (s, None),
    }
}

fn is_lead_mark(c: char) -> bool {
    class(c) == Class::LeadMark
}

/// Adds the names of a list (trimmed ranges) as units with `role`, unless a mark or
/// a verb on a name says otherwise (`verbal` when the names come from verb clauses,
/// so that a verb is not looked for on each).
pub(crate) fn emit(
    r: &Region<'_>,
    names: &[(usize, usize)],
    role: Role,
    verbal: bool,
    lx: &Lexicon,
    named: &mut Named,
) {
    for &(a, b) in names {
        item(r, a, b, role, verbal, lx, named);
    }
}

/// One name of a list.
fn item(
    r: &Region<'_>,
    a: usize,
    b: usize,
    role: Role,
    verbal: bool,
    lx: &Lexicon,
    named: &mut Named,
) {
    if a >= b {
        return;
    }
    let raw = r.compose(a, b);
    if (raw.starts_with('《') || ["另见", "详见", "参见"].iter().any(|l| raw.starts_with(l)))
        && let Some(text) = r.text.get(a..b)
        && let Some((reference, _)) = reference(text, a)
    {
        named.references.push(reference);
        return;
    }
    let (kept, collective) = trim_name(&raw, lx);
    // the byte offsets of the kept name (composition only drops breaks, which a name
    // ending in 等 does not hold before its end)
    let kept_end = b - (raw.len() - kept.len());
    push(r, a, kept_end.max(a), role, lx, named, verbal);
    if let Some(c) = collective {
        let at = b - (raw.len() - c);
        if at < b {
            push(r, at, b, role, lx, named, verbal);
        }
    }
}

/// Adds the unit `a..b`, reading its lead mark or verb.
fn push(
    r: &Region<'_>,
    a: usize,
    b: usize,
    role: Role,
    lx: &Lexicon,
    named: &mut Named,
    verbal: bool,
) {
    let (mut a, mut b) = r.trim(a, b, is_item_punct);
    let mut role = role;
    let name = r.compose(a, b);
    let before = (a, b);
    // lead marks: 市社管办* / *市社管办 / 市发改委(牵头)
    if let Some(last) = name.chars().next_back()
        && is_lead_mark(last)
    {
        b -= last.len_utf8();
        role = Role::Lead;
    } else if let Some(first) = name.chars().next()
        && is_lead_mark(first)
    {
        a += first.len_utf8();
        role = Role::Lead;
    } else if let Some(x) = ["(牵头)", "（牵头）"].iter().find(|s| name.ends_with(**s)) {
        b -= x.len();
        role = Role::Lead;
    } else if !verbal
        && let Some((verb_role, len)) = lx.verb_at_end(&name)
        && len < name.len()
    {
        let subject = name.get(..name.len() - len).unwrap_or_default();
        let manner = lx.manner_at_end(subject).unwrap_or(0);
        let subject = subject.get(..subject.len() - manner).unwrap_or_default();
        if lx.looks_like_unit(subject) {
            b -= len + manner;
            role = verb_role;
        }
    }
    // the name as it was, or what is left of it once a mark or a verb is taken off
    let name = if (a, b) == before {
        name.into_owned()
    } else {
        (a, b) = r.trim(a, b, is_item_punct);
        r.compose(a, b).into_owned()
    };
    if a >= b {
        return;
    }
    let span = Span::new(a, b);
    // 40 characters of CJK are 120 bytes; count only names that long (a name holds no
    // clause break outside brackets: only a long one can)
    if name.len() > 120 && (name.chars().count() > 40 || name.contains('。') || name.contains('；'))
    {
        named.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            Code::UnclearUnit,
            format!("`{name}` is long for the name of a unit"),
            span,
        ));
    }
    named.duties.push(Duty::new(Org::new(name, span), role));
}

/// Whether the name `a..b` passes `test` (its lead marks and `等` tail left out).
pub(crate) fn reads_as(
    r: &Region<'_>,
    a: usize,
    b: usize,
    lx: &Lexicon,
    test: impl Fn(&str) -> bool,
) -> bool {
    let name = r.compose(a, b);
    let name = name.trim_matches(is_lead_mark);
    test(trim_name(name, lx).0)
}
