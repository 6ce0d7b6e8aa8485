//! The learned check of a coded mention and the exemptions that stand on top of it.

use super::*;

/// The learned check of the rules' events: an event the classifier reads as no event is
/// dropped; the others take the sub-type it gives (threats keep theirs).
/// `told[i]`: event `i` is violence told as carried out ([`violence_carried_out`]),
/// which stands without casualty or weapon words.
pub(crate) fn relabel(ctx: &Context, model: &Model, events: &mut Vec<Event>, told: &[bool]) {
    // Short documents (none by default) may lose or relabel any event; the others lose
    // only events the classifier rejects where nothing tells of violence.
    let short = ctx.seg.sentences.len() <= DROP_SENTENCES as usize;
    let cues = learned::DocCues::new(ctx.text, ctx.seg);
    // Where else an event may be dropped: in documents that tell no violence at all (no
    // casualties, weapons or armed actors anywhere), or (scope 2) in sentences that do not.
    let doc_quiet = !cues.conflict();
    let mut order = 0;
    events.retain_mut(|e| {
        let here = order;
        order += 1;
        let Some(features) = event_features(ctx.text, ctx.seg, &cues, e) else { return true };
        let Some(d) = model.relabel(&features) else { return true };
        let quiet = || {
            (DROP_SCOPE >= 1.0 && doc_quiet)
                || (DROP_SCOPE >= 2.0
                    && e.evidence
                        .first()
                        .and_then(|sp| ctx.seg.sentence_at(sp.start))
                        .is_some_and(|k| !cues.conflict_in(k)))
                || DROP_SCOPE >= 3.0
        };
        if (short || quiet())
            && d.margin < -DROP_MARGIN
            && !crowd_gathered(ctx, e)
            && !state_strike(e)
            && !property_destroyed(e)
            && !crowd_violence(e)
            && !measure_imposed(e)
            && !arrest_made(ctx.text, e)
            && !told.get(here).copied().unwrap_or(false)
        {
            return false;
        }
        // The rules' sub-type stays unless the classifier prefers another by [`RELABEL_MARGIN`].
        let scores = model.relabel.scores(&features, model.labels.len());
        let rule = model.label(&format!("{}|{}", e.event_type, e.sub_event_type));
        let lead = rule.map_or(f32::INFINITY, |r| scores[d.label] - scores[r]);
        let (event_type, sub_event_type, plover) = model.codes(d.label);
        if short && e.modality != Modality::Threatened && lead > RELABEL_MARGIN {
            e.event_type = event_type.to_string();
            e.sub_event_type = sub_event_type.to_string();
            e.plover = plover.to_string();
        }
        true
    });
}

/// Whether the rules coded violence that happened told as carried out or as having
/// happened ([`told_as_done`]: "Multiple armed groups launch several coordinated attacks
/// across Mali", "Attacks by the RSF and SPLM-N are also reported in Qaysān"): like a
/// state's strike, never dropped for want of casualty or weapon words.
pub(crate) fn violence_carried_out(ctx: &Context, index: &Index, dateline: Option<(usize, usize)>, e: &Event) -> bool {
    let violent =
        matches!(e.event_type.as_str(), "Battles" | "Explosions/Remote violence" | "Violence against civilians");
    if !violent || e.modality != Modality::Occurred {
        return false;
    }
    let Some((k, a, b)) = e.evidence.first().and_then(|sp| span_tokens(ctx.seg, sp)) else { return false };
    let tokens = &ctx.seg.tokens[ctx.seg.sentences[k].tokens.clone()];
    let lower = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
    let s = index.sentence(ctx, k, tokens, lower, ctx.seg.is_caps_sentence(ctx.text, k), dateline);
    told_as_done(&s, a, b)
}

/// Whether the rules coded an agreement told as made ("Mediators and Hamas reach an
/// agreement", "negotiators have agreed to a deal"): a verb of agreeing makes it the
/// day's news, which the check's cues (casualty and weapon words) do not see.
pub(crate) fn agreement_reached(ctx: &Context, index: &Index, dateline: Option<(usize, usize)>, e: &Event) -> bool {
    if e.sub_event_type != "Agreement" || e.modality != Modality::Occurred {
        return false;
    }
    let Some((k, a, b)) = e.evidence.first().and_then(|sp| span_tokens(ctx.seg, sp)) else { return false };
    let tokens = &ctx.seg.tokens[ctx.seg.sentences[k].tokens.clone()];
    let lower: Vec<String> = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
    // ACLED's agreements end or pause fighting; a business or diplomatic deal is none.
    let armistice =
        lower.iter().any(|w| matches!(w.as_str(), "ceasefire" | "cease-fire" | "truce" | "armistice" | "peace"));
    // "since the ceasefire took effect", "under the truce": an agreement named as a point
    // of reference, not made that day.
    let reference =
        (a.saturating_sub(2)..a).any(|i| matches!(lower[i].as_str(), "since" | "after" | "before" | "until" | "under"));
    let agreeing = rules::AGREEING.contains(&lower[a].as_str());
    let s = index.sentence(ctx, k, tokens, lower, ctx.seg.is_caps_sentence(ctx.text, k), dateline);
    // An armed group among the parties ("Mediators and Hamas reach an agreement"): talks
    // between envoys or states alone are left to the check.
    let clusters = &ctx.entities.clusters;
    let armed_party = s.mentions.iter().any(|&(ci, _)| {
        matches!(clusters[ci].kind, ActorKind::TerrorGroup | ActorKind::RebelGroup | ActorKind::Militia)
    });
    armistice && !reference && armed_party && (agreeing || agreement_made(&s, a, b))
}

