//! Actor records and the facts one document tells about them.
//!
//! Every organization or person cluster of the entity stage becomes an [`Actor`] with
//! its aliases (acronyms resolved), kind and country. Facts come from two places:
//!
//! - coded events: a group's founding event gives `founded`; a person killed or
//!   captured gives `killed_by` / `captured_by` with the event's date;
//! - sentence patterns that state relations rather than events: leaders ("its leader
//!   X", "X, the leader of Y"), enmity ("consider each other enemies", "rival"), areas
//!   of operation ("active in", "area of operations includes … where individuals have
//!   pledged allegiance"), and where members come from ("membership includes
//!   individuals from …").

use tidings_entities::Entities;
use tidings_events::{Analysis, ResolvedPlace};
use tidings_model::{Actor, ActorKind, Alias, Event, Fact, Label, Relation, Span, Time};
use tidings_text::Segmented;

pub struct Context<'a> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    pub entities: &'a Entities,
    pub times: &'a [Time],
    pub places: &'a [ResolvedPlace],
    pub events: &'a [Event],
    /// The document's parses and coreference, shared with the events stage.
    pub analysis: &'a Analysis<'a>,
}

/// Builds the actors of one document with their facts.
pub fn profile(ctx: &Context) -> Vec<Actor> {
    let mut actors: Vec<Actor> = ctx
        .entities
        .clusters
        .iter()
        .map(|c| Actor {
            id: c.id(),
            name: c.name.clone(),
            aliases: c.aliases.iter().map(|(n, s)| Alias { name: n.clone(), evidence: vec![s.clone()] }).collect(),
            kind: c.kind,
            country: c.country.clone(),
            facts: Vec::new(),
            evidence: c.spans.iter().map(|&(a, b)| Span::of(ctx.text, a, b)).collect(),
        })
        .collect();
    let people: Vec<String> = ctx.entities.clusters.iter().filter(|c| c.label == Label::Per).map(|c| c.id()).collect();
    let mut facts = event_facts(ctx.events, &people);
    // Every mention of an organization as (start, end, cluster), in text order: a
    // sentence finds its own by bisection (scanning every cluster per sentence would make
    // long documents quadratic).
    let mut orgs: Vec<(usize, usize, usize)> = ctx
        .entities
        .clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| c.label == Label::Org)
        .flat_map(|(ci, c)| c.spans.iter().map(move |&(a, b)| (a, b, ci)))
        .collect();
    orgs.sort_unstable();
    for (si, sent) in ctx.seg.sentences.iter().enumerate() {
        let s = Sentence::new(ctx, si, sent.start, sent.end, &orgs);
        facts.extend(leader_facts(&s));
        facts.extend(enemy_facts(&s));
        facts.extend(area_facts(&s));
    }
    // Actors by id, and the facts each holds by (subject, relation, object id, object):
    // looked up, not scanned, so many facts cost linear time.
    let mut by_id: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, a) in actors.iter().enumerate() {
        by_id.entry(a.id.clone()).or_default().push(i);
    }
    let mut held = std::collections::HashSet::new();
    for f in facts {
        // A fact belongs to its subject's profile and, when the object is an actor, to
        // the object's as well ("X leader_of IS-K" shows on both).
        let mut owners: Vec<usize> = by_id.get(&f.subject).into_iter().flatten().copied().collect();
        owners.extend(f.object_id.as_ref().and_then(|o| by_id.get(o)).into_iter().flatten().copied());
        owners.sort_unstable();
        owners.dedup();
        for i in owners {
            let key = (i, f.subject.clone(), format!("{:?}", f.relation), f.object_id.clone(), f.object.clone());
            if held.insert(key) {
                actors[i].facts.push(f.clone());
            }
        }
    }
    actors
}

fn event_facts(events: &[Event], people: &[String]) -> Vec<Fact> {
    let mut out = Vec::new();
    for e in events {
        let relation = match e.sub_event_type.as_str() {
            "Change to group/activity"
                if e.evidence
                    .iter()
                    .any(|s| ["created", "founded", "formed", "established"].iter().any(|w| s.text.contains(w))) =>
            {
                if let Some(a) = &e.actor1 {
                    out.push(Fact {
                        subject: a.id.clone(),
                        relation: Relation::Founded,
                        object: None,
                        object_id: None,
                        time: e.date.clone(),
                        evidence: e.evidence.iter().cloned().chain(a.evidence.iter().cloned()).collect(),
                    });
                }
                continue;
            }
            "Arrests" => Relation::CapturedBy,
            _ if e.fatalities.is_some() => Relation::KilledBy,
            _ => continue,
        };
        // A named person who was killed or captured: a fate. The person may be the side
        // acted upon, or one named beside it (a leader killed with his group's side
        // coded as the group: `assoc_actor2`).
        let Some(agent) = &e.actor1 else { continue };
        for victim in e.actor2.iter().chain(&e.assoc_actor2) {
            if !people.contains(&victim.id) {
                continue;
            }
            out.push(Fact {
                subject: victim.id.clone(),
                relation,
                object: Some(agent.name.clone()),
                object_id: Some(agent.id.clone()),
                time: e.date.clone().filter(|t| !t.inferred),
                evidence: e.evidence.iter().cloned().chain(victim.evidence.iter().cloned()).collect(),
            });
        }
    }
    out
}

