use super::*;

const FSB: &str = include_str!("../../../examples/fsb-kaluga-isk.txt");

fn run(text: &str) -> Entities {
    let seg = Segmented::new(text);
    Recognizer::bundled().recognize(text, &seg)
}

fn label_of(text: &str, ents: &Entities, surface: &str) -> Vec<Label> {
    ents.entities.iter().filter(|e| &text[e.start..e.end] == surface).map(|e| e.label).collect()
}

#[test]
fn countries_in_the_example_are_places() {
    let ents = run(FSB);
    for c in
        ["Sri Lanka", "Maldives", "Bangladesh", "China", "Pakistan", "Tajikistan", "India", "Myanmar", "Afghanistan"]
    {
        let labels = label_of(FSB, &ents, c);
        assert!(!labels.is_empty() && labels.iter().all(|l| *l == Label::Gpe), "{c}: {labels:?}");
    }
    let kazakh = ents.entities.iter().find(|e| &FSB[e.start..e.end] == "Kazakh").unwrap();
    assert_eq!((kazakh.label, kazakh.country.as_deref()), (Label::Norp, Some("KZ")));
}

#[test]
fn people_and_organizations_in_the_example() {
    let ents = run(FSB);
    for p in ["Hafiz Saeed Khan", "Abdul Rauf Aliza", "Abdullah Orokzai"] {
        assert_eq!(label_of(FSB, &ents, p), [Label::Per], "{p}");
    }
    for o in ["Federal Security Service", "FSB", "IS-K", "KNB", "Taliban", "Islamic State-Khorasan"] {
        let labels = label_of(FSB, &ents, o);
        assert!(!labels.is_empty() && labels.iter().all(|l| *l == Label::Org), "{o}: {labels:?}");
    }
}

#[test]
fn acronyms_join_their_long_forms() {
    let ents = run(FSB);
    let isk = ents.clusters.iter().find(|c| names_cluster(c, "IS-K")).unwrap();
    assert!(names_cluster(isk, "Islamic State-Khorasan"));
    assert_eq!(isk.kind, ActorKind::TerrorGroup);
    let fsb = ents.clusters.iter().find(|c| names_cluster(c, "FSB")).unwrap();
    assert_eq!(
        (fsb.name.as_str(), fsb.country.as_deref(), fsb.kind),
        ("Federal Security Service", Some("RU"), ActorKind::StateForce)
    );
    let knb = ents.clusters.iter().find(|c| names_cluster(c, "KNB")).unwrap();
    assert_eq!((knb.name.as_str(), knb.country.as_deref()), ("National Security Committee of Kazakhstan", Some("KZ")));
    // Every FSB mention (including "FSB’s") is in one cluster.
    let n = FSB.matches("FSB").count();
    assert_eq!(fsb.spans.len(), n + 1, "{:?}", fsb.spans); // + "Federal Security Service"
}

#[test]
fn generic_state_actors() {
    let ents = run(FSB);
    let us = ents.clusters.iter().find(|c| c.name == "Military Forces of the United States").unwrap();
    assert_eq!(us.kind, ActorKind::StateForce);
    assert!(ents.clusters.iter().any(|c| c.name == "Intelligence Services of Afghanistan"));
    assert!(ents.clusters.iter().any(|c| c.name == "Security Forces of Russia"));
}

#[test]
fn spans_align() {
    let ents = run(FSB);
    for m in ents.mentions(FSB) {
        assert_eq!(&FSB[m.span.start..m.span.end], m.span.text);
    }
}

#[test]
fn actor_ids_are_unique_within_a_document() {
    let text = "MIKE said the attack was over. Mike later told reporters that Mike and MIKE agreed.";
    let ents = run(text);
    let mut ids: Vec<String> = ents.clusters.iter().map(Cluster::id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "{:?}", ents.clusters);
}

#[test]
fn a_given_name_after_the_full_name_is_the_person_not_a_town() {
    let text =
        "Witness Florence Adams was wounded in the attack on Monday. Florence told reporters she saw the gunman.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Florence"), [Label::Per]);
}

#[test]
fn an_unknown_name_described_as_a_group_s_leader_is_a_person() {
    let text = "The program offers a reward for Sanaullah Ghafari, the leader of the Islamic State Khorasan \
                Province (ISKP).";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Sanaullah Ghafari"), [Label::Per]);
    // A known place stays a place.
    let text = "Kabul, the head of the Afghan government's delegation said, was calm.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Kabul"), [Label::Gpe]);
}

#[test]
fn two_names_the_acronym_spells_together_are_one() {
    let text = "An airstrike killed the emir of the Islamic State of Iraq and the Levant-Khorasan (ISIL-K) in July.";
    let ents = run(text);
    let name = "Islamic State of Iraq and the Levant-Khorasan";
    assert_eq!(label_of(text, &ents, name), [Label::Org], "{:?}", ents.entities);
    let cluster = ents.clusters.iter().find(|c| c.aliases.iter().any(|(n, _)| n == "ISIL-K")).expect("ISIL-K");
    assert!(cluster.aliases.iter().any(|(n, _)| n == name), "{:?}", cluster.aliases);
}

#[test]
fn a_compass_word_coordinated_with_a_region_is_no_place_of_its_own() {
    let text = "The group is active in South and Central Asia, mostly in Afghanistan.";
    let ents = run(text);
    assert!(label_of(text, &ents, "South").is_empty(), "{:?}", ents.entities);
    assert_eq!(label_of(text, &ents, "South and Central Asia"), [Label::Loc]);
}

#[test]
fn clubs_named_after_towns_are_organizations() {
    let text = "Manchester United beat Bayern Munich on Tuesday in Mexico City.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Manchester United"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Bayern Munich"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Mexico City"), [Label::Gpe]);
    let text = "Washington Mutual, and Countrywide Financial, both very large U.S. home loan lenders, fell.";
    assert_eq!(label_of(text, &run(text), "Washington Mutual"), [Label::Org]);
}

#[test]
fn a_name_after_a_title_is_a_person() {
    let doc_text = "President Kagame met Gen. Nkunda in the border town.";
    let seg = Segmented::new(doc_text);
    let r = Recognizer::bundled();
    let doc = Doc { text: doc_text, tokens: &seg.tokens };
    let k = seg.tokens.iter().position(|t| t.text(doc_text) == "Nkunda").unwrap();
    assert!(after_title(&doc, k) && after_title(&doc, 1) && !after_title(&doc, 0));
    let ents = r.recognize(doc_text, &seg);
    assert_eq!(label_of(doc_text, &ents, "Nkunda"), [Label::Per]);
}

