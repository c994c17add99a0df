//! Duty blocks on lines in the style of real notices: exact units, roles and spans.

use super::*;
use crate::text::Tokens;

/// The blocks of `text` read as one region: each line a piece (a paragraph that
/// wraps), page-number lines left out.
fn read(text: &str) -> (Vec<DutyBlock>, Vec<Diagnostic>) {
    let pieces: Vec<Span> = crate::text::lines(text)
        .filter(|l| l.kind == crate::text::LineKind::Text)
        .map(|l| l.span)
        .collect();
    let mut t = Tokens::default();
    t.read_pieces(text, &pieces);
    let span = Span::new(
        pieces.first().map_or(0, |p| p.start),
        pieces.last().map_or(0, |p| p.end),
    );
    let r = Region::new(text, span, &t);
    let mut d = Vec::new();
    let b = blocks(&r, &Lexicon::default(), &mut d);
    (b, d)
}

fn units(line: &str) -> Vec<(String, Role)> {
    read(line)
        .0
        .into_iter()
        .flat_map(|b| b.duties)
        .map(|d| (d.unit.name, d.role))
        .collect()
}

fn names(line: &str) -> Vec<String> {
    units(line).into_iter().map(|(n, _)| n).collect()
}

fn owned(want: &[(&str, Role)]) -> Vec<(String, Role)> {
    want.iter().map(|&(n, r)| (n.to_owned(), r)).collect()
}

use Role::{Cooperating as C, Lead as L, Responsible as R};

#[test]
fn trailing_block_with_and_and_ji() {
    assert_eq!(
        names("人均水平居全省前列。(责任单位:市发改委、财政局、国税局、地税局及各经济主管部门)"),
        ["市发改委", "财政局", "国税局", "地税局", "各经济主管部门"]
    );
}

#[test]
fn nested_parentheses_in_names() {
    assert_eq!(
        units("提高应对能力(责任单位:市政府办公室*、各县(市)区人民政府);"),
        owned(&[("市政府办公室", L), ("各县(市)区人民政府", R)])
    );
    assert_eq!(
        names("责任单位:市工业和信息化局,相关县(市、区)政府"),
        ["市工业和信息化局", "相关县(市、区)政府"]
    );
}

#[test]
fn full_width() {
    assert_eq!(
        units("（责任单位：市社管办＊、市民政局）。"),
        owned(&[("市社管办", L), ("市民政局", R)])
    );
}

#[test]
fn and_inside_names_is_kept() {
    assert_eq!(
        names("(责任单位:市人力资源和社会保障局、市住房和城乡建设局与市公安局)"),
        ["市人力资源和社会保障局", "市住房和城乡建设局", "市公安局"]
    );
    assert_eq!(
        names("牵头单位:市委市政府机关事务管理局"),
        ["市委市政府机关事务管理局"]
    );
}

#[test]
fn verbs() {
    assert_eq!(
        units("(市发改委牵头,市财政局、市统计局配合)"),
        owned(&[("市发改委", L), ("市财政局", C), ("市统计局", C)])
    );
    assert_eq!(units("（由市民政局负责）"), owned(&[("市民政局", R)]));
    // a role label after 为
    assert_eq!(
        units("（市发改委为牵头单位，市财政局为配合单位）"),
        owned(&[("市发改委", L), ("市财政局", C)])
    );
}

#[test]
fn more_ways_to_write_a_label() {
    let cases: &[(&str, &[(&str, Role)])] = &[
        // bracketed labels run together with the names
        (
            "推进城市更新。【牵头单位】市住建局【配合单位】市自然资源局",
            &[("市住建局", L), ("市自然资源局", C)],
        ),
        // 为 for a colon
        (
            "推进乡村振兴。牵头单位为市农业农村局，配合单位为市财政局。",
            &[("市农业农村局", L), ("市财政局", C)],
        ),
        ("以企业为主体，以市场为导向。", &[]),
        // labels of provincial departments and 责任主体
        ("推进教育发展。责任主体：市教育局", &[("市教育局", R)]),
        (
            "（牵头处室：规划处；配合处室：财务处）",
            &[("规划处", L), ("财务处", C)],
        ),
        // how the units share it, before the verb
        (
            "推进文化建设。（市委宣传部、市文旅局按职责分工负责）",
            &[("市委宣传部", R), ("市文旅局", R)],
        ),
        // people first, then units; people alone name no unit
        (
            "（牵头领导：张三；牵头单位：市卫健委；责任单位：各县市区政府）",
            &[("市卫健委", L), ("各县市区政府", R)],
        ),
        ("（责任领导：张三）", &[]),
    ];
    for (line, want) in cases {
        assert_eq!(units(line), owned(want), "{line}");
    }
}

