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
//! the country context the pipeline's own resolver gets ([`Pipeline::country_context`]:
//! the countries the text names, and those its nationality words and other place names
//! suggest), so resolution and detection errors separate.
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
    /// 0 for a toponym GeoNames does not give us: with `lat`/`lon`, a natural feature
    /// of our gazetteer's Natural Earth part, at its point; with them null, a place our
    /// gazetteer lacks (every reading of it is wrong, and leaving it unresolved is a miss).
    geonames_id: u64,
    lat: Option<f64>,
    lon: Option<f64>,
    #[serde(default = "yes")]
    literal: bool,
    /// GeoNames feature code (`PCLI`, `ADM1`, `PPLA` …).
    #[serde(default)]
    feature: String,
}

/// The kinds of the per-kind rows, by gold feature code.
const KINDS: [&str; 5] = ["countries", "admin1", "admin2", "towns", "regions/natural"];

fn kind_of(feature: &str) -> usize {
    match feature {
        "PCLI" | "PCLD" | "PCLF" | "PCLS" | "PCLIX" | "TERR" => 0,
        "ADM1" => 1,
        "ADM2" => 2,
        // Populated places and their parts (neighbourhoods, PPLX); no code: a town.
        f if f.starts_with("PPL") || f.is_empty() => 3,
        // Continents, regions, seas and the natural features of the gazetteer's Natural
        // Earth part (ISL, BAY, LK, MT …).
        _ => 4,
    }
}

/// Whether the gold gives this feature at its seat rather than its own point.
fn at_seat(feature: &str) -> bool {
    matches!(kind_of(feature), 0..=2)
}

/// An entry's point in the gold's convention for `feature`.
pub fn entry_point(e: &tidings_geo::Entry, feature: &str) -> (f64, f64) {
    if at_seat(feature) {
        (e.rep_lat, e.rep_lon)
    } else {
        (e.lat, e.lon)
    }
}

/// The naive baseline: of every reading the gazetteer has for the name (regions too),
/// the most populous; between equals, the first.
pub fn most_populous(gaz: &tidings_geo::Gazetteer, name: &str) -> Option<u32> {
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
    /// Readings of toponyms the gazetteer lacks: matched, and wrong.
    unknown: usize,
    exact: usize,
    gold: usize,
}

impl Tally {
    fn within(&self, km: f64) -> usize {
        self.errors_km.iter().filter(|&&e| e <= km).count()
    }

    fn matched(&self) -> usize {
        self.errors_km.len() + self.unknown
    }

    /// Scores a reading (or none) of a gold toponym.
    fn add(&mut self, reading: Option<(f64, f64, u64)>, gold: &GoldReading) {
        self.gold += 1;
        let Some((lat, lon, id)) = reading else {
            self.detection.fn_ += 1;
            return;
        };
        self.detection.tp += 1;
        match gold.point() {
            Some((glat, glon)) => {
                self.errors_km.push(haversine_km(lat, lon, glat, glon));
                self.exact += usize::from(id == gold.geonames_id && id != 0);
            }
            None => self.unknown += 1,
        }
    }

    fn row(&self) -> Vec<f64> {
        let mut errors = self.errors_km.clone();
        errors.sort_by(f64::total_cmp);
        let median = if errors.is_empty() { 0.0 } else { errors[errors.len() / 2] };
        let mean = if errors.is_empty() { 0.0 } else { errors.iter().sum::<f64>() / errors.len() as f64 };
        vec![
            self.detection.precision(),
            self.detection.recall(),
            ratio(self.within(161.0), self.matched()),
            ratio(self.within(161.0), self.gold),
            mean,
            median,
            ratio(self.exact, self.matched()),
            self.gold as f64,
        ]
    }
}

