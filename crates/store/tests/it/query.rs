use tidings_store::{EventFilter, Store};

use crate::support::{backends, event, sha, with_events};

/// Events of two documents, inserted out of order.
fn fill(store: &mut Store) {
    store
        .insert(&with_events(
            "doc-a",
            &sha("a1"),
            vec![
                event("a4", "doc-a", None, Some("RU"), "Battles", false),
                event("a1", "doc-a", Some("2024-03-07"), Some("RU"), "Battles", false),
                event("a3", "doc-a", Some("2015-01"), Some("AF"), "Strategic developments", true),
                event("a2", "doc-a", Some("2024-03"), Some("KZ"), "Strategic developments", false),
            ],
        ))
        .unwrap();
    store
        .insert(&with_events(
            "doc-b",
            &sha("b2"),
            vec![
                event("b2", "doc-b", Some("XXXX-03-07"), Some("RU"), "Battles", false),
                event("b1", "doc-b", Some("2024-03-07"), None, "Riots", false),
                event("b3", "doc-b", Some("2024"), Some("RU"), "Battles", false),
            ],
        ))
        .unwrap();
}

fn ids(store: &Store, filter: EventFilter) -> Vec<String> {
    store.events(&filter).unwrap().into_iter().map(|(e, _)| e.id).collect()
}

#[test]
fn all_events_ordered_by_date_then_id_undated_last() {
    for backend in backends("all_events_ordered_by_date_then_id_undated_last") {
        let mut store = backend.open();
        fill(&mut store);
        assert_eq!(ids(&store, EventFilter::default()), ["a3", "b3", "a2", "a1", "b1", "b2", "a4"]);
        let docs: Vec<String> = store.events(&EventFilter::default()).unwrap().into_iter().map(|(_, d)| d).collect();
        assert_eq!(docs, ["doc-a", "doc-b", "doc-a", "doc-a", "doc-b", "doc-b", "doc-a"]);
    }
}

#[test]
fn since_and_until_compare_date_prefixes() {
    for backend in backends("since_and_until_compare_date_prefixes") {
        let mut store = backend.open();
        fill(&mut store);
        let since = |s: &str| EventFilter { since: Some(s.to_string()), ..Default::default() };
        let until = |u: &str| EventFilter { until: Some(u.to_string()), ..Default::default() };
        assert_eq!(ids(&store, since("2024-03")), ["a2", "a1", "b1"]);
        assert_eq!(ids(&store, since("2024")), ["b3", "a2", "a1", "b1"]);
        assert_eq!(ids(&store, since("2024-03-08")), Vec::<String>::new());
        assert_eq!(ids(&store, until("2015")), ["a3"]);
        assert_eq!(ids(&store, until("2024-03")), ["a3", "b3", "a2", "a1", "b1"]);
        assert_eq!(ids(&store, until("2024-03-06")), ["a3", "b3", "a2"]);
        let window = EventFilter {
            since: Some("2024-03".to_string()),
            until: Some("2024-03-07".to_string()),
            ..Default::default()
        };
        assert_eq!(ids(&store, window), ["a2", "a1", "b1"]);
    }
}

#[test]
fn country_type_and_background_filters() {
    for backend in backends("country_type_and_background_filters") {
        let mut store = backend.open();
        fill(&mut store);
        let country = EventFilter { country: Some("RU".to_string()), ..Default::default() };
        assert_eq!(ids(&store, country), ["b3", "a1", "b2", "a4"]);
        let event_type = EventFilter { event_type: Some("Strategic developments".to_string()), ..Default::default() };
        assert_eq!(ids(&store, event_type), ["a3", "a2"]);
        let background = EventFilter { background: Some(true), ..Default::default() };
        assert_eq!(ids(&store, background), ["a3"]);
        let news = EventFilter { background: Some(false), ..Default::default() };
        assert_eq!(ids(&store, news), ["b3", "a2", "a1", "b1", "b2", "a4"]);
    }
}

#[test]
fn filters_combine_and_limit_applies_last() {
    for backend in backends("filters_combine_and_limit_applies_last") {
        let mut store = backend.open();
        fill(&mut store);
        let filter = EventFilter {
            country: Some("RU".to_string()),
            event_type: Some("Battles".to_string()),
            background: Some(false),
            limit: Some(3),
            ..Default::default()
        };
        assert_eq!(ids(&store, filter), ["b3", "a1", "b2"]);
        let none = EventFilter { limit: Some(0), ..Default::default() };
        assert_eq!(ids(&store, none), Vec::<String>::new());
    }
}
