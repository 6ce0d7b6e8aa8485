//! Event types and sub-types (ACLED's taxonomy) of short reports: the hard pairs.

use crate::{code, code_by_rules, code_on, subs};

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

#[test]
fn a_source_or_the_people_of_a_named_group_are_no_armed_victims() {
    for text in [
        // "police" is who said it, not whom the gunmen shot.
        "Gunmen opened fire in a bar in San Pedro Sula late on Saturday, killing seven people, police said.",
        "On 26 November 2011, gunmen attacked a bus near Reasi, killing 4 passengers; police blamed Lashkar-e-Taiba.",
        // Civilians of a people named like an armed group are civilians.
        "On 4 July 2023, OLA fighters killed 9 Amhara civilians in Kiramu (Oromia).",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Attack"], "{text}");
    }
    let ex = code("Gunfire between armed Meitei and Kuki groups in Bishnupur district killed two people on Friday.");
    assert_eq!(subs(&ex), ["Armed clash"]);
}

#[test]
fn people_of_a_place_who_attack_or_beat_someone_to_death_are_a_mob() {
    for text in [
        "On 11 June 2018, villagers attacked a group of travellers in Karbi Anglong (Assam), killing 2.",
        "On 10 December 2021, residents beat to death two men in Kasarani (Nairobi).",
        "On 2 September 2019, crowds attacked foreign-owned shops in Malvern, Johannesburg.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Mob violence"], "{text}");
        let actor1 = ex.events[0].actor1.as_ref().map(|a| a.name.as_str()).unwrap_or("");
        assert!(actor1.starts_with("Rioters"), "{text}: {actor1}");
    }
    // Villagers acted upon are no mob.
    let ex = code("Insurgents beheaded villagers in Macomia district on Monday as attacks spread south.");
    assert_eq!(subs(&ex), ["Attack"]);
}

#[test]
fn arrests_at_a_rally_are_its_intervention_and_another_protests_tear_gas_is_not() {
    for text in [
        "On 6 June 2021, police detained around 30 participants of an unauthorised rally in Almaty.",
        "Police arrested 18 opposition supporters at a rally in Jinja on Saturday.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Protest with intervention"], "{text}");
    }
    let ex = code(
        "On 31 May 2020, hundreds of people marched peacefully in Louisville; later that night, protesters in \
         Minneapolis set fire to a police precinct, and in Atlanta police used tear gas.",
    );
    let louisville = ex.events.iter().find(|e| e.evidence[0].text == "marched").expect("the Louisville march");
    assert_eq!(louisville.sub_event_type, "Peaceful protest", "{:?}", subs(&ex));
}

#[test]
fn drones_and_bombs_dropped_from_the_air_are_air_strikes_roadside_bombs_and_mortars_are_not() {
    for text in [
        "The army said its drones had struck RSF positions and vehicles in Nyala on Monday evening, killing dozens of fighters.",
        "Russia hit Zaporizhzhia with guided aerial bombs overnight into Thursday, killing one woman.",
        "On 6 February 2024, a drone dropped an explosive on the Mugunga displacement camp near Goma, killing two children.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Air/drone strike"], "{text}");
    }
    let ex = code("A roadside bomb killed three soldiers near Kandahar on Monday.");
    assert_eq!(subs(&ex), ["Remote explosive/landmine/IED"]);
    let ex = code("Rebels fired mortars at the town of Kidal on Monday, killing two civilians.");
    assert_eq!(subs(&ex), ["Shelling/artillery/missile attack"]);
}

#[test]
fn drones_listed_with_missiles_or_rockets_are_a_missile_attack() {
    for text in [
        "Three people were killed in Russian missile and drone attacks on Kharkiv on Tuesday.",
        "Hezbollah rocket and drone attacks injured five people in northern Israel on Sunday.",
    ] {
        let ex = code_on(text, "2025-05-06");
        assert_eq!(subs(&ex), ["Shelling/artillery/missile attack"], "{text}");
    }
    // A missile fired from a drone is the drone's strike.
    let ex = code_on("A missile fired from a US drone killed two militants near Mir Ali on Tuesday.", "2025-05-06");
    assert_eq!(subs(&ex), ["Air/drone strike"]);
}

