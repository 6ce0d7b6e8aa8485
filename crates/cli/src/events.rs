//! `tidings events`: stored events out, merged across documents (default) or per
//! document (`--unmerged`), filtered, in one of several formats.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};

use anyhow::{bail, Context, Result};
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use tidings_model::Event;
use tidings_store::{EventFilter, Store};

use crate::{export, table, EventsArgs, EventsFormat, Outcome};

/// The CSV columns of per-document events, ACLED's names where ACLED has the field.
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
    let mut store = crate::open_existing(&args.db)?;
    refresh_if_stale(&mut store)?;
    let filter = EventFilter {
        since: args.since.clone(),
        until: args.until.clone(),
        country: args.country.clone(),
        admin1: args.admin1.clone(),
        event_type: args.event_type.clone(),
        sub_event_type: args.sub_type.clone(),
        modality: args.modality.map(|m| m.as_str().to_string()),
        actor: args.actor.clone(),
        min_fatalities: args.min_fatalities,
        query: args.q.clone(),
        near: args.near,
        background: None,
        documents: None,
        after: None,
        limit: args.limit,
    };
    if let Some(actor) = &args.actor {
        if store.actor_ids(actor)?.is_empty() {
            eprintln!("tidings: no actor named {actor:?} is stored (see `tidings actors`)");
        }
    }
    if args.format == EventsFormat::Parquet && args.output.is_none() && io::stdout().is_terminal() {
        bail!("Parquet is binary: pass --output FILE or redirect standard output");
    }
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| format!("cannot create {}", path.display()))?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    if args.unmerged {
        let events = store.events(&filter)?;
        write_unmerged(&mut out, args.format, &events)?;
    } else {
        let merged = store.merged_events(&filter)?;
        match args.format {
            EventsFormat::Table => table::write_merged(&mut out, &merged)?,
            EventsFormat::Json => json_array(&mut out, &merged)?,
            EventsFormat::Jsonl => json_lines(&mut out, &merged)?,
            EventsFormat::Csv => export::merged_csv(&mut out, &merged)?,
            EventsFormat::AcledCsv => export::acled_csv(&mut out, &store, &merged)?,
            EventsFormat::Geojson => export::geojson(&mut out, &merged)?,
            EventsFormat::Parquet => export::parquet(&mut out, &merged)?,
        }
    }
    out.flush()?;
    Ok(Outcome::AllOk)
}

/// Brings the merged tables up to date when documents were stored since the last merge
/// (a database from before schema version 2, or an ingest that was interrupted). When
/// another process holds the write lock (an ingest running), the last merge is shown.
pub fn refresh_if_stale(store: &mut Store) -> Result<()> {
    if store.merged_is_stale()? {
        if let Err(e) = store.refresh_merged() {
            eprintln!("tidings: the merged events were not brought up to date ({e}); showing the last merge");
        }
    }
    Ok(())
}

fn write_unmerged(out: &mut dyn Write, format: EventsFormat, events: &[(Event, String)]) -> Result<()> {
    match format {
        EventsFormat::Table => table::write(out, events)?,
        EventsFormat::Json => json_array(out, &events.iter().map(|(e, _)| e).collect::<Vec<_>>())?,
        EventsFormat::Jsonl => json_lines(out, &events.iter().map(|(e, _)| e).collect::<Vec<_>>())?,
        EventsFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(CSV_HEADER)?;
            for (event, document_id) in events {
                csv.write_record(csv_row(event, document_id))?;
            }
            csv.flush()?;
        }
        other => bail!("--format {} is for merged events; drop --unmerged", format_name(other)),
    }
    Ok(())
}

fn format_name(format: EventsFormat) -> String {
    use clap::ValueEnum;
    format.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
}

fn json_array<T: Serialize>(out: &mut dyn Write, items: &[T]) -> Result<()> {
    let mut ser = serde_json::Serializer::pretty(&mut *out);
    let mut seq = ser.serialize_seq(Some(items.len()))?;
    for item in items {
        seq.serialize_element(item)?;
    }
    seq.end()?;
    out.write_all(b"\n")?;
    Ok(())
}

fn json_lines<T: Serialize>(out: &mut dyn Write, items: &[T]) -> Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item)?;
        out.write_all(b"\n")?;
    }
    Ok(())
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