/// A gold document's toponyms as the resolver sees them: spans with qualifiers, the
/// country context the pipeline gives its resolver ([`Pipeline::country_context`]: the
/// countries the document names, and those its nationality words and other place names
/// suggest) and the gold reading of each.
pub struct Case {
    pub id: String,
    pub toponyms: Vec<tidings_geo::Toponym>,
    pub named: HashMap<String, usize>,
    pub guessed: HashMap<String, usize>,
    pub gold: Vec<GoldReading>,
}

/// A gold toponym's GeoNames id and point (in the gold file's convention); id 0 and no
/// point for a toponym the gazetteer lacks.
#[derive(Debug, Clone)]
pub struct GoldReading {
    pub geonames_id: u64,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub feature: String,
}

impl GoldReading {
    /// The gold point, `None` when the gazetteer lacks the place (a GeoNames id, or id 0
    /// for a natural feature outside GeoNames, with a point).
    pub fn point(&self) -> Option<(f64, f64)> {
        match (self.lat, self.lon) {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => None,
        }
    }

    /// The error in km of reading `e`, `None` when the gazetteer lacks the place (any
    /// reading is wrong).
    pub fn km(&self, e: &tidings_geo::Entry) -> Option<f64> {
        let (glat, glon) = self.point()?;
        let (lat, lon) = entry_point(e, &self.feature);
        Some(haversine_km(lat, lon, glat, glon))
    }
}

fn read_gold(gold: &Path) -> Result<Vec<GoldDoc>> {
    let text = std::fs::read_to_string(gold).with_context(|| format!("reading {}", gold.display()))?;
    let mut docs = Vec::new();
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
        docs.push(doc);
    }
    Ok(docs)
}

fn case_of(doc: &GoldDoc, pipeline: &Pipeline) -> Case {
    let (named, guessed) = pipeline.country_context(&doc.text);
    let mut toponyms: Vec<tidings_geo::Toponym> = doc
        .toponyms
        .iter()
        .enumerate()
        .map(|(k, t)| {
            // "Manchester, N.H.": a following toponym after a comma qualifies this one.
            let next = doc.toponyms.get(k + 1).filter(|n| doc.text[t.end..n.start].trim() == ",");
            tidings_geo::Toponym::in_text(&doc.text, t.start, t.end, next.map(|n| n.text.clone()))
        })
        .collect();
    tidings_geo::mark_addresses(tidings_geo::Gazetteer::bundled(), &doc.text, &mut toponyms);
    let gold = doc
        .toponyms
        .iter()
        .map(|t| GoldReading { geonames_id: t.geonames_id, lat: t.lat, lon: t.lon, feature: t.feature.clone() })
        .collect();
    Case { id: doc.id.clone(), toponyms, named, guessed, gold }
}

/// Every document of a gold file as a [`Case`] (each goes through entity recognition once
/// for its country context); `cargo xtask train-geo` trains on these.
pub fn cases(gold: &Path) -> Result<Vec<Case>> {
    let pipeline = Pipeline::bundled();
    let docs = read_gold(gold)?;
    Ok(docs.iter().map(|doc| case_of(doc, &pipeline)).collect())
}

/// Which option is right: the one with the gold id, else the nearest reading within
/// 50 km of the gold point (Singapore the city for Singapore the country), else none
/// (the last option). `None` when the toponym has no options (it shares an earlier one's).
pub fn label_of(
    gaz: &tidings_geo::Gazetteer,
    options: &[tidings_geo::rank::Choice],
    gold: &GoldReading,
) -> Option<usize> {
    if options.is_empty() {
        return None;
    }
    let Some((glat, glon)) = gold.point() else { return Some(options.len() - 1) };
    let entry = |o: &tidings_geo::rank::Choice| o.entry.map(|i| gaz.entry(i));
    if let Some(k) = options.iter().position(|o| entry(o).is_some_and(|e| e.id == gold.geonames_id)) {
        return Some(k);
    }
    let near = options
        .iter()
        .enumerate()
        .filter_map(|(k, o)| {
            let e = entry(o)?;
            let (lat, lon) = entry_point(e, &gold.feature);
            Some((haversine_km(lat, lon, glat, glon), k))
        })
        .filter(|(d, _)| *d <= 50.0)
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    Some(near.map_or(options.len() - 1, |(_, k)| k))
}

