//! The work queue: claims, leases, completion, and concurrent workers.

use tidings_model::{ActorRef, Extraction};
use tidings_store::{Done, EventFilter, QueueCounts, Store, Stored};

use crate::support::{actor, backends, extraction, postgres_url, Backend};

/// `n` documents; every three report one clash (same place and day), with the actor
/// under a different name in each ("IS-K", "ISKP", "Islamic State Khorasan").
fn corpus(n: usize) -> Vec<Extraction> {
    let names = ["IS-K", "ISKP", "Islamic State Khorasan"];
    (0..n)
        .map(|i| {
            let name = names[i % 3];
            let id = format!("doc{i:03}");
            // Distinct, well-formed hashes and texts.
            let mut ex = extraction(&id, &format!("{:064x}", i + 1), "x");
            ex.document.text = format!("Report {i} on clash {} with {name}.", i / 3);
            let e = &mut ex.events[0];
            let day = 1 + (i / 3) % 28;
            e.date.as_mut().unwrap().value = format!("2024-03-{day:02}");
            e.location.as_mut().unwrap().lat = 40.0 + (i / 3) as f64;
            e.actor2 = Some(ActorRef { id: format!("actor:g{}", i % 3), name: name.into(), evidence: vec![] });
            let mut group = actor(&format!("actor:g{}", i % 3), name);
            group.kind = tidings_model::ActorKind::TerrorGroup;
            ex.actors.push(group);
            ex
        })
        .collect()
}

fn enqueue_all(store: &mut Store, corpus: &[Extraction]) {
    for (i, ex) in corpus.iter().enumerate() {
        assert!(store.enqueue(&ex.document.sha256, &i.to_string()).unwrap());
    }
}

/// The merged events and actor profiles, as JSON.
fn merged_json(store: &Store) -> (String, String) {
    let events = serde_json::to_string(&store.merged_events(&EventFilter::default()).unwrap()).unwrap();
    let actors: Vec<_> = store
        .actor_list()
        .unwrap()
        .into_iter()
        .map(|a| serde_json::to_string(&store.actor_profile(&a.id).unwrap()).unwrap())
        .collect();
    (events, actors.join("\n"))
}

#[test]
fn claims_do_not_overlap_and_expired_leases_return() {
    for backend in backends("claims_do_not_overlap_and_expired_leases_return") {
        let mut store = backend.open();
        let corpus = corpus(5);
        enqueue_all(&mut store, &corpus);
        // Queuing again, or queuing a stored text, does nothing.
        assert!(!store.enqueue(&corpus[0].document.sha256, "0").unwrap());
        let a = store.claim(2, 60_000, "a").unwrap();
        let b = store.claim(10, 60_000, "b").unwrap();
        assert_eq!(a.iter().map(|c| c.payload.as_str()).collect::<Vec<_>>(), ["0", "1"]);
        assert_eq!(b.iter().map(|c| c.payload.as_str()).collect::<Vec<_>>(), ["2", "3", "4"]);
        assert_eq!(store.claim(10, 60_000, "c").unwrap(), []);
        assert_eq!(store.queue_counts().unwrap(), QueueCounts { pending: 0, leased: 5, done: 0 });
        // A released claim (or an expired one) is claimable again.
        store.release(&[a[0].id]).unwrap();
        let c = store.claim(10, 1, "c").unwrap();
        assert_eq!(c.iter().map(|c| c.payload.as_str()).collect::<Vec<_>>(), ["0"]);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(store.queue_counts().unwrap(), QueueCounts { pending: 1, leased: 4, done: 0 });
        let d = store.claim(10, 60_000, "d").unwrap();
        assert_eq!(d.iter().map(|c| c.payload.as_str()).collect::<Vec<_>>(), ["0"], "{}", backend.name());
    }
}

