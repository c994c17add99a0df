//! The command line, declared with clap's derive API.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use mubiao::model::Severity;

/// Read Chinese government target documents (政府工作报告, 目标任务分解) into ledgers of
/// tasks, units, targets and quantities.
///
/// Every command reads files, folders (their `.txt` files; `--recursive` for
/// subfolders) or `-` for standard input, in UTF-8 (with or without a byte-order
/// mark), UTF-16 with a byte-order mark, or GB18030/GBK, and prints a table, JSON,
/// JSON Lines or CSV. Every JSON record and CSV row names its `file`.
///
/// Exit codes: 0 every input read; 1 some input could not be read or decoded (the
/// rest were processed, each failure named on standard error); 2 usage error or an
/// output that cannot be written.
#[derive(Debug, Parser)]
#[command(name = "mubiao", version, propagate_version = true)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// The task ledger of each document: numbered tasks, their paths, lead and
    /// responsible units (JSON: contract mubiao.ledger/1, one document per file)
    #[command(
        after_help = "Examples:\n  mubiao ledger notice.txt\n  mubiao ledger notice.txt --format json --pretty\n  mubiao ledger DIR --format csv --excel --out ledger.csv"
    )]
    Ledger(LedgerArgs),
    /// Every quantitative statement: indicator, measure, comparator, value, unit,
    /// status (planned or achieved), year (one record per target)
    #[command(
        after_help = "Examples:\n  mubiao targets report.txt\n  mubiao targets DIR --format csv --out targets.csv"
    )]
    Targets(TargetsArgs),
    /// Every quantity and date: value, unit, kind, comparator (one record per mention;
    /// the table highlights them in the text)
    #[command(
        after_help = "Examples:\n  mubiao quantities report.txt\n  mubiao quantities - --lines --format jsonl < sentences.txt"
    )]
    Quantities(QuantitiesArgs),
    /// Many documents in parallel: one ledger a line (JSON Lines by default), in input
    /// order, an error record {"file", "error"} in place of a file that could not be
    /// read or decoded
    #[command(
        after_help = "Examples:\n  mubiao corpus DIR --out corpus.jsonl\n  mubiao corpus DIR --recursive --format table\n  mubiao corpus DIR --jobs 1 --stats --out /dev/null"
    )]
    Corpus(CorpusArgs),
    /// Diagnostics: numbering gaps, unclosed parentheses, empty duty blocks, and the
    /// checks of a report's own arithmetic (shares, growth, average rates)
    #[command(
        after_help = "Examples:\n  mubiao check report.txt\n  mubiao check DIR --min-severity warning --format jsonl"
    )]
    Check(CheckArgs),
}

/// Where the documents come from.
#[derive(Debug, Args)]
pub(crate) struct InputArgs {
    /// Files or folders to read; `-` reads standard input
    #[arg(value_name = "PATH", required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// Read the subfolders of each folder too
    #[arg(short, long)]
    pub(crate) recursive: bool,
    /// The file extensions read from a folder (files named on the command line are
    /// read whatever their extension)
    #[arg(long, value_name = "EXT", value_delimiter = ',', default_value = "txt")]
    pub(crate) ext: Vec<String>,
}

/// How to print.
#[derive(Debug, Args)]
pub(crate) struct OutputArgs {
    /// Output format [default: table; jsonl for corpus]
    #[arg(short, long, value_enum)]
    pub(crate) format: Option<Format>,
    /// Indent JSON (with --format json)
    #[arg(long)]
    pub(crate) pretty: bool,
    /// Begin CSV with a byte-order mark, for Excel (with --format csv)
    #[arg(long)]
    pub(crate) excel: bool,
    /// Write to FILE instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Worker threads [default: one per core]
    #[arg(short, long, value_name = "N")]
    pub(crate) jobs: Option<NonZeroUsize>,
    /// No progress bar (one is shown on a terminal for long runs)
    #[arg(long)]
    pub(crate) no_progress: bool,
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// Aligned columns for a terminal
    Table,
    /// One JSON document (an array of records, or the one ledger of a single file)
    Json,
    /// One JSON record a line
    Jsonl,
    /// Comma-separated values, one header row
    Csv,
}

/// `mubiao ledger`.
#[derive(Debug, Args)]
pub(crate) struct LedgerArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    /// In the table: for each unit, the tasks it leads and shares, instead of the tasks
    #[arg(long)]
    pub(crate) by_unit: bool,
    /// Read the structure only (outline, tasks, units, diagnostics): no quantities,
    /// dates or targets; about three times as fast
    #[arg(long)]
    pub(crate) structure_only: bool,
}

/// `mubiao corpus`.
#[derive(Debug, Args)]
pub(crate) struct CorpusArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    /// At the end, print on standard error how many documents, tasks, targets and
    /// diagnostics were read, and how fast
    #[arg(long)]
    pub(crate) stats: bool,
    /// Read the structure only (outline, tasks, units, diagnostics): no quantities,
    /// dates or targets; about three times as fast
    #[arg(long)]
    pub(crate) structure_only: bool,
}

/// `mubiao targets`.
#[derive(Debug, Args)]
pub(crate) struct TargetsArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
}

/// `mubiao quantities`.
#[derive(Debug, Args)]
pub(crate) struct QuantitiesArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    /// Read each line as a text of its own: records carry `line` (from 1) and spans
    /// into that line
    #[arg(long)]
    pub(crate) lines: bool,
    /// The year that dates without one (`元月底前`, `上半年`) fall in
    #[arg(long, value_name = "YEAR")]
    pub(crate) year: Option<i32>,
}

/// `mubiao check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) output: OutputArgs,
    /// Show diagnostics of this severity and above: info, warning, error
    #[arg(long, value_name = "SEVERITY", default_value = "info")]
    pub(crate) min_severity: Severity,
}

impl OutputArgs {
    /// The format asked for, or the command's default; a flag that does not fit the
    /// format is a usage error (exit 2).
    pub(crate) fn format_or(&self, default: Format) -> Format {
        let format = self.format.unwrap_or(default);
        if self.pretty && format != Format::Json {
            usage("--pretty goes with --format json");
        }
        if self.excel && format != Format::Csv {
            usage("--excel goes with --format csv");
        }
        format
    }
}

/// Ends the run with a usage error in clap's form (exit 2).
pub(crate) fn usage(message: &str) -> ! {
    Cli::command()
        .error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
