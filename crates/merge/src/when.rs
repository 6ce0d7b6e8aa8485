//! TIMEX3 date values as day intervals, for comparing dates of different precision,
//! and what a value without a year still says (`XXXX-04-15`, `XXXX-WXX-1`).

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DD` of a day number.
pub fn civil(z: i64) -> String {
    let (y, m, d) = ymd(z);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month and day of a day number.
pub fn ymd(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// ISO weekday of a day number: 1 Monday … 7 Sunday.
fn weekday(z: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    ((z + 3).rem_euclid(7) + 1) as u8
}

fn days_in_month(y: i64, m: i64) -> i64 {
    days(if m == 12 { y + 1 } else { y }, if m == 12 { 1 } else { m + 1 }, 1) - days(y, m, 1)
}

/// A closed interval of days, with how precise the value that gave it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Interval {
    pub start: i64,
    pub end: i64,
    /// ACLED's time_precision: 1 day, 2 week, 3 month or coarser.
    pub precision: u8,
}

impl Interval {
    pub fn len(&self) -> i64 {
        self.end - self.start + 1
    }

    pub fn is_empty(&self) -> bool {
        self.end < self.start
    }

    /// Whether the intervals share a day, allowing `slack` days between them.
    pub fn meets(&self, other: &Interval, slack: i64) -> bool {
        self.start <= other.end + slack && other.start <= self.end + slack
    }
}

/// The interval of a TIMEX3 date value: `2024-03-07`, `2024-03-07TMO`, `2024-03`,
/// `2024-W10`, `2024-SU`, `2024`, `199X`. Values without a known year (`XXXX-03-07`),
/// durations and `PAST_REF` have none.
pub fn interval(value: &str) -> Option<Interval> {
    let date = value.split('T').next()?;
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str| -> Option<i64> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let year_part = *parts.first()?;
    if year_part.len() != 4 {
        return None;
    }
    if let Some(decade) = year_part.strip_suffix('X').filter(|d| d.len() == 3).and_then(num) {
        return Some(Interval { start: days(decade * 10, 1, 1), end: days(decade * 10 + 9, 12, 31), precision: 3 });
    }
    let y = num(year_part)?;
    match parts.as_slice() {
        [_] => Some(Interval { start: days(y, 1, 1), end: days(y, 12, 31), precision: 3 }),
        [_, w] if w.starts_with('W') && w != &"WI" => {
            let week = num(&w[1..])?;
            let jan4 = days(y, 1, 4);
            let monday = jan4 - (jan4 + 3).rem_euclid(7) + (week - 1) * 7;
            Some(Interval { start: monday, end: monday + 6, precision: 2 })
        }
        [_, s] if matches!(*s, "SP" | "SU" | "FA" | "WI") => {
            let (m0, m1) = match *s {
                "SP" => (3, 5),
                "SU" => (6, 8),
                "FA" => (9, 11),
                _ => (12, 14),
            };
            let end_y = y + (m1 - 1) / 12;
            let end_m = (m1 - 1) % 12 + 1;
            Some(Interval { start: days(y, m0, 1), end: days(end_y, end_m, days_in_month(end_y, end_m)), precision: 3 })
        }
        [_, m] => {
            let m = num(m).filter(|m| (1..=12).contains(m))?;
            Some(Interval { start: days(y, m, 1), end: days(y, m, days_in_month(y, m)), precision: 3 })
        }
        [_, m, d] => {
            let m = num(m).filter(|m| (1..=12).contains(m))?;
            let d = num(d).filter(|d| (1..=days_in_month(y, m)).contains(d))?;
            let day = days(y, m, d);
            Some(Interval { start: day, end: day, precision: 1 })
        }
        _ => None,
    }
}

/// A date without a year that still narrows the day down: a day of the year
/// (`XXXX-04-15`), a month (`XXXX-04`), a weekday (`XXXX-WXX-1`) or the weekend
/// (`XXXX-WXX-WE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recurring {
    month: Option<u8>,
    day: Option<u8>,
    /// Bit `n - 1` set for ISO weekday `n`; 0 for any day of the week.
    weekdays: u8,
}

impl Recurring {
    /// Whether day number `z` is one of its days.
    pub fn admits(&self, z: i64) -> bool {
        let (_, m, d) = ymd(z);
        self.month.is_none_or(|x| i64::from(x) == m)
            && self.day.is_none_or(|x| i64::from(x) == d)
            && (self.weekdays == 0 || self.weekdays & (1 << (weekday(z) - 1)) != 0)
    }

    /// Its month and day, when it has both (`XXXX-04-15`).
    pub fn month_day(&self) -> Option<(i64, i64)> {
        Some((i64::from(self.month?), i64::from(self.day?)))
    }

    /// Known to the day (of the year or of the week).
    fn day_level(&self) -> bool {
        self.day.is_some() || self.weekdays != 0
    }
}

