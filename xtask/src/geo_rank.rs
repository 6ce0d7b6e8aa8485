//! `cargo xtask train-geo [--synthetic N] [--epochs N] [--test]`: trains the toponym
//! ranker of `tidings-geo` (`crates/geo/data/ranker.tsv`, see `tidings_geo::rank`).
//!
//! Training data:
//! - the train splits of the Wikinews toponym set (`eval/geo/wikinews/train.jsonl`, from
//!   MEANTIME) and of the GUM toponym set (`eval/geo/gum/train.jsonl`: news, interviews,
//!   biographies, travel guides, academic and court texts; see their READMEs), each
//!   document's context read by the pipeline;
//! - synthetic documents made from the bundled gazetteer with a fixed seed: an
//!   ambiguous name whose reading is drawn (half the time by population, half the time
//!   uniformly among its namesakes), among 0–4 other toponyms that locate it (towns of
//!   its first-level division, the division, the country) or not (a large town
//!   anywhere), sometimes a qualifier or a nationality word for its country; in one
//!   document of ten the true reading is taken out of the gazetteer's candidates, so the
//!   right answer is "no reading" (a village the gazetteer lacks).
//!
//! The model is a conditional logit over each toponym's options (its credible readings
//! and "none"), fitted by full-batch gradient descent with AdaGrad steps and L2, from zero
//! weights, in a fixed order: the artifact is the same byte for byte on every run.
//!
//! Two models are fitted, with and without the synthetic documents, and the one that
//! resolves more dev toponyms within 161 km is written. Then it scores, in the same run,
//! the new model, the heuristic resolver and the naive most-populous lookup on the dev
//! sets (`eval/geo/wikinews/dev.jsonl`, `eval/geo/gum/dev.jsonl` and our own gold
//! `eval/geo/gold.jsonl`, which the heuristic was tuned on and the ranker never trained
//! on). `--test` also scores the sealed test splits of both sets once (summary only).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::Result;
use tidings_eval::geo::{cases, label_of, Case, GoldReading};
use tidings_geo::rank::{self, Choice, Model, DIM};
use tidings_geo::{Gazetteer, Kind, Toponym};
use tidings_model::Span;

use crate::ner::Rng;

#[derive(Clone)]
struct Example {
    options: Vec<[f64; DIM]>,
    label: usize,
    weight: f64,
}

