//! The lines of a text, with their offsets and what kind of line each is.
//!
//! Converted documents carry their pages with them: a form feed where a PDF page
//! ended, a printed page number (`—２—`, `- 13 -`) at its foot. Those are page chrome:
//! [`LineKind::PageNumber`] lines and [`Line::page_break`], which the readers above
//! pass over, joining what a page break cut in two. Text whose line breaks were lost
//! keeps its paragraphs apart only by runs of ideographic spaces (`。 　　今年…`): a
//! long line is cut there into lines of its own, each a true byte range of the text.

use mubiao_model::Span;

use super::class::{Class, class};

/// What a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineKind {
    /// Nothing but white space.
    Blank,
    /// A printed page number: `—２—`, `- 13 -`, `— 11 —`, `第 3 页`.
    PageNumber,
    /// Anything else.
    Text,
}

/// A line of the text.
///
/// ```
/// use mubiao_grammar::text::{lines, LineKind};
/// let text = "  一、总体要求\n\u{0C}—２—\n";
/// let all: Vec<_> = lines(text).collect();
/// assert_eq!(all[0].span.get(text), Some("一、总体要求"));
/// assert_eq!(all[0].indent, 2);
/// assert_eq!((all[1].kind, all[1].page_break), (LineKind::PageNumber, true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// The content, without the white space (and form feed) at either end.
    pub span: Span,
    /// The whole line, without its `\n`.
    pub raw: Span,
    /// How many characters of white space come before the content: the column it
    /// starts at in a page laid out by a PDF converter.
    pub indent: usize,
    /// What it is.
    pub kind: LineKind,
    /// A form feed stands in the line: a page of the PDF it came from ends here.
    pub page_break: bool,
}

/// A line longer than this is looked at for paragraphs set apart by runs of
/// ideographic spaces (a text whose line breaks were lost).
const LONG_LINE: usize = 400;

/// The longest printed page number, in bytes (`— １２３４ —` with spaces).
const MAX_PAGE_NUMBER: usize = 40;

/// The lines of `text`, in order.
///
/// ```
/// use mubiao_grammar::text::lines;
/// let text = "a\r\nbc\n\nd";
/// let spans: Vec<_> = lines(text).map(|l| l.span.get(text).unwrap()).collect();
/// assert_eq!(spans, ["a", "bc", "", "d"]);
/// ```
#[must_use]
pub fn lines(text: &str) -> Lines<'_> {
    Lines {
        text,
        pos: 0,
        cut: None,
    }
}

/// The iterator of [`lines`].
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    text: &'a str,
    /// Where the next physical line starts.
    pos: usize,
    /// The rest of a long physical line being cut into paragraphs: (from, end).
    cut: Option<(usize, usize)>,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if let Some((from, end)) = self.cut {
            let (piece, next) = next_paragraph(self.text, from, end);
            self.cut = next.map(|n| (n, end));
            return Some(line(self.text, piece));
        }
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = self.text.get(self.pos..)?;
        let len = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let raw = Span::new(self.pos, self.pos + len);
        self.pos += len + 1;
        let s = self.text.get(raw.range())?;
        if s.len() > LONG_LINE && has_wide_run(s) {
            let (piece, next) = next_paragraph(self.text, raw.start, raw.end);
            self.cut = next.map(|n| (n, raw.end));
            return Some(line(self.text, piece));
        }
        Some(line(self.text, raw))
    }
}

/// Whether `s` holds two wide spaces in a row (`\u{3000}\u{3000}`, `\u{2003}\u{2003}`):
/// two searches of the whole line, at memory speed.
fn has_wide_run(s: &str) -> bool {
    static RUNS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            ["\u{3000}\u{3000}", "\u{2003}\u{2003}"]
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
        });
    RUNS.iter().any(|f| f.find(s.as_bytes()).is_some())
}

/// The first paragraph of `text[from..end]`: up to the first run of white space that
/// holds two or more wide spaces; and where the next one starts.
fn next_paragraph(text: &str, from: usize, end: usize) -> (Span, Option<usize>) {
    let s = text.get(from..end).unwrap_or_default();
    // the run of spaces being read: where it starts and ends, and its wide spaces
    let mut run: Option<(usize, usize, usize)> = None;
    let cut = |(start, last, n): (usize, usize, usize)| {
        (n >= 2 && start > 0 && last < s.len())
            .then(|| (Span::new(from, from + start), Some(from + last)))
    };
    for (at, c, k) in super::class::specials(s, 0) {
        match run {
            Some((start, last, n)) if last == at && k == Class::Space => {
                let wide = usize::from(matches!(c, '\u{3000}' | '\u{2003}'));
                run = Some((start, at + c.len_utf8(), n + wide));
                continue;
            }
            // the run ended where something else began
            Some(r) => {
                if let Some(found) = cut(r) {
                    return found;
                }
                run = None;
            }
            None => {}
        }
        if k == Class::Space {
            let wide = usize::from(matches!(c, '\u{3000}' | '\u{2003}'));
            run = Some((at, at + c.len_utf8(), wide));
        }
    }
    if let Some(found) = run.and_then(cut) {
        return found;
    }
    (Span::new(from, end), None)
}

