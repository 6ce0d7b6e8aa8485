//! `tidings serve`: the HTTP API and the web interface over one tidings database.
//!
//! Only this crate knows about HTTP. It reads through the public [`Store`] API and
//! writes through the same ingest steps as `tidings ingest` (extract with
//! [`tidings_pipeline`], store, recompute the merged tables), one writer at a time.
//!
//! - [`router`] builds the whole application (API, OpenAPI document, web pages) for a
//!   [`Config`]; [`serve`] binds it to an address. Tests drive [`router`] directly.
//! - Reads run on a small pool of read connections (SQLite in WAL mode lets them run
//!   beside the writer); writes hold the one writer connection.
//! - Errors are JSON with a stable code ([`error::Code`], table in `docs/api.md`).
//! - Tokens ([`auth`]) live in the table `api_tokens` of the same database.
//! - The database is a SQLite file or a PostgreSQL database (`postgres://…`), as for
//!   every other command; the server runs the same statements on both.

pub mod api;
pub mod auth;
pub mod error;
pub mod export;
pub mod filter;
mod ingest;
mod web;

use std::ffi::OsStr;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{bail, Context, Result};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tidings_pipeline::Pipeline;
use tidings_store::Store;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::auth::Scope;
use crate::error::{ApiError, Code};

/// The default limit on a request body: 8 MiB (a batch of a few hundred articles).
pub const MAX_BODY: usize = 8 * 1024 * 1024;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The database: a SQLite file (a path or `sqlite:` URL) or a `postgres://` URL. It
    /// must exist: create it with `tidings ingest`.
    pub db: String,
    /// Whether reading needs a token (of either scope).
    pub read_token: bool,
    /// Whether writing is open to anyone who can reach the server (local use only:
    /// refused unless the server listens on loopback).
    pub dev_open_write: bool,
    /// Origins allowed by CORS; none (the default) sends no CORS headers, so other
    /// sites' pages cannot read the API.
    pub cors_origins: Vec<String>,
    /// Largest request body accepted, in bytes.
    pub max_body: usize,
}

impl Config {
    /// The defaults for a database (a path or URL): reading open, writing with a token,
    /// no CORS.
    pub fn new(db: impl AsRef<OsStr>) -> Config {
        Config {
            db: db.as_ref().to_string_lossy().into_owned(),
            read_token: false,
            dev_open_write: false,
            cors_origins: Vec::new(),
            max_body: MAX_BODY,
        }
    }
}

/// What every handler shares.
pub struct AppState {
    config: Config,
    /// Idle read connections, reused.
    readers: Mutex<Vec<Store>>,
    /// The one connection that writes; holding the lock serializes writes.
    writer: Mutex<Store>,
    /// Loaded on the first document posted.
    pipeline: OnceLock<Pipeline>,
}

/// Read connections kept when idle.
const IDLE_READERS: usize = 8;

impl AppState {
    /// Runs `f` with a read connection on the blocking pool.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = match state.readers.lock().map_err(|_| poisoned())?.pop() {
                Some(store) => store,
                None => Store::open_url(&state.config.db)?,
            };
            let result = f(&store);
            let mut idle = state.readers.lock().map_err(|_| poisoned())?;
            if idle.len() < IDLE_READERS {
                idle.push(store);
            }
            result
        })
        .await
        .map_err(|e| ApiError::new(Code::Internal, format!("a reader failed: {e}")))?
    }

    /// Runs `f` with the writer connection (and the pipeline), one call at a time.
    pub async fn write<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&mut Store, &Pipeline) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let state = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let pipeline = state.pipeline.get_or_init(Pipeline::bundled);
            let mut store = state.writer.lock().map_err(|_| poisoned())?;
            f(&mut store, pipeline)
        })
        .await
        .map_err(|e| ApiError::new(Code::Internal, format!("the writer failed: {e}")))?
    }
}

fn poisoned() -> ApiError {
    ApiError::new(Code::Internal, "a database connection was lost by a failed request")
}

/// Opens the database and brings its merged tables up to date. (Blocking: on
/// PostgreSQL, call it outside an async runtime or in `spawn_blocking`.)
pub fn state(config: Config) -> Result<Arc<AppState>> {
    let mut writer = auth::open_existing(&config.db)?;
    if writer.merged_is_stale()? {
        writer.refresh_merged().context("cannot bring the merged events up to date")?;
    }
    Ok(Arc::new(AppState {
        config,
        readers: Mutex::new(Vec::new()),
        writer: Mutex::new(writer),
        pipeline: OnceLock::new(),
    }))
}

