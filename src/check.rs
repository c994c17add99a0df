//! The report's own arithmetic: shares, growth rates and average rates checked against
//! the levels the same text states, with [`mubiao_indicator`].
//!
//! A claim is a stated figure together with the figures it can be computed from:
//! - a share (`占GDP的84%`) with the part (`服务业完成增加值537亿元`) and the whole
//!   (`地区生产总值640亿元`) stated just before it;
//! - a growth (`增长20%`) with its two levels: `从A增长到B` just before it, or this
//!   year's level and last year's (`比上年的92.17亿元`);
//! - a `从A增长到B` over a period of years, with the average rate (`年均增长19.7%`) where
//!   the text states one.
//!
//! Verdicts become diagnostics — [`Code::ConsistentClaim`], [`Code::InconsistentClaim`]
//! or [`Code::UncheckableClaim`] — never errors: a real (可比价) GDP growth cannot be
//! checked against current-price levels, and the answer says so.

use mubiao_grammar::target::names::same_indicator;
use mubiao_grammar::target::share_parts;
use mubiao_indicator::{
    Amount, Consistency, Decimal, Percent, PriceBasis, Reason, Rounding, check_from_to,
    check_growth, check_share,
};
use mubiao_model::{Code, Diagnostic, Measure, Severity, Span, Target};

/// How far back from a stated share or growth its levels may stand, in bytes: the same
/// sentence or the one before, in practice.
const NEAR: usize = 360;

/// How many `从A增长到B` of a document a `年均` rate stated away from them is compared
/// with, at most: enough for a report, bounded for any input.
const FAR: usize = 64;

/// A stated figure with the figures it can be computed from.
///
/// ```
/// use mubiao::check::Claim;
/// use mubiao::Ledger;
///
/// let ledger = Ledger::parse("预计全年完成地区生产总值640亿元,增长12.6%;其中,服务业完成增加值537亿元,增长13%,占GDP的84%。");
/// let claims = ledger.claims();
/// let Some(Claim::Share { part, whole, .. }) = claims.first() else {
///     return Err("the share is a claim".into());
/// };
/// assert_eq!((part.indicator.as_str(), whole.indicator.as_str()), ("服务业增加值", "地区生产总值"));
/// assert!(claims[0].check()?.is_consistent());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Claim<'a> {
    /// `占GDP的84%`: the share stated, the part and the whole stated before it.
    Share {
        /// The share as stated.
        stated: &'a Target,
        /// The level of the part.
        part: &'a Target,
        /// The level of the whole.
        whole: &'a Target,
    },
    /// `增长20%` with the two levels it grows between.
    Growth {
        /// The growth as stated.
        stated: &'a Target,
        /// The earlier level.
        previous: Figure<'a>,
        /// The later level.
        current: Figure<'a>,
    },
    /// `年均增长19.7%` with the `从27.3亿元增长到67亿元` over some years it averages.
    FromTo {
        /// The average rate as stated.
        stated: &'a Target,
        /// The level with its baseline.
        levels: &'a Target,
        /// Over how many years.
        periods: u32,
    },
}

/// A level a claim is computed from: its value, its unit, the statement it comes from.
///
/// ```
/// use mubiao::check::{Claim, Figure};
/// use mubiao::Ledger;
///
/// let ledger = Ledger::parse("社会消费品零售总额从33.8亿元增长到78.2亿元,增长131.4%。");
/// let Some(Claim::Growth { previous, current, .. }) = ledger.claims().first().copied() else {
///     return Err("a growth between two levels".into());
/// };
/// assert_eq!((previous.value.to_string(), current.value.to_string()), ("33.8".to_owned(), "78.2".to_owned()));
/// assert_eq!(previous.unit, "亿元");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Figure<'a> {
    /// The number in `unit`.
    pub value: Decimal,
    /// The unit as written.
    pub unit: &'a str,
    /// The statement it is read from.
    pub target: &'a Target,
}

