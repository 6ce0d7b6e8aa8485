//! The web interface: one page of plain JavaScript and SVG, its style sheet and the
//! Natural Earth country shapes, all compiled into the binary (no CDN, works offline).
//! Pages are routed in the browser (`#/event/<id>`, `#/actor/<id>`, `#/paste`).

use std::sync::Arc;

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

use crate::AppState;

const INDEX: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const STYLE: &str = include_str!("../assets/style.css");
/// Natural Earth 1:110m countries (public domain), TopoJSON from world-atlas 2.0.2
/// (ISC); see `assets/countries-110m.LICENSE.txt`.
const COUNTRIES: &[u8] = include_bytes!("../assets/countries-110m.json");

pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], INDEX).into_response() }))
        .route(
            "/assets/app.js",
            get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], APP_JS).into_response() }),
        )
        .route(
            "/assets/style.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response() }),
        )
        .route(
            "/assets/countries-110m.json",
            get(|| async { ([(header::CONTENT_TYPE, "application/json")], COUNTRIES).into_response() }),
        )
}
