//! The files each bundled model was trained from, by sha256.
//!
//! A model's features read other committed files: the recognizer reads the gazetteer and
//! the lexicon; the events and actors models read the whole pipeline's output, so also
//! the recognizer's and the parser's models. When one of those files changes, the bundled
//! model no longer rebuilds byte for byte until it is retrained. `train-syntax`, `train-ner`,
//! `train-events` and `train-actors` write `<model>.inputs` beside the model they write
//! (lines `sha256  path`); the test below recomputes the hashes and names the file that
//! moved and the command that retrains. Training corpora outside the repository
//! (`../shared/data`) and the code are not covered: a code change that moves a model
//! is caught by rebuilding it (`cargo xtask train-…` twice, same bytes).

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};
use std::path::Path;

/// One bundled model and what it was trained from.
pub struct Recorded {
    pub model: &'static str,
    pub command: &'static str,
    /// Files, or folders whose `notes-*.jsonl` files are read in name order.
    pub inputs: &'static [&'static str],
}

const KNOWLEDGE: [&str; 5] = [
    "crates/geo/data/gazetteer.bin",
    "crates/entities/data/actors.tsv.gz",
    "crates/entities/data/common.txt.gz",
    "crates/entities/data/given_names.txt.gz",
    "crates/entities/data/clusters.tsv.gz",
];

pub const NER: Recorded = Recorded {
    model: "crates/entities/data/ner.model.gz",
    command: "cargo run --release -p xtask -- train-ner --data ../shared/data",
    inputs: &[
        KNOWLEDGE[0],
        KNOWLEDGE[1],
        KNOWLEDGE[2],
        KNOWLEDGE[3],
        KNOWLEDGE[4],
        "examples/news.jsonl",
        "eval/ner/gum/train.conll",
        "eval/ner/gum/dev.conll",
        "eval/ner/wikinews/dev.jsonl",
        "eval/ner/written/train.conll",
        "eval/ner/written/round2/train.conll",
    ],
};

/// The tagger and parser read the word clusters (feature flag `TAGGER_CLUSTERS`).
pub const SYNTAX: Recorded = Recorded {
    model: "crates/syntax/data/syntax.model.gz",
    command: "cargo run --release -p xtask -- train-syntax",
    inputs: &[
        KNOWLEDGE[4],
        "eval/syntax/ud-english-ewt/en_ewt-ud-train.conllu.gz",
        "eval/syntax/gum/gum-open-train.conllu.gz",
    ],
};

/// What the pipeline reads besides its code, and the events training data.
const PIPELINE_AND_EVENTS: &[&str] = &[
    KNOWLEDGE[0],
    KNOWLEDGE[1],
    KNOWLEDGE[2],
    KNOWLEDGE[3],
    KNOWLEDGE[4],
    "crates/entities/data/ner.model.gz",
    "crates/syntax/data/syntax.model.gz",
    "crates/syntax/data/sentences.model.gz",
    crate::events::NOTES_DIR,
    crate::events::RAMS_TRAIN,
    crate::events::PORTAL_TRAIN,
    crate::events::OTHER_TRAIN,
];

/// What the actors model reads: the pipeline with the events model, and its own training
/// data (the notes and RAMS, not the current-events items; `crate::actors`).
const PIPELINE_AND_ACTORS: &[&str] = &[
    KNOWLEDGE[0],
    KNOWLEDGE[1],
    KNOWLEDGE[2],
    KNOWLEDGE[3],
    KNOWLEDGE[4],
    "crates/entities/data/ner.model.gz",
    "crates/syntax/data/syntax.model.gz",
    "crates/syntax/data/sentences.model.gz",
    EVENTS.model,
    crate::events::NOTES_DIR,
    crate::events::RAMS_TRAIN,
];

pub const EVENTS: Recorded = Recorded {
    model: "crates/events/data/events.model.gz",
    command: "cargo run --release -p xtask -- train-events",
    inputs: PIPELINE_AND_EVENTS,
};

