//! Compiles the gazetteer. Output: one tab-separated record a line,
//! `kind id name country admin1 lat lon population feature names`, where `kind` is
//! `country`, `admin1`, `admin2`, `city` or `demonym`, and `names` are `|`-joined
//! alternate names (Latin script only). Lines starting with `#` are comments.
//!
//! Coordinates: cities their own; countries their capital's (GeoNames' country file has
//! no coordinates); admin1/admin2 their seat (a PPLA/PPLA2 city inside) or else the
//! population-weighted mean of their cities.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::{read_text, write_gz};

/// English conventional names and abbreviations of countries that the country files
/// leave out (news usage; facts, not creative text).
const COUNTRY_NAMES: &[(&str, &[&str])] = &[
    ("US", &["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"]),
    ("GB", &["UK", "U.K.", "Britain", "Great Britain", "England"]),
    ("AE", &["UAE", "U.A.E.", "Emirates"]),
    ("CD", &["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"]),
    ("CG", &["Congo-Brazzaville", "Republic of Congo"]),
    ("KR", &["South Korea", "ROK"]),
    ("KP", &["North Korea", "DPRK"]),
    ("MM", &["Burma"]),
    ("CI", &["Ivory Coast"]),
    ("CZ", &["Czech Republic"]),
    ("NL", &["Holland"]),
    ("PS", &["Palestinian Territories", "Palestinian territories"]),
    ("SY", &["Syrian Arab Republic"]),
    ("VA", &["Vatican"]),
];

/// AP-style abbreviations of US states, as US datelines write them ("Manchester,
/// N.H."), keyed by GeoNames admin1 code.
const US_STATE_ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("AL", &["Ala."]),
    ("AZ", &["Ariz."]),
    ("AR", &["Ark."]),
    ("CA", &["Calif."]),
    ("CO", &["Colo."]),
    ("CT", &["Conn."]),
    ("DE", &["Del."]),
    ("FL", &["Fla."]),
    ("GA", &["Ga."]),
    ("IL", &["Ill."]),
    ("IN", &["Ind."]),
    ("KS", &["Kan.", "Kans."]),
    ("KY", &["Ky."]),
    ("LA", &["La."]),
    ("MD", &["Md."]),
    ("MA", &["Mass."]),
    ("MI", &["Mich."]),
    ("MN", &["Minn."]),
    ("MS", &["Miss."]),
    ("MO", &["Mo."]),
    ("MT", &["Mont."]),
    ("NE", &["Neb.", "Nebr."]),
    ("NV", &["Nev."]),
    ("NH", &["N.H."]),
    ("NJ", &["N.J."]),
    ("NM", &["N.M."]),
    ("NY", &["N.Y."]),
    ("NC", &["N.C."]),
    ("ND", &["N.D."]),
    ("OK", &["Okla."]),
    ("OR", &["Ore.", "Oreg."]),
    ("PA", &["Pa.", "Penn."]),
    ("RI", &["R.I."]),
    ("SC", &["S.C."]),
    ("SD", &["S.D."]),
    ("TN", &["Tenn."]),
    ("TX", &["Tex."]),
    ("VT", &["Vt."]),
    ("VA", &["Va."]),
    ("WA", &["Wash."]),
    ("WV", &["W.Va."]),
    ("WI", &["Wis.", "Wisc."]),
    ("WY", &["Wyo."]),
    ("DC", &["D.C."]),
];

struct City {
    id: u64,
    name: String,
    ascii: String,
    alts: Vec<String>,
    lat: f64,
    lon: f64,
    feature: String,
    country: String,
    admin1: String,
    admin2: String,
    population: u64,
}

