//! Parties named by description: whether the harmed are armed, civilians by default,
//! generic and coalition actors, unnamed attackers.

use super::*;

/// Whether the side acted against is armed: an armed actor, a person named with an
/// armed role ("its leader", "commander"), or armed nouns next to the trigger ("killing
/// one soldier", "an attack on a military post").
pub(crate) fn victim_armed(s: &Sent, a: usize, b: usize, actor2: Option<&Participant>) -> bool {
    // "OLA fighters killed 9 Amhara civilians": a name before a word for civilians
    // tells whose civilians they are; they are no armed side.
    let civilians_of =
        |p: &Participant| p.end_tok < s.lower.len() && rules::CIVILIAN_NOUNS.contains(&s.word(p.end_tok));
    match actor2 {
        Some(p) if armed(p.kind) && !civilians_of(p) => return true,
        Some(p) if p.kind == ActorKind::Person => {
            // "Its initial leaders, Hafiz Saeed Khan and …", "X, a militant commander".
            // The role is told next to the name, or next to the names it is listed with
            // ("Its initial leaders, Hafiz Saeed Khan and Abdul Rauf Aliza"); not the
            // agent's nouns ("police officer Van Dyke … the shooting of Laquan McDonald",
            // "… by a police officer").
            let mut first = p.tok;
            while first > 0 && p.tok - first < 8 && {
                let w = s.tokens[first - 1].text(s.ctx.text);
                matches!(w, "and" | ",") || w.chars().next().is_some_and(char::is_uppercase)
            } {
                first -= 1;
            }
            let end = (p.end_tok..(p.end_tok + 5).min(s.lower.len())).find(|&i| s.word(i) == "by");
            let near = first.saturating_sub(3)..end.unwrap_or((p.end_tok + 5).min(s.lower.len()));
            return near.into_iter().any(|i| {
                rules::ARMED_NOUNS.contains(&s.word(i)) || matches!(s.word(i), "leader" | "leaders" | "emir")
            });
        }
        Some(_) => {}
        None => {}
    }
    victim_words(s, a, b, 6).any(|i| rules::ARMED_NOUNS.contains(&s.word(i)))
}

/// Whether the victims of the trigger at `a..b` are told as armed people: in the words
/// for them ([`victim_words`]), in the clause that tells the toll ("…, killing two
/// commanders") or, in the passive, in the subject before the trigger ("Abu Jandal, an
/// ISIL gang leader in Raqqah was struck and killed").
pub(crate) fn victims_armed(s: &Sent, a: usize, b: usize) -> bool {
    let n = s.lower.len();
    let toll =
        (b..n).find(|&i| matches!(s.word(i), "killing" | "wounding" | "injuring")).map_or(0..0, |i| i..(i + 6).min(n));
    let passive = passive_before(s, a);
    let subject = if passive { a.saturating_sub(9)..a } else { a..a };
    let mut at: Vec<usize> = victim_words(s, a, b, 6).chain(toll).chain(subject).collect();
    at.sort_unstable();
    at.dedup();
    let clusters = &s.ctx.entities.clusters;
    let group = |i: usize| {
        s.mentions.iter().any(|&(ci, mi)| {
            let (start, end) = clusters[ci].spans[mi];
            armed(clusters[ci].kind) && start <= s.tokens[i].start && s.tokens[i].end <= end
        })
    };
    let words: Vec<&str> = at.iter().map(|&i| s.word(i)).collect();
    let groups: Vec<bool> = at.iter().map(|&i| group(i)).collect();
    names_armed(&words, &groups)
}

/// Whether `words` (with `group[k]` telling whether word k lies in an armed group's
/// name) name armed people: a fighter's or a force's noun ("soldiers", "commanders"), a
/// rank ("captain"), or a leader of a group named right before ("an ISIL gang leader";
/// not "a social leader").
/// Whether a form of "be" stands in the three words before the trigger `a` ("were
/// killed", "was badly hit"): the trigger is told in the passive.
pub(crate) fn passive_before(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|i| matches!(s.word(i), "was" | "were" | "been" | "are" | "is"))
}

pub(crate) fn names_armed(words: &[&str], group: &[bool]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        rules::ARMED_NOUNS.contains(w)
            || ARMED_ROLES.contains(w)
            || matches!(*w, "leader" | "leaders") && group[k.saturating_sub(3)..k].iter().any(|&g| g)
    })
}

/// Ranks and armed men that [`rules::ARMED_NOUNS`] does not list.
pub(crate) const ARMED_ROLES: &[&str] =
    &["emir", "captain", "sergeant", "lieutenant", "colonel", "militiamen", "militias", "terrorists"];

