//! Hand-built extractions for the tests.

use tidings_model::{
    Actor, ActorKind, ActorRef, Document, Event, Extraction, Fatalities, Granularity, Label, Mention, Modality, Place,
    Span, Time, TimexType,
};
use tidings_store::Store;

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

/// A backend the store's tests run against.
#[derive(Debug, Clone)]
pub enum Backend {
    /// A private in-memory SQLite database.
    Sqlite,
    /// A fresh database on the PostgreSQL server at this URL (`DATABASE_URL`).
    Postgres(String),
}

/// Says on stderr, past the test harness's capture (which hides the output of passing
/// tests), that a PostgreSQL test did not run.
fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}

/// The PostgreSQL server of `DATABASE_URL`, if it is set and answers; else prints why
/// the PostgreSQL half of a test is skipped (visibly, on stderr) and returns `None`.
pub fn postgres_url(test: &str) -> Option<String> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        skipped(&format!("no PostgreSQL (DATABASE_URL is unset): {test}: its PostgreSQL part did not run"));
        return None;
    };
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(_) => Some(url),
        Err(e) => {
            skipped(&format!("no PostgreSQL ({url}: {e}): {test}: its PostgreSQL part did not run"));
            None
        }
    }
}

/// SQLite, and PostgreSQL when a server is available (see [`postgres_url`]).
pub fn backends(test: &str) -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite];
    out.extend(postgres_url(test).map(Backend::Postgres));
    out
}

/// A store on a fresh database; a PostgreSQL database is dropped with it.
pub struct TestStore {
    pub store: Store,
    pub _fresh: Option<FreshDb>,
}

impl std::ops::Deref for TestStore {
    type Target = Store;
    fn deref(&self) -> &Store {
        &self.store
    }
}

impl std::ops::DerefMut for TestStore {
    fn deref_mut(&mut self) -> &mut Store {
        &mut self.store
    }
}

impl Backend {
    /// A store on a new, empty database of this backend.
    pub fn open(&self) -> TestStore {
        match self {
            Backend::Sqlite => TestStore { store: Store::open_in_memory().unwrap(), _fresh: None },
            Backend::Postgres(url) => {
                let fresh = FreshDb::new(url);
                TestStore { store: Store::connect(&fresh.url).unwrap(), _fresh: Some(fresh) }
            }
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }
}

/// A database created on the server for one test, dropped (connections and all) when
/// this is dropped.
pub struct FreshDb {
    admin_url: String,
    name: String,
    /// The URL of the new database.
    pub url: String,
}

impl FreshDb {
    pub fn new(admin_url: &str) -> FreshDb {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let name = format!("tidings_test_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let mut admin = postgres::Client::connect(admin_url, postgres::NoTls).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        // The URL's path is the database name; keep any query string.
        let (base, query) = admin_url.split_once('?').map_or((admin_url, None), |(b, q)| (b, Some(q)));
        let authority_end = base.find("://").map(|i| i + 3).unwrap_or(0);
        let base = match base[authority_end..].find('/') {
            Some(slash) => &base[..authority_end + slash],
            None => base,
        };
        let url = match query {
            Some(q) => format!("{base}/{name}?{q}"),
            None => format!("{base}/{name}"),
        };
        FreshDb { admin_url: admin_url.to_string(), name, url }
    }
}

impl Drop for FreshDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}
