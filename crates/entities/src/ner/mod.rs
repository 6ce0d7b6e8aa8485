//! The trained sequence labeller: an averaged structured perceptron over hashed token
//! features (see [`features`]), BIO tags for five labels (PER, ORG, LOC, NORP, MISC)
//! and exact first-order Viterbi decoding under the BIO constraints.
//!
//! The model file (`data/ner.model.gz`, built by `cargo xtask train-ner`) is gzip of:
//! the magic `TNER` and the feature set as a digit (`TNER1`, `TNER2`; see
//! [`Featurizer::version`]), the hash width `bits` (u8), a scale (f32 LE), the transition
//! scores `(TAGS + 1) × TAGS` (the last row is the sentence start) and the feature
//! weights `2^bits × TAGS`, all as i16 LE multiples of the scale. The binary embeds a
//! form derived from that file at build time (`build.rs`): the same weights with the
//! all-zero buckets left out, read in place, so start-up inflates nothing.
//!
//! Training ([`Trainer`]) accepts partial annotation: each token carries the set of
//! tags it may have. A corpus that does not annotate a label (tweets with no MISC,
//! say) leaves that label open on its `O` tokens, and the update goes towards the
//! best path the annotation allows (a latent-variable perceptron), so corpora with
//! different label sets train one model without teaching it that their unannotated
//! names are not names.

pub use tidings_text::clusters;
pub mod features;

use std::io::{Read, Write};
use std::sync::OnceLock;

use tidings_model::Label;

pub use clusters::Clusters;
pub use features::{per_token, DocCase, Featurizer, PER_TOKEN};

/// The labels the model predicts, in tag order. LOC stands for every place; the
/// recognizer splits it into GPE, LOC and FAC with the gazetteer and head words.
pub const LABELS: [Label; 5] = [Label::Per, Label::Org, Label::Loc, Label::Norp, Label::Misc];
/// `O`, then `B-` and `I-` of each label.
pub const TAGS: usize = 1 + 2 * LABELS.len();
/// A set of tags, one bit each.
pub type TagSet = u16;
pub const ANY: TagSet = (1 << TAGS) - 1;

/// The bundled model in its start-up form (see `build.rs`).
static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.sparse"));
const MAGIC: &[u8] = b"TNER";
/// The newest feature set.
pub const FEATURES: u8 = 2;

pub fn begin(label: usize) -> u8 {
    1 + 2 * label as u8
}

pub fn inside(label: usize) -> u8 {
    2 + 2 * label as u8
}

/// The label index of a tag (`None` for `O`).
pub fn label_of(tag: u8) -> Option<usize> {
    (tag > 0).then(|| (tag as usize - 1) / 2)
}

/// The model label index of a record label (GPE and FAC are places: LOC).
pub fn label_index(l: Label) -> usize {
    match l {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc | Label::Gpe | Label::Fac => 2,
        Label::Norp => 3,
        Label::Misc => 4,
    }
}

fn legal(prev: Option<u8>, tag: u8) -> bool {
    if tag == 0 || (tag - 1).is_multiple_of(2) {
        return true;
    }
    prev.is_some_and(|p| p != 0 && label_of(p) == label_of(tag))
}

