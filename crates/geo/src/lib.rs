//! The bundled GeoNames gazetteer and toponym resolution.
//!
//! The gazetteer (`data/gazetteer.tsv.gz`, built by `cargo xtask build-gazetteer`) holds
//! countries, first- and second-level divisions, populated places of 500+ people and
//! nationality adjectives. It is compiled into the binary and parsed once on first use.
//!
//! Resolution scores each reading of a name by feature prominence (country > division
//! named with its suffix > city by population), by the countries the document mentions
//! elsewhere, and by a trailing qualifier ("Kaluga, Russia"). One surface form gets one
//! reading per document.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::OnceLock;

use tidings_model::{Place, Span};

static BUNDLED: &[u8] = include_bytes!("../data/gazetteer.tsv.gz");

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Admin1,
    Admin2,
    City,
}

/// One gazetteer entry.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub id: u64,
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// GeoNames admin1 code within the country.
    pub admin1: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

impl Entry {
    /// ACLED-style geo precision of this entry.
    pub fn precision(&self) -> u8 {
        match self.kind {
            Kind::City => 1,
            Kind::Admin2 => 2,
            Kind::Admin1 => 3,
            Kind::Country => 4,
        }
    }
}

/// Words that name an administrative division after its proper name
/// ("Kaluga Oblast", "Helmand province").
pub const DIVISION_SUFFIXES: &[&str] = &[
    "oblast",
    "oblasts",
    "region",
    "province",
    "governorate",
    "state",
    "district",
    "prefecture",
    "county",
    "krai",
    "kray",
    "republic",
    "territory",
    "department",
    "municipality",
    "division",
    "emirate",
    "wilayat",
    "vilayet",
    "raion",
    "rayon",
    "okrug",
    "provinces",
    "regions",
    "districts",
];

/// The compiled gazetteer.
pub struct Gazetteer {
    entries: Vec<Entry>,
    index: HashMap<String, Vec<u32>>,
    /// Division entries under their name without the suffix word.
    divisions_by_base: HashMap<String, Vec<u32>>,
    countries: HashMap<String, u32>,
    demonyms: HashMap<String, String>,
    admin1_names: HashMap<(String, String), u32>,
}

/// Lower-cases and folds typographic apostrophes, the key of every lookup.
pub fn key(name: &str) -> String {
    name.trim().replace('\u{2019}', "'").to_lowercase()
}

impl Gazetteer {
    /// The gazetteer compiled into the binary, parsed on first use.
    pub fn bundled() -> &'static Gazetteer {
        static GAZ: OnceLock<Gazetteer> = OnceLock::new();
        GAZ.get_or_init(|| {
            let mut text = String::new();
            flate2::read::GzDecoder::new(BUNDLED)
                .read_to_string(&mut text)
                .expect("the bundled gazetteer is valid gzip UTF-8");
            Gazetteer::parse(&text)
        })
    }

    /// Parses the gazetteer's TSV form (see the xtask that writes it).
    pub fn parse(text: &str) -> Gazetteer {
        let mut g = Gazetteer {
            entries: Vec::new(),
            index: HashMap::new(),
            divisions_by_base: HashMap::new(),
            countries: HashMap::new(),
            demonyms: HashMap::new(),
            admin1_names: HashMap::new(),
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 10 {
                continue;
            }
            let kind = match f[0] {
                "country" => Kind::Country,
                "admin1" => Kind::Admin1,
                "admin2" => Kind::Admin2,
                "city" => Kind::City,
                "demonym" => {
                    g.demonyms.insert(key(f[2]), f[3].to_string());
                    continue;
                }
                _ => continue,
            };
            let (Ok(lat), Ok(lon)) = (f[5].parse(), f[6].parse()) else { continue };
            let i = g.entries.len() as u32;
            g.entries.push(Entry {
                kind,
                id: f[1].parse().unwrap_or(0),
                name: f[2].to_string(),
                country: f[3].to_string(),
                admin1: f[4].to_string(),
                lat,
                lon,
                population: f[7].parse().unwrap_or(0),
            });
            let names = std::iter::once(f[2]).chain(f[9].split('|').filter(|n| !n.is_empty()));
            let mut seen = HashSet::new();
            for n in names {
                let k = key(n);
                if seen.insert(k.clone()) {
                    g.index.entry(k.clone()).or_default().push(i);
                }
                if matches!(kind, Kind::Admin1 | Kind::Admin2) {
                    let base = strip_division_suffix(&k).unwrap_or(&k).to_string();
                    g.divisions_by_base.entry(base).or_default().push(i);
                }
            }
            match kind {
                Kind::Country => {
                    g.countries.insert(f[3].to_string(), i);
                }
                Kind::Admin1 => {
                    g.admin1_names.insert((f[3].to_string(), f[4].to_string()), i);
                }
                _ => {}
            }
        }
        g
    }

    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every reading of a name. A name ending in a division word ("Kaluga oblast")
    /// reads only as a division.
    pub fn lookup(&self, name: &str) -> Vec<u32> {
        let k = key(name);
        let k = k.strip_prefix("the ").unwrap_or(&k);
        if let Some(base) = strip_division_suffix(k) {
            if let Some(d) = self.divisions_by_base.get(base) {
                return d.clone();
            }
        }
        self.index.get(k).cloned().unwrap_or_default()
    }

    /// Whether `name` could be a place.
    pub fn is_place(&self, name: &str) -> bool {
        !self.lookup(name).is_empty()
    }

    /// The country of a nationality adjective ("Kazakh" → "KZ").
    pub fn demonym(&self, word: &str) -> Option<&str> {
        let k = key(word);
        self.demonyms.get(&k).or_else(|| self.demonyms.get(k.strip_suffix('s')?)).map(String::as_str)
    }

    /// The country entry for an ISO code.
    pub fn country(&self, cc: &str) -> Option<&Entry> {
        self.countries.get(cc).map(|&i| self.entry(i))
    }

    /// The admin1 division an entry lies in.
    pub fn admin1_of(&self, e: &Entry) -> Option<&Entry> {
        self.admin1_names.get(&(e.country.clone(), e.admin1.clone())).map(|&i| self.entry(i))
    }

    /// The [`Place`] record for an entry.
    pub fn place(&self, e: &Entry, evidence: Vec<Span>) -> Place {
        Place {
            name: e.name.clone(),
            geonames_id: (e.id != 0).then_some(e.id),
            country: Some(e.country.clone()),
            admin1: match e.kind {
                Kind::Country => None,
                Kind::Admin1 => Some(e.name.clone()),
                _ => self.admin1_of(e).map(|a| a.name.clone()),
            },
            lat: e.lat,
            lon: e.lon,
            precision: e.precision(),
            evidence,
        }
    }
}

