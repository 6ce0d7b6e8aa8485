//! Hand-built extractions for the tests.

use tidings_model::{
    Actor, ActorKind, ActorRef, Document, Event, Extraction, Fatalities, Granularity, Label, Mention, Modality, Place,
    Span, Time, TimexType,
};

/// A temporary directory holding `tidings.db`; deleted when dropped.
pub struct TempDb {
    dir: tempfile::TempDir,
}

impl TempDb {
    pub fn new() -> TempDb {
        TempDb { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("tidings.db")
    }
}

/// A fake but well-formed sha256: `seed` repeated to 64 hex digits.
pub fn sha(seed: &str) -> String {
    seed.repeat(64 / seed.len() + 1)[..64].to_string()
}

pub fn document(id: &str, sha256: &str, text: &str) -> Document {
    Document {
        id: id.to_string(),
        url: Some(format!("https://example.org/{id}")),
        source: Some("Example Wire".to_string()),
        title: Some(format!("Title of {id}")),
        published: Some("2024-03-09".to_string()),
        language: Some("en".to_string()),
        license: None,
        text: text.to_string(),
        sha256: sha256.to_string(),
        ingested_at: None,
    }
}

/// An event of `doc` with the fields the filters look at; the rest is filled in so
/// that the JSON round trip covers nested records and floats.
pub fn event(
    id: &str,
    doc: &str,
    date: Option<&str>,
    country: Option<&str>,
    event_type: &str,
    background: bool,
) -> Event {
    let span = Span { start: 0, end: 3, text: "FSB".to_string() };
    Event {
        id: id.to_string(),
        documents: vec![doc.to_string()],
        event_type: event_type.to_string(),
        sub_event_type: "Armed clash".to_string(),
        plover: "ASSAULT".to_string(),
        modality: Modality::Occurred,
        actor1: Some(ActorRef { id: "actor:fsb".to_string(), name: "FSB".to_string(), evidence: vec![span.clone()] }),
        assoc_actor1: Vec::new(),
        actor2: None,
        assoc_actor2: Vec::new(),
        target: None,
        weapons: Vec::new(),
        location: country.map(|c| Place {
            name: "Kaluga".to_string(),
            geonames_id: Some(553915),
            country: Some(c.to_string()),
            admin1: Some("Kaluga Oblast".to_string()),
            lat: 54.5293,
            lon: 36.27542,
            precision: 1,
            evidence: Vec::new(),
            ..Place::default()
        }),
        date: date.map(|d| Time {
            value: d.to_string(),
            timex_type: TimexType::Date,
            granularity: Granularity::Day,
            modifier: None,
            inferred: false,
            evidence: Vec::new(),
        }),
        fatalities: Some(Fatalities { low: 2, best: 2, high: 2, evidence: Vec::new() }),
        attribution: None,
        background,
        confidence: 0.7,
        evidence: vec![span],
    }
}

pub fn actor(id: &str, name: &str) -> Actor {
    Actor {
        id: id.to_string(),
        name: name.to_string(),
        aliases: Vec::new(),
        kind: ActorKind::StateForce,
        country: Some("RU".to_string()),
        facts: Vec::new(),
        evidence: Vec::new(),
    }
}

/// A document with one event `<id>/e1` (dated 2024-03-07, RU), one actor and one
/// mention.
pub fn extraction(id: &str, sha256: &str, text: &str) -> Extraction {
    Extraction {
        document: document(id, sha256, text),
        mentions: vec![Mention {
            span: Span { start: 0, end: 3, text: "FSB".to_string() },
            label: Label::Org,
            entity: Some("actor:fsb".to_string()),
        }],
        times: Vec::new(),
        places: Vec::new(),
        events: vec![event(&format!("{id}/e1"), id, Some("2024-03-07"), Some("RU"), "Battles", false)],
        interactions: Vec::new(),
        actors: vec![actor("actor:fsb", "FSB")],
        diagnostics: Vec::new(),
    }
}

/// An extraction of document `id` holding exactly `events`.
pub fn with_events(id: &str, sha256: &str, events: Vec<Event>) -> Extraction {
    Extraction { events, ..extraction(id, sha256, &format!("Text of {id}.")) }
}
