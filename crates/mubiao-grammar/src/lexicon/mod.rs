//! The lexicon: what the grammar knows of the genre's words, as rows of data.
//!
//! Duty labels and their roles (`牵头单位`, `责任单位`, `配合单位`, …), role verbs
//! (`X牵头`, `Y负责`, `Z配合`), the words of stated lead rules (`列第一位的为牵头单位，
//! 下同`), outline marker styles, page chrome, table column names, and the endings that
//! make a name read as a unit of government. Every index the grammar looks them up by
//! is derived from the rows; none is kept by hand. A user extends the defaults without
//! a release and passes the lexicon to the parser:
//!
//! ```
//! use mubiao_grammar::{Lexicon, parse_document_with};
//! use mubiao_model::Role;
//!
//! let text = "1.建立督办机制。督办单位：市政府督查室\n";
//! let lexicon = Lexicon::default().with_label("督办单位", Role::Lead);
//! let doc = parse_document_with(text, &lexicon);
//! assert_eq!(doc.tasks[0].lead().collect::<Vec<_>>(), ["市政府督查室"]);
//! ```

mod chrome;
mod defaults;
pub(crate) mod markers;

use mubiao_model::{MarkerStyle, Role};

use crate::text::CharSet;

pub use markers::{MarkerForm, Numeral};

/// What a duty label introduces.
///
/// ```
/// use mubiao_grammar::{Label, Lexicon};
/// use mubiao_model::Role;
/// let lexicon = Lexicon::default();
/// assert_eq!(lexicon.label_at("牵头考核单位:市目标办"), Some((Label::Role(Role::Lead), 18)));
/// assert_eq!(lexicon.label_at("完成时限:6月底前"), Some((Label::Deadline, 12)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// Units with a role: `牵头单位`, `责任单位`, `配合单位`, `协办单位`, …
    Role(Role),
    /// People, not units: `责任领导`, `责任人`, `联系人`.
    Person,
    /// A date: `完成时限`, `完成时间`, `时间节点`.
    Deadline,
}

impl From<Role> for Label {
    fn from(role: Role) -> Self {
        Self::Role(role)
    }
}

/// What a column of a task table holds, from the name in its header.
///
/// ```
/// use mubiao_grammar::{Column, Lexicon};
/// use mubiao_model::Role;
/// let lexicon = Lexicon::default();
/// assert_eq!(lexicon.column("序号"), Some(Column::Number));
/// assert_eq!(lexicon.column("牵头单位"), Some(Column::Role(Role::Lead)));
/// assert_eq!(lexicon.column("主 要 内 容"), Some(Column::Content));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Column {
    /// `序号`: the task's number.
    Number,
    /// `工作任务`, `任务名称`, `重点举措`, `改革举措`: the task's text (the first such
    /// column whose cells fill every row).
    Task,
    /// `主要内容`, `任务内容`, `简要描述`: more text of the task.
    Content,
    /// `牵头单位`, `责任单位`, `配合单位`, `指导部门`: units with a role.
    Role(Role),
    /// `完成时限`, `时间节点`: the deadline.
    Deadline,
    /// `领域`, `类别`: a cell that groups the rows beside it.
    Group,
    /// Anything else the lexicon names (`备注`, `推广范围`, `建设主体`).
    Other,
}

/// A rule a document states for who leads: `列第一位的为牵头单位`.
///
/// ```
/// use mubiao_grammar::{LeadRule, Lexicon};
/// let lexicon = Lexicon::default();
/// assert_eq!(lexicon.lead_rule("列第一位的为牵头单位，下同"), Some((LeadRule::FirstListed, true)));
/// assert_eq!(lexicon.lead_rule("排在第一位的部门为牵头部门"), Some((LeadRule::FirstListed, false)));
/// assert_eq!(lexicon.lead_rule("加快发展第一产业"), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LeadRule {
    /// The unit listed first leads.
    FirstListed,
}

/// A row: a word and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Row<T> {
    word: String,
    value: T,
}

/// Rows looked up by the first or the last character of their word: a bitmap of
/// those characters for the quick "no" most positions get, then the rows that start
/// (or end) with the character, longest first.
#[derive(Clone, Debug)]
struct Index<T> {
    rows: Vec<Row<T>>,
    /// Row indices, longest word first.
    by_length: Vec<usize>,
    /// For each first character, the rows that start with it, longest first; sorted
    /// by the character.
    by_first: Vec<(char, Vec<usize>)>,
    /// The same by the last character.
    by_last: Vec<(char, Vec<usize>)>,
    firsts: Box<CharSet>,
    lasts: Box<CharSet>,
}

