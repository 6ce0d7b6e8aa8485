//! Merging the events of many documents into one record per real event.
//!
//! Two per-document events **conflict** (cannot be one event) when they come from one
//! document, belong to different type families (political violence: battles,
//! explosions and violence against civilians, which coders often tell apart
//! differently; demonstrations: protests and riots; strategic developments of the
//! same sub-type), disagree on whether it happened (occurred, attempted, claimed,
//! denied) or not (planned, foiled, threatened, hypothetical), have dates no day fits
//! ([`when::relation`]), lie farther apart than the coarser location's precision allows
//! (25 km for a town, 50 km for a district, 300 km for a province; a country-level
//! location only asks for the same country), name different means (a shooting or a
//! stabbing is no bombing), or name different parties on one side
//! (both name the attacking force or group, or both the one attacked, and no actor is
//! common; people, companies and other organizations, and generic actors such as
//! "Civilians (Iraq)", do not count).
//!
//! Two events that do not conflict are **tied** to one event
//!
//! - *strongly* when their dates agree (intervals of at most a month that meet: a day
//!   meets its month, a day may be one off, as reports straddle midnight and time
//!   zones; a date inferred from the publication date stands for the week before it; a
//!   year-less `XXXX-04-15` meets the day 15 April of any year) and both are located
//!   (finer than a country when both dates are inferred), or, when one is not,
//!   they share a named person (a leader killed in July 2016 is one event, wherever
//!   the reports place it) or two named actors, or both are known to the day, of one
//!   sub-type, and the unlocated one's document names the other's town; or their
//!   documents quote one another ([`crate::quotes`]) and they are of one sub-type;
//! - *weakly* when nothing contradicts their dates but nothing ties them either (an
//!   undated report, a weekday or a year-less day against a date it fits, a year
//!   against a day in it), and their documents quote one another, or both are
//!   located in towns within 25 km, and they share a named person or the same town
//!   names the incident in one of them ("the Chelsea explosion", "the Boston Marathon
//!   bombing"). An incident named after its place and dated by the publication day
//!   ("accused of carrying out the Boston Marathon bombing" on Wednesday) is the news
//!   of the week before (dates in it agree) or an incident recalled from any time
//!   before (dates before are only consistent).
//!
//! Candidate pairs are ranked, strong ties first, then by how much they agree (same
//! date, dates known to the day, same place, same actors, same sub-type, same toll), and joined greedily, best
//! first: a tie joins two clusters when no pair across them conflicts. The ranking is
//! a pure function of the events' content with their (content-derived) ids as
//! tie-breakers, so the same events in any order give the same merged events.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use tidings_model::{ActorKind, ActorRef, Event, Modality, Place};

use crate::fingerprint::fnv1a;
use crate::identity::{Identities, Identity};
use crate::quotes;
use crate::when::{self, civil, Interval, Relation, When};

/// One per-document event and what merging needs to know of its document.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub document_id: &'a str,
    /// The document's publication date, to tell a date read from it ("on Wednesday").
    pub published: Option<&'a str>,
    pub event: &'a Event,
    /// The sentence the event was read from (for ACLED's `notes`).
    pub note: Option<&'a str>,
    /// The document's text, for the words around the event's evidence.
    pub text: Option<&'a str>,
}

/// One real event with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedEvent {
    /// `m-` and 16 hex digits derived from the ids of the merged events.
    pub id: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub plover: String,
    pub modality: Modality,
    pub date: Option<MergedDate>,
    pub location: Option<MergedPlace>,
    pub actor1: Option<Named>,
    pub assoc_actor1: Vec<Named>,
    pub actor2: Option<Named>,
    pub assoc_actor2: Vec<Named>,
    /// The spread of the sources' tolls: `low` the least any source allows, `high` the
    /// most, `best` the most conservative best estimate (CODING_GUIDE); null when no
    /// source gives a number.
    pub fatalities: Option<Spread>,
    /// Every source recounts it as history.
    pub background: bool,
    pub confidence: f32,
    /// The sentence of the first source that reports it.
    pub notes: String,
    /// Every document that reports it: sources and their copies, sorted.
    pub documents: Vec<String>,
    /// Documents linked as copies of a source (not coded themselves).
    pub copies: Vec<CopyOf>,
    /// Fields on which the sources differ, with who says what.
    pub disagreements: Vec<Disagreement>,
    /// Each source's own event, with its values and evidence.
    pub sources: Vec<Source>,
}

/// A date with the interval of days it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergedDate {
    /// The most precise TIMEX3 value the sources give.
    pub value: String,
    /// First and last day it may be (`YYYY-MM-DD`).
    pub start: String,
    pub end: String,
    /// ACLED's time_precision: 1 day, 2 week, 3 month or coarser.
    pub precision: u8,
}

/// A location without per-document evidence (see the sources for that).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MergedPlace {
    pub name: String,
    pub geonames_id: Option<u64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub precision: u8,
}

/// An actor by its cross-document identity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// A range of values over sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spread {
    pub low: u32,
    pub best: u32,
    pub high: u32,
}

/// A document linked as a copy of another.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CopyOf {
    pub document: String,
    pub original: String,
}

/// A field on which sources differ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disagreement {
    /// `type`, `modality`, `date`, `location`, `fatalities`, `actor1`, `actor2`.
    pub field: String,
    pub values: Vec<Claim>,
}

/// One value and the documents that give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub value: String,
    pub documents: Vec<String>,
}

/// One report of a merged event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    pub event: Event,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Family {
    Violence,
    Demonstrations,
    Strategic,
    Other,
}

fn family(event_type: &str) -> Family {
    match event_type {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => Family::Violence,
        "Protests" | "Riots" => Family::Demonstrations,
        "Strategic developments" => Family::Strategic,
        _ => Family::Other,
    }
}

fn realized(m: Modality) -> bool {
    matches!(m, Modality::Occurred | Modality::Attempted | Modality::Claimed | Modality::Denied)
}

/// Radius in km within which two locations of this precision may be one place.
fn radius_km(precision: u8) -> f64 {
    match precision {
        0 | 1 => 25.0,
        2 => 50.0,
        3 => 300.0,
        _ => f64::INFINITY,
    }
}

pub use tidings_model::haversine_km;

/// A report with what the comparisons need, computed once.
struct Prepared<'a> {
    report: Report<'a>,
    /// The document, its block ([`Prepared::block`]) and its location's country, as
    /// numbers for fast comparisons (see [`merge`]).
    doc: u32,
    block_number: u32,
    country: u32,
    family: Family,
    realized: bool,
    when: When,
    actors: BTreeSet<String>,
    named: BTreeSet<String>,
    /// Named parties ([`is_party`]: forces, governments, armed groups, parties) of each
    /// side: actor1 and its associates, actor2 and its.
    sides: [BTreeSet<String>; 2],
    persons: BTreeSet<String>,
    /// The incident is named after its town ("the Chelsea explosion").
    named_for_place: bool,
    /// The means its words name ([`means`]).
    means: u8,
}

impl Prepared<'_> {
    /// The known interval of days, if the date has a year.
    fn interval(&self) -> Option<Interval> {
        match self.when {
            When::Anchored(iv) => Some(iv),
            _ => None,
        }
    }

    /// The block of events it may merge with: family, whether it happened, and for
    /// strategic developments the sub-type.
    fn block(&self) -> (Family, bool, &str) {
        let sub = if self.family == Family::Strategic { self.report.event.sub_event_type.as_str() } else { "" };
        (self.family, self.realized, sub)
    }

    /// Its location if that is a town or site.
    fn town(&self) -> Option<&Place> {
        self.report.event.location.as_ref().filter(|p| p.precision <= 1)
    }
}

