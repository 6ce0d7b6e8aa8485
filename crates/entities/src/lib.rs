//! Named entities: recognition, acronyms and aliases, nationality words.
//!
//! This first recognizer is lexical: it chunks capitalized token runs (allowing "of",
//! "for", "al" and the like inside), then labels each chunk by, in order, the actor
//! lexicon (UCDP, Phoenix), the GeoNames gazetteer, nationality adjectives, head words
//! ("… Service" is an organization, "… Airport" a facility, "… Code" a law) and, for
//! what is left, the shape of a personal name. A sentence-initial word that the NER
//! corpora mostly write in lower case ("Members", "Meanwhile") does not start a name.
//!
//! Mentions of one organization or person are grouped into [`Cluster`]s: an acronym in
//! parentheses after a name ("Islamic State-Khorasan (IS-K)"), later bare acronyms and
//! possessives ("FSB’s"), lexicon aliases, and surnames of people named in full.
//! Generic state actors ("US forces", "Afghanistan's intelligence service", "Russia’s
//! power-wielding structures") become clusters of their own, named ACLED's way.

mod lexicon;
pub mod ner;

use std::collections::HashMap;
use std::ops::Range;

use tidings_geo::Gazetteer;
use tidings_model::{ActorKind, Label, Mention, Span};
use tidings_text::{is_acronym, is_capitalized, Segmented, Token, TokenKind, MONTH_NAMES, WEEKDAY_NAMES};

pub use lexicon::{KnownActor, Lexicon};
use ner::features::{NORP_WORDS, TITLES};
pub use ner::{Featurizer, Model};

/// Head words that close an organization's name (no "of" or "for" right before).
const PAIRED_HEADS: &[&str] = &[
    "party",
    "institute",
    "foundation",
    "center",
    "centre",
    "front",
    "movement",
    "alliance",
    "council",
    "committee",
    "union",
    "league",
    "congress",
    "bloc",
    "coalition",
    "association",
    "society",
    "fund",
    "federation",
];

/// "New Democratic Party and Bloc Québécois", "Olin Foundation and Foreign Policy
/// Research Institute": an organization span the model ran across "and" after a head
/// word that closes a name of two words or more, before a capitalized word, is two
/// names ("Ministry of Intelligence and Security", where the head follows "of", is one).
fn split_named_pairs(doc: &Doc, out: &mut Vec<Labelled>) {
    let mut pieces = Vec::new();
    for x in out.iter_mut().filter(|x| x.2 == Label::Org) {
        let Some(k) = (x.0 + 2..x.1.saturating_sub(1)).find(|&k| {
            doc.lower(k) == "and"
                && PAIRED_HEADS.contains(&doc.lower(k - 1).as_str())
                && is_capitalized(doc.tok(k - 1))
                && !matches!(doc.lower(k - 2).as_str(), "of" | "for" | "and" | "the")
                && is_capitalized(doc.tok(k + 1))
        }) else {
            continue;
        };
        pieces.push((k + 1, x.1, Label::Org, None, None));
        x.1 = k;
    }
    out.extend(pieces);
}

/// "Kevin.A.Boone@accenture.com", "http://t.co/AbLFwz": a name inside an e-mail
/// address or a web address (the text between spaces around it has an "@" after its
/// first character, "://" or a leading "www.") is part of the address, no name; a
/// leading "@" is a handle, left to the model.
fn in_email_or_url(doc: &Doc, a: usize, b: usize) -> bool {
    let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
    let from = doc.text[..start].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let to = doc.text[end..].find(char::is_whitespace).map_or(doc.text.len(), |i| end + i);
    let chunk = &doc.text[from..to];
    chunk.get(1..).is_some_and(|rest| rest.contains('@')) || chunk.contains("://") || chunk.starts_with("www.")
}

/// A legislator's title written after the party or the person ("Labour MP").
const MEMBER_TITLES: &[&str] = &[
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "TD",
    "TDs",
    "MLA",
    "MLAs",
    "MSP",
    "MSPs",
    "MPP",
    "MPPs",
    "MHA",
    "MNA",
    "MNAs",
    "Congressman",
    "Congresswoman",
    "Senator",
];

/// Whether a lower-case word names a religious, ethnic or political collective: a word
/// of our list, or a plural of adherents no shorter than "Baathists" ("Sadrists",
/// "Zionists", "Methodists"; the lexicon is asked first for the armed ones it knows).
fn is_group_word(lower: &str) -> bool {
    NORP_WORDS.contains(&lower) || (lower.ends_with("ists") && lower.chars().count() >= 8)
}

/// A recognized name.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub sentence: usize,
    /// The cluster of an organization or person.
    pub cluster: Option<usize>,
    /// The country of a place or nationality word, when the gazetteer knows it.
    pub country: Option<String>,
}

/// All mentions of one actor (an organization, a person or a generic state force).
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The display name: the lexicon's canonical name, the longest form seen, or an
    /// ACLED-style generic name ("Military Forces of Russia").
    pub name: String,
    /// Every distinct form seen, with one span each.
    pub aliases: Vec<(String, Span)>,
    pub label: Label,
    pub kind: ActorKind,
    pub country: Option<String>,
    /// Byte ranges of every mention, in text order.
    pub spans: Vec<(usize, usize)>,
}

impl Cluster {
    /// A stable id: `actor:` and a slug of the name.
    pub fn id(&self) -> String {
        actor_id(&self.name)
    }
}

/// The id of the actor named `name`: `actor:` and the lower-case alphanumeric runs of
/// the name joined by dashes ("Civilians (Iraq)" → `actor:civilians-iraq`).
pub fn actor_id(name: &str) -> String {
    let mut id = String::from("actor:");
    for word in name.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !id.ends_with(':') {
            id.push('-');
        }
        id.push_str(word);
    }
    id
}

/// What the recognizer found in one document.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Named mentions in text order.
    pub entities: Vec<Entity>,
    pub clusters: Vec<Cluster>,
}

impl Entities {
    /// The cluster whose mentions include the byte range `[start, end)`.
    pub fn cluster_at(&self, start: usize, end: usize) -> Option<usize> {
        self.clusters.iter().position(|c| c.spans.iter().any(|&(s, e)| s <= start && end <= e && start < e))
    }

    /// The record-contract mentions; `entity` is the actor id or `country:CC`.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        self.entities
            .iter()
            .map(|e| Mention {
                span: Span::of(text, e.start, e.end),
                label: e.label,
                entity: match (e.cluster, &e.country) {
                    (Some(c), _) => Some(self.clusters[c].id()),
                    (None, Some(cc)) => Some(format!("country:{cc}")),
                    _ => None,
                },
            })
            .collect()
    }
}

/// Last words of clubs named after their town ("Manchester United").
const CLUB_HEADS: &[&str] =
    &["united", "fc", "city", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "afc", "sfc", "cf"];
/// Buildings and streets whose name stands for the government seated there.
const SEATS_OF_GOVERNMENT: &[&str] = &[
    "Kremlin",
    "White House",
    "Pentagon",
    "Downing Street",
    "Elysee",
    "Élysée",
    "Élysée Palace",
    "Elysee Palace",
    "Whitehall",
    "Blue House",
    "Zhongnanhai",
    "Quai d'Orsay",
];
/// Prepositions that make the name after them (and an article) a place.
const LOCATIVES: &[&str] =
    &["at", "in", "inside", "outside", "near", "to", "into", "from", "around", "within", "across", "toward", "towards"];
/// Last words of companies named after their town, besides the legal suffixes of
/// `COMPANY_SUFFIXES` ("Washington Mutual", "Kabul Bank").
const COMPANY_HEADS: &[&str] = &["mutual", "bank", "financial", "energy", "capital", "telecom", "bancorp", "insurance"];
/// First words of clubs named after their town ("Bayern Munich", "FC Porto").
const CLUB_PREFIXES: &[&str] = &[
    "fc",
    "ac",
    "as",
    "sc",
    "cf",
    "real",
    "atletico",
    "sporting",
    "dynamo",
    "dinamo",
    "spartak",
    "cska",
    "psv",
    "olympique",
    "bayern",
    "borussia",
    "inter",
    "lokomotiv",
    "racing",
    "deportivo",
    "athletic",
    "ajax",
];
/// Collective nouns whose possessive is part of an organization's name ("Serb People's
/// Party", "Workers' Party of Korea", "Woman's Christian Temperance Union"): the span
/// is not split there as "Kazakhstan’s Committee" is.
const COLLECTIVE_OWNERS: &[&str] = &[
    "people", "peoples", "workers", "women", "woman", "men", "children", "farmers", "peasants", "citizens", "veterans",
    "teachers", "soldiers", "toilers", "nations", "lord",
];
/// Titles that make the name after them a person ("President Buhari", "Gen. Haftar").
const PERSON_TITLES: &[&str] = &[
    "president",
    "minister",
    "gen",
    "general",
    "col",
    "colonel",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "king",
    "queen",
    "prince",
    "sultan",
    "emir",
    "imam",
    "mullah",
    "lt",
    "sgt",
    "capt",
    "captain",
    "maj",
    "lieutenant",
    "sergeant",
    "governor",
    "gov",
    "senator",
    "sen",
    "ambassador",
    "judge",
    "spokesman",
    "spokeswoman",
    "premier",
    "chancellor",
    "admiral",
    "brigadier",
    "ayatollah",
    "pope",
    "rev",
    "prof",
    "commander",
    "justice",
    "emperor",
    "empress",
    "lord",
    "sir",
    "dame",
    "miss",
    "reverend",
    "doctor",
    "patriarch",
    "archbishop",
    "rabbi",
    "vizier",
    "datuk",
    "justices",
    "pm",
    // Legislators', councillors' and honorific titles the model leaves in a name
    // ("the Honourable Edward Lyulph Stanley", "Congresswoman Elizabeth Holtzman").
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "honourable",
    "honorable",
    "editor-in-chief",
];

/// Words after a name (or its "'s") that make it an employer or a company: "a Chrysler
/// spokesman", "Chrysler's workers", "Hummer dealers" (see `Recognizer::lone_persons`).
const COMPANY_CUES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "employees",
    "workers",
    "shares",
    "stock",
    "dealers",
    "dealerships",
    "plant",
    "plants",
    "factory",
    "factories",
    "ceo",
    "chairman",
    "subsidiary",
    "executives",
    "shareholders",
    "board",
];

/// Words of an organization's name that are no one's name ("Labor", "Communist",
/// "Treasury"): a nationality before an organization named by them and a head word is
/// part of its name ("Australian Labor Party").
const POLITICAL_WORDS: &[&str] = &[
    "labor",
    "labour",
    "communist",
    "socialist",
    "democratic",
    "liberal",
    "conservative",
    "national",
    "people's",
    "peoples",
    "workers'",
    "workers",
    "green",
    "greens",
    "muslim",
    "christian",
    "islamic",
    "republican",
    "nationalist",
    "progressive",
    "unionist",
    "social",
    "popular",
    "revolutionary",
    "federal",
    "treasury",
    "justice",
    "defence",
    "defense",
    "interior",
    "foreign",
    "labor's",
    "agrarian",
    "peasant",
    "peasants'",
    "radical",
    "reform",
    "unity",
    "freedom",
    "independence",
    "liberation",
    "democrat",
    "democrats",
    "air",
    "marine",
    "coast",
    "border",
    "special",
    "security",
    "central",
    "electoral",
    "election",
    "supreme",
    "constitutional",
    "health",
    "education",
    "finance",
    "trade",
    "commerce",
    "energy",
    "transport",
    "agriculture",
];
/// Verbs of a match's result: the name before ("Leeds beat", "Kent drew") or after
/// ("beat Somerset") is a side.
const RESULT_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "drew",
    "draw",
    "lost",
    "edged",
    "thrashed",
    "routed",
    "hammered",
    "crushed",
    "overcame",
    "trounced",
    "downed",
    "blanked",
    "outclassed",
    "outplayed",
    "whitewashed",
];
/// Words after a result that name the other side: "drew with Kent", "lost 2-0 to
/// Groningen", "a win over Bath", "Arsenal v Chelsea".
const RESULT_LINKS: &[(&str, &str)] = &[
    ("drew", "with"),
    ("draw", "with"),
    ("draw", "against"),
    ("lost", "to"),
    ("loss", "to"),
    ("defeat", "to"),
    ("defeat", "by"),
    ("beaten", "by"),
    ("win", "over"),
    ("win", "against"),
    ("victory", "over"),
    ("victory", "against"),
    ("home", "to"),
    ("away", "to"),
    ("away", "at"),
];
/// Words of a sports page: with a score ("2-1") or a results line, one of these or three
/// of `SPORTS_WORDS_SHARED` make the document one whose town names can be clubs.
const SPORTS_WORDS: &[&str] = &[
    "soccer",
    "football",
    "cricket",
    "rugby",
    "baseball",
    "basketball",
    "hockey",
    "tennis",
    "innings",
    "wickets",
    "standings",
    "striker",
    "midfielder",
    "goalkeeper",
    "playoff",
    "playoffs",
    "scorers",
    "fixtures",
    "semifinal",
    "quarterfinal",
    "halftime",
    "half-time",
    "inning",
    "touchdown",
    "touchdowns",
    "batting",
    "bundesliga",
];
/// Sports words with other senses ("the Arab League", "the 3rd Division", "a goal").
const SPORTS_WORDS_SHARED: &[&str] = &[
    "league",
    "cup",
    "match",
    "matches",
    "goal",
    "goals",
    "season",
    "coach",
    "championship",
    "tournament",
    "division",
];
/// Nations that play as themselves without being countries in the gazetteer: their
/// sides stay places, as countries do ("England beat Moldova 3-0").
const HOME_NATIONS: &[&str] = &["England", "Scotland", "Wales", "Northern Ireland", "Ulster"];

/// Whether a token is a match's score ("2-1", "6-3") or a small count in a results
/// line or table ("Arsenal 2 Liverpool 1", "Middlesbrough 3 2 1 0 6 3 7").
fn is_score(w: &str) -> bool {
    let small = |p: &str| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit());
    match w.split_once('-') {
        Some((x, y)) => small(x) && small(y),
        None => false,
    }
}

fn is_count(w: &str) -> bool {
    !w.is_empty() && w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit())
}

/// Whether token `a` follows a kinship noun ("brother") or an age ("19-year-old").
fn after_kin_or_age(doc: &Doc, a: usize) -> bool {
    a > 0 && {
        let w = doc.lower(a - 1);
        KIN_WORDS.contains(&w.as_str()) || w.ends_with("-year-old")
    }
}

/// Whether the token before `a` is a person's title, capitalized ("President", "Gen.").
fn after_title(doc: &Doc, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    // "Gen." is "Gen" and ".".
    let dotted = a >= 2 && doc.tok(a - 1) == "." && doc.tokens[a - 2].end == doc.tokens[a - 1].start;
    let k = if dotted { a - 2 } else { a - 1 };
    is_capitalized(doc.tok(k))
        && PERSON_TITLES.contains(&doc.lower(k).trim_end_matches('.'))
        && doc.tok(a).chars().next().is_some_and(char::is_uppercase)
}

const ORG_HEADS: &[&str] = &[
    "service",
    "services",
    "ministry",
    "army",
    "police",
    "force",
    "forces",
    "committee",
    "council",
    "agency",
    "guard",
    "guards",
    "directorate",
    "bureau",
    "command",
    "navy",
    "corps",
    "front",
    "brigade",
    "brigades",
    "battalion",
    "movement",
    "party",
    "organization",
    "organisation",
    "group",
    "department",
    "office",
    "militia",
    "authority",
    "union",
    "league",
    "nations",
    "court",
    "parliament",
    "assembly",
    "congress",
    "gendarmerie",
    "intelligence",
    "state",
    "coalition",
    "alliance",
    "company",
    "corporation",
    "inc",
    "ltd",
    "bank",
    "university",
    "institute",
    "commission",
    "administration",
    "government",
    "cabinet",
    "regiment",
    "division",
    "unit",
    "network",
    "taliban",
    "jihad",
    "mujahideen",
    "hezbollah",
    "hamas",
    "news",
    "agency",
    "press",
    "times",
    "post",
    "tribunal",
];
const SECURITY_WORDS: &[&str] = &[
    "security",
    "intelligence",
    "police",
    "army",
    "forces",
    "force",
    "military",
    "guard",
    "guards",
    "navy",
    "gendarmerie",
    "defense",
    "defence",
    "border",
    "counter-terrorism",
    "special",
];
const FAC_HEADS: &[&str] = &[
    "airport",
    "mosque",
    "church",
    "synagogue",
    "bridge",
    "hospital",
    "prison",
    "embassy",
    "square",
    "street",
    "road",
    // Abbreviated street words ("Oxford St", "Falls Rd"): a street, not the town it is
    // named after.
    "st",
    "rd",
    "ave",
    "blvd",
    "base",
    "palace",
    "stadium",
    "hotel",
    "station",
    "school",
    "port",
    "camp",
    "market",
    "checkpoint",
    "dam",
    "tower",
    "building",
    "compound",
    "barracks",
    "highway",
    "temple",
    "shrine",
    "consulate",
];
const LOC_HEADS: &[&str] = &[
    "river",
    "mountains",
    "mountain",
    "valley",
    "sea",
    "lake",
    "desert",
    "gulf",
    "island",
    "islands",
    "peninsula",
    "strait",
    "asia",
    "africa",
    "europe",
    "east",
    "america",
    "ocean",
    "basin",
    "plateau",
    "sahel",
    "caucasus",
    "balkans",
    "corridor",
    "strip",
    "bank",
    "hills",
    "coast",
    "delta",
];
/// Words that close an event's name after the place it happened ("Boston Marathon",
/// "Beslan massacre").
const EVENT_HEADS: &[&str] = &[
    "marathon",
    "bombing",
    "bombings",
    "attack",
    "attacks",
    "massacre",
    "shooting",
    "shootings",
    "siege",
    "riots",
    "uprising",
    "festival",
    "parade",
    "games",
];
/// Words before a person's bare name ("his younger brother Dzhokhar").
const KIN_WORDS: &[&str] =
    &["brother", "sister", "son", "daughter", "wife", "husband", "mother", "father", "uncle", "cousin", "widow"];
