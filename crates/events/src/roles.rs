//! Who did what to whom: the participants of a clause, the parse's agent and patient,
//! state forces named by nationality, and the sides' defaults.

use super::*;

/// An actor mention found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Participant {
    pub(crate) tok: usize,
    pub(crate) end_tok: usize,
    pub(crate) actor: ActorRef,
    pub(crate) kind: ActorKind,
    pub(crate) country: Option<String>,
    pub(crate) label: Label,
}

pub(crate) fn cluster_ref(c: &Cluster, span: Span) -> ActorRef {
    ActorRef { id: c.id(), name: c.name.clone(), evidence: vec![span] }
}

/// The actors named in a sentence, in order: clusters' mentions, and nominals referring
/// to the document's armed group.
pub(crate) fn participants(s: &Sent) -> Vec<Participant> {
    let ents = s.ctx.entities;
    let (start, end) = s.bounds();
    let mut out: Vec<Participant> = Vec::new();
    let in_dateline = |a: usize, b: usize| s.dateline.is_some_and(|(x, y)| x <= a && b <= y);
    for &(ci, mi) in &s.mentions {
        let c = &ents.clusters[ci];
        let (a, b) = c.spans[mi];
        {
            if a >= start && b <= end && !in_dateline(a, b) {
                let (ta, tb) = (s.at(a), s.at(b));
                // The widest mention wins ("US forces" over "US").
                if out.iter().any(|p| p.tok <= ta && tb <= p.end_tok) {
                    continue;
                }
                out.retain(|p| !(ta <= p.tok && p.end_tok <= tb));
                out.push(Participant {
                    tok: ta,
                    end_tok: tb.max(ta + 1),
                    actor: cluster_ref(c, Span::of(s.ctx.text, a, b)),
                    kind: c.kind,
                    country: c.country.clone(),
                    label: c.label,
                });
            }
        }
    }
    // "the group" / "the militants" / "IS-K cell": descriptions the document's
    // coreference resolved to a cluster.
    for r in s.ctx.analysis.references_in(start, end).iter().filter(|r| r.kind == analysis::RefKind::Description) {
        let (ta, tb) = (s.at(r.start), s.at(r.end));
        if tb <= ta || out.iter().any(|p| p.tok < tb && tb - 1 < p.end_tok) {
            continue;
        }
        let c = &ents.clusters[r.cluster];
        out.push(Participant {
            tok: ta,
            end_tok: tb,
            actor: cluster_ref(c, s.span(ta, tb)),
            kind: c.kind,
            country: c.country.clone(),
            label: c.label,
        });
    }
    out.sort_by_key(|p| p.tok);
    out
}

pub(crate) fn is_state(kind: ActorKind) -> bool {
    matches!(kind, ActorKind::StateForce | ActorKind::Government)
}

/// An armed actor: a state's force or an armed group.
pub(crate) fn armed(kind: ActorKind) -> bool {
    matches!(kind, ActorKind::StateForce | ActorKind::RebelGroup | ActorKind::TerrorGroup | ActorKind::Militia)
}

/// Whether a side's name is ACLED's civilians, of a country or not ("Civilians (Iraq)").
pub(crate) fn civilians(name: &str) -> bool {
    name == "Civilians" || name.starts_with("Civilians (")
}

/// "The Southern Transitional Council announces the capture of al-Mahrah": a side that
/// announces a place taken or left, named as the object of its announcement, took or
/// left it; it is no mere reporter of the event.
fn announces_own_gain(s: &Sent, k: usize, a: usize, family: Family) -> bool {
    matches!(family, Family::Territory | Family::Withdrawal)
        && matches!(s.word(k), "announced" | "announces" | "declared" | "confirmed")
        && (k + 1 == a || (k + 2 == a && matches!(s.word(k + 1), "the" | "its" | "their")))
}

