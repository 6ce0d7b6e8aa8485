//! Sides read from the dependency tree of the trigger's own clause in whole articles
//! (issue 15), checked after the model picked them: where the tree's agent of the
//! trigger is told by description, that description names the side whichever candidate
//! the model preferred. Long articles name many actors (a history's armies, the group
//! the story is about, a nationality word read as a group: "Black smoke rises … after
//! Japanese air forces attacked …"), and the model, trained on short reports, often
//! takes one of them over the clause's own subject.
//!
//! - A state's force named by its nationality ("Russian special forces stormed the
//!   building", "Japanese air forces attacked the base", "was shot dead by Israeli
//!   troops") is "Military Forces of X" (or its police).
//! - A crowd ("a crowd … fought running battles with officers", "a group of residents
//!   set fire to a bus") is "Rioters (X)" when it does violence, "Protesters (X)" in a
//!   protest.
//! - A race or a people at large read as a group ("Arab men", "Black smoke") is no
//!   side: the role's generic side stands in.

use tidings_model::{ActorKind, Event};
use tidings_syntax::Parse;

use crate::{rules, tree, Coded, Sent};

/// Modifiers of a force's noun that leave it the state's: "Russian special forces",
/// "Israeli ground troops", "Iraqi federal police".
const FORCE_MODIFIERS: &[&str] = &[
    "special",
    "ground",
    "elite",
    "regular",
    "federal",
    "riot",
    "border",
    "air",
    "naval",
    "government",
    "army",
    "military",
    "fighter",
    "war",
    "navy",
];

