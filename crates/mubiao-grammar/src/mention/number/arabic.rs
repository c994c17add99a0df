//! A run of Arabic digits, ASCII or full-width: thousands separators (`1,234`,
//! `４，５６５`), decimals (`12.6`, `．5`, and `12. 2` as PDF extraction leaves it).

use mubiao_model::Decimal;

use super::Config;
use crate::text::{char_at, char_before, digit_at};

/// An Arabic run: digits with optional thousands separators and decimals.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    pub(super) value: Decimal,
    pub(super) end: usize,
    pub(super) int_digits: u32,
    pub(super) frac_digits: u32,
    pub(super) leading_zero: bool,
    pub(super) separators: bool,
}

/// Reads Arabic digits at `start`. `Err(start)` on overflow.
pub(super) fn arabic_run(s: &str, start: usize, cfg: Config) -> Result<Option<Run>, usize> {
    let mut pos = start;
    let mut mant: i128 = 0;
    let mut sig: u32 = 0;
    let mut int_digits = 0_u32;
    let mut frac_digits = 0_u32;
    let mut group = 0_u32; // digits since the last separator
    let mut separators = false;
    let mut first_digit = None;
    let push = |mant: &mut i128, sig: &mut u32, d: u32| -> Result<(), ()> {
        if *mant != 0 || d != 0 {
            *sig += 1;
        }
        if *sig > 28 {
            return Err(());
        }
        // at most 28 significant digits: below 10^28, far from i128::MAX
        *mant = *mant * 10 + i128::from(d);
        Ok(())
    };
    loop {
        if let Some((d, len)) = digit_at(s, pos) {
            if first_digit.is_none() {
                first_digit = Some(d);
            }
            push(&mut mant, &mut sig, d).map_err(|()| start)?;
            int_digits += 1;
            group += 1;
            pos += len;
            continue;
        }
        let Some(c) = char_at(s, pos) else {
            break;
        };
        // `，` separates thousands only between full-width digits (４，５６５)
        let fullwidth = || char_before(s, pos).is_some_and(|p| p.is_ascii_digit());
        if (c == ',' || (c == '，' && !fullwidth()))
            && int_digits > 0
            && (separators && group == 3 || !separators && group <= 3)
        {
            // exactly three digits, then no digit
            let after = pos + c.len_utf8();
            let mut p = after;
            let mut n = 0;
            while n < 4 {
                match digit_at(s, p) {
                    Some((_, len)) => {
                        n += 1;
                        p += len;
                    }
                    None => break,
                }
            }
            if n == 3 {
                separators = true;
                group = 0;
                pos = after;
                continue;
            }
        }
        break;
    }
    if separators && group != 3 {
        return Ok(None);
    }
    // decimals
    if let Some(c) = char_at(s, pos)
        && matches!(c, '.' | '．')
    {
        let mut p = pos + c.len_utf8();
        if cfg.spaced_point && int_digits > 0 && char_at(s, p) == Some(' ') {
            p += ' '.len_utf8();
        }
        let mut any = false;
        let save = mant;
        while let Some((d, len)) = digit_at(s, p) {
            if push(&mut mant, &mut sig, d).is_err() || frac_digits >= 28 {
                return Err(start);
            }
            frac_digits += 1;
            any = true;
            p += len;
        }
        if any {
            pos = p;
        } else {
            mant = save;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return Ok(None);
    }
    let value = Decimal::try_from_i128_with_scale(mant, frac_digits).map_err(|_| start)?;
    Ok(Some(Run {
        value,
        end: pos,
        int_digits,
        frac_digits,
        leading_zero: first_digit == Some(0) && int_digits > 1,
        separators,
    }))
}
