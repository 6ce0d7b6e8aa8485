//! Checks of the sides once the rules and the model have named them: forms of language
//! that overrule a pick wherever it came from, read from the words of the event's
//! sentences.

use tidings_model::{ActorKind, Event, Modality};
use tidings_syntax::Parse;

use crate::{rules, Coded, Context};

/// The lowercase words of the sentences an event was read from (each evidence span's).
fn event_words(ctx: &Context, e: &Event) -> Vec<String> {
    let mut sentences: Vec<usize> = e.evidence.iter().filter_map(|t| ctx.seg.sentence_at(t.start)).collect();
    sentences.sort_unstable();
    sentences.dedup();
    sentences
        .into_iter()
        .flat_map(|k| ctx.seg.tokens[ctx.seg.sentences[k].tokens.clone()].iter())
        .map(|t| t.text(ctx.text).to_lowercase())
        .collect()
}

/// Words that tell of people harmed or present: the dead and the hurt, and the people
/// a blast or a strike could have hit.
fn names_people(w: &str) -> bool {
    rules::CIVILIAN_NOUNS.contains(&w)
        || rules::PERSON_NOUNS.contains(&w)
        || rules::COLLECTIVE_NOUNS.contains(&w)
        || rules::ARMED_NOUNS.contains(&w)
        || HARM_WORDS.contains(&w)
        || w.starts_with("kill")
        || w.starts_with("injur")
        || w.starts_with("wound")
        || w.starts_with("casualt")
}

/// Words of harm to people that the noun lists above do not hold.
const HARM_WORDS: &[&str] = &[
    "dead",
    "death",
    "deaths",
    "died",
    "dies",
    "die",
    "hurt",
    "victim",
    "victims",
    "bodies",
    "body",
    "toll",
    "hostage",
    "hostages",
    "workers",
    "worker",
    "crew",
    "persons",
    "firefighters",
    "employees",
    "guards",
    "residential",
    "homes",
    "home",
    "houses",
    "house",
    "neighbourhood",
    "neighborhood",
    "massacre",
    "murder",
];

/// Things a strike or a bomb hits that are no people: plants, pipes, ships, depots.
const PROPERTY_NOUNS: &[&str] = &[
    "refinery",
    "refineries",
    "pipeline",
    "pipelines",
    "plant",
    "plants",
    "facility",
    "facilities",
    "infrastructure",
    "tanker",
    "tankers",
    "vessel",
    "vessels",
    "ship",
    "ships",
    "terminal",
    "depot",
    "depots",
    "warehouse",
    "servers",
    "center",
    "centre",
    "bridge",
    "bridges",
    "railway",
    "railways",
    "station",
    "substation",
    "airport",
    "airfield",
    "port",
    "bank",
    "banks",
    "bus",
    "offices",
    "office",
    "building",
    "factory",
    "complex",
    "grid",
];

/// Whether the event's sentences tell of a strike or a blast that hit only property:
/// no toll, no word for people or their harm, and a thing hit ("drones struck an oil
/// pipeline", "a bomb explodes outside the offices of a railway company"). ACLED names
/// no side hit there: no civilians were.
pub(crate) fn only_property_hit(words: &[String], fatalities: bool) -> bool {
    // "opening fire" is at people.
    let fire_at_people = words.windows(2).any(|p| p[0].starts_with("open") && p[1] == "fire");
    // A bomb that "did not go off" or "failed to explode" was laid where people are.
    let unexploded = words.windows(2).any(|p| {
        matches!(p[0].as_str(), "not" | "n't" | "to") && matches!(p[1].as_str(), "go" | "explode" | "detonate")
    });
    // "according to Energy Minister Eli Cohen", "American fighter jets attacked …": an
    // official who speaks of the strike and a force's aircraft are no people hit.
    let people = (0..words.len()).any(|i| {
        let w = words[i].as_str();
        let aircraft = words.get(i + 1).is_some_and(|n| AIRCRAFT.contains(&n.as_str()));
        names_people(w) && !OFFICIALS.contains(&w) && !aircraft
    });
    // "an attack on a petrol station and restaurant": a place where people gather had
    // people in it.
    let gathering = words.iter().any(|w| GATHERING_PLACES.contains(&w.as_str()));
    !fatalities
        && !fire_at_people
        && !unexploded
        && !people
        && !gathering
        && words.iter().any(|w| PROPERTY_NOUNS.contains(&w.as_str()))
}

