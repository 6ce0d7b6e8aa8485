//! `cargo xtask train-events [--fraction F] [--out PATH]`: trains the event coder's
//! classifiers (`tidings_events::learned`) on the annotators' notes, train split (ids not
//! ending in 1; `eval/events/notes/README.md`), on the coded real news passages of RAMS,
//! train split (`eval/events/rams/train.jsonl`, CC BY-SA 4.0), and on the coded items of
//! Wikipedia's current events, train split (`eval/events/portal/train.jsonl` and, from
//! its other sections, `other-train.jsonl`, CC BY-SA 4.0; [`TRAINING_FILES`]), and writes
//! `crates/events/data/events.model.gz` (or `PATH`; `--fraction` keeps that share of the
//! training documents, chosen by a hash of their ids, for the learning curve).
//!
//! The rules alone code every training document; each event they code becomes a
//! relabelling example (the gold sub-type of the gold event it matches, as the evaluation
//! matches them, else `NONE`: on the mostly event-free RAMS passages these are the
//! invented events the check must learn to drop), and every content word of the document
//! a recovery example (the gold sub-type when the word lies in a gold trigger, else
//! `NONE`), and a news-of-the-day example (`learned::NEWSDAY_LABELS`: `NONE` when it
//! matches no gold event, else `NEWS` or `BACKGROUND` as the gold event is marked; its
//! features `tidings_events::newsday_features`). Features seen in fewer than [`MIN_COUNT`] examples are pruned. Files,
//! documents, labels and features are read in sorted order and the perceptron shuffles
//! with fixed seeds, so the artifact is the same byte for byte on every run. Each
//! classifier is the mean of [`SEEDS`] averaged perceptrons, each shuffled by its own seed
//! (`--seeds N`, `--first-seed I` for measuring how much the shuffle moves the scores).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::Value;
use tidings_events::learned::{self, Example, Model, NONE};
use tidings_pipeline::{Input, Pipeline};
use tidings_text::Segmented;

/// Passes over the examples.
const EPOCHS: usize = 12;
/// A feature must occur in this many training examples to be kept.
const MIN_COUNT: usize = 3;
/// Perceptrons averaged per classifier, each shuffled by its own fixed seed: one
/// perceptron's news-of-the-day F1 moved by about ±0.01 on the dev sets with the shuffle.
const SEEDS: usize = 5;
/// A mean weight below this in magnitude is dropped: the mean of five runs holds the
/// labels each run alone updated (recovery 412k weights for one run, 687k for the mean of
/// five, 452k above 0.2), and they moved no dev score.
const FLOOR: f32 = 0.2;

/// The coded real-text training files besides the notes: RAMS passages and current-events
/// items, train splits (never the dev or test files of those sets). `train-actors` reads
/// the first only.
pub(crate) const TRAINING_FILES: [&str; 3] = [RAMS_TRAIN, PORTAL_TRAIN, OTHER_TRAIN];
/// The coded RAMS passages, train split.
pub(crate) const RAMS_TRAIN: &str = "eval/events/rams/train.jsonl";
/// The coded current-events items, train split.
pub(crate) const PORTAL_TRAIN: &str = "eval/events/portal/train.jsonl";
/// The coded items of the current events' other sections (disasters, business, sports
/// …), train split: mostly no event, deaths by accident and illness among them.
pub(crate) const OTHER_TRAIN: &str = "eval/events/portal/other-train.jsonl";
/// The annotators' notes (train split: ids not ending in 1, [`is_dev`]).
pub(crate) const NOTES_DIR: &str = "eval/events/notes";

/// The training documents: the notes' train split, then the coded `files`.
pub(crate) fn training_documents(root: &Path, files: &[&str]) -> Result<Vec<Note>> {
    let mut docs: Vec<Note> = read_notes(&root.join(NOTES_DIR))?.into_iter().filter(|n| !is_dev(&n.id)).collect();
    docs.extend(read_files(files.iter().map(|f| root.join(f)))?);
    Ok(docs)
}

pub(crate) struct Gold {
    pub label: String,
    plover: String,
    pub start: usize,
    pub end: usize,
    background: bool,
    /// The gold sides (`cargo xtask train-actors`).
    pub actor1: Option<String>,
    pub actor2: Option<String>,
}

pub(crate) struct Note {
    pub id: String,
    pub published: Option<String>,
    pub text: String,
    pub events: Vec<Gold>,
}

/// The dev split of the notes: ids ending in 1.
pub fn is_dev(id: &str) -> bool {
    id.ends_with('1')
}

