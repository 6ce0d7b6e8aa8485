//! The API end to end: every endpoint, the error table, tokens and paging, through the
//! router (no socket) over a database ingested from `examples/`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tidings_pipeline::{Input, Pipeline};
use tidings_server::auth::{create_token, Scope};
use tidings_server::error::Code;
use tidings_server::{router, state, Config};
use tidings_store::Store;
use tower::ServiceExt;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn example_inputs() -> Vec<Input> {
    let mut inputs: Vec<Input> = std::fs::read_to_string(examples().join("news.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let meta: Value =
        serde_json::from_str(&std::fs::read_to_string(examples().join("fsb-kaluga-isk.meta.json")).unwrap()).unwrap();
    inputs.push(Input {
        id: Some("fsb-kaluga-isk".to_string()),
        title: meta["title"].as_str().map(str::to_string),
        published: meta["published"].as_str().map(str::to_string),
        license: meta["license"].as_str().map(str::to_string),
        text: std::fs::read_to_string(examples().join("fsb-kaluga-isk.txt")).unwrap(),
        ..Input::default()
    });
    inputs
}

/// The examples, ingested once per test run; tests that write work on a copy.
fn fixture() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("examples.db");
        let mut store = Store::open(&path).unwrap();
        let pipeline = Pipeline::bundled();
        for input in example_inputs() {
            store.insert(&pipeline.extract(&input)).unwrap();
        }
        store.refresh_merged().unwrap();
        (dir, path)
    });
    path
}

/// A private copy of the fixture (for tests that write or add tokens).
fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    // Through SQLite's backup, so that the WAL's pages come along.
    let src = rusqlite::Connection::open(fixture()).unwrap();
    src.execute("VACUUM INTO ?1", [path.to_str().unwrap()]).unwrap();
    (dir, path)
}

fn app(config: Config) -> axum::Router {
    router(state(config).unwrap())
}

