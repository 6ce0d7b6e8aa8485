//! Token features of the sequence labeller. Training (`cargo xtask train-ner`) and
//! recognition call the same code, so what the model learned is what it sees.
//!
//! Every feature is a template id plus one or more strings, hashed (FNV-1a 64 with a
//! final mix, fixed, so models are portable) into one of `2^bits` buckets. Templates:
//! the word lower-cased and its neighbours at ±1 and ±2, word bigrams, the word shape
//! ("Xx", "XX-X", "dd") of the word and its neighbours, prefixes and suffixes of one to
//! four characters, casing and position flags, and knowledge: the GeoNames gazetteer
//! (the longest place name covering the token, by kind: country, first- or
//! second-level division, city by population), nationality adjectives, the actor
//! lexicon (the longest alias covering the token, by actor kind), religious and
//! political collective words, the given-name list, the common-word list and titles.

use std::collections::HashMap;

use tidings_geo::{Gazetteer, Kind};
use tidings_text::{Token, TokenKind};

use super::clusters::{self, Clusters};
use crate::Lexicon;

/// Hashes feature parts into a bucket.
#[derive(Clone, Copy)]
struct Hasher(u64);

impl Hasher {
    fn new(template: u8) -> Hasher {
        Hasher((0xcbf2_9ce4_8422_2325 ^ u64::from(template)).wrapping_mul(0x0100_0000_01b3))
    }

    fn bytes(mut self, b: &[u8]) -> Hasher {
        for &x in b {
            self.0 = (self.0 ^ u64::from(x)).wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3);
        self
    }

    fn str(self, s: &str) -> Hasher {
        self.bytes(s.as_bytes())
    }

    fn byte(self, b: u8) -> Hasher {
        self.bytes(&[b])
    }

    fn finish(self, mask: u32) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        (h as u32) & mask
    }
}

/// Feature templates (ids are part of the model format: append, never renumber).
mod t {
    pub const BIAS: u8 = 0;
    pub const W: u8 = 1;
    pub const W_M1: u8 = 2;
    pub const W_P1: u8 = 3;
    pub const W_M2: u8 = 4;
    pub const W_P2: u8 = 5;
    pub const W_M1_W: u8 = 6;
    pub const W_W_P1: u8 = 7;
    pub const SHAPE: u8 = 8;
    pub const SHAPE_M1: u8 = 9;
    pub const SHAPE_P1: u8 = 10;
    pub const SHAPE_M1_SHAPE: u8 = 11;
    pub const SHAPE_SHAPE_P1: u8 = 12;
    pub const PREFIX: u8 = 13;
    pub const SUFFIX: u8 = 14;
    pub const FLAGS: u8 = 15;
    pub const GAZ: u8 = 16;
    pub const GAZ_M1: u8 = 17;
    pub const GAZ_P1: u8 = 18;
    pub const LEX: u8 = 19;
    pub const LEX_M1: u8 = 20;
    pub const LEX_P1: u8 = 21;
    pub const WORDLISTS: u8 = 22;
    pub const WORDLISTS_M1: u8 = 23;
    pub const WORDLISTS_P1: u8 = 24;
    pub const PARENS: u8 = 25;
    pub const GAZ_COMMON: u8 = 26;
    pub const SHAPE_W_M1: u8 = 27;
    pub const SHAPE_W_P1: u8 = 28;
    pub const EXACT: u8 = 29;
    // Feature set 2.
    pub const CAPS: u8 = 30;
    pub const DOC_CASE: u8 = 31;
    pub const CLUSTER: u8 = 32;
    pub const CLUSTER_M1: u8 = 33;
    pub const CLUSTER_P1: u8 = 34;
}

/// Word-list bits of a token.
const GIVEN: u8 = 1;
const COMMON: u8 = 2;
const DEMONYM: u8 = 4;
const NORP: u8 = 8;
const TITLE: u8 = 16;
const MONTH: u8 = 32;

/// What the featurizer knows of one token.
struct Info {
    lower: String,
    shape: String,
    /// Flags: capitalized, all caps, digit, hyphen, apostrophe, sentence-initial, length bucket.
    flags: u8,
    lists: u8,
    /// Gazetteer kind code (0 none) with bit 7 set inside (not at the start of) a name.
    gaz: u8,
    /// Lexicon kind code (0 none), bit 7 as for `gaz`.
    lex: u8,
}

