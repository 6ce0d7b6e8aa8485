use serde_json::Value;

use crate::support::{examples, tidings_in};

#[test]
fn stored_events_come_out_as_table_json_jsonl_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = examples();
    let corpus = corpus.to_str().unwrap();
    let ingest = tidings_in(dir.path(), &["ingest", corpus], b"");
    assert_eq!(ingest.code, 0, "{}", ingest.stderr);

    let json = tidings_in(dir.path(), &["events", "--unmerged", "--format", "json"], b"");
    assert_eq!(json.code, 0, "{}", json.stderr);
    let events: Vec<Value> = serde_json::from_str(&json.stdout).unwrap();
    assert!(!events.is_empty());
    assert_eq!(ingest.stdout.lines().count(), events.len() + 1);

    let jsonl = tidings_in(dir.path(), &["events", "--unmerged", "--format", "jsonl"], b"");
    assert_eq!(jsonl.stdout.lines().count(), events.len());

    let csv = tidings_in(dir.path(), &["events", "--unmerged", "--format", "csv", "--limit", "3"], b"");
    assert_eq!(csv.code, 0, "{}", csv.stderr);
    let mut lines = csv.stdout.lines();
    assert_eq!(
        lines.next().unwrap(),
        "event_id,document_id,date,event_type,sub_event_type,plover,modality,actor1,actor2,\
         country,admin1,location,latitude,longitude,geo_precision,fatalities,background"
    );
    assert_eq!(lines.count(), 3.min(events.len()));

    let table = tidings_in(dir.path(), &["events", "--unmerged"], b"");
    assert_eq!(table.stdout, ingest.stdout, "the table of everything stored");

    let none = tidings_in(dir.path(), &["events", "--since", "2999", "--format", "json"], b"");
    assert_eq!(none.code, 0);
    assert_eq!(serde_json::from_str::<Vec<Value>>(&none.stdout).unwrap().len(), 0);
}

#[test]
fn events_filters_are_checked_and_a_missing_database_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = tidings_in(dir.path(), &["events"], b"");
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no database at tidings.db"), "{}", missing.stderr);
    assert!(!dir.path().join("tidings.db").exists(), "not created by a read");

    let bad_type = tidings_in(dir.path(), &["events", "--type", "Battle"], b"");
    assert_eq!(bad_type.code, 2);
    assert!(bad_type.stderr.contains("Strategic developments"), "{}", bad_type.stderr);
}
