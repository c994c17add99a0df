//! The productions of a date after its start: a year (`2012`, `二〇一二`), what may
//! follow a year (`上半年`, `底`, a month), a month and its day or part (`3月2日`,
//! `元月`, `3月底`, `3月上旬`, `1-11月`), a quarter (`一季度`, `前三季度`), a season, a
//! deadline's suffix (`前`, `为止`), a recurring deadline (`每月5日前`) and an ISO day
//! (`2012-02-13`).

use mubiao_model::{DateRange, Recurrence};

use super::calendar::{Period, ymd};
use crate::mention::number::{self, Config, chinese_digit};
use crate::text::{char_at, digit_value, word_at};

/// A small integer at `pos`: Arabic (1–4 digits) or a Chinese numeral, at most `max`.
pub(super) fn small(s: &str, pos: usize, max: u32) -> Option<(u32, usize)> {
    small_any(s, pos).filter(|&(v, _)| v <= max)
}

/// The integer at `pos` that [`small`] reads before it checks the bound.
pub(super) fn small_any(s: &str, pos: usize) -> Option<(u32, usize)> {
    let r = number::scan(s, pos, Config::UNSIGNED).ok()??;
    if r.numeral.approximate
        || r.numeral.scale.exponent() != 0
        || r.leading_zero && r.int_digits > 2
    {
        return None;
    }
    let value = r.numeral.value.normalize();
    let v = u32::try_from(value.mantissa()).ok()?;
    (value.scale() == 0).then_some((v, r.end))
}

/// A year: four Arabic digits, or four Chinese digits (`二〇一二`).
pub(super) fn year(s: &str, pos: usize) -> Option<(i32, usize)> {
    let mut p = pos;
    let mut v = 0_i32;
    let mut n = 0;
    while let Some(c) = char_at(s, p) {
        let d = digit_value(c).or_else(|| chinese_digit(c));
        let Some(d) = d else { break };
        v = v * 10 + i32::try_from(d).ok()?;
        n += 1;
        p += c.len_utf8();
        if n > 4 {
            return None;
        }
    }
    (n == 4 && (1000..=2999).contains(&v)).then_some((v, p))
}

pub(super) fn eat(s: &str, pos: usize, word: &str) -> Option<usize> {
    word_at(s, pos, word).then(|| pos + word.len())
}

pub(super) fn eat_any(s: &str, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| eat(s, pos, w).map(|e| (i, e)))
}

/// What may follow a year: a half, a quarter, a month, a season, its end.
pub(super) fn after_year(s: &str, pos: usize) -> Option<(Period, usize)> {
    if let Some((i, e)) = eat_any(s, pos, &["上半年", "下半年", "底", "末", "初", "中", "内"])
    {
        let p = [
            Period::FirstHalf,
            Period::SecondHalf,
            Period::YearEnd,
            Period::YearEnd,
            Period::YearStart,
            Period::YearMiddle,
            Period::Within,
        ];
        // 年中: not 年中央; 年内: fine
        if i == 5 && char_at(s, e).is_some_and(|c| !is_break(c)) {
            return None;
        }
        return p.get(i).map(|p| (*p, e));
    }
    month_or_quarter(s, pos)
}

fn is_break(c: char) -> bool {
    crate::text::is_clause_break(c)
        || crate::text::is_space(c)
        || matches!(c, '\n' | '、' | '前' | '完' | '，')
}

/// `一季度`, `第三季度`, `前三季度`; `here` is the integer at `pos` ([`small_any`]), read
/// once by the caller.
fn quarter(s: &str, pos: usize, here: Option<(u32, usize)>) -> Option<(Period, usize)> {
    let (p, n) = match eat(s, pos, "第") {
        Some(p) => (p, small_any(s, p)),
        None => (pos, here),
    };
    let (q, e) = n.filter(|&(q, _)| q <= 4)?;
    let e = eat(s, e, "季度")?;
    // 前三季度: the first three quarters
    let first = p == pos && s.get(..pos).is_some_and(|b| b.ends_with('前'));
    let period = if first {
        Period::Quarters(q)
    } else {
        Period::Quarter(q)
    };
    (q >= 1).then_some((period, e))
}

fn season(s: &str, pos: usize) -> Option<(Period, usize)> {
    let (i, e) = eat_any(
        s,
        pos,
        &["春季", "夏季", "秋季", "冬季", "春", "夏", "秋", "冬"],
    )?;
    let e = if i >= 4 { eat(s, e, "季")? } else { e };
    Some((Period::Season(u32::try_from(i % 4 + 1).ok()?), e))
}

