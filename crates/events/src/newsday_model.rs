//! The learned news-of-the-day decision (`learned::Model::newsday`): for every event the
//! rules coded, a classifier over [`learned::NEWSDAY_LABELS`] (no event, news of the day,
//! background history) reads the relabelling features of its first trigger plus what the
//! rules decided and what the event carries, and where its label leads the rules' own by
//! a margin it wins. Trained by `cargo xtask train-events` on the annotators' notes and
//! whole articles (`eval/events/notes/`), whose events carry the `background` flag.

use tidings_model::Event;
use tidings_text::Segmented;
use tidings_time::Anchor;

use crate::{event_features, learned, span_tokens, Context, Model};

/// How far the news-of-the-day classifier's "no event" must lead both event labels (news
/// and background) for it to drop an event, "background" lead "news" to mark one
/// background, "news" lead "background" to unmark one (infinite: the rules decide). The
/// drop asks whether there is an incident at all, so "no event" is weighed against the
/// better of the two event labels, not against the rules' own: an incident the
/// classifier reads as background more than as news is still an incident (measured
/// against the rules' label at 400, eval/REPORT.md, "the bundled events model rebuilt",
/// 2026-12-06 sixth session: the rebuilt model then dropped the one report of the
/// Caracas drone attack that merging links, recall 0.898 → 0.864). The perceptron's
/// scores run in the hundreds; at 350 it lifts detection and news-of-the-day F1 on gold
/// and the notes and keeps merging recall at 0.898; marking or unmarking background
/// never helped on both gold and dev2, so those stay off.
pub const NEWSDAY_DROP: f32 = 350.0;
pub const NEWSDAY_BG: f32 = f32::INFINITY;
pub const NEWSDAY_NEWS: f32 = f32::INFINITY;

/// The news-of-the-day classifier's features of the document's coded event `events[order]`:
/// [`event_features`] plus what the rules decided and what the event carries: the rules'
/// background flag, its date against the publication date `anchor`, how many mentions the
/// incident gathered, where its first mention stands in the document, whether it has a
/// toll, a first actor and a place, its modality, and whether an earlier event of the
/// document has its sub-type, its place or its date (a retelling the rules did not merge
/// is no new event; a second incident differs in one of them).
pub fn newsday_features(
    text: &str,
    seg: &Segmented,
    cues: &learned::DocCues,
    events: &[Event],
    order: usize,
    anchor: Option<Anchor>,
) -> Option<Vec<u64>> {
    let event = events.get(order)?;
    let count = events.len();
    let mut f = event_features(text, seg, cues, event)?;
    let (k, _, _) = span_tokens(seg, event.evidence.first()?)?;
    let family = event.sub_event_type.as_str();
    let rbg = if event.background { "bg" } else { "news" };
    let date = date_relation(event.date.as_ref().map(|t| t.value.as_str()), anchor);
    let inferred = event.date.as_ref().is_some_and(|t| t.inferred);
    let mentions = match event.evidence.len() {
        0 | 1 => "1",
        2 => "2",
        3 | 4 => "3",
        _ => "5",
    };
    let position = match k {
        0 => "0",
        1 => "1",
        2 => "2",
        3..=5 => "3",
        6..=10 => "6",
        _ => "11",
    };
    let share = (k * 4 / seg.sentences.len().max(1)).min(3).to_string();
    let rank = match order {
        0 => "0",
        1 => "1",
        _ => "2",
    };
    let many = match count {
        0 | 1 => "1",
        2 | 3 => "2",
        4..=7 => "4",
        _ => "8",
    };
    let modality = format!("{:?}", event.modality);
    // Earlier events (at most the 64 before it: linear time) of the same sub-type, place, date.
    let earlier = &events[order.saturating_sub(64)..order];
    let place = |e: &Event| e.location.as_ref().map(|p| p.name.to_lowercase());
    let day = |e: &Event| e.date.as_ref().map(|t| t.value.clone());
    let same_sub = earlier.iter().any(|e| e.sub_event_type == event.sub_event_type);
    let same_place = place(event).is_some_and(|p| earlier.iter().any(|e| place(e).as_ref() == Some(&p)));
    let same_day = day(event).is_some_and(|d| earlier.iter().any(|e| day(e).as_ref() == Some(&d)));
    let retold = match (same_sub, same_place, same_day) {
        (false, false, false) => "new",
        (true, true, _) | (true, _, true) => "same",
        (true, false, false) => "sub",
        _ => "where",
    };
    let parts: [(&str, &str); 15] = [
        ("bg", rbg),
        ("date", date),
        ("inf", if inferred { "1" } else { "0" }),
        ("ment", mentions),
        ("pos", position),
        ("share", &share),
        ("rank", rank),
        ("many", many),
        ("toll", if event.fatalities.is_some() { "1" } else { "0" }),
        ("a1", if event.actor1.is_some() { "1" } else { "0" }),
        ("loc", if event.location.is_some() { "1" } else { "0" }),
        ("mod", &modality),
        ("esub", if same_sub { "1" } else { "0" }),
        ("eloc", if same_place { "1" } else { "0" }),
        ("eday", if same_day { "1" } else { "0" }),
    ];
    for (name, value) in parts {
        f.push(learned::hash(&["nd", name, value]));
        f.push(learned::hash(&["ndb", name, value, rbg]));
        f.push(learned::hash(&["ndf", name, value, family]));
    }
    f.push(learned::hash(&["ndd", date, rbg, mentions]));
    f.push(learned::hash(&["ndp", position, rank, rbg]));
    f.push(learned::hash(&["ndr", retold, rbg]));
    f.push(learned::hash(&["ndr", retold, date]));
    f.push(learned::hash(&["ndr", retold, mentions]));
    f.sort_unstable();
    f.dedup();
    Some(f)
}