struct Sentence<'a> {
    ctx: &'a Context<'a>,
    index: usize,
    start: usize,
    end: usize,
    words: Vec<(usize, usize, String)>,
    /// The document's organization mentions, sorted (see [`profile`]).
    orgs: &'a [(usize, usize, usize)],
}

impl<'a> Sentence<'a> {
    fn new(
        ctx: &'a Context<'a>,
        index: usize,
        start: usize,
        end: usize,
        orgs: &'a [(usize, usize, usize)],
    ) -> Sentence<'a> {
        let words = ctx.seg.tokens[ctx.seg.sentences[index].tokens.clone()]
            .iter()
            .map(|t| (t.start, t.end, t.text(ctx.text).to_lowercase()))
            .collect();
        Sentence { ctx, index, start, end, words, orgs }
    }

    fn find(&self, pred: impl Fn(&str) -> bool) -> Option<usize> {
        self.words.iter().position(|w| pred(&w.2))
    }

    fn span(&self, i: usize) -> Span {
        Span::of(self.ctx.text, self.words[i].0, self.words[i].1)
    }

    /// Organization clusters mentioned in the sentence, each with its first mention here
    /// as (start, end, cluster), in text order.
    fn organizations(&self) -> Vec<(usize, usize, usize)> {
        let first = self.orgs.partition_point(|&(a, _, _)| a < self.start);
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for &(a, b, ci) in self.orgs[first..].iter().take_while(|&&(a, _, _)| a < self.end) {
            // A sentence holds at most its token cap's worth of mentions.
            if b <= self.end && !out.iter().any(|o| o.2 == ci) {
                out.push((a, b, ci));
            }
        }
        out
    }

    /// The group a sentence talks about: an organization named before `offset`, else
    /// the document's salient armed group (for "its", "they", "the group").
    fn subject_before(&self, offset: usize) -> Option<(usize, Span)> {
        // "its membership", "their leader": the sentence's subject, which a sentence
        // opening with "The group" / "It" leaves to the document's armed group.
        let cue = self.words.iter().position(|w| w.0 >= offset).unwrap_or(0);
        let possessive = (cue.saturating_sub(3)..cue).any(|k| matches!(self.words[k].2.as_str(), "its" | "their"));
        let opens_with_pronoun = self.words.first().is_some_and(|w| matches!(w.2.as_str(), "the" | "it" | "they"))
            && self
                .words
                .iter()
                .take(2)
                .any(|w| matches!(w.2.as_str(), "group" | "it" | "they" | "organization" | "organisation"));
        if possessive && opens_with_pronoun {
            let g = self.ctx.analysis.salient?;
            return Some((g, Span::of(self.ctx.text, self.words[0].0, self.words[1.min(self.words.len() - 1)].1)));
        }
        let orgs = self.organizations();
        if possessive {
            if let Some(&(a, b, ci)) = orgs.first().filter(|o| o.1 <= offset) {
                return Some((ci, Span::of(self.ctx.text, a, b)));
            }
        }
        let named = orgs.into_iter().rfind(|&(_, b, _)| b <= offset);
        match named {
            Some((a, b, ci)) => Some((ci, Span::of(self.ctx.text, a, b))),
            // The first word the document's coreference resolved to a group.
            None => self
                .ctx
                .analysis
                .references_in(self.start, self.end)
                .iter()
                .find(|r| self.ctx.entities.clusters[r.cluster].label == Label::Org)
                .map(|r| (r.cluster, Span::of(self.ctx.text, r.start, r.end))),
        }
    }

    /// The organization named right after the role word at `k`: "leader of (the) Y".
    fn group_of(&self, k: usize) -> Option<(usize, Span)> {
        if self.words.get(k + 1)?.2 != "of" {
            return None;
        }
        let at = if self.words.get(k + 2)?.2 == "the" { k + 3 } else { k + 2 };
        let start = self.words.get(at)?.0;
        self.organizations()
            .into_iter()
            .find(|&(a, _, _)| a == start)
            .map(|(a, b, ci)| (ci, Span::of(self.ctx.text, a, b)))
    }

    /// The date right after byte `offset`, past an acronym in brackets and a
    /// preposition: "leader of ISKP in June 2020".
    fn date_after(&self, offset: usize) -> Option<Time> {
        let t = self
            .ctx
            .times
            .iter()
            .find(|t| t.evidence.first().is_some_and(|e| e.start >= offset && e.end <= self.end))?;
        let gap = &self.ctx.text[offset..t.evidence[0].start];
        let filler =
            |w: &str| matches!(w, "in" | "on" | "since" | "as" | "of") || (w.starts_with('(') && w.ends_with(')'));
        gap.split_whitespace().all(filler).then(|| t.clone())
    }

    fn date(&self) -> Option<Time> {
        self.ctx
            .times
            .iter()
            .find(|t| t.evidence.first().is_some_and(|e| e.start >= self.start && e.end <= self.end))
            .cloned()
    }
}

