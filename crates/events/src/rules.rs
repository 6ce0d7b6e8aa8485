//! The trigger lexicon: phrases that name an event, with the ACLED and PLOVER codes
//! they get. Phrases are lower-case token sequences; a trailing `*` matches any word
//! with that prefix. Rules are tried longest first.

/// Groups of rules that code alike (and merge alike within a document).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// An attack prevented, a plot disrupted, weapons seized.
    Foil,
    Clash,
    Territory,
    AirStrike,
    Shelling,
    Suicide,
    Explosive,
    Grenade,
    Chemical,
    Abduction,
    Sexual,
    /// Killing verbs: the coder decides between a battle and violence against civilians.
    Kill,
    /// An attack of unspecified means.
    Attack,
    Arrest,
    Legal,
    Founded,
    Protest,
    Riot,
    Agreement,
    Looting,
    /// Coups, bans on gatherings: coercion by the state (ACLED: Strategic developments /
    /// Other; PLOVER: COERCE).
    Coercion,
    /// Forces withdrawn from a place, which another side may take without a fight (ACLED:
    /// Strategic developments / Non-violent transfer of territory; PLOVER: RETREAT).
    Withdrawal,
}

impl Family {
    /// Lethal families merge into one event when a document retells one incident.
    pub fn is_violent(self) -> bool {
        matches!(
            self,
            Family::Clash
                | Family::Kill
                | Family::Attack
                | Family::AirStrike
                | Family::Shelling
                | Family::Suicide
                | Family::Explosive
                | Family::Grenade
                | Family::Chemical
        )
    }

    /// Killing and fighting words: what a foiling verb's object may still report.
    pub fn is_violent_outcome(self) -> bool {
        matches!(self, Family::Kill | Family::Clash)
    }

    /// How specific the family is about the means: when one clause or one incident
    /// has several triggers, the most specific names the event ("killed in an
    /// airstrike" is an air strike; ACLED: the weapon decides the sub-type).
    pub fn specificity(self) -> u8 {
        match self {
            Family::Chemical | Family::Suicide => 6,
            Family::AirStrike => 5,
            Family::Shelling | Family::Grenade => 4,
            Family::Explosive => 3,
            Family::Clash => 2,
            Family::Kill | Family::Attack => 1,
            _ => 0,
        }
    }

    /// ACLED event type, sub-event type and PLOVER category.
    pub fn codes(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Family::Foil => ("Strategic developments", "Disrupted weapons use", "COERCE"),
            Family::Clash => ("Battles", "Armed clash", "ASSAULT"),
            Family::Territory => ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
            Family::AirStrike => ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
            Family::Shelling => ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
            Family::Suicide => ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
            Family::Explosive => ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
            Family::Grenade => ("Explosions/Remote violence", "Grenade", "ASSAULT"),
            Family::Chemical => ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
            Family::Abduction => ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
            Family::Sexual => ("Violence against civilians", "Sexual violence", "ASSAULT"),
            Family::Kill | Family::Attack => ("Violence against civilians", "Attack", "ASSAULT"),
            Family::Arrest => ("Strategic developments", "Arrests", "COERCE"),
            Family::Legal => ("Strategic developments", "Other", "ACCUSE"),
            Family::Founded => ("Strategic developments", "Change to group/activity", "MOBILIZE"),
            Family::Protest => ("Protests", "Peaceful protest", "PROTEST"),
            Family::Riot => ("Riots", "Violent demonstration", "PROTEST"),
            Family::Agreement => ("Strategic developments", "Agreement", "AGREE"),
            Family::Looting => ("Strategic developments", "Looting/property destruction", "COERCE"),
            Family::Coercion => ("Strategic developments", "Other", "COERCE"),
            Family::Withdrawal => ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
        }
    }
}

pub struct Rule {
    pub phrase: &'static [&'static str],
    pub family: Family,
}

macro_rules! rules {
    ($($fam:ident: [$($p:expr),* $(,)?]),* $(,)?) => {
        &[$($(Rule { phrase: $p, family: Family::$fam },)*)*]
    };
}

