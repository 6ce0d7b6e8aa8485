//! Tagging and parsing speed on one core: `cargo run --release -p tidings-syntax
//! --example speed -- FILE.conllu [ROUNDS]` (an uncompressed CoNLL-U file). Prints
//! sentences per second with the treebank's words (tagging and parsing only) and from
//! each sentence's text (tokenization, UD words, tagging and parsing), the best of
//! `ROUNDS` (default 3) passes, and a checksum of the output so that two builds can
//! be compared for identical trees. With `TIDINGS_SYNTAX_MODEL=FILE` it times that model
//! file too, the two models taking turns each round, and prints its speed as a ratio of
//! the bundled model's.

use std::time::Instant;

use tidings_syntax::{conllu, Model};

/// One pass of each kind: seconds and output checksums.
fn pass(model: &Model, forms: &[Vec<&str>], texts: &[String]) -> ([f64; 2], [u64; 2]) {
    let t = Instant::now();
    let mut gold = 0u64;
    for f in forms {
        let a = model.analyze(f);
        for ((&head, &label), &upos) in a.heads.iter().zip(&a.labels).zip(&a.upos) {
            gold = gold.wrapping_mul(31).wrapping_add((head * 64 + label as usize) as u64 * 32);
            gold = gold.wrapping_add(upos as u64);
        }
    }
    let gold_secs = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut raw = 0u64;
    for s in texts {
        let seg = tidings_text::Segmented::new(s);
        for sent in &seg.sentences {
            for w in model.parse(s, &seg.tokens[sent.tokens.clone()]) {
                let h = w.head.map_or(0, |h| h + 1) as u64;
                raw = raw.wrapping_mul(31).wrapping_add(w.start as u64 * 1024 + h * 64 + w.upos as u64);
                raw = raw.wrapping_add(w.deprel.len() as u64);
            }
        }
    }
    ([gold_secs, t.elapsed().as_secs_f64()], [gold, raw])
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: speed FILE.conllu [ROUNDS]");
    let rounds: usize = args.get(2).map_or(3, |r| r.parse().expect("a number of rounds"));
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let sents = conllu::parse(&text).expect("CoNLL-U");
    let mut models: Vec<(String, &Model)> = vec![("bundled".into(), Model::bundled())];
    let other = std::env::var_os("TIDINGS_SYNTAX_MODEL").map(|p| {
        let m = Model::from_gzip(&std::fs::read(&p).expect("a readable model file")).expect("a syntax model");
        (p.to_string_lossy().into_owned(), m)
    });
    if let Some((name, m)) = &other {
        models.push((name.clone(), m));
    }
    let forms: Vec<Vec<&str>> = sents.iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    let texts: Vec<String> = sents
        .iter()
        .map(|s| {
            s.text.clone().unwrap_or_else(|| s.words.iter().map(|w| w.form.as_str()).collect::<Vec<_>>().join(" "))
        })
        .collect();
    let mut best = vec![[f64::MAX; 2]; models.len()];
    let mut sums = vec![[0u64; 2]; models.len()];
    for _ in 0..rounds {
        for (k, (_, m)) in models.iter().enumerate() {
            let (secs, sum) = pass(m, &forms, &texts);
            best[k] = [best[k][0].min(secs[0]), best[k][1].min(secs[1])];
            sums[k] = sum;
        }
    }
    let n = sents.len() as f64;
    for (k, (name, m)) in models.iter().enumerate() {
        println!("{name} (feature flags {}):", m.flags());
        for (j, kind) in ["gold words", "sentence texts"].iter().enumerate() {
            let ratio = if k == 0 { String::new() } else { format!(", {:.3} of bundled", best[0][j] / best[k][j]) };
            println!("  {kind}: {:.0} sentences/s{ratio} (checksum {:016x})", n / best[k][j], sums[k][j]);
        }
    }
}
