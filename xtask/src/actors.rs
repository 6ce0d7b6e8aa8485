//! `cargo xtask train-actors [--out PATH]`: trains the learned choice of an event's sides
//! (`tidings_events::ActorModel`) on the train splits `train-events` reads: the
//! annotators' notes (ids not ending in 1) and the coded RAMS passages
//! (`eval/events/rams/train.jsonl`), and writes `crates/events/data/actors.model.gz`.
//! Not the current-events items `train-events` also reads: with them the sides fell on
//! three dev sets (notes actor2 0.660 → 0.629, gold actor1 0.705 → 0.695, RAMS dev actor1
//! 0.596 → 0.577; eval/REPORT.md, "A training split of real current-events items").
//!
//! The bundled pipeline codes every training document with the rules naming the sides
//! and records each event's candidate sides (`ActorChoice::Collect`). Gold events are
//! matched to the coded events as `tidings eval events` matches them; for each matched
//! event and side, the candidates whose name agrees with the gold side by the
//! evaluation's lenient match (`tidings_events::same_name`; no actor for no actor) are
//! the right ones. A side no candidate gets right teaches nothing and is left out.
//! Documents are read in sorted order and the perceptrons shuffle with fixed seeds, so
//! the artifact is the same byte for byte on every run. The model is the mean of
//! [`SEEDS`] perceptrons for each of [`BAGS`] folds of the documents left out in turn
//! (bagging: steadier when the training input changes).
//!
//! For measurement: `--epochs N`, `--rams-weight N` (copies of each RAMS choice),
//! `--fill-only` (train only on the sides the rules leave empty), `--leave-out K` (train
//! without every tenth document from the K-th: how far the model moves when its input
//! changes a little, as a retrained NER or events model changes it), `--unreached` (print the
//! training sides no candidate gets right), `--seeds N` (perceptrons averaged; 5, each
//! shuffled by its own fixed seed: one perceptron's dev scores moved by ±2 pairs with
//! the shuffle; `--first-seed I` starts them at I), `--bag N` (folds of the documents
//! each left out in turn, every fold's perceptrons averaged; [`BAGS`]), `--min-count N`
//! (features seen in fewer than N choices dropped), `--sides` (with `--oracle`, every
//! matched side's candidates and
//! choices), and `--oracle FILE` (a
//! development file or the notes directory: how many sides some candidate gets right,
//! the others printed; nothing is trained).

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use tidings_events::{ActorChoice, ActorModel, Choice};
use tidings_pipeline::{Input, Pipeline};
use tidings_text::Segmented;

use crate::events::{is_dev, match_gold, read_files, read_notes, training_documents};

/// Passes over the choices.
const EPOCHS: usize = 10;
/// Copies of each choice of a RAMS passage (real news; the notes are written for the
/// project and outnumber them).
const RAMS_WEIGHT: usize = 1;
/// Perceptrons averaged, each with its own shuffle.
const SEEDS: usize = 5;
/// Folds of the training documents: the model is the mean of the seeds' perceptrons
/// trained without each fold in turn (bagging). Over eight retrains (folds of the
/// documents left out, other shuffles) the dev sets' right sides moved by a standard
/// deviation of 0.85 pairs per side with one fold and 0.57 with ten, and the ten-fold
/// mean was 3 pairs higher (of 1094 sides).
const BAGS: usize = 10;