pub(crate) fn roles(s: &Sent, a: usize, b: usize, family: Family, modality: Modality, coded: &mut Coded) -> Vec<Draft> {
    // Whoever reports the event ("X said", "according to X") is not a party to it.
    let speaks = |p: &Participant| {
        // "the ministry said", "Cuomo (D) said": brackets and capitals may come between.
        let after = (p.end_tok..(p.end_tok + 5).min(s.lower.len())).any(|k| {
            k != a
                && rules::REPORTING.contains(&s.word(k))
                && (k < p.end_tok + 3
                    || (p.end_tok..k).all(|j| {
                        matches!(s.word(j), "(" | ")" | ",")
                            || s.tokens[j].text(s.ctx.text).chars().all(char::is_uppercase)
                    }))
        });
        let according = p.tok >= 2 && s.word(p.tok - 1) == "to" && s.word(p.tok - 2) == "according";
        let before = p.tok >= 1 && rules::REPORTING.contains(&s.word(p.tok - 1)) && p.tok - 1 != a;
        // "Philip Hammond condemns … attacks", "I welcome the liberation of …".
        // "Ghani on Tuesday strongly condemned …": adverbs and a date may come between.
        let comments =
            (p.end_tok..(p.end_tok + 5).min(a).max(p.end_tok)).any(|k| rules::COMMENTING.contains(&s.word(k)));
        after || according || before || comments
    };
    let all_parts = participants(s);
    // The tree's roles of the trigger (read from the sentence's one parse), and the
    // sources of its reported speech.
    let parse = s.ctx.analysis.parse(s.k);
    let read = if family == Family::Founded {
        None
    } else {
        tree::roles(parse, s.ctx.text, s.tokens[a].start, s.tokens[b - 1].end)
    };
    let speakers = read.map(|r| tree::speakers(parse, s.ctx.text, r.head)).unwrap_or_default();
    let spoken = |p: &Participant| {
        let e = &p.actor.evidence[0];
        speakers.iter().any(|&(x, y)| x <= e.start && e.end <= y)
    };
    // "The STC announces the capture of al-Mahrah": the side just before the
    // announcement of its own gain took the place.
    let announcer = |p: &Participant| (p.end_tok..(p.end_tok + 3).min(a)).any(|k| announces_own_gain(s, k, a, family));
    let parts: Vec<Participant> =
        all_parts.iter().filter(|p| announcer(p) || (!speaks(p) && !spoken(p))).cloned().collect();
    // The tree's roles name no source either: an outlet read as an apposition of the
    // agent ("killed … by an improvised explosive device, Al-Monitor online reported").
    let unspoken: Vec<Participant> = all_parts.iter().filter(|p| !spoken(p)).cloned().collect();
    // Pronouns the coreference resolved ("he", "they"): parties only where the tree
    // puts them in a role.
    let pronouns = pronoun_participants(s);
    // Passive: "… were killed by X", "plotted by X".
    let by = (b..(b + 6).min(s.lower.len())).find(|&i| s.word(i) == "by");
    // A passive needs a form of "be" before a participle trigger ("were killed").
    let participle = {
        let w = s.word(a);
        w.ends_with("ed") || w.ends_with("en") || matches!(w, "shot" | "held" | "taken" | "fought" | "caught")
    };
    let passive = participle
        && (a.saturating_sub(3)..a)
            .any(|i| matches!(s.word(i), "was" | "were" | "been" | "be" | "is" | "are" | "being"));
    let agent = by.and_then(|i| parts.iter().find(|p| p.tok > i && p.tok <= i + 3));
    let before: Vec<&Participant> = parts.iter().filter(|p| p.end_tok <= a).collect();
    let after: Vec<&Participant> = parts.iter().filter(|p| p.tok >= b).collect();
    let (mut actor1, mut actor2): (Option<&Participant>, Option<&Participant>);
    let mut pronoun_group: Option<ActorRef> = None;
    let mut assoc1 = Vec::new();
    if family == Family::Founded {
        // "The group was created … by disaffected Taliban": the group is the actor, also
        // when it speaks ("ISIL-K announced its formation") or is a pronoun ("It was
        // founded in 2015"), which stands for the document's armed group.
        let group = s.salient.map(|g| &s.ctx.entities.clusters[g]);
        actor1 = before.last().copied().or_else(|| all_parts.iter().rev().find(|p| p.end_tok <= a));
        if actor1.is_none() && group.is_some() && (0..a).any(|k| matches!(s.word(k), "it" | "group")) {
            pronoun_group = group.map(|c| cluster_ref(c, s.span(0, a)));
        }
        actor2 = None;
        if let Some(ag) = agent {
            assoc1.push(ag.actor.clone());
        }
    } else if passive && (agent.is_some() || by.is_some()) {
        actor1 = agent;
        actor2 = before.last().copied();
    } else if passive {
        actor1 = None;
        actor2 = before.last().copied();
    } else {
        // "attacks, also claimed by Da'esh, have killed …": whoever comes after "by" acted.
        let after_by = |p: &Participant| p.tok > 0 && s.word(p.tok - 1) == "by";
        actor1 = before.last().copied().or_else(|| after.iter().copied().find(|p| after_by(p)));
        actor2 = after
            .iter()
            .find(|p| !after_by(p) && Some(p.actor.id.as_str()) != actor1.map(|x| x.actor.id.as_str()))
            .copied();
    }
    // The tree decides where it names a role: a named party, or an unnamed one
    // ("gunmen", "soldiers", "villagers") that ACLED names by its role. The windows
    // above stand only where the tree names nobody.
    let mut unnamed: [Option<(&'static str, ActorKind, Option<String>)>; 2] = [None, None];
    let head_of = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    if let Some(r) = read {
        let violent = family.is_violent();
        if let Some(w) = r.agent {
            let country = if violent { country_named(s, parse, w) } else { None };
            match side(parse, w, &unspoken, &pronouns) {
                // "An Israeli strike on the Ras al-Nabaa district … killed": a force or
                // its arms with a nationality is that state's force, whatever its
                // phrases name (unless a name holds the force's word: "US forces").
                ref x
                    if !matches!(x, Side::Named(p) if p.actor.evidence[0].start <= parse.words[w].start
                        && parse.words[w].end <= p.actor.evidence[0].end)
                        && nation_force(s, parse, w).is_some_and(|(_, _, cc)| cc.is_some()) =>
                {
                    actor1 = None;
                    unnamed[0] = nation_force(s, parse, w);
                }
                // "Turkish drone", "US warplanes", "Afghan police": the nation's forces.
                Side::Named(p) if p.label == Label::Norp && state_force(head_of(w)).is_some() => {
                    actor1 = None;
                    unnamed[0] = state_force(head_of(w)).map(|(n, k)| (n, k, p.country.clone()));
                }
                // "Russia bombed the town", "the United States has bombed …": a country
                // that fights is its armed forces (ACLED's "Military Forces of X").
                _ if country.is_some() => {
                    actor1 = None;
                    unnamed[0] = country.map(|cc| ("Military Forces of {}", ActorKind::StateForce, Some(cc)));
                }
                Side::Named(p) => actor1 = Some(p),
                Side::Unnamed(head) => {
                    actor1 = None;
                    unnamed[0] = nation_force(s, parse, head)
                        .or_else(|| unnamed_actor(head_of(head), violent, true).map(|(n, k)| (n, k, None)));
                    // "a man stabbed 2 worshippers", "a gunman killed 23 people": one
                    // attacker in a document that names no armed group acted alone.
                    let lone = SOLE_HEADS.contains(&head_of(head).to_lowercase().as_str())
                        && s.salient.is_none()
                        && matches!(family, Family::Kill | Family::Attack);
                    if unnamed[0].is_none() && lone {
                        unnamed[0] = Some(("Sole Perpetrator", ActorKind::Unknown, None));
                    }
                }
            }
        }
        // "the Japanese attack", "Russian airstrikes", "a Saudi funeral attack": a state's
        // nationality before an attack told as a noun names the attacker, its military.
        if r.agent.is_none() && actor1.is_none() && unnamed[0].is_none() {
            if let Some(cc) = nation_of_strike(s, parse, r.head, family) {
                unnamed[0] = Some(("Military Forces of {}", ActorKind::StateForce, Some(cc)));
            }
        }
        // "59 Palestinians are killed by Israeli attacks", "Twelve Naxalites are killed
        // in a police raid": the attack a harm is told as done by or in names the
        // attacker by a nationality (the state's military) or a force's word.
        if unnamed[0].is_none() && actor1.is_none_or(|p| p.label == Label::Norp) {
            if let Some(force) = attacker_of_means(s, parse, r.head, r.agent) {
                actor1 = None;
                unnamed[0] = Some(force);
            }
        }
        match r.patient.map(|w| side(parse, w, &unspoken, &pronouns)) {
            // "Israeli troops", "three US soldiers": the state's force. A country named
            // as a modifier of one soldier or officer names his force too.
            Some(Side::Named(p))
                if matches!(p.label, Label::Norp | Label::Gpe)
                    && p.country.is_some()
                    && r.patient.and_then(|w| force_noun(head_of(w))).is_some() =>
            {
                actor2 = None;
                unnamed[1] = r.patient.and_then(|w| force_noun(head_of(w))).map(|(n, k)| (n, k, p.country.clone()));
            }
            // "a Massachusetts Institute of Technology police officer", "a Frontier Corps
            // soldier": an unarmed name right before a force's noun names where the
            // victim serves; the side is the force.
            Some(Side::Named(p)) if !armed(p.kind) && force_after(s, p).is_some() => {
                actor2 = None;
                unnamed[1] = force_after(s, p).map(|(n, k)| (n, k, None));
            }
            // "Three Chinese citizens are killed", "Kabul residents": unarmed victims
            // named by a nationality or a place are that country's civilians, wherever
            // they were hit.
            Some(Side::Named(p))
                if matches!(p.label, Label::Norp | Label::Gpe)
                    && p.country.is_some()
                    && r.patient.is_some_and(|w| {
                        unnamed_actor(head_of(w), violent, false).is_some_and(|(n, _)| n == "Civilians")
                    }) =>
            {
                actor2 = None;
                unnamed[1] = Some(("Civilians", ActorKind::Civilians, p.country.clone()));
            }
            Some(Side::Named(p)) => actor2 = Some(p),
            Some(Side::Unnamed(head)) => {
                actor2 = None;
                unnamed[1] = nation_force(s, parse, head)
                    .or_else(|| {
                        unnamed_actor(head_of(head), violent, false)
                            .map(|(n, k)| (n, k, if n == "Civilians" { nationality_of(s, parse, head) } else { None }))
                    })
                    .or_else(|| force_modifier(s, parse, head).map(|(n, k)| (n, k, None)));
            }
            // A verb the tree gives no object: nobody named after it is acted upon
            // ("a car bomb exploded outside the Sari Club").
            None if family.is_violent() && parse.is_verb(r.head) => actor2 = None,
            None => {}
        }
        if actor1.is_some() && actor2.is_some_and(|p| Some(&p.actor.id) == actor1.map(|x| &x.actor.id)) {
            actor2 = None;
        }
        // "a soldier was martyred and three others were injured when a bomb went off":
        // a trigger told in a "when"-clause hit the subject of the passive it explains,
        // where that subject is a state's soldiers or police and the trigger's own
        // phrases name no side ("… went off on the outskirts of Turbat").
        if actor2.is_none() && unnamed[1].is_none() {
            unnamed[1] = when_clause_victims(s, parse, r.head);
        }
        // "Soldiers and FARC dissidents clashed", "Colombian soldiers and FARC dissidents
        // exchanged fire": a fight's coordinated subject names both sides, the first
        // conjunct acting (the state's side comes first below).
        // "Six soldiers and 34 Boko Haram gunmen are killed during a shootout": the
        // dead of a fight, told as the subject of a passive harm, are its two sides.
        let fought = || {
            r.patient.filter(|_| {
                r.agent.is_none() && parse.is_passive(r.head) && tree::fight_of(parse, s.ctx.text, r.head).is_some()
            })
        };
        if let Some((w, c)) = r
            .agent
            .filter(|_| reciprocal(s, parse, r.head))
            .or_else(fought)
            .and_then(|w| parse.dependents(w, "conj").next().map(|c| (w, c)))
        {
            let one = |x: usize, conj: bool| match side_of(parse, x, &unspoken, &pronouns, conj) {
                Side::Named(p) if matches!(p.label, Label::Norp | Label::Gpe) && force_noun(head_of(x)).is_some() => {
                    (None, force_noun(head_of(x)).map(|(n, k)| (n, k, p.country.clone())))
                }
                Side::Named(p) => (Some(p), None),
                Side::Unnamed(h) => (
                    None,
                    nation_force(s, parse, h)
                        .or_else(|| unnamed_actor(head_of(h), true, true).map(|(n, k)| (n, k, None))),
                ),
            };
            let (first, second) = (one(w, false), one(c, true));
            let named = |x: &(Option<&Participant>, Option<_>)| x.0.is_some() || x.1.is_some();
            if named(&first) && named(&second) && first.0.map(|p| &p.actor.id) != second.0.map(|p| &p.actor.id) {
                (actor1, unnamed[0]) = first;
                (actor2, unnamed[1]) = second;
            }
        }
        // "a drone attack on the Tower 22 outpost … killed three US soldiers": an attack
        // told as the subject of a verb of harm hit the soldiers or police that verb
        // names, whatever site its "on"-phrase names.
        if let Some(force) = harmed_force(s, parse, r.head) {
            actor2 = None;
            unnamed[1] = Some(force);
        }
    }
    // "Four soldiers were killed when ELN rebels attacked their patrol": a passive
    // trigger that names no agent was done by the subject of its "when"-clause, where
    // that subject names a party or a force (not a pronoun, nor a bomb or a vehicle).
    if let Some(r) = read.filter(|r| actor1.is_none() && unnamed[0].is_none() && r.agent.is_none()) {
        if passive || parse.is_passive(r.head) {
            let word = |w: usize| s.ctx.text[parse.words[w].start..parse.words[w].end].to_lowercase();
            let when = parse
                .dependents(r.head, "advcl")
                .find(|&v| parse.is_verb(v) && parse.children(v).iter().any(|&c| c < v && word(c) == "when"));
            if let Some(subject) = when.and_then(|v| parse.dependents(v, "nsubj").next()) {
                match side(parse, subject, &parts, &[]) {
                    Side::Named(p) => actor1 = Some(p),
                    Side::Unnamed(h) => {
                        unnamed[0] = unnamed_actor(head_of(h), true, true).map(|(n, k)| (n, k, None));
                    }
                }
            }
        }
    }
    // "soldiers shot dead 3 young men", "a police officer shot dead …": where the parse
    // read the subject and an active trigger as one nominal (no agent), a word for a
    // force or a crowd right before the trigger acts.
    // (Or read a word of the trigger as its subject: "shot" of "shot dead".)
    let in_trigger = |w: usize| parse.words[w].start >= s.tokens[a].start && parse.words[w].end <= s.tokens[b - 1].end;
    let no_agent = read.is_none_or(|r| r.agent.is_none_or(in_trigger));
    // A noun in "-ing" is a nominal's head ("the police shooting of a man"), no verb.
    let verb_form = !s.word(a).ends_with("ing");
    if !passive && verb_form && no_agent && actor1.is_none() && unnamed[0].is_none() && a > 0 && family.is_violent() {
        let before_word = s.tokens[a - 1].text(s.ctx.text);
        unnamed[0] = unnamed_actor(before_word, true, true).map(|(n, k)| (n, k, None));
    }
    // Battles: the state side first, as in ACLED's coding of state operations.
    let attribution_source = attribution(s, a).and_then(|at| at.source);
    if family == Family::Clash && actor1.is_some_and(|p| !is_state(p.kind)) && actor2.is_some_and(|p| is_state(p.kind))
    {
        std::mem::swap(&mut actor1, &mut actor2);
    }
    if family == Family::Clash && actor1.is_some_and(|p| !is_state(p.kind)) && actor2.is_none() {
        let state = all_parts.iter().find(|p| {
            is_state(p.kind) && attribution_source.as_deref().is_some_and(|src| src.contains(&p.actor.evidence[0].text))
        });
        if let Some(st) = state {
            actor2 = actor1;
            actor1 = Some(st);
        }
    }
    // "Tamerlan died after a gunfight with police", "a shootout with security forces":
    // a fight told as a noun whose "with"-phrase names a state's force was the force's
    // operation against the suspects, who come second.
    // "Tamerlan was killed in a gun battle with police": the force a passive's fight
    // was with fought it; the one killed fought the force.
    if let Some(r) = read.filter(|r| {
        family.is_violent() && actor1.is_none() && unnamed[0].is_none() && (passive || parse.is_passive(r.head))
    }) {
        let case = |w: usize| tree::case_of(parse, s.ctx.text, w);
        let force = parse
            .dependents(r.head, "obl")
            .filter(|&f| case(f).as_deref() == Some("in"))
            .flat_map(|f| {
                parse.dependents(f, "nmod").filter(|&w| case(w).as_deref() == Some("with")).collect::<Vec<_>>()
            })
            .find_map(|w| match side(parse, w, &unspoken, &pronouns) {
                Side::Named(p) if is_state(p.kind) => Some((Some(p), None)),
                Side::Named(_) => None,
                Side::Unnamed(h) => nation_force(s, parse, h)
                    .or_else(|| {
                        unnamed_actor(head_of(h), true, true)
                            .filter(|(_, k)| *k == ActorKind::StateForce)
                            .map(|(n, k)| (n, k, None))
                    })
                    .map(|u| (None, Some(u))),
            });
        if let Some((named, force)) = force {
            (actor1, unnamed[0]) = (named, force);
            // A person named killed is no civilian: he fought (as after the swap below).
            if unnamed[1].is_none() {
                unnamed[1] = Some(("Unidentified Armed Group", ActorKind::Unknown, None));
            }
        }
    }
    if family == Family::Clash && state_with_phrase(s, parse, read, actor2, unnamed[1].as_ref()) {
        let other_state =
            actor1.is_some_and(|p| is_state(p.kind)) || unnamed[0].as_ref().is_some_and(|u| is_state(u.1));
        if !other_state {
            std::mem::swap(&mut actor1, &mut actor2);
            unnamed.swap(0, 1);
            // Whoever fought the police was armed: a suspect named as a person, or
            // nobody named, is ACLED's unidentified armed group.
            if unnamed[1].is_none() {
                unnamed[1] = Some(("Unidentified Armed Group", ActorKind::Unknown, None));
            }
        }
    }
    // A state's branch named ("Indian Air Force", "the Saudi navy") is the state's force
    // (after the state side is put first).
    for (slot, actor) in [&mut actor1, &mut actor2].into_iter().enumerate() {
        if let Some((side, kind, cc)) = actor.and_then(|p| sides::state_branch(&p.actor.name, s.ctx.gazetteer)) {
            *actor = None;
            unnamed[slot] = Some((side, kind, Some(cc)));
        }
    }
    // ACLED codes no person, place, building, named event or business as a side
    // ("Judge Marianne Bowler ordered …", "members of the Al bu Nimr tribe", "DJI"):
    // the side its title names, else the role's generic side, filled in below as for
    // an unnamed side (a claimed or blamed group, the police of an arrest …).
    let victim_person = actor2.filter(|p| p.label == Label::Per);
    // A named participant makes the event concrete even where it is no side.
    let named_any = actor1.is_some() || actor2.is_some();
    // The words after a name tell what it names: "the Al bu Nimr tribe" (a kin group,
    // civilians), "DJI Matrice 600s" (a maker before its product's model).
    let next = |p: &Participant, k: usize| s.tokens.get(p.end_tok + k).map_or("", |t| t.text(s.ctx.text));
    let no_side = |p: &&Participant| {
        sides::not_a_party(p.label, p.kind, &p.actor.name)
            || (p.kind == ActorKind::Organization && sides::names_no_side(next(p, 0), next(p, 1)))
    };
    // A politician at a rally is no protester's side: the protesters are.
    let titles = !matches!(family, Family::Protest | Family::Riot);
    let titled = |p: &Participant| {
        if !titles {
            return None;
        }
        let words: Vec<&str> = (p.tok.saturating_sub(2)..p.tok).map(|k| s.word(k)).collect();
        sides::title_side(&words).map(|(n, k)| (n, k, p.country.clone()))
    };
    let (mut named1_party, mut named2_party) = (None, None);
    if let Some(p) = actor1.filter(no_side) {
        named1_party = Some(p.actor.clone());
        actor1 = None;
        if unnamed[0].is_none() {
            unnamed[0] = titled(p);
        }
    }
    // A militant leader killed or captured is an armed side, never a civilian ("Its
    // leader, Hafiz Saeed Khan, was killed in a drone strike"): unless a title names
    // his force, he stays named on that side, the nearest name we have for the group
    // ACLED would name ("Abdullah Orokzai … was captured").
    let armed_victim = victim_armed(s, a, b, actor2);
    if let Some(p) = actor2.filter(no_side) {
        let title = titled(p);
        if !armed_victim || title.is_some() {
            named2_party = Some(p.actor.clone());
            actor2 = None;
            let harmed = (family.is_violent() && family != Family::Clash) || family == Family::Arrest;
            if unnamed[1].is_none() {
                unnamed[1] = title.or(harmed.then_some(("Civilians", ActorKind::Civilians, None)));
            }
        }
    }
    let civilian_words = (b..(b + 5).min(s.lower.len()))
        .chain(a.saturating_sub(4)..a)
        .any(|i| rules::CIVILIAN_NOUNS.contains(&s.word(i)));
    let victims_civilian = family.is_violent() && actor2.is_none() && civilian_words;
    let base = |actor1: Option<&Participant>, actor2: Option<&Participant>| Draft {
        family,
        modality,
        trigger: s.span(a, b),
        actor1: actor1.map(|p| p.actor.clone()),
        actor2: actor2.map(|p| p.actor.clone()),
        assoc_actor1: assoc1.clone(),
        actor1_state: actor1.is_some_and(|p| is_state(p.kind)),
        actor1_country: actor1.and_then(|p| p.country.clone()),
        victim_armed: armed_victim || victim_armed(s, a, b, actor2),
        protesters_near: false,
        mass: false,
        fresh: false,
        target: None,
        weapons: Vec::new(),
        location: None,
        date: None,
        fatalities: None,
        toll_claimed: false,
        toll_also: false,
        attribution: None,
        extra_evidence: Vec::new(),
        anaphoric: definite(s, a),
        // A title retells the lead's violence; a demonstration's title is matched by
        // place and day like any other mention of it.
        headline: s.caps || (s.title() && family.is_violent()),
        intervention: false,
        mob: false,
        victims_civilian,
        place_near: false,
        recalled: false,
        referenced: false,
        date_near: false,
        separate: false,
        date_hint: None,
        named: [named1_party.clone(), named2_party.clone()],
        part: semicolon_part(s, a),
        ordinal: ordinal_before(s, a),
    };
    // "A and B were killed … in July 2016 and February 2015, respectively."
    if s.lower.iter().any(|w| w == "respectively") {
        let people: Vec<&Participant> = before.iter().copied().filter(|p| p.label == Label::Per).collect();
        let dates = sentence_dates(s);
        let dates: Vec<&Time> = dates.into_iter().filter(|t| t.evidence[0].start > s.tokens[a].start).collect();
        if people.len() >= 2 && people.len() == dates.len() {
            return people
                .iter()
                .zip(dates)
                .map(|(p, t)| {
                    let mut d = base(actor1, Some(p));
                    d.date = Some((day_of(t), false));
                    if family == Family::Kill {
                        d.fatalities =
                            Some(Fatalities { low: 1, best: 1, high: 1, evidence: p.actor.evidence.clone() });
                    }
                    d
                })
                .collect();
        }
    }
    let mut d = base(actor1, actor2);
    if d.actor1.is_none() {
        d.actor1 = pronoun_group;
    }
    let [named1, named2] = unnamed;
    // Sides named by their role ("Civilians", "Police Forces of …") take the country
    // of the place the event is told at, not of whatever place the sentence names first.
    let told_at = std::cell::OnceCell::new();
    let told = || {
        told_at.get_or_init(|| {
            let (told, usable) = told_location(s, a, family);
            told.or(usable)
        })
    };
    // A force the sentence gives no nation ("soldiers exchanged fire") is of the one
    // nation the document's forces of its kind are told of ("Israeli forces"), not of
    // the place (Palestine); the place decides only where no such force is told.
    let nation_of = |(name, kind, cc): &(&str, ActorKind, Option<String>)| {
        cc.clone().or_else(|| told_force_country(s, name, *kind))
    };
    if let (None, Some((name, kind, cc))) = (&d.actor1, named1) {
        let actor = match nation_of(&(name, kind, cc.clone())) {
            Some(nation) => generic_named(s.ctx, coded, name, kind, Some(nation), vec![s.span(0, s.tokens.len())]),
            None => generic_actor(s, coded, name, kind, told().as_ref()),
        };
        d.actor1_country = d.actor1_country.take().or(cc);
        d.actor1 = Some(actor);
        d.actor1_state = is_state(kind);
    }
    if let (None, Some((name, kind, cc))) = (&d.actor2, named2) {
        d.actor2 = Some(match nation_of(&(name, kind, cc)) {
            Some(cc) => generic_named(s.ctx, coded, name, kind, Some(cc), vec![s.span(0, s.tokens.len())]),
            None => generic_actor(s, coded, name, kind, told().as_ref()),
        });
        d.victim_armed |= kind == ActorKind::StateForce;
    }
    let near = a.saturating_sub(5)..(b + 5).min(s.lower.len());
    d.protesters_near = near.clone().any(|i| rules::PROTESTER_NOUNS.contains(&s.word(i)))
        || toll_clause_of_protesters(s, a)
        || (family == Family::Clash && police_and_crowd(near.map(|i| s.word(i))));
    // A named victim is one dead, unless the sentence gives the toll ("killed 98 villagers
    // in an overnight attack on Haouch Bouzid", where the place was read as a person).
    if let Some(p) = victim_person.filter(|_| family == Family::Kill && !passive_plural(s, a)) {
        d.fatalities = fatalities(s, a, b)
            .or_else(|| Some(Fatalities { low: 1, best: 1, high: 1, evidence: p.actor.evidence.clone() }));
    }
    if victims_civilian && d.actor2.is_none() {
        d.actor2 = Some(generic_actor(s, coded, "Civilians", ActorKind::Civilians, told().as_ref()));
    }
    // Without any actor, an event needs something concrete in its sentence: a place, a
    // number or a date ("a car bomb exploded in Baghdad" is an event, "attacks are
    // rising" is not).
    if d.actor1.is_none()
        && d.actor2.is_none()
        && !named_any
        && !concrete(s, a, 4)
        && !strike_told(s, a, family, modality)
    {
        return Vec::new();
    }
    vec![d]
}

/// Whether the trigger at `a` tells a strike or an interception as done, with no
/// determiner that retells one ("a vessel was attacked by a missile", "a drone has hit
/// the Abdali area", "Turkey intercepts an Iranian ballistic missile"): an incident
/// however few its named parts, unlike a generic "attacks are rising" (a plural noun,
/// filtered before) or a definite "the attack" that only refers back.
fn strike_told(s: &Sent, a: usize, family: Family, modality: Modality) -> bool {
    let strike = matches!(family, Family::AirStrike | Family::Shelling | Family::Attack | Family::Foil);
    // "resources to attack the virus", "focused on attacking the messenger", "had the
    // drone hit the tanks": an aim, an activity or a condition, nothing done.
    let opening = (0..a).find(|&k| s.word(k).chars().any(char::is_alphanumeric));
    let unreal = s.word(a).ends_with("ing")
        || (a >= 1 && s.word(a - 1) == "to")
        || opening.is_some_and(|k| matches!(s.word(k), "had" | "if"));
    strike && matches!(modality, Modality::Occurred | Modality::Foiled) && !definite(s, a) && !unreal
}

/// The one nation whose forces of `base`'s kind ("Military Forces of {}") the document
/// names up to the end of this sentence ("Israeli forces", "an Israeli soldier"), if no
/// other nation's are named anywhere in it. Only armies: police serve where they are.
pub(crate) fn told_force_country(s: &Sent, base: &str, kind: ActorKind) -> Option<String> {
    if kind != ActorKind::StateForce || !base.starts_with("Military Forces") {
        return None;
    }
    let prefix = base.strip_suffix("{}")?;
    let end = s.tokens.last()?.end;
    let mut found: Option<&String> = None;
    for c in s.ctx.entities.clusters.iter().filter(|c| c.kind == ActorKind::StateForce && c.name.starts_with(prefix)) {
        let Some(cc) = &c.country else { continue };
        match found {
            Some(f) if f != cc => return None,
            _ if c.spans.first().is_some_and(|&(start, _)| start < end) => found = Some(cc),
            _ => {}
        }
    }
    found.cloned()
}

/// Whether a fight told as a noun ("gunfight", "shootout", "exchange of fire") has a
/// state's force in its "with"-phrase as the side the tree reads as acted upon: a
/// named state force (`named`) or a role read as one (`unnamed`, "police").
pub(crate) fn state_with_phrase(
    s: &Sent,
    parse: &Parse,
    read: Option<tree::Roles>,
    named: Option<&Participant>,
    unnamed: Option<&(&'static str, ActorKind, Option<String>)>,
) -> bool {
    let Some(r) = read else { return false };
    let Some(w) = r.patient else { return false };
    let state = named.is_some_and(|p| is_state(p.kind)) || unnamed.is_some_and(|u| is_state(u.1));
    state && !parse.is_verb(r.head) && tree::case_of(parse, s.ctx.text, w).as_deref() == Some("with")
}

/// A role the tree found: a party of the sentence, or a nominal that names none
/// (its head word).
pub(crate) enum Side<'p> {
    Named(&'p Participant),
    Unnamed(usize),
}

/// The party a nominal of the parse names: a participant holding the word, else one
/// in its compounds, names, appositions, "of"-phrases or conjuncts ("Taliban fighters",
/// "members of ISIS", "X and Y"), nearest first; places named in an "of"-phrase ("the
/// town of Damboa") are no party.
pub(crate) fn side<'p>(parse: &Parse, w: usize, parts: &'p [Participant], pronouns: &'p [Participant]) -> Side<'p> {
    side_of(parse, w, parts, pronouns, true)
}

/// [`side`], through `w`'s conjuncts only where `conjuncts` ("Soldiers and FARC
/// dissidents clashed": each conjunct is a side of its own).
pub(crate) fn side_of<'p>(
    parse: &Parse,
    w: usize,
    parts: &'p [Participant],
    pronouns: &'p [Participant],
    conjuncts: bool,
) -> Side<'p> {
    let holds = |p: &Participant, x: usize| {
        let e = &p.actor.evidence[0];
        e.start <= parse.words[x].start && parse.words[x].end <= e.end
    };
    let mut queue = std::collections::VecDeque::from([(w, 0usize, false)]);
    let mut seen = 0;
    while let Some((x, depth, via_of)) = queue.pop_front() {
        seen += 1;
        if seen > 32 {
            break;
        }
        if let Some(p) = parts.iter().chain(pronouns).find(|p| holds(p, x)) {
            if !(via_of && matches!(p.label, Label::Loc | Label::Fac | Label::Gpe)) {
                return Side::Named(p);
            }
        }
        if depth >= 3 {
            continue;
        }
        for &c in parse.children(x) {
            let rel = parse.words[c].deprel;
            let nominal = matches!(tidings_syntax::analysis::base(rel), "compound" | "flat" | "appos" | "amod")
                || (conjuncts || x != w) && tidings_syntax::analysis::base(rel) == "conj";
            let of = tidings_syntax::analysis::base(rel) == "nmod" && rel != "nmod:poss";
            if nominal || of {
                queue.push_back((c, depth + 1, via_of || of));
            }
        }
    }
    Side::Unnamed(w)
}

/// A state's armed force or the arms it fights with, named by a nationality word:
/// "Turkish drone", "US warplanes", "Israeli troops", "Afghan police".
pub(crate) fn state_force(head: &str) -> Option<(&'static str, ActorKind)> {
    let w = head.to_lowercase();
    match w.as_str() {
        "police" | "policemen" | "officers" | "gendarmes" => Some(("Police Forces of {}", ActorKind::StateForce)),
        "soldiers" | "troops" | "army" | "forces" | "military" | "drone" | "drones" | "warplanes" | "warplane"
        | "aircraft" | "jets" | "jet" | "helicopter" | "helicopters" | "artillery" | "navy" | "tanks" | "planes"
        | "airstrike" | "airstrikes" | "strike" | "strikes" | "shelling" => {
            Some(("Military Forces of {}", ActorKind::StateForce))
        }
        _ => None,
    }
}

/// Whether the trigger (the parse's word `head`) is a verb of fighting whose subject
/// may name both sides ("clashed", "fought", "exchanged fire").
pub(crate) fn reciprocal(s: &Sent, parse: &Parse, head: usize) -> bool {
    let w = s.ctx.text[parse.words[head].start..parse.words[head].end].to_lowercase();
    parse.is_verb(head)
        && matches!(w.as_str(), "clashed" | "clash" | "fought" | "battled" | "skirmished" | "exchanged" | "traded")
}

/// A word for a state's soldiers or police, one or many ("soldier", "troops",
/// "policeman", "officers").
pub(crate) fn force_noun(head: &str) -> Option<(&'static str, ActorKind)> {
    state_force(head).or_else(|| unnamed_actor(head, true, false).filter(|(_, k)| *k == ActorKind::StateForce))
}

/// The force whose noun comes right after participant `p` ("… Technology police
/// officer", "Frontier Corps soldier"): up to two words, the last a force's noun.
pub(crate) fn force_after(s: &Sent, p: &Participant) -> Option<(&'static str, ActorKind)> {
    let n = s.lower.len();
    (p.end_tok..(p.end_tok + 2).min(n))
        .take_while(|&i| s.tokens[i].text(s.ctx.text).starts_with(char::is_lowercase))
        .map(|i| s.word(i))
        .filter(|w| !matches!(*w, "forces" | "military" | "army" | "police"))
        .find_map(|w| unnamed_actor(w, true, false).filter(|(_, k)| *k == ActorKind::StateForce))
}

/// The state's force that the verb of harm a nominal trigger (the parse's word `head`)
/// is the subject or the "by"-agent of names as its victims: "a drone attack … killed
/// three US soldiers", "the blast wounded two policemen", "one Israeli soldier was
/// wounded by a roadside bomb". The country is the object's nationality or
/// country word, if any.
pub(crate) fn harmed_force(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind, Option<String>)> {
    let word = |w: usize| s.ctx.text[parse.words[w].start..parse.words[w].end].to_lowercase();
    let rel = tidings_syntax::analysis::base(parse.words[head].deprel);
    let by = rel == "obl" && tree::case_of(parse, s.ctx.text, head).as_deref() == Some("by");
    if parse.is_verb(head) || !(rel == "nsubj" || by) {
        return None;
    }
    let verb = parse.head(head).filter(|&v| parse.is_verb(v))?;
    if !matches!(word(verb).as_str(), "killed" | "wounded" | "injured" | "kills" | "wounds" | "injures" | "left") {
        return None;
    }
    // Active, the verb's object; passive ("one Israeli soldier was wounded by a roadside
    // bomb"), its subject.
    let object = if by {
        parse.dependents(verb, "nsubj").next().filter(|_| parse.is_passive(verb))?
    } else {
        parse.dependents(verb, "obj").next()?
    };
    if let Some(found) = nation_force(s, parse, object) {
        return Some(found);
    }
    let (name, kind) = force_noun(&word(object))?;
    let country = parse
        .children(object)
        .iter()
        .filter(|&&c| c < object && tidings_syntax::analysis::base(parse.words[c].deprel) == "compound")
        .find_map(|&c| country_named(s, parse, c));
    Some((name, kind, country))
}

/// The victims of a trigger (the parse's word `head`) told in a "when"-clause of a
/// passive verb of harm, where they are a state's soldiers or police: "a soldier … was
/// martyred and three others were injured when a bomb went off near their vehicle".
/// The subject of that verb, or of the verb it is conjoined to.
pub(crate) fn when_clause_victims(
    s: &Sent,
    parse: &Parse,
    head: usize,
) -> Option<(&'static str, ActorKind, Option<String>)> {
    let word = |w: usize| s.ctx.text[parse.words[w].start..parse.words[w].end].to_lowercase();
    if tidings_syntax::analysis::base(parse.words[head].deprel) != "advcl"
        || !parse.children(head).iter().any(|&c| c < head && word(c) == "when")
    {
        return None;
    }
    let mut v = parse.head(head)?;
    for _ in 0..2 {
        if !parse.is_passive(v) {
            return None;
        }
        for x in parse.dependents(v, "nsubj") {
            if let Some(found) = nation_force(s, parse, x).or_else(|| {
                unnamed_actor(&word(x), true, false)
                    .filter(|(_, k)| *k == ActorKind::StateForce)
                    .map(|(n, k)| (n, k, None))
            }) {
                return Some(found);
            }
        }
        if tidings_syntax::analysis::base(parse.words[v].deprel) != "conj" {
            return None;
        }
        v = parse.head(v)?;
    }
    None
}

/// A state's force named by a nationality word the entity layer left untagged: the
/// parse's nominal `head` is a force or its arms ([`state_force`]), in lower case, and its
/// modifiers before it are one demonym and words for arms ("a Russian fighter jet",
/// "Syrian government troops").
pub(crate) fn nation_force(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind, Option<String>)> {
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    // A capitalized head is a name's ("Syrian Democratic Forces"), no state's force,
    // unless it opens the sentence ("Troops of Israel raided …").
    if head > 0 && text(head).starts_with(char::is_uppercase) {
        return None;
    }
    let (name, kind) = force_noun(text(head))?;
    let modifiers: Vec<usize> = parse
        .children(head)
        .iter()
        .copied()
        .filter(|&c| c < head && matches!(tidings_syntax::analysis::base(parse.words[c].deprel), "amod" | "compound"))
        .collect();
    // Every other modifier must name the state's arms: "Syrian Kurdish forces" and
    // "Syrian opposition forces" are no state's.
    let arms = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "government"
                | "regime"
                | "army"
                | "military"
                | "fighter"
                | "air"
                | "naval"
                | "war"
                | "artillery"
                | "missile"
                | "drone"
        )
    };
    let mut cc = None;
    // "government forces", "regime troops": the state's, whichever state the event is
    // told in (its country is filled in from the place, as for "soldiers").
    let mut government = false;
    let mut last = None;
    for m in modifiers {
        let w = text(m);
        // A demonym ("Russian") or a country's name ("a US soldier").
        let nation = s.ctx.gazetteer.demonym(w).map(str::to_string).or_else(|| country_named(s, parse, m));
        match nation {
            Some(c) if cc.is_none() => cc = Some(c),
            // "Israeli and U.S. jets", "Israeli and Palestinian forces": states joined
            // by a conjunction: the first named is the side.
            Some(_) if last.is_some_and(|l| joined_by_conjunction(s.ctx.text, parse, l, m)) => {}
            _ if arms(w) => government |= matches!(w.to_lowercase().as_str(), "government" | "regime"),
            _ => return None,
        }
        last = Some(m);
    }
    // "troops of Israel", "the army of Russia": the country its "of"-phrase names.
    if cc.is_none() {
        cc = parse
            .children(head)
            .iter()
            .copied()
            .filter(|&c| c > head && tidings_syntax::analysis::base(parse.words[c].deprel) == "nmod")
            .filter(|&c| parse.dependents(c, "case").any(|k| text(k).eq_ignore_ascii_case("of")))
            .find_map(|c| country_named(s, parse, c));
    }
    match cc {
        Some(c) => Some((name, kind, Some(c))),
        None if government => Some((name, kind, None)),
        None => None,
    }
}

