//! Near-duplicate documents: a wire copy or re-publication of a stored text is kept
//! (its text is searchable) and linked to the original, but not coded again.
//!
//! Which documents are coded and what each copy is linked to is a function of the
//! *set* of stored documents, never of the order they arrived in. Documents are ranked
//! by a total order, the *rank*: the one published earlier first, then (same or unknown
//! dates) the smaller sha256. Two documents are *near-duplicates* when their SimHashes
//! are close and their shingle containment is high ([`tidings_merge::fingerprint`]);
//! the relation is symmetric but not transitive (a text followed by another is a
//! near-duplicate of both, while they are not near-duplicates of each other). Then:
//!
//! - a document is an **original** (coded) when no stored near-duplicate of it ranks
//!   before it, else a **copy**;
//! - a copy's **parent** is its best-ranked near-duplicate, and its **original** is its
//!   parent's original (the parent itself when that is an original): following parents
//!   always reaches a coded document, since ranks fall along the way.
//!
//! A new document changes only what the rules say it changes: its own state, and for
//! each stored near-duplicate ranked after it, the parent (when the new one ranks before
//! the old parent, or the neighbour was an original, whose records are then dropped),
//! and the original of everything below such a neighbour. An original can become a
//! copy, but a copy never becomes an original (documents are never removed), so no
//! stored document ever needs coding after the fact.

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
    rank: Rank,
}

impl Print {
    /// The fingerprint of `doc`, stored under `id`.
    pub(crate) fn new(id: &str, doc: &Document) -> Print {
        Print {
            id: id.to_string(),
            simhash: fingerprint::simhash(&doc.text),
            rank: rank(doc.published.as_deref(), &doc.sha256),
        }
    }
}

/// `(published or "~", sha256)`: a total order on documents (sha256 is unique in a
/// store); smaller is more original.
pub(crate) type Rank = (String, String);

/// A stored document that nearly duplicates the one at hand.
#[derive(Debug, Clone)]
pub(crate) struct Neighbour {
    pub id: String,
    pub rank: Rank,
    pub distance: u32,
    pub containment: f64,
}

pub(crate) fn rank(doc_published: Option<&str>, sha256: &str) -> Rank {
    (doc_published.unwrap_or("~").to_string(), sha256.to_string())
}

impl Store {
    /// The id of the stored document that `doc` would be a copy of, if any: the
    /// original of its best-ranked stored near-duplicate, when that ranks before `doc`
    /// (see the module docs). A caller stores such a document with
    /// [`Store::insert_copy`] instead of extracting it.
    pub fn copy_of(&mut self, doc: &Document) -> Result<Option<String>, Error> {
        self.ensure_prints()?;
        copy_of_in(&self.db, self.prints.as_deref().unwrap_or_default(), doc)
    }

    /// Stores `doc` as a copy (from [`Store::copy_of`], which gave `original`): the
    /// document row and the link, no records. The link is decided again under the write
    /// lock, so it names the original the rules give for the store as it is then (`original`,
    /// unless another writer stored a more original near-duplicate meanwhile).
    pub fn insert_copy(&mut self, doc: &Document, original: &str) -> Result<crate::Stored, Error> {
        crate::insert::validate(doc)?;
        self.ensure_prints()?;
        let tx = self.db.begin(true)?;
        let (stored, print) =
            insert_copy_in(&tx, self.prints.as_deref().unwrap_or_default(), doc)?.ok_or_else(|| {
                Error::InvalidDocument {
                    id: doc.id.clone(),
                    reason: format!("not a copy: no stored near-duplicate ranks before it (was given {original:?})"),
                }
            })?;
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

    /// `(copy, parent)` pairs of all stored copies, sorted: the best-ranked stored
    /// near-duplicate of each copy (see the module docs).
    pub fn copy_parents(&self) -> Result<Vec<(String, String)>, Error> {
        self.db
            .query("SELECT document_id, parent_id FROM copies ORDER BY document_id", &[])?
            .iter()
            .map(|r| Ok((r.get(0)?, r.get::<Option<String>>(1)?.unwrap_or_default())))
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
    let neighbours = near_duplicates(db, prints, doc)?;
    match parent(&neighbours, &rank(doc.published.as_deref(), &doc.sha256)) {
        Some(p) => Ok(Some(original_of(db, &p.id)?)),
        None => Ok(None),
    }
}

/// `doc`'s parent among its near-duplicates (sorted, most original first): the first,
/// if it ranks before `doc`.
pub(crate) fn parent<'a>(neighbours: &'a [Neighbour], mine: &Rank) -> Option<&'a Neighbour> {
    neighbours.first().filter(|n| &n.rank < mine)
}

/// The original (coded document) of the stored document `id`: itself unless it is a copy.
fn original_of(db: &Db, id: &str) -> Result<String, DbError> {
    Ok(db
        .query_opt("SELECT original_id FROM copies WHERE document_id = ?1", params![id])?
        .map(|r| r.get(0))
        .transpose()?
        .unwrap_or_else(|| id.to_string()))
}

