use tidings_model::{Granularity, Time, TimexType};
use tidings_text::{normalize, Segmented};

use super::*;

const ARTICLE: &str = include_str!("../../../examples/fsb-kaluga-isk.txt");
const NEWS: &str = include_str!("../../../examples/news.jsonl");
const ANCHOR: &str = "2024-03-09"; // a Saturday

fn run(text: &str, anchor: Option<&str>) -> Vec<Time> {
    let times = tag(text, &Segmented::new(text), anchor.and_then(Anchor::parse));
    assert_aligned(text, &times);
    times
}

/// Every span points at its text; spans are in order and do not overlap.
fn assert_aligned(text: &str, times: &[Time]) {
    let mut end = 0;
    for time in times {
        assert_eq!(time.evidence.len(), 1, "{time:?}");
        let span = &time.evidence[0];
        assert_eq!(&text[span.start..span.end], span.text, "{time:?}");
        assert!(end <= span.start && span.start < span.end, "{time:?} overlaps");
        end = span.end;
    }
}

/// (span text, value) of every expression found.
fn found(text: &str, anchor: Option<&str>) -> Vec<(String, String)> {
    run(text, anchor).into_iter().map(|t| (t.evidence[0].text.clone(), t.value)).collect()
}

/// The single expression `text` holds, with the anchor.
fn only(text: &str) -> Time {
    let mut times = run(text, Some(ANCHOR));
    assert_eq!(times.len(), 1, "{text}: {times:?}");
    times.remove(0)
}

