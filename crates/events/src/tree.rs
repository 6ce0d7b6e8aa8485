//! Roles read from a sentence's dependency tree: who acts (agent) and who is acted
//! upon (patient) for a trigger, as word indices of the parse.
//!
//! - A verb: active subject and object ("militants attacked the base"), passive
//!   "by"-phrase and subject ("soldiers were killed by militants", "was shot dead by
//!   soldiers", the phrase on the secondary predicate); a verb conjoined or
//!   an open complement shares its subject ("stormed the town and killed 5"), a
//!   participle adjunct the subject of its clause ("…, killing 5"); a relative clause's
//!   "who"/"which" is the noun it modifies ("militants who attacked …"), and a reduced
//!   relative's noun is its patient or agent ("soldiers killed in the raid").
//! - A noun: its possessor or "by"-phrase is the agent ("the Taliban's attack", "an
//!   attack by X"), an "on"/"against"/"of" phrase the patient ("an attack on the
//!   base", "the killing of X"); a noun that is the object of a verb of doing
//!   ("carried out an attack", "claimed the bombing") takes that verb's subject as
//!   agent, and a noun that is a subject ("the blast killed 5") that verb's object as
//!   patient.
//! - Reported speech: the subject of a verb of saying or commenting is a source
//!   ([`speakers`]), never a party.

use tidings_syntax::analysis::base;
use tidings_syntax::{Parse, Upos};

use crate::rules;

/// The roles of a trigger. `None`: the tree names nobody in that role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Roles {
    pub head: usize,
    pub agent: Option<usize>,
    pub patient: Option<usize>,
}

/// Verbs whose object names an act the subject did: "carried out an attack",
/// "claimed the bombing", "launched an offensive".
const DOING: &[&str] = &[
    "carried",
    "carry",
    "carries",
    "carrying",
    "launched",
    "launch",
    "launches",
    "launching",
    "conducted",
    "conduct",
    "conducts",
    "conducting",
    "staged",
    "stage",
    "mounted",
    "executed",
    "perpetrated",
    "committed",
    "claimed",
    "claim",
    "claims",
    "claiming",
    "plotted",
    "planned",
    "orchestrated",
    "masterminded",
    "unleashed",
    "led",
    "began",
    "started",
    "waged",
    "intensified",
    "stepped",
    "held",
    "signed",
    "declared",
    "imposed",
    "opened",
];

/// Nouns of a fight between two sides, which a harm may be told as happening in.
const FIGHTS: &[&str] = &[
    "shootout",
    "shootouts",
    "clash",
    "clashes",
    "fighting",
    "gunfight",
    "gunfights",
    "firefight",
    "gunbattle",
    "battle",
    "battles",
    "skirmish",
    "skirmishes",
];

/// The fight a verb of harm is told as happening in ("killed during a shootout", "in
/// clashes", "amid fighting"): its word.
pub(crate) fn fight_of(p: &Parse, text: &str, verb: usize) -> Option<usize> {
    p.dependents(verb, "obl").find(|&o| {
        FIGHTS.contains(&lower(p, text, o).as_str())
            && case_of(p, text, o).is_some_and(|c| matches!(c.as_str(), "in" | "during" | "amid"))
    })
}

/// Attacks told as nouns that a harm may be told as happening in ("killed in a Taliban
/// attack", "in a mass shooting by cartel gunmen").
const ATTACKS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "shooting",
    "shootings",
    "bombing",
    "bombings",
    "raid",
    "raids",
    "ambush",
    "assault",
    "offensive",
    "massacre",
];

/// The agent of an attack told as a noun: its possessor ("the Taliban's attack"), its
/// "by"-phrase ("an attack by X"), or a proper name compounded before it ("a Taliban
/// attack").
fn nominal_agent(p: &Parse, text: &str, t: usize) -> Option<usize> {
    p.dependents(t, "nmod:poss")
        .next()
        .or_else(|| p.dependents(t, "nmod").find(|&n| case_of(p, text, n).as_deref() == Some("by")))
        .or_else(|| p.dependents(t, "compound").find(|&c| p.words[c].upos == Upos::Propn && c < t))
}

