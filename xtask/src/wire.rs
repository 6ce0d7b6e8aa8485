//! Wire-form copies of gold documents for `train-ner` (deterministic data
//! augmentation): agency copy is tokenized ("Iraq 's", "killed ."), opens with an
//! all-caps headline cut from its first sentence, a byline ("By Jane Doe") and a
//! dateline ("BANGUI 1996-12-06" on its own line, "BAGHDAD, March 3 (Reuters) - " or
//! "Kabul (AP) — " before the first sentence), and has some sentences in capitals.
//! Names keep their labels; the dateline's city is a place and the agency an
//! organization, the byline's name a person.

use tidings_eval::ner::{GoldDoc, LabelKey, Span};
use tidings_model::Label;
use tidings_text::{tokenize, Segmented, TokenKind};

use crate::ner::Rng;

/// Names to put in datelines and bylines.
pub(crate) struct Fillers {
    pub cities: Vec<String>,
    pub people: Vec<String>,
}

const AGENCIES: [&str; 3] = ["Reuters", "AP", "AFP"];

fn chance(rng: &mut Rng, percent: u64) -> bool {
    rng.next() % 100 < percent
}

fn pick<'a>(rng: &mut Rng, xs: &'a [String]) -> Option<&'a str> {
    (!xs.is_empty()).then(|| xs[(rng.next() % xs.len() as u64) as usize].as_str())
}

