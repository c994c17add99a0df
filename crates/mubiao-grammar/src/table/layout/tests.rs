//! Layout tables cut from the genre's converted PDFs (`pdftotext -layout`), the page
//! breaks kept as form feeds.

use std::time::{Duration, Instant};

use super::rows::MAX_GAP;
use super::*;
use crate::text::LineKind;

/// 温州市人工智能创新发展工作方案, 附件 1: a merged 重点举措 column, a single space between two unit cells (row 8), row 8 going on over the page break.
const WENZHOU_ROWS_1_TO_9: &str = concat!(
    r#"序号     重点举措                       实施路径              完成时限    责任单位        配合单位
                全力争取温州绿色低碳 5 万卡智算中心通过国家发展改革委窗口指             市发展改革委、
1               导，力争千卡级智算中心通过“两高”项目省级评估论证，构建“1+N”    12 月   市数据局（市人   相关县（市、区）政府
     攻坚绿电算力扩容
                算力集群格局，力争全市算力规模突破 3000PFlops。                工智能局）
       （2 项）
2               启动万卡 AIDC 机房建设。                      9月     瑞安市政府         /

     完善算力产业链条   绘制算力产业图谱，以“1+N”算力集群格局为牵引，聚焦算力产业
3                                                    12 月   市投资促进局      市经信局
       （1 项）    上中下游关键环节开展精准招商，引进培育优质企业 5 家。
                                                            市数据局（市人
4               加快《温州市数据产业促进条例》立法进程。                 12 月                 /
                                                             工智能局）
                推进数据要素协同登记，新增案例 100 个以上，争创全省首批数据产           市数据局（市人
5                                                    12 月                 /
                权登记机构。                                       工智能局）
                                                            市工业与能源
     筑牢数据流通基座   高标准运营国家数据流通利用基础设施（浙江）区域功能节点，累计
6                                                    12 月   集团（市数据集     瓯海区政府
       （6 项）    服务流通主体 1000 家以上。
                                                               团）

7               建成数据基础设施评估检测中心。                      12 月   瑞安市政府         /

                                                            市数据局（市人 市工业与能源集团（市数据
8               统筹推进城市可信数据空间建设，建成数据专区 10 个以上。        12 月
                                                             工智能局）  集团），相关县（市、区）


                                         - 13 -
"#,
    "\u{0C}",
    r#"序号    重点举措                    实施路径                    完成时限    责任单位        配合单位
                                                                           政府

                                                                      市发展改革委、市经信局、
                                                                      市科技局、市司法局、市国
                                                                      资委、市投资促进局，市工
                                                              市数据局（市人 业与能源集团（市数据集
9               深化数据要素“百城行动”，新增合作城市 30 个以上。            12 月
                                                               工智能局）  团）、市国投公司（温州数
                                                                      据交易中心），一港五谷（鹿
                                                                      城区政府、龙湾区政府、瓯
                                                                          海区政府）
"#,
);
/// The same table's last page: its last row, the page number, the next annex.
const WENZHOU_LAST_PAGE: &str = concat!(
    r#""#,
    "\u{0C}",
    r#"序号        重点举措                       实施路径                     完成时限     责任单位       配合单位
                     人工智能+交通和低空经济：加快推进文成民用无人机试飞运行基地建
                     设，推进亿航低空装备制造项目、联合飞机军民融合项目、凌鹰/赤霄无
                                                                             市数据局（市人工智能局），
                     人机智造项目落地，建成各类起降场/点 30 个以上。2026 年底前完成“浙
55                                                             12 月   市交通运输局 在温高校，相关县（市、区）
                     路通”地市子平台项目建设。建成 2 个以上交通领域高质量数据集和语
                                                                                  政府
                     料库。在交通和低空飞行领域，梳理场景需求 10 个以上，打造人工智能
                     垂类应用 10 个以上、智能终端产品 5 个以上。
                    人工智能+科研：聚焦浙江省人工智能、生命健康、新材料、新能源三                           市发展改革委、市经信局、市
                    大科创高地，结合温州“5+5+N”产业科创领域，依托高校、企业、科                         卫生健康委、市数据局（市人
                    研机构及产业平台开展一批科研项目攻关，推进具有区域特色的“人工                           工智能局），市国投公司、市
                    智能+科研”算力、数据、模型底座建设。开展创新联合体认定和项目                           工业与能源集团（市数据集
56                                                             12 月    市科技局
                    攻关，新增认定创新联合体 3 家以上，全年新认定攻关项目 20 项以上。                      团），在温高校，相关县（市、
     赋能城市治理与科研（效能提升）打造数据知识产权案例 3 个，建成高质量数据集与语料库 10 个以上，赋                           区）政府
          （3 项）     能科技企业 100 家。在科研领域，梳理场景需求 10 个以上，打造人工智
                    能垂类应用 10 个以上。
                     人工智能+城市治理：深化 AI 在城市治理中的应用。累计建成无人机自
                     动机巢 58 个以上；
                               构建 1 个自然资源本地知识库和 1 个遥感影像样本库；
                     完成人工智能环境监测实验室建设，打造智能建造项目 1 个；建成“智
                     眸火卫”智能视频预警与联动处置系统；有序推进人工智能在政务服务                          市公安局、市自然资源和规划
                     领域应用，推动辅助收件等 AI 场景在政务服务大厅率先运行；完成温州               市综合行政执法 局、市生态环境局、市住建局、
57                                                             12 月
                     市城市生命线市政“云管家”平台建设，实现城市生命线 AI 应用率达                   局    市应急管理局、市数据局、市
                     40%，深化“智慧城管”AI 算法应用，将识别细类拓展至 37 项以上，                         政务服务局
                     部署智能采集线路 75 条以上，推动智能采集案件占比突破 23%。在城
                     市治理领域，  梳理场景需求 10 个以上，
                                          打造人工智能垂类应用 7 个以上、
                     智能终端产品 3 个以上。

                                            - 21 -
"#,
    "\u{0C}",
    r#"      附件 2
                                温州市人工智能重点项目清单
                                                                                               是否
                                                                                                     是否
                                                                                               为政
"#,
);
/// 人工智能行业高质量数据集建设行动方案, 附件: a header wrapped over three lines, 领域 cells merged over the rows of a page and letter-spaced, narrow unit cells, cells joined by one space.
const DATASETS_PAGES_1_2: &str = concat!(
    r#"序                                                                 责任     拟投入
      领域   数据集名称     建设主体            简要描述             应用场景
号                                                                 单位    运营时间

                                                通过公共数据授权运营，用于
                              归集治理门诊、住院、检验检查等临床
           临床诊疗      省卫生健康                      数字医生安诊儿大模型训练， 省卫生       2025 年
 1                            诊疗数据，经过伦理审查、数据脱敏、
           数据集       信息中心                       为健康咨询、报告解读、用药 健康委        12 月
                              匿名化处理等，形成临床诊疗数据集。
                                                指导等场景提供支撑。

           杭州中医院              归集治理杭州市中医院张永华名中医工                   杭州市
                                                用于不寐症 AI 诊断模型分          2025 年
 2         名中医门诊    杭州市中医院    作室的中医诊断不寐症患者门诊数据                     卫生
     医疗健康                                       析。                       12 月
            数据集               集。                                  健康委
     （牵头单
     位：省卫                     归集治理杭州市域内患者检查检验、就               杭州市
     生 健 康 商保“两核”   杭州市卫生健康                                             2025 年
 3                            诊记录、影像资料等公共数据，评估投 用于商保核保核赔风控模型。 卫生
     委）     数据集      事业发展中心                                              12 月
                              保风险、预测赔付概率等。                    健康委

                      省安诊儿
                     人工智能科技                     用于服务 AI 眼科临床辅助精
           眼病专科               归集治理眼科影像、病历文本、诊疗报                   省卫生   2026 年
 4                  有限公司、温州                     准诊疗，助力角膜病眼科疾病
           数据集                告、检查检验、问卷等多模态数据。                    健康委     2月
                     医科大学附属                     早筛和治疗能力提升。
                      眼视光医院




— 8 —
"#,
    "\u{0C}",
    r#"序                                                                    责任     拟投入
     领域     数据集名称    建设主体            简要描述               应用场景
号                                                                    单位    运营时间
                      省安诊儿                      用于训练 Swin—UNet 模型，
            胸部放疗     人工智能科技   归集治理肿瘤区域勾画标注、放疗剂量 服务肿瘤靶区和放射剂量的         省卫生   2026 年
5
            数据集     有限公司、浙江   标注等多模态数据集。        精准放疗，提供定制化放疗方        健康委     2月
                      省肿瘤医院                     案。
                      省安诊儿
                     人工智能科技
                                                用于名老中医数字孪生大模
                    有限公司、浙江                     型、专病辅助诊疗大模型的训
                    省中医院、浙江   归集中医临床诊疗、名医经验、中药制 练以及中医知识库的建立，为
            中医药基础   中医药大学附属                                          省卫生   2026 年
6                             剂信息等数据，形成中医专病、中医优 中医临床科研、临床决策、智
             数据集    第二医院、浙江                                          健康委    12 月
    医疗健康                      质医案高质量数据集。        能辅助诊疗、中药新药研发与
                    中医药大学附属                     转化、人才培养与评价等场景
    （牵头单            第三医院、浙江
    位：省卫                                        提供支撑。
                    省立同德医院、
    生 健 康            杭州市中医院
    委）
                                                                  宁波市
                    宁波江丰生物    在全国建立 15 个宫颈癌筛查实验室，累                 卫生
            高质量宫颈             计收集 150 万例人工智能宫颈癌筛查数 用于宫颈癌 AI 辅助筛查模          2025 年
7                    信息技术                                         健康委、
            细胞数据集             据，形成可流通、可分析的宫颈细胞图 型。                          12 月
                     有限公司     像数据集。                               宁波市
                                                                  数据局
                                                              温州市
                              基于疾病种类对温州全市医学影像报告
                                                               卫生
            医学影像    温州市卫生健康   进行结构化字段提取、疾病描述提取、 用于影像类人工智能研发、科              2025 年
8                                                             健康委、
            数据集      信息中心     病灶情况提取，融合影像（DICOM）原 研数据支持。                    12 月
                                                              温州市
                              文件，形成高质量数据集。
                                                              数据局

"#,
);
/// 湖州市人工智能创新发展工作方案, 附1: task names beside wrapped contents, units parted by `，`.
const HUZHOU_ROWS_1_TO_5: &str = r#"序号        任务名称            任务内容                    责任单位          时间节点
1     算力基础设施建设   科学统筹算力中心建设，鼓励建设部署边缘算力     市发改委，各区县政府           持续推进
                 制定发布《湖州市高质量数据集建设导则》，打
