//! Ingesting the shapes news comes in: feeds and pages over HTTP (a local server),
//! WARC archives, HTML and gzipped files in folders, watch mode, and an ingest killed
//! halfway and resumed.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tidings_store::Store;

use crate::server::{Resource, Server};
use crate::support::tidings_in;

/// An article page with the furniture real pages have around the text.
fn page(title: &str, date: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!doctype html><html lang="en"><head><title>{title} | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="{date}T08:15:00+02:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
<figure><img src="x.jpg"><figcaption>Soldiers at a checkpoint. Photo: Example</figcaption></figure>
{body}<div class="related"><h3>Related</h3><ul><li><a href="/x">Another story entirely</a></li>
<li><a href="/y">Yet another story here</a></li></ul></div></article></main>
<footer>Copyright 2024 Example News</footer></body></html>"#
    )
}

const A1: [&str; 3] = [
    "Gunmen killed three soldiers at a checkpoint near Idlib on Monday, the defence ministry said in a statement.",
    "The attackers arrived in two pickup trucks before dawn and fled north after a gun battle that lasted an hour.",
    "No group has claimed responsibility for the attack, the second on the same checkpoint this month.",
];
const A2: [&str; 2] = [
    "Police arrested two men in Kaluga on Tuesday on suspicion of planning an attack on a synagogue in Moscow.",
    "Investigators said the men had been in contact with a recruiter abroad and had bought weapons in March.",
];

fn rss(base: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example News</title><link>{base}/</link>
<item><title>Gunmen kill three soldiers near Idlib</title><link>{base}/news/a1.html</link>
<pubDate>Mon, 11 Mar 2024 07:00:00 GMT</pubDate><description>Three soldiers were killed.</description></item>
<item><title>Two arrested in Kaluga over synagogue plot</title><link>{base}/news/a2.html</link>
<pubDate>Tue, 12 Mar 2024 07:00:00 GMT</pubDate><description>Two men were arrested.</description></item>
<item><title>Members only</title><link>{base}/private/a3.html</link>
<pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate><description>Hidden.</description></item>
</channel></rss>"#
    )
}

fn html(body: String) -> Resource {
    Resource { content_type: "text/html; charset=utf-8", body: body.into_bytes(), etag: None }
}

/// `(title, published, url, source, language, text)` of every stored document, by title.
fn documents(db: &Path) -> Vec<[Option<String>; 6]> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt =
        conn.prepare("SELECT title, published, url, source, language, text FROM documents ORDER BY title").unwrap();
    stmt.query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?]))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// How many documents a database being written by another process holds; 0 until its
/// file and schema exist (the writer may still be migrating it).
fn stored(db: &Path) -> usize {
    let Ok(conn) = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)).map_or(0, |n| n as usize)
}