/// `doc` in wire form; `upper_percent` of its sentences are put in capitals.
pub(crate) fn wire_copy(doc: &GoldDoc, rng: &mut Rng, fill: &Fillers, upper_percent: u64) -> GoldDoc {
    let text = &doc.text;
    let inside_name = |p: usize| doc.entities.iter().any(|e| e.start < p && p < e.end);
    // 1. Split punctuation and possessives off the word before them, and words off an
    // opening bracket, outside names.
    let tokens = tokenize(text);
    let mut inserts: Vec<usize> = Vec::new();
    for k in 1..tokens.len() {
        let (p, t) = (&tokens[k - 1], &tokens[k]);
        if t.start != p.end || inside_name(t.start) {
            continue;
        }
        let after_word = p.kind != TokenKind::Punct;
        let punct = t.kind == TokenKind::Punct || t.text(text).starts_with(['\'', '’']);
        let bracket = matches!(p.text(text), "(" | "[") && t.kind != TokenKind::Punct;
        if (after_word && punct && !matches!(t.text(text), "-" | "/" | "&")) || bracket {
            inserts.push(t.start);
        }
    }
    // Offsets: a name starting at an insertion point moves after the space, one ending
    // there stays before it.
    let shift_start = |o: usize| o + inserts.partition_point(|&p| p <= o);
    let shift_end = |o: usize| o + inserts.partition_point(|&p| p < o);
    let mut body = String::with_capacity(text.len() + inserts.len());
    let mut last = 0;
    for &p in &inserts {
        body.push_str(&text[last..p]);
        body.push(' ');
        last = p;
    }
    body.push_str(&text[last..]);
    let mut entities: Vec<Span> = doc
        .entities
        .iter()
        .map(|e| Span { start: shift_start(e.start), end: shift_end(e.end), label: e.label })
        .collect();
    let mut unknown: Vec<(usize, usize)> = doc.unknown.iter().map(|&(s, e)| (shift_start(s), shift_end(e))).collect();
    let mut sentences: Vec<(usize, usize)> =
        doc.sentences.iter().map(|&(s, e)| (shift_start(s), shift_end(e))).collect();
    // 2. Some sentences in capitals (ASCII only, so offsets hold).
    let ranges: Vec<(usize, usize)> = if sentences.is_empty() {
        Segmented::new(&body).sentences.iter().map(|s| (s.start, s.end)).collect()
    } else {
        sentences.clone()
    };
    for &(s, e) in &ranges {
        if chance(rng, upper_percent) {
            let upper = body[s..e].to_ascii_uppercase();
            body.replace_range(s..e, &upper);
        }
    }
    // 3. Headline, byline and dateline before the body.
    let mut prefix = String::new();
    let mut pre_entities: Vec<Span> = Vec::new();
    let mut pre_sentences: Vec<(usize, usize)> = Vec::new();
    if let Some(&(s, e)) = ranges.first().filter(|_| chance(rng, 50)) {
        // The first sentence, cut after at most 10 tokens outside a name.
        let toks = tokenize(&body[s..e]);
        let mut end = s;
        for t in toks.iter().take(10) {
            if !entities.iter().any(|x| x.start < s + t.end && s + t.end < x.end) {
                end = s + t.end;
            }
        }
        if end > s {
            let head = body[s..end].trim_end_matches([',', ';', ':', ' ']).to_ascii_uppercase();
            let cut = s + head.len();
            for x in entities.iter().filter(|x| x.start >= s && x.end <= cut) {
                pre_entities.push(Span { start: x.start - s, end: x.end - s, label: x.label });
            }
            pre_sentences.push((0, head.len()));
            prefix.push_str(&head);
            prefix.push('\n');
        }
    }
    if chance(rng, 25) {
        if let Some(name) = pick(rng, &fill.people) {
            prefix.push_str("By ");
            let start = prefix.len();
            prefix.push_str(name);
            pre_entities.push(Span { start, end: prefix.len(), label: LabelKey::of(Label::Per) });
            pre_sentences.push((start - 3, prefix.len()));
            prefix.push('\n');
        }
    }
    let mut joined_first = None;
    if chance(rng, 60) {
        if let Some(city) = pick(rng, &fill.cities) {
            let start = prefix.len();
            let style = rng.next() % 3;
            let month = (rng.next() % 12) as usize;
            let day = 1 + rng.next() % 28;
            match style {
                0 => prefix.push_str(&city.to_uppercase()),
                1 => prefix.push_str(&city.to_uppercase()),
                _ => prefix.push_str(city),
            }
            pre_entities.push(Span { start, end: prefix.len(), label: LabelKey::of(Label::Loc) });
            let agency = AGENCIES[(rng.next() % 3) as usize];
            match style {
                0 => {
                    let year = 1990 + rng.next() % 35;
                    prefix.push_str(&format!(" {year}-{:02}-{day:02}", month + 1));
                    pre_sentences.push((start, prefix.len()));
                    prefix.push('\n');
                }
                1 => {
                    let name = tidings_text::MONTH_NAMES[month];
                    prefix.push_str(&format!(", {}{} {day} (", name[..1].to_uppercase(), &name[1..]));
                    let a = prefix.len();
                    prefix.push_str(agency);
                    pre_entities.push(Span { start: a, end: prefix.len(), label: LabelKey::of(Label::Org) });
                    prefix.push_str(") - ");
                    joined_first = Some(start);
                }
                _ => {
                    prefix.push_str(" (");
                    let a = prefix.len();
                    prefix.push_str(agency);
                    pre_entities.push(Span { start: a, end: prefix.len(), label: LabelKey::of(Label::Org) });
                    prefix.push_str(") — ");
                    joined_first = Some(start);
                }
            }
        }
    }
    let k = prefix.len();
    for x in &mut entities {
        x.start += k;
        x.end += k;
    }
    for u in &mut unknown {
        u.0 += k;
        u.1 += k;
    }
    for s in &mut sentences {
        s.0 += k;
        s.1 += k;
    }
    if let (Some(j), Some(first)) = (joined_first, sentences.first_mut()) {
        first.0 = j;
    }
    if !sentences.is_empty() {
        pre_sentences.extend(sentences);
        sentences = pre_sentences;
    }
    pre_entities.extend(entities);
    let text = prefix + &body;
    debug_assert!(pre_entities.iter().all(|e| e.end <= text.len() && text.is_char_boundary(e.start)));
    GoldDoc { id: format!("{}-wire", doc.id), text, entities: pre_entities, sentences, unknown }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_copy_keeps_names_on_their_text() {
        let text = "Iraq's army killed 3 (AP). Saddam Hussein said so.".to_string();
        let ents = vec![
            Span { start: 0, end: 4, label: LabelKey::of(Label::Loc) },
            Span { start: 27, end: 41, label: LabelKey::of(Label::Per) },
        ];
        let doc = GoldDoc { id: "d".into(), text, entities: ents.clone(), sentences: Vec::new(), unknown: Vec::new() };
        let fill = Fillers { cities: vec!["Bangui".into()], people: vec!["Jane Doe".into()] };
        for seed in 0..20 {
            let w = wire_copy(&doc, &mut Rng(seed), &fill, 30);
            assert!(w.text.contains("Iraq 's") || w.text.contains("IRAQ 'S"), "{}", w.text);
            assert!(w.text.contains("3 ( AP )"), "{}", w.text);
            let names: Vec<String> = w.entities.iter().map(|e| w.text[e.start..e.end].to_lowercase()).collect();
            assert!(names.contains(&"iraq".to_string()) && names.contains(&"saddam hussein".to_string()), "{names:?}");
            assert!(names.iter().all(
                |n| ["iraq", "saddam hussein", "bangui", "jane doe", "reuters", "ap", "afp"].contains(&n.as_str())
            ));
        }
    }
}
