//! PostgreSQL scale-out: documents queued with `ingest --enqueue` and coded by several
//! `tidings worker` processes, one of them killed (SIGKILL) mid-run and replaced, give
//! exactly what one process gives on SQLite.
//!
//! Needs a PostgreSQL server at `DATABASE_URL` (CI starts one); without it the test
//! says SKIPPED on stderr and passes. `TIDINGS_SCALE_DOCS` sets the corpus size (200 by
//! default; docs/scaling.md runs 2,000 by hand).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{examples, tidings_in};

/// Says on stderr, past the test harness's capture (which hides the output of passing
/// tests), that a PostgreSQL test did not run.
fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {why}");
}

/// The PostgreSQL server to test against, or why there is none (printed).
fn postgres_url(test: &str) -> Option<String> {
    let Ok(url) = std::env::var("DATABASE_URL") else {
        skipped(&format!("no PostgreSQL (DATABASE_URL is unset): {test}"));
        return None;
    };
    match postgres::Client::connect(&url, postgres::NoTls) {
        Ok(_) => Some(url),
        Err(e) => {
            skipped(&format!("no PostgreSQL ({url}: {e}): {test}"));
            None
        }
    }
}

/// A database created for one run and dropped after it.
struct FreshDb {
    admin: String,
    name: String,
    url: String,
}

impl FreshDb {
    fn new(admin: &str, tag: &str) -> FreshDb {
        let name = format!("tidings_cli_{tag}_{}", std::process::id());
        let mut client = postgres::Client::connect(admin, postgres::NoTls).unwrap();
        // One statement per call: DROP DATABASE cannot run inside a transaction block.
        client.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).unwrap();
        client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let base = admin.split('?').next().unwrap();
        let cut = base.rfind('/').filter(|&i| i > base.find("://").unwrap() + 2).unwrap_or(base.len());
        FreshDb { admin: admin.to_string(), url: format!("{}/{name}", &base[..cut]), name }
    }

    fn done(&self) -> i64 {
        let mut client = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        client.query_one("SELECT count(*) FROM queue WHERE done = 1", &[]).unwrap().get(0)
    }
}

impl Drop for FreshDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// The example documents as JSON objects (`news.jsonl` and the `.txt` with its sidecar).
fn example_documents() -> Vec<Value> {
    let dir = examples();
    let mut docs: Vec<Value> = std::fs::read_to_string(dir.join("news.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut fsb: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("fsb-kaluga-isk.meta.json")).unwrap()).unwrap();
    fsb["text"] = Value::String(std::fs::read_to_string(dir.join("fsb-kaluga-isk.txt")).unwrap());
    docs.push(fsb);
    docs
}

/// `n` distinct documents made from the examples: each example alone, then pairs of
/// examples (its text followed by another's), each with a line naming its edition. The
/// editions of one example are near-duplicates of each other, and a pair is a
/// near-duplicate of both its parts while they are not of each other: the copy chains
/// whose links must not depend on the order the workers happen to store them in
/// (`crates/store/src/copies.rs`).
pub fn corpus(n: usize) -> String {
    let docs = example_documents();
    let mut out = String::new();
    let mut k = 0;
    'outer: for step in 0.. {
        for (i, doc) in docs.iter().enumerate() {
            if k == n {
                break 'outer;
            }
            let mut d = doc.clone();
            let id = d["id"].as_str().unwrap().to_string();
            let mut text = d["text"].as_str().unwrap().to_string();
            if step > 0 {
                let other = &docs[(i + step) % docs.len()];
                text = format!("{text}\n\n{}", other["text"].as_str().unwrap());
            }
            d["id"] = Value::String(format!("{id}-e{step}"));
            d["text"] = Value::String(format!("{text}\n\nEdition {step} of the test corpus."));
            out.push_str(&serde_json::to_string(&d).unwrap());
            out.push('\n');
            k += 1;
        }
    }
    out
}

fn worker(url: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["worker", "--db", url, "--until-idle", "--batch", "4", "--lease-seconds", "3"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start a worker")
}

/// What a store holds, as canonical JSON: the merged events (with their sources), the
/// actor list and every actor's full profile.
fn snapshot(dir: &Path, db: &str) -> Value {
    let run = |args: &[&str]| -> Value {
        let run = tidings_in(dir, args, b"");
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        serde_json::from_str(&run.stdout).unwrap()
    };
    let events = run(&["events", "--db", db, "--format", "json"]);
    let actors = run(&["actors", "--db", db, "--format", "json"]);
    let profiles: Vec<Value> = actors
        .as_array()
        .unwrap()
        .iter()
        .take(12)
        .map(|a| run(&["actors", a["id"].as_str().unwrap(), "--db", db, "--format", "json"]))
        .collect();
    serde_json::json!({ "events": events, "actors": actors, "profiles": profiles })
}

#[test]
fn killed_and_replaced_workers_on_postgres_match_one_process_on_sqlite() {
    let test = "killed_and_replaced_workers_on_postgres_match_one_process_on_sqlite";
    let Some(admin) = postgres_url(test) else { return };
    let n: usize = std::env::var("TIDINGS_SCALE_DOCS").ok().and_then(|v| v.parse().ok()).unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("corpus.jsonl"), corpus(n)).unwrap();

    let sequential = tidings_in(dir.path(), &["ingest", "--db", "one.db", "corpus.jsonl"], b"");
    assert_eq!(sequential.code, 0, "{}", sequential.stderr);
    let want = snapshot(dir.path(), "one.db");
    assert!(want["events"].as_array().unwrap().len() > 10);

    // Kill points: a share of the queue done when one worker is killed.
    for (round, share) in [0.15, 0.5, 0.8].into_iter().enumerate() {
        let db = FreshDb::new(&admin, &format!("kill{round}"));
        let queued = tidings_in(dir.path(), &["ingest", "--db", &db.url, "--enqueue", "corpus.jsonl"], b"");
        assert_eq!(queued.code, 0, "{}", queued.stderr);
        assert!(queued.stderr.starts_with(&format!("{n} queued")), "{}", queued.stderr);

        let mut workers: Vec<Child> = (0..3).map(|_| worker(&db.url)).collect();
        let started = Instant::now();
        while (db.done() as f64) < share * n as f64 {
            assert!(started.elapsed() < Duration::from_secs(900), "workers stalled");
            std::thread::sleep(Duration::from_millis(50));
        }
        // SIGKILL: no clean-up of any kind.
        workers[round % 3].kill().unwrap();
        workers[round % 3].wait().unwrap();
        workers[round % 3] = worker(&db.url);
        for w in workers {
            let out = w.wait_with_output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
        assert_eq!(db.done(), n as i64, "round {round}: every queued document is done");
        let got = snapshot(dir.path(), &db.url);
        assert!(got == want, "round {round} (kill at {share}): PostgreSQL workers differ from SQLite");
    }
}
