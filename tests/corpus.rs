//! The seed documents through the public pipeline: exact task numbers, paths and unit
//! lists, the same ledger from every encoding, and the outputs read back.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use mubiao::grammar::text::fold;
use mubiao::model::{Code, Task};
use mubiao::{CsvOptions, Encoding, Ledger, decode};

const N000: &[u8] = include_bytes!("fixtures/corpus/000_944023351de1df6f.txt");
const N001: &[u8] = include_bytes!("fixtures/corpus/001_6e3c9e461583dd44.txt");
const R002: &[u8] = include_bytes!("fixtures/corpus/002_aefafb1998f59c0e.txt");
const R003: &[u8] = include_bytes!("fixtures/corpus/003_ffec1ac142b8e965.txt");
const N004: &[u8] = include_bytes!("fixtures/corpus/004_1282b74f73776eb6.txt");
const N004_WIDE: &[u8] =
    include_bytes!("fixtures/corpus/variants/004_1282b74f73776eb6.fullwidth.txt");
const N004_GB: &[u8] = include_bytes!("fixtures/corpus/variants/004_1282b74f73776eb6.gb18030.txt");
const N004_CRLF: &[u8] =
    include_bytes!("fixtures/corpus/variants/004_1282b74f73776eb6.crlf-bom.txt");
const N000_GB: &[u8] = include_bytes!("fixtures/corpus/variants/000_944023351de1df6f.gb18030.txt");
const R003_GB: &[u8] = include_bytes!("fixtures/corpus/variants/003_ffec1ac142b8e965.gb18030.txt");
const R003_CRLF: &[u8] =
    include_bytes!("fixtures/corpus/variants/003_ffec1ac142b8e965.crlf-bom.txt");

fn ledger(bytes: &[u8]) -> Ledger {
    Ledger::from_bytes(bytes).unwrap()
}

fn task(l: &Ledger, n: u32) -> &Task {
    l.tasks().iter().find(|t| t.ordinal == Some(n)).unwrap()
}

fn numbers(l: &Ledger) -> Vec<u32> {
    l.tasks().iter().filter_map(|t| t.ordinal).collect()
}

/// A task's number, path, lead and units.
type Shape = (Option<u32>, Vec<String>, Vec<String>, Vec<String>);

/// Number, path, lead and units with full-width forms folded to ASCII.
fn shape(l: &Ledger) -> Vec<Shape> {
    let f = |s: &str| s.chars().map(fold).collect::<String>();
    l.tasks()
        .iter()
        .map(|t| {
            (
                t.ordinal,
                t.path.iter().map(|p| f(p)).collect(),
                t.lead().map(f).collect(),
                t.units().into_iter().map(f).collect(),
            )
        })
        .collect()
}

#[test]
fn seed_004_pingdingshan() {
    let l = ledger(N004);
    assert_eq!(numbers(&l), (1..=96).collect::<Vec<_>>());
    let t = task(&l, 1);
    assert_eq!(t.path, ["一", "(一)"]);
    assert_eq!(t.lead().collect::<Vec<_>>(), ["市工业和信息化局"]);
    assert_eq!(
        t.units(),
        [
            "市工业和信息化局",
            "市发改委",
            "市政府金融办",
            "市商务局",
            "市煤炭局"
        ]
    );
    let t = task(&l, 2);
    assert_eq!(
        t.units(),
        ["市发改委", "市工业和信息化局", "相关县(市、区)政府"]
    );
    let t = task(&l, 91);
    assert_eq!(t.lead().collect::<Vec<_>>(), ["市委市政府机关事务管理局"]);
    assert_eq!(
        t.units(),
        ["市委市政府机关事务管理局", "市城乡规划局", "新城区管委会"]
    );
    let t = task(&l, 96);
    assert_eq!(t.path, ["八", "(五)"]);
    assert_eq!(t.text, "搞好第三次经济普查。");
    assert_eq!(t.units(), ["市统计局", "各县(市、区)政府"]);
    let text = decode(N004).unwrap().text;
    assert_eq!(
        t.span.get(&text),
        Some("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府")
    );
    let m = l.meta();
    assert_eq!(m.doc_number.as_ref().unwrap().value, "平政办〔2013〕11号");
    assert_eq!(
        m.index_number.as_ref().unwrap().value,
        "005452065/2013-00024"
    );
    assert_eq!(m.signed.as_ref().unwrap().value.to_string(), "2013-03-02");
    assert!(l.diagnostics().is_empty());
    assert_eq!(l.document().outline.len(), 8);
    assert_eq!(l.document().outline[0].title, "加快产业转型");
}

