//! The subject of a statement: which indicator a quantity is about.
//!
//! A subject is read from the words between the start of its clause (or list item) and
//! its verb: frames are stripped (`其中`, `全年`, `力争`, `2013年`), notes in parentheses
//! dropped (`公共财政预算收入(原一般预算收入)`), `X完成Y` joined (`服务业完成增加值` →
//! `服务业增加值`). Coordinated subjects share a head (`城市和农村污水处理率` →
//! `城市污水处理率`, `农村污水处理率`), and a bare head takes its sector from the clause
//! before (`建筑业发展全面提速,总产值…` → `建筑业总产值`).

use mubiao_model::Span;

use super::lexicon::{Opening, Word, leading, trailing};
use crate::text::{is_close_paren, is_open_paren, is_space};

/// What the words around a subject said, beyond the subject itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Said {
    pub(crate) year: Option<i32>,
    pub(crate) horizon: Option<u32>,
    pub(crate) estimate: bool,
}

/// A subject as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Subject {
    /// The indicator.
    pub(crate) text: String,
    /// Where `text` is written, when it is written as is.
    pub(crate) span: Option<Span>,
    /// Where the words it was read from start.
    pub(crate) start: usize,
}

/// What [`read`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Read {
    /// A subject.
    Subject(Subject),
    /// Nothing but frames: the subject is elsewhere.
    Empty,
    /// Words that make the quantity no statement of its own: `17家企业税收过亿元` counts
    /// enterprises, the amount only qualifies them.
    NotAStatement,
}

impl Read {
    /// The subject, if one was read.
    pub(crate) fn subject(self) -> Option<Subject> {
        match self {
            Self::Subject(s) => Some(s),
            Self::Empty | Self::NotAStatement => None,
        }
    }
}

/// Reads the subject in `region`, which starts at byte `offset` of the text.
pub(crate) fn read(region: &str, offset: usize, said: &mut Said) -> Read {
    read_subject(region, offset, said).unwrap_or(Read::Empty)
}

fn read_subject(region: &str, offset: usize, said: &mut Said) -> Option<Read> {
    let mut start = 0;
    // frames at the front
    loop {
        let rest = region.get(start..)?;
        let trimmed = rest.trim_start_matches(|c: char| is_space(c) || is_quote(c));
        start += rest.len() - trimmed.len();
        // a note in parentheses at the front: 预计(下同)全年…
        if trimmed.starts_with(is_open_paren) {
            match close_of(trimmed) {
                Some(len) => {
                    start += len;
                    continue;
                }
                None => break,
            }
        }
        match leading(trimmed) {
            Some((len, what)) if len <= trimmed.len() => {
                match what {
                    Opening::Year(y) => said.year = Some(y),
                    Opening::Word(Word::Years(n)) => said.horizon = Some(n),
                    Opening::Word(Word::Estimate) => said.estimate = true,
                    _ => {}
                }
                start += len;
            }
            _ => break,
        }
    }
    let core = region.get(start..)?;
    let core = core.trim_end_matches(is_space);
    // a closing quote stays when its opening one is in the subject: 大型锅炉“煤改燃”
    let core = if has_open_quote(core) {
        core
    } else {
        core.trim_end_matches(|c: char| is_space(c) || is_quote(c))
    };
    // 17家企业税收过亿元: the count is the statement, the amount qualifies it
    if core.starts_with(|c: char| c.is_ascii_digit()) {
        return Some(Read::NotAStatement);
    }
    // notes in parentheses anywhere: dropped
    let mut text = String::with_capacity(core.len());
    let mut verbatim = true;
    let mut rest = core;
    while let Some(open) =
        crate::text::find(rest, crate::text::Class::Open(crate::text::Bracket::Paren))
    {
        let Some(after) = rest.get(open..) else { break };
        let Some(len) = close_of(after) else { break };
        text.push_str(rest.get(..open).unwrap_or_default());
        rest = after.get(len..).unwrap_or_default();
        verbatim = false;
    }
    text.push_str(rest);
    // X完成Y, X实现Y: the object names the indicator, the subject its scope
    for verb in ["完成", "实现"] {
        // a search for the first character is a memchr; the word is checked after
        let first = verb.chars().next().unwrap_or_default();
        if let Some(at) = text
            .find(first)
            .filter(|&at| text.get(at..).is_some_and(|r| r.starts_with(verb)))
            && at > 0
        {
            let x = strip_frames(text.get(..at).unwrap_or_default());
            let y = text.get(at + verb.len()..).unwrap_or_default();
            // 计划完成率 is a rate of its own
            if y.chars().count() >= 2 && !x.is_empty() {
                text = format!("{x}{y}");
                verbatim = false;
            }
            break;
        }
    }
    let cut = trim_tail(&text).len();
    if cut < text.len() {
        text.truncate(cut);
    }
    if text.is_empty() || !text.chars().any(|c| !c.is_ascii_punctuation()) {
        return None;
    }
    let span = (verbatim && core.starts_with(text.as_str()))
        .then(|| Span::new(offset + start, offset + start + text.len()));
    Some(Read::Subject(Subject {
        text,
        span,
        start: offset + start,
    }))
}

