//! Compiles the entity resources:
//!
//! - `actors.tsv.gz`: `alias canonical kind country source`, one alias a line, from the
//!   project's curated alias table (`crates/merge/data/aliases.tsv`, which wins), the
//!   UCDP actor dataset (CC BY 4.0) and the Phoenix/PETRARCH dictionaries (MIT):
//!   armed non-state groups, and state agencies and forces named as organizations.
//! - `common.txt.gz`: words seen mostly in lower case in the training splits of the NER
//!   corpora (wikigold, re3d, WNUT-17 train, Broad Twitter Corpus training sections,
//!   CrossNER politics train, Re-DocRED dev). A capitalized sentence-initial word in
//!   this list is not taken for a name on its own. Test splits are never read here.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::{read_text, write_gz};

pub(crate) fn build(data: &Path, out_dir: &Path) -> Result<()> {
    let iso3 = iso3_to_cc(data)?;
    let country_names = country_name_to_cc(data)?;
    let mut out = String::new();
    writeln!(out, "# tidings actor lexicon: UCDP Actor Dataset v22.1 (CC BY 4.0, Davies, Pettersson & Öberg 2022); Phoenix/PETRARCH-2 dictionaries (MIT, Open Event Data Alliance).")?;
    writeln!(out, "# alias\tcanonical\tkind\tcountry\tsource")?;
    curated(&crate::workspace_root().join("crates/merge/data/aliases.tsv"), &mut out)?;
    ucdp(data, &country_names, &mut out)?;
    phoenix(&data.join("actors/phoenix/Phoenix.MilNonState.actors.txt"), &iso3, false, &mut out)?;
    phoenix(&data.join("actors/phoenix/Phoenix.Countries.actors.txt"), &iso3, true, &mut out)?;
    phoenix(&data.join("actors/phoenix/Phoenix.International.actors.txt"), &iso3, true, &mut out)?;
    write_gz(&out_dir.join("actors.tsv.gz"), &out)?;
    let (common, given) = word_lists(data)?;
    write_gz(&out_dir.join("common.txt.gz"), &common)?;
    write_gz(&out_dir.join("given_names.txt.gz"), &given)
}

fn iso3_to_cc(data: &Path) -> Result<HashMap<String, String>> {
    let text = read_text(&data.join("geonames/countryInfo.txt"))?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() > 4).then(|| (f[1].to_string(), f[0].to_string()))
        })
        .collect())
}

fn country_name_to_cc(data: &Path) -> Result<HashMap<String, String>> {
    let text = read_text(&data.join("demonyms/demonyms.tsv"))?;
    let mut map = HashMap::new();
    for l in text.lines().skip(1) {
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() < 12 {
            continue;
        }
        for name in [f[3], f[4]].into_iter().chain(f[11].split('|')) {
            map.insert(name.to_lowercase(), f[0].to_string());
        }
    }
    Ok(map)
}

fn ucdp(data: &Path, countries: &HashMap<String, String>, out: &mut String) -> Result<()> {
    let text = read_text(&data.join("actors/ucdp/ucdp-actor-221.csv"))?;
    let text = text.trim_start_matches('\u{feff}');
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    for rec in rdr.records() {
        let r = rec.context("reading the UCDP actor file")?;
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        let kind = match get(9) {
            "1" => "rebel_group",
            "2" => "political_party",
            "3" => "militia",
            "4" => "government",
            _ => continue,
        };
        // The latest English name, else the original one, else the name in UCDP's data.
        let latest = get(8).rsplit(", ").next().unwrap_or("");
        let canonical = [latest, get(4), get(1)].into_iter().find(|n| !n.is_empty() && *n != "n/a").unwrap_or("");
        let location = get(31).split(", ").next().unwrap_or("");
        let location = location.split(" (").next().unwrap_or(location).to_lowercase();
        let cc = countries.get(&location).map_or("", String::as_str);
        let mut aliases = vec![get(1).to_string(), get(2).to_string(), get(4).to_string()];
        for i in [6, 8] {
            aliases.extend(get(i).split(", ").map(str::to_string));
        }
        aliases.sort();
        aliases.dedup();
        for a in aliases.iter().filter(|a| usable_alias(a)) {
            writeln!(out, "{a}\t{canonical}\t{kind}\t{cc}\tucdp")?;
        }
    }
    Ok(())
}

