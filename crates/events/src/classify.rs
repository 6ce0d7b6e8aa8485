//! Which mentions report an incident of the day: filters of what is no political
//! violence, what is not told as done (wishes, trends, generic and habitual statements),
//! history and named incidents, and the modality of a mention.

use super::*;

/// The rules' filters: whether the trigger `a..b` is no event of its own (a generic
/// mention, a comparison with history, a running total, an agreement only named, an
/// incident named as a point in time).
pub(crate) fn filtered(s: &Sent, a: usize, b: usize, family: Family, out: &[Draft]) -> bool {
    // "exchanged heavy machine-gun and mortar fire", "fought with machine guns and
    // rocket-propelled grenades": the weapons of a fight told by its own verb.
    if matches!(family, Family::Shelling | Family::Grenade) && newsday::weapon_of_a_fight(&s.lower, a, b) {
        return true;
    }
    // Plural generic nouns without a date of their own ("claimed attacks") are no event.
    let plural_noun = matches!(s.word(b - 1), "attacks" | "bombings" | "killings" | "clashes" | "kidnappings");
    if plural_noun && !concrete(s, a, 3) && !told_as_news(s, a, b) {
        return true;
    }
    // "the threat of terrorist attacks", "attacks are rising", "protests" with no time
    // or place of their own: a generic mention, no event.
    if generic(s, a, b) || newsday::generic_use(&s.lower, a, b) {
        return true;
    }
    // "the return of abducted relatives", "the kidnapped girls", "20 detained activists":
    // a participle that describes people names no incident of the day.
    if describes_people(s, a, b) {
        return true;
    }
    // "it was a cowardly attack", "acknowledged the crash as a terrorist attack": a
    // predicate that classifies what is told elsewhere tells no incident of its own.
    if classifying(s, b) {
        return true;
    }
    // "appeals to stop bombing civilians", "an end to all air strikes": an activity
    // asked to stop or go on, no incident told; "would Hillary support a coup?": a
    // question tells nothing as news.
    if newsday::activity_to_stop(&s.lower, a, b) || newsday::question(&s.lower) {
        return true;
    }
    // "have not been detained", "no arrests": a negated incident did not happen.
    if newsday::negated(&s.lower, a) {
        return true;
    }
    // "the collapsed truce", "refused to follow the cease-fire": an agreement named,
    // not made; one is news when it is agreed, signed, declared or takes effect.
    if family == Family::Agreement && !matches!(s.word(a), "agreed" | "signed") && !agreement_made(s, a, b) {
        return true;
    }
    // "crime could be fought with tougher tactics", "lobbyists fought for gun laws": the
    // bare verb of fighting is a battle only with an armed side next to it (Battles are
    // fought by two organized armed sides) or as an attack answered.
    // "Fought off" and "fought back" answer an attack.
    let answered = b < s.lower.len() && matches!(s.word(b), "off" | "back");
    if family == Family::Clash && s.word(a) == "fought" && b - a == 1 && !answered && !armed_near(s, a) {
        return true;
    }
    // "it had killed 47 soldiers and captured weapons and vehicles": the materiel a side
    // took in the battle it fought is no arrest of its own.
    let materiel =
        |k: usize| matches!(s.word(k), "weapons" | "vehicles" | "ammunition" | "equipment" | "arms" | "tanks");
    // Likewise "killed 100 soldiers and seized weapons and vehicles": the spoils of the
    // fight, no weapons taken from a plot (Disrupted weapons use).
    let taken = (family == Family::Arrest && s.word(a) == "captured")
        || (family == Family::Foil && matches!(s.word(a), "seized" | "captured" | "took"));
    if taken && (a + 1..(b + 5).min(s.lower.len())).any(materiel) && out.iter().any(|d| d.family.is_violent()) {
        return true;
    }
    // "the deadliest attack since 2015", "the worst bombing in years": a comparison
    // that names the incident told elsewhere, or history; it reports nothing new.
    if comparison(s, a) {
        return true;
    }
    // "died after a gunfight with police three days after the bombing": a mention of
    // an incident as a point in time names no event of this clause.
    let referential = a >= 2
        && matches!(s.word(a - 1), "the" | "that" | "this")
        && matches!(s.word(a - 2), "after" | "before" | "since" | "following" | "until" | "into" | "for");
    if referential && !out.is_empty() {
        return true;
    }
    // "28,000 soldiers have been killed since 2015", "35 are killed every day", "by the
    // end of 1972, 496 had been killed": a running count, not an incident.
    let aggregate = family.is_violent()
        && ((b..(b + 3).min(s.lower.len())).any(|k| matches!(s.word(k), "since" | "every" | "each"))
            || (0..s.lower.len()).any(|k| matches!(s.word(k), "tally" | "altogether"))
            || (a.saturating_sub(10)..a).any(|k| matches_phrase(&s.lower, k, &["by", "the", "end", "of"])));
    if aggregate || running_total(s, a, b) {
        return true;
    }
    // "Turkey's desire to attack Kurds", "amid fears that Russia is gearing up for an
    // attack": an attack wished for or feared has not happened.
    if wished_or_feared(s, a) {
        return true;
    }
    // "testing missiles", "smuggling anti-aircraft missiles", "destroyed two artillery
    // systems", "attack systems": a weapon held, traded or destroyed, no attack.
    if equipment(s, a, b) {
        return true;
    }
    // "five strikes engaged four units; destroyed three buildings, two vehicles, a
    // VBIED staging facility, and a VBIED": a weapon listed among what a told strike or
    // battle destroyed is one of its targets, no incident of its own.
    if !out.is_empty() && listed_as_destroyed(s, a, b) {
        return true;
    }
    false
}

