//! Sentence ends of web text for the syntax path (`tidings parse`, `tidings eval
//! syntax`), learned from the treebanks.
//!
//! `tidings_text::split_sentences` ends a sentence at a newline and at `.`/`!`/`?`
//! before a capital, a digit or an opening quote, which suits news. Web text (UD
//! English EWT: e-mail, reviews, forum posts) often ends sentences without final
//! punctuation ("Thanks , | Sean", "Regards , | Debra", "08/16/2000 12:05 PM | I just
//! wanted"), before lower case ("in town . | the weather is", "? | lol") or with
//! emoticons. Here a binary averaged perceptron decides after every token not followed
//! by a newline whether a sentence ends there, from the words around the gap, their
//! shapes, whether tidings_text's rule ends a sentence there and how long the sentence
//! is so far. A newline still always ends a sentence. The model
//! (`data/sentences.model.gz`, a few hundred kilobytes) is trained by `cargo xtask
//! train-sentences` on the raw text of UD English EWT train and the open GUM train
//! documents rebuilt as `tidings eval syntax` rebuilds a treebank's text (sentences of
//! a paragraph joined by a space, paragraphs by a blank line). The rest of the
//! pipeline keeps tidings_text's sentences.
//!
//! Deterministic and linear: one fixed set of features per token.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::sync::OnceLock;

use tidings_text::{Sentence, Token, TokenKind};

use crate::conllu::GoldSentence;
use crate::features::{hash_str, key};
use crate::perceptron::{Reader, Trainer, Weights};

static BUNDLED: &[u8] = include_bytes!("../data/sentences.model.gz");
const MAGIC: &[u8] = b"TSENT1";

/// The learned sentence splitter.
pub struct Splitter {
    weights: Weights,
}

/// What the features know of a token.
#[derive(Clone, Copy)]
struct Tok {
    lower: u64,
    shape: u64,
    /// First character's class: 1 upper, 2 lower, 3 digit, 4 opening quote or bracket,
    /// 5 other; 0 for no token.
    first: u64,
    kind: u64,
}

const NO_TOK: Tok = Tok { lower: 0x4e4f_4e45, shape: 0x4e4f_4e45, first: 0, kind: 0 };

