//! Near-duplicate copies, merged events, actor profiles and the new filters.

use tidings_model::{ActorRef, Alias, Extraction};
use tidings_store::{EventFilter, Near, Store, Stored};

use crate::support::{actor, backends, extraction, sha};

const STORY: &str = "Security forces killed two militants in a clash near the border town on Tuesday, \
    officials said. The militants had attacked a checkpoint at dawn with rifles and grenades. Three \
    soldiers were wounded and taken to a hospital in the provincial capital. The interior ministry \
    said the attackers belonged to a group that had claimed earlier attacks in the region.";

/// A document whose text is `text`, published on `published`, with one event.
fn story(id: &str, seed: &str, published: &str, text: &str) -> Extraction {
    let mut ex = extraction(id, &sha(seed), text);
    ex.document.published = Some(published.to_string());
    ex
}

/// Ingests like the CLI: copies are linked, the rest inserted.
fn ingest(store: &mut Store, ex: &Extraction) -> Stored {
    match store.copy_of(&ex.document).unwrap() {
        Some(original) => store.insert_copy(&ex.document, &original).unwrap(),
        None => store.insert(ex).unwrap(),
    }
}

#[test]
fn a_copy_is_linked_to_the_original_whatever_came_first() {
    let original = story("wire", "a1", "2024-03-07", STORY);
    let copy = story("reprint", "b2", "2024-03-08", &format!("BORDER TOWN (Agency) - {STORY} Read more news."));
    for (backend, order) in backends("a_copy_is_linked_to_the_original_whatever_came_first")
        .into_iter()
        .flat_map(|b| [(b.clone(), [&original, &copy]), (b, [&copy, &original])])
    {
        let mut store = backend.open();
        for ex in order {
            ingest(&mut store, ex);
        }
        assert_eq!(store.copies().unwrap(), [("reprint".to_string(), "wire".to_string())]);
        // Only the original is coded.
        let events = store.events(&EventFilter::default()).unwrap();
        assert_eq!(events.iter().map(|(_, d)| d.as_str()).collect::<Vec<_>>(), ["wire"]);
        store.refresh_merged().unwrap();
        let merged = store.merged_events(&EventFilter::default()).unwrap();
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].documents, ["reprint", "wire"]);
    }
}

#[test]
fn different_texts_are_not_copies() {
    for backend in backends("different_texts_are_not_copies") {
        let mut store = backend.open();
        ingest(&mut store, &story("one", "a1", "2024-03-07", STORY));
        let other = "Thousands of people marched through the capital on Saturday to protest against rising \
        fuel prices, and police used tear gas to disperse a crowd outside parliament. Organisers said the \
        protest would continue until the government reversed the increase.";
        assert_eq!(ingest(&mut store, &story("two", "b2", "2024-03-07", other)), Stored::New { id: "two".into() });
        assert!(store.copies().unwrap().is_empty());
    }
}

/// Two documents reporting one clash (tolls 2 and 3, "IS-K" and "ISKP"), one a
/// clash elsewhere.
fn corpus() -> Vec<Extraction> {
    let mut out = Vec::new();
    for (id, seed, name, dead, lat) in
        [("a", "a1", "IS-K", 2, 54.53), ("b", "b2", "ISKP", 3, 54.60), ("c", "c3", "IS-K", 1, 48.0)]
    {
        let mut ex = extraction(id, &sha(seed), &format!("Report {id} on the clash with {name}."));
        let e = &mut ex.events[0];
        e.actor2 = Some(ActorRef { id: format!("actor:{}", name.to_lowercase()), name: name.into(), evidence: vec![] });
        e.fatalities.as_mut().unwrap().best = dead;
        e.fatalities.as_mut().unwrap().high = dead;
        e.fatalities.as_mut().unwrap().low = dead;
        e.location.as_mut().unwrap().lat = lat;
        let mut group = actor(&format!("actor:{}", name.to_lowercase()), name);
        group.kind = tidings_model::ActorKind::TerrorGroup;
        group.aliases = vec![Alias { name: name.into(), evidence: vec![] }];
        ex.actors.push(group);
        out.push(ex);
    }
    out
}

