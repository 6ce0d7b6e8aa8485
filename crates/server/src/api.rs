//! The read endpoints, `/healthz` and the OpenAPI document. Every handler reads through
//! the public [`Store`] API; what that API cannot answer directly is composed here (and
//! named as such).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tidings_merge::events::MergedEvent;
use tidings_model::{Document, Event, Span};
use tidings_store::{After, EventFilter, Store};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::error::{ApiError, Code, ErrorBody};
use crate::{filter, AppState};

/// The response header that carries the next page's cursor (every format).
pub const NEXT_CURSOR: HeaderName = HeaderName::from_static("tidings-next-cursor");

/// Events per page in JSON when `limit` is not given, and the most a JSON page holds.
pub const DEFAULT_PAGE: usize = 100;
pub const MAX_PAGE: usize = 10_000;

type St = State<Arc<AppState>>;

pub(crate) fn read_routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/events", get(list_events))
        .route("/api/events/{id}", get(get_event))
        .route("/api/actors", get(list_actors))
        .route("/api/actors/{id}", get(get_actor))
        .route("/api/documents/{id}", get(get_document))
        .route("/api/search", get(search))
}

pub(crate) fn write_routes() -> Router<Arc<AppState>> {
    Router::new().route("/api/documents", post(crate::ingest::post_documents))
}

fn params<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(p)| p).map_err(|e| ApiError::param(e.body_text()))
}

fn checked(
    name: &str,
    value: Option<String>,
    parse: fn(&str) -> Result<String, String>,
) -> Result<Option<String>, ApiError> {
    value.map(|v| parse(&v).map_err(|e| ApiError::param(format!("{name}: {e}")))).transpose()
}

fn number<T: std::str::FromStr>(name: &str, value: Option<String>) -> Result<Option<T>, ApiError> {
    value
        .map(|v| v.trim().parse::<T>().map_err(|_| ApiError::param(format!("{name}: {v:?} is not a whole number ≥ 0"))))
        .transpose()
}

// ---------------------------------------------------------------------------------
// Paging

/// Where a page of events starts: right after the sort key (date, id) of the last event
/// of the page before, so the store finds the page through an index however deep it
/// is, and a list that changed underneath goes on from the same place. Sent as opaque
/// hex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    /// The first possible day of the last event's date (`None`: undated).
    pub date: Option<String>,
    pub last: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let date = self.date.as_deref().map_or("-".to_string(), |d| format!("d{d}"));
        format!("c2:{date}:{}", self.last).bytes().map(|b| format!("{b:02x}")).collect()
    }

    pub fn decode(s: &str) -> Result<Cursor, ApiError> {
        let bad = || ApiError::new(Code::InvalidCursor, "the cursor is not one this server gave");
        if !s.len().is_multiple_of(2) || s.len() > 2048 {
            return Err(bad());
        }
        let bytes: Vec<u8> = (0..s.len())
            .step_by(2)
            .map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
            .collect::<Option<_>>()
            .ok_or_else(bad)?;
        let text = String::from_utf8(bytes).map_err(|_| bad())?;
        let rest = text.strip_prefix("c2:").ok_or_else(bad)?;
        let (date, last) = rest.split_once(':').ok_or_else(bad)?;
        let date = match date {
            "-" => None,
            d => Some(d.strip_prefix('d').filter(|d| !d.is_empty()).ok_or_else(bad)?.to_string()),
        };
        if last.is_empty() || text.contains('\0') {
            return Err(bad());
        }
        Ok(Cursor { date, last: last.to_string() })
    }
}

/// Merged events matching `filter`, one page after `cursor` (keyset paging: the store
/// reads the page and one event more, never the pages before it).
pub fn merged_page(
    store: &Store,
    mut filter: EventFilter,
    cursor: Option<&Cursor>,
    limit: Option<usize>,
) -> Result<(Vec<MergedEvent>, Option<String>), ApiError> {
    filter.after = cursor.map(|c| After { date: c.date.clone(), id: c.last.clone() });
    filter.limit = limit.map(|l| l.saturating_add(1));
    let mut events = store.merged_events(&filter)?;
    let next = match limit {
        Some(l) if events.len() > l => {
            events.truncate(l);
            events
                .last()
                .map(|m| Cursor { date: m.date.as_ref().map(|d| d.start.clone()), last: m.id.clone() }.encode())
        }
        _ => None,
    };
    Ok((events, next))
}

