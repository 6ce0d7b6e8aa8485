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

/// The bundled model in its start-up form, derived from `data/events.model.gz` by
/// `build.rs` (see [`Model::from_compiled`]).
static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/events.bin"));

/// Sparse weights: feature hash → (label, weight).
#[derive(Debug, Default, Clone)]
pub struct Weights(Store);

#[derive(Debug, Clone)]
enum Store {
    Map(HashMap<u64, Vec<(u16, f32)>>),
    /// Read in place: keys ascending (u64 LE), each key's first entry and the end
    /// (u32 LE, one more than keys), entries (label u16 LE, weight f32 LE).
    Table {
        keys: &'static [u8],
        starts: &'static [u8],
        entries: &'static [u8],
        /// The first key of each run of keys that share their top `bits` bits, and one
        /// past the last (the keys are hashes, spread evenly): a lookup searches only
        /// its run of a few keys instead of the whole table.
        runs: Vec<u32>,
        bits: u32,
    },
}

impl Default for Store {
    fn default() -> Store {
        Store::Map(HashMap::new())
    }
}

fn u32_at(b: &[u8], i: usize) -> usize {
    u32::from_le_bytes(b[4 * i..4 * i + 4].try_into().expect("4 bytes")) as usize
}

impl Weights {
    /// Calls `f` with each (label, weight) of feature `key`, in stored order.
    fn each(&self, key: u64, mut f: impl FnMut(u16, f32)) {
        match &self.0 {
            Store::Map(m) => {
                for &(l, w) in m.get(&key).into_iter().flatten() {
                    f(l, w);
                }
            }
            Store::Table { keys, starts, entries, runs, bits } => {
                let key_at = |i: usize| u64::from_le_bytes(keys[8 * i..8 * i + 8].try_into().expect("8 bytes"));
                let run = run_of(key, *bits);
                let (mut lo, mut hi) = (runs[run] as usize, runs[run + 1] as usize);
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    match key_at(mid).cmp(&key) {
                        std::cmp::Ordering::Less => lo = mid + 1,
                        std::cmp::Ordering::Greater => hi = mid,
                        std::cmp::Ordering::Equal => {
                            for e in entries[6 * u32_at(starts, mid)..6 * u32_at(starts, mid + 1)].chunks_exact(6) {
                                f(u16::from_le_bytes([e[0], e[1]]), f32::from_le_bytes([e[2], e[3], e[4], e[5]]));
                            }
                            return;
                        }
                    }
                }
            }
        }
    }

    /// Scores of every label for a bag of features.
    pub fn scores(&self, features: &[u64], labels: usize) -> Vec<f32> {
        let mut out = vec![0.0; labels];
        for &f in features {
            self.each(f, |l, w| {
                if let Some(s) = out.get_mut(usize::from(l)) {
                    *s += w;
                }
            });
        }
        out
    }

    /// Every feature with its weights, keys ascending.
    pub fn rows(&self) -> Vec<(u64, Vec<(u16, f32)>)> {
        let keys: Vec<u64> = match &self.0 {
            Store::Map(m) => {
                let mut keys: Vec<u64> = m.keys().copied().collect();
                keys.sort_unstable();
                keys
            }
            Store::Table { keys, .. } => {
                keys.chunks_exact(8).map(|k| u64::from_le_bytes(k.try_into().expect("8 bytes"))).collect()
            }
        };
        keys.into_iter()
            .map(|k| {
                let mut ws = Vec::new();
                self.each(k, |l, w| ws.push((l, w)));
                (k, ws)
            })
            .collect()
    }

    /// Number of features with a weight.
    pub fn len(&self) -> usize {
        match &self.0 {
            Store::Map(m) => m.len(),
            Store::Table { keys, .. } => keys.len() / 8,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads one classifier of the start-up form; returns it and the bytes after it.
    fn from_compiled(b: &'static [u8]) -> Option<(Weights, &'static [u8])> {
        let (n, e) = (u32_at(b.get(..4)?, 0), u32_at(b.get(4..8)?, 0));
        let (keys, rest) = b.get(8..)?.split_at_checked(8 * n)?;
        let (starts, rest) = rest.split_at_checked(4 * (n + 1))?;
        let (entries, rest) = rest.split_at_checked(6 * e)?;
        let (runs, bits) = runs(keys);
        (u32_at(starts, n) == e).then_some((Weights(Store::Table { keys, starts, entries, runs, bits }), rest))
    }
}

/// The run of keys (by their top `bits` bits) that `key` belongs to.
fn run_of(key: u64, bits: u32) -> usize {
    key.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// The start of each run of `keys` (ascending u64 LE) sharing their top bits, and one
/// past the last; the bits are chosen for about four keys a run.
fn runs(keys: &[u8]) -> (Vec<u32>, u32) {
    let n = keys.len() / 8;
    let bits = (n / 4).max(1).ilog2();
    let mut runs = vec![0u32; (1 << bits) + 1];
    let mut i = 0;
    for (run, start) in runs.iter_mut().enumerate() {
        while i < n && run_of(u64::from_le_bytes(keys[8 * i..8 * i + 8].try_into().expect("8 bytes")), bits) < run {
            i += 1;
        }
        *start = i as u32;
    }
    (runs, bits)
}

/// The classifiers with their label set ("Event type|Sub-event type", `NONE` first).
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub labels: Vec<String>,
    /// The PLOVER category the training codes give each label most often.
    pub plover: Vec<String>,
    pub relabel: Weights,
    pub recover: Weights,
    /// The per-event news-of-the-day decision over [`NEWSDAY_LABELS`] (empty in a model
    /// trained without it: then `crate::newsday_model` computes nothing).
    pub newsday: Weights,
}

/// The news-of-the-day classifier's labels: no event (a generic or invented mention),
/// an incident of the day, background history.
pub const NEWSDAY_LABELS: [&str; 3] = [NONE, "NEWS", "BACKGROUND"];

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
        MODEL.get_or_init(|| Model::from_compiled(BUNDLED).expect("bundled events model parses"))
    }

    /// The start-up form `build.rs` derives from the model file: `TEVB1`, the length
    /// (u32 LE) of the file's `labels` and `plover` lines, those lines, then the relabel
    /// and the recover classifier and, when the model has it, the newsday classifier, each
    /// as its key count and entry count (u32 LE) and the table read in place (see
    /// [`Weights`]).
    fn from_compiled(bytes: &'static [u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(b"TEVB1")?;
        let (head, rest) = rest.get(4..)?.split_at_checked(u32_at(rest, 0))?;
        let mut lines = std::str::from_utf8(head).ok()?.lines();
        let labels: Vec<String> = lines.next()?.strip_prefix("labels\t")?.split('\t').map(String::from).collect();
        let plover: Vec<String> = lines.next()?.strip_prefix("plover\t")?.split('\t').map(String::from).collect();
        let (relabel, rest) = Weights::from_compiled(rest)?;
        let (recover, rest) = Weights::from_compiled(rest)?;
        let (newsday, rest) = if rest.is_empty() { (Weights::default(), rest) } else { Weights::from_compiled(rest)? };
        (rest.is_empty() && labels.len() == plover.len() && labels.first().map(String::as_str) == Some(NONE))
            .then_some(Model { labels, plover, relabel, recover, newsday })
    }

    /// A model from the gzip file `cargo xtask train-events` writes.
    pub fn from_gz(bytes: &[u8]) -> Option<Model> {
        let mut s = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut s).ok()?;
        Model::parse(&s)
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

    /// The news-of-the-day classifier's scores over [`NEWSDAY_LABELS`].
    pub fn newsday(&self, features: &[u64]) -> [f32; 3] {
        let s = self.newsday.scores(features, NEWSDAY_LABELS.len());
        [s[0], s[1], s[2]]
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
        for (name, w) in [("relabel", &self.relabel), ("recover", &self.recover), ("newsday", &self.newsday)] {
            if name == "newsday" && w.is_empty() {
                continue;
            }
            let rows = w.rows();
            out.push_str(&format!("model\t{name}\t{}\n", rows.len()));
            for (k, ws) in rows {
                let ws: Vec<String> = ws.iter().map(|(l, v)| format!("{l}:{v:.3}")).collect();
                out.push_str(&format!("{k:016x}\t{}\n", ws.join(" ")));
            }
        }
        out
    }

    /// Reads [`Model::write`]'s text.
    pub fn parse(text: &str) -> Option<Model> {
        let file = crate::model_text::parse(text)?;
        let labels: Vec<String> = file.labels_line.split('\t').map(String::from).collect();
        let plover: Vec<String> = file.plover_line.split('\t').map(String::from).collect();
        let (mut relabel, mut recover, mut newsday) = (HashMap::new(), HashMap::new(), HashMap::new());
        for (name, rows) in file.classifiers {
            match name.as_str() {
                "relabel" => relabel.extend(rows),
                "recover" => recover.extend(rows),
                "newsday" => newsday.extend(rows),
                _ => return None,
            }
        }
        let model = Model {
            labels,
            plover,
            relabel: Weights::from_map(relabel),
            recover: Weights::from_map(recover),
            newsday: Weights::from_map(newsday),
        };
        (model.labels.len() == model.plover.len() && model.labels.first().map(String::as_str) == Some(NONE))
            .then_some(model)
    }
}

