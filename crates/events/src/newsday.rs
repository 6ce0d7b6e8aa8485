//! News of the day or not: whether a candidate mention reports an incident of the day,
//! recalls history told for context (`background`), or names no incident at all (a
//! generic mention, a word for a kind of equipment or unit).
//!
//! The cues are read off the words of the trigger's sentence (lower-cased tokens), so
//! each function is a pure function of a word slice and testable on its own:
//!
//! - [`modifier_use`]: an incident word that modifies another noun ("riot police",
//!   "attack helicopters", "IED facilities") names a kind of thing, no incident;
//! - [`generic_use`]: "such attacks", "any attack", "the ability to attack", "each new
//!   mass shooting" speak of incidents in general;
//! - [`recalled`]: the clause tells history: a past perfect ("had been killed"), a year
//!   before the report's ("a 2004 car bombing", "in 1981"), "years ago", "at the time",
//!   "last year", a war or era named as the time ("during World War II").
//!
//! A year is "before the report's" when it is earlier than the reference year: the
//! publication year, else the latest year the document names (`finish` in the crate root
//! makes the same choice for dates).

/// Nouns that an incident word modifies when it only names a kind of thing: "riot
/// police", "riot gear", "attack helicopters", "bomb squad", "protest laws", "IED
/// facilities", "strike aircraft".
const MODIFIED_HEADS: &[&str] = &[
    "police",
    "policemen",
    "gear",
    "shield",
    "shields",
    "squad",
    "squads",
    "unit",
    "units",
    "aircraft",
    "helicopter",
    "helicopters",
    "plane",
    "planes",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "dog",
    "dogs",
    "law",
    "laws",
    "movement",
    "facility",
    "facilities",
    "factory",
    "factories",
    "components",
    "materials",
    "making",
    "maker",
    "makers",
    "planners",
    "planner",
    "capability",
    "capabilities",
    "drills",
    "drill",
    "shelter",
    "shelters",
    "proof",
    "threat",
    "threats",
    "scare",
    "alert",
    "warnings",
    "warning",
    "season",
    "weapon",
    "weapons",
    "rifle",
    "rifles",
];

/// Incident words that can modify another noun ("riot police"); verbs and words that
/// are always heads ("killed", "clashes") are left alone.
const MODIFIERS: &[&str] =
    &["riot", "attack", "bomb", "ied", "ieds", "protest", "strike", "assault", "combat", "raid", "missile", "rocket"];

/// Whether the trigger word `word`, followed by `next`, only modifies a noun ("riot
/// police", "attack helicopters"): then it names no incident.
pub(crate) fn modifier_use(word: &str, next: &str) -> bool {
    MODIFIERS.contains(&word) && MODIFIED_HEADS.contains(&next)
}

/// Whether the trigger word `word`, after `before`, names an illness: "panic attacks",
/// "a heart attack", "an asthma attack". No one attacked anyone.
pub(crate) fn medical_use(before: &str, word: &str) -> bool {
    matches!(word, "attack" | "attacks") && matches!(before, "heart" | "panic" | "anxiety" | "asthma" | "seizure")
}

/// Whether the trigger at `a..b` of the words `w` speaks of incidents in general: "such
/// attacks", "any attack", "every bombing", "each new mass shooting", "the capacity /
/// ability / means to attack", "methods … to kill".
pub(crate) fn generic_use(w: &[String], a: usize, b: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    let before = |k: usize| if a >= k { at(a - k) } else { "" };
    // "such an attack", "such attacks", "any attack", "each new mass shooting".
    let quantified = (1..=3).any(|k| {
        matches!(before(k), "such" | "any" | "every" | "each" | "whatever" | "future")
            && (a - k + 1..a).all(|j| !matches!(at(j), "the" | "this" | "that" | "of" | "on" | "in"))
    });
    // "scores of similar attacks", "many similar bombings": incidents counted in general.
    // One "similar attack" may be an incident of its own ("in a similar attack on
    // Monday"), and so may "similar attacks took place elsewhere in Paris".
    let plural = at(b.saturating_sub(1)).ends_with('s');
    let similar = plural
        && (1..=2).any(|k| {
            before(k) == "similar"
                && matches!(before(k + 1), "of" | "many" | "numerous" | "countless" | "other" | "previous" | "past")
        });
    // "the ability to attack", "its capacity to launch attacks", "methods to kill".
    // Likewise a licence, an effort or a readiness to act: "a free hand to massacre",
    // "its efforts to assassinate Fidel Castro", "ready to attack" tell no incident.
    let capacity = a >= 2
        && at(a - 1) == "to"
        && matches!(
            at(a - 2),
            "ability"
                | "capacity"
                | "capability"
                | "means"
                | "methods"
                | "power"
                | "plans"
                | "plan"
                | "threatened"
                | "hand"
                | "efforts"
                | "licence"
                | "license"
                | "freedom"
                | "intention"
                | "intent"
                | "readiness"
                | "willingness"
                | "ready"
                | "willing"
                | "eager"
        );
    let capacity_launch = a >= 3
        && matches!(at(a - 1), "launch" | "carry" | "conduct" | "mount" | "stage")
        && at(a - 2) == "to"
        && matches!(at(a - 3), "ability" | "capacity" | "capability" | "means");
    // "asked permission from President Putin to resume air strikes", "sought approval to
    // attack the town": a leave asked or given to act tells no incident either. The
    // noun of leave stands up to six words before the "to" of the trigger's infinitive.
    let to = match at(a.saturating_sub(1)) {
        "to" => a.checked_sub(1),
        "launch" | "carry" | "conduct" | "mount" | "stage" | "resume" | "begin" | "start" => {
            a.checked_sub(2).filter(|&k| at(k) == "to")
        }
        _ => None,
    };
    let leave = to.is_some_and(|t| {
        (t.saturating_sub(6)..t)
            .any(|k| matches!(at(k), "permission" | "authorization" | "authorisation" | "approval" | "go-ahead"))
    });
    // "massacres such as the killing of 150 villagers": a kind, of which an example follows.
    let kind = plural && ((at(b) == "such" && at(b + 1) == "as") || at(b) == "including");
    quantified || similar || kind || capacity || capacity_launch || leave
}

