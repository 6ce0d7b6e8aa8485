//! Word clusters learned from unlabelled text (`cargo xtask train-clusters`), used as
//! features so that words never seen in the labelled corpora share weights with words
//! that occur in the same contexts: by the entity recognizer and by the tagger, from one
//! table, so that the two cannot disagree and the file is read once.
//!
//! The file `crates/entities/data/clusters.tsv.gz` holds one line per word: the word key
//! (see [`key`]) and its cluster id at each of [`LEVELS`] granularities (coarse to fine),
//! tab-separated. It is parsed on first use.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

/// Granularities of the clustering (cluster counts are in the training task).
pub const LEVELS: usize = 3;

static BUNDLED: &[u8] = include_bytes!("../../entities/data/clusters.tsv.gz");

/// Word → cluster ids, coarse to fine.
#[derive(Default)]
pub struct Clusters {
    map: HashMap<String, [u16; LEVELS]>,
}

/// The key of a word: lower case, every digit `0` (so "1996" and "2003" are one word).
pub fn key(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).map(|c| if c.is_ascii_digit() { '0' } else { c }).collect()
}

impl Clusters {
    /// The clusters compiled into the binary.
    pub fn bundled() -> &'static Clusters {
        static CLUSTERS: OnceLock<Clusters> = OnceLock::new();
        CLUSTERS.get_or_init(|| Clusters::from_gzip(BUNDLED).expect("the bundled clusters are valid"))
    }

    /// No clusters (for models of feature set 1).
    pub fn empty() -> &'static Clusters {
        static EMPTY: OnceLock<Clusters> = OnceLock::new();
        EMPTY.get_or_init(Clusters::default)
    }

    /// Reads a clusters file (gzip of the TSV).
    pub fn from_gzip(bytes: &[u8]) -> Result<Clusters, String> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).map_err(|e| e.to_string())?;
        Clusters::parse(&text)
    }

    /// Reads the TSV.
    pub fn parse(text: &str) -> Result<Clusters, String> {
        let mut map = HashMap::new();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
            let mut parts = line.split('\t');
            let word = parts.next().unwrap_or_default();
            let mut ids = [0u16; LEVELS];
            for id in &mut ids {
                *id = parts
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or_else(|| format!("clusters line {}: expected {LEVELS} ids", n + 1))?;
            }
            map.insert(word.to_string(), ids);
        }
        Ok(Clusters { map })
    }

    /// The cluster ids of a word (any casing), if it was clustered.
    pub fn get(&self, word: &str) -> Option<[u16; LEVELS]> {
        self.get_key(&key(word))
    }

    /// The cluster ids of a word given its [`key`].
    pub fn get_key(&self, key: &str) -> Option<[u16; LEVELS]> {
        self.map.get(key).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_parsing() {
        assert_eq!(key("Iraq1996"), "iraq0000");
        let c = Clusters::parse("iraq\t1\t2\t3\nsaid\t0\t5\t9\n").unwrap();
        assert_eq!(c.get("IRAQ"), Some([1, 2, 3]));
        assert_eq!(c.get("nowhere"), None);
        assert!(Clusters::parse("x\t1\n").is_err());
    }
}