/// Whether the one who acts at the trigger `a..b` is people of a place
/// ([`rules::COMMUNITY_NOUNS`]), as the tree reads its agent: "villagers attacked …",
/// "angry residents beat …", "was beaten to death by a group of residents"; not
/// "insurgents behead villagers as attacks spread".
pub(crate) fn community_agent(s: &Sent, a: usize, b: usize) -> bool {
    let parse = s.ctx.analysis.parse(s.k);
    let Some(agent) = tree::roles(parse, s.ctx.text, s.tokens[a].start, s.tokens[b - 1].end).and_then(|r| r.agent)
    else {
        return false;
    };
    let word = |w: usize| s.ctx.text[parse.words[w].start..parse.words[w].end].to_lowercase();
    // "a group of residents": the group's members.
    let members = parse.dependents(agent, "nmod").map(word).collect::<Vec<_>>();
    rules::COMMUNITY_NOUNS.contains(&word(agent).as_str())
        || (word(agent) == "group" && members.iter().any(|m| rules::COMMUNITY_NOUNS.contains(&m.as_str())))
}

/// How many sentences before a crowd's violence [`protest_told`] reads.
pub(crate) const PROTEST_REACH: usize = 2;

/// Whether the sentence or the `reach` ones before it tell of a demonstration
/// ("protesters", "a rally", "marched"), not only of a crowd or a riot.
pub(crate) fn protest_told(s: &Sent, reach: usize) -> bool {
    let seg = s.ctx.seg;
    let protest = |w: &str| {
        rules::demonstration_word(w)
            && !rules::MOB_NOUNS.contains(&w)
            && !w.starts_with("riot")
            && w != "crowds"
            && w != "unrest"
    };
    (s.k.saturating_sub(reach)..s.k).any(|k| {
        seg.tokens[seg.sentences[k].tokens.clone()].iter().any(|t| protest(&t.text(s.ctx.text).to_lowercase()))
    }) || s.lower.iter().any(|w| protest(w))
}

/// Whether a riot trigger `a..b` damages property ("looted", "set fire to", "torched").
pub(crate) fn property_trigger(s: &Sent, a: usize, b: usize) -> bool {
    (a..b).any(|i| rules::PROPERTY_WORDS.iter().any(|w| s.word(i).contains(w)))
}

/// Whether the sentence or the one before it tells of a demonstration, a riot or a
/// crowd ("protesters", "a rally", "rioters", "crowds", "unrest"): property burnt there
/// is the demonstrators' riot, not an armed group's property destruction.
pub(crate) fn demonstration_told(s: &Sent) -> bool {
    let seg = s.ctx.seg;
    let previous = s.k.checked_sub(1).map_or(&[][..], |k| &seg.tokens[seg.sentences[k].tokens.clone()]);
    previous.iter().map(|t| t.text(s.ctx.text).to_lowercase()).any(|w| rules::demonstration_word(&w))
        || s.lower.iter().any(|w| rules::demonstration_word(w))
}

/// Whether the clause of the trigger `a` tells of live fire: "live" before "rounds",
/// "ammunition", "bullets" or "fire".
pub(crate) fn live_fire(s: &Sent, a: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start..end.saturating_sub(1))
        .any(|k| s.word(k) == "live" && matches!(s.word(k + 1), "rounds" | "ammunition" | "bullets" | "fire"))
}

/// Whether a natural hazard or an illness is the cause told next to the trigger `a..b`:
/// its word at most eight words before it in its clause ("A magnitude 7.0 earthquake
/// struck Haiti …, killing"), or right after it ("a battle with cancer").
pub(crate) fn natural_cause(s: &Sent, a: usize, b: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start.max(a.saturating_sub(8))..end.min(b + 3)).any(|k| rules::NATURAL_CAUSES.contains(&s.word(k)))
}

/// Whether the trigger `a..b` tells deaths by nature, illness or accident, or an arrest
/// for ordinary crime: no political violence or security event, whoever found it (the
/// rules or the learned classifier).
pub(crate) fn not_political(s: &Sent, a: usize, b: usize, family: Family) -> bool {
    // "an earthquake struck Haiti …, killing thousands", "died after a two-year battle
    // with cancer", "a 2017 fire at an orphanage that killed 41 girls".
    if family.is_violent() && (natural_cause(s, a, b) || accident_cause(s, a, b)) {
        return true;
    }
    // "Five people are killed when a bus overturns …", "… killed in an explosion and fire
    // at a fireworks shop": violence words told with an accident anywhere in the sentence
    // and no word of violence done by people (the trigger's own word included).
    if family.is_violent() && accidental_sentence(s) {
        return true;
    }
    // "trying to battle the Widemouth 2 fire", "fighting the blaze".
    if matches!(s.word(a), "battle" | "battling" | "fight" | "fighting" | "fought")
        && (b..(b + 4).min(s.lower.len()))
            .any(|k| matches!(s.word(k), "fire" | "fires" | "blaze" | "wildfire" | "wildfires" | "flames"))
    {
        return true;
    }
    // "police arrest five people accused of operating a gold smuggling network": an
    // arrest for ordinary crime, with no armed group and no word of protest, politics or
    // armed violence in its sentence, is no political event (ACLED codes arrests of
    // politically relevant people).
    family == Family::Arrest && ordinary_crime(s) && !office_arrested(s, a, b)
}