pub const ACTORS: Recorded = Recorded {
    model: "crates/events/data/actors.model.gz",
    command: "cargo run --release -p xtask -- train-actors",
    inputs: PIPELINE_AND_ACTORS,
};

fn record_path(root: &Path, r: &Recorded) -> std::path::PathBuf {
    root.join(format!("{}.inputs", r.model))
}

/// The sha256 of a file, or of a folder's `notes-*.jsonl` files in name order.
fn digest(root: &Path, rel: &str) -> Result<String> {
    let path = root.join(rel);
    let mut h = Sha256::new();
    if path.is_dir() {
        for f in crate::events::note_files(&path)? {
            h.update(f.file_name().unwrap_or_default().as_encoded_bytes());
            h.update(std::fs::read(&f).with_context(|| format!("reading {}", f.display()))?);
        }
    } else {
        h.update(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Writes `<model>.inputs` for a model just trained.
pub fn write(root: &Path, r: &Recorded) -> Result<()> {
    let mut out = String::new();
    for rel in r.inputs {
        out.push_str(&format!("{}  {rel}\n", digest(root, rel)?));
    }
    let path = record_path(root, r);
    std::fs::write(&path, out).with_context(|| format!("writing {}", path.display()))?;
    eprintln!("wrote {}", path.display());
    Ok(())
}

/// The inputs whose content differs from what the model was trained on (or that the
/// record does not list).
pub fn moved(root: &Path, r: &Recorded) -> Result<Vec<String>> {
    let path = record_path(root, r);
    // No record: nothing is known to match.
    let text = if path.exists() {
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?
    } else {
        String::new()
    };
    let recorded: Vec<(&str, &str)> = text.lines().filter_map(|l| l.split_once("  ")).collect();
    let mut moved = Vec::new();
    for rel in r.inputs {
        let now = digest(root, rel)?;
        if !recorded.iter().any(|&(h, p)| p == *rel && h == now) {
            moved.push(rel.to_string());
        }
    }
    Ok(moved)
}

/// `cargo xtask check-models`: every bundled model against its recorded inputs.
pub fn check(root: &Path) -> Result<()> {
    let mut stale = 0;
    for r in [SYNTAX, NER, EVENTS, ACTORS] {
        let moved = moved(root, &r)?;
        if moved.is_empty() {
            eprintln!("{}: trained on the committed inputs", r.model);
        } else {
            stale += 1;
            eprintln!("{}: trained before {} changed; retrain: {}", r.model, moved.join(", "), r.command);
        }
    }
    anyhow::ensure!(stale == 0, "{stale} bundled model(s) to retrain");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
    }

    #[test]
    fn bundled_models_were_trained_on_the_committed_inputs() {
        let root = root();
        if let Err(e) = check(&root) {
            panic!("{e}: see the lines above, or run `cargo xtask train-chain`");
        }
    }

    #[test]
    fn a_changed_input_is_named() {
        let dir = std::env::temp_dir().join(format!("tidings-inputs-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("notes")).unwrap();
        std::fs::write(dir.join("a.bin"), b"one").unwrap();
        std::fs::write(dir.join("notes/notes-a.jsonl"), b"{}").unwrap();
        std::fs::write(dir.join("m.gz"), b"").unwrap();
        let r = Recorded { model: "m.gz", command: "retrain", inputs: &["a.bin", "notes"] };
        write(&dir, &r).unwrap();
        assert!(moved(&dir, &r).unwrap().is_empty());
        std::fs::write(dir.join("a.bin"), b"two").unwrap();
        assert_eq!(moved(&dir, &r).unwrap(), vec!["a.bin".to_string()]);
        std::fs::write(dir.join("notes/notes-b.jsonl"), b"{}").unwrap();
        assert_eq!(moved(&dir, &r).unwrap(), vec!["a.bin".to_string(), "notes".to_string()]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