/// Whether the sentence of the words `w` opens as a separate report: "Separately, …",
/// "Elsewhere, …", "In a separate incident, …", "In another attack, …". What it tells is
/// news of its own, not history recalled for the report's lead.
pub(crate) fn separate_report(w: &[String]) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    // A headline's or quote's opening mark is no word.
    let o = usize::from(matches!(at(0), "\"" | "“" | "-" | "—"));
    matches!(at(o), "separately" | "elsewhere")
        || (at(o) == "in" && (at(o + 1) == "another" || (at(o + 1) == "a" && at(o + 2) == "separate")))
}

/// Whether the sentence of the words `w` is a link to another story, as pages print
/// them between paragraphs: "Read more: …", "Full report: …", "Related stories …",
/// "Related 7 Things That …", "Photos: World War II in pictures …", and the trigger at
/// `a` lies in the link's title (its first 14 words: a link without a full stop runs on
/// into the next sentence, "READ MORE: Israel's stop-and-frisk law In Hebron, a woman
/// was shot dead …"). What the title names is told in that other story.
pub(crate) fn link_line(w: &[String], a: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    // A bracket or quote that opens the link is no word.
    let o = usize::from(matches!(at(0), "[" | "(" | "\"" | "“"));
    let (first, second) = (at(o), at(o + 1));
    let numbered = second.bytes().next().is_some_and(|c| c.is_ascii_digit());
    let link = match first {
        "related" => {
            numbered
                || matches!(
                    second,
                    ":" | "stories" | "story" | "articles" | "article" | "coverage" | "links" | "reading" | "content"
                )
        }
        "read" | "see" => matches!(second, "more" | "also") && matches!(at(o + 2), ":" | "-" | "—"),
        "full" => matches!(second, "report" | "story" | "coverage") && at(o + 2) == ":",
        "photos" | "video" | "gallery" => second == ":",
        _ => false,
    };
    link && a <= o + 14
}

/// Whether the trigger at `a..b` of the words `w` names an activity that someone asks
/// or vows to stop, end or let go on: "appeals to stop bombing civilians", "will not stop
/// bombing it", "called for an end to all air strikes", "a halt to the fighting",
/// "refrain from attacks", "allowing the killing to continue". It speaks of the
/// activity in general, not of an incident told as news. Only determiners lie between
/// the verb or noun of stopping and the trigger.
pub(crate) fn activity_to_stop(w: &[String], a: usize, b: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    for k in 1..=3 {
        if k > a {
            break;
        }
        let x = at(a - k);
        let prev = if a - k >= 1 { at(a - k - 1) } else { "" };
        let stop = matches!(x, "stop" | "stopping" | "halt" | "halting" | "cease" | "ceasing")
            || (x == "to" && matches!(prev, "end" | "halt"))
            || (x == "from" && matches!(prev, "refrain" | "refraining" | "desist"));
        if stop {
            return true;
        }
        if !matches!(x, "the" | "all" | "its" | "their" | "his" | "her" | "further" | "this" | "these" | "such") {
            break;
        }
    }
    // "to discourage other jihadis from killing people", "prevented the gunmen from
    // attacking": an act kept from happening.
    let kept_from = a >= 2
        && at(a - 1) == "from"
        && (a.saturating_sub(5)..a - 1).any(|k| {
            matches!(
                at(k),
                "discourage"
                    | "discouraged"
                    | "deter"
                    | "deterred"
                    | "prevent"
                    | "prevented"
                    | "preventing"
                    | "stopped"
                    | "dissuade"
                    | "barred"
                    | "banned"
                    | "keep"
                    | "kept"
            )
        });
    // "allowing the killing to continue".
    kept_from || (at(b) == "to" && matches!(at(b + 1), "continue" | "go"))
}

/// Whether the sentence of the words `w` is a question ("So would Hillary support a coup
/// …?"): it asks, it tells no incident as news. The question mark may stand before a
/// closing quote.
pub(crate) fn question(w: &[String]) -> bool {
    w.iter().rev().find(|x| !matches!(x.as_str(), "\"" | "”" | "’" | "\'" | ")")).is_some_and(|x| x == "?")
}

