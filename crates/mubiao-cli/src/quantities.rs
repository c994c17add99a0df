//! `mubiao quantities`: every quantity and date of each document (or of each line).

use std::fmt::Write as _;

use mubiao::grammar::mention::{Mention, Options, mentions};
use mubiao::model::{Span, display_width_of};

use crate::cli::{Format, QuantitiesArgs};
use crate::input::{self, Failure, Input, terminal_lines, terminal_safe};
use crate::output::{Fatal, Frame, Target};
use crate::run::{self, Outcome};

/// A mention record, the quantities contract of `LEDGER-JSON.md` with `file` and
/// `line` (`null` unless `--lines`): `span` (bytes into the text, or into the line),
/// `text`, `kind`, `value`, `unit`, `upper`, `comparator`, and for dates `date` and
/// `start`.
#[derive(serde::Serialize)]
struct MentionRecord<'a> {
    file: &'a str,
    line: Option<usize>,
    span: Span,
    text: &'a str,
    kind: &'static str,
    value: Option<String>,
    unit: Option<&'a str>,
    upper: Option<String>,
    comparator: &'static str,
    date: Option<String>,
    start: Option<String>,
}

const CSV_HEADER: [&str; 12] = [
    "file",
    "line",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "upper",
    "unit",
    "comparator",
    "date",
    "date_start",
];

/// A mention, with the line it was found in (`--lines`) and that line's offset.
struct Found {
    line: Option<usize>,
    base: usize,
    mention: Mention,
}

