//! Edge cases of the ledger grammar, written in the style of real notices.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use mubiao_grammar::parse_document;
use mubiao_model::{Code, Document, MarkerStyle, Role, Severity, Task};

fn task(doc: &Document, number: u32) -> &Task {
    doc.tasks
        .iter()
        .find(|t| t.ordinal == Some(number))
        .unwrap_or_else(|| panic!("no task {number} in {:#?}", doc.tasks))
}

fn units(t: &Task) -> Vec<&str> {
    t.units()
}

fn lead(t: &Task) -> Vec<&str> {
    t.lead().collect()
}

fn numbers(doc: &Document) -> Vec<Option<u32>> {
    doc.tasks.iter().map(|t| t.ordinal).collect()
}

fn codes(doc: &Document) -> Vec<Code> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

// --- duty styles ---------------------------------------------------------------

#[test]
fn trailing_block_ascii_and_full_width_read_alike() {
    let ascii = "22、地区生产总值增长13.5%。(责任单位:市发改委及各经济主管部门)\n";
    let wide = "22、地区生产总值增长13.5%。（责任单位：市发改委及各经济主管部门）\n";
    for text in [ascii, wide] {
        let doc = parse_document(text);
        let t = task(&doc, 22);
        assert_eq!(units(t), ["市发改委", "各经济主管部门"]);
        assert!(lead(t).is_empty());
        assert_eq!(t.text, "地区生产总值增长13.5%。");
        assert_eq!(t.text_span.get(text), Some("地区生产总值增长13.5%。"));
        assert_eq!(t.span.start, 0);
        assert!(
            t.span.get(text).unwrap().ends_with("主管部门)")
                || t.span.get(text).unwrap().ends_with("主管部门）")
        );
    }
}

#[test]
fn full_width_dot_markers() {
    let text =
        "１．加大帮扶力度。\n牵头单位：市工业和信息化局\n２．加快结构调整。\n牵头单位：市发改委\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(1), Some(2)]);
    assert_eq!(task(&doc, 2).label.as_deref(), Some("２"));
    assert_eq!(lead(task(&doc, 2)), ["市发改委"]);
}

#[test]
fn lines_of_labels_lead_responsible_cooperating_assisting() {
    let text = "5.完善集聚区升级晋位考核办法。\n牵头单位:市发改委\n责任单位:高新区管委会、新城区管委会,相关县(市、区)政府\n配合单位:市统计局\n协办单位:市财政局\n";
    let doc = parse_document(text);
    let t = task(&doc, 5);
    let roles: Vec<(&str, Role)> = t
        .duties
        .iter()
        .map(|d| (d.unit.name.as_str(), d.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("市发改委", Role::Lead),
            ("高新区管委会", Role::Responsible),
            ("新城区管委会", Role::Responsible),
            ("相关县(市、区)政府", Role::Responsible),
            ("市统计局", Role::Cooperating),
            ("市财政局", Role::Cooperating),
        ]
    );
    assert_eq!(
        t.span.get(text).map(|s| s.ends_with("市财政局")),
        Some(true)
    );
}

#[test]
fn lead_for_assessment_label() {
    let doc = parse_document("3.招商引资总额增长35%。\n牵头考核单位:市招商局\n责任单位:各区政府\n");
    assert_eq!(lead(task(&doc, 3)), ["市招商局"]);
    assert_eq!(units(task(&doc, 3)), ["市招商局", "各区政府"]);
}

#[test]
fn star_marks_the_lead_in_either_width() {
    let doc = parse_document(
        "184、加强社区建设(责任单位:市社管办*、市民政局)。\n185、完善应急管理（责任单位：市政府办公室＊、各县（市）区人民政府）；\n",
    );
    assert_eq!(lead(task(&doc, 184)), ["市社管办"]);
    assert_eq!(units(task(&doc, 184)), ["市社管办", "市民政局"]);
    assert_eq!(lead(task(&doc, 185)), ["市政府办公室"]);
    assert_eq!(
        units(task(&doc, 185)),
        ["市政府办公室", "各县（市）区人民政府"]
    );
}

#[test]
fn lead_marked_by_words_in_parentheses() {
    let doc = parse_document("7.加快发展现代服务业。(责任单位:市发改委(牵头)、市商务局)\n");
    assert_eq!(lead(task(&doc, 7)), ["市发改委"]);
    assert_eq!(units(task(&doc, 7)), ["市发改委", "市商务局"]);
}

