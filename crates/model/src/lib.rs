//! The record contract of tidings.
//!
//! Every type here is what the rest of the system exchanges and what users read as JSON.
//! Field names follow `PRODUCT.md` and may grow, never drift. This crate depends on
//! nothing but serde, so any stage can change behind it without touching its neighbours.
//!
//! Every extracted value carries [`Span`]s: byte offsets into the document's
//! *normalized* text ([`Document::text`]), with the covered text copied alongside so a
//! reader can check `&text[start..end] == span.text` without the document at hand.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's normalized text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Span {
    /// Builds the span `[start, end)` of `text`, copying the covered text.
    ///
    /// Panics if the range is out of bounds or not on character boundaries: a
    /// misaligned span is a bug in the stage that made it, never a property of input.
    pub fn of(text: &str, start: usize, end: usize) -> Span {
        Span { start, end, text: text[start..end].to_string() }
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// One news report, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    pub id: String,
    pub url: Option<String>,
    /// The outlet or issuing body.
    pub source: Option<String>,
    pub title: Option<String>,
    /// Publication date (`YYYY-MM-DD`), the anchor for relative and year-less dates.
    pub published: Option<String>,
    /// ISO 639-1 code.
    pub language: Option<String>,
    pub license: Option<String>,
    /// The normalized text every span points into.
    pub text: String,
    /// Hex SHA-256 of `text`; the identity used to skip documents already stored.
    pub sha256: String,
    /// RFC 3339 timestamp, set by the store.
    pub ingested_at: Option<String>,
}

/// Entity labels (OntoNotes-like; see `CODING_GUIDE.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Per,
    Org,
    Loc,
    Gpe,
    Fac,
    Norp,
    Misc,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Gpe => "GPE",
            Label::Fac => "FAC",
            Label::Norp => "NORP",
            Label::Misc => "MISC",
        }
    }
}

/// A named thing in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    /// The resolved entity: an actor id (`actor:…`), a place (`geonames:…`) or a
    /// country for nationality words (`country:KZ`).
    pub entity: Option<String>,
}

/// A resolved location (GeoNames).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    pub name: String,
    pub geonames_id: Option<u64>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Name of the first-level administrative division, when known.
    pub admin1: Option<String>,
    /// The feature's own point as GeoNames gives it (for a country or a division, a point
    /// inside the area, not its capital; see `representative_point`).
    pub lat: f64,
    pub lon: f64,
    /// 1 town or site, 2 district or near a town, 3 province or region, 4 country,
    /// 5 continent, world region or sea (never an event's town).
    pub precision: u8,
    pub evidence: Vec<Span>,
    /// GeoNames feature class: `A` country or division, `P` populated place, `L` region or
    /// continent, `H` sea or gulf.
    #[serde(default)]
    pub feature_class: Option<String>,
    /// GeoNames feature code (`PCLI`, `ADM1`, `ADM2`, `PPLA`, `CONT`, `RGN`, `SEA` …).
    #[serde(default)]
    pub feature_code: Option<String>,
    /// GeoNames admin1 code within the country ("CA" for California, "09" for Aleppo).
    #[serde(default)]
    pub admin1_code: Option<String>,
    /// GeoNames admin2 code within the admin1 division, when known.
    #[serde(default)]
    pub admin2_code: Option<String>,
    /// Name of the second-level administrative division, when known.
    #[serde(default)]
    pub admin2: Option<String>,
    /// ACLED's convention for coding an event in an area: the area's capital or seat (a
    /// country at its capital, a province at its seat). Only for countries and divisions;
    /// a town's point is its own.
    #[serde(default)]
    pub representative_point: Option<Point>,
}

/// A WGS84 point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

/// How fine a [`Time`] value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Time,
    Day,
    Week,
    Month,
    Season,
    Year,
    Decade,
    Century,
    /// `PRESENT_REF`, `PAST_REF`, durations and the like.
    Vague,
}

/// TIMEX3 expression types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A time expression and its normalized value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Time {
    /// TIMEX3 value: `2024-03-07`, `2016-07`, `2015`, `XXXX-03-07`, `P3D`, `PAST_REF`.
    pub value: String,
    #[serde(rename = "type")]
    pub timex_type: TimexType,
    pub granularity: Granularity,
    /// TIMEX3 `mod`: `START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// Whether the value was inferred (e.g. the publication date used for an event
    /// that names no date of its own) rather than read off an expression.
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub inferred: bool,
    pub evidence: Vec<Span>,
}

/// ACLED-style actor kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    StateForce,
    Government,
    RebelGroup,
    TerrorGroup,
    Militia,
    PoliticalParty,
    Civilians,
    Protesters,
    Person,
    InternationalOrganization,
    Organization,
    Unknown,
}

/// A reference from an event or fact to an [`Actor`] of the same document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActorRef {
    /// `actor:<slug>`, the id of an [`Actor`] in the same output.
    pub id: String,
    pub name: String,
    pub evidence: Vec<Span>,
}

/// Something named in the text with its evidence (targets, weapons).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Tagged {
    pub name: String,
    pub evidence: Vec<Span>,
}

/// Fatality count; absent (`null`) when the text gives none.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fatalities {
    pub low: u32,
    pub best: u32,
    pub high: u32,
    pub evidence: Vec<Span>,
}

/// Who says an event happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attribution {
    /// The source entity ("the FSB", "FSB's official website").
    pub source: Option<String>,
    /// The reporting verb ("said", "reported").
    pub verb: Option<String>,
    /// "reportedly", "allegedly" and the like.
    pub hedged: bool,
    /// The event is told inside a direct quotation.
    pub quoted: bool,
    pub evidence: Vec<Span>,
}

