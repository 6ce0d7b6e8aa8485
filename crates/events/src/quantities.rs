//! Numbers of an incident: its toll (killed, claimed, none), running totals and
//! counts of things that are no toll.

use super::*;

/// "There were no fatalities", "did not injure anyone": the phrase and its sentence.
pub(crate) fn no_deaths_said(s: &Sent) -> Option<(Span, (usize, usize))> {
    (0..s.lower.len()).find_map(|i| {
        rules::NO_DEATHS.iter().find(|p| matches_phrase(&s.lower, i, p)).map(|p| (s.span(i, i + p.len()), s.bounds()))
    })
}

/// Whether the number at word `i` is a perpetrator's claim: a claim verb earlier in the
/// sentence and the claimant's own killing told between ("claimed the attack …, saying
/// it had killed more than 100 soldiers", "claims to have killed 30").
pub(crate) fn claimed_toll(s: &Sent, i: usize) -> bool {
    let Some(claim) = (0..i).find(|&k| matches!(s.word(k), "claimed" | "claiming" | "claims" | "boasted")) else {
        return false;
    };
    (claim + 1..i).any(|k| {
        matches!(
            (s.word(k), s.lower.get(k + 1).map_or("", String::as_str)),
            ("it" | "they", "had" | "has" | "have" | "killed") | ("to", "have")
        )
    })
}

/// Whether the toll whose evidence starts at word `i` is told as more dead of an
/// incident already told: "also" among the words of its phrase ("two rebels were also
/// killed", "the attackers also killed a guard").
pub(crate) fn also_toll(s: &Sent, i: usize) -> bool {
    let (_, end) = clause_of(s, i);
    (i.saturating_sub(2)..(i + 5).min(end)).any(|k| s.word(k) == "also")
}

/// A statement that nobody died sets the toll of the incident it speaks of to 0: the
/// event told in its sentence, else the last one told before it, that could have hurt
/// someone (a violent event, a riot, a looting, a protest, an abduction).
pub(crate) fn zero_toll(drafts: &mut [Draft], span: Span, (start, end): (usize, usize)) {
    let could_hurt =
        |f: Family| f.is_violent() || matches!(f, Family::Riot | Family::Looting | Family::Protest | Family::Abduction);
    let happened = |d: &Draft| could_hurt(d.family) && d.modality == Modality::Occurred;
    let told_here =
        |d: &Draft| std::iter::once(&d.trigger).chain(&d.extra_evidence).any(|e| (start..end).contains(&e.start));
    let here = drafts.iter().position(|d| happened(d) && told_here(d));
    let before = || drafts.iter().rposition(|d| happened(d) && d.trigger.start < span.start);
    if let Some(d) = here.or_else(before).map(|i| &mut drafts[i]) {
        if d.fatalities.is_none() {
            d.fatalities = Some(Fatalities { low: 0, best: 0, high: 0, evidence: vec![span] });
        }
    }
}

