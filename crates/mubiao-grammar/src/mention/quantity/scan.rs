//! The one-pass scanner behind [`mentions`](super::mentions).

use std::borrow::Cow;
use std::sync::LazyLock;

use mubiao_model::{Comparator, Decimal, Quantity, QuantityKind, Scale, Span};

use super::unit::{self, IDIOMS, PREFIXES, SUFFIXES};
use super::{Mention, Options};
use crate::mention::date;
use crate::mention::number::{
    self, Config, Scanned, char_at, chinese_digit, is_numeral_char, skip_spaces,
};
use crate::text::CharSet;

/// The iterator of [`mentions`](super::mentions): quantities and dates in text order.
///
/// ```
/// use mubiao_grammar::mention::{mentions, Options};
/// let spans: Vec<_> = mentions("完成2.7万元,增长14%", Options::default())
///     .map(|m| m.span().range())
///     .collect();
/// assert_eq!(spans, [6..15, 22..25]);
/// ```
#[derive(Clone, Debug)]
pub struct Mentions<'a> {
    text: &'a str,
    pos: usize,
    last_end: usize,
    opts: Options,
}

enum Step {
    Found(Mention, usize),
    Skip(usize),
}

/// A numeral with what follows it: unit, percent sign, fraction.
#[derive(Clone, Debug)]
struct Part<'a> {
    value: Decimal,
    scale: Scale,
    kind: QuantityKind,
    /// The unit as written after the scale word (`套` of `万套`), or a sign (`%`):
    /// borrowed from the tables or the text, owned only when composed (`元/吨`).
    unit: Cow<'a, str>,
    /// A unit was found (table, Latin letters, percent, open class).
    has_unit: bool,
    end: usize,
    approximate: bool,
    lone: bool,
    chinese: bool,
    unit_lone_ok: bool,
    ordinal: bool,
    plain: Scanned,
}

/// Characters that may start a mention: one lookup per character instead of a chain
/// of comparisons.
static STARTS: CharSet = CharSet::of(&[
    '零', '〇', '○', '一', '壹', '弌', '二', '贰', '貳', '弍', '三', '叁', '參', '弎', '四', '肆',
    '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖', '两', '兩', '倆', '十', '拾',
    '百', '佰', '千', '仟', '廿', '卅', '卌', '万', '萬', '亿', '億', '兆', '负', '負', '第', '翻',
    '半', '对', '對', '￥', '¥', '．', '－', '−', '＋', '元', '年', '上', '下', '每', '春', '夏',
    '秋', '冬', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
]);

fn may_start(c: char) -> bool {
    STARTS.contains(c)
}

/// The last characters of the prefix comparator words.
fn may_end_prefix(c: char) -> bool {
    matches!(
        c,
        '于' | '过'
            | '超'
            | '破'
            | '在'
            | '到'
            | '足'
            | '满'
            | '少'
            | '多'
            | '低'
            | '高'
            | '约'
            | '近'
            | '达'
            | '出'
    )
}

const DASHES: &[char] = &['-', '－', '—', '–', '~', '～', '〜', '至', '到'];

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '『' | '』' | '《' | '》'
    )
}

fn prev_char(s: &str, pos: usize) -> Option<char> {
    s.get(..pos)?.chars().next_back()
}

fn boundary_before(s: &str, pos: usize) -> bool {
    prev_char(s, pos).is_none_or(|c| {
        c == '\n'
            || crate::text::is_space(c)
            || crate::text::is_clause_break(c)
            || is_quote(c)
            || crate::text::is_colon(c)
    })
}

fn boundary_after(s: &str, pos: usize) -> bool {
    char_at(s, pos).is_none_or(|c| {
        c == '\n'
            || crate::text::is_space(c)
            || crate::text::is_clause_break(c)
            || is_quote(c)
            || crate::text::is_colon(c)
    })
}

fn line_start(s: &str, pos: usize) -> bool {
    let before = s.get(..pos).unwrap_or("");
    before
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .all(crate::text::is_space)
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn pow10(e: u32) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(10_i128.checked_pow(e)?, 0).ok()
}

/// `num / den`, and whether the quotient terminates. A quotient that does not is
/// later rounded to 15 significant digits ([`round15`]).
fn divide(num: Decimal, den: Decimal) -> Option<(Decimal, bool)> {
    let q = num.checked_div(den)?;
    let short = q.mantissa().unsigned_abs() < 10_u128.pow(25);
    Some((q, short && q.checked_mul(den) == Some(num)))
}

/// Rounds a non-terminating value to 15 significant digits: what an `f64` JSON reader
/// keeps exactly, and no false precision.
fn round15(v: Decimal, exact: bool) -> Option<Decimal> {
    if exact {
        Some(v.normalize())
    } else {
        v.round_sf(15).map(|d| d.normalize())
    }
}

/// Four ASCII digits (not preceded by a fifth) and then `-`, `/` or `.`.
fn iso_like(s: &str, pos: usize) -> bool {
    let b = s.as_bytes();
    let digits = b
        .get(pos..pos + 4)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let sep = b
        .get(pos + 4)
        .is_some_and(|c| matches!(c, b'-' | b'/' | b'.'));
    let before = pos
        .checked_sub(1)
        .and_then(|p| b.get(p))
        .is_some_and(u8::is_ascii_digit);
    digits && sep && !before
}