/// Religious, ethnic and political collectives (nationalities come from the gazetteer).
pub(crate) const NORP_WORDS: &[&str] = &[
    "jewish",
    "jews",
    "jew",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "sunni",
    "sunnis",
    "shia",
    "shiite",
    "shiites",
    "shi'ite",
    "kurdish",
    "kurds",
    "kurd",
    "arab",
    "arabs",
    "hindu",
    "hindus",
    "buddhist",
    "buddhists",
    "catholic",
    "catholics",
    "islamist",
    "islamists",
    "jihadist",
    "jihadists",
    "yazidi",
    "yazidis",
    "alawite",
    "alawites",
    "druze",
    "pashtun",
    "pashtuns",
    "baloch",
    "tamil",
    "tamils",
    "uighur",
    "uighurs",
    "uyghur",
    "uyghurs",
    "rohingya",
    "hazara",
    "hazaras",
    "tuareg",
    "fulani",
    "orthodox",
    "protestant",
    "coptic",
    "copts",
    "salafi",
    "salafist",
    "wahhabi",
    "islamic",
    "western",
    "communist",
    "communists",
    "socialist",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "hutu",
    "hutus",
    "tutsi",
    "tutsis",
    "tajik",
    "tajiks",
    "hausa",
    "igbo",
    "yoruba",
    "oromo",
    "tigrayan",
    "tigrayans",
    "berber",
    "berbers",
    "sikh",
    "sikhs",
    "chechen",
    "chechens",
    "baluch",
    "baloch",
    "balochi",
    "baluchi",
    "maronite",
    "maronites",
    "sufi",
    "sufis",
    "ismaili",
    "ismailis",
    "ahmadi",
    "ahmadis",
    "bedouin",
    "bedouins",
    "methodist",
    "methodists",
    "anglican",
    "anglicans",
    "lutheran",
    "lutherans",
    "evangelical",
    "evangelicals",
    "mormon",
    "mormons",
    "zionist",
    "zionists",
    "shias",
    "kikuyu",
    "kalenjin",
    "dinka",
    "nuer",
    "zaghawa",
    "masalit",
    "sinhalese",
];

/// Titles and ranks before a person's name (lower case, no dots).
pub const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "general",
    "gen",
    "colonel",
    "col",
    "commander",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "king",
    "prince",
    "sultan",
    "emir",
    "imam",
    "mullah",
    "lt",
    "sgt",
    "capt",
    "captain",
    "major",
    "maj",
    "lieutenant",
    "sergeant",
    "chief",
    "governor",
    "gov",
    "senator",
    "sen",
    "secretary",
    "ambassador",
    "judge",
    "spokesman",
    "spokeswoman",
    "deputy",
    "vice",
    "premier",
    "chancellor",
    "admiral",
    "brigadier",
    "marshal",
    "ayatollah",
    "pope",
    "bishop",
    "rev",
    "father",
    "officer",
    "private",
    "corporal",
    "spc",
    "pfc",
    "cpl",
    "pvt",
    "adm",
    "brig",
    "rep",
    "prof",
];

/// Computes feature buckets for sentences.
pub struct Featurizer<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicon: &'a Lexicon,
    pub bits: u32,
    /// The feature set: 1, the templates above; 2 adds wire-form robustness (all-caps
    /// sentences read through the casing the document or the common-word list gives
    /// their words, a sentence-is-all-caps feature, the document's casing of each word)
    /// and word clusters.
    pub version: u8,
    pub clusters: &'a Clusters,
}

/// How the words of one document are written where casing tells something: counts
/// of lower-case, capitalized and all-caps uses of each lower-cased word, outside the
/// first word of a sentence and outside all-caps sentences.
#[derive(Default)]
pub struct DocCase {
    counts: HashMap<String, [u32; 3]>,
}

impl DocCase {
    /// The dominant casing of a word in the document: 0 unseen, 1 lower, 2 capitalized,
    /// 3 all caps.
    fn of(&self, lower: &str) -> u8 {
        let Some(c) = self.counts.get(lower) else { return 0 };
        let best = (0..3).max_by_key(|&k| (c[k], std::cmp::Reverse(k))).unwrap_or(0);
        best as u8 + 1
    }
}

/// Whether a sentence is written in capitals (a wire headline or dateline): at least
/// two words of two letters or more, and no lower-case letter in any word.
pub fn is_caps_sentence(text: &str, tokens: &[Token]) -> bool {
    let mut long = 0;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let w = t.text(text);
        if w.chars().any(char::is_lowercase) {
            return false;
        }
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            long += 1;
        }
    }
    long >= 2
}

