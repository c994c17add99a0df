//! A county notice written the way real pages are: full-width punctuation and
//! numbering (`1．`, `（一）`), labelled duty lines, a verb block in brackets, a last
//! sentence of verbs with no brackets, a footnote mark after a target, a lead marked `*`
//! and a deadline. Exact tasks, units, roles and targets.
#![allow(clippy::indexing_slicing, clippy::unwrap_used)]

/// A task's number, heading path and duties.
type Shape<'a> = (Option<u32>, Vec<&'a str>, Vec<(&'a str, Role)>);

/// Every task's number, heading path and duties.
fn shape(l: &Ledger) -> Vec<Shape<'_>> {
    l.tasks()
        .iter()
        .map(|t| {
            (
                t.ordinal,
                t.path.iter().map(String::as_str).collect(),
                t.duties
                    .iter()
                    .map(|d| (d.unit.name.as_str(), d.role))
                    .collect(),
            )
        })
        .collect()
}

/// A target's indicator, measure, comparator, value, unit and task.
type Row<'a> = (
    &'a str,
    Measure,
    Comparator,
    Option<String>,
    &'a str,
    Option<usize>,
);

use mubiao::Ledger;
use mubiao::model::{Comparator, Measure, Role};

const NOTICE: &str = "××县人民政府办公室关于印发2024年县政府工作报告重点工作任务分解方案的通知

各乡镇人民政府，县政府各部门：
　　现将《2024年县政府工作报告重点工作任务分解方案》印发给你们，请认真贯彻执行。

一、主要预期目标
　　1．地区生产总值增长6.5%左右。牵头单位：县发展改革局；配合单位：县统计局、各乡镇人民政府。
　　2．一般公共预算收入增长5%。牵头单位：县财政局；责任单位：县税务局。
二、重点工作任务
（一）着力扩大有效需求
　　3．全年实施重点项目120个以上，完成投资150亿元。一是抓项目谋划；二是抓要素保障。（县发展改革局牵头，县自然资源局、县住建局配合）
　　4．社会消费品零售总额增长8%。由县商务局负责，各乡镇配合。
（二）推进乡村全面振兴
　　5．粮食播种面积稳定在80万亩以上①。
　　牵头考核单位：县农业农村局
　　协办单位：县水利局、县林业局
　　6．新建高标准农田3万亩，2024年10月底前完成。（责任单位：县农业农村局*、县财政局）

　　　　　　　　　　　　　　　　　　××县人民政府办公室
　　　　　　　　　　　　　　　　　　2024年2月20日
";

#[test]
fn tasks_paths_and_units() {
    let l = Ledger::parse(NOTICE);
    let got = shape(&l);
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    assert_eq!(
        got,
        [
            (
                Some(1),
                vec!["一"],
                vec![("县发展改革局", L), ("县统计局", C), ("各乡镇人民政府", C)]
            ),
            (Some(2), vec!["一"], vec![("县财政局", L), ("县税务局", R)]),
            (
                Some(3),
                vec!["二", "（一）"],
                vec![("县发展改革局", L), ("县自然资源局", C), ("县住建局", C)]
            ),
            (
                Some(4),
                vec!["二", "（一）"],
                vec![("县商务局", R), ("各乡镇", C)]
            ),
            (
                Some(5),
                vec!["二", "（二）"],
                vec![("县农业农村局", L), ("县水利局", C), ("县林业局", C)]
            ),
            (
                Some(6),
                vec!["二", "（二）"],
                vec![("县农业农村局", L), ("县财政局", R)]
            ),
        ]
    );
    // the sentence of verbs is the duty block, not the task's text
    let t4 = &l.tasks()[3];
    assert_eq!(t4.text, "社会消费品零售总额增长8%。");
    let d = &t4.duties[0];
    assert_eq!(&NOTICE[d.unit.span.start..d.unit.span.end], "县商务局");
    // the deadline, resolved in the notice's year
    let t6 = &l.tasks()[5];
    assert_eq!(t6.deadlines.len(), 1);
    assert_eq!(t6.deadlines[0].text, "2024年10月底前");
}

