//! The last pass over a document's events: fills what retellings left open, and
//! refines the sub-type from the settled sides.

use super::*;

/// How many sentences a note may have for its lone framed incident to be its news.
const SHORT_NOTE_SENTENCES: usize = 2;

/// Whether the draft tells no date of its own, only perhaps its report's.
fn undated(d: &Draft) -> bool {
    d.date.as_ref().is_none_or(|(_, report)| *report)
}

/// Whether "after" or "following" stands among the few words before the draft's
/// trigger ("following an Iranian drone attack", "After the riot").
fn follows_frame(ctx: &Context, d: &Draft) -> bool {
    let k = ctx.seg.tokens.partition_point(|t| t.start < d.trigger.start);
    ctx.seg.tokens[k.saturating_sub(4)..k]
        .iter()
        .any(|t| matches!(ctx.text[t.start..t.end].to_lowercase().as_str(), "after" | "following"))
}

pub(crate) fn finish(ctx: &Context, drafts: Vec<Draft>, filed_at: Option<Place>, coded: &mut Coded) {
    // The lead: the first news event (dated by its own date or its report's).
    // Without a publication date, the latest date the document names stands for it: a
    // report that speaks of the 2016 election and recalls 2004 tells 2004 as history.
    let reference = ctx
        .anchor
        .map(|a| a.value())
        .and_then(|v| days(&v))
        .or_else(|| opening_day(ctx).and_then(|t| days(&t.value)))
        .or_else(|| {
            let dated = drafts.iter().filter_map(|d| d.date.as_ref().filter(|(_, report)| !report));
            let named = ctx.times.iter().filter(|t| t.timex_type == TimexType::Date);
            dated.map(|(t, _)| t).chain(named).filter_map(|t| days(&t.value)).max()
        });
    let is_background = |d: &Draft| -> bool {
        let Some((t, false)) = &d.date else { return false };
        match (reference, days(&t.value)) {
            // With a publication date, news is the report's day or the two before it
            // ("on Sunday" in Tuesday's report); earlier incidents are recalled. Without
            // one, the latest date the document names is only an estimate of the
            // report's day: a wider margin.
            (Some(r), Some(v)) => {
                let margin = if ctx.anchor.is_some() { 6 } else { 90 };
                r - v > margin
            }
            _ => false,
        }
    };
    // News of the day is the lead's day: an incident told with its own earlier day
    // ("On Sunday, a suicide bombing …" after Monday's attack) is recalled background.
    let lead_day = drafts
        .iter()
        .find(|d| !is_background(d) && d.date.as_ref().is_some_and(|(_, report)| !report))
        .and_then(|d| d.date.as_ref())
        .filter(|(t, _)| t.value.len() == 10 && t.value.bytes().take(4).all(|b| b.is_ascii_digit()))
        .and_then(|(t, _)| days(&t.value));
    // A report without a publication date that tells no incident in its first
    // sentences is commentary: what it recalls is history unless dated as recent.
    let lead_sentences = 3;
    let commentary = ctx.anchor.is_none()
        && newsday::commentary(
            drafts.iter().map(|d| {
                let k = ctx.seg.sentence_at(d.trigger.start).unwrap_or(usize::MAX);
                (k, !d.recalled && matches!(d.modality, Modality::Occurred | Modality::Claimed))
            }),
            lead_sentences,
        );
    // Whether the draft's own time sets it in the past: a date before the report's or
    // the lead's, history told in commentary, a coarse date, or a clause that recalls it.
    let told_as_history = |d: &Draft| -> bool {
        let earlier = match (&d.date, lead_day) {
            (Some((t, false)), Some(lead)) => {
                days(&t.value).is_some_and(|v| v < lead && t.value.len() == 10) && (!d.separate || is_background(d))
            }
            _ => false,
        };
        let recent = d.date.as_ref().is_some_and(|(t, report)| !report && newsday::recent(&t.value));
        let undated_in_commentary = commentary && !recent;
        // Without a publication date, an incident dated to a year, month or season of its
        // own ("Zarqawi was killed in 2006", "a war in December 2013") is history: news of
        // the day is told to the day. (With one, such dates lie before the report's day.)
        // A month of no year likewise ("charged with murder in November"), unless it
        // dates the start of what goes on ("planes began bombarding the city in September").
        let begun = || {
            let k = ctx.seg.tokens.partition_point(|t| t.start < d.trigger.start);
            ctx.seg.tokens[k.saturating_sub(2)..k]
                .iter()
                .any(|t| newsday::BEGINNING.contains(&ctx.text[t.start..t.end].to_lowercase().as_str()))
        };
        let coarse = ctx.anchor.is_none()
            && d.date.as_ref().is_some_and(|(t, report)| {
                !report && (newsday::coarse(&t.value) || (newsday::month_only(&t.value) && !begun()))
            });
        is_background(d) || earlier || d.recalled || undated_in_commentary || coarse
    };
    let background_if = |d: &Draft, frames_count: bool| -> bool {
        // An incident only named as a point of reference or a legal matter ("after the
        // bombing", "accused of the attack") is history, unless dated as news next to
        // its trigger ("blames the group for Thursday's car bombing").
        let dated_news = d.date_near
            && d.date.as_ref().is_some_and(|(t, report)| {
                !report && (newsday::recent(&t.value) || (ctx.anchor.is_some() && days(&t.value).is_some()))
            });
        let referenced = frames_count && d.referenced && !dated_news;
        told_as_history(d) || referenced
    };
    // A short dated note whose only incidents are history, one of them the point its
    // news follows ("Following the riot, 27 inmates are found dead", "a fire is reported
    // … following a drone attack"), tells that incident's outcome as the day's news: the
    // incident is news too, unless something else sets it in the past. Legal and
    // describing frames ("accused of killing", "men arrested in Spain") stay history.
    let followed = |d: &Draft| d.referenced && follows_frame(ctx, d);
    let lone_frame = ctx.anchor.is_some()
        && ctx.seg.sentences.len() <= SHORT_NOTE_SENTENCES
        && drafts.iter().any(followed)
        && drafts.iter().all(|d| background_if(d, true));
    let is_background = |d: &Draft| background_if(d, !(lone_frame && followed(d)));
    // An article (more than a short note) whose first incident told as fact is history
    // by its own time ("the April 15 attack", "an explosive device in September") tells
    // its story: what it tells later without a date of its own ("He was captured after
    // a manhunt", "another bomb did not go off") belongs to that history, not to the
    // day's news. A separate report ("Separately, …") is told on its own.
    let history_led = ctx.seg.sentences.len() > SHORT_NOTE_SENTENCES
        && drafts
            .iter()
            .find(|d| d.family.is_violent() && matches!(d.modality, Modality::Occurred | Modality::Claimed))
            .is_some_and(|d| !undated(d) && told_as_history(d));
    let is_background = |d: &Draft| is_background(d) || (history_led && undated(d) && !d.separate);
    let lead = drafts.iter().find(|d| !is_background(d));
    let lead_date = lead.and_then(|d| d.date.clone()).map(|(t, _)| t);
    // The lead's place, else where the report was filed (its dateline).
    let lead_location = drafts.iter().filter(|d| !is_background(d)).find_map(|d| d.location.clone()).or(filed_at);
    // History told without a place of its own takes the place of an incident told with
    // one in its sentence or the next or previous one ("Tamerlan died after a gunfight
    // with police", after the Boston sentencing): background is mostly of the place the
    // report is about. Farther off it stays unplaced (cross-document merging then places
    // it by the text).
    let history_places = neighbour_places(ctx, &drafts);
    // Whether the document names a state's forces or a coalition (read at the first air
    // strike without an attacker, not for every document).
    let foreign_flyers = std::cell::OnceCell::new();
    let mut events = Vec::new();
    for (n, d) in drafts.iter().enumerate() {
        let background = is_background(d);
        let (event_type, sub_event_type, plover) = d.family.codes();
        let (event_type, sub_event_type) = refine_type(d, event_type, sub_event_type);
        // A threat of violence is a strategic development (CODING_GUIDE); protests and
        // riots are PLOVER's PROTEST, mob violence an assault.
        let (event_type, sub_event_type, plover) = match (d.modality, event_type) {
            (Modality::Threatened, _) => ("Strategic developments", "Other", "THREATEN"),
            (_, "Protests") => (event_type, sub_event_type, "PROTEST"),
            (_, "Riots") if sub_event_type != "Mob violence" => (event_type, sub_event_type, "PROTEST"),
            (_, "Riots") => (event_type, sub_event_type, "ASSAULT"),
            (_, "Strategic developments") if sub_event_type == "Looting/property destruction" => {
                (event_type, sub_event_type, "COERCE")
            }
            _ => (event_type, sub_event_type, plover),
        };
        // A report's date bounds the event from above; the lead's earlier date is closer.
        let mut date = match &d.date {
            Some((t, true)) if d.family.is_violent() => {
                let earlier =
                    lead_date.as_ref().filter(|l| days(&l.value).zip(days(&t.value)).is_some_and(|(l, t)| l < t));
                Some(earlier.map_or_else(|| t.clone(), |l| Time { inferred: true, ..l.clone() }))
            }
            other => other.clone().map(|(t, _)| t),
        };
        if date.is_none() && !background {
            date = lead_date.clone().or_else(|| {
                ctx.anchor.map(|a| Time {
                    value: a.value(),
                    timex_type: TimexType::Date,
                    granularity: Granularity::Day,
                    modifier: None,
                    inferred: true,
                    evidence: Vec::new(),
                })
            });
            if let Some(t) = &mut date {
                t.inferred = true;
            }
        }
        let location = d.location.clone().or_else(|| {
            if background {
                history_places.get(n).cloned().flatten()
            } else {
                lead_location.clone()
            }
        });
        let cc = location.as_ref().and_then(|l| l.country.clone());
        // ACLED's side by event type where the text names none: violence against
        // civilians, arrests and a bomb that hit no named target and no armed men are
        // against civilians; a protest's intervention is the police's.
        let default_side = match (event_type, sub_event_type) {
            ("Protests", "Protest with intervention") => Some(("Police Forces of {}", ActorKind::StateForce)),
            ("Violence against civilians", _) | ("Strategic developments", "Arrests") => {
                Some(("Civilians", ActorKind::Civilians))
            }
            ("Explosions/Remote violence", "Remote explosive/landmine/IED" | "Suicide bomb") if !d.victim_armed => {
                Some(("Civilians", ActorKind::Civilians))
            }
            _ => None,
        };
        let mut actor2 = match (&d.actor2, default_side) {
            (None, Some((base, kind))) => {
                Some(generic_named(ctx, coded, base, kind, cc.clone(), vec![d.trigger.clone()]))
            }
            (a, _) => a.clone(),
        };
        let mut actor1 = d.actor1.clone();
        // A mob's side is its rioters (ACLED: "Rioters (X)"), not an unidentified armed
        // group.
        if sub_event_type == "Mob violence"
            && actor1.as_ref().is_none_or(|a| a.name.starts_with("Unidentified Armed Group"))
        {
            let evidence = actor1.as_ref().map_or_else(|| vec![d.trigger.clone()], |a| a.evidence.clone());
            actor1 = Some(generic_named(ctx, coded, "Rioters", ActorKind::Protesters, cc.clone(), evidence));
        }
        // An air strike nobody is named for was the air force of the country it hit,
        // where the document names no state's forces ([`attribute_unnamed`]) and no
        // coalition that could have flown it: armed groups seldom fly. Shelling stays
        // unattributed: groups have artillery too; so does an explosion a drone carried
        // (armed groups fly those: "an attack with an explosive drone").
        let unnamed_attacker = actor1.as_ref().is_none_or(|a| a.name.starts_with("Unidentified Armed Group"));
        if unnamed_attacker
            && sub_event_type == "Air/drone strike"
            && d.family != Family::Explosive
            && cc.is_some()
            && !*foreign_flyers.get_or_init(|| {
                !coded.doc.strikers.is_empty()
                    || ctx.seg.tokens.iter().any(|t| t.text(ctx.text).eq_ignore_ascii_case("coalition"))
            })
        {
            let evidence = actor1.as_ref().map_or_else(|| vec![d.trigger.clone()], |a| a.evidence.clone());
            actor1 =
                Some(generic_named(ctx, coded, "Military Forces of {}", ActorKind::StateForce, cc.clone(), evidence));
        }
        // Never one actor on both sides: police who intervene in a protest told as theirs
        // ("police … protest") face the protesters.
        if actor1.is_some() && actor1.as_ref().map(|a| &a.id) == actor2.as_ref().map(|a| &a.id) {
            if sub_event_type == "Protest with intervention" {
                actor1 =
                    Some(generic_named(ctx, coded, "Protesters", ActorKind::Protesters, cc, vec![d.trigger.clone()]));
            } else {
                actor2 = None;
            }
        }
        let mut evidence = vec![d.trigger.clone()];
        evidence.extend(d.extra_evidence.iter().cloned());
        let hedged = d.attribution.as_ref().is_some_and(|a| a.hedged);
        let confidence = 0.5
            + if d.actor1.is_some() { 0.15 } else { 0.0 }
            + if d.actor2.is_some() { 0.1 } else { 0.0 }
            + if d.location.is_some() { 0.1 } else { 0.0 }
            + if d.date.is_some() { 0.1 } else { 0.0 }
            - if hedged { 0.1 } else { 0.0 };
        events.push(Event {
            id: format!("{}-{}", &ctx.sha256[..12.min(ctx.sha256.len())], n + 1),
            documents: vec![ctx.document_id.to_string()],
            event_type: event_type.to_string(),
            sub_event_type: sub_event_type.to_string(),
            plover: plover.to_string(),
            modality: d.modality,
            actor1,
            // The person, place or business a side was named by stays with its side:
            // evidence, and what cross-document merging ties reports by.
            assoc_actor1: d.assoc_actor1.iter().chain(&d.named[0]).cloned().collect(),
            actor2,
            assoc_actor2: d.named[1].iter().cloned().collect(),
            target: d.target.clone(),
            weapons: d.weapons.clone(),
            location,
            date,
            fatalities: d.fatalities.clone(),
            attribution: d.attribution.clone(),
            background,
            confidence: (confidence as f32).clamp(0.0, 1.0),
            evidence,
        });
    }
    coded.events = events;
}