#[test]
fn a_last_sentence_of_verbs() {
    let line = "社会消费品零售总额增长8%。由县商务局负责，各乡镇配合。";
    let (blocks, _) = read(line);
    assert_eq!(blocks.len(), 1);
    assert_eq!(blocks[0].span, Span::new(38, line.len()));
    let duties: Vec<_> = blocks[0]
        .duties
        .iter()
        .map(|d| (d.unit.name.as_str(), d.role, d.unit.span))
        .collect();
    assert_eq!(
        duties,
        [
            ("县商务局", R, Span::new(41, 53)),
            ("各乡镇", C, Span::new(62, 71)),
        ]
    );
    assert_eq!(
        units("全年实施项目120个。市发改委牵头,市财政局配合"),
        owned(&[("市发改委", L), ("市财政局", C)])
    );
    // sentences of the text: not every clause names units of government
    assert!(units("兜底保障困难群众。由政府负责。").is_empty());
    assert!(units("建立工作专班。办公室负责，各部门配合。").is_empty());
    assert!(units("由市民政局负责。").is_empty());
}

#[test]
fn several_labels_in_one_block() {
    assert_eq!(
        units("(牵头单位:市发改委;责任单位:市财政局;配合单位:市统计局)"),
        owned(&[("市发改委", L), ("市财政局", R), ("市统计局", C)])
    );
    assert_eq!(
        units("牵头单位：市科技局  责任单位：市工商局、市质监局"),
        owned(&[("市科技局", L), ("市工商局", R), ("市质监局", R)])
    );
}

#[test]
fn brackets_and_space_labels() {
    assert_eq!(units("【牵头单位】市教育局"), owned(&[("市教育局", L)]));
    assert_eq!(units("协办单位 市财政局"), owned(&[("市财政局", C)]));
    assert_eq!(units("牵头考核单位:市目标办"), owned(&[("市目标办", L)]));
}

#[test]
fn not_duties() {
    assert!(names("开工建设博物馆、大剧院(含音乐厅)、城市规划馆").is_empty());
    assert!(names("2012年政府工作报告(摘要)").is_empty());
    assert!(names("各县(市、区)人民政府,市人民政府各部门:").is_empty());
    assert!(names("增强责任和大局意识,加强督促检查").is_empty());
    assert!(names("鼓励有条件的地方对研发费用占营业收入比重（人工智能）超过3%的企业。").is_empty());
}

#[test]
fn references_are_not_units() {
    let (b, d) = read("(责任单位:另见《民生工程实施方案》(平政〔2013〕5号))");
    assert_eq!(b.len(), 1);
    assert!(b[0].duties.is_empty());
    assert_eq!(
        b[0].references[0].doc_number.as_deref(),
        Some("平政〔2013〕5号")
    );
    assert!(d.is_empty());
}

#[test]
fn empty_and_unclosed() {
    let (b, d) = read("加强管理(责任单位:)");
    assert_eq!(b.len(), 1);
    assert_eq!(d[0].code, Code::EmptyDuty);
    let line = "加强管理(责任单位:市民政局、市财政局";
    let (b, d) = read(line);
    assert_eq!(b[0].duties.len(), 2);
    assert_eq!(d[0].code, Code::UnclosedParen);
    assert_eq!(d[0].span, Span::new("加强管理".len(), line.len()));
    // brackets left open before ASCII open no block; the labelled one after them does
    let line = "加强管理(2012(a 推进(牵头单位:市民政局";
    let (b, _) = read(line);
    assert_eq!(b.len(), 1);
    assert_eq!(
        b[0].span,
        Span::new("加强管理(2012(a 推进".len(), line.len())
    );
    assert_eq!(b[0].duties[0].unit.name, "市民政局");
    assert_eq!(b[0].duties[0].role, L);
}

#[test]
fn spans_point_at_names() {
    let line = "(责任单位:市社管办*、市民政局)";
    let (b, _) = read(line);
    let d = &b[0].duties;
    assert_eq!(d[0].unit.span.get(line), Some("市社管办"));
    assert_eq!(d[1].unit.span.get(line), Some("市民政局"));
    assert_eq!(b[0].span, Span::new(0, line.len()));
}

