//! Quantities: a number with its unit, scale and comparator, as reports write them —
//! `1000亿元以上`, `控制在4.5%以内`, `6‰以内`, `2万人`, `1.45万套`, `提高2个百分点`,
//! `翻一番`, `2-5个`, `突破百亿`, `三成`, `10余万人` — read at a place the mention pass
//! chose, after a numeral it scanned there.
//!
//! - [`part`] reads a numeral and what follows it, [`measure`] its unit, [`fraction`]
//!   fractions and powers, [`range`] a second numeral after a dash.
//! - [`comparator`] reads the comparator words around it.
//! - [`names`] says where a numeral is no quantity (`一般`, `十二五`, `1、`), with the
//!   set phrases of [`idiom`].
//! - [`phrases`] reads quantities written as set phrases (`翻一番`, `过亿元`, `第三次`).
//!
//! Quantities read numerals ([`number`](super::number)) and units
//! ([`unit`](super::unit)), nothing above: where a numeral is a date is for the mention
//! pass to decide before it asks for a quantity.

mod comparator;
mod fraction;
mod idiom;
mod measure;
mod names;
mod part;
mod phrases;
mod range;

use std::borrow::Cow;

use mubiao_model::{Comparator, Decimal, Quantity, QuantityKind, Scale, Span};

use crate::mention::number::{Config, Numeral, Scanned, Script, is_numeral_char};
use crate::mention::unit::unit_at;
use crate::text::{CharSet, char_at, char_before, digit_value, is_space, skip_spaces, word_at};

/// What a reader found at a place: a quantity and where it ends, or where to go on.
#[derive(Clone, Debug)]
pub(crate) enum Step {
    /// A quantity, and the offset after it.
    Found(Quantity, usize),
    /// No quantity; the offset to go on from.
    Skip(usize),
}

/// The quantity reader over a text, from where the last mention ended.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reader<'a> {
    /// The whole text.
    text: &'a str,
    /// Where the last mention ended: a comparator word is looked for after it.
    floor: usize,
    /// Report numbers without a unit.
    bare_numbers: bool,
    /// Report ordinals.
    ordinals: bool,
}

/// A numeral with what follows it: unit, percent sign, fraction.
#[derive(Clone, Debug)]
struct Part<'a> {
    value: Decimal,
    scale: Scale,
    kind: QuantityKind,
    /// The unit as written after the scale word (`套` of `万套`), or a sign (`%`):
    /// borrowed from the tables or the text, owned only when composed (`元/吨`).
    unit: Cow<'a, str>,
    /// A unit was found (table, Latin letters, percent, open class).
    has_unit: bool,
    end: usize,
    approximate: bool,
    lone: bool,
    chinese: bool,
    unit_lone_ok: bool,
    ordinal: bool,
    plain: Scanned,
}

/// The dashes and words between the two numbers of a range: `2-5`, `1至2`, `10%到12%`.
const DASHES: &[char] = &['-', '－', '—', '–', '~', '～', '〜', '至', '到'];

/// The characters the quantities of [`phrases`] start with (`第三次`, `翻一番`, `半成`,
/// `打对折`, `$20`, `过亿元`): where the mention pass stops besides a numeral.
pub(crate) const WORD_STARTS: CharSet = CharSet::of(&[
    '第', '翻', '半', '对', '對', '$', '￥', '¥', '万', '萬', '亿', '億',
]);

/// How the numeral at `pos` is scanned: `12. 2万平方米` (a decimal point and a space,
/// as PDF extraction leaves it) inside a sentence, but `1. ` at the head of a line is
/// a list marker.
pub(crate) fn numeral_config(s: &str, pos: usize) -> Config {
    Config {
        spaced_point: char_before(s, pos).is_some_and(|c| c != '\n' && !is_space(c)),
        unsigned: false,
    }
}

