//! The numeral grammar: every form with its exact value, scale and what it leaves.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use mubiao_grammar::mention::{Script, numeral, to_chinese};
use mubiao_model::{Decimal, Scale};
use proptest::prelude::*;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// (input, value, scale exponent, rest)
fn check(input: &str, value: &str, scale: u8, rest: &str) {
    let (r, n) = numeral(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
    assert_eq!(
        (n.value.to_string(), n.scale.exponent(), r),
        (d(value).to_string(), scale, rest),
        "{input}"
    );
}

#[test]
fn arabic() {
    check("12.6%", "12.6", 0, "%");
    check("1,234.5元", "1234.5", 0, "元");
    check("1,050,000,000", "1050000000", 0, "");
    check("１２３４", "1234", 0, "");
    check("２．２亿", "2.2", 8, "");
    check("4.800", "4.800", 0, "");
    check(".5", "0.5", 0, "");
    check("-.5", "-0.5", 0, "");
    check("-10000", "-10000", 0, "");
    check("负3.9%", "-3.9", 0, "%");
    check("４，５６５", "4565", 0, "");
    check("1, 234", "1", 0, ", 234");
    check("12,34", "12", 0, ",34");
    check("0710", "710", 0, "");
}

#[test]
fn arabic_with_scale_words() {
    check("1.45万套", "1.45", 4, "套");
    check("1000亿元以上", "1000", 8, "元以上");
    check("3万亿", "3", 12, "");
    check("4.78万亿元", "4.78", 12, "元");
    check("1,100.9亿", "1100.9", 8, "");
    check("1000  万", "1000", 4, "");
    check("2千万", "2000", 4, "");
    check("2千零30万", "2030", 4, "");
    check("3万4000", "34000", 0, "");
    check("25万6千", "256000", 0, "");
    check("5亿1万4千6百", "500014600", 0, "");
    check("7 万5 千4 百", "75400", 0, "");
    check("1千零1", "1001", 0, "");
    check("10万万", "100000", 4, "");
    check("500余万人", "500", 4, "人");
}

#[test]
fn chinese() {
    check("一百二十三", "123", 0, "");
    check("两千", "2000", 0, "");
    check("十二", "12", 0, "");
    check("廿一", "21", 0, "");
    check("〇", "0", 0, "");
    check("零", "0", 0, "");
    check("十三点五", "13.5", 0, "");
    check("壹佰伍拾", "150", 0, "");
    check("肆佰陸拾", "460", 0, "");
    check("一千零一", "1001", 0, "");
    check("一百零一万一千", "1011000", 0, "");
    check("一千两百三十四万", "1234", 4, "");
    check("五亿零六", "500000006", 0, "");
    check("七十八万五佰零六", "780506", 0, "");
    check("一万三", "13000", 0, "");
    check("九十二万四", "924000", 0, "");
    check("两千四百五", "2450", 0, "");
    check("九百九", "990", 0, "");
    check("百三", "130", 0, "");
    check("一万零十二", "10012", 0, "");
    check("一百零十万", "110", 4, "");
    check("零十", "10", 0, "");
    check("四千万零六千", "40006000", 0, "");
    check("四十五亿四千零四万", "454004", 4, "");
    check("一万五千亿", "15000", 8, "");
    check("四万万", "40000", 4, "");
    check("五兆六十二亿四万五千二", "5006200045200", 0, "");
    check("一百 五 十 二", "152", 0, "");
    check("两千万点五五四四", "20000000.5544", 0, "");
    check("两千三点一", "2300.1", 0, "");
    check("四百亿点零五零", "40000000000.05", 0, "");
    check("负六点六", "-6.6", 0, "");
    check("零点五", "0.5", 0, "");
    check("百亿", "100", 8, "");
    check("十 余 万", "10", 4, "");
    check("二十几万", "20", 4, "");
    check("一百零几万", "100", 4, "");
    check("四百多", "400", 0, "");
    check("4.78萬億", "4780000000000", 0, "");
}

#[test]
fn where_a_numeral_stops() {
    check("十二五", "12", 0, "五");
    check("五十千", "50", 0, "千");
    check("两两", "2", 0, "两");
    check("三千两百两", "3200", 0, "两");
    check("两万两", "2", 4, "两");
    check("50万千瓦", "50", 4, "千瓦");
    check("三千比特", "3", 0, "千比特");
    check("五十兆字节", "50", 0, "兆字节");
    check("两百点两", "200", 0, "点两");
    check("2012年", "2012", 0, "年");
    assert!(numeral("万").is_err());
    assert!(numeral("万万").is_err());
    assert!(numeral("点五").is_err());
    assert!(numeral("多少").is_err());
    assert!(numeral("").is_err());
}

#[test]
fn scripts_and_flags() {
    assert_eq!(numeral("12万").unwrap().1.script, Script::Arabic);
    assert_eq!(numeral("一二").unwrap().1.script, Script::Chinese);
    assert_eq!(numeral("1千零1").unwrap().1.script, Script::Mixed);
    assert!(numeral("十多万").unwrap().1.approximate);
    assert!(!numeral("十万").unwrap().1.approximate);
    assert_eq!(numeral("1.45万").unwrap().1.scale, Scale::WAN);
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    let e = numeral("123456789012345678901234567890").unwrap_err();
    assert!(format!("{e:?}").contains("Overflow"));
    assert!(numeral("九千亿亿亿亿").is_ok() || numeral("九千亿亿亿亿").is_err());
}

#[test]
fn renderer() {
    for (n, s) in [
        (0, "零"),
        (10, "十"),
        (15, "十五"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1_005, "一千零五"),
        (1_050, "一千零五十"),
        (10_250, "一万零二百五十"),
        (100_010, "十万零一十"),
        (40_006_000, "四千万六千"),
        (456_420_015, "四亿五千六百四十二万零一十五"),
    ] {
        assert_eq!(to_chinese(n), s, "{n}");
    }
}

proptest! {
    #[test]
    fn rendered_numerals_read_back(n in 0_u64..10_000_000_000_000_000) {
        let s = to_chinese(n);
        let (rest, v) = numeral(&s).unwrap();
        prop_assert_eq!(rest, "");
        prop_assert_eq!(v.folded(), Some(Decimal::from(n)), "{}", s);
    }

    #[test]
    fn small_numerals_read_back(n in 0_u64..100_000) {
        let s = to_chinese(n);
        let (rest, v) = numeral(&s).unwrap();
        prop_assert_eq!(rest, "");
        prop_assert_eq!(v.folded(), Some(Decimal::from(n)), "{}", s);
    }

    #[test]
    fn numeral_never_panics(s in "\\PC*") {
        if let Ok((rest, _)) = numeral(&s) {
            prop_assert!(s.ends_with(rest));
        }
    }
}