#[test]
fn deadline_and_person_labels() {
    let line = "牵头单位:市发改委;责任领导:张三;完成时限:6月底前";
    let (b, _) = read(line);
    assert_eq!(b[0].duties.len(), 1);
    assert_eq!(b[0].deadlines[0].get(line), Some("6月底前"));
}

#[test]
fn bare_list_only_at_line_end() {
    assert_eq!(
        names("推进工作(市发改委、市财政局)"),
        ["市发改委", "市财政局"]
    );
    assert!(names("(市发改委、市财政局)推进工作").is_empty());
}

// the genre's forms beyond the seeds

#[test]
fn a_stated_lead_rule_in_the_first_block() {
    // 浙政发〔2025〕10号: the rule after the list, cut by a line wrap
    let text = "企业。（责任单位：省经信厅、省发展改革委、省科技厅。列第一\n位的为牵头单位，下同）";
    let (b, _) = read(text);
    assert_eq!(b.len(), 1);
    let got: Vec<_> = b[0].duties.iter().map(|d| d.unit.name.as_str()).collect();
    assert_eq!(got, ["省经信厅", "省发展改革委", "省科技厅"]);
    let rule = b[0].rule.unwrap();
    assert_eq!((rule.rule, rule.henceforth), (LeadRule::FirstListed, true));
    assert_eq!(rule.span.get(text), Some("列第一\n位的为牵头单位"));
}

#[test]
fn a_rule_after_verbs() {
    // 国发〔2019〕3号
    let (b, _) = read("（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）");
    assert_eq!(b.len(), 1);
    let got: Vec<_> = b[0]
        .duties
        .iter()
        .map(|d| (d.unit.name.as_str(), d.role))
        .collect();
    assert_eq!(got, [("税务总局", R), ("财政部", R), ("海关总署", R)]);
    assert!(b[0].rule.is_some_and(|r| r.henceforth));
}

#[test]
fn groups_separated_by_commas_and_collectives_after_deng() {
    assert_eq!(
        names("（责任单位：省经信厅、省发展改革\n委，各市、县〔市、区〕政府）"),
        ["省经信厅", "省发展改革委", "各市、县〔市、区〕政府"]
    );
    assert_eq!(
        units("（商务部、海关总署等有关部门负责）"),
        owned(&[("商务部", R), ("海关总署", R), ("有关部门", R)])
    );
    assert_eq!(names("（责任单位：市发改委等单位）"), ["市发改委"]);
}

#[test]
fn a_label_cut_by_a_line_wrap_and_a_page_break() {
    let text = "数据集。（牵头\n                    — 3 —\n\u{0C}单位：省卫生健康委）";
    let (b, _) = read(text);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].duties[0].unit.name, "省卫生健康委");
    assert_eq!(b[0].duties[0].role, L);
    let unit = b[0].duties[0].unit.span;
    assert_eq!(unit.get(text), Some("省卫生健康委"));
}

#[test]
fn more_than_the_duty_in_the_brackets() {
    assert_eq!(
        units("（2024年底前完成，牵头单位：市发改委；配合单位：市财政局）"),
        owned(&[("市发改委", L), ("市财政局", C)])
    );
    assert_eq!(
        units("（牵头单位：市发改委，2024年6月底前）"),
        owned(&[("市发改委", L)])
    );
    assert_eq!(
        units("（责任单位：市发改委，长期坚持）"),
        owned(&[("市发改委", R)])
    );
    assert_eq!(
        units("（10分，责任单位：县教育局）"),
        owned(&[("县教育局", R)])
    );
}

#[test]
fn labelled_lists_with_verbs() {
    // 湖州: a 责任单位 cell that says who leads
    assert_eq!(
        units("责任单位：市经信局牵头，相关部门参与"),
        owned(&[("市经信局", L), ("相关部门", C)])
    );
    // a block inside the sentence, before its full stop
    assert_eq!(
        units("提高城乡居民养老保险基础养老金标准（牵头单位：农牧厅、林草局、人社厅）。"),
        owned(&[("农牧厅", L), ("林草局", L), ("人社厅", L)])
    );
}

#[test]
fn a_label_added_as_a_row() {
    assert_eq!(
        units("牵头落实单位：市发改委；配合单位：市财政局"),
        owned(&[("市发改委", L), ("市财政局", C)])
    );
}