2     高质量数据集建设                             市数据局，各区县政府           2026 年底
                 造形成 3 个以上行业专识数据集 1.0 版
     具身智能数据采集训   加快建设 4 个具身智能数据采集训练场，引育优   市数据局、市经信局、市产业集团，各
3                                                               2027 年底
        练场建设     质数据标注企业                   区县政府
                 实施人工智能相关市级科技计划项目 25 项以上，
4     关键技术攻关                              市科技局，各区县政府            2027 年底
                 支持企业申报省级研发项目
                 开展人工智能概念验证中心、中试平台建设认定，
5     创新平台建设                            市科技局、市经信局，各区县政府         2027 年底
                 力争获批省级概念验证中心 1 家以上
"#;
/// 政策诉求清单 (附4): the unit column's header wrapped around the others, one unit a line.
const HUZHOU_POLICY: &str = r#"                                                           建议责任单位
序号    特色领域       工作举措                  政策诉求
                                                           （省级部门）
               支持湖州德清国家
                          支持湖州德清争创“国家人工智能时空信息应用中试基地”，支持优
 1   AI+时空信息   人工智能时空信息                                    省发改委
                          先申报国家两重项目。
               应用中试基地建设
                                                            省经信厅
               支持德清“人工智 遴选符合条件的产品纳入首版次软件、首台（套）重大技术装备推广
                                                            省发改委
 2   AI+时空信息   能+时空信息”应用 应用目录、“数智优品”等。对国产人工智能+时空信息创新产品，
                                                           省自然资源厅
                   推广    在招投标和政府采购中优先考虑，鼓励国企优先使用。
                                                            省数据局




                                  19
