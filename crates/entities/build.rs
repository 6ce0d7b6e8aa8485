//! Derives the start-up form of the bundled NER model from `data/ner.model.gz`.
//!
//! Inflating the 23 MB weight table (93 % zeros) cost a third of a one-sentence
//! `tidings extract`. This script writes `$OUT_DIR/ner.sparse`, which the crate embeds and
//! reads in place: the model's header and transition scores as in the gzip file, then a
//! bitmap of the feature buckets with at least one non-zero weight (u64 LE words), the
//! number of such buckets before each word (u32 LE), and the rows of those buckets
//! (`TAGS` i16 LE each). Deterministic: the same model file gives the same bytes, and
//! a test checks that both forms hold the same weights.

use std::io::Read;

fn main() {
    println!("cargo:rerun-if-changed=data/ner.model.gz");
    let gz = std::fs::read("data/ner.model.gz").expect("data/ner.model.gz");
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut raw).expect("the NER model is gzip");
    // Header: "TNER", the feature-set digit, the hash width, the scale (f32).
    assert!(raw.len() > 10 && raw.starts_with(b"TNER"), "not a tidings NER model");
    let buckets = 1usize << raw[5];
    let values = (raw.len() - 10) / 2;
    // The tag count: (tags + 1) × tags transition scores, then buckets × tags weights.
    let tags = (1..64).find(|t| (t + 1) * t + buckets * t == values).expect("a consistent NER model");
    let nt = (tags + 1) * tags;
    let weights = &raw[10 + 2 * nt..];
    let row = 2 * tags;
    let mut out = raw[..10 + 2 * nt].to_vec();
    let words = buckets.div_ceil(64);
    let mut bitmap = vec![0u64; words];
    let mut ranks = Vec::with_capacity(words);
    let mut rows = Vec::new();
    let mut count = 0u32;
    for (w, bits) in bitmap.iter_mut().enumerate() {
        ranks.push(count);
        for b in 0..64.min(buckets - 64 * w) {
            let r = &weights[(64 * w + b) * row..(64 * w + b + 1) * row];
            if r.iter().any(|&x| x != 0) {
                *bits |= 1 << b;
                rows.extend_from_slice(r);
                count += 1;
            }
        }
    }
    for w in &bitmap {
        out.extend_from_slice(&w.to_le_bytes());
    }
    for r in &ranks {
        out.extend_from_slice(&r.to_le_bytes());
    }
    out.extend_from_slice(&rows);
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/ner.sparse"), out).expect("writing ner.sparse");
}
