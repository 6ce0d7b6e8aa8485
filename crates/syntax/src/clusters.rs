//! Word clusters for the tagger's and the parser's features: the clusters the named
//! entity recognizer uses (`crates/entities/data/clusters.tsv.gz`, built by `cargo xtask
//! train-clusters`: predictive exchange clustering of unlabelled text at 64, 256 and 1000
//! classes, standing in for prefixes of Brown bit strings). Read here from the same file
//! so that the two crates cannot disagree; a model trained with clusters must be
//! retrained (`cargo xtask train-syntax`) when that file changes.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

/// Granularities, coarse to fine (the file's columns).
pub(crate) const LEVELS: usize = 3;

static BUNDLED: &[u8] = include_bytes!("../../entities/data/clusters.tsv.gz");

/// Word key (lower case, every ASCII digit `0`, as the clustering wrote it) → ids.
fn table() -> &'static HashMap<String, [u16; LEVELS]> {
    static TABLE: OnceLock<HashMap<String, [u16; LEVELS]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut text = String::new();
        flate2::read::GzDecoder::new(BUNDLED).read_to_string(&mut text).expect("the bundled clusters are gzip");
        let mut map = HashMap::new();
        for line in text.lines().filter(|l| !l.is_empty()) {
            let mut parts = line.split('\t');
            let word = parts.next().unwrap_or_default();
            let mut ids = [0u16; LEVELS];
            for id in &mut ids {
                *id = parts.next().and_then(|p| p.parse().ok()).expect("the bundled clusters have three ids a line");
            }
            map.insert(word.to_string(), ids);
        }
        map
    })
}

/// The cluster ids of a word given its key, if it was clustered.
pub(crate) fn get(key: &str) -> Option<[u16; LEVELS]> {
    table().get(key).copied()
}