pub const RULES: &[Rule] = rules! {
    Clash: [
        &["clash*"], &["firefight*"], &["gunfight*"], &["shootout*"], &["exchange", "of", "fire"],
        &["exchanged", "fire"], &["return", "fire"], &["resisted", "arrest"], &["fought"], &["battle*"],
        &["ambush*"], &["gun", "battle*"], &["came", "under", "fire"], &["came", "under", "attack"],
        &["coming", "under", "fire"], &["came", "under", "heavy", "fire"], &["came", "under", "intense", "gunfire"],
        &["military", "offensive"], &["ground", "assault"], &["ground", "offensive"], &["launched", "an", "offensive"],
        &["took", "the", "offensive"], &["shot", "down"], &["shoot", "down"], &["shoots", "down"], &["downed"], &["invasion"], &["invaded"], &["fighting", "between"], &["heavy", "fighting"], &["shooting"],
        &["shootings"], &["fight", "with"], &["fighting", "with"], &["gunfire", "between"], &["exchanged", "gunfire"],
        &["exchange", "of", "gunfire"],
    ],
    AirStrike: [
        &["airstrike*"], &["air", "strike*"], &["air", "raid*"], &["drone", "strike*"], &["drone", "attack*"],
        &["warplanes"], &["bombed"], &["aerial", "bombardment"], &["precision", "strike*"], &["strike", "engaged"],
        &["strikes", "engaged"], &["strike", "destroyed"], &["strikes", "destroyed"], &["strike", "hit"],
        &["strikes", "hit"], &["strike", "killed"], &["strikes", "killed"], &["coalition", "strike*"],
        &["barrel", "bomb*"], &["from", "the", "air"], &["air", "attack*"], &["firebombing"], &["atomic", "bomb*"],
        &["drone*", "struck"], &["drone", "has", "hit"], &["drones", "have", "hit"], &["aircraft", "destroyed"], &["aircraft", "struck"], &["drone*", "targeted"], &["drone*", "attacked"], &["drone*", "hit"],
        &["aerial", "bomb*"], &["guided", "bomb*"], &["glide", "bomb*"], &["dropped", "a", "bomb"],
        &["dropped", "bombs"], &["dropped", "an", "explosive"], &["dropped", "explosives"],
        &["drop", "explosives"], &["drop", "bombs"],
    ],
    Shelling: [
        &["shelling"], &["shelled"], &["artillery"], &["mortar*"], &["rocket", "attack*"], &["rockets"],
        &["missile", "strike*"], &["missile", "attack*"], &["missiles"], &["rocket", "fire"], &["bombard*"],
    ],
    Suicide: [
        &["suicide", "bomb*"], &["suicide", "attack*"], &["blew", "himself", "up"], &["blew", "herself", "up"],
        &["suicide", "car", "bomb*"], &["suicide", "vest*"], &["suicide", "belt*"], &["explosive", "belt*"],
        &["explosive", "vest*"],
    ],
    Explosive: [
        &["ied"], &["ieds"], &["improvised", "explosive*"], &["roadside", "bomb*"], &["car", "bomb*"],
        &["landmine*"], &["land", "mine*"], &["bomb", "exploded"], &["explosion*"], &["blast*"], &["bombing*"],
        &["detonated"], &["explodes"], &["booby-trap*"], &["vbied*"], &["bomb", "planted"], &["bombs", "planted"],
        &["planted", "a", "bomb"], &["bombs", "left"], &["bomb", "left"], &["exploded"], &["truck", "bomb*"],
        &["explosive", "device"], &["explosive", "devices"], &["bomb", "went", "off"], &["bombs", "went", "off"],
        &["device", "went", "off"], &["did", "not", "go", "off"], &["failed", "to", "explode"],
        &["failed", "to", "detonate"],
    ],
    Grenade: [&["grenade*"]],
    Chemical: [
        &["chemical", "attack*"], &["chemical", "weapon*"], &["sarin"], &["chlorine", "gas"], &["poison", "gas"],
        &["toxic", "gas*"], &["nerve", "agent"], &["mustard", "gas"],
    ],
    Abduction: [
        &["kidnap*"], &["abduct*"], &["taken", "hostage"], &["took", "hostage*"], &["held", "hostage"],
        &["forcibly", "disappeared"],
    ],
    Sexual: [&["raped"], &["rape"], &["sexual", "violence"], &["sexually", "assaulted"], &["sexual", "assault"]],
    Kill: [
        &["killed"], &["killing*"], &["kills"], &["kill"], &["shot", "dead"], &["murder*"], &["executed"],
        &["beheaded"], &["beat", "to", "death"], &["beaten", "to", "death"], &["beating", "to", "death"],
        &["stoned", "to", "death"], &["hacked", "to", "death"], &["clubbed", "to", "death"], &["massacre*"], &["neutralized"], &["neutralised"], &["liquidated"], &["eliminated"],
        &["gunned", "down"], &["opened", "fire"], &["opens", "fire"], &["open", "fire"], &["opening", "fire"], &["stabbed"], &["stabbing*"], &["assassinat*"], &["slaying"],
        &["slain"], &["shot", "to", "death"], &["execution", "of"], &["poisoned"], &["beaten"], &["beat", "up"],
        &["beheading"],
    ],
    Attack: [
        &["attack"], &["attacks"], &["attacked"], &["attacking"], &["terrorist", "act"], &["terrorist", "attack*"],
        &["stormed"], &["raided"], &["raid"], &["assault", "on"], &["an", "assault"],
    ],
    Arrest: [
        &["arrested"], &["arrests"], &["detained"], &["detains"], &["detaining"], &["apprehended"], &["captured"], &["rounded", "up"],
        &["seized"], &["seizing"], &["seizes"], &["capture", "of"], &["takeover", "of"], &["arrest"], &["were", "caught"], &["was", "caught"],
        &["taken", "into", "custody"], &["detention", "of"],
    ],
    Legal: [
        &["criminal", "proceedings"], &["criminal", "case"], &["criminal", "charges"], &["charged", "with"],
        &["indicted"], &["pre-trial", "investigation"], &["sentenced"], &["convicted"], &["put", "on", "trial"],
        &["opened", "a", "probe"], &["opened", "an", "investigation"], &["launched", "an", "investigation"],
        &["investigation", "has", "been", "opened"], &["are", "investigating"], &["arrest", "warrant*"],
        &["indictment"],
    ],
    Founded: [
        &["was", "created"], &["was", "founded"], &["was", "formed"], &["was", "established"], &["founded", "in"],
        &["formed", "in"], &["its", "formation"], &["was", "set", "up"], &["appointed", "him", "to", "lead"],
        &["became", "the", "leader"], &["became", "leader"], &["took", "over", "as", "leader"],
        &["merged", "with"],
        &["merged", "into"], &["was", "renamed"], &["renamed", "itself"], &["calling", "itself"],
        &["rebranded"], &["named", "its", "new", "leader"], &["named", "a", "new", "leader"],
        &["new", "leader", "of"], &["announced", "its", "dissolution"], &["disbanded"], &["broke", "away", "from"],
        &["splinter", "group"], &["in", "a", "movement", "called"], &["surrendered", "to"],
    ],
    Protest: [
        &["protest*"], &["demonstrat*"], &["rally"], &["rallies"], &["rallied"], &["marched"], &["sit-in"],
        &["strike", "action"], &["hunger", "strike"], &["went", "on", "strike"], &["general", "strike"],
    ],
    Riot: [
        &["riot*"], &["mob"], &["looted"], &["looting"], &["set", "ablaze"], &["torched"], &["lynch*"],
        &["vandalized"], &["vandalised"], &["ransacked"], &["set", "fire", "to"], &["burned", "down"],
        &["burnt", "down"], &["rushed", "at", "one", "another"], &["sucker-punch*"], &["pelted"],
        &["threw", "stones"], &["hurled", "stones"], &["throwing", "stones"], &["hurling", "stones"],
        &["stone-throwing"], &["set", "on", "fire"], &["set", "alight"],
        &["petrol", "bomb*"], &["gasoline", "bomb*"], &["molotov", "cocktail*"],
    ],
    Territory: [
        &["retook"], &["retaken"], &["retaking"], &["recaptured"], &["recapture"], &["took", "control"], &["take", "control"], &["seize", "control"],
        &["take", "full", "control"], &["takes", "full", "control"], &["taken", "full", "control"],
        &["taken", "control"], &["takes", "control"], &["taking", "control"], &["seized", "control"], &["seizes", "control"], &["gained", "control"], &["overran"], &["liberated"],
        &["liberation", "of"], &["retake"], &["took", "full", "control"],
        &["took", "near", "complete", "control"], &["took", "complete", "control"], &["regained", "control"],
        &["regained", "full", "control"],
        &["re-take*"], &["re-captur*"], &["retakes"], &["recaptures"], &["recapturing"],
    ],
    Coercion: [
        &["coup"], &["coup", "attempt"], &["military", "coup"], &["seized", "power"], &["ban", "on", "public"],
        &["banned", "protests"], &["banned", "demonstrations"], &["imposed", "a", "curfew"],
        &["declared", "martial", "law"], &["imposed", "martial", "law"], &["declared", "a", "state", "of", "emergency"],
        &["imposed", "a", "state", "of", "emergency"], &["declared", "emergency", "rule"], &["imposed", "emergency", "rule"],
    ],
    Agreement: [
        &["ceasefire"], &["cease-fire"], &["truce"], &["peace", "deal"], &["peace", "agreement"],
        &["peace", "accord"], &["prisoner", "exchange"], &["prisoner", "swap"], &["signed", "an", "agreement"],
        &["agreement"], &["agreed", "to"], &["agreeing", "to"], &["agrees", "to"],
    ],
    Withdrawal: [
        &["withdraw"], &["withdraws"], &["withdrew"], &["withdrawn"], &["withdrawing"], &["withdrawal", "from"],
        &["pulled", "out", "of"], &["pull", "out", "of"], &["pulls", "out", "of"],
    ],
    Foil: [
        &["prevented"], &["thwarted"], &["intercepted"], &["intercepts"], &["foiled"], &["disrupted"], &["averted"], &["stopped", "the", "activities"],
        &["stopped", "an", "attack"], &["defused"], &["seized", "weapons"], &["seized", "explosives"],
        &["arms", "cache"], &["weapons", "cache"], &["prevent"], &["thwart"], &["foil"],
    ],
};