/// See [`Store::insert_copy`]; inside a write transaction. `None` when `doc` is not a
/// copy of anything stored (nothing is written).
pub(crate) fn insert_copy_in(
    tx: &Db,
    prints: &[Print],
    doc: &Document,
) -> Result<Option<(crate::Stored, Option<Print>)>, Error> {
    crate::insert::validate(doc)?;
    if let Some(existing_id) = crate::insert::by_sha256(tx, &doc.sha256)? {
        return Ok(Some((crate::Stored::Duplicate { existing_id }, None)));
    }
    let neighbours = near_duplicates(tx, prints, doc)?;
    let mine = rank(doc.published.as_deref(), &doc.sha256);
    let Some(parent) = parent(&neighbours, &mine) else { return Ok(None) };
    let id = crate::insert::free_id(tx, doc)?;
    let ingested_at = format!("{:.0}", jiff::Timestamp::now());
    let write_error = |record: &str| {
        let (document, record) = (id.clone(), record.to_string());
        move |source| Error::Write { document, record, source }
    };
    crate::insert::insert_document(tx, &id, doc, &ingested_at).map_err(write_error("document"))?;
    let print = Print::new(&id, doc);
    insert_print(tx, &id, print.simhash).map_err(write_error("fingerprint"))?;
    let original = original_of(tx, &parent.id).map_err(write_error("copy link"))?;
    tx.execute(
        "INSERT INTO copies (document_id, original_id, parent_id, distance, containment) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![&id, &original, &parent.id, parent.distance, parent.containment],
    )
    .map_err(write_error("copy link"))?;
    adopt(tx, &print, &original, &neighbours)?;
    Ok(Some((crate::Stored::Copy { id, original }, Some(print))))
}

/// After the document of `print` was coded and written in `tx` (it is its own
/// original): see [`adopt`]. `neighbours` are its near-duplicates from
/// [`near_duplicates`], computed before it was written.
pub(crate) fn after_insert(tx: &Db, print: &Print, neighbours: &[Neighbour]) -> Result<(), Error> {
    insert_print(tx, &print.id, print.simhash)?;
    adopt(tx, print, &print.id, neighbours)
}

/// The document of `print` (just written, with `original` as its original) becomes the
/// parent of each stored near-duplicate ranked after it whose parent ranks after it too
/// (or that was an original: its records are dropped); everything below such a
/// neighbour gets `original` as its original.
fn adopt(tx: &Db, print: &Print, original: &str, neighbours: &[Neighbour]) -> Result<(), Error> {
    for n in neighbours.iter().filter(|n| n.rank > print.rank) {
        let old_parent: Option<Option<String>> = tx
            .query_opt("SELECT parent_id FROM copies WHERE document_id = ?1", params![&n.id])?
            .map(|r| r.get(0))
            .transpose()?;
        match old_parent {
            None => {
                // An original until now: a copy from now on, and so is everything that
                // was linked to it.
                for table in ["events", "actors", "mentions"] {
                    tx.execute(&format!("DELETE FROM {table} WHERE document_id = ?1"), params![&n.id])?;
                }
                tx.execute("UPDATE copies SET original_id = ?1 WHERE original_id = ?2", params![original, &n.id])?;
                tx.execute(
                    "INSERT INTO copies (document_id, original_id, parent_id, distance, containment)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![&n.id, original, &print.id, n.distance, n.containment],
                )?;
            }
            Some(old_parent) => {
                let old_rank = match &old_parent {
                    Some(p) => {
                        let r = tx.query_one("SELECT published, sha256 FROM documents WHERE id = ?1", params![p])?;
                        Some(rank(r.get::<Option<String>>(0)?.as_deref(), &r.get::<String>(1)?))
                    }
                    None => None,
                };
                if old_rank.is_some_and(|r| r < print.rank) {
                    continue;
                }
                tx.execute(
                    "UPDATE copies SET parent_id = ?1, original_id = ?2, distance = ?3, containment = ?4
                     WHERE document_id = ?5",
                    params![&print.id, original, n.distance, n.containment, &n.id],
                )?;
                // The copies below it, by their parents (ranks fall along parents, so
                // this ends).
                let mut frontier = vec![n.id.clone()];
                while !frontier.is_empty() {
                    let mut next = Vec::new();
                    for id in &frontier {
                        for r in tx.query("SELECT document_id FROM copies WHERE parent_id = ?1", params![id])? {
                            next.push(r.get::<String>(0)?);
                        }
                        tx.execute("UPDATE copies SET original_id = ?1 WHERE parent_id = ?2", params![original, id])?;
                    }
                    frontier = next;
                }
            }
        }
    }
    Ok(())
}

/// The stored documents whose text `doc` nearly duplicates, most original first.
pub(crate) fn near_duplicates(conn: &Db, prints: &[Print], doc: &Document) -> Result<Vec<Neighbour>, Error> {
    if fingerprint::words(&doc.text).len() < MIN_WORDS {
        return Ok(Vec::new());
    }
    let simhash = fingerprint::simhash(&doc.text);
    let mut candidates: Vec<(&Print, u32)> = prints
        .iter()
        .filter(|p| p.rank.1 != doc.sha256)
        .map(|p| (p, fingerprint::distance(p.simhash, simhash)))
        .filter(|(_, d)| *d <= CANDIDATE_BITS)
        .collect();
    let mut out: Vec<Neighbour> = Vec::new();
    if candidates.is_empty() {
        return Ok(out);
    }
    candidates.sort_by(|a, b| a.0.rank.cmp(&b.0.rank));
    let mine = shingles(&doc.text);
    for (print, distance) in candidates {
        let text: String = conn.query_one("SELECT text FROM documents WHERE id = ?1", params![&print.id])?.get(0)?;
        if fingerprint::words(&text).len() < MIN_WORDS {
            continue;
        }
        let share = containment(&mine, &shingles(&text));
        if share < MIN_CONTAINMENT {
            continue;
        }
        out.push(Neighbour { id: print.id.clone(), rank: print.rank.clone(), distance, containment: share });
    }
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
