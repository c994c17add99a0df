//! Dates and deadlines, resolved against a reference year, with spans.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use mubiao_grammar::mention::{dates, parse_date};
use mubiao_model::{Deadline, NaiveDate, Recurrence};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn one(text: &str, year: Option<i32>) -> Deadline {
    parse_date(text, year).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// (text, start, end, by)
fn check(text: &str, year: Option<i32>, start: (i32, u32, u32), end: (i32, u32, u32), by: bool) {
    let d = one(text, year);
    let r = d.range.unwrap_or_else(|| panic!("{text}: no range"));
    assert_eq!(
        (r.start, r.end, d.by),
        (ymd(start.0, start.1, start.2), ymd(end.0, end.1, end.2), by),
        "{text}"
    );
    assert_eq!(d.text, text);
}

#[test]
fn calendar_dates() {
    check("2013年3月2日", None, (2013, 3, 2), (2013, 3, 2), false);
    check("2012年03月02日", None, (2012, 3, 2), (2012, 3, 2), false);
    check(
        "二〇一二年一月十七日",
        None,
        (2012, 1, 17),
        (2012, 1, 17),
        false,
    );
    check(
        "二零一二年十二月二十五日",
        None,
        (2012, 12, 25),
        (2012, 12, 25),
        false,
    );
    check("2012-02-13", None, (2012, 2, 13), (2012, 2, 13), false);
    check("3月2日", Some(2013), (2013, 3, 2), (2013, 3, 2), false);
    check("2012年", None, (2012, 1, 1), (2012, 12, 31), false);
    check("2013年3月", None, (2013, 3, 1), (2013, 3, 31), false);
}

#[test]
fn deadlines() {
    check("元月底前", Some(2012), (2012, 1, 1), (2012, 1, 31), true);
    check("3月底前", Some(2012), (2012, 3, 1), (2012, 3, 31), true);
    check("2月底", Some(2012), (2012, 2, 1), (2012, 2, 29), true);
    check("年底前", Some(2012), (2012, 1, 1), (2012, 12, 31), true);
    check("年内", Some(2013), (2013, 1, 1), (2013, 12, 31), true);
    check("6月30日前", Some(2013), (2013, 6, 30), (2013, 6, 30), true);
    check("2013年底前", None, (2013, 1, 1), (2013, 12, 31), true);
    assert_eq!(one("元月底前", Some(2012)).date(), Some(ymd(2012, 1, 31)));
}

#[test]
fn periods() {
    check("上半年", Some(2013), (2013, 1, 1), (2013, 6, 30), false);
    check("下半年", Some(2013), (2013, 7, 1), (2013, 12, 31), false);
    check("7月", Some(2012), (2012, 7, 1), (2012, 7, 31), false);
    check("秋季", Some(2012), (2012, 9, 1), (2012, 11, 30), false);
    check("冬季", Some(2012), (2012, 12, 1), (2013, 2, 28), false);
    check("一季度", Some(2013), (2013, 1, 1), (2013, 3, 31), false);
    check("第三季度", Some(2013), (2013, 7, 1), (2013, 9, 30), false);
    check("3月上旬", Some(2013), (2013, 3, 1), (2013, 3, 10), false);
    check("3月下旬", Some(2013), (2013, 3, 21), (2013, 3, 31), false);
    check("2012-2016年", None, (2012, 1, 1), (2016, 12, 31), false);
    check("2013年上半年", None, (2013, 1, 1), (2013, 6, 30), false);
    check("1-11月", Some(2012), (2012, 1, 1), (2012, 11, 30), false);
    check("3月份", Some(2012), (2012, 3, 1), (2012, 3, 31), false);
    let text = "前三季度";
    let d: Vec<_> = dates(text, Some(2013)).collect();
    assert_eq!(
        d[0].range.map(|r| (r.start, r.end)),
        Some((ymd(2013, 1, 1), ymd(2013, 9, 30)))
    );
}

#[test]
fn recurring() {
    let d = one("每月5日前", Some(2012));
    assert_eq!(
        (d.recurrence, d.by, d.range),
        (Some(Recurrence::Monthly { day: 5 }), true, None)
    );
    assert_eq!(
        one("每季度末", None).recurrence,
        Some(Recurrence::Quarterly { day: 0 })
    );
    assert_eq!(
        one("每年12月底前", None).recurrence,
        Some(Recurrence::Yearly { month: 12, day: 0 })
    );
}

#[test]
fn without_a_year_text_is_kept() {
    let d = one("上半年", None);
    assert_eq!((d.text.as_str(), d.range), ("上半年", None));
    assert_eq!(d.date(), None);
}

#[test]
fn in_running_text() {
    let text = "各县(市、区)于元月底前上报,7月完成,2013年3月2日印发,每月5日前报送。";
    let got: Vec<_> = dates(text, Some(2012))
        .map(|d| (d.span.get(text).unwrap().to_owned(), d.date()))
        .collect();
    assert_eq!(
        got,
        [
            ("元月底前".to_owned(), Some(ymd(2012, 1, 31))),
            ("7月".to_owned(), Some(ymd(2012, 7, 31))),
            ("2013年3月2日".to_owned(), Some(ymd(2013, 3, 2))),
            ("每月5日前".to_owned(), None),
        ]
    );
}

#[test]
fn not_dates() {
    for t in ["3个月", "13月", "2月30日", "年初步", "3年", "一年来"] {
        assert!(parse_date(t, Some(2012)).is_err(), "{t}");
    }
    assert_eq!(dates("增长12%,新增3个月", Some(2012)).count(), 0);
}

#[test]
fn seed_report_dates() {
    let text = include_str!("seeds/000_944023351de1df6f.txt");
    let got: Vec<_> = dates(text, Some(2012)).map(|d| d.text).collect();
    for want in [
        "二〇一二年一月十七日",
        "2012年03月02日",
        "元月底前",
        "7月",
        "秋季",
    ] {
        assert!(got.iter().any(|t| t == want), "{want} in {got:?}");
    }
    let text = include_str!("seeds/004_1282b74f73776eb6.txt");
    let got: Vec<_> = dates(text, Some(2013)).map(|d| d.text).collect();
    for want in ["每月5日前", "上半年", "年内", "2013年3月2日"] {
        assert!(got.iter().any(|t| t == want), "{want} in {got:?}");
    }
}
