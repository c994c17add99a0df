//! The second pass: tasks, their lead rules, the outline, diagnostics.

use mubiao_model::{Document, MarkerStyle, Role, Section, Span, Task};

use super::reader::Reader;
use super::{Item, Paragraph};
use crate::duty::DutyBlock;
use crate::lexicon::LeadRule;
use crate::text::{class, is_sentence_end, trim};

pub(super) struct Assembly<'a> {
    r: Reader<'a>,
    is_task: Vec<bool>,
    /// Item tasks whose numbers restart under each heading: they are told apart by
    /// their place, so their label goes into the path and they carry no number.
    restarted: Vec<bool>,
}

impl<'a> Assembly<'a> {
    pub(super) fn new(r: Reader<'a>) -> Self {
        let is_task = vec![false; r.items.len()];
        let restarted = vec![false; r.items.len()];
        Self {
            r,
            is_task,
            restarted,
        }
    }

    pub(super) fn build(mut self) -> Document {
        self.choose_tasks();
        self.mark_restarts();
        self.move_duties_to_tasks();
        let mut tasks: Vec<Task> = Vec::with_capacity(self.r.items.len() + self.r.paragraphs.len());
        for i in 0..self.r.items.len() {
            if self.is_task(i)
                && let Some(t) = self.item_task(i)
            {
                tasks.push(t);
            }
        }
        for p in 0..self.r.paragraphs.len() {
            if let Some(t) = self.paragraph_task(p) {
                tasks.push(t);
            }
        }
        // starts are unique (tasks never overlap): an in-place sort needs no buffer
        tasks.sort_unstable_by_key(|t| t.span.start);
        tasks.shrink_to_fit();
        // tasks never overlap: one that would reach into the next ends where it begins
        let starts: Vec<usize> = tasks.iter().skip(1).map(|t| t.span.start).collect();
        for (task, next) in tasks.iter_mut().zip(starts) {
            if task.span.end > next {
                self.cut(task, next);
            }
        }
        self.apply_rules(&mut tasks);
        let outline = self.outline();
        let Reader {
            meta,
            mut diagnostics,
            references,
            ..
        } = self.r;
        if !diagnostics.is_sorted_by_key(|d| d.span.start) {
            diagnostics.sort_by_key(|d| d.span.start);
        }
        let mut doc = Document::default();
        doc.meta = meta;
        doc.outline = outline;
        doc.tasks = tasks;
        doc.references = references;
        doc.diagnostics = diagnostics;
        doc
    }

    /// Tasks are the items of the style whose items carry duties, over the run of
    /// items that carry them; without duties anywhere, the items of the deepest style
    /// that are not headings.
    fn choose_tasks(&mut self) {
        let items = &self.r.items;
        let mut counts: Vec<(MarkerStyle, usize)> = Vec::new();
        for it in items.iter().filter(|it| has_units(&it.blocks)) {
            match counts.iter_mut().find(|(s, _)| *s == it.style) {
                Some((_, n)) => *n += 1,
                None => counts.push((it.style, 1)),
            }
        }
        let dominant = counts.iter().max_by_key(|(_, n)| *n).map(|(s, _)| *s);
        let paragraphs_carry = self.r.paragraphs.iter().any(|p| has_units(&p.blocks));
        let Some(style) = dominant else {
            if paragraphs_carry {
                return;
            }
            // no duties: the deepest numbered items that are not headings
            let deepest = items
                .iter()
                .filter(|it| it.style != MarkerStyle::Dash)
                .map(|it| it.level)
                .max();
            let mut has_children = vec![false; items.len()];
            for p in items.iter().filter_map(|it| it.parent) {
                if let Some(h) = has_children.get_mut(p) {
                    *h = true;
                }
            }
            for (i, it) in items.iter().enumerate() {
                let leaf = !has_children.get(i).copied().unwrap_or(false);
                if Some(it.level) == deepest
                    && leaf
                    && it.style != MarkerStyle::Dash
                    && let Some(t) = self.is_task.get_mut(i)
                {
                    *t = true;
                }
            }
            return;
        };
        let run: Vec<usize> = (0..items.len())
            .filter(|&i| items.get(i).is_some_and(|it| it.style == style))
            .collect();
        let with = |k: &usize| {
            run.get(*k)
                .and_then(|&i| items.get(i))
                .is_some_and(|it| has_units(&it.blocks))
        };
        let first = (0..run.len()).find(|k| with(k));
        let last = (0..run.len()).rev().find(|k| with(k));
        let (Some(mut lo), Some(mut hi)) = (first, last) else {
            return;
        };
        let ord = |k: usize| run.get(k).and_then(|&i| items.get(i)).map(|it| it.ordinal);
        while lo > 0 && ord(lo - 1).is_some_and(|o| Some(o + 1) == ord(lo)) {
            lo -= 1;
        }
        while hi + 1 < run.len() && ord(hi + 1).is_some_and(|o| ord(hi).map(|h| h + 1) == Some(o)) {
            hi += 1;
        }
        for k in lo..=hi {
            if let Some(&i) = run.get(k)
                && let Some(t) = self.is_task.get_mut(i)
            {
                *t = true;
            }
        }
        // items of other styles that carry duties become tasks too: those that hold no
        // task, and those that hold tasks and assign units of their own (`(2)优化营商
        // 环境。X牵头,Y配合` over `①…` `②…`), which end where their first item begins
        for i in 0..items.len() {
            let Some(it) = items.get(i) else { continue };
            if it.style == style || !has_units(&it.blocks) || self.has_task_ancestor(i) {
                continue;
            }
            if let Some(t) = self.is_task.get_mut(i) {
                *t = true;
            }
        }
    }

