//! Article body extraction, scored as the Scrapinghub article-extraction benchmark
//! scores it (`evaluate.py` there): word 4-gram shingles.
//!
//! The gold file is the benchmark's `ground-truth.json`, an object mapping page ids to
//! `{"articleBody", "url"}`; the pages are beside it as `html/<id>.html.gz`. For each
//! page, the text is split into `\w+` tokens, the 4-token shingles of the gold and of
//! the extracted body are counted as multisets, and TP/FP/FN are the overlaps and
//! leftovers — normalized by their sum so that long articles weigh no more than short
//! ones. Precision is the mean over pages with `tp + fp > 0`, recall the mean over
//! pages with `tp + fn > 0`, and F1 the harmonic mean of those two means. The `±` is
//! 1.96 standard deviations over 1,000 bootstrap resamples of the pages, as there.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::Report;

#[derive(Deserialize)]
struct Gold {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    url: Option<String>,
}

/// Normalized true positives, false positives and false negatives of one page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shingles {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Scores the article extractor against the benchmark at `gold`.
pub fn run(gold: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let pages: HashMap<String, Gold> =
        serde_json::from_str(&text).with_context(|| format!("{}: not a ground-truth object", gold.display()))?;
    let dir = gold.parent().unwrap_or(Path::new(".")).join("html");
    let mut ids: Vec<&String> = pages.keys().collect();
    ids.sort();
    let mut scores = Vec::with_capacity(ids.len());
    let mut html_bytes = 0usize;
    let start = Instant::now();
    for id in &ids {
        let page = &pages[*id];
        let path = dir.join(format!("{id}.html.gz"));
        let mut html = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).with_context(|| format!("{}", path.display()))?)
            .read_to_string(&mut html)
            .with_context(|| format!("{}: not gzipped UTF-8", path.display()))?;
        html_bytes += html.len();
        let article = tidings_sources::html::extract(&html, page.url.as_deref());
        scores.push((id.as_str(), shingle_matching(&page.article_body, &article.text)));
    }
    let elapsed = start.elapsed().as_secs_f64();
    let all: Vec<Shingles> = scores.iter().map(|s| s.1).collect();
    let (p, r, f) = metrics(&all);
    let (pci, rci, fci) = bootstrap(&all, 1000);
    let mut worst: Vec<&(&str, Shingles)> = scores.iter().collect();
    worst.sort_by(|a, b| f1_of(&a.1).total_cmp(&f1_of(&b.1)));
    let mut notes = vec![
        format!("± is 1.96 bootstrap standard deviations (1,000 resamples of the {} pages)", all.len()),
        format!(
            "extraction: {:.1} pages/s, {:.1} MB/s of HTML (this build, one thread)",
            all.len() as f64 / elapsed,
            html_bytes as f64 / 1e6 / elapsed
        ),
        "lowest page F1:".to_string(),
    ];
    for (id, s) in worst.iter().take(8) {
        notes.push(format!("  {id}  f1={:.3} tp={:.3} fp={:.3} fn={:.3}", f1_of(s), s.tp, s.fp, s.fn_));
    }
    Ok(Report {
        title: format!("Article body extraction: {} pages, word 4-gram shingles", all.len()),
        columns: ["precision", "recall", "f1", "±p", "±r", "±f1"].map(String::from).to_vec(),
        rows: vec![("article body".to_string(), vec![p, r, f, pci, rci, fci])],
        notes,
    })
}

