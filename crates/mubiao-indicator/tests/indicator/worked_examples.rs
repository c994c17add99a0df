//! INDICATOR-ARITHMETIC.md section 6, one test per example, asserting the digits given
//! there.

use mubiao_indicator::{
    Amount, Bound, CeilingFormula, Consistency, Elapsed, Error, Factor, Multiple, Pace,
    PercentagePoints, Permille, PermillePoints, PriceBasis, Rounding, Unit, Verdict,
    base_from_growth, cagr, cagr_cumulative, cagr_interval, ceiling_completion, chain,
    check_growth, check_share, decline_completion, doublings, growth_completion, growth_rate,
    implied_rate, judge, level_completion, nominal_growth, pp_change, project, relative_change,
    required_rate, round, schedule, share, share_interval,
};
use rust_decimal::Decimal;

use super::{d, p, r};

fn yi(v: &str) -> Amount {
    Amount::parse(d(v), "亿元").unwrap()
}

#[test]
fn ex01_zhenhai_gdp_193_to_560() {
    let (base, end) = (yi("193"), yi("560"));
    let f = Factor::new(d("560") / d("193")).unwrap();
    assert_eq!(r(f.value(), 6), "2.901554");
    assert_eq!(r(f.increase(), 2), "1.90"); // 增长1.90倍
    assert_eq!(r(f.to_percent().unwrap().value(), 2), "190.16");
    assert_eq!(r(growth_rate(base, end).unwrap().value(), 2), "190.16");
    let rate = cagr(base, end, 5).unwrap();
    assert_eq!(r(rate.value(), 4), "23.7446");
    assert_eq!(r(rate.value(), 1), "23.7");
    // forward check with the factor as shown: 193 × 1.2374⁵
    let forward = project(base, p("23.74"), 5).unwrap();
    assert_eq!(forward.unit(), Unit::YI_YUAN);
    assert_eq!(r(forward.value(), 2), "559.90");
}

#[test]
fn ex02_rounded_inputs_widen_the_rate() {
    let i = cagr_interval(yi("193"), yi("560"), 5).unwrap();
    assert_eq!(r(i.lo(), 4), "23.6585");
    assert_eq!(r(i.hi(), 4), "23.8309");
    assert!(i.contains(cagr(yi("193"), yi("560"), 5).unwrap().value()));
    assert_eq!(r(doublings(yi("193"), yi("560")).unwrap(), 4), "1.5368");
}

#[test]
fn ex03_other_zhenhai_pairs() {
    assert_eq!(
        r(cagr(yi("130"), yi("290"), 5).unwrap().value(), 4),
        "17.4062"
    );
    assert_eq!(
        r(cagr(yi("27.3"), yi("67"), 5).unwrap().value(), 4),
        "19.6692"
    );
    // 0.9万元 → 1.7万元, and the same in 元 (9000 → 17000)
    let wan = |v: &str| Amount::parse(d(v), "万元").unwrap();
    let yuan = |v: &str| Amount::parse(d(v), "元").unwrap();
    assert_eq!(
        r(cagr(wan("0.9"), wan("1.7"), 5).unwrap().value(), 4),
        "13.5642"
    );
    assert_eq!(
        r(cagr(yuan("9000"), yuan("17000"), 5).unwrap().value(), 4),
        "13.5642"
    );
    assert_eq!(
        r(cagr(wan("0.9"), yuan("17000"), 5).unwrap().value(), 4),
        "13.5642"
    );
}

#[test]
fn ex04_doubling_rates() {
    let once = Multiple::Doublings(1).factor().unwrap();
    let twice = Multiple::Doublings(2).factor().unwrap();
    assert_eq!(r(implied_rate(once, 5).unwrap().value(), 4), "14.8698");
    assert_eq!(r(implied_rate(once, 10).unwrap().value(), 4), "7.1773");
    assert_eq!(r(implied_rate(once, 15).unwrap().value(), 4), "4.7294");
    assert_eq!(r(implied_rate(twice, 20).unwrap().value(), 4), "7.1773");
}

