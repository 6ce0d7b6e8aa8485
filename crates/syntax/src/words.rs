//! From tidings tokens to Universal Dependencies words, keeping byte offsets.
//!
//! `tidings_text::tokenize` and UD English EWT mostly agree; where they differ, the
//! sentence's tokens are re-cut here so the parser sees words like the treebank's:
//! - negation and verbal clitics split off: "don't" → "do" + "n't", "can't" → "ca" +
//!   "n't", "I'm" → "I" + "'m" (also 're, 've, 'll, 'd, with ' or ’); "cannot" →
//!   "can" + "not"; "gonna"/"wanna"/"gotta" → "gon"/"wan"/"got" + "na"/"ta";
//!   (tidings already splits the possessive and "it's" clitic "'s");
//! - a hyphenated word is split at its hyphens ("15-year" → "15" "-" "year") unless
//!   its first part is a prefix the treebank keeps attached ("e-mail", "re-elect",
//!   "counter-attack"; the list is learned from the training data and kept in the model);
//! - runs of the same sentence punctuation written together become one word ("...",
//!   "--", "!!!", "?!"), as do times ("10:30"), and a URL or e-mail address written
//!   without spaces is one word.
//!
//! Every word is a byte range of the text, so `&text[w.start..w.end]` is its form.

use std::ops::Range;

use tidings_text::{Token, TokenKind};

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits a word token's range into UD words.
fn split_word(text: &str, r: Range<usize>, keep_hyphen: &dyn Fn(&str) -> bool, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lower = s.to_lowercase();
    // Hyphens first: each part is then checked for clitics.
    if s.contains(['-', '\u{2010}', '\u{2011}']) && !s.starts_with('-') {
        let first = lower.split(['-', '\u{2010}', '\u{2011}']).next().unwrap_or("");
        if !keep_hyphen(first) {
            let mut start = r.start;
            for (i, c) in s.char_indices() {
                if matches!(c, '-' | '\u{2010}' | '\u{2011}') {
                    let at = r.start + i;
                    if at > start {
                        split_word(text, start..at, &|_| true, out);
                    }
                    out.push(at..at + c.len_utf8());
                    start = at + c.len_utf8();
                }
            }
            if start < r.end {
                split_word(text, start..r.end, &|_| true, out);
            }
            return;
        }
    }
    // Negation: "n't" (also with ’).
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    if n >= 4 {
        let (i_n, c_n) = chars[n - 3];
        let (_, c_a) = chars[n - 2];
        let (_, c_t) = chars[n - 1];
        if (c_n == 'n' || c_n == 'N') && is_apostrophe(c_a) && (c_t == 't' || c_t == 'T') {
            out.push(r.start..r.start + i_n);
            out.push(r.start + i_n..r.end);
            return;
        }
    }
    // Verbal clitics.
    if let Some(pos) = s.char_indices().rev().find(|&(_, c)| is_apostrophe(c)).map(|(i, _)| i) {
        let tail = lower[pos..].chars().skip(1).collect::<String>();
        if pos > 0 && matches!(tail.as_str(), "m" | "re" | "ve" | "ll" | "d" | "s") {
            out.push(r.start..r.start + pos);
            out.push(r.start + pos..r.end);
            return;
        }
    }
    for (word, cut) in [("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)] {
        if lower == word {
            out.push(r.start..r.start + cut);
            out.push(r.start + cut..r.end);
            return;
        }
    }
    out.push(r);
}

/// Whether the tokens `a..b` form a URL or e-mail address.
fn is_address(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.contains("://") || l.starts_with("www.") || {
        let (user, host) = l.split_once('@').unwrap_or(("", ""));
        !user.is_empty() && host.contains('.') && !host.ends_with('.')
    }
}

/// The UD words of one sentence's tokens (see the module docs).
pub fn words(text: &str, tokens: &[Token], keep_hyphen: &dyn Fn(&str) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(tokens.len() + 4);
    let mut i = 0;
    while i < tokens.len() {
        // The run of tokens written together with token i.
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].start == tokens[j - 1].end {
            j += 1;
        }
        let run = &tokens[i..j];
        let run_text = &text[run[0].start..run[run.len() - 1].end];
        if run.len() > 1 && is_address(run_text) {
            // Trailing sentence punctuation stays outside the address.
            let mut k = run.len();
            while k > 1 && matches!(&text[run[k - 1].range()], "." | "," | ")" | ";" | ":" | "!" | "?" | "\"" | "'") {
                k -= 1;
            }
            out.push(run[0].start..run[k - 1].end);
            for t in &run[k..] {
                out.push(t.range());
            }
            i = j;
            continue;
        }
        let mut k = 0;
        while k < run.len() {
            let t = &run[k];
            let s = &text[t.range()];
            if t.kind == TokenKind::Punct {
                let mut m = k + 1;
                let group = |x: &str| match x {
                    "." => 1,
                    "!" | "?" => 2,
                    "-" => 3,
                    _ => 0,
                };
                let g = group(s);
                while g != 0 && m < run.len() && group(&text[run[m].range()]) == g {
                    m += 1;
                }
                out.push(t.start..run[m - 1].end);
                k = m;
                continue;
            }
            // Times: 10:30.
            if t.kind == TokenKind::Number
                && k + 2 < run.len()
                && &text[run[k + 1].range()] == ":"
                && run[k + 2].kind == TokenKind::Number
            {
                out.push(t.start..run[k + 2].end);
                k += 3;
                continue;
            }
            split_word(text, t.range(), keep_hyphen, &mut out);
            k += 1;
        }
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        let toks = tidings_text::tokenize(text);
        words(text, &toks, &|p| matches!(p, "e" | "re")).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_clitics_like_the_treebank() {
        assert_eq!(cut("I don't know"), ["I", "do", "n't", "know"]);
        assert_eq!(cut("We can’t go"), ["We", "ca", "n’t", "go"]);
        assert_eq!(cut("I'm sure they'll come"), ["I", "'m", "sure", "they", "'ll", "come"]);
        assert_eq!(cut("the group's leader"), ["the", "group", "'s", "leader"]);
        assert_eq!(cut("O'Brien cannot"), ["O'Brien", "can", "not"]);
    }

    #[test]
    fn splits_hyphens_unless_a_kept_prefix() {
        assert_eq!(cut("a 15-year term"), ["a", "15", "-", "year", "term"]);
        assert_eq!(cut("send an e-mail"), ["send", "an", "e-mail"]);
        assert_eq!(cut("pro-government forces"), ["pro", "-", "government", "forces"]);
    }

    #[test]
    fn joins_runs_times_and_addresses() {
        assert_eq!(cut("Wait... what?!"), ["Wait", "...", "what", "?!"]);
        assert_eq!(cut("at 10:30 see http://x.org/a-b."), ["at", "10:30", "see", "http://x.org/a-b", "."]);
        assert_eq!(cut("mail bob@example.com now"), ["mail", "bob@example.com", "now"]);
    }

    #[test]
    fn words_are_byte_ranges_of_the_text() {
        let text = "Les «militants» n’ont pas attaqué l’U.S. base—ok? Don't.";
        let toks = tidings_text::tokenize(text);
        for r in words(text, &toks, &|_| false) {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end) && r.start < r.end);
        }
    }
}
