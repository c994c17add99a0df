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

use mubiao::{CsvOptions, Ledger};

/// 平顶山市人民政府办公室, 平政办〔2013〕11号: 96 tasks with 牵头单位 and 责任单位 lines.
const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/004_1282b74f73776eb6.txt");

const USAGE: &str = "usage: ledger [--json | --csv [--excel] | --by-unit] [FILE]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        // the reader went away (`| head`): not an error
        Err(e) if is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ledger: {e}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let io =
        e.downcast_ref::<std::io::Error>()
            .or_else(|| match e.downcast_ref::<mubiao::Error>() {
                Some(mubiao::Error::Io(io)) => Some(io),
                _ => None,
            });
    io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut mode = "table";
    let mut excel = false;
    let mut file = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" | "--csv" | "--by-unit" | "--table" => mode = mode_of(&arg),
            "--excel" => excel = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}\n{USAGE}").into());
            }
            _ if file.is_some() => return Err(USAGE.into()),
            _ => file = Some(arg),
        }
    }
    let bytes = match &file {
        Some(f) => std::fs::read(f).map_err(|e| format!("{f}: {e}"))?,
        None => BUNDLED.to_vec(),
    };
    let ledger = Ledger::from_bytes(&bytes)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match mode {
        "--json" => writeln!(out, "{}", ledger.to_json()?)?,
        "--csv" => {
            let options = if excel {
                CsvOptions::default().excel()
            } else {
                CsvOptions::default()
            };
            ledger.write_csv(&mut out, options)?;
        }
        "--by-unit" => write!(out, "{}", ledger.by_unit_report())?,
        _ => table(&mut out, &ledger, file.as_deref())?,
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

/// The output mode an option names.
fn mode_of(arg: &str) -> &'static str {
    match arg {
        "--json" => "--json",
        "--csv" => "--csv",
        "--by-unit" => "--by-unit",
        _ => "table",
    }
}
