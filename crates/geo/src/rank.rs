//! A learned candidate ranker for toponym resolution.
//!
//! For each toponym of a document the credible readings (those the heuristic resolver
//! weighs, [`crate::resolve_heuristic`]) are scored by a conditional-logit model, a
//! weight per feature, and the best one wins; a "no reading" option competes with them,
//! so a small namesake abroad can be left unresolved in a story about one country.
//! Features ([`FEATURES`]): log population, kind and feature code, how the name matched
//! (the entry's own name, or only through the spelling-tolerant key), how often the
//! document names the reading's country (and whether it names other countries but not
//! this one), a qualifier, the share of the document's other toponyms that lie in the
//! reading's first-level division and country, the distance to their readings, and the
//! heuristic resolver's own choice and score margin; and, for local news, the share of
//! the document's mentions (repeats counted) in the reading's first-level division,
//! whether the document names the division, county or country that contains the
//! reading (or, for an area, how many of the other names lie inside it), the share of
//! other names within 300 km, whether the dateline (a first toponym in the first
//! [`DATELINE_BYTES`] bytes) lies in the reading's division, and whether the name is only
//! one of the entry's alternate names. The document context comes from
//! the heuristic's readings of the other toponyms (two passes, as in
//! [`crate::resolve_heuristic`]), so resolution stays linear: at most
//! [`MAX_NEIGHBOURS`] other names are compared with each reading.
//!
//! The weights (`data/ranker.tsv`) are trained by `cargo xtask train-geo` and embedded.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::{index_key, key, Entry, Evidence, Gazetteer, Kind, Toponym};

static BUNDLED: &str = include_str!("../data/ranker.tsv");

/// The model's features, in the order of its weight vector. The first four are the
/// "no reading" option's; a reading's are zero there.
pub const FEATURES: [&str; 38] = [
    "none",
    "none.countries_named",
    "none.dominant_country",
    "none.best_logpop",
    "logpop",
    "kind.country",
    "kind.admin1",
    "kind.admin1_named",
    "kind.admin2",
    "kind.admin2_named",
    "kind.region",
    "code.pplc",
    "code.ppla",
    "code.ppla2",
    "name.primary",
    "name.loose_only",
    "country.weight",
    "country.named",
    "country.unnamed_other_named",
    "qualified",
    "admin1.share",
    "admin1.near",
    "admin1.major",
    "country.inside_share",
    "closeness",
    "has_neighbours",
    "division.city_inside",
    "heuristic.pick",
    "heuristic.margin",
    "small_town",
    "admin1.mentions",
    "contained.admin1",
    "contained.admin2",
    "contained.country",
    "contains.share",
    "near.300km",
    "dateline.admin1",
    "name.alternate",
];

/// Width of a feature vector.
pub const DIM: usize = FEATURES.len();

/// How many other names (distinct surface forms) a reading's distance is measured to.
pub const MAX_NEIGHBOURS: usize = 32;

/// How many mentions (repeats included) a reading's share of the document is counted over.
pub const MAX_MENTIONS: usize = 64;

/// A first toponym that starts this early (bytes) is the document's dateline.
pub const DATELINE_BYTES: usize = 120;

/// One option for a toponym: a gazetteer entry, or none (`entry == None`).
#[derive(Debug, Clone)]
pub struct Choice {
    pub entry: Option<u32>,
    pub x: [f64; DIM],
}

/// The options of one toponym. `shared` is the index of an earlier toponym with the
/// same surface form (and no qualifier), whose reading this one takes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub options: Vec<Choice>,
    pub shared: Option<usize>,
}

/// The weights.
#[derive(Debug, Clone)]
pub struct Model {
    pub w: [f64; DIM],
}

