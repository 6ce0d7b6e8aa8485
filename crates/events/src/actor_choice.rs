//! The learned choice of an event's sides (`actor1`, `actor2`).
//!
//! The rules (`roles`, `attribute_unnamed`, `finish`) name each side; this module
//! re-reads every coded event and picks each side among **candidates**: the rules' two
//! picks and associates, the actors named in the trigger's sentence (entity mentions,
//! descriptions and pronouns the coreference resolved), the document's armed group and
//! the group that claimed the attack, ACLED's generic sides for the event's country
//! ("Military Forces of X", "Unidentified Armed Group (X)", "Civilians (X)", "Protesters
//! (X)" …), and no actor. Each candidate is described by hashed features (its path in
//! the dependency tree to the trigger, the tree's agent and patient, the preposition
//! before it, distance and side of the trigger, its entity label and actor kind, whether
//! the rules picked it for this or the other side, whether it is the source of reported
//! speech, its mentions in the document, the event's sub-type), and a linear model
//! scores them: an averaged ranking perceptron trained by `cargo xtask train-actors` on
//! the train splits (`data/actors.model.gz`). The rules stay as features and as the
//! fallback: without the model the rules' sides stand.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use tidings_model::{ActorKind, ActorRef, Event, Label, Span};
use tidings_syntax::{Parse, Upos};

use crate::learned::hash;
use crate::{cluster_ref, participants, pronoun_participants, rules, tree, Coded, Context, Participant, Sent};

/// The bundled model (`cargo xtask train-actors`).
static BUNDLED: &[u8] = include_bytes!("../data/actors.model.gz");

/// ACLED's generic sides offered as candidates: (base, kind, takes a country).
const GENERIC: &[(&str, ActorKind)] = &[
    ("Military Forces of {}", ActorKind::StateForce),
    ("Police Forces of {}", ActorKind::StateForce),
    ("Government of {}", ActorKind::Government),
    ("Civilians", ActorKind::Civilians),
    ("Unidentified Armed Group", ActorKind::Unknown),
    ("Protesters", ActorKind::Protesters),
    ("Rioters", ActorKind::Protesters),
    ("Opposition Rebels", ActorKind::RebelGroup),
];

/// Whether generic side `base` is offered for an event of that type and sub-type: ACLED's
/// rioters are the side of riots and of arrests only, never the gunmen of a shooting or
/// the crowd of a peaceful protest.
fn offered(base: &str, event_type: &str, sub_event_type: &str) -> bool {
    base != "Rioters" || event_type == "Riots" || sub_event_type == "Arrests"
}

/// How far the model's best candidate must lead the rules' pick to replace it (in the
/// averaged perceptron's units).
pub const MARGIN: f32 = 0.0;
/// Which of the rules' picks the model may replace: 0 any, 1 no
/// actor or a generic side, 2 only no actor. Chosen on the development sets
/// (eval/REPORT.md): replacing any pick scores a little higher there but undoes the
/// rules' deliberate picks (a named security service in the foiled plot, a militant
/// leader as the side killed, an attacker left unidentified where two groups are named).
pub const SCOPE: f32 = 2.0;

/// The linear scorer of candidates: feature hash → weight.
#[derive(Debug, Default, Clone)]
pub struct ActorModel {
    weights: HashMap<u64, f32>,
}

impl ActorModel {
    /// The model compiled into the binary.
    pub fn bundled() -> &'static ActorModel {
        static MODEL: OnceLock<ActorModel> = OnceLock::new();
        MODEL.get_or_init(|| ActorModel::from_gz(BUNDLED).expect("a tidings actors model"))
    }

    /// Reads a gzipped model file.
    pub fn from_gz(bytes: &[u8]) -> Option<ActorModel> {
        let mut text = String::new();
        flate2::read::GzDecoder::new(bytes).read_to_string(&mut text).ok()?;
        ActorModel::parse(&text)
    }

    /// Reads the text form ([`ActorModel::write`]).
    pub fn parse(text: &str) -> Option<ActorModel> {
        let mut lines = text.lines();
        if lines.next()? != "tidings-actors 1" {
            return None;
        }
        let mut weights = HashMap::new();
        for line in lines {
            let (k, w) = line.split_once('\t')?;
            weights.insert(u64::from_str_radix(k, 16).ok()?, w.parse().ok()?);
        }
        Some(ActorModel { weights })
    }

    /// The text form: a header line, then `hash<TAB>weight` per feature, keys ascending.
    pub fn write(weights: &[(u64, f32)]) -> String {
        let mut rows: Vec<&(u64, f32)> = weights.iter().filter(|(_, w)| *w != 0.0).collect();
        rows.sort_by_key(|r| r.0);
        let mut out = String::from("tidings-actors 1\n");
        for (k, w) in rows {
            out.push_str(&format!("{k:016x}\t{w}\n"));
        }
        out
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    pub fn score(&self, features: &[u64]) -> f32 {
        features.iter().filter_map(|f| self.weights.get(f)).sum()
    }
}

/// What the coder does with the sides: keep the rules' picks, let the model choose, or
/// keep the rules' picks and record every event's candidates (for training).
#[derive(Debug, Clone, Copy)]
pub enum ActorChoice<'a> {
    Rules,
    Learned(&'a ActorModel),
    Collect,
}

/// How a candidate becomes a side.
#[derive(Debug, Clone)]
enum Source {
    Nobody,
    Ref(ActorRef),
    Generic(&'static str, ActorKind, Option<String>),
}

/// One candidate side of an event: its name (`None`: no actor) and its features as
/// `actor1` and as `actor2`.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub name: Option<String>,
    pub features: [Vec<u64>; 2],
    source: Source,
    /// The rules picked it as actor1, as actor2.
    rule: [bool; 2],
    /// Its entity label and actor kind, where known.
    pub label: Option<Label>,
    pub kind: Option<ActorKind>,
    /// Named in the trigger's sentence.
    pub mentioned: bool,
    /// Named there as the source of reported speech ("Al-Monitor reported", "according
    /// to Reuters").
    pub speaker: bool,
    /// The tree's patient of the trigger, or named after "against", "on", "targeting"
    /// ("… IEDs and chemical weapons against the SDF").
    pub patient: bool,
    /// The tree's agent of the trigger ("… in a mass shooting by Santa Rosa de Lima
    /// Cartel gunmen", "Gulf Clan gunmen killed …").
    pub agent: bool,
}