/// Whether an event whose victims no one names hit ACLED's civilians: a bombing or a
/// killing that harmed people (`harmed`), or a strike from afar (`remote`) with nothing
/// armed in its sentence (`armed_target`); never where the words for the victims name
/// armed people (`victims_armed`).
pub(crate) fn civilians_by_default(
    harmed: bool,
    remote: bool,
    victims_armed: bool,
    armed_target: impl FnOnce() -> bool,
) -> bool {
    !victims_armed && (harmed || remote && !armed_target())
}

/// Where the words for the side acted against stand: up to `reach` tokens after the
/// trigger but not past its agent ("by …"), and before it only in the passive ("12
/// soldiers were killed"); in the active voice the words before it name the attackers
/// ("gunmen killed …").
pub(crate) fn victim_words<'s>(s: &'s Sent, a: usize, b: usize, reach: usize) -> impl Iterator<Item = usize> + 's {
    let limit = (b + reach).min(s.lower.len());
    // Nor past a clause break or a source's clause ("…, killing 4 passengers; police
    // blamed …", "…, killing seven people, police said").
    let says = move |i: usize| i < s.lower.len() && rules::SAYING_VERBS.contains(&s.word(i));
    let after_end = (b..limit)
        .find(|&i| s.word(i) == "by" || clause_break(s.word(i)) || (s.word(i) == "," && (i + 2..i + 4).any(says)))
        .unwrap_or(limit);
    let passive = passive_before(s, a);
    let before = if passive { a.saturating_sub(5)..a } else { a..a };
    // "…, Israeli police spokesman Micky Rosenfeld wrote": a word that names whose
    // speaker someone is names no victim.
    let speaker =
        move |i: usize| i + 1 < s.lower.len() && (rules::SPEAKER_NOUNS.contains(&s.word(i + 1)) || says(i + 1));
    (b..after_end).chain(before).filter(move |&i| !speaker(i))
}

/// Whether a sentence says something concrete about the event at token `a`: a literal
/// place of at least `precision`, a number (not inside a date) or a date of its clause.
pub(crate) fn concrete(s: &Sent, a: usize, precision: u8) -> bool {
    s.places().any(|p| p.place.precision <= precision)
        || (0..s.lower.len()).any(|i| {
            !s.in_time(i)
                && tidings_text::day_of_month(s.ctx.text, s.tokens, i).is_none()
                && rules::number_word(s.word(i)).is_some_and(|(n, _)| n > 1)
        })
        || !clause_dates(s, a).is_empty()
}

/// The state force that unnamed victims next to the trigger serve: "Police Forces of {}"
/// for police nouns, "Military Forces of {}" for soldiers ([`victim_words`]).
pub(crate) fn victim_force(s: &Sent, a: usize, b: usize) -> Option<&'static str> {
    let next = |i: usize| if i + 1 < s.lower.len() { s.word(i + 1) } else { "" };
    // The object of the clause that tells the toll, however far after the trigger
    // ("exploded near a market in … on Saturday, wounding two rangers").
    let toll = (b..s.lower.len())
        .find(|&i| matches!(s.word(i), "killing" | "wounding" | "injuring"))
        .map_or(0..0, |i| i + 1..(i + 6).min(s.lower.len()));
    victim_words(s, a, b, 10).chain(toll).find_map(|i| match s.word(i) {
        "policeman" | "policemen" | "police" | "officers" => Some("Police Forces of {}"),
        "soldier" | "soldiers" | "troops" | "servicemen" | "serviceman" | "servicemembers" | "army" => {
            Some("Military Forces of {}")
        }
        // "wounding two rangers", "killing six service members", "stormed a military
        // base": the force the victims serve or the site holds.
        "rangers" | "marines" | "paratroopers" => Some("Military Forces of {}"),
        "service" if matches!(next(i), "member" | "members") => Some("Military Forces of {}"),
        "military" if MILITARY_SITES.contains(&next(i)) => Some("Military Forces of {}"),
        _ => None,
    })
}