#[test]
fn an_explosion_a_drone_carried_and_an_atomic_bomb_are_air_strikes() {
    for text in [
        "An attack with an explosive drone wounded two soldiers near Uruapan on Sunday.",
        "Explosions rocked a fuel depot in Bryansk overnight after it was attacked by Ukrainian drones.",
        "Historians still debate the atom bombing of Hiroshima, which killed tens of thousands of civilians.",
    ] {
        let ex = code_on(text, "2025-05-06");
        assert_eq!(subs(&ex), ["Air/drone strike"], "{text}");
    }
    // Armed groups fly such drones: nobody named is no state's air force.
    let ex = code_on("An attack with an explosive drone wounded two soldiers near Uruapan on Sunday.", "2025-05-06");
    let actor1 = ex.events[0].actor1.as_ref().map_or("", |a| a.name.as_str());
    assert!(actor1.starts_with("Unidentified Armed Group"), "{actor1}");
    // A bomb with no drone stays an explosive device.
    let ex = code_on("An explosive device wounded two soldiers near Uruapan on Sunday.", "2025-05-06");
    assert_eq!(subs(&ex), ["Remote explosive/landmine/IED"]);
}

#[test]
fn a_clash_of_police_with_a_protesting_crowd_or_supporters_is_a_riot() {
    for text in [
        "Police clashed with protesting farmers who tried to reach the parliament in Nairobi on Monday.",
        "Three people died in clashes between police and supporters of the opposition leader in Conakry on Friday.",
    ] {
        let ex = code_on(text, "2025-05-06");
        assert!(subs(&ex).contains(&"Violent demonstration"), "{text}: {:?}", subs(&ex));
        assert!(!subs(&ex).contains(&"Armed clash"), "{text}: {:?}", subs(&ex));
    }
    // Soldiers against a commander's supporters fight a battle.
    let ex = code_on("Soldiers clashed with supporters of the rebel commander near Goma on Friday.", "2025-05-06");
    assert_eq!(subs(&ex), ["Armed clash"]);
}

#[test]
fn a_prison_riot_is_mob_violence() {
    let ex = code_on("Six inmates were killed during a prison riot in Guayaquil on Saturday.", "2025-05-06");
    assert!(subs(&ex).contains(&"Mob violence"), "{:?}", subs(&ex));
    assert!(!subs(&ex).contains(&"Violent demonstration"), "{:?}", subs(&ex));
    // Rioting demonstrators stay a violent demonstration.
    let ex = code_on("Protesters rioted in Guayaquil on Saturday, burning cars and shops.", "2025-05-06");
    assert_eq!(subs(&ex), ["Violent demonstration"], "{:?}", subs(&ex));
}

#[test]
fn one_protester_killed_is_excessive_force() {
    let ex = code(
        "On 26 January 2015, police fired birdshot at a small march in Alexandria, killing a 17-year-old protester.",
    );
    assert!(subs(&ex).contains(&"Excessive force against protesters"), "{:?}", subs(&ex));
}

#[test]
fn arms_stopped_before_use_are_disrupted_weapons_use() {
    // A bare verb of stopping foils what its object names: arms here, as a plot would be.
    let ex = code_on("Troops prevented a shipment of rifles from reaching Goma on Friday.", "2023-03-05");
    assert_eq!(subs(&ex), ["Disrupted weapons use"], "{:#?}", ex.events);
    let ex = code_on("Police prevented a march from reaching Goma on Friday.", "2023-03-05");
    assert!(!subs(&ex).contains(&"Disrupted weapons use"), "{:#?}", ex.events);
}

