//! Candidate mentions: the trigger lexicon's matches, verbs of violence in the
//! present tense, state strikes, and words recovered for the learned check.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::*;

/// The words of the first sentences the recovery classifier reads: (sentence, token,
/// features), content words only.
pub fn recovery_candidates(text: &str, seg: &Segmented) -> Vec<(usize, usize, Vec<u64>)> {
    let mut out = Vec::new();
    let cues = learned::DocCues::new(text, seg);
    for (k, sentence) in seg.sentences.iter().enumerate().take(RECOVER_SENTENCES) {
        let tokens = &seg.tokens[sentence.tokens.clone()];
        for (i, t) in tokens.iter().enumerate() {
            if learned::is_content(t.text(text)) {
                out.push((k, i, learned::features_in(text, seg, &cues, k, i, i + 1, None)));
            }
        }
    }
    out
}

/// Where the rules coded nothing: the word the recovery classifier reads as the surest
/// event, coded from it by the rules' machinery (roles, date, place, toll) with the
/// classifier's sub-type.
pub(crate) fn recover(
    ctx: &Context,
    index: &Index,
    model: &Model,
    dateline: Option<(usize, usize)>,
    filed_at: Option<Place>,
    coded: &mut Coded,
) {
    let mut best: Option<(f32, usize, usize, usize)> = None;
    for (k, i, features) in recovery_candidates(ctx.text, ctx.seg) {
        if let Some(d) = model.recover(&features) {
            if best.is_none_or(|b| d.margin > b.0) {
                best = Some((d.margin, k, i, d.label));
            }
        }
    }
    let Some((margin, k, i, label)) = best.filter(|b| b.0 > RECOVER_MARGIN) else {
        return;
    };
    let (event_type, sub_event_type, plover) = model.codes(label);
    let Some(family) = family_of(sub_event_type) else { return };
    let sentence = &ctx.seg.sentences[k];
    let tokens = &ctx.seg.tokens[sentence.tokens.clone()];
    let lower: Vec<String> = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
    let s = index.sentence(ctx, k, tokens, lower, ctx.seg.is_caps_sentence(ctx.text, k), dateline);
    // The classifier reads words, not their company: the word it picked passes the same
    // checks as a lexicon match, and where those give another family ("captured the
    // town" is no arrest) the rules' coding stands.
    let Some(&kept) = kept_as_told(&s, vec![(i, i + 1, family)]).first() else { return };
    let drafts = incidents::cluster(code_triggers(&s, coded, &[kept], true));
    finish(ctx, drafts, filed_at, coded);
    for e in &mut coded.events {
        if e.modality != Modality::Threatened && kept.2 == family {
            e.event_type = event_type.to_string();
            e.sub_event_type = sub_event_type.to_string();
            e.plover = plover.to_string();
        }
    }
    coded
        .diagnostics
        .push(format!("event at byte {} found by the learned classifier (margin {margin:.2})", tokens[i].start));
}

/// The trigger rules (indices into [`rules::RULES`]) by their first word, so that each
/// word of a sentence is tried against the few rules it can open rather than all of
/// them (the scan over all rules was most of the events stage's own time).
struct RuleIndex {
    by_word: HashMap<&'static str, Vec<usize>>,
    /// Rules that open with a stem ("clash*"): tried at every word.
    stems: Vec<usize>,
}

impl RuleIndex {
    fn get() -> &'static RuleIndex {
        static INDEX: LazyLock<RuleIndex> = LazyLock::new(|| {
            let mut index = RuleIndex { by_word: HashMap::new(), stems: Vec::new() };
            for (r, rule) in rules::RULES.iter().enumerate() {
                match rule.phrase.first() {
                    Some(w) if w.ends_with('*') => index.stems.push(r),
                    Some(w) => index.by_word.entry(w).or_default().push(r),
                    None => index.stems.push(r),
                }
            }
            index
        });
        &INDEX
    }

    /// The rules that may match at a word written `lower`.
    fn opening(&self, lower: &str) -> impl Iterator<Item = usize> + '_ {
        self.by_word.get(lower).into_iter().flatten().chain(&self.stems).copied()
    }
}

/// Trigger matches of a sentence: (first token, end token, family).
pub(crate) fn triggers(s: &Sent) -> Vec<(usize, usize, Family)> {
    let mut found: Vec<(usize, usize, Family)> = Vec::new();
    let mut i = 0;
    while i < s.lower.len() {
        // The longest rule; among equally long ones the last in `RULES` order.
        let best = RuleIndex::get()
            .opening(&s.lower[i])
            .filter(|&r| matches_phrase(&s.lower, i, rules::RULES[r].phrase))
            .max_by_key(|&r| (rules::RULES[r].phrase.len(), r))
            .map(|r| (i, i + rules::RULES[r].phrase.len(), rules::RULES[r].family));
        match best {
            Some(m) => {
                found.push(m);
                i = m.1;
            }
            None => i += 1,
        }
    }
    present_tense_verbs(s, &mut found);
    military_strikes(s, &mut found);
    joined_armed_group(s, &mut found);
    weapons_fired(s, &mut found);
    places_taken(s, &mut found);
    kept_as_told(s, found)
}