/// `w` with ASCII letters after the first lower-cased (byte offsets unchanged).
fn title_ascii(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for (i, c) in w.chars().enumerate() {
        out.push(if i == 0 { c } else { c.to_ascii_lowercase() });
    }
    out
}

/// The shape of a word: upper → X, lower → x, digit → d, runs collapsed ("Xx-Xx", "XX", "dd.d").
fn shape(w: &str) -> String {
    let mut s = String::with_capacity(8);
    let mut last = '\0';
    for c in w.chars() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c == '\u{2019}' {
            '\''
        } else {
            c
        };
        if m != last {
            s.push(m);
            last = m;
        }
        if s.len() >= 8 {
            break;
        }
    }
    s
}

fn gaz_code(g: &Gazetteer, places: &[u32]) -> u8 {
    places
        .iter()
        .map(|&i| {
            let e = g.entry(i);
            match e.kind {
                Kind::Country => 1,
                Kind::Admin1 => 2,
                Kind::Admin2 => 3,
                Kind::City if e.population >= 1_000_000 => 4,
                Kind::City if e.population >= 100_000 => 5,
                Kind::City if e.population >= 15_000 => 6,
                Kind::City => 7,
                // `lookup` never returns regions or natural features; a distinct code all
                // the same.
                Kind::Region | Kind::Natural => 8,
            }
        })
        .min()
        .unwrap_or(0)
}

fn lex_code(kind: tidings_model::ActorKind) -> u8 {
    use tidings_model::ActorKind as K;
    match kind {
        K::StateForce => 1,
        K::Government => 2,
        K::RebelGroup => 3,
        K::TerrorGroup => 4,
        K::Militia => 5,
        K::PoliticalParty => 6,
        K::InternationalOrganization => 7,
        _ => 8,
    }
}

fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