/// Whether only a conjunction ("and", "or", "&"), with or without commas, stands
/// between the parse's words `first` and `second` (in this order).
pub(crate) fn joined_by_conjunction(text: &str, parse: &Parse, first: usize, second: usize) -> bool {
    let between = text[parse.words[first].end..parse.words[second].start].trim().trim_matches(',').trim();
    matches!(between.to_lowercase().as_str(), "and" | "or" | "&")
}

/// The force a lower-case object is of, named by a modifier: "police lines", "a police
/// station", "an army convoy" (the attack was on the force).
pub(crate) fn force_modifier(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind)> {
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    if !text(head).starts_with(char::is_lowercase) || parse.is_verb(head) {
        return None;
    }
    parse.dependents(head, "compound").filter(|&c| c < head).find_map(|c| match text(c).to_lowercase().as_str() {
        "police" => Some(("Police Forces of {}", ActorKind::StateForce)),
        "army" | "military" => Some(("Military Forces of {}", ActorKind::StateForce)),
        _ => None,
    })
}

/// The country whose nationality word modifies an attack told as a noun: "the Japanese
/// attack", "Russian airstrikes", "a Saudi funeral attack" (one compound between). Only
/// for armed attacks from afar or of unnamed means, and only a lower-case head: "Russian
/// Revolution" is a name, "Russian-backed shelling" no attacker's (one word there).
pub(crate) fn nation_of_strike(s: &Sent, parse: &Parse, head: usize, family: Family) -> Option<String> {
    if !matches!(family, Family::Attack | Family::AirStrike | Family::Shelling) || parse.is_verb(head) {
        return None;
    }
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    if !text(head).starts_with(char::is_lowercase) {
        return None;
    }
    let modifier = |w: usize| nation_modifiers(parse, w);
    // "Israeli gunfire and airstrikes": a nationality before the first of coordinated
    // attacks is the others' too.
    let first = parse.head(head).filter(|_| tidings_syntax::analysis::base(parse.words[head].deprel) == "conj");
    let mut found = None;
    for w in modifier(head).chain(modifier(head).flat_map(modifier)).chain(first.into_iter().flat_map(modifier)) {
        if let Some(cc) = s.ctx.gazetteer.demonym(text(w)) {
            if found.is_some_and(|f: &str| f != cc) {
                return None;
            }
            found = Some(cc);
        }
    }
    found.map(str::to_string)
}

