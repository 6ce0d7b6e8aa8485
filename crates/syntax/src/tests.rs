//! Tests of the bundled model: it loads, and parses plain news sentences sensibly.

use crate::{Model, Parse, Upos};

fn parse(text: &str) -> Vec<(String, Upos, Option<String>, String)> {
    let seg = tidings_text::Segmented::new(text);
    let mut out = Vec::new();
    for s in &seg.sentences {
        let words = Model::bundled().parse(text, &seg.tokens[s.tokens.clone()]);
        for w in &words {
            assert_eq!(&text[w.start..w.end], text.get(w.start..w.end).unwrap());
            out.push((
                text[w.start..w.end].to_string(),
                w.upos,
                w.head.map(|h| text[words[h].start..words[h].end].to_string()),
                w.deprel.to_string(),
            ));
        }
    }
    out
}

fn find<'a>(p: &'a [(String, Upos, Option<String>, String)], form: &str) -> &'a (String, Upos, Option<String>, String) {
    p.iter().find(|w| w.0 == form).unwrap_or_else(|| panic!("no {form} in {p:?}"))
}

#[test]
fn the_bundled_model_loads_and_round_trips() {
    let m = Model::bundled();
    assert!(m.labels().iter().any(|l| l == "nsubj:pass"));
    let again = Model::from_gzip(&m.to_gzip()).unwrap();
    assert_eq!(again.sizes(), m.sizes());
    assert!(Model::from_gzip(b"not a model").is_err());
}

#[test]
fn the_start_up_form_holds_the_model_file() {
    // The bundled form is derived from the model file by build.rs; both must write the
    // same model file back.
    let file = Model::from_gzip(include_bytes!("../data/syntax.model.gz")).unwrap();
    let bundled = Model::bundled();
    assert_eq!(file.labels, bundled.labels);
    assert_eq!(file.keep_hyphen, bundled.keep_hyphen);
    assert_eq!(file.sizes(), bundled.sizes());
    // Written back, the bundled form gives the model file byte for byte.
    assert!(bundled.to_gzip() == include_bytes!("../data/syntax.model.gz"), "the two forms differ");
}

#[test]
fn subject_and_object_of_a_transitive_verb() {
    let p = parse("Militants attacked the base.");
    assert_eq!(find(&p, "Militants").2.as_deref(), Some("attacked"));
    assert_eq!(find(&p, "Militants").3, "nsubj");
    assert_eq!(find(&p, "attacked").3, "root");
    assert_eq!(find(&p, "attacked").1, Upos::Verb);
    assert_eq!(find(&p, "base").2.as_deref(), Some("attacked"));
    assert_eq!(find(&p, "base").3, "obj");
    assert_eq!(find(&p, "the").2.as_deref(), Some("base"));
}

#[test]
fn passive_with_an_agent() {
    let p = parse("Two soldiers were killed by a roadside bomb in Kandahar on Sunday.");
    assert_eq!(find(&p, "soldiers").3, "nsubj:pass");
    assert_eq!(find(&p, "soldiers").2.as_deref(), Some("killed"));
    assert_eq!(find(&p, "were").3, "aux:pass");
    assert_eq!(find(&p, "bomb").2.as_deref(), Some("killed"));
    assert!(find(&p, "bomb").3.starts_with("obl"));
    assert_eq!(find(&p, "Kandahar").1, Upos::Propn);
}

#[test]
fn clitics_are_words_with_their_own_offsets() {
    let p = parse("The police didn't arrest the group's leader.");
    assert_eq!(find(&p, "n't").3, "advmod");
    assert_eq!(find(&p, "did").1, Upos::Aux);
    assert_eq!(find(&p, "'s").3, "case");
    assert_eq!(find(&p, "group").3, "nmod:poss");
    assert_eq!(find(&p, "police").3, "nsubj");
}

#[test]
fn every_sentence_has_one_root_and_a_tree() {
    let text = "Gunmen stormed a police station in the north, killing three officers. \
                The Interior Ministry said the attackers fled. \"We will respond,\" he said!";
    let seg = tidings_text::Segmented::new(text);
    for s in &seg.sentences {
        let words = Model::bundled().parse(text, &seg.tokens[s.tokens.clone()]);
        assert_eq!(words.iter().filter(|w| w.head.is_none()).count(), 1);
        for (i, w) in words.iter().enumerate() {
            let mut x = i;
            let mut steps = 0;
            while let Some(h) = words[x].head {
                x = h;
                steps += 1;
                assert!(steps <= words.len(), "cycle");
            }
            assert_eq!(w.head.is_none(), w.deprel == "root");
        }
    }
}