#[test]
fn seed_000_ezhou() {
    let l = ledger(N000);
    assert_eq!(numbers(&l), (1..=58).collect::<Vec<_>>());
    let t = task(&l, 1);
    assert_eq!(t.path, ["一", "(一)"]);
    assert_eq!(
        t.units(),
        ["市发改委", "财政局", "国税局", "地税局", "各经济主管部门"]
    );
    assert!(t.lead().next().is_none());
    assert_eq!(
        t.text,
        "生产总值达到1000亿元以上,财政总收入达到100亿元以上,人均水平居全省前列。"
    );
    assert_eq!(task(&l, 22).path, ["二", "(一)"]);
    assert_eq!(task(&l, 58).units().len(), 8);
    // 54 names a notice instead of units (and its parenthesis is never closed)
    let t = task(&l, 54);
    assert!(t.units().is_empty());
    assert_eq!(
        t.references[0].doc_number.as_deref(),
        Some("鄂州政办发〔2012〕4号")
    );
    let codes: Vec<Code> = l.diagnostics().iter().map(|d| d.code).collect();
    assert_eq!(codes, [Code::NumberingRestart, Code::UnclosedParen]);
    let m = l.meta();
    assert_eq!(
        m.doc_number.as_ref().unwrap().value,
        "鄂州政办发〔2012〕6号"
    );
    assert_eq!(m.issuer.as_ref().unwrap().value, "鄂州市政府");
    assert_eq!(m.date.as_ref().unwrap().value.to_string(), "2012-03-02");
    assert_eq!(m.signed.as_ref().unwrap().value.to_string(), "2012-01-17");
    assert!(m.title.as_ref().unwrap().value.ends_with("的通知"));
    // the notice's own 一、二、三、 are headings, not tasks
    assert_eq!(l.document().outline.len(), 5);
}

#[test]
fn seed_001_xiangyang_excerpt() {
    let l = ledger(N001);
    assert_eq!(numbers(&l), (184..=214).collect::<Vec<_>>());
    assert!(task(&l, 184).path.is_empty());
    assert_eq!(task(&l, 184).lead().collect::<Vec<_>>(), ["市社管办"]);
    assert_eq!(
        task(&l, 184).units(),
        ["市社管办", "市民政局", "各县(市)区人民政府"]
    );
    assert_eq!(task(&l, 191).path, ["(七)"]);
    assert_eq!(task(&l, 210).path, ["三", "(一)"]);
    assert_eq!(task(&l, 212).path, ["三", "(二)"]);
    assert_eq!(task(&l, 212).units(), ["市编办", "市政府办公室"]);
    assert_eq!(
        task(&l, 213).units(),
        ["市监察局", "市行政服务中心", "市机关事务管理局", "市财政局"]
    );
    assert!(l.diagnostics().is_empty());
}

#[test]
fn work_reports_read_without_duties() {
    let l = ledger(R003);
    assert_eq!(numbers(&l), (1..=10).collect::<Vec<_>>());
    assert!(l.tasks().iter().all(|t| t.units().is_empty()));
    assert!(l.tasks()[9].text.ends_with("整治油烟噪声扰民点源100个。"));
    assert_eq!(l.meta().title.as_ref().unwrap().value, "2012年政府工作报告");
    assert_eq!(
        l.meta().date.as_ref().unwrap().value.to_string(),
        "2013-02-01"
    );
    let l = ledger(R002);
    assert_eq!(
        l.meta().date.as_ref().unwrap().value.to_string(),
        "2012-02-13"
    );
    assert_eq!(l.meta().issuer.as_ref().unwrap().value, "区政府办");
}

