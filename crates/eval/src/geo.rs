//! Toponym resolution: `tidings eval geo --gold FILE`.
//!
//! Gold is JSONL, one document a line: `{id, text, published?, toponyms: [{start, end,
//! text, geonames_id, lat, lon, literal}]}` with byte offsets into the (normalized)
//! text. Every document goes through the whole pipeline; a gold toponym is matched by
//! the predicted place whose evidence overlaps it. Reported, as in the geoparsing
//! literature (LGL, GeoWebNews): detection precision/recall, accuracy within 161 km
//! (100 miles) over matched toponyms and over all gold toponyms (a miss counts as
//! wrong), mean and median error in km, and exact GeoNames id matches.
//!
//! A second pair of rows resolves the gold spans themselves (the toponym-resolution
//! setting of mordecai and the LGL/GeoWebNews papers, where detection is given), with
//! the document's countries as context, so resolution and detection errors separate.
//! The same spans go to a naive baseline (every reading the gazetteer has for the name,
//! the most populous taken), and both are broken down by the gold feature's kind.
//!
//! Points: this gold gives countries and divisions at their capital or seat
//! (`eval/geo/README.md`), so those are compared with the prediction's representative
//! point (`Place::representative_point`), towns with their own point.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use tidings_model::Span;
use tidings_pipeline::{Input, Pipeline};

use crate::score::{ratio, Counts};
use crate::Report;

#[derive(Debug, Deserialize)]
struct GoldDoc {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
    toponyms: Vec<GoldToponym>,
    /// Place-like spans the annotators left out on purpose (no GeoNames entry, not a
    /// toponym by the guide): predictions there are neither right nor wrong.
    #[serde(default)]
    skipped: Vec<Skipped>,
}

#[derive(Debug, Deserialize)]
struct Skipped {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
struct GoldToponym {
    start: usize,
    end: usize,
    text: String,
    geonames_id: u64,
    lat: f64,
    lon: f64,
    #[serde(default = "yes")]
    literal: bool,
    /// GeoNames feature code (`PCLI`, `ADM1`, `PPLA` …).
    #[serde(default)]
    feature: String,
}

/// The kinds of the per-kind rows, by gold feature code.
const KINDS: [&str; 5] = ["countries", "admin1", "admin2", "towns", "regions"];

fn kind_of(feature: &str) -> usize {
    match feature {
        "PCLI" | "PCLD" | "PCLF" | "PCLS" | "PCLIX" | "TERR" => 0,
        "ADM1" => 1,
        "ADM2" => 2,
        "CONT" | "RGN" | "SEA" | "GULF" | "OCN" | "PEN" => 4,
        _ => 3,
    }
}

/// Whether the gold gives this feature at its seat rather than its own point.
fn at_seat(feature: &str) -> bool {
    matches!(kind_of(feature), 0..=2)
}

/// An entry's point in the gold's convention for `feature`.
fn entry_point(e: &tidings_geo::Entry, feature: &str) -> (f64, f64) {
    if at_seat(feature) {
        (e.rep_lat, e.rep_lon)
    } else {
        (e.lat, e.lon)
    }
}

/// The naive baseline: of every reading the gazetteer has for the name (regions too),
/// the most populous; between equals, the first.
fn most_populous(gaz: &tidings_geo::Gazetteer, name: &str) -> Option<u32> {
    let mut all = gaz.lookup(name);
    all.extend(gaz.lookup_regions(name));
    all.into_iter().max_by(|&a, &b| gaz.entry(a).population.cmp(&gaz.entry(b).population).then(b.cmp(&a)))
}

fn yes() -> bool {
    true
}

pub use tidings_model::haversine_km;

#[derive(Default)]
struct Tally {
    detection: Counts,
    errors_km: Vec<f64>,
    exact: usize,
    gold: usize,
}

impl Tally {
    fn within(&self, km: f64) -> usize {
        self.errors_km.iter().filter(|&&e| e <= km).count()
    }

