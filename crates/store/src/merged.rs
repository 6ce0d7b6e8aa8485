//! The merged tables: events merged across documents and actor profiles, recomputed
//! from the per-document records by [`Store::refresh_merged`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tidings_merge::events::sentence_around;
use tidings_merge::identity::{kind_str, lookup_keys};
use tidings_merge::{ActorProfile, MergedEvent, Report};
use tidings_model::{Actor, Event};

use crate::db::Db;
use crate::query::{conditions, near_ok, push_limit, Table};
use crate::{params, Error, Store, Value};

/// How far a [`Store::refresh_merged_with`] has got, after each transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefreshProgress {
    /// Documents merged so far, of the documents stored.
    Documents { merged: u64, total: u64 },
    /// Actor profiles still to rebuild.
    Profiles { left: u64 },
}

/// What [`Store::refresh_merged`] computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MergeStats {
    /// Per-document events read.
    pub reports: usize,
    /// Merged events written (one per real event).
    pub merged: usize,
    /// Merged events with more than one source document.
    pub multi_source: usize,
    /// Actor profiles written.
    pub actors: usize,
}

/// Metadata of a stored document that exports name (see [`Store::document_meta`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentMeta {
    pub source: Option<String>,
    pub published: Option<String>,
    pub ingested_at: Option<String>,
}

/// One line of [`Store::actor_list`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSummary {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub documents: u64,
}

impl Store {
    /// Whether documents were stored since the merged tables were last computed, or a
    /// refresh stopped before it finished.
    pub fn merged_is_stale(&self) -> Result<bool, Error> {
        let r = self.db.query_one("SELECT count(*), coalesce(max(rowid), 0) FROM documents", &[])?;
        let now: (i64, i64) = (r.get(0)?, r.get(1)?);
        let then: Option<(i64, i64)> =
            match self.db.query_opt("SELECT documents, max_rowid FROM merge_state WHERE id = 1", &[])? {
                Some(r) => Some((r.get(0)?, r.get(1)?)),
                None => None,
            };
        if then != Some(now) {
            return Ok(true);
        }
        // Every document merged, but a refresh stopped before its profiles were rebuilt.
        Ok(self.db.query_opt("SELECT 1 FROM merge_profiles_due LIMIT 1", &[])?.is_some())
    }

    /// Brings the merged events and actor profiles up to date with the stored
    /// documents: the documents stored since the last refresh are merged with the
    /// merged events they may join (see [`refresh_step`]), [`STEP`] documents a
    /// transaction, then the profiles of the identities that gained or lost a record
    /// are rebuilt, [`PROFILES_PER_TRANSACTION`] a transaction. A refresh stopped
    /// midway (a killed process) keeps its committed steps, and the next one goes on
    /// from there. A store's first refresh over at most [`STEP`] documents merges them
    /// all at once, and its result depends only on the stored records, never on the
    /// order they were stored in; later refreshes, and first ones over more documents,
    /// go step by step.
    pub fn refresh_merged(&mut self) -> Result<MergeStats, Error> {
        let stats = self.refresh_merged_with(|_| std::ops::ControlFlow::Continue(()))?;
        Ok(stats.expect("a refresh that is never stopped finishes"))
    }

    /// [`Store::refresh_merged`], calling `progress` after each committed transaction;
    /// when it breaks, the refresh stops there (its work so far kept) and `None` is
    /// returned.
    pub fn refresh_merged_with(
        &mut self,
        mut progress: impl FnMut(RefreshProgress) -> std::ops::ControlFlow<()>,
    ) -> Result<Option<MergeStats>, Error> {
        // The documents stored when the refresh begins; those stored meanwhile (by
        // another process, between two steps) wait for the next refresh.
        let r = self.db.query_one("SELECT count(*), coalesce(max(rowid), 0) FROM documents", &[])?;
        let (total, until): (i64, i64) = (r.get(0)?, r.get(1)?);
        let mut first = true;
        loop {
            let tx = self.db.begin(true)?;
            let merged = refresh_step(&tx, first, until)?;
            tx.commit()?;
            first = false;
            // Each step is a transaction of its own: the write-ahead log is folded back
            // into the database between them, so it never grows with the store.
            self.checkpoint()?;
            let Some(merged) = merged else { break };
            if progress(RefreshProgress::Documents { merged: merged as u64, total: total as u64 }).is_break() {
                return Ok(None);
            }
        }
        loop {
            let tx = self.db.begin(true)?;
            let left = rebuild_due_profiles(&tx, PROFILES_PER_TRANSACTION)?;
            tx.commit()?;
            if left == 0 {
                break;
            }
            if progress(RefreshProgress::Profiles { left: left as u64 }).is_break() {
                return Ok(None);
            }
        }
        self.checkpoint()?;
        let stats = merge_stats(&self.db)?;
        // Fresh statistics let the query planner choose between the list indexes (a
        // country and a type together); both engines read `ANALYZE table`.
        self.db.batch("ANALYZE merged_events")?;
        Ok(Some(stats))
    }

    /// Folds SQLite's write-ahead log back into the database when no reader holds it
    /// (PostgreSQL checkpoints by itself).
    fn checkpoint(&self) -> Result<(), Error> {
        if self.db.dialect() == crate::Dialect::Sqlite {
            self.db.query_one("PRAGMA wal_checkpoint(PASSIVE)", &[])?;
        }
        Ok(())
    }

    /// The merged events matching `filter`, ordered by date (undated last), then id.
    /// Call [`Store::refresh_merged`] first when [`Store::merged_is_stale`].
    pub fn merged_events(&self, filter: &crate::EventFilter) -> Result<Vec<MergedEvent>, Error> {
        let mut sql = String::from("SELECT id, json, lat, lon FROM merged_events WHERE 1=1");
        let mut values: Vec<Value> = Vec::new();
        conditions(self, filter, Table::Merged, &mut sql, &mut values)?;
        // Undated last: the order of the `merged_events_*list` indexes (migration 4).
        sql.push_str(" ORDER BY coalesce(date_start, '~'), id");
        push_limit(filter, &mut sql, &mut values);
        self.merged_rows(&sql, &values, filter)
    }

    /// The merged event `id`, with its sources.
    pub fn merged_event(&self, id: &str) -> Result<Option<MergedEvent>, Error> {
        let sql = "SELECT id, json, lat, lon FROM merged_events WHERE id = ?1";
        Ok(self.merged_rows(sql, params![id], &crate::EventFilter::default())?.pop())
    }

