//! Qualitative promises: a relation in place of a value (`高于全市平均水平`,
//! `继续高于经济增长`, `与省保持一致`, `完成省下达的目标任务`).
//!
//! A relation word is found from one of its characters ([`triggers`]), checked on the
//! characters next to it ([`is_word`]), then read within its clause ([`find`]).

use std::sync::LazyLock;

use memchr::memmem::Finder;
use mubiao_model::Comparator;

use crate::text::is_space;

/// The characters relation words are found by: the last one of `高于`, `快于`, `低于`,
/// `慢于`, `少于` (`于`), `超过` (`过`), `一致` (`致`), `同步` (`步`), `持平` (`平`), and
/// the first one of `完成…目标任务` (`完`).
static TRIGGERS: LazyLock<[Finder<'static>; 6]> =
    LazyLock::new(|| ["于", "过", "致", "步", "平", "完"].map(Finder::new));

/// Where in `s` a relation word may be: the byte offsets of its trigger characters, in
/// no particular order. Most are no relation word: [`is_word`] tells.
fn triggers(s: &str) -> impl Iterator<Item = usize> + '_ {
    TRIGGERS.iter().flat_map(move |f| f.find_iter(s.as_bytes()))
}

/// The triggers of relation words in the stretches `ranges` of `text` (byte ranges in
/// order), in text order: one search per trigger character over each stretch, each
/// hit kept only where the characters next to it make a relation word.
pub(crate) fn candidates(text: &str, ranges: &[(usize, usize)]) -> Vec<usize> {
    let mut out = Vec::new();
    for &(a, b) in ranges {
        let Some(s) = text.get(a..b) else {
            continue;
        };
        out.extend(triggers(s).filter(|&h| is_word(s, h)).map(|h| a + h));
    }
    out.sort_unstable();
    out
}

/// A relation found in a clause: where its subject ends, where the relation starts,
/// and how it compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// End of the words before the relation (the subject and its verb), in the clause.
    pub(crate) subject_end: usize,
    /// Start of the relation in the clause.
    pub(crate) start: usize,
    /// How the indicator compares with what the relation names.
    pub(crate) comparator: Comparator,
}

/// The longest relation read, in bytes.
const MAX: usize = 60;

/// What kind of relation word a trigger is part of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// `高于`, `不低于`, `超过`…: a comparison, and the length of the word before the
    /// trigger (`高`, `不低`).
    Compare(Comparator, usize),
    /// `一致`, `同步`, `持平`, with the partner named before (`与省保持一致`).
    Agree,
    /// `完成` a target set by others (`完成省下达的目标任务`): the indicator meets it.
    Complete,
}

/// The relation word of the trigger character `last`, given the two characters before
/// it (`c1` right before) and the one after it.
fn kind(c2: Option<char>, c1: Option<char>, last: char, next: Option<char>) -> Option<Kind> {
    let not = c2 == Some('不');
    let compare = |cmp: Comparator| {
        let len = c1.map_or(0, char::len_utf8) + if not { '不'.len_utf8() } else { 0 };
        Some(Kind::Compare(cmp, len))
    };
    match (c1?, last) {
        ('高', '于') if not => compare(Comparator::Le),
        ('低' | '少', '于') if not => compare(Comparator::Ge),
        ('高' | '快', '于') => compare(Comparator::Gt),
        ('低' | '慢', '于') => compare(Comparator::Lt),
        ('超', '过') if not => compare(Comparator::Le),
        ('超', '过') => compare(Comparator::Gt),
        ('一', '致') | ('同', '步') | ('持', '平') => Some(Kind::Agree),
        (_, '完') if next == Some('成') => Some(Kind::Complete),
        _ => None,
    }
}