/// The country a nationality word before `head` names ("Three Chinese citizens",
/// "11 Pakistani crew members"), where one does.
pub(crate) fn nationality_of(s: &Sent, parse: &Parse, head: usize) -> Option<String> {
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    nation_modifiers(parse, head).find_map(|c| s.ctx.gazetteer.demonym(text(c))).map(str::to_string)
}

/// The adjectives and compounds before `w` in the tree, where a nationality word would be.
pub(crate) fn nation_modifiers<'p>(parse: &'p Parse, w: usize) -> impl Iterator<Item = usize> + 'p {
    parse
        .children(w)
        .iter()
        .copied()
        .filter(move |&c| c < w && matches!(tidings_syntax::analysis::base(parse.words[c].deprel), "amod" | "compound"))
}

/// Attacks told as nouns, which a harm may be told as done by or in. Not `tree::ATTACKS`,
/// whose compounds name the agent: with "operation" there, "killed during a Bahia Military
/// Police operation" put the police on both sides (tried in review, thirteenth session).
pub(crate) const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "shelling",
    "bombardment",
    "bombing",
    "bombings",
    "operation",
    "offensive",
    "assault",
    "gunfire",
];

/// The attacker named by the attack a harm is told as done by ("killed by Israeli
/// attacks", the agent `agent`) or in ("killed in a police raid", an "in"/"during"
/// phrase of `head`): a nationality before it names the state's military, "police" or
/// "army" that force of the country the event is told in.
pub(crate) fn attacker_of_means(
    s: &Sent,
    parse: &Parse,
    head: usize,
    agent: Option<usize>,
) -> Option<(&'static str, ActorKind, Option<String>)> {
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    let means = parse.children(head).iter().copied().filter(|&c| {
        c > head
            && tidings_syntax::analysis::base(parse.words[c].deprel) == "obl"
            && parse.dependents(c, "case").any(|k| matches!(text(k).to_lowercase().as_str(), "in" | "by" | "during"))
    });
    agent.into_iter().chain(means).filter(|&w| ATTACK_NOUNS.contains(&text(w).to_lowercase().as_str())).find_map(|w| {
        nation_of_strike(s, parse, w, Family::Attack)
            .map(|cc| ("Military Forces of {}", ActorKind::StateForce, Some(cc)))
            .or_else(|| force_modifier(s, parse, w).map(|(n, k)| (n, k, None)))
    })
}

