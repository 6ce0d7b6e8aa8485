//! Normalization and segmentation with byte offsets.
//!
//! Every later stage points into the text this crate normalizes, so offsets are
//! always UTF-8 byte offsets into [`normalize`]'s output. Tokens and sentences are
//! plain ranges; they never copy text.

use std::ops::Range;

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
            tokens.push(Token { start, end: end_of(i + 1), kind: TokenKind::Punct });
            i += 1;
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

const ABBREVIATIONS: &[&str] = &[
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
    matches!(s, "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]" | "\u{bb}")
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{ab}')
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
    fn acronyms() {
        assert!(is_acronym("IS-K"));
        assert!(is_acronym("FSB"));
        assert!(!is_acronym("Moscow"));
        assert!(!is_acronym("A"));
    }
}