#[test]
fn ex05_bei_and_fan() {
    assert_eq!(
        Multiple::IncreaseBy(d("2")).factor().unwrap().value(),
        d("3")
    );
    assert_eq!(Multiple::Doublings(2).factor().unwrap().value(), d("4"));
    let floor = implied_rate(Multiple::IncreaseBy(d("1")).factor().unwrap(), 5).unwrap();
    assert_eq!(r(floor.value(), 4), "14.8698");
    // "增长1倍以上" over five years: 14.8% a year falls short, 14.9% makes it
    let bound = Bound::AtLeast(floor);
    assert_eq!(judge(p("14.8"), bound).unwrap().verdict, Verdict::NotMet);
    assert_eq!(judge(p("14.9"), bound).unwrap().verdict, Verdict::Met);
    assert_eq!(
        Multiple::DeclineTimes(d("1")).factor(),
        Err(Error::DeclineInMultiples)
    );
}

#[test]
fn ex06_wuchang_share() {
    let s = share(yi("537"), yi("640")).unwrap();
    assert_eq!(r(s.value(), 4), "83.9063");
    assert_eq!(s.round(0, Rounding::HalfUp), p("84"));
    let i = share_interval(yi("537"), yi("640")).unwrap();
    assert_eq!(
        (r(i.lo(), 4), r(i.hi(), 4)),
        ("83.7627".into(), "84.0500".into())
    );
    assert!(i.contains(d("84")));
    let c = check_share(yi("537"), yi("640"), p("84")).unwrap();
    let Consistency::Consistent {
        computed,
        range,
        stated,
    } = c
    else {
        panic!("{c:?}")
    };
    assert_eq!(computed, s);
    assert_eq!(range, i);
    assert_eq!((stated.lo(), stated.hi()), (d("83.5"), d("84.5")));
}

#[test]
fn ex07_share_40_to_42() {
    assert_eq!(
        pp_change(p("40"), p("42")).unwrap(),
        PercentagePoints::new(d("2"))
    );
    assert_eq!(
        r(relative_change(p("40"), p("42")).unwrap().value(), 2),
        "5.00"
    );
}

#[test]
fn ex08_unemployment_45_to_42() {
    assert_eq!(
        pp_change(p("4.5"), p("4.2")).unwrap(),
        PercentagePoints::new(d("-0.3"))
    );
    assert_eq!(
        r(relative_change(p("4.5"), p("4.2")).unwrap().value(), 2),
        "-6.67"
    );
}

#[test]
fn ex09_growth_target_12_met_with_126() {
    let j = judge(p("12.6"), Bound::AtLeast(p("12"))).unwrap();
    assert_eq!(j.verdict, Verdict::Met);
    assert_eq!(j.margin, PercentagePoints::new(d("0.6")));
    let c = growth_completion(p("12.6"), p("12")).unwrap();
    assert_eq!(r(c.rate.value(), 2), "100.54");
    assert!(c.is_met());
    // the naive rate ratio is only reachable by treating rates as plain levels
    let naive = level_completion(d("12.6"), d("12")).unwrap();
    assert_eq!(r(naive.rate.value(), 2), "105.00");
}

#[test]
fn ex10_reduction_targets() {
    let c = decline_completion(p("6"), p("5")).unwrap();
    assert_eq!(r(c.rate.value(), 2), "98.95");
    assert!(c.is_met());
    let c = decline_completion(p("4.0"), p("3.5")).unwrap();
    assert_eq!(r(c.rate.value(), 2), "99.48");
    assert!(c.is_met());
}

#[test]
fn ex11_ceilings() {
    let j = judge(p("4.2"), Bound::AtMost(p("4.5"))).unwrap();
    assert_eq!(
        (j.verdict, j.margin),
        (Verdict::Met, PercentagePoints::new(d("0.3")))
    );
    let t_over_a = ceiling_completion(p("4.2"), p("4.5"), CeilingFormula::TargetOverActual);
    assert_eq!(r(t_over_a.unwrap().rate.value(), 2), "107.14");
    let two_minus = ceiling_completion(p("4.2"), p("4.5"), CeilingFormula::TwoMinusRatio);
    assert_eq!(r(two_minus.unwrap().rate.value(), 2), "106.67");
    let pm = |v: &str| Permille::new(d(v));
    let j = judge(pm("5.8"), Bound::AtMost(pm("6"))).unwrap();
    assert_eq!(
        (j.verdict, j.margin),
        (Verdict::Met, PermillePoints::new(d("0.2")))
    );
    assert_eq!(j.margin.to_fraction().unwrap(), d("0.0002"));
}