/// ACLED's name for a side named only by its role: the head noun of an agent or a
/// patient ("soldiers" → "Military Forces of {}", "villagers" → "Civilians").
pub(crate) fn unnamed_actor(head: &str, violent: bool, agent: bool) -> Option<(&'static str, ActorKind)> {
    let w = head.to_lowercase();
    let w = w.as_str();
    if matches!(
        w,
        "soldier"
            | "soldiers"
            | "troops"
            | "army"
            | "servicemen"
            | "serviceman"
            | "servicemembers"
            | "military"
            | "marines"
            | "paratroopers"
    ) {
        return Some(("Military Forces of {}", ActorKind::StateForce));
    }
    if matches!(w, "police" | "policeman" | "policemen" | "policewoman" | "officers" | "officer" | "gendarmes") {
        return Some(("Police Forces of {}", ActorKind::StateForce));
    }
    if rules::PROTESTER_NOUNS.contains(&w) {
        return Some(("Protesters", ActorKind::Protesters));
    }
    if matches!(w, "rioters" | "mob" | "youths") {
        return Some(("Rioters", ActorKind::Protesters));
    }
    if !agent && violent && (rules::CIVILIAN_NOUNS.contains(&w) || CIVILIAN_HEADS.contains(&w)) {
        return Some(("Civilians", ActorKind::Civilians));
    }
    None
}

