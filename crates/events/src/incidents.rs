//! Within-document incident coreference: which drafts of one document tell the same
//! incident. A retelling ("the attack", "the blast", "Saturday's bombing", a claim of
//! responsibility for it, a follow-up sentence with the same word for it, a headline in
//! capitals) attaches its evidence to the incident already told instead of becoming
//! another event.
//!
//! The step is explicit and in two parts: a pairwise decision ([`same_incident`]: a
//! compatible sub-type family, no conflicting date, place, toll or side, and a link —
//! a definite reference, the same trigger lemma, or matching dates and sides), then a
//! clustering that compares each mention with at most [`WINDOW`] earlier incidents,
//! most recent first, so a document costs linear time. A bare mention ("two blasts",
//! "the drone detonated", "troops fought back": no place, date or toll of its own) joins
//! the one incident of its kind the document told before it, and none when it told
//! several.

use super::{distinct, Draft};
use crate::rules::Family;
use tidings_model::{Fatalities, Modality};

/// How many earlier incidents a mention is compared with.
pub const WINDOW: usize = 24;

/// Clusters the drafts of a document into incidents, in the order they are first told;
/// each incident carries every mention's evidence.
pub(crate) fn cluster(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    // The incident the latest mention told.
    let mut recent: Option<usize> = None;
    for d in drafts {
        // A follow-up speaks of the incident just told, which a retelling of an earlier
        // one makes that one ("The attack took place in Charikar. … 26 were killed").
        let last = recent.filter(|&i| !other_part(&out[i], &d) && follow_up(&out[i], &d));
        // Of the incidents the mention may retell, the most told one (the article's
        // main incident: "the attack" seldom means a side event), then the latest.
        let target = match last {
            Some(i) => Some(i),
            None => {
                let from = out.len().saturating_sub(WINDOW);
                let best = (from..out.len())
                    .filter(|&i| !other_part(&out[i], &d))
                    .filter(|&i| same_incident(&out[i], &d) || weak_retelling(&out[i], &d))
                    .max_by_key(|&i| (told(&out[i]), i));
                // A bare mention joins the one incident it may retell, never one of
                // several (a roundup of the day's bombings).
                let bare = || {
                    let mut may =
                        (from..out.len()).filter(|&i| !other_part(&out[i], &d) && bare_retelling(&out[i], &d));
                    may.next().filter(|_| may.next().is_none())
                };
                let counted = || counted_copy(&out[from..], &d).map(|j| from + j);
                best.or_else(bare).or_else(counted)
            }
        };
        // A summing-up lead split by its places: the copy the mention tells.
        let target = target.map(|i| choose_copy(&out, i, &d, recent));
        match target {
            Some(i) => {
                absorb(&mut out[i], d);
                recent = Some(i);
            }
            None => {
                out.push(d);
                recent = Some(out.len() - 1);
            }
        }
    }
    // A weak mention told before the incident it belongs to ("the service member who
    // was killed in Syria" in the lead, the IED blast that killed him next): it joins
    // the first later incident that it may retell, within the window.
    let mut merged: Vec<Option<Draft>> = out.into_iter().map(Some).collect();
    for i in 0..merged.len() {
        let Some(d) = merged[i].as_ref() else { continue };
        if !(weak(d) && d.extra_evidence.is_empty()) {
            continue;
        }
        let j = (i + 1..merged.len().min(i + 1 + WINDOW)).find(|&j| {
            // A mention never retells an incident told after it in another part of its
            // sentence ("Gunmen kill nine; soldier martyred in Turbat blast").
            merged[j].as_ref().is_some_and(|o| {
                o.family.specificity() > d.family.specificity() && !parts_apart(o, d) && weak_retelling(o, d)
            })
        });
        if let Some(j) = j {
            let d = merged[i].take().expect("checked above");
            let o = merged[j].as_mut().expect("checked above");
            // The later, more specific report names the incident; the earlier mention
            // adds its evidence (its trigger first, in text order).
            let trigger = std::mem::replace(&mut o.trigger, d.trigger.clone());
            let mut d = d;
            d.trigger = trigger;
            absorb(o, d);
        }
    }
    merged.into_iter().flatten().collect()
}

/// The copies one summing-up mention was split into by its places ("two suicide
/// bombings … in Charikar and Kabul"): the incidents first told by the trigger of
/// `out[i]`, in the order of their places.
fn copies(out: &[Draft], i: usize) -> Vec<usize> {
    let t = &out[i].trigger;
    (0..out.len()).filter(|&j| out[j].trigger.start == t.start && out[j].trigger.end == t.end).collect()
}

/// Which copy of a summing-up lead the mention `d` retells, where it may retell
/// `out[i]`: the one its ordinal counts ("The first attack occurred at a rally"), the
/// one of its place ("The second bombing occurred in Kabul"), the one the mention before
/// it told ("… killed 22. The attack …"), else the first one no later mention told yet
/// (a report tells the incidents of its lead in their order). Without copies, `i`.
fn choose_copy(out: &[Draft], i: usize, d: &Draft, recent: Option<usize>) -> usize {
    let group = copies(out, i);
    if group.len() < 2 {
        return i;
    }
    if let Some(&j) = d.ordinal.and_then(|n| group.get(n.wrapping_sub(1))) {
        return j;
    }
    if d.location.is_some() {
        let placed: Vec<usize> = group.iter().copied().filter(|&j| place_ok(&out[j], d)).collect();
        if placed.len() == 1 {
            return placed[0];
        }
    }
    if let Some(r) = recent.filter(|r| group.contains(r)) {
        return r;
    }
    group.into_iter().min_by_key(|&j| (told(&out[j]), j)).unwrap_or(i)
}

/// The copy of a summing-up lead that an ordinal mention told as another incident
/// counts ("two suicide bombings … A few hours later, a second suicide bombing took
/// place"): the `n`th copy of the latest lead split into at least `n`, of the same
/// means, both told as fact.
fn counted_copy(out: &[Draft], d: &Draft) -> Option<usize> {
    let n = d.ordinal?;
    if !d.family.is_violent() || !told_as_fact(d.modality) {
        return None;
    }
    (0..out.len()).rev().find_map(|i| {
        let group = copies(out, i);
        let j = *group.get(n.checked_sub(1)?)?;
        let o = &out[j];
        (group.len() >= 2
            && o.family.is_violent()
            && told_as_fact(o.modality)
            && !distinct(o.family, d.family)
            && same_means(o, d)
            && place_ok(o, d))
        .then_some(j)
    })
}