#[test]
fn targets_of_the_tasks() {
    let l = Ledger::parse(NOTICE);
    let got: Vec<Row<'_>> = l
        .document()
        .targets
        .iter()
        .map(|t| {
            (
                t.indicator.as_str(),
                t.measure,
                t.comparator,
                t.value.map(|v| v.to_string()),
                t.unit.as_str(),
                t.task,
            )
        })
        .collect();
    let d = |s: &str| Some(s.to_owned());
    use Comparator::{Approx, Eq, Ge};
    use Measure::{Growth, Level};
    assert_eq!(
        got,
        [
            ("地区生产总值", Growth, Approx, d("6.5"), "%", Some(0)),
            ("一般公共预算收入", Growth, Eq, d("5"), "%", Some(1)),
            ("实施重点项目", Level, Ge, d("120"), "个", Some(2)),
            ("投资", Level, Eq, d("150"), "亿元", Some(2)),
            ("社会消费品零售总额", Growth, Eq, d("8"), "%", Some(3)),
            // the footnote mark ① is not part of the statement
            ("粮食播种面积", Level, Ge, d("80"), "万亩", Some(4)),
            ("新建高标准农田", Level, Eq, d("3"), "万亩", Some(5)),
        ]
    );
    assert!(l.document().targets.iter().all(|t| t.year == Some(2024)));
}

/// Unnumbered paragraphs with a duty line under them, and an item that assigns units
/// of its own over items that assign theirs.
const NESTED: &str = "关于分解落实2023年市政府工作报告主要目标任务的通知
一、经济发展目标
全市地区生产总值增长6%以上，规模以上工业增加值增长7%。
责任单位：市发展改革委、市统计局
二、重点任务
（1）加快重大项目建设。牵头单位：市发展改革委；配合单位：市交通运输局
（2）优化营商环境。市政务服务管理局牵头，市司法局配合。
① 深化“放管服”改革，6月底前完成事项清理。责任单位：市委编办
② 推进“一网通办”，每月5日前报送进展。责任单位：市大数据局
";

#[test]
fn an_item_over_items_keeps_its_own_units() {
    let l = Ledger::parse(NESTED);
    let got = shape(&l);
    use Role::{Cooperating as C, Lead as L, Responsible as R};
    assert_eq!(
        got,
        [
            (None, vec!["一"], vec![("市发展改革委", R), ("市统计局", R)]),
            (
                Some(1),
                vec!["二"],
                vec![("市发展改革委", L), ("市交通运输局", C)]
            ),
            (
                Some(2),
                vec!["二"],
                vec![("市政务服务管理局", L), ("市司法局", C)]
            ),
            (Some(1), vec!["二", "（2）"], vec![("市委编办", R)]),
            (Some(2), vec!["二", "（2）"], vec![("市大数据局", R)]),
        ]
    );
    let texts: Vec<&str> = l.tasks().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts[2], "优化营商环境。");
    // tasks never overlap
    assert!(
        l.tasks()
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
}

/// The number under the title, the closing lines and the printed foot of a notice.
const FOOT: &str = "市人民政府办公室关于印发2022年重点工作任务分解的通知
荆府办发〔2022〕5号
1.地区生产总值增长7%。（牵头单位：市发改委）
2.新增城镇就业3万人。（牵头单位：市人社局）
各牵头单位要高度重视，于每季度末报送进展情况。
（此件公开发布）
抄送：市委办公室，市人大常委会办公室。
市人民政府办公室    2022年2月28日印发
";

#[test]
fn the_number_under_the_title_and_the_printed_foot() {
    let l = Ledger::parse(FOOT);
    let meta = &l.document().meta;
    let number = meta.doc_number.as_ref().unwrap();
    assert_eq!(number.value, "荆府办发〔2022〕5号");
    assert_eq!(&FOOT[number.span.range()], "荆府办发〔2022〕5号");
    let signed = meta.signed.as_ref().unwrap();
    assert_eq!(signed.value.to_string(), "2022-02-28");
    assert_eq!(&FOOT[signed.span.range()], "2022年2月28日");
    let texts: Vec<&str> = l.tasks().iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["地区生产总值增长7%。", "新增城镇就业3万人。"]);
    let last = &l.tasks()[1];
    assert_eq!(
        &FOOT[last.span.range()],
        "2.新增城镇就业3万人。（牵头单位：市人社局）"
    );
}

