//! Time expressions: finding them in English news text and normalizing them to
//! TIMEX3 values against the publication date.
//!
//! # Approach
//!
//! [`tag`] walks the tokens of each sentence (from `tidings-text`) with a hand-written
//! scanner. At every token a fixed set of small recognizers is tried — absolute dates,
//! years and decades, seasons, weekdays, deictic words ("yesterday", "this morning"),
//! calendar units relative to the anchor ("last month") or to the text ("the next
//! day"), durations, sets and clock times — and the longest match wins, so
//! expressions never overlap. Recognizers compare lower-cased token text against
//! word lists: there are no regular expressions, and memory is allocated once per
//! call and per candidate expression, never per token.
//!
//! Values are resolved in four ways:
//!
//! - against the **anchor** (the publication date): "yesterday", "last week",
//!   "two weeks ago";
//! - against the **tense** of the sentence for dates that name no year or week:
//!   "said on March 7" is the March 7 on or before the anchor, "will be held on
//!   March 7" the one on or after it. The cue is the verb nearest to the expression
//!   (`said`, `was`, `-ed` forms, `has been` for the past; `will`, `may`, `is to`,
//!   `plans to`, `is expected to`, `has been scheduled`, "his *next* hearing" for the
//!   future); with none, the nearest date wins;
//! - against the **year the text just wrote out**: a year-less date in the sentence of
//!   a full date of another year, or the sentence after it, takes that year ("moved on
//!   November 15, 2017, … resigned on November 21" is 2017-11-21), and a date in
//!   apposition to a day takes that day's year ("next Wednesday, July 31");
//! - against the **reference time**, the last date the text spoke of, for
//!   "the next day", "that night", "two days later", "during the weekend", "in the
//!   evening". It starts as the anchor. Days count from the last *day* named even when
//!   a coarser time came since ("on Thursday … last October … The previous day" is
//!   Wednesday), and clock times with no date in their sentence take that day too.
//!
//! Without an anchor, what cannot be resolved keeps `X`s: `XXXX-03-07` for a
//! year-less "March 7", `XXXX-WXX-5` for "Friday", `XXXX-XX-XX` for "yesterday".
//!
//! Extents follow TIMEX3: prepositions stay outside ("on March 7" → "March 7"),
//! modifiers come inside with a `mod` ("early 2019" START, "mid-2019" MID, "the end of
//! March" END, "about two weeks" APPROX, "more than 48 hours" MORE_THAN), and so do
//! "ago", "later" and "from now".
//!
//! **Ranges** are two expressions, one per end: "March 7-9" gives "March 7"
//! (`…-03-07`) and "9" (`…-03-09`); "between 2015 and 2017" gives "2015" and "2017".
//! Each end keeps its own evidence and can be compared with [`start_key`]; a year
//! written once ("March 7-9, 2024") applies to both ends and is part of the second
//! one's span.
//!
//! A bare year counts only where the context makes it one: after "in", "since",
//! "by", "until", "of", "from", "during", "between", "before", "after", "through",
//! after a month, season or modifier, in "the year 2015", as either end of a range
//! ("1980–1987", "between 2015 and 2017"), or between a determiner and the noun it
//! dates ("the 1968 assassination", "a 2016 finalist", "the 2018 elections") — and not
//! before a plural noun that it counts ("in 2015 people", "the 2015 delegates").
//!
//! Also: quarters ("the first quarter of 2009" → `2009-Q1`, "third-quarter", "Q2
//! 2025", "the last quarter"), clock times with a zone ("0040 UTC" → `…T00:40Z`), a
//! day ("12:00 UTC Monday") or a part of the day ("3:30 in the morning"), "at
//! present", "annual", "decades of conflict".
//!
//! # Limits
//!
//! - English only, and only the forms above. Not handled: numeric dates with
//!   slashes ("3/7/2024", ambiguous between US and European order), two-digit years
//!   ("'90s"), holidays ("Labor Day", "Ramadan"), fiscal years, zones other than
//!   UTC/GMT (a local clock time keeps no zone), "in the summer" without a year,
//!   spelled-out ordinals ("the seventh of March").
//! - Deictic words inside quotations keep the publication date: a tweet saying "last
//!   night" is read as the night before the anchor, not before the tweet.
//! - Bare years outside 1900–2100 need a month or modifier ("March 1865").
//! - Expressions anchored on events ("two days after the blast") are tagged as
//!   the duration "two days"; the event is not resolved.
//! - Tense is read off single words near the expression, with no parse: a date in
//!   a sentence mixing tenses can land on the wrong side of the anchor.
//! - A weekday next to its date ("Monday, Dec. 26") takes the date's value; the
//!   weekday is not used to choose the year.
//! - Clock times take their day from a date of the same sentence or the last day the
//!   text named, which is not always the day of the event ("reports on Saturday … the
//!   first call came around 2:00 p.m." is read as Saturday); with no day named they
//!   stay `XXXX-XX-XXT10:30`.
//! - "the same day" and "that night" take the last day named, not the day of the event
//!   the sentence speaks of; "the night he was shot" is left alone.

