//! Normalization and segmentation with byte offsets.
//!
//! Every later stage points into the text this crate normalizes, so offsets are
//! always UTF-8 byte offsets into [`normalize`]'s output. Tokens and sentences are
//! plain ranges; they never copy text. [`clusters`] holds the word clusters the
//! tagger and the entity recognizer share.

use std::ops::Range;

pub mod clusters;

/// Normalizes raw text: drops a byte-order mark, turns `\r\n` and `\r` into `\n`,
/// no-break and other exotic spaces into plain spaces, and removes control
/// characters other than newline and tab. Typographic quotes are kept.
pub fn normalize(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\n' | '\t' => out.push(c),
            '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: a byte range into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A sentence: byte range and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// A segmented text.
#[derive(Debug, Clone)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    pub fn new(text: &str) -> Segmented {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Segmented { tokens, sentences }
    }

    /// The index of the sentence holding byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        (i < self.sentences.len() && self.sentences[i].start <= offset).then_some(i)
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_dash(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Splits text into word, number and punctuation tokens. Internal hyphens
/// ("IS-K", "al-Qaeda"), dotted abbreviations ("U.S."), numbers with separators
/// ("1,200", "3.5") stay whole; a possessive `'s`/`’s` becomes its own token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| {
        if i < chars.len() {
            chars[i].0
        } else {
            text.len()
        }
    };
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            // Wire (PTB-tokenized) forms: "Iraq 's", "ca n't" keep their clitic whole;
            // "``" and "''" are one quote each.
            let after_space = i > 0 && chars[i - 1].1.is_whitespace();
            if let Some(len) = spaced_clitic(&chars[i..]).filter(|_| after_space) {
                tokens.push(Token { start, end: end_of(i + len), kind: TokenKind::Word });
                i += len;
                continue;
            }
            let doubled = matches!(c, '`' | '\'') && chars.get(i + 1).is_some_and(|p| p.1 == c);
            let len = if doubled { 2 } else { 1 };
            tokens.push(Token { start, end: end_of(i + len), kind: TokenKind::Punct });
            i += len;
            continue;
        }
        // "ca n't", "did n't": the negation clitic written apart is one token.
        if matches!(c, 'n' | 'N')
            && i > 0
            && chars[i - 1].1.is_whitespace()
            && chars.get(i + 1).is_some_and(|p| is_apostrophe(p.1))
            && chars.get(i + 2).is_some_and(|p| matches!(p.1, 't' | 'T'))
            && chars.get(i + 3).is_none_or(|p| !p.1.is_alphanumeric())
        {
            tokens.push(Token { start, end: end_of(i + 3), kind: TokenKind::Word });
            i += 3;
            continue;
        }
        let numeric_start = c.is_ascii_digit();
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let next = chars.get(j + 1).map(|p| p.1);
            if c.is_alphanumeric() {
                j += 1;
            } else if (is_dash(c) && next.is_some_and(char::is_alphanumeric))
                || ((c == ',' || c == '.') && numeric_start && next.is_some_and(|n| n.is_ascii_digit()))
            {
                j += 2;
            } else if c == '.' && next.is_some_and(char::is_alphabetic) && j - i == 1 {
                // "U.S." / "U.N.": single letters separated by dots.
                let mut k = j;
                while k + 1 < chars.len()
                    && chars[k].1 == '.'
                    && chars[k + 1].1.is_alphabetic()
                    && chars.get(k + 2).is_none_or(|p| !p.1.is_alphanumeric())
                {
                    k += 2;
                }
                if k > j && chars.get(k).is_some_and(|p| p.1 == '.') {
                    j = k + 1;
                } else {
                    break;
                }
                break;
            } else if is_apostrophe(c) && next.is_some_and(char::is_alphabetic) {
                // Possessive or contraction: "FSB’s" splits, "O'Brien" stays.
                let after = chars.get(j + 2).map(|p| p.1);
                let possessive = matches!(next, Some('s' | 'S')) && after.is_none_or(|a| !a.is_alphanumeric());
                if possessive {
                    break;
                }
                j += 2;
            } else {
                break;
            }
        }
        let slice = &text[start..end_of(j)];
        let kind = if slice.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token { start, end: end_of(j), kind });
        i = j;
        // A possessive ending becomes one token.
        if i + 1 < chars.len() && is_apostrophe(chars[i].1) && matches!(chars[i + 1].1, 's' | 'S') {
            let after = chars.get(i + 2).map(|p| p.1);
            if after.is_none_or(|a| !a.is_alphanumeric()) {
                tokens.push(Token { start: chars[i].0, end: end_of(i + 2), kind: TokenKind::Word });
                i += 2;
            }
        }
    }
    tokens
}

