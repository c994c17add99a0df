//! Linear time: throughput over inputs from 1 MB to 64 MB (the seeds concatenated),
//! and over inputs built to defeat the grammar, each beside the character-scan floor.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};

#[path = "../tests/fixtures/seeds.rs"]
mod seeds;

const MB: usize = 1 << 20;

/// The seeds, one after another, to at least `size` bytes: one long document.
fn concatenated(size: usize) -> String {
    let mut s = String::with_capacity(size + 64 * 1024);
    while s.len() < size {
        for d in seeds::texts() {
            s.push_str(d);
            s.push('\n');
        }
    }
    s
}

fn floor(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn sweep(c: &mut Criterion) {
    let mut g = c.benchmark_group("sweep");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for mb in [1, 4, 16, 64] {
        let text = concatenated(mb * MB);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("floor", mb), &text, |b, t| {
            b.iter(|| floor(black_box(t)));
        });
        g.bench_with_input(BenchmarkId::new("structure", mb), &text, |b, t| {
            b.iter(|| mubiao::grammar::parse_structure(black_box(t)).tasks.len());
        });
        g.bench_with_input(BenchmarkId::new("ledger", mb), &text, |b, t| {
            b.iter(|| mubiao::Ledger::parse(black_box(t)).tasks().len());
        });
    }
    g.finish();
}

/// Inputs built against the grammar, about 4 MB each (the one line 8 MB).
fn hostile() -> Vec<(&'static str, String)> {
    let n = 4 * MB;
    let repeat = |unit: &str, size: usize| unit.repeat(size / unit.len());
    // numbered items: 10^5 bare ones, and as many as fit in 4 MB with a duty each
    let numbered = |item: &str, count: usize| {
        (1..=count)
            .map(|i| format!("{}、{item}\n", i % 9999 + 1))
            .collect::<String>()
    };
    vec![
        ("normal", concatenated(n)),
        (
            "nested-parens",
            format!(
                "1.任务(责任单位:{}市发改委{})",
                "(".repeat(n / 2),
                ")".repeat(n / 2)
            ),
        ),
        ("unclosed-parens", repeat("(", n)),
        ("markers", numbered("加快发展现代服务业。", 100_000)),
        (
            "markers-with-duties",
            numbered("加快发展(责任单位:市发改委)", 93_000),
        ),
        ("one-line", repeat("加快发展现代服务业、", 2 * n)),
        ("digits", repeat("1234567890", n)),
        ("zeros", repeat("〇", n)),
        ("duty-lines", repeat("牵头单位:市发改委、市财政局\n", n)),
    ]
}

fn pathological(c: &mut Criterion) {
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (name, text) in hostile() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("structure", name), &text, |b, t| {
            b.iter(|| mubiao::grammar::parse_structure(black_box(t)).tasks.len());
        });
        g.bench_with_input(BenchmarkId::new("ledger", name), &text, |b, t| {
            b.iter(|| mubiao::Ledger::parse(black_box(t)).tasks().len());
        });
    }
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    sweep(&mut c);
    pathological(&mut c);
    c.final_summary();
}
