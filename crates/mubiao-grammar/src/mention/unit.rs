//! Units: the measure words, currencies and signs a quantity may carry, as rows, with
//! the kind each gives it (`元` money, `亩` a measure, `个` a count, `倍` a multiple).

use mubiao_model::QuantityKind;

use crate::text::{CharSet, first_char};

/// A unit the grammar knows, with the kind it gives a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// As written.
    pub(crate) text: &'static str,
    /// What it measures.
    pub(crate) kind: QuantityKind,
    /// It may follow a one-character Chinese numeral (`三个`, `一吨`); ambiguous ones
    /// (`一点`, `三位一体`, `一口气`, `七届人大`) may not.
    pub(crate) lone: bool,
}

const fn u(text: &'static str, kind: QuantityKind, lone: bool) -> Unit {
    Unit { text, kind, lone }
}

/// Sorted by the UTF-8 bytes of `text` (a test checks it).
static UNITS: &[Unit] = &[
    u("世纪", QuantityKind::Count, true),
    u("两", QuantityKind::Measure, true),
    u("个", QuantityKind::Count, true),
    u("个月", QuantityKind::Count, true),
    u("亩", QuantityKind::Measure, true),
    u("人", QuantityKind::Count, true),
    u("人口", QuantityKind::Count, true),
    u("人次", QuantityKind::Count, true),
    u("人民币", QuantityKind::Money, true),
    u("件", QuantityKind::Count, true),
    u("份", QuantityKind::Count, true),
    u("伏", QuantityKind::Measure, true),
    u("伏安", QuantityKind::Measure, true),
    u("位", QuantityKind::Count, false),
    u("例", QuantityKind::Count, false),
    u("個", QuantityKind::Count, true),
    u("個月", QuantityKind::Count, true),
    u("倍", QuantityKind::Multiple, true),
    u("元", QuantityKind::Money, true),
    u("元人民币", QuantityKind::Money, true),
    u("兆伏安", QuantityKind::Measure, true),
    u("兆字节", QuantityKind::Measure, true),
    u("兆比特", QuantityKind::Measure, true),
    u("兆瓦", QuantityKind::Measure, true),
    u("兆瓦时", QuantityKind::Measure, true),
    u("兆赫", QuantityKind::Measure, true),
    u("克", QuantityKind::Measure, true),
    u("公分", QuantityKind::Measure, true),
    u("公斤", QuantityKind::Measure, true),
    u("公里", QuantityKind::Measure, true),
    u("公顷", QuantityKind::Measure, true),
    u("册", QuantityKind::Count, true),
    u("分钟", QuantityKind::Count, true),
    u("列", QuantityKind::Count, false),
    u("副", QuantityKind::Count, true),
    u("加元", QuantityKind::Money, true),
    u("匹", QuantityKind::Count, true),
    u("千伏", QuantityKind::Measure, true),
    u("千伏安", QuantityKind::Measure, true),
    u("千克", QuantityKind::Measure, true),
    u("千卡", QuantityKind::Measure, true),
    u("千字节", QuantityKind::Measure, true),
    u("千比特", QuantityKind::Measure, true),
    u("千瓦", QuantityKind::Measure, true),
    u("千瓦时", QuantityKind::Measure, true),
    u("千米", QuantityKind::Measure, true),
    u("升", QuantityKind::Measure, true),
    u("单", QuantityKind::Count, false),
    u("卢布", QuantityKind::Money, true),
    u("卢比", QuantityKind::Money, true),
    u("厘米", QuantityKind::Measure, true),
    u("双", QuantityKind::Count, true),
    u("口", QuantityKind::Count, false),
    u("只", QuantityKind::Count, true),
    u("台", QuantityKind::Count, true),
    u("台币", QuantityKind::Money, true),
    u("吉字节", QuantityKind::Measure, true),
    u("名", QuantityKind::Count, true),
    u("吨", QuantityKind::Measure, true),
    u("吨公里", QuantityKind::Measure, true),
    u("吨标准煤", QuantityKind::Measure, true),
    u("吨标煤", QuantityKind::Measure, true),
    u("员", QuantityKind::Count, false),
    u("周", QuantityKind::Count, true),
    u("圆", QuantityKind::Money, false),
    u("场", QuantityKind::Count, true),
    u("场次", QuantityKind::Count, true),
    u("块", QuantityKind::Money, true),
    u("場", QuantityKind::Count, true),
    u("塊", QuantityKind::Count, true),
    u("处", QuantityKind::Count, true),
    u("天", QuantityKind::Count, true),
    u("头", QuantityKind::Count, true),
    u("奈拉", QuantityKind::Money, true),
    u("套", QuantityKind::Count, true),
    u("字节", QuantityKind::Measure, true),
    u("季度", QuantityKind::Count, true),
    u("宗", QuantityKind::Count, false),
    u("家", QuantityKind::Count, true),
    u("对", QuantityKind::Count, true),
    u("對", QuantityKind::Count, true),
    u("小时", QuantityKind::Count, true),
    u("尾", QuantityKind::Count, false),
    u("层", QuantityKind::Count, true),
    u("届", QuantityKind::Count, false),
    u("岁", QuantityKind::Count, true),
    u("幢", QuantityKind::Count, true),
    u("平方", QuantityKind::Measure, false),
    u("平方公里", QuantityKind::Measure, true),
    u("平方千米", QuantityKind::Measure, true),
    u("平方米", QuantityKind::Measure, true),
    u("年", QuantityKind::Count, true),
    u("年度", QuantityKind::Count, true),
    u("床", QuantityKind::Count, false),
    u("度", QuantityKind::Measure, false),
    u("座", QuantityKind::Count, true),
    u("延米", QuantityKind::Measure, true),
    u("张", QuantityKind::Count, true),
    u("张床", QuantityKind::Count, true),
    u("强", QuantityKind::Count, false),
    u("微克", QuantityKind::Measure, true),
    u("成", QuantityKind::Percent, true),
    u("户", QuantityKind::Count, true),
    u("户次", QuantityKind::Count, true),
    u("户籍", QuantityKind::Count, true),
    u("所", QuantityKind::Count, true),
    u("批", QuantityKind::Count, false),
    u("折", QuantityKind::Percent, true),
    u("摄氏度", QuantityKind::Measure, true),
    u("支", QuantityKind::Count, false),
    u("斤", QuantityKind::Measure, true),
    u("新台币", QuantityKind::Money, true),
    u("方", QuantityKind::Measure, false),
    u("日元", QuantityKind::Money, true),
    u("星期", QuantityKind::Count, true),
    u("期", QuantityKind::Count, false),
    u("本", QuantityKind::Count, false),
    u("条", QuantityKind::Count, true),
    u("枚", QuantityKind::Count, true),
    u("架", QuantityKind::Count, true),
    u("架次", QuantityKind::Count, true),
    u("标准箱", QuantityKind::Measure, true),
    u("标箱", QuantityKind::Measure, true),
    u("栋", QuantityKind::Count, true),
    u("株", QuantityKind::Count, true),
    u("样", QuantityKind::Count, false),
    u("根", QuantityKind::Count, true),
    u("條", QuantityKind::Count, true),
    u("棵", QuantityKind::Count, true),
    u("次", QuantityKind::Count, false),
    u("欧元", QuantityKind::Money, true),
    u("比特", QuantityKind::Measure, true),
    u("比特币", QuantityKind::Money, true),
    u("毫克", QuantityKind::Measure, true),
    u("毫升", QuantityKind::Measure, true),
    u("毫米", QuantityKind::Measure, true),
    u("法郎", QuantityKind::Money, true),
    u("注", QuantityKind::Count, false),
    u("海里", QuantityKind::Measure, true),
    u("港元", QuantityKind::Money, true),
    u("港币", QuantityKind::Money, true),
    u("澳元", QuantityKind::Money, true),
    u("点", QuantityKind::Count, false),
    u("片", QuantityKind::Count, false),
    u("瑞士法郎", QuantityKind::Money, true),
    u("瓦", QuantityKind::Measure, true),
    u("盏", QuantityKind::Count, true),
    u("眼", QuantityKind::Count, true),
    u("种", QuantityKind::Count, true),
    u("種", QuantityKind::Count, true),
    u("立方", QuantityKind::Measure, false),
    u("立方米", QuantityKind::Measure, true),
    u("章", QuantityKind::Count, true),
    u("笔", QuantityKind::Count, false),
    u("篇", QuantityKind::Count, true),
    u("米", QuantityKind::Measure, true),
    u("类", QuantityKind::Count, false),
    u("粒", QuantityKind::Count, true),
    u("级", QuantityKind::Count, false),
    u("组", QuantityKind::Count, false),
    u("美元", QuantityKind::Money, true),
    u("美分", QuantityKind::Money, true),
    u("美圆", QuantityKind::Money, true),
    u("美金", QuantityKind::Money, true),
    u("羽", QuantityKind::Count, false),
    u("臺", QuantityKind::Count, true),
    u("艘", QuantityKind::Count, true),
    u("艘次", QuantityKind::Count, true),
    u("节", QuantityKind::Count, false),
    u("英里", QuantityKind::Measure, true),
    u("英镑", QuantityKind::Money, true),
    u("赫兹", QuantityKind::Measure, true),
    u("起", QuantityKind::Count, false),
    u("輛", QuantityKind::Count, true),
    u("车次", QuantityKind::Count, true),
    u("轮", QuantityKind::Count, true),
    u("辆", QuantityKind::Count, true),
    u("週", QuantityKind::Count, true),
    u("道", QuantityKind::Count, false),
    u("部", QuantityKind::Count, true),
    u("間", QuantityKind::Count, true),
    u("门", QuantityKind::Count, false),
    u("间", QuantityKind::Count, true),
    u("队", QuantityKind::Count, false),
    u("隻", QuantityKind::Count, true),
    u("雙", QuantityKind::Count, true),
    u("韩元", QuantityKind::Money, true),
    u("項", QuantityKind::Count, true),
    u("顷", QuantityKind::Measure, true),
    u("项", QuantityKind::Count, true),
    u("颗", QuantityKind::Count, true),
    u("马克", QuantityKind::Money, true),
    u("马力", QuantityKind::Measure, true),
];

