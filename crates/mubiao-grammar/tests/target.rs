//! Targets on real report sentences: for every construct of the grammar, the exact
//! targets — indicator, measure, comparator, value, unit, baseline, relation, status,
//! year, horizon, stance and the text of the span.
//!
//! Each target is written as one line:
//! `indicator measure comparator value[..upper]unit [from baseline] [«relation»] [a year]
//! [status year horizon stance] | span text`.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use mubiao_grammar::parse_document;
use mubiao_grammar::target::{TargetOptions, share_parts, targets, targets_with};
use mubiao_model::{Decimal, Measure, Status, Target};
use proptest::prelude::*;

/// One target as a line.
fn row(text: &str, t: &Target) -> String {
    let mut s = format!(
        "{} {} {}",
        t.indicator,
        t.measure.as_str(),
        t.comparator.as_str()
    );
    if let Some(v) = t.value {
        s += &format!(" {v}");
    }
    if let Some(u) = t.upper {
        s += &format!("..{u}");
    }
    s += &t.unit;
    if let Some(b) = t.baseline {
        s += &format!(" from {b}");
    }
    if let Some(r) = &t.relation {
        s += &format!(" «{r}»");
    }
    if t.annual_average {
        s += " a year";
    }
    let status = t.status.map_or("?", Status::as_str);
    let year = t.year.map_or("-".to_owned(), |y| y.to_string());
    let horizon = t.horizon.map_or(String::new(), |h| format!(" {h}y"));
    let stance = t
        .stance
        .map_or(String::new(), |x| format!(" {}", x.as_str()));
    let span = t.span.get(text).unwrap();
    s + &format!(" [{status} {year}{horizon}{stance}] | {span}")
}

fn check_with(text: &str, options: TargetOptions, want: &[&str]) {
    let got: Vec<String> = targets_with(text, options)
        .iter()
        .map(|t| row(text, t))
        .collect();
    assert_eq!(got, want, "in {text}");
}

fn check(text: &str, want: &[&str]) {
    check_with(text, TargetOptions::default(), want);
}

#[test]
fn a_level_and_its_growth() {
    // 武昌区2012年政府工作报告
    check(
        "预计(下同)全年完成地区生产总值640亿元,增长12.6%;其中,服务业完成增加值537亿元,增长13%,占GDP的84%。",
        &[
            "地区生产总值 level eq 640亿元 [actual - expected] | 地区生产总值640亿元",
            "地区生产总值 growth eq 12.6% [actual - expected] | 增长12.6%",
            "服务业增加值 level eq 537亿元 [actual - expected] | 服务业完成增加值537亿元",
            "服务业增加值 growth eq 13% [actual - expected] | 增长13%",
            "服务业增加值占GDP share eq 84% [actual - expected] | 占GDP的84%",
        ],
    );
    // a clause between them that states nothing names the next subject
    check(
        "全口径财政收入突破百亿,达到110.6亿元,增长20%;区级财政收入规模连续第8年居全市中心城区首位,达到47.2亿元,增长21%。",
        &[
            "全口径财政收入 level gt 100亿 [? -] | 全口径财政收入突破百亿",
            "全口径财政收入 level eq 110.6亿元 [? -] | 达到110.6亿元",
            "全口径财政收入 growth eq 20% [? -] | 增长20%",
            "区级财政收入 level eq 47.2亿元 [? -] | 达到47.2亿元",
            "区级财政收入 growth eq 21% [? -] | 增长21%",
        ],
    );
    check(
        "居民人均可支配收入达到2.7万元,增长14%,超过GDP增幅。",
        &[
            "居民人均可支配收入 level eq 2.7万元 [? -] | 居民人均可支配收入达到2.7万元",
            "居民人均可支配收入 growth eq 14% [? -] | 增长14%",
            "居民人均可支配收入 growth gt «超过GDP增幅» [? -] | 超过GDP增幅",
        ],
    );
    // the growth named by 增速 alone; a rate reached after a growth rate is a rate
    check(
        "社会消费品零售总额达到356亿元,增速为7.1%。地区生产总值增长6.5%以上,力争达到7%;城镇化率提高1.1个百分点,达到68.5%。",
        &[
            "社会消费品零售总额 level eq 356亿元 [? -] | 社会消费品零售总额达到356亿元",
            "社会消费品零售总额 growth eq 7.1% [? -] | 增速为7.1%",
            "地区生产总值 growth ge 6.5% [? -] | 地区生产总值增长6.5%以上",
            "地区生产总值 growth eq 7% [target - strive] | 力争达到7%",
            "城镇化率 change_pp eq 1.1个百分点 [? -] | 城镇化率提高1.1个百分点",
            "城镇化率 level eq 68.5% [? -] | 达到68.5%",
        ],
    );
}