const MISC_HEADS: &[&str] = &[
    "code",
    "act",
    "law",
    "article",
    "constitution",
    "resolution",
    "treaty",
    "agreement",
    "accord",
    "convention",
    "war",
    "operation",
    "summit",
    "day",
    "revolution",
    "spring",
    "cup",
    "olympics",
    "charter",
    "protocol",
    "declaration",
    "doctrine",
    "plan",
    "initiative",
    "program",
    "programme",
    "award",
    "prize",
    "election",
    "elections",
];
/// Country abbreviations common in English news (the gazetteer keeps only full names).
const COUNTRY_ABBREVIATIONS: &[(&str, &str)] = &[
    ("US", "US"),
    ("U.S.", "US"),
    ("USA", "US"),
    ("U.S.A.", "US"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("UAE", "AE"),
    ("DRC", "CD"),
    ("DR Congo", "CD"),
    ("KSA", "SA"),
];
/// Nouns that, after a country or nationality, name a state actor, with the
/// generic ACLED-style name they get and their kind.
const STATE_NOUNS: &[(&str, &str, ActorKind)] = &[
    ("forces", "Military Forces of {}", ActorKind::StateForce),
    ("troops", "Military Forces of {}", ActorKind::StateForce),
    ("military", "Military Forces of {}", ActorKind::StateForce),
    ("army", "Military Forces of {}", ActorKind::StateForce),
    ("soldiers", "Military Forces of {}", ActorKind::StateForce),
    ("air force", "Military Forces of {}", ActorKind::StateForce),
    ("navy", "Military Forces of {}", ActorKind::StateForce),
    ("police", "Police Forces of {}", ActorKind::StateForce),
    ("security forces", "Security Forces of {}", ActorKind::StateForce),
    ("security services", "Security Forces of {}", ActorKind::StateForce),
    ("security service", "Security Forces of {}", ActorKind::StateForce),
    ("power-wielding structures", "Security Forces of {}", ActorKind::StateForce),
    ("special forces", "Military Forces of {}", ActorKind::StateForce),
    ("intelligence service", "Intelligence Services of {}", ActorKind::StateForce),
    ("intelligence services", "Intelligence Services of {}", ActorKind::StateForce),
    ("intelligence agency", "Intelligence Services of {}", ActorKind::StateForce),
    ("authorities", "Government of {}", ActorKind::Government),
    ("government", "Government of {}", ActorKind::Government),
    ("officials", "Government of {}", ActorKind::Government),
];

/// A labelled token range `[a, b)` with the country and actor kind it implies.
type Labelled = (usize, usize, Label, Option<String>, Option<ActorKind>);

/// Adjectives of continents and world regions: nationality-like words (NORP), never the
/// place ("European aircraft", "North American production").
const REGION_ADJECTIVES: &[&str] = &[
    "european",
    "african",
    "asian",
    "north american",
    "south american",
    "latin american",
    "central american",
    "middle eastern",
    "scandinavian",
    "caribbean",
    "nordic",
    "east african",
    "west african",
    "southeast asian",
    "central asian",
    "south asian",
    "east asian",
    "sub-saharan",
];

/// A currency's country prefix written against its sign ("US$ 40 billion", "CA$",
/// "HK$", tokenized "US $ 2.63 billion"): one to three capital letters and a "$" with no
/// space between, or one space and an amount after it; not a name.
fn currency_sign(doc: &Doc, a: usize, b: usize) -> bool {
    let w = doc.tok(a);
    b == a + 1
        && (1..=3).contains(&w.len())
        && w.bytes().all(|c| c.is_ascii_uppercase())
        && doc.tokens.get(b).is_some_and(|t| t.text(doc.text) == "$")
        && (doc.tokens[b].start == doc.tokens[a].end
            || (doc.tokens[b].start == doc.tokens[a].end + 1
                && doc.tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number)))
}

/// Compass adjectives, which name provinces ("Central", "Eastern") and open regions.
const COMPASS_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "upper",
    "lower",
    "greater",
    "inner",
    "outer",
];

/// Endings of file names and web addresses after their last dot ("UnleadedStocks.pdf",
/// "Forex.com").
const ADDRESS_ENDINGS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "htm", "html", "asp", "php", "jpg", "jpeg",
    "png", "gif", "zip", "com", "org", "net", "edu", "gov", "mil", "info", "biz", "co", "uk",
];

/// Whether tokens `a..b` are glued into a file name, web address or e-mail address:
/// they continue one after a dot or "@" ("google.co.uk", "press@un.org"), or the
/// unspaced text they stand in holds an "@", a "://", a "www." or an underscore next to
/// them ("Kevin.A.Boone@accenture.com", "Lisa_resume.doc", "Robert Bryngelson@AZURIX"),
/// or a file or domain ending follows them ("UnleadedStocks.pdf"). A whole unspaced
/// word ("Forex.com") is left to the model.
fn in_address(doc: &Doc, a: usize, b: usize) -> bool {
    let continues = a >= 2
        && matches!(doc.tok(a - 1), "." | "@")
        && doc.tokens[a - 1].end == doc.tokens[a].start
        && doc.tokens[a - 2].end == doc.tokens[a - 1].start
        && doc.text[..doc.tokens[a - 1].start].chars().next_back().is_some_and(char::is_alphanumeric);
    let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
    let left = &doc.text[..start];
    let left = &left[left.trim_end_matches(|c: char| !c.is_whitespace()).len()..];
    let right = &doc.text[end..];
    let right = &right[..right.find(char::is_whitespace).unwrap_or(right.len())];
    let web = |s: &str| s.contains('@') || s.contains("://") || s.contains("www.");
    let glued = web(left) || web(right) || left.ends_with('_') || right.starts_with('_');
    let ending = right.strip_prefix('.').is_some_and(|r| {
        let word: String = r.chars().take_while(char::is_ascii_alphanumeric).collect();
        ADDRESS_ENDINGS.contains(&word.to_ascii_lowercase().as_str())
    });
    continues || glued || ending
}

/// Kinds of election between a name and "election" ("2003 Croatian parliamentary election").
const ELECTION_KINDS: &[&str] = &[
    "general",
    "parliamentary",
    "legislative",
    "presidential",
    "local",
    "federal",
    "municipal",
    "regional",
    "state",
    "provincial",
    "mayoral",
    "gubernatorial",
    "special",
    "senate",
    "national",
    "primary",
    "leadership",
    "constitutional",
    "snap",
];

/// "the 2003 Croatian parliamentary election", "February 1974 United Kingdom general
/// election", "2014 European Parliament elections", "1994 United States House of
/// Representatives elections": a year, a capitalized name and an election word name an
/// event (MISC; our guide's named events), which replaces the names the model found
/// inside it ("Croatian", "European Parliament"); a place after "in" closes it ("1992
/// United States Senate special election in California").
fn elections(doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
    let year = |i: usize| {
        let w = doc.tok(i);
        w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit()) && (1800..2100).contains(&w.parse::<u32>().unwrap_or(0))
    };
    for k in range.clone() {
        if !matches!(doc.lower(k).as_str(), "election" | "elections" | "referendum") {
            continue;
        }
        let mut a = k;
        while a > range.start && k - a < 2 && ELECTION_KINDS.contains(&doc.lower(a - 1).as_str()) {
            a -= 1;
        }
        let kinds_end = a;
        let capitalized = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc.tok(i));
        // "United States House of Representatives": an "of" between capitalized words.
        while a > range.start
            && (capitalized(a - 1)
                || (doc.tok(a - 1) == "of" && a - 1 > range.start + 1 && capitalized(a - 2) && a < kinds_end))
        {
            a -= 1;
        }
        if a == kinds_end || a == range.start || !year(a - 1) {
            continue;
        }
        a -= 1;
        if a > range.start
            && is_capitalized(doc.tok(a - 1))
            && MONTH_NAMES.contains(&doc.tok(a - 1).to_lowercase().as_str())
        {
            a -= 1;
        }
        let mut b = k + 1;
        // "1992 United States Senate special election in California": the place the
        // election is held in closes its name; after a general election the place is a
        // constituency ("the 1981 Ontario general election in Hamilton West").
        let general = (kinds_end..k).any(|i| doc.lower(i) == "general");
        if b + 1 < range.end && doc.tok(b) == "in" && !general {
            if let Some(place) = out.iter().find(|x| x.0 == b + 1 && matches!(x.2, Label::Gpe | Label::Loc)) {
                b = place.1;
            }
        }
        out.retain(|x| x.1 <= a || x.0 >= b);
        out.push((a, b, Label::Misc, None, None));
    }
    out.sort_by_key(|x| x.0);
}

/// "Air France Flight 447", "Malaysia Airlines Flight 17": an airline, "Flight" and a
/// number name a flight (MISC), not the airline; "UN Security Council Resolution 2254": a
/// council, "Resolution" and a number name a resolution (MISC; our guide's laws and
/// resolutions), not the council.
fn flights(doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
    for k in range.start + 1..range.end.saturating_sub(1) {
        if !matches!(doc.tok(k), "Flight" | "Resolution") || doc.tokens[k + 1].kind != TokenKind::Number {
            continue;
        }
        let mut a = k;
        while a > range.start
            && k - a < 4
            && doc.tokens[a - 1].kind == TokenKind::Word
            && is_capitalized(doc.tok(a - 1))
        {
            a -= 1;
        }
        if a == k {
            continue;
        }
        let b = k + 2;
        out.retain(|x| x.1 <= a || x.0 >= b);
        out.push((a, b, Label::Misc, None, None));
    }
    out.sort_by_key(|x| x.0);
}

/// The maker of an airliner model number: Boeing's 707 to 787, Airbus's A300 to A380 and
/// the A400M, also plural ("A330s", "787s") or a variant written as one token ("787-8").
fn aircraft_maker(w: &str) -> Option<&'static str> {
    let w = match w.split_once('-') {
        Some((base, variant)) if !variant.is_empty() && variant.bytes().all(|c| c.is_ascii_digit()) => base,
        Some(_) => return None,
        None => w,
    };
    let base = w.strip_suffix('s').unwrap_or(w);
    let b = base.as_bytes();
    if b.len() == 3 && b[0] == b'7' && b[1].is_ascii_digit() && b[2] == b'7' {
        Some("Boeing")
    } else if (b.len() == 4 && base.starts_with("A3") && b[2..].iter().all(u8::is_ascii_digit)) || base == "A400M" {
        Some("Airbus")
    } else {
        None
    }
}

/// Words after a number that make it a count, not an airliner ("777 passengers").
const COUNTED: &[&str] = &[
    "people",
    "passengers",
    "jobs",
    "workers",
    "employees",
    "orders",
    "units",
    "points",
    "votes",
    "seats",
    "deaths",
    "feet",
    "miles",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "tons",
    "tonnes",
    "years",
    "days",
    "%",
];

/// "Boeing 787", "the 787-8", "787 Dreamliner", "Airbus A380", "A330s": an airliner model
/// is a product (MISC; our guide), with its maker's name right before it, in a document
/// that names the maker; not the maker (ORG) nor a bare number.
fn aircraft(doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
    for k in range.clone() {
        let Some(maker) = aircraft_maker(doc.tok(k)) else { continue };
        let made = k > range.start && doc.tok(k - 1) == maker;
        let counted = k + 1 < range.end && COUNTED.contains(&doc.lower(k + 1).as_str());
        let money = k > range.start && matches!(doc.tok(k - 1), "$" | "US$" | "€" | "£");
        if (!made && !doc.text.contains(maker)) || counted || money {
            continue;
        }
        let a = if made { k - 1 } else { k };
        let mut b = k + 1;
        // A variant: "787-8", "737-800".
        let glued = |i: usize| doc.tokens[i].start == doc.tokens[i - 1].end;
        if b + 1 < range.end
            && doc.tok(b) == "-"
            && glued(b)
            && glued(b + 1)
            && doc.tokens[b + 1].kind == TokenKind::Number
        {
            b += 2;
        }
        if b < range.end && doc.tok(b) == "Dreamliner" {
            b += 1;
        }
        out.retain(|x| x.1 <= a || x.0 >= b);
        out.push((a, b, Label::Misc, None, None));
    }
    out.sort_by_key(|x| x.0);
}

/// Makers of cars, computers and phones whose name goes before their models' names
/// ("Ford Taurus", "Motorola ROKR E1").
const PRODUCT_MAKERS: &[&str] = &[
    "Ford",
    "Chevrolet",
    "Chrysler",
    "Jeep",
    "Dodge",
    "Cadillac",
    "Buick",
    "Pontiac",
    "Toyota",
    "Honda",
    "Nissan",
    "Mazda",
    "Subaru",
    "Hyundai",
    "Kia",
    "Volkswagen",
    "Audi",
    "BMW",
    "Porsche",
    "Fiat",
    "Renault",
    "Peugeot",
    "Citroën",
    "Volvo",
    "Saab",
    "Opel",
    "Tesla",
    "Ferrari",
    "Lamborghini",
    "Lexus",
    "Apple",
    "Dell",
    "Lenovo",
    "Acer",
    "Asus",
    "Toshiba",
    "Samsung",
    "Nokia",
    "Motorola",
    "BlackBerry",
    "HTC",
    "Huawei",
    "Xiaomi",
    "Nintendo",
];

/// Words after a maker's name that make the whole a company, a unit of it, a place or a
/// prize, not a model ("Apple Stores", "Ford Foundation", "Honda Center"); the company
/// suffixes, the organizations' heads, the cues of an employer and the weekdays count as well.
const NOT_MODELS: &[&str] = &[
    "store",
    "stores",
    "foundation",
    "center",
    "centre",
    "field",
    "park",
    "stadium",
    "arena",
    "museum",
    "cup",
    "prix",
    "award",
    "awards",
    "cars",
    "trucks",
    "electronics",
    "research",
    "labs",
    "automobile",
    "automobiles",
    "automotive",
    "spa",
    "international",
    "europe",
    "america",
    "americas",
    "financial",
    "credit",
    "capital",
    "worldwide",
    "global",
    "chief",
    "executive",
    "vice",
    "founder",
];

/// "iPhone 4", "iPhone 2.0", "iLife '11", "Windows 7": a product (MISC) followed by a
/// version number ends with it, unless the number counts something ("iPod 10 million").
fn versions(doc: &Doc, range: Range<usize>, out: &mut [Labelled]) {
    let version = |w: &str| {
        let digits = w.strip_prefix(['\'', '’']).unwrap_or(w);
        !digits.is_empty()
            && digits.len() <= 4
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            && !digits.ends_with('.')
    };
    let counts = |i: usize| {
        let next = if i < range.end { doc.lower(i) } else { String::new() };
        COUNTED.contains(&next.as_str())
            || matches!(next.as_str(), "million" | "billion" | "thousand" | "percent" | "per" | "times" | "copies")
    };
    let starts: Vec<usize> = out.iter().map(|x| x.0).collect();
    for x in out.iter_mut().filter(|x| x.2 == Label::Misc) {
        let v = x.1;
        // "the iPod 10 million": the model's span took the count.
        if x.1 > x.0 + 1 && doc.tokens[v - 1].kind == TokenKind::Number && counts(v) {
            x.1 -= 1;
            continue;
        }
        // "iLife '11": the apostrophe may stand apart from its year.
        let quoted = v + 1 < range.end
            && matches!(doc.tok(v), "'" | "’")
            && doc.tokens[v + 1].start == doc.tokens[v].end
            && doc.tok(v + 1).len() == 2
            && version(doc.tok(v + 1));
        let end = if quoted { v + 2 } else { v + 1 };
        if v < range.end && !starts.contains(&v) && (quoted || version(doc.tok(v))) && !counts(end) {
            x.1 = end;
        }
    }
}

/// Holidays (lower case, hyphens as spaces, as `relabel` reads a span's words).
const HOLIDAYS: &[&str] = &[
    "eid",
    "eid al adha",
    "eid al fitr",
    "eid ul adha",
    "eid ul fitr",
    "ramadan",
    "ashura",
    "nowruz",
    "christmas",
    "easter",
    "passover",
    "hanukkah",
    "diwali",
    "thanksgiving",
];

/// Words that open a storm's name ("Cyclone Phailin", "Hurricane Katrina").
const STORM_WORDS: &[&str] = &["Cyclone", "Hurricane", "Typhoon", "Storm"];

/// "Cyclone Phailin", "Tropical Storm Allison": a storm is a named event (MISC), not the
/// person its name looks like.
fn storms(doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
    for k in range.start..range.end.saturating_sub(1) {
        let name = k + 1;
        if !STORM_WORDS.contains(&doc.tok(k))
            || doc.tokens[name].kind != TokenKind::Word
            || !is_capitalized(doc.tok(name))
        {
            continue;
        }
        let a = if k > range.start && doc.tok(k - 1) == "Tropical" { k - 1 } else { k };
        let b = name + 1;
        out.retain(|x| x.1 <= a || x.0 >= b);
        out.push((a, b, Label::Misc, None, None));
    }
    out.sort_by_key(|x| x.0);
}

/// "Phailin's winds" after "Cyclone Phailin": a storm's name alone is the storm too.
fn storm_names(doc: &Doc, raw: &mut [(Labelled, usize)]) {
    let names: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|((a, b, label, _, _), _)| *label == Label::Misc && b - a >= 2 && STORM_WORDS.contains(&doc.tok(b - 2)))
        .map(|((_, b, _, _, _), _)| doc.tok(b - 1))
        .collect();
    if names.is_empty() {
        return;
    }
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        if *b == *a + 1 && *label != Label::Misc && names.contains(doc.tok(*a)) {
            *label = Label::Misc;
            *country = None;
            *kind = None;
        }
    }
}

/// Stock market indices (MISC where a sentence speaks of a market: points, per cent, an
/// index, a close), longest first; a number after a name without one is part of it
/// ("CAC 40", "Nikkei 225").
const STOCK_INDICES: &[&str] = &[
    "Dow Jones Industrial Average",
    "Dow Jones",
    "Dow",
    "DJIA",
    "Nasdaq Composite",
    "Nasdaq",
    "NASDAQ",
    "S&P 500",
    "Standard & Poor's 500",
    "FTSE",
    "CAC",
    "Cac",
    "DAX",
    "Dax",
    "Nikkei",
    "Hang Seng",
    "Sensex",
    "KOSPI",
    "Kospi",
    "Shanghai Composite",
    "Euro Stoxx",
    "IBEX",
    "Ibex",
];

/// Words that show a sentence is about a stock market.
const MARKET_CUES: &[&str] = &[
    "points", "index", "indices", "indexes", "%", "percent", "closed", "closing", "fell", "rose", "gained", "dropped",
];

/// Abbreviations that end a name with their dot ("Apple Inc.", "Martin Luther King Jr.",
/// "Main St."); the tokenizer splits the dot off.
const NAME_ABBREVIATIONS: &[&str] = &["Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "St", "Mt", "Ft", "Bros"];

/// Head words that close an organization's name written in capitals ("ULSTER UNIONIST
/// PARTY", "UN SECURITY COUNCIL").
const CAPS_HEADS: &[&str] = &[
    "party",
    "council",
    "army",
    "front",
    "movement",
    "organization",
    "organisation",
    "committee",
    "ministry",
    "union",
    "league",
    "alliance",
    "coalition",
    "brigade",
    "brigades",
    "corporation",
    "company",
    "bank",
    "university",
    "institute",
    "commission",
    "assembly",
    "congress",
];

/// Last words of newspaper titles ("The New York Times", "The Register").
const NEWSPAPER_HEADS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "Guardian",
    "Register",
    "Telegraph",
    "Independent",
    "Economist",
    "Tribune",
    "Herald",
    "Observer",
    "Chronicle",
    "Gazette",
    "Inquirer",
    "Examiner",
    "Globe",
    "Mirror",
    "Courier",
    "Hindu",
];

/// Words after a company's own name in its full name ("Chrysler Group", "Apple Inc.").
const COMPANY_SUFFIXES: &[&str] = &[
    "group",
    "company",
    "corp",
    "corp.",
    "corporation",
    "inc",
    "inc.",
    "co",
    "co.",
    "llc",
    "ltd",
    "ltd.",
    "plc",
    "ag",
    "n.v.",
    "s.a.",
    "holdings",
    "motor",
    "motors",
    "airlines",
    "airways",
    "computer",
    "industries",
];

/// A time zone's abbreviation standing alone ("16:08 UTC", "9 a.m. EST"): not a name.
fn time_zone(doc: &Doc, a: usize, b: usize) -> bool {
    const ZONES: &[&str] = &[
        "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST", "IST", "JST",
        "AEST", "EET", "MSK",
    ];
    b == a + 1 && ZONES.contains(&doc.tok(a))
}

/// Whether a word is written like a one-word name after its first letter: at least two
/// letters, the rest lower case ("Jobs", "Okonkwo-Bell", "O'Neil"; not "IBM").
fn name_like(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '-')
}