/// The curated identities (`id kind country canonical names source`): every name, the
/// canonical one included, maps to the canonical name.
fn curated(path: &Path, out: &mut String) -> Result<()> {
    let text = read_text(path)?;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let [_, kind, country, canonical, names, ..] = f[..] else { continue };
        if kind == "person" {
            continue; // the lexicon names organizations; people are the recognizer's
        }
        let cc = if country == "-" { "" } else { country };
        for a in std::iter::once(canonical).chain(names.split('|')).filter(|a| usable_alias(a)) {
            writeln!(out, "{a}\t{canonical}\t{kind}\t{cc}\tcurated")?;
        }
    }
    Ok(())
}

fn usable_alias(a: &str) -> bool {
    a.chars().filter(|c| c.is_alphabetic()).count() >= 2 && a != "n/a" && !a.contains(['\t', '\n'])
}

/// The kind a CAMEO code denotes, if it is an organization we keep.
fn cameo_kind(code: &str) -> Option<&'static str> {
    let sector = code.get(3..).unwrap_or("");
    if code.starts_with("IMG") {
        return Some("terror_group");
    }
    let kind = match sector.get(..3).unwrap_or("") {
        "REB" | "INS" => "rebel_group",
        "UAF" => "militia",
        "MIL" | "COP" | "SPY" => "state_force",
        "GOV" | "LEG" | "JUD" => "government",
        "PTY" => "political_party",
        "IGO" => "international_organization",
        _ if code.starts_with("IGO") => "international_organization",
        _ => return None,
    };
    Some(kind)
}

const ORG_HEADS: &[&str] = &[
    "SERVICE",
    "MINISTRY",
    "ARMY",
    "POLICE",
    "FORCE",
    "FORCES",
    "COMMITTEE",
    "COUNCIL",
    "AGENCY",
    "GUARD",
    "GUARDS",
    "DIRECTORATE",
    "BUREAU",
    "COMMAND",
    "NAVY",
    "CORPS",
    "FRONT",
    "BRIGADE",
    "BRIGADES",
    "MOVEMENT",
    "PARTY",
    "ORGANIZATION",
    "ORGANISATION",
    "GROUP",
    "DEPARTMENT",
    "OFFICE",
    "MILITIA",
    "AUTHORITY",
    "UNION",
    "LEAGUE",
    "NATIONS",
    "COURT",
    "PARLIAMENT",
    "ASSEMBLY",
    "CONGRESS",
    "GENDARMERIE",
    "INTELLIGENCE",
    "SECURITY",
];

fn phoenix(path: &Path, iso3: &HashMap<String, String>, orgs_only: bool, out: &mut String) -> Result<()> {
    let text = read_text(path)?;
    let mut record: Vec<String> = Vec::new();
    let mut codes: Vec<String> = Vec::new();
    let flush = |record: &mut Vec<String>, codes: &mut Vec<String>, out: &mut String| -> Result<()> {
        let default = codes.iter().find(|c| !c.contains(' ')).or(codes.first()).cloned();
        if let (Some(primary), Some(code)) = (record.first(), default) {
            let code = code.split(' ').next().unwrap_or("");
            let is_org = primary.split(' ').any(|w| ORG_HEADS.contains(&w.to_uppercase().as_str()));
            if let Some(kind) = cameo_kind(code).filter(|_| !orgs_only || is_org) {
                let cc = iso3.get(code.get(..3).unwrap_or("")).map_or("", String::as_str);
                for a in record.iter().filter(|a| usable_alias(a)) {
                    writeln!(out, "{a}\t{primary}\t{kind}\t{cc}\tphoenix")?;
                }
            }
        }
        record.clear();
        codes.clear();
        Ok(())
    };
    for line in text.lines() {
        let body = line.split('#').next().unwrap_or("");
        if body.trim().is_empty() {
            continue;
        }
        let starts_record = !line.starts_with(['\t', ' ', '+']);
        if starts_record {
            flush(&mut record, &mut codes, out)?;
        }
        codes.extend(body.split('[').skip(1).map(|c| c.split(']').next().unwrap_or("").trim().to_string()));
        if line.starts_with(['\t', ' ']) {
            continue;
        }
        let phrase = body.trim_start_matches('+').split('[').next().unwrap_or("").trim();
        let (name, acronym) = split_parenthetical(phrase);
        if !name.is_empty() {
            record.push(titlecase(&name));
        }
        if let Some(a) = acronym {
            record.push(a);
        }
    }
    flush(&mut record, &mut codes, out)
}

/// "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → ("ADEN ABYAN ISLAMIC ARMY", Some("AAIA")).
fn split_parenthetical(phrase: &str) -> (String, Option<String>) {
    let p = phrase.trim_end_matches('_').replace('_', " ");
    match (p.find('('), p.find(')')) {
        (Some(a), Some(b)) if a < b => {
            let acr = p[a + 1..b].trim().to_string();
            let name = format!("{}{}", &p[..a], &p[b + 1..]).split_whitespace().collect::<Vec<_>>().join(" ");
            (name, Some(acr).filter(|s| !s.is_empty()))
        }
        _ => (p.split_whitespace().collect::<Vec<_>>().join(" "), None),
    }
}