#[test]
fn levels_reached_and_bounded() {
    // 鄂州市, 平顶山市 decomposition notices
    check(
        "1、生产总值达到1000亿元以上,财政总收入达到100亿元以上,人均水平居全省前列。",
        &[
            "生产总值 level ge 1000亿元 [? -] | 生产总值达到1000亿元以上",
            "财政总收入 level ge 100亿元 [? -] | 财政总收入达到100亿元以上",
        ],
    );
    check(
        "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n28、人口自然增长率控制在6‰以内。(责任单位:市计生委)",
        &[
            "城镇新增就业 level eq 2万人 [? -] | 城镇新增就业2万人",
            "城镇登记失业率 level le 4.5% [? -] | 城镇登记失业率控制在4.5%以内",
            "人口自然增长率 level le 6‰ [? -] | 人口自然增长率控制在6‰以内",
        ],
    );
    check(
        "3.装备制造产业,重点抓好智能电网高端装备产业基地等项目,装备制造板块主营业务收入超400亿元。",
        &["装备制造板块主营业务收入 level gt 400亿元 [? -] | 装备制造板块主营业务收入超400亿元"],
    );
    check(
        "7.新增国家高新技术企业6家、省以上名牌产品10个,制定国家标准5项。专利申请1600件以上。",
        &[
            "新增国家高新技术企业 level eq 6家 [? -] | 新增国家高新技术企业6家",
            "省以上名牌产品 level eq 10个 [? -] | 省以上名牌产品10个",
            "制定国家标准 level eq 5项 [? -] | 制定国家标准5项",
            "专利申请 level ge 1600件 [? -] | 专利申请1600件以上",
        ],
    );
    check(
        "规模以上工业增加值增长15%左右,外贸出口增长10%-12%,居民消费价格涨幅控制在4%左右。",
        &[
            "规模以上工业增加值 growth approx 15% [? -] | 规模以上工业增加值增长15%左右",
            "外贸出口 growth range 10..12% [? -] | 外贸出口增长10%-12%",
            "居民消费价格 growth approx 4% [? -] | 居民消费价格涨幅控制在4%左右",
        ],
    );
}

#[test]
fn verbs_that_reach_or_pass_a_level() {
    check(
        "全年外贸出口超过10亿美元,实际利用外资突破5亿美元,城市绿化覆盖率提高到45%,森林覆盖率达到40%左右。",
        &[
            "外贸出口 level gt 10亿美元 [? -] | 外贸出口超过10亿美元",
            "实际利用外资 level gt 5亿美元 [? -] | 实际利用外资突破5亿美元",
            "城市绿化覆盖率 level eq 45% [? -] | 城市绿化覆盖率提高到45%",
            "森林覆盖率 level approx 40% [? -] | 森林覆盖率达到40%左右",
        ],
    );
    // 完成, 实现: a result where nothing says it is a plan; 确保完成, 力争实现: a plan
    check(
        "全年完成固定资产投资436亿元。力争实现社会消费品零售总额500亿元,确保完成投资188亿元。",
        &[
            "固定资产投资 level eq 436亿元 [actual -] | 固定资产投资436亿元",
            "社会消费品零售总额 level eq 500亿元 [target - strive] | 社会消费品零售总额500亿元",
            "投资 level eq 188亿元 [target - ensure] | 投资188亿元",
        ],
    );
}

