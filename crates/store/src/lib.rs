//! Storage of documents and the records extracted from them: embedded SQLite (the
//! default) or a PostgreSQL server.
//!
//! The store is the home of a tidings corpus: the CLI writes each
//! [`Extraction`](tidings_model::Extraction) into it and reads events back out for
//! export. It knows SQL and the record types of `tidings-model`, nothing of how the
//! records were made.
//!
//! # Schema
//!
//! The schema lives in `migrations/NNNN_*.sql`, embedded in the binary and applied in
//! order on [`Store::open`]; `PRAGMA user_version` holds the number of migrations
//! applied. Version 1:
//!
//! - `documents` — one row per stored report, keyed by `id`, with its `sha256`
//!   (unique), metadata, normalized `text` and `ingested_at` (RFC 3339 UTC, set here).
//! - `events` — one row per [`Event`](tidings_model::Event), keyed by its (globally
//!   unique) `id` and owned by `document_id`. The full event is kept as JSON in `json`,
//!   which is what is read back; `event_type`, `date` (the TIMEX3 value), `country`,
//!   coordinates, best `fatalities` (NULL when unknown), actor ids, `background` and the
//!   like are copied out of it for filtering. Indexed on `date`, `country`,
//!   `event_type` and `document_id`.
//! - `actors` — one row per [`Actor`](tidings_model::Actor) of a document, keyed by
//!   `(document_id, id)`, with `name`, `kind`, `country` and the full actor as JSON.
//! - `mentions` — the named-entity mentions of a document: byte span, label, text and
//!   resolved entity.
//!
//! Times and places are stored inside the events that use them; diagnostics are not
//! stored.
//!
//! # Invariants
//!
//! - **Idempotent by content hash.** A document whose `sha256` is already stored is
//!   skipped entirely ([`Stored::Duplicate`]), whatever its id; ingesting the same feed
//!   twice stores every document once. [`Store::contains_sha256`] lets a caller skip
//!   extraction of known documents altogether.
//! - **One transaction per document.** A document and all its records are written in
//!   a single transaction: after a crash or an error, a document is either stored with
//!   everything extracted from it or absent, so an interrupted run resumes by simply
//!   ingesting again.
//! - **Nothing stored is overwritten.** A new document whose id is taken by a different
//!   text is stored as `<id>-<first 8 hex digits of its sha256>`, and the `documents`
//!   lists of its events are rewritten to that id.
//! - **Versions only go forward.** A database written by a newer tidings (a
//!   `user_version` beyond the migrations this build knows) is refused with
//!   [`Error::TooNew`] rather than read or written with the wrong schema.
//!
//! # Backends
//!
//! [`Store::open_url`] takes a path or `sqlite:` URL (SQLite) or a `postgres://` URL.
//! Both run the same statements (see `db.rs`); the migrations exist once per dialect
//! (`migrations/` and `migrations/postgres/`, same numbers, same tables and columns),
//! and the few differences are marked where they occur: full-text search (FTS5 tables
//! on SQLite, generated `tsvector` columns with GIN indexes on PostgreSQL), the
//! `rowid` (an explicit `BIGSERIAL` column on PostgreSQL), case folding and JSON access
//! in filters, and write locking (SQLite's `BEGIN IMMEDIATE`; on PostgreSQL a
//! transaction-level advisory lock, [`db::WRITE_LOCK`], taken by every write
//! transaction, so the two engines serialize writers alike).
//!
//! The `queue` table (schema version 3) holds documents stored for coding later by
//! workers on any machine ([`Store::enqueue`], [`Store::claim`], [`Store::complete`]).
//! Version 4 adds indexes in list order (`coalesce(date_start, '~'), id`, alone and
//! after `country` or `event_type`) so that pages of merged events are read by keyset
//! ([`EventFilter::after`]); version 5 the `api_tokens` table of `tidings serve`
//! (hashes only: [`Store::add_token`], [`Store::token_hashes`]).
//! Version 6 gives each near-duplicate copy its parent (`copies.parent_id`), which
//! keeps copy links a function of the set of stored documents (`copies.rs`).
//!
//! Files are opened in WAL mode (readers do not block the writer), with foreign keys
//! enforced and a busy timeout so that concurrent processes wait for each other
//! instead of failing.

mod copies;
mod db;
mod insert;
mod merged;
mod migrate;
mod query;
mod queue;
mod tokens;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use db::{DbError, Dialect};
pub use insert::Stored;
pub use merged::{ActorSummary, DocumentMeta, MergeStats, RefreshProgress};
pub use migrate::SCHEMA_VERSION;
pub use query::{After, Counts, EventFilter, Near};
pub use queue::{Claim, Done, QueueCounts};

pub(crate) use db::{params, Db, Value};

