//! `tidings ingest`: documents in, stored once each, their events printed.

use std::collections::HashSet;
use std::io::{self, BufWriter, Write};

use anyhow::{Context, Result};
use tidings_pipeline::input::{self, Item};
use tidings_pipeline::{Input, Pipeline};
use tidings_store::{EventFilter, Store, Stored};

use crate::progress::Progress;
use crate::{table, IngestArgs, Outcome};

/// What happened to one document.
enum Ingested {
    /// Extracted and stored under this id.
    New(String),
    /// Its text, or a near-duplicate of which it is a copy, was already stored under
    /// this id.
    Duplicate(String),
}

/// Counts for the summary line.
#[derive(Default)]
struct Tally {
    documents: usize,
    new: usize,
    duplicate: usize,
    failed: usize,
}

pub fn run(args: &IngestArgs) -> Result<Outcome> {
    let mut store = Store::open(&args.db)?;
    // Loaded on the first document that needs extracting: a rerun over stored
    // documents never pays for it.
    let mut pipeline: Option<Pipeline> = None;
    let mut progress = Progress::new(true);
    let mut tally = Tally::default();
    // The stored ids of every document named in this run, new or not.
    let mut documents: HashSet<String> = HashSet::new();

    for Item { origin, result } in input::read(&args.inputs, &args.defaults.options()) {
        tally.documents += 1;
        progress.show(tally.documents, &origin);
        let ingested = match result {
            Ok(input) => ingest(&mut store, &mut pipeline, &input).with_context(|| format!("{origin}: cannot store")),
            Err(e) => Err(e.into()),
        };
        match ingested {
            Ok(Ingested::New(id)) => {
                tally.new += 1;
                documents.insert(id);
            }
            Ok(Ingested::Duplicate(id)) => {
                tally.duplicate += 1;
                documents.insert(id);
            }
            Err(e) => {
                tally.failed += 1;
                progress.message(&format!("tidings: {e:#}"));
            }
        }
    }
    progress.clear();
    // Merged events and actor profiles over the whole corpus (see ARCHITECTURE.md).
    store.refresh_merged()?;

    let mut documents: Vec<String> = documents.into_iter().collect();
    documents.sort();
    let events = store.events(&EventFilter { documents: Some(documents), ..EventFilter::default() })?;
    let mut out = BufWriter::new(io::stdout().lock());
    table::write(&mut out, &events)?;
    out.flush()?;
    eprintln!(
        "{}: {} new, {} duplicate, {} failed; {}",
        plural(tally.documents, "document"),
        tally.new,
        tally.duplicate,
        tally.failed,
        plural(events.len(), "event")
    );
    Ok(if tally.failed == 0 { Outcome::AllOk } else { Outcome::SomeFailed })
}

/// `1 document`, `2 documents`.
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Stores one document unless its text is stored already; extraction is skipped for
/// known texts.
fn ingest(store: &mut Store, pipeline: &mut Option<Pipeline>, input: &Input) -> Result<Ingested> {
    if let Some(id) = store.document_id_by_sha256(&input.sha256())? {
        return Ok(Ingested::Duplicate(id));
    }
    // A near-duplicate (wire copy) of a stored text is linked to it, not coded again.
    let (document, _) = input.document();
    if let Some(original) = store.copy_of(&document)? {
        store.insert_copy(&document, &original)?;
        return Ok(Ingested::Duplicate(original));
    }
    let extraction = pipeline.get_or_insert_with(Pipeline::bundled).extract(input);
    Ok(match store.insert(&extraction)? {
        Stored::Duplicate { existing_id } | Stored::Copy { original: existing_id, .. } => {
            Ingested::Duplicate(existing_id)
        }
        Stored::New { id } => Ingested::New(id),
    })
}
