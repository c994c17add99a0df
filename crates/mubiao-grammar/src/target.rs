//! Targets: what a report promises and what it claims, as typed statements.
//!
//! Every quantity a sentence states about an indicator becomes a [`Target`]: which
//! indicator, what measure (level, growth, share, multiple, percentage-point change,
//! absolute change), which comparator, what value and unit, from which baseline,
//! planned or achieved, for which year. Qualitative promises (`高于全市平均水平`) become
//! targets with a relation and no value.
//!
//! ```
//! use mubiao_grammar::target::targets;
//! use mubiao_model::{Comparator, Decimal, Measure, Status};
//!
//! let text = "2013年全区经济社会发展的主要预期目标是:地区生产总值增长12%以上,\
//!             全口径和区级财政收入增长13%以上。";
//! let t = targets(text);
//! assert_eq!(t.len(), 3);
//! assert_eq!(t[0].indicator, "地区生产总值");
//! assert_eq!((t[0].measure, t[0].comparator), (Measure::Growth, Comparator::Ge));
//! assert_eq!(t[0].value, Some(Decimal::from(12)));
//! assert_eq!((t[0].status, t[0].year), (Some(Status::Target), Some(2013)));
//! assert_eq!(t[0].span.get(text), Some("地区生产总值增长12%以上"));
//! // two subjects share one target
//! assert_eq!(t[1].indicator, "全口径财政收入");
//! assert_eq!(t[2].indicator, "区级财政收入");
//! ```
//!
//! # The grammar
//! A statement is read around each quantity of the one quantity pass, never by
//! scanning the text again: from the quantity back to the start of its clause (or of
//! its list item) for the verb and the subject, and forward only as far as the next
//! quantity for `从A增长到B` and `分别` lists.
//! - subject + verb + quantity: `增长`/`增加`/`提高` (growth, or a change in the
//!   quantity's unit, or `change_pp` for `个百分点`), `下降`/`降低`/`减少`/`削减` (the
//!   same, negative, comparator flipped), `达到`/`完成`/`实现`/`控制在`/`突破` or none
//!   (a level); `增长1倍` is a multiple of 2, `翻两番` of 4;
//! - `从A增长到B` (baseline A, level B); `占GDP的84%` and `比重达36.7%` (shares);
//! - `A,增长x%`: a clause without a subject takes the last one of its sentence part;
//!   `总产值`/`增加值` alone take the sector of the clause before;
//! - coordinated subjects (`全口径和区级财政收入`) share a rate; `分别` lists pair
//!   subjects with values in order;
//! - a count before the noun it counts, after an action verb: `创建46个幸福社区` is
//!   `创建幸福社区` 46个;
//! - status, year and horizon from the section headings (`2012年工作回顾`,
//!   `今后五年主要目标与任务`), the sentence (`主要预期目标是:`, `预计`) and the clause
//!   (`力争`, `确保`, `到2015年`).

mod context;
mod lexicon;
pub mod names;
mod relation;
mod subject;

use mubiao_model::{
    Comparator, Decimal, Measure, Quantity, QuantityKind, Section, Span, Stance, Status, Target,
    Task,
};

use crate::mention::{Options, quantities_with};
use crate::text::{is_clause_break, is_colon, is_space};
use context::{Frame, Frames};
use lexicon::{Verb, Word, section_words, year_in, year_prefix};
use subject::Said;

/// What the targets grammar knows about the document a text comes from.
///
/// ```
/// use mubiao_grammar::target::{targets_with, TargetOptions};
/// use mubiao_model::Status;
///
/// // a decomposition notice of 2013: its statements are that year's plans
/// let options = TargetOptions::default().year(Some(2013)).notice(true);
/// let t = targets_with("7.专利申请1600件以上。", options);
/// assert_eq!((t[0].status, t[0].year), (Some(Status::Target), Some(2013)));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TargetOptions {
    /// The document's year (of its date or number); headings without a year count
    /// from it.
    pub year: Option<i32>,
    /// The text is a decomposition notice (目标任务分解): what it states is planned.
    pub notice: bool,
}

impl TargetOptions {
    /// Sets [`TargetOptions::year`].
    ///
    /// ```
    /// use mubiao_grammar::target::TargetOptions;
    /// assert_eq!(TargetOptions::default().year(Some(2012)).year, Some(2012));
    /// ```
    #[must_use]
    pub const fn year(mut self, year: Option<i32>) -> Self {
        self.year = year;
        self
    }

    /// Sets [`TargetOptions::notice`].
    ///
    /// ```
    /// use mubiao_grammar::target::TargetOptions;
    /// assert!(TargetOptions::default().notice(true).notice);
    /// ```
    #[must_use]
    pub const fn notice(mut self, yes: bool) -> Self {
        self.notice = yes;
        self
    }
}

/// The targets of `text` read on its own: quantities, their statements, and the
/// headings in the text for status and year.
///
/// ```
/// use mubiao_grammar::target::targets;
/// use mubiao_model::{Comparator, Decimal, Measure};
///
/// let t = targets("城镇登记失业率控制在4.5%以内。");
/// assert_eq!(t[0].indicator, "城镇登记失业率");
/// assert_eq!((t[0].measure, t[0].comparator), (Measure::Level, Comparator::Le));
/// assert_eq!(t[0].value, Some(Decimal::new(45, 1)));
/// ```
#[must_use]
pub fn targets(text: &str) -> Vec<Target> {
    targets_with(text, TargetOptions::default())
}

/// The targets of `text`, knowing the document's year and kind.
///
/// ```
/// use mubiao_grammar::target::{targets_with, TargetOptions};
/// use mubiao_model::{Decimal, Status};
///
/// let text = "过去五年工作回顾\n全社会GDP从193亿元增长到560亿元。\n";
/// let t = targets_with(text, TargetOptions::default().year(Some(2012)));
/// assert_eq!(t[0].baseline, Some(Decimal::from(193)));
/// assert_eq!(t[0].value, Some(Decimal::from(560)));
/// assert_eq!((t[0].status, t[0].year, t[0].horizon), (Some(Status::Actual), Some(2011), Some(5)));
/// ```
#[must_use]
pub fn targets_with(text: &str, options: TargetOptions) -> Vec<Target> {
    let qs: Vec<Quantity> =
        quantities_with(text, Options::default().reference_year(options.year)).collect();
    read(text, &qs, &[], options)
}

/// The part and the whole a share's indicator names: `服务业增加值占GDP` →
/// (`服务业增加值`, `GDP`); `高新技术产业增加值占区属规模以上工业增加值比重` → (…,
/// `区属规模以上工业增加值`).
///
/// ```
/// use mubiao_grammar::target::share_parts;
/// assert_eq!(share_parts("服务业增加值占GDP"), Some(("服务业增加值", "GDP")));
/// assert_eq!(share_parts("地区生产总值"), None);
/// ```
#[must_use]
pub fn share_parts(indicator: &str) -> Option<(&str, &str)> {
    let (part, whole) = indicator.split_once('占')?;
    let mut whole = whole;
    for tail in ["的比重", "比重", "的比例", "比例", "的"] {
        if let Some(w) = whole.strip_suffix(tail) {
            whole = w;
            break;
        }
    }
    (!part.is_empty() && !whole.is_empty()).then_some((part, whole))
}