/// A four-digit year token ("1992", "2004").
fn year(word: &str) -> Option<i64> {
    (word.len() == 4 && word.bytes().all(|c| c.is_ascii_digit()))
        .then(|| word.parse::<i64>().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// Why the clause `ca..cb` of the words `w`, holding the trigger at `a..b`, tells
/// history rather than the day's news; `None` when nothing says so. `reference` is the
/// report's year when known.
pub(crate) fn recalled(
    w: &[String],
    (ca, cb): (usize, usize),
    a: usize,
    b: usize,
    reference: Option<i64>,
) -> Option<&'static str> {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    let cb = cb.min(w.len());
    // A past perfect before the trigger: "had been killed", "had carried out".
    if (a.saturating_sub(4)..a).any(|k| at(k) == "had" || at(k) == "'d")
        && !(a.saturating_sub(4)..a).any(|k| matches!(at(k), "has" | "have" | "said" | "says" | "that"))
    {
        return Some("past perfect");
    }
    // A year before the report's in the clause: "a 2004 car bombing", "in 1981".
    if let Some(r) = reference {
        if (ca..cb).any(|k| year(at(k)).is_some_and(|y| y < r) && !matches!(at(k.saturating_sub(1)), "since" | "until"))
        {
            return Some("earlier year");
        }
    }
    if years_since(w, ca, a) {
        return Some("years since");
    }
    if came_after(w, a) {
        return Some("came a day or more after");
    }
    // "the highest toll since May 10, 2010, when 110 people were killed", "the worst
    // fighting since 2003, when US troops invaded": the time compared with is history.
    let compared = (a.saturating_sub(6)..a).any(|j| {
        at(j) == "when" && j >= 1 && at(j - 1) == "," && (j.saturating_sub(8)..j - 1).any(|k| at(k) == "since")
    });
    if compared {
        return Some("time compared with");
    }
    for k in ca..cb {
        let next = at(k + 1);
        let next2 = at(k + 2);
        let cue = match at(k) {
            // "two years ago", "decades ago", "three weeks ago".
            "ago" => {
                k >= 1
                    && matches!(
                        at(k - 1),
                        "years" | "decades" | "year" | "decade" | "months" | "month" | "weeks" | "centuries"
                    )
            }
            // "last year", "last year's", "the previous year", "last month's failed coup",
            // "last November", "last summer".
            "last" | "previous" | "past" => {
                (matches!(next, "year" | "year's" | "decade" | "century" | "years") && !matches!(next2, "alone"))
                    || (at(k) == "last"
                        && (matches!(next, "month" | "month's")
                            || tidings_text::MONTH_NAMES.contains(&next)
                            || SEASONS.contains(&next)))
            }
            // "earlier this year", "earlier this month".
            "earlier" => next == "this" && matches!(next2, "year" | "month"),
            // "at the time", "in the past", "in those days".
            "at" => next == "the" && next2 == "time",
            "in" => (next == "the" && next2 == "past") || (next == "those" && next2 == "days"),
            // "during World War II", "the Cold War", "the civil war of 1990".
            "world" => next == "war",
            "cold" => next == "war",
            // "of that year", "that same year".
            "that" => matches!(next, "year" | "same") && (next != "same" || next2 == "year"),
            "once" => k + 1 == a,
            // "Then-Prime Minister Nouri al-Maliki … killed peaceful protesters": the
            // clause is set when its actor held an office they no longer hold.
            // The office names the clause's actor, however far from the trigger.
            x if x.starts_with("then-") && x.len() > 5 && k < a => return Some("time of history"),
            "former" | "formerly" => false,
            _ => false,
        };
        if cue && (k + 8 >= a && k <= b + 8) {
            return Some("time of history");
        }
    }
    None
}

/// Whether the clause `ca..cb` of the words `w` sets the trigger at `a..b` "last week"
/// ("Last week, Taliban fighters set off a car bomb …"), within eight words of it.
pub(crate) fn last_week(w: &[String], (ca, cb): (usize, usize), a: usize, b: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    (ca..cb.min(w.len())).any(|k| at(k) == "last" && matches!(at(k + 1), "week" | "week's") && k + 8 >= a && k <= b + 8)
}

/// Whether the trigger at `a` tells what happened a count of years before the report:
/// it follows "N years after" or "N years since" of its clause ("one year after they
/// were shot dead", "marking 20 years since the siege in which 330 people were
/// killed", "a decade after the bombing"). The trigger lies in the phrase the cue
/// governs: no comma between them, or a relative clause ("in which", "when") that
/// opens before the first comma. A clause told after the phrase ("Two years after the
/// bombing, police arrested him") is not governed.
pub(crate) fn years_since(w: &[String], ca: usize, a: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    (ca.max(a.saturating_sub(20))..a).any(|k| {
        if k < 2 || !matches!(at(k), "after" | "since") || !matches!(at(k - 1), "years" | "year" | "decades" | "decade")
        {
            return false;
        }
        let count = matches!(at(k - 2), "a" | "one" | "two" | "three" | "four" | "five" | "ten" | "several" | "many")
            || at(k - 2).bytes().all(|c| c.is_ascii_digit());
        // "the deadliest day in more than two years after militants warned …": a span of
        // comparison, not a time gone since.
        let compared = (k.saturating_sub(5)..k - 1).any(|j| matches!(at(j), "in" | "for"));
        if !count || compared {
            return false;
        }
        let comma = (k + 1..a).find(|&j| at(j) == ",");
        comma.is_none_or(|c| (k + 1..c).any(|j| matches!(at(j), "which" | "when" | "whom")))
    })
}

/// Whether the trigger at `a` tells what the report's incident "came" a day or more
/// after: "Friday's violence came just a day after a Palestinian teen was shot dead",
/// "Thursday's incident comes less than a year after Metrojet Flight 9268 crashed …,
/// killing all 224 people on board", "the bombing comes two weeks after militants
/// stormed …". The wire form tells the earlier incident for context: it is not the
/// day's news. "came hours after" tells the same day, and a clause set apart by ";",
/// "but" or "while" is told on its own.
pub(crate) fn came_after(w: &[String], a: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    (a.saturating_sub(24)..a).any(|j| {
        j >= 2
            && at(j) == "after"
            && matches!(at(j - 1), "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "decade")
            && (j.saturating_sub(6)..j - 1).any(|k| matches!(at(k), "came" | "comes" | "come"))
            && !(j + 1..a).any(|k| matches!(at(k), ";" | ":" | "." | "but" | "while" | "whereas"))
    })
}

/// Seasons: "last summer", like "last November", tells an earlier time.
const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];

/// Words that end the noun phrase between a frame word and the trigger: a verb of
/// saying or being, a clause word, punctuation. "since the coup" is a frame; "since the
/// talks began, a bomb exploded" is not.
const PHRASE_BREAKS: &[&str] = &[
    ",", ";", ":", "(", ")", "\"", "“", "”", "—", "–", "was", "were", "is", "are", "be", "been", "being", "has",
    "have", "had", "said", "says", "say", "told", "who", "which", "when", "where", "while", "but", "did", "do", "does",
    "will", "would", "could", "can", "may", "might", "then", "and", "as",
];

/// Why the trigger at `a` of the words `w` names an incident only as a point of
/// reference or as the matter of a legal or blaming step, not as the day's news: the
/// object of "after", "since", "following", "until", "in the aftermath / wake of", "the
/// anniversary of" ("died after a gunfight", "purged since the coup"), or of "accused
/// of", "charged with", "convicted of", "sentenced for", "trial over", "behind",
/// "role in", "complicity in", "similar to", "history of" ("accused of carrying out the
/// Boston Marathon bombing"). At most six words of one noun phrase lie between the
/// frame and the trigger. `None` when nothing frames it. An incident told only this way
/// happened before the report; a claim of responsibility ("claimed responsibility for
/// the attack") is no frame: it reports the incident.
pub(crate) fn referenced(w: &[String], a: usize) -> Option<&'static str> {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    let from = a.saturating_sub(7);
    for c in (from..a.min(w.len())).rev() {
        // The words between the frame and the trigger form one noun phrase.
        if c + 1 < a && PHRASE_BREAKS.contains(&at(c + 1)) {
            return None;
        }
        let (prev, next) = (if c > 0 { at(c - 1) } else { "" }, at(c + 1));
        // A time word opens a noun phrase ("after the bombing", "since Sunday's attack",
        // "after a gunfight"), not a clause told in sequence ("after allegedly coming
        // under fire", "after militants stormed").
        let phrase = |k: usize| {
            let x = at(k);
            matches!(x, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their")
                || x.ends_with("'s")
                || x.ends_with("’s")
        };
        let frame = match at(c) {
            "after" | "since" | "following" | "until" if phrase(c + 1) => Some("after an earlier incident"),
            "aftermath" | "anniversary" | "anniversaries" if next == "of" => Some("after an earlier incident"),
            "wake" if next == "of" && prev == "the" => Some("after an earlier incident"),
            // "accuse the pair of killing thousands", "accuses Thailand of shooting …":
            // the one accused stands between the verb and "of".
            "of" if accused_between(w, c) => Some("legal or comparison frame"),
            "of" if matches!(prev, "accused" | "convicted" | "guilty" | "suspected" | "mastermind" | "masterminds")
                || matches!(prev, "perpetrator" | "perpetrators" | "history" | "reminiscent") =>
            {
                Some("legal or comparison frame")
            }
            "with" | "for" | "over" | "in"
                if matches!(prev, "charged" | "charges" | "convicted" | "sentenced" | "jailed" | "imprisoned")
                    || matches!(prev, "trial" | "tried" | "indicted" | "complicity" | "role" | "involvement") =>
            {
                Some("legal or comparison frame")
            }
            "for" if prev == "responsible" && !matches!(at(c.saturating_sub(2)), "claimed" | "claims" | "claiming") => {
                Some("legal or comparison frame")
            }
            "behind" => Some("legal or comparison frame"),
            // "theories about the shooting", "an investigation into the bombing", "a test
            // over the coup": the incident is the topic of talk or inquiry, told before.
            "about" | "regarding" | "concerning" | "over" if phrase(c + 1) => Some("topic of talk or inquiry"),
            "into"
                if phrase(c + 1)
                    && matches!(prev, "investigation" | "inquiry" | "probe" | "inquest" | "investigations") =>
            {
                Some("topic of talk or inquiry")
            }
            "to" if prev == "similar" => Some("legal or comparison frame"),
            _ => None,
        };
        if frame.is_some() {
            return frame;
        }
    }
    None
}

/// Whether a verb of accusing stands up to four words before the "of" at `c`, its
/// object between them ("accuse the pair of", "accused Russia of"), with nothing that
/// ends a noun phrase in between.
fn accused_between(w: &[String], c: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    (c.saturating_sub(5)..c.saturating_sub(1)).any(|v| {
        matches!(at(v), "accuse" | "accuses" | "accused" | "accusing")
            && (v + 1..c).all(|k| !PHRASE_BREAKS.contains(&at(k)) && at(k) != "of")
    })
}

/// Whether the trigger at `a` of the words `w` is negated: "have not been detained",
/// "has never been charged", "did n't attack", "no arrests". Only auxiliaries lie
/// between the negation and the trigger; "no" negates only the noun right after it.
/// A negated incident did not happen: no event.
pub(crate) fn negated(w: &[String], a: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    // "It did not kill anyone": the incident happened and killed nobody (a toll of 0).
    if matches!(at(a + 1), "anyone" | "anybody") {
        return false;
    }
    if a >= 1 && at(a - 1) == "no" {
        return true;
    }
    // "with no sign of a ceasefire", "no prospect of talks": what has no sign is not told
    // as happening.
    let article = usize::from(a >= 1 && matches!(at(a - 1), "a" | "an" | "any"));
    if a >= article + 3
        && at(a - article - 1) == "of"
        && matches!(at(a - article - 2), "sign" | "signs" | "prospect" | "prospects" | "hope" | "chance")
        && at(a - article - 3) == "no"
    {
        return true;
    }
    let mut k = a;
    while k > 0 && a - k < 4 {
        k -= 1;
        match at(k) {
            "not" | "never" | "n't" => return !(k > 0 && matches!(at(k - 1), "whether" | "if")),
            // A contraction: "didn't kill", "wasn't arrested", "haven’t attacked".
            x if x.ends_with("n't") || x.ends_with("n’t") => {
                return !(k > 0 && matches!(at(k - 1), "whether" | "if"))
            }
            "been" | "be" | "being" | "yet" | "have" | "has" | "had" | "was" | "were" | "is" | "are" | "ever"
            | "did" | "do" | "does" | "get" | "got" => continue,
            _ => return false,
        }
    }
    false
}

/// Whether the custody participle at `a` ("arrested", "detained", "captured") only
/// describes the people before it, in a sentence whose own verb tells something else:
/// "Two men arrested in Spain for smuggling missiles were extradited", "the six
/// Irishmen arrested for the explosions were innocent", "Rahami, arrested after a
/// shootout, gave …". The arrest is told as known, to say who the people are; the
/// sentence's news is what follows. `verb(k)` tells whether the word at `k` is a verb
/// or an auxiliary (from the tagger).
///
/// The participle is passive: no auxiliary before it ("was arrested" is news) and a
/// preposition, comma or time word after it, not an object ("police detained 12
/// people"). A later finite verb of the clause must follow ("were", "gave"); a
/// participle with none is a headline's ("30 people arrested in Kenya").
pub(crate) fn arrest_describes(w: &[String], a: usize, verb: impl Fn(usize) -> bool) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    if a == 0 || !at(a).ends_with("ed") {
        return false;
    }
    // An adverb may stand between the auxiliary and the participle ("was then arrested").
    let adverb = |x: &str| x.ends_with("ly") || matches!(x, "then" | "later" | "also" | "first" | "since" | "soon");
    let before = at(a - 1);
    let before = if a >= 2 && adverb(before) { at(a - 2) } else { before };
    let auxiliary = matches!(
        before,
        "was" | "were" | "been" | "being" | "be" | "is" | "are" | "get" | "got" | "has" | "have" | "had" | "and" | "or"
    );
    let after = at(a + 1);
    let passive = matches!(
        after,
        "in" | "at" | "on" | "for" | "after" | "over" | "during" | "by" | "near" | "with" | "since" | "following" | ","
    ) || WEEKDAYS.contains(&after);
    if auxiliary || !passive || crate::rules::number_word(before).is_some() || verb(a - 1) {
        return false;
    }
    let finite = |k: usize| {
        let x = at(k);
        matches!(x, "was" | "were" | "is" | "are" | "has" | "have" | "had" | "will" | "would" | "remain" | "remains")
            || (verb(k)
                && !x.ends_with("ed")
                && !x.ends_with("ing")
                && !x.ends_with("en")
                && at(k - 1) != "to"
                && !crate::rules::REPORTING.contains(&x))
    };
    (a + 1..w.len()).take_while(|&k| !matches!(at(k), ";" | "." | "said" | "says")).any(finite)
}

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether the weapon at `a..b` of the words `w` is the means of a fight told by its
/// own verb: "exchanged heavy machine-gun and mortar fire", "traded rocket fire",
/// "fought with machine guns and rocket-propelled grenades". The fight is the event
/// (ACLED: an armed clash); its weapons are no shelling or grenade attack of their own.
/// Only the words of the weapons' list lie between the verb and the trigger ("fought
/// with soldiers after a mortar attack" is another incident).
pub(crate) fn weapon_of_a_fight(w: &[String], a: usize, b: usize) -> bool {
    let at = |k: usize| w.get(k).map_or("", String::as_str);
    let exchange = |x: &str| matches!(x, "exchanged" | "exchange" | "exchanging" | "traded" | "trading");
    let fought = |x: &str| matches!(x, "fought" | "fighting" | "battled" | "clashed");
    let fire_after = (b..(b + 2).min(w.len())).any(|k| at(k) == "fire");
    for k in (a.saturating_sub(7)..a).rev() {
        let x = at(k);
        if exchange(x) {
            return fire_after;
        }
        if fought(x) {
            return at(k + 1) == "with";
        }
        let list_word = x == "with"
            || x == "and"
            || x == ","
            || x.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(
                    x,
                    "a" | "an"
                        | "the"
                        | "after"
                        | "before"
                        | "when"
                        | "in"
                        | "on"
                        | "at"
                        | "by"
                        | "from"
                        | "as"
                        | "then"
                );
        if !list_word {
            return false;
        }
    }
    false
}

