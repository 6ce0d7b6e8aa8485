//! Training the tagger and the parser from treebank sentences (`cargo xtask
//! train-syntax` reads the files and writes the model; this module is the learning).
//!
//! - Tagger: greedy left-to-right averaged perceptron, `tagger_epochs` passes over
//!   the shuffled training sentences.
//! - The parser is trained on *predicted* tags, by jackknifing: the training set is cut
//!   into `folds` parts, each tagged by a tagger trained on the others.
//! - Parser: arc-hybrid with the dynamic oracle; after `explore_from` epochs the
//!   trainer follows its own wrong prediction with probability `explore` (error
//!   exploration), so it learns to recover from its mistakes.
//! - Beam parser (`beam` > 1): the same system and features, trained as a structured
//!   perceptron over whole transition sequences with max-violation updates (Huang et
//!   al. 2012; beam search as in Zhang and Nivre 2011), decoded with the same beam.
//!
//! Deterministic: a fixed-seed shuffle per epoch, fixed hashing, sorted labels, and
//! weights written in key order.

use std::collections::BTreeMap;

use crate::conllu::GoldSentence;
use crate::features::{self, Lex};
use crate::perceptron::Trainer;
use crate::system::{self, State};
use crate::{allowed, nodes, Model, Upos};

/// Training settings (chosen on EWT dev; see eval/REPORT.md).
#[derive(Debug, Clone)]
pub struct Settings {
    pub tagger_epochs: usize,
    pub parser_epochs: usize,
    pub folds: usize,
    pub explore_from: usize,
    pub explore: f64,
    pub seed: u64,
    /// Quantized weights below this magnitude are dropped (a smaller model; on EWT
    /// dev, 400/500 halve the model with no loss, 800 for the parser costs 0.5 LAS).
    pub prune_tagger: i16,
    pub prune_parser: i16,
    /// Feature flags of the trained model (`crate::TAGGER_CLUSTERS`, `crate::PARSER_CLUSTERS`).
    /// Tagger clusters by default: on EWT dev +0.5 raw-text LAS for 2-6 % of the speed;
    /// the parser's cluster features add another +0.4 but cost a quarter of the speed.
    pub flags: u8,
    /// Beam width of the parser (see [`crate::BEAM_SHIFT`]); 0 or 1 trains the greedy
    /// parser with the dynamic oracle (best at 9 epochs), more a globally trained beam
    /// parser.
    pub beam: usize,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            tagger_epochs: 8,
            parser_epochs: 9,
            folds: 4,
            explore_from: 2,
            explore: 0.9,
            seed: 7,
            prune_tagger: 400,
            prune_parser: 500,
            flags: crate::TAGGER_CLUSTERS,
            beam: 0,
        }
    }
}

/// A fixed-seed generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// A training sentence in the learners' terms.
struct Example {
    lex: Vec<Lex>,
    tags: Vec<u8>,
    /// Projectivized gold heads and labels, indexed from 1 (entry 0 unused).
    heads: Vec<usize>,
    labels: Vec<u16>,
}

fn examples(sents: &[GoldSentence], labels: &[String], clusters: bool) -> Vec<Example> {
    sents
        .iter()
        .map(|s| {
            let mut heads = vec![0];
            heads.extend(s.words.iter().map(|w| w.head));
            system::projectivize(&mut heads);
            let mut lab = vec![0u16];
            lab.extend(s.words.iter().map(|w| labels.binary_search(&w.deprel).unwrap_or(0) as u16));
            Example {
                lex: s.words.iter().map(|w| Lex::new(&w.form, clusters)).collect(),
                tags: s.words.iter().map(|w| Upos::parse(&w.upos).unwrap_or(Upos::X) as u8).collect(),
                heads,
                labels: lab,
            }
        })
        .collect()
}

