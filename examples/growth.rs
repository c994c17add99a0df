//! Checks the arithmetic of growth claims in government work reports: `从A增长到B`
//! averages, shares, 翻番 and target judgements, exactly in decimals.
//!
//! ```text
//! cargo run --example growth                                   # the bundled reports' claims
//! cargo run --example growth -- --from 193 --to 560 --years 5  # 从A增长到B
//! cargo run --example growth -- --share 537 640 --stated 84    # 比重
//! cargo run --example growth -- --double-in 5                  # 翻一番 in N years
//! cargo run --example growth -- --help
//! ```

mod support;

use std::error::Error;
use std::process::ExitCode;

use clap::Parser;

use mubiao::Ledger;
use mubiao::check::Claim;
use mubiao::indicator::{
    Amount, Bound, CeilingFormula, Consistency, Decimal, Multiple, Percent, PriceBasis, Reason,
    Rounding, Verdict, cagr, cagr_interval, ceiling_completion, check_from_to, check_growth,
    check_share, doublings, growth_completion, growth_rate, implied_rate, judge, level_completion,
    share, share_interval,
};
const EXAMPLES: &str = "\
Every figure is read as rounded where written: 193 stands for [192.5, 193.5] and a
stated 84% for [83.5%, 84.5%]; a claim is consistent when the two ranges meet.

Examples:
    growth --from 27.3 --to 67 --years 5 --stated 19.7
    growth --share 537 640 --stated 84
    growth --growth 92.17 110.6 --stated 20
    growth --judge 12.6 以上 12
";

/// Check the arithmetic of growth claims, exactly; without options, the claims of the
/// bundled reports.
#[derive(Parser)]
#[command(version, after_help = EXAMPLES)]
struct Options {
    /// The level at the start of 从A增长到B (with --to and --years)
    #[arg(long, value_name = "A", requires_all = ["to", "years"])]
    from: Option<Decimal>,
    /// The level at the end of 从A增长到B
    #[arg(long, value_name = "B", requires_all = ["from", "years"])]
    to: Option<Decimal>,
    /// The years between them: the average annual growth (水平法)
    #[arg(long, value_name = "N", requires_all = ["from", "to"])]
    years: Option<u32>,
    /// The share of PART in WHOLE (比重)
    #[arg(long, num_args = 2, value_names = ["PART", "WHOLE"])]
    share: Option<Vec<Decimal>>,
    /// The growth rate from PREV to CURR
    #[arg(long, num_args = 2, value_names = ["PREV", "CURR"])]
    growth: Option<Vec<Decimal>>,
    /// The yearly rate that doubles (翻一番) in N years
    #[arg(long, value_name = "N")]
    double_in: Option<u32>,
    /// Judge an actual rate against a target rate; CMP is 以上|超过|以内|以下|不满|左右
    /// or ge|gt|le|lt|about
    #[arg(long, num_args = 3, value_names = ["ACTUAL", "CMP", "TARGET"])]
    judge: Option<Vec<String>>,
    /// The rate or share the text states, as written (84, 23.7, 12.6%)
    #[arg(long, value_name = "R", value_parser = stated)]
    stated: Option<Decimal>,
    /// Price basis of the stated rate: nominal (现价), real (可比价), unknown; a real
    /// rate gets no verdict against current-price levels
    #[arg(long, value_name = "B", value_parser = basis, default_value = "nominal")]
    basis: PriceBasis,
    /// The unit of the levels, as written
    #[arg(long, value_name = "U", default_value = "亿元")]
    unit: String,
}

/// A stated rate: a decimal, a trailing `%` allowed.
fn stated(s: &str) -> Result<Decimal, String> {
    s.trim_end_matches('%')
        .parse()
        .map_err(|e| format!("{s:?} is not a number: {e}"))
}

/// A price basis by its English or Chinese name.
fn basis(s: &str) -> Result<PriceBasis, String> {
    match s {
        "nominal" | "现价" => Ok(PriceBasis::Nominal),
        "real" | "可比价" => Ok(PriceBasis::Real),
        "unknown" => Ok(PriceBasis::Unknown),
        other => Err(format!("{other:?} is none of nominal, real, unknown")),
    }
}