/// Officials' titles: in the sentence of a strike, the people who tell of it or answer
/// it ("Israeli prime minister Benjamin Netanyahu says …", "Sudan has recalled its
/// ambassador"), not people it hit, which a word of harm would name.
const OFFICIALS: &[&str] = &[
    "minister",
    "president",
    "premier",
    "mayor",
    "governor",
    "ambassador",
    "envoy",
    "diplomat",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawmaker",
    "politician",
];

/// Places where people gather: a strike or a blast there hit people, whoever names them.
const GATHERING_PLACES: &[&str] = &[
    "restaurant",
    "restaurants",
    "cafe",
    "café",
    "hotel",
    "market",
    "marketplace",
    "mosque",
    "church",
    "temple",
    "mall",
    "school",
    "hospital",
    "stadium",
    "wedding",
    "funeral",
];

/// Aircraft a force's word may come before ("fighter jets", "military helicopters").
const AIRCRAFT: &[&str] = &["jet", "jets", "plane", "planes", "aircraft", "helicopter", "helicopters", "warplanes"];

/// Civilians the coder named as the side hit by a strike or a blast that hit only
/// property ([`only_property_hit`]) are no side: actor2 is left empty.
pub(crate) fn no_civilians_where_only_property_hit(ctx: &Context, events: &mut [Event]) {
    for e in events.iter_mut() {
        let remote = e.event_type == "Explosions/Remote violence"
            || e.sub_event_type == "Attack"
            || e.sub_event_type == "Looting/property destruction";
        // Only what happened: a plot or an attempt tells nothing of what was hit.
        if !remote || e.modality != Modality::Occurred || !e.actor2.as_ref().is_some_and(|a| crate::civilians(&a.name))
        {
            continue;
        }
        if only_property_hit(&event_words(ctx, e), e.fatalities.is_some()) {
            e.actor2 = None;
        }
    }
}

/// A named side that is a state's army, navy, air force or police ("Israel Defence
/// Forces", "Nigerian Army", "IRGC Navy"), wherever the rules or the model named it, is
/// ACLED's "Military Forces of X" or "Police Forces of X" ([`crate::sides::state_force_of`]).
pub(crate) fn state_forces_by_their_state(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut() {
        for slot in 0..2 {
            let (side, other) = if slot == 0 { (&e.actor1, &e.actor2) } else { (&e.actor2, &e.actor1) };
            let Some(a) = side.as_ref() else { continue };
            let Some(c) = ctx.entities.clusters.iter().find(|c| c.id() == a.id) else { continue };
            if a.evidence.iter().any(|x| tail_of_a_name(ctx.text, x.start)) {
                continue;
            }
            let Some((base, cc)) = crate::sides::state_force_of(&c.name, c.kind, c.country.as_deref(), ctx.gazetteer)
            else {
                continue;
            };
            // Never one actor on both sides: a branch the rules read as fighting its own
            // state's forces keeps its name.
            if other.as_ref().is_some_and(|o| o.name == crate::generic_name(ctx, base, Some(&cc))) {
                continue;
            }
            let evidence = a.evidence.clone();
            let named = Some(crate::generic_named(ctx, coded, base, ActorKind::StateForce, Some(cc), evidence));
            if slot == 0 {
                e.actor1 = named;
            } else {
                e.actor2 = named;
            }
        }
    }
    coded.events = events;
}

/// Whether the mention at byte `start` follows a capitalized word of the same name ("A
/// Free Syrian Army fighter" read as "Syrian Army"): not the sentence's first word nor
/// an article.
fn tail_of_a_name(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    if before.len() == text[..start].len() {
        return false;
    }
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let opens_sentence = before.len() == word.len() || {
        let rest = before[..before.len() - word.len()].trim_end();
        rest.is_empty() || rest.ends_with(['.', '!', '?', '"', '\n'])
    };
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic())
        && !opens_sentence
        && !matches!(word, "The" | "A" | "An")
}

/// Weapons that fly to their target and may be shot down.
const FLYING_WEAPONS: &[&str] =
    &["missile", "missiles", "drone", "drones", "rocket", "rockets", "projectile", "projectiles", "uav", "uavs"];

