//! Export formats of merged events: CSV, ACLED-compatible CSV and GeoJSON, shared by
//! `tidings events` and `GET /api/events` (the CLI adds Parquet).

use std::collections::HashMap;
use std::io::Write;

use anyhow::Result;
use serde_json::{json, Value};
use tidings_merge::events::{MergedEvent, Named};
use tidings_store::Store;

/// ACLED's export columns, in ACLED's order.
pub const ACLED_HEADER: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// The flat columns of merged events (CSV and Parquet).
pub const MERGED_HEADER: [&str; 27] = [
    "event_id",
    "date",
    "date_start",
    "date_end",
    "time_precision",
    "event_type",
    "sub_event_type",
    "plover",
    "modality",
    "actor1",
    "assoc_actor1",
    "actor2",
    "assoc_actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "background",
    "n_sources",
    "documents",
    "disagreements",
    "notes",
];

fn names(actors: &[Named]) -> String {
    actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>().join("; ")
}

/// What sources disagree on, in one line: `fatalities: 2 [a]; 3 [b]`.
pub fn disagreements(m: &MergedEvent) -> String {
    m.disagreements
        .iter()
        .map(|d| {
            let claims: Vec<String> =
                d.values.iter().map(|c| format!("{} [{}]", c.value, c.documents.join(", "))).collect();
            format!("{}: {}", d.field, claims.join("; "))
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The cells of a merged event in [`MERGED_HEADER`] order; unknown values are `None`.
pub fn cells(m: &MergedEvent) -> Vec<Option<String>> {
    let place = m.location.as_ref();
    let date = m.date.as_ref();
    let f = m.fatalities.as_ref();
    vec![
        Some(m.id.clone()),
        date.map(|d| d.value.clone()),
        date.map(|d| d.start.clone()),
        date.map(|d| d.end.clone()),
        date.map(|d| d.precision.to_string()),
        Some(m.event_type.clone()),
        Some(m.sub_event_type.clone()),
        Some(m.plover.clone()),
        Some(m.modality.as_str().to_string()),
        m.actor1.as_ref().map(|a| a.name.clone()),
        Some(names(&m.assoc_actor1)),
        m.actor2.as_ref().map(|a| a.name.clone()),
        Some(names(&m.assoc_actor2)),
        place.and_then(|p| p.country.clone()),
        place.and_then(|p| p.admin1.clone()),
        place.map(|p| p.name.clone()),
        place.map(|p| p.lat.to_string()),
        place.map(|p| p.lon.to_string()),
        place.map(|p| p.precision.to_string()),
        f.map(|f| f.low.to_string()),
        f.map(|f| f.best.to_string()),
        f.map(|f| f.high.to_string()),
        Some(m.background.to_string()),
        Some(m.sources.len().to_string()),
        Some(m.documents.join("; ")),
        Some(disagreements(m)),
        Some(m.notes.clone()),
    ]
}

/// Merged events as CSV with [`MERGED_HEADER`].
pub fn merged_csv(out: &mut dyn Write, merged: &[MergedEvent]) -> Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(MERGED_HEADER)?;
    for m in merged {
        csv.write_record(cells(m).into_iter().map(Option::unwrap_or_default))?;
    }
    csv.flush()?;
    Ok(())
}

/// ACLED's numeric actor type (`inter1`/`inter2`) for one of our kinds, if any.
fn inter(kind: Option<&str>, name: &str) -> Option<u8> {
    if name.starts_with("Rioters") {
        return Some(5);
    }
    match kind? {
        "state_force" | "government" => Some(1),
        "rebel_group" | "terror_group" => Some(2),
        "militia" | "political_party" => Some(3),
        "protesters" => Some(6),
        "civilians" => Some(7),
        "international_organization" => Some(8),
        _ => None,
    }
}

/// ACLED's `disorder_type` of an event type.
fn disorder_type(event_type: &str, sub_event_type: &str) -> &'static str {
    match (event_type, sub_event_type) {
        ("Protests", _) => "Demonstrations",
        ("Riots", "Violent demonstration") => "Political violence; Demonstrations",
        ("Strategic developments", _) => "Strategic developments",
        _ => "Political violence",
    }
}

/// Merged events as CSV with ACLED's columns and order ([`ACLED_HEADER`]).
///
/// Where ACLED and tidings differ: `event_id_cnty` is our merged id; `event_date` is
/// the first day the date may be (with `time_precision` 2 or 3 when it is a week or
/// more); `iso`, `region`, `admin2`, `admin3` and `source_scale` are empty;
/// `geo_precision` 4 (country) is written as ACLED's 3; `fatalities` is the most
/// conservative best estimate and **empty when no source gives a number** (ACLED
/// writes 0); `source` lists the outlets (or document ids) of every source; `tags`
/// carries what ACLED has no column for (modality, the fatality range, background,
/// the number of sources, disagreements); `timestamp` is the Unix time of the latest
/// ingest of a source.
pub fn acled_csv(out: &mut dyn Write, store: &Store, merged: &[MergedEvent]) -> Result<()> {
    let kinds: HashMap<String, String> = store.actor_list()?.into_iter().map(|a| (a.id, a.kind)).collect();
    let meta = store.document_meta()?;
    let gazetteer = tidings_geo::Gazetteer::bundled();
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(ACLED_HEADER)?;
    for m in merged {
        let place = m.location.as_ref();
        let inter_of =
            |a: &Option<Named>| a.as_ref().and_then(|a| inter(kinds.get(&a.id).map(String::as_str), &a.name));
        let (i1, i2) = (inter_of(&m.actor1), inter_of(&m.actor2));
        let interaction = match (i1, i2) {
            (Some(a), Some(b)) => format!("{}{}", a.min(b), a.max(b)),
            (Some(a), None) | (None, Some(a)) => format!("{a}0"),
            (None, None) => String::new(),
        };
        let mut outlets: Vec<String> = m
            .documents
            .iter()
            .map(|d| meta.get(d).and_then(|x| x.source.clone()).unwrap_or_else(|| d.clone()))
            .collect();
        outlets.sort();
        outlets.dedup();
        let timestamp = m
            .documents
            .iter()
            .filter_map(|d| meta.get(d)?.ingested_at.as_ref()?.parse::<jiff::Timestamp>().ok())
            .max()
            .map(|t| t.as_second().to_string())
            .unwrap_or_default();
        let mut tags = vec![format!("modality: {}", m.modality.as_str()), format!("sources: {}", m.sources.len())];
        if let Some(f) = &m.fatalities {
            tags.push(format!("fatalities: {}-{}", f.low, f.high));
        }
        if m.background {
            tags.push("background".to_string());
        }
        let d = disagreements(m);
        if !d.is_empty() {
            tags.push(format!("disagreements: {d}"));
        }
        let country = place
            .and_then(|p| p.country.as_ref())
            .map(|cc| gazetteer.country(cc).map(|e| e.name.clone()).unwrap_or_else(|| cc.clone()));
        let date = m.date.as_ref();
        let opt = |s: Option<String>| s.unwrap_or_default();
        csv.write_record([
            m.id.clone(),
            opt(date.map(|d| d.start.clone())),
            opt(date.map(|d| d.start[..4].to_string())),
            opt(date.map(|d| d.precision.to_string())),
            disorder_type(&m.event_type, &m.sub_event_type).to_string(),
            m.event_type.clone(),
            m.sub_event_type.clone(),
            opt(m.actor1.as_ref().map(|a| a.name.clone())),
            names(&m.assoc_actor1),
            opt(i1.map(|i| i.to_string())),
            opt(m.actor2.as_ref().map(|a| a.name.clone())),
            names(&m.assoc_actor2),
            opt(i2.map(|i| i.to_string())),
            interaction,
            if i2 == Some(7) { "Civilian targeting".to_string() } else { String::new() },
            String::new(),
            String::new(),
            opt(country),
            opt(place.and_then(|p| p.admin1.clone())),
            String::new(),
            String::new(),
            opt(place.map(|p| p.name.clone())),
            opt(place.map(|p| p.lat.to_string())),
            opt(place.map(|p| p.lon.to_string())),
            opt(place.map(|p| p.precision.min(3).to_string())),
            outlets.join("; "),
            String::new(),
            m.notes.clone(),
            opt(m.fatalities.as_ref().map(|f| f.best.to_string())),
            tags.join("; "),
            timestamp,
        ])?;
    }
    csv.flush()?;
    Ok(())
}

/// Merged events as a GeoJSON FeatureCollection (RFC 7946): one Point feature per
/// event, `[longitude, latitude]`; events without a location have a null geometry.
pub fn geojson(out: &mut dyn Write, merged: &[MergedEvent]) -> Result<()> {
    let features: Vec<Value> = merged
        .iter()
        .map(|m| {
            let geometry = match &m.location {
                Some(p) => json!({"type": "Point", "coordinates": [p.lon, p.lat]}),
                None => Value::Null,
            };
            let place = m.location.as_ref();
            json!({
                "type": "Feature",
                "id": m.id,
                "geometry": geometry,
                "properties": {
                    "event_type": m.event_type,
                    "sub_event_type": m.sub_event_type,
                    "modality": m.modality.as_str(),
                    "date": m.date.as_ref().map(|d| &d.value),
                    "date_start": m.date.as_ref().map(|d| &d.start),
                    "date_end": m.date.as_ref().map(|d| &d.end),
                    "time_precision": m.date.as_ref().map(|d| d.precision),
                    "actor1": m.actor1.as_ref().map(|a| &a.name),
                    "actor2": m.actor2.as_ref().map(|a| &a.name),
                    "location": place.map(|p| &p.name),
                    "country": place.and_then(|p| p.country.as_ref()),
                    "admin1": place.and_then(|p| p.admin1.as_ref()),
                    "geo_precision": place.map(|p| p.precision),
                    "fatalities": m.fatalities,
                    "background": m.background,
                    "documents": m.documents,
                    "notes": m.notes,
                },
            })
        })
        .collect();
    serde_json::to_writer(&mut *out, &json!({"type": "FeatureCollection", "features": features}))?;
    out.write_all(b"\n")?;
    Ok(())
}
