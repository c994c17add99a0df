//! What a work report promises and what it claims, as data: every quantitative
//! statement with its indicator, measure, comparator, value, unit, status and year, then
//! the checks of the report's own arithmetic. The `mubiao targets` command does the
//! same over many files.
//!
//! ```text
//! cargo run --release --example targets                  # the bundled report (seed 003)
//! cargo run --release --example targets -- FILE          # any report or notice
//! cargo run --release --example targets -- --json FILE   # the ledger JSON, targets filled
//! cargo run --release --example targets -- --csv FILE    # one row per target (--excel adds a BOM)
//! ```
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use mubiao::model::Status;
use mubiao::{CsvOptions, Ledger};

mod support;

/// 武昌区2012年政府工作报告: a review of 2012 and the targets of 2013.
const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/003_ffec1ac142b8e965.txt");

/// The targets of a report: a table, the ledger JSON, or one CSV row per target.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The report; the bundled one (seed 003) when left out
    file: Option<PathBuf>,
    /// The ledger JSON (contract mubiao.ledger/1), indented
    #[arg(long, group = "mode")]
    json: bool,
    /// One CSV row per target
    #[arg(long, group = "mode")]
    csv: bool,
    /// Begin the CSV with a byte-order mark, for Excel
    #[arg(long, requires = "csv")]
    excel: bool,
}

fn main() -> ExitCode {
    support::exit("targets", run(&Args::parse()))
}

fn run(args: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let ledger = support::ledger_of(args.file.as_deref(), BUNDLED)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", ledger.to_json_pretty()?)?;
    } else if args.csv {
        let options = if args.excel {
            CsvOptions::default().excel()
        } else {
            CsvOptions::default()
        };
        // the `statement` column quotes the text the ledger keeps
        ledger.write_targets_csv(&mut out, options)?;
    } else {
        table(&mut out, &ledger)?;
    }
    out.flush()?;
    Ok(())
}

fn table(out: &mut impl Write, ledger: &Ledger) -> Result<(), Box<dyn std::error::Error>> {
    let targets = ledger.targets();
    let planned = targets
        .iter()
        .filter(|t| t.status == Some(Status::Target))
        .count();
    writeln!(
        out,
        "{} targets ({planned} planned, {} achieved or not told)\n",
        targets.len(),
        targets.len() - planned
    )?;
    write!(out, "{}", ledger.targets_table())?;
    let checks: Vec<_> = ledger
        .diagnostics()
        .iter()
        .filter(|d| d.code.is_claim_check())
        .collect();
    writeln!(
        out,
        "\nchecks of the report's own arithmetic: {}",
        checks.len()
    )?;
    for d in checks {
        writeln!(out, "{}", d.render(ledger.source()))?;
    }
    Ok(())
}