impl Featurizer<'_> {
    pub fn mask(&self) -> u32 {
        (1u32 << self.bits) - 1
    }

    fn infos(&self, text: &str, tokens: &[Token]) -> Vec<Info> {
        let n = tokens.len();
        let word = |i: usize| tokens[i].text(text);
        let mut infos: Vec<Info> = (0..n)
            .map(|i| {
                let w = word(i);
                let lower = w.to_lowercase();
                let upper = is_upper_start(w);
                let all_caps = upper && w.chars().all(|c| !c.is_lowercase());
                let len = w.chars().count();
                let mut flags = u8::from(upper)
                    | u8::from(all_caps) << 1
                    | u8::from(w.chars().any(|c| c.is_ascii_digit())) << 2
                    | u8::from(w.contains('-')) << 3
                    | u8::from(i == 0) << 4;
                flags |= match len {
                    1 => 0,
                    2..=3 => 1,
                    4..=7 => 2,
                    _ => 3,
                } << 5;
                let mut lists = 0;
                if tokens[i].kind == TokenKind::Word {
                    if self.lexicon.is_given_name(w) {
                        lists |= GIVEN;
                    }
                    if self.lexicon.is_common(w) {
                        lists |= COMMON;
                    }
                    if upper && self.gazetteer.demonym(w).is_some() {
                        lists |= DEMONYM;
                    }
                    if NORP_WORDS.contains(&lower.as_str()) {
                        lists |= NORP;
                    }
                    if TITLES.contains(&lower.trim_end_matches('.')) {
                        lists |= TITLE;
                    }
                    // A month's name or abbreviation ("jan", "sept"), or a weekday's.
                    if (!lower.ends_with('.') && tidings_text::month_of(&lower).is_some())
                        || tidings_text::WEEKDAY_NAMES.contains(&lower.as_str())
                    {
                        lists |= MONTH;
                    }
                }
                Info { shape: shape(w), lower, flags, lists, gaz: 0, lex: 0 }
            })
            .collect();
        // Longest gazetteer and lexicon names starting at each capitalized word.
        let phrase = |a: usize, b: usize| &text[tokens[a].start..tokens[b - 1].end];
        let mut i = 0;
        while i < n {
            let w = word(i);
            let starts = tokens[i].kind == TokenKind::Word && (is_upper_start(w) || w.starts_with("al-"));
            if !starts {
                i += 1;
                continue;
            }
            let mut gaz = None;
            let mut lex = None;
            let limit = (i + self.lexicon.max_words.clamp(4, 6)).min(n);
            // Names do not cross sentence punctuation or lines.
            let mut end = i + 1;
            while end < limit {
                let s = word(end);
                let gap = &text[tokens[end - 1].end..tokens[end].start];
                if gap.contains('\n') || matches!(s, "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "!" | "?")
                {
                    break;
                }
                end += 1;
            }
            for b in (i + 1..=end).rev() {
                let last = word(b - 1);
                if tokens[b - 1].kind != TokenKind::Word {
                    continue;
                }
                let p = phrase(i, b);
                // A place name ends in a capitalized word or a division's ("Kandahar
                // province"): tested before the gazetteer, whose look-ups cost more.
                let place_end =
                    || is_upper_start(last) || tidings_geo::DIVISION_SUFFIXES.contains(&last.to_lowercase().as_str());
                if gaz.is_none() && b - i <= 4 && place_end() {
                    let places = self.gazetteer.lookup(p);
                    if !places.is_empty() {
                        gaz = Some((b, gaz_code(self.gazetteer, &places)));
                    }
                }
                if lex.is_none() {
                    if let Some(k) = self.lexicon.actor(p) {
                        lex = Some((b, lex_code(k.kind)));
                    }
                }
                if gaz.is_some() && lex.is_some() {
                    break;
                }
            }
            let mut next = i + 1;
            if let Some((b, code)) = gaz {
                for (k, info) in infos[i..b].iter_mut().enumerate() {
                    info.gaz = code | if k > 0 { 0x80 } else { 0 };
                }
                next = next.max(b);
            }
            if let Some((b, code)) = lex {
                for (k, info) in infos[i..b].iter_mut().enumerate() {
                    info.lex = code | if k > 0 { 0x80 } else { 0 };
                }
                next = next.max(b);
            }
            i = next;
        }
        infos
    }

    /// Features per token.
    pub fn per_token(&self) -> usize {
        per_token(self.version)
    }

    /// The casing of a document's words, from all its sentences (feature set 2; empty
    /// for set 1).
    pub fn doc_case<'t>(&self, text: &str, sentences: impl IntoIterator<Item = &'t [Token]>) -> DocCase {
        let mut d = DocCase::default();
        if self.version < 2 {
            return d;
        }
        for toks in sentences {
            if is_caps_sentence(text, toks) {
                continue;
            }
            for t in toks.iter().skip(1).filter(|t| t.kind == TokenKind::Word) {
                let w = t.text(text);
                let letters = w.chars().filter(|c| c.is_alphabetic()).count();
                let k = if !w.chars().any(char::is_uppercase) {
                    0
                } else if letters >= 2 && !w.chars().any(char::is_lowercase) {
                    2
                } else {
                    1
                };
                if letters > 0 {
                    d.counts.entry(w.to_lowercase()).or_default()[k] += 1;
                }
            }
        }
        d
    }

    /// An all-caps word as the document or the word lists suggest it is written, and
    /// where that came from (0 no letters, 1–3 the document's lower/capitalized/caps
    /// use, 4 the common-word list, 5 a short word kept, 6 a name guessed). Only ASCII
    /// letters change case, so byte offsets hold.
    fn truecase(&self, w: &str, doc: &DocCase) -> (String, u8) {
        if !w.chars().any(char::is_alphabetic) {
            return (w.to_string(), 0);
        }
        let lower = w.to_ascii_lowercase();
        match doc.of(&w.to_lowercase()) {
            1 => return (lower, 1),
            2 => return (title_ascii(w), 2),
            3 => return (w.to_string(), 3),
            _ => {}
        }
        let title = title_ascii(w);
        if lower.starts_with(['\'', '’']) || (self.lexicon.is_common(w) && !self.lexicon.is_given_name(&title)) {
            (lower, 4)
        } else if w.chars().count() <= 3 {
            (w.to_string(), 5)
        } else {
            (title, 6)
        }
    }

    /// The feature buckets of every token of a sentence, [`Featurizer::per_token`] of
    /// them each (flattened), without document context.
    pub fn sentence(&self, text: &str, tokens: &[Token], out: &mut Vec<u32>) {
        self.sentence_in(text, tokens, &DocCase::default(), out);
    }

    /// The feature buckets of a sentence of a document whose casing is `doc`. With
    /// feature set 2 an all-caps sentence is read with its words cased as the document
    /// (or else the common-word list) has them.
    pub fn sentence_in(&self, text: &str, tokens: &[Token], doc: &DocCase, out: &mut Vec<u32>) {
        if self.version >= 2 && !tokens.is_empty() && is_caps_sentence(text, tokens) {
            let s0 = tokens[0].start;
            let mut view = String::with_capacity(tokens[tokens.len() - 1].end - s0);
            let mut sources = Vec::with_capacity(tokens.len());
            let mut last = s0;
            for t in tokens {
                view.push_str(&text[last..t.start]);
                let (form, source) = if t.kind == TokenKind::Word {
                    self.truecase(t.text(text), doc)
                } else {
                    (t.text(text).to_string(), 0)
                };
                debug_assert_eq!(form.len(), t.end - t.start);
                view.push_str(&form);
                sources.push(source);
                last = t.end;
            }
            let shifted: Vec<Token> =
                tokens.iter().map(|t| Token { start: t.start - s0, end: t.end - s0, kind: t.kind }).collect();
            self.features(&view, &shifted, doc, Some(&sources), out);
        } else {
            self.features(text, tokens, doc, None, out);
        }
    }

    fn features(&self, text: &str, tokens: &[Token], doc: &DocCase, caps: Option<&[u8]>, out: &mut Vec<u32>) {
        let infos = self.infos(text, tokens);
        let n = infos.len();
        let mask = self.mask();
        const BOS: &str = "<s>";
        const EOS: &str = "</s>";
        let lower = |i: isize| -> &str {
            if i < 0 {
                BOS
            } else if i as usize >= n {
                EOS
            } else {
                &infos[i as usize].lower
            }
        };
        let shape_at = |i: isize| -> &str {
            if i < 0 {
                BOS
            } else if i as usize >= n {
                EOS
            } else {
                &infos[i as usize].shape
            }
        };
        let get = |i: isize, f: fn(&Info) -> u8| -> u8 {
            if i < 0 || i as usize >= n {
                0xff
            } else {
                f(&infos[i as usize])
            }
        };
        out.clear();
        out.reserve(n * self.per_token());
        const NONE: [u16; clusters::LEVELS] = [u16::MAX; clusters::LEVELS];
        let cl: Vec<[u16; clusters::LEVELS]> = if self.version >= 2 {
            infos.iter().map(|x| self.clusters.get(&x.lower).unwrap_or(NONE)).collect()
        } else {
            Vec::new()
        };
        let cluster_at = |i: isize, level: usize| -> u16 {
            if i < 0 || i as usize >= n {
                u16::MAX - 1
            } else {
                cl[i as usize][level]
            }
        };
        for (i, info) in infos.iter().enumerate() {
            let ii = i as isize;
            let h = Hasher::new;
            let start = out.len();
            out.push(h(t::BIAS).finish(mask));
            out.push(h(t::W).str(&info.lower).finish(mask));
            out.push(h(t::EXACT).str(tokens[i].text(text)).finish(mask));
            out.push(h(t::W_M1).str(lower(ii - 1)).finish(mask));
            out.push(h(t::W_P1).str(lower(ii + 1)).finish(mask));
            out.push(h(t::W_M2).str(lower(ii - 2)).finish(mask));
            out.push(h(t::W_P2).str(lower(ii + 2)).finish(mask));
            out.push(h(t::W_M1_W).str(lower(ii - 1)).str(&info.lower).finish(mask));
            out.push(h(t::W_W_P1).str(&info.lower).str(lower(ii + 1)).finish(mask));
            out.push(h(t::SHAPE).str(&info.shape).finish(mask));
            out.push(h(t::SHAPE_M1).str(shape_at(ii - 1)).finish(mask));
            out.push(h(t::SHAPE_P1).str(shape_at(ii + 1)).finish(mask));
            out.push(h(t::SHAPE_M1_SHAPE).str(shape_at(ii - 1)).str(&info.shape).finish(mask));
            out.push(h(t::SHAPE_SHAPE_P1).str(&info.shape).str(shape_at(ii + 1)).finish(mask));
            out.push(h(t::SHAPE_W_M1).str(&info.shape).str(lower(ii - 1)).finish(mask));
            out.push(h(t::SHAPE_W_P1).str(&info.shape).str(lower(ii + 1)).finish(mask));
            let chars: Vec<(usize, char)> = info.lower.char_indices().collect();
            for k in 1..=4 {
                let (p, s) = if k <= chars.len() {
                    let p = chars.get(k).map_or(info.lower.len(), |c| c.0);
                    let s = chars[chars.len() - k].0;
                    (&info.lower[..p], &info.lower[s..])
                } else {
                    ("", "")
                };
                out.push(h(t::PREFIX).byte(k as u8).str(p).finish(mask));
                out.push(h(t::SUFFIX).byte(k as u8).str(s).finish(mask));
            }
            out.push(h(t::FLAGS).byte(info.flags).finish(mask));
            out.push(h(t::GAZ).byte(info.gaz).finish(mask));
            out.push(h(t::GAZ_M1).byte(get(ii - 1, |x| x.gaz)).finish(mask));
            out.push(h(t::GAZ_P1).byte(get(ii + 1, |x| x.gaz)).finish(mask));
            out.push(h(t::GAZ_COMMON).byte(info.gaz).byte(info.lists & COMMON).byte(info.flags & 0x11).finish(mask));
            out.push(h(t::LEX).byte(info.lex).finish(mask));
            out.push(h(t::LEX_M1).byte(get(ii - 1, |x| x.lex)).finish(mask));
            out.push(h(t::LEX_P1).byte(get(ii + 1, |x| x.lex)).finish(mask));
            out.push(h(t::WORDLISTS).byte(info.lists).byte(info.flags & 1).finish(mask));
            out.push(h(t::WORDLISTS_M1).byte(get(ii - 1, |x| x.lists)).byte(info.flags & 1).finish(mask));
            out.push(h(t::WORDLISTS_P1).byte(get(ii + 1, |x| x.lists)).byte(info.flags & 1).finish(mask));
            let parens = i > 0 && i + 1 < n && lower(ii - 1) == "(" && lower(ii + 1) == ")";
            out.push(h(t::PARENS).byte(u8::from(parens)).str(&info.shape).finish(mask));
            if self.version >= 2 {
                let source = caps.map_or(0xff, |c| c[i]);
                out.push(h(t::CAPS).byte(source).byte(info.flags & 3).finish(mask));
                let initial = i == 0 || (i == 1 && tokens[0].kind == TokenKind::Punct);
                let position = if caps.is_some() { 2 } else { u8::from(initial) };
                out.push(h(t::DOC_CASE).byte(doc.of(&info.lower)).byte(position).byte(info.flags & 3).finish(mask));
                for level in 0..clusters::LEVELS {
                    let id = cluster_at(ii, level);
                    out.push(h(t::CLUSTER).byte(level as u8).bytes(&id.to_le_bytes()).finish(mask));
                }
                out.push(h(t::CLUSTER_M1).bytes(&cluster_at(ii - 1, 1).to_le_bytes()).finish(mask));
                out.push(h(t::CLUSTER_P1).bytes(&cluster_at(ii + 1, 1).to_le_bytes()).finish(mask));
            }
            debug_assert_eq!(out.len() - start, self.per_token());
        }
    }
}

