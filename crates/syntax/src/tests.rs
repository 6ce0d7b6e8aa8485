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

#[test]
fn a_words_prefix_and_suffixes_hash_as_copies_of_its_characters_did() {
    use crate::features::{hash_str, Lex};
    for form in ["", "a", "ab", "Kabul", "1,200", "IRAQ", "é", "Ünïcödé", "İstanbul", "naïve", "Straße", "北京市"]
    {
        // The characters copied into new strings, as the features were first written.
        let lower: String =
            form.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).flat_map(char::to_lowercase).collect();
        let chars: Vec<char> = lower.chars().collect();
        let tail = |n: usize| -> String { chars[chars.len().saturating_sub(n)..].iter().collect() };
        let first: String = chars.iter().take(1).collect();
        let l = Lex::new(form, false);
        assert_eq!(l.prefix, hash_str(3, &first), "{form}");
        assert_eq!([l.suffix2, l.suffix3, l.suffix4], [2, 3, 4].map(|n| hash_str(n + 2, &tail(n as usize))), "{form}");
    }
}

#[test]
fn the_beam_keeps_the_best_candidates_and_the_earlier_on_ties() {
    let mut top = Vec::new();
    for (k, s) in [3, 7, 5, 7, 1, 9].into_iter().enumerate() {
        crate::push_top(&mut top, 3, (s, k, 0));
    }
    assert_eq!(top, vec![(9, 5, 0), (7, 1, 0), (7, 3, 0)]);
}

/// The bundled weights with another beam width in the flags.
fn with_beam(width: usize) -> Model {
    let b = Model::bundled();
    let flags = b.flags() | ((width as u8) << crate::BEAM_SHIFT);
    Model::new(b.labels.clone(), b.keep_hyphen.clone(), b.tagger.clone(), b.parser.clone(), flags)
}

#[test]
fn a_beam_of_one_is_the_greedy_parser_and_wider_beams_build_trees() {
    let forms =
        "The gunmen , who fled on motorbikes , shot two police officers near the market in Peshawar on Monday ."
            .split(' ')
            .collect::<Vec<_>>();
    let m = Model::bundled();
    let lex: Vec<_> = forms.iter().map(|f| crate::features::Lex::new(f, true)).collect();
    let tags = m.tag_lex(&lex);
    let nodes = crate::nodes(&lex, &tags);
    let greedy = m.greedy(&nodes);
    let one = m.beam_search(&nodes);
    assert_eq!((&greedy.heads, &greedy.labels), (&one.heads, &one.labels));
    for width in [2, 4, 8] {
        let beam = with_beam(width);
        assert_eq!(beam.beam(), width);
        let gz = beam.to_gzip();
        assert_eq!(Model::from_gzip(&gz).unwrap().beam(), width, "the width survives the model file");
        let a = beam.analyze(&forms);
        assert_eq!(a, beam.analyze(&forms), "deterministic");
        assert_eq!(a.heads.iter().filter(|&&h| h == 0).count(), 1, "one root: {:?}", a.heads);
        // Every word reaches the root.
        for d in 1..=forms.len() {
            let (mut x, mut n) = (d, 0);
            while x != 0 && n <= forms.len() {
                x = a.heads[x - 1];
                n += 1;
            }
            assert_eq!(x, 0, "word {d} of {:?}", a.heads);
        }
    }
}

#[test]
fn global_training_learns_a_small_treebank() {
    use crate::train::{train, Settings};
    let text = "1\tMilitants\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tattacked\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
                3\tthe\t_\tDET\t_\t_\t4\tdet\t_\t_\n4\tbase\t_\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                5\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
    let text2 = "1\tPolice\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tarrested\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
                3\ttwo\t_\tNUM\t_\t_\t4\tnummod\t_\t_\n4\tmen\t_\tNOUN\t_\t_\t2\tobj\t_\t_\n\
                5\tin\t_\tADP\t_\t_\t6\tcase\t_\t_\n6\tKabul\t_\tPROPN\t_\t_\t2\tobl\t_\t_\n\
                7\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
    // Each sentence twice, in folds 0 and 1: the jackknifed tagger of each fold has
    // seen the other copy.
    let sents = crate::conllu::parse(&[text, text, text2, text2].concat()).unwrap();
    let s = Settings {
        tagger_epochs: 5,
        parser_epochs: 10,
        folds: 2,
        beam: 4,
        prune_tagger: 0,
        prune_parser: 0,
        ..Settings::default()
    };
    let m = train(&sents, &[], &s, &mut |_| {});
    assert_eq!(m.beam(), 4);
    let (tags, uas, las) = crate::train::score(&m, &sents);
    assert!(tags > 0.99 && uas > 0.99 && las > 0.99, "{tags} {uas} {las}");
}

