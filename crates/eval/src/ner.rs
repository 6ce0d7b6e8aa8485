//! Named entities: `tidings eval ner --gold FILE`.
//!
//! Gold is either
//! - **CoNLL**: `token<TAB or space>tag` per line, IOB1 or IOB2, blank lines between
//!   sentences, optional `-DOCSTART-` lines (`-DOCSTART-:<id>` names the document)
//!   between documents; or
//! - **JSONL** span gold, one document a line: `{id, text, entities: [{start, end,
//!   label, text?}], ignore?: [[start, end]]}` with UTF-8 byte offsets into `text`
//!   (which must be normalized as `tidings_text::normalize` does). `ignore` ranges hold
//!   names the gold does not label (re3d's descriptions and low-confidence mentions):
//!   a prediction overlapping one is not scored unless it is a gold name.
//!
//! The format is told by the first character (`{` is JSONL). CoNLL tokens are joined
//! into text (one line per sentence, no space before closing punctuation and clitics,
//! see [`detokenize`]), so gold and predictions are compared as byte spans of one text:
//! entity-level exact match of start, end and label.
//!
//! Corpus label names map to ours by one table ([`map_label`]) that covers the corpora
//! in `../shared/data` (re3d, wikigold, WNUT-17, Broad Twitter Corpus, CrossNER,
//! Re-DocRED, UNER); dates, numbers and other non-names map to nothing. A MISC or LOC
//! gold name that is a nationality adjective or a religious/political collective
//! ("German", "Sunni") becomes NORP when the gold uses MISC at all, so corpora that fold
//! NORP into MISC (CoNLL) or into LOC (Re-DocRED) still score NORP; a gold with only
//! PER/ORG/LOC (BTC, UNER) does not mark nationalities and stays as it is.
//!
//! Scores are reported twice:
//! - in **our label space**, restricted to the labels the gold has: a gold without GPE
//!   or FAC sees our GPE/FAC as LOC; predicted labels the gold never uses are dropped
//!   (UNER has no MISC, so our MISC is not counted against it);
//! - in **CoNLL's four labels**: the same predictions, then GPE, LOC, FAC → LOC and
//!   NORP, MISC → MISC (so on re3d, which marks nationalities but no other MISC, our
//!   MISC names are dropped before NORP becomes MISC).

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use tidings_entities::Recognizer;
use tidings_model::Label;
use tidings_text::Segmented;

use crate::score::Counts;
use crate::Report;

/// A labelled byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub label: LabelKey,
}

/// [`Label`] with an order, for sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LabelKey(pub u8);

impl LabelKey {
    pub const ALL: [Label; 7] = [Label::Per, Label::Org, Label::Loc, Label::Gpe, Label::Fac, Label::Norp, Label::Misc];

    pub fn of(l: Label) -> LabelKey {
        LabelKey(Self::ALL.iter().position(|&x| x == l).expect("every label is listed") as u8)
    }

    pub fn label(self) -> Label {
        Self::ALL[self.0 as usize]
    }
}

/// A gold document: text, names, and (for CoNLL) the sentences as byte ranges.
#[derive(Debug, Clone, Default)]
pub struct GoldDoc {
    pub id: String,
    pub text: String,
    pub entities: Vec<Span>,
    pub sentences: Vec<(usize, usize)>,
    /// Byte ranges whose names are unknown (JSONL `ignore`): not trained on, and a
    /// prediction overlapping one is not scored unless it is a gold name.
    pub unknown: Vec<(usize, usize)>,
}

/// Our label for a corpus label name: `Ok(Some)` a name, `Ok(None)` not a name we tag
/// (dates, numbers, weapons …), `Err` an unknown label.
pub fn map_label(name: &str) -> Result<Option<Label>> {
    Ok(Some(match name {
        "PER" | "PERSON" | "person" | "Person" | "politician" => Label::Per,
        "ORG" | "ORGANIZATION" | "Organisation" | "organisation" | "organization" | "corporation" | "group"
        | "politicalparty" => Label::Org,
        "LOC" | "location" | "Location" | "country" => Label::Loc,
        "GPE" => Label::Gpe,
        "FAC" => Label::Fac,
        "NORP" | "Nationality" => Label::Norp,
        "MISC" | "misc" | "product" | "creative-work" | "event" | "election" => Label::Misc,
        "TIME" | "NUM" | "Temporal" | "Quantity" | "Money" | "Weapon" | "MilitaryPlatform" | "DocumentReference"
        | "Vehicle" | "Coordinate" | "CommsIdentifier" | "Frequency" | "Url" | "WEAPON" => return Ok(None),
        other => bail!("unknown entity label {other:?}; see tidings_eval::ner::map_label"),
    }))
}

