//! Part-of-speech tags and dependencies: tidings' tagger and parser against a
//! CoNLL-U treebank (`--gold FILE.conllu[.gz]`), scored twice:
//!
//! - **gold tokens**: the treebank's words are tagged and parsed as given; UPOS, UAS
//!   and LAS are accuracies over words.
//! - **raw text**: each document's `# text` lines are joined (a space between
//!   sentences, a blank line between paragraphs, as in the CoNLL 2018 shared task's
//!   raw text files), then normalized, tokenized and split into sentences by
//!   `tidings_text` and parsed. System and gold words are aligned as the CoNLL 2018
//!   scorer does, by character offsets ignoring whitespace: words with the same
//!   span align; inside a gold multiword token whose words spell it out ("do" + "n't"
//!   for "don't") each word gets its own span, otherwise its words and the system
//!   words of the same span align in order. Scores are F1 over words (precision over
//!   system words, recall over gold words): `Words` (tokenization), `Sents` (sentence
//!   spans), `UPOS`, `UAS` (head aligned to the gold head) and `LAS` (also the
//!   relation, compared without subtypes as the 2018 scorer does). `LAS+sub` compares
//!   full relations (`nsubj:pass`).
//!
//! The baseline in the same run is naive: a tag from the word's shape (punctuation,
//! number, capitalized → PROPN, else NOUN), each word headed by the word before it
//! (the first is the root), relation `punct`/`root`/`dep`.
//!
//! Speed is sentences per second on one core, tagging and parsing only (gold tokens)
//! or with tokenization and sentence splitting (raw text).
//!
//! Raw text is split into sentences as `tidings parse` splits it, by the syntax path's
//! learned splitter (`tidings_syntax::sentences`); `TIDINGS_SYNTAX_SPLITTER=rules`
//! uses `tidings_text`'s rule instead (the rest of the pipeline's). Diagnostics:
//! `TIDINGS_DIAG_SENTS=1` prints each missed (`MISS`) and spurious (`SPUR`) sentence
//! end with its context to stderr; `TIDINGS_DIAG_GOLD_SENTS=1` splits at the gold
//! sentence ends (an upper bound for the splitter).

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use tidings_syntax::conllu::{self, GoldSentence};
use tidings_syntax::sentences::Splitter;
use tidings_syntax::{Model, Upos};
use tidings_text::Segmented;

use crate::Report;

/// Reads a CoNLL-U file, gunzipping `.gz`.
pub fn read(path: &Path) -> Result<Vec<GoldSentence>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let text = if path.extension().is_some_and(|e| e == "gz") {
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut s).context("gunzipping")?;
        s
    } else {
        String::from_utf8(bytes).context("not UTF-8")?
    };
    conllu::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// One analyzed word in the scorer's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Scored {
    /// Span in non-whitespace characters.
    span: (usize, usize),
    upos: String,
    /// Index of the head within the same list (None = root).
    head: Option<usize>,
    deprel: String,
}

fn universal(d: &str) -> &str {
    d.split(':').next().unwrap_or(d)
}

/// Counts for F1.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    gold: usize,
    system: usize,
    words: usize,
    upos: usize,
    uas: usize,
    las: usize,
    las_full: usize,
}

impl Tally {
    fn f1(&self, correct: usize) -> f64 {
        if self.gold + self.system == 0 {
            return f64::NAN;
        }
        2.0 * correct as f64 / (self.gold + self.system) as f64
    }
}