/// The offset after a token of letters, digits and code signs (`A202107`, `2013-0000035`,
/// `1.2.3`): what is passed over where a numeral turned out to be part of one.
pub(crate) fn skip_token(s: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(s, pos) {
        if c.is_ascii_alphanumeric()
            || digit_value(c).is_some()
            || matches!(
                c,
                '.' | '．' | '/' | '／' | '-' | '－' | ':' | '：' | '_' | '%'
            )
        {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

/// The offset after a run of numeral characters and digits (`十二五`, `九九`).
pub(crate) fn skip_numeral_run(s: &str, mut pos: usize) -> usize {
    while let Some(c) = char_at(s, pos) {
        if is_numeral_char(c) || matches!(c, '点' | '點') || digit_value(c).is_some() {
            pos += c.len_utf8();
        } else {
            break;
        }
    }
    pos
}

/// Eats `word` allowing spaces between its characters (`个 百 分点`).
fn eat_spaced(s: &str, pos: usize, word: &str) -> Option<usize> {
    let mut p = pos;
    for (i, w) in word.chars().enumerate() {
        if i > 0 {
            p = skip_spaces(s, p);
        }
        if char_at(s, p) != Some(w) {
            return None;
        }
        p += w.len_utf8();
    }
    Some(p)
}

/// The offset after `word` where it stands at `pos`.
fn eat(s: &str, pos: usize, word: &str) -> Option<usize> {
    word_at(s, pos, word).then(|| pos + word.len())
}

/// The scale word of a scale, as a unit is written with it.
fn scale_word(scale: Scale) -> &'static str {
    match scale.exponent() {
        4 => "万",
        8 => "亿",
        12 => "万亿",
        _ => "",
    }
}

/// A unit as written: the scale word, then the unit (`万` + `套`).
fn unit_text(scale: Scale, unit: &str) -> String {
    let word = scale_word(scale);
    let mut text = String::with_capacity(word.len() + unit.len());
    text.push_str(word);
    text.push_str(unit);
    text
}

/// The scan of no numeral, for the quantities written without one.
const fn blank(pos: usize) -> Scanned {
    Scanned {
        numeral: Numeral {
            value: Decimal::ZERO,
            scale: Scale::ONE,
            approximate: false,
            script: Script::Chinese,
        },
        end: pos,
        digits_start: pos,
        lone: false,
        plain_integer: false,
        int_digits: 0,
        leading_zero: false,
    }
}

impl<'a> Reader<'a> {
    /// A reader of `text` whose comparator words may start at `floor` (where the last
    /// mention ended); `bare_numbers` and `ordinals` as the pass's options say.
    pub(crate) const fn new(
        text: &'a str,
        floor: usize,
        bare_numbers: bool,
        ordinals: bool,
    ) -> Self {
        Self {
            text,
            floor,
            bare_numbers,
            ordinals,
        }
    }

    /// What the numeral `sc` at `pos` is, once the mention pass has seen it is no date:
    /// a discount, a name, an ordinal, a range, or a quantity.
    pub(crate) fn after_numeral(&self, pos: usize, sc: &Scanned) -> Step {
        let s = self.text;
        if sc.lone
            && let Some(step) = self.discount_digits(pos, sc)
        {
            return step;
        }
        // a numeral glued to another numeral is a name: 十二五, 五十千, 九九 (not 12千米, 三十两)
        // (the unit is looked up only after a numeral character: most numbers have none)
        let unit_next = || {
            s.get(sc.end..).is_some_and(|r| {
                unit_at(r).is_some() || r.starts_with("百分点") || r.starts_with("百分點")
            })
        };
        if char_at(s, sc.end).is_some_and(is_numeral_char) && !unit_next() {
            return Step::Skip(skip_numeral_run(s, sc.end));
        }
        let Some(first) = self.part(sc) else {
            return Step::Skip(skip_token(s, sc.end).max(sc.end));
        };
        if first.ordinal {
            return self.emit_ordinal(pos, &first);
        }
        // a range: 2-5个, 10%至12%, 1.5亿至2亿元
        if let Some(step) = self.range(pos, &first) {
            return step;
        }
        if !self.valid(pos, &first) {
            return Step::Skip(first.end.max(pos + 1));
        }
        if !first.has_unit && !self.bare_numbers {
            return Step::Skip(first.end);
        }
        let (q, end) = self.finish(pos, &first, None);
        Step::Found(q, end)
    }

    /// Builds the quantity: prefix and suffix comparators, span.
    fn finish(&self, start: usize, p: &Part<'_>, upper: Option<Decimal>) -> (Quantity, usize) {
        let (pre, qstart) = self
            .prefix(start)
            .map_or((None, start), |(c, s)| (Some(c), s));
        let (suf, end) = self
            .suffix(p.end)
            .map_or((None, p.end), |(c, e)| (Some(c), e));
        let unit = unit_text(p.scale, &p.unit);
        let mut q =
            Quantity::new(p.kind, p.value, unit, Span::new(qstart, end)).with_scale(p.scale);
        let cmp = match (upper, suf, pre, p.approximate) {
            (Some(_), ..) => Comparator::Range,
            (None, Some(c), ..) => c,
            (None, None, Some(c), _) => c,
            (None, None, None, true) => Comparator::Gt,
            _ => Comparator::Eq,
        };
        q = q.with_comparator(cmp);
        q.upper = upper;
        (q, end)
    }

    /// An ordinal from `start` (`第`) over `p`: reported when the options ask for
    /// ordinals, passed over otherwise.
    fn emit_ordinal(&self, start: usize, p: &Part<'_>) -> Step {
        if self.ordinals {
            let unit = unit_text(p.scale, &p.unit);
            let q = Quantity::new(
                QuantityKind::Ordinal,
                p.value,
                unit,
                Span::new(start, p.end),
            )
            .with_scale(p.scale);
            Step::Found(q, p.end)
        } else {
            Step::Skip(p.end)
        }
    }

    /// A quantity of a set phrase from `pos` to `end`: its value, kind and unit, with
    /// the comparators around it.
    fn simple(
        &self,
        pos: usize,
        value: Decimal,
        kind: QuantityKind,
        unit: &'a str,
        end: usize,
    ) -> Step {
        let part = Part {
            value,
            scale: Scale::ONE,
            kind,
            unit: Cow::Borrowed(unit),
            has_unit: !unit.is_empty(),
            end,
            approximate: false,
            lone: false,
            chinese: true,
            unit_lone_ok: true,
            ordinal: false,
            plain: blank(pos),
        };
        let (q, end) = self.finish(pos, &part, None);
        Step::Found(q, end)
    }
}
