//! Header metadata of notices and published pages: 索引号, 文号, 发布机构, 发布日期 /
//! 公开日期, 名称, and the title and signing date lines.

use chrono::NaiveDate;
use mubiao_model::{Meta, Span, Spanned};

use crate::text::{is_colon, is_space};

/// The field a header key names.
///
/// ```
/// use mubiao_grammar::meta::{fields, Field};
/// let f = fields("文号 | 平政办〔2013〕11号 | 索引号 | 005452065/2013-00024 | 关键词 | |", 0);
/// assert_eq!(f[0].0, Field::DocNumber);
/// assert_eq!(f[1].0, Field::IndexNumber);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// `名称`, `标题`.
    Title,
    /// `文号`, `发文字号`.
    DocNumber,
    /// `索引号`.
    IndexNumber,
    /// `发布机构`, `发文机关`, `信息来源`.
    Issuer,
    /// `发布日期`, `公开日期`, `发布时间`.
    Date,
    /// `成文日期`, `印发日期`.
    Signed,
    /// Keys whose values the model does not keep: `信息分类`, `有效性`, `主题分类`, …
    Other,
}

/// Keys, longest first where one is a prefix of another.
const KEYS: &[(&str, Field)] = &[
    ("索引号", Field::IndexNumber),
    ("发文字号", Field::DocNumber),
    ("文件编号", Field::DocNumber),
    ("文号", Field::DocNumber),
    ("发布机构", Field::Issuer),
    ("发文机关", Field::Issuer),
    ("发布单位", Field::Issuer),
    ("信息来源", Field::Issuer),
    ("来源", Field::Issuer),
    ("发布日期", Field::Date),
    ("发布时间", Field::Date),
    ("公开日期", Field::Date),
    ("成文日期", Field::Signed),
    ("印发日期", Field::Signed),
    ("生成日期", Field::Other),
    ("文件名称", Field::Title),
    ("名称", Field::Title),
    ("标题", Field::Title),
    ("信息分类", Field::Other),
    ("主题分类", Field::Other),
    ("体裁分类", Field::Other),
    ("组配分类", Field::Other),
    ("服务对象", Field::Other),
    ("有效性", Field::Other),
    ("时效", Field::Other),
    ("关键词", Field::Other),
    ("主题词", Field::Other),
    ("内容概述", Field::Other),
    ("公开方式", Field::Other),
    ("公开范围", Field::Other),
    ("公开时限", Field::Other),
    ("所属机构", Field::Other),
    ("浏览次数", Field::Other),
    ("点击次数", Field::Other),
    ("阅读次数", Field::Other),
    ("访问量", Field::Other),
    ("作者", Field::Other),
];

/// The first characters of [`KEYS`] (a test keeps the two in step).
const fn is_key_start(c: char) -> bool {
    matches!(
        c,
        '索' | '发'
            | '文'
            | '信'
            | '公'
            | '成'
            | '印'
            | '生'
            | '名'
            | '标'
            | '主'
            | '体'
            | '组'
            | '服'
            | '有'
            | '时'
            | '关'
            | '内'
            | '所'
            | '来'
            | '浏'
            | '点'
            | '阅'
            | '访'
            | '作'
    )
}

/// Values a content system fills in where nobody wrote one.
const PLACEHOLDERS: &[&str] = &["系统管理员", "管理员", "admin", "无", "-", "/"];

/// A key at the start of `s`, its letters possibly spread with spaces (`索  引  号`),
/// followed by spaces and a `:`/`：`/`|`. Returns the field and the bytes taken.
fn key(s: &str) -> Option<(Field, usize)> {
    let first = s.chars().next()?;
    // most lines start with none of the keys' first characters
    if !is_key_start(first) {
        return None;
    }
    KEYS.iter().find_map(|&(k, field)| {
        if !k.starts_with(first) {
            return None;
        }
        let mut rest = s;
        for kc in k.chars() {
            rest = rest.trim_start_matches(is_space);
            rest = rest.strip_prefix(kc)?;
        }
        let after = rest.trim_start_matches(is_space);
        let sep = after.chars().next().filter(|&c| is_colon(c) || c == '|')?;
        Some((field, s.len() - after.len() + sep.len_utf8()))
    })
}

