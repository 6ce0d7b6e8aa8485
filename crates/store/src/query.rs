//! Reading documents and events back, and the event filters shared by per-document
//! and merged events.

use tidings_model::{Document, Event};

use crate::db::Dialect;
use crate::{params, Error, Store, Value};

/// Which events [`Store::events`] and [`Store::merged_events`] return; the default
/// returns all of them.
///
/// `since` and `until` are dates or date prefixes (`2024`, `2024-03`, `2024-03-07`)
/// compared with the event date's TIMEX3 value: an event is kept when its date,
/// cut to the length of the bound, is not before `since` and not after `until`.
/// So `until: "2024-03"` keeps `2024-03-31`, and `since: "2024-03"` drops an event
/// dated only `2024` (it may lie earlier). Events without a date, or whose date has
/// no known year (`XXXX-03-07`, `PAST_REF`), never match a bound.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    pub since: Option<String>,
    pub until: Option<String>,
    /// ISO 3166-1 alpha-2 code of the event location.
    pub country: Option<String>,
    /// Name of the first-level administrative division, any case ("Kaluga Oblast").
    pub admin1: Option<String>,
    /// ACLED event type, exactly ("Battles").
    pub event_type: Option<String>,
    /// ACLED sub-event type, any case ("Armed clash").
    pub sub_event_type: Option<String>,
    /// Modality, as [`Modality::as_str`](tidings_model::Modality::as_str) spells it.
    pub modality: Option<String>,
    /// An actor in any role, by any of its names, acronyms or its profile id
    /// (resolved through the actor profiles, so "ISKP" finds events coded "IS-K").
    /// Per-document events match on `actor1` and `actor2`.
    pub actor: Option<String>,
    /// Only events whose best fatality estimate is at least this (unknown tolls never
    /// match).
    pub min_fatalities: Option<u32>,
    /// Full-text query: every word must occur in the event's text (types, actors,
    /// place, notes) or in the text of a document that reports it. A word may end in
    /// `*` for a prefix.
    pub query: Option<String>,
    /// Only events located within `km` of a point.
    pub near: Option<Near>,
    /// Only background (`true`) or only news-of-the-day (`false`) events.
    pub background: Option<bool>,
    /// Only events stored with (merged: reported by) one of these documents.
    pub documents: Option<Vec<String>>,
    /// Only events after this place in the order the events are listed in (keyset
    /// paging: a page starts after the last event of the one before, found through an
    /// index, however deep the page).
    pub after: Option<After>,
    pub limit: Option<usize>,
}

/// A place in the order of [`Store::events`] and [`Store::merged_events`]: the sort
/// key of an event (its date, `date_start` for merged events, and its id), which need
/// not be stored any more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct After {
    pub date: Option<String>,
    pub id: String,
}

/// A circle on the globe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    pub lat: f64,
    pub lon: f64,
    pub km: f64,
}

impl Near {
    /// Whether a point lies within the circle.
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        tidings_merge::events::haversine_km(self.lat, self.lon, lat, lon) <= self.km
    }
}

/// How many rows each table holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    pub actors: u64,
    pub mentions: u64,
}

/// Which event table a filter is applied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    Events,
    Merged,
}