/// Pairwise ranking quality of a score over a toponym's candidate readings.
#[derive(Default)]
struct Auc {
    right: f64,
    pairs: usize,
    toponyms: usize,
}

impl Auc {
    fn add(
        &mut self,
        options: &[tidings_geo::rank::Choice],
        label: usize,
        score: &dyn Fn(&[f64; tidings_geo::rank::DIM]) -> f64,
    ) {
        let readings: Vec<&tidings_geo::rank::Choice> = options.iter().filter(|o| o.entry.is_some()).collect();
        if options[label].entry.is_none() || readings.len() < 2 {
            return;
        }
        self.toponyms += 1;
        let gold = score(&options[label].x);
        for (k, o) in options.iter().enumerate() {
            if k == label || o.entry.is_none() {
                continue;
            }
            let s = score(&o.x);
            self.pairs += 1;
            self.right += if gold > s {
                1.0
            } else if gold == s {
                0.5
            } else {
                0.0
            };
        }
    }

    fn row(&self) -> Vec<f64> {
        let auc = if self.pairs == 0 { 0.0 } else { self.right / self.pairs as f64 };
        vec![0.0, 0.0, auc, auc, 0.0, 0.0, 0.0, self.toponyms as f64]
    }
}

/// The "all" tally, and the "literal" one too for a literal toponym.
fn literal_too<'a>(literal: bool, all: &'a mut Tally, lit: &'a mut Tally) -> Vec<&'a mut Tally> {
    if literal {
        vec![all, lit]
    } else {
        vec![all]
    }
}

