//! Event types and sub-types (ACLED's taxonomy) of short reports: the hard pairs.

use crate::code;
use tidings_model::Extraction;

fn subs(ex: &Extraction) -> Vec<&str> {
    ex.events.iter().map(|e| e.sub_event_type.as_str()).collect()
}

#[test]
fn property_burnt_or_looted_with_no_crowd_is_property_destruction() {
    for text in [
        "Unknown attackers set fire to the offices of the opposition party in Mongomo overnight.",
        "On 16 April 2023, unidentified armed men looted the World Food Programme warehouse in Nyala.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Looting/property destruction"], "{text}");
    }
    // Torching and looting told in one clause are one destruction.
    let ex = code("Pro-Indonesian militiamen torched dozens of houses and looted shops in Maliana on Sunday.");
    assert_eq!(subs(&ex), ["Looting/property destruction"]);
    // Where a demonstration is told, the burning is the demonstrators' riot.
    let ex = code("Thousands of people marched through Lagos on Tuesday. Later, some set fire to a bank in Ikeja.");
    assert!(subs(&ex).contains(&"Violent demonstration"), "{:?}", subs(&ex));
}