/// "Jobs said" after "Steve Jobs" is that person, "Chrysler" after "Chrysler Group" that
/// company. A capitalized word that is the surname of a person named in full is a person
/// where the model found no name; the one-word stem of a company's full name is an
/// organization, whatever the model read it as, unless it is also a person's surname.
fn names_alone(r: &Recognizer, doc: &Doc, seg: &Segmented, raw: &mut Vec<(Labelled, usize)>) {
    let surnames: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|((a, b, label, _, _), _)| *label == Label::Per && b - a > 1)
        .map(|((_, b, _, _, _), _)| doc.tok(b - 1))
        .filter(|w| name_like(w))
        .collect();
    let mut stems: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|((a, b, label, _, _), _)| {
            *label == Label::Org && b - a > 1 && (a + 1..*b).all(|i| COMPANY_SUFFIXES.contains(&doc.lower(i).as_str()))
        })
        .map(|((a, _, _, _, _), _)| doc.tok(*a))
        // "Singapore Airlines": a country's or a city's name is no company's stem.
        .filter(|w| name_like(w) && !surnames.contains(w) && !r.is_major_place(w))
        .collect();
    // "Chrysler" read as an organization twice and as a place once (the gazetteer knows a
    // town of the name): a one-word name read as an organization at least twice and more
    // often than as anything else is one in the whole document, unless it is a common
    // word, a country, a given name or a person's surname. A tie goes to the organization
    // when the name is no country's and no large city's ("in Chrysler", "of Chrysler" read
    // as the Alabama town twice against "Chrysler shares" twice).
    let mut votes: HashMap<&str, (usize, usize)> = HashMap::new();
    for ((a, _, label, _, _), _) in raw.iter().filter(|((a, b, _, _, _), _)| *b == *a + 1) {
        let v = votes.entry(doc.tok(*a)).or_default();
        if *label == Label::Org || traded(doc, *a) {
            v.0 += 1;
        } else {
            v.1 += 1;
        }
    }
    stems.extend(votes.into_iter().filter_map(|(w, (org, other))| {
        let firm = org >= 2
            && (org > other || (org == other && !r.is_major_place(w)))
            && name_like(w)
            && !surnames.contains(w)
            && !r.lexicon.is_common(w)
            && !r.lexicon.is_given_name(w)
            && !r.is_country_name(w);
        firm.then_some(w)
    }));
    if surnames.is_empty() && stems.is_empty() {
        return;
    }
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        if *b == *a + 1 && *label != Label::Org && stems.contains(doc.tok(*a)) {
            *label = Label::Org;
            *kind = None;
            *country = None;
        }
    }
    let mut covered = vec![false; doc.tokens.len()];
    for ((a, b, _, _, _), _) in raw.iter() {
        covered[*a..*b].iter_mut().for_each(|c| *c = true);
    }
    let mut added = Vec::new();
    for (si, sent) in seg.sentences.iter().enumerate() {
        for i in sent.tokens.clone() {
            let w = doc.tok(i);
            if covered[i] || !(surnames.contains(w) || stems.contains(w)) {
                continue;
            }
            // Not inside a longer capitalized phrase the model left alone ("Jobs Act").
            let capitalized = |j: usize| doc.tok(j).chars().next().is_some_and(char::is_uppercase);
            let glued = (i > sent.tokens.start && !covered[i - 1] && capitalized(i - 1) && i - 1 != sent.tokens.start)
                || (i + 1 < sent.tokens.end && !covered[i + 1] && capitalized(i + 1));
            if glued {
                continue;
            }
            added.push(if surnames.contains(w) {
                ((i, i + 1, Label::Per, None, Some(ActorKind::Person)), si)
            } else {
                ((i, i + 1, Label::Org, None, None), si)
            });
        }
    }
    if !added.is_empty() {
        raw.extend(added);
        raw.sort_by_key(|((a, _, _, _, _), _)| *a);
    }
}

/// Capitalized head words of a polity's name before "of" and a place ("Principality of
/// Guria", "Crown Colony of Sarawak").
const POLITY_HEADS: &[&str] = &[
    "Principality",
    "Colony",
    "Province",
    "Duchy",
    "Kingdom",
    "Republic",
    "State",
    "Emirate",
    "Sultanate",
    "Khanate",
    "Governorate",
    "Prefecture",
    "Territory",
    "Municipality",
    "Union",
    "Dominion",
    "Protectorate",
    "Caliphate",
];

/// Words that open a letter or a post before the name of the one it is written to.
const GREETINGS: &[&str] = &["hey", "hi", "hello", "dear", "welcome", "thanks"];

/// Words that close a letter or a post on a line of their own, in place of a name.
const SIGN_OFFS: &[&str] =
    &["thanks", "thx", "regards", "cheers", "sincerely", "best", "congratulations", "cordially", "love", "yours"];

/// "Traci,", "Hey Vladi,", "Welcome Darin!": the name a letter, a mail or a post opens
/// with or is signed with, alone on its line (after a greeting word, followed by nothing
/// but a comma or a dash, or alone at the end of the text), is a person's, whatever the model read ("Cindy" as
/// a company) or left. The word is capitalized and written like a name, and is no
/// common word in any casing ("Regards,", "Architecture"), place or actor the lexicon
/// knows unless it is a given name ("Mary", "Frank").
fn salutations(r: &Recognizer, doc: &Doc, seg: &Segmented, raw: &mut Vec<(Labelled, usize)>) {
    let mut found = Vec::new();
    for (si, sent) in seg.sentences.iter().enumerate() {
        let (start, end) = (sent.tokens.start, sent.tokens.end);
        if end <= start {
            continue;
        }
        let line_start = doc.text[..doc.tokens[start].start].rsplit('\n').next().is_none_or(|s| s.trim().is_empty());
        let line_end = doc.text[doc.tokens[end - 1].end..].split('\n').next().is_none_or(|s| s.trim().is_empty());
        if !line_start || !line_end {
            continue;
        }
        let greeted = end - start >= 2 && GREETINGS.contains(&doc.lower(start).as_str());
        let i = if greeted { start + 1 } else { start };
        // A word alone (no greeting, no comma) is a signature only where the text ends.
        let last = doc.text[doc.tokens[end - 1].end..].trim().is_empty();
        let closing = match end - i {
            1 => greeted || last,
            2 => matches!(doc.tok(i + 1), "," | "-") || (greeted && matches!(doc.tok(i + 1), "!" | ".")),
            _ => false,
        };
        let w = doc.tok(i);
        let given = r.lexicon.is_given_name(w);
        let name = closing
            && doc.tokens[i].kind == TokenKind::Word
            && is_capitalized(w)
            && name_like(w)
            && !SIGN_OFFS.contains(&w.to_lowercase().as_str())
            && (given
                || (!r.lexicon.is_common(w)
                    && !r.lexicon.is_common(&w.to_lowercase())
                    && !r.gazetteer.is_place(w)
                    && r.lexicon.actor(w).is_none()));
        if name {
            found.push(((i, i + 1, Label::Per, None, Some(ActorKind::Person)), si));
        }
    }
    if found.is_empty() {
        return;
    }
    raw.retain(|((a, b, _, _, _), _)| !found.iter().any(|((i, _, _, _, _), _)| a <= i && i < b));
    raw.extend(found);
    raw.sort_by_key(|((a, _, _, _, _), _)| *a);
}

/// "Joshua S Goldstein Joshua S Goldstein": a name read as one that is the same two or
/// more words twice over (a caption or a link repeating it) is that name twice; one
/// word twice may be a name ("Nasser Nasser").
fn doubled_names(doc: &Doc, raw: &mut Vec<(Labelled, usize)>) {
    let mut k = 0;
    while k < raw.len() {
        let ((a, b, label, country, kind), si) = raw[k].clone();
        let half = (b - a) / 2;
        let doubled = b - a >= 4
            && (b - a) % 2 == 0
            && (0..half).all(|i| doc.tok(a + i) == doc.tok(a + half + i))
            && doc.tokens[a..b].iter().any(|t| t.kind == TokenKind::Word);
        if doubled {
            raw[k] = ((a, a + half, label, country.clone(), kind), si);
            raw.insert(k + 1, ((a + half, b, label, country, kind), si));
            k += 2;
        } else {
            k += 1;
        }
    }
}

/// Whether the one-word name at `a` is told as a traded company: "Chrysler shares",
/// "a stake in Chrysler", "shares of Chrysler". A firm's vote in [`names_alone`] whatever
/// the model read there.
fn traded(doc: &Doc, a: usize) -> bool {
    let n = doc.tokens.len();
    let after = if a + 1 < n { doc.lower(a + 1) } else { String::new() };
    let before = |k: usize| if a >= k { doc.lower(a - k) } else { String::new() };
    matches!(after.as_str(), "shares" | "stock" | "stocks")
        || (matches!(before(1).as_str(), "in" | "of") && matches!(before(2).as_str(), "stake" | "shares" | "stakes"))
}

/// "the Taurus", "the Five Hundred" after "Ford Taurus", "Ford Five Hundred": a
/// product's model named without its maker is that product (MISC) wherever the document
/// names it, not the organization or place the model reads in it alone.
fn product_models(doc: &Doc, raw: &mut [(Labelled, usize)]) {
    let models: std::collections::HashSet<&str> = raw
        .iter()
        .filter(|((a, b, label, _, _), _)| *label == Label::Misc && *b > a + 1 && PRODUCT_MAKERS.contains(&doc.tok(*a)))
        .map(|((a, b, _, _, _), _)| doc.phrase(a + 1, *b))
        .collect();
    if models.is_empty() {
        return;
    }
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        if *label != Label::Misc && models.contains(doc.phrase(*a, *b)) {
            *label = Label::Misc;
            *country = None;
            *kind = None;
        }
    }
}

/// "LAGOS, Nigeria (AP) —": the agency in a dateline's brackets is an organization (the
/// news agency), not the place its letters may also spell ("AP", Andhra Pradesh).
/// `source` is the agency's byte range.
fn dateline_agency(doc: &Doc, source: Range<usize>, raw: &mut [(Labelled, usize)]) {
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        if doc.tokens[*a].start >= source.start && doc.tokens[*b - 1].end <= source.end {
            *label = Label::Org;
            *country = None;
            *kind = Some(ActorKind::Organization);
        }
    }
}

/// Whether word `i` stands in a run of words written in capitals: the words next to it
/// have no lower-case letter, and at least two of the three words on either side are
/// capitals of two letters or more ("SUZANNE IS PREGNANT"; not "the IS fighters").
fn in_capitals(doc: &Doc, i: usize, range: Range<usize>) -> bool {
    let word = |j: &usize| doc.tokens[*j].kind == TokenKind::Word;
    let lower = |j: usize| doc.tok(j).chars().any(char::is_lowercase);
    let caps = |j: &usize| !lower(*j) && doc.tok(*j).chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let before: Vec<usize> = (range.start..i).rev().filter(word).take(3).collect();
    let after: Vec<usize> = (i + 1..range.end).filter(word).take(3).collect();
    let next_ok = before.first().is_none_or(|&j| !lower(j)) && after.first().is_none_or(|&j| !lower(j));
    next_ok && before.iter().chain(&after).filter(|j| caps(j)).count() >= 2
}

/// The recognizer with its resources.
pub struct Recognizer<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
    pub model: &'a Model,
}

struct Doc<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl Doc<'_> {
    fn tok(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }
    /// Text of tokens `[a, b)`, as written.
    fn phrase(&self, a: usize, b: usize) -> &str {
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }
    fn lower(&self, i: usize) -> String {
        self.tok(i).to_lowercase()
    }
}

/// Whether the word at `b` is a lower-case word that can follow an adjective: no
/// function word or reporting verb ("Saudi officials", not "in Saudi and", "Saudi said").
fn before_common_noun(doc: &Doc, b: usize) -> bool {
    const NOT_NOUNS: &[&str] = &[
        "and", "or", "but", "to", "in", "on", "at", "of", "for", "from", "by", "with", "as", "is", "was", "are",
        "were", "has", "had", "have", "will", "would", "said", "says", "say", "that", "which", "who", "after",
        "before", "since", "during", "over", "into", "than", "the", "a", "an",
    ];
    b < doc.tokens.len()
        && doc.tokens[b].kind == TokenKind::Word
        && doc.tok(b).starts_with(char::is_lowercase)
        && !NOT_NOUNS.contains(&doc.tok(b))
}

/// "the Premier League", "J1 League", "a Diamond League meeting": on a sports page a
/// league is the competition played in it (MISC, as the CoNLL corpora have it), not an
/// organization; "National Football League" and "Major League Baseball" name the
/// bodies that run one and stay organizations.
fn competitions(doc: &Doc, raw: &mut [(Labelled, usize)]) {
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        let league = *b > *a + 1 && doc.lower(*b - 1) == "league";
        let body = matches!(doc.lower(*a).as_str(), "national" | "major");
        if *label == Label::Org && league && !body {
            *label = Label::Misc;
            *country = None;
            *kind = None;
        }
    }
}

/// "Celtic 2 (Kyogo Furuhashi 14, Daizen Maeda 77)": on a sports page a name and the
/// minute after it, in brackets that open after a side's score, is a scorer.
fn scorers(doc: &Doc, raw: &mut [(Labelled, usize)]) {
    let n = doc.tokens.len();
    for ((a, b, label, country, kind), _) in raw.iter_mut() {
        let (a, b) = (*a, *b);
        let minute = b + 1 < n && is_count(doc.tok(b)) && matches!(doc.tok(b + 1), "," | ")" | ";");
        if !minute || *label == Label::Per || a < 2 {
            continue;
        }
        // Back to the opening bracket over earlier scorers ("14 ,", "Daizen Maeda").
        let open = (a.saturating_sub(30)..a).rev().take_while(|&i| doc.tok(i) != ")").find(|&i| doc.tok(i) == "(");
        let in_scorers = open.is_some_and(|o| {
            o > 0
                && is_count(doc.tok(o - 1))
                && (o + 1..a).all(|i| {
                    let w = doc.tok(i);
                    matches!(w, "," | ";" | "-" | "'") || is_count(w) || is_capitalized(w)
                })
        });
        if in_scorers {
            *label = Label::Per;
            *country = None;
            *kind = Some(ActorKind::Person);
        }
    }
}

/// Office holders whose possessive names their office ("Sheriff's Office").
const OFFICE_HOLDERS: &[&str] = &[
    "sheriff",
    "attorney",
    "governor",
    "mayor",
    "prosecutor",
    "president",
    "comptroller",
    "auditor",
    "treasurer",
    "coroner",
    "commissioner",
    "ombudsman",
    "registrar",
    "solicitor",
    "premier",
    "marshal",
];

