//! Cross-document merging: do documents that report a common event end up sharing a
//! merged event (or linked as copies), and only those?
//!
//! The gold file is JSONL, one real-world event per line:
//! `{"event": "<slug>", "description": "…", "documents": ["<id>", …]}`; a document
//! may report several events. The documents themselves are `documents.jsonl` beside
//! it, in the input format of `tidings ingest`. Every document is ingested into a
//! fresh in-memory store (exact duplicates skipped, near-duplicates linked as copies,
//! the rest extracted and stored), the merged tables are computed, and pairs of
//! documents are scored:
//!
//! - predicted: the two documents are sources of one merged event, or one is a copy
//!   of the other (or both copies of one original);
//! - gold: the two documents are listed together under one gold event.
//!
//! Pairwise precision, recall and F1 are reported over all pairs, and separately over
//! pairs of independently written documents (neither is a derived copy, i.e. an id
//! containing `--copy`). The whole run is repeated in three ingest orders (as given,
//! reversed, by sha256); the report says whether the merged events are identical.
//! The given order is run once more with the merged tables refreshed after every
//! document (the store's incremental refresh), and compared with one refresh.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use tidings_model::Extraction;
use tidings_pipeline::{Input, Pipeline};
use tidings_store::{EventFilter, Store, Stored};

use crate::score::Counts;
use crate::Report;

#[derive(Debug, Deserialize)]
struct GoldEvent {
    event: String,
    #[serde(default)]
    #[allow(dead_code)]
    description: String,
    documents: Vec<String>,
}

/// What one ingest order produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The merged events as JSON, in store order.
    pub merged_json: String,
    pub pairs: BTreeSet<(String, String)>,
    pub merged: usize,
    pub multi_source: usize,
    pub copies: usize,
    /// Documents the store refused (id and error), which take part in no pair.
    pub failed: Vec<String>,
}

/// Ingests `inputs` in the given order into a fresh store and merges. `cache` holds
/// extractions by sha256 (extraction does not depend on order; merging must not).
/// `refresh_each`: also bring the merged tables up to date after every document (the
/// store's incremental refresh), as a server does, instead of once at the end.
pub fn ingest_and_merge(
    pipeline: &Pipeline,
    inputs: &[&Input],
    cache: &mut HashMap<String, Extraction>,
    refresh_each: bool,
) -> Result<Outcome> {
    let mut store = Store::open_in_memory()?;
    let mut failed = Vec::new();
    for input in inputs {
        if refresh_each {
            store.refresh_merged()?;
        }
        let (document, _) = input.document();
        if store.document_id_by_sha256(&document.sha256)?.is_some() {
            continue;
        }
        if let Some(original) = store.copy_of(&document)? {
            store.insert_copy(&document, &original)?;
            continue;
        }
        let ex = cache.entry(document.sha256.clone()).or_insert_with(|| pipeline.extract(input));
        match store.insert(ex) {
            Ok(Stored::New { .. } | Stored::Duplicate { .. } | Stored::Copy { .. }) => {}
            // As `tidings ingest` does: the document is reported and the rest goes on.
            Err(e) => failed.push(format!("{}: {e}", document.id)),
        }
    }
    failed.sort();
    store.refresh_merged()?;
    let merged = store.merged_events(&EventFilter::default())?;
    let mut pairs = tidings_merge::events::document_pairs(&merged);
    let copies = store.copies()?;
    let mut family: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (copy, original) in &copies {
        let f = family.entry(original.clone()).or_insert_with(|| BTreeSet::from([original.clone()]));
        f.insert(copy.clone());
    }
    for docs in family.values() {
        let docs: Vec<&String> = docs.iter().collect();
        for (i, a) in docs.iter().enumerate() {
            for b in &docs[i + 1..] {
                pairs.insert(((*a).clone(), (*b).clone()));
            }
        }
    }
    Ok(Outcome {
        merged_json: serde_json::to_string(&merged)?,
        pairs,
        merged: merged.len(),
        multi_source: merged.iter().filter(|m| m.sources.len() > 1).count(),
        copies: copies.len(),
        failed,
    })
}

/// Reads the documents beside the gold file.
pub fn read_documents(gold: &Path) -> Result<Vec<Input>> {
    let path = gold.with_file_name("documents.jsonl");
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), n + 1)))
        .collect()
}

/// The three ingest orders: as given, reversed, by sha256 of the text.
pub fn orders(inputs: &[Input]) -> [Vec<&Input>; 3] {
    let given: Vec<&Input> = inputs.iter().collect();
    let reversed: Vec<&Input> = inputs.iter().rev().collect();
    let mut by_hash: Vec<(String, &Input)> = inputs.iter().map(|i| (i.sha256(), i)).collect();
    by_hash.sort_by(|a, b| a.0.cmp(&b.0));
    [given, reversed, by_hash.into_iter().map(|(_, i)| i).collect()]
}

