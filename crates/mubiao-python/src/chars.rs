//! Byte offsets to character offsets: a Python `str` is indexed by code points, the
//! ledger's spans by UTF-8 bytes.

/// Bytes per block of the table.
const BLOCK: usize = 64;

/// The number of characters before every 64th byte of a text, counted in one pass. A
/// byte offset is then its block's count plus the characters that start in the at most
/// 63 bytes before it: constant work per offset, an eighth of the text's size in memory.
#[derive(Debug, Default)]
pub(crate) struct CharIndex {
    /// `before[k]`: characters in `text[..k * BLOCK]`; one entry past the last block.
    before: Vec<usize>,
}

/// Whether a byte starts a character (is not a UTF-8 continuation byte `10xxxxxx`).
const fn starts_char(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| starts_char(b)).count()
}

impl CharIndex {
    /// The table of `text`.
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut before = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut total = 0;
        for block in bytes.chunks(BLOCK) {
            before.push(total);
            total += count_chars(block);
        }
        before.push(total);
        Self { before }
    }

    /// The character offset of byte offset `byte` in `text` (the text the table was built
    /// from). An offset inside a character counts that character as before it; an offset
    /// past the end is the end.
    pub(crate) fn char_offset(&self, text: &str, byte: usize) -> usize {
        let bytes = text.as_bytes();
        let byte = byte.min(bytes.len());
        let block = byte / BLOCK;
        let base = self.before.get(block).copied().unwrap_or_default();
        base + count_chars(bytes.get(block * BLOCK..byte).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::CharIndex;

    /// What the table must agree with: count the characters that start before `byte`.
    fn naive(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|&(i, _)| i < byte).count()
    }

    fn check(text: &str) {
        let index = CharIndex::new(text);
        for byte in 0..=text.len() + 3 {
            assert_eq!(
                index.char_offset(text, byte),
                naive(text, byte),
                "{byte} of {text:?}"
            );
        }
    }

    #[test]
    fn empty_and_ascii() {
        check("");
        check("1、");
        check(&"a".repeat(200));
    }

    #[test]
    fn every_width_across_block_ends() {
        // 1-, 2-, 3- and 4-byte characters, so that blocks end inside characters
        check(&"a¢市𠀀".repeat(40));
        check(&"牵头单位:市发改委\r\n".repeat(30));
    }

    #[test]
    fn inside_a_character_counts_it_before() {
        let text = "市政府";
        let index = CharIndex::new(text);
        assert_eq!(index.char_offset(text, 1), 1);
        assert_eq!(index.char_offset(text, 3), 1);
        assert_eq!(index.char_offset(text, 99), 3);
    }

    proptest! {
        #[test]
        fn agrees_with_counting(text in "\\PC{0,300}") {
            check(&text);
        }
    }
}
