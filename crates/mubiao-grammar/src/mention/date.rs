//! Dates and deadlines: `2013年3月2日`, `2012年03月02日`, `二〇一二年一月十七日`,
//! `元月底前`, `3月底前`, `年底前`, `上半年`, `年内`, `每月5日前`, `7月`, `秋季`,
//! `2012-2016年`, `一季度`, resolved against the document's year.
//!
//! ```
//! use mubiao_grammar::mention::dates;
//! use mubiao_model::NaiveDate;
//!
//! let text = "元月底前完成,每月5日前报送";
//! let found: Vec<_> = dates(text, Some(2012)).collect();
//! assert_eq!(found[0].text, "元月底前");
//! assert_eq!(found[0].date(), NaiveDate::from_ymd_opt(2012, 1, 31));
//! assert!(found[0].by);
//! assert!(found[1].recurrence.is_some());
//! ```
//!
//! A period (`上半年`, `7月`, `秋季`) resolves to its first and last day; a deadline
//! (`…前`, `…底`, `…末`, `年内`) also sets [`Deadline::by`], and its due date is the
//! last day of the range. Without a reference year, expressions that name no year keep
//! `range: None`.

use mubiao_model::{DateRange, Deadline, NaiveDate, Recurrence, Span};

use crate::error::{Error, ErrorKind};
use crate::mention::number::{self, Config, char_at, chinese_digit};
use crate::mention::quantity::{Mention, Mentions, Options};

/// Every date and deadline in `text`, in order, resolved against `reference_year`
/// where the text names no year.
///
/// ```
/// use mubiao_grammar::mention::dates;
/// let d: Vec<_> = dates("2013年3月2日前,上半年", None).collect();
/// assert_eq!(d.len(), 2);
/// assert_eq!(d[0].date().map(|d| d.to_string()).as_deref(), Some("2013-03-02"));
/// assert_eq!(d[1].range, None); // 上半年 of which year?
/// ```
#[must_use]
pub fn dates(text: &str, reference_year: Option<i32>) -> Dates<'_> {
    Dates {
        inner: Mentions::new(text, Options::default().reference_year(reference_year)),
    }
}

/// The iterator of [`dates`].
///
/// ```
/// use mubiao_grammar::mention::dates;
/// assert_eq!(dates("秋季开工", Some(2013)).count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Dates<'a> {
    inner: Mentions<'a>,
}

impl Iterator for Dates<'_> {
    type Item = Deadline;
    fn next(&mut self) -> Option<Deadline> {
        loop {
            match self.inner.next()? {
                Mention::Date(d) => return Some(d),
                Mention::Quantity(_) => {}
            }
        }
    }
}

/// Reads `text` (spaces around it allowed) as one date or deadline.
///
/// # Errors
/// [`ErrorKind::Expected`] where `text` does not start with a date,
/// [`ErrorKind::TrailingInput`] where more follows it.
///
/// ```
/// use mubiao_grammar::mention::parse_date;
/// use mubiao_model::{NaiveDate, Recurrence};
/// let d = parse_date("二〇一二年一月十七日", None)?;
/// assert_eq!(d.date(), NaiveDate::from_ymd_opt(2012, 1, 17));
/// assert_eq!(parse_date("每月5日前", None)?.recurrence, Some(Recurrence::Monthly { day: 5 }));
/// assert!(parse_date("增长12%", Some(2012)).is_err());
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
pub fn parse_date(text: &str, reference_year: Option<i32>) -> Result<Deadline, Error> {
    let (t, front) = crate::text::trim(text);
    match at(text, front, reference_year) {
        Some((d, end)) if end == front + t.len() => Ok(d),
        Some((_, end)) => Err(Error::new(
            ErrorKind::TrailingInput,
            Span::new(end, front + t.len()),
        )),
        None => Err(Error::new(
            ErrorKind::Expected("a date"),
            Span::new(front, front + t.chars().next().map_or(0, char::len_utf8)),
        )),
    }
}

/// Whether a date may start at `pos`, where `c` is (a cheap pre-test for the scanner).
pub(crate) fn may_start_at(s: &str, pos: usize, c: char) -> bool {
    let next = char_at(s, pos + c.len_utf8());
    match c {
        '元' => next == Some('月'),
        '年' => next.is_some_and(|n| matches!(n, '底' | '末' | '初' | '内')),
        '上' | '下' => next == Some('半'),
        '每' => next.is_some_and(|n| matches!(n, '月' | '季' | '年')),
        '春' | '夏' | '秋' | '冬' => next == Some('季'),
        _ => may_start(c),
    }
}

