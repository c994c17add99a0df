//! Any bytes: decoded or refused with a typed error, never a panic; every span of the
//! ledger in bounds and on character boundaries, each name and text read from its
//! span (put together across line breaks); tasks in order without overlap.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Whether `name` is `raw`, or `raw` put together across its line breaks: the same
/// first and last characters, and every other character of `name` in `raw`, in order
/// (the line ends, layout spaces and page chrome between the pieces left out).
fn composed_of(name: &str, raw: &str) -> bool {
    if name == raw {
        return true;
    }
    if name.chars().next() != raw.chars().next() || name.chars().last() != raw.chars().last() {
        return false;
    }
    let mut rest = raw.chars();
    name.chars()
        .filter(|c| !c.is_whitespace())
        .all(|c| rest.any(|r| r == c))
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = mubiao::decode(data) else { return };
    let text = src.text.as_str();
    let ledger = mubiao::Ledger::parse(text);
    let doc = ledger.document();
    for t in &doc.tasks {
        assert!(t.span.get(text).is_some(), "task span {:?}", t.span);
        let raw = t.text_span.get(text).expect("text span in bounds");
        assert!(composed_of(&t.text, raw), "text {:?} from {raw:?}", t.text);
        for d in &t.duties {
            let raw = d.unit.span.get(text).expect("unit span in bounds");
            assert!(composed_of(&d.unit.name, raw), "unit {:?} from {raw:?}", d.unit.name);
        }
    }
    for w in doc.tasks.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for d in &doc.diagnostics {
        assert!(d.span.get(text).is_some(), "diagnostic span {:?}", d.span);
    }
});
