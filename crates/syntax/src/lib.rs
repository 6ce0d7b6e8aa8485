//! Part-of-speech tagging and labeled dependency parsing with Universal Dependencies
//! tags and relations, over the tokens of `tidings_text`.
//!
//! Two averaged-perceptron models share one artifact
//! (`data/syntax.model.gz`, built by `cargo xtask train-syntax` from UD English EWT):
//! a greedy left-to-right UPOS tagger, and an arc-hybrid transition parser ([`system`]),
//! either greedy (trained with a dynamic oracle) or with a small beam (trained globally;
//! the width is in the model's flags, [`BEAM_SHIFT`]). Both are deterministic and
//! linear in the sentence length.
//! tidings tokens are first re-cut into UD words ([`words`]): "don't" is parsed as
//! "do" + "n't", "15-year" as "15" "-" "year"; every word keeps its byte range.
//! [`sentences`] splits web text into sentences for `tidings parse` and the treebank
//! evaluation (the pipeline keeps `tidings_text`'s sentences).
//!
//! ```
//! let text = "Militants attacked the base.";
//! let seg = tidings_text::Segmented::new(text);
//! let s = &seg.sentences[0];
//! let words = tidings_syntax::parse(text, &seg.tokens[s.tokens.clone()]);
//! assert_eq!(&text[words[0].start..words[0].end], "Militants");
//! assert_eq!(words[0].head, Some(1));
//! assert_eq!(words[0].deprel, "nsubj");
//! ```

pub mod analysis;
pub mod conllu;
mod features;
mod perceptron;
pub mod sentences;
mod system;
pub mod train;
pub mod words;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::io::{Read, Write};
use std::sync::OnceLock;

use features::{Group, Lex, Node};
use perceptron::{put_str, put_varint, IdHasher, Reader, Weights};
use system::State;
use tidings_text::Token;

pub use analysis::Parse;

/// The bundled model in its start-up form, derived from `data/syntax.model.gz` by
/// `build.rs`: its lookup tables are read in place (see [`Model::from_compiled`]).
/// Aligned so that the slot tables, aligned within the form, are aligned in memory.
static BUNDLED: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/syntax.bin")));

/// Bytes at a cache line's start.
#[repr(C, align(64))]
struct Aligned<B: ?Sized>(B);
/// Model file magic: `TSYN1` (no feature flags: main's models before word clusters) or
/// `TSYN2` followed by the feature flags (a varint; see [`Model::flags`]).
const MAGIC: &[u8] = b"TSYN1";
const MAGIC2: &[u8] = b"TSYN2";
/// Feature flags: the tagger, the parser reads word clusters.
pub const TAGGER_CLUSTERS: u8 = 1;
pub const PARSER_CLUSTERS: u8 = 2;
/// Bits 4–7 of the flags: the width of the beam the parser was trained with (globally,
/// max-violation updates) and decodes with; 0 for the greedy parser.
pub const BEAM_SHIFT: u8 = 4;

/// The 17 universal part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; 17] = [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X",
        ];
        NAMES[self as usize]
    }

    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|u| u.as_str() == s)
    }
}

impl std::fmt::Display for Upos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One analyzed word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'m> {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub upos: Upos,
    /// Index of the head word in the sentence, `None` for the root.
    pub head: Option<usize>,
    /// The UD relation to the head (`nsubj`, `obl:tmod`, `root`).
    pub deprel: &'m str,
}

/// The tagger and parser.
pub struct Model {
    labels: Vec<String>,
    root_label: u16,
    keep_hyphen: Vec<String>,
    tagger: Weights,
    parser: Weights,
    /// Which optional feature sets the models read ([`TAGGER_CLUSTERS`], [`PARSER_CLUSTERS`]).
    flags: u8,
}

/// Tags, heads (0 = root, else 1-based) and relation indices of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub upos: Vec<Upos>,
    pub heads: Vec<usize>,
    pub labels: Vec<u16>,
}