/// The first characters of [`UNITS`]: one lookup answers for the characters that begin
/// no unit, most of those a unit is looked for at.
static FIRST: CharSet = {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < UNITS.len() {
        // `i < UNITS.len()`
        #[allow(clippy::indexing_slicing)]
        if let Some(c) = first_char(UNITS[i].text) {
            set = set.with(c as u32);
        }
        i += 1;
    }
    set
};

/// How many different first characters [`UNITS`] has.
const FIRSTS: usize = {
    let mut n = 0;
    let mut i = 0;
    let mut last = None;
    while i < UNITS.len() {
        // `i < UNITS.len()`
        #[allow(clippy::indexing_slicing)]
        let c = first_char(UNITS[i].text);
        if !same(c, last) {
            n += 1;
            last = c;
        }
        i += 1;
    }
    n
};

/// Whether two characters are the same one (`==` at compile time).
const fn same(a: Option<char>, b: Option<char>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a as u32 == b as u32,
        (None, None) => true,
        _ => false,
    }
}

/// Each first character of [`UNITS`] in code point order (the order of the rows) with
/// the range of the rows that start with it.
static BY_FIRST: [(char, u16, u16); FIRSTS] = {
    let mut v = [('\0', 0_u16, 0_u16); FIRSTS];
    let mut k = 0;
    let mut i = 0;
    let mut last = None;
    while i < UNITS.len() {
        // `i < UNITS.len()`; `k` counts the first characters up to row `i`, below
        // FIRSTS; a row index fits 16 bits (a test checks there are fewer rows)
        #[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)]
        {
            let c = first_char(UNITS[i].text);
            if !same(c, last) {
                if last.is_some() {
                    k += 1;
                }
                last = c;
                v[k] = (
                    match c {
                        Some(c) => c,
                        None => '\0',
                    },
                    i as u16,
                    i as u16,
                );
            }
            v[k].2 = i as u16 + 1;
        }
        i += 1;
    }
    v
};

