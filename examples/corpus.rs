//! A corpus of documents at once: every `.txt` file of a folder (UTF-8, GB18030, with
//! or without BOM, CRLF) read in parallel by [`mubiao::parse_all_with`], one ledger
//! JSON per line in file order (each with its `file`; an error record `{"file",
//! "error"}` in place of a file that could not be read or decoded), and a summary. The
//! `mubiao corpus` command does the same, with folders, subfolders and formats.
//!
//! ```text
//! cargo run --release --example corpus                        # the bundled seeds, to stdout
//! cargo run --release --example corpus -- DIR                 # a folder, to stdout
//! cargo run --release --example corpus -- DIR --out FILE      # or to FILE
//! cargo run --release --example corpus -- DIR --threads 1     # one worker thread
//! cargo run --release --example corpus -- DIR --scaling       # MB/s on 1, 2, … threads
//! ```
use std::io::{BufWriter, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mubiao::{Ledger, parse_all_with};

mod support;

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

/// Every `.txt` file of a folder read in parallel, one ledger JSON a line.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// The folder; the bundled seeds when left out
    dir: Option<PathBuf>,
    /// Write the lines to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Worker threads [default: one per core]
    #[arg(long, value_name = "N")]
    threads: Option<NonZeroUsize>,
    /// Only time the parse on 1, 2, … threads (MB/s)
    #[arg(long)]
    scaling: bool,
}

fn main() -> ExitCode {
    support::exit("corpus", run(&Args::parse()))
}

/// A document's name and bytes, or why it has none.
type Named = (String, Result<Vec<u8>, String>);

/// The `.txt` files of `dir` (not its subfolders), sorted by name.
fn read_dir(dir: &Path) -> Result<Vec<Named>, String> {
    let list = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = list
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
        .collect();
    paths.sort();
    Ok(paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(|e| format!("cannot read: {e}"));
            (p.display().to_string(), bytes)
        })
        .collect())
}

fn run(a: &Args) -> Result<(), Box<dyn std::error::Error>> {
    let docs: Vec<Named> = match &a.dir {
        Some(d) => read_dir(d)?,
        None => seeds::SEEDS
            .iter()
            .map(|(n, t)| ((*n).to_owned(), Ok(t.as_bytes().to_vec())))
            .collect(),
    };
    let bytes: Vec<&[u8]> = docs
        .iter()
        .map(|(_, b)| b.as_deref().unwrap_or_default())
        .collect();
    let mb = bytes.iter().map(|b| b.len()).sum::<usize>() as f64 / 1e6;
    let pool = |n: Option<NonZeroUsize>| {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(n) = n {
            b = b.num_threads(n.get());
        }
        b.build()
    };

    if a.scaling {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        for threads in (1..=cores).filter_map(NonZeroUsize::new) {
            let start = Instant::now();
            let n = pool(Some(threads))?
                .install(|| parse_all_with(&bytes, |_, _| {}))
                .len();
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{threads} thread(s): {n} documents, {mb:.1} MB in {secs:.3} s = {:.1} MB/s",
                mb / secs
            );
        }
        return Ok(());
    }

    // a bar on a terminal only (indicatif hides it elsewhere)
    let bar = ProgressBar::with_draw_target(Some(docs.len() as u64), ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template(
        "{bar:40} {pos}/{len} documents {elapsed_precise}",
    )?);
    let start = Instant::now();
    let ledgers = pool(a.threads)?.install(|| parse_all_with(&bytes, |_, _| bar.inc(1)));
    let secs = start.elapsed().as_secs_f64();
    bar.finish_and_clear();

    let sink: Box<dyn Write> = match &a.out {
        Some(p) => Box::new(
            std::fs::File::create(p).map_err(|e| format!("cannot create {}: {e}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let (mut tasks, mut targets, mut failed) = (0, 0, 0);
    for ((name, read), ledger) in docs.iter().zip(&ledgers) {
        // one line per file, in file order: its ledger or why there is none
        let error = match (read, ledger) {
            (Err(e), _) => e.clone(),
            (Ok(_), Err(e)) => format!("cannot decode: {e}"),
            (Ok(_), Ok(l)) => {
                tasks += l.tasks().len();
                targets += l.targets().len();
                write_line(&mut out, name, l)?;
                continue;
            }
        };
        failed += 1;
        eprintln!("corpus: {name}: {error}");
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({ "file": name, "error": error }),
        )?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!(
        "{} documents ({mb:.1} MB), {failed} unreadable; {tasks} tasks, {targets} targets; parsed in {secs:.3} s = {:.1} MB/s",
        docs.len(),
        mb / secs
    );
    if failed > 0 {
        return Err(format!("{failed} file(s) could not be read").into());
    }
    Ok(())
}

/// `{"file": …, …the ledger}` on one line.
fn write_line(
    out: &mut impl Write,
    file: &str,
    ledger: &Ledger,
) -> Result<(), Box<dyn std::error::Error>> {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        ledger: &'a Ledger,
    }
    serde_json::to_writer(&mut *out, &Line { file, ledger })?;
    out.write_all(b"\n")?;
    Ok(())
}