#[test]
fn an_all_caps_headline_reads_like_the_body() {
    // The headline's words are cased as the body writes them.
    let text = "REBELS KILL 12 IN NORTHERN MALI\nRebels killed 12 soldiers in northern Mali on Sunday, the army said.";
    let seg = Segmented::new(text);
    let ents = Recognizer::bundled().recognize(text, &seg);
    let malis: Vec<&Entity> =
        ents.entities.iter().filter(|e| text[e.start..e.end].eq_ignore_ascii_case("mali")).collect();
    assert_eq!(malis.len(), 2, "{:?}", ents.entities);
    assert!(malis.iter().all(|e| e.label == Label::Gpe));
    assert!(!ents.entities.iter().any(|e| &text[e.start..e.end] == "REBELS" || &text[e.start..e.end] == "KILL"));
}

#[test]
fn caps_sentences_and_document_casing() {
    let text = "IRAQ SAYS TALKS FAILED\nIraq said the talks failed.";
    let toks = tidings_text::tokenize(text);
    let head: Vec<Token> = toks.iter().filter(|t| t.end <= 22).cloned().collect();
    let body: Vec<Token> = toks.iter().filter(|t| t.start > 22).cloned().collect();
    assert!(ner::features::is_caps_sentence(text, &head));
    assert!(!ner::features::is_caps_sentence(text, &body));
    let r = Recognizer::bundled();
    let f = r.featurizer();
    if f.version >= 2 {
        let casing = f.doc_case(text, [head.as_slice(), body.as_slice()]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        f.sentence_in(text, &head, &casing, &mut a);
        f.sentence(text, &head, &mut b);
        assert_eq!(a.len(), head.len() * f.per_token());
        // The body tells "talks" is lower case: the headline's features differ with it.
        assert_ne!(a, b);
    }
}

#[test]
fn a_place_opening_an_event_name_stays_a_place() {
    let text = "Thousands of runners came back to the Boston Marathon a year later, under heavy security.";
    let ents = run(text);
    assert!(label_of(text, &ents, "Boston Marathon").is_empty(), "{:?}", ents.entities);
    let boston = ents.entities.iter().find(|e| &text[e.start..e.end] == "Boston").expect("Boston");
    assert_eq!((boston.label, boston.country.as_deref()), (Label::Gpe, Some("US")));
}

#[test]
fn a_name_after_a_kinship_noun_is_a_person_in_the_whole_document() {
    let text = "His younger brother Dzhokhar was captured a day later.\nOfficials say Dzhokhar told them little.";
    let ents = run(text);
    let labels = label_of(text, &ents, "Dzhokhar");
    assert_eq!(labels, [Label::Per, Label::Per], "{:?}", ents.entities);
}

#[test]
fn currency_signs_and_time_zones_are_no_names() {
    let text = "The company paid US$ 2.6 million and CA$ 400,000 to Reuters at 14:00 UTC on Monday, \
                or 9 a.m. EST, a spokesman said.";
    let ents = run(text);
    for s in ["US", "US$", "CA", "CA$", "UTC", "EST"] {
        assert!(label_of(text, &ents, s).is_empty(), "{s}: {:?}", label_of(text, &ents, s));
    }
}

#[test]
fn region_adjectives_are_nationalities() {
    let text = "European leaders met North American envoys in Brussels on Tuesday.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "European"), [Label::Norp]);
}

#[test]
fn a_surname_or_a_company_stem_alone_is_that_bearer() {
    let text = "Ravindra Okonkwo-Bell, 54, was arrested on Monday. Prosecutors said Okonkwo-Bell had \
                funded the attack. Zentrovax Group denied any link; Zentrovax said it would cooperate.";
    let ents = run(text);
    assert!(label_of(text, &ents, "Okonkwo-Bell").iter().all(|l| *l == Label::Per));
    assert!(!label_of(text, &ents, "Okonkwo-Bell").is_empty());
    assert_eq!(label_of(text, &ents, "Zentrovax"), [Label::Org]);
}

/// The model's person reading of each listed token (one-word spans), after `lone_persons`.
fn after_lone_persons(text: &str, persons: &[&str], orgs: &[&str]) -> Vec<(String, Label)> {
    let seg = Segmented::new(text);
    let doc = Doc { text, tokens: &seg.tokens };
    let mut raw: Vec<(Labelled, usize)> = (0..seg.tokens.len())
        .filter_map(|i| {
            let w = doc.tok(i);
            let label = if persons.contains(&w) {
                Label::Per
            } else if orgs.contains(&w) {
                Label::Org
            } else {
                return None;
            };
            Some(((i, i + 1, label, None, None), 0))
        })
        .collect();
    Recognizer::bundled().lone_persons(&doc, &mut raw);
    raw.iter().map(|((a, _, l, _, _), _)| (doc.tok(*a).to_string(), *l)).collect()
}

#[test]
fn a_lone_name_with_staff_or_beside_a_company_is_an_organization() {
    // Coordinated with a company: every lone mention of the name becomes one.
    let out =
        after_lone_persons("Ford and Chrysler cut prices. Chrysler said it would hire.", &["Chrysler"], &["Ford"]);
    assert_eq!(out.iter().filter(|(w, l)| w == "Chrysler" && *l == Label::Org).count(), 2, "{out:?}");
    // Its staff or plants.
    for text in
        ["Sales fell, a Chrysler spokesman said. Chrysler will close.", "Chrysler's workers left. Chrysler said no."]
    {
        let out = after_lone_persons(text, &["Chrysler"], &[]);
        assert!(out.iter().all(|(_, l)| *l == Label::Org), "{text}: {out:?}");
    }
    // No such evidence, a title, or a given name: the person stays.
    for (text, name) in [
        ("Chrysler said sales fell. Chrysler left.", "Chrysler"),
        ("Ford and Mr. Chrysler met.", "Chrysler"),
        ("Ford and John met on Monday.", "John"),
    ] {
        let out = after_lone_persons(text, &[name], &["Ford"]);
        assert!(out.iter().filter(|(w, _)| w == name).all(|(_, l)| *l == Label::Per), "{text}: {out:?}");
    }
}

#[test]
fn a_demonym_is_a_nationality_before_a_militia_of_its_name() {
    // UCDP lists an "Indian" militia (South Africa); "the Indian government" is India's.
    let text = "Is the Indian government well prepared to deal with the storm?";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Indian"), [Label::Norp]);
}

#[test]
fn an_abbreviation_ending_a_name_keeps_its_dot() {
    let text = "The European Commission has forced Apple Inc. to lower its prices for music.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Apple Inc."), [Label::Org], "{:?}", ents.entities);
}

#[test]
fn nobility_and_court_titles_are_not_part_of_a_name() {
    let text = "Emperor Norton was a citizen of San Francisco. Reading from line E a quote from Lord Diplock.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Norton"), [Label::Per], "{:?}", ents.entities);
    assert_eq!(label_of(text, &ents, "Diplock"), [Label::Per], "{:?}", ents.entities);
}

#[test]
fn a_year_a_name_and_an_election_word_name_an_event() {
    let text = "The party then ran in the 2003 Croatian parliamentary election as a junior partner. \
                In the February 1974 United Kingdom general election it stood a candidate.";
    let ents = run(text);
    for e in ["2003 Croatian parliamentary election", "February 1974 United Kingdom general election"] {
        assert_eq!(label_of(text, &ents, e), [Label::Misc], "{e}: {:?}", ents.entities);
    }
    assert!(label_of(text, &ents, "Croatian").is_empty());
}

