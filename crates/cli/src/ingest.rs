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
    /// Its text was already stored, under this id.
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

    let events: Vec<_> = store
        .events(&EventFilter::default())?
        .into_iter()
        .filter(|(_, document_id)| documents.contains(document_id))
        .collect();
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
    let sha256 = input.sha256();
    if store.contains_sha256(&sha256)? {
        if let Some(id) = stored_id(store, &input.document_id(&sha256), &sha256)? {
            return Ok(Ingested::Duplicate(id));
        }
        // The same text stored under an unrelated id: `insert` below names it.
    }
    let extraction = pipeline.get_or_insert_with(Pipeline::bundled).extract(input);
    match store.insert(&extraction)? {
        Stored::Duplicate { existing_id } => Ok(Ingested::Duplicate(existing_id)),
        Stored::New => {
            let id = stored_id(store, &extraction.document.id, &sha256)?
                .context("the stored document cannot be found again")?;
            Ok(Ingested::New(id))
        }
    }
}

/// The id under which the document with `id` and `sha256` is stored, if it is: its
/// own id, or one of the `<id>-<sha256 prefix>` forms the store gives a document
/// whose id is taken by another text.
///
/// This mirrors the store's naming rule; a store lookup by sha256 (and the id in
/// `Stored::New`) would make it unnecessary.
fn stored_id(store: &Store, id: &str, sha256: &str) -> Result<Option<String>> {
    let candidates =
        std::iter::once(id.to_string()).chain([8, 16, 64].map(|digits| format!("{id}-{}", &sha256[..digits])));
    for candidate in candidates {
        match store.document(&candidate)? {
            Some(doc) if doc.sha256 == sha256 => return Ok(Some(candidate)),
            Some(_) => continue,
            None => return Ok(None),
        }
    }
    Ok(None)
}
