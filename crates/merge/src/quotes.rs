//! Documents that quote one another.
//!
//! A passage of at least [`MIN_RUN`] words that one document puts between quotation
//! marks and another holds too (as a quotation or as the speech itself) ties the two to
//! one story: a report of a sentencing quotes the defendant's apology, and the
//! transcript of that apology names neither the place nor the date of the bombing it
//! apologizes for. Only quoted passages count, so the boilerplate an outlet repeats
//! under every story ("contributed to this report") links nothing, and a passage held
//! by more than [`MAX_DOCUMENTS`] documents is a slogan, not a story's own words.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::fingerprint::{fnv1a_from, FNV_OFFSET};

/// Words per shingle.
const SHINGLE: usize = 8;

/// Words of a shared quoted run from which two documents are linked: 10 words are 3
/// shingles of 8.
pub const MIN_RUN: usize = 10;

/// Documents that may hold one quoted shingle before it counts as a slogan.
pub const MAX_DOCUMENTS: usize = 50;

/// Whether the text after the non-word character `c` stands between quotation marks:
/// `"` toggles, `“ «` open, `” »` close, a doubled apostrophe (`''`, `’’`, whose second
/// character is taken from `chars`) toggles, and a line break ends any quotation.
fn track_quotes(c: char, chars: &mut std::iter::Peekable<std::str::Chars<'_>>, inside: &mut bool) {
    let apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    match c {
        '\n' => *inside = false,
        '"' => *inside = !*inside,
        '\u{201c}' | '\u{ab}' => *inside = true,
        '\u{201d}' | '\u{bb}' => *inside = false,
        c if apostrophe(c) && chars.peek().copied().is_some_and(apostrophe) => {
            chars.next();
            *inside = !*inside;
        }
        _ => {}
    }
}

/// The lowercased alphanumeric words of `text` (as FNV-1a hashes), each marked whether
/// it stands between quotation marks. A quotation never spans a line break (a
/// paragraph-long quotation reopens its marks on the next line); `"`, `“ ”`, `« »` and a
/// doubled apostrophe (`''`, `’’`) are quotation marks, a single apostrophe is not.
fn marked_words(text: &str) -> Vec<(u64, bool)> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut word: Option<u64> = None;
    let mut chars = text.chars().peekable();
    let mut buf = [0u8; 4];
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            let mut h = word.unwrap_or(FNV_OFFSET);
            for l in c.to_lowercase() {
                h = fnv1a_from(h, l.encode_utf8(&mut buf).as_bytes());
            }
            word = Some(h);
            continue;
        }
        if let Some(h) = word.take() {
            out.push((h, inside));
        }
        track_quotes(c, &mut chars, &mut inside);
    }
    if let Some(h) = word {
        out.push((h, inside));
    }
    out
}

/// The hash of a run of word hashes (order matters).
fn hash(words: &[(u64, bool)]) -> u64 {
    words.iter().fold(FNV_OFFSET, |h, (w, _)| (h.rotate_left(23) ^ w).wrapping_mul(0x0100_0000_01b3))
}

/// The shingles of a text, each with whether it lies wholly inside a quotation.
fn shingles(text: &str) -> impl Iterator<Item = (u64, bool)> {
    let words = marked_words(text);
    let n = words.len().saturating_sub(SHINGLE - 1);
    (0..n).map(move |i| {
        let w = &words[i..i + SHINGLE];
        (hash(w), w.iter().all(|(_, q)| *q))
    })
}

/// Sorted and without repeats.
fn set(mut v: Vec<u64>) -> Vec<u64> {
    v.sort_unstable();
    v.dedup();
    v
}

/// The distinct hashes of a text's shingles that lie wholly inside a quotation, and of
/// all its shingles: what [`links`] compares, kept by a store to find the documents a
/// new one may be linked with.
pub fn shingle_hashes(text: &str) -> (Vec<u64>, Vec<u64>) {
    let all: Vec<(u64, bool)> = shingles(text).collect();
    (set(all.iter().filter(|(_, q)| *q).map(|(h, _)| *h).collect()), set(all.into_iter().map(|(h, _)| h).collect()))
}

/// The runs of at least [`MIN_RUN`] words a text holds between quotation marks, each as
/// its lowercased words separated by spaces (for a phrase search of the texts that
/// hold it).
pub fn quoted_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut inside = false;
    let mut word = String::new();
    let mut chars = text.chars().peekable();
    let end_word = |word: &mut String, run: &mut Vec<String>, runs: &mut Vec<String>, inside: bool| {
        if !word.is_empty() {
            if inside {
                run.push(std::mem::take(word));
            } else {
                word.clear();
                if run.len() >= MIN_RUN {
                    runs.push(run.join(" "));
                }
                run.clear();
            }
        }
    };
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
            continue;
        }
        end_word(&mut word, &mut run, &mut runs, inside);
        let was = inside;
        track_quotes(c, &mut chars, &mut inside);
        if was && !inside {
            if run.len() >= MIN_RUN {
                runs.push(run.join(" "));
            }
            run.clear();
        }
    }
    end_word(&mut word, &mut run, &mut runs, inside);
    if run.len() >= MIN_RUN {
        runs.push(run.join(" "));
    }
    runs
}

