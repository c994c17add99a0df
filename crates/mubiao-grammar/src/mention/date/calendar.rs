//! The calendar: the periods a date names (`上半年`, `3月上旬`, `一季度`, `秋季`) and
//! the days they run over in a given year.

use mubiao_model::{DateRange, NaiveDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Period {
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

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_range(y: i32, m: u32, from: u32, to: u32) -> Option<DateRange> {
    let last = days_in_month(y, m)?;
    Some(DateRange::new(ymd(y, m, from)?, ymd(y, m, to.min(last))?))
}

pub(super) fn resolve(p: Period, y: i32) -> Option<DateRange> {
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