#[test]
fn merged_events_keep_every_source_and_the_spread() {
    for backend in backends("merged_events_keep_every_source_and_the_spread") {
        let mut store = backend.open();
        for ex in corpus() {
            store.insert(&ex).unwrap();
        }
        assert!(store.merged_is_stale().unwrap());
        let stats = store.refresh_merged().unwrap();
        assert!(!store.merged_is_stale().unwrap());
        assert_eq!((stats.reports, stats.merged, stats.multi_source), (3, 2, 1));
        let merged = store.merged_events(&EventFilter::default()).unwrap();
        let both = merged.iter().find(|m| m.documents.len() == 2).unwrap();
        assert_eq!(both.documents, ["a", "b"]);
        let f = both.fatalities.unwrap();
        assert_eq!((f.low, f.best, f.high), (2, 2, 3));
        assert_eq!(both.actor2.as_ref().unwrap().id, "actor:islamic-state-khorasan-province");

        let count = |filter: EventFilter| store.merged_events(&filter).unwrap().len();
        assert_eq!(count(EventFilter { actor: Some("ISIS-K".into()), ..Default::default() }), 2);
        assert_eq!(count(EventFilter { actor: Some("Taliban".into()), ..Default::default() }), 0);
        assert_eq!(count(EventFilter { min_fatalities: Some(2), ..Default::default() }), 1);
        assert_eq!(count(EventFilter { query: Some("iskp".into()), ..Default::default() }), 1);
        assert_eq!(count(EventFilter { query: Some("clash".into()), ..Default::default() }), 2);
        assert_eq!(count(EventFilter { query: Some("rep*".into()), ..Default::default() }), 2);
        assert_eq!(count(EventFilter { query: Some("\"unbalanced".into()), ..Default::default() }), 0);
        let near = Near { lat: 54.5, lon: 36.3, km: 50.0 };
        assert_eq!(count(EventFilter { near: Some(near), ..Default::default() }), 1);
        assert_eq!(count(EventFilter { admin1: Some("kaluga oblast".into()), ..Default::default() }), 2);
        assert_eq!(count(EventFilter { sub_event_type: Some("armed clash".into()), ..Default::default() }), 2);
        assert_eq!(count(EventFilter { modality: Some("foiled".into()), ..Default::default() }), 0);
        // Per-document events take the same filters.
        let raw = |filter: EventFilter| store.events(&filter).unwrap().len();
        assert_eq!(raw(EventFilter { actor: Some("Islamic State Khorasan Province".into()), ..Default::default() }), 3);
        assert_eq!(raw(EventFilter { near: Some(near), ..Default::default() }), 2);
        assert_eq!(raw(EventFilter { query: Some("iskp".into()), ..Default::default() }), 1);
    }
}

#[test]
fn actor_profiles_join_names_across_documents() {
    for backend in backends("actor_profiles_join_names_across_documents") {
        let mut store = backend.open();
        for ex in corpus() {
            store.insert(&ex).unwrap();
        }
        store.refresh_merged().unwrap();
        let profile = store.actor_profile("isis-k").unwrap().unwrap();
        assert_eq!(profile.id, "actor:islamic-state-khorasan-province");
        assert_eq!(profile.documents, ["a", "b", "c"]);
        let names: Vec<&str> = profile.aliases.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["IS-K", "ISKP"]);
        assert!(store.actor_profile("no such group").unwrap().is_none());
        assert_eq!(store.actor_list().unwrap()[0].documents, 3);
    }
}

#[test]
fn merged_results_do_not_depend_on_insert_order() {
    for backend in backends("merged_results_do_not_depend_on_insert_order") {
        let run = |order: &[usize]| {
            let corpus = corpus();
            let mut store = backend.open();
            for &i in order {
                store.insert(&corpus[i]).unwrap();
            }
            store.refresh_merged().unwrap();
            serde_json::to_string(&store.merged_events(&EventFilter::default()).unwrap()).unwrap()
        };
        let want = run(&[0, 1, 2]);
        assert_eq!(run(&[2, 1, 0]), want);
        assert_eq!(run(&[1, 2, 0]), want);
    }
}

/// A second story, unrelated to [`STORY`].
const OTHER: &str = "Thousands of people marched through the capital on Saturday to protest against rising \
    fuel prices, and police used tear gas to disperse a crowd outside parliament. Organisers said the \
    protest would continue until the government reversed the increase, which took effect at the start \
    of the month.";