#[test]
fn ex12_level_and_cumulative_plans() {
    assert_eq!(
        r(level_completion(d("63"), d("56")).unwrap().rate.value(), 2),
        "112.50"
    );
    let c = level_completion(yi("2240"), yi("2200")).unwrap();
    assert_eq!(r(c.rate.value(), 2), "101.82");
}

#[test]
fn ex13_declines_chain() {
    let cuts = ["3.7", "4.8", "5.6"].map(|c| mubiao_indicator::Percent::decline(d(c)));
    let total = chain(cuts).unwrap();
    assert_eq!(r(total.value(), 2), "-13.46");
    assert_eq!(total.value(), d("-13.4563456"));
    assert_ne!(r(total.value(), 1), "-14.1");
}

#[test]
fn ex14_required_final_cut() {
    let need = required_rate(p("-20"), p("-15.61"), 1).unwrap();
    assert_eq!(r(need.value(), 2), "-5.20");
    let per_year = implied_rate(Factor::new(d("0.8")).unwrap(), 5).unwrap();
    assert_eq!(r(per_year.value(), 2), "-4.36");
}

#[test]
fn ex15_energy_intensity() {
    let t = |v: &str| Amount::parse(d(v), "吨标准煤/万元").unwrap();
    let g = growth_rate(t("1.034"), t("0.869")).unwrap();
    assert_eq!(r(g.value(), 2), "-15.96");
    // "下降16%": consistent once the rounding of all three figures is allowed for
    let c = check_growth(t("1.034"), t("0.869"), p("-16"), PriceBasis::Nominal).unwrap();
    assert!(c.is_consistent(), "{c:?}");
}

#[test]
fn ex16_cumulative_method() {
    let rate = cagr_cumulative(d("100"), d("700"), 5).unwrap();
    assert_eq!(r(rate.value(), 4), "11.4338");
    assert_eq!(r(project(d("100"), rate, 5).unwrap(), 2), "171.82");
    // the path 150, 150, 150, 150, 100: 水平法 0%, 累计法 the same rate
    let path = ["150", "150", "150", "150", "100"].map(d);
    let total = path.iter().copied().sum::<Decimal>();
    assert_eq!(cagr(d("100"), path[4], 5).unwrap().value(), d("0"));
    assert_eq!(cagr_cumulative(d("100"), total, 5).unwrap(), rate);
}

#[test]
fn ex17_previous_year_revenue() {
    let prev = base_from_growth(yi("110.6"), p("20"), PriceBasis::Nominal).unwrap();
    assert_eq!(prev.unit(), Unit::YI_YUAN);
    assert_eq!(r(prev.value(), 2), "92.17");
    let prev = base_from_growth(yi("47.2"), p("21"), PriceBasis::Nominal).unwrap();
    assert_eq!(r(prev.value(), 2), "39.01");
    assert_eq!(
        base_from_growth(yi("640"), p("12.6"), PriceBasis::Real),
        Err(Error::PriceBasis(PriceBasis::Real))
    );
}

#[test]
fn ex18_schedule_progress() {
    let e = Elapsed::months(11).unwrap().to_percent().unwrap();
    assert_eq!(r(e.value(), 2), "91.67");
    assert_eq!(r(e.value(), 1), "91.7");
    let progress = schedule(d("210"), d("436"), Elapsed::months(6).unwrap()).unwrap();
    assert_eq!(r(progress.done.value(), 2), "48.17");
    assert_eq!(progress.expected, p("50"));
    assert_eq!(progress.pace(), Pace::Behind);
}

#[test]
fn ex19_nominal_from_real() {
    let n = nominal_growth(p("12.6"), p("3")).unwrap();
    assert_eq!(n, p("15.978"));
    assert_eq!(r(n.value(), 2), "15.98");
    // and the real rate cannot be checked against nominal levels
    let c = check_growth(yi("568"), yi("640"), p("12.6"), PriceBasis::Real).unwrap();
    assert_eq!(
        c,
        Consistency::NotCheckable {
            reason: mubiao_indicator::Reason::PriceBasis
        }
    );
}

#[test]
fn ex20_rounding_rules() {
    let v = d("12.45");
    assert_eq!(round(v, 1, Rounding::HalfUp), d("12.5"));
    assert_eq!(round(v, 1, Rounding::HalfEven), d("12.4"));
    assert_eq!(v.round_dp(1), d("12.4"));
    // f64 cannot even hold the midpoint: 12.45 is stored as 12.4499…
    assert_eq!(format!("{:.1}", 12.45_f64), "12.4");
}
