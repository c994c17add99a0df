//! `mubiao ledger` and `mubiao corpus`: the ledger of each document.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Instant;

use mubiao::{CsvOptions, Encoding, Ledger};

use crate::cli::{CorpusArgs, Format, LedgerArgs, OutputArgs};
use crate::input::{self, Failure, Input, terminal_lines, terminal_safe};
use crate::output::{ErrorRecord, Fatal, Frame, Target};
use crate::run::{self, Outcome};

/// A ledger record: `file` and `encoding` first, then the ledger JSON
/// (`mubiao.ledger/1`).
#[derive(serde::Serialize)]
struct LedgerRecord<'a> {
    file: &'a str,
    encoding: &'static str,
    #[serde(flatten)]
    ledger: &'a Ledger,
}

/// One document, read and rendered.
struct Done {
    chunk: Vec<u8>,
    bytes: usize,
    tasks: usize,
    targets: usize,
    duties: usize,
    codes: Vec<&'static str>,
}

/// What the two commands differ in.
#[derive(Clone, Copy)]
enum View {
    /// `ledger`: the task table of each document, or its units (`--by-unit`).
    Tasks { by_unit: bool },
    /// `corpus`: one summary row per document in the table.
    Summary,
}

/// The switches of a run.
#[derive(Clone, Copy)]
struct Options {
    /// Print the summary at the end.
    stats: bool,
    /// [`Ledger::parse_structure`] in place of [`Ledger::parse`].
    structure_only: bool,
}

/// `mubiao ledger`.
pub(crate) fn ledger(a: &LedgerArgs) -> Result<Outcome, Fatal> {
    let format = a.output.format_or(Format::Table);
    // one file named: its ledger alone; folders or several paths: an array
    let single = a.input.paths.len() == 1 && a.input.paths.iter().all(|p| !p.is_dir());
    documents(
        &input::expand(&a.input),
        &a.output,
        format,
        !single,
        View::Tasks { by_unit: a.by_unit },
        Options {
            stats: false,
            structure_only: a.structure_only,
        },
    )
}

/// `mubiao corpus`.
pub(crate) fn corpus(a: &CorpusArgs) -> Result<Outcome, Fatal> {
    let format = a.output.format_or(Format::Jsonl);
    documents(
        &input::expand(&a.input),
        &a.output,
        format,
        true,
        View::Summary,
        Options {
            stats: a.stats,
            structure_only: a.structure_only,
        },
    )
}

fn documents(
    inputs: &[Input],
    output: &OutputArgs,
    format: Format,
    array: bool,
    view: View,
    options: Options,
) -> Result<Outcome, Fatal> {
    let target = Target::new(output.out.as_deref());
    let mut sink = target.open()?;
    let frame = Frame::new(format, array, output.pretty);
    frame
        .start(&mut sink, &header(format, view, output.excel)?)
        .map_err(|e| Fatal::write(&target, e))?;
    let mut summary = Summary::default();
    let start = Instant::now();
    let work = |input: &Input| -> Result<Done, Failure> {
        let src = input.text()?;
        let encoding = src.encoding;
        let bytes = src.text.len();
        let ledger = if options.structure_only {
            Ledger::parse_structure(src.text)
        } else {
            Ledger::parse(src.text)
        };
        let chunk =
            render(&frame, format, view, input, encoding, &ledger).map_err(|e| Failure {
                what: "cannot render",
                reason: e.to_string(),
            })?;
        Ok(Done {
            chunk,
            bytes,
            tasks: ledger.tasks().len(),
            targets: ledger.targets().len(),
            duties: ledger.tasks().iter().map(|t| t.duties.len()).sum(),
            codes: ledger
                .diagnostics()
                .iter()
                .map(|d| d.code.as_str())
                .collect(),
        })
    };
    // the frame is only read by the workers; the sink writes through a copy of its state
    let mut writer =
        Frame::new(format, array, output.pretty).blank_lines(matches!(view, View::Tasks { .. }));
    let outcome = run::each(inputs, output, work, |input, result| {
        let chunk = match result {
            Ok(done) => {
                summary.add(&done);
                done.chunk
            }
            Err(f) => {
                summary.failed += 1;
                error_chunk(&frame, format, view, &input.name, &f)?
            }
        };
        writer
            .chunk(&mut sink, &chunk)
            .map_err(|e| Fatal::write(&target, e))
    })?;
    writer
        .finish(&mut sink)
        .map_err(|e| Fatal::write(&target, e))?;
    if options.stats {
        let threads = output.jobs.map_or_else(
            || std::thread::available_parallelism().map_or(1, usize::from),
            usize::from,
        );
        summary.print(start.elapsed().as_secs_f64(), threads);
    }
    Ok(outcome)
}

/// The CSV header or the corpus table's header.
fn header(format: Format, view: View, excel: bool) -> Result<Vec<u8>, Fatal> {
    let mut out = Vec::new();
    match (format, view) {
        (Format::Csv, _) => {
            let mut options = CsvOptions::default().file("");
            if excel {
                options = options.excel();
            }
            // the ledger of nothing: the header alone
            Ledger::default().write_csv(&mut out, options)?;
        }
        (Format::Table, View::Summary) => {
            out.extend_from_slice(
                format!(
                    "{:>6} {:>6} {:>6} {:>7} {:>6}  {:<8} file\n",
                    "tasks", "lead", "units", "targets", "diags", "encoding"
                )
                .as_bytes(),
            );
        }
        _ => {}
    }
    Ok(out)
}

