//! Unit and comparator tables.

use mubiao_model::{Comparator, QuantityKind};

use crate::text::CharSet;

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
pub(crate) static UNITS: &[Unit] = &[
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

/// The first characters of [`UNITS`].
static FIRST: CharSet = first_chars();

/// The code point of the first character of `text` (of at most three bytes), 0 if empty.
// Evaluated at compile time: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const fn first_code_point(text: &str) -> u32 {
    let b = text.as_bytes();
    match b.len() {
        0 => 0,
        _ if b[0] < 0x80 => b[0] as u32,
        _ if b[0] < 0xE0 => ((b[0] as u32 & 0x1F) << 6) | (b[1] as u32 & 0x3F),
        _ => ((b[0] as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F),
    }
}

// Evaluated at compile time: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const fn first_chars() -> CharSet {
    let mut set = CharSet::EMPTY;
    let mut i = 0;
    while i < UNITS.len() {
        set = set.with(first_code_point(UNITS[i].text));
        i += 1;
    }
    set
}

/// For each 64-character block of the BMP, how many first characters of [`UNITS`] the
/// blocks before it hold. With [`FIRST`] it ranks a first character among them, which
/// is its place in [`SPANS`].
static RANK: [u16; 1024] = ranks();

// Evaluated at compile time: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)]
const fn ranks() -> [u16; 1024] {
    let first = first_chars();
    let mut rank = [0_u16; 1024];
    let mut i = 1;
    while i < 1024 {
        rank[i] = rank[i - 1] + first.word((i - 1) as u32).count_ones() as u16;
        i += 1;
    }
    rank
}

/// How many different first characters [`UNITS`] has.
const FIRSTS: usize = count_firsts();

// Evaluated at compile time: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing)]
const fn count_firsts() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < UNITS.len() {
        if i == 0 || first_code_point(UNITS[i].text) != first_code_point(UNITS[i - 1].text) {
            n += 1;
        }
        i += 1;
    }
    n
}

/// For each first character of [`UNITS`] in code point order (UTF-8 order is code
/// point order), the range of the units that start with it.
static SPANS: [(u16, u16); FIRSTS] = spans();

// Evaluated at compile time: an index out of bounds fails the build, never a run.
#[allow(clippy::indexing_slicing, clippy::cast_possible_truncation)]
const fn spans() -> [(u16, u16); FIRSTS] {
    let mut v = [(0_u16, 0_u16); FIRSTS];
    let mut k = 0;
    let mut i = 0;
    while i < UNITS.len() {
        if i > 0 && first_code_point(UNITS[i].text) != first_code_point(UNITS[i - 1].text) {
            k += 1;
        }
        if v[k].1 == 0 {
            v[k].0 = i as u16;
        }
        v[k].1 = i as u16 + 1;
        i += 1;
    }
    v
}