impl Model {
    /// The model bundled with tidings, loaded once.
    pub fn bundled() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_compiled(&BUNDLED.0).expect("the bundled syntax model is valid"))
    }

    pub(crate) fn new(
        labels: Vec<String>,
        keep_hyphen: Vec<String>,
        tagger: Weights,
        parser: Weights,
        flags: u8,
    ) -> Model {
        let root_label = labels.iter().position(|l| l == "root").unwrap_or(0) as u16;
        Model { labels, root_label, keep_hyphen, tagger, parser, flags }
    }

    /// The feature flags ([`TAGGER_CLUSTERS`], [`PARSER_CLUSTERS`]).
    pub fn flags(&self) -> u8 {
        self.flags
    }

    /// The parser's beam width (1 for the greedy parser; see [`BEAM_SHIFT`]).
    pub fn beam(&self) -> usize {
        usize::from(self.flags >> BEAM_SHIFT).max(1)
    }

    /// Whether words are looked up in the cluster table (by the tagger or the parser).
    fn clusters(&self) -> bool {
        self.flags & (TAGGER_CLUSTERS | PARSER_CLUSTERS) != 0
    }

    /// The relation names, indexed by [`Analysis::labels`].
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Whether a hyphenated word whose first part is `prefix` (lower-case) stays one word.
    pub fn keeps_hyphen(&self, prefix: &str) -> bool {
        self.keep_hyphen.binary_search_by(|p| p.as_str().cmp(prefix)).is_ok()
    }

    /// The model without weights below `tagger`/`parser` (quantized units).
    pub fn pruned(&self, tagger: i16, parser: i16) -> Model {
        Model::new(
            self.labels.clone(),
            self.keep_hyphen.clone(),
            self.tagger.pruned(tagger),
            self.parser.pruned(parser),
            self.flags,
        )
    }

    /// Feature and entry counts of the tagger and the parser.
    pub fn sizes(&self) -> [(usize, usize); 2] {
        [self.tagger.size(), self.parser.size()]
    }

    pub fn from_gzip(bytes: &[u8]) -> Result<Model, String> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw).map_err(|e| e.to_string())?;
        let mut r = Reader { buf: &raw };
        let (labels, keep, flags) = Model::lists(&mut r)?;
        let tagger = Weights::read(&mut r)?;
        let parser = Weights::read(&mut r)?;
        Model::checked(labels, keep, tagger, parser, flags, r.buf)
    }

    /// The magic, feature flags, label and hyphen-word lists at the head of a model.
    fn lists(r: &mut Reader<'_>) -> Result<(Vec<String>, Vec<String>, u8), String> {
        let flags = if let Some(rest) = r.buf.strip_prefix(MAGIC) {
            r.buf = rest;
            0
        } else if let Some(rest) = r.buf.strip_prefix(MAGIC2) {
            r.buf = rest;
            u8::try_from(r.varint()?).map_err(|_| "bad syntax model flags")?
        } else {
            return Err("not a tidings syntax model".into());
        };
        let n = r.varint()? as usize;
        let labels = (0..n).map(|_| r.string()).collect::<Result<Vec<_>, _>>()?;
        let n = r.varint()? as usize;
        let keep = (0..n).map(|_| r.string()).collect::<Result<Vec<_>, _>>()?;
        Ok((labels, keep, flags))
    }

    /// Reads the start-up form `build.rs` derives from the model file (`TSYNB1`, the
    /// length of the model file's head (magic, flags, lists), that head, the tagger's
    /// and the parser's tables), in place.
    fn from_compiled(bytes: &'static [u8]) -> Result<Model, String> {
        let buf = bytes.strip_prefix(b"TSYNB1").ok_or("not a compiled syntax model")?;
        let mut r = Reader { buf };
        let len = u32::from_le_bytes(r.bytes(4)?.try_into().expect("4 bytes")) as usize;
        let (labels, keep, flags) = Model::lists(&mut Reader { buf: r.bytes(len)? })?;
        let tagger = Weights::read_compiled(&mut r)?;
        let parser = Weights::read_compiled(&mut r)?;
        Model::checked(labels, keep, tagger, parser, flags, r.buf)
    }

    fn checked(
        labels: Vec<String>,
        keep: Vec<String>,
        tagger: Weights,
        parser: Weights,
        flags: u8,
        rest: &[u8],
    ) -> Result<Model, String> {
        if tagger.classes() != Upos::ALL.len() || parser.classes() != 1 + 2 * labels.len() || !rest.is_empty() {
            return Err("inconsistent syntax model".into());
        }
        Ok(Model::new(labels, keep, tagger, parser, flags))
    }

    /// The model file: deterministic bytes (no timestamp in the gzip header).
    pub fn to_gzip(&self) -> Vec<u8> {
        let mut raw = Vec::new();
        if self.flags == 0 {
            raw.extend_from_slice(MAGIC);
        } else {
            raw.extend_from_slice(MAGIC2);
            put_varint(&mut raw, u64::from(self.flags));
        }
        put_varint(&mut raw, self.labels.len() as u64);
        for l in &self.labels {
            put_str(&mut raw, l);
        }
        put_varint(&mut raw, self.keep_hyphen.len() as u64);
        for p in &self.keep_hyphen {
            put_str(&mut raw, p);
        }
        self.tagger.write(&mut raw);
        self.parser.write(&mut raw);
        let mut gz = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).expect("writing to memory");
        gz.finish().expect("writing to memory")
    }

    /// Tags words.
    pub(crate) fn tag_lex(&self, lex: &[Lex]) -> Vec<u8> {
        let mut tags = Vec::with_capacity(lex.len());
        let mut feats = Vec::with_capacity(32);
        let mut scores = vec![0i32; Upos::ALL.len()];
        for i in 0..lex.len() {
            features::tagger(lex, i, &tags, self.flags & TAGGER_CLUSTERS != 0, &mut feats);
            self.tagger.score(&feats, &mut scores);
            tags.push(argmax(&scores, |_| true) as u8);
        }
        tags
    }

    /// Parses tagged words; returns heads (0 = root, else 1-based) and label indices.
    pub(crate) fn parse_lex(&self, lex: &[Lex], tags: &[u8]) -> (Vec<usize>, Vec<u16>) {
        let nodes = nodes(lex, tags);
        let st = if self.beam() > 1 { self.beam_search(&nodes) } else { self.greedy(&nodes) };
        let mut heads = st.heads[1..].to_vec();
        punct_leaves(&mut heads, tags);
        (heads, st.labels[1..].to_vec())
    }

    fn greedy(&self, nodes: &[Node]) -> State {
        let mut st = State::new(nodes.len());
        let mut memo = Memo::new(self, nodes);
        let mut scores = vec![0i32; self.parser.classes()];
        while !st.terminal() {
            memo.score(&st, &mut scores);
            let best = argmax(&scores, |c| allowed(&st, c, self.root_label as usize));
            st.apply(best);
        }
        st
    }

    /// Beam search: the [`Model::beam`] best transition sequences so far (summed
    /// scores) are extended by every allowed transition, and the best of those kept.
    /// Every sequence is `2n` transitions long, so all end together; the best wins.
    /// Ties go to the earlier state and the lower class.
    fn beam_search(&self, nodes: &[Node]) -> State {
        let width = self.beam();
        let root = self.root_label as usize;
        let mut memo = Memo::new(self, nodes);
        let mut beam: Vec<(State, i64)> = vec![(State::new(nodes.len()), 0)];
        let mut next: Vec<(State, i64)> = Vec::with_capacity(width);
        let mut pool: Vec<State> = Vec::with_capacity(width);
        let mut scores = vec![0i32; self.parser.classes()];
        let mut top = Vec::with_capacity(width + 1);
        while !beam[0].0.terminal() {
            top.clear();
            for (i, (st, base)) in beam.iter().enumerate() {
                memo.score(st, &mut scores);
                // The classes `allowed` lets through, in ascending order.
                let (left, right) = (st.valid(system::left(0)), st.valid(system::right(0)));
                let to_root = st.stack.len() == 2;
                if st.valid(system::SHIFT) {
                    push_top(&mut top, width, (base + i64::from(scores[system::SHIFT]), i, system::SHIFT));
                }
                for l in 0..self.labels.len() {
                    let (lc, rc) = (system::left(l), system::right(l));
                    if left && l != root {
                        push_top(&mut top, width, (base + i64::from(scores[lc]), i, lc));
                    }
                    if right && (l == root) == to_root {
                        push_top(&mut top, width, (base + i64::from(scores[rc]), i, rc));
                    }
                }
            }
            next.clear();
            for &(s, i, c) in &top {
                // The buffers of dropped states are reused.
                let mut st = match pool.pop() {
                    Some(mut st) => {
                        st.clone_from(&beam[i].0);
                        st
                    }
                    None => beam[i].0.clone(),
                };
                st.apply(c);
                next.push((st, s));
            }
            pool.extend(beam.drain(..).map(|(st, _)| st));
            std::mem::swap(&mut beam, &mut next);
        }
        beam.swap_remove(0).0
    }

    /// Tags and parses a sentence given as word forms (gold tokenization).
    pub fn analyze(&self, forms: &[&str]) -> Analysis {
        let lex: Vec<Lex> = forms.iter().map(|f| Lex::new(f, self.clusters())).collect();
        let tags = self.tag_lex(&lex);
        let (heads, labels) = self.parse_lex(&lex, &tags);
        Analysis { upos: tags.iter().map(|&t| Upos::ALL[t as usize]).collect(), heads, labels }
    }

    /// Parses one sentence given as tidings tokens of `text` (see [`words`]).
    pub fn parse<'m>(&'m self, text: &str, tokens: &[Token]) -> Vec<Word<'m>> {
        let ranges = words::words(text, tokens, &|p| self.keeps_hyphen(p));
        let forms: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        let a = self.analyze(&forms);
        ranges
            .into_iter()
            .enumerate()
            .map(|(i, r)| Word {
                start: r.start,
                end: r.end,
                upos: a.upos[i],
                head: a.heads[i].checked_sub(1),
                deprel: &self.labels[a.labels[i] as usize],
            })
            .collect()
    }
}

