//! The learned part of the coder: two averaged-perceptron classifiers over sparse,
//! hashed features of a trigger and its sentence, trained by `cargo xtask train-events`
//! on the annotators' notes (`eval/events/notes`, train split) and embedded as
//! `data/events.model.gz`.
//!
//! - **relabel** reads an event the rules coded (its first trigger, its sentence and the
//!   rules' sub-type) and gives its ACLED sub-type, or `NONE` when the rules' event is no
//!   event (a generic mention, commentary, history).
//! - **recover** reads any content word of a sentence and says whether it reports an
//!   event and of which sub-type; the coder asks it only where the rules found nothing.
//!
//! Training and coding share [`features`], so both see the same inputs.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use tidings_text::Token;

/// The label of "no event".
pub const NONE: &str = "NONE";

static BUNDLED: &[u8] = include_bytes!("../data/events.model.gz");

/// Sparse weights: feature hash → (label, weight).
#[derive(Debug, Default, Clone)]
pub struct Weights(HashMap<u64, Vec<(u16, f32)>>);

impl Weights {
    /// Scores of every label for a bag of features.
    pub fn scores(&self, features: &[u64], labels: usize) -> Vec<f32> {
        let mut out = vec![0.0; labels];
        for f in features {
            if let Some(ws) = self.0.get(f) {
                for &(l, w) in ws {
                    if let Some(s) = out.get_mut(usize::from(l)) {
                        *s += w;
                    }
                }
            }
        }
        out
    }

    /// Number of features with a weight.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The two classifiers with their label set ("Event type|Sub-event type", `NONE` first).
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub labels: Vec<String>,
    /// The PLOVER category the training codes give each label most often.
    pub plover: Vec<String>,
    pub relabel: Weights,
    pub recover: Weights,
}

/// A label's decision: the best label and how far it leads `NONE` (or `NONE` the best
/// event label, negative).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decision {
    /// The best label other than `NONE`.
    pub label: usize,
    /// Its score minus the score of `NONE`.
    pub margin: f32,
}

impl Model {
    /// The model compiled into the binary.
    pub fn bundled() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            let mut s = String::new();
            flate2::read::GzDecoder::new(BUNDLED).read_to_string(&mut s).expect("bundled events model is gzip UTF-8");
            Model::parse(&s).expect("bundled events model parses")
        })
    }

    fn decide(&self, weights: &Weights, features: &[u64]) -> Option<Decision> {
        let scores = weights.scores(features, self.labels.len());
        let (label, best) =
            scores.iter().enumerate().skip(1).fold(None, |acc: Option<(usize, f32)>, (i, &s)| match acc {
                Some((_, b)) if b >= s => acc,
                _ => Some((i, s)),
            })?;
        Some(Decision { label, margin: best - scores[0] })
    }

    /// The relabelling classifier's decision on a coded event.
    pub fn relabel(&self, features: &[u64]) -> Option<Decision> {
        self.decide(&self.relabel, features)
    }

    /// The recovery classifier's decision on a word.
    pub fn recover(&self, features: &[u64]) -> Option<Decision> {
        self.decide(&self.recover, features)
    }

    /// A label's index.
    pub fn label(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == name)
    }

    /// (event type, sub-event type, PLOVER) of a label.
    pub fn codes(&self, label: usize) -> (&str, &str, &str) {
        let l = self.labels[label].as_str();
        let (t, s) = l.split_once('|').unwrap_or((l, l));
        (t, s, self.plover[label].as_str())
    }

    /// Writes the model as text (sorted, so the same model gives the same bytes).
    pub fn write(&self) -> String {
        let mut out = String::from("tidings-events-model 1\n");
        out.push_str(&format!("labels\t{}\n", self.labels.join("\t")));
        out.push_str(&format!("plover\t{}\n", self.plover.join("\t")));
        for (name, w) in [("relabel", &self.relabel), ("recover", &self.recover)] {
            let mut keys: Vec<&u64> = w.0.keys().collect();
            keys.sort_unstable();
            out.push_str(&format!("model\t{name}\t{}\n", keys.len()));
            for k in keys {
                let ws: Vec<String> = w.0[k].iter().map(|(l, v)| format!("{l}:{v:.3}")).collect();
                out.push_str(&format!("{k:016x}\t{}\n", ws.join(" ")));
            }
        }
        out
    }

    /// Reads [`Model::write`]'s text.
    pub fn parse(text: &str) -> Option<Model> {
        let mut lines = text.lines();
        if lines.next()? != "tidings-events-model 1" {
            return None;
        }
        let labels: Vec<String> = lines.next()?.strip_prefix("labels\t")?.split('\t').map(String::from).collect();
        let plover: Vec<String> = lines.next()?.strip_prefix("plover\t")?.split('\t').map(String::from).collect();
        let mut model = Model { labels, plover, ..Model::default() };
        let mut current: Option<&mut Weights> = None;
        for line in lines {
            if let Some(rest) = line.strip_prefix("model\t") {
                current = Some(match rest.split('\t').next()? {
                    "relabel" => &mut model.relabel,
                    "recover" => &mut model.recover,
                    _ => return None,
                });
                continue;
            }
            let (key, ws) = line.split_once('\t')?;
            let key = u64::from_str_radix(key, 16).ok()?;
            let ws = ws
                .split(' ')
                .map(|p| {
                    let (l, v) = p.split_once(':')?;
                    Some((l.parse().ok()?, v.parse().ok()?))
                })
                .collect::<Option<Vec<(u16, f32)>>>()?;
            current.as_mut()?.0.insert(key, ws);
        }
        (model.labels.len() == model.plover.len() && model.labels.first().map(String::as_str) == Some(NONE))
            .then_some(model)
    }
}