/// Best tag sequence for per-token emission scores (`n × TAGS`) and transitions
/// (`(TAGS + 1) × TAGS`, last row from the start), keeping to the BIO constraints
/// and, when given, to each token's allowed tags.
pub fn viterbi(emit: &[f32], trans: &[f32], allowed: Option<&[TagSet]>) -> Vec<u8> {
    let n = emit.len() / TAGS;
    if n == 0 {
        return Vec::new();
    }
    let ok = |i: usize, t: usize| allowed.is_none_or(|a| a[i] & (1 << t) != 0);
    let mut score = vec![f32::NEG_INFINITY; n * TAGS];
    let mut back = vec![0u8; n * TAGS];
    for t in 0..TAGS {
        if ok(0, t) && legal(None, t as u8) {
            score[t] = trans[TAGS * TAGS + t] + emit[t];
        }
    }
    for i in 1..n {
        for t in 0..TAGS {
            if !ok(i, t) {
                continue;
            }
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0;
            for p in 0..TAGS {
                let s = score[(i - 1) * TAGS + p];
                if s == f32::NEG_INFINITY || !legal(Some(p as u8), t as u8) {
                    continue;
                }
                let s = s + trans[p * TAGS + t];
                if s > best {
                    best = s;
                    arg = p;
                }
            }
            if best > f32::NEG_INFINITY {
                score[i * TAGS + t] = best + emit[i * TAGS + t];
                back[i * TAGS + t] = arg as u8;
            }
        }
    }
    let last = &score[(n - 1) * TAGS..];
    let mut t = (0..TAGS).max_by(|&a, &b| last[a].total_cmp(&last[b]).then(b.cmp(&a))).unwrap_or(0);
    let mut tags = vec![0u8; n];
    for i in (0..n).rev() {
        tags[i] = t as u8;
        t = back[i * TAGS + t] as usize;
    }
    tags
}

/// Token ranges `[a, b)` with their label index, from a tag sequence.
pub fn spans(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(l) = label_of(tags[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j] == inside(l) {
            j += 1;
        }
        out.push((i, j, l));
        i = j;
    }
    out
}

/// Allowed tags of each of `n` tokens for gold spans `(a, b, label)` when the corpus
/// annotates the labels in `annotated` (indices into [`LABELS`]): inside a span only
/// its tag; elsewhere `O` or any label the corpus does not annotate.
pub fn allowed_tags(n: usize, gold: &[(usize, usize, usize)], annotated: &[usize]) -> Vec<TagSet> {
    let mut open: TagSet = 1;
    for l in 0..LABELS.len() {
        if !annotated.contains(&l) {
            open |= 1 << begin(l) | 1 << inside(l);
        }
    }
    let mut out = vec![open; n];
    for &(a, b, l) in gold {
        for (k, slot) in out[a..b].iter_mut().enumerate() {
            *slot = 1 << if k == 0 { begin(l) } else { inside(l) };
        }
    }
    // A token just after a span may not continue it unless the corpus allows.
    out
}

/// A trained model, weights quantized to i16.
pub struct Model {
    /// The feature set the model was trained with.
    version: u8,
    bits: u32,
    scale: f32,
    trans: Vec<f32>,
    weights: Weights,
}

/// The feature weights, `TAGS` per hash bucket.
enum Weights {
    /// Every bucket (a model read from its file, or being trained).
    Dense(Vec<i16>),
    /// The bundled model read in place: a bitmap of the buckets with a non-zero
    /// weight, the count of such buckets before each bitmap word, and their rows.
    Sparse { bitmap: &'static [u8], ranks: &'static [u8], rows: &'static [u8] },
}

impl Weights {
    /// Adds bucket `b`'s weights to `acc`.
    #[inline]
    fn add(&self, b: usize, acc: &mut [i32; TAGS]) {
        match self {
            Weights::Dense(w) => {
                for (a, &x) in acc.iter_mut().zip(&w[b * TAGS..(b + 1) * TAGS]) {
                    *a += i32::from(x);
                }
            }
            Weights::Sparse { bitmap, ranks, rows } => {
                let (word, bit) = (b / 64, b % 64);
                let bits = u64::from_le_bytes(bitmap[8 * word..8 * word + 8].try_into().expect("8 bytes"));
                if bits & (1 << bit) == 0 {
                    return;
                }
                let rank = u32::from_le_bytes(ranks[4 * word..4 * word + 4].try_into().expect("4 bytes")) as usize
                    + (bits & ((1 << bit) - 1)).count_ones() as usize;
                let row = &rows[2 * TAGS * rank..2 * TAGS * (rank + 1)];
                for (a, x) in acc.iter_mut().zip(row.chunks_exact(2)) {
                    *a += i32::from(i16::from_le_bytes([x[0], x[1]]));
                }
            }
        }
    }