#[test]
fn an_airline_flight_and_its_number_name_a_flight() {
    let text = "Investigators will fund an extended search for the black boxes from Air France Flight 447.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Air France Flight 447"), [Label::Misc], "{:?}", ents.entities);
}

#[test]
fn stock_indices_are_misc_where_a_sentence_speaks_of_a_market() {
    let text = "The Dow Jones was down 2.62 % at 16:08 UTC. The German DAX fell 3 % while the French CAC 40 \
                increased 46.19 points.";
    let ents = run(text);
    for e in ["Dow Jones", "DAX", "CAC 40"] {
        assert_eq!(label_of(text, &ents, e), [Label::Misc], "{e}: {:?}", ents.entities);
    }
    assert_eq!(label_of(text, &ents, "German"), [Label::Norp], "{:?}", ents.entities);
    // Without a market in the sentence the name is the model's.
    let text = "Dow Jones publishes The Wall Street Journal.";
    assert_ne!(label_of(text, &run(text), "Dow Jones"), [Label::Misc]);
}

#[test]
fn no_name_starts_inside_a_file_or_web_address() {
    let text = "(See attached file: UnleadedStocks.pdf) (See attached file: CrudeStocks.pdf) \
                Search at http://www.google.co.uk/search for more.";
    let ents = run(text);
    for w in ["pdf", "uk", "co"] {
        assert!(label_of(text, &ents, w).is_empty(), "{w}: {:?}", ents.entities);
    }
}

#[test]
fn a_storm_is_a_named_event_and_so_is_its_name_alone() {
    let text = "Hurricane Katrina hit New Orleans. Katrina killed 1,800 people. Cyclone Phailin has winds \
                of 190 kilometers per hour. Phailin's winds will rapidly weaken.";
    let ents = run(text);
    for e in ["Hurricane Katrina", "Katrina", "Cyclone Phailin", "Phailin"] {
        assert_eq!(label_of(text, &ents, e), [Label::Misc], "{e}: {:?}", ents.entities);
    }
}

#[test]
fn an_organization_named_after_a_place_with_and_in_its_name_is_one_name() {
    let text = "It's the Newfoundland and Labrador Court of Appeal that, for the first time, did it.";
    let ents = run(text);
    let label = label_of(text, &ents, "Newfoundland and Labrador Court of Appeal");
    assert_eq!(label, [Label::Org], "{:?}", ents.entities);
}

#[test]
fn the_stem_of_a_motor_company_is_the_company() {
    let text = "Ford Motor Company CEO Alan Mulally has reported that Ford will rename the Five Hundred.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Ford"), [Label::Org], "{:?}", ents.entities);
}

#[test]
fn holidays_and_resolutions_are_misc() {
    let text = "Daesh targeted families out shopping for Eid and those celebrating suhur. It violated the \
                peace of Ramadan. They disregard UN Security Council Resolution 2254.";
    let ents = run(text);
    for e in ["Eid", "Ramadan", "UN Security Council Resolution 2254"] {
        assert_eq!(label_of(text, &ents, e), [Label::Misc], "{e}: {:?}", ents.entities);
    }
}

#[test]
fn common_words_in_capitals_are_no_acronyms() {
    // "IS" and "AN" are acronyms in the lexicon (Islamic State, National Alliance); in a
    // sentence written in capitals they are the verb and the article.
    let text = "THAT IS WHY THE UK IS WORKING WITH AN ALLIANCE IN IRAQ .\nIS claimed the attack in Mosul .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(!found.iter().any(|(s, _)| *s == "AN"), "{found:?}");
    assert_eq!(found.iter().filter(|(s, _)| *s == "IS").count(), 1, "{found:?}");
    assert!(found.contains(&("UK", Label::Gpe)) && found.contains(&("IRAQ", Label::Gpe)), "{found:?}");
    assert!(found.iter().any(|(s, l)| *s == "IS" && *l == Label::Org), "{found:?}");
}

#[test]
fn common_words_in_a_run_of_capitals_are_no_acronyms() {
    // A dateline in mixed case, then the sentence in capitals: "IS" is the verb; in mixed
    // text it is still the group.
    let text = "MINBU, June 7 (AFP) - SUZANNE IS PREGNANT AGAIN .\nThe IS fighters left Mosul .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert_eq!(found.iter().filter(|(s, _)| *s == "IS").count(), 1, "{found:?}");
    assert!(found.iter().any(|(s, l)| *s == "IS" && *l == Label::Org), "{found:?}");
}

#[test]
fn airliner_models_are_products() {
    let text = "Boeing unveiled the 787 Dreamliner on Sunday .\nThe 787-8 holds 210 passengers , and Airbus A380 orders rose .\nBoeing hired 777 workers .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    for m in ["787 Dreamliner", "787-8", "Airbus A380"] {
        assert!(found.contains(&(m, Label::Misc)), "{m}: {found:?}");
    }
    assert!(found.contains(&("Boeing", Label::Org)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("777")), "{found:?}");
}

#[test]
fn a_firm_named_twice_is_one_everywhere() {
    // Chrysler is also a town in Alabama: read as an organization twice, it is one in
    // every mention of the document.
    let text = "Fiat plans to buy a majority stake in Chrysler .\nFiat said Chrysler 's losses fell .\nThe deal gives Fiat control of Chrysler .\nChrysler shares rose .";
    let ents = run(text);
    let labels = label_of(text, &ents, "Chrysler");
    assert_eq!(labels.len(), 4, "{labels:?}");
    assert!(labels.iter().all(|l| *l == Label::Org), "{labels:?}");
}

#[test]
fn leading_articles() {
    // A newspaper's capitalized "The" is part of its title; a capitalized article in a
    // sentence written in capitals is not part of a name.
    let text = "According to The New York Times , the index fell .\nTROOPS WERE SENT BY THE UNITED STATES TO SYRIA .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("The New York Times", Label::Org)), "{found:?}");
    assert!(found.iter().any(|(s, _)| *s == "UNITED STATES"), "{found:?}");
}