impl<T: Copy> Index<T> {
    fn new(rows: Vec<Row<T>>) -> Self {
        let mut index = Self {
            rows,
            by_length: Vec::new(),
            by_first: Vec::new(),
            by_last: Vec::new(),
            firsts: Box::new(CharSet::EMPTY),
            lasts: Box::new(CharSet::EMPTY),
        };
        index.derive();
        index
    }

    /// Rebuilds the derived lookups from the rows.
    fn derive(&mut self) {
        self.by_length = (0..self.rows.len()).collect();
        let rows = &self.rows;
        self.by_length
            .sort_by_key(|&i| std::cmp::Reverse(rows.get(i).map_or(0, |r| r.word.len())));
        let bucket = |key: fn(&str) -> Option<char>| {
            let mut buckets: Vec<(char, Vec<usize>)> = Vec::new();
            for &i in &self.by_length {
                let Some(c) = rows.get(i).and_then(|r| key(&r.word)) else {
                    continue;
                };
                match buckets.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, v)) => v.push(i),
                    None => buckets.push((c, vec![i])),
                }
            }
            buckets.sort_by_key(|(c, _)| *c);
            buckets
        };
        self.by_first = bucket(|w| w.chars().next());
        self.by_last = bucket(|w| w.chars().next_back());
        let mut firsts = CharSet::EMPTY;
        let mut lasts = CharSet::EMPTY;
        for (c, _) in &self.by_first {
            firsts = firsts.with(u32::from(*c));
        }
        for (c, _) in &self.by_last {
            lasts = lasts.with(u32::from(*c));
        }
        *self.firsts = firsts;
        *self.lasts = lasts;
    }

    /// Adds a row (a word already present takes the new value).
    fn add(&mut self, word: &str, value: T) {
        let word = word.trim();
        if word.is_empty() {
            return;
        }
        match self.rows.iter_mut().find(|r| r.word == word) {
            Some(r) => r.value = value,
            None => self.rows.push(Row {
                word: word.to_owned(),
                value,
            }),
        }
        self.derive();
    }

    fn longest_first(&self) -> impl Iterator<Item = &Row<T>> {
        self.by_length.iter().filter_map(|&i| self.rows.get(i))
    }

    /// The rows of bucket `c` of `buckets`, longest first.
    fn bucket<'s>(
        &'s self,
        buckets: &'s [(char, Vec<usize>)],
        c: char,
    ) -> impl Iterator<Item = &'s Row<T>> {
        let rows = buckets
            .binary_search_by_key(&c, |(k, _)| *k)
            .ok()
            .and_then(|i| buckets.get(i))
            .map(|(_, v)| v.as_slice())
            .unwrap_or_default();
        rows.iter().filter_map(|&i| self.rows.get(i))
    }

    /// The longest word `s` starts with.
    fn at_start(&self, s: &str) -> Option<(T, usize)> {
        let first = s.chars().next()?;
        if !self.firsts.contains(first) {
            return None;
        }
        self.bucket(&self.by_first, first)
            .find(|r| s.starts_with(r.word.as_str()))
            .map(|r| (r.value, r.word.len()))
    }

    /// The longest word `s` ends with.
    fn at_end(&self, s: &str) -> Option<(T, usize)> {
        let last = s.chars().next_back()?;
        if !self.lasts.contains(last) {
            return None;
        }
        self.bucket(&self.by_last, last)
            .find(|r| s.ends_with(r.word.as_str()))
            .map(|r| (r.value, r.word.len()))
    }

    /// The word equal to `s`.
    fn exact(&self, s: &str) -> Option<T> {
        // the longest word `s` starts with is `s` itself if any word is
        self.at_start(s)
            .filter(|&(_, len)| len == s.len())
            .map(|(value, _)| value)
    }

    /// Whether some word occurs in `s`.
    fn occurs_in(&self, s: &str) -> bool {
        s.char_indices().any(|(i, c)| {
            self.firsts.contains(c) && s.get(i..).is_some_and(|t| self.at_start(t).is_some())
        })
    }

    fn words(&self) -> impl Iterator<Item = (&str, T)> {
        self.rows.iter().map(|r| (r.word.as_str(), r.value))
    }
}

