//! Outline levels: assigned to markers as a document uses them, not from a fixed
//! table.
//!
//! Levels follow the order in which a document first uses its marker styles: a notice
//! that numbers `(一)` under `一、` and `1.` under `(一)` gets three levels in that
//! order, and one that starts with `1.` gets `1.` on top. Only where a text starts in
//! the middle of a list (an excerpt that opens at `184、` and meets `(七)` later) does
//! the conventional rank of official documents (a row of the lexicon) decide.

use mubiao_model::MarkerStyle;

use crate::Lexicon;

/// Assigns outline levels to markers with an explicit stack (no recursion, constant
/// work per marker: the number of styles is bounded).
#[derive(Clone, Debug, Default)]
pub(crate) struct Levels {
    /// Styles in the order of their levels, outermost first.
    order: Vec<MarkerStyle>,
    /// Open styles, outermost first.
    stack: Vec<MarkerStyle>,
}

impl Levels {
    /// Closes every open level (an annex begins), keeping the order of the styles.
    pub(crate) fn close_all(&mut self) {
        self.stack.clear();
    }

    /// Places a marker of `style` numbered `ordinal` and returns its level (1-based).
    ///
    /// A known style closes everything at or below its level. A new style numbered 1
    /// opens the next level down. A new style numbered above 1 means the text began
    /// mid-list: it goes above the open levels that official convention ranks below it.
    pub(crate) fn place(&mut self, style: MarkerStyle, ordinal: u32, lx: &Lexicon) -> u8 {
        if let Some(i) = self.stack.iter().position(|&s| s == style) {
            self.stack.truncate(i);
        } else if let Some(k) = self.index(style) {
            while self
                .stack
                .last()
                .is_some_and(|&top| self.index(top).is_some_and(|t| t >= k))
            {
                self.stack.pop();
            }
        } else {
            let rank = lx.rank(style);
            // `——` lines are the weakest level: a numbered style never nests in one
            if style != MarkerStyle::Dash {
                while self.stack.last() == Some(&MarkerStyle::Dash) {
                    self.stack.pop();
                }
            }
            if ordinal > 1 {
                while self.stack.last().is_some_and(|&top| lx.rank(top) > rank) {
                    self.stack.pop();
                }
            }
            let at = self
                .stack
                .last()
                .and_then(|&top| self.index(top))
                .map_or(0, |i| i + 1);
            self.order.insert(at.min(self.order.len()), style);
        }
        self.stack.push(style);
        u8::try_from(self.stack.len()).unwrap_or(u8::MAX)
    }

    fn index(&self, style: MarkerStyle) -> Option<usize> {
        self.order.iter().position(|&s| s == style)
    }

    /// The styles now open, outermost first.
    #[cfg(test)]
    pub(crate) fn open(&self) -> &[MarkerStyle] {
        &self.stack
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerStyle::*;

    fn place(l: &mut Levels, s: MarkerStyle, n: u32) -> u8 {
        l.place(s, n, &Lexicon::default())
    }

    #[test]
    fn excerpt_that_starts_mid_list() {
        // seed 001: 184、… (七) 191、… 三、 (一) 210、
        let mut l = Levels::default();
        assert_eq!(place(&mut l, Arabic, 184), 1);
        assert_eq!(place(&mut l, Arabic, 185), 1);
        assert_eq!(place(&mut l, ChineseParen, 7), 1);
        assert_eq!(place(&mut l, Arabic, 191), 2);
        assert_eq!(place(&mut l, Chinese, 3), 1);
        assert_eq!(place(&mut l, ChineseParen, 1), 2);
        assert_eq!(place(&mut l, Arabic, 210), 3);
        assert_eq!(l.open(), [Chinese, ChineseParen, Arabic]);
    }

    #[test]
    fn first_use_decides_not_a_table() {
        let mut l = Levels::default();
        assert_eq!(place(&mut l, Arabic, 1), 1);
        assert_eq!(place(&mut l, ChineseParen, 1), 2);
        assert_eq!(place(&mut l, ChineseParen, 2), 2);
        assert_eq!(place(&mut l, Arabic, 2), 1);
        assert_eq!(place(&mut l, ChineseParen, 1), 2);
    }

    #[test]
    fn dashes_do_not_hold_numbered_items() {
        let mut l = Levels::default();
        assert_eq!(place(&mut l, Dash, 0), 1);
        assert_eq!(place(&mut l, Dash, 0), 1);
        assert_eq!(place(&mut l, Chinese, 1), 1);
        assert_eq!(place(&mut l, Dash, 0), 2);
        assert_eq!(place(&mut l, Chinese, 2), 1);
    }

    #[test]
    fn skipped_level_and_return() {
        let mut l = Levels::default();
        assert_eq!(place(&mut l, Chinese, 1), 1);
        assert_eq!(place(&mut l, ChineseParen, 1), 2);
        assert_eq!(place(&mut l, Arabic, 1), 3);
        assert_eq!(place(&mut l, Chinese, 2), 1);
        assert_eq!(place(&mut l, Arabic, 1), 2);
    }
}
