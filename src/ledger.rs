//! The ledger pipeline: text in, a typed ledger out.

use mubiao_model::{Diagnostic, Document, Meta, Span, Target, Task};

use crate::by_unit::{ByUnitReport, UnitTasks, by_unit};
use crate::check::{self, Claim};
use crate::table::Table;
use crate::target_table::TargetTable;
use crate::{CsvOptions, Error, decode};

/// The ledger of one document: metadata, outline, tasks with their units, targets and
/// diagnostics, every item with its span in the text it keeps ([`Ledger::source`]).
///
/// ```
/// use mubiao::Ledger;
///
/// let text = "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n";
/// let ledger = Ledger::parse(text);
/// let task = &ledger.tasks()[0];
/// assert_eq!(task.number().as_deref(), Some("27"));
/// assert_eq!(task.units(), ["市人社局"]);
/// assert_eq!(ledger.text(task.duties[0].unit.span), Some("市人社局"));
/// ```
///
/// Two ledgers are equal when their documents are: the source text is not compared, so
/// a ledger read back from its JSON ([`Ledger::from_json`], which has no source) equals
/// the one that wrote it. With the `serde` feature a ledger serialises as its document
/// (contract `mubiao.ledger/1`).
#[derive(Clone, Debug, Default)]
pub struct Ledger {
    document: Document,
    /// The text the spans refer to; empty for a ledger read from JSON.
    source: String,
}

impl PartialEq for Ledger {
    fn eq(&self, other: &Self) -> bool {
        self.document == other.document
    }
}

impl Eq for Ledger {}

#[cfg(feature = "serde")]
impl serde::Serialize for Ledger {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.document.serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Ledger {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Document::deserialize(d).map(|document| Self {
            document,
            source: String::new(),
        })
    }
}

impl Ledger {
    /// Reads a document from text: structure, targets, and the checks of the report's
    /// own arithmetic as diagnostics ([`check`](crate::check)). The ledger keeps the
    /// text: pass a `String` to hand it over, a `&str` to have it copied.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n");
    /// assert_eq!(ledger.tasks()[0].lead().collect::<Vec<_>>(), ["市统计局"]);
    ///
    /// let owned = String::from("1、加强领导。(责任单位:市政府办)");
    /// assert_eq!(mubiao::Ledger::parse(owned).tasks().len(), 1);
    /// ```
    #[must_use]
    pub fn parse(text: impl Into<String>) -> Self {
        let source = text.into();
        let mut document = mubiao_grammar::parse_document(&source);
        let checked = check::diagnostics(&document.targets);
        if !checked.is_empty() {
            document.diagnostics.extend(checked);
            // in document order; a stable sort keeps the order of diagnostics at one place
            document.diagnostics.sort_by_key(|d| d.span.start);
        }
        Self { document, source }
    }

    /// Reads the structure of a document only: metadata, outline, tasks with their
    /// units, references and diagnostics; no quantities, dates, targets or arithmetic
    /// checks. About three times as fast as [`Ledger::parse`], for ledgers of who does
    /// what.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse_structure("96.搞好第三次经济普查,2013年底前完成。\n牵头单位:市统计局\n");
    /// assert_eq!(ledger.tasks()[0].lead().collect::<Vec<_>>(), ["市统计局"]);
    /// assert!(ledger.tasks()[0].deadlines.is_empty());
    /// assert!(ledger.targets().is_empty());
    /// ```
    #[must_use]
    pub fn parse_structure(text: impl Into<String>) -> Self {
        let source = text.into();
        let document = mubiao_grammar::parse_structure(&source);
        Self { document, source }
    }