/// A running total or a count over a period, not an incident of the day: "the conflict
/// has killed 50,000 since 1992", "more than 300 people have died in attacks this
/// year", "killed in the past three years", "to date", "in total".
pub(crate) fn running_total(s: &Sent, a: usize, b: usize) -> bool {
    let (ca, cb) = clause_of(s, a);
    let w = |k: usize| s.word(k);
    let period = (ca..cb).any(|k| {
        let next = s.lower.get(k + 1).map_or("", String::as_str);
        let next2 = s.lower.get(k + 2).map_or("", String::as_str);
        // "Russia launches 273 drones at Ukraine, the largest such attack since the
        // beginning of the war": the period of a comparison with history, no count.
        let compared = (k.saturating_sub(4)..k).any(|j| superlative(w(j)));
        (w(k) == "since"
            && !compared
            && (s.tokens.get(k + 1).is_some_and(|t| {
                let x = t.text(s.ctx.text);
                x.len() == 4 && x.chars().all(|c| c.is_ascii_digit())
            }) || matches!(next, "the" | "its" | "it") && matches!(next2, "start" | "beginning" | "war" | "conflict" | "began")))
            || (w(k) == "so" && next == "far")
            || (w(k) == "to" && next == "date")
            || (w(k) == "in" && matches!(next, "total" | "all") && !matches!(next2, "of"))
            || (w(k) == "this" && next == "year")
            || (w(k) == "recent" && matches!(next, "years" | "months" | "decades"))
            || (matches!(w(k), "past" | "last") && matches!(next, "decade" | "decades" | "year" | "years" | "months")
                || matches!(w(k), "past" | "last")
                    && rules::number_word(next).is_some()
                    && matches!(next2, "years" | "months" | "decades" | "weeks"))
            || matches!(w(k), "cumulative" | "overall")
            // "are killed every day", "a year".
            || (matches!(w(k), "every" | "each" | "per") && matches!(next, "day" | "week" | "month" | "year"))
    });
    // A perfect ("has killed", "have died", "have been killed") or a war as the subject
    // ("the conflict has killed").
    let perfect = (a.saturating_sub(4)..a).any(|k| matches!(w(k), "has" | "have" | "had"));
    let war_subject = (ca..a).any(|k| {
        matches!(w(k), "conflict" | "war" | "insurgency" | "violence" | "fighting" | "uprising" | "crisis")
            && k + 1 < s.lower.len()
            && matches!(w(k + 1), "has" | "have" | "had" | "killed" | "claimed" | "left")
    });
    let plural = s.word(b - 1).ends_with('s') && b - a == 1;
    (period && (perfect || plural || war_subject)) || (war_subject && perfect)
}

/// Whether the arrest at `a..b` counts hundreds or more of people: a number of 100 or
/// more, or "hundreds" / "thousands", within six words of the trigger in its clause
/// ("Police arrested about 400 people", "thousands were detained").
pub(crate) fn mass_count(s: &Sent, a: usize, b: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start.max(a.saturating_sub(6))..end.min(b + 6)).any(|k| {
        let count = s.word(k).replace(',', "").parse::<u64>().is_ok_and(|n| n >= 100) && !s.in_time(k);
        count || matches!(s.word(k), "hundreds" | "thousands")
    })
}

pub(crate) fn fatalities(s: &Sent, a: usize, b: usize) -> Option<Fatalities> {
    // "A wave of attacks across Iraq killed 107": the sum over several incidents is no
    // incident's toll (CODING_GUIDE: the dead of the event only).
    let (ca, _) = clause_of(s, a);
    if (ca..a.min(s.lower.len()))
        .any(|k| rules::SERIES_NOUNS.contains(&s.word(k)) && s.lower.get(k + 1).is_some_and(|w| w == "of"))
        || (a >= 2 && rules::SERIES_NOUNS.contains(&s.word(a - 2)) && s.word(a - 1) == "of")
    {
        return None;
    }
    let lethal_trigger = (a..b).any(|i| {
        let w = s.word(i);
        [
            "killed",
            "killing",
            "kills",
            "dead",
            "neutralized",
            "neutralised",
            "liquidated",
            "eliminated",
            "executed",
            "massacred",
            "murdered",
            "died",
            "beheaded",
        ]
        .iter()
        .any(|k| w.starts_with(k))
    });
    let death_words = [
        "killed",
        "killing",
        "dead",
        "died",
        "neutralized",
        "liquidated",
        "eliminated",
        "deaths",
        "death",
        "lives",
        "bodies",
        "toll",
        "fatalities",
        "fatality",
    ];
    if !lethal_trigger {
        // Another trigger ("clash", "car bomb"): the toll next to a death word of its clause.
        let (ca, cb) = clause_of(s, a);
        let death = (ca..cb).find(|&i| death_words.contains(&s.word(i)))?;
        return toll(s, death, death + 1).or_else(|| one_victim(s, death + 1));
    }
    toll(s, a, b).or_else(|| one_victim(s, b))
}

