//! Recognizers built on amounts of time: durations ("three years", "the past two
//! weeks"), dates counted from the anchor ("two weeks ago"), sets ("every Friday")
//! and clock times.

use tidings_model::{Granularity, TimexType};

use super::{single, Item, Match, Scanner};
use crate::calendar::{self, Unit};
use crate::lexicon;

/// How many units: "3", "1.5" or an unspecified number ("several").
#[derive(Clone, Copy)]
enum Amount<'s> {
    Whole(i64),
    Decimal(&'s str),
    Vague,
}

impl Amount<'_> {
    fn whole(self) -> Option<i64> {
        match self {
            Amount::Whole(n) => Some(n),
            Amount::Decimal(_) | Amount::Vague => None,
        }
    }

    /// The TIMEX3 spelling: "3", "1.5", "X".
    fn text(self) -> String {
        match self {
            Amount::Whole(n) => n.to_string(),
            Amount::Decimal(d) => d.to_string(),
            Amount::Vague => "X".to_string(),
        }
    }
}

/// An amount read at some tokens, and the token after them.
struct Count<'s> {
    amount: Amount<'s>,
    next: usize,
}

impl Scanner<'_> {
    fn count(&self, k: usize) -> Option<Count<'_>> {
        let count = |amount, next| Some(Count { amount, next });
        let w = self.w(k);
        match (w, self.w(k + 1), self.w(k + 2)) {
            ("a" | "an", "couple", "of") => count(Amount::Whole(2), k + 3),
            ("a", "few", _) => count(Amount::Vague, k + 2),
            ("a", "dozen", _) => count(Amount::Whole(12), k + 2),
            ("a" | "an", ..) => count(Amount::Whole(1), k + 1),
            ("couple", "of", _) => count(Amount::Whole(2), k + 2),
            ("dozens" | "hundreds" | "thousands", "of", _) => count(Amount::Vague, k + 2),
            _ if lexicon::is_vague_count(w) => count(Amount::Vague, k + 1),
            _ if self.is_number(k) => count(numeral(w)?, k + 1),
            _ => count(Amount::Whole(lexicon::number(w)?), k + 1),
        }
    }

    pub(super) fn starts_amount(&self, k: usize) -> bool {
        self.count(k).is_some() || lexicon::unit(self.w(k)).is_some()
    }

    /// "the past two weeks", "the last 24 hours", "the past year", "recent years", "the coming days".
    pub(super) fn period(&self, i: usize) -> Option<Match> {
        let k = if self.w(i) == "the" { i + 1 } else { i };
        let word = self.w(k);
        let past = matches!(word, "past" | "last" | "previous" | "recent");
        if !past && !matches!(word, "next" | "coming") {
            return None;
        }
        if let Some(count) = self.count(k + 1) {
            let (unit, _) = lexicon::unit(self.w(count.next))?;
            let value = unit.duration(&count.amount.text());
            return single(count.next + 1, self.duration(i, count.next, value));
        }
        let (unit, plural) = lexicon::unit(self.w(k + 1))?;
        if plural {
            let value = if past { "PAST_REF" } else { "FUTURE_REF" };
            return single(k + 2, self.date(i, k + 1, value, Granularity::Vague));
        }
        // "the past week" is a week-long duration; "last week" (no article) is a date.
        let whole = (word == "past" || (word == "last" && k > i)) && self.w(k + 2) != "of";
        whole.then(|| Match { next: k + 2, items: vec![self.duration(i, k + 1, unit.duration("1"))] })
    }

    /// "three years", "about two weeks ago", "48-hour", "two days later".
    pub(super) fn quantity(&self, i: usize) -> Option<Match> {
        let (modifier, k) = match (self.w(i), self.w(i + 1)) {
            ("about" | "around" | "approximately" | "roughly" | "nearly" | "almost", _) => (Some("APPROX"), i + 1),
            ("more" | "over", "than") => (Some("MORE_THAN"), i + 2),
            ("over", _) if self.count(i + 1).is_some() => (Some("MORE_THAN"), i + 1),
            ("less" | "fewer", "than") => (Some("LESS_THAN"), i + 2),
            ("at", "least") => (Some("EQUAL_OR_MORE"), i + 2),
            ("up", "to") => (Some("EQUAL_OR_LESS"), i + 2),
            _ => (None, i),
        };
        let mut found = self.compound(k).or_else(|| self.counted(k))?;
        if modifier.is_some() {
            found.items[0].start = self.tokens[i].start;
            found.items[0].modifier = modifier;
        }
        Some(found)
    }

    /// A duration written as one hyphenated word: "48-hour", "three-day".
    fn compound(&self, k: usize) -> Option<Match> {
        let (left, _, right) = lexicon::split_dash(self.w(k))?;
        let Some((unit, false)) = lexicon::unit(right) else {
            return None;
        };
        let n = lexicon::digits_only(left, 1..=6).and_then(|d| d.parse().ok()).or_else(|| lexicon::number(left))?;
        single(k + 1, self.duration(k, k, unit.duration(&n.to_string())))
    }

    /// A count of units, then "ago", "from now", "later", "earlier" or nothing.
    fn counted(&self, k: usize) -> Option<Match> {
        let count = self.count(k)?;
        let u = count.next;
        let (unit, _) = lexicon::unit(self.w(u))?;
        if self.w(u + 1) == "old" {
            return None; // an age: "36 years old"
        }
        let gran = unit.granularity();
        match (self.w(u + 1), self.w(u + 2), count.amount.whole()) {
            ("ago", _, Some(n)) => single(u + 2, self.date(k, u + 1, self.anchored(unit, -n), gran)),
            ("ago", _, None) => single(u + 2, self.date(k, u + 1, "PAST_REF", Granularity::Vague)),
            ("from", "now", Some(n)) => single(u + 3, self.date(k, u + 2, self.anchored(unit, n), gran)),
            ("from", "now", None) => single(u + 3, self.date(k, u + 2, "FUTURE_REF", Granularity::Vague)),
            ("later" | "afterwards", _, Some(n)) => single(u + 2, self.date(k, u + 1, self.referenced(unit, n), gran)),
            ("earlier", _, Some(n)) => single(u + 2, self.date(k, u + 1, self.referenced(unit, -n), gran)),
            _ => single(u + 1, self.duration(k, u, unit.duration(&count.amount.text()))),
        }
    }

    /// "for years", "within hours", "years ago".
    pub(super) fn vague_units(&self, i: usize) -> Option<Match> {
        let Some((unit, true)) = lexicon::unit(self.w(i)) else {
            return None;
        };
        if self.w(i + 1) == "ago" {
            return single(i + 2, self.date(i, i + 1, "PAST_REF", Granularity::Vague));
        }
        // "for years", "within hours"; "after weeks of protests", "decades of conflict".
        let after_preposition = matches!(self.before(i), "for" | "in" | "within" | "over");
        let of_something = self.w(i + 1) == "of" && !matches!(self.before(i), "the" | "those" | "these");
        (after_preposition || of_something)
            .then(|| Match { next: i + 1, items: vec![self.duration(i, i, unit.duration("X"))] })
    }

    /// "every Friday", "every two weeks", "daily", "twice a week", "three times a year",
    /// "per day".
    pub(super) fn set(&self, i: usize) -> Option<Match> {
        let w = self.w(i);
        let unit = match w {
            "every" | "each" => return self.every(i),
            "once" | "twice" => return self.per_unit(i, i + 1),
            "per" => return self.per_unit(i, i),
            "a" | "an" if i > self.sentence.start && self.is_number(i - 1) => {
                return self.per_unit(i, i); // "15 a year"
            }
            "daily" | "nightly" => Unit::Day,
            "weekly" => Unit::Week,
            "monthly" => Unit::Month,
            "annually" | "yearly" | "annual" => Unit::Year,
            "hourly" => Unit::Hour,
            _ if self.w(i + 1) == "times" => {
                let count = self.count(i)?;
                return (count.next == i + 1).then(|| self.per_unit(i, i + 2)).flatten();
            }
            _ => return None,
        };
        if self.capitalized(i) && i > self.sentence.start {
            return None; // a name: "Daily Mail"
        }
        single(i + 1, self.item(i, i, unit.duration("1"), TimexType::Set, unit.granularity()))
    }

    fn every(&self, i: usize) -> Option<Match> {
        if let Some((day, false)) = lexicon::weekday(self.w(i + 1)) {
            return single(i + 2, self.item(i, i + 1, calendar::every(day), TimexType::Set, Granularity::Day));
        }
        let (text, u) = match self.count(i + 1) {
            Some(count) => (count.amount.text(), count.next),
            None => ("1".to_string(), i + 1),
        };
        let (unit, _) = lexicon::unit(self.w(u))?;
        single(u + 1, self.item(i, u, unit.duration(&text), TimexType::Set, unit.granularity()))
    }

    /// A set from token `i` whose "a", "per" or "every" is at `k`: "twice a week".
    fn per_unit(&self, i: usize, k: usize) -> Option<Match> {
        if !matches!(self.w(k), "a" | "an" | "per" | "every" | "each") {
            return None;
        }
        let Some((unit, false)) = lexicon::unit(self.w(k + 1)) else {
            return None;
        };
        single(k + 2, self.item(i, k + 1, unit.duration("1"), TimexType::Set, unit.granularity()))
    }

    /// "10:30", "10:30 a.m.", "3 pm", "3pm", "noon", "midnight", "0040 UTC", "about 2am",
    /// "16:00 UTC today". The day comes from a day named right after ("12:00 UTC
    /// Monday"), else from a date of the same sentence (see [`super::fill_days`]), else
    /// from the last day the text named.
    pub(super) fn clock(&self, i: usize) -> Option<Match> {
        let approx = matches!(self.w(i), "about" | "around" | "approximately" | "roughly" | "circa");
        let at = if approx { i + 1 } else { i };
        let (mut item, mut last) = self.clock_at(at)?;
        if matches!(self.w(last + 1), "utc" | "gmt") {
            last += 1;
            item.value.push('Z');
        }
        if let Some(part) = lexicon::part_of_day(self.w(last + 3)).filter(|_| self.part_follows(last)) {
            // "3:30 in the morning", "8 in the evening".
            let hour: u8 = item.value.get(11..13).and_then(|h| h.parse().ok()).unwrap_or(0);
            if matches!(part, "AF" | "EV" | "NI") && (1..12).contains(&hour) && !self.has_meridiem(at, last) {
                item.value.replace_range(11..13, &format!("{:02}", hour + 12));
            }
            last += 3;
        }
        if let Some(day) = self.best(&[Self::weekday, Self::deictic], last + 1) {
            let named = &day.items[0];
            let plain_day = named.gran == Granularity::Day;
            if let (1, true, Some(date)) = (day.items.len(), plain_day, calendar::full_day(&named.value)) {
                item.value.replace_range(..10, date);
                item.needs_day = false;
                last = day.next - 1;
            }
        }
        if approx {
            item.modifier = Some("APPROX");
        }
        item.start = self.tokens[i].start;
        item.end = self.tokens[last].end;
        single(last + 1, item)
    }

    /// Whether "in the morning" (or another part of the day) follows token `last`.
    fn part_follows(&self, last: usize) -> bool {
        self.w(last + 1) == "in" && self.w(last + 2) == "the" && lexicon::part_of_day(self.w(last + 3)).is_some()
    }

    /// Whether the clock time over tokens `first..=last` says a.m. or p.m.
    fn has_meridiem(&self, first: usize, last: usize) -> bool {
        (first..=last).any(|k| split_meridiem(self.w(k)).1.is_some() || meridiem(self.w(k)).is_some())
    }

    /// A clock time at token `i`, and its last token.
    fn clock_at(&self, i: usize) -> Option<(Item, usize)> {
        match self.w(i) {
            "noon" | "midday" => return Some((self.clock_item(i, i, 12, 0), i)),
            "midnight" => return Some((self.clock_item(i, i, 24, 0), i)),
            _ => {}
        }
        // "0040 UTC": four digits are a time only with their zone.
        if let Some(digits) = lexicon::digits_only(self.w(i), 4..=4).filter(|_| matches!(self.w(i + 1), "utc" | "gmt"))
        {
            let (hour, minute): (u8, u8) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            return (hour < 24 && minute < 60).then(|| (self.clock_item(i, i, hour, minute), i));
        }
        let (hour_text, mut pm) = split_meridiem(self.w(i));
        let hour: u8 = lexicon::digits_only(hour_text, 1..=2)?.parse().ok()?;
        let mut last = i;
        let mut minute = None;
        if pm.is_none() && self.w(i + 1) == ":" && self.touching(i + 1) && self.touching(i + 2) {
            let (minute_text, minute_pm) = split_meridiem(self.w(i + 2));
            if let Some(m) = lexicon::digits_only(minute_text, 2..=2).and_then(|m| m.parse().ok()) {
                minute = Some(m);
                pm = minute_pm;
                last = i + 2;
            }
        }
        if pm.is_none() {
            pm = meridiem(self.w(last + 1));
            if pm.is_some() {
                last += 1;
            }
        }
        let hour = match pm {
            Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
            Some(_) => return None,
            // A bare "10" is no time, "8 in the evening" is.
            None if minute.is_none() && (1..=12).contains(&hour) && self.part_follows(last) => hour,
            None => minute.map(|_| hour)?,
        };
        let minute = minute.unwrap_or(0);
        (hour < 24 && minute < 60).then(|| (self.clock_item(i, last, hour, minute), last))
    }

    fn clock_item(&self, first: usize, last: usize, hour: u8, minute: u8) -> Item {
        let day = self.day.map_or_else(|| "XXXX-XX-XX".to_string(), calendar::day_value);
        let value = format!("{day}T{hour:02}:{minute:02}");
        let mut item = self.item(first, last, value, TimexType::Time, Granularity::Time);
        item.needs_day = true;
        item
    }
}

