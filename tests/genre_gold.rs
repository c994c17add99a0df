//! The six real task lists of the genre (`tests/fixtures/genre`), scored against their
//! hand-made answers the way `score.py` scores them: tasks matched by number (a
//! restarted numbering in order of occurrence), then by the opening of their text;
//! units and leads as pairs of (task, unit). Each document must keep the scores it
//! has reached.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::HashMap;

use mubiao::Ledger;
use serde_json::Value;

/// Full-width ASCII forms and the ideographic space, folded to ASCII.
fn fold(s: &str) -> String {
    s.chars().map(mubiao::grammar::text::fold).collect()
}

/// A task as the gold and the ledger both give it.
struct T {
    number: Option<String>,
    text: String,
    path: Vec<String>,
    units: Vec<String>,
    lead: Vec<String>,
}

fn opening(t: &T) -> String {
    fold(&t.text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(6)
        .collect()
}

fn key(t: &T) -> String {
    match &t.number {
        Some(n) if !n.is_empty() => fold(n).trim().to_owned(),
        _ => format!("t:{}", opening(t)),
    }
}

/// (key, how many earlier tasks had it).
fn keyed(tasks: &[T]) -> Vec<(String, usize)> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    tasks
        .iter()
        .map(|t| {
            let k = key(t);
            let n = seen.entry(k.clone()).or_default();
            let out = (k, *n);
            *n += 1;
            out
        })
        .collect()
}

/// Predicted index → gold index, in the scorer's three rounds.
fn matches(gold: &[T], pred: &[T]) -> HashMap<usize, usize> {
    let (gk, pk) = (keyed(gold), keyed(pred));
    let go: Vec<String> = gold.iter().map(opening).collect();
    let po: Vec<String> = pred.iter().map(opening).collect();
    let mut m: HashMap<usize, usize> = HashMap::new();
    let mut used = vec![false; gold.len()];
    let mut round = |same: &dyn Fn(usize, usize) -> bool, m: &mut HashMap<usize, usize>| {
        for j in 0..pred.len() {
            if m.contains_key(&j) {
                continue;
            }
            if let Some(i) = (0..gold.len()).find(|&i| !used[i] && same(i, j)) {
                m.insert(j, i);
                used[i] = true;
            }
        }
    };
    let four = |s: &str| s.chars().take(4).collect::<String>();
    round(
        &|i, j| gk[i].0 == pk[j].0 && four(&go[i]) == four(&po[j]) && !go[i].is_empty(),
        &mut m,
    );
    round(&|i, j| gk[i] == pk[j], &mut m);
    round(&|i, j| !go[i].is_empty() && go[i] == po[j], &mut m);
    m
}

/// A heading label as (style, ordinal): `二、` → `("cn", "2")`, `（一）` → `("cn()", "1")`.
fn label(l: &str) -> (String, String) {
    let s = fold(l);
    let s = s.trim().trim_end_matches(['、', '.']).trim();
    let paren = s.starts_with('(') && s.ends_with(')');
    let core = s.trim_matches(['(', ')']);
    let n = mubiao::grammar::mention::parse_number(core)
        .ok()
        .map_or(core.to_owned(), |n| n.value.to_string());
    let arabic = core.chars().all(|c| c.is_ascii_digit());
    (
        format!(
            "{}{}",
            if arabic { "ar" } else { "cn" },
            if paren { "()" } else { "" }
        ),
        n,
    )
}

fn name(u: &str) -> String {
    fold(u.trim()).trim_end_matches('*').to_owned()
}

/// Pairs of (task, unit) both sides agree on, counted as multisets.
fn agreed(gold: &[(usize, String)], pred: &[(usize, String)]) -> usize {
    let mut count: HashMap<&(usize, String), isize> = HashMap::new();
    for g in gold {
        *count.entry(g).or_default() += 1;
    }
    pred.iter()
        .filter(|p| {
            let c = count.entry(p).or_default();
            *c -= 1;
            *c >= 0
        })
        .count()
}

