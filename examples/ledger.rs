//! The task ledger of a decomposition notice (目标任务分解): numbered tasks, their lead
//! and responsible units, as a table, JSON, CSV or by unit. A short tour of
//! [`mubiao::Ledger`]; the `mubiao ledger` command does the same over many files.
//!
//! ```text
//! cargo run --release --example ledger                   # the bundled notice (seed 004)
//! cargo run --release --example ledger -- FILE           # any notice: UTF-8, GB18030, BOM, CRLF
//! cargo run --release --example ledger -- --json FILE    # the ledger JSON (mubiao.ledger/1)
//! cargo run --release --example ledger -- --csv FILE     # one row per task and unit (--excel adds a BOM)
//! cargo run --release --example ledger -- --by-unit FILE # for each unit, the tasks it leads and shares
//! ```
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use mubiao::{CsvOptions, Ledger};

mod support;

/// 平顶山市人民政府办公室, 平政办〔2013〕11号: 96 tasks with 牵头单位 and 责任单位 lines.
const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/004_1282b74f73776eb6.txt");

/// The task ledger of a notice: a table, JSON, CSV, or for each unit its tasks.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The notice; the bundled one (seed 004) when left out
    file: Option<PathBuf>,
    /// The ledger JSON (contract mubiao.ledger/1), indented
    #[arg(long, group = "mode")]
    json: bool,
    /// One CSV row per task and unit
    #[arg(long, group = "mode")]
    csv: bool,
    /// Begin the CSV with a byte-order mark, for Excel
    #[arg(long, requires = "csv")]
    excel: bool,
    /// For each unit, the tasks it leads and shares
    #[arg(long, group = "mode")]
    by_unit: bool,
}

fn main() -> ExitCode {
    support::exit("ledger", run(&Args::parse()))
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
        ledger.write_csv(&mut out, options)?;
    } else if args.by_unit {
        write!(out, "{}", ledger.by_unit_report())?;
    } else {
        table(&mut out, &ledger)?;
    }
    Ok(())
}

/// The title, the task table, and what looked wrong.
fn table(out: &mut impl Write, ledger: &Ledger) -> std::io::Result<()> {
    if let Some(title) = &ledger.meta().title {
        writeln!(out, "{}\n", title.value)?;
    }
    write!(out, "{}", ledger.table())?;
    // one unit's tasks, straight from the ledger
    if let Some(unit) = ledger.by_unit().first().map(|u| u.unit) {
        let led: Vec<String> = ledger
            .tasks_led_by(unit)
            .filter_map(mubiao::model::Task::number)
            .collect();
        writeln!(out, "\n{unit} leads {}: {}", led.len(), led.join(" "))?;
    }
    writeln!(
        out,
        "{} tasks, {} diagnostics",
        ledger.tasks().len(),
        ledger.diagnostics().len()
    )?;
    for d in ledger.diagnostics() {
        // rendered against the text the ledger keeps: line, column, caret
        writeln!(out, "{}", d.render(ledger.source()))?;
    }
    Ok(())
}