    /// Reads a document from bytes in any encoding [`decode`] reads. Spans refer to
    /// the decoded text, which the ledger keeps ([`Ledger::source`]).
    ///
    /// ```
    /// // "1、加强领导。(责任单位:市政府办)" in GB18030
    /// let gbk = b"1\xA1\xA2\xBC\xD3\xC7\xBF\xC1\xEC\xB5\xBC\xA1\xA3(\xD4\xF0\xC8\xCE\xB5\xA5\xCE\xBB:\xCA\xD0\xD5\xFE\xB8\xAE\xB0\xEC)";
    /// let ledger = mubiao::Ledger::from_bytes(gbk)?;
    /// let unit = &ledger.tasks()[0].duties[0].unit;
    /// assert_eq!(ledger.text(unit.span), Some("市政府办"));
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Encoding`] when the bytes are not text.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
        Ok(Self::parse(decode(bytes)?.text))
    }

    /// The text the ledger was read from, which every span indexes (without a
    /// byte-order mark, line ends as they were). Empty for a ledger read from JSON.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::from_bytes(b"\xEF\xBB\xBF1\xE3\x80\x81\r\n")?;
    /// assert_eq!(ledger.source(), "1、\r\n");
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The text under `span` in [`Ledger::source`]; `None` when the span is not inside it
    /// or does not fall on character boundaries.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n");
    /// let task = &ledger.tasks()[0];
    /// assert_eq!(ledger.text(task.text_span), Some("搞好第三次经济普查。"));
    /// assert_eq!(ledger.text(mubiao::model::Span::new(0, 10_000)), None);
    /// ```
    #[must_use]
    pub fn text(&self, span: Span) -> Option<&str> {
        span.get(&self.source)
    }

    /// The document model behind the ledger.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("");
    /// assert!(ledger.document().tasks.is_empty());
    /// ```
    #[must_use]
    pub const fn document(&self) -> &Document {
        &self.document
    }

    /// The document model, owned.
    ///
    /// ```
    /// let doc = mubiao::Ledger::parse("").into_document();
    /// assert!(doc.outline.is_empty());
    /// ```
    #[must_use]
    pub fn into_document(self) -> Document {
        self.document
    }

    /// The document model and the source text, owned.
    ///
    /// ```
    /// let (doc, text) = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)").into_parts();
    /// assert_eq!(doc.tasks[0].span.get(&text), Some("1、加强领导。(责任单位:市政府办)"));
    /// ```
    #[must_use]
    pub fn into_parts(self) -> (Document, String) {
        (self.document, self.source)
    }

    /// Header metadata.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("文号 | 平政办〔2013〕11号 |\n");
    /// assert_eq!(ledger.meta().doc_number.as_ref().map(|n| n.value.as_str()), Some("平政办〔2013〕11号"));
    /// ```
    #[must_use]
    pub const fn meta(&self) -> &Meta {
        &self.document.meta
    }

    /// The tasks, in document order.
    ///
    /// ```
    /// assert!(mubiao::Ledger::parse("政府工作报告").tasks().is_empty());
    /// ```
    #[must_use]
    pub fn tasks(&self) -> &[Task] {
        &self.document.tasks
    }

    /// The tasks `unit` leads (牵头单位, or marked `*`), in document order. The name is
    /// compared as written.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse(
    ///     "1.启动新址建设。\n牵头单位:市委党校\n责任单位:市国土资源局\n\
    ///      2.筹建综合楼。\n牵头单位:市国土资源局\n",
    /// );
    /// let led: Vec<_> = ledger.tasks_led_by("市国土资源局").filter_map(|t| t.ordinal).collect();
    /// assert_eq!(led, [2]);
    /// ```
    pub fn tasks_led_by<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = &'a Task> + 'a {
        self.document.tasks.iter().filter(move |t| {
            t.duties
                .iter()
                .any(|d| d.role.is_lead() && d.unit.name == unit)
        })
    }

    /// The tasks `unit` is charged with in any role (lead, responsible, cooperating), in
    /// document order. The name is compared as written.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse(
    ///     "1.启动新址建设。\n牵头单位:市委党校\n责任单位:市国土资源局\n\
    ///      2.筹建综合楼。\n牵头单位:市国土资源局\n",
    /// );
    /// assert_eq!(ledger.tasks_of("市国土资源局").count(), 2);
    /// assert_eq!(ledger.tasks_of("市委党校").count(), 1);
    /// assert_eq!(ledger.tasks_of("市财政局").count(), 0);
    /// ```
    pub fn tasks_of<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = &'a Task> + 'a {
        self.document
            .tasks
            .iter()
            .filter(move |t| t.duties.iter().any(|d| d.unit.name == unit))
    }