/// A number token as an amount: "48", "1,200", "1.5".
fn numeral(w: &str) -> Option<Amount<'_>> {
    if let Some((whole, fraction)) = w.split_once('.') {
        lexicon::digits_only(whole, 1..=6)?;
        lexicon::digits_only(fraction, 1..=3)?;
        return Some(Amount::Decimal(w));
    }
    let mut n: i64 = 0;
    for b in w.bytes().filter(|b| *b != b',') {
        if !b.is_ascii_digit() || n > 100_000 {
            return None;
        }
        n = n * 10 + i64::from(b - b'0');
    }
    Some(Amount::Whole(n))
}

/// "a.m." / "am" → false, "p.m." / "pm" → true.
fn meridiem(w: &str) -> Option<bool> {
    match w {
        "a.m." | "a.m" | "am" => Some(false),
        "p.m." | "p.m" | "pm" => Some(true),
        _ => None,
    }
}

/// Splits "3pm" into "3" and its meridiem.
fn split_meridiem(w: &str) -> (&str, Option<bool>) {
    for (suffix, pm) in [("am", false), ("pm", true)] {
        if let Some(number) = w.strip_suffix(suffix).filter(|n| !n.is_empty()) {
            if number.bytes().all(|b| b.is_ascii_digit()) {
                return (number, Some(pm));
            }
        }
    }
    (w, None)
}
