//! The native part of the Python package `mubiao` (module `mubiao._native`; the public
//! API, its types and docs are in `python/mubiao/__init__.py`).
//!
//! - `parse(source)`: a `str` or `bytes` (decoded as [`mubiao::decode`] does) to the
//!   ledger as a `dict` of the JSON contract `mubiao.ledger/1`, plus `file`, `encoding`
//!   and the decoded `text`.
//! - `read(path)`: the same from a file.
//! - `targets(files)`, `tasks(files)`: files read and parsed in parallel, one `dict` row
//!   per target or task, each with its `file`.
//!
//! Every span comes with its character twin (`char_span` beside `span`, and so on) that
//! slices the Python `str`. The GIL is released while files are read and parsed. A
//! document that cannot be decoded raises `mubiao.MubiaoError` (a `ValueError`) naming
//! the file and the byte; a file that cannot be read raises the `OSError` subclass of
//! its errno with the path; a fault inside the parser (a bug) becomes a `MubiaoError`
//! too, never a panic across the interpreter.
#![forbid(unsafe_code)]

mod chars;
mod to_py;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use mubiao::{Encoding, Ledger};
use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::chars::CharIndex;
use crate::to_py::{Chars, Keys, ToPy};

pyo3::create_exception!(
    mubiao,
    MubiaoError,
    PyValueError,
    "A document mubiao cannot read: bytes that are text in no encoding it reads, or a \
     fault inside mubiao. `file` names the file (None for `parse`), `span` the bytes \
     `[start, end]` where it happened, or None."
);

/// How many files are read and parsed at a time while the rows of the batch before are
/// built: small enough for the two to overlap from the start, and for a large corpus to
/// hold only a few batches of ledgers.
const BATCH: usize = 64;

/// A document read: its ledger and the character table of its text.
struct Parsed {
    ledger: Ledger,
    chars: CharIndex,
}

impl Parsed {
    /// Parses `text`; a panic inside the parser (a bug) is caught and reported.
    fn of(text: &str) -> Result<Self, Failure> {
        catch_unwind(AssertUnwindSafe(|| Self {
            ledger: Ledger::parse(text),
            chars: CharIndex::new(text),
        }))
        .map_err(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Failure::Internal(what)
        })
    }
}

/// A document decoded from bytes and parsed.
struct Decoded {
    text: String,
    encoding: Encoding,
    bom: bool,
    parsed: Parsed,
}

impl Decoded {
    fn of(bytes: &[u8]) -> Result<Self, Failure> {
        let source = mubiao::decode(bytes).map_err(Failure::Decode)?;
        let parsed = Parsed::of(&source.text)?;
        Ok(Self {
            text: source.text,
            encoding: source.encoding,
            bom: source.bom,
            parsed,
        })
    }

    fn read(path: &Path) -> Result<Self, Failure> {
        Self::of(&std::fs::read(path).map_err(Failure::Io)?)
    }

    /// The Python codec that turns the file's bytes into `text` again
    /// (`raw.decode(codec) == text`): a byte-order mark is dropped by `utf-8-sig` and
    /// `utf-16`.
    fn codec(&self) -> Option<&'static str> {
        Some(match (self.encoding, self.bom) {
            (Encoding::Utf8, false) => "utf-8",
            (Encoding::Utf8, true) => "utf-8-sig",
            (Encoding::Utf16Le | Encoding::Utf16Be, _) => "utf-16",
            (Encoding::Gb18030, _) => "gb18030",
            _ => return None,
        })
    }

    fn chars(&self) -> Chars<'_> {
        Chars::new(&self.text, &self.parsed.chars)
    }
}

/// What went wrong with one document, before it is a Python exception.
enum Failure {
    /// The file could not be read.
    Io(std::io::Error),
    /// The bytes are not text.
    Decode(mubiao::Error),
    /// The parser panicked: a bug.
    Internal(String),
}

impl Failure {
    /// The Python exception, naming `file` where there is one.
    fn into_err(self, py: Python<'_>, file: Option<&Bound<'_, PyString>>) -> PyErr {
        let prefix = file.map(|f| format!("{f}: ")).unwrap_or_default();
        let (message, span) = match self {
            Self::Io(e) => return os_error(py, &e, file),
            Self::Decode(mubiao::Error::Encoding { encoding, offset }) => (
                format!("{prefix}not valid {encoding} at byte {offset}"),
                Some((offset, offset.saturating_add(1))),
            ),
            Self::Decode(e) => (format!("{prefix}{e}"), None),
            Self::Internal(what) => (
                format!(
                    "{prefix}internal error: {what} (a bug in mubiao: please report it with \
                     the document)"
                ),
                None,
            ),
        };
        let err = MubiaoError::new_err(message);
        let value = err.value(py);
        if let Err(e) = value
            .setattr("file", file)
            .and_then(|()| value.setattr("span", span.map(|(a, b)| vec![a, b])))
        {
            return e;
        }
        err
    }
}