#[test]
fn a_row_coded_twice_is_stored_once() {
    for backend in backends("a_row_coded_twice_is_stored_once") {
        let mut store = backend.open();
        let corpus = corpus(3);
        enqueue_all(&mut store, &corpus);
        // Worker a's lease runs out while it codes; b claims the same rows.
        let a = store.claim(3, 1, "a").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let b = store.claim(3, 60_000, "b").unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(b.len(), 3);
        let work = |claims: &[tidings_store::Claim]| -> Vec<(i64, Done)> {
            claims
                .iter()
                .map(|c| (c.id, Done::Coded(Box::new(corpus[c.payload.parse::<usize>().unwrap()].clone()))))
                .collect()
        };
        let stored = store.complete(&work(&b)).unwrap();
        assert!(stored.iter().all(|s| matches!(s, Some(Stored::New { .. }))));
        // a finishes later: everything is done already and nothing is written.
        assert_eq!(store.complete(&work(&a)).unwrap(), vec![None, None, None]);
        assert_eq!(store.counts().unwrap().documents, 3);
        assert_eq!(store.queue_counts().unwrap(), QueueCounts { pending: 0, leased: 0, done: 3 });
        assert!(!store.merged_is_stale().unwrap());
        assert_eq!(store.merged_events(&EventFilter::default()).unwrap().len(), 1);
    }
}

#[test]
fn the_merged_tables_are_refreshed_once_the_queue_drains() {
    for backend in backends("the_merged_tables_are_refreshed_once_the_queue_drains") {
        let mut store = backend.open();
        let corpus = corpus(6);
        enqueue_all(&mut store, &corpus);
        let work = |claims: &[tidings_store::Claim]| -> Vec<(i64, Done)> {
            claims
                .iter()
                .map(|c| (c.id, Done::Coded(Box::new(corpus[c.payload.parse::<usize>().unwrap()].clone()))))
                .collect()
        };
        let (a, b) = (store.claim(4, 60_000, "a").unwrap(), store.claim(4, 60_000, "b").unwrap());
        store.complete(&work(&a)).unwrap();
        // Rows are left (b's, under a live lease): no refresh yet.
        assert!(store.merged_is_stale().unwrap(), "{}", backend.name());
        store.complete(&work(&b)).unwrap();
        // b's batch left none: refreshed in its transaction, as a full refresh would.
        assert!(!store.merged_is_stale().unwrap(), "{}", backend.name());
        let drained = merged_json(&store);
        assert_eq!(store.merged_events(&EventFilter::default()).unwrap().len(), 2);
        store.refresh_merged().unwrap();
        assert_eq!(merged_json(&store), drained);
    }
}

/// Several workers, each with its own connection, claim and complete one document at a
/// time, all at once. Every completion is a write transaction that takes the store's
/// transaction-level advisory lock, so exactly one worker sees the queue drained and
/// refreshes the merged tables; without the lock two completions could both see no row
/// left and both refresh, each deleting the merged rows it sees and inserting its own,
/// and the second to commit would fail on the first's primary keys. With it the result
/// equals one process inserting everything in order.
#[test]
fn concurrent_workers_give_the_sequential_result() {
    let Some(url) = postgres_url("concurrent_workers_give_the_sequential_result") else { return };
    let corpus = corpus(36);
    let mut sequential = Backend::Sqlite.open();
    for ex in &corpus {
        sequential.insert(ex).unwrap();
    }
    sequential.refresh_merged().unwrap();
    let want = merged_json(&sequential);
    assert_eq!(sequential.merged_events(&EventFilter::default()).unwrap().len(), 12);

    let fresh = crate::support::FreshDb::new(&url);
    let mut store = Store::connect(&fresh.url).unwrap();
    enqueue_all(&mut store, &corpus);
    std::thread::scope(|scope| {
        for w in 0..4 {
            let (corpus, url) = (&corpus, &fresh.url);
            scope.spawn(move || {
                let mut store = Store::connect(url).unwrap();
                loop {
                    let claims = store.claim(1 + w % 2, 60_000, &format!("w{w}")).unwrap();
                    if claims.is_empty() {
                        break;
                    }
                    let work: Vec<(i64, Done)> = claims
                        .iter()
                        .map(|c| (c.id, Done::Coded(Box::new(corpus[c.payload.parse::<usize>().unwrap()].clone()))))
                        .collect();
                    store.complete(&work).unwrap();
                }
            });
        }
    });
    assert_eq!(store.queue_counts().unwrap(), QueueCounts { pending: 0, leased: 0, done: 36 });
    assert_eq!(merged_json(&store), want);
    drop(store);
}
