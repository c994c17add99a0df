//! Quantities written as set phrases or without digits: `翻一番`, `半成`, `打对折`,
//! `三八折`, `$20`, `过亿元`, `上万人`, `万分之三`, and ordinals (`第三次`).

use std::borrow::Cow;

use mubiao_model::{Comparator, Decimal, QuantityKind, Scale, Span};

use super::idiom::in_idiom;
use super::{Part, Reader, Step, blank, eat, eat_spaced};
use crate::mention::number::{self, Config, Scanned, chinese_digit};
use crate::mention::unit::unit_at;
use crate::text::{char_at, char_before, skip_spaces};

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

impl<'a> Reader<'a> {
    /// `第三次`, `第8年`, `第十四届` (the mention pass has tried a date first: `第三季度`).
    pub(crate) fn ordinal(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '第'.len_utf8();
        let Some(sc) = number::scan(s, q, Config::UNSIGNED).ok().flatten() else {
            return Step::Skip(q);
        };
        let Some(mut p) = self.part(&sc) else {
            return Step::Skip(sc.end);
        };
        if p.kind != QuantityKind::Count && p.kind != QuantityKind::Number {
            p.unit = Cow::Borrowed("");
            p.end = sc.end;
        }
        self.emit_ordinal(pos, &p)
    }

    /// `翻一番` (2), `翻两番` (4), `翻番`, `翻了一番`.
    pub(crate) fn fan(&self, pos: usize) -> Step {
        let s = self.text;
        let mut q = pos + '翻'.len_utf8();
        q = eat(s, q, "了").unwrap_or(q);
        let (times, e) = if let Some(e) = eat(s, q, "番") {
            (1_u32, e)
        } else {
            let Some(sc) = number::scan(s, q, Config::UNSIGNED).ok().flatten() else {
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
        Step::Found(q, end)
    }

    /// `半成` (5%), `半折` (50%), `半百` (50).
    pub(crate) fn half(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '半'.len_utf8();
        let next = char_at(s, q);
        let e = q + next.map_or(0, char::len_utf8);
        let (value, kind, unit) = match next {
            Some('成') => (5, QuantityKind::Percent, "%"),
            Some('折') => (50, QuantityKind::Percent, "%"),
            Some('百') if !s.get(e..).is_some_and(|r| r.starts_with('姓')) => {
                (50, QuantityKind::Number, "")
            }
            _ => return Step::Skip(q),
        };
        self.simple(pos, Decimal::from(value), kind, unit, e)
    }

    /// `打对折` (50%).
    pub(crate) fn dui_zhe(&self, pos: usize) -> Step {
        let s = self.text;
        let q = pos + '对'.len_utf8();
        if char_before(s, pos) == Some('打') && matches!(char_at(s, q), Some('折')) {
            let e = q + '折'.len_utf8();
            return self.simple(pos, Decimal::from(50), QuantityKind::Percent, "%", e);
        }
        Step::Skip(q)
    }

    /// `$20`, `￥300`.
    pub(crate) fn money_prefix(&self, pos: usize) -> Step {
        let s = self.text;
        let Some(c) = char_at(s, pos) else {
            return Step::Skip(pos + 1);
        };
        let q = skip_spaces(s, pos + c.len_utf8());
        let Some(sc) = number::scan(s, q, Config::UNSIGNED).ok().flatten() else {
            return Step::Skip(pos + c.len_utf8());
        };
        let Some(value) = sc.numeral.folded() else {
            return Step::Skip(sc.end);
        };
        let sign = s.get(pos..pos + c.len_utf8()).unwrap_or_default();
        self.simple(pos, value, QuantityKind::Money, sign, sc.end)
    }

    /// A scale word without digits: `过亿元`, `上万人`, `亿元以上`, `万分之三`.
    pub(crate) fn implicit(&self, pos: usize) -> Step {
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
        if exp == 4
            && let Some(yi @ ('亿' | '億')) = char_at(s, e)
        {
            exp = 12;
            e += yi.len_utf8();
        }
        // 过亿, 超万, 上万, 破亿: the word before, and where it starts
        let word = char_before(s, pos).filter(|c| matches!(c, '过' | '超' | '上' | '破'));
        let word_start = pos - word.map_or(0, char::len_utf8);
        let prefix = word.is_some();
        let unit = s.get(e..).and_then(unit_at);
        let unit_end = unit.map_or(e, |u| e + u.text.len());
        let suffix = self.suffix(unit_end);
        if !prefix && suffix.is_none_or(|(c, _)| c != Comparator::Ge) {
            return Step::Skip(e);
        }
        if prefix && char_before(s, word_start) == Some('以') {
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
            if q.0.span.start > word_start {
                q.0.span = Span::new(word_start, q.0.span.end);
            }
            if q.0.comparator == Comparator::Eq {
                q.0.comparator = if word == Some('上') {
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
        Step::Found(q, end)
    }

    /// `三八折`, `九 九 折`: two digits read one by one before 折.
    pub(super) fn discount_digits(&self, pos: usize, sc: &Scanned) -> Option<Step> {
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
