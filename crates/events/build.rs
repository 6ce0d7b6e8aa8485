//! Derives the start-up form of the bundled events model from `data/events.model.gz`.
//!
//! Inflating and parsing the model's 3.8 MB of text cost a third of a one-sentence
//! `tidings extract`. This script writes `$OUT_DIR/events.bin`, which the crate embeds
//! and reads in place (format in `src/learned.rs`, `Model::from_compiled`). It reads
//! the file with the crate's own reader (`src/model_text.rs`), so both forms hold the
//! same weights, and a test checks that they do. Deterministic: keys in ascending order.

#[path = "src/model_text.rs"]
mod model_text;

use std::io::Read;

fn main() {
    println!("cargo:rerun-if-changed=data/events.model.gz");
    println!("cargo:rerun-if-changed=src/model_text.rs");
    let gz = std::fs::read("data/events.model.gz").expect("data/events.model.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut text).expect("the events model is gzip text");
    let file = model_text::parse(&text).expect("a tidings events model");
    let models = file.classifiers;
    let names: Vec<&str> = models.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names == ["relabel", "recover"] || names == ["relabel", "recover", "newsday"],
        "the events model's classifiers: {names:?}"
    );
    let head = format!("labels\t{}\nplover\t{}", file.labels_line, file.plover_line);
    let mut out = Vec::new();
    out.extend_from_slice(b"TEVB1");
    out.extend_from_slice(&(head.len() as u32).to_le_bytes());
    out.extend_from_slice(head.as_bytes());
    for (_, map) in &models {
        out.extend_from_slice(&(map.len() as u32).to_le_bytes());
        let entries: usize = map.values().map(Vec::len).sum();
        out.extend_from_slice(&(entries as u32).to_le_bytes());
        for k in map.keys() {
            out.extend_from_slice(&k.to_le_bytes());
        }
        let mut start = 0u32;
        out.extend_from_slice(&start.to_le_bytes());
        for ws in map.values() {
            start += ws.len() as u32;
            out.extend_from_slice(&start.to_le_bytes());
        }
        for ws in map.values() {
            for (l, v) in ws {
                out.extend_from_slice(&l.to_le_bytes());
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(format!("{dir}/events.bin"), out).expect("writing events.bin");
}