/// A notice laid out as a table, one row per line, cells set apart by tabs.
const TABLE: &str = "2023年政府工作报告重点任务分解表
一、经济发展
序号\t工作任务\t牵头单位\t责任单位\t完成时限
1\t地区生产总值增长6%左右\t市发改委\t市统计局\t2023年12月底
2\t新建5G基站1000个\t市工信局*\t市通信发展办、各县区政府\t10月底前
3\t新增城镇就业2万人\t市人社局\t\t年底前
各牵头单位要于每季度末报送进展情况。
";

#[test]
fn a_table_of_tasks() {
    let l = Ledger::parse(TABLE);
    use Role::{Lead as L, Responsible as R};
    assert_eq!(
        shape(&l),
        [
            (Some(1), vec!["一"], vec![("市发改委", L), ("市统计局", R)]),
            (
                Some(2),
                vec!["一"],
                vec![("市工信局", L), ("市通信发展办", R), ("各县区政府", R)]
            ),
            (Some(3), vec!["一"], vec![("市人社局", L)]),
        ]
    );
    let t = &l.tasks()[1];
    assert_eq!(t.text, "新建5G基站1000个");
    assert_eq!(
        &TABLE[t.span.range()],
        "2\t新建5G基站1000个\t市工信局*\t市通信发展办、各县区政府\t10月底前"
    );
    let deadlines: Vec<&str> = l
        .tasks()
        .iter()
        .flat_map(|t| &t.deadlines)
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(deadlines, ["2023年12月底", "10月底前", "年底前"]);
    // the targets of the rows, in the year of the title
    let targets: Vec<(&str, Measure, Option<String>, Option<usize>)> = l
        .document()
        .targets
        .iter()
        .map(|t| {
            (
                t.indicator.as_str(),
                t.measure,
                t.value.map(|v| v.to_string()),
                t.task,
            )
        })
        .collect();
    assert_eq!(
        targets,
        [
            (
                "地区生产总值",
                Measure::Growth,
                Some("6".to_owned()),
                Some(0)
            ),
            (
                "新建5G基站",
                Measure::Level,
                Some("1000".to_owned()),
                Some(1)
            ),
            (
                "新增城镇就业",
                Measure::Level,
                Some("2".to_owned()),
                Some(2)
            ),
        ]
    );
    assert!(l.document().targets.iter().all(|t| t.year == Some(2023)));
}

#[test]
fn a_table_with_bars() {
    let text = "| 序号 | 重点工作 | 牵头部门 | 配合部门 |\n| 1 | 推进老旧小区改造 | 市住建局 | 市财政局 |\n| 2 | 建设口袋公园20个 | 市城管局 | 各区政府 |\n";
    let l = Ledger::parse(text);
    use Role::{Cooperating as C, Lead as L};
    assert_eq!(
        shape(&l),
        [
            (Some(1), vec![], vec![("市住建局", L), ("市财政局", C)]),
            (Some(2), vec![], vec![("市城管局", L), ("各区政府", C)]),
        ]
    );
}

/// A published page: breadcrumbs, font and print controls, a source line with a view
/// count, and links to the next and previous pages after the text.
const PAGE: &str = "首页 > 政务公开 > 政府文件
【字体：大 中 小】 【打印】 【关闭】
来源：市政府办公室  浏览次数：1234  发布时间：2023-03-10
关于印发2023年重点工作任务分解方案的通知
1．推进产业升级。（牵头单位：市发改委）
2．推进城市更新。（牵头单位：市住建局）
【打印本页】【关闭窗口】
上一篇：关于做好春耕生产的通知
下一篇：关于印发应急预案的通知
";

#[test]
fn the_chrome_of_a_published_page() {
    let l = Ledger::parse(PAGE);
    let meta = &l.document().meta;
    assert_eq!(meta.issuer.as_ref().unwrap().value, "市政府办公室");
    assert_eq!(meta.date.as_ref().unwrap().value.to_string(), "2023-03-10");
    assert_eq!(
        meta.title.as_ref().unwrap().value,
        "关于印发2023年重点工作任务分解方案的通知"
    );
    let spans: Vec<&str> = l.tasks().iter().map(|t| &PAGE[t.span.range()]).collect();
    assert_eq!(
        spans,
        [
            "1．推进产业升级。（牵头单位：市发改委）",
            "2．推进城市更新。（牵头单位：市住建局）"
        ]
    );
    assert!(l.diagnostics().is_empty());
}
