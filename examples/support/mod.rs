//! What the command-line examples share: exit codes (0 done, 1 failed, 2 usage — clap
//! gives 2), and reading one optional file with its path in the message.

use std::path::Path;
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

/// The ledger of `file` (any encoding mubiao reads), or of the bundled document when
/// there is none; a failure names the path.
#[allow(dead_code)]
pub(crate) fn ledger_of(file: Option<&Path>, bundled: &[u8]) -> Result<mubiao::Ledger, String> {
    let bytes = match file {
        Some(f) => std::fs::read(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?,
        None => bundled.to_vec(),
    };
    let name = file.map_or_else(
        || "the bundled document".to_owned(),
        |f| f.display().to_string(),
    );
    mubiao::Ledger::from_bytes(&bytes).map_err(|e| format!("cannot decode {name}: {e}"))
}
