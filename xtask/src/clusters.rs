//! `cargo run --release -p xtask -- train-clusters`: word clusters for the NER features
//! (`crates/entities/data/clusters.tsv.gz`, see `tidings_entities::ner::clusters`).
//!
//! Text: the raw text of the training and dev sides of every NER corpus `train-ner`
//! reads (re3d, wikigold, WNUT-17, BTC, CrossNER politics, Re-DocRED dev, UNER EWT dev;
//! by default also GUM train and dev and UD English EWT train, `eval/syntax/ud-english-ewt`,
//! CC BY-SA 4.0) and of the RAMS and WikiEvents dev splits; never a test split. Their licences (CC BY
//! 4.0, CC BY-SA 3.0/4.0, MIT; see `shared/data/MANIFEST.md`) allow the derived file,
//! which keeps only words seen at least `MIN_COUNT` times and their cluster ids.
//!
//! Algorithm: predictive exchange clustering (Uszkoreit & Brants 2008; Kneser & Ney's
//! exchange over the one-sided class bigram model `p(w | v) = p(c(w) | v) p(w | c(w))`),
//! which maximizes `Σ_{v,c} N(v,c) log N(v,c) − Σ_c N(c) log N(c)` by moving one word
//! at a time to its best class. A move costs O(predecessors × classes), so an
//! iteration is O(bigram types × classes): seconds where Brown's agglomerative
//! clustering is cubic in the classes. Brown's bit-string prefixes give clusterings
//! at several granularities; here each granularity (`CLASSES`) is its own run.
//! Deterministic: words in frequency order (ties by spelling), classes initialized
//! round-robin, ties to the lowest class, a fixed number of passes at most.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::Result;
use tidings_entities::ner::clusters::{key, LEVELS};
use tidings_text::{tokenize, Segmented};

/// Classes of each granularity, coarse to fine.
const CLASSES: [usize; LEVELS] = [64, 256, 1000];
/// Words clustered: the most frequent, seen at least `MIN_COUNT` times.
const MAX_WORDS: usize = 50_000;
const MIN_COUNT: u32 = 3;
const MAX_PASSES: usize = 15;

/// Token sequences (sentences) of the clustering text.
fn sentences(data: &Path, root: &Path, gum: bool) -> Result<Vec<Vec<String>>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let splits = crate::ner::corpora(data, root, 1, gum)?;
    for c in splits.train.iter().map(|(c, _)| c).chain(&splits.dev) {
        for d in &c.docs {
            let ranges: Vec<(usize, usize)> = if d.sentences.is_empty() {
                Segmented::new(&d.text).sentences.iter().map(|s| (s.start, s.end)).collect()
            } else {
                d.sentences.clone()
            };
            for (s, e) in ranges {
                let text = &d.text[s..e];
                out.push(tokenize(text).iter().map(|t| key(t.text(text))).collect());
            }
        }
    }
    // UD English EWT train (committed for the parser): its sentences are disjoint from
    // the UNER EWT dev and test sentences.
    if gum {
        let ewt = crate::read_text(&root.join("eval/syntax/ud-english-ewt/en_ewt-ud-train.conllu.gz"))?;
        for line in ewt.lines().filter_map(|l| l.strip_prefix("# text = ")) {
            out.push(tokenize(line).iter().map(|t| key(t.text(line))).collect());
        }
    }
    for line in crate::read_text(&data.join("rams/dev.jsonlines.gz"))?.lines().filter(|l| !l.is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        for s in v["sentences"].as_array().into_iter().flatten() {
            out.push(s.as_array().into_iter().flatten().filter_map(|t| t.as_str()).map(key).collect());
        }
    }
    for line in crate::read_text(&data.join("wikievents/dev.jsonl.gz"))?.lines().filter(|l| !l.is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        out.push(v["tokens"].as_array().into_iter().flatten().filter_map(|t| t.as_str()).map(key).collect());
    }
    Ok(out)
}