/// Arms and explosives by name: a weapon word, a rifle, ammunition, "explosives-laden",
/// "bomb-making".
fn armament(w: &str) -> bool {
    weapon_word(w)
        || in_flight(w)
        || w.starts_with("explosive")
        || w.starts_with("bomb-")
        || matches!(w, "rifle" | "rifles" | "firearms" | "guns" | "ammunition" | "arms" | "munitions")
}

/// "have taken the village of Zhuravka", "took the town of Bakhmut": a place taken.
fn places_taken(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
    for i in 0..s.lower.len().saturating_sub(3) {
        let named = |k: usize| rules::TERRITORY_NOUNS.contains(&s.word(k)) && s.word(k + 1) == "of";
        if matches!(s.word(i), "took" | "taken" | "takes" | "taking")
            && s.word(i + 1) == "the"
            && named(i + 2)
            && !found.iter().any(|t| (t.0..t.1).contains(&i))
        {
            found.push((i, i + 1, Family::Territory));
        }
    }
}

/// The matches of a sentence that tell an incident as the words around them read, with
/// the family those words give: the lexicon's matches and the word the recovery
/// classifier picked alike ("detained in hospital" is care, "captured the town" a place
/// taken).
pub(crate) fn kept_as_told(s: &Sent, mut found: Vec<(usize, usize, Family)>) -> Vec<(usize, usize, Family)> {
    found.sort_by_key(|t| t.0);
    // A bare foiling verb ("prevent", "disrupted") foils an attack only when its object
    // names one ("prevented a terrorist act", "thwarted the plot").
    found.retain(|t| {
        t.2 != Family::Foil
            || t.1 - t.0 > 1
            || matches!(s.word(t.0), "defused")
            || (t.1..(t.1 + 6).min(s.lower.len())).any(|k| rules::PLOT_WORDS.contains(&s.word(k)))
            // "intercepted a vehicle carrying 3 AK-47 rifles … and bomb-making materials",
            // "destroyed an explosives-laden boat": arms seized or destroyed before use.
            || (t.1..(t.1 + 8).min(s.lower.len())).any(|k| armament(s.word(k)))
            // "intercepted Iranian drones", "a missile intercepted by air defenses": a
            // weapon in flight stopped, not a message or a shipment of goods.
            || (matches!(s.word(t.0), "intercepted" | "intercepts")
                && (t.0.saturating_sub(4)..(t.1 + 6).min(s.lower.len())).any(|k| in_flight(s.word(k))))
    });
    // A foiling verb swallows the attack words of its object ("prevented an attack").
    let foils: Vec<(usize, usize)> = found.iter().filter(|t| t.2 == Family::Foil).map(|t| (t.0, t.1)).collect();
    found.retain(|t| {
        !(t.2 != Family::Foil && foils.iter().any(|&(a, _)| t.0 > a && t.0 <= a + 4) && !t.2.is_violent_outcome())
    });
    // "Humvee vehicles captured from Afghan forces", "tanks and other equipment captured
    // near Palmyra": materiel a side took, told to say what it is, captures nobody and
    // no place.
    found.retain(|t| {
        !(matches!(s.word(t.0), "captured" | "seized")
            && t.0 > 0
            && matches!(
                s.word(t.0 - 1),
                "vehicles" | "tanks" | "equipment" | "weapons" | "ammunition" | "arms" | "hardware" | "humvees"
            ))
    });
    // "captured the town", "captured Handarat" are territory, "captured the leader" an
    // arrest.
    for t in &mut found {
        let place_next = s.places().any(|p| {
            let i = s.at(p.span_start);
            i >= t.1 && i <= t.1 + 1
        });
        if t.2 == Family::Arrest
            && matches!(s.word(t.0), "captured" | "capture" | "captures" | "takeover")
            && (place_next
                || s.lower[t.1..(t.1 + 5).min(s.lower.len())]
                    .iter()
                    .any(|w| rules::TERRITORY_NOUNS.contains(&w.as_str()) || w == "control"))
        {
            t.2 = Family::Territory;
        }
    }
    // "seized the area" is territory, "seized hostages" an abduction, "seized the tanks"
    // looting; a seizure of anything else is no event.
    // "the capture of the al-Mahrah Governorate", "the takeover of Tardo Village" are
    // territory (above); "the takeover of Citgo", of anything else,
    // no incident told as such.
    // A verb "capture" that took no place is an arrest ("forces capture four fighters").
    found.retain(|t| !(t.2 == Family::Arrest && t.1 - t.0 > 1 && matches!(s.word(t.0), "capture" | "takeover")));
    found.retain_mut(|t| {
        if !matches!(s.word(t.0), "seized" | "seizing" | "seizes" | "seize") || t.2 != Family::Arrest {
            return true;
        }
        let next = &s.lower[t.1..(t.1 + 5).min(s.lower.len())];
        let has = |list: &[&str]| next.iter().any(|w| list.contains(&w.as_str()));
        t.2 = if has(&["hostages", "hostage"]) {
            Family::Abduction
        } else if has(rules::TERRITORY_NOUNS) || has(&["airport"]) {
            Family::Territory
        } else if has(&["tanks", "weapons", "equipment", "hardware", "vehicles", "ammunition", "arms"]) {
            Family::Looting
        } else {
            return false;
        };
        true
    });
    // "the moment cars collide is captured in shocking footage", "caught on camera",
    // "Ninety six people were detained in hospital": filmed or kept for care, nobody
    // arrested.
    found.retain(|t| {
        let arrest = t.2 == Family::Arrest || (t.2 == Family::Territory && s.word(t.0) == "captured");
        let next = |k: usize| s.lower.get(t.1 + k).map_or("", String::as_str);
        let filmed = matches!(next(0), "on" | "in" | "by")
            && (1..=3).any(|k| {
                matches!(next(k), "camera" | "cameras" | "video" | "footage" | "film" | "tape" | "cctv" | "photos")
            });
        // "arrested in hospital" is an arrest; "detained in hospital" care.
        let cared = matches!(s.word(t.1 - 1), "detained" | "kept" | "held")
            && matches!(next(0), "in" | "at")
            && (1..=2).any(|k| matches!(next(k), "hospital" | "hospitals"));
        !(arrest && (filmed || cared))
    });
    // "Judge Bowler ordered the arrest of Rahim, who was detained in Boston": an order is
    // no arrest (a court's order is not coded); the arrest, if told, is told by its own
    // verb.
    found.retain(|t| {
        let ordering = |k: usize| matches!(s.word(k), "ordered" | "orders" | "order" | "ordering");
        !(t.2 == Family::Arrest
            && t.1 == t.0 + 1
            && matches!(s.word(t.0), "arrest" | "arrests" | "detention")
            && (t.0 >= 1 && ordering(t.0 - 1) || t.0 >= 2 && s.word(t.0 - 1) == "the" && ordering(t.0 - 2)))
    });
    // "Demand for housing explodes in Lisbon": something blows up only with a device, a
    // shell or a vehicle near ("a car bomb explodes", "shell explodes near a school").
    found.retain(|t| {
        let w = s.word(t.0);
        // Not "exploded": prose names the device sentences or a clause before ("The bomb
        // was placed at the entrance … and exploded", "they exploded one a minute").
        if t.1 != t.0 + 1 || w != "explodes" {
            return true;
        }
        let (start, end) = clause_of(s, t.0);
        (start.max(t.0.saturating_sub(6))..end.min(t.1 + 4)).any(|k| EXPLODING.iter().any(|p| s.word(k).starts_with(p)))
    });
    // "Elliott Management takes control of the board": control taken by an armed side
    // or of a place ("rebels took control of Bunagana"), else no territory.
    found.retain(|t| {
        if t.2 != Family::Territory || s.word(t.1 - 1) != "control" || t.0 + 2 > t.1 {
            return true;
        }
        let place = s.places().any(|p| (t.1..t.1 + 4).contains(&s.at(p.span_start)));
        let land =
            s.lower[t.1..(t.1 + 6).min(s.lower.len())].iter().any(|w| rules::TERRITORY_NOUNS.contains(&w.as_str()));
        place || land || armed_near(s, t.0)
    });
    // "the Boston Marathon bombing suspect", "attack victims", "the bombing trial": the
    // trigger names an incident told elsewhere (or long known) to say who someone is; it
    // reports nothing.
    found.retain(|t| {
        let next = s.lower.get(t.1).map(String::as_str).unwrap_or("");
        !(t.2.is_violent() && rules::INCIDENT_REFERENCE.contains(&next))
    });
    // "riot police", "attack helicopters", "IED facilities", "an assault weapon": a kind
    // of thing, no incident. The trigger's last word modifies the noun after it.
    found.retain(|t| {
        let next = s.lower.get(t.1).map(String::as_str).unwrap_or("");
        !newsday::modifier_use(s.word(t.1 - 1), next)
    });
    // "panic attacks", "a heart attack": an illness, no violence.
    found.retain(|t| !(t.0 >= 1 && newsday::medical_use(s.word(t.0 - 1), s.word(t.1 - 1))));
    // "stun grenades", "sound grenades", "smoke grenades": police munitions for crowds,
    // no grenade attack (their use is the intervention of the incident told with them).
    found.retain(|t| {
        !(t.2 == Family::Grenade
            && t.0 >= 1
            && matches!(s.word(t.0 - 1), "stun" | "sound" | "smoke" | "flash" | "flash-bang" | "gas"))
    });
    // "it was established that the militants …" found something out; nothing was founded.
    found.retain(|t| !(t.2 == Family::Founded && s.lower.get(t.1).is_some_and(|w| w == "that")));
    // "discovered and destroyed 3 IEDs", "seized 30 grenades": a weapon taken or
    // destroyed is disrupted weapons use, no attack with it.
    for t in &mut found {
        if weapon_word(s.word(t.1 - 1))
            && t.2.is_violent()
            && (t.0.saturating_sub(4)..t.0).any(|k| DISRUPTING.contains(&s.word(k)))
        {
            t.2 = Family::Foil;
        }
    }
    // "it shot down 34 of 67 missiles", "intercepted 95 drones": air defence stopping
    // missiles or drones is disrupted weapons use (ACLED), no battle; a shot-down
    // aircraft with a crew stays a clash.
    for t in &mut found {
        let downed = matches!(s.word(t.0), "shot" | "downed" | "intercepted" | "intercepting" | "intercepts");
        if downed && t.2 == Family::Clash && (t.1..(t.1 + 6).min(s.lower.len())).any(|k| unmanned(s.word(k))) {
            t.2 = Family::Foil;
        }
    }
    // "captured by the rebels": an armed group's arrest is an abduction.
    for t in &mut found {
        if t.2 == Family::Arrest
            && t.1 + 2 < s.lower.len()
            && s.word(t.1) == "by"
            && (t.1 + 1..(t.1 + 3).min(s.lower.len())).any(|k| {
                matches!(s.word(k), "rebels" | "militants" | "insurgents" | "gunmen" | "kidnappers" | "separatists")
            })
        {
            t.2 = Family::Abduction;
        }
    }
    found.retain(|t| t.2 != Family::Withdrawal || withdrawal_told(s, t.0, t.1));
    // "A mosque with two people inside is set on fire": a building burnt with people in
    // it is violence against them, not property destroyed.
    for t in &mut found {
        if t.2 == Family::Riot && property_trigger(s, t.0, t.1) && people_inside(s, t.0) {
            t.2 = Family::Attack;
        }
    }
    // "about 30 houses were set on fire" in the telling of a raid is part of the raid: the
    // passive forms are triggers only where they burn people.
    found.retain(|t| {
        !(t.2 == Family::Riot
            && matches!(s.word(t.0), "set")
            && matches!(s.word(t.1 - 1), "fire" | "alight")
            && s.word(t.0 + 1) != "fire")
    });
    found
}

