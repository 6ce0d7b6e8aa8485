//! Reading documents and events back.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension};
use tidings_model::{Document, Event};

use crate::{Error, Store};

/// Which events [`Store::events`] returns; the default returns all of them.
///
/// `since` and `until` are dates or date prefixes (`2024`, `2024-03`, `2024-03-07`)
/// compared with the event date's TIMEX3 value: an event is kept when its date,
/// cut to the length of the bound, is not before `since` and not after `until`.
/// So `until: "2024-03"` keeps `2024-03-31`, and `since: "2024-03"` drops an event
/// dated only `2024` (it may lie earlier). Events without a date, or whose date has
/// no known year (`XXXX-03-07`, `PAST_REF`), never match a bound.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    pub since: Option<String>,
    pub until: Option<String>,
    /// ISO 3166-1 alpha-2 code of the event location.
    pub country: Option<String>,
    /// ACLED event type, exactly ("Battles").
    pub event_type: Option<String>,
    /// Only background (`true`) or only news-of-the-day (`false`) events.
    pub background: Option<bool>,
    /// Only events stored with one of these documents.
    pub documents: Option<Vec<String>>,
    pub limit: Option<usize>,
}

/// How many rows each table holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    pub actors: u64,
    pub mentions: u64,
}

impl Store {
    /// The events matching `filter`, each with the id of the document it was stored
    /// with, ordered by date (undated last), then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<(Event, String)>, Error> {
        let mut sql = String::from("SELECT id, document_id, json FROM events WHERE 1");
        let mut values: Vec<Value> = Vec::new();
        if filter.since.is_some() || filter.until.is_some() {
            sql.push_str(" AND date GLOB '[0-9][0-9][0-9][0-9]*'");
        }
        if let Some(since) = &filter.since {
            // Cutting the date to the bound's length does not change `>=`, and the
            // plain comparison can use the date index.
            sql.push_str(" AND date >= ?");
            values.push(Value::Text(since.clone()));
        }
        if let Some(until) = &filter.until {
            sql.push_str(" AND substr(date, 1, length(?)) <= ?");
            values.push(Value::Text(until.clone()));
            values.push(Value::Text(until.clone()));
        }
        if let Some(country) = &filter.country {
            sql.push_str(" AND country = ?");
            values.push(Value::Text(country.clone()));
        }
        if let Some(event_type) = &filter.event_type {
            sql.push_str(" AND event_type = ?");
            values.push(Value::Text(event_type.clone()));
        }
        if let Some(background) = filter.background {
            sql.push_str(" AND background = ?");
            values.push(Value::Integer(background.into()));
        }
        if let Some(documents) = &filter.documents {
            let marks = vec!["?"; documents.len()].join(", ");
            sql.push_str(&format!(" AND document_id IN ({marks})"));
            values.extend(documents.iter().map(|d| Value::Text(d.clone())));
        }
        sql.push_str(" ORDER BY date IS NULL, date, id");
        if let Some(limit) = filter.limit {
            sql.push_str(" LIMIT ?");
            values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        }

        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, document_id, json) = row?;
            let event =
                serde_json::from_str(&json).map_err(|source| Error::Json { what: format!("event {id}"), source })?;
            out.push((event, document_id));
        }
        Ok(out)
    }

    /// The document stored under `id`, if any.
    pub fn document(&self, id: &str) -> Result<Option<Document>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, url, source, title, published, language, license, text, sha256,
                        ingested_at
                 FROM documents WHERE id = ?1",
                [id],
                |row| {
                    Ok(Document {
                        id: row.get(0)?,
                        url: row.get(1)?,
                        source: row.get(2)?,
                        title: row.get(3)?,
                        published: row.get(4)?,
                        language: row.get(5)?,
                        license: row.get(6)?,
                        text: row.get(7)?,
                        sha256: row.get(8)?,
                        ingested_at: row.get(9)?,
                    })
                },
            )
            .optional()?)
    }

    /// How many documents, events, actors and mentions are stored.
    pub fn counts(&self) -> Result<Counts, Error> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),
                    (SELECT count(*) FROM actors), (SELECT count(*) FROM mentions)",
            [],
            |row| {
                Ok(Counts {
                    documents: row.get::<_, i64>(0)? as u64,
                    events: row.get::<_, i64>(1)? as u64,
                    actors: row.get::<_, i64>(2)? as u64,
                    mentions: row.get::<_, i64>(3)? as u64,
                })
            },
        )?)
    }
}