/// The state a flying weapon of the sentence is told to be from: a nationality word
/// before it ("intercepted three Iranian missiles", "337 Ukrainian drones"), or a
/// country after "from" ("19 drones from Iran"). `None` where none or two are told.
fn launching_state(ctx: &Context, parse: &Parse) -> Option<String> {
    let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
    let mut found: Option<String> = None;
    for w in 0..parse.words.len() {
        if !FLYING_WEAPONS.contains(&text(w).to_lowercase().as_str()) {
            continue;
        }
        let by_word = crate::nation_modifiers(parse, w).find_map(|c| ctx.gazetteer.demonym(text(c)));
        let by_from = parse.children(w).iter().copied().filter(|&c| c > w).find_map(|c| {
            let from = crate::tree::case_of(parse, ctx.text, c).as_deref() == Some("from");
            from.then(|| country_named_by(ctx, text(c))).flatten()
        });
        let Some(cc) = by_word.map(str::to_string).or(by_from) else { continue };
        if found.as_ref().is_some_and(|f| *f != cc) {
            return None;
        }
        found = Some(cc);
    }
    found
}

/// The country a name names as a whole ("Iran", "the United States").
fn country_named_by(ctx: &Context, name: &str) -> Option<String> {
    let g = ctx.gazetteer;
    g.lookup(name).into_iter().map(|i| g.entry(i)).find(|e| e.precision() == 4).map(|e| e.country.clone())
}

/// A missile or a drone shot down or intercepted was launched by the state its
/// nationality word names ("air defences intercepted three Iranian missiles"): ACLED's
/// side acted against is that state's military, where the coder named none or an
/// unidentified armed group.
pub(crate) fn launching_state_of_intercepted_weapons(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut().filter(|e| e.sub_event_type == "Disrupted weapons use") {
        let open = e.actor2.as_ref().is_none_or(|a| a.name.starts_with("Unidentified Armed Group"));
        let Some(k) = e.evidence.first().and_then(|t| ctx.seg.sentence_at(t.start)) else { continue };
        if !open {
            continue;
        }
        let Some(cc) = launching_state(ctx, ctx.analysis.parse(k)) else { continue };
        // Not the interceptor's own state.
        let own = e.actor1.as_ref().is_some_and(|a| {
            ctx.gazetteer.country(&cc).is_some_and(|c| a.name.ends_with(tidings_entities::acled_country(&c.name)))
        });
        if own {
            continue;
        }
        let evidence = e.evidence.clone();
        e.actor2 =
            Some(crate::generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, Some(cc), evidence));
    }
    coded.events = events;
}

/// A strike told with its weapons' nationality ("attacked overnight by Ukrainian
/// drones", "12 ballistic missiles … from Iran") was the launching state's: an
/// attacker the coder left unidentified is that state's military.
pub(crate) fn launching_state_of_strikes(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut().filter(|e| e.event_type == "Explosions/Remote violence") {
        let unidentified = e.actor1.as_ref().is_none_or(|a| a.name.starts_with("Unidentified"));
        let Some(k) = e.evidence.first().and_then(|t| ctx.seg.sentence_at(t.start)) else { continue };
        if !unidentified {
            continue;
        }
        let parse = ctx.analysis.parse(k);
        let Some(cc) = launching_state(ctx, parse).or_else(|| striking_state(ctx, parse, e)) else { continue };
        if same_side(ctx, e.actor2.as_ref(), &cc) {
            continue;
        }
        let evidence = e.evidence.clone();
        e.actor1 =
            Some(crate::generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, Some(cc), evidence));
    }
    coded.events = events;
}

/// The state a nationality word before the strike's own noun names ("An overnight
/// Russian drone strike", "Russian strikes targeting …", "an Iranian missile attack"):
/// `None` where the event's triggers in its first sentence name none or two.
fn striking_state(ctx: &Context, parse: &Parse, e: &Event) -> Option<String> {
    let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
    let (start, end) = (parse.words.first()?.start, parse.words.last()?.end);
    let mut found: Option<&str> = None;
    for t in e.evidence.iter().filter(|t| start <= t.start && t.end <= end) {
        let Some(head) = crate::tree::trigger_head(parse, t.start, t.end) else { continue };
        if parse.is_verb(head) {
            continue;
        }
        for cc in crate::nation_modifiers(parse, head).filter_map(|c| ctx.gazetteer.demonym(text(c))) {
            if found.is_some_and(|f| f != cc) {
                return None;
            }
            found = Some(cc);
        }
    }
    found.map(str::to_string).or_else(|| attacking_state(ctx, parse, e))
}

