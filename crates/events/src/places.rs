//! Resolving the document's place mentions to gazetteer entries.

use std::collections::HashMap;

use tidings_entities::Entities;
use tidings_geo::{Gazetteer, Toponym};
use tidings_model::{Label, Place, Span};

/// A place mention resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedPlace {
    pub span_start: usize,
    pub span_end: usize,
    pub sentence: usize,
    /// False for metonymic uses that name an actor ("Russia’s Federal Security
    /// Service", "US forces", "Moscow said"): they do not locate events.
    pub literal: bool,
    pub place: Place,
}

/// Words that may follow a literal place name.
const FUNCTION_WORDS: &[&str] = &[
    "in", "on", "at", "and", "or", "to", "from", "with", "of", "for", "by", "as", "is", "was", "were", "are", "has",
    "had", "have", "will", "would", "since", "after", "before", "during", "where", "which", "that", "who", "but",
    "near", "into", "over", "under", "until", "while", "when", "late", "early", "last", "this", "earlier", "later",
];

/// The smallest town read inside the name of an organisation or a work ("Aberdeen" in
/// "Aberdeen Grammar School", "Leiden" in "Leiden University Libraries"); countries and
/// first-level divisions are read at any size ("Medical Journal of Australia").
const TOWN_IN_NAME: u64 = 100_000;

/// The smallest town read inside a place's, a facility's or an event's name the
/// gazetteer does not have as a whole ("Caterham Arms", "Boston Marathon", "East
/// Belfast", "Bagram Airfield").
const TOWN_IN_PLACE: u64 = 1_000;

/// Last words of street names.
const STREET_WORDS: &[&str] =
    &["Street", "Road", "Avenue", "Lane", "Boulevard", "Square", "St.", "Rd.", "Ave.", "St", "Rd", "Ave", "Blvd"];

/// Words of water bodies, islands and mountains that make the place name beside them a
/// feature's own ("Lake Chad", "Gulf of Guinea", "Sandia Mountains"); rivers are
/// [`RIVER_WORDS`]. Landforms that belong to the region they are named after ("Kashmir
/// Valley", "Sinai Peninsula") are not among them.
const FEATURE_WORDS: &[&str] = &[
    "bay",
    "gulf",
    "sea",
    "ocean",
    "lake",
    "lakes",
    "lagoon",
    "reservoir",
    "strait",
    "straits",
    "channel",
    "sound",
    "harbour",
    "harbor",
    "island",
    "islands",
    "isle",
    "isles",
    "atoll",
    "archipelago",
    "falls",
    "mount",
    "mountain",
    "mountains",
    "hills",
];

/// Words of streams, whose point is their mouth, not the town of the same name.
const RIVER_WORDS: &[&str] = &["river", "creek"];

/// Whether the place name at `start..end` inside `name` is a namesake's part, not that
/// place: after "New" ("New Julfa" is not Julfa, 600 km away); beside a river word
/// ("Dnipro River", "River Ouse"), for a river's point is its mouth, far from most towns
/// along it; or a country's or first-level division's name beside another word of
/// [`FEATURE_WORDS`] ("Lake Chad", "Gulf of Guinea"), a feature at the division's edge,
/// far from its point. A town beside a bay, island, lake or mountain word names a feature
/// at the town ("Manila Bay", "Coron Island", "Mount Sinjar"), so the town stays its
/// reading: on GUM's dev documents both such readings (Manila Bay, Coron Island) lie
/// within 30 km of the feature's point.
fn names_a_namesake(gaz: &Gazetteer, name: &str, start: usize, end: usize) -> bool {
    let clean = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let feature = |w: Option<&str>| w.is_some_and(|w| FEATURE_WORDS.contains(&clean(w).as_str()));
    let mut before = name[..start].split_whitespace().rev();
    let previous = before.next();
    let after_of = if previous == Some("of") { before.next() } else { None };
    if previous == Some("New") {
        return true;
    }
    let next = name[end..].split_whitespace().next();
    let river = |w: Option<&str>| w.is_some_and(|w| RIVER_WORDS.contains(&clean(w).as_str()));
    if river(next) || river(previous) || river(after_of) {
        return true;
    }
    let beside_feature = feature(next) || feature(previous) || feature(after_of);
    beside_feature && country_or_state_name(gaz, &name[start..end])
}

