//! Outline marker styles as rows: each form says what opens it, how it is numbered,
//! what closes it and what delimiter follows, and its conventional rank.

use mubiao_model::MarkerStyle;

use crate::text::{Class, class, digit_value};

/// How a marker form writes its number.
///
/// ```
/// use mubiao_grammar::{MarkerForm, Numeral};
/// use mubiao_model::MarkerStyle;
/// let circled = MarkerForm::new(MarkerStyle::Circled, Numeral::Enclosed { first: '①', count: 20, base: 1 }, &[], &[], 7);
/// assert_eq!(circled.style, MarkerStyle::Circled);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Numeral {
    /// Chinese numerals, 1 to 9999: `一`, `十二`, `二十三`, `一百零五`, `廿`, `两`.
    Chinese,
    /// Up to four ASCII or full-width digits, 1 to 9999: `1`, `96`, `１２`.
    Arabic,
    /// One enclosed character standing for a number: `count` characters from `first`,
    /// the first standing for `base` (`①` … `⑳`, `⑴` … `⒇`, `⒈` … `⒛`).
    Enclosed {
        /// The first character of the range.
        first: char,
        /// How many characters the range has.
        count: u32,
        /// The number the first one stands for.
        base: u32,
    },
    /// No number: a run of two or more dashes (`——`).
    DashRun,
}

/// One way of writing the markers of a style: `open` numeral `close`, then one of
/// the `delimiters`. The label is what comes before the delimiter (`二` of `二、`,
/// `(一)` of `(一)`, `第三条`); a delimiter that is a dot or a comma must be followed
/// by something that is not a digit (`1.27万套` is no marker).
///
/// ```
/// use mubiao_grammar::{MarkerForm, Numeral};
/// use mubiao_model::MarkerStyle;
/// // `1﹒` and `１．` are written like `1.`
/// let f = MarkerForm::new(MarkerStyle::Arabic, Numeral::Arabic, &[], &[], 5)
///     .with_delimiters(&["、", ".", "．", "﹒"]);
/// assert_eq!(f.delimiters.len(), 4);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct MarkerForm {
    /// The style the form writes.
    pub style: MarkerStyle,
    /// How it writes the number.
    pub numeral: Numeral,
    /// What may open it (one of these must, if any are given): `(`, `（`, `第`.
    pub open: Vec<String>,
    /// What must close the label (one of these, if any are given): `)`, `章`, `条`.
    pub close: Vec<String>,
    /// What must follow the label and is not part of it (one of these, if any are
    /// given): `、`, `.`, `．`.
    pub delimiters: Vec<String>,
    /// The rank official documents conventionally give the style (GB/T 9704: `一、`
    /// above `(一)` above `1.` above `(1)`): smaller is higher. Used only to place a
    /// style first met in the middle of a list.
    pub rank: u8,
}

impl MarkerForm {
    /// A form of `style` numbered by `numeral`, opened by one of `open` and closed by
    /// one of `close` (either list may be empty), with no delimiter.
    #[must_use]
    pub fn new(
        style: MarkerStyle,
        numeral: Numeral,
        open: &[&str],
        close: &[&str],
        rank: u8,
    ) -> Self {
        Self {
            style,
            numeral,
            open: open.iter().map(|s| (*s).to_owned()).collect(),
            close: close.iter().map(|s| (*s).to_owned()).collect(),
            delimiters: Vec::new(),
            rank,
        }
    }

    /// The form with these delimiters after its label.
    #[must_use]
    pub fn with_delimiters(mut self, delimiters: &[&str]) -> Self {
        self.delimiters = delimiters.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    /// Reads the form at the start of `line`.
    fn read<'a>(&self, line: &'a str) -> Option<Marker<'a>> {
        let mut pos = 0;
        if !self.open.is_empty() {
            pos = self
                .open
                .iter()
                .find(|o| line.starts_with(o.as_str()))?
                .len();
        }
        let rest = line.get(pos..)?;
        let (ordinal, used) = match self.numeral {
            Numeral::Chinese => chinese_ordinal(rest)?,
            Numeral::Arabic => arabic_ordinal(rest)?,
            Numeral::Enclosed { first, count, base } => {
                let c = rest.chars().next()?;
                let k = u32::from(c).checked_sub(u32::from(first))?;
                (k < count).then_some((base + k, c.len_utf8()))?
            }
            Numeral::DashRun => dash_run(rest)?,
        };
        pos += used;
        if !self.close.is_empty() {
            let rest = line.get(pos..)?;
            pos += self
                .close
                .iter()
                .find(|c| rest.starts_with(c.as_str()))?
                .len();
        }
        let label_end = pos;
        if !self.delimiters.is_empty() {
            let rest = line.get(pos..)?;
            let d = self
                .delimiters
                .iter()
                .find(|d| rest.starts_with(d.as_str()))?;
            pos += d.len();
            let soft = d
                .chars()
                .next()
                .is_some_and(|c| matches!(class(c), Class::Dot | Class::Comma));
            if soft {
                // something must follow, and not a digit: `1.27万套`, `3.` at the end
                let next = line.get(pos..)?.chars().next()?;
                if matches!(class(next), Class::Digit(_) | Class::Percent) {
                    return None;
                }
            }
        }
        Some(Marker {
            style: self.style,
            ordinal,
            label: line.get(..label_end)?,
            len: pos,
        })
    }

    /// Whether the form can start with `c`: a cheap test before reading it.
    fn may_start_with(&self, c: char) -> bool {
        if !self.open.is_empty() {
            return self.open.iter().any(|o| o.starts_with(c));
        }
        match self.numeral {
            Numeral::Chinese => crate::mention::is_numeral_char(c) || matches!(c, '廿' | '两'),
            Numeral::Arabic => digit_value(c).is_some(),
            Numeral::Enclosed { first, count, .. } => u32::from(c)
                .checked_sub(u32::from(first))
                .is_some_and(|k| k < count),
            Numeral::DashRun => class(c) == Class::Dash,
        }
    }
}