impl Claim<'_> {
    /// Checks the claim, reading every figure as rounded where written.
    ///
    /// # Errors
    /// What [`mubiao_indicator`] answers for figures it cannot compute with: a zero or
    /// negative base, units of different kinds (`亿元` against `万吨`), overflow.
    ///
    /// ```
    /// use mubiao::Ledger;
    ///
    /// let ledger = Ledger::parse("五年来,财政一般预算收入从27.3亿元增长到67亿元,年均增长19.7%。");
    /// let claim = ledger.claims()[0];
    /// assert!(claim.check()?.is_consistent());
    /// # Ok::<(), mubiao::indicator::Error>(())
    /// ```
    pub fn check(&self) -> Result<Consistency, mubiao_indicator::Error> {
        match *self {
            Self::Share {
                stated,
                part,
                whole,
            } => check_share(
                amount_of(part)?,
                amount_of(whole)?,
                Percent::new(value_of(stated)),
            ),
            Self::Growth {
                stated,
                previous,
                current,
            } => check_growth(
                Amount::parse(previous.value, previous.unit)?,
                Amount::parse(current.value, current.unit)?,
                Percent::new(value_of(stated)),
                PriceBasis::conventional(&stated.indicator),
            ),
            Self::FromTo {
                stated,
                levels,
                periods,
            } => {
                let (base, end) = from_to(levels)?;
                check_from_to(
                    base,
                    end,
                    periods,
                    Percent::new(value_of(stated)),
                    PriceBasis::conventional(&stated.indicator),
                )
            }
        }
    }

    /// The stated figure the claim is about.
    ///
    /// ```
    /// use mubiao::Ledger;
    /// let text = "服务业完成增加值537亿元,地区生产总值640亿元,服务业增加值占GDP的84%。";
    /// let ledger = Ledger::parse(text);
    /// assert_eq!(ledger.claims()[0].stated().span.get(text), Some("服务业增加值占GDP的84%"));
    /// ```
    #[must_use]
    pub const fn stated(&self) -> &Target {
        match *self {
            Self::Share { stated, .. }
            | Self::Growth { stated, .. }
            | Self::FromTo { stated, .. } => stated,
        }
    }

    /// Where the stated figure is written.
    ///
    /// ```
    /// use mubiao::Ledger;
    /// let text = "过去五年工作回顾\n财政一般预算收入从27.3亿元增长到67亿元,年均增长19.7%。\n";
    /// assert_eq!(Ledger::parse(text).claims()[0].span().get(text), Some("年均增长19.7%"));
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        self.stated().span
    }
}

/// The claims of a document's targets (in document order).
///
/// ```
/// use mubiao::check::claims;
/// use mubiao::grammar::target::targets;
///
/// let t = targets("服务业完成增加值537亿元,地区生产总值640亿元,服务业增加值占GDP的84%。");
/// assert_eq!(claims(&t).len(), 1);
/// ```
#[must_use]
pub fn claims(targets: &[Target]) -> Vec<Claim<'_>> {
    let mut out = Vec::new();
    // the 从A增长到B of the document, for 年均 rates stated away from them
    let from_tos: Vec<&Target> = targets.iter().filter(|t| is_from_to(t)).collect();
    for (i, t) in targets.iter().enumerate() {
        let before = || near_before(targets, i);
        match t.measure {
            Measure::Share if t.value.is_some() => {
                let Some((part_name, whole_name)) = share_parts(&t.indicator) else {
                    continue;
                };
                let level_of = |name: &str| {
                    before().find(|l| {
                        l.measure == Measure::Level
                            && l.baseline.is_none()
                            && l.value.is_some()
                            && l.year == t.year
                            && same_indicator(&l.indicator, name)
                    })
                };
                if let (Some(part), Some(whole)) = (level_of(part_name), level_of(whole_name)) {
                    out.push(Claim::Share {
                        stated: t,
                        part,
                        whole,
                    });
                }
            }
            Measure::Growth if t.value.is_some() && t.relation.is_none() => {
                if t.annual_average {
                    // 年均增长x%: against a 从A增长到B of the same indicator, nearest first
                    let same = |l: &&Target| same_indicator(&l.indicator, &t.indicator);
                    let levels = before()
                        .filter(|l| is_from_to(l))
                        .find(same)
                        .or_else(|| from_tos.iter().copied().take(FAR).find(same));
                    if let Some(levels) = levels
                        && let Some(periods) = levels.horizon.or(t.horizon).filter(|p| *p > 0)
                    {
                        out.push(Claim::FromTo {
                            stated: t,
                            levels,
                            periods,
                        });
                    }
                    continue;
                }
                if let Some(claim) = growth_claim(t, &before()) {
                    out.push(claim);
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|c| c.span().start);
    out
}

/// The diagnostics of the claims among `targets`: consistent (info), inconsistent
/// (warning), not checkable (info).
///
/// ```
/// use mubiao::check::diagnostics;
/// use mubiao::grammar::target::targets;
/// use mubiao::model::Code;
///
/// let t = targets("服务业完成增加值537亿元,地区生产总值640亿元,服务业增加值占GDP的86%。");
/// let d = diagnostics(&t);
/// assert_eq!(d[0].code, Code::InconsistentClaim);
/// assert!(d[0].message.contains("83.9%"));
/// ```
#[must_use]
pub fn diagnostics(targets: &[Target]) -> Vec<Diagnostic> {
    claims(targets).iter().map(diagnostic).collect()
}

/// The diagnostic of one claim.
fn diagnostic(claim: &Claim<'_>) -> Diagnostic {
    let what = describe(claim);
    let span = claim.span();
    match claim.check() {
        Ok(Consistency::Consistent {
            computed, range, ..
        }) => Diagnostic::new(
            Severity::Info,
            Code::ConsistentClaim,
            format!(
                "{what}: the figures give {} ({range:.2} as rounded); consistent",
                shown(computed)
            ),
            span,
        ),
        Ok(Consistency::Inconsistent {
            computed,
            range,
            by,
            ..
        }) => {
            let gap = by.round(2, Rounding::HalfUp);
            let side = if by.value().is_sign_negative() {
                "short of it"
            } else {
                "above it"
            };
            Diagnostic::new(
                Severity::Warning,
                Code::InconsistentClaim,
                format!(
                    "{what}: the figures give {} ({range:.2} as rounded), at least {}个百分点 {side}",
                    shown(computed),
                    gap.value().abs().normalize()
                ),
                span,
            )
        }
        Ok(Consistency::NotCheckable { reason }) => Diagnostic::new(
            Severity::Info,
            Code::UncheckableClaim,
            format!("{what}: not checkable, {}", why(reason)),
            span,
        ),
        Err(e) => Diagnostic::new(
            Severity::Info,
            Code::UncheckableClaim,
            format!("{what}: not checkable, {e}"),
            span,
        ),
    }
}

/// `服务业增加值537亿元 / 地区生产总值640亿元 stated as 84%`.
fn describe(claim: &Claim<'_>) -> String {
    let fig = |t: &Target| format!("{}{}", t.value.unwrap_or_default(), t.unit);
    match *claim {
        Claim::Share {
            stated,
            part,
            whole,
        } => format!(
            "{} {} of {} {} stated as {}",
            part.indicator,
            fig(part),
            whole.indicator,
            fig(whole),
            fig(stated)
        ),
        Claim::Growth {
            stated,
            previous,
            current,
        } => format!(
            "{} from {}{} to {}{} stated as 增长{}",
            stated.indicator,
            previous.value,
            previous.unit,
            current.value,
            current.unit,
            fig(stated)
        ),
        Claim::FromTo {
            stated,
            levels,
            periods,
        } => format!(
            "{} from {}{} to {} in {periods} years stated as 年均增长{}",
            levels.indicator,
            levels.baseline.unwrap_or_default(),
            levels.unit,
            fig(levels),
            fig(stated)
        ),
    }
}

fn why(reason: Reason) -> &'static str {
    match reason {
        Reason::PriceBasis => {
            "the rate is at comparable prices (可比价) and the levels at current prices"
        }
        Reason::UnknownPriceBasis => "the price basis of the rate is not known",
        _ => "no verdict is meaningful",
    }
}

/// A per cent at one place, 四舍五入.
fn shown(p: Percent) -> String {
    p.round(1, Rounding::HalfUp).to_string()
}

/// The targets just before target `i`, nearest first: within [`NEAR`] bytes, of the
/// same status where both say one (a plan is not checked against a result).
fn near_before(targets: &[Target], i: usize) -> impl Iterator<Item = &Target> + Clone + '_ {
    let t = targets.get(i);
    targets
        .get(..i)
        .unwrap_or_default()
        .iter()
        .rev()
        .take_while(move |l| t.is_some_and(|t| t.span.start.saturating_sub(l.span.start) <= NEAR))
        .filter(move |l| {
            t.is_some_and(|t| l.status == t.status || l.status.is_none() || t.status.is_none())
        })
}