/// What a date value says about the day of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A known interval of days ([`interval`]).
    Anchored(Interval),
    /// A day, month or weekday without a year ([`Recurring`]).
    Recurring(Recurring),
    /// On or before this day (a named incident told without a date of its own, dated
    /// from the publication): the news of the week before it, or an incident recalled
    /// from any time before.
    Before(i64),
    /// Nothing: no date, `PAST_REF`, `XXXX-XX-XX`, a duration.
    Unknown,
}

/// How two dates compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// Known intervals of at most a month that meet, or a year-less `MM-DD` on that
    /// very day: evidence that the dates are one.
    Agree,
    /// Nothing rules out one day for both, but nothing ties them either (a weekday and
    /// a day that falls on it, a year and a day in it, a year and a year-less day, an
    /// unknown date).
    Consistent,
    /// No day fits both.
    Contradict,
}

/// The [`Recurring`] of a year-less TIMEX3 value: `XXXX-MM-DD`, `XXXX-MM`,
/// `XXXX-WXX-N`, `XXXX-WXX-WE` (a time of day after `T` is ignored).
pub fn recurring(value: &str) -> Option<Recurring> {
    let date = value.split('T').next()?;
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str| -> Option<u8> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let r = match parts.as_slice() {
        ["XXXX", "WXX", "WE"] => Recurring { month: None, day: None, weekdays: 0b110_0000 },
        ["XXXX", "WXX", n] => {
            let n = num(n).filter(|n| (1..=7).contains(n))?;
            Recurring { month: None, day: None, weekdays: 1 << (n - 1) }
        }
        ["XXXX", m] => Recurring { month: Some(num(m).filter(|m| (1..=12).contains(m))?), day: None, weekdays: 0 },
        ["XXXX", m, d] => {
            let month = num(m).filter(|m| (1..=12).contains(m))?;
            // A leap year holds every month-day.
            let day = num(d).filter(|&d| i64::from(d) <= days_in_month(2000, i64::from(month)) && d >= 1)?;
            Recurring { month: Some(month), day: Some(day), weekdays: 0 }
        }
        _ => return None,
    };
    Some(r)
}

/// What `value` says. A day `inferred` from the publication date stands for the week
/// up to it.
pub fn when(value: &str, inferred: bool) -> When {
    match interval(value) {
        Some(iv) if inferred && iv.precision == 1 => {
            // The publication date: the event happened on it or in the days before.
            When::Anchored(Interval { start: iv.start - 7, end: iv.end, precision: 2 })
        }
        Some(iv) => When::Anchored(iv),
        None => recurring(value).map_or(When::Unknown, When::Recurring),
    }
}

/// How two dates compare. Two days may be one apart (reports straddle midnight and
/// time zones).
pub fn relation(a: &When, b: &When) -> Relation {
    match (a, b) {
        (When::Anchored(x), When::Anchored(y)) => {
            let slack = if x.precision == 1 && y.precision == 1 { 1 } else { 0 };
            if !x.meets(y, slack) {
                Relation::Contradict
            } else if x.len() <= 31 && y.len() <= 31 {
                Relation::Agree
            } else {
                // A year (a season, a decade) holds too many events to tie any.
                Relation::Consistent
            }
        }
        (When::Anchored(iv), When::Recurring(r)) | (When::Recurring(r), When::Anchored(iv)) => {
            let slack = if iv.precision == 1 && r.day_level() { 1 } else { 0 };
            if !(iv.start - slack..=iv.end + slack).any(|z| r.admits(z)) {
                Relation::Contradict
            } else if iv.precision == 1 && r.day.is_some() {
                Relation::Agree
            } else {
                Relation::Consistent
            }
        }
        (When::Recurring(x), When::Recurring(y)) => {
            if recurring_fit(x, y) {
                Relation::Consistent
            } else {
                Relation::Contradict
            }
        }
        (When::Before(day), When::Anchored(iv)) | (When::Anchored(iv), When::Before(day)) => {
            // The news of the week, or an incident recalled from any time before.
            let week = Interval { start: day - 7, end: *day, precision: 2 };
            if iv.start > *day {
                Relation::Contradict
            } else if iv.len() <= 31 && iv.meets(&week, 0) {
                Relation::Agree
            } else {
                Relation::Consistent
            }
        }
        (When::Unknown | When::Before(_), _) | (_, When::Unknown | When::Before(_)) => Relation::Consistent,
    }
}

