//! Near-duplicate documents: a wire copy or re-publication of a stored text is kept
//! (its text is searchable) and linked to the original, but not coded again.
//!
//! Which of two copies is the *original* does not depend on which came first: the one
//! published earlier, then (same or unknown dates) the one with the smaller sha256.
//! When the original arrives after its copy, [`Store::insert`] codes it and demotes the
//! copy (its records are dropped and it is linked), so a corpus ends in the same state
//! whatever the ingest order.

use tidings_merge::fingerprint::{self, containment, shingles, CANDIDATE_BITS, MIN_CONTAINMENT, MIN_WORDS};
use tidings_model::Document;

use crate::db::{Db, DbError};
use crate::{params, Error, Store};

/// A stored document's fingerprint, cached in memory for lookups.
#[derive(Debug, Clone)]
pub(crate) struct Print {
    pub(crate) id: String,
    simhash: u64,
    /// `(published or "~", sha256)`: smaller is more original.
    rank: (String, String),
}

/// A confirmed near-duplicate.
#[derive(Debug, Clone)]
pub(crate) struct Match {
    /// The stored document's original (itself unless it is a copy).
    pub original: String,
    pub original_rank: (String, String),
    pub distance: u32,
    pub containment: f64,
}

pub(crate) fn rank(doc_published: Option<&str>, sha256: &str) -> (String, String) {
    (doc_published.unwrap_or("~").to_string(), sha256.to_string())
}

impl Store {
    /// The id of the stored document that `doc` is a copy of, if any: a near-duplicate
    /// text that is more original than `doc` (see the module docs). A caller stores such
    /// a document with [`Store::insert_copy`] instead of extracting it.
    pub fn copy_of(&mut self, doc: &Document) -> Result<Option<String>, Error> {
        self.ensure_prints()?;
        copy_of_in(&self.db, self.prints.as_deref().unwrap_or_default(), doc)
    }

    /// Stores `doc` as a copy of the stored document `original` (from
    /// [`Store::copy_of`]): the document row and the link, no records.
    pub fn insert_copy(&mut self, doc: &Document, original: &str) -> Result<crate::Stored, Error> {
        crate::insert::validate(doc)?;
        self.ensure_prints()?;
        let tx = self.db.begin(true)?;
        let (stored, print) = insert_copy_in(&tx, doc, original)?;
        tx.commit()?;
        if let (Some(prints), Some(print)) = (&mut self.prints, print) {
            prints.push(print);
        }
        Ok(stored)
    }

    /// Loads the fingerprints of all stored documents once, computing those of
    /// documents stored before schema version 2.
    pub(crate) fn ensure_prints(&mut self) -> Result<(), Error> {
        if self.prints.is_some() {
            return Ok(());
        }
        let tx = self.db.begin(true)?;
        let prints = load_prints(&tx)?;
        tx.commit()?;
        self.prints = Some(prints);
        Ok(())
    }

    /// `(copy, original)` pairs of all stored copies, sorted.
    pub fn copies(&self) -> Result<Vec<(String, String)>, Error> {
        self.db
            .query("SELECT document_id, original_id FROM copies ORDER BY document_id", &[])?
            .iter()
            .map(|r| Ok((r.get(0)?, r.get(1)?)))
            .collect()
    }
}

/// The fingerprints of all stored documents, computing those of documents stored
/// before schema version 2; inside a write transaction.
pub(crate) fn load_prints(tx: &Db) -> Result<Vec<Print>, Error> {
    let missing =
        tx.query("SELECT id, text FROM documents WHERE id NOT IN (SELECT document_id FROM fingerprints)", &[])?;
    for r in missing {
        let (id, text): (String, String) = (r.get(0)?, r.get(1)?);
        insert_print(tx, &id, fingerprint::simhash(&text))?;
    }
    tx.query(
        "SELECT f.document_id, f.simhash, d.published, d.sha256
         FROM fingerprints f JOIN documents d ON d.id = f.document_id ORDER BY f.document_id",
        &[],
    )?
    .iter()
    .map(|r| {
        Ok(Print {
            id: r.get(0)?,
            simhash: r.get::<i64>(1)? as u64,
            rank: rank(r.get::<Option<String>>(2)?.as_deref(), &r.get::<String>(3)?),
        })
    })
    .collect()
}

/// See [`Store::copy_of`].
pub(crate) fn copy_of_in(db: &Db, prints: &[Print], doc: &Document) -> Result<Option<String>, Error> {
    let matches = near_duplicates(db, prints, doc)?;
    let mine = rank(doc.published.as_deref(), &doc.sha256);
    Ok(matches.into_iter().find(|m| m.original_rank < mine).map(|m| m.original))
}