pub fn run(gold: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let events: Vec<GoldEvent> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).with_context(|| format!("{}:{}", gold.display(), n + 1)))
        .collect::<Result<_>>()?;
    let inputs = read_documents(gold)?;
    let ids: BTreeSet<String> = inputs.iter().filter_map(|i| i.id.clone()).collect();
    if ids.len() != inputs.len() {
        bail!("every document in documents.jsonl needs a unique id");
    }
    let mut gold_pairs: BTreeSet<(String, String)> = BTreeSet::new();
    for e in &events {
        for d in &e.documents {
            if !ids.contains(d) {
                bail!("gold event {:?} names document {d:?}, which documents.jsonl lacks", e.event);
            }
        }
        let mut docs = e.documents.clone();
        docs.sort();
        docs.dedup();
        for (i, a) in docs.iter().enumerate() {
            for b in &docs[i + 1..] {
                gold_pairs.insert((a.clone(), b.clone()));
            }
        }
    }

    let pipeline = Pipeline::bundled().with_events_model(Some(crate::events::events_model()?));
    let mut cache = HashMap::new();
    let outcomes: Vec<Outcome> = orders(&inputs)
        .iter()
        .map(|order| ingest_and_merge(&pipeline, order, &mut cache, false))
        .collect::<Result<_>>()?;
    let identical = outcomes.iter().all(|o| o == &outcomes[0]);
    let first = &outcomes[0];
    // Refreshed after every document: the same document pairs? And how many merged
    // events differ in any field (an identity keeps the id it was first given).
    let each = ingest_and_merge(&pipeline, &orders(&inputs)[0], &mut cache, true)?;
    let merged_set = |o: &Outcome| -> Result<BTreeSet<String>> {
        let list: Vec<serde_json::Value> = serde_json::from_str(&o.merged_json)?;
        Ok(list.iter().map(|v| v.to_string()).collect())
    };
    let differ = merged_set(first)?.difference(&merged_set(&each)?).count();

    let derived = |d: &str| d.contains("--copy");
    let score = |keep: &dyn Fn(&(String, String)) -> bool| Counts {
        tp: first.pairs.iter().filter(|p| keep(p) && gold_pairs.contains(*p)).count(),
        fp: first.pairs.iter().filter(|p| keep(p) && !gold_pairs.contains(*p)).count(),
        fn_: gold_pairs.iter().filter(|p| keep(p) && !first.pairs.contains(*p)).count(),
    };
    let all = score(&|_| true);
    let independent = score(&|p| !derived(&p.0) && !derived(&p.1));
    let copies = score(&|p| derived(&p.0) || derived(&p.1));

    let mut notes = vec![
        format!(
            "{} documents ({} derived copies), {} gold events with {} document pairs",
            inputs.len(),
            ids.iter().filter(|d| derived(d)).count(),
            events.len(),
            gold_pairs.len()
        ),
        format!(
            "{} merged events ({} with several sources), {} documents linked as copies",
            first.merged, first.multi_source, first.copies
        ),
        format!(
            "3 ingest orders (given, reversed, by sha256): merged events {}",
            if identical { "identical" } else { "DIFFER" }
        ),
        format!(
            "refreshed after every document (incremental), given order: document pairs {}; {differ} of {} merged events differ in a field",
            if each.pairs == first.pairs && each.copies == first.copies { "identical" } else { "DIFFER" },
            first.merged
        ),
    ];
    for f in &first.failed {
        notes.push(format!("not stored: {f}"));
    }
    for (a, b) in gold_pairs.difference(&first.pairs) {
        notes.push(format!("missed: {a} ~ {b}"));
    }
    for (a, b) in first.pairs.difference(&gold_pairs) {
        notes.push(format!("wrong:  {a} ~ {b}"));
    }
    Ok(Report {
        title: format!("Cross-document merging, document pairs ({})", gold.display()),
        columns: ["precision", "recall", "f1", "gold pairs"].map(String::from).to_vec(),
        rows: vec![
            ("all pairs".to_string(), all.row()),
            ("independent articles".to_string(), independent.row()),
            ("with a derived copy".to_string(), copies.row()),
        ],
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed gold set: identical merged events in three ingest orders, every
    /// derived copy linked, precision of at least 0.9 and recall of at least 0.89 (issue 8's target is 0.9).
    #[test]
    fn the_gold_set_merges_the_same_in_any_order() {
        let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/merge/groups.jsonl");
        let report = run(&gold).unwrap();
        println!("{report}");
        assert!(report.notes.iter().any(|n| n.ends_with("merged events identical")), "{report}");
        assert!(
            report.notes.iter().any(|n| n.contains("(incremental), given order: document pairs identical")),
            "{report}"
        );
        assert!(report.notes.iter().any(|n| n.contains(" 6 documents linked as copies")), "{report}");
        let all = &report.rows[0].1;
        assert!(all[0] >= 0.9, "pairwise precision {} < 0.9\n{report}", all[0]);
        // Measured 0.932 on 2026-12-05 morning, 0.898 after that day's coder, NER and
        // places changes, 0.780 after the late-evening merge (a definite retelling's
        // date from elsewhere in its sentence dated one Boston report 2010), 0.898 again
        // once such a date no longer dates the incident. The floor sits just under the
        // measured value so any further loss fails.
        assert!(all[1] >= 0.89, "pairwise recall {} < 0.89\n{report}", all[1]);
    }
}