/// Whether `s` holds an opening quote `“` or `「`, found by its lead byte.
fn has_open_quote(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr2_iter(0xE2, 0xE3, b).any(|k| {
        matches!(
            b.get(k..k + 3),
            Some([0xE2, 0x80, 0x9C] | [0xE3, 0x80, 0x8C])
        )
    })
}

/// `s` without frames at its end (`集聚区全年` → `集聚区`).
fn strip_frames(s: &str) -> &str {
    let mut s = s;
    while let Some((len, w)) = trailing(s) {
        if !matches!(
            w,
            Word::Frame | Word::Estimate | Word::Particle | Word::Years(_)
        ) || len >= s.len()
        {
            break;
        }
        s = s.get(..s.len() - len).unwrap_or_default();
    }
    s
}

/// `s` without what closes a subject and names nothing: `等指标`, `等`, `的`.
fn trim_tail(s: &str) -> &str {
    let mut s = s.trim_end_matches(|c: char| is_space(c) || is_quote(c));
    for tail in ["等主要指标", "等指标", "等方面", "等", "的"] {
        if let Some(rest) = s.strip_suffix(tail)
            && !rest.is_empty()
        {
            s = rest;
        }
    }
    s
}

/// The length of the parenthesised note `s` starts with, closing paren included.
fn close_of(s: &str) -> Option<usize> {
    let mut depth = 0_u32;
    for (i, c) in s.char_indices() {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(i + c.len_utf8());
            }
        }
        if i > 90 {
            return None;
        }
    }
    None
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '‘' | '’' | '「' | '」' | '●' | '○' | '■' | '◆' | '•'
    )
}

/// Heads of indicator names: what an indicator is a quantity of.
const HEADS: &[&str] = &[
    "生产总值",
    "GDP",
    "总产值",
    "增加值",
    "产值",
    "收入",
    "额",
    "投资",
    "总量",
    "规模",
    "排放量",
    "产量",
    "销量",
    "用量",
    "率",
    "比重",
    "人数",
    "户数",
    "天数",
    "指数",
    "面积",
    "利润",
    "税收",
    "支出",
    "资金",
    "外资",
    "出口",
    "进口",
    "就业",
    "运力",
    "能耗",
    "价格",
    "物价",
    "人口",
    "人才",
];

/// The head `s` ends with, if any (the longest): one dispatch on the last character,
/// then a few comparisons.
pub(crate) fn head_of(s: &str) -> Option<&'static str> {
    let candidates: &[&'static str] = match s.chars().next_back()? {
        '值' => &["生产总值", "总产值", "增加值", "产值"],
        'P' => &["GDP"],
        '入' => &["收入"],
        '额' => &["额"],
        '资' => &["投资", "外资"],
        '量' => &["排放量", "总量", "产量", "销量", "用量"],
        '模' => &["规模"],
        '率' => &["率"],
        '重' => &["比重"],
        '数' => &["人数", "户数", "天数", "指数"],
        '积' => &["面积"],
        '润' => &["利润"],
        '收' => &["税收"],
        '出' => &["支出", "出口"],
        '金' => &["资金"],
        '口' => &["出口", "进口", "人口"],
        '业' => &["就业"],
        '力' => &["运力"],
        '耗' => &["能耗"],
        '格' => &["价格"],
        '价' => &["物价"],
        '才' => &["人才"],
        _ => return None,
    };
    candidates.iter().find(|h| s.ends_with(*h)).copied()
}

/// Modifiers that open an indicator and mark its scope: `城市`/`农村`污水处理率,
/// `全口径`/`区级`财政收入.
const SCOPES: &[&str] = &[
    "全口径",
    "全社会",
    "城市",
    "农村",
    "城镇",
    "城乡",
    "区级",
    "市级",
    "县级",
    "省级",
    "区属",
    "市属",
    "县属",
    "地方",
    "本级",
];