/// Prepositions that introduce the side acted against.
const AGAINST: &[&str] = &["on", "against", "at", "targeting", "upon", "with", "between"];

fn lower(p: &Parse, text: &str, i: usize) -> String {
    text[p.words[i].start..p.words[i].end].to_lowercase()
}

pub(crate) fn case_of(p: &Parse, text: &str, i: usize) -> Option<String> {
    p.dependents(i, "case").next().map(|c| lower(p, text, c))
}

fn relative_pronoun(p: &Parse, text: &str, i: usize) -> bool {
    matches!(lower(p, text, i).as_str(), "who" | "which" | "that" | "whom")
}

/// The word of the trigger `start..end` that heads it (its head lies outside it).
pub(crate) fn trigger_head(p: &Parse, start: usize, end: usize) -> Option<usize> {
    let inside = |i: usize| p.words[i].start >= start && p.words[i].end <= end;
    (0..p.words.len()).filter(|&i| inside(i)).find(|&i| p.head(i).is_none_or(|h| !inside(h)))
}

/// The subject of an active verb, shared with the verb it is conjoined to, completes,
/// or (a participle: "…, killing 5") modifies.
fn subject(p: &Parse, text: &str, verb: usize) -> Option<usize> {
    let mut v = verb;
    for _ in 0..8 {
        // Two subjects ("its leader Abdullah Orokzai was captured"): the one next to the verb.
        if let Some(s) = p.dependents(v, "nsubj").last() {
            if relative_pronoun(p, text, s) && p.words[v].deprel == "acl:relcl" {
                return p.head(v);
            }
            return Some(s);
        }
        let rel = p.words[v].deprel;
        let participle = lower(p, text, v).ends_with("ing");
        match (p.head(v), base(rel)) {
            (Some(h), "conj" | "xcomp") => v = h,
            (Some(h), "advcl") if participle && p.is_verb(h) => v = h,
            // "militants attacking the base": the noun acts.
            (Some(h), "acl") if participle => return Some(h),
            _ => return None,
        }
    }
    None
}

/// The side acted against of an active verb: its object, else a nominal after "on",
/// "against", "at", "with" ("opened fire on protesters", "clashed with rebels").
fn object(p: &Parse, text: &str, verb: usize) -> Option<usize> {
    p.object(verb).or_else(|| {
        p.dependents(verb, "obl").find(|&o| case_of(p, text, o).is_some_and(|c| AGAINST.contains(&c.as_str()))).or_else(
            || {
                // "fired tear gas at protesters": the object's own "at"-phrase.
                p.dependents(verb, "obj").next().and_then(|o| {
                    p.dependents(o, "nmod")
                        .find(|&n| case_of(p, text, n).is_some_and(|c| matches!(c.as_str(), "at" | "on")))
                })
            },
        )
    })
}