    /// The merged events of rows `(id, json, lat, lon)`, each with its sources' events.
    fn merged_rows(&self, sql: &str, values: &[Value], filter: &crate::EventFilter) -> Result<Vec<MergedEvent>, Error> {
        let rows = self.db.query(sql, values)?;
        let mut out = Vec::new();
        for r in rows {
            let (id, json, lat, lon): (String, String, Option<f64>, Option<f64>) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            if !near_ok(filter, lat, lon) {
                continue;
            }
            if filter.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let mut m: MergedEvent = serde_json::from_str(&json)
                .map_err(|source| Error::Json { what: format!("merged event {id}"), source })?;
            let sources = self.db.query(
                "SELECT d.document_id, e.id, e.json FROM merged_event_documents d JOIN events e ON e.id = d.event_id
                 WHERE d.merged_id = ?1 ORDER BY d.document_id, e.id",
                params![&id],
            )?;
            for source in sources {
                let (document, event_id, json): (String, String, String) =
                    (source.get(0)?, source.get(1)?, source.get(2)?);
                let event = serde_json::from_str(&json)
                    .map_err(|source| Error::Json { what: format!("event {event_id}"), source })?;
                m.sources.push(tidings_merge::events::Source { document, event });
            }
            out.push(m);
        }
        Ok(out)
    }

    /// The profile ids an actor name may mean: its profile id, or the profiles one of
    /// whose names has the same matching key (case, accents and punctuation ignored).
    pub fn actor_ids(&self, name: &str) -> Result<Vec<String>, Error> {
        let id = if name.starts_with("actor:") { name.to_string() } else { format!("actor:{name}") };
        let mut values = vec![Value::Text(id)];
        values.extend(lookup_keys(name).into_iter().map(Value::Text));
        self.db
            .query(
                "SELECT id FROM actor_profiles WHERE id = ?1
                 UNION SELECT actor_id FROM actor_names WHERE key IN (?2, ?3) ORDER BY 1",
                &values,
            )?
            .iter()
            .map(|r| Ok(r.get(0)?))
            .collect()
    }

    /// The profile of the actor `name` means; with several, the one seen in most documents.
    pub fn actor_profile(&self, name: &str) -> Result<Option<ActorProfile>, Error> {
        let ids = self.actor_ids(name)?;
        if ids.is_empty() {
            return Ok(None);
        }
        let marks = vec!["?"; ids.len()].join(", ");
        let values: Vec<Value> = ids.into_iter().map(Value::Text).collect();
        let row = self.db.query_opt(
            &format!("SELECT id, json FROM actor_profiles WHERE id IN ({marks}) ORDER BY n_documents DESC, id LIMIT 1"),
            &values,
        )?;
        row.map(|r| {
            let (id, json): (String, String) = (r.get(0)?, r.get(1)?);
            serde_json::from_str(&json).map_err(|source| Error::Json { what: format!("profile {id}"), source })
        })
        .transpose()
    }

    /// Outlet, publication date and ingest time of every stored document, by id.
    pub fn document_meta(&self) -> Result<HashMap<String, DocumentMeta>, Error> {
        self.db
            .query("SELECT id, source, published, ingested_at FROM documents", &[])?
            .iter()
            .map(|r| Ok((r.get(0)?, DocumentMeta { source: r.get(1)?, published: r.get(2)?, ingested_at: r.get(3)? })))
            .collect()
    }

    /// Every actor profile, most documents first.
    pub fn actor_list(&self) -> Result<Vec<ActorSummary>, Error> {
        self.db
            .query(
                "SELECT id, name, kind, country, n_documents FROM actor_profiles ORDER BY n_documents DESC, id",
                &[],
            )?
            .iter()
            .map(|r| {
                Ok(ActorSummary {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    documents: r.get::<i64>(4)? as u64,
                })
            })
            .collect()
    }
}

/// Documents merged in one step of [`refresh_step`]: what one step holds in memory is
/// these documents' records and texts and the merged events they may join.
pub const STEP: usize = 2_000;

/// Stored reports (per-document events) one step of [`refresh_step`] reads at most as
/// candidates to join, with the merged events they belong to; a new report's
/// candidates beyond it are not compared (it still merges with the step's other
/// reports).
pub const STEP_CANDIDATES: usize = 20_000;

/// Stored reports one new report looks up in each way (same day and country, same day
/// and not located, same town): [`tidings_merge::events::MAX_CANDIDATES`].
const PER_REPORT: i64 = tidings_merge::events::MAX_CANDIDATES as i64;

/// Ids bound per `IN (...)` list.
const IN_CHUNK: usize = 500;

fn json_error(what: String) -> impl FnOnce(serde_json::Error) -> Error {
    move |source| Error::Json { what, source }
}

/// Runs `sql`, whose `IN ({ids})` is filled with `ids` a chunk at a time, and returns
/// every row.
fn query_in(tx: &Db, sql: &str, ids: &[String]) -> Result<Vec<crate::db::Row>, Error> {
    let values: Vec<Value> = ids.iter().map(|s| Value::Text(s.clone())).collect();
    query_in_values(tx, sql, &values)
}

/// [`query_in`] with values of any type.
fn query_in_values(tx: &Db, sql: &str, values: &[Value]) -> Result<Vec<crate::db::Row>, Error> {
    let mut out = Vec::new();
    for chunk in values.chunks(IN_CHUNK) {
        let marks = vec!["?"; chunk.len()].join(", ");
        out.extend(tx.query(&sql.replace("{ids}", &marks), chunk)?);
    }
    Ok(out)
}

/// Quoted runs of a new document searched for in the stored texts, at most.
const RUNS_PER_DOCUMENT: usize = 20;

/// A quoted run is searched for in the stored texts only when one of its words is held
/// by fewer stored documents than this: a phrase search walks the documents that hold
/// its rarest word, so this bounds its cost whatever the store's size. A run made only
/// of common words ("we will not let this happen again") is not followed.
const RARE_WORD_DOCUMENTS: i64 = 2_000;

