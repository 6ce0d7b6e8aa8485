use tidings_store::{Error, Store, SCHEMA_VERSION};

use crate::support::{extraction, sha, TempDb};

#[test]
fn fresh_database_gets_the_latest_version() {
    let db = TempDb::new();
    let store = Store::open(&db.path()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    drop(store);

    let conn = rusqlite::Connection::open(db.path()).unwrap();
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn reopening_is_a_no_op() {
    let db = TempDb::new();
    let mut store = Store::open(&db.path()).unwrap();
    store.insert(&extraction("doc-a", &sha("a1"), "The FSB said.")).unwrap();
    let before = store.counts().unwrap();
    drop(store);

    for _ in 0..2 {
        let store = Store::open(&db.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.counts().unwrap(), before);
    }
}

#[test]
fn in_memory_store_is_migrated() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.counts().unwrap(), Default::default());
}

#[test]
fn newer_database_is_refused() {
    let db = TempDb::new();
    drop(Store::open(&db.path()).unwrap());
    let conn = rusqlite::Connection::open(db.path()).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    drop(conn);

    match Store::open(&db.path()) {
        Err(Error::TooNew { found, supported }) => {
            assert_eq!(found, SCHEMA_VERSION + 1);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        other => panic!("expected TooNew, got {other:?}"),
    }
    // The refusal did not touch the file.
    let conn = rusqlite::Connection::open(db.path()).unwrap();
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION + 1);
}

#[test]
fn unopenable_path_names_the_file() {
    let db = TempDb::new();
    let path = db.path().join("missing-dir").join("tidings.db");
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, Error::Open { .. }), "{err:?}");
    assert!(err.to_string().contains("missing-dir"), "{err}");
}

#[test]
fn concurrent_first_opens_migrate_once() {
    let db = TempDb::new();
    let path = db.path();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || Store::open(&path).map(|s| s.schema_version().unwrap()))
        })
        .collect();
    for handle in handles {
        assert_eq!(handle.join().unwrap().unwrap(), SCHEMA_VERSION);
    }
}