"#;
/// 湖州市重点项目清单 (附2): a list with no unit column.
const HUZHOU_PROJECTS: &str = r#"                                                              总投资
序号            企业名称                      项目名称                          区县
                                                             （亿元）
1          湖州鸿昇装备制造有限公司         高端电子信息设备制造基地（神州数码）           12.25    吴兴区

2         湖州新视界智慧科技有限公司      年产 2 万台（套）AI 数智化综合性设备生产基地项目     3.353    吴兴区
"#;

/// 湖州市人工智能创新发展工作方案, 附1, as if its second page did not repeat the
/// header.
const HUZHOU_WITHOUT_REPEAT: &str = concat!(
    r#"序号        任务名称            任务内容                    责任单位          时间节点
1     算力基础设施建设   科学统筹算力中心建设，鼓励建设部署边缘算力     市发改委，各区县政府           持续推进
                 制定发布《湖州市高质量数据集建设导则》，打
2     高质量数据集建设                             市数据局，各区县政府           2026 年底
                 造形成 3 个以上行业专识数据集 1.0 版
     具身智能数据采集训   加快建设 4 个具身智能数据采集训练场，引育优   市数据局、市经信局、市产业集团，各
3                                                               2027 年底
        练场建设     质数据标注企业                   区县政府
                 实施人工智能相关市级科技计划项目 25 项以上，
4     关键技术攻关                              市科技局，各区县政府            2027 年底
                 支持企业申报省级研发项目
                 开展人工智能概念验证中心、中试平台建设认定，
5     创新平台建设                            市科技局、市经信局，各区县政府         2027 年底
                 力争获批省级概念验证中心 1 家以上
                 组建市人工智能招商特战队，引进备案固投亿元     市商务局、市投资促进中心、市经信局，
6     产业项目招引                                                  2027 年底
                 以上项目 100 个以上              各区县政府
                 建立全市人工智能“新星”企业成长库，培育专
7     中小企业梯度培育                             市经信局，各区县政府           持续推进
                 精特新“小巨人”、独角兽企业
                 加快建设长三角（湖州）具身智能产业园、南浔     市产业集团、市发改委、市经信局，各
8     特色产业园建设                                                   2027 年底
                 人工智能科学谷等平台                区县政府
                 成立人工智能产业专项基金，加大人工智能产业
9     产业基金设立                               市财政局、市产业集团，各区县政府     2026 年底
                 扶持力度
                                                            — 11 —"#,
    "\n\u{0C}",
    r#"                 深入实施“南太湖精英计划”，推荐申报省级以   市委组织部（人才办）、市人力社保局、
10    高层次人才引进                                               2027 年底
                 上高层次人才引进计划              市科技局，各区县政府
                 在湖州师范学院、湖州职业技术学院等开设“工   市教育局、市人力社保局，湖州师范学
11     专业人才培养                                                 2026 年底
                 业数据工程师”定向班              院、湖州职业技术学院
                 遴选专家组建人工智能专家智库，为技术攻关、
12     专家智库组建                            市经信局                 2026 年底
                 场景落地等提供战略指引
                 加快出台人工智能专项支持政策，整合工业、科   市经信局、市财政局、市科技局、市委
13     支持政策出台                                                 2026 年底
                 技、人才等领域政策资源             组织部（人才办）
14     产业联盟成立    谋划成立人工智能产业联盟            市经信局                 2026 年底
                 成立市人工智能高质量发展推进专班，建立工作
15    专班工作机制建立                           市经信局牵头，相关部门参与        2026 年底
                 例会制度
                 建立目标任务动态监测与评估体系，滚动更新人
16    目标任务动态监测                           市经信局、市统计局            持续推进
                 工智能产业目录
"#,
);

