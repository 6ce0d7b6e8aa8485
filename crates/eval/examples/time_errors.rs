//! Lists where the time tagger and a gold file disagree, one line per expression:
//! `MISS` (gold only), `FP` (found only), `VALUE` (type or value differs), `EXTENT`.
//!
//! `cargo run --release -p tidings-eval --example time_errors -- eval/time/wikinews-dev.jsonl`
use tidings_eval::time::{align, load, system};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    for corpus in load(std::path::Path::new(&path)).unwrap() {
        for doc in &corpus.docs {
            let found = system(doc);
            let pairs = align(&doc.timex, &found);
            let ctx = |s: usize, e: usize| {
                let a = doc.text.floor_char_boundary(s.saturating_sub(30));
                let b = doc.text.ceil_char_boundary((e + 20).min(doc.text.len()));
                format!("{}[[{}]]{}", &doc.text[a..s], &doc.text[s..e], &doc.text[e..b]).replace('\n', " ")
            };
            for (g, t) in doc.timex.iter().enumerate() {
                match pairs.iter().find(|p| p.0 == g) {
                    None => println!(
                        "MISS  {} {:10} {:14}  {}",
                        doc.dct.as_deref().unwrap_or("-"),
                        t.ty,
                        t.value,
                        ctx(t.start, t.end)
                    ),
                    Some(&(_, s)) => {
                        let f = &found[s];
                        if f.value != t.value || f.ty != t.ty {
                            println!(
                                "VALUE {} {:10} {:14} got {:8} {:14} {}",
                                doc.dct.as_deref().unwrap_or("-"),
                                t.ty,
                                t.value,
                                f.ty,
                                f.value,
                                ctx(f.start.min(t.start), f.end.max(t.end))
                            );
                        } else if f.start != t.start || f.end != t.end {
                            println!("EXTENT gold [{}] got [{}]", &doc.text[t.start..t.end], &doc.text[f.start..f.end]);
                        }
                    }
                }
            }
            for (s, f) in found.iter().enumerate() {
                if !pairs.iter().any(|p| p.1 == s) {
                    println!(
                        "FP    {} {:10} {:14}  {}",
                        doc.dct.as_deref().unwrap_or("-"),
                        f.ty,
                        f.value,
                        ctx(f.start, f.end)
                    );
                }
            }
        }
    }
}