#[test]
fn products_keep_their_version() {
    let text = "Apple sold the iPhone 4 and released iLife '11 .\nIt sold the iPod 10 million times .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("iPhone 4", Label::Misc)), "{found:?}");
    assert!(found.contains(&("iLife '11", Label::Misc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("10")), "{found:?}");
}

#[test]
fn heads_of_names_in_capitals() {
    // "party" in lower case elsewhere makes the capitals read as the common word.
    let text = "The party won and the party grew .\nHE RAN FOR THE AMERICAN INDEPENDENT PARTY IN 1968 .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("AMERICAN INDEPENDENT PARTY", Label::Org)), "{found:?}");
}

#[test]
fn car_and_phone_models_are_products() {
    let text = "Ford Motor Company said the Ford Taurus will return .\nChrysler will cut the Chrysler Aspen , and Ford CEO Alan Mulally spoke .\nApple Inc. sold the Motorola ROKR E1 before Apple Stores opened .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    for m in ["Ford Taurus", "Chrysler Aspen", "Motorola ROKR E1"] {
        assert!(found.contains(&(m, Label::Misc)), "{m}: {found:?}");
    }
    for o in ["Ford Motor Company", "Apple Inc.", "Ford"] {
        assert!(found.contains(&(o, Label::Org)), "{o}: {found:?}");
    }
    assert!(
        !found.iter().any(|(s, l)| s.starts_with("Ford CEO") || (s.starts_with("Apple") && *l == Label::Misc)),
        "{found:?}"
    );
}

#[test]
fn a_collective_possessive_stays_inside_a_party_name() {
    let text = "The Serb People's Party won seats. The Workers' Party of Korea met. Kazakhstan's Committee for National Security said.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Serb People's Party"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Workers' Party of Korea"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Kazakhstan"), [Label::Gpe]);
}

#[test]
fn a_title_opening_a_span_makes_it_a_person() {
    let text = "In an opinion by Justice Scalia, he talked about the word. General Motors cut jobs.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Scalia"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "General Motors"), [Label::Org]);
    let text = "President Obama met Gen. Petraeus in Kabul.";
    assert_eq!(label_of(text, &run(text), "Petraeus"), [Label::Per]);
}

#[test]
fn an_ordinary_word_is_not_the_acronym_it_spells() {
    let lexicon = Lexicon::bundled();
    assert!(lexicon.miscased_acronym("Let") && lexicon.miscased_acronym("Lt"));
    assert!(!lexicon.miscased_acronym("LeT") && !lexicon.miscased_acronym("Hamas"));
    let text = "Let me know if you have any questions.";
    assert!(label_of(text, &run(text), "Let").is_empty());
    let text = "The LeT claimed the attack.";
    assert_eq!(label_of(text, &run(text), "LeT"), [Label::Org]);
}

#[test]
fn a_country_naming_a_company_is_no_stem_of_it() {
    let text = "Singapore Airlines flew the plane from Toulouse to Singapore on Monday.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Singapore Airlines"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Singapore"), [Label::Gpe]);
}

#[test]
fn a_seat_of_government_standing_for_it_is_an_organization() {
    let text = "The Kremlin rejected the claims on Monday. The White House has said that it is considering a plan.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Kremlin"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "White House"), [Label::Org]);
    let text = "Protesters gathered outside the White House on Monday.";
    assert!(!label_of(text, &run(text), "White House").contains(&Label::Org));
    let text = "A drone crashed on the White House grounds.";
    assert!(!label_of(text, &run(text), "White House").contains(&Label::Org));
}

#[test]
fn a_name_listed_with_organizations_is_one() {
    let text = "Multi-national banks such as Citibank, HSBC, and Commerzbank lent money.";
    assert_eq!(label_of(text, &run(text), "HSBC"), [Label::Org]);
    let text = "Fighting spread to Kabul, Kandahar and Herat.";
    assert_eq!(label_of(text, &run(text), "Kandahar"), [Label::Gpe]);
}

#[test]
fn names_listed_before_a_plural_division_word_are_places() {
    // The model reads these zones as people.
    let text = "Fighting has continued in the West Wollega, Kellem Wollega and North Shewa zones.";
    let ents = run(text);
    for zone in ["West Wollega", "Kellem Wollega", "North Shewa"] {
        assert_eq!(label_of(text, &ents, zone), [Label::Gpe], "{zone}");
    }
    // Nationalities before such a word stay what they are.
    let text = "Militants attacked Kurdish and Arab villages near Kirkuk.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Kurdish"), [Label::Norp]);
}

#[test]
fn names_listed_before_a_plural_word_of_natural_features_are_places() {
    // The model reads "Barracuda" and "Tigris" as organizations.
    let text = "Barracuda and Kayangan lakes are both stunning locations.";
    assert_eq!(label_of(text, &run(text), "Barracuda"), [Label::Loc]);
    let text = "The Tigris and Euphrates rivers flooded.";
    assert_eq!(label_of(text, &run(text), "Tigris"), [Label::Loc]);
}

#[test]
fn a_town_listed_with_places_is_one() {
    // The model reads "Montgomery" as a person and "Motherwell" (a football club's town)
    // as an organization.
    let text = "Storms hit Mobile, Montgomery and Huntsville overnight.";
    assert_eq!(label_of(text, &run(text), "Montgomery"), [Label::Gpe]);
    let text = "Voters in Paisley, Motherwell and Falkirk went to the polls.";
    assert_eq!(label_of(text, &run(text), "Motherwell"), [Label::Gpe]);
    // A company suffix makes no list of places.
    let text = "Its income changed from The Mozilla Foundation to Google, Inc. of Mountain View, California.";
    assert_eq!(label_of(text, &run(text), "Google"), [Label::Org]);
}

#[test]
fn places_joined_by_and_end_an_organization_name() {
    let text = "Western Goals UK had filed a complaint with the Charity Commission for England and Wales.";
    assert_eq!(label_of(text, &run(text), "Charity Commission for England and Wales"), [Label::Org]);
    let text = "We have convinced the Food Standards of Australia and New Zealand to act.";
    assert_eq!(label_of(text, &run(text), "Food Standards of Australia and New Zealand"), [Label::Org]);
    // A second place that owns what follows stays a place.
    let text = "Officials of the Charity Commission for England and Wales's police met on Monday.";
    assert_eq!(label_of(text, &run(text), "Wales"), [Label::Gpe]);
}

#[test]
fn a_name_before_a_word_for_a_people_is_a_group() {
    // The model reads "Nasa" as an organization and "Shammar" as a place.
    let text = "The Nasa people of the northern Cauca mountains have been targeted.";
    assert_eq!(label_of(text, &run(text), "Nasa"), [Label::Norp]);
    let text = "Gunmen killed 12 members of the Shammar tribe near Mosul. The Shammar buried them.";
    assert_eq!(label_of(text, &run(text), "Shammar"), [Label::Norp, Label::Norp]);
    // An organization's name before such a word stays one.
    let text = "Members of the Harvard University community protested.";
    assert_eq!(label_of(text, &run(text), "Harvard University"), [Label::Org]);
}

#[test]
fn legislators_and_honorific_titles_are_no_part_of_a_name() {
    for (text, name) in [
        ("The bill was backed by Congresswoman Elizabeth Holtzman of New York.", "Elizabeth Holtzman"),
        ("He was then known as the Honourable Edward Lyulph Stanley.", "Edward Lyulph Stanley"),
        ("Editor-in-chief Gergely Fazekas was dismissed.", "Gergely Fazekas"),
    ] {
        assert_eq!(label_of(text, &run(text), name), [Label::Per], "{text}");
    }
}

