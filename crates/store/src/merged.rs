//! The merged tables: events merged across documents and actor profiles, recomputed
//! from the per-document records by [`Store::refresh_merged`].

use std::collections::{BTreeMap, HashMap};

use tidings_merge::events::sentence_around;
use tidings_merge::identity::{kind_str, lookup_keys};
use tidings_merge::{ActorProfile, MergedEvent, Report};
use tidings_model::{Actor, Event};

use crate::db::Db;
use crate::query::{conditions, near_ok, push_limit, Table};
use crate::{params, Error, Store, Value};

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
    /// Whether documents were stored since the merged tables were last computed.
    pub fn merged_is_stale(&self) -> Result<bool, Error> {
        let r = self.db.query_one("SELECT count(*), coalesce(max(rowid), 0) FROM documents", &[])?;
        let now: (i64, i64) = (r.get(0)?, r.get(1)?);
        let then: Option<(i64, i64)> =
            match self.db.query_opt("SELECT documents, max_rowid FROM merge_state WHERE id = 1", &[])? {
                Some(r) => Some((r.get(0)?, r.get(1)?)),
                None => None,
            };
        Ok(then != Some(now))
    }

    /// Recomputes the merged events and actor profiles of the whole corpus, in one
    /// transaction. The result depends only on the stored records, never on the order
    /// they were stored in.
    pub fn refresh_merged(&mut self) -> Result<MergeStats, Error> {
        let tx = self.db.begin(true)?;
        let stats = refresh_in(&tx)?;
        tx.commit()?;
        // Fresh statistics let the query planner choose between the list indexes (a
        // country and a type together); both engines read `ANALYZE table`.
        self.db.batch("ANALYZE merged_events")?;
        Ok(stats)
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

/// Recomputes the merged tables inside the write transaction `tx` (see
/// [`Store::refresh_merged`]). Reads every stored record: O(store) per call.
pub(crate) fn refresh_in(tx: &Db) -> Result<MergeStats, Error> {
    let json_error = |what: String| move |source| Error::Json { what, source };

    let mut documents: HashMap<String, (Option<String>, String)> = HashMap::new();
    for r in tx.query("SELECT id, published, text FROM documents WHERE id IN (SELECT document_id FROM events)", &[])? {
        documents.insert(r.get(0)?, (r.get(1)?, r.get(2)?));
    }
    // In a fixed order: the merge depends only on the set of inputs, but reading them in
    // the same order on both engines keeps even ties alike.
    let mut events: Vec<(String, Event)> = Vec::new();
    for r in tx.query("SELECT document_id, id, json FROM events ORDER BY document_id, id", &[])? {
        let (doc, id, json): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        events.push((doc, serde_json::from_str(&json).map_err(json_error(format!("event {id}")))?));
    }
    let mut actors: Vec<(String, Actor)> = Vec::new();
    for r in tx.query("SELECT document_id, id, json FROM actors ORDER BY document_id, id", &[])? {
        let (doc, id, json): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        actors.push((doc, serde_json::from_str(&json).map_err(json_error(format!("actor {id}")))?));
    }
    let mut copies: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in tx.query("SELECT document_id, original_id FROM copies ORDER BY document_id", &[])? {
        let (copy, original): (String, String) = (r.get(0)?, r.get(1)?);
        copies.entry(original).or_default().push(copy);
    }
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
    let records = actors.iter().map(|(d, a)| (d.as_str(), a));
    let identities = tidings_merge::resolve(records.clone());
    let merged = tidings_merge::merge(&reports, &identities, &copies);
    let profiles = tidings_merge::profiles(&identities, records);

    for table in [
        "merged_event_documents",
        "merged_event_actors",
        "merged_events_fts",
        "merged_events",
        "actor_members",
        "actor_names",
        "actor_profiles",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), &[])?;
    }
    let mut profile_rows = Vec::with_capacity(profiles.len());
    for p in &profiles {
        let json = serde_json::to_string(p).map_err(json_error(format!("profile {}", p.id)))?;
        profile_rows.push(
            params![&p.id, &p.name, kind_str(p.kind), p.country.as_ref(), p.documents.len() as i64, json].to_vec(),
        );
    }
    tx.insert_rows("actor_profiles", &["id", "name", "kind", "country", "n_documents", "json"], "", &profile_rows)?;
    let name_rows: Vec<Vec<Value>> =
        identities.keys().into_iter().map(|(key, identity)| params![key, &identity.id].to_vec()).collect();
    tx.insert_rows("actor_names", &["key", "actor_id"], "ON CONFLICT DO NOTHING", &name_rows)?;
    let member_rows: Vec<Vec<Value>> = identities
        .records()
        .into_iter()
        .map(|(doc, local, identity)| params![&identity.id, doc, local].to_vec())
        .collect();
    tx.insert_rows("actor_members", &["actor_id", "document_id", "local_id"], "", &member_rows)?;

    let (mut event_rows, mut doc_rows, mut actor_rows, mut fts_rows) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
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
        fts_rows.push(params![&m.id, words].to_vec());
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
    tx.insert_rows("merged_event_documents", &["merged_id", "document_id", "event_id"], "", &doc_rows)?;
    tx.insert_rows("merged_event_actors", &["merged_id", "actor_id"], "ON CONFLICT DO NOTHING", &actor_rows)?;
    tx.insert_rows("merged_events_fts", &["merged_id", "text"], "", &fts_rows)?;
    tx.execute(
        "INSERT INTO merge_state (id, documents, max_rowid)
         SELECT 1, count(*), coalesce(max(rowid), 0) FROM documents WHERE 1=1
         ON CONFLICT (id) DO UPDATE SET documents = excluded.documents, max_rowid = excluded.max_rowid",
        &[],
    )?;
    Ok(MergeStats {
        reports: reports.len(),
        merged: merged.len(),
        multi_source: merged.iter().filter(|m| m.sources.len() > 1).count(),
        actors: profiles.len(),
    })
}
