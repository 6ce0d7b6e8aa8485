//! Derives the start-up form of the bundled events model from `data/events.model.gz`.
//!
//! Inflating and parsing the model's 3.8 MB of text cost a third of a one-sentence
//! `tidings extract`. This script writes `$OUT_DIR/events.bin`, which the crate embeds
//! and reads in place (format in `src/learned.rs`, `Model::from_compiled`). It parses
//! numbers exactly as `Model::parse` does, so both forms hold the same weights, and a
//! test checks that they do. Deterministic: keys in ascending order.

use std::collections::BTreeMap;
use std::io::Read;

fn main() {
    println!("cargo:rerun-if-changed=data/events.model.gz");
    let gz = std::fs::read("data/events.model.gz").expect("data/events.model.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut text).expect("the events model is gzip text");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.by_ref().take(3).collect();
    assert_eq!(header.first(), Some(&"tidings-events-model 1"), "not a tidings events model");
    // Later lines of one key replace earlier ones, as in the model's own reader.
    type Rows = BTreeMap<u64, Vec<(u16, f32)>>;
    let mut models: Vec<(String, Rows)> = Vec::new();
    for line in lines {
        if let Some(rest) = line.strip_prefix("model\t") {
            models.push((rest.split('\t').next().expect("a name").to_string(), BTreeMap::new()));
            continue;
        }
        let (key, ws) = line.split_once('\t').expect("key and weights");
        let key = u64::from_str_radix(key, 16).expect("a hex key");
        let ws = ws
            .split(' ')
            .map(|p| {
                let (l, v) = p.split_once(':').expect("label:weight");
                (l.parse::<u16>().expect("a label"), v.parse::<f32>().expect("a weight"))
            })
            .collect();
        models.last_mut().expect("weights after a model line").1.insert(key, ws);
    }
    let names: Vec<&str> = models.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["relabel", "recover"], "the events model's classifiers");
    let head = header[1..].join("\n");
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
