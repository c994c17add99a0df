//! Quantities on real-style sentences: exact values, units, kinds, comparators, spans.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use mubiao_grammar::mention::{
    Mention, Options, mentions, parse_quantity, quantities, quantities_with, unit_kind,
};
use mubiao_model::{Comparator, Decimal, Quantity, QuantityKind as K, Scale};
use proptest::prelude::*;

/// (span text, kind, value, upper, unit, comparator)
type Want<'a> = (&'a str, K, &'a str, Option<&'a str>, &'a str, Comparator);

fn check(text: &str, want: &[Want<'_>]) {
    let got: Vec<Quantity> = quantities(text).collect();
    // the spans themselves: each expected text where it first occurs after the last
    let mut from = 0;
    let want_spans: Vec<_> = want
        .iter()
        .map(|(t, ..)| {
            let start = from + text[from..].find(t).unwrap();
            from = start + t.len();
            (start, from)
        })
        .collect();
    let got_spans: Vec<_> = got.iter().map(|q| (q.span.start, q.span.end)).collect();
    assert_eq!(got_spans, want_spans, "spans in {text}");
    let got_view: Vec<_> = got
        .iter()
        .map(|q| {
            (
                q.span.get(text).unwrap().to_owned(),
                q.kind,
                q.value.to_string(),
                q.upper.map(|u| u.to_string()),
                q.unit.clone(),
                q.comparator,
            )
        })
        .collect();
    let want_view: Vec<_> = want
        .iter()
        .map(|(t, k, v, u, unit, c)| {
            (
                (*t).to_owned(),
                *k,
                v.parse::<Decimal>().unwrap().to_string(),
                u.map(|u| u.parse::<Decimal>().unwrap().to_string()),
                (*unit).to_owned(),
                *c,
            )
        })
        .collect();
    assert_eq!(got_view, want_view, "{text}");
}

fn none(text: &str) {
    let got: Vec<_> = quantities(text)
        .map(|q| q.span.get(text).unwrap().to_owned())
        .collect();
    assert!(got.is_empty(), "{text}: {got:?}");
}

use Comparator::{Approx, Eq as E, Ge, Gt, Le, Lt, Range as R};

#[test]
fn money() {
    check(
        "生产总值达到1000亿元以上",
        &[("达到1000亿元以上", K::Money, "1000", None, "亿元", Ge)],
    );
    check(
        "利用外资7.7亿美元",
        &[("7.7亿美元", K::Money, "7.7", None, "亿美元", E)],
    );
    check(
        "投入1000万元",
        &[("1000万元", K::Money, "1000", None, "万元", E)],
    );
    check(
        "居民人均可支配收入达到2.7万元",
        &[("达到2.7万元", K::Money, "2.7", None, "万元", E)],
    );
    check(
        "装备制造板块主营业务收入超400亿元",
        &[("超400亿元", K::Money, "400", None, "亿元", Gt)],
    );
    check(
        "17家企业税收过亿元",
        &[
            ("17家", K::Count, "17", None, "家", E),
            ("过亿元", K::Money, "1", None, "亿元", Gt),
        ],
    );
    check(
        "引进注册资本千万元以上企业",
        &[("千万元以上", K::Money, "1000", None, "万元", Ge)],
    );
    check(
        "售价五元三毛",
        &[("五元三毛", K::Money, "5.3", None, "元", E)],
    );
    check(
        "合计50元6角三分",
        &[("50元6角三分", K::Money, "50.63", None, "元", E)],
    );
    check(
        "每股1.95港元",
        &[("1.95港元", K::Money, "1.95", None, "港元", E)],
    );
    check("价格$20", &[("$20", K::Money, "20", None, "$", E)]);
    check(
        "3000元/吨",
        &[("3000元/吨", K::Money, "3000", None, "元/吨", E)],
    );
}

#[test]
fn scale_folded_and_as_written() {
    let q = quantities("新开工保障性住房1.45万套").next().unwrap();
    assert_eq!(
        (q.value, q.scale, q.unit.as_str()),
        (Decimal::new(145, 2), Scale::WAN, "万套")
    );
    assert_eq!(
        (q.folded(), q.base_unit()),
        (Some(Decimal::from(14_500)), "套")
    );
    assert_eq!((q.span.start, q.span.end), (24, 34));
    let q = quantities("到2015年实现3万亿").next().unwrap();
    assert_eq!(
        (q.kind, q.value, q.unit.as_str()),
        (K::Number, Decimal::from(3), "万亿")
    );
    assert_eq!(q.folded(), Some(Decimal::from(3_000_000_000_000_u64)));
    check(
        "全口径财政收入突破百亿",
        &[("突破百亿", K::Number, "100", None, "亿", Gt)],
    );
    check(
        "两千万元",
        &[("两千万元", K::Money, "2000", None, "万元", E)],
    );
}

#[test]
fn measures() {
    check(
        "新增商务楼宇面积32万平方米",
        &[("32万平方米", K::Measure, "32", None, "万平方米", E)],
    );
    check(
        "规划面积6.5平方公里",
        &[("6.5平方公里", K::Measure, "6.5", None, "平方公里", E)],
    );
    check(
        "新增装机119.4万千伏安",
        &[("119.4万千伏安", K::Measure, "119.4", None, "万千伏安", E)],
    );
    check(
        "建设20万亩",
        &[("20万亩", K::Measure, "20", None, "万亩", E)],
    );
    check(
        "淘汰35吨以下锅炉",
        &[("35吨以下", K::Measure, "35", None, "吨", Le)],
    );
    check(
        "集装箱吞吐量50万标准箱",
        &[("50万标准箱", K::Measure, "50", None, "万标准箱", E)],
    );
    check(
        "新建220KV输变电站",
        &[("220KV", K::Measure, "220", None, "KV", E)],
    );
    check(
        "建设12千米",
        &[("12千米", K::Measure, "12", None, "千米", E)],
    );
    check(
        "三千比特",
        &[("三千比特", K::Measure, "3", None, "千比特", E)],
    );
    check(
        "缴获近一吨",
        &[("近一吨", K::Measure, "1", None, "吨", Approx)],
    );
    check("一吨半", &[("一吨半", K::Measure, "1.5", None, "吨", E)]);
    check("身高168cm", &[("168cm", K::Measure, "168", None, "cm", E)]);
    check(
        "新增孵化器面积12. 2万平方米 。",
        &[("12. 2万平方米", K::Measure, "12.2", None, "万平方米", E)],
    );
}

#[test]
fn counts() {
    check(
        "专利申请1600件以上",
        &[("1600件以上", K::Count, "1600", None, "件", Ge)],
    );
    check(
        "新增就业2万人",
        &[("2万人", K::Count, "2", None, "万人", E)],
    );
    check(
        "社保扩面新增5.9万人次",
        &[("5.9万人次", K::Count, "5.9", None, "万人次", E)],
    );
    check(
        "新建学校50所,改造38万口堰塘",
        &[
            ("50所", K::Count, "50", None, "所", E),
            ("38万口", K::Count, "38", None, "万口", E),
        ],
    );
    check(
        "打造金融专业楼宇7栋",
        &[("7栋", K::Count, "7", None, "栋", E)],
    );
    check(
        "调处各类矛盾纠纷7600余件",
        &[("7600余件", K::Count, "7600", None, "件", Gt)],
    );
    check(
        "带动就业10余万人",
        &[("10余万人", K::Count, "10", None, "万人", Gt)],
    );
    check("为民办十件实事", &[("十件", K::Count, "10", None, "件", E)]);
    check(
        "小明有十个手指头",
        &[("十个", K::Count, "10", None, "个", E)],
    );
    check(
        "建成3座,约300天以上",
        &[
            ("3座", K::Count, "3", None, "座", E),
            ("约300天以上", K::Count, "300", None, "天", Ge),
        ],
    );
    check(
        "设立24小时自助办税终端",
        &[("24小时", K::Count, "24", None, "小时", E)],
    );
}

#[test]
fn percents() {
    check("增长12.6%", &[("12.6%", K::Percent, "12.6", None, "%", E)]);
    check(
        "城镇登记失业率控制在4.5%以内",
        &[("控制在4.5%以内", K::Percent, "4.5", None, "%", Le)],
    );
    check(
        "下降百分之十三点五",
        &[("百分之十三点五", K::Percent, "13.5", None, "%", E)],
    );
    check(
        "增长13.5％",
        &[("13.5％", K::Percent, "13.5", None, "%", E)],
    );
    check(
        "同比负3.9%",
        &[("负3.9%", K::Percent, "-3.9", None, "%", E)],
    );
    check(
        "人口自然增长率控制在6‰以内",
        &[("控制在6‰以内", K::Permille, "6", None, "‰", Le)],
    );
    check("千分之六", &[("千分之六", K::Permille, "6", None, "‰", E)]);
    check("万分之三", &[("万分之三", K::Permyriad, "3", None, "‱", E)]);
    check(
        "提高2个百分点",
        &[("2个百分点", K::PercentagePoints, "2", None, "个百分点", E)],
    );
    check(
        "下降0.5百分点",
        &[("0.5百分点", K::PercentagePoints, "0.5", None, "百分点", E)],
    );
    check("占三成", &[("三成", K::Percent, "30", None, "%", E)]);
    check("七成六", &[("七成六", K::Percent, "76", None, "%", E)]);
    check("打九折", &[("九折", K::Percent, "90", None, "%", E)]);
    check(
        "覆盖率不低于90%",
        &[("不低于90%", K::Percent, "90", None, "%", Ge)],
    );
    check("不超过3%", &[("不超过3%", K::Percent, "3", None, "%", Le)]);
    check("低于5%", &[("低于5%", K::Percent, "5", None, "%", Lt)]);
    check(
        "高于全省2个百分点",
        &[("2个百分点", K::PercentagePoints, "2", None, "个百分点", E)],
    );
    check(
        "增长5%左右",
        &[("5%左右", K::Percent, "5", None, "%", Approx)],
    );
    check("至少10%", &[("至少10%", K::Percent, "10", None, "%", Ge)]);
    check("最多20%", &[("最多20%", K::Percent, "20", None, "%", Le)]);
}

#[test]
fn more_units_and_comparators() {
    check(
        "新增装机容量50万千瓦",
        &[("50万千瓦", K::Measure, "50", None, "万千瓦", E)],
    );
    check(
        "蓄水3000立方米",
        &[("3000立方米", K::Measure, "3000", None, "立方米", E)],
    );
    check(
        "修建公路80公里",
        &[("80公里", K::Measure, "80", None, "公里", E)],
    );
    check(
        "解决800户,新建3家,新增5台、2辆",
        &[
            ("800户", K::Count, "800", None, "户", E),
            ("3家", K::Count, "3", None, "家", E),
            ("5台", K::Count, "5", None, "台", E),
            ("2辆", K::Count, "2", None, "辆", E),
        ],
    );
    check(
        "开展200次,建成12条,实施34项,办理744件,接待1.2万人次",
        &[
            ("200次", K::Count, "200", None, "次", E),
            ("12条", K::Count, "12", None, "条", E),
            ("34项", K::Count, "34", None, "项", E),
            ("744件", K::Count, "744", None, "件", E),
            ("1.2万人次", K::Count, "1.2", None, "万人次", E),
        ],
    );
    check(
        "建设6座,保障房1390套,打井30口,工期90天",
        &[
            ("6座", K::Count, "6", None, "座", E),
            ("1390套", K::Count, "1390", None, "套", E),
            ("30口", K::Count, "30", None, "口", E),
            ("90天", K::Count, "90", None, "天", E),
        ],
    );
    // a measure word no table knows, closing its phrase
    check("新塑佛像20尊,", &[("20尊", K::Count, "20", None, "尊", E)]);
    check("共7大类", &[("7", K::Number, "7", None, "", E)]);
    check(
        "不少于300人",
        &[("不少于300人", K::Count, "300", None, "人", Ge)],
    );
    check(
        "超过5000万元",
        &[("超过5000万元", K::Money, "5000", None, "万元", Gt)],
    );
    check("高于8%", &[("高于8%", K::Percent, "8", None, "%", Gt)]);
    check(
        "分别为3,5个",
        &[
            ("3", K::Number, "3", None, "", E),
            ("5个", K::Count, "5", None, "个", E),
        ],
    );
}

#[test]
fn multiples() {
    check(
        "经济总量翻一番",
        &[("翻一番", K::Multiple, "2", None, "番", E)],
    );
    check("提前翻两番", &[("翻两番", K::Multiple, "4", None, "番", E)]);
    check("收入翻番", &[("翻番", K::Multiple, "2", None, "番", E)]);
    check(
        "增长1倍以上",
        &[("1倍以上", K::Multiple, "1", None, "倍", Ge)],
    );
    check("是去年的3倍", &[("3倍", K::Multiple, "3", None, "倍", E)]);
}

#[test]
fn ranges() {
    check(
        "打造2-5个“两型”企业",
        &[("2-5个", K::Count, "2", Some("5"), "个", R)],
    );
    check(
        "选择1-2个试点区域",
        &[("1-2个", K::Count, "1", Some("2"), "个", R)],
    );
    check(
        "选择1至2个试点区域",
        &[("1至2个", K::Count, "1", Some("2"), "个", R)],
    );
    check("培育2—3个", &[("2—3个", K::Count, "2", Some("3"), "个", R)]);
    check(
        "培育1到2个",
        &[("1到2个", K::Count, "1", Some("2"), "个", R)],
    );
    check(
        "增长10%-12%",
        &[("10%-12%", K::Percent, "10", Some("12"), "%", R)],
    );
    check(
        "增长10%至12%",
        &[("10%至12%", K::Percent, "10", Some("12"), "%", R)],
    );
    check(
        "投资10-15万元",
        &[("10-15万元", K::Money, "10", Some("15"), "万元", R)],
    );
    check(
        "实施0-6岁残疾儿童康复",
        &[("0-6岁", K::Count, "0", Some("6"), "岁", R)],
    );
}

#[test]
fn prefixes_need_their_own_word() {
    // 通过 is not 过, 最近 is not 近
    check("通过3年努力", &[("3年", K::Count, "3", None, "年", E)]);
    check("最近5年", &[("5年", K::Count, "5", None, "年", E)]);
    check(
        "由193亿元增长到560亿元",
        &[
            ("193亿元", K::Money, "193", None, "亿元", E),
            ("560亿元", K::Money, "560", None, "亿元", E),
        ],
    );
}

#[test]
fn bare_numbers() {
    check(
        "一百五十万五千二百四十五,",
        &[(
            "一百五十万五千二百四十五",
            K::Number,
            "1505245",
            None,
            "",
            E,
        )],
    );
    check(
        "这是五那是四",
        &[
            ("五", K::Number, "5", None, "", E),
            ("四", K::Number, "4", None, "", E),
        ],
    );
    check(
        "“一”和“五”",
        &[
            ("一", K::Number, "1", None, "", E),
            ("五", K::Number, "5", None, "", E),
        ],
    );
    check(
        "三分之一以上",
        &[("三分之一以上", K::Number, "0.333333333333333", None, "", Ge)],
    );
    check("二分之一", &[("二分之一", K::Number, "0.5", None, "", E)]);
    check("-3/2", &[("-3/2", K::Number, "-1.5", None, "", E)]);
    check(
        "1,050,000,000",
        &[("1,050,000,000", K::Number, "1050000000", None, "", E)],
    );
    check("2e5", &[("2e5", K::Number, "200000", None, "", E)]);
    check("40k", &[("40k", K::Number, "40000", None, "", E)]);
    assert_eq!(
        quantities_with("共计3万亿", Options::default().bare_numbers(false)).count(),
        0
    );
    assert_eq!(
        quantities_with("三分之一", Options::default().bare_numbers(false)).count(),
        1
    );
    assert_eq!(
        quantities_with("共计35", Options::default().bare_numbers(false)).count(),
        0
    );
}

#[test]
fn not_quantities() {
    for text in [
        "“十二五”规划",
        "十三五时期",
        "一般预算收入",
        "一些问题",
        "推进一体化",
        "一站式服务",
        "社会消费品零售总额",
        "三农工作",
        "五化一整治",
        "三位一体",
        "4/5G",
        "一成不变",
        "一波三折",
        "千方百计",
        "千家万户",
        "一年来",
        "进一步",
        "唯一的",
        "之一,",
        "一、加快发展",
        "（三）推进改革",
        "(2)完善",
        "184、加强社区",
        "市七届人大一次会议",
        "党的十八大精神",
        "三大功能区",
        "地铁二号线",
        "三元路",
        "三元北路",
        "完成新一轮改造",
        "索 引 号: 2013-0000035",
        "今天2:00 pm",
        "PM2.5测报",
        "实施“811”环境保护",
        "A202107211321363588510367",
        "http://www.example.gov.cn/a?q=30%25",
        "万万",
        "两两",
        "登陆部队",
        "这是我的队伍",
        "美味十足",
        "选一个",
        "数十个",
        "几百家企业",
        "数十亿元",
        "成千上万",
        "千家万户",
    ] {
        none(text);
    }
}

#[test]
fn ordinals_and_dates_are_not_counts() {
    none("第三次会议");
    none("连续第8年");
    none("2012年");
    let q: Vec<_> = quantities_with("第三次", Options::default().ordinals(true)).collect();
    assert_eq!(
        (q[0].kind, q[0].value, q[0].unit.as_str()),
        (K::Ordinal, Decimal::from(3), "次")
    );
    let m: Vec<_> = mentions("2012年", Options::default()).collect();
    assert!(matches!(&m[..], [Mention::Date(d)] if d.text == "2012年"));
}

#[test]
fn full_width_variants() {
    check(
        "增长１３．５％",
        &[("１３．５％", K::Percent, "13.5", None, "%", E)],
    );
    check(
        "１１１，１１１个百分点",
        &[(
            "１１１，１１１个百分点",
            K::PercentagePoints,
            "111111",
            None,
            "个百分点",
            E,
        )],
    );
    check(
        "$20，300美圆",
        &[
            ("$20", K::Money, "20", None, "$", E),
            ("300美圆", K::Money, "300", None, "美圆", E),
        ],
    );
}

#[test]
fn parse_one() {
    let q = parse_quantity(" 控制在4.5%以内 ").unwrap();
    assert_eq!(
        (q.kind, q.comparator, q.span.start, q.span.end),
        (K::Percent, Le, 1, 20)
    );
    assert!(parse_quantity("4.5%以内增长").is_err());
    assert!(parse_quantity("增长").is_err());
    assert!(parse_quantity("").is_err());
}

#[test]
fn unit_kinds() {
    assert_eq!(unit_kind("万元"), Some(K::Money));
    assert_eq!(unit_kind("标准箱"), Some(K::Measure));
    assert_eq!(unit_kind("人次"), Some(K::Count));
    assert_eq!(unit_kind("倍"), Some(K::Multiple));
    assert_eq!(unit_kind("‰"), Some(K::Permille));
}

#[test]
fn corpus_has_its_known_quantities() {
    let text = include_str!("seeds/000_944023351de1df6f.txt");
    let q: Vec<_> = quantities(text)
        .map(|q| q.span.get(text).unwrap().to_owned())
        .collect();
    for want in [
        "达到1000亿元以上",
        "控制在4.5%以内",
        "控制在6‰以内",
        "1-2个",
        "2-5个",
    ] {
        assert!(q.iter().any(|t| t == want), "{want} in {q:?}");
    }
    let text = include_str!("seeds/004_1282b74f73776eb6.txt");
    let q: Vec<_> = quantities(text)
        .map(|q| q.span.get(text).unwrap().to_owned())
        .collect();
    for want in ["超400亿元", "1600件以上", "1.45万套"] {
        assert!(q.iter().any(|t| t == want), "{want} in {q:?}");
    }
    let text = include_str!("seeds/002_aefafb1998f59c0e.txt");
    let q: Vec<_> = quantities(text)
        .map(|q| q.span.get(text).unwrap().to_owned())
        .collect();
    for want in ["193亿元", "560亿元", "翻一番", "1倍以上"] {
        assert!(q.iter().any(|t| t == want), "{want} in {q:?}");
    }
}

#[test]
fn variants_read_like_the_seed() {
    let seed = include_str!("seeds/003_ffec1ac142b8e965.txt");
    let wide = include_str!("seeds/variants/003_ffec1ac142b8e965.fullwidth.txt");
    let a: Vec<_> = quantities(seed)
        .map(|q| (q.kind, q.value.normalize(), q.comparator))
        .collect();
    let b: Vec<_> = quantities(wide)
        .map(|q| (q.kind, q.value.normalize(), q.comparator))
        .collect();
    assert_eq!(a, b);
}

proptest! {
    #[test]
    fn any_text_spans_are_in_bounds(s in "\\PC*") {
        for m in mentions(&s, Options::default().ordinals(true).reference_year(Some(2012))) {
            let span = m.span();
            prop_assert!(span.get(&s).is_some(), "{:?} in {:?}", span, s);
            prop_assert!(!span.is_empty());
        }
    }

    #[test]
    fn genre_text_spans_are_in_bounds(s in "[0-9０-９一二三四五六七八九十百千万亿两零点.,，%％‰个元年月日底前以上下内左右至到—~第翻番成折分之又负 -]{0,40}") {
        let mut last = 0;
        for m in mentions(&s, Options::default().ordinals(true).reference_year(Some(2012))) {
            let span = m.span();
            prop_assert!(span.get(&s).is_some(), "{:?} in {:?}", span, s);
            prop_assert!(span.start >= last, "overlap at {:?} in {:?}", span, s);
            last = span.end;
        }
    }
}
