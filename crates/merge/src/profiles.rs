//! Actor profiles across documents: an [`Identity`] with every fact any document
//! states about it, each fact with its sources.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use tidings_model::{Actor, ActorKind, Relation, Span};

use crate::events::Named;
use crate::identity::{name_key, Identities, Identity, SeenName};
use crate::when::interval;

/// Everything known of one actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorProfile {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    /// Names seen in documents, with the documents.
    pub aliases: Vec<SeenName>,
    /// Alias-table names not seen in a document yet.
    pub also_known_as: Vec<String>,
    pub alias_source: Option<String>,
    pub documents: Vec<String>,
    /// Facts in which the actor is the subject or the object.
    pub facts: Vec<ProfileFact>,
    /// People said to lead it, with what became of them.
    pub leaders: Vec<Leader>,
}

/// A fact merged over documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileFact {
    pub subject: Named,
    pub relation: Relation,
    /// The object: an actor (by identity), a country (`country:KZ`) or a name.
    pub object: Option<FactObject>,
    /// The most precise time any source gives.
    pub time: Option<String>,
    pub sources: Vec<FactSource>,
}

/// The object of a fact.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FactObject {
    pub id: Option<String>,
    pub name: String,
}

/// One document's statement of a fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactSource {
    pub document: String,
    pub time: Option<String>,
    pub evidence: Vec<Span>,
}

/// A leader of a group and the fates the documents report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Leader {
    pub person: Named,
    pub time: Option<String>,
    pub sources: Vec<FactSource>,
    /// `killed_by` and `captured_by` facts of the person.
    pub fates: Vec<ProfileFact>,
}

/// Merged facts keyed by (subject id, relation, object key).
type FactMap = BTreeMap<(String, u8, String), ProfileFact>;

/// A fact of one document: (document, subject, relation, object, evidence offsets).
type SeenFact = (String, String, u8, String, Vec<(usize, usize)>);

fn relation_rank(r: Relation) -> u8 {
    use Relation::*;
    [Founded, LeaderOf, KilledBy, CapturedBy, EnemyOf, AlliedWith, ActiveIn, SupportersIn, MemberOrigin]
        .iter()
        .position(|&x| x == r)
        .unwrap_or(99) as u8
}

/// Builds the profile of every identity from the actors of the corpus.
pub fn profiles<'a>(
    identities: &Identities,
    records: impl IntoIterator<Item = (&'a str, &'a Actor)>,
) -> Vec<ActorProfile> {
    let mut facts: FactMap = BTreeMap::new();
    let mut seen: BTreeSet<SeenFact> = BTreeSet::new();
    let mut records: Vec<(&str, &Actor)> = records.into_iter().collect();
    records.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    for (doc, actor) in records {
        for f in &actor.facts {
            // The same fact sits on the subject's and the object's record.
            let spans = f.evidence.iter().map(|s| (s.start, s.end)).collect();
            let object_local = f.object_id.clone().or_else(|| f.object.clone()).unwrap_or_default();
            if !seen.insert((doc.to_string(), f.subject.clone(), relation_rank(f.relation), object_local, spans)) {
                continue;
            }
            let subject = match identities.of(doc, &f.subject) {
                Some(i) => Named { id: i.id.clone(), name: i.name.clone() },
                None => Named { id: f.subject.clone(), name: f.subject.clone() },
            };
            let object = match (&f.object_id, &f.object) {
                (Some(oid), name) if oid.starts_with("actor:") => match identities.of(doc, oid) {
                    Some(i) => Some(FactObject { id: Some(i.id.clone()), name: i.name.clone() }),
                    None => {
                        Some(FactObject { id: Some(oid.clone()), name: name.clone().unwrap_or_else(|| oid.clone()) })
                    }
                },
                (Some(oid), name) => {
                    Some(FactObject { id: Some(oid.clone()), name: name.clone().unwrap_or_else(|| oid.clone()) })
                }
                (None, Some(name)) => Some(FactObject { id: None, name: name.clone() }),
                (None, None) => None,
            };
            let object_key = match &object {
                Some(FactObject { id: Some(id), .. }) => id.clone(),
                Some(FactObject { id: None, name }) => format!("name:{}", name_key(name)),
                None => String::new(),
            };
            let time = f.time.as_ref().map(|t| t.value.clone());
            let entry = facts.entry((subject.id.clone(), relation_rank(f.relation), object_key)).or_insert_with(|| {
                ProfileFact {
                    subject: subject.clone(),
                    relation: f.relation,
                    object: object.clone(),
                    time: None,
                    sources: Vec::new(),
                }
            });
            entry.sources.push(FactSource { document: doc.to_string(), time, evidence: f.evidence.clone() });
        }
    }
    for fact in facts.values_mut() {
        fact.sources.sort_by(|a, b| (&a.document, &a.time).cmp(&(&b.document, &b.time)));
        fact.time = most_precise(fact.sources.iter().filter_map(|s| s.time.as_deref()));
    }

    identities.identities.iter().map(|identity| profile(identity, &facts)).collect()
}

/// The most precise of some TIMEX3 values (shortest interval; ties by value).
fn most_precise<'a>(values: impl Iterator<Item = &'a str>) -> Option<String> {
    values.filter_map(|v| Some((interval(v)?.len(), v))).min().map(|(_, v)| v.to_string())
}

fn profile(identity: &Identity, facts: &FactMap) -> ActorProfile {
    let mine: Vec<ProfileFact> = facts
        .values()
        .filter(|f| f.subject.id == identity.id || f.object.as_ref().and_then(|o| o.id.as_ref()) == Some(&identity.id))
        .cloned()
        .collect();
    let leaders = mine
        .iter()
        .filter(|f| f.relation == Relation::LeaderOf && f.subject.id != identity.id)
        .map(|f| Leader {
            person: f.subject.clone(),
            time: f.time.clone(),
            sources: f.sources.clone(),
            fates: facts
                .values()
                .filter(|g| {
                    g.subject.id == f.subject.id && matches!(g.relation, Relation::KilledBy | Relation::CapturedBy)
                })
                .cloned()
                .collect(),
        })
        .collect();
    ActorProfile {
        id: identity.id.clone(),
        name: identity.name.clone(),
        kind: identity.kind,
        country: identity.country.clone(),
        aliases: identity.aliases.clone(),
        also_known_as: identity.also_known_as.clone(),
        alias_source: identity.alias_source.clone(),
        documents: identity.documents.clone(),
        facts: mine,
        leaders,
    }
}