/// One dead where a lethal word's object is one person: "killed a businessman",
/// "shot dead a traditional chief", "the killing of her husband", "murdered the girl".
/// The object is a determiner, at most three modifiers, then a singular common noun
/// that ends the phrase ("killed a policeman and two civilians" is left to the toll).
pub(crate) fn one_victim(s: &Sent, b: usize) -> Option<Fatalities> {
    let parse = s.ctx.analysis.parse(s.k);
    let n = s.lower.len().min(parse.words.len());
    let mut i = b;
    if i < n && s.word(i) == "of" {
        i += 1;
    }
    if i >= n || !matches!(s.word(i), "a" | "an" | "the" | "his" | "her" | "their") {
        return None;
    }
    use tidings_syntax::Upos;
    let det = i;
    // The phrase runs over modifiers and names to its last noun: "a senior al Qaeda
    // figure", "a police officer".
    let limit = (det + 6).min(n);
    let mut end = det + 1;
    while end < limit && matches!(parse.words[end].upos, Upos::Adj | Upos::Verb | Upos::Propn | Upos::Noun) {
        end += 1;
    }
    let head = end.checked_sub(1).filter(|&h| h > det && parse.words[h].upos == Upos::Noun)?;
    let w = s.word(head);
    let plural = w.ends_with('s') && !w.ends_with("ss");
    let phrase_ends = end >= n || !matches!(parse.words[end].upos, Upos::Noun | Upos::Cconj);
    let person = rules::PERSON_NOUNS.contains(&w);
    (!plural && phrase_ends && person).then(|| Fatalities {
        low: 1,
        best: 1,
        high: 1,
        evidence: vec![s.span(det, head + 1)],
    })
}

