//! Sides read from the trigger's own clause in whole articles (issue 15): a description
//! of the doer there names the side whichever actor the article names elsewhere.

use super::{actor_name, code};

fn first_sides(text: &str) -> (String, String) {
    let ex = code(text);
    let e = ex.events.first().unwrap_or_else(|| panic!("no event in {text:?}"));
    (actor_name(&e.actor1).to_string(), actor_name(&e.actor2).to_string())
}

#[test]
fn a_nationality_before_an_attack_noun_names_the_attacking_state() {
    let (a1, _) = first_sides(
        "The war in the Pacific began with the Japanese attack on the U.S. fleet at Pearl Harbor in December 1941, which killed more than 2,000 Americans.",
    );
    assert_eq!(a1, "Military Forces of Japan");
}

#[test]
fn a_national_force_right_before_its_verb_is_the_doer_where_the_parse_missed_it() {
    let (a1, _) = first_sides(
        "Black smoke rises from demolished buildings after Japanese air forces attacked the U.S. Navy base on Midway Atoll during the Battle of Midway in June 1942.",
    );
    assert_eq!(a1, "Military Forces of Japan");
}

#[test]
fn a_race_or_a_people_at_large_is_no_side() {
    let (a1, _) = first_sides("The girl said she was abducted by Arab men in Berlin on Monday and held for 30 hours.");
    assert_ne!(a1, "Arab");
    assert!(a1.starts_with("Unidentified Armed Group"), "{a1}");
}

#[test]
fn a_crowd_that_does_violence_is_its_rioters() {
    let ex = code(
        "In Enfield, in the north of London, a crowd smashed the windows of a shopping centre and fought running battles with officers on Sunday.",
    );
    let firsts: Vec<&str> = ex.events.iter().map(|e| super::actor_name(&e.actor1)).collect();
    assert!(firsts.iter().all(|a| a.starts_with("Rioters")), "{firsts:?}");
}