#[test]
fn memoized_scores_are_the_sums_of_every_feature_and_groups_read_only_their_words() {
    use crate::features::{self, Group, CLUSTER_GROUPS, PARSER_GROUPS};
    use std::collections::HashMap;
    let forms = "Police said the gunmen , who fled , shot two officers near the old market in Peshawar ."
        .split(' ')
        .collect::<Vec<_>>();
    // Both feature sets: the bundled flags and the parser's word clusters.
    for flags in [Model::bundled().flags(), Model::bundled().flags() | crate::PARSER_CLUSTERS] {
        let b = Model::bundled();
        let m = Model::new(b.labels.clone(), b.keep_hyphen.clone(), b.tagger.clone(), b.parser.clone(), flags);
        let clusters = flags & crate::PARSER_CLUSTERS != 0;
        let lex: Vec<_> = forms.iter().map(|f| features::Lex::new(f, true)).collect();
        let nodes = crate::nodes(&lex, &m.tag_lex(&lex));
        // The beam's memo (deep) and the greedy parser's (the buffer front's rows only).
        for deep in [true, false] {
            let mut memo = crate::Memo::new(&m, &nodes);
            memo.deep = deep;
            let (mut want, mut got) = (vec![0i32; m.parser.classes()], vec![0i32; m.parser.classes()]);
            let mut feats = Vec::new();
            // Each group's features by its words: (group, s2, s1, s0, b) with unread words 0.
            // (group, [s2, s1, s0, b]) -> (the group's features, the tree's features).
            type Seen = HashMap<(usize, [usize; 4]), (Vec<u32>, Vec<u32>)>;
            let mut seen = Seen::new();
            // Times the same words came back with other tree features (what the test is for).
            let mut other_trees = 0;
            let mut rng = 7u64;
            for _walk in 0..60 {
                let mut st = crate::system::State::new(nodes.len());
                while !st.terminal() {
                    features::parser(&st.context(&nodes), clusters, &mut feats);
                    m.parser.score(&feats, &mut want);
                    memo.score(&st, &mut got);
                    assert_eq!(got, want);
                    let item = |k: usize| st.stack.len().checked_sub(k + 1).map_or(0, |i| st.stack[i] + 1);
                    for (g, words) in [
                        (Group::Buffer, [0, 0, 0, st.b]),
                        (Group::Top, [0, 0, item(0), st.b]),
                        (Group::Stack, [item(2), item(1), item(0), st.b]),
                    ] {
                        let groups = PARSER_GROUPS.iter().chain(&CLUSTER_GROUPS);
                        let part: Vec<u32> =
                            feats.iter().zip(groups).filter(|(_, &h)| h == g).map(|(&f, _)| f).collect();
                        let tree: Vec<u32> = feats
                            .iter()
                            .zip(PARSER_GROUPS.iter().chain(&CLUSTER_GROUPS))
                            .filter(|(_, &h)| h == Group::Tree)
                            .map(|(&f, _)| f)
                            .collect();
                        let before = seen.entry((g as usize, words)).or_insert_with(|| (part.clone(), tree.clone()));
                        assert_eq!(before.0, part, "{g:?} features differ for the same words");
                        other_trees += usize::from(before.1 != tree);
                    }
                    // A pseudo-random valid transition.
                    rng = rng.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                    let valid: Vec<usize> =
                        (0..m.parser.classes()).filter(|&c| crate::allowed(&st, c, m.root_label as usize)).collect();
                    st.apply(valid[(rng >> 33) as usize % valid.len()]);
                }
            }
            assert!(seen.len() > 100 && other_trees > 300, "{} groups seen, {other_trees} other trees", seen.len());
            if !deep {
                assert!(memo.top.is_empty() && memo.stack.is_empty(), "a greedy memo keeps stack rows");
                assert!(memo.rows.len() <= (nodes.len() + 1) * memo.classes, "one row a buffer front");
            }
        }
    }
}

#[test]
fn only_a_beam_keeps_the_rows_of_stack_tops() {
    let lex: Vec<_> =
        ["Police", "arrested", "two", "men", "."].iter().map(|f| crate::features::Lex::new(f, true)).collect();
    let m = Model::bundled();
    let nodes = crate::nodes(&lex, &m.tag_lex(&lex));
    assert_eq!(m.beam(), 1, "the bundled parser is greedy");
    assert!(!crate::Memo::new(m, &nodes).deep);
    assert!(crate::Memo::new(&with_beam(4), &nodes).deep);
}
