//! Calendar arithmetic and TIMEX3 value formatting.
//!
//! Everything here is a pure function of dates and numbers: the scanner decides
//! *what* an expression means ("the Friday before the anchor"), this module computes
//! *which* day, week, month or season that is and spells its TIMEX3 value.

use jiff::civil::{Date, ISOWeekDate, Weekday};
use tidings_model::Granularity;

/// A calendar unit, as counted in durations and relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The granularity of a point in time counted in this unit ("3 days ago" is a day).
    pub(crate) fn granularity(self) -> Granularity {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Granularity::Day,
            Unit::Week | Unit::Weekend | Unit::Fortnight => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Year => Granularity::Year,
            Unit::Decade => Granularity::Decade,
            Unit::Century => Granularity::Century,
        }
    }

    /// The TIMEX3 duration of `count` units; `count` is a number or `X` (unknown).
    pub(crate) fn duration(self, count: &str) -> String {
        match self {
            Unit::Second => format!("PT{count}S"),
            Unit::Minute => format!("PT{count}M"),
            Unit::Hour => format!("PT{count}H"),
            Unit::Day => format!("P{count}D"),
            Unit::Week => format!("P{count}W"),
            Unit::Weekend => format!("P{count}WE"),
            Unit::Fortnight => match count.parse::<u32>() {
                Ok(n) => format!("P{}W", u64::from(n) * 2),
                Err(_) => "PXW".to_string(),
            },
            Unit::Month => format!("P{count}M"),
            Unit::Year => format!("P{count}Y"),
            Unit::Decade => format!("P{count}DE"),
            Unit::Century => format!("P{count}CE"),
        }
    }

    /// The value of a point at this unit's granularity whose date is unknown.
    pub(crate) fn unknown(self) -> &'static str {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
            Unit::Week | Unit::Fortnight => "XXXX-WXX",
            Unit::Weekend => "XXXX-WXX-WE",
            Unit::Month => "XXXX-XX",
            Unit::Year | Unit::Decade => "XXXX",
            Unit::Century => "XX",
        }
    }
}

/// Which occurrence of a repeating date ("March 7", "Friday", "summer") is meant,
/// relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    /// Strictly before the anchor ("last Friday").
    Last,
    /// In the anchor's own week, year or season ("this Friday").
    This,
    /// Strictly after the anchor ("next Friday").
    Next,
    /// On or before the anchor (a past-tense sentence).
    Past,
    /// On or after the anchor (a future-tense sentence).
    Future,
    /// Whichever is nearest, the past on a tie (no tense cue).
    Nearest,
}

/// A season, as TIMEX3 spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first month of the season; a winter belongs to the year of its December.
    fn first_month(self) -> i64 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    /// The value of this season in `year`.
    pub(crate) fn in_year(self, year: i16) -> String {
        format!("{year:04}-{}", self.code())
    }
}