fn main() -> ExitCode {
    support::exit("growth", run(&Options::parse()))
}

fn run(opts: &Options) -> Result<(), Box<dyn Error>> {
    let mut did = false;
    if let (Some(from), Some(to), Some(years)) = (opts.from, opts.to, opts.years) {
        let claim = FromTo {
            indicator: "",
            base: from,
            end: to,
            unit: &opts.unit,
            years,
            stated: opts.stated,
            basis: opts.basis,
        };
        claim.print()?;
        did = true;
    }
    if let Some([part, whole]) = opts.share.as_deref() {
        let claim = Share {
            part_name: "part",
            part: *part,
            whole_name: "whole",
            whole: *whole,
            unit: &opts.unit,
            stated: opts.stated,
        };
        claim.print()?;
        did = true;
    }
    if let Some([prev, curr]) = opts.growth.as_deref() {
        print_growth(*prev, *curr, opts.stated, opts.basis)?;
        did = true;
    }
    if let Some(years) = opts.double_in {
        print_double_in(years)?;
        did = true;
    }
    if let Some([actual, cmp, target]) = opts.judge.as_deref() {
        let number = |what: &str, s: &str| -> Result<Decimal, String> {
            s.parse()
                .map_err(|e| format!("--judge: {what} {s:?} is not a number: {e}"))
        };
        print_judge(number("ACTUAL", actual)?, cmp, number("TARGET", target)?)?;
        did = true;
    }
    if !did {
        return check_bundled_documents();
    }
    Ok(())
}

/// 镇海区2012年政府工作报告(摘要): 从A增长到B over the five years under review.
const ZHENHAI: &str = include_str!("../tests/fixtures/corpus/002_aefafb1998f59c0e.txt");
/// 武昌区2012年政府工作报告: 服务业完成增加值537亿元 … 占GDP的84%.
const WUCHANG: &str = include_str!("../tests/fixtures/corpus/003_ffec1ac142b8e965.txt");

/// The claims of the bundled seed reports, read from them by the targets pipeline and
/// checked one by one: the `从A增长到B` lines of a five-year review (with the average
/// rate, where one is stated), and the shares stated with their part and whole.
fn check_bundled_documents() -> Result<(), Box<dyn Error>> {
    println!("镇海区2012年政府工作报告(摘要) (seed 002): 过去五年, 从A增长到B");
    println!();
    let zhenhai = Ledger::parse(ZHENHAI);
    let claims = zhenhai.claims();
    for t in zhenhai.targets() {
        let (Some(base), Some(end), Some(years)) = (t.baseline, t.value, t.horizon) else {
            continue;
        };
        if years < 2 {
            continue;
        }
        // an average rate the text states for these levels, if any
        let stated = claims.iter().find_map(|c| match c {
            Claim::FromTo { stated, levels, .. } if std::ptr::eq(*levels, t) => stated.value,
            _ => None,
        });
        let claim = FromTo {
            indicator: &t.indicator,
            base,
            end,
            unit: &t.unit,
            years,
            stated,
            basis: PriceBasis::conventional(&t.indicator),
        };
        claim.print()?;
    }
    println!("武昌区2012年政府工作报告 (seed 003): 服务业完成增加值537亿元 … 占GDP的84%");
    println!();
    let wuchang = Ledger::parse(WUCHANG);
    for c in wuchang.claims() {
        let Claim::Share {
            stated,
            part,
            whole,
        } = c
        else {
            continue;
        };
        let (Some(p), Some(w)) = (part.value, whole.value) else {
            continue;
        };
        if part.unit != whole.unit {
            continue;
        }
        let claim = Share {
            part_name: &part.indicator,
            part: p,
            whole_name: &whole.indicator,
            whole: w,
            unit: &part.unit,
            stated: stated.value,
        };
        claim.print()?;
    }
    Ok(())
}

