//! `cargo xtask train-actors [--out PATH]`: trains the learned choice of an event's sides
//! (`tidings_events::ActorModel`) on the train splits `train-events` reads: the
//! annotators' notes (ids not ending in 1) and the coded RAMS passages
//! (`eval/events/rams/train.jsonl`), and writes `crates/events/data/actors.model.gz`.
//!
//! The bundled pipeline codes every training document with the rules naming the sides
//! and records each event's candidate sides (`ActorChoice::Collect`). Gold events are
//! matched to the coded events as `tidings eval events` matches them; for each matched
//! event and side, the candidates whose name agrees with the gold side by the
//! evaluation's lenient match (`tidings_events::same_name`; no actor for no actor) are
//! the right ones. A side no candidate gets right teaches nothing and is left out.
//! Documents are read in sorted order and the perceptron shuffles with a fixed seed, so
//! the artifact is the same byte for byte on every run.
//!
//! For measurement: `--epochs N`, `--rams-weight N` (copies of each RAMS choice),
//! `--fill-only` (train only on the sides the rules leave empty), `--unreached` (print the
//! training sides no candidate gets right), and `--oracle FILE` (a
//! development file or the notes directory: how many sides some candidate gets right,
//! the others printed; nothing is trained).

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use tidings_events::{ActorChoice, ActorModel, Choice};
use tidings_pipeline::{Input, Pipeline};
use tidings_text::Segmented;

use crate::events::{is_dev, match_gold, read_files, read_notes};

/// Passes over the choices.
const EPOCHS: usize = 10;
/// Copies of each choice of a RAMS passage (real news; the notes are written for the
/// project and outnumber them).
const RAMS_WEIGHT: usize = 1;

pub fn train(root: &Path, args: &[String]) -> Result<()> {
    let started = Instant::now();
    let out = match args.iter().position(|a| a == "--out") {
        Some(i) => std::path::PathBuf::from(args.get(i + 1).context("--out needs a path")?),
        None => root.join("crates/events/data/actors.model.gz"),
    };
    let number = |flag: &str, default: usize| -> Result<usize> {
        match args.iter().position(|a| a == flag) {
            Some(i) => Ok(args.get(i + 1).context("a number")?.parse()?),
            None => Ok(default),
        }
    };
    let epochs = number("--epochs", EPOCHS)?;
    let rams_weight = number("--rams-weight", RAMS_WEIGHT)?;
    let fill_only = args.iter().any(|a| a == "--fill-only");
    // `--unreached`: print the sides no candidate gets right while training, too.
    let unreached = args.iter().any(|a| a == "--unreached");
    let notes = read_notes(&root.join("eval/events/notes"))?;
    let rams = read_files([root.join("eval/events/rams/train.jsonl")])?;
    // `--oracle FILE`: on a development file, how many sides some candidate gets right
    // (the ceiling of the choice), printing the others; nothing is trained.
    let oracle = args.iter().position(|a| a == "--oracle").and_then(|i| args.get(i + 1));
    let dev = match oracle {
        Some(f) if Path::new(f).is_dir() => read_notes(Path::new(f))?.into_iter().filter(|n| is_dev(&n.id)).collect(),
        Some(f) => read_files([std::path::PathBuf::from(f)])?,
        None => Vec::new(),
    };
    let train: Vec<_> = match oracle {
        Some(_) => dev.iter().collect(),
        None => notes.iter().filter(|n| !is_dev(&n.id)).chain(&rams).collect(),
    };
    let pipeline = Pipeline::bundled().with_actor_choice(ActorChoice::Collect);
    let mut choices = Vec::new();
    let (mut sides, mut reachable, mut rule_right) = (0usize, 0usize, 0usize);
    for n in &train {
        let input =
            Input { id: Some(n.id.clone()), text: n.text.clone(), published: n.published.clone(), ..Input::default() };
        let (ex, candidates) = pipeline.actor_candidates(&input);
        let text = &ex.document.text;
        if *text != n.text {
            anyhow::bail!("{}: text is not normalized", n.id);
        }
        let seg = Segmented::new(text);
        let matched = match_gold(&seg, &ex.events, &n.events);
        for ((e, g), cands) in ex.events.iter().zip(&matched).zip(&candidates) {
            let Some(g) = g else { continue };
            for (k, (gold, rule)) in [(&g.actor1, &e.actor1), (&g.actor2, &e.actor2)].into_iter().enumerate() {
                sides += 1;
                rule_right +=
                    usize::from(tidings_events::same_name(gold.as_deref(), rule.as_ref().map(|a| a.name.as_str())));
                let right: Vec<bool> =
                    cands.iter().map(|c| tidings_events::same_name(gold.as_deref(), c.name.as_deref())).collect();
                if fill_only && rule.is_some() {
                    continue;
                }
                if !right.iter().any(|&r| r) {
                    if oracle.is_some() || unreached {
                        let names: Vec<&str> = cands.iter().filter_map(|c| c.name.as_deref()).collect();
                        eprintln!("UNREACHED actor{} gold {gold:?} among {names:?}", k + 1);
                    }
                    continue;
                }
                reachable += 1;
                let choice = Choice { candidates: cands.iter().map(|c| c.features[k].clone()).collect(), right };
                let copies = if n.id.starts_with("rams-") { rams_weight } else { 1 };
                choices.extend(std::iter::repeat_n(choice, copies));
            }
        }
    }
    let coded = started.elapsed();
    if oracle.is_some() {
        eprintln!("{sides} matched sides, the rules right on {rule_right}, a right candidate for {reachable}");
        return Ok(());
    }
    let weights = tidings_events::train_actors(&choices, epochs, 0x5eed_00a1);
    let model = ActorModel::write(&weights);
    eprintln!(
        "{} training documents: {} matched sides, the rules right on {}, a right candidate for {} ({} choices); {} weighted features; coding {:.1}s, total {:.1}s",
        train.len(),
        sides,
        rule_right,
        reachable,
        choices.len(),
        model.lines().count() - 1,
        coded.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    crate::write_gz(&out, &model)?;
    if out == root.join(crate::inputs::ACTORS.model) {
        crate::inputs::write(root, &crate::inputs::ACTORS)?;
    }
    Ok(())
}