/// Words after which a plot or attack is only planned.
pub const PLANNING: &[&str] = &[
    "plan",
    "planned",
    "planning",
    "plans",
    "plot",
    "plotted",
    "plotting",
    "plots",
    "prepare",
    "prepared",
    "preparing",
    "intend",
    "intended",
    "intending",
    "conspired",
    "conspiring",
    "aimed",
    "aiming",
];
pub const ATTEMPT: &[&str] = &["attempted", "attempt", "tried", "failed"];
pub const THREAT: &[&str] = &["threatened", "threatens", "threaten", "vowed", "warned"];
pub const HYPOTHETICAL: &[&str] = &["would", "could", "might", "may", "if"];
pub const DENIAL: &[&str] = &["denied", "denies", "deny", "rejected"];
pub const CLAIM: &[&str] = &["claimed", "claims", "claim"];
pub const NEGATION: &[&str] = &["not", "no", "never", "n't"];

pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "announced",
    "stated",
    "claimed",
    "confirmed",
    "told",
    "added",
    "according",
    "alleged",
    "noted",
    "declared",
    "announces",
    "reporting",
];
/// Verbs of commenting: who condemns or welcomes an event is no party to it.
pub const COMMENTING: &[&str] = &[
    "condemns",
    "condemned",
    "condemn",
    "welcomes",
    "welcomed",
    "welcome",
    "denounced",
    "denounces",
    "deplored",
    "deplores",
    "urged",
    "urges",
];
/// Verbs of blaming: the incident told as their object ("blamed the ELN for the
/// bombing") is not dated by the day of the blame.
pub const BLAMING: &[&str] = &["blamed", "blames", "blame", "accused", "accuses", "accusing", "blaming"];
pub const HEDGES: &[&str] = &["reportedly", "allegedly", "purportedly", "apparently", "unconfirmed", "supposedly"];

