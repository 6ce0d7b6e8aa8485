//! The words the scanner knows, as lookups over lower-cased tokens.

use jiff::civil::Weekday;

use crate::calendar::{Season, Unit};

/// A month name, with whether it is an abbreviation ("Mar"), which counts as a
/// month only when a day or a year follows.
pub(crate) fn month(w: &str) -> Option<(i8, bool)> {
    let full = match w {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        _ => 0,
    };
    if full > 0 {
        return Some((full, false));
    }
    let abbreviated = match w {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some((abbreviated, true))
}

/// A weekday name, with whether it is plural ("Fridays").
pub(crate) fn weekday(w: &str) -> Option<(Weekday, bool)> {
    let (stem, plural) = match w.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (w, false),
    };
    let day = match stem {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    };
    Some((day, plural))
}

/// A unit of time, with whether it is plural. A lone "second" is left out: it is
/// far more often an ordinal ("a second attack") than a unit.
pub(crate) fn unit(w: &str) -> Option<(Unit, bool)> {
    let (stem, plural) = match w {
        "centuries" => ("century", true),
        "second" => return None,
        _ => match w.strip_suffix('s') {
            Some(stem) => (stem, true),
            None => (w, false),
        },
    };
    let unit = match stem {
        "second" => Unit::Second,
        "minute" => Unit::Minute,
        "hour" => Unit::Hour,
        "day" => Unit::Day,
        "week" => Unit::Week,
        "weekend" => Unit::Weekend,
        "fortnight" => Unit::Fortnight,
        "month" => Unit::Month,
        "year" => Unit::Year,
        "decade" => Unit::Decade,
        "century" => Unit::Century,
        _ => return None,
    };
    Some((unit, plural))
}

/// A number written in words, up to ninety-nine ("three", "twenty-four").
pub(crate) fn number(w: &str) -> Option<i64> {
    tidings_text::number_word(w).map(i64::from)
}

/// Words that count without a number: "several days", "a few years".
pub(crate) fn is_vague_count(w: &str) -> bool {
    matches!(w, "few" | "several" | "many" | "some" | "numerous")
}

/// A part of the day, as TIMEX3 spells it.
pub(crate) fn part_of_day(w: &str) -> Option<&'static str> {
    match w {
        "morning" => Some("MO"),
        "afternoon" => Some("AF"),
        "evening" => Some("EV"),
        "night" | "overnight" => Some("NI"),
        _ => None,
    }
}

pub(crate) fn season(w: &str) -> Option<Season> {
    match w {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "autumn" | "fall" => Some(Season::Fall),
        "winter" => Some(Season::Winter),
        _ => None,
    }
}

/// A day of the month: "7", "07" or "7th".
pub(crate) fn day_of_month(w: &str) -> Option<i8> {
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w);
    let day: i8 = digits_only(digits, 1..=2)?.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A century ordinal: "19th" for the nineteenth century.
pub(crate) fn century(w: &str) -> Option<i8> {
    let digits = ["st", "nd", "rd", "th"].iter().find_map(|s| w.strip_suffix(s))?;
    let n: i8 = digits_only(digits, 1..=2)?.parse().ok()?;
    (1..=30).contains(&n).then_some(n)
}

/// A four-digit year within `range`.
pub(crate) fn year(w: &str, range: std::ops::RangeInclusive<i16>) -> Option<i16> {
    let y: i16 = digits_only(w, 4..=4)?.parse().ok()?;
    range.contains(&y).then_some(y)
}

/// `w` if it is made of ASCII digits only, with a length in `len`.
pub(crate) fn digits_only(w: &str, len: std::ops::RangeInclusive<usize>) -> Option<&str> {
    (len.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())).then_some(w)
}

/// Splits a hyphenated token at its first hyphen: the part before, the byte offset
/// of the part after, and the part after ("mid-2019" → "mid", 4, "2019").
pub(crate) fn split_dash(w: &str) -> Option<(&str, usize, &str)> {
    let (at, c) = w.char_indices().find(|&(_, c)| matches!(c, '-' | '\u{2010}' | '\u{2011}'))?;
    let after = at + c.len_utf8();
    Some((&w[..at], after, &w[after..]))
}

/// Words that join the two ends of a range: "March 7-9", "between 2015 and 2017".
pub(crate) fn is_range_connector(w: &str) -> bool {
    matches!(w, "-" | "\u{2013}" | "\u{2014}" | "to" | "through" | "until" | "till" | "and" | "or")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_days() {
        assert_eq!(number("twenty-four"), Some(24));
        assert_eq!(number("three"), Some(3));
        assert_eq!(number("twenty-eleven"), None);
        assert_eq!(day_of_month("7th"), Some(7));
        assert_eq!(day_of_month("31"), Some(31));
        assert_eq!(day_of_month("32"), None);
        assert_eq!(day_of_month("th"), None);
        assert_eq!(century("19th"), Some(19));
        assert_eq!(year("2015", 1900..=2100), Some(2015));
        assert_eq!(year("1850", 1900..=2100), None);
        assert_eq!(split_dash("mid\u{2011}2019"), Some(("mid", 6, "2019")));
    }

    #[test]
    fn units_and_names() {
        assert_eq!(unit("centuries"), Some((Unit::Century, true)));
        assert_eq!(unit("second"), None);
        assert_eq!(unit("seconds"), Some((Unit::Second, true)));
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(month("may"), Some((5, false)));
        assert_eq!(weekday("fridays"), Some((Weekday::Friday, true)));
        assert_eq!(weekday("fri"), None);
    }
}
