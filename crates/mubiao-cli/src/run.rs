//! The run over the inputs: read, decode and render on rayon's workers, write on the
//! main thread in input order, failures named on standard error as they come.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};

use crate::cli::OutputArgs;
use crate::input::{Failure, Input};
use crate::output::Fatal;

/// How a run ended, when the output could be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every input was read.
    Clean,
    /// Some input could not be read or decoded; the others were processed (exit 1).
    SomeFailed,
}

/// A run is long, and earns a progress bar on a terminal, from this many bytes …
const LONG_BYTES: u64 = 16 << 20;
/// … or this many files.
const LONG_FILES: usize = 200;

/// Runs `work` on every input in parallel (`--jobs` threads, one per core by default)
/// and hands the results to `sink` in input order. A failed input is named on standard
/// error and handed to `sink` in its place (for an error record); an error of `sink`
/// (the output cannot be written) stops the run.
pub(crate) fn each<T, W, S>(
    inputs: &[Input],
    output: &OutputArgs,
    work: W,
    mut sink: S,
) -> Result<Outcome, Fatal>
where
    T: Send,
    W: Fn(&Input) -> Result<T, Failure> + Sync,
    S: FnMut(&Input, Result<T, Failure>) -> Result<(), Fatal>,
{
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = output.jobs {
        builder = builder.num_threads(n.get());
    }
    let pool = builder.build().map_err(|e| {
        Fatal::from(mubiao::Error::Io(std::io::Error::other(format!(
            "cannot start worker threads: {e}"
        ))))
    })?;
    let (bar, sizes) = progress(inputs, output);
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Result<T, Failure>)>();
    let mut failed = 0usize;
    let mut result = Ok(());
    std::thread::scope(|scope| {
        let (stop, work, pool) = (&stop, &work, &pool);
        scope.spawn(move || {
            pool.install(|| {
                inputs
                    .iter()
                    .enumerate()
                    .par_bridge()
                    .for_each_with(tx, |tx, (i, input)| {
                        if stop.load(Ordering::Relaxed) {
                            return;
                        }
                        // the receiver is gone only when the run stopped
                        if tx.send((i, work(input))).is_err() {
                            stop.store(true, Ordering::Relaxed);
                        }
                    });
            });
        });
        let mut pending = BTreeMap::new();
        let mut next = 0usize;
        'results: for (i, r) in &rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&next) {
                let Some(input) = inputs.get(next) else {
                    break 'results;
                };
                if let Err(f) = &r {
                    failed += 1;
                    let message = f.message(&input.name);
                    match &bar {
                        Some(b) => b.suspend(|| eprintln!("mubiao: {message}")),
                        None => eprintln!("mubiao: {message}"),
                    }
                }
                if let Some(b) = &bar {
                    b.inc(sizes.get(next).copied().unwrap_or(0));
                }
                if let Err(e) = sink(input, r) {
                    result = Err(e);
                    stop.store(true, Ordering::Relaxed);
                    break 'results;
                }
                next += 1;
            }
        }
        drop(rx);
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    result?;
    Ok(if failed == 0 {
        Outcome::Clean
    } else {
        Outcome::SomeFailed
    })
}

/// A progress bar by bytes, when standard error is a terminal and the run is long;
/// and the size of each input for it.
fn progress(inputs: &[Input], output: &OutputArgs) -> (Option<ProgressBar>, Vec<u64>) {
    if output.no_progress || !std::io::stderr().is_terminal() {
        return (None, Vec::new());
    }
    let sizes: Vec<u64> = inputs.iter().map(Input::size_hint).collect();
    let total: u64 = sizes.iter().sum();
    if total < LONG_BYTES && inputs.len() < LONG_FILES {
        return (None, Vec::new());
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(
        "{wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {elapsed_precise} (eta {eta})",
    ) {
        bar.set_style(style);
    }
    // drawn even while one large input is read, so the run shows it is alive
    bar.enable_steady_tick(std::time::Duration::from_millis(250));
    (Some(bar), sizes)
}
