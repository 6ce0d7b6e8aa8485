use tidings_store::{Counts, Error, EventFilter, Store, Stored};

use crate::support::{backends, event, extraction, sha, with_events, TempDb};

#[test]
fn same_document_twice_is_stored_once() {
    for backend in backends("same_document_twice_is_stored_once") {
        let mut store = backend.open();
        let ex = extraction("doc-a", &sha("a1"), "The FSB said.");
        assert!(matches!(store.insert(&ex).unwrap(), Stored::New { .. }));
        let after_first = store.counts().unwrap();
        assert_eq!(after_first, Counts { documents: 1, events: 1, actors: 1, mentions: 1 });

        assert_eq!(store.insert(&ex).unwrap(), Stored::Duplicate { existing_id: "doc-a".to_string() });
        assert_eq!(store.counts().unwrap(), after_first);
    }
}

#[test]
fn same_text_under_another_id_is_a_duplicate() {
    for backend in backends("same_text_under_another_id_is_a_duplicate") {
        let mut store = backend.open();
        store.insert(&extraction("doc-a", &sha("a1"), "The FSB said.")).unwrap();
        let again = extraction("doc-b", &sha("a1"), "The FSB said.");
        assert_eq!(store.insert(&again).unwrap(), Stored::Duplicate { existing_id: "doc-a".to_string() });
        assert_eq!(store.document("doc-b").unwrap(), None);
        assert_eq!(store.counts().unwrap().documents, 1);
    }
}

#[test]
fn documents_are_found_by_sha256() {
    for backend in backends("documents_are_found_by_sha256") {
        let mut store = backend.open();
        assert_eq!(store.document_id_by_sha256(&sha("a1")).unwrap(), None);
        store.insert(&extraction("doc-a", &sha("a1"), "The FSB said.")).unwrap();
        assert!(store.document_id_by_sha256(&sha("a1")).unwrap().is_some());
        assert_eq!(store.document_id_by_sha256(&sha("b2")).unwrap(), None);
    }
}

#[test]
fn records_read_back_equal_after_reopening() {
    let db = TempDb::new();
    let ex = extraction("doc-a", &sha("a1"), "The FSB said.");
    {
        let mut store = Store::open(&db.path()).unwrap();
        assert!(matches!(store.insert(&ex).unwrap(), Stored::New { .. }));
    }

    let store = Store::open(&db.path()).unwrap();
    let events = store.events(&EventFilter::default()).unwrap();
    let expected: Vec<_> = ex.events.iter().map(|e| (e.clone(), "doc-a".to_string())).collect();
    assert_eq!(events, expected);

    let doc = store.document("doc-a").unwrap().expect("stored document");
    let ingested_at = doc.ingested_at.clone().expect("ingested_at set");
    let ts: jiff::Timestamp = ingested_at.parse().expect("RFC 3339");
    assert!(ingested_at.ends_with('Z'), "{ingested_at}");
    assert!(ts <= jiff::Timestamp::now());
    assert_eq!(doc, tidings_model::Document { ingested_at: Some(ingested_at), ..ex.document.clone() });
    assert_eq!(store.document("doc-b").unwrap(), None);
}

#[test]
fn id_clash_with_different_text_keeps_both() {
    for backend in backends("id_clash_with_different_text_keeps_both") {
        let mut store = backend.open();
        let first = extraction("doc-a", &sha("a1"), "The FSB said.");
        let mut second = extraction("doc-a", &sha("b2"), "The KNB said.");
        second.events[0].id = "other/e1".to_string();
        assert!(matches!(store.insert(&first).unwrap(), Stored::New { .. }));
        assert!(matches!(store.insert(&second).unwrap(), Stored::New { .. }));

        let renamed = format!("doc-a-{}", &sha("b2")[..8]);
        assert_eq!(store.document("doc-a").unwrap().unwrap().text, "The FSB said.");
        let doc = store.document(&renamed).unwrap().expect("disambiguated id");
        assert_eq!(doc.text, "The KNB said.");
        assert_eq!(doc.sha256, sha("b2"));

        let events = store.events(&EventFilter::default()).unwrap();
        let by_doc: Vec<(&str, &[String], &str)> =
            events.iter().map(|(e, d)| (e.id.as_str(), e.documents.as_slice(), d.as_str())).collect();
        assert_eq!(
            by_doc,
            [("doc-a/e1", &["doc-a".to_string()][..], "doc-a"), ("other/e1", &[renamed.clone()][..], renamed.as_str()),]
        );
        assert_eq!(store.counts().unwrap().documents, 2);
        assert_eq!(store.counts().unwrap().actors, 2);

        // A third text under the same id gets its own id too.
        let mut third = extraction("doc-a", &sha("c3"), "The SBU said.");
        third.events.clear();
        assert!(matches!(store.insert(&third).unwrap(), Stored::New { .. }));
        let third_id = format!("doc-a-{}", &sha("c3")[..8]);
        assert_eq!(store.document(&third_id).unwrap().unwrap().text, "The SBU said.");
    }
}

#[test]
fn failing_midway_stores_nothing_of_the_document() {
    let db = TempDb::new();
    let mut store = Store::open(&db.path()).unwrap();
    store.insert(&extraction("doc-a", &sha("a1"), "The FSB said.")).unwrap();
    let before = store.counts().unwrap();

    // The second event reuses the id of the stored one: the insert fails after the
    // document row, the first event, … were written.
    let clashing = with_events(
        "doc-b",
        &sha("b2"),
        vec![
            event("doc-b/e1", "doc-b", None, None, "Riots", false),
            event("doc-a/e1", "doc-b", None, None, "Riots", false),
        ],
    );
    match store.insert(&clashing) {
        Err(Error::Write { document, record, .. }) => {
            assert_eq!(document, "doc-b");
            assert_eq!(record, "event doc-a/e1");
        }
        other => panic!("expected a write error, got {other:?}"),
    }
    assert_eq!(store.document("doc-b").unwrap(), None);
    assert_eq!(store.document_id_by_sha256(&sha("b2")).unwrap(), None);
    assert_eq!(store.counts().unwrap(), before);
    drop(store);

    // Nothing half-written survives on disk either, and a corrected retry succeeds.
    let mut store = Store::open(&db.path()).unwrap();
    assert_eq!(store.counts().unwrap(), before);
    let fixed = with_events("doc-b", &sha("b2"), vec![event("doc-b/e1", "doc-b", None, None, "Riots", false)]);
    assert!(matches!(store.insert(&fixed).unwrap(), Stored::New { .. }));
    assert_eq!(store.counts().unwrap().documents, 2);
}

#[test]
fn malformed_hash_is_rejected() {
    for backend in backends("malformed_hash_is_rejected") {
        let mut store = backend.open();
        for bad in ["", "abc", &sha("A1"), &format!("{}g", &sha("a1")[..63])] {
            let ex = extraction("doc-a", bad, "The FSB said.");
            match store.insert(&ex) {
                Err(Error::InvalidDocument { id, .. }) => assert_eq!(id, "doc-a"),
                other => panic!("expected InvalidDocument for {bad:?}, got {other:?}"),
            }
        }
        let ex = extraction("", &sha("a1"), "The FSB said.");
        assert!(matches!(store.insert(&ex), Err(Error::InvalidDocument { .. })));
        assert_eq!(store.counts().unwrap(), Counts::default());
    }
}