/// Reads the targets of `text` from its quantities (in text order), with the outline
/// for section headings.
pub(crate) fn read(
    text: &str,
    qs: &[Quantity],
    outline: &[Section],
    options: TargetOptions,
) -> Vec<Target> {
    let frames = Frames::new(text, outline, options);
    // relation words outside reviews, for the sentences that state no quantity
    let unreviewed = frames.unreviewed(text.len());
    let relations = relation::candidates(text, &unreviewed);
    let mut r = Reader {
        text,
        qs,
        frames,
        unreviewed,
        relations,
        out: Vec::new(),
        scanned: 0,
        sentence: Sentence::default(),
        segment: 0,
        last_pred_end: 0,
        carry: None,
        counted_verb: None,
    };
    let mut i = 0;
    while let Some(q) = qs.get(i) {
        r.advance(q.span.start);
        r.sentence.spans.push(q.span);
        i += r.statement(i).max(1);
    }
    r.advance(text.len());
    r.flush(text.len());
    let mut out = r.out;
    // mostly in order already; a stable sort would allocate half the list to check
    if !out.is_sorted_by_key(|t| t.span.start) {
        out.sort_by_key(|t| t.span.start);
    }
    out
}

/// Whether a document is a decomposition notice (its statements are plans) rather than
/// a work report: its title says so, or, untitled, it assigns tasks to units.
pub(crate) fn is_notice(doc: &mubiao_model::Document) -> bool {
    match doc.meta.title.as_ref().map(|t| t.value.as_str()) {
        Some(title) => ["通知", "分解", "意见", "方案"]
            .iter()
            .any(|w| title.contains(w)),
        None => doc.tasks.iter().any(|t| !t.duties.is_empty()),
    }
}

/// Gives each target the index of the task whose span holds it. Both lists are in
/// text order.
pub(crate) fn attach(targets: &mut [Target], tasks: &[Task]) {
    let mut k = 0;
    for t in targets {
        while tasks
            .get(k)
            .is_some_and(|task| task.span.end <= t.span.start)
        {
            k += 1;
        }
        if let Some(task) = tasks.get(k)
            && task.span.start <= t.span.start
            && t.span.end <= task.span.end
        {
            t.task = Some(k);
        }
    }
}

/// The reader's state, carried forward quantity by quantity.
struct Reader<'a> {
    text: &'a str,
    qs: &'a [Quantity],
    frames: Frames,
    /// The stretches of the text outside reviews, in order.
    unreviewed: Vec<(usize, usize)>,
    /// The triggers of relation words in those stretches, in order.
    relations: Vec<usize>,
    out: Vec<Target>,
    /// The text up to here has been looked at for sentence and segment ends.
    scanned: usize,
    sentence: Sentence,
    /// Start of the current part of the sentence (after a `;`).
    segment: usize,
    /// End of the last quantity read as a statement's value.
    last_pred_end: usize,
    /// The subjects of the last statement of this part of the sentence.
    carry: Option<Carry>,
    /// The action verb of the last count before its noun, and where that noun ends.
    counted_verb: Option<(String, usize)>,
}

/// The sentence being read.
#[derive(Debug, Default)]
struct Sentence {
    start: usize,
    /// Index in `out` of its first target.
    first_target: usize,
    /// Its quantities.
    spans: Vec<Span>,
    /// What its opening says, read at its first statement.
    lead: Option<Lead>,
    frame: Frame,
}

/// What the opening of a sentence says for all its statements.
#[derive(Clone, Copy, Debug, Default)]
struct Lead {
    status: Option<Status>,
    stance: Option<Stance>,
    year: Option<i32>,
    horizon: Option<u32>,
    estimate: bool,
}

/// The subjects of the last statement, for a clause that states none.
#[derive(Clone, Debug)]
struct Carry {
    subjects: Vec<Subj>,
    verb: Option<Verb>,
    /// It stated a growth rate in percent (`增长6.5%以上`): a clause that goes on to
    /// reach a percent (`,力争达到7%`) states the rate it strives for.
    growth_rate: bool,
    /// Its status: a clause that continues it (`,增长12.6%`) shares it.
    status: Option<Status>,
    /// End of its last quantity.
    end: usize,
    /// Start of its clause.
    clause: usize,
}

/// A subject as it goes into a target.
#[derive(Clone, Debug)]
struct Subj {
    text: String,
    span: Option<Span>,
    /// Where the statement starts: the subject, or the clause for a carried one.
    start: usize,
}

/// A statement being read: its quantity (the `i`th) and what the words around it said.
#[derive(Clone, Copy)]
struct Stmt<'q> {
    i: usize,
    q: &'q Quantity,
    clause: usize,
    c: Common,
    said: Said,
    frame: Frame,
    /// The level B of `从A增长到B`, when `q` is A.
    pair: Option<&'q Quantity>,
    /// `分别`: one value for each subject.
    each: bool,
    /// `均`: the same value for each subject.
    all: bool,
    /// The status of the statement whose subject this one takes.
    carried_status: Option<Status>,
}

/// What a statement says besides its subject and value.
#[derive(Clone, Copy, Debug, Default)]
struct Common {
    verb: Option<Verb>,
    verb_cmp: Option<Comparator>,
    share: bool,
    growth_word: bool,
    annual: bool,
    last_year: bool,
    stance: Option<Stance>,
    status: Option<Status>,
    year: Option<i32>,
    horizon: Option<u32>,
}

/// Longest look back from a quantity to the start of its clause, in bytes.
const CLAUSE_MAX: usize = 240;

