//! Exact indicator arithmetic of Chinese statistics: growth rates, average annual growth
//! (水平法 and 累计法), 番 and 倍, shares, percentage points, completion rates (完成率),
//! schedule progress (时序进度) and rounding, all in [`rust_decimal::Decimal`], all
//! returning [`Result`].
//!
//! ```
//! use mubiao_indicator::{cagr, check_share, judge, Amount, Bound, Percent, Rounding, Verdict};
//! use rust_decimal::Decimal;
//!
//! // 武昌区2012年政府工作报告: "预计全年完成地区生产总值640亿元,增长12.6%;其中,
//! // 服务业完成增加值537亿元,增长13%,占GDP的84%"
//! let gdp = Amount::parse(Decimal::from(640), "亿元")?;
//! let services = Amount::parse(Decimal::from(537), "亿元")?;
//! let claim = check_share(services, gdp, Percent::new(Decimal::from(84)))?;
//! assert!(claim.is_consistent()); // 83.9063%, and 537/640 as rounded allows [83.76%, 84.05%]
//!
//! // 镇海区2012年政府工作报告: "全社会GDP从193亿元增长到560亿元" over five years
//! let rate = cagr(Amount::parse(Decimal::from(193), "亿元")?, Amount::parse(Decimal::from(560), "亿元")?, 5)?;
//! assert_eq!(rate.round(1, Rounding::HalfUp).to_string(), "23.7%");
//!
//! // a target "增长12%以上" against the actual 12.6%: met by 0.6 percentage points
//! let j = judge(Percent::new(Decimal::new(126, 1)), Bound::AtLeast(Percent::new(Decimal::from(12))))?;
//! assert_eq!((j.verdict, j.margin.to_string()), (Verdict::Met, "0.6个百分点".to_owned()));
//! # Ok::<(), mubiao_indicator::Error>(())
//! ```
//!
//! # Overview
//!
//! Types keep the classic spreadsheet mistakes out:
//! - [`Percent`] (13.5 means 13.5%) is not a [`PercentagePoints`] (the difference of two
//!   per cents), a [`Permille`] or a [`Factor`] (×1.126). Conversions are explicit:
//!   [`Percent::to_factor`], [`Factor::to_percent`], [`pp_change`].
//! - [`Amount`] is a level in a [`Unit`] with an exact scale (`元`/`万元`/`亿元`/`万亿元`,
//!   counts, measures); different currencies or kinds are an [`Error`], never a guess.
//!   Functions that take levels accept an [`Amount`] or a plain [`Decimal`]
//!   (the [`Level`] trait), never a rate.
//! - [`Multiple`] spells out 倍 and 番: `增长2倍` is ×3, `翻两番` is ×4, `下降X倍` is an error.
//!
//! Calculations:
//! - growth: [`growth_rate`], [`apply_growth`], [`project`], [`base_from_growth`],
//!   [`compound`], [`chain`], [`cagr`] and [`cagr_interval`] (水平法),
//!   [`cagr_cumulative`] (累计法), [`implied_rate`], [`required_rate`], [`doublings`];
//! - prices: [`PriceBasis`], [`nominal_growth`], [`implied_deflator`];
//! - shares and rates: [`share`], [`share_interval`], [`pp_change`], [`relative_change`];
//! - claims: [`check_share`], [`check_growth`], [`check_from_to`] answer
//!   [`Consistency::Consistent`], [`Consistency::Inconsistent`] (by how much) or
//!   [`Consistency::NotCheckable`] (why), reading every figure as rounded where written;
//! - targets: [`judge`] against a [`Bound`] (`以上`, `以内`, `超过`, `左右`, ranges) gives a
//!   [`Verdict`] and a signed margin in the target's unit; [`level_completion`],
//!   [`growth_completion`], [`decline_completion`] and [`ceiling_completion`] give
//!   完成率 by the right formula; [`schedule`] with [`Elapsed`] gives the [`Pace`];
//! - numerics: [`checked_pow`], [`nth_root`] (Newton in `Decimal`, verified by a round trip
//!   to 10⁻²⁰), [`log2`], [`Rounding`] (四舍五入 or GB/T 8170) and [`Interval`].
//!
//! Nothing panics and nothing computes a result in `f64`: an `f64` only seeds Newton's
//! iteration, whose result is checked in `Decimal`.
//!
//! # Crate features
//!
//! - `serde` (off by default): `Serialize`/`Deserialize` on the value, verdict and result
//!   types. Decimals are strings (`"12.6"`), units are strings as written (`"亿元"`),
//!   enums are snake case, and [`Consistency`] is tagged by `"verdict"`.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

mod check;
mod completion;
mod error;
mod growth;
mod interval;
mod judge;
mod multiple;
mod percent;
mod price;
mod root;
mod rounding;
mod schedule;
mod share;
mod unit;

pub use check::{Consistency, Reason, check_from_to, check_growth, check_share};
pub use completion::{
    CeilingFormula, Completion, Direction, ceiling_completion, decline_completion,
    growth_completion, level_completion,
};
pub use error::{Error, Result};
pub use growth::{
    apply_growth, base_from_growth, cagr, cagr_cumulative, cagr_interval, chain, compound,
    doublings, growth_rate, implied_rate, project, required_rate,
};
pub use interval::Interval;
pub use judge::{Bound, Judged, Judgement, Verdict, judge};
pub use multiple::Multiple;
pub use percent::{
    Factor, Percent, PercentagePoints, Permille, PermillePoints, pp_change, relative_change,
};
pub use price::{PriceBasis, implied_deflator, nominal_growth};
pub use root::{checked_pow, log2, nth_root};
pub use rounding::{Rounding, round};
pub use schedule::{Elapsed, Pace, Progress, schedule};
pub use share::{share, share_interval};
pub use unit::{Amount, Level, Unit, UnitKind};

pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;
