//! The task ledger of a decomposition notice (目标任务分解): numbered tasks, their lead
//! and responsible units, as a table, JSON, CSV or by unit.
//!
//! ```text
//! cargo run --release --example ledger                   # the bundled notice (seed 004)
//! cargo run --release --example ledger -- FILE           # any notice: UTF-8, GB18030, BOM, CRLF
//! cargo run --release --example ledger -- --json FILE    # the ledger JSON (mubiao.ledger/1)
//! cargo run --release --example ledger -- --csv FILE     # one row per task and unit (--excel adds a BOM)
//! cargo run --release --example ledger -- --by-unit FILE # for each unit, the tasks it leads and shares
//! ```
use std::io::Write;
use std::process::ExitCode;

use mubiao::Ledger;

mod support;

/// 平顶山市人民政府办公室, 平政办〔2013〕11号: 96 tasks with 牵头单位 and 责任单位 lines.
const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/004_1282b74f73776eb6.txt");

const USAGE: &str = "usage: ledger [--json | --csv [--excel] | --by-unit] [FILE]";

fn main() -> ExitCode {
    support::exit("ledger", run())
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let Some(args) = support::args(USAGE, &["--json", "--csv", "--by-unit", "--table"])? else {
        return Ok(());
    };
    let mode = args.mode.as_deref().unwrap_or("--table");
    let file = args.file.as_deref();
    let bytes = support::read_or(file, BUNDLED)?;
    let ledger = Ledger::from_bytes(&bytes)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match mode {
        "--json" => writeln!(out, "{}", ledger.to_json()?)?,
        "--csv" => ledger.write_csv(&mut out, args.csv_options())?,
        "--by-unit" => write!(out, "{}", ledger.by_unit_report())?,
        _ => table(&mut out, &ledger, file)?,
    }
    Ok(())
}

fn table(out: &mut impl Write, ledger: &Ledger, file: Option<&str>) -> std::io::Result<()> {
    let meta = ledger.meta();
    let name = file.unwrap_or("bundled seed 004");
    writeln!(out, "{name}")?;
    if let Some(t) = &meta.title {
        writeln!(out, "  {}", t.value)?;
    }
    let number = meta.doc_number.as_ref().map_or("—", |n| n.value.as_str());
    let date = meta
        .signed
        .as_ref()
        .or(meta.date.as_ref())
        .map(|d| d.value.to_string());
    writeln!(
        out,
        "  文号 {number}   日期 {}",
        date.as_deref().unwrap_or("—")
    )?;
    writeln!(out)?;
    write!(out, "{}", ledger.table())?;
    let units = ledger.by_unit();
    let with_lead = ledger
        .tasks()
        .iter()
        .filter(|t| t.lead().next().is_some())
        .count();
    writeln!(out)?;
    writeln!(
        out,
        "{} tasks ({} with a lead unit), {} units, {} diagnostics",
        ledger.tasks().len(),
        with_lead,
        units.len(),
        ledger.diagnostics().len()
    )?;
    for d in ledger.diagnostics() {
        writeln!(out, "  {}: {} ({:?})", d.code, d.message, d.span)?;
    }
    Ok(())
}