/// The state the sentence tells as the one that struck, around an attack noun near the
/// event's trigger (two tree edges at most): a nationality before the noun ("people are
/// killed … in multiple Israeli retaliatory airstrikes"), a country after "by" on the
/// noun or on the verb that tells it ("an airstrike carried out by Israel", "strikes by
/// the U.S."), or a country as the subject of the verb the noun is the object of
/// ("Ukraine launches its largest ever drone attack"). `None` where none or two are told.
fn attacking_state(ctx: &Context, parse: &Parse, e: &Event) -> Option<String> {
    let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
    let (start, end) = (parse.words.first()?.start, parse.words.last()?.end);
    let t = e.evidence.iter().find(|t| start <= t.start && t.end <= end)?;
    let trigger = crate::tree::trigger_head(parse, t.start, t.end)?;
    let country = |w: usize| country_word(ctx, text(w));
    let by = |w: usize| {
        parse
            .children(w)
            .iter()
            .copied()
            .filter(|&c| c > w)
            .find(|&c| crate::tree::case_of(parse, ctx.text, c).as_deref() == Some("by") && country(c).is_some())
    };
    let mut found: Vec<String> = Vec::new();
    for w in 0..parse.words.len() {
        let noun = text(w).to_lowercase();
        if !crate::ATTACK_NOUNS.contains(&noun.as_str()) || edges(parse, trigger, w).is_none_or(|n| n > 2) {
            continue;
        }
        // "Israeli retaliatory airstrikes": a nationality before the noun or its modifier.
        let modifiers = crate::nation_modifiers(parse, w)
            .chain(crate::nation_modifiers(parse, w).flat_map(|m| crate::nation_modifiers(parse, m)));
        found.extend(modifiers.filter_map(|c| ctx.gazetteer.demonym(text(c))).map(str::to_string));
        // "Iran's retaliatory strikes": a country as the noun's possessor.
        let possessors = parse.children(w).iter().copied().filter(|&c| parse.words[c].deprel == "nmod:poss");
        found.extend(possessors.filter_map(country));
        // The "by"-phrase of the noun, of the word it depends on ("the toll from
        // yesterday's strikes by the U.S."), or of a verb beside it ("an airstrike carried
        // out by Israel").
        let around = |x: usize| parse.children(x).iter().copied().filter(|&c| parse.is_verb(c)).collect::<Vec<_>>();
        let head = parse.head(w);
        let mut phrases = vec![w];
        phrases.extend(head);
        phrases.extend(around(w));
        phrases.extend(head.map(around).unwrap_or_default());
        found.extend(phrases.into_iter().filter_map(by).filter_map(country));
        // "Ukraine launches … drone attack": the subject of the verb whose object it is.
        found.extend(launcher_of(ctx, parse, w));
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Harm that a state's forces do to people on the ground or in a fight ("At least 72
/// Palestinians are killed from Israeli attacks", "Russia fires two ballistic missiles
/// at the seaport", "a raid by security forces"): an attacker the coder left
/// unidentified, or none, is the state's military where the sentence tells the state
/// as the one that attacked ([`striking_state`]), as the agent by its name ("Israel's
/// military assault", "Iran fires projectiles"), or as its unnamed forces
/// ([`unnamed_forces_state`]). ACLED names a state's forces "Military Forces of X".
pub(crate) fn states_acting_in_violence(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut() {
        if !matches!(e.event_type.as_str(), "Violence against civilians" | "Battles" | "Explosions/Remote violence") {
            continue;
        }
        let open = e.actor1.as_ref().is_none_or(|a| a.name.starts_with("Unidentified"));
        let Some(t) = e.evidence.first() else { continue };
        let Some(k) = ctx.seg.sentence_at(t.start) else { continue };
        if !open {
            continue;
        }
        let parse = ctx.analysis.parse(k);
        let agent = crate::tree::roles(parse, ctx.text, t.start, t.end).and_then(|r| r.agent);
        let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
        let head = crate::tree::trigger_head(parse, t.start, t.end);
        let by_name = agent.and_then(|w| country_word(ctx, text(w))).or_else(|| launcher_of(ctx, parse, head?));
        let by_forces = || agent.and_then(|w| unnamed_forces_state(ctx, parse, w, e));
        // Outside strikes, a nationality names the state only before an attack noun
        // ("Israeli attacks"), never before a person ("a Palestinian gunman shoots").
        let remote = e.event_type == "Explosions/Remote violence";
        let by_nation = || if remote { striking_state(ctx, parse, e) } else { attacking_state(ctx, parse, e) };
        let told_as_agent = by_name.or_else(by_forces);
        let Some(cc) = told_as_agent.clone().or_else(by_nation) else { continue };
        if same_side(ctx, e.actor2.as_ref(), &cc) {
            // "Security forces kill six militants" coded with the forces as the side hit:
            // the tree's agent acts, so the sides trade places.
            if told_as_agent.is_some() {
                std::mem::swap(&mut e.actor1, &mut e.actor2);
            }
            continue;
        }
        let evidence = e.evidence.clone();
        e.actor1 =
            Some(crate::generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, Some(cc), evidence));
    }
    coded.events = events;
}

/// A strike told with its state ("a Russian glide bomb strike", "Iran's retaliatory
/// strikes", "a wave of Israeli strikes on Lebanon") was that state's, whatever other
/// state's forces the coder named for it (often the struck country's): its attacker is
/// the told state's military. Where the coder named the told state's forces as the side
/// hit, the sides trade places.
pub(crate) fn strikes_by_their_told_state(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut().filter(|e| e.event_type == "Explosions/Remote violence") {
        let Some(a1) = e.actor1.as_ref().filter(|a| a.name.starts_with("Military Forces of ")) else { continue };
        let Some(k) = e.evidence.first().and_then(|t| ctx.seg.sentence_at(t.start)) else { continue };
        let Some(cc) = striking_state(ctx, ctx.analysis.parse(k), e) else { continue };
        let told = crate::generic_name(ctx, "Military Forces of {}", Some(&cc));
        if a1.name == told {
            continue;
        }
        if same_side(ctx, e.actor2.as_ref(), &cc) {
            std::mem::swap(&mut e.actor1, &mut e.actor2);
            continue;
        }
        let evidence = e.evidence.clone();
        e.actor1 =
            Some(crate::generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, Some(cc), evidence));
    }
    coded.events = events;
}

