//! Recognizers of dates named relative to the anchor or to the text ("last Friday",
//! "yesterday", "the next day"), and of modifiers ("early 2019", "mid-March").

use tidings_model::{Granularity, TimexType};
use tidings_text::is_capitalized;

use super::{single, Match, Scanner, DETERMINERS};
use crate::calendar::{self, Rel, Unit};
use crate::lexicon;

impl Scanner<'_> {
    /// "Tuesday", "last Friday", "Tuesday night", "Monday, Dec. 26", "Fridays" (a set).
    pub(super) fn weekday(&self, i: usize) -> Option<Match> {
        let (rel, k) = match self.w(i) {
            "last" | "past" => (Some(Rel::Last), i + 1),
            "this" => (Some(Rel::This), i + 1),
            "next" | "coming" => (Some(Rel::Next), i + 1),
            _ => (None, i),
        };
        let (day, plural) = lexicon::weekday(self.w(k)).filter(|_| self.capitalized(k))?;
        if self.weekday_in_name(k) {
            return None;
        }
        if plural {
            let set = self.item(k, k, calendar::every(day), TimexType::Set, Granularity::Day);
            return rel.is_none().then_some(Match { next: k + 1, items: vec![set] });
        }
        if rel.is_none() {
            if let Some(found) = self.dated_weekday(i, k + 1) {
                return Some(found);
            }
        }
        let rel = rel.unwrap_or_else(|| self.tense(i, k + 1));
        let item = self.date(i, k, calendar::weekday(self.anchor, day, rel), Granularity::Day);
        Some(self.with_part_of_day(item, k + 1))
    }

    /// A weekday whose date follows ("Monday, Dec. 26"): the date gives the value.
    fn dated_weekday(&self, i: usize, k: usize) -> Option<Match> {
        let at = if self.w(k) == "," { k + 1 } else { k };
        let mut found = self.day_date(at)?;
        found.items[0].start = self.tokens[i].start;
        Some(found)
    }

    /// "the morning of March 7".
    pub(super) fn part_of_date(&self, i: usize) -> Option<Match> {
        if self.w(i) != "the" || self.w(i + 2) != "of" {
            return None;
        }
        let part = lexicon::part_of_day(self.w(i + 1))?;
        let mut found = self.day_date(i + 3)?;
        let item = &mut found.items[0];
        item.start = self.tokens[i].start;
        item.value = format!("{}T{part}", item.value);
        item.ty = TimexType::Time;
        item.gran = Granularity::Time;
        Some(found)
    }

    /// A single day named by its month and number, or a weekday, at token `at`.
    fn day_date(&self, at: usize) -> Option<Match> {
        let found = self.month_first(at).or_else(|| self.day_first(at)).or_else(|| self.weekday(at))?;
        (found.items.len() == 1 && found.items[0].gran == Granularity::Day).then_some(found)
    }

    /// "today", "yesterday morning", "earlier today", "tonight", "this morning", "last night".
    pub(super) fn deictic(&self, i: usize) -> Option<Match> {
        let k = if matches!(self.w(i), "earlier" | "later") && self.w(i + 1) == "today" { i + 1 } else { i };
        let offset = match self.w(k) {
            "yesterday" => Some(-1),
            "today" => Some(0),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(n) = offset {
            if self.in_name(k) {
                return None;
            }
            let item = self.date(i, k, self.anchored(Unit::Day, n), Granularity::Day);
            return Some(self.with_part_of_day(item, k + 1));
        }
        let (n, part, last) = match (self.w(i), self.w(i + 1)) {
            ("tonight", _) => (0, "NI", i),
            ("last", "night") => (-1, "NI", i + 1),
            ("this", w) => (0, lexicon::part_of_day(w)?, i + 1),
            _ => return None,
        };
        let value = format!("{}T{part}", self.anchored(Unit::Day, n));
        single(last + 1, self.item(i, last, value, TimexType::Time, Granularity::Time))
    }

    /// "now", "currently", "these days", "recently", "the past", "the near future".
    pub(super) fn vague_ref(&self, i: usize) -> Option<Match> {
        let (value, last) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("now" | "currently" | "presently" | "nowadays", ..) => ("PRESENT_REF", i),
            ("these", "days", _) => ("PRESENT_REF", i + 1),
            ("recently" | "lately", ..) => ("PAST_REF", i),
            ("at", "present", _) => return single(i + 2, self.date(i + 1, i + 1, "PRESENT_REF", Granularity::Vague)),
            ("the", "past", _) if !self.starts_amount(i + 2) => ("PAST_REF", i + 1),
            ("the", "future", _) => ("FUTURE_REF", i + 1),
            ("the", "near" | "distant", "future") => ("FUTURE_REF", i + 2),
            _ => return None,
        };
        single(last + 1, self.date(i, last, value, Granularity::Vague))
    }

    /// "this week", "last month", "next year", "earlier this month".
    pub(super) fn this_unit(&self, i: usize) -> Option<Match> {
        let k = if matches!(self.w(i), "earlier" | "later") { i + 1 } else { i };
        let n = match self.w(k) {
            "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        let (unit, plural) = lexicon::unit(self.w(k + 1))?;
        let calendar_unit =
            matches!(unit, Unit::Week | Unit::Weekend | Unit::Month | Unit::Year | Unit::Decade | Unit::Century);
        if plural || !calendar_unit || DETERMINERS.contains(&self.before(i)) {
            return None;
        }
        single(k + 2, self.date(i, k + 1, self.anchored(unit, n), unit.granularity()))
    }

    /// "the next day", "the following week", "the same day", "that night": relative to
    /// the time the text last spoke of.
    pub(super) fn anaphoric(&self, i: usize) -> Option<Match> {
        let (n, k) = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("the", "next" | "following", _) => (1, i + 2),
            ("the", "previous" | "prior" | "preceding", _) => (-1, i + 2),
            ("the" | "that", "same", _) => (0, i + 2),
            ("that", ..) => (0, i + 1),
            // "in the morning", "through the evening", "during the weekend": the day (or
            // week) the text speaks of; "the night of March 7" is another recognizer's.
            ("the", "weekend", _) => (0, i + 1),
            ("the", w, next) if lexicon::part_of_day(w).is_some() && !self.clause_follows(i + 2, next) => (0, i + 1),
            _ => return None,
        };
        if let Some(part) = lexicon::part_of_day(self.w(k)) {
            let value = format!("{}T{part}", self.referenced(Unit::Day, n));
            return single(k + 1, self.item(i, k, value, TimexType::Time, Granularity::Time));
        }
        let Some((unit, false)) = lexicon::unit(self.w(k)) else {
            return None;
        };
        if !matches!(unit, Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Year) {
            return None;
        }
        single(k + 1, self.date(i, k, self.referenced(unit, n), unit.granularity()))
    }

    /// Whether token `k` (lower-cased `w`) opens what makes the time before it another
    /// one: "the night of March 7", "the night he attacked", "the morning Kennedy died".
    fn clause_follows(&self, k: usize, w: &str) -> bool {
        const OPENERS: &[&str] = &["of", "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her"];
        OPENERS.contains(&w) || (self.capitalized(k) && self.tokens[k].kind == tidings_text::TokenKind::Word)
    }

    // --- Recognizers: modifiers -----------------------------------------------------

    /// "early 2019", "late last year", "the end of March", "around March 7".
    pub(super) fn modified(&self, i: usize) -> Option<Match> {
        let (modifier, k) = self.point_modifier(i)?;
        let mut found = if modifier == "APPROX" {
            self.best(&[Self::month_first, Self::day_first, Self::weekday], k)
        } else {
            self.best(
                &[
                    Self::bare_month,
                    Self::bare_year,
                    Self::decade,
                    Self::season,
                    Self::weekday,
                    Self::deictic,
                    Self::this_unit,
                    Self::anaphoric,
                    Self::part_of_day,
                ],
                k,
            )
        }?;
        let first = &mut found.items[0];
        first.start = self.tokens[i].start;
        first.modifier = Some(modifier);
        Some(found)
    }

    /// "evening" after "early" or "late": a part of the day the text speaks of.
    fn part_of_day(&self, i: usize) -> Option<Match> {
        let part = lexicon::part_of_day(self.w(i))?;
        let value = format!("{}T{part}", self.referenced(Unit::Day, 0));
        single(i + 1, self.item(i, i, value, TimexType::Time, Granularity::Time))
    }

    fn point_modifier(&self, i: usize) -> Option<(&'static str, usize)> {
        let k = if self.w(i) == "the" { i + 1 } else { i };
        let part = match self.w(k) {
            "beginning" | "start" => Some("START"),
            "middle" => Some("MID"),
            "end" | "close" => Some("END"),
            _ => None,
        };
        if let Some(part) = part.filter(|_| self.w(k + 1) == "of") {
            return Some((part, k + 2));
        }
        if k > i {
            return None;
        }
        let modifier = match self.w(i) {
            "early" => "START",
            "mid" => "MID",
            "late" => "END",
            "around" | "circa" | "approximately" => "APPROX",
            _ => return None,
        };
        Some((modifier, i + 1))
    }

    /// "mid-2019", "mid-March", "mid-March 2019".
    pub(super) fn mid_token(&self, i: usize) -> Option<Match> {
        let (head, offset, rest) = lexicon::split_dash(self.w(i))?;
        if head != "mid" {
            return None;
        }
        let mut found = match lexicon::year(rest, 1000..=2999) {
            Some(year) => single(i + 1, self.date(i, i, format!("{year:04}"), Granularity::Year)),
            None => {
                let Some((month, false)) = lexicon::month(rest) else {
                    return None;
                };
                let t = &self.tokens[i];
                if !is_capitalized(&self.text[t.start + offset..t.end]) {
                    return None;
                }
                self.month_year(i, month, i + 1).or_else(|| {
                    let value = calendar::month(self.anchor, month, self.tense(i, i + 1));
                    single(i + 1, self.date(i, i, value, Granularity::Month))
                })
            }
        }?;
        found.items[0].modifier = Some("MID");
        Some(found)
    }
}
