//! TIMEX3 date values as day intervals, for comparing dates of different precision.

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
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
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
}
