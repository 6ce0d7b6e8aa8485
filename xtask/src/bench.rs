//! `cargo run --release -p xtask -- bench [--iterations N]`: pipeline throughput on
//! the bundled examples, one core, with each stage's share, against a baseline
//! measured in the same run (segmentation alone), plus resource load times and peak
//! memory. Numbers from a debug build are meaningless; the task says so.

use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use tidings_pipeline::{Input, Pipeline, StageTimes};

pub(crate) fn run(root: &std::path::Path, iterations: usize) -> Result<()> {
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run `cargo run --release -p xtask -- bench` for real numbers");
    }
    let inputs = corpus(root)?;
    let bytes: usize = inputs.iter().map(|i| i.text.len()).sum();

    let t = Instant::now();
    let gazetteer = tidings_geo::Gazetteer::bundled();
    let gazetteer_load = t.elapsed();
    let t = Instant::now();
    let _ = tidings_entities::Lexicon::bundled();
    let lexicon_load = t.elapsed();
    let pipeline = Pipeline::bundled();

    // Baseline: normalization and segmentation alone.
    let t = Instant::now();
    for _ in 0..iterations {
        for input in &inputs {
            let text = tidings_text::normalize(&input.text);
            std::hint::black_box(tidings_text::Segmented::new(&text));
        }
    }
    let baseline = t.elapsed();

    let mut stages = StageTimes::default();
    let mut events = 0;
    let t = Instant::now();
    for _ in 0..iterations {
        for input in &inputs {
            let (ex, times) = pipeline.extract_timed(input);
            events += ex.events.len();
            stages.add(&times);
        }
    }
    let wall = t.elapsed();

    let docs = inputs.len() * iterations;
    let mb = (bytes * iterations) as f64 / 1e6;
    println!(
        "corpus: {} documents, {:.1} KB, {iterations} iterations, {} gazetteer entries",
        inputs.len(),
        bytes as f64 / 1e3,
        gazetteer.len()
    );
    println!("load: gazetteer {:.0} ms, lexicon {:.0} ms", ms(gazetteer_load), ms(lexicon_load));
    println!("baseline (normalize + segment): {:.1} MB/s", mb / baseline.as_secs_f64());
    println!(
        "pipeline: {:.0} articles/s, {:.2} MB/s, {:.1}x the baseline's time, {} events",
        docs as f64 / wall.as_secs_f64(),
        mb / wall.as_secs_f64(),
        wall.as_secs_f64() / baseline.as_secs_f64(),
        events / iterations
    );
    let total = stages.total().as_secs_f64();
    for (name, d) in [
        ("segment", stages.segment),
        ("entities", stages.entities),
        ("time", stages.time),
        ("geo", stages.geo),
        ("events", stages.events),
        ("actors", stages.actors),
    ] {
        println!("  {name:<9} {:5.1}%  {:8.2} MB/s", 100.0 * d.as_secs_f64() / total, mb / d.as_secs_f64().max(1e-9));
    }
    if let Some(kb) = peak_rss_kb() {
        println!("peak memory (VmHWM): {:.1} MB", kb as f64 / 1024.0);
    }
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn corpus(root: &std::path::Path) -> Result<Vec<Input>> {
    let mut inputs = vec![Input {
        id: Some("fsb-kaluga-isk".into()),
        published: Some("2024-03-09".into()),
        text: std::fs::read_to_string(root.join("examples/fsb-kaluga-isk.txt"))?,
        ..Input::default()
    }];
    let news = std::fs::read_to_string(root.join("examples/news.jsonl"))?;
    for (n, line) in news.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        inputs.push(serde_json::from_str(line).with_context(|| format!("examples/news.jsonl:{}", n + 1))?);
    }
    Ok(inputs)
}

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