/// Whether the possessive at `k` inside the span `[a, b)` belongs to an office's name:
/// a capitalized office holder before it and a capitalized organization head after it
/// ("Maricopa County Sheriff's Office", "the Governor's Office", "Attorney General's
/// Department"), where "Kazakhstan's Committee" is a country's committee.
fn office_of_holder(doc: &Doc, a: usize, k: usize, b: usize) -> bool {
    let holder = (a..k).rev().take(2).any(|i| OFFICE_HOLDERS.contains(&doc.lower(i).as_str()));
    k > a
        && k + 1 < b
        && holder
        && is_capitalized(doc.tok(k - 1))
        && is_capitalized(doc.tok(k + 1))
        && ORG_HEADS.contains(&doc.lower(k + 1).as_str())
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

impl Recognizer<'_> {
    pub fn bundled() -> Recognizer<'static> {
        Recognizer { gazetteer: Gazetteer::bundled(), lexicon: Lexicon::bundled(), model: Model::bundled() }
    }

    /// The featurizer the model was trained with.
    pub fn featurizer(&self) -> Featurizer<'_> {
        let version = self.model.version();
        let clusters = if version >= 2 { ner::Clusters::bundled() } else { ner::Clusters::empty() };
        Featurizer { gazetteer: self.gazetteer, lexicon: self.lexicon, bits: self.model.bits(), version, clusters }
    }

    /// "in Mongomo": a name the model read as a nationality or group that no nationality
    /// list knows and that is no common word ("in Forest"), after a locative preposition,
    /// where the gazetteer has a town or division of that name, is the place.
    fn places_read_as_groups(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            let phrase = doc.phrase(*a, *b);
            let after_locative = *a > 0 && matches!(doc.lower(*a - 1).as_str(), "in" | "near" | "at" | "outside");
            if *label == Label::Norp
                && after_locative
                && !self.is_nationality(phrase)
                && !self.lexicon.is_common(phrase)
            {
                let place = self.gazetteer.lookup(phrase).into_iter().map(|i| self.gazetteer.entry(i)).find(|e| {
                    matches!(e.kind, tidings_geo::Kind::City | tidings_geo::Kind::Admin1 | tidings_geo::Kind::Admin2)
                });
                if let Some(place) = place {
                    *label = Label::Gpe;
                    *kind = None;
                    *country = Some(place.country.clone());
                }
            }
        }
    }

    /// Whether a name is a nationality adjective or a religious, ethnic or political
    /// collective ("Kazakh", "Sunni", "Kurds"), not a country.
    pub fn is_nationality(&self, s: &str) -> bool {
        let country =
            self.gazetteer.lookup(s).iter().any(|&i| self.gazetteer.entry(i).kind == tidings_geo::Kind::Country);
        let lower = s.to_lowercase();
        (!country && self.gazetteer.demonym(s).is_some())
            || NORP_WORDS.contains(&lower.as_str())
            || REGION_ADJECTIVES.contains(&lower.as_str())
    }

    /// Whether a span the model read as a nationality or group names none: it is no
    /// nationality or group word the gazetteer or our lists know, in any casing, and it is
    /// written in lower case, in capitals or as a common word ("smooth AF", "LMAO",
    /// "gmail", "Please keep …", "People will …": web text the model misreads, where
    /// "Kazakh", "Sunnis" and "IRAQI" are names).
    fn no_group(&self, doc: &Doc, a: usize, b: usize) -> bool {
        let phrase = doc.phrase(a, b);
        let titled: String = phrase
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
            })
            .collect::<Vec<String>>()
            .join(" ");
        let lower = phrase.starts_with(char::is_lowercase);
        let capitals = !phrase.chars().any(char::is_lowercase);
        let common = b == a + 1 && self.lexicon.is_common(phrase);
        (lower || capitals || common) && !self.is_nationality(phrase) && !self.is_nationality(&titled)
    }

    /// "a restaurant in sf", "living in malaysia", "traveling to san francisco": web
    /// text writes places in lower case, where the model finds no name. One to three
    /// lower-case words that are no common words and no compass word ("in central
    /// Tokyo"), and that the gazetteer knows under that very name (not an alternate one:
    /// "gold") as a country, or after a word of place ("in", "to", "from", "at", "near",
    /// "visit") as a first-level division or a city of 250,000 people or more, are that
    /// place (smaller towns and some divisions share their names with words: "salt",
    /// "a sports bar").
    fn places_in_lower_case(&self, doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
        let lower_word = |i: usize| {
            doc.tokens[i].kind == TokenKind::Word
                && doc.tok(i).chars().all(|c| c.is_lowercase())
                && !self.lexicon.is_common(doc.tok(i))
        };
        let mut i = range.start + 1;
        while i < range.end {
            let after_place_word = matches!(
                doc.lower(i - 1).as_str(),
                "in" | "to" | "from" | "at" | "near" | "visit" | "visiting" | "around"
            );
            if out.iter().any(|x| x.0 <= i && i < x.1) {
                i += 1;
                continue;
            }
            let found = (1..=3).rev().filter(|n| i + n <= range.end).find_map(|n| {
                let j = i + n;
                if !(i..j).all(lower_word) || out.iter().any(|x| x.0 < j && i < x.1) {
                    return None;
                }
                let phrase = doc.phrase(i, j);
                if n == 1 && COMPASS_WORDS.contains(&phrase) {
                    return None;
                }
                // Under its own name, not an alternate one ("gold" for Gold Coast).
                let best = self
                    .gazetteer
                    .lookup(phrase)
                    .into_iter()
                    .filter(|&p| self.gazetteer.entry(p).name.to_lowercase() == phrase)
                    .max_by_key(|&p| {
                        let e = self.gazetteer.entry(p);
                        (e.kind == tidings_geo::Kind::Country, e.population)
                    })?;
                let e = self.gazetteer.entry(best);
                let major = e.kind == tidings_geo::Kind::Country
                    || (after_place_word && e.kind == tidings_geo::Kind::Admin1)
                    || (after_place_word && e.kind == tidings_geo::Kind::City && e.population >= 250_000);
                major.then(|| (i, j, Label::Gpe, Some(e.country.clone()), None))
            });
            match found {
                Some(x) => {
                    i = x.1;
                    out.push(x);
                }
                None => i += 1,
            }
        }
        out.sort_by_key(|x| x.0);
    }

    /// Finds the named entities of `text` and groups mentions of the same actor.
    pub fn recognize(&self, text: &str, seg: &Segmented) -> Entities {
        let doc = Doc { text, tokens: &seg.tokens };
        let featurizer = self.featurizer();
        let mut feats = Vec::new();
        let mut raw: Vec<(Labelled, usize)> = Vec::new();
        let casing = featurizer.doc_case(text, seg.sentences.iter().map(|s| &seg.tokens[s.tokens.clone()]));
        for (si, sent) in seg.sentences.iter().enumerate() {
            let range = sent.tokens.clone();
            featurizer.sentence_in(text, &seg.tokens[range.clone()], &casing, &mut feats);
            let tags = self.model.tag(&feats);
            let spans: Vec<(usize, usize, Label)> = ner::spans(&tags)
                .into_iter()
                .map(|(a, b, l)| (a + range.start, b + range.start, ner::LABELS[l]))
                .collect();
            let mut found = self.with_knowledge(&doc, range.clone(), spans);
            self.places_in_lower_case(&doc, range, &mut found);
            raw.extend(found.into_iter().map(|x| (x, si)));
        }
        raw.retain(|((a, b, _, _, _), _)| {
            !currency_sign(&doc, *a, *b) && !time_zone(&doc, *a, *b) && !in_address(&doc, *a, *b)
        });
        self.consistent_labels(&doc, &mut raw);
        raw.retain(|((a, b, label, _, _), _)| !(*label == Label::Norp && self.no_group(&doc, *a, *b)));
        self.listed_with_organizations(&doc, &mut raw);
        self.listed_with_persons(&doc, &mut raw);
        self.listed_with_places(&doc, &mut raw);
        self.places_joined_in_names(&doc, &mut raw);
        self.groups_before_collective_nouns(&doc, &mut raw);
        self.persons_over_places(&doc, &mut raw);
        let dateline = tidings_text::dateline(text, seg);
        self.sports_sides(&doc, dateline.as_ref().map(|d| d.start..d.end), &mut raw);
        self.nationality_in_names(&doc, &mut raw);
        storm_names(&doc, &mut raw);
        names_alone(self, &doc, seg, &mut raw);
        self.lone_persons(&doc, &mut raw);
        product_models(&doc, &mut raw);
        salutations(self, &doc, seg, &mut raw);
        doubled_names(&doc, &mut raw);
        self.places_read_as_groups(&doc, &mut raw);
        if let Some(source) = dateline.and_then(|d| d.source) {
            dateline_agency(&doc, source, &mut raw);
        }
        self.towns_before_their_state(&doc, &mut raw);
        self.affiliations_before_persons(&doc, &mut raw);
        self.persons_by_role_or_partner(&doc, &mut raw);
        self.nationalities_as_modifiers(&doc, &mut raw);
        states_after_towns(&doc, &mut raw);
        // Last, as the passes above add surnames and stems wherever they are written.
        raw.retain(|((a, b, _, _, _), _)| !in_email_or_url(&doc, *a, *b));
        let mut out = Entities::default();
        for ((a, b, label, country, kind), sentence) in raw {
            let (start, end) = (doc.tokens[a].start, doc.tokens[b - 1].end);
            let mut e = Entity { start, end, label, sentence, cluster: None, country };
            if matches!(label, Label::Org | Label::Per) {
                e.cluster = Some(self.cluster(&doc, &mut out, a, b, &e, kind));
            }
            out.entities.push(e);
        }
        self.state_actors(&doc, &mut out);
        self.organization_countries(&doc, &mut out);
        for c in &mut out.clusters {
            if let Some(name) = acled_name(&c.name, doc.text) {
                // Every name of the table is an armed side's: an acronym the lexicon knows
                // for something else ("RSF", Reporters Without Borders) is the group.
                if name.starts_with("Military Forces of ") {
                    c.kind = ActorKind::StateForce;
                } else if !matches!(c.kind, ActorKind::RebelGroup | ActorKind::TerrorGroup | ActorKind::Militia) {
                    c.kind = ActorKind::RebelGroup;
                }
                c.name = name.to_string();
            }
        }
        merge_same_ids(&mut out);
        out
    }

    /// A one-word name the model read as a person, that is no given name, no part of a
    /// person's full name in the document, no known actor and follows no title or kinship
    /// word, is an organization where the document treats it as one: coordinated with an
    /// organization ("General Motors and Chrysler") or owning staff, shares or plants ("a
    /// Chrysler spokesman", "Chrysler's workers"). Every such lone mention of the word then
    /// becomes an organization ("Chrysler will offer..."), as a company named by its
    /// founder's surname is otherwise read as him.
    fn lone_persons(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let in_full_names: std::collections::HashSet<&str> = raw
            .iter()
            .filter(|((a, b, label, _, _), _)| *label == Label::Per && b - a > 1)
            .flat_map(|((a, b, _, _, _), _)| (*a..*b).map(|i| doc.tok(i)))
            .collect();
        let lone = |a: usize, b: usize, label: Label| {
            label == Label::Per && b == a + 1 && {
                let w = doc.tok(a);
                name_like(w)
                    && w.starts_with(char::is_uppercase)
                    && !in_full_names.contains(w)
                    && !after_title(doc, a)
                    && !after_kin_or_age(doc, a)
                    && !self.lexicon.is_given_name(w)
                    && self.lexicon.actor(w).is_none()
            }
        };
        let orgs: Vec<(usize, usize)> =
            raw.iter().filter(|((_, _, l, _, _), _)| *l == Label::Org).map(|((a, b, _, _, _), _)| (*a, *b)).collect();
        let lower = |i: usize| if i < doc.tokens.len() { doc.lower(i) } else { String::new() };
        let conj = |i: usize| matches!(lower(i).as_str(), "and" | "or" | "," | "/");
        let mut companies = std::collections::HashSet::new();
        for ((a, b, label, _, _), _) in raw.iter() {
            if !lone(*a, *b, *label) {
                continue;
            }
            let coordinated = orgs.iter().any(|&(oa, ob)| (ob + 1 == *a && conj(ob)) || (*b + 1 == oa && conj(*b)));
            let owner = matches!(lower(*b).as_str(), "'s" | "’s");
            let staffed = COMPANY_CUES.contains(&lower(if owner { *b + 1 } else { *b }).as_str());
            if coordinated || staffed {
                companies.insert(doc.tok(*a));
            }
        }
        if companies.is_empty() {
            return;
        }
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            if *b == *a + 1 && *label == Label::Per && companies.contains(doc.tok(*a)) {
                *label = Label::Org;
                *kind = None;
                *country = None;
            }
        }
    }

    /// Whether a name could be a person's by its words: one to three capitalized words
    /// written like names or initials, none a head word of an organization, a facility,
    /// a place or a MISC name, a company suffix or a common word, and no known actor,
    /// country, large city or nationality.
    fn written_as_person(&self, doc: &Doc, x: &Labelled) -> bool {
        let phrase = doc.phrase(x.0, x.1);
        x.1 - x.0 <= 3
            && (x.0..x.1).all(|i| {
                let w = doc.tok(i);
                let lower = w.to_lowercase();
                is_capitalized(w)
                    && (name_like(w) || (w.chars().count() == 2 && w.ends_with('.')))
                    && ![ORG_HEADS, COMPANY_SUFFIXES, MISC_HEADS, FAC_HEADS, LOC_HEADS]
                        .iter()
                        .any(|l| l.contains(&lower.as_str()))
                    && !self.lexicon.is_common(w)
            })
            && x.4.is_none()
            && self.lexicon.actor(phrase).is_none()
            && !self.is_major_place(phrase)
            && !self.is_nationality(phrase)
    }

    /// "the owner Karla", "party boss Bai Enpei", "founder Carles Puigdemont": a name
    /// written like a person's right after a noun in lower case that only people are
    /// (a role, a trade) is that person's, whatever the model read it as (it reads an
    /// unfamiliar name by its shape, and many names are also towns'). "Barbra Streisand
    /// and Gwyneth Paltrow", "Tina and Vicky": a name written like a person's joined by
    /// "and" to a person's name of as many words is a person's too.
    fn persons_by_role_or_partner(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let mut persons = Vec::new();
        for k in 0..raw.len() {
            let x = &raw[k].0;
            if !matches!(x.2, Label::Org | Label::Gpe | Label::Loc | Label::Misc) || !self.written_as_person(doc, x) {
                continue;
            }
            let role = x.0 > 0 && ROLE_NOUNS.contains(&doc.tok(x.0 - 1));
            // A one-word partner is a given name ("Tina"), not a surname the model read alone.
            let partner = |y: &Labelled| {
                y.2 == Label::Per
                    && y.1 - y.0 == x.1 - x.0
                    && (y.1 - y.0 > 1 || self.lexicon.is_given_name(doc.tok(y.0)))
                    && ((y.1 + 1 == x.0 && doc.lower(y.1) == "and") || (x.1 + 1 == y.0 && doc.lower(x.1) == "and"))
            };
            // The entries are in text order: a partner is a neighbour.
            let partnered = [k.checked_sub(1), Some(k + 1)]
                .into_iter()
                .flatten()
                .filter_map(|j| raw.get(j))
                .any(|(y, _)| partner(y));
            if role || partnered {
                persons.push(k);
            }
        }
        for k in persons {
            let x = &mut raw[k].0;
            *x = (x.0, x.1, Label::Per, None, Some(ActorKind::Person));
        }
    }

    /// "Citibank, HSBC, and Commerzbank", "Ford, Chrysler, and General Motors": in a list
    /// of three or more names most of which are organizations, a name read as a place or
    /// a MISC name is one too, unless it is a country, a city of 100,000 people or more
    /// or a nationality (the model reads a company it never saw by its shape alone).
    fn listed_with_organizations(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let linked = |p: &Labelled, q: &Labelled| {
            p.1 < q.0
                && q.0 - p.1 <= 2
                && (p.1..q.0).all(|i| matches!(doc.lower(i).as_str(), "," | "and" | "or" | "&"))
                && ((p.1..q.0).any(|i| doc.tok(i) == ",")
                    || (q.0 - p.1 == 1 && matches!(doc.lower(p.1).as_str(), "and" | "or" | "&")))
        };
        let mut start = 0;
        while start < raw.len() {
            let mut end = start + 1;
            while end < raw.len() && linked(&raw[end - 1].0, &raw[end].0) {
                end += 1;
            }
            let orgs = raw[start..end].iter().filter(|(x, _)| x.2 == Label::Org).count();
            if end - start >= 3 && orgs >= 2 && 2 * orgs > end - start {
                for (x, _) in &mut raw[start..end] {
                    let phrase = doc.phrase(x.0, x.1);
                    if matches!(x.2, Label::Misc | Label::Gpe | Label::Loc)
                        && !self.is_major_place(phrase)
                        && !self.is_nationality(phrase)
                    {
                        *x = (x.0, x.1, Label::Org, None, None);
                    }
                }
            }
            start = end;
        }
    }

    /// "Andrea Camilleri, Dario Fo, Peter Gabriel, Ken Loach", "with Manivannan, Raadhika,
    /// Vadivelu and Charle": in a list of three or more names most of which are people, a
    /// name read as an organization, a place or a MISC name is a person too when it is
    /// written like one (one to three capitalized words, none a head word of an
    /// organization, a facility, a place or a MISC name, or a company suffix: not "the
    /// Vermont Constitution") and is no known actor, country, large city or
    /// nationality (the model reads an unfamiliar name by its shape alone).
    fn listed_with_persons(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let linked = |p: &Labelled, q: &Labelled| {
            p.1 < q.0
                && q.0 - p.1 <= 2
                && (p.1..q.0).all(|i| matches!(doc.lower(i).as_str(), "," | "and"))
                && ((p.1..q.0).any(|i| doc.tok(i) == ",") || (q.0 - p.1 == 1 && doc.lower(p.1) == "and"))
        };
        let personal = |x: &Labelled| self.written_as_person(doc, x);
        let mut start = 0;
        while start < raw.len() {
            let mut end = start + 1;
            while end < raw.len() && linked(&raw[end - 1].0, &raw[end].0) {
                end += 1;
            }
            let persons = raw[start..end].iter().filter(|(x, _)| x.2 == Label::Per).count();
            // Most of the list are people, or one is and every other item is shaped
            // like a name ("Ranjith, Anamika and Ravichandran").
            let all_personal = raw[start..end].iter().all(|(x, _)| x.2 == Label::Per || personal(x));
            if end - start >= 3 && ((persons >= 2 && 2 * persons > end - start) || (persons >= 1 && all_personal)) {
                for (x, _) in &mut raw[start..end] {
                    if matches!(x.2, Label::Org | Label::Gpe | Label::Loc | Label::Misc) && personal(x) {
                        *x = (x.0, x.1, Label::Per, None, Some(ActorKind::Person));
                    }
                }
            }
            start = end;
        }
    }

    /// Names listed as places. "the West Wollega, Kellem Wollega and North Shewa zones":
    /// every name of a list right before a plural word of division is a place, known or
    /// not; before a plural word of natural features ("the Barracuda and Kayangan lakes")
    /// a place without a government (LOC). "Penrith, Parramatta and Blacktown": in a list
    /// of three or more names most of which are places, a name read as an organization, a
    /// person or a MISC name is a place too when the gazetteer has a town or division of
    /// that name (the model reads a town it never saw by its shape alone, and many towns
    /// share their shape with a company or a surname). Either way only names written like places
    /// ([`Recognizer::place_shaped`]), and no list with a company suffix in it ("Google,
    /// Inc. of Mountain View, California").
    fn listed_with_places(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let linked = |p: &Labelled, q: &Labelled| {
            p.1 < q.0
                && q.0 - p.1 <= 2
                && (p.1..q.0).all(|i| matches!(doc.lower(i).as_str(), "," | "and" | "or"))
                && ((p.1..q.0).any(|i| doc.tok(i) == ",")
                    || (q.0 - p.1 == 1 && matches!(doc.lower(p.1).as_str(), "and" | "or")))
        };
        let mut start = 0;
        while start < raw.len() {
            let mut end = start + 1;
            while end < raw.len() && linked(&raw[end - 1].0, &raw[end].0) {
                end += 1;
            }
            let list = &raw[start..end];
            let last = list[list.len() - 1].0 .1;
            let next = if last < doc.tokens.len() { doc.tok(last) } else { "" };
            let divisions = list.len() >= 2 && PLURAL_DIVISIONS.contains(&next);
            let features = list.len() >= 2 && PLURAL_FEATURES.contains(&next);
            let places = list.iter().filter(|(x, _)| matches!(x.2, Label::Gpe | Label::Loc)).count();
            let mostly_places = list.len() >= 3 && places >= 2 && 2 * places > list.len();
            let company = list.iter().any(|(x, _)| COMPANY_SUFFIXES.contains(&doc.lower(x.0).as_str()));
            if (divisions || features || mostly_places) && !company {
                for (x, _) in &mut raw[start..end] {
                    if !matches!(x.2, Label::Org | Label::Per | Label::Misc) || !self.place_shaped(doc, x.0, x.1) {
                        continue;
                    }
                    let town = self.town_or_division(doc.phrase(x.0, x.1));
                    if features {
                        *x = (x.0, x.1, Label::Loc, None, None);
                    } else if divisions || town.is_some() {
                        *x = (x.0, x.1, Label::Gpe, town, None);
                    }
                }
            }
            start = end;
        }
    }

    /// "the Charity Commission for England and Wales", "Food Standards of Australia and
    /// New Zealand": an organization's name that ends in "of" or "for" and a place, right
    /// before "and" and another place, names both places (the model closes it at the
    /// first). Not when the lexicon knows the name as it stands (a known actor is whole),
    /// nor when the second place owns what follows ("… and Iraq's army").
    fn places_joined_in_names(&self, doc: &Doc, raw: &mut Vec<(Labelled, usize)>) {
        let mut k = 0;
        while k + 1 < raw.len() {
            let ((a, b, label, _, _), _) = &raw[k];
            let ((c, d, next, _, _), _) = &raw[k + 1];
            let (a, b, c, d) = (*a, *b, *c, *d);
            let of = (a + 1..b).rev().find(|&i| matches!(doc.tok(i), "of" | "for"));
            let joined = *label == Label::Org
                && matches!(next, Label::Gpe | Label::Loc)
                && c == b + 1
                && doc.lower(b) == "and"
                && of.is_some_and(|i| b - i <= 3 && self.gazetteer.is_place(doc.phrase(i + 1, b)))
                && self.lexicon.actor(doc.phrase(a, b)).is_none()
                && !(d < doc.tokens.len() && is_possessive(doc.tok(d)));
            if joined {
                raw[k].0 .1 = d;
                raw.remove(k + 1);
            }
            k += 1;
        }
    }

    /// "Fulani herders", "the Masalit and Zaghawa communities", "the Nasa people", "the Al
    /// Bu Nimr tribe", "Baloch separatists": a name right before a word for a people or
    /// its members, and the names listed with it ("X and Y communities"), is a group of
    /// people (NORP), as is every other mention of it in the document, when the model read
    /// it as an organization, a person or a place (the model knows few ethnic names). Not a
    /// known actor, a name with an organization's head word ("the Harvard University
    /// community"), a country or a large city ("the Kabul people" are its residents).
    fn groups_before_collective_nouns(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let groupish = |x: &Labelled| {
            let phrase = doc.phrase(x.0, x.1);
            matches!(x.2, Label::Org | Label::Per | Label::Gpe | Label::Loc)
                && x.1 - x.0 <= 3
                && (x.0..x.1).all(|i| {
                    let lower = doc.lower(i);
                    is_capitalized(doc.tok(i))
                        && ![ORG_HEADS, COMPANY_SUFFIXES, FAC_HEADS].iter().any(|l| l.contains(&lower.as_str()))
                })
                && self.lexicon.actor(phrase).is_none()
                && !self.is_major_place(phrase)
        };
        let linked = |p: &Labelled, q: &Labelled| {
            p.1 < q.0 && q.0 - p.1 <= 2 && (p.1..q.0).all(|i| matches!(doc.lower(i).as_str(), "," | "and" | "or"))
        };
        let mut groups = std::collections::HashSet::new();
        for k in 0..raw.len() {
            let b = raw[k].0 .1;
            if b >= doc.tokens.len() || !COLLECTIVE_NOUNS.contains(&doc.tok(b)) {
                continue;
            }
            let mut j = k;
            loop {
                if groupish(&raw[j].0) {
                    groups.insert(doc.phrase(raw[j].0 .0, raw[j].0 .1).to_string());
                }
                if j == 0 || !linked(&raw[j - 1].0, &raw[j].0) {
                    break;
                }
                j -= 1;
            }
        }
        if groups.is_empty() {
            return;
        }
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            if matches!(label, Label::Org | Label::Per | Label::Gpe | Label::Loc) && groups.contains(doc.phrase(*a, *b))
            {
                *label = Label::Norp;
                *country = None;
                *kind = None;
            }
        }
    }

    /// The country of the town or division the gazetteer has under a name.
    fn town_or_division(&self, phrase: &str) -> Option<String> {
        self.gazetteer.lookup(phrase).into_iter().map(|i| self.gazetteer.entry(i)).find_map(|e| {
            matches!(e.kind, tidings_geo::Kind::City | tidings_geo::Kind::Admin1 | tidings_geo::Kind::Admin2)
                .then(|| e.country.clone())
        })
    }

    /// Whether a name is written like a place's: capitalized words, none a head word of an
    /// organization or a company suffix, and no known actor or nationality.
    fn place_shaped(&self, doc: &Doc, a: usize, b: usize) -> bool {
        let phrase = doc.phrase(a, b);
        (a..b).all(|i| {
            let w = doc.tok(i);
            let lower = w.to_lowercase();
            is_capitalized(w) && ![ORG_HEADS, COMPANY_SUFFIXES].iter().any(|l| l.contains(&lower.as_str()))
        }) && self.lexicon.actor(phrase).is_none()
            && !self.is_nationality(phrase)
    }

    /// "Moore, Okla.", "Troy, Alabama": a name read as a person or organization right
    /// before a comma and a first-level division (its name or an AP abbreviation) is a
    /// place when the gazetteer has a town of that name in that division.
    fn towns_before_their_state(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let gaz = self.gazetteer;
        for k in 1..raw.len() {
            let ((a, b, label, _, _), _) = &raw[k - 1];
            let ((c, d, next, _, _), _) = &raw[k];
            if !matches!(label, Label::Per | Label::Org) || *next != Label::Gpe || *c != b + 1 || doc.tok(*b) != "," {
                continue;
            }
            let divisions: Vec<&tidings_geo::Entry> = gaz
                .lookup(doc.phrase(*c, *d))
                .into_iter()
                .map(|i| gaz.entry(i))
                .filter(|e| e.kind == tidings_geo::Kind::Admin1)
                .collect();
            let town = gaz.lookup(doc.phrase(*a, *b)).into_iter().map(|i| gaz.entry(i)).find(|t| {
                t.kind == tidings_geo::Kind::City
                    && divisions.iter().any(|d| d.country == t.country && d.admin1 == t.admin1)
            });
            if let Some(town) = town {
                let country = town.country.clone();
                let ((_, _, label, cc, kind), _) = &mut raw[k - 1];
                *label = Label::Gpe;
                *cc = Some(country);
                *kind = None;
            }
        }
    }

    /// "Liberal Lyle Vanclief", "Democrat Jimmy Carter", "Maine Susan Collins": a party,
    /// nationality or place word the model joined to the front of a person's name, before
    /// a given name, is no part of it; a place or nationality word is a name of its own.
    fn affiliations_before_persons(&self, doc: &Doc, raw: &mut Vec<(Labelled, usize)>) {
        let mut added = Vec::new();
        for ((a, b, label, _, _), si) in raw.iter_mut() {
            if *label != Label::Per || *b - *a < 3 {
                continue;
            }
            let (w, lower) = (doc.tok(*a), doc.lower(*a));
            if !is_capitalized(w) || self.lexicon.is_given_name(w) || !self.lexicon.is_given_name(doc.tok(*a + 1)) {
                continue;
            }
            let place = self
                .gazetteer
                .lookup(w)
                .into_iter()
                .map(|i| self.gazetteer.entry(i))
                .find(|e| matches!(e.kind, tidings_geo::Kind::Country | tidings_geo::Kind::Admin1));
            let nationality = self.is_nationality(w);
            if !(POLITICAL_WORDS.contains(&lower.as_str()) || nationality || place.is_some()) {
                continue;
            }
            if let Some(p) = place {
                added.push(((*a, *a + 1, Label::Gpe, Some(p.country.clone()), None), *si));
            } else if nationality {
                added.push(((*a, *a + 1, Label::Norp, self.gazetteer.demonym(w).map(str::to_string), None), *si));
            }
            *a += 1;
        }
        if !added.is_empty() {
            raw.extend(added);
            raw.sort_by_key(|((a, _, _, _, _), _)| *a);
        }
    }

    /// "the mythical Arab street", "American stock exchanges", "the city's Ottoman past":
    /// a nationality word before a word in lower case modifies it, whatever the model
    /// or the passes above read it as (an airline, a place, a person): it is a
    /// nationality (NORP). Not before a verb ("American said" may be the airline).
    fn nationalities_as_modifiers(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            if *label == Label::Norp || *label == Label::Misc || *b >= doc.tokens.len() {
                continue;
            }
            let next = doc.tok(*b);
            let modifies = doc.tokens[*b].kind == TokenKind::Word
                && next.starts_with(|c: char| c.is_lowercase())
                && !next.ends_with("ed")
                && !VERB_WORDS.contains(&next);
            // The lexicon's ethnic militias ("Fulani", "Hutu") stay the actors the events
            // coder names, whatever word follows ("Fulani herders", "Arab men").
            let known = kind.is_some();
            let phrase = doc.phrase(*a, *b);
            if modifies && !known && self.is_nationality(phrase) && !self.is_country_name(phrase) {
                *label = Label::Norp;
                *country = self.gazetteer.demonym(phrase).map(str::to_string);
                *kind = None;
            }
        }
    }

    /// "Letters to Byron", "In Byron's later memoirs" where the document reads "Byron" as
    /// a person elsewhere: a one-word name read as a person at least twice and more often
    /// than as a place is that person in its place readings too, unless it is a country's
    /// or a large city's name ("Washington" may be both in one story).
    fn persons_over_places(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let mut votes: HashMap<&str, (usize, usize)> = HashMap::new();
        for ((a, _, label, _, _), _) in raw.iter().filter(|((a, b, _, _, _), _)| *b == a + 1) {
            let v = votes.entry(doc.tok(*a)).or_default();
            match label {
                Label::Per => v.0 += 1,
                Label::Gpe | Label::Loc => v.1 += 1,
                _ => {}
            }
        }
        let persons: std::collections::HashSet<&str> = votes
            .into_iter()
            .filter(|&(w, (per, place))| {
                place > 0 && per >= 2 && per > place && name_like(w) && !self.is_major_place(w)
            })
            .map(|(w, _)| w)
            .collect();
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            if *b == *a + 1 && matches!(label, Label::Gpe | Label::Loc) && persons.contains(doc.tok(*a)) {
                *label = Label::Per;
                *kind = Some(ActorKind::Person);
                *country = None;
            }
        }
    }

    /// "Australian Labor Party", "Pakistan Muslim League", "U.S. Treasury Department": a
    /// nationality word or a country right before an organization named by common words
    /// and ending in an organization's head word is part of its name (the model often
    /// reads the nationality apart). A name of its own after the nationality stays apart
    /// ("South Korean Hyundai Motor Company").
    fn nationality_in_names(&self, doc: &Doc, raw: &mut Vec<(Labelled, usize)>) {
        let mut i = 0;
        while i < raw.len() {
            let p = raw[i].0.clone();
            let national = match p.2 {
                Label::Norp => self.is_nationality(doc.phrase(p.0, p.1)),
                Label::Gpe => self.is_country(doc, p.0, p.1),
                _ => false,
            };
            // The words after it, whatever the model made of them ("Muslim" a
            // nationality, "League" nothing): capitalized political or head words, one
            // space apart, the last a head word.
            let word = |k: usize| {
                let w = doc.lower(k);
                is_capitalized(doc.tok(k))
                    && (POLITICAL_WORDS.contains(&w.as_str()) || ORG_HEADS.contains(&w.as_str()))
                    && doc.text[doc.tokens[k - 1].end..doc.tokens[k].start] == *" "
            };
            let mut b = p.1;
            while national && b < doc.tokens.len() && word(b) {
                b += 1;
            }
            while b > p.1 && !ORG_HEADS.contains(&doc.lower(b - 1).as_str()) {
                b -= 1;
            }
            // Every span inside the name belongs to it; one that runs past it is a
            // name of its own ("South Korean Hyundai Motor Company").
            let inside = |x: &Labelled| x.0 >= p.1 && x.0 < b;
            let covered = raw[i + 1..].iter().take_while(|(x, _)| inside(x)).count();
            let clean = raw[i + 1..i + 1 + covered].iter().all(|(x, _)| x.1 <= b);
            if b - p.1 >= 2 && clean {
                raw.drain(i + 1..i + 1 + covered);
                raw[i].0 = (p.0, b, Label::Org, p.3.clone(), None);
            }
            i += 1;
        }
    }

    /// Sports pages: a town or region named as a side of a match is its club, an
    /// organization ("Leeds drew with Kent", "lost 2-0 to Groningen", "beat Somerset",
    /// "Arsenal 2 Liverpool 1", a league table's row "Middlesbrough 3 2 1 0 6 3 7",
    /// "Alan Shearer (Newcastle)"), and so is every other mention of the name in the
    /// document but one after a locative ("at Taunton" is the ground) or in the dateline
    /// (byte range `dateline`). Only in a document
    /// with a sports word and a score or a results line; countries and home nations stay
    /// places (national sides: our guide keeps a country's ORG-like use a GPE).
    fn sports_sides(&self, doc: &Doc, dateline: Option<Range<usize>>, raw: &mut [(Labelled, usize)]) {
        let n = doc.tokens.len();
        // One pass, no allocation: every document comes through here.
        let mut shared = [false; SPORTS_WORDS_SHARED.len()];
        let mut sports = false;
        for i in 0..n {
            let w = doc.tok(i);
            if w.len() < 3 || !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
            sports |= SPORTS_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w));
            if let Some(k) = SPORTS_WORDS_SHARED.iter().position(|s| s.eq_ignore_ascii_case(w)) {
                shared[k] = true;
            }
        }
        if !sports && shared.iter().filter(|&&x| x).count() < 3 {
            return;
        }
        competitions(doc, raw);
        scorers(doc, raw);
        let apart = |i: usize, j: usize| doc.text[doc.tokens[i].end..doc.tokens[j].start].contains('\n');
        let lower = |i: usize| doc.lower(i);
        let starts: std::collections::HashSet<usize> = raw.iter().map(|x| x.0 .0).collect();
        // A name and its count in a results line or a table: the count ends the line or
        // comes before a comma, a scorer in parentheses or another name.
        let scored = |b: usize| {
            b < n
                && is_count(doc.tok(b))
                && !apart(b - 1, b)
                && (b + 1 == n
                    || apart(b, b + 1)
                    || matches!(doc.tok(b + 1), "," | "(" | ";")
                    || starts.contains(&(b + 1)))
        };
        // A table's row: a name opening a line, after its rank or not ("2. Aberdeen"), and
        // two counts after it ("BALTIMORE 70 61 .534 4").
        let opens_line = |a: usize| {
            let k = match a {
                2.. if doc.tok(a - 1) == "." && is_count(doc.tok(a - 2)) => a - 2,
                1.. if is_count(doc.tok(a - 1)) && !apart(a - 1, a) => a - 1,
                _ => a,
            };
            k == 0 || apart(k - 1, k)
        };
        let row =
            |a: usize, b: usize| opens_line(a) && (b..b + 2).all(|k| k < n && is_count(doc.tok(k)) && !apart(k - 1, k));
        let lines = raw.iter().filter(|x| scored(x.0 .1) || row(x.0 .0, x.0 .1)).count();
        if lines < 2 && !(0..n).any(|i| is_score(doc.tok(i))) {
            return;
        }
        // "Melbourne Storm 36": a place and a capitalized word the model left out, before
        // a count, is the club's whole name.
        for (x, _) in raw.iter_mut() {
            let b = x.1;
            if matches!(x.2, Label::Gpe | Label::Loc)
                && b + 1 < n
                && !starts.contains(&b)
                && is_capitalized(doc.tok(b))
                && doc.tokens[b].kind == TokenKind::Word
                && doc.tok(b).chars().all(char::is_alphabetic)
                && scored(b + 1)
                && !apart(b - 1, b)
            {
                x.1 = b + 1;
            }
        }
        let mut sides: Vec<(usize, bool)> = Vec::new();
        for (i, ((a, b, _, _, _), _)) in raw.iter().enumerate() {
            let (a, b) = (*a, *b);
            let result = scored(b) || row(a, b);
            // The verb must go on as a result does: to a score or count, another side, or a
            // link word ("Leeds lost 2-0", "beat Kent", "drew with Bath", "lost by 5
            // wickets"); "Aleppo lost power" and "Kiev drew criticism" are news.
            let verb_after = b + 1 < n
                && RESULT_VERBS.contains(&lower(b).as_str())
                && !apart(b - 1, b)
                && !apart(b, b + 1)
                && (is_score(doc.tok(b + 1))
                    || is_count(doc.tok(b + 1))
                    || is_capitalized(doc.tok(b + 1))
                    || matches!(lower(b + 1).as_str(), "to" | "with" | "against" | "at" | "in" | "by" | "on" | "away"));
            let verb_before = a > 0
                && matches!(
                    lower(a - 1).as_str(),
                    "beat"
                        | "beats"
                        | "defeated"
                        | "defeats"
                        | "edged"
                        | "thrashed"
                        | "routed"
                        | "hammered"
                        | "crushed"
                        | "overcame"
                        | "trounced"
                        | "downed"
                        | "blanked"
                        | "outclassed"
                        | "outplayed"
                        | "whitewashed"
                        | "v"
                        | "v."
                        | "vs"
                        | "vs."
                        | "versus"
                );
            // "drew with Kent", "lost 2-0 to Groningen", "won 2-1 at Lens": a link word
            // after a result or a score.
            let linked = a > 1 && {
                let second = lower(a - 1);
                let mut k = a - 2;
                let score = is_score(doc.tok(k));
                while k > 0 && is_score(doc.tok(k)) {
                    k -= 1;
                }
                RESULT_LINKS.iter().any(|(f, s)| *s == second && *f == lower(k)) || (score && second == "at")
            };
            let player = a > 1
                && doc.tok(a - 1) == "("
                && b < n
                && doc.tok(b) == ")"
                && i > 0
                && raw[i - 1].0 .2 == Label::Per
                && raw[i - 1].0 .1 + 1 == a;
            if result || verb_after || verb_before || linked || player {
                sides.push((i, result));
            }
        }
        let place = |x: &Labelled| {
            let phrase = doc.phrase(x.0, x.1);
            matches!(x.2, Label::Gpe | Label::Loc | Label::Norp | Label::Misc)
                && !self.is_country_name(phrase)
                && !HOME_NATIONS.contains(&phrase)
                && !HOME_NATIONS.iter().any(|h| h.eq_ignore_ascii_case(phrase))
        };
        // A nationality word is a side only in a results line ("Fiorentina 3 Napoli 1":
        // the gazetteer knows "Napoli" as Italian).
        let clubs: std::collections::HashSet<String> = sides
            .iter()
            .filter(|&&(i, line)| {
                place(&raw[i].0) && (line || !self.is_nationality(doc.phrase(raw[i].0 .0, raw[i].0 .1)))
            })
            .map(|&(i, _)| lexicon::key(doc.phrase(raw[i].0 .0, raw[i].0 .1)))
            .collect();
        for (i, (x, _)) in raw.iter_mut().enumerate() {
            if !place(x) || !clubs.contains(&lexicon::key(doc.phrase(x.0, x.1))) {
                continue;
            }
            let k = if x.0 > 0 && lower(x.0 - 1) == "the" { x.0 - 1 } else { x.0 };
            let filed = dateline.as_ref().is_some_and(|d| d.contains(&doc.tokens[x.0].start));
            let located = filed || (k > 0 && LOCATIVES.contains(&lower(k - 1).as_str()));
            if sides.binary_search_by_key(&i, |&(j, _)| j).is_ok() || !located {
                *x = (x.0, x.1, Label::Org, None, None);
            }
        }
    }

    /// One name, one label per document: a name the lexicon, an acronym definition
    /// ("… (IS-K)") or most of its mentions make an organization or person is that
    /// everywhere (the model may read "IS-K is active …" as a nationality).
    fn consistent_labels(&self, doc: &Doc, raw: &mut [(Labelled, usize)]) {
        let mut votes: HashMap<String, [usize; 4]> = HashMap::new();
        let slot = |l: Label| match l {
            Label::Org => Some(0),
            Label::Per => Some(1),
            Label::Norp => Some(2),
            Label::Misc => Some(3),
            _ => None,
        };
        for ((a, b, label, _, kind), _) in raw.iter() {
            let Some(k) = slot(*label) else { continue };
            let defined = *a >= 1 && doc.tok(a - 1) == "(" && *b < doc.tokens.len() && doc.tok(*b) == ")";
            let weight = if defined || kind.is_some_and(|k| k != ActorKind::Person) { 100 } else { 1 };
            votes.entry(lexicon::key(doc.phrase(*a, *b))).or_default()[k] += weight;
        }
        // "Rahimi" after "Ahmad Khan Rahimi": a person's surname alone is that person, and
        // so is a given name ("Dzhokhar" after "Dzhokhar Tsarnaev", not Grozny's old name).
        // A one-word name a kinship noun or an age marks as a person ("his brother
        // Dzhokhar") is that person elsewhere in the document too.
        let surnames: std::collections::HashSet<String> = raw
            .iter()
            .filter(|((a, b, label, _, _), _)| *label == Label::Per && (b - a > 1 || after_kin_or_age(doc, *a)))
            .flat_map(|((a, b, _, _, _), _)| [lexicon::key(doc.tok(b - 1)), lexicon::key(doc.tok(*a))])
            .collect();
        for ((a, b, label, country, kind), _) in raw.iter_mut() {
            let countries = *label == Label::Gpe && self.is_country(doc, *a, *b);
            if *b == *a + 1 && !countries && *label != Label::Per && surnames.contains(&lexicon::key(doc.tok(*a))) {
                *label = Label::Per;
                *kind = Some(ActorKind::Person);
                *country = None;
                continue;
            }
            if slot(*label).is_none() {
                continue;
            }
            let Some(v) = votes.get(&lexicon::key(doc.phrase(*a, *b))) else { continue };
            let best = (0..4).max_by_key(|&i| (v[i], std::cmp::Reverse(i))).unwrap_or(0);
            let winner = [Label::Org, Label::Per, Label::Norp, Label::Misc][best];
            if winner != *label && matches!(winner, Label::Org | Label::Per) {
                *label = winner;
                if winner == Label::Per {
                    *kind = Some(ActorKind::Person);
                }
            }
        }
    }

    /// Combines the model's spans of one sentence with what the lexicon and gazetteer
    /// know: a whole span the lexicon knows is an organization, a country is a GPE, a
    /// nationality word NORP; model places become GPE, LOC or FAC; countries, lexicon
    /// actors and nationality words the model missed are added; an acronym in
    /// parentheses right after a name takes that name's label.
    fn with_knowledge(&self, doc: &Doc, range: Range<usize>, spans: Vec<(usize, usize, Label)>) -> Vec<Labelled> {
        let mut out: Vec<Labelled> = Vec::new();
        let starts: Vec<usize> = spans.iter().map(|x| x.0).collect();
        for (a, b, label) in spans {
            // "Kazakhstan’s Committee for National Security": a possessive splits a span.
            let mut pieces = Vec::new();
            let mut from = a;
            // "Wayne , Michigan * St. Paul": a list's bullet ends a name.
            let bullet = |k: usize| matches!(doc.tok(k), "*" | "•" | "·" | "▪");
            for k in a..b {
                let possessive = is_possessive(doc.tok(k))
                    && !(k > a && COLLECTIVE_OWNERS.contains(&doc.lower(k - 1).as_str()))
                    && !office_of_holder(doc, a, k, b);
                if possessive || bullet(k) {
                    pieces.push((from, k));
                    from = k + 1;
                }
            }
            pieces.push((from, b));
            for (mut a, mut b) in pieces {
                // "Bayern" + "Munich", "Manchester" + "United": a club word next to a place.
                let free_before = a > range.start && out.last().is_none_or(|x| x.1 < a);
                if matches!(label, Label::Loc | Label::Gpe) {
                    if free_before && self.is_club(doc, a - 1, b) {
                        a -= 1;
                    } else if b < range.end && !starts.contains(&b) && self.is_club(doc, a, b + 1) {
                        b += 1;
                    }
                }
                // "the FSB’s Office": a lone common word after a possessive is no name.
                let after_possessive = a > 0 && is_possessive(doc.tok(a - 1));
                let generic = self.lexicon.is_common(doc.tok(a)) || ORG_HEADS.contains(&doc.lower(a).as_str());
                if after_possessive && b == a + 1 && !is_acronym(doc.tok(a)) && generic {
                    continue;
                }
                // "Justice Scalia", "Gen. Petraeus": a person's title opening a span the
                // model read as an organization or a place makes it that person.
                let label =
                    if label != Label::Per && self.titled_person(doc, a, b, label) { Label::Per } else { label };
                let Some((a, mut b)) = self.trim(doc, a, b, label) else { continue };
                // "Apple Inc.", "S. F.": the dot of an abbreviation ending a name is part of it.
                if b < range.end && doc.tok(b) == "." && doc.tokens[b - 1].end == doc.tokens[b].start {
                    let w = doc.tok(b - 1);
                    let letter = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                    if letter || NAME_ABBREVIATIONS.contains(&w) {
                        b += 1;
                    }
                }
                if let Some(x) = self.event_place(doc, a, b, label).or_else(|| self.relabel(doc, a, b, label)) {
                    out.push(x);
                }
            }
        }
        // "Kaluga oblasts", "Helmand province": a lower-case division word closes a place.
        for x in &mut out {
            if matches!(x.2, Label::Gpe | Label::Loc)
                && x.1 < range.end
                && tidings_geo::DIVISION_SUFFIXES.contains(&doc.tok(x.1))
                && self.gazetteer.is_place(doc.phrase(x.0, x.1 + 1))
            {
                x.1 += 1;
                x.2 = Label::Gpe;
            }
        }
        // "Hafiz" + "Saeed Khan": a lone word right before a person is part of the name.
        join_neighbours(&mut out, |p, q| {
            let touching = p.1 == q.0 && doc.text[doc.tokens[p.1 - 1].end..doc.tokens[q.0].start] == *" ";
            let joined = touching
                && q.2 == Label::Per
                && p.1 - p.0 == 1
                && matches!(p.2, Label::Org | Label::Misc | Label::Per)
                && !is_acronym(doc.tok(p.0));
            joined.then(|| (p.0, q.1, q.2, q.3.clone(), q.4))
        });
        // "Joseph A." + "Day", "William L." + "Guy": no name ends in a middle initial; the
        // capitalized word after it (which the model took for a common word) ends it,
        // unless more capitalized words follow ("John M. Olin Foundation").
        let starts: Vec<usize> = out.iter().map(|x| x.0).collect();
        for x in out.iter_mut().filter(|x| x.2 == Label::Per && x.1 - x.0 >= 3) {
            let b = x.1;
            let initial = doc.tok(b - 1) == "."
                && doc.tokens[b - 2].end == doc.tokens[b - 1].start
                && doc.tok(b - 2).chars().count() == 1
                && doc.tok(b - 2).chars().all(char::is_uppercase);
            let word = |i: usize| i < range.end && doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc.tok(i));
            if initial
                && word(b)
                && doc.tok(b).chars().skip(1).any(char::is_lowercase)
                && !word(b + 1)
                && !starts.contains(&b)
            {
                x.1 = b + 1;
            }
        }
        // What the model missed: countries, lexicon actors, nationality words.
        let mut i = range.start;
        while i < range.end {
            if out.iter().any(|x| x.0 <= i && i < x.1) || !self.may_start_known(doc, i, range.start) {
                i += 1;
                continue;
            }
            let limit = (i + 6).min(range.end);
            let free = |q: usize| !out.iter().any(|x| x.0 < q && i < x.1);
            let found = (i + 1..=limit).rev().filter(|&q| free(q)).find_map(|q| {
                let x = self.label_known(doc, i, q)?;
                let certain = x.3.is_some() && (x.2 == Label::Norp || self.is_country(doc, i, q))
                    || (x.2 == Label::Org && x.4.is_some());
                certain.then_some(x)
            });
            match found {
                Some(x) => {
                    i = x.1;
                    out.push(x);
                }
                None => i += 1,
            }
        }
        out.sort_by_key(|x| x.0);
        // "South and Central Asia": a compass word coordinated with a region's is one
        // name with it, not a place of its own.
        let compass = |w: &str| {
            matches!(
                w,
                "north" | "south" | "east" | "west" | "central" | "northern" | "southern" | "eastern" | "western"
            )
        };
        join_neighbours(&mut out, |p, q| {
            let joined = p.1 - p.0 == 1
                && q.0 == p.1 + 1
                && doc.lower(p.1) == "and"
                && compass(&doc.lower(p.0))
                && compass(&doc.lower(q.0))
                && matches!(p.2, Label::Gpe | Label::Loc)
                && matches!(q.2, Label::Gpe | Label::Loc);
            joined.then_some((p.0, q.1, Label::Loc, None, None))
        });
        // "Newfoundland" + "and" + "Labrador Court of Appeal", "Bosnia" + "and" +
        // "Herzegovina Armed Forces": a place whose name has an "and" in it ("Newfoundland
        // and Labrador") opens the organization named after it, which the model split.
        join_neighbours(&mut out, |p, q| {
            let joined = matches!(p.2, Label::Gpe | Label::Loc)
                && q.2 == Label::Org
                && q.0 == p.1 + 1
                && doc.lower(p.1) == "and"
                && q.1 - q.0 > 1
                && (q.0 + 1..q.1).any(|k| self.gazetteer.is_place(doc.phrase(p.0, k)));
            joined.then(|| (p.0, q.1, Label::Org, q.3.clone(), q.4))
        });
        // "Social Democratic" + "and" + "Labour Party", "Alliance of Liberals" + "and" +
        // "Democrats for Europe Party": an organization's name cut before its "and",
        // where the first part ends in an adjective or in the one word after its "of" or
        // "for" (no place: "Liberal National Party of Queensland and …" are two), is one
        // name with the organization after it.
        join_neighbours(&mut out, |p, q| {
            let last = doc.lower(p.1 - 1);
            let adjective =
                ["ic", "al", "ist", "ian"].iter().any(|s| last.ends_with(s)) && !ORG_HEADS.contains(&last.as_str());
            let of_word = p.1 - p.0 >= 3 && matches!(doc.lower(p.1 - 2).as_str(), "of" | "for");
            let joined = p.2 == Label::Org
                && q.2 == Label::Org
                && q.0 == p.1 + 1
                && doc.lower(p.1) == "and"
                && p.1 - p.0 >= 2
                && q.1 - q.0 >= 2
                && (adjective || of_word)
                && is_capitalized(doc.tok(p.1 - 1))
                && !self.gazetteer.is_place(doc.tok(p.1 - 1));
            joined.then(|| (p.0, q.1, Label::Org, q.3.clone(), q.4))
        });
        // "Parliament of Sierra Leone", "Spiritual Administration of Muslims of
        // Kyrgyzstan": an organization the model cut before "of" and a country is one name
        // with the country, which says whose body it is; a town or region after "of" is
        // more often where a branch or plant stands ("Trinamool Congress of West Bengal",
        // "Kansas City Assembly of Kansas City"), and a place coordinated after it ("of
        // Slavonia and Baranja") is left as the model read it.
        join_neighbours(&mut out, |p, q| {
            let gap = q.0.checked_sub(p.1)?;
            let of = doc.lower(p.1) == "of" && (gap == 1 || (gap == 2 && doc.tok(p.1 + 1) == "the"));
            let coordinated = q.1 + 1 < range.end
                && matches!(doc.lower(q.1).as_str(), "and" | "&")
                && is_capitalized(doc.tok(q.1 + 1));
            let joined = p.2 == Label::Org
                && matches!(q.2, Label::Gpe | Label::Loc)
                && self.is_country(doc, q.0, q.1)
                && of
                && !coordinated
                && is_capitalized(doc.tok(p.1 - 1))
                && doc.tokens[p.1 - 1].kind == TokenKind::Word;
            joined.then(|| (p.0, q.1, Label::Org, q.3.clone().or_else(|| p.3.clone()), p.4))
        });
        // "Principality of Guria", "Colony of Singapore", "State of Katanga": a polity's
        // capitalized head word and "of" before a place the model found alone belong to
        // its name (not after another "of": "Secretary of State of Kentucky").
        // The head word may have been read as a name of its own ("Colony" + "Singapore").
        let spans: Vec<(usize, usize)> = out.iter().map(|x| (x.0, x.1)).collect();
        let mut heads = Vec::new();
        for x in out.iter_mut().filter(|x| matches!(x.2, Label::Gpe | Label::Loc)) {
            let a = x.0;
            let headed = a >= range.start + 2
                && doc.tok(a - 1) == "of"
                && POLITY_HEADS.contains(&doc.tok(a - 2))
                && !(a >= range.start + 3 && doc.lower(a - 3) == "of")
                && !spans.iter().any(|&(s, e)| s < a && e > a - 2 && (s, e) != (a - 2, a - 1));
            if headed {
                heads.push(a - 2);
                x.0 = a - 2;
                x.2 = Label::Gpe;
            }
        }
        out.retain(|x| !(x.1 == x.0 + 1 && heads.contains(&x.0)));
        // "Principality of Mingrelia", "Crown Colony of Sarawak", "Municipality of Culion"
        // read whole as an organization: a name opening with a polity's head word and
        // "of", the rest a place the gazetteer knows, is that polity, unless the lexicon
        // knows the whole ("Islamic Emirate of Afghanistan" opens with no head word).
        for x in out.iter_mut().filter(|x| x.2 == Label::Org) {
            let h = if doc.tok(x.0) == "Crown" { x.0 + 1 } else { x.0 };
            let polity = h + 2 < x.1
                && POLITY_HEADS.contains(&doc.tok(h))
                && doc.tok(h + 1) == "of"
                && self.gazetteer.is_place(doc.phrase(h + 2, x.1))
                && self.lexicon.actor(doc.phrase(x.0, x.1)).is_none();
            if polity {
                x.2 = Label::Gpe;
                x.4 = None;
            }
        }
        // "Saskatoon - Rosetown - Biggar", "Oakville - Milton": towns joined by a spaced
        // dash are one place (an electoral district), whatever the model read after the
        // first town; a country or a first-level division opens no such name ("Israel -
        // Gaza").
        join_neighbours(&mut out, |p, q| {
            let town = p.2 == Label::Gpe
                && !self.gazetteer.lookup(doc.phrase(p.0, p.1)).into_iter().any(|i| {
                    matches!(self.gazetteer.entry(i).kind, tidings_geo::Kind::Country | tidings_geo::Kind::Admin1)
                });
            let joined = town
                && q.0 == p.1 + 1
                && matches!(doc.tok(p.1), "-" | "–")
                && doc.tokens[p.1 - 1].end < doc.tokens[p.1].start
                && doc.tokens[p.1].end < doc.tokens[q.0].start
                && matches!(q.2, Label::Gpe | Label::Loc | Label::Per);
            joined.then(|| (p.0, q.1, Label::Gpe, p.3.clone(), None))
        });
        // "Islamic State of Iraq" + "Levant-Khorasan (ISIL-K)": two names the acronym
        // spells together, across "and the", are one name, an organization when either
        // part is one (the model may read the second part alone as a place or a MISC
        // name; the acronym defines the whole).
        join_neighbours(&mut out, |p, q| {
            let gap_ok = (p.1..q.0).all(|i| matches!(doc.lower(i).as_str(), "of" | "and" | "the" | "for"));
            let defined = q.1 + 2 < range.end && doc.tok(q.1) == "(" && doc.tok(q.1 + 2) == ")";
            let org = if q.2 == Label::Org { Some(q) } else { Some(p).filter(|p| p.2 == Label::Org) };
            let joined = p.1 <= q.0
                && q.0 - p.1 <= 2
                && gap_ok
                && defined
                && is_acronym(doc.tok(q.1 + 1))
                && !spells(doc, q.0, q.1, doc.tok(q.1 + 1))
                && spells(doc, p.0, q.1, doc.tok(q.1 + 1));
            let org = org.filter(|_| joined)?;
            Some((p.0, q.1, Label::Org, org.3.clone(), org.4))
        });
        elections(doc, range.clone(), &mut out);
        storms(doc, range.clone(), &mut out);
        flights(doc, range.clone(), &mut out);
        aircraft(doc, range.clone(), &mut out);
        self.products(doc, range.clone(), &mut out);
        versions(doc, range.clone(), &mut out);
        self.stock_indices(doc, range.clone(), &mut out);
        // "Name (ACR)": the acronym is a name of the same kind.
        for k in 0..out.len() {
            let (a, b) = (out[k].0, out[k].1);
            if b + 2 < range.end && doc.tok(b) == "(" && doc.tok(b + 2) == ")" && is_acronym(doc.tok(b + 1)) {
                if defined_as_organization(doc, a, b, out[k].2) {
                    out[k] = (a, b, Label::Org, None, None);
                }
                let x = (b + 1, b + 2, out[k].2, out[k].3.clone(), out[k].4);
                if x.2 == Label::Per || out[k].0 != a {
                    continue;
                }
                match out.iter().position(|y| y.0 == b + 1 && y.1 == b + 2) {
                    Some(j) => out[j] = x,
                    None if !out.iter().any(|y| y.0 <= b + 1 && b + 1 < y.1) => out.push(x),
                    None => {}
                }
            }
        }
        // "THAT IS WHY THE UK IS WORKING", "IS AN ORGANIZATION": in a sentence written in
        // capitals, a lone word English writes in lower case is that word, not the
        // acronym the lexicon knows by its letters (IS, AN, LET) nor a name.
        // The same inside a run of capitals in a mixed sentence ("MINBU, June 7 (AFP) -
        // SUZANNE IS PREGNANT .").
        let caps = ner::features::is_caps_sentence(doc.text, &doc.tokens[range.clone()]);
        // "ULSTER UNIONIST PARTY": in capitals the head word of an organization's name
        // reads as the common word it also is, and the name stops before it.
        let starts: Vec<usize> = out.iter().map(|x| x.0).collect();
        for x in out.iter_mut().filter(|x| x.2 == Label::Org) {
            while x.1 < range.end
                && !starts.contains(&x.1)
                && CAPS_HEADS.contains(&doc.lower(x.1).as_str())
                && !doc.tok(x.1).chars().any(char::is_lowercase)
                && !doc.tok(x.1 - 1).chars().any(char::is_lowercase)
                && (caps || in_capitals(doc, x.1, range.clone()))
            {
                x.1 += 1;
            }
        }
        out.retain(|x| {
            x.1 != x.0 + 1 || !(caps || in_capitals(doc, x.0, range.clone())) || !self.common_in_capitals(doc, x.0)
        });
        self.nationality_before_person(doc, &mut out);
        split_named_pairs(doc, &mut out);
        out.sort_by_key(|x| x.0);
        out
    }

    /// "Kenyan Benson Kipruto", "KENYAN KIPRUTO WINS": a nationality adjective opening a
    /// person's span is a name of its own (NORP), not the person's first name, unless
    /// it is a given name too ("Christian Bale").
    fn nationality_before_person(&self, doc: &Doc, out: &mut Vec<Labelled>) {
        let mut split = Vec::new();
        for x in out.iter_mut().filter(|x| x.2 == Label::Per && x.1 > x.0 + 1) {
            let w = doc.tok(x.0);
            let titled: String = w.chars().take(1).chain(w.chars().skip(1).flat_map(char::to_lowercase)).collect();
            let nationality = self.gazetteer.demonym(&titled).is_some()
                && self.is_nationality(&titled)
                && !self.lexicon.is_given_name(&titled)
                && is_capitalized(doc.tok(x.0 + 1))
                && !self.is_nationality(doc.tok(x.0 + 1));
            if nationality {
                split.push((x.0, x.0 + 1, Label::Norp, self.gazetteer.demonym(&titled).map(str::to_string), None));
                x.0 += 1;
            }
        }
        out.extend(split);
    }

    /// Whether a word of an all-caps sentence is a common word written in capitals: the
    /// common-word list has it, and it is no country, nationality or given name ("US",
    /// "IRAQI", "WILLIAM" stay names).
    fn common_in_capitals(&self, doc: &Doc, i: usize) -> bool {
        let w = doc.tok(i);
        let mut title = w.to_lowercase();
        if let Some(c) = title.get(..1).map(str::to_uppercase) {
            title.replace_range(..1, &c);
        }
        self.lexicon.is_common(w)
            && !self.is_country(doc, i, i + 1)
            && self.gazetteer.demonym(w).is_none()
            && self.gazetteer.demonym(&title).is_none()
            && !self.lexicon.is_given_name(&title)
    }

    /// "Ford Taurus", "Chrysler Aspen", "Motorola ROKR E1": a car, computer or phone maker's
    /// name with a model's capitalized or alphanumeric words after it is a product (MISC;
    /// our guide), not the maker (ORG); the maker alone, a company's full name ("Ford Motor
    /// Company", "Apple Inc.") or a maker's title ("Ford CEO") stays as it is.
    fn products(&self, doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
        let model_word = |i: usize| {
            let w = doc.tok(i);
            let lower = doc.lower(i);
            let lower = lower.trim_end_matches('.');
            doc.tokens[i].kind == TokenKind::Word
                && w.starts_with(|c: char| c.is_uppercase())
                && !PRODUCT_MAKERS.contains(&w)
                && ![COMPANY_SUFFIXES, ORG_HEADS, COMPANY_CUES, PERSON_TITLES, NOT_MODELS, MISC_HEADS, &WEEKDAY_NAMES]
                    .iter()
                    .any(|l| l.contains(&lower))
        };
        for k in range.clone() {
            if !PRODUCT_MAKERS.contains(&doc.tok(k)) {
                continue;
            }
            let mut b = k + 1;
            while b < range.end && b < k + 4 && model_word(b) {
                b += 1;
            }
            // The run ends the name: not "Ford Motor", "Apple Computer Inc", "Ford Australia".
            let longer = b < range.end && doc.tokens[b].kind == TokenKind::Word && is_capitalized(doc.tok(b));
            if b == k + 1
                || longer
                || (k + 2..=b).any(|j| {
                    self.is_country(doc, k + 1, j) || !self.gazetteer.lookup_regions(doc.phrase(k + 1, j)).is_empty()
                })
            {
                continue;
            }
            // Not part of a longer name the model found ("Gerald Ford", "the Ford Taurus Award").
            if out.iter().any(|x| (x.0 < k && x.1 > k) || (x.0 < b && x.1 > b)) {
                continue;
            }
            out.retain(|x| x.1 <= k || x.0 >= b);
            out.push((k, b, Label::Misc, None, None));
        }
        out.sort_by_key(|x| x.0);
    }

    /// "The Dow Jones fell 340 points", "the French CAC 40 increased 46.19 points": a
    /// stock index is MISC, not the company or exchange of its name; a nationality before
    /// it is NORP on its own.
    fn stock_indices(&self, doc: &Doc, range: Range<usize>, out: &mut Vec<Labelled>) {
        if !range.clone().any(|i| MARKET_CUES.contains(&doc.lower(i).as_str())) {
            return;
        }
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let mut i = range.start;
        while i < range.end {
            let found = STOCK_INDICES.iter().find_map(|name| {
                let name = squeeze(name);
                (i + 1..=(i + 6).min(range.end)).find(|&b| squeeze(doc.phrase(i, b)) == name)
            });
            // Not the start of a longer name ("Dow Jones Newswires").
            let Some(mut b) = found
                .filter(|&b| b == range.end || !(doc.tokens[b].kind == TokenKind::Word && is_capitalized(doc.tok(b))))
            else {
                i += 1;
                continue;
            };
            if b < range.end
                && doc.tokens[b].kind == TokenKind::Number
                && !doc.tok(b - 1).starts_with(|c: char| c.is_ascii_digit())
                && doc.tok(b).chars().all(|c| c.is_ascii_digit())
            {
                b += 1;
            }
            let demonym = (i > range.start)
                .then(|| self.label_known(doc, i - 1, i))
                .flatten()
                .filter(|x| x.2 == Label::Norp && out.iter().any(|y| y.0 < i && y.1 > i));
            out.retain(|x| x.1 <= i || x.0 >= b);
            out.extend(demonym);
            out.push((i, b, Label::Misc, None, None));
            i = b;
        }
        out.sort_by_key(|x| x.0);
    }

    /// Where a name the model missed may start: a capitalized word, not a common word
    /// opening a sentence or a quote.
    fn may_start_known(&self, doc: &Doc, i: usize, sentence_start: usize) -> bool {
        let s = doc.tok(i);
        if doc.tokens[i].kind != TokenKind::Word || !is_capitalized(s) {
            return false;
        }
        let initial = i == sentence_start || matches!(doc.tok(i - 1), "“" | "\"" | "‘" | "(" | "'" | ":" | "—" | "-");
        !(initial && !is_acronym(s) && self.lexicon.is_common(s))
    }

    fn is_country(&self, doc: &Doc, a: usize, b: usize) -> bool {
        self.is_country_name(doc.phrase(a, b))
    }

    /// Whether a name is a country's or a city's of 100,000 people or more.
    fn is_major_place(&self, phrase: &str) -> bool {
        self.gazetteer.lookup(phrase).iter().any(|&i| {
            let e = self.gazetteer.entry(i);
            e.kind == tidings_geo::Kind::Country || e.population >= 100_000
        })
    }

    /// Whether a name is a country's ("Sri Lanka", "the Maldives", "U.S.").
    pub fn is_country_name(&self, phrase: &str) -> bool {
        COUNTRY_ABBREVIATIONS.iter().any(|(abbr, _)| *abbr == phrase)
            || self.gazetteer.lookup(phrase).iter().any(|&i| self.gazetteer.entry(i).kind == tidings_geo::Kind::Country)
    }

    /// Drops titles ("President", "Lt. Gen."), a leading article, punctuation at the
    /// edges, and a role before a person's name ("Minister for the Middle East Tobias
    /// Ellwood" → "Tobias Ellwood").
    fn trim(&self, doc: &Doc, mut a: usize, mut b: usize, label: Label) -> Option<(usize, usize)> {
        let punct = |i: usize| doc.tokens[i].kind == TokenKind::Punct;
        loop {
            let before = a;
            while a < b && punct(a) {
                a += 1;
            }
            if b - a > 1
                && matches!(doc.tok(a), "the" | "The" | "THE")
                && !self.titled_paper(doc, a, b)
                && !self.titled_article(doc, a, b, label)
            {
                a += 1;
            }
            let title = |i: usize| {
                let w = doc.lower(i);
                TITLES.contains(&w.as_str()) || PERSON_TITLES.contains(&w.as_str())
            };
            if label == Label::Per && b - a > 1 && title(a) {
                a += 1;
                // "Minister for the Middle East Tobias Ellwood": the name starts at a given name.
                if matches!(doc.tok(a), "for" | "of") {
                    a = (a..b).find(|&i| self.lexicon.is_given_name(doc.tok(i))).unwrap_or(b);
                }
            }
            if a == before {
                break;
            }
        }
        while a < b && punct(b - 1) {
            b -= 1;
        }
        // "a Canadian Alliance MP", "Alex T. Atamanenko MP", "a Liberal Party of Canada
        // Member of Parliament": a member's title after a party or a person is no part of
        // the name.
        if matches!(label, Label::Org | Label::Per) {
            if b - a > 1 && MEMBER_TITLES.contains(&doc.tok(b - 1)) {
                b -= 1;
            }
            if b - a > 3 && doc.phrase(b - 3, b) == "Member of Parliament" {
                b -= 3;
            }
        }
        if a > 0
            && a < b
            && (label == Label::Org && self.titled_paper(doc, a - 1, b) || self.titled_article(doc, a - 1, b, label))
        {
            a -= 1;
        }
        (a < b).then_some((a, b))
    }

    /// Whether tokens `[a, b)` are a person's title and a name: a capitalized title
    /// ("Justice", "Gen.") then capitalized words that are no common words, no head
    /// words of organizations or places and no name the lexicon or gazetteer knows
    /// ("General Motors", "Prince Edward Island", "King Abdullah University" are not),
    /// and not a spelled-out "General" opening a span the model read as an organization.
    fn titled_person(&self, doc: &Doc, a: usize, b: usize, label: Label) -> bool {
        let dotted = a + 2 < b && doc.tok(a + 1) == "." && doc.tokens[a].end == doc.tokens[a + 1].start;
        let k = if dotted { a + 2 } else { a + 1 };
        k < b
            && is_capitalized(doc.tok(a))
            && PERSON_TITLES.contains(&doc.lower(a).as_str())
            && (k..b).all(|i| {
                let w = doc.tok(i);
                let lower = w.to_lowercase();
                is_capitalized(w)
                    && name_like(w)
                    && !self.lexicon.is_common(w)
                    && !ORG_HEADS.contains(&lower.as_str())
                    && !FAC_HEADS.contains(&lower.as_str())
                    && !LOC_HEADS.contains(&lower.as_str())
                    && !COMPANY_SUFFIXES.contains(&lower.as_str())
            })
            // "General Dynamics": a spelled-out "General" opening an organization's name.
            && !(doc.tok(a) == "General" && label == Label::Org)
            && self.label_known(doc, k, b).is_none()
            && self.label_known(doc, a, b).is_none()
    }

    /// "joined The Greens", "the Olive Tree and The Daisy", "a member of The Forum for
    /// International Policy": a "The" capitalized in the middle of a sentence (after a word
    /// in lower case, a comma or a parenthesis) opens the title of the organization or the
    /// work it stands before and is part of its name, where a sentence's first "The" and a
    /// lower-case "the" are not. Places, people and actors the lexicon knows keep the
    /// article out ("in The Hague" is left to the model's span; "captured by The Islamic
    /// State" is the lexicon's "Islamic State").
    fn titled_article(&self, doc: &Doc, a: usize, b: usize, label: Label) -> bool {
        b > a + 1
            && a > 0
            && doc.tok(a) == "The"
            && matches!(label, Label::Org | Label::Misc | Label::Fac)
            && {
                let before = doc.tok(a - 1);
                matches!(before, "," | "(")
                    || (doc.tokens[a - 1].kind == TokenKind::Word && before.starts_with(char::is_lowercase))
            }
            && self.lexicon.actor(doc.phrase(a + 1, b)).is_none()
    }

    /// "The New York Times", "The Register": a newspaper whose title opens with a
    /// capitalized "The" keeps it ("the Washington Post" does not).
    fn titled_paper(&self, doc: &Doc, a: usize, b: usize) -> bool {
        b > a + 1 && doc.tok(a) == "The" && NEWSPAPER_HEADS.contains(&doc.tok(b - 1))
    }

    /// "Boston Marathon", "Kabul attack": an event's name that opens with a place the
    /// gazetteer knows and ends in event words is read as that place (our guide: places
    /// that locate something are toponyms; the event word alone names no entity), so the
    /// place still locates the event whatever label the model gave the whole name.
    fn event_place(&self, doc: &Doc, a: usize, b: usize, label: Label) -> Option<Labelled> {
        if !matches!(label, Label::Org | Label::Misc | Label::Fac) || b < a + 2 || self.label_known(doc, a, b).is_some()
        {
            return None;
        }
        let k = (a + 1..b).rev().take_while(|&i| EVENT_HEADS.contains(&doc.lower(i).as_str())).last()?;
        self.label_known(doc, a, k).filter(|x| x.2 == Label::Gpe)
    }

    /// The label of a model span, checked against the lexicon and gazetteer.
    fn relabel(&self, doc: &Doc, a: usize, b: usize, label: Label) -> Option<Labelled> {
        // "The Kremlin rejected …", "a White House spokesman": a seat of government
        // standing for the government is an organization; "at the Kremlin", "outside the
        // White House", "the White House grounds" is the building, as the model read it.
        if SEATS_OF_GOVERNMENT.contains(&doc.phrase(a, b)) {
            let k = if a > 0 && doc.lower(a - 1) == "the" { a - 1 } else { a };
            let grounds = b < doc.tokens.len()
                && matches!(
                    doc.lower(b).as_str(),
                    "grounds" | "lawn" | "gate" | "gates" | "walls" | "compound" | "building"
                );
            let place = grounds || (k > 0 && LOCATIVES.contains(&doc.lower(k - 1).as_str()));
            if !place {
                return Some((a, b, Label::Org, None, None));
            }
        }
        if self.is_club(doc, a, b) {
            return Some((a, b, Label::Org, None, None));
        }
        // "the town of Tuz Khurmato", "the village of Baiji": the noun before names a place.
        if matches!(label, Label::Per | Label::Norp | Label::Misc | Label::Org) && named_as_settlement(doc, a) {
            return Some((a, b, Label::Gpe, None, None));
        }
        // "Magna, a Canadian automobile parts company": a name described as a company.
        if matches!(label, Label::Gpe | Label::Loc | Label::Fac | Label::Misc | Label::Norp)
            && described_as_company(doc, b)
            && !self.is_country(doc, a, b)
        {
            return Some((a, b, Label::Org, None, None));
        }
        let words: Vec<String> =
            (a..b).flat_map(|i| doc.lower(i).split('-').map(str::to_string).collect::<Vec<_>>()).collect();
        let last = words.last().map(String::as_str).unwrap_or("");
        let first = words.first().map(String::as_str).unwrap_or("");
        // "shopping for Eid", "the peace of Ramadan": a holiday (our guide: MISC), whatever
        // place the gazetteer knows by the name.
        if HOLIDAYS.contains(&words.join(" ").as_str()) {
            return Some((a, b, Label::Misc, None, None));
        }
        let headed =
            FAC_HEADS.contains(&last) || LOC_HEADS.contains(&last) || matches!(first, "camp" | "fort" | "mount");
        // "his younger brother Dzhokhar", "the 19-year-old Dzhokhar": a one-word name
        // after a kinship noun or an age is a person unless it is a country or a known
        // actor (the gazetteer may know the word as a place: Dzhokhar, Grozny's old name).
        let known_actor = self.lexicon.actor(doc.phrase(a, b)).is_some();
        if b == a + 1 && after_kin_or_age(doc, a) && !known_actor && !self.is_country(doc, a, b) {
            return Some((a, b, Label::Per, None, Some(ActorKind::Person)));
        }
        // "Eva Forest, wife of …": a given name and a word the gazetteer knows as a
        // place, described as a relative, is a person.
        if b > a + 1 && self.lexicon.is_given_name(doc.tok(a)) && described_as_kin(doc, b) && !known_actor {
            return Some((a, b, Label::Per, None, Some(ActorKind::Person)));
        }
        if let Some(x) = self.label_known(doc, a, b) {
            let certain = x.2 == Label::Org || x.2 == Label::Norp || self.is_country(doc, a, b);
            if certain || (label == Label::Loc && !headed) {
                return Some(x);
            }
        }
        let multi = b - a > 1;
        Some(match label {
            Label::Per if multi && words.iter().any(|w| ORG_HEADS.contains(&w.as_str())) => {
                (a, b, Label::Org, None, None)
            }
            Label::Per => (a, b, Label::Per, None, Some(ActorKind::Person)),
            _ if multi && MISC_HEADS.contains(&last) => (a, b, Label::Misc, None, None),
            // "Islamic State-Khorasan (IS-K) terrorist organization": a head word or a
            // description after the name makes it an organization.
            Label::Misc | Label::Norp | Label::Loc | Label::Gpe
                if (multi && label == Label::Misc && words.iter().any(|w| ORG_HEADS.contains(&w.as_str())))
                    || described_as_group(doc, b) =>
            {
                (a, b, Label::Org, None, None)
            }
            // "Sanaullah Ghafari, the leader of ISKP": a name the gazetteer and the
            // lexicon do not know, described by a person's role, is a person.
            Label::Loc | Label::Gpe | Label::Fac | Label::Org | Label::Misc
                if described_as_person(doc, b) && self.label_known(doc, a, b).is_none() =>
            {
                (a, b, Label::Per, None, Some(ActorKind::Person))
            }
            // "President Buhari", "Gen. Haftar": a name right after a person's title is a
            // person unless the lexicon or gazetteer knows it.
            Label::Loc | Label::Gpe | Label::Fac | Label::Org | Label::Misc | Label::Norp
                if after_title(doc, a)
                    && self.label_known(doc, a, b).is_none()
                    && !self.is_nationality(doc.phrase(a, b))
                    && !words.iter().any(|w| ORG_HEADS.contains(&w.as_str())) =>
            {
                (a, b, Label::Per, None, Some(ActorKind::Person))
            }
            Label::Loc | Label::Gpe | Label::Fac => {
                let l = if FAC_HEADS.contains(&last) || matches!(first, "camp" | "fort") {
                    Label::Fac
                } else if LOC_HEADS.contains(&last) || first == "mount" {
                    Label::Loc
                } else {
                    Label::Gpe
                };
                (a, b, l, None, None)
            }
            Label::Org => {
                // "Russian Federal Security Service": a leading nationality is the country.
                let country = if multi { self.gazetteer.demonym(doc.tok(a)).map(str::to_string) } else { None };
                (a, b, Label::Org, country, None)
            }
            Label::Norp | Label::Misc if !multi && self.is_nationality(doc.tok(a)) => {
                (a, b, Label::Norp, self.gazetteer.demonym(doc.tok(a)).map(str::to_string), None)
            }
            Label::Norp => (a, b, Label::Norp, None, None),
            Label::Misc => (a, b, Label::Misc, None, None),
        })
    }

    /// Whether tokens `[a, b)` name a club, company or newspaper after its town: a place
    /// and a club, company or newspaper word ("Manchester United", "Leeds Rovers",
    /// "Bayern Munich", "FC Porto", "Washington Mutual", "Singapore Airlines"),
    /// the whole not itself a place ("Mexico City", "Kansas City" are).
    fn is_club(&self, doc: &Doc, a: usize, b: usize) -> bool {
        if b < a + 2 || !is_capitalized(doc.tok(a)) || self.gazetteer.is_place(doc.phrase(a, b)) {
            return false;
        }
        let last = doc.lower(b - 1);
        let head = (CLUB_HEADS.contains(&last.as_str())
            || COMPANY_SUFFIXES.contains(&last.as_str())
            || COMPANY_HEADS.contains(&last.as_str())
            || NEWSPAPER_HEADS.contains(&doc.tok(b - 1)))
            && is_capitalized(doc.tok(b - 1));
        let first = doc.tok(a);
        let prefix = CLUB_PREFIXES.contains(&first.to_lowercase().as_str())
            && (first.chars().count() > 2 || !first.chars().any(char::is_lowercase))
            && is_capitalized(first);
        (head && self.gazetteer.is_place(doc.phrase(a, b - 1)))
            || (prefix && self.gazetteer.is_place(doc.phrase(a + 1, b)))
    }

    /// A phrase the lexicon or gazetteer knows.
    fn label_known(&self, doc: &Doc, a: usize, b: usize) -> Option<Labelled> {
        let phrase = doc.phrase(a, b);
        if let Some(&(_, cc)) = COUNTRY_ABBREVIATIONS.iter().find(|(abbr, _)| *abbr == phrase) {
            return Some((a, b, Label::Gpe, Some(cc.to_string()), None));
        }
        let places = self.gazetteer.lookup(phrase);
        let is_country = places.iter().any(|&i| self.gazetteer.entry(i).kind == tidings_geo::Kind::Country);
        // "Saudi officials", "Saudi health officials": a country's short name that is
        // also its nationality adjective is the adjective before a common word.
        if b - a == 1 && is_country && before_common_noun(doc, b) {
            if let Some(cc) = self.gazetteer.demonym(phrase) {
                return Some((a, b, Label::Norp, Some(cc.to_string()), None));
            }
        }
        // A country's demonym is a nationality even where the lexicon lists an ethnic
        // militia under the word ("Indian", "Somali" in UCDP): "the Indian government".
        if b - a == 1 && !is_country {
            if let Some(cc) = self.gazetteer.demonym(phrase) {
                return Some((a, b, Label::Norp, Some(cc.to_string()), None));
            }
        }
        // A country is a place even where the lexicon lists its government under its name.
        // "Let me know": a word written as an ordinary word is not the acronym "LeT".
        // "MPs", "NGOs": an acronym's plural is not the acronym of its letters ("MPS").
        let plural = phrase.len() >= 3
            && phrase.ends_with('s')
            && phrase[..phrase.len() - 1].chars().all(|c| c.is_ascii_uppercase());
        let miscased = b - a == 1 && (plural || self.lexicon.miscased_acronym(phrase));
        if let Some(k) = self.lexicon.actor(phrase).filter(|_| !is_country && !miscased) {
            return Some((a, b, Label::Org, k.country.clone(), Some(k.kind)));
        }
        // "Tajik forces", "critics of the Sadrists": a people, or a word of adherents, is
        // a collective (our guide: NORP) before any place the gazetteer knows by the
        // name. The lexicon is asked first: UCDP names ethnic militias by their people
        // ("Fulani", "Hutu"), which the events coder names as the attackers.
        let lower = phrase.to_lowercase();
        if b - a == 1 && is_group_word(&lower) {
            return Some((a, b, Label::Norp, None, None));
        }
        if let Some(&best) = places.iter().max_by_key(|&&i| {
            let e = self.gazetteer.entry(i);
            (e.kind == tidings_geo::Kind::Country, e.population)
        }) {
            let e = self.gazetteer.entry(best);
            return Some((a, b, Label::Gpe, Some(e.country.clone()), None));
        }
        if REGION_ADJECTIVES.contains(&lower.as_str()) {
            return Some((a, b, Label::Norp, None, None));
        }
        None
    }

    /// Puts an organization or person mention in its cluster, making one if needed.
    fn cluster(&self, doc: &Doc, out: &mut Entities, a: usize, b: usize, e: &Entity, kind: Option<ActorKind>) -> usize {
        let surface = doc.phrase(a, b);
        let key = lexicon::key(surface);
        let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
        let span = Span::of(doc.text, e.start, e.end);
        let known = self.lexicon.actor(surface);
        // "Name (ACR)": the acronym joins the name's cluster.
        let in_parens = a > 0 && doc.tok(a - 1) == "(" && b < doc.tokens.len() && doc.tok(b) == ")";
        let previous =
            out.entities.last().filter(|p| p.end <= doc.tokens[a - usize::from(a > 0)].start && p.cluster.is_some());
        let found =
            if in_parens && is_acronym(surface) { previous.and_then(|p| p.cluster) } else { None }.or_else(|| {
                out.clusters.iter().position(|c| {
                    c.aliases.iter().any(|(al, _)| lexicon::key(al) == key)
                        || known.is_some_and(|k| k.canonical == c.name)
                        || (e.label == Label::Per && c.label == Label::Per && is_surname_of(&key, c))
                })
            });
        let i = match found {
            Some(i) => i,
            None => {
                out.clusters.push(Cluster {
                    name: known.map_or_else(|| surface.trim_start_matches("the ").to_string(), |k| k.canonical.clone()),
                    aliases: Vec::new(),
                    label: e.label,
                    kind: kind.unwrap_or(if e.label == Label::Per {
                        ActorKind::Person
                    } else {
                        ActorKind::Organization
                    }),
                    country: e.country.clone(),
                    spans: Vec::new(),
                });
                out.clusters.len() - 1
            }
        };
        let c = &mut out.clusters[i];
        if !c.aliases.iter().any(|(al, _)| lexicon::key(al) == key) {
            c.aliases.push((surface.to_string(), span));
        }
        c.spans.push((e.start, e.end));
        if c.kind == ActorKind::Organization {
            c.kind = kind.unwrap_or_else(|| descriptor_kind(doc, a, b));
            if c.kind == ActorKind::Organization {
                c.kind = descriptor_kind(doc, a, b);
            }
        }
        if c.kind == ActorKind::RebelGroup && descriptor_kind(doc, a, b) == ActorKind::TerrorGroup {
            c.kind = ActorKind::TerrorGroup;
        }
        i
    }

    /// "Russia’s Federal Security Service", "Kazakhstan's Committee for National
    /// Security": a possessive country in front gives the organization its country.
    fn organization_countries(&self, doc: &Doc, out: &mut Entities) {
        for k in 1..out.entities.len() {
            let (prev, e) = (&out.entities[k - 1], &out.entities[k]);
            let Some(ci) = e.cluster else { continue };
            if prev.label != Label::Gpe || prev.country.is_none() || out.clusters[ci].country.is_some() {
                continue;
            }
            let between = &doc.text[prev.end..e.start];
            if matches!(between.trim(), "'s" | "’s") {
                out.clusters[ci].country = prev.country.clone();
            }
        }
        for c in &mut out.clusters {
            if c.kind == ActorKind::Organization && c.label == Label::Org {
                let words = c.name.to_lowercase();
                if words.split([' ', '-']).any(|w| SECURITY_WORDS.contains(&w)) {
                    c.kind = ActorKind::StateForce;
                }
            }
        }
    }

    /// "US forces", "Afghanistan's intelligence service": a country or nationality
    /// followed by a state noun is that country's state actor.
    fn state_actors(&self, doc: &Doc, out: &mut Entities) {
        let places: Vec<(usize, usize, String)> = out
            .entities
            .iter()
            .filter(|e| matches!(e.label, Label::Gpe | Label::Norp))
            .filter_map(|e| Some((e.start, e.end, e.country.clone()?)))
            .collect();
        for (_, end, cc) in places {
            let mut i = doc.tokens.partition_point(|t| t.start < end);
            if i < doc.tokens.len() && is_possessive(doc.tok(i)) {
                i += 1;
            }
            let Some((noun, template, kind, j)) = STATE_NOUNS.iter().find_map(|(noun, template, kind)| {
                let n = noun.split(' ').count();
                let phrase = (i + n <= doc.tokens.len()).then(|| doc.phrase(i, i + n).to_lowercase())?;
                (phrase == *noun).then_some((noun, template, kind, i + n))
            }) else {
                continue;
            };
            let _ = noun;
            let country_name = self.gazetteer.country(&cc).map_or(cc.clone(), |c| acled_country(&c.name).to_string());
            let name = template.replace("{}", &with_article(&country_name));
            let span_start = out.entities.iter().find(|e| e.end == end).map_or(end, |e| e.start);
            let span_end = doc.tokens[j - 1].end;
            let span = Span::of(doc.text, span_start, span_end);
            let ci = match out.clusters.iter().position(|c| c.name == name) {
                Some(ci) => ci,
                None => {
                    out.clusters.push(Cluster {
                        name,
                        aliases: Vec::new(),
                        label: Label::Org,
                        kind: *kind,
                        country: Some(cc),
                        spans: Vec::new(),
                    });
                    out.clusters.len() - 1
                }
            };
            let c = &mut out.clusters[ci];
            if !c.aliases.iter().any(|(a, _)| a == &span.text) {
                c.aliases.push((span.text.clone(), span));
            }
            c.spans.push((span_start, span_end));
        }
    }
}

