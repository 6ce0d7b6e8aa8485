//! Arguments of a mention: weapons and means, attribution, dates and places.

use super::*;

/// The family a sentence's weapons imply: a suicide attacker, aircraft, artillery or
/// missiles, grenades, explosives.
pub(crate) fn family_by_weapon(s: &Sent, weapons: &[Tagged]) -> Option<Family> {
    let has = |name: &str| weapons.iter().any(|w| w.name == name);
    let suicide_words =
        s.lower.iter().any(|w| w == "suicide") && (has("explosives") || s.lower.iter().any(|w| w.starts_with("bomb")));
    if suicide_words || (has("explosives") && attacker_died(s).is_some()) {
        Some(Family::Suicide)
    } else if has("aircraft") {
        Some(Family::AirStrike)
    } else if has("artillery") || has("missile") {
        Some(Family::Shelling)
    } else if has("grenade") {
        Some(Family::Grenade)
    } else if has("explosives") {
        Some(Family::Explosive)
    } else {
        None
    }
}

/// Whether the words about a clash name the police and a crowd that protests or supports
/// someone ("clashes between police and supporters of former president Evo Morales",
/// "police clash with protesting miners"): a riot against the police, no battle of two
/// armed sides.
pub(crate) fn police_and_crowd<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    let (mut police, mut crowd) = (false, false);
    for w in words {
        police |= matches!(w, "police" | "policemen" | "riot");
        crowd |= matches!(w, "supporters" | "protesting" | "demonstrating");
    }
    police && crowd
}

/// Whether a sentence lists drones with missiles, rockets or artillery ("missile and
/// drone attacks", "rockets and drones", "12 ballistic missiles, two cruise missiles,
/// and 19 drones"): a drone word and such a word at most four words apart with only
/// "and", "," and their modifiers between, not a missile fired from a drone ("a missile
/// fired from a US drone").
pub(crate) fn drones_listed_with_missiles(s: &Sent) -> bool {
    let weapon = |i: usize, name: &str| rules::WEAPONS.iter().any(|(k, n)| *k == s.word(i) && *n == name);
    let heavy = |i: usize| weapon(i, "missile") || weapon(i, "artillery");
    (0..s.lower.len()).filter(|&i| weapon(i, "drone")).any(|i| {
        let (lo, hi) = (i.saturating_sub(5), (i + 6).min(s.lower.len()));
        (lo..hi).filter(|&j| j != i && heavy(j)).any(|j| {
            let between = if j < i { j + 1..i } else { i + 1..j };
            between.clone().any(|k| matches!(s.word(k), "and" | "," | "&"))
                && between.into_iter().all(|k| !matches!(s.word(k), "from" | "by" | "with" | "fired" | "launched"))
        })
    })
}

/// The token of "the attacker" in "20 people as well as the attacker", "26 people and
/// the bomber": the attacker died with the victims.
pub(crate) fn attacker_died(s: &Sent) -> Option<usize> {
    (2..s.lower.len()).find(|&k| {
        matches!(s.word(k), "attacker" | "bomber" | "gunman" | "assailant")
            && s.word(k - 1) == "the"
            && (s.word(k - 2) == "and" || (k >= 4 && s.word(k - 2) == "as" && s.word(k - 3) == "well"))
            && (k.saturating_sub(8)..k).any(|j| rules::number_word(s.word(j)).is_some_and(|(n, _)| n > 1))
    })
}

