//! The report's own arithmetic, checked through the ledger: verdicts as diagnostics with
//! the span of the stated figure, never errors.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use mubiao::Ledger;
use mubiao::check::Claim;
use mubiao::indicator::{Consistency, Rounding, cagr};
use mubiao::model::{Code, Severity};

const ZHENHAI: &str = include_str!("fixtures/corpus/002_aefafb1998f59c0e.txt");
const WUCHANG: &str = include_str!("fixtures/corpus/003_ffec1ac142b8e965.txt");

/// The check diagnostics of `text`: (code, severity, span text, message).
fn checks(text: &str) -> Vec<(Code, Severity, String, String)> {
    Ledger::parse(text)
        .diagnostics()
        .iter()
        .filter(|d| d.code.is_claim_check())
        .map(|d| {
            (
                d.code,
                d.severity,
                d.span.get(text).unwrap().to_owned(),
                d.message.clone(),
            )
        })
        .collect()
}

#[test]
fn the_wuchang_share_537_of_640_is_the_stated_84() {
    let found = checks(WUCHANG);
    assert_eq!(found.len(), 1, "{found:?}");
    let (code, severity, span, message) = &found[0];
    assert_eq!((*code, *severity), (Code::ConsistentClaim, Severity::Info));
    assert_eq!(span, "占GDP的84%");
    assert_eq!(
        message,
        "服务业增加值 537亿元 of 地区生产总值 640亿元 stated as 84%: \
         the figures give 83.9% ([83.76, 84.05] as rounded); consistent"
    );
    let ledger = Ledger::parse(WUCHANG);
    let claims = ledger.claims();
    let Claim::Share { part, whole, .. } = claims[0] else {
        panic!("{claims:?}");
    };
    assert_eq!(part.span.get(WUCHANG), Some("服务业完成增加值537亿元"));
    assert_eq!(whole.span.get(WUCHANG), Some("地区生产总值640亿元"));
}

#[test]
fn a_share_the_figures_do_not_bear_out() {
    let found = checks(
        "预计全年完成地区生产总值640亿元,增长12.6%;其中,服务业完成增加值537亿元,增长13%,占GDP的86%。",
    );
    assert_eq!(found[0].0, Code::InconsistentClaim);
    assert_eq!(found[0].1, Severity::Warning);
    assert!(
        found[0].3.ends_with("at least 1.45个百分点 short of it"),
        "{}",
        found[0].3
    );
}

#[test]
fn the_zhenhai_gdp_193_to_560_in_five_years_is_23_74_a_year() {
    let ledger = Ledger::parse(ZHENHAI);
    let t = ledger
        .targets()
        .iter()
        .find(|t| t.indicator == "全社会GDP")
        .unwrap();
    assert_eq!((t.horizon, t.year), (Some(5), Some(2011)));
    let rate = cagr(t.baseline.unwrap(), t.value.unwrap(), t.horizon.unwrap()).unwrap();
    assert_eq!(rate.round(2, Rounding::HalfUp).to_string(), "23.74%");
    // the report states no average rate: nothing to check, no diagnostic
    assert!(checks(ZHENHAI).is_empty(), "{:?}", checks(ZHENHAI));
}

#[test]
fn a_stated_average_rate_against_its_from_to() {
    let found = checks("五年来,财政一般预算收入从27.3亿元增长到67亿元,年均增长19.7%。");
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].0, found[0].2.as_str()),
        (Code::ConsistentClaim, "年均增长19.7%")
    );
    assert!(found[0].3.contains("in 5 years"), "{}", found[0].3);
    let found = checks("五年来,财政一般预算收入从27.3亿元增长到67亿元,年均增长21%。");
    assert_eq!(found[0].0, Code::InconsistentClaim);
    // GDP grows at comparable prices: no verdict against current-price levels
    let found = checks("五年来,全社会GDP从193亿元增长到560亿元,年均增长23.7%。");
    assert_eq!(found[0].0, Code::UncheckableClaim);
    assert!(found[0].3.contains("comparable prices"), "{}", found[0].3);
}

