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
    /// GeoNames feature code (`PPLC` capital, `PPLA` seat of a first-level division…).
    pub feature: String,
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
    /// Entries under their [`loose_key`], tried when the exact key finds nothing.
    loose: HashMap<String, Vec<u32>>,
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
            loose: HashMap::new(),
            divisions_by_base: HashMap::new(),
            countries: HashMap::new(),
            demonyms: HashMap::new(),
            admin1_names: HashMap::new(),
        };
        // A demonym may name several countries' people ("French": France and the French
        // Southern Territories): the most populous country takes it.
        let mut demonyms: HashMap<String, Vec<String>> = HashMap::new();
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
                    demonyms.entry(key(f[2])).or_default().push(f[3].to_string());
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
                feature: f[8].to_string(),
            });
            let names = std::iter::once(f[2]).chain(f[9].split('|').filter(|n| !n.is_empty()));
            let mut seen = HashSet::new();
            for n in names {
                let k = key(n);
                if seen.insert(k.clone()) {
                    g.index.entry(k.clone()).or_default().push(i);
                    let l = loose_key(&k);
                    if l != k && seen.insert(l.clone()) {
                        g.loose.entry(l).or_default().push(i);
                    }
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
        for (k, ccs) in demonyms {
            let population = |cc: &String| g.countries.get(cc).map_or(0, |&i| g.entries[i as usize].population);
            // The most populous; between equals, the first code.
            if let Some(cc) = ccs.iter().min_by_key(|cc| (std::cmp::Reverse(population(cc)), *cc)).cloned() {
                g.demonyms.insert(k, cc);
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
        let mut found = self.index.get(k).cloned().unwrap_or_default();
        for &i in self.loose.get(&loose_key(k)).into_iter().flatten() {
            if !found.contains(&i) {
                found.push(i);
            }
        }
        found
    }

    /// Whether `name` is an entry's own name (not one of its alternate names).
    pub fn is_primary_name(&self, i: u32, name: &str) -> bool {
        let k = key(name);
        let k = k.strip_prefix("the ").unwrap_or(&k);
        let e = self.entry(i);
        let own = key(&e.name);
        own == k || loose_key(&own) == loose_key(k) || strip_division_suffix(&own) == Some(k)
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

/// A spelling-tolerant key for transliterated names: diacritics folded, a leading
/// Arabic article dropped ("al-", "Ar "), word-final "h" after a vowel dropped, "ee"
/// read as "i", doubled letters single ("Ar Raqqah", "Raqqa" → "raqa"; "Hīt", "Heet"
/// → "hit").
pub fn loose_key(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(f) => folded.push_str(f),
            None if c.is_alphanumeric() || c == ' ' => folded.push(c),
            None if c == '-' || c == '.' => folded.push(' '),
            None => {}
        }
    }
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1 && ["al", "el", "ar", "as", "ad", "an", "ash", "at", "az", "ath", "adh"].contains(&words[0]) {
        words.remove(0);
    }
    let mut out = String::with_capacity(folded.len());
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let w = w.replace("ee", "i").replace("ou", "u");
        let w = match w.strip_suffix('h') {
            Some(stem) if stem.ends_with(['a', 'e', 'i', 'o', 'u']) => stem.to_string(),
            _ => w,
        };
        let mut prev = None;
        for c in w.chars() {
            if prev != Some(c) {
                out.push(c);
            }
            prev = Some(c);
        }
    }
    out
}

/// The ASCII letters of a Latin letter with diacritics; `Some("")` for marks to drop.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ạ' => "a",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ḍ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' | 'ḥ' | 'ḩ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ị' => "i",
        'ĵ' => "j",
        'ķ' | 'ḳ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' | 'ḷ' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ṇ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ọ' => "o",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ụ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ʿ' | 'ʾ' | '\'' | '`' | '´' | '‘' | '’' => "",
        _ => return None,
    })
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

/// Resolves toponyms of one document. `countries` counts how often the document names
/// each country (as a place or a nationality); readings inside often-named countries
/// win. A second pass favours readings in the first-level divisions where the
/// document's other toponyms lie ("Cambridge" near "Boston" is in Massachusetts).
/// One surface form gets one reading per document unless a qualifier says otherwise.
/// Returns one result per toponym, `None` when no reading is credible.
pub fn resolve(gaz: &Gazetteer, toponyms: &[Toponym], countries: &HashMap<String, usize>) -> Vec<Option<u32>> {
    let first = resolve_pass(gaz, toponyms, countries, &HashMap::new());
    // Which divisions the readings lie in, and by which surface forms.
    let mut divisions: HashMap<(String, String), HashSet<String>> = HashMap::new();
    for (t, r) in toponyms.iter().zip(&first) {
        let Some(e) = r.map(|i| gaz.entry(i)) else { continue };
        if e.kind != Kind::Country && !e.admin1.is_empty() {
            divisions.entry((e.country.clone(), e.admin1.clone())).or_default().insert(key(&t.span.text));
        }
    }
    resolve_pass(gaz, toponyms, countries, &divisions)
}