impl Reader<'_> {
    /// Moves to `pos`: notes whether a sentence or a segment ended on the way, and
    /// reads the qualitative relations of a sentence when it ends.
    ///
    /// Only the ends near quantities are looked for: back from `pos` to the last
    /// sentence end, and forward from the last quantity to the first one. The text
    /// between them holds no quantity; of it, only the sentences around the relation
    /// words found in advance are read.
    fn advance(&mut self, pos: usize) {
        if pos <= self.scanned {
            return;
        }
        let bytes = self.text.as_bytes();
        let from = self.scanned;
        self.scanned = pos;
        // back from `pos`: the last segment break and the last sentence end
        let (last_seg, last_end) = last_breaks(bytes, from, pos);
        if let Some(end) = last_end {
            // forward from the last quantity: where its sentence ends
            let first = first_end(bytes, from, end).unwrap_or(end);
            self.flush(first);
            self.unquantified(first, end);
            self.begin_sentence(end);
        }
        if let Some(seg) = last_seg {
            self.segment = self.segment.max(seg);
            self.carry = None;
        }
    }

    /// Starts a new sentence at `start`, keeping the buffer of the last one's quantities.
    fn begin_sentence(&mut self, start: usize) {
        let mut spans = std::mem::take(&mut self.sentence.spans);
        spans.clear();
        self.sentence = Sentence {
            start,
            first_target: self.out.len(),
            spans,
            ..Sentence::default()
        };
    }

    /// Reads the statement of quantity `i`; returns how many quantities it used.
    fn statement(&mut self, i: usize) -> usize {
        let text = self.text;
        let Some(q) = self.qs.get(i) else {
            return 1;
        };
        if !eligible(q) {
            return 1;
        }
        // 从A增长到B: A is followed by its verb, and is a statement all the same; so is
        // last year's level in 比上年的92.17亿元增长20%. Both are read from the few
        // characters before the quantity, before anything costs more.
        let before = tail(text, q.span.start, 16).trim_end_matches(is_space);
        let from = before.ends_with(['从', '由']);
        let next = self.qs.get(i + 1);
        let pair = next.filter(|n| from && from_to(text, q, n));
        let before = before.trim_end_matches('的');
        let last_year = ["比上年", "较上年", "比去年", "较去年"]
            .iter()
            .any(|w| before.ends_with(w));
        if pair.is_none() && !last_year && !predicate(text, q.span.end) {
            // 创建46个幸福社区: a count before the noun it counts, after an action verb
            return self.counted(q);
        }
        let clause = self.clause_start(q.span.start);
        // a number inside quotes is part of a name: “一府十校十所”
        if in_quotes(text.get(clause..q.span.start).unwrap_or_default()) {
            return 1;
        }
        let mut item = clause;
        if self.last_pred_end > clause && self.last_pred_end <= q.span.start {
            item = after_separator(text, self.last_pred_end);
        }
        self.last_pred_end = q.span.end;
        let Some(pre) = text.get(item..q.span.start) else {
            return 1;
        };
        if self.sentence.lead.is_none() {
            self.sentence.frame = self.frames.at(q.span.start);
            self.sentence.lead = Some(self.lead(q.span.start));
        }
        let frame = self.frames.at(q.span.start);

        // 从A增长到B: the subject is before 从
        let mut region = pre;
        if pair.is_some()
            && let Some(rest) = pre.trim_end_matches(is_space).strip_suffix(['从', '由'])
        {
            region = rest;
        }

        // the words right before the quantity
        let mut c = Common::default();
        let (mut each, mut all) = (false, false);
        let mut end = region.len();
        while let Some(s) = region.get(..end) {
            let s = s.trim_end_matches(is_space);
            end = s.len();
            let Some((len, w)) = lexicon::trailing(s) else {
                break;
            };
            if len > end {
                break;
            }
            match w {
                Word::Verb(v, cmp) => {
                    if c.verb.is_none() {
                        c.verb = Some(v);
                        c.verb_cmp = cmp;
                    }
                }
                Word::Share => c.share = true,
                Word::Annual => c.annual = true,
                Word::Each => each = true,
                Word::All => all = true,
                Word::LastYear => c.last_year = true,
                Word::Years(n) => c.horizon = Some(n),
                Word::Stance(_) | Word::Estimate | Word::Frame | Word::Particle => {}
            }
            end -= len;
        }
        let Some(subject_region) = region.get(..end) else {
            return 1;
        };

        // 占GDP的: a share of a whole
        let mut whole: Option<&str> = None;
        let mut subject_region = subject_region;
        let percent = is_percent(q);
        if percent && let Some(at) = subject_region.rfind('占') {
            let w = subject_region
                .get(at + '占'.len_utf8()..)
                .unwrap_or_default()
                .trim_end_matches(['的', ' ']);
            if !w.is_empty() {
                whole = Some(w);
                c.share = true;
                subject_region = subject_region.get(..at).unwrap_or_default();
            }
        }

        // the subject
        let mut said = Said::default();
        let mut subj = match subject::read(subject_region, item, &mut said) {
            subject::Read::Subject(s) => Some(Subj {
                text: s.text,
                span: s.span,
                start: s.start,
            }),
            subject::Read::Empty => None,
            subject::Read::NotAStatement => return 1,
        };
        // 社会消费品零售总额达到356亿元,增速为7.1%: a growth word alone names the growth
        // of the indicator before
        if percent
            && self.carry.is_some()
            && subj
                .as_ref()
                .is_some_and(|s| relation::is_growth_word(&s.text))
        {
            c.growth_word = true;
            subj = None;
        }
        if subj.is_none() {
            // a clause with no subject: the last statement's, or the topic of the
            // clause before when that clause states nothing
            let prev = self.prev_clause(clause);
            let fresh = self
                .carry
                .as_ref()
                .is_some_and(|k| k.clause == clause || prev.is_none_or(|(ps, _)| k.end > ps));
            let topic = prev.and_then(|(ps, pe)| {
                let (a, b) = subject::topic(text.get(ps..pe)?)?;
                Some(Subj {
                    text: text.get(ps + a..ps + b)?.to_owned(),
                    span: Some(Span::new(ps + a, ps + b)),
                    start: item,
                })
            });
            match topic {
                Some(t) if !fresh => subj = Some(t),
                _ if self.carry.is_some() => {
                    let st = Stmt {
                        i,
                        q,
                        clause,
                        c,
                        said,
                        frame,
                        pair,
                        each: false,
                        all: false,
                        carried_status: None,
                    };
                    return self.emit_carried(st, item, whole);
                }
                _ => return 1,
            }
        }
        let Some(mut subj) = subj else {
            return 1;
        };
        // 召开全市经济工作会议3次: a count of meetings is no target
        if matches!(q.base_unit(), "次" | "场" | "届" | "期" | "轮") && subj.text.contains('会')
        {
            return 1;
        }
        // 总产值 alone: the sector of the clause before
        if subject::is_bare(&subj.text)
            && let Some(sector) = self
                .prev_clause(clause)
                .and_then(|(ps, pe)| subject::sector(text.get(ps..pe)?))
        {
            subj.text = format!("{sector}{}", subj.text);
            subj.span = None;
        }
        if let Some(w) = whole {
            subj.text = format!("{}占{w}", subj.text);
            subj.span = None;
            if let Some(at) = text.get(subj.start..q.span.start).and_then(|s| s.rfind(w)) {
                let end = subj.start + at + w.len();
                if text.get(subj.start..end) == Some(subj.text.as_str()) {
                    subj.span = Some(Span::new(subj.start, end));
                }
            }
        }
        let st = Stmt {
            i,
            q,
            clause,
            c,
            said,
            frame,
            pair,
            each,
            all,
            carried_status: None,
        };
        self.finish(st, vec![subj])
    }

    /// A count before the noun it counts, after an action verb: `创建46个幸福社区`,
    /// `购置500台轮椅车、1000副双拐` (the verb shared along a list). The indicator is the
    /// verb and the noun (`创建幸福社区`); the statement runs to the end of the noun.
    /// A noun that owns what follows (`30个社区的排水管网`) is no such count.
    fn counted(&mut self, q: &Quantity) -> usize {
        let text = self.text;
        // a span of time (24小时, 3个月) counts no object
        if !matches!(q.kind, QuantityKind::Count | QuantityKind::Measure)
            || matches!(
                q.base_unit(),
                "小时" | "天" | "日" | "个月" | "月" | "周" | "年" | "分钟" | "岁"
            )
        {
            return 1;
        }
        let before = tail(text, q.span.start, 24).trim_end_matches(is_space);
        let verb = match lexicon::action_verb(before) {
            Some(len) => {
                let start =
                    q.span.start - (tail(text, q.span.start, 24).len() - before.len()) - len;
                text.get(start..start + len).map(|v| (v.to_owned(), start))
            }
            // 、1000副双拐: the verb of the count before, in the same clause
            None if before.ends_with(['、', '和', '及']) => self
                .counted_verb
                .as_ref()
                .filter(|(_, end)| {
                    text.get(*end..q.span.start).is_some_and(|gap| {
                        !gap.contains(|c: char| is_clause_break(c) || is_colon(c))
                    })
                })
                .map(|(v, _)| (v.clone(), q.span.start)),
            None => None,
        };
        let Some((verb, start)) = verb else {
            return 1;
        };
        let Some(noun) = counted_noun(text, q.span.end) else {
            return 1;
        };
        if self.sentence.lead.is_none() {
            self.sentence.frame = self.frames.at(q.span.start);
            self.sentence.lead = Some(self.lead(q.span.start));
        }
        let frame = self.frames.at(q.span.start);
        let lead = self.sentence.lead.unwrap_or_default();
        let clause = self.clause_start(q.span.start);
        let m = marks(text.get(clause..q.span.start).unwrap_or_default());
        let mut t = Target::new(
            format!("{verb}{}", noun.0),
            Measure::Level,
            Span::new(start, noun.1),
        );
        t.normalized = names::normalize(&t.indicator).map(str::to_owned);
        t.comparator = q.comparator;
        t.value = Some(q.value);
        t.upper = q.upper;
        t.unit.clone_from(&q.unit);
        t.stance = m.stance.or(lead.stance);
        t.status = if matches!(t.stance, Some(Stance::Strive | Stance::Ensure)) || m.expected {
            Some(Status::Target)
        } else {
            lead.status
                .or(frame.status)
                .or(m.achieved.then_some(Status::Actual))
        };
        t.year = lead.year.or(frame.year);
        t.horizon = lead.horizon.or(if lead.year.is_some() {
            None
        } else {
            frame.horizon
        });
        self.counted_verb = Some((verb, noun.1));
        self.last_pred_end = self.last_pred_end.max(noun.1);
        self.out.push(t);
        1
    }

    /// A statement whose subject comes from the last statement.
    fn emit_carried(&mut self, mut st: Stmt<'_>, item: usize, whole: Option<&str>) -> usize {
        let Some(k) = self.carry.as_ref() else {
            return 1;
        };
        // 670处、11.8万平方米: the second value of the same verb
        if k.clause == st.clause && st.c.verb.is_none() {
            st.c.verb = k.verb;
        }
        if k.growth_rate && matches!(st.c.verb, None | Some(Verb::Reach)) && is_percent(st.q) {
            st.c.growth_word = true;
        }
        st.carried_status = k.status;
        let subjects: Vec<Subj> = k
            .subjects
            .iter()
            .map(|s| Subj {
                text: match whole {
                    Some(w) => format!("{}占{w}", s.text),
                    None => s.text.clone(),
                },
                span: None,
                start: item,
            })
            .collect();
        st.each = subjects.len() > 1;
        self.finish(st, subjects)
    }

    /// Builds the targets of a statement: splits coordinated subjects, pairs `分别`
    /// lists, resolves status and year.
    fn finish(&mut self, st: Stmt<'_>, subjects: Vec<Subj>) -> usize {
        let Stmt {
            i,
            q,
            clause,
            mut c,
            said,
            frame,
            pair,
            each,
            all,
            carried_status,
        } = st;
        let text = self.text;
        let lead = self.sentence.lead.unwrap_or_default();
        // growth written into the subject: 增速达到8%
        let mut subjects = subjects;
        let percent = is_percent(q);
        if percent && !matches!(c.verb, Some(Verb::Rise | Verb::Fall)) && !c.share {
            for s in &mut subjects {
                let (rest, growth) = relation::strip_growth(&s.text);
                if growth {
                    c.growth_word = true;
                    let cut = rest.len();
                    s.text.truncate(cut);
                    s.span = s.span.map(|sp| Span::new(sp.start, sp.start + cut));
                }
            }
            if !c.growth_word
                && subjects
                    .iter()
                    .any(|s| ["比重", "比例", "占比"].iter().any(|w| s.text.ends_with(w)))
            {
                c.share = true;
            }
        }
        // the values: one, or a 分别 list, quantities `i..j` (`q` is the `i`th)
        let mut j = i + 1;
        if each && pair.is_none() {
            let mut prev_end = q.span.end;
            while let Some(n) = self.qs.get(j) {
                let gap = text.get(prev_end..n.span.start).unwrap_or_default();
                let g = gap.trim_matches(is_space);
                if matches!(g, "、" | "和" | "及" | "与" | "以及") && eligible(n) {
                    prev_end = n.span.end;
                    j += 1;
                } else {
                    break;
                }
            }
        }
        let values = self.qs.get(i..j).unwrap_or(std::slice::from_ref(q));
        // coordinated subjects
        let rate = percent
            || matches!(
                q.kind,
                QuantityKind::PercentagePoints | QuantityKind::Multiple
            );
        if subjects.len() == 1
            && (each || all || rate)
            && let Some(parts) = subjects.first().and_then(|s| coordinated(text, s))
        {
            subjects = parts;
        }
        // 城乡居民人均可支配收入分别增长5.1%和7.3%: urban, then rural
        if each
            && values.len() == 2
            && let [s] = subjects.as_slice()
            && let Some(rest) = s.text.strip_prefix("城乡")
            && !rest.is_empty()
        {
            let start = s.start;
            subjects = ["城镇", "农村"]
                .map(|w| Subj {
                    text: format!("{w}{rest}"),
                    span: None,
                    start,
                })
                .into();
        }
        // each subject with its value, or all with the one value; a count that does not
        // match pairs none (every value for every subject would be false)
        let by_index = values.len() == subjects.len();
        let paired = (by_index || values.len() == 1) && !subjects.is_empty();

        // status, stance, year, horizon
        let m = marks(text.get(clause..q.span.start).unwrap_or_default());
        c.stance = m.stance.or(lead.stance);
        let estimate = said.estimate || lead.estimate || m.estimate;
        if c.stance.is_none() && estimate {
            c.stance = Some(Stance::Expected);
        }
        let planned = matches!(c.stance, Some(Stance::Strive | Stance::Ensure)) || m.expected;
        c.status = if planned {
            Some(Status::Target)
        } else {
            lead.status
                .or(frame.status)
                .or(estimate.then_some(Status::Actual))
                .or(pair.map(|_| Status::Actual))
                .or(carried_status)
                .or(m.achieved.then_some(Status::Actual))
        };
        let explicit = said.year.or(lead.year);
        c.year = explicit.or(frame.year);
        c.horizon = said
            .horizon
            .or(c.horizon)
            .or(lead.horizon)
            .or(if explicit.is_some() {
                None
            } else {
                frame.horizon
            });
        // what a clause that continues this statement shares: this year's status, not
        // the status of last year's level
        let carry_status = c.status;
        if c.last_year && pair.is_none() && !c.verb.is_some_and(|v| v != Verb::Reach) {
            c.year = c.year.map(|y| y.saturating_sub(1));
            c.status = Some(Status::Actual);
        }

        let mut last_end = q.span.end;
        let first_out = self.out.len();
        let count = if paired { subjects.len() } else { 0 };
        for (k, s) in subjects.iter().enumerate().take(count) {
            let v = if by_index {
                values.get(k).unwrap_or(q)
            } else {
                q
            };
            let t = match pair {
                Some(b) => build_pair(s, v, b, &c),
                None => build(s, v, &c),
            };
            if let Some(t) = t {
                last_end = last_end.max(t.span.end);
                self.out.push(t);
            }
        }
        let used = match pair {
            Some(_) => 2,
            None => values.len(),
        };
        if let Some(last) = values.last() {
            self.last_pred_end = self.last_pred_end.max(last.span.end);
        }
        if let Some(b) = pair {
            self.last_pred_end = self.last_pred_end.max(b.span.end);
        }
        if paired {
            // what the next clause may take: the part of a share, not the share
            let subjects = subjects
                .into_iter()
                .map(|mut s| {
                    if let Some(cut) = s.text.find('占').filter(|&at| at > 0) {
                        s.text.truncate(cut);
                    }
                    s
                })
                .collect();
            let growth_rate = is_percent(q)
                && self
                    .out
                    .get(first_out..)
                    .is_some_and(|ts| ts.iter().any(|t| t.measure == Measure::Growth));
            self.carry = Some(Carry {
                subjects,
                verb: c.verb,
                growth_rate,
                status: carry_status,
                end: last_end,
                clause,
            });
        }
        used
    }

    /// The start of the clause `pos` is in: after the last clause break before it,
    /// no further back than the sentence or [`CLAUSE_MAX`] bytes.
    fn clause_start(&self, pos: usize) -> usize {
        let floor = self.sentence.start.max(pos.saturating_sub(CLAUSE_MAX));
        let bytes = self.text.as_bytes();
        let mut k = pos;
        while k > floor {
            k -= 1;
            if clause_break_ends_at(bytes, k) {
                return k + 1;
            }
        }
        // no break within reach: the first character boundary at or after the floor
        let mut at = floor;
        while at < pos && !self.text.is_char_boundary(at) {
            at += 1;
        }
        at
    }

    /// The clause before the one starting at `clause`, within the same part of the
    /// sentence.
    fn prev_clause(&self, clause: usize) -> Option<(usize, usize)> {
        let floor = self.segment.max(self.sentence.start);
        if clause <= floor {
            return None;
        }
        let before = self.text.get(..clause)?;
        let brk = before.chars().next_back()?;
        if !(is_clause_break(brk) || is_colon(brk)) {
            return None;
        }
        let end = clause - brk.len_utf8();
        let start = self.clause_start(end).max(floor);
        (start < end).then_some((start, end))
    }

    /// What the opening of the current sentence says for all its statements: a lead-in
    /// that ends in a colon before the first quantity at `first`
    /// (`2013年全区经济社会发展的主要预期目标是:`), else its first clause: a year that
    /// opens it, `预计`, `今后五年`.
    fn lead(&self, first: usize) -> Lead {
        let mut l = Lead::default();
        let start = self.sentence.start;
        let Some(rest) = self.text.get(start..first.max(start)) else {
            return l;
        };
        let rest = prefix_bytes(rest, 300);
        let (head, colon) = match find_colon(rest) {
            Some(at) => (rest.get(..at).unwrap_or_default(), true),
            None => {
                let cut = find_clause_break(rest).unwrap_or(rest.len());
                (rest.get(..cut).unwrap_or_default(), false)
            }
        };
        let opening = head.trim_start_matches(|c: char| is_space(c) || matches!(c, '●' | '—'));
        l.year = year_prefix(opening).map(|(_, y)| y);
        let m = marks(head);
        l.estimate = m.estimate;
        let words = section_words(head);
        // 今后五年, "十二五"期间; not 三年行动计划
        l.horizon = words
            .years
            .filter(|_| words.plan || words.review || words.plan_period);
        if words.years == Some(5) && words.plan != words.review {
            // 今后五年, 过去五年, 五年来
            l.status = Some(if words.plan {
                Status::Target
            } else {
                Status::Actual
            });
        }
        if colon {
            l.year = l.year.or_else(|| year_in(head));
            if words.plan {
                l.status = Some(Status::Target);
            }
            l.stance = m.stance;
        }
        l
    }

    /// Reads the sentences between `from` and `to` that hold no quantity, where a
    /// relation word was found in advance: each as a sentence of its own.
    fn unquantified(&mut self, from: usize, to: usize) {
        let bytes = self.text.as_bytes();
        let mut at = from;
        loop {
            let k = self.relations.partition_point(|&h| h < at);
            let Some(&h) = self.relations.get(k) else {
                return;
            };
            if h >= to {
                return;
            }
            let start = last_breaks(bytes, at, h).1.unwrap_or(at);
            let end = first_end(bytes, h, to).unwrap_or(to);
            self.begin_sentence(start);
            self.flush(end);
            at = end.max(h + 1);
        }
    }

    /// The triggers of relation words in `start..end`, in text order. A sentence that
    /// stated targets outside the stretches searched in advance (a review) is searched
    /// now; any other takes what the search in advance found.
    fn relation_hits(&self, start: usize, end: usize, stated: bool) -> Vec<usize> {
        let k = self.unreviewed.partition_point(|&(_, b)| b <= start);
        let searched = self
            .unreviewed
            .get(k)
            .is_some_and(|&(a, b)| a <= start && end <= b);
        if stated && !searched {
            return relation::candidates(self.text, &[(start, end)]);
        }
        let a = self.relations.partition_point(|&h| h < start);
        let b = self.relations.partition_point(|&h| h < end);
        self.relations.get(a..b).unwrap_or_default().to_vec()
    }

    /// Reads the qualitative promises of the sentence ending at `end`: clauses with no
    /// quantity that compare an indicator with a standard (`与省保持一致`,
    /// `高于全市平均水平`) or reach a target set by others (`完成省下达的目标任务`).
    ///
    /// A sentence that stated targets is read wherever it stands, and a clause without
    /// a subject takes the last of them. One that stated none is read only where a
    /// promise is plausible: in a plan frame or after a plan lead-in, or after a stance
    /// word (`力争`, `确保`, `预期`); what it promises is planned.
    fn flush(&mut self, end: usize) {
        let text = self.text;
        let start = self.sentence.start;
        let stated = self.out.len() > self.sentence.first_target;
        let hits = self.relation_hits(start, end, stated);
        let Some(&first) = hits.first() else {
            return;
        };
        let Some(s) = text.get(start..end) else {
            return;
        };
        if self.sentence.lead.is_none() {
            self.sentence.frame = self.frames.at(first);
            self.sentence.lead = Some(self.lead(first));
        }
        let lead = self.sentence.lead.unwrap_or_default();
        let frame = self.sentence.frame;
        let reviewed = frame.status == Some(Status::Actual) || lead.status == Some(Status::Actual);
        let plan = frame.status == Some(Status::Target) || lead.status == Some(Status::Target);
        if !stated && reviewed {
            return;
        }
        let mut found = Vec::new();
        let mut i = 0;
        while let Some(&h) = hits.get(i) {
            // each clause once, with all its triggers
            let (ca, cb) = clause_around(s, h - start);
            let mut j = i + 1;
            while hits.get(j).is_some_and(|&x| x < start + cb) {
                j += 1;
            }
            let clause_hits = hits.get(i..j).unwrap_or_default();
            i = j;
            if cb - ca > CLAUSE_MAX {
                continue;
            }
            let (a, b) = (start + ca, start + cb);
            // a clause with a quantity states a value, not a relation
            let spans = &self.sentence.spans;
            let k = spans.partition_point(|sp| sp.end <= a);
            if spans.get(k).is_some_and(|sp| sp.start < b) {
                continue;
            }
            // a sentence that states nothing else promises only where a plan is said
            if !stated
                && !plan
                && marks(text.get(start..b).unwrap_or_default())
                    .stance
                    .is_none()
            {
                continue;
            }
            let Some(clause) = text.get(a..b) else {
                continue;
            };
            let Some(f) = clause_hits
                .iter()
                .find_map(|&h| relation::find(clause, h - a))
            else {
                continue;
            };
            let rel = clause
                .get(f.start..)
                .unwrap_or_default()
                .trim_end_matches(is_space);
            // adverbs and the verb between subject and relation: 继续, 要, 增长, 降低
            let mut region = clause.get(..f.subject_end).unwrap_or_default();
            let (mut moves, mut fall) = (false, false);
            while let Some((len, w)) = lexicon::trailing(region.trim_end_matches(is_space)) {
                match w {
                    Word::Frame | Word::Particle | Word::Stance(_) => {}
                    Word::Verb(Verb::Rise, _) => moves = true,
                    Word::Verb(Verb::Fall, _) => (moves, fall) = (true, true),
                    _ => break,
                }
                let r = region.trim_end_matches(is_space);
                region = r.get(..r.len() - len).unwrap_or_default();
            }
            let (region, growth) = relation::strip_growth(region);
            let (region, decline) = relation::strip_decline(region);
            fall |= decline;
            let mut said = Said::default();
            let read = subject::read(region, a, &mut said).subject();
            let (subjects, carried_growth) = match read {
                Some(subj) => {
                    let subj = Subj {
                        text: subj.text,
                        span: subj.span,
                        start: subj.start,
                    };
                    let parts = coordinated(text, &subj).unwrap_or_else(|| vec![subj]);
                    // each must name an indicator
                    if !parts.iter().all(|p| subject::head_of(&p.text).is_some()) {
                        continue;
                    }
                    (parts, false)
                }
                // the last statement of the sentence before the clause
                None if stated => {
                    let ts = self
                        .out
                        .get(self.sentence.first_target..)
                        .unwrap_or_default();
                    let k = ts.partition_point(|t| t.span.start < a);
                    let Some(prev) = ts
                        .get(..k)
                        .and_then(|ts| ts.iter().rev().take(8).find(|t| t.span.end <= a))
                    else {
                        continue;
                    };
                    let subj = Subj {
                        text: prev.indicator.clone(),
                        span: None,
                        start: a,
                    };
                    (vec![subj], prev.measure == Measure::Growth)
                }
                None => continue,
            };
            let measure =
                if moves || growth || decline || carried_growth || relation::of_growth(rel) {
                    Measure::Growth
                } else {
                    Measure::Level
                };
            // a decline compares the other way: 降幅高于 is growth lower than
            let comparator = if fall {
                f.comparator.flipped()
            } else {
                f.comparator
            };
            let m = marks(clause);
            let stance = m.stance.or(lead.stance);
            let status = if matches!(stance, Some(Stance::Strive | Stance::Ensure)) || m.expected {
                Some(Status::Target)
            } else {
                lead.status.or(frame.status)
            };
            for s in subjects {
                if s.text.chars().count() > 24 {
                    continue;
                }
                let mut t = Target::new(s.text, measure, Span::new(s.start.min(b), b));
                t.normalized = names::normalize(&t.indicator).map(str::to_owned);
                t.indicator_span = s.span;
                t.comparator = comparator;
                t.relation = Some(rel.to_owned());
                t.stance = stance;
                t.status = if stated {
                    status
                } else {
                    status.or(Some(Status::Target))
                };
                t.year = said.year.or(lead.year).or(frame.year);
                t.horizon = lead.horizon.or(frame.horizon);
                found.push(t);
            }
        }
        self.merge_tail(found);
    }
}

