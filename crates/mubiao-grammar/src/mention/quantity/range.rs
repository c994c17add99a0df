//! Ranges: `2-5个`, `10%-12%`, `1至2个`, `1.5亿至2亿元`; `2013-0000035` and `3-1`
//! are codes, not ranges.

use mubiao_model::{Decimal, QuantityKind};

use super::{DASHES, Part, Reader, Step, skip_token};
use crate::mention::number::{self, Config};
use crate::text::{char_at, skip_spaces};

impl<'a> Reader<'a> {
    /// A range after `first`: `2-5个`, `10%-12%`, `1至2个`.
    pub(super) fn range(&self, pos: usize, first: &Part<'a>) -> Option<Step> {
        let s = self.text;
        let c = char_at(s, first.end)?;
        let ascii_dash = matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '〜');
        if !DASHES.contains(&c) {
            return None;
        }
        let q = first.end + c.len_utf8();
        let q = if ascii_dash { q } else { skip_spaces(s, q) };
        let sc2 = match number::scan(s, q, Config::UNSIGNED) {
            Ok(Some(sc2)) if sc2.digits_start == q => sc2,
            _ => return None,
        };
        if sc2.leading_zero || first.plain.leading_zero {
            return Some(Step::Skip(skip_token(s, sc2.end)));
        }
        let second = self.part(&sc2)?;
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
        if !p.has_unit && !self.bare_numbers {
            return Some(Step::Skip(end));
        }
        Some(Step::Found(q, end))
    }
}