/// 温州市人工智能创新发展工作方案, 附件 1, page 16: lines whose digits bring spaces.
const WENZHOU_PAGE_16: &str = r#"序号    重点举措                    实施路径                    完成时限    责任单位         配合单位

21              招引落地 2 家以上智能穿戴、人形机器人产业链链主型企业。          12 月   市投资促进局       瓯海区政府

                力争打造 50 个具有市场竞争力的智能终端产品。（鹿城、龙湾、瓯海、            市经信局、市数
22              乐清、瑞安各 6 个以上，永嘉、平阳、苍南、龙港各 3 个以上，洞头、    12 月   据局（市人工智   相关县（市、区）政府
                文成、泰顺、海经区各 2 个以上）                               能局）
                壮大“AI 行业翻译官”队伍，实现全市亿元级规上企业对接全覆盖，              市数据局（市人
23                                                     12 月                 市经信局
                挖掘场景需求 300 个以上。                                工智能局）

24              依托行业协会的桥梁纽带作用，深挖行业关键场景需求。              12 月    市工商联     市数据局（市人工智能局）

                实施“AI 产业合伙人计划”，推动行业优质企业与 AI 技术团队组建
     创新产业合作模式   产业链创新联合体，通过“揭榜挂帅”攻关关键难题，推广“行业企                市数据局（市人 市经信局、市国投公司、市
