use crate::support::tidings_in;

/// `tidings parse` writes CoNLL-U: a newdoc line per document, a text line per
/// sentence, ten columns per word, heads inside the sentence and one root each.
#[test]
fn parse_writes_conllu_with_one_root_per_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Militants attacked the base near Kabul on Monday. Police didn't arrest anyone.";
    let run = tidings_in(dir.path(), &["parse", "--format", "conllu", "-"], text.as_bytes());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert_eq!(out.lines().filter(|l| l.starts_with("# newdoc id = ")).count(), 1, "{out}");
    let texts: Vec<&str> = out.lines().filter_map(|l| l.strip_prefix("# text = ")).collect();
    assert_eq!(texts, ["Militants attacked the base near Kabul on Monday.", "Police didn't arrest anyone."]);
    let sentences: Vec<Vec<Vec<&str>>> = out
        .split("\n\n")
        .map(|block| {
            block.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(|l| l.split('\t').collect()).collect()
        })
        .filter(|s: &Vec<Vec<&str>>| !s.is_empty())
        .collect();
    assert_eq!(sentences.len(), 2);
    for s in &sentences {
        assert!(s.iter().all(|cols| cols.len() == 10));
        assert_eq!(s.iter().filter(|c| c[6] == "0").count(), 1, "one root: {s:?}");
        assert!(s.iter().all(|c| c[6].parse::<usize>().unwrap() <= s.len()));
    }
    // "didn't" is two words, as in UD; "Militants" is the subject of "attacked".
    let forms: Vec<&str> = sentences[1].iter().map(|c| c[1]).collect();
    assert_eq!(forms, ["Police", "did", "n't", "arrest", "anyone", "."]);
    let first = &sentences[0];
    assert_eq!((first[0][1], first[0][6], first[0][7]), ("Militants", "2", "nsubj"));
    assert_eq!((first[1][3], first[1][7]), ("VERB", "root"));
}