fn read_app() -> axum::Router {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    app(CONFIG.get_or_init(|| Config::new(fixture())).clone())
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).unwrap()
    }

    /// Asserts an error reply with `code` and its status.
    fn error(&self, code: Code) {
        assert_eq!(self.status, code.status(), "{}", self.text());
        assert_eq!(self.json()["error"]["code"], code.as_str(), "{}", self.text());
        assert!(self.json()["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
}

async fn send(app: &axum::Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
    Reply { status, headers, body }
}

async fn get(app: &axum::Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn post(uri: &str, content_type: &str, token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut r = Request::post(uri).header(header::CONTENT_TYPE, content_type);
    if let Some(t) = token {
        r = r.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    r.body(body.into()).unwrap()
}

fn all_events(body: &Value) -> Vec<Value> {
    body["events"].as_array().unwrap().clone()
}

#[tokio::test]
async fn health_and_openapi() {
    let app = read_app();
    let r = get(&app, "/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["status"], "ok");
    assert_eq!(r.json()["documents"], 42);
    let r = get(&app, "/openapi.json").await;
    assert_eq!(r.status, StatusCode::OK);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/events",
        "/api/events/{id}",
        "/api/actors",
        "/api/actors/{id}",
        "/api/documents/{id}",
        "/api/documents",
        "/api/search",
        "/healthz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} is not documented");
    }
    let params: Vec<&str> = doc["paths"]["/api/events"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for p in ["since", "until", "country", "type", "actor", "modality", "q", "near", "format", "limit", "cursor"] {
        assert!(params.contains(&p), "parameter {p} is not documented: {params:?}");
    }
}

#[tokio::test]
async fn events_page_by_cursor_through_the_whole_list() {
    let app = read_app();
    let everything = all_events(&get(&app, "/api/events?limit=10000").await.json());
    assert!(everything.len() > 10, "{}", everything.len());
    let mut seen = Vec::new();
    let mut uri = "/api/events?limit=7&view=summary".to_string();
    loop {
        let r = get(&app, &uri).await;
        assert_eq!(r.status, StatusCode::OK);
        let body = r.json();
        let page = all_events(&body);
        assert!(page.len() <= 7);
        seen.extend(page.iter().map(|e| e["id"].as_str().unwrap().to_string()));
        let header = r.headers.get("tidings-next-cursor").map(|v| v.to_str().unwrap().to_string());
        match body["next_cursor"].as_str() {
            Some(next) => {
                assert_eq!(header.as_deref(), Some(next));
                uri = format!("/api/events?limit=7&view=summary&cursor={next}");
            }
            None => {
                assert!(header.is_none());
                break;
            }
        }
    }
    let ids: Vec<String> = everything.iter().map(|e| e["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(seen, ids, "pages joined must be the whole list, in order, once");
    // The default page is 100 events.
    let r = get(&app, "/api/events").await.json();
    assert_eq!(all_events(&r).len(), ids.len().min(100));
}

#[tokio::test]
async fn events_filters() {
    let app = read_app();
    let ru = all_events(&get(&app, "/api/events?country=ru&view=summary").await.json());
    assert!(!ru.is_empty());
    assert!(ru.iter().all(|e| e["country"] == "RU"));
    let foiled = all_events(&get(&app, "/api/events?modality=foiled&actor=ISKP").await.json());
    assert!(
        foiled.iter().any(|e| e["documents"].as_array().unwrap().iter().any(|d| d == "fsb-kaluga-isk")),
        "the foiled IS-K plot is found by the alias ISKP"
    );
    let dated = all_events(&get(&app, "/api/events?since=2024-03&until=2024-03-31&view=summary").await.json());
    assert!(!dated.is_empty());
    // The bounds compare the TIMEX3 value cut to their length (see `EventFilter`).
    for e in &dated {
        let date = e["date"].as_str().unwrap();
        assert!(date.get(..7).is_some_and(|m| m == "2024-03"), "{e}");
    }
    let q = all_events(&get(&app, "/api/events?q=synagogue&view=summary").await.json());
    assert!(q.iter().any(|e| e["documents"].as_array().unwrap().iter().any(|d| d == "fsb-kaluga-isk")));
    let battles = all_events(&get(&app, "/api/events?type=battles&view=summary").await.json());
    assert!(battles.iter().all(|e| e["event_type"] == "Battles"));
    let deadly = all_events(&get(&app, "/api/events?min_fatalities=2&view=summary").await.json());
    assert!(deadly.iter().all(|e| e["fatalities"].as_u64().unwrap() >= 2));
    let near = all_events(&get(&app, "/api/events?near=54.5,36.3,300&view=summary").await.json());
    assert!(near.iter().all(|e| e["country"] == "RU"), "{near:?}");
    let none = all_events(&get(&app, "/api/events?country=ZZ").await.json());
    assert!(none.is_empty());
}

#[tokio::test]
async fn events_formats_reuse_the_cli_writers() {
    let app = read_app();
    let r = get(&app, "/api/events?format=csv").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.headers[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/csv"));
    assert_eq!(r.text().lines().next().unwrap(), tidings_server::export::MERGED_HEADER.join(","));
    let n = all_events(&get(&app, "/api/events?limit=10000").await.json()).len();
    let r = get(&app, "/api/events?format=acled-csv").await;
    assert_eq!(r.text().lines().next().unwrap(), tidings_server::export::ACLED_HEADER.join(","));
    let r = get(&app, "/api/events?format=geojson").await;
    assert_eq!(r.headers[header::CONTENT_TYPE], "application/geo+json");
    let g = r.json();
    assert_eq!(g["type"], "FeatureCollection");
    assert_eq!(g["features"].as_array().unwrap().len(), n, "other formats give every event unless limited");
    let r = get(&app, "/api/events?format=geojson&limit=3").await;
    assert_eq!(r.json()["features"].as_array().unwrap().len(), 3);
    assert!(r.headers.contains_key("tidings-next-cursor"));
}

/// `&text[start..end] == span.text` for every span of a reply.
fn check_spans(text: &str, spans: &[Value]) {
    assert!(!spans.is_empty());
    for s in spans {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], s["text"].as_str().unwrap(), "{s}");
        assert!(s["field"].is_string());
    }
}

#[tokio::test]
async fn event_detail_has_sources_and_evidence() {
    let app = read_app();
    let list = all_events(&get(&app, "/api/events?actor=IS-K&modality=foiled").await.json());
    let id = list[0]["id"].as_str().unwrap();
    let r = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let body = r.json();
    assert_eq!(body["event"]["id"], id);
    assert!(body["event"]["disagreements"].is_array());
    let sources = body["sources"].as_array().unwrap();
    assert!(!sources.is_empty());
    for s in sources {
        check_spans(s["document"]["text"].as_str().unwrap(), s["spans"].as_array().unwrap());
    }
    let fields: Vec<&str> =
        sources[0]["spans"].as_array().unwrap().iter().map(|s| s["field"].as_str().unwrap()).collect();
    for f in ["event", "date", "place", "actor1"] {
        assert!(fields.contains(&f), "no {f} evidence in {fields:?}");
    }
    get(&app, "/api/events/m-0000000000000000").await.error(Code::NotFound);
}

#[tokio::test]
async fn documents_actors_and_search() {
    let app = read_app();
    let r = get(&app, "/api/documents/fsb-kaluga-isk").await;
    assert_eq!(r.status, StatusCode::OK);
    let d = r.json();
    check_spans(d["document"]["text"].as_str().unwrap(), d["spans"].as_array().unwrap());
    assert!(!d["events"].as_array().unwrap().is_empty());
    assert!(!d["merged"].as_array().unwrap().is_empty());
    get(&app, "/api/documents/no-such-document").await.error(Code::NotFound);

    let actors = get(&app, "/api/actors?limit=5").await.json();
    assert_eq!(actors["actors"].as_array().unwrap().len(), 5);
    let next = actors["next_cursor"].as_str().unwrap();
    let more = get(&app, &format!("/api/actors?limit=5&cursor={next}")).await.json();
    assert_ne!(more["actors"][0]["id"], actors["actors"][0]["id"]);
    let isk = get(&app, "/api/actors?q=khorasan").await.json();
    assert!(!isk["actors"].as_array().unwrap().is_empty(), "{isk}");

    let r = get(&app, "/api/actors/ISKP").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let a = r.json();
    assert!(!a["profile"]["leaders"].as_array().unwrap().is_empty(), "IS-K's leaders are profiled");
    assert!(!a["events"].as_array().unwrap().is_empty());
    assert!(!a["by_month"].as_array().unwrap().is_empty());
    get(&app, "/api/actors/Nobody%20At%20All").await.error(Code::NotFound);

    let s = get(&app, "/api/search?q=synagogue").await.json();
    assert!(!s["events"].as_array().unwrap().is_empty());
    assert!(s["documents"].as_array().unwrap().iter().any(|d| d["id"] == "fsb-kaluga-isk"));
    let s = get(&app, "/api/search?q=IS-K").await.json();
    assert!(!s["actors"].as_array().unwrap().is_empty(), "{s}");
    get(&app, "/api/search").await.error(Code::InvalidParameter);
}

#[tokio::test]
async fn error_table() {
    let app = read_app();
    for uri in [
        "/api/events?since=2024-13",
        "/api/events?country=Russia",
        "/api/events?type=war",
        "/api/events?modality=perhaps",
        "/api/events?min_fatalities=-1",
        "/api/events?near=1,2",
        "/api/events?format=xml",
        "/api/events?view=tiny",
        "/api/events?limit=0",
        "/api/events?unknown=1",
        "/api/actors?limit=x",
    ] {
        get(&app, uri).await.error(Code::InvalidParameter);
    }
    get(&app, "/api/events?cursor=zz").await.error(Code::InvalidCursor);
    // A cursor of the former offset form, and one without an id.
    let hex = |s: &str| -> String { s.bytes().map(|b| format!("{b:02x}")).collect() };
    get(&app, &format!("/api/events?cursor={}", hex("c1:3:m-none"))).await.error(Code::InvalidCursor);
    get(&app, &format!("/api/events?cursor={}", hex("c2:d2024-03-07:"))).await.error(Code::InvalidCursor);
    // A cursor names a place in the order, not a stored event: after an event that is
    // gone (or never was), the list goes on from where it would have been.
    let all = all_events(&get(&app, "/api/events?view=summary&limit=10000").await.json());
    let after = all_events(
        &get(&app, &format!("/api/events?view=summary&limit=10000&cursor={}", hex("c2:d2024-03-07:m-"))).await.json(),
    );
    let expected: Vec<&Value> = all
        .iter()
        .filter(|e| {
            e["date_start"]
                .as_str()
                .is_none_or(|d| d > "2024-03-07" || (d == "2024-03-07" && e["id"].as_str().unwrap() > "m-"))
        })
        .collect();
    assert!(!after.is_empty() && after.len() < all.len());
    assert_eq!(after.iter().collect::<Vec<_>>(), expected);
    get(&app, "/api/nothing/here").await.error(Code::NotFound);
    send(&app, Request::delete("/api/events").body(Body::empty()).unwrap()).await.error(Code::MethodNotAllowed);

    // Every code is in the documented table, with its status.
    let table = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/api.md")).unwrap();
    for code in Code::ALL {
        let row = format!("| `{}` | {} |", code.as_str(), code.status().as_u16());
        assert!(table.contains(&row), "docs/api.md lacks the row {row}");
    }
}

#[tokio::test]
async fn writing_needs_a_write_token() {
    let (_dir, db) = copy();
    let read = create_token(&db, Scope::Read, None).unwrap();
    let write = create_token(&db, Scope::Write, None).unwrap();
    let app = app(Config::new(&db));
    let text = "Police said gunmen killed three villagers in Maiduguri, Nigeria, on 4 May 2024.";
    send(&app, post("/api/documents", "text/plain", None, text)).await.error(Code::Unauthorized);
    send(&app, post("/api/documents", "text/plain", Some("tdg_not_a_token"), text)).await.error(Code::Unauthorized);
    send(&app, post("/api/documents", "text/plain", Some(&read), text)).await.error(Code::Forbidden);
    let r =
        send(&app, post("/api/documents?published=2024-05-05&title=Gunmen", "text/plain", Some(&write), text)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let result = &r.json()["results"][0];
    assert_eq!(result["status"], "new");
    assert_eq!(result["document"]["title"], "Gunmen");
    assert!(!result["events"].as_array().unwrap().is_empty(), "{result}");
    check_spans(result["document"]["text"].as_str().unwrap(), result["spans"].as_array().unwrap());
    assert!(!result["merged"].as_array().unwrap().is_empty());
    // The new event is readable at once.
    let id = result["merged"][0]["id"].as_str().unwrap();
    assert_eq!(get(&app, &format!("/api/events/{id}")).await.status, StatusCode::OK);
    // Posting it again stores nothing.
    let r = send(&app, post("/api/documents", "text/plain", Some(&write), text)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json()["results"][0]["status"], "duplicate");
}

#[tokio::test]
async fn batches_html_and_bad_bodies() {
    let (_dir, db) = copy();
    let write = create_token(&db, Scope::Write, None).unwrap();
    let app = app(Config { max_body: 64 * 1024, ..Config::new(&db) });
    let batch = serde_json::json!([
        {"id": "a", "text": "Rebels attacked an army post in Goma on Monday, killing two soldiers, the army said.", "published": "2024-06-04"},
        {"id": "b", "text": "Thousands protested in Nairobi against the finance bill on 25 June 2024."}
    ]);
    let r = send(&app, post("/api/documents", "application/json", Some(&write), batch.to_string())).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let results = r.json()["results"].as_array().unwrap().clone();
    assert_eq!(results.iter().map(|r| r["id"].as_str().unwrap()).collect::<Vec<_>>(), ["a", "b"]);

    let html = "<html><head><title>Blast in Kabul</title></head><body><article><h1>Blast in Kabul</h1>\
        <p>A suicide bomber killed five people at a checkpoint in Kabul on Sunday, police said.</p>\
        <p>No group has claimed the attack, officials told reporters in the Afghan capital.</p></article></body></html>";
    let r =
        send(&app, post("/api/documents?published=2024-07-08", "text/html; charset=utf-8", Some(&write), html)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert!(r.json()["results"][0]["document"]["text"].as_str().unwrap().contains("suicide bomber"));

    let bad = |body: &str| post("/api/documents", "application/json", Some(&write), body.to_string());
    send(&app, bad("{not json")).await.error(Code::InvalidBody);
    send(&app, bad("{\"title\": \"no text\"}")).await.error(Code::InvalidBody);
    send(&app, bad("{\"text\": \"  \"}")).await.error(Code::InvalidBody);
    send(&app, bad("[]")).await.error(Code::InvalidBody);
    send(&app, bad("42")).await.error(Code::InvalidBody);
    send(&app, post("/api/documents", "application/pdf", Some(&write), "%PDF")).await.error(Code::UnsupportedMediaType);
    let big = "word ".repeat(20_000);
    send(&app, post("/api/documents", "text/plain", Some(&write), big)).await.error(Code::PayloadTooLarge);
    send(&app, post("/api/documents?colour=red", "text/plain", Some(&write), "x")).await.error(Code::InvalidParameter);
}

#[tokio::test]
async fn reading_can_need_a_token_and_cors_is_off_by_default() {
    let (_dir, db) = copy();
    let read = create_token(&db, Scope::Read, None).unwrap();
    let write = create_token(&db, Scope::Write, None).unwrap();
    let closed = app(Config { read_token: true, ..Config::new(&db) });
    get(&closed, "/api/events").await.error(Code::Unauthorized);
    let with = |t: &str| {
        Request::get("/api/events").header(header::AUTHORIZATION, format!("Bearer {t}")).body(Body::empty()).unwrap()
    };
    assert_eq!(send(&closed, with(&read)).await.status, StatusCode::OK);
    assert_eq!(send(&closed, with(&write)).await.status, StatusCode::OK, "a write token may read");
    send(&closed, with("tdg_wrong")).await.error(Code::Unauthorized);
    // The web page and health stay reachable, so the page can ask for a token.
    assert_eq!(get(&closed, "/healthz").await.status, StatusCode::OK);

    let open = app(Config::new(&db));
    let from = |app: &axum::Router| {
        let app = app.clone();
        async move {
            send(
                &app,
                Request::get("/api/events")
                    .header(header::ORIGIN, "https://elsewhere.example")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
        }
    };
    assert!(!from(&open).await.headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
    let cors = app(Config { cors_origins: vec!["https://elsewhere.example".to_string()], ..Config::new(&db) });
    assert_eq!(from(&cors).await.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "https://elsewhere.example");

    // --dev-open-write: no token needed, but a wrong one is still refused.
    let dev = app(Config { dev_open_write: true, ..Config::new(&db) });
    let r =
        send(&dev, post("/api/documents", "text/plain", None, "Protesters marched in Dhaka on 3 August 2024.")).await;
    assert!(r.status.is_success(), "{}", r.text());
    send(&dev, post("/api/documents", "text/plain", Some(&read), "x")).await.error(Code::Forbidden);
}

#[tokio::test]
async fn web_pages_are_embedded_and_locked_down() {
    let app = read_app();
    let r = get(&app, "/").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text().contains("/assets/app.js"));
    let csp = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(r.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    for asset in ["/assets/app.js", "/assets/style.css", "/assets/countries-110m.json"] {
        assert_eq!(get(&app, asset).await.status, StatusCode::OK, "{asset}");
    }
    // No page script writes server data as HTML.
    let js = get(&app, "/assets/app.js").await.text();
    assert!(!js.contains("innerHTML") && !js.contains("outerHTML") && !js.contains("insertAdjacentHTML"));
}

/// A local web server for the URL tests: the FSB example as an HTML article page, a
/// page with no article text, a feed, and 404 for the rest. No internet is touched.
async fn article_site() -> String {
    use axum::response::Html;
    let text = std::fs::read_to_string(examples().join("fsb-kaluga-isk.txt")).unwrap();
    let paragraphs: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    let page = format!(
        "<!doctype html><html><head><title>FSB foils IS-K plot against Moscow synagogue</title>\
         <meta property=\"article:published_time\" content=\"2024-03-09T10:00:00Z\"></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>FSB foils IS-K plot against Moscow synagogue</h1>\
         {paragraphs}</article><footer>Copyright Example News</footer></body></html>"
    );
    let feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Example</title>\
        <item><title>One</title><link>http://127.0.0.1/x</link></item></channel></rss>";
    let site = axum::Router::new()
        .route("/news/fsb.html", axum::routing::get(move || async move { Html(page) }))
        .route("/empty.html", axum::routing::get(|| async { Html("<html><body></body></html>") }))
        .route(
            "/feed.xml",
            axum::routing::get(move || async move { ([(header::CONTENT_TYPE, "application/rss+xml")], feed) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, site).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_url_is_fetched_coded_and_errors_are_named() {
    let (_dir, db) = copy();
    let write = create_token(&db, Scope::Write, None).unwrap();
    let examples_app = app(Config::new(&db));
    let site = article_site().await;
    let url = format!("{site}/news/fsb.html");
    let body = serde_json::json!({ "url": url }).to_string();
    let r = send(&examples_app, post("/api/documents", "application/json", Some(&write), body.clone())).await;
    // The example article is in the fixture already: the page's text is another
    // version of it (title and paragraphs), so it is new or a copy, never an error.
    assert!(r.status.is_success(), "{}", r.text());
    let result = &r.json()["results"][0];
    assert_eq!(result["document"]["url"], url.as_str(), "{result}");
    assert!(result["document"]["text"].as_str().unwrap().contains("Kaluga"), "{result}");

    // On a database without the example, the fetched page is coded: the foiled plot
    // and IS-K, with evidence spans into the fetched text.
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.db");
    Store::open(&empty).unwrap();
    let token = create_token(&empty, Scope::Write, None).unwrap();
    let fresh = app(Config::new(&empty));
    let r = send(&fresh, post("/api/documents", "application/json", Some(&token), body)).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    let result = &r.json()["results"][0];
    assert_eq!(result["status"], "new");
    assert_eq!(result["document"]["title"], "FSB foils IS-K plot against Moscow synagogue");
    let events = result["events"].as_array().unwrap();
    let khorasan = |a: &Value| a["name"].as_str().is_some_and(|n| n.contains("IS-K") || n.contains("Khorasan"));
    assert!(
        events.iter().any(|e| e["modality"] == "foiled" && (khorasan(&e["actor1"]) || khorasan(&e["actor2"]))),
        "{result}"
    );
    check_spans(result["document"]["text"].as_str().unwrap(), result["spans"].as_array().unwrap());

    // Errors: each names the URL and what went wrong; nothing is stored.
    let fetch = |url: String| {
        post("/api/documents", "application/json", Some(&token), serde_json::json!({ "url": url }).to_string())
    };
    for (url, words) in [
        ("file:///etc/passwd".to_string(), "not an http(s) URL"),
        ("ftp://127.0.0.1/x".to_string(), "not an http(s) URL"),
        (format!("{site}/missing.html"), "HTTP 404"),
        (format!("{site}/empty.html"), "no article text"),
        (format!("{site}/feed.xml"), "feed"),
        ("http://127.0.0.1:9/closed".to_string(), "127.0.0.1:9"),
    ] {
        let r = send(&fresh, fetch(url.clone())).await;
        r.error(Code::FetchFailed);
        let message = r.json()["error"]["message"].as_str().unwrap().to_string();
        assert!(message.contains(words), "{url}: {message}");
    }
    // A URL with a text is metadata, not fetched; neither text nor URL is an error.
    let r = send(&fresh, post("/api/documents", "application/json", Some(&token),
        serde_json::json!({ "url": format!("{site}/missing.html"), "text": "Protesters marched in Dhaka on 3 August 2024." }).to_string())).await;
    assert!(r.status.is_success(), "{}", r.text());
    send(&fresh, post("/api/documents", "application/json", Some(&token), "{\"title\": \"t\"}".to_string()))
        .await
        .error(Code::InvalidBody);
    // Fetching needs the write token like any other write.
    send(&fresh, post("/api/documents", "application/json", None, serde_json::json!({ "url": url }).to_string()))
        .await
        .error(Code::Unauthorized);
    let counts = Store::open(&empty).unwrap().counts().unwrap();
    assert_eq!(counts.documents, 2);
}

/// The PostgreSQL server of `DATABASE_URL` if it is set and answers; else says on
/// stderr (past the harness's capture) that the test did not run.
fn postgres_url(test: &str) -> Option<String> {
    use std::io::Write;
    let skipped = |why: String| {
        let _ = writeln!(std::io::stderr(), "SKIPPED: {why}: {test} did not run");
    };
    let Ok(url) = std::env::var("DATABASE_URL") else {
        skipped("no PostgreSQL (DATABASE_URL is unset)".to_string());
        return None;
    };
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(_) => Some(url),
        Err(e) => {
            skipped(format!("no PostgreSQL ({url}: {e})"));
            None
        }
    }
}

/// A database made on the server for one test, dropped with it.
struct FreshDb {
    admin: String,
    name: String,
    url: String,
}

impl FreshDb {
    fn new(admin: &str) -> FreshDb {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let name = format!("tidings_server_test_{}_{nanos}", std::process::id());
        postgres::Client::connect(admin, postgres::NoTls)
            .unwrap()
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let (base, query) = admin.split_once('?').map_or((admin, None), |(b, q)| (b, Some(q)));
        let authority = base.find("://").map_or(0, |i| i + 3);
        let base = base[authority..].find('/').map_or(base, |slash| &base[..authority + slash]);
        let url = match query {
            Some(q) => format!("{base}/{name}?{q}"),
            None => format!("{base}/{name}"),
        };
        FreshDb { admin: admin.to_string(), name, url }
    }
}

impl Drop for FreshDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// `tidings serve --db postgres://…`: the same API over PostgreSQL, tokens included,
/// giving the same events as SQLite for the same documents. Runs when `DATABASE_URL`
/// names a reachable server (CI starts one), else prints SKIPPED.
///
/// A plain test with its own runtime: PostgreSQL's blocking client must be opened and
/// dropped outside the runtime (the server does the same).
#[test]
fn postgres_serves_reads_writes_and_tokens() {
    let Some(admin) = postgres_url("postgres_serves_reads_writes_and_tokens") else { return };
    let fresh = FreshDb::new(&admin);
    let dir = tempfile::tempdir().unwrap();
    let sqlite = dir.path().join("same.db");
    let pipeline = Pipeline::bundled();
    let inputs: Vec<Input> = example_inputs().into_iter().rev().take(8).collect();
    for db in [fresh.url.clone(), sqlite.to_str().unwrap().to_string()] {
        let mut store = Store::open_url(&db).unwrap();
        for input in &inputs {
            store.insert(&pipeline.extract(input)).unwrap();
        }
        store.refresh_merged().unwrap();
    }
    let read = create_token(&fresh.url, Scope::Read, Some("pg")).unwrap();
    let write = create_token(&fresh.url, Scope::Write, None).unwrap();
    let pg = router(state(Config { read_token: true, ..Config::new(&fresh.url) }).unwrap());
    let lite = router(state(Config::new(&sqlite)).unwrap());
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    runtime.block_on(async {
        let with = |uri: &str, token: &str| {
            Request::get(uri).header(header::AUTHORIZATION, format!("Bearer {token}")).body(Body::empty()).unwrap()
        };
        let health = send(&pg, with("/healthz", &read)).await.json();
        assert_eq!(health["schema_version"], tidings_store::SCHEMA_VERSION);
        get(&pg, "/api/events").await.error(Code::Unauthorized);
        // Paging through PostgreSQL gives SQLite's list, in SQLite's order.
        let mut ids = Vec::new();
        let mut uri = "/api/events?view=summary&limit=3".to_string();
        loop {
            let body = send(&pg, with(&uri, &read)).await.json();
            ids.extend(all_events(&body).iter().map(|e| e["id"].as_str().unwrap().to_string()));
            match body["next_cursor"].as_str() {
                Some(next) => uri = format!("/api/events?view=summary&limit=3&cursor={next}"),
                None => break,
            }
        }
        let expected: Vec<String> = all_events(&get(&lite, "/api/events?view=summary&limit=10000").await.json())
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_string())
            .collect();
        assert!(!ids.is_empty());
        assert_eq!(ids, expected);
        let r = send(&pg, with(&format!("/api/events/{}", ids[0]), &read)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.text());
        let found = send(&pg, with("/api/search?q=synagogue", &read)).await.json();
        assert!(!found["events"].as_array().unwrap().is_empty(), "{found}");
        send(&pg, with("/api/search?q=%00", &read)).await.error(Code::InvalidParameter);
        send(&pg, with("/api/events/m-%00", &read)).await.error(Code::NotFound);
        // Writing: tokens are checked against PostgreSQL's api_tokens.
        let text = "Police said gunmen killed three villagers in Maiduguri, Nigeria, on 4 May 2024.";
        send(&pg, post("/api/documents", "text/plain", None, text)).await.error(Code::Unauthorized);
        send(&pg, post("/api/documents", "text/plain", Some(&read), text)).await.error(Code::Forbidden);
        let r = send(&pg, post("/api/documents?published=2024-05-05", "text/plain", Some(&write), text)).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
        let id = r.json()["results"][0]["merged"][0]["id"].as_str().unwrap().to_string();
        assert_eq!(send(&pg, with(&format!("/api/events/{id}"), &read)).await.status, StatusCode::OK);
    });
    drop(runtime);
    drop((pg, lite));
}