fn resolve_actor(identities: &Identities, doc: &str, r: &ActorRef) -> Named {
    match identities.of(doc, &r.id) {
        Some(Identity { id, name, .. }) => Named { id: id.clone(), name: name.clone() },
        None => Named { id: r.id.clone(), name: r.name.clone() },
    }
}

fn is_generic(identities: &Identities, doc: &str, r: &ActorRef) -> bool {
    let kind = identities.of(doc, &r.id).map(|i| i.kind);
    matches!(kind, Some(ActorKind::Civilians | ActorKind::Protesters))
        || ["Civilians", "Protesters", "Rioters", "Unidentified"].iter().any(|g| r.name.starts_with(g))
}

/// Whether actors of this kind take sides in political violence: forces, governments,
/// armed groups and parties. A company, a school or a name the entity stage could not
/// place ("Organization") does not keep two reports apart.
fn is_party(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::StateForce
            | ActorKind::Government
            | ActorKind::RebelGroup
            | ActorKind::TerrorGroup
            | ActorKind::Militia
            | ActorKind::PoliticalParty
    )
}

/// Nouns that name an incident when a place stands before them ("the Chelsea
/// explosion", "the Boston Marathon bombing", "the Guildford pub bombings").
const INCIDENT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "ambush",
    "assault",
    "blast",
    "blasts",
    "bomb",
    "bombs",
    "bombing",
    "bombings",
    "explosion",
    "explosions",
    "hijacking",
    "kidnapping",
    "massacre",
    "raid",
    "shooting",
    "shootings",
    "siege",
    "strike",
];

/// Words that cannot stand between a place and the incident it names.
const NOT_A_NAME: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "and", "or", "to", "by", "for", "from", "with", "as", "after", "before",
    "is", "was", "were", "are", "has", "had", "said", "says",
];

/// Whether the event's place stands right before one of its incident nouns, with at
/// most two name words between and no punctuation ("Boston Marathon bombing").
fn named_for_place(e: &Event, text: &str) -> bool {
    let Some(place) = &e.location else { return false };
    place.evidence.iter().any(|loc| {
        e.evidence.iter().any(|t| {
            let noun = t.text.rsplit(' ').next().unwrap_or("").to_lowercase();
            let Some(gap) = text.get(loc.end..t.start).filter(|_| t.start >= loc.end) else { return false };
            let words: Vec<&str> = gap.split_whitespace().collect();
            INCIDENT_NOUNS.contains(&noun.as_str())
                && gap.starts_with(' ')
                && words.len() <= 2
                && words.iter().all(|w| {
                    w.chars().all(|c| c.is_alphabetic() || c == '-') && !NOT_A_NAME.contains(&w.to_lowercase().as_str())
                })
        })
    })
}

fn prepare<'a>(report: Report<'a>, identities: &Identities) -> Prepared<'a> {
    let e = report.event;
    let named_for_place = report.text.is_some_and(|text| named_for_place(e, text));
    let published = report.published.and_then(when::interval).filter(|iv| iv.precision == 1);
    let when = match &e.date {
        None => When::Unknown,
        Some(t) => match when::when(&t.value, t.inferred) {
            // A named incident dated by the publication day (inferred from it, or read
            // from "on Wednesday" of the report) only happened by then: the day is the
            // report's, "the Boston Marathon bombing" may be years old.
            When::Anchored(iv)
                if named_for_place
                    && (t.inferred || published.is_some_and(|p| p.start == iv.start && iv.len() == 1)) =>
            {
                When::Before(iv.end)
            }
            other => other,
        },
    };
    let mut actors = BTreeSet::new();
    let mut named = BTreeSet::new();
    let mut sides = [BTreeSet::new(), BTreeSet::new()];
    let mut persons = BTreeSet::new();
    let side1 = e.actor1.iter().chain(&e.assoc_actor1).map(|r| (0, r));
    let side2 = e.actor2.iter().chain(&e.assoc_actor2).map(|r| (1, r));
    for (side, r) in side1.chain(side2) {
        let id = resolve_actor(identities, report.document_id, r).id;
        let kind = identities.of(report.document_id, &r.id).map(|i| i.kind);
        let person = kind == Some(ActorKind::Person);
        if !is_generic(identities, report.document_id, r) {
            named.insert(id.clone());
            if kind.is_some_and(is_party) {
                sides[side].insert(id.clone());
            }
        }
        if person {
            persons.insert(id.clone());
        }
        actors.insert(id);
    }
    Prepared {
        report,
        doc: 0,
        block_number: 0,
        country: 0,
        family: family(&e.event_type),
        realized: realized(e.modality),
        when,
        actors,
        named,
        sides,
        persons,
        named_for_place,
        means: means(e),
    }
}

const EXPLOSIVE: u8 = 1;
const GUN: u8 = 2;
const BLADE: u8 = 4;

/// The means an event's evidence and weapons name: explosives ("bombing", "blast"),
/// guns ("shooting", "gunfire") or blades ("stabbing"), as bits.
fn means(e: &Event) -> u8 {
    let words = e.evidence.iter().map(|s| s.text.as_str()).chain(e.weapons.iter().map(|w| w.name.as_str()));
    let mut m = 0;
    for w in words.flat_map(str::split_whitespace).map(str::to_lowercase) {
        let w = w.as_str();
        if ["bomb", "blast", "explo", "detonat", "ied", "grenade", "missile", "shell", "rocket", "mortar", "airstrike"]
            .iter()
            .any(|p| w.starts_with(p))
        {
            m |= EXPLOSIVE;
        } else if ["shoot", "shot", "gun", "fire", "sniper", "firearm"].iter().any(|p| w.starts_with(p)) {
            m |= GUN;
        } else if ["stab", "knif", "blade", "machete", "hack"].iter().any(|p| w.starts_with(p)) {
            m |= BLADE;
        }
    }
    m
}

/// Whether two reports cannot be one event: one document, another kind of event,
/// dates no day fits, places too far apart, means that differ (a shooting is no
/// bombing), or only different named actors, on one side.
fn conflict(a: &Prepared, b: &Prepared) -> bool {
    if a.doc == b.doc || a.block_number != b.block_number {
        return true;
    }
    if a.means != 0 && b.means != 0 && a.means & b.means == 0 {
        return true;
    }
    if when::relation(&a.when, &b.when) == Relation::Contradict {
        return true;
    }
    if let (Some(pa), Some(pb)) = (&a.report.event.location, &b.report.event.location) {
        if a.country != b.country {
            return true;
        }
        let radius = radius_km(pa.precision).max(radius_km(pb.precision));
        if radius.is_finite() && km(pa, pb) > radius {
            return true;
        }
    }
    // Different named groups on one side, the attackers or the attacked, and no named
    // actor in common. People do not count here: one report names the leader killed,
    // another his group, and people are often given the wrong side.
    (0..2).any(|k| !a.sides[k].is_empty() && !b.sides[k].is_empty()) && a.named.is_disjoint(&b.named)
}