/// Asserts the span text and value of the single expression in `text`.
fn expect(text: &str, span: &str, value: &str) -> Time {
    let time = only(text);
    assert_eq!((time.evidence[0].text.as_str(), time.value.as_str()), (span, value), "{text}");
    time
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

// --- The reference article ---------------------------------------------------------

#[test]
fn reference_article_with_anchor() {
    let times = run(ARTICLE, Some(ANCHOR));
    let got: Vec<(&str, &str, Granularity)> =
        times.iter().map(|t| (t.evidence[0].text.as_str(), t.value.as_str(), t.granularity)).collect();
    assert_eq!(
        got,
        [
            ("March 7", "2024-03-07", Granularity::Day),
            ("March 9", "2024-03-09", Granularity::Day),
            ("January 2015", "2015-01", Granularity::Month),
            ("July 2016", "2016-07", Granularity::Month),
            ("February 2015", "2015-02", Granularity::Month),
            ("April 2020", "2020-04", Granularity::Month),
        ]
    );
    assert!(times.iter().all(|t| t.timex_type == TimexType::Date && t.modifier.is_none()));
    // "on March 7": the preposition stays outside.
    let march7 = &times[0].evidence[0];
    assert_eq!(&ARTICLE[march7.start - 3..march7.start], "on ");
}

#[test]
fn reference_article_without_anchor() {
    let values: Vec<String> = run(ARTICLE, None).into_iter().map(|t| t.value).collect();
    assert_eq!(values, ["XXXX-03-07", "XXXX-03-09", "2015-01", "2016-07", "2015-02", "2020-04"]);
}

// --- Absolute dates ----------------------------------------------------------------

#[test]
fn full_dates() {
    for (text, span) in [
        ("It happened on 7 March 2024 in Moscow.", "7 March 2024"),
        ("It happened on March 7, 2024, in Moscow.", "March 7, 2024"),
        ("It happened on 2024-03-07 in Moscow.", "2024-03-07"),
        ("It happened on 07.03.2024 in Moscow.", "07.03.2024"),
        ("It happened on the 7th of March 2024.", "7th of March 2024"),
        ("It happened on Thursday, 7 March 2024.", "Thursday, 7 March 2024"),
    ] {
        let time = expect(text, span, "2024-03-07");
        assert_eq!(time.granularity, Granularity::Day);
        assert_eq!(time.timex_type, TimexType::Date);
    }
}

#[test]
fn abbreviated_months_and_ordinals() {
    expect("Police said on Mar. 7 that two men were held.", "Mar. 7", "2024-03-07");
    expect("On Dec. 6th, forces attacked.", "Dec. 6th", "2023-12-06");
    expect("The decision came in Sept. 2019.", "Sept. 2019", "2019-09");
    assert_eq!(
        found("Fighting broke out on 11-13 Dec. in Palmyra.", Some(ANCHOR)),
        pairs(&[("11", "2023-12-11"), ("13 Dec.", "2023-12-13")])
    );
    // The full stop after a full month name ends the sentence.
    expect("The convoy was hit on 19 September.", "19 September", "2023-09-19");
    // An abbreviation alone is no month; "may" in lower case is a verb.
    assert!(run("The Mar was full. It may rain.", Some(ANCHOR)).is_empty());
}

#[test]
fn months_and_years() {
    let time = expect("The group was founded in July 2016.", "July 2016", "2016-07");
    assert_eq!(time.granularity, Granularity::Month);
    let time = expect("The group was founded in 2015.", "2015", "2015");
    assert_eq!(time.granularity, Granularity::Year);
    expect("This happened in the year 2015.", "the year 2015", "2015");
    expect("He has led it since 1999, aides said.", "1999", "1999");
    expect("They met in March and left.", "March", "2024-03");
    expect("They met in November and left.", "November", "2023-11");
    expect("It will open in November.", "November", "2024-11");
    expect("They left last May.", "last May", "2023-05");
}

#[test]
fn bare_numbers_are_not_years() {
    assert!(run("Police arrested 2015 people.", Some(ANCHOR)).is_empty());
    assert!(run("A total of 2015 people fled.", Some(ANCHOR)).is_empty());
    assert!(run("The 2015 delegates met.", Some(ANCHOR)).is_empty());
    assert!(run("Article 205 (2) applies; room 1999 is shut.", Some(ANCHOR)).is_empty());
}

#[test]
fn decades_centuries_and_seasons() {
    let time = expect("Fighting began in the 1990s.", "the 1990s", "199X");
    assert_eq!(time.granularity, Granularity::Decade);
    let time = expect("It grew in the early 1990s.", "the early 1990s", "199X");
    assert_eq!(time.modifier.as_deref(), Some("START"));
    let time = expect("It grew in the mid-1980s.", "the mid-1980s", "198X");
    assert_eq!(time.modifier.as_deref(), Some("MID"));
    let time = expect("It was built in the 19th century.", "the 19th century", "18");
    assert_eq!(time.granularity, Granularity::Century);
    let time = expect("The offensive began in the summer of 2019.", "the summer of 2019", "2019-SU");
    assert_eq!(time.granularity, Granularity::Season);
    expect("They attacked last summer.", "last summer", "2023-SU");
}

#[test]
fn modifiers() {
    for (text, span, value, modifier) in [
        ("It was founded in early 2019.", "early 2019", "2019", "START"),
        ("It was founded in mid-2019.", "mid-2019", "2019", "MID"),
        ("It was founded in late 2019.", "late 2019", "2019", "END"),
        ("It ended at the end of 2019.", "the end of 2019", "2019", "END"),
        ("It began in early March.", "early March", "2024-03", "START"),
        ("It began in mid-March 2019.", "mid-March 2019", "2019-03", "MID"),
        ("It began late last year.", "late last year", "2023", "END"),
        ("It began around March 7.", "around March 7", "2024-03-07", "APPROX"),
        ("They were held for about two weeks.", "about two weeks", "P2W", "APPROX"),
        ("The siege lasted more than 48 hours.", "more than 48 hours", "PT48H", "MORE_THAN"),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.modifier.as_deref(), Some(modifier), "{text}");
    }
}

// --- Relative dates ----------------------------------------------------------------

#[test]
fn deictic_days() {
    for (text, span, value) in [
        ("The FSB said today it had won.", "today", "2024-03-09"),
        ("The FSB said yesterday it had won.", "yesterday", "2024-03-08"),
        ("The court will rule tomorrow.", "tomorrow", "2024-03-10"),
        ("It was announced earlier today.", "earlier today", "2024-03-09"),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.granularity, Granularity::Day);
    }
}

#[test]
fn weekdays_follow_the_tense() {
    expect("Police said on Tuesday that the men were held.", "Tuesday", "2024-03-05");
    expect("The court will rule on Tuesday.", "Tuesday", "2024-03-12");
    expect("They attacked last Friday.", "last Friday", "2024-03-08");
    expect("The vote is next Friday.", "next Friday", "2024-03-15");
    expect("The vote is on Wednesday.", "Wednesday", "2024-03-06");
    expect("On Monday, Dec. 26, a strike hit the dam.", "Monday, Dec. 26", "2023-12-26");
}

