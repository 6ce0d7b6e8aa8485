//! Actors read off the whole document for events whose own sentence names no attacker,
//! as ACLED codes them: a state's forces named by a nationality word before a word for
//! troops or arms ("Russian artillery", "Saudi-led coalition airstrikes", "a U.S. air
//! strike") and the armed group that claimed an attack or was blamed for it ("Al-Shabab
//! claimed responsibility", "police blamed the attack on Boko Haram").
//!
//! Both lists are built once per document in one pass over its tokens and mentions, so
//! looking an event's actor up costs a binary search, never a scan per event.

use tidings_entities::Entities;
use tidings_geo::Gazetteer;
use tidings_model::{ActorKind, Label};
use tidings_text::Segmented;

/// A nationality or country word that names a state's forces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Striker {
    /// Byte range of the nationality word up to the force word ("Russian artillery").
    pub start: usize,
    pub end: usize,
    /// ISO country code of the state.
    pub country: String,
}

/// An armed group said to have carried out an attack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Claim {
    /// Byte range of the group's mention.
    pub start: usize,
    pub end: usize,
    /// Index into `Entities::clusters`.
    pub cluster: usize,
}

/// The document's strikers and claims, in text order.
#[derive(Debug, Default)]
pub(crate) struct DocActors {
    pub strikers: Vec<Striker>,
    pub claims: Vec<Claim>,
    /// The document's one armed group, where it names exactly one and at least twice.
    pub sole_group: Option<(usize, usize, usize)>,
}

/// Words for a state's troops or its arms ("Turkish drone", "Israeli jets").
pub(crate) const FORCE_WORDS: &[&str] = &[
    "forces",
    "troops",
    "soldiers",
    "army",
    "military",
    "drone",
    "drones",
    "warplane",
    "warplanes",
    "aircraft",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
    "gunships",
    "artillery",
    "navy",
    "airstrike",
    "airstrikes",
    "strike",
    "strikes",
    "shelling",
    "missile",
    "missiles",
    "bombers",
    "planes",
    "tanks",
];

/// Words that may stand between the nationality and the force word ("Saudi-led
/// coalition airstrikes", "Syrian government artillery", "U.S. air strike").
const BETWEEN: &[&str] =
    &["-", "led", "backed", "coalition", "government", "air", "military", "army", "naval", "regime"];

/// Words after a force word that make the phrase an institution or a speaker, not the
/// force that struck ("a Bangkok military court", "Russian military officials said").
const NOT_FORCE: &[&str] = &[
    "court",
    "courts",
    "tribunal",
    "prosecutor",
    "prosecutors",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "sources",
    "said",
    "says",
    "statement",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "intelligence",
    "academy",
    "base",
    "bases",
    "hospital",
    "judge",
    "judges",
    "chief",
    "leadership",
    "command",
    "blog",
    "bloggers",
];

/// Words before a nationality that make it the side acted against ("killing two Turkish
/// soldiers", "an attack on Russian troops").
const VICTIM_CUES: &[&str] = &[
    "on",
    "against",
    "at",
    "targeting",
    "killing",
    "killed",
    "kill",
    "wounding",
    "wounded",
    "injuring",
    "injured",
    "ambushed",
    "attacked",
    "captured",
    "of",
];

/// Whether an armed group's mention: the kinds ACLED names as attackers.
fn armed(kind: ActorKind) -> bool {
    matches!(kind, ActorKind::TerrorGroup | ActorKind::RebelGroup | ActorKind::Militia)
}

