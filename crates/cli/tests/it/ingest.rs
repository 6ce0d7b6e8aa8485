use tidings_store::Store;

use crate::support::{copy_dir, examples, news_ids, tidings_in};

#[test]
fn ingest_twice_stores_each_document_once_and_prints_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&examples(), &dir.path().join("corpus"));
    let documents = news_ids().len() + 1;

    let first = tidings_in(dir.path(), &["ingest", "corpus"], b"");
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains(&format!("{documents} documents: {documents} new, 0 duplicate, 0 failed;")),
        "{}",
        first.stderr
    );
    let db = dir.path().join("tidings.db");
    let after_first = Store::open(&db).unwrap().counts().unwrap();
    assert_eq!(after_first.documents, documents as u64);

    let second = tidings_in(dir.path(), &["ingest", "corpus", "--db", "tidings.db"], b"");
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        second.stderr.contains(&format!("{documents} documents: 0 new, {documents} duplicate, 0 failed;")),
        "{}",
        second.stderr
    );
    assert_eq!(Store::open(&db).unwrap().counts().unwrap(), after_first);

    assert_eq!(first.stdout, second.stdout, "the same event table");
    assert!(
        first.stdout.lines().count() as u64 == after_first.events + 1,
        "a header and one row per event:\n{}",
        first.stdout
    );
    let header = first.stdout.lines().next().unwrap_or_default();
    for column in ["DATE", "TYPE / SUB-TYPE", "ACTORS", "LOCATION", "FATALITIES", "DOCUMENT"] {
        assert!(header.contains(column), "{header}");
    }
}

#[test]
fn a_rerun_lists_only_the_documents_named() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(&examples(), &corpus);
    let all = tidings_in(dir.path(), &["ingest", "corpus"], b"");
    assert_eq!(all.code, 0, "{}", all.stderr);

    let one = tidings_in(dir.path(), &["ingest", "corpus/fsb-kaluga-isk.txt"], b"");
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(one.stderr.contains("1 document: 0 new, 1 duplicate"), "{}", one.stderr);
    let rows: Vec<&str> = one.stdout.lines().skip(1).collect();
    assert!(!rows.is_empty(), "the reference article has events");
    assert!(rows.iter().all(|r| r.ends_with("fsb-kaluga-isk")), "{}", one.stdout);
}

#[test]
fn a_taken_id_gets_a_new_one_and_reruns_find_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Gunmen killed three soldiers in Idlib on Monday.").unwrap();
    std::fs::write(dir.path().join("b.jsonl"), "{\"id\":\"a\",\"text\":\"Police arrested two men in Kaluga.\"}\n")
        .unwrap();
    let first = tidings_in(dir.path(), &["ingest", "a.txt", "b.jsonl"], b"");
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(first.stderr.contains("2 documents: 2 new"), "{}", first.stderr);
    let second = tidings_in(dir.path(), &["ingest", "a.txt", "b.jsonl"], b"");
    assert!(second.stderr.contains("2 documents: 0 new, 2 duplicate"), "{}", second.stderr);
    assert_eq!(first.stdout, second.stdout);

    let store = Store::open(&dir.path().join("tidings.db")).unwrap();
    assert_eq!(store.counts().unwrap().documents, 2);
    let events = store.events(&Default::default()).unwrap();
    let listed = first.stdout.lines().skip(1).count();
    assert_eq!(listed, events.len(), "both documents' events are listed");
}
