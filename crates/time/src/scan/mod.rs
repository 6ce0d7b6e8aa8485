//! The scanner: reads time expressions off the tokens of one sentence at a time.
//!
//! At each token every recognizer is tried; the longest match wins (the first listed
//! on a tie) and scanning resumes after it, so expressions never overlap. Recognizers
//! look at lower-cased token text and at capitalization, and never cross a sentence
//! boundary. This module holds the scanner and what recognizers share (token access,
//! context tests, resolution against the anchor, the tense and the reference time);
//! the recognizers live in [`dates`], [`relative`] and [`amounts`].

use std::ops::Range;

use jiff::civil::Date;
use tidings_model::{Granularity, Span, Time, TimexType};
use tidings_text::{is_capitalized, Token, TokenKind};

use crate::calendar::{self, Rel, Unit};
use crate::{lexicon, tense};

mod amounts;
mod dates;
mod relative;

/// Words after which a bare year, month or season is a time: "in 2015", "since March".
const CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "from",
    "during",
    "between",
    "before",
    "after",
    "through",
    "throughout",
    "circa",
];

/// Words before "last year" or "next month" that make it something else ("the last year of").
const DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "whose"];

/// Capitalized words that open sentences before a weekday without naming it.
const SENTENCE_OPENERS: &[&str] = &[
    "on", "at", "last", "this", "next", "past", "coming", "early", "late", "every", "each", "and", "but", "then", "so",
    "or", "that", "only", "since", "as", "also",
];

/// Nouns that make the number before them a count ("2015 people").
const COUNTED: &[&str] = &["people", "men", "women", "children", "police", "personnel", "staff"];

/// Words in "-s" that are not plural nouns.
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "is",
    "its",
    "his",
    "this",
    "thus",
    "plus",
    "as",
    "us",
    "whereas",
    "perhaps",
    "besides",
    "towards",
    "afterwards",
    "always",
    "sometimes",
    "nevertheless",
];

/// A time expression found in the text, before it becomes a [`Time`].
#[derive(Debug, Clone)]
pub(crate) struct Item {
    start: usize,
    end: usize,
    value: String,
    ty: TimexType,
    gran: Granularity,
    modifier: Option<&'static str>,
    /// A clock time that takes its day from a date of the same sentence.
    needs_day: bool,
}

impl Item {
    pub(crate) fn into_time(self, text: &str) -> Time {
        Time {
            value: self.value,
            timex_type: self.ty,
            granularity: self.gran,
            modifier: self.modifier.map(str::to_string),
            inferred: false,
            evidence: vec![Span::of(text, self.start, self.end)],
        }
    }
}

/// What a recognizer found, and the token after the last one it read.
struct Match {
    next: usize,
    items: Vec<Item>,
}

fn single(next: usize, item: Item) -> Option<Match> {
    Some(Match { next, items: vec![item] })
}

type Recognizer<'a> = fn(&Scanner<'a>, usize) -> Option<Match>;

