//! Peak memory of the full pipeline on a large input, from the operating system's
//! peak resident set size (`VmHWM` in `/proc/self/status`, Linux).
//!
//! ```text
//! cargo run --release --example memory          # 64 MB of the seeds, one after another
//! cargo run --release --example memory -- 16    # 16 MB
//! ```
//! Exits with an error when the peak reaches four times the input size.
use std::process::ExitCode;

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

/// Peak resident memory of this process so far, in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() -> ExitCode {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(64);
    let before = peak_rss();
    let mut text = String::with_capacity(mb << 20);
    while text.len() < mb << 20 {
        for d in seeds::texts() {
            text.push_str(d);
            text.push('\n');
        }
    }
    let input = text.len() as u64;
    // the ledger keeps the text it reads: handed over, not copied
    let ledger = mubiao::Ledger::parse(text);
    let Some(peak) = peak_rss() else {
        println!("peak RSS is not available on this system");
        return ExitCode::SUCCESS;
    };
    let ratio = peak as f64 / input as f64;
    println!(
        "input {:.1} MB, {} tasks, {} targets; peak RSS {:.1} MB ({:.1} MB before reading) = {ratio:.2}x the input",
        input as f64 / 1e6,
        ledger.tasks().len(),
        ledger.document().targets.len(),
        peak as f64 / 1e6,
        before.unwrap_or(0) as f64 / 1e6,
    );
    if ratio >= 4.0 {
        eprintln!("memory: the peak is {ratio:.2}x the input, over the 4x budget");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
