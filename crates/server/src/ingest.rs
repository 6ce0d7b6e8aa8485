//! `POST /api/documents`: documents in, stored, coded and merged like `tidings ingest`
//! does, one writer at a time; the records come back.

use std::sync::Arc;
use std::time::Duration;

use axum::body::{to_bytes, Body};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use tidings_model::Event;
use tidings_pipeline::{Input, Pipeline};
use tidings_sources::fetch::{Fetched, Fetcher, Options};
use tidings_sources::{charset, feed, html, Article};
use tidings_store::{Store, Stored};
use utoipa::{IntoParams, ToSchema};

use crate::api::{document_detail, EventSummary, FieldSpan};
use crate::error::{ApiError, Code};
use crate::AppState;

/// The most documents one request may carry.
pub const MAX_BATCH: usize = 100;

/// The most documents of one request that may be given by URL (each is fetched).
pub const MAX_FETCH: usize = 10;

/// How long fetching one page (its robots.txt first) may take, per request.
const FETCH_TIMEOUT: Duration = Duration::from_secs(20);

/// A document in a JSON body: its text, or a URL to fetch the article from.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentIn {
    /// The article text. Without it, `url` is fetched (http and https only) and the
    /// page's article text is read, as `tidings ingest URL` reads it.
    pub text: Option<String>,
    /// Stored under this id (default: `doc-` and 12 hex digits of the text's SHA-256).
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`: anchors relative and year-less dates.
    pub published: Option<String>,
    pub license: Option<String>,
    /// ISO 639-1 code; identified from the text when not given.
    pub language: Option<String>,
}

/// A document of a request: ready to code, or to be fetched first.
enum Pending {
    Ready(Input),
    Fetch(DocumentIn),
}

/// Metadata for a raw `text/plain` or `text/html` body.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PostParams {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`: anchors relative and year-less dates.
    pub published: Option<String>,
    pub license: Option<String>,
    pub language: Option<String>,
}

/// What became of one document posted.
#[derive(Debug, Serialize, ToSchema)]
pub struct Posted {
    /// The id it is stored under.
    pub id: String,
    /// `new` (coded and stored), `duplicate` (its text was stored already) or `copy`
    /// (a near-duplicate of a stored text: stored, not coded).
    pub status: String,
    /// The stored document (normalized text: spans are byte offsets into it).
    #[schema(value_type = Object)]
    pub document: tidings_model::Document,
    /// Its events as coded from it.
    #[schema(value_type = Vec<Object>)]
    pub events: Vec<Event>,
    /// Every evidence span of those events, by field, in text order.
    pub spans: Vec<FieldSpan>,
    /// The merged events it reports, after merging with the whole store.
    pub merged: Vec<EventSummary>,
    /// What the pipeline noticed (new documents only).
    pub diagnostics: Vec<String>,
}

/// The documents of one request, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct PostResults {
    pub results: Vec<Posted>,
}

fn body_error(message: impl Into<String>) -> ApiError {
    ApiError::new(Code::InvalidBody, message)
}

