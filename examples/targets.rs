//! What a work report promises and what it claims, as data: every quantitative
//! statement with its indicator, measure, comparator, value, unit, status and year, then
//! the checks of the report's own arithmetic.
//!
//! ```text
//! cargo run --release --example targets                  # the bundled report (seed 003)
//! cargo run --release --example targets -- FILE          # any report or notice
//! cargo run --release --example targets -- --json FILE   # the ledger JSON, targets filled
//! cargo run --release --example targets -- --csv FILE    # one row per target (--excel adds a BOM)
//! ```
use std::io::Write;
use std::process::ExitCode;

use mubiao::{Ledger, decode};

mod support;

/// 武昌区2012年政府工作报告: a review of 2012 and the targets of 2013.
const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/003_ffec1ac142b8e965.txt");

const USAGE: &str = "usage: targets [--json | --csv [--excel]] [FILE]";

fn main() -> ExitCode {
    support::exit("targets", run())
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let Some(args) = support::args(USAGE, &["--json", "--csv", "--table"])? else {
        return Ok(());
    };
    let mode = args.mode.as_deref().unwrap_or("--table");
    let file = args.file.as_deref();
    let bytes = support::read_or(file, BUNDLED)?;
    // spans refer to the decoded text: keep it for the statements and the checks
    let text = decode(&bytes)?.text;
    let ledger = Ledger::parse(&text);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match mode {
        "--json" => writeln!(out, "{}", ledger.to_json()?)?,
        "--csv" => ledger.write_targets_csv(&text, &mut out, args.csv_options())?,
        _ => table(&mut out, &ledger, &text, file)?,
    }
    out.flush()?;
    Ok(())
}

fn table(
    out: &mut impl Write,
    ledger: &Ledger,
    text: &str,
    file: Option<&str>,
) -> Result<(), Box<dyn std::error::Error>> {
    let name = file.unwrap_or("武昌区2012年政府工作报告 (seed 003, bundled)");
    let targets = ledger.targets();
    let planned = targets
        .iter()
        .filter(|t| t.status == Some(mubiao::model::Status::Target))
        .count();
    writeln!(
        out,
        "{name}: {} targets ({planned} planned, {} achieved or other)\n",
        targets.len(),
        targets.len() - planned
    )?;
    write!(out, "{}", ledger.targets_table())?;
    writeln!(out)?;
    let checks: Vec<_> = ledger
        .diagnostics()
        .iter()
        .filter(|d| d.code.is_claim_check())
        .collect();
    writeln!(
        out,
        "checks of the report's own arithmetic: {}",
        checks.len()
    )?;
    for d in checks {
        writeln!(out, "{}", d.render(text))?;
    }
    Ok(())
}