    /// Every bucket's weights.
    fn dense(&self) -> std::borrow::Cow<'_, [i16]> {
        match self {
            Weights::Dense(w) => std::borrow::Cow::Borrowed(w),
            Weights::Sparse { bitmap, rows, .. } => {
                let mut w = vec![0i16; bitmap.len() * 8 * TAGS];
                let mut row = rows.chunks_exact(2 * TAGS);
                for (i, word) in bitmap.chunks_exact(8).enumerate() {
                    let bits = u64::from_le_bytes(word.try_into().expect("8 bytes"));
                    for b in (0..64).filter(|b| bits & (1 << b) != 0) {
                        let r = row.next().expect("a row per set bit");
                        let at = (64 * i + b) * TAGS;
                        for (t, x) in r.chunks_exact(2).enumerate() {
                            w[at + t] = i16::from_le_bytes([x[0], x[1]]);
                        }
                    }
                }
                std::borrow::Cow::Owned(w)
            }
        }
    }
}

impl Model {
    /// The model compiled into the binary.
    pub fn bundled() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_sparse(BUNDLED).expect("the bundled NER model is valid"))
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The feature set ([`Featurizer::version`]).
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The header fields (feature set, hash width, scale) and what follows them.
    fn header(raw: &[u8]) -> Result<(u8, u32, f32, &[u8]), String> {
        let rest = raw.strip_prefix(MAGIC).ok_or("not a tidings NER model")?;
        let (&digit, rest) = rest.split_first().ok_or("truncated model")?;
        let version = digit.wrapping_sub(b'0');
        if !(1..=FEATURES).contains(&version) {
            return Err(format!("unknown model feature set {}", digit as char));
        }
        let (&bits, rest) = rest.split_first().ok_or("truncated model")?;
        let bits = u32::from(bits);
        if !(8..=26).contains(&bits) || rest.len() < 4 {
            return Err("bad model header".into());
        }
        let scale = f32::from_le_bytes(rest[..4].try_into().expect("4 bytes"));
        Ok((version, bits, scale, &rest[4..]))
    }

    /// Reads a model file.
    pub fn from_gzip(bytes: &[u8]) -> Result<Model, String> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw).map_err(|e| e.to_string())?;
        let (version, bits, scale, body) = Model::header(&raw)?;
        let nt = (TAGS + 1) * TAGS;
        let nw = (1usize << bits) * TAGS;
        if body.len() != 2 * (nt + nw) {
            return Err(format!("model body is {} bytes, expected {}", body.len(), 2 * (nt + nw)));
        }
        let ints: Vec<i16> = body.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        Ok(Model {
            version,
            bits,
            scale,
            trans: ints[..nt].iter().map(|&q| f32::from(q) * scale).collect(),
            weights: Weights::Dense(ints[nt..].to_vec()),
        })
    }

    /// Reads the start-up form `build.rs` derives from a model file, in place.
    fn from_sparse(bytes: &'static [u8]) -> Result<Model, String> {
        let (version, bits, scale, body) = Model::header(bytes)?;
        let nt = (TAGS + 1) * TAGS;
        let words = (1usize << bits).div_ceil(64);
        let fixed = 2 * nt + 12 * words;
        if body.len() < fixed || !(body.len() - fixed).is_multiple_of(2 * TAGS) {
            return Err("bad sparse NER model".into());
        }
        let (trans, rest) = body.split_at(2 * nt);
        let (bitmap, rest) = rest.split_at(8 * words);
        let (ranks, rows) = rest.split_at(4 * words);
        let set: u32 =
            bitmap.chunks_exact(8).map(|w| u64::from_le_bytes(w.try_into().expect("8 bytes")).count_ones()).sum();
        if set as usize * 2 * TAGS != rows.len() {
            return Err("sparse NER model: rows and bitmap disagree".into());
        }
        Ok(Model {
            version,
            bits,
            scale,
            trans: trans.chunks_exact(2).map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])) * scale).collect(),
            weights: Weights::Sparse { bitmap, ranks, rows },
        })
    }

    /// Quantizes float weights into a model.
    pub fn quantize(version: u8, bits: u32, trans: &[f32], weights: &[f32]) -> Model {
        let max = trans.iter().chain(weights).fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / f32::from(i16::MAX);
        let q = |w: f32| (w / scale).round().clamp(-32767.0, 32767.0) as i16;
        let trans: Vec<f32> = trans.iter().map(|&w| f32::from(q(w)) * scale).collect();
        Model { version, bits, scale, trans, weights: Weights::Dense(weights.iter().map(|&w| q(w)).collect()) }
    }

    /// The model with small weights set to zero (`threshold` in weight units).
    pub fn pruned(&self, threshold: f32) -> Model {
        let q = (threshold / self.scale) as i32;
        let weights = self.weights.dense().iter().map(|&w| if i32::from(w).abs() < q { 0 } else { w }).collect();
        Model { weights: Weights::Dense(weights), trans: self.trans.clone(), ..*self }
    }

    /// How many feature weights are not zero.
    pub fn non_zero(&self) -> usize {
        self.weights.dense().iter().filter(|&&w| w != 0).count()
    }

    /// The model file: gzip, no timestamp (reproducible bytes).
    pub fn to_gzip(&self) -> Vec<u8> {
        let weights = self.weights.dense();
        let mut raw = Vec::with_capacity(16 + 2 * (self.trans.len() + weights.len()));
        raw.extend_from_slice(MAGIC);
        raw.push(b'0' + self.version);
        raw.push(self.bits as u8);
        raw.extend_from_slice(&self.scale.to_le_bytes());
        for &t in &self.trans {
            raw.extend_from_slice(&((t / self.scale).round() as i16).to_le_bytes());
        }
        for &w in weights.iter() {
            raw.extend_from_slice(&w.to_le_bytes());
        }
        let mut gz = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).expect("writing to memory");
        gz.finish().expect("writing to memory")
    }

    /// Tags one sentence given its features ([`per_token`] buckets per token).
    pub fn tag(&self, feats: &[u32]) -> Vec<u8> {
        let k = per_token(self.version);
        let n = feats.len() / k;
        let mut emit = vec![0f32; n * TAGS];
        let mut acc = [0i32; TAGS];
        for i in 0..n {
            acc.fill(0);
            for &b in &feats[i * k..(i + 1) * k] {
                self.weights.add(b as usize, &mut acc);
            }
            for (e, &a) in emit[i * TAGS..(i + 1) * TAGS].iter_mut().zip(&acc) {
                *e = a as f32 * self.scale;
            }
        }
        viterbi(&emit, &self.trans, None)
    }
}

