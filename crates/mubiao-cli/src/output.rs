//! Where the output goes, and the framing of records: a JSON array, JSON Lines, one
//! CSV header.

use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use crate::cli::Format;
use crate::input::io_reason;

/// An error that ends the run: the output cannot be written (exit 2).
#[derive(Debug)]
pub(crate) struct Fatal {
    what: String,
    error: io::Error,
}

impl Fatal {
    /// Writing to `target` failed.
    pub(crate) fn write(target: &Target, error: io::Error) -> Self {
        Self {
            what: format!("cannot write {}", target.name()),
            error,
        }
    }

    /// Whether the reader went away (`| head`): not an error.
    pub(crate) fn is_broken_pipe(&self) -> bool {
        self.error.kind() == io::ErrorKind::BrokenPipe
    }
}

impl fmt::Display for Fatal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.what, io_reason(&self.error))
    }
}

impl From<mubiao::Error> for Fatal {
    fn from(e: mubiao::Error) -> Self {
        let error = match e {
            mubiao::Error::Io(io) => io,
            other => io::Error::other(other.to_string()),
        };
        Self {
            what: "cannot write the output".to_owned(),
            error,
        }
    }
}

/// Standard output or the `--out` file.
#[derive(Debug)]
pub(crate) enum Target {
    Stdout,
    File(PathBuf),
}

impl Target {
    pub(crate) fn new(out: Option<&Path>) -> Self {
        match out {
            Some(p) if p.as_os_str() != "-" => Self::File(p.to_owned()),
            _ => Self::Stdout,
        }
    }

    fn name(&self) -> String {
        match self {
            Self::Stdout => "standard output".to_owned(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// Whether the output is a terminal (for colour).
    pub(crate) fn is_terminal(&self) -> bool {
        matches!(self, Self::Stdout) && io::stdout().is_terminal()
    }

    /// Opens the output; a file that cannot be created ends the run before any input
    /// is read.
    pub(crate) fn open(&self) -> Result<Sink, Fatal> {
        let inner: Box<dyn Write> = match self {
            Self::Stdout => Box::new(io::stdout().lock()),
            Self::File(p) => Box::new(File::create(p).map_err(|e| Fatal {
                what: format!("cannot create {}", p.display()),
                error: e,
            })?),
        };
        Ok(Sink {
            out: BufWriter::with_capacity(1 << 16, inner),
        })
    }
}

/// The open output.
pub(crate) struct Sink {
    out: BufWriter<Box<dyn Write>>,
}

impl Sink {
    pub(crate) fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    pub(crate) fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// How the chunks of the inputs are put together: between them, before and after.
#[derive(Debug)]
pub(crate) struct Frame {
    format: Format,
    /// For JSON: the records go in an array (else the one chunk is printed alone).
    array: bool,
    pretty: bool,
    /// A blank line between the tables of two inputs.
    blank_lines: bool,
    written: usize,
}

impl Frame {
    pub(crate) const fn new(format: Format, array: bool, pretty: bool) -> Self {
        Self {
            format,
            array,
            pretty,
            blank_lines: true,
            written: 0,
        }
    }

    /// Whether tables of two inputs are set apart by a blank line (default yes).
    pub(crate) const fn blank_lines(mut self, yes: bool) -> Self {
        self.blank_lines = yes;
        self
    }

    /// What goes first: `[` of a JSON array, or the header of a CSV file or a table.
    pub(crate) fn start(&self, sink: &mut Sink, csv_header: &[u8]) -> io::Result<()> {
        match self.format {
            Format::Json if self.array => sink.write(b"["),
            Format::Csv | Format::Table => sink.write(csv_header),
            _ => Ok(()),
        }
    }

    /// One input's chunk. JSON chunks hold records separated by `,\n` (none may be
    /// empty); other chunks are written as they are.
    pub(crate) fn chunk(&mut self, sink: &mut Sink, chunk: &[u8]) -> io::Result<()> {
        if chunk.is_empty() {
            return Ok(());
        }
        if self.format == Format::Json {
            if self.array {
                sink.write(if self.written == 0 { b"\n" } else { b",\n" })?;
            } else if self.written > 0 {
                sink.write(b",\n")?;
            }
        } else if self.format == Format::Table && self.blank_lines && self.written > 0 {
            sink.write(b"\n")?;
        }
        self.written += 1;
        sink.write(chunk)
    }

    /// What goes last: `]` of a JSON array, the newline after a JSON document.
    pub(crate) fn finish(&self, sink: &mut Sink) -> io::Result<()> {
        match self.format {
            Format::Json if self.array => {
                sink.write(if self.written == 0 { b"]\n" } else { b"\n]\n" })
            }
            Format::Json if self.written > 0 => sink.write(b"\n"),
            _ => Ok(()),
        }?;
        sink.flush()
    }

    /// Appends one serialised record to a chunk in the frame's format: a line of JSON
    /// Lines, or a JSON value (indented with `--pretty`), `,\n` between records.
    pub(crate) fn record<T: serde::Serialize>(
        &self,
        chunk: &mut Vec<u8>,
        value: &T,
    ) -> Result<(), mubiao::Error> {
        match self.format {
            Format::Jsonl => {
                serde_json::to_writer(&mut *chunk, value)?;
                chunk.push(b'\n');
            }
            _ => {
                if !chunk.is_empty() {
                    chunk.extend_from_slice(b",\n");
                }
                if self.pretty {
                    serde_json::to_writer_pretty(&mut *chunk, value)?;
                } else {
                    serde_json::to_writer(&mut *chunk, value)?;
                }
            }
        }
        Ok(())
    }
}

/// A record with its `file` first: `{"file": …, …the record's fields}`.
#[derive(serde::Serialize)]
pub(crate) struct Filed<'a, T: serde::Serialize> {
    pub(crate) file: &'a str,
    #[serde(flatten)]
    pub(crate) record: T,
}

/// The record that stands in place of an input that gave no document.
#[derive(serde::Serialize)]
pub(crate) struct ErrorRecord<'a> {
    pub(crate) file: &'a str,
    pub(crate) error: String,
}