/// First parts of hyphenated words that the treebank keeps whole more often than it
/// splits them ("e" of "e-mail"), lower-case and sorted.
pub fn kept_hyphen_prefixes(sents: &[GoldSentence]) -> Vec<String> {
    let mut count: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for s in sents {
        for (i, w) in s.words.iter().enumerate() {
            let chars: Vec<char> = w.form.chars().collect();
            if let Some(p) = chars.iter().position(|&c| c == '-') {
                if p > 0 && p + 1 < chars.len() && chars[p - 1].is_alphanumeric() && chars[p + 1].is_alphanumeric() {
                    let first: String = chars[..p].iter().collect::<String>().to_lowercase();
                    count.entry(first).or_default().0 += 1;
                }
            }
            if w.form == "-" && i > 0 && i + 1 < s.words.len() && !s.words[i - 1].space_after && !w.space_after {
                let prev = &s.words[i - 1].form;
                if prev.chars().last().is_some_and(char::is_alphanumeric)
                    && s.words[i + 1].form.chars().next().is_some_and(char::is_alphanumeric)
                {
                    count.entry(prev.to_lowercase()).or_default().1 += 1;
                }
            }
        }
    }
    count.into_iter().filter(|(_, (kept, split))| kept > split).map(|(p, _)| p).collect()
}

fn train_tagger(data: &[&Example], epochs: usize, clusters: bool, rng: &mut Rng) -> Trainer {
    let mut t = Trainer::new(Upos::ALL.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; Upos::ALL.len()];
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = data[k];
            let mut prev = Vec::with_capacity(ex.lex.len());
            for i in 0..ex.lex.len() {
                features::tagger(&ex.lex, i, &prev, clusters, &mut feats);
                t.score(&feats, &mut scores);
                let guess = crate::argmax(&scores, |_| true);
                t.update(&feats, ex.tags[i] as usize, guess);
                t.tick();
                prev.push(guess as u8);
            }
        }
    }
    t
}

/// Tag accuracy, UAS and LAS of `model` on gold-tokenized sentences.
pub fn score(model: &Model, sents: &[GoldSentence]) -> (f64, f64, f64) {
    let (mut n, mut tags, mut uas, mut las) = (0usize, 0usize, 0usize, 0usize);
    for s in sents {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let a = model.analyze(&forms);
        for (i, w) in s.words.iter().enumerate() {
            n += 1;
            tags += usize::from(a.upos[i].as_str() == w.upos);
            if a.heads[i] == w.head {
                uas += 1;
                las += usize::from(model.labels()[a.labels[i] as usize] == w.deprel);
            }
        }
    }
    let n = n.max(1) as f64;
    (tags as f64 / n, uas as f64 / n, las as f64 / n)
}