/// The roles of the trigger `start..end` (byte range), if the tree holds it.
pub(crate) fn roles(p: &Parse, text: &str, start: usize, end: usize) -> Option<Roles> {
    let t = trigger_head(p, start, end)?;
    let rel = p.words[t].deprel;
    let w = lower(p, text, t);
    let (mut agent, mut patient);
    if p.words[t].upos == Upos::Verb || (p.is_verb(t) && p.dependents(t, "nsubj").next().is_some()) {
        let reduced = base(rel) == "acl"
            && rel != "acl:relcl"
            && (w.ends_with("ed") || w.ends_with("en") || matches!(w.as_str(), "shot" | "hit" | "held" | "caught"));
        if p.is_passive(t) || reduced {
            // "was shot dead by Israeli forces": the "by"-phrase may hang on the verb's
            // secondary predicate.
            agent = p.agent(t, text).or_else(|| p.dependents(t, "xcomp").find_map(|x| p.agent(x, text)));
            patient = p.dependents(t, "nsubj").last();
            if patient.is_some_and(|s| relative_pronoun(p, text, s)) || (patient.is_none() && base(rel) == "acl") {
                patient = p.head(t);
            }
            // "… and were killed": the subject of the verb it is conjoined to.
            if patient.is_none() && base(rel) == "conj" {
                patient = p.head(t).and_then(|h| p.dependents(h, "nsubj").next());
            }
            // "Nine people are killed during a shootout between X and Y": the fight's
            // sides are the sides, X acting.
            if agent.is_none() {
                let between = fight_of(p, text, t)
                    .and_then(|f| p.dependents(f, "nmod").find(|&n| case_of(p, text, n).as_deref() == Some("between")));
                if let Some(x) = between {
                    agent = Some(x);
                    patient = p.dependents(x, "conj").next();
                }
            }
            // "Seven people are killed in a mass shooting by Santa Rosa de Lima Cartel
            // gunmen": the attack a harm is told in names its agent.
            let attack_agent = |v: usize| {
                p.dependents(v, "obl")
                    .filter(|&o| {
                        ATTACKS.contains(&lower(p, text, o).as_str())
                            && case_of(p, text, o).is_some_and(|c| matches!(c.as_str(), "in" | "during"))
                    })
                    .find_map(|o| nominal_agent(p, text, o))
            };
            if agent.is_none() {
                agent = attack_agent(t);
            }
            // "40 people are killed and dozens are injured in a drone attack by the RSF",
            // "… are injured in an airstrike carried out by Israel": the agent of a
            // passive conjoined to the trigger, or of its "carried out", is the trigger's.
            if agent.is_none() {
                agent = p
                    .children(t)
                    .iter()
                    .copied()
                    .filter(|&c| c > t)
                    .filter(|&c| match base(p.words[c].deprel) {
                        "conj" | "ccomp" => p.is_passive(c),
                        "advcl" | "acl" => DOING.contains(&lower(p, text, c).as_str()),
                        _ => false,
                    })
                    .find_map(|c| p.agent(c, text).or_else(|| attack_agent(c)));
            }
        } else {
            agent = subject(p, text, t);
            patient = object(p, text, t);
        }
    } else {
        // A noun (or a trigger the tagger read as another part of speech).
        agent = nominal_agent(p, text, t);
        patient = p.dependents(t, "nmod").find(|&n| {
            case_of(p, text, n).is_some_and(|c| AGAINST.contains(&c.as_str()) || (c == "of" && agent.is_some()))
        });
        if patient.is_none() && agent.is_none() {
            patient = p.dependents(t, "nmod").find(|&n| case_of(p, text, n).as_deref() == Some("of"));
        }
        // "fighting between X and Y": X acts, Y is acted against.
        if agent.is_none() {
            if let Some(x) = patient.filter(|&n| case_of(p, text, n).as_deref() == Some("between")) {
                agent = Some(x);
                patient = p.dependents(x, "conj").next();
            }
        }
        if let Some(h) = p.head(t) {
            // "carried out an attack", "claimed responsibility for the bombing".
            let mut v = h;
            let mut r = base(rel);
            for _ in 0..2 {
                if agent.is_some() {
                    break;
                }
                if p.is_verb(v) && matches!(r, "obj" | "obl" | "nsubj") && DOING.contains(&lower(p, text, v).as_str()) {
                    agent = subject(p, text, v);
                    break;
                }
                match p.head(v) {
                    Some(hh) if matches!(base(p.words[v].deprel), "obj" | "nmod" | "obl") => {
                        r = base(p.words[v].deprel);
                        v = hh;
                    }
                    _ => break,
                }
            }
            // "the blast killed 5 soldiers", "an attack … left 12 dead".
            if patient.is_none() && base(rel) == "nsubj" && p.is_verb(h) {
                patient = object(p, text, h);
            }
        }
    }
    if agent == patient {
        patient = None;
    }
    Some(Roles { head: t, agent, patient })
}