/// Whether `text` names `place` as a whole word: its name or the words the place was
/// read from, as written or in capitals (a dateline: "BOSTON —").
fn names_place(text: &str, place: &Place) -> bool {
    let forms = std::iter::once(place.name.as_str()).chain(place.evidence.iter().map(|s| s.text.as_str()));
    let forms = forms.flat_map(|f| [f.to_string(), f.to_uppercase()]);
    forms.filter(|f| !f.is_empty()).any(|form| {
        text.match_indices(&form).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + form.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether `a`, not located, is told in a document that names the town or district
/// where `b` is located.
fn placed_by_text(a: &Prepared, b: &Prepared) -> bool {
    let (None, Some(place)) = (&a.report.event.location, &b.report.event.location) else { return false };
    place.precision <= 2 && a.report.text.is_some_and(|text| names_place(text, place))
}

/// How strongly two reports are tied to one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tie {
    /// A date without a year or none, one town, and a named actor or the very place
    /// in common.
    Weak,
    /// Dates that agree, and places that do or named people in common.
    Strong,
}

/// What ties two reports to one event, if anything does and nothing conflicts.
/// `quoted`: their documents quote one another ([`crate::quotes`]).
fn tie(a: &Prepared, b: &Prepared, quoted: bool) -> Option<Tie> {
    if conflict(a, b) {
        return None;
    }
    let shared = a.named.intersection(&b.named).count();
    // A group is founded once, a leader appointed once: the same group's change of
    // group or leadership, on dates that fit, is one event wherever it is told.
    let change = "Change to group/activity";
    let same_people = (a.persons.is_empty() && b.persons.is_empty()) || !a.persons.is_disjoint(&b.persons);
    let dated = a.interval().is_some() || b.interval().is_some();
    if a.report.event.sub_event_type == change
        && b.report.event.sub_event_type == change
        && !a.sides[0].is_disjoint(&b.sides[0])
        && same_people
        && dated
    {
        return Some(Tie::Strong);
    }
    let same_sub_type = a.report.event.sub_event_type == b.report.event.sub_event_type;
    // Documents that quote one another tell one story: their events of one kind are one.
    let quoted_story = quoted && same_sub_type;
    match when::relation(&a.when, &b.when) {
        Relation::Agree => {
            // Both located; a country is not place enough when neither report dates the
            // event itself (an attack and a killing in Saudi Arabia in the week before
            // two reports are two events).
            let inferred = |p: &Prepared| p.report.event.date.as_ref().is_some_and(|t| t.inferred);
            let located = match (&a.report.event.location, &b.report.event.location) {
                (Some(pa), Some(pb)) => !(inferred(a) && inferred(b)) || pa.precision.max(pb.precision) <= 3,
                _ => false,
            };
            // One day, one kind of event, and the unlocated report's document names the
            // other's town ("the April 15, 2013, bombing at the world-renowned race" in
            // a report datelined Boston).
            let same_day = [a, b].iter().all(|p| p.interval().is_some_and(|iv| iv.len() == 1));
            let placed = same_day && same_sub_type && (placed_by_text(a, b) || placed_by_text(b, a));
            (located || placed || quoted_story || shared >= 2 || !a.persons.is_disjoint(&b.persons))
                .then_some(Tie::Strong)
        }
        Relation::Consistent if quoted_story => Some(Tie::Weak),
        Relation::Consistent => {
            // Both towns, within 25 km (no conflict), and a named person in common or
            // the same town with an incident named after it ("the Chelsea explosion").
            // A group in common is not enough: a town's armed group is in most of its
            // reports.
            let (ta, tb) = (a.town()?, b.town()?);
            let same_town = ta.geonames_id.is_some() && ta.geonames_id == tb.geonames_id;
            let named_incident = same_town && (a.named_for_place || b.named_for_place);
            (!a.persons.is_disjoint(&b.persons) || named_incident).then_some(Tie::Weak)
        }
        Relation::Contradict => None,
    }
}

/// How much two tied reports agree; higher merges first.
fn score(a: &Prepared, b: &Prepared) -> u32 {
    let (ea, eb) = (a.report.event, b.report.event);
    let mut s = 0;
    if a.when == b.when {
        s += 3;
    }
    // A report known to the day anchors an undated one best.
    for p in [a, b] {
        if p.interval().is_some_and(|iv| iv.precision == 1) {
            s += 2;
        }
    }
    if let (Some(pa), Some(pb)) = (&ea.location, &eb.location) {
        if pa.geonames_id == pb.geonames_id && pa.name == pb.name {
            s += 3;
        } else if km(pa, pb) <= 25.0 {
            s += 2;
        }
    }
    s += 2 * a.actors.intersection(&b.actors).count() as u32;
    if ea.sub_event_type == eb.sub_event_type {
        s += 2;
    }
    if let (Some(fa), Some(fb)) = (&ea.fatalities, &eb.fatalities) {
        if fa.best == fb.best {
            s += 1;
        }
    }
    s
}

/// Reports one report is compared with at most, in each of the ways [`candidate_pairs`]
/// finds them (the nearest by start day, then by the canonical order): a day with
/// thousands of reports costs linear time, not quadratic. Far above what a real event
/// gathers in one block and week (the merging gold's largest is 14).
pub const MAX_CANDIDATES: usize = 64;

/// Reports one merged event joins at most: a join costs the product of the two
/// clusters' sizes (every pair is checked for a conflict), so clusters are capped.
pub const MAX_CLUSTER: usize = 256;

/// Pairs of reports worth comparing, as (smaller, larger) indices: reports with
/// known intervals, swept by start day within a block; reports without one against
/// those of the same block on the same year-less day; and, when one of the two has no
/// known interval, towns with a named person in common or of the same name with an
/// incident named after one; and the events of documents that quote one another
/// (`quoted`, pairs of document numbers).
fn candidate_pairs(prepared: &[Prepared], quoted: &BTreeSet<(u32, u32)>) -> BTreeSet<(usize, usize)> {
    let mut pairs = BTreeSet::new();
    let mut push = |i: usize, j: usize| {
        if i != j {
            pairs.insert((i.min(j), i.max(j)));
        }
    };
    let mut blocks: BTreeMap<(Family, bool, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in prepared.iter().enumerate() {
        blocks.entry(p.block()).or_default().push(i);
    }
    for members in blocks.values() {
        // Known intervals, swept by start day.
        let mut dated: Vec<(Interval, usize)> =
            members.iter().filter_map(|&i| Some((prepared[i].interval()?, i))).collect();
        dated.sort_by_key(|&(iv, i)| (iv.start, i));
        for (x, &(iv, i)) in dated.iter().enumerate() {
            for &(jv, j) in dated[x + 1..].iter().take(MAX_CANDIDATES) {
                if jv.start > iv.end + 1 {
                    break;
                }
                push(i, j);
            }
        }
        // A year-less day against the known days with that month and day (give or
        // take one).
        let mut by_day: BTreeMap<(i64, i64), Vec<usize>> = BTreeMap::new();
        for &(iv, i) in &dated {
            if iv.precision == 1 {
                let (_, m, d) = when::ymd(iv.start);
                by_day.entry((m, d)).or_default().push(i);
            }
        }
        for &i in members {
            let Some((m, d)) = (match prepared[i].when {
                When::Recurring(r) => r.month_day(),
                _ => None,
            }) else {
                continue;
            };
            let z = when::days(2000, m, d);
            for near in z - 1..=z + 1 {
                let (_, m, d) = when::ymd(near);
                for &j in by_day.get(&(m, d)).into_iter().flatten().take(MAX_CANDIDATES) {
                    push(i, j);
                }
            }
        }
        // Weak ties, when one of the two has no known interval: towns with a named
        // person in common, and an incident named after its town with the town's
        // other reports.
        let mut by_person: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        let mut by_town: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for &i in members {
            let Some(town) = prepared[i].town() else { continue };
            for person in &prepared[i].persons {
                by_person.entry(person.as_str()).or_default().push(i);
            }
            if let Some(id) = town.geonames_id {
                by_town.entry(id).or_default().push(i);
            }
        }
        let undated = |i: usize, j: usize| prepared[i].interval().is_none() || prepared[j].interval().is_none();
        for group in by_person.values() {
            for (x, &i) in group.iter().enumerate() {
                for &j in group[x + 1..].iter().filter(|&&j| undated(i, j)).take(MAX_CANDIDATES) {
                    push(i, j);
                }
            }
        }
        for group in by_town.values() {
            for &i in group.iter().filter(|&&i| prepared[i].named_for_place).take(MAX_CANDIDATES) {
                for &j in group.iter().filter(|&&j| undated(i, j)).take(MAX_CANDIDATES) {
                    push(i, j);
                }
            }
        }
        // The events of documents that quote one another.
        let mut by_doc: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for &i in members {
            by_doc.entry(prepared[i].doc).or_default().push(i);
        }
        for (da, db) in quoted {
            let (Some(xs), Some(ys)) = (by_doc.get(da), by_doc.get(db)) else { continue };
            for &i in xs.iter().take(MAX_CANDIDATES) {
                for &j in ys.iter().take(MAX_CANDIDATES) {
                    push(i, j);
                }
            }
        }
    }
    pairs
}

/// What an incremental merge looks a stored report's candidates up by (see
/// [`candidate_pairs`]): its block (family, whether it happened, and a strategic
/// development's sub-type), its location's country (empty when not located), the
/// known interval of days of its date, and its town.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateKey {
    pub block: String,
    pub country: String,
    /// First and last day (days since 1970-01-01) of its date, when that has a year.
    pub days: Option<(i64, i64)>,
    /// The GeoNames id of its town or site.
    pub town: Option<u64>,
}

/// The [`CandidateKey`] of an event. Its interval is the date's own, even when merging
/// reads a named incident's date as "on or before" (a wider net, never a narrower one).
pub fn candidate_key(e: &Event) -> CandidateKey {
    let family = family(&e.event_type);
    let sub = if family == Family::Strategic { e.sub_event_type.as_str() } else { "" };
    let days = match e.date.as_ref().map(|t| when::when(&t.value, t.inferred)) {
        Some(When::Anchored(iv)) => Some((iv.start, iv.end)),
        _ => None,
    };
    CandidateKey {
        block: format!("{:?}", (family, realized(e.modality), sub)),
        country: e.location.as_ref().and_then(|l| l.country.clone()).unwrap_or_default(),
        days,
        town: e.location.as_ref().filter(|p| p.precision <= 1).and_then(|p| p.geonames_id),
    }
}

/// Merges the reports of a corpus. `copies` maps an original document to the documents
/// linked as its copies. The result is sorted by date (undated last), then id, and does
/// not depend on the order of `reports`.
pub fn merge(reports: &[Report], identities: &Identities, copies: &BTreeMap<String, Vec<String>>) -> Vec<MergedEvent> {
    let mut prepared: Vec<Prepared> = reports.iter().map(|&r| prepare(r, identities)).collect();
    // A canonical order: by event id (content-derived), then document.
    prepared
        .sort_by(|a, b| (&a.report.event.id, a.report.document_id).cmp(&(&b.report.event.id, b.report.document_id)));
    prepared.dedup_by(|a, b| a.report.event.id == b.report.event.id && a.report.document_id == b.report.document_id);
    let numbers = |keys: Vec<String>| -> BTreeMap<String, u32> {
        keys.into_iter().collect::<BTreeSet<_>>().into_iter().zip(0..).collect()
    };
    let country_of =
        |p: &Prepared| p.report.event.location.as_ref().and_then(|l| l.country.clone()).unwrap_or_default();
    let block_of = |p: &Prepared| format!("{:?}", p.block());
    let docs = numbers(prepared.iter().map(|p| p.report.document_id.to_string()).collect());
    let blocks = numbers(prepared.iter().map(block_of).collect());
    let countries = numbers(prepared.iter().map(country_of).collect());
    for p in &mut prepared {
        (p.doc, p.block_number, p.country) =
            (docs[p.report.document_id], blocks[&block_of(p)], countries[&country_of(p)]);
    }

    let texts: BTreeMap<u32, &str> = prepared.iter().filter_map(|p| Some((p.doc, p.report.text?))).collect();
    let quoted = quotes::links(&texts);
    let mut candidates: Vec<(Tie, u32, usize, usize)> = candidate_pairs(&prepared, &quoted)
        .into_iter()
        .filter_map(|(i, j)| {
            let (a, b) = (&prepared[i], &prepared[j]);
            let linked = quoted.contains(&(a.doc.min(b.doc), a.doc.max(b.doc)));
            Some((tie(a, b, linked)?, score(a, b), i, j))
        })
        .collect();
    // Strong ties first, then by score; indices break ties.
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));

    // Greedy clustering: a tie joins two clusters when no pair across them conflicts.
    let mut cluster_of: Vec<usize> = (0..prepared.len()).collect();
    let mut clusters: Vec<Vec<usize>> = (0..prepared.len()).map(|i| vec![i]).collect();
    // The documents of each cluster: one document twice is the commonest conflict.
    let mut documents: Vec<BTreeSet<u32>> = prepared.iter().map(|p| BTreeSet::from([p.doc])).collect();
    for (_, _, i, j) in candidates {
        let (ci, cj) = (cluster_of[i], cluster_of[j]);
        if ci == cj
            || clusters[ci].len() + clusters[cj].len() > MAX_CLUSTER
            || !documents[ci].is_disjoint(&documents[cj])
        {
            continue;
        }
        let ok = clusters[ci].iter().all(|&a| clusters[cj].iter().all(|&b| !conflict(&prepared[a], &prepared[b])));
        if !ok {
            continue;
        }
        let (keep, gone) = (ci.min(cj), ci.max(cj));
        let moved = std::mem::take(&mut clusters[gone]);
        for &m in &moved {
            cluster_of[m] = keep;
        }
        clusters[keep].extend(moved);
        let moved_docs = std::mem::take(&mut documents[gone]);
        documents[keep].extend(moved_docs);
    }

    let mut out: Vec<MergedEvent> = clusters
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| {
            let mut members: Vec<&Prepared> = c.iter().map(|&i| &prepared[i]).collect();
            members.sort_by(|a, b| {
                (a.report.document_id, &a.report.event.id).cmp(&(b.report.document_id, &b.report.event.id))
            });
            combine(&members, identities, copies)
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |m: &MergedEvent| m.date.as_ref().map(|d| d.start.clone());
        (key(a).is_none(), key(a), &a.id).cmp(&(key(b).is_none(), key(b), &b.id))
    });
    out
}

