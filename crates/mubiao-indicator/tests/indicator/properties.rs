//! Property tests: round trips, algebraic identities, bounds, and no panic anywhere.

use mubiao_indicator::{
    Amount, Bound, CeilingFormula, Elapsed, Factor, Interval, Multiple, Percent, PercentagePoints,
    PriceBasis, Rounding, Unit, Verdict, apply_growth, base_from_growth, cagr, cagr_cumulative,
    cagr_interval, ceiling_completion, chain, check_from_to, check_growth, check_share,
    checked_pow, compound, decline_completion, doublings, growth_completion, growth_rate,
    implied_deflator, implied_rate, judge, level_completion, log2, nominal_growth, nth_root,
    pp_change, project, relative_change, required_rate, schedule, share, share_interval,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A decimal `mantissa × 10^-scale`.
fn dec(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa, scale)
}

/// A positive level with two decimals, 0.01 to 10¹².
fn level() -> impl Strategy<Value = Decimal> {
    (1_i64..=100_000_000_000_000).prop_map(|m| dec(m, 2))
}

/// A level with two decimals, 0 to 10¹².
fn level_or_zero() -> impl Strategy<Value = Decimal> {
    (0_i64..=100_000_000_000_000).prop_map(|m| dec(m, 2))
}

/// A rate from −99.99% to +999.99% with two decimals.
fn rate() -> impl Strategy<Value = Percent> {
    (-9_999_i64..=99_999).prop_map(|m| Percent::new(dec(m, 2)))
}

/// A yearly rate from −50% to +100% with two decimals.
fn yearly_rate() -> impl Strategy<Value = Percent> {
    (-5_000_i64..=10_000).prop_map(|m| Percent::new(dec(m, 2)))
}

/// Any decimal at all, the extremes included.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::ZERO),
        Just(Decimal::ONE),
        Just(Decimal::NEGATIVE_ONE),
        Just(Decimal::from_parts(1, 0, 0, false, 28)),
        Just(Decimal::from_parts(1, 0, 0, true, 28)),
        Just(Decimal::ONE_HUNDRED),
        Just(-Decimal::ONE_HUNDRED),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0_u32..=28
        )
            .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale)),
        (any::<i64>(), 0_u32..=28).prop_map(|(m, s)| Decimal::new(m, s)),
    ]
}

/// |a − b| ≤ tol·|b|.
fn close(a: Decimal, b: Decimal, tol: Decimal) -> bool {
    (a - b).abs() <= tol * b.abs()
}

fn e(exp: u32) -> Decimal {
    Decimal::new(1, exp)
}