/// The stored documents a step's new documents (`texts`) may quote or be quoted by
/// ([`tidings_merge::quotes`]): those whose quoted shingles (`quoted_shingles`) a new
/// text holds, and those whose text holds a run a new text quotes (a phrase search of
/// the documents' full-text index, for runs with a rare word). A run held by more
/// documents than a slogan may be is not followed. Stores the new texts' quoted
/// shingles.
fn quote_candidates(tx: &Db, texts: &BTreeMap<String, String>) -> Result<BTreeSet<String>, Error> {
    let mut out = BTreeSet::new();
    let mut hashes: BTreeSet<i64> = BTreeSet::new();
    let mut rows = Vec::new();
    // Dialect: FTS5 queries, PostgreSQL's tsqueries. The limits sit inside: FTS5 then
    // stops at the first matches instead of listing every document that holds the
    // phrase or word.
    let (phrase, word) = match tx.dialect() {
        crate::Dialect::Sqlite => (
            "SELECT d.id FROM documents d WHERE d.rowid IN
             (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT ?2)",
            "SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ?1 LIMIT ?2) AS w",
        ),
        crate::Dialect::Postgres => (
            "SELECT id FROM documents WHERE tsv @@ phraseto_tsquery('simple', ?1) LIMIT ?2",
            "SELECT count(*) FROM (SELECT 1 FROM documents WHERE tsv @@ plainto_tsquery('simple', ?1) LIMIT ?2) AS w",
        ),
    };
    let quoted = |words: &str| match tx.dialect() {
        crate::Dialect::Sqlite => format!("\"{words}\""),
        crate::Dialect::Postgres => words.to_string(),
    };
    // Documents holding a word, up to RARE_WORD_DOCUMENTS, for this step.
    let mut held: HashMap<String, i64> = HashMap::new();
    let slogan = tidings_merge::quotes::MAX_DOCUMENTS as i64 + 1;
    for (doc, text) in texts {
        let (quoted_hashes, all) = tidings_merge::quotes::shingle_hashes(text);
        hashes.extend(all.iter().map(|&h| h as i64));
        rows.extend(quoted_hashes.iter().map(|&h| params![h as i64, doc].to_vec()));
        for run in tidings_merge::quotes::quoted_runs(text).into_iter().take(RUNS_PER_DOCUMENT) {
            let mut rare = false;
            for w in run.split(' ') {
                let n = match held.get(w) {
                    Some(&n) => n,
                    None => {
                        let n: i64 = tx.query_one(word, params![quoted(w), RARE_WORD_DOCUMENTS])?.get(0)?;
                        held.insert(w.to_string(), n);
                        n
                    }
                };
                if n < RARE_WORD_DOCUMENTS {
                    rare = true;
                    break;
                }
            }
            if !rare {
                continue;
            }
            let found: Vec<String> =
                tx.query(phrase, params![quoted(&run), slogan])?.iter().map(|r| r.get(0)).collect::<Result<_, _>>()?;
            if (found.len() as i64) < slogan {
                out.extend(found);
            }
        }
    }
    let hashes: Vec<Value> = hashes.into_iter().map(Value::Int).collect();
    for r in query_in_values(tx, "SELECT DISTINCT document_id FROM quoted_shingles WHERE hash IN ({ids})", &hashes)? {
        out.insert(r.get(0)?);
    }
    tx.insert_rows("quoted_shingles", &["hash", "document_id"], "", &rows)?;
    for doc in texts.keys() {
        out.remove(doc);
    }
    Ok(out)
}

/// Runs the statement `sql` with `IN ({ids})` filled a chunk at a time.
fn execute_in(tx: &Db, sql: &str, ids: &[String]) -> Result<(), Error> {
    for chunk in ids.chunks(IN_CHUNK) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let values: Vec<Value> = chunk.iter().map(|s| Value::Text(s.clone())).collect();
        tx.execute(&sql.replace("{ids}", &marks), &values)?;
    }
    Ok(())
}

/// Profiles rebuilt in one transaction of [`Store::refresh_merged`].
pub const PROFILES_PER_TRANSACTION: usize = 500;

/// One step of a refresh, inside the write transaction `tx`: merges the next [`STEP`]
/// documents stored since the last step (by rowid, up to `until`) into the merged tables, and
/// records how far it got in `merge_state`. The `first` step of a refresh also merges
/// again the merged events that lost a report or whose copies changed
/// ([`dirty_groups`]). Returns how many documents are merged after it, or `None` when
/// it found nothing left to merge.
///
/// The new documents are merged with the stored reports they may join: for each new
/// report, the [`PER_REPORT`] stored reports of its block nearest in start day with
/// its country or none, and those of its town, read by index from `merge_keys`; then
/// every report of the merged events those belong to. These reports, at most
/// [`STEP_CANDIDATES`] of them, and the new ones are merged again
/// ([`tidings_merge::merge`]) and replace those merged events. Actors of new documents
/// join the stored identity one of their names has (`actor_names`), or form new
/// identities among themselves; every identity that gained or lost a record is marked
/// in `merge_profiles_due`, its profile rebuilt after the last step
/// ([`rebuild_due_profiles`]). Memory is bounded by one step, not the store.
fn refresh_step(tx: &Db, first: bool, until: i64) -> Result<Option<i64>, Error> {
    let state = tx.query_opt("SELECT max_rowid FROM merge_state WHERE id = 1", &[])?;
    let done: i64 = match state {
        Some(r) => r.get(0)?,
        None => {
            // Never merged (or merged by an older version): start from nothing.
            for table in [
                "merged_event_documents",
                "merged_event_actors",
                "merged_events_fts",
                "merged_events",
                "merge_keys",
                "merge_copies",
                "quoted_shingles",
                "actor_members",
                "actor_names",
                "actor_profiles",
                "merge_profiles_due",
            ] {
                tx.execute(&format!("DELETE FROM {table}"), &[])?;
            }
            0
        }
    };
    let mut touched: BTreeSet<String> = BTreeSet::new();
    let dirty = if first { dirty_groups(tx, &mut touched)? } else { BTreeSet::new() };
    let docs: Vec<(i64, String)> = tx
        .query(
            "SELECT rowid, id FROM documents WHERE rowid > ?1 AND rowid <= ?2 ORDER BY rowid LIMIT ?3",
            params![done, until, STEP as i64],
        )?
        .iter()
        .map(|r| Ok((r.get(0)?, r.get(1)?)))
        .collect::<Result<_, Error>>()?;
    let nothing = docs.is_empty() && dirty.is_empty();
    if !nothing {
        let new_docs: Vec<String> = docs.iter().map(|(_, id)| id.clone()).collect();
        step(tx, &new_docs, dirty, &mut touched)?;
    }
    let due: Vec<Vec<Value>> = touched.into_iter().map(|id| vec![Value::Text(id)]).collect();
    tx.insert_rows("merge_profiles_due", &["actor_id"], "ON CONFLICT DO NOTHING", &due)?;
    let last = docs.last().map_or(done, |(rowid, _)| *rowid);
    // The documents merged: every one up to `last` (documents are never removed, so
    // the store is up to date when these equal its count and largest rowid).
    let merged: i64 = tx.query_one("SELECT count(*) FROM documents WHERE rowid <= ?1", params![last])?.get(0)?;
    tx.execute(
        "INSERT INTO merge_state (id, documents, max_rowid) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, max_rowid = excluded.max_rowid",
        params![merged, last],
    )?;
    Ok((!nothing).then_some(merged))
}