/// Nouns that refer back to the document's armed group.
pub const GROUP_NOUNS: &[&str] = &[
    "militants",
    "terrorists",
    "insurgents",
    "rebels",
    "gunmen",
    "jihadists",
    "fighters",
    "cell",
    "criminals",
    "attackers",
    "assailants",
    "extremists",
    "militant",
    "terrorist",
    "insurgent",
    "group",
];
/// Nouns for unarmed victims.
pub const CIVILIAN_NOUNS: &[&str] = &[
    "civilians",
    "civilian",
    "people",
    "villagers",
    "residents",
    "worshippers",
    "parishioners",
    "students",
    "children",
    "women",
    "passengers",
    "pilgrims",
    "shoppers",
    "farmers",
    "journalists",
    "teachers",
    "protesters",
    "demonstrators",
    "families",
    "men",
    "citizens",
];

/// Singular nouns for one person: the object of a lethal word that counts one dead
/// ("killed a businessman", "the killing of her husband").
pub const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "baby",
    "teenager",
    "youth",
    "person",
    "individual",
    "student",
    "teacher",
    "journalist",
    "reporter",
    "photographer",
    "businessman",
    "businesswoman",
    "trader",
    "merchant",
    "shopkeeper",
    "vendor",
    "farmer",
    "shepherd",
    "herder",
    "villager",
    "resident",
    "civilian",
    "driver",
    "motorist",
    "pedestrian",
    "passenger",
    "worker",
    "employee",
    "engineer",
    "contractor",
    "soldier",
    "policeman",
    "policewoman",
    "officer",
    "guard",
    "bodyguard",
    "commander",
    "leader",
    "chief",
    "elder",
    "official",
    "mayor",
    "governor",
    "lawmaker",
    "politician",
    "activist",
    "protester",
    "demonstrator",
    "priest",
    "imam",
    "cleric",
    "pastor",
    "monk",
    "nun",
    "doctor",
    "nurse",
    "lawyer",
    "judge",
    "prosecutor",
    "militant",
    "fighter",
    "rebel",
    "insurgent",
    "suspect",
    "kidnapper",
    "gunman",
    "bomber",
    "spy",
    "informant",
    "collaborator",
    "husband",
    "wife",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "relative",
    "neighbour",
    "neighbor",
    "pilgrim",
    "tourist",
    "colonel",
    "general",
    "captain",
    "sergeant",
    "lieutenant",
    "trooper",
    "figure",
    "member",
    "militiaman",
    "member",
    "supporter",
    "candidate",
    "councillor",
    "councilor",
    "minister",
    "diplomat",
    "ambassador",
    "envoy",
    "tribesman",
    "refugee",
    "migrant",
    "prisoner",
    "detainee",
    "hostage",
    "inmate",
    "worshipper",
    "victim",
];

/// Nouns after an incident word that make it a name for someone or something rather
/// than a report: "bombing suspect", "attack victims", "bombing trial".
pub const INCIDENT_REFERENCE: &[&str] =
    &["suspect", "suspects", "victim", "victims", "survivor", "survivors", "trial", "probe", "anniversary", "memorial"];

/// Words that say the police stepped in at a demonstration: a protest with intervention.
pub const INTERVENTION: &[&str] = &[
    "dispersed",
    "disperse",
    "dispersing",
    "tear",
    "teargas",
    "tear-gas",
    "cannon",
    "cannons",
    "batons",
    "truncheons",
    "detained",
    "arrested",
    "detaining",
    "arresting",
    "scuffled",
    "scuffles",
    "confrontation",
    "kettled",
    "pepper",
];
/// Words of a crowd that is no demonstration: its violence is mob violence.
pub const MOB_NOUNS: &[&str] =
    &["mob", "mobs", "vigilante", "vigilantes", "lynch", "lynched", "lynching", "crowd", "crowds"];
/// People of a place who, as the ones who attack, are a mob: "villagers attacked a group
/// of travellers", "residents beat two men to death", "killed by local residents".
pub const COMMUNITY_NOUNS: &[&str] = &["residents", "villagers", "locals", "neighbours", "neighbors", "townspeople"];
/// Whether a word tells of a demonstration, a riot or a crowd ("protesters", "rallies",
/// "rioting", "crowds", "unrest"); not "Protestant", "demonstrates".
pub fn demonstration_word(w: &str) -> bool {
    let stem = ["protest", "demonstrat", "riot", "rally", "rallie", "march"];
    (stem.iter().any(|p| w.starts_with(p)) && !NOT_TRIGGERS.contains(&w) && w != "march")
        || PROTESTER_NOUNS.contains(&w)
        || MOB_NOUNS.contains(&w)
        || matches!(w, "crowds" | "unrest")
}
/// Riot words that damage property rather than people.
pub const PROPERTY_WORDS: &[&str] = &[
    "looted",
    "looting",
    "torched",
    "ablaze",
    "alight",
    "vandalized",
    "vandalised",
    "ransacked",
    "fire",
    "burned",
    "burnt",
];

