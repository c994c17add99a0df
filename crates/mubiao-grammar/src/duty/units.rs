//! Unit lists: the names of a duty block, split at `、` `,` `;` `/` and spaces, and at
//! `及`/`以及`/`和`/`与` only where both sides read as units, so that
//! `市人力资源和社会保障局` stays whole. `X等有关部门` names X and the collective
//! `有关部门`; lead marks (`市社管办*`, `市发改委(牵头)`) and role verbs at the end of a
//! name (`市经信局牵头`) give the name's role.

use mubiao_model::{Code, Diagnostic, Duty, Org, Reference, Role, Severity, Span};

use super::region::Region;
use crate::lexicon::Lexicon;
use crate::reference::reference;
use crate::text::{Class, Kind, class};

/// What a unit list adds to its block.
#[derive(Debug, Default)]
pub(crate) struct Named {
    pub(crate) duties: Vec<Duty>,
    pub(crate) references: Vec<Reference>,
    /// Names that did not read cleanly.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// The items of the list `start..end` of `r`: split at the top-level list separators
/// (`、` `,` `;` `。` `/` spaces; a break between pieces of a paragraph splits
/// nothing), then at conjunctions between two units. Each item is a byte range.
pub(crate) fn items(r: &Region<'_>, start: usize, end: usize, lx: &Lexicon) -> Vec<(usize, usize)> {
    // the parts between separators, and whether a `、` follows each
    let mut parts: Vec<(usize, usize, bool)> = Vec::new();
    let lo = r.token_at(start);
    let mut from = start;
    let mut depth = 0usize;
    for t in r.tokens.get(lo..).unwrap_or_default() {
        if t.span.start >= end {
            break;
        }
        match t.kind {
            Kind::Open(b) if !b.is_quote() => depth += 1,
            Kind::Close(b) if !b.is_quote() => depth = depth.saturating_sub(1),
            Kind::ListSep
            | Kind::Comma
            | Kind::Semicolon
            | Kind::SentenceEnd
            | Kind::Slash
            | Kind::Space
                if depth == 0 =>
            {
                parts.push((from, t.span.start, t.kind == Kind::ListSep));
                from = t.span.end;
            }
            _ => {}
        }
    }
    parts.push((from, end, false));
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&(a, b, _)) = parts.get(i) {
        // a collective that a `、` cuts: `各市、县〔市、区〕政府`
        if let Some(j) = collective_end(r, &parts, i, lx) {
            out.push((a, parts.get(j).map_or(b, |p| p.1)));
            i = j + 1;
            continue;
        }
        split_conjunctions(r, a, b, lx, &mut out);
        i += 1;
    }
    out
}

/// Where the collective that starts at part `i` ends, when parts `i..j` name only
/// levels of government, each followed by `、`, and part `j` is levels and the noun
/// of a government: `各省`、`自治区`、`直辖市人民政府`.
fn collective_end(
    r: &Region<'_>,
    parts: &[(usize, usize, bool)],
    i: usize,
    lx: &Lexicon,
) -> Option<usize> {
    let name = |k: usize| {
        parts.get(k).map(|&(a, b, _)| {
            let (a, b) = r.trim(a, b, is_item_punct);
            r.compose(a, b)
        })
    };
    if !parts.get(i)?.2 || !lx.is_level_list(&name(i)?) {
        return None;
    }
    let mut j = i + 1;
    loop {
        let n = name(j)?;
        if lx.is_level_government(&n) {
            return Some(j);
        }
        if !(parts.get(j)?.2 && lx.is_level_list(&n)) {
            return None;
        }
        j += 1;
    }
}

/// The conjunctions that may stand between two units.
const CONJUNCTIONS: [&str; 4] = ["以及", "及", "和", "与"];

/// Splits the item `start..end` at `及`/`以及`/`和`/`与` outside brackets where the
/// names on both sides read as units.
fn split_conjunctions(
    r: &Region<'_>,
    start: usize,
    end: usize,
    lx: &Lexicon,
    out: &mut Vec<(usize, usize)>,
) {
    let text = r.text.get(start..end).unwrap_or_default();
    if !text.contains(['及', '和', '与']) {
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
const fn is_item_punct(k: Class) -> bool {
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

/// Reads the items of `start..end` as units with `role` (unless a mark or a verb on
/// an item says otherwise; `verbal` when the list is made of verb clauses already
/// read, so that a verb is not looked for on each item).
pub(crate) fn read(
    r: &Region<'_>,
    start: usize,
    end: usize,
    role: Role,
    verbal: bool,
    lx: &Lexicon,
    named: &mut Named,
) {
    for (a, b) in items(r, start, end, lx) {
        item(r, a, b, role, verbal, lx, named);
    }
}

/// One item of a list.
fn item(
    r: &Region<'_>,
    a: usize,
    b: usize,
    role: Role,
    verbal: bool,
    lx: &Lexicon,
    named: &mut Named,
) {
    let (a, b) = r.trim(a, b, is_item_punct);
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

/// Adds the unit `a..b` (a name already trimmed), reading its lead mark or verb.
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
    let (a, b) = r.trim(a, b, is_item_punct);
    if a >= b {
        return;
    }
    let name = r.compose(a, b).into_owned();
    let span = Span::new(a, b);
    // 40 characters of CJK are 120 bytes; count only names that long
    if (name.len() > 120 && name.chars().count() > 40) || name.contains(['。', '；', ';']) {
        named.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            Code::UnclearUnit,
            format!("`{name}` is long for the name of a unit"),
            span,
        ));
    }
    named.duties.push(Duty::new(Org::new(name, span), role));
}

/// Whether every item of `start..end` passes `test` (lead marks and `等` tails left
/// out).
pub(crate) fn all_items(
    r: &Region<'_>,
    start: usize,
    end: usize,
    lx: &Lexicon,
    test: impl Fn(&str) -> bool,
) -> bool {
    let items = items(r, start, end, lx);
    !items.is_empty()
        && items.iter().all(|&(a, b)| {
            let (a, b) = r.trim(a, b, is_item_punct);
            let name = r.compose(a, b);
            let name = name.trim_matches(is_lead_mark);
            let (kept, _) = trim_name(name, lx);
            a < b && test(kept)
        })
}

/// Whether some item of `start..end` passes `test`.
pub(crate) fn any_item(
    r: &Region<'_>,
    start: usize,
    end: usize,
    lx: &Lexicon,
    test: impl Fn(&str) -> bool,
) -> bool {
    items(r, start, end, lx).iter().any(|&(a, b)| {
        let (a, b) = r.trim(a, b, is_item_punct);
        let name = r.compose(a, b);
        let name = name.trim_matches(is_lead_mark);
        a < b && test(trim_name(name, lx).0)
    })
}
