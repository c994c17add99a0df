//! Sets of characters as bitmaps over the Basic Multilingual Plane, built at compile
//! time: one lookup tells whether a character is in a set, for the scans that ask it of
//! most characters of a text.

/// A set of characters of the BMP (U+0000–U+FFFF); no character above it is a member.
#[derive(Clone)]
pub(crate) struct CharSet([u64; 1024]);

impl core::fmt::Debug for CharSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let members = self.0.iter().map(|w| w.count_ones()).sum::<u32>();
        write!(f, "CharSet({members} characters)")
    }
}

impl CharSet {
    /// The set of no character.
    pub(crate) const EMPTY: Self = Self([0; 1024]);

    /// The set of `chars` (those above U+FFFF left out).
    pub(crate) const fn of(chars: &[char]) -> Self {
        let mut set = Self::EMPTY;
        let mut i = 0;
        while i < chars.len() {
            // `i < chars.len()`: in bounds
            #[allow(clippy::indexing_slicing)]
            let c = chars[i];
            set = set.with(c as u32);
            i += 1;
        }
        set
    }

    /// The set with code point `cp` added (left out above U+FFFF).
    pub(crate) const fn with(mut self, cp: u32) -> Self {
        if cp < 0x1_0000 {
            // `cp >> 6` is below 1024: in bounds
            #[allow(clippy::indexing_slicing)]
            {
                self.0[(cp >> 6) as usize] |= 1 << (cp & 63);
            }
        }
        self
    }

    /// The characters of either set.
    pub(crate) const fn union(mut self, other: &Self) -> Self {
        let mut i = 0;
        while i < 1024 {
            // `i < 1024`: in bounds of both
            #[allow(clippy::indexing_slicing)]
            {
                self.0[i] |= other.0[i];
            }
            i += 1;
        }
        self
    }

    /// Whether code point `cp` is a member.
    #[inline]
    pub(crate) const fn has(&self, cp: u32) -> bool {
        self.word(cp >> 6) & (1 << (cp & 63)) != 0
    }

    /// Whether `c` is a member.
    #[inline]
    pub(crate) const fn contains(&self, c: char) -> bool {
        self.has(c as u32)
    }

    /// The members among code points `64 * block .. 64 * block + 64`, one bit each
    /// (none past the BMP).
    const fn word(&self, block: u32) -> u64 {
        if block < 1024 {
            // checked just above
            #[allow(clippy::indexing_slicing)]
            self.0[block as usize]
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharSet;

    #[test]
    fn members_are_the_characters_given() {
        const SET: CharSet = CharSet::of(&['0', '万', '〇', '\u{FFFF}', '😀']);
        let members: Vec<char> = (0..=0x10_FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| SET.contains(c))
            .collect();
        assert_eq!(members, ['0', '〇', '万', '\u{FFFF}']);
        assert!(!SET.has(0x11_0000));
        assert_eq!(SET.word(u32::from('0') >> 6), 1 << (u32::from('0') & 63));
    }
}