#[test]
fn analysis_reads_roles_across_voice() {
    let text = "Militants attacked the base. The base was attacked by militants.";
    let seg = tidings_text::Segmented::new(text);
    let roles: Vec<(Option<String>, Option<String>)> = seg
        .sentences
        .iter()
        .map(|s| {
            let p = Parse::new(Model::bundled().parse(text, &seg.tokens[s.tokens.clone()]));
            let verb = (0..p.words.len()).find(|&i| &text[p.words[i].start..p.words[i].end] == "attacked").unwrap();
            assert!(p.is_verb(verb));
            let (agent, patient) = p.roles(verb, text);
            let form = |i: Option<usize>| i.map(|i| text[p.words[i].start..p.words[i].end].to_lowercase());
            (form(agent), form(patient))
        })
        .collect();
    assert_eq!(roles[0], (Some("militants".into()), Some("base".into())));
    assert_eq!(roles[1], (Some("militants".into()), Some("base".into())));
}

#[test]
fn analysis_shares_the_subject_of_conjoined_verbs() {
    let text = "Gunmen stormed the village and killed five people.";
    let seg = tidings_text::Segmented::new(text);
    let p = Parse::new(Model::bundled().parse(text, &seg.tokens));
    let form = |i: usize| &text[p.words[i].start..p.words[i].end];
    let killed = (0..p.words.len()).find(|&i| form(i) == "killed").unwrap();
    assert_eq!(p.subject(killed).map(form), Some("Gunmen"));
    assert_eq!(p.object(killed).map(form), Some("people"));
    let (a, b) = p.span(p.object(killed).unwrap());
    assert_eq!(&text[a..b], "five people");
    assert!(p.children(killed).len() >= 2);
    assert_eq!(p.root().map(form), Some("stormed"));
}

#[test]
fn punctuation_takes_no_dependents() {
    // Words 1..=5: a "," b "." c; tag 12 is PUNCT (Upos::Punct), 7 NOUN.
    let (n, p) = (Upos::Noun as u8, Upos::Punct as u8);
    let tags = [n, p, n, p, n];
    // b hangs from the comma, which hangs from a; c from the full stop, which hangs
    // from the comma: both move up to a. The root stays.
    let mut heads = vec![0, 1, 2, 2, 4];
    crate::punct_leaves(&mut heads, &tags);
    assert_eq!(heads, vec![0, 1, 1, 1, 1]);
    // A punctuation root keeps its dependents (no second root), and empty input is fine.
    let mut heads = vec![2, 0, 2];
    crate::punct_leaves(&mut heads, &[n, p, n]);
    assert_eq!(heads, vec![2, 0, 2]);
    crate::punct_leaves(&mut [], &[]);
    // In a parsed sentence no word hangs from a punctuation mark.
    let text = "U.S. forces killed its previous leaders, Hafiz Sayed Khan in late July 2016 and \
                Abdul Hasib in late April 2017.";
    for w in parse(text) {
        if let Some(h) = &w.2 {
            assert!(!matches!(h.as_str(), "," | "."), "{w:?}");
        }
    }
}

#[test]
fn feature_flags_survive_the_model_file() {
    use std::io::Read;
    let labels = vec!["nsubj".to_string(), "root".to_string()];
    let blank = |classes| crate::perceptron::Trainer::new(classes).averaged(0);
    for flags in [0, crate::TAGGER_CLUSTERS, crate::PARSER_CLUSTERS, crate::TAGGER_CLUSTERS | crate::PARSER_CLUSTERS] {
        let m =
            Model::new(labels.clone(), vec!["e".into()], blank(Upos::ALL.len()), blank(1 + 2 * labels.len()), flags);
        let gz = m.to_gzip();
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut raw).unwrap();
        // A model without optional features keeps the old format, so old models and
        // old readers agree on it.
        assert_eq!(&raw[..5], if flags == 0 { b"TSYN1" } else { b"TSYN2" });
        let again = Model::from_gzip(&gz).unwrap();
        assert_eq!(again.flags(), flags);
        assert_eq!(again.labels(), m.labels());
        assert_eq!(again.to_gzip(), gz);
    }
}

#[test]
fn cluster_features_only_for_models_that_read_them() {
    use crate::features::{self, Lex};
    // Digits are one key: two years share their clusters.
    let (a, b) = (Lex::new("1996", true), Lex::new("2003", true));
    assert_eq!(a.c, b.c);
    assert!(Lex::new("Monday", true).c != Lex::new("xqzvv", true).c);
    // Without the flag the table is not read: every word has the same (no) clusters.
    assert_eq!(Lex::new("Monday", false).c, Lex::new("xqzvv", false).c);
    let words = ["Gunmen", "attacked", "Kabul", "on", "Monday"].map(|w| Lex::new(w, true));
    let (mut with, mut without) = (Vec::new(), Vec::new());
    features::tagger(&words, 2, &[7, 16], true, &mut with);
    features::tagger(&words, 2, &[7, 16], false, &mut without);
    assert!(with.len() > without.len());
    assert_eq!(with[..without.len()], without[..]);
}
