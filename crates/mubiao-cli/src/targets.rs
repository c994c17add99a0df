//! `mubiao targets`: every quantitative statement of each document.

use std::fmt::Write as _;

use mubiao::model::{Status, Target};
use mubiao::{CsvOptions, Ledger};

use crate::cli::{Format, TargetsArgs};
use crate::input::{self, Failure, Input, terminal_lines, terminal_safe};
use crate::output::{Fatal, Filed, Frame, Target as Out};
use crate::run::{self, Outcome};

/// A target record: `file`, the TARGET of the ledger contract (`task` is the index of
/// its task), the task's number and the statement as written.
#[derive(serde::Serialize)]
struct TargetRecord<'a> {
    #[serde(flatten)]
    target: &'a Target,
    task_number: Option<String>,
    statement: Option<&'a str>,
}

/// `mubiao targets`.
pub(crate) fn run(a: &TargetsArgs) -> Result<Outcome, Fatal> {
    let format = a.output.format_or(Format::Table);
    let inputs = input::expand(&a.input);
    let target = Out::new(a.output.out.as_deref());
    let mut sink = target.open()?;
    let frame = Frame::new(format, true, a.output.pretty);
    let mut header = Vec::new();
    if format == Format::Csv {
        let mut options = CsvOptions::default().file("");
        if a.output.excel {
            options = options.excel();
        }
        Ledger::default().write_targets_csv(&mut header, options)?;
    }
    frame
        .start(&mut sink, &header)
        .map_err(|e| Fatal::write(&target, e))?;
    let work = |input: &Input| -> Result<Vec<u8>, Failure> {
        let ledger = Ledger::parse(input.text()?.text);
        render(&frame, format, input, &ledger).map_err(|e| Failure {
            what: "cannot render",
            reason: e.to_string(),
        })
    };
    let mut writer = Frame::new(format, true, a.output.pretty);
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
) -> Result<Vec<u8>, mubiao::Error> {
    let mut chunk = Vec::new();
    match format {
        Format::Json | Format::Jsonl => {
            for t in ledger.targets() {
                let task_number = t
                    .task
                    .and_then(|i| ledger.tasks().get(i))
                    .and_then(mubiao::model::Task::number);
                let record = Filed {
                    file: &input.name,
                    record: TargetRecord {
                        target: t,
                        task_number,
                        statement: ledger.text(t.span),
                    },
                };
                frame.record(&mut chunk, &record)?;
            }
        }
        Format::Csv => ledger.write_targets_csv(
            &mut chunk,
            CsvOptions::default().file(&*input.name).without_header(),
        )?,
        Format::Table => chunk = table(&input.name, ledger).into_bytes(),
    }
    Ok(chunk)
}

/// The targets of one document for a terminal, and the checks of its arithmetic.
fn table(name: &str, ledger: &Ledger) -> String {
    let mut out = String::new();
    let targets = ledger.targets();
    let planned = targets
        .iter()
        .filter(|t| t.status == Some(Status::Target))
        .count();
    let _ = writeln!(
        out,
        "{}: {} targets ({planned} planned, {} achieved or not told)\n",
        terminal_safe(name),
        targets.len(),
        targets.len() - planned
    );
    let _ = write!(out, "{}", ledger.targets_table());
    let checks: Vec<_> = ledger
        .diagnostics()
        .iter()
        .filter(|d| d.code.is_claim_check())
        .collect();
    let _ = writeln!(
        out,
        "\nchecks of the report's own arithmetic: {}",
        checks.len()
    );
    for d in checks {
        let _ = writeln!(
            out,
            "{}",
            terminal_lines(&d.render(ledger.source()).to_string())
        );
    }
    out
}