/// Words that name armed forces withdrawing ("the Malian military has begun to
/// withdraw", "SDF units withdraw").
const FORCE_WORDS: &[&str] =
    &["troops", "forces", "military", "army", "soldiers", "units", "fighters", "militants", "rebels", "peacekeepers"];

/// Words right before a withdrawal verb that tell it as not (yet) done: "will withdraw",
/// "will not withdraw", "to withdraw", "must withdraw".
const UNDONE: &[&str] = &["will", "would", "not", "to", "must", "should", "could", "may", "might", "never"];

/// Whether a withdrawal trigger `a..b` tells armed forces leaving a place: a force named
/// before it (or a state force or armed group in its clause), "from" or "out of" a place
/// or a territory noun after it, and no modal, negation or infinitive before it
/// ("will withdraw from Iraq by September", "directing the U.S. to withdraw from the
/// WHO"), except a beginning ("has begun to withdraw from Tessalit").
pub(crate) fn withdrawal_told(s: &Sent, a: usize, b: usize) -> bool {
    let n = s.lower.len();
    let from = if matches!(s.word(b - 1), "from" | "of") {
        Some(b)
    } else {
        (b..(b + 5).min(n)).find(|&k| s.word(k) == "from").map(|k| k + 1)
    };
    let Some(from) = from else { return false };
    let place = s.places().any(|p| (from..from + 4).contains(&s.at(p.span_start)))
        || (from..(from + 4).min(n)).any(|k| {
            rules::TERRITORY_NOUNS.contains(&s.word(k)) || matches!(s.word(k), "airbase" | "positions" | "region")
        });
    // Police leaving a street or a town centre hand over no territory.
    let window = a.saturating_sub(6)..a;
    let police = window.clone().any(|k| s.word(k).starts_with("police"));
    let force = window.clone().any(|k| FORCE_WORDS.contains(&s.word(k))) || (armed_mention_in(s, window) && !police);
    let begun = |k: usize| matches!(s.word(k), "begun" | "began" | "begins" | "start" | "started" | "starts");
    let undone = (a.saturating_sub(3)..a).any(|k| UNDONE.contains(&s.word(k)) && !(k > 0 && begun(k - 1)));
    place && force && !undone
}