25                                                     12 月
       （4 项）    业（资金、场景、数据）+AI 技术团队（算法）+政府侧（政策、基金）
                                                 ”             工智能局）    人工智能研究院
                的合作模式，组建专业化实体公司。
                                                                        市委组织部（市委人才办）、
                构建人工智能 OPC（一人公司）“极速准入、全链赋能、法治护航、                        市科技局、市司法局、市市
26                                                     12 月   市人力社保局
                生态融合”支持体系。                                              场监管局、市数据局（市人
                                                                        工智能局）、市政务服务局
                建立“人工智能核心产业拟上规企业培育库”，强化服务保障，助力
27                                                     12 月    市经信局         市统计局
                企业上规，纳入人工智能核心产业统计监测体系。
     培育专业配套服务   迭代“数据+AI”合规评审体系，细化人工智能合规指引，探索覆盖                         市数据局（市人工智能局），
28                                                     12 月    市司法局
       （4 项）    AI 模型全生命周期的评审规范。                                            瓯海区政府
                创新数据标注众包机制，广泛吸纳高端人才、专业机构及自由职业者                市数据局（市人 市工业与能源集团（市数据
29                                                     12 月
                参与，实现任务高效匹配、收益按绩分配。                            工智能局）      集团）



"#;

/// A row as the tests read it: its number, task text, unit cells and group text.
#[derive(Debug, PartialEq, Eq)]
struct Read {
    number: u32,
    task: String,
    units: Vec<String>,
    group: String,
}

/// The entries of the table at the start of `text` (a heading between rows as its
/// text), and the first line of text after the table.
fn entries(text: &str) -> (Vec<Result<Read, String>>, Option<String>) {
    let lx = Lexicon::default();
    let mut cursor = Cursor::new(text);
    let table = read(text, &mut cursor, &lx).expect("a table");
    let mut after = None;
    while let Some(line) = cursor.next_line() {
        if line.kind == LineKind::Text {
            after = line.span.get(text).map(str::to_owned);
            break;
        }
    }
    let out = table
        .entries
        .iter()
        .map(|e| match e {
            Entry::Row(r) => Ok(Read {
                number: r.number.map_or(0, |n| n.0),
                task: r.task.text(text),
                units: r.units.iter().map(|(_, c)| c.text(text)).collect(),
                group: r.group.as_ref().map(|g| g.text(text)).unwrap_or_default(),
            }),
            Entry::Line(l) => Err(l.span.get(text).unwrap_or_default().to_owned()),
        })
        .collect();
    (out, after)
}

/// The rows of the table at the start of `text`, and the first line of text after it.
fn rows(text: &str) -> (Vec<Read>, Option<String>) {
    let (es, after) = entries(text);
    (es.into_iter().filter_map(Result::ok).collect(), after)
}

fn read_row(number: u32, task: &str, units: &[&str], group: &str) -> Read {
    Read {
        number,
        task: task.to_owned(),
        units: units.iter().map(|&u| u.to_owned()).collect(),
        group: group.to_owned(),
    }
}

#[test]
fn a_merged_task_column_is_a_group_and_a_row_goes_on_over_a_page_break() {
    let (rs, after) = rows(WENZHOU_ROWS_1_TO_9);
    assert_eq!(rs.len(), 9);
    assert_eq!(after, None);
    // 重点举措 is merged over rows: the task is 实施路径, its layout spaces gone
    assert_eq!(
        rs[0],
        read_row(
            1,
            "全力争取温州绿色低碳5万卡智算中心通过国家发展改革委窗口指导，力争千卡级智算中心通过“两高”项目省级评估论证，构建“1+N”算力集群格局，力争全市算力规模突破3000PFlops。",
            &[
                "市发展改革委、市数据局（市人工智能局）",
                "相关县（市、区）政府"
            ],
            "攻坚绿电算力扩容（2项）",
        )
    );
    assert_eq!(rs[1].group, "攻坚绿电算力扩容（2项）");
    assert_eq!(rs[2].group, "完善算力产业链条（1项）");
    // a cell of two lines above and below its number
    assert_eq!(rs[3].units, ["市数据局（市人工智能局）", "/"]);
    // row 8: one space between its two unit cells, and its 配合单位 going on after
    // the page break and the repeated header
    assert_eq!(
        rs[7].units,
        [
            "市数据局（市人工智能局）",
            "市工业与能源集团（市数据集团），相关县（市、区）政府"
        ]
    );
    // row 9 on the new page: a cell of nine lines
    assert_eq!(rs[8].task, "深化数据要素“百城行动”，新增合作城市30个以上。");
    assert_eq!(
        rs[8].units[1],
        "市发展改革委、市经信局、市科技局、市司法局、市国资委、市投资促进局，市工业与能源集团（市数据集团）、市国投公司（温州数据交易中心），一港五谷（鹿城区政府、龙湾区政府、瓯海区政府）"
    );
}

