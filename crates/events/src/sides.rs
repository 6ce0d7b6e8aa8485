//! Who can be a side of an event. ACLED codes organized groups, states' forces and
//! governments, and names everyone else by role ("Civilians (X)", "Unidentified Armed
//! Group (X)", "Protesters (X)"): never an individual, a place, a building, a named
//! event or a business. A named participant of those classes that the roles put on a
//! side is replaced by the side its title names ("Police Officer X", "President X"),
//! else by the role's generic side, which the coder fills in as for an unnamed side.

use tidings_geo::Gazetteer;
use tidings_model::{ActorKind, Label};

/// Whether a participant named `name`, with its entity label and actor kind, can be no
/// side of an event: a person, a place, facility or named event that the lexicon does
/// not know as an actor, or an organization whose name says it is a business, a
/// newsroom, a school, a hospital, a bank or a court.
pub(crate) fn not_a_party(label: Label, kind: ActorKind, name: &str) -> bool {
    let unknown = matches!(kind, ActorKind::Person | ActorKind::Organization | ActorKind::Unknown);
    match label {
        Label::Per | Label::Loc | Label::Fac | Label::Misc => unknown,
        Label::Org => kind == ActorKind::Organization && institution(name),
        Label::Gpe | Label::Norp => false,
    }
}

/// Words that name an organization as a business, a newsroom or an institution that
/// takes no side in violence.
const INSTITUTION_WORDS: &[&str] = &[
    "agency",
    "airlines",
    "airways",
    "bank",
    "broadcasting",
    "channel",
    "clinic",
    "college",
    "company",
    "corp",
    "corporation",
    "court",
    "courts",
    "daily",
    "foundation",
    "gazette",
    "herald",
    "hospital",
    "inc",
    "institute",
    "journal",
    "llc",
    "ltd",
    "magazine",
    "museum",
    "network",
    "news",
    "newspaper",
    "post",
    "press",
    "radio",
    "school",
    "television",
    "times",
    "tribune",
    "tv",
    "university",
];

/// News agencies whose names carry no institution word.
const AGENCIES: &[&str] = &["afp", "ap", "epa", "reuters", "bellingcat", "xinhua", "tass", "interfax", "upi"];

fn institution(name: &str) -> bool {
    let lower = name.to_lowercase();
    // "Intelligence Agency", "Security Agency": state forces, not institutions.
    if lower.contains("intelligence") || lower.contains("security") {
        return false;
    }
    AGENCIES.contains(&lower.as_str())
        || lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).any(|w| INSTITUTION_WORDS.contains(&w))
}

/// Whether the two words after an organization's name say it names no side: a kin
/// group ("the Al bu Nimr tribe", "the Haqqani family": ACLED's civilians unless armed)
/// or a maker before its product's model ("DJI Matrice 600s").
pub(crate) fn names_no_side(next: &str, after: &str) -> bool {
    let kin = matches!(next.to_lowercase().as_str(), "tribe" | "tribes" | "clan" | "clans" | "family" | "families");
    let model = next.chars().next().is_some_and(char::is_uppercase)
        && next.chars().all(char::is_alphanumeric)
        && after.chars().next().is_some_and(|c| c.is_ascii_digit());
    kin || model
}

/// The side a person's title or description right before the name gives ("Police
/// Officer", "Sgt.", "soldier", "President", "Defense Minister"): `words` are the
/// lower-case words before the name, nearest last.
pub(crate) fn title_side(words: &[&str]) -> Option<(&'static str, ActorKind)> {
    let near: Vec<&str> = words.iter().rev().take(2).map(|w| w.trim_end_matches('.')).collect();
    let any = |list: &[&str]| near.iter().any(|w| list.contains(w));
    // "Police Sgt.": the force's name wins over the rank, a rank over "officer".
    if any(&["police", "policeman", "policewoman", "constable", "sheriff", "trooper", "patrolman"]) {
        Some(("Police Forces of {}", ActorKind::StateForce))
    } else if any(&[
        "soldier",
        "army",
        "military",
        "sgt",
        "sergeant",
        "corporal",
        "cpl",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "colonel",
        "col",
        "pvt",
        "paratrooper",
        "admiral",
        "serviceman",
        "petty",
    ]) {
        Some(("Military Forces of {}", ActorKind::StateForce))
    } else if any(&["officer", "detective"]) {
        Some(("Police Forces of {}", ActorKind::StateForce))
    } else if any(&[
        "president",
        "minister",
        "premier",
        "governor",
        "mayor",
        "senator",
        "ambassador",
        "lawmaker",
        "legislator",
        "chancellor",
    ]) {
        Some(("Government of {}", ActorKind::Government))
    } else {
        None
    }
}

