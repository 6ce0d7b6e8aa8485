//! The event table: aligned columns of the fields an analyst scans first.

use std::io::{self, Write};

use tidings_merge::events::MergedEvent;
use tidings_model::Event;

/// Column headers and the widest a cell may be before it is cut with `…`.
const COLUMNS: [(&str, usize); 6] =
    [("DATE", 12), ("TYPE / SUB-TYPE", 56), ("ACTORS", 48), ("LOCATION", 36), ("FATALITIES", 16), ("DOCUMENT", 40)];

/// The cells of one event, in [`COLUMNS`] order.
fn cells(event: &Event, document_id: &str) -> [String; 6] {
    let date = event.date.as_ref().map_or_else(|| "-".to_string(), |t| t.value.clone());
    let kind = format!("{} / {}", event.event_type, event.sub_event_type);
    let name = |a: &Option<tidings_model::ActorRef>| a.as_ref().map(|a| a.name.clone());
    let actors = match (name(&event.actor1), name(&event.actor2)) {
        (Some(a), Some(b)) => format!("{a} → {b}"),
        (Some(a), None) => a,
        (None, Some(b)) => format!("? → {b}"),
        (None, None) => "-".to_string(),
    };
    let location = match &event.location {
        Some(p) => match &p.country {
            Some(cc) => format!("{}, {cc}", p.name),
            None => p.name.clone(),
        },
        None => "-".to_string(),
    };
    let fatalities = match &event.fatalities {
        Some(f) if f.low != f.high => format!("{} ({}-{})", f.best, f.low, f.high),
        Some(f) => f.best.to_string(),
        None => "-".to_string(),
    };
    [date, kind, actors, location, fatalities, document_id.to_string()]
}

/// Writes `events` (with their document ids) as a table; nothing when there are none.
pub fn write(out: &mut (impl Write + ?Sized), events: &[(Event, String)]) -> io::Result<()> {
    render(out, &COLUMNS, events.iter().map(|(event, document_id)| cells(event, document_id).to_vec()).collect())
}

/// Columns of the merged-event table.
const MERGED_COLUMNS: [(&str, usize); 6] =
    [("DATE", 12), ("TYPE / SUB-TYPE", 48), ("ACTORS", 48), ("LOCATION", 32), ("FATALITIES", 16), ("SOURCES", 60)];

/// Writes merged events as a table: the fatality range and every source document.
pub fn write_merged(out: &mut (impl Write + ?Sized), merged: &[MergedEvent]) -> io::Result<()> {
    let rows = merged
        .iter()
        .map(|m| {
            let date = m.date.as_ref().map_or_else(|| "-".to_string(), |d| d.value.clone());
            let kind = format!("{} / {}", m.event_type, m.sub_event_type);
            let actors = match (&m.actor1, &m.actor2) {
                (Some(a), Some(b)) => format!("{} → {}", a.name, b.name),
                (Some(a), None) => a.name.clone(),
                (None, Some(b)) => format!("? → {}", b.name),
                (None, None) => "-".to_string(),
            };
            let location = match &m.location {
                Some(p) => match &p.country {
                    Some(cc) => format!("{}, {cc}", p.name),
                    None => p.name.clone(),
                },
                None => "-".to_string(),
            };
            let fatalities = match &m.fatalities {
                Some(f) if f.low != f.high => format!("{} ({}-{})", f.best, f.low, f.high),
                Some(f) => f.best.to_string(),
                None => "-".to_string(),
            };
            let sources = format!("{}: {}", m.documents.len(), m.documents.join(", "));
            vec![date, kind, actors, location, fatalities, sources]
        })
        .collect();
    render(out, &MERGED_COLUMNS, rows)
}

/// Aligned columns with headers (and the widest a cell may be); nothing for no rows.
pub fn write_rows(
    out: &mut (impl Write + ?Sized),
    columns: &[(&str, usize)],
    rows: Vec<Vec<String>>,
) -> io::Result<()> {
    render(out, columns, rows)
}

/// Aligned columns: headers, then rows cut to each column's width; nothing for no rows.
fn render(out: &mut (impl Write + ?Sized), columns: &[(&str, usize)], rows: Vec<Vec<String>>) -> io::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|row| row.iter().zip(columns).map(|(cell, (_, max))| truncate(cell, *max)).collect())
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|(h, _)| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let header: Vec<String> = columns.iter().map(|(h, _)| h.to_string()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(&widths).enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', w - cell.chars().count() + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// `s` on one line, cut to at most `max` characters with a trailing `…` (`0`: no cut).
pub fn truncate(s: &str, max: usize) -> String {
    let one_line: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if max == 0 || one_line.chars().count() <= max {
        return one_line;
    }
    let mut out: String = one_line.chars().take(max - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_characters() {
        assert_eq!(truncate("Kaluga → Moscow", 8), "Kaluga …");
        assert_eq!(truncate("short", 8), "short");
        assert_eq!(truncate("two\nlines", 0), "two lines");
    }
}
