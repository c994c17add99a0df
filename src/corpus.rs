//! Many documents at once: parsed in parallel, results in input order.

use std::panic::{AssertUnwindSafe, catch_unwind};

use rayon::prelude::*;

use crate::{Error, Ledger};

/// Reads every document in parallel (rayon's global pool) and returns the ledgers in
/// input order. A document that cannot be read gives an error in its place; the others
/// are read all the same.
///
/// ```
/// let docs = [
///     "1、加强领导。(责任单位:市政府办)".as_bytes(),
///     b"\x31\xFF\xFF\xFF",
///     "96.搞好第三次经济普查。\n牵头单位:市统计局\n".as_bytes(),
/// ];
/// let ledgers = mubiao::parse_all(&docs);
/// assert_eq!(ledgers.len(), 3);
/// assert!(ledgers[1].is_err());
/// assert_eq!(ledgers[2].as_ref().unwrap().tasks()[0].number().as_deref(), Some("96"));
/// ```
#[must_use]
pub fn parse_all<T: AsRef<[u8]> + Sync>(docs: &[T]) -> Vec<Result<Ledger, Error>> {
    parse_all_with(docs, |_, _| {})
}

/// [`parse_all`], calling `done(index, result)` as each document is finished (from
/// the worker threads, in completion order): for a progress bar, or to count.
///
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// let docs = ["1、加强领导。(责任单位:市政府办)"; 4];
/// let finished = AtomicUsize::new(0);
/// let ledgers = mubiao::parse_all_with(&docs, |_, _| {
///     finished.fetch_add(1, Ordering::Relaxed);
/// });
/// assert_eq!(finished.into_inner(), 4);
/// assert!(ledgers.iter().all(Result::is_ok));
/// ```
pub fn parse_all_with<T, F>(docs: &[T], done: F) -> Vec<Result<Ledger, Error>>
where
    T: AsRef<[u8]> + Sync,
    F: Fn(usize, &Result<Ledger, Error>) + Sync,
{
    docs.par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let result = read_one(doc.as_ref());
            done(i, &result);
            result
        })
        .collect()
}

/// One document; a panic (a bug, never meant to happen) becomes an error for this
/// document instead of ending the whole run.
fn read_one(bytes: &[u8]) -> Result<Ledger, Error> {
    catch_unwind(AssertUnwindSafe(|| Ledger::from_bytes(bytes))).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Error::Internal(what))
    })
}