#[test]
fn nested_parentheses_stay_inside_names() {
    let doc = parse_document(
        "1.推进统筹城乡发展。(责任单位:各县(市、区)政府、各县(市)区人民政府、市发改委)\n",
    );
    assert_eq!(
        units(task(&doc, 1)),
        ["各县(市、区)政府", "各县(市)区人民政府", "市发改委"]
    );
}

#[test]
fn ji_and_he_split_only_between_units() {
    let doc = parse_document(
        "1、生产总值达到1000亿元以上。(责任单位:市发改委、财政局、国税局、地税局及各经济主管部门)\n\
         2、推进就业。(责任单位:市人力资源和社会保障局和市住房和城乡建设局)\n\
         3、机关保障。(责任单位:市委市政府机关事务管理局)\n",
    );
    assert_eq!(
        units(task(&doc, 1)),
        ["市发改委", "财政局", "国税局", "地税局", "各经济主管部门"]
    );
    assert_eq!(
        units(task(&doc, 2)),
        ["市人力资源和社会保障局", "市住房和城乡建设局"]
    );
    assert_eq!(units(task(&doc, 3)), ["市委市政府机关事务管理局"]);
}

#[test]
fn verbs_name_roles() {
    let doc = parse_document(
        "8.建设智慧城市(市发改委牵头,市工业和信息化局、市财政局配合)。\n9.做好人口普查(由市统计局负责)。\n",
    );
    let t = task(&doc, 8);
    let roles: Vec<(&str, Role)> = t
        .duties
        .iter()
        .map(|d| (d.unit.name.as_str(), d.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("市发改委", Role::Lead),
            ("市工业和信息化局", Role::Cooperating),
            ("市财政局", Role::Cooperating)
        ]
    );
    assert_eq!(units(task(&doc, 9)), ["市统计局"]);
    assert_eq!(task(&doc, 9).duties[0].role, Role::Responsible);
}

#[test]
fn several_labels_in_one_block() {
    let doc = parse_document(
        "4.筹建综合楼(牵头单位:市委市政府机关事务管理局;责任单位:市城乡规划局、新城区管委会)\n",
    );
    let t = task(&doc, 4);
    assert_eq!(lead(t), ["市委市政府机关事务管理局"]);
    assert_eq!(
        units(t),
        ["市委市政府机关事务管理局", "市城乡规划局", "新城区管委会"]
    );
}

#[test]
fn labels_in_brackets_and_labels_with_spaces() {
    let doc = parse_document(
        "2.启动新址建设。\n【牵头单位】市委党校\n【责任单位】市城乡规划局、市国土资源局\n3.完成升级改造。\n牵头单位  市体育局\n",
    );
    assert_eq!(lead(task(&doc, 2)), ["市委党校"]);
    assert_eq!(
        units(task(&doc, 2)),
        ["市委党校", "市城乡规划局", "市国土资源局"]
    );
    assert_eq!(lead(task(&doc, 3)), ["市体育局"]);
}

#[test]
fn trailing_deng_is_not_part_of_a_name() {
    let doc = parse_document("6.治理大气污染。(责任单位:市环保局、市住建委等)\n");
    assert_eq!(units(task(&doc, 6)), ["市环保局", "市住建委"]);
}

#[test]
fn a_reference_in_place_of_units_is_kept_as_a_reference() {
    let text = "54、坚持办好“十件实事”。(责任单位:另见《关于分解落实2012年市政府“十件实事”相关责任的通知》(鄂州政办发〔2012〕4号))\n";
    let doc = parse_document(text);
    let t = task(&doc, 54);
    assert!(t.units().is_empty());
    assert_eq!(t.references.len(), 1);
    assert_eq!(
        t.references[0].title.as_deref(),
        Some("关于分解落实2012年市政府“十件实事”相关责任的通知")
    );
    assert_eq!(
        t.references[0].doc_number.as_deref(),
        Some("鄂州政办发〔2012〕4号")
    );
    assert_eq!(
        t.references[0].span.get(text),
        Some("另见《关于分解落实2012年市政府“十件实事”相关责任的通知》(鄂州政办发〔2012〕4号)")
    );
}

#[test]
fn bare_unit_list_at_the_end_of_a_task() {
    let doc = parse_document(
        "12.推进城市综合执法(市城管局、市公安局)\n13.建设博物馆、大剧院(含音乐厅)\n(责任单位:市文化局)\n",
    );
    assert_eq!(units(task(&doc, 12)), ["市城管局", "市公安局"]);
    assert_eq!(units(task(&doc, 13)), ["市文化局"]);
}