/// The number of dead next to the lethal word(s) `a..b`.
pub(crate) fn toll(s: &Sent, a: usize, b: usize) -> Option<Fatalities> {
    // "liquidated (to) two …", "killed at least 12"; "12 people were killed".
    let candidates: Vec<usize> = if s.word(a) == "dead" {
        // "left 21 dead and almost 200 injured": the number before, nearest first.
        (a.saturating_sub(6)..a).rev().collect()
    } else {
        // After the lethal word, its object only: a number past a clause break is another
        // count ("were killed and 30 injured", "beheaded, and about 30 houses burned").
        let end = (b..(b + 4).min(s.lower.len()))
            .find(|&i| matches!(s.word(i), "and" | "," | ";" | "but" | "while" | "as" | "."))
            .unwrap_or((b + 4).min(s.lower.len()));
        (b..end).chain(a.saturating_sub(12)..a).collect()
    };
    // The dead of another part of a sentence split by ";" are another incident's.
    let (pa, pb) = semicolon_span(s, a);
    let candidates: Vec<usize> = candidates.into_iter().filter(|i| (pa..pb).contains(i)).collect();
    let count_at = |i: usize| -> Option<u32> {
        let w = s.word(i);
        // "a" is too often an article; numbers inside a time expression ("2015", "March
        // 7") count no dead.
        if matches!(w, "a" | "an") || s.in_time(i) {
            return None;
        }
        // "February 31", "31 April": a day of a month, valid or not, counts no dead.
        if tidings_text::day_of_month(s.ctx.text, s.tokens, i).is_some() {
            return None;
        }
        // … and the year after it ("February 31, 2024": 2024 is no toll either; "March 5,
        // 12 people" keeps its toll).
        if i >= 2
            && w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && s.word(i - 1) == ","
            && tidings_text::day_of_month(s.ctx.text, s.tokens, i - 2).is_some()
        {
            return None;
        }
        // "including 104 pro-coup participants" is a part of the toll; "Tamerlan, 26," an age.
        if i > 0 && s.word(i - 1) == "including" {
            return None;
        }
        if i >= 2 && s.word(i - 1) == "," && s.lower.get(i + 1).is_some_and(|w| w == ",") {
            let name = s.tokens[i - 2].text(s.ctx.text);
            if name.chars().next().is_some_and(char::is_uppercase) {
                return None;
            }
        }
        if w == "one" && (i + 1 >= s.lower.len() || matches!(s.word(i + 1), "of" | "another" | "," | "day")) {
            return None;
        }
        // "On February 31, 2024, … killed": the day of a date, even one no calendar has
        // (the time tagger rightly skips it), counts no dead.
        if (i > 0 && tidings_text::month_of(s.word(i - 1)).is_some())
            || s.lower.get(i + 1).is_some_and(|w| w != "may" && w != "march" && tidings_text::month_of(w).is_some())
        {
            return None;
        }
        let (n, vague) = rules::number_word(w)?;
        if counts_things(s, i, n) {
            return None;
        }
        // "two dozen" is 24; "several dozen" is "dozens", 12 by the guide's convention.
        let dozen = i + 1 < s.lower.len() && s.word(i + 1) == "dozen";
        Some(match (dozen, vague) {
            (true, true) => 12,
            (true, false) if n < 12 => n * 12,
            _ => n,
        })
    };
    for i in candidates {
        let Some(mut n) = count_at(i) else { continue };
        let mut evidence = vec![s.span(i, i + 1)];
        if i >= 2 && s.word(i - 2) == "at" && s.word(i - 1) == "least" {
            evidence.insert(0, s.span(i - 2, i));
        }
        if i < a {
            // "60 civilians were killed and injured": one figure for both, no death toll.
            if b + 1 < s.lower.len() && s.word(b) == "and" && matches!(s.word(b + 1), "injured" | "wounded") {
                return None;
            }
            // "four workers and two soldiers were killed": the parts add up.
            for k in i + 1..a.saturating_sub(1) {
                if s.word(k) == "and" {
                    if let Some(m) = count_at(k + 1) {
                        n = n.saturating_add(m);
                        evidence.push(s.span(k + 1, k + 2));
                    }
                }
            }
        }
        // "3 fatalities were reported on each side", "two dead on each side": both sides'.
        if (i + 1..(i + 8).min(s.lower.len()))
            .any(|k| s.word(k) == "each" && s.lower.get(k + 1).is_some_and(|w| w == "side"))
        {
            n = n.saturating_mul(2);
        }
        // "20 people as well as the attacker", "26 people and the bomber": the attacker
        // counts when the text says he died.
        let after = attacker_died(s).filter(|&k| k > i && k <= i + 7);
        // "blew himself up, killing six": six and the bomber.
        let blew_up = (0..i.saturating_sub(2))
            .any(|k| s.word(k) == "blew" && matches!(s.word(k + 1), "himself" | "herself") && s.word(k + 2) == "up");
        if let Some(k) = after {
            n += 1;
            evidence.push(s.span(k, k + 1));
        } else if blew_up {
            n += 1;
        }
        return Some(Fatalities { low: n, best: n, high: n, evidence });
    }
    // "Fifteen officials -- including four generals -- have been killed": the subject's
    // number, however long the subject.
    let passive = (a.saturating_sub(3)..a).any(|i| matches!(s.word(i), "were" | "been"));
    match count_at(0) {
        Some(n) if passive && n > 1 => Some(Fatalities { low: n, best: n, high: n, evidence: vec![s.span(0, 1)] }),
        _ => None,
    }
}

/// Whether the number `n` at `i` counts things, not people: the head of the noun phrase
/// after it is a thing's plural ("about 30 houses", "20 rockets") or, for a number above
/// one, a singular noun ("a 911 call"; "eight policemen", "two security officers" count).
pub(crate) fn counts_things(s: &Sent, i: usize, n: u32) -> bool {
    use tidings_syntax::Upos;
    let parse = s.ctx.analysis.parse(s.k);
    let len = s.lower.len().min(parse.words.len());
    let nominal = |k: usize| matches!(parse.words[k].upos, Upos::Noun | Upos::Propn | Upos::Adj);
    if i + 1 >= len || !nominal(i + 1) {
        return false;
    }
    let mut head = i + 1;
    while head + 1 < len && nominal(head + 1) {
        head += 1;
    }
    let word = s.word(head);
    if rules::THING_NOUNS.contains(&word) {
        return true;
    }
    n >= 2
        && parse.words[head].upos == Upos::Noun
        && !word.ends_with('s')
        && !word.ends_with("men")
        && !rules::COLLECTIVE_NOUNS.contains(&word)
        && !matches!(word, "dozen" | "hundred" | "thousand" | "million")
}
