//! Mentions: the numbers, dates and quantities of a text, with true byte spans.
//!
//! ```
//! use mubiao_grammar::mention::{mentions, Mention, Options};
//! use mubiao_model::{Comparator, Decimal, QuantityKind, Scale};
//!
//! let text = "2012年城镇登记失业率控制在4.5%以内,新开工保障性住房1.45万套。";
//! let found: Vec<Mention> = mentions(text, Options::default()).collect();
//! let [Mention::Date(year), Mention::Quantity(rate), Mention::Quantity(homes)] = &found[..] else {
//!     panic!("{found:?}");
//! };
//! assert_eq!(year.span.get(text), Some("2012年"));
//!
//! assert_eq!((rate.kind, rate.value, rate.comparator), (QuantityKind::Percent, Decimal::new(45, 1), Comparator::Le));
//! assert_eq!(rate.span.get(text), Some("控制在4.5%以内"));
//!
//! assert_eq!((homes.kind, homes.unit.as_str(), homes.scale), (QuantityKind::Count, "万套", Scale::WAN));
//! assert_eq!(homes.folded(), Some(Decimal::from(14_500)));
//! ```
//!
//! # Layers
//! Each layer reads with the ones below it and knows nothing of those above:
//!
//! 1. [`text`](crate::text): character classes, and the only code that knows how UTF-8
//!    lays characters out in bytes.
//! 2. Numbers ([`parse_number`], [`numeral`], [`to_chinese`]): Arabic, Chinese and
//!    mixed numerals with scale words (`1.45万`, `一千两百三十四万`, `１２`). Units
//!    (`unit`, [`unit_kind`]) are a table beside them.
//! 3. Dates ([`parse_date`]): `2012年3月5日`, `元月底前`, `上半年`, `每月5日前`, reading
//!    numerals. Quantities (`quantity`): a numeral with its unit, comparator words
//!    and ranges (`640亿元`, `12.6%`, `控制在4.5%以内`, `2-5个`), and the set phrases
//!    (`翻一番`). Neither reads the other.
//! 4. The mention pass ([`mentions`]): one pass over the text that stops where a
//!    mention may start, decides there whether a date or a quantity starts, and asks
//!    that reader. [`quantities`], [`dates`] and [`parse_quantity`] are views of it.
//!
//! # What is a quantity
//! - A number with a unit the grammar knows (`元`, `亩`, `个`, `%`, `个百分点`, `倍`…), or
//!   an unknown measure word after Arabic digits (`3栋`), or a bare number (`3万亿`,
//!   [`Options::bare_numbers`]).
//! - Not a number inside a word: `十二五`, `一般`, `一些`, `一体化`, `一站式`, `零售`,
//!   `三农`, `五化一整治`, `三位一体`, `4/5G`; not list markers (`1、`, `(三)`), codes
//!   (`2013-0000035`), times (`2:00`), URLs.
//! - `第三次` is an ordinal ([`QuantityKind::Ordinal`](mubiao_model::QuantityKind::Ordinal),
//!   reported with [`Options::ordinals`]); `2012年` is a date ([`Mention::Date`]).

mod date;
mod number;
mod pass;
mod quantity;
mod unit;

use mubiao_model::{Deadline, Quantity, Span};

use crate::error::{Error, ErrorKind};

pub use date::parse_date;
pub(crate) use number::numeral_chars;
pub use number::{
    Numeral, Script, chinese_digit, is_numeral_char, numeral, parse_number, to_chinese,
};
pub use pass::{Mention, Mentions, Options, mentions};
pub use unit::unit_kind;

/// Every quantity in `text` with the default [`Options`] (bare numbers, no ordinals).
///
/// ```
/// use mubiao_grammar::mention::quantities;
/// let units: Vec<_> = quantities("生产总值达到1000亿元以上,人口自然增长率控制在6‰以内")
///     .map(|q| q.unit)
///     .collect();
/// assert_eq!(units, ["亿元", "‰"]);
/// ```
#[must_use]
pub fn quantities(text: &str) -> Quantities<'_> {
    quantities_with(text, Options::default())
}