/// Whether an incident is a battle only by the word "shooting(s)": one of its mentions
/// is that word, none is another word of the battle rules ("clashes", "gun battle",
/// "exchanged fire") and none names armed men or their post ("checkpoint shootings").
pub(crate) fn one_sided_shooting(d: &Draft) -> bool {
    let told = || std::iter::once(&d.trigger).chain(&d.extra_evidence).map(|t| t.text.to_lowercase());
    let battle_word = |t: &str| {
        let words: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        rules::RULES
            .iter()
            .any(|r| r.family == Family::Clash && r.phrase.len() == words.len() && matches_phrase(&words, 0, r.phrase))
    };
    let armed = |t: &str| t.split_whitespace().any(|w| rules::ARMED_NOUNS.contains(&w));
    told().any(|t| t.starts_with("shooting"))
        && told().all(|t| (t.starts_with("shooting") || !battle_word(&t)) && !armed(&t))
}

/// A "bombing" or "bombed" trigger (not "car bomb", "roadside bomb").
pub(crate) fn state_bombing(trigger: &str) -> bool {
    let t = trigger.to_lowercase();
    t.starts_with("bomb") && !t.contains(' ')
}

/// Battles need two armed sides; violence against an armed group is a battle.
/// An actor name for demonstrators ("Protesters (Thailand)", "Rioters (France)").
pub(crate) fn protester_side(name: &str) -> bool {
    name.starts_with("Protesters") || name.starts_with("Rioters")
}