#[test]
fn every_encoding_gives_the_same_ledger() {
    let ascii = shape(&ledger(N004));
    assert_eq!(shape(&ledger(N004_WIDE)), ascii);
    assert_eq!(
        ledger(N004_GB),
        ledger(N004_WIDE),
        "GB18030 decodes to the same text"
    );
    assert_eq!(shape(&ledger(N004_CRLF)), ascii);
    assert_eq!(shape(&ledger(N000_GB)), shape(&ledger(N000)));
    assert_eq!(shape(&ledger(R003_GB)), shape(&ledger(R003)));
    assert_eq!(shape(&ledger(R003_CRLF)), shape(&ledger(R003)));
    let wide = ledger(N004_WIDE);
    assert_eq!(task(&wide, 12).label.as_deref(), Some("12"));
    assert_eq!(task(&wide, 96).units(), ["市统计局", "各县（市、区）政府"]);
}

#[test]
fn decoding_reports_what_it_read() {
    assert_eq!(decode(N004_GB).unwrap().encoding, Encoding::Gb18030);
    let crlf = decode(N004_CRLF).unwrap();
    assert!(crlf.bom);
    assert_eq!(crlf.encoding, Encoding::Utf8);
    assert!(crlf.text.contains("\r\n") && !crlf.text.starts_with('\u{feff}'));
    // spans refer to the decoded text, CR included
    let l = Ledger::parse(&crlf.text);
    let t = task(&l, 96);
    assert_eq!(t.duties[0].unit.span.get(&crlf.text), Some("市统计局"));
    // UTF-16 with a byte-order mark
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "1、加强领导。(责任单位:市政府办)"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    let l = ledger(&utf16);
    assert_eq!(l.tasks()[0].units(), ["市政府办"]);
    // bytes that are no encoding: a typed error with an offset
    let err = Ledger::from_bytes(b"\xEF\xBB\xBF\x31\xFF").unwrap_err();
    assert!(
        matches!(err, mubiao::Error::Encoding { offset: 4, .. }),
        "{err}"
    );
}

#[cfg(feature = "serde")]
#[test]
fn json_round_trip_on_every_seed() {
    for bytes in [N000, N001, R002, R003, N004, N004_CRLF] {
        let l = ledger(bytes);
        let json = l.to_json().unwrap();
        assert_eq!(Ledger::from_json(&json).unwrap(), l);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["schema"], "mubiao.ledger/1");
        assert!(v["targets"].is_array());
    }
    let v: serde_json::Value = serde_json::from_str(&ledger(N004).to_json().unwrap()).unwrap();
    let t = &v["tasks"][95];
    assert_eq!(t["number"], "96");
    assert_eq!(t["path"], serde_json::json!(["八", "(五)"]));
    assert_eq!(t["lead"], serde_json::json!(["市统计局"]));
    assert_eq!(
        t["units"],
        serde_json::json!(["市统计局", "各县(市、区)政府"])
    );
    assert_eq!(v["meta"]["doc_number"], "平政办〔2013〕11号");
    assert_eq!(v["meta"]["date"], serde_json::Value::Null);
}

#[test]
fn csv_reads_back_one_row_per_task_and_unit() {
    let l = ledger(N004);
    let mut out = Vec::new();
    l.write_csv(&mut out, CsvOptions::default().excel())
        .unwrap();
    assert!(out.starts_with(b"\xEF\xBB\xBFnumber,path,unit,role,lead,text,start,end,task\n"));
    let mut r = csv::Reader::from_reader(&out[3..]);
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let expected: usize = l.tasks().iter().map(|t| t.units().len().max(1)).sum();
    assert_eq!(rows.len(), expected);
    let last: Vec<&str> = rows.last().unwrap().iter().collect();
    assert_eq!(
        &last[..5],
        ["96", "八/(五)", "各县(市、区)政府", "responsible", "0"]
    );
    assert_eq!(last[5], "搞好第三次经济普查。");
    // `task` is the index, as in the JSON
    assert_eq!(last[8], "95");
}