fn tok(text: &str, t: &Token) -> Tok {
    let s = t.text(text);
    let lower = s.to_lowercase();
    let shape = crate::features::word_shape(s);
    let first = match s.chars().next() {
        Some(c) if c.is_uppercase() => 1,
        Some(c) if c.is_lowercase() => 2,
        Some(c) if c.is_numeric() => 3,
        Some('"' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}' | '`' | '\'') => 4,
        Some(_) => 5,
        None => 0,
    };
    let kind = match t.kind {
        TokenKind::Word => 1,
        TokenKind::Number => 2,
        TokenKind::Punct => 3,
    };
    Tok { lower: hash_str(11, &lower), shape: hash_str(12, &shape), first, kind }
}

/// Features of the gap after token `i` (`toks` as [`tok`] gives them, `rule` whether
/// tidings_text ends a sentence there, `len` the tokens since the last end).
fn features(tokens: &[Token], toks: &[Tok], i: usize, rule: bool, len: usize, out: &mut Vec<u32>) {
    out.clear();
    let at = |j: isize| if j < 0 || j as usize >= toks.len() { NO_TOK } else { toks[j as usize] };
    let ii = i as isize;
    let (p1, t0, n1, n2) = (at(ii - 1), at(ii), at(ii + 1), at(ii + 2));
    let glued_at = |j: usize| u64::from(j + 1 < tokens.len() && tokens[j + 1].start == tokens[j].end);
    let (glued, glued_next) = (glued_at(i), glued_at(i + 1));
    let rule = u64::from(rule);
    let len = match len {
        0..=2 => len as u64,
        3..=5 => 3,
        6..=10 => 4,
        11..=20 => 5,
        21..=40 => 6,
        _ => 7,
    };
    out.extend_from_slice(&[
        key(300, &[]),
        key(301, &[rule]),
        key(302, &[rule, n1.first]),
        key(303, &[t0.lower]),
        key(304, &[t0.shape]),
        key(305, &[n1.lower]),
        key(306, &[n1.shape]),
        key(307, &[n1.first]),
        key(308, &[t0.lower, n1.first]),
        key(309, &[t0.shape, n1.shape]),
        key(310, &[p1.lower, t0.lower]),
        key(311, &[t0.lower, n1.lower]),
        key(312, &[n2.shape]),
        key(313, &[t0.kind, n1.kind]),
        key(314, &[glued]),
        key(315, &[glued, t0.shape, n1.first]),
        key(316, &[p1.shape, t0.shape, n1.shape]),
        key(317, &[len]),
        key(318, &[len, t0.kind, n1.first]),
        key(319, &[p1.lower, t0.lower, n1.first]),
        key(320, &[n1.lower, n2.shape]),
        key(321, &[t0.shape, n1.lower]),
        key(322, &[p1.shape, t0.lower]),
        key(323, &[glued, glued_next, t0.kind, n1.first]),
        key(324, &[t0.lower, n1.lower, glued_next]),
        key(325, &[p1.lower, t0.lower, n1.lower]),
    ]);
}

/// Token indices after which tidings_text's rule ends a sentence (not at a newline).
fn rule_ends(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut ends = vec![false; tokens.len()];
    for s in tidings_text::split_sentences(text, tokens) {
        if let Some(last) = s.tokens.end.checked_sub(1) {
            ends[last] = true;
        }
    }
    ends
}

fn newline_after(text: &str, tokens: &[Token], i: usize) -> bool {
    let next = tokens.get(i + 1).map_or(text.len(), |n| n.start);
    text[tokens[i].end..next].contains('\n')
}

impl Splitter {
    /// The splitter bundled with tidings, loaded once (`TIDINGS_SYNTAX_SENTENCES_MODEL`
    /// names another model file, for measuring a retrained one without a rebuild).
    pub fn bundled() -> &'static Splitter {
        static SPLITTER: OnceLock<Splitter> = OnceLock::new();
        SPLITTER.get_or_init(|| match std::env::var_os("TIDINGS_SYNTAX_SENTENCES_MODEL") {
            Some(path) => {
                let bytes = std::fs::read(&path).expect("TIDINGS_SYNTAX_SENTENCES_MODEL names a readable file");
                Splitter::from_gzip(&bytes).expect("TIDINGS_SYNTAX_SENTENCES_MODEL names a sentence model")
            }
            None => Splitter::from_gzip(BUNDLED).expect("the bundled sentence model is valid"),
        })
    }

    pub fn from_gzip(bytes: &[u8]) -> Result<Splitter, String> {
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut raw).map_err(|e| e.to_string())?;
        let buf = raw.strip_prefix(MAGIC).ok_or("not a tidings sentence model")?;
        let mut r = Reader { buf };
        let weights = Weights::read(&mut r)?;
        if weights.classes() != 2 || !r.buf.is_empty() {
            return Err("inconsistent sentence model".into());
        }
        Ok(Splitter { weights })
    }

    /// The model file: deterministic bytes.
    pub fn to_gzip(&self) -> Vec<u8> {
        let mut raw = MAGIC.to_vec();
        self.weights.write(&mut raw);
        let mut gz = flate2::GzBuilder::new().mtime(0).write(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).expect("writing to memory");
        gz.finish().expect("writing to memory")
    }

    /// Splits `tokens` (of `text`) into sentences.
    pub fn split(&self, text: &str, tokens: &[Token]) -> Vec<Sentence> {
        let toks: Vec<Tok> = tokens.iter().map(|t| tok(text, t)).collect();
        let rule = rule_ends(text, tokens);
        let mut out = Vec::new();
        let mut first = 0;
        let mut feats = Vec::with_capacity(32);
        let mut scores = [0i32; 2];
        for i in 0..tokens.len() {
            let end = i + 1 == tokens.len() || newline_after(text, tokens, i) || {
                features(tokens, &toks, i, rule[i], i - first, &mut feats);
                self.weights.score(&feats, &mut scores);
                scores[1] > scores[0]
            };
            if end {
                out.push(Sentence { start: tokens[first].start, end: tokens[i].end, tokens: first..i + 1 });
                first = i + 1;
            }
        }
        out
    }

    /// Tokens and sentences of `text`.
    pub fn segment(&self, text: &str) -> tidings_text::Segmented {
        let tokens = tidings_text::tokenize(text);
        let sentences = self.split(text, &tokens);
        tidings_text::Segmented { tokens, sentences }
    }
}

/// A treebank's documents as raw text (normalized) with the byte offsets where its
/// sentences end: a document's sentences joined by a space, its paragraphs by a blank
/// line, as `tidings eval syntax` and the CoNLL 2018 shared task's raw text.
pub fn raw_documents(sents: &[GoldSentence]) -> Vec<(String, BTreeSet<usize>)> {
    let mut docs: Vec<(String, BTreeSet<usize>)> = Vec::new();
    for (k, s) in sents.iter().enumerate() {
        if k == 0 || s.newdoc.is_some() {
            docs.push((String::new(), BTreeSet::new()));
        }
        let (text, ends) = docs.last_mut().expect("pushed");
        if !text.is_empty() {
            text.push_str(if s.newpar { "\n\n" } else { " " });
        }
        let sentence = s.text.clone().unwrap_or_else(|| {
            s.tokens().iter().map(|(f, _, space)| if *space { format!("{f} ") } else { f.clone() }).collect()
        });
        text.push_str(&tidings_text::normalize(sentence.trim_end()));
        ends.insert(text.len());
    }
    docs
}

/// Trains a splitter on treebank sentences (`epochs` shuffled passes, seed `seed`).
pub fn train(sents: &[GoldSentence], epochs: usize, seed: u64) -> Splitter {
    struct Gap {
        feats: Vec<u32>,
        end: bool,
    }
    let mut gaps: Vec<Vec<Gap>> = Vec::new();
    for (text, ends) in raw_documents(sents) {
        let tokens = tidings_text::tokenize(&text);
        let toks: Vec<Tok> = tokens.iter().map(|t| tok(&text, t)).collect();
        let rule = rule_ends(&text, &tokens);
        let mut doc = Vec::new();
        let mut first = 0;
        for i in 0..tokens.len() {
            let gold = ends.contains(&tokens[i].end);
            if i + 1 == tokens.len() || newline_after(&text, &tokens, i) {
                first = i + 1;
                continue;
            }
            let mut feats = Vec::new();
            // The length feature counts from the last gold end, as decoding counts
            // from the last decided end.
            features(&tokens, &toks, i, rule[i], i - first, &mut feats);
            doc.push(Gap { feats, end: gold });
            if gold {
                first = i + 1;
            }
        }
        gaps.push(doc);
    }
    let mut t = Trainer::new(2);
    let mut order: Vec<usize> = (0..gaps.len()).collect();
    let mut state = seed;
    let mut scores = [0f32; 2];
    for _ in 0..epochs {
        // Fisher-Yates with SplitMix64.
        for i in (1..order.len()).rev() {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            order.swap(i, (z % (i as u64 + 1)) as usize);
        }
        for &d in &order {
            for g in &gaps[d] {
                t.score(&g.feats, &mut scores);
                let guess = usize::from(scores[1] > scores[0]);
                t.update(&g.feats, usize::from(g.end), guess);
                t.tick();
            }
        }
    }
    Splitter { weights: t.averaged(0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str) -> Vec<&str> {
        let seg = Splitter::bundled().segment(text);
        // Sentences cover the tokens in order, without gaps or overlaps.
        let mut next = 0;
        for s in &seg.sentences {
            assert_eq!(s.tokens.start, next, "{text:?}");
            assert!(s.tokens.end > s.tokens.start);
            assert_eq!((s.start, s.end), (seg.tokens[s.tokens.start].start, seg.tokens[s.tokens.end - 1].end));
            next = s.tokens.end;
        }
        assert_eq!(next, seg.tokens.len());
        seg.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn the_bundled_splitter_loads_and_round_trips() {
        let s = Splitter::bundled();
        let again = Splitter::from_gzip(&s.to_gzip()).unwrap();
        assert_eq!(again.weights.size(), s.weights.size());
        assert!(again.weights.size().0 > 1000, "a trained model");
        assert!(Splitter::from_gzip(b"nope").is_err());
    }

    #[test]
    fn empty_one_token_and_newline_texts() {
        assert!(ends("").is_empty());
        assert_eq!(ends("Hello"), ["Hello"]);
        assert_eq!(ends("."), ["."]);
        assert_eq!(ends("one line\nanother line"), ["one line", "another line"]);
    }

    #[test]
    fn news_sentences_end_as_the_rule_ends_them() {
        let text = "Militants attacked the base on Monday. Mr. Smith said 12 people died. \"It was awful,\" he said.";
        assert_eq!(
            ends(text),
            ["Militants attacked the base on Monday.", "Mr. Smith said 12 people died.", "\"It was awful,\" he said."]
        );
    }

    #[test]
    fn web_text_sentences_end_before_lower_case() {
        assert_eq!(ends("Is it open on Sundays? yes it is."), ["Is it open on Sundays?", "yes it is."]);
        assert_eq!(
            ends("The staff were rude to us. i will never go back there."),
            ["The staff were rude to us.", "i will never go back there."]
        );
    }

    #[test]
    fn training_learns_ends_from_a_tiny_treebank() {
        let mut sents = Vec::new();
        for (k, t) in ["Thanks a lot", "See you soon .", "ok then", "Bye ."].iter().cycle().take(40).enumerate() {
            let words = t
                .split(' ')
                .map(|f| crate::conllu::GoldWord {
                    form: f.into(),
                    upos: "X".into(),
                    head: 0,
                    deprel: "root".into(),
                    space_after: true,
                })
                .collect();
            sents.push(GoldSentence {
                newdoc: (k % 8 == 0).then(|| format!("d{k}")),
                text: Some(t.to_string()),
                words,
                ..Default::default()
            });
        }
        let s = train(&sents, 3, 1);
        let text = "Thanks a lot See you soon . ok then Bye .";
        let got: Vec<&str> =
            s.split(text, &tidings_text::tokenize(text)).iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(got, ["Thanks a lot", "See you soon .", "ok then", "Bye ."]);
    }
}
