//! Errors of the facade.

/// What can go wrong on the way from bytes to a ledger.
///
/// ```
/// let err = mubiao::decode(&[0x31, 0xFF, 0xFF, 0xFF]).unwrap_err();
/// assert!(matches!(err, mubiao::Error::Encoding { offset: 1, .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not text in any encoding mubiao reads.
    #[error("not valid {encoding} at byte {offset}")]
    Encoding {
        /// The encoding that was tried last.
        encoding: &'static str,
        /// Byte offset of the first malformed sequence.
        offset: usize,
    },
    /// Writing an output failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Writing CSV failed for another reason than I/O.
    #[error(transparent)]
    Csv(csv::Error),
    /// A fault inside mubiao while reading one document of many (a bug: please report
    /// it with the document). [`parse_all`](crate::parse_all) reports it in place of that
    /// document and goes on with the others.
    #[error("internal error: {0}")]
    Internal(String),
    /// Writing or reading JSON failed.
    #[cfg(feature = "serde")]
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// I/O errors inside the CSV writer are I/O errors (a closed pipe is a closed pipe).
impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        if !e.is_io_error() {
            return Self::Csv(e);
        }
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Self::Io(io),
            other => Self::Io(std::io::Error::other(format!("{other:?}"))),
        }
    }
}