#[test]
fn weekdays_without_anchor() {
    assert_eq!(found("Police said on Friday.", None), pairs(&[("Friday", "XXXX-WXX-5")]));
    assert_eq!(found("He left yesterday.", None), pairs(&[("yesterday", "XXXX-XX-XX")]));
}

#[test]
fn weekday_names_inside_names() {
    assert!(run("He recalled Bloody Sunday in Derry.", Some(ANCHOR)).is_empty());
    assert!(run("Bloody Friday was part of it.", Some(ANCHOR)).is_empty());
    assert!(run("She wrote for the Sunday Times about it.", Some(ANCHOR)).is_empty());
    assert!(run("He told USA Today about it.", Some(ANCHOR)).is_empty());
    expect("Last Friday, police raided it.", "Last Friday", "2024-03-08");
    expect("Speaking today, the minister said so.", "today", "2024-03-09");
    // "about" is a preposition here, not an approximation.
    let time = expect("They spoke about Saturday's attack.", "Saturday", "2024-03-09");
    assert_eq!(time.modifier, None);
}

#[test]
fn calendar_units_relative_to_the_anchor() {
    for (text, span, value, gran) in [
        ("Talks were held this week.", "this week", "2024-W10", Granularity::Week),
        ("Talks were held last week.", "last week", "2024-W09", Granularity::Week),
        ("Talks were held last month.", "last month", "2024-02", Granularity::Month),
        ("Talks were held last year.", "last year", "2023", Granularity::Year),
        ("Talks will be held next year.", "next year", "2025", Granularity::Year),
        ("It was decided earlier this month.", "earlier this month", "2024-03", Granularity::Month),
        ("Clashes erupted this weekend.", "this weekend", "2024-W10-WE", Granularity::Week),
        ("He was seized two weeks ago.", "two weeks ago", "2024-W08", Granularity::Week),
        ("He was seized 3 days ago.", "3 days ago", "2024-03-06", Granularity::Day),
        ("He was seized a year ago.", "a year ago", "2023", Granularity::Year),
        ("It ends two days from now.", "two days from now", "2024-03-11", Granularity::Day),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.granularity, gran, "{text}");
        assert_eq!(time.timex_type, TimexType::Date, "{text}");
    }
    assert!(run("It was the last year of the war.", Some(ANCHOR)).iter().all(|t| t.value != "2023"));
}

#[test]
fn vague_references() {
    for (text, span, value) in [
        ("Attacks have increased recently.", "recently", "PAST_REF"),
        ("The group is now active in Asia.", "now", "PRESENT_REF"),
        ("The group is currently active.", "currently", "PRESENT_REF"),
        ("Attacks rose in recent years.", "recent years", "PAST_REF"),
        ("He was jailed years ago.", "years ago", "PAST_REF"),
        ("More raids are planned in the near future.", "the near future", "FUTURE_REF"),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.granularity, Granularity::Vague, "{text}");
    }
}

#[test]
fn parts_of_the_day() {
    for (text, span, value) in [
        ("Blasts were heard this morning.", "this morning", "2024-03-09TMO"),
        ("The vote is tonight.", "tonight", "2024-03-09TNI"),
        ("Blasts were heard last night.", "last night", "2024-03-08TNI"),
        ("Blasts were heard on Tuesday night.", "Tuesday night", "2024-03-05TNI"),
        ("Blasts were heard yesterday evening.", "yesterday evening", "2024-03-08TEV"),
    ] {
        let time = expect(text, span, value);
        assert_eq!((time.timex_type, time.granularity), (TimexType::Time, Granularity::Time));
    }
}

#[test]
fn anaphoric_dates_follow_the_text() {
    assert_eq!(
        found("Troops arrived on March 2. The next day they left. Two days later a bomb went off.", Some(ANCHOR)),
        pairs(&[("March 2", "2024-03-02"), ("The next day", "2024-03-03"), ("Two days later", "2024-03-05")])
    );
    assert_eq!(
        found("The group was founded in 2015. The following year it split.", Some(ANCHOR)),
        pairs(&[("2015", "2015"), ("The following year", "2016")])
    );
    // A day cannot follow a year.
    assert_eq!(found("It was founded in 2015. The next day it split.", Some(ANCHOR))[1].1, "XXXX-XX-XX");
}

#[test]
fn parts_of_a_dated_day() {
    let time =
        expect("On the morning of 1 March 2019, gunmen attacked.", "the morning of 1 March 2019", "2019-03-01TMO");
    assert_eq!((time.timex_type, time.granularity), (TimexType::Time, Granularity::Time));
}