/// How an event's date (a TIMEX3 value) stands to the publication date: `none` (no date),
/// `same` (the day or the day before), `week` (within a week before), `year` (earlier the
/// same year), `past` (an earlier year), `later`, `vague` (only a year or month that does
/// not say), or `nopub` (no publication date).
fn date_relation(value: Option<&str>, anchor: Option<Anchor>) -> &'static str {
    let Some(value) = value else { return "none" };
    let num = |r: std::ops::Range<usize>| value.get(r).and_then(|v| v.parse::<i64>().ok());
    let Some(year) = num(0..4) else { return "vague" };
    let Some(anchor) = anchor else { return "nopub" };
    let ay = i64::from(anchor.year);
    if year < ay {
        return "past";
    }
    if year > ay {
        return "later";
    }
    let (Some(month), Some(day)) = (num(5..7), num(8..10)) else {
        return match num(5..7) {
            Some(m) if m < i64::from(anchor.month) => "year",
            _ => "vague",
        };
    };
    let days = (i64::from(anchor.month) - month) * 31 + (i64::from(anchor.day) - day);
    match days {
        i64::MIN..=-1 => "later",
        0 | 1 => "same",
        2..=7 => "week",
        _ => "year",
    }
}

/// The learned news-of-the-day decision on every event the rules coded: where "no event"
/// leads both event labels by more than a margin, the event is dropped; where background
/// or news of the day leads the other (and the rules said the other) by its margin, the
/// event is marked so ([`NEWSDAY_DROP`], [`NEWSDAY_BG`], [`NEWSDAY_NEWS`]).
pub(crate) fn newsday_check(ctx: &Context, model: &Model, events: &mut Vec<Event>) {
    if model.newsday.is_empty() {
        return;
    }
    let cues = learned::DocCues::new(ctx.text, ctx.seg);
    // Every event's scores first: the features read the earlier events as the rules coded them.
    let scores: Vec<Option<[f32; 3]>> = (0..events.len())
        .map(|i| newsday_features(ctx.text, ctx.seg, &cues, events, i, ctx.anchor).map(|f| model.newsday(&f)))
        .collect();
    let mut order = 0;
    events.retain_mut(|e| {
        let here = order;
        order += 1;
        let Some(s) = scores[here] else {
            return true;
        };
        if s[0] - s[1].max(s[2]) > NEWSDAY_DROP {
            return false;
        }
        if !e.background && s[2] - s[1] > NEWSDAY_BG && s[2] >= s[0] {
            e.background = true;
        } else if e.background && s[1] - s[2] > NEWSDAY_NEWS && s[1] >= s[0] {
            e.background = false;
        }
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_model::{Modality, Span};

    #[test]
    fn event_dates_stand_to_the_publication_date() {
        let pub_day = Anchor::parse("2024-03-09");
        assert_eq!(date_relation(None, pub_day), "none");
        assert_eq!(date_relation(Some("2024-03-09"), pub_day), "same");
        assert_eq!(date_relation(Some("2024-03-08"), pub_day), "same");
        assert_eq!(date_relation(Some("2024-03-04"), pub_day), "week");
        assert_eq!(date_relation(Some("2024-01-20"), pub_day), "year");
        assert_eq!(date_relation(Some("2024-01"), pub_day), "year");
        assert_eq!(date_relation(Some("2024"), pub_day), "vague");
        assert_eq!(date_relation(Some("1992"), pub_day), "past");
        assert_eq!(date_relation(Some("2024-03-12"), pub_day), "later");
        assert_eq!(date_relation(Some("XXXX-XX-XX"), pub_day), "vague");
        assert_eq!(date_relation(Some("2024-03-09"), None), "nopub");
        assert_eq!(date_relation(Some(""), pub_day), "vague");
    }

    #[test]
    fn newsday_features_are_safe_on_edges() {
        let text = "Kabul";
        let seg = Segmented::new(text);
        let cues = learned::DocCues::new(text, &seg);
        let event = Event {
            id: "e".into(),
            documents: Vec::new(),
            event_type: "Battles".into(),
            sub_event_type: "Armed clash".into(),
            plover: "ASSAULT".into(),
            modality: Modality::Occurred,
            actor1: None,
            assoc_actor1: Vec::new(),
            actor2: None,
            assoc_actor2: Vec::new(),
            target: None,
            weapons: Vec::new(),
            location: None,
            date: None,
            fatalities: None,
            attribution: None,
            background: false,
            confidence: 0.5,
            evidence: vec![Span::of(text, 0, 5)],
        };
        let news = newsday_features(text, &seg, &cues, std::slice::from_ref(&event), 0, None).unwrap();
        let background_event = Event { background: true, ..event.clone() };
        let background = newsday_features(text, &seg, &cues, &[background_event], 0, None).unwrap();
        assert_ne!(news, background, "the rules' decision is a feature");
        let twice = [event.clone(), event.clone()];
        let retold = newsday_features(text, &seg, &cues, &twice, 1, None).unwrap();
        assert_ne!(news, retold, "an earlier event of the same sub-type is a feature");
        assert!(newsday_features(text, &seg, &cues, &twice, 2, None).is_none(), "out of range");
        let no_evidence = Event { evidence: Vec::new(), ..event };
        assert!(newsday_features(text, &seg, &cues, &[no_evidence], 0, None).is_none());
    }
}
