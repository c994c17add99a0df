//! The task ledger of a decomposition notice (目标任务分解).
//!
//! ```text
//! cargo run --release --example ledger              # the bundled notice (seed 004), as a table
//! cargo run --release --example ledger -- FILE      # any notice, as a table
//! cargo run --release --example ledger -- --json FILE
//! ```
use std::process::ExitCode;

use mubiao::Ledger;

const BUNDLED: &[u8] = include_bytes!("../tests/fixtures/corpus/004_1282b74f73776eb6.txt");

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ledger: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mode, file) = match args.as_slice() {
        [] => ("table", None),
        [flag, file] if flag.starts_with("--") => (flag.as_str(), Some(file.as_str())),
        [file] => ("table", Some(file.as_str())),
        _ => return Err("usage: ledger [--json|--csv|--by-unit] [FILE]".into()),
    };
    let bytes = match file {
        Some(f) => std::fs::read(f)?,
        None => BUNDLED.to_vec(),
    };
    let ledger = Ledger::from_bytes(&bytes)?;
    match mode {
        "--json" => println!("{}", ledger.to_json()?),
        _ => {
            for t in ledger.tasks() {
                println!(
                    "{:?} {:?} {:?} {:?}",
                    t.number(),
                    t.path,
                    t.lead().collect::<Vec<_>>(),
                    t.units()
                );
            }
        }
    }
    Ok(())
}
