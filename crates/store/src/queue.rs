//! The work queue: documents stored for coding later, claimed by workers with a lease.
//!
//! [`Store::enqueue`] keeps a document's input (opaque JSON: the store does not know the
//! pipeline's input type) under its sha256. A worker [`Store::claim`]s a batch: each
//! claimed row gets a lease (`lease_until`, in milliseconds of the database server's
//! clock, so workers on machines with skewed clocks agree). On PostgreSQL the claim
//! skips rows other workers are claiming at the same moment (`FOR UPDATE SKIP
//! LOCKED`); on SQLite the claiming statement holds the write lock. The worker codes
//! its batch outside any transaction, then [`Store::complete`]s it in ONE write
//! transaction: the records of every document and the `done` marks commit together
//! or not at all; the worker whose batch leaves no row of the queue undone then
//! refreshes the merged tables ([`Store::refresh_merged`], a transaction per step).
//!
//! A worker killed at any point leaves its rows not done; once their lease expires
//! another worker claims them again. A row whose lease expired while its first worker
//! was still coding may be coded by two workers, but it is stored once: `complete`
//! skips rows already done, under the write lock.

use tidings_model::{Document, Extraction};

use crate::db::{Db, Dialect};
use crate::{params, Error, Store, Stored};

/// A claimed queue row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: i64,
    pub sha256: String,
    /// What [`Store::enqueue`] was given.
    pub payload: String,
}

/// What a worker made of a claimed row, for [`Store::complete`].
#[derive(Debug, Clone)]
pub enum Done {
    /// Its text (this sha256) is stored already (a duplicate): nothing to write.
    Known(String),
    /// Not coded because it is a near-duplicate copy of a stored document (from
    /// [`Store::copy_of`]); stored as a copy.
    Copy(Box<Document>),
    /// Coded.
    Coded(Box<Extraction>),
}

/// Rows of the queue by state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Not done and claimable (never claimed, or the lease expired).
    pub pending: u64,
    /// Not done and claimed under a live lease.
    pub leased: u64,
    pub done: u64,
}

/// The database server's clock in milliseconds since the epoch.
fn now_ms(db: &Db) -> &'static str {
    match db.dialect() {
        Dialect::Sqlite => "CAST(unixepoch('subsec') * 1000 AS INTEGER)",
        Dialect::Postgres => "(extract(epoch from clock_timestamp()) * 1000)::bigint",
    }
}

impl Store {
    /// Queues a document's input for coding by a worker, unless its text is stored or
    /// queued already. Returns whether it was queued.
    pub fn enqueue(&mut self, sha256: &str, payload: &str) -> Result<bool, Error> {
        if self.document_id_by_sha256(sha256)?.is_some() {
            return Ok(false);
        }
        let enqueued_at = format!("{:.0}", jiff::Timestamp::now());
        let n = self.db.execute(
            "INSERT INTO queue (sha256, payload, enqueued_at) VALUES (?1, ?2, ?3) ON CONFLICT (sha256) DO NOTHING",
            params![sha256, payload, enqueued_at],
        )?;
        Ok(n > 0)
    }

    /// Claims up to `n` claimable rows for `lease_ms` milliseconds on behalf of
    /// `worker`, oldest first.
    pub fn claim(&mut self, n: usize, lease_ms: i64, worker: &str) -> Result<Vec<Claim>, Error> {
        let now = now_ms(&self.db);
        // Dialect: only PostgreSQL has row locks to skip.
        let skip = if self.db.dialect() == Dialect::Postgres { "FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE queue SET lease_until = {now} + ?1, claimed_by = ?2, attempts = attempts + 1
             WHERE id IN (SELECT id FROM queue WHERE done = 0 AND (lease_until IS NULL OR lease_until < {now})
                          ORDER BY id LIMIT ?3 {skip})
             RETURNING id, sha256, payload"
        );
        let mut claims: Vec<Claim> = self
            .db
            .query(&sql, params![lease_ms, worker, i64::try_from(n).unwrap_or(i64::MAX)])?
            .iter()
            .map(|r| Ok(Claim { id: r.get(0)?, sha256: r.get(1)?, payload: r.get(2)? }))
            .collect::<Result<_, Error>>()?;
        claims.sort_by_key(|c| c.id);
        Ok(claims)
    }