/// Trains both models. `log` receives progress lines (scores on each named dev set
/// per parser epoch).
pub fn train(
    train: &[GoldSentence],
    devs: &[(&str, &[GoldSentence])],
    s: &Settings,
    log: &mut dyn FnMut(String),
) -> Model {
    let labels: Vec<String> = {
        let mut l: Vec<String> = train.iter().flat_map(|x| x.words.iter().map(|w| w.deprel.clone())).collect();
        l.sort();
        l.dedup();
        l
    };
    let keep = kept_hyphen_prefixes(train);
    log(format!("{} sentences, {} relations, {} kept hyphen prefixes", train.len(), labels.len(), keep.len()));
    let mut data = examples(train, &labels, s.flags & (crate::TAGGER_CLUSTERS | crate::PARSER_CLUSTERS) != 0);
    let mut rng = Rng(s.seed);
    let tc = s.flags & crate::TAGGER_CLUSTERS != 0;
    let pc = s.flags & crate::PARSER_CLUSTERS != 0;

    // Jackknifed tags for the parser.
    let mut predicted: Vec<Vec<u8>> = vec![Vec::new(); data.len()];
    for f in 0..s.folds {
        let part: Vec<&Example> = data.iter().enumerate().filter(|(i, _)| i % s.folds != f).map(|(_, e)| e).collect();
        let tagger = train_tagger(&part, s.tagger_epochs, tc, &mut rng).averaged(s.prune_tagger);
        let m = Model::new(
            labels.clone(),
            keep.clone(),
            tagger,
            crate::perceptron::Trainer::new(1 + 2 * labels.len()).averaged(0),
            s.flags,
        );
        let (mut right, mut all) = (0, 0);
        for (i, ex) in data.iter().enumerate().filter(|(i, _)| i % s.folds == f) {
            predicted[i] = m.tag_lex(&ex.lex);
            right += predicted[i].iter().zip(&ex.tags).filter(|(a, b)| a == b).count();
            all += ex.tags.len();
        }
        log(format!("fold {f}: jackknifed tag accuracy {:.4}", right as f64 / all.max(1) as f64));
    }
    let all: Vec<&Example> = data.iter().collect();
    let tagger = train_tagger(&all, s.tagger_epochs, tc, &mut rng).averaged(s.prune_tagger);
    let root = labels.binary_search(&"root".to_string()).unwrap_or(0);
    for (ex, p) in data.iter_mut().zip(predicted) {
        ex.tags = p;
    }

    let classes = 1 + 2 * labels.len();
    let beam = s.beam.clamp(1, 15);
    let flags = s.flags | if beam > 1 { (beam as u8) << crate::BEAM_SHIFT } else { 0 };
    let mut t = Trainer::new(classes);
    let mut search = Search::default();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; classes];
    let mut costs = Vec::new();
    let mut model = None;
    for epoch in 0..s.parser_epochs {
        rng.shuffle(&mut order);
        let (mut errors, mut steps) = (0usize, 0usize);
        for &k in &order {
            let ex = &data[k];
            let nodes = nodes(&ex.lex, &ex.tags);
            if beam > 1 {
                let (e, n) = search.train(&mut t, ex, &nodes, pc, beam, root, classes);
                errors += e;
                steps += n;
                continue;
            }
            let mut st = State::new(ex.lex.len());
            while !st.terminal() {
                features::parser(&st.context(&nodes), pc, &mut feats);
                t.score(&feats, &mut scores);
                let guess = crate::argmax(&scores, |c| allowed(&st, c, root));
                st.costs(&ex.heads, &ex.labels, classes, &mut costs);
                let zero = |c: usize| costs[c] == Some(0) && allowed(&st, c, root);
                let truth = if (0..classes).any(zero) {
                    crate::argmax(&scores, zero)
                } else {
                    // Gold unreachable under the root constraint: the cheapest allowed.
                    let min = (0..classes).filter(|&c| allowed(&st, c, root)).filter_map(|c| costs[c]).min();
                    crate::argmax(&scores, |c| allowed(&st, c, root) && costs[c] == min)
                };
                t.update(&feats, truth, guess);
                t.tick();
                steps += 1;
                let follow = if guess != truth {
                    errors += 1;
                    if epoch >= s.explore_from && rng.unit() < s.explore {
                        guess
                    } else {
                        truth
                    }
                } else {
                    truth
                };
                st.apply(follow);
            }
        }
        let m = Model::new(labels.clone(), keep.clone(), tagger.clone(), t.averaged(s.prune_parser), flags);
        let mut line = format!("epoch {}: train errors {:.4}", epoch + 1, errors as f64 / steps.max(1) as f64);
        for (name, dev) in devs {
            let (tag, uas, las) = score(&m, dev);
            line.push_str(&format!("; {name} UPOS {tag:.4} UAS {uas:.4} LAS {las:.4}"));
        }
        log(line);
        model = Some(m);
    }
    model.unwrap_or_else(|| Model::new(labels, keep, tagger, t.averaged(s.prune_parser), flags))
}

/// One transition of a sequence in the beam: the one before (or `START`), its class,
/// and the features of the state it was taken in (a range of `Search::feats`).
struct Step {
    parent: usize,
    class: usize,
    feats: (usize, usize),
}

const START: usize = usize::MAX;

/// A sequence in the beam: its state, summed score, last step, and whether it is
/// still the gold sequence.
struct Item {
    st: State,
    score: f64,
    step: usize,
    gold: bool,
}

/// Buffers of the global (beam) training of the parser.
#[derive(Default)]
struct Search {
    feats: Vec<u32>,
    steps: Vec<Step>,
}