/// FNV-1a of a feature's name.
fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// A crude lemma: lower case, digits as `0`, common inflections cut ("clashed",
/// "clashes", "clashing" → "clash").
pub fn lemma(word: &str) -> String {
    let w = word.to_lowercase();
    if w.chars().any(|c| c.is_ascii_digit()) {
        return "0".into();
    }
    let n = w.chars().count();
    for (suffix, min, add) in [("ies", 5, "y"), ("ing", 6, ""), ("ed", 5, ""), ("es", 5, ""), ("s", 4, "")] {
        if n >= min && w.ends_with(suffix) && !w.ends_with("ss") {
            let mut stem = w[..w.len() - suffix.len()].to_string();
            stem.push_str(add);
            return stem;
        }
    }
    w
}

/// Function words and punctuation: never a trigger the recovery classifier reads.
pub fn is_content(word: &str) -> bool {
    const STOP: &[&str] = &[
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "and",
        "or",
        "to",
        "by",
        "with",
        "for",
        "from",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "it",
        "its",
        "their",
        "his",
        "her",
        "as",
        "after",
        "before",
        "near",
        "into",
        "who",
        "which",
        "they",
        "he",
        "she",
        "we",
        "i",
        "said",
        "says",
        "say",
        "told",
        "according",
        "also",
        "but",
        "not",
        "no",
        "than",
        "there",
        "some",
        "two",
        "three",
        "one",
        "several",
        "least",
        "up",
        "out",
        "over",
        "about",
        "local",
        "residents",
        "officials",
        "official",
        "police",
        "army",
        "forces",
        "troops",
        "people",
        "sources",
        "reported",
        "reportedly",
        "later",
        "next",
        "day",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    word.chars().any(char::is_alphabetic) && !STOP.contains(&word.to_lowercase().as_str())
}

/// The features of the trigger `a..b` (token indices into `tokens`, one sentence) and,
/// for the relabelling classifier, the sub-type the rules gave it.
pub fn features(text: &str, tokens: &[Token], a: usize, b: usize, rule: Option<&str>) -> Vec<u64> {
    let n = tokens.len();
    let (a, b) = (a.min(n), b.min(n).max(a.min(n)));
    let lemmas: Vec<String> = tokens.iter().map(|t| lemma(t.text(text))).collect();
    let at = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else {
            lemmas.get(i as usize).map_or("</s>", String::as_str)
        }
    };
    let mut f = vec![hash(&["bias"])];
    let trigger: Vec<&str> = lemmas[a..b].iter().map(String::as_str).collect();
    let head = trigger.first().copied().unwrap_or("<none>");
    for t in &trigger {
        f.push(hash(&["t", t]));
    }
    f.push(hash(&["tp", &trigger.join(" ")]));
    let (ai, bi) = (a as isize, b as isize);
    f.push(hash(&["l1", at(ai - 1)]));
    f.push(hash(&["l2", at(ai - 2), at(ai - 1)]));
    f.push(hash(&["r1", at(bi)]));
    f.push(hash(&["r2", at(bi), at(bi + 1)]));
    f.push(hash(&["l1t", at(ai - 1), head]));
    f.push(hash(&["tr1", head, at(bi)]));
    for l in &lemmas[a.saturating_sub(6)..(b + 6).min(n)] {
        f.push(hash(&["w", l]));
    }
    for (i, l) in lemmas.iter().enumerate() {
        f.push(hash(&["s", l]));
        if i + 1 < n {
            f.push(hash(&["sb", l, &lemmas[i + 1]]));
        }
    }
    let caps = tokens[a..b].iter().any(|t| t.text(text).chars().next().is_some_and(char::is_uppercase));
    if caps {
        f.push(hash(&["cap"]));
    }
    if let Some(rule) = rule {
        f.push(hash(&["r", rule]));
        f.push(hash(&["rt", rule, head]));
        for l in &lemmas[a.saturating_sub(6)..(b + 6).min(n)] {
            f.push(hash(&["rw", rule, l]));
        }
    }
    f.sort_unstable();
    f.dedup();
    f
}

/// One training example.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<u64>,
    pub label: u16,
}