/// What is known of a candidate, gathered from every way it was found.
#[derive(Debug, Clone, Default)]
struct Info {
    name: Option<String>,
    source: Option<Source>,
    kind: Option<ActorKind>,
    label: Option<Label>,
    generic: Option<&'static str>,
    generic_cc: u8,
    rule: [bool; 2],
    assoc: [bool; 2],
    tree: [bool; 2],
    /// The nearest mention in the trigger's sentence: path to the trigger, preposition,
    /// before the trigger, token distance.
    path: Option<String>,
    case: Option<String>,
    before: bool,
    dist: usize,
    nearest: [bool; 2],
    speaker: bool,
    says: bool,
    pronoun: bool,
    description: bool,
    salient: bool,
    /// A word in the sentence names this generic side ("gunmen", "soldiers").
    cue: bool,
    /// A state's branch the sentence names ("U.S. Army").
    branch: bool,
    claim: bool,
    sole: bool,
    doc_mentions: usize,
    /// Named as the agent of one of the event's triggers in its sentence's words (see
    /// [`told_agents`]).
    told_agent: bool,
}

impl Info {
    /// Records a mention at `word` (the parse's word, if found) as the nearest unless a
    /// nearer one is known: its path from the trigger's `head`, its preposition, its side
    /// and distance.
    fn mention(
        &mut self,
        parse: &Parse,
        text: &str,
        head: Option<usize>,
        word: Option<usize>,
        before: bool,
        dist: usize,
    ) {
        if self.path.is_some() && dist >= self.dist {
            return;
        }
        self.path = match (head, word) {
            (Some(h), Some(w)) => Some(path(parse, h, w)),
            _ => Some("none".into()),
        };
        self.case = word.and_then(|w| tree::case_of(parse, text, w));
        self.before = before;
        self.dist = dist;
    }
}

/// The dependency path from word `h` (the trigger's head) to word `w`: the relations
/// climbed from `h` to their common ancestor, then those descended to `w`.
fn path(parse: &Parse, h: usize, w: usize) -> String {
    let Some((i, j)) = crate::tree::meeting(parse, h, w) else {
        return "none".into();
    };
    let (up, down) = (crate::tree::ancestors(parse, h, 9), crate::tree::ancestors(parse, w, 9));
    if i + j > 4 {
        return "long".into();
    }
    let rel = |x: usize| parse.words[x].deprel;
    let ups: Vec<&str> = up[..i].iter().map(|&x| rel(x)).collect();
    let downs: Vec<&str> = down[..j].iter().rev().map(|&x| rel(x)).collect();
    format!("{}>{}", ups.join("^"), downs.join("/"))
}

/// The generic side a word names: a state's soldiers or police, armed men no group is
/// named for, unarmed people, demonstrators, rioters.
fn cue(w: &str) -> Option<(&'static str, ActorKind)> {
    if let Some(found) = crate::unnamed_actor(w, true, false) {
        return Some(found);
    }
    match w {
        "gunmen" | "gunman" | "militants" | "militant" | "insurgents" | "insurgent" | "attackers" | "attacker"
        | "assailants" | "assailant" | "fighters" | "jihadists" | "bandits" | "kidnappers" | "abductors" => {
            Some(("Unidentified Armed Group", ActorKind::Unknown))
        }
        "rebels" | "rebel" | "opposition" => Some(("Opposition Rebels", ActorKind::RebelGroup)),
        _ => None,
    }
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2..=3 => "2-3",
        4..=7 => "4-7",
        _ => "8+",
    }
}

fn kind_name(k: ActorKind) -> String {
    format!("{k:?}")
}

/// Words that may stand between "by" and the attackers' name ("by the RSF", "by
/// suspected Boko Haram militants").
const BEFORE_AGENT: &[&str] = &["the", "a", "an", "suspected", "alleged", "armed"];

/// The names the sentence's words give as the agent of one of the event's triggers
/// in sentence `s`, read off the words where the tree may be wrong: a name after "by"
/// right after the trigger ("shelling by the Rapid Support Forces", "a mass shooting by
/// Santa Rosa de Lima Cartel gunmen"), and a name compounded before a trigger noun ("A
/// RSF drone strike", "3R rebel attacks").
fn told_agents<'p>(s: &Sent, parse: &Parse, event: &Event, parts: &'p [Participant]) -> Vec<&'p str> {
    let (start, end) = s.bounds();
    let noun = |e: &Span| tree::trigger_head(parse, e.start, e.end).is_some_and(|h| parse.words[h].upos == Upos::Noun);
    // Each trigger's tokens, and whether it is a noun.
    let triggers: Vec<(usize, usize, bool)> = event
        .evidence
        .iter()
        .filter(|e| start <= e.start && e.end <= end)
        .map(|e| (s.at(e.start), s.at(e.end).max(s.at(e.start) + 1), noun(e)))
        .collect();
    let mut out = Vec::new();
    for p in parts {
        let mut k = p.tok;
        while k > 0 && BEFORE_AGENT.contains(&s.word(k - 1)) {
            k -= 1;
        }
        let by = k > 0 && s.word(k - 1) == "by";
        let after = |&(_, b, _): &(usize, usize, bool)| by && b < k && k - b <= 2;
        // Lowercase words only between the name and the trigger noun ("drone", "rebel").
        // Before the trigger, a place's or a building's name is told the same way ("the
        // Rolando Cafe bombing"): only an armed group's or an acronym ("RSF", "3R").
        let group = crate::armed(p.kind) || acronym(&p.actor.evidence[0].text);
        let before = |&(a, _, noun): &(usize, usize, bool)| {
            group
                && noun
                && p.end_tok <= a
                && a - p.end_tok <= 2
                && (p.end_tok..a).all(|i| s.tokens[i].text(s.ctx.text).starts_with(char::is_lowercase))
                && (p.end_tok..=a).all(|i| s.word(i).chars().all(char::is_alphabetic))
        };
        if triggers.iter().any(|t| after(t) || before(t)) {
            out.push(p.actor.name.as_str());
        }
    }
    out
}

/// Whether a name is an acronym: capitals and digits only, two to five of them ("RSF",
/// "M23", "3R").
fn acronym(name: &str) -> bool {
    (2..=5).contains(&name.chars().count())
        && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && name.chars().any(|c| c.is_ascii_uppercase())
}

