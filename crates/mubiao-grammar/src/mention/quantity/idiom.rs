//! Set phrases in which a numeral and a unit are no quantity: `一条龙`, `三位一体`,
//! `千方百计`, `一次性`.

use std::sync::LazyLock;

use crate::text::char_at;

/// Set phrases in which a numeral and a unit are no quantity.
const IDIOMS: &[&str] = &[
    "一条龙",
    "一张网",
    "一张蓝图",
    "一成不变",
    "一波三折",
    "一年来",
    "一块儿",
    "一次性",
    "一站式",
    "三位一体",
    "四位一体",
    "五位一体",
    "一把手",
    "一揽子",
    "一体化",
    "一头雾水",
    "一手抓",
    "两手抓",
    "千家万户",
    "千方百计",
    "一天天",
    "一年年",
    "一项项",
    "一个个",
    "一件件",
    "一批批",
    "三天两头",
    "成千上万",
    "成百上千",
    "千千万万",
    "万众一心",
    "一个中心",
    "一篮子",
    "一票否决",
    "一条心",
    "一口气",
    "一口价",
];

/// A character of an idiom: the character, the one after it, its byte offset, the idiom.
type IdiomPlace = (char, Option<char>, usize, &'static str);

/// Whether the character at `start` is part of a set phrase of [`IDIOMS`] that
/// stands around it (`一体化`, `千方百计`).
pub(super) fn in_idiom(s: &str, start: usize) -> bool {
    /// Every character of every idiom with the one after it and its offset, built once:
    /// the test compares two characters before it compares a phrase.
    /// Sorted by character, so the places of one character are found by a binary search.
    static PLACES: LazyLock<Vec<IdiomPlace>> = LazyLock::new(|| {
        let mut v = Vec::new();
        for idiom in IDIOMS {
            for (i, c) in idiom.char_indices() {
                let next = idiom.get(i + c.len_utf8()..).and_then(|r| r.chars().next());
                v.push((c, next, i, *idiom));
            }
        }
        v.sort_by_key(|p| p.0);
        v
    });
    let Some(c0) = char_at(s, start) else {
        return false;
    };
    let c1 = char_at(s, start + c0.len_utf8());
    let places = &*PLACES;
    let lo = places.partition_point(|p| p.0 < c0);
    let of_c0 = places.get(lo..).unwrap_or_default();
    of_c0
        .iter()
        .take_while(|p| p.0 == c0)
        .any(|&(_, next, i, idiom)| {
            next == c1
                && start
                    .checked_sub(i)
                    .and_then(|b| s.get(b..))
                    .is_some_and(|r| r.starts_with(idiom))
        })
}

#[cfg(test)]
mod tests {
    use super::in_idiom;

    #[test]
    fn a_numeral_inside_a_set_phrase_is_found_from_any_of_its_characters() {
        let s = "推进一体化,千方百计";
        assert!(in_idiom(s, "推进".len()));
        assert!(in_idiom(s, "推进一体化,".len()));
        assert!(in_idiom(s, "推进一体化,千方".len()));
        assert!(!in_idiom(s, 0));
        assert!(!in_idiom("一体", 0), "a phrase cut short");
        assert!(!in_idiom(s, 1), "inside a character");
    }
}
