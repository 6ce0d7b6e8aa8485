//! Tagger throughput on news text, one core, against a baseline measured in the same
//! run: segmentation alone (`tidings_text::Segmented::new`), which the tagger needs
//! and the pipeline does once for all stages.
//!
//! `cargo bench -p tidings-time --bench throughput` (release profile; not run in CI).
//! The text is the bundled examples and the time gold texts (eval/time), repeated to
//! about 4 MB and tagged as one document per article with its publication date.

use std::hint::black_box;
use std::time::{Duration, Instant};

use tidings_text::Segmented;
use tidings_time::{tag, Anchor};

const SOURCES: &[&str] = &[
    include_str!("../../../examples/news.jsonl"),
    include_str!("../../../eval/time/wikinews-dev.jsonl"),
    include_str!("../../../eval/time/wikinews-test.jsonl"),
];
const ARTICLE: &str = include_str!("../../../examples/fsb-kaluga-isk.txt");

fn main() {
    let mut docs: Vec<(String, Option<Anchor>)> = vec![(ARTICLE.to_string(), Anchor::parse("2024-03-09"))];
    for line in SOURCES.iter().flat_map(|s| s.lines()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = tidings_text::normalize(doc["text"].as_str().unwrap_or_default());
        docs.push((text, doc["published"].as_str().and_then(Anchor::parse)));
    }
    let once: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let copies = (4_000_000 / once).max(1);
    let docs: Vec<_> = (0..copies).flat_map(|_| docs.iter().cloned()).collect();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let segmented: Vec<Segmented> = docs.iter().map(|(t, _)| Segmented::new(t)).collect();

    let seg_time = best_of(5, || {
        for (text, _) in &docs {
            black_box(Segmented::new(black_box(text)));
        }
    });
    let mut found = 0;
    let tag_time = best_of(5, || {
        found = 0;
        for ((text, anchor), seg) in docs.iter().zip(&segmented) {
            found += black_box(tag(black_box(text), seg, *anchor)).len();
        }
    });
    let mb = bytes as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64();
    println!("{} documents, {:.2} MB, {found} time expressions", docs.len(), mb);
    println!("segmentation (baseline)  {:>8.1} MB/s", rate(seg_time));
    println!(
        "time tagger              {:>8.1} MB/s  ({:.2}x the baseline's time)",
        rate(tag_time),
        tag_time.as_secs_f64() / seg_time.as_secs_f64()
    );
    println!("segmentation + tagger    {:>8.1} MB/s", rate(seg_time + tag_time));
}

/// The fastest of `n` runs.
fn best_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}