/// The kind of relation word the trigger at byte `trigger` of `s` is part of.
fn kind_at(s: &str, trigger: usize) -> Option<Kind> {
    let mut back = s.get(..trigger)?.chars().rev();
    let (c1, c2) = (back.next(), back.next());
    let mut ahead = s.get(trigger..)?.chars();
    let (last, next) = (ahead.next()?, ahead.next());
    // 完 needs no character before it
    let c1 = c1.or(Some(' '));
    kind(c2, c1, last, next)
}

/// Whether the trigger at byte `trigger` of `s` is part of a relation word: a look at
/// the characters next to it, no more.
fn is_word(s: &str, trigger: usize) -> bool {
    kind_at(s, trigger).is_some()
}

/// The relation whose word has its trigger at byte `trigger` of `clause`, if there is
/// one: `高于`, `快于`, `超过` (gt), `不低于`, `不少于` (ge), `低于`, `慢于` (lt),
/// `不高于`, `不超过` (le); `与…一致`, `与…同步`, `与…持平` (eq; at the end of the clause,
/// or before `增长`); `完成…的目标任务` (eq: the indicator reaches a target set by
/// others, as `完成` before a value says it reaches the value).
pub(crate) fn find(clause: &str, trigger: usize) -> Option<Found> {
    let before = clause.get(..trigger)?;
    let after = clause.get(trigger..)?.trim_end_matches(is_space);
    match kind_at(clause, trigger)? {
        Kind::Compare(comparator, len) => {
            let start = trigger.checked_sub(len)?;
            (clause.len() - start <= MAX).then_some(Found {
                subject_end: start,
                start,
                comparator,
            })
        }
        Kind::Agree => {
            // the word ends the clause, or a verb of growth follows: 与经济同步增长
            let tail = after.get(after.chars().next()?.len_utf8()..)?;
            if !matches!(tail, "" | "增长" | "提高" | "提升") {
                return None;
            }
            // the partner is named before the word itself: 与经济发展同步
            let word_start = before.char_indices().next_back()?.0;
            let with = before.get(..word_start)?.rfind(['与', '同', '和'])?;
            (with > 0 && clause.len() - with <= MAX).then_some(Found {
                subject_end: with,
                start: with,
                comparator: Comparator::Eq,
            })
        }
        Kind::Complete => {
            let goal = after.strip_prefix("完成")?;
            (trigger > 0 && after.len() <= MAX && assigned(goal)).then_some(Found {
                subject_end: trigger,
                start: trigger,
                comparator: Comparator::Eq,
            })
        }
    }
}

/// Whether `s` names a target set by others and nothing else: `目标任务`, `指标任务`,
/// `省下达的目标任务`, `与省签订的责任目标` (not `东沟大桥建设任务`, a task of its own).
fn assigned(s: &str) -> bool {
    let Some(rest) = ["目标任务", "任务指标", "指标任务", "目标", "任务", "指标"]
        .iter()
        .find_map(|g| s.strip_suffix(g))
    else {
        return false;
    };
    let rest = ["责任", "年度", "全年", "各项"]
        .iter()
        .find_map(|q| rest.strip_suffix(q))
        .unwrap_or(rest);
    match rest.strip_suffix('的') {
        None => rest.is_empty(),
        // who set it: 省下达的, 与省签订的, 市政府确定的
        Some(who) => {
            who.chars().count() <= 10
                && ["下达", "签订", "确定", "分解", "规定"]
                    .iter()
                    .any(|v| who.ends_with(v))
        }
    }
}

/// Words for growth, longest first where one ends another.
const GROWTH: [&str; 6] = ["增长速度", "增长率", "增速", "增幅", "涨幅", "增长"];

/// Whether `s` speaks of growth: `增长`, `增速`, `增幅`, `涨幅`.
pub(crate) fn of_growth(s: &str) -> bool {
    GROWTH.iter().any(|w| s.contains(w))
}

/// Whether `s` is a word for a growth rate and nothing else: `增速`, `增幅`, `增长率`
/// (`增长` alone is the verb).
pub(crate) fn is_growth_word(s: &str) -> bool {
    s != "增长" && GROWTH.contains(&s)
}