/// Whether no space goes before this token when joining CoNLL tokens.
fn attaches_left(t: &str) -> bool {
    matches!(
        t,
        "," | "."
            | ";"
            | ":"
            | "!"
            | "?"
            | ")"
            | "]"
            | "}"
            | "%"
            | "'s"
            | "'S"
            | "’s"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
    )
}

fn attaches_right(t: &str) -> bool {
    matches!(t, "(" | "[" | "{")
}

/// Joins tokens into a line; returns the line and each token's byte range in it.
pub fn detokenize(tokens: &[String]) -> (String, Vec<(usize, usize)>) {
    let mut s = String::new();
    let mut ranges = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && !attaches_left(t) && !attaches_right(&tokens[i - 1]) {
            s.push(' ');
        }
        ranges.push((s.len(), s.len() + t.len()));
        s.push_str(t);
    }
    (s, ranges)
}

/// Reads CoNLL gold.
pub fn read_conll(input: &str) -> Result<Vec<GoldDoc>> {
    let mut docs: Vec<GoldDoc> = Vec::new();
    let mut in_doc = false; // inside a -DOCSTART- document
    let mut sentence: Vec<(String, String)> = Vec::new();
    let mut anonymous = 0usize;
    let flush = |docs: &mut Vec<GoldDoc>,
                 sentence: &mut Vec<(String, String)>,
                 in_doc: bool,
                 anonymous: &mut usize|
     -> Result<()> {
        if sentence.is_empty() {
            return Ok(());
        }
        if !in_doc || docs.is_empty() {
            *anonymous += 1;
            docs.push(GoldDoc { id: format!("s{anonymous}"), ..GoldDoc::default() });
        }
        let doc = docs.last_mut().expect("pushed above");
        let tokens: Vec<String> = sentence
            .iter()
            .map(|(t, _)| {
                let n = tidings_text::normalize(t).replace(['\n', '\t'], " ");
                let n = n.trim();
                if n.is_empty() {
                    "_".to_string()
                } else {
                    n.to_string()
                }
            })
            .collect();
        let (line, ranges) = detokenize(&tokens);
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let base = doc.text.len();
        doc.text.push_str(&line);
        doc.sentences.push((base, doc.text.len()));
        // IOB1 and IOB2: B- always starts a name, I- continues one of its label.
        let mut open: Option<(usize, usize, String)> = None;
        let close = |open: &mut Option<(usize, usize, String)>, doc: &mut GoldDoc| -> Result<()> {
            if let Some((a, b, name)) = open.take() {
                if let Some(l) = map_label(&name)? {
                    doc.entities.push(Span {
                        start: base + ranges[a].0,
                        end: base + ranges[b - 1].1,
                        label: LabelKey::of(l),
                    });
                }
            }
            Ok(())
        };
        for (i, (_, tag)) in sentence.iter().enumerate() {
            let (prefix, name) = match tag.split_once('-') {
                Some((p, n)) if matches!(p, "B" | "I" | "E" | "S") => (p, n),
                _ => ("O", ""),
            };
            let continues = prefix == "I" && open.as_ref().is_some_and(|o| o.2 == name && o.1 == i);
            if prefix == "O" || !continues {
                close(&mut open, doc)?;
            }
            if prefix == "O" {
                continue;
            }
            match &mut open {
                Some(o) if continues => o.1 = i + 1,
                _ => open = Some((i, i + 1, name.to_string())),
            }
        }
        close(&mut open, doc)?;
        sentence.clear();
        Ok(())
    };
    for (n, line) in input.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut docs, &mut sentence, in_doc, &mut anonymous)?;
            continue;
        }
        let (token, tag) = match line.rsplit_once('\t').or_else(|| line.rsplit_once(' ')) {
            Some((t, g)) => (t.trim(), g.trim()),
            None => bail!("line {}: expected `token<TAB>tag`: {line:?}", n + 1),
        };
        if token.starts_with("-DOCSTART-") {
            flush(&mut docs, &mut sentence, in_doc, &mut anonymous)?;
            let id = token.strip_prefix("-DOCSTART-").unwrap_or("").trim_start_matches(':');
            docs.push(GoldDoc {
                id: if id.is_empty() { format!("d{}", docs.len() + 1) } else { id.to_string() },
                ..GoldDoc::default()
            });
            in_doc = true;
            continue;
        }
        sentence.push((token.to_string(), tag.to_string()));
    }
    flush(&mut docs, &mut sentence, in_doc, &mut anonymous)?;
    docs.retain(|d| !d.text.is_empty());
    Ok(docs)
}