/// Words a trigger prefix would match that name no event ("protest*" is no
/// "Protestant", "firefight*" no "firefighters", "demonstrates" shows).
pub const NOT_TRIGGERS: &[&str] = &[
    "protestant",
    "protestants",
    "firefighter",
    "firefighters",
    "demonstrates",
    "demonstrate",
    "demonstration-free",
    "battleground",
    "battlegrounds",
    "battlefield",
    "battlefields",
    "battleship",
    "battleships",
    "riotous",
    "clashing",
];

/// Objects of a foiling verb that make it a foiled attack: "prevented a terrorist act",
/// "thwarted the plot"; "to prevent a further dip in morale" foils nothing.
pub const PLOT_WORDS: &[&str] = &[
    "attack",
    "attacks",
    "act",
    "acts",
    "plot",
    "plots",
    "bombing",
    "bombings",
    "attempt",
    "assassination",
    "massacre",
    "terrorist",
    "terror",
    "explosion",
    "blast",
    "activities",
    "cell",
    "bomb",
    "bombs",
    "operation",
    "hijacking",
    "kidnapping",
    "shooting",
];

/// Verbs that make an agreement ("agreed to a truce", "declared a ceasefire").
pub const AGREEING: &[&str] = &[
    "agreed",
    "agree",
    "agrees",
    "signed",
    "sign",
    "signs",
    "reached",
    "reach",
    "declared",
    "declare",
    "declares",
    "announced",
    "announces",
    "announce",
    "reaches",
    "extended",
    "extend",
    "extends",
    "brokered",
    "struck",
    "accepted",
    "call",
    "called",
    "calls",
    "negotiated",
    "concluded",
];
/// Verbs after an agreement noun that tell it took (or ended its) effect.
pub const AGREEMENT_TAKES_EFFECT: &[&str] = &[
    "began",
    "begins",
    "took",
    "takes",
    "came",
    "went",
    "ended",
    "signed",
    "reached",
    "agreed",
    "brokered",
    "announced",
    "declared",
    "holds",
    "held",
];

/// Auxiliary verbs: one before a trigger makes the trigger its clause's verb ("a number
/// of militants were killed").
pub const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "be", "been", "being", "has", "have", "had"];

/// Nouns for a run of incidents ("a wave of attacks", "a series of bombings"): their toll
/// sums several incidents.
pub const SERIES_NOUNS: &[&str] = &["wave", "series", "string", "spate", "spree", "rash", "campaign"];

/// Heads that make an incident word after them generic ("the threat of attacks", "a
/// rise in kidnappings", "the fight against terrorism").
pub const GENERIC_HEADS: &[&str] = &[
    "threat",
    "threats",
    "risk",
    "risks",
    "fear",
    "fears",
    "danger",
    "dangers",
    "rise",
    "increase",
    "surge",
    "decline",
    "number",
    "fight",
    "war",
    "campaign",
    "prevention",
    "history",
    "culture",
    "epidemic",
];

/// Plural incident nouns: without a date, a place or a number of their own they name
/// no one incident ("protests", "airstrikes").
pub const PLURAL_NOUNS: &[&str] = &[
    "protests",
    "demonstrations",
    "rallies",
    "clashes",
    "airstrikes",
    "bombings",
    "explosions",
    "blasts",
    "killings",
    "kidnappings",
    "abductions",
    "arrests",
    "riots",
    "shootings",
    "raids",
    "massacres",
    "assassinations",
    "ambushes",
];

/// Nouns whose capture or seizure is territory ("captured the town", "seized the area").
pub const TERRITORY_NOUNS: &[&str] =
    &["area", "town", "city", "village", "district", "territory", "base", "governorate"];