/// The length in chars of a clitic written apart, as wire copy does ("Iraq 's", "ca
/// n't", "they 're"): an apostrophe and a clitic that ends the word. "n't" is matched
/// from its "n".
fn spaced_clitic(rest: &[(usize, char)]) -> Option<usize> {
    let word_end = |k: usize| rest.get(k).is_none_or(|p| !p.1.is_alphanumeric());
    let lower = |k: usize| rest.get(k).map(|p| p.1.to_ascii_lowercase());
    if is_apostrophe(rest[0].1) {
        return match (lower(1), lower(2)) {
            (Some('s' | 'd' | 'm'), _) if word_end(2) => Some(2),
            (Some('r'), Some('e')) | (Some('v'), Some('e')) | (Some('l'), Some('l')) if word_end(3) => Some(3),
            _ => None,
        };
    }
    None
}

/// Words whose following dot does not end a sentence ("Mr.", "Inc."); the syntax
/// crate also reads a word and its dot as one word.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Cpl", "Pvt", "Adm", "Brig", "Gov", "Sen",
    "Rep", "Rev", "Prof", "St", "Jr", "Sr", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "Mt", "Ft", "approx", "e.g", "i.e", "Art",
];

/// Splits tokens into sentences at `.`, `!`, `?` (with any closing quotes or
/// brackets) before an upper-case letter, digit or opening quote, and at newlines.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let close = |first: usize, last: usize, out: &mut Vec<Sentence>| {
        if first < last {
            out.push(Sentence { start: tokens[first].start, end: tokens[last - 1].end, tokens: first..last });
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // A newline between this token and the next ends the sentence.
        let next_start = tokens.get(i + 1).map_or(text.len(), |n| n.start);
        let gap = &text[t.end..next_start];
        if gap.contains('\n') {
            close(first, i + 1, &mut sentences);
            first = i + 1;
            i += 1;
            continue;
        }
        let s = t.text(text);
        if matches!(s, "." | "!" | "?") {
            let prev = (i > first).then(|| tokens[i - 1].text(text));
            let abbreviation = prev.is_some_and(|p| {
                ABBREVIATIONS.contains(&p) || (p.chars().count() == 1 && p.chars().all(char::is_uppercase))
            }) && s == "."
                && tokens[i - 1].end == t.start;
            let mut j = i + 1;
            while j < tokens.len()
                && is_closer(tokens[j].text(text))
                && !text[tokens[j - 1].end..tokens[j].start].contains('\n')
            {
                j += 1;
            }
            let next = tokens.get(j).map(|n| n.text(text));
            let starts_sentence = next.is_none_or(|n| {
                n.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_opener(c))
            });
            if !abbreviation && starts_sentence {
                close(first, j, &mut sentences);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    close(first, tokens.len(), &mut sentences);
    sentences
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "''" | "\u{201d}" | "\u{2019}" | ")" | "]" | "\u{bb}")
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}' | '`')
}

/// Whether a stretch of text is set in capitals, as wire headlines are ("SUICIDE
/// BOMBER KILLS 12 IN BAGHDAD"): at least three words of two or more letters, and at
/// least four in five of them upper-case only.
pub fn is_caps(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let caps = words.iter().filter(|w| !w.chars().any(char::is_lowercase)).count();
    words.len() >= 3 && caps * 5 >= words.len() * 4
}

impl Segmented {
    /// Whether sentence `i` is a line set in capitals (a wire headline): its letters say
    /// nothing about which words are names.
    pub fn is_caps_sentence(&self, text: &str, i: usize) -> bool {
        self.sentences.get(i).is_some_and(|s| is_caps(&text[s.start..s.end]))
    }
}

/// The months' names, lower case, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays' names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The month (1–12) a word names: "February", "Feb", "Feb.", "Sept" (any case).
pub fn month_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if let Some(i) = MONTH_NAMES.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    // Abbreviations of three letters, and "sept"; "may" and "march" are words too, but
    // only their full forms are read above.
    let i = match w.as_str() {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        _ => return None,
    };
    Some(i + 1)
}

/// Whether `day` exists in `month` (of `year`, when known; February 29 without a year
/// is allowed).
pub fn valid_day(month: u32, day: u32, year: Option<i32>) -> bool {
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => return false,
    };
    (1..=last).contains(&day)
}

/// Whether token `i` is the day number of a month-and-day written next to it ("February
/// 31", "31 February", "April 31, 2024"), valid or not: such a number counts nothing.
/// Returns the month and day, so a caller can tell an impossible date ("February 31").
pub fn day_of_month(text: &str, tokens: &[Token], i: usize) -> Option<(u32, u32)> {
    let t = tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let day: u32 = t.text(text).parse().ok().filter(|d| (1..=99).contains(d))?;
    // A capitalized month ("May 5"; "may 5" is a verb and a number).
    let month = |k: usize| tokens.get(k).map(|m| m.text(text)).filter(|w| is_capitalized(w)).and_then(month_of);
    // "Feb. 31": the abbreviation's dot may be its own token.
    let before = match i {
        0 => None,
        1 => month(0),
        _ if tokens[i - 1].text(text) == "." => month(i - 2),
        _ => month(i - 1),
    };
    before.or_else(|| month(i + 1)).map(|m| (m, day))
}

/// The dateline that opens a wire report ("BANGUI 1996-12-06", "KABUL, Afghanistan (AP)
/// —", "WASHINGTON, Jan 5 (Reuters) -", "New Delhi, Aug 14:"): where the report was filed
/// and when, not an event. Looked for at the start of one of the first three lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub start: usize,
    pub end: usize,
    /// The place (the first name; a region after a comma is in `region`).
    pub place: Range<usize>,
    pub region: Option<Range<usize>>,
    pub date: Option<Range<usize>>,
    /// The agency in brackets ("AP", "Reuters").
    pub source: Option<Range<usize>>,
}

pub fn dateline(text: &str, seg: &Segmented) -> Option<Dateline> {
    let mut line_starts = vec![0];
    line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1).take(2));
    line_starts.into_iter().find_map(|at| dateline_at(text, &seg.tokens, seg.token_at(at)))
}

fn dateline_at(text: &str, tokens: &[Token], first: usize) -> Option<Dateline> {
    let word = |k: usize| tokens.get(k).map(|t| t.text(text));
    let same_line =
        |k: usize| k > first && k < tokens.len() && !text[tokens[first].start..tokens[k].start].contains('\n');
    let caps_word =
        |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    let is_date = |k: usize| -> Option<usize> {
        let w = word(k)?;
        // "1996-12-06"
        let b = w.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && w.chars().filter(char::is_ascii_digit).count() == 8 {
            return Some(k + 1);
        }
        // "Jan 5", "Aug. 14", "Nov 4 2024".
        month_of(w)?;
        let mut j = k + 1;
        if word(j) == Some(".") {
            j += 1;
        }
        day_of_month(text, tokens, j)?;
        Some(j + 1)
    };
    let mut k = first;
    let caps_place = word(k).is_some_and(caps_word);
    while word(k).is_some_and(|w| if caps_place { caps_word(w) } else { is_capitalized(w) }) && k < first + 3 {
        k += 1;
    }
    if k == first || (k > first + 1 && !same_line(k - 1)) {
        return None;
    }
    let place = tokens[first].start..tokens[k - 1].end;
    let mut region = None;
    let mut date = None;
    if word(k) == Some(",") && same_line(k + 1) {
        if let Some(end) = is_date(k + 1) {
            date = Some(tokens[k + 1].start..tokens[end - 1].end);
            k = end;
        } else {
            let r = k + 1;
            let mut j = r;
            while word(j).is_some_and(is_capitalized) && j < r + 3 && same_line(j) {
                j += 1;
            }
            if j == r {
                return None;
            }
            region = Some(tokens[r].start..tokens[j - 1].end);
            k = j;
            if word(k) == Some(",") && same_line(k + 1) {
                if let Some(end) = is_date(k + 1) {
                    date = Some(tokens[k + 1].start..tokens[end - 1].end);
                    k = end;
                }
            }
        }
    } else if same_line(k) {
        if let Some(end) = is_date(k) {
            date = Some(tokens[k].start..tokens[end - 1].end);
            k = end;
        }
    }
    let mut source = None;
    if word(k) == Some("(") && same_line(k) {
        let s = k + 1;
        let mut j = s;
        while word(j).is_some_and(|w| w != ")" && is_capitalized(w)) && j < s + 3 {
            j += 1;
        }
        if j > s && word(j) == Some(")") {
            source = Some(tokens[s].start..tokens[j - 1].end);
            k = j + 1;
        } else {
            return None;
        }
    }
    let separator = word(k).filter(|_| same_line(k)).filter(|w| matches!(*w, "—" | "–" | "-" | "--" | ":"));
    let line_ends = !same_line(k) || k >= tokens.len();
    let end = match separator {
        // A title-case place needs a date or an agency in brackets, and a separator
        // ("New Delhi, Aug 14:", "Kabul, Afghanistan (AP) —" as sites print it).
        Some(_) if caps_place || date.is_some() || source.is_some() => tokens[k].end,
        // "BANGUI 1996-12-06" alone on its line.
        None if line_ends && caps_place && date.is_some() => tokens[k - 1].end,
        None if source.is_some() && caps_place => tokens[k - 1].end,
        _ => return None,
    };
    if caps_place && date.is_none() && source.is_none() && region.is_none() {
        // "UPDATE -" or a headline word and a dash: a bare capitalized word is too little.
        return None;
    }
    Some(Dateline { start: tokens[first].start, end, place, region, date, source })
}

/// Whether a token starts with an upper-case letter.
pub fn is_capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a token is an acronym: two or more letters, all upper-case, possibly with
/// hyphens or dots ("FSB", "IS-K", "U.S.").
pub fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && s.chars().next().is_some_and(char::is_uppercase)
}

/// A cardinal number written in words, up to ninety-nine, lower case: "three",
/// "twenty-four" (with any dash). Digits and vague quantities are the caller's.
pub fn number_word(w: &str) -> Option<u32> {
    if let Some((at, c)) = w.char_indices().find(|&(_, c)| is_dash(c)) {
        let ones = units(&w[at + c.len_utf8()..]).filter(|n| *n < 10)?;
        return Some(tens(&w[..at])? + ones);
    }
    units(w).or_else(|| tens(w))
}

fn units(w: &str) -> Option<u32> {
    const UNITS: [&str; 19] = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    UNITS.iter().position(|u| *u == w).map(|i| i as u32 + 1)
}

fn tens(w: &str) -> Option<u32> {
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    TENS.iter().position(|t| *t == w).map(|i| (i as u32 + 2) * 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_in_words() {
        assert_eq!(super::number_word("three"), Some(3));
        assert_eq!(super::number_word("nineteen"), Some(19));
        assert_eq!(super::number_word("twenty-four"), Some(24));
        assert_eq!(super::number_word("ninety"), Some(90));
        assert_eq!(super::number_word("twenty-ten"), None);
        assert_eq!(super::number_word("dozens"), None);
    }

    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn possessives_hyphens_and_quotes() {
        assert_eq!(
            words("FSB’s cell of IS-K said “no.” U.S. forces' 1,200 men"),
            ["FSB", "’s", "cell", "of", "IS-K", "said", "“", "no", ".", "”", "U.S.", "forces", "'", "1,200", "men"]
        );
        assert_eq!(words("Afghanistan's O'Brien"), ["Afghanistan", "'s", "O'Brien"]);
    }

    #[test]
    fn sentences_split_at_ends_and_newlines() {
        let text = "Gen. Smith said it. The group left\nA new line “Quoted.” Then more.";
        let seg = Segmented::new(text);
        let got: Vec<&str> = seg.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["Gen. Smith said it.", "The group left", "A new line “Quoted.”", "Then more."]);
    }

    #[test]
    fn normalize_keeps_quotes_and_drops_controls() {
        assert_eq!(normalize("\u{feff}a\r\nb\u{a0}“c”\u{0}"), "a\nb “c”");
    }

    #[test]
    fn wire_tokenization_keeps_clitics_and_doubled_quotes_whole() {
        let text = "Iraq 's army ca n't say `` we won '' ( AP ) killed .";
        assert_eq!(
            words(text),
            ["Iraq", "'s", "army", "ca", "n't", "say", "``", "we", "won", "''", "(", "AP", ")", "killed", "."]
        );
        // Offsets stay those of the text.
        for t in tokenize(text) {
            assert!(!t.text(text).contains(' '));
        }
        // A quote that opens a word is not a clitic.
        assert_eq!(words("said 'stop' now"), ["said", "'", "stop", "'", "now"]);
        let seg = Segmented::new("Five were killed . `` It was awful , '' he said .");
        assert_eq!(seg.sentences.len(), 2);
    }

    #[test]
    fn caps_lines() {
        let text = "SUICIDE BOMBER KILLS 12 IN BAGHDAD\nA bomber killed 12 people in Baghdad.";
        let seg = Segmented::new(text);
        assert!(seg.is_caps_sentence(text, 0));
        assert!(!seg.is_caps_sentence(text, 1));
        assert!(!is_caps("The FSB and the KNB said"));
    }

    #[test]
    fn days_of_months_valid_or_not() {
        let text = "On February 31 and 31 April, 2024 and Feb. 30 twelve may 5 die";
        let toks = tokenize(text);
        let at = |w: &str| toks.iter().position(|t| t.text(text) == w).unwrap();
        assert_eq!(day_of_month(text, &toks, at("31")), Some((2, 31)));
        assert_eq!(day_of_month(text, &toks, at("30")), Some((2, 30)));
        assert_eq!(day_of_month(text, &toks, at("5")), None);
        assert!(!valid_day(2, 31, None));
        assert!(!valid_day(4, 31, Some(2024)));
        assert!(valid_day(2, 29, Some(2024)));
        assert!(!valid_day(2, 29, Some(2023)));
        assert_eq!(month_of("Sept."), Some(9));
    }

    #[test]
    fn datelines() {
        let text = "BANGUI 1996-12-06\nFrench troops fired on rebels.";
        let d = dateline(text, &Segmented::new(text)).unwrap();
        assert_eq!(&text[d.place.clone()], "BANGUI");
        assert_eq!(&text[d.date.clone().unwrap()], "1996-12-06");
        assert_eq!(&text[d.start..d.end], "BANGUI 1996-12-06");

        let text = "Bomb kills five\nKABUL, Afghanistan (AP) — A bomb killed five.";
        let d = dateline(text, &Segmented::new(text)).unwrap();
        assert_eq!(&text[d.place.clone()], "KABUL");
        assert_eq!(&text[d.region.clone().unwrap()], "Afghanistan");
        assert_eq!(&text[d.source.clone().unwrap()], "AP");
        assert_eq!(&text[d.start..d.end], "KABUL, Afghanistan (AP) —");

        let text = "New Delhi, Aug 14: Protesters marched on Friday.";
        let d = dateline(text, &Segmented::new(text)).unwrap();
        assert_eq!(&text[d.date.clone().unwrap()], "Aug 14");
        assert_eq!(&text[d.start..d.end], "New Delhi, Aug 14:");

        // A site's title-case dateline: the agency in brackets is its source.
        let text = "Catania (AP) — Police said five were hurt.";
        let d = dateline(text, &Segmented::new(text)).unwrap();
        assert_eq!(&text[d.source.clone().unwrap()], "AP");
        assert_eq!(&text[d.start..d.end], "Catania (AP) —");

        // Sentences and headlines are no datelines.
        for text in [
            "Moscow said on Friday that it would act.",
            "UPDATE - talks resume",
            "The FSB - a service",
            "Human Rights Watch (HRW) said on Friday",
        ] {
            assert_eq!(dateline(text, &Segmented::new(text)), None, "{text}");
        }
        // A text that is one name, or a name and a comma, ends before any separator.
        for text in ["İ", "Kabul", "KABUL", "Kabul,", "Kabul, Afghanistan", "New Delhi, Aug", "\nKabul"] {
            let _ = dateline(text, &Segmented::new(text));
        }
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("IS-K"));
        assert!(is_acronym("FSB"));
        assert!(!is_acronym("Moscow"));
        assert!(!is_acronym("A"));
    }
}