/// Rebuilds the profiles of at most `limit` identities marked in `merge_profiles_due`
/// (in id order, as each reads the names of others) and unmarks them; returns how
/// many are left.
fn rebuild_due_profiles(tx: &Db, limit: usize) -> Result<usize, Error> {
    let due: Vec<String> = tx
        .query("SELECT actor_id FROM merge_profiles_due ORDER BY actor_id LIMIT ?1", params![limit as i64])?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_, _>>()?;
    for id in &due {
        rebuild_profile(tx, id)?;
    }
    execute_in(tx, "DELETE FROM merge_profiles_due WHERE actor_id IN ({ids})", &due)?;
    Ok(tx.query_one("SELECT count(*) FROM merge_profiles_due", &[])?.get::<i64>(0)? as usize)
}

/// The sizes of the merged tables.
fn merge_stats(db: &Db) -> Result<MergeStats, Error> {
    let count = |sql: &str| -> Result<usize, Error> { Ok(db.query_one(sql, &[])?.get::<i64>(0)? as usize) };
    Ok(MergeStats {
        reports: count("SELECT count(*) FROM merge_keys")?,
        merged: count("SELECT count(*) FROM merged_events")?,
        multi_source: count(
            "SELECT count(*) FROM (SELECT merged_id FROM merge_keys GROUP BY merged_id HAVING count(*) > 1) AS m",
        )?,
        actors: count("SELECT count(*) FROM actor_profiles")?,
    })
}

/// Merged events to merge again before new documents are: those that lost a report
/// (its document became a copy, its records dropped) and those of originals whose
/// copies changed. Forgets the lost reports and actor records (their identities go to
/// `touched`) and takes the current copy links.
fn dirty_groups(tx: &Db, touched: &mut BTreeSet<String>) -> Result<BTreeSet<String>, Error> {
    let mut dirty = BTreeSet::new();
    let gone: Vec<(String, String)> = tx
        .query(
            "SELECT k.event_id, k.merged_id FROM merge_keys k WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = k.event_id)",
            &[],
        )?
        .iter()
        .map(|r| Ok((r.get(0)?, r.get(1)?)))
        .collect::<Result<_, Error>>()?;
    for (event, merged) in &gone {
        dirty.insert(merged.clone());
        tx.execute("DELETE FROM merge_keys WHERE event_id = ?1", params![event])?;
    }
    let lost = "FROM actor_members m WHERE NOT EXISTS
                (SELECT 1 FROM actors a WHERE a.document_id = m.document_id AND a.id = m.local_id)";
    for r in tx.query(&format!("SELECT DISTINCT m.actor_id {lost}"), &[])? {
        touched.insert(r.get(0)?);
    }
    tx.execute(
        &format!(
            "DELETE FROM actor_members WHERE (document_id, local_id) IN (SELECT m.document_id, m.local_id {lost})"
        ),
        &[],
    )?;
    let mut originals: BTreeSet<String> = BTreeSet::new();
    let changed = tx.query(
        "SELECT c.document_id, c.original_id, m.original_id FROM copies c
         LEFT JOIN merge_copies m ON m.document_id = c.document_id
         WHERE m.original_id IS NULL OR m.original_id <> c.original_id",
        &[],
    )?;
    for r in &changed {
        let (copy, now, before): (String, String, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        originals.insert(now.clone());
        originals.extend(before);
        tx.execute("DELETE FROM merge_copies WHERE document_id = ?1", params![&copy])?;
        tx.execute("INSERT INTO merge_copies (document_id, original_id) VALUES (?1, ?2)", params![&copy, &now])?;
    }
    let removed = tx.query(
        "SELECT m.document_id, m.original_id FROM merge_copies m
         WHERE NOT EXISTS (SELECT 1 FROM copies c WHERE c.document_id = m.document_id)",
        &[],
    )?;
    for r in &removed {
        let (copy, before): (String, String) = (r.get(0)?, r.get(1)?);
        originals.insert(before);
        tx.execute("DELETE FROM merge_copies WHERE document_id = ?1", params![&copy])?;
    }
    let originals: Vec<String> = originals.into_iter().collect();
    for r in query_in(tx, "SELECT DISTINCT merged_id FROM merge_keys WHERE document_id IN ({ids})", &originals)? {
        dirty.insert(r.get(0)?);
    }
    Ok(dirty)
}

/// A new report's stored candidates: merged ids, nearest first.
fn candidates(tx: &Db, key: &tidings_merge::events::CandidateKey) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    if let Some((start, end)) = key.days {
        // Intervals that meet (give or take a day), the nearest start days first; a
        // year is the longest interval a date stands for.
        let day = "start_day BETWEEN ?3 AND ?4 AND end_day >= ?5 ORDER BY start_day DESC, event_id LIMIT ?6";
        let values = |country: &str| params![&key.block, country, start - 400, end + 1, start - 1, PER_REPORT].to_vec();
        let mut countries = vec![""];
        if !key.country.is_empty() {
            countries.push(&key.country);
        }
        if key.country.is_empty() {
            // Not located: any country.
            let sql = format!("SELECT merged_id FROM merge_keys WHERE block = ?1 AND ?2 = ?2 AND {day}");
            out.extend(tx.query(&sql, &values(""))?.iter().map(|r| r.get(0)).collect::<Result<Vec<String>, _>>()?);
        } else {
            let sql = format!("SELECT merged_id FROM merge_keys WHERE block = ?1 AND country = ?2 AND {day}");
            for country in countries {
                out.extend(
                    tx.query(&sql, &values(country))?.iter().map(|r| r.get(0)).collect::<Result<Vec<String>, _>>()?,
                );
            }
        }
    }
    if let Some(town) = key.town {
        let sql = "SELECT merged_id FROM merge_keys WHERE block = ?1 AND town = ?2 ORDER BY start_day DESC, event_id LIMIT ?3";
        let rows = tx.query(sql, params![&key.block, town as i64, PER_REPORT])?;
        out.extend(rows.iter().map(|r| r.get(0)).collect::<Result<Vec<String>, _>>()?);
    }
    Ok(out)
}