/// `3月`, `元月`, `3月2日`, `3月底`, `3月上旬`, `一季度`.
pub(super) fn month_or_quarter(s: &str, pos: usize) -> Option<(Period, usize)> {
    // the integer at `pos`, read once for a quarter and a month
    let here = small_any(s, pos);
    if let Some(q) = quarter(s, pos, here) {
        return Some(q);
    }
    if let Some(q) = season(s, pos) {
        return Some(q);
    }
    let (m, e) = match eat(s, pos, "元月") {
        Some(e) => (1, e),
        None => {
            let (m, e) = here.filter(|&(m, _)| m <= 12)?;
            // 1-11月, 1至6月份: a run of months
            if let Some(d) =
                char_at(s, e).filter(|c| matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '至'))
                && let Some((m2, e2)) = small(s, e + d.len_utf8(), 12)
                && let Some(e3) = eat(s, e2, "月")
                && m >= 1
                && m2 > m
            {
                return Some((Period::Months(m, m2), eat(s, e3, "份").unwrap_or(e3)));
            }
            let e = eat(s, e, "月")?;
            (m, eat(s, e, "份").unwrap_or(e))
        }
    };
    if m == 0 {
        return None;
    }
    if let Some((d, e2)) = small(s, e, 31)
        && let Some((_, e3)) = eat_any(s, e2, &["日", "号"])
    {
        return (d >= 1).then_some((Period::Day(m, d), e3));
    }
    if let Some((i, e2)) = eat_any(s, e, &["底", "末", "上旬", "中旬", "下旬", "初", "中"])
    {
        let p = match i {
            0 | 1 => Period::MonthEnd(m),
            2 | 5 => Period::MonthPart(m, 1, 10),
            3 | 6 => Period::MonthPart(m, 11, 20),
            _ => Period::MonthPart(m, 21, 31),
        };
        return Some((p, e2));
    }
    Some((Period::Month(m), e))
}

/// `前`, `以前`, `之前`, `止`, `为止` (not `前后`).
pub(super) fn by_suffix(s: &str, pos: usize) -> Option<usize> {
    let (_, e) = eat_any(s, pos, &["以前", "之前", "前", "为止", "止"])?;
    if s.get(e..).is_some_and(|r| r.starts_with('后')) {
        return None;
    }
    Some(e)
}

/// A recurring deadline: `每月5日前`, `每月底前`, `每季度末`, `每年12月底前`.
pub(super) fn recurring(s: &str, pos: usize) -> Option<(Recurrence, usize)> {
    if let Some(e) = eat(s, pos, "每月") {
        if let Some((_, e2)) = eat_any(s, e, &["底", "末"]) {
            return Some((Recurrence::Monthly { day: 0 }, e2));
        }
        let (d, e2) = small(s, e, 31)?;
        let (_, e3) = eat_any(s, e2, &["日", "号"])?;
        return (d >= 1).then_some((Recurrence::Monthly { day: d }, e3));
    }
    if let Some(e) = eat(s, pos, "每季度") {
        if let Some((_, e2)) = eat_any(s, e, &["末", "底"]) {
            return Some((Recurrence::Quarterly { day: 0 }, e2));
        }
        let e = eat(s, e, "首月").unwrap_or(e);
        let (d, e2) = small(s, e, 31)?;
        let (_, e3) = eat_any(s, e2, &["日", "号"])?;
        return Some((Recurrence::Quarterly { day: d }, e3));
    }
    let e = eat(s, pos, "每年")?;
    match month_or_quarter(s, e)? {
        (Period::Day(m, d), e2) => Some((Recurrence::Yearly { month: m, day: d }, e2)),
        (Period::MonthEnd(m), e2) => Some((Recurrence::Yearly { month: m, day: 0 }, e2)),
        _ => None,
    }
}

/// `2012-02-13`, `2012/3/2` or `2012.03.02` after a four-digit year: the same
/// separator twice, one or two digits each for month and day.
pub(super) fn iso_date(s: &str, pos: usize, y: i32) -> Option<(DateRange, usize)> {
    let two = |p: usize| -> Option<(u32, usize)> {
        let mut v = 0;
        let mut q = p;
        let mut n = 0;
        while let Some((d, c)) = char_at(s, q).and_then(|c| digit_value(c).map(|d| (d, c))) {
            v = v * 10 + d;
            n += 1;
            q += c.len_utf8();
            if n > 2 {
                return None;
            }
        }
        (n > 0).then_some((v, q))
    };
    let sep = char_at(s, pos).filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (m, p) = two(pos + sep.len_utf8())?;
    let p = (char_at(s, p) == Some(sep)).then_some(p + sep.len_utf8())?;
    let (d, p) = two(p)?;
    if char_at(s, p).is_some_and(|c| c.is_ascii_alphanumeric() || c == sep) {
        return None;
    }
    Some((DateRange::day(ymd(y, m, d)?), p))
}