/// Actors are listed from memory (their profiles are few next to events): a page
/// starts after the actor its cursor names, found by position.
fn actor_page(items: Vec<ActorItem>, cursor: Option<&Cursor>, limit: usize) -> Result<ActorPage, ApiError> {
    let start = match cursor {
        None => 0,
        Some(c) => {
            1 + items.iter().position(|a| a.id == c.last).ok_or_else(|| {
                ApiError::new(Code::InvalidCursor, "the list changed and the cursor's actor is gone; start again")
            })?
        }
    };
    let mut actors: Vec<ActorItem> = items.into_iter().skip(start).collect();
    let next_cursor = if actors.len() > limit {
        actors.truncate(limit);
        actors.last().map(|a| Cursor { date: None, last: a.id.clone() }.encode())
    } else {
        None
    };
    Ok(ActorPage { actors, next_cursor })
}

// ---------------------------------------------------------------------------------
// Events

/// The filters of `tidings events`, paging and the output format.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct EventsParams {
    /// Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    pub since: Option<String>,
    /// Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    pub until: Option<String>,
    /// ISO 3166-1 alpha-2 code of the event's country (any case).
    pub country: Option<String>,
    /// ACLED event type, e.g. `Battles` (any case).
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// First-level division, e.g. `Kaluga Oblast` (any case).
    pub admin1: Option<String>,
    /// ACLED sub-event type, e.g. `Armed clash` (any case).
    pub sub_type: Option<String>,
    /// An actor in any role: any name, acronym or profile id (`ISKP`).
    pub actor: Option<String>,
    /// occurred, attempted, planned, foiled, threatened, claimed, denied, hypothetical.
    pub modality: Option<String>,
    /// Best fatality estimate at least N (unknown tolls never match).
    pub min_fatalities: Option<String>,
    /// Full text: every word in the event or a document reporting it; `word*` a prefix.
    pub q: Option<String>,
    /// `LAT,LON,KM`: events within KM kilometres of a point.
    pub near: Option<String>,
    /// `json` (default), `csv`, `acled-csv` or `geojson`.
    pub format: Option<String>,
    /// With `format=json`: `full` (default; every source's event and evidence) or
    /// `summary` (the fields a map or table needs).
    pub view: Option<String>,
    /// Events per page: 100 by default in JSON (at most 10000); every matching event
    /// in the other formats unless given.
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl EventsParams {
    fn filter(&self) -> Result<EventFilter, ApiError> {
        Ok(EventFilter {
            since: checked("since", self.since.clone(), filter::parse_date_prefix)?,
            until: checked("until", self.until.clone(), filter::parse_date_prefix)?,
            country: checked("country", self.country.clone(), filter::parse_country)?,
            event_type: checked("type", self.event_type.clone(), filter::parse_event_type)?,
            admin1: nonempty(&self.admin1),
            sub_event_type: nonempty(&self.sub_type),
            modality: checked("modality", self.modality.clone(), filter::parse_modality)?,
            actor: nonempty(&self.actor),
            min_fatalities: number("min_fatalities", self.min_fatalities.clone())?,
            query: nonempty(&self.q),
            near: self
                .near
                .as_deref()
                .map(|n| filter::parse_near(n).map_err(|e| ApiError::param(format!("near: {e}"))))
                .transpose()?,
            background: None,
            documents: None,
            after: None,
            limit: None,
        })
    }
}

fn nonempty(s: &Option<String>) -> Option<String> {
    s.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    AcledCsv,
    Geojson,
}

impl Format {
    fn parse(s: Option<&str>) -> Result<Format, ApiError> {
        match s.unwrap_or("json") {
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "acled-csv" => Ok(Format::AcledCsv),
            "geojson" => Ok(Format::Geojson),
            other => Err(ApiError::param(format!("format: {other:?} is not one of json, csv, acled-csv, geojson"))),
        }
    }
}

/// One page of merged events.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventPage {
    /// Merged events (`view=full`) or [`EventSummary`]s (`view=summary`), by date
    /// (undated last), then id.
    #[schema(value_type = Vec<Object>)]
    pub events: serde_json::Value,
    /// Pass as `cursor` for the next page; `null` on the last one.
    pub next_cursor: Option<String>,
}