impl Reader<'_> {
    /// Adds the promises of the sentence just read among its other statements, in text
    /// order: a promise may stand before the statements of its sentence, and a list kept
    /// in order needs no sort (whose buffer would be half the list) at the end.
    fn merge_tail(&mut self, mut found: Vec<Target>) {
        let Some(first) = found.first() else {
            return;
        };
        if self
            .out
            .last()
            .is_none_or(|t| t.span.start <= first.span.start)
        {
            self.out.append(&mut found);
            return;
        }
        found.sort_by_key(|t| t.span.start);
        // the sentence's statements, then a stable merge of the two runs
        let from = self.sentence.first_target.min(self.out.len());
        let tail: Vec<Target> = self.out.drain(from..).collect();
        let mut a = tail.into_iter().peekable();
        let mut b = found.into_iter().peekable();
        loop {
            let take_b = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => y.span.start < x.span.start,
                (None, Some(_)) => true,
                (Some(_), None) => false,
                (None, None) => break,
            };
            let next = if take_b { b.next() } else { a.next() };
            self.out.extend(next);
        }
    }
}

/// The subjects a coordination names (`全口径和区级财政收入` → `全口径财政收入`,
/// `区级财政收入`), each where it is written when it is written as is; `None` for one.
fn coordinated(text: &str, s: &Subj) -> Option<Vec<Subj>> {
    let parts = subject::split(&s.text)?;
    let written = s.span.and_then(|sp| text.get(sp.start..sp.end));
    Some(
        parts
            .into_iter()
            .map(|p| {
                let span = s.span.and_then(|sp| {
                    let at = written?.find(p.as_str())?;
                    Some(Span::new(sp.start + at, sp.start + at + p.len()))
                });
                Subj {
                    text: p,
                    span,
                    start: s.start,
                }
            })
            .collect(),
    )
}