/// `s` without a growth word at its end (`地区生产总值增速` → `地区生产总值`), and
/// whether there was one. What is left must name an indicator: `人口自然增长率` is a
/// rate of its own.
pub(crate) fn strip_growth(s: &str) -> (&str, bool) {
    strip_rate(s, &GROWTH)
}

/// `s` without a word for the size of a decline at its end (`单位生产总值能耗降幅` →
/// `单位生产总值能耗`), and whether there was one.
pub(crate) fn strip_decline(s: &str) -> (&str, bool) {
    strip_rate(s, &["下降幅度", "下降率", "降幅", "降低率"])
}

/// `s` without the first of `words` it ends with, where what is left names an indicator.
fn strip_rate<'s>(s: &'s str, words: &[&str]) -> (&'s str, bool) {
    let s = s.trim_end_matches(is_space);
    for w in words {
        if let Some(rest) = s.strip_suffix(w)
            && super::subject::head_of(rest.trim_end_matches(')').trim_end_matches('）')).is_some()
        {
            return (rest, true);
        }
    }
    (s, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(c: &str) -> Option<Found> {
        triggers(c)
            .filter_map(|t| find(c, t))
            .min_by_key(|f| f.start)
    }

    #[test]
    fn relations() {
        let c = "确保地区生产总值(GDP)增速高于全市平均水平";
        let f = first(c).unwrap();
        assert_eq!(&c[f.start..], "高于全市平均水平");
        assert_eq!(f.comparator, Comparator::Gt);
        let c = "居民收入增长与经济发展同步";
        let f = first(c).unwrap();
        assert_eq!(&c[f.start..], "与经济发展同步");
        assert_eq!(f.comparator, Comparator::Eq);
        let f = first("增速不低于全省平均水平").unwrap();
        assert_eq!((f.start, f.comparator), (6, Comparator::Ge));
        assert_eq!(first("城市文明程度和群众幸福指数稳步提升"), None);
        assert_eq!(first("关于进一步加强"), None);
        assert_eq!(strip_growth("地区生产总值增速"), ("地区生产总值", true));
        assert_eq!(strip_growth("人口自然增长率"), ("人口自然增长率", false));
        assert_eq!(
            strip_decline("单位生产总值能耗降幅"),
            ("单位生产总值能耗", true)
        );
        assert_eq!(strip_decline("地区生产总值"), ("地区生产总值", false));
        assert!(is_growth_word("增速") && is_growth_word("增长率"));
        assert!(!is_growth_word("增长") && !is_growth_word("地区生产总值增速"));
    }

    #[test]
    fn agreement_ends_the_clause() {
        let c = "城乡居民收入与经济同步增长";
        assert_eq!(&c[first(c).unwrap().start..], "与经济同步增长");
        assert_eq!(first("农村公路与城市道路同步规划建设"), None);
    }

    #[test]
    fn targets_set_by_others() {
        for c in [
            "单位生产总值能耗降低完成省下达的目标任务",
            "主要污染物排放总量完成与省签订的责任目标",
            "节能降耗完成指标任务",
        ] {
            let f = first(c).unwrap();
            assert!(c[f.start..].starts_with("完成"), "{c}");
            assert_eq!(f.comparator, Comparator::Eq);
        }
        assert_eq!(first("完成东沟大桥建设任务"), None);
        assert_eq!(first("地区生产总值完成640亿元"), None);
    }

    #[test]
    fn candidates_are_relation_words_in_order() {
        let text = "关于印发。物价与省保持一致,收入高于全市平均水平。";
        let c = candidates(text, &[(0, text.len())]);
        let words: Vec<&str> = c.iter().map(|&h| &text[h..h + 3]).collect();
        assert_eq!(words, ["致", "于"]);
        assert!(candidates(text, &[(0, 12)]).is_empty());
    }
}