/// Whether a document is commentary rather than a report of the day: none of its
/// mentions (sentence index, told as fact and not recalled) tells an incident in its
/// first `lead` sentences.
pub(crate) fn commentary(mentions: impl Iterator<Item = (usize, bool)>, lead: usize) -> bool {
    !mentions.into_iter().any(|(k, fact)| fact && k < lead)
}

/// A TIMEX3 value that dates something recent without a calendar: a weekday ("on
/// Saturday": `XXXX-WXX-6`), today (`XXXX-XX-XX`), now.
pub(crate) fn recent(value: &str) -> bool {
    value.starts_with("XXXX-WXX-") || value.starts_with("XXXX-XX-XX") || value == "PRESENT_REF"
}

/// A TIMEX3 value that names a calendar year, month or season and no day ("in 2006":
/// `2006`, "in December 2013": `2013-12`, "summer 2009": `2009-SU`): the granularity
/// of history. News of the day is told to the day ("on Monday", "September 16").
pub(crate) fn coarse(value: &str) -> bool {
    let b = value.as_bytes();
    let year = b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit);
    let rest = &value[b.len().min(4)..];
    year && (rest.is_empty()
        || (rest.len() == 3 && rest.starts_with('-') && rest[1..].bytes().all(|c| c.is_ascii_digit()))
        || matches!(rest, "-SP" | "-SU" | "-FA" | "-WI" | "-Q1" | "-Q2" | "-Q3" | "-Q4" | "-H1" | "-H2"))
}

