//! Quantity extraction over the five seed documents, beside a char-scan floor.

use std::hint::black_box;

use criterion::{Criterion, Throughput};
use mubiao::grammar::mention::{Mention, Options, mentions, quantities};

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

const SEEDS: [&str; 5] = [
    seeds::SEEDS[0].1,
    seeds::SEEDS[1].1,
    seeds::SEEDS[2].1,
    seeds::SEEDS[3].1,
    seeds::SEEDS[4].1,
];

fn bench(c: &mut Criterion) {
    let text = SEEDS.concat();
    // check what is timed before timing it
    let n = quantities(&text).count();
    assert!(n > 450, "only {n} quantities in the corpus");
    let dates = mentions(&text, Options::default())
        .filter(|m| matches!(m, Mention::Date(_)))
        .count();
    assert!(dates > 20, "only {dates} dates in the corpus");

    let mut g = c.benchmark_group("quantities/corpus");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("floor: chars().filter(!whitespace).count()", |b| {
        b.iter(|| {
            black_box(&text)
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        });
    });
    g.bench_function("quantities", |b| {
        b.iter(|| quantities(black_box(&text)).count());
    });
    g.bench_function("mentions (quantities + dates)", |b| {
        b.iter(|| {
            mentions(
                black_box(&text),
                Options::default().reference_year(Some(2012)),
            )
            .count()
        });
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