#[test]
fn an_rss_feed_over_http_stores_its_articles() {
    let server = Server::start(HashMap::new());
    server.set(
        "/robots.txt",
        Resource { content_type: "text/plain", body: b"User-agent: *\nDisallow: /private/\n".to_vec(), etag: None },
    );
    server.set(
        "/feed.xml",
        Resource {
            content_type: "application/rss+xml",
            body: rss(&server.base).into_bytes(),
            etag: Some("\"v1\"".into()),
        },
    );
    server.set("/news/a1.html", html(page("Gunmen kill three soldiers near Idlib", "2024-03-11", &A1)));
    server.set("/news/a2.html", html(page("Two arrested in Kaluga over synagogue plot", "2024-03-12", &A2)));
    server.set("/private/a3.html", html(page("Members only", "2024-03-12", &A2)));
    let dir = tempfile::tempdir().unwrap();
    let feed = server.url("/feed.xml");

    let run = tidings_in(dir.path(), &["ingest", &feed, "--delay", "0"], b"");
    assert_eq!(run.code, 1, "one item is disallowed by robots.txt:\n{}", run.stderr);
    assert!(
        run.stderr.contains("feed.xml[2]: cannot fetch") && run.stderr.contains("disallowed by robots.txt"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("3 documents: 2 new, 0 duplicate, 1 failed;"), "{}", run.stderr);

    let docs = documents(&dir.path().join("tidings.db"));
    assert_eq!(docs.len(), 2);
    let [title, published, url, source, language, text] = &docs[0];
    assert_eq!(title.as_deref(), Some("Gunmen kill three soldiers near Idlib"));
    assert_eq!(published.as_deref(), Some("2024-03-11"));
    assert_eq!(url.as_deref(), Some(server.url("/news/a1.html").as_str()));
    assert_eq!(source.as_deref(), Some("Example News"));
    assert_eq!(language.as_deref(), Some("en"));
    assert_eq!(text.as_deref(), Some(A1.join("\n\n").as_str()), "the body without page furniture");
    assert_eq!(docs[1][0].as_deref(), Some("Two arrested in Kaluga over synagogue plot"));
    assert_eq!(docs[1][1].as_deref(), Some("2024-03-12"));
    assert_eq!(docs[1][5].as_deref(), Some(A2.join("\n\n").as_str()));

    let again = tidings_in(dir.path(), &["ingest", &feed, "--delay", "0"], b"");
    assert!(again.stderr.contains("3 documents: 0 new, 2 duplicate, 1 failed;"), "{}", again.stderr);
    let log = server.log();
    assert_eq!(log.iter().filter(|l| *l == "GET /robots.txt").count(), 2, "once per run: {log:?}");
    assert!(!log.iter().any(|l| l.starts_with("GET /private")), "robots.txt is obeyed: {log:?}");
}

#[test]
fn a_watched_feed_is_fetched_conditionally_and_new_items_are_added() {
    let server = Server::start(HashMap::new());
    server.set(
        "/feed.xml",
        Resource {
            content_type: "application/rss+xml",
            body: rss(&server.base).into_bytes(),
            etag: Some("\"v1\"".into()),
        },
    );
    server.set("/news/a1.html", html(page("Gunmen kill three soldiers near Idlib", "2024-03-11", &A1)));
    server.set("/news/a2.html", html(page("Two arrested in Kaluga over synagogue plot", "2024-03-12", &A2)));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("tidings.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["ingest", &server.url("/feed.xml"), "--interval", "1", "--delay", "0", "--db"])
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let wait_for = |what: &str, check: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !check() {
            assert!(start.elapsed() < Duration::from_secs(60), "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    wait_for("a conditional GET", &|| server.log().iter().any(|l| l == "GET /feed.xml 304"));
    assert_eq!(documents(&db).len(), 2, "the private item fails (404), the others are stored");
    // A new item appears in the feed: the next pass stores it without refetching the others.
    let page3 = ["Militants attacked an army post in the north on Wednesday, killing four soldiers, officials said."];
    server.set("/news/a4.html", html(page("Militants attack army post", "2024-03-13", &page3)));
    let feed = rss(&server.base).replace("/private/a3.html", "/news/a4.html");
    server.set(
        "/feed.xml",
        Resource { content_type: "application/rss+xml", body: feed.into_bytes(), etag: Some("\"v2\"".into()) },
    );
    wait_for("the new item", &|| stored(&db) == 3);
    child.kill().unwrap();
    child.wait().unwrap();
    let log = server.log();
    assert_eq!(log.iter().filter(|l| *l == "GET /news/a1.html").count(), 1, "{log:?}");
}

#[test]
fn a_warc_file_of_local_pages_ingests_and_flags_other_languages() {
    use tidings_sources::warc::write_response;
    let dir = tempfile::tempdir().unwrap();
    let mut warc = Vec::new();
    let date = "2024-03-11T10:00:00Z";
    write_response(
        &mut warc,
        "https://news.example.org/a1",
        date,
        "text/html; charset=utf-8",
        page("Gunmen kill three soldiers near Idlib", "2024-03-11", &A1).as_bytes(),
    )
    .unwrap();
    write_response(&mut warc, "https://news.example.org/logo.png", date, "image/png", b"\x89PNG").unwrap();
    let russian = [
        "Сотрудники ФСБ задержали в Калужской области двух человек, которые планировали нападение на синагогу в Москве.",
        "По данным ведомства, задержанные поддерживали связь с куратором за рубежом и приобрели оружие.",
    ];
    let ru = page("Задержание в Калуге", "2024-03-09", &russian).replace(r#"lang="en""#, r#"lang="ru""#);
    write_response(&mut warc, "https://news.example.ru/b", date, "text/html; charset=utf-8", ru.as_bytes()).unwrap();
    write_response(
        &mut warc,
        "https://news.example.org/a2",
        date,
        "text/html",
        page("Two arrested in Kaluga over synagogue plot", "2024-03-12", &A2).as_bytes(),
    )
    .unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&warc).unwrap();
    std::fs::write(dir.path().join("crawl.warc.gz"), gz.finish().unwrap()).unwrap();

    let run = tidings_in(dir.path(), &["ingest", "crawl.warc.gz"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("3 documents: 3 new, 0 duplicate, 0 failed;"), "{}", run.stderr);
    assert!(run.stderr.contains("1 not in English (stored without events)"), "{}", run.stderr);
    let docs = documents(&dir.path().join("tidings.db"));
    let by_lang: Vec<(Option<&str>, Option<&str>)> = docs.iter().map(|d| (d[0].as_deref(), d[4].as_deref())).collect();
    assert_eq!(
        by_lang,
        [
            (Some("Gunmen kill three soldiers near Idlib"), Some("en")),
            (Some("Two arrested in Kaluga over synagogue plot"), Some("en")),
            (Some("Задержание в Калуге"), Some("ru")),
        ]
    );
    assert_eq!(docs[0][5].as_deref(), Some(A1.join("\n\n").as_str()));
    assert_eq!(docs[2][5].as_deref(), Some(russian.join("\n\n").as_str()));
    let conn = rusqlite::Connection::open(dir.path().join("tidings.db")).unwrap();
    let ru_events: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM events JOIN documents d ON d.id = document_id WHERE d.language = 'ru'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(ru_events, 0);
}

#[test]
fn folders_with_html_and_gzipped_files_and_a_watch_loop() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("sub")).unwrap();
    std::fs::write(inbox.join("a1.html"), page("Gunmen kill three soldiers near Idlib", "2024-03-11", &A1)).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(format!("{}\n", serde_json::json!({"id": "k1", "text": A2.join(" ")})).as_bytes()).unwrap();
    std::fs::write(inbox.join("sub/wire.jsonl.gz"), gz.finish().unwrap()).unwrap();
    std::fs::write(inbox.join("notes.md"), "skipped").unwrap();
    let db = dir.path().join("tidings.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["ingest", "--watch"])
        .arg(&inbox)
        .args(["--interval", "1", "--db"])
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let wait_for = |n: usize| {
        let start = Instant::now();
        while stored(&db) < n {
            assert!(start.elapsed() < Duration::from_secs(60), "timed out waiting for {n} documents");
            std::thread::sleep(Duration::from_millis(100));
        }
    };
    wait_for(2);
    let page3 = ["Militants attacked an army post in the north on Wednesday, killing four soldiers, officials said."];
    std::fs::write(inbox.join("new.htm"), page("Militants attack army post", "2024-03-13", &page3)).unwrap();
    wait_for(3);
    child.kill().unwrap();
    child.wait().unwrap();
    let docs = documents(&db);
    let titles: Vec<Option<&str>> = docs.iter().map(|d| d[0].as_deref()).collect();
    assert_eq!(titles, [None, Some("Gunmen kill three soldiers near Idlib"), Some("Militants attack army post")]);
    assert_eq!(docs[1][1].as_deref(), Some("2024-03-11"));
}

#[test]
fn documents_not_in_english_are_not_coded() {
    let text = std::fs::read_to_string(crate::support::examples().join("fsb-kaluga-isk.txt")).unwrap();
    let line = |language: &str| format!("{}\n", serde_json::json!({"language": language, "text": text}));
    let english = tidings_in(Path::new("."), &["extract", "-"], line("en").as_bytes());
    let english: serde_json::Value = serde_json::from_str(&english.stdout).unwrap();
    assert!(!english["events"].as_array().unwrap().is_empty());
    let flagged = tidings_in(Path::new("."), &["extract", "-"], line("ru").as_bytes());
    let flagged: serde_json::Value = serde_json::from_str(&flagged.stdout).unwrap();
    assert_eq!(flagged["document"]["language"], "ru");
    assert!(flagged["events"].as_array().unwrap().is_empty());
    assert!(flagged["diagnostics"][0].as_str().unwrap().contains("English text only"), "{flagged}");
}

/// Texts different enough not to be near-duplicates of each other.
fn tiny_document(i: usize) -> String {
    const WORDS: [&str; 24] = [
        "council",
        "river",
        "market",
        "school",
        "bridge",
        "harvest",
        "festival",
        "library",
        "railway",
        "museum",
        "garden",
        "factory",
        "orchestra",
        "stadium",
        "harbour",
        "bakery",
        "theatre",
        "clinic",
        "forest",
        "airport",
        "village",
        "tower",
        "canal",
        "choir",
    ];
    let mut x = i as u64 * 2_654_435_761 + 12_345;
    let words: Vec<&str> = (0..10)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            WORDS[(x % WORDS.len() as u64) as usize]
        })
        .collect();
    format!("Note {i}: the {} opened.", words.join(" "))
}

#[test]
fn an_ingest_killed_halfway_resumes_without_loss_or_duplicates() {
    const N: usize = 10_000;
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for i in 0..N {
        jsonl.push_str(&serde_json::json!({"id": format!("n{i}"), "text": tiny_document(i)}).to_string());
        jsonl.push('\n');
    }
    std::fs::write(dir.path().join("docs.jsonl"), jsonl).unwrap();
    let db = dir.path().join("tidings.db");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["ingest", "docs.jsonl"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let stored = loop {
        let n = if db.exists() {
            Store::open(&db).ok().and_then(|s| s.counts().ok()).map_or(0, |c| c.documents)
        } else {
            0
        };
        if n >= 200 {
            break n;
        }
        assert!(child.try_wait().unwrap().is_none(), "the ingest ended before it was killed");
        assert!(start.elapsed() < Duration::from_secs(120), "no progress");
        std::thread::sleep(Duration::from_millis(20));
    };
    child.kill().unwrap(); // SIGKILL: no cleanup of any kind
    child.wait().unwrap();
    let after_kill = Store::open(&db).unwrap().counts().unwrap().documents;
    assert!(after_kill >= stored && after_kill < N as u64, "killed halfway: {after_kill}");

    let rerun = tidings_in(dir.path(), &["ingest", "docs.jsonl"], b"");
    assert_eq!(rerun.code, 0, "{}", rerun.stderr);
    let new = N as u64 - after_kill;
    assert!(
        rerun.stderr.contains(&format!("{N} documents: {new} new, {after_kill} duplicate, 0 failed;")),
        "{}",
        rerun.stderr
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM documents")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(ids.len(), N);
    let mut expected: Vec<String> = (0..N).map(|i| format!("n{i}")).collect();
    let mut ids = ids;
    ids.sort();
    expected.sort();
    assert_eq!(ids, expected, "every document exactly once, under its own id");
}