pub(crate) fn build(data: &Path, out: &Path) -> Result<()> {
    let geo = data.join("geonames");
    let mut cities = read_cities500(&geo.join("cities500.tsv.gz"))?;
    add_cities15000_alternates(&geo.join("cities15000.txt.gz"), &mut cities)?;
    cities.sort_by_key(|c| c.id);

    let mut out_text = String::new();
    writeln!(out_text, "# tidings gazetteer. Contains data from GeoNames (geonames.org), CC BY 4.0; country names and demonyms from mledoze/countries (ODbL 1.0); adjectives from the Phoenix country dictionary (MIT).")?;
    writeln!(out_text, "# kind\tid\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\tnames")?;

    // Countries.
    let countries = read_text(&geo.join("countryInfo.txt"))?;
    let demonyms = read_text(&data.join("demonyms/demonyms.tsv"))?;
    let mut alt_by_cc: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut demonym_by_cc: HashMap<String, BTreeSet<String>> = HashMap::new();
    for line in demonyms.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 12 {
            continue;
        }
        let cc = f[0].to_string();
        let alts = alt_by_cc.entry(cc.clone()).or_default();
        if let Some((_, extra)) = COUNTRY_NAMES.iter().find(|(c, _)| *c == cc) {
            alts.extend(extra.iter().map(|n| n.to_string()));
        }
        alts.insert(f[3].to_string());
        alts.insert(f[4].to_string());
        for a in f[11].split('|') {
            if a.chars().count() > 3 && is_latin(a) {
                alts.insert(a.to_string());
            }
        }
        for d in [f[5], f[6]] {
            if !d.is_empty() {
                demonym_by_cc.entry(cc.clone()).or_default().insert(d.to_string());
            }
        }
    }
    let mut iso3_to_cc = HashMap::new();
    let mut country_rows = Vec::new();
    for line in countries.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 17 {
            continue;
        }
        let (cc, iso3, name, capital, population, id) = (f[0], f[1], f[4], f[5], f[7], f[16]);
        iso3_to_cc.insert(iso3.to_string(), cc.to_string());
        // The capital by name, else the city coded as capital, else the largest city.
        let in_country = || cities.iter().filter(|c| c.country == cc);
        let cap = in_country()
            .filter(|c| c.name == capital || c.ascii == capital)
            .max_by_key(|c| (c.feature == "PPLC", c.population))
            .or_else(|| in_country().find(|c| c.feature == "PPLC"))
            .or_else(|| in_country().max_by_key(|c| c.population));
        let (lat, lon) = cap.map_or((f64::NAN, f64::NAN), |c| (c.lat, c.lon));
        // "-stan" countries: the adjective is the stem ("Kazakhstan" → "Kazakh").
        if let Some(stem) = name.strip_suffix("stan").filter(|s| s.chars().count() >= 4) {
            demonym_by_cc.entry(cc.to_string()).or_default().insert(stem.to_string());
        }
        country_rows.push((cc.to_string(), id.to_string(), name.to_string(), lat, lon, population.to_string()));
    }

    let admin1 = read_text(&geo.join("admin1CodesASCII.txt"))?;
    let mut place_names: HashSet<String> = cities.iter().map(|c| c.name.to_lowercase()).collect();
    for line in admin1.lines() {
        for name in line.split('\t').skip(1).take(2) {
            place_names.insert(name.to_lowercase());
            // "Dagestan Republic", "Kaluga Oblast": the first word alone is a place too.
            place_names.extend(name.split(' ').next().map(str::to_lowercase));
        }
    }
    add_phoenix_adjectives(data, &iso3_to_cc, &place_names, &mut demonym_by_cc)?;

    for (cc, id, name, lat, lon, pop) in &country_rows {
        let alts: Vec<&str> =
            alt_by_cc.get(cc).map(|s| s.iter().map(String::as_str).filter(|a| a != name).collect()).unwrap_or_default();
        writeln!(
            out_text,
            "country\t{id}\t{name}\t{cc}\t\t{}\t{}\t{pop}\tPCLI\t{}",
            coord(*lat),
            coord(*lon),
            alts.join("|")
        )?;
    }
    for (cc, names) in sorted(&demonym_by_cc) {
        for d in names {
            writeln!(out_text, "demonym\t\t{d}\t{cc}\t\t\t\t\t\t")?;
        }
    }

    // Admin1 and admin2, located at their seat or their cities' weighted mean.
    for line in admin1.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let Some((cc, code)) = f[0].split_once('.') else { continue };
        let inside: Vec<&City> = cities.iter().filter(|c| c.country == cc && c.admin1 == code).collect();
        let Some((lat, lon)) = seat_or_mean(&inside, "PPLA") else { continue };
        let pop: u64 = inside.iter().map(|c| c.population).sum();
        let mut alts: Vec<&str> = if f[2] != f[1] { vec![f[2]] } else { Vec::new() };
        if cc == "US" {
            if let Some((_, abbr)) = US_STATE_ABBREVIATIONS.iter().find(|(c, _)| *c == code) {
                alts.extend(abbr.iter());
            }
        }
        let alts = alts.join("|");
        writeln!(
            out_text,
            "admin1\t{}\t{}\t{cc}\t{code}\t{}\t{}\t{pop}\tADM1\t{alts}",
            f[3],
            f[1],
            coord(lat),
            coord(lon)
        )?;
    }
    let admin2 = read_text(&geo.join("admin2Codes.txt.gz"))?;
    let mut by_a2: HashMap<(&str, &str, &str), Vec<&City>> = HashMap::new();
    for c in &cities {
        by_a2.entry((&c.country, &c.admin1, &c.admin2)).or_default().push(c);
    }
    for line in admin2.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let parts: Vec<&str> = f[0].split('.').collect();
        let [cc, a1, a2] = parts[..] else { continue };
        let Some(inside) = by_a2.get(&(cc, a1, a2)) else { continue };
        let Some((lat, lon)) = seat_or_mean(inside, "PPLA2") else { continue };
        let pop: u64 = inside.iter().map(|c| c.population).sum();
        let alts = if f[2] != f[1] { f[2] } else { "" };
        writeln!(
            out_text,
            "admin2\t{}\t{}\t{cc}\t{a1}\t{}\t{}\t{pop}\tADM2\t{alts}",
            f[3],
            f[1],
            coord(lat),
            coord(lon)
        )?;
    }

    for c in &cities {
        let mut names: BTreeSet<&str> = c.alts.iter().map(String::as_str).collect();
        if !c.ascii.is_empty() && c.ascii != c.name {
            names.insert(&c.ascii);
        }
        names.remove(c.name.as_str());
        writeln!(
            out_text,
            "city\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            c.id,
            c.name,
            c.country,
            c.admin1,
            coord(c.lat),
            coord(c.lon),
            c.population,
            c.feature,
            names.into_iter().collect::<Vec<_>>().join("|")
        )?;
    }
    write_gz(out, &out_text)
}