/// The country a capitalized word names by its name ("Russia", "Iran"), not by a
/// nationality ("a Palestinian stabs …": a person) nor by a common word a country is
/// also called ("man", the Isle of Man).
fn country_word(ctx: &Context, word: &str) -> Option<String> {
    let capitalized = word.starts_with(char::is_uppercase);
    if !capitalized || ctx.gazetteer.demonym(word).is_some() {
        return None;
    }
    country_named_by(ctx, word)
}

/// Words that, as the agent of harm with no name of their own, tell a state's forces:
/// "security forces", "armed forces", "its forces", "Philippine troops".
const FORCES_WORDS: &[&str] = &["forces", "force", "troops", "soldiers", "army", "military"];

/// Modifiers of "forces" that keep it a state's: "security forces", "pro-government
/// forces" (not "Druze forces", "Jubaland forces": a group or a region's own).
const STATE_FORCES_MODIFIERS: &[&str] =
    &["security", "armed", "military", "government", "pro-government", "federal", "national", "state", "its", "their"];

/// The state whose forces agent word `w` names without a name of their own: the
/// nationality or country before it ("Philippine troops", "Somalia's national army"),
/// else the event's country ("security forces conduct a raid in Dera Ismail Khan").
/// `None` where another word names the forces' own side ("Jubaland forces", "Druze
/// forces") or the word is part of a named group's name.
fn unnamed_forces_state(ctx: &Context, parse: &Parse, w: usize, e: &Event) -> Option<String> {
    let text = |x: usize| &ctx.text[parse.words[x].start..parse.words[x].end];
    if !FORCES_WORDS.contains(&text(w).to_lowercase().as_str()) {
        return None;
    }
    let (start, end) = (parse.words[w].start, parse.words[w].end);
    let named = ctx.entities.clusters.iter().any(|c| c.spans.iter().any(|&(x, y)| x <= start && end <= y));
    if named {
        return None;
    }
    let mut nation: Option<String> = None;
    for c in parse.children(w).iter().copied().filter(|&c| c < w) {
        let rel = tidings_syntax::analysis::base(parse.words[c].deprel);
        if !matches!(rel, "amod" | "compound" | "nmod" | "det") {
            continue;
        }
        let word = text(c);
        if let Some(cc) = ctx.gazetteer.demonym(word).map(str::to_string).or_else(|| country_named_by(ctx, word)) {
            nation = Some(cc);
        } else if !STATE_FORCES_MODIFIERS.contains(&word.to_lowercase().as_str()) && rel != "det" {
            return None;
        }
    }
    nation.or_else(|| e.location.as_ref().and_then(|l| l.country.clone()))
}