/// The exchange clustering of `words` (ids `0..v`) given, for each word, its
/// predecessors `(context id, count)`; contexts are `0..contexts`.
fn exchange(preds: &[Vec<(u32, u32)>], contexts: usize, classes: usize, table: &[f64]) -> Vec<u16> {
    let v = preds.len();
    let f = |x: u64| table[x as usize];
    let count: Vec<u64> = preds.iter().map(|p| p.iter().map(|&(_, n)| u64::from(n)).sum()).collect();
    let mut class: Vec<usize> = (0..v).map(|w| w % classes).collect();
    let mut nvc = vec![0u32; contexts * classes];
    let mut nc = vec![0u64; classes];
    for w in 0..v {
        for &(c, n) in &preds[w] {
            nvc[c as usize * classes + class[w]] += n;
        }
        nc[class[w]] += count[w];
    }
    let mut delta = vec![0f64; classes];
    for pass in 1..=MAX_PASSES {
        let t = Instant::now();
        let mut moves = 0;
        for w in 0..v {
            let a = class[w];
            for &(c, n) in &preds[w] {
                nvc[c as usize * classes + a] -= n;
            }
            nc[a] -= count[w];
            for (b, d) in delta.iter_mut().enumerate() {
                *d = f(nc[b]) - f(nc[b] + count[w]);
            }
            for &(c, n) in &preds[w] {
                let row = &nvc[c as usize * classes..(c as usize + 1) * classes];
                let n = u64::from(n);
                for (d, &x) in delta.iter_mut().zip(row) {
                    let x = u64::from(x);
                    *d += f(x + n) - f(x);
                }
            }
            // Stay unless another class is clearly better; ties go to the lowest class.
            let mut best = a;
            for (b, &d) in delta.iter().enumerate() {
                if d > delta[best] + 1e-9 {
                    best = b;
                }
            }
            if best != a {
                moves += 1;
            }
            class[w] = best;
            for &(c, n) in &preds[w] {
                nvc[c as usize * classes + best] += n;
            }
            nc[best] += count[w];
        }
        eprintln!("  {classes} classes, pass {pass}: {moves} moves ({:.1}s)", t.elapsed().as_secs_f64());
        if moves * 1000 < v {
            break;
        }
    }
    class.into_iter().map(|c| c as u16).collect()
}

pub(crate) fn train(data: &Path, root: &Path, gum: bool) -> Result<()> {
    let t0 = Instant::now();
    let sents = sentences(data, root, gum)?;
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for w in sents.iter().flatten() {
        *freq.entry(w.as_str()).or_default() += 1;
    }
    let tokens: usize = sents.iter().map(Vec::len).sum();
    let mut words: Vec<(&str, u32)> = freq.iter().filter(|(_, &n)| n >= MIN_COUNT).map(|(&w, &n)| (w, n)).collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    words.truncate(MAX_WORDS);
    let id: HashMap<&str, u32> = words.iter().enumerate().map(|(i, (w, _))| (*w, i as u32)).collect();
    let (unk, bos) = (words.len() as u32, words.len() as u32 + 1);
    // Predecessor counts of each clustered word, sorted (deterministic).
    let mut pairs: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    for s in &sents {
        let mut prev = bos;
        for w in s {
            let cur = id.get(w.as_str()).copied().unwrap_or(unk);
            if cur != unk {
                *pairs.entry((cur, prev)).or_default() += 1;
            }
            prev = cur;
        }
    }
    let mut preds: Vec<Vec<(u32, u32)>> = vec![Vec::new(); words.len()];
    for (&(w, c), &n) in &pairs {
        preds[w as usize].push((c, n));
    }
    eprintln!(
        "{} sentences, {tokens} tokens, {} words clustered, {} bigram types ({:.1}s)",
        sents.len(),
        words.len(),
        pairs.len(),
        t0.elapsed().as_secs_f64()
    );
    let table: Vec<f64> = (0..=tokens + 1).map(|x| if x == 0 { 0.0 } else { x as f64 * (x as f64).ln() }).collect();
    let runs: Vec<Vec<u16>> = CLASSES.iter().map(|&c| exchange(&preds, words.len() + 2, c, &table)).collect();
    let mut lines: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, (w, _))| {
            let ids: Vec<String> = runs.iter().map(|r| r[i].to_string()).collect();
            format!("{w}\t{}\n", ids.join("\t"))
        })
        .collect();
    lines.sort();
    let path = root.join("crates/entities/data/clusters.tsv.gz");
    let mut gz = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::best());
    gz.write_all(lines.concat().as_bytes())?;
    let bytes = gz.finish()?;
    std::fs::write(&path, &bytes)?;
    eprintln!("wrote {} ({} bytes) in {:.0}s", path.display(), bytes.len(), t0.elapsed().as_secs_f64());
    Ok(())
}