/// Whether people are told inside what the trigger at `a` burns: "with two people
/// inside", "families trapped inside", "burned alive", in the trigger's clause.
pub(crate) fn people_inside(s: &Sent, a: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start..end).any(|k| {
        let w = s.word(k);
        let people = rules::CIVILIAN_NOUNS.contains(&w)
            || rules::PERSON_NOUNS.contains(&w)
            || matches!(w, "worshipers" | "family");
        (people && (k + 1..(k + 3).min(end)).any(|j| matches!(s.word(j), "inside" | "trapped")))
            || (matches!(w, "burned" | "burnt") && s.lower.get(k + 1).is_some_and(|x| x == "alive"))
    })
}

/// Violent verbs in the present of news summaries, which the lexicon names by their past
/// form: "M23 rebels capture the town of Katale", "an assailant stabs two civilians",
/// "Hamas executes eight men", "a gunman shoots a settler".
pub(crate) const PRESENT_VERBS: &[(&str, Family)] = &[
    ("stab", Family::Kill),
    ("stabs", Family::Kill),
    ("execute", Family::Kill),
    ("executes", Family::Kill),
    ("behead", Family::Kill),
    ("beheads", Family::Kill),
    ("shoot", Family::Kill),
    ("shoots", Family::Kill),
    ("storm", Family::Attack),
    ("storms", Family::Attack),
    ("raids", Family::Attack),
    ("capture", Family::Arrest),
    ("captures", Family::Arrest),
    ("seize", Family::Arrest),
    ("shell", Family::Shelling),
    ("shells", Family::Shelling),
    ("invade", Family::Clash),
    ("invades", Family::Clash),
    ("detonate", Family::Explosive),
    ("detonates", Family::Explosive),
    ("torch", Family::Riot),
    ("torches", Family::Riot),
    ("loot", Family::Riot),
    ("loots", Family::Riot),
    ("hijack", Family::Abduction),
    ("hijacks", Family::Abduction),
    ("hijacked", Family::Abduction),
];

