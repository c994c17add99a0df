//! Every quantity and date of a work report, highlighted, then tabled: a tour of
//! [`mubiao::grammar::mention::mentions`]. The `mubiao quantities` command does the
//! same over many files.
//!
//! ```text
//! cargo run --release --example quantities            # the bundled report (seed 003)
//! cargo run --release --example quantities -- FILE    # any encoding mubiao reads
//! cargo run --release --example quantities -- --jsonl < lines.txt
//! ```
//!
//! `--jsonl` reads standard input line by line and prints one JSON array per line
//! (the quantities contract of `LEDGER-JSON.md`): `span` (bytes into the line), `text`,
//! `kind`, `value`, `unit`, `upper`, `comparator`; dates add `date` and `start`.

use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use mubiao::grammar::mention::{Mention, Options, mentions};
use mubiao::model::{Deadline, Quantity, display_width};
use serde_json::{Value, json};

mod support;

const REPORT: &str = include_str!("../tests/fixtures/corpus/003_ffec1ac142b8e965.txt");

/// Every quantity and date of a report, highlighted, then tabled.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The report; the bundled one (seed 003) when left out
    file: Option<PathBuf>,
    /// Read standard input line by line and print one JSON array per line (the
    /// quantities contract of LEDGER-JSON.md)
    #[arg(long, conflicts_with = "file")]
    jsonl: bool,
}

fn quantity_json(line: &str, q: &Quantity) -> Value {
    json!({
        "span": [q.span.start, q.span.end],
        "text": q.span.get(line).unwrap_or(""),
        "kind": q.kind.as_str(),
        "value": q.value.to_string(),
        "unit": q.unit,
        "upper": q.upper.map(|u| u.to_string()),
        "comparator": q.comparator.as_str(),
    })
}

fn date_json(d: &Deadline) -> Value {
    let year_only = d.text.chars().filter(|c| *c == '年').count() == 1
        && d.text.ends_with('年')
        && d.text.chars().take(4).all(|c| c.is_ascii_digit());
    json!({
        "span": [d.span.start, d.span.end],
        "text": d.text,
        "kind": "date",
        "value": if year_only { d.text.get(..4).map(str::to_owned) } else { None },
        "unit": if year_only { Some("年") } else { None },
        "upper": null,
        "comparator": if d.by { "le" } else { "eq" },
        "date": d.date().map(|x| x.to_string()),
        "start": d.range.map(|r| r.start.to_string()),
    })
}

fn jsonl() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let items: Vec<Value> = mentions(&line, Options::default())
            .map(|m| match m {
                Mention::Quantity(q) => quantity_json(&line, &q),
                Mention::Date(d) => date_json(&d),
                _ => Value::Null,
            })
            .filter(|v| !v.is_null())
            .collect();
        serde_json::to_writer(&mut out, &items)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// `s` padded with spaces to `width` terminal columns (a CJK character takes two).
fn pad(s: &str, width: usize) -> String {
    let w: usize = s.chars().map(display_width).sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn show(text: &str) -> Result<(), Box<dyn std::error::Error>> {
    let colour = io::stdout().is_terminal();
    let found: Vec<Mention> =
        mentions(text, Options::default().reference_year(Some(2012))).collect();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut at = 0;
    for m in &found {
        let span = m.span();
        let (open, close) = match (colour, m) {
            (true, Mention::Date(_)) => ("\x1b[1;34m", "\x1b[0m"),
            (true, _) => ("\x1b[1;33m", "\x1b[0m"),
            (false, Mention::Date(_)) => ("⟦", "⟧"),
            (false, _) => ("【", "】"),
        };
        let before = text.get(at..span.start).unwrap_or("");
        let inner = span.get(text).unwrap_or("");
        write!(out, "{before}{open}{inner}{close}")?;
        at = span.end;
    }
    writeln!(out, "{}", text.get(at..).unwrap_or(""))?;
    writeln!(
        out,
        "\n{:>6} {:>6}  {} {} {:>14} {:>6}  {} {:>16}",
        "start",
        "end",
        pad("kind", 20),
        pad("text", 24),
        "value",
        "upper",
        pad("unit", 10),
        "folded / date"
    )?;
    for m in &found {
        match m {
            Mention::Quantity(q) => writeln!(
                out,
                "{:>6} {:>6}  {} {} {:>14} {:>6}  {} {:>16}",
                q.span.start,
                q.span.end,
                pad(
                    &format!("{} {}", q.kind.as_str(), q.comparator.as_str()),
                    20
                ),
                pad(q.span.get(text).unwrap_or(""), 24),
                q.value.to_string(),
                q.upper.map(|u| u.to_string()).unwrap_or_default(),
                pad(&q.unit, 10),
                q.folded()
                    .map(|v| v.normalize().to_string())
                    .unwrap_or_default(),
            )?,
            Mention::Date(d) => writeln!(
                out,
                "{:>6} {:>6}  {} {} {:>14} {:>6}  {} {:>16}",
                d.span.start,
                d.span.end,
                pad(if d.by { "date le" } else { "date" }, 20),
                pad(&d.text, 24),
                "",
                "",
                pad("", 10),
                d.date().map(|x| x.to_string()).unwrap_or_default(),
            )?,
            _ => {}
        }
    }
    let n = found
        .iter()
        .filter(|m| matches!(m, Mention::Quantity(_)))
        .count();
    writeln!(out, "\n{n} quantities, {} dates", found.len() - n)?;
    out.flush()?;
    Ok(())
}

/// Prints the bundled report (or FILE) with quantities highlighted, or `--jsonl`.
fn main() -> ExitCode {
    let args = Args::parse();
    support::exit(
        "quantities",
        match &args.file {
            _ if args.jsonl => jsonl(),
            Some(path) => read(path).and_then(|text| show(&text)),
            None => show(REPORT),
        },
    )
}

/// The text of `path` in any encoding mubiao reads; a failure names the path.
fn read(path: &std::path::Path) -> Result<String, Box<dyn std::error::Error>> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let source =
        mubiao::decode(&bytes).map_err(|e| format!("cannot decode {}: {e}", path.display()))?;
    Ok(source.text)
}
