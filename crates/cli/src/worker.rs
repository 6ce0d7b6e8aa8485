//! `tidings worker`: codes queued documents, as one of many workers.
//!
//! Each round claims a batch under a lease ([`Store::claim`]), codes what is neither
//! stored already nor a copy of a stored text, and stores the batch with one refresh of
//! the merged tables in one transaction ([`Store::complete`]). The store serializes
//! the storing part (a transaction-level advisory lock on PostgreSQL, the write lock on
//! SQLite), so workers only ever code in parallel; see docs/scaling.md.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use tidings_pipeline::{Input, Pipeline};
use tidings_store::{Done, Store};

use crate::{Outcome, WorkerArgs};

/// How long an idle worker waits before looking at the queue again.
const IDLE_WAIT: Duration = Duration::from_millis(500);

pub fn run(args: &WorkerArgs) -> Result<Outcome> {
    let mut store = Store::open_url(&args.db)?;
    let name = format!("{}:{}", hostname(), std::process::id());
    let lease_ms = i64::try_from(args.lease_seconds.max(1)).unwrap_or(i64::MAX / 2000) * 1000;
    let mut pipeline: Option<Pipeline> = None;
    let (mut coded, mut stored, mut failed) = (0usize, 0usize, 0usize);
    let started = Instant::now();
    // Where the time goes: coding (parallel across workers) and storing (serialized).
    let (mut coding, mut storing) = (Duration::ZERO, Duration::ZERO);
    loop {
        let claims = store.claim(args.batch.max(1), lease_ms, &name)?;
        if claims.is_empty() {
            let counts = store.queue_counts()?;
            if args.until_idle && counts.pending == 0 && counts.leased == 0 {
                break;
            }
            std::thread::sleep(IDLE_WAIT);
            continue;
        }
        let mut work: Vec<(i64, Done)> = Vec::with_capacity(claims.len());
        let t = Instant::now();
        for claim in &claims {
            let input: Input = match serde_json::from_str(&claim.payload) {
                Ok(input) => input,
                Err(e) => {
                    // Left claimed: it comes back after the lease, and fails again
                    // visibly rather than being dropped.
                    failed += 1;
                    eprintln!("tidings: queue row {}: unreadable input: {e}", claim.id);
                    continue;
                }
            };
            if store.document_id_by_sha256(&claim.sha256)?.is_some() {
                work.push((claim.id, Done::Known(claim.sha256.clone())));
                continue;
            }
            let (document, _) = input.document();
            if store.copy_of(&document)?.is_some() {
                work.push((claim.id, Done::Copy(Box::new(document))));
                continue;
            }
            let extraction = pipeline.get_or_insert_with(Pipeline::bundled).extract(&input);
            coded += 1;
            work.push((claim.id, Done::Coded(Box::new(extraction))));
        }
        coding += t.elapsed();
        let t = Instant::now();
        let results = store.complete(&work).context("storing a batch")?;
        storing += t.elapsed();
        stored += results.iter().flatten().count();
    }
    eprintln!(
        "worker {name}: {coded} coded, {stored} stored, {failed} failed in {:.1} s \
         (coding {:.1} s, storing and merging {:.1} s)",
        started.elapsed().as_secs_f64(),
        coding.as_secs_f64(),
        storing.as_secs_f64()
    );
    Ok(if failed > 0 { Outcome::SomeFailed } else { Outcome::AllOk })
}

/// This machine's name, for the queue's `claimed_by`.
fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname").map(|h| h.trim().to_string()).unwrap_or_else(|_| "localhost".into())
}