/// Whether the sentence gives an accident, a hazard, an illness or an animal as a cause
/// ([`rules::ACCIDENTS`], [`rules::ACCIDENT_VERBS`], [`rules::NATURAL_CAUSES`], an animal's
/// attack, two vehicles that collide) and tells no violence done by people: no word of
/// [`rules::VIOLENCE_CUES`], no weapon but an aircraft (a crash names one), and no armed
/// group among its mentions. "Six people are killed … when a gold mine collapses", "Three
/// people are killed in a hantavirus outbreak", "a minivan rammed into a stationary bus …,
/// killing nine".
pub(crate) fn accidental_sentence(s: &Sent) -> bool {
    let n = s.lower.len();
    let animal = (0..n).any(|k| rules::ANIMALS.contains(&s.word(k)));
    let vehicles = (0..n).filter(|&k| rules::VEHICLES.contains(&s.word(k))).count();
    // "a minivan rammed into a stationary bus", "a van drives into the back of a truck";
    // one vehicle that hits people ("a train hits a group of railway maintenance workers")
    // is an accident too unless the sentence tells an attack.
    let hits = |k: usize| matches!(s.word(k), "hit" | "hits" | "struck" | "strikes" | "collided");
    let collision = (vehicles >= 2
        && (0..n).any(|k| {
            hits(k)
                || matches!(s.word(k), "rammed" | "rams" | "drives" | "drove")
                    && s.lower.get(k + 1).is_some_and(|w| w == "into")
        }))
        || (1..n).any(|k| hits(k) && (k.saturating_sub(3)..k).any(|j| rules::VEHICLES.contains(&s.word(j))));
    // "a whaleboat catches fire", "in a fire at a high-rise building"; never gunfire ("opened
    // fire", "Israeli fire").
    let fire = (1..n).any(|k| {
        s.word(k) == "fire"
            && matches!(s.word(k - 1), "a" | "the" | "catches" | "caught" | "catch" | "massive" | "large")
            && !(k > 1
                && matches!(
                    s.word(k - 2),
                    "opened"
                        | "open"
                        | "opening"
                        | "returned"
                        | "exchange"
                        | "starting"
                        | "started"
                        | "setting"
                        | "set"
                        | "igniting"
                        | "ignited"
                ))
    });
    let cause = animal
        || collision
        || fire
        || (0..n).any(|k| {
            let w = s.word(k);
            // "An explosion causes a bridge to collapse": what the blast did, not its cause.
            let caused =
                (k.saturating_sub(4)..k).any(|j| matches!(s.word(j), "causes" | "caused" | "causing" | "cause"));
            (rules::ACCIDENTS.contains(&w) || rules::ACCIDENT_VERBS.contains(&w) || rules::NATURAL_CAUSES.contains(&w))
                && !caused
        });
    if !cause {
        return false;
    }
    let violence = (0..n).any(|k| {
        let w = s.word(k);
        let before = if k > 0 { s.word(k - 1) } else { "" };
        match w {
            // "a bull shark attack": the animal's.
            "attack" | "attacks" | "attacked" if animal => false,
            // "a passenger train strikes a herd", "lightning strikes".
            "strike" | "strikes" if before == "lightning" || rules::VEHICLES.contains(&before) => false,
            _ => violence_word(w),
        }
    });
    let clusters = &s.ctx.entities.clusters;
    let armed_group = s.mentions.iter().any(|&(ci, _)| armed(clusters[ci].kind) && !is_state(clusters[ci].kind));
    !violence && !armed_group && !cause_retold_as_violence(s)
}

/// Whether the next sentence tells the accident as violence: it retells it with a weapon
/// or a word of violence, or speaks of "the attack" ("Metrojet Flight 9268 crashed …,
/// killing all 224 people on board. Russian investigators blamed the crash on a bomb").
pub(crate) fn cause_retold_as_violence(s: &Sent) -> bool {
    let Some(next) = s.ctx.seg.sentences.get(s.k + 1) else { return false };
    let words: Vec<String> =
        s.ctx.seg.tokens[next.tokens.clone()].iter().map(|t| t.text(s.ctx.text).to_lowercase()).collect();
    let retold = words.windows(2).any(|w| {
        matches!(w[0].as_str(), "the" | "that" | "this")
            && matches!(
                w[1].as_str(),
                "crash" | "collapse" | "fire" | "explosion" | "blast" | "sinking" | "accident" | "incident"
            )
    });
    // "… catch fire after being struck … An Indian member of the first crew is killed in
    // the attack."
    let the_attack =
        words.windows(2).any(|w| w[0] == "the" && matches!(w[1].as_str(), "attack" | "attacks" | "strike"));
    the_attack || retold && words.iter().any(|w| violence_word(w))
}

/// A word of violence done by people ([`rules::VIOLENCE_CUES`]) or a weapon other than an
/// aircraft (a crash names one).
fn violence_word(w: &str) -> bool {
    rules::VIOLENCE_CUES.contains(&w) || rules::WEAPONS.iter().any(|&(weapon, kind)| weapon == w && kind != "aircraft")
}

/// Whether the people the arrest `a..b` takes (its object, "arrested a former governor",
/// "the arrest of two senators", or its passive subject, "the mayor was detained") hold
/// a political office ([`rules::POLITICAL_TITLES`]).
pub(crate) fn office_arrested(s: &Sent, a: usize, b: usize) -> bool {
    let (start, end) = clause_of(s, a);
    let stop = |k: usize| s.word(k) == "," || clause_break(s.word(k));
    let patient = if passive_before(s, a) {
        let from = (start..a).rev().find(|&k| stop(k)).map_or(start, |k| k + 1);
        from..a
    } else {
        let to = (b..end.min(b + 8))
            .find(|&k| stop(k) || matches!(s.word(k), "for" | "on" | "after"))
            .unwrap_or(end.min(b + 8));
        b..to
    };
    patient.into_iter().any(|k| rules::POLITICAL_TITLES.contains(&s.word(k)))
}