#[test]
fn a_name_described_as_a_company_is_an_organization() {
    let text = "GM said it was cancelling a deal to sell Opel to Magna, a Canadian automobile parts company.";
    assert_eq!(label_of(text, &run(text), "Magna"), [Label::Org]);
    let text = "He was born in Magna, a town in Utah.";
    assert_eq!(label_of(text, &run(text), "Magna"), [Label::Gpe]);
}

#[test]
fn a_group_named_as_acled_names_it_is_an_armed_side() {
    // "RSF" is Reporters Without Borders to the lexicon; in a text about Sudan it is the
    // Rapid Support Forces, an armed group, as its ACLED name says.
    let ents = run("The RSF shelled a market in El Fasher, Sudan, on Friday, killing 9 civilians.");
    let rsf = ents.clusters.iter().find(|c| c.name == "RSF: Rapid Support Forces").expect("the RSF");
    assert_eq!(rsf.kind, ActorKind::RebelGroup);
    // Iraq's security forces are its military forces.
    let ents = run("The ISF retook the town of Hit in western Iraq on Monday.");
    let isf = ents.clusters.iter().find(|c| c.name == "Military Forces of Iraq").expect("the ISF");
    assert_eq!(isf.kind, ActorKind::StateForce);
}

#[test]
fn a_group_acled_names_two_ways_is_named_by_both() {
    // A scorer of ACLED names matches a name inside another: "Houthis (Ansar Allah)"
    // holds both names ACLED's coders write, "M23: March 23 Movement" both of M23's.
    assert_eq!(acled_name("Ansar Allah", ""), Some("Houthis (Ansar Allah)"));
    assert_eq!(acled_name("M23", ""), Some("M23: March 23 Movement"));
    assert_eq!(acled_name("March 23 Movement", ""), Some("M23: March 23 Movement"));
    // A state's military command is its military.
    assert_eq!(acled_name("CENTCOM", ""), Some("Military Forces of the United States"));
    // A one-line report about Sudan that names only its regions.
    assert_eq!(
        acled_name("RSF", "An RSF drone strike hit El Obeid, North Kordofan."),
        Some("RSF: Rapid Support Forces")
    );
    assert_eq!(acled_name("RSF", "RSF ranks Norway first for press freedom."), None);
}

#[test]
fn a_name_after_the_town_of_is_a_place() {
    let text = "A car bomb exploded near a crowded market in the town of Tuz Khurmato, 170 km north of Baghdad.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Tuz Khurmato"), [Label::Gpe]);
}

#[test]
fn a_street_abbreviated_is_a_facility() {
    let text = "At Oxford St, the busiest bus station in Northern Ireland, four workers were killed.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Oxford St"), [Label::Fac]);
}

#[test]
fn a_capitalized_the_inside_a_sentence_opens_a_title() {
    // "The" capitalized after a lower-case word is part of the organization's name; a
    // sentence's first "The" and a lower-case "the" are not.
    let text = "In 1990 the party joined The Greens in a joint list .\nThe Greens won two seats and the Greens grew .\nHe later founded The Climate Mobilization with friends .";
    let ents = run(text);
    let found: Vec<&str> = ents
        .entities
        .iter()
        .filter(|e| matches!(e.label, Label::Org | Label::Misc))
        .map(|e| &text[e.start..e.end])
        .collect();
    assert!(found.contains(&"The Greens"), "{found:?}");
    assert!(found.contains(&"The Climate Mobilization"), "{found:?}");
    assert_eq!(found.iter().filter(|s| **s == "Greens").count(), 2, "{found:?}");
}

#[test]
fn web_words_are_no_nationalities() {
    // Words of web text the model may read as a group (NORP) are no names unless a
    // nationality or group word; "Iraqi" and "IRAQI" are.
    let text = "This guy 's smooth AF lol .\nWell thank you LoL for making this .\nLMAO my sister and i watch ur videos .\nIRAQI FORCES ENTERED THE TOWN .\nThe Iraqi army said so .";
    let ents = run(text);
    let norp: Vec<&str> =
        ents.entities.iter().filter(|e| e.label == Label::Norp).map(|e| &text[e.start..e.end]).collect();
    assert!(norp.contains(&"Iraqi"), "{norp:?}");
    assert!(norp.contains(&"IRAQI"), "{norp:?}");
    assert!(norp.iter().all(|s| !matches!(*s, "AF" | "LoL" | "LMAO" | "lol")), "{norp:?}");
}

#[test]
fn names_glued_into_addresses_are_no_names() {
    let text = "See the attached file Lisa_resume.doc and call me .\nKevin.A.Boone@accenture.com\nLisa Smith called on Monday .";
    let ents = run(text);
    let found: Vec<&str> = ents.entities.iter().map(|e| &text[e.start..e.end]).collect();
    assert!(found.contains(&"Lisa Smith"), "{found:?}");
    assert!(!found.contains(&"Lisa"), "{found:?}");
    assert!(!found.contains(&"Kevin") && !found.contains(&"Boone"), "{found:?}");
}

#[test]
fn places_written_in_lower_case() {
    let text = "Can anyone tell me about a great restaurant in san francisco ?\nI am a german citizen living in malaysia .\nI am in bed .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("san francisco", Label::Gpe)), "{found:?}");
    assert!(found.contains(&("malaysia", Label::Gpe)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| *s == "bed"), "{found:?}");
    // A country needs no word of place before it; a division or a town does ("sports bar").
    let text = "how are vietnam and Afghanistan alike ?\nGood sports bar .";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "vietnam"), [Label::Gpe]);
    assert!(label_of(text, &ents, "bar").is_empty());
}

#[test]
fn an_election_name_holds_of_and_its_place() {
    let text = "Feinstein later won the 1992 United States Senate special election in California .\nThe seats were lost in the 1994 United States House of Representatives elections .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("1992 United States Senate special election in California", Label::Misc)), "{found:?}");
    assert!(found.contains(&("1994 United States House of Representatives elections", Label::Misc)), "{found:?}");
}

#[test]
fn a_model_named_without_its_maker_is_the_product() {
    let text = "Ford will rename the Ford Five Hundred to the Ford Taurus for 2008 .\nThe Taurus survived for four generations .\nSales of the Taurus fell .";
    let ents = run(text);
    let labels = label_of(text, &ents, "Taurus");
    assert_eq!(labels.len(), 2, "{:?}", ents.entities);
    assert!(labels.iter().all(|l| *l == Label::Misc), "{labels:?}");
}

#[test]
fn an_unfamiliar_name_listed_with_people_is_a_person() {
    // A list of people read by shape: a name the model takes for an organization among
    // them is a person; a country in a list of people stays a place.
    let text = "Signatories included Andrea Camilleri, Dario Fo, Peter Gabriel, Ken Loach and Masi Oka .\nThe film stars Ranjith, Anamika and Ravichandran .\nJohn Smith, Mary Jones and France signed .";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    for name in ["Dario Fo", "Masi Oka", "Anamika", "Ravichandran"] {
        assert!(found.contains(&(name, Label::Per)), "{name}: {found:?}");
    }
    assert!(found.contains(&("France", Label::Gpe)), "{found:?}");
}