/// Verbs of [`PRESENT_VERBS`] that the parser tags as verbs ("the capture of" and "a
/// stab at" are nouns), and "shot" told of a person: passive ("was shot", "fatally
/// shot") or shot at someone. "Shoots down" is the lexicon's.
pub(crate) fn present_tense_verbs(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
    let n = s.lower.len();
    let mut added = false;
    // The sentence's tags and the words that head an object, read once and only when a
    // word of the list is met: most sentences have none, and a parse costs.
    let mut verbs: Option<(Vec<bool>, Vec<bool>)> = None;
    for i in 0..n {
        if found.iter().any(|t| (t.0..t.1).contains(&i)) || i + 1 < n && s.word(i + 1) == "down" {
            continue;
        }
        let listed = PRESENT_VERBS.iter().find(|(w, _)| *w == s.word(i));
        if listed.is_none() && s.word(i) != "shot" {
            continue;
        }
        let (tagged_verb, has_object) = verbs.get_or_insert_with(|| {
            let parse = s.ctx.analysis.parse(s.k);
            let mut has_object = vec![false; parse.words.len()];
            for w in parse.words.iter().filter(|w| w.deprel == "obj") {
                if let Some(h) = w.head.filter(|&h| h < has_object.len()) {
                    has_object[h] = true;
                }
            }
            (parse.words.iter().map(|w| w.upos == Upos::Verb).collect(), has_object)
        });
        // The tagger often takes a headline's "stabs" or "shoots" for a plural noun; one
        // with an object is a verb.
        let verb = tagged_verb.get(i).copied().unwrap_or(false) || has_object.get(i).copied().unwrap_or(false);
        // "urged security forces to detain his son", "preparing to invade": an
        // infinitive or a modal tells what may be done, no incident.
        let unreal = i > 0 && (s.word(i - 1) == "to" || UNREAL.contains(&s.word(i - 1)));
        // "was shot and killed": the killing names the incident.
        let named_after = found.iter().any(|t| t.0 > i && t.0 <= i + 3);
        let family = match listed {
            Some(&(_, family)) if verb && !unreal => family,
            _ if s.word(i) == "shot" && !named_after && person_shot(s, i) => Family::Kill,
            _ => continue,
        };
        // "hackers hijacked the agency's Twitter account": only a vehicle is hijacked.
        if family == Family::Abduction && !(i.saturating_sub(6)..(i + 7).min(n)).any(|k| hijacked_vehicle(s.word(k))) {
            continue;
        }
        found.push((i, i + 1, family));
        added = true;
    }
    if added {
        found.sort_by_key(|t| t.0);
    }
}