/// `2024-03-07`.
pub(crate) fn day_value(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// The last valid day of `month` in any year (29 for February).
fn max_day(month: i8) -> Option<i8> {
    match month {
        2 => Some(29),
        4 | 6 | 9 | 11 => Some(30),
        1..=12 => Some(31),
        _ => None,
    }
}

/// The value of a day; with no year, `XXXX-MM-DD` if the day can exist at all.
pub(crate) fn on_day(year: Option<i16>, month: i8, day: i8) -> Option<String> {
    match year {
        Some(y) => Date::new(y, month, day).ok().map(day_value),
        None => (day >= 1 && day <= max_day(month)?).then(|| format!("XXXX-{month:02}-{day:02}")),
    }
}

/// `date` moved by `n` units and spelled at the unit's granularity: a week as
/// `2024-W10`, a decade as `201X`. Hours and smaller move by whole days.
pub(crate) fn shift(base: Date, unit: Unit, n: i64) -> Option<String> {
    let span = jiff::Span::new();
    let span = match unit {
        Unit::Second => span.try_days(n / 86_400),
        Unit::Minute => span.try_days(n / 1_440),
        Unit::Hour => span.try_days(n / 24),
        Unit::Day => span.try_days(n),
        Unit::Week | Unit::Weekend => span.try_weeks(n),
        Unit::Fortnight => span.try_weeks(n.checked_mul(2)?),
        Unit::Month => span.try_months(n),
        Unit::Year => span.try_years(n),
        Unit::Decade => span.try_years(n.checked_mul(10)?),
        Unit::Century => span.try_years(n.checked_mul(100)?),
    }
    .ok()?;
    let date = base.checked_add(span).ok()?;
    (date.year() >= 0).then(|| at_granularity(date, unit))
}

fn at_granularity(date: Date, unit: Unit) -> String {
    let week = || {
        let iso = date.iso_week_date();
        format!("{:04}-W{:02}", iso.year(), iso.week())
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => day_value(date),
        Unit::Week | Unit::Fortnight => week(),
        Unit::Weekend => format!("{}-WE", week()),
        Unit::Month => format!("{:04}-{:02}", date.year(), date.month()),
        Unit::Year => format!("{:04}", date.year()),
        Unit::Decade => format!("{:03}X", date.year() / 10),
        Unit::Century => format!("{:02}", date.year() / 100),
    }
}

/// Picks the candidate that `rel` asks for, each candidate given with its signed
/// distance from the anchor (negative: before it).
fn choose<T>(candidates: impl IntoIterator<Item = (i64, T)>, rel: Rel) -> Option<T> {
    let fits = |offset: i64| match rel {
        Rel::Last => offset < 0,
        Rel::Next => offset > 0,
        Rel::Past => offset <= 0,
        Rel::Future => offset >= 0,
        Rel::This | Rel::Nearest => true,
    };
    candidates
        .into_iter()
        .filter(|(offset, _)| fits(*offset))
        .min_by_key(|(offset, _)| (offset.abs(), *offset > 0))
        .map(|(_, t)| t)
}

/// The day `month`/`day` of the year `rel` picks around the anchor; `None` if no
/// year has that day (February 30).
pub(crate) fn month_day(anchor: Option<Date>, month: i8, day: i8, rel: Rel) -> Option<String> {
    let Some(a) = anchor else {
        return on_day(None, month, day);
    };
    // Nine years around the anchor always hold a February 29.
    let candidates = (-4..=4)
        .filter_map(|k| Date::new(a.year().checked_add(k)?, month, day).ok())
        .map(|d| (d.duration_since(a).as_secs() / 86_400, d));
    choose(candidates, rel).map(day_value)
}

fn month_index(year: i64, month: i64) -> i64 {
    year * 12 + month - 1
}

/// The month `month` of the year `rel` picks around the anchor (`XXXX-05` without one).
pub(crate) fn month(anchor: Option<Date>, month: i8, rel: Rel) -> String {
    let Some(a) = anchor else {
        return format!("XXXX-{month:02}");
    };
    let here = month_index(a.year().into(), a.month().into());
    let year = match rel {
        Rel::This => i64::from(a.year()),
        _ => {
            let candidates =
                (-1..=1).map(|k| i64::from(a.year()) + k).map(|y| (month_index(y, month.into()) - here, y));
            choose(candidates, rel).unwrap_or(a.year().into())
        }
    };
    format!("{year:04}-{month:02}")
}

/// Every `weekday` (`XXXX-WXX-5` for Fridays): a set, or a weekday with no anchor.
pub(crate) fn every(weekday: Weekday) -> String {
    format!("XXXX-WXX-{}", weekday.to_monday_one_offset())
}

/// The `weekday` that `rel` picks around the anchor (`XXXX-WXX-5` without one).
pub(crate) fn weekday(anchor: Option<Date>, weekday: Weekday, rel: Rel) -> String {
    let Some(a) = anchor else {
        return every(weekday);
    };
    let base = i64::from(weekday.to_monday_zero_offset() - a.weekday().to_monday_zero_offset());
    let offset = match rel {
        Rel::This => base,
        _ => choose((-1..=1).map(|k| (base + 7 * k, base + 7 * k)), rel).unwrap_or(base),
    };
    shift(a, Unit::Day, offset).unwrap_or_else(|| Unit::Day.unknown().to_string())
}

/// The `season` that `rel` picks around the anchor (`XXXX-SU` without one).
pub(crate) fn season(anchor: Option<Date>, season: Season, rel: Rel) -> String {
    let Some(a) = anchor else {
        return format!("XXXX-{}", season.code());
    };
    let here = month_index(a.year().into(), a.month().into());
    let starts = (-2..=1).map(|k| i64::from(a.year()) + k).map(|y| (y, month_index(y, season.first_month())));
    let distance = |start: i64| {
        if (start..start + 3).contains(&here) {
            0
        } else {
            (start - here).abs().min((start + 2 - here).abs())
        }
    };
    let year = match rel {
        Rel::Last => starts.filter(|(_, s)| s + 3 <= here).map(|(y, _)| y).max(),
        Rel::Next => starts.filter(|(_, s)| *s > here).map(|(y, _)| y).min(),
        Rel::Past => starts.filter(|(_, s)| *s <= here).map(|(y, _)| y).max(),
        Rel::Future => starts.filter(|(_, s)| s + 3 > here).map(|(y, _)| y).min(),
        Rel::This | Rel::Nearest => starts.min_by_key(|(_, s)| distance(*s)).map(|(y, _)| y),
    };
    format!("{:04}-{}", year.unwrap_or(a.year().into()), season.code())
}

/// The `YYYY-MM-DD` a date or time value starts with, if it names a full day.
pub(crate) fn full_day(value: &str) -> Option<&str> {
    let day = value.get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then_some(day)
}

fn number<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// See [`crate::start_key`].
pub(crate) fn start_key(value: &str) -> Option<(i32, u8, u8)> {
    if let Some(century) = number::<i32>(value, 2) {
        return Some((century * 100, 0, 0));
    }
    if let Some(decade) = value.strip_suffix('X').and_then(|d| number::<i32>(d, 3)) {
        return Some((decade * 10, 0, 0));
    }
    let year = number::<i32>(value.get(..4)?, 4)?;
    let rest = &value[4..];
    if rest.is_empty() {
        return Some((year, 0, 0));
    }
    let rest = rest.strip_prefix('-')?;
    let part = rest.get(..2)?;
    let tail = &rest[2..];
    match part {
        "SP" | "SU" | "FA" | "WI" | "Q1" | "Q2" | "Q3" | "Q4" | "H1" | "H2" if tail.is_empty() => {
            let month = match part {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                "WI" => 12,
                "Q1" | "H1" => 1,
                "Q2" => 4,
                "Q3" | "H2" => 7,
                _ => 10,
            };
            Some((year, month, 0))
        }
        _ if part.starts_with('W') => week_start(year, rest),
        _ => {
            let month = number::<u8>(part, 2).filter(|m| (1..=12).contains(m))?;
            month_start(year, month, tail)
        }
    }
}

/// The start of `YYYY-MM` followed by `tail`: nothing, `-DD`, `-DDT…`.
fn month_start(year: i32, month: u8, tail: &str) -> Option<(i32, u8, u8)> {
    if tail.is_empty() {
        return Some((year, month, 0));
    }
    let day = number::<u8>(tail.strip_prefix('-')?.get(..2)?, 2)?;
    let after = &tail[3..];
    ((1..=31).contains(&day) && (after.is_empty() || after.starts_with('T'))).then_some((year, month, day))
}

/// The first day of an ISO week value `Www`, `Www-D` or `Www-WE`.
fn week_start(year: i32, rest: &str) -> Option<(i32, u8, u8)> {
    let week = number::<i8>(rest.get(1..3)?, 2)?;
    let weekday = match &rest[3..] {
        "" => Weekday::Monday,
        "-WE" => Weekday::Saturday,
        day => Weekday::from_monday_one_offset(number::<i8>(day.strip_prefix('-')?, 1)?).ok()?,
    };
    let date = ISOWeekDate::new(i16::try_from(year).ok()?, week, weekday).ok()?.date();
    Some((date.year().into(), date.month() as u8, date.day() as u8))
}

/// The first day a date value speaks of, for anchoring "the next day" and the like.
pub(crate) fn start_date(value: &str) -> Option<Date> {
    let (year, month, day) = start_key(value)?;
    Date::new(i16::try_from(year).ok()?, month.max(1) as i8, day.max(1) as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ANCHOR: Date = date(2024, 3, 9); // a Saturday

    #[test]
    fn weekdays_around_a_saturday() {
        let a = Some(ANCHOR);
        assert_eq!(weekday(a, Weekday::Friday, Rel::Last), "2024-03-08");
        assert_eq!(weekday(a, Weekday::Saturday, Rel::Last), "2024-03-02");
        assert_eq!(weekday(a, Weekday::Saturday, Rel::Past), "2024-03-09");
        assert_eq!(weekday(a, Weekday::Tuesday, Rel::Past), "2024-03-05");
        assert_eq!(weekday(a, Weekday::Tuesday, Rel::Future), "2024-03-12");
        assert_eq!(weekday(a, Weekday::Tuesday, Rel::Nearest), "2024-03-12");
        assert_eq!(weekday(a, Weekday::Wednesday, Rel::Nearest), "2024-03-06");
        assert_eq!(weekday(a, Weekday::Monday, Rel::This), "2024-03-04");
        assert_eq!(weekday(a, Weekday::Sunday, Rel::Next), "2024-03-10");
        assert_eq!(weekday(None, Weekday::Friday, Rel::Past), "XXXX-WXX-5");
    }

    #[test]
    fn year_less_days_follow_the_tense() {
        let a = Some(ANCHOR);
        assert_eq!(month_day(a, 3, 7, Rel::Past).unwrap(), "2024-03-07");
        assert_eq!(month_day(a, 3, 7, Rel::Future).unwrap(), "2025-03-07");
        assert_eq!(month_day(a, 12, 25, Rel::Past).unwrap(), "2023-12-25");
        assert_eq!(month_day(a, 12, 25, Rel::Nearest).unwrap(), "2023-12-25");
        assert_eq!(month_day(a, 5, 1, Rel::Nearest).unwrap(), "2024-05-01");
        assert_eq!(month_day(Some(date(2023, 3, 1)), 2, 29, Rel::Past).unwrap(), "2020-02-29");
        assert_eq!(month_day(a, 2, 30, Rel::Past), None);
        assert_eq!(month_day(None, 3, 7, Rel::Past).unwrap(), "XXXX-03-07");
    }

    #[test]
    fn months_and_seasons() {
        let a = Some(ANCHOR);
        assert_eq!(month(a, 5, Rel::Last), "2023-05");
        assert_eq!(month(a, 3, Rel::Last), "2023-03");
        assert_eq!(month(a, 5, Rel::Next), "2024-05");
        assert_eq!(month(a, 11, Rel::This), "2024-11");
        assert_eq!(month(a, 11, Rel::Nearest), "2023-11");
        assert_eq!(season(a, Season::Summer, Rel::Last), "2023-SU");
        assert_eq!(season(a, Season::Summer, Rel::This), "2024-SU");
        assert_eq!(season(a, Season::Winter, Rel::Last), "2023-WI");
        assert_eq!(season(a, Season::Winter, Rel::Next), "2024-WI");
        assert_eq!(season(a, Season::Spring, Rel::Past), "2024-SP");
    }

    #[test]
    fn shifts_spell_the_unit() {
        assert_eq!(shift(ANCHOR, Unit::Week, -2).unwrap(), "2024-W08");
        assert_eq!(shift(ANCHOR, Unit::Weekend, 0).unwrap(), "2024-W10-WE");
        assert_eq!(shift(ANCHOR, Unit::Month, -1).unwrap(), "2024-02");
        assert_eq!(shift(ANCHOR, Unit::Decade, -1).unwrap(), "201X");
        assert_eq!(shift(ANCHOR, Unit::Century, 0).unwrap(), "20");
        assert_eq!(shift(ANCHOR, Unit::Hour, -48).unwrap(), "2024-03-07");
        assert_eq!(shift(ANCHOR, Unit::Year, i64::MAX), None);
        assert_eq!(Unit::Fortnight.duration("2"), "P4W");
        assert_eq!(Unit::Hour.duration("X"), "PTXH");
    }

    #[test]
    fn start_keys_order_values_by_their_start() {
        let key = |v| start_key(v).unwrap();
        assert!(key("2016-07") < key("2016-07-03"));
        assert_eq!(key("2016-07-03"), key("2016-07-03TNI"));
        assert_eq!(key("2024-W10"), (2024, 3, 4));
        assert_eq!(key("2024-W10-5"), (2024, 3, 8));
        assert_eq!(key("2024-W10-WE"), (2024, 3, 9));
        assert_eq!(key("199X"), (1990, 0, 0));
        assert_eq!(key("19"), (1900, 0, 0));
        assert_eq!(key("2019-SU"), (2019, 6, 0));
        assert!(key("2015") < key("2015-01"));
        for not_a_date in ["XXXX-03-07", "PAST_REF", "P3Y", "2024-13", "2024-03-7", "", "2024-W99"] {
            assert_eq!(start_key(not_a_date), None, "{not_a_date}");
        }
    }
}