/// `OSError(errno, strerror, filename)`, which Python turns into the subclass of the
/// errno (`FileNotFoundError`, `IsADirectoryError`, `PermissionError`…), as `open` does.
fn os_error(py: Python<'_>, e: &std::io::Error, file: Option<&Bound<'_, PyString>>) -> PyErr {
    let Some(code) = e.raw_os_error() else {
        let prefix = file.map(|f| format!("{f}: ")).unwrap_or_default();
        return PyOSError::new_err(format!("{prefix}{e}"));
    };
    let strerror = py
        .import("os")
        .and_then(|os| os.call_method1("strerror", (code,)))
        .and_then(|s| s.extract::<String>())
        .unwrap_or_else(|_| e.to_string());
    PyOSError::new_err((code, strerror, file.map(|f| f.clone().unbind())))
}

/// The ledger as a `dict`: the contract's keys, then `file`, `encoding` and `text`.
fn ledger_dict<'py>(
    py: Python<'py>,
    parsed: &Parsed,
    chars: Chars<'_>,
    file: Option<&Bound<'py, PyString>>,
    encoding: Option<&str>,
    text: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let keys = Keys::default();
    let ledger = ToPy::new(py, chars, &keys).convert(&parsed.ledger)?;
    let dict = ledger.cast::<PyDict>()?;
    dict.set_item("file", file)?;
    dict.set_item("encoding", encoding)?;
    dict.set_item("text", text)?;
    Ok(ledger)
}

/// Reads a document from a `str` or from bytes (`bytes`, `bytearray`), decoded as the
/// Rust crate does (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK), and
/// returns its ledger `dict`. Parsing runs without the GIL.
#[pyfunction]
fn parse<'py>(py: Python<'py>, source: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if let Ok(s) = source.cast::<PyString>() {
        let text = PyBackedStr::try_from(s.clone())?;
        let parsed = py
            .detach(|| Parsed::of(&text))
            .map_err(|f| f.into_err(py, None))?;
        let chars = Chars::new(&text, &parsed.chars);
        return ledger_dict(py, &parsed, chars, None, None, s.clone().into_any());
    }
    if source.is_instance_of::<PyBytes>() || source.is_instance_of::<PyByteArray>() {
        let bytes: PyBackedBytes = source.extract()?;
        let doc = py
            .detach(|| Decoded::of(&bytes))
            .map_err(|f| f.into_err(py, None))?;
        let text = PyString::new(py, &doc.text).into_any();
        return ledger_dict(py, &doc.parsed, doc.chars(), None, doc.codec(), text);
    }
    Err(PyTypeError::new_err(format!(
        "parse() takes a str or bytes, not {}",
        source.get_type().name()?
    )))
}

/// Reads the file at `path` (a `str`) and returns its ledger `dict`. Reading and parsing
/// run without the GIL.
#[pyfunction]
fn read<'py>(py: Python<'py>, path: &Bound<'py, PyString>) -> PyResult<Bound<'py, PyAny>> {
    let file: PathBuf = path.extract()?;
    let doc = py
        .detach(|| Decoded::read(&file))
        .map_err(|f| f.into_err(py, Some(path)))?;
    let text = PyString::new(py, &doc.text).into_any();
    ledger_dict(py, &doc.parsed, doc.chars(), Some(path), doc.codec(), text)
}

/// Python's cyclic garbage collector held off while rows are built, and restored as it
/// was when dropped. The rows hold no cycles, but every container made counts towards
/// the next collection, and collections walking the rows made so far took half the time
/// of building them. (It stays off while this call waits for the parser without the
/// GIL: other threads then allocate for that while without collections, no more.)
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
}

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> Self {
        let gc = py.import("gc").ok().filter(|gc| {
            gc.call_method0("isenabled")
                .and_then(|on| on.is_truthy())
                .unwrap_or(false)
                && gc.call_method0("disable").is_ok()
        });
        Self { gc }
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            // nothing to do if it fails: the collector stays as the caller can set it
            let _ = gc.call_method0("enable");
        }
    }
}