#[derive(Deserialize)]
struct JsonDoc {
    id: String,
    text: String,
    entities: Vec<JsonEntity>,
    #[serde(default)]
    ignore: Vec<(usize, usize)>,
}

#[derive(Deserialize)]
struct JsonEntity {
    start: usize,
    end: usize,
    label: String,
    #[serde(default)]
    text: Option<String>,
}

/// Reads JSONL span gold.
pub fn read_jsonl(input: &str) -> Result<Vec<GoldDoc>> {
    let mut docs = Vec::new();
    for (n, line) in input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let d: JsonDoc = serde_json::from_str(line).with_context(|| format!("line {}", n + 1))?;
        if tidings_text::normalize(&d.text) != d.text {
            bail!("{}: text is not normalized (see tidings_text::normalize)", d.id);
        }
        let mut entities = Vec::new();
        for e in d.entities {
            let Some(surface) = d.text.get(e.start..e.end) else {
                bail!("{}: span {}..{} is not on character boundaries of the text", d.id, e.start, e.end);
            };
            if e.text.as_deref().is_some_and(|t| t != surface) {
                bail!("{}: span {}..{} is {surface:?}, not {:?}", d.id, e.start, e.end, e.text.unwrap_or_default());
            }
            if let Some(l) = map_label(&e.label)? {
                entities.push(Span { start: e.start, end: e.end, label: LabelKey::of(l) });
            }
        }
        docs.push(GoldDoc { id: d.id, text: d.text, entities, sentences: Vec::new(), unknown: d.ignore });
    }
    Ok(docs)
}

/// Reads gold in either format, and makes nationality names NORP.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut docs = if text.trim_start().starts_with('{') { read_jsonl(&text) } else { read_conll(&text) }
        .with_context(|| path.display().to_string())?;
    refine_nationalities(&mut docs);
    Ok(docs)
}

/// Makes MISC and LOC gold names that are nationality adjectives or religious/political
/// collectives NORP (CoNLL files fold them into MISC, Re-DocRED into LOC), when the gold
/// has MISC: a gold with only PER/ORG/LOC (UNER, BTC) does not mark nationalities.
pub fn refine_nationalities(docs: &mut [GoldDoc]) {
    let misc = LabelKey::of(Label::Misc);
    if !docs.iter().flat_map(|d| &d.entities).any(|e| e.label == misc) {
        return;
    }
    let r = Recognizer::bundled();
    for d in docs {
        for e in &mut d.entities {
            if matches!(e.label.label(), Label::Misc | Label::Loc) && r.is_nationality(&d.text[e.start..e.end]) {
                e.label = LabelKey::of(Label::Norp);
            }
        }
    }
}

/// What tidings finds in a gold document's text.
pub fn predict(text: &str) -> Vec<Span> {
    let seg = Segmented::new(text);
    Recognizer::bundled()
        .recognize(text, &seg)
        .entities
        .iter()
        .map(|e| Span { start: e.start, end: e.end, label: LabelKey::of(e.label) })
        .collect()
}

/// Drops predictions that overlap an ignored range and are not gold names.
pub fn without_ignored(doc: &GoldDoc, predicted: Vec<Span>) -> Vec<Span> {
    predicted
        .into_iter()
        .filter(|p| {
            doc.entities.iter().any(|g| g.start == p.start && g.end == p.end)
                || !doc.unknown.iter().any(|&(s, e)| p.start < e && s < p.end)
        })
        .collect()
}

/// The two label spaces of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    Ours,
    Conll,
}

fn fold(l: Label, space: Space, gold: &BTreeSet<LabelKey>) -> Label {
    let has = |x: Label| gold.contains(&LabelKey::of(x));
    match (space, l) {
        (Space::Conll, Label::Gpe | Label::Fac | Label::Loc) => Label::Loc,
        (Space::Conll, Label::Norp | Label::Misc) => Label::Misc,
        (Space::Ours, Label::Gpe | Label::Fac) if !has(l) => Label::Loc,
        _ => l,
    }
}