pub(crate) fn weapons(s: &Sent) -> Vec<Tagged> {
    let mut out: Vec<Tagged> = Vec::new();
    for (i, w) in s.lower.iter().enumerate() {
        let atomic = i > 0 && w.starts_with("bomb") && matches!(s.word(i - 1), "atomic" | "atom" | "nuclear");
        let listed = rules::WEAPONS.iter().find(|(k, _)| k == w).copied().or(atomic.then_some(("", "explosives")));
        if let Some((_, name)) = listed {
            // "shot" names a firearm only as a verb of shooting, not "a shot at".
            if w == "shot" && i > 0 && matches!(s.word(i - 1), "a" | "the") {
                continue;
            }
            // "petrol bombs" are thrown by hand and burn: no explosive.
            let name = if name == "explosives" && i > 0 && matches!(s.word(i - 1), "petrol" | "gasoline") {
                "incendiary"
            } else {
                name
            };
            // "the atomic bomb dropped on Nagasaki", "the atom bombing of Hiroshima": an
            // atomic bomb is dropped from the air.
            let name = if name == "explosives" && i > 0 && matches!(s.word(i - 1), "atomic" | "atom" | "nuclear") {
                "aircraft"
            } else {
                name
            };
            match out.iter_mut().find(|t| t.name == name) {
                Some(t) => t.evidence.push(s.span(i, i + 1)),
                None => out.push(Tagged { name: name.to_string(), evidence: vec![s.span(i, i + 1)] }),
            }
        }
    }
    out
}

pub(crate) fn attribution(s: &Sent, trigger: usize) -> Option<Attribution> {
    let verb = (0..s.lower.len()).find(|&i| rules::REPORTING.contains(&s.word(i)) && i != trigger);
    let hedge = (0..s.lower.len()).find(|&i| rules::HEDGES.contains(&s.word(i)));
    if verb.is_none() && hedge.is_none() {
        return None;
    }
    let parts = participants(s);
    let mut evidence = Vec::new();
    let mut source = None;
    if let Some(v) = verb {
        evidence.push(s.span(v, v + 1));
        // The nearest actor before ("the FSB said") or after ("says the FSB’s website").
        let near = parts
            .iter()
            .filter(|p| p.end_tok <= v && v - p.end_tok <= 2 || p.tok > v && p.tok - v <= 3)
            .min_by_key(|p| if p.tok > v { p.tok - v } else { v - p.end_tok });
        if let Some(p) = near {
            // Extend over "’s official website".
            let mut end = p.end_tok;
            if end < s.lower.len() && matches!(s.word(end), "'s" | "’s") {
                end += 1;
                while end < s.lower.len()
                    && end < p.end_tok + 4
                    && s.word(end).chars().all(char::is_lowercase)
                    && end != v
                {
                    end += 1;
                    if matches!(
                        s.word(end - 1),
                        "website" | "statement" | "spokesman" | "spokesperson" | "office" | "service"
                    ) {
                        break;
                    }
                }
            }
            let span = s.span(p.tok, end);
            source = Some(span.text.clone());
            evidence.push(span);
        }
    }
    if let Some(h) = hedge {
        evidence.push(s.span(h, h + 1));
    }
    let quoted = {
        let before = &s.ctx.text[s.tokens[0].start..s.tokens[trigger].start];
        let open = before.matches('“').count();
        let close = before.matches('”').count();
        open > close || before.matches('"').count() % 2 == 1
    };
    Some(Attribution { source, verb: verb.map(|v| s.word(v).to_string()), hedged: hedge.is_some(), quoted, evidence })
}

pub(crate) fn sentence_dates<'a>(s: &Sent<'a>) -> Vec<&'a Time> {
    let (start, end) = s.bounds();
    // The sentence's own times (found by bisection in `Index`), never the document's
    // list: scanning that once per trigger made many-event documents quadratic.
    s.times
        .iter()
        .filter(|t| matches!(t.timex_type, TimexType::Date | TimexType::Time) && t.granularity != Granularity::Vague)
        // "XXXX-XX-XX" (today, unanchored) and "XXXX-WXX" (this week) date nothing.
        .filter(|t| {
            t.value.chars().any(|c| c.is_ascii_digit()) && !t.value.starts_with("XXXX-WXX")
                || t.value.len() > 8 && t.value.starts_with("XXXX-WXX-")
        })
        .filter(|t| t.evidence.first().is_some_and(|e| e.start >= start && e.end <= end))
        .collect()
}