/// What the grammar knows of the genre's words. [`Lexicon::default`] holds the rows
/// real documents need; `with_*` adds rows. Lookups go through indices derived from
/// the rows, rebuilt on every change.
///
/// ```
/// use mubiao_grammar::{Label, Lexicon};
/// use mubiao_model::Role;
///
/// let lexicon = Lexicon::default().with_label("督办单位", Role::Lead);
/// assert_eq!(lexicon.label_at("督办单位：市政府督查室"), Some((Label::Role(Role::Lead), 12)));
/// assert!(lexicon.labels().any(|(w, _)| w == "牵头单位"));
/// ```
#[derive(Clone, Debug)]
pub struct Lexicon {
    labels: Index<Label>,
    verbs: Index<Role>,
    /// How units share a task, between their names and the verb: `按职责分工`, `分别`.
    manners: Index<()>,
    /// Words that name the first place of a list: `第一位`, `首位`.
    first_place: Index<()>,
    /// Words that extend a remark to what follows: `下同`.
    henceforth: Index<()>,
    /// Characters that end the name of a unit of government: `局`, `委`, `办`.
    unit_endings: Box<CharSet>,
    unit_ending_list: Vec<char>,
    /// Words that open a collective of units: `各`, `相关`, `有关`.
    collectives: Index<()>,
    /// Words that open the names of units of a government: `市`, `县`, `省`.
    government_prefixes: Index<()>,
    /// Levels of government: `省`, `市`, `县`, `自治区`.
    levels: Index<()>,
    /// The noun of a government after its levels: `政府`, `人民政府`.
    government_nouns: Index<()>,
    chrome: Index<()>,
    columns: Index<Column>,
    /// Words whose presence makes a column name one of these kinds.
    column_words: Index<Column>,
    markers: Vec<MarkerForm>,
    /// The forms each character may start, derived from `markers` (`None`: the
    /// default forms, whose index is derived once for every lexicon).
    marker_starts: Option<markers::Starts>,
}

/// The forms each character may start, for the default marker forms, derived once.
fn default_marker_starts() -> &'static markers::Starts {
    static STARTS: std::sync::LazyLock<markers::Starts> =
        std::sync::LazyLock::new(|| markers::Starts::of(&defaults::lexicon().markers));
    &STARTS
}

impl Default for Lexicon {
    fn default() -> Self {
        defaults::lexicon()
    }
}

impl Lexicon {
    /// Adds a duty label: `督办单位` introducing leads, or (with a [`Label`]) people or
    /// a deadline. Also a table column of that name.
    ///
    /// ```
    /// use mubiao_grammar::{Label, Lexicon};
    /// let lexicon = Lexicon::default().with_label("完成节点", Label::Deadline);
    /// assert_eq!(lexicon.label_at("完成节点:6月"), Some((Label::Deadline, 12)));
    /// ```
    #[must_use]
    pub fn with_label(mut self, word: &str, label: impl Into<Label>) -> Self {
        self.labels.add(word, label.into());
        self
    }

    /// Adds a role verb written after the units: `督办` making them leads.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// use mubiao_model::Role;
    /// let lexicon = Lexicon::default().with_verb("主抓", Role::Lead);
    /// assert_eq!(lexicon.verb_at_end("市发改委主抓"), Some((Role::Lead, 6)));
    /// ```
    #[must_use]
    pub fn with_verb(mut self, word: &str, role: Role) -> Self {
        self.verbs.add(word, role);
        self
    }

    /// Adds a character that ends the names of units (`局`, `委`, …).
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let lexicon = Lexicon::default().with_unit_ending('庄');
    /// assert!(lexicon.looks_like_unit("李家庄"));
    /// ```
    #[must_use]
    pub fn with_unit_ending(mut self, c: char) -> Self {
        if !self.unit_ending_list.contains(&c) {
            self.unit_ending_list.push(c);
            *self.unit_endings = self.unit_endings.with(u32::from(c));
        }
        self
    }

    /// Adds a word of page chrome (`打印本页`): a line made only of such words is not
    /// content.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let lexicon = Lexicon::default().with_chrome_word("无障碍阅读");
    /// assert!(lexicon.is_chrome("无障碍阅读 打印本页"));
    /// ```
    #[must_use]
    pub fn with_chrome_word(mut self, word: &str) -> Self {
        self.chrome.add(word, ());
        self
    }