impl Model {
    /// The model trained by `cargo xtask train-geo`, embedded.
    pub fn bundled() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::parse(BUNDLED).expect("the bundled ranker is well-formed"))
    }

    /// Reads `feature<TAB>weight` lines (`#` comments) in [`FEATURES`] order.
    pub fn parse(text: &str) -> Result<Model, String> {
        let mut w = [0.0; DIM];
        let mut n = 0;
        for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let (name, v) = line.split_once('\t').ok_or_else(|| format!("not `feature<TAB>weight`: {line:?}"))?;
            if n >= DIM || FEATURES[n] != name {
                return Err(format!("feature {name:?} where {:?} was expected", FEATURES.get(n)));
            }
            w[n] = v.trim().parse().map_err(|_| format!("bad weight {v:?} of {name}"))?;
            n += 1;
        }
        if n != DIM {
            return Err(format!("{n} weights, {DIM} expected"));
        }
        Ok(Model { w })
    }

    /// Writes the weights as [`Model::parse`] reads them, rounded to 6 decimals.
    pub fn write(&self, header: &str) -> String {
        let mut out = String::new();
        for l in header.lines() {
            out.push_str(&format!("# {l}\n"));
        }
        for (name, w) in FEATURES.iter().zip(self.w) {
            out.push_str(&format!("{name}\t{:.6}\n", if w == 0.0 { 0.0 } else { w }));
        }
        out
    }

    pub fn score(&self, x: &[f64; DIM]) -> f64 {
        self.w.iter().zip(x).map(|(w, x)| w * x).sum()
    }

    /// The best option's entry; between equal scores, the earlier option.
    pub fn choose(&self, o: &[Choice]) -> Option<u32> {
        let mut best: Option<(f64, Option<u32>)> = None;
        for opt in o {
            let s = self.score(&opt.x);
            if best.is_none_or(|(b, _)| s > b) {
                best = Some((s, opt.entry));
            }
        }
        best.and_then(|(_, e)| e)
    }
}

/// Resolves toponyms of one document with the learned ranker (same contract as
/// [`crate::resolve_with_guesses`]: `named` countries the document names, `guessed` those
/// it only suggests).
pub fn resolve(
    gaz: &Gazetteer,
    toponyms: &[Toponym],
    named: &HashMap<String, usize>,
    guessed: &HashMap<String, usize>,
    model: &Model,
) -> Vec<Option<u32>> {
    let options = options(gaz, toponyms, named, guessed);
    let mut out: Vec<Option<u32>> = Vec::with_capacity(toponyms.len());
    for o in &options {
        let r = match o.shared {
            Some(k) => out[k],
            None => model.choose(&o.options),
        };
        out.push(r);
    }
    out
}

fn log_pop(e: &Entry) -> f64 {
    (e.population as f64 + 1.0).log10() / 7.0
}