/// Whether an event happened, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Occurred,
    Attempted,
    Planned,
    Foiled,
    Threatened,
    Claimed,
    Denied,
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Occurred => "occurred",
            Modality::Attempted => "attempted",
            Modality::Planned => "planned",
            Modality::Foiled => "foiled",
            Modality::Threatened => "threatened",
            Modality::Claimed => "claimed",
            Modality::Denied => "denied",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// Great-circle distance in km between two points given in degrees.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().min(1.0).asin()
}

/// A political interaction that PLOVER codes and ACLED does not (an agreement, a demand,
/// a rejection, a sanction …), read from a sentence that holds no ACLED event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Interaction {
    /// PLOVER category (AGREE, CONSULT, REQUEST, REJECT, THREATEN, SANCTION …).
    pub plover: String,
    pub modality: Modality,
    /// Who acts (the source actor).
    pub actor1: Option<ActorRef>,
    /// Toward whom (the target actor).
    pub actor2: Option<ActorRef>,
    pub date: Option<Time>,
    /// The words that name it first, then any others.
    pub evidence: Vec<Span>,
}

/// One coded event: one interaction, one place, one day (ACLED's rule).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    pub id: String,
    /// Ids of the documents that report it.
    pub documents: Vec<String>,
    /// ACLED event type ("Battles", "Strategic developments", …).
    pub event_type: String,
    /// ACLED sub-event type ("Armed clash", "Disrupted weapons use", …).
    pub sub_event_type: String,
    /// PLOVER category (`ASSAULT`, `COERCE`, …).
    pub plover: String,
    pub modality: Modality,
    pub actor1: Option<ActorRef>,
    pub assoc_actor1: Vec<ActorRef>,
    pub actor2: Option<ActorRef>,
    pub assoc_actor2: Vec<ActorRef>,
    pub target: Option<Tagged>,
    pub weapons: Vec<Tagged>,
    pub location: Option<Place>,
    pub date: Option<Time>,
    pub fatalities: Option<Fatalities>,
    pub attribution: Option<Attribution>,
    /// History recounted for context rather than the day's news.
    pub background: bool,
    pub confidence: f32,
    /// The trigger words the event was read from (one per merged report).
    pub evidence: Vec<Span>,
}

/// Relations between an actor and something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Founded,
    LeaderOf,
    KilledBy,
    CapturedBy,
    EnemyOf,
    AlliedWith,
    ActiveIn,
    SupportersIn,
    MemberOrigin,
}

/// A (subject, relation, object, time) triple with evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    /// Actor id of the subject.
    pub subject: String,
    pub relation: Relation,
    /// Name of the object (an actor, a place, a person).
    pub object: Option<String>,
    /// Id of the object when it is resolved (`actor:…`, `country:KZ`).
    pub object_id: Option<String>,
    pub time: Option<Time>,
    pub evidence: Vec<Span>,
}

/// A name an actor goes by, with where it was seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Alias {
    pub name: String,
    pub evidence: Vec<Span>,
}

/// An armed group, security service, government, person… with what is known of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub aliases: Vec<Alias>,
    pub kind: ActorKind,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub facts: Vec<Fact>,
    pub evidence: Vec<Span>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Extraction {
    pub document: Document,
    pub mentions: Vec<Mention>,
    pub times: Vec<Time>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    /// PLOVER interactions of sentences without an ACLED event.
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    pub actors: Vec<Actor>,
    /// Problems met on the way that did not stop extraction.
    pub diagnostics: Vec<String>,
}

impl Extraction {
    /// Every span of the extraction, for alignment checks.
    pub fn spans(&self) -> Vec<&Span> {
        let mut out: Vec<&Span> = Vec::new();
        out.extend(self.mentions.iter().map(|m| &m.span));
        for t in &self.times {
            out.extend(&t.evidence);
        }
        for p in &self.places {
            out.extend(&p.evidence);
        }
        for a in &self.actors {
            out.extend(&a.evidence);
            for al in &a.aliases {
                out.extend(&al.evidence);
            }
            for f in &a.facts {
                out.extend(&f.evidence);
                if let Some(t) = &f.time {
                    out.extend(&t.evidence);
                }
            }
        }
        for e in &self.events {
            out.extend(&e.evidence);
            let refs = e.actor1.iter().chain(&e.actor2).chain(&e.assoc_actor1).chain(&e.assoc_actor2);
            for r in refs {
                out.extend(&r.evidence);
            }
            for t in e.target.iter().chain(&e.weapons) {
                out.extend(&t.evidence);
            }
            if let Some(p) = &e.location {
                out.extend(&p.evidence);
            }
            if let Some(t) = &e.date {
                out.extend(&t.evidence);
            }
            if let Some(f) = &e.fatalities {
                out.extend(&f.evidence);
            }
            if let Some(a) = &e.attribution {
                out.extend(&a.evidence);
            }
        }
        for i in &self.interactions {
            out.extend(&i.evidence);
            for r in i.actor1.iter().chain(&i.actor2) {
                out.extend(&r.evidence);
            }
            if let Some(t) = &i.date {
                out.extend(&t.evidence);
            }
        }
        out
    }
}

/// The JSON Schema of [`Extraction`], the object `tidings extract` prints per document.
pub fn extraction_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Extraction)).expect("a schema is JSON")
}

#[cfg(test)]
mod tests {
    /// The committed schema matches the types; `UPDATE_EXPECT=1` rewrites it.
    #[test]
    fn committed_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/extraction.schema.json");
        let want = serde_json::to_string_pretty(&super::extraction_schema()).unwrap() + "\n";
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
            std::fs::write(path, &want).unwrap();
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "schema/extraction.schema.json is stale: run UPDATE_EXPECT=1 cargo test -p tidings-model"
        );
    }
}