/// Whether the words after a name (past an acronym in parentheses) describe a group:
/// "… (IS-K) terrorist organization", "… militant group".
fn described_as_group(doc: &Doc, mut b: usize) -> bool {
    let n = doc.tokens.len();
    if b + 2 < n && doc.tok(b) == "(" && doc.tok(b + 2) == ")" {
        b += 3;
    }
    let word = |i: usize| if i < n { doc.lower(i) } else { String::new() };
    let mut w = word(b);
    if matches!(w.as_str(), "terrorist" | "militant" | "armed" | "rebel" | "extremist" | "jihadist" | "insurgent") {
        w = word(b + 1);
    }
    matches!(w.as_str(), "organization" | "organisation" | "group" | "movement" | "militia" | "network")
}

/// Whether the words after a name describe it as a company: ", a Canadian automobile
/// parts company", ", the world's largest carmaker," (the company noun ends the phrase).
fn described_as_company(doc: &Doc, b: usize) -> bool {
    let n = doc.tokens.len();
    let word = |i: usize| if i < n { doc.lower(i) } else { String::new() };
    if word(b) != "," || !matches!(word(b + 1).as_str(), "a" | "an" | "the") {
        return false;
    }
    (b + 2..(b + 8).min(n)).find(|&i| COMPANY_NOUNS.contains(&word(i).as_str())).is_some_and(|i| {
        let next = word(i + 1);
        (b + 2..i).all(|j| doc.tokens[j].kind == TokenKind::Word || is_possessive(doc.tok(j)) || doc.tok(j) == "-")
            && (next.is_empty()
                || matches!(
                    next.as_str(),
                    "," | "."
                        | ";"
                        | ")"
                        | "based"
                        | "that"
                        | "which"
                        | "whose"
                        | "in"
                        | "of"
                        | "with"
                        | "owned"
                        | "and"
                ))
    })
}