/// Branches of a state's armed forces and police, as the last words of a name.
const BRANCHES: &[(&str, &str)] = &[
    ("air force", "Military Forces of {}"),
    ("air forces", "Military Forces of {}"),
    ("navy", "Military Forces of {}"),
    ("naval forces", "Military Forces of {}"),
    ("army", "Military Forces of {}"),
    ("armed forces", "Military Forces of {}"),
    ("ground forces", "Military Forces of {}"),
    ("land forces", "Military Forces of {}"),
    ("marines", "Military Forces of {}"),
    ("marine corps", "Military Forces of {}"),
    ("coast guard", "Military Forces of {}"),
    ("military", "Military Forces of {}"),
    ("defence forces", "Military Forces of {}"),
    ("defense forces", "Military Forces of {}"),
    ("police", "Police Forces of {}"),
    ("police force", "Police Forces of {}"),
    ("police service", "Police Forces of {}"),
    ("national police", "Police Forces of {}"),
    ("gendarmerie", "Police Forces of {}"),
];

/// The state force an organization's name is a branch of: a country or its nationality
/// word, then the branch ("Indian Air Force", "the Saudi navy", "Nigeria's army" →
/// Military Forces of India, of Saudi Arabia, of Nigeria). ACLED names a state's
/// branches by the state's force. A name with any other word before the branch ("Free
/// Syrian Army", "Irish Republican Army") is a group of its own.
pub(crate) fn state_branch(name: &str, gazetteer: &Gazetteer) -> Option<(&'static str, ActorKind, String)> {
    let lower = name.to_lowercase().replace('\u{2019}', "'");
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    BRANCHES.iter().find_map(|&(branch, side)| {
        let before = lower.strip_suffix(branch)?.strip_suffix(' ')?;
        let before = before.strip_suffix("'s").unwrap_or(before).trim();
        if before.is_empty() {
            return None;
        }
        let cc = gazetteer.demonym(before).map(str::to_string).or_else(|| {
            let countries = gazetteer.lookup(before).into_iter().map(|i| gazetteer.entry(i));
            countries.filter(|e| e.precision() == 4).map(|e| e.country.clone()).next()
        })?;
        let kind = ActorKind::StateForce;
        Some((side, kind, cc))
    })
}

/// Words of a name that make a state's force (by the lexicon's kind) its military or its
/// police: "Israel Defence Forces", "Her Majesty's Armed Forces", "IRGC Navy", "U.S.
/// National Guard", "Philippine National Police". A state's force named otherwise (an
/// intelligence or security service, the Revolutionary Guard) keeps its own name.
const MILITARY_WORDS: &[&str] = &[
    "army",
    "navy",
    "air force",
    "armed forces",
    "defence forces",
    "defense forces",
    "defence force",
    "defense force",
    "military",
    "marines",
    "marine corps",
    "coast guard",
    "national guard",
];

