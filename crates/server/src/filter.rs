//! Checking the values of event filters, shared by `tidings events` and the API so
//! that both accept and refuse the same things with the same words.

use tidings_store::Near;

/// A calendar day, `YYYY-MM-DD`.
pub fn parse_day(s: &str) -> Result<String, String> {
    match parse_date_prefix(s) {
        Ok(d) if d.len() == 10 => Ok(d),
        Ok(_) => Err(format!("{s:?} is not a full date (YYYY-MM-DD)")),
        Err(e) => Err(e),
    }
}

/// A date or date prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked for range.
pub fn parse_date_prefix(s: &str) -> Result<String, String> {
    let bad = || format!("{s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    let parts: Vec<&str> = s.split('-').collect();
    let widths_ok = match parts.as_slice() {
        [y] => y.len() == 4,
        [y, m] => y.len() == 4 && m.len() == 2,
        [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
        _ => false,
    };
    if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return Err(bad());
    }
    // A month is checked as its first day; jiff knows the calendar.
    let day = match parts.len() {
        1 => return Ok(s.to_string()),
        2 => format!("{s}-01"),
        _ => s.to_string(),
    };
    if day.parse::<jiff::civil::Date>().is_err() {
        return Err(bad());
    }
    Ok(s.to_string())
}

/// `LAT,LON,KM`.
pub fn parse_near(s: &str) -> Result<Near, String> {
    let bad = || format!("{s:?} is not LAT,LON,KM (e.g. 54.53,36.27,50)");
    let parts: Vec<f64> = s.split(',').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|_| bad())?;
    match parts.as_slice() {
        [lat, lon, km] if lat.abs() <= 90.0 && lon.abs() <= 180.0 && *km >= 0.0 => {
            Ok(Near { lat: *lat, lon: *lon, km: *km })
        }
        _ => Err(bad()),
    }
}

/// An ISO 3166-1 alpha-2 code, upper-cased.
pub fn parse_country(s: &str) -> Result<String, String> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(s.to_ascii_uppercase())
    } else {
        Err(format!("{s:?} is not a two-letter country code (ISO 3166-1 alpha-2)"))
    }
}

/// The ACLED event types.
pub const EVENT_TYPES: [&str; 6] = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
];

/// An ACLED event type, any case, spelt as ACLED spells it.
pub fn parse_event_type(s: &str) -> Result<String, String> {
    EVENT_TYPES
        .iter()
        .find(|t| t.eq_ignore_ascii_case(s.trim()))
        .map(|t| t.to_string())
        .ok_or_else(|| format!("{s:?} is not an ACLED event type; one of: {}", EVENT_TYPES.join(", ")))
}

/// The modalities, as `Modality::as_str` spells them.
pub const MODALITIES: [&str; 8] =
    ["occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"];

pub fn parse_modality(s: &str) -> Result<String, String> {
    MODALITIES
        .iter()
        .find(|m| m.eq_ignore_ascii_case(s.trim()))
        .map(|m| m.to_string())
        .ok_or_else(|| format!("{s:?} is not a modality; one of: {}", MODALITIES.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked() {
        assert_eq!(parse_day("2024-02-29").unwrap(), "2024-02-29");
        assert!(parse_day("2023-02-29").is_err());
        assert!(parse_day("2024-03").is_err());
        assert!(parse_day("09/03/2024").is_err());
        assert_eq!(parse_date_prefix("2024").unwrap(), "2024");
        assert_eq!(parse_date_prefix("2024-03").unwrap(), "2024-03");
        assert!(parse_date_prefix("2024-13").is_err());
        assert!(parse_date_prefix("24").is_err());
    }

    #[test]
    fn names_ignore_case() {
        assert_eq!(parse_event_type("strategic developments").unwrap(), "Strategic developments");
        assert!(parse_event_type("Battle").is_err());
        assert_eq!(parse_country("ru").unwrap(), "RU");
        assert_eq!(parse_modality("Foiled").unwrap(), "foiled");
        assert!(parse_modality("maybe").is_err());
        assert!(parse_near("54.5,36.2,50").is_ok());
        assert!(parse_near("95,36.2,50").is_err());
    }
}