/// The country that launched word `w`, an attack or a weapon told as the object of a
/// verb of doing it ("Ukraine launches its largest drone attack", "Russia fires
/// ballistic missiles"), where the verb's subject, or that of the verb it is conjoined
/// to ("Iran accuses Kuwait … and launches retaliatory attacks"), is a country's name.
/// Not a verb of speaking of it: "The United States condemns the attack".
fn launcher_of(ctx: &Context, parse: &Parse, w: usize) -> Option<String> {
    let text = |x: usize| &ctx.text[parse.words[x].start..parse.words[x].end];
    if tidings_syntax::analysis::base(parse.words[w].deprel) != "obj" {
        return None;
    }
    let v = parse.head(w).filter(|&v| launching_verb(&text(v).to_lowercase()))?;
    let shared = || {
        let conj = tidings_syntax::analysis::base(parse.words[v].deprel) == "conj";
        parse.head(v).filter(|_| conj).and_then(|h| parse.dependents(h, "nsubj").next())
    };
    let subject = parse.dependents(v, "nsubj").next().or_else(shared)?;
    country_word(ctx, text(subject))
}

/// Whether a verb with an attack as its object tells its subject did it ("launches",
/// "carried out", "conducts", "steps up"), not that it spoke of it ("condemns",
/// "reports", "denies").
fn launching_verb(verb: &str) -> bool {
    const STEMS: &[&str] = &[
        "launch", "carr", "conduct", "mount", "stag", "intensif", "escalat", "beg", "resum", "continu", "step", "fire",
        "unleash", "renew",
    ];
    STEMS.iter().any(|s| verb.starts_with(s)) || matches!(verb, "began" | "begun")
}

/// Whether `side` is already the military of country `cc` (no side may be both).
fn same_side(ctx: &Context, side: Option<&tidings_model::ActorRef>, cc: &str) -> bool {
    side.is_some_and(|a| a.name == crate::generic_name(ctx, "Military Forces of {}", Some(cc)))
}

/// The number of tree edges between words `a` and `b` (through their nearest common
/// ancestor), `None` where they share none within reach.
fn edges(parse: &Parse, a: usize, b: usize) -> Option<usize> {
    crate::tree::meeting(parse, a, b).map(|(i, j)| i + j)
}

/// Words for a state's soldiers and military sites: a strike or an attack on them hit
/// the state's military ("two drones struck Ahmad al-Jaber Air Base", "attacks on
/// security personnel", "storm a Pakistan Army compound").
fn military_word(words: &[&str], i: usize) -> bool {
    let next = words.get(i + 1).copied().unwrap_or("");
    let prev = if i > 0 { words[i - 1] } else { "" };
    match words[i] {
        "soldier" | "soldiers" | "troops" | "servicemen" | "serviceman" | "servicemembers" => true,
        "army" | "military" => crate::MILITARY_SITES.contains(&next) || matches!(next, "compound" | "unit" | "units"),
        "base" | "bases" => matches!(prev, "air" | "military" | "naval" | "army"),
        "airbase" | "airbases" => true,
        "forces" => prev == "armed",
        "personnel" => matches!(prev, "security" | "military"),
        "guard" => prev == "national",
        "member" | "members" => prev == "service",
        _ => false,
    }
}