pub(crate) fn hijacked_vehicle(w: &str) -> bool {
    let one = |w: &str| {
        matches!(
            w,
            "ship" | "vessel" | "tanker" | "boat" | "dhow" | "plane" | "aircraft" | "airliner" | "flight" | "truck"
        )
    };
    one(w) || w.strip_suffix('s').is_some_and(one) || matches!(w, "bus" | "mv")
}

/// "were shot", "is fatally shot", "shot at Guyanese soldiers", "shot and injured": a
/// person shot, not a film or a shot at the title.
pub(crate) fn person_shot(s: &Sent, i: usize) -> bool {
    let before = |k: usize| if i >= k { s.word(i - k) } else { "" };
    let passive = (1..=2).any(|k| {
        matches!(before(k), "is" | "are" | "was" | "were" | "been" | "being" | "fatally" | "reportedly" | "allegedly")
    });
    let after = s.lower.get(i + 1).map_or("", String::as_str);
    passive || matches!(after, "at" | "dead")
}

/// Drones, missiles and projectiles told as fired at something or hitting it: "Russia
/// launches 273 drones at Ukraine", "hit by an Iranian drone", "a projectile hits their
/// vehicle". Drones are air strikes; missiles, rockets and projectiles shelling.
pub(crate) fn weapons_fired(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
    let n = s.lower.len();
    let mut added = false;
    for i in 0..n {
        let w = s.word(i);
        let family = match w {
            "drone" | "drones" => Family::AirStrike,
            "missile" | "missiles" | "rocket" | "rockets" | "projectile" | "projectiles" => Family::Shelling,
            _ => continue,
        };
        if found.iter().any(|t| (t.0..=t.1).contains(&i) || t.0 == i + 1) {
            continue;
        }
        let before = i.saturating_sub(4)..i;
        // "The Houthis launch a ballistic missile towards Israel": the present of summaries too.
        let launched = before
            .clone()
            .any(|k| matches!(s.word(k), "launch" | "launches" | "launched" | "fire" | "fires" | "fired"))
            && (i + 1..(i + 4).min(n)).any(|k| matches!(s.word(k), "at" | "on" | "towards" | "toward" | "against"));
        let hit_by =
            before.clone().any(|k| k + 1 < n && matches!(s.word(k), "hit" | "struck") && s.word(k + 1) == "by");
        let hits = i + 1 < n && matches!(s.word(i + 1), "hits" | "hit" | "struck" | "strikes");
        if launched || hit_by || hits {
            found.push((i, i + 1, family));
            added = true;
        }
    }
    if added {
        found.sort_by_key(|t| t.0);
    }
}

/// "Hundreds of Congolese police officers join the M23 movement": people who join an
/// armed group (a group noun or an armed group's name at most four words after the verb)
/// change its make-up (ACLED: Change to group/activity); "joined the talks" does not.
pub(crate) fn joined_armed_group(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
    let clusters = &s.ctx.entities.clusters;
    for i in 0..s.lower.len() {
        // "urged Muslims to join ISIS' fight": an appeal, nobody joined.
        let appeal = i > 0 && (s.word(i - 1) == "to" || rules::HYPOTHETICAL.contains(&s.word(i - 1)));
        if !matches!(s.word(i), "join" | "joins" | "joined") || appeal || found.iter().any(|t| (t.0..t.1).contains(&i))
        {
            continue;
        }
        let reach = i + 1..(i + 5).min(s.lower.len());
        let group = reach.clone().any(|k| matches!(s.word(k), "movement" | "rebels" | "militia" | "insurgency"));
        let armed_name = s
            .mentions
            .iter()
            .any(|&(ci, mi)| armed(clusters[ci].kind) && reach.contains(&s.at(clusters[ci].spans[mi].0)));
        if group || armed_name {
            found.push((i, i + 1, Family::Founded));
            found.sort_by_key(|t| t.0);
        }
    }
}

/// Modifiers that make a bare "strike" an armed one ("retaliatory strikes",
/// "intelligence-based strikes", "Air Force strikes").
pub(crate) const STRIKE_MODIFIERS: &[&str] = &[
    "retaliatory",
    "military",
    "intelligence-based",
    "targeted",
    "cross-border",
    "punitive",
    "pre-emptive",
    "preemptive",
    "naval",
    "force",
    "forces",
    "army",
];