proptest! {
    #[test]
    fn apply_growth_undoes_growth_rate(base in level(), x in level_or_zero()) {
        let g = growth_rate(base, x).unwrap();
        let back = apply_growth(base, g).unwrap();
        prop_assert_eq!(Rounding::HalfEven.round(back, x.scale()), x);
        prop_assert!(close(back, x, e(20)) || (x.is_zero() && back.abs() < e(20)));
    }

    #[test]
    fn base_from_growth_undoes_apply_growth(base in level(), g in rate()) {
        let now = apply_growth(base, g).unwrap();
        let before = base_from_growth(now, g, PriceBasis::Nominal).unwrap();
        prop_assert_eq!(Rounding::HalfEven.round(before, base.scale()), base);
    }

    #[test]
    fn compound_of_cagr_returns_the_end(base in level(), end in level(), n in 1_u32..=50) {
        let r = cagr(base, end, n).unwrap();
        let f = compound(r, n).unwrap();
        let back = base * f.value();
        prop_assert!(close(back, end, e(18)), "{} vs {}", back, end);
        prop_assert_eq!(Rounding::HalfEven.round(project(base, r, n).unwrap(), 2), end);
        let i = cagr_interval(base, end, n).unwrap();
        prop_assert!(i.contains(r.value()));
    }

    #[test]
    fn nth_root_round_trips(m in 1_i64..=1_000_000_000_000_000, scale in 0_u32..=6, n in 1_u32..=100) {
        let x = dec(m, scale);
        let root = nth_root(x, n).unwrap();
        prop_assert!(close(checked_pow(root, n).unwrap(), x, e(20)));
    }

    #[test]
    fn implied_rate_compounds_back(m in 1_i64..=100_000, n in 1_u32..=60) {
        let f = Factor::new(dec(m, 3)).unwrap();
        let r = implied_rate(f, n).unwrap();
        prop_assert!(close(compound(r, n).unwrap().value(), f.value(), e(20)));
    }

    #[test]
    fn chain_is_the_product_of_factors(a in prop::collection::vec(yearly_rate(), 0..8), b in prop::collection::vec(yearly_rate(), 0..8)) {
        let whole: Vec<Percent> = a.iter().chain(b.iter()).copied().collect();
        let joined = chain(whole).unwrap().to_factor().unwrap().value();
        let fa = chain(a.iter().copied()).unwrap().to_factor().unwrap();
        let fb = chain(b.iter().copied()).unwrap().to_factor().unwrap();
        let product = fa.checked_mul(fb).unwrap().value();
        prop_assert!(close(joined, product, e(20)), "{} vs {}", joined, product);
        let mut by_hand = Decimal::ONE;
        for g in a.iter().chain(b.iter()) {
            by_hand *= Decimal::ONE + g.value() / Decimal::ONE_HUNDRED;
        }
        prop_assert!(close(joined, by_hand, e(20)), "{} vs {}", joined, by_hand);
    }

    #[test]
    fn chain_of_equal_rates_is_compound(g in yearly_rate(), n in 0_usize..=20) {
        let chained = chain(vec![g; n]).unwrap().to_factor().unwrap().value();
        let n32 = u32::try_from(n).unwrap();
        let compounded = compound(g, n32).unwrap().value();
        prop_assert!(close(chained, compounded, e(20)), "{} vs {}", chained, compounded);
    }

    #[test]
    fn share_of_a_part_lies_in_0_to_100(whole in level(), frac in 0_i64..=10_000) {
        let part = Rounding::HalfEven.round(whole * dec(frac, 4), 2).min(whole);
        let s = share(part, whole).unwrap();
        prop_assert!(s >= Percent::ZERO && s <= Percent::HUNDRED, "{}", s);
        let i = share_interval(part, whole).unwrap();
        prop_assert!(i.contains(s.value()));
    }

    #[test]
    fn a_correctly_rounded_claim_is_never_inconsistent(part in level(), whole in level(), dp in 0_u32..=2) {
        let s = share(part, whole).unwrap();
        for rule in [Rounding::HalfUp, Rounding::HalfEven] {
            let claim = s.round(dp, rule);
            prop_assert!(check_share(part, whole, claim).unwrap().is_consistent());
        }
    }

    #[test]
    fn a_correctly_rounded_average_rate_is_consistent(base in level(), end in level(), n in 1_u32..=10) {
        let r = cagr(base, end, n).unwrap().round(1, Rounding::HalfUp);
        let c = check_from_to(base, end, n, r, PriceBasis::Nominal).unwrap();
        prop_assert!(c.is_consistent(), "{:?}", c);
        let c = check_from_to(base, end, n, r, PriceBasis::Real).unwrap();
        prop_assert!(c.computed().is_none());
    }

    #[test]
    fn judge_margin_sign_matches_the_verdict(a in rate(), t in rate()) {
        let floor = judge(a, Bound::AtLeast(t)).unwrap();
        prop_assert_eq!(floor.verdict == Verdict::Met, floor.margin.value() >= Decimal::ZERO);
        let ceiling = judge(a, Bound::AtMost(t)).unwrap();
        prop_assert_eq!(ceiling.verdict == Verdict::Met, ceiling.margin.value() >= Decimal::ZERO);
        prop_assert_eq!(floor.margin.value(), -ceiling.margin.value());
        let about = judge(a, Bound::About(t)).unwrap();
        prop_assert_eq!(about.verdict, Verdict::Indeterminate);
        prop_assert_eq!(about.margin, pp_change(t, a).unwrap());
    }

    #[test]
    fn scales_convert_exactly(m in 0_i64..=1_000_000_000_000, scale in 0_u32..=4) {
        let yi = Amount::new(dec(m, scale), Unit::YI_YUAN);
        let yuan = yi.to_unit(Unit::YUAN).unwrap();
        prop_assert_eq!(yuan.to_unit(Unit::YI_YUAN).unwrap().value(), yi.value());
        prop_assert_eq!(yuan.value(), yi.value() * Decimal::from(100_000_000));
    }

    #[test]
    fn nothing_panics(a in any_decimal(), b in any_decimal(), c in any_decimal(), n in prop_oneof![Just(0_u32), Just(1), 2_u32..200, Just(u32::MAX)]) {
        let (pa, pb) = (Percent::new(a), Percent::new(b));
        let _ = growth_rate(a, b);
        let _ = apply_growth(a, pb);
        let _ = project(a, pb, n.min(1000));
        let _ = base_from_growth(a, pb, PriceBasis::Nominal);
        let _ = compound(pa, n.min(1000));
        let _ = cagr(a, b, n);
        let _ = cagr_interval(a, b, n);
        let _ = cagr_cumulative(a, b, n.min(200));
        let _ = implied_rate(Factor::new(a.abs()).unwrap(), n);
        let _ = required_rate(pa, pb, n);
        let _ = doublings(a, b);
        let _ = chain([pa, pb, Percent::new(c)]);
        let _ = share(a, b);
        let _ = share_interval(a, b);
        let _ = check_share(a, b, Percent::new(c));
        let _ = check_growth(a, b, Percent::new(c), PriceBasis::Nominal);
        let _ = check_from_to(a, b, n, Percent::new(c), PriceBasis::Nominal);
        let _ = pp_change(pa, pb);
        let _ = relative_change(pa, pb);
        let _ = nominal_growth(pa, pb);
        let _ = implied_deflator(pa, pb);
        let _ = nth_root(a, n);
        let _ = checked_pow(a, n);
        let _ = log2(a);
        let _ = growth_completion(pa, pb);
        let _ = decline_completion(pa, pb);
        let _ = level_completion(a, b);
        let _ = ceiling_completion(a, b, CeilingFormula::TargetOverActual);
        let _ = ceiling_completion(a, b, CeilingFormula::TwoMinusRatio);
        let _ = judge(a, Bound::Between(b, c));
        let _ = judge(pa, Bound::LessThan(pb));
        let _ = pa.to_factor();
        let _ = pa.to_fraction();
        let _ = Percent::from_fraction(a);
        let _ = pa.add_points(PercentagePoints::new(b));
        let _ = Interval::stated(a);
        let _ = Interval::stated_to(a, n);
        let _ = Multiple::IncreaseBy(a).factor();
        let _ = Multiple::Doublings(n).factor();
        let _ = Multiple::DeclinePercent(a).factor();
        let _ = Elapsed::fraction(a);
        if let Ok(e) = Elapsed::fraction(c) {
            let _ = schedule(a, b, e);
        }
        let wan = Amount::new(a, Unit::WAN_YUAN);
        let wan_yi = Amount::new(b, Unit::WAN_YI_YUAN);
        let _ = growth_rate(wan, wan_yi);
        let _ = share(wan, wan_yi);
        let _ = cagr_interval(wan, wan_yi, n);
        let _ = judge(wan, Bound::Between(wan_yi, wan));
        let _ = wan_yi.to_unit(Unit::YUAN);
        let _ = format!("{pa:.3} {wan:.2} {}", Rounding::HalfUp.round(a, n));
    }
}