/// Whether the place whose first word is `i` is told as the place of the trigger ending
/// at `b`: after it in its clause, behind a locative preposition ("exploded in Chelsea",
/// "killed 12 civilians with machetes overnight near the town of Beni"), with no comma
/// or verb of saying between ("…, said an official in Kabul" places the official); or in
/// a locative frame that opens the sentence before the trigger ("In the eastern province
/// of North Kivu, rebels killed 12 civilians").
pub(crate) fn place_of_trigger(s: &Sent, i: usize, b: usize) -> bool {
    if i == 0 {
        return false;
    }
    let locative = |k: usize| matches!(s.word(k), "in" | "at" | "near" | "outside" | "on");
    // "in Beni", "near the town of Beni", "in the eastern province of North Kivu".
    let behind_preposition = locative(i - 1)
        || (s.word(i - 1) == "of"
            && (i.saturating_sub(5)..i - 1).any(|k| {
                locative(k) && (k + 1..i - 1).all(|j| !matches!(s.word(j), "," | "and" | "who" | "which" | "said"))
            }));
    if !behind_preposition {
        return false;
    }
    let saying = |k: usize| matches!(s.word(k), "," | "said" | "says" | "told" | "according" | "reported" | "who");
    i >= b && i <= b + 10 && (b..i).all(|k| !saying(k))
}

/// Whether the one-word trigger `a..b` is a past participle used as an adjective of
/// people after a determiner, a preposition or a number: "the return of abducted
/// relatives", "the kidnapped girls were freed", "20 detained activists". It describes
/// the people by what was done to them before; "gunmen kidnapped girls" tells it.
pub(crate) fn describes_people(s: &Sent, a: usize, b: usize) -> bool {
    if b != a + 1 || a == 0 || b >= s.lower.len() || !s.word(a).ends_with("ed") {
        return false;
    }
    let next = s.word(b);
    let people = rules::CIVILIAN_NOUNS.contains(&next)
        || rules::PERSON_NOUNS.iter().any(|p| next.strip_suffix('s').is_some_and(|n| n == *p))
        || matches!(next, "relatives" | "activists" | "girls" | "boys" | "soldiers" | "hostages" | "victims");
    let before = s.word(a - 1);
    let opener = matches!(
        before,
        "the" | "their" | "his" | "her" | "its" | "our" | "those" | "these" | "of" | "for" | "to" | "with" | "all"
    ) || rules::number_word(before).is_some();
    people && opener
}

/// The toll a sentence of its own gives in ACLED's words, with no incident word: "3
/// fatalities were reported (on each side).", "6 fatalities.", "At least 4 deaths were
/// reported." It opens with the number (after "at least", "a total of").
pub(crate) fn toll_sentence(s: &Sent) -> Option<Fatalities> {
    let n = s.lower.len();
    let mut k = 0;
    while k < 4.min(n) && matches!(s.word(k), "at" | "least" | "a" | "total" | "of" | "about" | "around" | "some") {
        k += 1;
    }
    let death = k + 1;
    if death >= n || rules::number_word(s.word(k)).is_none() {
        return None;
    }
    if !matches!(s.word(death), "fatalities" | "fatality" | "deaths" | "dead") {
        return None;
    }
    toll(s, death, death + 1)
}

/// Whether the trigger at `a` is a participle that tells the toll of the clause before it
/// (", killing at least 100 people") and that clause's victims are demonstrators ("forces
/// fired on protesters at the sit-in outside the army headquarters in Khartoum, killing
/// …"): the clause runs back to the comma before it, at most 30 words.
pub(crate) fn toll_clause_of_protesters(s: &Sent, a: usize) -> bool {
    if a < 2 || s.word(a - 1) != "," || !matches!(s.word(a), "killing" | "wounding" | "injuring" | "leaving") {
        return false;
    }
    (a.saturating_sub(32)..a - 1)
        .rev()
        .take_while(|&i| !matches!(s.word(i), "," | ";" | ":"))
        .any(|i| rules::PROTESTER_NOUNS.contains(&s.word(i)))
}

/// A military site whose attack is an attack on the state's forces ("a military base").
pub(crate) const MILITARY_SITES: &[&str] =
    &["base", "bases", "camp", "camps", "post", "posts", "outpost", "barracks", "checkpoint", "convoy", "garrison"];

/// The country named in the possessive right before the trigger ("Russia's bombing").
pub(crate) fn possessor_country<'a>(s: &Sent<'a>, a: usize) -> Option<&'a ResolvedPlace> {
    if a < 2 || !matches!(s.word(a - 1), "'s" | "’s") {
        return None;
    }
    let end = s.tokens[a - 2].end;
    s.places.iter().find(|p| p.span_end == end && p.place.precision == 4)
}

/// The country code of a country named by the parse's word `w` ("Russia", "the United
/// States"), where that word lies in a name the gazetteer resolved to a whole country.
pub(crate) fn country_named(s: &Sent, parse: &Parse, w: usize) -> Option<String> {
    let word = &parse.words[w];
    s.places
        .iter()
        .find(|p| p.place.precision == 4 && p.span_start <= word.start && word.end <= p.span_end)
        .and_then(|p| p.place.country.clone())
}