#[test]
fn a_name_read_mostly_as_a_person_is_one_everywhere() {
    let text = "Byron spent three years at Trinity College .\nIn Byron 's later memoirs , Mary is portrayed .\nLetters to Byron in the archive contain evidence .\nByron composed a series of elegies .\nByron left England in 1816 .";
    let ents = run(text);
    let labels = label_of(text, &ents, "Byron");
    assert_eq!(labels.len(), 5, "{:?}", ents.entities);
    assert!(labels.iter().all(|l| *l == Label::Per), "{labels:?}");
}

#[test]
fn a_name_does_not_end_in_a_middle_initial() {
    // The model's span stops at the initial ("Joseph A." before "Day", a common word);
    // the name goes on to the capitalized word after it, unless more follow.
    let text = "Senator Joseph A. Day announced it .\nHe funded the John M. Olin Foundation .";
    let seg = Segmented::new(text);
    let doc = Doc { text, tokens: &seg.tokens };
    let r = Recognizer::bundled();
    let at = |w: &str| seg.tokens.iter().position(|t| &text[t.start..t.end] == w).unwrap();
    let found = |a: &str, b: &str| {
        let (a, b) = (at(a), at(b));
        let sentence = seg.sentences.iter().find(|s| s.tokens.contains(&a)).unwrap().tokens.clone();
        r.with_knowledge(&doc, sentence, vec![(a, b, Label::Per)])
            .iter()
            .map(|x| doc.phrase(x.0, x.1).to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(found("Joseph", "Day"), ["Joseph A. Day"]);
    assert_eq!(found("John", "Olin"), ["John M."]);
}

#[test]
fn a_bullet_ends_a_name() {
    // A span the model ran across a list's bullet is two names.
    let text = "Plants of Wayne , Michigan * St. Paul , Minnesota * Kansas City will close .";
    let seg = Segmented::new(text);
    let doc = Doc { text, tokens: &seg.tokens };
    let at = |w: &str| seg.tokens.iter().position(|t| &text[t.start..t.end] == w).unwrap();
    let sentence = seg.sentences[0].tokens.clone();
    let found: Vec<String> = Recognizer::bundled()
        .with_knowledge(&doc, sentence, vec![(at("Michigan"), at("Paul") + 1, Label::Gpe)])
        .iter()
        .map(|x| doc.phrase(x.0, x.1).to_string())
        .collect();
    assert!(found.contains(&"Michigan".to_string()), "{found:?}");
    assert!(found.contains(&"St. Paul".to_string()), "{found:?}");
    assert!(!found.iter().any(|s| s.contains('*')), "{found:?}");
}

#[test]
fn a_datelines_agency_is_an_organization() {
    // "AP" alone may read as a place (Andhra Pradesh); in a dateline's brackets it is the
    // Associated Press.
    let text = "LAGOS, Nigeria (AP) - Gunmen killed three villagers, police said.";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("AP", Label::Org)), "{found:?}");
    assert!(found.contains(&("LAGOS", Label::Gpe)), "{found:?}");
}

#[test]
fn a_town_before_its_state_is_a_place() {
    // The model reads "Moore" as a person; the town is in the state named after it.
    let text = "A tornado hit Moore, Okla., on Sunday, and another one hit Moore, Oklahoma, later.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Moore"), [Label::Gpe, Label::Gpe]);
    // A person's name with no town of that name in the state stays a person.
    let text = "Senator Jim Inhofe, Oklahoma, spoke on Sunday.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Jim Inhofe"), [Label::Per]);
}

#[test]
fn sides_of_a_match_are_clubs() {
    let text = "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nLeicestershire beat Somerset by an innings and 39 \
                runs at Taunton on Friday. Essex drew with Kent.\n\nSOCCER - DUTCH FIRST DIVISION SUMMARY.\n\
                Ajax Amsterdam drew with Utrecht. Vitesse Arnhem lost 2-0 to Groningen and Twente won 3-1 at \
                Zwolle. England drew 1-1 with Moldova in Chisinau.\n";
    let ents = run(text);
    for club in ["Kent", "Utrecht", "Groningen", "Zwolle"] {
        let labels = label_of(text, &ents, club);
        assert!(!labels.is_empty() && labels.iter().all(|l| *l == Label::Org), "{club}: {labels:?}");
    }
    // The ground, countries and a town the match is played in stay places.
    for place in ["Taunton", "England", "Moldova", "Chisinau"] {
        assert_eq!(label_of(text, &ents, place), [Label::Gpe], "{place}");
    }
}

#[test]
fn results_lines_and_tables_name_clubs() {
    let text = "Rugby league results on Sunday:\nMelbourne Storm 36 Penrith 6\nParramatta 20 Canberra 18\nFiorentina 3 Napoli 1\n\n\
                Leading try scorers: 9 - Josh Hale (Parramatta), 8 - Tom Reyes (Canberra)\n\n\
                Standings:\nPenrith 4 3 0 1 88 40 6\nWollongong 4 2 0 2 70 66 4\n";
    let ents = run(text);
    for club in ["Melbourne Storm", "Penrith", "Parramatta", "Canberra", "Wollongong", "Napoli"] {
        let labels = label_of(text, &ents, club);
        assert!(!labels.is_empty() && labels.iter().all(|l| *l == Label::Org), "{club}: {labels:?}");
    }
    // A standings table with ranks or percentages; the dateline's town stays a place.
    let table = "BASEBALL - STANDINGS.\nNEW YORK 1996-08-29\nStandings after Wednesday's games:\n\
                 W L PCT GB\nNEW YORK 74 57 .565 -\nBALTIMORE 70 61 .534 4\n\n\
                 SOCCER - LEAGUE TABLE.\n1. Aberdeen 5 3 1 1 9 5 10\n2. Dundee 5 2 2 1 7 6 8\n";
    let ents = run(table);
    let labels = |s| label_of(table, &ents, s);
    assert_eq!(labels("NEW YORK"), [Label::Gpe, Label::Org]);
    for club in ["BALTIMORE", "Aberdeen", "Dundee"] {
        assert_eq!(labels(club), [Label::Org], "{club}");
    }
    // Not a sports page: two words shared with news ("Arab League", "Division") are too
    // few, even with a range that reads like a score.
    let war = "The Arab League condemned the shelling. The 4th Division lost 30-40 men near Homs. \
               Aleppo lost power after the strikes.";
    let ents = run(war);
    assert_eq!(label_of(war, &ents, "Aleppo"), [Label::Gpe]);
    // A news digest with a sports item and its score: "lost power" is no result.
    let digest = "Football: United won 2-1 at home.\nAleppo lost power after the strikes, residents said.\n";
    let ents = run(digest);
    assert_eq!(label_of(digest, &ents, "Aleppo"), [Label::Gpe]);
    // Not a sports page: a town with a count stays a town.
    let news = "Flood deaths by town: Penrith 4, Windsor 2, Richmond 3.\n";
    let ents = run(news);
    for town in ["Penrith", "Windsor"] {
        assert_eq!(label_of(news, &ents, town), [Label::Gpe], "{town}");
    }
}