/// Trains an averaged perceptron: `epochs` passes over the examples in an order
/// shuffled by a fixed-seed generator, so the same examples give the same weights.
pub fn train(examples: &[Example], labels: usize, epochs: usize, seed: u64) -> Weights {
    let mut w: HashMap<u64, Vec<f32>> = HashMap::new();
    let mut total: HashMap<u64, Vec<f32>> = HashMap::new();
    let mut stamp: HashMap<u64, Vec<u64>> = HashMap::new();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed | 1;
    let mut clock: u64 = 0;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &k in &order {
            clock += 1;
            let ex = &examples[k];
            let mut scores = vec![0.0f32; labels];
            for f in &ex.features {
                if let Some(ws) = w.get(f) {
                    for (s, x) in scores.iter_mut().zip(ws) {
                        *s += x;
                    }
                }
            }
            let guess = (0..labels).fold(0, |best, l| if scores[l] > scores[best] { l } else { best });
            let gold = usize::from(ex.label);
            if guess == gold {
                continue;
            }
            for f in &ex.features {
                let ws = w.entry(*f).or_insert_with(|| vec![0.0; labels]);
                let tot = total.entry(*f).or_insert_with(|| vec![0.0; labels]);
                let st = stamp.entry(*f).or_insert_with(|| vec![0; labels]);
                for (l, delta) in [(gold, 1.0f32), (guess, -1.0f32)] {
                    tot[l] += (clock - st[l]) as f32 * ws[l];
                    st[l] = clock;
                    ws[l] += delta;
                }
            }
        }
    }
    let mut out = HashMap::new();
    for (f, ws) in &w {
        let (tot, st) = (&total[f], &stamp[f]);
        let avg: Vec<(u16, f32)> = (0..labels)
            .filter_map(|l| {
                let v = (tot[l] + (clock - st[l]) as f32 * ws[l]) / clock.max(1) as f32;
                // Rounded as the artifact stores them, so training and coding agree.
                let v = (v * 1000.0).round() / 1000.0;
                (v != 0.0).then_some((l as u16, v))
            })
            .collect();
        if !avg.is_empty() {
            out.insert(*f, avg);
        }
    }
    Weights(out)
}

impl Weights {
    /// Weights from raw parts (for tests and training).
    pub fn from_map(map: HashMap<u64, Vec<(u16, f32)>>) -> Weights {
        Weights(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_model_holds_both_classifiers() {
        let m = Model::bundled();
        assert!(m.labels.len() > 20, "{:?}", m.labels);
        assert_eq!(m.labels[0], NONE);
        assert!(!m.relabel.is_empty() && !m.recover.is_empty());
        let clash = m.label("Battles|Armed clash").unwrap();
        assert_eq!(m.codes(clash), ("Battles", "Armed clash", "ASSAULT"));
    }

    #[test]
    fn lemmas_cut_inflections() {
        assert_eq!(lemma("Clashed"), "clash");
        assert_eq!(lemma("clashes"), "clash");
        assert_eq!(lemma("shelling"), "shell");
        assert_eq!(lemma("militias"), "militia");
        assert_eq!(lemma("1,200"), "0");
        assert_eq!(lemma("boss"), "boss");
    }

    #[test]
    fn features_are_safe_on_edges() {
        let text = "Kabul";
        let seg = tidings_text::Segmented::new(text);
        assert!(!features(text, &seg.tokens, 0, 1, Some("x")).is_empty());
        assert!(!features(text, &seg.tokens, 1, 1, None).is_empty());
        assert!(!features("", &[], 0, 0, None).is_empty());
    }

    #[test]
    fn a_trained_model_separates_what_it_saw_and_round_trips() {
        let text = "Rebels clashed with troops. Crowds marched peacefully.";
        let seg = tidings_text::Segmented::new(text);
        let s0 = &seg.tokens[seg.sentences[0].tokens.clone()];
        let s1 = &seg.tokens[seg.sentences[1].tokens.clone()];
        let examples = vec![
            Example { features: features(text, s0, 1, 2, None), label: 1 },
            Example { features: features(text, s1, 1, 2, None), label: 2 },
            Example { features: features(text, s0, 3, 4, None), label: 0 },
        ];
        let recover = train(&examples, 3, 5, 7);
        let model = Model {
            labels: vec![NONE.into(), "Battles|Armed clash".into(), "Protests|Peaceful protest".into()],
            plover: vec!["-".into(), "ASSAULT".into(), "PROTEST".into()],
            relabel: Weights::default(),
            recover,
        };
        let back = Model::parse(&model.write()).unwrap();
        assert_eq!(back.write(), model.write());
        assert_eq!(back.recover(&examples[0].features).unwrap().label, 1);
        assert_eq!(back.recover(&examples[1].features).unwrap().label, 2);
        assert!(back.recover(&examples[2].features).unwrap().margin < 0.0);
        assert_eq!(back.codes(1), ("Battles", "Armed clash", "ASSAULT"));
    }
}