#[test]
fn clock_times_take_the_day_of_their_sentence() {
    let times = found("The blast hit at 10:30 a.m. on March 7, police said.", Some(ANCHOR));
    assert_eq!(times, pairs(&[("10:30 a.m.", "2024-03-07T10:30"), ("March 7", "2024-03-07")]));
    assert_eq!(found("It began at 3pm.", Some(ANCHOR)), pairs(&[("3pm", "XXXX-XX-XXT15:00")]));
    assert_eq!(found("It began at noon.", Some(ANCHOR)), pairs(&[("noon", "XXXX-XX-XXT12:00")]));
    assert!(run("It ended 2:1 in the 10 minutes.", Some(ANCHOR)).iter().all(|t| t.timex_type != TimexType::Time));
}

// --- Year-less dates and tense ---------------------------------------------------------

#[test]
fn year_less_dates_follow_the_tense() {
    expect("Elections were held on March 20.", "March 20", "2023-03-20");
    expect("Elections will be held on March 20.", "March 20", "2024-03-20");
    expect("Elections are expected to take place on March 5.", "March 5", "2025-03-05");
    expect("The ministry plans to vote on March 5.", "March 5", "2025-03-05");
    expect("Police said on March 20 that they will act.", "March 20", "2023-03-20");
    // No cue: the nearest.
    expect("Deadline: December 25.", "December 25", "2023-12-25");
    expect("Deadline: May 1.", "May 1", "2024-05-01");
    assert_eq!(found("The FSB said on March 7.", None), pairs(&[("March 7", "XXXX-03-07")]));
}

// --- Durations and sets ----------------------------------------------------------------

#[test]
fn durations() {
    for (text, span, value) in [
        ("He was jailed for three years.", "three years", "P3Y"),
        ("He was held for 48 hours.", "48 hours", "PT48H"),
        ("Clashes lasted the past two weeks.", "the past two weeks", "P2W"),
        ("Ten were killed in the last 24 hours.", "the last 24 hours", "PT24H"),
        ("A 48-hour truce began.", "48-hour", "PT48H"),
        ("The siege lasted twenty-four days.", "twenty-four days", "P24D"),
        ("It took several months.", "several months", "PXM"),
        ("It took a few days.", "a few days", "PXD"),
        ("The war went on for decades.", "decades", "PXDE"),
        ("Violence rose over the past year.", "the past year", "P1Y"),
        ("The ceasefire held for 1.5 years.", "1.5 years", "P1.5Y"),
    ] {
        let time = expect(text, span, value);
        assert_eq!((time.timex_type, time.granularity), (TimexType::Duration, Granularity::Vague), "{text}");
    }
    // Ages and ordinals are not durations.
    assert!(run("A 25-year-old man and a second suspect.", Some(ANCHOR)).is_empty());
    assert!(run("She is 36 years old.", Some(ANCHOR)).is_empty());
}

#[test]
fn sets() {
    for (text, span, value) in [
        ("Protests are held every Friday.", "every Friday", "XXXX-WXX-5"),
        ("Protests are held on Fridays.", "Fridays", "XXXX-WXX-5"),
        ("Patrols run every two weeks.", "every two weeks", "P2W"),
        ("Patrols run twice a week.", "twice a week", "P1W"),
        ("Patrols run daily.", "daily", "P1D"),
        ("Shelling occurs three times a day.", "three times a day", "P1D"),
        ("Deliveries run at a rate of 15 a year.", "a year", "P1Y"),
        ("It costs $5 per day.", "per day", "P1D"),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.timex_type, TimexType::Set, "{text}");
    }
}

// --- Ranges ------------------------------------------------------------------------