/// Averaged structured perceptron training over precomputed features.
pub struct Trainer {
    version: u8,
    bits: u32,
    w: Vec<f32>,
    /// Sum of `time × update`, for averaging (`avg = w - u / time`).
    u: Vec<f32>,
    tw: Vec<f32>,
    tu: Vec<f32>,
    time: f32,
}

/// One training sentence: [`per_token`] feature buckets per token and the tags each
/// token may have.
pub struct Example {
    pub feats: Vec<u32>,
    pub allowed: Vec<TagSet>,
}

impl Trainer {
    pub fn new(version: u8, bits: u32) -> Trainer {
        let n = (1usize << bits) * TAGS;
        let nt = (TAGS + 1) * TAGS;
        Trainer { version, bits, w: vec![0.0; n], u: vec![0.0; n], tw: vec![0.0; nt], tu: vec![0.0; nt], time: 1.0 }
    }

    fn emissions(&self, feats: &[u32]) -> Vec<f32> {
        let k = per_token(self.version);
        let n = feats.len() / k;
        let mut emit = vec![0f32; n * TAGS];
        for i in 0..n {
            let e = &mut emit[i * TAGS..(i + 1) * TAGS];
            for &b in &feats[i * k..(i + 1) * k] {
                for (x, &w) in e.iter_mut().zip(&self.w[b as usize * TAGS..(b as usize + 1) * TAGS]) {
                    *x += w;
                }
            }
        }
        emit
    }