/// The proper name right before a verb of saying the parse gave no subject ("…, Al-Monitor
/// online reported.", where the name was read as an apposition of the clause's last noun),
/// an adverb between them allowed: its byte range.
fn name_before(p: &Parse, text: &str, v: usize) -> Option<(usize, usize)> {
    let mut k = v.checked_sub(1)?;
    while p.words[k].upos == Upos::Adv {
        k = k.checked_sub(1)?;
    }
    let mut start = None;
    for j in (0..=k).rev() {
        match p.words[j].upos {
            Upos::Propn => start = Some(j),
            // A hyphen inside a name ("Al-Monitor" read as three words).
            Upos::Punct if start.is_some() && j > 0 && &text[p.words[j].start..p.words[j].end] == "-" => {}
            _ => break,
        }
    }
    Some((p.words[start?].start, p.words[k].end))
}

/// Byte ranges of the subjects of the sentence's verbs of saying and commenting ("the
/// ministry said", "Ghani condemned"), and of "according to" phrases: sources, never
/// parties (the trigger's own verb excepted).
pub(crate) fn speakers(p: &Parse, text: &str, trigger: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for v in 0..p.words.len() {
        if v == trigger {
            continue;
        }
        let w = lower(p, text, v);
        if w == "according" {
            if let Some(h) = p.head(v) {
                out.push(p.span(h));
            }
            continue;
        }
        let saying = (rules::REPORTING.contains(&w.as_str()) && w != "claimed" && w != "claims")
            || rules::COMMENTING.contains(&w.as_str());
        if saying && p.is_verb(v) {
            let before = out.len();
            // A subject holding the trigger is a misparse, not a source ("KABUL (AP) —
            // Taliban fighters overran …, a council member said", the dateline read as
            // a subject of "said" with the report as its apposition).
            let at = p.words[trigger].start;
            let holds_trigger = |&(x, y): &(usize, usize)| x <= at && at < y;
            out.extend(p.dependents(v, "nsubj").map(|s| p.span(s)).filter(|r| !holds_trigger(r)));
            if out.len() == before {
                out.extend(name_before(p, text, v));
            }
        }
    }
    out
}

/// Auxiliaries and verbs of the present: a clause they head or serve is set now.
const PRESENT: &[&str] = &["is", "are", "am", "has", "have", "says", "say", "will", "can", "may", "must", "'s", "’s"];

/// Auxiliaries of the past.
const PAST: &[&str] = &["was", "were", "had", "did", "'d", "’d"];

/// Whether the verb `v` tells the past: a past auxiliary ("were killed", "had seized")
/// or, with no auxiliary of the present, a past form ("seized", "killed", "shot").
fn past_verb(p: &Parse, text: &str, v: usize) -> bool {
    let aux: Vec<String> =
        p.children(v).iter().filter(|&&c| base(p.words[c].deprel) == "aux").map(|&c| lower(p, text, c)).collect();
    if aux.iter().any(|a| PAST.contains(&a.as_str())) {
        return true;
    }
    let word = lower(p, text, v);
    aux.iter().all(|a| !PRESENT.contains(&a.as_str()))
        && (word.ends_with("ed")
            || matches!(
                word.as_str(),
                "shot"
                    | "struck"
                    | "fought"
                    | "took"
                    | "overran"
                    | "blew"
                    | "stabbed"
                    | "beat"
                    | "beaten"
                    | "hit"
                    | "stole"
            ))
}