mod calendar;
mod lexicon;
mod scan;
mod tense;

use jiff::civil::Date;
use tidings_model::Time;
use tidings_text::Segmented;

/// A calendar date used as anchor (the document's publication date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor {
    pub year: i16,
    pub month: i8,
    pub day: i8,
}

impl Anchor {
    /// Reads `YYYY-MM-DD`, alone or followed by a time (`YYYY-MM-DDT…` or a space).
    /// Returns `None` for anything else, including dates that do not exist.
    pub fn parse(s: &str) -> Option<Anchor> {
        let s = s.trim();
        let day = calendar::full_day(s)?;
        let rest = &s[day.len()..];
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        let date = Date::new(day[..4].parse().ok()?, day[5..7].parse().ok()?, day[8..10].parse().ok()?).ok()?;
        Some(Anchor { year: date.year(), month: date.month(), day: date.day() })
    }

    /// The anchor as a TIMEX3 value: `2024-03-09`.
    pub fn value(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The anchor as a date; `None` if its fields do not make one.
    fn date(self) -> Option<Date> {
        Date::new(self.year, self.month, self.day).ok()
    }
}

/// Finds and normalizes every time expression of `text`, in text order,
/// non-overlapping.
///
/// `seg` must be `tidings_text::Segmented::new(text)`; if its offsets do not fit
/// `text`, the text is segmented again rather than misread. Each returned [`Time`]
/// has exactly one evidence span, and `anchor` (the publication date) resolves
/// relative and year-less expressions. Never panics.
pub fn tag(text: &str, seg: &Segmented, anchor: Option<Anchor>) -> Vec<Time> {
    let own;
    let seg = if aligned(text, seg) {
        seg
    } else {
        own = Segmented::new(text);
        &own
    };
    let mut scanner = scan::Scanner::new(text, &seg.tokens, anchor.and_then(Anchor::date));
    let mut times = Vec::new();
    for sentence in &seg.sentences {
        let items = scanner.sentence(sentence.tokens.clone());
        times.extend(items.into_iter().map(|item| item.into_time(text)));
    }
    times
}

/// Compares two TIMEX3 date values by their start: returns `(year, month, day)` with
/// 0 for what the value leaves open, so `"2016-07"` < `"2016-07-03"` ==
/// `"2016-07-03TNI"`. Weeks start on their Monday (`2024-W10` → 2024-03-04), seasons
/// on their first month, decades (`199X`) and centuries (`19`) on their first year.
/// `None` if the value is not a date: `XXXX-03-07`, `PAST_REF`, `P3Y`.
pub fn start_key(value: &str) -> Option<(i32, u8, u8)> {
    calendar::start_key(value)
}

/// Whether `seg` fits `text`: tokens in order on character boundaries, sentences
/// over token ranges in order.
fn aligned(text: &str, seg: &Segmented) -> bool {
    let mut end = 0;
    let tokens = seg.tokens.iter().all(|t| {
        let fits = end <= t.start && t.start < t.end && text.get(t.start..t.end).is_some();
        end = t.end;
        fits
    });
    let mut next = 0;
    let sentences = seg.sentences.iter().all(|s| {
        let fits = next <= s.tokens.start && s.tokens.start <= s.tokens.end && s.tokens.end <= seg.tokens.len();
        next = s.tokens.end;
        fits
    });
    tokens && sentences
}

#[cfg(test)]
mod tests;