/// Whether an accident is the cause told next to the trigger `a..b`, as
/// [`natural_cause`]: "a 2017 fire at an orphanage … that killed 41 girls", "the 2009
/// crash of Air France Flight 447, which killed 228". A fire counts only as a thing that
/// broke out ("a fire", "the fire"), never as gunfire ("opened fire", "Israeli fire").
pub(crate) fn accident_cause(s: &Sent, a: usize, b: usize) -> bool {
    let start = a.saturating_sub(12);
    let end = (b + 3).min(s.lower.len());
    (start..end).any(|k| {
        let w = s.word(k);
        // "igniting a fire", "causing a crash": what the violence caused, not its cause.
        let caused = k > 1
            && matches!(
                s.word(k - 2),
                "igniting" | "ignited" | "sparking" | "sparked" | "causing" | "caused" | "started" | "starting" | "set"
            );
        (rules::ACCIDENTS.contains(&w)
            || (w == "fire"
                && k > 0
                && (matches!(
                    s.word(k - 1),
                    "a" | "the" | "house" | "building" | "forest" | "bush" | "massive" | "large"
                ) || s.word(k - 1).chars().all(|c| c.is_ascii_digit()))
                && !(k > 1 && matches!(s.word(k - 2), "opened" | "open" | "opening" | "returned" | "exchange"))))
            && !caused
    })
}

/// Whether the sentence tells ordinary crime (drugs, smuggling, fraud, cybercrime) and
/// names no armed group (the arresting force aside), and neither it nor the 300 bytes
/// before it ("… arrested for smuggling anti-aircraft missiles. Police detained the pair
/// … to bust a smuggling ring") has a word of protest, politics, weapons or armed
/// violence.
pub(crate) fn ordinary_crime(s: &Sent) -> bool {
    let clusters = &s.ctx.entities.clusters;
    if !s.lower.iter().any(|w| rules::ORDINARY_CRIME.contains(&w.as_str()))
        || s.mentions.iter().any(|&(ci, _)| armed(clusters[ci].kind) && clusters[ci].kind != ActorKind::StateForce)
    {
        return false;
    }
    let (start, end) = s.bounds();
    let mut from = start.saturating_sub(300);
    while !s.ctx.text.is_char_boundary(from) {
        from += 1;
    }
    let window = s.ctx.text[from..end].to_lowercase();
    !window
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| rules::POLITICAL_CHARGES.iter().any(|p| w.starts_with(p)))
}

/// Whether the words around the token `a` (six either side, within its clause) name an
/// armed side: a state's force or an armed group among the mentions, or a word for armed
/// men ("troops fought militants", "gunmen from both sides fought", "fought running
/// battles with officers"); not a word farther off ("crime could be fought with tougher
/// tactics … use of force by police").
pub(crate) fn armed_near(s: &Sent, a: usize) -> bool {
    let (start, end) = clause_of(s, a);
    let (start, end) = (start.max(a.saturating_sub(6)), end.min(a + 7));
    armed_mention_in(s, start..end) || s.lower[start..end].iter().any(|w| rules::ARMED_NOUNS.contains(&w.as_str()))
}

/// Whether a mention of a state's force or an armed group starts at a token of `range`.
pub(crate) fn armed_mention_in(s: &Sent, range: std::ops::Range<usize>) -> bool {
    let clusters = &s.ctx.entities.clusters;
    s.mentions.iter().any(|&(ci, mi)| {
        (is_state(clusters[ci].kind) || armed(clusters[ci].kind)) && range.contains(&s.at(clusters[ci].spans[mi].0))
    })
}

/// Words for what air defence shoots down without a crew: missiles, rockets, drones.
pub(crate) fn unmanned(w: &str) -> bool {
    matches!(
        w,
        "missile"
            | "missiles"
            | "rocket"
            | "rockets"
            | "drone"
            | "drones"
            | "uav"
            | "uavs"
            | "projectile"
            | "projectiles"
    )
}

/// Whether a bare weapon word at `a..b` is an item of a comma-separated list that a verb
/// of taking or destroying governs ("destroyed six stills, three caches, a VBIED"): the
/// verb at most 40 words before it, a comma between, and no clause break or verb of
/// killing on the way.
pub(crate) fn listed_as_destroyed(s: &Sent, a: usize, b: usize) -> bool {
    if !weapon_word(s.word(b - 1)) {
        return false;
    }
    let mut comma = false;
    for k in (a.saturating_sub(40)..a).rev() {
        let w = s.word(k);
        if DISRUPTING.contains(&w) {
            return comma;
        }
        match w {
            "," => comma = true,
            _ if clause_break(w) || matches!(w, "when" | "after" | "killing" | "killed") => return false,
            _ => {}
        }
    }
    false
}

/// A word that ends the clause a list or a participle phrase stands in: a stop, a
/// colon, a dash or a relative pronoun.
pub(crate) fn clause_break(w: &str) -> bool {
    matches!(w, ";" | ":" | "." | "—" | "–" | "which" | "that" | "who")
}

/// A weapon that flies to its target ("drones", "missile", "rockets"): what an
/// interception stops.
pub(crate) fn in_flight(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(w, "drone" | "missile" | "rocket" | "projectile" | "shell" | "mortar" | "uav")
}

/// Verbs of holding, trading or making a weapon.
pub(crate) const HANDLING: &[&str] = &[
    "test",
    "tests",
    "tested",
    "testing",
    "smuggle",
    "smuggled",
    "smuggling",
    "acquire",
    "acquired",
    "acquiring",
    "possess",
    "possessed",
    "possessing",
    "supply",
    "supplied",
    "supplying",
    "sell",
    "sold",
    "selling",
    "deliver",
    "delivered",
    "delivering",
    "deploy",
    "deployed",
    "deploying",
    "build",
    "built",
    "building",
    "develop",
    "developed",
    "developing",
    "buy",
    "bought",
    "buying",
    "transport",
    "transported",
    "transporting",
    "store",
    "stored",
    "storing",
    "produce",
    "produced",
    "producing",
    "manufacture",
    "manufactured",
    "manufacturing",
    "stockpile",
    "stockpiled",
    "stockpiling",
];

/// Verbs of taking or destroying an enemy's weapon: ACLED's "Disrupted weapons use".
pub(crate) const DISRUPTING: &[&str] = &[
    "seized",
    "seizing",
    "destroyed",
    "destroying",
    "discovered",
    "found",
    "confiscated",
    "captured",
    "dismantled",
    "defused",
    "recovered",
];

