//! The default rows of the lexicon: the words real notices and reports use.

use mubiao_model::{MarkerStyle, Role};

use super::{Column, Index, Label, Lexicon, MarkerForm, Numeral, Row};
use crate::text::CharSet;

/// Duty labels and what they introduce.
const LABELS: &[(&str, Label)] = {
    use Label::{Deadline, Person};
    const L: Label = Label::Role(Role::Lead);
    const R: Label = Label::Role(Role::Responsible);
    const C: Label = Label::Role(Role::Cooperating);
    &[
        ("牵头单位", L),
        ("牵头部门", L),
        ("牵头处室", L),
        ("牵头科室", L),
        ("牵头考核单位", L),
        ("牵头责任单位", L),
        ("牵头责任部门", L),
        ("牵头落实单位", L),
        ("主要责任单位", L),
        ("主办单位", L),
        ("主责单位", L),
        ("主责部门", L),
        ("责任单位", R),
        ("责任部门", R),
        ("责任主体", R),
        ("责任处室", R),
        ("责任科室", R),
        ("具体责任单位", R),
        ("承办单位", R),
        ("承办部门", R),
        ("实施单位", R),
        ("实施主体", R),
        ("落实单位", R),
        ("指导部门", R),
        ("指导单位", R),
        ("配合单位", C),
        ("配合部门", C),
        ("配合处室", C),
        ("配合科室", C),
        ("协办单位", C),
        ("协助单位", C),
        ("协同单位", C),
        ("协同部门", C),
        ("协作单位", C),
        ("参与单位", C),
        ("参与部门", C),
        ("参加单位", C),
        ("支持单位", C),
        ("责任领导", Person),
        ("责任市领导", Person),
        ("责任县领导", Person),
        ("分管领导", Person),
        ("分管市领导", Person),
        ("牵头领导", Person),
        ("牵头市领导", Person),
        ("联系领导", Person),
        ("包抓领导", Person),
        ("责任人", Person),
        ("联系人", Person),
        ("完成时限", Deadline),
        ("完成时间", Deadline),
        ("完成期限", Deadline),
        ("办结时限", Deadline),
        ("时间节点", Deadline),
        ("时限要求", Deadline),
        ("时间要求", Deadline),
        ("推进时限", Deadline),
    ]
};

/// Role verbs written after the units.
const VERBS: &[(&str, Role)] = &[
    ("牵头负责", Role::Lead),
    ("负责牵头", Role::Lead),
    ("牵头", Role::Lead),
    ("负责", Role::Responsible),
    ("落实", Role::Responsible),
    ("配合", Role::Cooperating),
    ("协办", Role::Cooperating),
    ("协助", Role::Cooperating),
    ("参与", Role::Cooperating),
];

/// How the units share a task, between their names and the verb.
const MANNERS: &[&str] = &[
    "按照职责分工",
    "按职责分工",
    "根据职责分工",
    "按照职责",
    "按职责",
    "分别",
    "共同",
];

/// Words naming the first place of a list, in stated lead rules.
const FIRST_PLACE: &[&str] = &[
    "第一位",
    "首位",
    "第一个",
    "排名第一",
    "排第一",
    "列第一",
    "排在第一",
    "第一家",
];

/// Words extending a remark to what follows.
const HENCEFORTH: &[&str] = &["下同", "以下同", "后同", "以下各项同", "下列同"];

/// Characters that end the names of government units and bodies.
const UNIT_ENDINGS: &[char] = &[
    '局', '委', '办', '厅', '部', '府', '会', '心', '院', '室', '处', '所', '站', '队', '社', '行',
    '司', '署', '门', '位', '团', '街', '镇', '乡', '联', '协', '台', '馆', '校', '关', '组', '科',
    '庭', '舍', '区', '县', '市', '园', '省', '厂', '场',
];

/// Words that open a collective of units.
const COLLECTIVES: &[&str] = &["各", "相关", "有关"];

/// Words that open the names of the units of a government.
const GOVERNMENT_PREFIXES: &[&str] = &["市", "县", "区", "省", "镇", "乡", "街道"];

