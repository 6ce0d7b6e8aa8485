//! `tidings ingest`: documents in, stored once each, their events printed.
//!
//! One pass reads every input (files, folders, feeds and pages by URL, WARC files),
//! skips texts already stored (by hash, before extraction), extracts and stores the
//! rest one transaction per document, and prints the events of the documents named.
//! Killed at any point, a rerun stores what is missing and nothing twice. With
//! `--watch DIR` or `--interval SECS` the pass repeats until interrupted: folders give
//! only files changed since the previous pass, feeds are fetched conditionally and
//! their known pages skipped.

use std::collections::HashSet;
use std::io::{self, BufWriter, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use anyhow::{Context, Result};
use tidings_pipeline::input::{self, Item};
use tidings_pipeline::{Input, Limits, Pipeline};
use tidings_sources::fetch::{self, Fetcher};
use tidings_store::{EventFilter, Store, Stored};

use crate::progress::Progress;
use crate::{table, IngestArgs, Outcome};

/// What happened to one document.
enum Ingested {
    /// Extracted and stored under this id; `false` when it is not in English (stored
    /// without events).
    New(String, bool),
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
    not_english: usize,
}

impl Tally {
    /// `3 new, 1 duplicate, 0 failed` for the progress bar.
    fn short(&self) -> String {
        format!("{} new, {} duplicate, {} failed", self.new, self.duplicate, self.failed)
    }
}

/// Default seconds between passes with `--watch` and no `--interval`.
const WATCH_INTERVAL: u64 = 60;

pub fn run(args: &IngestArgs) -> Result<Outcome> {
    let mut store = Store::open_url(&args.db)?;
    if args.enqueue {
        return enqueue(&mut store, args);
    }
    // Loaded on the first document that needs extracting: a rerun over stored
    // documents never pays for it.
    let mut pipeline: Option<Pipeline> = None;
    let fetch_options = fetch::Options {
        delay: Duration::from_secs_f64(args.delay.max(0.0)),
        timeout: Duration::from_secs_f64(args.limits.timeout),
        max_bytes: args.limits.max_bytes,
        ..Default::default()
    };
    let limits = args.limits.pipeline();
    let fetcher = Arc::new(Mutex::new(Fetcher::new(fetch_options)));
    let mut inputs = args.inputs.clone();
    inputs.extend(args.watch.iter().cloned());
    let repeat = (!args.watch.is_empty() || args.interval.is_some())
        .then(|| Duration::from_secs(args.interval.unwrap_or(WATCH_INTERVAL).max(1)));
    let mut options = args.limits.options(args.defaults.options());
    let mut outcome = Outcome::AllOk;
    loop {
        let started = SystemTime::now();
        let tally = pass(&mut store, &mut pipeline, limits, &inputs, &options, &fetcher, repeat.is_none())?;
        if tally.failed > 0 {
            outcome = Outcome::SomeFailed;
        }
        let Some(every) = repeat else { return Ok(outcome) };
        // Files changed after the previous pass began are read again (a little slack
        // for coarse file-system clocks; a file read twice is a duplicate, not a loss).
        options.since = Some(started.checked_sub(Duration::from_secs(2)).unwrap_or(started));
        std::thread::sleep(every);
    }
}

/// Documents whose events one table lists: a pass naming more prints a table per
/// chunk of this many (sorted by id), each in the events' order. Bounds the memory of
/// the listing (about 3 KB an event) and the ids one query binds (SQLite allows
/// 32,766), as a merged refresh steps over 2,000 documents at a time.
const TABLE_DOCUMENTS: usize = 2_000;

/// One pass over the inputs; prints the events of the documents named (always when
/// `table_always`, else only when there are any) and a summary line.
fn pass(
    store: &mut Store,
    pipeline: &mut Option<Pipeline>,
    limits: Limits,
    inputs: &[std::path::PathBuf],
    options: &input::Options,
    fetcher: &Arc<Mutex<Fetcher>>,
    table_always: bool,
) -> Result<Tally> {
    let mut tally = Tally::default();
    // The stored ids of every document named in this pass, new or not.
    let mut documents: HashSet<String> = HashSet::new();
    let mut items = input::read_with(inputs, options, Arc::clone(fetcher));
    let mut progress = Progress::new(true);
    while let Some(Item { origin, result }) = items.next() {
        tally.documents += 1;
        let ingested = match result {
            Ok(input) => ingest(store, pipeline, limits, &input).with_context(|| format!("{origin}: cannot store")),
            Err(e) => Err(e.into()),
        };
        match ingested {
            Ok(Ingested::New(id, english)) => {
                tally.new += 1;
                tally.not_english += usize::from(!english);
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
        progress.track(items.position(), tally.documents, &tally.short(), &origin);
    }
    progress.clear();
    if tally.documents == 0 && !table_always {
        return Ok(tally);
    }
    // Merged events and actor profiles over the whole corpus (see ARCHITECTURE.md).
    let mut progress = Progress::new(true);
    store.refresh_merged_with(|p| {
        progress.merging(p);
        std::ops::ControlFlow::Continue(())
    })?;
    progress.clear();

    let mut documents: Vec<String> = documents.into_iter().collect();
    documents.sort();
    // A pass of many documents is listed a chunk of documents at a time, one table per
    // chunk: memory holds one chunk's events, and a query binds at most a chunk's ids.
    let mut out = BufWriter::new(io::stdout().lock());
    let mut n_events = 0;
    for chunk in documents.chunks(TABLE_DOCUMENTS) {
        let events = store.events(&EventFilter { documents: Some(chunk.to_vec()), ..EventFilter::default() })?;
        n_events += events.len();
        table::write(&mut out, &events)?;
    }
    out.flush()?;
    drop(out);
    let not_english = match tally.not_english {
        0 => String::new(),
        n => format!("; {n} not in English (stored without events)"),
    };
    eprintln!(
        "{}: {} new, {} duplicate, {} failed; {}{not_english}",
        plural(tally.documents, "document"),
        tally.new,
        tally.duplicate,
        tally.failed,
        plural(n_events, "event")
    );
    Ok(tally)
}

/// `--enqueue`: stores every input in the queue for `tidings worker`, uncoded.
fn enqueue(store: &mut Store, args: &IngestArgs) -> Result<Outcome> {
    let fetch_options = fetch::Options { delay: Duration::from_secs_f64(args.delay.max(0.0)), ..Default::default() };
    let fetcher = Arc::new(Mutex::new(Fetcher::new(fetch_options)));
    let mut items = input::read_with(&args.inputs, &args.defaults.options(), fetcher);
    let (mut queued, mut known, mut failed) = (0usize, 0usize, 0usize);
    let mut progress = Progress::new(true);
    while let Some(Item { origin, result }) = items.next() {
        let done = result.map_err(anyhow::Error::from).and_then(|input| {
            let payload = serde_json::to_string(&input)?;
            Ok(store.enqueue(&input.sha256(), &payload)?)
        });
        match done {
            Ok(true) => queued += 1,
            Ok(false) => known += 1,
            Err(e) => {
                failed += 1;
                progress.message(&format!("tidings: {origin}: cannot queue: {e:#}"));
            }
        }
        progress.track(items.position(), queued + known + failed, &format!("{queued} queued"), &origin);
    }
    progress.clear();
    eprintln!("{queued} queued, {known} already stored or queued, {failed} failed");
    Ok(if failed > 0 { Outcome::SomeFailed } else { Outcome::AllOk })
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
fn ingest(store: &mut Store, pipeline: &mut Option<Pipeline>, limits: Limits, input: &Input) -> Result<Ingested> {
    if let Some(id) = store.document_id_by_sha256(&input.sha256())? {
        return Ok(Ingested::Duplicate(id));
    }
    // A near-duplicate (wire copy) of a stored text is linked to it, not coded again.
    let (document, _) = input.document();
    if let Some(original) = store.copy_of(&document)? {
        store.insert_copy(&document, &original)?;
        return Ok(Ingested::Duplicate(original));
    }
    let extraction = pipeline.get_or_insert_with(|| Pipeline::bundled().with_limits(limits)).extract(input);
    let english = extraction.document.language.as_deref().is_none_or(|l| l == "en" || l.starts_with("en-"));
    Ok(match store.insert(&extraction)? {
        Stored::Duplicate { existing_id } | Stored::Copy { original: existing_id, .. } => {
            Ingested::Duplicate(existing_id)
        }
        Stored::New { id } => Ingested::New(id, english),
    })
}
