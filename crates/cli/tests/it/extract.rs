use serde_json::Value;

use crate::support::{assert_spans_align, news_ids, tidings, tidings_in};

#[test]
fn reference_article_is_one_json_object_anchored_on_its_date() {
    let run = tidings(&["extract", "examples/fsb-kaluga-isk.txt", "--published", "2024-03-09"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ex: Value = serde_json::from_str(&run.stdout).expect("stdout is one JSON value");
    assert!(ex.is_object(), "one document gives one object");
    assert_eq!(ex["document"]["published"], "2024-03-09");
    assert_eq!(ex["document"]["id"], "fsb-kaluga-isk");
    assert!(assert_spans_align(&ex) > 0, "the reference article has spans");
}

/// The must-have alignment check, on every document of the corpus; also checks
/// that `--format jsonl` writes one line per document in input order.
#[test]
fn every_span_of_every_example_points_at_its_text() {
    let run = tidings(&["extract", "--format", "jsonl", "examples/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let mut expected = vec!["fsb-kaluga-isk".to_string()];
    expected.extend(news_ids());
    assert_eq!(lines.len(), expected.len(), "one line per document");

    let mut spans = 0;
    for (line, id) in lines.iter().zip(&expected) {
        let ex: Value = serde_json::from_str(line).expect("each line is one JSON object");
        assert_eq!(&ex["document"]["id"], id, "input order");
        spans += assert_spans_align(&ex);
    }
    assert!(spans > 100, "only {spans} spans checked");
}

#[test]
fn several_documents_are_a_json_array() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Police arrested two men in Kaluga.").unwrap();
    std::fs::write(dir.path().join("b.txt"), "Nothing happened.").unwrap();
    let run = tidings_in(dir.path(), &["extract", "a.txt", "b.txt", "--source", "Wire"], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let docs = v.as_array().expect("an array");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["document"]["id"], "a");
    assert_eq!(docs[1]["document"]["source"], "Wire");
}

#[test]
fn standard_input_is_text_or_jsonl() {
    let dir = tempfile::tempdir().unwrap();
    let text = tidings_in(dir.path(), &["extract", "-"], "The FSB said.\n".as_bytes());
    assert_eq!(text.code, 0, "{}", text.stderr);
    let ex: Value = serde_json::from_str(&text.stdout).unwrap();
    assert_eq!(ex["document"]["text"], "The FSB said.\n");

    let jsonl = tidings_in(
        dir.path(),
        &["extract", "--format", "jsonl", "--published", "2024-03-09"],
        b"{\"id\":\"one\",\"text\":\"One.\"}\n{\"id\":\"two\",\"text\":\"Two.\"}\n",
    );
    assert_eq!(jsonl.code, 0, "{}", jsonl.stderr);
    let ids: Vec<String> = jsonl
        .stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            assert_eq!(v["document"]["published"], "2024-03-09");
            v["document"]["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, ["one", "two"]);
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    let bad = tidings(&["extract", "--published", "March 9", "examples/"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("not a date"), "{}", bad.stderr);

    let help = tidings(&["extract", "--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Exit status:"), "{}", help.stdout);
    assert!(help.stdout.contains("2  usage error"), "{}", help.stdout);
}
