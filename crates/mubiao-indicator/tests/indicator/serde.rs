//! The JSON forms of values and verdicts: decimals and units as strings, enums in
//! snake case, consistency tagged by "verdict".

use mubiao_indicator::{
    Amount, Bound, Consistency, Elapsed, Factor, Interval, Percent, PriceBasis, Unit, Verdict,
    check_share, judge,
};
use serde_json::json;

use super::{d, p};

#[test]
fn values_serialise_as_strings() {
    let gdp = Amount::parse(d("640"), "亿元").unwrap();
    assert_eq!(
        serde_json::to_value(gdp).unwrap(),
        json!({"value": "640", "unit": "亿元"})
    );
    assert_eq!(serde_json::to_value(p("12.6")).unwrap(), json!("12.6"));
    assert_eq!(serde_json::to_value(Unit::NUMBER).unwrap(), json!(""));
    assert_eq!(
        serde_json::to_value(PriceBasis::Real).unwrap(),
        json!("real")
    );
    let back: Amount = serde_json::from_value(json!({"value": "1.7", "unit": "万元"})).unwrap();
    assert_eq!(back, Amount::parse(d("1.7"), "万元").unwrap());
    assert!(serde_json::from_value::<Unit>(json!("%")).is_err());
    assert!(serde_json::from_value::<Factor>(json!("-1")).is_err());
    assert!(serde_json::from_value::<Elapsed>(json!("1.5")).is_err());
    assert_eq!(
        serde_json::from_value::<Interval>(json!({"lo": "83.5", "hi": "84.5"})).unwrap(),
        Interval::stated(d("84")).unwrap()
    );
}

#[test]
fn verdicts_serialise_readably() {
    let c = check_share(d("537"), d("640"), p("84")).unwrap();
    let v = serde_json::to_value(c).unwrap();
    assert_eq!(v["verdict"], json!("consistent"));
    assert_eq!(v["computed"], json!("83.90625"));
    assert_eq!(v["stated"], json!({"lo": "83.5", "hi": "84.5"}));
    let back: Consistency = serde_json::from_value(v).unwrap();
    assert_eq!(back, c);
    let j = judge(p("12.6"), Bound::AtLeast(p("12"))).unwrap();
    assert_eq!(
        serde_json::to_value(j).unwrap(),
        json!({"verdict": "met", "margin": "0.6"})
    );
    assert_eq!(
        serde_json::to_value(Verdict::NotMet).unwrap(),
        json!("not_met")
    );
    assert_eq!(
        serde_json::to_value(Bound::Between(p("6.5"), p("7"))).unwrap(),
        json!({"between": ["6.5", "7"]})
    );
    let gone: Percent = serde_json::from_value(json!("-3.5")).unwrap();
    assert_eq!(gone, Percent::decline(d("3.5")));
}
