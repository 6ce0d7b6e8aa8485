//! Tense cues: whether a verb places what a sentence tells before or after the
//! moment of writing.
//!
//! The scanner takes the cue nearest to a year-less date ("said on March 7",
//! "will be held on March 20") and reads the date on that side of the anchor.
//! Cues are single words with at most two words of context; there is no parser.

use crate::calendar::Rel;

/// Forms that are past whatever stands around them.
const PAST_FINITE: &[&str] = &[
    "was",
    "were",
    "did",
    "had",
    "ago",
    "wasn't",
    "weren't",
    "didn't",
    "hadn't",
    "wasn’t",
    "weren’t",
    "didn’t",
    "hadn’t",
];

/// Irregular past tenses and participles; after a form of "be" they are a passive
/// present or future ("is held", "will be held") rather than a past.
const PAST_FORMS: &[&str] = &[
    "said", "told", "came", "went", "took", "taken", "began", "begun", "led", "fled", "met", "held", "found", "gave",
    "given", "made", "saw", "seen", "struck", "fought", "shot", "fell", "fallen", "won", "lost", "sent", "became",
    "brought", "built", "caught", "drove", "driven", "ran", "stood", "sought", "thought", "wrote", "written", "spoke",
    "spoken", "broke", "broken", "stole", "stolen", "arose", "left", "got", "knew", "known", "rose", "risen", "felt",
    "kept", "heard", "paid", "laid", "meant", "slew", "swore", "threw", "blew", "flew", "grew", "drew", "withdrew",
    "overran", "shown", "done", "gone", "been", "hit",
];

/// Words in "-ed" that are mostly adjectives or not verbs at all.
const NOT_PAST: &[&str] = &[
    "speed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
    "indeed",
    "hundred",
    "sacred",
    "naked",
    "wicked",
    "kindred",
    "rugged",
    "ragged",
    "armed",
    "alleged",
    "suspected",
    "united",
    "based",
    "related",
    "unidentified",
    "unnamed",
    "masked",
    "wanted",
    "detailed",
    "limited",
    "advanced",
    "concerned",
    "interested",
    "experienced",
    "skilled",
    "talented",
    "beloved",
    "embed",
];

const BE: &[&str] = &["be", "being", "is", "are", "am"];

/// Verbs that announce a future with "to": "plans to", "is going to".
const INTEND: &[&str] =
    &["plans", "plan", "planning", "intends", "intend", "aims", "going", "vows", "promises", "threatens"];

/// Participles that announce a future after "be" and before "to": "is expected to".
const SCHEDULED: &[&str] = &["expected", "scheduled", "set", "due", "slated", "poised"];

/// The tense a word signals, given the two words before it and the one after.
pub(crate) fn cue(before2: &str, before: &str, word: &str, after: &str, capitalized: bool) -> Option<Rel> {
    if is_future(before, word, after) {
        return Some(Rel::Future);
    }
    if PAST_FINITE.contains(&word) {
        return Some(Rel::Past);
    }
    // "may be signed", "might meet": not yet.
    if matches!(word, "may" | "might") && after != "have" {
        return Some(Rel::Future);
    }
    // "has been scheduled for", "is due on": a plan.
    if (SCHEDULED.contains(&word) && (BE.contains(&before) || before == "been"))
        || (word == "been" && SCHEDULED.contains(&after))
    {
        return Some(Rel::Future);
    }
    // "his next court appearance", "the upcoming vote" (not "the next day": that is a time).
    if word == "upcoming" || (word == "next" && !is_time_word(after)) {
        return Some(Rel::Future);
    }
    let participle = PAST_FORMS.contains(&word) || (!capitalized && is_regular_past(word));
    let after_be = BE.contains(&before) || (before.ends_with("ly") && BE.contains(&before2));
    (participle && !after_be).then_some(Rel::Past)
}

fn is_future(before: &str, word: &str, after: &str) -> bool {
    matches!(word, "will" | "shall" | "won't" | "won’t")
        || word.ends_with("'ll")
        || word.ends_with("’ll")
        || (after == "to"
            && (INTEND.contains(&word)
                || matches!(word, "is" | "are")
                || (SCHEDULED.contains(&word) && (BE.contains(&before) || before == "'s"))))
}

/// Words that make "next" part of a time expression: "next week", "next Friday".
fn is_time_word(w: &str) -> bool {
    crate::lexicon::unit(w).is_some()
        || crate::lexicon::weekday(w).is_some()
        || crate::lexicon::month(w).is_some()
        || crate::lexicon::season(w).is_some()
        || matches!(w, "few" | "two" | "three" | "several" | "morning" | "afternoon" | "evening" | "night" | "time")
}

fn is_regular_past(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase()) && !NOT_PAST.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(before: &str, word: &str, after: &str) -> Option<Rel> {
        cue("", before, word, after, false)
    }

    #[test]
    fn past_and_future_cues() {
        assert_eq!(at("FSB", "said", "on"), Some(Rel::Past));
        assert_eq!(at("has", "prevented", "an"), Some(Rel::Past));
        assert_eq!(at("be", "held", "on"), None);
        assert_eq!(at("it", "will", "be"), Some(Rel::Future));
        assert_eq!(at("is", "expected", "to"), Some(Rel::Future));
        assert_eq!(at("was", "expected", "to"), Some(Rel::Past));
        assert_eq!(at("visit", "is", "to"), Some(Rel::Future));
        assert_eq!(at("he", "plans", "to"), Some(Rel::Future));
        assert_eq!(at("the", "armed", "group"), None);
        assert_eq!(at("we", "need", "to"), None);
        assert_eq!(cue("", "", "Ahmed", "", true), None);
        assert_eq!(cue("is", "reportedly", "held", "", false), None);
        assert_eq!(at("been", "scheduled", "for"), Some(Rel::Future));
        assert_eq!(at("his", "next", "court"), Some(Rel::Future));
        assert_eq!(at("the", "next", "day"), None);
        assert_eq!(at("contract", "may", "be"), Some(Rel::Future));
        assert_eq!(at("it", "may", "have"), None);
    }
}