/// Words that name a group's leader.
const LEAD_WORDS: &[&str] = &["leader", "leaders", "chief", "commander", "founder", "head", "emir"];

/// Words that may stand between a person and the role after it: "X, the new leader of
/// Y", "X became the leader of Y", "X was named leader of Y".
const TO_ROLE: &[&str] = &[
    ",",
    "the",
    "its",
    "new",
    "current",
    "former",
    "previous",
    "top",
    "overall",
    "became",
    "becomes",
    "become",
    "was",
    "is",
    "has",
    "had",
    "been",
    "named",
    "appointed",
    "elected",
    "chosen",
    "as",
    "who",
];

/// Verbs of a change of leader: the fact is dated by the date right after the group.
const BECAME: &[&str] = &["became", "becomes", "become", "named", "appointed", "elected", "chosen"];

/// Words that part a role before a person from the person: "Its leaders pledged
/// allegiance to X", "chief Pentagon spokesperson X", "killed by X".
const NOT_THE_ROLE: &[&str] = &[
    ".",
    ";",
    "by",
    "were",
    "was",
    "to",
    "pledged",
    "allegiance",
    "said",
    "says",
    "told",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

fn leader_facts(s: &Sentence) -> Vec<Fact> {
    let ents = s.ctx.entities;
    let mut out = Vec::new();
    for e in ents.entities.iter().filter(|e| e.label == Label::Per && e.sentence == s.index) {
        let Some(person) = e.cluster else { continue };
        let p = &ents.clusters[person];
        let fact = |group: usize, group_span: Span, role: usize, time: Option<Time>| Fact {
            subject: p.id(),
            relation: Relation::LeaderOf,
            object: Some(ents.clusters[group].name.clone()),
            object_id: Some(ents.clusters[group].id()),
            time,
            evidence: vec![s.span(role), Span::of(s.ctx.text, e.start, e.end), group_span],
        };
        // "X, the leader of Y", "X became the leader of Y", "X was named leader of Y".
        let mut after = s.words.iter().position(|w| w.0 >= e.end).unwrap_or(s.words.len());
        // Past an alias: "X, also known as Z, is the current leader of Y".
        let alias = ["also", "known", "as"];
        if s.words.get(after).is_some_and(|w| w.2 == ",")
            && (0..3).all(|k| s.words.get(after + 1 + k).is_some_and(|w| w.2 == alias[k]))
        {
            if let Some(comma) = (after + 4..s.words.len()).find(|&m| s.words[m].2 == ",") {
                after = comma;
            }
        }
        let role = (after..s.words.len().min(after + 6))
            .take_while(|&m| TO_ROLE.contains(&s.words[m].2.as_str()) || LEAD_WORDS.contains(&s.words[m].2.as_str()))
            .find(|&m| LEAD_WORDS.contains(&s.words[m].2.as_str()));
        if let Some((m, (group, group_span))) = role.and_then(|m| Some((m, s.group_of(m)?))) {
            let change = (after..m).any(|w| BECAME.contains(&s.words[w].2.as_str()));
            let time = if change { s.date_after(group_span.end) } else { None };
            out.push(fact(group, group_span, m, time));
            continue;
        }
        // "its (initial) leader(s), X and Y" / "leader X" / "the leader of Y, X": look
        // back a few words.
        let i = s.words.iter().position(|w| w.0 >= e.start).unwrap_or(0);
        let lead = (i.saturating_sub(8)..i).rev().find(|&k| LEAD_WORDS.contains(&s.words[k].2.as_str()));
        let Some(k) = lead else { continue };
        if (k..i).any(|m| NOT_THE_ROLE.contains(&s.words[m].2.as_str())) {
            continue;
        }
        let Some((group, group_span)) = s.group_of(k).or_else(|| s.subject_before(s.words[k].0)) else { continue };
        out.push(fact(group, group_span, k, None));
    }
    out
}

fn enemy_facts(s: &Sentence) -> Vec<Fact> {
    let Some(k) = s.find(|w| w.starts_with("enem") || w.starts_with("rival") || w == "adversaries") else {
        return Vec::new();
    };
    let orgs = s.organizations();
    let mut out = Vec::new();
    for (x, &(xa, xb, xi)) in orgs.iter().enumerate() {
        for &(ya, yb, yi) in orgs.iter().skip(x + 1) {
            if xi == yi {
                continue;
            }
            let (cx, cy) = (&s.ctx.entities.clusters[xi], &s.ctx.entities.clusters[yi]);
            let ev = vec![Span::of(s.ctx.text, xa, xb), Span::of(s.ctx.text, ya, yb), s.span(k)];
            for (a, b) in [(cx, cy), (cy, cx)] {
                out.push(Fact {
                    subject: a.id(),
                    relation: Relation::EnemyOf,
                    object: Some(b.name.clone()),
                    object_id: Some(b.id()),
                    time: None,
                    evidence: ev.clone(),
                });
            }
        }
    }
    out
}

/// "active in A and B", "area of operations includes C, D … where individuals have
/// pledged allegiance", "membership includes individuals from E, F".
fn area_facts(s: &Sentence) -> Vec<Fact> {
    let Some(k) = s.find(|w| {
        matches!(
            w,
            "active" | "operations" | "operates" | "operate" | "membership" | "members" | "recruits" | "fighters"
        )
    }) else {
        return Vec::new();
    };
    let Some((group, group_span)) = s.subject_before(s.words[k].0) else { return Vec::new() };
    let g = &s.ctx.entities.clusters[group];
    if !matches!(g.kind, ActorKind::TerrorGroup | ActorKind::RebelGroup | ActorKind::Militia | ActorKind::Organization)
    {
        return Vec::new();
    }
    let places: Vec<&ResolvedPlace> =
        s.ctx.places.iter().filter(|p| p.sentence == s.index && p.span_start > s.words[k].0).collect();
    let mut out = Vec::new();
    let mut pending: Vec<&ResolvedPlace> = Vec::new();
    let mut relation = if matches!(s.words[k].2.as_str(), "membership" | "members" | "recruits" | "fighters") {
        Relation::MemberOrigin
    } else {
        Relation::ActiveIn
    };
    let flush = |pending: &mut Vec<&ResolvedPlace>, relation: Relation, cue: Span, out: &mut Vec<Fact>| {
        for p in pending.drain(..) {
            let cc = p.place.country.clone();
            out.push(Fact {
                subject: g.id(),
                relation,
                object: Some(p.place.name.clone()),
                object_id: cc.map(|c| format!("country:{c}")),
                time: s.date().filter(|_| relation != Relation::MemberOrigin),
                evidence: vec![group_span.clone(), cue.clone(), p.place.evidence[0].clone()],
            });
        }
    };
    let mut cue = s.span(k);
    let mut wi = k + 1;
    let mut pi = 0;
    while wi < s.words.len() {
        let (ws, _, w) = &s.words[wi];
        while pi < places.len() && places[pi].span_start <= *ws {
            pending.push(places[pi]);
            pi += 1;
        }
        if w == "where" {
            // The clause after "where" says what the places are to the group.
            let clause_end = (wi + 1..s.words.len())
                .find(|&m| {
                    matches!(s.words[m].2.as_str(), "," | "." | ";")
                        || (s.words[m].2 == "as" && s.words.get(m + 1).is_some_and(|x| x.2 == "well"))
                })
                .unwrap_or(s.words.len());
            let clause: Vec<&str> = s.words[wi + 1..clause_end].iter().map(|x| x.2.as_str()).collect();
            let rel = if clause.iter().any(|w| w.starts_with("pledg") || *w == "allegiance" || w.starts_with("support"))
            {
                Relation::SupportersIn
            } else {
                relation
            };
            flush(&mut pending, rel, s.span(wi), &mut out);
            cue = s.span(wi);
            wi = clause_end;
            continue;
        }
        wi += 1;
    }
    pending.extend(&places[pi..]);
    if relation == Relation::ActiveIn && s.words[k].2 == "membership" {
        relation = Relation::MemberOrigin;
    }
    flush(&mut pending, relation, cue, &mut out);
    out
}