/// Scores system words against gold words (both in document order, heads as indices
/// into their own list) by span alignment.
fn score_aligned(gold: &[Scored], system: &[Scored]) -> Tally {
    let mut t = Tally { gold: gold.len(), system: system.len(), ..Tally::default() };
    // Group both sides by span; pair in order within a span.
    let mut by_span: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, s) in system.iter().enumerate() {
        by_span.entry(s.span).or_default().push(i);
    }
    let mut used: HashMap<(usize, usize), usize> = HashMap::new();
    let mut g2s: Vec<Option<usize>> = vec![None; gold.len()];
    for (i, g) in gold.iter().enumerate() {
        let k = used.entry(g.span).or_insert(0);
        if let Some(s) = by_span.get(&g.span).and_then(|v| v.get(*k)) {
            g2s[i] = Some(*s);
            *k += 1;
        }
    }
    for (i, g) in gold.iter().enumerate() {
        let Some(s) = g2s[i] else { continue };
        let sw = &system[s];
        t.words += 1;
        t.upos += usize::from(sw.upos == g.upos);
        let head_ok = match (g.head, sw.head) {
            (None, None) => true,
            (Some(gh), Some(sh)) => g2s[gh] == Some(sh),
            _ => false,
        };
        if head_ok {
            t.uas += 1;
            t.las += usize::from(universal(&sw.deprel) == universal(&g.deprel));
            t.las_full += usize::from(sw.deprel == g.deprel);
        }
    }
    t
}

/// A document of the treebank: its raw text and gold words with spans.
struct Doc {
    text: String,
    gold: Vec<Scored>,
    sentences: Vec<(usize, usize)>,
}

/// Maps byte offsets of `text` to indices among its non-whitespace characters.
fn nonspace_index(text: &str) -> Vec<usize> {
    let mut idx = vec![0; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        for slot in &mut idx[b..b + c.len_utf8()] {
            *slot = n;
        }
        if !c.is_whitespace() {
            n += 1;
        }
    }
    idx[text.len()] = n;
    idx
}

fn documents(sents: &[GoldSentence]) -> Vec<Doc> {
    let mut docs: Vec<Doc> = Vec::new();
    for (k, s) in sents.iter().enumerate() {
        if k == 0 || s.newdoc.is_some() {
            docs.push(Doc { text: String::new(), gold: Vec::new(), sentences: Vec::new() });
        }
        let doc = docs.last_mut().expect("pushed");
        if !doc.text.is_empty() {
            doc.text.push_str(if s.newpar { "\n\n" } else { " " });
        }
        let start = doc.text.len();
        let tokens = s.tokens();
        let sentence_text = s.text.clone().unwrap_or_else(|| {
            tokens.iter().map(|(f, _, space)| if *space { format!("{f} ") } else { f.clone() }).collect::<String>()
        });
        doc.text.push_str(sentence_text.trim_end());
        // Token spans: each form found from the current position on.
        let base = doc.gold.len();
        let mut pos = start;
        let mut spans = vec![(0usize, 0usize); s.words.len()];
        for (form, words, _) in &tokens {
            let rest = &doc.text[pos..];
            let skip = rest.len() - rest.trim_start().len();
            pos += skip;
            let a = pos;
            let b = if doc.text[pos..].starts_with(form.as_str()) {
                pos + form.len()
            } else {
                // The form differs from the text: take as many characters.
                doc.text[pos..].char_indices().nth(form.chars().count()).map_or(doc.text.len(), |(i, _)| pos + i)
            };
            pos = b;
            let forms: Vec<&str> = s.words[words.clone()].iter().map(|w| w.form.as_str()).collect();
            let spelled = forms.concat().to_lowercase() == doc.text[a..b].to_lowercase();
            let mut x = a;
            for (k, f) in words.clone().zip(&forms) {
                spans[k] = if spelled && words.len() > 1 { (x, x + f.len()) } else { (a, b) };
                x += f.len();
            }
        }
        for (w, span) in s.words.iter().zip(spans) {
            doc.gold.push(Scored {
                span,
                upos: w.upos.clone(),
                head: w.head.checked_sub(1).map(|h| base + h),
                deprel: w.deprel.clone(),
            });
        }
        doc.sentences.push((start, doc.text.len()));
    }
    for doc in &mut docs {
        let idx = nonspace_index(&doc.text);
        for g in &mut doc.gold {
            g.span = (idx[g.span.0], idx[g.span.1]);
        }
        for s in &mut doc.sentences {
            *s = (idx[s.0], idx[s.1]);
        }
    }
    docs
}

