//! Qualitative promises: a relation in place of a value (`高于全市平均水平`,
//! `继续高于经济增长`, `与省保持一致`).

use std::sync::LazyLock;

use memchr::memmem::Finder;
use mubiao_model::Comparator;

use crate::punct::is_space;

/// The last characters of the relation words: `于` (高于, 快于, 低于…), `过` (超过), `致`
/// (一致), `步` (同步), `平` (持平).
static TRIGGERS: LazyLock<[Finder<'static>; 5]> =
    LazyLock::new(|| ["于", "过", "致", "步", "平"].map(Finder::new));

/// Where in `s` a relation word may end: the byte offsets of its last characters, in
/// no particular order.
pub(crate) fn triggers(s: &str) -> impl Iterator<Item = usize> + '_ {
    TRIGGERS.iter().flat_map(move |f| f.find_iter(s.as_bytes()))
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

/// The relation word whose last character starts at byte `trigger` of `clause`, if
/// there is one: `高于`, `快于`, `超过` (gt), `不低于` (ge), `低于`, `慢于` (lt),
/// `不高于`, `不超过` (le); `与…一致`, `与…同步`, `与…持平` (eq).
pub(crate) fn find(clause: &str, trigger: usize) -> Option<Found> {
    let before = clause.get(..trigger)?;
    let mut back = before.chars().rev();
    let (c1, c2) = (back.next()?, back.next());
    let last = clause.get(trigger..)?.chars().next()?;
    let len1 = c1.len_utf8();
    let not = c2 == Some('不');
    let comparison = match (last, c1) {
        ('于', '高') if not => Some(Comparator::Le),
        ('于', '低') if not => Some(Comparator::Ge),
        ('于', '少') if not => Some(Comparator::Ge),
        ('于', '高' | '快') => Some(Comparator::Gt),
        ('于', '低' | '慢') => Some(Comparator::Lt),
        ('过', '超') if not => Some(Comparator::Le),
        ('过', '超') => Some(Comparator::Gt),
        _ => None,
    };
    if let Some(comparator) = comparison {
        let start = trigger - len1 - if not { '不'.len_utf8() } else { 0 };
        return (clause.len() - start <= MAX).then_some(Found {
            subject_end: start,
            start,
            comparator,
        });
    }
    let agree = matches!((c1, last), ('一', '致') | ('同', '步') | ('持', '平'));
    if !agree {
        return None;
    }
    // the partner is named before the word itself: 与经济发展同步
    let word_start = trigger - len1;
    let with = before.get(..word_start)?.rfind(['与', '同', '和'])?;
    (with > 0 && clause.len() - with <= MAX).then_some(Found {
        subject_end: with,
        start: with,
        comparator: Comparator::Eq,
    })
}

/// Whether `s` speaks of growth: `增长`, `增速`, `增幅`, `涨幅`.
pub(crate) fn of_growth(s: &str) -> bool {
    ["增长", "增速", "增幅", "涨幅"]
        .iter()
        .any(|w| s.contains(w))
}

/// `s` without a growth word at its end (`地区生产总值增速` → `地区生产总值`), and
/// whether there was one. What is left must name an indicator: `人口自然增长率` is a
/// rate of its own.
pub(crate) fn strip_growth(s: &str) -> (&str, bool) {
    let s = s.trim_end_matches(is_space);
    for w in ["增长速度", "增长率", "增速", "增幅", "涨幅", "增长"] {
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
    }
}