fn skip_token(s: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(s, pos) {
        if c.is_ascii_alphanumeric()
            || crate::text::digit_value(c).is_some()
            || matches!(
                c,
                '.' | '．' | '/' | '／' | '-' | '－' | ':' | '：' | '_' | '%'
            )
        {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

fn skip_numeral_run(s: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(s, pos) {
        if is_numeral_char(c) || matches!(c, '点' | '點') || crate::text::digit_value(c).is_some()
        {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

/// Eats `word` allowing spaces between its characters (`个 百 分点`).
fn eat_spaced(s: &str, pos: usize, word: &str) -> Option<usize> {
    let mut p = pos;
    for (i, w) in word.chars().enumerate() {
        if i > 0 {
            p = skip_spaces(s, p);
        }
        if char_at(s, p) != Some(w) {
            return None;
        }
        p += w.len_utf8();
    }
    Some(p)
}

fn eat(s: &str, pos: usize, word: &str) -> Option<usize> {
    s.get(pos..)?.starts_with(word).then(|| pos + word.len())
}

fn scale_word(scale: Scale) -> &'static str {
    match scale.exponent() {
        4 => "万",
        8 => "亿",
        12 => "万亿",
        _ => "",
    }
}

/// A character of an idiom: the character, the one after it, its byte offset, the idiom.
type IdiomPlace = (char, Option<char>, usize, &'static str);

fn in_idiom(s: &str, start: usize) -> bool {
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

/// A unit as written: the scale word, then the unit (`万` + `套`).
fn unit_text(scale: Scale, unit: &str) -> String {
    let word = scale_word(scale);
    let mut text = String::with_capacity(word.len() + unit.len());
    text.push_str(word);
    text.push_str(unit);
    text
}

/// Chinese digits read one by one (`三八`, `九 九`): value and count.
fn digit_string(s: &str, pos: usize) -> Option<(u32, u32, usize)> {
    let mut p = pos;
    let mut v = 0_u32;
    let mut n = 0;
    loop {
        let q = if n > 0 { skip_spaces(s, p) } else { p };
        let Some(d) = char_at(s, q).and_then(chinese_digit) else {
            break;
        };
        v = v.checked_mul(10)?.checked_add(d)?;
        n += 1;
        p = q + char_at(s, q).map_or(0, char::len_utf8);
    }
    Some((v, n, p))
}

impl<'a> Mentions<'a> {
    pub(crate) const fn new(text: &'a str, opts: Options) -> Self {
        Self {
            text,
            pos: 0,
            last_end: 0,
            opts,
        }
    }

    /// The comparator word in front of `pos`, and where it starts.
    fn prefix(&self, pos: usize) -> Option<(Comparator, usize)> {
        let s = self.text;
        let mut p = pos;
        while let Some(c) = prev_char(s, p) {
            if crate::text::is_space(c) && p > self.last_end {
                p -= c.len_utf8();
            } else {
                break;
            }
        }
        if !prev_char(s, p).is_some_and(may_end_prefix) {
            return None;
        }
        let before = s.get(self.last_end..p)?;
        let last = before.as_bytes().last();
        PREFIXES.iter().find_map(|(w, cmp)| {
            // the last byte first: a compare instead of a call
            if w.as_bytes().last() != last {
                return None;
            }
            let b = before.strip_suffix(w)?;
            if w.chars().count() == 1 {
                let glued = b.chars().next_back().is_some_and(|c| unit::glued(w, c));
                if glued {
                    return None;
                }
            }
            Some((*cmp, self.last_end + b.len()))
        })
    }

    /// A comparator word after `pos` (spaces allowed).
    fn suffix(&self, pos: usize) -> Option<(Comparator, usize)> {
        let p = skip_spaces(self.text, pos);
        let rest = self.text.get(p..)?;
        let first = rest.as_bytes().first();
        SUFFIXES.iter().find_map(|(w, cmp)| {
            (w.as_bytes().first() == first && rest.starts_with(w)).then(|| (*cmp, p + w.len()))
        })
    }

    /// Builds the quantity: prefix and suffix comparators, span.
    fn finish(&self, start: usize, p: &Part<'_>, upper: Option<Decimal>) -> (Quantity, usize) {
        let (pre, qstart) = self
            .prefix(start)
            .map_or((None, start), |(c, s)| (Some(c), s));
        let (suf, end) = self
            .suffix(p.end)
            .map_or((None, p.end), |(c, e)| (Some(c), e));
        let unit = unit_text(p.scale, &p.unit);
        let mut q =
            Quantity::new(p.kind, p.value, unit, Span::new(qstart, end)).with_scale(p.scale);
        let cmp = match (upper, suf, pre, p.approximate) {
            (Some(_), ..) => Comparator::Range,
            (None, Some(c), ..) => c,
            (None, None, Some(c), _) => c,
            (None, None, None, true) => Comparator::Gt,
            _ => Comparator::Eq,
        };
        q = q.with_comparator(cmp);
        q.upper = upper;
        (q, end)
    }

    fn at(&self, pos: usize) -> Step {
        let s = self.text;
        // Arabic digits, the common case: none of the words below starts with one
        if s.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) {
            return self.number(pos);
        }
        let Some(c) = char_at(s, pos) else {
            return Step::Skip(pos + 1);
        };
        let next = pos + c.len_utf8();
        match c {
            '第' => return self.ordinal(pos),
            '翻' => return self.fan(pos),
            '半' => return self.half(pos),
            '对' | '對' => return self.dui_zhe(pos),
            '$' | '￥' | '¥' => return self.money_prefix(pos),
            _ => {}
        }
        if matches!(c, '万' | '萬' | '亿' | '億') {
            return self.implicit(pos);
        }
        if !number::starts_numeral_at(s, pos) {
            if date::may_start_at(s, pos, c)
                && let Some((d, end)) = date::at(s, pos, self.opts.reference_year)
            {
                return Step::Found(Mention::Date(d), end);
            }
            return Step::Skip(next);
        }
        self.number(pos)
    }

    fn number(&self, pos: usize) -> Step {
        let s = self.text;
        if let Some(next) = self.lone_in_word(pos) {
            return Step::Skip(next);
        }
        // 2012-02-13, 2012/3/2, 2012.03.02: a date before the digits read as a number
        if iso_like(s, pos)
            && let Some((d, end)) = date::at(s, pos, self.opts.reference_year)
        {
            return Step::Found(Mention::Date(d), end);
        }
        // `12. 2万平方米` inside a sentence; `1. ` at the head of a line is a marker
        let cfg = Config {
            spaced_point: prev_char(s, pos).is_some_and(|c| c != '\n' && !crate::text::is_space(c)),
            unsigned: false,
        };
        let sc = match number::scan(s, pos, cfg) {
            Ok(Some(sc)) => sc,
            Ok(None) => {
                if let Some((d, end)) = date::at(s, pos, self.opts.reference_year) {
                    return Step::Found(Mention::Date(d), end);
                }
                return Step::Skip(pos + char_at(s, pos).map_or(1, char::len_utf8));
            }
            Err(_) => return Step::Skip(skip_token(s, skip_numeral_run(s, pos))),
        };
        let after = char_at(s, sc.end);
        // dates: 2012年, 3月底前, 二〇一二年, 一季度, 2012-02-13, 2012-2016年
        let datey = after.is_some_and(|c| {
            matches!(
                c,
                '年' | '月'
                    | '季'
                    | '日'
                    | '号'
                    | '-'
                    | '－'
                    | '—'
                    | '–'
                    | '至'
                    | '到'
                    | '~'
                    | '～'
            )
        }) || (sc.lone && after.and_then(chinese_digit).is_some());
        if datey
            && sc.digits_start == pos
            && let Some((d, end)) = date::at(s, pos, self.opts.reference_year)
        {
            return Step::Found(Mention::Date(d), end);
        }
        if sc.lone
            && let Some(step) = self.discount_digits(pos, &sc)
        {
            return step;
        }
        // a numeral glued to another numeral is a name: 十二五, 五十千, 九九 (not 12千米, 三十两)
        // (the unit is looked up only after a numeral character: most numbers have none)
        let unit_next = || {
            s.get(sc.end..).is_some_and(|r| {
                unit::unit_at(r).is_some() || r.starts_with("百分点") || r.starts_with("百分點")
            })
        };
        if after.is_some_and(is_numeral_char) && !unit_next() {
            return Step::Skip(skip_numeral_run(s, sc.end));
        }
        let Some(first) = self.part(pos, &sc) else {
            return Step::Skip(skip_token(s, sc.end).max(sc.end));
        };
        if first.ordinal {
            return self.emit_ordinal(pos, &first);
        }
        // a range: 2-5个, 10%至12%, 1.5亿至2亿元
        if let Some(step) = self.range(pos, &first) {
            return step;
        }
        if !self.valid(pos, &first) {
            return Step::Skip(first.end.max(pos + 1));
        }
        if !first.has_unit && !self.opts.bare_numbers {
            return Step::Skip(first.end);
        }
        let (q, end) = self.finish(pos, &first, None);
        Step::Found(Mention::Quantity(q), end)
    }

    /// A one-character Chinese numeral inside a word (`进一步`, `统一规划`), rejected
    /// before it is scanned: what [`Mentions::number`] would find at the end of the
    /// longer way. The numeral is read alone (nothing after it continues a numeral);
    /// what follows makes it no date (`年`, `月`…), no range, no fraction, no
    /// percentage and gives it no unit; and no boundary precedes it, which
    /// [`Mentions::valid`] asks of a lone numeral without a unit. Returns the offset
    /// after the numeral.
    fn lone_in_word(&self, pos: usize) -> Option<usize> {
        let s = self.text;
        let c = char_at(s, pos)?;
        // digits and 十; 百 and 千 have rules of their own (百分点, 千米)
        if chinese_digit(c).is_none() && !matches!(c, '十' | '拾') {
            return None;
        }
        let next = pos + c.len_utf8();
        let x = char_at(s, next)?;
        let quiet = !number::is_numeral_token(x)
            && !crate::text::is_space(x)
            && !matches!(
                x,
                '年' | '月' | '季' | '日' | '号' | '分' | '又' | '%' | '％' | '‰' | '‱'
            )
            && !DASHES.contains(&x);
        if !quiet || boundary_before(s, pos) {
            return None;
        }
        if prev_char(s, pos).is_some_and(|p| matches!(p, '是' | '前')) {
            return None;
        }
        s.get(next..)
            .is_some_and(|r| unit::unit_at(r).is_none())
            .then_some(next)
    }

    /// Whether a part without a range is a quantity (the rules for words like 一般).
    fn valid(&self, pos: usize, p: &Part<'_>) -> bool {
        let s = self.text;
        let sc = &p.plain;
        // 数十个, 几百家, 数十亿元: vague
        if p.chinese && prev_char(s, pos).is_some_and(|c| matches!(c, '数' | '几' | '幾' | '數'))
        {
            return false;
        }
        // 三元路, 三元北路, 八里庄: a place name
        if p.chinese && p.has_unit {
            let place = |c: char| "路街巷桥村镇区县里湖山寺庄坊园".contains(c);
            let next = char_at(s, p.end);
            let compass = next.is_some_and(|c| "东南西北".contains(c))
                && char_at(s, p.end + 3).is_some_and(place);
            if next.is_some_and(place) || compass {
                return false;
            }
        }
        if p.lone {
            let c = char_at(s, sc.digits_start).unwrap_or(' ');
            // 千家万户, 百姓; but 超千人, 上千人, 千人以上
            if matches!(c, '百' | '佰' | '千' | '仟') {
                let compared = self.prefix(pos).is_some()
                    || prev_char(s, pos) == Some('上')
                    || self.suffix(p.end).is_some();
                if !(p.has_unit && compared) || in_idiom(s, sc.digits_start) {
                    return false;
                }
            }
            if p.has_unit {
                // 一个, 一种, 一批, 新一轮 are articles; 肆, 陆, 拾 are words (登陆部队); 两两
                let article =
                    c == '一' && matches!(p.unit.as_ref(), "个" | "個" | "种" | "種" | "批" | "轮");
                let financial = matches!(
                    c,
                    '壹' | '贰'
                        | '貳'
                        | '叁'
                        | '肆'
                        | '伍'
                        | '陆'
                        | '陸'
                        | '柒'
                        | '捌'
                        | '玖'
                        | '拾'
                );
                let twice = p.unit.starts_with(c);
                return p.unit_lone_ok
                    && !article
                    && !financial
                    && !twice
                    && !in_idiom(s, sc.digits_start);
            }
            // a lone numeral stands alone: 是五, “一”, 前三的
            if matches!(c, '百' | '佰' | '千' | '仟' | '零' | '〇') {
                return false;
            }
            let before_ok = boundary_before(s, pos)
                || prev_char(s, pos).is_some_and(|c| matches!(c, '是' | '前'));
            let after_ok = boundary_after(s, p.end)
                || char_at(s, p.end).is_some_and(|c| {
                    matches!(c, '这' | '那' | '不' | '却' | '而' | '的' | '和' | '或')
                });
            return before_ok && after_ok;
        }
        if p.has_unit || p.scale.exponent() != 0 || p.kind != QuantityKind::Number {
            return true;
        }
        let after = char_at(s, p.end);
        // “1+8”, “三个一百”: a name
        let before = prev_char(s, pos);
        if before.is_some_and(|c| is_quote(c) || c == '+')
            || after.is_some_and(|c| is_quote(c) || c == '+')
        {
            return false;
        }
        // 国道311, 电话81890
        let head = s.get(..pos).unwrap_or("");
        if [
            "国道", "省道", "县道", "电话", "热线", "邮编", "编号", "号码", "代码", "文号",
        ]
        .iter()
        .any(|w| head.ends_with(w))
        {
            return false;
        }
        if self.suffix(p.end).is_some() {
            return true;
        }
        if p.chinese {
            return boundary_after(s, p.end)
                || after.is_some_and(|c| {
                    matches!(c, '这' | '那' | '不' | '却' | '而' | '的' | '和' | '或')
                });
        }
        // bare Arabic numbers
        if sc.leading_zero {
            return false;
        }
        if sc.plain_integer {
            // list markers: 1、 (2) 3.
            if after == Some('、') {
                return false;
            }
            let marker_after = after.is_some_and(|c| matches!(c, '.' | '．' | ')' | '）'));
            if marker_after
                && (line_start(s, pos)
                    || boundary_before(s, pos)
                    || prev_char(s, pos).is_some_and(|c| matches!(c, '(' | '（')))
            {
                return false;
            }
            if prev_char(s, pos).is_some_and(|c| matches!(c, '(' | '（' | '〔' | '[' | '【')) {
                return false;
            }
            // “811”工程: a name
            if prev_char(s, pos).is_some_and(is_quote) && after.is_some_and(is_quote) {
                return false;
            }
            // 2012湖北企业: a year naming something
            if sc.int_digits == 4 && after.is_some_and(is_cjk) {
                return false;
            }
        }
        !after.is_some_and(|c| matches!(c, '号' | '日' | '月' | '年' | '〕' | ']' | '】'))
    }

    /// The numeral and what follows it.
    fn part(&self, _pos: usize, sc: &Scanned) -> Option<Part<'a>> {
        let s = self.text;
        let n = sc.numeral;
        let mut p = Part {
            value: n.value,
            scale: n.scale,
            kind: QuantityKind::Number,
            unit: Cow::Borrowed(""),
            has_unit: false,
            end: sc.end,
            approximate: n.approximate,
            lone: sc.lone,
            chinese: n.script != number::Script::Arabic,
            unit_lone_ok: false,
            ordinal: false,
            plain: *sc,
        };
        let arabic = n.script == number::Script::Arabic;
        // Latin suffixes of Arabic numbers: 2e5, 40k
        if arabic && n.scale.exponent() == 0 {
            if let Some((v, e)) = exponent(s, p.end, p.value).or_else(|| power(s, p.end, p.value)) {
                p.value = v;
                p.end = e;
            } else if let Some(c) = char_at(s, p.end).filter(|c| matches!(c, 'k' | 'K' | 'Ｋ')) {
                let e = p.end + c.len_utf8();
                if !char_at(s, e).is_some_and(|c| c.is_ascii_alphanumeric()) {
                    p.value = p.value.checked_mul(Decimal::ONE_THOUSAND)?;
                    p.end = e;
                }
            }
        }
        // 1 3/5: a whole number and a fraction
        if sc.plain_integer
            && char_at(s, p.end) == Some(' ')
            && let Some(f) = number::scan(
                s,
                p.end + 1,
                Config {
                    unsigned: true,
                    ..Config::default()
                },
            )
            .ok()
            .flatten()
            && f.plain_integer
            && matches!(char_at(s, f.end), Some('/' | '／'))
        {
            let mut numer = p.clone();
            numer.value = f.numeral.value;
            numer.end = f.end;
            if let Some(mut frac) = self.slash_fraction(numer, &f) {
                frac.value = round15(sc.numeral.value.checked_add(frac.value)?, true)?;
                return Some(frac);
            }
        }
        let here = p.end;
        let c = char_at(s, here);
        // codes and times: 2013-0000035 is handled by range; 2:00, 1.2.3, 4/5G
        if arabic {
            match c {
                Some(':' | '：')
                    if char_at(s, here + 1)
                        .and_then(crate::text::digit_value)
                        .is_some() =>
                {
                    return None;
                }
                Some(':' | '：')
                    if char_at(s, here + 3)
                        .and_then(crate::text::digit_value)
                        .is_some()
                        && c == Some('：') =>
                {
                    return None;
                }
                Some('.' | '．') => {
                    let d = here + c.map_or(1, char::len_utf8);
                    if char_at(s, d).and_then(crate::text::digit_value).is_some() {
                        return None;
                    }
                }
                Some('/' | '／') => return self.slash_fraction(p, sc),
                Some(c) if c.is_ascii_alphabetic() => {
                    let e = skip_token(s, here);
                    let word = s.get(here..e)?;
                    let kind = unit::ascii_unit(word)?;
                    p.kind = kind;
                    p.unit = Cow::Borrowed(word);
                    p.has_unit = true;
                    p.end = e;
                    return Some(p);
                }
                _ => {}
            }
        }
        let q = skip_spaces(s, here);
        let Some(c) = char_at(s, q) else {
            return Some(p);
        };
        // percent signs
        let sign = match c {
            '%' | '％' => Some((QuantityKind::Percent, "%")),
            '‰' => Some((QuantityKind::Permille, "‰")),
            '‱' => Some((QuantityKind::Permyriad, "‱")),
            _ => None,
        };
        if let Some((k, u)) = sign {
            p.kind = k;
            p.unit = Cow::Borrowed(u);
            p.has_unit = true;
            p.end = q + c.len_utf8();
            p.unit_lone_ok = true;
            return Some(p);
        }
        for w in ["个百分点", "個百分點", "百分点", "百分點"] {
            if !matches!(c, '个' | '個' | '百') {
                break;
            }
            if let Some(e) = eat_spaced(s, q, w) {
                p.kind = QuantityKind::PercentagePoints;
                p.unit = Cow::Borrowed(if w.starts_with('百') {
                    "百分点"
                } else {
                    "个百分点"
                });
                p.has_unit = true;
                p.end = e;
                p.unit_lone_ok = true;
                return Some(p);
            }
        }
        // fractions: 三分之一, 百分之十三点五, 千分之六, 一又二分之一
        if c == '分'
            && let Some(e) = eat_spaced(s, q, "分之")
        {
            return self.fraction(p, sc, e, None);
        }
        if c == '又' {
            let q2 = skip_spaces(s, q + c.len_utf8());
            let den = number::scan(s, q2, Config::default()).ok()??;
            let q3 = skip_spaces(s, den.end);
            let e = eat_spaced(s, q3, "分之")?;
            return self.fraction(p, &den, e, Some(sc.numeral.folded()?));
        }
        if !is_cjk(c) && c != '個' {
            return Some(p);
        }
        // units
        if let Some(u) = unit::unit_at(s.get(q..)?) {
            let mut e = q + u.text.len();
            p.unit_lone_ok = u.lone;
            p.has_unit = true;
            p.kind = u.kind;
            p.unit = Cow::Borrowed(u.text);
            match u.text {
                "成" => {
                    if p.scale.exponent() != 0 || p.value > Decimal::TEN {
                        return None;
                    }
                    p.value = p.value.checked_mul(Decimal::TEN)?;
                    p.unit = Cow::Borrowed("%");
                    // 七成六, 三成半
                    let q2 = skip_spaces(s, e);
                    if let Some(d) = char_at(s, q2)
                        .and_then(|c| chinese_digit(c).or_else(|| crate::text::digit_value(c)))
                    {
                        let e2 = q2 + char_at(s, q2).map_or(0, char::len_utf8);
                        if !char_at(s, e2).is_some_and(|c| {
                            is_numeral_char(c) || crate::text::digit_value(c).is_some()
                        }) {
                            p.value = p.value.checked_add(Decimal::from(d))?;
                            e = e2;
                        }
                    } else if char_at(s, q2) == Some('半') {
                        p.value = p.value.checked_add(Decimal::from(5))?;
                        e = q2 + '半'.len_utf8();
                    }
                }
                "折" => {
                    if char_at(s, e).is_some_and(|c| {
                        matches!(
                            c,
                            '合' | '算'
                                | '旧'
                                | '现'
                                | '叠'
                                | '射'
                                | '返'
                                | '腾'
                                | '服'
                                | '扣'
                                | '价'
                        )
                    }) {
                        return None;
                    }
                    let two_digits = sc.plain_integer && sc.int_digits == 2;
                    if !two_digits {
                        if p.value >= Decimal::TEN || p.scale.exponent() != 0 {
                            return None;
                        }
                        p.value = p.value.checked_mul(Decimal::TEN)?;
                    }
                    p.unit = Cow::Borrowed("%");
                }
                "元" | "块" | "塊" | "圆" if p.scale.exponent() == 0 => {
                    // 五元三毛, 50元6角三分
                    if let Some((v, e2)) = jiao_fen(s, e, p.value) {
                        p.value = v;
                        e = e2;
                    }
                }
                "美元" if p.scale.exponent() == 0 => {
                    let q2 = eat(s, e, "又").unwrap_or(e);
                    if let Some(sc2) = number::scan(
                        s,
                        q2,
                        Config {
                            unsigned: true,
                            ..Config::default()
                        },
                    )
                    .ok()
                    .flatten()
                        && let Some(e3) = eat(s, sc2.end, "美分")
                    {
                        p.value = p
                            .value
                            .checked_add(sc2.numeral.value.checked_div(Decimal::ONE_HUNDRED)?)?;
                        e = e3;
                    }
                }
                "届" if p.chinese => p.ordinal = true,
                "次" if p.chinese => {
                    let rest = s.get(e..).unwrap_or("");
                    if [
                        "会议",
                        "全会",
                        "党代会",
                        "代表大会",
                        "全体会议",
                        "常委会",
                        "人大",
                    ]
                    .iter()
                    .any(|w| rest.starts_with(w))
                    {
                        p.ordinal = true;
                    }
                }
                _ => {}
            }
            // a compound unit: 元/吨, 万元/亩
            if let Some(c2) = char_at(s, e).filter(|c| matches!(c, '/' | '／')) {
                let e2 = e + c2.len_utf8();
                if let Some(u2) = s.get(e2..).and_then(unit::unit_at) {
                    let unit = p.unit.to_mut();
                    unit.push('/');
                    unit.push_str(u2.text);
                    e = e2 + u2.text.len();
                }
            }
            // 一吨半, 两米半
            if char_at(s, e) == Some('半')
                && matches!(
                    p.kind,
                    QuantityKind::Measure | QuantityKind::Count | QuantityKind::Money
                )
                && p.scale.exponent() == 0
                && s.get(e + 3..).is_none_or(|r| unit::unit_at(r).is_none())
            {
                p.value = p.value.checked_add(Decimal::new(5, 1))?;
                e += '半'.len_utf8();
            }
            if u.kind == QuantityKind::Percent {
                p.unit_lone_ok = true;
            }
            p.end = e;
            return Some(p);
        }
        // an unknown measure word after Arabic digits, closing the phrase: 3栋, 20尊
        if !p.chinese && q == here && !is_stop(c) {
            let e = q + c.len_utf8();
            let closes = boundary_after(s, e)
                || char_at(s, e).is_some_and(|c| matches!(c, '的' | '、' | '和' | '及' | '或'))
                || SUFFIXES
                    .iter()
                    .any(|(w, _)| s.get(e..).is_some_and(|r| r.starts_with(w)));
            if closes {
                p.kind = QuantityKind::Count;
                p.unit = Cow::Owned(c.to_string());
                p.has_unit = true;
                p.end = e;
            }
        }
        Some(p)
    }

    /// `N分之M` after the denominator `p`; `whole` for `一又二分之一`.
    fn fraction(
        &self,
        mut p: Part<'a>,
        den: &Scanned,
        e: usize,
        whole: Option<Decimal>,
    ) -> Option<Part<'a>> {
        let s = self.text;
        let q = skip_spaces(s, e);
        let num = number::scan(s, q, Config::default()).ok()??;
        if char_at(s, num.end).is_some_and(is_numeral_char)
            && s.get(num.end..).and_then(unit::unit_at).is_none()
        {
            return None; // 百分之二三十: an approximate range
        }
        let mut m = num.numeral.folded()?;
        let mut end = num.end;
        if num.numeral.script == number::Script::Arabic
            && num.numeral.scale.exponent() == 0
            && let Some(c) = char_at(s, end).filter(|c| matches!(c, 'k' | 'K' | 'Ｋ'))
        {
            m = m.checked_mul(Decimal::ONE_THOUSAND)?;
            end += c.len_utf8();
        }
        let d = den.numeral.folded()?;
        let bare = den.lone && whole.is_none();
        let (kind, unit) = match (bare, d) {
            (true, x) if x == Decimal::ONE_HUNDRED => (QuantityKind::Percent, "%"),
            (true, x) if x == Decimal::ONE_THOUSAND => (QuantityKind::Permille, "‰"),
            _ => (QuantityKind::Number, ""),
        };
        p.value = if kind == QuantityKind::Number {
            let (f, exact) = divide(m, d)?;
            let v = match whole {
                Some(w) if w.is_sign_negative() => w.checked_sub(f)?,
                Some(w) => w.checked_add(f)?,
                None => f,
            };
            round15(v, exact)?
        } else {
            m
        };
        p.kind = kind;
        p.unit = Cow::Borrowed(unit);
        p.scale = Scale::ONE;
        p.has_unit = true;
        p.unit_lone_ok = true;
        p.lone = false;
        p.chinese = true;
        p.approximate = false;
        p.end = end;
        Some(p)
    }

    /// `3/5`, `-3/2`, `1 3/5`; `4/5G` and `217651/2012-14442` are no quantities.
    fn slash_fraction(&self, mut p: Part<'a>, sc: &Scanned) -> Option<Part<'a>> {
        let s = self.text;
        let c = char_at(s, p.end)?;
        let q = p.end + c.len_utf8();
        let den = number::scan(
            s,
            q,
            Config {
                unsigned: true,
                ..Config::default()
            },
        )
        .ok()??;
        if !den.plain_integer || !sc.plain_integer && sc.numeral.scale.exponent() != 0 {
            return None;
        }
        if char_at(s, den.end).is_some_and(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.' | '／' | '－')
        }) {
            return None;
        }
        let (v, exact) = divide(p.value, den.numeral.value)?;
        p.value = round15(v, exact)?;
        p.end = den.end;
        p.chinese = true;
        Some(p)
    }

    /// A range after `first`: `2-5个`, `10%-12%`, `1至2个`.
    fn range(&self, pos: usize, first: &Part<'a>) -> Option<Step> {
        let s = self.text;
        let c = char_at(s, first.end)?;
        let ascii_dash = matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '〜');
        if !DASHES.contains(&c) {
            return None;
        }
        let q = first.end + c.len_utf8();
        let q = if ascii_dash { q } else { skip_spaces(s, q) };
        let sc2 = match number::scan(
            s,
            q,
            Config {
                unsigned: true,
                ..Config::default()
            },
        ) {
            Ok(Some(sc2)) if sc2.digits_start == q => sc2,
            _ => return None,
        };
        if sc2.leading_zero || first.plain.leading_zero {
            return Some(Step::Skip(skip_token(s, sc2.end)));
        }
        let second = self.part(q, &sc2)?;
        // same unit, or the first without one
        let compatible = if first.has_unit {
            first.unit == second.unit && first.scale == second.scale
        } else {
            first.kind == QuantityKind::Number
                && (first.scale == second.scale || first.scale.exponent() == 0)
        };
        let lower_ok = |u: Decimal, l: Decimal| u > l;
        if !compatible || !lower_ok(second.value, first.value) || second.ordinal {
            // 2013-0000035, 3-1: a code, not a range
            return ascii_dash.then(|| Step::Skip(skip_token(s, second.end)));
        }
        if first.lone && second.lone && !second.has_unit {
            return None;
        }
        let mut p = second.clone();
        p.value = first.value;
        p.approximate = false;
        let (q, end) = self.finish(pos, &p, Some(second.value));
        if !p.has_unit && !self.opts.bare_numbers {
            return Some(Step::Skip(end));
        }
        Some(Step::Found(Mention::Quantity(q), end))
    }

    fn emit_ordinal(&self, start: usize, p: &Part<'_>) -> Step {
        if self.opts.ordinals {
            let unit = unit_text(p.scale, &p.unit);
            let q = Quantity::new(
                QuantityKind::Ordinal,
                p.value,
                unit,
                Span::new(start, p.end),
            )
            .with_scale(p.scale);
            Step::Found(Mention::Quantity(q), p.end)
        } else {
            Step::Skip(p.end)
        }
    }

    /// `第三次`, `第8年`, `第十四届`.
    fn ordinal(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '第'.len_utf8();
        if let Some((d, end)) = date::at(s, pos, self.opts.reference_year) {
            return Step::Found(Mention::Date(d), end);
        }
        let Some(sc) = number::scan(
            s,
            q,
            Config {
                unsigned: true,
                ..Config::default()
            },
        )
        .ok()
        .flatten() else {
            return Step::Skip(q);
        };
        let Some(mut p) = self.part(q, &sc) else {
            return Step::Skip(sc.end);
        };
        if p.kind != QuantityKind::Count && p.kind != QuantityKind::Number {
            p.unit = Cow::Borrowed("");
            p.end = sc.end;
        }
        self.emit_ordinal(pos, &p)
    }

    /// `翻一番` (2), `翻两番` (4), `翻番`, `翻了一番`.
    fn fan(&self, pos: usize) -> Step {
        let s = self.text;
        let mut q = pos + '翻'.len_utf8();
        q = eat(s, q, "了").unwrap_or(q);
        let (times, e) = if let Some(e) = eat(s, q, "番") {
            (1_u32, e)
        } else {
            let Some(sc) = number::scan(
                s,
                q,
                Config {
                    unsigned: true,
                    ..Config::default()
                },
            )
            .ok()
            .flatten() else {
                return Step::Skip(q);
            };
            let Some(e) = eat(s, sc.end, "番") else {
                return Step::Skip(q);
            };
            let t = u32::try_from(sc.numeral.value.normalize().mantissa()).unwrap_or(0);
            if sc.numeral.value.normalize().scale() != 0 || t == 0 || t > 20 {
                return Step::Skip(e);
            }
            (t, e)
        };
        let value = Decimal::from(2_u64.pow(times));
        let part = Part {
            value,
            scale: Scale::ONE,
            kind: QuantityKind::Multiple,
            unit: Cow::Borrowed("番"),
            has_unit: true,
            end: e,
            approximate: s.get(e..).is_some_and(|r| r.starts_with('多')),
            lone: false,
            chinese: true,
            unit_lone_ok: true,
            ordinal: false,
            plain: blank(pos),
        };
        let mut part = part;
        if part.approximate {
            part.end += '多'.len_utf8();
        }
        let (q, end) = self.finish(pos, &part, None);
        Step::Found(Mention::Quantity(q), end)
    }

    /// `半成` (5%), `半折` (50%), `半百` (50).
    fn half(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '半'.len_utf8();
        let (value, kind, unit, e) = match char_at(s, q) {
            Some('成') => (5, QuantityKind::Percent, "%", q + 3),
            Some('折') => (50, QuantityKind::Percent, "%", q + 3),
            Some('百') if !s.get(q + 3..).is_some_and(|r| r.starts_with('姓')) => {
                (50, QuantityKind::Number, "", q + 3)
            }
            _ => return Step::Skip(q),
        };
        self.simple(pos, Decimal::from(value), kind, unit, e)
    }

    /// `打对折` (50%).
    fn dui_zhe(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '对'.len_utf8();
        if prev_char(s, pos) == Some('打') && matches!(char_at(s, q), Some('折')) {
            return self.simple(pos, Decimal::from(50), QuantityKind::Percent, "%", q + 3);
        }
        Step::Skip(q)
    }

    fn simple(
        &self,
        pos: usize,
        value: Decimal,
        kind: QuantityKind,
        unit: &'a str,
        end: usize,
    ) -> Step {
        let part = Part {
            value,
            scale: Scale::ONE,
            kind,
            unit: Cow::Borrowed(unit),
            has_unit: !unit.is_empty(),
            end,
            approximate: false,
            lone: false,
            chinese: true,
            unit_lone_ok: true,
            ordinal: false,
            plain: blank(pos),
        };
        let (q, end) = self.finish(pos, &part, None);
        Step::Found(Mention::Quantity(q), end)
    }

    /// `$20`, `￥300`.
    fn money_prefix(&self, pos: usize) -> Step {
        let s = self.text;
        let Some(c) = char_at(s, pos) else {
            return Step::Skip(pos + 1);
        };
        let q = skip_spaces(s, pos + c.len_utf8());
        let Some(sc) = number::scan(
            s,
            q,
            Config {
                unsigned: true,
                ..Config::default()
            },
        )
        .ok()
        .flatten() else {
            return Step::Skip(pos + c.len_utf8());
        };
        let Some(value) = sc.numeral.folded() else {
            return Step::Skip(sc.end);
        };
        let sign = s.get(pos..pos + c.len_utf8()).unwrap_or_default();
        self.simple(pos, value, QuantityKind::Money, sign, sc.end)
    }

    /// A scale word without digits: `过亿元`, `上万人`, `亿元以上`, `万分之三`.
    fn implicit(&self, pos: usize) -> Step {
        let s = self.text;
        let Some(c) = char_at(s, pos) else {
            return Step::Skip(pos + 1);
        };
        let mut e = pos + c.len_utf8();
        // 万分之三
        if matches!(c, '万' | '萬')
            && let Some(e2) = eat_spaced(s, e, "分之")
        {
            let q = skip_spaces(s, e2);
            if let Some(sc) = number::scan(s, q, Config::default()).ok().flatten()
                && let Some(v) = sc.numeral.folded()
            {
                return self.simple(pos, v, QuantityKind::Permyriad, "‱", sc.end);
            }
            return Step::Skip(e2);
        }
        if in_idiom(s, pos) {
            return Step::Skip(e);
        }
        let mut exp = if matches!(c, '万' | '萬') { 4 } else { 8 };
        if exp == 4 && matches!(char_at(s, e), Some('亿' | '億')) {
            exp = 12;
            e += 3;
        }
        let prefix = prev_char(s, pos).is_some_and(|c| matches!(c, '过' | '超' | '上' | '破'));
        let unit = s.get(e..).and_then(unit::unit_at);
        let unit_end = unit.map_or(e, |u| e + u.text.len());
        let suffix = self.suffix(unit_end);
        if !prefix && suffix.is_none_or(|(c, _)| c != Comparator::Ge) {
            return Step::Skip(e);
        }
        if prefix && prev_char(s, pos - 3).is_some_and(|c| matches!(c, '以')) {
            return Step::Skip(e);
        }
        let part = Part {
            value: Decimal::ONE,
            scale: Scale::from_exponent(exp),
            kind: unit.map_or(QuantityKind::Number, |u| u.kind),
            unit: Cow::Borrowed(unit.map_or("", |u| u.text)),
            has_unit: unit.is_some(),
            end: unit_end,
            approximate: false,
            lone: false,
            chinese: true,
            unit_lone_ok: true,
            ordinal: false,
            plain: blank(pos),
        };
        let (mut q, end) = if prefix {
            let mut q = self.finish(pos, &part, None);
            let start = pos - 3;
            if q.0.span.start > start {
                q.0.span = Span::new(start, q.0.span.end);
            }
            if q.0.comparator == Comparator::Eq {
                q.0.comparator = if prev_char(s, pos) == Some('上') {
                    Comparator::Ge
                } else {
                    Comparator::Gt
                };
            }
            q
        } else {
            self.finish(pos, &part, None)
        };
        if q.span.start > pos {
            q.span = Span::new(pos, q.span.end);
        }
        Step::Found(Mention::Quantity(q), end)
    }

    /// `三八折`, `九 九 折`: two digits read one by one before 折.
    fn discount_digits(&self, pos: usize, sc: &Scanned) -> Option<Step> {
        let s = self.text;
        if !sc.lone {
            return None;
        }
        let (v, n, e) = digit_string(s, sc.digits_start)?;
        if n != 2 {
            return None;
        }
        let q = skip_spaces(s, e);
        let e2 = eat(s, q, "折")?;
        Some(self.simple(pos, Decimal::from(v), QuantityKind::Percent, "%", e2))
    }
}

fn blank(pos: usize) -> Scanned {
    Scanned {
        numeral: number::Numeral {
            value: Decimal::ZERO,
            scale: Scale::ONE,
            approximate: false,
            script: number::Script::Chinese,
        },
        end: pos,
        digits_start: pos,
        lone: false,
        plain_integer: false,
        int_digits: 0,
        leading_zero: false,
    }
}

/// Characters that do not open a measure word after a number.
fn is_stop(c: char) -> bool {
    matches!(
        c,
        '的' | '和'
            | '与'
            | '及'
            | '或'
            | '在'
            | '是'
            | '为'
            | '大'
            | '多'
            | '余'
            | '以'
            | '左'
            | '至'
            | '到'
            | '年'
            | '月'
            | '日'
            | '号'
            | '点'
            | '比'
            | '等'
            | '公'
            | '平'
            | '立'
            | '千'
            | '百'
            | '分'
            | '不'
            | '中'
            | '上'
            | '下'
            | '内'
            | '外'
            | '后'
            | '前'
            | '来'
            | '万'
            | '亿'
            | '兆'
            | '型'
            | '增'
            | '减'
            | '提'
            | '降'
            | '达'
            | '超'
            | '完'
            | '实'
            | '新'
            | '共'
            | '占'
            | '同'
            | '较'
            | '均'
            | '又'
            | '即'
            | '起'
            | '期'
            | '届'
            | '亦'
            | '也'
            | '都'
            | '将'
            | '已'
            | '元'
            | '之'
            | '次'
    )
}

/// `2e5`, `-127.32e13`, `２.７８９０e－１` after Arabic digits.
fn exponent(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let c = char_at(s, pos).filter(|c| matches!(c, 'e' | 'E'))?;
    let mut q = pos + c.len_utf8();
    let mut neg = false;
    if let Some(sg) = char_at(s, q).filter(|c| matches!(c, '+' | '-' | '－' | '−' | '＋')) {
        neg = matches!(sg, '-' | '－' | '−');
        q += sg.len_utf8();
    }
    let mut e = 0_u32;
    let mut n = 0;
    while let Some(d) = char_at(s, q).and_then(crate::text::digit_value) {
        e = e.checked_mul(10)?.checked_add(d)?;
        n += 1;
        q += char_at(s, q).map_or(1, char::len_utf8);
    }
    if n == 0 || e > 28 || char_at(s, q).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let f = pow10(e)?;
    let v = if neg {
        value.checked_div(f)?
    } else {
        value.checked_mul(f)?
    };
    Some((v.normalize(), q))
}

/// `2^5`, `2.5^-1` after Arabic digits.
fn power(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let mut q = eat(s, pos, "^")?;
    let mut neg = false;
    while let Some(sg) = char_at(s, q).filter(|c| matches!(c, '+' | '-' | '－' | '−')) {
        neg ^= matches!(sg, '-' | '－' | '−');
        q += sg.len_utf8();
    }
    let mut e = 0_u32;
    let mut n = 0;
    while let Some(d) = char_at(s, q).and_then(crate::text::digit_value) {
        e = e.checked_mul(10)?.checked_add(d)?;
        n += 1;
        q += char_at(s, q).map_or(1, char::len_utf8);
    }
    if n == 0 || e > 64 {
        return None;
    }
    let mut v = Decimal::ONE;
    for _ in 0..e {
        v = v.checked_mul(value)?;
    }
    let (v, exact) = if neg {
        divide(Decimal::ONE, v)?
    } else {
        (v, true)
    };
    Some((round15(v, exact)?, q))
}

/// `3角5分` after `元`: adds 角 (tenths) and 分 (hundredths).
fn jiao_fen(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let mut v = value;
    let mut e = pos;
    let mut any = false;
    for (words, div) in [(&["角", "毛"][..], 10_i64), (&["分"][..], 100)] {
        let Some(sc) = number::scan(
            s,
            e,
            Config {
                unsigned: true,
                ..Config::default()
            },
        )
        .ok()
        .flatten() else {
            break;
        };
        if sc.numeral.scale.exponent() != 0 || sc.numeral.value >= Decimal::TEN {
            break;
        }
        let Some(e2) = words.iter().find_map(|w| eat(s, sc.end, w)) else {
            continue;
        };
        v = v.checked_add(sc.numeral.value.checked_div(Decimal::from(div))?)?;
        e = e2;
        any = true;
    }
    any.then_some((v.normalize(), e))
}

impl Iterator for Mentions<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        let s = self.text;
        let bytes = s.as_bytes();
        loop {
            self.pos = skip_plain(bytes, self.pos);
            let pos = self.pos;
            let Some(&b) = bytes.get(pos) else { break };
            if b < 0x80 {
                let candidate = match b {
                    // PM2.5, v1.2: digits after a dotted Latin token
                    b'0'..=b'9'
                        if pos >= 2
                            && bytes.get(pos - 1) == Some(&b'.')
                            && bytes.get(pos - 2).is_some_and(u8::is_ascii_alphanumeric) =>
                    {
                        self.pos = skip_token(s, pos);
                        continue;
                    }
                    b'0'..=b'9' | b'$' => true,
                    b'.' => {
                        bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
                            && !pos
                                .checked_sub(1)
                                .and_then(|i| bytes.get(i))
                                .is_some_and(|p| p.is_ascii_digit() || *p == b'.')
                    }
                    b'-' | b'+' => {
                        let prev = pos.checked_sub(1).and_then(|i| bytes.get(i)).copied();
                        !prev.is_some_and(|p| {
                            p.is_ascii_alphanumeric() || matches!(p, b'-' | b'+' | b'.' | b'/')
                        }) && !prev_char(s, pos)
                            .is_some_and(|c| is_numeral_char(c) || matches!(c, '－' | '—'))
                    }
                    b'a'..=b'z' | b'A'..=b'Z' => {
                        self.pos = skip_word(s, pos);
                        continue;
                    }
                    _ => false,
                };
                if !candidate {
                    self.pos += 1;
                    continue;
                }
            } else {
                let Some(c) = char_at(s, pos) else {
                    self.pos += 1;
                    continue;
                };
                let candidate = may_start(c)
                    && (!matches!(c, '－' | '−' | '＋')
                        || !prev_char(s, pos).is_some_and(|p| {
                            p.is_ascii_digit()
                                || crate::text::digit_value(p).is_some()
                                || is_numeral_char(p)
                                || matches!(p, '－' | '-')
                        }));
                if !candidate {
                    self.pos += c.len_utf8();
                    continue;
                }
            }
            match self.at(pos) {
                Step::Found(m, end) => {
                    self.pos = end.max(pos + 1);
                    self.last_end = self.pos;
                    return Some(m);
                }
                Step::Skip(p) => {
                    let min = pos + char_at(s, pos).map_or(1, char::len_utf8);
                    self.pos = p.max(min);
                }
            }
        }
        None
    }
}

/// ASCII bytes that may start a mention (digits, letters, `.`, `-`, `+`, `$`), as a
/// bitmap: the scanner stops on them.
const ASCII_STARTS: u128 = ascii_starts();

const fn ascii_starts() -> u128 {
    let mut map = 0_u128;
    let mut b = 0_u8;
    while b < 0x80 {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+' | b'$') {
            map |= 1 << b;
        }
        b += 1;
    }
    map
}