/// `mubiao quantities`.
pub(crate) fn run(a: &QuantitiesArgs) -> Result<Outcome, Fatal> {
    let format = a.output.format_or(Format::Table);
    let inputs = input::expand(&a.input);
    let target = Target::new(a.output.out.as_deref());
    let colour = format == Format::Table && target.is_terminal();
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
    let options = Options::default().reference_year(a.year);
    let per_line = a.lines;
    let work = |input: &Input| -> Result<Vec<u8>, Failure> {
        let text = input.text()?.text;
        let found = find(&text, options, per_line);
        render(&frame, format, colour, &input.name, &text, &found).map_err(|e| Failure {
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

/// The mentions of the text, or of each of its lines.
fn find(text: &str, options: Options, per_line: bool) -> Vec<Found> {
    if !per_line {
        return mentions(text, options)
            .map(|mention| Found {
                line: None,
                base: 0,
                mention,
            })
            .collect();
    }
    let mut out = Vec::new();
    let mut base = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        out.extend(mentions(line, options).map(|mention| Found {
            line: Some(i + 1),
            base,
            mention,
        }));
        base += raw.len();
    }
    out
}

/// The record of one mention; its span is relative to its line with `--lines`.
fn record<'a>(file: &'a str, text: &'a str, f: &'a Found) -> Option<MentionRecord<'a>> {
    let span = f.mention.span();
    let whole = Span::new(f.base + span.start, f.base + span.end);
    let written = whole.get(text).unwrap_or_default();
    Some(match &f.mention {
        Mention::Quantity(q) => MentionRecord {
            file,
            line: f.line,
            span,
            text: written,
            kind: q.kind.as_str(),
            value: Some(q.value.to_string()),
            unit: Some(&q.unit),
            upper: q.upper.map(|u| u.to_string()),
            comparator: q.comparator.as_str(),
            date: None,
            start: None,
        },
        Mention::Date(d) => {
            // a bare year (`2013年`) has a value; other dates have a date
            let year_only = d.text.chars().filter(|c| *c == '年').count() == 1
                && d.text.ends_with('年')
                && d.text.chars().take(4).all(|c| c.is_ascii_digit());
            MentionRecord {
                file,
                line: f.line,
                span,
                text: written,
                kind: "date",
                value: if year_only {
                    d.text.get(..4).map(str::to_owned)
                } else {
                    None
                },
                unit: year_only.then_some("年"),
                upper: None,
                comparator: if d.by { "le" } else { "eq" },
                date: d.date().map(|x| x.to_string()),
                start: d.range.map(|r| r.start.to_string()),
            }
        }
        _ => return None,
    })
}

fn render(
    frame: &Frame,
    format: Format,
    colour: bool,
    file: &str,
    text: &str,
    found: &[Found],
) -> Result<Vec<u8>, mubiao::Error> {
    let records = found.iter().filter_map(|f| record(file, text, f));
    let mut chunk = Vec::new();
    match format {
        Format::Json | Format::Jsonl => {
            for r in records {
                frame.record(&mut chunk, &r)?;
            }
        }
        Format::Csv => {
            let mut w = csv::WriterBuilder::new().from_writer(&mut chunk);
            for r in records {
                w.write_record([
                    r.file,
                    &r.line.map(|l| l.to_string()).unwrap_or_default(),
                    &r.span.start.to_string(),
                    &r.span.end.to_string(),
                    r.text,
                    r.kind,
                    r.value.as_deref().unwrap_or_default(),
                    r.upper.as_deref().unwrap_or_default(),
                    r.unit.unwrap_or_default(),
                    r.comparator,
                    r.date.as_deref().unwrap_or_default(),
                    r.start.as_deref().unwrap_or_default(),
                ])?;
            }
            w.flush()?;
        }
        Format::Table => chunk = table(file, text, found, colour).into_bytes(),
    }
    Ok(chunk)
}

/// `s` padded with spaces to `width` terminal columns (a CJK character takes two).
fn pad(s: &str, width: usize) -> String {
    let s = terminal_safe(s);
    let w = display_width_of(&s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The text with every mention marked (in colour on a terminal, else in brackets),
/// then one row per mention.
fn table(file: &str, text: &str, found: &[Found], colour: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", terminal_safe(file));
    let mut at = 0;
    for f in found {
        let span = f.mention.span();
        let (start, end) = (f.base + span.start, f.base + span.end);
        if start < at {
            continue;
        }
        let (open, close) = match (colour, &f.mention) {
            (true, Mention::Date(_)) => ("\x1b[1;34m", "\x1b[0m"),
            (true, _) => ("\x1b[1;33m", "\x1b[0m"),
            (false, Mention::Date(_)) => ("⟦", "⟧"),
            (false, _) => ("【", "】"),
        };
        let before = text.get(at..start).unwrap_or_default();
        let inner = text.get(start..end).unwrap_or_default();
        let _ = write!(
            out,
            "{}{open}{}{close}",
            terminal_lines(before),
            terminal_lines(inner)
        );
        at = end;
    }
    let _ = writeln!(
        out,
        "{}",
        terminal_lines(text.get(at..).unwrap_or_default())
    );
    let _ = writeln!(
        out,
        "\n{:>5} {:>6} {:>6}  {} {} {:>14} {:>6}  {} {:>12}",
        "line",
        "start",
        "end",
        pad("kind", 20),
        pad("text", 24),
        "value",
        "upper",
        pad("unit", 10),
        "date"
    );
    let (mut quantities, mut dates) = (0, 0);
    for f in found {
        let Some(r) = record(file, text, f) else {
            continue;
        };
        if r.kind == "date" {
            dates += 1;
        } else {
            quantities += 1;
        }
        let _ = writeln!(
            out,
            "{:>5} {:>6} {:>6}  {} {} {:>14} {:>6}  {} {:>12}",
            r.line.map(|l| l.to_string()).unwrap_or_default(),
            r.span.start,
            r.span.end,
            pad(&format!("{} {}", r.kind, r.comparator), 20),
            pad(r.text, 24),
            r.value.as_deref().unwrap_or_default(),
            r.upper.as_deref().unwrap_or_default(),
            pad(r.unit.unwrap_or_default(), 10),
            r.date.as_deref().unwrap_or_default(),
        );
    }
    let _ = writeln!(out, "\n{quantities} quantities, {dates} dates");
    out
}