pub(crate) fn passive_plural(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|i| s.word(i) == "were")
}

/// An ACLED-style generic actor ("Civilians (Iraq)", "Unidentified Armed Group
/// (Syria)") for the country of `place`, else of the sentence's first literal place.
pub(crate) fn generic_actor(
    s: &Sent,
    coded: &mut Coded,
    base: &str,
    kind: ActorKind,
    place: Option<&Place>,
) -> ActorRef {
    let cc = place.and_then(|p| p.country.clone()).or_else(|| s.places().next().and_then(|p| p.place.country.clone()));
    generic_named(s.ctx, coded, base, kind, cc, vec![s.span(0, s.tokens.len())])
}

/// ACLED's name of the coalition against the Islamic State.
pub(crate) const COALITION: &str = "Global Coalition Against Daesh";

/// Whether a document names a coalition in a story of Syria or Iraq or of the Islamic
/// State (where ACLED's coalition is the one against it).
pub(crate) fn coalition_named(ctx: &Context, place: Option<&Place>) -> bool {
    let cc = place.and_then(|p| p.country.as_deref());
    (ctx.text.contains("coalition") || ctx.text.contains("Coalition"))
        && (matches!(cc, Some("SY" | "IQ")) || ctx.entities.clusters.iter().any(|c| c.name == "Islamic State"))
}

/// An ACLED-style generic actor for country `cc` (see [`generic_actor`]).
pub(crate) fn generic_named(
    ctx: &Context,
    coded: &mut Coded,
    base: &str,
    kind: ActorKind,
    cc: Option<String>,
    evidence: Vec<Span>,
) -> ActorRef {
    let name = generic_name(ctx, base, cc.as_deref());
    let id = tidings_entities::actor_id(&name);
    // An entity cluster of that name ("Police Forces of Afghanistan" from "Afghan
    // police") is already an actor of the document.
    let clusters = &ctx.entities.clusters;
    let known = coded.generic_actors.iter().any(|a| a.id == id)
        || coded.cluster_ids.get_or_insert_with(|| clusters.iter().map(|c| c.id()).collect()).contains(&id);
    if !known {
        coded.generic_actors.push(Actor {
            id: id.clone(),
            name: name.clone(),
            aliases: Vec::new(),
            kind,
            country: cc,
            facts: Vec::new(),
            evidence: evidence.clone(),
        });
    }
    ActorRef { id, name, evidence }
}

/// The name of an ACLED-style generic actor for country `cc`: "Police Forces of {}"
/// takes the country after "of", the others in parentheses.
pub(crate) fn generic_name(ctx: &Context, base: &str, cc: Option<&str>) -> String {
    let country =
        cc.and_then(|c| ctx.gazetteer.country(c)).map(|e| tidings_entities::acled_country(&e.name).to_string());
    match (&country, base.contains("{}")) {
        (Some(c), true) => base.replace("{}", &tidings_entities::with_article(c)),
        (None, true) => base.replace(" of {}", ""),
        (Some(c), false) => format!("{base} ({c})"),
        (None, false) => base.to_string(),
    }
}

/// Whether the sentence names a military object ("one strike destroyed an ISIL-held
/// tank", "… a VBIED storage facility"): a strike on it hit no civilians by default.
pub(crate) fn military_object(s: &Sent) -> bool {
    s.lower.iter().any(|w| {
        matches!(
            w.as_str(),
            "tank"
                | "tanks"
                | "station"
                | "facility"
                | "facilities"
                | "compound"
                | "headquarters"
                | "depot"
                | "cache"
                | "bunker"
                | "bunkers"
                | "tunnel"
                | "tunnels"
                | "ammunition"
                | "launcher"
                | "launchers"
                | "storage"
                | "base"
                | "bases"
                | "stronghold"
                | "strongholds"
                | "airfield"
        )
    })
}

/// Whether the side acted against in the sentence is armed: a group or a state's force
/// named after the trigger `a` (or before it, in the passive), or words for fighters or
/// their positions there ("strikes destroyed an ISIS fighting position"). A strike on an
/// armed side hit no civilians by default.
pub(crate) fn armed_in_sentence(s: &Sent, a: usize) -> bool {
    let passive = passive_before(s, a);
    let from = if passive { 0 } else { a };
    // "… shelling by Assad's forces": the agent after "by" is no victim.
    let to = (a..s.lower.len()).find(|&i| s.word(i) == "by").unwrap_or(s.lower.len()).max(from);
    armed_mention_in(s, from..to)
        || s.lower[from.min(to)..to].iter().any(|w| {
            rules::ARMED_NOUNS.contains(&w.as_str())
                || matches!(w.as_str(), "positions" | "position" | "targets" | "unit" | "units" | "fighting")
        })
}

