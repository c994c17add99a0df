//! Properties of the whole pipeline on generated documents: no panic, and the ledger
//! written as JSON reads back as the same ledger.
#![cfg(feature = "serde")]
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use mubiao::Ledger;
use proptest::prelude::*;

/// Pieces of real notices and reports.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "一、",
            "(二)",
            "（三）",
            "1.",
            "2、",
            "３．",
            "(1)",
            "①",
            "——",
            "第一条",
            "牵头单位:",
            "责任单位：",
            "配合单位:",
            "(责任单位:",
            "（",
            "）",
            "(",
            ")",
            "、",
            "，",
            "；",
            "。",
            "及",
            "市发改委",
            "各县(市、区)政府",
            "*",
            "另见《方案》(平政〔2013〕5号)",
            "\n",
            "\r\n",
            " ",
            "2013年3月2日",
            "二〇一二年一月十七日",
            "文号:平政办〔2013〕11号",
            "发布日期:2012-02-13",
            "元月底前",
            "每月5日前",
            "上半年",
            "增长12%以上",
            "控制在4.5%以内",
            "地区生产总值640亿元",
            "从193亿元增长到560亿元",
            "翻一番",
            "提高2个百分点",
            "1.45万套",
            "6‰以内",
            "2-5个",
            "突破百亿",
            "占GDP的84%",
            "预计",
            "力争",
            "今后五年",
            "2012年工作回顾",
        ])
        .prop_map(str::to_owned),
        "\\PC{0,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn json_round_trip(parts in prop::collection::vec(fragment(), 0..60)) {
        let text = parts.concat();
        let ledger = Ledger::parse(&text);
        let json = ledger.to_json().unwrap();
        let back = Ledger::from_json(&json).unwrap();
        prop_assert_eq!(back, ledger);
    }

    #[test]
    fn any_bytes_give_a_ledger_or_a_typed_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        match Ledger::from_bytes(&bytes) {
            Ok(ledger) => {
                let text = mubiao::decode(&bytes).unwrap().text;
                for t in ledger.tasks() {
                    prop_assert!(t.span.get(&text).is_some());
                }
            }
            Err(mubiao::Error::Encoding { offset, .. }) => prop_assert!(offset <= bytes.len()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }
}