/// A bare weapon word ("missiles", "IEDs", "chemical weapons"), or "attack" before a
/// head noun ("attack systems").
pub(crate) fn weapon_word(w: &str) -> bool {
    matches!(
        w,
        "artillery"
            | "mortar"
            | "mortars"
            | "rocket"
            | "rockets"
            | "missile"
            | "missiles"
            | "ied"
            | "ieds"
            | "vbied"
            | "vbieds"
            | "grenade"
            | "grenades"
            | "warplanes"
            | "weapon"
            | "weapons"
    )
}

/// Nouns a weapon word names a kind of when it modifies them ("artillery systems",
/// "attack systems", "grenade launcher", "missile shield").
pub(crate) const EQUIPMENT_HEADS: &[&str] = &[
    "system",
    "systems",
    "launcher",
    "launchers",
    "shield",
    "program",
    "programme",
    "programs",
    "arsenal",
    "stockpile",
    "stockpiles",
    "team",
    "teams",
    "test",
    "tests",
    "depot",
    "depots",
    "storage",
    "staging",
    "cache",
    "caches",
    "technology",
    "defense",
    "defence",
    "crews",
    "crew",
    "battery",
    "batteries",
];

/// Whether a bare weapon word at `a..b` names a weapon held, traded or destroyed rather
/// than an attack: a verb of handling at most three words before it (articles, numbers
/// and modifiers between), or a head noun it modifies.
pub(crate) fn equipment(s: &Sent, a: usize, b: usize) -> bool {
    let head = s.word(b - 1);
    if !(weapon_word(head) || head == "attack") {
        return false;
    }
    if b < s.lower.len() && EQUIPMENT_HEADS.contains(&s.word(b)) {
        return true;
    }
    head != "attack" && ((a.saturating_sub(4)..a).any(|k| HANDLING.contains(&s.word(k))) || armed_with(s, a))
}

/// "attackers armed with rifles and rocket-propelled grenades", "equipped with
/// missiles": the weapons someone carries, at most eight words after "armed with" with no
/// clause break between, are no attack of their own.
pub(crate) fn armed_with(s: &Sent, a: usize) -> bool {
    for k in (a.saturating_sub(8).max(1)..a).rev() {
        if clause_break(s.word(k)) {
            return false;
        }
        if s.word(k) == "with" && matches!(s.word(k - 1), "armed" | "equipped") {
            return true;
        }
    }
    false
}

/// Whether the word `a..b` the recovery classifier chose is told as not (or not yet)
/// happening: wished for or feared ("amid fears that Russian troops will attack"),
/// negated, asked, asked to stop, or after a word of what may come within three words
/// ("a possible Israeli strike", "will attack"), or a plural said to be common or rising
/// ("Protests are common in Kenya"). The rules' own triggers meet these
/// checks in [`filtered`] and the trigger scans; a recovered word skips those, not these.
pub(crate) fn not_told(s: &Sent, a: usize, b: usize) -> bool {
    let maybe = |k: usize| {
        matches!(s.word(k), "possible" | "potential" | "feared" | "fear" | "fears" | "warning" | "will" | "planned")
            || rules::HYPOTHETICAL.contains(&s.word(k))
    };
    wished_or_feared(s, a)
        || newsday::negated(&s.lower, a)
        || newsday::question(&s.lower)
        || newsday::activity_to_stop(&s.lower, a, b)
        || (a.saturating_sub(3)..a).any(maybe)
        || a_trend(s, a, b)
}

/// Nouns of will: "the desire to attack", "the ability to launch strikes".
pub(crate) const WILL_NOUNS: &[&str] = &[
    "desire",
    "wish",
    "willingness",
    "readiness",
    "ability",
    "capability",
    "capacity",
    "intention",
    "intent",
    "ambition",
    "ambitions",
    "determination",
    "resolve",
    "plan",
    "plans",
    "urge",
];

/// Nouns of fear: "fears that Russia is gearing up for an attack".
pub(crate) const FEAR_NOUNS: &[&str] =
    &["fear", "fears", "concern", "concerns", "worry", "worries", "anxiety", "speculation", "risk", "prospect"];

/// Whether the trigger at `a` is wished for or feared, not told: it follows a noun of
/// will and "to" at most three words before it ("Turkey's desire to attack Kurds",
/// "the ability to launch strikes"), or a noun of fear and "that" at most ten words
/// before it with no clause break between ("amid fears that Russia is gearing up for a
/// large-scale attack").
pub(crate) fn wished_or_feared(s: &Sent, a: usize) -> bool {
    let will = (1..=3).any(|k| a > k && s.word(a - k) == "to" && WILL_NOUNS.contains(&s.word(a - k - 1)));
    if will {
        return true;
    }
    for k in 1..=10 {
        if k >= a {
            break;
        }
        let w = s.word(a - k);
        if matches!(w, ";" | ":" | "." | "—" | "–" | "but" | "while" | "although" | "though" | "whereas") {
            return false;
        }
        if w == "that" && FEAR_NOUNS.contains(&s.word(a - k - 1)) {
            return true;
        }
    }
    false
}