/// The value most sources give; ties go to the smallest in `Ord`.
fn majority<T: Ord + Clone>(values: impl IntoIterator<Item = T>) -> Option<T> {
    let mut counts: BTreeMap<T, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v)
}

fn combine(members: &[&Prepared], identities: &Identities, copies: &BTreeMap<String, Vec<String>>) -> MergedEvent {
    let events: Vec<(&str, &Event)> = members.iter().map(|p| (p.report.document_id, p.report.event)).collect();
    let id_source: Vec<&str> = events.iter().map(|(_, e)| e.id.as_str()).collect::<BTreeSet<_>>().into_iter().collect();
    let id = format!("m-{:016x}", fnv1a(id_source.join("\n").as_bytes()));

    let (event_type, sub_event_type) =
        majority(events.iter().map(|(_, e)| (e.event_type.clone(), e.sub_event_type.clone()))).unwrap_or_default();
    let plover = events
        .iter()
        .find(|(_, e)| e.event_type == event_type && e.sub_event_type == sub_event_type)
        .map(|(_, e)| e.plover.clone())
        .unwrap_or_default();
    let modality_rank = |m: Modality| {
        [
            Modality::Occurred,
            Modality::Attempted,
            Modality::Claimed,
            Modality::Denied,
            Modality::Foiled,
            Modality::Planned,
            Modality::Threatened,
            Modality::Hypothetical,
        ]
        .iter()
        .position(|&x| x == m)
        .unwrap_or(9)
    };
    let modality = majority(events.iter().map(|(_, e)| modality_rank(e.modality)))
        .and_then(|r| events.iter().map(|(_, e)| e.modality).find(|&m| modality_rank(m) == r))
        .unwrap_or(Modality::Occurred);

    // The most precise date, then the most common value among equally precise ones.
    let date = members
        .iter()
        .filter_map(|p| Some((p.interval()?, p.report.event.date.as_ref()?.value.clone())))
        .min_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.start.cmp(&b.0.start)).then(a.1.cmp(&b.1)))
        .map(|(iv, value)| MergedDate { value, start: civil(iv.start), end: civil(iv.end), precision: iv.precision });

    let location = events
        .iter()
        .filter_map(|(_, e)| e.location.as_ref())
        .min_by(|a, b| a.precision.cmp(&b.precision).then(a.name.cmp(&b.name)).then(a.geonames_id.cmp(&b.geonames_id)))
        .map(merged_place);

    let resolve = |d: &str, r: &ActorRef| resolve_actor(identities, d, r);
    let actor1 = majority(events.iter().filter_map(|(d, e)| e.actor1.as_ref().map(|r| resolve(d, r))));
    let actor2 = majority(
        events
            .iter()
            .filter_map(|(d, e)| e.actor2.as_ref().map(|r| resolve(d, r)))
            .filter(|n| Some(n) != actor1.as_ref()),
    );
    let chosen: BTreeSet<&Named> = actor1.iter().chain(&actor2).collect();
    let side = |main: fn(&Event) -> Option<&ActorRef>, assoc: fn(&Event) -> &Vec<ActorRef>| -> Vec<Named> {
        let set: BTreeSet<Named> = events
            .iter()
            .flat_map(|(d, e)| main(e).into_iter().chain(assoc(e)).map(|r| resolve(d, r)))
            .filter(|n| !chosen.contains(n))
            .collect();
        set.into_iter().collect()
    };
    let assoc_actor1 = side(|e| e.actor1.as_ref(), |e| &e.assoc_actor1);
    let assoc_actor2: Vec<Named> =
        side(|e| e.actor2.as_ref(), |e| &e.assoc_actor2).into_iter().filter(|n| !assoc_actor1.contains(n)).collect();

    let tolls: Vec<&tidings_model::Fatalities> = events.iter().filter_map(|(_, e)| e.fatalities.as_ref()).collect();
    let fatalities = (!tolls.is_empty()).then(|| Spread {
        low: tolls.iter().map(|f| f.low).min().unwrap_or(0),
        best: tolls.iter().map(|f| f.best).min().unwrap_or(0),
        high: tolls.iter().map(|f| f.high).max().unwrap_or(0),
    });

    let source_docs: BTreeSet<&str> = events.iter().map(|(d, _)| *d).collect();
    let mut copy_links: Vec<CopyOf> = source_docs
        .iter()
        .flat_map(|d| {
            copies.get(*d).into_iter().flatten().map(|c| CopyOf { document: c.clone(), original: d.to_string() })
        })
        .collect();
    copy_links.sort();
    let mut documents: Vec<String> =
        source_docs.iter().map(|d| d.to_string()).chain(copy_links.iter().map(|c| c.document.clone())).collect();
    documents.sort();
    documents.dedup();

    let mut disagreements = Vec::new();
    let mut field = |name: &str, values: Vec<(String, &str)>| {
        let mut by_value: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (v, d) in values {
            by_value.entry(v).or_default().insert(d.to_string());
        }
        if by_value.len() > 1 {
            disagreements.push(Disagreement {
                field: name.to_string(),
                values: by_value
                    .into_iter()
                    .map(|(value, docs)| Claim { value, documents: docs.into_iter().collect() })
                    .collect(),
            });
        }
    };
    field("type", events.iter().map(|(d, e)| (format!("{} / {}", e.event_type, e.sub_event_type), *d)).collect());
    field("modality", events.iter().map(|(d, e)| (e.modality.as_str().to_string(), *d)).collect());
    field("date", events.iter().filter_map(|(d, e)| Some((e.date.as_ref()?.value.clone(), *d))).collect());
    field("location", events.iter().filter_map(|(d, e)| Some((e.location.as_ref()?.name.clone(), *d))).collect());
    field(
        "fatalities",
        events
            .iter()
            .filter_map(|(d, e)| {
                let f = e.fatalities.as_ref()?;
                let v = if f.low == f.high { f.best.to_string() } else { format!("{} ({}-{})", f.best, f.low, f.high) };
                Some((v, *d))
            })
            .collect(),
    );
    field("actor1", events.iter().filter_map(|(d, e)| Some((resolve(d, e.actor1.as_ref()?).name, *d))).collect());
    field("actor2", events.iter().filter_map(|(d, e)| Some((resolve(d, e.actor2.as_ref()?).name, *d))).collect());

    let notes = members.iter().find_map(|p| p.report.note).unwrap_or_default().to_string();
    MergedEvent {
        id,
        event_type,
        sub_event_type,
        plover,
        modality,
        date,
        location,
        actor1,
        assoc_actor1,
        actor2,
        assoc_actor2,
        fatalities,
        background: events.iter().all(|(_, e)| e.background),
        confidence: events.iter().map(|(_, e)| e.confidence).fold(0.0, f32::max),
        notes,
        documents,
        copies: copy_links,
        disagreements,
        sources: events.iter().map(|(d, e)| Source { document: d.to_string(), event: (*e).clone() }).collect(),
    }
}