#[test]
fn the_table_ends_before_the_next_annex() {
    let (rs, after) = rows(WENZHOU_LAST_PAGE);
    assert_eq!(
        rs.iter().map(|r| r.number).collect::<Vec<_>>(),
        [55, 56, 57]
    );
    // two unit cells interleaved on one line with a single space
    assert_eq!(
        rs[2].units,
        [
            "市综合行政执法局",
            "市公安局、市自然资源和规划局、市生态环境局、市住建局、市应急管理局、市数据局、市政务服务局"
        ]
    );
    assert!(
        rs[2]
            .task
            .ends_with("打造人工智能垂类应用7个以上、智能终端产品3个以上。")
    );
    // the page number and the next annex are left to the reader
    assert_eq!(after.as_deref(), Some("附件 2"));
}

#[test]
fn a_wrapped_header_and_group_cells_over_the_rows_of_each_page() {
    // as converted, and with the page chrome lost: the header repeated inside a page
    let lost = DATASETS_PAGES_1_2
        .replace(['\u{0C}'], "")
        .replace("— 8 —", "");
    for text in [DATASETS_PAGES_1_2, &lost] {
        wrapped_header_and_group_cells(text);
    }
}

fn wrapped_header_and_group_cells(text: &str) {
    let (rs, after) = rows(text);
    assert_eq!(after, None);
    let health = "医疗健康（牵头单位：省卫生健康委）";
    assert_eq!(
        rs,
        [
            read_row(1, "临床诊疗数据集", &["省卫生健康委"], health),
            read_row(
                2,
                "杭州中医院名中医门诊数据集",
                &["杭州市卫生健康委"],
                health
            ),
            read_row(3, "商保“两核”数据集", &["杭州市卫生健康委"], health),
            read_row(4, "眼病专科数据集", &["省卫生健康委"], health),
            read_row(5, "胸部放疗数据集", &["省卫生健康委"], health),
            read_row(6, "中医药基础数据集", &["省卫生健康委"], health),
            read_row(
                7,
                "高质量宫颈细胞数据集",
                &["宁波市卫生健康委、宁波市数据局"],
                health
            ),
            read_row(
                8,
                "医学影像数据集",
                &["温州市卫生健康委、温州市数据局"],
                health
            ),
        ]
    );
}

#[test]
fn task_names_beside_their_contents() {
    let (rs, _) = rows(HUZHOU_ROWS_1_TO_5);
    assert_eq!(
        rs.iter()
            .map(|r| (r.number, r.task.as_str()))
            .collect::<Vec<_>>(),
        [
            (1, "算力基础设施建设"),
            (2, "高质量数据集建设"),
            (3, "具身智能数据采集训练场建设"),
            (4, "关键技术攻关"),
            (5, "创新平台建设"),
        ]
    );
    assert_eq!(rs[2].units, ["市数据局、市经信局、市产业集团，各区县政府"]);
}

#[test]
fn one_unit_a_line_makes_a_cell_each() {
    let (rs, after) = rows(HUZHOU_POLICY);
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0].units, ["省发改委"]);
    // 省经信厅 stands above the number of row 2, nearer row 1: the centred cell is row 2's
    assert_eq!(
        rs[1].units,
        ["省经信厅", "省发改委", "省自然资源厅", "省数据局"]
    );
    assert_eq!(rs[1].task, "支持德清“人工智能+时空信息”应用推广");
    // a page number printed without dashes is left to the reader
    assert_eq!(after.as_deref(), Some("19"));
}

#[test]
fn a_list_without_a_unit_column_is_no_task_table() {
    let lx = Lexicon::default();
    let mut cursor = Cursor::new(HUZHOU_PROJECTS);
    assert!(read(HUZHOU_PROJECTS, &mut cursor, &lx).is_none());
    // nothing was consumed
    let first = cursor.next_line().unwrap();
    assert_eq!(first.span.get(HUZHOU_PROJECTS), Some("总投资"));
    assert_eq!(first.raw.start, 0);
}