/// The levels of government a collective names before its noun: `各市、县（市、区）政府`.
const LEVELS: &[&str] = &[
    "自治区",
    "直辖市",
    "自治州",
    "自治县",
    "街道",
    "社区",
    "省",
    "市",
    "县",
    "区",
    "乡",
    "镇",
    "州",
    "盟",
    "旗",
    "村",
];

/// The nouns of a government after the levels it names: `政府`, `人民政府`.
const GOVERNMENT_NOUNS: &[&str] = &[
    "人民政府",
    "政府",
    "党委",
    "党委政府",
    "管委会",
    "管理委员会",
];

/// Words of page chrome.
const CHROME: &[&str] = &[
    "扫一扫在手机上查看当前页面",
    "扫一扫在手机打开当前页",
    "在手机上查看当前页面",
    "大汉版通发布系统",
    "Produced By",
    "Powered By",
    "打印本页",
    "打印此页",
    "打印页面",
    "打印文章",
    "关闭窗口",
    "关闭本页",
    "返回顶部",
    "回到顶部",
    "背景颜色",
    "浏览次数",
    "访问次数",
    "阅读次数",
    "我要纠错",
    "复制链接",
    "新浪微博",
    "腾讯微博",
    "QQ空间",
    "大汉网络",
    "大中小",
    "扫一扫",
    "分享到",
    "上一篇",
    "下一篇",
    "点击数",
    "打印",
    "关闭",
    "收藏",
    "字体",
    "字号",
    "默认",
    "保存",
    "微信",
    "微博",
    "全屏",
    "下载",
    "加大",
    "还原",
    "减小",
    "分享",
    "大",
    "中",
    "小",
];

/// Table column names, beside the labels (every label names a column too).
const COLUMNS: &[(&str, Column)] = &[
    ("序号", Column::Number),
    ("编号", Column::Number),
    ("序", Column::Number),
    ("序列", Column::Number),
    ("工作任务", Column::Task),
    ("重点任务", Column::Task),
    ("主要任务", Column::Task),
    ("目标任务", Column::Task),
    ("具体任务", Column::Task),
    ("任务名称", Column::Task),
    ("任务", Column::Task),
    ("重点工作", Column::Task),
    ("工作事项", Column::Task),
    ("事项", Column::Task),
    ("改革举措", Column::Task),
    ("重点举措", Column::Task),
    ("具体举措", Column::Task),
    ("主要举措", Column::Task),
    ("工作措施", Column::Task),
    ("具体措施", Column::Task),
    ("主要措施", Column::Task),
    ("实施路径", Column::Task),
    ("项目名称", Column::Task),
    ("目标", Column::Task),
    ("指标", Column::Task),
    ("主要内容", Column::Content),
    ("任务内容", Column::Content),
    ("工作内容", Column::Content),
    ("具体内容", Column::Content),
    ("简要描述", Column::Content),
    ("工作要求", Column::Content),
    ("目标要求", Column::Content),
    ("领域", Column::Group),
    ("类别", Column::Group),
    ("分类", Column::Group),
    ("类型", Column::Group),
    ("板块", Column::Group),
    ("完成时限", Column::Deadline),
    ("时间节点", Column::Deadline),
    ("时限", Column::Deadline),
    ("进度安排", Column::Deadline),
    ("备注", Column::Other),
    ("推广范围", Column::Other),
    ("建设主体", Column::Other),
    ("应用场景", Column::Other),
    ("建设地点", Column::Other),
    ("建设规模和内容", Column::Other),
    ("起止年限", Column::Other),
    ("区县", Column::Other),
    ("责任领导", Column::Other),
];

/// Words that tell what a column holds when its name is not a row of its own.
const COLUMN_WORDS: &[(&str, Column)] = &[
    ("名称", Column::Task),
    ("任务", Column::Task),
    ("举措", Column::Task),
    ("措施", Column::Task),
    ("事项", Column::Task),
    ("内容", Column::Content),
    ("描述", Column::Content),
    ("时间", Column::Deadline),
    ("时限", Column::Deadline),
    ("节点", Column::Deadline),
];

