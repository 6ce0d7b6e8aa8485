//! `tidings`: the command-line shell around the pipeline and the store.
//!
//! Each subcommand is a thin loop: read documents ([`tidings_pipeline::input`]), run
//! [`Pipeline::extract`](tidings_pipeline::Pipeline::extract), write JSON or store
//! the result. Bad input is reported on stderr, one line per item, and the batch goes
//! on; the exit status says whether anything failed. Results go to stdout, progress
//! and messages to stderr, so output can always be piped.

mod actors;
mod events;
mod export;
mod extract;
mod ingest;
#[cfg(feature = "parquet")]
mod parquet;
mod parse;
mod progress;
mod table;
mod worker;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_STATUS: &str = "\
Exit status:
  0  success
  1  some inputs failed (each is named on stderr); the others were processed
  2  usage error, or a fatal error (e.g. the database cannot be opened)";

/// Turns news reports into a source-attributed record of political violence and
/// security events.
#[derive(Debug, Parser)]
#[command(name = "tidings", version, after_help = EXIT_STATUS)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract events, actors, places and times from documents and print them as JSON.
    ///
    /// Reads `.txt` files (one document each, metadata from a `<stem>.meta.json`
    /// sidecar), `.jsonl` files (one document object per line), `.json` files (an
    /// object or an array of them), folders of these (recursively, in path order) and
    /// `-` for standard input (the default).
    #[command(after_help = EXIT_STATUS)]
    Extract(ExtractArgs),
    /// Extract documents and store them in a database; print their events.
    ///
    /// A document whose normalized text is already stored is not extracted again, so
    /// running ingest twice stores every document once. The events of all the
    /// documents named (new and already stored) are printed as a table on stdout, and
    /// a summary line goes to stderr.
    #[command(after_help = EXIT_STATUS)]
    Ingest(IngestArgs),
    /// Print the stored events, merged across documents, filtered.
    ///
    /// Each merged event lists every document that reports it (copies included) and,
    /// with --format json, each source's own values and evidence and what the sources
    /// disagree on. --unmerged prints the per-document events instead.
    #[command(after_help = EXIT_STATUS)]
    Events(Box<EventsArgs>),
    /// Print an actor's profile across documents, or list the actors.
    ///
    /// NAME may be any name, acronym or transliteration seen in a document or known to
    /// the alias table ("IS-K", "ISKP", "Islamic State Khorasan Province").
    #[command(after_help = EXIT_STATUS)]
    Actors(ActorsArgs),
    /// Print part-of-speech tags and dependencies of every sentence as CoNLL-U.
    ///
    /// Reads documents like `extract`. Each document starts with `# newdoc id = `,
    /// each sentence has `# sent_id` and `# text`; words have ID, FORM, UPOS, HEAD and
    /// DEPREL (Universal Dependencies), the other columns `_`.
    #[command(after_help = EXIT_STATUS)]
    Parse(ParseArgs),

    /// Code queued documents (`tidings ingest --enqueue`), as one of any number of
    /// workers on any number of machines.
    ///
    /// Claims a batch of queued documents under a lease, codes them, then stores their
    /// records and refreshes the merged events and actor profiles in one transaction.
    /// A worker killed at any point leaves its batch to be claimed again once the lease
    /// expires; no document is lost or stored twice.
    #[command(after_help = EXIT_STATUS)]
    Worker(WorkerArgs),
    /// Score a stage against gold data and print precision/recall/F1 or accuracy.
    Eval(EvalArgs),
    /// Serve the HTTP API and the web interface over a database.
    ///
    /// Reading is open when listening on loopback (the default address) and needs a
    /// token elsewhere, unless --read-auth says otherwise; writing
    /// (POST /api/documents) always needs a write token (`tidings token create`).
    /// See docs/api.md.
    #[command(after_help = EXIT_STATUS)]
    Serve(ServeArgs),
    /// Manage the API tokens of a database.
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// The database: a SQLite file (path or `sqlite:` URL) or a `postgres://` URL.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    /// The address to listen on.
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    addr: std::net::SocketAddr,
    /// Whether reading needs a token: `open` or `token` (default: open on a loopback
    /// address, token on any other).
    #[arg(long, value_enum, value_name = "MODE")]
    read_auth: Option<ReadAuth>,
    /// Let requests without a token write (for local use; refused unless --addr is a
    /// loopback address).
    #[arg(long)]
    dev_open_write: bool,
    /// Allow this origin to call the API from its pages (CORS; repeatable). Off by
    /// default.
    #[arg(long, value_name = "ORIGIN")]
    cors_origin: Vec<String>,
    /// Largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = tidings_server::MAX_BODY)]
    max_body: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReadAuth {
    Open,
    Token,
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a token and print it (the only time it is shown: only its SHA-256 is
    /// stored, in the database's `api_tokens` table, SQLite or PostgreSQL).
    Create(TokenArgs),
}

#[derive(Debug, Args)]
struct TokenArgs {
    /// The database: a SQLite file (path or `sqlite:` URL) or a `postgres://` URL.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    /// `read` (GET requests when reading needs a token) or `write` (also POST).
    #[arg(long, value_enum)]
    scope: ScopeArg,
    /// A note to remember the token by.
    #[arg(long, value_name = "TEXT")]
    label: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScopeArg {
    Read,
    Write,
}

#[derive(Debug, Args)]
struct EvalArgs {
    /// What to evaluate.
    #[arg(value_enum)]
    task: EvalTask,
    /// The gold file (its format depends on the task; see eval/README.md).
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EvalTask {
    /// Article body extraction from HTML: word 4-gram precision/recall/F1 (the
    /// Scrapinghub benchmark's ground-truth.json, pages in html/ beside it).
    Article,
    /// Named entities: entity-level exact-match precision/recall/F1 per label.
    Ner,
    /// Time expressions: extent, type and value scores (TIMEX3).
    Time,
    /// Toponyms: accuracy within 161 km, error in km, exact GeoNames id.
    Geo,
    /// Events: type, sub-type, modality, roles, fatalities and location.
    Events,
    /// Cross-document merging: pairwise precision/recall of documents that report a
    /// common event, against a grouping (eval/merge/groups.jsonl, documents.jsonl
    /// beside it), ingested in three orders.
    Merge,
    /// Part-of-speech tags and dependencies: UPOS, UAS and LAS on gold tokens and
    /// from raw text (CoNLL 2018 alignment), against a CoNLL-U file (`.gz` allowed).
    Syntax,
}

/// Defaults for documents that lack metadata.
#[derive(Debug, Args)]
struct DocumentDefaults {
    /// Publication date (YYYY-MM-DD) for documents that give none; it anchors
    /// relative and year-less dates.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    published: Option<String>,
    /// Source (outlet) for documents that give none.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
}

impl DocumentDefaults {
    fn options(&self) -> tidings_pipeline::input::Options {
        tidings_pipeline::input::Options {
            published: self.published.clone(),
            source: self.source.clone(),
            ..Default::default()
        }
    }
}

/// Caps on what one input may cost (see the README's table of limits). An input
/// over a cap is refused with an error naming it, or coded in part with a diagnostic.
#[derive(Debug, Args)]
#[command(next_help_heading = "Limits")]
struct LimitArgs {
    /// Largest document, JSONL line, WARC record or fetched body, in bytes (after
    /// decompression).
    #[arg(long, value_name = "BYTES", default_value_t = tidings_pipeline::input::MAX_BYTES)]
    max_bytes: u64,
    /// Sentences coded per document; later ones are not coded (a diagnostic says so).
    #[arg(long, value_name = "N", default_value_t = tidings_pipeline::MAX_SENTENCES)]
    max_sentences: usize,
    /// Longer sentences are coded in pieces of this many tokens.
    #[arg(long, value_name = "N", default_value_t = tidings_pipeline::MAX_SENTENCE_TOKENS)]
    max_sentence_tokens: usize,
    /// Candidate events per document; coding stops at the sentence that reaches it.
    #[arg(long, value_name = "N", default_value_t = tidings_pipeline::MAX_EVENTS)]
    max_events: usize,
    /// Items read from one feed; the rest are reported as an error.
    #[arg(long, value_name = "N", default_value_t = tidings_pipeline::input::MAX_FEED_ITEMS)]
    max_feed_items: usize,
    /// HTML nested deeper than this many elements is flattened before extraction.
    #[arg(long, value_name = "N", default_value_t = tidings_sources::html::depth::MAX_DEPTH)]
    max_html_depth: usize,
    /// Seconds a whole HTTP request may take (connecting: at most 10).
    #[arg(long, value_name = "SECS", default_value_t = 30.0, value_parser = parse_seconds)]
    timeout: f64,
}

impl LimitArgs {
    fn options(&self, defaults: tidings_pipeline::input::Options) -> tidings_pipeline::input::Options {
        tidings_pipeline::input::Options {
            max_bytes: self.max_bytes,
            max_feed_items: self.max_feed_items,
            max_html_depth: self.max_html_depth,
            ..defaults
        }
    }

    fn pipeline(&self) -> tidings_pipeline::Limits {
        tidings_pipeline::Limits {
            max_sentences: self.max_sentences,
            max_sentence_tokens: self.max_sentence_tokens,
            max_events: self.max_events,
        }
    }
}

#[derive(Debug, Args)]
struct ParseArgs {
    /// Files or folders to read; `-` is standard input.
    #[arg(value_name = "FILE|-", default_value = "-")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    defaults: DocumentDefaults,
    /// Output format (only CoNLL-U so far).
    #[arg(long, value_enum, default_value_t = ParseFormat::Conllu)]
    format: ParseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ParseFormat {
    Conllu,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    /// Files or folders to read; `-` is standard input.
    #[arg(value_name = "FILE|-", default_value = "-")]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    defaults: DocumentDefaults,
    /// `json`: one pretty object when exactly one document was extracted, else an
    /// array. `jsonl`: one object per document per line, in input order.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    Json,
    Jsonl,
}

#[derive(Debug, Args)]
struct IngestArgs {
    /// Files, folders, or http(s) URLs of feeds and pages to read; `-` is standard input.
    #[arg(value_name = "PATH|URL", required_unless_present = "watch")]
    inputs: Vec<PathBuf>,
    /// The database: a SQLite file (a path or sqlite:PATH) or postgres://user@host:port/db;
    /// created if missing.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    /// Watch this folder (repeatable): ingest what is in it, then every --interval
    /// seconds (default 60) the files added or changed, until interrupted.
    #[arg(long, value_name = "DIR")]
    watch: Vec<PathBuf>,
    /// Read all inputs again every SECS seconds, until interrupted (feeds are fetched
    /// conditionally; pages already read are not fetched again).
    #[arg(long, value_name = "SECS")]
    interval: Option<u64>,
    /// Least seconds between two requests to the same host (robots.txt's Crawl-delay
    /// may ask for more).
    #[arg(long, value_name = "SECS", default_value_t = 1.0)]
    delay: f64,
    #[command(flatten)]
    defaults: DocumentDefaults,
    #[command(flatten)]
    limits: LimitArgs,

    /// Store the documents in the work queue without coding them; `tidings worker`
    /// codes them.
    #[arg(long)]
    enqueue: bool,
}

#[derive(Debug, Args)]
struct WorkerArgs {
    /// The database: a SQLite file (a path or sqlite:PATH) or postgres://user@host:port/db.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    /// Exit once the queue is empty and no other worker holds a live lease (else wait
    /// for work until interrupted).
    #[arg(long)]
    until_idle: bool,
    /// Documents claimed, coded and stored together (one transaction, one refresh of
    /// the merged tables).
    #[arg(long, value_name = "N", default_value_t = 20)]
    batch: usize,
    /// Seconds a claim lasts: a worker that dies holding it delays its documents this
    /// long. It must exceed the time to code a batch.
    #[arg(long, value_name = "S", default_value_t = 300)]
    lease_seconds: u64,
}

#[derive(Debug, Args)]
struct EventsArgs {
    /// The database: a SQLite file (a path or sqlite:PATH) or postgres://user@host:port/db.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    #[arg(long, value_enum, default_value_t = EventsFormat::Table)]
    format: EventsFormat,
    /// Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    since: Option<String>,
    /// Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_prefix)]
    until: Option<String>,
    /// Events located in this country (ISO 3166-1 alpha-2 code, e.g. RU).
    #[arg(long, value_name = "CC", value_parser = parse_country)]
    country: Option<String>,
    /// ACLED event type, e.g. "Battles" or "Strategic developments" (any case).
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_event_type)]
    event_type: Option<String>,
    /// Events in this first-level division (e.g. "Kaluga Oblast"; any case).
    #[arg(long, value_name = "NAME")]
    admin1: Option<String>,
    /// ACLED sub-event type, e.g. "Armed clash" (any case).
    #[arg(long, value_name = "SUB-TYPE")]
    sub_type: Option<String>,
    /// Events with this actor in any role: any name, acronym or profile id ("ISKP").
    #[arg(long, value_name = "NAME")]
    actor: Option<String>,
    /// Whether it happened, or was planned, foiled, claimed…
    #[arg(long, value_enum)]
    modality: Option<ModalityArg>,
    /// Events whose best fatality estimate is at least N (unknown tolls never match).
    #[arg(long, value_name = "N")]
    min_fatalities: Option<u32>,
    /// Full-text search: every word must occur in the event (types, actors, place,
    /// notes) or in a document that reports it; `word*` matches a prefix.
    #[arg(long, value_name = "TEXT")]
    q: Option<String>,
    /// Events within KM kilometres of a point, e.g. 54.53,36.27,50 (located at least to a
    /// province: a country-level location is near nothing).
    #[arg(long, value_name = "LAT,LON,KM", value_parser = parse_near, allow_hyphen_values = true)]
    near: Option<tidings_store::Near>,
    /// Print the per-document events, unmerged (table, json, jsonl and csv only).
    #[arg(long)]
    unmerged: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// At most this many events.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ModalityArg {
    Occurred,
    Attempted,
    Planned,
    Foiled,
    Threatened,
    Claimed,
    Denied,
    Hypothetical,
}

impl ModalityArg {
    fn as_str(self) -> &'static str {
        match self {
            ModalityArg::Occurred => "occurred",
            ModalityArg::Attempted => "attempted",
            ModalityArg::Planned => "planned",
            ModalityArg::Foiled => "foiled",
            ModalityArg::Threatened => "threatened",
            ModalityArg::Claimed => "claimed",
            ModalityArg::Denied => "denied",
            ModalityArg::Hypothetical => "hypothetical",
        }
    }
}

#[derive(Debug, Args)]
struct ActorsArgs {
    /// The actor; without it, list every actor (most documents first).
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The database: a SQLite file (a path or sqlite:PATH) or postgres://user@host:port/db.
    #[arg(long, value_name = "FILE|URL", default_value = "tidings.db")]
    db: String,
    #[arg(long, value_enum, default_value_t = ActorsFormat::Text)]
    format: ActorsFormat,
    /// List at most this many actors.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ActorsFormat {
    /// A readable profile (or list).
    Text,
    /// The full profile with every fact's sources and evidence spans.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EventsFormat {
    /// Aligned columns for reading.
    Table,
    /// A pretty JSON array of events.
    Json,
    /// One event object per line.
    Jsonl,
    /// One event per row; merged events add the fatality range, sources and
    /// disagreements.
    Csv,
    /// ACLED's columns in ACLED's order (see README for what differs).
    AcledCsv,
    /// A GeoJSON FeatureCollection of Point features.
    Geojson,
    /// A Parquet file (zstd); needs a build with the `parquet` feature.
    Parquet,
}

/// Whether every item of a run went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    AllOk,
    SomeFailed,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Ingest(args) => ingest::run(&args),
        Command::Events(args) => events::run(&args),
        Command::Actors(args) => actors::run(&args),
        Command::Parse(args) => parse::run(&args),
        Command::Worker(args) => worker::run(&args),
        Command::Eval(args) => eval(&args),
        Command::Serve(args) => serve(&args),
        Command::Token(TokenCommand::Create(args)) => token_create(&args),
    };
    match result {
        Ok(Outcome::AllOk) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        // The reader went away (`tidings events | head`): not an error.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tidings: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Opens an existing database: opening a SQLite path would create an empty file, and a
/// mistyped path should say so instead.
fn open_existing(db: &str) -> anyhow::Result<tidings_store::Store> {
    if !tidings_store::is_postgres_url(db) {
        let path = db.strip_prefix("sqlite://").or_else(|| db.strip_prefix("sqlite:")).unwrap_or(db);
        if !std::path::Path::new(path).exists() {
            anyhow::bail!("no database at {path} (create one with `tidings ingest`, or pass --db)");
        }
    }
    Ok(tidings_store::Store::open_url(db)?)
}

fn eval(args: &EvalArgs) -> anyhow::Result<Outcome> {
    let task = match args.task {
        EvalTask::Article => tidings_eval::Task::Article,
        EvalTask::Ner => tidings_eval::Task::Ner,
        EvalTask::Time => tidings_eval::Task::Time,
        EvalTask::Geo => tidings_eval::Task::Geo,
        EvalTask::Events => tidings_eval::Task::Events,
        EvalTask::Merge => tidings_eval::Task::Merge,
        EvalTask::Syntax => tidings_eval::Task::Syntax,
    };
    let report = tidings_eval::run(task, &args.gold)?;
    write!(io::stdout().lock(), "{report}")?;
    Ok(Outcome::AllOk)
}

fn serve(args: &ServeArgs) -> anyhow::Result<Outcome> {
    let read_token = match args.read_auth {
        Some(mode) => mode == ReadAuth::Token,
        None => !args.addr.ip().is_loopback(),
    };
    let config = tidings_server::Config {
        read_token,
        dev_open_write: args.dev_open_write,
        cors_origins: args.cors_origin.clone(),
        max_body: args.max_body,
        ..tidings_server::Config::new(&args.db)
    };
    tidings_server::serve(config, args.addr)?;
    Ok(Outcome::AllOk)
}

fn token_create(args: &TokenArgs) -> anyhow::Result<Outcome> {
    let scope = match args.scope {
        ScopeArg::Read => tidings_server::auth::Scope::Read,
        ScopeArg::Write => tidings_server::auth::Scope::Write,
    };
    let token = tidings_server::auth::create_token(&args.db, scope, args.label.as_deref())?;
    writeln!(io::stdout().lock(), "{token}")?;
    eprintln!("tidings: a {} token was created; it is shown only this once", scope.as_str());
    Ok(Outcome::AllOk)
}

/// Whether writing failed because stdout was closed. serde_json and csv keep the I/O
/// error inside instead of exposing it as a source, so they are asked directly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = if let Some(e) = cause.downcast_ref::<io::Error>() {
            Some(e.kind())
        } else if let Some(e) = cause.downcast_ref::<serde_json::Error>() {
            e.io_error_kind()
        } else if let Some(e) = cause.downcast_ref::<csv::Error>() {
            match e.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            }
        } else {
            None
        };
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

/// A positive number of seconds, at most a day.
fn parse_seconds(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(secs) if secs > 0.0 && secs <= 86_400.0 => Ok(secs),
        _ => Err(format!("{s:?} is not a number of seconds between 0 and 86400")),
    }
}

use tidings_server::filter::{parse_country, parse_date_prefix, parse_day, parse_event_type, parse_near};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