/// Told in two parts of one sentence split by ";" ("Gunmen kill nine in Musakhel; FC
/// soldier martyred in Turbat blast"): two incidents, unless the later part only retells
/// the earlier one ("…; at least 12 people were killed in the attack", "…; 3 dissidents
/// were killed": a definite retelling, or a verb of harm with no place of its own).
fn other_part(o: &Draft, d: &Draft) -> bool {
    let retold = d.anaphoric || (d.family.specificity() <= 1 && d.location.is_none());
    !retold && parts_apart(o, d)
}

/// Told in two parts of one sentence split by ";".
fn parts_apart(o: &Draft, d: &Draft) -> bool {
    matches!((o.part, d.part), (Some((so, po)), Some((sd, pd))) if so == sd && po != pd)
}

/// A mention that names no incident of its own: a verb of harm or an unspecified attack
/// ("were killed", "the attacks"), told as fact, not told as another incident.
fn weak(d: &Draft) -> bool {
    d.family.is_violent()
        && (d.family.specificity() <= 1 || d.anaphoric)
        && !d.fresh
        && !d.headline
        && told_as_fact(d.modality)
}

/// Whether the weak mention `d` may retell the incident `o` even with another toll or
/// another name for a side ("They killed 23 soldiers", "Twenty insurgents were killed"
/// after "Taliban fighters stormed a base"): no own date or place of its own that
/// conflicts, and the means agree.
fn weak_retelling(o: &Draft, d: &Draft) -> bool {
    weak(d)
        && o.family.is_violent()
        && told_as_fact(o.modality)
        && !distinct(o.family, d.family)
        && same_means(o, d)
        && date_ok(o, d)
        // A mention dated of its own joins only an incident dated alike.
        && (!matches!(d.date, Some((_, false))) || own_dates(o, d).is_some())
        // History and the day's news are not retold by one another; a mention that
        // tells no time of its own says nothing of which it is ("Rich was shot and
        // killed one Sunday last month … He was killed while walking home").
        && (o.recalled == d.recalled || (dated_history(o) && undated(d)))
        && (place_ok(o, d) || !d.place_near)
        && !named_apart(o.side(1), d.side(1))
}

/// A mention with nothing of its own to tell it apart: violence told as fact, with no
/// place, no date (a report's aside) and no marker of another incident ("two blasts",
/// "the drone detonated" in a report about one attack).
fn bare(d: &Draft) -> bool {
    d.family.is_violent()
        && told_as_fact(d.modality)
        && !d.fresh
        && !d.headline
        && d.location.is_none()
        && d.date.as_ref().is_none_or(|(_, report)| *report)
        && d.date_hint.is_none()
}

/// Whether the bare mention `d` may retell the incident `o`: the same explosive means
/// or the same kind of violence (a battle, a killing), no other toll, both news or both history, the same side acted upon if both name one.
/// The sides that act are not compared: a bare mention's attacker is often only the
/// nearest name ("the reaction of Maduro … to two blasts").
fn bare_retelling(o: &Draft, d: &Draft) -> bool {
    bare(d)
        && (d.family.specificity() >= 3 && o.family.specificity() >= 3 || d.family == o.family)
        && told_as_fact(o.modality)
        && tolls_ok(o, d)
        && same_means(o, d)
        && o.recalled == d.recalled
        && !named_apart(o.side(1), d.side(1))
}

/// Both name the side acted upon, by different names, neither of them generic
/// ("Hafiz Saeed Khan" is not "Islamic State-Khorasan"; "Civilians" may be anyone).
fn named_apart(a: Option<&tidings_model::ActorRef>, b: Option<&tidings_model::ActorRef>) -> bool {
    let generic = |x: &tidings_model::ActorRef| {
        x.name.starts_with("Civilians") || x.name.starts_with("Unidentified") || x.name.contains(" Forces")
    };
    match (a, b) {
        (Some(a), Some(b)) => a.id != b.id && !generic(a) && !generic(b),
        _ => false,
    }
}

/// How many mentions tell an incident.
fn told(x: &Draft) -> usize {
    1 + x.extra_evidence.len()
}

fn plot(x: &Draft) -> bool {
    x.family == Family::Foil || (x.modality == Modality::Planned && x.family.is_violent())
}

/// Neither tells a date of its own that the other's does not hold.
fn date_ok(x: &Draft, y: &Draft) -> bool {
    let hinted = |x: &Draft, y: &Draft| match (&x.date, &x.date_hint, &y.date) {
        (None, Some(h), Some((b, false))) => nested(h, &b.value),
        _ => true,
    };
    own_dates(x, y).is_none_or(|(a, b)| nested(a, b)) && hinted(x, y) && hinted(y, x)
}

/// Both tell their own date, precise to the day, and the dates agree.
fn same_day(x: &Draft, y: &Draft) -> bool {
    own_dates(x, y).is_some_and(|(a, b)| a == b && a.len() >= 10)
}

/// Both tell their own date, one more precisely than the other: "last year's deadly
/// blast" retold as "the April 15, 2013, bombing" (many events of one day are not one
/// by their date alone).
fn dated_alike(x: &Draft, y: &Draft) -> bool {
    own_dates(x, y).is_some_and(|(a, b)| a != b && nested(a, b))
}

fn same_side(x: &Draft, y: &Draft) -> bool {
    let (a, b) = (x.side_id(0), y.side_id(0));
    a.is_none() || b.is_none() || a == b || (x.actor1_state && y.actor1_state && x.actor1_country == y.actor1_country)
}

/// Two towns are one place only within 50 km ("England" is the admin1 of both Guildford
/// and Birmingham); a town lies in its province, a province in its country.
fn place_ok(x: &Draft, y: &Draft) -> bool {
    match (&x.location, &y.location) {
        (Some(a), Some(b)) if a.precision <= 2 && b.precision <= 2 => {
            a.name == b.name
                || tidings_model::haversine_km(a.lat, a.lon, b.lat, b.lon) <= 50.0
                || within(a, b)
                || within(b, a)
        }
        (Some(a), Some(b)) => {
            a.country == b.country && (a.precision == 4 || b.precision == 4 || a.name == b.name || a.admin1 == b.admin1)
        }
        _ => true,
    }
}