pub(crate) fn refine_type<'a>(d: &Draft, event_type: &'a str, sub: &'a str) -> (&'a str, &'a str) {
    let property = rules::PROPERTY_WORDS.iter().any(|w| d.trigger.text.to_lowercase().contains(w));
    match d.family {
        Family::Protest if d.intervention => ("Protests", "Protest with intervention"),
        // A mob's violence (a lynching, a crowd beating someone) is no demonstration.
        Family::Riot | Family::Kill | Family::Attack if d.mob && !d.protesters_near => ("Riots", "Mob violence"),
        Family::Riot
            if !d.protesters_near && rules::PROTESTER_NOUNS.iter().all(|w| !d.trigger.text.contains(w)) && {
                let t = d.trigger.text.to_lowercase();
                t.starts_with("rushed") || t.starts_with("sucker") || t.starts_with("lynch")
            } =>
        {
            ("Riots", "Mob violence")
        }
        // Looting and arson by armed men with no demonstration: property destruction.
        Family::Riot
            if property
                && !d.protesters_near
                && !d.mob
                && d.actor1.as_ref().is_some_and(|a| !a.name.starts_with("Rioters")) =>
        {
            ("Strategic developments", "Looting/property destruction")
        }
        // An ambush or a shooting of unarmed people is an attack on civilians.
        Family::Clash
            if !d.victim_armed
                && d.victims_civilian
                && ["ambush", "opened fire", "gunmen"].iter().any(|w| d.trigger.text.to_lowercase().starts_with(w)) =>
        {
            ("Violence against civilians", "Attack")
        }
        Family::Kill if d.protesters_near => ("Protests", "Excessive force against protesters"),
        Family::Clash if d.protesters_near => ("Riots", "Violent demonstration"),
        // A shooting at unarmed people is an attack on civilians, not a battle: the
        // incident's only words of fighting are "shooting(s)" ("the fatal shooting of
        // 17-year-old Laquan McDonald" retold as a murder), none of two armed sides.
        Family::Clash if !d.victim_armed && one_sided_shooting(d) => ("Violence against civilians", "Attack"),
        Family::Kill | Family::Attack if d.victim_armed => ("Battles", "Armed clash"),
        Family::Territory if d.actor1_state => ("Battles", "Government regains territory"),
        // "an attack with an explosive drone", "explosions after drones attacked the
        // refinery": an explosion a drone carried is a drone strike.
        Family::Explosive if d.weapons.iter().any(|w| w.name == "drone") => {
            ("Explosions/Remote violence", "Air/drone strike")
        }
        // A state's "bombing" of a city is dropped from the air; a car bomb is not.
        Family::Explosive if d.actor1_state && state_bombing(&d.trigger.text) => {
            ("Explosions/Remote violence", "Air/drone strike")
        }
        _ => (event_type, sub),
    }
}
