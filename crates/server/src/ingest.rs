//! `POST /api/documents`: documents in, stored, coded and merged like `tidings ingest`
//! does, one writer at a time; the records come back.

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use tidings_model::Event;
use tidings_pipeline::{Input, Pipeline};
use tidings_store::{Store, Stored};
use utoipa::{IntoParams, ToSchema};

use crate::api::{document_detail, EventSummary, FieldSpan};
use crate::error::{ApiError, Code};
use crate::AppState;

/// The most documents one request may carry.
pub const MAX_BATCH: usize = 100;

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

/// The documents of a request body, checked before anything is stored.
fn inputs(content_type: &str, body: &[u8], meta: PostParams) -> Result<Vec<Input>, ApiError> {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let text = || std::str::from_utf8(body).map_err(|e| body_error(format!("the body is not UTF-8: {e}")));
    let with_meta = |mut input: Input| {
        let keep = |given: Option<String>, found: Option<String>| given.or(found);
        input.id = keep(meta.id.clone(), input.id);
        input.url = keep(meta.url.clone(), input.url);
        input.title = keep(meta.title.clone(), input.title);
        input.source = keep(meta.source.clone(), input.source);
        input.published = keep(meta.published.clone(), input.published);
        input.license = keep(meta.license.clone(), input.license);
        input.language = keep(meta.language.clone(), input.language);
        input
    };
    let inputs = match mime.as_str() {
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
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    serde_json::from_value::<Input>(item).map_err(|e| body_error(format!("document [{i}]: {e}")))
                })
                .collect::<Result<Vec<_>, _>>()?
        }
        "text/plain" => vec![with_meta(Input { text: text()?.to_string(), ..Input::default() })],
        "text/html" => {
            let article = tidings_sources::html::extract(text()?, meta.url.as_deref());
            let language = tidings_sources::lang::detect(&article.text).map(str::to_string).or(article.language);
            vec![with_meta(Input {
                id: None,
                url: article.url,
                title: article.title,
                source: article.source,
                published: article.published,
                license: None,
                language,
                text: article.text,
            })]
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
    if inputs.is_empty() {
        return Err(body_error("no documents"));
    }
    if inputs.len() > MAX_BATCH {
        return Err(body_error(format!("{} documents; at most {MAX_BATCH} per request", inputs.len())));
    }
    for (i, input) in inputs.iter().enumerate() {
        if input.text.trim().is_empty() {
            return Err(body_error(format!("document [{i}]: empty text")));
        }
    }
    Ok(inputs)
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

/// Store, code and merge documents: one JSON document object (`text` required; `id`,
/// `url`, `title`, `source`, `published`, `license`, `language` optional) or an array of
/// them, or one raw `text/plain` or `text/html` body with metadata in the query. Needs a
/// write token.
#[utoipa::path(post, path = "/api/documents", tag = "documents", params(PostParams),
    security(("bearer" = [])),
    request_body(content = String,
        description = "A document object or an array of them (application/json), or a raw text/plain or text/html article"),
    responses(
        (status = 201, description = "At least one document was new", body = PostResults),
        (status = 200, description = "Every document was stored already", body = PostResults),
        (status = 400, description = "invalid_body, invalid_parameter", body = crate::error::ErrorBody),
        (status = 401, description = "unauthorized", body = crate::error::ErrorBody),
        (status = 403, description = "forbidden", body = crate::error::ErrorBody),
        (status = 413, description = "payload_too_large", body = crate::error::ErrorBody),
        (status = 415, description = "unsupported_media_type", body = crate::error::ErrorBody),
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
    let inputs = inputs(&content_type, &bytes, meta)?;
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