/// ACLED's attacker where the sentence names none, or names it only by a nationality
/// ("Indian") or a government: a state's forces named by nationality before the
/// trigger ("Russian artillery shelled …"), for a strike from afar the state's forces
/// named elsewhere in the document ("The enemy fired on the town" after "Russian
/// artillery shelled …"), else the armed group that claimed the attack or was blamed
/// for it ("A suicide bomber struck … Islamic State claimed the bombing").
pub(crate) fn attribute_unnamed(s: &Sent, coded: &mut Coded, d: &mut Draft, family: Family, a: usize, b: usize) {
    let clusters = &s.ctx.entities.clusters;
    let named = |name: &str| clusters.iter().find(|c| c.name == name);
    // "Syrian government artillery", "the government's forces": its military acted.
    if let Some(gov) = d.actor1.as_ref().filter(|x| x.name.starts_with("Government of ")) {
        if let Some(cc) = named(&gov.name).and_then(|c| c.country.clone()) {
            let evidence = gov.evidence.clone();
            d.actor1 = Some(generic_named(
                s.ctx,
                coded,
                "Military Forces of {}",
                ActorKind::StateForce,
                Some(cc.clone()),
                evidence,
            ));
            d.actor1_state = true;
            d.actor1_country = Some(cc);
        }
        return;
    }
    let nationality = d.actor1.as_ref().is_some_and(|x| named(&x.name).is_some_and(|c| c.label == Label::Norp));
    let unnamed = d.actor1.as_ref().is_none_or(|x| x.name.starts_with("Unidentified Armed Group"));
    if !(nationality || unnamed) {
        return;
    }
    let (start, end) = s.bounds();
    let (trigger_start, trigger_end) = (s.tokens[a].start, s.tokens[b - 1].end);
    let remote = matches!(family, Family::AirStrike | Family::Shelling | Family::Chemical)
        || matches!(d.family, Family::AirStrike | Family::Shelling | Family::Chemical);
    // In the passive, a nationality before the trigger names the victims ("two Turkish
    // soldiers were killed").
    let here = coded.doc.striker_in(start, end, trigger_end).filter(|st| {
        let from = s.at(st.end);
        !(from..a).any(|i| matches!(s.word(i), "was" | "were" | "been" | "being"))
    });
    let striker = here.or_else(|| if remote { coded.doc.nearest_striker(trigger_start) } else { None }).cloned();
    if let Some(st) = striker {
        let evidence = vec![Span::of(s.ctx.text, st.start, st.end)];
        d.actor1 = Some(generic_named(
            s.ctx,
            coded,
            "Military Forces of {}",
            ActorKind::StateForce,
            Some(st.country.clone()),
            evidence,
        ));
        d.actor1_state = true;
        d.actor1_country = Some(st.country);
        return;
    }
    let claimable = matches!(
        d.family,
        Family::Explosive
            | Family::Suicide
            | Family::Attack
            | Family::Kill
            | Family::Grenade
            | Family::Abduction
            | Family::Shelling
            | Family::Clash
    );
    // The claim told next to the attack (this sentence or the one before or after): a
    // long report's later claim may be of another attack it tells.
    let sentences = &s.ctx.seg.sentences;
    let near_start = sentences[s.k.saturating_sub(1)].start;
    let near_end = sentences[(s.k + 1).min(sentences.len() - 1)].end;
    // "unidentified men lobbed a grenade …; police blamed Jaish-e-Mohammed": attackers
    // the report calls unidentified or unknown stay so, whoever is blamed or named.
    let unidentified = (a.saturating_sub(4)..(b + 4).min(s.lower.len()))
        .any(|i| matches!(s.word(i), "unidentified" | "unknown" | "unnamed"));
    if unnamed && claimable && !unidentified {
        let near =
            coded.doc.nearest_claim(trigger_start).copied().filter(|c| c.start >= near_start && c.end <= near_end);
        // Else the one armed group a document names (at least twice) carried out the
        // attacks it tells without naming an attacker ("a suicide bomber struck …" in a
        // report on the Taliban): ACLED's coders read the report as a whole.
        let sole = || coded.doc.sole_group.map(|(start, end, cluster)| doc_actors::Claim { start, end, cluster });
        if let Some(c) = near.or_else(sole) {
            let cluster = &clusters[c.cluster];
            d.actor1 = Some(cluster_ref(cluster, Span::of(s.ctx.text, c.start, c.end)));
            d.actor1_state = false;
            d.actor1_country = cluster.country.clone();
        }
    }
}