/// The naive baseline's tag for a word.
fn naive_tag(form: &str) -> Upos {
    if form.chars().all(|c| !c.is_alphanumeric()) {
        Upos::Punct
    } else if form.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        Upos::Num
    } else if form.chars().next().is_some_and(char::is_uppercase) {
        Upos::Propn
    } else {
        Upos::Noun
    }
}

fn naive(forms: &[&str]) -> Vec<(Upos, Option<usize>, &'static str)> {
    (0..forms.len())
        .map(|i| {
            let tag = naive_tag(forms[i]);
            let rel = if i == 0 {
                "root"
            } else if tag == Upos::Punct {
                "punct"
            } else {
                "dep"
            };
            (tag, i.checked_sub(1), rel)
        })
        .collect()
}

/// Analyzes raw documents; returns system words (spans in non-whitespace characters)
/// and sentence spans.
fn raw_system(model: &Model, doc: &Doc, baseline: bool) -> (Vec<Scored>, Vec<(usize, usize)>) {
    let text = tidings_text::normalize(&doc.text);
    let idx = nonspace_index(&text);
    let seg = if std::env::var_os("TIDINGS_DIAG_GOLD_SENTS").is_some() {
        // Diagnostic: split at the gold sentence ends (counted in non-whitespace characters).
        let tokens = tidings_text::tokenize(&text);
        let ends: Vec<usize> = doc.sentences.iter().map(|s| s.1).collect();
        let mut sentences = Vec::new();
        let mut first = 0;
        for (i, t) in tokens.iter().enumerate() {
            let nb = idx[t.end];
            let last = i + 1 == tokens.len() || ends.contains(&nb);
            if last {
                sentences.push(tidings_text::Sentence { start: tokens[first].start, end: t.end, tokens: first..i + 1 });
                first = i + 1;
            }
        }
        Segmented { tokens, sentences }
    } else if std::env::var("TIDINGS_SYNTAX_SPLITTER").is_ok_and(|v| v == "rules") {
        Segmented::new(&text)
    } else {
        Splitter::bundled().segment(&text)
    };
    let mut out = Vec::new();
    let mut sentences = Vec::new();
    for s in &seg.sentences {
        let toks = &seg.tokens[s.tokens.clone()];
        let base = out.len();
        if baseline {
            let ranges = tidings_syntax::words::words(&text, toks, &|p| model.keeps_hyphen(p));
            let forms: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
            for (r, (tag, head, rel)) in ranges.iter().zip(naive(&forms)) {
                out.push(Scored {
                    span: (idx[r.start], idx[r.end]),
                    upos: tag.as_str().into(),
                    head: head.map(|h| base + h),
                    deprel: rel.into(),
                });
            }
        } else {
            for w in model.parse(&text, toks) {
                out.push(Scored {
                    span: (idx[w.start], idx[w.end]),
                    upos: w.upos.as_str().into(),
                    head: w.head.map(|h| base + h),
                    deprel: w.deprel.into(),
                });
            }
        }
        sentences.push((idx[s.start], idx[s.end]));
    }
    (out, sentences)
}

fn add(a: &mut Tally, b: Tally) {
    a.gold += b.gold;
    a.system += b.system;
    a.words += b.words;
    a.upos += b.upos;
    a.uas += b.uas;
    a.las += b.las;
    a.las_full += b.las_full;
}

fn row(name: &str, t: &Tally, sents: (usize, usize, usize), speed: f64) -> (String, Vec<f64>) {
    let (gold_s, sys_s, right_s) = sents;
    let sent_f1 = if gold_s + sys_s == 0 { f64::NAN } else { 2.0 * right_s as f64 / (gold_s + sys_s) as f64 };
    (name.to_string(), vec![t.f1(t.words), sent_f1, t.f1(t.upos), t.f1(t.uas), t.f1(t.las), t.f1(t.las_full), speed])
}