fn sorted<K: Ord + Clone, V>(m: &HashMap<K, V>) -> Vec<(K, &V)> {
    let mut v: Vec<(K, &V)> = m.iter().map(|(k, v)| (k.clone(), v)).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn coord(x: f64) -> String {
    if x.is_nan() {
        String::new()
    } else {
        format!("{x:.4}")
    }
}

fn seat_or_mean(inside: &[&City], seat: &str) -> Option<(f64, f64)> {
    if let Some(c) = inside.iter().filter(|c| c.feature == seat).max_by_key(|c| c.population) {
        return Some((c.lat, c.lon));
    }
    let weight: f64 = inside.iter().map(|c| c.population.max(1) as f64).sum();
    (weight > 0.0).then(|| {
        let lat = inside.iter().map(|c| c.lat * c.population.max(1) as f64).sum::<f64>() / weight;
        let lon = inside.iter().map(|c| c.lon * c.population.max(1) as f64).sum::<f64>() / weight;
        (lat, lon)
    })
}

/// Latin script (with diacritics), spaces and common punctuation only.
fn is_latin(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c))
        && s.chars().any(|c| c.is_alphabetic())
}

fn read_cities500(path: &Path) -> Result<Vec<City>> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 12 {
            continue;
        }
        out.push(City {
            id: f[0].parse().with_context(|| format!("bad geonameid in {line:?}"))?,
            name: f[1].to_string(),
            ascii: f[2].to_string(),
            alts: Vec::new(),
            lat: f[4].parse().unwrap_or(f64::NAN),
            lon: f[5].parse().unwrap_or(f64::NAN),
            feature: f[7].to_string(),
            country: f[8].to_string(),
            admin1: f[9].to_string(),
            admin2: f[10].to_string(),
            population: f[11].parse().unwrap_or(0),
        });
    }
    Ok(out)
}