/// Whether the trigger at `a..b` is a generic mention: the object of a word of threat,
/// fear, trend or policy ("the threat of terrorism attacks", "a rise in kidnappings",
/// "the fight against terrorist attacks"), a plural that is said to rise or be common
/// ("attacks are rising"), or a bare plural with no date, place or number of its own.
pub(crate) fn generic(s: &Sent, a: usize, b: usize) -> bool {
    let before = |k: usize, w: &[&str]| a >= k && w.contains(&s.word(a - k));
    let of_like = (1..=3).any(|k| {
        a > k
            && matches!(s.word(a - k), "of" | "in" | "against" | "on" | "from")
            && rules::GENERIC_HEADS.contains(&s.word(a - k - 1))
            && (a - k + 1..a).all(|j| !matches!(s.word(j), "the" | "this" | "that" | "last" | "monday" | "tuesday"))
            // "a number of militants were killed": the trigger is the clause's verb.
            && (a - k + 1..a).all(|j| !rules::AUXILIARIES.contains(&s.word(j)))
    });
    if of_like {
        return true;
    }
    let plural = b - a == 1 && rules::PLURAL_NOUNS.contains(&s.word(a));
    if !plural || before(1, &["the", "these", "those", "both"]) {
        return false;
    }
    a_trend(s, a, b) || (!concrete(s, a, 3) && !s.caps && !told_as_news(s, a, b))
}

/// Whether the plural event noun at `a..b` is said to rise or be common ("attacks are
/// rising", "Protests are common in Kenya"), with no casualty told after it: a trend.
pub(crate) fn a_trend(s: &Sent, a: usize, b: usize) -> bool {
    let next = |k: usize| s.lower.get(b + k).map_or("", String::as_str);
    b - a == 1
        && rules::PLURAL_NOUNS.contains(&s.word(a))
        && matches!(next(0), "are" | "have" | "remain" | "continue" | "keep")
        && ["rising", "increasing", "growing", "common", "frequent", "rare", "on", "become", "been", "to"]
            .contains(&next(1))
        && !s.lower[b..].iter().any(|w| matches!(w.as_str(), "killed" | "wounded" | "injured"))
}

/// Verbs that tell the plural event noun before them, their subject, as having happened:
/// "Clashes occur in Dolow", "Human chain protests are held across …", "Attacks by the
/// RSF … are also reported in Qaysān" (and "take place").
pub(crate) const HAPPENED: &[&str] = &[
    "occur",
    "occurs",
    "occurred",
    "held",
    "reported",
    "erupt",
    "erupts",
    // "Protests in Madagascar continue and spread", "Large-scale demonstrations
    // continue for a third day": the summary's present of what goes on.
    "continue",
    "continues",
    "resume",
    "resumes",
    "spread",
    "spreads",
];

/// Verbs that tell the plural event noun after them, their object, as carried out:
/// "launches attacks on radar facilities", "engaged in clashes with", "carried out
/// strikes", "staged protests".
pub(crate) const CARRIED_OUT: &[&str] = &[
    "launch",
    "launches",
    "launched",
    "conduct",
    "conducts",
    "conducted",
    "carry",
    "carries",
    "carried",
    "mount",
    "mounts",
    "mounted",
    "stage",
    "stages",
    "staged",
    "engage",
    "engages",
    "engaged",
    // "At least 195,000 people hold protests across France".
    "hold",
    "holds",
];

/// Whether the first verb after word `b` (the parse's; auxiliaries skipped), in its
/// clause and before any comma, tells the words before it as having happened
/// ([`HAPPENED`], "take place").
pub(crate) fn happened_after(ctx: &Context, k: usize, tokens: &[Token], w: &[String], b: usize) -> bool {
    let Some(last) = b.checked_sub(1).and_then(|i| tokens.get(i)) else { return false };
    let stop = (b..w.len())
        .find(|&i| {
            w[i] == ","
                || clause_break(&w[i])
                || matches!(w[i].as_str(), "while" | "whilst" | "whereas" | "prompting" | "sparking")
        })
        .unwrap_or(w.len());
    let parse = ctx.analysis.parse(k);
    let at = |start: usize| tokens.partition_point(|t| t.start < start);
    let verb = parse.words.iter().filter(|x| x.start >= last.end && at(x.start) < stop).find(|x| x.upos == Upos::Verb);
    // "attacks on Israel will resume if …": a verb of happening under a modal foresees.
    let foreseen = |i: usize| i > 0 && (UNREAL.contains(&w[i - 1].as_str()) || w[i - 1] == "to");
    verb.map(|x| at(x.start)).is_some_and(|i| {
        HAPPENED.contains(&w[i].as_str()) && !foreseen(i)
            || (matches!(w[i].as_str(), "take" | "takes" | "took") && w.get(i + 1).is_some_and(|x| x == "place"))
    })
}

/// A plural said to have happened ("protests erupted", "clashes broke out"): a verb of
/// happening right after it, or as the first verb of its clause after it ("Clashes occur
/// in Dolow", "protests against X are held"), or a finite verb of carrying out before it
/// ("Multiple armed groups launch several coordinated attacks", "they engaged in clashes
/// with …"; not "to launch attacks", "will carry out strikes").
pub(crate) fn told_as_news(s: &Sent, a: usize, b: usize) -> bool {
    // "airstrikes will continue": what a modal foresees has not happened.
    let erupted = (b..(b + 3).min(s.lower.len())).any(|k| {
        !(k > 0 && UNREAL.contains(&s.word(k - 1)))
            && matches!(
                s.word(k),
                "erupted"
                | "broke"
                | "took"
                | "spread"
                | "continued"
                | "killed"
                | "left"
                | "hit"
                | "rocked"
                | "struck"
                // The present of summaries: "clashes erupt", "protests continue".
                | "erupt"
                | "break"
                | "continue"
                | "continues"
                | "spreads"
                | "rock"
            )
    });
    erupted || told_as_done(s, a, b)
}

