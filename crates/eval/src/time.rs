//! Time expressions: tidings' tagger against TIMEX3 gold, scored as TempEval-3 does.
//!
//! # Gold formats
//!
//! - **TimeML** (`.tml`, `.xml`, `.timeml`): inline `<TIMEX3 tid type value>…</TIMEX3>`
//!   tags in the `<TEXT>` element (the whole document if there is none). The document
//!   creation time is the `value` of the `<TIMEX3 functionInDocument="CREATION_TIME">`
//!   (usually inside `<DCT>`); creation-time expressions are not scored, and what the
//!   tagger finds over them is ignored.
//! - **JSONL** (`.jsonl`), one document per line: `{"id", "published": "YYYY-MM-DD",
//!   "text", "timex": [{"start", "end", "type", "value"}]}` with UTF-8 byte offsets into
//!   `text`, end exclusive. Other keys (`url`, `license`, `mod` …) are allowed.
//!
//! `--gold` is a file or a folder. In a folder every TimeML file of a subfolder belongs
//! to the corpus named after that subfolder, and each JSONL file is its own corpus.
//!
//! # Scores (per corpus)
//!
//! - **extent strict**: a found expression matches a gold one with the same start and end.
//! - **extent relaxed**: it overlaps a gold one; each expression matches at most once
//!   (gold in text order takes the first unmatched overlapping expression).
//! - **type** and **value**: on relaxed matches, `accuracy` is the share with the same
//!   attribute; precision, recall and F1 count a match as correct only when the
//!   attribute is also equal (TempEval-3's "value F1", the headline number).
//!
//! The tagger reads the text as given, with the creation time as anchor.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use tidings_model::TimexType;
use tidings_text::Segmented;
use tidings_time::Anchor;

use crate::score::{ratio, Counts};
use crate::Report;

/// One gold time expression: byte range, TIMEX3 type and value.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Timex {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub ty: String,
    pub value: String,
}

/// A gold document: its text, creation time and expressions (in text order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDoc {
    pub id: String,
    pub dct: Option<String>,
    pub text: String,
    pub timex: Vec<Timex>,
    /// Byte ranges of creation-time expressions inside the text: not scored.
    pub ignored: Vec<(usize, usize)>,
}

/// The documents of one corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    pub name: String,
    pub docs: Vec<GoldDoc>,
}

/// Counts of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub strict: Counts,
    pub relaxed: Counts,
    /// Relaxed matches with the same type / value.
    pub type_ok: usize,
    pub value_ok: usize,
}

impl Scores {
    pub fn add(&mut self, other: Scores) {
        self.strict.add(other.strict);
        self.relaxed.add(other.relaxed);
        self.type_ok += other.type_ok;
        self.value_ok += other.value_ok;
    }

    /// Counts where a match is correct only if the attribute agrees too.
    fn attribute(&self, ok: usize) -> Counts {
        let gold = self.relaxed.tp + self.relaxed.fn_;
        let found = self.relaxed.tp + self.relaxed.fp;
        Counts { tp: ok, fp: found - ok, fn_: gold - ok }
    }

    /// TempEval-3 value F1.
    pub fn value_f1(&self) -> f64 {
        self.attribute(self.value_ok).f1()
    }

    fn rows(&self, corpus: &str) -> Vec<(String, Vec<f64>)> {
        let row = |c: Counts, accuracy: f64| {
            vec![c.precision(), c.recall(), c.f1(), accuracy, (c.tp + c.fn_) as f64, (c.tp + c.fp) as f64]
        };
        let matched = self.relaxed.tp;
        vec![
            (format!("{corpus} extent strict"), row(self.strict, f64::NAN)),
            (format!("{corpus} extent relaxed"), row(self.relaxed, f64::NAN)),
            (format!("{corpus} type"), row(self.attribute(self.type_ok), ratio(self.type_ok, matched))),
            (format!("{corpus} value"), row(self.attribute(self.value_ok), ratio(self.value_ok, matched))),
        ]
    }
}