/// Whether two year-less dates can name one day (give or take one when both are
/// day-level), in some year.
fn recurring_fit(x: &Recurring, y: &Recurring) -> bool {
    let slack = i64::from(x.day_level() && y.day_level());
    if x.weekdays != 0 && y.weekdays != 0 {
        // Weekdays one apart are allowed: widen x's by a day each way (Sunday to Monday).
        let w = x.weekdays;
        let (next, prev) = (((w << 1) | (w >> 6)) & 0x7f, ((w >> 1) | (w << 6)) & 0x7f);
        let widened = if slack == 1 { w | next | prev } else { w };
        if widened & y.weekdays == 0 {
            return false;
        }
    }
    // The month and day parts, tried on every day of a leap year (with the slack).
    match (x.month, y.month) {
        (Some(_), Some(_)) => {
            let year = days(2000, 1, 1)..days(2001, 1, 1);
            let plain = |r: &Recurring| Recurring { weekdays: 0, ..*r };
            let (px, py) = (plain(x), plain(y));
            year.clone().any(|z| px.admits(z) && (z - slack..=z + slack).any(|w| py.admits(w)))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_of_values() {
        let day = interval("2024-03-07").unwrap();
        assert_eq!((civil(day.start), day.precision), ("2024-03-07".to_string(), 1));
        assert_eq!(interval("2024-03-07TMO").unwrap(), day);
        let month = interval("2024-02").unwrap();
        assert_eq!((civil(month.start), civil(month.end)), ("2024-02-01".into(), "2024-02-29".into()));
        let week = interval("2024-W10").unwrap();
        assert_eq!((civil(week.start), civil(week.end), week.precision), ("2024-03-04".into(), "2024-03-10".into(), 2));
        assert_eq!(civil(interval("2020-WI").unwrap().end), "2021-02-28");
        assert_eq!(civil(interval("199X").unwrap().end), "1999-12-31");
        assert!(!month.meets(&day, 0) && interval("2024-03").unwrap().meets(&day, 0));
        for none in ["XXXX-03-07", "PAST_REF", "P3D", "2024-13", "2023-02-29"] {
            assert_eq!(interval(none), None, "{none}");
        }
    }

    #[test]
    fn year_less_values_narrow_the_day() {
        let monday = interval("2013-04-15").unwrap();
        assert!(recurring("XXXX-04-15").unwrap().admits(monday.start));
        assert!(recurring("XXXX-WXX-1").unwrap().admits(monday.start));
        assert!(!recurring("XXXX-WXX-WE").unwrap().admits(monday.start));
        assert!(recurring("XXXX-WXX-WE").unwrap().admits(monday.start - 1));
        assert!(recurring("XXXX-02-29").is_some());
        for none in ["XXXX-13", "XXXX-04-31", "XXXX-WXX-8", "2013-04-15", "XXXX-XX-XX", "PAST_REF"] {
            assert_eq!(recurring(none), None, "{none}");
        }
        assert_eq!(when("XXXX-XX-XX", false), When::Unknown);
        let inferred = when("2013-04-15", true);
        assert_eq!(inferred, When::Anchored(Interval { start: monday.start - 7, end: monday.start, precision: 2 }));
    }

    #[test]
    fn relations_of_dates() {
        let w = |v: &str| when(v, false);
        let rel = |a: &str, b: &str| relation(&w(a), &w(b));
        use Relation::*;
        // Known intervals.
        assert_eq!(rel("2013-04-15", "2013-04-16"), Agree);
        assert_eq!(rel("2013-04-15", "2013-04"), Agree);
        assert_eq!(rel("2013-04-15", "2013"), Consistent);
        assert_eq!(rel("2013-04-15", "2013-SU"), Contradict);
        assert_eq!(rel("2013-04-15", "2013-04-17"), Contradict);
        // A year-less day meets that day of any year; a year holds it but says nothing.
        assert_eq!(rel("XXXX-04-15", "2013-04-15"), Agree);
        assert_eq!(rel("XXXX-04-15", "2013-04-16"), Agree);
        assert_eq!(rel("XXXX-04-15", "2013"), Consistent);
        assert_eq!(rel("XXXX-04-15", "2013-05"), Contradict);
        assert_eq!(rel("XXXX-04", "2013-05-01"), Contradict);
        // Weekdays: the day fits or is one off, or not.
        assert_eq!(rel("XXXX-WXX-1", "2013-04-15"), Consistent);
        assert_eq!(rel("XXXX-WXX-2", "2013-04-15"), Consistent);
        assert_eq!(rel("XXXX-WXX-3", "2013-04-15"), Contradict);
        assert_eq!(rel("XXXX-WXX-WE", "2016-09-17"), Consistent);
        // Two year-less values.
        assert_eq!(rel("XXXX-08-04", "XXXX-08-05"), Consistent);
        assert_eq!(rel("XXXX-08-04", "XXXX-08-20"), Contradict);
        assert_eq!(rel("XXXX-12-31", "XXXX-01-01"), Consistent);
        assert_eq!(rel("XXXX-WXX-7", "XXXX-WXX-1"), Consistent);
        assert_eq!(rel("XXXX-WXX-WE", "XXXX-WXX-3"), Contradict);
        assert_eq!(rel("XXXX-WXX-5", "XXXX-08-04"), Consistent);
        // Nothing known, or only an upper bound.
        assert_eq!(rel("PAST_REF", "2013-04-15"), Consistent);
        let by = When::Before(interval("2014-06-04").unwrap().start);
        assert_eq!(relation(&by, &w("2013-04-15")), Consistent);
        assert_eq!(relation(&by, &w("2014-06-02")), Agree);
        assert_eq!(relation(&by, &w("2014-07")), Contradict);
    }
}