#[test]
fn ranges_give_one_expression_per_end() {
    assert_eq!(
        found("Talks were held March 7-9.", Some(ANCHOR)),
        pairs(&[("March 7", "2024-03-07"), ("9", "2024-03-09")])
    );
    assert_eq!(
        found("Talks were held March 7-9, 2023.", Some(ANCHOR)),
        pairs(&[("March 7", "2023-03-07"), ("9, 2023", "2023-03-09")])
    );
    assert_eq!(
        found("Talks were held from 7 to 9 March 2023.", Some(ANCHOR)),
        pairs(&[("7", "2023-03-07"), ("9 March 2023", "2023-03-09")])
    );
    assert_eq!(found("He ruled between 2015 and 2017.", Some(ANCHOR)), pairs(&[("2015", "2015"), ("2017", "2017")]));
    assert_eq!(found("He ruled in 2015-2017.", Some(ANCHOR)), pairs(&[("2015", "2015"), ("2017", "2017")]));
    assert_eq!(found("Output rises by 2010-11.", Some(ANCHOR)), pairs(&[("2010", "2010"), ("11", "2011")]));
    assert_eq!(found("Filed 2024-03.", Some(ANCHOR)), pairs(&[("2024-03", "2024-03")]));
    assert_eq!(
        found("Raids ran from January to March 2019.", Some(ANCHOR)),
        pairs(&[("January", "2024-01"), ("March 2019", "2019-03")])
    );
    assert_eq!(found("On March 7 and 9 people died.", Some(ANCHOR)), pairs(&[("March 7", "2024-03-07")]));
}

// --- Public helpers --------------------------------------------------------------

#[test]
fn anchors() {
    let anchor = Anchor::parse("2024-03-09").unwrap();
    assert_eq!(anchor, Anchor { year: 2024, month: 3, day: 9 });
    assert_eq!(anchor.value(), "2024-03-09");
    assert_eq!(Anchor::parse("2024-03-09T12:00:00Z"), Some(anchor));
    assert_eq!(Anchor::parse(" 2024-03-09 10:00"), Some(anchor));
    for bad in ["2024-02-30", "2024-3-9", "2024-03-09x", "", "é024-03-09", "2024/03/09"] {
        assert_eq!(Anchor::parse(bad), None, "{bad}");
    }
    // An anchor that is no date is as good as none.
    let bogus = Anchor { year: 2024, month: 13, day: 1 };
    let text = "He left yesterday.";
    assert_eq!(tag(text, &Segmented::new(text), Some(bogus))[0].value, "XXXX-XX-XX");
}

#[test]
fn start_keys() {
    assert!(start_key("2016-07") < start_key("2016-07-03"));
    assert_eq!(start_key("2016-07-03"), start_key("2016-07-03TMO"));
    assert_eq!(start_key("2024-W10"), Some((2024, 3, 4)));
    assert_eq!(start_key("XXXX-03-07"), None);
    assert_eq!(start_key("PRESENT_REF"), None);
}

// --- Robustness ------------------------------------------------------------------

#[test]
fn odd_inputs_never_panic() {
    let odd = [
        "",
        " ",
        "\n\n",
        "-",
        "--",
        "mid-",
        "mid-é",
        "7-",
        "-9",
        "March",
        "March 7-",
        "March 31-32",
        "February 30, 2024",
        "Feb 29, 2023",
        "9999-12-31",
        "0000-01-01",
        "the 0s",
        "the 990s",
        "99999999999999999999 years ago",
        "100001 days ago",
        "1.5.2024.1",
        "12:60",
        "25:00 pm",
        "13 p.m.",
        "0 am",
        "every",
        "twice a",
        "the next",
        "the past",
        "early",
        "the end of",
        "Monday,",
        "last",
        "this",
        "é March 7 é",
        "Ｍarch 7",
        "March 7\u{2011}9",
        "ⅯⅯ",
        "'s 's",
        "in 2015-",
        "2015\u{2013}2017",
        "the 1900s and the 2000s",
        "between and 2017",
        "10 years ago 10 years ago",
        "a a a a",
        "mid-1990s-2000s",
        "\u{feff}March 7",
    ];
    for anchor in [None, Some(ANCHOR), Some("0000-01-01"), Some("9999-12-31")] {
        for text in odd {
            run(text, anchor);
        }
    }
}

#[test]
fn token_soup_never_panics() {
    let words = [
        "March", "7", "7-9", "2015", "and", "to", "the", "last", "next", "this", "early", "mid-2019", "1990s",
        "Friday", "night", "ago", "later", "days", "weeks", "a", "few", "said", "will", ",", ".", "Dec", "of", "in",
        "between", "10", ":", "30", "p.m.", "every", "twice", "é", "—", "summer", "year", "past", "that", "day", "—9",
        "31st", "\n", "early", "around",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2_000 {
        let mut text = String::new();
        for _ in 0..12 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(words[(state % words.len() as u64) as usize]);
            text.push([' ', ' ', ' ', ' ', '\n'][(state % 5) as usize]);
        }
        for anchor in [None, Some(ANCHOR)] {
            run(&text, anchor);
        }
    }
}