    fn row(&self) -> Vec<f64> {
        let mut errors = self.errors_km.clone();
        errors.sort_by(f64::total_cmp);
        let median = if errors.is_empty() { 0.0 } else { errors[errors.len() / 2] };
        let mean = if errors.is_empty() { 0.0 } else { errors.iter().sum::<f64>() / errors.len() as f64 };
        vec![
            self.detection.precision(),
            self.detection.recall(),
            ratio(self.within(161.0), self.errors_km.len()),
            ratio(self.within(161.0), self.gold),
            mean,
            median,
            ratio(self.exact, self.errors_km.len()),
            self.gold as f64,
        ]
    }
}

pub fn run(gold: &Path) -> Result<Report> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("reading {}", gold.display()))?;
    let pipeline = Pipeline::bundled();
    let (mut all, mut literal) = (Tally::default(), Tally::default());
    let (mut oracle_all, mut oracle_literal) = (Tally::default(), Tally::default());
    let (mut naive_all, mut naive_literal) = (Tally::default(), Tally::default());
    let mut oracle_kind: [Tally; 5] = Default::default();
    let mut naive_kind: [Tally; 5] = Default::default();
    let mut docs = 0;
    let mut misses: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let doc: GoldDoc =
            serde_json::from_str(line).with_context(|| format!("{}:{}: not a gold document", gold.display(), n + 1))?;
        if tidings_text::normalize(&doc.text) != doc.text {
            bail!("{}:{}: gold text of {} is not normalized; offsets would not line up", gold.display(), n + 1, doc.id);
        }
        for t in &doc.toponyms {
            if doc.text.get(t.start..t.end) != Some(t.text.as_str()) {
                bail!("{}:{}: toponym {:?} of {} is misaligned", gold.display(), n + 1, t.text, doc.id);
            }
        }
        docs += 1;
        let input = Input {
            id: Some(doc.id.clone()),
            text: doc.text.clone(),
            published: doc.published.clone(),
            ..Input::default()
        };
        let ex = pipeline.extract(&input);
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        for place in &ex.places {
            let span = (place.evidence[0].start, place.evidence[0].end);
            let hit = doc.toponyms.iter().any(|t| overlaps(span, (t.start, t.end)));
            let skipped = doc.skipped.iter().any(|t| overlaps(span, (t.start, t.end)));
            if !hit && !skipped {
                all.detection.fp += 1;
            }
        }
        // Resolution of the gold spans, with the countries the document names as context.
        let gaz = tidings_geo::Gazetteer::bundled();
        let mut context: HashMap<String, usize> = HashMap::new();
        let named = ex.mentions.iter().filter_map(|m| m.entity.as_deref()).filter_map(|e| e.strip_prefix("country:"));
        for cc in named.map(str::to_string).chain(ex.places.iter().filter_map(|p| p.country.clone())) {
            *context.entry(cc).or_default() += 1;
        }
        let toponyms: Vec<tidings_geo::Toponym> = doc
            .toponyms
            .iter()
            .enumerate()
            .map(|(k, t)| {
                // "Manchester, N.H.": a following toponym after a comma qualifies this one.
                let next = doc.toponyms.get(k + 1).filter(|n| doc.text[t.end..n.start].trim() == ",");
                tidings_geo::Toponym {
                    span: Span::of(&doc.text, t.start, t.end),
                    qualifier: next.map(|n| n.text.clone()),
                }
            })
            .collect();
        for (t, r) in doc.toponyms.iter().zip(tidings_geo::resolve(gaz, &toponyms, &context)) {
            let kind = kind_of(&t.feature);
            let naive = most_populous(gaz, &t.text);
            let runs = [
                (r, if t.literal { vec![&mut oracle_all, &mut oracle_literal] } else { vec![&mut oracle_all] }),
                (naive, if t.literal { vec![&mut naive_all, &mut naive_literal] } else { vec![&mut naive_all] }),
            ];
            let mut runs = runs.into_iter().collect::<Vec<_>>();
            runs[0].1.push(&mut oracle_kind[kind]);
            runs[1].1.push(&mut naive_kind[kind]);
            for (r, tallies) in runs {
                for tally in tallies {
                    tally.gold += 1;
                    match r.map(|i| gaz.entry(i)) {
                        Some(e) => {
                            tally.detection.tp += 1;
                            let (lat, lon) = entry_point(e, &t.feature);
                            tally.errors_km.push(haversine_km(lat, lon, t.lat, t.lon));
                            tally.exact += usize::from(e.id == t.geonames_id);
                        }
                        None => tally.detection.fn_ += 1,
                    }
                }
            }
            if std::env::var_os("TIDINGS_EVAL_VERBOSE").is_some() {
                let far = |e: &tidings_geo::Entry| {
                    let (lat, lon) = entry_point(e, &t.feature);
                    haversine_km(lat, lon, t.lat, t.lon) > 161.0
                };
                match r.map(|i| gaz.entry(i)) {
                    Some(e) if far(e) => misses
                        .push(format!("wrong  {:?} → {} ({}) instead of {}", t.text, e.name, e.country, t.geonames_id)),
                    None => misses.push(format!("unresolved {:?}", t.text)),
                    _ => {}
                }
            }
        }
        for t in &doc.toponyms {
            let found = ex.places.iter().find(|p| overlaps((p.evidence[0].start, p.evidence[0].end), (t.start, t.end)));
            for tally in if t.literal { vec![&mut all, &mut literal] } else { vec![&mut all] } {
                tally.gold += 1;
                match found {
                    Some(p) => {
                        tally.detection.tp += 1;
                        let (lat, lon) = match p.representative_point {
                            Some(r) if at_seat(&t.feature) => (r.lat, r.lon),
                            _ => (p.lat, p.lon),
                        };
                        tally.errors_km.push(haversine_km(lat, lon, t.lat, t.lon));
                        if p.geonames_id == Some(t.geonames_id) {
                            tally.exact += 1;
                        }
                    }
                    None => tally.detection.fn_ += 1,
                }
            }
        }
    }
    // Predictions off every gold span count against the literal rows too.
    literal.detection.fp = all.detection.fp;
    let mut notes = misses;
    notes.sort();
    Ok(Report {
        title: format!("geo: {docs} documents from {}", gold.display()),
        columns: ["det P", "det R", "acc@161", "acc@161 all", "mean km", "median km", "exact id", "gold"]
            .map(String::from)
            .to_vec(),
        rows: vec![
            ("pipeline, all toponyms".to_string(), all.row()),
            ("pipeline, literal only".to_string(), literal.row()),
            ("gold spans, all".to_string(), oracle_all.row()),
            ("gold spans, literal".to_string(), oracle_literal.row()),
            ("naive most populous, all".to_string(), naive_all.row()),
            ("naive most populous, literal".to_string(), naive_literal.row()),
        ]
        .into_iter()
        .chain(KINDS.iter().zip(&oracle_kind).map(|(k, t)| (format!("gold spans, {k}"), t.row())))
        .chain(KINDS.iter().zip(&naive_kind).map(|(k, t)| (format!("naive, {k}"), t.row())))
        .collect(),
        notes: notes.into_iter().chain([
            "acc@161: share of matched toponyms resolved within 161 km; \"all\" counts misses as wrong.".to_string(),
            "det P/R: predicted places overlapping a gold toponym / gold toponyms found (predictions on spans the".to_string(),
            "annotators skipped on purpose are not counted). \"gold spans\": the resolver given the gold toponym spans;".to_string(),
            "\"naive\": the most populous reading of each gold span. Countries and divisions are compared at the".to_string(),
            "representative point (capital or seat), the convention of this gold; towns at their own point.".to_string(),
        ]).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        // Moscow to Kaluga is about 160 km.
        let d = haversine_km(55.75204, 37.61781, 54.5293, 36.27542);
        assert!((d - 160.0).abs() < 10.0, "{d}");
        assert_eq!(haversine_km(1.0, 2.0, 1.0, 2.0), 0.0);
    }

    #[test]
    fn scores_a_small_gold_file() {
        let dir = std::env::temp_dir().join(format!("tidings-geo-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.jsonl");
        let text = "Fighting was reported in Kandahar and in Moscow.";
        let k = text.find("Kandahar").unwrap();
        let m = text.find("Moscow").unwrap();
        let doc = serde_json::json!({
            "id": "t1", "text": text,
            "toponyms": [
                {"start": k, "end": k + 8, "text": "Kandahar", "geonames_id": 1138336, "lat": 31.61332, "lon": 65.71013, "literal": true},
                {"start": m, "end": m + 6, "text": "Moscow", "geonames_id": 524901, "lat": 55.75204, "lon": 37.61781, "literal": true}
            ]
        });
        std::fs::write(&path, format!("{doc}\n")).unwrap();
        let report = run(&path).unwrap();
        let all = &report.rows[0].1;
        assert_eq!(all[7], 2.0);
        assert!(all[2] > 0.99, "{report}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
