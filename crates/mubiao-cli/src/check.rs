//! `mubiao check`: the diagnostics of each document, with line and column.

use std::fmt::Write as _;

use mubiao::Ledger;
use mubiao::model::Diagnostic;

use crate::cli::{CheckArgs, Format};
use crate::input::{self, Failure, Input, terminal_lines, terminal_safe};
use crate::output::{Fatal, Filed, Frame, Target};
use crate::run::{self, Outcome};

/// A diagnostic record: `file`, the diagnostic of the ledger contract (`severity`,
/// `code`, `message`, `span`), and where it starts as a line and a column (from 1,
/// columns in characters).
#[derive(serde::Serialize)]
struct DiagnosticRecord<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    line: usize,
    column: usize,
}

const CSV_HEADER: [&str; 9] = [
    "file", "line", "column", "severity", "code", "message", "start", "end", "text",
];

/// `mubiao check`.
pub(crate) fn run(a: &CheckArgs) -> Result<Outcome, Fatal> {
    let format = a.output.format_or(Format::Table);
    let inputs = input::expand(&a.input);
    let target = Target::new(a.output.out.as_deref());
    let mut sink = target.open()?;
    let frame = Frame::new(format, true, a.output.pretty);
    let mut header = Vec::new();
    if format == Format::Csv {
        if a.output.excel {
            header.extend_from_slice(b"\xEF\xBB\xBF");
        }
        let mut w = csv::Writer::from_writer(&mut header);
        w.write_record(CSV_HEADER).map_err(mubiao::Error::from)?;
        w.flush().map_err(mubiao::Error::from)?;
    }
    frame
        .start(&mut sink, &header)
        .map_err(|e| Fatal::write(&target, e))?;
    let min = a.min_severity;
    let work = |input: &Input| -> Result<Vec<u8>, Failure> {
        let ledger = Ledger::parse(input.text()?.text);
        let shown: Vec<&Diagnostic> = ledger
            .diagnostics()
            .iter()
            .filter(|d| d.severity >= min)
            .collect();
        render(&frame, format, input, &ledger, &shown).map_err(|e| Failure {
            what: "cannot render",
            reason: e.to_string(),
        })
    };
    let mut writer = Frame::new(format, true, a.output.pretty).blank_lines(false);
    let outcome = run::each(&inputs, &a.output, work, |_, result| match result {
        Ok(chunk) => writer
            .chunk(&mut sink, &chunk)
            .map_err(|e| Fatal::write(&target, e)),
        Err(_) => Ok(()),
    })?;
    writer
        .finish(&mut sink)
        .map_err(|e| Fatal::write(&target, e))?;
    Ok(outcome)
}

fn render(
    frame: &Frame,
    format: Format,
    input: &Input,
    ledger: &Ledger,
    shown: &[&Diagnostic],
) -> Result<Vec<u8>, mubiao::Error> {
    let lines = Lines::new(ledger.source());
    let mut chunk = Vec::new();
    match format {
        Format::Json | Format::Jsonl => {
            for d in shown {
                let (line, column) = lines.position(d.span.start);
                let record = Filed {
                    file: &input.name,
                    record: DiagnosticRecord {
                        diagnostic: d,
                        line,
                        column,
                    },
                };
                frame.record(&mut chunk, &record)?;
            }
        }
        Format::Csv => {
            let mut w = csv::WriterBuilder::new().from_writer(&mut chunk);
            for d in shown {
                let (line, column) = lines.position(d.span.start);
                w.write_record([
                    input.name.as_str(),
                    &line.to_string(),
                    &column.to_string(),
                    d.severity.as_str(),
                    d.code.as_str(),
                    &d.message,
                    &d.span.start.to_string(),
                    &d.span.end.to_string(),
                    ledger.text(d.span).unwrap_or_default(),
                ])?;
            }
            w.flush()?;
        }
        Format::Table => {
            let mut out = String::new();
            let name = terminal_safe(&input.name);
            for d in shown {
                // `file:line:column: severity[code]: message`, the line, a caret
                let _ = writeln!(
                    out,
                    "{name}:{}",
                    terminal_lines(&d.render(ledger.source()).to_string())
                );
            }
            chunk = out.into_bytes();
        }
    }
    Ok(chunk)
}

/// Line starts of a text, for line and column of an offset.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// Line and column (from 1; columns in characters) of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(1, |p| p.chars().count() + 1);
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let lines = Lines::new("5、加快发展。\n7、扩大开放。");
        assert_eq!(lines.position(0), (1, 1));
        assert_eq!(lines.position(4), (1, 3));
        let second = "5、加快发展。\n".len();
        assert_eq!(lines.position(second), (2, 1));
        assert_eq!(lines.position(second + 1), (2, 2));
    }
}