/// The header fields of one line, if the line starts with a header key: each field
/// with its value (trimmed) and the value's span (rebased by `offset`). Values run to
/// the next key or the end of the line; empty values are left out.
///
/// ```
/// use mubiao_grammar::meta::{fields, Field};
/// let line = "索  引  号: 011217651/2012-14442 文      号: 鄂州政办发〔2012〕6号";
/// let f = fields(line, 0);
/// assert_eq!(f[0], (Field::IndexNumber, "011217651/2012-14442", mubiao_model::Span::new(15, 35)));
/// assert_eq!(f[1].1, "鄂州政办发〔2012〕6号");
/// assert!(fields("各县(市、区)人民政府:", 0).is_empty());
/// ```
#[must_use]
pub fn fields(line: &str, offset: usize) -> Vec<(Field, &str, Span)> {
    let lead = line.len() - line.trim_start_matches(is_space).len();
    let Some(first) = line.get(lead..).and_then(key) else {
        return Vec::new();
    };
    // (field, key start, value start)
    let mut found = vec![(first.0, lead, lead + first.1)];
    let mut i = lead + first.1;
    while let Some(rest) = line.get(i..) {
        let Some(c) = rest.chars().next() else { break };
        if let Some((f, used)) = key(rest) {
            found.push((f, i, i + used));
            i += used;
        } else {
            i += c.len_utf8();
        }
    }
    let mut out = Vec::with_capacity(found.len());
    for (n, &(field, _, value_start)) in found.iter().enumerate() {
        let end = found
            .get(n + 1)
            .map_or(line.len(), |&(_, key_start, _)| key_start);
        let raw = line.get(value_start..end).unwrap_or_default();
        let value = raw.trim_matches(|c: char| is_space(c) || c == '|');
        if value.is_empty() || PLACEHOLDERS.contains(&value) {
            continue;
        }
        let front = raw.len()
            - raw
                .trim_start_matches(|c: char| is_space(c) || c == '|')
                .len();
        let start = offset + value_start + front;
        out.push((field, value, Span::new(start, start + value.len())));
    }
    out
}

/// Stores one header field in `meta` (the first value of a field wins).
pub(crate) fn apply(meta: &mut Meta, field: Field, value: &str, span: Span) {
    let text = || Some(Spanned::new(value.to_owned(), span));
    match field {
        Field::Title if meta.title.is_none() => meta.title = text(),
        Field::DocNumber if meta.doc_number.is_none() => meta.doc_number = text(),
        Field::IndexNumber if meta.index_number.is_none() => meta.index_number = text(),
        Field::Issuer if meta.issuer.is_none() => meta.issuer = text(),
        Field::Date if meta.date.is_none() => {
            meta.date = day_at(value)
                .map(|(d, len)| Spanned::new(d, Span::new(span.start, span.start + len)));
        }
        Field::Signed if meta.signed.is_none() => {
            meta.signed = day_at(value)
                .map(|(d, len)| Spanned::new(d, Span::new(span.start, span.start + len)));
        }
        _ => {}
    }
}

/// Words that end the titles of official documents.
const TITLE_WORDS: &[&str] = &[
    "通知", "意见", "报告", "方案", "决定", "办法", "规划", "分解", "计划", "公告", "要点", "安排",
    "细则", "通报", "批复", "纪要", "规定", "任务", "目标", "摘要",
];

/// Whether a header line reads as a document title: short, not a sentence, not an
/// address line, and naming a kind of document.
///
/// ```
/// use mubiao_grammar::meta::is_title;
/// assert!(is_title("市人民政府办公室关于印发《市七届人大一次会议〈政府工作报告〉主要工作目标分解落实意见》的通知"));
/// assert!(is_title("2012年政府工作报告(摘要)"));
/// assert!(!is_title("各县(市、区)人民政府,市人民政府各部门:"));
/// ```
#[must_use]
pub fn is_title(line: &str) -> bool {
    let n = line.chars().count();
    (4..=120).contains(&n)
        && !line.ends_with(is_colon)
        && !line.contains('。')
        && TITLE_WORDS.iter().any(|w| line.contains(w))
}