/// The parser's scores of a sentence's configurations, with the scores of the feature
/// groups that read only words ([`features::Group`]: the buffer front, the stack top
/// and buffer front, the stack's three top items and buffer front) kept per sentence,
/// each group's sum including those of the groups before it. A configuration then
/// costs one look-up of its tree features and a copy of a kept row, and the beam's
/// configurations that share their words but differ in the tree (above all, in the
/// label of the last arc) share the rest. Sums of integers: the scores are the same as
/// summing every feature's row.
///
/// The greedy parser keeps the buffer front's rows only ([`Memo::deep`] false): it
/// never meets a stack top and buffer front twice (with the front fixed, each
/// transition pops the stack), so keeping those rows cost copies and hash-map inserts
/// for nothing, and split one batch of table reads into three that wait in turn.
struct Memo<'a> {
    model: &'a Model,
    nodes: &'a [Node],
    classes: usize,
    /// Whether the rows of the stack top and of the stack's top items are kept (a beam).
    deep: bool,
    /// Kept rows, `classes` each.
    rows: Vec<i32>,
    /// Per buffer front (`1..=n + 1`), its row's number or `NONE`.
    buffer: Vec<u32>,
    /// By stack top and buffer front; by the three top items and buffer front.
    top: HashMap<u64, u32, BuildHasherDefault<IdHasher>>,
    stack: HashMap<u64, u32, BuildHasherDefault<IdHasher>>,
    feats: Vec<u32>,
    part: Vec<u32>,
}