/// Words for a people or its members after its name ("Fulani herders", "the Nasa
/// people"; see `Recognizer::groups_before_collective_nouns`).
const COLLECTIVE_NOUNS: &[&str] = &[
    "community",
    "communities",
    "people",
    "peoples",
    "tribe",
    "tribes",
    "tribesmen",
    "clan",
    "clans",
    "clansmen",
    "herders",
    "separatists",
    "nationalist",
    "nationalists",
    "majority",
    "minority",
];

/// Plural words of natural features after a list of names ("the Barracuda and Kayangan
/// lakes", "the Tigris and Euphrates rivers"): the names are places without a
/// government (LOC).
const PLURAL_FEATURES: &[&str] =
    &["lakes", "rivers", "islands", "mountains", "hills", "valleys", "seas", "deserts", "forests", "plains"];

/// Plural words of division after a list of names ("the Osh and Jalal-Abad regions",
/// "the Clayton Heights and Grandview Heights neighbourhoods").
const PLURAL_DIVISIONS: &[&str] = &[
    "provinces",
    "regions",
    "districts",
    "oblasts",
    "governorates",
    "states",
    "counties",
    "prefectures",
    "departments",
    "municipalities",
    "zones",
    "neighbourhoods",
    "neighborhoods",
    "villages",
    "towns",
    "cities",
    "suburbs",
    "townships",
    "wards",
];