/// A numbering marker read at the start of a line.
///
/// ```
/// use mubiao_grammar::Lexicon;
/// use mubiao_model::MarkerStyle;
/// let m = Lexicon::default().marker("(一)调整优化存量").unwrap();
/// assert_eq!((m.style, m.ordinal, m.label, m.len), (MarkerStyle::ChineseParen, 1, "(一)", 5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The numbering style.
    pub style: MarkerStyle,
    /// The number the marker stands for; dashes count 0.
    pub ordinal: u32,
    /// The marker as written without its delimiter: `二`, `(一)`, `1`, `①`, `第三条`.
    pub label: &'a str,
    /// Bytes the marker takes, delimiter included.
    pub len: usize,
}

/// The forms that may start with each character, derived from the forms once: a line
/// is passed over by one look-up, and a line that starts with a digit tries only the
/// forms a digit starts.
#[derive(Clone, Debug, Default)]
pub(crate) struct Starts {
    /// Sorted by the character; the form indices in the forms' order.
    by_char: Vec<(char, Vec<usize>)>,
}

impl Starts {
    /// The forms each character may start, for `forms`.
    pub(crate) fn of(forms: &[MarkerForm]) -> Self {
        let mut pairs: Vec<(char, usize)> = Vec::new();
        for (i, f) in forms.iter().enumerate() {
            let mut add = |c: char| pairs.push((c, i));
            if !f.open.is_empty() {
                f.open
                    .iter()
                    .filter_map(|o| o.chars().next())
                    .for_each(&mut add);
                continue;
            }
            match f.numeral {
                // the characters of Chinese numerals are rows of the numeral grammar
                Numeral::Chinese => crate::mention::numeral_chars()
                    .chain(['廿', '两'])
                    .filter(|&c| f.may_start_with(c))
                    .for_each(&mut add),
                Numeral::Arabic | Numeral::DashRun => crate::text::SPECIAL
                    .iter()
                    .map(|&(c, _)| c)
                    .filter(|&c| f.may_start_with(c))
                    .for_each(&mut add),
                Numeral::Enclosed { first, count, .. } => (0..count)
                    .filter_map(|k| char::from_u32(u32::from(first) + k))
                    .for_each(&mut add),
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut by_char: Vec<(char, Vec<usize>)> = Vec::new();
        for (c, i) in pairs {
            match by_char.last_mut() {
                Some((last, v)) if *last == c => v.push(i),
                _ => by_char.push((c, vec![i])),
            }
        }
        Self { by_char }
    }

    /// The forms `c` may start, in order.
    fn forms(&self, c: char) -> &[usize] {
        self.by_char
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .and_then(|i| self.by_char.get(i))
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

/// The first form of `forms` that reads the start of `line`.
pub(crate) fn read<'a>(forms: &[MarkerForm], starts: &Starts, line: &'a str) -> Option<Marker<'a>> {
    let c = line.chars().next()?;
    starts
        .forms(c)
        .iter()
        .filter_map(|&i| forms.get(i))
        .find_map(|f| f.read(line))
}

/// Up to four ASCII or full-width digits, 1 to 9999, and the bytes they take. A fifth
/// digit makes it no list number (`12345、`).
fn arabic_ordinal(s: &str) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut used = 0;
    for (count, (i, c)) in s.char_indices().enumerate() {
        let Some(d) = digit_value(c) else { break };
        if count == 4 {
            return None;
        }
        value = value * 10 + d;
        used = i + c.len_utf8();
    }
    (used > 0 && value > 0).then_some((value, used))
}

/// A Chinese numeral that can number a list item: a whole number from 1 to 9999 in
/// Chinese numerals only (`一`, `十二`, `二十三`, `一百零五`, `廿`, `两`), with no scale
/// word, sign, decimal or "more than" after it. Read by the crate's numeral grammar.
fn chinese_ordinal(s: &str) -> Option<(u32, usize)> {
    use crate::mention::{Script, chinese_digit, is_numeral_char, numeral};
    // the common case, one character before the delimiter: 一、 (三) 十．
    let mut chars = s.chars();
    let c = chars.next()?;
    if digit_value(c).is_some() || c == '负' {
        return None;
    }
    if let Some(v) = chinese_digit(c).or((c == '十').then_some(10))
        && v > 0
        && chars
            .next()
            .is_some_and(|d| !is_numeral_char(d) && !matches!(d, '点' | '多' | '余' | '几'))
    {
        return Some((v, c.len_utf8()));
    }
    // a list number is a few characters (九千九百九十九 is seven): read at most eight,
    // so a run of a million numerals costs no more than a short one
    let head_end = s.char_indices().nth(8).map_or(s.len(), |(i, _)| i);
    let head = s.get(..head_end)?;
    let (rest_of_head, n) = numeral(head).ok()?;
    let whole = n.value.is_integer() && n.scale == mubiao_model::Scale::ONE && !n.approximate;
    let value = u32::try_from(n.value.mantissa())
        .ok()
        .filter(|v| (1..=9999).contains(v))?;
    (whole && n.script == Script::Chinese && n.value.scale() == 0)
        .then_some((value, head_end - rest_of_head.len()))
}

/// Two or more dashes, not followed by the line's end: `——过去五年`.
fn dash_run(s: &str) -> Option<(u32, usize)> {
    let mut n = 0;
    let mut used = 0;
    for (i, c) in s.char_indices() {
        if class(c) != Class::Dash {
            break;
        }
        n += 1;
        used = i + c.len_utf8();
    }
    let next = s.get(used..)?.chars().next();
    (n >= 2 && next.is_some_and(|c| c != '\n' && c != '\r')).then_some((0, used))
}

#[cfg(test)]
mod tests {
    use crate::Lexicon;
    use mubiao_model::MarkerStyle::{self, *};