#[test]
fn changes_and_declines() {
    check(
        "全年财政收入比上年增加24.47亿元,煤炭消费量减少3万吨。",
        &[
            "财政收入 change eq 24.47亿元 [? -] | 财政收入比上年增加24.47亿元",
            "煤炭消费量 change eq -3万吨 [? -] | 煤炭消费量减少3万吨",
        ],
    );
    // a decline is a negative growth, and its bound flips: 下降3.5%以上 is ≤ −3.5
    check(
        "单位GDP能耗下降3.5%以上,二氧化硫排放量降低5%-8%。",
        &[
            "单位GDP能耗 growth le -3.5% [? -] | 单位GDP能耗下降3.5%以上",
            "二氧化硫排放量 growth range -8..-5% [? -] | 二氧化硫排放量降低5%-8%",
        ],
    );
}

#[test]
fn multiples_and_points() {
    // 增长1倍 is ×2; 翻两番 is ×4
    check(
        "养老、医疗、失业、工伤、生育五项社会保险参保人数五年间均增长1倍以上,新农合参合率保持97%以上。",
        &[
            "养老、医疗、失业、工伤、生育五项社会保险参保人数 multiple ge 2倍 [? - 5y] | 养老、医疗、失业、工伤、生育五项社会保险参保人数五年间均增长1倍以上",
            "新农合参合率 level ge 97% [? -] | 新农合参合率保持97%以上",
        ],
    );
    check(
        "力争到2020年地区生产总值比2010年翻两番,服务业增加值比重提高2个百分点。",
        &[
            "地区生产总值 multiple eq 4倍 [target 2020 strive] | 地区生产总值比2010年翻两番",
            "服务业增加值比重 change_pp eq 2个百分点 [? -] | 服务业增加值比重提高2个百分点",
        ],
    );
}

#[test]
fn from_a_to_b() {
    // 镇海区2012年政府工作报告(摘要)
    check(
        "●全社会GDP从193亿元增长到560亿元;区属GDP从130亿元增长到290亿元。",
        &[
            "全社会GDP level eq 560亿元 from 193 [actual -] | 全社会GDP从193亿元增长到560亿元",
            "区属GDP level eq 290亿元 from 130 [actual -] | 区属GDP从130亿元增长到290亿元",
        ],
    );
    // the baseline in the unit of the level; 由…调整为
    check(
        "农民年人均纯收入从9000元增长到1.7万元,全区社区数量由194个优化调整为181个。",
        &[
            "农民年人均纯收入 level eq 1.7万元 from 0.9 [actual -] | 农民年人均纯收入从9000元增长到1.7万元",
            "全区社区数量 level eq 181个 from 194 [actual -] | 全区社区数量由194个优化调整为181个",
        ],
    );
    check(
        "五年来,财政一般预算收入从27.3亿元增长到67亿元,年均增长19.7%。",
        &[
            "财政一般预算收入 level eq 67亿元 from 27.3 [actual - 5y] | 财政一般预算收入从27.3亿元增长到67亿元",
            "财政一般预算收入 growth eq 19.7% a year [actual - 5y] | 年均增长19.7%",
        ],
    );
    // last year's level before the verb of the rate
    check(
        "实现财政收入110.6亿元,比上年的92.17亿元增长20%。",
        &[
            "财政收入 level eq 110.6亿元 [actual -] | 财政收入110.6亿元",
            "财政收入 level eq 92.17亿元 [actual -] | 比上年的92.17亿元",
            "财政收入 growth eq 20% [actual -] | 增长20%",
        ],
    );
    check_with(
        "2012年实现财政收入110.6亿元,比上年的92.17亿元增长20%。",
        TargetOptions::default().year(Some(2013)),
        &[
            "财政收入 level eq 110.6亿元 [actual 2012] | 财政收入110.6亿元",
            "财政收入 level eq 92.17亿元 [actual 2011] | 比上年的92.17亿元",
            "财政收入 growth eq 20% [actual 2012] | 增长20%",
        ],
    );
}

