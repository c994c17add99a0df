//! The words next to a quantity: verbs (`增长`, `下降`, `达到`), adverbs (`年均`, `分别`,
//! `同比`), stance (`力争`, `确保`) and frames (`其中`, `全年`, `2013年`).
//!
//! Each lookup dispatches on one character (the last for words before a quantity, the
//! first for words that open a subject) and then compares a handful of candidates, so
//! the cost per quantity is a few comparisons whatever the size of the tables.

use mubiao_model::{Comparator, Stance};

/// What a verb says about the quantity after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verb {
    /// `增长`, `增加`, `提高`, `上升`: a rise by the quantity.
    Rise,
    /// `下降`, `降低`, `减少`, `削减`: a fall by the quantity.
    Fall,
    /// `达到`, `为`, `控制在`, `增长到`, `完成`: the quantity is the level reached.
    Reach,
}

/// A word read next to a quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    /// A verb, with the comparator it implies when the quantity has none (`超过` → gt).
    Verb(Verb, Option<Comparator>),
    /// `占`: a share follows.
    Share,
    /// `年均`, `平均`: a rate a year.
    Annual,
    /// `分别`: one value for each of the subjects, in order.
    Each,
    /// `均`, `都`: the same value for each of the subjects.
    All,
    /// `同比`, `比上年`: compared with the year before.
    LastYear,
    /// `预计`: an estimate.
    Estimate,
    /// `力争`, `确保`, `预期`.
    Stance(Stance),
    /// `五年间`, `五年来`, `今后五年`: a period of that many years.
    Years(u32),
    /// `全年`, `继续`, `其中`: a word that frames the statement and says nothing about
    /// its value.
    Frame,
    /// `了`, `的`: a particle.
    Particle,
}

/// The candidates ending in one character: (word, meaning), longest first.
type Table = &'static [(&'static str, Word)];

const RISE: Word = Word::Verb(Verb::Rise, None);
const FALL: Word = Word::Verb(Verb::Fall, None);
const REACH: Word = Word::Verb(Verb::Reach, None);