/// A line that is only a date (the signing date at the foot of a notice).
///
/// ```
/// use mubiao_grammar::meta::date_line;
/// assert!(date_line("        二〇一二年一月十七日").is_some());
/// assert!(date_line("2013年3月2日").is_some());
/// assert!(date_line("2013年3月2日市政府第57次常务会议").is_none());
/// assert!(date_line("2013年").is_none());
/// assert!(date_line("会议时间 2013年3月2日").is_none());
/// let (day, span) = date_line("市人民政府办公室    2022年2月28日印发").unwrap();
/// assert_eq!((day.to_string(), span.start), ("2022-02-28".to_owned(), 28));
/// ```
#[must_use]
pub fn date_line(line: &str) -> Option<(NaiveDate, Span)> {
    let (t, front) = crate::text::trim(line);
    // the foot of a printed notice: `市人民政府办公室    2022年2月28日印发`
    let t = t.strip_suffix("印发").unwrap_or(t);
    if let Some(found) = only_date(t, front) {
        return Some(found);
    }
    // a foot ends with its day; any other line is passed over here
    if !t.ends_with('日') {
        return None;
    }
    let at = t.rfind(is_space)?;
    let issuer = t.get(..at)?.trim_end_matches(is_space);
    // the issuer is a name that ends like an office: not a sentence with a date in it
    let plain = !issuer.contains(['。', '，', ',', '；', ';', '：', ':'])
        && issuer.chars().count() <= 30
        && issuer.ends_with(['室', '府', '会', '局', '厅', '委', '部', '处']);
    let rest = t.get(at..)?;
    let date = rest.trim_start_matches(is_space);
    if plain {
        only_date(date, front + at + rest.len() - date.len())
    } else {
        None
    }
}

/// `t` (at `front`) when it is one calendar day and nothing else.
fn only_date(t: &str, front: usize) -> Option<(NaiveDate, Span)> {
    // a date alone on a line is short and starts with a digit of its year
    let first = t.chars().next()?;
    if t.len() > 60
        || !(crate::text::digit_value(first).is_some()
            || crate::mention::chinese_digit(first).is_some())
    {
        return None;
    }
    let d = crate::mention::parse_date(t, None).ok()?;
    let day = d.range.filter(|r| r.start == r.end)?;
    Some((day.start, d.span + front))
}

/// A line that is only a document number (`荆府办发〔2022〕5号`), as notices print it
/// under their title: its span.
///
/// ```
/// use mubiao_grammar::meta::doc_number_line;
/// assert_eq!(doc_number_line("  荆府办发〔2022〕5号").map(|s| s.start), Some(2));
/// assert!(doc_number_line("平政办[2013]11号").is_some());
/// assert!(doc_number_line("根据平政〔2013〕5号文件精神").is_none());
/// assert!(doc_number_line("2022年").is_none());
/// ```
#[must_use]
pub fn doc_number_line(line: &str) -> Option<Span> {
    let (t, front) = crate::text::trim(line);
    let head = t.strip_suffix('号')?;
    if t.chars().count() > 30 {
        return None;
    }
    // issuer, bracketed year, number
    let open = head.find(['〔', '[', '［', '(', '（'])?;
    let issuer = head.get(..open)?;
    let after = head.get(open..)?;
    let bracket = after.chars().next()?.len_utf8();
    let year = after.get(bracket..bracket + 4)?;
    let rest = after.get(bracket + 4..)?;
    let close = rest.chars().next()?;
    let number = rest.get(close.len_utf8()..)?;
    let ok = !issuer.is_empty()
        && issuer.chars().count() <= 12
        && !issuer
            .chars()
            .any(|c| c.is_ascii() || is_space(c) || c == '。')
        && year.bytes().all(|b| b.is_ascii_digit())
        && matches!(close, '〕' | ']' | '］' | ')' | '）')
        && !number.is_empty()
        && number
            .chars()
            .all(|c| crate::text::digit_value(c).is_some());
    ok.then(|| Span::new(front, front + t.len()))
}

/// The calendar day a header value starts with (`2012年03月02日`, `2012-02-13`) and
/// its length in bytes.
fn day_at(value: &str) -> Option<(NaiveDate, usize)> {
    let d = crate::mention::dates(value, None).next()?;
    let day = d.range.filter(|r| r.start == r.end && d.span.start == 0)?;
    Some((day.start, d.span.end))
}