    /// Gives claimed rows back at once (a worker that stops cleanly).
    pub fn release(&mut self, ids: &[i64]) -> Result<(), Error> {
        for id in ids {
            self.db.execute("UPDATE queue SET lease_until = NULL WHERE id = ?1 AND done = 0", params![*id])?;
        }
        Ok(())
    }

    /// Stores what a worker made of its claimed rows in one write transaction, then
    /// refreshes the merged tables when no row of the queue is left undone (see the
    /// module docs; an error of that refresh comes after the rows are stored). Rows done meanwhile by another
    /// worker are skipped. Returns what was stored for each row, `None` for a row
    /// skipped; a [`Done::Copy`] that is no longer a copy of anything is given back to
    /// the queue (its lease cleared) and returns `None` too.
    pub fn complete(&mut self, work: &[(i64, Done)]) -> Result<Vec<Option<Stored>>, Error> {
        let tx = self.db.begin(true)?;
        // Other workers stored documents since this one last looked: read the
        // fingerprints again, under the lock.
        let mut prints = crate::copies::load_prints(&tx)?;
        let mut out = Vec::with_capacity(work.len());
        for (id, done) in work {
            let row = tx.query_opt("SELECT done FROM queue WHERE id = ?1", params![*id])?;
            if row.map(|r| r.get::<bool>(0)).transpose()? != Some(false) {
                out.push(None);
                continue;
            }
            let (sha256, document) = match done {
                Done::Known(sha256) => (sha256, None),
                Done::Copy(doc) => (&doc.sha256, Some(&**doc)),
                Done::Coded(ex) => (&ex.document.sha256, Some(&ex.document)),
            };
            let stored = match (crate::insert::by_sha256(&tx, sha256)?, document) {
                (Some(existing_id), _) => Stored::Duplicate { existing_id },
                (None, None) => {
                    // Known when the worker looked; stored documents are never removed,
                    // so this cannot happen, but if it did the row is coded again.
                    tx.execute("UPDATE queue SET lease_until = NULL WHERE id = ?1", params![*id])?;
                    out.push(None);
                    continue;
                }
                (None, Some(doc)) => {
                    let stored = match done {
                        // Coded: stored with its records, or as a copy if a more
                        // original near-duplicate was stored meanwhile.
                        Done::Coded(ex) => Some(crate::insert::insert_in(&tx, &prints, ex)?),
                        _ => crate::copies::insert_copy_in(&tx, &prints, doc)?,
                    };
                    let Some((stored, print)) = stored else {
                        // Was a copy when the worker looked; a copy cannot stop being
                        // one (documents are never removed), but if it did, the row is
                        // coded again.
                        tx.execute("UPDATE queue SET lease_until = NULL WHERE id = ?1", params![*id])?;
                        out.push(None);
                        continue;
                    };
                    prints.extend(print);
                    stored
                }
            };
            let stored_id = match &stored {
                Stored::New { id } | Stored::Copy { id, .. } => id,
                Stored::Duplicate { existing_id } => existing_id,
            };
            tx.execute(
                "UPDATE queue SET done = 1, lease_until = NULL, stored_id = ?1 WHERE id = ?2",
                params![stored_id, *id],
            )?;
            out.push(Some(stored));
        }
        // The merged tables are refreshed once, by the worker that completes the last
        // row of the queue (it sees none left under the write lock), not once per
        // batch; the refresh commits step by step after this batch is stored. A
        // killed worker's rows are completed by another, which then refreshes; a
        // queue that never drains leaves the tables stale, and readers refresh a stale
        // store (`Store::merged_is_stale`).
        let left: i64 = tx.query_one("SELECT count(*) FROM queue WHERE done = 0", &[])?.get(0)?;
        tx.commit()?;
        self.prints = Some(prints);
        if left == 0 {
            self.refresh_merged()?;
        }
        Ok(out)
    }

    /// How many queue rows are pending, leased and done.
    pub fn queue_counts(&self) -> Result<QueueCounts, Error> {
        let now = now_ms(&self.db);
        let r = self.db.query_one(
            &format!(
                "SELECT (SELECT count(*) FROM queue WHERE done = 0 AND (lease_until IS NULL OR lease_until < {now})),
                        (SELECT count(*) FROM queue WHERE done = 0 AND lease_until >= {now}),
                        (SELECT count(*) FROM queue WHERE done = 1)"
            ),
            &[],
        )?;
        Ok(QueueCounts {
            pending: r.get::<i64>(0)? as u64,
            leased: r.get::<i64>(1)? as u64,
            done: r.get::<i64>(2)? as u64,
        })
    }
}