/// See [`Store::insert_copy`]; inside a write transaction.
pub(crate) fn insert_copy_in(tx: &Db, doc: &Document, original: &str) -> Result<(crate::Stored, Option<Print>), Error> {
    crate::insert::validate(doc)?;
    let simhash = fingerprint::simhash(&doc.text);
    if let Some(existing_id) = crate::insert::by_sha256(tx, &doc.sha256)? {
        return Ok((crate::Stored::Duplicate { existing_id }, None));
    }
    let original_text: String = tx.query_one("SELECT text FROM documents WHERE id = ?1", params![original])?.get(0)?;
    let id = crate::insert::free_id(tx, doc)?;
    let ingested_at = format!("{:.0}", jiff::Timestamp::now());
    let write_error = |record: &str| {
        let (document, record) = (id.clone(), record.to_string());
        move |source| Error::Write { document, record, source }
    };
    crate::insert::insert_document(tx, &id, doc, &ingested_at).map_err(write_error("document"))?;
    insert_print(tx, &id, simhash).map_err(write_error("fingerprint"))?;
    let distance = fingerprint::distance(simhash, fingerprint::simhash(&original_text));
    let share = containment(&shingles(&doc.text), &shingles(&original_text));
    tx.execute(
        "INSERT INTO copies (document_id, original_id, distance, containment) VALUES (?1, ?2, ?3, ?4)",
        params![&id, original, distance, share],
    )
    .map_err(write_error("copy link"))?;
    let print = Print { id: id.clone(), simhash, rank: rank(doc.published.as_deref(), &doc.sha256) };
    Ok((crate::Stored::Copy { id, original: original.to_string() }, Some(print)))
}

/// After `id` (just coded) was written in `tx`: the stored originals that `doc` nearly
/// duplicates and that are less original than it become its copies (their records are
/// dropped, their copies move to `id`). Returns the new fingerprint entry.
pub(crate) fn demote_copies(tx: &Db, prints: &[Print], id: &str, doc: &Document) -> Result<Print, Error> {
    let simhash = fingerprint::simhash(&doc.text);
    let matches = near_duplicates(tx, prints, doc)?;
    insert_print(tx, id, simhash)?;
    let mine = rank(doc.published.as_deref(), &doc.sha256);
    for m in matches.into_iter().filter(|m| m.original_rank > mine) {
        for table in ["events", "actors", "mentions"] {
            tx.execute(&format!("DELETE FROM {table} WHERE document_id = ?1"), params![&m.original])?;
        }
        tx.execute("UPDATE copies SET original_id = ?1 WHERE original_id = ?2", params![id, &m.original])?;
        tx.execute(
            "INSERT INTO copies (document_id, original_id, distance, containment) VALUES (?1, ?2, ?3, ?4)",
            params![&m.original, id, m.distance, m.containment],
        )?;
    }
    Ok(Print { id: id.to_string(), simhash, rank: mine })
}

/// The stored documents whose text `doc` nearly duplicates, each resolved to its
/// original, most original first.
fn near_duplicates(conn: &Db, prints: &[Print], doc: &Document) -> Result<Vec<Match>, Error> {
    if fingerprint::words(&doc.text).len() < MIN_WORDS {
        return Ok(Vec::new());
    }
    let simhash = fingerprint::simhash(&doc.text);
    let mut candidates: Vec<(&str, u32)> = prints
        .iter()
        .filter(|p| p.rank.1 != doc.sha256)
        .map(|p| (p.id.as_str(), fingerprint::distance(p.simhash, simhash)))
        .filter(|(_, d)| *d <= CANDIDATE_BITS)
        .collect();
    candidates.sort();
    let mut out: Vec<Match> = Vec::new();
    if candidates.is_empty() {
        return Ok(out);
    }
    let mine = shingles(&doc.text);
    for (id, distance) in candidates {
        let text: String = conn.query_one("SELECT text FROM documents WHERE id = ?1", params![id])?.get(0)?;
        if fingerprint::words(&text).len() < MIN_WORDS {
            continue;
        }
        let share = containment(&mine, &shingles(&text));
        if share < MIN_CONTAINMENT {
            continue;
        }
        let original: String = conn
            .query_opt("SELECT original_id FROM copies WHERE document_id = ?1", params![id])?
            .map(|r| r.get(0))
            .transpose()?
            .unwrap_or_else(|| id.to_string());
        let r = conn.query_one("SELECT published, sha256 FROM documents WHERE id = ?1", params![&original])?;
        let (published, sha256): (Option<String>, String) = (r.get(0)?, r.get(1)?);
        if out.iter().all(|m| m.original != original) {
            out.push(Match {
                original,
                original_rank: rank(published.as_deref(), &sha256),
                distance,
                containment: share,
            });
        }
    }
    out.sort_by(|a, b| a.original_rank.cmp(&b.original_rank));
    Ok(out)
}

fn insert_print(conn: &Db, id: &str, simhash: u64) -> Result<(), DbError> {
    conn.execute(
        "INSERT INTO fingerprints (document_id, simhash) VALUES (?1, ?2)
         ON CONFLICT (document_id) DO UPDATE SET simhash = excluded.simhash",
        params![id, simhash as i64],
    )?;
    Ok(())
}