/// The marker style forms, in the order they are tried.
fn markers() -> Vec<MarkerForm> {
    use MarkerStyle::{
        Arabic, ArabicHalfParen, ArabicParen, Article, Chapter, Chinese, ChineseParen, Circled,
        Dash, Part, Section,
    };
    const OPEN: &[&str] = &["(", "（", "﹙"];
    const CLOSE: &[&str] = &[")", "）", "﹚"];
    const DOTS: &[&str] = &["、", ".", "．", "﹒"];
    let enclosed = |style, first, count, base, rank| {
        MarkerForm::new(
            style,
            Numeral::Enclosed { first, count, base },
            &[],
            &[],
            rank,
        )
    };
    vec![
        MarkerForm::new(Chinese, Numeral::Chinese, &[], &[], 3).with_delimiters(DOTS),
        MarkerForm::new(ChineseParen, Numeral::Chinese, OPEN, CLOSE, 4),
        MarkerForm::new(ChineseParen, Numeral::Chinese, &["〔"], &["〕"], 4),
        MarkerForm::new(ArabicParen, Numeral::Arabic, OPEN, CLOSE, 6),
        MarkerForm::new(ArabicHalfParen, Numeral::Arabic, &[], &[], 6).with_delimiters(CLOSE),
        MarkerForm::new(Arabic, Numeral::Arabic, &[], &[], 5)
            .with_delimiters(&["、", ".", "．", "﹒", "，"]),
        enclosed(Circled, '①', 20, 1, 7),
        enclosed(Circled, '㉑', 15, 21, 7),
        enclosed(Circled, '㊱', 15, 36, 7),
        enclosed(ArabicParen, '⑴', 20, 1, 6),
        enclosed(Arabic, '⒈', 20, 1, 5),
        MarkerForm::new(Part, Numeral::Chinese, &["第"], &["部分"], 0),
        MarkerForm::new(Part, Numeral::Arabic, &["第"], &["部分"], 0),
        MarkerForm::new(Chapter, Numeral::Chinese, &["第"], &["章"], 1),
        MarkerForm::new(Chapter, Numeral::Arabic, &["第"], &["章"], 1),
        MarkerForm::new(Section, Numeral::Chinese, &["第"], &["节"], 2),
        MarkerForm::new(Section, Numeral::Arabic, &["第"], &["节"], 2),
        MarkerForm::new(Article, Numeral::Chinese, &["第"], &["条"], 3),
        MarkerForm::new(Article, Numeral::Arabic, &["第"], &["条"], 3),
        MarkerForm::new(Dash, Numeral::DashRun, &[], &[], 4),
    ]
}

fn rows<T: Copy>(rows: &[(&str, T)]) -> Index<T> {
    Index::new(
        rows.iter()
            .map(|&(w, value)| Row {
                word: w.to_owned(),
                value,
            })
            .collect(),
    )
}

fn words(words: &[&str]) -> Index<()> {
    Index::new(
        words
            .iter()
            .map(|w| Row {
                word: (*w).to_owned(),
                value: (),
            })
            .collect(),
    )
}

/// The default lexicon.
pub(super) fn lexicon() -> Lexicon {
    Lexicon {
        labels: rows(LABELS),
        verbs: rows(VERBS),
        manners: words(MANNERS),
        first_place: words(FIRST_PLACE),
        henceforth: words(HENCEFORTH),
        unit_endings: Box::new(CharSet::of(UNIT_ENDINGS)),
        unit_ending_list: UNIT_ENDINGS.to_vec(),
        collectives: words(COLLECTIVES),
        government_prefixes: words(GOVERNMENT_PREFIXES),
        levels: words(LEVELS),
        government_nouns: words(GOVERNMENT_NOUNS),
        chrome: words(CHROME),
        columns: rows(COLUMNS),
        column_words: rows(COLUMN_WORDS),
        markers: markers(),
        marker_starts: None,
    }
}
