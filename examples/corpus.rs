//! A corpus of documents at once: every `.txt` file of a folder (UTF-8, GB18030, with
//! or without BOM, CRLF) read in parallel, one ledger JSON per line, and a summary.
//!
//! ```text
//! cargo run --release --example corpus                        # the bundled seeds
//! cargo run --release --example corpus -- DIR                 # writes corpus.jsonl
//! cargo run --release --example corpus -- DIR --out FILE      # or FILE; `-` for stdout
//! cargo run --release --example corpus -- DIR --threads 1     # one worker thread
//! cargo run --release --example corpus -- DIR --scaling       # MB/s on 1, 2, … threads
//! ```
use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use mubiao::{Error, Ledger, parse_all_with};

const USAGE: &str = "usage: corpus [DIR] [--out FILE|-] [--threads N] [--scaling]";

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

struct Args {
    dir: Option<PathBuf>,
    out: String,
    threads: Option<usize>,
    scaling: bool,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        dir: None,
        out: "corpus.jsonl".to_owned(),
        threads: None,
        scaling: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--out" => a.out = it.next().ok_or(USAGE)?,
            "--threads" => {
                let n = it.next().ok_or(USAGE)?;
                a.threads = Some(
                    n.parse()
                        .map_err(|_| format!("--threads takes a number, not {n}"))?,
                );
            }
            "--scaling" => a.scaling = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}\n{USAGE}")),
            _ if a.dir.is_some() => return Err(USAGE.to_owned()),
            _ => a.dir = Some(PathBuf::from(arg)),
        }
    }
    Ok(a)
}

/// A document's file name and bytes.
type Named = (String, Vec<u8>);

/// The `.txt` files of `dir` (not its subfolders), by name.
fn read_dir(dir: &Path) -> Result<Vec<Named>, Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                bytes,
            ))
        })
        .collect()
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let a = args()?;
    let docs: Vec<Named> = match &a.dir {
        Some(d) => read_dir(d)?,
        None => seeds::SEEDS
            .iter()
            .map(|(n, t)| ((*n).to_owned(), t.as_bytes().to_vec()))
            .collect(),
    };
    if docs.is_empty() {
        return Err("no .txt files".into());
    }
    let bytes: Vec<&[u8]> = docs.iter().map(|(_, b)| b.as_slice()).collect();
    let total: usize = bytes.iter().map(|b| b.len()).sum();
    let mb = total as f64 / 1e6;

    if a.scaling {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        for threads in 1..=cores {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()?;
            let start = Instant::now();
            let n = pool.install(|| parse_all_with(&bytes, |_, _| {})).len();
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{threads} thread(s): {n} documents, {mb:.1} MB in {secs:.3} s = {:.1} MB/s",
                mb / secs
            );
        }
        return Ok(());
    }

    let bar = ProgressBar::new(docs.len() as u64);
    bar.set_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} documents {elapsed_precise} {msg}",
    )?);
    let start = Instant::now();
    let parse = || parse_all_with(&bytes, |_, _| bar.inc(1));
    let ledgers = match a.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()?
            .install(parse),
        None => parse(),
    };
    let parse_secs = start.elapsed().as_secs_f64();
    bar.finish_and_clear();

    let mut sink: Box<dyn Write> = if a.out == "-" {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(&a.out).map_err(|e| format!("{}: {e}", a.out))?)
    };
    let mut out = BufWriter::new(&mut sink);
    let mut summary = Summary::default();
    for ((name, _), ledger) in docs.iter().zip(&ledgers) {
        summary.add(name, ledger);
        if let Ok(l) = ledger {
            serde_json::to_writer(&mut out, l.document())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    drop(out);
    let all_secs = start.elapsed().as_secs_f64();

    let threads = a.threads.unwrap_or_else(rayon::current_num_threads);
    eprintln!(
        "{} documents ({:.1} MB), {} unreadable",
        docs.len(),
        mb,
        summary.failed.len()
    );
    for (name, e) in &summary.failed {
        eprintln!("  {name}: {e}");
    }
    eprintln!(
        "{} tasks, {} targets, {} units named",
        summary.tasks, summary.targets, summary.duties
    );
    eprintln!("diagnostics:");
    for (code, n) in &summary.codes {
        eprintln!("  {code:<20} {n}");
    }
    eprintln!(
        "parsed in {parse_secs:.3} s on {threads} thread(s) = {:.1} MB/s; with JSON out {:.1} MB/s",
        mb / parse_secs,
        mb / all_secs
    );
    if a.out != "-" {
        eprintln!("wrote {}", a.out);
    }
    Ok(())
}

#[derive(Default)]
struct Summary {
    tasks: usize,
    targets: usize,
    duties: usize,
    codes: BTreeMap<String, usize>,
    failed: Vec<(String, String)>,
}

impl Summary {
    fn add(&mut self, name: &str, ledger: &Result<Ledger, Error>) {
        match ledger {
            Ok(l) => {
                self.tasks += l.tasks().len();
                self.targets += l.document().targets.len();
                self.duties += l.tasks().iter().map(|t| t.duties.len()).sum::<usize>();
                for d in l.diagnostics() {
                    *self.codes.entry(d.code.to_string()).or_default() += 1;
                }
            }
            Err(e) => self.failed.push((name.to_owned(), e.to_string())),
        }
    }
}