/// Nouns for armed people and military sites: violence against them is a battle.
pub const ARMED_NOUNS: &[&str] = &[
    "soldier",
    "soldiers",
    "troops",
    "policeman",
    "policemen",
    "police",
    "militant",
    "militants",
    "fighters",
    "fighter",
    "insurgents",
    "rebels",
    "guerrillas",
    "gunmen",
    "army",
    "military",
    "checkpoint",
    "patrol",
    "convoy",
    "garrison",
    "generals",
    "general",
    "commander",
    "commanders",
    "servicemen",
    "servicemembers",
    "forces",
    "officers",
    "jihadists",
];
/// Natural hazards and illnesses: what they kill is no political violence (nouns only:
/// "flood the city with missiles", "storm the base" are no hazards).
pub const NATURAL_CAUSES: &[&str] = &[
    "earthquake",
    "earthquakes",
    "quake",
    "floods",
    "flooding",
    "cyclone",
    "hurricane",
    "typhoon",
    "tsunami",
    "landslide",
    "landslides",
    "avalanche",
    "cancer",
    "illness",
    "disease",
    "cholera",
    "outbreak",
    "epidemic",
    "pandemic",
    "meningitis",
    "ebola",
    "measles",
    "malaria",
    "dengue",
    "mpox",
    "influenza",
    "hantavirus",
    "overdose",
    "heatwave",
    "mudslide",
    "mudslides",
    "tornado",
    "tornadoes",
    "blizzard",
    "lightning",
    "eruption",
];
/// Verbs of accidents ("a bus overturns", "a gold mine collapses", "a ferry capsized"):
/// with [`ACCIDENTS`], what a sentence may give as its deaths' cause when it tells no
/// violence ([`VIOLENCE_CUES`]).
pub const ACCIDENT_VERBS: &[&str] = &[
    "collapse",
    "collapses",
    "collapsed",
    "overturns",
    "overturned",
    "capsizes",
    "capsize",
    "plunges",
    "plunged",
    "derails",
    "derailed",
    "collides",
    "collided",
    "crashed",
    "sank",
    "sinks",
    "drowned",
    "drowning",
    "electrocuted",
    "fireworks",
    "firecracker",
    "firecrackers",
    "boiler",
];
/// Words that tell violence done by people: a sentence with one of them (or a weapon of
/// [`WEAPONS`] other than an aircraft) keeps its deaths whatever accident it also tells
/// ("a helicopter crashed after rebels shot it down").
pub const VIOLENCE_CUES: &[&str] = &[
    "attack",
    "attacks",
    "attacked",
    "attacker",
    "attackers",
    "gunman",
    "gunmen",
    "shooting",
    "shootings",
    "shooter",
    "bombing",
    "bombings",
    "bomber",
    "shelling",
    "shelled",
    "fighting",
    "battle",
    "battles",
    "raid",
    "raids",
    "raided",
    "abducted",
    "kidnapped",
    "hostages",
    "clashes",
    "clashed",
    "fought",
    "ambush",
    "ambushed",
    "arson",
    "arsonists",
    "militants",
    "insurgents",
    "rebels",
    "terrorists",
    "terrorist",
    "stabbing",
    "massacre",
    "murder",
    "murdered",
    "executed",
    "sabotage",
    "terrorism",
    "terror",
    "violence",
    "deliberately",
    "intentionally",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "warplane",
    "warplanes",
    "gunships",
];
/// Animals whose attacks are no political violence ("a bull shark attack", "trampled by
/// elephants").
pub const ANIMALS: &[&str] = &[
    "shark",
    "sharks",
    "crocodile",
    "crocodiles",
    "alligator",
    "bear",
    "bears",
    "tiger",
    "tigers",
    "lion",
    "lions",
    "leopard",
    "elephant",
    "elephants",
    "hippo",
    "snake",
    "dog",
    "dogs",
    "wolf",
    "wolves",
    "bull",
    "herd",
];
/// Vehicles: two of them told with a collision ("a minivan rammed into a stationary bus")
/// make a road accident.
pub const VEHICLES: &[&str] = &[
    "bus",
    "buses",
    "minibus",
    "minivan",
    "van",
    "truck",
    "trucks",
    "lorry",
    "car",
    "cars",
    "train",
    "tram",
    "tanker",
    "coach",
    "motorcycle",
    "boat",
    "whaleboat",
    "ferry",
    "vehicle",
];
/// Accidents that kill ("a plane crash", "a stampede"): no political violence.
pub const ACCIDENTS: &[&str] = &[
    "crash",
    "crashes",
    "collision",
    "derailment",
    "stampede",
    "shipwreck",
    "capsized",
    "blaze",
    "wildfire",
    "wildfires",
];
/// Words of ordinary crime: an arrest for them alone is no political event.
pub const ORDINARY_CRIME: &[&str] = &[
    "drug",
    "drugs",
    "cocaine",
    "heroin",
    "methamphetamine",
    "narcotics",
    "fentanyl",
    "smuggling",
    "smuggler",
    "smugglers",
    "trafficker",
    "traffickers",
    "fraud",
    "laundering",
    "theft",
    "robbery",
    "burglary",
    "cyberattacks",
    "cybercrime",
    "scam",
    "scams",
];
/// Word beginnings that make an arrest political or armed whatever crime is named with
/// it ("activists", "protesters", "militants", "terrorism", "weapons", "missiles").
pub const POLITICAL_CHARGES: &[&str] = &[
    "protest",
    "demonstrat",
    "activist",
    "journalist",
    "opposition",
    "dissident",
    "militant",
    "terror",
    "insurg",
    "rebel",
    "extremis",
    "jihad",
    "weapon",
    "arms",
    "explosiv",
    "bomb",
    "plot",
    "coup",
    "separatis",
    "spy",
    "espionage",
    "treason",
    "sedition",
    "politic",
    "missile",
    "rocket",
    "grenade",
    "ammunition",
    "firearm",
    "gun",
    "rifle",
    "anti-aircraft",
];
/// Offices of politically relevant people ("arrest former Peruvian foreign minister …"),
/// whole words: an arrest of one is political whatever the charge. Only the arrested
/// count ("Interior Minister X said police arrested 12 smugglers" is ordinary crime).
pub const POLITICAL_TITLES: &[&str] = &[
    "minister",
    "ministers",
    "senator",
    "senators",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "mayor",
    "mayors",
    "governor",
    "governors",
];
/// Nouns for who speaks for a force or an office ("police spokesman", "army sources"):
/// the word before them names no party to the event.
pub const SPEAKER_NOUNS: &[&str] =
    &["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "statement", "source", "sources"];
/// Verbs that tell who reports an event ("police said", "officials told reporters"):
/// their subject is a source, no victim.
pub const SAYING_VERBS: &[&str] =
    &["said", "say", "says", "told", "reported", "added", "confirmed", "stated", "blamed", "announced"];
/// Words before a trigger that tell a new incident, not a retelling.
pub const FRESH: &[&str] = &["separate", "another", "similar", "other", "second", "third", "elsewhere", "further"];
/// Nouns for demonstrators: killing them is excessive force, clashing with them a riot.
pub const PROTESTER_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "marchers",
    "youths",
    "stone-throwers",
    "protester",
    "protestor",
    "demonstrator",
];
/// Plural nouns for things a number may count next to a lethal word ("fired 20 rockets",
/// "about 30 houses were burned", "40 kilometres from"): never a toll.
pub const THING_NOUNS: &[&str] = &[
    "houses",
    "homes",
    "buildings",
    "shops",
    "vehicles",
    "trucks",
    "cars",
    "buses",
    "rockets",
    "missiles",
    "shells",
    "rounds",
    "bombs",
    "drones",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "percent",
    "dollars",
];
/// Nouns for people whose plural has no "s" ("12 police", "three men").
pub const COLLECTIVE_NOUNS: &[&str] =
    &["people", "men", "women", "children", "police", "personnel", "staff", "militia", "youth", "crew", "infantry"];