/// Appends `AND …` conditions for `filter` to `sql`, with their values.
pub(crate) fn conditions(
    store: &Store,
    filter: &EventFilter,
    table: Table,
    sql: &mut String,
    values: &mut Vec<Value>,
) -> Result<(), Error> {
    let merged = table == Table::Merged;
    let pg = store.db.dialect() == Dialect::Postgres;
    if filter.since.is_some() || filter.until.is_some() {
        // Dialect: SQLite's GLOB, PostgreSQL's regular expression (same test).
        sql.push_str(if pg { " AND date ~ '^[0-9]{4}'" } else { " AND date GLOB '[0-9][0-9][0-9][0-9]*'" });
    }
    // Dialect: NOCASE folds ASCII letters only; PostgreSQL folds the same ones.
    let (admin1, sub_type) = if pg {
        (
            " AND translate(admin1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
              = translate(?, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')",
            " AND translate(sub_event_type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
              = translate(?, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')",
        )
    } else {
        (" AND admin1 = ? COLLATE NOCASE", " AND sub_event_type = ? COLLATE NOCASE")
    };
    let text = [
        // Cutting the date to the bound's length does not change `>=`.
        (" AND date >= ?", &filter.since),
        (" AND country = ?", &filter.country),
        (admin1, &filter.admin1),
        (" AND event_type = ?", &filter.event_type),
        (sub_type, &filter.sub_event_type),
        (" AND modality = ?", &filter.modality),
    ];
    for (cond, value) in text {
        if let Some(v) = value {
            sql.push_str(cond);
            values.push(Value::Text(v.clone()));
        }
    }
    if let Some(until) = &filter.until {
        // The length is a number this code computed, not user text.
        sql.push_str(&format!(" AND substr(date, 1, {}) <= ?", until.len()));
        values.push(Value::Text(until.clone()));
        // The same bound as a range an index on `date` can read: a date whose first
        // characters are at most `until` is below `until` with its last character
        // raised by one ("2024-03" → "2024-04", "2019" → "201:").
        if let Some(above) = raised(until) {
            sql.push_str(" AND date < ?");
            values.push(Value::Text(above));
        }
    }
    if let Some(n) = filter.min_fatalities {
        sql.push_str(if merged { " AND fatalities_best >= ?" } else { " AND fatalities >= ?" });
        values.push(Value::Int(n.into()));
    }
    if let Some(background) = filter.background {
        sql.push_str(" AND background = ?");
        values.push(Value::Int(background.into()));
    }
    if let Some(near) = &filter.near {
        // A bounding box first; the exact distance is checked on the rows. A country is
        // near nothing: its point is its capital, which the event need not be close to.
        let dlat = near.km / 111.0;
        let dlon = near.km / (111.0 * near.lat.to_radians().cos().abs().max(0.01));
        sql.push_str(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?");
        sql.push_str(if pg {
            " AND (json::jsonb #>> '{location,precision}')::integer < 4"
        } else {
            " AND json_extract(json, '$.location.precision') < 4"
        });
        values.extend([near.lat - dlat, near.lat + dlat, near.lon - dlon, near.lon + dlon].map(Value::Real));
    }
    if let Some(actor) = &filter.actor {
        let ids = store.actor_ids(actor)?;
        let marks = if ids.is_empty() { "NULL".to_string() } else { vec!["?"; ids.len()].join(", ") };
        if merged {
            sql.push_str(&format!(
                " AND id IN (SELECT merged_id FROM merged_event_actors WHERE actor_id IN ({marks}))"
            ));
        } else {
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM actor_members m WHERE m.document_id = events.document_id
                     AND m.local_id IN (events.actor1, events.actor2) AND m.actor_id IN ({marks}))"
            ));
        }
        values.extend(ids.into_iter().map(Value::Text));
    }
    if let Some(query) = &filter.query {
        // Dialect: FTS5 tables on SQLite, generated tsvector columns on PostgreSQL.
        let (q, in_merged, in_documents) = if pg {
            (
                ts_query(query),
                "SELECT merged_id FROM merged_events_fts WHERE tsv @@ to_tsquery('simple', ?)",
                "SELECT id FROM documents WHERE tsv @@ to_tsquery('simple', ?)",
            )
        } else {
            (
                Some(fts_query(query)),
                "SELECT merged_id FROM merged_events_fts WHERE merged_events_fts MATCH ?",
                "SELECT id FROM documents WHERE rowid IN
                    (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
            )
        };
        match q {
            // No word at all: FTS5 matches nothing for `""`; neither does this.
            None => sql.push_str(" AND 1=0"),
            Some(q) => {
                if merged {
                    sql.push_str(&format!(
                        " AND (id IN ({in_merged})
                           OR id IN (SELECT merged_id FROM merged_event_documents WHERE document_id IN ({in_documents})))"
                    ));
                } else {
                    sql.push_str(&format!(
                        " AND (id IN (SELECT event_id FROM merged_event_documents WHERE merged_id IN ({in_merged}))
                           OR document_id IN ({in_documents}))"
                    ));
                }
                values.push(Value::Text(q.clone()));
                values.push(Value::Text(q));
            }
        }
    }
    if let Some(after) = &filter.after {
        // The order is (date, id) with undated events last: `coalesce(date, '~')`, since
        // '~' sorts after every date. The first condition is the range an index reads.
        let key = if merged { "coalesce(date_start, '~')" } else { "coalesce(date, '~')" };
        let date = after.date.clone().unwrap_or_else(|| "~".to_string());
        sql.push_str(&format!(" AND {key} >= ? AND ({key} > ? OR id > ?)"));
        values.extend([Value::Text(date.clone()), Value::Text(date), Value::Text(after.id.clone())]);
    }
    if let Some(documents) = &filter.documents {
        let marks = if documents.is_empty() { "NULL".to_string() } else { vec!["?"; documents.len()].join(", ") };
        if merged {
            sql.push_str(&format!(
                " AND id IN (SELECT merged_id FROM merged_event_documents WHERE document_id IN ({marks}))"
            ));
        } else {
            sql.push_str(&format!(" AND document_id IN ({marks})"));
        }
        values.extend(documents.iter().map(|d| Value::Text(d.clone())));
    }
    Ok(())
}