    /// Item tasks of one style whose numbers start again under another heading of
    /// the same part of the document (`二、` (一)…(八), `三、` (一)…(四)): each part
    /// between stops (an annex, a signature) is looked at on its own, so an annex
    /// that numbers its tasks from 1 again keeps its numbers.
    fn mark_restarts(&mut self) {
        let items = &self.r.items;
        let stops = &self.r.stops;
        let part = |start: usize| stops.partition_point(|&s| s <= start);
        // (style, part, ordinal) of every item task, sorted: a repeat stands next to
        // its twin
        let mut keys: Vec<(MarkerStyle, usize, u32)> = items
            .iter()
            .enumerate()
            .filter(|&(i, it)| self.is_task(i) && it.style != MarkerStyle::Dash)
            .map(|(_, it)| (it.style, part(it.start), it.ordinal))
            .collect();
        keys.sort_unstable();
        let mut repeated: Vec<(MarkerStyle, usize)> = keys
            .windows(2)
            .filter(|w| w.first() == w.get(1))
            .filter_map(|w| w.first().map(|&(s, p, _)| (s, p)))
            .collect();
        repeated.dedup();
        if repeated.is_empty() {
            return;
        }
        for (i, it) in items.iter().enumerate() {
            if self.is_task(i)
                && repeated.contains(&(it.style, part(it.start)))
                && let Some(r) = self.restarted.get_mut(i)
            {
                *r = true;
            }
        }
    }

    /// `item` and its ancestors, innermost first (at most 64: the outline is never
    /// deeper).
    fn ancestors(&self, item: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(item, |&i| self.r.items.get(i).and_then(|it| it.parent)).take(64)
    }

    fn has_task_ancestor(&self, i: usize) -> bool {
        let parent = self.r.items.get(i).and_then(|it| it.parent);
        self.ancestors(parent).any(|j| self.is_task(j))
    }

    fn is_task(&self, i: usize) -> bool {
        self.is_task.get(i).copied().unwrap_or(false)
    }

    /// Duties found on items below a task belong to the task.
    fn move_duties_to_tasks(&mut self) {
        for i in 0..self.r.items.len() {
            if self.is_task(i) {
                continue;
            }
            let parent = self.r.items.get(i).and_then(|it| it.parent);
            let Some(j) = self.ancestors(parent).find(|&j| self.is_task(j)) else {
                continue;
            };
            let moved = self
                .r
                .items
                .get_mut(i)
                .map(|it| std::mem::take(&mut it.blocks))
                .unwrap_or_default();
            if let Some(task) = self.r.items.get_mut(j) {
                task.blocks.extend(moved);
            }
        }
    }

    /// The end of an item with its children: the next item at its level or above, or
    /// the next stop, whichever comes first; trailing blank text excluded.
    fn extent_end(&self, i: usize) -> usize {
        let Some(it) = self.r.items.get(i) else {
            return 0;
        };
        let next_item = self
            .r
            .items
            .iter()
            .skip(i + 1)
            .find(|n| n.level <= it.level)
            .map_or(self.r.text.len(), |n| n.start);
        // stops are recorded in order
        let k = self.r.stops.partition_point(|&s| s <= it.start);
        let next_stop = self.r.stops.get(k).copied().unwrap_or(usize::MAX);
        // a paragraph that carries duties is a task of its own: the extent ends there
        let p = self.r.paragraphs.partition_point(|p| p.start <= it.start);
        let next_paragraph = self.r.paragraphs.get(p).map_or(usize::MAX, |p| p.start);
        let mut end = next_item.min(next_stop).min(next_paragraph);
        // the last line of content inside, not the blank lines or chrome after it
        let own_last = self
            .r
            .items
            .iter()
            .skip(i)
            .take_while(|n| n.start < end)
            .map(|n| {
                n.own_end
                    .max(n.blocks.iter().map(|b| b.span.end).max().unwrap_or(0))
            })
            .max()
            .unwrap_or(it.own_end);
        end = end.min(own_last.max(it.title_end));
        end
    }