pub(crate) fn train(root: &Path, args: &[String]) -> Result<()> {
    let synthetic = crate::number_arg(args, "--synthetic", 8000)?;
    let epochs = crate::number_arg(args, "--epochs", 400)?;
    let gaz = Gazetteer::bundled();
    let wikinews = root.join("eval/geo/wikinews");
    let gum = root.join("eval/geo/gum");
    let mut real_examples = Vec::new();
    let mut real = 0;
    for path in [wikinews.join("train.jsonl"), gum.join("train.jsonl")] {
        real += examples_of(gaz, &cases(&path)?, REAL_WEIGHT, &mut real_examples);
    }
    let dev_sets = vec![
        ("dev: eval/geo/wikinews/dev.jsonl", cases(&wikinews.join("dev.jsonl"))?),
        ("dev: eval/geo/gum/dev.jsonl", cases(&gum.join("dev.jsonl"))?),
        ("dev: eval/geo/gold.jsonl (heuristic tuned on it)", cases(&root.join("eval/geo/gold.jsonl"))?),
    ];
    // Model choice on the dev sets: with or without the synthetic documents.
    let mut best: Option<(usize, usize, Model)> = None;
    for n in [0, synthetic] {
        let mut examples: Vec<Example> = real_examples.iter().map(Example::clone).collect();
        let synth = synthetic_examples(gaz, n, &mut examples);
        let model = fit(&examples, epochs);
        let within: usize = dev_sets.iter().map(|(_, cs)| score(gaz, cs, &model, 0).within).sum();
        eprintln!("train-geo: {real} real toponyms (Wikinews + GUM train), {synth} synthetic: {within} dev toponyms within 161 km");
        if best.as_ref().is_none_or(|b| within > b.0) {
            best = Some((within, synth, model));
        }
        if synthetic == 0 {
            break;
        }
    }
    let (_, synth, model) = best.expect("one model is fitted");
    let header = format!(
        "Toponym ranker weights (tidings_geo::rank), written by `cargo xtask train-geo`.\n\
         Trained on {real} toponyms of eval/geo/wikinews/train.jsonl and eval/geo/gum/train.jsonl (weight\n\
         {REAL_WEIGHT}) and {synth} synthetic documents from the bundled gazetteer (0 or {synthetic}, chosen on\n\
         the dev sets); conditional logit, {epochs} AdaGrad epochs, L2 {L2}."
    );
    std::fs::write(root.join("crates/geo/data/ranker.tsv"), model.write(&header))?;
    let mut sets = dev_sets;
    if args.iter().any(|a| a == "--test") {
        sets.push(("TEST (sealed): eval/geo/wikinews/test.jsonl", cases(&wikinews.join("test.jsonl"))?));
        sets.push(("TEST (sealed): eval/geo/gum/test.jsonl", cases(&gum.join("test.jsonl"))?));
    }
    println!(
        "{:70} {:>5} {:>8} {:>8} {:>9} {:>7} {:>6} {:>5}",
        "set / resolver (gold spans)", "n", "acc@161", "acc all", "mean km", "exact", "AUC", "amb."
    );
    for (name, cs) in &sets {
        for (label, r) in [("ranker (new)", 0), ("heuristic (shipped)", 1), ("naive most populous", 2)] {
            let s = score(gaz, cs, &model, r);
            println!(
                "{:70} {:>5} {:>8.3} {:>8.3} {:>9.1} {:>7.3} {:>6.3} {:>5}",
                format!("{name} — {label}"),
                s.n,
                s.within as f64 / s.matched.max(1) as f64,
                s.within as f64 / s.n.max(1) as f64,
                s.km / s.measured.max(1) as f64,
                s.exact as f64 / s.matched.max(1) as f64,
                s.auc_right / s.auc_pairs.max(1) as f64,
                s.ambiguous
            );
        }
    }
    Ok(())
}

/// The weight of a real toponym against a synthetic one.
const REAL_WEIGHT: f64 = 4.0;

const L2: f64 = 1e-3;

/// The training examples of gold cases; returns how many toponyms were added.
fn examples_of(gaz: &Gazetteer, cs: &[Case], weight: f64, out: &mut Vec<Example>) -> usize {
    let before = out.len();
    for c in cs {
        let opts = rank::options(gaz, &c.toponyms, &c.named, &c.guessed);
        for (o, g) in opts.iter().zip(&c.gold) {
            if o.shared.is_some() || o.options.len() < 2 {
                continue;
            }
            if let Some(label) = label_of(gaz, &o.options, g) {
                out.push(Example { options: o.options.iter().map(|o| o.x).collect(), label, weight });
            }
        }
    }
    out.len() - before
}

