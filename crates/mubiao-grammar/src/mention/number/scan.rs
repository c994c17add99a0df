//! The numeral scanner: one pass over the tokens of a numeral, Arabic runs and Chinese
//! characters alike, folding places and scale words as they come.

use mubiao_model::{Decimal, Scale};

use super::arabic::arabic_run;
use super::state::{Stack, State, pow10};
use super::token::{Tok, chinese_digit, classify, sign, starts, starts_prefixed_unit};
use super::{Config, Numeral, Scanned, Script};
use crate::text::{char_at, digit_at, skip_spaces};

/// Whether the digits of a numeral start at `pos` (no sign): a digit, a token that
/// starts a numeral, or a point before a digit (`.5`).
fn starts_numeral(s: &str, pos: usize) -> bool {
    if digit_at(s, pos).is_some() {
        return true;
    }
    match char_at(s, pos) {
        Some(c) if matches!(c, '.' | '．') => digit_at(s, pos + c.len_utf8()).is_some(),
        Some(c) => classify(c).is_some_and(starts),
        None => false,
    }
}

/// Scans a numeral at `start`. `Ok(None)`: no numeral; `Err(pos)`: overflow at `pos`.
pub(crate) fn scan(s: &str, start: usize, cfg: Config) -> Result<Option<Scanned>, usize> {
    let mut pos = start;
    let mut negative = false;
    if !cfg.unsigned
        && let Some(c) = char_at(s, pos)
        && let Some(neg) = sign(c)
        && starts_numeral(s, pos + c.len_utf8())
    {
        negative = neg;
        pos += c.len_utf8();
    }
    let digits_start = pos;
    // what the loop below would find at its first token: no numeral
    if !starts_numeral(s, pos) {
        return Ok(None);
    }
    let mut st = State {
        stack: Stack::default(),
        cur: Decimal::ZERO,
        pending: None,
        pending_single: false,
        before_pending: None,
        last_place: 0,
        zero: false,
        last: None,
        frac: None,
        approx: false,
        chinese: false,
        arabic: false,
        trailing: (0, true, 0),
        end: pos,
        tokens: 0,
        run: None,
        runs: 0,
    };
    let overflow = |_| start;
    loop {
        // spaces may separate Chinese tokens, never two Arabic runs
        let probe = if st.tokens > 0 {
            skip_spaces(s, pos)
        } else {
            pos
        };
        let Some(c) = char_at(s, probe) else { break };
        let leading_point = st.tokens == 0 && matches!(c, '.' | '．') && starts_numeral(s, probe);
        let Some(t) = (if leading_point {
            Some(Tok::Arabic)
        } else {
            classify(c)
        }) else {
            break;
        };
        let spaced = probe != pos;
        let clen = c.len_utf8();
        let mut keep_trailing = false;
        match t {
            Tok::Arabic => {
                // a run starts the numeral, or follows a scale word, a place or 零
                // 7万 5千: a spaced run only in front of a place or a scale word
                let spaced_ok = !spaced || {
                    let after_run = arabic_run(s, probe, cfg)?.map_or(probe, |r| r.end);
                    matches!(
                        char_at(s, skip_spaces(s, after_run)).and_then(classify),
                        Some(Tok::Place(_) | Tok::Myriad(..))
                    )
                };
                let ok = st.tokens == 0
                    || (spaced_ok
                        && st.pending.is_none()
                        && st.frac.is_none()
                        && !st.approx
                        && matches!(
                            st.last,
                            Some(Tok::Myriad(..) | Tok::Place(_) | Tok::Digit(0))
                        ));
                if !ok {
                    break;
                }
                let Some(run) = arabic_run(s, probe, cfg)? else {
                    break;
                };
                if run.frac_digits > 0 && st.tokens > 0 {
                    break;
                }
                st.set_pending(run.value, run.int_digits == 1 && run.frac_digits == 0);
                st.arabic = true;
                st.runs += 1;
                st.run = Some(run);
                pos = run.end;
            }
            Tok::Digit(d) => {
                if st.pending.is_some() || st.frac.is_some() || st.approx {
                    break;
                }
                if d == 0 {
                    st.zero = true;
                } else {
                    st.set_pending(Decimal::from(d), true);
                }
                st.chinese = true;
                pos = probe + clen;
            }
            Tok::Liang => {
                if st.pending.is_some() || st.frac.is_some() || st.approx {
                    break;
                }
                // 两 is a digit before a place or a scale word, or a numeral alone
                let after = skip_spaces(s, probe + clen);
                let before_place = matches!(
                    char_at(s, after).and_then(classify),
                    Some(Tok::Place(_) | Tok::Myriad(..))
                );
                if !before_place && st.tokens > 0 {
                    break;
                }
                st.set_pending(Decimal::TWO, false);
                st.chinese = true;
                pos = probe + clen;
                if !before_place {
                    st.last = Some(t);
                    st.tokens += 1;
                    st.end = pos;
                    break;
                }
            }
            Tok::Place(p) | Tok::Tens(p) => {
                let tens = matches!(t, Tok::Tens(_));
                let exp = if tens { 1 } else { p };
                if st.frac.is_some() || st.approx || (st.last_place != 0 && exp >= st.last_place) {
                    break;
                }
                let rest = s.get(probe + clen..).unwrap_or("");
                if exp == 3 && starts_prefixed_unit(rest) {
                    break;
                }
                // 0.5百分点: 百分点 is a unit
                if exp == 2 && (rest.starts_with("分点") || rest.starts_with("分點")) {
                    break;
                }
                let m = if tens {
                    if st.pending.is_some() {
                        break;
                    }
                    Decimal::from(p)
                } else {
                    st.pending.take().unwrap_or(Decimal::ONE)
                };
                let f = pow10(exp).ok_or(start)?;
                let add = m.checked_mul(f).ok_or(start)?;
                st.cur = st.cur.checked_add(add).ok_or(start)?;
                st.last_place = exp;
                st.zero = false;
                st.chinese = true;
                pos = probe + clen;
            }
            Tok::Myriad(e, simplified) => {
                if e == 12 && starts_prefixed_unit(s.get(probe + clen..).unwrap_or("")) {
                    break;
                }
                let f = pow10(e).ok_or(start)?;
                if matches!(st.last, Some(Tok::Myriad(..))) {
                    // 万亿, 万万: the scale compounds
                    let below = st
                        .stack
                        .len
                        .checked_sub(2)
                        .and_then(|i| st.stack.items.get(i))
                        .map(|x| x.0);
                    let Some(top) = st.stack.top_mut() else { break };
                    let ne = top.0 + e;
                    if below.is_some_and(|b| ne >= b) || ne > 28 {
                        break;
                    }
                    top.0 = ne;
                    top.1 = top.1.checked_mul(f).ok_or(start)?;
                    let (te, tsimp, tn) = st.trailing;
                    st.trailing = (te + e, tsimp && simplified, tn + 1);
                } else {
                    if st.stack.top_exp().is_some_and(|x| x <= e) && st.stack.top_exp() == Some(e) {
                        break;
                    }
                    st.finish_pending(false).ok_or(start)?;
                    let mut v = st.cur;
                    if let Some(fr) = st.frac.take() {
                        v = v.checked_add(fr).ok_or(start)?;
                    }
                    if v.is_zero() && !st.approx {
                        break;
                    }
                    let low = st.stack.pop_below(e).ok_or(start)?;
                    let total = v.checked_add(low).ok_or(start)?;
                    let val = total.checked_mul(f).ok_or(start)?;
                    if !st.stack.push(e, val) {
                        break;
                    }
                    st.trailing = (e, simplified, 1);
                    st.cur = Decimal::ZERO;
                    st.last_place = 0;
                    st.zero = false;
                }
                keep_trailing = true;
                pos = probe + clen;
            }
            Tok::Point => {
                if st.frac.is_some() || st.tokens == 0 || st.approx {
                    break;
                }
                // Chinese decimals: 点 followed by Chinese digits
                let mut p = skip_spaces(s, probe + clen);
                let mut mant: i128 = 0;
                let mut n = 0_u32;
                while let Some(c2) = char_at(s, p) {
                    let Some(d) = chinese_digit(c2) else { break };
                    if n >= 27 {
                        return Err(start);
                    }
                    mant = mant * 10 + i128::from(d);
                    n += 1;
                    p += c2.len_utf8();
                    let q = skip_spaces(s, p);
                    if char_at(s, q).and_then(chinese_digit).is_some() {
                        p = q;
                    }
                }
                if n == 0 {
                    break;
                }
                st.finish_pending(true).ok_or(start)?;
                st.frac = Some(Decimal::try_from_i128_with_scale(mant, n).map_err(overflow)?);
                st.chinese = true;
                pos = p;
            }
            Tok::Approx | Tok::Ji => {
                // 十多, 500余, 二十几, 一百零几, 十来, 3万多
                if st.approx || st.frac.is_some() {
                    break;
                }
                let ok = match t {
                    Tok::Ji => {
                        matches!(st.last, Some(Tok::Place(_) | Tok::Tens(_) | Tok::Digit(0)))
                    }
                    _ if c == '来' => matches!(st.last, Some(Tok::Place(_) | Tok::Tens(_))),
                    _ => {
                        matches!(
                            st.last,
                            Some(Tok::Place(_) | Tok::Tens(_) | Tok::Myriad(..))
                        ) || (st.last == Some(Tok::Arabic) && st.pending.is_some())
                    }
                };
                if !ok || st.tokens == 0 {
                    break;
                }
                keep_trailing = matches!(st.last, Some(Tok::Myriad(..)));
                st.finish_pending(false).ok_or(start)?;
                st.approx = true;
                pos = probe + clen;
            }
        }
        st.last = Some(t);
        st.tokens += 1;
        st.end = pos;
        if !keep_trailing {
            st.trailing = (0, true, 0);
        }
    }
    if st.tokens == 0 {
        return Ok(None);
    }
    let script = match (st.arabic, st.chinese) {
        (true, false) => Script::Arabic,
        (false, _) => Script::Chinese,
        (true, true) => Script::Mixed,
    };
    // the scale as written: a trailing 万, 亿 or 万亿 in simplified script
    let (te, tsimp, tn) = st.trailing;
    let scale_exp = match (te, tsimp, tn) {
        (4 | 8, true, 1) | (12, true, 2) => te,
        (_, true, n) if n >= 2 => match st.last {
            Some(Tok::Myriad(e, true)) => e,
            _ => 0,
        },
        _ => 0,
    };
    let simple_run = match st.run {
        Some(run) if st.runs == 1 && !st.chinese && st.stack.len <= 1 && te == scale_exp => {
            Some(run)
        }
        _ => None,
    };
    // one Arabic run, alone or before its scale word (`1.45万`), keeps its digits as
    // written; any other numeral is the sum of its sections
    let mut value = match simple_run {
        Some(run) => run.value,
        None => {
            st.finish_pending(true).ok_or(start)?;
            let mut total = st.stack.sum().ok_or(start)?;
            total = total.checked_add(st.cur).ok_or(start)?;
            if let Some(fr) = st.frac {
                total = total.checked_add(fr).ok_or(start)?;
            }
            if scale_exp > 0 {
                total
                    .checked_div(pow10(scale_exp).ok_or(start)?)
                    .ok_or(start)?
                    .normalize()
            } else {
                total.normalize()
            }
        }
    };
    if negative {
        value = -value;
    }
    let lone = st.tokens == 1
        && !st.arabic
        && s.get(digits_start..st.end)
            .is_some_and(|t| t.chars().count() == 1);
    let plain_integer = script == Script::Arabic
        && st.stack.len == 0
        && !negative
        && !st.approx
        && st.run.is_some_and(|r| r.frac_digits == 0 && !r.separators);
    let (int_digits, leading_zero) = st
        .run
        .map_or((0, false), |r| (r.int_digits, r.leading_zero));
    Ok(Some(Scanned {
        numeral: Numeral {
            value,
            scale: Scale::from_exponent(u8::try_from(scale_exp).unwrap_or(0)),
            approximate: st.approx,
            script,
        },
        end: st.end,
        digits_start,
        lone,
        plain_integer,
        int_digits,
        leading_zero,
    }))
}

/// Whether a numeral (possibly signed) starts at `pos`.
pub(crate) fn starts_numeral_at(s: &str, pos: usize) -> bool {
    match char_at(s, pos) {
        Some(c) if sign(c).is_some() => starts_numeral(s, pos + c.len_utf8()),
        _ => starts_numeral(s, pos),
    }
}