/// An empty value is no value (HTML forms send their empty fields).
fn given(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// Metadata with a NUL character cannot be stored (PostgreSQL refuses it in text).
fn no_nul(i: usize, d: &DocumentIn) -> Result<(), ApiError> {
    let fields = [&d.id, &d.url, &d.title, &d.source, &d.published, &d.license, &d.language];
    if fields.iter().any(|f| f.as_deref().is_some_and(|v| v.contains('\0'))) {
        return Err(body_error(format!("document [{i}]: a metadata field holds a NUL character")));
    }
    Ok(())
}

impl DocumentIn {
    fn cleaned(self) -> DocumentIn {
        DocumentIn {
            text: self.text,
            id: given(self.id),
            url: given(self.url),
            title: given(self.title),
            source: given(self.source),
            published: given(self.published),
            license: given(self.license),
            language: given(self.language),
        }
    }

    /// The input, with the metadata given here over what the text or page gave.
    fn over(self, found: Input) -> Input {
        Input {
            id: self.id.or(found.id),
            url: self.url.or(found.url),
            title: self.title.or(found.title),
            source: self.source.or(found.source),
            published: self.published.or(found.published),
            license: self.license.or(found.license),
            language: self.language.or(found.language),
            text: found.text,
        }
    }

    fn pending(self) -> Pending {
        match self.text.clone() {
            Some(text) => Pending::Ready(self.over(Input { text, ..Input::default() })),
            None => Pending::Fetch(self),
        }
    }
}

/// The documents of a request body, checked before anything is stored or fetched.
fn inputs(content_type: &str, body: &[u8], meta: PostParams) -> Result<Vec<Pending>, ApiError> {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let text = || std::str::from_utf8(body).map_err(|e| body_error(format!("the body is not UTF-8: {e}")));
    let meta = DocumentIn {
        text: None,
        id: meta.id,
        url: meta.url,
        title: meta.title,
        source: meta.source,
        published: meta.published,
        license: meta.license,
        language: meta.language,
    }
    .cleaned();
    let pending = match mime.as_str() {
        "application/json" => {
            if meta.id.is_some() || meta.title.is_some() || meta.published.is_some() || meta.url.is_some() {
                return Err(ApiError::param(
                    "metadata parameters are for text/plain and text/html bodies; put them in the JSON",
                ));
            }
            let value: serde_json::Value =
                serde_json::from_slice(body).map_err(|e| body_error(format!("invalid JSON: {e}")))?;
            let items = match value {
                serde_json::Value::Array(items) => items,
                object @ serde_json::Value::Object(_) => vec![object],
                _ => return Err(body_error("the JSON body is neither a document object nor an array of them")),
            };
            let mut pending = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let d = serde_json::from_value::<DocumentIn>(item)
                    .map_err(|e| body_error(format!("document [{i}]: {e}")))?
                    .cleaned();
                no_nul(i, &d)?;
                if d.text.is_none() && d.url.is_none() {
                    return Err(body_error(format!("document [{i}]: give its `text`, or a `url` to fetch it from")));
                }
                pending.push(d.pending());
            }
            pending
        }
        "text/plain" | "text/html" => {
            no_nul(0, &meta)?;
            let text = text()?;
            let found = if mime == "text/html" {
                Input::from(html::extract(text, meta.url.as_deref()))
            } else {
                Input { text: text.to_string(), ..Input::default() }
            };
            vec![Pending::Ready(meta.over(found))]
        }
        "" => {
            return Err(ApiError::new(
                Code::UnsupportedMediaType,
                "give a Content-Type: application/json, text/plain or text/html",
            ))
        }
        other => {
            return Err(ApiError::new(
                Code::UnsupportedMediaType,
                format!("{other} is not read here; use application/json, text/plain or text/html"),
            ))
        }
    };
    if pending.is_empty() {
        return Err(body_error("no documents"));
    }
    if pending.len() > MAX_BATCH {
        return Err(body_error(format!("{} documents; at most {MAX_BATCH} per request", pending.len())));
    }
    let fetches = pending.iter().filter(|p| matches!(p, Pending::Fetch(_))).count();
    if fetches > MAX_FETCH {
        return Err(body_error(format!("{fetches} documents to fetch by URL; at most {MAX_FETCH} per request")));
    }
    for (i, p) in pending.iter().enumerate() {
        if let Pending::Ready(input) = p {
            if input.text.trim().is_empty() {
                return Err(body_error(format!("document [{i}]: empty text")));
            }
        }
    }
    Ok(pending)
}

/// Fetches the article at `url` with the polite client of `tidings ingest` (robots.txt,
/// timeouts, a size limit, one retry), as one document. Errors name the URL.
pub(crate) fn fetch_article(url: &str, max_bytes: usize) -> Result<Input, ApiError> {
    let fail = |message: String| ApiError::new(Code::FetchFailed, message);
    let options = Options {
        timeout: FETCH_TIMEOUT,
        retries: 1,
        // One page per request: robots.txt, then the page, at once.
        delay: Duration::ZERO,
        max_bytes: max_bytes as u64,
        ..Options::default()
    };
    let response = match Fetcher::new(options).get(url) {
        Ok(Fetched::Ok(response)) => response,
        // A new client sends no validators, so no server can answer 304.
        Ok(Fetched::NotModified) => return Err(fail(format!("{url}: not modified"))),
        Err(e) => return Err(fail(e.to_string())),
    };
    let content_type = response.content_type.as_deref().unwrap_or("").to_ascii_lowercase();
    let declared_feed = ["rss", "atom", "/xml", "+xml", "feed+json"].iter().any(|k| content_type.contains(k));
    if declared_feed || feed::looks_like_feed(&response.body) {
        return Err(fail(format!("{url}: a feed, not an article page (`tidings ingest URL` reads feeds)")));
    }
    let readable = content_type.is_empty() || content_type.starts_with("text/") || content_type.contains("html");
    if !readable {
        return Err(fail(format!("{url}: {content_type} is not an article page (text/html or text/plain)")));
    }
    let decoded = charset::decode(&response.body, response.content_type.as_deref());
    let article = if content_type.starts_with("text/plain") {
        Article { text: decoded, ..Article::default() }
    } else {
        html::extract(&decoded, Some(&response.url))
    };
    if article.text.trim().is_empty() {
        return Err(fail(format!("{url}: no article text on the page")));
    }
    let mut input = Input::from(article);
    input.url = input.url.or(Some(response.url));
    Ok(input)
}