    fn m(s: &str) -> Option<(MarkerStyle, u32, &str, usize)> {
        Lexicon::default()
            .marker(s)
            .map(|m| (m.style, m.ordinal, m.label, m.len))
    }

    #[test]
    fn every_style_ascii_and_full_width() {
        assert_eq!(m("一、加快产业转型"), Some((Chinese, 1, "一", 6)));
        assert_eq!(m("十二、"), Some((Chinese, 12, "十二", 9)));
        assert_eq!(m("三．严格督查"), Some((Chinese, 3, "三", 6)));
        assert_eq!(m("(一)调整"), Some((ChineseParen, 1, "(一)", 5)));
        assert_eq!(m("（二）着力"), Some((ChineseParen, 2, "（二）", 9)));
        assert_eq!(m("(三）混合"), Some((ChineseParen, 3, "(三）", 7)));
        assert_eq!(m("〔四〕推进"), Some((ChineseParen, 4, "〔四〕", 9)));
        assert_eq!(m("1、生产总值"), Some((Arabic, 1, "1", 4)));
        assert_eq!(m("96.搞好"), Some((Arabic, 96, "96", 3)));
        assert_eq!(m("１２．利用"), Some((Arabic, 12, "１２", 9)));
        assert_eq!(m("1﹒利用"), Some((Arabic, 1, "1", 4)));
        assert_eq!(m("(1)新增"), Some((ArabicParen, 1, "(1)", 3)));
        assert_eq!(m("（10）新增"), Some((ArabicParen, 10, "（10）", 8)));
        assert_eq!(m("3)开工"), Some((ArabicHalfParen, 3, "3", 2)));
        assert_eq!(m("4）开工"), Some((ArabicHalfParen, 4, "4", 4)));
        assert_eq!(m("③推进"), Some((Circled, 3, "③", 3)));
        assert_eq!(m("㉑推进"), Some((Circled, 21, "㉑", 3)));
        assert_eq!(m("⑵推进"), Some((ArabicParen, 2, "⑵", 3)));
        assert_eq!(m("⒌推进"), Some((Arabic, 5, "⒌", 3)));
        assert_eq!(m("第三条 各单位"), Some((Article, 3, "第三条", 9)));
        assert_eq!(m("第二部分"), Some((Part, 2, "第二部分", 12)));
        assert_eq!(m("第1章"), Some((Chapter, 1, "第1章", 7)));
        assert_eq!(m("——过去五年"), Some((Dash, 0, "——", 6)));
        assert_eq!(m("－－过去"), Some((Dash, 0, "－－", 6)));
    }

    #[test]
    fn numbers_that_are_not_markers() {
        for s in [
            "1.27万套",
            "2012年是",
            "12.6%",
            "3.",
            "20万人",
            "一般",
            "一体化",
            "第三次经济普查",
            "(市)区",
            "—",
            "12345、",
            "5.%",
            "0．",
            "(0)",
            "〇、",
            "负一、",
            "一点五、",
            "五万、",
            "一多、",
            "十多、",
            "一二三、",
            "——",
        ] {
            assert_eq!(m(s), None, "{s}");
        }
    }

    #[test]
    fn long_chinese_numbers() {
        assert_eq!(m("一百零五、"), Some((Chinese, 105, "一百零五", 15)));
        assert_eq!(m("廿、"), Some((Chinese, 20, "廿", 6)));
        // a million numerals: only the first eight are read
        let long = "一".repeat(1_000_000) + "、";
        assert_eq!(m(&long), None);
    }
}
