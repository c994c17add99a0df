//! Throughput of the ledger over the seed corpus, beside a plain character scan of the
//! same bytes (the floor), so speed reads as a ratio.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput};

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

/// The seed documents.
const CORPUS: [&str; 5] = [
    seeds::SEEDS[0].1,
    seeds::SEEDS[1].1,
    seeds::SEEDS[2].1,
    seeds::SEEDS[3].1,
    seeds::SEEDS[4].1,
];

/// The floor: count the non-space characters, the least any reader of the text does.
fn floor(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn ledger(c: &mut Criterion) {
    let bytes: usize = CORPUS.iter().map(|d| d.len()).sum();
    // check the results before timing them
    let tasks: usize = CORPUS
        .iter()
        .map(|d| mubiao::grammar::parse_structure(d).tasks.len())
        .sum();
    assert_eq!(tasks, 58 + 31 + 6 + 10 + 96);

    let mut g = c.benchmark_group("ledger");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("floor/chars", |b| {
        b.iter(|| CORPUS.iter().map(|d| floor(black_box(d))).sum::<usize>());
    });
    g.bench_function("structure/parse_structure", |b| {
        b.iter(|| {
            CORPUS
                .iter()
                .map(|d| mubiao::grammar::parse_structure(black_box(d)).tasks.len())
                .sum::<usize>()
        });
    });
    g.bench_function("grammar/parse_document", |b| {
        b.iter(|| {
            CORPUS
                .iter()
                .map(|d| mubiao::grammar::parse_document(black_box(d)).tasks.len())
                .sum::<usize>()
        });
    });
    g.bench_function("ledger/parse", |b| {
        b.iter(|| {
            CORPUS
                .iter()
                .map(|d| mubiao::Ledger::parse(*black_box(d)).tasks().len())
                .sum::<usize>()
        });
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    ledger(&mut c);
    c.final_summary();
}