fn strip_division_suffix(k: &str) -> Option<&str> {
    let (base, last) = k.rsplit_once(' ')?;
    DIVISION_SUFFIXES.contains(&last).then_some(base)
}

/// A place name to resolve: its span and any qualifier that follows it
/// ("Kaluga, Russia" → "Russia").
#[derive(Debug, Clone)]
pub struct Toponym {
    pub span: Span,
    pub qualifier: Option<String>,
}

/// Resolves toponyms of one document. `context_countries` are the countries the
/// document names (as places or nationalities); they favour readings inside them.
/// Returns one result per toponym, `None` when no reading is credible.
pub fn resolve(gaz: &Gazetteer, toponyms: &[Toponym], context_countries: &HashSet<String>) -> Vec<Option<u32>> {
    let mut chosen: HashMap<String, Option<u32>> = HashMap::new();
    toponyms
        .iter()
        .map(|t| {
            let k = key(&t.span.text);
            if t.qualifier.is_none() {
                if let Some(&c) = chosen.get(&k) {
                    return c;
                }
            }
            let best = best_reading(gaz, t, context_countries);
            chosen.entry(k).or_insert(best);
            best
        })
        .collect()
}

fn best_reading(gaz: &Gazetteer, t: &Toponym, context: &HashSet<String>) -> Option<u32> {
    let qualifier: Vec<&Entry> =
        t.qualifier.as_deref().map(|q| gaz.lookup(q).into_iter().map(|i| gaz.entry(i)).collect()).unwrap_or_default();
    let named_as_division = strip_division_suffix(&key(&t.span.text)).is_some();
    gaz.lookup(&t.span.text)
        .into_iter()
        .filter_map(|i| {
            let e = gaz.entry(i);
            let in_context = context.contains(&e.country);
            let qualified = qualifier.iter().any(|q| {
                q.country == e.country && (q.kind == Kind::Country || (q.kind == Kind::Admin1 && q.admin1 == e.admin1))
            });
            let mut score = match e.kind {
                Kind::Country => 100.0,
                Kind::Admin1 if named_as_division => 90.0,
                Kind::Admin1 => 35.0,
                Kind::Admin2 if named_as_division => 60.0,
                Kind::Admin2 => 15.0,
                Kind::City => 8.0 * (e.population.max(1) as f64).log10(),
            };
            if e.kind == Kind::City && !in_context && !qualified && e.population < 15_000 {
                return None;
            }
            if in_context {
                score += 25.0;
            }
            if qualified {
                score += 60.0;
            }
            Some((score, i))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toponym(text: &str) -> Toponym {
        Toponym { span: Span { start: 0, end: text.len(), text: text.to_string() }, qualifier: None }
    }

    fn resolve_one(name: &str, context: &[&str]) -> Option<&'static Entry> {
        let gaz = Gazetteer::bundled();
        let ctx = context.iter().map(|s| s.to_string()).collect();
        resolve(gaz, &[toponym(name)], &ctx)[0].map(|i| gaz.entry(i))
    }

    #[test]
    fn countries_divisions_and_cities() {
        let moscow = resolve_one("Moscow", &[]).unwrap();
        assert_eq!((moscow.kind, moscow.country.as_str(), moscow.id), (Kind::City, "RU", 524901));
        let kaluga = resolve_one("Kaluga oblasts", &["RU"]).unwrap();
        assert_eq!((kaluga.kind, kaluga.name.as_str()), (Kind::Admin1, "Kaluga Oblast"));
        assert_eq!(kaluga.precision(), 3);
        for (name, cc) in [("Sri Lanka", "LK"), ("the Maldives", "MV"), ("Bangladesh", "BD"), ("China", "CN")] {
            let e = resolve_one(name, &[]).unwrap();
            assert_eq!((e.kind, e.country.as_str()), (Kind::Country, cc), "{name}");
        }
        assert_eq!(resolve_one("Russian Federation", &[]).unwrap().country, "RU");
    }

    #[test]
    fn demonyms_link_to_countries() {
        let gaz = Gazetteer::bundled();
        assert_eq!(gaz.demonym("Kazakh"), Some("KZ"));
        assert_eq!(gaz.demonym("Afghan"), Some("AF"));
        assert_eq!(gaz.demonym("Russian"), Some("RU"));
    }

    #[test]
    fn context_and_qualifiers_pick_the_reading() {
        let gaz = Gazetteer::bundled();
        let t = Toponym { qualifier: Some("Idaho".into()), ..toponym("Moscow") };
        let e = gaz.entry(resolve(gaz, &[t], &HashSet::new())[0].unwrap());
        assert_eq!(e.country, "US");
    }
}