#[test]
fn a_count_before_the_noun_it_counts() {
    // 武昌区 为民办实事: verb, count, noun; the verb shared along a list
    check(
        "5、丰富群众文体生活,免费开放街道文化活动中心,新添置25套音响设备和2万册图书期刊,送200场文化活动(含100场电影),完成46个社区健身设施改造升级,新增室内健身器材60套。",
        &[
            "新添置音响设备 level eq 25套 [? -] | 新添置25套音响设备",
            "新添置图书期刊 level eq 2万册 [? -] | 2万册图书期刊",
            "送文化活动 level eq 200场 [? -] | 送200场文化活动",
            "完成社区健身设施改造升级 level eq 46个 [actual -] | 完成46个社区健身设施改造升级",
            "新增室内健身器材 level eq 60套 [? -] | 新增室内健身器材60套",
        ],
    );
    // not after a preposition (对, 为), not when the noun owns what follows (的), not a
    // number inside a longer noun (24小时自助图书馆)
    check(
        "2、加强老旧社区物业服务,对33个老旧社区的物业服务进行提档升级,维修改造500户危旧公房。3、改造升级108条社区道路和30个社区的排水管网。",
        &[
            "维修改造危旧公房 level eq 500户 [? -] | 维修改造500户危旧公房",
            "改造升级社区道路 level eq 108条 [? -] | 改造升级108条社区道路",
        ],
    );
    check(
        "新建24小时自助图书馆3处,为3.7万名65岁以上老年人免费体检,对1万名劳动者开展实用技能培训,聘请102名中高级卫生专业技术人才到社区卫生服务机构工作。",
        &[
            "新建24小时自助图书馆 level eq 3处 [? -] | 新建24小时自助图书馆3处",
            "聘请中高级卫生专业技术人才 level eq 102名 [? -] | 聘请102名中高级卫生专业技术人才",
        ],
    );
}

#[test]
fn the_sector_of_the_clause_before() {
    check(
        "积极推动工业转型升级,以石化、装备制造业为主导的临港工业全面壮大,工业总产值从445亿元增长到962亿元。建筑业发展全面提速,总产值从56亿元增长到158亿元。现代服务业全面提升,增加值从48.4亿元增长到109亿元。",
        &[
            "工业总产值 level eq 962亿元 from 445 [actual -] | 工业总产值从445亿元增长到962亿元",
            "建筑业总产值 level eq 158亿元 from 56 [actual -] | 总产值从56亿元增长到158亿元",
            "现代服务业增加值 level eq 109亿元 from 48.4 [actual -] | 增加值从48.4亿元增长到109亿元",
        ],
    );
}

#[test]
fn shares() {
    check(
        "高新技术产业增加值占区属规模以上工业增加值比重达36.7%,服务业增加值比重达到45%。",
        &[
            "高新技术产业增加值占区属规模以上工业增加值比重 share eq 36.7% [? -] | 高新技术产业增加值占区属规模以上工业增加值比重达36.7%",
            "服务业增加值比重 share eq 45% [? -] | 服务业增加值比重达到45%",
        ],
    );
    assert_eq!(
        share_parts("高新技术产业增加值占区属规模以上工业增加值比重"),
        Some(("高新技术产业增加值", "区属规模以上工业增加值"))
    );
}

#[test]
fn lists_that_share_a_verb() {
    check(
        "综合各种因素,全年经济社会发展主要预期目标为:区属GDP增长11%,公共财政预算收入增长12%,固定资产投资增长13%,社会消费品零售总额增长15%,城镇居民人均可支配收入增长11%,农民人均纯收入增长12%。",
        &[
            "区属GDP growth eq 11% [target - expected] | 区属GDP增长11%",
            "公共财政预算收入 growth eq 12% [target - expected] | 公共财政预算收入增长12%",
            "固定资产投资 growth eq 13% [target - expected] | 固定资产投资增长13%",
            "社会消费品零售总额 growth eq 15% [target - expected] | 社会消费品零售总额增长15%",
            "城镇居民人均可支配收入 growth eq 11% [target - expected] | 城镇居民人均可支配收入增长11%",
            "农民人均纯收入 growth eq 12% [target - expected] | 农民人均纯收入增长12%",
        ],
    );
    // a second value of the same verb and subject
    check(
        "严格控管违法建设,拆除各类违建670处、11.8万平方米。",
        &[
            "拆除各类违建 level eq 670处 [? -] | 拆除各类违建670处",
            "拆除各类违建 level eq 11.8万平方米 [? -] | 11.8万平方米",
        ],
    );
}