#[test]
fn a_nationality_opens_an_organization_named_by_common_words() {
    let text = "ALP = Australian Labor Party, L + NP = Liberal Party. Leaders of the South African Communist \
                Party were targeted. Nawaz Sharif sought to unite all Pakistan Muslim League factions. The U.S. \
                Treasury Department today announced a plan. South Korean Hyundai Motor Company sales fell.";
    let ents = run(text);
    for org in [
        "Australian Labor Party",
        "South African Communist Party",
        "Pakistan Muslim League",
        "U.S. Treasury Department",
    ] {
        assert_eq!(label_of(text, &ents, org), [Label::Org], "{org}");
    }
    assert_eq!(label_of(text, &ents, "South Korean"), [Label::Norp]);
    assert_eq!(label_of(text, &ents, "Hyundai Motor Company"), [Label::Org]);
}

#[test]
fn a_town_after_in_is_no_nationality() {
    // The model may read a small town as a group word; after "in", where no nationality
    // list knows it and the gazetteer has the town, it is the place.
    let text = "Unknown attackers set fire to the offices of the opposition party in Mongomo overnight.";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("Mongomo", Label::Gpe)), "{found:?}");
    let text = "Protesters gathered in Kabul, and Afghan police watched.";
    let ents = run(text);
    let found: Vec<(&str, Label)> = ents.entities.iter().map(|e| (&text[e.start..e.end], e.label)).collect();
    assert!(found.contains(&("Afghan", Label::Norp)), "{found:?}");
}

#[test]
fn names_a_letter_opens_or_closes_with_are_persons() {
    let text = "Cindy,\nThe report you asked for is attached.\nRegards,\nTraci";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Cindy"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Traci"), [Label::Per]);
    assert!(label_of(text, &ents, "Regards").is_empty());
    let text = "Hey Vladi,\nWelcome Darin!";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Vladi"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Darin"), [Label::Per]);
    // A one-word heading inside the text is no signature.
    let text = "Kliotech\nThe company said on Monday that sales rose.";
    assert!(label_of(text, &run(text), "Kliotech").iter().all(|l| *l != Label::Per));
}

#[test]
fn an_organization_named_with_and_is_one_name() {
    let text = "He lost the seat to Joe Hendron of the Social Democratic and Labour Party in 1992 .\nThe party joined the Alliance of Liberals and Democrats for Europe Party in 1995 .\nLoans came from the International Monetary Fund and Asian Development Bank .";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Social Democratic and Labour Party"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Alliance of Liberals and Democrats for Europe Party"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "International Monetary Fund"), [Label::Org]);
}

#[test]
fn towns_joined_by_a_spaced_dash_are_one_district() {
    let text = "He was elected in the riding of Saskatoon - Rosetown - Biggar in 2004 .\nHe sought the nomination in Oakville - Milton in 1993 .\nTalks on the Israel - Syria border resumed .";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Saskatoon - Rosetown - Biggar"), [Label::Gpe]);
    assert_eq!(label_of(text, &ents, "Oakville - Milton"), [Label::Gpe]);
    assert_eq!(label_of(text, &ents, "Israel"), [Label::Gpe]);
}

#[test]
fn a_polity_head_before_of_and_a_place_belongs_to_the_name() {
    let text = "He ruled the dukes of Principality of Mingrelia , Principality of Guria , Principality of Svaneti and Principality of Abkhazia .";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Principality of Guria"), [Label::Gpe]);
    assert_eq!(label_of(text, &ents, "Principality of Abkhazia"), [Label::Gpe]);
}

#[test]
fn a_party_or_place_word_before_a_given_name_is_no_part_of_the_person() {
    let text = "In the 1964 election , Democrat Jimmy Carter carried the South .\nHe lost both times to Liberal Stephen Owen .\nThe nominee for Governor of Maine Susan Collins won the primary .";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Jimmy Carter"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Stephen Owen"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Susan Collins"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Maine"), [Label::Gpe]);
}

#[test]
fn a_name_written_twice_over_is_two_mentions() {
    let text =
        "See chapters 2-7 and Joshua S Goldstein Joshua S Goldstein and Steven Pinker .\nAP Photo / Nasser Nasser";
    let ents = run(text);
    let found: Vec<&str> = ents.entities.iter().map(|e| &text[e.start..e.end]).collect();
    assert_eq!(found.iter().filter(|s| **s == "Joshua S Goldstein").count(), 2, "{found:?}");
    assert!(!found.contains(&"Nasser"), "{found:?}");
}

#[test]
fn an_office_holders_possessive_stays_inside_the_office() {
    let text = "Assistance came from the Maricopa County Sheriff's Office and the Arizona Department of Public Safety.";
    assert_eq!(label_of(text, &run(text), "Maricopa County Sheriff's Office"), [Label::Org]);
}

#[test]
fn a_nationality_opening_a_person_is_its_own_name() {
    let text = "Kenyan Benson Kipruto won the Berlin Marathon on Sunday.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Kenyan"), [Label::Norp]);
    assert_eq!(label_of(text, &ents, "Benson Kipruto"), [Label::Per]);
}

#[test]
fn a_country_name_before_a_common_noun_is_its_nationality() {
    let text = "Temperatures reached 49 degrees, Saudi health officials said on Sunday.";
    assert_eq!(label_of(text, &run(text), "Saudi"), [Label::Norp]);
    let text = "He flew to Saudi Arabia and then to Saudi on Monday.";
    assert!(label_of(text, &run(text), "Saudi").iter().all(|l| *l != Label::Norp));
}

#[test]
fn a_name_described_as_a_relative_is_a_person() {
    let text = "Leftists were arrested, including Eva Forest, wife of the playwright Alfonso Sastre.";
    assert_eq!(label_of(text, &run(text), "Eva Forest"), [Label::Per]);
}

#[test]
fn more_titles_stay_out_of_person_names() {
    let text = "The Russian Orthodox Church, led by Patriarch Alexiy II, did not come. Reverend Al Sharpton spoke.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Alexiy II"), [Label::Per]);
    assert_eq!(label_of(text, &ents, "Al Sharpton"), [Label::Per]);
}

#[test]
fn a_league_on_a_sports_page_is_a_competition() {
    let text =
        "SOCCER - TOTTENHAM SIGN MIDFIELDER. LONDON, Aug 30 (Reuters) - Liverpool went top of the Premier League \
                on Saturday, beating Arsenal 2-1. The National Football League and the Arab League were not involved.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Premier League"), [Label::Misc]);
    assert_eq!(label_of(text, &ents, "National Football League"), [Label::Org]);
}

