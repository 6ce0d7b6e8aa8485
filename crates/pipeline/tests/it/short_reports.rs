//! Sides of one-paragraph current-events reports (issue 15): ACLED's names where a short
//! report tells the acting state by a word other than its forces' name.

use super::{actor_name, code};

fn sides(text: &str) -> Vec<(String, String)> {
    code(text).events.iter().map(|e| (actor_name(&e.actor1).to_string(), actor_name(&e.actor2).to_string())).collect()
}

#[test]
fn a_nationality_before_an_attack_noun_names_the_attacking_state() {
    let a = sides("At least 14 Palestinians are killed from Israeli attacks across the Gaza Strip.");
    assert_eq!(a.first().map(|x| x.0.as_str()), Some("Military Forces of Israel"), "{a:?}");
    // A person's nationality is no state's: a lone attacker stays unidentified.
    let a = sides("A Palestinian gunman shoots an Israeli settler near Hebron, West Bank.");
    assert!(a.iter().all(|x| !x.0.starts_with("Military Forces")), "{a:?}");
}

#[test]
fn a_country_that_fires_weapons_is_its_military() {
    let a = sides("Russia fires ballistic missiles at the port of Odesa, Ukraine, killing two people.");
    assert_eq!(a.first().map(|x| x.0.as_str()), Some("Military Forces of Russia"), "{a:?}");
    // A country that speaks of an attack did not launch it.
    let a = sides("The United States condemns the terrorist attack on a camp in Baghdad that killed five residents.");
    assert!(a.iter().all(|x| x.0 != "Military Forces of the United States"), "{a:?}");
}

#[test]
fn unnamed_security_forces_that_act_are_the_states_military() {
    let a = sides("Security forces kill six militants during a raid on a hideout in Bannu, Pakistan.");
    assert_eq!(a.first().map(|x| x.0.as_str()), Some("Military Forces of Pakistan"), "{a:?}");
    assert_ne!(a[0].1, "Military Forces of Pakistan", "{a:?}");
}

#[test]
fn a_strike_told_with_its_state_is_that_states_over_another() {
    // The struck country's forces are the usual wrong guess for a strike in its towns.
    let a =
        sides("At least 30 people are killed in a wave of Israeli strikes on Lebanon, including in Tyre and Sidon.");
    assert_eq!(a.first().map(|x| x.0.as_str()), Some("Military Forces of Israel"), "{a:?}");
}