#[test]
fn coordinated_subjects_share_a_rate() {
    check(
        "2013年全区经济社会发展的主要预期目标是:地区生产总值增长12%以上,全口径和区级财政收入增长13%以上,社会消费品零售总额增长13%以上,节能降耗和主要污染物减排完成指标任务,居民人均可支配收入增长继续高于经济增长,城市文明程度和群众幸福指数稳步提升。",
        &[
            "地区生产总值 growth ge 12% [target 2013 expected] | 地区生产总值增长12%以上",
            "全口径财政收入 growth ge 13% [target 2013 expected] | 全口径和区级财政收入增长13%以上",
            "区级财政收入 growth ge 13% [target 2013 expected] | 全口径和区级财政收入增长13%以上",
            "社会消费品零售总额 growth ge 13% [target 2013 expected] | 社会消费品零售总额增长13%以上",
            "居民人均可支配收入 growth gt «高于经济增长» [target 2013 expected] | 居民人均可支配收入增长继续高于经济增长",
        ],
    );
    check(
        "通过五年的努力,确保地区生产总值(GDP)增速高于全市平均水平,力争公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番。",
        &[
            "地区生产总值 growth gt «高于全市平均水平» [target - ensure] | 地区生产总值(GDP)增速高于全市平均水平",
            "公共财政预算收入 multiple eq 2倍 [target - strive] | 公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番",
            "区属工业总产值 multiple eq 2倍 [target - strive] | 公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番",
            "城市经济规模 multiple eq 2倍 [target - strive] | 公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番",
            "新兴产业规模 multiple eq 2倍 [target - strive] | 公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番",
            "服务业增加值 multiple eq 2倍 [target - strive] | 公共财政预算收入(原一般预算收入)、区属工业总产值、城市经济和新兴产业规模、服务业增加值等指标实现翻一番",
        ],
    );
    // an amount shared by two subjects is their sum, not one each
    check(
        "确保续建和新开工亿元项目148个、前期推进和招商引资亿元项目120个、争取中省投资项目175个。",
        &[
            "续建和新开工亿元项目 level eq 148个 [target - ensure] | 续建和新开工亿元项目148个",
            "前期推进和招商引资亿元项目 level eq 120个 [target - ensure] | 前期推进和招商引资亿元项目120个",
            "中省投资项目 level eq 175个 [target - ensure] | 中省投资项目175个",
        ],
    );
}

#[test]
fn respectively() {
    check(
        "化学需氧量和二氧化硫排放量五年间分别削减45.1%、55.6%。",
        &[
            "化学需氧量排放量 growth eq -45.1% [? - 5y] | 化学需氧量和二氧化硫排放量五年间分别削减45.1%",
            "二氧化硫排放量 growth eq -55.6% [? - 5y] | 化学需氧量和二氧化硫排放量五年间分别削减45.1%、55.6%",
        ],
    );
    check(
        "加强城乡截污排污系统管网建设,累计新建三级及以上排污管网260公里,城市和农村污水处理率分别达91.7%、54%。",
        &[
            "新建三级及以上排污管网 level eq 260公里 [? -] | 新建三级及以上排污管网260公里",
            "城市污水处理率 level eq 91.7% [? -] | 城市和农村污水处理率分别达91.7%",
            "农村污水处理率 level eq 54% [? -] | 城市和农村污水处理率分别达91.7%、54%",
        ],
    );
    check(
        "城镇居民人均可支配收入和农民人均纯收入分别增长11%和12%。",
        &[
            "城镇居民人均可支配收入 growth eq 11% [? -] | 城镇居民人均可支配收入和农民人均纯收入分别增长11%",
            "农民人均纯收入 growth eq 12% [? -] | 城镇居民人均可支配收入和农民人均纯收入分别增长11%和12%",
        ],
    );
    // 城乡 names two indicators, urban then rural, when two values follow 分别
    check(
        "城乡居民人均可支配收入分别增长5.1%和7.3%。",
        &[
            "城镇居民人均可支配收入 growth eq 5.1% [? -] | 城乡居民人均可支配收入分别增长5.1%",
            "农村居民人均可支配收入 growth eq 7.3% [? -] | 城乡居民人均可支配收入分别增长5.1%和7.3%",
        ],
    );
}

#[test]
fn qualitative_promises() {
    check(
        "2013年主要预期目标是:地区生产总值增长10%,城乡居民收入增长与经济发展同步,物价涨幅与省保持一致。",
        &[
            "地区生产总值 growth eq 10% [target 2013 expected] | 地区生产总值增长10%",
            "城乡居民收入 growth eq «与经济发展同步» [target 2013 expected] | 城乡居民收入增长与经济发展同步",
            "物价 growth eq «与省保持一致» [target 2013 expected] | 物价涨幅与省保持一致",
        ],
    );
}