/// Whether a date may start with `c`.
pub(crate) fn may_start(c: char) -> bool {
    matches!(
        c,
        '元' | '年' | '上' | '下' | '每' | '春' | '夏' | '秋' | '冬' | '第'
    ) || crate::text::digit_value(c).is_some()
        || chinese_digit(c).is_some()
        || c == '十'
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Period {
    Year,
    FirstHalf,
    SecondHalf,
    YearStart,
    YearMiddle,
    YearEnd,
    Within,
    Quarter(u32),
    Season(u32),
    Month(u32),
    Months(u32, u32),
    Quarters(u32),
    MonthPart(u32, u32, u32),
    MonthEnd(u32),
    Day(u32, u32),
}

fn days_in_month(y: i32, m: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y.checked_add(1)?, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)?
    };
    u32::try_from(next.signed_duration_since(first).num_days()).ok()
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_range(y: i32, m: u32, from: u32, to: u32) -> Option<DateRange> {
    let last = days_in_month(y, m)?;
    Some(DateRange::new(ymd(y, m, from)?, ymd(y, m, to.min(last))?))
}

fn resolve(p: Period, y: i32) -> Option<DateRange> {
    let whole = |m1: u32, m2: u32| {
        Some(DateRange::new(
            ymd(y, m1, 1)?,
            ymd(y, m2, days_in_month(y, m2)?)?,
        ))
    };
    match p {
        Period::Year | Period::YearEnd | Period::Within => whole(1, 12),
        Period::FirstHalf => whole(1, 6),
        Period::SecondHalf => whole(7, 12),
        Period::YearStart => whole(1, 1),
        Period::YearMiddle => whole(6, 7),
        Period::Quarter(q) => whole(q * 3 - 2, q * 3),
        Period::Quarters(q) => whole(1, q * 3),
        Period::Months(a, b) => whole(a, b),
        Period::Season(4) => Some(DateRange::new(
            ymd(y, 12, 1)?,
            ymd(y.checked_add(1)?, 2, days_in_month(y.checked_add(1)?, 2)?)?,
        )),
        Period::Season(s) => whole(s * 3, s * 3 + 2),
        Period::Month(m) | Period::MonthEnd(m) => month_range(y, m, 1, 31),
        Period::MonthPart(m, a, b) => month_range(y, m, a, b),
        Period::Day(m, d) => ymd(y, m, d).map(DateRange::day),
    }
}

/// A small integer at `pos`: Arabic (1–4 digits) or a Chinese numeral, at most `max`.
fn small(s: &str, pos: usize, max: u32) -> Option<(u32, usize)> {
    small_any(s, pos).filter(|&(v, _)| v <= max)
}

