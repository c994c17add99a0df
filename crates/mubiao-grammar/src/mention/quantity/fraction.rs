//! Fractions and powers: `三分之一`, `百分之十三点五`, `千分之六`, `一又二分之一`,
//! `3/5`, `1 3/5`, `2e5`, `2^5`; quotients that do not terminate are rounded to 15
//! significant digits.

use std::borrow::Cow;

use mubiao_model::{Decimal, QuantityKind, Scale};

use super::{Part, Reader, eat};
use crate::mention::number::{self, Config, Scanned, Script, is_numeral_char, pow10};
use crate::mention::unit::unit_at;
use crate::text::{char_at, digit_value, skip_spaces};

/// `num / den`, and whether the quotient terminates. A quotient that does not is
/// later rounded to 15 significant digits ([`round15`]).
pub(super) fn divide(num: Decimal, den: Decimal) -> Option<(Decimal, bool)> {
    let q = num.checked_div(den)?;
    let short = q.mantissa().unsigned_abs() < 10_u128.pow(25);
    Some((q, short && q.checked_mul(den) == Some(num)))
}

/// Rounds a non-terminating value to 15 significant digits: what an `f64` JSON reader
/// keeps exactly, and no false precision.
pub(super) fn round15(v: Decimal, exact: bool) -> Option<Decimal> {
    if exact {
        Some(v.normalize())
    } else {
        v.round_sf(15).map(|d| d.normalize())
    }
}

/// `2e5`, `-127.32e13`, `２.７８９０e－１` after Arabic digits.
pub(super) fn exponent(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let c = char_at(s, pos).filter(|c| matches!(c, 'e' | 'E'))?;
    let mut q = pos + c.len_utf8();
    let mut neg = false;
    if let Some(sg) = char_at(s, q).filter(|c| matches!(c, '+' | '-' | '－' | '−' | '＋')) {
        neg = matches!(sg, '-' | '－' | '−');
        q += sg.len_utf8();
    }
    let mut e = 0_u32;
    let mut n = 0;
    while let Some(d) = char_at(s, q).and_then(digit_value) {
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
pub(super) fn power(s: &str, pos: usize, value: Decimal) -> Option<(Decimal, usize)> {
    let mut q = eat(s, pos, "^")?;
    let mut neg = false;
    while let Some(sg) = char_at(s, q).filter(|c| matches!(c, '+' | '-' | '－' | '−')) {
        neg ^= matches!(sg, '-' | '－' | '−');
        q += sg.len_utf8();
    }
    let mut e = 0_u32;
    let mut n = 0;
    while let Some(d) = char_at(s, q).and_then(digit_value) {
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

impl<'a> Reader<'a> {
    /// `N分之M` after the denominator `p`; `whole` for `一又二分之一`.
    pub(super) fn fraction(
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
            && s.get(num.end..).and_then(unit_at).is_none()
        {
            return None; // 百分之二三十: an approximate range
        }
        let mut m = num.numeral.folded()?;
        let mut end = num.end;
        if num.numeral.script == Script::Arabic
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
    pub(super) fn slash_fraction(&self, mut p: Part<'a>, sc: &Scanned) -> Option<Part<'a>> {
        let s = self.text;
        let c = char_at(s, p.end)?;
        let q = p.end + c.len_utf8();
        let den = number::scan(s, q, Config::UNSIGNED).ok()??;
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
}