/// FNV-1a of a feature's name.
pub(crate) fn hash(parts: &[&str]) -> u64 {
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
    ];
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    word.chars().any(char::is_alphabetic)
        && !STOP.contains(&lower)
        && !tidings_text::WEEKDAY_NAMES.contains(&lower)
        && !tidings_text::MONTH_NAMES.contains(&lower)
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

/// Word classes whose presence around a trigger says whether it tells an incident that
/// happened (casualties, weapons, armed actors, a day) or something else (reported speech,
/// an allegation, a hypothetical, politics or business talk, history). Matched as lemma
/// prefixes; the same classes are read in the trigger's clause, its sentence and its
/// document, so the features carry over between documents that share no words.
const CUES: &[(&str, &[&str])] = &[
    (
        "casualty",
        &["kill", "dead", "death", "die", "wound", "injur", "casualt", "bodies", "massacr", "slain", "behead", "fatal"],
    ),
    (
        "weapon",
        &[
            "gun",
            "bomb",
            "rocket",
            "missile",
            "explosi",
            "rifle",
            "grenade",
            "shell",
            "airstrike",
            "mortar",
            "ied",
            "artillery",
            "weapon",
            "knife",
            "machete",
            "tank",
            "drone",
            "ammunition",
        ],
    ),
    (
        "armed",
        &[
            "militant",
            "rebel",
            "troop",
            "soldier",
            "insurgent",
            "gunm",
            "militia",
            "fighter",
            "jihad",
            "terror",
            "taliban",
            "isis",
            "islamic",
            "qaeda",
            "boko",
            "shabaab",
            "army",
            "forces",
            "police",
            "military",
        ],
    ),
    ("speech", &["said", "say", "told", "claim", "accus", "alleg", "deni", "deny", "according", "statement", "tweet"]),
    (
        "hypo",
        &[
            "would",
            "could",
            "might",
            "if",
            "will",
            "should",
            "threat",
            "plan",
            "warn",
            "fear",
            "risk",
            "possib",
            "potential",
        ],
    ),
    (
        "politics",
        &[
            "campaign",
            "election",
            "vote",
            "voter",
            "candidate",
            "debate",
            "poll",
            "market",
            "econom",
            "stock",
            "price",
            "business",
            "compan",
            "trade",
            "policy",
            "media",
            "brand",
            "trump",
            "clinton",
            "republican",
            "democrat",
            "senat",
            "congress",
            "president",
            "court",
            "trial",
            "sport",
            "game",
            "team",
            "film",
            "movie",
        ],
    ),
    (
        "history",
        &[
            "century",
            "decade",
            "ago",
            "since",
            "histor",
            "anniversar",
            "former",
            "during",
            "era",
            "once",
            "remember",
            "recall",
            "memorial",
            "legacy",
            "world",
        ],
    ),
    (
        "day",
        &[
            "today",
            "yesterday",
            "tonight",
            "overnight",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "morning",
            "afternoon",
            "evening",
            "dawn",
        ],
    ),
    ("negation", &["not", "no", "never", "without", "n't", "nor"]),
    (
        "generic",
        &["many", "often", "every", "frequent", "rising", "increas", "wave", "series", "spate", "more", "any", "such"],
    ),
];