/// Whether the town `a` lies in the district `b` ("Turbat" in "Kech District"): a
/// district's point may lie more than 50 km from its towns.
fn within(a: &tidings_model::Place, b: &tidings_model::Place) -> bool {
    b.feature_class.as_deref() == Some("A")
        && a.feature_class.as_deref() != Some("A")
        && a.country == b.country
        && (a.admin2.as_ref().is_some_and(|n| *n == b.name)
            || a.admin2_code.is_some() && a.admin2_code == b.admin2_code)
}

/// Without a definite article, a second report is the same incident only if it names no
/// other place and no other toll.
fn same_place(x: &Draft, y: &Draft) -> bool {
    match (&x.location, &y.location) {
        (Some(a), Some(b)) => a.name == b.name,
        _ => true,
    }
}

fn tolls_ok(x: &Draft, y: &Draft) -> bool {
    match (&x.fatalities, &y.fatalities) {
        (Some(a), Some(b)) => a.best == b.best || y.toll_also,
        _ => true,
    }
}

/// The lemma of a trigger's head word: "bombing", "bombed", "bombings" → "bomb";
/// "blasts" → "blast"; "car bomb" → "bomb".
pub(crate) fn lemma(trigger: &str) -> String {
    let t = trigger.to_lowercase();
    let head = t.split_whitespace().last().unwrap_or("");
    let head = head.trim_end_matches('s');
    for suffix in ["ing", "ed"] {
        if let Some(stem) = head.strip_suffix(suffix) {
            if stem.len() >= 3 {
                return stem.to_string();
            }
        }
    }
    head.to_string()
}

/// Whether a word names one incident by itself when repeated: an incident noun or verb
/// ("bombing", "blast", "explosion", "attack", "ambush", "protest"), not a verb of harm
/// that many incidents share ("killed", "clashed").
fn incident_word(lemma: &str) -> bool {
    matches!(
        lemma,
        "bomb"
            | "blast"
            | "explosion"
            | "attack"
            | "ambush"
            | "massacre"
            | "shoot"
            | "stabb"
            | "raid"
            | "airstrike"
            | "strike"
            | "protest"
            | "demonstration"
            | "riot"
            | "kidnapp"
            | "abduct"
            | "suicide"
    )
}

/// The modalities a retelling may join across: what happened, and a claim of it ("IS
/// claimed the attack").
fn told_as_fact(m: Modality) -> bool {
    matches!(m, Modality::Occurred | Modality::Claimed)
}

/// A follow-up sentence about the incident just told: a violent mention with no place,
/// no date and no side of its own ("Many more were killed.", "Two gunmen then opened
/// fire."), which can only speak of the last incident.
pub(crate) fn follow_up(o: &Draft, d: &Draft) -> bool {
    let generic = |a: &Option<tidings_model::ActorRef>| {
        a.as_ref().is_none_or(|a| a.name.starts_with("Unidentified") || a.name.starts_with("Civilians"))
    };
    o.family.is_violent()
        && d.family.is_violent()
        && told_as_fact(o.modality)
        && d.modality == Modality::Occurred
        && !d.fresh
        && !d.headline
        && d.location.is_none()
        && d.date.as_ref().is_none_or(|(_, report)| *report)
        && generic(&d.actor1)
        && generic(&d.actor2)
        && !distinct(o.family, d.family)
        && same_means(o, d)
}

/// The pairwise same-incident decision between an incident told earlier (`o`) and a new
/// mention (`d`).
pub(crate) fn same_incident(o: &Draft, d: &Draft) -> bool {
    if d.fresh || distinct(o.family, d.family) || !same_means(o, d) {
        return false;
    }
    if plot(o) && plot(d) {
        return date_ok(o, d);
    }
    let violent = o.family.is_violent() && d.family.is_violent();
    let gathering = |f: Family| matches!(f, Family::Protest | Family::Riot);
    let protest = gathering(o.family) && gathering(d.family);
    // ACLED's unit is one interaction in one place on one day: a demonstration told as
    // "a protest", "the protesters", "clashes with demonstrators", or a round of arrests
    // told as "arrested" and "detained", is one event unless a place, a day or (for
    // arrests) a named detainee keeps the mentions apart.
    let custody = o.family == Family::Arrest && d.family == Family::Arrest;
    // Protesters shot or killed at their demonstration: the demonstration and the force
    // used on it are one event (ACLED: Excessive force against protesters).
    let force =
        (o.family == Family::Protest && excessive_force(d)) || (excessive_force(o) && d.family == Family::Protest);
    let protest = protest || force;
    // "Police fired tear gas at the marchers. … Nine people were arrested": arrests at a
    // riot, or at a demonstration the police stepped in at or that the arrest names,
    // told after it, of people the text does not name, are the police's intervention in
    // it (ACLED: one event), not a round of arrests of its own. A peaceful rally
    // explains no arrests told next to it ("rallies since the coup … detained tens of
    // thousands").
    let confronted = o.family == Family::Riot || o.intervention || d.protesters_near;
    let intervened = gathering(o.family) && d.family == Family::Arrest && d.named[1].is_none() && !d.mass && confronted;
    if protest || custody || intervened {
        let apart = named_apart(o.side(1), d.side(1)) && custody;
        return o.modality == Modality::Occurred
            && d.modality == Modality::Occurred
            && !o.headline
            && date_ok(o, d)
            && place_ok(o, d)
            && (protest || intervened || same_side(o, d))
            && !apart;
    }
    if !(violent || protest) || !date_ok(o, d) {
        return false;
    }
    // "the attack", "the blast", "Saturday's bombing", a headline in capitals: a definite
    // retelling of an incident already told (or about to be told, for a headline). Its
    // place conflicts only when told with it ("the explosion in Chelsea"), not when
    // the sentence places someone else ("… said an official in Kabul").
    let definite = d.anaphoric || d.headline || o.headline;
    if definite && told_as_fact(o.modality) && told_as_fact(d.modality) {
        return place_ok(o, d) || !d.place_near;
    }
    if !place_ok(o, d) {
        return false;
    }
    if o.modality != Modality::Occurred || d.modality != Modality::Occurred {
        return false;
    }
    // The same word for the incident again ("A bomb exploded … The bombing …"), with no
    // other place, toll or side.
    // Told on the same day with its own date each ("on Monday … Monday's attack"),
    // places nested and sides not in conflict: one incident whose toll the later
    // report updates (a roundup of one day's attacks names a place for each).
    if violent && same_day(o, d) && same_side(o, d) {
        return true;
    }
    let (lo, ld) = (lemma(&o.trigger.text), lemma(&d.trigger.text));
    let same_word = lo == ld && incident_word(&lo);
    // More dead told of it ("…, adding that two rebels were also killed") links too.
    same_place(o, d)
        && tolls_ok(o, d)
        && (same_word && same_side(o, d)
            || dated_alike(o, d)
            || (violent && same_side(o, d) && (o.actor2.is_some() == d.actor2.is_some() || d.toll_also)))
}