/// Whether a plural is told as having happened by the first verb after it
/// ([`happened_after`]) or as carried out by a finite verb before it (see [`told_as_news`]).
pub(crate) fn told_as_done(s: &Sent, a: usize, b: usize) -> bool {
    // The verb of carrying out at most four words before, with no clause break between.
    let carried_out = (a.saturating_sub(4)..a).rev().find(|&k| CARRIED_OUT.contains(&s.word(k))).is_some_and(|k| {
        let particle = match s.word(k) {
            w if w.starts_with("carr") => s.word(k + 1) == "out",
            w if w.starts_with("engag") => s.word(k + 1) == "in",
            _ => true,
        };
        let unbroken = (k + 1..a).all(|j| s.word(j) != "," && !clause_break(s.word(j)));
        // "to launch", "will carry out", "if the rebels launch", "militants often
        // launch": up to six words before the verb, back to a comma.
        let from = (k.saturating_sub(6)..k).rev().find(|&j| s.word(j) == "," || clause_break(s.word(j)));
        let unreal = (from.map_or(k.saturating_sub(6), |j| j + 1)..k).any(|j| {
            let w = s.word(j);
            UNREAL.contains(&w)
                || FREQUENCY.contains(&w)
                || (w == "when" && !s.word(k).ends_with("ed"))
                || (j + 1 == k && matches!(w, "to" | "not" | "never"))
        });
        particle && unbroken && !unreal
    });
    // "Attacks by bandits occur frequently", "are rarely reported": a habit, no incident.
    let habit = || {
        let (start, end) = clause_of(s, a);
        (start..end).any(|k| FREQUENCY.contains(&s.word(k)))
    };
    carried_out || (happened_after(s.ctx, s.k, s.tokens, &s.lower, b) && !habit())
}

/// Word beginnings of things that explode ("bomb", "device", "shell", "car"): see the
/// filter of "explodes" in [`triggers`].
pub(crate) const EXPLODING: &[&str] = &[
    "bomb",
    "device",
    "explosive",
    "ied",
    "shell",
    "mortar",
    "grenade",
    "mine",
    "landmine",
    "rocket",
    "missile",
    "car",
    "vehicle",
    "truck",
    "lorry",
    "van",
    "bus",
    "motorbike",
    "motorcycle",
    "suicide",
    "vest",
    "drone",
    "munition",
    "ordnance",
    "projectile",
    "charge",
    "tanker",
    "blast",
];

/// Whether the word at `k` is an ordinal after "the" ("The second bombing occurred in
/// Kabul", "the third attack"): one of a set the report already counted ("two suicide
/// bombings"), retold, where "a second attack" tells another incident.
pub(crate) fn definite_ordinal(s: &Sent, k: usize) -> bool {
    matches!(s.word(k), "second" | "third") && k >= 1 && s.word(k - 1) == "the"
}

/// The ordinal up to three words before the trigger at `a` ("The first attack", "a
/// second suicide bombing", "the third deadly blast"): 1 for "first", 2 for "second"…
pub(crate) fn ordinal_before(s: &Sent, a: usize) -> Option<usize> {
    (a.saturating_sub(3)..a).rev().find_map(|k| match s.word(k) {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    })
}

/// Words before a verb of carrying out that tell it as unreal: a condition or a modal.
pub(crate) const UNREAL: &[&str] =
    &["if", "unless", "will", "would", "could", "may", "might", "should", "can", "must", "cannot"];

/// Adverbs of frequency: "attacks occur frequently", "militants often launch attacks"
/// tell a habit, no incident.
pub(crate) const FREQUENCY: &[&str] =
    &["often", "frequently", "rarely", "seldom", "regularly", "usually", "sometimes", "routinely", "occasionally"];

/// Whether the plural trigger `a..b` tells a habit, no incident: an adverb of frequency
/// up to four words before it or six after, no comma between ("Rebels often launch
/// attacks on army posts in Kidal", "Attacks by bandits occur frequently in Zamfara").
pub(crate) fn habitual(s: &Sent, a: usize, b: usize) -> bool {
    if !matches!(s.word(b - 1), "attacks" | "bombings" | "killings" | "clashes" | "kidnappings" | "raids" | "strikes") {
        return false;
    }
    let (start, end) = clause_of(s, a);
    let before = (start.max(a.saturating_sub(4))..a).rev().take_while(|&k| s.word(k) != ",");
    let after = (b..end.min(b + 6)).take_while(|&k| s.word(k) != ",");
    before.chain(after).any(|k| FREQUENCY.contains(&s.word(k)))
}

/// Verbs before "to" that make what follows not done: "refused to extend", "plans to sign".
pub(crate) const REFUSING_OR_PLANNING: &[&str] = &[
    "refused", "refuses", "refuse", "declined", "declines", "rejected", "plans", "planned", "plan", "intends", "wants",
    "want", "wanted", "hopes", "hoped", "expected", "set", "ready", "willing", "urged", "asked",
];

/// Whether an agreement noun is told as made or in force: a verb of agreeing before it
/// ("agreed to a truce", "declared a ceasefire", "call a ceasefire") or of taking effect
/// after it ("a ceasefire ended a week of fighting", "the peace accord signed by …").
pub(crate) fn agreement_made(s: &Sent, a: usize, b: usize) -> bool {
    // "called for an immediate ceasefire", "calls for a truce": a demand, not an
    // agreement called ("the IRA called a ceasefire").
    let demand = |k: usize| matches!(s.word(k), "call" | "called" | "calls") && s.word(k + 1) == "for";
    // "refused to extend a ceasefire", "would extend its truce": an agreement refused,
    // planned or foreseen is not made ("felt confident enough to call a ceasefire" did).
    let unreal = |k: usize| {
        k > 0
            && (UNREAL.contains(&s.word(k - 1))
                || (s.word(k - 1) == "to"
                    && (k.saturating_sub(4)..k - 1).any(|j| REFUSING_OR_PLANNING.contains(&s.word(j)))))
    };
    (a.saturating_sub(4)..a).any(|k| rules::AGREEING.contains(&s.word(k)) && !demand(k) && !unreal(k))
        || (b..(b + 4).min(s.lower.len())).any(|k| rules::AGREEMENT_TAKES_EFFECT.contains(&s.word(k)))
}

