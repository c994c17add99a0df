//! The unit after a numeral: a unit of the table (`万套`, `平方公里`, `元/吨`) with
//! what some units take after them (`七成六`, `三成半`, `八折`, `五元三毛`, `3美元50美分`,
//! `一吨半`), what makes a numeral before a unit an ordinal (`第十四届`, `三次全会`), and
//! an unknown measure word after Arabic digits that closes the phrase (`3栋`).

use std::borrow::Cow;

use mubiao_model::{Decimal, QuantityKind};

use super::comparator::starts_suffix;
use super::names::boundary_after;
use super::{Part, Reader, eat};
use crate::mention::number::{self, Config, Scanned, chinese_digit, is_numeral_char};
use crate::mention::unit::unit_at;
use crate::text::{char_at, digit_value, skip_spaces};

impl<'a> Reader<'a> {
    /// The unit at `q` (after the spaces that follow the numeral at `here`), where `c`
    /// stands, and what it takes after it.
    pub(super) fn measure(
        &self,
        mut p: Part<'a>,
        sc: &Scanned,
        here: usize,
        q: usize,
        c: char,
    ) -> Option<Part<'a>> {
        let s = self.text;
        // units
        if let Some(u) = unit_at(s.get(q..)?) {
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
                    if let Some(d) =
                        char_at(s, q2).and_then(|c| chinese_digit(c).or_else(|| digit_value(c)))
                    {
                        let e2 = q2 + char_at(s, q2).map_or(0, char::len_utf8);
                        if !char_at(s, e2)
                            .is_some_and(|c| is_numeral_char(c) || digit_value(c).is_some())
                        {
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
                    if let Some(sc2) = number::scan(s, q2, Config::UNSIGNED).ok().flatten()
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
                if let Some(u2) = s.get(e2..).and_then(unit_at) {
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
                && s.get(e + '半'.len_utf8()..)
                    .is_none_or(|r| unit_at(r).is_none())
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
                || s.get(e..).is_some_and(starts_suffix);
            if closes {
                p.kind = QuantityKind::Count;
                p.unit = Cow::Owned(c.to_string());
                p.has_unit = true;
                p.end = e;
            }
        }
        Some(p)
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

/// `3角5分` after `元`: adds 角 (tenths) and 分 (hundredths).
fn jiao_fen(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let mut v = value;
    let mut e = pos;
    let mut any = false;
    for (words, div) in [(&["角", "毛"][..], 10_i64), (&["分"][..], 100)] {
        let Some(sc) = number::scan(s, e, Config::UNSIGNED).ok().flatten() else {
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
