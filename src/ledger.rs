//! The ledger pipeline: text in, a typed ledger out.

use mubiao_model::{Diagnostic, Document, Meta, Target, Task};

use crate::by_unit::{ByUnitReport, UnitTasks, by_unit};
use crate::check::{self, Claim};
use crate::table::Table;
use crate::target_table::TargetTable;
use crate::{CsvOptions, Error, decode};

/// The ledger of one document: metadata, outline, tasks with their units, targets and
/// diagnostics, every item with its span in the parsed text.
///
/// ```
/// use mubiao::Ledger;
///
/// let text = "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n";
/// let ledger = Ledger::parse(text);
/// let task = &ledger.tasks()[0];
/// assert_eq!(task.number().as_deref(), Some("27"));
/// assert_eq!(task.units(), ["市人社局"]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Ledger {
    document: Document,
}

impl Ledger {
    /// Reads a document from text: structure, targets, and the checks of the report's
    /// own arithmetic as diagnostics ([`check`](crate::check)).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n");
    /// assert_eq!(ledger.tasks()[0].lead().collect::<Vec<_>>(), ["市统计局"]);
    /// ```
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let mut document = mubiao_grammar::parse_document(text);
        let checked = check::diagnostics(&document.targets);
        if !checked.is_empty() {
            document.diagnostics.extend(checked);
            // in document order; a stable sort keeps the order of diagnostics at one place
            document.diagnostics.sort_by_key(|d| d.span.start);
        }
        Self { document }
    }

    /// Reads a document from bytes in any encoding [`decode`] reads. Spans refer to
    /// the decoded text (`decode(bytes)?.text`).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::from_bytes("1、加强领导。(责任单位:市政府办)".as_bytes())?;
    /// assert_eq!(ledger.tasks().len(), 1);
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Encoding`] when the bytes are not text.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
        Ok(Self::parse(&decode(bytes)?.text))
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

    /// The ledger as JSON (contract `mubiao.ledger/1`), pretty-printed.
    ///
    /// ```
    /// let json = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)").to_json()?;
    /// assert!(json.contains("\"schema\": \"mubiao.ledger/1\""));
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// Only if serialisation itself fails, which the model's types do not cause.
    #[cfg(feature = "serde")]
    pub fn to_json(&self) -> Result<String, Error> {
        Ok(serde_json::to_string_pretty(&self.document)?)
    }

    /// Reads a ledger back from its JSON.
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("1、加强领导。(责任单位:市政府办)");
    /// assert_eq!(mubiao::Ledger::from_json(&ledger.to_json()?)?, ledger);
    /// # Ok::<(), mubiao::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Json`] when the text is not a mubiao ledger.
    #[cfg(feature = "serde")]
    pub fn from_json(json: &str) -> Result<Self, Error> {
        Ok(Self {
            document: serde_json::from_str(json)?,
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
    /// `number, path, unit, role, lead, text, start, end`).
    ///
    /// ```
    /// let ledger = mubiao::Ledger::parse("96.搞好第三次经济普查。\n牵头单位:市统计局\n责任单位:各县(市、区)政府\n");
    /// let mut out = Vec::new();
    /// ledger.write_csv(&mut out, mubiao::CsvOptions::default())?;
    /// let csv = String::from_utf8(out).unwrap();
    /// assert_eq!(csv.lines().nth(1), Some("96,,市统计局,lead,1,搞好第三次经济普查。,0,96"));
    /// assert_eq!(csv.lines().nth(2), Some("96,,各县(市、区)政府,responsible,0,搞好第三次经济普查。,0,96"));
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
    /// baseline, status, year, horizon, annual_average, stance, relation, task, start,
    /// end, statement`. `source` is the text the ledger was parsed from; the
    /// `statement` column quotes it (pass `""` to leave that column empty).
    ///
    /// ```
    /// let text = "27、城镇新增就业2万人,城镇登记失业率控制在4.5%以内。(责任单位:市人社局)\n";
    /// let ledger = mubiao::Ledger::parse(text);
    /// let mut out = Vec::new();
    /// ledger.write_targets_csv(text, &mut out, mubiao::CsvOptions::default())?;
    /// let csv = String::from_utf8(out)?;
    /// let row = csv.lines().nth(2).ok_or("two targets")?;
    /// assert!(row.starts_with("城镇登记失业率,城镇登记失业率,level,le,4.5,,%,"));
    /// assert!(row.ends_with(",27,31,71,城镇登记失业率控制在4.5%以内"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::Csv`] when writing fails.
    pub fn write_targets_csv<W: std::io::Write>(
        &self,
        source: &str,
        out: W,
        options: CsvOptions,
    ) -> Result<(), Error> {
        crate::csv::write_targets(
            &self.document.targets,
            &self.document.tasks,
            source,
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