/// Alternate names for the larger cities (≥ 15,000 people): Latin script, capitalized,
/// not codes ("MOW") — the names an English news text may use.
fn add_cities15000_alternates(path: &Path, cities: &mut [City]) -> Result<()> {
    let text = read_text(path)?;
    let mut alts: HashMap<u64, Vec<String>> = HashMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let Ok(id) = f[0].parse::<u64>() else { continue };
        let names = f[3]
            .split(',')
            .filter(|a| a.chars().count() >= 3 && is_latin(a) && a.chars().any(char::is_lowercase))
            .filter(|a| a.chars().next().is_some_and(char::is_uppercase) && !a.contains(['|', '\t']))
            .map(str::to_string)
            .collect();
        alts.insert(id, names);
    }
    for c in cities {
        if let Some(a) = alts.remove(&c.id) {
            c.alts = a;
        }
    }
    Ok(())
}

/// Nationality adjectives from the Phoenix country dictionary: synonyms of a country
/// record that end like an English adjective ("AFGHAN", "PAKISTANI", "RUSSIAN").
fn add_phoenix_adjectives(
    data: &Path,
    iso3_to_cc: &HashMap<String, String>,
    place_names: &HashSet<String>,
    out: &mut HashMap<String, BTreeSet<String>>,
) -> Result<()> {
    let text = read_text(&data.join("actors/phoenix/Phoenix.Countries.actors.txt"))?;
    let mut synonyms: Vec<String> = Vec::new();
    let mut record_is_country: Option<String> = None;
    let flush = |syn: &mut Vec<String>, cc: &Option<String>, out: &mut HashMap<String, BTreeSet<String>>| {
        if let Some(cc) = cc {
            for s in syn.iter() {
                out.entry(cc.clone()).or_default().insert(s.clone());
            }
        }
        syn.clear();
    };
    for line in text.lines() {
        let code_part = line.split('#').next().unwrap_or("");
        if !line.starts_with(['\t', ' ', '+', '#']) && !line.trim().is_empty() {
            flush(&mut synonyms, &record_is_country, out);
            record_is_country = None;
        }
        if let Some(syn) = line.strip_prefix('+') {
            let phrase = syn.split(['#', '[']).next().unwrap_or("").trim().trim_end_matches('_');
            if phrase.contains('_') || phrase.is_empty() {
                continue;
            }
            let word = titlecase(phrase);
            let adjective = ["AN", "ESE", "ISH", "I", "IC", "CH"].iter().any(|s| phrase.ends_with(s));
            let country_spelling = phrase.ends_with("STAN") || phrase.ends_with("STANI");
            if adjective && !country_spelling && !place_names.contains(&word.to_lowercase()) {
                synonyms.push(word);
            }
        }
        // A bare country code (possibly date-restricted) marks a country record.
        for code in code_part.split('[').skip(1) {
            let code = code.split([']', ' ']).next().unwrap_or("");
            if code.len() == 3 {
                if let Some(cc) = iso3_to_cc.get(code) {
                    record_is_country = Some(cc.clone());
                }
            }
        }
    }
    flush(&mut synonyms, &record_is_country, out);
    Ok(())
}

fn titlecase(upper: &str) -> String {
    upper
        .split('-')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|f| f.to_string() + &cs.as_str().to_lowercase()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("-")
}
