use std::fs::File;
use std::path::Path;

use tidings_store::Store;

use crate::support::tidings_in;

/// A folder with a non-UTF-8 file, an empty file, a 50 MB file and one good file.
fn messy_folder(dir: &Path) {
    let docs = dir.join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("a-latin1.txt"), b"Caf\xe9 bombing in Lyon.").unwrap();
    std::fs::write(docs.join("b-empty.txt"), b"  \n\n").unwrap();
    // Sparse: cheap to make, and must be refused without being read.
    File::create(docs.join("c-huge.txt")).unwrap().set_len(50_000_000).unwrap();
    std::fs::write(docs.join("d-good.txt"), "Police arrested two men in Kaluga on Monday.").unwrap();
}

fn assert_three_errors(stderr: &str) {
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("tidings: ")).collect();
    assert_eq!(errors.len(), 3, "{stderr}");
    assert!(errors[0].contains("a-latin1.txt: not UTF-8: invalid byte at offset 3"), "{}", errors[0]);
    assert!(errors[1].contains("b-empty.txt: empty document"), "{}", errors[1]);
    assert!(errors[2].contains("c-huge.txt: too large: 47.7 MiB (the limit is 32 MiB)"), "{}", errors[2]);
}

#[test]
fn extract_reports_each_bad_file_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    messy_folder(dir.path());
    let run = tidings_in(dir.path(), &["extract", "--format", "jsonl", "docs"], b"");
    assert_eq!(run.code, 1);
    assert_three_errors(&run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    assert!(lines[0].contains("\"id\":\"d-good\""));
}

#[test]
fn ingest_reports_each_bad_file_and_stores_the_good_one() {
    let dir = tempfile::tempdir().unwrap();
    messy_folder(dir.path());
    let run = tidings_in(dir.path(), &["ingest", "docs"], b"");
    assert_eq!(run.code, 1);
    assert_three_errors(&run.stderr);
    assert!(run.stderr.contains("4 documents: 1 new, 0 duplicate, 3 failed;"), "{}", run.stderr);
    let store = Store::open(&dir.path().join("tidings.db")).unwrap();
    assert_eq!(store.counts().unwrap().documents, 1);
    assert!(store.document("d-good").unwrap().is_some());
}

#[test]
fn a_bad_jsonl_line_is_named_and_the_other_lines_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("feed.jsonl"),
        concat!(
            "{\"id\":\"one\",\"text\":\"Rebels attacked a convoy near Idlib.\"}\n",
            "{\"id\":\"two\",\"text\":\"unterminated\n",
            "\n",
            "{\"id\":\"three\",\"title\":\"no text\"}\n",
            "{\"id\":\"four\",\"text\":\"Protesters gathered in Caracas.\"}\n",
        ),
    )
    .unwrap();
    let run = tidings_in(dir.path(), &["ingest", "feed.jsonl"], b"");
    assert_eq!(run.code, 1);
    let errors: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with("tidings: ")).collect();
    assert_eq!(errors.len(), 2, "{}", run.stderr);
    assert!(errors[0].starts_with("tidings: feed.jsonl:2: invalid JSON"), "{}", errors[0]);
    assert_eq!(errors[1], "tidings: feed.jsonl:4: missing \"text\" (a string)");
    let store = Store::open(&dir.path().join("tidings.db")).unwrap();
    assert_eq!(store.counts().unwrap().documents, 2);
    assert!(store.document("one").unwrap().is_some());
    assert!(store.document("four").unwrap().is_some());
}