#[test]
fn scorers_in_brackets_after_a_score_are_persons() {
    let text =
        "SOCCER - SCOTTISH LEAGUE RESULTS. GLASGOW, Jan 3 - Results of Scottish Premiership matches on Saturday: \
                Celtic 2 (Kyogo Furuhashi 14, Daizen Maeda 77) Rangers 2 (Cyriel Dessers 40, Hamza Igamane 88).";
    let ents = run(text);
    for p in ["Kyogo Furuhashi", "Daizen Maeda", "Cyriel Dessers", "Hamza Igamane"] {
        assert_eq!(label_of(text, &ents, p), [Label::Per], "{p}");
    }
    assert_eq!(label_of(text, &ents, "Celtic"), [Label::Org]);
}

#[test]
fn an_organization_of_a_place_is_one_name() {
    let text =
        "On Friday, Boakai is scheduled to address the Parliament of Sierra Leone and to visit Fourah Bay College.";
    assert_eq!(label_of(text, &run(text), "Parliament of Sierra Leone"), [Label::Org]);
    let text = "The Croatian Democratic Alliance of Slavonia and Baranja won two seats.";
    assert!(label_of(text, &run(text), "Croatian Democratic Alliance of Slavonia and Baranja").is_empty());
}

#[test]
fn a_people_or_adherents_word_is_a_collective_not_a_place() {
    // The gazetteer knows a place "Tajik"; the model reads "Sadrists" as a group.
    for (text, word) in [
        ("Tajik authorities in Dushanbe said they were cooperating.", "Tajik"),
        ("I have long been a trenchant critic of the Sadrists.", "Sadrists"),
        ("Laura and I are Methodists.", "Methodists"),
    ] {
        assert_eq!(label_of(text, &run(text), word), [Label::Norp], "{text}");
    }
    // The lexicon's ethnic militia stays the actor the events coder names.
    let text = "Fulani gunmen killed 12 villagers in Zamfara on Monday.";
    assert_eq!(label_of(text, &run(text), "Fulani"), [Label::Org]);
}

#[test]
fn two_organizations_joined_by_and_after_a_head_word_are_two_names() {
    let text = "During the campaign the New Democratic Party and Bloc Québécois stated their terms.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "New Democratic Party"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "Bloc Québécois"), [Label::Org]);
    // A head word right after "of" is inside one name.
    let text = "The Ministry of Intelligence and Security said on Monday.";
    assert_eq!(label_of(text, &run(text), "Ministry of Intelligence and Security"), [Label::Org]);
}

#[test]
fn a_polity_head_and_of_before_a_place_is_the_polity() {
    let text = "Malaya united with Crown Colony of North Borneo, Crown Colony of Sarawak, and Colony of Singapore on 16 September 1963 to become Malaysia.";
    let ents = run(text);
    for name in ["Crown Colony of Sarawak", "Colony of Singapore"] {
        assert_eq!(label_of(text, &ents, name), [Label::Gpe], "{name}");
    }
    assert!(label_of(text, &ents, "Colony").is_empty());
}

#[test]
fn no_name_inside_an_email_or_web_address() {
    // "Boone" would be added back as the surname of the person named in full.
    let text = "Kevin Boone will call you.\nKevin.A.Boone@accenture.com";
    let ents = run(text);
    let tail = text.find('\n').unwrap();
    assert!(ents.entities.iter().all(|e| e.start < tail), "{:?}", ents.entities);
}

#[test]
fn a_members_title_after_a_party_or_person_is_no_part_of_the_name() {
    let text = "He ran in 2000 as a Canadian Alliance MP with 60% of the vote.";
    assert_eq!(label_of(text, &run(text), "Canadian Alliance"), [Label::Org]);
    // "MPs" is the plural of "MP", not the acronym of a Chadian rebel group (MPS).
    let text = "He and Ralph Morley were Southampton's first Labour MPs.";
    assert!(label_of(text, &run(text), "MPs").is_empty());
}

#[test]
fn a_name_an_acronym_defines_is_an_organization() {
    let text = "The original participating parties were: the Soqosoqo Duavata ni Lewenivanua (SDL) and the Conservative Alliance.";
    let ents = run(text);
    assert_eq!(label_of(text, &ents, "Soqosoqo Duavata ni Lewenivanua"), [Label::Org]);
    assert_eq!(label_of(text, &ents, "SDL"), [Label::Org]);
    // A law or an index keeps its kind.
    let text = "The Dow Jones Industrial Average (DJIA) lost almost a thousand points.";
    assert!(!label_of(text, &run(text), "DJIA").contains(&Label::Org));
}

#[test]
fn a_nationality_before_a_word_in_lower_case_is_a_nationality() {
    // The document's other mentions may make the model or the passes before read the
    // word as an organization ("American" the airline); before a noun it modifies it.
    let r = Recognizer::bundled();
    let label_after_pass = |text: &str, word: &str, kind: Option<ActorKind>| {
        let seg = Segmented::new(text);
        let doc = Doc { text, tokens: &seg.tokens };
        let i = seg.tokens.iter().position(|t| &text[t.start..t.end] == word).unwrap();
        let mut raw = vec![((i, i + 1, Label::Org, None, kind), 0)];
        r.nationalities_as_modifiers(&doc, &mut raw);
        raw[0].0 .2
    };
    let text = "The other two major American stock indices fell too.";
    assert_eq!(label_after_pass(text, "American", None), Label::Norp);
    // Not a subject before its verb, nor the lexicon's ethnic militia the events coder names.
    assert_eq!(label_after_pass("American said it would cut flights.", "American", None), Label::Org);
    let text = "They had been abducted by Arab men.";
    assert_eq!(label_after_pass(text, "Arab", Some(ActorKind::Militia)), Label::Org);
}

#[test]
fn a_name_after_a_role_or_joined_to_a_person_is_a_person() {
    for (text, name) in [
        ("The owner Karla is welcoming and fun.", "Karla"),
        ("Former Yunnan party boss Bai Enpei was sentenced to life in prison in 2016.", "Bai Enpei"),
        ("Both Tina and Vicky are excellent.", "Vicky"),
        ("Barbra Streisand and Gwyneth Paltrow were in talks to join as series regulars.", "Gwyneth Paltrow"),
    ] {
        assert_eq!(label_of(text, &run(text), name), [Label::Per], "{text}");
    }
    // A surname the model read alone is no partner ("greens (Groen and Ecolo)").
    let text = "The Walloon parties were joined by the greens (Groen and Ecolo).";
    assert!(!label_of(text, &run(text), "Groen").contains(&Label::Per));
}

#[test]
fn a_state_code_after_a_town_is_the_state() {
    let text = "Looking for players who live in or around the Chillicothe, OH area.";
    assert_eq!(label_of(text, &run(text), "OH"), [Label::Gpe]);
    let text = "111 Market Place Ste 500 Baltimore, MD 21202";
    assert_eq!(label_of(text, &run(text), "MD"), [Label::Gpe]);
}