/// The cue classes of one word (a bit per class of [`CUES`]; a four-digit year sets bit
/// 15).
fn cue_bits(word: &str) -> u16 {
    let lemma = lemma(word);
    let mut bits = 0u16;
    for (k, (_, prefixes)) in CUES.iter().enumerate() {
        if prefixes.iter().any(|p| lemma.starts_with(p)) {
            bits |= 1 << k;
        }
    }
    let digits = word.trim_end_matches('s');
    if digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits.starts_with("19") || digits.starts_with("20"))
    {
        bits |= 1 << 15;
    }
    bits
}

fn cue_name(bit: usize) -> &'static str {
    match bit {
        15 => "year",
        _ => CUES.get(bit).map_or("-", |c| c.0),
    }
}

/// The cue classes of a document's sentences, read once per document so that every
/// trigger's features cost time linear in its sentence.
#[derive(Debug, Clone, Default)]
pub struct DocCues {
    /// Per sentence: the classes its words have.
    pub sentences: Vec<u16>,
    /// The classes of the whole document.
    pub present: u16,
}

impl DocCues {
    pub fn new(text: &str, seg: &tidings_text::Segmented) -> DocCues {
        let mut out = DocCues::default();
        for s in &seg.sentences {
            let bits = seg
                .tokens
                .get(s.tokens.clone())
                .unwrap_or_default()
                .iter()
                .fold(0u16, |b, t| b | cue_bits(t.text(text)));
            out.present |= bits;
            out.sentences.push(bits);
        }
        out
    }