/// What a map, a timeline or a table needs of a merged event.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventSummary {
    pub id: String,
    /// TIMEX3 value (`2024-03-07`, `2024-W10`, `2024`).
    pub date: Option<String>,
    /// First and last day the date may be.
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    pub modality: String,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub location: Option<String>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// 1 exact place … 3 province, 4 country.
    pub geo_precision: Option<u8>,
    /// Best estimate; `null` when no source gives a number.
    pub fatalities: Option<u32>,
    pub background: bool,
    pub documents: Vec<String>,
    pub notes: String,
}

impl EventSummary {
    pub fn of(m: &MergedEvent) -> EventSummary {
        let place = m.location.as_ref();
        EventSummary {
            id: m.id.clone(),
            date: m.date.as_ref().map(|d| d.value.clone()),
            date_start: m.date.as_ref().map(|d| d.start.clone()),
            date_end: m.date.as_ref().map(|d| d.end.clone()),
            event_type: m.event_type.clone(),
            sub_event_type: m.sub_event_type.clone(),
            modality: m.modality.as_str().to_string(),
            actor1: m.actor1.as_ref().map(|a| a.name.clone()),
            actor2: m.actor2.as_ref().map(|a| a.name.clone()),
            location: place.map(|p| p.name.clone()),
            country: place.and_then(|p| p.country.clone()),
            admin1: place.and_then(|p| p.admin1.clone()),
            lat: place.map(|p| p.lat),
            lon: place.map(|p| p.lon),
            geo_precision: place.map(|p| p.precision),
            fatalities: m.fatalities.as_ref().map(|f| f.best),
            background: m.background,
            documents: m.documents.clone(),
            notes: m.notes.clone(),
        }
    }
}

/// Merged events, filtered like `tidings events`, paged by cursor.
#[utoipa::path(get, path = "/api/events", params(EventsParams), tag = "events",
    responses(
        (status = 200, description = "A page of events; in CSV and GeoJSON the next cursor is in the `tidings-next-cursor` header",
            content((EventPage = "application/json"), (String = "text/csv"), (serde_json::Value = "application/geo+json"))),
        (status = 400, description = "invalid_parameter, invalid_cursor", body = ErrorBody),
        (status = 401, description = "unauthorized (with --read-token)", body = ErrorBody),
    ))]
pub async fn list_events(
    State(state): St,
    q: Result<Query<EventsParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let p = params(q)?;
    let filter = p.filter()?;
    let format = Format::parse(p.format.as_deref())?;
    let summary = match p.view.as_deref().unwrap_or("full") {
        "full" => false,
        "summary" => true,
        other => return Err(ApiError::param(format!("view: {other:?} is not full or summary"))),
    };
    let limit = number::<usize>("limit", p.limit.clone())?;
    if limit == Some(0) {
        return Err(ApiError::param("limit: must be at least 1"));
    }
    let limit = match (format, limit) {
        (Format::Json, None) => Some(DEFAULT_PAGE),
        (Format::Json, Some(l)) => Some(l.min(MAX_PAGE)),
        (_, l) => l,
    };
    let cursor = p.cursor.as_deref().map(Cursor::decode).transpose()?;
    state
        .read(move |store| {
            let (events, next) = merged_page(store, filter, cursor.as_ref(), limit)?;
            let mut body = Vec::new();
            let content_type = match format {
                Format::Json => {
                    let events = if summary {
                        serde_json::to_value(events.iter().map(EventSummary::of).collect::<Vec<_>>())
                    } else {
                        serde_json::to_value(&events)
                    }
                    .map_err(|e| ApiError::new(Code::Internal, e.to_string()))?;
                    serde_json::to_writer(&mut body, &EventPage { events, next_cursor: next.clone() })
                        .map_err(|e| ApiError::new(Code::Internal, e.to_string()))?;
                    "application/json"
                }
                Format::Csv => {
                    crate::export::merged_csv(&mut body, &events)?;
                    "text/csv; charset=utf-8"
                }
                Format::AcledCsv => {
                    crate::export::acled_csv(&mut body, store, &events)?;
                    "text/csv; charset=utf-8"
                }
                Format::Geojson => {
                    crate::export::geojson(&mut body, &events)?;
                    "application/geo+json"
                }
            };
            let mut response = ([(header::CONTENT_TYPE, content_type)], body).into_response();
            if let Some(next) = next.and_then(|n| HeaderValue::from_str(&n).ok()) {
                response.headers_mut().insert(NEXT_CURSOR, next);
            }
            Ok(response)
        })
        .await
}