/// Every quantity in `text` with the given options.
///
/// ```
/// use mubiao_grammar::mention::{quantities_with, Options};
/// assert_eq!(quantities_with("共3个,计5", Options::default().bare_numbers(false)).count(), 1);
/// ```
#[must_use]
pub fn quantities_with(text: &str, options: Options) -> Quantities<'_> {
    Quantities {
        inner: mentions(text, options),
    }
}

/// The iterator of [`quantities`].
///
/// ```
/// use mubiao_grammar::mention::quantities;
/// assert_eq!(quantities("十二五期间,一般").count(), 0);
/// ```
#[derive(Clone, Debug)]
pub struct Quantities<'a> {
    inner: Mentions<'a>,
}

impl Iterator for Quantities<'_> {
    type Item = Quantity;
    fn next(&mut self) -> Option<Quantity> {
        loop {
            match self.inner.next()? {
                Mention::Quantity(q) => return Some(q),
                Mention::Date(_) => {}
            }
        }
    }
}

/// Every date and deadline in `text`, in order, resolved against `reference_year`
/// where the text names no year.
///
/// ```
/// use mubiao_grammar::mention::dates;
/// use mubiao_model::NaiveDate;
///
/// let found: Vec<_> = dates("元月底前完成,每月5日前报送", Some(2012)).collect();
/// assert_eq!(found[0].text, "元月底前");
/// assert_eq!(found[0].date(), NaiveDate::from_ymd_opt(2012, 1, 31));
/// assert!(found[0].by);
/// assert!(found[1].recurrence.is_some());
///
/// let d: Vec<_> = dates("2013年3月2日前,上半年", None).collect();
/// assert_eq!(d[0].date().map(|d| d.to_string()).as_deref(), Some("2013-03-02"));
/// assert_eq!(d[1].range, None); // 上半年 of which year?
/// ```
#[must_use]
pub fn dates(text: &str, reference_year: Option<i32>) -> Dates<'_> {
    Dates {
        inner: mentions(text, Options::default().reference_year(reference_year)),
    }
}

/// The iterator of [`dates`].
///
/// ```
/// use mubiao_grammar::mention::dates;
/// assert_eq!(dates("秋季开工", Some(2013)).count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Dates<'a> {
    inner: Mentions<'a>,
}

impl Iterator for Dates<'_> {
    type Item = Deadline;
    fn next(&mut self) -> Option<Deadline> {
        loop {
            match self.inner.next()? {
                Mention::Date(d) => return Some(d),
                Mention::Quantity(_) => {}
            }
        }
    }
}

/// Reads the quantity `text` ends with, comparator words included. Words before it
/// that are no quantity are allowed (a verb: `提高2个百分点`, `增长12%`); anything
/// after it is an error.
///
/// # Errors
/// [`ErrorKind::Expected`] where no quantity starts the text,
/// [`ErrorKind::TrailingInput`] where more follows it.
///
/// ```
/// use mubiao_grammar::mention::parse_quantity;
/// use mubiao_model::{Comparator, Decimal, QuantityKind};
/// let q = parse_quantity("提高2个百分点")?;
/// assert_eq!((q.kind, q.value), (QuantityKind::PercentagePoints, Decimal::TWO));
/// let q = parse_quantity("10%至12%")?;
/// assert_eq!((q.comparator, q.upper), (Comparator::Range, Some(Decimal::from(12))));
/// assert!(parse_quantity("一体化").is_err());
/// # Ok::<(), mubiao_grammar::Error>(())
/// ```
pub fn parse_quantity(text: &str) -> Result<Quantity, Error> {
    let (t, front) = crate::text::trim(text);
    let whole_end = front + t.len();
    let mut it = mentions(text, Options::default().ordinals(true));
    let first_char = Span::new(front, front + t.chars().next().map_or(0, char::len_utf8));
    match it.next() {
        Some(Mention::Quantity(q)) if q.span.end == whole_end => Ok(q),
        Some(Mention::Quantity(q)) if q.span.end < whole_end => Err(Error::new(
            ErrorKind::TrailingInput,
            Span::new(q.span.end, whole_end),
        )),
        _ => Err(Error::new(ErrorKind::Expected("a quantity"), first_char)),
    }
}