/// Pairs `(a, b)`, `a < b`, of the documents that share a quoted run of at least
/// [`MIN_RUN`] words. `texts` maps a document's number to its text; the result depends
/// on that map only.
pub fn links(texts: &BTreeMap<u32, &str>) -> BTreeSet<(u32, u32)> {
    // The documents quoting each quoted shingle, then the documents holding it.
    let mut quoted_in: HashMap<u64, Vec<u32>> = HashMap::new();
    for (&d, text) in texts {
        for h in set(shingles(text).filter(|(_, q)| *q).map(|(h, _)| h).collect()) {
            quoted_in.entry(h).or_default().push(d);
        }
    }
    if quoted_in.is_empty() {
        return BTreeSet::new();
    }
    let mut held_by: HashMap<u64, Vec<u32>> = HashMap::new();
    for (&d, text) in texts {
        for h in set(shingles(text).map(|(h, _)| h).filter(|h| quoted_in.contains_key(h)).collect()) {
            held_by.entry(h).or_default().push(d);
        }
    }
    let mut shared: BTreeMap<(u32, u32), usize> = BTreeMap::new();
    for (h, quoting) in &quoted_in {
        let holders = &held_by[h];
        if holders.len() > MAX_DOCUMENTS {
            continue;
        }
        // A pair is counted once per shingle, whichever of the two quotes it.
        let mut pairs = BTreeSet::new();
        for &q in quoting {
            for &d in holders.iter().filter(|&&d| d != q) {
                pairs.insert((q.min(d), q.max(d)));
            }
        }
        for p in pairs {
            *shared.entry(p).or_default() += 1;
        }
    }
    shared.into_iter().filter(|&(_, n)| n > MIN_RUN - SHINGLE).map(|(p, _)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(texts: &[&str]) -> BTreeSet<(u32, u32)> {
        links(&texts.iter().enumerate().map(|(i, t)| (i as u32, *t)).collect())
    }

    const REPORT: &str = "Moments before a federal judge sentenced him, the defendant apologized.\n\
        \"I am sorry for the lives that I've taken, for the suffering that I've caused you,'' he said.\n\
        Some information for this report came from Reuters and AP.";

    #[test]
    fn a_quotation_links_the_speech_it_quotes() {
        let speech = "Thank you, your Honor. Now, I am sorry for the lives that I’ve taken, for the \
            suffering that I’ve caused you, for the damage that I’ve done.";
        assert_eq!(linked(&[REPORT, speech]), BTreeSet::from([(0, 1)]));
        // And another report quoting the same words in typographic quotes.
        let other = "He told the court: “I am sorry for the lives that I've taken, for the suffering.”";
        assert_eq!(linked(&[speech, other, REPORT]), BTreeSet::from([(0, 1), (0, 2), (1, 2)]));
    }

    #[test]
    fn unquoted_boilerplate_and_short_quotes_link_nothing() {
        let other = "Police said the blast killed two people on Monday.\n\
            Some information for this report came from Reuters and AP.\n\
            \"I am sorry for the lives,\" a neighbour said.";
        assert!(linked(&[REPORT, other]).is_empty());
    }

    #[test]
    fn quoted_runs_are_the_words_between_marks() {
        assert_eq!(
            quoted_runs(REPORT),
            ["i am sorry for the lives that i ve taken for the suffering that i ve caused you"]
        );
        assert!(quoted_runs("He said \"we will win\" today.").is_empty());
        let (quoted, all) = shingle_hashes(REPORT);
        assert!(!quoted.is_empty() && quoted.iter().all(|h| all.binary_search(h).is_ok()));
    }

    #[test]
    fn quotation_marks() {
        let marked =
            |text: &str| -> Vec<u64> { marked_words(text).into_iter().filter(|(_, q)| *q).map(|(h, _)| h).collect() };
        let words = |text: &str| -> Vec<u64> { marked_words(text).into_iter().map(|(h, _)| h).collect() };
        assert_eq!(
            marked("He said \"we will win the war\" and ''it ends'' but “not «now»” it's\nover"),
            words("we will win the war it ends not now")
        );
        assert_eq!(words("It’s OVER, Élan"), words("it's over élan"));
        assert!(marked("\"an unclosed quote\nends at the line").len() == 3);
    }
}
