//! The hostile-input corpus (`tests/hostile/`): each file with its expected outcome in
//! `tests/hostile/cases.jsonl`, read and extracted as `tidings extract` does; large
//! cases are generated here. Nothing may panic, every extraction's spans align, and a
//! hostile document in a batch fails alone without touching what the store held.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::Value;
use tidings_model::Extraction;
use tidings_pipeline::input::{self, Options};
use tidings_pipeline::Pipeline;

use crate::support::{assert_spans_align, tidings_in};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile")
}

/// What reading and extracting one file gave: extractions and one-line errors.
struct Outcome {
    extractions: Vec<Extraction>,
    errors: Vec<String>,
}

fn run(pipeline: &Pipeline, path: &Path, options: &Options) -> Outcome {
    let mut outcome = Outcome { extractions: Vec::new(), errors: Vec::new() };
    for item in input::read(&[path.to_path_buf()], options) {
        match item.result {
            Ok(input) => {
                let ex = pipeline.extract(&input);
                assert_spans_align(&serde_json::to_value(&ex).unwrap());
                outcome.extractions.push(ex);
            }
            Err(e) => {
                let line = e.to_string();
                assert!(!line.contains('\n'), "a multi-line error: {line}");
                assert!(line.starts_with(&item.origin), "the error does not name the item: {line}");
                outcome.errors.push(line);
            }
        }
    }
    outcome
}

fn tolls(ex: &[Extraction]) -> Vec<u32> {
    ex.iter().flat_map(|e| &e.events).filter_map(|e| e.fatalities.as_ref().map(|f| f.best)).collect()
}

/// Every file of the corpus has a case, and every case holds.
#[test]
fn the_corpus_gives_the_expected_outcomes() {
    let pipeline = Pipeline::bundled();
    let cases = std::fs::read_to_string(corpus().join("cases.jsonl")).unwrap();
    let mut named = Vec::new();
    for line in cases.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap();
        let file = case["file"].as_str().unwrap();
        named.push(file.to_string());
        let out = run(&pipeline, &corpus().join(file), &Options::default());
        let n = case["documents"].as_u64().unwrap_or(0) as usize;
        assert_eq!(out.extractions.len(), n, "{file}: documents; errors: {:?}", out.errors);
        match case["error"].as_str() {
            Some(expected) => {
                assert_eq!(out.errors.len(), 1, "{file}: {:?}", out.errors);
                assert!(out.errors[0].contains(expected), "{file}: {:?} lacks {expected:?}", out.errors[0]);
            }
            None => assert!(out.errors.is_empty(), "{file}: {:?}", out.errors),
        }
        let tolls = tolls(&out.extractions);
        if let Some(max) = case["max_toll"].as_u64() {
            assert!(tolls.iter().all(|&t| u64::from(t) <= max), "{file}: tolls {tolls:?} over {max}");
        }
        for bad in case["not_toll"].as_array().into_iter().flatten() {
            assert!(!tolls.contains(&(bad.as_u64().unwrap() as u32)), "{file}: toll {bad} ({tolls:?})");
        }
        if let Some(min) = case["min_events"].as_u64() {
            let events: usize = out.extractions.iter().map(|e| e.events.len()).sum();
            assert!(events as u64 >= min, "{file}: {events} events");
        }
        if let Some(title) = case["title"].as_str() {
            assert_eq!(out.extractions[0].document.title.as_deref(), Some(title), "{file}");
        }
        if let Some(has) = case["text_has"].as_str() {
            assert!(out.extractions[0].document.text.contains(has), "{file}: {:?}", out.extractions[0].document.text);
        }
        if let Some(lacks) = case["text_lacks"].as_str() {
            assert!(out.extractions.iter().all(|e| !e.document.text.contains(lacks)), "{file}: has {lacks:?}");
        }
    }
    let mut files: Vec<String> = std::fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f != "cases.jsonl" && f != "README.md")
        .collect();
    files.sort();
    named.sort();
    assert_eq!(files, named, "every file of tests/hostile has exactly one case");
}