#[test]
fn no_header_no_table() {
    let lx = Lexicon::default();
    for text in [
        "一、总体要求\n",
        "各单位要高度重视。\n",
        "序号\t工作任务\t牵头单位\n1\t推进改革\t市发改委\n",
        "   12   34   56\n",
    ] {
        let mut cursor = Cursor::new(text);
        assert!(read(text, &mut cursor, &lx).is_none(), "{text}");
        assert_eq!(cursor.next_line().unwrap().raw.start, 0);
    }
}

#[test]
fn a_page_that_does_not_repeat_the_header() {
    let (rs, _) = rows(HUZHOU_WITHOUT_REPEAT);
    assert_eq!(
        rs.iter().map(|r| r.number).collect::<Vec<_>>(),
        (1..=16).collect::<Vec<_>>()
    );
    assert_eq!(rs[9].task, "高层次人才引进");
    assert_eq!(
        rs[9].units,
        ["市委组织部（人才办）、市人力社保局、市科技局，各区县政府"]
    );
    // a page that numbers its rows from 1 again is another table
    let restarted = HUZHOU_WITHOUT_REPEAT.replacen("10    高层次", "1     高层次", 1);
    let (rs, after) = rows(&restarted);
    assert_eq!(rs.len(), 9);
    assert_eq!(
        after.as_deref(),
        Some("深入实施“南太湖精英计划”，推荐申报省级以   市委组织部（人才办）、市人力社保局、")
    );
}

#[test]
fn spaces_beside_digits_stay_inside_a_cell() {
    let (rs, _) = rows(WENZHOU_PAGE_16);
    assert_eq!(rs.first().map(|r| r.number), Some(21));
    let row = rs.iter().find(|r| r.number == 22).unwrap();
    assert_eq!(
        row.task,
        "力争打造50个具有市场竞争力的智能终端产品。（鹿城、龙湾、瓯海、乐清、瑞安各6个以上，永嘉、平阳、苍南、龙港各3个以上，洞头、文成、泰顺、海经区各2个以上）"
    );
    assert_eq!(
        row.units,
        ["市经信局、市数据局（市人工智能局）", "相关县（市、区）政府"]
    );
}

/// A table of the genre's shape, made up: headings between its rows, prose after it.
const WITH_HEADINGS: &str = r#"序号                  工作任务                    牵头单位          责任单位
一、数字基础设施
1       建设5G基站1000个                       市工信局          市通信发展办
        推进算力中心建设，新增算力
2                                         市发改委           各县区政府
        规模500P
二、数字产业
3       培育数字企业50家                         市经信局           市商务局
各单位要认真落实，确保各项任务按期完成。
"#;

#[test]
fn headings_between_rows_and_prose_after_them() {
    let (es, after) = entries(WITH_HEADINGS);
    assert_eq!(
        es,
        [
            Err("一、数字基础设施".to_owned()),
            Ok(read_row(
                1,
                "建设5G基站1000个",
                &["市工信局", "市通信发展办"],
                ""
            )),
            Ok(read_row(
                2,
                "推进算力中心建设，新增算力规模500P",
                &["市发改委", "各县区政府"],
                ""
            )),
            Err("二、数字产业".to_owned()),
            Ok(read_row(
                3,
                "培育数字企业50家",
                &["市经信局", "市商务局"],
                ""
            )),
        ]
    );
    assert_eq!(
        after.as_deref(),
        Some("各单位要认真落实，确保各项任务按期完成。")
    );
}

#[test]
fn a_heading_after_the_last_row_is_left_to_the_reader() {
    let text = "序号    工作任务              牵头单位\n1       建设5G基站            市工信局\n三、保障措施\n";
    let (es, after) = entries(text);
    assert_eq!(es.len(), 1);
    assert_eq!(after.as_deref(), Some("三、保障措施"));
}

/// Reads `text` (a table from its first line on) within `limit`.
fn within(limit: Duration, text: &str) -> usize {
    let start = Instant::now();
    let mut cursor = Cursor::new(text);
    let n = read(text, &mut cursor, &Lexicon::default()).map_or(0, |t| t.entries.len());
    let took = start.elapsed();
    assert!(took < limit, "{} bytes took {took:?}", text.len());
    n
}

