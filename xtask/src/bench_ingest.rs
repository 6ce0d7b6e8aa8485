//! `cargo xtask bench-ingest [--docs N] [--bin PATH] [--keep]`: ingest throughput and database
//! size for a synthetic corpus of N documents (default 10,000), with the release
//! binary.
//!
//! The corpus is made deterministically (a fixed seed) from the sentences of the
//! committed corpora (`examples/news.jsonl`, `eval/merge/documents.jsonl`): each
//! document draws 6–14 sentences and a publication date in 2015–2024; one in twenty is
//! a near-duplicate copy of an earlier one (a dateline and a footer added), as a feed
//! would have. The run reports
//!
//! - `extract`: the baseline, `tidings extract --format jsonl` of the same corpus (the
//!   pipeline alone, no database);
//! - `ingest`: wall time of `tidings ingest` over the corpus (extraction, storing, the
//!   copy check, and one refresh of the merged tables at the end), documents per second;
//! - `refresh`: a second `tidings ingest` of the same file, where every document is
//!   known by hash, so the time is the hash checks plus the whole-store merge;
//! - `events`, `search`: `tidings events --format jsonl` of everything and a `--q` query;
//! - the database size after the run (WAL checkpointed), in total and per document.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

/// SplitMix64: a tiny deterministic generator (the corpus must be the same every run).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn sentences(root: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for file in ["examples/news.jsonl", "eval/merge/documents.jsonl"] {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let doc: Value = serde_json::from_str(line)?;
            for s in doc["text"].as_str().unwrap_or_default().lines() {
                let s = s.trim();
                if s.split_whitespace().count() >= 6 {
                    out.push(s.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Writes the corpus as JSONL; returns its path.
fn corpus(root: &Path, dir: &Path, n: usize) -> Result<PathBuf> {
    let pool = sentences(root)?;
    let mut rng = Rng(0x7469_6469_6e67_7321);
    let mut docs: Vec<Value> = Vec::with_capacity(n);
    for i in 0..n {
        if i > 20 && i % 20 == 0 {
            let original = docs[rng.below(i)].clone();
            let mut copy = original.clone();
            copy["id"] = json!(format!("bench-{i:06}"));
            copy["text"] =
                json!(format!("CITY (Wire) - {}\nCopyright Wire Service.", original["text"].as_str().unwrap_or("")));
            docs.push(copy);
            continue;
        }
        let count = 6 + rng.below(9);
        let text: Vec<&str> = (0..count).map(|_| pool[rng.below(pool.len())].as_str()).collect();
        let published = format!("{}-{:02}-{:02}", 2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
        docs.push(json!({
            "id": format!("bench-{i:06}"),
            "url": null,
            "title": null,
            "source": format!("Outlet {}", rng.below(50)),
            "published": published,
            "license": null,
            "text": text.join("\n"),
        }));
    }
    let path = dir.join("corpus.jsonl");
    let mut out = String::new();
    for d in &docs {
        out.push_str(&serde_json::to_string(d)?);
        out.push('\n');
    }
    std::fs::write(&path, out)?;
    Ok(path)
}

/// Runs the binary, returning the wall time and the last line of its stderr (the
/// summary). Exit status 1 (some documents failed) is reported, not fatal.
fn timed(bin: &Path, args: &[&str], cwd: &Path) -> Result<(f64, String)> {
    let start = Instant::now();
    let out = Command::new(bin)
        .args(args)
        .current_dir(cwd)
        .stdout(std::process::Stdio::null())
        .output()
        .with_context(|| format!("running {}", bin.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !matches!(out.status.code(), Some(0 | 1)) {
        bail!("{} {:?} failed: {stderr}", bin.display(), args);
    }
    Ok((start.elapsed().as_secs_f64(), stderr.lines().last().unwrap_or_default().to_string()))
}

pub fn run(root: &Path, docs: usize, bin: Option<PathBuf>, keep: bool) -> Result<()> {
    let bin = bin.unwrap_or_else(|| root.join("target/release/tidings"));
    if !bin.exists() {
        bail!("{} is missing: build it with `cargo build --release -p tidings-cli` (or pass --bin)", bin.display());
    }
    let dir = std::env::temp_dir().join(format!("tidings-bench-ingest-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let input = corpus(root, &dir, docs)?;
    let input_bytes = std::fs::metadata(&input)?.len();
    let input = input.to_str().context("path")?;

    let (extract, _) = timed(&bin, &["extract", "--format", "jsonl", input], &dir)?;
    let (ingest, summary) = timed(&bin, &["ingest", input, "--db", "bench.db"], &dir)?;
    let (refresh, _) = timed(&bin, &["ingest", input, "--db", "bench.db"], &dir)?;
    let (events, _) = timed(&bin, &["events", "--db", "bench.db", "--format", "jsonl"], &dir)?;
    let (search, _) = timed(&bin, &["events", "--db", "bench.db", "--format", "jsonl", "--q", "suicide bomb*"], &dir)?;
    let db_bytes: u64 =
        ["bench.db", "bench.db-wal"].iter().filter_map(|f| std::fs::metadata(dir.join(f)).ok()).map(|m| m.len()).sum();
    let count = |sql: &str| -> String {
        Command::new("sqlite3")
            .arg(dir.join("bench.db"))
            .arg(sql)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| "?".to_string())
    };
    println!(
        "| documents | input | extract (baseline) | ingest | docs/s | ingest / extract | refresh (merge only) \
         | events (all, jsonl) | search (--q) | database | per document |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {docs} | {:.1} MB | {extract:.1} s | {ingest:.1} s | {:.0} | {:.2}× | {refresh:.2} s | {events:.2} s \
         | {search:.2} s | {:.1} MB | {:.1} kB |",
        input_bytes as f64 / 1e6,
        docs as f64 / ingest,
        ingest / extract,
        db_bytes as f64 / 1e6,
        db_bytes as f64 / docs as f64 / 1e3,
    );
    println!("\ningest: {summary}");
    println!(
        "copies linked: {}; per-document events: {}; merged events: {}; multi-source: {}; actor profiles: {}",
        count("SELECT count(*) FROM copies"),
        count("SELECT count(*) FROM events"),
        count("SELECT count(*) FROM merged_events"),
        count(
            "SELECT count(*) FROM (SELECT merged_id FROM merged_event_documents WHERE event_id IS NOT NULL
             GROUP BY merged_id HAVING count(DISTINCT document_id) > 1)",
        ),
        count("SELECT count(*) FROM actor_profiles"),
    );
    if keep {
        println!("kept {}", dir.display());
    } else {
        std::fs::remove_dir_all(&dir).ok();
    }
    Ok(())
}
