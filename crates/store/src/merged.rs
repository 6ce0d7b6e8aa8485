//! The merged tables: events merged across documents and actor profiles, recomputed
//! from the per-document records by [`Store::refresh_merged`].

use std::collections::{BTreeMap, HashMap};

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, TransactionBehavior};
use tidings_merge::events::sentence_around;
use tidings_merge::identity::{kind_str, lookup_keys};
use tidings_merge::{ActorProfile, MergedEvent, Report};
use tidings_model::{Actor, Event};

use crate::query::{conditions, near_ok, push_limit, Table};
use crate::{Error, Store};

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
        let now: (i64, i64) =
            self.conn.query_row("SELECT count(*), coalesce(max(rowid), 0) FROM documents", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        let then: Option<(i64, i64)> = self
            .conn
            .query_row("SELECT documents, max_rowid FROM merge_state WHERE id = 1", [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(then != Some(now))
    }

    /// Recomputes the merged events and actor profiles of the whole corpus, in one
    /// transaction. The result depends only on the stored records, never on the order
    /// they were stored in.
    pub fn refresh_merged(&mut self) -> Result<MergeStats, Error> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let json_error = |what: String| move |source| Error::Json { what, source };

        let documents: HashMap<String, (Option<String>, String)> = tx
            .prepare("SELECT id, published, text FROM documents WHERE id IN (SELECT document_id FROM events)")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?))))?
            .collect::<Result<_, _>>()?;
        let mut events: Vec<(String, Event)> = Vec::new();
        for row in tx
            .prepare("SELECT document_id, id, json FROM events")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        {
            let (doc, id, json) = row?;
            events.push((doc, serde_json::from_str(&json).map_err(json_error(format!("event {id}")))?));
        }
        let mut actors: Vec<(String, Actor)> = Vec::new();
        for row in tx
            .prepare("SELECT document_id, id, json FROM actors")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        {
            let (doc, id, json) = row?;
            actors.push((doc, serde_json::from_str(&json).map_err(json_error(format!("actor {id}")))?));
        }
        let mut copies: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in tx
            .prepare("SELECT document_id, original_id FROM copies ORDER BY document_id")?
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        {
            let (copy, original) = row?;
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
            tx.execute(&format!("DELETE FROM {table}"), [])?;
        }
        {
            let mut ins_profile = tx.prepare(
                "INSERT INTO actor_profiles (id, name, kind, country, n_documents, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for p in &profiles {
                let json = serde_json::to_string(p).map_err(json_error(format!("profile {}", p.id)))?;
                ins_profile.execute(params![
                    p.id,
                    p.name,
                    kind_str(p.kind),
                    p.country,
                    p.documents.len() as i64,
                    json
                ])?;
            }
            let mut ins_name = tx.prepare("INSERT OR IGNORE INTO actor_names (key, actor_id) VALUES (?1, ?2)")?;
            for (key, identity) in identities.keys() {
                ins_name.execute(params![key, identity.id])?;
            }
            let mut ins_member =
                tx.prepare("INSERT INTO actor_members (actor_id, document_id, local_id) VALUES (?1, ?2, ?3)")?;
            for (doc, local, identity) in identities.records() {
                ins_member.execute(params![identity.id, doc, local])?;
            }
            let mut ins_event = tx.prepare(
                "INSERT INTO merged_events
                     (id, event_type, sub_event_type, modality, date, date_start, date_end, country, admin1,
                      location_name, lat, lon, fatalities_low, fatalities_best, fatalities_high, background,
                      n_documents, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            )?;
            let mut ins_doc = tx
                .prepare("INSERT INTO merged_event_documents (merged_id, document_id, event_id) VALUES (?1, ?2, ?3)")?;
            let mut ins_actor =
                tx.prepare("INSERT OR IGNORE INTO merged_event_actors (merged_id, actor_id) VALUES (?1, ?2)")?;
            let mut ins_fts = tx.prepare("INSERT INTO merged_events_fts (merged_id, text) VALUES (?1, ?2)")?;
            for m in &merged {
                // The sources' own events are in `events`: stored once, joined back on read.
                let lean = MergedEvent { sources: Vec::new(), ..m.clone() };
                let json = serde_json::to_string(&lean).map_err(json_error(format!("merged event {}", m.id)))?;
                let place = m.location.as_ref();
                let date = m.date.as_ref();
                let f = m.fatalities.as_ref();
                ins_event.execute(params![
                    m.id,
                    m.event_type,
                    m.sub_event_type,
                    m.modality.as_str(),
                    date.map(|d| &d.value),
                    date.map(|d| &d.start),
                    date.map(|d| &d.end),
                    place.and_then(|p| p.country.as_ref()),
                    place.and_then(|p| p.admin1.as_ref()),
                    place.map(|p| &p.name),
                    place.map(|p| p.lat),
                    place.map(|p| p.lon),
                    f.map(|f| f.low),
                    f.map(|f| f.best),
                    f.map(|f| f.high),
                    m.background,
                    m.documents.len() as i64,
                    json,
                ])?;
                for s in &m.sources {
                    ins_doc.execute(params![m.id, s.document, s.event.id])?;
                }
                for c in &m.copies {
                    ins_doc.execute(params![m.id, c.document, Option::<String>::None])?;
                }
                let named = m.actor1.iter().chain(&m.actor2).chain(&m.assoc_actor1).chain(&m.assoc_actor2);
                let mut words = vec![m.event_type.clone(), m.sub_event_type.clone(), m.modality.as_str().to_string()];
                for a in named {
                    ins_actor.execute(params![m.id, a.id])?;
                    words.push(a.name.clone());
                }
                if let Some(p) = place {
                    words.extend([
                        p.name.clone(),
                        p.admin1.clone().unwrap_or_default(),
                        p.country.clone().unwrap_or_default(),
                    ]);
                }
                words.push(m.notes.clone());
                ins_fts.execute(params![m.id, words.join(" ")])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO merge_state (id, documents, max_rowid)
             SELECT 1, count(*), coalesce(max(rowid), 0) FROM documents",
            [],
        )?;
        tx.commit()?;
        Ok(MergeStats {
            reports: reports.len(),
            merged: merged.len(),
            multi_source: merged.iter().filter(|m| m.sources.len() > 1).count(),
            actors: profiles.len(),
        })
    }

    /// The merged events matching `filter`, ordered by date (undated last), then id.
    /// Call [`Store::refresh_merged`] first when [`Store::merged_is_stale`].
    pub fn merged_events(&self, filter: &crate::EventFilter) -> Result<Vec<MergedEvent>, Error> {
        let mut sql = String::from("SELECT id, json, lat, lon FROM merged_events WHERE 1");
        let mut values: Vec<Value> = Vec::new();
        conditions(self, filter, Table::Merged, &mut sql, &mut values)?;
        sql.push_str(" ORDER BY date_start IS NULL, date_start, id");
        push_limit(filter, &mut sql, &mut values);
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<f64>>(2)?,
                r.get::<_, Option<f64>>(3)?,
            ))
        })?;
        let mut sources = self.conn.prepare_cached(
            "SELECT d.document_id, e.id, e.json FROM merged_event_documents d JOIN events e ON e.id = d.event_id
             WHERE d.merged_id = ?1 ORDER BY d.document_id, e.id",
        )?;
        let mut out = Vec::new();
        for row in rows {
            let (id, json, lat, lon) = row?;
            if !near_ok(filter, lat, lon) {
                continue;
            }
            if filter.limit.is_some_and(|l| out.len() >= l) {
                break;
            }
            let mut m: MergedEvent = serde_json::from_str(&json)
                .map_err(|source| Error::Json { what: format!("merged event {id}"), source })?;
            let rows = sources
                .query_map([&id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
            for source in rows {
                let (document, event_id, json) = source?;
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
        Ok(self
            .conn
            .prepare(
                "SELECT id FROM actor_profiles WHERE id = ?1
                 UNION SELECT actor_id FROM actor_names WHERE key IN (?2, ?3) ORDER BY 1",
            )?
            .query_map(params_from_iter(values), |r| r.get(0))?
            .collect::<Result<_, _>>()?)
    }

    /// The profile of the actor `name` means; with several, the one seen in most documents.
    pub fn actor_profile(&self, name: &str) -> Result<Option<ActorProfile>, Error> {
        let ids = self.actor_ids(name)?;
        let marks = vec!["?"; ids.len()].join(", ");
        let json: Option<(String, String)> = self
            .conn
            .query_row(
                &format!(
                    "SELECT id, json FROM actor_profiles WHERE id IN ({marks}) ORDER BY n_documents DESC, id LIMIT 1"
                ),
                params_from_iter(ids),
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        json.map(|(id, json)| {
            serde_json::from_str(&json).map_err(|source| Error::Json { what: format!("profile {id}"), source })
        })
        .transpose()
    }

    /// Outlet, publication date and ingest time of every stored document, by id.
    pub fn document_meta(&self) -> Result<HashMap<String, DocumentMeta>, Error> {
        Ok(self
            .conn
            .prepare("SELECT id, source, published, ingested_at FROM documents")?
            .query_map([], |r| {
                Ok((r.get(0)?, DocumentMeta { source: r.get(1)?, published: r.get(2)?, ingested_at: r.get(3)? }))
            })?
            .collect::<Result<_, _>>()?)
    }

    /// Every actor profile, most documents first.
    pub fn actor_list(&self) -> Result<Vec<ActorSummary>, Error> {
        Ok(self
            .conn
            .prepare("SELECT id, name, kind, country, n_documents FROM actor_profiles ORDER BY n_documents DESC, id")?
            .query_map([], |r| {
                Ok(ActorSummary {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    documents: r.get::<_, i64>(4)? as u64,
                })
            })?
            .collect::<Result<_, _>>()?)
    }
}