pub fn run(gold: &Path) -> Result<Report> {
    let pipeline = Pipeline::bundled();
    let (mut all, mut literal) = (Tally::default(), Tally::default());
    let (mut oracle_all, mut oracle_literal) = (Tally::default(), Tally::default());
    let (mut naive_all, mut naive_literal) = (Tally::default(), Tally::default());
    let (mut heur_all, mut heur_literal) = (Tally::default(), Tally::default());
    let mut pipeline_kind: [Tally; 5] = Default::default();
    let mut oracle_kind: [Tally; 5] = Default::default();
    let mut heur_kind: [Tally; 5] = Default::default();
    let mut naive_kind: [Tally; 5] = Default::default();
    let mut auc: [Auc; 3] = Default::default();
    let mut docs = 0;
    let mut misses: Vec<String> = Vec::new();
    for doc in read_gold(gold)? {
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
        // Resolution of the gold spans, with the pipeline's country context.
        let gaz = tidings_geo::Gazetteer::bundled();
        let case = case_of(&doc, &pipeline);
        let (named, guessed) = (&case.named, &case.guessed);
        let options = tidings_geo::rank::options(gaz, &case.toponyms, named, guessed);
        let shipped = tidings_geo::resolve_with_guesses(gaz, &case.toponyms, named, guessed);
        let ranked =
            tidings_geo::rank::resolve(gaz, &case.toponyms, named, guessed, tidings_geo::rank::Model::bundled());
        for (k, t) in doc.toponyms.iter().enumerate() {
            let o = &options[options[k].shared.unwrap_or(k)].options;
            if let Some(label) = label_of(gaz, o, &case.gold[k]) {
                let model = tidings_geo::rank::Model::bundled();
                let margin = tidings_geo::rank::FEATURES.iter().position(|f| *f == "heuristic.margin").unwrap_or(0);
                let population = |x: &[f64; tidings_geo::rank::DIM]| x[4];
                auc[0].add(o, label, &|x| model.score(x));
                auc[1].add(o, label, &|x| x[margin]);
                auc[2].add(o, label, &population);
            }
            let kind = kind_of(&t.feature);
            let naive = most_populous(gaz, &t.text);
            let mut runs = [
                (shipped[k], literal_too(t.literal, &mut oracle_all, &mut oracle_literal)),
                (ranked[k], literal_too(t.literal, &mut heur_all, &mut heur_literal)),
                (naive, literal_too(t.literal, &mut naive_all, &mut naive_literal)),
            ];
            runs[0].1.push(&mut oracle_kind[kind]);
            runs[1].1.push(&mut heur_kind[kind]);
            runs[2].1.push(&mut naive_kind[kind]);
            let g = &case.gold[k];
            for (r, tallies) in runs {
                for tally in tallies {
                    let reading = r.map(|i| {
                        let e = gaz.entry(i);
                        let (lat, lon) = entry_point(e, &t.feature);
                        (lat, lon, e.id)
                    });
                    tally.add(reading, g);
                }
            }
            if std::env::var_os("TIDINGS_EVAL_VERBOSE").is_some() {
                match shipped[k].map(|i| gaz.entry(i)) {
                    Some(e) if g.km(e).is_none_or(|km| km > 161.0) => misses
                        .push(format!("wrong  {:?} → {} ({}) instead of {}", t.text, e.name, e.country, t.geonames_id)),
                    None => misses.push(format!("unresolved {:?} (gold {})", t.text, t.geonames_id)),
                    _ => {}
                }
                // Where the resolver and the naive lookup disagree on being right.
                let right = |r: Option<u32>| r.is_some_and(|i| g.km(gaz.entry(i)).is_some_and(|km| km <= 161.0));
                let show = |r: Option<u32>| {
                    r.map_or("none".to_string(), |i| {
                        let e = gaz.entry(i);
                        format!("{} ({} {} {})", e.name, e.country, e.feature, e.id)
                    })
                };
                if right(shipped[k]) != right(naive) {
                    let who = if right(naive) { "naive-only" } else { "resolver-only" };
                    misses.push(format!(
                        "{who} [{}] {}: {:?} resolver {} | naive {} | gold {} {}",
                        KINDS[kind],
                        doc.id,
                        t.text,
                        show(shipped[k]),
                        show(naive),
                        t.geonames_id,
                        t.feature
                    ));
                }
            }
        }
        for (k, t) in doc.toponyms.iter().enumerate() {
            let found = ex.places.iter().find(|p| overlaps((p.evidence[0].start, p.evidence[0].end), (t.start, t.end)));
            let reading = found.map(|p| {
                let (lat, lon) = match p.representative_point {
                    Some(r) if at_seat(&t.feature) => (r.lat, r.lon),
                    _ => (p.lat, p.lon),
                };
                (lat, lon, p.geonames_id.unwrap_or(0))
            });
            for tally in if t.literal { vec![&mut all, &mut literal] } else { vec![&mut all] } {
                tally.add(reading, &case.gold[k]);
            }
            pipeline_kind[kind_of(&t.feature)].add(reading, &case.gold[k]);
            if std::env::var_os("TIDINGS_EVAL_VERBOSE").is_some() {
                let right = reading.is_some_and(|(lat, lon, _)| {
                    case.gold[k].point().is_some_and(|(a, b)| haversine_km(lat, lon, a, b) <= 161.0)
                });
                if !right {
                    let what = found.map_or("no place".to_string(), |p| {
                        format!(
                            "{:?} → {} ({}) {:?}",
                            p.evidence[0].text,
                            p.name,
                            p.country.as_deref().unwrap_or(""),
                            p.geonames_id
                        )
                    });
                    misses.push(format!(
                        "pipeline {}: {:?} (gold {} {}): {what}",
                        doc.id, t.text, t.geonames_id, t.feature
                    ));
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
            ("learned ranker (not shipped), all".to_string(), heur_all.row()),
            ("learned ranker (not shipped), literal".to_string(), heur_literal.row()),
            ("naive most populous, all".to_string(), naive_all.row()),
            ("naive most populous, literal".to_string(), naive_literal.row()),
        ]
        .into_iter()
        .chain(KINDS.iter().zip(&pipeline_kind).map(|(k, t)| (format!("pipeline, {k}"), t.row())))
        .chain(KINDS.iter().zip(&oracle_kind).map(|(k, t)| (format!("gold spans, {k}"), t.row())))
        .chain(KINDS.iter().zip(&heur_kind).map(|(k, t)| (format!("ranker, {k}"), t.row())))
        .chain(KINDS.iter().zip(&naive_kind).map(|(k, t)| (format!("naive, {k}"), t.row())))
        .chain(["ranker", "heuristic", "population"].iter().zip(&auc).map(|(k, a)| (format!("AUC, {k}"), a.row())))
        .collect(),
        notes: notes.into_iter().chain([
            "acc@161: share of matched toponyms resolved within 161 km; \"all\" counts misses as wrong.".to_string(),
            "det P/R: predicted places overlapping a gold toponym / gold toponyms found (predictions on spans the".to_string(),
            "annotators skipped on purpose are not counted). \"gold spans\": the resolver given the gold toponym spans;".to_string(),
            "\"naive\": the most populous reading of each gold span. Countries and divisions are compared at the".to_string(),
            "representative point (capital or seat), the convention of this gold; towns at their own point.".to_string(),
            "\"gold spans\" is the resolver as shipped (hand-weighted); \"learned ranker\" `tidings_geo::rank` with".to_string(),
            "its bundled weights. AUC rows: over toponyms whose gold reading is among the credible".to_string(),
            "candidates, the share of (gold, other candidate) pairs the score orders right (ties count half), in".to_string(),
            "the acc@161 column; \"gold\" there counts the toponyms with at least two candidates.".to_string(),
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
    fn natural_features_have_a_point_and_their_own_rows() {
        // A natural feature outside GeoNames: id 0 with a point is scored at it; id 0
        // without one is a place the gazetteer lacks.
        let lake = GoldReading { geonames_id: 0, lat: Some(42.16), lon: Some(-81.24), feature: "LK".into() };
        assert_eq!(lake.point(), Some((42.16, -81.24)));
        let lacking = GoldReading { lat: None, lon: None, ..lake.clone() };
        assert_eq!(lacking.point(), None);
        for code in ["ISL", "BAY", "LK", "MT", "MTS", "RGN", "SEA"] {
            assert_eq!(KINDS[kind_of(code)], "regions/natural", "{code}");
        }
        assert_eq!(KINDS[kind_of("PPLX")], "towns");
        assert_eq!(KINDS[kind_of("")], "towns");
        assert!(!at_seat("ISL"));
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

    /// The gold spans are resolved with the country context the pipeline gives its
    /// resolver: a country the text names as a place counts (it did not, when only the
    /// `country:` entities of unresolved places and nationality words were read, and the
    /// small town "Coron" was left unresolved beside "Japanese").
    #[test]
    fn gold_spans_see_the_countries_the_text_names() {
        let text = "Japanese divers love Coron. The town lies in the Philippines.";
        let doc: GoldDoc = serde_json::from_value(serde_json::json!({
            "id": "t2", "text": text,
            "toponyms": [
                {"start": 21, "end": 26, "text": "Coron", "geonames_id": 1716834, "lat": 11.9986, "lon": 120.2043, "literal": true},
                {"start": 49, "end": 60, "text": "Philippines", "geonames_id": 1694008, "lat": 14.6042, "lon": 120.9822, "literal": true}
            ]
        }))
        .unwrap();
        let pipeline = Pipeline::bundled();
        let case = case_of(&doc, &pipeline);
        assert_eq!(case.named.get("PH"), Some(&1), "{:?}", case.named);
        let gaz = tidings_geo::Gazetteer::bundled();
        let r = tidings_geo::resolve_with_guesses(gaz, &case.toponyms, &case.named, &case.guessed);
        assert_eq!(r[0].map(|i| gaz.entry(i).id), Some(1716834));
    }
}