/// ACLED's side for a named state force: the state's "Military Forces of {}" or "Police
/// Forces of {}", and the country. ACLED names no branch of a state's forces: "Indian Air
/// Force" ([`state_branch`]) and the lexicon's state forces whose names hold a branch's
/// words ("Israel Defence Forces", country `IL`) are the state's forces.
pub(crate) fn state_force_of(
    name: &str,
    kind: ActorKind,
    country: Option<&str>,
    gazetteer: &Gazetteer,
) -> Option<(&'static str, String)> {
    // "A Pakistan Army": an article the entity span took in.
    let bare = ["a ", "an ", "A ", "An "].iter().find_map(|a| name.strip_prefix(a)).unwrap_or(name);
    if let Some((side, _, cc)) = state_branch(bare, gazetteer) {
        return Some((side, cc));
    }
    let cc = country.filter(|_| kind == ActorKind::StateForce)?;
    let lower = format!(" {} ", bare.to_lowercase().replace(['.', '\'', '\u{2019}'], ""));
    let has = |w: &&str| lower.contains(&format!(" {w} "));
    if lower.contains("intelligence") || lower.contains("security") {
        None
    } else if MILITARY_WORDS.iter().any(has) {
        Some(("Military Forces of {}", cc.to_string()))
    } else if ["police", "gendarmerie"].iter().any(has) {
        Some(("Police Forces of {}", cc.to_string()))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_places_and_businesses_are_no_side() {
        assert!(not_a_party(Label::Per, ActorKind::Person, "Marianne Bowler"));
        assert!(not_a_party(Label::Fac, ActorKind::Organization, "Civil Hospital"));
        assert!(not_a_party(Label::Org, ActorKind::Organization, "Massachusetts Institute of Technology"));
        assert!(not_a_party(Label::Org, ActorKind::Organization, "AFP"));
        // Organized groups, states and the lexicon's actors stay sides.
        assert!(!not_a_party(Label::Org, ActorKind::TerrorGroup, "Islamic State"));
        assert!(!not_a_party(Label::Org, ActorKind::Organization, "War Committee"));
        assert!(!not_a_party(Label::Org, ActorKind::Organization, "Central Intelligence Agency"));
        assert!(!not_a_party(Label::Gpe, ActorKind::Government, "Government of Iraq"));
        // A person the lexicon knows as a group's name keeps its kind.
        assert!(!not_a_party(Label::Per, ActorKind::TerrorGroup, "Boko Haram"));
    }

    #[test]
    fn kin_groups_and_makers_are_no_side() {
        assert!(names_no_side("tribe", "in"));
        assert!(names_no_side("Matrice", "600s"));
        assert!(!names_no_side("fighters", "attacked"));
        assert!(!names_no_side("Monday", "and"));
    }

    #[test]
    fn a_states_branches_are_its_forces() {
        let gaz = Gazetteer::bundled();
        let branch = |name: &str| state_branch(name, gaz).map(|(side, _, cc)| (side, cc));
        assert_eq!(branch("Indian Air Force"), Some(("Military Forces of {}", "IN".to_string())));
        assert_eq!(branch("the Saudi navy"), Some(("Military Forces of {}", "SA".to_string())));
        assert_eq!(branch("Nigeria's army"), Some(("Military Forces of {}", "NG".to_string())));
        assert_eq!(branch("Afghan National Police"), Some(("Police Forces of {}", "AF".to_string())));
        assert_eq!(branch("Kenya Police"), Some(("Police Forces of {}", "KE".to_string())));
        assert_eq!(branch("Free Syrian Army"), None);
        assert_eq!(branch("Irish Republican Army"), None);
        assert_eq!(branch("Army"), None);
    }

    #[test]
    fn named_state_forces_are_the_states_military_or_police() {
        let gaz = Gazetteer::bundled();
        let force = |name: &str, kind: ActorKind, cc: Option<&str>| state_force_of(name, kind, cc, gaz);
        let military = |cc: &str| Some(("Military Forces of {}", cc.to_string()));
        assert_eq!(force("Israel Defence Forces", ActorKind::StateForce, Some("IL")), military("IL"));
        assert_eq!(force("Her Majestys Armed Forces", ActorKind::StateForce, Some("GB")), military("GB"));
        assert_eq!(force("IRGC Navy", ActorKind::StateForce, Some("IR")), military("IR"));
        assert_eq!(force("U.S. National Guard", ActorKind::StateForce, Some("US")), military("US"));
        assert_eq!(force("A Pakistan Army", ActorKind::Organization, None), military("PK"));
        assert_eq!(
            force("Philippine National Police", ActorKind::StateForce, Some("PH")),
            Some(("Police Forces of {}", "PH".to_string()))
        );
        // Services and guards of their own name, and groups, keep their names.
        assert_eq!(force("Federal Security Service", ActorKind::StateForce, Some("RU")), None);
        assert_eq!(force("Islamic Revolutionary Guard Corps", ActorKind::StateForce, Some("IR")), None);
        assert_eq!(force("Free Syrian Army", ActorKind::RebelGroup, Some("SY")), None);
        assert_eq!(force("Arakan Army", ActorKind::RebelGroup, Some("MM")), None);
    }

    #[test]
    fn titles_name_the_side() {
        assert_eq!(title_side(&["police", "sgt."]).map(|t| t.0), Some("Police Forces of {}"));
        assert_eq!(title_side(&["army", "sgt."]).map(|t| t.0), Some("Military Forces of {}"));
        assert_eq!(title_side(&["petty", "officer"]).map(|t| t.0), Some("Military Forces of {}"));
        assert_eq!(title_side(&["the", "officer"]).map(|t| t.0), Some("Police Forces of {}"));
        assert_eq!(title_side(&["prime", "minister"]).map(|t| t.0), Some("Government of {}"));
        assert_eq!(title_side(&["said", "that"]), None);
    }
}