/// Writes `bytes` to `dir/name`.
fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The slow inputs and the large cases, made here: each finishes with aligned
/// spans or one error line (timed for the log; the scaling test checks growth).
#[test]
fn generated_large_inputs_finish() {
    let pipeline = Pipeline::bundled();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let trigger = format!("On Monday {}in Kabul.\n", "attack killed bomb ".repeat(20_000 / 3));
    let deep = |n: usize| {
        format!(
            "<html><body>{}<p>Gunmen killed three people in Kabul on Monday, police said.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    };
    let paragraphs: String = (0..40_000).map(|i| format!("<p>Paragraph {i} says little.</p>")).collect();
    let cases = [
        ("trigger-sentence.txt", trigger.into_bytes()),
        ("deep-8000.html", deep(8_000).into_bytes()),
        ("deep-32000.html", deep(32_000).into_bytes()),
        ("paragraphs-40000.html", format!("<html><body><article>{paragraphs}</article></body></html>").into_bytes()),
    ];
    for (name, bytes) in cases {
        let path = write(d, name, &bytes);
        let started = Instant::now();
        let out = run(&pipeline, &path, &Options::default());
        eprintln!("{name}: {} KB in {:.2} s", bytes.len() / 1000, started.elapsed().as_secs_f64());
        assert_eq!(out.extractions.len() + out.errors.len(), 1, "{name}: {:?}", out.errors);
        if name == "trigger-sentence.txt" {
            let ex = &out.extractions[0];
            assert!(ex.diagnostics.iter().any(|d| d.contains("max sentence tokens")), "{:?}", ex.diagnostics);
        }
    }
}

/// A 10 MB line: as a JSON Lines line over `--max-bytes` it is refused by name and the
/// next line is read; as one text document of one long token it is extracted.
#[test]
fn a_ten_megabyte_line() {
    let pipeline = Pipeline::bundled();
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat(10 * 1024 * 1024);
    let mut jsonl = format!("{{\"id\":\"long\",\"text\":\"{long}\"}}\n").into_bytes();
    jsonl.extend_from_slice(b"{\"id\":\"short\",\"text\":\"Police arrested two men in Kaluga.\"}\n");
    let path = write(dir.path(), "long.jsonl", &jsonl);
    let out = run(&pipeline, &path, &Options { max_bytes: 1024 * 1024, ..Options::default() });
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert!(
        out.errors[0].ends_with("long.jsonl:1: too large: more than the limit (the limit is 1 MiB)"),
        "{:?}",
        out.errors
    );
    assert_eq!(out.extractions.len(), 1);
    assert_eq!(out.extractions[0].document.id, "short");
    let path = write(dir.path(), "long.txt", long.as_bytes());
    let out = run(&pipeline, &path, &Options::default());
    assert_eq!(out.extractions.len(), 1, "{:?}", out.errors);
}

/// A gzip bomb (64 MiB of spaces in 64 KiB) is refused at the limit, after
/// decompression, without being inflated whole.
#[test]
fn a_gzip_bomb_is_refused() {
    let pipeline = Pipeline::bundled();
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..64 {
        gz.write_all(&chunk).unwrap();
    }
    let path = write(dir.path(), "bomb.txt.gz", &gz.finish().unwrap());
    let out = run(&pipeline, &path, &Options::default());
    assert_eq!(out.errors.len(), 1);
    assert!(
        out.errors[0].ends_with("bomb.txt.gz: too large: more than the limit (the limit is 32 MiB)"),
        "{:?}",
        out.errors
    );
}

/// Every row of each per-document table, as text, in insertion order.
fn rows(db: &Path) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = Vec::new();
    for table in ["documents", "events", "mentions", "actors"] {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {table} ORDER BY rowid")).unwrap();
        let columns = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        let mut rows = Vec::new();
        while let Some(row) = q.next().unwrap() {
            let cells: Vec<String> = (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
            rows.push(format!("{table}: {}", cells.join(" | ")));
        }
        out.push(rows);
    }
    out
}

/// A batch with hostile documents among good ones: the good ones are stored, each
/// hostile one fails alone (or is stored as the text it is), and every row stored
/// before the batch is unchanged.
#[test]
fn a_hostile_batch_keeps_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "earlier.txt", b"Gunmen killed three police officers in Kandahar on Monday, officials said.");
    let first = tidings_in(d, &["ingest", "earlier.txt"], b"");
    assert_eq!(first.code, 0, "{}", first.stderr);
    let db = d.join("tidings.db");
    let before = rows(&db);
    assert!(!before[1].is_empty(), "no events stored: {before:#?}");

    let batch = d.join("batch");
    std::fs::create_dir(&batch).unwrap();
    for file in ["sql-and-script.jsonl", "mixed-encoding.txt", "json-deep.json", "nul-bytes.txt", "script-page.html"] {
        std::fs::copy(corpus().join(file), batch.join(file)).unwrap();
    }
    write(&batch, "zz-good.txt", b"Police arrested two men in Kaluga on Tuesday.");
    let run = tidings_in(d, &["ingest", "batch"], b"");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("tidings: ")).collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(errors[0].contains("json-deep.json"), "{}", errors[0]);
    assert!(errors[1].contains("mixed-encoding.txt: not UTF-8"), "{}", errors[1]);
    let after = rows(&db);
    for (old, new) in before.iter().zip(&after) {
        assert!(new.len() >= old.len() && new[..old.len()] == old[..], "earlier rows changed: {old:#?} {new:#?}");
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let title: String = conn.query_row("SELECT title FROM documents WHERE id = 'sql-title'", [], |r| r.get(0)).unwrap();
    assert_eq!(title, "'; DROP TABLE documents; --");
    let docs: i64 = conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
    assert_eq!(docs, 5, "earlier + jsonl + nul + html + good");
}