/// Bare heads that need a sector: `总产值`, `增加值`.
const BARE: &[&str] = &[
    "总产值",
    "增加值",
    "产值",
    "营业收入",
    "主营业务收入",
    "销售收入",
    "总收入",
    "税收",
    "利润",
    "营业额",
    "成交额",
    "产量",
];

/// Whether `s` is a head alone, in want of the sector it measures.
pub(crate) fn is_bare(s: &str) -> bool {
    BARE.contains(&s)
}

/// The sector a clause opens with: `建筑业` of `建筑业发展全面提速`.
pub(crate) fn sector(clause: &str) -> Option<&str> {
    let clause = clause.trim_start_matches(|c: char| is_space(c) || is_quote(c));
    let end = clause.char_indices().take(8).find(|(_, c)| *c == '业')?.0 + '业'.len_utf8();
    clause.get(..end).filter(|s| s.chars().count() >= 2)
}

/// The topic a clause opens with, up to its first head (and heads right after it):
/// `区级财政收入` of `区级财政收入规模连续第8年居全市中心城区首位`. Byte range in `clause`.
pub(crate) fn topic(clause: &str) -> Option<(usize, usize)> {
    let lead = clause.len()
        - clause
            .trim_start_matches(|c: char| is_space(c) || is_quote(c))
            .len();
    let body = clause.get(lead..)?;
    let mut end = None;
    for (i, c) in body.char_indices().take(16) {
        let e = i + c.len_utf8();
        if head_of(body.get(..e)?).is_some() {
            end = Some(e);
            break;
        }
    }
    let mut end = end?;
    // heads right after it: 收入规模
    while let Some(h) = HEADS
        .iter()
        .find(|h| body.get(end..).is_some_and(|r| r.starts_with(*h)))
    {
        end += h.len();
    }
    let mut text = body.get(..end)?;
    if let Some(rest) = text.strip_suffix("规模")
        && head_of(rest).is_some()
    {
        text = rest;
    }
    // frames at its front
    let mut start = 0;
    while let Some((len, _)) = text.get(start..).and_then(leading) {
        if start + len >= text.len() {
            return None;
        }
        start += len;
    }
    Some((lead + start, lead + text.len()))
}

/// The subjects a coordination names: `全口径和区级财政收入` → `全口径财政收入`,
/// `区级财政收入`; `None` when it names one (`养老、医疗、失业、工伤、生育五项社会保险
/// 参保人数`, `满意和基本满意率`), with no list to build.
pub(crate) fn split(s: &str) -> Option<Vec<String>> {
    if !s.contains(['、', '和', '及', '与']) {
        return None;
    }
    let items = separate(s, &['、'], &[]);
    if items.len() + s.matches(['和', '及', '与']).count() <= 1 {
        return None;
    }
    // a count that sums up the list: 五项社会保险
    if items.last().is_some_and(|last| has_summary(last)) {
        return None;
    }
    // 代表满意与基本满意率: one rate, not two
    let parts = separate(s, &['、', '和', '及', '与'], EXCEPT);
    if let Some((last, before)) = parts.split_last()
        && before.iter().any(|p| {
            // its last two characters
            let tail = p
                .char_indices()
                .rev()
                .nth(1)
                .and_then(|(at, _)| p.get(at..));
            tail.is_some_and(|t| last.contains(t)) && head_of(p).is_none()
        })
    {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for item in &items {
        let parts = separate(item, &['和', '及', '与'], EXCEPT);
        let distributed = distribute(&parts);
        out.extend(distributed);
    }
    // across items, for an item with no head at all
    let all: Vec<&str> = out.iter().map(String::as_str).collect();
    let out = distribute(&all);
    if out.len() <= 1 || out.iter().any(|x| x.is_empty()) {
        return None;
    }
    Some(out)
}

/// Words in which `和`, `及`, `与` join no list.
const EXCEPT: &[&str] = &[
    "和谐",
    "和平",
    "总和",
    "及时",
    "普及",
    "涉及",
    "及以上",
    "及以下",
    "及其",
    "以及",
    "参与",
    "与会",
    "给予",
];

/// `s` cut at the separators `seps` that are outside parentheses and not part of one of
/// the `except` words.
fn separate<'a>(s: &'a str, seps: &[char], except: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut depth = 0_u32;
    let mut from = 0;
    for (i, c) in s.char_indices() {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && seps.contains(&c) {
            // the word may start a character before the separator
            let back = s
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .map_or(0, char::len_utf8);
            let (from_before, from_here) = (s.get(i - back..), s.get(i..));
            let inside = except.iter().any(|w| {
                from_before.is_some_and(|r| r.starts_with(w))
                    || from_here.is_some_and(|r| r.starts_with(w))
            });
            if !inside {
                out.push(s.get(from..i).unwrap_or_default());
                from = i + c.len_utf8();
            }
        }
    }
    out.push(s.get(from..).unwrap_or_default());
    out
}

