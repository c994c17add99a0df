//! Dates and deadlines: `2013年3月2日`, `2012年03月02日`, `二〇一二年一月十七日`,
//! `元月底前`, `3月底前`, `年底前`, `上半年`, `年内`, `每月5日前`, `7月`, `秋季`,
//! `2012-2016年`, `一季度`, resolved against the document's year.
//!
//! ```
//! use mubiao_grammar::mention::parse_date;
//! use mubiao_model::NaiveDate;
//!
//! let d = parse_date("元月底前", Some(2012))?;
//! assert_eq!(d.date(), NaiveDate::from_ymd_opt(2012, 1, 31));
//! assert!(d.by);
//! assert!(parse_date("每月5日前", Some(2012))?.recurrence.is_some());
//! # Ok::<(), mubiao_grammar::Error>(())
//! ```
//!
//! A period (`上半年`, `7月`, `秋季`) resolves to its first and last day; a deadline
//! (`…前`, `…底`, `…末`, `年内`) also sets [`Deadline::by`], and its due date is the
//! last day of the range. Without a reference year, expressions that name no year keep
//! `range: None`.
//!
//! - [`forms`]: the productions after the start of a date.
//! - [`calendar`]: the periods and the days they run over.
//!
//! Dates read numerals with [`number`](super::number) and nothing above it: where a
//! numeral is a date and where a quantity is for the mention pass to decide.

mod calendar;
mod forms;

use mubiao_model::{DateRange, Deadline, Span};

use calendar::{Period, resolve, ymd};
use forms::{after_year, by_suffix, eat, eat_any, iso_date, month_or_quarter, recurring, year};

use crate::error::{Error, ErrorKind};
use crate::mention::number::chinese_digit;
use crate::text::{CharSet, char_at, digit_value};

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

/// The words a date may start with, by their first characters: `元月`, `年底`,
/// `上半年`, `下半年`, `每月`, `春季`…, `第三季度`. The others start with a numeral.
const WORDS: &[char] = &['元', '年', '上', '下', '每', '春', '夏', '秋', '冬', '第'];

/// The first characters of [`WORDS`], for the mention pass to stop at.
pub(crate) const WORD_STARTS: CharSet = CharSet::of(WORDS);

/// Whether a date may start with `c`: a word of [`WORDS`], a digit or `十`.
fn may_start(c: char) -> bool {
    WORDS.contains(&c) || digit_value(c).is_some() || chinese_digit(c).is_some() || c == '十'
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