/// A killing or shooting of demonstrators ("opened fire on the protesters").
fn excessive_force(x: &Draft) -> bool {
    x.family == Family::Kill && x.protesters_near
}

/// Whether two reports may tell one incident by their means: two specific means must
/// agree (a suicide bombing is a bombing), and a stabbing or a shooting is no bombing.
pub(crate) fn same_means(x: &Draft, y: &Draft) -> bool {
    let bombing = |f: Family| matches!(f, Family::Explosive | Family::Suicide);
    let (a, b) = (x.family, y.family);
    if a.specificity() >= 3 && b.specificity() >= 3 {
        return a == b || (bombing(a) && bombing(b));
    }
    let by_hand = |d: &Draft| {
        d.family.specificity() < 3 && d.weapons.iter().any(|w| matches!(w.name.as_str(), "bladed weapon" | "firearms"))
    };
    !((by_hand(x) && b.specificity() >= 3) || (by_hand(y) && a.specificity() >= 3))
}

fn absorb(o: &mut Draft, d: Draft) {
    // A headline stands for the incident until the body tells it; after that it links
    // nothing more, and the body's sides replace the headline's shorthand ("Guerrilla
    // attack kills 4 soldiers" is told as "ELN rebels attacked their patrol").
    // A side the headline names more fully ("Civilians (Syria)" for "Civilians") stays.
    let fuller = |a: &Option<tidings_model::ActorRef>, b: &Option<tidings_model::ActorRef>| matches!((a, b), (Some(a), Some(b)) if a.name.starts_with(b.name.as_str()));
    let body_tells_headline = o.headline && !d.headline;
    if body_tells_headline {
        if d.actor1.is_some() && !fuller(&o.actor1, &d.actor1) {
            o.actor1 = d.actor1.clone();
            o.actor1_state = d.actor1_state;
            o.actor1_country = d.actor1_country.clone();
        }
        if d.actor2.is_some() && !fuller(&o.actor2, &d.actor2) {
            o.actor2 = d.actor2.clone();
            o.victim_armed = d.victim_armed;
        }
    }
    o.headline &= d.headline;
    // History only when every mention tells it as history: a news incident retold later
    // ("the bombing had killed 20") stays news. A definite retelling that tells no date
    // of its own ("… after the Japanese attack on December 7, 1941. The attack destroyed
    // half the fleet") says nothing of time: it keeps the dated history it retells.
    o.recalled = (o.recalled && d.recalled)
        || (dated_history(o) && (timeless(&d) || (weak(&d) && undated(&d))))
        || (dated_history(&d) && timeless(o));
    // Likewise an incident only named as a point of reference: once told as news, news.
    o.referenced &= d.referenced;
    o.date_near |= d.date_near;
    // A demonstration fired on: the force's event, with its sides (the force against the
    // protesters).
    if o.family == Family::Protest && excessive_force(&d) {
        o.family = Family::Kill;
        o.protesters_near = true;
        o.actor1 = d.actor1.clone();
        o.actor1_state = d.actor1_state;
        o.actor1_country = d.actor1_country.clone();
        o.actor2 = d.actor2.clone();
    }
    if d.family == Family::Foil && o.family != Family::Foil {
        o.family = Family::Foil;
        o.modality = Modality::Foiled;
    }
    if o.family != Family::Foil && d.family.specificity() > o.family.specificity() {
        o.family = d.family;
    }
    // A demonstration that turned violent is a riot; police who stepped in at any of
    // its mentions intervened in it.
    if o.family == Family::Protest && d.family == Family::Riot {
        o.family = Family::Riot;
        o.mob = d.mob;
        o.protesters_near |= d.protesters_near;
    }
    o.intervention |=
        d.intervention || (matches!(o.family, Family::Protest | Family::Riot) && d.family == Family::Arrest);
    o.extra_evidence.push(d.trigger);
    o.extra_evidence.extend(d.extra_evidence);
    if o.actor1.is_none() || (!o.actor1_state && d.actor1_state && o.family == Family::Clash) {
        if let (Some(old), true) = (o.actor1.take(), o.actor2.is_none()) {
            o.actor2 = Some(old);
        }
        o.actor1 = d.actor1;
        o.actor1_state = d.actor1_state;
        o.actor1_country = d.actor1_country;
    }
    if o.actor2.is_none() {
        o.actor2 = d.actor2;
        o.victim_armed |= d.victim_armed;
    }
    if o.target.is_none() {
        o.target = d.target;
    }
    for w in d.weapons {
        match o.weapons.iter_mut().find(|x| x.name == w.name) {
            Some(x) => x.evidence.extend(w.evidence),
            None => o.weapons.push(w),
        }
    }
    // A retelling's place counts when told with it ("the explosion in Chelsea"); else
    // it may be the speaker's ("… said an official in Kabul").
    let d_location = d.location.filter(|_| d.place_near || !d.anaphoric);
    o.location = match (o.location.take(), d_location) {
        // The body's place, as precise as the headline's, replaces it: a headline's
        // shorthand ("Marathon bombing") is no place to trust over the body's "Boston".
        (Some(a), Some(b)) if body_tells_headline => Some(if b.precision <= a.precision { b } else { a }),
        (Some(a), Some(b)) => Some(if b.precision < a.precision { b } else { a }),
        (a, b) => a.or(b),
    };
    // Likewise its date: "the attack, unlike the car bombing in Times Square in 2010"
    // does not date the attack.
    let (d_date, d_hint) = match d.date {
        Some((t, false)) if d.anaphoric && !d.date_near => (None, Some(t.value)),
        date => (date, None),
    };
    o.date_hint = o.date_hint.take().or(d_hint).or(d.date_hint);
    o.date = match (o.date.take(), d_date) {
        (Some((_, true)), Some((b, false))) => Some((b, false)),
        // The more precise of two nested dates: "2013" and "2013-04-15" are the day.
        (Some((a, false)), Some((b, false))) if b.value.len() > a.value.len() => Some((b, false)),
        (a, b) => a.or(b),
    };
    o.fatalities = match (o.fatalities.take(), d.fatalities) {
        // Retellings of one incident: later ones usually update the toll upward, but a
        // perpetrator's claim never raises another source's figure (it stays the high).
        // "Four soldiers were killed … two rebels were also killed": more dead of it.
        (Some(a), Some(b)) if d.toll_also && !d.toll_claimed => Some(Fatalities {
            low: a.low + b.low,
            best: a.best + b.best,
            high: a.high + b.high,
            evidence: a.evidence.into_iter().chain(b.evidence).collect(),
        }),
        (Some(a), Some(b)) => {
            let best = match (o.toll_claimed, d.toll_claimed) {
                (false, true) => a.best,
                (true, false) => b.best,
                _ => a.best.max(b.best),
            };
            o.toll_claimed &= d.toll_claimed;
            Some(Fatalities {
                low: a.low.min(b.low),
                best,
                high: a.high.max(b.high),
                evidence: a.evidence.into_iter().chain(b.evidence).collect(),
            })
        }
        (None, b) => {
            o.toll_claimed = d.toll_claimed;
            b
        }
        (a, None) => a,
    };
    if o.attribution.is_none() {
        o.attribution = d.attribution;
    }
}