/// A `从A增长到B` claim over some years.
struct FromTo<'a> {
    indicator: &'a str,
    base: Decimal,
    end: Decimal,
    unit: &'a str,
    years: u32,
    stated: Option<Decimal>,
    basis: PriceBasis,
}

impl FromTo<'_> {
    fn print(&self) -> Result<(), Box<dyn Error>> {
        let base = Amount::parse(self.base, self.unit)?;
        let end = Amount::parse(self.end, self.unit)?;
        println!(
            "  {}从{base}增长到{end}, {} years",
            self.indicator, self.years
        );
        let growth = growth_rate(base, end)?;
        let factor = growth.to_factor()?;
        println!(
            "    multiple     {factor:.4}: 增长{}倍 ({growth:.2}), {}番",
            fixed(factor.increase(), 2),
            fixed(doublings(base, end)?, 2)
        );
        let rate = cagr(base, end, self.years)?;
        println!(
            "    年均增长     {} a year by 水平法 ({})",
            shown(rate),
            full(rate)
        );
        let range = cagr_interval(base, end, self.years)?;
        println!(
            "    as rounded   {} and {} allow {range:.2} per cent",
            self.base, self.end
        );
        match self.stated {
            Some(stated) => {
                let c = check_from_to(base, end, self.years, Percent::new(stated), self.basis)?;
                println!("    verdict      年均增长{stated}% is {}", consistency(&c));
            }
            None => println!(
                "    verdict      no average rate stated; {}",
                basis_note(self.basis)
            ),
        }
        println!();
        Ok(())
    }
}

/// A share claim: part of whole, perhaps with a stated per cent.
struct Share<'a> {
    part_name: &'a str,
    part: Decimal,
    whole_name: &'a str,
    whole: Decimal,
    unit: &'a str,
    stated: Option<Decimal>,
}

impl Share<'_> {
    fn print(&self) -> Result<(), Box<dyn Error>> {
        let part = Amount::parse(self.part, self.unit)?;
        let whole = Amount::parse(self.whole, self.unit)?;
        let s = share(part, whole)?;
        println!("  {} {part} of {} {whole}", self.part_name, self.whole_name);
        println!("    share        {} ({})", shown(s), full(s));
        let range = share_interval(part, whole)?;
        println!(
            "    as rounded   {} of {} allow {range:.2} per cent",
            self.part, self.whole
        );
        if let Some(stated) = self.stated {
            let c = check_share(part, whole, Percent::new(stated))?;
            println!("    verdict      {stated}% is {}", consistency(&c));
        }
        println!();
        Ok(())
    }
}

fn print_growth(
    prev: Decimal,
    curr: Decimal,
    stated: Option<Decimal>,
    basis: PriceBasis,
) -> Result<(), Box<dyn Error>> {
    let g = growth_rate(prev, curr)?;
    println!("  from {prev} to {curr}");
    println!("    增长         {} ({})", shown(g), full(g));
    if let Some(stated) = stated {
        let c = check_growth(prev, curr, Percent::new(stated), basis)?;
        println!("    verdict      增长{stated}% is {}", consistency(&c));
    }
    println!();
    Ok(())
}

fn print_double_in(years: u32) -> Result<(), Box<dyn Error>> {
    for (phrase, times) in [("翻一番", 1), ("翻两番", 2)] {
        let r = implied_rate(Multiple::Doublings(times).factor()?, years)?;
        println!(
            "  {phrase} in {years} years needs {} a year ({})",
            shown(r),
            full(r)
        );
    }
    let r = implied_rate(Multiple::IncreaseBy(Decimal::TWO).factor()?, years)?;
    println!(
        "  增长2倍 (×3, not ×2) in {years} years needs {} a year ({})",
        shown(r),
        full(r)
    );
    println!();
    Ok(())
}