/// The word `s` ends with, and its length in bytes.
pub(crate) fn trailing(s: &str) -> Option<(usize, Word)> {
    let mut chars = s.chars().rev();
    let last = chars.next()?;
    let before = chars.next();
    let table: Table = match last {
        '长' => &[("增长", RISE)],
        '加' => &[("增加", RISE)],
        '高' => &[("提高", RISE)],
        '升' => &[("提升", RISE), ("上升", RISE)],
        '增' => &[("新增", REACH), ("递增", RISE), ("增", RISE)],
        '大' => &[("扩大", RISE)],
        '涨' => &[("上涨", RISE)],
        '降' => &[("下降", FALL), ("降", FALL)],
        '低' => &[("降低", FALL)],
        '少' => &[("减少", FALL)],
        '减' => &[("削减", FALL), ("缩减", FALL), ("递减", FALL), ("减", FALL)],
        '缩' => &[("压缩", FALL)],
        '落' => &[("回落", FALL)],
        '小' => &[("缩小", FALL)],
        '排' => &[("减排", FALL)],
        '到' | '至' => return reach_to(s, last),
        '达' => &[("达", REACH)],
        '为' => {
            // 行为, 作为, 成为, 认为, 因为: no verb before a number
            if before.is_some_and(|c| matches!(c, '行' | '作' | '成' | '认' | '因' | '称' | '视'))
            {
                return None;
            }
            &[("为", REACH)]
        }
        '成' => &[("完成", REACH)],
        '现' => &[("实现", REACH)],
        '在' => &[
            ("控制在", Word::Verb(Verb::Reach, Some(Comparator::Le))),
            ("保持在", REACH),
            ("稳定在", REACH),
            ("维持在", REACH),
        ],
        '持' => &[("保持", REACH), ("维持", REACH)],
        '定' => &[("稳定", REACH)],
        '过' => &[("超过", Word::Verb(Verb::Reach, Some(Comparator::Gt)))],
        '破' => &[("突破", Word::Verb(Verb::Reach, Some(Comparator::Gt)))],
        '占' => &[("占", Word::Share)],
        '均' => match before {
            Some('年') => &[("年均", Word::Annual)],
            Some('平') => &[("每年平均", Word::Annual), ("平均", Word::Annual)],
            Some('人') => return None,
            _ => &[("均", Word::All)],
        },
        '都' => &[("都", Word::All)],
        '别' => &[("分别", Word::Each)],
        '比' => &[("同比", Word::LastYear)],
        '期' => &[
            ("比上年同期", Word::LastYear),
            ("比去年同期", Word::LastYear),
            ("同期", Word::Frame),
        ],
        '年' => {
            // 比2010年翻两番: the base year of the comparison
            if let Some(len) = base_year(s) {
                return Some((len, Word::Frame));
            }
            &[
                ("比上年", Word::LastYear),
                ("较上年", Word::LastYear),
                ("比去年", Word::LastYear),
                ("较去年", Word::LastYear),
                ("每年", Word::Annual),
                ("全年", Word::Frame),
                ("今年", Word::Frame),
                ("明年", Word::Frame),
                ("当年", Word::Frame),
                ("五年", Word::Years(5)),
                ("三年", Word::Years(3)),
            ]
        }
        '间' => &[
            ("五年间", Word::Years(5)),
            ("三年间", Word::Years(3)),
            ("期间", Word::Frame),
        ],
        '来' => &[("五年来", Word::Years(5)), ("一年来", Word::Frame)],
        '内' => &[("五年内", Word::Years(5)), ("年内", Word::Frame)],
        '计' => &[
            ("预计", Word::Estimate),
            ("累计", Word::Frame),
            ("共计", Word::Frame),
            ("总计", Word::Frame),
            ("合计", Word::Frame),
        ],
        '争' => &[("力争", Word::Stance(Stance::Strive))],
        '取' => &[("争取", Word::Stance(Stance::Strive))],
        '保' => &[("确保", Word::Stance(Stance::Ensure))],
        '续' => &[("继续", Word::Frame), ("持续", Word::Frame)],
        '步' => &[
            ("进一步", Word::Frame),
            ("稳步", Word::Frame),
            ("逐步", Word::Frame),
        ],
        '力' => &[("努力", Word::Frame)],
        '共' => {
            if before == Some('公') {
                return None;
            }
            &[("共", Word::Frame)]
        }
        '将' | '要' | '再' | '又' | '已' | '还' | '也' | '并' | '约' => {
            return Some((last.len_utf8(), Word::Frame));
        }
        '了' | '的' => return Some((last.len_utf8(), Word::Particle)),
        _ => return None,
    };
    table
        .iter()
        .find(|(w, _)| s.ends_with(w))
        .map(|(w, m)| (w.len(), *m))
}

/// The action verb `s` ends with, if any, and its length in bytes: a verb whose object
/// is counted (`新建15所社区居家养老服务中心`, `购置500台轮椅车`). Prepositions (`对`,
/// `为`) and words that merely place (`全区`) are no such verb.
pub(crate) fn action_verb(s: &str) -> Option<usize> {
    let last = s.chars().next_back()?;
    let words: &[&str] = match last {
        '建' => &[
            "新改建",
            "改扩建",
            "新建",
            "扩建",
            "改建",
            "续建",
            "创建",
            "修建",
        ],
        '设' => &["建设", "增设", "开设", "铺设"],
        '成' => &["建成", "完成"],
        '造' => &["维修改造", "改造", "打造", "建造"],
        '级' => &["改造升级", "提档升级"],
        '装' => &["安装"],
        '置' => &["新添置", "添置", "购置", "安置"],
        '增' => &["新增"],
        '动' => &["启动"],
        '施' => &["实施"],
        '育' => &["培育"],
        '进' => &["引进", "推进"],
        '持' => &["扶持", "支持"],
        '工' => &["开工"],
        '决' => &["解决"],
        '办' => &["举办", "创办"],
        '展' => &["开展"],
        '立' => &["建立", "设立"],
        '通' => &["开通"],
        '助' => &["资助", "救助"],
        '训' => &["培训"],
        '移' => &["转移"],
        '纳' => &["吸纳"],
        '治' => &["整治"],
        '除' => &["拆除"],
        '停' => &["关停"],
        '汰' => &["淘汰"],
        '植' => &["种植", "栽植"],
        '送' => &["配送", "送"],
        '请' => &["聘请"],
        '升' => &["提升"],
        '扶' => &["帮扶"],
        _ => return None,
    };
    words.iter().find(|w| s.ends_with(*w)).map(|w| w.len())
}