#[test]
fn promises_with_no_quantity_in_their_sentence() {
    // tasks of a notice that promise a relation and nothing else
    check_with(
        "29、居民消费价格指数与省保持一致。(责任单位:市物价局)\n\
         30、单位生产总值能耗、二氧化碳排放量完成与省签订的责任目标。(责任单位:市发改委)\n\
         31、完成东沟大桥建设任务。(责任单位:市交通局)\n",
        TargetOptions::default().year(Some(2012)).notice(true),
        &[
            "居民消费价格指数 level eq «与省保持一致» [target 2012] | 居民消费价格指数与省保持一致",
            "单位生产总值能耗 level eq «完成与省签订的责任目标» [target 2012] | 单位生产总值能耗、二氧化碳排放量完成与省签订的责任目标",
            "二氧化碳排放量 level eq «完成与省签订的责任目标» [target 2012] | 单位生产总值能耗、二氧化碳排放量完成与省签订的责任目标",
        ],
    );
    // in a plan, after a stance word; a decline compares the other way
    check(
        "今年工作安排\n\n  力争城镇居民人均可支配收入增幅高于全市平均水平。2013年主要预期目标是:地区生产总值增长10%,单位生产总值能耗降幅高于省定目标。\n",
        &[
            "城镇居民人均可支配收入 growth gt «高于全市平均水平» [target - strive] | 城镇居民人均可支配收入增幅高于全市平均水平",
            "地区生产总值 growth eq 10% [target 2013 expected] | 地区生产总值增长10%",
            "单位生产总值能耗 growth lt «高于省定目标» [target 2013 expected] | 单位生产总值能耗降幅高于省定目标",
        ],
    );
    // a review that compares states a result, not a promise
    check(
        "过去五年工作回顾\n\n  城镇居民人均可支配收入增幅高于全市平均水平。\n",
        &[],
    );
}

#[test]
fn status_and_year_from_the_sections_of_a_report() {
    // a review of 2012 and the plan of 2013 in a report of 2013
    let text = "2012年政府工作报告\n\n  2012年工作回顾\n\n  经济规模不断壮大。预计(下同)全年完成地区生产总值640亿元,增长12.6%。\n\n  2013年工作安排\n\n  2013年全区经济社会发展的主要预期目标是:地区生产总值增长12%以上。全年引进总部企业10家。\n";
    check_with(
        text,
        TargetOptions::default().year(Some(2013)),
        &[
            "地区生产总值 level eq 640亿元 [actual 2012 expected] | 地区生产总值640亿元",
            "地区生产总值 growth eq 12.6% [actual 2012 expected] | 增长12.6%",
            "地区生产总值 growth ge 12% [target 2013 expected] | 地区生产总值增长12%以上",
            "引进总部企业 level eq 10家 [target 2013] | 引进总部企业10家",
        ],
    );
    // a report at the start of a term: five years back, five years ahead, this year
    let text = "●全社会GDP从193亿元增长到560亿元。\n\n过去五年工作回顾\n\n自主创新不断推进。各类人才总量达4.7万人。\n\n今后五年主要目标与任务\n\n通过五年的努力,确保地区生产总值(GDP)增速高于全市平均水平,力争公共财政预算收入实现翻一番。\n\n2012年主要工作安排\n\n全年经济社会发展主要预期目标为:区属GDP增长11%。\n";
    check_with(
        text,
        TargetOptions::default().year(Some(2012)),
        &[
            "全社会GDP level eq 560亿元 from 193 [actual 2011 5y] | 全社会GDP从193亿元增长到560亿元",
            "各类人才总量 level eq 4.7万人 [actual 2011 5y] | 各类人才总量达4.7万人",
            "地区生产总值 growth gt «高于全市平均水平» [target 2016 5y ensure] | 地区生产总值(GDP)增速高于全市平均水平",
            "公共财政预算收入 multiple eq 2倍 [target 2016 5y strive] | 公共财政预算收入实现翻一番",
            "区属GDP growth eq 11% [target 2012 expected] | 区属GDP增长11%",
        ],
    );
}

