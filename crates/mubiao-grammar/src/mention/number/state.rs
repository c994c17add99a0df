//! What the scanner of a numeral holds between tokens: the section being read, the
//! scale words read so far as a stack, the pending digit, and what was seen.

use mubiao_model::Decimal;

use super::arabic::Run;
use super::token::Tok;

pub(crate) fn pow10(e: u32) -> Option<Decimal> {
    let p = 10_i128.checked_pow(e)?;
    Decimal::try_from_i128_with_scale(p, 0).ok()
}

/// Entries of the scale stack: (exponent, value already multiplied).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Stack {
    pub(super) items: [(u32, Decimal); 8],
    pub(super) len: usize,
}

impl Stack {
    pub(super) fn top_exp(&self) -> Option<u32> {
        self.len
            .checked_sub(1)
            .and_then(|i| self.items.get(i))
            .map(|e| e.0)
    }
    pub(super) fn sum(&self) -> Option<Decimal> {
        let mut t = Decimal::ZERO;
        for (_, v) in self.items.iter().take(self.len) {
            t = t.checked_add(*v)?;
        }
        Some(t)
    }
    /// Pops entries below `e`, returns their sum.
    pub(super) fn pop_below(&mut self, e: u32) -> Option<Decimal> {
        let mut t = Decimal::ZERO;
        while let Some(i) = self.len.checked_sub(1) {
            match self.items.get(i) {
                Some(&(x, v)) if x < e => {
                    t = t.checked_add(v)?;
                    self.len = i;
                }
                _ => break,
            }
        }
        Some(t)
    }
    pub(super) fn push(&mut self, e: u32, v: Decimal) -> bool {
        match self.items.get_mut(self.len) {
            Some(slot) => {
                *slot = (e, v);
                self.len += 1;
                true
            }
            None => false,
        }
    }
    pub(super) fn top_mut(&mut self) -> Option<&mut (u32, Decimal)> {
        let i = self.len.checked_sub(1)?;
        self.items.get_mut(i)
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) struct State {
    pub(super) stack: Stack,
    pub(super) cur: Decimal,
    pub(super) pending: Option<Decimal>,
    /// the pending value is one digit (abbreviation applies: 一万三)
    pub(super) pending_single: bool,
    /// the token before the pending value
    pub(super) before_pending: Option<Tok>,
    pub(super) last_place: u32,
    pub(super) zero: bool,
    pub(super) last: Option<Tok>,
    pub(super) frac: Option<Decimal>,
    pub(super) approx: bool,
    pub(super) chinese: bool,
    pub(super) arabic: bool,
    /// trailing run of myriads: (total exponent, all simplified, count)
    pub(super) trailing: (u32, bool, u32),
    pub(super) end: usize,
    pub(super) tokens: u32,
    /// the last Arabic run
    pub(super) run: Option<Run>,
    pub(super) runs: u32,
}

impl State {
    pub(super) fn set_pending(&mut self, v: Decimal, single: bool) {
        self.pending = Some(v);
        self.pending_single = single;
        self.before_pending = self.last;
    }

    /// Adds the pending value to the section: as units, or abbreviated after a place
    /// of 百/千 or a scale word (`一万三` = 13000, `两千四百五` = 2450, `百三` = 130).
    pub(super) fn finish_pending(&mut self, abbreviate: bool) -> Option<()> {
        let Some(p) = self.pending.take() else {
            return Some(());
        };
        let exp = if abbreviate && self.pending_single && !self.zero {
            match self.before_pending {
                Some(Tok::Place(e)) if e >= 2 => e - 1,
                Some(Tok::Myriad(e, _)) => e - 1,
                _ => 0,
            }
        } else {
            0
        };
        // × 1 is the value itself (a product with zero is a plain zero, as Decimal has it)
        let v = match exp {
            0 if p.is_zero() => Decimal::ZERO,
            0 => p,
            _ => p.checked_mul(pow10(exp)?)?,
        };
        self.cur = self.cur.checked_add(v)?;
        Some(())
    }
}