/// Words for one attacker (ACLED: "Sole Perpetrator (X)" where no group is named).
pub(crate) const SOLE_HEADS: &[&str] = &[
    "man",
    "woman",
    "gunman",
    "shooter",
    "attacker",
    "assailant",
    "knifeman",
    "teenager",
    "supremacist",
    "extremist",
    "driver",
    "perpetrator",
    "killer",
];

/// Words for unarmed people beyond [`rules::CIVILIAN_NOUNS`].
pub(crate) const CIVILIAN_HEADS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "child",
    "children",
    "people",
    "person",
    "persons",
    "villagers",
    "residents",
    "passengers",
    "journalist",
    "journalists",
    "businessman",
    "farmers",
    "worshippers",
    "students",
    "teachers",
    "workers",
    "family",
    "civilian",
    "civilians",
    "pedestrians",
    "shoppers",
    "bystanders",
    "herders",
    "traders",
    "miners",
    "pilgrims",
];

/// The pronouns of the sentence resolved to clusters, as participants.
pub(crate) fn pronoun_participants(s: &Sent) -> Vec<Participant> {
    let (start, end) = s.bounds();
    s.ctx
        .analysis
        .references_in(start, end)
        .iter()
        .filter(|r| r.kind == analysis::RefKind::Pronoun)
        .map(|r| {
            let c = &s.ctx.entities.clusters[r.cluster];
            let (ta, tb) = (s.at(r.start), s.at(r.end));
            Participant {
                tok: ta,
                end_tok: tb.max(ta + 1),
                actor: cluster_ref(c, Span::of(s.ctx.text, r.start, r.end)),
                kind: c.kind,
                country: c.country.clone(),
                label: c.label,
            }
        })
        .collect()
}