/// An evidence span with the field it supports.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldSpan {
    /// `event` (the trigger clause), `date`, `place`, `actor1`, `actor2`, `target`,
    /// `weapon`, `toll` or `attribution`.
    pub field: &'static str,
    /// The per-document event it belongs to.
    pub event: String,
    /// Byte offsets into the document's normalized text: `text[start..end]`.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Every evidence span of a per-document event, labelled by field.
pub fn field_spans(e: &Event) -> Vec<FieldSpan> {
    let mut groups: Vec<(&'static str, &[Span])> = vec![("event", e.evidence.as_slice())];
    if let Some(d) = &e.date {
        groups.push(("date", d.evidence.as_slice()));
    }
    if let Some(p) = &e.location {
        groups.push(("place", p.evidence.as_slice()));
    }
    for a in e.actor1.iter().chain(&e.assoc_actor1) {
        groups.push(("actor1", a.evidence.as_slice()));
    }
    for a in e.actor2.iter().chain(&e.assoc_actor2) {
        groups.push(("actor2", a.evidence.as_slice()));
    }
    if let Some(t) = &e.target {
        groups.push(("target", t.evidence.as_slice()));
    }
    for w in &e.weapons {
        groups.push(("weapon", w.evidence.as_slice()));
    }
    if let Some(f) = &e.fatalities {
        groups.push(("toll", f.evidence.as_slice()));
    }
    if let Some(a) = &e.attribution {
        groups.push(("attribution", a.evidence.as_slice()));
    }
    groups
        .into_iter()
        .flat_map(|(field, spans)| {
            spans.iter().map(move |s| FieldSpan {
                field,
                event: e.id.clone(),
                start: s.start,
                end: s.end,
                text: s.text.clone(),
            })
        })
        .collect()
}

/// One source of a merged event: its document (with the full text) and its evidence.
#[derive(Debug, Serialize, ToSchema)]
pub struct SourceDocument {
    #[schema(value_type = Object)]
    pub document: Option<Document>,
    /// The source's own event as coded from this document.
    #[schema(value_type = Object)]
    pub event: Event,
    pub spans: Vec<FieldSpan>,
}

/// A merged event with each source's article and evidence.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventDetail {
    /// The merged event (its `sources`, `disagreements`, `copies`, `documents`).
    #[schema(value_type = Object)]
    pub event: MergedEvent,
    pub sources: Vec<SourceDocument>,
}

/// A merged event, its sources' articles and their evidence spans by field.
#[utoipa::path(get, path = "/api/events/{id}", tag = "events",
    params(("id" = String, Path, description = "Merged event id (`m-…`)")),
    responses((status = 200, body = EventDetail), (status = 404, description = "not_found", body = ErrorBody)))]
pub async fn get_event(State(state): St, Path(id): Path<String>) -> Result<Json<EventDetail>, ApiError> {
    state
        .read(move |store| {
            let Some(event) = store.merged_event(&id)? else {
                return Err(ApiError::not_found(format!("no event {id:?}")));
            };
            let mut sources = Vec::new();
            for s in &event.sources {
                sources.push(SourceDocument {
                    document: store.document(&s.document)?,
                    spans: field_spans(&s.event),
                    event: s.event.clone(),
                });
            }
            Ok(Json(EventDetail { event, sources }))
        })
        .await
}

// ---------------------------------------------------------------------------------
// Documents

/// A stored document with its events and every evidence span.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentDetail {
    /// The document: metadata and normalized `text` (spans are byte offsets into it).
    #[schema(value_type = Object)]
    pub document: Document,
    /// The events coded from it (none for a near-duplicate copy, which is not coded).
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Event>,
    /// Every evidence span of those events, labelled by field, in text order.
    pub spans: Vec<FieldSpan>,
    /// The merged events it reports.
    pub merged: Vec<EventSummary>,
}