    /// Adds a table column name.
    ///
    /// ```
    /// use mubiao_grammar::{Column, Lexicon};
    /// let lexicon = Lexicon::default().with_column("攻坚事项", Column::Task);
    /// assert_eq!(lexicon.column("攻坚事项"), Some(Column::Task));
    /// ```
    #[must_use]
    pub fn with_column(mut self, word: &str, column: Column) -> Self {
        self.columns.add(word, column);
        self
    }

    /// Adds a word naming the first place of a list (`居首`), for stated lead rules.
    ///
    /// ```
    /// use mubiao_grammar::{LeadRule, Lexicon};
    /// let lexicon = Lexicon::default().with_first_place("打头");
    /// assert_eq!(lexicon.lead_rule("打头的为牵头单位"), Some((LeadRule::FirstListed, false)));
    /// ```
    #[must_use]
    pub fn with_first_place(mut self, word: &str) -> Self {
        self.first_place.add(word, ());
        self
    }

    /// Adds an outline marker style form (see [`MarkerForm`]).
    ///
    /// ```
    /// use mubiao_grammar::{Lexicon, MarkerForm, Numeral};
    /// use mubiao_model::MarkerStyle;
    /// // `第一项` numbered like an article
    /// let form = MarkerForm::new(MarkerStyle::Article, Numeral::Chinese, &["第"], &["项"], 3);
    /// let lexicon = Lexicon::default().with_marker(form);
    /// assert_eq!(lexicon.marker("第二项 加强领导").map(|m| m.ordinal), Some(2));
    /// ```
    #[must_use]
    pub fn with_marker(mut self, form: MarkerForm) -> Self {
        self.markers.push(form);
        self.marker_starts = Some(markers::Starts::of(&self.markers));
        self
    }

    /// The duty labels, as rows.
    pub fn labels(&self) -> impl Iterator<Item = (&str, Label)> {
        self.labels.words()
    }

    /// The role verbs, as rows.
    pub fn verbs(&self) -> impl Iterator<Item = (&str, Role)> {
        self.verbs.words()
    }

    /// The marker style forms, in the order they are tried.
    #[must_use]
    pub fn markers(&self) -> &[MarkerForm] {
        &self.markers
    }

    /// The label `s` starts with, and its length in bytes (the longest one).
    #[must_use]
    pub fn label_at(&self, s: &str) -> Option<(Label, usize)> {
        self.labels.at_start(s)
    }

    /// The label `s` ends with, and its length in bytes.
    ///
    /// ```
    /// use mubiao_grammar::{Label, Lexicon};
    /// use mubiao_model::Role;
    /// let l = Lexicon::default();
    /// assert_eq!(l.label_at_end("省卫生健康委牵头单位"), Some((Label::Role(Role::Lead), 12)));
    /// ```
    #[must_use]
    pub fn label_at_end(&self, s: &str) -> Option<(Label, usize)> {
        self.labels.at_end(s)
    }

    /// Whether `c` can start a label.
    #[must_use]
    pub fn may_start_label(&self, c: char) -> bool {
        self.labels.firsts.contains(c)
    }

    /// The role verb `s` ends with, and its length in bytes (the longest one).
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// use mubiao_model::Role;
    /// assert_eq!(Lexicon::default().verb_at_end("市财政局配合"), Some((Role::Cooperating, 6)));
    /// ```
    #[must_use]
    pub fn verb_at_end(&self, s: &str) -> Option<(Role, usize)> {
        self.verbs.at_end(s)
    }

    /// The length of the manner word `s` ends with (`按职责分工`, `分别`), if any.
    ///
    /// ```
    /// assert_eq!(mubiao_grammar::Lexicon::default().manner_at_end("市文旅局按职责分工"), Some(15));
    /// ```
    #[must_use]
    pub fn manner_at_end(&self, s: &str) -> Option<usize> {
        self.manners.at_end(s).map(|((), n)| n)
    }