fn titlecase(upper: &str) -> String {
    const SMALL: &[&str] = &["OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AL", "EL", "DE"];
    upper
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i > 0 && SMALL.contains(&w) {
                return w.to_lowercase();
            }
            if w.len() <= 4 && !w.contains(|c: char| "AEIOU".contains(c)) {
                return w.to_string(); // acronyms: "FSB", "PKK"
            }
            w.split('-')
                .map(|p| {
                    let mut cs = p.chars();
                    cs.next().map(|f| f.to_string() + &cs.as_str().to_lowercase()).unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The common-word list and the given-name list (words that begin person names more
/// often than they begin any other entity, and are not common words).
fn word_lists(data: &Path) -> Result<(String, String)> {
    let files = [
        "wikigold/wikigold.conll.txt",
        "re3d/conll/CENTCOM.conll",
        "re3d/conll/US_State_Department.conll",
        "re3d/conll/UK_Government.conll",
        "re3d/conll/Wikipedia.conll",
        "re3d/conll/Australian_Department_of_Foreign_Affairs.conll",
        "wnut17/wnut17train.conll",
        "broad_twitter_corpus/a.conll",
        "broad_twitter_corpus/b.conll",
        "broad_twitter_corpus/e.conll",
        "broad_twitter_corpus/g.conll",
        "crossner_politics/train.conll",
        "redocred_ner/dev.conll",
    ];
    // lower-case count, capitalized non-initial count, capitalized-as-entity count
    let mut counts: BTreeMap<String, (u32, u32, u32)> = BTreeMap::new();
    // (starts a person name, starts another entity)
    let mut starts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for f in files {
        let text = read_text(&data.join(f))?;
        let mut initial = true;
        let mut prev_label = String::from("O");
        for line in text.lines() {
            let Some(tok) = line.split(['\t', ' ']).next().filter(|t| !t.is_empty()) else {
                initial = true;
                continue;
            };
            if tok.starts_with("-DOCSTART-") {
                initial = true;
                continue;
            }
            let tag = line.rsplit(['\t', ' ']).next().unwrap_or("O");
            let label = tag.get(2..).unwrap_or("O").to_string();
            if tag != "O" && (tag.starts_with("B-") || label != prev_label) {
                let person = ["PER", "person", "Person", "politician"].contains(&label.as_str());
                let s = starts.entry(tok.to_string()).or_default();
                if person {
                    s.0 += 1;
                } else {
                    s.1 += 1;
                }
            }
            prev_label = if tag == "O" { String::from("O") } else { label };
            let lower = tok.to_lowercase();
            let c = counts.entry(lower.clone()).or_default();
            if tok == lower {
                c.0 += 1;
            } else if !initial {
                c.1 += 1;
                if tag != "O" {
                    c.2 += 1;
                }
            }
            initial = false;
        }
    }
    let mut out = String::from("# words mostly lower-case in NER training text (see xtask/src/lexicon.rs)\n");
    let mut common = std::collections::HashSet::new();
    for (w, (lc, cap, _ent)) in counts {
        if lc >= 3 && lc > 2 * cap && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
            out.push_str(&w);
            out.push('\n');
            common.insert(w);
        }
    }
    // People in the Phoenix country dictionary (leaders with ELI codes) count too.
    let phoenix = read_text(&data.join("actors/phoenix/Phoenix.Countries.actors.txt"))?;
    let mut record_first: Option<String> = None;
    for line in phoenix.lines() {
        if !line.starts_with(['\t', ' ', '+', '#']) && !line.trim().is_empty() {
            let phrase = line.split(['#', '[']).next().unwrap_or("").trim().trim_end_matches('_');
            let words: Vec<&str> = phrase.split('_').collect();
            record_first = (2..=4).contains(&words.len()).then(|| titlecase(words[0]));
        }
        if line.contains("ELI") {
            if let Some(first) = record_first.take() {
                starts.entry(first).or_default().0 += 1;
            }
        }
    }
    let mut given = String::from(
        "# words that begin person names in NER training text and the Phoenix leader list (see xtask/src/lexicon.rs)\n",
    );
    for (w, (per, other)) in starts {
        let name_like = w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
        if per >= 1 && per > other && name_like && w.chars().count() >= 3 && !common.contains(&w.to_lowercase()) {
            given.push_str(&w);
            given.push('\n');
        }
    }
    Ok((out, given))
}