/// A TIMEX3 value that names a month of no year ("in November": `XXXX-11`): in a report
/// without a publication date, a month told without its day is the time of history
/// ("was charged with murder in November", "the bombings in Paris in November"), as a
/// year is; the day's news is told by its day ("on Monday").
pub(crate) fn month_only(value: &str) -> bool {
    value.len() == 7 && value.starts_with("XXXX-") && value[5..].bytes().all(|c| c.is_ascii_digit())
}

/// Verbs that date the start of an activity that goes on ("began bombarding the city in
/// September"): the month is when it began, not when it was over.
pub(crate) const BEGINNING: &[&str] = &["began", "begun", "started", "start", "starting", "beginning"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_months_and_seasons_are_coarse_days_are_not() {
        for v in ["2006", "2013-12", "2009-SU", "2015-Q3"] {
            assert!(coarse(v), "{v}");
        }
        for v in ["2013-12-05", "XXXX-12", "XXXX-WXX-6", "2013-W12", "PRESENT_REF", "19XX"] {
            assert!(!coarse(v), "{v}");
        }
    }

    #[test]
    fn months_without_a_year() {
        assert!(month_only("XXXX-11"));
        for v in ["XXXX-WXX-6", "XXXX-11-05", "2013-11", "XXXX-XX-XX", "XXXX-SU", "PRESENT_REF"] {
            assert!(!month_only(v), "{v}");
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn the_weapons_of_a_fight_are_no_attack_of_their_own() {
        let fight = |s: &str, trigger: &str| {
            let w = words(s);
            let a = at(&w, trigger);
            weapon_of_a_fight(&w, a, a + 1)
        };
        assert!(fight("both sides then exchanged heavy machine-gun and mortar fire for hours", "mortar"));
        assert!(fight("gunmen fought with machine guns and rocket-propelled grenades in the camp", "grenades"));
        assert!(!fight("militants fought with soldiers after a mortar attack on the base", "mortar"));
        assert!(!fight("rebels fired mortar rounds at the base", "mortar"));
    }

    #[test]
    fn an_arrest_that_only_says_who_people_are_is_told_as_known() {
        const VERBS: &[&str] =
            &["arrested", "detained", "smuggling", "were", "was", "gave", "tried", "said", "has", "been", "charged"];
        let describes = |s: &str, trigger: &str| {
            let w = words(s);
            arrest_describes(&w, at(&w, trigger), |k| VERBS.contains(&w[k].as_str()))
        };
        assert!(describes("Two men arrested in Spain for smuggling missiles were extradited .", "arrested"));
        assert!(describes("the six Irishmen arrested for the explosions were innocent .", "arrested"));
        assert!(describes("The manhunt for Rahami , arrested after a shootout , gave him fodder .", "arrested"));
        // Told as news: a finite passive, an active verb with its object, a headline.
        assert!(!describes("He was then arrested in Iran and was reportedly tried .", "arrested"));
        assert!(!describes("Police detained several people as officers intervened .", "detained"));
        assert!(!describes("Portland police declare riot ; 9 arrested", "arrested"));
        assert!(!describes("30 people arrested in Kenya , police said .", "arrested"));
        assert!(!describes("A man has been arrested in Moscow after she was seen .", "arrested"));
    }

    fn at(w: &[String], word: &str) -> usize {
        w.iter().position(|x| x == word).unwrap()
    }

    #[test]
    fn an_incident_told_years_before_the_report_is_history() {
        let since = |s: &str, t: &str| {
            let w = words(s);
            years_since(&w, 0, at(&w, t))
        };
        assert!(since("remembered on Sunday , one year after they were shot dead in their home", "shot"));
        assert!(since(
            "marking 20 years since the hostage siege in which more than 330 people , most of them children , were killed",
            "killed"
        ));
        assert!(since("A decade after the bombing destroyed the market", "bombing"));
        // The clause told after the phrase is the day's news.
        assert!(!since("Two years after the bombing , police arrested the suspect", "arrested"));
        // A span of comparison is no time gone since.
        assert!(!since("the deadliest day in more than two years after militants attacked the city", "attacked"));
        // Days and weeks since are the day's news.
        assert!(!since("two days after gunmen attacked the convoy", "attacked"));
    }

    #[test]
    fn an_incident_the_news_came_days_after_is_history() {
        let came = |s: &str, t: &str| {
            let w = words(s);
            came_after(&w, at(&w, t))
        };
        assert!(came("Friday 's violence came just a day after a Palestinian teen was shot dead", "shot"));
        assert!(came(
            "Thursday 's incident comes less than a year after Metrojet Flight 9268 crashed in Sinai , killing all 224",
            "killing"
        ));
        assert!(came("The bombing comes two weeks after militants stormed a hotel", "stormed"));
        // The same day, and the incident that came.
        assert!(!came("The attack came hours after another bomb went off", "bomb"));
        assert!(!came("The bombing comes two weeks after militants stormed a hotel", "bombing"));
        // Without "came", the clause is told in sequence.
        assert!(!came("two days after gunmen attacked the convoy", "attacked"));
        // A clause set apart is told on its own.
        assert!(!came("It came a day after the vote ; gunmen killed four", "killed"));
        assert!(!came_after(&[], 0));
    }

    #[test]
    fn incident_words_that_modify_a_noun_name_no_incident() {
        assert!(modifier_use("riot", "police"));
        assert!(modifier_use("attack", "helicopters"));
        assert!(modifier_use("bomb", "squad"));
        assert!(!modifier_use("bomb", "exploded"));
        assert!(!modifier_use("killed", "police"));
        assert!(!modifier_use("attack", "on"));
        assert!(modifier_use("assault", "weapon"));
        assert!(modifier_use("assault", "rifles"));
    }

    #[test]
    fn links_to_other_stories() {
        let link = |s: &str, t: &str| {
            let w = words(s);
            link_line(&w, at(&w, t))
        };
        assert!(link("Read more : The stealthy , nefarious way an ex-KGB officer was murdered", "murdered"));
        assert!(link("[ Full report : Russian President Vladimir Putin implicated in fatal poisoning ]", "fatal"));
        assert!(link("Related 7 Things That Are Harder to Get Than an Assault Weapon", "assault"));
        assert!(link("Related Stories if looks could kill", "kill"));
        assert!(link("Photos : World War II in pictures of the attack", "attack"));
        assert!(!link("Related charges were filed against the gunman on Monday", "charges"));
        assert!(!link("Read the full statement on the attack here", "attack"));
        assert!(!link("Gunmen killed 5 people on Monday", "killed"));
        // The title ends; the next sentence, run on without a full stop, is news.
        assert!(!link(
            "READ MORE : Israel 's stop-and-frisk law ' blatant racism ' In the southern West Bank city of Hebron , a woman was shot dead",
            "shot"
        ));
        assert!(!link_line(&[], 0));
    }

    #[test]
    fn last_week_sets_an_incident_before_the_report() {
        let w = words("Last week , Taliban fighters set off a car bomb outside a compound");
        let all = (0, w.len());
        assert!(last_week(&w, all, at(&w, "car"), at(&w, "car") + 2));
        let w = words("Taliban fighters set off a car bomb outside a compound on Monday");
        assert!(!last_week(&w, (0, w.len()), at(&w, "bomb"), at(&w, "bomb") + 1));
    }

    #[test]
    fn illnesses_named_attacks_are_no_violence() {
        assert!(medical_use("panic", "attacks"));
        assert!(medical_use("heart", "attack"));
        assert!(!medical_use("terrorist", "attack"));
        assert!(!medical_use("heart", "bombing"));
    }

    #[test]
    fn general_statements_about_incidents() {
        let w = words("Such an attack shows the desperation of Daesh");
        assert!(generic_use(&w, at(&w, "attack"), at(&w, "attack") + 1));
        let w = words("We will not allow al-Qaida to grow its capacity to attack the United States");
        assert!(generic_use(&w, at(&w, "attack"), at(&w, "attack") + 1));
        let stop = |s: &str, t: &str| {
            let w = words(s);
            activity_to_stop(&w, at(&w, t), at(&w, t) + 1)
        };
        assert!(stop("urged Tsarnaev to show remorse to discourage other jihadis from killing people", "killing"));
        assert!(stop("troops prevented the gunmen from attacking the base", "attacking"));
        assert!(!stop("he was released from detention on Monday", "detention"));
        assert!(!stop("gunmen from the village attacked the base", "attacked"));
        let w = words("Assad has calculated that US elections give him a free hand to massacre");
        assert!(generic_use(&w, at(&w, "massacre"), at(&w, "massacre") + 1));
        let w = words("the ministry asked permission from President Putin to resume air strikes against the rebels");
        assert!(generic_use(&w, at(&w, "air"), at(&w, "air") + 2));
        let w = words("the army sought approval to attack the town");
        assert!(generic_use(&w, at(&w, "attack"), at(&w, "attack") + 1));
        let w = words("less comically than with its efforts to assassinate Fidel Castro");
        assert!(generic_use(&w, at(&w, "assassinate"), at(&w, "assassinate") + 1));
        // An attempt is an incident of its own (attempted).
        let w = words("gunmen tried to assassinate the governor");
        assert!(!generic_use(&w, at(&w, "assassinate"), at(&w, "assassinate") + 1));
        let w = words("perversely profits with each new mass shooting");
        assert!(generic_use(&w, at(&w, "shooting"), at(&w, "shooting") + 1));
        // A told incident is no generic mention.
        let w = words("Gunmen attacked the convoy on Monday");
        assert!(!generic_use(&w, at(&w, "attacked"), at(&w, "attacked") + 1));
        let w = words("the attack on the market killed 20");
        assert!(!generic_use(&w, at(&w, "attack"), at(&w, "attack") + 1));
        // Incidents compared in general; one similar attack may be news.
        let w = words("the Taliban have carried out scores of similar attacks in the area");
        assert!(generic_use(&w, at(&w, "attacks"), at(&w, "attacks") + 1));
        let w = words("in a similar attack on Monday gunmen killed two guards");
        assert!(!generic_use(&w, at(&w, "attack"), at(&w, "attack") + 1));
        let w = words("massacres such as the killing of 150 villagers in 2019 left communities afraid");
        assert!(generic_use(&w, at(&w, "massacres"), at(&w, "massacres") + 1));
        let w = words("similar attacks took place elsewhere in Paris the same night");
        assert!(!generic_use(&w, at(&w, "attacks"), at(&w, "attacks") + 1));
    }

    #[test]
    fn sentences_that_open_a_separate_report() {
        assert!(separate_report(&words("Separately , gunmen shot dead a politician")));
        assert!(separate_report(&words("Elsewhere , a roadside bomb killed two soldiers")));
        assert!(separate_report(&words("In a separate incident , police arrested five men")));
        assert!(separate_report(&words("In another attack , militants stormed a post")));
        assert!(!separate_report(&words("In a statement , the army said the attack failed")));
        assert!(!separate_report(&words("On Sunday , a suicide bombing killed five")));
    }

    #[test]
    fn activities_asked_to_stop_or_go_on() {
        let stop = |s: &str, t: &str| {
            let w = words(s);
            let a = at(&w, t);
            activity_to_stop(&w, a, a + 1)
        };
        assert!(stop("Russia ignored appeals to stop bombing civilians", "bombing"));
        assert!(stop("Russia will not stop bombing it", "bombing"));
        assert!(stop("the resolution called for an end to all air strikes", "air"));
        assert!(stop("he urged a halt to the fighting", "fighting"));
        assert!(stop("militants must refrain from attacks", "attacks"));
        assert!(stop("Russia was intent on allowing the killing to continue", "killing"));
        // Incidents told as news.
        assert!(!stop("the bombing of Aleppo went on all night", "bombing"));
        assert!(!stop("police stopped the attackers after a chase", "attackers"));
        assert!(!stop("at the end of the day gunmen killed four", "killed"));
        assert!(!stop("a bus stop was hit in the bombing", "bombing"));
        assert!(!activity_to_stop(&[], 0, 0));
    }

    #[test]
    fn questions_tell_no_news() {
        assert!(question(&words("So would Hillary support a coup in Latin America ?")));
        assert!(question(&words("Who attacked us ? \"")));
        assert!(!question(&words("Gunmen attacked the convoy on Monday .")));
        assert!(!question(&[]));
    }

    #[test]
    fn incidents_named_as_a_point_of_reference_or_a_legal_matter() {
        let framed = |s: &str, t: &str| {
            let w = words(s);
            referenced(&w, at(&w, t))
        };
        assert!(framed("Tamerlan died after a gunfight with police", "gunfight").is_some());
        assert!(framed("tens of thousands were detained since the coup", "coup").is_some());
        assert!(framed("In the immediate aftermath of the Oklahoma City bombing he was sent", "bombing").is_some());
        assert!(framed("the two men accused of carrying out the Boston Marathon bombing", "bombing").is_some());
        assert!(framed("Van Dyke was charged with murder in November", "murder").is_some());
        assert!(framed("Ankara accuses him of being behind the coup attempt", "coup").is_some());
        // The one accused between the verb and "of".
        assert!(framed("rights groups accuse the pair of killing thousands in Aleppo", "killing").is_some());
        assert!(framed("Hun Manet accuses Thailand of shooting a villager", "shooting").is_some());
        assert_eq!(framed("Kyiv accused Moscow and the head of the attack unit", "attack"), None);
        assert!(framed(
            "remained in prison, charged with complicity in the assassination of Carrero Blanco",
            "assassination"
        )
        .is_some());
        // The incident told as the news of its own clause.
        assert_eq!(framed("A bomb exploded at the market on Monday", "bomb"), None);
        assert_eq!(framed("Militants attacked a checkpoint after midnight , killing four", "killing"), None);
        assert_eq!(framed("their car flipped after allegedly coming under fire", "coming"), None);
        // A clause between the frame and the trigger ends the phrase.
        assert_eq!(framed("since the talks began a bomb has killed 20", "killed"), None);
        // A claim reports the incident.
        assert_eq!(framed("the group claimed responsibility for the attack", "attack"), None);
        // Bounds.
        assert_eq!(referenced(&[], 0), None);
        assert_eq!(referenced(&words("after"), 0), None);
        assert_eq!(referenced(&words("after attack"), 1), None);
        assert_eq!(referenced(&words("the attack"), 1), None);
    }

    #[test]
    fn negated_incidents() {
        let neg = |s: &str, t: &str| {
            let w = words(s);
            negated(&w, at(&w, t))
        };
        assert!(neg("another 7,668 people are under investigation but have not been detained", "detained"));
        assert!(neg("he has not been indicted and faces further questioning", "indicted"));
        assert!(neg("he has never been charged", "charged"));
        assert!(neg("police said no arrests were made", "arrests"));
        assert!(neg("The Second Amendment didn't kill people", "kill"));
        assert!(neg("he wasn’t arrested", "arrested"));
        assert!(!neg("police have detained 20 people", "detained"));
        assert!(!neg("not only the bombing of Hiroshima", "bombing"));
        assert!(!neg("it is not clear who detonated the bomb", "detonated"));
        assert!(!neg("detained", "detained"));
        assert!(!neg("it did not kill anyone but hurt 30 people", "kill"), "a toll of none, not a negated blast");
        assert!(!negated(&[], 0));
        assert!(neg("fighting entered a fourth day with no sign of a ceasefire", "ceasefire"));
        assert!(neg("there is no prospect of talks", "talks"));
        assert!(!neg("the first sign of a ceasefire came on Monday", "ceasefire"));
    }

    #[test]
    fn history_told_for_context() {
        let all = |w: &Vec<String>| (0, w.len());
        let w = words("an Army captain who was killed in a 2004 car bombing in Iraq");
        let a = at(&w, "bombing");
        assert_eq!(recalled(&w, all(&w), a, a + 1, Some(2016)), Some("earlier year"));
        // The year of the report itself is no history.
        assert_eq!(recalled(&w, all(&w), a, a + 1, Some(2004)), None);
        // No reference year: a year alone says nothing.
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), None);
        let w = words(
            "Then-Prime Minister Nouri al-Maliki stripped his political opponents of power , appointed his cronies to run the army , and killed peaceful protesters",
        );
        let a = at(&w, "killed");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time of history"));
        let w = words("Monday 's toll was the highest since May 10 , 2010 , when 110 people were killed");
        let a = at(&w, "killed");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time compared with"));
        let w = words("since the talks began , when gunmen attacked a convoy");
        let a = at(&w, "attacked");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time compared with"));
        let w = words("police said that , when gunmen attacked the convoy , two soldiers died");
        let a = at(&w, "attacked");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), None);
        let w = words("Prime Minister Nouri al-Maliki said troops killed peaceful protesters");
        let a = at(&w, "killed");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), None);
        let w = words("the Taliban had used Humvees captured from Afghan forces");
        let a = at(&w, "captured");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("past perfect"));
        let w = words("the conflict has killed 50,000 since 1992");
        let a = at(&w, "killed");
        assert_eq!(recalled(&w, all(&w), a, a + 1, Some(2020)), None, "a running total is no recalled incident");
        let w = words("two years ago a bomb exploded at the same market");
        let a = at(&w, "bomb");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time of history"));
        let w = words("a bomb exploded at the market on Monday killing 20");
        let a = at(&w, "bomb");
        assert_eq!(recalled(&w, all(&w), a, a + 1, Some(2020)), None);
        let w = words("relations that were wrecked last November when Turkey shot down a Russian jet");
        let a = at(&w, "shot");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time of history"));
        let w = words("western capitals failed to condemn last month's failed coup");
        let a = at(&w, "coup");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), Some("time of history"));
        let w = words("the rebels had been expelled earlier this year");
        let a = at(&w, "expelled");
        assert!(recalled(&w, all(&w), a, a + 1, None).is_some());
        // "last week" is within the days that gold codes as news.
        let w = words("a bomb exploded at the market last week");
        let a = at(&w, "bomb");
        assert_eq!(recalled(&w, all(&w), a, a + 1, None), None);
        // Bounds: a trigger at the very end, an empty clause.
        let w = words("ago");
        assert_eq!(recalled(&w, (0, 1), 0, 1, None), None);
        assert_eq!(recalled(&[], (0, 0), 0, 0, None), None);
    }
}