pub(crate) struct Scanner<'a> {
    text: &'a str,
    /// `text` with ASCII letters lower-cased: same byte offsets.
    lower: String,
    tokens: &'a [Token],
    anchor: Option<Date>,
    /// The time the text last spoke of, for "the next day" and "two days later".
    reference: Option<(Date, Granularity)>,
    /// The last day the text named ("Friday", "March 7"), for clock times and "the same
    /// day" when a coarser time was named since ("last October").
    day: Option<Date>,
    /// The last day whose year the text wrote out ("November 15, 2017"), and its
    /// sentence: a year-less date just after it takes that year.
    written_year: Option<(Date, usize)>,
    /// How many sentences were scanned before this one.
    sentence_no: usize,
    /// Token range of the sentence being scanned.
    sentence: Range<usize>,
    /// Token after the last expression found in this sentence, for ranges.
    last_end: Option<usize>,
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str, tokens: &'a [Token], anchor: Option<Date>) -> Self {
        Scanner {
            text,
            lower: text.to_ascii_lowercase(),
            tokens,
            anchor,
            reference: anchor.map(|a| (a, Granularity::Day)),
            day: None,
            written_year: None,
            sentence_no: 0,
            sentence: 0..0,
            last_end: None,
        }
    }

    /// The time expressions of the sentence made of `tokens`, in text order.
    pub(crate) fn sentence(&mut self, tokens: Range<usize>) -> Vec<Item> {
        self.sentence = tokens.clone();
        self.last_end = None;
        let mut items = Vec::new();
        let mut i = tokens.start;
        while i < tokens.end {
            let Some(found) = self.longest(i) else {
                i += 1;
                continue;
            };
            for item in &found.items {
                self.remember(item);
            }
            items.extend(found.items);
            self.last_end = Some(found.next);
            i = found.next;
        }
        fill_days(&mut items);
        self.sentence_no += 1;
        items
    }

    fn longest(&self, i: usize) -> Option<Match> {
        if self.tokens[i].kind == TokenKind::Punct {
            return None;
        }
        self.best(
            &[
                Self::year,
                Self::iso,
                Self::part_of_date,
                Self::month_first,
                Self::day_first,
                Self::decade,
                Self::season,
                Self::quarter,
                Self::weekday,
                Self::deictic,
                Self::vague_ref,
                Self::this_unit,
                Self::anaphoric,
                Self::period,
                Self::set,
                Self::quantity,
                Self::vague_units,
                Self::clock,
                Self::modified,
                Self::mid_token,
            ],
            i,
        )
    }

    /// The longest match of `recognizers` at token `i`, the first on a tie.
    fn best(&self, recognizers: &[Recognizer<'a>], i: usize) -> Option<Match> {
        let mut best: Option<Match> = None;
        for recognize in recognizers {
            if let Some(found) = recognize(self, i) {
                if found.next > best.as_ref().map_or(i, |b| b.next) {
                    best = Some(found);
                }
            }
        }
        best
    }

    /// Makes a dated item the reference for later anaphoric expressions.
    fn remember(&mut self, item: &Item) {
        let dated = matches!(item.ty, TimexType::Date | TimexType::Time) && !item.needs_day;
        let Some(date) = calendar::start_date(&item.value).filter(|_| dated) else {
            return;
        };
        self.reference = Some((date, item.gran));
        if matches!(item.gran, Granularity::Day | Granularity::Time) {
            self.day = Some(date);
        }
        let written = item.value.get(..4).is_some_and(|y| self.text[item.start..item.end].contains(y));
        if written && item.gran == Granularity::Day {
            self.written_year = Some((date, self.sentence_no));
        }
    }

    /// What a year-less date is read against: the day whose year the text just wrote
    /// out (this sentence or the one before) when that year is not the anchor's, so
    /// "November 21" after "November 15, 2017" is in 2017; else the anchor. A bare
    /// year does not count ("launched in 2003 and as of February" is this February).
    fn year_base(&self) -> Option<Date> {
        match (self.written_year, self.anchor) {
            (Some((date, n)), anchor)
                if n + 1 >= self.sentence_no && anchor.is_none_or(|a| a.year() != date.year()) =>
            {
                Some(date)
            }
            _ => self.anchor,
        }
    }

    /// Whether [`Self::year_base`] is a date of the text rather than the anchor.
    fn in_written_year(&self) -> bool {
        self.year_base() != self.anchor
    }

    // --- Tokens -------------------------------------------------------------------

    /// The lower-cased text of token `i`, or "" outside the sentence.
    fn w(&self, i: usize) -> &str {
        if self.sentence.contains(&i) {
            &self.lower[self.tokens[i].range()]
        } else {
            ""
        }
    }

    /// The lower-cased text of the token before `i`.
    fn before(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |p| self.w(p))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.sentence.contains(&i) && is_capitalized(&self.text[self.tokens[i].range()])
    }

    fn is_number(&self, i: usize) -> bool {
        self.sentence.contains(&i) && self.tokens[i].kind == TokenKind::Number
    }

    /// Whether token `i` follows the one before it with no space between.
    fn touching(&self, i: usize) -> bool {
        i > self.sentence.start && self.sentence.contains(&i) && self.tokens[i - 1].end == self.tokens[i].start
    }

    // --- Items --------------------------------------------------------------------

    fn span_item(&self, bytes: Range<usize>, value: impl Into<String>, ty: TimexType, gran: Granularity) -> Item {
        Item { start: bytes.start, end: bytes.end, value: value.into(), ty, gran, modifier: None, needs_day: false }
    }

    /// An item over tokens `first..=last`.
    fn item(&self, first: usize, last: usize, value: impl Into<String>, ty: TimexType, gran: Granularity) -> Item {
        let bytes = self.tokens[first].start..self.tokens[last].end;
        self.span_item(bytes, value, ty, gran)
    }

    fn date(&self, first: usize, last: usize, value: impl Into<String>, gran: Granularity) -> Item {
        self.item(first, last, value, TimexType::Date, gran)
    }

    fn duration(&self, first: usize, last: usize, value: String) -> Item {
        self.item(first, last, value, TimexType::Duration, Granularity::Vague)
    }

    /// Extends a day item with a following part of the day: "Tuesday night".
    fn with_part_of_day(&self, mut item: Item, next: usize) -> Match {
        let Some(part) = lexicon::part_of_day(self.w(next)) else {
            return Match { next, items: vec![item] };
        };
        item.end = self.tokens[next].end;
        item.value = format!("{}T{part}", item.value);
        item.ty = TimexType::Time;
        item.gran = Granularity::Time;
        Match { next: next + 1, items: vec![item] }
    }

    // --- Resolution ---------------------------------------------------------------

    /// The anchor moved by `n` units, or the unit's unknown value without an anchor.
    fn anchored(&self, unit: Unit, n: i64) -> String {
        self.anchor.and_then(|a| calendar::shift(a, unit, n)).unwrap_or_else(|| unit.unknown().to_string())
    }

    /// The reference time moved by `n` units; unknown if the reference is coarser
    /// than the unit ("the next day" after "in 2015"). Days count from the last day the
    /// text named, even if a coarser time came since.
    fn referenced(&self, unit: Unit, n: i64) -> String {
        let fine = self.reference.filter(|(_, gran)| coarseness(unit.granularity()) >= coarseness(*gran));
        let day = self.day.filter(|_| unit.granularity() == Granularity::Day).map(|d| (d, Granularity::Day));
        fine.or(day).and_then(|(date, _)| calendar::shift(date, unit, n)).unwrap_or_else(|| unit.unknown().to_string())
    }

    /// The side of the anchor the tokens `first..next` speak of: the tense of the
    /// nearest verb cue in the sentence, the left one on a tie.
    fn tense(&self, first: usize, next: usize) -> Rel {
        let left = (self.sentence.start..first).rev().find_map(|j| self.cue(j).map(|rel| (first - j, rel)));
        let right = (next..self.sentence.end).find_map(|j| self.cue(j).map(|rel| (j + 1 - next, rel)));
        match (left, right) {
            (Some((dl, l)), Some((dr, r))) => {
                if dl <= dr {
                    l
                } else {
                    r
                }
            }
            (Some((_, rel)), None) | (None, Some((_, rel))) => rel,
            (None, None) => Rel::Nearest,
        }
    }

    fn cue(&self, j: usize) -> Option<Rel> {
        let before2 = j.checked_sub(1).map_or("", |p| self.before(p));
        tense::cue(before2, self.before(j), self.w(j), self.w(j + 1), self.capitalized(j))
    }

    // --- Context ------------------------------------------------------------------

    fn in_context(&self, i: usize) -> bool {
        CONTEXT.contains(&self.before(i)) || self.continues_range(i)
    }

    /// Whether token `i` follows a range connector that follows an expression:
    /// the "2017" of "between 2015 and 2017".
    fn continues_range(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|c| self.last_end == Some(c) && lexicon::is_range_connector(self.w(c)))
    }

    /// Whether token `i` makes the number before it a count ("2015 people").
    fn count_noun(&self, i: usize) -> bool {
        let w = self.w(i);
        if matches!(w, "%" | "per") {
            return true;
        }
        let plain = w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()) && !self.capitalized(i);
        plain && (COUNTED.contains(&w) || (w.ends_with('s') && !w.ends_with("ss") && !NOT_PLURAL.contains(&w)))
    }

    /// Whether the capitalized word at `k` is part of a name: "Bloody Sunday",
    /// "the Sunday Times", "USA Today". A capitalized word that opens the sentence
    /// counts unless it is one that often opens one ("On Sunday", "Last Sunday").
    fn in_name(&self, k: usize) -> bool {
        let opener = |w: &str| CONTEXT.contains(&w) || SENTENCE_OPENERS.contains(&w);
        let after_capital = self.capitalized(k)
            && k > self.sentence.start
            && self.tokens[k - 1].kind == TokenKind::Word
            && self.capitalized(k - 1)
            && !(k - 1 == self.sentence.start && opener(self.before(k)))
            && !matches!(self.before(k), "utc" | "gmt");
        let titled = self.before(k) == "the" && self.capitalized(k + 1) && self.month_at(k + 1).is_none();
        after_capital || titled
    }

    /// Whether the weekday at `k` is part of a name: "Bloody Sunday", "Super Tuesday",
    /// "the Sunday Times", "Sunday Telegraph". Unlike [`Self::in_name`], a place or a
    /// source before it does not make one: "attacked Kabul Tuesday", "Reuters reported
    /// Monday".
    fn weekday_in_name(&self, k: usize) -> bool {
        const NAMING: &[&str] = &[
            "bloody", "black", "super", "ash", "good", "holy", "easter", "palm", "cyber", "shrove", "maundy", "giving",
            "orange", "red", "white", "blue", "green",
        ];
        let after_name = NAMING.contains(&self.before(k)) && k > self.sentence.start && self.capitalized(k - 1);
        let before_name = self.capitalized(k + 1)
            && self.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word)
            && self.month_at(k + 1).is_none()
            && (self.before(k) == "the" || (k > self.sentence.start && self.capitalized(k - 1)));
        after_name || before_name
    }
}

/// How coarse a granularity is, finest first.
fn coarseness(gran: Granularity) -> u8 {
    match gran {
        Granularity::Time => 0,
        Granularity::Day => 1,
        Granularity::Week => 2,
        Granularity::Month => 3,
        Granularity::Season => 4,
        Granularity::Year => 5,
        Granularity::Decade => 6,
        Granularity::Century => 7,
        Granularity::Vague => 8,
    }
}

/// Gives clock times the day of the nearest dated expression of their sentence.
fn fill_days(items: &mut [Item]) {
    for i in 0..items.len() {
        if !items[i].needs_day {
            continue;
        }
        let nearest = items
            .iter()
            .enumerate()
            .filter(|(_, item)| !item.needs_day)
            .filter_map(|(j, item)| Some((j.abs_diff(i), calendar::full_day(&item.value)?.to_string())))
            .min_by_key(|(distance, _)| *distance);
        if let Some((_, day)) = nearest {
            items[i].value.replace_range(..10, &day);
        }
    }
}