/// The candidates of one event, with their features.
pub(crate) fn candidates(ctx: &Context, s: &Sent, coded: &Coded, event: &Event) -> Vec<Candidate> {
    let mut infos: Vec<Info> = Vec::new();
    fn slot<'i>(infos: &'i mut Vec<Info>, name: Option<&str>, source: impl FnOnce() -> Source) -> &'i mut Info {
        let key = name.map(str::to_lowercase);
        match infos.iter().position(|i| i.name.as_deref().map(str::to_lowercase) == key) {
            Some(i) => &mut infos[i],
            None => {
                infos.push(Info { name: name.map(String::from), source: Some(source()), ..Info::default() });
                infos.last_mut().expect("just pushed")
            }
        }
    }
    slot(&mut infos, None, || Source::Nobody);
    let trigger = event.evidence.first().cloned().unwrap_or_else(|| Span::of(ctx.text, 0, 0));
    for (k, side) in [&event.actor1, &event.actor2].into_iter().enumerate() {
        if let Some(a) = side {
            slot(&mut infos, Some(&a.name), || Source::Ref(a.clone())).rule[k] = true;
        }
    }
    for (k, assoc) in [&event.assoc_actor1, &event.assoc_actor2].into_iter().enumerate() {
        for a in assoc {
            slot(&mut infos, Some(&a.name), || Source::Ref(a.clone())).assoc[k] = true;
        }
    }
    let clusters = &ctx.entities.clusters;
    let count = |name: &str| clusters.iter().find(|c| c.name == name).map_or(0, |c| c.spans.len());
    // The trigger's sentence: its named actors and their places in the tree.
    let parse = ctx.analysis.parse(s.k);
    let head = tree::trigger_head(parse, trigger.start, trigger.end);
    let roles = tree::roles(parse, ctx.text, trigger.start, trigger.end);
    let speakers = roles.map(|r| tree::speakers(parse, ctx.text, r.head)).unwrap_or_default();
    let parts = participants(s);
    let pronouns = pronoun_participants(s);
    let a = s.at(trigger.start);
    let nearest_before = parts.iter().filter(|p| p.end_tok <= a).map(|p| p.actor.name.clone()).next_back();
    let nearest_after = parts.iter().find(|p| p.tok > a).map(|p| p.actor.name.clone());
    let event_cc = event.location.as_ref().and_then(|l| l.country.clone());
    let mut agent_patient: [Option<String>; 2] = [None, None];
    if let Some(r) = roles {
        for (k, w) in [r.agent, r.patient].into_iter().enumerate() {
            let Some(w) = w else { continue };
            match crate::side(parse, w, &parts, &pronouns) {
                crate::Side::Named(p) => agent_patient[k] = Some(p.actor.name.clone()),
                crate::Side::Unnamed(x) => {
                    let word = &ctx.text[parse.words[x].start..parse.words[x].end];
                    if let Some((base, kind)) = crate::unnamed_actor(word, true, k == 0) {
                        let name = crate::generic_name(ctx, base, event_cc.as_deref());
                        let info = slot(&mut infos, Some(&name), || Source::Generic(base, kind, event_cc.clone()));
                        info.tree[k] = true;
                        info.generic = Some(base);
                        info.kind = Some(kind);
                    }
                }
            }
        }
    }
    let told_agents = told_agents(s, parse, event, &parts);
    // The tree's agent counts as the attacker only where it names one side ("The
    // Taliban and the Islamic State have stepped up attacks" names two).
    let one_agent = roles.and_then(|r| r.agent).is_some_and(|w| parse.dependents(w, "conj").next().is_none());
    // A name compounded before the trigger may be a place's or a building's ("the
    // Rolando bombing"): it is the agent only where it names a group ([`told_agents`]).
    let compound_agent = roles.and_then(|r| r.agent).is_some_and(|w| parse.words[w].deprel == "compound");
    let all = parts.iter().map(|p| (p, false)).chain(pronouns.iter().map(|p| (p, true)));
    for (p, pronoun) in all {
        let Participant { tok, end_tok, actor, kind, label, .. } = p;
        let e = &actor.evidence[0];
        let before = *end_tok <= a;
        let dist = if before { a - end_tok.min(&a) } else { tok.saturating_sub(a) };
        let w = tree::trigger_head(parse, e.start, e.end);
        let info = slot(&mut infos, Some(&actor.name), || Source::Ref(actor.clone()));
        info.mention(parse, ctx.text, head, w, before, dist);
        info.kind = Some(*kind);
        info.label = Some(*label);
        info.pronoun |= pronoun;
        info.description |= !pronoun && e.text != actor.name && count(&actor.name) == 0;
        info.speaker |= speakers.iter().any(|&(x, y)| x <= e.start && e.end <= y);
        info.says |= (*end_tok..(end_tok + 3).min(s.lower.len())).any(|k| rules::REPORTING.contains(&s.word(k)));
        info.nearest[0] |= nearest_before.as_deref() == Some(actor.name.as_str());
        info.nearest[1] |= nearest_after.as_deref() == Some(actor.name.as_str());
        for (flag, role) in info.tree.iter_mut().zip(&agent_patient) {
            *flag |= role.as_deref() == Some(actor.name.as_str());
        }
        info.told_agent |= !pronoun && told_agents.contains(&actor.name.as_str());
        info.doc_mentions = count(&actor.name);
    }
    // The document's armed group, the group that claimed the attack, the sole group.
    let group = |c: usize, start: usize, end: usize| cluster_ref(&clusters[c], Span::of(ctx.text, start, end));
    if let Some(g) = ctx.analysis.salient {
        let (x, y) = clusters[g].spans[0];
        let r = group(g, x, y);
        let info = slot(&mut infos, Some(&r.name), || Source::Ref(r.clone()));
        info.salient = true;
        info.kind = Some(clusters[g].kind);
        info.doc_mentions = clusters[g].spans.len();
    }
    if let Some(c) = coded.doc.nearest_claim(trigger.start) {
        let r = group(c.cluster, c.start, c.end);
        let info = slot(&mut infos, Some(&r.name), || Source::Ref(r.clone()));
        info.claim = true;
        info.kind = Some(clusters[c.cluster].kind);
    }
    if let Some((x, y, c)) = coded.doc.sole_group {
        let r = group(c, x, y);
        slot(&mut infos, Some(&r.name), || Source::Ref(r.clone())).sole = true;
    }
    // Words that name a generic side ("gunmen", "soldiers", "villagers", "police"):
    // mentions of that side for the event's country, described as named ones are.
    for (i, w) in s.lower.iter().enumerate() {
        let Some((base, kind)) = cue(w) else { continue };
        if parts.iter().chain(&pronouns).any(|p| p.tok <= i && i < p.end_tok) {
            continue;
        }
        let name = crate::generic_name(ctx, base, event_cc.as_deref());
        let t = &s.tokens[i];
        let before = i < a;
        let dist = if before { a - i - 1 } else { i.saturating_sub(a) };
        let word = tree::trigger_head(parse, t.start, t.end);
        let info = slot(&mut infos, Some(&name), || Source::Generic(base, kind, event_cc.clone()));
        info.generic = Some(base);
        info.kind.get_or_insert(kind);
        info.cue = true;
        info.mention(parse, ctx.text, head, word, before, dist);
    }
    // ACLED's generic sides, for the event's country and the countries its sentence
    // names by nationality or name.
    let mut countries: Vec<(Option<String>, u8)> = vec![(event_cc.clone(), if event_cc.is_some() { 1 } else { 0 })];
    for p in &parts {
        if matches!(p.label, Label::Norp | Label::Gpe)
            && p.country.is_some()
            && p.country != event_cc
            && countries.iter().all(|(c, _)| *c != p.country)
            && countries.len() < 4
        {
            countries.push((p.country.clone(), 2));
        }
    }
    // A state's branch named ("U.S. Army", "the Saudi navy") stands for its forces.
    for p in &parts {
        if let Some((base, kind, cc)) = crate::sides::state_branch(&p.actor.name, ctx.gazetteer) {
            let name = crate::generic_name(ctx, base, Some(&cc));
            let info = slot(&mut infos, Some(&name), || Source::Generic(base, kind, Some(cc.clone())));
            info.generic = Some(base);
            info.kind = Some(kind);
            info.branch = true;
        }
    }
    // The countries the document names most (its places and nationalities).
    let mut named: Vec<(usize, usize)> = clusters
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.label, Label::Norp | Label::Gpe) && c.country.is_some())
        .map(|(i, c)| (i, c.spans.len()))
        .collect();
    named.sort_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
    for (i, _) in named {
        let cc = clusters[i].country.clone();
        if countries.len() >= 5 {
            break;
        }
        if countries.iter().all(|(c, _)| *c != cc) {
            countries.push((cc, 3));
        }
    }
    for (cc, how) in &countries {
        for &(base, kind) in GENERIC.iter().filter(|(base, _)| offered(base, &event.event_type, &event.sub_event_type))
        {
            if *how == 2 && !base.contains("{}")
                || *how == 3 && !matches!(kind, ActorKind::StateForce | ActorKind::Civilians)
            {
                continue;
            }
            let name = crate::generic_name(ctx, base, cc.as_deref());
            let info = slot(&mut infos, Some(&name), || Source::Generic(base, kind, cc.clone()));
            info.generic = Some(base);
            info.generic_cc = info.generic_cc.max(*how);
            info.kind.get_or_insert(kind);
        }
    }
    let sub = event.sub_event_type.as_str();
    let first_sentence = s.k == 0;
    infos
        .into_iter()
        .map(|info| {
            let features = [0, 1].map(|k| features(&info, k, sub, first_sentence));
            let agent = info.told_agent
                || info.tree[0]
                    && one_agent
                    && (!compound_agent
                        || info.kind.is_some_and(crate::armed)
                        || info.name.as_deref().is_some_and(acronym));
            Candidate {
                name: info.name,
                features,
                source: info.source.unwrap_or(Source::Nobody),
                rule: info.rule,
                label: info.label,
                kind: info.kind,
                mentioned: info.path.is_some(),
                speaker: info.speaker,
                patient: info.tree[1]
                    || info.case.as_deref().is_some_and(|c| matches!(c, "against" | "on" | "targeting")),
                agent,
            }
        })
        .collect()
}