#[test]
fn a_growth_against_its_two_levels() {
    // 78.2 / 33.8 − 1 = 131.36%
    let text = "社会消费品零售总额从33.8亿元增长到78.2亿元,增长131.4%。";
    let found = checks(text);
    assert_eq!(
        (found[0].0, found[0].2.as_str()),
        (Code::ConsistentClaim, "增长131.4%")
    );
    let found = checks("社会消费品零售总额从33.8亿元增长到78.2亿元,增长120%。");
    assert_eq!(found[0].0, Code::InconsistentClaim);
    // this year's level and last year's: 92.17 → 110.6 is 20.0%
    let text = "2012年工作回顾\n全年实现财政收入110.6亿元,比上年的92.17亿元增长20%。\n";
    let ledger = Ledger::parse(text);
    let claims = ledger.claims();
    let Claim::Growth {
        previous, current, ..
    } = claims[0]
    else {
        panic!("{claims:?}");
    };
    assert_eq!(
        (previous.target.year, current.target.year),
        (Some(2011), Some(2012))
    );
    assert!(matches!(
        claims[0].check().unwrap(),
        Consistency::Consistent { .. }
    ));
    assert_eq!(checks(text)[0].0, Code::ConsistentClaim);
    // a real growth between nominal levels cannot be judged
    let found = checks("地区生产总值从568亿元增长到640亿元,增长12.6%。");
    assert_eq!(found[0].0, Code::UncheckableClaim);
}

#[test]
fn checks_are_diagnostics_in_document_order() {
    let text = "5、加快发展。(责任单位:市发改委)\n7、服务业完成增加值537亿元,地区生产总值640亿元,服务业增加值占GDP的84%。(责任单位:市商务局)\n";
    let ledger = Ledger::parse(text);
    let codes: Vec<Code> = ledger.diagnostics().iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::NumberingGap, Code::ConsistentClaim]);
    // the targets of a task are the task's
    assert_eq!(ledger.document().targets_of(1).count(), 3);
}

#[cfg(feature = "serde")]
#[test]
fn targets_in_the_json_and_the_csv() {
    let text = "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n";
    let ledger = Ledger::parse(text);
    let json: serde_json::Value = serde_json::from_str(&ledger.to_json().unwrap()).unwrap();
    assert_eq!(json["targets"].as_array().unwrap().len(), 2);
    assert_eq!(
        json["tasks"][0]["targets"][1]["indicator"],
        "城镇登记失业率"
    );
    assert_eq!(json["tasks"][0]["targets"][1]["comparator"], "le");
    assert_eq!(json["tasks"][0]["targets"][1]["value"], "4.5");
    // a numbered task with its units: a notice, whose statements are plans
    assert_eq!(json["tasks"][0]["targets"][1]["status"], "target");
    assert_eq!(
        Ledger::from_json(&ledger.to_json().unwrap()).unwrap(),
        ledger
    );

    let mut out = Vec::new();
    ledger
        .write_targets_csv(&mut out, mubiao::CsvOptions::default())
        .unwrap();
    let csv = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "indicator,normalized,measure,comparator,value,upper,unit,baseline,status,year,horizon,annual_average,stance,relation,task,task_number,start,end,statement"
    );
    assert_eq!(
        lines[1],
        "城镇新增就业,城镇新增就业,level,eq,2,,万人,,target,,,0,,,0,27,5,30,城镇新增就业2万人"
    );
}

#[test]
fn many_claims_in_time() {
    use std::time::{Duration, Instant};
    let text = "五年来,财政一般预算收入从27.3亿元增长到67亿元,年均增长19.7%;服务业完成增加值537亿元,地区生产总值640亿元,服务业增加值占GDP的84%。".repeat(5_000);
    let start = Instant::now();
    let ledger = Ledger::parse(&text);
    // generous for a debug build; a quadratic path takes minutes
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(ledger.claims().len(), 10_000);
    let text = "年均增长12%,".repeat(50_000);
    let start = Instant::now();
    assert!(Ledger::parse(&text).claims().is_empty());
    assert!(start.elapsed() < Duration::from_secs(20));
}