/// `比2010年`, `较2012年` at the end of `s`: the base year of a comparison, its length.
fn base_year(s: &str) -> Option<usize> {
    let head = s.strip_suffix('年')?;
    let digits = head.get(head.len().checked_sub(4)?..)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = head.get(..head.len() - 4)?;
    let word = ["比", "较"].iter().find(|w| before.ends_with(*w))?;
    Some(word.len() + 4 + '年'.len_utf8())
}

/// `增长到`, `提高至`, `降到`, `达到`, or a bare `到`: the level reached.
fn reach_to(s: &str, last: char) -> Option<(usize, Word)> {
    const STEMS: &[&str] = &[
        "增长", "增加", "提高", "提升", "上升", "扩大", "下降", "降低", "减少", "缩小", "缩减",
        "压缩", "发展", "达", "降", "增", "减",
    ];
    let stem = s.get(..s.len() - last.len_utf8())?;
    let len = STEMS
        .iter()
        .find(|w| stem.ends_with(*w))
        .map_or(0, |w| w.len());
    Some((len + last.len_utf8(), REACH))
}

/// The word `s` starts with that frames a subject rather than naming it (`其中`,
/// `全年`, `力争`, `2013年`, `●`), and its length in bytes.
pub(crate) fn leading(s: &str) -> Option<(usize, Opening)> {
    let first = s.chars().next()?;
    if first.is_ascii_digit() {
        return year_prefix(s)
            .map(|(len, y)| (len, Opening::Year(y)))
            .or_else(|| list_marker(s).map(|len| (len, Opening::Frame)));
    }
    if is_chinese_digit(first)
        && let Some(len) = list_marker(s)
    {
        return Some((len, Opening::Frame));
    }
    let table: &'static [(&'static str, Opening)] = match first {
        '其' => &[("其中", Opening::Frame)],
        '预' => &[
            ("预计", Opening::Word(Word::Estimate)),
            ("预期", Opening::Word(Word::Stance(Stance::Expected))),
        ],
        '全' => &[("全年", Opening::Frame)],
        '今' => &[
            ("今后五年", Opening::Word(Word::Years(5))),
            ("今年", Opening::Frame),
        ],
        '未' => &[("未来五年", Opening::Word(Word::Years(5)))],
        '过' => &[("过去五年", Opening::Word(Word::Years(5)))],
        '明' => &[("明年", Opening::Frame)],
        '年' => &[("年内", Opening::Frame)],
        '当' => &[("当年", Opening::Frame)],
        '同' => &[("同时", Opening::Frame)],
        '并' => &[("并且", Opening::Frame)],
        '而' => &[("而且", Opening::Frame)],
        '此' => &[("此外", Opening::Frame)],
        '以' => &[("以及", Opening::Frame)],
        '力' => &[("力争", Opening::Word(Word::Stance(Stance::Strive)))],
        '争' => &[("争取", Opening::Word(Word::Stance(Stance::Strive)))],
        '确' => &[("确保", Opening::Word(Word::Stance(Stance::Ensure)))],
        '努' => &[("努力", Opening::Frame)],
        '实' => &[("实现", Opening::Frame)],
        '完' => &[("完成", Opening::Frame)],
        '达' => &[("达到", Opening::Frame)],
        '累' => &[("累计", Opening::Frame)],
        '共' => &[("共计", Opening::Frame), ("共", Opening::Frame)],
        '总' => &[("总计", Opening::Frame)],
        '合' => &[("合计", Opening::Frame)],
        '五' => &[
            ("五年来", Opening::Word(Word::Years(5))),
            ("五年间", Opening::Word(Word::Years(5))),
            ("五年内", Opening::Word(Word::Years(5))),
            ("五年", Opening::Word(Word::Years(5))),
        ],
        '一' => &[("一年来", Opening::Frame)],
        '到' => {
            let rest = s.get(first.len_utf8()..)?;
            return year_prefix(rest).map(|(len, y)| {
                let mut len = len + first.len_utf8();
                let after = s.get(len..).unwrap_or_default();
                for end in ["年底", "年末", "底", "末"] {
                    if after.starts_with(end) && !after.starts_with("年") {
                        len += end.len();
                        break;
                    }
                }
                (len, Opening::Year(y))
            });
        }
        '●' | '○' | '■' | '□' | '◆' | '◇' | '▲' | '•' | '·' | '*' | '—' | '-' | '、' | '和'
        | '及' | '与' => return Some((first.len_utf8(), Opening::Frame)),
        _ => return None,
    };
    table
        .iter()
        .find(|(w, _)| s.starts_with(w))
        .map(|(w, m)| (w.len(), *m))
}