    fn item_task(&mut self, i: usize) -> Option<Task> {
        let extent = self.extent_end(i);
        let item = self.r.items.get(i)?;
        let restarted = self.restarted.get(i).copied().unwrap_or(false);
        let mut path = self.path(item.parent);
        let label = self.label(item).to_owned();
        if restarted {
            path.push(label.clone());
        }
        let it = self.r.items.get_mut(i)?;
        let blocks = std::mem::take(&mut it.blocks);
        // the furthest block, in whichever order the blocks were collected
        let end = blocks.iter().map(|b| b.span.end).max().unwrap_or(extent);
        let text_end = blocks.first().map_or(end, |b| b.span.start).max(it.body);
        let (start, body, style, ordinal) = (it.start, it.body, it.style, it.ordinal);
        let mut task = self.task(start, end, body, text_end, blocks);
        task.ordinal = Some(ordinal).filter(|_| style != MarkerStyle::Dash && !restarted);
        task.label = Some(label);
        task.style = Some(style);
        task.path = path;
        Some(task)
    }

    fn paragraph_task(&mut self, p: usize) -> Option<Task> {
        let para = self.r.paragraphs.get(p)?;
        if !has_units(&para.blocks) && para.row.is_none() {
            return None;
        }
        let parent = self
            .ancestors(para.within)
            .find(|&i| !self.is_task(i) && !self.has_task_ancestor(i));
        let path = self.path(parent);
        let para = self.r.paragraphs.get_mut(p)?;
        let blocks = std::mem::take(&mut para.blocks);
        let Paragraph {
            start,
            end,
            text_end,
            row,
            ..
        } = *para;
        let text_end = text_end
            .or_else(|| blocks.first().map(|b| b.span.start))
            .unwrap_or(end)
            .max(start);
        // a row of a table runs to its last cell (the deadline is after the units)
        let end = match row {
            Some(_) => end,
            None => blocks.iter().map(|b| b.span.end).max().unwrap_or(end),
        };
        let cell = std::mem::take(&mut para.cell);
        let mut task = self.task(start, end, start, text_end, blocks);
        if let (Some(first), Some(last)) = (cell.first(), cell.last()) {
            // a cell of a table is its pieces put together
            task.text = cell
                .iter()
                .filter_map(|p| self.r.text.get(p.range()))
                .map(|t| trim(t).0)
                .collect();
            task.text_span = Span::new(first.start, last.end.max(first.start));
        }
        if let Some(Some((n, label))) = row {
            task.ordinal = Some(n);
            task.label = self.r.text.get(label.range()).map(str::to_owned);
            task.span.start = task.span.start.min(label.start);
        }
        task.path = path;
        Some(task)
    }

    /// A task from `start` to `end` whose text runs from `text_start` to `text_end`,
    /// owning the duties and references of its blocks.
    fn task(
        &self,
        start: usize,
        end: usize,
        text_start: usize,
        text_end: usize,
        blocks: Vec<DutyBlock>,
    ) -> Task {
        let (text, text_span) = self.text_of(text_start, text_end);
        let mut task = Task::new(Span::new(start, end.max(start)), text, text_span);
        for b in blocks {
            if task.duties.is_empty() {
                task.duties = b.duties;
            } else {
                task.duties.extend(b.duties);
            }
            task.references.extend(b.references);
        }
        // a ledger of a large corpus keeps every task: no spare capacity
        task.duties.shrink_to_fit();
        task
    }