/// The line at `raw`, trimmed and classified.
fn line(text: &str, raw: Span) -> Line {
    let s = text.get(raw.range()).unwrap_or_default();
    let blank = |c: char| matches!(class(c), Class::Space | Class::PageBreak);
    let body = s.trim_start_matches(blank);
    let front = s.len() - body.len();
    let body = body.trim_end_matches(blank);
    let lead = s.get(..front).unwrap_or_default();
    let page_break = lead.contains('\u{0C}')
        || s.get(front + body.len()..)
            .is_some_and(|t| t.contains('\u{0C}'));
    let indent = lead.chars().filter(|&c| c != '\u{0C}').count();
    let kind = if body.is_empty() {
        LineKind::Blank
    } else if is_page_number(body) {
        LineKind::PageNumber
    } else {
        LineKind::Text
    };
    let start = raw.start + front;
    Line {
        span: Span::new(start, start + body.len()),
        raw,
        indent,
        kind,
        page_break,
    }
}

/// Whether a trimmed line is a printed page number: one to four digits between
/// dashes (`—２—`, `- 13 -`), or `第 3 页` (`共 10 页` may follow).
fn is_page_number(s: &str) -> bool {
    if s.len() > MAX_PAGE_NUMBER {
        return false;
    }
    let mut digits = 0;
    let mut runs = 0;
    let mut dashes = 0;
    let mut words = 0;
    let mut in_digits = false;
    for c in s.chars() {
        match class(c) {
            Class::Digit(_) => {
                if !in_digits {
                    runs += 1;
                }
                in_digits = true;
                digits += 1;
            }
            Class::Dash => {
                in_digits = false;
                dashes += 1;
            }
            Class::Space | Class::Slash => in_digits = false,
            _ if matches!(c, '第' | '页' | '共') => {
                in_digits = false;
                words += 1;
            }
            _ => return false,
        }
    }
    let numbered = digits > 0 && digits <= 8 && (1..=2).contains(&runs);
    numbered && (dashes > 0 && runs == 1 && digits <= 4 || words >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, LineKind)> {
        lines(text)
            .map(|l| (l.span.get(text).unwrap_or("?"), l.kind))
            .collect()
    }

    #[test]
    fn page_chrome_of_a_converted_pdf() {
        let text = "企业。\n                                           —２—\n\u{0C}     二、打造\n - 13 -\n第 3 页 共 10 页\n7\n";
        use LineKind::*;
        assert_eq!(
            texts(text),
            [
                ("企业。", Text),
                ("—２—", PageNumber),
                ("二、打造", Text),
                ("- 13 -", PageNumber),
                ("第 3 页 共 10 页", PageNumber),
                ("7", Text),
            ]
        );
        let all: Vec<Line> = lines(text).collect();
        assert!(all[2].page_break && !all[1].page_break);
        assert_eq!(all[2].indent, 5);
    }

    #[test]
    fn page_numbers_are_short() {
        for s in ["—２—", "- 1234 -", "— ３４ —", "第12页", "-3-"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["12、加快发展", "- 12345 -", "2024年", "7", "—", "1-2-3"] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn a_text_without_line_breaks_is_cut_at_runs_of_wide_spaces() {
        let para = "城镇调查失业率控制在5.5%左右。".repeat(10);
        let text = format!(
            "上海市市长\u{3000}应勇 各位代表：{para} \u{3000}\u{3000}今年要重点做好以下工作。 \u{3000}\u{3000}（一）全面推进。"
        );
        let got = texts(&text);
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].0, format!("上海市市长\u{3000}应勇 各位代表：{para}"));
        assert_eq!(got[1].0, "今年要重点做好以下工作。");
        assert_eq!(got[2].0, "（一）全面推进。");
        // the spans are true byte ranges of the one line
        let all: Vec<Line> = lines(&text).collect();
        assert_eq!(all[2].span.end, text.len());
        assert!(all.iter().all(|l| l.raw.end <= text.len()));
    }

    #[test]
    fn short_lines_keep_their_wide_spaces() {
        let text = "　　一、总体要求\n1\u{3000}\u{3000}推进改革\u{3000}\u{3000}市发改委\n";
        assert_eq!(texts(text)[0].0, "一、总体要求");
        assert_eq!(
            texts(text)[1].0,
            "1\u{3000}\u{3000}推进改革\u{3000}\u{3000}市发改委"
        );
    }
}