/// "the deadliest attack since 2015", "the worst bombing in decades", "the biggest
/// protest in years": a superlative comparison of the trigger with history.
pub(crate) fn comparison(s: &Sent, a: usize) -> bool {
    let superlative = (a.saturating_sub(3)..a).any(|k| superlative(s.word(k)));
    superlative
        && (a + 1..(a + 5).min(s.lower.len())).any(|k| matches!(s.word(k), "since" | "in" | "of" | "ever"))
        && (a + 1..(a + 6).min(s.lower.len())).any(|k| {
            matches!(s.word(k), "since" | "ever" | "years" | "decades" | "decade" | "history" | "record")
                || s.tokens[k].kind == tidings_text::TokenKind::Number
        })
}

/// A superlative of a comparison with history ("deadliest", "worst", "largest").
pub(crate) fn superlative(w: &str) -> bool {
    w.ends_with("iest")
        || matches!(w, "worst" | "biggest" | "largest" | "fiercest" | "most" | "greatest" | "heaviest" | "first")
}

pub(crate) fn modality(s: &Sent, a: usize, family: Family) -> Modality {
    if family == Family::Foil {
        return Modality::Foiled;
    }
    // "another bomb … that did not go off", "failed to explode".
    if matches!(s.word(a), "did" | "failed") {
        return Modality::Attempted;
    }
    let before: Vec<&str> = (a.saturating_sub(5)..a).map(|i| s.word(i)).collect();
    let has = |list: &[&str]| before.iter().any(|w| list.contains(w));
    if has(rules::DENIAL) {
        Modality::Denied
    } else if has(rules::PLANNING) {
        Modality::Planned
    } else if has(rules::THREAT) {
        Modality::Threatened
    } else if has(rules::ATTEMPT) {
        Modality::Attempted
    } else if has(rules::CLAIM) && family.is_violent() {
        Modality::Claimed
    } else if before.iter().rev().take(3).any(|w| rules::HYPOTHETICAL.contains(w))
        // "if the rebels launch attacks on Bangui": a condition up to five words before,
        // no comma between.
        || before.iter().rev().take_while(|w| **w != ",").any(|w| matches!(*w, "if" | "unless"))
    {
        Modality::Hypothetical
    } else {
        Modality::Occurred
    }
}

/// Whether the trigger ending at `b` heads a predicate nominal: an indefinite noun phrase
/// after a copula, "as" or "like" ("it was a cowardly attack", "acknowledged the crash
/// as a terrorist attack", "looks like yet another terrorist attack"). It classifies a
/// thing told elsewhere (its subject); it tells no incident of its own.
pub(crate) fn classifying(s: &Sent, b: usize) -> bool {
    let parse = s.ctx.analysis.parse(s.k);
    if parse.words.len() != s.lower.len() || b == 0 {
        return false;
    }
    let head = b - 1;
    // "as a ceasefire ended a week of fighting": a clause of its own, the trigger its
    // subject.
    if parse.words.get(b).is_some_and(|w| matches!(w.upos, tidings_syntax::Upos::Verb | tidings_syntax::Upos::Aux)) {
        return false;
    }
    let kids = parse.children(head);
    let indefinite = kids.iter().any(|&c| matches!(s.word(c), "a" | "an" | "another"));
    let predicate = kids.iter().any(|&c| {
        let rel = parse.words[c].deprel;
        tidings_syntax::analysis::base(rel) == "cop" || (rel == "case" && matches!(s.word(c), "as" | "like"))
    });
    indefinite && predicate
}

/// Whether the trigger at `a..b` names a known incident by its place: a definite noun
/// phrase with the place inside it ("the Nagasaki blast", "the Sandy Hook massacre") or
/// right after it ("the bombing of Hiroshima", "the attack on Pearl Harbor", "the
/// Battle of Stalingrad"). An incident named so is referred to, not told: without a
/// date of its own told with it, and unless another mention tells it, it is history.
pub(crate) fn named_incident(s: &Sent, a: usize, b: usize) -> bool {
    if !definite(s, a) {
        return false;
    }
    let the = (a.saturating_sub(4)..a).rev().find(|&k| matches!(s.word(k), "the" | "this" | "that")).unwrap_or(a);
    s.places().any(|p| {
        let i = s.at(p.span_start);
        (i > the && i < a) || (i == b + 1 && matches!(s.word(b), "of" | "on" | "at"))
    })
}

/// Whether the trigger at `a` heads a definite noun phrase: "the attack", "the complex
/// attack", "Monday's deadly blast", "this week's bombing" (a determiner or possessive
/// up to three modifier words before it).
/// Whether the word at `k` opens an example: "such as", "including", "like" right before
/// it ("attacks such as the bombing of …").
pub(crate) fn example_before(s: &Sent, k: usize) -> bool {
    (k >= 2 && s.word(k - 2) == "such" && s.word(k - 1) == "as") || (k >= 1 && s.word(k - 1) == "including")
}

pub(crate) fn definite(s: &Sent, a: usize) -> bool {
    // A verb ("the gunmen attacked") heads no noun phrase.
    let verb = s.word(a).ends_with("ed") || matches!(s.word(a), "kill" | "kills" | "shot" | "fought");
    for k in (a.saturating_sub(4)..a).rev() {
        let w = s.word(k);
        if matches!(w, "the" | "this" | "that" | "these" | "those" | "'s" | "’s" | "its") {
            // "massacres such as the killing of 150 villagers in Ogossagou": an example
            // is named, not retold.
            if example_before(s, k) {
                return false;
            }
            return k + 1 == a || !verb;
        }
        let modifier = w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                w,
                "a" | "an"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "with"
                    | "and"
                    | "or"
                    | "to"
                    | "from"
                    | "after"
                    | "before"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "another"
                    | "separate"
                    | "second"
                    | "other"
            )
            && !rules::REPORTING.contains(&w);
        if !modifier || a - k > 3 {
            return false;
        }
    }
    false
}