/// Whether the name at `a` follows "the town of", "the village of", "the city of" … : a
/// place however its words look ("the town of Tuz Khurmato" is no person).
fn named_as_settlement(doc: &Doc, a: usize) -> bool {
    a >= 3
        && doc.lower(a - 1) == "of"
        && doc.lower(a - 3) == "the"
        && matches!(
            doc.lower(a - 2).as_str(),
            "town"
                | "city"
                | "village"
                | "hamlet"
                | "province"
                | "district"
                | "governorate"
                | "port"
                | "municipality"
                | "county"
                | "region"
                | "suburb"
                | "neighbourhood"
                | "neighborhood"
        )
}

/// Nouns that describe a name as a company (see `described_as_company`).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "maker",
    "manufacturer",
    "automaker",
    "carmaker",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "airline",
    "carrier",
    "conglomerate",
    "supplier",
    "producer",
    "broadcaster",
    "publisher",
    "chain",
    "operator",
    "contractor",
    "subsidiary",
];

/// Replaces each pair of neighbouring spans that `join` makes one by the span it
/// returns, left to right (a joined span may join its next neighbour too).
fn join_neighbours(out: &mut Vec<Labelled>, join: impl Fn(&Labelled, &Labelled) -> Option<Labelled>) {
    let mut k = 1;
    while k < out.len() {
        match join(&out[k - 1], &out[k]) {
            Some(joined) => {
                out[k] = joined;
                out.remove(k - 1);
            }
            None => k += 1,
        }
    }
}

