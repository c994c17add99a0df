//! What the command-line examples share: exit codes, and reading one optional file.

use std::process::ExitCode;

/// The exit code of an example's `run`, its error printed as `name: error`. A reader
/// that went away (`| head`) is not an error.
pub(crate) fn exit(name: &str, result: Result<(), Box<dyn std::error::Error>>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    let io =
        e.downcast_ref::<std::io::Error>()
            .or_else(|| match e.downcast_ref::<mubiao::Error>() {
                Some(mubiao::Error::Io(io)) => Some(io),
                _ => None,
            });
    io.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// The bytes of `file`, or of the bundled document when there is none.
pub(crate) fn read_or(file: Option<&str>, bundled: &[u8]) -> Result<Vec<u8>, String> {
    match file {
        Some(f) => std::fs::read(f).map_err(|e| format!("{f}: {e}")),
        None => Ok(bundled.to_vec()),
    }
}

/// The options of an example that prints one document: an output mode (one of the
/// flags it accepts), `--excel`, and a file.
pub(crate) struct Args {
    /// The mode flag given last, as written (`--json`), if any.
    pub(crate) mode: Option<String>,
    /// `--excel` was given.
    pub(crate) excel: bool,
    /// The file to read, if any.
    pub(crate) file: Option<String>,
}

impl Args {
    /// The CSV options `--excel` asks for.
    pub(crate) fn csv_options(&self) -> mubiao::CsvOptions {
        if self.excel {
            mubiao::CsvOptions::default().excel()
        } else {
            mubiao::CsvOptions::default()
        }
    }
}

/// Reads the command line against `modes`; `None` when `--help` printed `usage`.
pub(crate) fn args(usage: &str, modes: &[&str]) -> Result<Option<Args>, String> {
    let mut a = Args {
        mode: None,
        excel: false,
        file: None,
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            m if modes.contains(&m) => a.mode = Some(arg),
            "--excel" => a.excel = true,
            "-h" | "--help" => {
                println!("{usage}");
                return Ok(None);
            }
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}\n{usage}")),
            _ if a.file.is_some() => return Err(usage.to_owned()),
            _ => a.file = Some(arg),
        }
    }
    Ok(Some(a))
}