/// Whether the verb `v` tells the present: it is, or has an auxiliary of, the present
/// ("has a yield", "blames"), and no auxiliary of the past. A present perfect ("have
/// expelled") counts only when `perfect` is allowed: "police have identified the man
/// who was killed" reports a step that follows the day's incident.
fn present_verb(p: &Parse, text: &str, v: usize, perfect: bool) -> bool {
    let word = lower(p, text, v);
    let aux: Vec<String> =
        p.children(v).iter().filter(|&&c| base(p.words[c].deprel) == "aux").map(|&c| lower(p, text, c)).collect();
    if aux.iter().any(|a| PAST.contains(&a.as_str())) || PAST.contains(&word.as_str()) {
        return false;
    }
    if aux.iter().any(|a| matches!(a.as_str(), "has" | "have" | "'s" | "’s")) && word.ends_with("ed") {
        return perfect;
    }
    PRESENT.contains(&word.as_str())
        || aux.iter().any(|a| PRESENT.contains(&a.as_str()))
        || (p.words[v].upos == Upos::Verb && word.ends_with('s') && !word.ends_with("ss"))
}

/// Whether the trigger headed by `v` is a relative clause in the past about a noun of a
/// clause set in the present: "the Hiroshima bomb that killed 150,000 Japanese
/// civilians" in "the B83 bomb has a yield of 75 times …", "the juntas that seized
/// power have expelled French troops", "the July 15 coup, in which 240 people were
/// killed" after "Erdogan blames Gulen for …". The relative clause recalls what the
/// noun did or suffered to say which one it is; the sentence tells the present. A
/// present perfect counts only when the noun is its subject (the juntas); "the
/// Department has identified the soldier who was killed" tells the day's news.
pub(crate) fn past_relative_in_present(p: &Parse, text: &str, v: usize) -> bool {
    if p.words[v].deprel != "acl:relcl" || !p.is_verb(v) || !past_verb(p, text, v) {
        return false;
    }
    // Up from the noun the clause modifies to the verb of its clause.
    let mut from = v;
    let mut m = p.head(v);
    for _ in 0..8 {
        match m {
            Some(x) if p.is_verb(x) && p.words[x].deprel != "acl:relcl" => {
                let subject = base(p.words[from].deprel) == "nsubj";
                return present_verb(p, text, x, subject);
            }
            Some(x) if p.words[x].deprel == "acl:relcl" => return false,
            Some(x) => {
                from = x;
                m = p.head(x);
            }
            None => return false,
        }
    }
    false
}

/// Word `x` and its ancestors, nearest first, at most `max` words.
pub(crate) fn ancestors(p: &Parse, mut x: usize, max: usize) -> Vec<usize> {
    let mut out = vec![x];
    while let Some(h) = p.head(x) {
        if out.len() >= max {
            break;
        }
        out.push(h);
        x = h;
    }
    out
}

