//! The pipeline: one document in, one [`Extraction`] out.
//!
//! [`Pipeline::extract`] is a pure function of the input and the bundled resources
//! (gazetteer, lexicons): it does no I/O, and never fails on messy text — problems
//! become `diagnostics`. Reading inputs (files, JSONL, sidecar metadata) lives in
//! [`input`], where bad input gets an error naming the item.

pub mod input;

use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};
use tidings_entities::Recognizer;
use tidings_geo::Gazetteer;
use tidings_model::{Document, Extraction};
use tidings_text::Segmented;
use tidings_time::Anchor;

/// A document as given by the user, before normalization.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Input {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub license: Option<String>,
    pub language: Option<String>,
    pub text: String,
}

impl Input {
    /// The hex SHA-256 of the normalized text: the [`Document::sha256`] that
    /// [`Pipeline::extract`] will give this input, computed without extracting (so a
    /// store can skip documents it already holds).
    pub fn sha256(&self) -> String {
        hex(&Sha256::digest(tidings_text::normalize(&self.text).as_bytes()))
    }

    /// The [`Document::id`] that [`Pipeline::extract`] will give this input, whose
    /// normalized text hashes to `sha256`: its own id, else `doc-<12 hex digits>`.
    pub fn document_id(&self, sha256: &str) -> String {
        self.id.clone().unwrap_or_else(|| format!("doc-{}", &sha256[..12]))
    }

    /// The [`Document`] that [`Pipeline::extract`] will give this input (normalized
    /// text, hash, metadata), without extracting: a store can tell from it whether the
    /// text is a copy of one it holds. Also returns the publication anchor, if any.
    pub fn document(&self) -> (Document, Option<Anchor>) {
        let text = tidings_text::normalize(&self.text);
        let sha256 = hex(&Sha256::digest(text.as_bytes()));
        let anchor = self.published.as_deref().and_then(Anchor::parse);
        let document = Document {
            id: self.document_id(&sha256),
            url: self.url.clone(),
            source: self.source.clone(),
            title: self.title.clone(),
            published: anchor.map(|a| a.value()),
            // Identified when not given; English when the text is too short to tell.
            language: self
                .language
                .clone()
                .or_else(|| tidings_sources::lang::detect(&text).map(str::to_string))
                .or_else(|| Some("en".to_string())),
            license: self.license.clone(),
            sha256,
            ingested_at: None,
            text,
        };
        (document, anchor)
    }
}

/// How much of one document is coded. News reports have tens of sentences of tens of
/// words; these caps only bind on text that is no report (a log, a word list, a page
/// gone wrong) and keep its cost linear: what lies beyond a cap is not coded, and the
/// extraction's `diagnostics` say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Sentences coded per document; later sentences are not coded.
    pub max_sentences: usize,
    /// Tokens per sentence: a longer "sentence" (a list with no full stop) is coded
    /// in pieces of this many tokens.
    pub max_sentence_tokens: usize,
    /// Candidate events per document: coding stops at the sentence that reaches it.
    pub max_events: usize,
}

/// Default of [`Limits::max_sentences`].
pub const MAX_SENTENCES: usize = 10_000;
/// Default of [`Limits::max_sentence_tokens`].
pub const MAX_SENTENCE_TOKENS: usize = 400;
/// Default of [`Limits::max_events`].
pub const MAX_EVENTS: usize = 1_000;

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_sentences: MAX_SENTENCES, max_sentence_tokens: MAX_SENTENCE_TOKENS, max_events: MAX_EVENTS }
    }
}

/// The stages with their resources.
pub struct Pipeline {
    recognizer: Recognizer<'static>,
    gazetteer: &'static Gazetteer,
    limits: Limits,
    /// The events crate's learned classifiers (the bundled model by default); `None` codes
    /// events by the rules alone.
    events_model: Option<&'static tidings_events::Model>,
    /// Who names the events' sides (the learned choice by default).
    actor_choice: tidings_events::ActorChoice<'static>,
}

impl Pipeline {
    /// The pipeline with the resources compiled into the binary.
    pub fn bundled() -> Pipeline {
        Pipeline {
            recognizer: Recognizer::bundled(),
            gazetteer: Gazetteer::bundled(),
            limits: Limits::default(),
            events_model: Some(tidings_events::Model::bundled()),
            actor_choice: tidings_events::ActorChoice::Learned(tidings_events::ActorModel::bundled()),
        }
    }

