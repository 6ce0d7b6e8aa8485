//! Writing one extraction: the document and all its records, in one transaction.

use std::borrow::Cow;

use tidings_model::{Actor, Document, Event, Extraction, Mention};

use crate::db::{Db, DbError};
use crate::{params, Error, Store};

/// What [`Store::insert`] did with a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// The document and its records were written, under `id` (its own id, or a
    /// disambiguated one when another text had it).
    New { id: String },
    /// A document with the same text (sha256) was already stored under `existing_id`;
    /// nothing was written.
    Duplicate { existing_id: String },
    /// The document was stored under `id` as a near-duplicate copy of `original`
    /// ([`Store::insert_copy`]), without records of its own.
    Copy { id: String, original: String },
}

impl Store {
    /// Stores a document with everything extracted from it, in one transaction.
    ///
    /// A document whose sha256 is already stored is skipped ([`Stored::Duplicate`]). A
    /// document whose id is taken by a different text is stored as
    /// `<id>-<first 8 hex digits of sha256>` (longer prefixes if that is taken too), and
    /// its events' `documents` lists name that id. `ingested_at` is set to now.
    ///
    /// A document that nearly duplicates a more original stored one is stored as its
    /// copy instead, without records ([`Stored::Copy`]; see [`crate::copies`]). Stored
    /// documents that nearly duplicate this one and are less original become its copies
    /// (an original among them has its records dropped).
    ///
    /// On error nothing of the document is stored.
    pub fn insert(&mut self, ex: &Extraction) -> Result<Stored, Error> {
        validate(&ex.document)?;
        self.ensure_prints()?;
        // Take the write lock up front: the duplicate check and the writes must not
        // interleave with another process storing the same document.
        let tx = self.db.begin(true)?;
        let (stored, print) = insert_in(&tx, self.prints.as_deref().unwrap_or_default(), ex)?;
        tx.commit()?;
        if let (Some(prints), Some(print)) = (&mut self.prints, print) {
            prints.push(print);
        }
        Ok(stored)
    }

    /// The id of the stored document with this sha256 (hex, lowercase), if any.
    pub fn document_id_by_sha256(&self, sha256: &str) -> Result<Option<String>, Error> {
        Ok(by_sha256(&self.db, sha256)?)
    }
}

/// Writes `ex` inside the write transaction `tx`: see [`Store::insert`]. Returns the
/// new fingerprint entry for a new document.
pub(crate) fn insert_in(
    tx: &Db,
    prints: &[crate::copies::Print],
    ex: &Extraction,
) -> Result<(Stored, Option<crate::copies::Print>), Error> {
    let doc = &ex.document;
    validate(doc)?;
    if let Some(existing_id) = by_sha256(tx, &doc.sha256)? {
        return Ok((Stored::Duplicate { existing_id }, None));
    }
    let neighbours = crate::copies::near_duplicates(tx, prints, doc)?;
    let mine = crate::copies::rank(doc.published.as_deref(), &doc.sha256);
    if crate::copies::parent(&neighbours, &mine).is_some() {
        // A copy of a stored document after all (the caller did not ask, or another
        // writer stored its original meanwhile): stored as one, its records dropped.
        if let Some(stored) = crate::copies::insert_copy_in(tx, prints, doc)? {
            return Ok(stored);
        }
    }
    let id = free_id(tx, doc)?;
    let ingested_at = format!("{:.0}", jiff::Timestamp::now());
    let write_error = |record: String| {
        let document = id.clone();
        move |source| Error::Write { document, record, source }
    };

    insert_document(tx, &id, doc, &ingested_at).map_err(write_error("document".to_string()))?;
    for event in &ex.events {
        let event = if id == doc.id { Cow::Borrowed(event) } else { Cow::Owned(renamed(event, &doc.id, &id)) };
        let json = serde_json::to_string(&*event)
            .map_err(|source| Error::Json { what: format!("event {}", event.id), source })?;
        insert_event(tx, &id, &event, &json).map_err(write_error(format!("event {}", event.id)))?;
    }
    for actor in &ex.actors {
        let json = serde_json::to_string(actor)
            .map_err(|source| Error::Json { what: format!("actor {}", actor.id), source })?;
        insert_actor(tx, &id, actor, &json).map_err(write_error(format!("actor {}", actor.id)))?;
    }
    for (n, mention) in ex.mentions.iter().enumerate() {
        insert_mention(tx, &id, mention).map_err(write_error(format!("mention {n}")))?;
    }
    let print = crate::copies::Print::new(&id, doc);
    crate::copies::after_insert(tx, &print, &neighbours)?;
    Ok((Stored::New { id }, Some(print)))
}

/// The id of the stored document with this sha256.
pub(crate) fn by_sha256(db: &Db, sha256: &str) -> Result<Option<String>, DbError> {
    db.query_opt("SELECT id FROM documents WHERE sha256 = ?1", params![sha256])?.map(|r| r.get(0)).transpose()
}