/// A strike or an attack whose sentence names a state's soldiers or a military site
/// (not its attackers) hit that state's military: the civilians the coder named give
/// way to "Military Forces of X", X the soldiers' nationality or else the country of
/// the event's place ("Three Kuwaiti soldiers are injured after two drones struck
/// Ahmad al-Jaber Air Base").
pub(crate) fn military_targets(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut() {
        if !matches!(e.event_type.as_str(), "Violence against civilians" | "Explosions/Remote violence") {
            continue;
        }
        let Some(civ) = e.actor2.as_ref().filter(|a| crate::civilians(&a.name)) else { continue };
        let Some(t) = e.evidence.first() else { continue };
        let Some(k) = ctx.seg.sentence_at(t.start) else { continue };
        let parse = ctx.analysis.parse(k);
        let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
        let lower: Vec<String> = (0..parse.words.len()).map(|w| text(w).to_lowercase()).collect();
        let words: Vec<&str> = lower.iter().map(String::as_str).collect();
        // The attackers' own words ("Israeli soldiers open fire"): the tree's agent and
        // what it governs, and the named attacker's span.
        let roles = crate::tree::roles(parse, ctx.text, t.start, t.end);
        let agent = roles.and_then(|r| r.agent);
        let attacker = |w: usize| {
            agent.is_some_and(|a| governs(parse, a, w))
                || e.actor1.as_ref().is_some_and(|a| {
                    a.evidence.iter().any(|x| x.start <= parse.words[w].start && parse.words[w].end <= x.end)
                })
        };
        let Some(head) = crate::tree::trigger_head(parse, t.start, t.end) else { continue };
        // "the Lebanese Army", "a Russian general": a state's by its nationality.
        let army = |i: usize| {
            matches!(words[i], "army" | "general" | "generals")
                && crate::nation_modifiers(parse, i).any(|c| ctx.gazetteer.demonym(text(c)).is_some())
        };
        let near = |i: usize| edges(parse, head, i).is_some_and(|n| n <= 3);
        let Some(w) = (0..words.len()).find(|&i| (military_word(&words, i) || army(i)) && near(i) && !attacker(i))
        else {
            continue;
        };
        // "three US soldiers", "Kuwaiti soldiers": the nationality or country before them.
        let nation = crate::nation_modifiers(parse, w)
            .find_map(|c| ctx.gazetteer.demonym(text(c)).map(str::to_string).or_else(|| country_named_by(ctx, text(c))))
            .or_else(|| e.location.as_ref().and_then(|l| l.country.clone()))
            .or_else(|| generic_country(coded, &civ.id));
        let Some(cc) = nation else { continue };
        // No side is both: an army does not hit itself.
        if same_side(ctx, e.actor1.as_ref(), &cc) {
            continue;
        }
        let evidence = civ.evidence.clone();
        e.actor2 =
            Some(crate::generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, Some(cc), evidence));
    }
    coded.events = events;
}

/// The country of the document's generic actor `id`.
fn generic_country(coded: &Coded, id: &str) -> Option<String> {
    coded.generic_actors.iter().find(|g| g.id == id).and_then(|g| g.country.clone())
}

/// Whether word `a` governs word `w` (is `w` or one of its ancestors).
fn governs(parse: &Parse, a: usize, w: usize) -> bool {
    crate::tree::ancestors(parse, w, 12).contains(&a)
}

/// Nouns for unarmed people a nationality word may name the country of ("a Cambodian
/// villager", "11 Pakistani crew members", "American freelance journalist").
fn victim_noun(w: &str) -> bool {
    // "the American people should know": a nation, not victims.
    w != "people"
        && (rules::CIVILIAN_NOUNS.contains(&w)
            || rules::PERSON_NOUNS.contains(&w)
            || matches!(
                w,
                "citizens"
                    | "nationals"
                    | "national"
                    | "crew"
                    | "hostage"
                    | "hostages"
                    | "couple"
                    | "tourists"
                    | "tourist"
                    | "villager"
                    | "worker"
                    | "workers"
                    | "girl"
                    | "boy"
                    | "teen"
                    | "teenager"
                    | "family"
            ))
}

/// The one country the nationality words before the sentence's nouns for unarmed
/// people name ("Three Chinese citizens are killed", "a 13-year-old Israeli girl").
fn victims_nation(ctx: &Context, parse: &Parse, trigger: usize) -> Option<String> {
    let text = |w: usize| &ctx.text[parse.words[w].start..parse.words[w].end];
    let mut found: Option<String> = None;
    for w in 0..parse.words.len() {
        if !victim_noun(&text(w).to_lowercase()) || edges(parse, trigger, w).is_none_or(|n| n > 2) {
            continue;
        }
        let Some(cc) = crate::nation_modifiers(parse, w).find_map(|c| ctx.gazetteer.demonym(text(c))) else { continue };
        if found.as_deref().is_some_and(|f| f != cc) {
            return None;
        }
        found = Some(cc.to_string());
    }
    found
}