/// The list marker `s` starts with (`22、`, `7.`, `一、`), its length in bytes.
fn list_marker(s: &str) -> Option<usize> {
    let mut len = 0;
    for c in s.chars().take(4) {
        if c.is_ascii_digit() || is_chinese_digit(c) {
            len += c.len_utf8();
        } else if len > 0 && matches!(c, '、' | '.' | '．') {
            // 12.5 is a number, not a marker
            let after = s.get(len + c.len_utf8()..)?.chars().next();
            return (!after.is_some_and(|a| a.is_ascii_digit())).then_some(len + c.len_utf8());
        } else {
            return None;
        }
    }
    None
}

/// Whether `c` is one of the Chinese digits that number a list (`一` to `十`).
const fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// What [`leading`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Opening {
    /// A word with a meaning for the statement (stance, estimate, period).
    Word(Word),
    /// `2013年`, `到2015年底`: the year the statement is about.
    Year(i32),
    /// A word that only frames.
    Frame,
}

/// `2013年` at the start of `s` (not `2013年3月`, which is a date of its own): the year
/// and the length in bytes.
pub(crate) fn year_prefix(s: &str) -> Option<(usize, i32)> {
    let digits = s.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit())
        || !matches!(digits.as_bytes().first(), Some(b'1' | b'2'))
    {
        return None;
    }
    let rest = s.get(4..)?;
    let rest = rest.strip_prefix('年')?;
    // 2013年3月 is a date, not a year frame
    if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((4 + '年'.len_utf8(), digits.parse().ok()?))
}

/// The first `20XX年` (or `19XX年`) anywhere in `s`.
pub(crate) fn year_in(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(at) = memchr::memchr2(b'1', b'2', b.get(i..)?) {
        let p = i + at;
        if let Some(rest) = s.get(p..)
            && let Some((_, y)) = year_prefix(rest)
            && (p == 0 || !b.get(p - 1).is_some_and(u8::is_ascii_digit))
        {
            return Some(y);
        }
        i = p + 1;
    }
    None
}

/// What the words of a heading or a lead-in say about the statements under it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SectionWords {
    /// A plan: `工作安排`, `主要任务`, `预期目标`, `目标与任务`, `今后五年`.
    pub(crate) plan: bool,
    /// A review: `回顾`, `过去五年`, `五年来`, `一年来`, `工作总结`.
    pub(crate) review: bool,
    /// A period of years: `五年`, `十二五` (5), `三年` (3).
    pub(crate) years: Option<u32>,
    /// A five-year plan period: `十二五`, `十三五`.
    pub(crate) plan_period: bool,
}

