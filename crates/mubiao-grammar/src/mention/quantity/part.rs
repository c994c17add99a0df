//! A numeral and what follows it: a Latin suffix (`2e5`, `40k`), a mixed fraction
//! (`1 3/5`), a percent sign (`%`, `‰`, `‱`), percentage points (`个百分点`), a fraction
//! (`三分之一`, `一又二分之一`), or a unit ([`measure`](super::measure)). Codes and
//! times (`2:00`, `1.2.3`, `4/5G`) are none of these.

use std::borrow::Cow;

use mubiao_model::{Decimal, QuantityKind};

use super::fraction::{exponent, power, round15};
use super::names::is_cjk;
use super::{Part, Reader, eat_spaced, skip_token};
use crate::mention::number::{self, Config, Scanned, Script};
use crate::mention::unit::ascii_unit;
use crate::text::{char_at, digit_value, skip_spaces};

impl<'a> Reader<'a> {
    /// The numeral and what follows it.
    pub(super) fn part(&self, sc: &Scanned) -> Option<Part<'a>> {
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
            chinese: n.script != Script::Arabic,
            unit_lone_ok: false,
            ordinal: false,
            plain: *sc,
        };
        let arabic = n.script == Script::Arabic;
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
            && let Some(f) = number::scan(s, p.end + ' '.len_utf8(), Config::UNSIGNED)
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
                Some(colon @ (':' | '：'))
                    if char_at(s, here + colon.len_utf8())
                        .and_then(digit_value)
                        .is_some() =>
                {
                    return None;
                }
                Some('.' | '．') => {
                    let d = here + c.map_or(1, char::len_utf8);
                    if char_at(s, d).and_then(digit_value).is_some() {
                        return None;
                    }
                }
                Some('/' | '／') => return self.slash_fraction(p, sc),
                Some(c) if c.is_ascii_alphabetic() => {
                    let e = skip_token(s, here);
                    let word = s.get(here..e)?;
                    let kind = ascii_unit(word)?;
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
        self.measure(p, sc, here, q, c)
    }
}
