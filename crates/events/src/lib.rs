//! Event coding: from sentences to ACLED/PLOVER-coded events with evidence.
//!
//! The coder works clause by clause over the tokens of each sentence:
//!
//! 1. **Triggers** come from the phrase lexicon in [`rules`] (longest match first). A
//!    foiling verb ("prevented", "stopped the activities") swallows the attack words of
//!    its object, so "prevented an attack" is one foiled plot, not an attack.
//! 2. **Modality** is read from the words before the trigger: planning verbs, attempts,
//!    threats, denials, claims, conditionals.
//! 3. **Roles**: the agent of a passive ("killed by US forces") or the nearest actor
//!    before the trigger is `actor1`; the patient (the subject of a passive, or the
//!    nearest actor after) is `actor2`. Nominals ("the militants", "the group") refer to
//!    the document's most mentioned armed group. Coordinated names with "respectively"
//!    split one clause into one event per name, in the order of the dates.
//! 4. **Fatalities** from numbers and number words next to killing verbs, with ACLED's
//!    conventional values for vague words; null when nothing is said.
//! 5. **Date**: the date expression nearest the trigger in the sentence; a date that only
//!    dates a report ("said on March 7") is used when nothing better exists.
//!    **Location**: a literal place after a locative preposition, not a target's place.
//! 6. **Merging** within the document: retellings of one plot or one violent incident
//!    become one event with all their evidence. Undated, unplaced news events take the
//!    lead event's date and place (marked `inferred`). Events dated well before the
//!    publication date are `background`.

mod actor_choice;
pub mod analysis;
mod doc_actors;
mod incidents;
pub mod learned;
mod model_text;
mod newsday;
mod newsday_model;
mod places;
pub mod rules;
mod side_checks;
mod sides;
mod tree;

pub use actor_choice::{same_name, train as train_actors, ActorChoice, ActorModel, Candidate, Choice};
pub use analysis::{Analysis, RefKind, Reference};
pub use learned::Model;
pub use newsday_model::{newsday_features, NEWSDAY_BG, NEWSDAY_DROP, NEWSDAY_NEWS};
pub use places::{country_context, places, ResolvedPlace};
use rules::Family;
use tidings_entities::{Cluster, Entities};
use tidings_geo::Gazetteer;
use tidings_model::{
    Actor, ActorKind, ActorRef, Attribution, Event, Fatalities, Granularity, Interaction, Label, Modality, Place, Span,
    Tagged, Time, TimexType,
};
use tidings_syntax::{Parse, Upos};
use tidings_text::{Segmented, Token};
use tidings_time::Anchor;

/// Everything the coder reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    pub entities: &'a Entities,
    pub times: &'a [Time],
    pub places: &'a [ResolvedPlace],
    pub gazetteer: &'a Gazetteer,
    /// The document's parses and coreference, shared with the actors stage.
    pub analysis: &'a Analysis<'a>,
    pub anchor: Option<Anchor>,
    pub document_id: &'a str,
    pub sha256: &'a str,
    /// Candidate events coded per document: merging compares them pairwise, so coding
    /// stops (with a diagnostic) at the sentence that reaches this many.
    pub max_events: usize,
    /// The learned classifiers ([`learned`]) that check and relabel the rules' events and
    /// find events where the rules find none; `None` codes by the rules alone.
    pub model: Option<&'a Model>,
    /// Who names the events' sides: the rules, the learned choice among candidates
    /// ([`actor_choice`]), or the rules while recording the candidates for training.
    pub actor_choice: ActorChoice<'a>,
}

/// The coded events of one document.
#[derive(Debug, Default)]
pub struct Coded {
    pub events: Vec<Event>,
    /// PLOVER interactions of the sentences that hold no ACLED event.
    pub interactions: Vec<Interaction>,
    /// Generic actors the coder named ("Civilians (Russia)") that are not entity clusters
    /// (one actor per id with them).
    pub generic_actors: Vec<Actor>,
    pub diagnostics: Vec<String>,
    /// Per event, the candidate sides and their features (only with
    /// [`ActorChoice::Collect`]).
    pub actor_candidates: Vec<Vec<Candidate>>,
    /// The ids of the document's entity clusters, built on first use (a generic actor
    /// looks its id up here instead of scanning every cluster per event).
    cluster_ids: Option<std::collections::HashSet<String>>,
    /// The document's state forces named by nationality and its claimed attacks.
    doc: doc_actors::DocActors,
}

/// An event under construction.
#[derive(Debug, Clone)]
struct Draft {
    family: Family,
    modality: Modality,
    trigger: Span,
    actor1: Option<ActorRef>,
    actor2: Option<ActorRef>,
    assoc_actor1: Vec<ActorRef>,
    actor1_state: bool,
    actor1_country: Option<String>,
    /// The side acted against is armed (a state force, an armed group, soldiers, a
    /// militant leader): a killing or attack against it is a battle.
    victim_armed: bool,
    /// Demonstrators are named next to the trigger.
    protesters_near: bool,
    /// Told as another incident ("a separate attack", "similar attacks"): never a
    /// retelling of one already told.
    fresh: bool,
    target: Option<Tagged>,
    weapons: Vec<Tagged>,
    location: Option<Place>,
    /// The date and whether it only dates a report.
    date: Option<(Time, bool)>,
    fatalities: Option<Fatalities>,
    /// The toll is a perpetrator's claim ("claimed …, saying it had killed 100"): it
    /// never raises another report's figure (CODING_GUIDE: the most conservative
    /// figure a credible source gives).
    toll_claimed: bool,
    /// The toll is told as more dead of an incident already told ("two rebels were also
    /// killed"): it adds to that incident's toll and never keeps a retelling apart.
    toll_also: bool,
    attribution: Option<Attribution>,
    extra_evidence: Vec<Span>,
    /// The trigger is a definite noun phrase ("the attack") that retells an incident.
    anaphoric: bool,
    /// Told in a headline set in capitals: a retelling of the lead.
    headline: bool,
    /// Police stepped in at a demonstration (dispersed, tear gas, arrests).
    intervention: bool,
    /// Arrests of hundreds or more ("arrested about 400 people", "thousands were
    /// detained"): mass arrests, an event of their own (CODING_GUIDE), never only the
    /// police's intervention at a demonstration.
    mass: bool,
    /// A crowd that is no demonstration (a mob, a lynching).
    mob: bool,
    /// The victims named next to the trigger are unarmed people.
    victims_civilian: bool,
    /// The place is told right after the trigger ("the explosion in Chelsea"), not
    /// elsewhere in the sentence ("… said an official in Kabul").
    place_near: bool,
    /// The clause tells history for context ("had been killed", "a 2004 bombing", "two
    /// years ago"): background, not the day's news ([`newsday::recalled`]).
    recalled: bool,
    /// The trigger names its incident only as a point of reference or as the matter of a
    /// legal step ("died after a gunfight", "accused of carrying out the bombing"): an
    /// incident told only this way happened before the report ([`newsday::referenced`]).
    referenced: bool,
    /// The event's own date is told next to its trigger ("Saturday's bombing", "exploded
    /// on Friday"), not elsewhere in the sentence ("the court on Tuesday indicted … over
    /// the blast").
    date_near: bool,
    /// The sentence opens as a separate report ("Separately, …", "Elsewhere, …", "In a
    /// separate incident, …"): an incident it tells a day before the lead is news of its
    /// own, not history recalled for the lead ([`newsday::separate_report`]).
    separate: bool,
    /// A date a definite retelling of the incident had elsewhere in its sentence ("the
    /// attack, unlike the car bombing in 2010"): not the incident's date, but another
    /// date told of its own still keeps a different incident apart.
    date_hint: Option<String>,
    /// The person, place or business the text named on a side that ACLED codes by role
    /// ([`sides`]): the incident step still tells incidents apart by it.
    named: [Option<ActorRef>; 2],
    /// In a sentence split by ";" ("Gunmen kill nine in Musakhel; FC soldier martyred in
    /// Turbat blast"), the byte offsets of the sentence's start and of the start of the
    /// trigger's part: each part tells its own incident.
    part: Option<(usize, usize)>,
}

impl Draft {
    /// Side `k` (0: actor1, 1: actor2) as the text names it: the person, place or
    /// business where ACLED codes the side by role.
    fn side(&self, k: usize) -> Option<&ActorRef> {
        let side = if k == 0 { &self.actor1 } else { &self.actor2 };
        self.named[k].as_ref().or(side.as_ref())
    }

    /// The id of [`Draft::side`] `k`.
    fn side_id(&self, k: usize) -> Option<&str> {
        self.side(k).map(|a| a.id.as_str())
    }
}

struct Sent<'a> {
    ctx: &'a Context<'a>,
    /// The sentence's index in `ctx.seg.sentences` (its parse in `ctx.analysis`).
    k: usize,
    tokens: &'a [Token],
    lower: Vec<String>,
    /// The document's places and times that start in this sentence, and its clusters'
    /// mentions in it as (cluster, mention) indices in cluster order: looked up once per
    /// sentence through [`Index`], so no rule scans the whole document per trigger.
    places: &'a [ResolvedPlace],
    times: &'a [Time],
    mentions: Vec<(usize, usize)>,
    salient: Option<usize>,
    /// A line set in capitals (a wire headline).
    caps: bool,
    /// The byte range of the document's dateline ("KABUL, Afghanistan (AP) —"): whoever
    /// it names filed the report and is no party to an event.
    dateline: Option<(usize, usize)>,
    /// The report's year (publication, else the latest year the document names): a year
    /// before it tells history.
    reference_year: Option<i64>,
}

/// Per-document lookups that keep coding linear in the document's length.
struct Index<'a> {
    /// Sorted by start (else the whole list, scanned as before).
    places: Option<&'a [ResolvedPlace]>,
    times: Option<&'a [Time]>,
    /// Every cluster mention as (start, cluster, mention), sorted.
    mentions: Vec<(usize, usize, usize)>,
    reference_year: Option<i64>,
}

impl<'a> Index<'a> {
    fn new(ctx: &'a Context<'a>) -> Index<'a> {
        let places = ctx.places.is_sorted_by_key(|p| p.span_start).then_some(ctx.places);
        let time_start = |t: &Time| t.evidence.first().map_or(0, |e| e.start);
        let times = (ctx.times.iter().all(|t| t.evidence.len() == 1) && ctx.times.is_sorted_by_key(time_start))
            .then_some(ctx.times);
        let mut mentions: Vec<(usize, usize, usize)> = ctx
            .entities
            .clusters
            .iter()
            .enumerate()
            .flat_map(|(c, cluster)| cluster.spans.iter().enumerate().map(move |(m, &(a, _))| (a, c, m)))
            .collect();
        mentions.sort_unstable();
        let year = |v: &str| v.get(..4).and_then(|y| y.parse::<i64>().ok());
        let reference_year = ctx.anchor.map(|a| a.value()).and_then(|v| year(&v)).or_else(|| {
            let named =
                || ctx.times.iter().filter(|t| t.timex_type == TimexType::Date).filter_map(|t| year(&t.value)).max();
            opening_day(ctx).and_then(|t| year(&t.value)).or_else(named)
        });
        Index { places, times, mentions, reference_year }
    }

    fn sentence(
        &self,
        ctx: &'a Context<'a>,
        k: usize,
        tokens: &'a [Token],
        lower: Vec<String>,
        caps: bool,
        dateline: Option<(usize, usize)>,
    ) -> Sent<'a> {
        let (start, end) = (tokens.first().map_or(0, |t| t.start), tokens.last().map_or(0, |t| t.end));
        let places = match self.places {
            Some(all) => {
                let a = all.partition_point(|p| p.span_start < start);
                let b = all.partition_point(|p| p.span_start < end);
                &all[a..b]
            }
            None => ctx.places,
        };
        let times = match self.times {
            Some(all) => {
                let a = all.partition_point(|t| t.evidence[0].start < start);
                let b = all.partition_point(|t| t.evidence[0].start < end);
                &all[a..b]
            }
            None => ctx.times,
        };
        let a = self.mentions.partition_point(|m| m.0 < start);
        let b = self.mentions.partition_point(|m| m.0 < end);
        let mut mentions: Vec<(usize, usize)> = self.mentions[a..b].iter().map(|&(_, c, m)| (c, m)).collect();
        mentions.sort_unstable();
        Sent {
            ctx,
            k,
            tokens,
            lower,
            places,
            times,
            mentions,
            salient: ctx.analysis.salient,
            caps,
            dateline,
            reference_year: self.reference_year,
        }
    }
}

impl<'a> Sent<'a> {
    /// A title: one of the document's first two sentences, a line of its own without a
    /// final stop ("Guerrilla attack kills 4 soldiers in Colombia's Cauca"). Like a
    /// headline in capitals, it retells the lead.
    fn title(&self) -> bool {
        let (start, end) = self.bounds();
        let text = self.ctx.text;
        let before = text[..start].trim_end_matches([' ', '\t']);
        let own_line = (before.is_empty() || before.ends_with('\n'))
            && text[end..].trim_start_matches([' ', '\t']).starts_with('\n');
        let stop = text[..end].ends_with(['.', '!', '?', '"', '\u{201d}', ':']);
        self.k <= 1 && own_line && !stop && self.lower.len() >= 4
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::of(self.ctx.text, self.tokens[a].start, self.tokens[b - 1].end)
    }
    /// The sentence's byte range.
    fn bounds(&self) -> (usize, usize) {
        (self.tokens.first().map_or(0, |t| t.start), self.tokens.last().map_or(0, |t| t.end))
    }
    fn word(&self, i: usize) -> &str {
        &self.lower[i]
    }
    /// Token index of the first token at or after byte `offset`.
    fn at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }
    /// The literal places of the sentence, continents, regions and seas (precision 5)
    /// left out: they never locate an event.
    fn places(&self) -> impl Iterator<Item = &'a ResolvedPlace> + '_ {
        let (start, end) = self.bounds();
        self.places
            .iter()
            .filter(move |p| p.literal && p.place.precision <= 4 && p.span_start >= start && p.span_end <= end)
    }
    /// Whether token `i` lies inside a time expression ("2015", "March 7").
    fn in_time(&self, i: usize) -> bool {
        let (ts, te) = (self.tokens[i].start, self.tokens[i].end);
        self.times.iter().any(|t| t.evidence.iter().any(|e| e.start < te && ts < e.end))
    }
}

fn matches_phrase(lower: &[String], i: usize, phrase: &[&str]) -> bool {
    phrase.iter().enumerate().all(|(k, p)| {
        lower.get(i + k).is_some_and(|w| match p.strip_suffix('*') {
            Some(prefix) => w.starts_with(prefix) && !rules::NOT_TRIGGERS.contains(&w.as_str()),
            None => w == p,
        })
    })
}