    /// The same pipeline coding events with another learned model, or (`None`) by the
    /// trigger rules alone: the previous coder, kept as the baseline of every evaluation
    /// and as the training input of `cargo xtask train-events`.
    pub fn with_events_model(self, events_model: Option<&'static tidings_events::Model>) -> Pipeline {
        Pipeline { events_model, ..self }
    }

    /// The same pipeline naming the events' sides another way: by the rules alone, or
    /// by the rules while recording every event's candidate sides (the training input of
    /// `cargo xtask train-actors`, see [`Pipeline::actor_candidates`]).
    pub fn with_actor_choice(self, actor_choice: tidings_events::ActorChoice<'static>) -> Pipeline {
        Pipeline { actor_choice, ..self }
    }

    /// Codes one document and returns, per event, its candidate sides with their
    /// features (empty unless the pipeline was made with [`tidings_events::ActorChoice::Collect`]).
    pub fn actor_candidates(&self, input: &Input) -> (Extraction, Vec<Vec<tidings_events::Candidate>>) {
        let (extraction, _, candidates) = self.run(input);
        (extraction, candidates)
    }

    /// The same pipeline with other caps on what one document costs.
    pub fn with_limits(self, limits: Limits) -> Pipeline {
        Pipeline { limits, ..self }
    }

    /// The country context the pipeline gives the toponym resolver for a normalized
    /// text (see [`tidings_events::country_context`]): the countries it names, and those
    /// it only suggests. `tidings eval geo` resolves the gold spans with it.
    pub fn country_context(
        &self,
        text: &str,
    ) -> (std::collections::HashMap<String, usize>, std::collections::HashMap<String, usize>) {
        let mut seg = Segmented::new(text);
        cap(&mut seg, &self.limits, &mut Vec::new());
        let entities = self.recognizer.recognize(text, &seg);
        tidings_events::country_context(self.gazetteer, text, &entities)
    }

    /// Normalizes and codes one document.
    pub fn extract(&self, input: &Input) -> Extraction {
        self.extract_timed(input).0
    }

    /// [`Pipeline::extract`], also telling how long each stage took (for benchmarks).
    pub fn extract_timed(&self, input: &Input) -> (Extraction, StageTimes) {
        let (extraction, times, _) = self.run(input);
        (extraction, times)
    }

    fn run(&self, input: &Input) -> (Extraction, StageTimes, Vec<Vec<tidings_events::Candidate>>) {
        let mut times_taken = StageTimes::default();
        let mut clock = Instant::now();
        let mut lap = |slot: &mut Duration| {
            let now = Instant::now();
            *slot += now - clock;
            clock = now;
        };
        let (document, anchor) = input.document();
        let mut diagnostics = Vec::new();
        if let (Some(p), None) = (input.published.as_deref(), anchor) {
            diagnostics.push(format!("publication date {p:?} is not an ISO date; dates stay unanchored"));
        }
        if let Some(language) = document.language.as_deref().filter(|l| !is_english(l)) {
            // The stages' lexicons are English: coding other languages would invent events.
            diagnostics.push(format!(
                "language {language:?}: events are coded from English text only; the document is kept without events"
            ));
            let extraction = Extraction {
                mentions: Vec::new(),
                times: Vec::new(),
                places: Vec::new(),
                events: Vec::new(),
                interactions: Vec::new(),
                actors: Vec::new(),
                diagnostics,
                document,
            };
            return (extraction, times_taken, Vec::new());
        }
        let text = &document.text;
        let mut seg = Segmented::new(text);
        cap(&mut seg, &self.limits, &mut diagnostics);
        lap(&mut times_taken.segment);
        // Without a publication date, a wire dateline's ISO date ("BANGUI 1996-12-06")
        // anchors "on Saturday" and "last week".
        let anchor = anchor.or_else(|| {
            let d = tidings_text::dateline(text, &seg)?;
            let found = Anchor::parse(&text[d.date?])?;
            diagnostics.push(format!("dates anchored on the dateline's date {}", found.value()));
            Some(found)
        });
        let entities = self.recognizer.recognize(text, &seg);
        lap(&mut times_taken.entities);
        let times = tidings_time::tag(text, &seg, anchor);
        lap(&mut times_taken.time);
        let places = tidings_events::places(self.gazetteer, text, &entities);
        lap(&mut times_taken.geo);
        // One analyzed document for both stages: parses (made on first use) and
        // coreference.
        let analysis = tidings_events::Analysis::new(text, &seg, &entities);
        let coded = tidings_events::code(&tidings_events::Context {
            text,
            seg: &seg,
            entities: &entities,
            times: &times,
            places: &places,
            gazetteer: self.gazetteer,
            analysis: &analysis,
            anchor,
            document_id: &document.id,
            sha256: &document.sha256,
            max_events: self.limits.max_events,
            model: self.events_model,
            actor_choice: self.actor_choice,
        });
        lap(&mut times_taken.events);
        let mut actors = tidings_actors::profile(&tidings_actors::Context {
            text,
            seg: &seg,
            entities: &entities,
            times: &times,
            places: &places,
            events: &coded.events,
            analysis: &analysis,
        });
        actors.extend(coded.generic_actors);
        lap(&mut times_taken.actors);
        let mut mentions = entities.mentions(text);
        // The first place at each offset, looked up once per mention (not a scan).
        let mut place_at = std::collections::HashMap::new();
        for place in &places {
            place_at.entry(place.span_start).or_insert(place);
        }
        for (m, p) in mentions.iter_mut().zip(entities.entities.iter()) {
            // A place inside an organisation's or a person's name ("Aberdeen Grammar
            // School") leaves the name's own entity alone.
            let place_like =
                matches!(p.label, tidings_model::Label::Gpe | tidings_model::Label::Loc | tidings_model::Label::Fac);
            if let Some(place) = place_at.get(&p.start).filter(|place| place_like || place.span_end == p.end) {
                m.entity = Some(match place.place.geonames_id {
                    Some(id) => format!("geonames:{id}"),
                    None => format!("country:{}", place.place.country.clone().unwrap_or_default()),
                });
            }
        }
        diagnostics.extend(coded.diagnostics);
        let extraction = Extraction {
            mentions,
            times,
            places: places.into_iter().map(|p| p.place).collect(),
            events: coded.events,
            interactions: coded.interactions,
            actors,
            diagnostics,
            document,
        };
        (extraction, times_taken, coded.actor_candidates)
    }
}