#[test]
fn a_notice_states_plans_of_its_year() {
    check_with(
        "7.新增国家高新技术企业6家。",
        TargetOptions::default().year(Some(2013)).notice(true),
        &["新增国家高新技术企业 level eq 6家 [target 2013] | 新增国家高新技术企业6家"],
    );
    // headings of the outline frame the tasks; targets belong to their tasks
    let text = "市人民政府办公室关于印发《主要工作目标分解落实意见》的通知\n\n\
                发布机构 : 鄂州市政府 发布日期: 2012年03月02日\n\n\
                一、《政府工作报告》确定的今后五年全市经济社会发展的主要目标和任务\n\
                (一)今后五年全市经济社会发展主要预期目标\n\
                1、生产总值达到1000亿元以上,城镇化率达到70%。(责任单位:市发改委、财政局)\n\
                二、《政府工作报告》确定的2012年全市经济社会发展的主要目标和任务\n\
                (一)2012年全市经济社会发展主要预期目标\n\
                22、地区生产总值增长13.5%,全社会固定资产投资增长25%。(责任单位:市发改委)\n\
                23、地方一般预算收入增长16%。(责任单位:市财政局、国税局、地税局)\n";
    let doc = parse_document(text);
    let got: Vec<String> = doc.targets.iter().map(|t| row(text, t)).collect();
    assert_eq!(
        got,
        [
            "生产总值 level ge 1000亿元 [target 2016 5y] | 生产总值达到1000亿元以上",
            "城镇化率 level eq 70% [target 2016 5y] | 城镇化率达到70%",
            "地区生产总值 growth eq 13.5% [target 2012] | 地区生产总值增长13.5%",
            "全社会固定资产投资 growth eq 25% [target 2012] | 全社会固定资产投资增长25%",
            "地方一般预算收入 growth eq 16% [target 2012] | 地方一般预算收入增长16%",
        ]
    );
    let tasks: Vec<_> = doc.targets.iter().map(|t| t.task).collect();
    assert_eq!(tasks, [Some(0), Some(0), Some(1), Some(1), Some(2)]);
    assert_eq!(doc.targets_of(1).count(), 2);
}

#[test]
fn the_indicator_as_written_and_normalised() {
    let text = "全社会GDP从193亿元增长到560亿元,农民年人均纯收入增长12%。";
    let t = targets(text);
    assert_eq!(
        t[0].indicator_span.and_then(|s| s.get(text)),
        Some("全社会GDP")
    );
    assert_eq!(t[0].normalized.as_deref(), Some("地区生产总值"));
    assert_eq!(t[1].normalized.as_deref(), Some("农村居民人均纯收入"));
    // a subject made of two pieces is written nowhere as a whole
    let t = targets("城市和农村污水处理率分别达91.7%、54%。");
    assert_eq!(t[0].indicator_span, None);
    assert_eq!(
        t[1].indicator_span
            .and_then(|s| s.get("城市和农村污水处理率分别达91.7%、54%。")),
        Some("农村污水处理率")
    );
}

#[test]
fn values_are_the_decimals_written() {
    let t = targets("新开工保障性住房1.45万套,城镇登记失业率控制在4.5%以内。");
    assert_eq!(
        (t[0].value, t[0].unit.as_str()),
        (Some(Decimal::new(145, 2)), "万套")
    );
    assert_eq!(t[1].value, Some(Decimal::new(45, 1)));
    assert_eq!(t[1].measure, Measure::Level);
}

#[test]
fn not_targets() {
    // dates, ordinals, list markers, counts that qualify, counts of meetings, names in
    // quotes, amounts that modify a noun, ages
    check(
        "2012年3月2日召开第三次会议,共3个方面。17家企业税收过亿元,7家企业入选2012湖北企业100强。\
         召开全市经济工作会议3次。搭建“一府十校十所”科技与人才合作框架。开工建设投资100亿元的建业城市综合体。\
         为3.7万名65岁以上老年人免费体检。一、加强领导。(一)调整优化存量。“十二五”规划。",
        &[],
    );
}