/// Whether `t` is the level of a `从A增长到B`.
fn is_from_to(t: &Target) -> bool {
    t.measure == Measure::Level && t.baseline.is_some() && t.value.is_some()
}

/// A growth with its two levels just before it: a `从A增长到B` of the same indicator, or
/// the levels of this year and the year before.
fn growth_claim<'a>(
    t: &'a Target,
    before: &(impl Iterator<Item = &'a Target> + Clone),
) -> Option<Claim<'a>> {
    let same = |l: &&Target| same_indicator(&l.indicator, &t.indicator);
    if let Some(levels) = before.clone().filter(same).find(|l| is_from_to(l)) {
        return Some(Claim::Growth {
            stated: t,
            previous: Figure {
                value: levels.baseline?,
                unit: &levels.unit,
                target: levels,
            },
            current: figure(levels)?,
        });
    }
    let year = t.year?;
    let level = |y: i32| {
        before.clone().find(|l| {
            l.measure == Measure::Level
                && l.baseline.is_none()
                && l.year == Some(y)
                && same_indicator(&l.indicator, &t.indicator)
        })
    };
    let current = level(year)?;
    let previous = level(year.saturating_sub(1))?;
    Some(Claim::Growth {
        stated: t,
        previous: figure(previous)?,
        current: figure(current)?,
    })
}

fn figure(t: &Target) -> Option<Figure<'_>> {
    Some(Figure {
        value: t.value?,
        unit: &t.unit,
        target: t,
    })
}

/// The value of a target a claim is built from; claims are only built from targets with
/// a value.
fn value_of(t: &Target) -> Decimal {
    t.value.unwrap_or_default()
}

/// A level as an amount in its unit as written.
fn amount_of(t: &Target) -> Result<Amount, mubiao_indicator::Error> {
    Amount::parse(value_of(t), &t.unit)
}

/// The baseline and the level of a `从A增长到B`, in its unit.
fn from_to(t: &Target) -> Result<(Amount, Amount), mubiao_indicator::Error> {
    Ok((
        Amount::parse(t.baseline.unwrap_or_default(), &t.unit)?,
        amount_of(t)?,
    ))
}