/// Event types whose first side is the one that did violence.
fn violent(e: &Event) -> bool {
    matches!(e.event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians" | "Riots")
        || e.sub_event_type == "Looting/property destruction"
}

/// The state's force the parse's nominal `w` names by a nationality word before it:
/// `(base, kind, country)`. The head is a lower-case word for troops, police or their
/// arms; the modifiers before it are one nationality and words of the state's arms.
pub(crate) fn national_force(s: &Sent, parse: &Parse, w: usize) -> Option<(&'static str, ActorKind, String)> {
    if let Some((base, kind, Some(cc))) = crate::nation_force(s, parse, w) {
        return Some((base, kind, cc));
    }
    let text = |i: usize| &s.ctx.text[parse.words[i].start..parse.words[i].end];
    if !text(w).starts_with(char::is_lowercase) {
        return None;
    }
    let (base, kind) = crate::force_noun(text(w))?;
    let mut cc: Option<String> = None;
    for m in crate::nation_modifiers(parse, w) {
        let word = text(m);
        match s.ctx.gazetteer.demonym(word) {
            Some(c) if cc.is_none() => cc = Some(c.to_string()),
            None if FORCE_MODIFIERS.contains(&word.to_lowercase().as_str()) => {}
            _ => return None,
        }
    }
    Some((base, kind, cc?))
}

/// Modifiers of an attack's noun that say its attacker is no state's ("Syrian opposition
/// attack", "a Palestinian suicide attack").
const NON_STATE_MODIFIERS: &[&str] = &[
    "opposition",
    "rebel",
    "rebels",
    "insurgent",
    "militant",
    "jihadist",
    "islamist",
    "separatist",
    "terrorist",
    "terror",
    "suicide",
    "guerrilla",
    "militia",
    "tribal",
    "gang",
    "mob",
    "sectarian",
    "extremist",
];

/// The state that a nationality word before an attack told as a noun names as its
/// attacker: "the Japanese attack", "Russian and Syrian strikes" (the first named), "a
/// Saudi funeral attack". Only a lower-case noun whose other modifiers say nothing of a
/// non-state attacker.
fn nation_of_attack_noun(s: &Sent, parse: &Parse, head: usize) -> Option<(usize, String)> {
    let text = |i: usize| &s.ctx.text[parse.words[i].start..parse.words[i].end];
    let noun = text(head);
    if parse.is_verb(head) || !noun.starts_with(char::is_lowercase) || !crate::ATTACK_NOUNS.contains(&noun) {
        return None;
    }
    let modifiers: Vec<usize> = crate::nation_modifiers(parse, head).collect();
    if modifiers.iter().any(|&m| NON_STATE_MODIFIERS.contains(&text(m).to_lowercase().as_str())) {
        return None;
    }
    // A demonym is a capitalized word ("Russian"), never an acronym ("IS attacks").
    let demonym = |m: usize| {
        let w = text(m);
        w.chars().nth(1).is_some_and(char::is_lowercase).then(|| s.ctx.gazetteer.demonym(w)).flatten()
    };
    modifiers.into_iter().find_map(|m| demonym(m).map(|cc| (m, cc.to_string())))
}

/// The noun right before an active verb of the trigger with an object, where the parse
/// hung it elsewhere ("… after Japanese air forces attacked the U.S. Navy base", read as
/// "buildings after forces" with "attacked" a clause of "buildings"). Never a participle
/// without an object: "Syrian soldiers killed in clashes" tells of victims.
fn noun_before_verb(parse: &Parse, verb: usize) -> Option<usize> {
    if !parse.is_verb(verb) || parse.is_passive(verb) || parse.dependents(verb, "obj").next().is_none() {
        return None;
    }
    verb.checked_sub(1).filter(|&w| !parse.is_verb(w))
}

/// The state's force the trigger names as its doer, and the word that names it: the
/// tree's agent ("Russian special forces stormed …"), the trigger's own head where the
/// trigger's words take in its subject ("Japanese air forces attacked"), or a
/// nationality before an attack noun ("the Japanese attack").
fn force_of_trigger(s: &Sent, parse: &Parse, e: &Event) -> Option<(usize, (&'static str, ActorKind, String))> {
    let t = e.evidence.first()?;
    let roles = tree::roles(parse, s.ctx.text, t.start, t.end)?;
    // The head as doer only where no participle of the trigger's words modifies it:
    // "Syrian soldiers killed in clashes" tells of victims.
    let inside = |w: usize| t.start <= parse.words[w].start && parse.words[w].end <= t.end;
    let described = parse
        .children(roles.head)
        .iter()
        .any(|&c| inside(c) && tidings_syntax::analysis::base(parse.words[c].deprel) == "acl");
    let head = Some(roles.head).filter(|_| !described);
    // The word before the verb where the tree's agent names nobody who could act (the
    // parse read "Black smoke rises … attacked" with "rises" the doer).
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    let could_act = |w: usize| {
        let x = text(w).to_lowercase();
        text(w).starts_with(char::is_uppercase)
            || rules::ARMED_NOUNS.contains(&x.as_str())
            || crate::unnamed_actor(&x, true, true).is_some()
            || parse.words[w].upos == tidings_syntax::Upos::Pron
    };
    let before = noun_before_verb(parse, roles.head).filter(|_| roles.agent.is_none_or(|a| !could_act(a)));
    let by_tree =
        roles.agent.into_iter().chain(head).chain(before).find_map(|w| national_force(s, parse, w).map(|f| (w, f)));
    by_tree.or_else(|| {
        let (w, cc) = nation_of_attack_noun(s, parse, roles.head)?;
        Some((w, ("Military Forces of {}", ActorKind::StateForce, cc)))
    })
}

/// Whether side `name` already names a side of country `cc` (a named branch of its
/// state, "Federal Security Service", is left as the model named it only when it
/// carries the country; any "… of X" or "(X)" of that country counts).
fn names_country(s: &Sent, name: &str, cc: &str) -> bool {
    s.ctx.gazetteer.country(cc).is_some_and(|c| name.contains(tidings_entities::acled_country(&c.name)))
}

/// A state's force named by nationality as the trigger's doer is the first side. A
/// named group the model put first, where the second side is a generic one or none, is
/// the side acted against (the clause's subject is the other).
pub(crate) fn national_force_agent(s: &Sent, coded: &mut Coded, e: &mut Event) {
    if !violent(e) {
        return;
    }
    let parse = s.ctx.analysis.parse(s.k);
    let Some((agent, (base, kind, cc))) = force_of_trigger(s, parse, e) else { return };
    if e.actor1.as_ref().is_some_and(|a| names_country(s, &a.name, &cc)) {
        return;
    }
    let word = &parse.words[agent];
    let evidence = vec![tidings_model::Span::of(s.ctx.text, word.start, word.end)];
    let named = crate::generic_named(s.ctx, coded, base, kind, Some(cc), evidence);
    if e.actor2.as_ref().is_some_and(|a| a.id == named.id) {
        e.actor2 = e.actor1.take();
    }
    e.actor1 = Some(named);
}

/// The crowd the parse's nominal `w` names: "protesters", "rioters", "a mob", "a group
/// of residents" (the head of an "of"-phrase after a word for a group).
fn crowd(s: &Sent, parse: &Parse, w: usize) -> bool {
    let lower = |i: usize| s.ctx.text[parse.words[i].start..parse.words[i].end].to_lowercase();
    let is_crowd = |i: usize| {
        let x = lower(i);
        rules::PROTESTER_NOUNS.contains(&x.as_str())
            || rules::MOB_NOUNS.contains(&x.as_str())
            || rules::COMMUNITY_NOUNS.contains(&x.as_str())
    };
    let group = matches!(lower(w).as_str(), "group" | "groups" | "hundreds" | "thousands" | "dozens");
    is_crowd(w)
        || group
            && parse
                .dependents(w, "nmod")
                .any(|n| tree::case_of(parse, s.ctx.text, n).as_deref() == Some("of") && is_crowd(n))
}

/// A crowd as the trigger's agent is ACLED's rioters where it did violence ("a crowd
/// smashed the windows … and fought running battles with officers", "a group of
/// residents set fire to a city bus"), its protesters in a protest; the country is the
/// event's place's.
pub(crate) fn crowd_agent(s: &Sent, coded: &mut Coded, e: &mut Event) {
    let protest = e.event_type == "Protests";
    if !(protest || violent(e)) {
        return;
    }
    let parse = s.ctx.analysis.parse(s.k);
    let Some(t) = e.evidence.first() else { return };
    let Some(agent) = tree::roles(parse, s.ctx.text, t.start, t.end).and_then(|r| r.agent) else { return };
    if !crowd(s, parse, agent) {
        return;
    }
    let base = if protest { "Protesters" } else { "Rioters" };
    if e.actor1.as_ref().is_some_and(|a| a.name.starts_with(base)) {
        return;
    }
    let cc = e.location.as_ref().and_then(|p| p.country.clone());
    let word = &parse.words[agent];
    let evidence = vec![tidings_model::Span::of(s.ctx.text, word.start, word.end)];
    let named = crate::generic_named(s.ctx, coded, base, ActorKind::Protesters, cc, evidence);
    if e.actor2.as_ref().is_some_and(|a| a.id == named.id) {
        e.actor2 = None;
    }
    e.actor1 = Some(named);
}

/// Words for a race or a people at large that the entity layer may take for a group
/// ("Black smoke rises …", "abducted by 'Arab men'"): ACLED never names a side by them.
const PEOPLE_AT_LARGE: &[&str] =
    &["black", "white", "arab", "arabs", "asian", "african", "european", "western", "hispanic", "latino"];

/// Whether a side's name is a race or a people at large, or two nationalities joined by a
/// hyphen ("US-Russian"): no side.
fn names_people_at_large(s: &Sent, name: &str) -> bool {
    let lower = name.to_lowercase();
    if PEOPLE_AT_LARGE.contains(&lower.as_str()) {
        return true;
    }
    let g = s.ctx.gazetteer;
    let nationality = |w: &str| g.demonym(w).is_some() || w.chars().all(|c| c.is_ascii_uppercase()) && w.len() <= 3;
    match name.split_once('-') {
        Some((a, b)) => !b.contains('-') && nationality(a) && g.demonym(b).is_some(),
        None => false,
    }
}

/// A side named by a race or a people at large is the generic side of its role in the
/// event's country: "Unidentified Armed Group (X)" that did violence, "Civilians (X)"
/// it was done to, the protesters or rioters of a protest or a riot.
pub(crate) fn people_at_large(s: &Sent, coded: &mut Coded, e: &mut Event) {
    let cc = e.location.as_ref().and_then(|p| p.country.clone());
    for first in [true, false] {
        let side = if first { &e.actor1 } else { &e.actor2 };
        let Some(a) = side.as_ref().filter(|a| names_people_at_large(s, &a.name)) else { continue };
        let (base, kind) = match (e.event_type.as_str(), first) {
            ("Protests", true) => ("Protesters", ActorKind::Protesters),
            ("Riots", true) => ("Rioters", ActorKind::Protesters),
            (_, true) if violent(e) => ("Unidentified Armed Group", ActorKind::Unknown),
            (_, false) if violent(e) => ("Civilians", ActorKind::Civilians),
            _ => continue,
        };
        let evidence = a.evidence.clone();
        let named = Some(crate::generic_named(s.ctx, coded, base, kind, cc.clone(), evidence));
        if first {
            e.actor1 = named;
        } else {
            e.actor2 = named;
        }
    }
}