/// Words of a labour strike: "general strike", "teachers strike over pay".
pub(crate) const LABOUR_WORDS: &[&str] = &[
    "general",
    "hunger",
    "labour",
    "labor",
    "workers",
    "union",
    "unions",
    "teachers",
    "doctors",
    "nurses",
    "employees",
    "staff",
    "pay",
    "wage",
    "wages",
    "walkout",
    "strikers",
    "protest",
    "protests",
    "national",
    "nationwide",
    "indigenous",
    "rail",
    "transport",
    "miners",
    "truckers",
];

/// Bare "strike(s)" told as an armed attack from afar (ACLED: a "strike" without a
/// weapon is an air/drone strike; missiles or rockets named with it make it shelling):
/// a state's word before it ("an Israeli strike", "Iran's retaliatory strikes", "Russian
/// strikes"), a military modifier ("intelligence-based strikes", "Israeli Air Force
/// strikes"), a verb of launching ("conducts strikes", "launches new strikes"), aircraft
/// as its subject ("jets strike the Natanz facility"), or a target after it in a sentence
/// that tells harm ("killed … in strikes on Lagawa District"). A labour strike ("go on
/// general strike", "workers strike over pay") is no attack.
pub(crate) fn military_strikes(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
    let n = s.lower.len();
    let mut added = false;
    for i in 0..n {
        // "an artillery strike": the word of the weapon before it names the attack.
        if !matches!(s.word(i), "strike" | "strikes") || found.iter().any(|t| (t.0..=t.1).contains(&i)) {
            continue;
        }
        let (start, end) = clause_of(s, i);
        let near = start.max(i.saturating_sub(4))..end.min(i + 4);
        if near.clone().any(|k| LABOUR_WORDS.contains(&s.word(k))) || (i > 0 && s.word(i - 1) == "on") {
            continue;
        }
        let m = modifiers_start(s, start, i);
        // "conducted 10 airstrikes, including strikes against tactical units": the strikes
        // already told.
        if m > start && s.word(m - 1) == "including" {
            continue;
        }
        // "Demonstrators rally against Israeli strikes": what a protest is against is its
        // cause, told elsewhere.
        if m > start
            && matches!(s.word(m - 1), "against" | "over")
            && (start..m).any(|k| rules::demonstration_word(s.word(k)))
        {
            continue;
        }
        // "the army would strike Beirut", "vowed to strike": a verb of what may be done.
        let aircraft = i > 0 && matches!(s.word(i - 1), "jets" | "warplanes" | "aircraft" | "planes" | "bombers");
        // "warning of a possible Israeli strike", "will carry out massive group strikes".
        let modal = |k: usize| {
            rules::HYPOTHETICAL.contains(&s.word(k))
                || rules::THREAT.contains(&s.word(k))
                || matches!(s.word(k), "will" | "possible" | "potential" | "warning" | "fear" | "fears")
        };
        // The words before the noun stop at "to", so the infinitive's "to" is the word
        // before them.
        let infinitive = (m > start && s.word(m - 1) == "to") || (m..i).any(|k| s.word(k) == "to");
        if (!aircraft && infinitive) || (start.max(i.saturating_sub(12))..i).any(modal) {
            continue;
        }
        let nation = nation_among(s, m..i);
        let modified = (m..i).any(|k| STRIKE_MODIFIERS.contains(&s.word(k)));
        // "Coalition nations which have conducted strikes in Iraq": a record, no incident.
        let launched = (start.max(i.saturating_sub(5))..i).any(|k| {
            let verb = matches!(
                s.word(k),
                "conducts" | "conducted" | "conduct" | "launches" | "launched" | "launch" | "carried"
            ) || (matches!(s.word(k), "carry" | "carries" | "carrying") && s.word(k + 1) == "out");
            verb && !(k >= 1 && matches!(s.word(k - 1), "has" | "have" | "had"))
        });
        let harm = (0..n).any(|k| {
            matches!(
                s.word(k),
                "killed"
                    | "killing"
                    | "kill"
                    | "kills"
                    | "injured"
                    | "injuring"
                    | "wounded"
                    | "wounding"
                    | "damaged"
                    | "damaging"
                    | "damage"
                    | "destroyed"
            )
        });
        let targeted = i + 1 < n && matches!(s.word(i + 1), "on" | "against" | "in" | "targeting") && harm;
        if !(nation || modified || launched || aircraft || targeted) {
            continue;
        }
        found.push((i, i + 1, remote_means(s, start, end)));
        added = true;
    }
    if added {
        found.sort_by_key(|t| t.0);
    }
}