/// Time spent per stage (normalization and hashing count as `segment`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageTimes {
    pub segment: Duration,
    pub entities: Duration,
    pub time: Duration,
    pub geo: Duration,
    pub events: Duration,
    pub actors: Duration,
}

impl StageTimes {
    pub fn total(&self) -> Duration {
        self.segment + self.entities + self.time + self.geo + self.events + self.actors
    }

    pub fn add(&mut self, other: &StageTimes) {
        self.segment += other.segment;
        self.entities += other.entities;
        self.time += other.time;
        self.geo += other.geo;
        self.events += other.events;
        self.actors += other.actors;
    }
}

/// Applies the sentence caps of `limits` to a segmentation: sentences over
/// `max_sentence_tokens` become pieces of that many tokens, and only the first
/// `max_sentences` (pieces included) are kept, with the tokens they cover. Each cap
/// that binds adds one diagnostic.
fn cap(seg: &mut Segmented, limits: &Limits, diagnostics: &mut Vec<String>) {
    let per = limits.max_sentence_tokens.max(1);
    let longest = seg.sentences.iter().map(|s| s.tokens.len()).max().unwrap_or(0);
    if longest > per {
        let long = seg.sentences.iter().filter(|s| s.tokens.len() > per).count();
        diagnostics.push(format!(
            "{long} sentence(s) longer than {per} tokens (the longest has {longest}) were coded in pieces of {per} tokens \
             (limit: max sentence tokens)"
        ));
        let mut pieces = Vec::with_capacity(seg.sentences.len());
        for s in seg.sentences.drain(..) {
            if s.tokens.len() <= per {
                pieces.push(s);
                continue;
            }
            let mut from = s.tokens.start;
            while from < s.tokens.end {
                let to = (from + per).min(s.tokens.end);
                pieces.push(tidings_text::Sentence {
                    start: seg.tokens[from].start,
                    end: if to == s.tokens.end { s.end } else { seg.tokens[to - 1].end },
                    tokens: from..to,
                });
                from = to;
            }
        }
        seg.sentences = pieces;
    }
    if seg.sentences.len() > limits.max_sentences {
        let total = seg.sentences.len();
        seg.sentences.truncate(limits.max_sentences);
        let end = seg.sentences.last().map_or(0, |s| s.tokens.end);
        seg.tokens.truncate(end);
        let coded_to = seg.sentences.last().map_or(0, |s| s.end);
        diagnostics.push(format!(
            "{total} sentences: only the first {} (up to byte {coded_to}) were coded (limit: max sentences)",
            limits.max_sentences
        ));
    }
}

/// `en`, `EN`, `en-GB`: an English language tag.
fn is_english(tag: &str) -> bool {
    tag.split(['-', '_']).next().is_some_and(|primary| primary.eq_ignore_ascii_case("en"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