/// An event's date is a day at most: "2024-03-07TEV" → "2024-03-07".
pub(crate) fn day_of(t: &Time) -> Time {
    match t.value.split_once('T') {
        Some((day, _)) if !day.is_empty() => {
            Time { value: day.to_string(), timex_type: TimexType::Date, granularity: Granularity::Day, ..t.clone() }
        }
        _ => t.clone(),
    }
}

/// The dates of the trigger's clause: a semicolon ends a clause, and a date before a
/// "where" clause that holds the trigger dates the main clause ("on Wednesday reopened
/// Boylston Street, where the explosions occurred").
pub(crate) fn clause_dates<'a>(s: &Sent<'a>, trigger: usize) -> Vec<&'a Time> {
    sentence_dates(s)
        .into_iter()
        .filter(|t| {
            let i = s.at(t.evidence[0].start);
            let (a, b) = if i < trigger { (i, trigger) } else { (trigger, i) };
            let relative = i < trigger
                && (a..b).rev().find(|&k| s.word(k) == "where").is_some_and(|w| !(w..b).any(|k| s.word(k) == ","));
            let past = t.timex_type == TimexType::Date
                && (person_clause_apart(s, i, trigger) || other_noun_clause(s, i, trigger));
            !relative && !past && !(a..b).any(|k| s.word(k) == ";")
        })
        .collect()
}

/// Whether the date at word `i` lies in a relative clause about a person, closed by a
/// comma, that does not hold the trigger at word `trigger` ("killed Abu Machi, who took
/// part in the October 7 attacks, during an airstrike"): the clause tells the person's
/// past, not when the sentence's incident happened. A trigger before the clause counts
/// only when the clause opens right after the person's comma (", who"): an appositive
/// ("Humayun, an Army captain who was killed in a 2004 car bombing") may hold the
/// incident a headline word before it names. "which" clauses are not counted: "The
/// attack, which took place on Sunday, killed five" dates the attack. Only days, months
/// and years are set apart this way: a time of day ("The insurgents, who arrived shortly
/// before midnight, attacked the base") tells the incident's own hour.
fn person_clause_apart(s: &Sent, i: usize, trigger: usize) -> bool {
    let Some(open) = (0..i).rev().find(|&k| s.word(k) == ",") else { return false };
    let Some(close) = (i + 1..s.lower.len()).find(|&k| s.word(k) == ",") else { return false };
    let who = (open + 1..i).find(|&k| matches!(s.word(k), "who" | "whom" | "whose"));
    match who {
        Some(_) if trigger > close => true,
        Some(w) => trigger < open && w == open + 1,
        None => false,
    }
}

/// Whether the date at word `i` lies in a relative clause opened by ", which" (or
/// ", who") well after the trigger at word `trigger` ("protest … against the
/// re-development of the General Staff Building, which was delisted last year"): the
/// clause tells the past of a noun of its own. Close after the trigger ("The attack on
/// the embassy, which killed five in 1998") it may tell the trigger's own.
fn other_noun_clause(s: &Sent, i: usize, trigger: usize) -> bool {
    let Some(c) = (trigger + 1..i).rev().find(|&k| s.word(k) == ",") else { return false };
    c >= trigger + RELATIVE_APART
        && matches!(s.lower.get(c + 1).map(String::as_str), Some("which" | "who" | "whom" | "whose"))
}

/// How many words after the trigger a relative clause opens for
/// [`other_noun_clause`] to read it as told of another noun.
const RELATIVE_APART: usize = 5;

/// The date nearest the trigger, and whether it merely dates a report.
pub(crate) fn nearest_date(s: &Sent, trigger: usize) -> Option<(Time, bool)> {
    let dates = clause_dates(s, trigger);
    // "… said on Friday"; "On Friday, Colombia blamed the ELN for the bombing", "the UN
    // on Monday condemned the attack": the date of the verb that reports, blames or
    // comments on the incident told as its object, not the incident's.
    let report = |t: &Time| {
        let i = s.at(t.evidence[0].start);
        let blamed = i + 3 < trigger
            && (i + 1..trigger).any(|k| rules::COMMENTING.contains(&s.word(k)) || rules::BLAMING.contains(&s.word(k)));
        blamed || (i.saturating_sub(3)..i).any(|k| rules::REPORTING.contains(&s.word(k)))
    };
    let dist = |t: &Time| (s.at(t.evidence[0].start) as isize - trigger as isize).unsigned_abs();
    let own = dates.iter().filter(|t| !report(t)).min_by_key(|t| dist(t));
    match own {
        Some(t) => Some((day_of(t), false)),
        None => dates.iter().min_by_key(|t| dist(t)).map(|t| (day_of(t), true)),
    }
}