/// How long a connection waits for another one's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Everything that can go wrong in the store, naming what failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The database file could not be opened or configured.
    #[error("cannot open database {}", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: DbError,
    },
    /// The PostgreSQL server could not be reached or refused the connection.
    #[error("cannot connect to {url}")]
    Connect {
        /// The URL without its password.
        url: String,
        #[source]
        source: DbError,
    },
    /// The database was written by a newer tidings.
    #[error(
        "database schema version {found} is newer than this build supports ({supported}); \
         upgrade tidings to read it"
    )]
    TooNew { found: u32, supported: u32 },
    /// A schema migration failed; the database stays at the previous version.
    #[error("migration to schema version {version} failed")]
    Migration {
        version: u32,
        #[source]
        source: DbError,
    },
    /// A document cannot be stored as given (nothing was written).
    #[error("document {id:?} cannot be stored: {reason}")]
    InvalidDocument { id: String, reason: String },
    /// Writing one record of a document failed; the whole document was rolled back.
    #[error("storing {record} of document {document:?} failed; nothing of the document was stored")]
    Write {
        document: String,
        /// The record that failed: `document`, `event <id>`, `actor <id>`, `mention <n>`.
        record: String,
        #[source]
        source: DbError,
    },
    /// A record could not be converted to or from its JSON column.
    #[error("JSON of {what}")]
    Json {
        what: String,
        #[source]
        source: serde_json::Error,
    },
    /// Any other database failure (transactions, queries).
    #[error(transparent)]
    Db(#[from] DbError),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Db(e.into())
    }
}

/// A tidings database: one connection (SQLite or PostgreSQL) with the schema migrated
/// to [`SCHEMA_VERSION`].
#[derive(Debug)]
pub struct Store {
    db: Db,
    /// Fingerprints of the stored documents, loaded on the first near-duplicate check.
    prints: Option<Vec<copies::Print>>,
}

/// Whether `db` names a PostgreSQL database (`postgres://` or `postgresql://`).
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// `url` without the password, for messages.
fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &url[scheme + 3..at];
            match user.split_once(':') {
                Some((name, _)) => format!("{}{name}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl Store {
    /// Opens the database `db` names: a `postgres://` (or `postgresql://`) URL, else a
    /// SQLite file, given as a path or `sqlite:PATH` (`sqlite://PATH`).
    pub fn open_url(db: &str) -> Result<Store, Error> {
        if is_postgres_url(db) {
            return Store::connect(db);
        }
        let path = db.strip_prefix("sqlite://").or_else(|| db.strip_prefix("sqlite:")).unwrap_or(db);
        Store::open(Path::new(path))
    }

    /// Connects to a PostgreSQL database and migrates it to the latest schema.
    pub fn connect(url: &str) -> Result<Store, Error> {
        let db = Db::connect_postgres(url).map_err(|source| Error::Connect { url: redacted(url), source })?;
        migrate::migrate(&db)?;
        Ok(Store { db, prints: None })
    }

    /// The dialect of the open database.
    pub fn dialect(&self) -> Dialect {
        self.db.dialect()
    }

    /// Opens the database at `path`, creating the file if needed, and migrates it to the
    /// latest schema.
    pub fn open(path: &Path) -> Result<Store, Error> {
        let open_error = |source: rusqlite::Error| Error::Open { path: path.to_path_buf(), source: source.into() };
        let conn = Connection::open(path).map_err(open_error)?;
        // Wait for other writers from the first statement on: switching to WAL takes a
        // lock too, and a process opening a new database beside another would fail.
        conn.busy_timeout(BUSY_TIMEOUT).map_err(open_error)?;
        // Returns the mode in force; filesystems without shared memory keep the old one,
        // which is slower for concurrent readers but still correct.
        // SQLite may refuse the switch at once (without its busy handler) while another
        // connection is setting up the same new file; try again a few times.
        let mut attempts = 0;
        loop {
            match conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get::<_, String>(0)) {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy && attempts < 100 =>
                {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                Err(e) => return Err(open_error(e)),
            }
        }
        // In WAL mode NORMAL keeps the database consistent across crashes; a power loss
        // may undo the last commits, which re-ingesting restores.
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(open_error)?;
        Store::init(conn).map_err(|e| match e {
            Error::Db(source) => Error::Open { path: path.to_path_buf(), source },
            e => e,
        })
    }

    /// Opens a private, empty database in memory (for tests and one-off runs).
    pub fn open_in_memory() -> Result<Store, Error> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, Error> {
        conn.pragma_update(None, "foreign_keys", true)?;
        let db = Db::Sqlite(conn);
        migrate::migrate(&db)?;
        Ok(Store { db, prints: None })
    }

    /// The schema version of the open database (always [`SCHEMA_VERSION`] once open).
    pub fn schema_version(&self) -> Result<u32, Error> {
        Ok(migrate::version(&self.db)?)
    }
}