/// Whether `part` is a country's or a first-level division's own name ("Arkansas",
/// "Chad"), not only a town's or a county's ("Manila", "Hudson").
fn country_or_state_name(gaz: &Gazetteer, part: &str) -> bool {
    gaz.lookup(part).into_iter().any(|i| {
        matches!(gaz.entry(i).kind, tidings_geo::Kind::Country | tidings_geo::Kind::Admin1)
            && gaz.is_primary_name(i, part)
    })
}

/// A span to resolve: a place mention, or a place name inside another name.
struct Candidate {
    /// The entity the span is or lies in.
    entity: usize,
    start: usize,
    end: usize,
    /// Inside an organisation's or a work's name: never literal ("Iraq" in "Islamic
    /// State of Iraq", "Birmingham" in "Birmingham Mail").
    in_name: bool,
    /// A division the gazetteer lacks by this name ("Hasaka Province"): the name before
    /// the division word is read, and only a town that is the seat of a division
    /// stands for it, as that division.
    seat: Option<usize>,
}

/// The spans of a document to resolve as places: its GPE and LOC mentions, and
/// "Municipality of Culion" tagged as an organisation; for a place, facility or event
/// name the gazetteer cannot read as a whole, the place names inside it ("Caterham" in
/// "Caterham Arms", "England" in "Southern England"); the countries, divisions and large
/// towns inside the names of organisations and works ("Netherlands" in "National Library
/// of the Netherlands", "New York" in "New York Police Department"), as the gold sets tag
/// embedded names (eval/geo/README.md, rule 4).
fn candidates(gaz: &Gazetteer, text: &str, ents: &Entities) -> Vec<Candidate> {
    let mut out = Vec::new();
    let places_named: std::collections::HashSet<String> = ents
        .entities
        .iter()
        .filter(|e| e.label == Label::Gpe)
        .map(|e| tidings_geo::key(&text[e.start..e.end]))
        .collect();
    for (i, e) in ents.entities.iter().enumerate() {
        let name = &text[e.start..e.end];
        let whole = Candidate { entity: i, start: e.start, end: e.end, in_name: false, seat: None };
        let inside = |min: u64, in_name: bool| {
            gaz.embedded(name, min, !in_name)
                .into_iter()
                .map(|(s, t)| Candidate { entity: i, start: e.start + s, end: e.start + t, in_name, seat: None })
                .collect::<Vec<_>>()
        };
        match e.label {
            Label::Gpe | Label::Loc | Label::Fac => {
                // The place a facility, an event or an area is named after comes first
                // ("Kabul Green Zone", "London Bridge"); a street is no place in a town
                // ("Wall Street", "Crumlin Road").
                let known = !gaz.lookup(name).is_empty() || !gaz.lookup_regions(name).is_empty();
                // A division's name is the resolver's to read ("Hasaka Province" is not
                // the town of Hasaka).
                let (base, last) = name.rsplit_once(' ').unwrap_or(("", name));
                let division = tidings_geo::DIVISION_SUFFIXES.contains(&last.to_lowercase().as_str());
                let street = STREET_WORDS.contains(&last) || division;
                if !known && division && !base.is_empty() {
                    out.push(Candidate { seat: Some(e.start + base.len()), ..whole });
                    continue;
                }
                let mut parts = if known || street { Vec::new() } else { inside(TOWN_IN_PLACE, false) };
                parts.retain(|c| !names_a_namesake(gaz, name, c.start - e.start, c.end - e.start));
                // The first place inside, and the places joined to it by dashes
                // ("Colorado–Utah border", "Dushanbe-Kulob-Khorog highway").
                let dashed = parts
                    .windows(2)
                    .take_while(|w| {
                        let between = &text[w[0].end..w[1].start];
                        // "Russia-occupied Crimea": a place and the word it makes of the next.
                        let modifier = between
                            .strip_prefix('-')
                            .is_some_and(|m| m.ends_with(' ') && m.trim_end().chars().all(char::is_lowercase));
                        modifier || matches!(between.trim(), "-" | "–" | "—")
                    })
                    .count();
                parts.truncate(1 + dashed);
                // A region and a landform word ("Kashmir Valley", "Sinai Peninsula"): the
                // region, whose point the landform shares at this resolution.
                if parts.is_empty()
                    && !known
                    && !base.is_empty()
                    && tidings_geo::NATURAL_WORDS.contains(&last.to_lowercase().as_str())
                    && !gaz.lookup_regions(base).is_empty()
                {
                    out.push(Candidate { end: e.start + base.len(), ..whole });
                    continue;
                }
                // A facility is a town only by the town's own name ("Fort Lee", not
                // "White House", an alternate name of Casablanca).
                let town = |&i: &u32| gaz.entry(i).kind != tidings_geo::Kind::Region && gaz.is_primary_name(i, name);
                if !parts.is_empty() {
                    out.extend(parts);
                } else if e.label != Label::Fac || gaz.lookup(name).iter().any(town) {
                    out.push(whole);
                }
            }
            Label::Per | Label::Org | Label::Misc if tagged_a_place_elsewhere(gaz, ents, i, name, &places_named) => {
                out.push(whole)
            }
            Label::Org if names_a_division(name) => out.push(whole),
            // "the modern Greek State": a nation's state is its country, an actor more
            // often than a scene, so never literal.
            Label::Org if names_a_nations_state(gaz, name) => out.push(Candidate { in_name: true, ..whole }),
            // "the modern Greek State" where the recognizer tagged only the nationality.
            Label::Norp if state_follows(&text[e.end..]) && names_a_nations_state(gaz, &text[e.start..e.end + 6]) => {
                out.push(Candidate { end: e.end + 6, in_name: true, ..whole })
            }
            Label::Org | Label::Misc => {
                let large = inside(TOWN_IN_NAME, true);
                // A smaller town too where the document names it as a place of its own
                // ("Clairton Coke Works … in Clairton", "Mojave Air … in Mojave").
                // Looked up only where one of those places' names is in the name.
                let words: Vec<&str> = name.split_whitespace().collect();
                let mentioned = (0..words.len()).any(|i| {
                    (i + 1..=(i + 4).min(words.len()))
                        .any(|j| places_named.contains(&tidings_geo::key(&words[i..j].join(" "))))
                });
                let small: Vec<Candidate> = if mentioned { gaz.embedded(name, 0, false) } else { Vec::new() }
                    .into_iter()
                    .filter(|&(s, t)| places_named.contains(&tidings_geo::key(&name[s..t])))
                    .map(|(s, t)| Candidate {
                        entity: i,
                        start: e.start + s,
                        end: e.start + t,
                        in_name: true,
                        seat: None,
                    })
                    .filter(|c| !large.iter().any(|l| l.start < c.end && c.start < l.end))
                    .collect();
                out.extend(large);
                out.extend(small);
            }
            // "Fort Worth, Arlington and Irving": a name read as a person's in a list of
            // places is a place where it is one's own name.
            Label::Per if listed_with_places(gaz, text, ents, i) || told_in(gaz, text, ents, i) => out.push(whole),
            // "Emperor of Russia", "Bonosus of Sardica": a person's place after "of".
            Label::Per => {
                out.extend(inside(TOWN_IN_NAME, true).into_iter().filter(|c| text[..c.start].ends_with(" of ")))
            }
            _ => {}
        }
    }
    // "US-backed militias", "a pro-Russia leader", "the India-based group": a country's name
    // in a hyphenated word no mention covers. It qualifies what follows, so it is never
    // literal; it belongs to the mention before it (for its sentence), or to the first.
    let mut at = 0;
    for token in text.split_whitespace() {
        let start = at + text[at..].find(token).unwrap_or(0);
        at = start + token.len();
        let word = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let start = start + token.find(word).unwrap_or(0);
        let end = start + word.len();
        if !word.contains('-') {
            continue;
        }
        // The mentions are in text order and do not overlap: the one before `end` is the
        // only one that may cover the word (binary searches keep this linear overall).
        let before_end = ents.entities.partition_point(|x| x.start < end);
        if before_end > 0 && ents.entities[before_end - 1].end > start {
            continue;
        }
        let before_start = ents.entities.partition_point(|x| x.start < start);
        let Some(entity) = before_start.checked_sub(1).or((!ents.entities.is_empty()).then_some(0)) else {
            continue;
        };
        let mut offset = start;
        for part in word.split('-') {
            let country = part.starts_with(char::is_uppercase)
                && gaz.demonym(part).is_none()
                && gaz.lookup(part).iter().any(|&i| gaz.entry(i).kind == tidings_geo::Kind::Country);
            if country {
                out.push(Candidate { entity, start: offset, end: offset + part.len(), in_name: true, seat: None });
            }
            offset += part.len() + 1;
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Whether mention `i` is joined to a place mention by " and ", ", and " or " or ", or
/// stands between two by commas ("Tulsa, Jenks, Sapulpa"; a comma on one side only is an
/// apposition: "Elliott, Texas"), and is a country's, a division's or a town's own name.
/// A person's name is no place where the document names that person elsewhere ("John
/// Kerry ... officials from Jordan and Kerry") or where a clause goes on after it ("Trump
/// won Ohio and Clinton won Virginia"): the list must end with the name.
fn listed_with_places(gaz: &Gazetteer, text: &str, ents: &Entities, i: usize) -> bool {
    let e = &ents.entities[i];
    let name = &text[e.start..e.end];
    let named_elsewhere = e
        .cluster
        .and_then(|c| ents.clusters.get(c))
        .is_some_and(|c| c.spans.iter().any(|&(s, end)| end <= e.start || e.end <= s));
    if named_elsewhere || !ends_a_list(text, ents, i) {
        return false;
    }
    let joined = |j: Option<usize>| {
        j.and_then(|j| ents.entities.get(j)).filter(|n| n.label == Label::Gpe).and_then(|n| {
            if n.end <= e.start {
                text.get(n.end..e.start)
            } else {
                text.get(e.end..n.start)
            }
        })
    };
    let (before, after) = (joined(i.checked_sub(1)), joined(Some(i + 1)));
    let and = |b: Option<&str>| matches!(b, Some(" and " | ", and " | " or "));
    let beside = and(before) || and(after) || (before == Some(", ") && after == Some(", "));
    beside
        && gaz
            .lookup(name)
            .iter()
            .any(|&k| gaz.entry(k).kind != tidings_geo::Kind::Region && gaz.is_primary_name(k, name))
}

/// Whether mention `i`, read as a person's, an organisation's or a work's, is only a
/// name the document tags as a place elsewhere (`places_named`), a town's, a division's
/// or a country's own name, and names no person elsewhere by a longer name ("Paris'
/// counterterrorism authority", "Lyon, the third-largest French city" in a story about
/// Paris and Lyon): one name keeps one reading in a document.
fn tagged_a_place_elsewhere(
    gaz: &Gazetteer,
    ents: &Entities,
    i: usize,
    name: &str,
    places_named: &std::collections::HashSet<String>,
) -> bool {
    let e = &ents.entities[i];
    let k = tidings_geo::key(name);
    // "Michael Jordan … Jordan said": a surname of a person named in full.
    let longer_elsewhere = e
        .cluster
        .and_then(|c| ents.clusters.get(c))
        .is_some_and(|c| c.spans.iter().any(|&(s, end)| end - s > name.len()));
    places_named.contains(&k)
        && !longer_elsewhere
        && gaz
            .lookup(name)
            .iter()
            .any(|&j| gaz.entry(j).kind != tidings_geo::Kind::Region && gaz.is_primary_name(j, name))
}

/// Whether mention `i`, read as a person's, follows the locative "in" ("Police in Troy
/// said", "a shooting in Irving on Sunday"), is a country's, a division's or a town's own
/// name, is named nowhere else in the document as a person, and is no possessor ("in
/// Obama's speech"): a person is rarely where something happens.
fn told_in(gaz: &Gazetteer, text: &str, ents: &Entities, i: usize) -> bool {
    let e = &ents.entities[i];
    let name = &text[e.start..e.end];
    let after_in = text[..e.start]
        .strip_suffix(' ')
        .is_some_and(|b| b.rsplit(char::is_whitespace).next().is_some_and(|w| w.eq_ignore_ascii_case("in")));
    let possessor = text[e.end..].starts_with(['\'', '\u{2019}']);
    let named_elsewhere = e
        .cluster
        .and_then(|c| ents.clusters.get(c))
        .is_some_and(|c| c.spans.iter().any(|&(s, end)| end <= e.start || e.end <= s));
    after_in
        && !possessor
        && !named_elsewhere
        && gaz
            .lookup(name)
            .iter()
            .any(|&k| gaz.entry(k).kind != tidings_geo::Kind::Region && gaz.is_primary_name(k, name))
}

/// Whether what follows mention `i` ends a list of places: punctuation, the end of the
/// text, a preposition ("Arlington and Irving in Texas"), or "and"/"or" and another place
/// mention; not a verb ("Clinton won Virginia") or any other word.
fn ends_a_list(text: &str, ents: &Entities, i: usize) -> bool {
    let rest = &text[ents.entities[i].end..];
    let Some(next) = rest.split_whitespace().next() else { return true };
    if next.starts_with(|c: char| !c.is_alphanumeric()) {
        return true;
    }
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if LIST_ENDING_PREPOSITIONS.contains(&word.as_str()) {
        return true;
    }
    matches!(word.as_str(), "and" | "or")
        && ents.entities.get(i + 1).is_some_and(|n| {
            n.label == Label::Gpe && matches!(text[ents.entities[i].end..n.start].trim(), "and" | "or")
        })
}

/// Prepositions that may follow the last place of a list.
const LIST_ENDING_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "to",
    "into",
    "near",
    "across",
    "around",
    "along",
    "since",
    "during",
    "after",
    "before",
    "until",
    "over",
    "between",
    "through",
    "throughout",
    "within",
    "outside",
];

/// A first-level division's abbreviation with a period right after a comma ("SPRINGFIELD,
/// Mo. (AP)", "Jackson, Miss., police said"), which the recognizer often leaves untagged
/// or reads as another kind: the AP style's qualifier of the town before it.
fn abbreviated_division_after(gaz: &Gazetteer, rest: &str) -> Option<String> {
    let word = rest.strip_prefix(", ")?.split([' ', ',', '(']).next()?;
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let dotted = word.ends_with('.')
        && word.starts_with(char::is_uppercase)
        && (2..=5).contains(&letters)
        && word.chars().all(|c| c.is_alphabetic() || c == '.');
    let division = || gaz.lookup(word).iter().any(|&i| gaz.entry(i).kind == tidings_geo::Kind::Admin1);
    (dotted && division()).then(|| word.to_string())
}

/// "Municipality of Culion", "City of Cleveland", "Province of Palawan": a division word
/// and "of" before a name.
fn names_a_division(name: &str) -> bool {
    let Some((head, rest)) = name.split_once(" of ") else { return false };
    let head = head.to_lowercase();
    (tidings_geo::DIVISION_SUFFIXES.contains(&head.as_str()) || matches!(head.as_str(), "city" | "town" | "village"))
        && rest.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// "Greek State", "Serbian State": a nationality word and "State".
fn names_a_nations_state(gaz: &Gazetteer, name: &str) -> bool {
    name.split_once(' ')
        .is_some_and(|(nation, word)| word.eq_ignore_ascii_case("state") && gaz.demonym(nation).is_some())
}

/// Whether the word "State" follows, ending the name ("Greek State.", not "Greek State
/// Railways" or "Statesman").
fn state_follows(rest: &str) -> bool {
    rest.strip_prefix(" State").is_some_and(|after| {
        !after.starts_with(char::is_alphanumeric) && !after.trim_start().starts_with(char::is_uppercase)
    })
}

/// Whether a place mention names a country itself ("Iraq", "U.S.") and nothing that
/// could be a division elsewhere ("Georgia" is also a US state).
fn names_a_country(gaz: &Gazetteer, name: &str) -> bool {
    let readings = gaz.lookup(name);
    let country = readings.iter().find(|&&i| gaz.entry(i).kind == tidings_geo::Kind::Country);
    country.is_some_and(|&c| {
        let cc = &gaz.entry(c).country;
        readings
            .iter()
            .map(|&i| gaz.entry(i))
            .all(|e| !matches!(e.kind, tidings_geo::Kind::Admin1 | tidings_geo::Kind::Admin2) || &e.country == cc)
    })
}

/// The document's two kinds of country context (see
/// [`tidings_geo::resolve_with_guesses`]): `named` counts the country names among its
/// place mentions, `guessed` its nationality words and the countries of its other place
/// names' most populous readings. `tidings eval geo` gives the resolver the same context
/// on the gold spans.
pub fn country_context(
    gaz: &Gazetteer,
    text: &str,
    ents: &Entities,
) -> (HashMap<String, usize>, HashMap<String, usize>) {
    let mut named: HashMap<String, usize> = HashMap::new();
    let mut guessed: HashMap<String, usize> = HashMap::new();
    for e in ents.entities.iter().filter(|e| matches!(e.label, Label::Gpe | Label::Norp)) {
        let Some(cc) = e.country.clone() else { continue };
        // A nationality word names a side more often than the scene ("Russian forces
        // shelled Kupiansk"): it leans readings its way but never makes a town abroad.
        let strong = e.label == Label::Gpe && names_a_country(gaz, &text[e.start..e.end]);
        *if strong { &mut named } else { &mut guessed }.entry(cc).or_default() += 1;
    }
    (named, guessed)
}

/// Resolves every GPE/LOC mention with a following ", Country" as qualifier and two kinds
/// of country context (see [`tidings_geo::resolve_with_guesses`]): the countries the
/// document names as places (country names), and, weaker, nationality words and the
/// countries of its other place names' most populous readings. A town's own namesake abroad ("Taji",
/// a Chinese village, in a story about Iraq) is only ever weak context, so it cannot
/// make itself at home.
pub fn places(gaz: &Gazetteer, text: &str, ents: &Entities) -> Vec<ResolvedPlace> {
    let (named, guessed) = country_context(gaz, text, ents);
    let candidates = candidates(gaz, text, ents);
    let mut toponyms: Vec<Toponym> = candidates
        .iter()
        .map(|c| {
            let e = &ents.entities[c.entity];
            let next = ents.entities.get(c.entity + 1).filter(|n| {
                c.end == e.end
                    && n.label == Label::Gpe
                    && matches!(text[e.end..n.start].trim(), "," | "district of" | "District of")
            });
            let qualifier = next.map(|n| text[n.start..n.end].to_string()).or_else(|| {
                if c.end == e.end {
                    abbreviated_division_after(gaz, &text[e.end..])
                } else {
                    None
                }
            });
            Toponym::in_text(text, c.start, c.seat.unwrap_or(c.end), qualifier)
        })
        .collect();
    tidings_geo::mark_addresses(gaz, text, &mut toponyms);
    let resolved = tidings_geo::resolve_with_guesses(gaz, &toponyms, &named, &guessed);
    // "Kot district of Nangarhar province": a district said to lie in a division is not
    // read outside it (better unresolved than in India).
    let resolved: Vec<Option<u32>> = resolved
        .into_iter()
        .zip(&candidates)
        .map(|(r, c)| {
            let e = &ents.entities[c.entity];
            let n = ents
                .entities
                .get(c.entity + 1)
                .filter(|n| c.end == e.end && matches!(text[e.end..n.start].trim(), "district of" | "District of"));
            if c.seat.is_some() {
                return gaz.division_seated_at(r?);
            }
            let Some(n) = n else { return r };
            let entry = gaz.entry(r?);
            let inside = gaz.lookup(&text[n.start..n.end]).into_iter().map(|q| gaz.entry(q)).any(|q| {
                q.country == entry.country && (q.kind == tidings_geo::Kind::Country || q.admin1 == entry.admin1)
            });
            r.filter(|_| inside)
        })
        .collect();
    candidates
        .iter()
        .zip(resolved)
        .filter_map(|(c, r)| {
            let e = &ents.entities[c.entity];
            let (end, r) = (c.end, r?);
            let entry = gaz.entry(r);
            let after = text[end..].trim_start();
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let in_actor = c.in_name || ents.cluster_at(e.start, e.end).is_some();
            let speaking =
                ["said", "says", "announced", "claimed", "accused", "denied"].iter().any(|v| after.starts_with(v));
            // "U.S. officials", "Iraq war": a country name before a noun modifies it.
            let next_word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            // "U.S.-made".
            let compound = after.starts_with('-') && text[end..].starts_with('-');
            // "Protests in Madagascar continue", "demonstrations across Morocco enter a
            // third day": a country after a preposition of place is where something is;
            // the lower-case word after it is the clause's verb ("in U.S. custody" too is
            // read as a place).
            let before = text[..c.start].trim_end();
            let located = ["in", "across", "throughout", "inside"].iter().any(|p| {
                before.strip_suffix(p).is_some_and(|r| r.is_empty() || r.ends_with(|ch: char| !ch.is_alphanumeric()))
            });
            let modifier = entry.kind == tidings_geo::Kind::Country
                && !located
                && (compound
                    || next_word.chars().next().is_some_and(char::is_lowercase)
                        && !FUNCTION_WORDS.contains(&next_word.as_str()));
            Some(ResolvedPlace {
                span_start: c.start,
                span_end: end,
                sentence: e.sentence,
                literal: !(possessive || in_actor || speaking || modifier),
                place: gaz.place(entry, vec![Span::of(text, c.start, end)]),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_entities::Entity;

    fn mention(text: &str, name: &str, label: Label) -> Entity {
        let start = text.find(name).unwrap();
        Entity { start, end: start + name.len(), label, sentence: 0, cluster: None, country: None }
    }

    /// A country or state named beside a water, island or mountain word, any place
    /// beside a river word, or a town after "New", is not read for the feature the
    /// gazetteer lacks; a town beside a bay, island or mountain word is, for the feature
    /// lies at it (Tampa Bay, Mount Sinjar), and so is a place beside other words.
    #[test]
    fn a_feature_named_after_a_place_is_not_that_place() {
        let gaz = Gazetteer::bundled();
        let found = |text: &str, name: &str, label: Label| {
            let ents = Entities { entities: vec![mention(text, name, label)], clusters: Vec::new() };
            places(gaz, text, &ents).iter().map(|p| text[p.span_start..p.span_end].to_string()).collect::<Vec<_>>()
        };
        assert!(found("A barge sank in the Arkansas River.", "Arkansas River", Label::Loc).is_empty());
        assert!(found("Boats cross the Ohio River.", "Ohio River", Label::Loc).is_empty());
        assert_eq!(found("Boats sailed on Manila Bay.", "Manila Bay", Label::Gpe), ["Manila"]);
        assert_eq!(found("Yazidis fled to Mount Sinjar.", "Mount Sinjar", Label::Loc), ["Sinjar"]);
        assert_eq!(found("Boats sailed on Tampa Bay.", "Tampa Bay", Label::Loc), ["Tampa"]);
        assert!(found("Troops crossed the Dnipro River.", "Dnipro River", Label::Loc).is_empty());
        assert!(found("They crossed the Hudson River.", "Hudson River", Label::Loc).is_empty());
        assert!(found("They walked to New Julfa.", "New Julfa", Label::Gpe).is_empty());
        assert!(found("Hikers crossed the Colorado Mountains.", "Colorado Mountains", Label::Loc).is_empty());
        assert_eq!(found("A bomb hit the Kabul Green Zone.", "Kabul Green Zone", Label::Loc), ["Kabul"]);
    }

    /// A nation's state tagged as an organisation is its country, not literal; "Islamic
    /// State" is no country's.
    #[test]
    fn a_nations_state_is_its_country_and_no_scene() {
        let gaz = Gazetteer::bundled();
        let found = |text: &str, name: &str| {
            let ents = Entities { entities: vec![mention(text, name, Label::Org)], clusters: Vec::new() };
            places(gaz, text, &ents)
                .into_iter()
                .map(|p| (p.place.country.clone().unwrap_or_default(), p.literal))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Athens became the capital of the modern Greek State.", "Greek State"),
            [("GR".into(), false)]
        );
        assert!(found("Fighters of the Islamic State attacked the town.", "Islamic State").is_empty());
        let text = "Athens became the capital of the modern Greek State. It grew.";
        let ents = Entities { entities: vec![mention(text, "Greek", Label::Norp)], clusters: Vec::new() };
        let found: Vec<&str> = places(gaz, text, &ents).iter().map(|p| &text[p.span_start..p.span_end]).collect();
        assert_eq!(found, ["Greek State"]);
        let text = "He joined the Greek State Railways.";
        let ents = Entities { entities: vec![mention(text, "Greek", Label::Norp)], clusters: Vec::new() };
        assert!(places(gaz, text, &ents).is_empty());
    }

    /// A name the recognizer tags as a place once and as a person's or an
    /// organisation's elsewhere is the place there too; not a surname of a person named
    /// in full, nor a name the document never tags as a place.
    #[test]
    fn a_place_tagged_as_a_name_elsewhere_is_the_place() {
        let gaz = Gazetteer::bundled();
        let text = "Police in Lyon searched for a man. Paris' authority took over. Lyon, a French city, hosts games.";
        let at = |name: &str, from: usize, label: Label| {
            let start = from + text[from..].find(name).unwrap();
            Entity { start, end: start + name.len(), label, sentence: 0, cluster: None, country: None }
        };
        let ents = Entities {
            entities: vec![at("Lyon", 0, Label::Gpe), at("Paris", 0, Label::Per), at("Lyon", 40, Label::Org)],
            clusters: Vec::new(),
        };
        let found: Vec<(usize, Option<u64>)> =
            places(gaz, text, &ents).iter().map(|p| (p.span_start, p.place.geonames_id)).collect();
        // Paris is tagged nowhere as a place: it stays a person's name.
        assert_eq!(found, [(10, Some(2996944)), (text.rfind("Lyon").unwrap(), Some(2996944))]);
    }

    /// "SPRINGFIELD, Mo. (AP)": the state's abbreviation after the comma places the town
    /// in that state, although the recognizer tagged no place there.
    #[test]
    fn a_states_abbreviation_after_a_town_is_its_qualifier() {
        let gaz = Gazetteer::bundled();
        let text = "SPRINGFIELD, Mo. (AP) — Two men were shot outside a bar on Saturday.";
        let ents = Entities { entities: vec![mention(text, "SPRINGFIELD", Label::Gpe)], clusters: Vec::new() };
        let found = places(gaz, text, &ents);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].place.admin1.as_deref(), Some("Missouri"), "{:?}", found[0].place);
    }

    /// A town the recognizer read as a person after "in" is a place; not a possessor, nor
    /// a person after another word.
    #[test]
    fn a_town_read_as_a_person_after_in() {
        let gaz = Gazetteer::bundled();
        let found = |text: &str| {
            let ents = Entities { entities: vec![mention(text, "Troy", Label::Per)], clusters: Vec::new() };
            places(gaz, text, &ents).iter().map(|p| text[p.span_start..p.span_end].to_string()).collect::<Vec<_>>()
        };
        assert_eq!(found("Police in Troy said a man was shot on Sunday."), ["Troy"]);
        assert!(found("A change in Troy's plans was announced.").is_empty());
        assert!(found("Police spoke with Troy on Sunday.").is_empty());
    }

    /// A town the recognizer read as a person, in a list of places, is a place; not in a
    /// list of people.
    #[test]
    fn a_town_read_as_a_person_in_a_list_of_places() {
        let gaz = Gazetteer::bundled();
        let text = "Protests spread from Dallas to Arlington and Irving.";
        let ents = Entities {
            entities: vec![
                mention(text, "Dallas", Label::Gpe),
                mention(text, "Arlington", Label::Gpe),
                mention(text, "Irving", Label::Per),
            ],
            clusters: Vec::new(),
        };
        let found: Vec<&str> = places(gaz, text, &ents).iter().map(|p| &text[p.span_start..p.span_end]).collect();
        assert_eq!(found, ["Dallas", "Arlington", "Irving"]);
        let text = "Dallas heard from Smith and Irving.";
        let ents = Entities {
            entities: vec![
                mention(text, "Dallas", Label::Gpe),
                mention(text, "Smith", Label::Per),
                mention(text, "Irving", Label::Per),
            ],
            clusters: Vec::new(),
        };
        let found: Vec<&str> = places(gaz, text, &ents).iter().map(|p| &text[p.span_start..p.span_end]).collect();
        assert_eq!(found, ["Dallas"]);
    }

    /// A person's name after "and" is no place where a new clause begins with it.
    #[test]
    fn a_person_beginning_a_clause_after_and_is_no_place() {
        let gaz = Gazetteer::bundled();
        let text = "Trump won Ohio and Clinton won Virginia in the 2016 election.";
        let ents = Entities {
            entities: vec![
                mention(text, "Trump", Label::Per),
                mention(text, "Ohio", Label::Gpe),
                mention(text, "Clinton", Label::Per),
                mention(text, "Virginia", Label::Gpe),
            ],
            clusters: Vec::new(),
        };
        let found: Vec<&str> = places(gaz, text, &ents).iter().map(|p| &text[p.span_start..p.span_end]).collect();
        assert_eq!(found, ["Ohio", "Virginia"]);
    }

    /// A person's name after "and" is no place where the document names the person
    /// elsewhere, even at the end of the sentence.
    #[test]
    fn a_person_named_elsewhere_is_no_place_in_a_list() {
        let gaz = Gazetteer::bundled();
        let text = "John Kerry flew to Amman on Sunday. Talks were held by officials from Jordan and Kerry.";
        let mut ents = Entities {
            entities: vec![
                mention(text, "John Kerry", Label::Per),
                mention(text, "Amman", Label::Gpe),
                mention(text, "Jordan", Label::Gpe),
                Entity {
                    start: text.rfind("Kerry").unwrap(),
                    end: text.rfind("Kerry").unwrap() + 5,
                    ..mention(text, "Kerry", Label::Per)
                },
            ],
            clusters: Vec::new(),
        };
        let kerry = ents.entities.iter().filter(|e| e.label == Label::Per).map(|e| (e.start, e.end)).collect();
        ents.clusters.push(tidings_entities::Cluster {
            name: "John Kerry".to_string(),
            aliases: Vec::new(),
            label: Label::Per,
            kind: tidings_model::ActorKind::Person,
            country: Some("US".to_string()),
            spans: kerry,
        });
        ents.entities[0].cluster = Some(0);
        ents.entities[3].cluster = Some(0);
        let found: Vec<&str> = places(gaz, text, &ents).iter().map(|p| &text[p.span_start..p.span_end]).collect();
        assert_eq!(found, ["Amman", "Jordan"]);
    }
}