/// The whole application: API, `/openapi.json`, `/healthz` and the web interface.
pub fn router(state: Arc<AppState>) -> Router {
    let reads = api::read_routes().route_layer(middleware::from_fn_with_state(Arc::clone(&state), require_read));
    let writes = api::write_routes().route_layer(middleware::from_fn_with_state(Arc::clone(&state), require_write));
    let mut app = Router::new()
        .merge(reads)
        .merge(writes)
        .layer(middleware::from_fn(refuse_nul))
        .route("/healthz", get(api::healthz))
        .route("/openapi.json", get(api::openapi_json))
        .merge(web::routes())
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(Arc::clone(&state))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        // No inline script or handler ever runs, whatever reaches the page.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                 connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            ),
        ));
    if !state.config.cors_origins.is_empty() {
        let origins: Vec<HeaderValue> =
            state.config.cors_origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect();
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(origins))
                .allow_methods([Method::GET, Method::POST])
                .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE]),
        );
    }
    app
}

/// Refuses a NUL character (`%00`) in the path or query of an API request: no id or
/// parameter holds one, and PostgreSQL cannot even compare text with one.
async fn refuse_nul(request: Request, next: Next) -> Response {
    let nul = |s: &str| s.as_bytes().windows(3).any(|w| w == b"%00");
    if nul(request.uri().path()) {
        return ApiError::not_found(format!("no route or record {}", request.uri().path())).into_response();
    }
    if request.uri().query().is_some_and(nul) {
        return ApiError::param("a query parameter holds a NUL character (%00)").into_response();
    }
    next.run(request).await
}

async fn not_found(request: Request) -> ApiError {
    ApiError::not_found(format!("no route {}", request.uri().path()))
}

async fn method_not_allowed(request: Request) -> ApiError {
    ApiError::new(Code::MethodNotAllowed, format!("{} is not allowed on {}", request.method(), request.uri().path()))
}

/// The bearer token of a request: `Some(Err)` when the header is there but malformed.
fn bearer(request: &Request) -> Option<Result<String, ApiError>> {
    let value = request.headers().get(header::AUTHORIZATION)?;
    let bad = || ApiError::new(Code::Unauthorized, "the Authorization header is not `Bearer <token>`");
    Some(
        value
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(|t| t.trim().to_string())
            .ok_or_else(bad),
    )
}

/// Checks that the request carries a token with `needed` scope (write implies read).
async fn check(state: &Arc<AppState>, token: Option<Result<String, ApiError>>, needed: Scope) -> Result<(), ApiError> {
    let token = match token {
        None => {
            return Err(ApiError::new(
                Code::Unauthorized,
                format!(
                    "this request needs a {} token (`tidings token create --scope {}`)",
                    needed.as_str(),
                    needed.as_str()
                ),
            ))
        }
        Some(token) => token?,
    };
    let stored = state.read(|store| Ok(store.token_hashes()?)).await?;
    let scope = auth::scope_of(&token, &stored);
    match scope {
        None => Err(ApiError::new(Code::Unauthorized, "the token is not known")),
        Some(s) if s < needed => Err(ApiError::new(
            Code::Forbidden,
            format!("the token's scope is {}; this request needs {}", s.as_str(), needed.as_str()),
        )),
        Some(_) => Ok(()),
    }
}

async fn require_read(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    if state.config.read_token {
        let token = bearer(&request);
        if let Err(e) = check(&state, token, Scope::Read).await {
            return e.into_response();
        }
    }
    next.run(request).await
}

async fn require_write(State(state): State<Arc<AppState>>, request: Request, next: Next) -> Response {
    // With --dev-open-write a request without a token may write; a token given is
    // still checked.
    let token = bearer(&request);
    if !(state.config.dev_open_write && token.is_none()) {
        if let Err(e) = check(&state, token, Scope::Write).await {
            return e.into_response();
        }
    }
    next.run(request).await
}

/// Serves `config` on `addr` until interrupted (Ctrl-C).
pub fn serve(config: Config, addr: SocketAddr) -> Result<()> {
    if config.dev_open_write && !addr.ip().is_loopback() {
        bail!("--dev-open-write lets anyone write: it is only allowed on a loopback address (127.0.0.1, ::1)");
    }
    let state = state(config)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let app = router(Arc::clone(&state));
    let shown = shown_db(&state.config.db);
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
        eprintln!("tidings: serving {shown} on http://{}", listener.local_addr()?);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    });
    // The connections are closed here, outside the runtime: PostgreSQL's blocking
    // client may not be dropped inside one.
    drop(runtime);
    drop(state);
    result
}

/// The database for messages: a URL without its password.
fn shown_db(db: &str) -> String {
    match (db.find("://"), db.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => match db[scheme + 3..at].split_once(':') {
            Some((user, _)) => format!("{}{user}:***{}", &db[..scheme + 3], &db[at..]),
            None => db.to_string(),
        },
        _ => db.to_string(),
    }
}