/// Features per token.
pub const PER_TOKEN: usize = 36;
/// Features per token of feature set 2.
pub const PER_TOKEN_2: usize = PER_TOKEN + 7;

/// Features per token of a feature set.
pub fn per_token(version: u8) -> usize {
    if version >= 2 {
        PER_TOKEN_2
    } else {
        PER_TOKEN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("IS-K"), "X-X");
        assert_eq!(shape("Kaluga"), "Xx");
        assert_eq!(shape("1,200"), "d,d");
        assert_eq!(shape("FSB’s"), "X'x");
    }

    #[test]
    fn gazetteer_codes_go_to_names_ending_in_a_capital_or_a_division_word() {
        let f = Featurizer {
            gazetteer: Gazetteer::bundled(),
            lexicon: Lexicon::bundled(),
            bits: 20,
            version: 2,
            clusters: Clusters::empty(),
        };
        let text = "Gunmen in Kandahar province and Kaluga attacked a bank in Paris street yesterday.";
        let seg = tidings_text::Segmented::new(text);
        let infos = f.infos(text, &seg.tokens);
        let coded: Vec<&str> =
            seg.tokens.iter().zip(&infos).filter(|(_, i)| i.gaz != 0).map(|(t, _)| t.text(text)).collect();
        assert_eq!(coded, ["Kandahar", "province", "Kaluga", "Paris"]);
    }

    #[test]
    fn hashing_is_fixed() {
        // The model format depends on these exact values.
        assert_eq!(Hasher::new(1).str("kaluga").finish(u32::MAX), Hasher::new(1).str("kaluga").finish(u32::MAX));
        assert_ne!(
            Hasher::new(1).str("ab").str("c").finish(u32::MAX),
            Hasher::new(1).str("a").str("bc").finish(u32::MAX)
        );
    }
}