    /// The rule a clause states for who leads, if it states one, and whether it says
    /// it holds for what follows (`下同`).
    #[must_use]
    pub fn lead_rule(&self, clause: &str) -> Option<(LeadRule, bool)> {
        // a rule says `为` or `是` before its label: most clauses have neither
        if !clause.chars().any(|c| matches!(c, '为' | '是')) || !self.first_place.occurs_in(clause)
        {
            return None;
        }
        // `…为牵头单位` / `…是牵头部门`: a lead label after 为 or 是
        let states = clause.match_indices(['为', '是']).any(|(i, c)| {
            clause
                .get(i + c.len()..)
                .and_then(|rest| self.label_at(rest))
                .is_some_and(|(l, _)| l == Label::Role(Role::Lead))
        });
        states.then(|| (LeadRule::FirstListed, self.henceforth.occurs_in(clause)))
    }

    /// Whether a clause says a remark holds for what follows: `下同`, `以下同`.
    ///
    /// ```
    /// assert!(mubiao_grammar::Lexicon::default().is_henceforth("下同"));
    /// ```
    #[must_use]
    pub fn is_henceforth(&self, clause: &str) -> bool {
        self.henceforth.exact(clause).is_some()
    }

    /// Whether `s` ends with a word that extends a remark to what follows (`…，下同`).
    #[must_use]
    pub(crate) fn is_henceforth_end(&self, s: &str) -> bool {
        self.henceforth.at_end(s).is_some()
    }

    /// Whether `s` ends like the name of a unit (its last character, or a closing
    /// bracket).
    #[must_use]
    pub(crate) fn looks_like_unit_end(&self, s: &str) -> bool {
        s.chars()
            .next_back()
            .is_some_and(|c| self.unit_endings.contains(c) || crate::text::is_close_bracket(c))
            || s.chars()
                .next_back()
                .is_some_and(|c| crate::text::class(c) == crate::text::Class::LeadMark)
    }

    /// Whether a name reads as the name of a unit: 2 to 40 characters that end like a
    /// unit of government (`局`, `委`, `办`, …) or a bracketed note (`市委组织部（人才
    /// 办）`), or open a collective (`各`, `相关`, `有关`).
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let l = Lexicon::default();
    /// assert!(l.looks_like_unit("市发改委") && l.looks_like_unit("相关县区"));
    /// assert!(!l.looks_like_unit("长期坚持"));
    /// ```
    #[must_use]
    pub fn looks_like_unit(&self, name: &str) -> bool {
        let n = name.chars().count();
        if !(2..=40).contains(&n) {
            return false;
        }
        if self.collectives.at_start(name).is_some() {
            return true;
        }
        name.chars()
            .next_back()
            .is_some_and(|c| self.unit_endings.contains(c) || crate::text::is_close_bracket(c))
    }

    /// Stricter, for lists with neither label nor brackets: the name opens like a unit
    /// of government (`市`, `县`, `区`, `省`, `各`, `相关`) and ends like one.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let l = Lexicon::default();
    /// assert!(l.is_government_unit("县商务局"));
    /// assert!(!l.is_government_unit("政府") && !l.is_government_unit("办公室"));
    /// ```
    #[must_use]
    pub fn is_government_unit(&self, name: &str) -> bool {
        let opens = self.government_prefixes.at_start(name).is_some()
            || self.collectives.at_start(name).is_some();
        opens && self.looks_like_unit(name) && name.chars().count() >= 3
    }

    /// Whether `s` names only levels of government (`各市`, `自治区`, `县（市、区）`):
    /// the first part of a collective that a list separator cuts
    /// (`各市、县〔市、区〕政府`).
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let l = Lexicon::default();
    /// assert!(l.is_level_list("各市") && l.is_level_list("自治区"));
    /// assert!(!l.is_level_list("各市政府") && !l.is_level_list("市发改委"));
    /// ```
    #[must_use]
    pub fn is_level_list(&self, s: &str) -> bool {
        let s = self
            .collectives
            .at_start(s)
            .map_or(s, |((), n)| s.get(n..).unwrap_or_default());
        let rest = self.skip_levels(s);
        rest.is_empty() && rest.len() < s.len()
    }

    /// Whether `s` is levels of government and the noun of a government
    /// (`县〔市、区〕政府`, `直辖市人民政府`): the last part of a cut collective.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let l = Lexicon::default();
    /// assert!(l.is_level_government("县（市、区）政府"));
    /// assert!(!l.is_level_government("市财政局"));
    /// ```
    #[must_use]
    pub fn is_level_government(&self, s: &str) -> bool {
        let rest = self.skip_levels(s);
        rest.len() < s.len() && self.government_nouns.exact(rest).is_some()
    }