#[test]
fn person_labels_name_no_unit_and_deadline_labels_are_kept() {
    let text =
        "10.完成东沟大桥建设。\n牵头单位:市交通运输局\n责任领导:张某某\n完成时限:2013年10月底前\n";
    let doc = parse_document(text);
    let t = task(&doc, 10);
    assert_eq!(units(t), ["市交通运输局"]);
    assert!(!t.text.contains("张某某"));
}

// --- outline ---------------------------------------------------------------------

#[test]
fn heading_and_first_task_on_one_line() {
    let text = "三、关于政府自身建设\n(一)深入解放思想,建设创新型政府。210、坚持把改革创新贯穿于工作全过程(责任单位:市政府办公室)。\n";
    let doc = parse_document(text);
    let t = task(&doc, 210);
    assert_eq!(t.path, ["三", "(一)"]);
    assert_eq!(t.text, "坚持把改革创新贯穿于工作全过程");
    assert_eq!(
        doc.outline[0].children[0].title,
        "深入解放思想,建设创新型政府"
    );
}

#[test]
fn run_in_tasks_on_one_line() {
    let text = "(二)优化行政服务。212、加快转变政府职能(责任单位:市编办、市政府办公室)。213、推进阳光新政(责任单位:市监察局)。214、建立行政责任体系(责任单位:市监察局、市政府办公室)。\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(212), Some(213), Some(214)]);
    assert_eq!(units(task(&doc, 212)), ["市编办", "市政府办公室"]);
    assert_eq!(units(task(&doc, 213)), ["市监察局"]);
    assert_eq!(
        task(&doc, 213).span.get(text),
        Some("213、推进阳光新政(责任单位:市监察局)")
    );
    assert!(
        doc.tasks
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start)
    );
}

#[test]
fn levels_follow_first_use_not_a_table() {
    // a notice that puts 1. on top and (一) below it
    let text = "1.工业经济\n(一)加快技改。(责任单位:市经信委)\n(二)扩大投资。(责任单位:市发改委)\n2.农业经济\n(一)稳定粮食生产。(责任单位:市农委)\n";
    let doc = parse_document(text);
    assert_eq!(doc.tasks.len(), 3);
    // (一) starts again under 2.: the number tells the tasks apart no more, their
    // place does — the label joins the path and the task carries no number
    assert_eq!(doc.tasks[0].path, ["1", "(一)"]);
    assert_eq!(doc.tasks[2].path, ["2", "(一)"]);
    assert_eq!(numbers(&doc), [None, None, None]);
    assert_eq!(doc.tasks[2].label.as_deref(), Some("(一)"));
    assert_eq!(doc.outline.len(), 2);
    assert_eq!(doc.outline[1].style, MarkerStyle::Arabic);
}

