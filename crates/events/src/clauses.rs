//! The parts of a sentence a trigger belongs to: clauses, ";" parts, and places that
//! split one sentence into incidents.

use super::*;

/// The clause of token `i` as a token range: a semicolon, "while" or "whereas" starts
/// a new one ("… killed four, while a car bomb in Tarmiyah hurt nine").
pub(crate) fn clause_of(s: &Sent, i: usize) -> (usize, usize) {
    // A title joins two reports by "as" ("Air strike on Idlib market kills 11 as rival
    // rebels battle near Darat Izza"): each keeps its own place. "such as", "as well
    // as", "as many as" join no clauses.
    let title = std::cell::OnceCell::new();
    let joins_reports = |k: usize| {
        s.word(k) == "as"
            && k >= 1
            && !matches!(s.word(k - 1), "such" | "well" | "known" | "as" | "so")
            && !matches!(s.lower.get(k + 1).map(String::as_str), Some("many" | "much" | "well" | "part" | "a" | "an"))
            && *title.get_or_init(|| s.title())
    };
    let is_break = |k: usize| {
        matches!(s.word(k), ";" | "while" | "whilst" | "whereas" | "prompting" | "sparking") || joins_reports(k)
    };
    let start = (0..i.min(s.lower.len())).rev().find(|&k| is_break(k)).map_or(0, |k| k + 1);
    let end = (i + 1..s.lower.len()).find(|&k| is_break(k)).unwrap_or(s.lower.len());
    (start, end)
}

/// The word range of the part of the sentence around word `i` between semicolons.
pub(crate) fn semicolon_span(s: &Sent, i: usize) -> (usize, usize) {
    let start = (0..i.min(s.lower.len())).rev().find(|&k| s.word(k) == ";").map_or(0, |k| k + 1);
    let end = (i + 1..s.lower.len()).find(|&k| s.word(k) == ";").unwrap_or(s.lower.len());
    (start, end)
}

/// [`Draft::part`] for a trigger at word `i`: none unless the sentence has a ";".
pub(crate) fn semicolon_part(s: &Sent, i: usize) -> Option<(usize, usize)> {
    if !s.lower.iter().any(|w| w == ";") || s.tokens.is_empty() {
        return None;
    }
    let (start, _) = semicolon_span(s, i);
    Some((s.tokens[0].start, s.tokens[start.min(s.tokens.len() - 1)].start))
}

/// Towns joined by "and" in the trigger's clause ("in Istanbul and Ankara", "in Kirkuk
/// city and the towns of Dibis and Tuz Khurmatu"): one event per place, the toll divided
/// evenly with the first places taking the larger shares (CODING_GUIDE).
pub(crate) fn split_by_place(s: &Sent, a: usize, b: usize, drafts: Vec<Draft>) -> Vec<Draft> {
    let places = coordinated_places(s, a);
    if places.len() < 2 || drafts.len() != 1 || one_incident(s, a, b) {
        return drafts;
    }
    let d = &drafts[0];
    let k = places.len() as u32;
    places
        .iter()
        .enumerate()
        .map(|(j, p)| {
            let mut e = d.clone();
            e.location = Some(p.place.clone());
            if let Some(f) = &d.fatalities {
                let share = |n: u32| n / k + u32::from((j as u32) < n % k);
                e.fatalities = Some(Fatalities {
                    low: share(f.low),
                    best: share(f.best),
                    high: share(f.high),
                    evidence: f.evidence.clone(),
                });
            }
            e
        })
        .collect()
}

/// Whether the trigger `a..b` names one incident by its article: a singular noun after
/// "a", "an" or "one" ("a car bomb, a roadside blast and a shooting -- in Mosul and
/// Baaj"). One incident happened in one place, however many places its sentence lists.
pub(crate) fn one_incident(s: &Sent, a: usize, b: usize) -> bool {
    let head = s.word(b - 1);
    if head.ends_with('s') || head.ends_with("ed") {
        return false;
    }
    // Up to two modifiers may stand between ("a roadside blast", "a suicide car bomb").
    for k in (a.saturating_sub(3)..a).rev() {
        match s.word(k) {
            "a" | "an" | "one" => return true,
            w if w.chars().all(|c| c.is_alphabetic() || c == '-') && !matches!(w, "and" | "or" | "of" | "the") => {}
            _ => return false,
        }
    }
    false
}

pub(crate) fn coordinated_places<'a>(s: &Sent<'a>, a: usize) -> Vec<&'a ResolvedPlace> {
    let (ca, cb) = clause_of(s, a);
    let (start, end) = (s.tokens[ca].start, s.tokens[cb - 1].end);
    let towns: Vec<&ResolvedPlace> = s
        .ctx
        .places
        .iter()
        .filter(|p| p.literal && p.place.precision <= 2 && p.span_start >= start && p.span_end <= end)
        // "the Baghdad neighborhoods of …" names the container, not a site.
        .filter(|p| {
            let next = s.at(p.span_end);
            !(next < s.lower.len()
                && matches!(s.word(next), "neighborhoods" | "neighbourhoods" | "districts" | "suburbs"))
        })
        .collect();
    let mut chain: Vec<&ResolvedPlace> = Vec::new();
    for p in towns {
        let joined = chain.last().is_some_and(|q| {
            let (x, y) = (s.at(q.span_end), s.at(p.span_start));
            y > x
                && y - x <= 12
                && (x..y).any(|k| s.word(k) == "and")
                && !(x..y).any(|k| {
                    matches!(s.word(k), "killed" | "left" | "wounded" | "injured" | "hurt" | "which" | "who" | "where")
                        || rules::REPORTING.contains(&s.word(k))
                })
        });
        let same = chain.last().is_some_and(|q| q.place.geonames_id == p.place.geonames_id);
        if same {
            continue;
        }
        if !joined {
            if chain.len() >= 2 {
                break;
            }
            chain.clear();
        }
        chain.push(p);
    }
    // The towns are where the event happened only when a locative word leads the chain
    // ("in Istanbul and Ankara", "the towns of Dibis and Tuz Khurmatu") or they are the
    // trigger's object; "between
    // Washington and Moscow", "Russia and Turkey agreed" name parties, not sites.
    let locative = chain.first().is_some_and(|p| {
        let i = s.at(p.span_start);
        // … or the trigger's object: "Japan also attacked Clark and Iba airfields".
        (i > a && i <= a + 3)
            || (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    s.word(k),
                    "in" | "at" | "near" | "outside" | "across" | "around" | "of" | "on" | "inside" | "into"
                )
            })
    });
    if chain.len() >= 2 && locative {
        chain
    } else {
        Vec::new()
    }
}