    /// Whether the document names casualties, weapons or armed actors anywhere.
    pub fn conflict(&self) -> bool {
        self.present & CONFLICT != 0
    }

    /// Whether sentence `k` names casualties, weapons or armed actors.
    pub fn conflict_in(&self, k: usize) -> bool {
        self.sentences.get(k).is_some_and(|b| b & CONFLICT != 0)
    }
}

/// The cue classes of violence: casualties, weapons, armed actors.
const CONFLICT: u16 = 0b111;

/// [`features`] plus features of the trigger's context that carry over between
/// documents: the cue classes of its clause (the words before it back to a comma or the
/// sentence start, and two after), of its sentence, of the sentences beside it and of the
/// document; whether it stands inside a quotation; each also joined with the trigger.
pub fn features_in(
    text: &str,
    seg: &tidings_text::Segmented,
    cues: &DocCues,
    k: usize,
    a: usize,
    b: usize,
    rule: Option<&str>,
) -> Vec<u64> {
    let tokens = seg.sentences.get(k).and_then(|s| seg.tokens.get(s.tokens.clone())).unwrap_or_default();
    let mut f = features(text, tokens, a, b, rule);
    let n = tokens.len();
    let (a, b) = (a.min(n), b.min(n).max(a.min(n)));
    let head = tokens.get(a).map_or("<none>".to_string(), |t| lemma(t.text(text)));
    let family = rule.and_then(|r| r.split('|').nth(1)).unwrap_or("-");
    // The clause: back to a comma, colon or semicolon (at most 10 words), two words after.
    let mut start = a;
    while start > 0 && a - start < 10 && !matches!(tokens[start - 1].text(text), "," | ";" | ":" | "—" | "–") {
        start -= 1;
    }
    let clause =
        tokens[start..a].iter().chain(&tokens[b..(b + 2).min(n)]).fold(0u16, |x, t| x | cue_bits(t.text(text)));
    let sentence = cues.sentences.get(k).copied().unwrap_or(0);
    let beside = k.checked_sub(1).and_then(|p| cues.sentences.get(p)).copied().unwrap_or(0)
        | cues.sentences.get(k + 1).copied().unwrap_or(0);
    for bit in 0..16 {
        let name = cue_name(bit);
        if bit >= CUES.len() && bit != 15 {
            continue;
        }
        let m = 1u16 << bit;
        // Only classes that are present fire: an absent class would mostly tell how long
        // the document is (a one-sentence note has no sentence beside), which does not
        // carry over from notes to articles.
        for (scope, bits) in [("c", clause), ("s", sentence), ("n", beside), ("d", cues.present)] {
            if bits & m != 0 {
                f.push(hash(&["cue", scope, name]));
                f.push(hash(&["cueh", scope, name, &head]));
                f.push(hash(&["cuer", scope, name, family]));
            }
        }
    }
    // Conflict context at all: casualties, weapons or armed actors in the clause, the
    // sentence, the document.
    let on = |bits: u16| if bits & CONFLICT != 0 { "1" } else { "0" };
    let context = [on(clause), on(sentence), on(cues.present)].join("");
    f.push(hash(&["conf", &context]));
    f.push(hash(&["confh", &context, &head]));
    f.push(hash(&["confr", &context, family]));
    // Inside a quotation: an odd number of quotation marks before the trigger.
    let quotes = tokens[..a].iter().filter(|t| matches!(t.text(text), "\"" | "“" | "”")).count();
    if quotes % 2 == 1 {
        f.push(hash(&["quoted"]));
        f.push(hash(&["quotedh", &head]));
    }
    // Tense: an auxiliary or modal right before the trigger.
    for t in &tokens[start..a] {
        let w = t.text(text).to_lowercase();
        if matches!(
            w.as_str(),
            "will" | "would" | "could" | "might" | "may" | "to" | "has" | "have" | "had" | "been" | "being"
        ) {
            f.push(hash(&["aux", &w]));
            f.push(hash(&["auxh", &w, &head]));
        }
    }
    f.sort_unstable();
    f.dedup();
    f
}