/// Whether a list item holds a count that sums up the list: `五项`, `三大`, `两类`.
fn has_summary(item: &str) -> bool {
    let mut prev = None;
    for c in item.chars() {
        if matches!(c, '项' | '大' | '类' | '种' | '个')
            && prev
                .is_some_and(|p: char| "一二三四五六七八九十两几".contains(p) || p.is_ascii_digit())
        {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// Gives the conjuncts before the last the head they lack: the last one's words after
/// its scope (`农村污水处理率` → `污水处理率`), else its head (`新兴产业规模` → `规模`).
fn distribute(parts: &[&str]) -> Vec<String> {
    let Some(last) = parts.last() else {
        return Vec::new();
    };
    let shared = SCOPES
        .iter()
        .find_map(|sc| last.strip_prefix(sc).filter(|r| !r.is_empty()))
        .or_else(|| head_of(last));
    let mut out = Vec::with_capacity(parts.len());
    for (k, p) in parts.iter().enumerate() {
        let is_last = k + 1 == parts.len();
        let p = p.trim_matches(|c: char| is_space(c));
        match shared {
            Some(h) if !is_last && head_of(p).is_none() && !p.is_empty() => {
                out.push(format!("{p}{h}"));
            }
            _ => out.push(p.to_owned()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(s: &str) -> String {
        read(s, 0, &mut Said::default()).subject().unwrap().text
    }

    #[test]
    fn cleaning() {
        assert_eq!(subject("预计(下同)全年完成地区生产总值"), "地区生产总值");
        assert_eq!(subject("服务业完成增加值"), "服务业增加值");
        assert_eq!(subject("集聚区全年完成固定资产投资"), "集聚区固定资产投资");
        assert_eq!(
            subject("力争公共财政预算收入(原一般预算收入)、区属工业总产值等指标"),
            "公共财政预算收入、区属工业总产值"
        );
        assert_eq!(subject("●全社会GDP"), "全社会GDP");
    }

    #[test]
    fn every_head_is_found() {
        for h in HEADS {
            assert_eq!(head_of(&format!("某{h}")), Some(*h), "{h}");
        }
    }

    fn split(s: &str) -> Vec<String> {
        super::split(s).unwrap_or_else(|| vec![s.to_owned()])
    }

    #[test]
    fn coordination() {
        assert_eq!(
            split("全口径和区级财政收入"),
            ["全口径财政收入", "区级财政收入"]
        );
        assert_eq!(
            split("城市和农村污水处理率"),
            ["城市污水处理率", "农村污水处理率"]
        );
        assert_eq!(
            split("化学需氧量和二氧化硫排放量"),
            ["化学需氧量排放量", "二氧化硫排放量"]
        );
        assert_eq!(
            split("公共财政预算收入、区属工业总产值、城市经济和新兴产业规模、服务业增加值"),
            [
                "公共财政预算收入",
                "区属工业总产值",
                "城市经济规模",
                "新兴产业规模",
                "服务业增加值"
            ]
        );
        assert_eq!(
            split("养老、医疗、失业、工伤、生育五项社会保险参保人数"),
            ["养老、医疗、失业、工伤、生育五项社会保险参保人数"]
        );
        assert_eq!(split("满意和基本满意率"), ["满意和基本满意率"]);
        assert_eq!(split("代表满意与基本满意率"), ["代表满意与基本满意率"]);
        assert_eq!(split("新建三级及以上排污管网"), ["新建三级及以上排污管网"]);
    }

    #[test]
    fn sectors_and_topics() {
        assert_eq!(sector("建筑业发展全面提速"), Some("建筑业"));
        assert_eq!(sector("现代服务业全面提升"), Some("现代服务业"));
        let c = "区级财政收入规模连续第8年居全市中心城区首位";
        let (a, b) = topic(c).unwrap();
        assert_eq!(&c[a..b], "区级财政收入");
    }
}