fn f1(tp: usize, npred: usize, ngold: usize) -> f64 {
    let p = if npred == 0 {
        f64::from(u8::from(ngold == 0))
    } else {
        tp as f64 / npred as f64
    };
    let r = if ngold == 0 {
        1.0
    } else {
        tp as f64 / ngold as f64
    };
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The scores of one document: tasks found (precision, recall), paths right, units
/// F1, lead F1.
fn score(file: &str, gold_file: &str) -> [f64; 5] {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/genre/");
    let bytes = std::fs::read(format!("{dir}{file}")).unwrap();
    let ledger = Ledger::from_bytes(&bytes).unwrap();
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}{gold_file}")).unwrap())
            .unwrap();
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let gold: Vec<T> = gold["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| T {
            number: t["number"].as_str().map(str::to_owned),
            text: t["text_prefix"].as_str().unwrap_or_default().to_owned(),
            path: strings(&t["path"]),
            units: strings(&t["responsible"]),
            lead: strings(&t["lead"]),
        })
        .collect();
    let pred: Vec<T> = ledger
        .tasks()
        .iter()
        .map(|t| T {
            number: t.number(),
            text: t.text.clone(),
            path: t.path.clone(),
            units: t.units().into_iter().map(str::to_owned).collect(),
            lead: t.lead().map(str::to_owned).collect(),
        })
        .collect();
    let m = matches(&gold, &pred);
    let paths = m
        .iter()
        .filter(|&(&j, &i)| {
            gold[i]
                .path
                .iter()
                .map(|l| label(l))
                .eq(pred[j].path.iter().map(|l| label(l)))
        })
        .count();
    let id = |j: usize| m.get(&j).copied().unwrap_or(usize::MAX - j);
    let gold_units: Vec<(usize, String)> = gold
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            let mut names: Vec<String> = Vec::new();
            for u in t.units.iter().chain(&t.lead).map(|u| name(u)) {
                if !names.contains(&u) {
                    names.push(u);
                }
            }
            names.into_iter().map(move |u| (i, u))
        })
        .collect();
    let gold_lead: Vec<(usize, String)> = gold
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.lead.iter().map(move |u| (i, name(u))))
        .collect();
    let pred_units: Vec<(usize, String)> = pred
        .iter()
        .enumerate()
        .flat_map(|(j, t)| t.units.iter().map(move |u| (id(j), name(u))))
        .collect();
    let pred_lead: Vec<(usize, String)> = pred
        .iter()
        .enumerate()
        .flat_map(|(j, t)| t.lead.iter().map(move |u| (id(j), name(u))))
        .collect();
    [
        m.len() as f64 / pred.len().max(1) as f64,
        m.len() as f64 / gold.len().max(1) as f64,
        paths as f64 / gold.len().max(1) as f64,
        f1(
            agreed(&gold_units, &pred_units),
            pred_units.len(),
            gold_units.len(),
        ),
        f1(
            agreed(&gold_lead, &pred_lead),
            pred_lead.len(),
            gold_lead.len(),
        ),
    ]
}

/// Each document, and the scores it must keep: tasks P, tasks R, path, units F1,
/// lead F1.
const DOCUMENTS: &[(&str, &str, [f64; 5])] = &[
    (
        "01_zhejiang-prov-2025-ai-measures.txt",
        "01.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "03_zhejiang-digital-office-2025-industry-datasets-plan.txt",
        "03.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "07_wenzhou-city-2026-ai-workplan-task-table.txt",
        "07.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "08_huzhou-city-2026-ai-workplan-task-table.txt",
        "08.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "24_state-council-2019-bonded-zones-opinions.txt",
        "24.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
    (
        "26_state-council-office-2018-innovation-reforms-table.txt",
        "26.gold.json",
        [1.0, 1.0, 1.0, 1.0, 1.0],
    ),
];

#[test]
fn every_document_keeps_its_scores() {
    let mut failed = Vec::new();
    for (file, gold, floor) in DOCUMENTS {
        let got = score(file, gold);
        println!(
            "{file}: tasks P {:.3} R {:.3}  path {:.3}  units F1 {:.3}  lead F1 {:.3}",
            got[0], got[1], got[2], got[3], got[4]
        );
        if got.iter().zip(floor).any(|(g, f)| g + 1e-9 < *f) {
            failed.push(format!("{file}: {got:?} below {floor:?}"));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}
