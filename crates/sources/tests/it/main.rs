//! The polite fetcher against a local HTTP server: retries, robots.txt, conditional
//! GET, per-host delay, size limit. Never the internet.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tidings_sources::fetch::{FetchError, Fetched, Fetcher, Options};

/// Answers of one path, served in turn (the last one repeats): `(status, headers, body)`.
type Script = Vec<(u16, &'static str, &'static str)>;

/// The requests served: path (with ` inm=…`) and when.
type Log = Arc<Mutex<Vec<(String, Instant)>>>;

/// Serves scripted answers on 127.0.0.1; returns the base URL and the request log
/// (`path` plus ` inm=<If-None-Match>` when sent).
fn serve(routes: HashMap<&'static str, Script>) -> (String, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let log = Arc::new(Mutex::new(Vec::new()));
    let log2 = Arc::clone(&log);
    let routes = Arc::new(Mutex::new(routes));
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut first = String::new();
            reader.read_line(&mut first).unwrap();
            let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
            let mut inm = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some(v) = line.strip_prefix("if-none-match:").or(line.strip_prefix("If-None-Match:")) {
                    inm = Some(v.trim().to_string());
                }
            }
            let entry = match &inm {
                Some(v) => format!("{path} inm={v}"),
                None => path.clone(),
            };
            log2.lock().unwrap().push((entry, Instant::now()));
            let (status, headers, body) = {
                let mut routes = routes.lock().unwrap();
                match routes.get_mut(path.as_str()) {
                    Some(script) if script.len() > 1 => script.remove(0),
                    Some(script) => script[0],
                    None => (404, "", "no"),
                }
            };
            let (status, body) = if inm.is_some() && headers.contains("ETag") { (304, "") } else { (status, body) };
            let _ = write!(
                stream,
                "HTTP/1.1 {status} X\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (base, log)
}

fn fast() -> Options {
    Options { backoff: Duration::from_millis(10), delay: Duration::ZERO, ..Options::default() }
}

fn paths(log: &Mutex<Vec<(String, Instant)>>) -> Vec<String> {
    log.lock().unwrap().iter().map(|(p, _)| p.clone()).collect()
}

#[test]
fn retries_server_errors_then_succeeds_or_gives_up() {
    let (base, log) = serve(HashMap::from([
        ("/flaky", vec![(503, "", "busy"), (429, "Retry-After: 0\r\n", ""), (200, "", "ok")]),
        ("/down", vec![(500, "", "")]),
        ("/gone", vec![(404, "", "")]),
    ]));
    let mut fetcher = Fetcher::new(fast());
    let Fetched::Ok(r) = fetcher.get(&format!("{base}/flaky")).unwrap() else { panic!() };
    assert_eq!(r.body, b"ok");
    let err = fetcher.get(&format!("{base}/down")).unwrap_err();
    assert!(matches!(err, FetchError::Status { status: 500, .. }), "{err}");
    assert!(err.to_string().ends_with("/down: HTTP 500"), "{err}");
    assert!(matches!(fetcher.get(&format!("{base}/gone")), Err(FetchError::Status { status: 404, .. })));
    let log = paths(&log);
    assert_eq!(log.iter().filter(|p| *p == "/flaky").count(), 3);
    assert_eq!(log.iter().filter(|p| *p == "/down").count(), 4, "the first try and 3 retries");
    assert_eq!(log.iter().filter(|p| *p == "/gone").count(), 1, "a 404 is not retried");
    assert!(matches!(fetcher.get("ftp://example.org/x"), Err(FetchError::BadUrl(_))));
}

#[test]
fn robots_txt_conditional_get_and_host_delay() {
    let (base, log) = serve(HashMap::from([
        ("/robots.txt", vec![(200, "", "User-agent: *\nDisallow: /private\n")]),
        ("/feed.xml", vec![(200, "ETag: \"v1\"\r\nContent-Type: application/rss+xml\r\n", "<rss/>")]),
        ("/private/x", vec![(200, "", "secret")]),
    ]));
    let mut fetcher = Fetcher::new(Options { delay: Duration::from_millis(300), ..fast() });
    let url = format!("{base}/feed.xml");
    let Fetched::Ok(first) = fetcher.get(&url).unwrap() else { panic!() };
    assert_eq!(first.content_type.as_deref(), Some("application/rss+xml"));
    assert_eq!(fetcher.get(&url).unwrap(), Fetched::NotModified);
    assert!(matches!(fetcher.get(&format!("{base}/private/x")), Err(FetchError::Robots(_))));
    let log = log.lock().unwrap().clone();
    let names: Vec<&str> = log.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(names, ["/robots.txt", "/feed.xml", "/feed.xml inm=\"v1\""]);
    for pair in log.windows(2) {
        assert!(pair[1].1 - pair[0].1 >= Duration::from_millis(290), "requests to one host are spaced out");
    }
}

#[test]
fn oversized_bodies_are_refused() {
    let (base, _) = serve(HashMap::from([("/big", vec![(200, "", "0123456789")])]));
    let mut fetcher = Fetcher::new(Options { max_bytes: 5, ..fast() });
    assert!(matches!(fetcher.get(&format!("{base}/big")), Err(FetchError::TooLarge { .. })));
}
