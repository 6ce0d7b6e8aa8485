//! One analyzed document, built once by the pipeline and read by the events and the
//! actors stages: the dependency parse of every sentence (`tidings_syntax`, parsed on
//! first use and kept, so no sentence is parsed twice) and the coreference of pronouns
//! and definite descriptions ("the group", "the militants", "he") to entity clusters.

use std::cell::OnceCell;

use tidings_entities::Entities;
use tidings_model::{ActorKind, Label};
use tidings_syntax::Parse;
use tidings_text::Segmented;

use crate::rules;

/// What a reference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// A definite description or group noun: "the group", "the militants", "IS-K cell".
    Description,
    /// A personal pronoun ("he", "his") or a group's ("it", "its", "they", "their").
    Pronoun,
}

/// A word or phrase that refers to an entity cluster without naming it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// Byte range of the referring words.
    pub start: usize,
    pub end: usize,
    /// Index into `Entities::clusters`.
    pub cluster: usize,
    pub kind: RefKind,
}

/// The analyzed document.
pub struct Analysis<'a> {
    text: &'a str,
    seg: &'a Segmented,
    parses: Vec<OnceCell<Parse<'static>>>,
    /// Sorted by start.
    references: Vec<Reference>,
    /// The document's most mentioned armed non-state group.
    pub salient: Option<usize>,
}

/// Sentences back that a personal pronoun looks for its person.
const PRONOUN_REACH: usize = 2;

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str, seg: &'a Segmented, entities: &Entities) -> Analysis<'a> {
        let salient = salient_group(entities);
        let references = coreference(text, seg, entities, salient);
        Analysis { text, seg, parses: seg.sentences.iter().map(|_| OnceCell::new()).collect(), references, salient }
    }

    /// The dependency parse of sentence `k` (parsed on first use).
    pub fn parse(&self, k: usize) -> &Parse<'static> {
        self.parses[k].get_or_init(|| {
            let s = &self.seg.sentences[k];
            Parse::new(tidings_syntax::parse(self.text, &self.seg.tokens[s.tokens.clone()]))
        })
    }

    /// Sentences parsed so far.
    pub fn parsed(&self) -> usize {
        self.parses.iter().filter(|p| p.get().is_some()).count()
    }

    /// The references that start in `start..end`.
    pub fn references_in(&self, start: usize, end: usize) -> &[Reference] {
        let a = self.references.partition_point(|r| r.start < start);
        let b = self.references.partition_point(|r| r.start < end);
        &self.references[a..b]
    }

    /// The reference covering the byte range `start..end`, if one does.
    pub fn reference_at(&self, start: usize, end: usize) -> Option<&Reference> {
        let i = self.references.partition_point(|r| r.start <= start);
        self.references[..i].iter().rev().take(2).find(|r| r.start <= start && end <= r.end)
    }
}

/// The document's most mentioned armed non-state group.
pub fn salient_group(ents: &Entities) -> Option<usize> {
    ents.clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.kind, ActorKind::TerrorGroup | ActorKind::RebelGroup | ActorKind::Militia))
        .max_by_key(|(i, c)| (c.spans.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
}

/// Resolves, left to right in one pass: group nouns to the document's armed group;
/// "it"/"its"/"they"/"their" to the last organization named before them in the
/// sentence, else to the armed group; "he"/"his"/"she"/"her" to the last person named in
/// this or the previous [`PRONOUN_REACH`] sentences.
fn coreference(text: &str, seg: &Segmented, entities: &Entities, salient: Option<usize>) -> Vec<Reference> {
    let mut mentions: Vec<(usize, usize, usize)> = entities
        .clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| cluster.spans.iter().map(move |&(a, b)| (a, b, c)))
        .collect();
    mentions.sort_unstable();
    let mut out = Vec::new();
    let mut m = 0;
    // The last person named: (cluster, sentence).
    let mut person: Option<(usize, usize)> = None;
    for (k, sentence) in seg.sentences.iter().enumerate() {
        let tokens = &seg.tokens[sentence.tokens.clone()];
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        // The sentence's mentions, to skip words inside a name.
        let first = m;
        while m < mentions.len() && mentions[m].0 < sentence.end {
            m += 1;
        }
        let here = &mentions[first..m];
        let named = |a: usize, b: usize| here.iter().any(|&(x, y, _)| x < b && a < y);
        let mut next_mention = 0;
        for (i, t) in tokens.iter().enumerate() {
            while next_mention < here.len() && here[next_mention].1 <= t.start {
                let (_, _, c) = here[next_mention];
                if entities.clusters[c].label == Label::Per {
                    person = Some((c, k));
                }
                next_mention += 1;
            }
            let w = lower[i].as_str();
            if named(t.start, t.end) {
                continue;
            }
            if rules::GROUP_NOUNS.contains(&w) {
                // "Gulf Cartel gunmen", "eight Hamas fighters": a group noun right after
                // an organization's name is that organization's, whichever group the
                // document names most.
                let named_before = here[..next_mention]
                    .last()
                    .filter(|&&(_, y, c)| i > 0 && y == tokens[i - 1].end && entities.clusters[c].label == Label::Org)
                    .map(|&(_, _, c)| c);
                if let Some(g) = named_before.or(salient) {
                    let a = if i > 0 && matches!(lower[i - 1].as_str(), "the" | "these" | "this" | "its") {
                        i - 1
                    } else {
                        i
                    };
                    out.push(Reference { start: tokens[a].start, end: t.end, cluster: g, kind: RefKind::Description });
                }
            } else if matches!(w, "it" | "its" | "they" | "their" | "them") {
                // The organization named before it in the sentence ("the FSB said that it
                // has prevented …"), else the document's armed group.
                let org = here[..next_mention]
                    .iter()
                    .rev()
                    .map(|&(_, _, c)| c)
                    .find(|&c| entities.clusters[c].label == Label::Org);
                if let Some(g) = org.or(salient) {
                    out.push(Reference { start: t.start, end: t.end, cluster: g, kind: RefKind::Pronoun });
                }
            } else if matches!(w, "he" | "him" | "his" | "she" | "her") {
                if let Some((c, _)) = person.filter(|&(_, at)| k - at <= PRONOUN_REACH) {
                    out.push(Reference { start: t.start, end: t.end, cluster: c, kind: RefKind::Pronoun });
                }
            }
        }
        // Mentions not passed by a token of this sentence still update the last person.
        for &(_, _, c) in &here[next_mention..] {
            if entities.clusters[c].label == Label::Per {
                person = Some((c, k));
            }
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out
}