/// Keeps the features of `examples` that occur in at least `min` of them (the artifact
/// stays compact and rare features do not fit single documents).
pub fn prune(examples: &mut [Example], min: usize) {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    for e in examples.iter() {
        for f in &e.features {
            *counts.entry(*f).or_default() += 1;
        }
    }
    for e in examples.iter_mut() {
        e.features.retain(|f| counts[f] >= min);
    }
}

/// One training example.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<u64>,
    pub label: u16,
}

/// Fisher–Yates with an xorshift generator whose state the caller keeps across epochs
/// (start it at `seed | 1`): the trainers' fixed-seed visiting order.
pub(crate) fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
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
        shuffle(&mut order, &mut rng);
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
    Weights::from_map(out)
}

/// The mean of several classifiers' weights (a feature or label one of them lacks
/// counts as 0), rounded as the artifact stores them; a mean below `floor` in magnitude
/// is dropped (mostly a label only one run updated: keeps the artifact the size of one).
pub fn mean(runs: &[Weights], floor: f32) -> Weights {
    let mut sum: std::collections::BTreeMap<(u64, u16), f64> = std::collections::BTreeMap::new();
    for run in runs {
        for (k, ws) in run.rows() {
            for (l, w) in ws {
                *sum.entry((k, l)).or_default() += f64::from(w);
            }
        }
    }
    let mut out: HashMap<u64, Vec<(u16, f32)>> = HashMap::new();
    for ((k, l), w) in sum {
        let v = ((w / runs.len().max(1) as f64 * 1000.0).round() / 1000.0) as f32;
        if v != 0.0 && v.abs() >= floor {
            out.entry(k).or_default().push((l, v));
        }
    }
    Weights::from_map(out)
}