/// Per-label counts in one space: `(label, counts)` in label order. Predictions are
/// first restricted to the labels the gold uses (in our space), then folded.
pub fn score(gold: &[Vec<Span>], predicted: &[Vec<Span>], space: Space) -> Vec<(Label, Counts)> {
    let gold_labels: BTreeSet<LabelKey> = gold.iter().flatten().map(|s| s.label).collect();
    let ours = |s: &Span| LabelKey::of(fold(s.label.label(), Space::Ours, &gold_labels));
    let mapped = |spans: &[Span]| -> BTreeSet<Span> {
        spans
            .iter()
            .filter(|s| gold_labels.contains(&ours(s)))
            .map(|s| Span { label: LabelKey::of(fold(ours(s).label(), space, &gold_labels)), ..*s })
            .collect()
    };
    let space_labels: BTreeSet<LabelKey> =
        gold_labels.iter().map(|l| LabelKey::of(fold(l.label(), space, &gold_labels))).collect();
    let mut out: Vec<(Label, Counts)> = space_labels.iter().map(|l| (l.label(), Counts::default())).collect();
    for (g, p) in gold.iter().zip(predicted) {
        let (g, p) = (mapped(g), mapped(p));
        for (label, c) in &mut out {
            let k = LabelKey::of(*label);
            let gl: BTreeSet<&Span> = g.iter().filter(|s| s.label == k).collect();
            let pl: BTreeSet<&Span> = p.iter().filter(|s| s.label == k).collect();
            let tp = gl.intersection(&pl).count();
            c.add(Counts { tp, fp: pl.len() - tp, fn_: gl.len() - tp });
        }
    }
    out
}

/// Span detection with the label ignored: exact byte ranges of gold names against
/// those of predictions whose label (in our space) the gold uses.
pub fn span_counts(gold: &[Vec<Span>], predicted: &[Vec<Span>]) -> Counts {
    let gold_labels: BTreeSet<LabelKey> = gold.iter().flatten().map(|s| s.label).collect();
    let mut c = Counts::default();
    for (g, p) in gold.iter().zip(predicted) {
        let g: BTreeSet<(usize, usize)> = g.iter().map(|s| (s.start, s.end)).collect();
        let p: BTreeSet<(usize, usize)> = p
            .iter()
            .filter(|s| gold_labels.contains(&LabelKey::of(fold(s.label.label(), Space::Ours, &gold_labels))))
            .map(|s| (s.start, s.end))
            .collect();
        let tp = g.intersection(&p).count();
        c.add(Counts { tp, fp: p.len() - tp, fn_: g.len() - tp });
    }
    c
}

/// Surfaces with counts, most frequent first.
pub type Tally = Vec<(String, usize)>;

/// The most frequent misses and false alarms (surface and label, our space).
pub fn top_errors(docs: &[GoldDoc], predicted: &[Vec<Span>], k: usize) -> (Tally, Tally) {
    let gold_labels: BTreeSet<LabelKey> = docs.iter().flat_map(|d| &d.entities).map(|s| s.label).collect();
    let mut misses: std::collections::HashMap<String, usize> = Default::default();
    let mut alarms: std::collections::HashMap<String, usize> = Default::default();
    for (d, p) in docs.iter().zip(predicted) {
        let norm = |s: &Span| Span { label: LabelKey::of(fold(s.label.label(), Space::Ours, &gold_labels)), ..*s };
        let g: BTreeSet<Span> = d.entities.iter().map(norm).collect();
        let p: BTreeSet<Span> = p.iter().map(norm).filter(|s| gold_labels.contains(&s.label)).collect();
        let name = |s: &Span| format!("{} {}", &d.text[s.start..s.end], s.label.label().as_str());
        for s in g.difference(&p) {
            *misses.entry(name(s)).or_default() += 1;
        }
        for s in p.difference(&g) {
            *alarms.entry(name(s)).or_default() += 1;
        }
    }
    let top = |m: std::collections::HashMap<String, usize>| {
        let mut v: Vec<(String, usize)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.truncate(k);
        v
    };
    (top(misses), top(alarms))
}