/// The features of candidate `info` as side `k` (0: actor1, 1: actor2) of an event of
/// sub-type `sub`.
fn features(info: &Info, k: usize, sub: &str, first_sentence: bool) -> Vec<u64> {
    let side = if k == 0 { "a1" } else { "a2" };
    let mut names: Vec<String> = Vec::new();
    let rule_has = info.name.is_none() && !info.rule[k];
    if info.name.is_none() {
        names.push("none".into());
        names.push(format!("none|rule_none={rule_has}"));
        names.push(format!("none|first={first_sentence}"));
        return finish(side, sub, names);
    }
    let typ = match (info.generic, info.kind) {
        (Some(g), _) => format!("generic:{g}"),
        (None, Some(kind)) => format!("kind:{}", kind_name(kind)),
        (None, None) => "other".into(),
    };
    names.push(format!("typ={typ}"));
    if let Some(l) = info.label {
        names.push(format!("label={l:?}"));
    }
    if info.rule[k] {
        names.push("rule".into());
        names.push(format!("rule|{typ}"));
    }
    if info.rule[1 - k] {
        names.push("rule_other".into());
        names.push(format!("rule_other|{typ}"));
    }
    if info.assoc[k] {
        names.push("assoc".into());
    }
    if info.assoc[1 - k] {
        names.push("assoc_other".into());
    }
    if info.tree[0] {
        names.push("agent".into());
        names.push(format!("agent|{typ}"));
    }
    if info.tree[1] {
        names.push("patient".into());
        names.push(format!("patient|{typ}"));
    }
    match &info.path {
        Some(p) => {
            names.push(format!("path={p}"));
            names.push(format!("pos={}|d={}", if info.before { "before" } else { "after" }, bucket(info.dist)));
            names.push(format!("case={}", info.case.as_deref().unwrap_or("-")));
            names.push(format!("path={p}|case={}", info.case.as_deref().unwrap_or("-")));
        }
        None => names.push("unmentioned".into()),
    }
    if info.path.is_some() {
        names.push(format!("mentioned|{typ}"));
    }
    for (flag, name) in [
        (info.nearest[0], "nearest_before"),
        (info.nearest[1], "nearest_after"),
        (info.speaker, "speaker"),
        (info.says, "says"),
        (info.pronoun, "pronoun"),
        (info.description, "description"),
        (info.salient, "salient"),
        (info.cue, "cue"),
        (info.branch, "branch"),
        (info.claim, "claim"),
        (info.sole, "sole"),
    ] {
        if flag {
            names.push(name.into());
            names.push(format!("{name}|{typ}"));
        }
    }
    if info.generic.is_some() {
        names.push(format!("cc={}|{typ}", info.generic_cc));
    }
    names.push(format!("mentions={}", bucket(info.doc_mentions)));
    finish(side, sub, names)
}