/// A document: its text, its events and every evidence span.
#[utoipa::path(get, path = "/api/documents/{id}", tag = "documents",
    params(("id" = String, Path, description = "Document id")),
    responses((status = 200, body = DocumentDetail), (status = 404, description = "not_found", body = ErrorBody)))]
pub async fn get_document(State(state): St, Path(id): Path<String>) -> Result<Json<DocumentDetail>, ApiError> {
    state.read(move |store| document_detail(store, &id)).await.map(Json)
}

pub(crate) fn document_detail(store: &Store, id: &str) -> Result<DocumentDetail, ApiError> {
    let Some(document) = store.document(id)? else {
        return Err(ApiError::not_found(format!("no document {id:?}")));
    };
    let only = EventFilter { documents: Some(vec![id.to_string()]), ..EventFilter::default() };
    let events: Vec<Event> = store.events(&only)?.into_iter().map(|(e, _)| e).collect();
    let mut spans: Vec<FieldSpan> = events.iter().flat_map(field_spans).collect();
    spans.sort_by(|a, b| (a.start, a.end, a.field).cmp(&(b.start, b.end, b.field)));
    let merged = store.merged_events(&only)?.iter().map(EventSummary::of).collect();
    Ok(DocumentDetail { document, events, spans, merged })
}

// ---------------------------------------------------------------------------------
// Actors

/// Listing actors.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ActorsParams {
    /// Only actors whose name contains this (any case).
    pub q: Option<String>,
    /// Actors per page (100 by default, at most 10000).
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// An actor in a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ActorItem {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    /// Documents that name it.
    pub documents: u64,
}

/// One page of actors.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActorPage {
    pub actors: Vec<ActorItem>,
    pub next_cursor: Option<String>,
}

fn actor_items(store: &Store, q: Option<&str>) -> Result<Vec<ActorItem>, ApiError> {
    let q = q.map(str::to_lowercase);
    Ok(store
        .actor_list()?
        .into_iter()
        .filter(|a| q.as_ref().is_none_or(|q| a.name.to_lowercase().contains(q.as_str())))
        .map(|a| ActorItem { id: a.id, name: a.name, kind: a.kind, country: a.country, documents: a.documents })
        .collect())
}

/// Actor profiles, most documents first.
#[utoipa::path(get, path = "/api/actors", params(ActorsParams), tag = "actors",
    responses((status = 200, body = ActorPage), (status = 400, description = "invalid_parameter, invalid_cursor", body = ErrorBody)))]
pub async fn list_actors(
    State(state): St,
    q: Result<Query<ActorsParams>, QueryRejection>,
) -> Result<Json<ActorPage>, ApiError> {
    let p = params(q)?;
    let limit = number::<usize>("limit", p.limit.clone())?.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
    let cursor = p.cursor.as_deref().map(Cursor::decode).transpose()?;
    state
        .read(move |store| {
            let items = actor_items(store, nonempty(&p.q).as_deref())?;
            actor_page(items, cursor.as_ref(), limit).map(Json)
        })
        .await
}

/// Events per month.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub events: usize,
}

/// An actor's profile with its events.
#[derive(Debug, Serialize, ToSchema)]
pub struct ActorDetail {
    /// Names seen, leaders and their fates, enemies, areas, every fact with sources.
    #[schema(value_type = Object)]
    pub profile: tidings_merge::ActorProfile,
    /// The merged events it takes part in, by date.
    pub events: Vec<EventSummary>,
    /// Those events per month of their first possible day (undated ones left out).
    pub by_month: Vec<MonthCount>,
}

/// An actor by profile id or any of its names.
#[utoipa::path(get, path = "/api/actors/{id}", tag = "actors",
    params(("id" = String, Path, description = "Profile id (`actor:…`) or any name, acronym or alias")),
    responses((status = 200, body = ActorDetail), (status = 404, description = "not_found", body = ErrorBody)))]
pub async fn get_actor(State(state): St, Path(id): Path<String>) -> Result<Json<ActorDetail>, ApiError> {
    state
        .read(move |store| {
            let Some(profile) = store.actor_profile(&id)? else {
                return Err(ApiError::not_found(format!("no actor {id:?}")));
            };
            let filter = EventFilter { actor: Some(profile.id.clone()), ..EventFilter::default() };
            let events: Vec<EventSummary> = store.merged_events(&filter)?.iter().map(EventSummary::of).collect();
            let mut months: BTreeMap<String, usize> = BTreeMap::new();
            for e in &events {
                if let Some(start) = e.date_start.as_deref().filter(|s| s.len() >= 7) {
                    *months.entry(start[..7].to_string()).or_default() += 1;
                }
            }
            let by_month = months.into_iter().map(|(month, events)| MonthCount { month, events }).collect();
            Ok(Json(ActorDetail { profile, events, by_month }))
        })
        .await
}