/// ACLED's point of a place: an area's capital or seat (`representative_point`), a
/// town's own point.
fn acled_point(p: &Place) -> (f64, f64) {
    p.representative_point.map_or((p.lat, p.lon), |r| (r.lat, r.lon))
}

/// Distance between two places' ACLED points.
fn km(a: &Place, b: &Place) -> f64 {
    let ((la, oa), (lb, ob)) = (acled_point(a), acled_point(b));
    haversine_km(la, oa, lb, ob)
}

fn merged_place(p: &Place) -> MergedPlace {
    let (lat, lon) = acled_point(p);
    MergedPlace {
        name: p.name.clone(),
        geonames_id: p.geonames_id,
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        lat,
        lon,
        precision: p.precision,
    }
}

/// Pairs of documents that report a common event, or that are copies of one another:
/// what merging claims about a corpus, for scoring against a gold grouping.
pub fn document_pairs(merged: &[MergedEvent]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for m in merged {
        for (i, a) in m.documents.iter().enumerate() {
            for b in &m.documents[i + 1..] {
                out.insert(if a < b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) });
            }
        }
    }
    out
}

/// The sentence of `text` around byte `offset` (cut at `.`, `!`, `?` or a line break),
/// trimmed and at most `max` characters.
pub fn sentence_around(text: &str, offset: usize, max: usize) -> String {
    let offset = offset.min(text.len());
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..offset].rfind(is_end).map_or(0, |i| i + 1);
    let end = text[offset..].find(is_end).map_or(text.len(), |i| offset + i + 1);
    let s = text.get(start..end).unwrap_or("").trim();
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut cut: String = s.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_model::{Actor, Alias, Fatalities, Granularity, Span, Time, TimexType};

    fn actor(id: &str, name: &str) -> Actor {
        Actor {
            id: id.into(),
            name: name.into(),
            aliases: vec![Alias { name: name.into(), evidence: vec![] }],
            kind: ActorKind::TerrorGroup,
            country: None,
            facts: vec![],
            evidence: vec![],
        }
    }

    fn event(
        id: &str,
        doc: &str,
        date: &str,
        place: (&str, f64, f64, u8),
        actor: Option<(&str, &str)>,
        dead: Option<u32>,
    ) -> Event {
        Event {
            id: id.into(),
            documents: vec![doc.into()],
            event_type: "Explosions/Remote violence".into(),
            sub_event_type: "Suicide bomb".into(),
            plover: "ASSAULT".into(),
            modality: Modality::Occurred,
            actor1: actor.map(|(id, name)| ActorRef { id: id.into(), name: name.into(), evidence: vec![] }),
            assoc_actor1: vec![],
            actor2: None,
            assoc_actor2: vec![],
            target: None,
            weapons: vec![],
            location: Some(Place {
                name: place.0.into(),
                geonames_id: None,
                country: Some("AF".into()),
                admin1: None,
                lat: place.1,
                lon: place.2,
                precision: place.3,
                evidence: vec![],
                ..Place::default()
            }),
            date: Some(Time {
                value: date.into(),
                timex_type: TimexType::Date,
                granularity: Granularity::Day,
                modifier: None,
                inferred: false,
                evidence: vec![],
            }),
            fatalities: dead.map(|n| Fatalities { low: n, best: n, high: n, evidence: vec![] }),
            attribution: None,
            background: false,
            confidence: 0.5,
            evidence: vec![],
        }
    }

    const KABUL: (&str, f64, f64, u8) = ("Kabul", 34.5281, 69.1723, 1);

    /// Three reports of the Kabul airport bombing (two names for IS-K, tolls 170 and
    /// 183), one of another attack the next week, one in Kandahar the same day.
    fn corpus() -> (Vec<Event>, Vec<Actor>) {
        let events = vec![
            event("a-1", "a", "2021-08-26", KABUL, Some(("actor:isis-k", "ISIS-K")), Some(170)),
            event("b-1", "b", "2021-08-26", KABUL, Some(("actor:iskp", "ISKP")), Some(183)),
            event("c-1", "c", "2021-08", ("Afghanistan", 33.0, 65.0, 4), None, None),
            event("d-1", "d", "2021-09-03", KABUL, Some(("actor:isis-k", "ISIS-K")), Some(4)),
            event("e-1", "e", "2021-08-26", ("Kandahar", 31.61, 65.71, 1), Some(("actor:isis-k", "ISIS-K")), None),
        ];
        let actors = vec![actor("actor:isis-k", "ISIS-K"), actor("actor:iskp", "ISKP")];
        (events, actors)
    }

    fn run(order: &[usize]) -> Vec<MergedEvent> {
        let (events, actors) = corpus();
        let records: Vec<(&str, &Actor)> =
            ["a", "b", "d", "e"].iter().flat_map(|d| actors.iter().map(move |a| (*d, a))).collect();
        let identities = crate::resolve(records);
        let reports: Vec<Report> = order
            .iter()
            .map(|&i| Report {
                document_id: &events[i].documents[0],
                published: None,
                event: &events[i],
                note: None,
                text: None,
            })
            .collect();
        merge(&reports, &identities, &BTreeMap::new())
    }

    #[test]
    fn reports_of_one_event_merge_with_their_spread() {
        let merged = run(&[0, 1, 2, 3, 4]);
        let airport = merged.iter().find(|m| m.sources.len() > 1).expect("a merged event");
        assert_eq!(airport.documents, ["a", "b", "c"]);
        assert_eq!(airport.date.as_ref().unwrap().value, "2021-08-26");
        assert_eq!(airport.location.as_ref().unwrap().name, "Kabul");
        assert_eq!(airport.fatalities, Some(Spread { low: 170, best: 170, high: 183 }));
        assert_eq!(airport.actor1.as_ref().unwrap().id, "actor:islamic-state-khorasan-province");
        let toll = airport.disagreements.iter().find(|d| d.field == "fatalities").unwrap();
        assert_eq!(toll.values[0], Claim { value: "170".into(), documents: vec!["a".into()] });
        assert_eq!(toll.values[1], Claim { value: "183".into(), documents: vec!["b".into()] });
        // The next week's attack and the Kandahar attack stay apart.
        assert_eq!(merged.len(), 3);
    }

    #[test]
    fn a_group_is_founded_once_wherever_it_is_told() {
        let founding = |id: &str, doc: &str, date: &str, place: Option<(&str, f64, f64, u8)>| {
            let mut e = event(id, doc, date, place.unwrap_or(("Afghanistan", 33.0, 65.0, 4)), None, None);
            e.event_type = "Strategic developments".into();
            e.sub_event_type = "Change to group/activity".into();
            e.actor1 = Some(ActorRef { id: "actor:isk".into(), name: "IS-K".into(), evidence: vec![] });
            if place.is_none() {
                e.location = None;
            }
            e
        };
        let events = [
            founding("f1", "a", "2015-01", Some(("Afghanistan", 33.0, 65.0, 4))),
            founding("f2", "b", "2015", None),
            // Another year is another change of the group.
            founding("f3", "c", "2020-06", None),
        ];
        let identities = crate::resolve([("a", &actor("actor:isk", "IS-K")), ("b", &actor("actor:isk", "IS-K"))]);
        let reports: Vec<Report> = events
            .iter()
            .map(|e| Report { document_id: &e.documents[0], published: None, event: e, note: None, text: None })
            .collect();
        let merged = merge(&reports, &identities, &BTreeMap::new());
        let docs: Vec<&[String]> = merged.iter().map(|m| m.documents.as_slice()).collect();
        assert!(docs.contains(&&["a".to_string(), "b".to_string()][..]), "{docs:?}");
        assert!(docs.contains(&&["c".to_string()][..]), "{docs:?}");
    }

    #[test]
    fn merging_ignores_report_order() {
        let want = run(&[0, 1, 2, 3, 4]);
        for order in [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]] {
            assert_eq!(run(&order), want, "{order:?}");
        }
    }

    /// Merges `events` (each from the document its `documents` names, with `texts` by
    /// document) and returns the sets of documents merged together.
    fn groups(events: &[Event], texts: &[(&str, &str)]) -> Vec<Vec<String>> {
        let mut khan = actor("actor:hafiz-saeed-khan", "Hafiz Saeed Khan");
        khan.kind = ActorKind::Person;
        let actors =
            [actor("actor:isis-k", "ISIS-K"), actor("actor:iskp", "ISKP"), actor("actor:taliban", "Taliban"), khan];
        let docs: BTreeSet<&str> = events.iter().map(|e| e.documents[0].as_str()).collect();
        let records: Vec<(&str, &Actor)> = docs.iter().flat_map(|d| actors.iter().map(move |a| (*d, a))).collect();
        let identities = crate::resolve(records);
        let reports: Vec<Report> = events
            .iter()
            .map(|e| Report {
                document_id: &e.documents[0],
                published: None,
                event: e,
                note: None,
                text: texts.iter().find(|(d, _)| *d == e.documents[0]).map(|(_, t)| *t),
            })
            .collect();
        let mut out: Vec<Vec<String>> =
            merge(&reports, &identities, &BTreeMap::new()).into_iter().map(|m| m.documents).collect();
        out.sort();
        out
    }

    /// An event of document `doc` located in Kabul by the first "Kabul" of `text`,
    /// triggered by `trigger` in it.
    fn told(doc: &str, text: &str, trigger: &str, date: Option<&str>, actor: Option<(&str, &str)>) -> Event {
        let mut e = event(&format!("{doc}-1"), doc, date.unwrap_or("2000"), KABUL, actor, None);
        let at = |w: &str| text.find(w).unwrap_or_else(|| panic!("{w:?} in {text:?}"));
        e.location.as_mut().unwrap().evidence = vec![Span::of(text, at("Kabul"), at("Kabul") + 5)];
        e.location.as_mut().unwrap().geonames_id = Some(1_138_958);
        e.evidence = vec![Span::of(text, at(trigger), at(trigger) + trigger.len())];
        if date.is_none() {
            e.date = None;
        }
        e
    }

    #[test]
    fn undated_reports_merge_on_a_named_incident_or_a_named_actor() {
        let dated = "A suicide bomber struck in Kabul on Thursday.";
        let named = "Officials recalled the Kabul airport bombing.";
        let plain = "Officials recalled a bombing in Kabul.";
        let a = told("a", dated, "struck", Some("2021-08-26"), None);
        let text = [("a", dated), ("b", named), ("c", plain)];
        // Undated, in the same town: only an incident named after it is tied.
        let b = told("b", named, "bombing", None, None);
        let c = told("c", plain, "bombing", None, None);
        assert_eq!(groups(&[a.clone(), b], &text), [vec!["a", "b"]]);
        assert_eq!(groups(&[a.clone(), c.clone()], &text), [vec!["a"], vec!["c"]]);
        // A named person in common ties them too, when the weekday fits (26 August
        // 2021 was a Thursday); a group in common does not.
        let khan = Some(("actor:hafiz-saeed-khan", "Hafiz Saeed Khan"));
        let a_khan = told("a", dated, "struck", Some("2021-08-26"), khan);
        let thursday = told("c", plain, "bombing", Some("XXXX-WXX-4"), khan);
        let monday = told("c", plain, "bombing", Some("XXXX-WXX-1"), khan);
        assert_eq!(groups(&[a_khan.clone(), thursday.clone()], &text), [vec!["a", "c"]]);
        assert_eq!(groups(&[a_khan, monday], &text), [vec!["a"], vec!["c"]]);
        let isk = |mut e: Event, name: &str| {
            e.actor1 =
                Some(ActorRef { id: format!("actor:{}", name.to_lowercase()), name: name.into(), evidence: vec![] });
            e
        };
        let (a_isk, c_isk) = (isk(a.clone(), "ISIS-K"), isk(thursday, "ISKP"));
        assert_eq!(groups(&[a_isk, c_isk], &text), [vec!["a"], vec!["c"]]);
        // Another town is another event, named or not.
        let mut elsewhere = told("b", named, "bombing", None, None);
        elsewhere.location.as_mut().unwrap().geonames_id = Some(1);
        elsewhere.location.as_mut().unwrap().lat += 1.0;
        assert_eq!(groups(&[a, elsewhere], &text), [vec!["a"], vec!["b"]]);
    }

    #[test]
    fn a_named_incident_dated_by_its_report_happened_by_then() {
        let old = "A suicide bomber struck in Kabul.";
        let recalled = "He denied on Friday carrying out the Kabul airport bombing.";
        let a = told("a", old, "struck", Some("2021-08-26"), None);
        let mut b = told("b", recalled, "bombing", Some("2022-02-04"), None);
        let text = [("a", old), ("b", recalled)];
        let published = |p: Option<&'static str>| {
            let reports = [(&a, None), (&b, p)];
            let identities = crate::resolve(Vec::<(&str, &Actor)>::new());
            let reports: Vec<Report> = reports
                .iter()
                .map(|(e, published)| Report {
                    document_id: &e.documents[0],
                    published: *published,
                    event: e,
                    note: None,
                    text: text.iter().find(|(d, _)| *d == e.documents[0]).map(|(_, t)| *t),
                })
                .collect();
            merge(&reports, &identities, &BTreeMap::new()).len()
        };
        // "on Friday" is the publication day: the bombing only happened by then.
        assert_eq!(published(Some("2022-02-04")), 1);
        // Published later, the Friday is the bombing's own day, which it cannot be.
        assert_eq!(published(Some("2022-02-09")), 2);
        // The same holds for a date inferred from the publication.
        b.date.as_mut().unwrap().inferred = true;
        assert_eq!(groups(&[a.clone(), b.clone()], &text), [vec!["a", "b"]]);
        // But when the week's news has the incident, that is the one it names.
        let news = "A suicide bomber struck in Kabul on Thursday.";
        let c = told("c", news, "struck", Some("2022-02-03"), None);
        let text = [("a", old), ("b", recalled), ("c", news)];
        assert_eq!(groups(&[a, b, c], &text), [vec!["a"], vec!["b", "c"]]);
    }

    #[test]
    fn an_unlocated_report_of_the_day_is_placed_by_its_document() {
        let located = "A suicide bomber struck in Kabul on Thursday.";
        let unplaced = "KABUL - He was convicted of the August 26, 2021, bombing at the airport.";
        let elsewhere = "HERAT - He was convicted of the August 26, 2021, bombing at the airport.";
        let a = told("a", located, "struck", Some("2021-08-26"), None);
        let unlocated = |doc: &str, text: &str, date: &str| {
            let mut e = event(&format!("{doc}-1"), doc, date, KABUL, None, None);
            e.location = None;
            e.evidence = vec![Span::of(text, 0, 5)];
            e
        };
        let text = [("a", located), ("b", unplaced), ("c", elsewhere)];
        assert_eq!(groups(&[a.clone(), unlocated("b", unplaced, "2021-08-26")], &text), [vec!["a", "b"]]);
        // A document that does not name the town, another day, or a month leave it apart.
        assert_eq!(groups(&[a.clone(), unlocated("c", elsewhere, "2021-08-26")], &text), [vec!["a"], vec!["c"]]);
        assert_eq!(groups(&[a.clone(), unlocated("b", unplaced, "2021-08-20")], &text), [vec!["a"], vec!["b"]]);
        assert_eq!(groups(&[a, unlocated("b", unplaced, "2021-08")], &text), [vec!["a"], vec!["b"]]);
    }

    #[test]
    fn a_shooting_is_no_bombing() {
        let text = "A bombing and a shooting in Kabul; gunfire and a blast.";
        let told_as = |doc: &str, words: &[&str]| {
            let mut e = event(&format!("{doc}-1"), doc, "2021-08-26", KABUL, None, None);
            e.evidence = words
                .iter()
                .map(|w| {
                    let at = text.find(w).unwrap();
                    Span::of(text, at, at + w.len())
                })
                .collect();
            e
        };
        let texts = [("a", text), ("b", text), ("c", text)];
        let bombing = told_as("a", &["bombing"]);
        assert_eq!(groups(&[bombing.clone(), told_as("b", &["shooting"])], &texts), [vec!["a"], vec!["b"]]);
        // Gunfire and a blast in one report may be the bombing; so may a report that names no means.
        assert_eq!(groups(&[bombing.clone(), told_as("b", &["gunfire", "blast"])], &texts), [vec!["a", "b"]]);
        assert_eq!(groups(&[bombing, told_as("c", &["Kabul"])], &texts), [vec!["a", "c"]]);
    }

    #[test]
    fn a_country_is_not_place_enough_for_two_reports_dated_by_publication() {
        let country = ("Afghanistan", 33.0, 65.0, 4);
        let report = |doc: &str, date: &str, inferred: bool| {
            let mut e = event(&format!("{doc}-1"), doc, date, country, None, None);
            e.date.as_mut().unwrap().inferred = inferred;
            e
        };
        // Both dated by their report's publication (the week before it): apart.
        assert_eq!(
            groups(&[report("a", "2021-08-26", true), report("b", "2021-08-28", true)], &[]),
            [vec!["a"], vec!["b"]]
        );
        // One dates the event itself: one event.
        assert_eq!(groups(&[report("a", "2021-08-26", false), report("b", "2021-08-28", true)], &[]), [vec!["a", "b"]]);
        // Both in one town: one event.
        let mut a = report("a", "2021-08-26", true);
        let mut b = report("b", "2021-08-28", true);
        let kabul = event("x-1", "x", "2021", KABUL, None, None).location;
        (a.location, b.location) = (kabul.clone(), kabul);
        assert_eq!(groups(&[a, b], &[]), [vec!["a", "b"]]);
    }

    #[test]
    fn documents_that_quote_one_another_tell_one_story() {
        let report = "He was convicted of the August 26, 2021, bombing.\n\
            \"I am sorry for the lives that I have taken, for the suffering I caused,\" he told the court.";
        let statement = "Your Honor, I am sorry for the lives that I have taken, for the suffering I caused. \
            After the bombing I learned their names.";
        let unrelated = "Your Honor, I am sorry. After the bombing I learned their names.";
        let a = event("a-1", "a", "2021-08-26", KABUL, None, None);
        let speech = |doc: &str, text: &str| {
            let mut e = event(&format!("{doc}-1"), doc, "2000", KABUL, None, None);
            (e.location, e.date) = (None, None);
            e.evidence = vec![Span::of(text, 0, 4)];
            e
        };
        let text = [("a", report), ("b", statement), ("c", unrelated)];
        assert_eq!(groups(&[a.clone(), speech("b", statement)], &text), [vec!["a", "b"]]);
        assert_eq!(groups(&[a.clone(), speech("c", unrelated)], &text), [vec!["a"], vec!["c"]]);
        // Another kind of event in a quoting document is not tied by the quote.
        let mut stabbing = speech("b", statement);
        stabbing.event_type = "Violence against civilians".into();
        stabbing.sub_event_type = "Attack".into();
        assert_eq!(groups(&[a, stabbing], &text), [vec!["a"], vec!["b"]]);
    }

    #[test]
    fn different_named_actors_on_one_side_are_different_events() {
        let mut taliban = event("t-1", "t", "2021-08-26", KABUL, Some(("actor:taliban", "Taliban")), None);
        let isk = event("i-1", "i", "2021-08-26", KABUL, Some(("actor:isis-k", "ISIS-K")), None);
        assert_eq!(groups(&[taliban.clone(), isk.clone()], &[]), [vec!["i"], vec!["t"]]);
        // The Taliban as the side attacked: a report of an ISIS-K attack on them.
        taliban.actor2 = taliban.actor1.take();
        assert_eq!(groups(&[taliban, isk], &[]), [vec!["i", "t"]]);
        // People do not keep events apart: one report names the leader killed, another
        // his group.
        let victim = |doc: &str, id: &str, name: &str| {
            let mut e = event(&format!("{doc}-1"), doc, "2021-08-26", KABUL, None, None);
            e.actor2 = Some(ActorRef { id: id.into(), name: name.into(), evidence: vec![] });
            e
        };
        let leader = victim("k", "actor:hafiz-saeed-khan", "Hafiz Saeed Khan");
        let group = victim("g", "actor:isis-k", "ISIS-K");
        assert_eq!(groups(&[leader, group.clone()], &[]), [vec!["g", "k"]]);
        assert_eq!(groups(&[victim("t", "actor:taliban", "Taliban"), group], &[]), [vec!["g"], vec!["t"]]);
    }

    #[test]
    fn only_parties_keep_reports_apart_by_side() {
        // A name the entity stage could only call an organization ("Court Convicts
        // Friend", a headline fragment) is no side; a group is.
        let mut fragment = actor("actor:court-convicts-friend", "Court Convicts Friend");
        fragment.kind = ActorKind::Organization;
        let records =
            [("a", &fragment), ("b", &actor("actor:isis-k", "ISIS-K")), ("c", &actor("actor:taliban", "Taliban"))];
        let identities = crate::resolve(records);
        let a = event(
            "a-1",
            "a",
            "2021-08-26",
            KABUL,
            Some(("actor:court-convicts-friend", "Court Convicts Friend")),
            None,
        );
        let b = event("b-1", "b", "2021-08-26", KABUL, Some(("actor:isis-k", "ISIS-K")), None);
        let c = event("c-1", "c", "2021-08-26", KABUL, Some(("actor:taliban", "Taliban")), None);
        let merged = |events: &[&Event]| -> Vec<Vec<String>> {
            let reports: Vec<Report> = events
                .iter()
                .map(|e| Report { document_id: &e.documents[0], published: None, event: e, note: None, text: None })
                .collect();
            merge(&reports, &identities, &BTreeMap::new()).into_iter().map(|m| m.documents).collect()
        };
        assert_eq!(merged(&[&a, &b]), [vec!["a", "b"]]);
        assert_eq!(merged(&[&b, &c]).len(), 2);
    }

    #[test]
    fn a_year_alone_ties_nothing() {
        let day = event("a-1", "a", "2015-03-02", KABUL, None, None);
        let year = event("b-1", "b", "2015", KABUL, None, None);
        let month = event("b-1", "b", "2015-03", KABUL, None, None);
        assert_eq!(groups(&[day.clone(), year], &[]), [vec!["a"], vec!["b"]]);
        assert_eq!(groups(&[day, month], &[]), [vec!["a", "b"]]);
    }

    #[test]
    fn sentences_around_offsets() {
        let text = "First one. The bomb exploded at noon. Last";
        assert_eq!(sentence_around(text, 15, 100), "The bomb exploded at noon.");
        assert_eq!(sentence_around(text, 40, 100), "Last");
        assert_eq!(sentence_around(text, 15, 9), "The bomb…");
    }
}
