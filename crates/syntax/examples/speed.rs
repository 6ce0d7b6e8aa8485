//! Tagging and parsing speed on one core: `cargo run --release -p tidings-syntax
//! --example speed -- FILE.conllu [ROUNDS]` (an uncompressed CoNLL-U file). Prints
//! sentences per second with the treebank's words (tagging and parsing only) and from
//! each sentence's text (tokenization, UD words, tagging and parsing), the best of
//! `ROUNDS` (default 3) passes, and a checksum of the output so that two builds can
//! be compared for identical trees.

use std::time::Instant;

use tidings_syntax::{conllu, Model};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: speed FILE.conllu [ROUNDS]");
    let rounds: usize = args.get(2).map_or(3, |r| r.parse().expect("a number of rounds"));
    let text = std::fs::read_to_string(path).expect("a readable UTF-8 file");
    let sents = conllu::parse(&text).expect("CoNLL-U");
    let model = Model::bundled();
    let forms: Vec<Vec<&str>> = sents.iter().map(|s| s.words.iter().map(|w| w.form.as_str()).collect()).collect();
    let texts: Vec<String> = sents
        .iter()
        .map(|s| {
            s.text.clone().unwrap_or_else(|| s.words.iter().map(|w| w.form.as_str()).collect::<Vec<_>>().join(" "))
        })
        .collect();
    let mut best = [f64::MAX; 2];
    let mut sums = [0u64; 2];
    for _ in 0..rounds {
        let t = Instant::now();
        let mut sum = 0u64;
        for f in &forms {
            let a = model.analyze(f);
            for ((&head, &label), &upos) in a.heads.iter().zip(&a.labels).zip(&a.upos) {
                sum = sum.wrapping_mul(31).wrapping_add((head * 64 + label as usize) as u64 * 32);
                sum = sum.wrapping_add(upos as u64);
            }
        }
        best[0] = best[0].min(t.elapsed().as_secs_f64());
        sums[0] = sum;
        let t = Instant::now();
        let mut sum = 0u64;
        for s in &texts {
            let seg = tidings_text::Segmented::new(s);
            for sent in &seg.sentences {
                for w in model.parse(s, &seg.tokens[sent.tokens.clone()]) {
                    let h = w.head.map_or(0, |h| h + 1) as u64;
                    sum = sum.wrapping_mul(31).wrapping_add(w.start as u64 * 1024 + h * 64 + w.upos as u64);
                    sum = sum.wrapping_add(w.deprel.len() as u64);
                }
            }
        }
        best[1] = best[1].min(t.elapsed().as_secs_f64());
        sums[1] = sum;
    }
    let n = sents.len() as f64;
    println!("gold words: {:.0} sentences/s (checksum {:016x})", n / best[0], sums[0]);
    println!("sentence texts: {:.0} sentences/s (checksum {:016x})", n / best[1], sums[1]);
}
