//! References to other documents: `另见《…》(平政〔2013〕5号)`.

use mubiao_model::{Reference, Span};

use crate::text::{is_close_paren, is_open_paren, is_space};

/// Words that introduce a reference in place of units: `另见`, `详见`, `参见`, `见`.
const LEADS: [&str; 4] = ["另见", "详见", "参见", "见"];

/// Reads a reference at the start of `input` — an optional `另见`/`详见`/`参见`/`见`,
/// a title in `《》` (nested `〈〉` allowed), and an optional document number in
/// parentheses — and returns it with its span rebased by `offset`, and the bytes it
/// took.
///
/// ```
/// use mubiao_grammar::reference::reference;
///
/// let text = "另见《平顶山市2013年民生工程实施方案》(平政〔2013〕5号)";
/// let (r, used) = reference(text, 100).unwrap();
/// assert_eq!(r.title.as_deref(), Some("平顶山市2013年民生工程实施方案"));
/// assert_eq!(r.doc_number.as_deref(), Some("平政〔2013〕5号"));
/// assert_eq!(used, text.len());
/// assert_eq!(r.span.start, 100);
/// ```
#[must_use]
pub fn reference(input: &str, offset: usize) -> Option<(Reference, usize)> {
    let lead = LEADS
        .iter()
        .find(|l| input.starts_with(**l))
        .map_or(0, |l| l.len());
    let after_lead = input.get(lead..)?;
    let trimmed = after_lead.trim_start_matches(is_space);
    let body = trimmed.strip_prefix('《')?;
    let body_start = input.len() - body.len();
    let close = title_end(body)?;
    let title = body.get(..close)?.to_owned();
    let mut used = body_start + close + '》'.len_utf8();
    let mut doc_number = None;
    let rest = input.get(used..).unwrap_or_default();
    let mut chars = rest.chars();
    if chars.next().is_some_and(is_open_paren) {
        let inner_start = used + rest.chars().next().map_or(0, char::len_utf8);
        let inner = input.get(inner_start..).unwrap_or_default();
        if let Some(end) = inner.find(is_close_paren) {
            let number = inner.get(..end).unwrap_or_default();
            if number.ends_with('号') && number.chars().count() <= 40 {
                doc_number = Some(number.to_owned());
                used = inner_start
                    + end
                    + inner
                        .get(end..)
                        .and_then(|s| s.chars().next())
                        .map_or(0, char::len_utf8);
            }
        }
    }
    Some((
        Reference::new(Some(title), doc_number, Span::new(offset, offset + used)),
        used,
    ))
}

/// The byte index of the `》` closing a title, nested `《》` counted.
fn title_end(body: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in body.char_indices() {
        match c {
            '《' => depth += 1,
            '》' if depth == 0 => return Some(i),
            '》' => depth -= 1,
            '\n' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_only_and_nested() {
        let (r, used) = reference(
            "《市七届人大一次会议〈政府工作报告〉主要工作目标分解落实意见》",
            0,
        )
        .unwrap();
        assert_eq!(
            r.title.as_deref(),
            Some("市七届人大一次会议〈政府工作报告〉主要工作目标分解落实意见")
        );
        assert_eq!(r.doc_number, None);
        assert_eq!(used, r.span.end);
    }

    #[test]
    fn full_width_paren_and_not_a_number() {
        let (r, _) = reference("详见《关于加强督查的通知》（鄂州政办发〔2012〕6号）", 0).unwrap();
        assert_eq!(r.doc_number.as_deref(), Some("鄂州政办发〔2012〕6号"));
        let (r, used) = reference("见《方案》(试行)", 0).unwrap();
        assert_eq!(r.doc_number, None);
        assert_eq!(used, "见《方案》".len());
    }

    #[test]
    fn unclosed_is_none() {
        assert!(reference("另见《没有结束", 0).is_none());
        assert!(reference("市发改委", 0).is_none());
    }
}