    /// Learns from one example; returns whether the prediction was wrong.
    pub fn learn(&mut self, ex: &Example) -> bool {
        let emit = self.emissions(&ex.feats);
        let pred = viterbi(&emit, &self.tw, None);
        let wrong = pred.iter().zip(&ex.allowed).any(|(&p, &a)| a & (1 << p) == 0);
        if wrong {
            let gold = viterbi(&emit, &self.tw, Some(&ex.allowed));
            let c = self.time;
            for i in 0..gold.len() {
                let (g, p) = (gold[i] as usize, pred[i] as usize);
                let (gp, pp) = if i == 0 { (TAGS, TAGS) } else { (gold[i - 1] as usize, pred[i - 1] as usize) };
                if g != p || gp != pp {
                    for (k, d) in [(gp * TAGS + g, 1.0), (pp * TAGS + p, -1.0)] {
                        self.tw[k] += d;
                        self.tu[k] += c * d;
                    }
                }
                if g != p {
                    let k = per_token(self.version);
                    for &b in &ex.feats[i * k..(i + 1) * k] {
                        let base = b as usize * TAGS;
                        for (k, d) in [(base + g, 1.0), (base + p, -1.0)] {
                            self.w[k] += d;
                            self.u[k] += c * d;
                        }
                    }
                }
            }
        }
        self.time += 1.0;
        wrong
    }

    /// The averaged weights as a quantized model.
    pub fn averaged(&self) -> Model {
        let avg = |w: &[f32], u: &[f32]| w.iter().zip(u).map(|(&w, &u)| w - u / self.time).collect::<Vec<f32>>();
        Model::quantize(self.version, self.bits, &avg(&self.tw, &self.tu), &avg(&self.w, &self.u))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_up_form_holds_the_model_files_weights() {
        let file = Model::from_gzip(include_bytes!("../../data/ner.model.gz")).expect("model file");
        let bundled = Model::bundled();
        assert_eq!((file.version, file.bits, file.scale), (bundled.version, bundled.bits, bundled.scale));
        assert_eq!(file.trans, bundled.trans);
        let (dense, sparse) = (file.weights.dense(), bundled.weights.dense());
        assert!(dense == sparse, "the weights differ");
        // Every bucket reads the same through the bitmap as from the file.
        for b in (0..1usize << file.bits).step_by(97) {
            let (mut x, mut y) = ([0i32; TAGS], [0i32; TAGS]);
            file.weights.add(b, &mut x);
            bundled.weights.add(b, &mut y);
            assert_eq!(x, y, "bucket {b}");
        }
    }

    #[test]
    fn viterbi_keeps_bio() {
        // Emissions prefer I-PER at the first token: illegal, so B-PER wins.
        let mut emit = vec![0f32; 2 * TAGS];
        emit[inside(0) as usize] = 5.0;
        emit[begin(0) as usize] = 1.0;
        emit[TAGS + inside(0) as usize] = 3.0;
        let trans = vec![0f32; (TAGS + 1) * TAGS];
        assert_eq!(viterbi(&emit, &trans, None), vec![begin(0), inside(0)]);
        assert_eq!(spans(&[begin(0), inside(0), 0, begin(2)]), vec![(0, 2, 0), (3, 4, 2)]);
    }

    #[test]
    fn allowed_tags_leave_unannotated_labels_open() {
        let a = allowed_tags(3, &[(0, 1, 0)], &[0, 1, 2]);
        assert_eq!(a[0], 1 << begin(0));
        assert!(a[1] & 1 != 0 && a[1] & (1 << begin(4)) != 0 && a[1] & (1 << begin(1)) == 0);
    }

    #[test]
    fn the_bundled_model_loads() {
        let m = Model::bundled();
        assert!(m.bits >= 16);
    }
}