/// The least string above every string that starts with `s` (or is `s`, cut): `s` with
/// its last character raised by one. `None` for an empty `s` or one ending in the last
/// character there is.
pub(crate) fn raised(s: &str) -> Option<String> {
    let last = s.chars().next_back()?;
    let next = char::from_u32(last as u32 + 1)?;
    Some(format!("{}{next}", &s[..s.len() - last.len_utf8()]))
}

/// A user's words as an FTS5 query: each word quoted (so punctuation and FTS5 syntax
/// are taken literally), all required; a trailing `*` keeps its prefix meaning.
pub(crate) fn fts_query(text: &str) -> String {
    let words: Vec<String> = text
        .split_whitespace()
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            // A quote would end the string early, and FTS5 reads a NUL as the end of
            // the query; the tokenizer splits words at control characters anyway.
            let core: String = w
                .trim_end_matches('*')
                .chars()
                .filter(|c| *c != '"')
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let core = core.trim().to_string();
            (!core.is_empty()).then(|| if prefix { format!("\"{core}\"*") } else { format!("\"{core}\"") })
        })
        .collect();
    if words.is_empty() {
        "\"\"".to_string()
    } else {
        words.join(" ")
    }
}

/// Text as FTS5's default tokenizer (`unicode61`, `remove_diacritics 1`) sees it, for
/// PostgreSQL's index: letters and digits lowercased and stripped of diacritics, every
/// other character a separator. PostgreSQL's `simple` parser then finds the same
/// words in it, so a phrase matches there where it matches in FTS5.
pub(crate) fn fts_words(text: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// A user's words as a PostgreSQL `tsquery` with FTS5's meaning (see [`fts_query`]):
/// each word split into its letter-and-digit runs as [`fts_words`] splits text, these runs a phrase (`<->`), all words required (`&`); a trailing `*`
/// makes the last run a prefix (`:*`). `None` when no word has a letter or digit.
pub(crate) fn ts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let words = fts_words(w);
            let runs: Vec<&str> = words.split(' ').filter(|r| !r.is_empty()).collect();
            if runs.is_empty() {
                return None;
            }
            let phrase = runs.join(" <-> ");
            Some(if prefix { format!("({phrase}:*)") } else { format!("({phrase})") })
        })
        .collect();
    (!words.is_empty()).then(|| words.join(" & "))
}