/// Every toponym's options with their features, in the context of the countries the
/// document names and those it only suggests (as [`crate::resolve_with_guesses`]).
pub fn options(
    gaz: &Gazetteer,
    toponyms: &[Toponym],
    named: &HashMap<String, usize>,
    guessed: &HashMap<String, usize>,
) -> Vec<Options> {
    let heuristic = crate::heuristic(gaz, toponyms, named, guessed);
    let context = crate::Context::new(toponyms, named, guessed);
    let evidence = Evidence::of(gaz, toponyms, &heuristic);
    let mut countries = crate::combined_weights(named, guessed);
    for (cc, forms) in &evidence.inside {
        *countries.entry(cc.clone()).or_default() += forms.len();
    }
    let most = countries.values().copied().max().unwrap_or(0).max(1) as f64;
    let total: usize = countries.values().sum();
    let dominant = if total == 0 { 0.0 } else { countries.values().copied().max().unwrap_or(0) as f64 / total as f64 };
    // The other names' readings: one point per distinct surface form, the first few.
    let mut neighbours: Vec<(String, f64, f64)> = Vec::new();
    for (t, r) in toponyms.iter().zip(&heuristic) {
        let Some(e) = r.map(|i| gaz.entry(i)) else { continue };
        if matches!(e.kind, Kind::Region | Kind::Natural | Kind::Country) {
            continue;
        }
        let k = key(&t.span.text);
        if neighbours.len() < MAX_NEIGHBOURS && !neighbours.iter().any(|n| n.0 == k) {
            neighbours.push((k, e.lat, e.lon));
        }
    }
    // Every mention's first reading (repeats count: a local story names its state and
    // its towns again and again), the areas the document names, and its dateline.
    let mut mentions: Vec<(String, &Entry)> = Vec::new();
    let mut named_areas: HashSet<u64> = HashSet::new();
    for (t, r) in toponyms.iter().zip(&heuristic) {
        let Some(e) = r.map(|i| gaz.entry(i)) else { continue };
        if matches!(e.kind, Kind::Country | Kind::Admin1 | Kind::Admin2) && e.id != 0 {
            named_areas.insert(e.id);
        }
        if !e.country.is_empty() && !matches!(e.kind, Kind::Region | Kind::Natural) && mentions.len() < MAX_MENTIONS {
            mentions.push((key(&t.span.text), e));
        }
    }
    let dateline: Option<(String, String, String)> = toponyms.first().zip(heuristic.first()).and_then(|(t, r)| {
        let e = gaz.entry((*r)?);
        (t.span.start < DATELINE_BYTES && matches!(e.kind, Kind::City | Kind::Admin2 | Kind::Admin1))
            .then(|| (key(&t.span.text), e.country.clone(), e.admin1.clone()))
    });
    let area_id = |e: Option<&Entry>| e.map_or(0, |a| a.id);
    let mut first_of: HashMap<String, usize> = HashMap::new();
    toponyms
        .iter()
        .enumerate()
        .map(|(n, t)| {
            let k = key(&t.span.text);
            if t.qualifier.is_none() && !t.office {
                if let Some(&m) = first_of.get(&k) {
                    return Options { options: Vec::new(), shared: Some(m) };
                }
                first_of.insert(k.clone(), n);
            }
            let country_weight = |cc: &str| countries.get(cc).map(|&c| c as f64 / most);
            let division_share = |e: &Entry| evidence.division_support(e, &k);
            let foreign = |e: &Entry| context.foreign(e, &k) && !evidence.beside(e, &k);
            let nested = |e: &Entry| evidence.nested(e, &k);
            let distance = |e: &Entry| evidence.distance(e, &k);
            let scored = crate::reading_scores(gaz, t, &country_weight, &division_share, &foreign, &nested, &distance);
            let top = scored.iter().map(|s| s.0).fold(f64::NEG_INFINITY, f64::max);
            let named_as_division = crate::strip_division_suffix(&k).is_some() || t.office;
            let exact = gaz.layout.exact.get(&gaz.bytes, &index_key(&t.span.text)).to_vec();
            let others = neighbours.iter().filter(|o| o.0 != k).count();
            // The other names' mentions, for the local-news features of every reading.
            let other_mentions: Vec<&Entry> = mentions.iter().filter(|m| m.0 != k).map(|m| m.1).collect();
            let inside_total = evidence.forms.saturating_sub(1).max(1) as f64;
            let mut opts: Vec<Choice> = scored
                .iter()
                .map(|&(score, i)| {
                    let e = gaz.entry(i);
                    let mut x = [0.0; DIM];
                    let mut set = |name: &str, v: f64| {
                        let j = FEATURES.iter().position(|f| *f == name).expect("a known feature");
                        x[j] = v;
                    };
                    set("logpop", log_pop(e));
                    match e.kind {
                        Kind::Country => set("kind.country", 1.0),
                        Kind::Admin1 if named_as_division => set("kind.admin1_named", 1.0),
                        Kind::Admin1 => set("kind.admin1", 1.0),
                        Kind::Admin2 if named_as_division => set("kind.admin2_named", 1.0),
                        Kind::Admin2 => set("kind.admin2", 1.0),
                        Kind::Region | Kind::Natural => set("kind.region", 1.0),
                        Kind::City => {}
                    }
                    match e.feature.as_str() {
                        "PPLC" => set("code.pplc", 1.0),
                        "PPLA" => set("code.ppla", 1.0),
                        "PPLA2" => set("code.ppla2", 1.0),
                        _ => {}
                    }
                    set("name.primary", f64::from(u8::from(gaz.is_primary_name(i, &t.span.text))));
                    set("name.loose_only", f64::from(u8::from(!exact.contains(&i))));
                    if !e.country.is_empty() {
                        match countries.get(&e.country) {
                            Some(&c) => {
                                set("country.weight", c as f64 / most);
                                set("country.named", 1.0);
                            }
                            None if !countries.is_empty() => set("country.unnamed_other_named", 1.0),
                            None => {}
                        }
                    }
                    let qualified = t.qualifier.as_deref().is_some_and(|q| {
                        gaz.lookup(q).into_iter().map(|j| gaz.entry(j)).any(|q| {
                            q.country == e.country
                                && (q.kind == Kind::Country || (q.kind == Kind::Admin1 && q.admin1 == e.admin1))
                        })
                    });
                    set("qualified", f64::from(u8::from(qualified)));
                    if !matches!(e.kind, Kind::Country | Kind::Region | Kind::Natural) {
                        let share = evidence.division_share(e, &k);
                        set("admin1.share", share);
                        set("admin1.near", f64::from(u8::from(share > 0.0)));
                        set("admin1.major", f64::from(u8::from(share >= 0.5)));
                        let inside = evidence
                            .inside
                            .get(&e.country)
                            .map_or(0, |forms| forms.iter().filter(|f| **f != k).count());
                        set("country.inside_share", (inside as f64 / inside_total).min(1.0));
                    }
                    if others > 0 && !matches!(e.kind, Kind::Region | Kind::Natural) {
                        let km = neighbours
                            .iter()
                            .filter(|o| o.0 != k)
                            .map(|o| tidings_model::haversine_km(e.lat, e.lon, o.1, o.2))
                            .fold(f64::INFINITY, f64::min);
                        set("closeness", 1.0 - ((1.0 + km).ln() / (1.0f64 + 20_000.0).ln()).min(1.0));
                        set("has_neighbours", 1.0);
                    }
                    if e.kind == Kind::Admin1 && !named_as_division {
                        let city_inside = scored.iter().any(|&(_, c)| {
                            let c = gaz.entry(c);
                            c.kind == Kind::City && c.country == e.country && c.admin1 == e.admin1
                        });
                        set("division.city_inside", f64::from(u8::from(city_inside)));
                    }
                    set("heuristic.pick", f64::from(u8::from(heuristic[n] == Some(i))));
                    set("heuristic.margin", ((score - top) / 100.0).max(-1.0));
                    set("small_town", f64::from(u8::from(e.kind == Kind::City && e.population < 15_000)));
                    if !other_mentions.is_empty() && !matches!(e.kind, Kind::Region | Kind::Natural) {
                        let n = other_mentions.len() as f64;
                        if e.kind != Kind::Country && !e.admin1.is_empty() {
                            let same = other_mentions
                                .iter()
                                .filter(|o| o.kind != Kind::Country && o.country == e.country && o.admin1 == e.admin1)
                                .count();
                            set("admin1.mentions", same as f64 / n);
                        }
                        let inside = other_mentions
                            .iter()
                            .filter(|o| match e.kind {
                                Kind::Country => o.kind != Kind::Country && o.country == e.country,
                                Kind::Admin1 => {
                                    matches!(o.kind, Kind::City | Kind::Admin2)
                                        && o.country == e.country
                                        && o.admin1 == e.admin1
                                }
                                Kind::Admin2 => {
                                    o.kind == Kind::City
                                        && o.country == e.country
                                        && o.admin1 == e.admin1
                                        && o.admin2 == e.admin2
                                }
                                _ => false,
                            })
                            .count();
                        set("contains.share", inside as f64 / n);
                        let near = other_mentions
                            .iter()
                            .filter(|o| {
                                o.kind != Kind::Country
                                    && tidings_model::haversine_km(e.lat, e.lon, o.lat, o.lon) <= 300.0
                            })
                            .count();
                        if e.kind != Kind::Country {
                            set("near.300km", near as f64 / n);
                        }
                    }
                    if matches!(e.kind, Kind::City | Kind::Admin2) {
                        let a1 = area_id(gaz.admin1_of(e));
                        set("contained.admin1", f64::from(u8::from(a1 != 0 && named_areas.contains(&a1))));
                    }
                    if e.kind == Kind::City {
                        let a2 = area_id(gaz.admin2_of(e));
                        set("contained.admin2", f64::from(u8::from(a2 != 0 && named_areas.contains(&a2))));
                    }
                    if !matches!(e.kind, Kind::Country | Kind::Region | Kind::Natural) {
                        let c = area_id(gaz.country(&e.country));
                        set("contained.country", f64::from(u8::from(c != 0 && named_areas.contains(&c))));
                        if !other_mentions.is_empty() {
                            let d = dateline
                                .as_ref()
                                .is_some_and(|(dk, cc, a1)| *dk != k && *cc == e.country && *a1 == e.admin1);
                            set("dateline.admin1", f64::from(u8::from(d)));
                        }
                    }
                    let primary = gaz.is_primary_name(i, &t.span.text);
                    set("name.alternate", f64::from(u8::from(!primary && exact.contains(&i))));
                    Choice { entry: Some(i), x }
                })
                .collect();
            let mut none = [0.0; DIM];
            none[0] = 1.0;
            none[1] = f64::from(u8::from(!countries.is_empty()));
            none[2] = dominant;
            none[3] = scored.iter().map(|&(_, i)| log_pop(gaz.entry(i))).fold(0.0, f64::max);
            opts.push(Choice { entry: None, x: none });
            Options { options: opts, shared: None }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_model_reads_and_writes_back() {
        let m = Model::bundled();
        let again = Model::parse(&m.write("header")).unwrap();
        assert_eq!(m.w, again.w);
        assert!(Model::parse("none\t1\n").is_err());
        assert!(Model::parse("logpop\t1\n").is_err());
    }
}