/// What the system found, in the shape of the gold.
pub fn system(doc: &GoldDoc) -> Vec<Timex> {
    let anchor = doc.dct.as_deref().and_then(Anchor::parse);
    let seg = Segmented::new(&doc.text);
    tidings_time::tag(&doc.text, &seg, anchor)
        .into_iter()
        .filter_map(|t| {
            let span = t.evidence.first()?;
            let ty = match t.timex_type {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            Some(Timex { start: span.start, end: span.end, ty: ty.to_string(), value: t.value })
        })
        .filter(|t| !doc.ignored.iter().any(|&(s, e)| t.start < e && s < t.end))
        .collect()
}

/// The pairs (gold index, system index) of a one-to-one relaxed matching: each gold
/// expression, in order, takes the first unmatched overlapping system one, preferring
/// an exact extent.
pub fn align(gold: &[Timex], found: &[Timex]) -> Vec<(usize, usize)> {
    let mut used = vec![false; found.len()];
    let mut pairs = Vec::new();
    for (g, gt) in gold.iter().enumerate() {
        let overlapping = |s: &usize| !used[*s] && found[*s].start < gt.end && gt.start < found[*s].end;
        let exact =
            (0..found.len()).filter(overlapping).find(|s| found[*s].start == gt.start && found[*s].end == gt.end);
        if let Some(s) = exact.or_else(|| (0..found.len()).find(overlapping)) {
            used[s] = true;
            pairs.push((g, s));
        }
    }
    pairs
}

/// Scores one document's found expressions against its gold.
pub fn compare(gold: &[Timex], found: &[Timex]) -> Scores {
    let pairs = align(gold, found);
    let strict = pairs.iter().filter(|(g, s)| gold[*g].start == found[*s].start && gold[*g].end == found[*s].end);
    let strict = strict.count();
    let matched = pairs.len();
    Scores {
        strict: Counts { tp: strict, fp: found.len() - strict, fn_: gold.len() - strict },
        relaxed: Counts { tp: matched, fp: found.len() - matched, fn_: gold.len() - matched },
        type_ok: pairs.iter().filter(|(g, s)| gold[*g].ty == found[*s].ty).count(),
        value_ok: pairs.iter().filter(|(g, s)| gold[*g].value == found[*s].value).count(),
    }
}

/// Scores the tagger on every corpus under `gold`.
pub fn run(gold: &Path) -> Result<Report> {
    let corpora = load(gold)?;
    let mut report = Report {
        title: format!("Time expressions (TIMEX3) against {}", gold.display()),
        columns: ["precision", "recall", "f1", "accuracy", "gold", "found"].map(String::from).to_vec(),
        ..Report::default()
    };
    let mut total = Scores::default();
    for corpus in &corpora {
        let mut scores = Scores::default();
        for doc in &corpus.docs {
            scores.add(compare(&doc.timex, &system(doc)));
        }
        report.rows.extend(scores.rows(&corpus.name));
        report.notes.push(format!(
            "{}: {} documents, value F1 {:.3}",
            corpus.name,
            corpus.docs.len(),
            scores.value_f1()
        ));
        total.add(scores);
    }
    if corpora.len() > 1 {
        report.rows.extend(total.rows("all"));
    }
    report.notes.push(
        "type/value: accuracy on relaxed matches; P/R/F1 count a match only with the right attribute (TempEval-3)."
            .to_string(),
    );
    Ok(report)
}

/// Reads the corpora under `path` (a TimeML or JSONL file, or a folder of them).
pub fn load(path: &Path) -> Result<Vec<Corpus>> {
    let mut files = Vec::new();
    if path.is_dir() {
        collect(path, &mut files)?;
        files.sort();
    } else {
        files.push(path.to_path_buf());
    }
    let mut corpora: Vec<Corpus> = Vec::new();
    for file in files {
        let name = |p: &Path| p.file_stem().and_then(|s| s.to_str()).unwrap_or("gold").to_string();
        if is_jsonl(&file) {
            corpora.push(Corpus { name: name(&file), docs: read_jsonl(&file)? });
        } else if is_timeml(&file) {
            let parent = if path.is_dir() { file.parent().unwrap_or(path) } else { &file };
            let corpus = name(parent);
            let text = fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let doc = parse_timeml(&name(&file), &text).with_context(|| format!("{}", file.display()))?;
            match corpora.iter_mut().find(|c| c.name == corpus) {
                Some(c) => c.docs.push(doc),
                None => corpora.push(Corpus { name: corpus, docs: vec![doc] }),
            }
        }
    }
    if corpora.is_empty() {
        bail!("{}: no TimeML (.tml, .xml) or JSONL gold files", path.display());
    }
    Ok(corpora)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if is_jsonl(&path) || is_timeml(&path) {
            files.push(path);
        }
    }
    Ok(())
}