/// `LIMIT ?`, unless rows are still to be dropped after SQL (`near`).
pub(crate) fn push_limit(filter: &EventFilter, sql: &mut String, values: &mut Vec<Value>) {
    if let (Some(limit), None) = (filter.limit, filter.near) {
        sql.push_str(" LIMIT ?");
        values.push(Value::Int(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
}

/// Whether a row at `(lat, lon)` passes the exact `near` test.
pub(crate) fn near_ok(filter: &EventFilter, lat: Option<f64>, lon: Option<f64>) -> bool {
    match (&filter.near, lat, lon) {
        (None, _, _) => true,
        (Some(near), Some(lat), Some(lon)) => near.contains(lat, lon),
        _ => false,
    }
}

impl Store {
    /// The per-document events matching `filter`, each with the id of the document it
    /// was stored with, ordered by date (undated last), then id.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<(Event, String)>, Error> {
        let mut sql = String::from("SELECT id, document_id, json, lat, lon FROM events WHERE 1=1");
        let mut values: Vec<Value> = Vec::new();
        conditions(self, filter, Table::Events, &mut sql, &mut values)?;
        sql.push_str(" ORDER BY date IS NULL, date, id");
        push_limit(filter, &mut sql, &mut values);

        let mut out = Vec::new();
        for row in self.db.query(&sql, &values)? {
            let (id, document_id, json, lat, lon): (String, String, String, Option<f64>, Option<f64>) =
                (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?);
            if !near_ok(filter, lat, lon) {
                continue;
            }
            if filter.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let event =
                serde_json::from_str(&json).map_err(|source| Error::Json { what: format!("event {id}"), source })?;
            out.push((event, document_id));
        }
        Ok(out)
    }

    /// The document stored under `id`, if any.
    pub fn document(&self, id: &str) -> Result<Option<Document>, Error> {
        let row = self.db.query_opt(
            "SELECT id, url, source, title, published, language, license, text, sha256, ingested_at
             FROM documents WHERE id = ?1",
            params![id],
        )?;
        row.map(|row| {
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
        })
        .transpose()
    }

    /// How many documents, events, actors and mentions are stored.
    pub fn counts(&self) -> Result<Counts, Error> {
        let row = self.db.query_one(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),
                    (SELECT count(*) FROM actors), (SELECT count(*) FROM mentions)",
            &[],
        )?;
        Ok(Counts {
            documents: row.get::<i64>(0)? as u64,
            events: row.get::<i64>(1)? as u64,
            actors: row.get::<i64>(2)? as u64,
            mentions: row.get::<i64>(3)? as u64,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{fts_query, fts_words, raised, ts_query};

    #[test]
    fn raised_bounds_every_string_with_the_prefix() {
        assert_eq!(raised("2024-03").as_deref(), Some("2024-04"));
        assert_eq!(raised("2019").as_deref(), Some("201:"));
        assert_eq!(raised(""), None);
        for date in ["2024-03", "2024-03-31", "2024-03-31T10:00", "2024-03-W1"] {
            assert!(date < "2024-04" && date.get(..7) <= Some("2024-03"));
        }
        assert!("2024-04-01" >= raised("2024-03").unwrap().as_str());
    }

    #[test]
    fn fts_queries_quote_words_and_drop_control_characters() {
        assert_eq!(fts_query("IS-K café*"), "\"IS-K\" \"café\"*");
        assert_eq!(fts_query("a\u{0}b \"x\""), "\"a b\" \"x\"");
        assert_eq!(fts_query("\u{0}"), "\"\"");
    }

    #[test]
    fn words_are_split_folded_and_lowercased_as_fts5_does() {
        assert_eq!(
            fts_words("The Cafetería Rolando, U.S.-led (IS-K) 3.5 ISIL’s"),
            "the cafeteria rolando u s led is k 3 5 isil s"
        );
        assert_eq!(fts_words("  "), "");
    }

    #[test]
    fn queries_are_phrases_of_runs_all_required() {
        assert_eq!(ts_query("IS-K café*").as_deref(), Some("(is <-> k) & (cafe:*)"));
        assert_eq!(ts_query("U.S. strike").as_deref(), Some("(u <-> s) & (strike)"));
        assert_eq!(ts_query("\" - *"), None);
    }
}