#[test]
fn full_width_punctuation_reads_the_same() {
    let ascii = "预计全年完成地区生产总值640亿元,增长12.6%;其中,服务业完成增加值537亿元,增长13%,占GDP的84%。";
    let full = "预计全年完成地区生产总值640亿元，增长12.6％；其中，服务业完成增加值537亿元，增长13％，占GDP的84％。";
    let view = |text: &str| -> Vec<(String, Measure, Option<Decimal>)> {
        targets(text)
            .into_iter()
            .map(|t| (t.indicator, t.measure, t.value))
            .collect()
    };
    assert_eq!(view(ascii), view(full));
    assert_eq!(view(full).len(), 5);
}

#[test]
fn the_seed_reports() {
    let wuchang = include_str!("../../../tests/fixtures/corpus/003_ffec1ac142b8e965.txt");
    let doc = parse_document(wuchang);
    let first: Vec<String> = doc
        .targets
        .iter()
        .take(3)
        .map(|t| row(wuchang, t))
        .collect();
    assert_eq!(
        first,
        [
            "地区生产总值 level eq 640亿元 [actual 2012 expected] | 地区生产总值640亿元",
            "地区生产总值 growth eq 12.6% [actual 2012 expected] | 增长12.6%",
            "服务业增加值 level eq 537亿元 [actual 2012 expected] | 服务业完成增加值537亿元",
        ]
    );
    let planned: Vec<String> = doc
        .targets
        .iter()
        .filter(|t| t.status == Some(Status::Target))
        .take(5)
        .map(|t| row(wuchang, t))
        .collect();
    assert_eq!(
        planned,
        [
            "地区生产总值 growth ge 12% [target 2013 expected] | 地区生产总值增长12%以上",
            "全口径财政收入 growth ge 13% [target 2013 expected] | 全口径和区级财政收入增长13%以上",
            "区级财政收入 growth ge 13% [target 2013 expected] | 全口径和区级财政收入增长13%以上",
            "社会消费品零售总额 growth ge 13% [target 2013 expected] | 社会消费品零售总额增长13%以上",
            "居民人均可支配收入 growth gt «高于经济增长» [target 2013 expected] | 居民人均可支配收入增长继续高于经济增长",
        ]
    );
    let zhenhai = include_str!("../../../tests/fixtures/corpus/002_aefafb1998f59c0e.txt");
    let doc = parse_document(zhenhai);
    let five_years = doc
        .targets
        .iter()
        .filter(|t| t.baseline.is_some() && t.horizon == Some(5) && t.year == Some(2011))
        .count();
    assert_eq!(five_years, 12);
}

/// Fragments of the genre, for inputs that reach deep into the grammar.
const FRAGMENTS: &[&str] = &[
    "地区生产总值",
    "增长",
    "12.6%",
    "以上",
    "从",
    "193亿元",
    "增长到",
    "560亿元",
    ",",
    "，",
    "。",
    ";",
    "、",
    "和",
    "分别",
    "达到",
    "控制在",
    "4.5%",
    "以内",
    "占",
    "GDP",
    "的",
    "84%",
    "比重",
    "提高",
    "2个百分点",
    "翻一番",
    "1倍",
    "下降",
    "3.5%",
    "力争",
    "确保",
    "预计(下同)",
    "全年",
    "2013年",
    "工作安排",
    "回顾",
    "今后五年",
    "\n",
    "高于",
    "全市平均水平",
    "与省保持一致",
    "(",
    ")",
    "“",
    "”",
    "总产值",
    "建筑业",
    "比上年的",
    "年均",
    "其中",
    "1、",
    "（",
    "）",
    "●",
];

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    for t in targets_with(text, TargetOptions::default().year(Some(2013))) {
        for s in [Some(t.span), t.indicator_span].into_iter().flatten() {
            prop_assert!(s.start <= s.end && s.end <= text.len(), "{s:?} in {text:?}");
            prop_assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{s:?} splits a character of {text:?}"
            );
        }
        prop_assert!(!t.indicator.is_empty(), "{t:?}");
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_text_gives_targets_with_spans_in_bounds(text in "\\PC{0,200}") {
        check_spans(&text)?;
    }

    #[test]
    fn report_like_text_gives_targets_with_spans_in_bounds(
        parts in prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60)
    ) {
        check_spans(&parts.concat())?;
    }
}
