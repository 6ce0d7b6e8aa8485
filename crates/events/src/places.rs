//! Resolving the document's place mentions to gazetteer entries.

use std::collections::HashSet;

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

/// Resolves every GPE/LOC mention, using the countries the document names (as places
/// or nationalities) as context and a following ", Country" as qualifier.
pub fn places(gaz: &Gazetteer, text: &str, ents: &Entities) -> Vec<ResolvedPlace> {
    let context: HashSet<String> = ents
        .entities
        .iter()
        .filter(|e| matches!(e.label, Label::Gpe | Label::Norp))
        .filter_map(|e| e.country.clone())
        .collect();
    let candidates: Vec<usize> =
        (0..ents.entities.len()).filter(|&i| matches!(ents.entities[i].label, Label::Gpe | Label::Loc)).collect();
    let toponyms: Vec<Toponym> = candidates
        .iter()
        .map(|&i| {
            let e = &ents.entities[i];
            let next = ents.entities.get(i + 1).filter(|n| text[e.end..n.start].trim() == ",");
            Toponym {
                span: Span::of(text, e.start, e.end),
                qualifier: next.filter(|n| n.label == Label::Gpe).map(|n| text[n.start..n.end].to_string()),
            }
        })
        .collect();
    let resolved = tidings_geo::resolve(gaz, &toponyms, &context);
    candidates
        .iter()
        .zip(resolved)
        .filter_map(|(&i, r)| {
            let e = &ents.entities[i];
            let entry = gaz.entry(r?);
            let after = text[e.end..].trim_start();
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let in_actor = ents.cluster_at(e.start, e.end).is_some();
            let speaking =
                ["said", "says", "announced", "claimed", "accused", "denied"].iter().any(|v| after.starts_with(v));
            Some(ResolvedPlace {
                span_start: e.start,
                span_end: e.end,
                sentence: e.sentence,
                literal: !(possessive || in_actor || speaking),
                place: gaz.place(entry, vec![Span::of(text, e.start, e.end)]),
            })
        })
        .collect()
}