#[test]
fn an_excerpt_that_starts_mid_list() {
    let text = "189、完善防灾救灾体系(责任单位:市民政局*、市国土资源局)。\n190、加强社会治安综合治理(责任单位:市综治办、市公安局)。\n(七)着力保障和改善民生\n191、千方百计扩大就业(责任单位:市人力资源和社会保障局*、市经信委)。\n";
    let doc = parse_document(text);
    assert!(task(&doc, 189).path.is_empty());
    assert!(task(&doc, 190).path.is_empty());
    assert_eq!(task(&doc, 191).path, ["(七)"]);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn circled_and_parenthesised_arabic_tasks() {
    let doc = parse_document(
        "(一)扩大内需\n①加快项目建设(责任单位:市发改委)\n②促进消费(责任单位:市商务局)\n",
    );
    assert_eq!(numbers(&doc), [Some(1), Some(2)]);
    assert_eq!(task(&doc, 2).label.as_deref(), Some("②"));
    assert_eq!(task(&doc, 2).path, ["(一)"]);
    let doc = parse_document(
        "一、稳增长\n（1）工业增加值增长12%。（责任单位：市经信委）\n（2）投资增长20%。（责任单位：市发改委）\n",
    );
    assert_eq!(task(&doc, 2).path, ["一"]);
    assert_eq!(task(&doc, 2).style, Some(MarkerStyle::ArabicParen));
}

#[test]
fn articles_as_tasks() {
    let doc = parse_document(
        "第一条 加强目标管理。(责任单位:市目标办)\n第二条 严格考核。(责任单位:市考核办)\n",
    );
    assert_eq!(numbers(&doc), [Some(1), Some(2)]);
    assert_eq!(task(&doc, 2).label.as_deref(), Some("第二条"));
}

#[test]
fn unnumbered_paragraphs_that_carry_duties_are_tasks() {
    let text = "(一)调整优化存量\n加大帮扶力度,搭建服务平台。(责任单位:市工业和信息化局)\n加快产业产品结构调整。\n牵头单位:市发改委\n责任单位:市商务局\n";
    let doc = parse_document(text);
    assert_eq!(doc.tasks.len(), 2);
    assert_eq!(doc.tasks[0].ordinal, None);
    assert_eq!(doc.tasks[0].path, ["(一)"]);
    assert_eq!(doc.tasks[0].text, "加大帮扶力度,搭建服务平台。");
    assert_eq!(doc.tasks[1].text, "加快产业产品结构调整。");
    assert_eq!(doc.tasks[1].lead().collect::<Vec<_>>(), ["市发改委"]);
    assert_eq!(doc.tasks[1].units(), ["市发改委", "市商务局"]);
}

#[test]
fn a_task_runs_over_paragraphs_until_its_duties() {
    let text = "1.推进工业转型。\n重点抓好项目建设。\n(责任单位:市发改委)\n2.扩大开放。(责任单位:市商务局)\n";
    let doc = parse_document(text);
    let t = task(&doc, 1);
    assert_eq!(t.text, "推进工业转型。\n重点抓好项目建设。");
    assert_eq!(units(t), ["市发改委"]);
}

#[test]
fn notice_body_items_without_duties_are_not_tasks() {
    let text = "各区人民政府:\n一、加强领导、明确目标。各级政府要切实加强领导。\n二、强化责任、狠抓落实。各责任单位要制订方案。\n附:《主要工作目标分解落实意见》\n一、主要目标\n(一)预期目标\n1、生产总值达到1000亿元以上。(责任单位:市发改委)\n2、城镇化率达到70%。(责任单位:市统筹办)\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(1), Some(2)]);
    assert_eq!(task(&doc, 1).path, ["一", "(一)"]);
    assert_eq!(codes(&doc), [Code::NumberingRestart]);
    assert_eq!(doc.diagnostics[0].severity, Severity::Info);
}

// --- ends of lists -----------------------------------------------------------------

#[test]
fn closing_paragraph_and_signature_are_not_part_of_the_last_task() {
    let text = "96.搞好第三次经济普查。\n望各牵头单位和责任单位抓紧制定实施意见,认真组织落实。\n2013年3月2日";
    let doc = parse_document(text);
    let t = task(&doc, 96);
    assert_eq!(t.span.get(text), Some("96.搞好第三次经济普查。"));
    assert_eq!(
        doc.meta
            .signed
            .as_ref()
            .map(|d| d.value.to_string())
            .as_deref(),
        Some("2013-03-02")
    );
}

#[test]
fn closing_paragraph_after_a_task_with_duties() {
    let text = "96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n望各牵头单位和责任单位抓紧制定实施意见。具体落实情况请于每月5日前报送市督查局。\n";
    let doc = parse_document(text);
    let t = task(&doc, 96);
    assert!(t.span.get(text).unwrap().ends_with("各县(市、区)政府"));
    assert_eq!(units(t), ["市统计局", "各县(市、区)政府"]);
}

#[test]
fn page_chrome_is_not_content() {
    let text = "1.完善医疗卫生服务体系。\n牵头单位:市卫生局\n \n扫一扫在手机上查看当前页面\n分享到:\n0\n?打印本页?? ?关闭?? ?返回顶部\n";
    let doc = parse_document(text);
    assert_eq!(doc.tasks.len(), 1);
    assert!(doc.tasks[0].span.get(text).unwrap().ends_with("市卫生局"));
}

// --- diagnostics -------------------------------------------------------------------

#[test]
fn numbering_gap_and_repeat() {
    let text = "5、加快发展。(责任单位:市发改委)\n7、扩大开放。(责任单位:市商务局)\n7、优化环境。(责任单位:市环保局)\n";
    let doc = parse_document(text);
    assert_eq!(codes(&doc), [Code::NumberingGap, Code::NumberingRepeat]);
    assert_eq!(doc.diagnostics[0].span.get(text), Some("7、"));
    assert_eq!(doc.diagnostics[0].message, "`7` follows 5: 6 missing");
    assert_eq!(doc.tasks.len(), 3);
}

#[test]
fn numbering_runs_on_across_headings() {
    let text = "(一)工业\n1.技改。(责任单位:市经信委)\n2.投资。(责任单位:市发改委)\n(二)农业\n3.粮食。(责任单位:市农委)\n5.水利。(责任单位:市水利局)\n";
    let doc = parse_document(text);
    assert_eq!(codes(&doc), [Code::NumberingGap]);
    assert_eq!(doc.diagnostics[0].span.get(text), Some("5."));
}

#[test]
fn empty_duty_block_is_reported_and_names_nothing() {
    let text = "1.加强管理。(责任单位:)\n2.强化考核。(责任单位:市目标办)\n";
    let doc = parse_document(text);
    assert_eq!(codes(&doc), [Code::EmptyDuty]);
    assert_eq!(doc.diagnostics[0].span.get(text), Some("责任单位:"));
    assert!(task(&doc, 1).units().is_empty());
    assert_eq!(units(task(&doc, 2)), ["市目标办"]);
}

#[test]
fn unclosed_parenthesis_is_reported_and_units_still_read() {
    let text = "1.加强管理(责任单位:市民政局、市财政局\n2.强化考核。(责任单位:市目标办)\n";
    let doc = parse_document(text);
    assert_eq!(codes(&doc), [Code::UnclosedParen]);
    assert_eq!(units(task(&doc, 1)), ["市民政局", "市财政局"]);
}

// --- header --------------------------------------------------------------------------

#[test]
fn header_fields_of_a_notice_page() {
    let text = "市人民政府办公室关于印发《主要工作目标分解落实意见》的通知\n\n索  引  号: 011217651/2012-14442 文      号: 鄂州政办发〔2012〕6号\n发布机构 : 鄂州市政府 发布日期: 2012年03月02日\n信息分类 : 鄂州政办发 有效性: 有效\n\n各区人民政府:\n";
    let doc = parse_document(text);
    let m = &doc.meta;
    assert_eq!(
        m.title.as_ref().map(|t| t.value.as_str()),
        Some("市人民政府办公室关于印发《主要工作目标分解落实意见》的通知")
    );
    assert_eq!(
        m.index_number.as_ref().map(|t| t.value.as_str()),
        Some("011217651/2012-14442")
    );
    let number = m.doc_number.as_ref().unwrap();
    assert_eq!(number.value, "鄂州政办发〔2012〕6号");
    assert_eq!(number.span.get(text), Some("鄂州政办发〔2012〕6号"));
    assert_eq!(
        m.issuer.as_ref().map(|t| t.value.as_str()),
        Some("鄂州市政府")
    );
    assert_eq!(
        m.date.as_ref().map(|d| d.value.to_string()).as_deref(),
        Some("2012-03-02")
    );
    assert_eq!(
        m.date.as_ref().and_then(|d| d.span.get(text)),
        Some("2012年03月02日")
    );
    assert_eq!(m.year(), Some(2012));
}

#[test]
fn header_as_a_table_and_glued_fields() {
    let doc = parse_document(
        "文号 | 平政办〔2013〕11号 | 索引号 | 005452065/2013-00024 | 关键词 | |\n主题分类 | 政府办文件 | 体裁分类 | 服务对象 |\n",
    );
    assert_eq!(
        doc.meta.doc_number.as_ref().map(|t| t.value.as_str()),
        Some("平政办〔2013〕11号")
    );
    assert_eq!(
        doc.meta.index_number.as_ref().map(|t| t.value.as_str()),
        Some("005452065/2013-00024")
    );
    let doc = parse_document("2012年政府工作报告(摘要)\n\n发布日期:2012-02-13信息来源:区政府办\n");
    assert_eq!(
        doc.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("2012年政府工作报告(摘要)")
    );
    assert_eq!(
        doc.meta
            .date
            .as_ref()
            .map(|d| d.value.to_string())
            .as_deref(),
        Some("2012-02-13")
    );
    assert_eq!(
        doc.meta.issuer.as_ref().map(|t| t.value.as_str()),
        Some("区政府办")
    );
}

#[test]
fn header_dates_in_slash_and_dot_forms() {
    let doc = parse_document("发布日期：2012/03/02\n成文日期：2012.01.17\n");
    assert_eq!(
        doc.meta
            .date
            .as_ref()
            .map(|d| d.value.to_string())
            .as_deref(),
        Some("2012-03-02")
    );
    assert_eq!(
        doc.meta
            .signed
            .as_ref()
            .map(|d| d.value.to_string())
            .as_deref(),
        Some("2012-01-17")
    );
}

#[test]
fn placeholder_values_and_empty_fields_are_none() {
    let doc = parse_document(
        "名  称: 2012年政府工作报告 发布机构: 系统管理员\n文  号: 索 引 号: 2013-0000035\n公开日期: 2013年02月01日 公开方式: zhudong\n",
    );
    assert_eq!(doc.meta.issuer, None);
    assert_eq!(doc.meta.doc_number, None);
    assert_eq!(
        doc.meta.index_number.as_ref().map(|t| t.value.as_str()),
        Some("2013-0000035")
    );
    assert_eq!(
        doc.meta.title.as_ref().map(|t| t.value.as_str()),
        Some("2012年政府工作报告")
    );
}

#[test]
fn signature_in_chinese_numerals() {
    let text = "各区人民政府:\n一、加强领导。各级政府要加强领导。\n\n                二〇一二年一月十七日\n";
    let doc = parse_document(text);
    let signed = doc.meta.signed.as_ref().unwrap();
    assert_eq!(signed.value.to_string(), "2012-01-17");
    assert_eq!(signed.span.get(text), Some("二〇一二年一月十七日"));
}

// --- line ends ----------------------------------------------------------------------

#[test]
fn crlf_reads_like_lf() {
    let lf = "1.加大帮扶力度。\n牵头单位:市工业和信息化局\n责任单位:市发改委\n";
    let crlf = lf.replace('\n', "\r\n");
    let a = parse_document(lf);
    let b = parse_document(&crlf);
    assert_eq!(units(&a.tasks[0]), units(&b.tasks[0]));
    assert_eq!(b.tasks[0].text, "加大帮扶力度。");
    assert_eq!(b.tasks[0].duties[1].unit.span.get(&crlf), Some("市发改委"));
}

#[test]
fn nothing_in_nothing_out() {
    for text in ["", "\n\n", "   ", "政府工作报告"] {
        let doc = parse_document(text);
        assert!(doc.tasks.is_empty());
        assert!(doc.diagnostics.is_empty());
    }
}

// --- the genre's forms beyond the seeds ---------------------------------------

#[test]
fn a_lead_rule_stated_in_the_first_block_holds_for_the_whole_document() {
    // 浙政发〔2025〕10号, as pdftotext lays it out: the rule cut by a line wrap, a page
    // footer and a form feed inside the first task
    let text = "     二、打造高能级万亿产业生态\n     （一）打造产业集群高地。力争打造３家千亿级龙头\n —２—\n\u{0C}企业。（责任单位：省经信厅、省发展改革委、省科技厅。列第一\n位的为牵头单位，下同）\n    （二）加强优质企业引育。落实有关支持政策。（责任单位：省经信厅、省发展改革\n委，各市、县〔市、区〕政府）\n    （三）加大金融资本支持。（责任单位：省财政厅）\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(1), Some(2), Some(3)]);
    assert_eq!(lead(&doc.tasks[0]), ["省经信厅"]);
    assert_eq!(
        units(&doc.tasks[0]),
        ["省经信厅", "省发展改革委", "省科技厅"]
    );
    assert_eq!(lead(&doc.tasks[1]), ["省经信厅"]);
    assert_eq!(
        units(&doc.tasks[1]),
        ["省经信厅", "省发展改革委", "各市、县〔市、区〕政府"]
    );
    // a single unit is its own lead
    assert_eq!(lead(&doc.tasks[2]), ["省财政厅"]);
    // the task's text leaves the page footer and the line ends out
    assert_eq!(
        doc.tasks[0].text,
        "打造产业集群高地。力争打造３家千亿级龙头企业。"
    );
    assert_eq!(doc.tasks[0].path, ["二"]);
    // a unit cut by a line wrap: its span is the true range, its name is joined
    let unit = &doc.tasks[1].duties[1].unit;
    assert_eq!(unit.name, "省发展改革委");
    assert_eq!(unit.span.get(text), Some("省发展改革\n委"));
}

#[test]
fn a_lead_rule_stated_in_the_opening() {
    let text = "各单位：\n注：各项任务中排在第一位的为牵头单位。\n1.推进改革。（责任单位：市发改委、市财政局）\n2.扩大开放。（责任单位：市商务局）\n";
    let doc = parse_document(text);
    assert_eq!(lead(&doc.tasks[0]), ["市发改委"]);
    assert_eq!(lead(&doc.tasks[1]), ["市商务局"]);
}

#[test]
fn without_a_rule_the_first_unit_is_no_lead() {
    let doc = parse_document("1.推进改革。（责任单位：市发改委、市财政局）\n");
    assert!(lead(&doc.tasks[0]).is_empty());
}

#[test]
fn units_named_by_their_role_stay_whole() {
    let doc = parse_document(
        "1.建设算力网络。（责任单位：省人工智能工作专班牵头单位、省推进数字经济专项工作组成员单位）\n",
    );
    assert_eq!(
        units(&doc.tasks[0]),
        [
            "省人工智能工作专班牵头单位",
            "省推进数字经济专项工作组成员单位"
        ]
    );
}

#[test]
fn headings_with_run_in_text_numbered_again_in_each_part() {
    // 浙数字办〔2025〕2号: (一)… under 二、 and (一)… again under 三、
    let text = "二、任务分工\n（一）医疗健康。依托国家平台建设数据集。（牵头单位：省卫生健康委）\n（二）海洋经济。建设海洋数据库。（牵头单位：省海洋经济厅）\n三、保障措施\n（一）强化组织推进。（责任单位：省数据局、各行业主管部门）\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [None, None, None]);
    let paths: Vec<&[String]> = doc.tasks.iter().map(|t| t.path.as_slice()).collect();
    assert_eq!(
        paths,
        [["二", "（一）"], ["二", "（二）"], ["三", "（一）"]]
    );
    assert_eq!(doc.tasks[0].text, "医疗健康。依托国家平台建设数据集。");
    assert_eq!(lead(&doc.tasks[1]), ["省海洋经济厅"]);
}

#[test]
fn numbering_that_starts_again_in_an_annex_keeps_its_numbers() {
    let text = "1.推进改革。（责任单位：市发改委）\n2.扩大开放。（责任单位：市商务局）\n附件\n民生实事\n1.新建学校3所。（牵头单位：市教育局）\n2.新增床位500张。（牵头单位：市卫健委）\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(1), Some(2), Some(1), Some(2)]);
    assert_eq!(lead(&doc.tasks[3]), ["市卫健委"]);
}

#[test]
fn duties_inside_the_sentence_before_its_full_stop() {
    // 内蒙古 2026, 附件 自治区民生实事
    let doc = parse_document(
        "1.提高城乡居民养老保险基础养老金标准（牵头单位：人社厅、财政厅）。\n2.新建改建农村公路（牵头单位：交通运输厅）。\n",
    );
    assert_eq!(lead(&doc.tasks[0]), ["人社厅", "财政厅"]);
    assert_eq!(doc.tasks[1].text, "新建改建农村公路");
}

#[test]
fn a_table_of_one_cell_per_line_from_a_web_page() {
    // 国办发〔2018〕126号 附件, as an HTML table flattened to one cell per line
    let text = "附件\n第二批支持创新相关改革举措推广清单\n序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n一、知识产权保护方面（共2项）\n1\n知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源。\n最高人民法院、最高人民检察院、国家知识产权局\n全国\n2\n专利快速审查、确权、维权一站式服务\n建立知识产权保护中心。\n第二段。\n国家知识产权局\n全国\n二、科技成果转化激励方面（共1项）\n3\n技术经理人全程参与的科技成果转化服务模式\n培养技术经理人。\n科技部\n8个改革试验区域\n";
    let doc = parse_document(text);
    assert_eq!(numbers(&doc), [Some(1), Some(2), Some(3)]);
    let paths: Vec<&[String]> = doc.tasks.iter().map(|t| t.path.as_slice()).collect();
    assert_eq!(paths, [["一"], ["一"], ["二"]]);
    assert_eq!(
        units(&doc.tasks[0]),
        ["最高人民法院", "最高人民检察院", "国家知识产权局"]
    );
    assert_eq!(units(&doc.tasks[1]), ["国家知识产权局"]);
    assert_eq!(
        doc.tasks[2].text,
        "技术经理人全程参与的科技成果转化服务模式"
    );
    assert!(doc.tasks.iter().all(|t| t.lead().next().is_none()));
}
