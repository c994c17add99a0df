//! Each reader of the mention layer on fixtures in the genre's style: an input line,
//! then what the reader finds in it, one item a line, with exact values and byte
//! spans (`a..b "text"`), as `tests/fixtures/mention/*.txt` hold them.
//!
//! A fixture is a list of cases. A case is an input line (the text, exactly), then the
//! items indented by four spaces; a blank line or a `#` comment between cases is kept.
//! `@year 2012` sets the year dates are resolved against for the cases after it
//! (`@year -` for none). To see what the readers find now, run the tests with
//! `MUBIAO_BLESS=1`: each fixture is rewritten with the current output, to review as a
//! diff.

// helpers of tests may fail loudly: a failing helper is a failing test
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use std::fmt::Write as _;

use mubiao_grammar::mention::{Mention, Options, mentions, numeral, parse_date, quantities};
use mubiao_model::{Deadline, Quantity, Span};

/// `a..b "text"`: a span and what it covers.
fn span(text: &str, s: Span) -> String {
    format!(
        "{}..{} {:?}",
        s.start,
        s.end,
        s.get(text).unwrap_or("<out of bounds>")
    )
}

fn date(text: &str, d: &Deadline) -> String {
    let mut out = format!("date {}", span(text, d.span));
    assert_eq!(
        d.span.get(text),
        Some(d.text.as_str()),
        "the text is the span's"
    );
    match d.range {
        Some(r) if r.start == r.end => write!(out, " {}", r.start).unwrap(),
        Some(r) => write!(out, " {}..{}", r.start, r.end).unwrap(),
        None => out.push_str(" (no year)"),
    }
    if d.by {
        out.push_str(" by");
    }
    if let Some(r) = d.recurrence {
        write!(out, " {r:?}").unwrap();
    }
    out
}

fn quantity(text: &str, q: &Quantity) -> String {
    let mut out = format!(
        "quantity {} {} {}",
        span(text, q.span),
        q.kind.as_str(),
        q.value
    );
    if let Some(u) = q.upper {
        write!(out, "..{u}").unwrap();
    }
    let unit = if q.unit.is_empty() { "-" } else { &q.unit };
    write!(out, " {unit} {}", q.comparator.as_str()).unwrap();
    out
}

/// What one reader finds in one input, one item a line.
type Reader = fn(&str, Option<i32>) -> Vec<String>;

/// `numeral`: the numeral at the start and what it leaves.
fn read_numeral(text: &str, _: Option<i32>) -> Vec<String> {
    match numeral(text) {
        Ok((rest, n)) => {
            let end = text.len() - rest.len();
            let scale = match n.scale.exponent() {
                0 => "-".to_owned(),
                e => format!("e{e}"),
            };
            let approx = if n.approximate { " approximate" } else { "" };
            vec![format!(
                "numeral 0..{end} {:?} {} {scale} {:?}{approx}",
                &text[..end],
                n.value,
                n.script
            )]
        }
        Err(nom::Err::Error(e) | nom::Err::Failure(e)) => {
            vec![format!(
                "no numeral: {:?} at {}",
                e.kind,
                text.len() - e.input.len()
            )]
        }
        Err(nom::Err::Incomplete(_)) => panic!("the grammar reads complete input"),
    }
}

/// `parse_date`: the text as one date.
fn read_date(text: &str, year: Option<i32>) -> Vec<String> {
    match parse_date(text, year) {
        Ok(d) => vec![date(text, &d)],
        Err(e) => vec![format!("error {:?} {}", e.kind, span(text, e.span))],
    }
}

/// `quantities`: every quantity of the text.
fn read_quantities(text: &str, _: Option<i32>) -> Vec<String> {
    quantities(text).map(|q| quantity(text, &q)).collect()
}

/// `mentions`: the pass, dates and quantities in order.
fn read_mentions(text: &str, year: Option<i32>) -> Vec<String> {
    mentions(text, Options::default().reference_year(year))
        .map(|m| match m {
            Mention::Date(d) => date(text, &d),
            Mention::Quantity(q) => quantity(text, &q),
            _ => panic!("a mention of a new kind"),
        })
        .collect()
}

/// The fixture as the reader reads its inputs now: comments, blank lines and
/// directives kept, each input followed by what the reader finds.
fn render(fixture: &str, read: Reader) -> String {
    let mut out = String::new();
    let mut year = None;
    for line in fixture.lines() {
        if line.starts_with("    ") {
            continue; // an expected item: rendered again below
        }
        out.push_str(line);
        out.push('\n');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(y) = line.strip_prefix("@year ") {
            year = y.parse().ok();
            continue;
        }
        let items = read(line, year);
        if items.is_empty() {
            out.push_str("    (nothing)\n");
        }
        for item in items {
            writeln!(out, "    {item}").unwrap();
        }
    }
    out
}

fn check(name: &str, read: Reader) {
    let path = format!(
        "{}/tests/fixtures/mention/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let fixture = std::fs::read_to_string(&path).unwrap();
    let got = render(&fixture, read);
    if std::env::var_os("MUBIAO_BLESS").is_some() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    if got != fixture {
        let first = got
            .lines()
            .zip(fixture.lines())
            .position(|(g, f)| g != f)
            .unwrap_or(0);
        panic!(
            "{name} differs from line {}:\n  want: {:?}\n  got:  {:?}\n\n--- got ---\n{got}",
            first + 1,
            fixture.lines().nth(first).unwrap_or(""),
            got.lines().nth(first).unwrap_or("")
        );
    }
}

#[test]
fn numerals() {
    check("numerals.txt", read_numeral);
}

#[test]
fn dates() {
    check("dates.txt", read_date);
}

#[test]
fn quantities_in_sentences() {
    check("quantities.txt", read_quantities);
}

#[test]
fn mentions_in_order() {
    check("mentions.txt", read_mentions);
}

#[test]
fn the_fixtures_hold_every_case_the_readers_are_asked_of() {
    // every form the issue names is a case of some fixture
    let all: String = [
        "numerals.txt",
        "dates.txt",
        "quantities.txt",
        "mentions.txt",
    ]
    .iter()
    .map(|n| {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/mention/{n}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    })
    .collect();
    for form in [
        "1.45万套",
        "一千两百三十四万",
        "2012年3月5日",
        "元月底前",
        "12.6%",
        "640亿元",
        "１２％",
        "到 ２０２７ 年",
    ] {
        assert!(
            all.lines().any(|l| !l.starts_with(' ') && l.contains(form)),
            "no case holds {form}"
        );
    }
}
