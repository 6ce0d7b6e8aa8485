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

use std::collections::HashMap;

use tidings_geo::Gazetteer;
use tidings_model::{ActorKind, Label, Mention, Span};
use tidings_text::{is_acronym, is_capitalized, Segmented, Token, TokenKind};

pub use lexicon::{KnownActor, Lexicon};

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
        let mut slug = String::from("actor:");
        let mut dash = false;
        for c in self.name.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                slug.push(c);
                dash = false;
            } else if !dash && !slug.ends_with(':') {
                slug.push('-');
                dash = true;
            }
        }
        slug.trim_end_matches('-').to_string()
    }
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

const CONNECTORS: &[&str] =
    &["of", "for", "al", "bin", "ibn", "de", "del", "la", "von", "van", "el", "da", "du", "the"];
const MONTHS_AND_DAYS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "general",
    "gen",
    "colonel",
    "col",
    "commander",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "king",
    "prince",
    "sultan",
    "emir",
    "imam",
    "mullah",
    "lt",
    "sgt",
    "capt",
    "captain",
    "major",
    "maj",
    "lieutenant",
    "sergeant",
    "chief",
    "governor",
    "gov",
    "senator",
    "sen",
    "secretary",
    "ambassador",
    "judge",
    "spokesman",
    "spokeswoman",
    "deputy",
    "vice",
    "premier",
    "chancellor",
    "admiral",
    "brigadier",
    "marshal",
    "ayatollah",
    "pope",
    "bishop",
    "rev",
    "father",
    "officer",
    "private",
    "corporal",
];
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
/// Religious, ethnic and political collectives (nationalities come from the gazetteer).
const NORP_WORDS: &[&str] = &[
    "jewish",
    "jews",
    "jew",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "shi'ite",
    "kurdish",
    "kurds",
    "kurd",
    "arab",
    "arabs",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "catholic",
    "catholics",
    "islamist",
    "islamists",
    "jihadist",
    "jihadists",
    "yazidi",
    "yazidis",
    "alawite",
    "alawites",
    "druze",
    "pashtun",
    "pashtuns",
    "baloch",
    "tamil",
    "tamils",
    "uighur",
    "uighurs",
    "uyghur",
    "uyghurs",
    "rohingya",
    "hazara",
    "hazaras",
    "tuareg",
    "fulani",
    "orthodox",
    "protestant",
    "coptic",
    "copts",
    "salafi",
    "salafist",
    "wahhabi",
    "islamic",
    "western",
    "communist",
    "communists",
    "socialist",
    "democrat",
    "democrats",
    "republican",
    "republicans",
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

/// The recognizer with its resources.
pub struct Recognizer<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
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

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

impl Recognizer<'_> {
    pub fn bundled() -> Recognizer<'static> {
        Recognizer { gazetteer: Gazetteer::bundled(), lexicon: Lexicon::bundled() }
    }

    /// Finds the named entities of `text` and groups mentions of the same actor.
    pub fn recognize(&self, text: &str, seg: &Segmented) -> Entities {
        let doc = Doc { text, tokens: &seg.tokens };
        let mut raw: Vec<(Labelled, usize)> = Vec::new();
        for (si, sent) in seg.sentences.iter().enumerate() {
            let mut i = sent.tokens.start;
            while i < sent.tokens.end {
                if !self.starts_name(&doc, i, sent.tokens.start) {
                    i += 1;
                    continue;
                }
                let end = self.chunk_end(&doc, i, sent.tokens.end);
                for (a, b, label, country, kind) in self.label_chunk(&doc, i, end) {
                    raw.push(((a, b, label, country, kind), si));
                }
                i = end;
            }
        }
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
        out
    }

    fn starts_name(&self, doc: &Doc, i: usize, sentence_start: usize) -> bool {
        let t = &doc.tokens[i];
        let s = doc.tok(i);
        if t.kind != TokenKind::Word
            || !is_capitalized(s)
            || MONTHS_AND_DAYS.contains(&s.to_lowercase().trim_end_matches('.'))
        {
            return false;
        }
        if s.chars().count() == 1 {
            return false;
        }
        // After a sentence start or an opening quote, a common word is just a word.
        let initial = i == sentence_start
            || (i > sentence_start && matches!(doc.tok(i - 1), "“" | "\"" | "‘" | "(" | "'" | ":" | "—" | "-"));
        let known =
            self.lexicon.actor(s).is_some() || self.gazetteer.is_place(s) || self.gazetteer.demonym(s).is_some();
        if initial && !is_acronym(s) && !known && self.lexicon.is_common(s) {
            // Unless the next word continues a name ("The Islamic State").
            return false;
        }
        true
    }

    fn chunk_end(&self, doc: &Doc, start: usize, limit: usize) -> usize {
        let mut j = start + 1;
        loop {
            if j >= limit {
                break;
            }
            let s = doc.tok(j);
            let gap = &doc.text[doc.tokens[j - 1].end..doc.tokens[j].start];
            if gap.contains('\n') {
                break;
            }
            let word = doc.tokens[j].kind == TokenKind::Word;
            if word && is_capitalized(s) && !MONTHS_AND_DAYS.contains(&s.to_lowercase().as_str()) {
                j += 1;
            } else if word
                && CONNECTORS.contains(&s)
                && j + 1 < limit
                && is_capitalized(doc.tok(j + 1))
                && doc.tokens[j + 1].kind == TokenKind::Word
                && (s != "the" || matches!(doc.tok(j - 1), "of" | "for"))
                && !MONTHS_AND_DAYS.contains(&doc.lower(j + 1).as_str())
            {
                j += 2;
            } else {
                break;
            }
        }
        // "Kaluga oblasts", "Helmand province": a lower-case division word closes the name.
        if j < limit && tidings_geo::DIVISION_SUFFIXES.contains(&doc.tok(j)) {
            let with_suffix = doc.phrase(start, j + 1);
            if self.gazetteer.is_place(with_suffix) {
                j += 1;
            }
        }
        j
    }

    /// Splits a chunk into labelled entities: the whole chunk if it is known or has a
    /// head word, else the longest known pieces left to right.
    fn label_chunk(&self, doc: &Doc, a: usize, b: usize) -> Vec<Labelled> {
        // Titles go; they make what follows a person.
        let mut a = a;
        let mut titled = false;
        while a + 1 < b && TITLES.contains(&doc.lower(a).trim_end_matches('.')) {
            a += 1;
            titled = true;
        }
        if let Some(x) = self.label_whole(doc, a, b, titled) {
            return vec![x];
        }
        let mut out = Vec::new();
        let mut p = a;
        let mut unknown_from = None;
        while p < b {
            let known = (p + 1..=b).rev().find_map(|q| self.label_known(doc, p, q).map(|x| (q, x)));
            match known {
                Some((q, x)) => {
                    if let Some(u) = unknown_from.take() {
                        out.extend(self.label_unknown(doc, u, p, titled));
                    }
                    out.push(x);
                    p = q;
                }
                None => {
                    unknown_from.get_or_insert(p);
                    p += 1;
                }
            }
        }
        if let Some(u) = unknown_from {
            out.extend(self.label_unknown(doc, u, b, titled));
        }
        out
    }

    fn label_whole(&self, doc: &Doc, a: usize, b: usize, titled: bool) -> Option<Labelled> {
        if let Some(x) = self.label_known(doc, a, b) {
            return Some(x);
        }
        if b - a < 2 {
            return None;
        }
        let words: Vec<String> =
            (a..b).flat_map(|i| doc.lower(i).split('-').map(str::to_string).collect::<Vec<_>>()).collect();
        let last = words.last().map(String::as_str).unwrap_or("");
        // A run of plain words with a given name among them and no country or
        // nationality is a person ("Hafiz Saeed Khan").
        let given = (a..b).any(|i| self.lexicon.is_given_name(doc.tok(i)))
            && (a..b).all(|i| {
                let w = doc.tok(i);
                doc.tokens[i].kind == TokenKind::Word
                    && !is_acronym(w)
                    && self.gazetteer.demonym(w).is_none()
                    && !self
                        .gazetteer
                        .lookup(w)
                        .iter()
                        .any(|&p| self.gazetteer.entry(p).kind == tidings_geo::Kind::Country)
            });
        if titled || (given && !words.iter().any(|w| ORG_HEADS.contains(&w.as_str()))) {
            return Some((a, b, Label::Per, None, Some(ActorKind::Person)));
        }
        if FAC_HEADS.contains(&last) {
            return Some((a, b, Label::Fac, None, None));
        }
        if LOC_HEADS.contains(&last) {
            return Some((a, b, Label::Loc, None, None));
        }
        if MISC_HEADS.contains(&last) {
            return Some((a, b, Label::Misc, None, None));
        }
        if words.iter().any(|w| ORG_HEADS.contains(&w.as_str())) {
            // "Russian Federal Security Service": a leading nationality is the country.
            let country = self.gazetteer.demonym(doc.tok(a)).map(str::to_string);
            return Some((a, b, Label::Org, country, None));
        }
        None
    }

    /// A phrase the lexicon or gazetteer knows.
    fn label_known(&self, doc: &Doc, a: usize, b: usize) -> Option<Labelled> {
        let phrase = doc.phrase(a, b);
        if let Some(&(_, cc)) = COUNTRY_ABBREVIATIONS.iter().find(|(abbr, _)| *abbr == phrase) {
            return Some((a, b, Label::Gpe, Some(cc.to_string()), None));
        }
        if let Some(k) = self.lexicon.actor(phrase) {
            return Some((a, b, Label::Org, k.country.clone(), Some(k.kind)));
        }
        let places = self.gazetteer.lookup(phrase);
        let is_country = places.iter().any(|&i| self.gazetteer.entry(i).kind == tidings_geo::Kind::Country);
        if b - a == 1 && !is_country {
            if let Some(cc) = self.gazetteer.demonym(phrase) {
                return Some((a, b, Label::Norp, Some(cc.to_string()), None));
            }
        }
        if let Some(&best) = places.iter().max_by_key(|&&i| {
            let e = self.gazetteer.entry(i);
            (e.kind == tidings_geo::Kind::Country, e.population)
        }) {
            let e = self.gazetteer.entry(best);
            // Tiny hamlets share names with too many words and people.
            // A lone common word ("Of", "Mora") is a town only in a gazetteer's eyes.
            let common_word = b - a == 1 && self.lexicon.is_common(phrase);
            let prominent = e.kind != tidings_geo::Kind::City || (e.population >= 15_000 && !common_word) || b - a > 1;
            if prominent {
                return Some((a, b, Label::Gpe, Some(e.country.clone()), None));
            }
        }
        if b - a == 1 && NORP_WORDS.contains(&phrase.to_lowercase().as_str()) {
            return Some((a, b, Label::Norp, None, None));
        }
        None
    }

    fn label_unknown(&self, doc: &Doc, a: usize, b: usize, titled: bool) -> Option<Labelled> {
        if let Some(x) = self.label_whole(doc, a, b, titled) {
            return Some(x);
        }
        if b - a >= 2 {
            return Some((a, b, Label::Per, None, Some(ActorKind::Person)));
        }
        let s = doc.tok(a);
        if is_acronym(s) {
            return Some((a, b, Label::Org, None, None));
        }
        let lower = s.to_lowercase();
        if self.lexicon.is_common(s) || ORG_HEADS.contains(&lower.as_str()) {
            return None;
        }
        if titled {
            return Some((a, b, Label::Per, None, Some(ActorKind::Person)));
        }
        // A lone capitalized word is a name only mid-sentence.
        let initial = a == 0 || doc.text[..doc.tokens[a].start].trim_end().ends_with(['.', '\n', '“', '"', '!', '?']);
        (!initial).then_some((a, b, Label::Misc, None, None))
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
            let country_name = self.gazetteer.country(&cc).map_or(cc.clone(), |c| c.name.clone());
            let name = template.replace("{}", &country_name);
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

/// Counts mentions per cluster, for salience.
pub fn salience(ents: &Entities) -> HashMap<usize, usize> {
    ents.clusters.iter().enumerate().map(|(i, c)| (i, c.spans.len())).collect()
}

#[cfg(test)]
mod tests;
