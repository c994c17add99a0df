//! profiling scratch (not committed)
#![allow(clippy::unwrap_used)]
fn main() {
    let full = std::env::args().nth(1).is_some();
    let docs: Vec<String> = std::fs::read_dir("tests/fixtures/corpus")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut n = 0;
    for _ in 0..20 {
        for d in &docs {
            n += if full {
                mubiao::grammar::parse_document(d).tasks.len()
            } else {
                mubiao::grammar::parse_structure(d).tasks.len()
            };
        }
    }
    println!("{n}");
}