/// Where the ancestor chains of `a` and `b` (nine words each) first meet: the steps up
/// from `a` and from `b` to their nearest common ancestor.
pub(crate) fn meeting(p: &Parse, a: usize, b: usize) -> Option<(usize, usize)> {
    let (up, down) = (ancestors(p, a, 9), ancestors(p, b, 9));
    up.iter().enumerate().find_map(|(i, x)| down.iter().position(|y| y == x).map(|j| (i, j)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_syntax::Word;

    /// A parse of `text` from space-separated words with their tags, heads (1-based, 0 the
    /// root) and relations.
    fn parse<'a>(text: &str, analysis: &[(Upos, usize, &'a str)]) -> Parse<'a> {
        let mut at = 0;
        let words = text
            .split(' ')
            .zip(analysis)
            .map(|(w, &(upos, head, deprel))| {
                let start = at;
                at += w.len() + 1;
                Word { start, end: start + w.len(), upos, head: head.checked_sub(1), deprel }
            })
            .collect();
        Parse::new(words)
    }

    #[test]
    fn a_past_relative_clause_in_a_present_sentence_recalls() {
        use Upos::*;
        let text = "the juntas that seized power have expelled troops";
        let p = parse(
            text,
            &[
                (Det, 2, "det"),
                (Noun, 7, "nsubj"),
                (Pron, 4, "nsubj"),
                (Verb, 2, "acl:relcl"),
                (Noun, 4, "obj"),
                (Aux, 7, "aux"),
                (Verb, 0, "root"),
                (Noun, 7, "obj"),
            ],
        );
        assert!(past_relative_in_present(&p, text, 3), "seized");
        assert!(!past_relative_in_present(&p, text, 6), "expelled is no relative clause");
        let text = "Erdogan blames the coup in which 240 were killed";
        let p = parse(
            text,
            &[
                (Propn, 2, "nsubj"),
                (Verb, 0, "root"),
                (Det, 4, "det"),
                (Noun, 2, "obj"),
                (Adp, 7, "case"),
                (Pron, 9, "obl"),
                (Num, 9, "nsubj:pass"),
                (Aux, 9, "aux:pass"),
                (Verb, 4, "acl:relcl"),
            ],
        );
        assert!(past_relative_in_present(&p, text, 8), "killed");
        // A step that follows the incident, in the present perfect, reports the day's news.
        let text = "police have identified the soldier who was killed";
        let p = parse(
            text,
            &[
                (Noun, 3, "nsubj"),
                (Aux, 3, "aux"),
                (Verb, 0, "root"),
                (Det, 5, "det"),
                (Noun, 3, "obj"),
                (Pron, 8, "nsubj:pass"),
                (Aux, 8, "aux:pass"),
                (Verb, 5, "acl:relcl"),
            ],
        );
        assert!(!past_relative_in_present(&p, text, 7));
        // A sentence in the past tells the incident with its relative clause.
        let text = "police arrested the men who attacked the base";
        let p = parse(
            text,
            &[
                (Noun, 2, "nsubj"),
                (Verb, 0, "root"),
                (Det, 4, "det"),
                (Noun, 2, "obj"),
                (Pron, 6, "nsubj"),
                (Verb, 4, "acl:relcl"),
                (Det, 8, "det"),
                (Noun, 6, "obj"),
            ],
        );
        assert!(!past_relative_in_present(&p, text, 5));
    }

    #[test]
    fn a_name_before_a_subjectless_verb_of_saying_is_a_speaker() {
        use Upos::*;
        // The parse read "Al-Monitor" as an apposition of "device" and gave "reported" no
        // subject.
        let text = "troops died by a device , Al - Monitor online reported .";
        let p = parse(
            text,
            &[
                (Noun, 2, "nsubj"),
                (Verb, 0, "root"),
                (Adp, 5, "case"),
                (Det, 5, "det"),
                (Noun, 2, "obl"),
                (Punct, 7, "punct"),
                (Propn, 5, "appos"),
                (Punct, 9, "punct"),
                (Propn, 7, "flat"),
                (Adv, 11, "advmod"),
                (Verb, 2, "advcl"),
                (Punct, 2, "punct"),
            ],
        );
        let spans: Vec<&str> = speakers(&p, text, 1).into_iter().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(spans, ["Al - Monitor"]);
        // With a subject, the subject.
        let text = "troops died , Reuters reported .";
        let p = parse(
            text,
            &[
                (Noun, 2, "nsubj"),
                (Verb, 0, "root"),
                (Punct, 5, "punct"),
                (Propn, 5, "nsubj"),
                (Verb, 2, "parataxis"),
                (Punct, 2, "punct"),
            ],
        );
        let spans: Vec<&str> = speakers(&p, text, 1).into_iter().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(spans, ["Reuters"]);
    }

    #[test]
    fn a_subject_holding_the_trigger_is_no_speaker() {
        use Upos::*;
        // A wire dateline read as a subject of "said", the report its apposition:
        // "KABUL — fighters overran the town , a member said ."
        let text = "KABUL — fighters overran the town , a member said .";
        let p = parse(
            text,
            &[
                (Propn, 10, "nsubj"),
                (Punct, 3, "punct"),
                (Noun, 1, "appos"),
                (Verb, 3, "acl"),
                (Det, 6, "det"),
                (Noun, 4, "obj"),
                (Punct, 10, "punct"),
                (Det, 9, "det"),
                (Noun, 10, "nsubj"),
                (Verb, 0, "root"),
                (Punct, 10, "punct"),
            ],
        );
        let spans: Vec<&str> = speakers(&p, text, 3).into_iter().map(|(a, b)| &text[a..b]).collect();
        assert_eq!(spans, ["a member"]);
    }

    #[test]
    fn a_by_phrase_on_a_secondary_predicate_is_the_agent() {
        use Upos::*;
        // "a woman was shot dead by Israeli forces": the parse hangs the "by"-phrase on
        // "dead", the open complement of "shot".
        let text = "a woman was shot dead by Israeli forces .";
        let p = parse(
            text,
            &[
                (Det, 2, "det"),
                (Noun, 4, "nsubj:pass"),
                (Aux, 4, "aux:pass"),
                (Verb, 0, "root"),
                (Adj, 4, "xcomp"),
                (Adp, 8, "case"),
                (Adj, 8, "amod"),
                (Noun, 5, "obl:agent"),
                (Punct, 4, "punct"),
            ],
        );
        let at = text.find("shot").unwrap();
        let r = roles(&p, text, at, at + 4).unwrap();
        assert_eq!((r.agent, r.patient), (Some(7), Some(1)));
    }
    #[test]
    fn the_sides_of_a_fight_a_harm_is_told_in_are_its_sides() {
        use Upos::*;
        let text = "Nine people are killed during a shootout between cartel gunmen and rebels .";
        let p = parse(
            text,
            &[
                (Num, 2, "nummod"),
                (Noun, 4, "nsubj:pass"),
                (Aux, 4, "aux:pass"),
                (Verb, 0, "root"),
                (Adp, 7, "case"),
                (Det, 7, "det"),
                (Noun, 4, "obl"),
                (Adp, 10, "case"),
                (Noun, 10, "compound"),
                (Noun, 7, "nmod"),
                (Cconj, 12, "cc"),
                (Noun, 10, "conj"),
                (Punct, 4, "punct"),
            ],
        );
        let at = text.find("killed").unwrap();
        let r = roles(&p, text, at, at + 6).unwrap();
        assert_eq!((r.agent, r.patient), (Some(9), Some(11)));
    }
    #[test]
    fn the_agent_of_an_attack_a_harm_is_told_in_is_its_agent() {
        use Upos::*;
        let text = "five soldiers were killed in a Taliban attack .";
        let p = parse(
            text,
            &[
                (Num, 2, "nummod"),
                (Noun, 4, "nsubj:pass"),
                (Aux, 4, "aux:pass"),
                (Verb, 0, "root"),
                (Adp, 8, "case"),
                (Det, 8, "det"),
                (Propn, 8, "compound"),
                (Noun, 4, "obl"),
                (Punct, 4, "punct"),
            ],
        );
        let at = text.find("killed").unwrap();
        let r = roles(&p, text, at, at + 6).unwrap();
        assert_eq!((r.agent, r.patient), (Some(6), Some(1)));
    }
    #[test]
    fn the_agent_of_a_passive_conjoined_to_the_trigger_is_its_agent() {
        use Upos::*;
        let text = "40 people are killed and dozens are injured in an attack by rebels .";
        let p = parse(
            text,
            &[
                (Num, 2, "nummod"),
                (Noun, 4, "nsubj:pass"),
                (Aux, 4, "aux:pass"),
                (Verb, 0, "root"),
                (Cconj, 8, "cc"),
                (Noun, 8, "nsubj:pass"),
                (Aux, 8, "aux:pass"),
                (Verb, 4, "conj"),
                (Adp, 11, "case"),
                (Det, 11, "det"),
                (Noun, 8, "obl"),
                (Adp, 13, "case"),
                (Noun, 11, "nmod"),
                (Punct, 4, "punct"),
            ],
        );
        let at = text.find("killed").unwrap();
        let r = roles(&p, text, at, at + 6).unwrap();
        assert_eq!((r.agent, r.patient), (Some(12), Some(1)));
    }
}