pub(crate) fn read_notes(dir: &Path) -> Result<Vec<Note>> {
    read_files(note_files(dir)?)
}

/// The coded notes' files of `dir` (`notes-*.jsonl`), in name order.
pub(crate) fn note_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("notes-") && n.ends_with(".jsonl"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The coded documents of JSON-lines files in the format of `eval/events/gold.jsonl`.
pub(crate) fn read_files(files: impl IntoIterator<Item = std::path::PathBuf>) -> Result<Vec<Note>> {
    let mut notes = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).with_context(|| format!("{}: bad line", file.display()))?;
            let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(String::from);
            let events = v["events"]
                .as_array()
                .map(|a| a.as_slice())
                .unwrap_or_default()
                .iter()
                .map(|e| Gold {
                    label: format!(
                        "{}|{}",
                        s(e, "event_type").unwrap_or_default(),
                        s(e, "sub_event_type").unwrap_or_default()
                    ),
                    plover: s(e, "plover").unwrap_or_default(),
                    start: e["evidence"]["start"].as_u64().unwrap_or(0) as usize,
                    end: e["evidence"]["end"].as_u64().unwrap_or(0) as usize,
                    background: e.get("background").and_then(Value::as_bool).unwrap_or(false),
                    actor1: s(e, "actor1"),
                    actor2: s(e, "actor2"),
                })
                .collect();
            notes.push(Note {
                id: s(&v, "id").context("note without id")?,
                published: s(&v, "published"),
                text: s(&v, "text").context("note without text")?,
                events,
            });
        }
    }
    Ok(notes)
}

/// Gold events matched to coded `events` as `tidings eval events` matches them: an
/// overlapping evidence span first, else the same event type in the same sentence, else
/// the same sentence; each coded event takes at most one gold event.
pub(crate) fn match_gold<'g>(
    seg: &Segmented,
    events: &[tidings_model::Event],
    gold: &'g [Gold],
) -> Vec<Option<&'g Gold>> {
    let sentence = |o: usize| seg.sentence_at(o);
    let mut matched: Vec<Option<&Gold>> = vec![None; events.len()];
    for g in gold {
        let overlap = |i: usize| events[i].evidence.iter().any(|e| e.start < g.end && g.start < e.end);
        let in_sentence = |i: usize| events[i].evidence.iter().any(|e| sentence(e.start) == sentence(g.start));
        let same_type = |i: usize| in_sentence(i) && g.label.split('|').next() == Some(events[i].event_type.as_str());
        let free = |i: &usize| matched[*i].is_none();
        let found = (0..events.len())
            .filter(free)
            .find(|&i| overlap(i))
            .or_else(|| (0..events.len()).filter(free).find(|&i| same_type(i)))
            .or_else(|| (0..events.len()).filter(free).find(|&i| in_sentence(i)));
        if let Some(i) = found {
            matched[i] = Some(g);
        }
    }
    matched
}

/// Whether a training document falls in the kept share `fraction` (a hash of its id).
fn kept(id: &str, fraction: f64) -> bool {
    let mut h = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    // splitmix64's finalizer: FNV's high bits are poorly mixed for ids that differ late.
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    ((h >> 11) as f64 / (1u64 << 53) as f64) < fraction
}

