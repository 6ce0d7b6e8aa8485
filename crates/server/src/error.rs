//! API errors: one JSON shape, `{"error": {"code": "…", "message": "…"}}`, and a stable
//! code per kind of failure. The table in `docs/api.md` lists every code; a test checks
//! that it matches [`Code::ALL`].

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// The stable error codes. Clients match on these, never on messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// A query parameter is unknown or its value is malformed.
    InvalidParameter,
    /// The paging cursor is malformed, or the list it pointed into changed.
    InvalidCursor,
    /// The request body is not a document (bad JSON, missing text, empty).
    InvalidBody,
    /// No bearer token, or one that is not known.
    Unauthorized,
    /// A valid token without the scope the request needs.
    Forbidden,
    /// No such event, actor, document or route.
    NotFound,
    /// The route exists, but not for this method.
    MethodNotAllowed,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The body's Content-Type is not one this route reads.
    UnsupportedMediaType,
    /// A document's URL could not be fetched or holds no article.
    FetchFailed,
    /// The database failed.
    StoreError,
    /// Anything else that went wrong on the server.
    Internal,
}

impl Code {
    pub const ALL: [Code; 12] = [
        Code::InvalidParameter,
        Code::InvalidCursor,
        Code::InvalidBody,
        Code::Unauthorized,
        Code::Forbidden,
        Code::NotFound,
        Code::MethodNotAllowed,
        Code::PayloadTooLarge,
        Code::UnsupportedMediaType,
        Code::FetchFailed,
        Code::StoreError,
        Code::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidParameter => "invalid_parameter",
            Code::InvalidCursor => "invalid_cursor",
            Code::InvalidBody => "invalid_body",
            Code::Unauthorized => "unauthorized",
            Code::Forbidden => "forbidden",
            Code::NotFound => "not_found",
            Code::MethodNotAllowed => "method_not_allowed",
            Code::PayloadTooLarge => "payload_too_large",
            Code::UnsupportedMediaType => "unsupported_media_type",
            Code::FetchFailed => "fetch_failed",
            Code::StoreError => "store_error",
            Code::Internal => "internal",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Code::InvalidParameter | Code::InvalidCursor | Code::InvalidBody => StatusCode::BAD_REQUEST,
            Code::Unauthorized => StatusCode::UNAUTHORIZED,
            Code::Forbidden => StatusCode::FORBIDDEN,
            Code::NotFound => StatusCode::NOT_FOUND,
            Code::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            Code::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Code::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            // The request is well formed; what its URL points at is not usable.
            Code::FetchFailed => StatusCode::UNPROCESSABLE_ENTITY,
            Code::StoreError | Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error response.
#[derive(Debug)]
pub struct ApiError {
    pub code: Code,
    pub message: String,
}

impl ApiError {
    pub fn new(code: Code, message: impl Into<String>) -> ApiError {
        ApiError { code, message: message.into() }
    }

    pub fn param(message: impl Into<String>) -> ApiError {
        ApiError::new(Code::InvalidParameter, message)
    }

    pub fn not_found(what: impl Into<String>) -> ApiError {
        ApiError::new(Code::NotFound, what)
    }
}

impl From<tidings_store::Error> for ApiError {
    fn from(e: tidings_store::Error) -> ApiError {
        // A document the store refuses as given is the client's to fix.
        if let tidings_store::Error::InvalidDocument { .. } = e {
            return ApiError::new(Code::InvalidBody, e.to_string());
        }
        // The chain names the record or file; no secrets are in it.
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            message.push_str(": ");
            message.push_str(&s.to_string());
            source = s.source();
        }
        ApiError::new(Code::StoreError, message)
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> ApiError {
        ApiError::new(Code::Internal, format!("{e:#}"))
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable code (see docs/api.md).
    pub code: String,
    /// A sentence for people; it may change between versions.
    pub message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: ErrorDetail { code: self.code.as_str().to_string(), message: self.message } };
        let mut response = (self.code.status(), axum::Json(body)).into_response();
        if self.code == Code::Unauthorized {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