#[test]
fn missiles_and_drones_shot_down_are_disrupted_weapons_use() {
    let ex = code_on(
        "Russia launches an overnight drone attack across Ukraine. Ukraine says that it shot down 100 of 194 drones.",
        "2025-03-07",
    );
    assert!(subs(&ex).contains(&"Disrupted weapons use"), "{:#?}", ex.events);
    assert!(!subs(&ex).contains(&"Armed clash"), "{:#?}", ex.events);
    // An aircraft with a crew shot down is a fight.
    let ex = code_on("Ukrainian forces shot down a Russian Su-34 fighter jet over Donetsk on Monday.", "2025-03-07");
    assert_eq!(subs(&ex), ["Armed clash"], "{:#?}", ex.events);
}

#[test]
fn a_states_bare_strike_is_an_air_strike_and_a_labour_strike_is_none() {
    for text in [
        "One person is killed by an Israeli strike in Zebdin, Nabatieh District, Lebanon.",
        "At least six people are injured and buildings and vehicles are damaged in large-scale Russian strikes on \
         Sumy Oblast, Ukraine.",
        "Pakistan conducts intelligence-based strikes on seven locations along the Durand Line in Afghanistan, \
         resulting in dozens of fatalities.",
    ] {
        let ex = code_on(text, "2026-04-07");
        assert_eq!(subs(&ex), ["Air/drone strike"], "{text}");
    }
    // Missiles named with the strikes make them a missile attack.
    let ex = code_on("Two people are killed in Odesa in Russian strikes with ballistic missiles.", "2026-04-07");
    assert_eq!(subs(&ex), ["Shelling/artillery/missile attack"]);
    // A strike feared, or a strike of workers, is no attack.
    for text in [
        "The Lebanese army closes a bridge in the Tyre District after receiving a warning of a possible Israeli \
         strike on the structure.",
        "Protester shot dead in Cotacachi as Ecuador's indigenous strike enters second week.",
        "The army is set to carry out strikes on militant positions in Gaza, where five people were killed.",
    ] {
        let ex = code_on(text, "2026-04-07");
        assert!(!subs(&ex).contains(&"Air/drone strike"), "{text}: {:?}", subs(&ex));
    }
}

#[test]
fn a_states_bare_attack_is_an_air_strike_and_other_attackers_keep_theirs() {
    for text in [
        "Overnight Russian attacks on Kherson kill three people and damage a hospital.",
        "At least 40 people are killed by Israeli attacks in Rafah, Gaza.",
        "An Iranian attack on a power station in Bahrain kills one worker.",
    ] {
        let ex = code_on(text, "2026-04-07");
        assert_eq!(subs(&ex), ["Air/drone strike"], "{text}");
    }
    // The demonym names the attackers ("settler"), or no state's forces attack.
    for text in [
        "Israeli settler attacks wound four Palestinians in Hebron, West Bank.",
        "Somali pirates attack a fishing vessel off Eyl, taking its crew hostage.",
    ] {
        let ex = code_on(text, "2026-04-07");
        assert!(!subs(&ex).contains(&"Air/drone strike"), "{text}: {:?}", subs(&ex));
    }
}

#[test]
fn a_strike_or_interception_told_as_done_is_an_event_without_named_sides_or_place() {
    for (text, sub) in [
        ("Jordan intercepts a ballistic missile crossing its airspace.", "Disrupted weapons use"),
        (
            "A container ship was attacked by a missile while sailing in the Red Sea.",
            "Shelling/artillery/missile attack",
        ),
        ("A tanker has come under attack off the coast, leaving one sailor dead.", "Attack"),
    ] {
        let ex = code_on(text, "2026-04-07");
        assert_eq!(subs(&ex), [sub], "{text}");
    }
    // An aim, or a condition, tells nothing done.
    for text in [
        "Officials want more resources to attack the problem.",
        "Had the drone hit the depot, we would be talking about a disaster, an official said.",
    ] {
        let ex = code_on(text, "2026-04-07");
        assert!(subs(&ex).is_empty(), "{text}: {:?}", subs(&ex));
    }
}