/// Civilians hit are of the nation their sentence's words for them name, wherever
/// they were hit ("Three Chinese citizens are killed in … Tajikistan" → Civilians
/// (China)): a violent event's civilians the coder named by the place take it.
pub(crate) fn civilians_of_their_nation(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut() {
        if !matches!(e.event_type.as_str(), "Violence against civilians" | "Explosions/Remote violence") {
            continue;
        }
        if !e.actor2.as_ref().is_some_and(|a| crate::civilians(&a.name)) {
            continue;
        }
        let Some(t) = e.evidence.first() else { continue };
        let Some(k) = ctx.seg.sentence_at(t.start) else { continue };
        let parse = ctx.analysis.parse(k);
        let Some(head) = crate::tree::trigger_head(parse, t.start, t.end) else { continue };
        let Some(cc) = victims_nation(ctx, parse, head) else { continue };
        let evidence = e.actor2.as_ref().map(|a| a.evidence.clone()).unwrap_or_default();
        let named = crate::generic_named(ctx, coded, "Civilians", ActorKind::Civilians, Some(cc), evidence);
        e.actor2 = Some(named);
    }
    coded.events = events;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect()
    }

    #[test]
    fn property_only_when_nobody_is_named() {
        let hit = |s: &str| only_property_hit(&words(s), false);
        assert!(hit("Drones struck a fuel depot near Tambov overnight, setting it on fire."));
        assert!(hit("A bomb went off outside the offices of a shipping company in Piraeus."));
        // People named, hit or present: no.
        assert!(!hit("A drone struck a fuel depot near Tambov, killing one worker."));
        assert!(!hit("An airstrike hit a residential building in Rafah, injuring five."));
        assert!(!hit("Gunmen opened fire at the airport terminal."));
        // Nothing hit named, or a toll: no.
        assert!(!hit("Artillery shelled the town of Nikopol."));
        assert!(!only_property_hit(&words("Missiles hit a petrochemical complex."), true));
        // Officials who tell of the strike, and the attackers' aircraft, are no people hit.
        assert!(hit("Israel has struck bridges and railways in Iran, prime minister Benjamin Netanyahu says."));
        assert!(hit("The refinery is struck in a missile attack, according to Energy Minister Eli Cohen."));
        assert!(hit("Tasnim reports that American fighter jets attacked the Iranshahr Airport."));
        assert!(!hit("Fighters attacked the airport terminal, wounding a guard."));
        // A place where people gather had people in it.
        assert!(!hit("The minister condemned the attack on a petrol station and restaurant."));
        // A bomb that did not go off was laid among people.
        assert!(!hit("A second bomb left at the bus station did not go off."));
    }

    #[test]
    fn soldiers_and_military_sites_are_military_words() {
        let w = |s: &str, i: usize| military_word(&s.split(' ').collect::<Vec<_>>(), i);
        assert!(w("two drones struck the air base", 5));
        assert!(w("attacks on security personnel", 3));
        assert!(w("storm an army compound", 2));
        assert!(w("the American service member", 3));
        assert!(!w("a base rate", 1));
        assert!(!w("the army said", 1));
        assert!(!w("police personnel", 1));
    }

    #[test]
    fn a_capitalized_word_before_a_mention_makes_it_a_longer_names_tail() {
        let text = "Photo 2/6 A Free Syrian Army fighter. The Syrian Army advanced. Free Syrian Army";
        let at = |s: &str| text.find(s).unwrap();
        assert!(tail_of_a_name(text, at("Syrian Army fighter")));
        assert!(!tail_of_a_name(text, at("Syrian Army advanced")));
        assert!(!tail_of_a_name(text, at("Free Syrian Army fighter")));
        assert!(!tail_of_a_name(text, 0));
    }

    #[test]
    fn a_nation_is_no_victim() {
        assert!(victim_noun("citizens"));
        assert!(victim_noun("villager"));
        assert!(!victim_noun("people"));
        assert!(!victim_noun("soldiers"));
    }
}