#[test]
fn the_ledger_keeps_its_decoded_source() {
    // GB18030 bytes: the spans index the decoded text the ledger holds
    let l = ledger(N004_GB);
    assert_eq!(l.source(), decode(N004_GB).unwrap().text);
    let t = task(&l, 96);
    assert_eq!(l.text(t.duties[0].unit.span), Some("市统计局"));
    assert_eq!(l.text(t.text_span), Some(t.text.as_str()));
    // by unit, from the ledger
    let l = ledger(N004);
    let led: Vec<u32> = l
        .tasks_led_by("市统计局")
        .filter_map(|t| t.ordinal)
        .collect();
    assert_eq!(led, [96]);
    let of = l.tasks_of("各县(市、区)政府").count();
    // as the by-unit view counts it: leads 1 (task 35), shares 41
    assert_eq!(of, 1 + 41);
    let led: Vec<u32> = l
        .tasks_led_by("各县(市、区)政府")
        .filter_map(|t| t.ordinal)
        .collect();
    assert_eq!(led, [35]);
}

#[cfg(feature = "serde")]
#[test]
fn json_is_compact_and_pretty_on_request() {
    let l = ledger(N004);
    let compact = l.to_json().unwrap();
    let pretty = l.to_json_pretty().unwrap();
    assert!(!compact.contains('\n'));
    // the indentation is most of the pretty form
    assert!(
        compact.len() * 3 < pretty.len() * 2,
        "{} {}",
        compact.len(),
        pretty.len()
    );
    let a: serde_json::Value = serde_json::from_str(&compact).unwrap();
    let b: serde_json::Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(a, b);
    let mut out = Vec::new();
    l.to_writer(&mut out).unwrap();
    assert_eq!(out, compact.as_bytes());
    // a ledger serialises as its document; a task and a unit's tasks on their own
    assert_eq!(serde_json::to_value(&l).unwrap(), a);
    let task = serde_json::to_value(&l.tasks()[95]).unwrap();
    assert_eq!(task["number"], "96");
    assert_eq!(task["lead"], serde_json::json!(["市统计局"]));
    let units = serde_json::to_value(l.by_unit()).unwrap();
    let stats = units
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "市统计局")
        .unwrap();
    assert_eq!(stats["leads"][0]["number"], "96");
}

#[test]
fn empty_cells_are_json_nulls() {
    // a task that names no unit: no unit, role or lead flag in the CSV; [] in the JSON
    let l = Ledger::parse("1、加强领导。\n2、扩大开放。(责任单位:市商务局)\n");
    let mut out = Vec::new();
    l.write_csv(&mut out, CsvOptions::default().file("x.txt"))
        .unwrap();
    let csv = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file,number,path,unit,role,lead,text,start,end,task"
    );
    assert!(lines[1].starts_with("x.txt,1,,,,,"), "{}", lines[1]);
    assert!(
        lines[2].starts_with("x.txt,2,,市商务局,responsible,0,"),
        "{}",
        lines[2]
    );
}

#[test]
fn by_unit_view_counts() {
    let l = ledger(N004);
    let units = l.by_unit();
    let stats = units.iter().find(|u| u.unit == "市统计局").unwrap();
    assert_eq!(
        stats.leads.iter().map(|t| t.ordinal).collect::<Vec<_>>(),
        [Some(96)]
    );
    let total: usize = units.iter().map(|u| u.count()).sum();
    assert_eq!(
        total,
        l.tasks().iter().map(|t| t.units().len()).sum::<usize>()
    );
    assert!(
        l.by_unit_report()
            .to_string()
            .starts_with("各县(市、区)政府  leads 1: 35  shares 41:")
    );
}

#[test]
fn table_shows_every_task() {
    let l = ledger(N004);
    let shown = l.table().to_string();
    assert_eq!(shown.lines().count(), 96 + 2);
    assert!(
        shown
            .lines()
            .last()
            .unwrap()
            .starts_with("96    八/(五)    市统计局")
    );
}
