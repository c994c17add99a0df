//! `mubiao`: Chinese government target documents (政府工作报告 work reports, 目标任务分解
//! notices) read into task ledgers, targets, quantities and checks, printed as a
//! terminal table, JSON, JSON Lines or CSV.
//!
//! ```text
//! mubiao ledger notice.txt                       # the task ledger, as a table
//! mubiao ledger notice.txt --format json         # the ledger JSON (mubiao.ledger/1)
//! mubiao targets report.txt --format csv         # one row per target
//! mubiao quantities report.txt                   # every quantity, highlighted
//! mubiao corpus DIR --format jsonl --out x.jsonl # one line per file, in order
//! mubiao check report.txt                        # diagnostics and arithmetic checks
//! cat notice.txt | mubiao ledger -               # standard input
//! ```
//!
//! Exit codes: 0 when every input was read, 1 when some input could not be read or
//! decoded (the others are processed, and each failure is named on standard error),
//! 2 for a usage error or an output that cannot be written.
#![forbid(unsafe_code)]

mod check;
mod cli;
mod input;
mod ledger;
mod output;
mod quantities;
mod run;
mod targets;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ledger(a) => ledger::ledger(&a),
        Command::Corpus(a) => ledger::corpus(&a),
        Command::Targets(a) => targets::run(&a),
        Command::Quantities(a) => quantities::run(&a),
        Command::Check(a) => check::run(&a),
    };
    match result {
        Ok(run::Outcome::Clean) => ExitCode::SUCCESS,
        Ok(run::Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("mubiao: {e}");
            ExitCode::from(2)
        }
    }
}
