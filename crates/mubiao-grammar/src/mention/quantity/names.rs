//! Numerals that are no quantity: inside a word (`进一步`, `统一`, `一般`), vague
//! (`数十个`), in a place name (`三元路`), a list marker (`1、`, `(2)`), a name
//! (`“811”工程`, `国道311`), a year naming something (`2012湖北企业`), a lone numeral
//! that does not stand alone.

use mubiao_model::QuantityKind;

use super::idiom::in_idiom;
use super::{DASHES, Part, Reader};
use crate::mention::number::{self, chinese_digit};
use crate::mention::unit::unit_at;
use crate::text::{Class, char_at, char_before, class, is_space};

/// The characters that make a numeral and a unit before them a place name (`三元路`,
/// `八里庄`), after a point of the compass too (`三元北路`).
const PLACE_ENDS: &[char] = &[
    '路', '街', '巷', '桥', '村', '镇', '区', '县', '里', '湖', '山', '寺', '庄', '坊', '园',
];

/// The points of the compass.
const COMPASS: &[char] = &['东', '南', '西', '北'];

/// A quotation mark or a title bracket: what sets a name apart (`“811”工程`).
pub(super) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」' | '『' | '』' | '《' | '》'
    )
}

/// Whether a mention may begin at `pos`: the start of the text or of a line, a
/// space, a clause break, a quotation mark or a colon before it.
pub(super) fn boundary_before(s: &str, pos: usize) -> bool {
    char_before(s, pos).is_none_or(is_boundary)
}

/// Whether a mention may end at `pos`: what [`boundary_before`] accepts before one.
pub(super) fn boundary_after(s: &str, pos: usize) -> bool {
    char_at(s, pos).is_none_or(is_boundary)
}

/// A line break, a space, a clause break, a colon or a quotation mark: one look at
/// the character's class.
fn is_boundary(c: char) -> bool {
    let k = class(c);
    k == Class::LineBreak || k.is_space() || k.is_clause_break() || k == Class::Colon || is_quote(c)
}

/// Whether only spaces stand between the start of the line and `pos`.
pub(super) fn line_start(s: &str, pos: usize) -> bool {
    let before = s.get(..pos).unwrap_or("");
    before
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .all(is_space)
}

/// Whether `c` is a CJK unified ideograph (U+4E00–U+9FFF).
pub(super) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

impl Reader<'_> {
    /// A one-character Chinese numeral inside a word (`进一步`, `统一规划`), rejected
    /// before it is scanned: what the mention pass would find at the end of the
    /// longer way. The numeral is read alone (nothing after it continues a numeral);
    /// what follows makes it no date (`年`, `月`…), no range, no fraction, no
    /// percentage and gives it no unit; and no boundary precedes it, which
    /// [`Reader::valid`] asks of a lone numeral without a unit. Returns the offset
    /// after the numeral.
    pub(crate) fn lone_in_word(&self, pos: usize) -> Option<usize> {
        let s = self.text;
        let c = char_at(s, pos)?;
        // digits and 十; 百 and 千 have rules of their own (百分点, 千米)
        if chinese_digit(c).is_none() && !matches!(c, '十' | '拾') {
            return None;
        }
        let next = pos + c.len_utf8();
        let x = char_at(s, next)?;
        let quiet = !number::is_numeral_token(x)
            && !is_space(x)
            && !matches!(
                x,
                '年' | '月' | '季' | '日' | '号' | '分' | '又' | '%' | '％' | '‰' | '‱'
            )
            && !DASHES.contains(&x);
        if !quiet || boundary_before(s, pos) {
            return None;
        }
        if char_before(s, pos).is_some_and(|p| matches!(p, '是' | '前')) {
            return None;
        }
        s.get(next..)
            .is_some_and(|r| unit_at(r).is_none())
            .then_some(next)
    }

    /// Whether a part without a range is a quantity (the rules for words like 一般).
    pub(super) fn valid(&self, pos: usize, p: &Part<'_>) -> bool {
        let s = self.text;
        let sc = &p.plain;
        // 数十个, 几百家, 数十亿元: vague
        if p.chinese && char_before(s, pos).is_some_and(|c| matches!(c, '数' | '几' | '幾' | '數'))
        {
            return false;
        }
        // 三元路, 三元北路, 八里庄: a place name
        if p.chinese && p.has_unit {
            let place = |c: char| PLACE_ENDS.contains(&c);
            let next = char_at(s, p.end);
            let compass = next.is_some_and(|c| COMPASS.contains(&c))
                && char_at(s, p.end + next.map_or(0, char::len_utf8)).is_some_and(place);
            if next.is_some_and(place) || compass {
                return false;
            }
        }
        if p.lone {
            let c = char_at(s, sc.digits_start).unwrap_or(' ');
            // 千家万户, 百姓; but 超千人, 上千人, 千人以上
            if matches!(c, '百' | '佰' | '千' | '仟') {
                let compared = self.prefix(pos).is_some()
                    || char_before(s, pos) == Some('上')
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
                || char_before(s, pos).is_some_and(|c| matches!(c, '是' | '前'));
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
        let before = char_before(s, pos);
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
                    || char_before(s, pos).is_some_and(|c| matches!(c, '(' | '（')))
            {
                return false;
            }
            if char_before(s, pos).is_some_and(|c| matches!(c, '(' | '（' | '〔' | '[' | '【')) {
                return false;
            }
            // “811”工程: a name
            if char_before(s, pos).is_some_and(is_quote) && after.is_some_and(is_quote) {
                return false;
            }
            // 2012湖北企业: a year naming something
            if sc.int_digits == 4 && after.is_some_and(is_cjk) {
                return false;
            }
        }
        !after.is_some_and(|c| matches!(c, '号' | '日' | '月' | '年' | '〕' | ']' | '】'))
    }
}