impl Search {
    /// Beam search over one sentence with the gold sequence followed alongside (at each
    /// step the best-scoring zero-cost allowed transition); then a max-violation update
    /// (Huang et al. 2012): at the step where the beam's best sequence, not gold, leads
    /// the gold prefix by the most, the gold prefix's transitions are rewarded and the
    /// best one's penalized from where they part. Returns (1 if updated, 1).
    #[allow(clippy::too_many_arguments)]
    fn train(
        &mut self,
        t: &mut Trainer,
        ex: &Example,
        nodes: &[crate::features::Node],
        pc: bool,
        width: usize,
        root: usize,
        classes: usize,
    ) -> (usize, usize) {
        self.feats.clear();
        self.steps.clear();
        let mut feats = Vec::new();
        let mut scores = vec![0f32; classes];
        let mut costs = Vec::new();
        let mut gold = State::new(ex.lex.len());
        let (mut gold_score, mut gold_step) = (0f64, START);
        let mut beam = vec![Item { st: State::new(ex.lex.len()), score: 0.0, step: START, gold: true }];
        let mut ranges = Vec::with_capacity(width);
        let mut top = Vec::with_capacity(width + 1);
        // (violation, best's step, gold's step)
        let mut worst: Option<(f64, usize, usize)> = None;
        while !gold.terminal() {
            features::parser(&gold.context(nodes), pc, &mut feats);
            t.score(&feats, &mut scores);
            gold.costs(&ex.heads, &ex.labels, classes, &mut costs);
            let zero = |c: usize| costs[c] == Some(0) && allowed(&gold, c, root);
            let truth = if (0..classes).any(zero) {
                crate::argmax(&scores, zero)
            } else {
                let min = (0..classes).filter(|&c| allowed(&gold, c, root)).filter_map(|c| costs[c]).min();
                crate::argmax(&scores, |c| allowed(&gold, c, root) && costs[c] == min)
            };
            let a = self.feats.len();
            self.feats.extend_from_slice(&feats);
            self.steps.push(Step { parent: gold_step, class: truth, feats: (a, self.feats.len()) });
            gold_step = self.steps.len() - 1;
            gold_score += f64::from(scores[truth]);
            gold.apply(truth);

            top.clear();
            ranges.clear();
            for (i, it) in beam.iter().enumerate() {
                features::parser(&it.st.context(nodes), pc, &mut feats);
                t.score(&feats, &mut scores);
                let a = self.feats.len();
                self.feats.extend_from_slice(&feats);
                ranges.push((a, self.feats.len()));
                for (c, &sc) in scores.iter().enumerate() {
                    if allowed(&it.st, c, root) {
                        crate::push_top(&mut top, width, (it.score + f64::from(sc), i, c));
                    }
                }
            }
            let mut next = Vec::with_capacity(width);
            for &(score, i, c) in &top {
                let mut st = beam[i].st.clone();
                st.apply(c);
                self.steps.push(Step { parent: beam[i].step, class: c, feats: ranges[i] });
                next.push(Item { st, score, step: self.steps.len() - 1, gold: beam[i].gold && c == truth });
            }
            beam = next;
            if !beam[0].gold {
                let v = beam[0].score - gold_score;
                if worst.is_none_or(|w| v > w.0) {
                    worst = Some((v, beam[0].step, gold_step));
                }
            }
        }
        let Some((_, best, truth)) = worst else {
            t.tick();
            return (0, 1);
        };
        let (p, g) = (self.chain(best), self.chain(truth));
        let from = p.iter().zip(&g).position(|(a, b)| self.steps[*a].class != self.steps[*b].class).unwrap_or(p.len());
        for (&a, &b) in p[from..].iter().zip(&g[from..]) {
            let (sa, sb) = (&self.steps[a], &self.steps[b]);
            t.add(&self.feats[sa.feats.0..sa.feats.1], &[(sa.class, -1.0)]);
            t.add(&self.feats[sb.feats.0..sb.feats.1], &[(sb.class, 1.0)]);
        }
        t.tick();
        (1, 1)
    }

    /// The steps of the sequence ending at `step`, first to last.
    fn chain(&self, mut step: usize) -> Vec<usize> {
        let mut out = Vec::new();
        while step != START {
            out.push(step);
            step = self.steps[step].parent;
        }
        out.reverse();
        out
    }
}