#[test]
fn territory_seized_retaken_or_taken_over_is_territory_and_a_company_taken_over_is_not() {
    for (text, sub) in [
        (
            "The Southern Transitional Council seizes swathes of territory from the government of Yemen in \
             Hadhramaut Governorate, including Seiyun.",
            "Non-state actor overtakes territory",
        ),
        (
            "Al-Shabaab militants claim the takeover of Tardo Village in the Hiiraan region of Somalia.",
            "Non-state actor overtakes territory",
        ),
        (
            "The Israeli Defense Forces re-take the Netzarim Corridor, preventing the movement of Palestinians.",
            "Government regains territory",
        ),
        (
            "The Sudanese Army says that they have re-captured the Blue Nile town of Khor Hassan from the Rapid \
             Support Forces.",
            "Government regains territory",
        ),
    ] {
        let ex = code_on(text, "2025-12-03");
        assert_eq!(subs(&ex), [sub], "{text}");
    }
    let ex = code_on("Senators raise concerns over the Russian takeover of Citgo.", "2025-12-03");
    assert!(ex.events.is_empty(), "{:?}", subs(&ex));
}

#[test]
fn joining_or_surrendering_to_an_armed_side_changes_a_group_and_an_appeal_to_join_does_not() {
    for text in [
        "Hundreds of Congolese police officers join the M23 movement in Bukavu, Democratic Republic of the Congo.",
        "Bo Nagar, leader of the anti-government Burma National Revolutionary Army, surrendered to the Burmese \
         military.",
    ] {
        let ex = code_on(text, "2025-02-22");
        assert_eq!(subs(&ex), ["Change to group/activity"], "{text}");
    }
    let ex = code_on("The group urged Muslims in Russia to join ISIS' fight against the West.", "2025-02-22");
    assert!(!subs(&ex).contains(&"Change to group/activity"), "{:?}", subs(&ex));
}

#[test]
fn a_crowd_told_gathering_is_a_protest_where_nothing_violent_is_told() {
    for text in [
        "Over 140,000 people demonstrate in Belgrade and other major Serbian cities to protest against the \
         Serbian government.",
        "Demonstrators gather in cities across the United States to protest against the policies of U.S. \
         President Donald Trump.",
        "Student groups and the Civil Social Coalition party launched a protest in several cities in Indonesia \
         against the government.",
        "Demonstrators rally in central Stockholm, Sweden, including the Odenplan area, against restrictions on \
         humanitarian aid.",
    ] {
        let ex = code_on(text, "2025-06-29");
        assert_eq!(subs(&ex), ["Peaceful protest"], "{text}");
    }
    // Protests named in a lawsuit are no gathering told.
    let ex = code_on(
        "A jury orders Greenpeace to pay $660 million to Energy Transfer Partners after ETP sued the \
         organization for holding protests near Standing Rock Reservation.",
        "2025-03-19",
    );
    assert!(ex.events.is_empty(), "{:?}", subs(&ex));
}

#[test]
fn a_projectile_or_drone_that_hits_something_is_shelling_or_an_air_strike() {
    let ex = code_on(
        "Two Indonesian peacekeepers of the UNIFIL mission are killed in Southern Lebanon when a projectile hits \
         their vehicle.",
        "2026-03-30",
    );
    assert_eq!(subs(&ex), ["Shelling/artillery/missile attack"]);
    let ex = code_on(
        "The Kuwait Petroleum Corporation claims that oil tanker Al Salmi has been hit by an Iranian drone at a port \
         in Dubai, causing a fire onboard.",
        "2026-03-31",
    );
    assert_eq!(subs(&ex), ["Air/drone strike"]);
}

#[test]
fn a_states_strike_stands_where_no_casualty_or_weapon_word_is_told() {
    let ex = code_on(
        "Israeli and U.S. jets strike the Natanz Nuclear Facility, according to the Atomic Energy Organization of Iran.",
        "2026-03-21",
    );
    assert_eq!(subs(&ex), ["Air/drone strike"]);
    // Weapons only named are no strike.
    let ex = code_on(
        "Nearly three quarters of scholars believe that these missiles will somewhat or strongly increase the \
         likelihood of violent confrontation between NATO and Russian forces.",
        "2016-10-12",
    );
    assert!(ex.events.is_empty(), "{:?}", subs(&ex));
}