/// A mention told as history with a date of its own ("the Japanese attack on December
/// 7, 1941"), not only its report's.
fn dated_history(x: &Draft) -> bool {
    x.recalled && x.date.as_ref().is_some_and(|(_, report)| !report)
}

/// A definite retelling ("the attack") that tells no date of its own, only perhaps its
/// report's: it carries no sign of whether its incident is news or history.
fn timeless(x: &Draft) -> bool {
    x.anaphoric && !x.recalled && x.date.as_ref().is_none_or(|(_, report)| *report)
}

/// A mention that tells no date of its own, only perhaps its report's.
fn undated(x: &Draft) -> bool {
    x.date.as_ref().is_none_or(|(_, report)| *report) && x.date_hint.is_none()
}

/// The values of the dates two reports tell of their own (neither only dates a report).
fn own_dates<'d>(x: &'d Draft, y: &'d Draft) -> Option<(&'d str, &'d str)> {
    match (&x.date, &y.date) {
        (Some((a, false)), Some((b, false))) => Some((&a.value, &b.value)),
        _ => None,
    }
}

/// Whether one date value lies within the other: equal, or the longer extends the
/// shorter by a month or a day ("2013" holds "2013-04" and "2013-04-15").
fn nested(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix = long.strip_prefix(short).is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
        && short.bytes().take(4).all(|c| c.is_ascii_digit())
        && short.len() >= 4;
    // "exploded on a Friday afternoon" after "an attack on 13 September 1974": that day
    // was a Friday.
    let weekday = |x: &str| x.strip_prefix("XXXX-WXX-").and_then(|d| d.parse::<u32>().ok());
    let on = |w: &str, day: &str| weekday(w).is_some_and(|w| iso_weekday(day) == Some(w));
    prefix || on(a, b) || on(b, a)
}