/// Hashes each feature name for side `side`, alone and with the event's sub-type.
fn finish(side: &str, sub: &str, names: Vec<String>) -> Vec<u64> {
    let mut out = Vec::with_capacity(2 * names.len() + 1);
    out.push(hash(&["actors", side, "bias"]));
    for n in &names {
        out.push(hash(&["actors", side, n]));
        out.push(hash(&["actors", side, n, sub]));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What [`pick`] needs to know of the event's type.
#[derive(Debug, Default, Clone, Copy)]
struct Traits {
    /// An air or drone strike.
    air: bool,
    /// A battle.
    battle: bool,
    /// An agreement (a company or an agency may be a party).
    agreement: bool,
    /// A protest or a riot (protesters may be a side).
    protest: bool,
    /// A bombing or an attack on civilians (an armed group named is its author, rarely
    /// its target).
    bombing: bool,
}

/// The indices in `cands` of the chosen actor1 and actor2: the model's best where it may
/// replace the rules' pick, else the rules' pick. `generic_ids`: the ids of the
/// document's generic sides.
fn pick(
    cands: &[Candidate],
    model: &ActorModel,
    generic_ids: &std::collections::HashSet<&str>,
    traits: Traits,
) -> Option<(usize, usize)> {
    let Traits { air, battle, .. } = traits;
    // A source of reported speech the rules did not pick for either side is a source,
    // never a party: the model may not bring it in ("… a major general was killed in
    // Syria by an improvised explosive device, Al-Monitor online reported").
    let source_only = |c: &Candidate| c.speaker && !c.rule[0] && !c.rule[1];
    // A named organization the lexicon knows as no armed group, force or government (a
    // party, an agency, a town or a building read as an organization) is rarely a side
    // ACLED names: the model may replace it, with a side named in the sentence or a
    // generic side other than a state's (an unnamed state's forces or government as
    // the victim of a bombing in its own country is the model's usual wrong guess).
    let org = |r: usize| {
        matches!(cands[r].source, Source::Ref(_))
            && cands[r].kind == Some(ActorKind::Organization)
            && cands[r].label != Some(Label::Per)
    };
    // Such an organization or a person: no side ACLED names, and the model may not bring
    // one in where the rules did not pick it ("US-Russian", "Almassian").
    // A party to an agreement may be a company or an agency, and a coalition ("CJTF-OIR",
    // "the Coalition") is ACLED's coalition, whatever kind the lexicon gives it.
    let coalition =
        |i: usize| cands[i].name.as_deref().is_some_and(|n| n.contains("Coalition") || n.starts_with("CJTF"));
    let bystander = |i: usize| {
        !traits.agreement
            && !coalition(i)
            && (org(i) || matches!(cands[i].source, Source::Ref(_)) && cands[i].kind == Some(ActorKind::Person))
    };
    let best = |k: usize, not: Option<usize>| {
        let mut best: Option<(usize, f32)> = None;
        for (i, c) in cands.iter().enumerate() {
            if Some(i) == not && c.name.is_some() || source_only(c) || bystander(i) && !c.rule[k] {
                continue;
            }
            let v = model.score(&c.features[k]);
            if best.is_none_or(|(_, b)| v > b) {
                best = Some((i, v));
            }
        }
        best.map(|(i, _)| i)
    };
    // The rules' pick stands unless the model may replace it ([`SCOPE`]) and its best
    // leads it by [`MARGIN`].
    let rule = |k: usize| cands.iter().position(|c| c.rule[k]).or_else(|| cands.iter().position(|c| c.name.is_none()));
    let stands_in = |p: usize| {
        cands[p].mentioned
            || match cands[p].source {
                Source::Ref(_) => false,
                Source::Generic(_, kind, _) => !matches!(kind, ActorKind::StateForce | ActorKind::Government),
                Source::Nobody => true,
            }
    };
    // An air or drone strike the rules gave to an unidentified armed group or
    // unidentified military forces (their defaults where no side is named) is open to
    // the model: a state's forces the sentence names may have flown it.
    // A bombing's or an attack's side hit that the rules gave to a named armed group is
    // open to the model: the group such a story names is its author or suspect ("the
    // shooting at Pulse nightclub … Islamic State", "a suicide bombing … the Taliban"),
    // rarely its target (no such pick was right on the development sets, 5 of 8 the
    // model's) unless the tree makes it the patient ("IEDs … against the SDF").
    let group_hit = |r: usize, k: usize| {
        traits.bombing
            && k == 1
            && !cands[r].patient
            && matches!(cands[r].source, Source::Ref(_))
            && cands[r]
                .kind
                .is_some_and(|x| matches!(x, ActorKind::RebelGroup | ActorKind::TerrorGroup | ActorKind::Militia))
    };
    let replaceable = |r: usize, k: usize| match &cands[r].source {
        Source::Nobody => true,
        _ if group_hit(r, k) => true,
        _ if air
            && cands[r].name.as_deref().is_some_and(|n| {
                n.starts_with("Unidentified Armed Group") || n.starts_with("Unidentified Military Forces")
            }) =>
        {
            true
        }
        Source::Ref(_) if org(r) => true,
        _ if SCOPE >= 2.0 => false,
        Source::Ref(x) => SCOPE < 1.0 || generic_ids.contains(x.id.as_str()),
        Source::Generic(..) => true,
    };
    // A battle is fought between armed sides: the civilians the rules read from "killed"
    // or "wounded" give way to an armed side the sentence names where the model prefers
    // it ("… was killed in a gunbattle with Taliban fighters"). Only such a side: the
    // type may be wrong where the civilians are right (a mass shooting read as a clash).
    let civilians = |i: usize| cands[i].name.as_deref().is_some_and(crate::civilians);
    let armed_mentioned = |i: usize| cands[i].mentioned && cands[i].kind.is_some_and(crate::armed);
    // An air strike's civilians the rules gave by default (no word of the sentence names
    // them) give way to a named armed group where the model prefers it: strikes from the
    // air are mostly aimed at armed men ("US strikes destroyed 3 ISIS vehicles").
    let armed_group = |i: usize| matches!(cands[i].source, Source::Ref(_)) && cands[i].kind.is_some_and(crate::armed);
    // A person or a named organization that is no armed side the rules picked gives way
    // to the best side that may stand in for it, whatever the margin: such picks were
    // right on none of 33 sides on the development sets ("GOP", "CCTV", "Sari Club",
    // "Abu Hayjaa"; ACLED names the person's group or the civilians instead).
    // A person's stand-in is the best armed group named where there is one ("21 ISIS
    // fighters were killed, among them Abu Hayjaa"), else the best side.
    let stand_in = |k: usize, not: Option<usize>| {
        // Protesters stand in only in a protest or a riot.
        let crowd = |i: usize| matches!(cands[i].source, Source::Generic("Protesters", ..));
        let ok = |i: usize| {
            Some(i) != not
                && cands[i].name.is_some()
                && !bystander(i)
                && !source_only(&cands[i])
                && stands_in(i)
                && (traits.protest || !crowd(i))
        };
        let best_of = |keep: &dyn Fn(usize) -> bool| {
            (0..cands.len()).filter(|&i| ok(i) && keep(i)).fold(None, |b: Option<usize>, i| match b {
                Some(j) if model.score(&cands[j].features[k]) >= model.score(&cands[i].features[k]) => Some(j),
                _ => Some(i),
            })
        };
        let person = rule(k).is_some_and(|r| cands[r].kind == Some(ActorKind::Person));
        let group = |i: usize| {
            matches!(cands[i].source, Source::Ref(_))
                && cands[i]
                    .kind
                    .is_some_and(|x| matches!(x, ActorKind::RebelGroup | ActorKind::TerrorGroup | ActorKind::Militia))
        };
        person.then(|| best_of(&group)).flatten().or_else(|| best_of(&|_| true))
    };
    let keep = |k: usize, not: Option<usize>| match (best(k, not), rule(k)) {
        (_, Some(r)) if bystander(r) && stand_in(k, not).is_some() => stand_in(k, not),
        (Some(p), Some(r)) if battle && k == 1 && civilians(r) && armed_mentioned(p) => Some(p),
        (Some(p), Some(r)) if air && k == 1 && civilians(r) && !cands[r].mentioned && armed_group(p) => Some(p),
        (Some(p), Some(r)) if p != r && org(r) && !stands_in(p) => Some(r),
        (Some(p), Some(r))
            if p != r
                && (!replaceable(r, k)
                    || model.score(&cands[p].features[k]) - model.score(&cands[r].features[k]) <= MARGIN) =>
        {
            Some(r)
        }
        (p, _) => p,
    };
    let one = named_agent(cands, keep(0, None)?);
    let two = keep(1, Some(one))?;
    (one != two || cands[one].name.is_none()).then_some((one, two))
}

/// The tree's agent where it is a named armed group or force and the pick for actor1
/// `one` is nobody or an unidentified side: the name the sentence gives the attackers
/// ("killed in a mass shooting by Santa Rosa de Lima Cartel gunmen", "shelling by the
/// Rapid Support Forces") is the side ACLED codes, whatever the model's weights make of
/// a long path from the trigger.
fn named_agent(cands: &[Candidate], one: usize) -> usize {
    let unidentified = match &cands[one].source {
        Source::Nobody => true,
        Source::Generic(base, ..) => base.starts_with("Unidentified"),
        Source::Ref(r) => r.name.starts_with("Unidentified"),
    };
    // An organization the lexicon does not know ("RSF", "M23") acting in violence is
    // an armed group as well.
    let named = |c: &Candidate| {
        c.agent
            && !c.speaker
            && matches!(c.source, Source::Ref(_))
            && c.label == Some(Label::Org)
            && c.kind.is_some_and(|k| crate::armed(k) || k == ActorKind::Organization)
    };
    match cands.iter().position(named) {
        Some(i) if unidentified => i,
        _ => one,
    }
}

/// Picks the sides of `event` among `cands` by `model`: the best actor1, then the best
/// actor2 that is not it (no actor may be both).
pub(crate) fn choose(ctx: &Context, coded: &mut Coded, model: &ActorModel, event: &mut Event, cands: &[Candidate]) {
    let generic_ids: std::collections::HashSet<&str> = coded.generic_actors.iter().map(|g| g.id.as_str()).collect();
    let traits = Traits {
        air: event.sub_event_type == "Air/drone strike",
        battle: event.event_type == "Battles",
        agreement: event.sub_event_type == "Agreement",
        protest: matches!(event.event_type.as_str(), "Protests" | "Riots"),
        bombing: matches!(event.sub_event_type.as_str(), "Attack" | "Suicide bomb" | "Remote explosive/landmine/IED"),
    };
    let Some((one, two)) = pick(cands, model, &generic_ids, traits) else { return };
    let evidence = event.evidence.first().cloned().into_iter().collect::<Vec<_>>();
    let mut make = |c: &Candidate, current: &Option<ActorRef>| match &c.source {
        Source::Nobody => None,
        // The rules' own pick keeps its evidence.
        Source::Ref(r) => Some(current.as_ref().filter(|x| x.name == r.name).unwrap_or(r).clone()),
        Source::Generic(base, kind, cc) => {
            Some(crate::generic_named(ctx, coded, base, *kind, cc.clone(), evidence.clone()))
        }
    };
    let actor1 = make(&cands[one], &event.actor1);
    let actor2 = make(&cands[two], &event.actor2);
    // A named side the rules gave and the model replaced stays on its side as an
    // associate: the evidence of who was named, and what cross-document merging ties
    // reports by.
    let chosen = |r: &ActorRef| [&actor1, &actor2].into_iter().flatten().any(|x| x.id == r.id);
    let generic = |r: &ActorRef| coded.generic_actors.iter().any(|g| g.id == r.id);
    for (old, assoc) in [(event.actor1.take(), &mut event.assoc_actor1), (event.actor2.take(), &mut event.assoc_actor2)]
    {
        if let Some(r) = old.filter(|r| !chosen(r) && !generic(r)) {
            if assoc.iter().all(|x| x.id != r.id) {
                assoc.push(r);
            }
        }
    }
    event.actor1 = actor1;
    event.actor2 = actor2;
}

/// Whether two actor names agree as `tidings eval events` scores them: the same name, or
/// one (of at least 4 characters) inside the other, case, hyphens and the article after
/// "of" ignored ("Taliban" and "Afghan Taliban"; "Civilians" and "Civilians (Iraq)";
/// "Military Forces of the United States" and "Military Forces of United States", both
/// forms the gold sets use for one ACLED actor).
pub fn same_name(gold: Option<&str>, predicted: Option<&str>) -> bool {
    match (gold, predicted) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let norm = |x: &str| x.to_lowercase().replace('-', " ").replace(" of the ", " of ");
            let (g, p) = (norm(g), norm(p));
            g == p || (g.len() >= 4 && p.contains(&g)) || (p.len() >= 4 && g.contains(&p))
        }
        _ => false,
    }
}