fn has_extension(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.contains(&e))
}

fn is_jsonl(path: &Path) -> bool {
    has_extension(path, &["jsonl"])
}

fn is_timeml(path: &Path) -> bool {
    has_extension(path, &["tml", "xml", "timeml"])
}

#[derive(Deserialize)]
struct JsonDoc {
    id: String,
    published: Option<String>,
    text: String,
    timex: Vec<Timex>,
}

/// Reads the JSONL gold format, checking every offset.
pub fn read_jsonl(path: &Path) -> Result<Vec<GoldDoc>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let doc: JsonDoc =
            serde_json::from_str(line).with_context(|| format!("{}:{}: not a gold document", path.display(), n + 1))?;
        for t in &doc.timex {
            if !(t.start < t.end && doc.text.get(t.start..t.end).is_some()) {
                bail!("{}:{}: {}: bad span {}..{}", path.display(), n + 1, doc.id, t.start, t.end);
            }
        }
        let mut timex = doc.timex;
        timex.sort_by_key(|t| (t.start, t.end));
        docs.push(GoldDoc { id: doc.id, dct: doc.published, text: doc.text, timex, ignored: Vec::new() });
    }
    Ok(docs)
}

// --- TimeML ---------------------------------------------------------------------------

/// Parses one TimeML document: the text of `<TEXT>` (or of the whole document, without
/// `<DCT>`) with its inline TIMEX3 tags.
pub fn parse_timeml(id: &str, xml: &str) -> Result<GoldDoc> {
    let mut text = String::new();
    let mut timex = Vec::new();
    let mut ignored = Vec::new();
    let mut dct = None;
    let mut open: Option<(usize, Vec<(String, String)>)> = None;
    let has_text = xml.contains("<TEXT");
    let mut in_text = !has_text;
    let mut in_dct = false;
    let mut rest = xml;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if in_text && !in_dct {
                decode_into(rest, &mut text)?;
            }
            break;
        };
        if in_text && !in_dct {
            decode_into(&rest[..lt], &mut text)?;
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").context("unclosed comment")?;
            rest = &after[end + 3..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after.find("]]>").context("unclosed CDATA")?;
            if in_text && !in_dct {
                text.push_str(&after[..end]);
            }
            rest = &after[end + 3..];
            continue;
        }
        let gt = rest.find('>').context("unclosed tag")?;
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        let closing = tag.starts_with('/');
        let self_closing = tag.ends_with('/');
        let body = tag.trim_start_matches('/').trim_end_matches('/');
        let name = body.split(|c: char| c.is_whitespace()).next().unwrap_or("");
        match (name, closing) {
            ("TEXT", false) => in_text = true,
            ("TEXT", true) => in_text = false,
            ("DCT", false) => in_dct = !self_closing,
            ("DCT", true) => in_dct = false,
            ("TIMEX3", false) => {
                let attrs = attributes(body)?;
                let creation = attr(&attrs, "functionInDocument") == Some("CREATION_TIME");
                if creation && dct.is_none() {
                    dct = attr(&attrs, "value").map(str::to_string);
                }
                if self_closing {
                    continue; // an empty (implicit) expression: nothing to find
                }
                if in_text && !in_dct {
                    open = Some((text.len(), attrs));
                }
            }
            ("TIMEX3", true) => {
                if let Some((start, attrs)) = open.take() {
                    let end = text.len();
                    if attr(&attrs, "functionInDocument") == Some("CREATION_TIME") {
                        ignored.push((start, end));
                    } else if start < end {
                        let get = |k| attr(&attrs, k).unwrap_or("").to_string();
                        timex.push(Timex { start, end, ty: get("type"), value: get("value") });
                    }
                }
            }
            _ => {}
        }
    }
    // Gold spans should not start or end on whitespace: trim them.
    for t in &mut timex {
        let s = &text[t.start..t.end];
        t.start += s.len() - s.trim_start().len();
        t.end -= s.len() - s.trim_end().len();
    }
    timex.retain(|t| t.start < t.end);
    let dct = dct.map(|v| v.get(..10).unwrap_or(&v).to_string());
    Ok(GoldDoc { id: id.to_string(), dct, text, timex, ignored })
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// The `key="value"` pairs of a tag body (after its name).
fn attributes(body: &str) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut rest = body.split_once(|c: char| c.is_whitespace()).map_or("", |(_, r)| r);
    loop {
        rest = rest.trim_start();
        let Some(eq) = rest.find('=') else { break };
        let key = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'').context("unquoted attribute")?;
        let close = after[1..].find(quote).context("unclosed attribute")?;
        let mut value = String::new();
        decode_into(&after[1..1 + close], &mut value)?;
        out.push((key, value));
        rest = &after[close + 2..];
    }
    Ok(out)
}