    /// The text from `start` to `end`, trimmed, without the page chrome inside it;
    /// its lines joined by `\n`, or joined directly in a converted PDF whose lines
    /// wrap inside sentences. Also the span it was read from.
    fn text_of(&self, start: usize, end: usize) -> (String, Span) {
        let raw = self.r.text.get(start..end.max(start)).unwrap_or_default();
        let is_blank = |c: char| class(c).is_space() || c == '\n' || c == '\u{0C}';
        let body = raw.trim_matches(is_blank);
        let front = raw.len() - raw.trim_start_matches(is_blank).len();
        let s = start + front;
        let span = Span::new(s, s + body.len());
        let chrome = &self.r.chrome;
        let k = chrome.partition_point(|c| c.end <= span.start);
        let has_chrome = chrome.get(k).is_some_and(|c| c.start < span.end);
        if !has_chrome && !self.r.wrapped {
            return (body.to_owned(), span);
        }
        let mut out = String::with_capacity(body.len());
        let mut at = span.start;
        for line in body.split('\n') {
            let line_span = Span::new(at, at + line.len());
            at += line.len() + 1;
            if chrome.get(k..).unwrap_or_default().iter().any(|c| {
                c.start >= line_span.start && c.end <= line_span.end + 1 && c.start < line_span.end
            }) {
                continue;
            }
            let (t, _) = trim(line.trim_matches('\u{0C}'));
            let t = t.trim_matches('\u{0C}');
            if t.is_empty() {
                continue;
            }
            if !out.is_empty() && !self.r.wrapped {
                out.push('\n');
            }
            out.push_str(t);
        }
        (out, span)
    }

    /// Ends `task` at `at`, with its text and what it names.
    fn cut(&self, task: &mut Task, at: usize) {
        let at = at.max(task.span.start);
        task.span.end = at;
        let start = task.text_span.start.min(at);
        let (text, span) = self.text_of(start, task.text_span.end.min(at));
        task.text_span = span;
        task.text = text;
        task.duties.retain(|d| d.unit.span.end <= at);
        task.references.retain(|r| r.span.end <= at);
    }

    /// The lead rules the text states, applied: a task none of whose units is marked
    /// as its lead takes the first unit of its list as the lead, where a rule reaches
    /// it (the whole document for a rule stated before any task's duties; otherwise
    /// the task that states it, and with `下同` the tasks after it).
    fn apply_rules(&self, tasks: &mut [Task]) {
        let rules = &self.r.rules;
        if rules.is_empty() {
            return;
        }
        for task in tasks.iter_mut() {
            let reached = rules.iter().any(|r| {
                r.stated.rule == LeadRule::FirstListed
                    && (r.whole_document
                        || task.span.contains(r.stated.span)
                        || (r.stated.henceforth && r.stated.span.start < task.span.start))
            });
            if !reached || task.duties.iter().any(|d| d.role.is_lead()) {
                continue;
            }
            if let Some(first) = task.duties.first_mut()
                && first.role == Role::Responsible
            {
                first.role = Role::Lead;
            }
        }
    }

    /// Labels of `parent` and its ancestors, outermost first.
    fn path(&self, parent: Option<usize>) -> Vec<String> {
        let depth = parent
            .and_then(|p| self.r.items.get(p))
            .map_or(0, |it| usize::from(it.level));
        let mut path = Vec::with_capacity(depth + 1);
        path.extend(
            self.ancestors(parent)
                .filter_map(|j| self.r.items.get(j))
                .map(|it| self.label(it).to_owned()),
        );
        path.reverse();
        path
    }

    /// An item's marker as written, without its delimiter.
    fn label(&self, it: &Item) -> &'a str {
        self.r.text.get(it.label.range()).unwrap_or_default()
    }

    /// Items that are neither tasks nor inside one, as a tree (built with a stack).
    fn outline(&self) -> Vec<Section> {
        let mut roots: Vec<Section> = Vec::new();
        let mut stack: Vec<Section> = Vec::new();
        for (i, it) in self.r.items.iter().enumerate() {
            if self.is_task(i) || self.has_task_ancestor(i) {
                continue;
            }
            while stack.last().is_some_and(|s| s.level >= it.level) {
                close(&mut stack, &mut roots);
            }
            let title = self.r.text.get(it.body..it.title_end).unwrap_or_default();
            let (title, _) = trim(title.trim_end_matches(is_sentence_end));
            stack.push(Section::new(
                it.level,
                self.label(it),
                it.style,
                it.ordinal,
                title,
                Span::new(it.start, it.title_end.max(it.start)),
            ));
        }
        while !stack.is_empty() {
            close(&mut stack, &mut roots);
        }
        roots
    }
}

/// Pops the innermost open section into its parent (or the roots).
fn close(stack: &mut Vec<Section>, roots: &mut Vec<Section>) {
    if let Some(done) = stack.pop() {
        match stack.last_mut() {
            Some(parent) => parent.children.push(done),
            None => roots.push(done),
        }
    }
}

fn has_units(blocks: &[DutyBlock]) -> bool {
    blocks.iter().any(DutyBlock::names_anything)
}