impl Weights {
    /// Weights from raw parts (for tests and training).
    pub fn from_map(map: HashMap<u64, Vec<(u16, f32)>>) -> Weights {
        Weights(Store::Map(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mean_of_runs_averages_each_weight_and_drops_the_small_ones() {
        let a = Weights::from_map(HashMap::from([(1, vec![(0, 1.0), (2, -0.5)]), (7, vec![(1, 0.3)])]));
        let b = Weights::from_map(HashMap::from([(1, vec![(0, 0.5), (1, 0.25)])]));
        // Feature 1: label 0 (1.0 + 0.5) / 2, label 1 0.125 and label 2 -0.25 from one run
        // each; feature 7: 0.15 from one run.
        assert_eq!(
            mean(&[a.clone(), b.clone()], 0.0).rows(),
            vec![(1, vec![(0, 0.75), (1, 0.125), (2, -0.25)]), (7, vec![(1, 0.15)])]
        );
        assert_eq!(mean(&[a, b], 0.2).rows(), vec![(1, vec![(0, 0.75), (2, -0.25)])]);
    }

    #[test]
    fn the_start_up_form_holds_the_model_files_weights() {
        let file = Model::from_gz(include_bytes!("../data/events.model.gz")).expect("model file");
        let bundled = Model::bundled();
        assert_eq!((&file.labels, &file.plover), (&bundled.labels, &bundled.plover));
        assert!(file.relabel.rows() == bundled.relabel.rows(), "relabel weights differ");
        assert!(file.recover.rows() == bundled.recover.rows(), "recover weights differ");
        assert!(file.newsday.rows() == bundled.newsday.rows(), "newsday weights differ");
        assert_eq!(file.write(), bundled.write());
    }

    #[test]
    fn a_table_finds_every_key_in_its_run_and_no_other() {
        let keys = [0u64, 5, 1 << 40, 1 << 62, (1 << 63) + 9, u64::MAX - 1, u64::MAX];
        for n in 1..=keys.len() {
            let mut b = Vec::new();
            b.extend((n as u32).to_le_bytes());
            b.extend((n as u32).to_le_bytes());
            keys[..n].iter().for_each(|k| b.extend(k.to_le_bytes()));
            (0..=n as u32).for_each(|i| b.extend(i.to_le_bytes()));
            (0..n).for_each(|i| b.extend([i as u8, 0, 0, 0, 128, 63]));
            let (w, rest) = Weights::from_compiled(Box::leak(b.into_boxed_slice())).expect("a table");
            assert!(rest.is_empty());
            for (i, &k) in keys[..n].iter().enumerate() {
                assert_eq!(w.scores(&[k], n), (0..n).map(|l| if l == i { 1.0 } else { 0.0 }).collect::<Vec<f32>>());
            }
            assert_eq!(w.scores(&[3, u64::MAX - 2], n), vec![0.0; n]);
        }
    }

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
    fn cues_read_violence_speech_and_years() {
        let text = "Gunmen killed two soldiers on Monday. The senator said it could happen in 1994.";
        let seg = tidings_text::Segmented::new(text);
        let cues = DocCues::new(text, &seg);
        assert!(cues.conflict() && cues.conflict_in(0) && !cues.conflict_in(1) && !cues.conflict_in(7));
        let bit = |name: &str| (0..16).find(|&b| cue_name(b) == name).unwrap();
        assert_ne!(cues.sentences[0] & (1 << bit("day")), 0);
        for name in ["speech", "hypo", "year"] {
            assert_ne!(cues.sentences[1] & (1 << bit(name)), 0, "{name}");
        }
        let quiet = "Stocks rose.";
        assert!(!DocCues::new(quiet, &tidings_text::Segmented::new(quiet)).conflict());
    }

    #[test]
    fn context_features_differ_with_the_document_and_are_safe_on_edges() {
        let a = "Rebels attacked the town, killing five.";
        let b = "Critics attacked the plan, the senator said.";
        let (sa, sb) = (tidings_text::Segmented::new(a), tidings_text::Segmented::new(b));
        let fa = features_in(a, &sa, &DocCues::new(a, &sa), 0, 1, 2, Some("Battles|Armed clash"));
        let fb = features_in(b, &sb, &DocCues::new(b, &sb), 0, 1, 2, Some("Battles|Armed clash"));
        assert!(fa.contains(&hash(&["conf", "111"])), "violence in clause, sentence and document");
        assert!(fb.contains(&hash(&["conf", "000"])));
        assert!(fb.contains(&hash(&["cue", "s", "speech"])) && !fa.contains(&hash(&["cue", "s", "speech"])));
        let empty = tidings_text::Segmented::new("");
        assert!(!features_in("", &empty, &DocCues::new("", &empty), 3, 5, 9, None).is_empty());
        let one = tidings_text::Segmented::new("Kabul");
        assert!(!features_in("Kabul", &one, &DocCues::new("Kabul", &one), 0, 0, 1, Some("x")).is_empty());
    }

    #[test]
    fn pruning_keeps_features_seen_often_enough() {
        let mut examples = vec![
            Example { features: vec![1, 2, 3], label: 0 },
            Example { features: vec![1, 2], label: 1 },
            Example { features: vec![1], label: 1 },
        ];
        prune(&mut examples, 2);
        assert_eq!(examples[0].features, vec![1, 2]);
        assert_eq!(examples[1].features, vec![1, 2]);
        assert_eq!(examples[2].features, vec![1]);
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
            newsday: Weights::default(),
        };
        let back = Model::parse(&model.write()).unwrap();
        assert_eq!(back.write(), model.write());
        assert_eq!(back.recover(&examples[0].features).unwrap().label, 1);
        assert_eq!(back.recover(&examples[1].features).unwrap().label, 2);
        assert!(back.recover(&examples[2].features).unwrap().margin < 0.0);
        assert_eq!(back.codes(1), ("Battles", "Armed clash", "ASSAULT"));
    }
}
