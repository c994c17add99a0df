//! Integration tests of mubiao-indicator: the worked examples of INDICATOR-ARITHMETIC.md
//! section 6 with exact expected values, and property tests.
// Test helpers: a failing unwrap is a failing test.
#![allow(clippy::unwrap_used)]

mod properties;
#[cfg(feature = "serde")]
mod serde;
mod worked_examples;

use mubiao_indicator::{Percent, Rounding};
use rust_decimal::Decimal;

/// A decimal from its written form.
fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// A per cent from its written form.
fn p(s: &str) -> Percent {
    Percent::new(d(s))
}

/// `value` rounded half away from zero to `dp` places, as a string with those places.
fn r(value: Decimal, dp: u32) -> String {
    let v = Rounding::HalfUp.round(value, dp);
    format!("{v:.prec$}", prec = dp as usize)
}