#[test]
fn an_office_names_a_political_arrest_only_as_who_is_arrested() {
    for text in [
        "Police in Basra Governorate arrested 12 men for drug smuggling on Tuesday.",
        "Interior Minister Ahmed Hassan said police arrested 12 men for drug smuggling on Tuesday.",
    ] {
        let ex = code(text);
        assert!(!subs(&ex).contains(&"Arrests"), "{text}: {:?}", subs(&ex));
    }
    let ex = code("Police arrested a former governor for drug smuggling in Basra on Tuesday.");
    assert_eq!(subs(&ex), ["Arrests"], "{:?}", subs(&ex));
}

#[test]
fn an_arrest_in_hospital_is_an_arrest() {
    let ex = code("The man was arrested in hospital after the stabbing in Leeds, police said.");
    assert!(subs(&ex).contains(&"Arrests"), "{:?}", subs(&ex));
    let ex = code("Ninety six people were detained in hospital in Leeds on Monday.");
    assert!(!subs(&ex).contains(&"Arrests"), "{:?}", subs(&ex));
}

#[test]
fn a_market_that_explodes_or_a_fund_that_takes_control_is_no_violence() {
    let ex = code("Demand for housing explodes in Lisbon");
    assert!(ex.events.is_empty(), "{:#?}", ex.events);
    let ex = code("Elliott Management takes control of the board of Phillips 66.");
    assert!(ex.events.is_empty(), "{:#?}", ex.events);
    let ex = code("A car bomb explodes in a market in Baghdad, killing 12 people.");
    assert!(!ex.events.is_empty());
    let ex = code("M23 rebels takes control of Bunagana, a town on the border with Uganda.");
    assert!(subs(&ex).contains(&"Non-state actor overtakes territory"), "{:?}", subs(&ex));
}

#[test]
fn violent_verbs_in_the_present_of_a_summary_are_events() {
    for (text, sub) in [
        ("M23 rebels capture the strategic town of Katale in Masisi Territory.", "Non-state actor overtakes territory"),
        ("Hamas publicly executes eight men in Gaza City.", "Attack"),
        ("A Palestinian assailant stabs two Israeli civilians in Tzova.", "Attack"),
        ("Gunmen on a motorcycle open fire outside a shop in Cucuta, Colombia.", "Attack"),
        ("A journalist is fatally shot by unidentified gunmen in Rafah.", "Attack"),
        ("Pirates hijack a tanker off Somalia.", "Abduction/forced disappearance"),
    ] {
        let ex = code_by_rules(text);
        assert_eq!(subs(&ex), [sub], "{text}");
    }
    // An infinitive or a modal tells what may be done; a hijacked account is no vehicle.
    for text in [
        "Colombia asked Cuba to capture the rebel commander.",
        "Turkey may invade northern Syria.",
        "Hackers hijacked the agency's Twitter account.",
    ] {
        assert!(code_by_rules(text).events.is_empty(), "{text}");
    }
}

#[test]
fn missiles_launched_and_ceasefires_announced_in_the_present_are_events() {
    for (text, sub) in [
        ("The Houthis launch a ballistic missile towards Israel.", "Shelling/artillery/missile attack"),
        ("The Kurdistan Workers' Party announces a ceasefire with Turkey.", "Agreement"),
        ("The Syrian Democratic Forces and the Syrian government extend their ceasefire by 15 days.", "Agreement"),
    ] {
        let ex = code_by_rules(text);
        assert_eq!(subs(&ex), [sub], "{text}");
    }
    // A ceasefire refused or only foreseen is not made.
    for text in [
        "The Taliban refused on Sunday to extend a three-day ceasefire with Afghan forces.",
        "The government said it would extend its truce by 10 days.",
    ] {
        assert!(code_by_rules(text).events.is_empty(), "{text}");
    }
}