/// One training choice: every candidate's features for one side, and which candidates
/// are right.
#[derive(Debug, Clone)]
pub struct Choice {
    pub candidates: Vec<Vec<u64>>,
    pub right: Vec<bool>,
}

/// An averaged ranking perceptron: on each choice the best-scoring candidate is compared
/// with the best-scoring right one, and on a mistake the weights move toward the right
/// one. Choices are visited in an order shuffled by `seed`, so training is reproducible.
pub fn train(choices: &[Choice], epochs: usize, seed: u64) -> Vec<(u64, f32)> {
    let mut w: HashMap<u64, f64> = HashMap::new();
    // Sum of updates weighted by the step they were made at, for averaging.
    let mut u: HashMap<u64, f64> = HashMap::new();
    let mut order: Vec<usize> = (0..choices.len()).collect();
    let mut state = seed | 1;
    let mut step = 1.0f64;
    for _ in 0..epochs {
        crate::learned::shuffle(&mut order, &mut state);
        for &n in &order {
            let c = &choices[n];
            let score = |f: &[u64]| f.iter().filter_map(|k| w.get(k)).sum::<f64>();
            let scores: Vec<f64> = c.candidates.iter().map(|f| score(f)).collect();
            let argmax = |keep: &dyn Fn(usize) -> bool| {
                (0..scores.len()).filter(|&i| keep(i)).fold(None, |b: Option<usize>, i| match b {
                    Some(j) if scores[j] >= scores[i] => Some(j),
                    _ => Some(i),
                })
            };
            let (Some(pred), Some(gold)) = (argmax(&|_| true), argmax(&|i| c.right[i])) else { continue };
            if !c.right[pred] {
                for &k in &c.candidates[gold] {
                    *w.entry(k).or_default() += 1.0;
                    *u.entry(k).or_default() += step;
                }
                for &k in &c.candidates[pred] {
                    *w.entry(k).or_default() -= 1.0;
                    *u.entry(k).or_default() -= step;
                }
            }
            step += 1.0;
        }
    }
    let mut out: Vec<(u64, f32)> =
        w.iter().map(|(&k, &v)| (k, (v - u.get(&k).copied().unwrap_or(0.0) / step) as f32)).collect();
    out.sort_by_key(|r| r.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rioters_are_offered_for_riots_and_arrests_only() {
        assert!(offered("Rioters", "Riots", "Mob violence"));
        assert!(offered("Rioters", "Strategic developments", "Arrests"));
        assert!(!offered("Rioters", "Battles", "Armed clash"));
        assert!(!offered("Rioters", "Protests", "Peaceful protest"));
        assert!(offered("Protesters", "Protests", "Peaceful protest"));
        assert!(offered("Civilians", "Battles", "Armed clash"));
    }

    #[test]
    fn names_agree_as_the_evaluation_scores_them() {
        assert!(same_name(Some("Civilians (Iraq)"), Some("Civilians")));
        assert!(same_name(Some("Afghan Taliban"), Some("taliban")));
        assert!(same_name(None, None));
        assert!(same_name(Some("Military Forces of United States"), Some("Military Forces of the United States")));
        assert!(same_name(
            Some("Military Forces of the Democratic Republic of Congo"),
            Some("Military Forces of Democratic Republic of Congo")
        ));
        assert!(!same_name(Some("FSB"), Some("Federal Security Service (FSB)")));
        assert!(!same_name(Some("Civilians (Iraq)"), None));
        assert!(!same_name(Some("Police Forces of Iraq"), Some("Military Forces of Iraq")));
    }

    #[test]
    fn the_perceptron_learns_a_choice_and_is_reproducible() {
        // Three candidates; the right one always carries feature 7, the others 8 or 9.
        let choices: Vec<Choice> = (0..20)
            .map(|n| {
                let right = n % 3;
                let candidates = (0..3).map(|i| if i == right { vec![1, 7] } else { vec![1, 8 + (i as u64 % 2)] });
                Choice { candidates: candidates.collect(), right: (0..3).map(|i| i == right).collect() }
            })
            .collect();
        let weights = train(&choices, 5, 42);
        assert_eq!(weights, train(&choices, 5, 42));
        let model = ActorModel::parse(&ActorModel::write(&weights)).unwrap();
        assert!(model.score(&[1, 7]) > model.score(&[1, 8]), "{weights:?}");
        assert!(model.score(&[1, 7]) > model.score(&[1, 9]), "{weights:?}");
    }

    /// A test candidate: name, source, picked by the rules as actor1/actor2, kind, named
    /// in the sentence.
    type Cand<'a> = (Option<&'a str>, Source, [bool; 2], Option<ActorKind>, bool);

    /// Candidate `i` scores `score[i][k]` as side `k`.
    fn scored(cands: &[Cand], score: &[[f32; 2]]) -> (Vec<Candidate>, ActorModel) {
        let mut model = ActorModel::default();
        let cands = cands
            .iter()
            .enumerate()
            .map(|(i, (name, source, rule, kind, mentioned))| {
                for (k, &w) in score[i].iter().enumerate() {
                    model.weights.insert((2 * i + k) as u64, w);
                }
                Candidate {
                    name: name.map(String::from),
                    features: [vec![2 * i as u64], vec![2 * i as u64 + 1]],
                    source: source.clone(),
                    rule: *rule,
                    label: kind.map(|_| Label::Org),
                    kind: *kind,
                    mentioned: *mentioned,
                    speaker: false,
                    patient: false,
                    agent: false,
                }
            })
            .collect();
        (cands, model)
    }

    fn named(name: &str) -> Source {
        Source::Ref(ActorRef { id: format!("actor:{name}"), name: name.into(), evidence: Vec::new() })
    }

    #[test]
    fn the_group_named_as_the_agent_is_the_attacker_over_an_unidentified_one() {
        // "… killed in shelling by the Rapid Support Forces": the model prefers the
        // unidentified armed group; the group the words name as the agent acts.
        let unidentified = Source::Generic("Unidentified Armed Group", ActorKind::Unknown, Some("SD".into()));
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("SD".into()));
        let cands = [
            (None, Source::Nobody, [false, false], None, false),
            (Some("Unidentified Armed Group (Sudan)"), unidentified, [true, false], Some(ActorKind::Unknown), false),
            (Some("Civilians (Sudan)"), civilians, [false, true], Some(ActorKind::Civilians), false),
            (Some("RSF"), named("RSF"), [false, false], Some(ActorKind::Organization), true),
        ];
        let scores = [[0.0, 0.0], [2.0, 0.0], [0.0, 2.0], [-1.0, 0.0]];
        let (mut c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
        c[3].agent = true;
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((3, 2)));
        // The source of reported speech is no agent.
        c[3].speaker = true;
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
    }

    #[test]
    fn a_named_organization_that_is_no_armed_side_is_open_to_the_model() {
        // "… bombs left in New York City …": the rules gave the party named nearby as
        // the side attacked; the model prefers the country's civilians.
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("US".into()));
        let forces = Source::Generic("Military Forces of {}", ActorKind::StateForce, Some("US".into()));
        let cands = [
            (None, Source::Nobody, [true, false], None, false),
            (Some("GOP"), named("GOP"), [false, true], Some(ActorKind::Organization), true),
            (Some("Civilians (United States)"), civilians, [false, false], Some(ActorKind::Civilians), false),
            (Some("Military Forces of the United States"), forces, [false, false], Some(ActorKind::StateForce), false),
        ];
        let (c, model) = scored(&cands, &[[1.0, 0.0], [0.0, 0.5], [0.0, 1.0], [0.0, 0.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 2)));
        // Also where the model prefers it to every other side: the side that may stand in
        // for it replaces it, never an unnamed state's forces (the model's usual wrong
        // guess).
        let (c, model) = scored(&cands, &[[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 2)));
        // Only where one may stand in: with no other named side, it stays.
        let (c, model) = scored(&cands[..2], &[[1.0, 0.0], [0.0, 0.5]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 1)));
        // A person the rules named as the side attacked is no side either.
        let mut person = cands.clone();
        person[1] = (Some("Abu Hayjaa"), named("Abu Hayjaa"), [false, true], Some(ActorKind::Person), true);
        let (c, model) = scored(&person, &[[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 2)));
        // A company or an agency may be a party to an agreement, and a coalition is one.
        let (c, model) = scored(&cands, &[[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0]]);
        let agreement = Traits { agreement: true, ..Traits::default() };
        assert_eq!(pick(&c, &model, &Default::default(), agreement), Some((0, 1)));
        let mut coalition = cands.clone();
        coalition[1].0 = Some("CJTF-OIR");
        let (c, model) = scored(&coalition, &[[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 1)));
        // Protesters stand in only in a protest or a riot.
        let mut crowd = cands.to_vec();
        crowd[2] = (None, Source::Nobody, [false, false], None, false);
        crowd.push((
            Some("Protesters (United States)"),
            Source::Generic("Protesters", ActorKind::Protesters, Some("US".into())),
            [false, false],
            Some(ActorKind::Protesters),
            false,
        ));
        let scores = [[1.0, 0.0], [0.0, 2.0], [0.0, 0.0], [0.0, 1.0], [0.0, 0.5]];
        let (c, model) = scored(&crowd, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 1)));
        let protest = Traits { protest: true, ..Traits::default() };
        assert_eq!(pick(&c, &model, &Default::default(), protest), Some((0, 4)));
        // Nor may the model bring such an organization in where the rules named nobody.
        let mut other = cands.clone();
        other[0].2 = [true, true];
        other[1].2 = [false, false];
        let (c, model) = scored(&other, &[[1.0, 0.0], [0.0, 2.0], [0.0, 0.5], [0.0, 0.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 2)));
        // An armed group the rules named stands.
        let mut armed = cands.clone();
        armed[1].3 = Some(ActorKind::RebelGroup);
        let (c, model) = scored(&armed, &[[1.0, 0.0], [0.0, 0.5], [0.0, 1.0], [0.0, 0.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 1)));
    }

    #[test]
    fn a_source_of_reported_speech_is_never_brought_in_by_the_model() {
        // "… was killed in Syria by an improvised explosive device, Al-Monitor online
        // reported": the rules name no attacker; the model prefers the outlet.
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("SY".into()));
        let group = Source::Generic("Unidentified Armed Group", ActorKind::Unknown, Some("SY".into()));
        let cands = [
            (None, Source::Nobody, [true, false], None, false),
            (Some("Al-Monitor"), named("Al-Monitor"), [false, false], Some(ActorKind::Unknown), true),
            (Some("Civilians (Syria)"), civilians, [false, true], Some(ActorKind::Civilians), false),
            (Some("Unidentified Armed Group (Syria)"), group, [false, false], Some(ActorKind::Unknown), false),
        ];
        let scores = [[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [1.0, 0.0]];
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
        let (mut c, model) = scored(&cands, &scores);
        c[1].speaker = true;
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((3, 2)));
        // The rules' own pick of a speaker (also named as a party) stands.
        let (mut c, model) = scored(&cands, &scores);
        c[1].speaker = true;
        c[1].rule = [true, false];
        c[0].rule = [false, false];
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
    }

    const BATTLE: Traits = Traits { air: false, battle: true, agreement: false, protest: false, bombing: false };

    #[test]
    fn a_battle_s_civilians_give_way_to_an_armed_side_the_sentence_names() {
        // "A policeman was killed in a gunbattle with Taliban fighters": the rules read a
        // civilian victim; the model prefers the Taliban named in the sentence.
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("AF".into()));
        let cands = [
            (None, Source::Nobody, [false, false], None, false),
            (Some("Police Forces of Afghanistan"), named("Police"), [true, false], Some(ActorKind::StateForce), true),
            (Some("Civilians (Afghanistan)"), civilians, [false, true], Some(ActorKind::Civilians), false),
            (Some("Taliban"), named("Taliban"), [false, false], Some(ActorKind::RebelGroup), true),
        ];
        let scores = [[0.0, 0.0], [1.0, 0.0], [0.0, 0.5], [0.0, 1.0]];
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), BATTLE), Some((1, 3)));
        // Not outside a battle, nor for a side the sentence does not name.
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
        let (mut c, model) = scored(&cands, &scores);
        c[3].mentioned = false;
        assert_eq!(pick(&c, &model, &Default::default(), BATTLE), Some((1, 2)));
    }

    const AIR: Traits = Traits { air: true, battle: false, agreement: false, protest: false, bombing: false };

    #[test]
    fn an_air_strike_s_default_civilians_give_way_to_a_named_armed_group() {
        // "Near Raqqa, five strikes destroyed an ISIS tactical unit": the rules read the
        // default civilians as the side hit; the model prefers the document's group.
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("SY".into()));
        let forces = Source::Generic("Military Forces of {}", ActorKind::StateForce, Some("SY".into()));
        let cands = [
            (None, Source::Nobody, [false, false], None, false),
            (Some("Coalition"), named("Coalition"), [true, false], Some(ActorKind::StateForce), true),
            (Some("Civilians (Syria)"), civilians, [false, true], Some(ActorKind::Civilians), false),
            (Some("Islamic State"), named("Islamic State"), [false, false], Some(ActorKind::TerrorGroup), false),
            (Some("Military Forces of Syria"), forces, [false, false], Some(ActorKind::StateForce), false),
        ];
        let scores = [[0.0, 0.0], [1.0, 0.0], [0.0, 0.5], [0.0, 1.0], [0.0, 0.0]];
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), AIR), Some((1, 3)));
        // Not where a word of the sentence names the civilians, nor outside an air strike.
        let (mut c, model) = scored(&cands, &scores);
        c[2].mentioned = true;
        assert_eq!(pick(&c, &model, &Default::default(), AIR), Some((1, 2)));
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((1, 2)));
        // Nor for an unnamed state's forces the model prefers.
        let scores = [[0.0, 0.0], [1.0, 0.0], [0.0, 0.5], [0.0, 0.0], [0.0, 1.0]];
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), AIR), Some((1, 2)));
    }

    #[test]
    fn a_bombing_s_armed_group_named_as_the_side_hit_is_open_to_the_model() {
        // "… the Taliban said they were not involved in a suicide bombing in Nangarhar
        // province": the rules read the Taliban as the side hit; the model prefers the
        // civilians.
        let civilians = Source::Generic("Civilians", ActorKind::Civilians, Some("AF".into()));
        let cands = [
            (None, Source::Nobody, [true, false], None, false),
            (Some("Taliban"), named("Taliban"), [false, true], Some(ActorKind::RebelGroup), true),
            (Some("Civilians (Afghanistan)"), civilians, [false, false], Some(ActorKind::Civilians), false),
        ];
        let scores = [[1.0, 0.0], [0.0, 0.5], [0.0, 1.0]];
        let bombing = Traits { bombing: true, ..Traits::default() };
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), bombing), Some((0, 2)));
        // Not where the model prefers the group, nor outside a bombing or an attack (an
        // air strike hits armed groups).
        let (c, model) = scored(&cands, &[[1.0, 0.0], [0.0, 1.0], [0.0, 0.5]]);
        assert_eq!(pick(&c, &model, &Default::default(), bombing), Some((0, 1)));
        let (c, model) = scored(&cands, &scores);
        assert_eq!(pick(&c, &model, &Default::default(), Traits::default()), Some((0, 1)));
        // Nor where the tree makes it the patient ("IEDs and chemical weapons against the
        // SDF").
        let (mut c, model) = scored(&cands, &scores);
        c[1].patient = true;
        assert_eq!(pick(&c, &model, &Default::default(), bombing), Some((0, 1)));
        // Nor as the attacker.
        let mut first = cands.clone();
        first[0].2 = [false, true];
        first[1].2 = [true, false];
        let (c, model) = scored(&first, &[[0.0, 1.0], [0.5, 0.0], [1.0, 0.0]]);
        assert_eq!(pick(&c, &model, &Default::default(), bombing), Some((1, 0)));
    }

    #[test]
    fn the_bundled_model_loads() {
        assert!(!ActorModel::bundled().is_empty());
        assert!(ActorModel::parse("not a model").is_none());
    }
}