pub fn train(root: &Path, args: &[String]) -> Result<()> {
    let started = Instant::now();
    let out = match args.iter().position(|a| a == "--out") {
        Some(i) => std::path::PathBuf::from(args.get(i + 1).context("--out needs a path")?),
        None => root.join(crate::inputs::ACTORS.model),
    };
    let number = |flag: &str, default: usize| crate::number_arg(args, flag, default);
    let epochs = number("--epochs", EPOCHS)?;
    let rams_weight = number("--rams-weight", RAMS_WEIGHT)?;
    let fill_only = args.iter().any(|a| a == "--fill-only");
    // `--unreached`: print the sides no candidate gets right while training, too.
    let unreached = args.iter().any(|a| a == "--unreached");
    // `--sides` (with `--oracle`): one SIDE line per matched side (document, side, sub-type,
    // gold, the rules' pick, the other gold side, the model's four best candidates with
    // the right ones starred, every right candidate, trigger, country, the shipped
    // choice's side) and one RULE line (the rules' pick's label and kind), for reading
    // where sides are lost.
    let print_sides = args.iter().any(|a| a == "--sides");
    let docs = training_documents(root, &[crate::events::RAMS_TRAIN])?;
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
        None => docs.iter().collect(),
    };
    // `--leave-out K`: train without every tenth document from the K-th, to measure how
    // far the model moves when its training input changes a little (as a retrained NER
    // or events model changes it).
    let train: Vec<_> = match args.iter().position(|a| a == "--leave-out") {
        Some(_) => {
            let k = number("--leave-out", 0)?;
            train.into_iter().enumerate().filter(|(i, _)| i % 10 != k).map(|(_, n)| n).collect()
        }
        None => train,
    };
    let pipeline = Pipeline::bundled().with_actor_choice(ActorChoice::Collect);
    let mut choices = Vec::new();
    let (mut sides, mut reachable, mut rule_right) = (0usize, 0usize, 0usize);
    // The training document of each choice, for `--bag`.
    let mut doc_of: Vec<usize> = Vec::new();
    for (d, n) in train.iter().enumerate() {
        let input =
            Input { id: Some(n.id.clone()), text: n.text.clone(), published: n.published.clone(), ..Input::default() };
        let (ex, candidates) = pipeline.actor_candidates(&input);
        let text = &ex.document.text;
        if *text != n.text {
            anyhow::bail!("{}: text is not normalized", n.id);
        }
        let seg = Segmented::new(text);
        let matched = match_gold(&seg, &ex.events, &n.events);
        // With `--sides`: the shipped pipeline's events and their gold matches.
        let learned = (oracle.is_some() && print_sides).then(|| {
            let ex2 = Pipeline::bundled().extract(&input);
            let m2 = match_gold(&seg, &ex2.events, &n.events);
            (ex2, m2)
        });
        let final_of = |g: &crate::events::Gold, k: usize| -> Option<Option<String>> {
            let (ex2, m2) = learned.as_ref()?;
            let i = m2.iter().position(|x| x.is_some_and(|x| std::ptr::eq(x, g)))?;
            let e = &ex2.events[i];
            Some([&e.actor1, &e.actor2][k].as_ref().map(|a| a.name.clone()))
        };
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
                if oracle.is_some() && print_sides {
                    let model = ActorModel::bundled();
                    let mut order: Vec<usize> = (0..cands.len()).collect();
                    order.sort_by(|&a, &b| {
                        model.score(&cands[b].features[k]).total_cmp(&model.score(&cands[a].features[k]))
                    });
                    let top: Vec<String> = order
                        .iter()
                        .take(4)
                        .map(|&i| {
                            format!("{}{}", cands[i].name.as_deref().unwrap_or("-"), if right[i] { "*" } else { "" })
                        })
                        .collect();
                    let rights: Vec<&str> = cands
                        .iter()
                        .zip(&right)
                        .filter(|(_, r)| **r)
                        .map(|(c, _)| c.name.as_deref().unwrap_or("-"))
                        .collect();
                    let other_gold = if k == 0 { &g.actor2 } else { &g.actor1 };
                    let trig = e.evidence.first().map(|s| s.text.as_str()).unwrap_or("");
                    println!(
                        "SIDE\t{}\t{}\t{}\t{:?}\t{:?}\t{:?}\t{:?}\t{:?}\t{}\t{:?}\t{:?}",
                        n.id,
                        k + 1,
                        e.sub_event_type,
                        gold,
                        rule.as_ref().map(|a| a.name.as_str()),
                        other_gold,
                        top,
                        rights,
                        trig,
                        e.location.as_ref().and_then(|l| l.country.clone()),
                        final_of(g, k),
                    );
                    if let Some(c) =
                        cands.iter().find(|c| rule.as_ref().is_some_and(|r| c.name.as_deref() == Some(r.name.as_str())))
                    {
                        println!("RULE\t{:?}\t{:?}", c.label, c.kind);
                    } else {
                        println!("RULE\tNone\tNone");
                    }
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
                doc_of.extend(std::iter::repeat_n(d, copies));
            }
        }
    }
    let coded = started.elapsed();
    if oracle.is_some() {
        eprintln!("{sides} matched sides, the rules right on {rule_right}, a right candidate for {reachable}");
        return Ok(());
    }
    // `--seeds N`: the average of N perceptrons, each shuffled by its own fixed seed
    // (`--first-seed I`: seeds I.., for measuring how far the shuffle moves the scores).
    // `--bag N`: each of N folds of the training documents left out in turn, the seeds'
    // perceptrons of every fold averaged ([`BAGS`]; 1: all documents at once). `--min-count N`: features seen in fewer than N
    // choices are dropped before training.
    let seeds = number("--seeds", SEEDS)?;
    let first_seed = number("--first-seed", 0)? as u64;
    let bags = number("--bag", BAGS)?;
    let min_count = number("--min-count", 1)?;
    if min_count > 1 {
        let mut seen: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
        for c in &choices {
            let mut fs: Vec<u64> = c.candidates.iter().flatten().copied().collect();
            fs.sort_unstable();
            fs.dedup();
            for f in fs {
                *seen.entry(f).or_default() += 1;
            }
        }
        for c in &mut choices {
            for f in &mut c.candidates {
                f.retain(|k| seen[k] >= min_count);
            }
        }
    }
    let mut sum: std::collections::BTreeMap<u64, f64> = std::collections::BTreeMap::new();
    for b in 0..bags {
        let kept: Vec<Choice> = if bags == 1 {
            choices.clone()
        } else {
            choices.iter().zip(&doc_of).filter(|(_, d)| **d % bags != b).map(|(c, _)| c.clone()).collect()
        };
        for i in first_seed..first_seed + seeds as u64 {
            for (k, w) in tidings_events::train_actors(&kept, epochs, 0x5eed_00a1 + 0x1000 * i) {
                *sum.entry(k).or_default() += f64::from(w);
            }
        }
    }
    let runs = (seeds * bags) as f64;
    let weights: Vec<(u64, f32)> = sum.into_iter().map(|(k, w)| (k, (w / runs) as f32)).collect();
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