/// One step: merges the reports of `new_docs` (documents never merged) with the stored
/// merged events they may join, and merges the `dirty` merged events again.
fn step(tx: &Db, new_docs: &[String], dirty: BTreeSet<String>, touched: &mut BTreeSet<String>) -> Result<(), Error> {
    // The new documents' reports, in a canonical order.
    let mut events: Vec<(String, Event)> = Vec::new();
    for r in query_in(tx, "SELECT document_id, id, json FROM events WHERE document_id IN ({ids})", new_docs)? {
        let (doc, id, json): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        events.push((doc, serde_json::from_str(&json).map_err(json_error(format!("event {id}")))?));
    }
    events.sort_by(|a, b| (&a.1.id, &a.0).cmp(&(&b.1.id, &b.0)));

    // The merged events to merge again: dirty ones, then the new reports' candidates',
    // while their reports fit in the budget.
    let mut groups: BTreeSet<String> = BTreeSet::new();
    let mut budget = STEP_CANDIDATES;
    let mut old_events: Vec<String> = Vec::new();
    for id in &dirty {
        take_group(tx, id, &mut groups, &mut old_events, None)?;
    }
    // Documents that quote one another tell one story, whatever their dates.
    let with_events: BTreeSet<&str> = events.iter().map(|(d, _)| d.as_str()).collect();
    let with_events: Vec<String> = with_events.into_iter().map(str::to_string).collect();
    let mut new_texts: BTreeMap<String, String> = BTreeMap::new();
    for r in query_in(tx, "SELECT id, text FROM documents WHERE id IN ({ids})", &with_events)? {
        new_texts.insert(r.get(0)?, r.get(1)?);
    }
    let quoting: Vec<String> = quote_candidates(tx, &new_texts)?.into_iter().collect();
    drop(new_texts);
    for r in
        query_in(tx, "SELECT DISTINCT merged_id FROM merge_keys WHERE document_id IN ({ids}) ORDER BY 1", &quoting)?
    {
        if budget == 0 {
            break;
        }
        take_group(tx, &r.get::<String>(0)?, &mut groups, &mut old_events, Some(&mut budget))?;
    }
    'reports: for (_, e) in &events {
        for id in candidates(tx, &tidings_merge::events::candidate_key(e))? {
            if budget == 0 {
                break 'reports;
            }
            take_group(tx, &id, &mut groups, &mut old_events, Some(&mut budget))?;
        }
    }
    old_events.sort();
    old_events.dedup();
    for r in query_in(tx, "SELECT document_id, id, json FROM events WHERE id IN ({ids})", &old_events)? {
        let (doc, id, json): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        events.push((doc, serde_json::from_str(&json).map_err(json_error(format!("event {id}")))?));
    }
    // The same order the whole merge reads them in: by document, then id.
    events.sort_by(|a, b| (&a.0, &a.1.id).cmp(&(&b.0, &b.1.id)));

    let mut docs: BTreeSet<String> = events.iter().map(|(d, _)| d.clone()).collect();
    docs.extend(new_docs.iter().cloned());
    let docs: Vec<String> = docs.into_iter().collect();
    let new_set: BTreeSet<&str> = new_docs.iter().map(String::as_str).collect();
    let old_docs: Vec<String> = docs.iter().filter(|d| !new_set.contains(d.as_str())).cloned().collect();

    let identities = step_identities(tx, new_docs, &old_docs, touched)?;

    let mut documents: HashMap<String, (Option<String>, String)> = HashMap::new();
    let with_events: BTreeSet<&str> = events.iter().map(|(d, _)| d.as_str()).collect();
    let with_events: Vec<String> = with_events.into_iter().map(str::to_string).collect();
    for r in query_in(tx, "SELECT id, published, text FROM documents WHERE id IN ({ids})", &with_events)? {
        documents.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
    }
    let mut copies: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in query_in(tx, "SELECT document_id, original_id FROM copies WHERE original_id IN ({ids})", &with_events)? {
        let (copy, original): (String, String) = (r.get(0)?, r.get(1)?);
        copies.entry(original).or_default().push(copy);
    }
    for list in copies.values_mut() {
        list.sort();
    }
    write_step(tx, &events, &documents, &identities, &copies, &groups)
}

/// Adds the merged event `id` to `groups` and its reports to `events`, unless it is
/// there already or its reports exceed what is left of `budget`.
fn take_group(
    tx: &Db,
    id: &str,
    groups: &mut BTreeSet<String>,
    events: &mut Vec<String>,
    budget: Option<&mut usize>,
) -> Result<(), Error> {
    if groups.contains(id) {
        return Ok(());
    }
    let members: Vec<String> = tx
        .query("SELECT event_id FROM merge_keys WHERE merged_id = ?1", params![id])?
        .iter()
        .map(|r| r.get(0))
        .collect::<Result<_, _>>()?;
    if let Some(budget) = budget {
        if members.len() > *budget {
            return Ok(());
        }
        *budget -= members.len();
    }
    groups.insert(id.to_string());
    events.extend(members);
    Ok(())
}