/// Advances over bytes that cannot start a mention: ASCII other than digits, letters
/// and signs, and three-byte characters outside [`STARTS`], tested on their bytes.
fn skip_plain(bytes: &[u8], pos: usize) -> usize {
    let mut rest = bytes.get(pos..).unwrap_or_default();
    loop {
        match *rest {
            // two characters a step, most of the text: half the tests of the length
            [
                a0 @ 0xE0..=0xEF,
                a1,
                a2,
                b0 @ 0xE0..=0xEF,
                b1,
                b2,
                ref tail @ ..,
            ] if !may_start3(a0, a1, a2) && !may_start3(b0, b1, b2) => {
                rest = tail;
            }
            [b0 @ 0xE0..=0xEF, b1, b2, ref tail @ ..] if !may_start3(b0, b1, b2) => rest = tail,
            [b, ref tail @ ..] if b < 0x80 && ASCII_STARTS & (1 << b) == 0 => rest = tail,
            _ => return bytes.len() - rest.len(),
        }
    }
}

/// [`may_start`] of a three-byte character, read from its bytes.
fn may_start3(b0: u8, b1: u8, b2: u8) -> bool {
    STARTS.has((u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F))
}

/// Skips a Latin word with its digits (`A202107`, `B12`, `3G` is met by its digit), or a URL.
fn skip_word(s: &str, pos: usize) -> usize {
    let rest = s.get(pos..).unwrap_or("");
    if rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") {
        let len = rest
            .find(|c: char| c.is_whitespace() || !c.is_ascii() || matches!(c, '"' | '<' | '>'))
            .unwrap_or(rest.len());
        return pos + len;
    }
    let len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    pos + len.max(1)
}
