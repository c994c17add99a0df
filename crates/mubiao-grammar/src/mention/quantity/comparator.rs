//! Comparator words, as rows: before a quantity (`控制在`, `不低于`, `超过`, `约`) and
//! after it (`以上`, `以内`, `左右`), each with the comparator it gives.

use mubiao_model::Comparator;

use super::Reader;
use crate::text::{CharSet, char_at, char_before, first_char, is_space, last_char, skip_spaces};

/// A comparator word, with the character it is met by: its last when it stands before
/// the quantity (the text is read backwards from the number), its first after it.
#[derive(Clone, Copy, Debug)]
struct Word {
    text: &'static str,
    cmp: Comparator,
    edge: char,
}

/// A word before a quantity, met by its last character.
const fn before(text: &'static str, cmp: Comparator) -> Word {
    let edge = match last_char(text) {
        Some(c) => c,
        None => '\0',
    };
    Word { text, cmp, edge }
}

/// A word after a quantity, met by its first character.
const fn after(text: &'static str, cmp: Comparator) -> Word {
    let edge = match first_char(text) {
        Some(c) => c,
        None => '\0',
    };
    Word { text, cmp, edge }
}

/// Words before a number that say how it bounds the real one, longest first.
const PREFIXES: &[Word] = &[
    before("控制在", Comparator::Le),
    before("不低于", Comparator::Ge),
    before("不少于", Comparator::Ge),
    before("不小于", Comparator::Ge),
    before("不超过", Comparator::Le),
    before("不高于", Comparator::Le),
    before("不多于", Comparator::Le),
    before("不大于", Comparator::Le),
    before("超过", Comparator::Gt),
    before("超出", Comparator::Gt),
    before("突破", Comparator::Gt),
    before("高于", Comparator::Gt),
    before("大于", Comparator::Gt),
    before("多于", Comparator::Gt),
    before("低于", Comparator::Lt),
    before("小于", Comparator::Lt),
    before("少于", Comparator::Lt),
    before("不足", Comparator::Lt),
    before("不到", Comparator::Lt),
    before("不满", Comparator::Lt),
    before("至少", Comparator::Ge),
    before("最少", Comparator::Ge),
    before("最低", Comparator::Ge),
    before("最多", Comparator::Le),
    before("最高", Comparator::Le),
    before("达到", Comparator::Eq),
    before("等于", Comparator::Eq),
    before("大约", Comparator::Approx),
    before("将近", Comparator::Approx),
    before("接近", Comparator::Approx),
    before("约", Comparator::Approx),
    before("近", Comparator::Approx),
    before("超", Comparator::Gt),
    before("过", Comparator::Gt),
    before("破", Comparator::Gt),
    before("达", Comparator::Eq),
];

/// Words after a quantity, longest first.
const SUFFIXES: &[Word] = &[
    after("及以上", Comparator::Ge),
    after("或以上", Comparator::Ge),
    after("以上", Comparator::Ge),
    after("之上", Comparator::Ge),
    after("以下", Comparator::Le),
    after("以内", Comparator::Le),
    after("之内", Comparator::Le),
    after("左右", Comparator::Approx),
    after("上下", Comparator::Approx),
];

/// Characters that make a one-character prefix part of another word before it
/// (`通过`, `最近`, `突破`, `制约`, `到达`).
const GLUED: &[(&str, &[char])] = &[
    (
        "过",
        &['通', '经', '不', '越', '度', '错', '超', '跨', '路', '闯'],
    ),
    (
        "近",
        &['最', '附', '就', '临', '亲', '接', '将', '贴', '靠'],
    ),
    ("超", &['赶', '高']),
    ("破", &['突', '打', '攻', '爆']),
    ("约", &['制', '签', '节', '合', '邀', '预', '契', '公']),
    ("达", &['到', '表', '下', '传', '通', '发', '抵', '送']),
];

/// Whether `before` makes the one-character prefix `word` part of another word.
fn glued(word: &str, before: char) -> bool {
    GLUED
        .iter()
        .any(|&(w, chars)| w == word && chars.contains(&before))
}

/// The last characters of [`PREFIXES`]: a word before a quantity can only end with one.
static PREFIX_ENDS: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < PREFIXES.len() {
        // `i < PREFIXES.len()`
        #[allow(clippy::indexing_slicing)]
        {
            set = set.with(PREFIXES[i].edge as u32);
        }
        i += 1;
    }
    set
};

/// Whether `rest` starts with a word of [`SUFFIXES`].
pub(super) fn starts_suffix(rest: &str) -> bool {
    SUFFIXES.iter().any(|w| rest.starts_with(w.text))
}

impl Reader<'_> {
    /// The comparator word in front of `pos` (spaces allowed between), and where it
    /// starts; never before the end of the last mention.
    pub(super) fn prefix(&self, pos: usize) -> Option<(Comparator, usize)> {
        let s = self.text;
        let mut p = pos;
        while let Some(c) = char_before(s, p) {
            if is_space(c) && p > self.floor {
                p -= c.len_utf8();
            } else {
                break;
            }
        }
        let last = char_before(s, p).filter(|&c| PREFIX_ENDS.contains(c))?;
        let before = s.get(self.floor..p)?;
        PREFIXES.iter().find_map(|w| {
            // the last character first: a compare instead of a call
            if w.edge != last {
                return None;
            }
            let b = before.strip_suffix(w.text)?;
            if w.text.len() == last.len_utf8()
                && b.chars().next_back().is_some_and(|c| glued(w.text, c))
            {
                return None;
            }
            Some((w.cmp, self.floor + b.len()))
        })
    }

    /// A comparator word after `pos` (spaces allowed before it), and where it ends.
    pub(super) fn suffix(&self, pos: usize) -> Option<(Comparator, usize)> {
        let p = skip_spaces(self.text, pos);
        let rest = self.text.get(p..)?;
        let first = char_at(self.text, p)?;
        SUFFIXES.iter().find_map(|w| {
            (w.edge == first && rest.starts_with(w.text)).then(|| (w.cmp, p + w.text.len()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters the prefix search was written with, before the rows.
    #[test]
    fn prefixes_end_with_the_characters_they_are_met_by() {
        let ends: String = (0..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| PREFIX_ENDS.contains(c))
            .collect();
        let mut want: Vec<char> = "于过超破在到足满少多低高约近达出".chars().collect();
        want.sort_unstable();
        assert_eq!(ends, want.into_iter().collect::<String>());
        assert!(PREFIXES.iter().all(|w| w.text.ends_with(w.edge)));
        assert!(SUFFIXES.iter().all(|w| w.text.starts_with(w.edge)));
    }

    #[test]
    fn a_prefix_glued_to_the_word_before_is_none() {
        assert!(glued("过", '通') && glued("过", '超') && glued("近", '最'));
        assert!(!glued("约", '大') && !glued("控制在", '通'));
    }
}
