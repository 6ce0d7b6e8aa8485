//! `cargo run --release -p xtask -- train-syntax [--epochs N] [--tagger-epochs N]
//! [--prune N] [--flags N] [--beam N] [--no-gum] [--dev2 GUM-DEV.conllu] [--out FILE]`: trains the tagger and parser of
//! `tidings-syntax` on UD English EWT train (`eval/syntax/ud-english-ewt/`) plus the
//! openly licensed GUM train documents (`eval/syntax/gum/`, each document's licence in its
//! README), both committed: the bundled model. `--no-gum` trains on EWT alone (the
//! previous model; `--gum` is accepted for old commands). Reports EWT dev scores per epoch (and those of a second
//! dev set given with `--dev2`, e.g. GUM dev read from a local UD_English-GUM clone;
//! GUM dev is CC BY-NC-SA as a whole and is not committed), and writes
//! `crates/syntax/data/syntax.model.gz` (or `--out FILE`). `--flags N` sets the model's
//! optional feature sets: 1 word clusters in the tagger, 2 in the parser, 3 both
//! (`tidings_syntax::TAGGER_CLUSTERS`, `PARSER_CLUSTERS`); 1 by default. `--beam N` sets
//! the parser's beam width (`Settings::beam`; 0 the greedy parser, best with `--epochs 9`).
//!
//! Reproducible byte for byte: the training data are committed, the shuffles use a fixed seed,
//! and the model is written in key order without timestamps. The test split is not
//! read here.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use tidings_syntax::conllu;
use tidings_syntax::train::{self, Settings};

fn arg<T: std::str::FromStr>(args: &[String], name: &str) -> Result<Option<T>> {
    match args.iter().position(|a| a == name) {
        Some(i) => {
            let v = args.get(i + 1).with_context(|| format!("{name} needs a value"))?;
            Ok(Some(v.parse().map_err(|_| anyhow::anyhow!("bad value for {name}: {v}"))?))
        }
        None => Ok(None),
    }
}

pub fn train(root: &Path, args: &[String]) -> Result<()> {
    let dir = root.join("eval/syntax/ud-english-ewt");
    let read = |name: &str| -> Result<Vec<conllu::GoldSentence>> {
        let text = crate::read_text(&dir.join(name))?;
        conllu::parse(&text).map_err(|e| anyhow::anyhow!("{name}: {e}"))
    };
    let mut train_set = read("en_ewt-ud-train.conllu.gz")?;
    let dev = read("en_ewt-ud-dev.conllu.gz")?;
    if !args.iter().any(|a| a == "--no-gum") {
        let path = root.join("eval/syntax/gum/gum-open-train.conllu.gz");
        let gum = conllu::parse(&crate::read_text(&path)?).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        eprintln!("train-syntax: {} EWT + {} GUM (open licence) training sentences", train_set.len(), gum.len());
        train_set.extend(gum);
    }
    let dev2 = match arg::<String>(args, "--dev2")? {
        Some(p) => {
            let text = crate::read_text(Path::new(&p))?;
            Some(conllu::parse(&text).map_err(|e| anyhow::anyhow!("{p}: {e}"))?)
        }
        None => None,
    };
    let mut devs: Vec<(&str, &[conllu::GoldSentence])> = vec![("EWT dev", &dev)];
    if let Some(d) = &dev2 {
        devs.push(("dev2", d));
    }
    let mut s = Settings::default();
    if let Some(n) = arg(args, "--epochs")? {
        s.parser_epochs = n;
    }
    if let Some(n) = arg(args, "--tagger-epochs")? {
        s.tagger_epochs = n;
    }
    if let Some(n) = arg(args, "--prune")? {
        s.prune_parser = n;
    }
    if let Some(n) = arg(args, "--flags")? {
        s.flags = n;
    }
    if let Some(n) = arg(args, "--beam")? {
        s.beam = n;
    }
    if let Some(n) = arg(args, "--explore-from")? {
        s.explore_from = n;
    }
    eprintln!("train-syntax: {s:?}");
    let t0 = Instant::now();
    let model =
        train::train(&train_set, &devs, &s, &mut |line| eprintln!("[{:>6.1}s] {line}", t0.elapsed().as_secs_f64()));
    let bytes = model.to_gzip();
    let out = match arg::<String>(args, "--out")? {
        Some(p) => root.join(p),
        None => root.join("crates/syntax/data/syntax.model.gz"),
    };
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    if out == root.join(crate::inputs::SYNTAX.model) {
        crate::inputs::write(root, &crate::inputs::SYNTAX)?;
    }
    let [(tf, te), (pf, pe)] = model.sizes();
    eprintln!(
        "wrote {} ({:.2} MB; tagger {tf} features/{te} weights, parser {pf} features/{pe} weights) in {:.0}s",
        out.display(),
        bytes.len() as f64 / 1e6,
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `train-sentences [--epochs N] [--out FILE]`: trains the learned sentence splitter of
/// the syntax path (`tidings_syntax::sentences`) on the raw text of UD English EWT train
/// and the open GUM train documents (both committed), reports sentence-end precision
/// and recall on EWT dev against `tidings_text`'s rule in the same run, and writes
/// `crates/syntax/data/sentences.model.gz`. Deterministic (fixed seed, key order).
pub fn train_sentences(root: &Path, args: &[String]) -> Result<()> {
    use tidings_syntax::sentences;
    let read = |path: &Path| -> Result<Vec<conllu::GoldSentence>> {
        conllu::parse(&crate::read_text(path)?).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    };
    let dir = root.join("eval/syntax/ud-english-ewt");
    let mut train_set = read(&dir.join("en_ewt-ud-train.conllu.gz"))?;
    train_set.extend(read(&root.join("eval/syntax/gum/gum-open-train.conllu.gz"))?);
    let dev = read(&dir.join("en_ewt-ud-dev.conllu.gz"))?;
    let epochs = arg(args, "--epochs")?.unwrap_or(6);
    let t0 = Instant::now();
    let splitter = sentences::train(&train_set, epochs, 7);
    let (mut gold, mut rule, mut learned, mut rule_ok, mut learned_ok) = (0, 0, 0, 0, 0);
    for (text, ends) in sentences::raw_documents(&dev) {
        let tokens = tidings_text::tokenize(&text);
        gold += ends.len();
        for s in tidings_text::split_sentences(&text, &tokens) {
            rule += 1;
            rule_ok += usize::from(ends.contains(&s.end));
        }
        for s in splitter.split(&text, &tokens) {
            learned += 1;
            learned_ok += usize::from(ends.contains(&s.end));
        }
    }
    let f1 = |ok: usize, sys: usize| 2.0 * ok as f64 / (gold + sys).max(1) as f64;
    eprintln!(
        "train-sentences: EWT dev: {gold} sentence ends; rule F1 {:.4} ({rule_ok}/{rule}), learned F1 {:.4} \
         ({learned_ok}/{learned})",
        f1(rule_ok, rule),
        f1(learned_ok, learned)
    );
    let bytes = splitter.to_gzip();
    let out = match arg::<String>(args, "--out")? {
        Some(p) => root.join(p),
        None => root.join("crates/syntax/data/sentences.model.gz"),
    };
    std::fs::write(&out, &bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} bytes) in {:.0}s", out.display(), bytes.len(), t0.elapsed().as_secs_f64());
    Ok(())
}
