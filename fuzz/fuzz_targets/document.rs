//! Any bytes: decoded or refused with a typed error, never a panic; every span of the
//! ledger in bounds and on character boundaries; tasks in order without overlap.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = mubiao::decode(data) else { return };
    let text = src.text.as_str();
    let ledger = mubiao::Ledger::parse(text);
    let doc = ledger.document();
    for t in &doc.tasks {
        assert!(t.span.get(text).is_some(), "task span {:?}", t.span);
        assert_eq!(t.text_span.get(text), Some(t.text.as_str()));
        for d in &t.duties {
            assert_eq!(d.unit.span.get(text), Some(d.unit.name.as_str()));
        }
    }
    for w in doc.tasks.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for d in &doc.diagnostics {
        assert!(d.span.get(text).is_some(), "diagnostic span {:?}", d.span);
    }
});