/// Words that say nobody died in the incident told.
pub const NO_DEATHS: &[&[&str]] = &[
    &["no", "fatalities"],
    &["no", "deaths"],
    &["no", "casualties"],
    &["no", "injuries"],
    &["no", "one", "was", "killed"],
    &["no", "one", "was", "injured"],
    &["no", "one", "was", "hurt"],
    &["nobody", "was", "killed"],
    &["nobody", "was", "injured"],
    &["no", "one", "died"],
    &["did", "not", "kill", "anyone"],
    &["did", "not", "injure", "anyone"],
    &["not", "injure", "anyone"],
    &["treated", "and", "released"],
    &["no", "serious", "injuries"],
    &["no", "one", "was", "seriously"],
];
/// Nouns whose "in X" names the target's place, not the event's.
pub const TARGET_NOUNS: &[&str] = &[
    "synagogue",
    "mosque",
    "church",
    "school",
    "embassy",
    "institutions",
    "institution",
    "temple",
    "hospital",
    "consulate",
    "office",
    "offices",
    "building",
    "concert",
    "hall",
    "market",
];

pub const WEAPONS: &[(&str, &str)] = &[
    ("firearms", "firearms"),
    ("firearm", "firearms"),
    ("guns", "firearms"),
    ("gun", "firearms"),
    ("rifles", "firearms"),
    ("rifle", "firearms"),
    ("pistol", "firearms"),
    ("pistols", "firearms"),
    ("ak-47", "firearms"),
    ("gunfire", "firearms"),
    ("shot", "firearms"),
    ("explosives", "explosives"),
    ("explosive", "explosives"),
    ("bomb", "explosives"),
    ("bombs", "explosives"),
    ("ied", "explosives"),
    ("ieds", "explosives"),
    ("drone", "drone"),
    ("drones", "drone"),
    ("artillery", "artillery"),
    ("mortar", "artillery"),
    ("mortars", "artillery"),
    ("rocket", "missile"),
    ("rockets", "missile"),
    ("missile", "missile"),
    ("missiles", "missile"),
    ("grenade", "grenade"),
    ("grenades", "grenade"),
    ("knife", "bladed weapon"),
    ("knives", "bladed weapon"),
    ("machete", "bladed weapon"),
    ("machetes", "bladed weapon"),
    ("stabbed", "bladed weapon"),
    ("airstrike", "aircraft"),
    ("airstrikes", "aircraft"),
    ("warplanes", "aircraft"),
    ("warplane", "aircraft"),
    ("helicopters", "aircraft"),
    ("helicopter", "aircraft"),
    ("gunships", "aircraft"),
    ("jets", "aircraft"),
    ("jet", "aircraft"),
    ("planes", "aircraft"),
    ("aircraft", "aircraft"),
];

pub fn number_word(w: &str) -> Option<(u32, bool)> {
    // (value, vague)
    let n = match w {
        "a" | "an" => 1,
        "both" | "pair" => 2,
        "dozen" => 12,
        "hundred" => 100,
        "several" | "many" => return Some((10, true)),
        "dozens" | "scores" => return Some((12, true)),
        "hundreds" => return Some((100, true)),
        "thousands" => return Some((1000, true)),
        _ => match tidings_text::number_word(w) {
            Some(n) => n,
            None => return w.replace(',', "").parse().ok().filter(|&n| n < 100_000).map(|n| (n, false)),
        },
    };
    Some((n, false))
}