/// Whether `rest` starts with `unit`: a compare of a few bytes, shorter than a call
/// to `memcmp` (`str::starts_with` costs the mention pass 1.8% more instructions).
fn starts_with(rest: &[u8], unit: &str) -> bool {
    let unit = unit.as_bytes();
    rest.len() >= unit.len() && rest.iter().zip(unit).all(|(a, b)| a == b)
}

/// The longest known unit at the start of `rest`. The rows that begin with its first
/// character stand together, found by a binary search over the first characters.
pub(crate) fn unit_at(rest: &str) -> Option<Unit> {
    let first = rest.chars().next()?;
    if !FIRST.contains(first) {
        return None;
    }
    let k = BY_FIRST.binary_search_by_key(&first, |r| r.0).ok()?;
    let &(_, lo, hi) = BY_FIRST.get(k)?;
    let bytes = rest.as_bytes();
    UNITS
        .get(usize::from(lo)..usize::from(hi))?
        .iter()
        .filter(|u| starts_with(bytes, u.text))
        .max_by_key(|u| u.text.len())
        .copied()
}

/// Units written in Latin letters, matched as a whole letter run: `168cm`, `220KV`.
pub(crate) fn ascii_unit(word: &str) -> Option<QuantityKind> {
    match word {
        "m" | "km" | "KM" | "cm" | "CM" | "mm" | "MM" | "m2" | "km2" | "m3" | "kg" | "KG" | "g"
        | "mg" | "t" | "kV" | "KV" | "kv" | "kW" | "KW" | "kw" | "MW" | "GW" | "kWh" | "KWh"
        | "kwh" | "kVA" | "KVA" | "ha" | "GB" | "MB" | "TB" | "KB" | "kB" | "Mbps" | "Gbps"
        | "MHz" | "GHz" | "Hz" | "TEU" | "L" | "ml" | "mL" => Some(QuantityKind::Measure),
        _ => None,
    }
}