/// Rejects documents that would break the store's invariants.
pub(crate) fn validate(doc: &Document) -> Result<(), Error> {
    let invalid = |reason: &str| Err(Error::InvalidDocument { id: doc.id.clone(), reason: reason.to_string() });
    if doc.id.is_empty() {
        return invalid("empty id");
    }
    // The hash is the document's identity: a placeholder value would make unrelated
    // documents duplicates of each other and silently drop them.
    let is_hex = |b: u8| b.is_ascii_digit() || (b'a'..=b'f').contains(&b);
    if doc.sha256.len() != 64 || !doc.sha256.bytes().all(is_hex) {
        return invalid("sha256 is not 64 lowercase hex digits");
    }
    Ok(())
}

/// The id to store `doc` under: its own, or a disambiguated one if that is taken.
pub(crate) fn free_id(tx: &Db, doc: &Document) -> Result<String, Error> {
    let taken = |id: &str| -> Result<bool, DbError> {
        tx.query_one("SELECT EXISTS (SELECT 1 FROM documents WHERE id = ?1)", params![id])?.get(0)
    };
    if !taken(&doc.id)? {
        return Ok(doc.id.clone());
    }
    for digits in [8, 16, 64] {
        let candidate = format!("{}-{}", doc.id, &doc.sha256[..digits]);
        if !taken(&candidate)? {
            return Ok(candidate);
        }
    }
    Err(Error::InvalidDocument {
        id: doc.id.clone(),
        reason: "its id and every disambiguated form of it are taken".to_string(),
    })
}

/// `event` with the document id `from` replaced by `to` in its `documents` list.
fn renamed(event: &Event, from: &str, to: &str) -> Event {
    let mut event = event.clone();
    for d in &mut event.documents {
        if d == from {
            *d = to.to_string();
        }
    }
    event
}

pub(crate) fn insert_document(tx: &Db, id: &str, doc: &Document, ingested_at: &str) -> Result<(), DbError> {
    // Dialect: PostgreSQL indexes the words of title and text as FTS5 would see them
    // (`search_text`, see `query::fts_words`); SQLite's FTS5 triggers read the columns.
    if tx.dialect() == crate::Dialect::Postgres {
        let words = format!(
            "{}\n{}",
            crate::query::fts_words(doc.title.as_deref().unwrap_or_default()),
            crate::query::fts_words(&doc.text)
        );
        tx.execute(
            "INSERT INTO documents
                 (id, sha256, url, source, title, published, language, license, text, ingested_at, search_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                id,
                &doc.sha256,
                doc.url.as_ref(),
                doc.source.as_ref(),
                doc.title.as_ref(),
                doc.published.as_ref(),
                doc.language.as_ref(),
                doc.license.as_ref(),
                &doc.text,
                ingested_at,
                words,
            ],
        )?;
        return Ok(());
    }
    tx.execute(
        "INSERT INTO documents
             (id, sha256, url, source, title, published, language, license, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            id,
            &doc.sha256,
            doc.url.as_ref(),
            doc.source.as_ref(),
            doc.title.as_ref(),
            doc.published.as_ref(),
            doc.language.as_ref(),
            doc.license.as_ref(),
            &doc.text,
            ingested_at,
        ],
    )?;
    Ok(())
}

fn insert_event(tx: &Db, document_id: &str, event: &Event, json: &str) -> Result<(), DbError> {
    let place = event.location.as_ref();
    tx.execute(
        "INSERT INTO events
             (id, document_id, event_type, sub_event_type, plover, modality, date,
              country, admin1, location_name, lat, lon, fatalities, actor1, actor2,
              background, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        params![
            &event.id,
            document_id,
            &event.event_type,
            &event.sub_event_type,
            &event.plover,
            event.modality.as_str(),
            event.date.as_ref().map(|t| &t.value),
            place.and_then(|p| p.country.as_ref()),
            place.and_then(|p| p.admin1.as_ref()),
            place.map(|p| &p.name),
            place.map(|p| p.lat),
            place.map(|p| p.lon),
            event.fatalities.as_ref().map(|f| i64::from(f.best)),
            event.actor1.as_ref().map(|a| &a.id),
            event.actor2.as_ref().map(|a| &a.id),
            event.background,
            json,
        ],
    )?;
    Ok(())
}

fn insert_actor(tx: &Db, document_id: &str, actor: &Actor, json: &str) -> Result<(), DbError> {
    // The serde name (`terror_group`), as in the JSON output.
    let kind = serde_json::to_value(actor.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    tx.execute(
        "INSERT INTO actors (document_id, id, name, kind, country, json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![document_id, &actor.id, &actor.name, kind, actor.country.as_ref(), json],
    )?;
    Ok(())
}

fn insert_mention(tx: &Db, document_id: &str, mention: &Mention) -> Result<(), DbError> {
    tx.execute(
        r#"INSERT INTO mentions (document_id, "start", "end", label, text, entity)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)"#,
        params![
            document_id,
            // Offsets into a Rust string are at most isize::MAX, so these casts are exact.
            mention.span.start as i64,
            mention.span.end as i64,
            mention.label.as_str(),
            &mention.span.text,
            mention.entity.as_ref(),
        ],
    )?;
    Ok(())
}