fn synthetic_examples(gaz: &Gazetteer, n: usize, out: &mut Vec<Example>) -> usize {
    let mut rng = Rng(0x7469_6469_6e67_7367);
    let mut float = move || (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
    // Ambiguous town names, towns by first-level division, and large towns.
    let mut ambiguous: Vec<u32> = Vec::new();
    let mut by_admin1: BTreeMap<(String, String), Vec<u32>> = BTreeMap::new();
    let mut large: Vec<u32> = Vec::new();
    let mut seen: HashMap<String, ()> = HashMap::new();
    for i in 0..gaz.len() as u32 {
        let e = gaz.entry(i);
        if e.kind != Kind::City {
            continue;
        }
        if e.population >= 1000 && !e.admin1.is_empty() {
            by_admin1.entry((e.country.clone(), e.admin1.clone())).or_default().push(i);
        }
        if e.population >= 200_000 {
            large.push(i);
        }
        let k = tidings_geo::key(&e.name);
        if seen.insert(k, ()).is_none() && gaz.lookup(&e.name).len() >= 2 {
            ambiguous.push(i);
        }
    }
    let pick = |r: f64, len: usize| ((r * len as f64) as usize).min(len.saturating_sub(1));
    let mut added = 0;
    for _ in 0..n {
        let a = gaz.entry(ambiguous[pick(float(), ambiguous.len())]);
        let readings = gaz.lookup(&a.name);
        // The reading the author meant: by population half the time, else uniformly.
        let target = if float() < 0.5 {
            let total: f64 = readings.iter().map(|&i| gaz.entry(i).population as f64 + 1.0).sum();
            let mut r = float() * total;
            let mut chosen = readings[readings.len() - 1];
            for &i in &readings {
                r -= gaz.entry(i).population as f64 + 1.0;
                if r <= 0.0 {
                    chosen = i;
                    break;
                }
            }
            chosen
        } else {
            readings[pick(float(), readings.len())]
        };
        let t = gaz.entry(target);
        let mut names: Vec<String> = Vec::new();
        let mut countries: HashMap<String, usize> = HashMap::new();
        for _ in 0..pick(float(), 5) {
            let r = float();
            let division = by_admin1.get(&(t.country.clone(), t.admin1.clone()));
            let name = if r < 0.35 && t.kind != Kind::Country {
                division.map(|d| gaz.entry(d[pick(float(), d.len())]).name.clone())
            } else if r < 0.5 && matches!(t.kind, Kind::City | Kind::Admin2) {
                gaz.admin1_of(t).map(|d| d.name.clone())
            } else if r < 0.7 {
                gaz.country(&t.country).map(|c| c.name.clone())
            } else {
                Some(gaz.entry(large[pick(float(), large.len())]).name.clone())
            };
            if let Some(name) = name.filter(|n| tidings_geo::key(n) != tidings_geo::key(&a.name)) {
                if let Some(c) = gaz.lookup(&name).into_iter().map(|i| gaz.entry(i)).find(|e| e.kind == Kind::Country) {
                    *countries.entry(c.country.clone()).or_default() += 1;
                }
                names.push(name);
            }
        }
        if float() < 0.3 && !t.country.is_empty() {
            *countries.entry(t.country.clone()).or_default() += 1;
        }
        if float() < 0.15 {
            let other = gaz.entry(large[pick(float(), large.len())]);
            *countries.entry(other.country.clone()).or_default() += 1;
        }
        let qualifier = if float() < 0.1 && t.kind == Kind::City {
            gaz.admin1_of(t).map(|d| d.name.clone()).or_else(|| gaz.country(&t.country).map(|c| c.name.clone()))
        } else {
            None
        };
        let at = pick(float(), names.len() + 1);
        names.insert(at, a.name.clone());
        let mut text = String::new();
        let mut toponyms = Vec::new();
        for (k, name) in names.iter().enumerate() {
            if k > 0 {
                text.push_str(" and ");
            }
            let start = text.len();
            text.push_str(name);
            let q = if k == at { qualifier.clone() } else { None };
            toponyms.push(Toponym {
                span: Span::of(&text, start, text.len()),
                qualifier: q,
                office: false,
                after_name: false,
                holds_previous: false,
            });
        }
        let absent = float() < 0.1;
        let opts = rank::options(gaz, &toponyms, &countries, &HashMap::new());
        let mut options: Vec<Choice> = opts[at].options.clone();
        if absent {
            options.retain(|o| o.entry != Some(target));
        }
        let label = options.iter().position(|o| o.entry == Some(target)).unwrap_or(options.len().saturating_sub(1));
        if options.len() < 2 || opts[at].shared.is_some() {
            continue;
        }
        out.push(Example { options: options.iter().map(|o| o.x).collect(), label, weight: 1.0 });
        added += 1;
    }
    added
}

/// Conditional logit by full-batch gradient descent with AdaGrad steps.
fn fit(examples: &[Example], epochs: usize) -> Model {
    let mut w = [0.0f64; DIM];
    let mut g2 = [1e-8f64; DIM];
    let total: f64 = examples.iter().map(|e| e.weight).sum();
    for _ in 0..epochs {
        let mut grad = [0.0f64; DIM];
        for ex in examples {
            let scores: Vec<f64> = ex.options.iter().map(|x| w.iter().zip(x).map(|(w, x)| w * x).sum()).collect();
            let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let z: f64 = scores.iter().map(|s| (s - max).exp()).sum();
            for (k, x) in ex.options.iter().enumerate() {
                let p = (scores[k] - max).exp() / z;
                let y = if k == ex.label { 1.0 } else { 0.0 };
                for j in 0..DIM {
                    grad[j] += ex.weight * (p - y) * x[j];
                }
            }
        }
        for j in 0..DIM {
            let g = grad[j] / total + L2 * w[j];
            g2[j] += g * g;
            w[j] -= 0.5 * g / g2[j].sqrt();
        }
    }
    // Rounded as written, so the model used below is the one committed.
    Model::parse(&Model { w }.write("")).expect("a written model reads back")
}

#[derive(Default)]
struct Score {
    n: usize,
    matched: usize,
    within: usize,
    km: f64,
    /// Matched toponyms with a gold point (the others are places the gazetteer lacks).
    measured: usize,
    exact: usize,
    auc_right: f64,
    auc_pairs: usize,
    ambiguous: usize,
}

/// Scores a resolver (0 the model, 1 the heuristic, 2 the most populous reading) on the
/// gold spans of `cs`: accuracy within 161 km and mean error over resolved toponyms,
/// exact ids, and the pairwise ranking AUC over toponyms with two or more readings.
fn score(gaz: &Gazetteer, cs: &[Case], model: &Model, resolver: u8) -> Score {
    let mut s = Score::default();
    let margin = rank::FEATURES.iter().position(|f| *f == "heuristic.margin").unwrap_or(0);
    for c in cs {
        let opts = rank::options(gaz, &c.toponyms, &c.named, &c.guessed);
        let readings: Vec<Option<u32>> = match resolver {
            0 => rank::resolve(gaz, &c.toponyms, &c.named, &c.guessed, model),
            1 => tidings_geo::resolve_with_guesses(gaz, &c.toponyms, &c.named, &c.guessed),
            _ => c.toponyms.iter().map(|t| tidings_eval::geo::most_populous(gaz, &t.span.text)).collect(),
        };
        for (k, (r, g)) in readings.iter().zip(&c.gold).enumerate() {
            s.n += 1;
            if let Some(e) = r.map(|i| gaz.entry(i)) {
                s.matched += 1;
                // A place the gazetteer lacks: any reading is wrong (and has no distance).
                if let Some(d) = g.km(e) {
                    s.km += d;
                    s.measured += 1;
                    s.within += usize::from(d <= 161.0);
                    s.exact += usize::from(e.id == g.geonames_id);
                }
            }
            let o = &opts[opts[k].shared.unwrap_or(k)].options;
            auc(gaz, o, g, &mut s, &|x| match resolver {
                0 => model.score(x),
                1 => x[margin],
                _ => x[4],
            });
        }
    }
    s
}

fn auc(gaz: &Gazetteer, o: &[Choice], g: &GoldReading, s: &mut Score, f: &dyn Fn(&[f64; DIM]) -> f64) {
    let Some(label) = label_of(gaz, o, g) else { return };
    if o[label].entry.is_none() || o.iter().filter(|x| x.entry.is_some()).count() < 2 {
        return;
    }
    s.ambiguous += 1;
    let gold = f(&o[label].x);
    for (_, x) in o.iter().enumerate().filter(|(k, x)| *k != label && x.entry.is_some()) {
        let v = f(&x.x);
        s.auc_pairs += 1;
        s.auc_right += if gold > v {
            1.0
        } else if gold == v {
            0.5
        } else {
            0.0
        };
    }
}