#[test]
fn control_taken_and_demonstrations_going_on_in_the_present_are_events() {
    for (text, sub) in [
        ("M23 rebels take control of the Mashlab neighbourhood in Raqqa.", "Non-state actor overtakes territory"),
        ("Clashes between the army and the RSF continue in Sudan.", "Armed clash"),
        ("At least 195,000 people hold protests across France to denounce budget cuts.", "Peaceful protest"),
    ] {
        let ex = code_by_rules(text);
        assert_eq!(subs(&ex), [sub], "{text}");
    }
    // What a modal foresees has not happened; a party's control of a council is no
    // territory.
    for text in [
        "The president says that airstrikes will continue.",
        "The Iranian military says that attacks on Israel will resume.",
        "Reform UK take full control of Havering London Borough Council.",
    ] {
        assert!(code_by_rules(text).events.is_empty(), "{text}");
    }
}

#[test]
fn a_country_after_a_preposition_of_place_locates_the_event() {
    // "Madagascar continue": the lower-case word after the country is the verb, not a
    // noun the country modifies ("Iraq war").
    let ex = code_by_rules("Protests in Madagascar continue and spread across the country.");
    assert_eq!(subs(&ex), ["Peaceful protest"], "{:#?}", ex.events);
    assert_eq!(ex.events[0].location.as_ref().map(|p| p.name.as_str()), Some("Madagascar"));
}

#[test]
fn forces_that_withdraw_from_a_place_transfer_it() {
    for text in [
        "Malian troops and allied fighters withdraw from Kidal after two days of fighting.",
        "The army withdrew from the town of Gwa on Tuesday, residents said.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Non-violent transfer of territory"], "{text}");
    }
    // Foreseen, refused, or no force and no place: nothing changed hands.
    for text in [
        "Israel says its troops will not withdraw from the Gaza Strip until Hamas disarms.",
        "Argentina announces that it will withdraw from the World Health Organization.",
        "The Labour party withdraws from the governing coalition in protest.",
    ] {
        let ex = code(text);
        assert!(!subs(&ex).contains(&"Non-violent transfer of territory"), "{text}: {:?}", subs(&ex));
    }
}

#[test]
fn a_building_set_on_fire_with_people_inside_is_an_attack() {
    for text in [
        "A church with three worshippers inside is set on fire in Lagos overnight.",
        "A house with a family trapped inside was set alight by gunmen in Jos.",
    ] {
        let ex = code(text);
        assert_eq!(subs(&ex), ["Attack"], "{text}");
    }
    // Nobody inside: property destroyed.
    let ex = code("Unknown attackers set fire to the offices of the opposition party in Mongomo overnight.");
    assert_eq!(subs(&ex), ["Looting/property destruction"]);
}

#[test]
fn a_side_announcing_the_capture_of_a_place_took_it() {
    let ex = code("The Arakan Army announces the capture of the Paletwa township from the Myanmar military.");
    assert_eq!(ex.events.len(), 1, "{:?}", subs(&ex));
    assert_eq!(ex.events[0].event_type, "Battles");
    let actor1 = ex.events[0].actor1.as_ref().map(|a| a.name.as_str()).unwrap_or("");
    assert!(actor1.contains("Arakan Army"), "{actor1}");
}

#[test]
fn an_armed_groups_ceasefire_deal_and_a_place_retaken_stand_without_casualties() {
    let ex = code("Mediators and the ELN reach an agreement to extend a ceasefire during talks in Havana.");
    assert_eq!(subs(&ex), ["Agreement"]);
    let ex = code(
        "Somali regional officials say that they have recaptured the Bariga area following clashes with al-Shabaab militants.",
    );
    assert!(ex.events.iter().any(|e| e.event_type == "Battles"), "{:?}", subs(&ex));
    // A deal between states on shipping is no ACLED agreement; prisoners recaptured take no place.
    assert!(code("Oman reaches an agreement with France to ensure safe navigation through the Gulf.")
        .events
        .is_empty());
    let ex = code("Three escaped prisoners are recaptured; the others remain at large.");
    assert!(!ex.events.iter().any(|e| e.event_type == "Battles"), "{:?}", subs(&ex));
}
