//! The `mubiao` command run as a user runs it (`std::process::Command` on the built
//! binary), on the bundled documents: exact outputs, messages and exit codes.
#![allow(clippy::indexing_slicing, clippy::unwrap_used, clippy::panic)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const NOTICE: &str = "tests/fixtures/004_1282b74f73776eb6.txt";
const NOTICE_CRLF: &str = "tests/fixtures/004_1282b74f73776eb6.crlf-bom.txt";
const REPORT: &str = "tests/fixtures/003_ffec1ac142b8e965.txt";
const REPORT_GB: &str = "tests/fixtures/003_ffec1ac142b8e965.gb18030.txt";

/// Bytes that are text in no encoding mubiao reads (not UTF-8; `0xFF` is no GB18030
/// lead byte).
const UNDECODABLE: &[u8] = b"\x31\xFF\xFF\xFF";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// Runs `mubiao` in the crate's folder with `args`, and `stdin` on standard input.
fn run_with(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mubiao"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_with(args, b"")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn jsonl(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A fresh folder under the system's temporary folder.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mubiao-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn help_and_version_on_every_command() {
    let version = run(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert_eq!(
        stdout(&version),
        format!("mubiao {}\n", env!("CARGO_PKG_VERSION"))
    );
    for cmd in ["ledger", "targets", "quantities", "corpus", "check"] {
        let help = run(&[cmd, "--help"]);
        assert_eq!(help.status.code(), Some(0), "{cmd} --help");
        assert!(
            stdout(&help).contains(&format!("Usage: mubiao {cmd} [OPTIONS] <PATH>...")),
            "{cmd}: {}",
            stdout(&help)
        );
        for flag in ["--format", "--out", "--recursive", "--jobs"] {
            assert!(stdout(&help).contains(flag), "{cmd} --help lacks {flag}");
        }
        let version = run(&[cmd, "--version"]);
        assert_eq!(version.status.code(), Some(0), "{cmd} --version");
        assert!(stdout(&version).starts_with("mubiao"));
    }
    // promises does not exist yet: no stub
    assert_eq!(run(&["promises", "x"]).status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2_and_say_what_is_wrong() {
    let bad_flag = run(&["ledger", "--bogus", NOTICE]);
    assert_eq!(bad_flag.status.code(), Some(2));
    assert!(
        stderr(&bad_flag).contains("--bogus"),
        "{}",
        stderr(&bad_flag)
    );
    assert!(bad_flag.stdout.is_empty());

    let no_input = run(&["ledger"]);
    assert_eq!(no_input.status.code(), Some(2));
    assert!(
        stderr(&no_input).contains("<PATH>"),
        "{}",
        stderr(&no_input)
    );

    let bad_format = run(&["ledger", "--format", "xml", NOTICE]);
    assert_eq!(bad_format.status.code(), Some(2));
    assert!(stderr(&bad_format).contains("xml"));

    let pretty_csv = run(&["ledger", "--format", "csv", "--pretty", NOTICE]);
    assert_eq!(pretty_csv.status.code(), Some(2));
    assert!(stderr(&pretty_csv).contains("--pretty goes with --format json"));

    let severity = run(&["check", "--min-severity", "fatal", NOTICE]);
    assert_eq!(severity.status.code(), Some(2));
    assert!(
        stderr(&severity)
            .contains("unknown severity \"fatal\" (expected one of: info, warning, error)"),
        "{}",
        stderr(&severity)
    );

    let jobs = run(&["corpus", "--jobs", "0", NOTICE]);
    assert_eq!(jobs.status.code(), Some(2));
    assert!(stderr(&jobs).contains("--jobs"));
}

#[test]
fn ledger_json_of_a_bundled_notice() {
    let o = run(&["ledger", "--format", "json", NOTICE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stderr.is_empty());
    // one file: its ledger alone, on one line
    assert_eq!(stdout(&o).lines().count(), 1);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["file"], NOTICE);
    assert_eq!(v["encoding"], "UTF-8");
    assert_eq!(v["schema"], "mubiao.ledger/1");
    assert_eq!(v["meta"]["doc_number"], "平政办〔2013〕11号");
    let tasks = v["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 96);
    assert_eq!(tasks[95]["number"], "96");
    assert_eq!(tasks[95]["lead"], serde_json::json!(["市统计局"]));

    // --pretty: the same document, indented
    let p = run(&["ledger", "--format", "json", "--pretty", NOTICE]);
    assert!(stdout(&p).lines().count() > 1000);
    assert_eq!(serde_json::from_str::<Value>(&stdout(&p)).unwrap(), v);
}

#[test]
fn structure_only_keeps_the_tasks_and_drops_the_targets() {
    let full: Value =
        serde_json::from_str(&stdout(&run(&["ledger", "--format", "json", NOTICE]))).unwrap();
    let o = run(&["ledger", "--format", "json", "--structure-only", NOTICE]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(!full["targets"].as_array().unwrap().is_empty());
    assert!(v["targets"].as_array().unwrap().is_empty());
    let units = |v: &Value| -> Vec<Value> {
        v["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["units"].clone())
            .collect()
    };
    assert_eq!(units(&v), units(&full));
}

#[test]
fn ledger_table_by_default() {
    let o = run(&["ledger", NOTICE]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with(&format!(
        "{NOTICE}\n  文号 平政办〔2013〕11号   日期 2013-03-02\n"
    )));
    assert!(
        out.contains("96 tasks (95 with a lead unit), 92 units, 0 diagnostics"),
        "{out}"
    );
    let by_unit = stdout(&run(&["ledger", "--by-unit", NOTICE]));
    assert!(by_unit.contains("各县(市、区)政府  leads 1: 35  shares 41:"));
}

#[test]
fn every_encoding_in_every_command() {
    // the CRLF+BOM notice reads as the plain one
    let plain = jsonl(&run(&["ledger", "--format", "jsonl", NOTICE]));
    let crlf = jsonl(&run(&["ledger", "--format", "jsonl", NOTICE_CRLF]));
    let numbers = |v: &Value| -> Vec<Value> {
        v["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["number"].clone())
            .collect()
    };
    assert_eq!(numbers(&plain[0]), numbers(&crlf[0]));
    assert_eq!(crlf[0]["encoding"], "UTF-8");
    // GB18030 in quantities, targets and check
    let gb = run(&["quantities", "--format", "jsonl", REPORT_GB]);
    assert_eq!(gb.status.code(), Some(0), "{}", stderr(&gb));
    let utf8 = run(&["quantities", "--format", "jsonl", REPORT]);
    assert_eq!(jsonl(&gb).len(), jsonl(&utf8).len());
    assert!(
        jsonl(&gb)
            .iter()
            .any(|q| q["text"] == "537亿元" && q["value"] == "537")
    );
    let targets = run(&["targets", "--format", "jsonl", REPORT_GB]);
    assert_eq!(targets.status.code(), Some(0));
    assert_eq!(
        jsonl(&targets).len(),
        jsonl(&run(&["targets", "--format", "jsonl", REPORT])).len()
    );
    let check = run(&["check", REPORT_GB]);
    assert_eq!(check.status.code(), Some(0));
    assert!(stdout(&check).contains("info[consistent-claim]"));
}

#[test]
fn a_missing_file_is_named_and_the_rest_processed() {
    let o = run(&["ledger", "--format", "jsonl", "missing.txt", NOTICE]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "mubiao: cannot read missing.txt: No such file or directory\n"
    );
    let lines = jsonl(&o);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], "missing.txt");
    assert_eq!(lines[0]["error"], "cannot read: No such file or directory");
    assert_eq!(lines[1]["file"], NOTICE);
    assert_eq!(lines[1]["tasks"].as_array().unwrap().len(), 96);
    // in every command
    for cmd in ["targets", "quantities", "check"] {
        let o = run(&[cmd, "missing.txt"]);
        assert_eq!(o.status.code(), Some(1), "{cmd}");
        assert!(stderr(&o).contains("mubiao: cannot read missing.txt: No such file or directory"));
    }
}

#[test]
fn corpus_gives_one_line_per_file_in_order() {
    let dir = temp_dir("corpus");
    std::fs::copy(fixture(NOTICE), dir.join("a.txt")).unwrap();
    std::fs::write(dir.join("b.txt"), UNDECODABLE).unwrap();
    std::fs::copy(fixture(REPORT_GB), dir.join("c.txt")).unwrap();
    std::fs::write(dir.join("notes.md"), "not read").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::copy(fixture(NOTICE_CRLF), dir.join("sub").join("d.txt")).unwrap();
    let d = dir.to_str().unwrap();

    let o = run(&["corpus", d]);
    assert_eq!(o.status.code(), Some(1));
    let b = format!("{d}/b.txt");
    assert_eq!(
        stderr(&o),
        format!("mubiao: cannot decode {b}: not valid GB18030 at byte 1\n")
    );
    let lines = jsonl(&o);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, [format!("{d}/a.txt"), b, format!("{d}/c.txt")]);
    assert_eq!(lines[0]["tasks"].as_array().unwrap().len(), 96);
    assert_eq!(
        lines[1]["error"],
        "cannot decode: not valid GB18030 at byte 1"
    );
    assert!(lines[1].get("tasks").is_none());
    assert_eq!(lines[2]["encoding"], "GB18030");

    // --recursive reads the subfolder, sorted by path
    let r = run(&["corpus", "--recursive", d]);
    let files: Vec<String> = jsonl(&r)
        .iter()
        .map(|l| l["file"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(files.len(), 4);
    assert_eq!(files[3], format!("{d}/sub/d.txt"));

    // one thread gives the same lines as two
    let one = run(&["corpus", "--jobs", "1", d]);
    assert_eq!(one.stdout, o.stdout);

    // the summary table: one row per file, the failure in its place
    let t = stdout(&run(&["corpus", "--format", "table", d]));
    let rows: Vec<&str> = t.lines().collect();
    assert_eq!(rows.len(), 4);
    assert!(rows[0].ends_with("encoding file"));
    assert!(rows[1].starts_with("    96     95     92      40      0  UTF-8"));
    assert!(rows[2].ends_with("b.txt: cannot decode: not valid GB18030 at byte 1"));
    assert!(rows[3].contains("GB18030"));

    // a folder with nothing to read is named
    let empty = temp_dir("empty");
    let e = run(&["corpus", empty.to_str().unwrap()]);
    assert_eq!(e.status.code(), Some(1));
    assert!(stderr(&e).contains("no .txt files (--recursive reads subfolders)"));
    std::fs::remove_dir_all(dir).unwrap();
    std::fs::remove_dir_all(empty).unwrap();
}

#[test]
fn standard_input_with_a_dash() {
    let bytes = std::fs::read(fixture(NOTICE)).unwrap();
    let o = run_with(&["ledger", "--format", "jsonl", "-"], &bytes);
    assert_eq!(o.status.code(), Some(0));
    let lines = jsonl(&o);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(lines[0]["tasks"].as_array().unwrap().len(), 96);
    // undecodable bytes on standard input
    let bad = run_with(&["ledger", "-"], UNDECODABLE);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        stderr(&bad),
        "mubiao: cannot decode -: not valid GB18030 at byte 1\n"
    );
}

#[test]
fn csv_rows_carry_the_file() {
    let o = run(&["ledger", "--format", "csv", NOTICE, REPORT]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "file", "number", "path", "unit", "role", "lead", "text", "start", "end", "task"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let notice_rows = rows.iter().filter(|r| &r[0] == NOTICE).count();
    assert!(notice_rows > 96);
    assert!(rows.iter().all(|r| &r[0] == NOTICE || &r[0] == REPORT));
    assert_eq!(
        rows.iter().filter(|r| &r[0] == REPORT).count(),
        rows.len() - notice_rows
    );
    // the last row of the notice is task 96, index 95
    let last = rows.iter().rfind(|r| &r[0] == NOTICE).unwrap();
    assert_eq!(
        (&last[1], &last[3], &last[9]),
        ("96", "各县(市、区)政府", "95")
    );

    // --excel: a byte-order mark once, at the start
    let x = run(&["targets", "--format", "csv", "--excel", REPORT, REPORT_GB]);
    assert!(x.stdout.starts_with(b"\xEF\xBB\xBFfile,indicator,"));
    assert_eq!(
        x.stdout.windows(3).filter(|w| w == b"\xEF\xBB\xBF").count(),
        1
    );
}

#[test]
fn targets_records_carry_file_task_and_statement() {
    let o = run(&["targets", "--format", "jsonl", NOTICE]);
    assert_eq!(o.status.code(), Some(0));
    let records = jsonl(&o);
    let ledger: Value =
        serde_json::from_str(&stdout(&run(&["ledger", "--format", "json", NOTICE]))).unwrap();
    assert_eq!(records.len(), ledger["targets"].as_array().unwrap().len());
    assert!(records.iter().all(|r| r["file"] == NOTICE));
    // `task` is the index, `task_number` the number
    let inside = records.iter().find(|r| r["task"].is_u64()).unwrap();
    let index = usize::try_from(inside["task"].as_u64().unwrap()).unwrap();
    assert_eq!(inside["task_number"], ledger["tasks"][index]["number"]);
    assert!(!inside["statement"].as_str().unwrap().is_empty());
    // JSON: one array of the same records
    let a: Value =
        serde_json::from_str(&stdout(&run(&["targets", "--format", "json", NOTICE]))).unwrap();
    assert_eq!(a.as_array().unwrap(), &records);
}

#[test]
fn quantities_of_each_line() {
    let o = run_with(
        &["quantities", "--lines", "--format", "jsonl", "-"],
        "地区生产总值增长12%以上\n无\n城镇登记失业率控制在4.5%以内\n".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0));
    let q = jsonl(&o);
    assert_eq!(q.len(), 2);
    assert_eq!(
        (q[0]["line"].as_u64(), q[1]["line"].as_u64()),
        (Some(1), Some(3))
    );
    assert_eq!(q[0]["span"], serde_json::json!([24, 33]));
    assert_eq!(
        (q[0]["text"].as_str(), q[0]["comparator"].as_str()),
        (Some("12%以上"), Some("ge"))
    );
    assert_eq!(q[1]["text"], "控制在4.5%以内");
    assert_eq!(q[1]["file"], "-");
}

#[test]
fn check_names_file_line_and_column() {
    let dir = temp_dir("check");
    let gap = dir.join("gap.txt");
    std::fs::write(
        &gap,
        "5、加快发展。(责任单位:市发改委)\n7、扩大开放。(责任单位:市商务局)\n",
    )
    .unwrap();
    let g = gap.to_str().unwrap();
    let o = run(&["check", g]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).starts_with(&format!("{g}:2:1: warning[numbering-gap]:")),
        "{}",
        stdout(&o)
    );
    let j = jsonl(&run(&["check", "--format", "jsonl", g]));
    assert_eq!(j.len(), 1);
    assert_eq!(
        (j[0]["line"].as_u64(), j[0]["column"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(j[0]["code"], "numbering-gap");
    // above the warning, nothing
    let e = run(&["check", "--min-severity", "error", g]);
    assert!(e.stdout.is_empty());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn out_writes_a_file_and_a_bad_one_exits_2() {
    let dir = temp_dir("out");
    let out = dir.join("ledger.jsonl");
    let o = run(&[
        "ledger",
        "--format",
        "jsonl",
        "--out",
        out.to_str().unwrap(),
        NOTICE,
        REPORT,
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 2);

    let nowhere = dir.join("no").join("such").join("x.jsonl");
    let bad = run(&["ledger", "--out", nowhere.to_str().unwrap(), NOTICE]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        stderr(&bad),
        format!(
            "mubiao: cannot create {}: No such file or directory\n",
            nowhere.display()
        )
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn json_of_several_files_is_an_array() {
    let o = run(&["ledger", "--format", "json", NOTICE, REPORT]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, [NOTICE, REPORT]);
    // records of no file at all: an empty array
    let dir = temp_dir("none");
    std::fs::write(dir.join("x.txt"), "").unwrap();
    let e = run(&["targets", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(stdout(&e), "[]\n");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn control_characters_are_escaped_in_tables() {
    let dir = temp_dir("controls");
    let file = dir.join("x\u{1b}.txt");
    std::fs::write(&file, "1、加强\u{1b}[2J领导。(责任单位:市政府办)\n").unwrap();
    let o = run(&["ledger", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("加强\\u{1b}[2J领导"), "{out}");
    assert!(out.contains("x\\u{1b}.txt"));
    // JSON keeps the text as it is (escaped by JSON itself)
    let j = stdout(&run(&[
        "ledger",
        "--format",
        "json",
        file.to_str().unwrap(),
    ]));
    assert!(j.contains("加强\\u001b[2J领导"));
    std::fs::remove_dir_all(dir).unwrap();
}