fn f1_of(s: &Shingles) -> f64 {
    let (p, r) = (precision(s), recall(s));
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// TP/FP/FN over the 4-token shingles of `gold` and `predicted`, normalized to sum 1.
pub fn shingle_matching(gold: &str, predicted: &str) -> Shingles {
    let gold = shingles(gold, 4);
    let predicted = shingles(predicted, 4);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (key, &g) in &gold {
        let p = predicted.get(key).copied().unwrap_or(0);
        tp += g.min(p) as f64;
        fn_ += g.saturating_sub(p) as f64;
    }
    for (key, &p) in &predicted {
        fp += p.saturating_sub(gold.get(key).copied().unwrap_or(0)) as f64;
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        Shingles { tp: tp / sum, fp: fp / sum, fn_: fn_ / sum }
    } else {
        Shingles { tp, fp, fn_ }
    }
}

/// Python's `re.findall(r'\w+', text)`: runs of alphanumerics and underscores.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The shingles of `text` with their counts; a text shorter than `n` tokens is one
/// shorter shingle, an empty text none (as in the benchmark).
fn shingles(text: &str, n: usize) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut out = HashMap::new();
    if tokens.is_empty() {
        return out;
    }
    let count = tokens.len().saturating_sub(n) + 1;
    for i in 0..count {
        let end = (i + n).min(tokens.len());
        *out.entry(tokens[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

fn precision(s: &Shingles) -> f64 {
    if s.fp == 0.0 && s.fn_ == 0.0 {
        1.0
    } else if s.tp == 0.0 && s.fp == 0.0 {
        0.0
    } else {
        s.tp / (s.tp + s.fp)
    }
}

fn recall(s: &Shingles) -> f64 {
    if s.fp == 0.0 && s.fn_ == 0.0 {
        1.0
    } else if s.tp == 0.0 && s.fn_ == 0.0 {
        0.0
    } else {
        s.tp / (s.tp + s.fn_)
    }
}

/// Mean precision, mean recall, and the F1 of those means.
pub fn metrics(pages: &[Shingles]) -> (f64, f64, f64) {
    let mean =
        |values: Vec<f64>| if values.is_empty() { 0.0 } else { values.iter().sum::<f64>() / values.len() as f64 };
    let p = mean(pages.iter().filter(|s| s.tp + s.fp > 0.0).map(precision).collect());
    let r = mean(pages.iter().filter(|s| s.tp + s.fn_ > 0.0).map(recall).collect());
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// 1.96 standard deviations of precision, recall and F1 over bootstrap resamples,
/// with a fixed seed so reports are reproducible.
fn bootstrap(pages: &[Shingles], rounds: usize) -> (f64, f64, f64) {
    if pages.len() < 2 {
        return (0.0, 0.0, 0.0);
    }
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut values = [Vec::new(), Vec::new(), Vec::new()];
    for _ in 0..rounds {
        let sample: Vec<Shingles> = (0..pages.len()).map(|_| pages[(next() % pages.len() as u64) as usize]).collect();
        let (p, r, f) = metrics(&sample);
        values[0].push(p);
        values[1].push(r);
        values[2].push(f);
    }
    let ci = |v: &[f64]| {
        let mean = v.iter().sum::<f64>() / v.len() as f64;
        let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (v.len() - 1) as f64;
        1.96 * var.sqrt()
    };
    (ci(&values[0]), ci(&values[1]), ci(&values[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_follow_the_benchmark() {
        assert_eq!(tokens("It's a co-op, née 1999_x!"), ["It", "s", "a", "co", "op", "née", "1999_x"]);
        let exact = shingle_matching("one two three four five", "one two three four five");
        assert_eq!(exact, Shingles { tp: 1.0, fp: 0.0, fn_: 0.0 });
        // Gold has shingles (1234, 2345); the prediction (1234, 234x): one of each kind.
        let half = shingle_matching("1 2 3 4 5", "1 2 3 4 x");
        assert!((half.tp - 1.0 / 3.0).abs() < 1e-12 && (half.fp - 1.0 / 3.0).abs() < 1e-12);
        // Short texts are one shorter shingle; empty texts none.
        assert_eq!(shingle_matching("a b", "a b").tp, 1.0);
        assert_eq!(shingle_matching("", ""), Shingles { tp: 0.0, fp: 0.0, fn_: 0.0 });
        let missed = shingle_matching("a b c d", "");
        assert_eq!(missed, Shingles { tp: 0.0, fp: 0.0, fn_: 1.0 });
        // Precision skips pages with nothing predicted; recall counts them as 0.
        let (p, r, _) = metrics(&[exact, missed]);
        assert_eq!((p, r), (1.0, 0.5));
    }

    #[test]
    fn scores_a_tiny_benchmark() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("html")).unwrap();
        let body = "Gunmen attacked a police checkpoint in the north of the country on Monday, killing \
                    three officers. The interior ministry said the attackers fled into the forest.";
        let html = format!(
            "<html><head><title>Attack</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav>\
             <article><h1>Attack</h1><p>{body}</p></article><footer>Copyright 2024 Example News</footer></body></html>"
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, html.as_bytes()).unwrap();
        std::fs::write(dir.path().join("html/p1.html.gz"), gz.finish().unwrap()).unwrap();
        let gold = dir.path().join("ground-truth.json");
        std::fs::write(
            &gold,
            serde_json::json!({"p1": {"articleBody": body, "url": "https://example.org/a"}}).to_string(),
        )
        .unwrap();
        let report = run(&gold).unwrap();
        let f1 = report.rows[0].1[2];
        assert!(f1 > 0.9, "{report}");
    }
}