/// Stores one document unless its text is stored already, as `tidings ingest` does:
/// the id, the status and the pipeline's diagnostics.
fn ingest(
    store: &mut Store,
    pipeline: &Pipeline,
    input: &Input,
) -> Result<(String, &'static str, Vec<String>), ApiError> {
    if let Some(id) = store.document_id_by_sha256(&input.sha256())? {
        return Ok((id, "duplicate", Vec::new()));
    }
    let (document, _) = input.document();
    if let Some(original) = store.copy_of(&document)? {
        return Ok(match store.insert_copy(&document, &original)? {
            Stored::New { id } | Stored::Copy { id, .. } => (id, "copy", Vec::new()),
            Stored::Duplicate { existing_id } => (existing_id, "duplicate", Vec::new()),
        });
    }
    let extraction = pipeline.extract(input);
    let diagnostics = extraction.diagnostics.clone();
    Ok(match store.insert(&extraction)? {
        Stored::New { id } => (id, "new", diagnostics),
        Stored::Copy { id, .. } => (id, "copy", diagnostics),
        Stored::Duplicate { existing_id } => (existing_id, "duplicate", Vec::new()),
    })
}

/// A JSON body: one document or an array of at most 100 (at most 10 given by URL only).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
#[allow(dead_code)] // Describes the body in the OpenAPI document; the body is read by hand.
pub enum DocumentsIn {
    One(DocumentIn),
    Many(Vec<DocumentIn>),
}

/// Store, code and merge documents: one JSON document object (`text`, or `url` to fetch
/// the article from; `id`, `title`, `source`, `published`, `license`, `language`
/// optional) or an array of them, or one raw `text/plain` or `text/html` body with
/// metadata in the query. Needs a write token.
#[utoipa::path(post, path = "/api/documents", tag = "documents", params(PostParams),
    security(("bearer" = [])),
    request_body(
        description = "A document object or an array of them (application/json), or a raw text/plain or text/html article",
        content(
            (DocumentsIn = "application/json"),
            (String = "text/plain"),
            (String = "text/html"),
        )),
    responses(
        (status = 201, description = "At least one document was new", body = PostResults),
        (status = 200, description = "Every document was stored already", body = PostResults),
        (status = 400, description = "invalid_body, invalid_parameter", body = crate::error::ErrorBody),
        (status = 401, description = "unauthorized", body = crate::error::ErrorBody),
        (status = 403, description = "forbidden", body = crate::error::ErrorBody),
        (status = 413, description = "payload_too_large", body = crate::error::ErrorBody),
        (status = 415, description = "unsupported_media_type", body = crate::error::ErrorBody),
        (status = 422, description = "fetch_failed: a document's URL could not be fetched or holds no article", body = crate::error::ErrorBody),
    ))]
pub async fn post_documents(
    State(state): State<Arc<AppState>>,
    query: Result<Query<PostParams>, axum::extract::rejection::QueryRejection>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let meta = query.map(|Query(p)| p).map_err(|e| ApiError::param(e.body_text()))?;
    let limit = state.config.max_body;
    let too_large = || ApiError::new(Code::PayloadTooLarge, format!("the body is over the limit of {limit} bytes"));
    if headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|n| n > limit as u64)
    {
        return Err(too_large());
    }
    let bytes = to_bytes(body, limit).await.map_err(|_| too_large())?;
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let pending = inputs(&content_type, &bytes, meta)?;
    // Pages are fetched before the writer is taken, so a slow site holds up no write.
    let max_bytes = state.config.max_body;
    let inputs = tokio::task::spawn_blocking(move || {
        pending
            .into_iter()
            .map(|p| match p {
                Pending::Ready(input) => Ok(input),
                Pending::Fetch(d) => {
                    let url = d.url.clone().unwrap_or_default();
                    Ok(d.over(fetch_article(&url, max_bytes)?))
                }
            })
            .collect::<Result<Vec<Input>, ApiError>>()
    })
    .await
    .map_err(|e| ApiError::new(Code::Internal, format!("fetching failed: {e}")))??;
    let results = state
        .write(move |store, pipeline| {
            let mut done = Vec::new();
            for input in &inputs {
                done.push(ingest(store, pipeline, input)?);
            }
            if store.merged_is_stale()? {
                store.refresh_merged()?;
            }
            let mut results = Vec::new();
            for (id, status, diagnostics) in done {
                let detail = document_detail(store, &id)?;
                results.push(Posted {
                    id,
                    status: status.to_string(),
                    document: detail.document,
                    events: detail.events,
                    spans: detail.spans,
                    merged: detail.merged,
                    diagnostics,
                });
            }
            Ok(results)
        })
        .await?;
    let status = if results.iter().any(|r| r.status == "new") { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(PostResults { results })).into_response())
}
