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
//! - runs of sentence punctuation written together become one word ("...", "!!!",
//!   "?!", ".?"), as do runs of one repeated mark ("--", "***", "====", "<<", "$$$"),
//!   punctuation emoticons (":)", ":-("), times ("10:30", "03:14:14"), numbers joined by
//!   slashes ("08/16/2000"), names joined by underscores or by dots before lower-case
//!   parts ("alt.animals.cat", "report.pdf", "paulhastings.com"), and a URL (also
//!   "host.net/path" without a scheme) or e-mail address written without spaces;
//! - an abbreviation of `tidings_text::ABBREVIATIONS` or a capital initial keeps its
//!   dot ("Mr.", "Inc.", "F."), except a sentence's last dot after anything but a
//!   company or name suffix ("plan B." ends with "B" "."). Words split by a slash
//!   ("and/or") stay three words, as in the treebank.
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

/// Whether `host` looks like a domain name: labels of letters, digits and hyphens
/// joined by dots, the last of 2 to 4 lower-case letters ("4gamer.net").
fn is_domain(host: &str) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && !name.starts_with('.')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && (2..=4).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether the tokens `a..b` form a URL or e-mail address.
fn is_address(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.contains("://")
        || l.starts_with("www.")
        || {
            let (user, host) = l.split_once('@').unwrap_or(("", ""));
            !user.is_empty() && host.contains('.') && !host.ends_with('.')
        }
        || s.split_once('/').is_some_and(|(host, path)| !path.is_empty() && is_domain(host))
}

/// Punctuation that the treebank writes as one word when repeated without spaces
/// ("***", "====", "<<", "$$$"); brackets, quotes and commas stay one word each.
fn repeats_as_one(c: &str) -> bool {
    matches!(
        c,
        "*" | "=" | "_" | "~" | "#" | "+" | "<" | ">" | "/" | "\\" | "|" | "^" | "$" | "-" | ":" | ";" | "&" | "%"
    )
}

/// The emoticon of punctuation starting at `run[k]` (":)", ":-(", ";)", "=)"), as a
/// number of tokens, when it ends the run.
fn emoticon(text: &str, run: &[Token], k: usize) -> Option<usize> {
    let at = |i: usize| run.get(i).map(|t| &text[t.range()]);
    if !matches!(at(k), Some(":" | ";" | "=")) {
        return None;
    }
    let m = if at(k + 1) == Some("-") { k + 2 } else { k + 1 };
    (matches!(at(m), Some(")" | "(")) && m + 1 == run.len()).then_some(m + 1 - k)
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
                if let Some(n) = emoticon(text, run, k) {
                    out.push(t.start..run[k + n - 1].end);
                    k += n;
                    continue;
                }
                // Sentence punctuation runs ("...", "?!", ".?"), or the same mark repeated.
                let final_mark = |x: &str| matches!(x, "." | "!" | "?" | "\u{2026}");
                let mut m = k + 1;
                while m < run.len() {
                    let next = &text[run[m].range()];
                    if (final_mark(s) && final_mark(next)) || (next == s && repeats_as_one(s)) {
                        m += 1;
                    } else {
                        break;
                    }
                }
                out.push(t.start..run[m - 1].end);
                k = m;
                continue;
            }
            let sep = |i: usize| run.get(i).map(|t| &text[t.range()]);
            // An abbreviation or an initial and its dot ("Mr.", "Inc.", "F."), as in the
            // treebank; a sentence's last dot stays apart unless it follows a company or
            // name suffix ("Acme Inc.").
            if t.kind == TokenKind::Word && sep(k + 1) == Some(".") {
                let last = i + k + 2 == tokens.len();
                let initial = s.chars().count() == 1 && s.chars().all(char::is_uppercase);
                let known = tidings_text::ABBREVIATIONS.contains(&s);
                if (known || initial) && (!last || matches!(s, "Inc" | "Ltd" | "Co" | "Corp" | "Jr" | "Sr" | "etc")) {
                    out.push(t.start..run[k + 1].end);
                    k += 2;
                    continue;
                }
            }
            let alnum = |i: usize| run.get(i).is_some_and(|t| t.kind != TokenKind::Punct);
            // Times (10:30, 03:14:14) and dates or fractions written with slashes (08/16/2000).
            if t.kind == TokenKind::Number {
                let mut m = k + 1;
                let glue = sep(k + 1).filter(|g| matches!(*g, ":" | "/"));
                while let Some(g) = glue {
                    if sep(m) == Some(g) && run.get(m + 1).is_some_and(|t| t.kind == TokenKind::Number) {
                        m += 2;
                    } else {
                        break;
                    }
                }
                if m > k + 1 {
                    out.push(t.start..run[m - 1].end);
                    k = m;
                    continue;
                }
            }
            // Names joined by underscores or by dots before lower-case parts
            // ("human_spaceflight", "alt.animals.cat", "report.pdf", "paulhastings.com").
            let mut m = k + 1;
            while alnum(m + 1) && {
                let next = &text[run[m + 1].range()];
                match sep(m) {
                    Some("_") => true,
                    Some(".") => next.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()),
                    _ => false,
                }
            } {
                m += 2;
            }
            if m > k + 1 {
                out.push(t.start..run[m - 1].end);
                k = m;
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
        assert_eq!(cut("see 4gamer.net/news/a.html today"), ["see", "4gamer.net/news/a.html", "today"]);
    }

    #[test]
    fn joins_repeated_marks_emoticons_names_and_dates() {
        assert_eq!(cut("*** Note ==== ok :) fine"), ["***", "Note", "====", "ok", ":)", "fine"]);
        assert_eq!(cut("Really.? No!!! <<yes>>"), ["Really", ".?", "No", "!!!", "<<", "yes", ">>"]);
        assert_eq!(cut("on 08/16/2000 at 03:14:14 PM"), ["on", "08/16/2000", "at", "03:14:14", "PM"]);
        assert_eq!(cut("read alt.animals.cat and report.pdf"), ["read", "alt.animals.cat", "and", "report.pdf"]);
        assert_eq!(cut("the file human_spaceflight_03 ok"), ["the", "file", "human_spaceflight_03", "ok"]);
        assert_eq!(
            cut("and/or he/she (see (a))"),
            ["and", "/", "or", "he", "/", "she", "(", "see", "(", "a", ")", ")"]
        );
        assert_eq!(cut("It ended.The next"), ["It", "ended", ".", "The", "next"]);
        assert_eq!(cut("Mr. Khan of Acme Inc."), ["Mr.", "Khan", "of", "Acme", "Inc."]);
        assert_eq!(cut("John F. Kennedy and plan B."), ["John", "F.", "Kennedy", "and", "plan", "B", "."]);
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