/// Whether the rules coded a place changing hands told by a finite verb ("they have
/// recaptured the Miraale area", "forces withdraw from Kidal"): like a state's strike,
/// never dropped for want of casualty or weapon words; a noun ("the liberation of")
/// may be.
pub(crate) fn territory_changed(text: &str, e: &Event) -> bool {
    let territory = matches!(
        e.sub_event_type.as_str(),
        "Government regains territory" | "Non-state actor overtakes territory" | "Non-violent transfer of territory"
    );
    let verb = e.evidence.first().is_some_and(|t| {
        let first = t.text.split_whitespace().next().unwrap_or("").to_lowercase();
        (first.ends_with("ed") && first != "seized")
            || matches!(
                first.as_str(),
                "took"
                    | "takes"
                    | "retook"
                    | "retakes"
                    | "overran"
                    | "recaptures"
                    | "withdrew"
                    | "withdraws"
                    | "withdraw"
                    | "withdrawn"
            )
    });
    // A place it names: the event's own place right after the verb, or a territory noun
    // ("the Miraale area"); "three are recaptured" took back prisoners, no place.
    let place = || {
        e.evidence.first().is_some_and(|t| {
            let after = text.get(t.end..).unwrap_or("");
            let mut near =
                after.split_whitespace().take(6).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
            let located = e
                .location
                .as_ref()
                .and_then(|p| p.evidence.first())
                .is_some_and(|p| p.start >= t.end && p.start <= t.end + 60);
            located
                || near.any(|w| {
                    rules::TERRITORY_NOUNS.contains(&w.as_str())
                        || matches!(w.as_str(), "airbase" | "positions" | "region" | "province")
                })
        })
    };
    territory && verb && matches!(e.modality, Modality::Occurred | Modality::Claimed) && place()
}

/// Whether the rules coded people burnt in a building set on fire ("a mosque with two
/// people inside is set on fire"): fire is violence the check's cues (casualty and weapon
/// words) do not see.
pub(crate) fn people_set_on_fire(e: &Event) -> bool {
    e.sub_event_type == "Attack"
        && e.modality == Modality::Occurred
        && e.evidence.first().is_some_and(|t| {
            let t = t.text.to_lowercase();
            rules::PROPERTY_WORDS.iter().any(|w| t.contains(w))
        })
}

/// Whether the rules coded a strike or shelling by a named state's forces that happened
/// ("Israeli and U.S. jets strike the Natanz Nuclear Facility", "Russia launches 273
/// drones at Ukraine"): the learned check never drops it for want of casualty or weapon
/// words (its cues miss plurals: "drones", "missiles", "strikes"); a bare weapon word
/// ("missiles") is no such strike.
pub(crate) fn state_strike(e: &Event) -> bool {
    // A bare weapon word ("these missiles will increase the likelihood …") tells no strike.
    let bare_weapon = e.evidence.first().is_some_and(|t| weapon_word(&t.text.to_lowercase()));
    !bare_weapon
        && matches!(e.sub_event_type.as_str(), "Air/drone strike" | "Shelling/artillery/missile attack")
        && e.modality == Modality::Occurred
        && e.actor1.as_ref().is_some_and(|a| a.name.starts_with("Military Forces of"))
}

/// Whether the rules coded property destroyed or looted that happened ("Unknown
/// attackers set fire to the offices of the opposition party"): like a state's strike,
/// never dropped for want of casualty or weapon words, which such a report need not have.
pub(crate) fn property_destroyed(e: &Event) -> bool {
    e.sub_event_type == "Looting/property destruction" && e.modality == Modality::Occurred
}

/// Whether the rules coded a riot by a crowd they named ("Protesters hurled stones at the
/// parliament building"): stones, fire and fists are violence the check's cues (casualty
/// and weapon words) do not see, so it is never dropped for want of them.
pub(crate) fn crowd_violence(e: &Event) -> bool {
    e.event_type == "Riots"
        && e.modality == Modality::Occurred
        && e.actor1.as_ref().is_some_and(|a| a.name.starts_with("Rioters") || a.name.starts_with("Protesters"))
}

/// Whether the rules coded an arrest told by a passive verb of arrest and dated ("Rahim,
/// who was detained in Boston on Tuesday"): somebody was held that day, which the check,
/// taught that an order or a call for arrests is no event, may not drop. Undated
/// ("candidates were detained in the months before the vote") it may.
pub(crate) fn arrest_made(text: &str, e: &Event) -> bool {
    e.sub_event_type == "Arrests"
        && e.modality == Modality::Occurred
        && e.date.as_ref().is_some_and(|d| !d.inferred && d.granularity == Granularity::Day)
        && e.evidence.first().is_some_and(|t| {
            let verb = t.text.to_lowercase();
            let before = text[..t.start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            matches!(verb.as_str(), "arrested" | "detained")
                && matches!(before.to_lowercase().as_str(), "was" | "were" | "been" | "being")
        })
}

/// Whether the rules coded a measure of coercion told as imposed ("the government
/// declared martial law", "imposed a curfew", "banned protests"): the verb makes it the
/// day's news, which the check, taught on many mentions of a past martial law or
/// curfew, does not see.
pub(crate) fn measure_imposed(e: &Event) -> bool {
    e.sub_event_type == "Other"
        && e.modality == Modality::Occurred
        && e.evidence.first().is_some_and(|t| {
            let t = t.text.to_lowercase();
            t.starts_with("declared ") || t.starts_with("imposed ") || t.starts_with("banned ")
        })
}