/// The ISO weekday (1 = Monday … 7 = Sunday) of a full date "YYYY-MM-DD" (Sakamoto's
/// method on the proleptic Gregorian calendar).
fn iso_weekday(value: &str) -> Option<u32> {
    let mut parts = value.splitn(3, '-');
    let y: u32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
    let m: usize = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    let d: u32 = parts.next().filter(|p| p.len() == 2)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let sunday_zero = (y + y / 4 - y / 100 + y / 400 + T[m - 1] + d) % 7;
    Some(if sunday_zero == 0 { 7 } else { sunday_zero })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_model::Span;

    #[test]
    fn a_weekday_lies_within_a_date_of_that_weekday() {
        assert_eq!(iso_weekday("1974-09-13"), Some(5));
        assert_eq!(iso_weekday("2019-09-17"), Some(2));
        assert_eq!(iso_weekday("2024-03-10"), Some(7));
        assert!(nested("XXXX-WXX-5", "1974-09-13"));
        assert!(nested("1974-09-13", "XXXX-WXX-5"));
        assert!(!nested("XXXX-WXX-4", "1974-09-13"));
        assert!(!nested("XXXX-WXX-WE", "1974-09-13"));
    }

    /// A day's date with no evidence: "2016-07-18".
    fn day(value: &str) -> tidings_model::Time {
        tidings_model::Time {
            value: value.into(),
            timex_type: tidings_model::TimexType::Date,
            granularity: tidings_model::Granularity::Day,
            modifier: None,
            inferred: false,
            evidence: Vec::new(),
        }
    }

    fn draft(text: &str, trigger: &str, family: Family) -> Draft {
        let start = text.find(trigger).unwrap();
        Draft {
            family,
            modality: Modality::Occurred,
            trigger: Span::of(text, start, start + trigger.len()),
            // A named side: no draft is a bare follow-up of the one before.
            actor1: Some(tidings_model::ActorRef { id: "g".into(), name: "Group".into(), evidence: Vec::new() }),
            actor2: None,
            assoc_actor1: Vec::new(),
            actor1_state: false,
            actor1_country: None,
            victim_armed: false,
            protesters_near: false,
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
            anaphoric: false,
            headline: false,
            intervention: false,
            mass: false,
            mob: false,
            victims_civilian: false,
            place_near: false,
            recalled: false,
            referenced: false,
            date_near: false,
            separate: false,
            date_hint: None,
            named: [None, None],
            part: None,
            ordinal: None,
        }
    }

    #[test]
    fn one_demonstration_and_one_round_of_arrests_per_place_and_day() {
        let text = "Police dispersed a protest with tear gas after clashes with protesters and detained \
                    several demonstrators. Police arrested 16,000. Another 6,000 were detained on Monday.";
        let mut protest = draft(text, "protest", Family::Protest);
        protest.intervention = true;
        let clashes = draft(text, "clashes", Family::Riot);
        let demonstrators = draft(text, "demonstrators", Family::Protest);
        assert!(same_incident(&protest, &clashes));
        let arrested = draft(text, "arrested", Family::Arrest);
        let mut detained = draft(text, "detained on", Family::Arrest);
        assert!(same_incident(&arrested, &detained));
        // Mass arrests ("16,000") are no intervention at a demonstration: an event of
        // their own.
        let mut arrested = arrested;
        arrested.mass = true;
        assert!(!same_incident(&protest, &arrested));
        let out = cluster(vec![protest.clone(), clashes.clone(), demonstrators, arrested.clone(), detained.clone()]);
        assert_eq!(out.len(), 2, "one demonstration, one round of arrests");
        assert_eq!(out[0].family, Family::Riot, "a demonstration that turned violent is a riot");
        assert!(out[0].intervention);
        // A few people the text does not name, arrested after a demonstration the police
        // stepped in at, are their intervention in it; after a peaceful rally, a round of
        // arrests of its own.
        let few = draft(text, "detained several", Family::Arrest);
        assert!(same_incident(&protest, &few));
        assert!(same_incident(&clashes, &few));
        let mut rally = protest.clone();
        rally.intervention = false;
        assert!(!same_incident(&rally, &few));
        // Named detainees, other days and other towns keep arrests and protests apart.
        let named =
            |name: &str| Some(tidings_model::ActorRef { id: name.into(), name: name.into(), evidence: Vec::new() });
        let (mut a, mut b) = (arrested.clone(), detained.clone());
        a.actor2 = named("Bilal Mohammed");
        b.actor2 = named("Adem Karadag");
        assert!(!same_incident(&a, &b));
        let mut a = arrested;
        a.date = Some((day("2016-07-18"), false));
        detained.date = Some((day("2016-07-19"), false));
        assert!(!same_incident(&a, &detained));
        let mut there = draft(text, "demonstrators", Family::Protest);
        let mut here = protest;
        let place = |name: &str, lat: f64| tidings_model::Place {
            name: name.into(),
            country: Some("FR".into()),
            lat,
            lon: 2.0,
            precision: 1,
            ..Default::default()
        };
        here.location = Some(place("Calais", 50.9));
        there.location = Some(place("Marseille", 43.3));
        assert!(!same_incident(&here, &there));
    }

    #[test]
    fn the_parts_of_a_sentence_split_by_a_semicolon_tell_two_incidents() {
        let text = "Gunmen kill nine in Musakhel; FC soldier martyred in Turbat blast; two were killed";
        let kill = draft(text, "kill", Family::Kill);
        let blast = draft(text, "blast", Family::Explosive);
        // Same side, no place or toll of their own: one incident by the general rule.
        assert_eq!(cluster(vec![kill.clone(), blast.clone()]).len(), 1);
        let (mut a, mut b) = (kill, blast);
        a.part = Some((0, 0));
        b.part = Some((0, text.find("FC").unwrap()));
        assert_eq!(cluster(vec![a.clone(), b.clone()]).len(), 2, "one incident per part");
        // A verb of harm with no place of its own retells the incident before it.
        let mut killed = draft(text, "killed", Family::Kill);
        killed.part = Some((0, text.find("two").unwrap()));
        assert_eq!(cluster(vec![b.clone(), killed]).len(), 1);
        // Mentions in one part, or in two sentences, still join.
        let mut c = b.clone();
        c.part = a.part;
        assert_eq!(cluster(vec![a.clone(), c]).len(), 1);
        b.part = Some((100, 120));
        assert_eq!(cluster(vec![a, b]).len(), 1);
    }

    #[test]
    fn lemmas_of_incident_words() {
        assert_eq!(lemma("bombing"), "bomb");
        assert_eq!(lemma("bombings"), "bomb");
        assert_eq!(lemma("car bomb"), "bomb");
        assert_eq!(lemma("blasts"), "blast");
        assert_eq!(lemma("attacked"), "attack");
    }

    #[test]
    fn a_definite_retelling_and_a_claim_join_the_incident() {
        let text = "A car bomb exploded. IS claimed the attack.";
        let first = draft(text, "car bomb", Family::Explosive);
        let mut claim = draft(text, "attack", Family::Attack);
        claim.modality = Modality::Claimed;
        assert!(!same_incident(&first, &claim), "an indefinite claim is not yet a retelling");
        claim.anaphoric = true;
        assert!(same_incident(&first, &claim));
        let out = cluster(vec![first, claim]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].extra_evidence[0].text, "attack");
        // Another incident by its word ("a separate attack") stays apart.
        let mut other = draft(text, "attack", Family::Attack);
        other.fresh = true;
        other.anaphoric = true;
        assert!(!same_incident(&draft(text, "car bomb", Family::Explosive), &other));
    }

    #[test]
    fn a_definite_retelling_dates_the_incident_only_when_told_with_it() {
        let text = "Two bombs exploded in Boston. IS denied the attack, unlike the bombing in 2010.";
        let first = draft(text, "bombs exploded", Family::Explosive);
        let at = text.find("2010").unwrap();
        let year = tidings_model::Time {
            value: "2010".into(),
            timex_type: tidings_model::TimexType::Date,
            granularity: tidings_model::Granularity::Year,
            modifier: None,
            inferred: false,
            evidence: vec![Span::of(text, at, at + 4)],
        };
        let mut retold = draft(text, "attack", Family::Attack);
        retold.anaphoric = true;
        retold.date = Some((year.clone(), false));
        let out = cluster(vec![first.clone(), retold.clone()]);
        assert_eq!(out.len(), 1);
        assert!(out[0].date.is_none(), "{:?}", out[0].date);
        // That date still keeps an incident told with another date of its own apart.
        let mut later = retold.clone();
        later.date = Some((tidings_model::Time { value: "2013".into(), ..year.clone() }, false));
        later.date_near = true;
        assert!(!same_incident(&out[0], &later));
        later.date = None;
        assert!(same_incident(&out[0], &later));
        // "Monday's attack": a date told with the retelling dates the incident.
        retold.date_near = true;
        let out = cluster(vec![first, retold]);
        assert_eq!(out[0].date.as_ref().map(|(t, _)| t.value.as_str()), Some("2010"));
    }

    #[test]
    fn a_headline_links_only_until_the_body_tells_its_incident() {
        let text = "BOMB KILLS 5\nA bomb exploded in X. A bomb exploded in Y.";
        let mut head = draft(text, "BOMB", Family::Explosive);
        head.headline = true;
        let body = draft(text, "bomb exploded in X", Family::Explosive);
        let mut other = draft(text, "bomb exploded in Y", Family::Explosive);
        other.fatalities = Some(Fatalities { low: 3, best: 3, high: 3, evidence: Vec::new() });
        let mut body = body;
        body.fatalities = Some(Fatalities { low: 5, best: 5, high: 5, evidence: Vec::new() });
        assert_eq!(cluster(vec![head.clone(), body.clone(), other]).len(), 2);
        // The headline names the victims, the body not yet: still one incident, by the
        // headline alone.
        head.actor2 = Some(tidings_model::ActorRef { id: "c".into(), name: "Civilians".into(), evidence: Vec::new() });
        assert!(same_incident(&head, &body));
        head.headline = false;
        assert!(!same_incident(&head, &body));
    }

    #[test]
    fn the_body_names_the_sides_of_its_headline() {
        let text = "REBEL ATTACK KILLS 4\nELN rebels attacked a patrol in X, killing 4 civilians.";
        let actor = |id: &str, name: &str| {
            Some(tidings_model::ActorRef { id: id.into(), name: name.into(), evidence: Vec::new() })
        };
        let mut head = draft(text, "ATTACK", Family::Attack);
        head.headline = true;
        head.actor1 = actor("r", "Rebels");
        head.actor2 = actor("c", "Civilians (Colombia)");
        let mut body = draft(text, "attacked", Family::Attack);
        body.actor1 = actor("e", "ELN");
        body.actor2 = actor("c0", "Civilians");
        let out = cluster(vec![head, body]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].actor1.as_ref().map(|a| a.name.as_str()), Some("ELN"));
        // A side the headline names more fully stays.
        assert_eq!(out[0].actor2.as_ref().map(|a| a.name.as_str()), Some("Civilians (Colombia)"));
    }

    #[test]
    fn the_body_places_the_incident_of_its_headline() {
        let text = "Tsarnaev sorry for Marathon bombing\nTwo bombs exploded in Boston.";
        let place = |name: &str| tidings_model::Place {
            name: name.into(),
            country: Some("US".into()),
            precision: 1,
            ..Default::default()
        };
        let mut head = draft(text, "bombing", Family::Explosive);
        head.headline = true;
        head.location = Some(place("Marathon"));
        let mut body = draft(text, "exploded", Family::Explosive);
        body.location = Some(place("Boston"));
        let out = cluster(vec![head, body]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].location.as_ref().map(|p| p.name.as_str()), Some("Boston"));
    }

    #[test]
    fn a_bare_follow_up_joins_only_the_last_incident() {
        let text = "A bombing in X killed 5. A bombing in Y killed 3. Many more were killed.";
        let mut x = draft(text, "bombing in X", Family::Explosive);
        x.fatalities = Some(Fatalities { low: 5, best: 5, high: 5, evidence: Vec::new() });
        let mut y = draft(text, "bombing in Y", Family::Explosive);
        y.fatalities = Some(Fatalities { low: 3, best: 3, high: 3, evidence: Vec::new() });
        let mut more = draft(text, "killed.", Family::Kill);
        more.actor1 = None;
        more.fatalities = Some(Fatalities { low: 10, best: 10, high: 10, evidence: Vec::new() });
        assert!(follow_up(&y, &more));
        let out = cluster(vec![x, y, more]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].extra_evidence[0].text, "killed.");
    }

    #[test]
    fn a_follow_up_joins_the_incident_the_mention_before_it_told() {
        let text =
            "A bombing in X killed 5. A bombing in Y killed 3. The bombing in X was claimed. Many more were killed.";
        let place =
            |name: &str, lat: f64| tidings_model::Place { name: name.into(), lat, precision: 1, ..Default::default() };
        let toll = |n: u32| Some(Fatalities { low: n, best: n, high: n, evidence: Vec::new() });
        let mut x = draft(text, "bombing in X killed", Family::Explosive);
        x.location = Some(place("X", 10.0));
        x.fatalities = toll(5);
        let mut y = draft(text, "bombing in Y", Family::Explosive);
        y.location = Some(place("Y", 20.0));
        y.fatalities = toll(3);
        let mut again = draft(text, "bombing in X was", Family::Explosive);
        again.anaphoric = true;
        again.place_near = true;
        again.location = Some(place("X", 10.0));
        let mut more = draft(text, "killed.", Family::Kill);
        more.actor1 = None;
        more.fatalities = toll(10);
        let out = cluster(vec![x, y, again, more]);
        assert_eq!(out.len(), 2, "{out:#?}");
        assert_eq!(out[0].extra_evidence.len(), 2, "the retold X takes the follow-up: {out:#?}");
    }

    #[test]
    fn the_incidents_of_a_summing_up_lead_take_their_own_retellings() {
        let text = "Two suicide bombings killed 48 in Charikar and Kabul. The first attack occurred at a rally. \
                    The second bombing occurred in Kabul. 22 were killed. The attack took place in Charikar. \
                    Later, a second suicide bombing took place.";
        let place =
            |name: &str, lat: f64| tidings_model::Place { name: name.into(), lat, precision: 1, ..Default::default() };
        let lead = draft(text, "suicide bombings", Family::Suicide);
        let (mut charikar, mut kabul) = (lead.clone(), lead);
        charikar.location = Some(place("Charikar", 35.0));
        kabul.location = Some(place("Kabul", 34.5));
        let mut first = draft(text, "attack occurred", Family::Attack);
        first.anaphoric = true;
        first.ordinal = Some(1);
        let mut second = draft(text, "bombing occurred", Family::Explosive);
        second.anaphoric = true;
        second.ordinal = Some(2);
        second.location = Some(place("Kabul", 34.5));
        let killed = draft(text, "killed.", Family::Kill);
        let mut took_place = draft(text, "attack took", Family::Attack);
        took_place.anaphoric = true;
        took_place.location = Some(place("Charikar", 35.0));
        let mut another = draft(text, "suicide bombing took", Family::Suicide);
        another.fresh = true;
        another.ordinal = Some(2);
        let out = cluster(vec![charikar, kabul, first, second, killed, took_place, another]);
        assert_eq!(out.len(), 2, "{out:#?}");
        let told = |d: &Draft| d.extra_evidence.iter().map(|t| t.text.clone()).collect::<Vec<_>>();
        assert_eq!(told(&out[0]), ["attack occurred", "attack took"], "{out:#?}");
        assert_eq!(told(&out[1]), ["bombing occurred", "killed.", "suicide bombing took"], "{out:#?}");
    }

    #[test]
    fn a_weak_mention_retells_the_incident_before_or_after_it() {
        let text = "A soldier who was killed in Syria. An IED blast killed him. They killed 3 more.";
        let mut lead = draft(text, "killed", Family::Kill);
        lead.actor1 = None;
        let mut blast = draft(text, "IED blast", Family::Explosive);
        blast.fatalities = Some(Fatalities { low: 1, best: 1, high: 1, evidence: Vec::new() });
        let mut more = draft(text, "killed 3", Family::Kill);
        more.fatalities = Some(Fatalities { low: 3, best: 3, high: 3, evidence: Vec::new() });
        // Another toll, still the same incident for a verb of harm with nothing of its own.
        assert!(weak_retelling(&blast, &more));
        let out = cluster(vec![lead, blast, more]);
        assert_eq!(out.len(), 1, "{out:#?}");
        // The earlier weak mention leads the evidence; the specific report names the event.
        assert_eq!(out[0].trigger.text, "killed");
        assert_eq!(out[0].family, Family::Explosive);
        // A dated history mention does not join the day's incident.
        let mut history = draft(text, "killed 3", Family::Kill);
        history.recalled = true;
        assert!(!weak_retelling(&draft(text, "IED blast", Family::Explosive), &history));
        // Nor a mention told as another incident.
        let mut other = draft(text, "killed 3", Family::Kill);
        other.fresh = true;
        assert!(!weak_retelling(&draft(text, "IED blast", Family::Explosive), &other));
    }

    #[test]
    fn a_definite_retelling_without_a_date_keeps_the_history_it_retells() {
        let text = "after the Japanese attack on December 7, 1941. The attack destroyed half the fleet.";
        let mut history = draft(text, "attack on", Family::Attack);
        history.recalled = true;
        history.date = Some((day("1941-12-07"), false));
        // History told without a date of its own ("the brigade had detonated 20 bombs")
        // turns news when retold.
        let mut undated = history.clone();
        undated.date = None;
        let mut retold = draft(text, "The attack", Family::Attack);
        retold.anaphoric = true;
        let mut o = history.clone();
        absorb(&mut o, retold.clone());
        assert!(o.recalled, "an undated definite retelling says nothing of time");
        // Told the other way round (the retelling leads), still history.
        let mut o = retold.clone();
        absorb(&mut o, history.clone());
        assert!(o.recalled);
        // A retelling told as news of its own (a date of its own, or no definite
        // retelling) makes the incident news.
        let mut o = undated;
        absorb(&mut o, retold.clone());
        assert!(!o.recalled, "undated history retold");
        let mut dated = retold.clone();
        dated.date = Some((day("XXXX-WXX-1"), false));
        let mut o = history.clone();
        absorb(&mut o, dated);
        assert!(!o.recalled);
        let mut o = history.clone();
        absorb(&mut o, draft(text, "destroyed", Family::Explosive));
        assert!(!o.recalled);
        // A verb of harm with no time of its own ("He was killed while walking home")
        // says nothing of time either: the dated history stays history.
        let mut o = history.clone();
        absorb(&mut o, draft(text, "destroyed", Family::Attack));
        assert!(o.recalled);
    }

    #[test]
    fn a_bare_mention_joins_the_one_bombing_it_may_retell() {
        let text = "A drone attack hit a parade in Caracas. Two blasts were heard. The drone detonated.";
        let mut attack = draft(text, "drone attack", Family::Explosive);
        attack.location = Some(tidings_model::Place { name: "Caracas".into(), precision: 1, ..Default::default() });
        let mut blasts = draft(text, "blasts", Family::Explosive);
        // The nearest name stands as its attacker: not a side that tells it apart.
        blasts.actor1 = Some(tidings_model::ActorRef { id: "m".into(), name: "Maduro".into(), evidence: Vec::new() });
        let detonated = draft(text, "detonated", Family::Explosive);
        assert!(!same_incident(&attack, &blasts));
        assert!(bare_retelling(&attack, &blasts));
        assert_eq!(cluster(vec![attack.clone(), blasts.clone(), detonated.clone()]).len(), 1);
        // Of two bombings told, a bare mention retells neither.
        let mut other = draft(text, "drone attack", Family::Explosive);
        other.location = Some(tidings_model::Place { name: "Valencia".into(), precision: 1, ..Default::default() });
        other.fatalities = Some(Fatalities { low: 2, best: 2, high: 2, evidence: Vec::new() });
        assert_eq!(cluster(vec![attack.clone(), other, blasts.clone()]).len(), 3);
        // A place of its own, another incident's marker or a battle word keeps it apart.
        let mut placed = blasts.clone();
        placed.location = Some(tidings_model::Place { name: "Maracay".into(), precision: 1, ..Default::default() });
        assert!(!bare_retelling(&attack, &placed));
        let mut second = blasts.clone();
        second.fresh = true;
        assert!(!bare_retelling(&attack, &second));
        let clash = draft(text, "blasts", Family::Clash);
        assert!(!bare_retelling(&attack, &clash));
        // A battle's bare mention joins the one battle told ("Troops fought back").
        let mut battle = draft(text, "drone attack", Family::Clash);
        battle.location = attack.location.clone();
        assert!(bare_retelling(&battle, &clash));
        assert!(!bare_retelling(&battle, &draft(text, "blasts", Family::Kill)));
    }

    #[test]
    fn clustering_compares_with_a_bounded_window() {
        // Every draft has its own toll, so none joins another; the work per draft stays
        // within the window however long the document.
        let text = "bombing";
        let drafts: Vec<Draft> = (0..200)
            .map(|n| {
                let mut d = draft(text, "bombing", Family::Explosive);
                d.fatalities = Some(Fatalities { low: n, best: n, high: n, evidence: Vec::new() });
                d
            })
            .collect();
        assert_eq!(cluster(drafts).len(), 200);
        // A retelling of the first incident told more than WINDOW incidents later is
        // a new one: the cap holds.
        let mut drafts: Vec<Draft> = (0..(WINDOW as u32 + 1))
            .map(|n| {
                let mut d = draft(text, "bombing", Family::Explosive);
                d.fatalities = Some(Fatalities { low: n, best: n, high: n, evidence: Vec::new() });
                d
            })
            .collect();
        let mut late = draft(text, "bombing", Family::Explosive);
        late.fatalities = Some(Fatalities { low: 0, best: 0, high: 0, evidence: Vec::new() });
        drafts.push(late);
        assert_eq!(cluster(drafts).len(), WINDOW + 2);
    }
}