impl<'a> Memo<'a> {
    const NONE: u32 = u32::MAX;

    fn new(model: &'a Model, nodes: &'a [Node]) -> Memo<'a> {
        Memo {
            model,
            nodes,
            classes: model.parser.classes(),
            deep: model.beam() > 1,
            rows: Vec::new(),
            buffer: vec![Memo::NONE; nodes.len() + 2],
            top: HashMap::default(),
            stack: HashMap::default(),
            feats: Vec::with_capacity(128),
            part: Vec::with_capacity(64),
        }
    }

    /// Writes the parser's class scores of `st` into `scores`.
    fn score(&mut self, st: &State, scores: &mut [i32]) {
        let clusters = self.model.flags & PARSER_CLUSTERS != 0;
        features::parser(&st.context(self.nodes), clusters, &mut self.feats);
        if !self.deep {
            let row = self.buffer_row(st.b) as usize * self.classes;
            scores.copy_from_slice(&self.rows[row..row + self.classes]);
            let groups = features::PARSER_GROUPS.iter().chain(&features::CLUSTER_GROUPS);
            self.part.clear();
            self.part.extend(self.feats.iter().zip(groups).filter(|(_, &g)| g != Group::Buffer).map(|(&f, _)| f));
            self.model.parser.add_scores(&self.part, scores);
            return;
        }
        // Stack items as word number + 1 (0: none), at most 2^16 words a sentence.
        let item = |k: usize| st.stack.len().checked_sub(k + 1).map_or(0, |i| st.stack[i] as u64 + 1);
        let b = st.b as u64;
        let top = (item(0) << 16) | b;
        let stack = (((item(2) << 16 | item(1)) << 16 | item(0)) << 16) | b;
        let row = match self.stack.get(&stack) {
            Some(&r) => r,
            None => {
                let below = match self.top.get(&top) {
                    Some(&r) => r,
                    None => {
                        let below = self.buffer_row(st.b);
                        let r = self.keep(below, Group::Top);
                        self.top.insert(top, r);
                        r
                    }
                };
                let r = self.keep(below, Group::Stack);
                self.stack.insert(stack, r);
                r
            }
        };
        let at = row as usize * self.classes;
        scores.copy_from_slice(&self.rows[at..at + self.classes]);
        self.select(Group::Tree);
        self.model.parser.add_scores(&self.part, scores);
    }

    /// The row of buffer front `b` (kept at its first configuration: its features are
    /// among the current ones).
    fn buffer_row(&mut self, b: usize) -> u32 {
        if self.buffer[b] == Memo::NONE {
            self.buffer[b] = self.keep(Memo::NONE, Group::Buffer);
        }
        self.buffer[b]
    }

    /// Keeps a new row: row `below` (or zeros for `NONE`) plus the scores of the current
    /// features of `group`; returns its number.
    fn keep(&mut self, below: u32, group: Group) -> u32 {
        let at = self.rows.len();
        if below == Memo::NONE {
            self.rows.resize(at + self.classes, 0);
        } else {
            self.rows.extend_from_within(below as usize * self.classes..(below as usize + 1) * self.classes);
        }
        self.select(group);
        self.model.parser.add_scores(&self.part, &mut self.rows[at..]);
        (at / self.classes) as u32
    }

    /// The current features of `group` into `part`.
    fn select(&mut self, group: Group) {
        let groups = features::PARSER_GROUPS.iter().chain(&features::CLUSTER_GROUPS);
        self.part.clear();
        self.part.extend(self.feats.iter().zip(groups).filter(|(_, &g)| g == group).map(|(&f, _)| f));
    }
}