/// The longest known unit at the start of `rest`.
pub(crate) fn unit_at(rest: &str) -> Option<Unit> {
    let first = rest.chars().next()?;
    let cp = u32::from(first);
    if !FIRST.has(cp) {
        return None;
    }
    // the first characters before this one: in the blocks before, and in this block
    let (block, bit) = (cp >> 6, cp & 63);
    let below = FIRST.word(block) & ((1 << bit) - 1);
    let k = usize::from(*RANK.get(block as usize)?) + below.count_ones() as usize;
    let &(lo, hi) = SPANS.get(k)?;
    let rest = rest.as_bytes();
    UNITS
        .get(usize::from(lo)..usize::from(hi))?
        .iter()
        .filter(|u| {
            // a byte loop: the units are a few bytes long, shorter than a memcmp call
            let t = u.text.as_bytes();
            rest.get(..t.len())
                .is_some_and(|r| r.iter().zip(t).all(|(a, b)| a == b))
        })
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

/// Words before a number that say how it bounds the real one, longest first.
pub(crate) static PREFIXES: &[(&str, Comparator)] = &[
    ("控制在", Comparator::Le),
    ("不低于", Comparator::Ge),
    ("不少于", Comparator::Ge),
    ("不小于", Comparator::Ge),
    ("不超过", Comparator::Le),
    ("不高于", Comparator::Le),
    ("不多于", Comparator::Le),
    ("不大于", Comparator::Le),
    ("超过", Comparator::Gt),
    ("超出", Comparator::Gt),
    ("突破", Comparator::Gt),
    ("高于", Comparator::Gt),
    ("大于", Comparator::Gt),
    ("多于", Comparator::Gt),
    ("低于", Comparator::Lt),
    ("小于", Comparator::Lt),
    ("少于", Comparator::Lt),
    ("不足", Comparator::Lt),
    ("不到", Comparator::Lt),
    ("不满", Comparator::Lt),
    ("至少", Comparator::Ge),
    ("最少", Comparator::Ge),
    ("最低", Comparator::Ge),
    ("最多", Comparator::Le),
    ("最高", Comparator::Le),
    ("达到", Comparator::Eq),
    ("等于", Comparator::Eq),
    ("大约", Comparator::Approx),
    ("将近", Comparator::Approx),
    ("接近", Comparator::Approx),
    ("约", Comparator::Approx),
    ("近", Comparator::Approx),
    ("超", Comparator::Gt),
    ("过", Comparator::Gt),
    ("破", Comparator::Gt),
    ("达", Comparator::Eq),
];

/// Characters that make a one-character prefix part of another word (`通过`, `最近`).
pub(crate) fn glued(prefix: &str, before: char) -> bool {
    match prefix {
        "过" => matches!(
            before,
            '通' | '经' | '不' | '越' | '度' | '错' | '超' | '跨' | '路' | '闯'
        ),
        "近" => matches!(
            before,
            '最' | '附' | '就' | '临' | '亲' | '接' | '将' | '贴' | '靠'
        ),
        "超" => matches!(before, '赶' | '高'),
        "破" => matches!(before, '突' | '打' | '攻' | '爆'),
        "约" => matches!(
            before,
            '制' | '签' | '节' | '合' | '邀' | '预' | '契' | '公'
        ),
        "达" => matches!(
            before,
            '到' | '表' | '下' | '传' | '通' | '发' | '抵' | '送'
        ),
        _ => false,
    }
}

/// Words after a quantity, longest first.
pub(crate) static SUFFIXES: &[(&str, Comparator)] = &[
    ("及以上", Comparator::Ge),
    ("或以上", Comparator::Ge),
    ("以上", Comparator::Ge),
    ("之上", Comparator::Ge),
    ("以下", Comparator::Le),
    ("以内", Comparator::Le),
    ("之内", Comparator::Le),
    ("左右", Comparator::Approx),
    ("上下", Comparator::Approx),
];

/// Set phrases in which a numeral and a unit are no quantity.
pub(crate) static IDIOMS: &[&str] = &[
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
    fn longest_unit_wins() {
        assert_eq!(unit_at("平方公里以上").map(|u| u.text), Some("平方公里"));
        assert_eq!(unit_at("人次,").map(|u| u.text), Some("人次"));
        assert_eq!(
            unit_at("千伏安").map(|u| u.kind),
            Some(QuantityKind::Measure)
        );
        assert_eq!(unit_at("的"), None);
    }

    /// The ranked lookup finds, for every first character, exactly its units.
    #[test]
    fn spans_hold_the_units_of_their_character() {
        for u in UNITS {
            let c = u.text.chars().next().unwrap_or_default();
            let found = unit_at(u.text).map(|f| f.text);
            assert!(
                found.is_some_and(|f| f.starts_with(c) && f.len() >= u.text.len()),
                "{}",
                u.text
            );
        }
        for (k, &(lo, hi)) in SPANS.iter().enumerate() {
            let c = UNITS
                .get(usize::from(lo))
                .and_then(|u| u.text.chars().next());
            let all = UNITS[usize::from(lo)..usize::from(hi)]
                .iter()
                .all(|u| u.text.chars().next() == c);
            assert!(lo < hi && all, "span {k}");
        }
        assert_eq!(SPANS.last().map(|s| usize::from(s.1)), Some(UNITS.len()));
    }
}