/// Reads and parses `files` (a list of `str`) in parallel and calls `each(file,
/// document)` for each, in order.
///
/// A thread of its own reads and parses the files in batches on rayon's pool, without
/// the GIL, while this one calls `each` on the batch before with the GIL held: the two
/// overlap, and at most three batches of ledgers are held at once.
fn for_each_file<'py>(
    py: Python<'py>,
    files: &Bound<'py, PyList>,
    mut each: impl FnMut(&Bound<'py, PyString>, &Decoded) -> PyResult<()>,
) -> PyResult<()> {
    let files = files
        .iter()
        .map(|f| f.cast_into::<PyString>().map_err(PyErr::from))
        .collect::<PyResult<Vec<_>>>()?;
    let paths = files
        .iter()
        .map(|f| f.extract::<PathBuf>())
        .collect::<PyResult<Vec<_>>>()?;
    let (send, mut receive) = mpsc::sync_channel::<Vec<Result<Decoded, Failure>>>(1);
    let _paused = GcPause::new(py);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            for batch in paths.chunks(BATCH) {
                let docs = batch.par_iter().map(|p| Decoded::read(p)).collect();
                if send.send(docs).is_err() {
                    break; // `each` stopped at an error
                }
            }
        });
        let mut done = Ok(());
        for files in files.chunks(BATCH) {
            // a unique borrow: a receiver is `Send` but not `Sync`
            let receiver = &mut receive;
            let Ok(docs) = py.detach(move || receiver.recv()) else {
                break; // the reader panicked: reported below
            };
            done = files.iter().zip(docs).try_for_each(|(file, doc)| {
                each(file, &doc.map_err(|f| f.into_err(py, Some(file)))?)
            });
            // Ctrl-C (a KeyboardInterrupt) stops a long run between batches
            if done.is_ok() {
                done = py.check_signals();
            }
            if done.is_err() {
                break;
            }
        }
        // after an error the reader ends at its next batch: wait for it without the GIL
        drop(receive);
        let joined = py.detach(|| reader.join());
        done?;
        joined.map_err(|_| Failure::Internal("the reader panicked".to_owned()).into_err(py, None))
    })
}

/// One row per target of every file: `file`, the target's contract keys with their
/// character spans, `task_number` (the number of the task it belongs to) and
/// `statement` (the text of its span).
#[pyfunction]
fn targets<'py>(py: Python<'py>, files: &Bound<'py, PyList>) -> PyResult<Bound<'py, PyList>> {
    let keys = Keys::default();
    let mut rows = Vec::new();
    for_each_file(py, files, |file, doc| {
        let to = ToPy::new(py, doc.chars(), &keys);
        let tasks = doc.parsed.ledger.tasks();
        for t in doc.parsed.ledger.targets() {
            let row = PyDict::new(py);
            row.set_item(pyo3::intern!(py, "file"), file)?;
            to.into(&row).convert(t)?;
            let number = t.task.and_then(|i| tasks.get(i)).and_then(|t| t.number());
            row.set_item(pyo3::intern!(py, "task_number"), number)?;
            row.set_item(pyo3::intern!(py, "statement"), t.span.get(&doc.text))?;
            rows.push(row);
        }
        Ok(())
    })?;
    PyList::new(py, rows)
}

/// One row per task of every file: `file` and the task as the ledger has it (number,
/// path, text, lead, units, duties, targets, deadlines… with character spans).
#[pyfunction]
fn tasks<'py>(py: Python<'py>, files: &Bound<'py, PyList>) -> PyResult<Bound<'py, PyList>> {
    let keys = Keys::default();
    let mut rows = Vec::new();
    for_each_file(py, files, |file, doc| {
        let only_tasks = ToPy::new(py, doc.chars(), &keys).only("tasks");
        let ledger = only_tasks.convert(&doc.parsed.ledger)?;
        let Some(tasks) = ledger.cast::<PyDict>()?.get_item("tasks")? else {
            return Ok(());
        };
        for task in tasks.try_iter()? {
            let row = PyDict::new(py);
            row.set_item(pyo3::intern!(py, "file"), file)?;
            row.update(task?.cast::<PyDict>()?.as_mapping())?;
            rows.push(row);
        }
        Ok(())
    })?;
    PyList::new(py, rows)
}

/// The native module `mubiao._native`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(targets, m)?)?;
    m.add_function(wrap_pyfunction!(tasks, m)?)?;
    m.add("MubiaoError", m.py().get_type::<MubiaoError>())?;
    m.add("SCHEMA", mubiao::model::SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