/// PLOVER interactions that ACLED does not code, by the words that name them: (phrase,
/// category). Written from the PLOVER codebook's category definitions; tried longest
/// first on sentences that hold no ACLED event.
pub const PLOVER_PHRASES: &[(&[&str], &str)] = &[
    // AGREE: agree to, sign, accept, promise.
    (&["agreed"], "AGREE"),
    (&["agree"], "AGREE"),
    (&["agrees"], "AGREE"),
    (&["signed"], "AGREE"),
    (&["accepted"], "AGREE"),
    (&["accepts"], "AGREE"),
    (&["promised"], "AGREE"),
    (&["pledged"], "AGREE"),
    (&["will", "release"], "AGREE"),
    // CONSULT: meet, talk, visit, mediate.
    (&["met"], "CONSULT"),
    (&["meet"], "CONSULT"),
    (&["meets"], "CONSULT"),
    (&["talks"], "CONSULT"),
    (&["held", "talks"], "CONSULT"),
    (&["discussed"], "CONSULT"),
    (&["visited"], "CONSULT"),
    (&["mediation"], "CONSULT"),
    (&["mediate"], "CONSULT"),
    (&["negotiated"], "CONSULT"),
    (&["negotiations"], "CONSULT"),
    (&["consulted"], "CONSULT"),
    // SUPPORT: praise, endorse, back, defend.
    (&["praised"], "SUPPORT"),
    (&["endorsed"], "SUPPORT"),
    (&["backed"], "SUPPORT"),
    (&["supports"], "SUPPORT"),
    (&["supported"], "SUPPORT"),
    (&["hailed"], "SUPPORT"),
    (&["commended"], "SUPPORT"),
    (&["defended"], "SUPPORT"),
    (&["forgive"], "SUPPORT"),
    // CONCEDE: lift, ease, release, apologize, pardon.
    (&["lifted"], "CONCEDE"),
    (&["eased"], "CONCEDE"),
    (&["released"], "CONCEDE"),
    (&["freed"], "CONCEDE"),
    (&["apologized"], "CONCEDE"),
    (&["apologised"], "CONCEDE"),
    (&["pardoned"], "CONCEDE"),
    (&["amnesty"], "CONCEDE"),
    (&["conceded"], "CONCEDE"),
    (&["relaxed"], "CONCEDE"),
    // COOPERATE: work together.
    (&["cooperate"], "COOPERATE"),
    (&["cooperation"], "COOPERATE"),
    (&["collaborate"], "COOPERATE"),
    (&["work", "together"], "COOPERATE"),
    (&["joint", "patrols"], "COOPERATE"),
    // AID: give material help.
    (&["aid"], "AID"),
    (&["assistance"], "AID"),
    (&["donated"], "AID"),
    (&["humanitarian"], "AID"),
    (&["relief", "supplies"], "AID"),
    (&["opened", "its", "borders"], "AID"),
    // RETREAT: withdraw, surrender, disarm.
    (&["withdrew"], "RETREAT"),
    (&["withdraw"], "RETREAT"),
    (&["withdrawal"], "RETREAT"),
    (&["retreated"], "RETREAT"),
    (&["surrendered"], "RETREAT"),
    (&["pulled", "out"], "RETREAT"),
    (&["disarmed"], "RETREAT"),
    (&["demobilize"], "RETREAT"),
    // REQUEST: demand, urge, call for, appeal.
    (&["demanded"], "REQUEST"),
    (&["demands"], "REQUEST"),
    (&["demand"], "REQUEST"),
    (&["urged"], "REQUEST"),
    (&["urges"], "REQUEST"),
    (&["called", "on"], "REQUEST"),
    (&["called", "for"], "REQUEST"),
    (&["calls", "for"], "REQUEST"),
    (&["asked"], "REQUEST"),
    (&["appealed"], "REQUEST"),
    (&["requested"], "REQUEST"),
    // ACCUSE: accuse, blame, condemn, criticize, investigate.
    (&["accused"], "ACCUSE"),
    (&["accuses"], "ACCUSE"),
    (&["blamed"], "ACCUSE"),
    (&["condemned"], "ACCUSE"),
    (&["condemns"], "ACCUSE"),
    (&["criticized"], "ACCUSE"),
    (&["criticised"], "ACCUSE"),
    (&["denounced"], "ACCUSE"),
    (&["investigation"], "ACCUSE"),
    (&["investigating"], "ACCUSE"),
    // REJECT: refuse, reject, veto, violate.
    (&["rejected"], "REJECT"),
    (&["rejects"], "REJECT"),
    (&["refused"], "REJECT"),
    (&["refuses"], "REJECT"),
    (&["vetoed"], "REJECT"),
    (&["violated"], "REJECT"),
    (&["dismissed"], "REJECT"),
    (&["out", "of", "the", "question"], "REJECT"),
    // THREATEN: threaten, warn, vow.
    (&["threatened"], "THREATEN"),
    (&["threatens"], "THREATEN"),
    (&["threaten"], "THREATEN"),
    (&["warned"], "THREATEN"),
    (&["vowed"], "THREATEN"),
    (&["ultimatum"], "THREATEN"),
    // SANCTION: sanctions, embargo, suspend, expel, sever ties.
    (&["sanctions"], "SANCTION"),
    (&["sanctioned"], "SANCTION"),
    (&["embargo"], "SANCTION"),
    (&["suspended"], "SANCTION"),
    (&["expelled"], "SANCTION"),
    (&["severed"], "SANCTION"),
    (&["froze"], "SANCTION"),
    (&["boycott"], "SANCTION"),
    (&["recalled", "its", "ambassador"], "SANCTION"),
    (&["closed", "its", "borders"], "SANCTION"),
    // MOBILIZE: mobilize, deploy, put on alert.
    (&["mobilized"], "MOBILIZE"),
    (&["mobilised"], "MOBILIZE"),
    (&["deployed"], "MOBILIZE"),
    (&["on", "alert"], "MOBILIZE"),
    (&["massed"], "MOBILIZE"),
    (&["reinforcements"], "MOBILIZE"),
    // COERCE: force, confiscate, blockade.
    (&["confiscated"], "COERCE"),
    (&["blockade"], "COERCE"),
    (&["forced"], "COERCE"),
    (&["evicted"], "COERCE"),
    (&["deported"], "COERCE"),
];