/// The kind a unit gives a quantity, as the grammar's tables know it (scale words
/// first stripped: `万套` is a count).
///
/// ```
/// use mubiao_grammar::mention::unit_kind;
/// use mubiao_model::QuantityKind;
/// assert_eq!(unit_kind("亿美元"), Some(QuantityKind::Money));
/// assert_eq!(unit_kind("千伏安"), Some(QuantityKind::Measure));
/// assert_eq!(unit_kind("个百分点"), Some(QuantityKind::PercentagePoints));
/// assert_eq!(unit_kind("%"), Some(QuantityKind::Percent));
/// assert_eq!(unit_kind("栋"), Some(QuantityKind::Count));
/// assert_eq!(unit_kind("的"), None);
/// ```
#[must_use]
pub fn unit_kind(unit: &str) -> Option<QuantityKind> {
    let base = mubiao_model::strip_scale(unit).1;
    match base {
        "%" | "％" => return Some(QuantityKind::Percent),
        "‰" => return Some(QuantityKind::Permille),
        "‱" => return Some(QuantityKind::Permyriad),
        "个百分点" | "百分点" | "個百分點" => {
            return Some(QuantityKind::PercentagePoints);
        }
        "" => return Some(QuantityKind::Number),
        _ => {}
    }
    if let Some(k) = ascii_unit(base) {
        return Some(k);
    }
    unit_at(base)
        .filter(|u| u.text.len() == base.len())
        .map(|u| u.kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        for w in UNITS.windows(2) {
            assert!(
                w[0].text.as_bytes() < w[1].text.as_bytes(),
                "{} before {}",
                w[0].text,
                w[1].text
            );
        }
    }

    #[test]
    fn the_rows_are_indexed_by_first_character() {
        assert!(UNITS.len() < usize::from(u16::MAX));
        assert!(
            BY_FIRST
                .windows(2)
                .all(|w| w[0].0 < w[1].0 && w[0].2 == w[1].1)
        );
        assert_eq!(BY_FIRST.first().map(|r| r.1), Some(0));
        assert_eq!(BY_FIRST.last().map(|r| usize::from(r.2)), Some(UNITS.len()));
    }

    #[test]
    fn longest_unit_wins() {
        assert_eq!(unit_at("平方公里以上").map(|u| u.text), Some("平方公里"));
        assert_eq!(unit_at("人次,").map(|u| u.text), Some("人次"));
        assert_eq!(
            unit_at("千伏安").map(|u| u.kind),
            Some(QuantityKind::Measure)
        );
        assert_eq!(unit_at("的"), None);
        assert_eq!(unit_at(""), None);
    }

    /// The lookup finds every unit, and for every first character exactly its units:
    /// what a search of the whole table finds.
    #[test]
    fn the_lookup_finds_what_a_search_of_the_table_finds() {
        for u in UNITS {
            assert_eq!(unit_at(u.text), Some(*u), "{}", u.text);
        }
        let chars = (0..0x80).chain(0x3000..0xA000).chain(0xFF00..0x1_0000);
        for c in chars.filter_map(char::from_u32) {
            for tail in ["", "公里", "次", "伏安"] {
                let rest = format!("{c}{tail}");
                let want = UNITS
                    .iter()
                    .filter(|u| rest.starts_with(u.text))
                    .max_by_key(|u| u.text.len())
                    .copied();
                assert_eq!(unit_at(&rest), want, "{rest}");
            }
        }
    }
}