/// One document in the chosen format.
fn render(
    frame: &Frame,
    format: Format,
    view: View,
    input: &Input,
    encoding: Encoding,
    ledger: &Ledger,
) -> Result<Vec<u8>, mubiao::Error> {
    let mut chunk = Vec::new();
    match format {
        Format::Json | Format::Jsonl => {
            // a ledger is large: written straight into the chunk, not through a Value
            frame.record(
                &mut chunk,
                &LedgerRecord {
                    file: &input.name,
                    encoding: encoding.as_str(),
                    ledger,
                },
            )?;
        }
        Format::Csv => {
            ledger.write_csv(
                &mut chunk,
                CsvOptions::default().file(&*input.name).without_header(),
            )?;
        }
        Format::Table => {
            let text = match view {
                View::Tasks { by_unit } => table(&input.name, ledger, by_unit),
                View::Summary => summary_row(&input.name, encoding, ledger),
            };
            chunk = text.into_bytes();
        }
    }
    Ok(chunk)
}

/// The record in place of an input that gave no document: an error record in JSON,
/// a row in the corpus table; nothing in CSV (the failure is on standard error).
fn error_chunk(
    frame: &Frame,
    format: Format,
    view: View,
    name: &str,
    failure: &Failure,
) -> Result<Vec<u8>, Fatal> {
    let mut chunk = Vec::new();
    match (format, view) {
        (Format::Json | Format::Jsonl, _) => frame.record(
            &mut chunk,
            &ErrorRecord {
                file: name,
                error: failure.record(),
            },
        )?,
        (Format::Table, View::Summary) => {
            chunk = format!(
                "{:>6} {:>6} {:>6} {:>7} {:>6}  {:<8} {}: {}\n",
                "-",
                "-",
                "-",
                "-",
                "-",
                "-",
                terminal_safe(name),
                failure.record()
            )
            .into_bytes();
        }
        _ => {}
    }
    Ok(chunk)
}

/// The corpus table's row of one document.
fn summary_row(name: &str, encoding: Encoding, ledger: &Ledger) -> String {
    let lead = ledger
        .tasks()
        .iter()
        .filter(|t| t.lead().next().is_some())
        .count();
    format!(
        "{:>6} {:>6} {:>6} {:>7} {:>6}  {:<8} {}\n",
        ledger.tasks().len(),
        lead,
        ledger.by_unit().len(),
        ledger.targets().len(),
        ledger.diagnostics().len(),
        encoding.as_str(),
        terminal_safe(name)
    )
}

/// The ledger of one document for a terminal: its name, title, number and date, the
/// task table (or the units), and the diagnostics.
fn table(name: &str, ledger: &Ledger, by_unit: bool) -> String {
    let mut out = String::new();
    let meta = ledger.meta();
    let _ = writeln!(out, "{}", terminal_safe(name));
    if let Some(t) = &meta.title {
        let _ = writeln!(out, "  {}", terminal_safe(&t.value));
    }
    let number = meta.doc_number.as_ref().map_or("—", |n| n.value.as_str());
    let date = meta
        .signed
        .as_ref()
        .or(meta.date.as_ref())
        .map(|d| d.value.to_string());
    let _ = writeln!(
        out,
        "  文号 {}   日期 {}\n",
        terminal_safe(number),
        date.as_deref().unwrap_or("—")
    );
    if by_unit {
        let _ = write!(
            out,
            "{}",
            terminal_lines(&ledger.by_unit_report().to_string())
        );
    } else {
        let _ = write!(out, "{}", ledger.table());
    }
    let with_lead = ledger
        .tasks()
        .iter()
        .filter(|t| t.lead().next().is_some())
        .count();
    let _ = writeln!(
        out,
        "\n{} tasks ({} with a lead unit), {} units, {} diagnostics",
        ledger.tasks().len(),
        with_lead,
        ledger.by_unit().len(),
        ledger.diagnostics().len()
    );
    for d in ledger.diagnostics() {
        let _ = writeln!(
            out,
            "  {}: {} ({:?})",
            d.code,
            terminal_safe(&d.message),
            d.span
        );
    }
    out
}

/// What `--stats` prints.
#[derive(Default)]
struct Summary {
    documents: usize,
    failed: usize,
    bytes: usize,
    tasks: usize,
    targets: usize,
    duties: usize,
    codes: BTreeMap<&'static str, usize>,
}

impl Summary {
    fn add(&mut self, d: &Done) {
        self.documents += 1;
        self.bytes += d.bytes;
        self.tasks += d.tasks;
        self.targets += d.targets;
        self.duties += d.duties;
        for c in &d.codes {
            *self.codes.entry(c).or_default() += 1;
        }
    }

    fn print(&self, secs: f64, threads: usize) {
        let mb = self.bytes as f64 / 1e6;
        eprintln!(
            "{} documents read ({mb:.1} MB of text), {} unreadable",
            self.documents, self.failed
        );
        eprintln!(
            "{} tasks, {} targets, {} units named",
            self.tasks, self.targets, self.duties
        );
        for (code, n) in &self.codes {
            eprintln!("  {code:<20} {n}");
        }
        eprintln!(
            "in {secs:.3} s on {threads} thread(s) = {:.1} MB/s",
            mb / secs.max(1e-9)
        );
    }
}
