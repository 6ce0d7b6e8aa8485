//! Project automation. `cargo xtask <task>`:
//!
//! - `build-gazetteer [--data DIR]`: compiles GeoNames, the country list with demonyms
//!   the Phoenix country dictionary and GeoNames' region and area points
//!   (`xtask/data/geonames/`) and Natural Earth's natural features
//!   (`xtask/data/naturalearth/`) into `crates/geo/data/gazetteer.bin`.
//! - `build-lexicon [--data DIR]`: compiles the actor lexicon (Phoenix + UCDP) and the
//!   common-word list (from the NER corpora) into `crates/entities/data/`.
//! - `build-merge-set [--data DIR]`: writes the documents of the cross-document
//!   merging gold set, `eval/merge/documents.jsonl` (see `merge_set`).
//! - `bench-ingest [--docs N] [--bin PATH] [--keep]`: ingest throughput and database
//!   size for N synthetic documents (default 10,000) with the release binary (see
//!   `bench_ingest`).
//! - `train-syntax [--epochs N]`: trains the POS tagger and dependency parser of
//!   `tidings-syntax` from UD English EWT and the open GUM train documents (`--no-gum`:
//!   EWT alone, the previous model) (`eval/syntax/ud-english-ewt`, `eval/syntax/gum`, see
//!   `syntax`).
//! - `train-sentences [--epochs N]`: trains the learned sentence splitter of the syntax
//!   path on the same treebanks' raw text (see `syntax::train_sentences`).
//! - `train-ner [--data DIR] [options]`, `bench-ner`: trains the entity recognizer and
//!   compares it with spaCy's small model on the NER test sets (see `ner`).
//! - `train-events [--out PATH] [--fraction F]`: trains the learned event check (see
//!   `events`).
//! - `train-chain [--data DIR]`: `train-ner`, `train-events` and `train-actors` in that
//!   order, with their defaults, each by a fresh `cargo run --release` so that it holds
//!   the models the steps before it wrote: the events and actors models read the
//!   recognizer's output, and the actors model the events model's, so after a change to
//!   the recognizer, the gazetteer, the lexicon or their training data all three are
//!   rebuilt; then checks their recorded inputs.
//! - `check-models`: whether each bundled model was trained on the committed files it
//!   reads (the `<model>.inputs` records, see `inputs`); names the command to rerun.
//! - `train-geo [--synthetic N] [--epochs N] [--test]`: trains the toponym ranker of
//!   `tidings-geo` and compares it with the heuristic resolver and a naive lookup on
//!   the dev sets (see `geo_rank`).
//! - `train-clusters [--data DIR] [--no-gum]`: word clusters for the NER features (see
//!   `clusters`; `--no-gum` leaves out the GUM and UD EWT text, as `train-ner --no-gum`).
//! - `train-actors [--out PATH]`: trains the learned choice of events' sides
//!   (`tidings_events::ActorModel`) on the notes' and RAMS' train splits, which
//!   `train-events` also reads (see `actors`).
//! - `bench [--iterations N]`: pipeline throughput per stage on the examples (run it
//!   with `cargo run --release -p xtask -- bench`).
//!
//! `DIR` defaults to `../shared/data` relative to the workspace root. The artifacts are
//! committed, so users never run these; they exist so the build is reproducible.

mod actors;
mod bench;
mod bench_ingest;
mod clusters;
mod events;
mod gazetteer;
mod geo_rank;
mod inputs;
mod lexicon;
mod merge_set;
mod ner;
mod syntax;

mod wire;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(task) = args.first() else {
        bail!("usage: cargo xtask <task> [options]; the tasks are listed at the top of xtask/src/main.rs");
    };
    let data = match args.iter().position(|a| a == "--data") {
        Some(i) => PathBuf::from(args.get(i + 1).context("--data needs a directory")?),
        None => workspace_root().join("../shared/data"),
    };
    match task.as_str() {
        "build-gazetteer" => gazetteer::build(&data, &workspace_root().join("crates/geo/data/gazetteer.bin")),
        "build-lexicon" => lexicon::build(&data, &workspace_root().join("crates/entities/data")),
        "build-merge-set" => merge_set::build(&data, &workspace_root()),
        "bench-ingest" => {
            let docs = match args.iter().position(|a| a == "--docs") {
                Some(i) => args.get(i + 1).context("--docs needs a number")?.parse()?,
                None => 10_000,
            };
            let bin = args.iter().position(|a| a == "--bin").and_then(|i| args.get(i + 1)).map(PathBuf::from);
            bench_ingest::run(&workspace_root(), docs, bin, args.iter().any(|a| a == "--keep"))
        }
        "bench" => {
            let iterations = match args.iter().position(|a| a == "--iterations") {
                Some(i) => args.get(i + 1).context("--iterations needs a number")?.parse()?,
                None => 20,
            };
            bench::run(&workspace_root(), iterations)
        }
        "train-ner" | "bench-ner" => ner::main(task, &data, &workspace_root(), &args),
        "train-syntax" => syntax::train(&workspace_root(), &args),
        "train-sentences" => syntax::train_sentences(&workspace_root(), &args),
        "train-geo" => geo_rank::train(&workspace_root(), &args),
        "train-events" => events::train(&workspace_root(), &args),
        "train-actors" => actors::train(&workspace_root(), &args),

        "train-clusters" => clusters::train(&data, &workspace_root(), !args.iter().any(|a| a == "--no-gum")),
        "train-chain" => {
            let (root, data) = (workspace_root(), std::path::absolute(&data)?);
            // Each step in a fresh release build of xtask: the models are compiled in, so
            // the events model must be trained by a binary holding the recognizer just
            // trained, and the actors model by one holding both.
            for step in ["train-ner", "train-events", "train-actors"] {
                eprintln!("train-chain: {step}");
                let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
                let status = std::process::Command::new(cargo)
                    .current_dir(&root)
                    .args(["run", "--release", "-q", "-p", "xtask", "--", step, "--data"])
                    .arg(&data)
                    .status()
                    .with_context(|| format!("running cargo for {step}"))?;
                if !status.success() {
                    bail!("train-chain: {step} failed ({status})");
                }
            }
            inputs::check(&root)
        }
        "check-models" => inputs::check(&workspace_root()),
        other => bail!("unknown task {other:?}; see the list at the top of xtask/src/main.rs"),
    }
}

/// The number after flag `name` in `args`, or `default` when the flag is absent.
pub(crate) fn number_arg(args: &[String], name: &str, default: usize) -> Result<usize> {
    Ok(match args.iter().position(|a| a == name) {
        Some(i) => args.get(i + 1).with_context(|| format!("{name} needs a number"))?.parse()?,
        None => default,
    })
}

pub(crate) fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Opens a file, transparently gunzipping `.gz`.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    use std::io::Read;
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut s)
            .with_context(|| format!("gunzipping {}", path.display()))?;
        Ok(s)
    } else {
        String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8", path.display()))
    }
}

/// Writes `text` gzipped (best compression, no timestamp, so the output is reproducible).
pub(crate) fn write_gz(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut gz = flate2::GzBuilder::new().mtime(0).write(file, flate2::Compression::best());
    gz.write_all(text.as_bytes())?;
    gz.finish()?;
    eprintln!("wrote {} ({} bytes)", path.display(), std::fs::metadata(path)?.len());
    Ok(())
}
