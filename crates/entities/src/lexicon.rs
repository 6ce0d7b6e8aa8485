//! The bundled actor lexicon and common-word list (built by `cargo xtask build-lexicon`).

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::OnceLock;

use tidings_model::ActorKind;

static ACTORS: &[u8] = include_bytes!("../data/actors.tsv.gz");
static COMMON: &[u8] = include_bytes!("../data/common.txt.gz");
static GIVEN: &[u8] = include_bytes!("../data/given_names.txt.gz");

/// A known actor.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownActor {
    pub canonical: String,
    pub kind: ActorKind,
    pub country: Option<String>,
}

/// Known actors by alias, and words that are mostly written in lower case.
pub struct Lexicon {
    actors: HashMap<String, KnownActor>,
    common: HashSet<String>,
    given: HashSet<String>,
    /// Keys of one-word aliases only ever spelled as acronyms ("LeT", "LET": "let").
    acronyms: HashSet<String>,
    /// Longest alias length in words, bounding phrase lookups.
    pub max_words: usize,
}

fn gunzip(bytes: &[u8]) -> String {
    let mut s = String::new();
    flate2::read::GzDecoder::new(bytes).read_to_string(&mut s).expect("bundled lexicon is valid gzip UTF-8");
    s
}

pub(crate) fn key(s: &str) -> String {
    s.replace('\u{2019}', "'").to_lowercase()
}

impl Lexicon {
    pub fn bundled() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(&gunzip(ACTORS), &gunzip(COMMON), &gunzip(GIVEN)))
    }

    /// Parses the lexicon files. When an alias names several actors, a curated identity
    /// wins, then the actor with the most aliases (the better documented, usually the
    /// better known).
    pub fn parse(actors: &str, common: &str, given: &str) -> Lexicon {
        let rows: Vec<Vec<&str>> = actors
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect::<Vec<_>>())
            .filter(|f| f.len() >= 5)
            .collect();
        let mut alias_count: HashMap<(&str, &str), usize> = HashMap::new();
        for f in &rows {
            *alias_count.entry((f[1], f[3])).or_default() += 1;
        }
        let mut map: HashMap<String, (usize, KnownActor)> = HashMap::new();
        let mut spelled: HashMap<String, bool> = HashMap::new();
        let mut max_words = 1;
        for f in &rows {
            let kind = match f[2] {
                "rebel_group" => ActorKind::RebelGroup,
                "terror_group" => ActorKind::TerrorGroup,
                "militia" => ActorKind::Militia,
                "state_force" => ActorKind::StateForce,
                "government" => ActorKind::Government,
                "political_party" => ActorKind::PoliticalParty,
                "international_organization" => ActorKind::InternationalOrganization,
                _ => ActorKind::Organization,
            };
            // The curated identities win; then the better documented actor.
            let n = alias_count[&(f[1], f[3])] + if f[4] == "curated" { 1_000_000 } else { 0 };
            let known = KnownActor {
                canonical: f[1].to_string(),
                kind,
                country: Some(f[3].to_string()).filter(|c| !c.is_empty()),
            };
            max_words = max_words.max(f[0].split_whitespace().count());
            let k = key(f[0]);
            if !f[0].contains(' ') {
                let acronym = f[0].chars().filter(|c| c.is_uppercase()).count() >= 2;
                *spelled.entry(k.clone()).or_insert(true) &= acronym;
            }
            match map.get(&k) {
                Some((m, _)) if *m >= n => {}
                _ => {
                    map.insert(k, (n, known));
                }
            }
        }
        Lexicon {
            actors: map.into_iter().map(|(k, (_, a))| (k, a)).collect(),
            common: common.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect(),
            given: given.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect(),
            acronyms: spelled.into_iter().filter(|(_, a)| *a).map(|(k, _)| k).collect(),
            max_words,
        }
    }

    pub fn actor(&self, name: &str) -> Option<&KnownActor> {
        let k = key(name);
        self.actors.get(k.strip_prefix("the ").unwrap_or(&k))
    }

    /// Whether a short word is written as an ordinary word ("Let", "Fan") while every
    /// alias it matches is an acronym ("LeT", "FAN"): it names no known actor.
    pub fn miscased_acronym(&self, word: &str) -> bool {
        word.chars().count() <= 3
            && word.chars().filter(|c| c.is_uppercase()).count() <= 1
            && self.acronyms.contains(&key(word))
    }

    /// Whether a word often begins a person's name ("Abdullah", "Vladimir").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
    }

    /// Whether a word is mostly written in lower case ("Members", "Meanwhile").
    pub fn is_common(&self, word: &str) -> bool {
        self.common.contains(&word.to_lowercase())
    }
}