fn resolve_pass(
    gaz: &Gazetteer,
    toponyms: &[Toponym],
    countries: &HashMap<String, usize>,
    divisions: &HashMap<(String, String), HashSet<String>>,
) -> Vec<Option<u32>> {
    let mut chosen: HashMap<String, Option<u32>> = HashMap::new();
    let most = countries.values().copied().max().unwrap_or(0).max(1) as f64;
    toponyms
        .iter()
        .map(|t| {
            let k = key(&t.span.text);
            if t.qualifier.is_none() {
                if let Some(&c) = chosen.get(&k) {
                    return c;
                }
            }
            let country_weight = |cc: &str| countries.get(cc).map(|&n| n as f64 / most);
            // Support from the document's other toponyms only, not this name's own reading.
            let division_support = |e: &Entry| {
                divisions.get(&(e.country.clone(), e.admin1.clone())).is_some_and(|names| names.iter().any(|n| *n != k))
            };
            let best = best_reading(gaz, t, &country_weight, &division_support);
            chosen.entry(k).or_insert(best);
            best
        })
        .collect()
}

fn best_reading(
    gaz: &Gazetteer,
    t: &Toponym,
    country_weight: &dyn Fn(&str) -> Option<f64>,
    division_support: &dyn Fn(&Entry) -> bool,
) -> Option<u32> {
    let qualifier: Vec<&Entry> =
        t.qualifier.as_deref().map(|q| gaz.lookup(q).into_iter().map(|i| gaz.entry(i)).collect()).unwrap_or_default();
    let named_as_division = strip_division_suffix(&key(&t.span.text)).is_some();
    let candidates = gaz.lookup(&t.span.text);
    // "Kaluga", "Moscow": a bare name shared by a division and a city inside it is the city.
    let has_city_inside = |d: &Entry| {
        candidates.iter().any(|&c| {
            let c = gaz.entry(c);
            c.kind == Kind::City && c.country == d.country && c.admin1 == d.admin1
        })
    };
    candidates
        .iter()
        .copied()
        .filter_map(|i| {
            let e = gaz.entry(i);
            let weight = country_weight(&e.country);
            let qualified = qualifier.iter().any(|q| {
                q.country == e.country && (q.kind == Kind::Country || (q.kind == Kind::Admin1 && q.admin1 == e.admin1))
            });
            let near = e.kind != Kind::Country && division_support(e);
            if e.kind == Kind::City && weight.is_none() && !qualified && !near && e.population < 15_000 {
                return None;
            }
            let size = (e.population.max(1) as f64).log10();
            let mut score = match e.kind {
                Kind::Country => 100.0,
                Kind::Admin1 if named_as_division => 90.0,
                Kind::Admin1 => 30.0 + 6.0 * size,
                Kind::Admin2 if named_as_division => 60.0,
                Kind::Admin2 => 10.0 + 4.0 * size,
                Kind::City => {
                    8.0 * size
                        + match e.feature.as_str() {
                            "PPLC" => 30.0,
                            "PPLA" => 8.0,
                            "PPLA2" => 4.0,
                            _ => 0.0,
                        }
                }
            };
            if e.kind == Kind::Admin1 && !named_as_division && has_city_inside(e) {
                score -= 40.0;
            }
            // A place's own name beats another place's alternate name ("Florida").
            if gaz.is_primary_name(i, &t.span.text) {
                score += 15.0;
            }
            if let Some(w) = weight {
                score += 10.0 + 20.0 * w;
            }
            if near {
                score += 20.0;
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
        let ctx = context.iter().map(|s| (s.to_string(), 1)).collect();
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
    fn spellings_and_abbreviations() {
        assert_eq!(loose_key("Ar Raqqah"), loose_key("Raqqa"));
        assert_eq!(loose_key("Hīt"), loose_key("Heet"));
        assert_eq!(loose_key("al-Hillah"), loose_key("Hilla"));
        assert_eq!(resolve_one("Raqqah", &["SY"]).unwrap().country, "SY");
        for (name, cc) in [("U.S.", "US"), ("Britain", "GB"), ("UAE", "AE")] {
            let e = resolve_one(name, &[]).unwrap();
            assert_eq!((e.kind, e.country.as_str()), (Kind::Country, cc), "{name}");
        }
        assert_eq!(resolve_one("Florida", &["US"]).unwrap().kind, Kind::Admin1);
        let gaz = Gazetteer::bundled();
        let t = Toponym { qualifier: Some("N.H.".into()), ..toponym("Manchester") };
        let e = gaz.entry(resolve(gaz, &[t], &HashMap::new())[0].unwrap());
        assert_eq!((e.country.as_str(), e.admin1.as_str()), ("US", "NH"));
    }

    #[test]
    fn demonyms_link_to_countries() {
        let gaz = Gazetteer::bundled();
        assert_eq!(gaz.demonym("Kazakh"), Some("KZ"));
        assert_eq!(gaz.demonym("Afghan"), Some("AF"));
        assert_eq!(gaz.demonym("Russian"), Some("RU"));
        // Shared by several countries' people: the most populous.
        assert_eq!(gaz.demonym("French"), Some("FR"));
        assert_eq!(gaz.demonym("Norwegian"), Some("NO"));
        assert_eq!(gaz.demonym("American"), Some("US"));
    }

    #[test]
    fn context_and_qualifiers_pick_the_reading() {
        let gaz = Gazetteer::bundled();
        let t = Toponym { qualifier: Some("Idaho".into()), ..toponym("Moscow") };
        let e = gaz.entry(resolve(gaz, &[t], &HashMap::new())[0].unwrap());
        assert_eq!(e.country, "US");
    }
}
