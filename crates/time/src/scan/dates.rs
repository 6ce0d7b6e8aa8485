//! Recognizers of dates named by the calendar: "March 7", "July 2016", "in 2015",
//! "the 1990s", "summer 2019".

use tidings_model::{Granularity, TimexType};

use super::{single, Match, Scanner};
use crate::calendar::{self, Rel};
use crate::lexicon;

/// Plural nouns that a year before them dates rather than counts: "the 2018 elections".
const EVENTS: &[&str] = &[
    "elections",
    "games",
    "olympics",
    "protests",
    "riots",
    "attacks",
    "bombings",
    "talks",
    "results",
    "accords",
    "agreements",
    "floods",
    "polls",
    "primaries",
    "midterms",
    "hearings",
    "sanctions",
    "negotiations",
    "earnings",
    "sales",
    "figures",
    "championships",
    "awards",
    "clashes",
    "killings",
    "uprisings",
    "events",
];

/// A day of the month read at a token (or at a part of one: the "9" of "7-9").
#[derive(Clone, Copy)]
struct DayAt {
    day: i8,
    start: usize,
    end: usize,
}

impl Scanner<'_> {
    /// The token after a month name at `k`, and after its "." if abbreviated ("Mar.").
    fn after_month(&self, k: usize, abbreviated: bool) -> usize {
        if abbreviated && self.w(k + 1) == "." && self.touching(k + 1) {
            k + 2
        } else {
            k + 1
        }
    }

    /// `2024-03-07`, `2024-03` and `07.03.2024`.
    pub(super) fn iso(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let (value, gran) = iso_value(w).or_else(|| dotted_value(w))?;
        single(i + 1, self.date(i, i, value, gran))
    }

    /// "March 7", "Mar. 7, 2024", "March 7-9", "July 2016", "in March", "last May".
    pub(super) fn month_first(&self, i: usize) -> Option<Match> {
        self.month_phrase(i, false)
    }

    /// As [`Self::month_first`], with a lone month allowed anywhere (after "early").
    pub(super) fn bare_month(&self, i: usize) -> Option<Match> {
        self.month_phrase(i, true)
    }

    fn month_phrase(&self, i: usize, bare: bool) -> Option<Match> {
        let (rel, at) = match self.w(i) {
            "last" => (Some(Rel::Last), i + 1),
            "this" => (Some(Rel::This), i + 1),
            "next" => (Some(Rel::Next), i + 1),
            _ => (None, i),
        };
        let (month, abbreviated) = self.month_at(at)?;
        if rel.is_none() {
            let after = self.after_month(at, abbreviated);
            let dated = self.month_day(i, month, after);
            if let Some(found) = dated.or_else(|| self.month_year(i, month, after)) {
                return Some(found);
            }
        }
        if abbreviated || (rel.is_none() && !bare && !self.in_context(at)) {
            return None;
        }
        let value = match rel {
            Some(rel) => calendar::month(self.anchor, month, rel),
            None if self.in_written_year() => calendar::month(self.year_base(), month, Rel::Nearest),
            None => calendar::month(self.anchor, month, self.tense(i, at + 1)),
        };
        single(at + 1, self.date(i, at, value, Granularity::Month))
    }

    /// A capitalized month name at token `i`.
    pub(super) fn month_at(&self, i: usize) -> Option<(i8, bool)> {
        lexicon::month(self.w(i)).filter(|_| self.capitalized(i))
    }

    /// The day (or days) after a month name at token `first`; the day is at `k`.
    fn month_day(&self, first: usize, month: i8, k: usize) -> Option<Match> {
        let (one, two, next) = self.days_at(k)?;
        if self.w(next) == ":" {
            return None;
        }
        self.dated(first, self.tokens[first].start, month, one, two, next)
    }

    /// "July 2016", "March of 2019".
    pub(super) fn month_year(&self, first: usize, month: i8, k: usize) -> Option<Match> {
        if let Some(found) = self.month_of_relative_year(first, month, k) {
            return Some(found);
        }
        let at = if matches!(self.w(k), "," | "of") { k + 1 } else { k };
        let year = lexicon::year(self.w(at), 1000..=2999)?;
        if self.count_noun(at + 1) {
            return None;
        }
        let value = format!("{year:04}-{month:02}");
        single(at + 1, self.date(first, at, value, Granularity::Month))
    }

    /// Whether the expression at token `first` follows another one and a comma.
    fn appositive(&self, first: usize) -> bool {
        first > 0 && self.w(first - 1) == "," && self.last_end == Some(first - 1) && self.day.is_some()
    }

    /// "March of this year", "October of next year".
    fn month_of_relative_year(&self, first: usize, month: i8, k: usize) -> Option<Match> {
        let n = match (self.w(k), self.w(k + 1), self.w(k + 2)) {
            ("of", "this", "year") => 0,
            ("of", "last", "year") => -1,
            ("of", "next", "year") => 1,
            _ => return None,
        };
        let value = match self.anchor {
            Some(a) => format!("{:04}-{month:02}", i64::from(a.year()) + n),
            None => format!("XXXX-{month:02}"),
        };
        single(k + 3, self.date(first, k + 2, value, Granularity::Month))
    }

    /// "7 March 2024", "7th of March", "7-9 March".
    pub(super) fn day_first(&self, i: usize) -> Option<Match> {
        let (one, two, mut k) = self.days_at(i)?;
        if self.w(k) == "of" {
            k += 1;
        }
        let (month, abbreviated) = self.month_at(k)?;
        self.dated(i, one.start, month, one, two, self.after_month(k, abbreviated))
    }

    /// A day at token `k`, or a range of days: "7", "7th", "7-9", "7 to 9".
    /// Returns the days and the token after them.
    fn days_at(&self, k: usize) -> Option<(DayAt, Option<DayAt>, usize)> {
        let w = self.w(k);
        if let Some(day) = lexicon::day_of_month(w) {
            let one = self.day_token(k, day);
            return Some(match self.range_end_day(k + 1, day) {
                Some(two) => (one, Some(two), k + 3),
                None => (one, None, k + 1),
            });
        }
        let (left, offset, right) = lexicon::split_dash(w)?;
        let (a, b) = (lexicon::day_of_month(left)?, lexicon::day_of_month(right)?);
        let t = &self.tokens[k];
        let one = DayAt { day: a, start: t.start, end: t.start + left.len() };
        let two = DayAt { day: b, start: t.start + offset, end: t.end };
        (a < b).then_some((one, Some(two), k + 1))
    }

    fn day_token(&self, k: usize, day: i8) -> DayAt {
        DayAt { day, start: self.tokens[k].start, end: self.tokens[k].end }
    }

    /// The end of a range of days after a connector at `c`: "to 9" in "March 7 to 9".
    fn range_end_day(&self, c: usize, after: i8) -> Option<DayAt> {
        if !lexicon::is_range_connector(self.w(c)) {
            return None;
        }
        let day = lexicon::day_of_month(self.w(c + 1)).filter(|d| *d > after)?;
        let counted = self.count_noun(c + 2) || matches!(self.w(c + 2), ":" | "a.m." | "p.m." | "am" | "pm");
        (!counted).then(|| self.day_token(c + 1, day))
    }

    /// Items for day `one` (and range end `two`) of `month`, where the phrase starts
    /// at token `first`, byte `start`, and an optional year follows at token `next`.
    fn dated(
        &self,
        first: usize,
        start: usize,
        month: i8,
        one: DayAt,
        two: Option<DayAt>,
        next: usize,
    ) -> Option<Match> {
        let year = self.year_after(next);
        let next = year.map_or(next, |(_, at)| at + 1);
        let end = self.tokens[next - 1].end;
        let value = match year {
            Some((y, _)) => calendar::on_day(Some(y), month, one.day)?,
            None if self.in_written_year() => calendar::month_day(self.year_base(), month, one.day, Rel::Nearest)?,
            // In apposition to the day just named: "next Wednesday, July 31".
            None if self.appositive(first) => calendar::month_day(self.day, month, one.day, Rel::Nearest)?,
            None => calendar::month_day(self.anchor, month, one.day, self.tense(first, next))?,
        };
        let Some(two) = two else {
            return single(next, self.span_item(start..end, value, TimexType::Date, Granularity::Day));
        };
        let second_year = value.get(..4).and_then(|y| y.parse().ok());
        let second = calendar::on_day(second_year, month, two.day)?;
        Some(Match {
            next,
            items: vec![
                self.span_item(start..one.end, value, TimexType::Date, Granularity::Day),
                self.span_item(two.start..end, second, TimexType::Date, Granularity::Day),
            ],
        })
    }

    /// A year closing a date, "2024" or ", 2024", with its token.
    fn year_after(&self, k: usize) -> Option<(i16, usize)> {
        let at = if self.w(k) == "," { k + 1 } else { k };
        let year = lexicon::year(self.w(at), 1000..=2999)?;
        (!self.count_noun(at + 1)).then_some((year, at))
    }

    /// "in 2015", "the year 2015", "2015-2017", and the "2017" of "between 2015 and 2017".
    pub(super) fn year(&self, i: usize) -> Option<Match> {
        self.year_phrase(i, false)
    }

    /// As [`Self::year`], with a lone year allowed anywhere (after "early").
    pub(super) fn bare_year(&self, i: usize) -> Option<Match> {
        self.year_phrase(i, true)
    }

    fn year_phrase(&self, i: usize, bare: bool) -> Option<Match> {
        if self.w(i) == "the" && self.w(i + 1) == "year" {
            let year = lexicon::year(self.w(i + 2), 1000..=2999)?;
            return single(i + 3, self.date(i, i + 2, format!("{year:04}"), Granularity::Year));
        }
        if let Some(found) = self.year_range(i) {
            return Some(found);
        }
        let range = if bare { 1000..=2999 } else { 1900..=2100 };
        let year = lexicon::year(self.w(i), range)?;
        let dated = bare || self.in_context(i) || self.opens_year_range(i, year) || self.premodifier_year(i);
        if !dated || (self.count_noun(i + 1) && !EVENTS.contains(&self.w(i + 1))) {
            return None;
        }
        single(i + 1, self.date(i, i, format!("{year:04}"), Granularity::Year))
    }

    /// Whether the year at `i` is followed by a dash and a later year: "1980–1987".
    fn opens_year_range(&self, i: usize, year: i16) -> bool {
        matches!(self.w(i + 1), "-" | "\u{2013}" | "\u{2014}")
            && lexicon::year(self.w(i + 2), 1000..=2999).is_some_and(|y| y > year)
    }

    /// A year that modifies the noun after it: "the 1968 assassination", "a 2016
    /// finalist", "the 2018 elections", "its 2020 US presidential election"; not a count
    /// ("the 2015 delegates").
    fn premodifier_year(&self, i: usize) -> bool {
        const DETERMINERS: &[&str] =
            &["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "'s", "\u{2019}s"];
        let w = self.w(i + 1);
        let word = !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-');
        let noun = self.capitalized(i + 1) || !self.count_noun(i + 1) || EVENTS.contains(&w);
        DETERMINERS.contains(&self.before(i)) && word && noun && lexicon::month(w).is_none()
    }

    /// "2015-2017" or "2015-17" as one token: two years.
    fn year_range(&self, i: usize) -> Option<Match> {
        let (left, offset, right) = lexicon::split_dash(self.w(i))?;
        let a = lexicon::year(left, 1000..=2999)?;
        let short = || Some(a - a % 100 + lexicon::digits_only(right, 2..=2)?.parse::<i16>().ok()?);
        let b = lexicon::year(right, 1000..=2999).or_else(short).filter(|b| *b > a)?;
        let t = &self.tokens[i];
        let year = |bytes, y: i16| self.span_item(bytes, format!("{y:04}"), TimexType::Date, Granularity::Year);
        Some(Match {
            next: i + 1,
            items: vec![year(t.start..t.start + left.len(), a), year(t.start + offset..t.end, b)],
        })
    }

    /// "the 1990s" (`199X`), "the early 1990s", "the mid-1990s", "the 19th century" (`18`).
    pub(super) fn decade(&self, i: usize) -> Option<Match> {
        let mut k = if self.w(i) == "the" { i + 1 } else { i };
        let mut modifier = match self.w(k) {
            "early" => Some("START"),
            "mid" => Some("MID"),
            "late" => Some("END"),
            _ => None,
        };
        if modifier.is_some() {
            k += 1;
        }
        let mut word = self.w(k);
        if let Some(("mid", _, rest)) = lexicon::split_dash(word) {
            modifier = Some("MID");
            word = rest;
        }
        let (value, gran, last) = match decade_value(word) {
            Some((value, gran)) => (value, gran, k),
            None => {
                let n = lexicon::century(word).filter(|_| self.w(k + 1) == "century")?;
                (format!("{:02}", n - 1), Granularity::Century, k + 1)
            }
        };
        let mut item = self.date(i, last, value, gran);
        item.modifier = modifier;
        single(last + 1, item)
    }

    /// "the first quarter of 2009", "the fourth quarter", "third-quarter", "Q3 2019",
    /// "the last quarter" (the one before the anchor's): `2009-Q1`.
    pub(super) fn quarter(&self, i: usize) -> Option<Match> {
        let k = if self.w(i) == "the" { i + 1 } else { i };
        let w = self.w(k);
        let (ordinal, next) = match lexicon::split_dash(w) {
            Some((left, _, "quarter")) => (left, k + 1),
            _ if self.w(k + 1) == "quarter" => (w, k + 2),
            _ => match w.strip_prefix('q').and_then(|d| d.parse::<i64>().ok()).filter(|q| (1..=4).contains(q)) {
                Some(_) if self.capitalized(k) && k == i => (w, k + 1),
                _ => return None,
            },
        };
        let n: Option<i64> = match ordinal {
            "first" | "1st" | "q1" => Some(1),
            "second" | "2nd" | "q2" => Some(2),
            "third" | "3rd" | "q3" => Some(3),
            "fourth" | "4th" | "final" | "q4" => Some(4),
            "last" | "previous" | "past" => None,
            _ => return None,
        };
        let at = if matches!(self.w(next), "of" | ",") { next + 1 } else { next };
        let relative = match (self.w(at), self.w(at + 1)) {
            ("this", "year") => Some(0),
            ("last", "year") => Some(-1),
            ("next", "year") => Some(1),
            _ => None,
        };
        let written = lexicon::year(self.w(at), 1000..=2999).filter(|_| !self.count_noun(at + 1));
        let (year, last) = match (written, relative, self.anchor) {
            (Some(y), ..) => (Some(i64::from(y)), at),
            (None, Some(r), Some(a)) => (Some(i64::from(a.year()) + r), at + 1),
            (None, Some(_), None) => (None, at + 1),
            (None, None, _) => (None, next - 1),
        };
        let (year, n) = match (year, n) {
            (Some(y), Some(n)) => (Some(y), n),
            (Some(y), None) => (Some(y), 4), // "the last quarter of 2009"
            (None, n) => self.quarter_around(n, self.tense(i, last + 1)),
        };
        let value = match year {
            Some(y) => format!("{y:04}-Q{n}"),
            None => format!("XXXX-Q{n}"),
        };
        single(last + 1, self.date(i, last, value, Granularity::Season))
    }

    /// The year of quarter `n` nearest the anchor on the side `rel` implies (the
    /// quarter before the anchor's for "the last quarter"), or the year the text just
    /// wrote out.
    fn quarter_around(&self, n: Option<i64>, rel: Rel) -> (Option<i64>, i64) {
        let Some(base) = self.year_base() else {
            return (None, n.unwrap_or(4));
        };
        let (year, here) = (i64::from(base.year()), (i64::from(base.month()) - 1) / 3 + 1);
        match n {
            None if here == 1 => (Some(year - 1), 4),
            None => (Some(year), here - 1),
            Some(n) if self.in_written_year() => (Some(year), n),
            Some(n) if rel == Rel::Future || rel == Rel::Next => (Some(if n >= here { year } else { year + 1 }), n),
            Some(n) => (Some(if n <= here { year } else { year - 1 }), n),
        }
    }

    /// "summer 2019", "the summer of 2019", "last winter", "in spring".
    pub(super) fn season(&self, i: usize) -> Option<Match> {
        let (rel, k) = match self.w(i) {
            "last" => (Some(Rel::Last), i + 1),
            "this" => (Some(Rel::This), i + 1),
            "next" => (Some(Rel::Next), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        let season = lexicon::season(self.w(k))?;
        let at = if self.w(k + 1) == "of" { k + 2 } else { k + 1 };
        if let Some(year) = lexicon::year(self.w(at), 1000..=2999).filter(|_| rel.is_none()) {
            return single(at + 1, self.date(i, at, season.in_year(year), Granularity::Season));
        }
        let rel = match rel {
            Some(rel) => rel,
            None if k == i && self.in_context(i) => self.tense(i, k + 1),
            None => return None,
        };
        let value = calendar::season(self.anchor, season, rel);
        single(k + 1, self.date(i, k, value, Granularity::Season))
    }
}

/// `2024-03-07` (a day) or `2024-03` (a month).
fn iso_value(w: &str) -> Option<(String, Granularity)> {
    let (year, _, rest) = lexicon::split_dash(w)?;
    let year = lexicon::year(year, 1000..=2999)?;
    let month: i8 = lexicon::digits_only(rest.get(..2)?, 2..=2)?.parse().ok()?;
    match &rest[2..] {
        "" => (1..=12).contains(&month).then(|| (format!("{year:04}-{month:02}"), Granularity::Month)),
        day => {
            let day = lexicon::digits_only(day.strip_prefix('-')?, 2..=2)?.parse().ok()?;
            Some((calendar::on_day(Some(year), month, day)?, Granularity::Day))
        }
    }
}

/// `07.03.2024`: day, month, year.
fn dotted_value(w: &str) -> Option<(String, Granularity)> {
    let mut parts = w.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let day = lexicon::digits_only(day, 1..=2)?.parse().ok()?;
    let month = lexicon::digits_only(month, 1..=2)?.parse().ok()?;
    let year = lexicon::year(year, 1000..=2999)?;
    Some((calendar::on_day(Some(year), month, day)?, Granularity::Day))
}

/// A decade token ("1990s" → `199X`); a round hundred before 2000 is a century
/// ("1800s" → `18`), while "the 2000s" is the decade.
fn decade_value(w: &str) -> Option<(String, Granularity)> {
    let year = lexicon::year(w.strip_suffix('s')?, 1000..=2999)?;
    match (year % 10, year % 100) {
        (0, 0) if year < 2000 => Some((format!("{:02}", year / 100), Granularity::Century)),
        (0, _) => Some((format!("{:03}X", year / 10), Granularity::Decade)),
        _ => None,
    }
}