/// Merges `events` and replaces the merged events `groups` with the result.
fn write_step(
    tx: &Db,
    events: &[(String, Event)],
    documents: &HashMap<String, (Option<String>, String)>,
    identities: &tidings_merge::Identities,
    copies: &BTreeMap<String, Vec<String>>,
    groups: &BTreeSet<String>,
) -> Result<(), Error> {
    let notes: Vec<Option<String>> = events
        .iter()
        .map(|(doc, e)| {
            let (_, text) = documents.get(doc)?;
            Some(sentence_around(text, e.evidence.first()?.start, 400))
        })
        .collect();
    let reports: Vec<Report> = events
        .iter()
        .zip(&notes)
        .map(|((doc, e), note)| Report {
            document_id: doc,
            published: documents.get(doc).and_then(|d| d.0.as_deref()),
            event: e,
            note: note.as_deref(),
            text: documents.get(doc).map(|d| d.1.as_str()),
        })
        .collect();
    let merged = tidings_merge::merge(&reports, identities, copies);

    let groups: Vec<String> = groups.iter().cloned().collect();
    for table in ["merged_event_documents", "merged_event_actors"] {
        execute_in(tx, &format!("DELETE FROM {table} WHERE merged_id IN ({{ids}})"), &groups)?;
    }
    match tx.dialect() {
        // Dialect: an FTS5 table finds rows fast only by rowid, its merged event's.
        crate::Dialect::Sqlite => execute_in(
            tx,
            "DELETE FROM merged_events_fts WHERE rowid IN (SELECT rowid FROM merged_events WHERE id IN ({ids}))",
            &groups,
        )?,
        crate::Dialect::Postgres => {
            execute_in(tx, "DELETE FROM merged_events_fts WHERE merged_id IN ({ids})", &groups)?
        }
    }
    execute_in(tx, "DELETE FROM merged_events WHERE id IN ({ids})", &groups)?;
    let event_ids: Vec<String> = events.iter().map(|(_, e)| e.id.clone()).collect();
    execute_in(tx, "DELETE FROM merge_keys WHERE event_id IN ({ids})", &event_ids)?;

    let (mut event_rows, mut doc_rows, mut actor_rows, mut key_rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut fts_rows: Vec<(String, String)> = Vec::new();
    for m in &merged {
        // The sources' own events are in `events`: stored once, joined back on read.
        let lean = MergedEvent { sources: Vec::new(), ..m.clone() };
        let json = serde_json::to_string(&lean).map_err(json_error(format!("merged event {}", m.id)))?;
        let place = m.location.as_ref();
        let date = m.date.as_ref();
        let f = m.fatalities.as_ref();
        event_rows.push(
            params![
                &m.id,
                &m.event_type,
                &m.sub_event_type,
                m.modality.as_str(),
                date.map(|d| &d.value),
                date.map(|d| &d.start),
                date.map(|d| &d.end),
                place.and_then(|p| p.country.as_ref()),
                place.and_then(|p| p.admin1.as_ref()),
                place.map(|p| &p.name),
                place.map(|p| p.lat),
                place.map(|p| p.lon),
                f.map(|f| i64::from(f.low)),
                f.map(|f| i64::from(f.best)),
                f.map(|f| i64::from(f.high)),
                m.background,
                m.documents.len() as i64,
                json,
            ]
            .to_vec(),
        );
        for s in &m.sources {
            doc_rows.push(params![&m.id, &s.document, &s.event.id].to_vec());
            let k = tidings_merge::events::candidate_key(&s.event);
            key_rows.push(
                params![
                    &s.event.id,
                    &s.document,
                    &m.id,
                    k.block,
                    k.country,
                    k.days.map(|d| d.0),
                    k.days.map(|d| d.1),
                    k.town.map(|t| t as i64),
                ]
                .to_vec(),
            );
        }
        for c in &m.copies {
            doc_rows.push(params![&m.id, &c.document, Option::<String>::None].to_vec());
        }
        let named = m.actor1.iter().chain(&m.actor2).chain(&m.assoc_actor1).chain(&m.assoc_actor2);
        let mut words = vec![m.event_type.clone(), m.sub_event_type.clone(), m.modality.as_str().to_string()];
        for a in named {
            actor_rows.push(params![&m.id, &a.id].to_vec());
            words.push(a.name.clone());
        }
        if let Some(p) = place {
            words.extend([p.name.clone(), p.admin1.clone().unwrap_or_default(), p.country.clone().unwrap_or_default()]);
        }
        words.push(m.notes.clone());
        let words = match tx.dialect() {
            // Dialect: PostgreSQL indexes the words as FTS5 sees them.
            crate::Dialect::Postgres => crate::query::fts_words(&words.join(" ")),
            crate::Dialect::Sqlite => words.join(" "),
        };
        fts_rows.push((m.id.clone(), words));
    }
    tx.insert_rows(
        "merged_events",
        &[
            "id",
            "event_type",
            "sub_event_type",
            "modality",
            "date",
            "date_start",
            "date_end",
            "country",
            "admin1",
            "location_name",
            "lat",
            "lon",
            "fatalities_low",
            "fatalities_best",
            "fatalities_high",
            "background",
            "n_documents",
            "json",
        ],
        "",
        &event_rows,
    )?;
    let fts = match tx.dialect() {
        crate::Dialect::Sqlite => {
            "INSERT INTO merged_events_fts (rowid, merged_id, text) SELECT rowid, id, ?2 FROM merged_events WHERE id = ?1"
        }
        crate::Dialect::Postgres => "INSERT INTO merged_events_fts (merged_id, text) VALUES (?1, ?2)",
    };
    for (id, words) in &fts_rows {
        tx.execute(fts, params![id, words])?;
    }
    tx.insert_rows("merged_event_documents", &["merged_id", "document_id", "event_id"], "", &doc_rows)?;
    tx.insert_rows("merged_event_actors", &["merged_id", "actor_id"], "ON CONFLICT DO NOTHING", &actor_rows)?;
    tx.insert_rows(
        "merge_keys",
        &["event_id", "document_id", "merged_id", "block", "country", "start_day", "end_day", "town"],
        "",
        &key_rows,
    )?;
    Ok(())
}

/// A stored identity as merging needs it: id, name and kind.
fn stored_identity(id: String, name: String, kind: &str, country: Option<String>) -> tidings_merge::Identity {
    tidings_merge::Identity {
        id,
        name,
        kind: tidings_merge::identity::kind_from_str(kind).unwrap_or(tidings_model::ActorKind::Unknown),
        country,
        aliases: Vec::new(),
        also_known_as: Vec::new(),
        alias_source: None,
        documents: Vec::new(),
    }
}

/// The identities of the actors of a step's documents: stored ones for documents
/// merged before (`old_docs`); for `new_docs`, the stored identity one of an actor's
/// names has (its name's first), else new identities resolved among the new actors
/// alone. Stores the new documents' memberships, names and new identities; every
/// identity that gains a record goes to `touched`.
fn step_identities(
    tx: &Db,
    new_docs: &[String],
    old_docs: &[String],
    touched: &mut BTreeSet<String>,
) -> Result<tidings_merge::Identities, Error> {
    let mut list: Vec<tidings_merge::Identity> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut records: Vec<((String, String), usize)> = Vec::new();
    let mut add = |list: &mut Vec<tidings_merge::Identity>, identity: tidings_merge::Identity| -> usize {
        *index.entry(identity.id.clone()).or_insert_with(|| {
            list.push(identity);
            list.len() - 1
        })
    };
    for r in query_in(
        tx,
        "SELECT m.document_id, m.local_id, p.id, p.name, p.kind, p.country FROM actor_members m
         JOIN actor_profiles p ON p.id = m.actor_id WHERE m.document_id IN ({ids})",
        old_docs,
    )? {
        let (doc, local, id, name, kind, country): (String, String, String, String, String, Option<String>) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
        let i = add(&mut list, stored_identity(id, name, &kind, country));
        records.push(((doc, local), i));
    }

    let mut actors: Vec<(String, Actor)> = Vec::new();
    for r in query_in(tx, "SELECT document_id, id, json FROM actors WHERE document_id IN ({ids})", new_docs)? {
        let (doc, id, json): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        actors.push((doc, serde_json::from_str(&json).map_err(json_error(format!("actor {id}")))?));
    }
    actors.sort_by(|a, b| (&a.0, &a.1.id).cmp(&(&b.0, &b.1.id)));
    actors.dedup_by(|a, b| a.0 == b.0 && a.1.id == b.1.id);
    let lookup = |key: &str| -> Result<Option<String>, Error> {
        Ok(tx
            .query_opt("SELECT actor_id FROM actor_names WHERE key = ?1 ORDER BY actor_id LIMIT 1", params![key])?
            .map(|r| r.get(0))
            .transpose()?)
    };
    let mut member_rows: Vec<Vec<Value>> = Vec::new();
    let mut name_rows: Vec<Vec<Value>> = Vec::new();
    let mut unmatched: Vec<(&str, &Actor)> = Vec::new();
    for (doc, actor) in &actors {
        let own = tidings_merge::identity::keys(&actor.name, actor.kind);
        let keys = tidings_merge::identity::record_keys(actor);
        let mut found = lookup(&own)?;
        for k in &keys {
            if found.is_some() {
                break;
            }
            found = lookup(k)?;
        }
        let Some(id) = found else {
            unmatched.push((doc, actor));
            continue;
        };
        let row = tx.query_one("SELECT name, kind, country FROM actor_profiles WHERE id = ?1", params![&id])?;
        let i = add(&mut list, stored_identity(id.clone(), row.get(0)?, &row.get::<String>(1)?, row.get(2)?));
        records.push(((doc.clone(), actor.id.clone()), i));
        member_rows.push(params![&id, doc, &actor.id].to_vec());
        name_rows.extend(keys.iter().chain([&own]).map(|k| params![k, &id].to_vec()));
        touched.insert(id);
    }
    if !unmatched.is_empty() {
        let fresh = tidings_merge::resolve(unmatched.iter().copied());
        // New identities keep the whole merge's ids, unless a stored one has it.
        let mut renamed: HashMap<String, String> = HashMap::new();
        let mut profile_rows = Vec::new();
        for identity in &fresh.identities {
            let mut id = identity.id.clone();
            while tx.query_opt("SELECT 1 FROM actor_profiles WHERE id = ?1", params![&id])?.is_some() {
                id.push_str("-2");
            }
            renamed.insert(identity.id.clone(), id.clone());
            profile_rows.push(
                params![&id, &identity.name, kind_str(identity.kind), identity.country.as_ref(), 0i64, "null"].to_vec(),
            );
            touched.insert(id);
        }
        tx.insert_rows("actor_profiles", &["id", "name", "kind", "country", "n_documents", "json"], "", &profile_rows)?;
        for (doc, local, identity) in fresh.records() {
            let id = &renamed[&identity.id];
            let i = add(&mut list, tidings_merge::Identity { id: id.clone(), ..identity.clone() });
            records.push(((doc.to_string(), local.to_string()), i));
            member_rows.push(params![id, doc, local].to_vec());
        }
        for (key, identity) in fresh.keys() {
            name_rows.push(params![key, &renamed[&identity.id]].to_vec());
        }
    }
    tx.insert_rows("actor_members", &["actor_id", "document_id", "local_id"], "", &member_rows)?;
    tx.insert_rows("actor_names", &["key", "actor_id"], "ON CONFLICT DO NOTHING", &name_rows)?;
    Ok(tidings_merge::Identities::from_parts(list, records))
}

/// Records of an identity read per page of [`IN_CHUNK`] records.
const RECORD_PAGE: usize = IN_CHUNK;

/// The records `(document, local id)` of the stored identity `id`, sorted.
fn identity_keys(tx: &Db, id: &str) -> Result<Vec<(String, String)>, Error> {
    let mut keys: Vec<(String, String)> = tx
        .query("SELECT document_id, local_id FROM actor_members WHERE actor_id = ?1", params![id])?
        .iter()
        .map(|r| Ok((r.get(0)?, r.get(1)?)))
        .collect::<Result<_, Error>>()?;
    keys.sort();
    Ok(keys)
}

/// Calls `f` with each record `(document, actor)` of the stored identity `id`, by
/// document and id, reading [`RECORD_PAGE`] records at a time: memory holds one page of
/// records' JSON, however many records an identity has.
fn for_each_record(tx: &Db, id: &str, mut f: impl FnMut(String, Actor) -> Result<(), Error>) -> Result<(), Error> {
    for page in identity_keys(tx, id)?.chunks(RECORD_PAGE) {
        let wanted: BTreeSet<(&str, &str)> = page.iter().map(|(d, l)| (d.as_str(), l.as_str())).collect();
        let docs: BTreeSet<&str> = page.iter().map(|(d, _)| d.as_str()).collect();
        // Only the identity's records of the page's documents (a document's other actors
        // are not read); a document split between two pages gives each page its own.
        let marks = vec!["?"; docs.len()].join(", ");
        let mut values = vec![Value::Text(id.to_string())];
        values.extend(docs.into_iter().map(|d| Value::Text(d.to_string())));
        let sql = format!(
            "SELECT a.document_id, a.id, a.json FROM actor_members m
             JOIN actors a ON a.document_id = m.document_id AND a.id = m.local_id
             WHERE m.actor_id = ? AND m.document_id IN ({marks})"
        );
        let mut rows: Vec<(String, String, String)> = Vec::new();
        for r in tx.query(&sql, &values)? {
            let (doc, local): (String, String) = (r.get(0)?, r.get(1)?);
            if wanted.contains(&(doc.as_str(), local.as_str())) {
                rows.push((doc, local, r.get(2)?));
            }
        }
        rows.sort();
        for (doc, local, json) in rows {
            f(doc, serde_json::from_str(&json).map_err(json_error(format!("actor {local}")))?)?;
        }
    }
    Ok(())
}

/// An actor record without what a profile does not read: its evidence and its
/// aliases' evidence (facts keep theirs: they are the facts' sources).
fn slim(mut actor: Actor) -> Actor {
    actor.evidence = Vec::new();
    for alias in &mut actor.aliases {
        alias.evidence = Vec::new();
    }
    actor
}

/// The stored identities of every actor of `docs` but `except`, for the facts that name
/// them: added to `list` (indexed by id in `index`) and `by_record`.
fn map_documents<'a>(
    tx: &Db,
    docs: impl IntoIterator<Item = &'a str>,
    except: &str,
    list: &mut Vec<tidings_merge::Identity>,
    index: &mut HashMap<String, usize>,
    by_record: &mut Vec<((String, String), usize)>,
) -> Result<(), Error> {
    for doc in docs {
        for r in tx.query(
            "SELECT m.local_id, p.id, p.name, p.kind, p.country FROM actor_members m
             JOIN actor_profiles p ON p.id = m.actor_id WHERE m.document_id = ?1 AND m.actor_id <> ?2",
            params![doc, except],
        )? {
            let (local, other, name, kind, country): (String, String, String, String, Option<String>) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
            let i = *index.entry(other.clone()).or_insert_with(|| {
                list.push(stored_identity(other, name, &kind, country));
                list.len() - 1
            });
            by_record.push(((doc.to_string(), local), i));
        }
    }
    Ok(())
}

