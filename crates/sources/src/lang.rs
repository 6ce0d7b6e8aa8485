//! Language identification of article text (whatlang: trigram profiles, 69 languages).
//!
//! Only a confident answer counts: short or mixed texts give `None`, and the caller
//! keeps whatever default it has. Codes are ISO 639-1 where one exists.

use whatlang::Lang;

/// How much text is looked at: the first this many bytes (cut at a character
/// boundary). A few paragraphs decide the language as well as a whole article.
const SAMPLE: usize = 4096;

/// Fewer letters than this are not enough to tell.
const MIN_LETTERS: usize = 40;

/// The language of `text` as an ISO 639-1 code (`en`, `ru`, `ar` …; ISO 639-3 for the
/// few without one), or `None` when it cannot be told with confidence.
pub fn detect(text: &str) -> Option<&'static str> {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    // Trigram profiles mistake English full of foreign names for another language
    // ("… shaking Padang and Bengkulu, and was felt in Jakarta" read as Javanese, and
    // nothing was coded): English function words decide first.
    if info.lang() != Lang::Eng && (english_function_words(sample) || english_grammar(sample)) {
        return Some("en");
    }
    if !info.is_reliable() {
        return None;
    }
    Some(iso639_1(info.lang()))
}

/// Words of English grammar that other languages seldom write.
const ENGLISH_MARKERS: &[&str] =
    &["the", "and", "of", "was", "were", "said", "with", "that", "from", "have", "has", "been", "which", "would"];

/// Whether English function words make at least an eighth of the sample's words, two
/// kinds of them at least.
fn english_function_words(sample: &str) -> bool {
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut kinds = [false; ENGLISH_MARKERS.len()];
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        if let Some(k) = ENGLISH_MARKERS.iter().position(|m| word.eq_ignore_ascii_case(m)) {
            hits += 1;
            kinds[k] = true;
        }
    }
    words >= 8 && hits * 8 >= words && kinds.iter().filter(|&&k| k).count() >= 2
}

/// Short words of English grammar, some of which other languages share ("a", "in",
/// "on"): three kinds of them tell English only where no grammar word of another
/// language ([`FOREIGN_MARKERS`]) stands beside them.
const ENGLISH_GRAMMAR: &[&str] = &[
    "the", "and", "of", "a", "an", "in", "on", "at", "to", "for", "by", "is", "are", "was", "were", "with", "from",
    "after", "its", "their", "his", "her", "who", "into", "against", "during", "outside", "near",
];

/// Grammar words of the Latin-script languages trigram profiles confuse with English
/// (French, Spanish, Portuguese, Italian, Catalan, German, Dutch, Afrikaans), none of
/// them an English word or a common particle of names ("de", "la", "van" are left out).
const FOREIGN_MARKERS: &[&str] = &[
    "le", "les", "des", "et", "est", "une", "dans", "pour", "avec", "sur", "qui", "ont", "los", "las", "que", "por",
    "con", "una", "para", "como", "em", "uma", "os", "não", "il", "che", "per", "sono", "und", "ist", "der", "das",
    "ein", "eine", "mit", "nicht", "het", "een", "op", "ook", "niet", "wat", "dit", "nie", "ek", "og", "och", "att",
    "det", "amb", "els",
];

/// Short English told by its grammar words ("Gunmen on a motorcycle open fire outside a
/// shop in Cúcuta, killing four people", read as French by its trigrams): English
/// grammar words of three kinds at least, a sixth of the words, and at least three
/// times as many as another language's.
fn english_grammar(sample: &str) -> bool {
    let mut words = 0usize;
    let mut hits = 0usize;
    let mut foreign = 0usize;
    let mut kinds = [false; ENGLISH_GRAMMAR.len()];
    for word in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        let lower = word.to_lowercase();
        if let Some(k) = ENGLISH_GRAMMAR.iter().position(|m| *m == lower) {
            hits += 1;
            kinds[k] = true;
        } else if FOREIGN_MARKERS.contains(&lower.as_str()) {
            foreign += 1;
        }
    }
    kinds.iter().filter(|&&k| k).count() >= 3 && hits * 6 >= words && hits >= 3 * foreign
}

/// ISO 639-1 for whatlang's languages (ISO 639-3 where 639-1 has none).
fn iso639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_languages_apart_and_abstains_on_short_text() {
        let en = "Gunmen attacked a police checkpoint in the north of the country on Monday, killing \
                  three officers, the interior ministry said in a statement.";
        let ru = "Сотрудники ФСБ пресекли деятельность ячейки, члены которой планировали нападение на \
                  синагогу в Москве, сообщили в ведомстве.";
        let fr = "Des hommes armés ont attaqué lundi un poste de police dans le nord du pays, tuant trois \
                  agents, a indiqué le ministère de l'Intérieur.";
        assert_eq!(detect(en), Some("en"));
        assert_eq!(detect(ru), Some("ru"));
        assert_eq!(detect(fr), Some("fr"));
        assert_eq!(detect("Police said."), None);
    }

    #[test]
    fn english_full_of_foreign_names_is_english() {
        let en = "The earthquake struck off Sumatra, shaking Padang and Bengkulu, and was felt in Jakarta and \
                  Singapore.";
        assert_eq!(detect(en), Some("en"));
        // Languages with their own function words stay theirs.
        let de = "Bewaffnete haben am Montag einen Polizeiposten im Norden des Landes angegriffen und drei \
                  Beamte getötet, teilte das Innenministerium mit.";
        let nl = "Gewapende mannen hebben maandag een politiepost in het noorden van het land aangevallen, \
                  waarbij drie agenten om het leven kwamen, meldde het ministerie.";
        let es = "Hombres armados atacaron el lunes un puesto de policía en el norte del país y mataron a tres \
                  agentes, informó el ministerio del Interior.";
        assert_eq!(detect(de), Some("de"));
        assert_eq!(detect(nl), Some("nl"));
        assert_eq!(detect(es), Some("es"));
    }

    #[test]
    fn short_english_told_by_its_grammar_words() {
        // Read as French and Catalan by their trigrams.
        let en = "Gunmen on a motorcycle open fire outside a commercial establishment in Cúcuta, North \
                  Santander, Colombia, killing four people.";
        assert_eq!(detect(en), Some("en"));
        let en = "A Ukrainian drone attack causes a fire at a Transneft oil terminal in Novorossiysk, \
                  Krasnodar Krai, Russia.";
        assert_eq!(detect(en), Some("en"));
        // Short texts of languages that share "a", "in" and "on" stay theirs.
        let it = "Uomini armati in moto hanno aperto il fuoco davanti a un negozio a Cúcuta, uccidendo \
                  quattro persone.";
        let pt = "Homens armados em uma moto abriram fogo em frente a um estabelecimento comercial em \
                  Cúcuta, matando quatro pessoas.";
        let af = "Gewapende mans op 'n motorfiets het die vuur geopen buite 'n winkel in Cúcuta en vier \
                  mense is dood.";
        let fr = "Un drone ukrainien provoque un incendie dans un terminal pétrolier à Novorossiisk, en \
                  Russie, a indiqué le ministère.";
        assert_eq!(detect(it), Some("it"));
        assert_eq!(detect(pt), Some("pt"));
        assert_ne!(detect(af), Some("en"));
        assert_eq!(detect(fr), Some("fr"));
    }
}
