//! `tidings events`: stored events out, as a table, JSON or CSV.

use std::io::{self, BufWriter, Write};

use anyhow::{bail, Result};
use serde::ser::{SerializeSeq, Serializer};
use tidings_model::Event;
use tidings_store::{EventFilter, Store};

use crate::{table, EventsArgs, EventsFormat, Outcome};

/// The CSV columns, ACLED's names where ACLED has the field.
const CSV_HEADER: [&str; 17] = [
    "event_id",
    "document_id",
    "date",
    "event_type",
    "sub_event_type",
    "plover",
    "modality",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "background",
];

pub fn run(args: &EventsArgs) -> Result<Outcome> {
    // Opening would create an empty database: a mistyped path should say so instead.
    if !args.db.exists() {
        bail!("no database at {} (create one with `tidings ingest`, or pass --db)", args.db.display());
    }
    let store = Store::open(&args.db)?;
    let filter = EventFilter {
        since: args.since.clone(),
        until: args.until.clone(),
        country: args.country.clone(),
        event_type: args.event_type.clone(),
        background: None,
        documents: None,
        limit: args.limit,
    };
    let events = store.events(&filter)?;
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        EventsFormat::Table => table::write(&mut out, &events)?,
        EventsFormat::Json => {
            let mut ser = serde_json::Serializer::pretty(&mut out);
            let mut seq = ser.serialize_seq(Some(events.len()))?;
            for (event, _) in &events {
                seq.serialize_element(event)?;
            }
            seq.end()?;
            out.write_all(b"\n")?;
        }
        EventsFormat::Jsonl => {
            for (event, _) in &events {
                serde_json::to_writer(&mut out, event)?;
                out.write_all(b"\n")?;
            }
        }
        EventsFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(CSV_HEADER)?;
            for (event, document_id) in &events {
                csv.write_record(csv_row(event, document_id))?;
            }
            csv.flush()?;
        }
    }
    out.flush()?;
    Ok(Outcome::AllOk)
}

/// One CSV row in [`CSV_HEADER`] order; unknown values are empty cells.
fn csv_row(event: &Event, document_id: &str) -> [String; 17] {
    let opt = |s: Option<&String>| s.cloned().unwrap_or_default();
    let place = event.location.as_ref();
    [
        event.id.clone(),
        document_id.to_string(),
        opt(event.date.as_ref().map(|t| &t.value)),
        event.event_type.clone(),
        event.sub_event_type.clone(),
        event.plover.clone(),
        event.modality.as_str().to_string(),
        opt(event.actor1.as_ref().map(|a| &a.name)),
        opt(event.actor2.as_ref().map(|a| &a.name)),
        opt(place.and_then(|p| p.country.as_ref())),
        opt(place.and_then(|p| p.admin1.as_ref())),
        opt(place.map(|p| &p.name)),
        place.map(|p| p.lat.to_string()).unwrap_or_default(),
        place.map(|p| p.lon.to_string()).unwrap_or_default(),
        place.map(|p| p.precision.to_string()).unwrap_or_default(),
        event.fatalities.as_ref().map(|f| f.best.to_string()).unwrap_or_default(),
        event.background.to_string(),
    ]
}