#[test]
fn a_segmentation_of_another_text_is_not_trusted() {
    let seg = Segmented::new("A much longer text that says nothing about any date at all, on purpose.");
    let text = "Since 2015 — é.";
    let times = tag(text, &seg, Some(Anchor::parse(ANCHOR).unwrap()));
    assert_aligned(text, &times);
    assert_eq!(times.len(), 1);
}

/// The bundled news corpus: every span aligned, and a few values from articles
/// whose publication date is known.
#[test]
fn news_corpus() {
    let mut count = 0;
    for line in NEWS.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = normalize(doc["text"].as_str().unwrap());
        let anchor = doc["published"].as_str();
        let times = run(&text, anchor);
        count += times.len();
        let values: Vec<(&str, &str)> = times.iter().map(|t| (t.evidence[0].text.as_str(), t.value.as_str())).collect();
        let expected: &[(&str, &str)] = match doc["id"].as_str().unwrap() {
            "wikievents-voa-2015-11-24-3071320" => &[
                ("last May", "2015-05"),
                ("Tuesday", "2015-11-24"),
                ("Aug. 29", "2015-08-29"),
                ("late August", "2015-08"),
            ],
            "wikievents-voa-2014-06-04-1929720" => &[("April 18, 2013", "2013-04-18"), ("the next day", "2013-04-20")],
            "wikievents-voa-2017-06-05-3887168" => &[("Saturday", "2017-06-03"), ("two years ago", "2015")],
            "meantime-en-113219" => &[("yesterday", "2008-09-16"), ("Monday", "2008-09-15")],
            "centcom-death-of-abu-jandal-al-kuwaiti" => &[("Monday, Dec. 26", "XXXX-12-26")],
            _ => &[],
        };
        for pair in expected {
            assert!(values.contains(pair), "{pair:?} not in {values:?}");
        }
    }
    assert!(count > 150, "{count}");
}

/// Throughput, printed with `cargo test -p tidings-time -- --nocapture throughput`.
#[test]
fn throughput() {
    let mut text = String::new();
    while text.len() < 1 << 20 {
        for line in NEWS.lines().take(10) {
            let doc: serde_json::Value = serde_json::from_str(line).unwrap();
            text.push_str(doc["text"].as_str().unwrap());
            text.push('\n');
        }
        text.push_str(ARTICLE);
    }
    let seg = Segmented::new(&text);
    let start = std::time::Instant::now();
    let times = tag(&text, &seg, Anchor::parse(ANCHOR));
    let seconds = start.elapsed().as_secs_f64();
    println!("{:.1} MB/s, {} expressions", text.len() as f64 / seconds / 1e6, times.len());
    assert!(!times.is_empty());
}

// --- Measured on the gold sets (eval/time) ----------------------------------------------

#[test]
fn years_in_ranges_and_before_nouns() {
    assert_eq!(
        found("He was prime minister, 1980\u{2013}1987; then president.", Some(ANCHOR)),
        pairs(&[("1980", "1980"), ("1987", "1987")])
    );
    expect("He is serving a sentence for the 1968 assassination of Kennedy.", "1968", "1968");
    expect("The army moved ahead of the 2018 elections.", "2018", "2018");
    expect("He was a 2016 Rory Peck Awards finalist.", "2016", "2016");
    assert!(run("The 2015 delegates met.", Some(ANCHOR)).is_empty());
}

#[test]
fn year_less_dates_after_a_written_date_take_its_year() {
    assert_eq!(
        found("The army moved on November 15, 2017, before his resignation on November 21.", Some(ANCHOR)),
        pairs(&[("November 15, 2017", "2017-11-15"), ("November 21", "2017-11-21")])
    );
    // A bare year says nothing about the month after it.
    assert_eq!(found("It launched in 2003 and as of February it had 5 million songs.", Some(ANCHOR))[1].1, "2024-02");
    // A date in apposition to a day takes that day's year.
    assert_eq!(
        found("He resigns effective next Wednesday, July 31.", Some("2019-07-28")),
        pairs(&[("next Wednesday", "2019-07-31"), ("July 31", "2019-07-31")])
    );
}