pub(crate) fn location(s: &Sent, trigger: usize, family: Family, d: &Draft) -> Option<Place> {
    let (told, usable) = told_location(s, trigger, family);
    if told.is_some() {
        return told;
    }
    // Legal steps and arrests by a state happen in its country.
    if matches!(family, Family::Legal | Family::Arrest) && d.actor1_state {
        if let Some(e) = d.actor1_country.as_deref().and_then(|cc| s.ctx.gazetteer.country(cc)) {
            let ev = d.actor1.as_ref().map(|a| a.evidence.clone()).unwrap_or_default();
            return Some(s.ctx.gazetteer.place(e, ev));
        }
    }
    usable
}

/// The places of `ps` that start within the words `words` of the sentence.
pub(crate) fn places_within<'a>(
    s: &Sent,
    ps: &[&'a ResolvedPlace],
    words: std::ops::Range<usize>,
) -> Vec<&'a ResolvedPlace> {
    ps.iter().copied().filter(|p| words.contains(&s.at(p.span_start))).collect()
}

/// The place the sentence tells the event at ("in X", "near X", in the trigger's clause
/// first), and, where it tells none, the sentence's most precise usable place.
pub(crate) fn told_location(s: &Sent, trigger: usize, family: Family) -> (Option<Place>, Option<Place>) {
    // A place inside a relative clause after the trigger ("… who were plotting an
    // attack in X") belongs to that clause, not to this event.
    let in_relative = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i > trigger && (trigger..i).any(|k| matches!(s.word(k), "who" | "which" | "whom" | "whose"))
    };
    // A place in another part of a sentence split by ";" is that part's incident's.
    let (pa, pb) = semicolon_span(s, trigger);
    let in_part = |p: &ResolvedPlace| (pa..pb).contains(&s.at(p.span_start));
    let in_sentence: Vec<&ResolvedPlace> = s.places().filter(|p| !in_relative(p) && in_part(p)).collect();
    let locative = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i > 0
            && matches!(
                s.word(i - 1),
                "in" | "near"
                    | "at"
                    | "outside"
                    | "inside"
                    | "across"
                    | "throughout"
                    | "eastern"
                    | "western"
                    | "northern"
                    | "southern"
                    | "central"
            )
    };
    let target_place = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i >= 2 && s.word(i - 1) == "in" && rules::TARGET_NOUNS.contains(&s.word(i - 2))
    };
    let usable: Vec<&ResolvedPlace> = in_sentence
        .iter()
        .copied()
        .filter(|p| !(target_place(p) && matches!(family, Family::Foil | Family::Attack)))
        .collect();
    let best = |ps: &[&ResolvedPlace]| ps.iter().min_by_key(|p| p.place.precision).map(|p| p.place.clone());
    let loc: Vec<&ResolvedPlace> = usable.iter().copied().filter(|p| locative(p)).collect();
    let (ca, cb) = clause_of(s, trigger);
    let in_clause = places_within(s, &loc, ca..cb);
    // A clause that names a place of its own, even without "in" ("Air strike on Idlib
    // market kills 11 as rebels battle near Darat Izza"), is not placed by another
    // clause's "near X".
    let own = places_within(s, &usable, ca..cb);
    let split = ca > 0 || cb < s.lower.len();
    let elsewhere = if split && !own.is_empty() { &own } else { &loc };
    match best(&in_clause).or_else(|| best(elsewhere)) {
        Some(p) => (Some(p), None),
        None => (None, best(&usable)),
    }
}