fn print_judge(actual: Decimal, cmp: &str, target: Decimal) -> Result<(), Box<dyn Error>> {
    let (a, t) = (Percent::new(actual), Percent::new(target));
    let (bound, words) = match cmp {
        "以上" | "ge" | ">=" => (Bound::AtLeast(t), "以上"),
        "超过" | "gt" | ">" => (Bound::MoreThan(t), " (超过)"),
        "以内" | "以下" | "le" | "<=" => (Bound::AtMost(t), "以内"),
        "不满" | "lt" | "<" => (Bound::LessThan(t), " (不满)"),
        "左右" | "about" | "~" => (Bound::About(t), "左右"),
        other => return Err(format!("unknown comparator {other}; see --help").into()),
    };
    let j = judge(a, bound)?;
    let size = j
        .margin
        .round(4, Rounding::HalfUp)
        .value()
        .abs()
        .normalize();
    let floor = matches!(bound, Bound::AtLeast(_) | Bound::MoreThan(_));
    let verdict = match (j.verdict, floor) {
        (Verdict::Met, true) => format!("met, {size}个百分点 above the floor"),
        (Verdict::NotMet, true) => format!("not met, {size}个百分点 short"),
        (Verdict::Met, false) => format!("met, with {size}个百分点 of headroom"),
        (Verdict::NotMet, false) => format!("not met, {size}个百分点 over the ceiling"),
        (Verdict::Indeterminate, _) => {
            format!("no verdict (左右 sets no line); off by {}", j.margin)
        }
    };
    println!("  actual {a} against {t}{words}");
    println!("    verdict      {verdict}");
    match bound {
        Bound::AtLeast(_) | Bound::MoreThan(_) => {
            let c = growth_completion(a, t)?;
            let naive = level_completion(actual, target)?;
            println!(
                "    完成率       {:.2} as (1+actual)/(1+target), not the naive {actual}/{target} = {:.2}",
                c.rate, naive.rate
            );
        }
        Bound::AtMost(_) | Bound::LessThan(_) => {
            let c = ceiling_completion(a, t, CeilingFormula::TargetOverActual)?;
            println!(
                "    完成率       {:.2} as target/actual, if a ratio is wanted",
                c.rate
            );
        }
        Bound::About(_) | Bound::Between(..) => {}
    }
    println!();
    Ok(())
}

/// A per cent at one decimal, rounded 四舍五入.
fn shown(p: Percent) -> String {
    p.round(1, Rounding::HalfUp).to_string()
}

/// A per cent at up to twelve decimals, for the reader who checks the digits.
fn full(p: Percent) -> String {
    let r = p.round(12, Rounding::HalfUp);
    if r == p {
        format!("{}%", p.value().normalize())
    } else {
        format!("{}…%", r.value().normalize())
    }
}

/// A decimal at `dp` places, rounded 四舍五入.
fn fixed(x: Decimal, dp: u32) -> String {
    Rounding::HalfUp.round(x, dp).to_string()
}

fn consistency(c: &Consistency) -> String {
    match c {
        Consistency::Consistent { stated, .. } => {
            format!(
                "consistent: as written it stands for {stated} per cent, which meets that range"
            )
        }
        Consistency::Inconsistent { stated, by, .. } => {
            let size = by.round(2, Rounding::HalfUp).value().abs();
            if by.value().is_sign_negative() {
                format!(
                    "INCONSISTENT: as written it stands for {stated} per cent, and the figures fall {size}个百分点 short of it"
                )
            } else {
                format!(
                    "INCONSISTENT: as written it stands for {stated} per cent, and the figures exceed it by {size}个百分点"
                )
            }
        }
        Consistency::NotCheckable { reason } => match reason {
            Reason::PriceBasis => {
                "not checkable: a real (可比价) rate against current-price levels".to_owned()
            }
            Reason::UnknownPriceBasis => {
                "not checkable: the price basis of the rate is unknown".to_owned()
            }
            _ => "not checkable".to_owned(),
        },
    }
}

fn basis_note(basis: PriceBasis) -> &'static str {
    match basis {
        PriceBasis::Nominal => "published at current prices, so a stated rate could be checked",
        PriceBasis::Real => {
            "its growth is published at comparable prices (可比价), so this nominal rate could not check one"
        }
        PriceBasis::Unknown => {
            "its rates may be nominal or real, so a stated one could not be checked"
        }
    }
}