/// A document of `text` published on `published`, with one event per story its text
/// tells (a battle for [`STORY`], a protest for [`OTHER`]).
fn told(id: &str, seed: &str, published: &str, text: &str) -> Extraction {
    let mut ex = story(id, seed, published, text);
    ex.events.clear();
    if text.contains(&STORY[..40]) {
        ex.events.push(crate::support::event(
            &format!("{id}/battle"),
            id,
            Some("2024-03-05"),
            Some("RU"),
            "Battles",
            false,
        ));
    }
    if text.contains(&OTHER[..40]) {
        ex.events.push(crate::support::event(
            &format!("{id}/protest"),
            id,
            Some("2024-03-02"),
            Some("AF"),
            "Protests",
            false,
        ));
    }
    ex
}

/// Everything a store shows of its corpus, as one string: which documents are coded,
/// the copy links, the merged events with their sources and copies, the actors.
fn shown(store: &mut Store) -> String {
    store.refresh_merged().unwrap();
    let coded: Vec<String> =
        store.events(&EventFilter::default()).unwrap().into_iter().map(|(e, d)| format!("{d}:{}", e.id)).collect();
    serde_json::json!({
        "coded": coded,
        "copies": store.copies().unwrap(),
        "parents": store.copy_parents().unwrap(),
        "merged": store.merged_events(&EventFilter::default()).unwrap(),
        "actors": format!("{:?}", store.actor_list().unwrap()),
    })
    .to_string()
}

/// All orderings of `0..n`.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for p in permutations(n - 1) {
        for at in 0..=p.len() {
            let mut q = p.clone();
            q.insert(at, n - 1);
            out.push(q);
        }
    }
    out
}

#[test]
fn copy_chains_do_not_depend_on_arrival_order() {
    use tidings_merge::fingerprint::is_copy;
    let (a, b) = (STORY, OTHER);
    let ab = format!("{a}\n\n{b}");
    let ba = format!("{b}\n\n{a}");
    let a2 = format!("BORDER TOWN (Agency) - {a}\nEdition 2.");
    // The chains this test is about: a text followed by another is a near-duplicate of
    // both, which are not near-duplicates of each other.
    assert!(is_copy(a, &ab) && is_copy(b, &ab) && !is_copy(a, b), "the texts no longer make a chain");
    assert!(
        tidings_merge::fingerprint::distance(
            tidings_merge::fingerprint::simhash(a),
            tidings_merge::fingerprint::simhash(&ab)
        ) <= tidings_merge::fingerprint::CANDIDATE_BITS
    );
    assert!(
        tidings_merge::fingerprint::distance(
            tidings_merge::fingerprint::simhash(b),
            tidings_merge::fingerprint::simhash(&ab)
        ) <= tidings_merge::fingerprint::CANDIDATE_BITS
    );
    // Two corpora with different ranks (publication dates): the concatenation ranked
    // between its parts, and first.
    let corpora = [
        vec![
            told("a", "a1", "2024-03-07", a),
            told("ab", "c3", "2024-03-08", &ab),
            told("b", "b2", "2024-03-09", b),
            told("a2", "d4", "2024-03-10", &a2),
        ],
        vec![
            told("ba", "e5", "2024-03-06", &ba),
            told("b", "b2", "2024-03-07", b),
            told("ab", "c3", "2024-03-08", &ab),
            told("a", "a1", "2024-03-09", a),
        ],
    ];
    for backend in backends("copy_chains_do_not_depend_on_arrival_order") {
        for (c, corpus) in corpora.iter().enumerate() {
            let orders = permutations(corpus.len());
            // Every order on SQLite; a spread of them on PostgreSQL (a database each).
            let orders: Vec<&Vec<usize>> = match backend {
                crate::support::Backend::Sqlite => orders.iter().collect(),
                crate::support::Backend::Postgres(_) => orders.iter().step_by(5).collect(),
            };
            let mut want: Option<(String, &Vec<usize>)> = None;
            for order in orders {
                let mut store = backend.open();
                for &i in order {
                    ingest(&mut store, &corpus[i]);
                }
                let got = shown(&mut store);
                match &want {
                    None => want = Some((got, order)),
                    Some((want, first)) => assert!(
                        &got == want,
                        "{} corpus {c}: order {order:?} gives\n{got}\norder {first:?} gave\n{want}",
                        backend.name()
                    ),
                }
            }
        }
    }
}