/// One document's errors in our space, one line each: a gold name missed (with the
/// overlapping predictions that took its place), then predictions that overlap no missed
/// gold name, each with a little of the sentence around it.
pub fn doc_errors(doc: &GoldDoc, predicted: &[Span], gold_labels: &BTreeSet<LabelKey>) -> Vec<String> {
    let norm = |s: &Span| Span { label: LabelKey::of(fold(s.label.label(), Space::Ours, gold_labels)), ..*s };
    let g: BTreeSet<Span> = doc.entities.iter().map(norm).collect();
    let p: BTreeSet<Span> = predicted.iter().map(norm).filter(|s| gold_labels.contains(&s.label)).collect();
    let text = &doc.text;
    let name = |s: &Span| format!("{:?} {}", &text[s.start..s.end], s.label.label().as_str());
    let context = |s: &Span| {
        let mut a = s.start.saturating_sub(50);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (s.end + 50).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        text[a..b].replace('\n', " ")
    };
    let overlaps = |x: &Span, y: &Span| x.start < y.end && y.start < x.end;
    let missed: Vec<&Span> = g.difference(&p).collect();
    let extra: Vec<&Span> = p.difference(&g).collect();
    let mut lines = Vec::new();
    for m in &missed {
        let got: Vec<String> = extra.iter().filter(|x| overlaps(m, x)).map(|x| name(x)).collect();
        let got = if got.is_empty() { "nothing".to_string() } else { got.join(" + ") };
        lines.push(format!("  miss  {}  got {got}  | {}", name(m), context(m)));
    }
    for x in extra.iter().filter(|x| !missed.iter().any(|m| overlaps(m, x))) {
        lines.push(format!("  extra {}  | {}", name(x), context(x)));
    }
    lines
}

/// The report rows for gold and predictions: our space, then CoNLL's, each per label and overall.
pub fn report_rows(gold: &[Vec<Span>], predicted: &[Vec<Span>]) -> Vec<(String, Vec<f64>)> {
    let mut rows = Vec::new();
    for (space, name) in [(Space::Ours, "ours"), (Space::Conll, "conll")] {
        let counts = score(gold, predicted, space);
        let mut all = Counts::default();
        for (l, c) in &counts {
            rows.push((format!("{name} {}", l.as_str()), c.row()));
            all.add(*c);
        }
        rows.push((format!("{name} all"), all.row()));
    }
    rows.push(("spans (label ignored)".to_string(), span_counts(gold, predicted).row()));
    rows
}