#[test]
fn anaphora_to_the_last_day_named() {
    assert_eq!(
        found("She spoke on Thursday. She was murdered last October. The previous day, PBS said so.", Some(ANCHOR)),
        pairs(&[("Thursday", "2024-03-07"), ("last October", "2023-10"), ("The previous day", "2024-03-06")])
    );
    assert_eq!(
        found("The attack was on Friday. It took place at about 7:45 p.m., police said.", Some(ANCHOR)),
        pairs(&[("Friday", "2024-03-08"), ("about 7:45 p.m.", "2024-03-08T19:45")])
    );
    assert_eq!(
        found("Protests began on Sunday and went on through the evening.", Some(ANCHOR))[1],
        ("the evening".to_string(), "2024-03-03TEV".to_string())
    );
    assert_eq!(
        found("Rebels attacked on Saturday. During the weekend, police searched.", Some("2019-08-08"))[1],
        ("the weekend".to_string(), "2019-W31-WE".to_string())
    );
    assert_eq!(found("He died that same day.", Some(ANCHOR)), pairs(&[("that same day", "2024-03-09")]));
}

#[test]
fn clock_times_with_zones_days_and_approximation() {
    assert_eq!(
        found("The first attack was on Friday at 13:40 local time (0040 UTC).", Some(ANCHOR)),
        pairs(&[("Friday", "2024-03-08"), ("13:40", "2024-03-08T13:40"), ("0040 UTC", "2024-03-08T00:40Z")])
    );
    let time = expect("GM filed at 12:00 UTC Monday in Manhattan.", "12:00 UTC Monday", "2024-03-04T12:00Z");
    assert_eq!(time.timex_type, TimexType::Time);
    let time = expect("It began around 12:20 p.m. yesterday.", "around 12:20 p.m. yesterday", "2024-03-08T12:20");
    assert_eq!(time.modifier.as_deref(), Some("APPROX"));
    expect("I mean, it's 3:30 in the morning.", "3:30 in the morning", "XXXX-XX-XXT03:30");
    expect("They met at 8 in the evening.", "8 in the evening", "XXXX-XX-XXT20:00");
    // Four digits are a clock only with their zone.
    assert!(run("Police found 1620 rounds.", Some(ANCHOR)).is_empty());
}

#[test]
fn quarters() {
    for (text, span, value) in [
        ("GM lost $6 billion in the first quarter of 2009.", "the first quarter of 2009", "2009-Q1"),
        ("Profits rose in the fourth quarter.", "the fourth quarter", "2023-Q4"),
        ("Sales fell in the last quarter.", "the last quarter", "2023-Q4"),
        ("Our third-quarter results were strong.", "third-quarter", "2023-Q3"),
        ("It lost money in the third quarter of this year.", "the third quarter of this year", "2024-Q3"),
        ("Shipments start in Q2 2025.", "Q2 2025", "2025-Q2"),
    ] {
        let time = expect(text, span, value);
        assert_eq!(time.granularity, Granularity::Season, "{text}");
    }
    assert!(run("A quarter of the town fled.", Some(ANCHOR)).is_empty());
}

#[test]
fn more_vague_expressions() {
    expect("At present, the UN is mediating.", "present", "PRESENT_REF");
    let time = expect("It ended decades of conflict.", "decades", "PXDE");
    assert_eq!(time.timex_type, TimexType::Duration);
    let time = expect("It is an annual commemoration.", "annual", "P1Y");
    assert_eq!(time.timex_type, TimexType::Set);
    let time = expect("He was trapped for over 30 hours.", "over 30 hours", "PT30H");
    assert_eq!(time.modifier.as_deref(), Some("MORE_THAN"));
    expect("She was described in March of this year as a leader.", "March of this year", "2024-03");
    expect("A hearing has been scheduled for March 20.", "March 20", "2024-03-20");
    expect("Judge Kellar ordered him held until his next court appearance on April 5.", "April 5", "2024-04-05");
}

#[test]
fn parts_of_the_day_that_an_event_defines_are_left_alone() {
    assert!(run("Police saw him on the night he committed the attack.", Some(ANCHOR)).is_empty());
    assert!(run("He has no memory of the night Kennedy was shot.", Some(ANCHOR)).is_empty());
}

#[test]
fn weekdays_after_names_of_places_and_sources() {
    expect("Markets fell sharply in Europe and Asia Monday, with fears of a recession.", "Monday", "2024-03-04");
    expect("Reuters reported Monday that the talks had failed.", "Monday", "2024-03-04");
    assert!(run("Voters went to the polls on Super Tuesday.", Some(ANCHOR)).is_empty());
    assert!(run("He read the Sunday Telegraph.", Some(ANCHOR)).is_empty());
}