pub fn train(root: &Path, args: &[String]) -> Result<()> {
    let started = Instant::now();
    let fraction: f64 = match args.iter().position(|a| a == "--fraction") {
        Some(i) => args.get(i + 1).context("--fraction needs a number")?.parse()?,
        None => 1.0,
    };
    let out = match args.iter().position(|a| a == "--out") {
        Some(i) => std::path::PathBuf::from(args.get(i + 1).context("--out needs a path")?),
        None => root.join(crate::inputs::EVENTS.model),
    };
    let docs = training_documents(root, &TRAINING_FILES)?;
    let train: Vec<&Note> = docs.iter().filter(|n| fraction >= 1.0 || kept(&n.id, fraction)).collect();
    // Labels: NONE, then every gold label of the train split, sorted; PLOVER: the one the
    // annotators give the label most often (ties: the first in order).
    let mut counts: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for n in &train {
        for e in &n.events {
            *counts.entry(&e.label).or_default().entry(&e.plover).or_default() += 1;
        }
    }
    let mut labels = vec![NONE.to_string()];
    let mut plover = vec!["-".to_string()];
    for (label, p) in &counts {
        labels.push(label.to_string());
        let best = p.iter().fold(None, |acc: Option<(&str, usize)>, (k, &c)| match acc {
            Some((_, b)) if b >= c => acc,
            _ => Some((k, c)),
        });
        plover.push(best.map_or("-", |b| b.0).to_string());
    }
    let index = |l: &str| labels.iter().position(|x| x == l).unwrap_or(0) as u16;
    // The rules alone, also for the sides: the events model runs before the sides are
    // chosen, so the learned choice is not what it sees at run time, and reading it here
    // would make this model depend on the actors model, which is trained after it.
    let pipeline = Pipeline::bundled().with_events_model(None).with_actor_choice(tidings_events::ActorChoice::Rules);
    let (mut relabel, mut recover, mut newsday) = (Vec::new(), Vec::new(), Vec::new());
    for n in &train {
        let input =
            Input { id: Some(n.id.clone()), text: n.text.clone(), published: n.published.clone(), ..Input::default() };
        let ex = pipeline.extract(&input);
        let text = &ex.document.text;
        if *text != n.text {
            anyhow::bail!("{}: text is not normalized", n.id);
        }
        let seg = Segmented::new(text);
        let cues = learned::DocCues::new(text, &seg);
        // Match gold events to the rules' events as `tidings eval events` does.
        let matched = match_gold(&seg, &ex.events, &n.events);
        let anchor = n.published.as_deref().and_then(tidings_time::Anchor::parse);
        for (i, (e, m)) in ex.events.iter().zip(&matched).enumerate() {
            if let Some(features) = tidings_events::event_features(text, &seg, &cues, e) {
                relabel.push(Example { features, label: m.map_or(0, |g| index(&g.label)) });
            }
            if let Some(features) = tidings_events::newsday_features(text, &seg, &cues, &ex.events, i, anchor) {
                // NONE, NEWS, BACKGROUND (`learned::NEWSDAY_LABELS`).
                newsday.push(Example { features, label: m.map_or(0, |g| if g.background { 2 } else { 1 }) });
            }
        }
        for (k, i, features) in tidings_events::recovery_candidates(text, &seg) {
            let t = &seg.tokens[seg.sentences[k].tokens.clone()][i];
            let gold = n.events.iter().find(|g| g.start <= t.start && t.end <= g.end);
            recover.push(Example { features, label: gold.map_or(0, |g| index(&g.label)) });
        }
    }
    let coded = started.elapsed();
    learned::prune(&mut relabel, MIN_COUNT);
    learned::prune(&mut recover, MIN_COUNT + 1);
    learned::prune(&mut newsday, MIN_COUNT);
    // `--seeds N`: each classifier the mean of N perceptrons, the i-th shuffled by its base
    // seed + 0x1000 i (`--first-seed I` starts at the I-th, for measuring the spread).
    let number = |flag: &str, default: usize| crate::number_arg(args, flag, default);
    let (seeds, first) = (number("--seeds", SEEDS)?.max(1) as u64, number("--first-seed", 0)? as u64);
    let mean = |examples: &[Example], labels: usize, base: u64| {
        let runs: Vec<learned::Weights> =
            (first..first + seeds).map(|i| learned::train(examples, labels, EPOCHS, base + 0x1000 * i)).collect();
        learned::mean(&runs, if seeds > 1 { FLOOR } else { 0.0 })
    };
    let model = Model {
        relabel: mean(&relabel, labels.len(), 0x5eed_0001),
        recover: mean(&recover, labels.len(), 0x5eed_0002),
        newsday: mean(&newsday, learned::NEWSDAY_LABELS.len(), 0x5eed_0003),
        labels,
        plover,
    };
    eprintln!(
        "{} training documents ({} RAMS passages, {} current-events items): {} relabelling examples, {} recovery examples, {} news-of-the-day examples ({} news, {} background); {} + {} + {} weighted features; coding {:.1}s, total {:.1}s",
        train.len(),
        train.iter().filter(|n| n.id.starts_with("rams-")).count(),
        train.iter().filter(|n| n.id.starts_with("portal-")).count(),
        relabel.len(),
        recover.len(),
        newsday.len(),
        newsday.iter().filter(|e| e.label == 1).count(),
        newsday.iter().filter(|e| e.label == 2).count(),
        model.relabel.len(),
        model.recover.len(),
        model.newsday.len(),
        coded.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    crate::write_gz(&out, &model.write())?;
    // The bundled model (not a --out or --fraction experiment) records what it read.
    if out == root.join(crate::inputs::EVENTS.model) && fraction >= 1.0 {
        crate::inputs::write(root, &crate::inputs::EVENTS)?;
    }
    Ok(())
}