#[test]
fn hostile_tables_take_linear_time() {
    const HEADER: &str = "序号    工作任务              牵头单位        责任单位\n";
    let limit = Duration::from_secs(20);
    // a hundred thousand numbers
    assert_eq!(
        within(limit, &format!("{HEADER}{}", "1\n".repeat(100_000))),
        100_000
    );
    // numbers and cells of spaces and numbers
    let rows = "12      3  4   5          6\n".repeat(100_000);
    assert_eq!(within(limit, &format!("{HEADER}{rows}")), 100_000);
    // the longest gaps between numbers, over and over
    let block = format!(
        "1\n{}",
        "        续写的任务文字            市工信局\n".repeat(MAX_GAP)
    );
    within(limit, &format!("{HEADER}{}", block.repeat(500)));
    // a repeated header on every other line
    let page = format!("1\n\u{0C}{HEADER}");
    within(limit, &format!("{HEADER}{}", page.repeat(20_000)));
    // a heading between every two rows
    let rows = "一、标题\n1       建设5G基站            市工信局\n".repeat(20_000);
    assert_eq!(within(limit, &format!("{HEADER}{rows}")), 40_000);
    // a group cell beside every row, on one page
    const GROUPED: &str = "序号  领域    工作任务              牵头单位\n";
    let rows = "      数字\n1             建设5G基站            市工信局\n".repeat(20_000);
    assert_eq!(within(limit, &format!("{GROUPED}{rows}")), 20_000);
    // one long line in a table
    let long = format!("{HEADER}1       {}  市工信局\n", "加快发展".repeat(200_000));
    assert_eq!(within(limit, &long), 1);
}

mod fuzz {
    use proptest::prelude::*;

    use super::*;

    /// A line of a table: a number or not, then cells set apart by runs of spaces (or
    /// one), of the genre's characters; or any line of them.
    fn line() -> impl Strategy<Value = String> {
        let cell = "[1２9一、，（）市局委单位领域牵头：.a]{1,12}";
        let row = (
            prop::option::of(1u32..60),
            prop::collection::vec((1usize..12, cell), 0..6),
        )
            .prop_map(|(n, cells)| {
                let mut out = n.map(|n| n.to_string()).unwrap_or_default();
                for (gap, c) in cells {
                    out.push_str(&" ".repeat(gap));
                    out.push_str(&c);
                }
                out
            });
        prop_oneof![
            4 => row,
            1 => "[ 　1２9一二、，（）市局委单位领域牵头：.\u{0C}a]{0,48}",
            1 => Just("- 3 -\n\u{0C}序号    工作任务              牵头单位        责任单位".to_owned()),
            // a page that goes on without its header
            1 => "\u{0C}[1-9]       [市局任务]{1,8}            市工信局",
        ]
    }

    /// Lines under a header.
    fn table() -> impl Strategy<Value = String> {
        (prop::collection::vec(line(), 0..60), 0usize..3).prop_map(|(lines, h)| {
            let header = [
                "序号    工作任务              牵头单位        责任单位\n",
                "序                    责任\n    领域   数据集名称    单位\n号                    \n",
                "序号  重点举措   实施路径   完成时限  责任单位  配合单位\n",
            ];
            format!("{}{}", header.get(h).copied().unwrap_or_default(), lines.join("\n"))
        })
    }

    proptest! {
        #[test]
        fn any_lines_under_a_header(text in table()) {
            let lx = Lexicon::default();
            let mut cursor = Cursor::new(&text);
            let read = read(&text, &mut cursor, &lx);
            if let Some(t) = &read {
                for e in &t.entries {
                    let Entry::Row(r) = e else { continue };
                    let cells = r.units.iter().map(|(_, c)| c)
                        .chain([&r.task])
                        .chain(r.group.iter())
                        .chain(r.deadline.iter());
                    for s in cells.flat_map(|c| c.pieces.iter()).chain([&r.span]) {
                        prop_assert!(s.start <= s.end && s.end <= text.len());
                        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    }
                }
            }
            // the whole reader on it: spans in the text, tasks apart
            let doc = crate::parse_document(&text);
            for w in doc.tasks.windows(2) {
                prop_assert!(w[0].span.end <= w[1].span.start);
            }
            for t in &doc.tasks {
                prop_assert!(t.span.end <= text.len());
            }
        }
    }
}