/// For each draft, the place of the nearest other draft told with a place, if that one
/// is told in the same sentence or the next or previous one (the earlier on a tie). The
/// drafts with a place are sorted once by trigger offset and each draft looks at its two
/// neighbours there: O(n log n) in the number of drafts.
pub(crate) fn neighbour_places(ctx: &Context, drafts: &[Draft]) -> Vec<Option<Place>> {
    let sentence = |d: &Draft| ctx.seg.sentence_at(d.trigger.start).unwrap_or(0);
    let mut located: Vec<(usize, usize, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.location.is_some())
        .map(|(i, d)| (d.trigger.start, sentence(d), i))
        .collect();
    located.sort_unstable();
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (at, k) = (d.trigger.start, sentence(d));
            // The first located draft told after this one; the one before it, not itself.
            let next = located.partition_point(|&(start, _, j)| (start, j) <= (at, i));
            let before = located[..next].iter().rev().find(|&&(_, _, j)| j != i);
            let nearest = match (before, located.get(next)) {
                (Some(b), Some(a)) => Some(if k.abs_diff(b.1) <= k.abs_diff(a.1) { b } else { a }),
                (b, a) => b.or(a),
            };
            nearest.filter(|&&(_, m, _)| m.abs_diff(k) <= 1).and_then(|&(_, _, j)| drafts[j].location.clone())
        })
        .collect()
}

pub(crate) fn target(s: &Sent, b: usize, family: Family) -> Option<Tagged> {
    if !matches!(family, Family::Attack | Family::Foil | Family::Kill | Family::Explosive | Family::Suicide) {
        return None;
    }
    // "attack on a synagogue", "attack the synagogue parishioners", "act against …".
    let mut i = b;
    if i < s.lower.len() && matches!(s.word(i), "on" | "against" | "targeting") {
        i += 1;
    }
    while i < s.lower.len() && matches!(s.word(i), "a" | "an" | "the" | "one" | "of") {
        i += 1;
    }
    let start = i;
    while i < s.lower.len()
        && i < start + 4
        && s.word(i).chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(s.word(i), "in" | "with" | "that" | "by" | "and" | "who" | "which" | "on" | "at" | "was" | "were")
    {
        i += 1;
    }
    let has_noun =
        (start..i).any(|k| rules::TARGET_NOUNS.contains(&s.word(k)) || rules::CIVILIAN_NOUNS.contains(&s.word(k)));
    (i > start && has_noun).then(|| {
        let span = s.span(start, i);
        Tagged { name: span.text.clone(), evidence: vec![span] }
    })
}

/// A fight and a bombing are two incidents, even in one clause ("checkpoint shootings
/// and bomb blasts"); a killing joins the means that killed ("killed in a blast").
pub(crate) fn distinct(x: Family, y: Family) -> bool {
    (x == Family::Clash && y.specificity() >= 3) || (y == Family::Clash && x.specificity() >= 3)
}

pub(crate) fn days(value: &str) -> Option<i64> {
    let (y, m, d) = tidings_time::start_key(value)?;
    Some(i64::from(y) * 372 + i64::from(m.max(1)) * 31 + i64::from(d.max(1)))
}

/// Without a publication date, the day the opening sentence dates in full ("The Cafetería
/// Rolando bombing was an attack on 13 September 1974 …"): the document tells that day's
/// incident, and the later years it names (a victim who died in 1977, a trial in 1981) are
/// its aftermath, not the report's time that would make the lead history.
pub(crate) fn opening_day<'c>(ctx: &'c Context) -> Option<&'c Time> {
    let first = ctx.seg.sentences.first()?;
    ctx.anchor.is_none().then_some(())?;
    ctx.times.iter().find(|t| {
        t.timex_type == TimexType::Date
            && t.granularity == Granularity::Day
            && t.value.len() == 10
            && t.value.bytes().take(4).all(|b| b.is_ascii_digit())
            && t.evidence.first().is_some_and(|e| first.start <= e.start && e.end <= first.end)
    })
}