#[test]
fn copy_chains_follow_the_rules() {
    // The first corpus above, in the order that used to lose the chain: the parts first.
    let (a, b) = (STORY, OTHER);
    let ab = format!("{a}\n\n{b}");
    for backend in backends("copy_chains_follow_the_rules") {
        let mut store = backend.open();
        for ex in
            [told("a", "a1", "2024-03-07", a), told("b", "b2", "2024-03-09", b), told("ab", "c3", "2024-03-08", &ab)]
        {
            ingest(&mut store, &ex);
        }
        // `b`'s best-ranked near-duplicate is `ab`, ranked before it: `b` is a copy whose
        // parent is `ab` and whose original is `ab`'s, `a`. Its records were dropped.
        assert_eq!(store.copies().unwrap(), [("ab".to_string(), "a".to_string()), ("b".to_string(), "a".to_string())]);
        assert_eq!(
            store.copy_parents().unwrap(),
            [("ab".to_string(), "a".to_string()), ("b".to_string(), "ab".to_string())]
        );
        let coded: Vec<(String, String)> =
            store.events(&EventFilter::default()).unwrap().into_iter().map(|(e, d)| (d, e.id)).collect();
        assert_eq!(coded, [("a".to_string(), "a/battle".to_string())]);
    }
}

#[test]
fn a_refresh_after_every_document_gives_what_one_refresh_gives() {
    // Incremental refreshes (each merges the new documents with the merged events they
    // may join, and merges again those whose copies or reports changed) against one
    // refresh of the whole store, on the corpora above, in several orders.
    let (a, b) = (STORY, OTHER);
    let ab = format!("{a}\n\n{b}");
    let a2 = format!("BORDER TOWN (Agency) - {a}\nEdition 2.");
    let chains = vec![
        told("a", "a1", "2024-03-07", a),
        told("ab", "c3", "2024-03-08", &ab),
        told("b", "b2", "2024-03-09", b),
        told("a2", "d4", "2024-03-10", &a2),
    ];
    for backend in backends("a_refresh_after_every_document_gives_what_one_refresh_gives") {
        for corpus in [corpus(), chains.clone()] {
            let orders = permutations(corpus.len());
            let orders: Vec<&Vec<usize>> = match backend {
                crate::support::Backend::Sqlite => orders.iter().step_by(2).collect(),
                crate::support::Backend::Postgres(_) => orders.iter().step_by(7).collect(),
            };
            for order in orders {
                let (mut once, mut each) = (backend.open(), backend.open());
                for &i in order {
                    ingest(&mut once, &corpus[i]);
                    ingest(&mut each, &corpus[i]);
                    each.refresh_merged().unwrap();
                    assert!(!each.merged_is_stale().unwrap());
                }
                assert_eq!(shown(&mut each), shown(&mut once), "{}: order {order:?}", backend.name());
            }
        }
    }
}

#[test]
fn a_refresh_stopped_midway_is_finished_by_the_next() {
    use std::ops::ControlFlow;
    use tidings_store::RefreshProgress;
    for backend in backends("a_refresh_stopped_midway_is_finished_by_the_next") {
        let (mut stopped, mut whole) = (backend.open(), backend.open());
        for ex in corpus() {
            ingest(&mut stopped, &ex);
            ingest(&mut whole, &ex);
        }
        let mut seen = Vec::new();
        let finished = stopped
            .refresh_merged_with(|p| {
                seen.push(p);
                ControlFlow::Break(())
            })
            .unwrap();
        assert_eq!(finished, None, "{}", backend.name());
        let total = corpus().len() as u64;
        assert_eq!(seen, vec![RefreshProgress::Documents { merged: total, total }], "{}", backend.name());
        assert!(stopped.merged_is_stale().unwrap(), "{}: profiles are still due", backend.name());
        assert_eq!(shown(&mut stopped), shown(&mut whole), "{}", backend.name());
        assert!(!stopped.merged_is_stale().unwrap(), "{}", backend.name());
    }
}