    /// Every quantitative statement, in document order: what the document promises and
    /// what it claims. Those inside a task name it in [`Target::task`].
    ///
    /// ```
    /// use mubiao::model::{Comparator, Measure, Status};
    ///
    /// let text = "2013年全区经济社会发展的主要预期目标是:地区生产总值增长12%以上。";
    /// let ledger = mubiao::Ledger::parse(text);
    /// let t = &ledger.targets()[0];
    /// assert_eq!((t.indicator.as_str(), t.measure, t.comparator), ("地区生产总值", Measure::Growth, Comparator::Ge));
    /// assert_eq!(t.value.map(|v| v.to_string()).as_deref(), Some("12"));
    /// assert_eq!((t.status, t.year), (Some(Status::Target), Some(2013)));
    /// ```
    #[must_use]
    pub fn targets(&self) -> &[Target] {
        &self.document.targets
    }

    /// The arithmetic claims among the targets: shares, growth rates and average rates
    /// stated with the levels they come from ([`check::claims`]).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("预计全年完成地区生产总值640亿元,增长12.6%;其中,服务业完成增加值537亿元,增长13%,占GDP的84%。");
    /// let claim = ledger.claims()[0];
    /// assert!(claim.check()?.is_consistent());
    /// # Ok::<(), mubiao::indicator::Error>(())
    /// ```
    #[must_use]
    pub fn claims(&self) -> Vec<Claim<'_>> {
        check::claims(&self.document.targets)
    }

    /// What looked wrong, in document order.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("5、加快发展。(责任单位:市发改委)\n7、扩大开放。(责任单位:市商务局)\n");
    /// assert_eq!(ledger.diagnostics()[0].code, mubiao::model::Code::NumberingGap);
    /// ```
    #[must_use]
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.document.diagnostics
    }

    /// The ledger as compact JSON on one line (contract `mubiao.ledger/1`).
    ///
    /// ```
    /// let json = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)").to_json()?;
    /// assert!(json.starts_with(r#"{"schema":"mubiao.ledger/1","meta":{"#));
    /// assert!(!json.contains('\n'));
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// Only if serialisation itself fails, which the model's types do not cause.
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> Result<String, Error> {
        Ok(serde_json::to_string(&self.document)?)
    }

    /// The ledger as indented JSON, for people (the same document as [`Ledger::to_json`]).
    ///
    /// ```
    /// let json = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)").to_json_pretty()?;
    /// assert!(json.contains("\"schema\": \"mubiao.ledger/1\""));
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// Only if serialisation itself fails, which the model's types do not cause.
    #[cfg(feature = "serde")]
    pub fn to_json_pretty(&self) -> Result<String, Error> {
        Ok(serde_json::to_string_pretty(&self.document)?)
    }

    /// Writes the compact JSON of [`Ledger::to_json`] to `out` as it is made, without
    /// holding the whole text in memory (no newline after it). `out` is written in many
    /// small pieces: give it a buffered writer.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// let mut out = Vec::new();
    /// ledger.to_writer(&mut out)?;
    /// assert_eq!(out, ledger.to_json()?.into_bytes());
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Io`] when writing fails.
    #[cfg(feature = "serde")]
    pub fn to_writer<W: std::io::Write>(&self, out: W) -> Result<(), Error> {
        serde_json::to_writer(out, &self.document).map_err(json_error)
    }

    /// Reads a ledger back from its JSON. The JSON holds no source text, so
    /// [`Ledger::source`] is empty and [`Ledger::text`] finds nothing.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// let back = mubiao::Ledger::from_json(&ledger.to_json()?)?;
    /// assert_eq!(back, ledger);
    /// assert_eq!(back.source(), "");
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Json`] when the text is not a mubiao ledger.
    #[cfg(feature = "serde")]
    pub fn from_json(json: &str) -> Result<Self, Error> {
        Ok(Self {
            document: serde_json::from_str(json)?,
            source: String::new(),
        })
    }

    /// The tasks as a terminal table (number, path, lead, units, start of the task).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// println!("{}", ledger.table());
    /// ```
    #[must_use]
    pub fn table(&self) -> Table<'_> {
        Table::new(&self.document.tasks)
    }

    /// Writes the CSV ledger: one row per task and unit with its role (columns
    /// `number, path, unit, role, lead, text, start, end, task`; `task` is the task's
    /// index in [`Ledger::tasks`], as in the JSON). A task that names no unit has one
    /// row, its unit, role and lead cells empty.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n");
    /// let mut out = Vec::new();
    /// ledger.write_csv(&mut out, mubiao::CsvOptions::default())?;
    /// let csv = String::from_utf8(out).unwrap();
    /// assert_eq!(csv.lines().nth(1), Some("96,,市统计局,lead,1,搞好第三次经济普查。,0,96,0"));
    /// assert_eq!(csv.lines().nth(2), Some("96,,各县(市、区)政府,responsible,0,搞好第三次经济普查。,0,96,0"));
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Csv`] when writing fails.
    pub fn write_csv<W: std::io::Write>(&self, out: W, options: CsvOptions) -> Result<(), Error> {
        crate::csv::write(&self.document.tasks, out, options)
    }

    /// The targets as a terminal table (indicator, measure, comparator, value, unit,
    /// status, year).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。");
    /// let shown = ledger.targets_table().to_string();
    /// assert!(shown.contains("城镇登记失业率") && shown.contains("4.5"));
    /// ```
    #[must_use]
    pub fn targets_table(&self) -> TargetTable<'_> {
        TargetTable::new(&self.document.targets)
    }

    /// Writes the targets as CSV for pandas or a spreadsheet: one row per target,
    /// columns `indicator, normalized, measure, comparator, value, upper, unit,
    /// baseline, status, year, horizon, annual_average, stance, relation, task,
    /// task_number, start, end, statement`. `task` is the index of the task in
    /// [`Ledger::tasks`] (as in the JSON), `task_number` its number; `statement` quotes
    /// the statement from [`Ledger::source`] (empty for a ledger read from JSON).
    ///
    /// ```
    /// let text = "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n";
    /// let ledger = mubiao::Ledger::parse(text);
    /// let mut out = Vec::new();
    /// ledger.write_targets_csv(&mut out, mubiao::CsvOptions::default())?;
    /// let csv = String::from_utf8(out)?;
    /// let row = csv.lines().nth(2).ok_or("two targets")?;
    /// assert!(row.starts_with("城镇登记失业率,城镇登记失业率,level,le,4.5,,%,"));
    /// assert!(row.ends_with(",0,27,31,71,城镇登记失业率控制在4.5%以内"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Csv`] when writing fails.
    pub fn write_targets_csv<W: std::io::Write>(
        &self,
        out: W,
        options: CsvOptions,
    ) -> Result<(), Error> {
        crate::csv::write_targets(
            &self.document.targets,
            &self.document.tasks,
            &self.source,
            out,
            options,
        )
    }

    /// For each unit, in order of first appearance, the tasks it leads and shares.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n");
    /// assert_eq!(ledger.by_unit()[0].unit, "市统计局");
    /// ```
    #[must_use]
    pub fn by_unit(&self) -> Vec<UnitTasks<'_>> {
        by_unit(&self.document.tasks)
    }

    /// The by-unit view as printable text, units with the most tasks first.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// assert_eq!(ledger.by_unit_report().to_string(), "市政府办  shares 1: 1\n");
    /// ```
    #[must_use]
    pub fn by_unit_report(&self) -> ByUnitReport<'_> {
        ByUnitReport {
            units: self.by_unit(),
        }
    }
}

/// A JSON writer's error: I/O stays I/O (a closed pipe is a closed pipe).
#[cfg(feature = "serde")]
fn json_error(e: serde_json::Error) -> Error {
    if e.is_io() {
        Error::Io(e.into())
    } else {
        Error::Json(e)
    }
}
