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

/// Head words of events and facilities named after their town ("Boston Marathon",
/// "Bagram Airfield"): when the whole name is not in the gazetteer, the town locates it.
const NAMED_AFTER_TOWN: &[&str] = &["Marathon", "Airfield", "Airport"];

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
    let candidates: Vec<usize> =
        (0..ents.entities.len()).filter(|&i| matches!(ents.entities[i].label, Label::Gpe | Label::Loc)).collect();
    let toponyms: Vec<Toponym> = candidates
        .iter()
        .map(|&i| {
            let e = &ents.entities[i];
            let next = ents.entities.get(i + 1).filter(|n| {
                n.label == Label::Gpe && matches!(text[e.end..n.start].trim(), "," | "district of" | "District of")
            });
            Toponym::in_text(text, e.start, e.end, next.map(|n| text[n.start..n.end].to_string()))
        })
        .collect();
    let resolved = tidings_geo::resolve_with_guesses(gaz, &toponyms, &named, &guessed);
    // "Kot district of Nangarhar province": a district said to lie in a division is not
    // read outside it (better unresolved than in India).
    let resolved: Vec<Option<u32>> = resolved
        .into_iter()
        .zip(&candidates)
        .map(|(r, &i)| {
            let e = &ents.entities[i];
            let n = ents
                .entities
                .get(i + 1)
                .filter(|n| matches!(text[e.end..n.start].trim(), "district of" | "District of"));
            let Some(n) = n else { return r };
            let entry = gaz.entry(r?);
            let inside = gaz.lookup(&text[n.start..n.end]).into_iter().map(|q| gaz.entry(q)).any(|q| {
                q.country == entry.country && (q.kind == tidings_geo::Kind::Country || q.admin1 == entry.admin1)
            });
            r.filter(|_| inside)
        })
        .collect();
    // Unresolved "Boston Marathon": the town before the head word, as a toponym of its own.
    let towns: Vec<(usize, Toponym)> = toponyms
        .iter()
        .zip(&resolved)
        .enumerate()
        .filter(|(_, (_, r))| r.is_none())
        .filter_map(|(k, (t, _))| {
            let (town, head) = t.span.text.rsplit_once(' ')?;
            NAMED_AFTER_TOWN.contains(&head).then(|| {
                let span = Span::of(text, t.span.start, t.span.start + town.len());
                (k, Toponym { span, qualifier: t.qualifier.clone(), office: false })
            })
        })
        .collect();
    let town_toponyms: Vec<Toponym> = towns.iter().map(|(_, t)| t.clone()).collect();
    let mut resolved: Vec<Option<(usize, u32)>> =
        resolved.into_iter().zip(&toponyms).map(|(r, t)| Some((t.span.end, r?))).collect();
    for ((k, t), r) in towns.iter().zip(tidings_geo::resolve_with_guesses(gaz, &town_toponyms, &named, &guessed)) {
        resolved[*k] = r.filter(|&r| gaz.entry(r).kind != tidings_geo::Kind::Country).map(|r| (t.span.end, r));
    }
    candidates
        .iter()
        .zip(resolved)
        .filter_map(|(&i, r)| {
            let e = &ents.entities[i];
            let (end, r) = r?;
            let entry = gaz.entry(r);
            let after = text[end..].trim_start();
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let in_actor = ents.cluster_at(e.start, e.end).is_some();
            let speaking =
                ["said", "says", "announced", "claimed", "accused", "denied"].iter().any(|v| after.starts_with(v));
            // "U.S. officials", "Iraq war": a country name before a noun modifies it.
            let next_word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            let compound = after.starts_with('-') && text[end..].starts_with('-'); // "U.S.-made"
            let modifier = entry.kind == tidings_geo::Kind::Country
                && (compound
                    || next_word.chars().next().is_some_and(char::is_lowercase)
                        && !FUNCTION_WORDS.contains(&next_word.as_str()));
            Some(ResolvedPlace {
                span_start: e.start,
                span_end: end,
                sentence: e.sentence,
                literal: !(possessive || in_actor || speaking || modifier),
                place: gaz.place(entry, vec![Span::of(text, e.start, end)]),
            })
        })
        .collect()
}
