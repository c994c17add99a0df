//! Where a statement stands: the headings around it say whether it is a plan or a
//! review, of which year, over how many years.
//!
//! Headings come from two places: the numbered outline (`二、《政府工作报告》确定的2012年
//! 全市经济社会发展的主要目标和任务`) and the short unnumbered lines work reports use
//! (`2012年工作回顾`, `今后五年主要目标与任务`, `2013年工作安排`). Only headings that
//! say something (a plan or review word) open a new frame; the others inherit it.

use mubiao_model::{Section, Status};

use super::lexicon::{section_words, year_in};
use super::{TargetOptions, find_clause_break, find_colon};
use crate::text::trim;

/// What a section says about the statements under it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Frame {
    pub(crate) status: Option<Status>,
    pub(crate) year: Option<i32>,
    pub(crate) horizon: Option<u32>,
}

/// The frames of a document in order, read forward.
#[derive(Debug)]
pub(crate) struct Frames {
    marks: Vec<(usize, Frame)>,
    next: usize,
    current: Frame,
}

/// Longest line read as a heading, in bytes (22 characters of CJK).
const HEADING_MAX: usize = 66;

impl Frames {
    /// Reads the frames of `text`: its short heading lines and the titles of `outline`.
    pub(crate) fn new(text: &str, outline: &[Section], options: TargetOptions) -> Self {
        let year = options.year;
        let mut marks: Vec<(usize, Frame)> = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        while start < bytes.len() {
            let len = bytes
                .get(start..)
                .and_then(|b| memchr::memchr(b'\n', b))
                .unwrap_or(bytes.len() - start);
            if len <= HEADING_MAX + 16
                && let Some(line) = text.get(start..start + len)
            {
                let (line, _) = trim(line);
                if !line.is_empty()
                    && line.len() <= HEADING_MAX
                    && find_colon(line).is_none()
                    && find_clause_break(line).is_none()
                    && let Some(f) = heading(line, year)
                {
                    marks.push((start, f));
                }
            }
            start += len + 1;
        }
        // numbered headings, walked with an explicit stack
        let mut stack: Vec<&Section> = outline.iter().rev().collect();
        while let Some(s) = stack.pop() {
            if let Some(f) = heading(&s.title, year) {
                marks.push((s.span.start, f));
            }
            stack.extend(s.children.iter().rev());
        }
        marks.sort_by_key(|(at, _)| *at);
        let current = if options.notice {
            // a decomposition notice is a list of plans for its year
            Frame {
                status: Some(Status::Target),
                year,
                horizon: None,
            }
        } else {
            // a work report's summary before its first section summarises the review
            // that follows
            match marks.first() {
                Some((_, f)) if f.status == Some(Status::Actual) => *f,
                _ => Frame::default(),
            }
        };
        Self {
            marks,
            next: 0,
            current,
        }
    }

    /// The stretches of a text of `len` bytes where a promise may stand: under a plan
    /// heading, or under none that says (not a review), as byte ranges in order.
    pub(crate) fn unreviewed(&self, len: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        let mut frame = self.current;
        let ends = self.marks.iter().map(|&(at, f)| (at, Some(f)));
        for (at, next) in ends.chain(std::iter::once((len, None))) {
            let at = at.min(len);
            if frame.status != Some(Status::Actual) && from < at {
                match out.last_mut() {
                    Some(last) if last.1 == from => last.1 = at,
                    _ => out.push((from, at)),
                }
            }
            from = from.max(at);
            if let Some(f) = next {
                frame = f;
            }
        }
        out
    }

    /// The frame at `pos`; positions must not go back.
    pub(crate) fn at(&mut self, pos: usize) -> Frame {
        while let Some((at, f)) = self.marks.get(self.next) {
            if *at > pos {
                break;
            }
            self.current = *f;
            self.next += 1;
        }
        self.current
    }
}

/// The frame a heading opens, if it says one: `2012年工作回顾` is a review of 2012,
/// `今后五年主要目标与任务` the plan of the next five years.
fn heading(title: &str, doc_year: Option<i32>) -> Option<Frame> {
    let words = section_words(title);
    if !words.plan && !words.review {
        return None;
    }
    let horizon = words.years;
    let explicit = year_in(title);
    match (words.plan, words.review) {
        (true, false) => Some(Frame {
            status: Some(Status::Target),
            // 今后五年 from a report of 2012: 2012–2016
            year: explicit.or_else(|| match horizon {
                Some(h) => doc_year.and_then(|y| y.checked_add_unsigned(h.saturating_sub(1))),
                None => doc_year,
            }),
            horizon: horizon.filter(|_| explicit.is_none()),
        }),
        (false, true) => Some(Frame {
            status: Some(Status::Actual),
            // a review of the years before the report
            year: explicit.or_else(|| doc_year.map(|y| y.saturating_sub(1))),
            horizon: horizon.filter(|_| explicit.is_none()),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings() {
        let f = heading("2012年工作回顾", Some(2013)).unwrap();
        assert_eq!(
            (f.status, f.year, f.horizon),
            (Some(Status::Actual), Some(2012), None)
        );
        let f = heading("今后五年主要目标与任务", Some(2012)).unwrap();
        assert_eq!(
            (f.status, f.year, f.horizon),
            (Some(Status::Target), Some(2016), Some(5))
        );
        let f = heading("过去五年工作回顾", Some(2012)).unwrap();
        assert_eq!(
            (f.status, f.year, f.horizon),
            (Some(Status::Actual), Some(2011), Some(5))
        );
        assert_eq!(heading("切实加强政府自身建设", Some(2012)), None);
    }

    #[test]
    fn frames_follow_the_text() {
        let text = "摘要\n●A\n过去五年工作回顾\n正文\n2012年主要工作安排\n正文\n";
        let mut f = Frames::new(text, &[], TargetOptions::default().year(Some(2012)));
        assert_eq!(f.at(8).status, Some(Status::Actual));
        let plan = text.find("正文\n2012").unwrap() + 8;
        assert_eq!(f.at(plan + 30).year, Some(2012));
        assert_eq!(f.at(plan + 30).status, Some(Status::Target));
    }
}
