//! Numbers rendered in Chinese numerals, the way documents write them.

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// Renders `n` in Chinese numerals the way documents write it: `十二`, `一百零五`,
/// `十万零一十`, `一万零一亿`. [`numeral`](super::numeral) reads every rendering back to `n`.
///
/// ```
/// use mubiao_grammar::mention::{parse_number, to_chinese};
/// use mubiao_model::Decimal;
/// assert_eq!(to_chinese(0), "零");
/// assert_eq!(to_chinese(12), "十二");
/// assert_eq!(to_chinese(2_450), "二千四百五十");
/// assert_eq!(to_chinese(1_000_100_000_000), "一万零一亿");
/// let n = parse_number(&to_chinese(9_876_543_210))?;
/// assert_eq!(n.folded(), Some(Decimal::from(9_876_543_210_u64)));
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
#[must_use]
pub fn to_chinese(n: u64) -> String {
    let mut out = String::new();
    if n == 0 {
        out.push('零');
    } else {
        render(n, &mut out, true);
    }
    out
}

/// Appends `n` (> 0); `head`: nothing precedes it, so `一十` is written `十`.
fn render(n: u64, out: &mut String, head: bool) {
    const YI: u64 = 100_000_000;
    const WAN: u64 = 10_000;
    if n >= YI {
        render(n / YI, out, head);
        out.push('亿');
        tail(n % YI, YI / 10, out);
    } else if n >= WAN {
        render(n / WAN, out, head);
        out.push('万');
        tail(n % WAN, WAN / 10, out);
    } else {
        small(n, out, head);
    }
}

/// The part after a scale word: `零` when it skips a place.
fn tail(rest: u64, full: u64, out: &mut String) {
    if rest == 0 {
        return;
    }
    if rest < full {
        out.push('零');
    }
    render(rest, out, false);
}

/// 1..=9999.
fn small(n: u64, out: &mut String, head: bool) {
    let places = [(1000, '千'), (100, '百'), (10, '十')];
    let mut started = false;
    let mut gap = false;
    for (p, c) in places {
        let d = (n / p) % 10;
        if d == 0 {
            gap |= started;
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        if !(p == 10 && d == 1 && head && !started) {
            push_digit(d, out);
        }
        out.push(c);
        started = true;
    }
    let d = n % 10;
    if d != 0 {
        if gap || (started && n % 100 < 10 && n >= 100) {
            out.push('零');
        }
        push_digit(d, out);
    }
}

fn push_digit(d: u64, out: &mut String) {
    if let Some(c) = usize::try_from(d).ok().and_then(|i| DIGITS.get(i)) {
        out.push(*c);
    }
}