/// The first of the words before token `i` back to a determiner, a preposition, a comma
/// or the clause's start (at most three): the noun's modifiers ("an Israeli air strike",
/// "Iran's retaliatory strikes").
fn modifiers_start(s: &Sent, start: usize, i: usize) -> usize {
    let mut m = i;
    while m > start
        && i - m < 4
        && !matches!(
            s.word(m - 1),
            "a" | "an" | "the" | "," | "of" | "by" | "in" | "on" | "against" | "over" | "to" | "including"
        )
    {
        m -= 1;
    }
    m
}

/// Whether the words `range` name a nation: a demonym ("Israeli", "Russian") or a
/// possessive ("Iran's").
fn nation_among(s: &Sent, range: std::ops::Range<usize>) -> bool {
    demonym_among(s, range.clone()) || range.into_iter().any(|k| matches!(s.word(k), "'s" | "’s"))
}

/// Whether the words `range` hold a nation's demonym ("Israeli", "Russian").
fn demonym_among(s: &Sent, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| {
        let w = &s.ctx.text[s.tokens[k].start..s.tokens[k].end];
        w.starts_with(char::is_uppercase) && s.ctx.gazetteer.demonym(w).is_some()
    })
}

/// The means of a state's attack from afar told in the clause `start..end` (ACLED): a
/// missile, rocket, mortar or artillery word and no word of flying makes shelling
/// ("An Iranian missile strike", "rockets and strikes"), else an air/drone strike.
fn remote_means(s: &Sent, start: usize, end: usize) -> Family {
    let fired = |w: &str| {
        w.starts_with("missile")
            || w.starts_with("rocket")
            || w.starts_with("mortar")
            || w == "ballistic"
            || w == "artillery"
    };
    let flown = |w: &str| {
        w.starts_with("drone") || w == "air" || w.starts_with("airstrike") || rules::WEAPONS.contains(&(w, "aircraft"))
    };
    if (start..end).any(|k| fired(s.word(k))) && !(start..end).any(|k| flown(s.word(k))) {
        Family::Shelling
    } else {
        Family::AirStrike
    }
}

/// Words that may stand between a nation's demonym and "attack(s)" in a state's strike
/// told without its means ("overnight Russian attacks", "renewed Israeli attacks",
/// "an Israeli retaliatory attack"); any other word names the attackers or the means
/// ("Israeli settler attacks", "a Russian ground attack", "Somali pirates attack").
const STATE_ATTACK_ADJECTIVES: &[&str] = &[
    "overnight",
    "nighttime",
    "night",
    "new",
    "renewed",
    "fresh",
    "deadly",
    "latest",
    "massive",
    "large-scale",
    "retaliatory",
    "further",
    "continued",
    "heavy",
    "military",
];

/// A state's unnamed attack from afar: a noun "attack(s)" at `a..b` that a nation's
/// demonym modifies ("Israeli attacks kill 52 Palestinians in Gaza", "an Iranian attack
/// on a desalination plant", "overnight Russian attacks on Kharkiv") is ACLED's air/drone
/// strike (shelling where missiles are named), like a state's bare "strike"
/// ([`military_strikes`]). The caller checks that the attacker is the state's forces
/// ("Palestinian attacks" are no state's).
pub(crate) fn state_attack_means(s: &Sent, a: usize, b: usize) -> Option<Family> {
    if b != a + 1 || !matches!(s.word(a), "attack" | "attacks") {
        return None;
    }
    let (start, end) = clause_of(s, a);
    let m = modifiers_start(s, start, a);
    let k = (m..a).rev().find(|&k| demonym_among(s, k..k + 1))?;
    (k + 1..a).all(|j| STATE_ATTACK_ADJECTIVES.contains(&s.word(j))).then(|| remote_means(s, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest matching rule at word `i` by trying every rule, as the index must find.
    fn longest_by_scan(lower: &[String], i: usize) -> Option<usize> {
        (0..rules::RULES.len())
            .filter(|&r| matches_phrase(lower, i, rules::RULES[r].phrase))
            .max_by_key(|&r| (rules::RULES[r].phrase.len(), r))
    }

    #[test]
    fn the_rule_index_finds_what_a_scan_of_all_rules_finds() {
        let index = RuleIndex::get();
        for (r, rule) in rules::RULES.iter().enumerate() {
            // The rule's own words, a stem read as its plural ("clash*" as "clashs").
            let lower: Vec<String> = rule.phrase.iter().map(|w| w.replace('*', "s")).collect();
            assert!(index.opening(&lower[0]).any(|x| x == r), "rule {r} {:?}", rule.phrase);
            let by_index = index
                .opening(&lower[0])
                .filter(|&x| matches_phrase(&lower, 0, rules::RULES[x].phrase))
                .max_by_key(|&x| (rules::RULES[x].phrase.len(), x));
            assert_eq!(by_index, longest_by_scan(&lower, 0), "{:?}", rule.phrase);
        }
    }
}