// ---------------------------------------------------------------------------------
// Search

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words; every one must occur (`word*` for a prefix).
    #[param(required = true)]
    pub q: Option<String>,
    /// At most this many of each kind (50 by default, at most 1000).
    pub limit: Option<String>,
}

/// A document in search results.
#[derive(Debug, Serialize, ToSchema)]
pub struct DocumentItem {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
}

/// What matches a query.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchResults {
    /// Events whose text or reporting documents hold every word.
    pub events: Vec<EventSummary>,
    /// Actors whose name contains the query, or who are known by it.
    pub actors: Vec<ActorItem>,
    /// The documents that report the events found.
    pub documents: Vec<DocumentItem>,
}

/// Full-text search over events and the documents that report them, and actor names.
#[utoipa::path(get, path = "/api/search", params(SearchParams), tag = "search",
    responses((status = 200, body = SearchResults), (status = 400, description = "invalid_parameter", body = ErrorBody)))]
pub async fn search(
    State(state): St,
    q: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Json<SearchResults>, ApiError> {
    let p = params(q)?;
    let Some(query) = nonempty(&p.q) else {
        return Err(ApiError::param("q: give the words to search for"));
    };
    let limit = number::<usize>("limit", p.limit)?.unwrap_or(50).clamp(1, 1000);
    state
        .read(move |store| {
            let filter = EventFilter { query: Some(query.clone()), limit: Some(limit), ..EventFilter::default() };
            let merged = store.merged_events(&filter)?;
            let events: Vec<EventSummary> = merged.iter().map(EventSummary::of).collect();
            let known: Vec<String> = store.actor_ids(&query)?;
            let mut actors = actor_items(store, None)?;
            let lower = query.to_lowercase();
            actors.retain(|a| known.contains(&a.id) || a.name.to_lowercase().contains(&lower));
            actors.truncate(limit);
            let mut ids: Vec<&String> = merged.iter().flat_map(|m| &m.documents).collect();
            ids.sort();
            ids.dedup();
            let mut documents = Vec::new();
            for id in ids.into_iter().take(limit) {
                if let Some(d) = store.document(id)? {
                    documents.push(DocumentItem {
                        id: d.id,
                        title: d.title,
                        source: d.source,
                        published: d.published,
                        url: d.url,
                    });
                }
            }
            Ok(Json(SearchResults { events, actors, documents }))
        })
        .await
}

// ---------------------------------------------------------------------------------
// Health and the OpenAPI document

/// The server is up and its database readable.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    pub status: String,
    pub schema_version: u32,
    pub documents: u64,
    pub events: u64,
}

#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, body = Health), (status = 500, description = "store_error", body = ErrorBody)))]
pub async fn healthz(State(state): St) -> Result<Json<Health>, ApiError> {
    state
        .read(|store| {
            let counts = store.counts()?;
            Ok(Json(Health {
                status: "ok".to_string(),
                schema_version: store.schema_version()?,
                documents: counts.documents,
                events: counts.events,
            }))
        })
        .await
}

#[derive(OpenApi)]
#[openapi(
    info(title = "tidings", description = "Source-attributed records of political violence events, coded from news reports."),
    paths(list_events, get_event, list_actors, get_actor, get_document, search, crate::ingest::post_documents, healthz),
    components(schemas(ErrorBody, EventPage, EventSummary, EventDetail, SourceDocument, FieldSpan, DocumentDetail,
        ActorPage, ActorItem, ActorDetail, MonthCount, SearchResults, DocumentItem, Health,
        crate::ingest::Posted, crate::ingest::PostResults, crate::ingest::DocumentIn, crate::ingest::DocumentsIn)),
    modifiers(&Security),
)]
pub struct ApiDoc;

struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI 3.1 document of this API.
pub async fn openapi_json() -> Response {
    Json(ApiDoc::openapi()).into_response()
}
