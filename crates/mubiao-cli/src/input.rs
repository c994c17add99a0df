//! The inputs: files, the files of folders (and subfolders with `--recursive`), or
//! standard input; read and decoded with the path named in every failure.

use std::borrow::Cow;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::cli::InputArgs;

/// One document to read.
#[derive(Debug)]
pub(crate) struct Input {
    /// The path as the user gave it or as it was found under a folder (`DIR/a.txt`);
    /// `-` for standard input. This is the `file` of every record.
    pub(crate) name: String,
    source: Source,
}

#[derive(Debug)]
enum Source {
    Path(PathBuf),
    Stdin,
    /// A folder that could not be listed: the failure stands in its place.
    Unlisted(String),
}

/// Why an input gave no document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    /// `cannot read` or `cannot decode`.
    pub(crate) what: &'static str,
    /// The reason, as the system or the decoder gives it.
    pub(crate) reason: String,
}

impl Failure {
    /// The failure for an error record: `cannot read: No such file or directory`.
    pub(crate) fn record(&self) -> String {
        format!("{}: {}", self.what, self.reason)
    }

    /// The message for standard error, naming the path.
    pub(crate) fn message(&self, name: &str) -> String {
        format!("{} {}: {}", self.what, terminal_safe(name), self.reason)
    }

    pub(crate) fn read(e: &std::io::Error) -> Self {
        Self {
            what: "cannot read",
            reason: io_reason(e),
        }
    }

    pub(crate) fn decode(e: &mubiao::Error) -> Self {
        Self {
            what: "cannot decode",
            reason: e.to_string(),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.record())
    }
}

/// An I/O error as people read it: `No such file or directory`, without the
/// `(os error 2)` that the standard library appends.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text.get(..at).unwrap_or(&text).to_owned(),
        _ => text,
    }
}

/// `s` with control characters escaped, for a terminal: a file name cannot move the
/// cursor or recolour the screen.
pub(crate) fn terminal_safe(s: &str) -> Cow<'_, str> {
    escape(s, char::is_control)
}

/// [`terminal_safe`] for text of several lines: line ends stay.
pub(crate) fn terminal_lines(s: &str) -> Cow<'_, str> {
    escape(s, |c| c.is_control() && c != '\n')
}

fn escape(s: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

impl Input {
    /// The file's size, where it can be known before reading it.
    pub(crate) fn size_hint(&self) -> u64 {
        match &self.source {
            Source::Path(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
            Source::Stdin | Source::Unlisted(_) => 0,
        }
    }

    /// The bytes of the input.
    pub(crate) fn read(&self) -> Result<Vec<u8>, Failure> {
        match &self.source {
            Source::Path(p) => std::fs::read(p).map_err(|e| Failure::read(&e)),
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .lock()
                    .read_to_end(&mut bytes)
                    .map_err(|e| Failure::read(&e))?;
                Ok(bytes)
            }
            Source::Unlisted(reason) => Err(Failure {
                what: "cannot read",
                reason: reason.clone(),
            }),
        }
    }

    /// The text of the input, in any encoding mubiao reads, and the encoding.
    pub(crate) fn text(&self) -> Result<mubiao::Source, Failure> {
        mubiao::decode_owned(self.read()?).map_err(|e| Failure::decode(&e))
    }
}

/// The inputs of the command line, in its order; a folder's files sorted by path. A
/// folder with no file to read is reported (as a failure of its own, in its place).
pub(crate) fn expand(args: &InputArgs) -> Vec<Input> {
    let mut out = Vec::new();
    for path in &args.paths {
        if path.as_os_str() == "-" {
            out.push(Input {
                name: "-".to_owned(),
                source: Source::Stdin,
            });
            continue;
        }
        let name = path.to_string_lossy().into_owned();
        if !path.is_dir() {
            // a missing or unreadable file fails when it is read, in its place
            out.push(Input {
                name,
                source: Source::Path(path.clone()),
            });
            continue;
        }
        let mut files = Vec::new();
        let mut unlisted = Vec::new();
        walk(path, args, &mut files, &mut unlisted);
        files.sort();
        let nothing = files.is_empty() && unlisted.is_empty();
        out.extend(files.into_iter().map(|p| Input {
            name: p.to_string_lossy().into_owned(),
            source: Source::Path(p),
        }));
        out.extend(unlisted);
        if nothing {
            let exts = args.ext.join(", .");
            out.push(Input {
                name,
                source: Source::Unlisted(format!(
                    "no .{exts} files{}",
                    if args.recursive {
                        ""
                    } else {
                        " (--recursive reads subfolders)"
                    }
                )),
            });
        }
    }
    out
}

/// The files of `dir` with one of the extensions, and of its subfolders when
/// `--recursive` (symbolic links to folders are not followed, so a loop cannot trap
/// the walk).
fn walk(dir: &Path, args: &InputArgs, files: &mut Vec<PathBuf>, unlisted: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            unlisted.push(Input {
                name: dir.to_string_lossy().into_owned(),
                source: Source::Unlisted(io_reason(&e)),
            });
            return;
        }
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            if args.recursive {
                walk(&path, args, files, unlisted);
            }
            continue;
        }
        // a file, or a symbolic link: read it when it leads to a file
        if kind.is_symlink() && !path.is_file() {
            continue;
        }
        let wanted = path.extension().is_some_and(|x| {
            args.ext
                .iter()
                .any(|e| x.eq_ignore_ascii_case(e.trim_start_matches('.')))
        });
        if wanted {
            files.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{io_reason, terminal_lines, terminal_safe};

    #[test]
    fn io_reasons_read_as_sentences() {
        let e = std::io::Error::from_raw_os_error(2);
        assert_eq!(io_reason(&e), "No such file or directory");
    }

    #[test]
    fn names_are_safe_on_a_terminal() {
        assert_eq!(terminal_safe("a.txt"), "a.txt");
        assert_eq!(terminal_safe("a\u{1b}[2J.txt"), "a\\u{1b}[2J.txt");
        assert_eq!(terminal_safe("a\nb"), "a\\nb");
        assert_eq!(terminal_lines("a\nb\rc"), "a\nb\\rc");
    }
}