impl DocActors {
    pub fn new(text: &str, seg: &Segmented, entities: &Entities, gazetteer: &Gazetteer) -> DocActors {
        let tokens = &seg.tokens;
        let word = |i: usize| tokens[i].text(text).to_lowercase();
        let at = |offset: usize| tokens.partition_point(|t| t.start < offset);
        let mut strikers = Vec::new();
        for e in &entities.entities {
            let Some(cc) = &e.country else { continue };
            if !matches!(e.label, Label::Norp | Label::Gpe) {
                continue;
            }
            if e.cluster.is_some_and(|c| armed(entities.clusters[c].kind)) {
                continue;
            }
            // A place names a state only by the country's own name ("Russia", "Saudi",
            // "U.S."), never a city's ("a Bangkok military court").
            let named = &text[e.start..e.end];
            let country_name = gazetteer.country(cc).is_some_and(|c| c.name.starts_with(named));
            if e.label == Label::Gpe && !country_name && !matches!(named, "U.S." | "US" | "UK" | "U.K." | "USA") {
                continue;
            }
            let first = at(e.start);
            if first > 0 {
                let before = word(first - 1);
                // "killed three US soldiers": a counted nationality is of the victims.
                let counted = before.chars().all(|c| c.is_ascii_digit())
                    || (!matches!(before.as_str(), "a" | "an") && crate::rules::number_word(&before).is_some());
                if VICTIM_CUES.contains(&before.as_str()) || counted {
                    continue;
                }
            }
            let mut i = at(e.end);
            let limit = (i + 4).min(tokens.len());
            while i < limit {
                let w = word(i);
                let institution = i + 1 < tokens.len() && NOT_FORCE.contains(&word(i + 1).as_str());
                if FORCE_WORDS.contains(&w.as_str()) && !institution {
                    strikers.push(Striker { start: e.start, end: tokens[i].end, country: cc.clone() });
                    break;
                }
                if !BETWEEN.contains(&w.as_str()) {
                    break;
                }
                i += 1;
            }
        }
        strikers.sort_by_key(|s| s.start);
        // Mentions of armed groups in text order, to find the one next to a claim.
        let mut groups: Vec<(usize, usize, usize)> = entities
            .clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| armed(c.kind))
            .flat_map(|(ci, c)| c.spans.iter().map(move |&(a, b)| (a, b, ci)))
            .collect();
        groups.sort_unstable();
        let mut claims = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let w = word(i);
            let next = |k: usize| if i + k < tokens.len() { word(i + k) } else { String::new() };
            let claimed = matches!(w.as_str(), "claimed" | "claims" | "claiming")
                && matches!(next(1).as_str(), "responsibility" | "the" | "credit" | "it" | "an" | "a" | "that");
            let blamed = matches!(w.as_str(), "blamed" | "blames" | "blaming");
            let suspected = w == "suspected";
            if !(claimed || blamed || suspected) {
                continue;
            }
            // The group before a claim ("Al-Shabab claimed …", "the group, which claimed");
            // after a blame ("blamed the attack on Boko Haram", "blamed ISWAP") or
            // "suspected" ("suspected Boko Haram fighters").
            let k = seg.sentences.partition_point(|s| s.start <= t.start);
            let sentence_start = k.checked_sub(1).map_or(0, |k| seg.sentences[k].start);
            let found = if claimed {
                let a = groups.partition_point(|g| g.1 <= t.start);
                groups[..a].iter().rev().find(|g| g.0 >= sentence_start && at(g.1) + 6 >= i).copied()
            } else {
                let reach = if suspected { 2 } else { 8 };
                let end = tokens[(i + reach).min(tokens.len() - 1)].end;
                let a = groups.partition_point(|g| g.0 < t.end);
                groups[a..].iter().find(|g| g.1 <= end).copied()
            };
            if let Some((start, end, cluster)) = found {
                claims.push(Claim { start, end, cluster });
            }
        }
        let mut ids: Vec<usize> = groups.iter().map(|g| g.2).collect();
        ids.sort_unstable();
        ids.dedup();
        let sole_group = (ids.len() == 1 && groups.len() >= 2).then(|| groups[0]);
        DocActors { strikers, claims, sole_group }
    }

    /// The striker told in `start..end` (a sentence) before byte `before`, nearest first.
    pub fn striker_in(&self, start: usize, end: usize, before: usize) -> Option<&Striker> {
        let a = self.strikers.partition_point(|s| s.start < start);
        self.strikers[a..].iter().take_while(|s| s.end <= end).filter(|s| s.start < before).last()
    }

    /// The striker nearest to byte `offset` in the document: the last before it, else the
    /// first after it.
    pub fn nearest_striker(&self, offset: usize) -> Option<&Striker> {
        let a = self.strikers.partition_point(|s| s.start < offset);
        a.checked_sub(1).map(|i| &self.strikers[i]).or_else(|| self.strikers.get(a))
    }

    /// The claim nearest to byte `offset`.
    pub fn nearest_claim(&self, offset: usize) -> Option<&Claim> {
        let a = self.claims.partition_point(|c| c.start < offset);
        let before = a.checked_sub(1).map(|i| &self.claims[i]);
        let after = self.claims.get(a);
        match (before, after) {
            (Some(b), Some(c)) => {
                Some(if offset.saturating_sub(b.end) <= c.start.saturating_sub(offset) { b } else { c })
            }
            (b, c) => b.or(c),
        }
    }
}