/// Codes the events of one document.
pub fn code(ctx: &Context) -> Coded {
    let mut coded =
        Coded { doc: doc_actors::DocActors::new(ctx.text, ctx.seg, ctx.entities, ctx.gazetteer), ..Coded::default() };
    let mut drafts: Vec<Draft> = Vec::new();
    let mut no_deaths = Vec::new();
    let index = Index::new(ctx);
    let dateline = tidings_text::dateline(ctx.text, ctx.seg);
    let dateline_range = dateline.as_ref().map(|d| (d.start, d.end));
    for (k, sentence) in ctx.seg.sentences.iter().enumerate() {
        let tokens = &ctx.seg.tokens[sentence.tokens.clone()];
        let lower = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
        let s = index.sentence(ctx, k, tokens, lower, ctx.seg.is_caps_sentence(ctx.text, k), dateline_range);
        let mut found = code_sentence(&s, &mut coded);
        fold_fighting_into_capture(&s, &mut found);
        fold_arrests_into_protest(&s, &mut found);
        for d in &mut found {
            d.toll_claimed =
                d.fatalities.as_ref().and_then(|f| f.evidence.first()).is_some_and(|e| claimed_toll(&s, s.at(e.start)));
            d.toll_also =
                d.fatalities.as_ref().and_then(|f| f.evidence.first()).is_some_and(|e| also_toll(&s, s.at(e.start)));
        }
        if found.is_empty() {
            coded.interactions.extend(interaction(&s));
            // "3 fatalities were reported on each side.": the toll of the incident just told.
            if let (Some(f), Some(last)) = (toll_sentence(&s), drafts.last_mut()) {
                if last.fatalities.is_none() && last.family.is_violent() {
                    last.fatalities = Some(f);
                }
            }
        }
        drafts.extend(found);
        no_deaths.extend(no_deaths_said(&s));
        if drafts.len() >= ctx.max_events {
            coded.diagnostics.push(format!(
                "{} candidate events by byte {}: later sentences were not coded (limit: max events)",
                drafts.len(),
                sentence.end
            ));
            break;
        }
    }
    let mut drafts = incidents::cluster(drafts);
    for (span, sentence) in no_deaths {
        zero_toll(&mut drafts, span, sentence);
    }
    let filed_at = dateline.as_ref().and_then(|d| dateline_place(ctx, d));
    finish(ctx, drafts, filed_at.clone(), &mut coded);
    if let Some(model) = ctx.model {
        let told: Vec<bool> =
            coded.events.iter().map(|e| violence_carried_out(ctx, &index, dateline_range, e)).collect();
        relabel(ctx, model, &mut coded.events, &told);
        newsday_model::newsday_check(ctx, model, &mut coded.events);
        if coded.events.is_empty() {
            recover(ctx, &index, model, dateline_range, filed_at, &mut coded);
        }
    }
    match ctx.actor_choice {
        ActorChoice::Learned(m) => choose_sides(ctx, &index, dateline_range, &mut coded, Some(m)),
        ActorChoice::Collect => choose_sides(ctx, &index, dateline_range, &mut coded, None),
        ActorChoice::Rules => {}
    }
    rioters_riot(ctx, &mut coded);
    generic_sides_of_the_place(ctx, &mut coded);
    side_checks::no_civilians_where_only_property_hit(ctx, &mut coded.events);
    side_checks::launching_state_of_intercepted_weapons(ctx, &mut coded);
    side_checks::launching_state_of_strikes(ctx, &mut coded);
    side_checks::civilians_of_their_nation(ctx, &mut coded);
    side_checks::military_targets(ctx, &mut coded);
    // After the rioters are named: the side of a riot's arrests is its rioters.
    if matches!(ctx.actor_choice, ActorChoice::Learned(_)) {
        arrested_perpetrators(&mut coded.events);
    }
    drop_unused_generic_actors(&mut coded);
    coded
}

/// ACLED's side of a riot is its rioters: protesters the rules named for a protest the
/// classifiers or merging made a riot ("… attacked police lines", "set fire to a town
/// hall") become "Rioters (X)".
fn rioters_riot(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in events.iter_mut().filter(|e| e.event_type == "Riots") {
        let Some(a) = e.actor1.as_ref().filter(|a| a.name.starts_with("Protesters")) else { continue };
        let Some(generic) = coded.generic_actors.iter().find(|g| g.id == a.id) else { continue };
        let cc = generic.country.clone();
        let evidence = a.evidence.clone();
        e.actor1 = Some(generic_named(ctx, coded, "Rioters", ActorKind::Protesters, cc, evidence));
    }
    coded.events = events;
}

/// A generic side named where its sentence gave no country ("Police Forces", "Rioters")
/// takes the country of its event's place once the event is placed (a sentence that
/// retells "the capital" after the dateline): "Police Forces of the Democratic Republic
/// of Congo", "Rioters (Democratic Republic of Congo)", as ACLED names them. Only police,
/// rioters and protesters: they are the place's own (civilians are named by their
/// nationality).
fn generic_sides_of_the_place(ctx: &Context, coded: &mut Coded) {
    let mut events = std::mem::take(&mut coded.events);
    for e in &mut events {
        let Some(cc) = e.location.as_ref().and_then(|p| p.country.clone()) else { continue };
        for side in [&mut e.actor1, &mut e.actor2] {
            let Some(a) = side.as_ref() else { continue };
            let Some(g) = coded.generic_actors.iter().find(|g| g.id == a.id && g.country.is_none()) else { continue };
            // Armies fight abroad (an unnamed air force over Somalia may be another
            // state's): only the sides that are the place's own people are named by it.
            let base = match g.name.as_str() {
                "Police Forces" => "Police Forces of {}".to_string(),
                n @ ("Rioters" | "Protesters") => n.to_string(),
                _ => continue,
            };
            let kind = g.kind;
            let evidence = a.evidence.clone();
            *side = Some(generic_named(ctx, coded, &base, kind, Some(cc.clone()), evidence));
        }
    }
    coded.events = events;
}

/// Re-reads every event's sides: `model` picks them among their candidates, or (`None`)
/// the candidates are recorded in `coded.actor_candidates`.
fn choose_sides(
    ctx: &Context,
    index: &Index,
    dateline: Option<(usize, usize)>,
    coded: &mut Coded,
    model: Option<&ActorModel>,
) {
    let mut events = std::mem::take(&mut coded.events);
    for e in &mut events {
        let Some(k) = e.evidence.first().and_then(|t| ctx.seg.sentence_at(t.start)) else {
            coded.actor_candidates.push(Vec::new());
            continue;
        };
        let tokens = &ctx.seg.tokens[ctx.seg.sentences[k].tokens.clone()];
        let lower = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
        let s = index.sentence(ctx, k, tokens, lower, ctx.seg.is_caps_sentence(ctx.text, k), dateline);
        let cands = actor_choice::candidates(ctx, &s, coded, e);
        match model {
            // Legal proceedings (PLOVER's ACCUSE: "criminal proceedings", "pre-trial
            // investigation") keep the sides the rules read: the model, trained on
            // violence, would give them a victim.
            Some(_) if legal_proceedings(e) => {}
            Some(m) => {
                let unnamed = e.actor1.is_none();
                actor_choice::choose(ctx, coded, m, e, &cands);
                // A town taken by a state's forces the model named is the government's
                // regained territory, as the rules code it when they name the force.
                let state = e.actor1.as_ref().is_some_and(|a| {
                    ["Military Forces of", "Police Forces of", "Security Forces of", "Government of"]
                        .iter()
                        .any(|p| a.name.starts_with(p))
                });
                if unnamed && state && e.sub_event_type == "Non-state actor overtakes territory" {
                    e.sub_event_type = "Government regains territory".to_string();
                }
            }
            None => coded.actor_candidates.push(cands),
        }
    }
    coded.events = events;
}

/// The people arrested after an attack, a riot or a protest the report told before are
/// its side, not civilians: ACLED names the arrest's side as the incident's ("the
/// gunman was arrested Monday" → the unidentified armed group that shot; "police
/// arrested about 400 people" after a riot → the rioters). An arrest whose side the
/// coder named as civilians takes the acting side of the nearest incident told before
/// it, unless that side is a state's (whose members are not arrested by it).
fn arrested_perpetrators(events: &mut [Event]) {
    let at = |e: &Event| e.evidence.first().map_or(usize::MAX, |s| s.start);
    let state = |n: &str| {
        ["Military Forces", "Police Forces", "Security Forces", "Government", "Unidentified Military Forces"]
            .iter()
            .any(|p| n.starts_with(p))
    };
    for i in 0..events.len() {
        let e = &events[i];
        if e.sub_event_type != "Arrests" || !e.actor2.as_ref().is_some_and(|a| civilians(&a.name)) {
            continue;
        }
        let here = at(e);
        // The incident's non-state attacker; in a battle the state's force led
        // ("a shootout with police"), the side it fought.
        let incident = events
            .iter()
            .filter(|x| at(x) < here && x.event_type != "Strategic developments")
            .max_by_key(|x| at(x))
            .and_then(|x| {
                let fought = x.actor2.clone().filter(|_| x.event_type == "Battles");
                x.actor1.clone().filter(|a| !state(&a.name)).or(fought.filter(|a| !civilians(&a.name)))
            })
            .filter(|a| !state(&a.name));
        if let Some(side) = incident {
            events[i].actor2 = Some(side);
        }
    }
}

fn legal_proceedings(e: &Event) -> bool {
    e.plover == "ACCUSE"
}

/// Keeps only the generic actors that some event or interaction names: drafts merged
/// into an incident or dropped by the classifiers leave theirs behind.
fn drop_unused_generic_actors(coded: &mut Coded) {
    let mut used = std::collections::HashSet::new();
    for e in &coded.events {
        let sides = e.actor1.iter().chain(&e.actor2).chain(&e.assoc_actor1).chain(&e.assoc_actor2);
        used.extend(sides.map(|a| a.id.as_str()));
    }
    for i in &coded.interactions {
        used.extend(i.actor1.iter().chain(&i.actor2).map(|a| a.id.as_str()));
    }
    coded.generic_actors.retain(|a| used.contains(a.id.as_str()));
}

/// How far `NONE` must lead the best event label for the relabelling classifier to drop
/// an event the rules coded (chosen on the development splits, see eval/REPORT.md).
pub const DROP_MARGIN: f32 = 1.0;
/// Documents of at most this many sentences are the ones where the relabelling
/// classifier may relabel an event and drop it whatever its context (0: none; the
/// retrained model drops clear one-sentence events, eval/REPORT.md).
pub const DROP_SENTENCES: f32 = 0.0;
/// Beyond short documents, where the relabelling classifier may drop an event: 0 nowhere
/// else, 1 in documents that tell no violence, 2 also in sentences that tell none, 3
/// everywhere.
pub const DROP_SCOPE: f32 = 1.0;
/// How far the classifier's sub-type must lead the rules' for the event to take it.
pub const RELABEL_MARGIN: f32 = 0.0;
/// How far the best event label must lead `NONE` for the recovery classifier to code an
/// event in a document where the rules coded none.
pub const RECOVER_MARGIN: f32 = 0.0;
/// Sentences the recovery classifier reads per document (from the top: the lead).
const RECOVER_SENTENCES: usize = 40;

/// The sentence of an evidence span and its token range in the sentence's tokens.
fn span_tokens(text_seg: &Segmented, span: &Span) -> Option<(usize, usize, usize)> {
    let k = text_seg.sentence_at(span.start)?;
    let tokens = &text_seg.tokens[text_seg.sentences.get(k)?.tokens.clone()];
    let a = tokens.partition_point(|t| t.start < span.start);
    let b = tokens.partition_point(|t| t.start < span.end).max(a + 1).min(tokens.len());
    (a < b).then_some((k, a, b))
}

/// The relabelling classifier's features of a coded event: its first trigger in its
/// sentence and document (`cues`: [`learned::DocCues`] of the document) and the sub-type
/// it was coded with (training reads the same).
pub fn event_features(text: &str, seg: &Segmented, cues: &learned::DocCues, event: &Event) -> Option<Vec<u64>> {
    let (k, a, b) = span_tokens(seg, event.evidence.first()?)?;
    let rule = format!("{}|{}", event.event_type, event.sub_event_type);
    Some(learned::features_in(text, seg, cues, k, a, b, Some(&rule)))
}