    /// `s` past the levels of government it starts with, and bracketed lists of them.
    fn skip_levels<'s>(&self, s: &'s str) -> &'s str {
        let mut rest = s;
        loop {
            if let Some(((), n)) = self.levels.at_start(rest) {
                rest = rest.get(n..).unwrap_or_default();
                continue;
            }
            let Some(c) = rest.chars().next() else { break };
            if crate::text::is_open_bracket(c)
                && let Some(close) = rest.find(crate::text::is_close_bracket)
            {
                let inner = rest.get(c.len_utf8()..close).unwrap_or_default();
                let levels_only = inner
                    .split(['、', ',', '，'])
                    .all(|p| !p.is_empty() && self.skip_levels(p).is_empty());
                if levels_only {
                    let close_len = rest
                        .get(close..)
                        .and_then(|t| t.chars().next())
                        .map_or(0, char::len_utf8);
                    rest = rest.get(close + close_len..).unwrap_or_default();
                    continue;
                }
            }
            break;
        }
        rest
    }

    /// Whether a name opens a collective of units (`各`, `相关`, `有关`).
    ///
    /// ```
    /// assert!(mubiao_grammar::Lexicon::default().is_collective("有关部门"));
    /// ```
    #[must_use]
    pub fn is_collective(&self, name: &str) -> bool {
        self.collectives.at_start(name).is_some()
    }

    /// Whether `c` can start a column name (a header line is looked at only then).
    #[must_use]
    pub fn may_start_column(&self, c: char) -> bool {
        self.columns.firsts.contains(c) || self.labels.firsts.contains(c)
    }

    /// Whether `name` is exactly the name of a number column (`序号`).
    #[must_use]
    pub(crate) fn is_number_column(&self, name: &str) -> bool {
        self.columns.exact(name) == Some(Column::Number)
    }

    /// The chrome word `s` starts with, and its length in bytes.
    #[must_use]
    pub fn chrome_at(&self, s: &str) -> Option<usize> {
        self.chrome.at_start(s).map(|((), n)| n)
    }

    /// What a table column named `name` holds (spaces in the name are passed over:
    /// headers spread their letters, `主 要 内 容`), if the lexicon knows it.
    #[must_use]
    pub fn column(&self, name: &str) -> Option<Column> {
        let name: String = name
            .chars()
            .filter(|&c| !crate::text::is_space(c))
            .collect();
        let name = name.as_str();
        if let Some(c) = self.columns.exact(name) {
            return Some(c);
        }
        if let Some((label, n)) = self.label_at(name)
            && n == name.len()
        {
            return Some(match label {
                Label::Role(r) => Column::Role(r),
                Label::Deadline => Column::Deadline,
                Label::Person => Column::Other,
            });
        }
        // `牵头单位（部门）`: the name before a bracketed note
        if let Some(open) = name.find(['(', '（']) {
            let head = name.get(..open).unwrap_or_default();
            if !head.is_empty()
                && let Some(c) = self.column(head)
            {
                return Some(c);
            }
        }
        // a short name that ends with a role's label: `建议责任单位`, `主要配合单位`
        if name.chars().count() <= 10
            && let Some((Label::Role(role), n)) = self.label_at_end(name)
            && n < name.len()
        {
            return Some(Column::Role(role));
        }
        // a short name with a telling word in it: `具体任务`, `拟投入运营时间`
        if name.chars().count() <= 10 {
            return self
                .column_words
                .longest_first()
                .find(|r| name.contains(r.word.as_str()))
                .map(|r| r.value);
        }
        None
    }

    /// The outline marker at the start of `line`, if any: the first form that reads
    /// it.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// use mubiao_model::MarkerStyle;
    /// let m = Lexicon::default().marker("（十二）加强领导").unwrap();
    /// assert_eq!((m.style, m.ordinal, m.label), (MarkerStyle::ChineseParen, 12, "（十二）"));
    /// ```
    #[must_use]
    pub fn marker<'a>(&self, line: &'a str) -> Option<markers::Marker<'a>> {
        let starts = self
            .marker_starts
            .as_ref()
            .unwrap_or_else(|| default_marker_starts());
        markers::read(&self.markers, starts, line)
    }

    /// The conventional rank of a marker style (smaller is higher): the rank of its
    /// first form in the lexicon.
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// use mubiao_model::MarkerStyle;
    /// let l = Lexicon::default();
    /// assert!(l.rank(MarkerStyle::Chinese) < l.rank(MarkerStyle::Arabic));
    /// ```
    #[must_use]
    pub fn rank(&self, style: MarkerStyle) -> u8 {
        self.markers
            .iter()
            .find(|f| f.style == style)
            .map_or(u8::MAX, |f| f.rank)
    }

    /// Whether a whole line is page chrome: nothing but chrome words, separators and
    /// counts, or a bare page number (`- 3 -`).
    ///
    /// ```
    /// use mubiao_grammar::Lexicon;
    /// let l = Lexicon::default();
    /// assert!(l.is_chrome("扫一扫在手机上查看当前页面"));
    /// assert!(l.is_chrome("【字体:大 中 小】【打印】【关闭】"));
    /// assert!(l.is_chrome("— 3 —"));
    /// assert!(!l.is_chrome("关闭小煤矿") && !l.is_chrome("中小企业"));
    /// ```
    #[must_use]
    pub fn is_chrome(&self, line: &str) -> bool {
        chrome::is_chrome(self, line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_label_wins_whichever_row_came_first() {
        let l = Lexicon::default();
        assert_eq!(
            l.label_at("牵头责任单位：市发改委"),
            Some((Label::Role(Role::Lead), 18))
        );
        assert_eq!(
            l.label_at("责任单位：市发改委"),
            Some((Label::Role(Role::Responsible), 12))
        );
        assert_eq!(l.label_at("责任意识"), None);
        // a row added later that is a prefix of a default one does not shadow it
        let l = Lexicon::default().with_label("牵头", Role::Lead);
        assert_eq!(
            l.label_at("牵头单位：X"),
            Some((Label::Role(Role::Lead), 12))
        );
    }

    #[test]
    fn a_new_row_changes_the_derived_lookups() {
        let l = Lexicon::default();
        assert_eq!(l.label_at("督办单位：X"), None);
        let l = l.with_label("督办单位", Role::Lead);
        assert_eq!(
            l.label_at("督办单位：X"),
            Some((Label::Role(Role::Lead), 12))
        );
        assert_eq!(l.column("督办单位"), Some(Column::Role(Role::Lead)));
        // a word given again takes the new value
        let l = l.with_label("督办单位", Role::Cooperating);
        assert_eq!(
            l.label_at("督办单位").map(|x| x.0),
            Some(Label::Role(Role::Cooperating))
        );
    }

    #[test]
    fn columns_by_name_and_by_telling_word() {
        let l = Lexicon::default();
        assert_eq!(l.column("责任\n单位"), None);
        assert_eq!(l.column("责任 单位"), Some(Column::Role(Role::Responsible)));
        assert_eq!(l.column("拟投入运营时间"), Some(Column::Deadline));
        assert_eq!(l.column("数据集名称"), Some(Column::Task));
        assert_eq!(l.column("领域"), Some(Column::Group));
        assert_eq!(l.column("牵头单位（部门）"), Some(Column::Role(Role::Lead)));
        assert_eq!(l.column("指导部门"), Some(Column::Role(Role::Responsible)));
        assert_eq!(l.column("推广范围"), Some(Column::Other));
        // a name that ends with a role's label, and its bracketed note
        assert_eq!(
            l.column("建议责任单位（省级部门）"),
            Some(Column::Role(Role::Responsible))
        );
        assert_eq!(l.column("各位代表"), None);
    }

    #[test]
    fn lead_rules_of_real_notices() {
        let l = Lexicon::default();
        for (clause, henceforth) in [
            ("列第一位的为牵头单位，下同", true),
            ("排在第一位的部门为牵头部门", false),
            ("第一位为牵头单位", false),
            ("排在首位的为牵头单位", false),
            ("列首位的单位为牵头单位，以下同", true),
        ] {
            assert_eq!(
                l.lead_rule(clause),
                Some((LeadRule::FirstListed, henceforth)),
                "{clause}"
            );
        }
        assert_eq!(l.lead_rule("第一位的为配合单位"), None);
        assert_eq!(l.lead_rule("市发改委为牵头单位"), None);
    }
}