/// Scores the bundled model on a CoNLL-U file.
/// `TIDINGS_SYNTAX_MODEL=FILE` scores that model file instead (a candidate from
/// `cargo xtask train-syntax --out FILE`, against the bundled one with the same binary).
pub fn run(gold: &Path) -> Result<Report> {
    if let Some(path) = std::env::var_os("TIDINGS_SYNTAX_MODEL") {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", Path::new(&path).display()))?;
        let model = Model::from_gzip(&bytes).map_err(|e| anyhow::anyhow!("{}: {e}", Path::new(&path).display()))?;
        return run_with(&model, &read(gold)?, &gold.display().to_string());
    }
    run_with(Model::bundled(), &read(gold)?, &gold.display().to_string())
}

/// Scores `model` on treebank sentences.
pub fn run_with(model: &Model, sents: &[GoldSentence], name: &str) -> Result<Report> {
    let mut rows = Vec::new();
    let nsent = sents.len();
    // (a) Gold tokenization.
    let docs = documents(sents);
    let gold_words: Vec<&Scored> = docs.iter().flat_map(|d| &d.gold).collect();
    for baseline in [false, true] {
        let t0 = Instant::now();
        let mut system = Vec::with_capacity(gold_words.len());
        for s in sents {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let base = system.len();
            let analyzed: Vec<(String, Option<usize>, String)> = if baseline {
                naive(&forms).into_iter().map(|(t, h, r)| (t.as_str().to_string(), h, r.to_string())).collect()
            } else {
                let a = model.analyze(&forms);
                (0..forms.len())
                    .map(|i| {
                        (
                            a.upos[i].as_str().to_string(),
                            a.heads[i].checked_sub(1),
                            model.labels()[a.labels[i] as usize].clone(),
                        )
                    })
                    .collect()
            };
            for (i, (upos, head, deprel)) in analyzed.into_iter().enumerate() {
                system.push(Scored { span: gold_words[base + i].span, upos, head: head.map(|h| base + h), deprel });
            }
        }
        let speed = nsent as f64 / t0.elapsed().as_secs_f64().max(1e-9);
        // Gold heads are relative to their document; system heads to the whole list.
        let mut gold_all: Vec<Scored> = Vec::with_capacity(gold_words.len());
        for d in &docs {
            let offset = gold_all.len();
            gold_all.extend(d.gold.iter().map(|g| Scored { head: g.head.map(|h| h + offset), ..g.clone() }));
        }
        let t = score_aligned(&gold_all, &system);
        let label = if baseline { "baseline, gold tokens" } else { "tidings, gold tokens" };
        rows.push(row(label, &t, (0, 0, 0), speed));
    }
    // (b) Raw text.
    for baseline in [false, true] {
        let t0 = Instant::now();
        let mut total = Tally::default();
        let (mut gs, mut ss, mut rs) = (0, 0, 0);
        let mut produced = 0;
        for d in &docs {
            let (system, sentences) = raw_system(model, d, baseline);
            produced += sentences.len();
            add(&mut total, score_aligned(&d.gold, &system));
            gs += d.sentences.len();
            ss += sentences.len();
            rs += sentences.iter().filter(|s| d.sentences.contains(s)).count();
            if !baseline && std::env::var_os("TIDINGS_DIAG_SENTS").is_some() {
                let text = tidings_text::normalize(&d.text);
                let idx = nonspace_index(&text);
                let byte = |n: usize| idx.partition_point(|&x| x < n);
                let show = |n: usize, tag: &str| {
                    let b = byte(n);
                    let fl = |mut x: usize| {
                        while !text.is_char_boundary(x) {
                            x -= 1;
                        }
                        x
                    };
                    let a = fl(b.saturating_sub(40));
                    let c = fl((b + 40).min(text.len()));
                    eprintln!("{tag}\t{}|{}", text[a..b].replace('\n', "\\n"), text[b..c].replace('\n', "\\n"));
                };
                let gold_ends: std::collections::HashSet<usize> = d.sentences.iter().map(|s| s.1).collect();
                let sys_ends: std::collections::HashSet<usize> = sentences.iter().map(|s| s.1).collect();
                for s in &d.sentences {
                    if !sys_ends.contains(&s.1) {
                        show(s.1, "MISS");
                    }
                }
                for s in &sentences {
                    if !gold_ends.contains(&s.1) {
                        show(s.1, "SPUR");
                    }
                }
            }
        }
        let speed = produced as f64 / t0.elapsed().as_secs_f64().max(1e-9);
        let label = if baseline { "baseline, raw text" } else { "tidings, raw text" };
        rows.push(row(label, &total, (gs, ss, rs), speed));
    }
    Ok(Report {
        title: format!("Syntax: {name} ({nsent} sentences, {} words)", gold_words.len()),
        columns: ["Words", "Sents", "UPOS", "UAS", "LAS", "LAS+sub", "sent/s"].map(String::from).to_vec(),
        rows,
        notes: vec!["F1 over words (= accuracy with gold tokens); LAS compares relations without subtypes \
             (CoNLL 2018), LAS+sub with them; speed on one core (raw text includes tokenization)."
            .into()],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d\n# newpar\n# text = I don't know.\n\
        1\tI\tI\tPRON\t_\t_\t4\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_\n\
        3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n\
        4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
        5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n\n\
        # text = Militants attacked the base.\n\
        1\tMilitants\tmilitant\tNOUN\t_\t_\t2\tnsubj\t_\t_\n\
        2\tattacked\tattack\tVERB\t_\t_\t0\troot\t_\t_\n\
        3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n\
        4\tbase\tbase\tNOUN\t_\t_\t2\tobj\t_\tSpaceAfter=No\n\
        5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn gold_spans_split_multiword_tokens_that_spell_their_words() {
        let sents = conllu::parse(SAMPLE).unwrap();
        let docs = documents(&sents);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "I don't know. Militants attacked the base.");
        let spans: Vec<(usize, usize)> = docs[0].gold.iter().map(|g| g.span).collect();
        assert_eq!(spans[..5], [(0, 1), (1, 3), (3, 6), (6, 10), (10, 11)]);
        assert_eq!(docs[0].gold[5].head, Some(6), "heads are document-relative");
        assert_eq!(docs[0].sentences, [(0, 11), (11, 36)]);
    }

    #[test]
    fn alignment_scores_split_and_missing_words() {
        let w =
            |a, b, upos: &str, head, rel: &str| Scored { span: (a, b), upos: upos.into(), head, deprel: rel.into() };
        let gold =
            vec![w(0, 2, "PRON", Some(1), "nsubj"), w(2, 5, "VERB", None, "root"), w(5, 6, "PUNCT", Some(1), "punct")];
        // The system merges the last two words: two of three gold words align.
        let system = vec![w(0, 2, "PRON", Some(1), "nsubj:pass"), w(2, 6, "VERB", None, "root")];
        let t = score_aligned(&gold, &system);
        assert_eq!((t.gold, t.system, t.words, t.upos, t.uas, t.las, t.las_full), (3, 2, 1, 1, 0, 0, 0));
        let system = vec![
            w(0, 2, "PRON", Some(1), "nsubj:pass"),
            w(2, 5, "VERB", None, "root"),
            w(5, 6, "PUNCT", Some(0), "punct"),
        ];
        let t = score_aligned(&gold, &system);
        assert_eq!((t.words, t.upos, t.uas, t.las, t.las_full), (3, 3, 2, 2, 1));
        assert!((t.f1(t.uas) - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn the_bundled_model_beats_the_baseline_on_a_sample() {
        let sents = conllu::parse(SAMPLE).unwrap();
        let r = run_with(Model::bundled(), &sents, "sample").unwrap();
        assert_eq!(r.rows.len(), 4);
        assert!(r.rows[0].1[3] > 0.5, "gold-token UAS on easy sentences: {r}");
        let las = |i: usize| r.rows[i].1[4];
        assert!(las(0) > las(1), "{r}");
        assert!(las(2) > las(3), "{r}");
        assert_eq!(r.rows[2].1[0], 1.0, "tidings' words match the treebank's here: {r}");
    }
}