/// Nouns in lower case that only people are, before a person's name ("the owner
/// Karla", "party boss Bai Enpei").
const ROLE_NOUNS: &[&str] = &[
    "owner",
    "founder",
    "co-founder",
    "boss",
    "candidate",
    "incumbent",
    "challenger",
    "nominee",
    "actor",
    "actress",
    "singer",
    "rapper",
    "star",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "coach",
    "teacher",
    "businessman",
    "businesswoman",
    "lawyer",
    "attorney",
    "author",
    "novelist",
    "poet",
    "writer",
    "journalist",
    "reporter",
    "historian",
    "economist",
    "professor",
    "playwright",
    "comedian",
    "musician",
    "cleric",
    "preacher",
    "activist",
    "dissident",
    "colleague",
    "interviewee",
    "photographer",
    "filmmaker",
];

/// The postal codes of the United States' states and capital district.
const US_STATE_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
];

/// "Chillicothe, OH", "Baltimore, MD 21202": a state's postal code after a place and a
/// comma is that state (web text and addresses write states so; the model leaves the
/// two capitals alone). Only after a place: "Harry Preuss, MD" is a doctor.
fn states_after_towns(doc: &Doc, raw: &mut Vec<(Labelled, usize)>) {
    let n = doc.tokens.len();
    let mut added = Vec::new();
    for (k, ((_, b, label, _, _), si)) in raw.iter().enumerate() {
        let i = b + 1;
        let state = matches!(label, Label::Gpe | Label::Loc)
            && i < n
            && doc.tok(*b) == ","
            && US_STATE_CODES.contains(&doc.tok(i))
            && raw.get(k + 1).is_none_or(|((a, _, _, _, _), _)| *a > i)
            // Not the first letters of a capitalized phrase ("Paris, TX Oil Company").
            && (i + 1 >= n || !doc.tok(i + 1).starts_with(char::is_uppercase));
        if state {
            added.push(((i, i + 1, Label::Gpe, Some("US".to_string()), None), *si));
        }
    }
    if !added.is_empty() {
        raw.extend(added);
        raw.sort_by_key(|((a, _, _, _, _), _)| *a);
    }
}

/// Verbs and auxiliaries after a subject, which a modified noun is not.
const VERB_WORDS: &[&str] = &[
    "said", "says", "say", "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "did", "does", "do",
];

/// Heads of things that are defined by an acronym as organizations are ("Multiple
/// Launch Rocket System (MLRS)", "Acquired Immune Deficiency Syndrome (AIDS)").
const THING_HEADS: &[&str] = &[
    "system",
    "systems",
    "vehicle",
    "device",
    "missile",
    "rocket",
    "weapon",
    "index",
    "standard",
    "format",
    "language",
    "disease",
    "syndrome",
    "virus",
    "regulation",
    "regulations",
    "directive",
    "average",
    "averages",
];

/// "Campaign for Nuclear Disarmament (CND)", "Soqosoqo Duavata ni Lewenivanua (SDL)",
/// "Forza Europa (FE)": a name of two words or more that an acronym in parentheses
/// defines is an organization's (the NER corpora tag nearly every such name one) where
/// the model read an unfamiliar name as a MISC name or a nationality; not a law, an
/// event or a thing by its head word ("General Data Protection Regulation (GDPR)").
fn defined_as_organization(doc: &Doc, a: usize, b: usize, label: Label) -> bool {
    let head = doc.lower(b - 1);
    matches!(label, Label::Misc | Label::Norp)
        && b >= a + 2
        && is_capitalized(doc.tok(a))
        && !doc.tok(b - 1).starts_with(char::is_lowercase)
        && ![MISC_HEADS, EVENT_HEADS, THING_HEADS].iter().any(|l| l.contains(&head.as_str()))
}

/// Whether the capitalized words of tokens `a..b` (and the parts of hyphenated ones)
/// begin with the letters of `acronym`, in order: "Islamic State of Iraq and the
/// Levant-Khorasan" spells ISIL-K.
fn spells(doc: &Doc, a: usize, b: usize, acronym: &str) -> bool {
    let initials: String = (a..b)
        .flat_map(|i| doc.tok(i).split('-'))
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && initials == letters
}

/// Whether the words after a name describe a person by a role in a group: ", the
/// (new) leader of …", ", a senior commander of …".
/// Whether the name ending before `b` is described as someone's relative: ", wife of",
/// ", the son of" ("Eva Forest, wife of the playwright Alfonso Sastre").
fn described_as_kin(doc: &Doc, b: usize) -> bool {
    let n = doc.tokens.len();
    let word = |i: usize| if i < n { doc.lower(i) } else { String::new() };
    let i = if word(b + 1) == "the" { b + 2 } else { b + 1 };
    word(b) == "," && KIN_WORDS.contains(&word(i).as_str()) && word(i + 1) == "of"
}

fn described_as_person(doc: &Doc, b: usize) -> bool {
    let n = doc.tokens.len();
    let word = |i: usize| if i < n { doc.lower(i) } else { String::new() };
    if word(b) != "," {
        return false;
    }
    let mut i = b + 1;
    while matches!(word(i).as_str(), "the" | "a" | "its" | "new" | "current" | "former" | "senior" | "top" | "deputy") {
        i += 1;
    }
    let role = matches!(word(i).as_str(), "leader" | "chief" | "commander" | "founder" | "emir" | "head");
    role && word(i + 1) == "of"
}

/// Clusters whose names give the same id ("Mike" the person and "MIKE" the acronym,
/// two spellings of one name) are one actor of the document: ids must be unique.
fn merge_same_ids(out: &mut Entities) {
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut remap: Vec<usize> = Vec::with_capacity(out.clusters.len());
    let mut kept: Vec<Cluster> = Vec::new();
    for c in std::mem::take(&mut out.clusters) {
        match first.get(&c.id()) {
            Some(&k) => {
                let target = &mut kept[k];
                for (alias, span) in c.aliases {
                    if !target.aliases.iter().any(|(a, _)| *a == alias) {
                        target.aliases.push((alias, span));
                    }
                }
                target.spans.extend(c.spans);
                target.spans.sort_unstable();
                target.spans.dedup();
                target.country = target.country.take().or(c.country);
                remap.push(k);
            }
            None => {
                first.insert(c.id(), kept.len());
                remap.push(kept.len());
                kept.push(c);
            }
        }
    }
    out.clusters = kept;
    for e in &mut out.entities {
        if let Some(c) = e.cluster {
            e.cluster = Some(remap[c]);
        }
    }
}

fn is_surname_of(key: &str, c: &Cluster) -> bool {
    !key.contains(' ') && c.name.to_lowercase().rsplit(' ').next() == Some(key)
}

/// The kind a description right after a name gives it ("… terrorist organization").
fn descriptor_kind(doc: &Doc, _a: usize, b: usize) -> ActorKind {
    let after: Vec<String> = (b..(b + 4).min(doc.tokens.len())).map(|i| doc.lower(i)).collect();
    let after = after.join(" ");
    let after = after.trim_start_matches(") ");
    if after.starts_with("terrorist") || after.starts_with("jihadist") || after.starts_with("extremist") {
        ActorKind::TerrorGroup
    } else if after.starts_with("rebel")
        || after.starts_with("insurgent")
        || after.starts_with("militant")
        || after.starts_with("armed group")
    {
        ActorKind::RebelGroup
    } else if after.starts_with("militia") {
        ActorKind::Militia
    } else if after.starts_with("party") {
        ActorKind::PoliticalParty
    } else {
        ActorKind::Organization
    }
}

/// Whether a string mentions the actor of `cluster` by one of its aliases.
pub fn names_cluster(c: &Cluster, s: &str) -> bool {
    let k = lexicon::key(s);
    c.aliases.iter().any(|(a, _)| lexicon::key(a) == k)
}

#[cfg(test)]
mod tests;

/// ACLED's name for an armed group where the lexicon's (UCDP's) name or the text's
/// acronym differs ("Alliance of Democratic Forces" is ACLED's "ADF: Allied Democratic
/// Forces"); "RSF" is Sudan's Rapid Support Forces only in a text about Sudan (its
/// name, or its regions and cities a one-line report names instead).
///
/// Where ACLED's coders write a group two ways ("Houthis" and "Ansar Allah", "March 23
/// Movement" and "M23"), the name holds both, as ACLED's own "M23: March 23 Movement"
/// does. A state's military command ("United States Central Command") is its military.
pub fn acled_name(name: &str, text: &str) -> Option<&'static str> {
    const SUDAN: &[&str] =
        &["Sudan", "Darfur", "Khartoum", "Kordofan", "Omdurman", "Fasher", "Fashir", "White Nile", "Gezira"];
    Some(match name {
        "Ansar Allah" | "Houthis" | "Houthi Movement" => "Houthis (Ansar Allah)",
        "March 23 Movement" | "M23" => "M23: March 23 Movement",
        "United States Central Command" | "CENTCOM" | "United States Africa Command" | "AFRICOM" => {
            "Military Forces of the United States"
        }
        "Alliance of Democratic Forces" | "Allied Democratic Forces" => "ADF: Allied Democratic Forces",
        "Group for the Support of Islam and Muslims"
        | "Jama'at Nasr al-Islam wal Muslimin"
        | "Jama'at Nusrat al-Islam wal-Muslimin"
        | "Jama'a Nusrat al-Islam wal-Muslimin" => "JNIM: Group for Support of Islam and Muslims",
        // UCDP's translations where ACLED keeps the group's own name.
        "Army of Justice" | "Jaish al-Adl" => "Jaish al-Adl",
        "Palestinian National Liberation Movement" => "Fatah",
        "Hunters who Trust in God" | "Dan na Ambassagou" => "Dan Na Ambassagou",
        "Jaish-e-Mohammed" | "Jaish-E-Mohammad" => "JeM: Jaish-e-Mohammad",
        "People's Protection Units" | "Kurdish YPG" => "YPG: People's Protection Units",
        "Revolutionary Armed Forces of Colombia dissidents" => "FARC Dissidents",
        "Tigrean People’s Liberation Front" | "Tigrean People's Liberation Front" => {
            "TPLF: Tigray People's Liberation Front"
        }
        "Euskadi Ta Askatasuna" | "Basque Nation and Liberty" => "ETA: Basque Homeland and Freedom",
        "Popular Front for the Rebirth of the Central African Republic" => {
            "FPRC: Popular Front for the Renaissance of the Central African Republic"
        }
        "Sudanese Armed Forces" => "Military Forces of Sudan",
        "RSF" | "Rapid Support Forces" if SUDAN.iter().any(|w| text.contains(w)) => "RSF: Rapid Support Forces",
        "ISF" | "Iraqi Security Forces" if text.contains("Iraq") => "Military Forces of Iraq",
        _ => return None,
    })
}

/// A country as ACLED names it in actor names ("Civilians (Democratic Republic of
/// Congo)", "Police Forces of China" in Hong Kong) where the gazetteer's name differs.
pub fn acled_country(gazetteer_name: &str) -> &str {
    match gazetteer_name {
        "Democratic Republic of the Congo" | "DR Congo" => "Democratic Republic of Congo",
        "Republic of the Congo" | "Congo" => "Republic of Congo",
        "Hong Kong" | "Macao" | "Macau" => "China",
        "Palestinian Territory" | "Palestinian Territories" | "State of Palestine" => "Palestine",
        "Timor Leste" | "Timor-Leste" => "East Timor",
        "Czechia" => "Czech Republic",
        "Eswatini" | "Swaziland" => "eSwatini",
        "Cabo Verde" => "Cape Verde",
        "Vatican" => "Vatican City",
        "Côte d'Ivoire" | "Cote d'Ivoire" => "Ivory Coast",
        "Republic of Macedonia" | "Macedonia" => "North Macedonia",
        // "The Netherlands", "The Gambia": ACLED's "Protesters (Netherlands)" (and "Police
        // Forces of the Netherlands", [`with_article`]).
        other => other.strip_prefix("The ").unwrap_or(other),
    }
}

/// A country's name as it follows "of" in ACLED's actor names: "Military Forces of the
/// United States", "Police Forces of the Netherlands", "Government of Iraq".
pub fn with_article(country: &str) -> String {
    const WITH_THE: &[&str] = &[
        "United States",
        "United Kingdom",
        "United Arab Emirates",
        "Bahamas",
        "Democratic Republic of the Congo",
        "Republic of the Congo",
        "Central African Republic",
        "Dominican Republic",
        "Gambia",
        "Comoros",
        "Maldives",
        "Philippines",
        "Seychelles",
        "Marshall Islands",
        "Solomon Islands",
        "Netherlands",
    ];
    match country.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None if WITH_THE.contains(&country) => format!("the {country}"),
        None => country.to_string(),
    }
}