/// Whether a quantity is a rate: `%`, `‰`, `‱`.
fn is_percent(q: &Quantity) -> bool {
    matches!(
        q.kind,
        QuantityKind::Percent | QuantityKind::Permille | QuantityKind::Permyriad
    )
}

/// Whether a quantity can be the value of a statement: not an ordinal, not a bare
/// number (`突破百亿` is one, with its scale and comparator), not an age or a span of
/// years. Counts of meetings are left out later, with their subject.
fn eligible(q: &Quantity) -> bool {
    match q.kind {
        QuantityKind::Ordinal => false,
        QuantityKind::Number => q.scale.exponent() > 0 && q.comparator != Comparator::Eq,
        QuantityKind::Count => !matches!(q.base_unit(), "年" | "岁" | "周岁"),
        _ => true,
    }
}

/// Whether what follows the quantity ending at `end` leaves it the value of a
/// statement (`增长12%,`) rather than a modifier (`8.4亿元融资贷款`, `过亿元的产业`).
fn predicate(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return true;
    };
    // the end of a table's cell ends the statement
    if rest.starts_with(['\t', '|', '｜']) {
        return true;
    }
    // a footnote mark is not what follows: 80万亩以上①。
    let rest = rest.trim_start_matches(|c| is_space(c) || crate::text::is_note_mark(c));
    let Some(c) = rest.chars().next() else {
        return true;
    };
    if is_clause_break(c)
        || is_colon(c)
        || crate::text::is_open_paren(c)
        || crate::text::is_close_paren(c)
        || matches!(
            c,
            '\n' | '、' | '和' | '及' | '与' | '或' | '”' | '"' | '’' | '」' | '.' | '…'
        )
    {
        return true;
    }
    [
        "的目标",
        "的水平",
        "其中",
        "比上年",
        "同比",
        "较上年",
        "左右",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// The noun a count before it counts: from `end` to the first break, list separator,
/// or a word that starts the rest of the clause (`进行`, `开展`, `到`); its text and end.
/// `None` when the noun owns what follows (`的`), is empty, or runs longer than a noun.
fn counted_noun(text: &str, end: usize) -> Option<(&str, usize)> {
    let rest = text.get(end..)?;
    let mut stop = rest.len();
    let mut prev = ' ';
    for (i, c) in rest.char_indices() {
        if i > 48 {
            return None;
        }
        let ends = is_clause_break(c)
            || is_colon(c)
            || is_space(c)
            || crate::text::is_open_paren(c)
            || matches!(c, '、' | '和' | '及' | '与' | '\n' | '到')
            || matches!(
                (prev, c),
                ('进', '行') | ('开', '展') | ('给', '予') | ('获', '得')
            );
        // 30个社区的排水管网: the noun owns what follows; 24小时自助图书馆3处: the first
        // number is part of a longer noun
        if c == '的' || c.is_ascii_digit() {
            return None;
        }
        if ends {
            // a two-character word ends before its first character
            stop = if matches!(c, '行' | '展' | '予' | '得') && i >= prev.len_utf8() {
                i - prev.len_utf8()
            } else {
                i
            };
            break;
        }
        prev = c;
    }
    let noun = rest.get(..stop)?;
    (noun.chars().count() >= 2).then_some((noun, end + stop))
}

/// After the quantity ending at `end`: past spaces and one list separator.
fn after_separator(text: &str, end: usize) -> usize {
    let Some(rest) = text.get(end..) else {
        return end;
    };
    let t = rest.trim_start_matches(is_space);
    let mut at = end + (rest.len() - t.len());
    for sep in ["以及", "、", "和", "及", "与"] {
        if t.starts_with(sep) {
            at += sep.len();
            break;
        }
    }
    at
}

/// Whether `a` and `b` are the two ends of `从A增长到B`: a short verb between them that
/// reaches (`增长到`, `提高至`, `优化调整为`), no clause break, the same kind.
fn from_to(text: &str, a: &Quantity, b: &Quantity) -> bool {
    let Some(mid) = text.get(a.span.end..b.span.start) else {
        return false;
    };
    if mid.len() > 24
        || mid
            .chars()
            .any(|c| is_clause_break(c) || is_colon(c) || c == '、')
    {
        return false;
    }
    let m = mid.trim_matches(is_space);
    let reaches =
        m.ends_with(['到', '至', '为']) || b.span.get(text).is_some_and(|t| t.starts_with('达'));
    reaches && a.kind == b.kind
}

/// Whether `s` leaves a quote open: `搭建“一府十校`. The quotes (`“”`, `「」`, `『』`,
/// `《》`) are found by their lead bytes, E2 and E3.
fn in_quotes(s: &str) -> bool {
    let b = s.as_bytes();
    let (mut open, mut close) = (0_usize, 0_usize);
    for k in memchr::memchr2_iter(0xE2, 0xE3, b) {
        match b.get(k..k + 3) {
            Some([0xE2, 0x80, 0x9C] | [0xE3, 0x80, 0x8C | 0x8E | 0x8A]) => open += 1,
            Some([0xE2, 0x80, 0x9D] | [0xE3, 0x80, 0x8D | 0x8F | 0x8B]) => close += 1,
            _ => {}
        }
    }
    open > close
}

/// Where the first colon (`:`, `：`) of `s` starts.
fn find_colon(s: &str) -> Option<usize> {
    crate::text::find(s, crate::text::Class::Colon)
}

/// Where the first clause break ([`is_clause_break`]) of `s` starts, found by its first
/// byte: one search for `,`, `;` and `。`, one before it for `!`, `?` and the
/// full-width forms.
fn find_clause_break(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let first = memchr::memchr3_iter(b',', b';', 0xE3, b)
        .find(|&k| b.get(k) != Some(&0xE3) || b.get(k + 1..k + 3) == Some(&[0x80, 0x82]));
    let before = b.get(..first.unwrap_or(b.len())).unwrap_or_default();
    let wide = memchr::memchr3_iter(b'!', b'?', 0xEF, before).find(|&k| {
        b.get(k) != Some(&0xEF)
            || matches!(b.get(k + 1..k + 3), Some([0xBC, 0x8C | 0x9B | 0x81 | 0x9F]))
    });
    wide.or(first)
}

/// What stance words a stretch of text holds: `力争`/`争取` (strive), `确保`/`保证`
/// (ensure), `预期` (expected), and whether it says `预计` (an estimate) or `完成`/`实现`
/// (a result). One pass over the characters, comparing each with the one before.
#[derive(Clone, Copy, Debug, Default)]
struct Marks {
    stance: Option<Stance>,
    expected: bool,
    estimate: bool,
    /// `完成`, `实现`: a result, where nothing else says it is a plan.
    achieved: bool,
}

fn marks(s: &str) -> Marks {
    let mut m = Marks::default();
    let mut prev = ' ';
    for c in s.chars() {
        match (prev, c) {
            ('力', '争') | ('争', '取') => m.stance = m.stance.or(Some(Stance::Strive)),
            ('确' | '保', '保' | '证') => m.stance = m.stance.or(Some(Stance::Ensure)),
            ('预', '期') => m.expected = true,
            ('预', '计') => m.estimate = true,
            ('完', '成') | ('实', '现') => m.achieved = true,
            _ => {}
        }
        prev = c;
    }
    // 力争 wins over 确保 when both are said, as before
    if m.stance.is_none() && m.expected {
        m.stance = Some(Stance::Expected);
    }
    m
}

/// Whether a clause break (what [`is_clause_break`] and [`is_colon`] accept, or a
/// line end) ends with byte `k`: the same characters, read by their last byte.
fn clause_break_ends_at(bytes: &[u8], k: usize) -> bool {
    let at = |i: usize| bytes.get(i).copied();
    match at(k) {
        // a tab or a bar ends a table's cell
        Some(b',' | b';' | b':' | b'!' | b'?' | b'\n' | b'\t' | b'|') => true,
        // ，；：！？ (EF BC 8C/9B/9A/81/9F)
        Some(0x8C | 0x9B | 0x9A | 0x81 | 0x9F) => {
            k >= 2 && at(k - 1) == Some(0xBC) && at(k - 2) == Some(0xEF)
        }
        // 。 (E3 80 82)
        Some(0x82) => k >= 2 && at(k - 1) == Some(0x80) && at(k - 2) == Some(0xE3),
        _ => false,
    }
}

/// Whether a clause break, a colon or a line end ([`is_clause_break`], [`is_colon`],
/// `\n`) starts at byte `k`: its first byte, and the two after it for the full-width
/// forms and `。`.
fn clause_break_starts_at(bytes: &[u8], k: usize) -> bool {
    matches!(
        bytes.get(k..),
        Some(
            [b',' | b';' | b':' | b'!' | b'?' | b'\n', ..]
                | [0xE3, 0x80, 0x82, ..]
                | [0xEF, 0xBC, 0x8C | 0x9B | 0x9A | 0x81 | 0x9F, ..]
        )
    )
}

/// Whether a sentence end (`。`, `！`, `？`, a line end) or a segment break (`;`, `；`)
/// starts at byte `k`: its length, and whether it ends a sentence.
fn break_at(bytes: &[u8], k: usize) -> Option<(usize, bool)> {
    let at = |i: usize| bytes.get(i).copied();
    match (at(k)?, at(k + 1), at(k + 2)) {
        (b'\n', ..) => Some((1, true)),
        (b';', ..) => Some((1, false)),
        (0xE3, Some(0x80), Some(0x82)) => Some((3, true)),
        (0xEF, Some(0xBC), Some(b @ (0x81 | 0x9F | 0x9B))) => Some((3, b != 0x9B)),
        _ => None,
    }
}

/// Back from `to` to `from`: where the last segment (or sentence) ends and where the
/// last sentence ends, each as the offset after it. Two SIMD searches, one for ASCII
/// and `。`, one for the full-width forms; each stops at its first sentence end.
fn last_breaks(bytes: &[u8], from: usize, to: usize) -> (Option<usize>, Option<usize>) {
    let Some(hay) = bytes.get(from..to) else {
        return (None, None);
    };
    let mut seg = None;
    let mut end = None;
    let mut visit = |k: usize| -> bool {
        let k = from + k;
        match break_at(bytes, k) {
            Some((len, sentence)) if k + len <= to => {
                seg = seg.max(Some(k + len));
                if sentence {
                    end = end.max(Some(k + len));
                }
                sentence
            }
            _ => false,
        }
    };
    for k in memchr::memrchr3_iter(b'\n', b';', 0xE3, hay) {
        if visit(k) {
            break;
        }
    }
    for k in memchr::memrchr_iter(0xEF, hay) {
        if visit(k) {
            break;
        }
    }
    (seg, end)
}

/// Forward from `from` to `to`: where the first sentence end starts.
fn first_end(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    let hay = bytes.get(from..to)?;
    let is_end = |k: &usize| matches!(break_at(bytes, from + k), Some((_, true)));
    let a = memchr::memchr3_iter(b'\n', b';', 0xE3, hay).find(is_end);
    let b = memchr::memchr_iter(0xEF, hay).find(is_end);
    match (a, b) {
        (Some(x), Some(y)) => Some(from + x.min(y)),
        (x, y) => x.or(y).map(|k| from + k),
    }
}

/// The clause of `s` around byte `at`: from after the clause break before it to the
/// clause break after it, looking no further than [`CLAUSE_MAX`] bytes each way (a
/// longer clause comes back longer than that, for the caller to leave).
fn clause_around(s: &str, at: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    let floor = at.saturating_sub(CLAUSE_MAX + 1);
    let mut a = at;
    loop {
        if a <= floor {
            while a < at && !s.is_char_boundary(a) {
                a += 1;
            }
            break;
        }
        if clause_break_ends_at(bytes, a - 1) {
            break;
        }
        a -= 1;
    }
    let ceiling = (at + CLAUSE_MAX + 1).min(s.len());
    let mut b = at;
    while b < ceiling && !clause_break_starts_at(bytes, b) {
        b += 1;
    }
    while b < s.len() && !s.is_char_boundary(b) {
        b += 1;
    }
    (a, b)
}

/// The text just before byte `end`: at most `max` bytes, starting on a character
/// boundary.
fn tail(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    text.get(start..end).unwrap_or_default()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or_default()
}

/// The measure, value, upper bound, comparator and unit a quantity gives a statement.
struct Shape {
    measure: Measure,
    value: Decimal,
    upper: Option<Decimal>,
    comparator: Comparator,
    unit: String,
}

fn shape(q: &Quantity, c: &Common) -> Option<Shape> {
    let mut comparator = q.comparator;
    if comparator == Comparator::Eq
        && let Some(v) = c.verb_cmp
    {
        comparator = v;
    }
    let mut s = Shape {
        measure: Measure::Level,
        value: q.value,
        upper: q.upper,
        comparator,
        unit: q.unit.clone(),
    };
    let fall = c.verb == Some(Verb::Fall);
    let rise = c.verb == Some(Verb::Rise);
    match q.kind {
        QuantityKind::Percent | QuantityKind::Permille | QuantityKind::Permyriad => {
            s.measure = if rise || fall || (c.growth_word && !c.share) {
                Measure::Growth
            } else if c.share {
                Measure::Share
            } else {
                Measure::Level
            };
        }
        QuantityKind::PercentagePoints => s.measure = Measure::ChangePp,
        QuantityKind::Multiple => {
            if fall {
                // 下降X倍 is no arithmetic (INDICATOR-ARITHMETIC §1)
                return None;
            }
            s.measure = Measure::Multiple;
            if rise && !q.unit.ends_with('番') {
                // 增长1倍 is ×2
                s.value = q.value.checked_add(Decimal::ONE)?;
                s.upper = match q.upper {
                    Some(u) => Some(u.checked_add(Decimal::ONE)?),
                    None => None,
                };
            }
            "倍".clone_into(&mut s.unit);
            return Some(s);
        }
        QuantityKind::Money
        | QuantityKind::Measure
        | QuantityKind::Count
        | QuantityKind::Number => {
            s.measure = if rise || fall {
                Measure::Change
            } else {
                Measure::Level
            };
        }
        _ => return None,
    }
    if fall {
        // a decline is a negative change: 下降3.5%以上 is growth ≤ −3.5
        let (v, u) = (s.value, s.upper);
        match u {
            Some(u) => {
                s.value = -u;
                s.upper = Some(-v);
            }
            None => s.value = -v,
        }
        s.comparator = s.comparator.flipped();
    }
    Some(s)
}

/// The target of one subject and one value.
fn build(s: &Subj, q: &Quantity, c: &Common) -> Option<Target> {
    let sh = shape(q, c)?;
    let start = s.start.min(q.span.start);
    let mut t = Target::new(s.text.clone(), sh.measure, Span::new(start, q.span.end));
    fill(&mut t, s, c);
    t.comparator = sh.comparator;
    t.value = Some(sh.value);
    t.upper = sh.upper;
    t.unit = sh.unit;
    t.annual_average = c.annual && t.measure == Measure::Growth;
    Some(t)
}

/// The target of `从A增长到B`: level B from baseline A, A in B's unit.
fn build_pair(s: &Subj, a: &Quantity, b: &Quantity, c: &Common) -> Option<Target> {
    let measure = if c.share || s.text.ends_with("比重") {
        Measure::Share
    } else {
        Measure::Level
    };
    let mut t = Target::new(s.text.clone(), measure, Span::new(s.start, b.span.end));
    fill(&mut t, s, c);
    t.comparator = b.comparator;
    t.value = Some(b.value);
    t.upper = b.upper;
    t.unit.clone_from(&b.unit);
    t.baseline = if a.unit == b.unit {
        Some(a.value)
    } else if a.base_unit() == b.base_unit() {
        // 从9000元增长到1.7万元: 0.9 in 万元
        a.folded()?
            .checked_div(b.scale.factor()?)
            .map(|d| d.normalize())
    } else {
        None
    };
    Some(t)
}

fn fill(t: &mut Target, s: &Subj, c: &Common) {
    t.normalized = names::normalize(&s.text).map(str::to_owned);
    t.indicator_span = s.span;
    t.status = c.status;
    t.year = c.year;
    t.horizon = c.horizon;
    t.stance = c.stance;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_breaks_by_their_last_byte() {
        for c in ",;:!?\n，；：！？。".chars() {
            assert!(is_clause_break(c) || is_colon(c) || c == '\n', "{c}");
            let s = format!("增长{c}");
            assert!(clause_break_ends_at(s.as_bytes(), s.len() - 1), "{c}");
        }
        for c in "、增长（）".chars() {
            let s = format!("增长{c}");
            assert!(!clause_break_ends_at(s.as_bytes(), s.len() - 1), "{c}");
        }
    }

    #[test]
    fn breaks_by_their_first_bytes() {
        let s = "增长,;:!?\n\t|，；：！？。、“”（）:：";
        let bytes = s.as_bytes();
        for (k, c) in s.char_indices() {
            let brk = is_clause_break(c) || is_colon(c) || c == '\n';
            assert_eq!(clause_break_starts_at(bytes, k), brk, "{c}");
            let rest = &s[k..];
            assert_eq!(find_colon(rest) == Some(0), is_colon(c), "{c}");
            assert_eq!(
                find_clause_break(rest) == Some(0),
                is_clause_break(c),
                "{c}"
            );
        }
        assert!(in_quotes("搭建“一府") && in_quotes("《条例") && !in_quotes("“一府十校”"));
    }
}