/// Reads [`SectionWords`] in one pass over the characters of `s`, each compared with
/// the two before it.
pub(crate) fn section_words(s: &str) -> SectionWords {
    let mut w = SectionWords::default();
    let (mut p2, mut p1) = (' ', ' ');
    for c in s.chars() {
        // the last characters of the words below: most characters end none
        let ends_word = matches!(
            c,
            '标' | '任' | '排' | '务' | '算' | '署' | '五' | '顾' | '结' | '来' | '一' | '年'
        );
        if !ends_word {
            p2 = p1;
            p1 = c;
            continue;
        }
        match (p2, p1, c) {
            ('期' | '要' | '展' | '斗', '目', '标')
            | ('标', '与' | '和', '任')
            | ('作', '安', '排')
            | ('作' | '要', '任', '务')
            | ('作', '打', '算')
            | ('作', '部', '署') => w.plan = true,
            ('今', '后', '五') | ('未', '来', '五') => {
                w.plan = true;
                w.years = Some(5);
            }
            (_, '回', '顾') | ('作', '总', '结') | ('一', '年', '来') | ('过', '去', '一') =>
            {
                w.review = true;
            }
            ('过', '去', '五') | ('五', '年', '来') => {
                w.review = true;
                w.years = Some(5);
            }
            ('十', '二' | '三', '五') => {
                w.plan_period = true;
                w.years = w.years.or(Some(5));
            }
            (_, '五', '年') => w.years = w.years.or(Some(5)),
            (_, '三', '年') => w.years = w.years.or(Some(3)),
            _ => {}
        }
        p2 = p1;
        p1 = c;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_words() {
        assert_eq!(trailing("地区生产总值增长"), Some((6, RISE)));
        assert_eq!(trailing("总产值从56亿元增长到"), Some((9, REACH)));
        assert_eq!(trailing("城镇居民人均"), None);
        assert_eq!(trailing("平均"), Some((6, Word::Annual)));
        assert_eq!(trailing("扰民行为"), None);
        assert_eq!(trailing("比上年"), Some((9, Word::LastYear)));
        assert_eq!(trailing("公共"), None);
        assert_eq!(trailing("地区生产总值比2010年"), Some((10, Word::Frame)));
        assert_eq!(action_verb("推进幸福社区建设,创建"), Some(6));
        assert_eq!(action_verb("对"), None);
    }

    #[test]
    fn leading_words() {
        assert_eq!(leading("2013年全区"), Some((7, Opening::Year(2013))));
        assert_eq!(leading("到2015年底,"), Some((13, Opening::Year(2015))));
        assert_eq!(leading("2013年3月"), None);
        assert_eq!(leading("全区"), None);
        assert_eq!(leading("22、地区生产总值"), Some((5, Opening::Frame)));
        assert_eq!(leading("7.新增"), Some((2, Opening::Frame)));
        assert_eq!(leading("一、《政府工作报告》"), Some((6, Opening::Frame)));
        assert_eq!(leading("还建房"), None);
        assert_eq!(year_in("今后五年主要目标"), None);
        assert_eq!(year_in("2012年主要工作安排"), Some(2012));
        assert_eq!(year_in("第12013年"), None);
    }

    #[test]
    fn section_words_of_headings() {
        let w = section_words("今后五年主要目标与任务");
        assert!(w.plan && !w.review);
        assert_eq!(w.years, Some(5));
        let w = section_words("过去五年工作回顾");
        assert!(w.review && !w.plan);
        assert_eq!(w.years, Some(5));
        assert!(section_words("2013年全区经济社会发展的主要预期目标是").plan);
        assert!(section_words("2012年主要工作安排").plan);
        assert_eq!(
            section_words("切实加强政府自身建设"),
            SectionWords::default()
        );
        assert_eq!(section_words("“十二五”期间").years, Some(5));
    }
}
