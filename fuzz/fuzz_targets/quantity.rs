//! Any text: quantities and dates in order, without overlap, with spans in bounds and on
//! character boundaries; a single quantity or date parses or gives a typed error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mubiao::grammar::mention::{Mention, Options, mentions, parse_quantity};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut last_end = 0;
    for m in mentions(text, Options::default().ordinals(true).reference_year(Some(2013))) {
        let span = m.span();
        assert!(span.start >= last_end, "mentions overlap or go back: {span:?}");
        assert!(span.get(text).is_some(), "span {span:?} not in the text");
        last_end = span.end;
        if let Mention::Quantity(q) = &m {
            if let Some(upper) = q.upper {
                let _ = upper.checked_sub(q.value);
            }
            let _ = q.folded();
        }
    }
    let _ = parse_quantity(text);
    let _ = mubiao::grammar::mention::parse_date(text, Some(2013));
    let _ = mubiao::grammar::mention::parse_number(text);
});