/// The integer at `pos` that [`small`] reads before it checks the bound.
fn small_any(s: &str, pos: usize) -> Option<(u32, usize)> {
    let r = number::scan(
        s,
        pos,
        Config {
            unsigned: true,
            ..Config::default()
        },
    )
    .ok()??;
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
fn year(s: &str, pos: usize) -> Option<(i32, usize)> {
    let mut p = pos;
    let mut v = 0_i32;
    let mut n = 0;
    while let Some(c) = char_at(s, p) {
        let d = crate::text::digit_value(c).or_else(|| chinese_digit(c));
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

fn eat(s: &str, pos: usize, word: &str) -> Option<usize> {
    s.get(pos..)?.starts_with(word).then(|| pos + word.len())
}

fn eat_any(s: &str, pos: usize, words: &[&str]) -> Option<(usize, usize)> {
    words
        .iter()
        .enumerate()
        .find_map(|(i, w)| eat(s, pos, w).map(|e| (i, e)))
}

/// What may follow a year: a half, a quarter, a month, a season, its end.
fn after_year(s: &str, pos: usize) -> Option<(Period, usize)> {
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
fn month_or_quarter(s: &str, pos: usize) -> Option<(Period, usize)> {
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
fn by_suffix(s: &str, pos: usize) -> Option<usize> {
    let (_, e) = eat_any(s, pos, &["以前", "之前", "前", "为止", "止"])?;
    if s.get(e..).is_some_and(|r| r.starts_with('后')) {
        return None;
    }
    Some(e)
}

/// A recurring deadline: `每月5日前`, `每月底前`, `每季度末`, `每年12月底前`.
fn recurring(s: &str, pos: usize) -> Option<(Recurrence, usize)> {
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

/// A date or deadline starting at `pos`, and where it ends.
pub(crate) fn at(s: &str, pos: usize, reference_year: Option<i32>) -> Option<(Deadline, usize)> {
    let c = char_at(s, pos)?;
    if !may_start(c) {
        return None;
    }
    let text = |e: usize| s.get(pos..e).unwrap_or("").to_owned();
    if c == '每' {
        let (r, e) = recurring(s, pos)?;
        let (e, by) = by_suffix(s, e).map_or((e, false), |e2| (e2, true));
        let mut d = Deadline::new(text(e), Span::new(pos, e)).with_recurrence(r);
        d.by = by;
        return Some((d, e));
    }
    // a year, a year range, an ISO date
    let (period, year_given, range_to, mut end) = if let Some((y, e)) = year(s, pos) {
        if let Some(iso) = iso_date(s, e, y) {
            return Some((
                Deadline::new(text(iso.1), Span::new(pos, iso.1)).with_range(iso.0),
                iso.1,
            ));
        }
        // 2012-2016年, 2012年至2016年
        let after_nian = eat(s, e, "年");
        let dash_from = after_nian.unwrap_or(e);
        let to = char_at(s, dash_from)
            .filter(|c| matches!(c, '-' | '－' | '—' | '–' | '~' | '～' | '至' | '到'))
            .and_then(|c| year(s, dash_from + c.len_utf8()))
            .filter(|(y2, _)| *y2 > y);
        match (to, after_nian) {
            (Some((y2, e2)), _) => {
                let e3 = eat(s, e2, "年");
                if e3.is_none()
                    && after_nian.is_none()
                    && char_at(s, e2).is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    return None;
                }
                (Period::Year, Some(y), Some(y2), e3.unwrap_or(e2))
            }
            (None, Some(e2)) => match after_year(s, e2) {
                Some((p, e3)) => (p, Some(y), None, e3),
                None => (Period::Year, Some(y), None, e2),
            },
            (None, None) => return None,
        }
    } else if c == '年' {
        let (i, e) = eat_any(s, pos, &["年底", "年末", "年初", "年内"])?;
        let p = [
            Period::YearEnd,
            Period::YearEnd,
            Period::YearStart,
            Period::Within,
        ];
        (*p.get(i)?, None, None, e)
    } else if let Some((i, e)) = eat_any(s, pos, &["上半年", "下半年"]) {
        let p = if i == 0 {
            Period::FirstHalf
        } else {
            Period::SecondHalf
        };
        (p, None, None, e)
    } else {
        let (p, e) = month_or_quarter(s, pos)?;
        (p, None, None, e)
    };
    let mut by = matches!(
        period,
        Period::YearEnd | Period::Within | Period::MonthEnd(_)
    );
    if let Some(e) = by_suffix(s, end) {
        end = e;
        by = true;
    }
    let y = year_given.or(reference_year);
    let mut d = Deadline::new(text(end), Span::new(pos, end));
    let range = match (y, range_to) {
        (Some(y1), Some(y2)) => ymd(y1, 1, 1)
            .zip(ymd(y2, 12, 31))
            .map(|(a, b)| DateRange::new(a, b)),
        (Some(y), None) => resolve(period, y),
        (None, _) => None,
    };
    if y.is_some() && range.is_none() {
        return None; // 2月30日
    }
    if y.is_none() {
        // check the day exists in some year
        if let Period::Day(m, dd) = period {
            resolve(Period::Day(m, dd), 2000)?;
        }
    }
    d.range = range;
    d.by = by;
    Some((d, end))
}

/// `2012-02-13`, `2012/3/2` or `2012.03.02` after a four-digit year: the same
/// separator twice, one or two digits each for month and day.
fn iso_date(s: &str, pos: usize, y: i32) -> Option<(DateRange, usize)> {
    let two = |p: usize| -> Option<(u32, usize)> {
        let mut v = 0;
        let mut q = p;
        let mut n = 0;
        while let Some((d, c)) =
            char_at(s, q).and_then(|c| crate::text::digit_value(c).map(|d| (d, c)))
        {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_days() {
        assert_eq!(days_in_month(2012, 2), Some(29));
        assert_eq!(days_in_month(2013, 2), Some(28));
        assert_eq!(days_in_month(2013, 12), Some(31));
    }
}