/// Whether transition `c` is valid and labels an arc from the root `root` (and only
/// such an arc: the last word left attaches to the root, with `root`).
pub(crate) fn allowed(st: &State, c: usize, root: usize) -> bool {
    st.valid(c) && {
        let to_root = c != system::SHIFT && c.is_multiple_of(2) && st.stack.len() == 2;
        c == system::SHIFT || (to_root == ((c - 1) / 2 == root))
    }
}

pub(crate) fn nodes(lex: &[Lex], tags: &[u8]) -> Vec<Node> {
    lex.iter().zip(tags).map(|(l, &t)| Node { w: l.lower, t: u64::from(t) + 1, c: l.c }).collect()
}

/// Punctuation takes no dependents (UD; 6 of EWT train's 204,577 words have a PUNCT
/// head). Gives each word the parser attached to a punctuation mark the mark's own
/// head, or the first one up the chain that is not punctuation (not the root: then it
/// stays). The tree stays a projective tree: the mark's subtree lies inside its head's.
/// `heads` are 1-based (0 = root) per 0-based word.
fn punct_leaves(heads: &mut [usize], tags: &[u8]) {
    let punct = |w: usize| w >= 1 && tags.get(w - 1).is_some_and(|&t| t == Upos::Punct as u8);
    for i in 0..heads.len() {
        let mut h = heads[i];
        // The chain up to the root is shorter than the sentence.
        for _ in 0..heads.len() {
            if !punct(h) {
                break;
            }
            h = heads.get(h - 1).copied().unwrap_or(0);
        }
        if h != 0 {
            heads[i] = h;
        }
    }
}

/// Inserts candidate `(score, state, class)` into `top`, the `width` best so far in
/// descending score; on equal scores the earlier candidate stays ahead.
pub(crate) fn push_top<S: PartialOrd + Copy>(top: &mut Vec<(S, usize, usize)>, width: usize, cand: (S, usize, usize)) {
    if top.len() == width && top.last().is_some_and(|w| cand.0 <= w.0) {
        return;
    }
    let at = top.iter().position(|t| cand.0 > t.0).unwrap_or(top.len());
    top.insert(at, cand);
    top.truncate(width);
}

/// The highest-scoring allowed class; ties go to the lowest index.
pub(crate) fn argmax<T: PartialOrd + Copy>(scores: &[T], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best: Option<usize> = None;
    for (c, &s) in scores.iter().enumerate() {
        if allowed(c) && best.is_none_or(|b| s > scores[b]) {
            best = Some(c);
        }
    }
    best.expect("at least one allowed class")
}

/// Parses one sentence with the bundled model (see [`Model::parse`]).
pub fn parse(text: &str, tokens: &[Token]) -> Vec<Word<'static>> {
    Model::bundled().parse(text, tokens)
}