/// Appends `s` with XML entities decoded.
fn decode_into(s: &str, out: &mut String) -> Result<()> {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').context("unterminated entity")? + amp;
        let entity = &rest[amp + 1..semi];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = match entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => entity.strip_prefix('#').and_then(|d| d.parse().ok()),
                };
                code.and_then(char::from_u32).with_context(|| format!("unknown entity &{entity};"))?
            }
        };
        out.push(c);
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-09" temporalFunction="false" functionInDocument="CREATION_TIME">March 9, 2024</TIMEX3></DCT>
<TITLE>FSB &amp; KNB</TITLE>
<TEXT>
The FSB said on <TIMEX3 tid="t1" type="DATE" value="2024-03-07">March 7</TIMEX3> that the cell &lt;was&gt; active since <TIMEX3 tid="t2" type="DATE" value="2015-01">January 2015</TIMEX3>.
It had planned the attack for <TIMEX3 tid="t3" type="DURATION" value="P2W">two weeks</TIMEX3>.<TIMEX3 tid="t4" type="DATE" value="2024" anchorTimeID="t0"/>
</TEXT>
</TimeML>
"#;

    fn timex(start: usize, end: usize, ty: &str, value: &str) -> Timex {
        Timex { start, end, ty: ty.to_string(), value: value.to_string() }
    }

    #[test]
    fn reads_timeml() {
        let doc = parse_timeml("t1", TML).unwrap();
        assert_eq!(doc.dct.as_deref(), Some("2024-03-09"));
        assert!(doc.text.contains("the cell <was> active"));
        assert!(!doc.text.contains("FSB & KNB"), "the title is outside <TEXT>");
        let spans: Vec<(&str, &str, &str)> =
            doc.timex.iter().map(|t| (&doc.text[t.start..t.end], t.ty.as_str(), t.value.as_str())).collect();
        assert_eq!(
            spans,
            [("March 7", "DATE", "2024-03-07"), ("January 2015", "DATE", "2015-01"), ("two weeks", "DURATION", "P2W")]
        );
    }

    #[test]
    fn the_tagger_scores_on_a_timeml_document() {
        let doc = parse_timeml("t1", TML).unwrap();
        let scores = compare(&doc.timex, &system(&doc));
        assert_eq!(scores.relaxed.tp, 3, "{:?}", system(&doc));
        assert_eq!(scores.value_ok, 3);
        assert!((scores.value_f1() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn creation_times_in_the_text_are_not_scored() {
        let xml = r#"<TEXT><TIMEX3 tid="t0" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME">March 1, 2008</TIMEX3>
Boeing lost <TIMEX3 tid="t1" type="DATE" value="2008-02-29">yesterday</TIMEX3>.</TEXT>"#;
        let doc = parse_timeml("m", xml).unwrap();
        assert_eq!(doc.dct.as_deref(), Some("2008-03-01"));
        assert_eq!(doc.ignored.len(), 1);
        let found = system(&doc);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].value, "2008-02-29");
    }

    #[test]
    fn strict_relaxed_and_attribute_scores() {
        let gold = [timex(0, 7, "DATE", "2024-03-07"), timex(20, 30, "DURATION", "P2W"), timex(40, 44, "DATE", "2015")];
        let found = [
            timex(0, 7, "DATE", "2024-03-07"), // exact, right value
            timex(17, 30, "DURATION", "P3W"),  // overlap, wrong value
            timex(50, 55, "DATE", "PAST_REF"), // spurious
        ];
        let s = compare(&gold, &found);
        assert_eq!(s.strict, Counts { tp: 1, fp: 2, fn_: 2 });
        assert_eq!(s.relaxed, Counts { tp: 2, fp: 1, fn_: 1 });
        assert_eq!((s.type_ok, s.value_ok), (2, 1));
        // value: 1 correct of 3 found and 3 gold.
        assert!((s.value_f1() - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn one_system_expression_matches_one_gold_expression() {
        let gold = [timex(0, 5, "DATE", "2024-03"), timex(6, 10, "DATE", "2024")];
        let found = [timex(0, 10, "DATE", "2024-03")];
        assert_eq!(align(&gold, &found), [(0, 0)]);
        let s = compare(&gold, &found);
        assert_eq!(s.relaxed, Counts { tp: 1, fp: 0, fn_: 1 });
    }

    /// The committed gold sets load, and the tagger stays at or above the value F1 it
    /// had when they were committed (eval/REPORT.md gives the exact numbers).
    #[test]
    fn committed_gold_sets_hold_their_scores() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/time");
        let corpora = load(&root).unwrap();
        let floor = |name: &str| match name {
            "wikinews-dev" | "wikinews-test" => 0.88,
            "meantime" => 0.72,
            other => panic!("unexpected corpus {other}"),
        };
        for corpus in &corpora {
            let mut scores = Scores::default();
            for doc in &corpus.docs {
                scores.add(compare(&doc.timex, &system(doc)));
            }
            let f1 = scores.value_f1();
            assert!(f1 >= floor(&corpus.name), "{}: value F1 {f1:.3}", corpus.name);
        }
        let expressions: usize = corpora
            .iter()
            .filter(|c| c.name.starts_with("wikinews"))
            .map(|c| c.docs.iter().map(|d| d.timex.len()).sum::<usize>())
            .sum();
        assert!(expressions >= 300, "{expressions}");
    }

    #[test]
    fn reads_jsonl_and_checks_offsets() {
        let dir = std::env::temp_dir().join(format!("tidings-eval-time-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.jsonl");
        let line = r#"{"id":"a","published":"2024-03-09","text":"Police said on Tuesday that two men were held for three days.","timex":[{"start":15,"end":22,"type":"DATE","value":"2024-03-05"},{"start":50,"end":60,"type":"DURATION","value":"P3D"}]}"#;
        fs::write(&good, format!("{line}\n")).unwrap();
        let report = run(&good).unwrap();
        let value = report.rows.iter().find(|r| r.0 == "good value").unwrap();
        assert!((value.1[2] - 1.0).abs() < 1e-9, "{report}");
        let bad = dir.join("bad.jsonl");
        fs::write(&bad, line.replace("\"end\":60", "\"end\":600")).unwrap();
        assert!(run(&bad).is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
