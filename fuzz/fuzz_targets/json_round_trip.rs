//! Any text: the ledger written as JSON reads back as the same ledger.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ledger = mubiao::Ledger::parse(text);
    let json = serde_json::to_string(&ledger).expect("a ledger always serialises");
    let back: mubiao::Ledger = serde_json::from_str(&json).expect("and reads back");
    assert_eq!(back, ledger);
});