#[cfg(test)]
mod tests {
    /// Every file of the layer with the rank of its module: a module may use those of
    /// a lower rank only (the text layer is below them all).
    const FILES: &[(&str, u8, &str)] = &[
        ("number/mod.rs", 1, include_str!("number/mod.rs")),
        ("number/arabic.rs", 1, include_str!("number/arabic.rs")),
        ("number/render.rs", 1, include_str!("number/render.rs")),
        ("number/scan.rs", 1, include_str!("number/scan.rs")),
        ("number/state.rs", 1, include_str!("number/state.rs")),
        ("number/token.rs", 1, include_str!("number/token.rs")),
        ("unit.rs", 1, include_str!("unit.rs")),
        ("date/mod.rs", 2, include_str!("date/mod.rs")),
        ("date/calendar.rs", 2, include_str!("date/calendar.rs")),
        ("date/forms.rs", 2, include_str!("date/forms.rs")),
        ("quantity/mod.rs", 2, include_str!("quantity/mod.rs")),
        (
            "quantity/comparator.rs",
            2,
            include_str!("quantity/comparator.rs"),
        ),
        (
            "quantity/fraction.rs",
            2,
            include_str!("quantity/fraction.rs"),
        ),
        ("quantity/idiom.rs", 2, include_str!("quantity/idiom.rs")),
        (
            "quantity/measure.rs",
            2,
            include_str!("quantity/measure.rs"),
        ),
        ("quantity/names.rs", 2, include_str!("quantity/names.rs")),
        ("quantity/part.rs", 2, include_str!("quantity/part.rs")),
        (
            "quantity/phrases.rs",
            2,
            include_str!("quantity/phrases.rs"),
        ),
        ("quantity/range.rs", 2, include_str!("quantity/range.rs")),
        ("pass.rs", 3, include_str!("pass.rs")),
    ];

    /// The rank of a module of the layer.
    fn rank(module: &str) -> u8 {
        match module {
            "number" | "unit" => 1,
            "date" | "quantity" => 2,
            "pass" => 3,
            _ => panic!("unknown module {module}"),
        }
    }

    /// The modules of the layer a source file's `use` statements name.
    fn used(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = src;
        while let Some(at) = rest.find("use ") {
            let stmt = &rest[at..rest[at..].find(';').map_or(rest.len(), |e| at + e)];
            rest = &rest[at + stmt.len()..];
            let mut s = stmt;
            while let Some(k) = s.find("crate::mention::") {
                s = &s[k + "crate::mention::".len()..];
                let names = if let Some(group) = s.strip_prefix('{') {
                    // the first name of each item of the group, at its top level
                    let mut depth = 0;
                    let mut items = vec![String::new()];
                    for c in group.chars() {
                        match c {
                            '{' => depth += 1,
                            '}' if depth == 0 => break,
                            '}' => depth -= 1,
                            ',' if depth == 0 => items.push(String::new()),
                            _ if depth == 0 => items.last_mut().unwrap().push(c),
                            _ => {}
                        }
                    }
                    items
                } else {
                    vec![s.to_owned()]
                };
                for n in names {
                    let name: String = n
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.push(name);
                    }
                }
            }
        }
        out
    }

    #[test]
    fn modules_use_only_the_layers_below_them() {
        for &(file, own, src) in FILES {
            assert!(
                !src.contains("super::super"),
                "{file} reaches past its module"
            );
            for module in used(src) {
                assert!(
                    rank(&module) < own,
                    "{file} (rank {own}) uses {module} (rank {})",
                    rank(&module)
                );
            }
        }
        // the test reads what it is meant to
        assert_eq!(
            used(include_str!("pass.rs")),
            ["quantity", "date", "number"]
        );
        assert_eq!(
            used("use crate::mention::{number::{self, Config}, unit};"),
            ["number", "unit"]
        );
    }
}