/// The learned check of the rules' events: an event the classifier reads as no event is
/// dropped; the others take the sub-type it gives (threats keep theirs).
/// `told[i]`: event `i` is violence told as carried out ([`violence_carried_out`]),
/// which stands without casualty or weapon words.
fn relabel(ctx: &Context, model: &Model, events: &mut Vec<Event>, told: &[bool]) {
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
fn violence_carried_out(ctx: &Context, index: &Index, dateline: Option<(usize, usize)>, e: &Event) -> bool {
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

/// Whether the rules coded a strike or shelling by a named state's forces that happened
/// ("Israeli and U.S. jets strike the Natanz Nuclear Facility", "Russia launches 273
/// drones at Ukraine"): the learned check never drops it for want of casualty or weapon
/// words (its cues miss plurals: "drones", "missiles", "strikes"); a bare weapon word
/// ("missiles") is no such strike.
fn state_strike(e: &Event) -> bool {
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
fn property_destroyed(e: &Event) -> bool {
    e.sub_event_type == "Looting/property destruction" && e.modality == Modality::Occurred
}

/// Whether the rules coded a riot by a crowd they named ("Protesters hurled stones at the
/// parliament building"): stones, fire and fists are violence the check's cues (casualty
/// and weapon words) do not see, so it is never dropped for want of them.
fn crowd_violence(e: &Event) -> bool {
    e.event_type == "Riots"
        && e.modality == Modality::Occurred
        && e.actor1.as_ref().is_some_and(|a| a.name.starts_with("Rioters") || a.name.starts_with("Protesters"))
}

/// Whether the rules coded a measure of coercion told as imposed ("the government
/// declared martial law", "imposed a curfew", "banned protests"): the verb makes it the
/// day's news, which the check, taught on many mentions of a past martial law or
/// curfew, does not see.
fn measure_imposed(e: &Event) -> bool {
    e.sub_event_type == "Other"
        && e.modality == Modality::Occurred
        && e.evidence.first().is_some_and(|t| {
            let t = t.text.to_lowercase();
            t.starts_with("declared ") || t.starts_with("imposed ") || t.starts_with("banned ")
        })
}

/// Verbs of a crowd's gathering ("Demonstrators gather", "140,000 people demonstrate",
/// "launched a protest", "go on general strike").
const GATHERING: &[&str] = &[
    "gather",
    "gathered",
    "rally",
    "rallied",
    "demonstrate",
    "demonstrated",
    "march",
    "marched",
    "protest",
    "protested",
    "launched",
    "launch",
    "staged",
    "stage",
    "held",
    "hold",
    "go",
    "went",
    "took",
    "take",
];

/// Whether a protest is told as a crowd gathering: a word for demonstrators, people or
/// a count of them ("Over 140,000 people demonstrate in Belgrade", "Demonstrators rally
/// in central Stockholm", "Student groups … launched a protest in several cities"), then
/// at most four words on (seven for "launched", "staged", "held") a verb of gathering
/// that no "to" or modal governs. Such an
/// event stands even where the document names no violence (the learned check never
/// drops it).
fn crowd_gathered(ctx: &Context, e: &Event) -> bool {
    if e.event_type != "Protests" {
        return false;
    }
    let Some((k, _, _)) = e.evidence.first().and_then(|sp| span_tokens(ctx.seg, sp)) else { return false };
    let tokens = &ctx.seg.tokens[ctx.seg.sentences[k].tokens.clone()];
    let w: Vec<String> = tokens.iter().map(|t| t.text(ctx.text).to_lowercase()).collect();
    let crowd = |x: &str| {
        rules::PROTESTER_NOUNS.contains(&x)
            || matches!(x, "people" | "workers" | "students" | "groups" | "thousands" | "hundreds" | "supporters")
    };
    // "launched a protest", "held a rally", "went on strike", "took to the streets".
    let object = |v: usize| match w[v].as_str() {
        "launched" | "launch" | "staged" | "stage" | "held" | "hold" => {
            (v + 1..(v + 4).min(w.len())).any(|o| rules::demonstration_word(&w[o]))
        }
        "go" | "went" => w.get(v + 1).is_some_and(|x| x == "on"),
        "took" | "take" => w.get(v + 1).is_some_and(|x| x == "to"),
        _ => true,
    };
    // "Demonstrations take place at state capitols", "Human chain protests are held
    // across …": a demonstration told as happening.
    let held = (0..w.len()).any(|i| {
        rules::demonstration_word(&w[i])
            && !rules::PROTESTER_NOUNS.contains(&w[i].as_str())
            && happened_after(ctx, k, tokens, &w, i + 1)
    });
    held || (0..w.len()).any(|i| {
        crowd(&w[i])
            && (i + 1..(i + 8).min(w.len())).any(|v| {
                GATHERING.contains(&w[v].as_str())
                    && !matches!(w[v - 1].as_str(), "to" | "will" | "would" | "could" | "may" | "might")
                    && !rules::AUXILIARIES.contains(&w[v - 1].as_str())
                    && object(v)
                    && (v - i <= 4 || matches!(w[v].as_str(), "launched" | "staged" | "held"))
            })
    })
}

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
fn recover(
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
    let drafts = incidents::cluster(code_triggers(&s, coded, &[(i, i + 1, family)], true));
    finish(ctx, drafts, filed_at, coded);
    for e in &mut coded.events {
        if e.modality != Modality::Threatened {
            e.event_type = event_type.to_string();
            e.sub_event_type = sub_event_type.to_string();
            e.plover = plover.to_string();
        }
    }
    coded
        .diagnostics
        .push(format!("event at byte {} found by the learned classifier (margin {margin:.2})", tokens[i].start));
}

/// The rule family that codes an ACLED sub-type alike.
fn family_of(sub_event_type: &str) -> Option<Family> {
    Some(match sub_event_type {
        "Armed clash" => Family::Clash,
        "Government regains territory"
        | "Non-state actor overtakes territory"
        | "Non-violent transfer of territory" => Family::Territory,
        "Air/drone strike" => Family::AirStrike,
        "Chemical weapon" => Family::Chemical,
        "Grenade" => Family::Grenade,
        "Remote explosive/landmine/IED" => Family::Explosive,
        "Shelling/artillery/missile attack" => Family::Shelling,
        "Suicide bomb" => Family::Suicide,
        "Excessive force against protesters" => Family::Kill,
        "Peaceful protest" | "Protest with intervention" => Family::Protest,
        "Mob violence" | "Violent demonstration" => Family::Riot,
        "Agreement" => Family::Agreement,
        "Arrests" => Family::Arrest,
        "Change to group/activity" | "Headquarters or base established" => Family::Founded,
        "Disrupted weapons use" => Family::Foil,
        "Looting/property destruction" => Family::Looting,
        "Other" => Family::Coercion,
        "Abduction/forced disappearance" => Family::Abduction,
        "Attack" => Family::Attack,
        "Sexual violence" => Family::Sexual,
        _ => return None,
    })
}

/// Where a dateline says the report was filed: the most populous town of that name,
/// in the country or region the dateline adds when it adds one ("KABUL, Afghanistan").
fn dateline_place(ctx: &Context, d: &tidings_text::Dateline) -> Option<Place> {
    let gaz = ctx.gazetteer;
    let name = &ctx.text[d.place.clone()];
    let region = d.region.clone().map(|r| &ctx.text[r]);
    let region_cc: Vec<String> =
        region.map(|r| gaz.lookup(r).into_iter().map(|i| gaz.entry(i).country.clone()).collect()).unwrap_or_default();
    let best = gaz
        .lookup(name)
        .into_iter()
        .map(|i| gaz.entry(i))
        .filter(|e| e.precision() == 1)
        .filter(|e| region_cc.is_empty() || region_cc.contains(&e.country))
        .max_by_key(|e| (e.population, std::cmp::Reverse(e.id)))?;
    Some(gaz.place(best, vec![Span::of(ctx.text, d.place.start, d.place.end)]))
}

/// The first PLOVER interaction a sentence names ("Greece demanded that …", "Sudan
/// lifted a state of emergency"): its category, the actors before and after the words
/// that name it, the modality and the date of its clause.
fn interaction(s: &Sent) -> Option<Interaction> {
    let (a, b, plover) = (0..s.lower.len()).find_map(|i| {
        rules::PLOVER_PHRASES
            .iter()
            .filter(|(p, _)| matches_phrase(&s.lower, i, p))
            .max_by_key(|(p, _)| p.len())
            .map(|&(p, c)| (i, i + p.len(), c))
    })?;
    let parts = participants(s);
    let actor1 = parts.iter().rev().find(|p| p.end_tok <= a).map(|p| p.actor.clone());
    let actor2 = parts.iter().find(|p| p.tok >= b && Some(&p.actor.id) != actor1.as_ref().map(|x| &x.id));
    let modality = if plover == "THREATEN" { Modality::Threatened } else { modality(s, a, Family::Agreement) };
    Some(Interaction {
        plover: plover.to_string(),
        modality,
        actor1,
        actor2: actor2.map(|p| p.actor.clone()),
        date: nearest_date(s, a).map(|(t, _)| t),
        evidence: vec![s.span(a, b)],
    })
}

/// "There were no fatalities", "did not injure anyone": the phrase and its sentence.
fn no_deaths_said(s: &Sent) -> Option<(Span, (usize, usize))> {
    (0..s.lower.len()).find_map(|i| {
        rules::NO_DEATHS.iter().find(|p| matches_phrase(&s.lower, i, p)).map(|p| (s.span(i, i + p.len()), s.bounds()))
    })
}

/// Arrests told in the sentence of a demonstration ("police used tear gas and arrested 30
/// people to disperse a demonstration by traders"), of nobody named, are the
/// demonstration's intervention: ACLED codes one event, a protest with intervention, whose
/// second side is the arresting force.
fn fold_arrests_into_protest(s: &Sent, found: &mut Vec<Draft>) {
    let occurred = |d: &Draft| d.modality == Modality::Occurred;
    // "arrested 14 students … accusing them of organising protests", "detained for
    // joining the protests": the protest is the charge, the arrests are their own event.
    let charge = |d: &Draft| {
        let k = s.at(d.trigger.start);
        (k.saturating_sub(4)..k).any(|j| {
            let w = s.word(j);
            w.starts_with("organi")
                || w.starts_with("incit")
                || w.starts_with("plann")
                || w.starts_with("join")
                || matches!(w, "for" | "over" | "participating" | "part" | "calling" | "called" | "leading" | "led")
        })
    };
    let Some(p) = found.iter().position(|d| d.family == Family::Protest && occurred(d) && !charge(d)) else {
        return;
    };
    let unnamed = |a: &Option<tidings_model::ActorRef>| {
        a.as_ref().is_none_or(|a| a.name.starts_with("Civilians") || a.name.starts_with("Protesters"))
    };
    let joins = |protest: &Draft, d: &Draft| {
        d.family == Family::Arrest
            && occurred(d)
            && !d.fresh
            && unnamed(&d.actor2)
            && (d.location.is_none()
                || d.location.as_ref().map(|x| &x.name) == protest.location.as_ref().map(|x| &x.name))
    };
    fold_into(found, p, joins, |protest, d| {
        protest.intervention = true;
        if protest.actor2.is_none() {
            protest.actor2 = d.actor1;
        }
    });
}

/// Folds every other draft of `found` that `joins` the draft at `t` into it: `take`
/// moves what the joined draft adds, and its trigger and evidence become the target's.
fn fold_into(
    found: &mut Vec<Draft>,
    mut t: usize,
    joins: impl Fn(&Draft, &Draft) -> bool,
    mut take: impl FnMut(&mut Draft, Draft),
) {
    let mut i = 0;
    while i < found.len() {
        if i != t && joins(&found[t], &found[i]) {
            let mut d = found.remove(i);
            if i < t {
                t -= 1;
            }
            let target = &mut found[t];
            target.extra_evidence.push(d.trigger.clone());
            target.extra_evidence.append(&mut d.extra_evidence);
            take(target, d);
        } else {
            i += 1;
        }
    }
}

/// The fighting of a capture told in its sentence ("recaptured the town after heavy
/// fighting; 6 militants were killed", "seized the town, killing eight") is the capture
/// itself: ACLED codes an armed clash only where control of the place does not change
/// (CODING_GUIDE). A clash or killing told as fact with no other place or date than the
/// capture's joins it: its toll, sides the capture lacks and its evidence. A fight joins
/// only when told as what preceded the capture ("after heavy fighting"); one told on its
/// own ("fought off several counterattacks the following day", "a ceasefire ended a week
/// of fighting") is its own event.
fn fold_fighting_into_capture(s: &Sent, found: &mut Vec<Draft>) {
    let Some(t) = found.iter().position(|d| d.family == Family::Territory && d.modality == Modality::Occurred) else {
        return;
    };
    let after = |d: &Draft| {
        let k = s.at(d.trigger.start);
        (k.saturating_sub(5)..k).any(|j| s.word(j) == "after")
    };
    let joins = |capture: &Draft, d: &Draft| {
        (d.family == Family::Kill || d.family == Family::Clash && after(d))
            && d.modality == Modality::Occurred
            && !d.fresh
            && (d.location.is_none()
                || d.location.as_ref().map(|p| &p.name) == capture.location.as_ref().map(|p| &p.name))
            && (d.date.is_none() || d.date.as_ref().map(|x| &x.0.value) == capture.date.as_ref().map(|x| &x.0.value))
    };
    fold_into(found, t, joins, |capture, d| {
        if capture.fatalities.is_none() {
            capture.fatalities = d.fatalities;
            capture.toll_claimed = d.toll_claimed;
        }
        if capture.actor1.is_none() {
            capture.actor1 = d.actor1;
        }
        if capture.actor2.is_none() {
            capture.actor2 = d.actor2;
        }
    });
}

/// Whether the number at word `i` is a perpetrator's claim: a claim verb earlier in the
/// sentence and the claimant's own killing told between ("claimed the attack …, saying
/// it had killed more than 100 soldiers", "claims to have killed 30").
fn claimed_toll(s: &Sent, i: usize) -> bool {
    let Some(claim) = (0..i).find(|&k| matches!(s.word(k), "claimed" | "claiming" | "claims" | "boasted")) else {
        return false;
    };
    (claim + 1..i).any(|k| {
        matches!(
            (s.word(k), s.lower.get(k + 1).map_or("", String::as_str)),
            ("it" | "they", "had" | "has" | "have" | "killed") | ("to", "have")
        )
    })
}

/// Whether the toll whose evidence starts at word `i` is told as more dead of an
/// incident already told: "also" among the words of its phrase ("two rebels were also
/// killed", "the attackers also killed a guard").
fn also_toll(s: &Sent, i: usize) -> bool {
    let (_, end) = clause_of(s, i);
    (i.saturating_sub(2)..(i + 5).min(end)).any(|k| s.word(k) == "also")
}

/// A statement that nobody died sets the toll of the incident it speaks of to 0: the
/// event told in its sentence, else the last one told before it, that could have hurt
/// someone (a violent event, a riot, a looting, a protest, an abduction).
fn zero_toll(drafts: &mut [Draft], span: Span, (start, end): (usize, usize)) {
    let could_hurt =
        |f: Family| f.is_violent() || matches!(f, Family::Riot | Family::Looting | Family::Protest | Family::Abduction);
    let happened = |d: &Draft| could_hurt(d.family) && d.modality == Modality::Occurred;
    let told_here =
        |d: &Draft| std::iter::once(&d.trigger).chain(&d.extra_evidence).any(|e| (start..end).contains(&e.start));
    let here = drafts.iter().position(|d| happened(d) && told_here(d));
    let before = || drafts.iter().rposition(|d| happened(d) && d.trigger.start < span.start);
    if let Some(d) = here.or_else(before).map(|i| &mut drafts[i]) {
        if d.fatalities.is_none() {
            d.fatalities = Some(Fatalities { low: 0, best: 0, high: 0, evidence: vec![span] });
        }
    }
}

/// Trigger matches of a sentence: (first token, end token, family).
fn triggers(s: &Sent) -> Vec<(usize, usize, Family)> {
    let mut found: Vec<(usize, usize, Family)> = Vec::new();
    let mut i = 0;
    while i < s.lower.len() {
        let best = rules::RULES
            .iter()
            .filter(|r| matches_phrase(&s.lower, i, r.phrase))
            .max_by_key(|r| r.phrase.len())
            .map(|r| (i, i + r.phrase.len(), r.family));
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
    // A bare foiling verb ("prevent", "disrupted") foils an attack only when its object
    // names one ("prevented a terrorist act", "thwarted the plot").
    found.retain(|t| {
        t.2 != Family::Foil
            || t.1 - t.0 > 1
            || matches!(s.word(t.0), "defused")
            || (t.1..(t.1 + 6).min(s.lower.len())).any(|k| rules::PLOT_WORDS.contains(&s.word(k)))
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
    // "have taken the village of Zhuravka", "took the town of Bakhmut": a place taken.
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
    found.sort_by_key(|t| t.0);
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
    found
}

/// Violent verbs in the present of news summaries, which the lexicon names by their past
/// form: "M23 rebels capture the town of Katale", "an assailant stabs two civilians",
/// "Hamas executes eight men", "a gunman shoots a settler".
const PRESENT_VERBS: &[(&str, Family)] = &[
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
fn present_tense_verbs(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
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

fn hijacked_vehicle(w: &str) -> bool {
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
fn person_shot(s: &Sent, i: usize) -> bool {
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
fn weapons_fired(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
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
fn joined_armed_group(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
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
const STRIKE_MODIFIERS: &[&str] = &[
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
const LABOUR_WORDS: &[&str] = &[
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
fn military_strikes(s: &Sent, found: &mut Vec<(usize, usize, Family)>) {
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
        // The words before it back to a determiner, a verb or a clause start: its modifiers.
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
        let nation = (m..i).any(|k| {
            let w = &s.ctx.text[s.tokens[k].start..s.tokens[k].end];
            w.starts_with(char::is_uppercase) && s.ctx.gazetteer.demonym(w).is_some()
        }) || (m..i).any(|k| matches!(s.word(k), "'s" | "’s"));
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
        // "An Iranian missile strike", "rockets and strikes": the weapon names the means.
        let fired = |w: &str| {
            w.starts_with("missile")
                || w.starts_with("rocket")
                || w.starts_with("mortar")
                || w == "ballistic"
                || w == "artillery"
        };
        let flown = |w: &str| {
            w.starts_with("drone")
                || w == "air"
                || w.starts_with("airstrike")
                || rules::WEAPONS.contains(&(w, "aircraft"))
        };
        let family = if (start..end).any(|k| fired(s.word(k))) && !(start..end).any(|k| flown(s.word(k))) {
            Family::Shelling
        } else {
            Family::AirStrike
        };
        found.push((i, i + 1, family));
        added = true;
    }
    if added {
        found.sort_by_key(|t| t.0);
    }
}

fn code_sentence(s: &Sent, coded: &mut Coded) -> Vec<Draft> {
    code_triggers(s, coded, &triggers(s), false)
}

/// Codes the given triggers of a sentence; `forced` triggers (the learned classifier's)
/// skip the rules' filters of generic mentions, comparisons and running totals.
fn code_triggers(s: &Sent, coded: &mut Coded, found: &[(usize, usize, Family)], forced: bool) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for &(a, b, family) in found {
        if (!forced && filtered(s, a, b, family, &out))
            || (forced && not_told(s, a, b))
            || not_political(s, a, b, family)
            || habitual(s, a, b)
        {
            continue;
        }
        let modality = modality(s, a, family);
        // One clause, one event: a second trigger of a violent family joins the first,
        // and the more specific of the two names it.
        let clause = clause_of(s, a);
        // "a separate attack", "and the car bomb attacks in Diyala Province": another
        // incident told in the same clause.
        let fresh = (a.saturating_sub(3)..a).any(|k| rules::FRESH.contains(&s.word(k)) && !definite_ordinal(s, k))
            || (a.saturating_sub(2)..=a).any(|k| example_before(s, k));
        // "… the May 2021 bombing of a mosque, and the bombing at the airport on August
        // 26": a coordinated report with a place or a date of its own.
        let coordinated = (a.saturating_sub(4)..a).any(|k| s.word(k) == "and");
        let own_place = s.places().any(|p| {
            let i = s.at(p.span_start);
            i > b && i <= b + 6 && matches!(s.word(i - 1), "in" | "at" | "near")
        });
        let own_date = clause_dates(s, a).into_iter().find(|t| {
            let i = s.at(t.evidence[0].start);
            i >= b && i <= b + 10
        });
        if let Some(prev) = out.iter_mut().rev().find(|d| {
            let other_day = own_date.is_some_and(|t| {
                d.date.as_ref().is_none_or(|(x, _)| x.value != day_of(t).value)
                    && s.at(t.evidence[0].start) > s.at(d.trigger.start)
            });
            // "The attack came two days after troops raided a camp": an incident dated
            // from the other is another incident.
            let offset = (s.at(d.trigger.start)..a).any(|i| {
                i > 0
                    && matches!(s.word(i), "after" | "before")
                    && matches!(s.word(i - 1), "hours" | "day" | "days" | "week" | "weeks" | "months" | "years")
            });
            let separate = fresh || offset || (coordinated && (own_place || other_day));
            // "signed a ceasefire agreement", "agreed to a truce": one agreement told in
            // two words of its clause.
            let agreement = d.family == Family::Agreement && family == Family::Agreement;
            (d.family.is_violent() && family.is_violent() || agreement)
                && d.modality == modality
                && !separate
                && !distinct(d.family, family)
                && clause_of(s, s.at(d.trigger.start)) == clause
        }) {
            prev.extra_evidence.push(s.span(a, b));
            // "12 were killed when the car bomb exploded": the clause retells an incident
            // if any of its words for it is definite.
            prev.anaphoric |= definite(s, a);
            if family.specificity() > prev.family.specificity() {
                prev.family = family;
            }
            if prev.family == Family::AirStrike && drones_listed_with_missiles(s) {
                prev.family = Family::Shelling;
            }
            // "a car bomb … killing at least five": the joined killing gives the toll.
            if prev.fatalities.is_none()
                && family.is_violent()
                && matches!(modality, Modality::Occurred | Modality::Claimed)
            {
                prev.fatalities = fatalities(s, a, b);
            }
            prev.victim_armed |= victim_armed(s, a, b, None);
            continue;
        }
        // "attacked anti-government protesters", "the killing of a protester":
        // demonstrators named as the side a violence just told acted upon (at most three
        // words after its trigger, no clause break between) hold no demonstration of
        // their own in this clause.
        if family == Family::Protest && b - a == 1 && rules::PROTESTER_NOUNS.contains(&s.word(a)) {
            let acted_upon = |d: &Draft| {
                let e = s.at(d.trigger.end);
                d.family.is_violent()
                    && e <= a
                    && a - e <= 3
                    && (e..a).all(|k| !matches!(s.word(k), "," | "and" | "as" | "while" | ";" | "when"))
            };
            if let Some(prev) = out.iter_mut().rev().find(|d| acted_upon(d)) {
                prev.extra_evidence.push(s.span(a, b));
                continue;
            }
        }
        // "Police dispersed the protest and detained 20": an arrest at a demonstration
        // told in its sentence is the police's intervention in it (ACLED: one protest with
        // intervention).
        if family == Family::Arrest {
            if let Some(p) = out.iter_mut().rev().find(|d| d.family == Family::Protest && d.modality == modality) {
                p.intervention = true;
                p.extra_evidence.push(s.span(a, b));
                continue;
            }
        }
        // "Militiamen torched dozens of houses and looted shops": one clause, one
        // property destruction.
        if family == Family::Riot && property_trigger(s, a, b) {
            if let Some(p) = out.iter_mut().rev().find(|d| {
                d.family == Family::Looting && d.modality == modality && clause_of(s, s.at(d.trigger.start)) == clause
            }) {
                p.extra_evidence.push(s.span(a, b));
                continue;
            }
        }
        let mut drafts = roles(s, a, b, family, modality, coded);
        for d in &mut drafts {
            d.fresh = fresh;
            d.mass = family == Family::Arrest && mass_count(s, a, b);
            let near = a.saturating_sub(6)..(b + 6).min(s.lower.len());
            // A crowd in a report of demonstrations is the demonstrators' (a violent
            // demonstration), not a mob.
            // A riot of inmates ("a prison riot in Machala") is no demonstration either.
            let prison = family == Family::Riot
                && near.clone().any(|i| matches!(s.word(i), "prison" | "prisons" | "inmates" | "jail" | "prisoners"));
            d.mob = (near.clone().any(|i| rules::MOB_NOUNS.contains(&s.word(i))) || community_agent(s, a, b) || prison)
                && !protest_told(s, PROTEST_REACH);
            // The police's intervention is this protest's when told in its part of the
            // sentence, or in another part where no other demonstration is told between
            // them ("marched peacefully in Louisville; later that night, protesters in
            // Minneapolis …, and in Atlanta police used tear gas"); not whom the protest
            // is for ("the release of detained activists").
            let (pa, pb) = semicolon_span(s, a);
            let other_between = |i: usize| {
                found.iter().any(|t| {
                    t.0 != a && matches!(t.2, Family::Protest | Family::Riot) && a.min(i) < t.0 && t.0 < a.max(i)
                })
            };
            d.intervention = family == Family::Protest
                && (0..s.lower.len()).any(|i| {
                    i != a
                        && rules::INTERVENTION.contains(&s.word(i))
                        && !(i > 0 && matches!(s.word(i - 1), "of" | "the" | "for"))
                        && ((pa..pb).contains(&i) || !other_between(i))
                });
            // "Security forces fired live rounds and tear gas at thousands of protesters":
            // live fire on a demonstration is excessive force (CODING_GUIDE), whoever died.
            if family == Family::Protest && live_fire(s, a) {
                d.family = Family::Kill;
                d.protesters_near = true;
            }
            // "Militants looted shops and torched houses", "unknown attackers set fire to
            // the offices of a party": property looted or burnt where no demonstration,
            // crowd or mob is told in the sentence or the one before is property
            // destruction (ACLED: Strategic developments), no riot.
            if family == Family::Riot
                && !d.mob
                && !d.protesters_near
                && property_trigger(s, a, b)
                && !demonstration_told(s)
            {
                d.family = Family::Looting;
                if d.actor1.as_ref().is_none_or(|x| x.name.starts_with("Rioters")) {
                    d.actor1 = None;
                }
            }
            // "police detained 20 protesters", "X has been detained … by Russian
            // authorities" at a rally: the demonstrators' protest, with intervention.
            // So are people detained at a rally or while protesting ("detained 30
            // participants of an unauthorised rally", "arrested 18 supporters at a rally").
            let at_protest = |i: usize| {
                rules::PROTESTER_NOUNS.contains(&s.word(i))
                    || (rules::demonstration_word(s.word(i))
                        && !s.word(i).starts_with("riot")
                        && !rules::MOB_NOUNS.contains(&s.word(i))
                        && s.word(i) != "unrest")
            };
            if family == Family::Arrest && victim_words(s, a, b, 8).any(at_protest) {
                d.family = Family::Protest;
                d.intervention = true;
                let police = d.actor1.take();
                d.actor2 = police;
            }
            // "Russia's bombing", "Syria's shelling": the country's forces acted.
            if d.actor1.is_none() {
                if let Some(place) = possessor_country(s, a) {
                    let mut actor =
                        generic_actor(s, coded, "Military Forces of {}", ActorKind::StateForce, Some(&place.place));
                    actor.evidence = vec![Span::of(s.ctx.text, place.span_start, place.span_end)];
                    d.actor1 = Some(actor);
                    d.actor1_state = true;
                    d.actor1_country = place.place.country.clone();
                }
            }
            d.weapons = weapons(s);
            // A weapon told in another part of a sentence split by ";" is that part's
            // incident's ("Gunmen kill nine; soldier martyred in Turbat blast").
            let (pa, pb) = semicolon_span(s, a);
            let (lo, hi) = (s.tokens[pa].start, s.tokens[pb - 1].end);
            d.weapons.retain_mut(|w| {
                w.evidence.retain(|e| lo <= e.start && e.end <= hi);
                !w.evidence.is_empty()
            });
            // ACLED: the weapon decides the sub-type ("killed by a bomb" is an explosion).
            if let Some(by_weapon) = family_by_weapon(s, &d.weapons) {
                if d.family.is_violent()
                    && d.family != Family::Clash
                    && by_weapon.specificity() > d.family.specificity()
                {
                    d.family = by_weapon;
                }
            }
            // "Its drones had struck RSF positions, killing dozens", "a missile fired from
            // a US drone killed …": a killing, an attack or a missile told with a drone is
            // an air strike. (A bombing told with drones keeps the means its words name.)
            let drone = d.weapons.iter().any(|w| w.name == "drone");
            if drone && matches!(d.family, Family::Kill | Family::Attack | Family::Shelling) {
                d.family = Family::AirStrike;
            }
            // "Russian missile and drone attacks on Kyiv", "rocket and drone attacks",
            // "12 ballistic missiles, two cruise missiles, and 19 drones": drones listed
            // with missiles or artillery make a missile attack (the heavier means).
            if d.family == Family::AirStrike && drones_listed_with_missiles(s) {
                d.family = Family::Shelling;
            }
            // A bombing that killed its bomber is a suicide bombing.
            if d.family == Family::Explosive && attacker_died(s).is_some() {
                d.family = Family::Suicide;
            }
            // Demonstrators who attack the police riot; they fight no battle, and their
            // gathering told as a protest elsewhere is the same riot.
            if d.family == Family::Attack
                && d.protesters_near
                && d.actor1.as_ref().is_some_and(|a| protester_side(&a.name))
            {
                d.family = Family::Riot;
            }
            d.attribution = attribution(s, a);
            let happened = matches!(modality, Modality::Occurred | Modality::Claimed | Modality::Attempted);
            if family.is_violent() && happened && d.fatalities.is_none() {
                d.fatalities = fatalities(s, a, b);
                // "a man was shot dead", "Keating, who was killed": one dead.
                // "Chekatt – shot dead by police –": one, by an agent.
                let by_agent = b < s.lower.len() && s.word(b) == "by" && !passive_plural(s, a);
                if d.fatalities.is_none()
                    && family == Family::Kill
                    && ((a.saturating_sub(3)..a).any(|i| s.word(i) == "was") || by_agent)
                {
                    d.fatalities = Some(Fatalities { low: 1, best: 1, high: 1, evidence: vec![s.span(a - 1, b)] });
                }
            }
            d.location = location(s, a, family, d);
            d.place_near = s.places().any(|p| place_of_trigger(s, s.at(p.span_start), b));
            if happened && family.is_violent() {
                attribute_unnamed(s, coded, d, family, a, b);
            }
            // ACLED names the unknown: an attack by nobody named is an unidentified
            // group's; a bombing or killing that names no victims hit civilians.
            if happened && family.is_violent() && family != Family::Clash {
                // An air strike is a state's: by nobody named, ACLED's "Unidentified
                // Military Forces", or in a story of the coalition against the Islamic
                // State, the coalition's.
                let air = d.family == Family::AirStrike;
                if d.actor1.is_none() && air && coalition_named(s.ctx, d.location.as_ref()) {
                    let evidence = vec![s.span(0, s.tokens.len())];
                    d.actor1 = Some(generic_named(s.ctx, coded, COALITION, ActorKind::StateForce, None, evidence));
                } else if d.actor1.is_none() {
                    let (base, kind) = if air {
                        ("Unidentified Military Forces", ActorKind::StateForce)
                    } else {
                        ("Unidentified Armed Group", ActorKind::Unknown)
                    };
                    d.actor1 = Some(generic_actor(s, coded, base, kind, d.location.as_ref()));
                }
                let harms_people = d.fatalities.is_some()
                    || (0..s.lower.len()).any(|i| {
                        rules::CIVILIAN_NOUNS.contains(&s.word(i))
                            || matches!(s.word(i), "wounded" | "injured" | "wounding" | "injuring" | "hurt")
                    });
                let against_people = matches!(
                    family,
                    Family::Explosive | Family::Suicide | Family::Attack | Family::Kill | Family::Grenade
                );
                // Shelling and air strikes that name no armed target: ACLED's victims are
                // the civilians of the place hit.
                let remote = matches!(d.family, Family::AirStrike | Family::Shelling | Family::Chemical);
                // "killing one soldier", "eight policemen dead": the force the victims serve.
                if let (None, Some(base)) = (&d.actor2, victim_force(s, a, b)) {
                    d.actor2 = Some(generic_actor(s, coded, base, ActorKind::StateForce, d.location.as_ref()));
                } else if d.actor2.is_none()
                    && civilians_by_default(
                        against_people && harms_people,
                        remote && harms_people,
                        d.victim_armed || victims_armed(s, a, b),
                        || armed_in_sentence(s, a) || military_object(s),
                    )
                {
                    d.actor2 = Some(generic_actor(s, coded, "Civilians", ActorKind::Civilians, d.location.as_ref()));
                }
            }
            // ACLED names the side it knows by role: arrests are the police's, charges the
            // government's, demonstrations the protesters' or rioters'.
            let role = match d.family {
                Family::Looting => Some(("Unidentified Armed Group", ActorKind::Unknown)),
                Family::Arrest if happened => Some(("Police Forces of {}", ActorKind::StateForce)),
                Family::Legal if happened => Some(("Government of {}", ActorKind::Government)),
                Family::Protest => Some(("Protesters", ActorKind::Protesters)),
                Family::Riot => Some(("Rioters", ActorKind::Protesters)),
                _ => None,
            };
            if let (None, Some((base, kind))) = (&d.actor1, role) {
                d.actor1 = Some(generic_actor(s, coded, base, kind, d.location.as_ref()));
            }
            // A mob's victims and looted or burnt property: civilians unless named.
            let mob_violence = d.family == Family::Riot && d.mob;
            if d.actor2.is_none() && happened && (mob_violence || d.family == Family::Looting) {
                d.actor2 = Some(generic_actor(s, coded, "Civilians", ActorKind::Civilians, d.location.as_ref()));
            }
            // A town an armed group overran or captured was the state's: ACLED codes the
            // state's forces as the side that lost it where the text names no holder.
            let seized = || {
                let trigger = d.trigger.text.to_lowercase();
                [
                    "overran",
                    "overrun",
                    "captured",
                    "seized",
                    "seizes",
                    "took control",
                    "took over",
                    "takeover",
                    "stormed",
                ]
                .iter()
                .any(|w| trigger.contains(w))
            };
            if d.actor2.is_none()
                && happened
                && d.family == Family::Territory
                && d.actor1.is_some()
                && !d.actor1_state
                && seized()
            {
                d.actor2 =
                    Some(generic_actor(s, coded, "Military Forces of {}", ActorKind::StateForce, d.location.as_ref()));
            }
            // Never one actor on both sides ("Police Forces of Japan" intervening in a
            // protest the sentence also names them in).
            if d.actor1.is_some() && d.actor1.as_ref().map(|x| &x.id) == d.actor2.as_ref().map(|x| &x.id) {
                d.actor2 = None;
            }
            // Demonstrators killed (ACLED: excessive force against protesters): whoever
            // killed them is actor1, the police where the text names nobody, and the
            // protesters actor2.
            if d.family == Family::Kill && d.protesters_near {
                let killer = d.actor1.take().filter(|a| {
                    !a.name.starts_with("Unidentified")
                        && !a.name.starts_with("Protesters")
                        && !a.name.starts_with("Rioters")
                });
                // "13 protesters were killed by British paratroopers" read the other way.
                let force = d
                    .actor2
                    .take()
                    .filter(|a| a.name.starts_with("Police Forces") || a.name.starts_with("Military Forces"));
                d.actor1 = Some(killer.or(force).unwrap_or_else(|| {
                    generic_actor(s, coded, "Police Forces of {}", ActorKind::StateForce, d.location.as_ref())
                }));
                d.actor1_state = d
                    .actor1
                    .as_ref()
                    .is_some_and(|a| a.name.starts_with("Police Forces") || a.name.starts_with("Military Forces"));
                d.actor2 = Some(generic_actor(s, coded, "Protesters", ActorKind::Protesters, d.location.as_ref()));
            }
            if d.date.is_none() {
                d.date = nearest_date(s, a);
            }
            d.recalled = newsday::recalled(&s.lower, clause_of(s, a), a, b, s.reference_year).is_some();
            // Without a publication date to count back from, "last week" (like "last
            // month") sets the incident before the report's own.
            if s.ctx.anchor.is_none() && newsday::last_week(&s.lower, clause_of(s, a), a, b) {
                d.recalled = true;
            }
            d.separate = newsday::separate_report(&s.lower);
            // "the juntas that seized power have expelled French troops": an undated
            // relative clause in the past, in a sentence set in the present, recalls.
            if d.date.as_ref().is_none_or(|(_, report)| *report) {
                let parse = s.ctx.analysis.parse(s.k);
                let head = tree::trigger_head(parse, s.tokens[a].start, s.tokens[b - 1].end);
                if head.is_some_and(|v| tree::past_relative_in_present(parse, s.ctx.text, v)) {
                    d.recalled = true;
                }
            }
            // "Read more: The stealthy way an ex-KGB officer was murdered", "Related 7
            // Things …": a link to another story names its incident as history.
            if newsday::link_line(&s.lower, a) {
                d.recalled = true;
            }
            // "Photos: World War II in pictures … after the Japanese attack on December 7,
            // 1941": a sentence set in a world war or the Cold War tells history, unless
            // the incident is dated as recent.
            let era = (1..s.lower.len()).any(|k| s.word(k) == "war" && matches!(s.word(k - 1), "world" | "cold"));
            if era && !d.date.as_ref().is_some_and(|(t, report)| !report && newsday::recent(&t.value)) {
                d.recalled = true;
            }
            // A draft that gathered words outside the frame ("After his killing, ISIS
            // killed dozens": the toll's verb) tells an incident of its own clause.
            d.referenced = d.extra_evidence.is_empty()
                && d.fatalities.as_ref().is_none_or(|f| f.evidence.iter().all(|e| e.start >= d.trigger.start))
                && (newsday::referenced(&s.lower, a).is_some() || named_incident(s, a, b));
            // "Two men arrested in Spain … were extradited": the arrest only says who
            // the men are; it is told as known, not as the day's news.
            if family == Family::Arrest && b == a + 1 {
                let parse = s.ctx.analysis.parse(s.k);
                let verb = |k: usize| {
                    s.tokens.get(k).is_some_and(|t| {
                        parse.words.iter().position(|w| w.start == t.start).is_some_and(|i| parse.is_verb(i))
                    })
                };
                d.referenced |= newsday::arrest_describes(&s.lower, a, verb);
            }
            d.date_near = clause_dates(s, a).iter().any(|t| {
                let i = s.at(t.evidence[0].start);
                i + 3 >= a && i <= b + 3
            });
            d.target = target(s, b, family);
        }
        if family.is_violent() {
            drafts = split_by_place(s, a, b, drafts);
        }
        out.extend(drafts);
    }
    out
}

/// The rules' filters: whether the trigger `a..b` is no event of its own (a generic
/// mention, a comparison with history, a running total, an agreement only named, an
/// incident named as a point in time).
fn filtered(s: &Sent, a: usize, b: usize, family: Family, out: &[Draft]) -> bool {
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
fn community_agent(s: &Sent, a: usize, b: usize) -> bool {
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
const PROTEST_REACH: usize = 2;

/// Whether the sentence or the `reach` ones before it tell of a demonstration
/// ("protesters", "a rally", "marched"), not only of a crowd or a riot.
fn protest_told(s: &Sent, reach: usize) -> bool {
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
fn property_trigger(s: &Sent, a: usize, b: usize) -> bool {
    (a..b).any(|i| rules::PROPERTY_WORDS.iter().any(|w| s.word(i).contains(w)))
}

/// Whether the sentence or the one before it tells of a demonstration, a riot or a
/// crowd ("protesters", "a rally", "rioters", "crowds", "unrest"): property burnt there
/// is the demonstrators' riot, not an armed group's property destruction.
fn demonstration_told(s: &Sent) -> bool {
    let seg = s.ctx.seg;
    let previous = s.k.checked_sub(1).map_or(&[][..], |k| &seg.tokens[seg.sentences[k].tokens.clone()]);
    previous.iter().map(|t| t.text(s.ctx.text).to_lowercase()).any(|w| rules::demonstration_word(&w))
        || s.lower.iter().any(|w| rules::demonstration_word(w))
}

/// Whether the clause of the trigger `a` tells of live fire: "live" before "rounds",
/// "ammunition", "bullets" or "fire".
fn live_fire(s: &Sent, a: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start..end.saturating_sub(1))
        .any(|k| s.word(k) == "live" && matches!(s.word(k + 1), "rounds" | "ammunition" | "bullets" | "fire"))
}

/// Whether a natural hazard or an illness is the cause told next to the trigger `a..b`:
/// its word at most eight words before it in its clause ("A magnitude 7.0 earthquake
/// struck Haiti …, killing"), or right after it ("a battle with cancer").
fn natural_cause(s: &Sent, a: usize, b: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start.max(a.saturating_sub(8))..end.min(b + 3)).any(|k| rules::NATURAL_CAUSES.contains(&s.word(k)))
}

/// Whether the trigger `a..b` tells deaths by nature, illness or accident, or an arrest
/// for ordinary crime: no political violence or security event, whoever found it (the
/// rules or the learned classifier).
fn not_political(s: &Sent, a: usize, b: usize, family: Family) -> bool {
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
fn accidental_sentence(s: &Sent) -> bool {
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
            _ => {
                rules::VIOLENCE_CUES.contains(&w)
                    || rules::WEAPONS.iter().any(|&(weapon, kind)| weapon == w && kind != "aircraft")
            }
        }
    });
    let clusters = &s.ctx.entities.clusters;
    let armed_group = s.mentions.iter().any(|&(ci, _)| armed(clusters[ci].kind) && !is_state(clusters[ci].kind));
    !violence && !armed_group && !cause_retold_as_violence(s)
}

/// Whether the next sentence tells the accident as violence: it retells it with a weapon
/// or a word of violence, or speaks of "the attack" ("Metrojet Flight 9268 crashed …, killing all 224 people on board. Russian
/// investigators blamed the crash on a bomb").
fn cause_retold_as_violence(s: &Sent) -> bool {
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
    the_attack
        || retold
            && words.iter().any(|w| {
                rules::VIOLENCE_CUES.contains(&w.as_str())
                    || rules::WEAPONS.iter().any(|&(weapon, kind)| weapon == w && kind != "aircraft")
            })
}

/// Whether the people the arrest `a..b` takes (its object, "arrested a former governor",
/// "the arrest of two senators", or its passive subject, "the mayor was detained") hold
/// a political office ([`rules::POLITICAL_TITLES`]).
fn office_arrested(s: &Sent, a: usize, b: usize) -> bool {
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
fn accident_cause(s: &Sent, a: usize, b: usize) -> bool {
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
fn ordinary_crime(s: &Sent) -> bool {
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
fn armed_near(s: &Sent, a: usize) -> bool {
    let (start, end) = clause_of(s, a);
    let (start, end) = (start.max(a.saturating_sub(6)), end.min(a + 7));
    armed_mention_in(s, start..end) || s.lower[start..end].iter().any(|w| rules::ARMED_NOUNS.contains(&w.as_str()))
}

/// Whether a mention of a state's force or an armed group starts at a token of `range`.
fn armed_mention_in(s: &Sent, range: std::ops::Range<usize>) -> bool {
    let clusters = &s.ctx.entities.clusters;
    s.mentions.iter().any(|&(ci, mi)| {
        (is_state(clusters[ci].kind) || armed(clusters[ci].kind)) && range.contains(&s.at(clusters[ci].spans[mi].0))
    })
}

/// Words for what air defence shoots down without a crew: missiles, rockets, drones.
fn unmanned(w: &str) -> bool {
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
fn listed_as_destroyed(s: &Sent, a: usize, b: usize) -> bool {
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
fn clause_break(w: &str) -> bool {
    matches!(w, ";" | ":" | "." | "—" | "–" | "which" | "that" | "who")
}

/// A weapon that flies to its target ("drones", "missile", "rockets"): what an
/// interception stops.
fn in_flight(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    matches!(w, "drone" | "missile" | "rocket" | "projectile" | "shell" | "mortar" | "uav")
}

/// Verbs of holding, trading or making a weapon.
const HANDLING: &[&str] = &[
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
const DISRUPTING: &[&str] = &[
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
fn weapon_word(w: &str) -> bool {
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
const EQUIPMENT_HEADS: &[&str] = &[
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
fn equipment(s: &Sent, a: usize, b: usize) -> bool {
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
fn armed_with(s: &Sent, a: usize) -> bool {
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
fn not_told(s: &Sent, a: usize, b: usize) -> bool {
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
const WILL_NOUNS: &[&str] = &[
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
const FEAR_NOUNS: &[&str] =
    &["fear", "fears", "concern", "concerns", "worry", "worries", "anxiety", "speculation", "risk", "prospect"];

/// Whether the trigger at `a` is wished for or feared, not told: it follows a noun of
/// will and "to" at most three words before it ("Turkey's desire to attack Kurds",
/// "the ability to launch strikes"), or a noun of fear and "that" at most ten words
/// before it with no clause break between ("amid fears that Russia is gearing up for a
/// large-scale attack").
fn wished_or_feared(s: &Sent, a: usize) -> bool {
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
fn generic(s: &Sent, a: usize, b: usize) -> bool {
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
fn a_trend(s: &Sent, a: usize, b: usize) -> bool {
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
const HAPPENED: &[&str] = &[
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
const CARRIED_OUT: &[&str] = &[
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
fn happened_after(ctx: &Context, k: usize, tokens: &[Token], w: &[String], b: usize) -> bool {
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
fn told_as_news(s: &Sent, a: usize, b: usize) -> bool {
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
fn told_as_done(s: &Sent, a: usize, b: usize) -> bool {
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
const EXPLODING: &[&str] = &[
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
fn definite_ordinal(s: &Sent, k: usize) -> bool {
    matches!(s.word(k), "second" | "third") && k >= 1 && s.word(k - 1) == "the"
}

/// Words before a verb of carrying out that tell it as unreal: a condition or a modal.
const UNREAL: &[&str] = &["if", "unless", "will", "would", "could", "may", "might", "should", "can", "must", "cannot"];

/// Adverbs of frequency: "attacks occur frequently", "militants often launch attacks"
/// tell a habit, no incident.
const FREQUENCY: &[&str] =
    &["often", "frequently", "rarely", "seldom", "regularly", "usually", "sometimes", "routinely", "occasionally"];

/// Whether the plural trigger `a..b` tells a habit, no incident: an adverb of frequency
/// up to four words before it or six after, no comma between ("Rebels often launch
/// attacks on army posts in Kidal", "Attacks by bandits occur frequently in Zamfara").
fn habitual(s: &Sent, a: usize, b: usize) -> bool {
    if !matches!(s.word(b - 1), "attacks" | "bombings" | "killings" | "clashes" | "kidnappings" | "raids" | "strikes") {
        return false;
    }
    let (start, end) = clause_of(s, a);
    let before = (start.max(a.saturating_sub(4))..a).rev().take_while(|&k| s.word(k) != ",");
    let after = (b..end.min(b + 6)).take_while(|&k| s.word(k) != ",");
    before.chain(after).any(|k| FREQUENCY.contains(&s.word(k)))
}

/// Verbs before "to" that make what follows not done: "refused to extend", "plans to sign".
const REFUSING_OR_PLANNING: &[&str] = &[
    "refused", "refuses", "refuse", "declined", "declines", "rejected", "plans", "planned", "plan", "intends", "wants",
    "want", "wanted", "hopes", "hoped", "expected", "set", "ready", "willing", "urged", "asked",
];

/// Whether an agreement noun is told as made or in force: a verb of agreeing before it
/// ("agreed to a truce", "declared a ceasefire", "call a ceasefire") or of taking effect
/// after it ("a ceasefire ended a week of fighting", "the peace accord signed by …").
fn agreement_made(s: &Sent, a: usize, b: usize) -> bool {
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
fn comparison(s: &Sent, a: usize) -> bool {
    let superlative = (a.saturating_sub(3)..a).any(|k| superlative(s.word(k)));
    superlative
        && (a + 1..(a + 5).min(s.lower.len())).any(|k| matches!(s.word(k), "since" | "in" | "of" | "ever"))
        && (a + 1..(a + 6).min(s.lower.len())).any(|k| {
            matches!(s.word(k), "since" | "ever" | "years" | "decades" | "decade" | "history" | "record")
                || s.tokens[k].kind == tidings_text::TokenKind::Number
        })
}

/// A superlative of a comparison with history ("deadliest", "worst", "largest").
fn superlative(w: &str) -> bool {
    w.ends_with("iest")
        || matches!(w, "worst" | "biggest" | "largest" | "fiercest" | "most" | "greatest" | "heaviest" | "first")
}

/// A running total or a count over a period, not an incident of the day: "the conflict
/// has killed 50,000 since 1992", "more than 300 people have died in attacks this
/// year", "killed in the past three years", "to date", "in total".
fn running_total(s: &Sent, a: usize, b: usize) -> bool {
    let (ca, cb) = clause_of(s, a);
    let w = |k: usize| s.word(k);
    let period = (ca..cb).any(|k| {
        let next = s.lower.get(k + 1).map_or("", String::as_str);
        let next2 = s.lower.get(k + 2).map_or("", String::as_str);
        // "Russia launches 273 drones at Ukraine, the largest such attack since the
        // beginning of the war": the period of a comparison with history, no count.
        let compared = (k.saturating_sub(4)..k).any(|j| superlative(w(j)));
        (w(k) == "since"
            && !compared
            && (s.tokens.get(k + 1).is_some_and(|t| {
                let x = t.text(s.ctx.text);
                x.len() == 4 && x.chars().all(|c| c.is_ascii_digit())
            }) || matches!(next, "the" | "its" | "it") && matches!(next2, "start" | "beginning" | "war" | "conflict" | "began")))
            || (w(k) == "so" && next == "far")
            || (w(k) == "to" && next == "date")
            || (w(k) == "in" && matches!(next, "total" | "all") && !matches!(next2, "of"))
            || (w(k) == "this" && next == "year")
            || (w(k) == "recent" && matches!(next, "years" | "months" | "decades"))
            || (matches!(w(k), "past" | "last") && matches!(next, "decade" | "decades" | "year" | "years" | "months")
                || matches!(w(k), "past" | "last")
                    && rules::number_word(next).is_some()
                    && matches!(next2, "years" | "months" | "decades" | "weeks"))
            || matches!(w(k), "cumulative" | "overall")
            // "are killed every day", "a year".
            || (matches!(w(k), "every" | "each" | "per") && matches!(next, "day" | "week" | "month" | "year"))
    });
    // A perfect ("has killed", "have died", "have been killed") or a war as the subject
    // ("the conflict has killed").
    let perfect = (a.saturating_sub(4)..a).any(|k| matches!(w(k), "has" | "have" | "had"));
    let war_subject = (ca..a).any(|k| {
        matches!(w(k), "conflict" | "war" | "insurgency" | "violence" | "fighting" | "uprising" | "crisis")
            && k + 1 < s.lower.len()
            && matches!(w(k + 1), "has" | "have" | "had" | "killed" | "claimed" | "left")
    });
    let plural = s.word(b - 1).ends_with('s') && b - a == 1;
    (period && (perfect || plural || war_subject)) || (war_subject && perfect)
}

/// Whether the arrest at `a..b` counts hundreds or more of people: a number of 100 or
/// more, or "hundreds" / "thousands", within six words of the trigger in its clause
/// ("Police arrested about 400 people", "thousands were detained").
fn mass_count(s: &Sent, a: usize, b: usize) -> bool {
    let (start, end) = clause_of(s, a);
    (start.max(a.saturating_sub(6))..end.min(b + 6)).any(|k| {
        let count = s.word(k).replace(',', "").parse::<u64>().is_ok_and(|n| n >= 100) && !s.in_time(k);
        count || matches!(s.word(k), "hundreds" | "thousands")
    })
}

/// The clause of token `i` as a token range: a semicolon, "while" or "whereas" starts
/// a new one ("… killed four, while a car bomb in Tarmiyah hurt nine").
fn clause_of(s: &Sent, i: usize) -> (usize, usize) {
    // A title joins two reports by "as" ("Air strike on Idlib market kills 11 as rival
    // rebels battle near Darat Izza"): each keeps its own place. "such as", "as well
    // as", "as many as" join no clauses.
    let title = std::cell::OnceCell::new();
    let joins_reports = |k: usize| {
        s.word(k) == "as"
            && k >= 1
            && !matches!(s.word(k - 1), "such" | "well" | "known" | "as" | "so")
            && !matches!(s.lower.get(k + 1).map(String::as_str), Some("many" | "much" | "well" | "part" | "a" | "an"))
            && *title.get_or_init(|| s.title())
    };
    let is_break = |k: usize| {
        matches!(s.word(k), ";" | "while" | "whilst" | "whereas" | "prompting" | "sparking") || joins_reports(k)
    };
    let start = (0..i.min(s.lower.len())).rev().find(|&k| is_break(k)).map_or(0, |k| k + 1);
    let end = (i + 1..s.lower.len()).find(|&k| is_break(k)).unwrap_or(s.lower.len());
    (start, end)
}

/// The word range of the part of the sentence around word `i` between semicolons.
fn semicolon_span(s: &Sent, i: usize) -> (usize, usize) {
    let start = (0..i.min(s.lower.len())).rev().find(|&k| s.word(k) == ";").map_or(0, |k| k + 1);
    let end = (i + 1..s.lower.len()).find(|&k| s.word(k) == ";").unwrap_or(s.lower.len());
    (start, end)
}

/// [`Draft::part`] for a trigger at word `i`: none unless the sentence has a ";".
fn semicolon_part(s: &Sent, i: usize) -> Option<(usize, usize)> {
    if !s.lower.iter().any(|w| w == ";") || s.tokens.is_empty() {
        return None;
    }
    let (start, _) = semicolon_span(s, i);
    Some((s.tokens[0].start, s.tokens[start.min(s.tokens.len() - 1)].start))
}

/// Towns joined by "and" in the trigger's clause ("in Istanbul and Ankara", "in Kirkuk
/// city and the towns of Dibis and Tuz Khurmatu"): one event per place, the toll divided
/// evenly with the first places taking the larger shares (CODING_GUIDE).
fn split_by_place(s: &Sent, a: usize, b: usize, drafts: Vec<Draft>) -> Vec<Draft> {
    let places = coordinated_places(s, a);
    if places.len() < 2 || drafts.len() != 1 || one_incident(s, a, b) {
        return drafts;
    }
    let d = &drafts[0];
    let k = places.len() as u32;
    places
        .iter()
        .enumerate()
        .map(|(j, p)| {
            let mut e = d.clone();
            e.location = Some(p.place.clone());
            if let Some(f) = &d.fatalities {
                let share = |n: u32| n / k + u32::from((j as u32) < n % k);
                e.fatalities = Some(Fatalities {
                    low: share(f.low),
                    best: share(f.best),
                    high: share(f.high),
                    evidence: f.evidence.clone(),
                });
            }
            e
        })
        .collect()
}

/// Whether the trigger `a..b` names one incident by its article: a singular noun after
/// "a", "an" or "one" ("a car bomb, a roadside blast and a shooting -- in Mosul and
/// Baaj"). One incident happened in one place, however many places its sentence lists.
fn one_incident(s: &Sent, a: usize, b: usize) -> bool {
    let head = s.word(b - 1);
    if head.ends_with('s') || head.ends_with("ed") {
        return false;
    }
    // Up to two modifiers may stand between ("a roadside blast", "a suicide car bomb").
    for k in (a.saturating_sub(3)..a).rev() {
        match s.word(k) {
            "a" | "an" | "one" => return true,
            w if w.chars().all(|c| c.is_alphabetic() || c == '-') && !matches!(w, "and" | "or" | "of" | "the") => {}
            _ => return false,
        }
    }
    false
}

fn coordinated_places<'a>(s: &Sent<'a>, a: usize) -> Vec<&'a ResolvedPlace> {
    let (ca, cb) = clause_of(s, a);
    let (start, end) = (s.tokens[ca].start, s.tokens[cb - 1].end);
    let towns: Vec<&ResolvedPlace> = s
        .ctx
        .places
        .iter()
        .filter(|p| p.literal && p.place.precision <= 2 && p.span_start >= start && p.span_end <= end)
        // "the Baghdad neighborhoods of …" names the container, not a site.
        .filter(|p| {
            let next = s.at(p.span_end);
            !(next < s.lower.len()
                && matches!(s.word(next), "neighborhoods" | "neighbourhoods" | "districts" | "suburbs"))
        })
        .collect();
    let mut chain: Vec<&ResolvedPlace> = Vec::new();
    for p in towns {
        let joined = chain.last().is_some_and(|q| {
            let (x, y) = (s.at(q.span_end), s.at(p.span_start));
            y > x
                && y - x <= 12
                && (x..y).any(|k| s.word(k) == "and")
                && !(x..y).any(|k| {
                    matches!(s.word(k), "killed" | "left" | "wounded" | "injured" | "hurt" | "which" | "who" | "where")
                        || rules::REPORTING.contains(&s.word(k))
                })
        });
        let same = chain.last().is_some_and(|q| q.place.geonames_id == p.place.geonames_id);
        if same {
            continue;
        }
        if !joined {
            if chain.len() >= 2 {
                break;
            }
            chain.clear();
        }
        chain.push(p);
    }
    // The towns are where the event happened only when a locative word leads the chain
    // ("in Istanbul and Ankara", "the towns of Dibis and Tuz Khurmatu") or they are the
    // trigger's object; "between
    // Washington and Moscow", "Russia and Turkey agreed" name parties, not sites.
    let locative = chain.first().is_some_and(|p| {
        let i = s.at(p.span_start);
        // … or the trigger's object: "Japan also attacked Clark and Iba airfields".
        (i > a && i <= a + 3)
            || (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    s.word(k),
                    "in" | "at" | "near" | "outside" | "across" | "around" | "of" | "on" | "inside" | "into"
                )
            })
    });
    if chain.len() >= 2 && locative {
        chain
    } else {
        Vec::new()
    }
}

fn modality(s: &Sent, a: usize, family: Family) -> Modality {
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

/// An actor mention found in a sentence.
#[derive(Debug, Clone)]
struct Participant {
    tok: usize,
    end_tok: usize,
    actor: ActorRef,
    kind: ActorKind,
    country: Option<String>,
    label: Label,
}

fn cluster_ref(c: &Cluster, span: Span) -> ActorRef {
    ActorRef { id: c.id(), name: c.name.clone(), evidence: vec![span] }
}

/// The actors named in a sentence, in order: clusters' mentions, and nominals referring
/// to the document's armed group.
fn participants(s: &Sent) -> Vec<Participant> {
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

fn is_state(kind: ActorKind) -> bool {
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

fn roles(s: &Sent, a: usize, b: usize, family: Family, modality: Modality, coded: &mut Coded) -> Vec<Draft> {
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
    let parts: Vec<Participant> = all_parts.iter().filter(|p| !speaks(p) && !spoken(p)).cloned().collect();
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
    if d.actor1.is_none() && d.actor2.is_none() && !named_any && !concrete(s, a, 4) {
        return Vec::new();
    }
    vec![d]
}

/// The one nation whose forces of `base`'s kind ("Military Forces of {}") the document
/// names up to the end of this sentence ("Israeli forces", "an Israeli soldier"), if no
/// other nation's are named anywhere in it. Only armies: police serve where they are.
fn told_force_country(s: &Sent, base: &str, kind: ActorKind) -> Option<String> {
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
fn state_with_phrase(
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
enum Side<'p> {
    Named(&'p Participant),
    Unnamed(usize),
}

/// The party a nominal of the parse names: a participant holding the word, else one
/// in its compounds, names, appositions, "of"-phrases or conjuncts ("Taliban fighters",
/// "members of ISIS", "X and Y"), nearest first; places named in an "of"-phrase ("the
/// town of Damboa") are no party.
fn side<'p>(parse: &Parse, w: usize, parts: &'p [Participant], pronouns: &'p [Participant]) -> Side<'p> {
    side_of(parse, w, parts, pronouns, true)
}

/// [`side`], through `w`'s conjuncts only where `conjuncts` ("Soldiers and FARC
/// dissidents clashed": each conjunct is a side of its own).
fn side_of<'p>(
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
fn state_force(head: &str) -> Option<(&'static str, ActorKind)> {
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
fn reciprocal(s: &Sent, parse: &Parse, head: usize) -> bool {
    let w = s.ctx.text[parse.words[head].start..parse.words[head].end].to_lowercase();
    parse.is_verb(head)
        && matches!(w.as_str(), "clashed" | "clash" | "fought" | "battled" | "skirmished" | "exchanged" | "traded")
}

/// A word for a state's soldiers or police, one or many ("soldier", "troops",
/// "policeman", "officers").
fn force_noun(head: &str) -> Option<(&'static str, ActorKind)> {
    state_force(head).or_else(|| unnamed_actor(head, true, false).filter(|(_, k)| *k == ActorKind::StateForce))
}

/// The force whose noun comes right after participant `p` ("… Technology police
/// officer", "Frontier Corps soldier"): up to two words, the last a force's noun.
fn force_after(s: &Sent, p: &Participant) -> Option<(&'static str, ActorKind)> {
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
fn harmed_force(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind, Option<String>)> {
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
fn when_clause_victims(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind, Option<String>)> {
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
fn nation_force(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind, Option<String>)> {
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
fn joined_by_conjunction(text: &str, parse: &Parse, first: usize, second: usize) -> bool {
    let between = text[parse.words[first].end..parse.words[second].start].trim().trim_matches(',').trim();
    matches!(between.to_lowercase().as_str(), "and" | "or" | "&")
}

/// The force a lower-case object is of, named by a modifier: "police lines", "a police
/// station", "an army convoy" (the attack was on the force).
fn force_modifier(s: &Sent, parse: &Parse, head: usize) -> Option<(&'static str, ActorKind)> {
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
fn nation_of_strike(s: &Sent, parse: &Parse, head: usize, family: Family) -> Option<String> {
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
fn nationality_of(s: &Sent, parse: &Parse, head: usize) -> Option<String> {
    let text = |w: usize| &s.ctx.text[parse.words[w].start..parse.words[w].end];
    nation_modifiers(parse, head).find_map(|c| s.ctx.gazetteer.demonym(text(c))).map(str::to_string)
}

/// The adjectives and compounds before `w` in the tree, where a nationality word would be.
fn nation_modifiers<'p>(parse: &'p Parse, w: usize) -> impl Iterator<Item = usize> + 'p {
    parse
        .children(w)
        .iter()
        .copied()
        .filter(move |&c| c < w && matches!(tidings_syntax::analysis::base(parse.words[c].deprel), "amod" | "compound"))
}

/// Attacks told as nouns, which a harm may be told as done by or in. Not `tree::ATTACKS`,
/// whose compounds name the agent: with "operation" there, "killed during a Bahia Military
/// Police operation" put the police on both sides (tried in review, thirteenth session).
const ATTACK_NOUNS: &[&str] = &[
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
fn attacker_of_means(
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
fn unnamed_actor(head: &str, violent: bool, agent: bool) -> Option<(&'static str, ActorKind)> {
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
const SOLE_HEADS: &[&str] = &[
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
const CIVILIAN_HEADS: &[&str] = &[
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
fn pronoun_participants(s: &Sent) -> Vec<Participant> {
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

/// Whether the trigger ending at `b` heads a predicate nominal: an indefinite noun phrase
/// after a copula, "as" or "like" ("it was a cowardly attack", "acknowledged the crash
/// as a terrorist attack", "looks like yet another terrorist attack"). It classifies a
/// thing told elsewhere (its subject); it tells no incident of its own.
fn classifying(s: &Sent, b: usize) -> bool {
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
fn named_incident(s: &Sent, a: usize, b: usize) -> bool {
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
fn example_before(s: &Sent, k: usize) -> bool {
    (k >= 2 && s.word(k - 2) == "such" && s.word(k - 1) == "as") || (k >= 1 && s.word(k - 1) == "including")
}

fn definite(s: &Sent, a: usize) -> bool {
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

/// Whether the side acted against is armed: an armed actor, a person named with an
/// armed role ("its leader", "commander"), or armed nouns next to the trigger ("killing
/// one soldier", "an attack on a military post").
fn victim_armed(s: &Sent, a: usize, b: usize, actor2: Option<&Participant>) -> bool {
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
fn victims_armed(s: &Sent, a: usize, b: usize) -> bool {
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
fn passive_before(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|i| matches!(s.word(i), "was" | "were" | "been" | "are" | "is"))
}

fn names_armed(words: &[&str], group: &[bool]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        rules::ARMED_NOUNS.contains(w)
            || ARMED_ROLES.contains(w)
            || matches!(*w, "leader" | "leaders") && group[k.saturating_sub(3)..k].iter().any(|&g| g)
    })
}

/// Ranks and armed men that [`rules::ARMED_NOUNS`] does not list.
const ARMED_ROLES: &[&str] =
    &["emir", "captain", "sergeant", "lieutenant", "colonel", "militiamen", "militias", "terrorists"];

/// Whether an event whose victims no one names hit ACLED's civilians: a bombing or a
/// killing that harmed people (`harmed`), or a strike from afar (`remote`) with nothing
/// armed in its sentence (`armed_target`); never where the words for the victims name
/// armed people (`victims_armed`).
fn civilians_by_default(harmed: bool, remote: bool, victims_armed: bool, armed_target: impl FnOnce() -> bool) -> bool {
    !victims_armed && (harmed || remote && !armed_target())
}

/// Where the words for the side acted against stand: up to `reach` tokens after the
/// trigger but not past its agent ("by …"), and before it only in the passive ("12
/// soldiers were killed"); in the active voice the words before it name the attackers
/// ("gunmen killed …").
fn victim_words<'s>(s: &'s Sent, a: usize, b: usize, reach: usize) -> impl Iterator<Item = usize> + 's {
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
fn concrete(s: &Sent, a: usize, precision: u8) -> bool {
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
fn victim_force(s: &Sent, a: usize, b: usize) -> Option<&'static str> {
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
fn place_of_trigger(s: &Sent, i: usize, b: usize) -> bool {
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
fn describes_people(s: &Sent, a: usize, b: usize) -> bool {
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
fn toll_sentence(s: &Sent) -> Option<Fatalities> {
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
fn toll_clause_of_protesters(s: &Sent, a: usize) -> bool {
    if a < 2 || s.word(a - 1) != "," || !matches!(s.word(a), "killing" | "wounding" | "injuring" | "leaving") {
        return false;
    }
    (a.saturating_sub(32)..a - 1)
        .rev()
        .take_while(|&i| !matches!(s.word(i), "," | ";" | ":"))
        .any(|i| rules::PROTESTER_NOUNS.contains(&s.word(i)))
}

/// A military site whose attack is an attack on the state's forces ("a military base").
const MILITARY_SITES: &[&str] =
    &["base", "bases", "camp", "camps", "post", "posts", "outpost", "barracks", "checkpoint", "convoy", "garrison"];

/// The country named in the possessive right before the trigger ("Russia's bombing").
fn possessor_country<'a>(s: &Sent<'a>, a: usize) -> Option<&'a ResolvedPlace> {
    if a < 2 || !matches!(s.word(a - 1), "'s" | "’s") {
        return None;
    }
    let end = s.tokens[a - 2].end;
    s.places.iter().find(|p| p.span_end == end && p.place.precision == 4)
}

/// The country code of a country named by the parse's word `w` ("Russia", "the United
/// States"), where that word lies in a name the gazetteer resolved to a whole country.
fn country_named(s: &Sent, parse: &Parse, w: usize) -> Option<String> {
    let word = &parse.words[w];
    s.places
        .iter()
        .find(|p| p.place.precision == 4 && p.span_start <= word.start && word.end <= p.span_end)
        .and_then(|p| p.place.country.clone())
}

fn passive_plural(s: &Sent, a: usize) -> bool {
    (a.saturating_sub(3)..a).any(|i| s.word(i) == "were")
}

/// An ACLED-style generic actor ("Civilians (Iraq)", "Unidentified Armed Group
/// (Syria)") for the country of `place`, else of the sentence's first literal place.
fn generic_actor(s: &Sent, coded: &mut Coded, base: &str, kind: ActorKind, place: Option<&Place>) -> ActorRef {
    let cc = place.and_then(|p| p.country.clone()).or_else(|| s.places().next().and_then(|p| p.place.country.clone()));
    generic_named(s.ctx, coded, base, kind, cc, vec![s.span(0, s.tokens.len())])
}

/// ACLED's name of the coalition against the Islamic State.
const COALITION: &str = "Global Coalition Against Daesh";

/// Whether a document names a coalition in a story of Syria or Iraq or of the Islamic
/// State (where ACLED's coalition is the one against it).
fn coalition_named(ctx: &Context, place: Option<&Place>) -> bool {
    let cc = place.and_then(|p| p.country.as_deref());
    (ctx.text.contains("coalition") || ctx.text.contains("Coalition"))
        && (matches!(cc, Some("SY" | "IQ")) || ctx.entities.clusters.iter().any(|c| c.name == "Islamic State"))
}

/// An ACLED-style generic actor for country `cc` (see [`generic_actor`]).
fn generic_named(
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
fn generic_name(ctx: &Context, base: &str, cc: Option<&str>) -> String {
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
fn military_object(s: &Sent) -> bool {
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
fn armed_in_sentence(s: &Sent, a: usize) -> bool {
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
fn attribute_unnamed(s: &Sent, coded: &mut Coded, d: &mut Draft, family: Family, a: usize, b: usize) {
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

/// The family a sentence's weapons imply: a suicide attacker, aircraft, artillery or
/// missiles, grenades, explosives.
fn family_by_weapon(s: &Sent, weapons: &[Tagged]) -> Option<Family> {
    let has = |name: &str| weapons.iter().any(|w| w.name == name);
    let suicide_words =
        s.lower.iter().any(|w| w == "suicide") && (has("explosives") || s.lower.iter().any(|w| w.starts_with("bomb")));
    if suicide_words || (has("explosives") && attacker_died(s).is_some()) {
        Some(Family::Suicide)
    } else if has("aircraft") {
        Some(Family::AirStrike)
    } else if has("artillery") || has("missile") {
        Some(Family::Shelling)
    } else if has("grenade") {
        Some(Family::Grenade)
    } else if has("explosives") {
        Some(Family::Explosive)
    } else {
        None
    }
}

/// Whether the words about a clash name the police and a crowd that protests or supports
/// someone ("clashes between police and supporters of former president Evo Morales",
/// "police clash with protesting miners"): a riot against the police, no battle of two
/// armed sides.
fn police_and_crowd<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    let (mut police, mut crowd) = (false, false);
    for w in words {
        police |= matches!(w, "police" | "policemen" | "riot");
        crowd |= matches!(w, "supporters" | "protesting" | "demonstrating");
    }
    police && crowd
}

/// Whether a sentence lists drones with missiles, rockets or artillery ("missile and
/// drone attacks", "rockets and drones", "12 ballistic missiles, two cruise missiles,
/// and 19 drones"): a drone word and such a word at most four words apart with only
/// "and", "," and their modifiers between, not a missile fired from a drone ("a missile
/// fired from a US drone").
fn drones_listed_with_missiles(s: &Sent) -> bool {
    let weapon = |i: usize, name: &str| rules::WEAPONS.iter().any(|(k, n)| *k == s.word(i) && *n == name);
    let heavy = |i: usize| weapon(i, "missile") || weapon(i, "artillery");
    (0..s.lower.len()).filter(|&i| weapon(i, "drone")).any(|i| {
        let (lo, hi) = (i.saturating_sub(5), (i + 6).min(s.lower.len()));
        (lo..hi).filter(|&j| j != i && heavy(j)).any(|j| {
            let between = if j < i { j + 1..i } else { i + 1..j };
            between.clone().any(|k| matches!(s.word(k), "and" | "," | "&"))
                && between.into_iter().all(|k| !matches!(s.word(k), "from" | "by" | "with" | "fired" | "launched"))
        })
    })
}

/// The token of "the attacker" in "20 people as well as the attacker", "26 people and
/// the bomber": the attacker died with the victims.
fn attacker_died(s: &Sent) -> Option<usize> {
    (2..s.lower.len()).find(|&k| {
        matches!(s.word(k), "attacker" | "bomber" | "gunman" | "assailant")
            && s.word(k - 1) == "the"
            && (s.word(k - 2) == "and" || (k >= 4 && s.word(k - 2) == "as" && s.word(k - 3) == "well"))
            && (k.saturating_sub(8)..k).any(|j| rules::number_word(s.word(j)).is_some_and(|(n, _)| n > 1))
    })
}

fn weapons(s: &Sent) -> Vec<Tagged> {
    let mut out: Vec<Tagged> = Vec::new();
    for (i, w) in s.lower.iter().enumerate() {
        let atomic = i > 0 && w.starts_with("bomb") && matches!(s.word(i - 1), "atomic" | "atom" | "nuclear");
        let listed = rules::WEAPONS.iter().find(|(k, _)| k == w).copied().or(atomic.then_some(("", "explosives")));
        if let Some((_, name)) = listed {
            // "shot" names a firearm only as a verb of shooting, not "a shot at".
            if w == "shot" && i > 0 && matches!(s.word(i - 1), "a" | "the") {
                continue;
            }
            // "petrol bombs" are thrown by hand and burn: no explosive.
            let name = if name == "explosives" && i > 0 && matches!(s.word(i - 1), "petrol" | "gasoline") {
                "incendiary"
            } else {
                name
            };
            // "the atomic bomb dropped on Nagasaki", "the atom bombing of Hiroshima": an
            // atomic bomb is dropped from the air.
            let name = if name == "explosives" && i > 0 && matches!(s.word(i - 1), "atomic" | "atom" | "nuclear") {
                "aircraft"
            } else {
                name
            };
            match out.iter_mut().find(|t| t.name == name) {
                Some(t) => t.evidence.push(s.span(i, i + 1)),
                None => out.push(Tagged { name: name.to_string(), evidence: vec![s.span(i, i + 1)] }),
            }
        }
    }
    out
}

fn attribution(s: &Sent, trigger: usize) -> Option<Attribution> {
    let verb = (0..s.lower.len()).find(|&i| rules::REPORTING.contains(&s.word(i)) && i != trigger);
    let hedge = (0..s.lower.len()).find(|&i| rules::HEDGES.contains(&s.word(i)));
    if verb.is_none() && hedge.is_none() {
        return None;
    }
    let parts = participants(s);
    let mut evidence = Vec::new();
    let mut source = None;
    if let Some(v) = verb {
        evidence.push(s.span(v, v + 1));
        // The nearest actor before ("the FSB said") or after ("says the FSB’s website").
        let near = parts
            .iter()
            .filter(|p| p.end_tok <= v && v - p.end_tok <= 2 || p.tok > v && p.tok - v <= 3)
            .min_by_key(|p| if p.tok > v { p.tok - v } else { v - p.end_tok });
        if let Some(p) = near {
            // Extend over "’s official website".
            let mut end = p.end_tok;
            if end < s.lower.len() && matches!(s.word(end), "'s" | "’s") {
                end += 1;
                while end < s.lower.len()
                    && end < p.end_tok + 4
                    && s.word(end).chars().all(char::is_lowercase)
                    && end != v
                {
                    end += 1;
                    if matches!(
                        s.word(end - 1),
                        "website" | "statement" | "spokesman" | "spokesperson" | "office" | "service"
                    ) {
                        break;
                    }
                }
            }
            let span = s.span(p.tok, end);
            source = Some(span.text.clone());
            evidence.push(span);
        }
    }
    if let Some(h) = hedge {
        evidence.push(s.span(h, h + 1));
    }
    let quoted = {
        let before = &s.ctx.text[s.tokens[0].start..s.tokens[trigger].start];
        let open = before.matches('“').count();
        let close = before.matches('”').count();
        open > close || before.matches('"').count() % 2 == 1
    };
    Some(Attribution { source, verb: verb.map(|v| s.word(v).to_string()), hedged: hedge.is_some(), quoted, evidence })
}

fn fatalities(s: &Sent, a: usize, b: usize) -> Option<Fatalities> {
    // "A wave of attacks across Iraq killed 107": the sum over several incidents is no
    // incident's toll (CODING_GUIDE: the dead of the event only).
    let (ca, _) = clause_of(s, a);
    if (ca..a.min(s.lower.len()))
        .any(|k| rules::SERIES_NOUNS.contains(&s.word(k)) && s.lower.get(k + 1).is_some_and(|w| w == "of"))
        || (a >= 2 && rules::SERIES_NOUNS.contains(&s.word(a - 2)) && s.word(a - 1) == "of")
    {
        return None;
    }
    let lethal_trigger = (a..b).any(|i| {
        let w = s.word(i);
        [
            "killed",
            "killing",
            "kills",
            "dead",
            "neutralized",
            "neutralised",
            "liquidated",
            "eliminated",
            "executed",
            "massacred",
            "murdered",
            "died",
            "beheaded",
        ]
        .iter()
        .any(|k| w.starts_with(k))
    });
    let death_words = [
        "killed",
        "killing",
        "dead",
        "died",
        "neutralized",
        "liquidated",
        "eliminated",
        "deaths",
        "death",
        "lives",
        "bodies",
        "toll",
        "fatalities",
        "fatality",
    ];
    if !lethal_trigger {
        // Another trigger ("clash", "car bomb"): the toll next to a death word of its clause.
        let (ca, cb) = clause_of(s, a);
        let death = (ca..cb).find(|&i| death_words.contains(&s.word(i)))?;
        return toll(s, death, death + 1).or_else(|| one_victim(s, death + 1));
    }
    toll(s, a, b).or_else(|| one_victim(s, b))
}

/// One dead where a lethal word's object is one person: "killed a businessman",
/// "shot dead a traditional chief", "the killing of her husband", "murdered the girl".
/// The object is a determiner, at most three modifiers, then a singular common noun
/// that ends the phrase ("killed a policeman and two civilians" is left to the toll).
fn one_victim(s: &Sent, b: usize) -> Option<Fatalities> {
    let parse = s.ctx.analysis.parse(s.k);
    let n = s.lower.len().min(parse.words.len());
    let mut i = b;
    if i < n && s.word(i) == "of" {
        i += 1;
    }
    if i >= n || !matches!(s.word(i), "a" | "an" | "the" | "his" | "her" | "their") {
        return None;
    }
    use tidings_syntax::Upos;
    let det = i;
    // The phrase runs over modifiers and names to its last noun: "a senior al Qaeda
    // figure", "a police officer".
    let limit = (det + 6).min(n);
    let mut end = det + 1;
    while end < limit && matches!(parse.words[end].upos, Upos::Adj | Upos::Verb | Upos::Propn | Upos::Noun) {
        end += 1;
    }
    let head = end.checked_sub(1).filter(|&h| h > det && parse.words[h].upos == Upos::Noun)?;
    let w = s.word(head);
    let plural = w.ends_with('s') && !w.ends_with("ss");
    let phrase_ends = end >= n || !matches!(parse.words[end].upos, Upos::Noun | Upos::Cconj);
    let person = rules::PERSON_NOUNS.contains(&w);
    (!plural && phrase_ends && person).then(|| Fatalities {
        low: 1,
        best: 1,
        high: 1,
        evidence: vec![s.span(det, head + 1)],
    })
}

/// The number of dead next to the lethal word(s) `a..b`.
fn toll(s: &Sent, a: usize, b: usize) -> Option<Fatalities> {
    // "liquidated (to) two …", "killed at least 12"; "12 people were killed".
    let candidates: Vec<usize> = if s.word(a) == "dead" {
        // "left 21 dead and almost 200 injured": the number before, nearest first.
        (a.saturating_sub(6)..a).rev().collect()
    } else {
        // After the lethal word, its object only: a number past a clause break is another
        // count ("were killed and 30 injured", "beheaded, and about 30 houses burned").
        let end = (b..(b + 4).min(s.lower.len()))
            .find(|&i| matches!(s.word(i), "and" | "," | ";" | "but" | "while" | "as" | "."))
            .unwrap_or((b + 4).min(s.lower.len()));
        (b..end).chain(a.saturating_sub(12)..a).collect()
    };
    // The dead of another part of a sentence split by ";" are another incident's.
    let (pa, pb) = semicolon_span(s, a);
    let candidates: Vec<usize> = candidates.into_iter().filter(|i| (pa..pb).contains(i)).collect();
    let count_at = |i: usize| -> Option<u32> {
        let w = s.word(i);
        // "a" is too often an article; numbers inside a time expression ("2015", "March
        // 7") count no dead.
        if matches!(w, "a" | "an") || s.in_time(i) {
            return None;
        }
        // "February 31", "31 April": a day of a month, valid or not, counts no dead.
        if tidings_text::day_of_month(s.ctx.text, s.tokens, i).is_some() {
            return None;
        }
        // … and the year after it ("February 31, 2024": 2024 is no toll either; "March 5,
        // 12 people" keeps its toll).
        if i >= 2
            && w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && s.word(i - 1) == ","
            && tidings_text::day_of_month(s.ctx.text, s.tokens, i - 2).is_some()
        {
            return None;
        }
        // "including 104 pro-coup participants" is a part of the toll; "Tamerlan, 26," an age.
        if i > 0 && s.word(i - 1) == "including" {
            return None;
        }
        if i >= 2 && s.word(i - 1) == "," && s.lower.get(i + 1).is_some_and(|w| w == ",") {
            let name = s.tokens[i - 2].text(s.ctx.text);
            if name.chars().next().is_some_and(char::is_uppercase) {
                return None;
            }
        }
        if w == "one" && (i + 1 >= s.lower.len() || matches!(s.word(i + 1), "of" | "another" | "," | "day")) {
            return None;
        }
        // "On February 31, 2024, … killed": the day of a date, even one no calendar has
        // (the time tagger rightly skips it), counts no dead.
        if (i > 0 && tidings_text::month_of(s.word(i - 1)).is_some())
            || s.lower.get(i + 1).is_some_and(|w| w != "may" && w != "march" && tidings_text::month_of(w).is_some())
        {
            return None;
        }
        let (n, vague) = rules::number_word(w)?;
        if counts_things(s, i, n) {
            return None;
        }
        // "two dozen" is 24; "several dozen" is "dozens", 12 by the guide's convention.
        let dozen = i + 1 < s.lower.len() && s.word(i + 1) == "dozen";
        Some(match (dozen, vague) {
            (true, true) => 12,
            (true, false) if n < 12 => n * 12,
            _ => n,
        })
    };
    for i in candidates {
        let Some(mut n) = count_at(i) else { continue };
        let mut evidence = vec![s.span(i, i + 1)];
        if i >= 2 && s.word(i - 2) == "at" && s.word(i - 1) == "least" {
            evidence.insert(0, s.span(i - 2, i));
        }
        if i < a {
            // "60 civilians were killed and injured": one figure for both, no death toll.
            if b + 1 < s.lower.len() && s.word(b) == "and" && matches!(s.word(b + 1), "injured" | "wounded") {
                return None;
            }
            // "four workers and two soldiers were killed": the parts add up.
            for k in i + 1..a.saturating_sub(1) {
                if s.word(k) == "and" {
                    if let Some(m) = count_at(k + 1) {
                        n = n.saturating_add(m);
                        evidence.push(s.span(k + 1, k + 2));
                    }
                }
            }
        }
        // "3 fatalities were reported on each side", "two dead on each side": both sides'.
        if (i + 1..(i + 8).min(s.lower.len()))
            .any(|k| s.word(k) == "each" && s.lower.get(k + 1).is_some_and(|w| w == "side"))
        {
            n = n.saturating_mul(2);
        }
        // "20 people as well as the attacker", "26 people and the bomber": the attacker
        // counts when the text says he died.
        let after = attacker_died(s).filter(|&k| k > i && k <= i + 7);
        // "blew himself up, killing six": six and the bomber.
        let blew_up = (0..i.saturating_sub(2))
            .any(|k| s.word(k) == "blew" && matches!(s.word(k + 1), "himself" | "herself") && s.word(k + 2) == "up");
        if let Some(k) = after {
            n += 1;
            evidence.push(s.span(k, k + 1));
        } else if blew_up {
            n += 1;
        }
        return Some(Fatalities { low: n, best: n, high: n, evidence });
    }
    // "Fifteen officials -- including four generals -- have been killed": the subject's
    // number, however long the subject.
    let passive = (a.saturating_sub(3)..a).any(|i| matches!(s.word(i), "were" | "been"));
    match count_at(0) {
        Some(n) if passive && n > 1 => Some(Fatalities { low: n, best: n, high: n, evidence: vec![s.span(0, 1)] }),
        _ => None,
    }
}

/// Whether the number `n` at `i` counts things, not people: the head of the noun phrase
/// after it is a thing's plural ("about 30 houses", "20 rockets") or, for a number above
/// one, a singular noun ("a 911 call"; "eight policemen", "two security officers" count).
fn counts_things(s: &Sent, i: usize, n: u32) -> bool {
    use tidings_syntax::Upos;
    let parse = s.ctx.analysis.parse(s.k);
    let len = s.lower.len().min(parse.words.len());
    let nominal = |k: usize| matches!(parse.words[k].upos, Upos::Noun | Upos::Propn | Upos::Adj);
    if i + 1 >= len || !nominal(i + 1) {
        return false;
    }
    let mut head = i + 1;
    while head + 1 < len && nominal(head + 1) {
        head += 1;
    }
    let word = s.word(head);
    if rules::THING_NOUNS.contains(&word) {
        return true;
    }
    n >= 2
        && parse.words[head].upos == Upos::Noun
        && !word.ends_with('s')
        && !word.ends_with("men")
        && !rules::COLLECTIVE_NOUNS.contains(&word)
        && !matches!(word, "dozen" | "hundred" | "thousand" | "million")
}

fn sentence_dates<'a>(s: &Sent<'a>) -> Vec<&'a Time> {
    let (start, end) = s.bounds();
    // The sentence's own times (found by bisection in `Index`), never the document's
    // list: scanning that once per trigger made many-event documents quadratic.
    s.times
        .iter()
        .filter(|t| matches!(t.timex_type, TimexType::Date | TimexType::Time) && t.granularity != Granularity::Vague)
        // "XXXX-XX-XX" (today, unanchored) and "XXXX-WXX" (this week) date nothing.
        .filter(|t| {
            t.value.chars().any(|c| c.is_ascii_digit()) && !t.value.starts_with("XXXX-WXX")
                || t.value.len() > 8 && t.value.starts_with("XXXX-WXX-")
        })
        .filter(|t| t.evidence.first().is_some_and(|e| e.start >= start && e.end <= end))
        .collect()
}

/// An event's date is a day at most: "2024-03-07TEV" → "2024-03-07".
fn day_of(t: &Time) -> Time {
    match t.value.split_once('T') {
        Some((day, _)) if !day.is_empty() => {
            Time { value: day.to_string(), timex_type: TimexType::Date, granularity: Granularity::Day, ..t.clone() }
        }
        _ => t.clone(),
    }
}

/// The dates of the trigger's clause: a semicolon ends a clause, and a date before a
/// "where" clause that holds the trigger dates the main clause ("on Wednesday reopened
/// Boylston Street, where the explosions occurred").
fn clause_dates<'a>(s: &Sent<'a>, trigger: usize) -> Vec<&'a Time> {
    sentence_dates(s)
        .into_iter()
        .filter(|t| {
            let i = s.at(t.evidence[0].start);
            let (a, b) = if i < trigger { (i, trigger) } else { (trigger, i) };
            let relative = i < trigger
                && (a..b).rev().find(|&k| s.word(k) == "where").is_some_and(|w| !(w..b).any(|k| s.word(k) == ","));
            !relative && !(a..b).any(|k| s.word(k) == ";")
        })
        .collect()
}

/// The date nearest the trigger, and whether it merely dates a report.
fn nearest_date(s: &Sent, trigger: usize) -> Option<(Time, bool)> {
    let dates = clause_dates(s, trigger);
    // "… said on Friday"; "On Friday, Colombia blamed the ELN for the bombing", "the UN
    // on Monday condemned the attack": the date of the verb that reports, blames or
    // comments on the incident told as its object, not the incident's.
    let report = |t: &Time| {
        let i = s.at(t.evidence[0].start);
        let blamed = i + 3 < trigger
            && (i + 1..trigger).any(|k| rules::COMMENTING.contains(&s.word(k)) || rules::BLAMING.contains(&s.word(k)));
        blamed || (i.saturating_sub(3)..i).any(|k| rules::REPORTING.contains(&s.word(k)))
    };
    let dist = |t: &Time| (s.at(t.evidence[0].start) as isize - trigger as isize).unsigned_abs();
    let own = dates.iter().filter(|t| !report(t)).min_by_key(|t| dist(t));
    match own {
        Some(t) => Some((day_of(t), false)),
        None => dates.iter().min_by_key(|t| dist(t)).map(|t| (day_of(t), true)),
    }
}

fn location(s: &Sent, trigger: usize, family: Family, d: &Draft) -> Option<Place> {
    let (told, usable) = told_location(s, trigger, family);
    if told.is_some() {
        return told;
    }
    // Legal steps and arrests by a state happen in its country.
    if matches!(family, Family::Legal | Family::Arrest) && d.actor1_state {
        if let Some(e) = d.actor1_country.as_deref().and_then(|cc| s.ctx.gazetteer.country(cc)) {
            let ev = d.actor1.as_ref().map(|a| a.evidence.clone()).unwrap_or_default();
            return Some(s.ctx.gazetteer.place(e, ev));
        }
    }
    usable
}

/// The places of `ps` that start within the words `words` of the sentence.
fn places_within<'a>(s: &Sent, ps: &[&'a ResolvedPlace], words: std::ops::Range<usize>) -> Vec<&'a ResolvedPlace> {
    ps.iter().copied().filter(|p| words.contains(&s.at(p.span_start))).collect()
}

/// The place the sentence tells the event at ("in X", "near X", in the trigger's clause
/// first), and, where it tells none, the sentence's most precise usable place.
fn told_location(s: &Sent, trigger: usize, family: Family) -> (Option<Place>, Option<Place>) {
    // A place inside a relative clause after the trigger ("… who were plotting an
    // attack in X") belongs to that clause, not to this event.
    let in_relative = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i > trigger && (trigger..i).any(|k| matches!(s.word(k), "who" | "which" | "whom" | "whose"))
    };
    // A place in another part of a sentence split by ";" is that part's incident's.
    let (pa, pb) = semicolon_span(s, trigger);
    let in_part = |p: &ResolvedPlace| (pa..pb).contains(&s.at(p.span_start));
    let in_sentence: Vec<&ResolvedPlace> = s.places().filter(|p| !in_relative(p) && in_part(p)).collect();
    let locative = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i > 0
            && matches!(
                s.word(i - 1),
                "in" | "near"
                    | "at"
                    | "outside"
                    | "inside"
                    | "across"
                    | "throughout"
                    | "eastern"
                    | "western"
                    | "northern"
                    | "southern"
                    | "central"
            )
    };
    let target_place = |p: &ResolvedPlace| {
        let i = s.at(p.span_start);
        i >= 2 && s.word(i - 1) == "in" && rules::TARGET_NOUNS.contains(&s.word(i - 2))
    };
    let usable: Vec<&ResolvedPlace> = in_sentence
        .iter()
        .copied()
        .filter(|p| !(target_place(p) && matches!(family, Family::Foil | Family::Attack)))
        .collect();
    let best = |ps: &[&ResolvedPlace]| ps.iter().min_by_key(|p| p.place.precision).map(|p| p.place.clone());
    let loc: Vec<&ResolvedPlace> = usable.iter().copied().filter(|p| locative(p)).collect();
    let (ca, cb) = clause_of(s, trigger);
    let in_clause = places_within(s, &loc, ca..cb);
    // A clause that names a place of its own, even without "in" ("Air strike on Idlib
    // market kills 11 as rebels battle near Darat Izza"), is not placed by another
    // clause's "near X".
    let own = places_within(s, &usable, ca..cb);
    let split = ca > 0 || cb < s.lower.len();
    let elsewhere = if split && !own.is_empty() { &own } else { &loc };
    match best(&in_clause).or_else(|| best(elsewhere)) {
        Some(p) => (Some(p), None),
        None => (None, best(&usable)),
    }
}

/// For each draft, the place of the nearest other draft told with a place, if that one
/// is told in the same sentence or the next or previous one (the earlier on a tie). The
/// drafts with a place are sorted once by trigger offset and each draft looks at its two
/// neighbours there: O(n log n) in the number of drafts.
fn neighbour_places(ctx: &Context, drafts: &[Draft]) -> Vec<Option<Place>> {
    let sentence = |d: &Draft| ctx.seg.sentence_at(d.trigger.start).unwrap_or(0);
    let mut located: Vec<(usize, usize, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.location.is_some())
        .map(|(i, d)| (d.trigger.start, sentence(d), i))
        .collect();
    located.sort_unstable();
    drafts
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (at, k) = (d.trigger.start, sentence(d));
            // The first located draft told after this one; the one before it, not itself.
            let next = located.partition_point(|&(start, _, j)| (start, j) <= (at, i));
            let before = located[..next].iter().rev().find(|&&(_, _, j)| j != i);
            let nearest = match (before, located.get(next)) {
                (Some(b), Some(a)) => Some(if k.abs_diff(b.1) <= k.abs_diff(a.1) { b } else { a }),
                (b, a) => b.or(a),
            };
            nearest.filter(|&&(_, m, _)| m.abs_diff(k) <= 1).and_then(|&(_, _, j)| drafts[j].location.clone())
        })
        .collect()
}

fn target(s: &Sent, b: usize, family: Family) -> Option<Tagged> {
    if !matches!(family, Family::Attack | Family::Foil | Family::Kill | Family::Explosive | Family::Suicide) {
        return None;
    }
    // "attack on a synagogue", "attack the synagogue parishioners", "act against …".
    let mut i = b;
    if i < s.lower.len() && matches!(s.word(i), "on" | "against" | "targeting") {
        i += 1;
    }
    while i < s.lower.len() && matches!(s.word(i), "a" | "an" | "the" | "one" | "of") {
        i += 1;
    }
    let start = i;
    while i < s.lower.len()
        && i < start + 4
        && s.word(i).chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(s.word(i), "in" | "with" | "that" | "by" | "and" | "who" | "which" | "on" | "at" | "was" | "were")
    {
        i += 1;
    }
    let has_noun =
        (start..i).any(|k| rules::TARGET_NOUNS.contains(&s.word(k)) || rules::CIVILIAN_NOUNS.contains(&s.word(k)));
    (i > start && has_noun).then(|| {
        let span = s.span(start, i);
        Tagged { name: span.text.clone(), evidence: vec![span] }
    })
}

/// A fight and a bombing are two incidents, even in one clause ("checkpoint shootings
/// and bomb blasts"); a killing joins the means that killed ("killed in a blast").
fn distinct(x: Family, y: Family) -> bool {
    (x == Family::Clash && y.specificity() >= 3) || (y == Family::Clash && x.specificity() >= 3)
}

fn days(value: &str) -> Option<i64> {
    let (y, m, d) = tidings_time::start_key(value)?;
    Some(i64::from(y) * 372 + i64::from(m.max(1)) * 31 + i64::from(d.max(1)))
}

/// Without a publication date, the day the opening sentence dates in full ("The Cafetería
/// Rolando bombing was an attack on 13 September 1974 …"): the document tells that day's
/// incident, and the later years it names (a victim who died in 1977, a trial in 1981) are
/// its aftermath, not the report's time that would make the lead history.
fn opening_day<'c>(ctx: &'c Context) -> Option<&'c Time> {
    let first = ctx.seg.sentences.first()?;
    ctx.anchor.is_none().then_some(())?;
    ctx.times.iter().find(|t| {
        t.timex_type == TimexType::Date
            && t.granularity == Granularity::Day
            && t.value.len() == 10
            && t.value.bytes().take(4).all(|b| b.is_ascii_digit())
            && t.evidence.first().is_some_and(|e| first.start <= e.start && e.end <= first.end)
    })
}

fn finish(ctx: &Context, drafts: Vec<Draft>, filed_at: Option<Place>, coded: &mut Coded) {
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
    let is_background = |d: &Draft| -> bool {
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
        // An incident only named as a point of reference or a legal matter ("after the
        // bombing", "accused of the attack") is history, unless dated as news next to
        // its trigger ("blames the group for Thursday's car bombing").
        let dated_news = d.date_near
            && d.date.as_ref().is_some_and(|(t, report)| {
                !report && (newsday::recent(&t.value) || (ctx.anchor.is_some() && days(&t.value).is_some()))
            });
        let referenced = d.referenced && !dated_news;
        is_background(d) || earlier || d.recalled || undated_in_commentary || referenced || coarse
    };
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
fn one_sided_shooting(d: &Draft) -> bool {
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
fn state_bombing(trigger: &str) -> bool {
    let t = trigger.to_lowercase();
    t.starts_with("bomb") && !t.contains(' ')
}

/// Battles need two armed sides; violence against an armed group is a battle.
/// An actor name for demonstrators ("Protesters (Thailand)", "Rioters (France)").
fn protester_side(name: &str) -> bool {
    name.starts_with("Protesters") || name.starts_with("Rioters")
}

fn refine_type<'a>(d: &Draft, event_type: &'a str, sub: &'a str) -> (&'a str, &'a str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn armed_victims_are_no_civilians_by_default() {
        // "…, killing two commanders": a bombing that harmed armed men hit no civilians.
        let words = ["killing", "two", "commanders"];
        let armed = names_armed(&words, &[false; 3]);
        assert!(armed);
        assert!(!civilians_by_default(true, false, armed, || false));
        // "…, killing two villagers": it did.
        let words = ["killing", "two", "villagers"];
        let armed = names_armed(&words, &[false; 3]);
        assert!(!armed);
        assert!(civilians_by_default(true, false, armed, || false));
        // A leader is armed only as the leader of an armed group named right before.
        assert!(names_armed(&["an", "ISIL", "gang", "leader"], &[false, true, false, false]));
        assert!(!names_armed(&["a", "social", "leader"], &[false; 3]));
        // A strike from afar on an armed target hit no civilians either.
        assert!(!civilians_by_default(false, true, false, || true));
        assert!(civilians_by_default(false, true, false, || false));
    }
}
