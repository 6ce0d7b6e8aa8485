//! Derives the start-up form of the bundled syntax model from `data/syntax.model.gz`.
//!
//! Inflating the model and building its lookup tables cost a quarter of a one-sentence
//! `tidings extract`. This script reads the model file with the crate's own reader
//! (`src/perceptron.rs`) and writes `$OUT_DIR/syntax.bin`: `TSYNB1`, the length (u32 LE)
//! of the model file's head (magic, feature flags, label and hyphen-word lists), that head
//! as in the model file, then
//! the tagger's and the parser's lookup tables as they are held in memory
//! (`Weights::write_compiled`), which the crate reads in place. Deterministic; a test
//! checks that both forms hold the same model.

#[allow(dead_code)]
#[path = "src/perceptron.rs"]
mod perceptron;

use std::io::Read;

fn main() {
    println!("cargo:rerun-if-changed=data/syntax.model.gz");
    println!("cargo:rerun-if-changed=src/perceptron.rs");
    let gz = std::fs::read("data/syntax.model.gz").expect("data/syntax.model.gz");
    let mut raw = Vec::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut raw).expect("the syntax model is gzip");
    // `TSYN1`, or `TSYN2` and the feature flags (a varint); the head keeps the magic.
    let (buf, flags) = match raw.strip_prefix(b"TSYN1") {
        Some(rest) => (rest, false),
        None => (raw.strip_prefix(b"TSYN2").expect("a tidings syntax model"), true),
    };
    let mut r = perceptron::Reader { buf };
    if flags {
        r.varint().expect("feature flags");
    }
    // The label list, then the hyphen-word list: a count and as many strings each.
    for _ in 0..2 {
        let n = r.varint().expect("a count");
        for _ in 0..n {
            r.string().expect("a string");
        }
    }
    let head = &raw[..raw.len() - r.buf.len()];
    let mut out = b"TSYNB1".to_vec();
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(head);
    for _ in 0..2 {
        perceptron::Weights::read(&mut r).expect("weights").write_compiled(&mut out);
    }
    assert!(r.buf.is_empty(), "trailing bytes in the syntax model");
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/syntax.bin"), out).expect("writing syntax.bin");
}