/// Scores tidings against a gold file.
pub fn run(gold_path: &Path) -> Result<Report> {
    let docs = read_gold(gold_path)?;
    if docs.is_empty() {
        bail!("{}: no documents", gold_path.display());
    }
    let gold: Vec<Vec<Span>> = docs.iter().map(|d| d.entities.clone()).collect();
    let predicted: Vec<Vec<Span>> = docs.iter().map(|d| without_ignored(d, predict(&d.text))).collect();
    let tokens: usize = docs.iter().map(|d| tidings_text::tokenize(&d.text).len()).sum();
    let (misses, alarms) = top_errors(&docs, &predicted, 12);
    // TIDINGS_EVAL_VERBOSE=1 lists each document's errors on stderr.
    if std::env::var_os("TIDINGS_EVAL_VERBOSE").is_some() {
        let gold_labels: BTreeSet<LabelKey> = gold.iter().flatten().map(|s| s.label).collect();
        for (d, p) in docs.iter().zip(&predicted) {
            let lines = doc_errors(d, p, &gold_labels);
            if !lines.is_empty() {
                eprintln!("# {}\n{}", d.id, lines.join("\n"));
            }
        }
    }
    let list = |v: Vec<(String, usize)>| v.iter().map(|(s, n)| format!("{s:?}×{n}")).collect::<Vec<_>>().join(", ");
    Ok(Report {
        title: format!(
            "Named entities: {} ({} documents, {} tokens, {} gold names), entity-level exact match",
            gold_path.display(),
            docs.len(),
            tokens,
            gold.iter().map(Vec::len).sum::<usize>()
        ),
        columns: ["precision", "recall", "f1", "n"].map(String::from).to_vec(),
        rows: report_rows(&gold, &predicted),
        notes: vec![
            "ours: our labels, restricted to those the gold uses (GPE/FAC count as LOC when the gold has neither)"
                .into(),
            "conll: GPE/LOC/FAC -> LOC, NORP/MISC -> MISC".into(),
            format!("most missed: {}", list(misses)),
            format!("most false: {}", list(alarms)),
        ],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(doc: &GoldDoc) -> Vec<(&str, Label)> {
        doc.entities.iter().map(|e| (&doc.text[e.start..e.end], e.label.label())).collect()
    }

    #[test]
    fn conll_iob1_and_iob2() {
        let iob2 = "-DOCSTART-:d1\tO\n\nThe\tO\nFSB\tB-Organisation\n's\tO\nchief\tO\nmet\tO\nIS\tB-ORG\n-\tI-ORG\nK\tI-ORG\n.\tO\n\nIn\tO\nMoscow\tB-LOC\n";
        let docs = read_conll(iob2).unwrap();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "The FSB's chief met IS - K.\nIn Moscow");
        assert_eq!(spans(&docs[0]), [("FSB", Label::Org), ("IS - K", Label::Org), ("Moscow", Label::Loc)]);
        let iob1 = "Mad I-ORG\nCapsule I-ORG\nMarkets I-ORG\nJapanese I-MISC\n13 O\n";
        let docs = read_conll(iob1).unwrap();
        assert_eq!(spans(&docs[0]), [("Mad Capsule Markets", Label::Org), ("Japanese", Label::Misc)]);
        assert!(read_conll("x\tB-WHATEVER\n").is_err());
    }

    #[test]
    fn exact_match_scores_in_both_spaces() {
        let s = |start, end, l| Span { start, end, label: LabelKey::of(l) };
        let gold = vec![vec![s(0, 5, Label::Loc), s(10, 15, Label::Per), s(20, 25, Label::Misc)]];
        // GPE counts as LOC (the gold has no GPE); FAC at a wrong span is a false positive.
        let pred =
            vec![vec![s(0, 5, Label::Gpe), s(10, 14, Label::Per), s(20, 25, Label::Norp), s(30, 35, Label::Fac)]];
        let ours = score(&gold, &pred, Space::Ours);
        let get = |v: &[(Label, Counts)], l| v.iter().find(|x| x.0 == l).unwrap().1;
        assert_eq!(get(&ours, Label::Loc), Counts { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(get(&ours, Label::Per), Counts { tp: 0, fp: 1, fn_: 1 });
        // NORP is not a gold label here: dropped, in both spaces.
        assert_eq!(get(&ours, Label::Misc), Counts { tp: 0, fp: 0, fn_: 1 });
        let conll = score(&gold, &pred, Space::Conll);
        assert_eq!(get(&conll, Label::Misc), Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(get(&conll, Label::Loc), Counts { tp: 1, fp: 1, fn_: 0 });
    }

    #[test]
    fn errors_pair_misses_with_what_took_their_place() {
        let s = |start, end, l| Span { start, end, label: LabelKey::of(l) };
        let doc = GoldDoc {
            id: "d".into(),
            text: "Justice Ann Lee met Acme in Paris.".into(),
            entities: vec![s(8, 15, Label::Per), s(20, 24, Label::Org), s(28, 33, Label::Loc)],
            ..Default::default()
        };
        let labels: BTreeSet<LabelKey> = doc.entities.iter().map(|x| x.label).collect();
        // A run-on person, a right one, a place read as GPE (LOC here) and a stray name.
        let pred = [s(0, 15, Label::Per), s(20, 24, Label::Org), s(28, 33, Label::Gpe), s(0, 7, Label::Misc)];
        let lines = doc_errors(&doc, &pred, &labels);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].starts_with("  miss  \"Ann Lee\" PER  got \"Justice Ann Lee\" PER"), "{lines:?}");
    }

    #[test]
    fn jsonl_gold_checks_spans() {
        let ok = r#"{"id":"a","text":"Kazakh citizens in Moscow","entities":[{"start":0,"end":6,"label":"NORP","text":"Kazakh"},{"start":19,"end":25,"label":"GPE"}]}"#;
        let docs = read_jsonl(ok).unwrap();
        assert_eq!(spans(&docs[0]), [("Kazakh", Label::Norp), ("Moscow", Label::Gpe)]);
        let bad =
            r#"{"id":"a","text":"Kazakh citizens","entities":[{"start":0,"end":5,"label":"NORP","text":"Kazakh"}]}"#;
        assert!(read_jsonl(bad).is_err());
    }
}