/// Rebuilds the stored profile of identity `id` from its records (and its leaders', for
/// their fates); drops it when it has none left.
fn rebuild_profile(tx: &Db, id: &str) -> Result<(), Error> {
    // Read a page at a time and kept slim: for the identity, every record's names,
    // kind and country (no evidence, no facts); for the facts, only the records that
    // state some. An identity of many thousand records ("Police") costs its names
    // and document ids, never all its records' JSON at once.
    let mut read: Vec<(String, String)> = Vec::new();
    let mut members: Vec<(String, Actor)> = Vec::new();
    let mut records: Vec<(String, Actor)> = Vec::new();
    for_each_record(tx, id, |doc, actor| {
        let mut actor = slim(actor);
        read.push((doc.clone(), actor.id.clone()));
        if !actor.facts.is_empty() {
            records.push((doc.clone(), actor.clone()));
            actor.facts = Vec::new();
        }
        members.push((doc, actor));
        Ok(())
    })?;
    if members.is_empty() {
        tx.execute("DELETE FROM actor_names WHERE actor_id = ?1", params![id])?;
        tx.execute("DELETE FROM actor_members WHERE actor_id = ?1", params![id])?;
        tx.execute("DELETE FROM actor_profiles WHERE id = ?1", params![id])?;
        return Ok(());
    }
    let entry = tidings_merge::identity::alias_table().iter().find(|e| id.strip_prefix("actor:") == Some(e.id));
    let refs: Vec<(&str, &Actor)> = members.iter().map(|(d, a)| (d.as_str(), a)).collect();
    let identity =
        tidings_merge::Identity { id: id.to_string(), ..tidings_merge::identity::build_identity(&refs, entry) };
    drop(refs);
    drop(members);

    // The other identities its facts name (their records in the same documents).
    let mut list = vec![identity];
    let mut index: HashMap<String, usize> = HashMap::from([(id.to_string(), 0)]);
    let mut by_record: Vec<((String, String), usize)> = read.into_iter().map(|k| (k, 0)).collect();
    let fact_docs: BTreeSet<String> = records.iter().map(|(d, _)| d.clone()).collect();
    map_documents(tx, fact_docs.iter().map(String::as_str), id, &mut list, &mut index, &mut by_record)?;
    // Its leaders' records too: their fates ("killed by") are facts of theirs.
    let known: HashMap<(String, String), usize> = by_record.iter().cloned().collect();
    let mut leaders: BTreeSet<String> = BTreeSet::new();
    for (doc, actor) in &records {
        for f in actor.facts.iter().filter(|f| f.relation == tidings_model::Relation::LeaderOf) {
            if let Some(&i) = known.get(&(doc.clone(), f.subject.clone())) {
                if i != 0 {
                    leaders.insert(list[i].id.clone());
                }
            }
        }
    }
    drop(known);
    for leader in &leaders {
        let mut their_keys: Vec<(String, String)> = Vec::new();
        let mut theirs: Vec<(String, Actor)> = Vec::new();
        for_each_record(tx, leader, |doc, actor| {
            their_keys.push((doc.clone(), actor.id.clone()));
            if !actor.facts.is_empty() {
                theirs.push((doc, slim(actor)));
            }
            Ok(())
        })?;
        let i = index[leader];
        let docs: BTreeSet<String> = theirs.iter().map(|(d, _)| d.clone()).collect();
        map_documents(
            tx,
            docs.iter().map(String::as_str).filter(|d| !fact_docs.contains(*d)),
            id,
            &mut list,
            &mut index,
            &mut by_record,
        )?;
        by_record.extend(their_keys.into_iter().map(|k| (k, i)));
        records.extend(theirs);
    }
    let identities = tidings_merge::Identities::from_parts(list, by_record);
    let profile = tidings_merge::profiles(&identities, records.iter().map(|(d, a)| (d.as_str(), a)))
        .into_iter()
        .find(|p| p.id == id)
        .expect("the identity's own profile");
    let json = serde_json::to_string(&profile).map_err(json_error(format!("profile {id}")))?;
    tx.execute(
        "UPDATE actor_profiles SET name = ?1, kind = ?2, country = ?3, n_documents = ?4, json = ?5 WHERE id = ?6",
        params![
            &profile.name,
            kind_str(profile.kind),
            profile.country.as_ref(),
            profile.documents.len() as i64,
            json,
            id
        ],
    )?;
    Ok(())
}
