#!/usr/bin/env python3
import os as _os
OUT = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..")
"""build_C.py — annotator C's training notes for tidings (ACLED-style event coding).
Holds the texts and their codes (trigger phrase + occurrence index); computes UTF-8 byte
offsets, resolves relative dates from "published", validates, and writes notes-C.jsonl
and texts-C.jsonl (texts only, ids ending in 0)."""
import json, datetime, sys

TAX = {
 "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other"],
}
SUB2TYPE = {s: t for t, subs in TAX.items() for s in subs}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}
DEFAULT_PLOVER = {"Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT", "Protests": "PROTEST", "Riots": "ASSAULT"}
SD_PLOVER = {"Agreement": "AGREE", "Arrests": "COERCE", "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE", "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE", "Non-violent transfer of territory": "CONCEDE",
    "Other": "COERCE"}
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

NOTES = []

def L(name, cc, admin1=None, prec=1):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}

def E(sub, trig, a1, a2, date, loc, fat=None, occ=0, mod="occurred", bg=False, plover=None):
    return dict(sub=sub, trig=trig, a1=a1, a2=a2, date=date, loc=loc, fat=fat, occ=occ,
                mod=mod, bg=bg, plover=plover)

def N(style, published, text, *events):
    NOTES.append((style, published, text, list(events)))

def resolve(spec, pub):
    """Date spec: None; 'YYYY-MM-DD'; 'YYYY-MM'; 'd-N' (published minus N days);
    'wd:tue' (that weekday on or before published); 'lwd:tue' (strictly before published)."""
    if spec is None:
        return None
    p = datetime.date.fromisoformat(pub)
    if spec.startswith("d-") or spec == "d0":
        n = 0 if spec == "d0" else int(spec[2:])
        return (p - datetime.timedelta(days=n)).isoformat()
    if spec.startswith("wd:") or spec.startswith("lwd:"):
        strict = spec.startswith("lwd:")
        w = WD[spec.split(":")[1]]
        delta = (p.weekday() - w) % 7
        if strict and delta == 0:
            delta = 7
        return (p - datetime.timedelta(days=delta)).isoformat()
    if len(spec) == 10:
        datetime.date.fromisoformat(spec); return spec
    if len(spec) == 7:
        datetime.date.fromisoformat(spec + "-01"); return spec
    raise ValueError("bad date spec %r" % spec)

def find_occ(btext, btrig, occ):
    pos = -1
    for _ in range(occ + 1):
        pos = btext.find(btrig, pos + 1)
        if pos < 0:
            return -1
    return pos
# ---- chunk 01 ----
N("web", "2019-04-17",
  "Gunmen kill 14 villagers in central Mali attack\n\n"
  "Gunmen on motorbikes killed 14 villagers in the central Malian village of Ogossagou-Peul on Tuesday, local officials said. "
  "The attackers arrived shortly after dawn and opened fire on residents gathered near the weekly market, according to the mayor of the Bankass district. "
  "\"They shot at everyone who ran,\" one survivor told reporters by telephone from Bankass. "
  "Several granaries were also set alight during the raid, which lasted about two hours. "
  "No group has claimed responsibility for the attack, but local leaders blamed a Dogon hunters' militia that has been accused of similar raids. "
  "A follow-up count by health workers on Wednesday confirmed 14 dead and 9 wounded, some of them children. "
  "Central Mali has seen a cycle of intercommunal violence since 2015, and more than 600 people were killed in the region last year, according to the United Nations.",
  E("Attack", "killed 14 villagers", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "wd:tue",
    L("Ogossagou-Peul", "ML", "Mopti", 1), 14))

N("acled-note", "2021-08-03",
  "On 1 August 2021, JNIM militants and Malian soldiers exchanged fire for several hours near Boni (Douentza, Mopti). Three soldiers and an unknown number of militants were killed.",
  E("Armed clash", "exchanged fire", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", "2021-08-01",
    L("Boni", "ML", "Mopti", 2), 3))

N("acled-note", "2021-08-05",
  "On 3 August 2021, suspected JNIM militants shot dead two civilians on the road between Boni and Hombori (Mopti). The victims were traders returning from market.",
  E("Attack", "shot dead two civilians", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)", "2021-08-03",
    L("Boni", "ML", "Mopti", 2), 2))

N("wire", "1996-12-06",
  "CENTRAL AFRICAN REPUBLIC : MUTINEERS CLASH WITH LOYALIST TROOPS IN BANGUI .\n"
  "BANGUI 1996-12-06\n"
  "Mutinous soldiers clashed with troops loyal to President Ange-Felix Patasse in the Central African capital on Friday , a military source said . "
  "Heavy gunfire was heard for about three hours around the Kassai camp , the source said . "
  "\" At least four soldiers were killed and several wounded , \" the army 's spokesman said . "
  "Residents of the nearby PK5 neighbourhood said they had stayed indoors since dawn . "
  "French troops stationed in Bangui were not involved in the fighting , a French embassy official said . "
  "The mutineers have held parts of the capital since a revolt in November over unpaid wages .",
  E("Armed clash", "clashed", "Mutiny of Military Forces of Central African Republic", "Military Forces of Central African Republic", "wd:fri",
    L("Bangui", "CF", "Bangui", 1), 4))

N("acled-note", "2023-02-14",
  "On 12 February 2023, a Turkish drone strike hit a vehicle near Kobani (Aleppo), killing two SDF fighters.",
  E("Air/drone strike", "drone strike", "Military Forces of Turkey", "SDF: Syrian Democratic Forces", "2023-02-12",
    L("Kobani", "SY", "Aleppo", 2), 2))

N("acled-note", "2023-02-15",
  "On 13 February 2023, Turkish forces shelled the outskirts of Tal Tamr (Al-Hasakeh) with artillery. No casualties were reported.",
  E("Shelling/artillery/missile attack", "shelled", "Military Forces of Turkey", None, "2023-02-13",
    L("Tal Tamr", "SY", "Al-Hasakeh", 2), 0))

N("web", "2022-09-28",
  "Bangladesh inflation eases to 9.1 percent as food prices cool\n\n"
  "Bangladesh's annual inflation rate eased to 9.1 percent in September from 9.5 percent a month earlier, the Bureau of Statistics said on Wednesday. "
  "Food inflation slowed as rice and vegetable prices fell after a good harvest in the north. "
  "The central bank has raised its policy rate twice this year and signalled it could tighten again. "
  "Economists in Dhaka said the taka's slide against the dollar remained the main risk. "
  "Garment exporters, who account for more than 80 percent of export earnings, reported a modest rise in orders from Europe. "
  "The finance minister told parliament the government would keep fuel subsidies in place until the end of the fiscal year.")

N("acled-note", "2018-11-21",
  "On 19 November 2018, a roadside bomb exploded as a police patrol passed in Mastung (Balochistan), wounding three policemen.",
  E("Remote explosive/landmine/IED", "roadside bomb exploded", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "2018-11-19",
    L("Mastung", "PK", "Balochistan", 1), 0))

N("acled-note", "2018-11-22",
  "On 20 November 2018, unidentified men hurled a grenade at a police station in Turbat (Kech, Balochistan). One constable was injured.",
  E("Grenade", "hurled a grenade", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "2018-11-20",
    L("Turbat", "PK", "Balochistan", 1), 0))

N("web", "2016-06-30",
  "Suicide bomber kills 9 at Kabul police academy gate\n\n"
  "A suicide bomber blew himself up at the gate of a police training centre in western Kabul on Thursday morning, killing nine recruits, the interior ministry said. "
  "The attacker, who was on foot, detonated his explosives as cadets queued to enter the compound shortly before 8 a.m. "
  "\"He came among the young men and exploded,\" a guard said. "
  "Ministry spokesman Sediq Sediqqi said 21 other people were wounded in the blast, several of them critically. "
  "The Taliban claimed the bombing in a message to journalists, saying it had targeted \"the forces of the puppet regime\". "
  "Thursday's bombing was the deadliest in the capital since April, when a truck bomb struck a security agency building. "
  "Hospitals appealed for blood donors as relatives gathered outside the Istiqlal hospital. "
  "The death toll from the attack could rise, officials said.",
  E("Suicide bomb", "blew himself up", "Taliban", "Police Forces of Afghanistan", "wd:thu",
    L("Kabul", "AF", "Kabul", 1), 9),
  E("Remote explosive/landmine/IED", "a truck bomb struck", "Unidentified Armed Group (Afghanistan)", None, "2016-04",
    L("Kabul", "AF", "Kabul", 1), None, bg=True))

N("acled-note", "2020-06-09",
  "On 7 June 2020, around 300 people marched peacefully in Minneapolis (Minnesota) to demand police reform. No incidents were reported.",
  E("Peaceful protest", "marched peacefully", "Protesters (United States)", None, "2020-06-07",
    L("Minneapolis", "US", "Minnesota", 1), 0))

N("acled-note", "2020-06-10",
  "On 8 June 2020, police in Portland (Oregon) used tear gas and flash-bang grenades to disperse protesters who had blocked a downtown street after curfew. Eleven people were arrested.",
  E("Protest with intervention", "used tear gas and flash-bang grenades to disperse protesters", "Protesters (United States)", "Police Forces of the United States", "2020-06-08",
    L("Portland", "US", "Oregon", 1), 0))

N("acled-note", "2020-06-11",
  "On 9 June 2020, demonstrators in Seattle (Washington) threw bottles and fireworks at police and set two patrol cars on fire.",
  E("Violent demonstration", "threw bottles and fireworks at police", "Rioters (United States)", "Police Forces of the United States", "2020-06-09",
    L("Seattle", "US", "Washington", 1), 0))

N("web", "2024-01-24",
  "Two attacks in North Kivu leave 27 dead\n\n"
  "Suspected ADF rebels killed at least 19 civilians in a night raid on the village of Mangodomu in North Kivu's Beni territory, local civil society leaders said on Wednesday. "
  "The assailants attacked with machetes and guns late on Monday, burning houses before withdrawing into the forest. "
  "\"We found the bodies in the morning,\" said Kinos Katuo, a civil society coordinator in Beni. "
  "In a separate incident on Tuesday, the Congolese army said it had fought ADF fighters near Eringeti, about 60 kilometres to the north, killing eight of them. "
  "Army spokesman Captain Antony Mualushayi said two soldiers were wounded in that battle. "
  "The ADF, which pledged allegiance to the Islamic State in 2019, has killed thousands of civilians in eastern Congo over the past decade. "
  "Ugandan and Congolese forces launched joint operations against the group in late 2021.",
  E("Attack", "killed at least 19 civilians", "ADF: Allied Democratic Forces", "Civilians (Democratic Republic of Congo)", "wd:mon",
    L("Mangodomu", "CD", "Nord-Kivu", 1), 19),
  E("Armed clash", "fought ADF fighters", "Military Forces of Democratic Republic of Congo", "ADF: Allied Democratic Forces", "wd:tue",
    L("Eringeti", "CD", "Nord-Kivu", 2), 8)
  )
# ---- chunk 02 ----
N("web", "2017-10-05",
  "Police fire tear gas at Kashmir students protesting arrests\n\n"
  "Police fired tear gas shells to disperse hundreds of students who took to the streets of Srinagar on Thursday to protest the arrest of two classmates. "
  "The students, carrying placards, had marched from the Amar Singh College towards Lal Chowk when police blocked their way. "
  "Some protesters threw stones at the police, who responded with tear gas and baton charges, witnesses said. "
  "A police officer said six students were detained and later released. "
  "No serious injuries were reported. "
  "Educational institutions in the city were ordered closed for two days after the clashes. "
  "Student protests have been frequent in the Kashmir valley since the 2016 unrest that followed the killing of a militant commander.",
  E("Violent demonstration", "threw stones at the police", "Rioters (India)", "Police Forces of India", "wd:thu",
    L("Srinagar", "IN", "Jammu and Kashmir", 1), 0))

N("acled-note", "2012-03-19",
  "On 17 March 2012, FARC guerrillas ambushed an army patrol near Puerto Rico (Meta), killing four soldiers. Troops returned fire and one guerrilla was killed.",
  E("Armed clash", "ambushed an army patrol", "FARC: Revolutionary Armed Forces of Colombia", "Military Forces of Colombia", "2012-03-17",
    L("Puerto Rico", "CO", "Meta", 2), 5))

N("acled-note", "2012-03-21",
  "On 20 March 2012, a landmine planted by FARC exploded under a coca eradication worker in Tumaco (Narino), killing him.",
  E("Remote explosive/landmine/IED", "landmine planted by FARC exploded", "FARC: Revolutionary Armed Forces of Colombia", "Civilians (Colombia)", "2012-03-20",
    L("Tumaco", "CO", "Narino", 1), 1))

N("wire", "2003-08-29",
  "GEORGIA : ABKHAZ GUNMEN SEIZE THREE GEORGIAN VILLAGERS IN GALI .\n"
  "TBILISI 2003-08-29\n"
  "Armed men from Georgia 's breakaway region of Abkhazia abducted three ethnic Georgian villagers in the Gali district on Thursday , the Georgian Interior Ministry said on Friday . "
  "The three men , aged between 19 and 45 , were taken from their fields near the village of Nabakevi , a ministry spokesman said . "
  "\" The kidnappers demanded a ransom from the families , \" he said . "
  "Abkhaz officials denied involvement of their security forces . "
  "United Nations observers in the region were investigating the incident , a UNOMIG spokesman said . "
  "Abkhazia broke away from Georgia in a 1992-93 war .",
  E("Abduction/forced disappearance", "abducted three ethnic Georgian villagers", "Unidentified Armed Group (Georgia)", "Civilians (Georgia)", "lwd:thu",
    L("Nabakevi", "GE", "Abkhazia", 2), 0))

N("acled-note", "2009-05-02",
  "On 30 April 2009, a suicide bomber rammed an explosives-laden car into a checkpoint in Mingora (Swat, Khyber Pakhtunkhwa), killing five soldiers.",
  E("Suicide bomb", "suicide bomber rammed an explosives-laden car", "TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan", "2009-04-30",
    L("Mingora", "PK", "Khyber Pakhtunkhwa", 1), 5))

N("acled-note", "2009-05-03",
  "On 1 May 2009, a car bomb parked outside a market in Peshawar was detonated by remote control, killing seven civilians. Police said no suicide attacker was involved.",
  E("Remote explosive/landmine/IED", "car bomb", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2009-05-01",
    L("Peshawar", "PK", "Khyber Pakhtunkhwa", 1), 7))

N("web", "2021-11-08",
  "Nicaragua's Ortega wins fourth straight term in vote critics call a sham\n\n"
  "Daniel Ortega won a fourth consecutive term as Nicaragua's president, the electoral council said on Monday, after a vote in which his main rivals were jailed or barred from running. "
  "The council said Ortega's Sandinista Front took about 75 percent of the vote with turnout of 65 percent, figures the opposition disputed. "
  "The United States and the European Union called the election illegitimate and threatened new sanctions. "
  "Opposition groups in exile said turnout was far lower and that many polling stations were nearly empty. "
  "Ortega, in a speech in Managua, called his opponents \"sons of imperialism\". "
  "Seven would-be presidential candidates were detained in the months before the vote.")

N("acled-note", "2019-11-15",
  "On 14 November 2019, a mob lynched a man accused of stealing a motorbike in Kanyabayonga (Lubero, North Kivu). Police arrived after he had died.",
  E("Mob violence", "mob lynched a man", "Rioters (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2019-11-14",
    L("Kanyabayonga", "CD", "Nord-Kivu", 1), 1))

N("web", "2015-01-08",
  "Grenade attack on Bujumbura bar wounds 12\n\n"
  "Unknown assailants threw a grenade into a crowded bar in the Burundian capital Bujumbura late on Wednesday, wounding 12 people, police said. "
  "The attack happened at about 9 p.m. in the Kamenge district, in the north of the city. "
  "Police spokesman Pierre Nkurikiye said two of the wounded were in serious condition. "
  "\"The attackers fled on foot before our officers arrived,\" he told reporters on Thursday. "
  "Wednesday's grenade blast was the third in the capital this month. "
  "Nobody has been arrested over the attacks, which come ahead of elections planned for June.",
  E("Grenade", "threw a grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", "wd:wed",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), 0))

N("acled-note", "2022-04-12",
  "On 10 April 2022, members of the Arakan Army attacked a Myanmar military outpost near Paletwa (Chin). Fighting lasted two hours; casualties unknown.",
  E("Armed clash", "attacked a Myanmar military outpost", "AA: Arakan Army", "Military Forces of Myanmar", "2022-04-10",
    L("Paletwa", "MM", "Chin", 2), None))

N("acled-note", "2022-04-13",
  "On 11 April 2022, Myanmar military soldiers shot dead three unarmed villagers in Kyauktaw (Rakhine) during a search operation.",
  E("Attack", "shot dead three unarmed villagers", "Military Forces of Myanmar", "Civilians (Myanmar)", "2022-04-11",
    L("Kyauktaw", "MM", "Rakhine", 1), 3))

N("acled-note", "2022-04-14",
  "On 12 April 2022, a Myanmar military jet bombed the village of Kyauk Taw Gyi (Sagaing), killing five civilians.",
  E("Air/drone strike", "military jet bombed", "Military Forces of Myanmar", "Civilians (Myanmar)", "2022-04-12",
    L("Kyauk Taw Gyi", "MM", "Sagaing", 1), 5))

N("web", "2018-02-14",
  "Ten years on, Nairobi families still wait for justice\n\n"
  "A decade after the violence that followed Kenya's disputed 2007 election, families of victims in Nairobi's Kibera slum say they are still waiting for justice. "
  "More than 1,100 people were killed nationwide in the weeks of clashes that followed the vote. "
  "In Kibera, where gangs attacked homes and shops in early January 2008, many survivors never returned. "
  "\"Nobody has been punished,\" said Mary Akinyi, whose brother was killed. "
  "Cases at the International Criminal Court collapsed in 2014 and 2016 for lack of evidence. "
  "Human rights groups say police were responsible for a large share of the deaths. "
  "The government has paid compensation to some displaced families but not to the bereaved.",
  E("Mob violence", "gangs attacked homes and shops", "Rioters (Kenya)", "Civilians (Kenya)", "2008-01",
    L("Kibera", "KE", "Nairobi", 1), None, bg=True))

N("acled-note", "2024-05-20",
  "On 18 May 2024, around 2,000 people rallied in Tbilisi against the 'foreign agents' bill. Police used pepper spray and detained 14 demonstrators outside parliament.",
  E("Protest with intervention", "Police used pepper spray and detained 14 demonstrators", "Protesters (Georgia)", "Police Forces of Georgia", "2024-05-18",
    L("Tbilisi", "GE", "Tbilisi", 1), 0))

N("acled-note", "2024-05-21",
  "On 19 May 2024, several thousand people marched through central Tbilisi against the 'foreign agents' bill. The march ended peacefully.",
  E("Peaceful protest", "marched through central Tbilisi", "Protesters (Georgia)", None, "2024-05-19",
    L("Tbilisi", "GE", "Tbilisi", 1), 0))

N("web", "2019-03-16",
  "German police arrest far-right suspects over plot against mosques\n\n"
  "German police arrested four men suspected of planning attacks on mosques and politicians in raids across three states on Friday, federal prosecutors said. "
  "Officers seized firearms, ammunition and chemicals that could be used to make explosives at a flat in the town of Minden, prosecutors said. "
  "The suspects, aged between 31 and 56, are accused of forming a right-wing extremist group called \"Sturmbund Weser\". "
  "They had discussed attacking Friday prayers at a mosque in Hanover, according to a statement. "
  "\"The group was at an early stage but the danger was real,\" a spokeswoman for the Federal Prosecutor's Office said. "
  "The men will appear before a judge at the Federal Court of Justice in Karlsruhe on Saturday. "
  "Germany's domestic intelligence agency has warned of a growing threat from far-right extremists.",
  E("Arrests", "arrested four men", "Police Forces of Germany", "Sturmbund Weser", "wd:fri",
    L("Minden", "DE", "North Rhine-Westphalia", 1), 0),
  E("Disrupted weapons use", "seized firearms, ammunition and chemicals", "Police Forces of Germany", "Sturmbund Weser", "wd:fri",
    L("Minden", "DE", "North Rhine-Westphalia", 1), 0, mod="foiled"))

N("acled-note", "2014-07-22",
  "On 20 July 2014, Boko Haram fighters overran the town of Damboa (Borno) after the army withdrew, raising their flag over the emir's palace.",
  E("Non-state actor overtakes territory", "overran the town of Damboa", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Nigeria", "2014-07-20",
    L("Damboa", "NG", "Borno", 1), None))

N("acled-note", "2014-09-02",
  "On 31 August 2014, Nigerian troops recaptured Damboa (Borno) from Boko Haram after two days of fighting, the defence ministry said.",
  E("Government regains territory", "recaptured Damboa", "Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "2014-08-31",
    L("Damboa", "NG", "Borno", 1), None))

N("brief", "2020-10-02",
  "Azerbaijan said Armenian forces shelled the town of Tartar overnight, killing one civilian and damaging homes. Armenia denied targeting civilians.",
  E("Shelling/artillery/missile attack", "shelled the town of Tartar", "Military Forces of Armenia", "Civilians (Azerbaijan)", "d-1",
    L("Tartar", "AZ", "Tartar", 1), 1))

N("web", "2020-10-05",
  "Conflict over Nagorno-Karabakh: what we know\n\n"
  "Fighting between Armenia and Azerbaijan over Nagorno-Karabakh has entered its second week. "
  "Both sides say they have inflicted heavy losses, and neither can be independently verified. "
  "Armenian officials put their military dead at more than 200 since the start of hostilities; Azerbaijan has not disclosed its losses. "
  "The region, populated mostly by ethnic Armenians, broke from Azerbaijani control in a war that ended in 1994. "
  "France, Russia and the United States, co-chairs of the OSCE Minsk Group, have called for an immediate ceasefire. "
  "Analysts warn that Turkey's support for Azerbaijan risks drawing in regional powers. "
  "Talks are possible later this week, diplomats said.")

N("acled-note", "2001-05-11",
  "On 9 May 2001, unidentified gunmen abducted a Catholic priest from his parish house in Zamboanga City (Mindanao). Police suspected the Abu Sayyaf.",
  E("Abduction/forced disappearance", "abducted a Catholic priest", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", "2001-05-09",
    L("Zamboanga City", "PH", "Zamboanga Peninsula", 1), 0))

N("acled-note", "2025-03-04",
  "On 2 March 2025, RSF fighters looted shops and burned market stalls in Um Kadada (North Darfur); no casualties were reported.",
  E("Looting/property destruction", "looted shops and burned market stalls", "RSF: Rapid Support Forces", "Civilians (Sudan)", "2025-03-02",
    L("Um Kadada", "SD", "North Darfur", 1), 0))
# ---- chunk 03 ----
N("web", "2023-07-12",
  "Roadside bomb kills six soldiers in Burkina Faso's north\n\n"
  "Six Burkinabe soldiers were killed when their vehicle struck a roadside bomb near the town of Djibo on Monday, security sources said. "
  "The explosive device detonated under the lead truck of a supply convoy heading to Djibo from Ouahigouya, two sources told reporters. "
  "Four other soldiers were wounded and evacuated by helicopter. "
  "After the blast, militants opened fire on the convoy, sparking a gun battle that lasted about an hour, one of the sources said. "
  "The army said in a statement that \"several terrorists were neutralised\" in the fighting. "
  "Djibo, home to tens of thousands of displaced people, has been under a blockade by jihadists for more than a year. "
  "Attacks on convoys supplying the town have been frequent since 2022.",
  E("Remote explosive/landmine/IED", "struck a roadside bomb", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", "wd:mon",
    L("Djibo", "BF", "Sahel", 2), 6),
  E("Armed clash", "opened fire on the convoy", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso", "wd:mon",
    L("Djibo", "BF", "Sahel", 2), 10))

N("acled-note", "2023-07-20",
  "On 18 July 2023, VDP volunteers and JNIM militants clashed at Sollé (Loroum, Nord). Five VDP members were killed.",
  E("Armed clash", "clashed", "VDP: Volunteers for the Defense of the Homeland", "JNIM: Group for Support of Islam and Muslims", "2023-07-18",
    L("Solle", "BF", "Nord", 1), 5))

N("acled-note", "2023-07-21",
  "On 19 July 2023, JNIM militants executed four men accused of collaborating with the VDP in Sollé (Loroum, Nord).",
  E("Attack", "executed four men", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)", "2023-07-19",
    L("Solle", "BF", "Nord", 1), 4))

N("wire", "1994-04-11",
  "RWANDA : FIGHTING RAGES IN KIGALI AS FOREIGNERS FLEE .\n"
  "KIGALI 1994-04-11\n"
  "Rwandan government troops and rebels of the Rwandan Patriotic Front fought with mortars and machineguns in the capital Kigali on Monday , aid workers said . "
  "Shells fell near the Meridien hotel and the parliament building , where an RPF battalion has been based under a peace accord . "
  "\" The fighting has not stopped since the morning , \" a Red Cross official said by satellite telephone . "
  "Belgian and French troops continued to evacuate foreigners through the airport . "
  "Aid agencies said thousands of civilians had been killed by militias and soldiers in the city since the president 's plane was shot down on Wednesday . "
  "There was no reliable casualty figure for Monday 's fighting .",
  E("Armed clash", "fought with mortars and machineguns", "Military Forces of Rwanda", "RPF: Rwandan Patriotic Front", "wd:mon",
    L("Kigali", "RW", "Kigali", 1), None))

N("acled-note", "2016-08-09",
  "On 8 August 2016, a suicide bomber detonated explosives among lawyers gathered at the Civil Hospital in Quetta (Balochistan), killing 70 people. JuA claimed the attack.",
  E("Suicide bomb", "suicide bomber detonated explosives", "Jamaat-ul-Ahrar", "Civilians (Pakistan)", "2016-08-08",
    L("Quetta", "PK", "Balochistan", 1), 70))

N("web", "2016-08-12",
  "Pakistan lawyers boycott courts after Quetta attack\n\n"
  "Lawyers in Lahore boycotted court proceedings on Friday to mourn colleagues killed in this week's hospital bombing in Quetta. "
  "The Lahore High Court Bar Association suspended work and held prayers for the victims outside the court building. "
  "The lawyers demanded better security for courts and judges. "
  "Monday's suicide bombing killed 70 people, most of them lawyers who had gathered at the hospital after the killing of a bar association president. "
  "\"We have lost a whole generation of the Balochistan bar,\" said the head of the Pakistan Bar Council. "
  "The prime minister has ordered an inquiry.",
  E("Peaceful protest", "boycotted court proceedings", "Protesters (Pakistan)", None, "wd:fri",
    L("Lahore", "PK", "Punjab", 1), 0),
  E("Suicide bomb", "Monday's suicide bombing killed 70 people", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "wd:mon",
    L("Quetta", "PK", "Balochistan", 1), 70, bg=True))

N("acled-note", "2010-02-02",
  "On 31 January 2010, gunmen shot dead 15 young people at a birthday party in Ciudad Juárez (Chihuahua). Authorities attributed the massacre to a drug cartel.",
  E("Attack", "shot dead 15 young people", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", "2010-01-31",
    L("Ciudad Juarez", "MX", "Chihuahua", 1), 15))

N("web", "2022-03-03",
  "Sri Lanka hit by 10-hour power cuts as fuel runs short\n\n"
  "Sri Lanka imposed daily power cuts of up to 10 hours on Thursday as the island ran out of fuel for its thermal plants. "
  "The Ceylon Electricity Board said it had no choice because of a shortage of foreign exchange to pay for oil imports. "
  "Long queues formed at petrol stations in Colombo and Kandy. "
  "The rupee fell to a record low against the dollar. "
  "Business groups warned that the outages would hit garment and tea exports. "
  "The government said it was in talks with India for an emergency credit line.")

N("acled-note", "2022-04-01",
  "On 31 March 2022, hundreds of protesters gathered outside the president's private residence in Mirihana (Colombo) demanding his resignation. Some set a bus on fire and threw stones at police, who used tear gas and water cannon.",
  E("Violent demonstration", "set a bus on fire and threw stones at police", "Rioters (Sri Lanka)", "Police Forces of Sri Lanka", "2022-03-31",
    L("Mirihana", "LK", "Western", 1), 0))

N("acled-note", "2022-04-05",
  "On 3 April 2022, students marched peacefully through Peradeniya (Kandy) defying a weekend curfew; police stopped the march with tear gas and water cannon.",
  E("Protest with intervention", "police stopped the march with tear gas and water cannon", "Protesters (Sri Lanka)", "Police Forces of Sri Lanka", "2022-04-03",
    L("Peradeniya", "LK", "Central", 1), 0))

N("acled-note", "2022-04-21",
  "On 19 April 2022, police opened fire on protesters blocking a railway line in Rambukkana (Kegalle), killing one man and wounding 13.",
  E("Excessive force against protesters", "police opened fire on protesters", "Police Forces of Sri Lanka", "Protesters (Sri Lanka)", "2022-04-19",
    L("Rambukkana", "LK", "Sabaragamuwa", 1), 1))

N("web", "2005-07-22",
  "Police foil second wave of London bombings\n\n"
  "Four would-be suicide bombers tried to set off explosions on three Underground trains and a bus in London on Thursday, but their devices failed to detonate fully, police said. "
  "Only the detonators of the bombs went off, causing small blasts and smoke at the Shepherd's Bush, Warren Street and Oval stations and on a bus in Hackney. "
  "One man was slightly hurt. "
  "The attackers fled the scenes and a manhunt was under way. "
  "Police Commissioner Ian Blair said the attempted attacks were clearly intended to kill. "
  "The failed bombings came exactly two weeks after suicide bombers killed 52 people on three trains and a bus in the capital on July 7.",
  E("Suicide bomb", "tried to set off explosions", "Islamist Militants (United Kingdom)", "Civilians (United Kingdom)", "wd:thu",
    L("London", "GB", "England", 1), 0, mod="attempted"),
  E("Suicide bomb", "suicide bombers killed 52 people", "Islamist Militants (United Kingdom)", "Civilians (United Kingdom)", "2005-07-07",
    L("London", "GB", "England", 1), 52, bg=True))

N("acled-note", "2019-08-14",
  "On 12 August 2019, Indian police arrested 15 local politicians in Srinagar, including two former state ministers, ahead of planned protests.",
  E("Arrests", "arrested 15 local politicians", "Police Forces of India", "Civilians (India)", "2019-08-12",
    L("Srinagar", "IN", "Jammu and Kashmir", 1), 0))

N("acled-note", "2019-08-16",
  "On 14 August 2019, Indian army engineers defused an IED found on the Srinagar-Baramulla highway near Pattan (Baramulla).",
  E("Disrupted weapons use", "defused an IED", "Military Forces of India", None, "2019-08-14",
    L("Pattan", "IN", "Jammu and Kashmir", 2), 0))

N("web", "2011-08-08",
  "Riots spread across London on third night\n\n"
  "Rioting spread to several London districts on Sunday night as youths looted shops and set fire to cars, police said. "
  "In Enfield, in the north of the city, a crowd smashed the windows of a shopping centre and fought running battles with officers. "
  "Police said 100 people had been arrested since the unrest began on Saturday in Tottenham, where a peaceful protest over the police shooting of a local man turned violent. "
  "Nine officers were injured in the Sunday disturbances. "
  "\"This is pure criminality,\" Home Secretary Theresa May said. "
  "Community leaders called for calm and said young people felt ignored.",
  E("Violent demonstration", "youths looted shops and set fire to cars", "Rioters (United Kingdom)", "Police Forces of the United Kingdom", "wd:sun",
    L("Enfield", "GB", "England", 1), 0),
  E("Violent demonstration", "a peaceful protest over the police shooting of a local man turned violent", "Rioters (United Kingdom)", "Police Forces of the United Kingdom", "wd:sat",
    L("Tottenham", "GB", "England", 1), 0))

N("acled-note", "2006-09-20",
  "On 18 September 2006, Thai police defused a bomb placed under a bridge in Yala town; a second device exploded nearby an hour later, injuring a ranger.",
  E("Disrupted weapons use", "defused a bomb", "Police Forces of Thailand", "Unidentified Armed Group (Thailand)", "2006-09-18",
    L("Yala", "TH", "Yala", 1), 0),
  E("Remote explosive/landmine/IED", "a second device exploded", "Unidentified Armed Group (Thailand)", "Military Forces of Thailand", "2006-09-18",
    L("Yala", "TH", "Yala", 1), 0))

N("brief", "2025-02-11",
  "An Israeli drone struck a car in the southern Lebanese town of Bint Jbeil on Monday, killing two men, Lebanon's health ministry said.",
  E("Air/drone strike", "drone struck a car", "Military Forces of Israel", None, "wd:mon",
    L("Bint Jbeil", "LB", "Nabatieh", 1), 2))

N("web", "2025-02-12",
  "Lebanon's new cabinet wins confidence vote\n\n"
  "Lebanon's new government won a vote of confidence in parliament on Wednesday, clearing the way for talks with the International Monetary Fund. "
  "Prime Minister Nawaf Salam told lawmakers his cabinet would prioritise reconstruction of areas damaged in last year's war and reform of the banking sector. "
  "Ninety-five of the 128 lawmakers voted in favour. "
  "The cabinet has pledged to extend state authority over all Lebanese territory. "
  "The session was broadcast live and passed without incident.")

N("acled-note", "1999-09-01",
  "On 30 August 1999, pro-Indonesian militiamen attacked voters returning from polling stations in Atsabe (Ermera), killing three.",
  E("Attack", "attacked voters", "Aitarak Militia", "Civilians (East Timor)", "1999-08-30",
    L("Atsabe", "TL", "Ermera", 1), 3))

N("acled-note", "2021-01-08",
  "On 6 January 2021, supporters of Donald Trump stormed the US Capitol in Washington, DC, breaking windows and fighting police; five people died in connection with the riot.",
  E("Violent demonstration", "stormed the US Capitol", "Rioters (United States)", "Police Forces of the United States", "2021-01-06",
    L("Washington", "US", "District of Columbia", 1), 5))

N("web", "2021-06-30",
  "Court jails man who plotted to kidnap Michigan governor\n\n"
  "A federal judge sentenced a Michigan man to six years in prison on Wednesday for his role in a plot to kidnap Governor Gretchen Whitmer. "
  "The man, who pleaded guilty earlier this year, had testified against his co-defendants. "
  "Prosecutors said the group had trained with firearms and discussed blowing up a bridge. "
  "\"This was a serious threat to our democracy,\" the US attorney said. "
  "The trial of four other men is due to begin in October. "
  "Defence lawyers say FBI informants encouraged the plot.")

N("acled-note", "2020-10-10",
  "On 7 October 2020, the FBI arrested six men in Michigan accused of plotting to kidnap Governor Gretchen Whitmer; seven more were charged in state court. The arrests were made in Ypsilanti.",
  E("Arrests", "arrested six men", "Police Forces of the United States", "Wolverine Watchmen", "2020-10-07",
    L("Ypsilanti", "US", "Michigan", 1), 0))
# ---- chunk 04 ----
N("web", "2018-05-15",
  "Church bombings in Surabaya: families sent children to die, police say\n\n"
  "A family of six carried out suicide bombings at three churches in Indonesia's second city Surabaya on Sunday morning, killing 13 people, police said. "
  "The mother and her two daughters, aged 9 and 12, blew themselves up at the Diponegoro Indonesian Christian Church, while the father drove a car packed with explosives into the Pentecostal Church on Arjuno street, national police chief Tito Karnavian said. "
  "The two sons, aged 16 and 18, rode a motorcycle into the grounds of the Santa Maria Catholic church and detonated their bombs. "
  "\"All of them were suicide bombers,\" Karnavian told reporters on Monday. "
  "On Monday morning, a second family on motorbikes detonated a bomb at the gate of the Surabaya police headquarters, wounding four officers and six civilians. "
  "Islamic State claimed Sunday's attacks through its Amaq news agency. "
  "The bombings were the deadliest in Indonesia since the 2002 Bali attacks. "
  "President Joko Widodo visited the sites and called the attacks \"barbaric\".",
  E("Suicide bomb", "carried out suicide bombings at three churches", "Islamic State", "Civilians (Indonesia)", "wd:sun",
    L("Surabaya", "ID", "East Java", 1), 13),
  E("Suicide bomb", "detonated a bomb at the gate of the Surabaya police headquarters", "Unidentified Armed Group (Indonesia)", "Police Forces of Indonesia", "wd:mon",
    L("Surabaya", "ID", "East Java", 1), 0))

N("acled-note", "2013-11-26",
  "On 24 November 2013, Thai anti-government protesters led by Suthep Thaugsuban occupied the Finance Ministry compound in Bangkok. Police did not intervene.",
  E("Peaceful protest", "occupied the Finance Ministry compound", "Protesters (Thailand)", None, "2013-11-24",
    L("Bangkok", "TH", "Bangkok", 1), 0))

N("acled-note", "2013-12-03",
  "On 1 December 2013, anti-government protesters attacked police lines near Government House in Bangkok with rocks and slingshots; police fired tear gas and rubber bullets.",
  E("Violent demonstration", "attacked police lines", "Rioters (Thailand)", "Police Forces of Thailand", "2013-12-01",
    L("Bangkok", "TH", "Bangkok", 1), 0))

N("wire", "2008-08-09",
  "GEORGIAN, RUSSIAN FORCES BATTLE FOR TSKHINVALI\n"
  "TBILISI, Georgia (AP) — Russian tanks and troops poured into South Ossetia on Saturday and battled Georgian forces for control of the breakaway region's capital, Tskhinvali, officials on both sides said. "
  "Russian warplanes also bombed the Georgian town of Gori, about 25 kilometers south of Tskhinvali, hitting a military base and apartment buildings, Georgian officials said. "
  "Georgian Interior Ministry spokesman Shota Utiashvili said the airstrikes on Gori killed at least five civilians. "
  "The fighting began late Thursday when Georgia launched an offensive to retake South Ossetia. "
  "Russia said it was defending its peacekeepers and citizens in the region. "
  "\"We are in a state of war,\" Georgian President Mikheil Saakashvili said in a televised address. "
  "The U.N. Security Council met in emergency session but failed to agree on a statement.",
  E("Armed clash", "battled Georgian forces", "Military Forces of Russia", "Military Forces of Georgia", "wd:sat",
    L("Tskhinvali", "GE", "South Ossetia", 1), None),
  E("Air/drone strike", "Russian warplanes also bombed", "Military Forces of Russia", "Civilians (Georgia)", "wd:sat",
    L("Gori", "GE", "Shida Kartli", 1), 5),
  E("Armed clash", "launched an offensive to retake South Ossetia", "Military Forces of Georgia", "South Ossetian Separatists", "wd:thu",
    L("South Ossetia", "GE", "South Ossetia", 3), None))

N("acled-note", "2017-01-18",
  "On 16 January 2017, a man shot dead two vigilantes at a checkpoint in Kalehe (South Kivu). Local sources identified the shooter as a Raia Mutomboki member.",
  E("Attack", "shot dead two vigilantes", "Raia Mutomboki", "Civilians (Democratic Republic of Congo)", "2017-01-16",
    L("Kalehe", "CD", "Sud-Kivu", 1), 2))

N("acled-note", "2017-01-19",
  "On 17 January 2017, FARDC soldiers and Raia Mutomboki fighters clashed in Bunyakiri (Kalehe, South Kivu). The army said seven militiamen were killed and it recovered four AK-47 rifles.",
  E("Armed clash", "clashed", "Military Forces of Democratic Republic of Congo", "Raia Mutomboki", "2017-01-17",
    L("Bunyakiri", "CD", "Sud-Kivu", 1), 7))

N("web", "2019-07-19",
  "Kyoto animation studio fire kills 33; suspect had grudge, police say\n\n"
  "A man doused an animation studio in Kyoto with petrol and set it ablaze on Thursday, killing 33 people in Japan's deadliest mass killing in decades, police said. "
  "The 41-year-old suspect, who was badly burned, shouted \"drop dead\" as he started the fire, witnesses said. "
  "Police said he believed the company had stolen his ideas for a novel. "
  "Dozens of people were injured, many critically. "
  "Fans left flowers outside the blackened building on Friday. "
  "Police said there was no indication of a political motive.")

N("acled-note", "2015-11-04",
  "On 2 November 2015, unidentified assailants threw a grenade at the house of a ruling-party official in Ngagara (Bujumbura), injuring two family members.",
  E("Grenade", "threw a grenade", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", "2015-11-02",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), 0))

N("acled-note", "2015-11-06",
  "On 4 November 2015, Burundian police shot dead two young men during a search operation in Mutakura (Bujumbura), residents said.",
  E("Attack", "shot dead two young men", "Police Forces of Burundi", "Civilians (Burundi)", "2015-11-04",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), 2))

N("web", "2015-05-14",
  "Burundi army general announces coup as Nkurunziza abroad\n\n"
  "A Burundian army general announced on Wednesday that President Pierre Nkurunziza had been removed from power, while the president was in Tanzania for a regional summit. "
  "Major General Godefroid Niyombare, a former intelligence chief, made the announcement on a private radio station in Bujumbura. "
  "Thousands of people poured into the streets of the capital to celebrate, some climbing onto army vehicles. "
  "The presidency said on Twitter that the coup attempt had failed. "
  "Heavy gunfire was later heard near the state broadcaster, where loyalist troops and soldiers backing the general fought for control of the building, witnesses said. "
  "Weeks of protests against Nkurunziza's bid for a third term had preceded the announcement.",
  E("Other", "announced on Wednesday that President Pierre Nkurunziza had been removed from power", "Mutiny of Military Forces of Burundi", "Government of Burundi", "wd:wed",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), None, mod="attempted", plover="COERCE"),
  E("Peaceful protest", "poured into the streets of the capital to celebrate", "Protesters (Burundi)", None, "wd:wed",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), 0, plover="PROTEST"),
  E("Armed clash", "fought for control of the building", "Military Forces of Burundi", "Mutiny of Military Forces of Burundi", "wd:wed",
    L("Bujumbura", "BI", "Bujumbura Mairie", 1), None))

N("acled-note", "2020-12-01",
  "On 29 November 2020, Ethiopian forces and TPLF fighters exchanged artillery fire near Mekelle; the same day, federal troops shelled residential neighbourhoods of the city, killing 27 civilians according to local doctors.",
  E("Armed clash", "exchanged artillery fire", "Military Forces of Ethiopia", "TPLF: Tigray People's Liberation Front", "2020-11-29",
    L("Mekelle", "ET", "Tigray", 2), None),
  E("Shelling/artillery/missile attack", "shelled residential neighbourhoods", "Military Forces of Ethiopia", "Civilians (Ethiopia)", "2020-11-29",
    L("Mekelle", "ET", "Tigray", 1), 27))

N("acled-note", "2011-09-06",
  "On 4 September 2011, Somali pirates hijacked a fishing dhow off Hobyo (Mudug) and took its crew of 12 hostage.",
  E("Abduction/forced disappearance", "took its crew of 12 hostage", "Somali Pirates", "Civilians (Somalia)", "2011-09-04",
    L("Hobyo", "SO", "Mudug", 2), 0))

N("brief", "2007-11-05",
  "Pakistani police arrested about 500 lawyers and opposition activists in Lahore and Karachi on Sunday, a day after President Pervez Musharraf declared emergency rule.",
  E("Arrests", "arrested about 500 lawyers and opposition activists", "Police Forces of Pakistan", "Lawyers (Pakistan)", "wd:sun",
    L("Lahore", "PK", "Punjab", 1), 0),
  E("Arrests", "arrested about 500 lawyers and opposition activists", "Police Forces of Pakistan", "Lawyers (Pakistan)", "wd:sun",
    L("Karachi", "PK", "Sindh", 1), 0),
  E("Other", "declared emergency rule", "Government of Pakistan", None, "wd:sat",
    L("Pakistan", "PK", None, 4), None, plover="MOBILIZE"))

N("web", "2024-06-25",
  "Gunmen attack churches, synagogue and police post in Dagestan\n\n"
  "Gunmen attacked two Orthodox churches, a synagogue and a traffic police post in the Russian region of Dagestan on Sunday evening, killing at least 15 police officers and two civilians, including a priest, officials said. "
  "In the coastal city of Derbent, attackers opened fire on a synagogue and a church, killing a priest and a security guard and setting the synagogue on fire. "
  "Father Nikolai Kotelnikov, 66, was killed in the church, the regional Orthodox diocese said. "
  "Almost simultaneously, a second group attacked a church and a police post in the regional capital Makhachkala, 120 kilometres to the north, killing at least 15 police officers. "
  "Security forces said five of the attackers were killed in the following hours in shootouts in Makhachkala. "
  "Russia's Investigative Committee opened a terrorism case. "
  "Dagestan declared three days of mourning on Monday. "
  "The region was the scene of an Islamist insurgency in the 2000s and early 2010s.",
  E("Attack", "attackers opened fire on a synagogue and a church", "Islamist Militants (Russia)", "Civilians (Russia)", "wd:sun",
    L("Derbent", "RU", "Dagestan", 1), 2),
  E("Armed clash", "a second group attacked a church and a police post", "Islamist Militants (Russia)", "Police Forces of Russia", "wd:sun",
    L("Makhachkala", "RU", "Dagestan", 1), 20))

N("acled-note", "1997-06-08",
  "On 5 June 1997, fighting broke out in Brazzaville between troops loyal to President Lissouba and the Cobra militia of Denis Sassou Nguesso. At least 30 people were killed.",
  E("Armed clash", "fighting broke out", "Military Forces of Republic of Congo", "Cobra Militia", "1997-06-05",
    L("Brazzaville", "CG", "Brazzaville", 1), 30))

N("web", "2023-09-20",
  "Azerbaijan launches 'anti-terror' operation in Karabakh\n\n"
  "Azerbaijan launched what it called an \"anti-terrorist operation\" in Nagorno-Karabakh on Tuesday, shelling Stepanakert and other towns and demanding the surrender of ethnic Armenian forces. "
  "Residents of Stepanakert, which Azerbaijan calls Khankendi, said explosions shook the city for hours and people were sheltering in basements. "
  "The local human rights ombudsman said at least 27 people had been killed, including two civilians, and more than 200 wounded. "
  "Azerbaijan's defence ministry said it was targeting only military positions with \"high-precision weapons\". "
  "Armenia's prime minister Nikol Pashinyan said his country's army was not involved. "
  "On Wednesday, Karabakh authorities agreed to a Russian-mediated ceasefire under which their forces would disarm. "
  "The region's 120,000 Armenians have lived under a blockade since December.",
  E("Shelling/artillery/missile attack", "shelling Stepanakert", "Military Forces of Azerbaijan", "Artsakh Defence Army", "wd:tue",
    L("Stepanakert", "AZ", "Khankendi", 1), 27),
  E("Agreement", "agreed to a Russian-mediated ceasefire", "Artsakh Defence Army", "Military Forces of Azerbaijan", "wd:wed",
    L("Stepanakert", "AZ", "Khankendi", 1), None))

N("acled-note", "2022-10-25",
  "On 23 October 2022, hundreds of ultranationalist activists marched through Budapest waving flags; the march passed without incident.",
  E("Peaceful protest", "marched through Budapest", "Protesters (Hungary)", None, "2022-10-23",
    L("Budapest", "HU", "Budapest", 1), 0))

N("acled-note", "2018-09-05",
  "On 3 September 2018, a crowd of around 200 people chased and beat migrants in the streets of Chemnitz (Saxony) after a rally; police said four were injured.",
  E("Mob violence", "chased and beat migrants", "Rioters (Germany)", "Migrants (Germany)", "2018-09-03",
    L("Chemnitz", "DE", "Saxony", 1), 0))

N("acled-note", "2010-04-12",
  "On 10 April 2010, Thai soldiers fired live ammunition and tear gas at Red Shirt protesters near Khok Wua intersection in Bangkok; 25 people were killed.",
  E("Excessive force against protesters", "fired live ammunition and tear gas at Red Shirt protesters", "Military Forces of Thailand", "Protesters (Thailand)", "2010-04-10",
    L("Bangkok", "TH", "Bangkok", 1), 25))

N("web", "2026-01-14",
  "Peru's economy grew 3.1% in 2025, central bank says\n\n"
  "Peru's economy expanded 3.1 percent last year, driven by mining and fisheries, the central bank said on Wednesday. "
  "Copper output rose to a record as the Quellaveco mine reached full capacity. "
  "The bank kept its benchmark interest rate at 4.25 percent and forecast similar growth for this year. "
  "Economists warned that political uncertainty ahead of April's general election could weigh on investment. "
  "Inflation ended the year at 2.1 percent, within the bank's target range.")

N("acled-note", "2026-01-16",
  "On 14 January 2026, Peruvian police arrested a regional governor in Huancayo (Junin) accused of links to illegal mining gangs.",
  E("Arrests", "arrested a regional governor", "Police Forces of Peru", "Government of Peru", "2026-01-14",
    L("Huancayo", "PE", "Junin", 1), 0))
# ---- chunk 05 ----
N("web", "2023-05-05",
  "Manipur burns: army deployed as ethnic clashes spread\n\n"
  "The Indian army was deployed in the northeastern state of Manipur on Thursday after clashes between Meitei and Kuki groups left homes, churches and temples burning in several districts. "
  "The violence erupted on Wednesday afternoon in Torbung, in Churachandpur district, after a tribal solidarity march organised by the All Tribal Students' Union Manipur. "
  "Mobs armed with sticks and machetes attacked houses in Torbung and set dozens of them on fire, police said. "
  "\"Everything in our street was burnt,\" one resident told a local television channel. "
  "By Thursday the unrest had spread to the state capital Imphal, where crowds torched vehicles and attacked homes of Kuki families. "
  "Authorities imposed a curfew and suspended mobile internet across the state. "
  "Officials have not given a death toll, but hospitals in Imphal reported receiving several bodies. "
  "The chief minister appealed for calm.",
  E("Peaceful protest", "tribal solidarity march", "Protesters (India)", None, "wd:wed",
    L("Torbung", "IN", "Manipur", 1), 0),
  E("Mob violence", "Mobs armed with sticks and machetes attacked houses in Torbung", "Rioters (India)", "Civilians (India)", "wd:wed",
    L("Torbung", "IN", "Manipur", 1), None),
  E("Mob violence", "crowds torched vehicles and attacked homes of Kuki families", "Rioters (India)", "Civilians (India)", "wd:thu",
    L("Imphal", "IN", "Manipur", 1), None))

N("acled-note", "2004-02-16",
  "On 14 February 2004, Maoist rebels attacked a police post in Bhojpur district headquarters (Koshi), leading to a six-hour gun battle in which 11 policemen and 9 rebels were killed.",
  E("Armed clash", "attacked a police post", "CPN-M: Communist Party of Nepal (Maoist)", "Police Forces of Nepal", "2004-02-14",
    L("Bhojpur", "NP", "Koshi", 1), 20))

N("acled-note", "2004-02-18",
  "On 16 February 2004, suspected Maoists abducted a schoolteacher in Rolpa district (Lumbini) and released him two days later after a 'people's court' hearing.",
  E("Abduction/forced disappearance", "abducted a schoolteacher", "CPN-M: Communist Party of Nepal (Maoist)", "Civilians (Nepal)", "2004-02-16",
    L("Rolpa", "NP", "Lumbini", 2), 0))

N("wire", "1998-11-12",
  "NORTHERN IRELAND : PIPE BOMB DEFUSED OUTSIDE PORTADOWN HOME .\n"
  "BELFAST 1998-11-12\n"
  "Army bomb experts defused a pipe bomb left on the window sill of a Catholic family 's home in Portadown , County Armagh , on Wednesday night , police said . "
  "A police spokesman said the device was \" viable and capable of causing serious injury \" . "
  "The family of five was evacuated while the device was made safe . "
  "Police blamed loyalist paramilitaries opposed to the Good Friday peace agreement . "
  "It was the fourth pipe bomb found in the town since September . "
  "Nobody has claimed responsibility .",
  E("Disrupted weapons use", "defused a pipe bomb", "Military Forces of the United Kingdom", "Loyalist Paramilitaries (United Kingdom)", "wd:wed",
    L("Portadown", "GB", "Northern Ireland", 1), 0))

N("acled-note", "2019-12-04",
  "On 2 December 2019, an NPA landmine exploded as a military truck passed in Las Navas (Northern Samar), wounding six soldiers. Troops then exchanged fire with the rebels for 20 minutes.",
  E("Remote explosive/landmine/IED", "landmine exploded", "NPA: New People's Army", "Military Forces of the Philippines", "2019-12-02",
    L("Las Navas", "PH", "Eastern Visayas", 1), 0),
  E("Armed clash", "exchanged fire", "Military Forces of the Philippines", "NPA: New People's Army", "2019-12-02",
    L("Las Navas", "PH", "Eastern Visayas", 1), None))

N("acled-note", "2019-12-06",
  "On 4 December 2019, Philippine soldiers overran an NPA camp in Catubig (Northern Samar) after a firefight, recovering rifles and explosives. Two rebels were killed.",
  E("Armed clash", "overran an NPA camp", "Military Forces of the Philippines", "NPA: New People's Army", "2019-12-04",
    L("Catubig", "PH", "Eastern Visayas", 1), 2))

N("web", "2021-03-04",
  "Myanmar's bloodiest day: 38 killed as forces fire on protesters\n\n"
  "Myanmar security forces shot dead at least 38 people across the country on Wednesday, the United Nations said, the bloodiest day since last month's coup. "
  "In Monywa, in the central Sagaing region, police and soldiers opened fire on a crowd of several thousand, killing at least six people, a local medic said. "
  "In Yangon, at least 18 people were killed when security forces fired live rounds in the neighbourhoods of North Okkalapa and Thaketa, witnesses said. "
  "Protesters built barricades of tyres and sandbags but did not fight back. "
  "\"They shot like it was a battlefield,\" a Yangon protester said. "
  "In Mandalay, police fired rubber bullets and tear gas to break up a march, wounding several people. "
  "The UN envoy for Myanmar said more than 50 people had been killed since the February 1 coup. "
  "The junta has not commented on the deaths.",
  E("Excessive force against protesters", "opened fire on a crowd of several thousand", "Military Forces of Myanmar", "Protesters (Myanmar)", "wd:wed",
    L("Monywa", "MM", "Sagaing", 1), 6),
  E("Excessive force against protesters", "fired live rounds", "Military Forces of Myanmar", "Protesters (Myanmar)", "wd:wed",
    L("Yangon", "MM", "Yangon", 1), 18),
  E("Protest with intervention", "police fired rubber bullets and tear gas to break up a march", "Protesters (Myanmar)", "Police Forces of Myanmar", "wd:wed",
    L("Mandalay", "MM", "Mandalay", 1), 0),
  E("Other", "February 1 coup", "Military Forces of Myanmar", "Government of Myanmar", "2021-02-01",
    L("Myanmar", "MM", None, 4), None, bg=True, plover="COERCE"))

N("acled-note", "2015-09-23",
  "On 21 September 2015, Greek anarchists set fire to an empty bank branch in Exarchia (Athens) overnight; no one was injured.",
  E("Looting/property destruction", "set fire to an empty bank branch", "Anarchist Group (Greece)", None, "2015-09-21",
    L("Athens", "GR", "Attica", 1), 0))

N("acled-note", "2015-09-24",
  "On 22 September 2015, a small bomb exploded outside the offices of a business association in Athens after a warning call to a newspaper; the building was damaged.",
  E("Remote explosive/landmine/IED", "small bomb exploded", "Unidentified Armed Group (Greece)", None, "2015-09-22",
    L("Athens", "GR", "Attica", 1), 0))

N("web", "2016-12-09",
  "Haiti counts votes slowly after delayed presidential election\n\n"
  "Haiti's electoral council said on Friday it was still tallying ballots from last month's presidential election, which was held a year late after a disputed first round was annulled. "
  "Preliminary results are expected next week. "
  "Turnout was around 21 percent, observers from the Organization of American States said. "
  "Banana exporter Jovenel Moise of the Tet Kale party is widely seen as the frontrunner. "
  "Supporters of rival candidates have warned they will not accept fraud. "
  "Hurricane Matthew, which struck the south of the country in October, has complicated logistics.")

N("acled-note", "2016-12-14",
  "On 12 December 2016, several hundred supporters of opposition candidate Maryse Narcisse marched in Port-au-Prince claiming electoral fraud. Police fired tear gas when some marchers threw stones at a polling office.",
  E("Violent demonstration", "threw stones at a polling office", "Rioters (Haiti)", "Police Forces of Haiti", "2016-12-12",
    L("Port-au-Prince", "HT", "Ouest", 1), 0))

N("acled-note", "2024-03-05",
  "On 3 March 2024, gang members stormed the National Penitentiary in Port-au-Prince and freed around 3,700 inmates; at least 12 people were killed in the attack.",
  E("Armed clash", "stormed the National Penitentiary", "Unidentified Gang (Haiti)", "Police Forces of Haiti", "2024-03-03",
    L("Port-au-Prince", "HT", "Ouest", 1), 12))

N("acled-note", "2008-03-17",
  "On 14 March 2008, Tibetan rioters burned shops and attacked Han Chinese residents in Lhasa (Tibet); official media said 18 civilians were killed.",
  E("Mob violence", "burned shops and attacked Han Chinese residents", "Rioters (China)", "Civilians (China)", "2008-03-14",
    L("Lhasa", "CN", "Tibet", 1), 18))

N("web", "2009-06-23",
  "Suicide bomber kills Ingushetia's president's guard, wounds president\n\n"
  "A suicide car bomber rammed the motorcade of Ingushetia's president Yunus-Bek Yevkurov on Monday, seriously wounding him and killing his driver, Russian officials said. "
  "The explosion happened on a road outside the regional capital Nazran as the convoy passed. "
  "Yevkurov underwent surgery for head and liver injuries and was in a serious condition, a hospital spokesman said on Tuesday. "
  "Two bodyguards were also killed in the blast, officials said. "
  "\"It was a terrorist act,\" a spokesman for the regional Interior Ministry said. "
  "Yevkurov, a former paratrooper, had pledged to fight the Islamist insurgency and corruption since taking office last October. "
  "Monday's bombing followed the killing of a former deputy prime minister of Ingushetia on June 13 in the town of Nazran.",
  E("Suicide bomb", "suicide car bomber rammed the motorcade", "Islamist Militants (Russia)", "Government of Russia", "wd:mon",
    L("Nazran", "RU", "Ingushetia", 2), 3),
  E("Attack", "the killing of a former deputy prime minister of Ingushetia", "Unidentified Armed Group (Russia)", "Government of Russia", "2009-06-13",
    L("Nazran", "RU", "Ingushetia", 1), 1, bg=True))

N("acled-note", "2009-06-30",
  "On 28 June 2009, Russian security forces killed four suspected militants in a house in Malgobek (Ingushetia) after the men refused to surrender and opened fire.",
  E("Armed clash", "killed four suspected militants", "Police Forces of Russia", "Islamist Militants (Russia)", "2009-06-28",
    L("Malgobek", "RU", "Ingushetia", 1), 4))

N("brief", "2017-04-24",
  "Gunmen shot dead two Pakistani customs officials in Chaman near the Afghan border on Sunday, police said. The attackers escaped.",
  E("Attack", "shot dead two Pakistani customs officials", "Unidentified Armed Group (Pakistan)", "Government of Pakistan", "wd:sun",
    L("Chaman", "PK", "Balochistan", 1), 2))

N("acled-note", "2019-01-29",
  "On 27 January 2019, two bombs exploded during Mass at the cathedral in Jolo (Sulu), killing 20 people. Investigators said the attack was carried out by suicide bombers linked to Abu Sayyaf.",
  E("Suicide bomb", "two bombs exploded", "Abu Sayyaf Group", "Civilians (Philippines)", "2019-01-27",
    L("Jolo", "PH", "Bangsamoro", 1), 20))

N("acled-note", "2022-12-01",
  "On 29 November 2022, residents of Pétion-Ville (Port-au-Prince) beat and set fire to three suspected gang members in a 'bwa kale' lynching.",
  E("Mob violence", "beat and set fire to three suspected gang members", "Rioters (Haiti)", "Civilians (Haiti)", "2022-11-29",
    L("Petion-Ville", "HT", "Ouest", 1), 3))

N("web", "2022-10-11",
  "Quake of magnitude 6.1 shakes Papua, no damage reported\n\n"
  "An earthquake of magnitude 6.1 struck off the coast of Indonesia's Papua province on Tuesday, the meteorology agency said, but there were no immediate reports of damage or casualties. "
  "The quake was centred 40 kilometres north of Jayapura at a depth of 10 kilometres. "
  "Residents of Jayapura said they ran out of buildings as the ground shook for several seconds. "
  "The agency said there was no threat of a tsunami. "
  "Indonesia sits on the Pacific \"Ring of Fire\" and is frequently hit by earthquakes.")

N("acled-note", "2022-10-14",
  "On 12 October 2022, TPNPB rebels shot dead two construction workers building a road in Intan Jaya (Central Papua).",
  E("Attack", "shot dead two construction workers", "TPNPB: West Papua National Liberation Army", "Civilians (Indonesia)", "2022-10-12",
    L("Intan Jaya", "ID", "Central Papua", 2), 2))

N("acled-note", "2022-10-15",
  "On 13 October 2022, Indonesian troops and TPNPB rebels exchanged fire in Sugapa (Intan Jaya, Central Papua). One soldier was wounded.",
  E("Armed clash", "exchanged fire", "Military Forces of Indonesia", "TPNPB: West Papua National Liberation Army", "2022-10-13",
    L("Sugapa", "ID", "Central Papua", 1), 0))
# ---- chunk 06 ----
N("web", "2020-01-13",
  "Niger: 89 soldiers killed in Chinagodrar attack, army says\n\n"
  "Niger's army said on Monday that 89 soldiers were killed when hundreds of jihadist fighters attacked a military camp in Chinagodrar, near the border with Mali, last Thursday. "
  "The government had initially put the death toll at 25. "
  "The assailants used artillery shells and suicide vehicles before storming the camp, a security source said. "
  "\"The enemy was heavily armed and numerous,\" the defence ministry said in a statement read on state television. "
  "The army said 77 attackers were also killed in the fighting and the camp was retaken with the help of French air support. "
  "Islamic State's West Africa Province claimed the attack. "
  "It was the deadliest assault on Niger's army since the country's jihadist insurgency began, surpassing the attack on Inates in December that killed 71 soldiers. "
  "Niger declared three days of national mourning.",
  E("Armed clash", "jihadist fighters attacked a military camp", "Islamic State West Africa Province", "Military Forces of Niger", "lwd:thu",
    L("Chinagodrar", "NE", "Tillaberi", 1), 166),
  E("Armed clash", "the attack on Inates", "Unidentified Armed Group (Niger)", "Military Forces of Niger", "2019-12",
    L("Inates", "NE", "Tillaberi", 1), 71, bg=True))

N("acled-note", "2020-01-16",
  "On 14 January 2020, a French Mirage jet struck a column of motorbikes carrying ISGS fighters near Ménaka (Mali); the French army said about 20 fighters were killed.",
  E("Air/drone strike", "struck a column of motorbikes", "Military Forces of France", "Islamic State Sahel", "2020-01-14",
    L("Menaka", "ML", "Menaka", 2), 20))

N("acled-note", "2020-01-17",
  "On 15 January 2020, militants fired mortar rounds at the MINUSMA camp in Tessalit (Kidal). The rounds landed outside the perimeter; no casualties.",
  E("Shelling/artillery/missile attack", "fired mortar rounds", "Unidentified Armed Group (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali", "2020-01-15",
    L("Tessalit", "ML", "Kidal", 1), 0))

N("acled-note", "2020-01-18",
  "On 16 January 2020, Malian soldiers arrested 12 suspected jihadists in a market in Boulkessi (Mopti) and seized two motorbikes and a rifle.",
  E("Arrests", "arrested 12 suspected jihadists", "Military Forces of Mali", "Islamist Militants (Mali)", "2020-01-16",
    L("Boulkessi", "ML", "Mopti", 1), 0))

N("web", "2017-12-19",
  "The long war in numbers: Colombia's victims register passes 8 million\n\n"
  "Colombia's official register of conflict victims passed 8.5 million people this month, the government's Victims Unit said, a year after the peace deal with the FARC was signed. "
  "Most of those registered were forcibly displaced during five decades of war between the state, leftist guerrillas and right-wing paramilitaries. "
  "The unit counts more than 260,000 killings, about 80,000 forced disappearances and some 10,000 victims of landmines since 1985. "
  "\"The numbers keep growing because people are finally coming forward,\" the unit's director said. "
  "Reparations have reached about 700,000 victims so far. "
  "Critics say the budget for compensation falls far short of what is needed.")

N("acled-note", "2018-02-07",
  "On 5 February 2018, ELN guerrillas detonated an explosive device in a police station in Soledad (Atlántico), killing five officers; the group later claimed the attack.",
  E("Remote explosive/landmine/IED", "detonated an explosive device", "ELN: National Liberation Army", "Police Forces of Colombia", "2018-02-05",
    L("Soledad", "CO", "Atlantico", 1), 5))

N("acled-note", "2018-02-09",
  "On 7 February 2018, a grenade thrown from a motorbike exploded outside a police post in Tierralta (Córdoba), wounding two officers.",
  E("Grenade", "grenade thrown from a motorbike exploded", "Unidentified Armed Group (Colombia)", "Police Forces of Colombia", "2018-02-07",
    L("Tierralta", "CO", "Cordoba", 1), 0))

N("wire", "2000-10-13",
  "SRI LANKA : TIGER REBELS , TROOPS CLASH IN JAFFNA PENINSULA .\n"
  "COLOMBO 2000-10-13\n"
  "At least 26 Tamil Tiger rebels and eight soldiers were killed in fighting in the northern Jaffna peninsula on Thursday , the military said on Friday . "
  "The clash took place near the town of Chavakachcheri after rebels attacked forward defence lines before dawn , a military spokesman said . "
  "\" Troops repulsed the attack after heavy fighting , \" he said . "
  "The Liberation Tigers of Tamil Eelam ( LTTE ) said in a statement that it had killed more than 40 soldiers . "
  "Independent confirmation was not possible as journalists are barred from the war zone . "
  "The army also said air force jets had bombed rebel positions near Kilinochchi on Friday morning .",
  E("Armed clash", "fighting", "LTTE: Liberation Tigers of Tamil Eelam", "Military Forces of Sri Lanka", "wd:thu",
    L("Chavakachcheri", "LK", "Northern", 2), 34),
  E("Air/drone strike", "air force jets had bombed rebel positions", "Military Forces of Sri Lanka", "LTTE: Liberation Tigers of Tamil Eelam", "wd:fri",
    L("Kilinochchi", "LK", "Northern", 2), None))

N("acled-note", "2011-05-03",
  "On 1 May 2011, US special forces killed Osama bin Laden in a raid on a compound in Abbottabad (Khyber Pakhtunkhwa); four others were also killed.",
  E("Armed clash", "killed Osama bin Laden", "Military Forces of the United States", "Al Qaeda", "2011-05-01",
    L("Abbottabad", "PK", "Khyber Pakhtunkhwa", 1), 5))

N("web", "2019-10-02",
  "Ecuador's Moreno scraps fuel subsidies, sparking transport strike\n\n"
  "Ecuador's President Lenin Moreno said on Tuesday he would scrap fuel subsidies as part of an agreement with the International Monetary Fund, prompting transport unions to call a national strike. "
  "Diesel prices are expected to more than double when the measure takes effect on Thursday. "
  "\"We will paralyse the country,\" the head of the drivers' federation said. "
  "The government said the measure would save about $1.3 billion a year. "
  "Indigenous organisations said they would join the protests. "
  "The IMF approved a $4.2 billion loan for Ecuador in March.")

N("acled-note", "2019-10-05",
  "On 3 October 2019, transport strikers blocked roads and burned tyres in Quito; some threw stones at police, who responded with tear gas. 19 people were arrested.",
  E("Violent demonstration", "threw stones at police", "Rioters (Ecuador)", "Police Forces of Ecuador", "2019-10-03",
    L("Quito", "EC", "Pichincha", 1), 0))

N("acled-note", "2019-10-10",
  "On 8 October 2019, indigenous protesters occupied the National Assembly building in Quito for about an hour before police removed them with tear gas.",
  E("Protest with intervention", "police removed them with tear gas", "Protesters (Ecuador)", "Police Forces of Ecuador", "2019-10-08",
    L("Quito", "EC", "Pichincha", 1), 0))

N("acled-note", "2024-08-07",
  "On 5 August 2024, Bangladeshi crowds set fire to the Awami League office in Dhanmondi (Dhaka) and looted the residence of the ousted prime minister after she fled the country.",
  E("Mob violence", "set fire to the Awami League office", "Rioters (Bangladesh)", "AL: Bangladesh Awami League", "2024-08-05",
    L("Dhaka", "BD", "Dhaka", 1), 0))

N("web", "2024-07-20",
  "Bangladesh imposes curfew, deploys army as student protests turn deadly\n\n"
  "Bangladesh imposed a nationwide curfew and deployed the army on Friday after days of clashes between police and students protesting against quotas in government jobs. "
  "In Dhaka's Rampura and Badda areas, police fired live rounds and tear gas at protesters on Thursday, killing at least 25 people, according to hospital officials. "
  "Protesters set fire to the headquarters of state broadcaster BTV in Rampura on the same day, forcing staff to flee. "
  "\"They shot at us from the roofs,\" said a student at the private BRAC University. "
  "Mobile internet has been cut across the country since Thursday. "
  "Police said more than 100 officers had been injured during the week. "
  "The prime minister has blamed the opposition for the violence and ordered an inquiry.",
  E("Excessive force against protesters", "police fired live rounds and tear gas at protesters", "Police Forces of Bangladesh", "Protesters (Bangladesh)", "wd:thu",
    L("Dhaka", "BD", "Dhaka", 1), 25),
  E("Violent demonstration", "set fire to the headquarters of state broadcaster BTV", "Rioters (Bangladesh)", "Government of Bangladesh", "wd:thu",
    L("Dhaka", "BD", "Dhaka", 1), 0),
  E("Other", "imposed a nationwide curfew and deployed the army", "Government of Bangladesh", None, "wd:fri",
    L("Bangladesh", "BD", None, 4), None))

N("acled-note", "2012-07-25",
  "On 23 July 2012, Syrian rebels took control of the Bab al-Salameh border crossing near Azaz (Aleppo) after clashes with government troops.",
  E("Non-state actor overtakes territory", "took control of the Bab al-Salameh border crossing", "Free Syrian Army", "Military Forces of Syria", "2012-07-23",
    L("Azaz", "SY", "Aleppo", 2), None))

N("acled-note", "2023-11-10",
  "On 8 November 2023, the Myanmar military withdrew from its base in Chinshwehaw (Shan) and handed it to the MNDAA without a fight, according to local media.",
  E("Non-violent transfer of territory", "withdrew from its base in Chinshwehaw", "Military Forces of Myanmar", "MNDAA: Myanmar National Democratic Alliance Army", "2023-11-08",
    L("Chinshwehaw", "MM", "Shan", 1), 0, plover="RETREAT"))

N("acled-note", "2023-11-12",
  "On 10 November 2023, the Myanmar military shelled the town of Laukkaing (Shan) with heavy artillery; residents reported four civilians killed.",
  E("Shelling/artillery/missile attack", "shelled the town of Laukkaing", "Military Forces of Myanmar", "Civilians (Myanmar)", "2023-11-10",
    L("Laukkaing", "MM", "Shan", 1), 4))

N("brief", "2003-03-05",
  "A bomb hidden in a backpack exploded at the Davao international airport on Tuesday, killing 21 people, Philippine police said. No group claimed the blast.",
  E("Remote explosive/landmine/IED", "bomb hidden in a backpack exploded", "Unidentified Armed Group (Philippines)", "Civilians (Philippines)", "wd:tue",
    L("Davao", "PH", "Davao Region", 1), 21))

N("acled-note", "2017-08-14",
  "On 12 August 2017, a man deliberately drove his car into counter-protesters at a far-right rally in Charlottesville (Virginia), killing one woman and injuring 19.",
  E("Attack", "drove his car into counter-protesters", "Sole Perpetrator (United States)", "Protesters (United States)", "2017-08-12",
    L("Charlottesville", "US", "Virginia", 1), 1))

N("acled-note", "2017-08-15",
  "On 12 August 2017, white nationalists and counter-protesters fought with fists, sticks and pepper spray near Emancipation Park in Charlottesville (Virginia) before police declared an unlawful assembly.",
  E("Violent demonstration", "fought with fists, sticks and pepper spray", "Rioters (United States)", "Rioters (United States)", "2017-08-12",
    L("Charlottesville", "US", "Virginia", 1), 0))

N("web", "2022-11-03",
  "Kenya central bank holds rate as drought pushes up food prices\n\n"
  "Kenya's central bank left its benchmark interest rate at 8.25 percent on Wednesday, saying earlier increases were still working through the economy. "
  "Inflation rose to 9.6 percent in October, the highest in five years, driven by food prices after four failed rainy seasons. "
  "The drought has left more than four million Kenyans in need of food aid, the government says. "
  "Cattle herders in the north have lost a large share of their livestock. "
  "The bank said it expected inflation to ease early next year as imports of maize arrive.")

N("acled-note", "2022-11-09",
  "On 7 November 2022, Turkana and Pokot herders clashed over grazing land near Kainuk (Turkana), leaving six people dead.",
  E("Armed clash", "clashed over grazing land", "Turkana Ethnic Militia (Kenya)", "Pokot Ethnic Militia (Kenya)", "2022-11-07",
    L("Kainuk", "KE", "Turkana", 2), 6))
# ---- chunk 07 ----
N("web", "2025-06-17",
  "Analysis: Why Sahel juntas are losing ground to jihadists\n\n"
  "Three years after military governments in Mali, Burkina Faso and Niger expelled French forces, jihadist violence in the central Sahel is at record levels. "
  "Conflict monitors count more than 10,000 deaths in the region last year, most of them in Burkina Faso. "
  "The juntas have turned to Russian mercenaries and Turkish drones, but analysts say air power has not stopped militants from moving freely across borders. "
  "\"The strategy is to hold the capitals and the main roads,\" said a researcher at a Dakar-based think tank. "
  "Attacks on civilians by all sides have risen, human rights groups say. "
  "The three countries formed the Alliance of Sahel States in 2023 and left the West African bloc ECOWAS this year. "
  "Negotiations with armed groups remain taboo in Ouagadougou but have taken place locally in Mali.")

N("acled-note", "2025-06-19",
  "On 17 June 2025, a Malian army drone struck a wedding gathering near Dioura (Ségou), killing at least 11 civilians according to local sources; the army said it had targeted terrorists.",
  E("Air/drone strike", "army drone struck a wedding gathering", "Military Forces of Mali", "Civilians (Mali)", "2025-06-17",
    L("Dioura", "ML", "Segou", 2), 11))

N("acled-note", "2025-06-20",
  "On 18 June 2025, Malian soldiers and Wagner/Africa Corps personnel executed at least seven herders in the village of Kwala (Koulikoro), witnesses said.",
  E("Attack", "executed at least seven herders", "Military Forces of Mali", "Civilians (Mali)", "2025-06-18",
    L("Kwala", "ML", "Koulikoro", 1), 7))

N("acled-note", "2025-06-21",
  "On 19 June 2025, JNIM fighters took control of the town of Boulkessi (Mopti) after the army abandoned its camp, the group said in a video.",
  E("Non-state actor overtakes territory", "took control of the town of Boulkessi", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", "2025-06-19",
    L("Boulkessi", "ML", "Mopti", 1), None, mod="claimed"))

N("wire", "2014-04-07",
  "UKRAINE-CRISIS/DONETSK\n"
  "PRO-RUSSIAN PROTESTERS SEIZE GOVERNMENT BUILDING IN DONETSK\n"
  "DONETSK, Ukraine, April 7 (Reuters) - Pro-Russian protesters who seized the regional government building in the eastern Ukrainian city of Donetsk on Sunday declared a \"people's republic\" on Monday and called for a referendum on joining Russia. "
  "About 1,000 people rallied outside the building on Sunday before a group broke through the doors, smashed windows and raised the Russian flag on the roof, witnesses said. "
  "Police did not try to stop them. "
  "In Kharkiv, protesters also briefly occupied the regional administration on Sunday before police cleared the building overnight, arresting about 70 people, the interior minister said. "
  "Kiev accused Moscow of orchestrating the unrest.",
  E("Violent demonstration", "seized the regional government building", "Rioters (Ukraine)", "Government of Ukraine", "wd:sun",
    L("Donetsk", "UA", "Donetsk", 1), 0),
  E("Change to group/activity", "declared a \"people's republic\"", "Donetsk People's Republic", None, "wd:mon",
    L("Donetsk", "UA", "Donetsk", 1), None),
  E("Protest with intervention", "protesters also briefly occupied the regional administration", "Protesters (Ukraine)", "Police Forces of Ukraine", "wd:sun",
    L("Kharkiv", "UA", "Kharkiv", 1), 0))

N("acled-note", "2015-01-24",
  "On 24 January 2015, Grad rockets fired from separatist-held areas hit the Vostochny district of Mariupol (Donetsk), killing 30 civilians.",
  E("Shelling/artillery/missile attack", "Grad rockets fired", "Donetsk People's Republic", "Civilians (Ukraine)", "2015-01-24",
    L("Mariupol", "UA", "Donetsk", 1), 30))

N("acled-note", "2017-04-10",
  "On 8 April 2017, police in Bauchi (Bauchi) arrested a man accused of making a bomb for Boko Haram and recovered two IEDs from his house.",
  E("Disrupted weapons use", "recovered two IEDs", "Police Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "2017-04-08",
    L("Bauchi", "NG", "Bauchi", 1), 0),
  E("Arrests", "arrested a man", "Police Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "2017-04-08",
    L("Bauchi", "NG", "Bauchi", 1), 0))

N("web", "2017-06-26",
  "Three female suicide bombers kill 9 in Maiduguri\n\n"
  "Three female suicide bombers blew themselves up in the Dalori area on the outskirts of Maiduguri late on Sunday, killing nine people, police in Borno state said on Monday. "
  "The first bomber detonated her explosives near a mosque as worshippers gathered for prayers at the end of Ramadan, police spokesman Victor Isuku said. "
  "The other two bombers struck minutes later at a checkpoint and a shop nearby. "
  "Thirteen people were wounded in the blasts. "
  "\"The attackers took advantage of the crowds,\" a vigilante leader said. "
  "Sunday's bombings bore the hallmarks of Boko Haram, which has used women and girls as suicide bombers in northeast Nigeria. "
  "The insurgency has killed more than 20,000 people since 2009.",
  E("Suicide bomb", "Three female suicide bombers blew themselves up", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "wd:sun",
    L("Dalori", "NG", "Borno", 2), 9))

N("acled-note", "2021-09-14",
  "On 12 September 2021, Taliban fighters beat women protesting for the right to work in Kabul with rifle butts and whips; journalists covering the protest were detained.",
  E("Excessive force against protesters", "beat women protesting", "Taliban", "Protesters (Afghanistan)", "2021-09-12",
    L("Kabul", "AF", "Kabul", 1), 0))

N("acled-note", "2021-09-15",
  "On 13 September 2021, a few dozen women held a short protest in Herat demanding education rights; Taliban guards fired shots into the air to disperse them. No one was hurt.",
  E("Protest with intervention", "fired shots into the air to disperse them", "Protesters (Afghanistan)", "Taliban", "2021-09-13",
    L("Herat", "AF", "Herat", 1), 0))

N("web", "2021-09-08",
  "Taliban announce interim government, name Hasan Akhund as prime minister\n\n"
  "The Taliban named a caretaker government on Tuesday headed by Mullah Mohammad Hasan Akhund, a veteran of the movement's first regime, three weeks after taking power in Afghanistan. "
  "Sirajuddin Haqqani, leader of the Haqqani network, was named interior minister. "
  "Spokesman Zabihullah Mujahid told a news conference in Kabul that the cabinet was acting and not final. "
  "No women were included. "
  "The United States said it was concerned by the \"affiliations and track records\" of some appointees. "
  "The Taliban seized Kabul on August 15 as the Western-backed government collapsed.",
  E("Change to group/activity", "named a caretaker government", "Taliban", None, "wd:tue",
    L("Kabul", "AF", "Kabul", 1), None),
  E("Non-state actor overtakes territory", "seized Kabul", "Taliban", "Government of Afghanistan", "2021-08-15",
    L("Kabul", "AF", "Kabul", 1), None, bg=True))

N("acled-note", "1995-06-16",
  "On 14 June 1995, Chechen fighters led by Shamil Basayev seized the hospital in Budyonnovsk (Stavropol) and took more than 1,500 people hostage, killing several policemen on the way.",
  E("Abduction/forced disappearance", "took more than 1,500 people hostage", "Chechen Separatists", "Civilians (Russia)", "1995-06-14",
    L("Budyonnovsk", "RU", "Stavropol Krai", 1), 10))

N("acled-note", "2002-10-28",
  "On 26 October 2002, Russian special forces stormed the Dubrovka theatre in Moscow using an incapacitating gas, ending a hostage siege by Chechen militants; about 130 hostages and 40 militants died.",
  E("Chemical weapon", "using an incapacitating gas", "Police Forces of Russia", "Chechen Separatists", "2002-10-26",
    L("Moscow", "RU", "Moscow", 1), 170))

N("brief", "2013-06-04",
  "Turkish police fired tear gas and water cannon at protesters in Istanbul's Taksim Square for a fifth day on Monday. Officials said more than 1,700 people had been detained nationwide since Friday.",
  E("Protest with intervention", "fired tear gas and water cannon at protesters", "Protesters (Turkey)", "Police Forces of Turkey", "wd:mon",
    L("Istanbul", "TR", "Istanbul", 1), 0))

N("web", "2020-08-12",
  "Gunmen kill six French aid workers in Niger giraffe reserve\n\n"
  "Gunmen on motorbikes killed six French aid workers, their Nigerien guide and driver at a giraffe reserve near Kouré, about 60 kilometres southeast of Niamey, on Sunday, officials said. "
  "The victims, who worked for the charity ACTED, were on a day out at the reserve when they were attacked, a local official said. "
  "Most of them were shot, and one woman who tried to flee had her throat cut, a source close to the investigation said. "
  "French President Emmanuel Macron condemned \"a murderous attack\" and vowed to find those responsible. "
  "No group claimed the killings immediately. "
  "The area around Kouré had been considered safe for tourists until Sunday's attack. "
  "French anti-terrorism prosecutors opened an investigation on Monday.",
  E("Attack", "killed six French aid workers, their Nigerien guide and driver", "Unidentified Armed Group (Niger)", "Civilians (France)", "wd:sun",
    L("Koure", "NE", "Tillaberi", 2), 8))

N("acled-note", "2016-03-23",
  "On 22 March 2016, two suicide bombers blew themselves up in the departure hall of Brussels Airport at Zaventem, and a third struck a metro carriage at Maelbeek station an hour later. 32 civilians were killed in total.",
  E("Suicide bomb", "two suicide bombers blew themselves up", "Unidentified Armed Group (Belgium)", "Civilians (Belgium)", "2016-03-22",
    L("Zaventem", "BE", "Flanders", 1), 16),
  E("Suicide bomb", "a third struck a metro carriage", "Unidentified Armed Group (Belgium)", "Civilians (Belgium)", "2016-03-22",
    L("Brussels", "BE", "Brussels Capital", 1), 16))

N("web", "2016-03-30",
  "Belgian prosecutors charge three more suspects over Brussels attacks\n\n"
  "Belgian prosecutors charged three more men on Wednesday with participating in the activities of a terrorist group, a week after suicide bombings in Brussels killed 32 people. "
  "One of the men was arrested in a raid in the Schaerbeek district on Monday, prosecutors said. "
  "Investigators are still searching for a man in a hat seen pushing a luggage trolley with the bombers at the airport. "
  "Belgium's interior and justice ministers offered to resign last week over failures to track one of the bombers, but the prime minister refused. "
  "Security remains tight at the airport, which is expected to reopen partially next week.",
  E("Arrests", "arrested in a raid in the Schaerbeek district", "Police Forces of Belgium", "Civilians (Belgium)", "wd:mon",
    L("Schaerbeek", "BE", "Brussels Capital", 1), 0))

N("acled-note", "2001-07-09",
  "On 7 July 2001, unknown assailants set fire to the offices of the Roma association in Pardubice (Czech Republic) overnight; nobody was in the building.",
  E("Looting/property destruction", "set fire to the offices of the Roma association", "Unidentified Armed Group (Czech Republic)", "Civilians (Czech Republic)", "2001-07-07",
    L("Pardubice", "CZ", "Pardubice", 1), 0))

N("web", "2010-01-14",
  "Haiti earthquake: tens of thousands feared dead\n\n"
  "A magnitude 7.0 earthquake struck Haiti on Tuesday afternoon, flattening much of the capital Port-au-Prince and killing what officials fear could be tens of thousands of people. "
  "The presidential palace, the cathedral and the headquarters of the UN peacekeeping mission collapsed. "
  "\"The city is destroyed,\" a Red Cross worker said by satellite phone. "
  "Survivors dug through rubble with their bare hands on Wednesday. "
  "The United States and other countries pledged rescue teams and aid. "
  "Haiti, the poorest country in the Americas, had been recovering from hurricanes that struck in 2008.")

N("acled-note", "2010-01-20",
  "On 18 January 2010, looters armed with machetes and clubs raided shops in downtown Port-au-Prince; police fired shots to disperse them and one looter was killed.",
  E("Mob violence", "raided shops in downtown Port-au-Prince", "Rioters (Haiti)", "Civilians (Haiti)", "2010-01-18",
    L("Port-au-Prince", "HT", "Ouest", 1), 1))

N("acled-note", "2019-05-30",
  "On 28 May 2019, the Congolese army handed over a former rebel base in Kabare territory to the UN mission MONUSCO, which set up a temporary operating base there.",
  E("Headquarters or base established", "set up a temporary operating base there", "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo", None, "2019-05-28",
    L("Kabare", "CD", "Sud-Kivu", 2), 0))
# ---- chunk 08 ----
N("wire", "1999-01-07",
  "SIERRA LEONE : REBELS ENTER FREETOWN , HEAVY FIGHTING REPORTED .\n"
  "FREETOWN 1999-01-07\n"
  "Rebels of the Revolutionary United Front ( RUF ) fought their way into the eastern districts of Freetown on Wednesday , residents said , and ECOMOG peacekeepers were battling to push them back . "
  "\" They are burning houses in Kissy and shooting people in the streets , \" one resident told Reuters by telephone . "
  "An ECOMOG spokesman said the rebels had been driven back from the city centre by nightfall . "
  "Hospitals could not be reached and there was no casualty figure . "
  "The rebels , who were driven out of Freetown in February last year by the Nigerian-led force , have vowed to free their jailed leader Foday Sankoh . "
  "Western embassies advised their citizens to stay indoors .",
  E("Armed clash", "fought their way into the eastern districts of Freetown", "RUF: Revolutionary United Front", "ECOMOG: Economic Community of West African States Monitoring Group", "wd:wed",
    L("Freetown", "SL", "Western Area", 1), None),
  E("Attack", "shooting people in the streets", "RUF: Revolutionary United Front", "Civilians (Sierra Leone)", "wd:wed",
    L("Kissy", "SL", "Western Area", 1), None),
  E("Government regains territory", "driven out of Freetown", "ECOMOG: Economic Community of West African States Monitoring Group", "RUF: Revolutionary United Front", "1998-02",
    L("Freetown", "SL", "Western Area", 1), None, bg=True))

N("wire", "2007-09-27",
  "MYANMAR-PROTESTS/\n"
  "Myanmar troops fire on protesters , Japanese journalist killed\n"
  "YANGON , Sept 27 ( Reuters ) - Myanmar troops opened fire on crowds of protesters in central Yangon on Thursday , killing at least nine people including a Japanese video journalist , state media said . "
  "Soldiers fired automatic weapons into a crowd of several thousand near the Sule pagoda after ordering them to disperse , witnesses said . "
  "Troops also raided several monasteries overnight and detained hundreds of monks , diplomats said . "
  "\" They took them away in trucks , \" a resident near the Ngwe Kyar Yan monastery said . "
  "The crackdown is the harshest since the military crushed a democracy uprising in 1988 .",
  E("Excessive force against protesters", "opened fire on crowds of protesters", "Military Forces of Myanmar", "Protesters (Myanmar)", "wd:thu",
    L("Yangon", "MM", "Yangon", 1), 9),
  E("Arrests", "detained hundreds of monks", "Military Forces of Myanmar", "Civilians (Myanmar)", "d-1",
    L("Yangon", "MM", "Yangon", 1), 0))

N("acled-note", "2007-09-26",
  "On 24 September 2007, around 100,000 people led by Buddhist monks marched through Yangon against military rule. Security forces watched but did not intervene.",
  E("Peaceful protest", "marched through Yangon", "Protesters (Myanmar)", None, "2007-09-24",
    L("Yangon", "MM", "Yangon", 1), 0))

N("web", "2012-05-22",
  "Yemen suicide bomber kills over 90 soldiers at parade rehearsal\n\n"
  "A suicide bomber dressed in a military uniform blew himself up among soldiers rehearsing for a national day parade in the Yemeni capital Sanaa on Monday, killing more than 90 of them, officials said. "
  "The attacker detonated a belt of explosives in the middle of a battalion in Sabeen Square, a few hundred metres from the presidential palace. "
  "More than 200 soldiers were wounded. "
  "Ansar al-Sharia, an affiliate of al-Qaeda in the Arabian Peninsula, claimed the attack and said it was revenge for an army offensive in the south. "
  "The bombing was the deadliest in Sanaa in years. "
  "Yemen's defence minister, who attended the rehearsal, was unhurt. "
  "In the southern province of Abyan, troops pressed on with their offensive on Monday, clashing with militants near the town of Jaar, where 12 militants and three soldiers were killed, a local official said.",
  E("Suicide bomb", "blew himself up among soldiers", "Ansar al-Sharia", "Military Forces of Yemen", "wd:mon",
    L("Sanaa", "YE", "Amanat al Asimah", 1), 90),
  E("Armed clash", "clashing with militants", "Military Forces of Yemen", "Ansar al-Sharia", "wd:mon",
    L("Jaar", "YE", "Abyan", 2), 15))

N("acled-note", "2015-03-02",
  "On 28 February 2015, Saudi-led coalition aircraft bombed a weapons depot held by Houthi forces in Sanaa; secondary explosions damaged nearby homes.",
  E("Air/drone strike", "aircraft bombed a weapons depot", "Military Forces of Saudi Arabia", "Houthi Movement", "2015-02-28",
    L("Sanaa", "YE", "Amanat al Asimah", 1), None))

N("acled-note", "2018-08-11",
  "On 9 August 2018, a Saudi-led coalition airstrike hit a school bus at a market in Dahyan (Saada), killing 40 children.",
  E("Air/drone strike", "airstrike hit a school bus", "Military Forces of Saudi Arabia", "Civilians (Yemen)", "2018-08-09",
    L("Dahyan", "YE", "Saada", 1), 40))

N("acled-note", "2018-08-12",
  "On 10 August 2018, Houthi forces fired a ballistic missile towards Jizan (Saudi Arabia); Saudi air defences intercepted it. Fragments killed one Yemeni resident.",
  E("Shelling/artillery/missile attack", "fired a ballistic missile", "Houthi Movement", "Military Forces of Saudi Arabia", "2018-08-10",
    L("Jizan", "SA", "Jazan", 1), 1))

N("web", "2013-03-08",
  "Venezuela mourns Chavez; Maduro sworn in as interim leader\n\n"
  "Hundreds of thousands of Venezuelans filed past the coffin of Hugo Chavez in Caracas on Friday as foreign leaders arrived for his state funeral. "
  "Vice President Nicolas Maduro was sworn in as interim president in a ceremony boycotted by the opposition, which called it unconstitutional. "
  "An election must be held within 30 days. "
  "Chavez, who died on Tuesday after a two-year battle with cancer, led the country for 14 years. "
  "Oil markets were calm, with traders expecting little change in policy. "
  "The opposition is expected to pick Henrique Capriles as its candidate.")

N("acled-note", "2014-02-14",
  "On 12 February 2014, government supporters on motorbikes fired on anti-government student protesters in central Caracas, killing two people.",
  E("Attack", "fired on anti-government student protesters", "Colectivos (Venezuela)", "Protesters (Venezuela)", "2014-02-12",
    L("Caracas", "VE", "Capital District", 1), 2))

N("acled-note", "2017-05-05",
  "On 3 May 2017, Venezuelan National Guard troops fired tear gas canisters directly at protesters in Caracas, killing an 18-year-old musician.",
  E("Excessive force against protesters", "fired tear gas canisters directly at protesters", "Military Forces of Venezuela", "Protesters (Venezuela)", "2017-05-03",
    L("Caracas", "VE", "Capital District", 1), 1))

N("acled-note", "2017-05-06",
  "On 4 May 2017, a crowd in El Valle (Caracas) looted a bakery and a supermarket during a night of unrest; police fired rubber bullets.",
  E("Mob violence", "looted a bakery and a supermarket", "Rioters (Venezuela)", "Civilians (Venezuela)", "2017-05-04",
    L("Caracas", "VE", "Capital District", 1), 0))

N("web", "2016-10-28",
  "Kashmir unrest: 100 days of curfews, shutdowns and pellet guns\n\n"
  "Kashmir's summer of unrest has now lasted more than 100 days, the longest since the 2010 protests. "
  "At least 90 people have been killed and thousands wounded since the killing of a popular militant commander on July 8, according to officials. "
  "Security forces' use of pellet shotguns has blinded hundreds of young people, doctors say. "
  "Schools have been closed for months and about 30 have been set on fire by unknown arsonists. "
  "Separatist leaders have called strikes every week, and the government has imposed curfews in many towns. "
  "\"We are living in a prison,\" said a shopkeeper in Srinagar. "
  "Politicians in New Delhi remain divided over whether to open talks with separatist groups.",
  E("Armed clash", "the killing of a popular militant commander", "Military Forces of India", "Hizbul Mujahideen", "2016-07-08",
    L("Kashmir", "IN", "Jammu and Kashmir", 3), 1, bg=True))

N("acled-note", "2016-07-10",
  "On 8 July 2016, Indian security forces killed Hizbul Mujahideen commander Burhan Wani and two associates in a gunfight in Bumdoora village (Kokernag, Anantnag).",
  E("Armed clash", "killed Hizbul Mujahideen commander Burhan Wani and two associates in a gunfight", "Military Forces of India", "Hizbul Mujahideen", "2016-07-08",
    L("Bumdoora", "IN", "Jammu and Kashmir", 1), 3))

N("brief", "2016-07-11",
  "Police fired pellets and tear gas at stone-throwing crowds in Anantnag on Sunday, killing four, officials said, as protests over the death of a militant leader spread.",
  E("Violent demonstration", "stone-throwing crowds", "Rioters (India)", "Police Forces of India", "wd:sun",
    L("Anantnag", "IN", "Jammu and Kashmir", 1), 4))

N("web", "2019-06-19",
  "Mexico's new National Guard begins deployment\n\n"
  "Mexico began deploying its new National Guard on Tuesday, with the first units of the force sent to the southern states of Chiapas and Tabasco. "
  "President Andres Manuel Lopez Obrador said the force, made up mostly of soldiers and military police, would eventually number 150,000. "
  "Critics say it militarises public security. "
  "Homicides reached a record last year, with more than 33,000 killings recorded, and officials say the trend continues. "
  "About 6,000 guardsmen will be deployed to the southern border under an agreement with the United States to curb migration. "
  "Human rights groups fear abuses against migrants.")

N("acled-note", "2019-10-18",
  "On 17 October 2019, Sinaloa Cartel gunmen fought soldiers and National Guard troops for several hours in Culiacán (Sinaloa) after the brief arrest of Ovidio Guzmán; eight people were killed and the government released Guzmán.",
  E("Armed clash", "fought soldiers and National Guard troops", "Sinaloa Cartel", "Military Forces of Mexico", "2019-10-17",
    L("Culiacan", "MX", "Sinaloa", 1), 8),
  E("Arrests", "the brief arrest of Ovidio Guzmán", "Military Forces of Mexico", "Sinaloa Cartel", "2019-10-17",
    L("Culiacan", "MX", "Sinaloa", 1), 0))

N("acled-note", "2019-11-06",
  "On 4 November 2019, gunmen ambushed three vehicles carrying members of the LeBarón family near Bavispe (Sonora), killing three women and six children.",
  E("Attack", "ambushed three vehicles", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", "2019-11-04",
    L("Bavispe", "MX", "Sonora", 2), 9))

N("acled-note", "2023-01-10",
  "On 8 January 2023, supporters of Jair Bolsonaro invaded and vandalised the Congress, Supreme Court and presidential palace buildings in Brasília; police arrested about 400 people that day.",
  E("Violent demonstration", "invaded and vandalised the Congress", "Rioters (Brazil)", "Government of Brazil", "2023-01-08",
    L("Brasilia", "BR", "Federal District", 1), 0),
  E("Arrests", "arrested about 400 people", "Police Forces of Brazil", "Rioters (Brazil)", "2023-01-08",
    L("Brasilia", "BR", "Federal District", 1), 0))

N("acled-note", "2023-01-11",
  "On 9 January 2023, police dismantled the pro-Bolsonaro camp outside army headquarters in Brasília and detained about 1,200 people.",
  E("Arrests", "detained about 1,200 people", "Police Forces of Brazil", "Protesters (Brazil)", "2023-01-09",
    L("Brasilia", "BR", "Federal District", 1), 0))

N("web", "2022-10-31",
  "Lula narrowly defeats Bolsonaro in Brazil runoff\n\n"
  "Luiz Inacio Lula da Silva won Brazil's presidential runoff on Sunday with 50.9 percent of the vote, the electoral court said, completing a political comeback after his jailing on corruption charges that were later annulled. "
  "President Jair Bolsonaro had not conceded by Monday morning. "
  "Some of Bolsonaro's allies have questioned the reliability of electronic voting machines. "
  "Lula, 77, will take office on January 1. "
  "World leaders including US President Joe Biden congratulated him. "
  "Markets rose in early trading.")
# ---- chunk 09 ----
N("wire", "2001-09-10",
  "AFGHANISTAN : OPPOSITION COMMANDER MASSOUD HURT IN BOMB ATTACK - AIDES .\n"
  "DUSHANBE 2001-09-10\n"
  "Afghan opposition commander Ahmad Shah Massoud was wounded in a bomb attack by two men posing as journalists at his base in northern Afghanistan on Sunday , aides said on Monday . "
  "The two Arab men detonated a bomb hidden in a video camera during an interview in Khwaja Bahauddin , near the Tajik border , a spokesman for the opposition Northern Alliance said . "
  "One of the attackers was killed in the blast and the other was shot dead while trying to escape , the spokesman said . "
  "\" Commander Massoud is alive and his condition is satisfactory , \" he told reporters in the Tajik capital . "
  "The Taliban denied involvement .",
  E("Suicide bomb", "detonated a bomb hidden in a video camera", "Unidentified Armed Group (Afghanistan)", "United Islamic Front", "wd:sun",
    L("Khwaja Bahauddin", "AF", "Takhar", 1), 2))

N("wire", "1993-10-05",
  "RUSSIA : YELTSIN TROOPS SHELL PARLIAMENT , REBEL LEADERS SURRENDER .\n"
  "MOSCOW 1993-10-05\n"
  "Troops loyal to President Boris Yeltsin shelled the Russian parliament building with tank fire on Monday and forced hardline leaders to surrender after a 10-hour siege , officials said . "
  "Tanks fired on the White House from a bridge across the Moscow river , setting the upper floors ablaze . "
  "Parliament speaker Ruslan Khasbulatov and vice-president Alexander Rutskoi were arrested and taken to Lefortovo prison in the evening . "
  "The Health Ministry said on Tuesday that 118 people had been killed in two days of fighting in Moscow . "
  "On Sunday , armed supporters of parliament had stormed the mayor 's office and attacked the Ostankino television centre .",
  E("Shelling/artillery/missile attack", "shelled the Russian parliament building with tank fire", "Military Forces of Russia", "Supreme Soviet Supporters", "wd:mon",
    L("Moscow", "RU", "Moscow", 1), 59),
  E("Arrests", "were arrested", "Military Forces of Russia", "Supreme Soviet Supporters", "wd:mon",
    L("Moscow", "RU", "Moscow", 1), 0),
  E("Armed clash", "attacked the Ostankino television centre", "Supreme Soviet Supporters", "Police Forces of Russia", "wd:sun",
    L("Moscow", "RU", "Moscow", 1), 59))

N("wire", "2011-02-27",
  "OMAN-PROTESTS/\n"
  "Two killed as Oman police clash with protesters in Sohar\n"
  "SOHAR , Oman , Feb 27 ( Reuters ) - Omani police fired rubber bullets and tear gas at stone-throwing protesters in the industrial town of Sohar on Sunday , killing two people , a hospital official said . "
  "Protesters , demanding jobs and political reform , set fire to a police station and the governor 's residence , witnesses said . "
  "\" The police shot at us , \" said one protester . "
  "Sultan Qaboos on Sunday ordered the creation of 50,000 jobs and a monthly benefit for job seekers .",
  E("Violent demonstration", "stone-throwing protesters", "Rioters (Oman)", "Police Forces of Oman", "wd:sun",
    L("Sohar", "OM", "Al Batinah North", 1), 2))

N("web", "2018-07-30",
  "Zimbabwe votes in first election since Mugabe's fall\n\n"
  "Zimbabweans voted on Monday in the first election since the removal of Robert Mugabe, with long queues at polling stations in Harare and Bulawayo. "
  "President Emmerson Mnangagwa, who took over after the army intervened in November, faces Nelson Chamisa, the 40-year-old leader of the opposition MDC Alliance. "
  "Voting was peaceful, election observers from the European Union said. "
  "Results are due within five days. "
  "Mnangagwa has promised to revive an economy crippled by cash shortages and unemployment. "
  "Mugabe, 94, said on Sunday he would not vote for his former party.")

N("acled-note", "2018-08-03",
  "On 1 August 2018, Zimbabwean soldiers fired live ammunition at opposition supporters protesting over delays in election results in central Harare, killing six people.",
  E("Excessive force against protesters", "fired live ammunition at opposition supporters", "Military Forces of Zimbabwe", "Protesters (Zimbabwe)", "2018-08-01",
    L("Harare", "ZW", "Harare", 1), 6))

N("acled-note", "2019-01-17",
  "On 15 January 2019, protesters against a fuel price hike burned tyres, blocked roads and looted shops in Epworth (Harare); police responded with tear gas.",
  E("Violent demonstration", "burned tyres, blocked roads and looted shops", "Rioters (Zimbabwe)", "Police Forces of Zimbabwe", "2019-01-15",
    L("Epworth", "ZW", "Harare", 1), 0))

N("web", "2015-12-03",
  "Opinion: counting the dead is not the same as understanding the war\n\n"
  "Every week brings a new tally from eastern Congo: so many killed here, so many displaced there. "
  "Numbers matter, but they rarely explain why a militia attacks one village and spares the next. "
  "Since the late 1990s, researchers have estimated deaths from the Congolese wars in the millions, mostly from disease and hunger. "
  "Violence in Beni, Lubero and Masisi today follows local disputes over land, customary chieftaincy and taxation of minerals. "
  "Donors fund demobilisation programmes that fighters leave and rejoin. "
  "Without a political settlement at the local level, the tallies will keep growing.")

N("acled-note", "2015-12-05",
  "On 3 December 2015, Nyatura militiamen and Hunde self-defence groups clashed in Kibabi (Masisi, North Kivu), leaving four dead.",
  E("Armed clash", "clashed", "Nyatura Militia", "Hunde Ethnic Militia (Democratic Republic of Congo)", "2015-12-03",
    L("Kibabi", "CD", "Nord-Kivu", 1), 4))

N("acled-note", "2015-12-07",
  "On 5 December 2015, FDLR fighters abducted 11 farmers from their fields near Nyanzale (Rutshuru, North Kivu) and demanded ransom.",
  E("Abduction/forced disappearance", "abducted 11 farmers", "FDLR: Democratic Forces for the Liberation of Rwanda", "Civilians (Democratic Republic of Congo)", "2015-12-05",
    L("Nyanzale", "CD", "Nord-Kivu", 2), 0))

N("acled-note", "2015-12-08",
  "On 6 December 2015, FDLR combatants raped three women at a water point near Kibirizi (Rutshuru, North Kivu), according to a local NGO.",
  E("Sexual violence", "raped three women", "FDLR: Democratic Forces for the Liberation of Rwanda", "Civilians (Democratic Republic of Congo)", "2015-12-06",
    L("Kibirizi", "CD", "Nord-Kivu", 2), 0))

N("web", "2012-11-21",
  "M23 rebels seize Goma as UN peacekeepers stand aside\n\n"
  "M23 rebels took control of Goma, the main city in eastern Congo, on Tuesday after government troops fled and UN peacekeepers did not intervene, witnesses said. "
  "Columns of rebel fighters marched through the city centre and past the airport as residents watched from doorways. "
  "Sporadic gunfire was heard near the border with Rwanda in the morning, but there was little resistance. "
  "\"We are in Goma and the city is calm,\" M23 spokesman Vianney Kazarama told reporters. "
  "The UN Security Council condemned the capture of Goma and called for sanctions on the group's leaders. "
  "Thousands of civilians fled towards the town of Sake, 25 kilometres to the west. "
  "The fall of the city was a humiliation for President Joseph Kabila, who had vowed to defend it.",
  E("Non-state actor overtakes territory", "took control of Goma", "M23: March 23 Movement", "Military Forces of Democratic Republic of Congo", "wd:tue",
    L("Goma", "CD", "Nord-Kivu", 1), None))

N("acled-note", "2012-12-03",
  "On 1 December 2012, M23 rebels withdrew from Goma under a regional agreement and Congolese police returned to the city without fighting.",
  E("Non-violent transfer of territory", "withdrew from Goma", "M23: March 23 Movement", "Police Forces of Democratic Republic of Congo", "2012-12-01",
    L("Goma", "CD", "Nord-Kivu", 1), 0, plover="RETREAT"))

N("brief", "2013-11-06",
  "The M23 rebel group said on Tuesday it was ending its rebellion, hours after the Congolese army captured its last hilltop positions in Chanzu and Runyoni near the Ugandan border.",
  E("Change to group/activity", "it was ending its rebellion", "M23: March 23 Movement", None, "wd:tue",
    L("Democratic Republic of Congo", "CD", None, 4), None, plover="CONCEDE"),
  E("Government regains territory", "captured its last hilltop positions", "Military Forces of Democratic Republic of Congo", "M23: March 23 Movement", "wd:tue",
    L("Chanzu", "CD", "Nord-Kivu", 2), None))

N("acled-note", "2024-02-08",
  "On 6 February 2024, a drone dropped an explosive on the Mugunga displacement camp near Goma (North Kivu), killing two children; M23 and the army blamed each other.",
  E("Air/drone strike", "a drone dropped an explosive", "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)", "2024-02-06",
    L("Mugunga", "CD", "Nord-Kivu", 2), 2))

N("acled-note", "2024-05-04",
  "On 3 May 2024, bombs fired from M23-held hills struck the Lac Vert and Mugunga displacement camps west of Goma, killing at least 35 civilians.",
  E("Shelling/artillery/missile attack", "bombs fired from M23-held hills struck", "M23: March 23 Movement", "Civilians (Democratic Republic of Congo)", "2024-05-03",
    L("Mugunga", "CD", "Nord-Kivu", 2), 35))

N("web", "2024-05-06",
  "Congo and Rwanda trade blame over camp bombing; talks stall\n\n"
  "Congo and Rwanda traded accusations on Monday over Friday's bombing of displacement camps near Goma, as Angolan-mediated talks between the two neighbours stalled. "
  "Kinshasa said the shells were fired by Rwandan troops and M23 rebels; Kigali called the accusation \"ridiculous\". "
  "The United States said the strikes came from positions held by the Rwandan army and M23. "
  "UN agencies said the death toll from the attack had risen to 35, including 17 children. "
  "More than 1.7 million people are displaced in North Kivu province. "
  "A planned meeting of foreign ministers in Luanda was postponed.",
  E("Shelling/artillery/missile attack", "Friday's bombing of displacement camps near Goma", "M23: March 23 Movement", "Civilians (Democratic Republic of Congo)", "wd:fri",
    L("Mugunga", "CD", "Nord-Kivu", 2), 35))

N("acled-note", "2004-04-03",
  "On 1 April 2004, ETA announced it had dissolved its Barcelona cell and would suspend attacks in Catalonia, according to a communique sent to the newspaper Gara.",
  E("Change to group/activity", "would suspend attacks in Catalonia", "ETA: Basque Homeland and Freedom", None, "2004-04-01",
    L("Catalonia", "ES", "Catalonia", 3), None, plover="CONCEDE"))

N("wire", "2000-08-08",
  "SPAIN : BOMB KILLS BUSINESSMAN IN BASQUE COUNTRY , ETA BLAMED .\n"
  "MADRID 2000-08-08\n"
  "A car bomb killed a businessman in the Basque town of Zumaia on Tuesday , police said , in what officials described as the latest attack by the separatist group ETA . "
  "The bomb exploded as the 54-year-old man started his car outside his home shortly after 8 a.m. , a police spokesman said . "
  "He died instantly . "
  "Interior Minister Jaime Mayor Oreja blamed ETA . "
  "ETA ended a 14-month ceasefire in December .",
  E("Remote explosive/landmine/IED", "car bomb killed a businessman", "ETA: Basque Homeland and Freedom", "Civilians (Spain)", "wd:tue",
    L("Zumaia", "ES", "Basque Country", 1), 1))

N("acled-note", "2011-10-22",
  "On 20 October 2011, ETA announced a 'definitive cessation of its armed activity' in a video statement published by Basque newspapers.",
  E("Change to group/activity", "definitive cessation of its armed activity", "ETA: Basque Homeland and Freedom", None, "2011-10-20",
    L("Spain", "ES", None, 4), None, plover="CONCEDE"))
# ---- chunk 10 ----
N("web", "2022-05-18",
  "Trial opens for man accused of Buffalo supermarket massacre\n\n"
  "A man accused of killing 10 Black people at a Buffalo supermarket appeared in court on Wednesday, where prosecutors said they would seek additional federal hate crime charges. "
  "The 18-year-old suspect, who wore an orange jumpsuit, did not speak during the brief hearing. "
  "Prosecutors say he drove more than 300 kilometres to carry out the attack, which he livestreamed. "
  "\"This was a racially motivated hate crime,\" the Erie County district attorney said outside the court. "
  "The judge ordered him held without bail. "
  "Community leaders called for stricter gun laws.")

N("acled-note", "2022-05-16",
  "On 14 May 2022, a white supremacist gunman shot dead 10 Black people at a Tops supermarket in Buffalo (New York) and was arrested at the scene.",
  E("Attack", "shot dead 10 Black people", "Sole Perpetrator (United States)", "Civilians (United States)", "2022-05-14",
    L("Buffalo", "US", "New York", 1), 10),
  E("Arrests", "was arrested at the scene", "Police Forces of the United States", "Sole Perpetrator (United States)", "2022-05-14",
    L("Buffalo", "US", "New York", 1), 0))

N("brief", "2023-03-09",
  "Pakistan's interior minister warned on Thursday that militant attacks could rise ahead of elections and ordered extra police for rallies in Khyber Pakhtunkhwa.")

N("web", "2019-04-23",
  "Sri Lanka: Easter bombings death toll rises to 321\n\n"
  "The death toll from the Easter Sunday bombings of churches and hotels in Sri Lanka rose to 321 on Tuesday, police said, as the Islamic State group claimed responsibility. "
  "Suicide bombers struck three churches — in Kochchikade in Colombo, Negombo and Batticaloa — and three luxury hotels in the capital on Sunday morning. "
  "The deadliest blast was at St Sebastian's Church in Negombo, where more than 100 worshippers were killed. "
  "Police said 40 suspects, including the driver of a van used by the bombers, had been arrested. "
  "The government blamed a little-known local Islamist group, National Thowheeth Jama'ath. "
  "The country observed a national day of mourning on Tuesday. "
  "Officials admitted they had received warnings of a possible attack weeks earlier.",
  E("Suicide bomb", "Suicide bombers struck three churches", "National Thowheeth Jama'ath", "Civilians (Sri Lanka)", "wd:sun",
    L("Colombo", "LK", "Western", 1), 111),
  E("Suicide bomb", "The deadliest blast was at St Sebastian's Church in Negombo", "National Thowheeth Jama'ath", "Civilians (Sri Lanka)", "wd:sun",
    L("Negombo", "LK", "Western", 1), 100),
  E("Suicide bomb", "Suicide bombers struck three churches", "National Thowheeth Jama'ath", "Civilians (Sri Lanka)", "wd:sun",
    L("Batticaloa", "LK", "Eastern", 1), 110))

N("acled-note", "2019-05-15",
  "On 13 May 2019, Sinhalese mobs attacked Muslim-owned shops and a mosque in Minuwangoda (Gampaha), killing one man; police imposed a curfew.",
  E("Mob violence", "mobs attacked Muslim-owned shops and a mosque", "Rioters (Sri Lanka)", "Civilians (Sri Lanka)", "2019-05-13",
    L("Minuwangoda", "LK", "Western", 1), 1))

N("wire", "1991-01-13",
  "LITHUANIA : SOVIET TROOPS STORM VILNIUS TV TOWER , 13 DEAD .\n"
  "VILNIUS 1991-01-13\n"
  "Soviet troops backed by tanks stormed the television tower in Vilnius early on Sunday , firing on unarmed crowds who had gathered to protect it , Lithuanian officials said . "
  "Thirteen people were killed and more than 100 injured , a hospital official said . "
  "Witnesses said tanks drove over some of the protesters . "
  "\" They shot directly into the crowd , \" a Lithuanian parliament deputy said . "
  "Thousands of people remained outside the parliament building through the day to protect it from a possible assault . "
  "Moscow said a ' National Salvation Committee ' had taken power in the republic .",
  E("Excessive force against protesters", "firing on unarmed crowds", "Military Forces of the Soviet Union", "Protesters (Lithuania)", "wd:sun",
    L("Vilnius", "LT", "Vilnius", 1), 13),
  E("Peaceful protest", "remained outside the parliament building", "Protesters (Lithuania)", None, "wd:sun",
    L("Vilnius", "LT", "Vilnius", 1), 0))

N("web", "2024-09-12",
  "Drought pushes Zambia's power cuts to 21 hours a day\n\n"
  "Zambia's state power company said on Thursday households would receive only three hours of electricity a day as the worst drought in decades drained the Kariba dam. "
  "Small businesses in Lusaka said they were buying diesel generators or closing. "
  "The government has declared a national disaster and appealed for food aid. "
  "Neighbouring Zimbabwe, which shares the dam, has also cut supply. "
  "Officials said they hoped to import power from Mozambique and South Africa.")

N("acled-note", "2024-09-14",
  "On 12 September 2024, police in Chipata (Eastern) arrested an opposition MP on charges of hate speech after a rally.",
  E("Arrests", "arrested an opposition MP", "Police Forces of Zambia", "Government of Zambia", "2024-09-12",
    L("Chipata", "ZM", "Eastern", 1), 0))

N("web", "2014-11-28",
  "Scores killed in Kano mosque bombing and shooting\n\n"
  "Suicide bombers and gunmen attacked the central mosque in the northern Nigerian city of Kano during Friday prayers, killing at least 81 people, police and witnesses said. "
  "Two bombers blew themselves up in the mosque compound next to the palace of the Emir of Kano, a senior cleric who had called on people to defend themselves against Boko Haram. "
  "Gunmen then opened fire on worshippers as they fled. "
  "\"I counted more than 80 bodies,\" a rescue worker said. "
  "Angry youths later attacked police at the scene, throwing stones. "
  "No group claimed responsibility, but Boko Haram has carried out similar attacks. "
  "The emir was abroad at the time.",
  E("Suicide bomb", "Suicide bombers and gunmen attacked the central mosque", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "wd:fri",
    L("Kano", "NG", "Kano", 1), 81),
  E("Violent demonstration", "Angry youths later attacked police at the scene", "Rioters (Nigeria)", "Police Forces of Nigeria", "wd:fri",
    L("Kano", "NG", "Kano", 1), 0))

N("acled-note", "2016-02-02",
  "On 30 January 2016, Boko Haram militants raided Dalori village near Maiduguri (Borno), burning huts and shooting residents; at least 65 people were killed.",
  E("Attack", "burning huts and shooting residents", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)", "2016-01-30",
    L("Dalori", "NG", "Borno", 1), 65))

N("web", "2019-12-11",
  "Myanmar's Suu Kyi defends army at genocide hearing\n\n"
  "Aung San Suu Kyi told the International Court of Justice in The Hague on Wednesday that Gambia had presented an \"incomplete and misleading\" picture of events in Rakhine state. "
  "Myanmar's leader acknowledged that the army may have used disproportionate force, but said it had been responding to attacks by Rohingya insurgents. "
  "More than 730,000 Rohingya fled to Bangladesh after a military crackdown that began in August 2017. "
  "Gambia has asked the court to order emergency measures to protect the Rohingya who remain in Myanmar. "
  "A ruling on the request is expected within weeks.",
  E("Attack", "a military crackdown that began in August 2017", "Military Forces of Myanmar", "Rohingya Ethnic Group (Myanmar)", "2017-08",
    L("Rakhine", "MM", "Rakhine", 3), None, bg=True))

N("acled-note", "2017-08-27",
  "On 25 August 2017, ARSA militants attacked about 30 police posts and an army base in Maungdaw (Rakhine); 12 security personnel and 59 insurgents were killed.",
  E("Armed clash", "attacked about 30 police posts and an army base", "ARSA: Arakan Rohingya Salvation Army", "Police Forces of Myanmar", "2017-08-25",
    L("Maungdaw", "MM", "Rakhine", 2), 71))

N("wire", "2010-07-12",
  "UGANDA-BLASTS/\n"
  "Twin blasts kill 74 World Cup fans in Kampala\n"
  "KAMPALA , July 12 ( Reuters ) - Two bomb blasts tore through crowds watching the World Cup final at a rugby club and an Ethiopian restaurant in Kampala late on Sunday , killing 74 people , police said on Monday . "
  "Somalia 's al Shabaab militant group claimed responsibility for the attacks . "
  "Police chief Kale Kayihura said the attack at the rugby club , where 49 people died , appeared to have been carried out by a suicide bomber . "
  "The other 25 were killed at the Ethiopian Village restaurant in the Kabalagala district . "
  "\" We are looking for the people behind this , \" Kayihura said .",
  E("Suicide bomb", "the attack at the rugby club", "Al Shabaab", "Civilians (Uganda)", "wd:sun",
    L("Kampala", "UG", "Central", 1), 49),
  E("Remote explosive/landmine/IED", "The other 25 were killed at the Ethiopian Village restaurant", "Al Shabaab", "Civilians (Uganda)", "wd:sun",
    L("Kabalagala", "UG", "Central", 1), 25))

N("web", "2023-10-17",
  "Ecuador elects Noboa, 35, as president after violent campaign\n\n"
  "Businessman Daniel Noboa won Ecuador's presidential runoff on Sunday, becoming the country's youngest elected leader at 35. "
  "Noboa took 52 percent of the vote against leftist Luisa Gonzalez, the electoral council said. "
  "The campaign was overshadowed by the assassination of candidate Fernando Villavicencio in Quito in August. "
  "Noboa will serve out the remaining 18 months of the term of Guillermo Lasso, who dissolved the National Assembly. "
  "He has promised to tackle rising crime linked to drug trafficking gangs.",
  E("Attack", "the assassination of candidate Fernando Villavicencio", "Unidentified Armed Group (Ecuador)", "Government of Ecuador", "2023-08",
    L("Quito", "EC", "Pichincha", 1), 1, bg=True))

N("acled-note", "2024-01-11",
  "On 9 January 2024, masked gunmen stormed the studio of TC Television in Guayaquil (Guayas) during a live broadcast and held staff hostage; police freed them and arrested 13 attackers.",
  E("Abduction/forced disappearance", "held staff hostage", "Unidentified Gang (Ecuador)", "Civilians (Ecuador)", "2024-01-09",
    L("Guayaquil", "EC", "Guayas", 1), 0),
  E("Arrests", "arrested 13 attackers", "Police Forces of Ecuador", "Unidentified Gang (Ecuador)", "2024-01-09",
    L("Guayaquil", "EC", "Guayas", 1), 0))

N("brief", "2024-01-12",
  "Ecuador's President Daniel Noboa on Tuesday declared an \"internal armed conflict\" and designated 22 criminal gangs as terrorist groups, ordering the military to \"neutralise\" them.",
  E("Other", "declared an \"internal armed conflict\"", "Government of Ecuador", None, "wd:tue",
    L("Ecuador", "EC", None, 4), None, plover="MOBILIZE"))
# ---- chunk 11 ----
N("web", "2021-04-21",
  "Chad's President Deby killed on front line, army says; son takes over\n\n"
  "Chad's President Idriss Deby died on Tuesday from wounds suffered while commanding troops against rebels in the north of the country, the army said, a day after he was declared the winner of a sixth term. "
  "Army spokesman Azem Bermandoa Agouna said on state television that Deby had been wounded during fighting with the rebel Front for Change and Concord in Chad (FACT) over the weekend. "
  "The clashes took place near the town of Mao, in Kanem province, about 300 kilometres north of the capital N'Djamena, military sources said. "
  "The army said on Monday it had killed more than 300 rebels and lost five soldiers in the fighting on Saturday. "
  "A military council headed by Deby's son, General Mahamat Idriss Deby, will govern for 18 months, the spokesman said. "
  "The government and parliament were dissolved. "
  "Opposition parties called the transfer of power a coup.",
  E("Armed clash", "fighting with the rebel Front for Change and Concord in Chad (FACT)", "Military Forces of Chad", "FACT: Front for Change and Concord in Chad", "wd:sat",
    L("Mao", "TD", "Kanem", 2), 305),
  E("Change to group/activity", "A military council headed by Deby's son", "Military Forces of Chad", "Government of Chad", "wd:tue",
    L("N'Djamena", "TD", "N'Djamena", 1), None, plover="COERCE"))

N("acled-note", "2021-04-29",
  "On 27 April 2021, Chadian police fired tear gas at hundreds of people protesting the military takeover in N'Djamena; two protesters were shot dead.",
  E("Excessive force against protesters", "two protesters were shot dead", "Police Forces of Chad", "Protesters (Chad)", "2021-04-27",
    L("N'Djamena", "TD", "N'Djamena", 1), 2))

N("acled-note", "2021-04-30",
  "On 28 April 2021, protesters in Moundou (Logone Occidental) burned a fuel station owned by a French company; police dispersed them with tear gas.",
  E("Violent demonstration", "burned a fuel station", "Rioters (Chad)", "Police Forces of Chad", "2021-04-28",
    L("Moundou", "TD", "Logone Occidental", 1), 0))

N("web", "2018-03-15",
  "Slovakia's prime minister resigns after journalist's murder\n\n"
  "Slovak Prime Minister Robert Fico resigned on Thursday after weeks of street protests over the murder of an investigative journalist and his fiancee. "
  "The largest rallies since the fall of communism had demanded a government \"without ties to organised crime\". "
  "President Andrej Kiska asked Deputy Prime Minister Peter Pellegrini to form a new government. "
  "Jan Kuciak had been investigating tax fraud involving businessmen with ties to Fico's party when he was shot dead at his home in February. "
  "Organisers said another rally would go ahead in Bratislava on Friday.")

N("brief", "2018-03-10",
  "Tens of thousands of people marched through Bratislava on Friday demanding an independent investigation into the killing of journalist Jan Kuciak; the rally was peaceful.",
  E("Peaceful protest", "marched through Bratislava", "Protesters (Slovakia)", None, "wd:fri",
    L("Bratislava", "SK", "Bratislava", 1), 0))

N("web", "2020-09-01",
  "Monsoon floods kill dozens in Pakistan's Karachi\n\n"
  "Record monsoon rains flooded large parts of Karachi last week, killing at least 41 people and leaving neighbourhoods without electricity for days, officials said on Tuesday. "
  "Most of the deaths were caused by electrocution and collapsing walls. "
  "The army was called in to pump water out of streets. "
  "Residents of the Surjani Town and North Karachi areas said they had been stranded on rooftops. "
  "Prime Minister Imran Khan announced a reconstruction package for the city. "
  "Critics blamed decades of unplanned construction over storm drains.")

N("acled-note", "2012-08-07",
  "On 5 August 2012, a white supremacist shot dead six worshippers at a Sikh gurdwara in Oak Creek (Wisconsin) before killing himself after being shot by police.",
  E("Attack", "shot dead six worshippers", "Sole Perpetrator (United States)", "Civilians (United States)", "2012-08-05",
    L("Oak Creek", "US", "Wisconsin", 1), 7))

N("acled-note", "2019-08-05",
  "On 3 August 2019, a gunman who had posted an anti-immigrant manifesto killed 23 people at a Walmart store in El Paso (Texas).",
  E("Attack", "killed 23 people at a Walmart store", "Sole Perpetrator (United States)", "Civilians (United States)", "2019-08-03",
    L("El Paso", "US", "Texas", 1), 23))

N("web", "2024-11-06",
  "Report: Far-right violence in Europe rose in 2023\n\n"
  "Attacks by far-right extremists in the European Union rose last year, Europol said in its annual terrorism report published on Wednesday. "
  "Member states reported 120 completed, failed or foiled attacks of all kinds in 2023, most of them by separatist or left-wing groups in Italy, France and Greece. "
  "The agency said young people radicalised online were a growing concern. "
  "\"Online communities offer teenagers a sense of belonging and a pathway to violence,\" Europol's executive director said. "
  "Arrests for jihadist terrorism fell slightly, the report said. "
  "The report does not include data from the United Kingdom.")

N("acled-note", "2020-02-21",
  "On 19 February 2020, a far-right gunman shot dead nine people of migrant background at two shisha bars in Hanau (Hesse), then killed his mother and himself.",
  E("Attack", "shot dead nine people of migrant background", "Sole Perpetrator (Germany)", "Civilians (Germany)", "2020-02-19",
    L("Hanau", "DE", "Hesse", 1), 11))

N("acled-note", "2023-06-30",
  "On 29 June 2023, youths in Nanterre (Hauts-de-Seine) set fire to cars and a town hall annex and fired fireworks at police in protest over the police killing of a teenager.",
  E("Violent demonstration", "set fire to cars and a town hall annex", "Rioters (France)", "Police Forces of France", "2023-06-29",
    L("Nanterre", "FR", "Ile-de-France", 1), 0))

N("acled-note", "2023-07-02",
  "On 1 July 2023, several thousand people held a silent march in Nanterre in memory of the teenager killed by police; it ended without incident.",
  E("Peaceful protest", "held a silent march", "Protesters (France)", None, "2023-07-01",
    L("Nanterre", "FR", "Ile-de-France", 1), 0))

N("wire", "2002-10-14",
  "INDONESIA-BALI/\n"
  "Bali bomb toll rises to 187 ; police hunt suspects\n"
  "KUTA , Indonesia , Oct 14 ( Reuters ) - The death toll from bomb blasts that destroyed two nightclubs on the Indonesian resort island of Bali rose to 187 on Monday , police said , most of them foreign tourists . "
  "A car bomb exploded outside the Sari Club in Kuta late on Saturday , seconds after a smaller blast at Paddy 's Bar across the street . "
  "Police said the smaller bomb may have been carried by a suicide bomber . "
  "\" We have many leads , \" national police chief Da'i Bachtiar told reporters . "
  "Australia , which lost dozens of citizens , said it would send investigators .",
  E("Remote explosive/landmine/IED", "A car bomb exploded outside the Sari Club", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)", "wd:sat",
    L("Kuta", "ID", "Bali", 1), 187))

N("acled-note", "2002-11-23",
  "On 21 November 2002, Indonesian police arrested Imam Samudra, a suspected planner of the Bali bombings, on a bus at the port of Merak (Banten).",
  E("Arrests", "arrested Imam Samudra", "Police Forces of Indonesia", "Jemaah Islamiyah", "2002-11-21",
    L("Merak", "ID", "Banten", 1), 0))

N("web", "2008-06-13",
  "Chechnya: Kadyrov says insurgency defeated, rebels disagree\n\n"
  "Chechen leader Ramzan Kadyrov said on Thursday that the separatist insurgency in the region had been \"completely defeated\" and only a few dozen fighters remained in the mountains. "
  "Rebel websites dismissed the claim and said attacks would continue. "
  "Grozny has been largely rebuilt since the end of major fighting, with new apartment blocks and a giant mosque. "
  "Human rights groups accuse Kadyrov's security forces of abductions and torture, charges he denies. "
  "Moscow has poured billions of roubles into the region. "
  "Two wars since 1994 killed tens of thousands of people.")

N("acled-note", "2008-06-18",
  "On 16 June 2008, Kadyrovtsy fighters and rebels clashed near the village of Benoy (Nozhai-Yurt, Chechnya); two rebels and one policeman were killed.",
  E("Armed clash", "clashed", "Police Forces of Russia", "Chechen Separatists", "2008-06-16",
    L("Benoy", "RU", "Chechnya", 2), 3))

N("acled-note", "2009-07-17",
  "On 15 July 2009, unidentified men abducted human rights activist Natalya Estemirova outside her home in Grozny; she was found shot dead in Ingushetia the same day.",
  E("Abduction/forced disappearance", "abducted human rights activist Natalya Estemirova", "Unidentified Armed Group (Russia)", "Civilians (Russia)", "2009-07-15",
    L("Grozny", "RU", "Chechnya", 1), 0),
  E("Attack", "found shot dead in Ingushetia", "Unidentified Armed Group (Russia)", "Civilians (Russia)", "2009-07-15",
    L("Ingushetia", "RU", "Ingushetia", 3), 1))

N("brief", "2013-09-23",
  "Kenyan officials said on Monday the siege of Nairobi's Westgate mall by al Shabaab gunmen was in its final stage; 62 people have been killed since the attack began on Saturday.",
  E("Attack", "the attack began on Saturday", "Al Shabaab", "Civilians (Kenya)", "wd:sat",
    L("Nairobi", "KE", "Nairobi", 1), None))

N("acled-note", "2011-12-13",
  "On 11 December 2011, Kurdish PKK rebels attacked a Turkish gendarmerie post in Cukurca (Hakkari); five soldiers and 10 rebels were killed.",
  E("Armed clash", "attacked a Turkish gendarmerie post", "PKK: Kurdistan Workers Party", "Military Forces of Turkey", "2011-12-11",
    L("Cukurca", "TR", "Hakkari", 1), 15))

N("acled-note", "2011-12-30",
  "On 28 December 2011, Turkish warplanes bombed a group of smugglers near Uludere (Sirnak), mistaking them for PKK militants; 34 villagers were killed.",
  E("Air/drone strike", "warplanes bombed a group of smugglers", "Military Forces of Turkey", "Civilians (Turkey)", "2011-12-28",
    L("Uludere", "TR", "Sirnak", 2), 34))
# ---- chunk 12 ----
N("web", "2016-11-22",
  "Gunmen attack Mali's Gao region, kill soldiers and civilians in two raids\n\n"
  "Suspected jihadists killed four Malian soldiers in an attack on an army post at Tassiga, near the border with Niger, on Sunday, the army said. "
  "The attackers arrived in pick-up trucks before dawn and fought the soldiers for about an hour before withdrawing with two army vehicles, a military source said. "
  "\"The enemy suffered losses,\" the army said in a statement, without giving a figure. "
  "On Monday, gunmen on motorbikes shot dead a village chief and his son in Tin-Hama, about 100 kilometres to the west, local officials said. "
  "The chief had recently refused to pay a levy demanded by the armed men, a relative said. "
  "No group claimed either attack. "
  "Northern Mali was occupied by jihadist groups in 2012 until a French-led offensive drove them from the main towns in early 2013.",
  E("Armed clash", "killed four Malian soldiers in an attack on an army post at Tassiga", "Islamist Militants (Mali)", "Military Forces of Mali", "wd:sun",
    L("Tassiga", "ML", "Gao", 1), 4),
  E("Attack", "shot dead a village chief and his son", "Unidentified Armed Group (Mali)", "Civilians (Mali)", "wd:mon",
    L("Tin-Hama", "ML", "Gao", 1), 2))

N("web", "2025-04-08",
  "Guatemala's coffee exports hit by rust outbreak, exporters say\n\n"
  "Guatemala's coffee exports are expected to fall by about 12 percent this season after an outbreak of leaf rust in the western highlands, the national coffee association Anacafe said on Tuesday. "
  "Growers in Huehuetenango and San Marcos reported the worst damage. "
  "Prices paid to farmers have risen but many small producers lack money for fungicide, the association said. "
  "Coffee is one of Guatemala's main exports along with bananas and sugar. "
  "The government said it would offer low-interest loans to affected farmers. "
  "Some farmers said they were considering migrating to the United States.")

N("web", "2016-05-24",
  "Guerrilla attack kills 4 soldiers in Colombia's Cauca as peace talks near end\n\n"
  "Four Colombian soldiers were killed when ELN rebels attacked their patrol in the rural area of Argelia in the southwestern Cauca province on Sunday, the army said. "
  "The soldiers were guarding an electricity pylon when they came under fire, the army said, adding that two rebels were also killed. "
  "\"It was a cowardly attack,\" Defence Minister Luis Carlos Villegas told reporters in Bogota on Monday. "
  "Separately, FARC negotiators in Havana said they were close to a final agreement with the government. "
  "The ELN, Colombia's second-largest rebel group, has not joined the peace process. "
  "Sunday's attack came a day after the ELN released a Dutch journalist it had held for a week in the Catatumbo region.",
  E("Armed clash", "ELN rebels attacked their patrol", "ELN: National Liberation Army", "Military Forces of Colombia", "wd:sun",
    L("Argelia", "CO", "Cauca", 2), 6),
  E("Other", "released a Dutch journalist", "ELN: National Liberation Army", "Civilians (Netherlands)", "wd:sat",
    L("Catatumbo", "CO", "Norte de Santander", 3), 0, plover="CONCEDE"))

N("wire", "2004-10-27",
  "THAILAND : MUSLIM PROTESTERS DIE IN ARMY CUSTODY - REPORT .\n"
  "BANGKOK 2004-10-27\n"
  "At least 78 Muslim protesters died of suffocation after being packed into army trucks following a demonstration in southern Thailand 's Narathiwat province , officials said on Wednesday . "
  "Another six people were shot dead on Monday when troops opened fire to break up the protest outside the police station in the town of Tak Bai , a provincial official said . "
  "About 1,300 men were arrested and transported to an army camp in neighbouring Pattani province . "
  "\" They were stacked five or six deep , \" a survivor told a Thai newspaper . "
  "Prime Minister Thaksin Shinawatra said the deaths were caused by the protesters ' weakness from fasting during Ramadan . "
  "Human rights groups called for an independent inquiry .",
  E("Excessive force against protesters", "troops opened fire to break up the protest", "Military Forces of Thailand", "Protesters (Thailand)", "wd:mon",
    L("Tak Bai", "TH", "Narathiwat", 1), 84),
  E("Arrests", "About 1,300 men were arrested", "Military Forces of Thailand", "Protesters (Thailand)", "wd:mon",
    L("Tak Bai", "TH", "Narathiwat", 1), 0))

N("web", "2014-04-16",
  "Nigeria schoolgirls: gunmen abduct more than 100 from Chibok\n\n"
  "Gunmen abducted more than 100 girls from a secondary school in the town of Chibok in northeastern Nigeria's Borno state late on Monday, officials said. "
  "The attackers arrived in trucks and on motorbikes, overpowered the soldiers guarding the town and set fire to buildings, a local official said. "
  "They then loaded the girls, who had gathered at the school to sit exams, onto trucks and drove them towards the Sambisa forest. "
  "\"We don't know how many were taken, the parents are still counting,\" the school's principal said. "
  "On Monday morning, a car bomb at a crowded bus station in Nyanya, on the outskirts of the capital Abuja, killed 75 people. "
  "Boko Haram is suspected of both attacks. "
  "The group's leader, Abubakar Shekau, has vowed to attack schools teaching \"Western education\".",
  E("Abduction/forced disappearance", "abducted more than 100 girls", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)", "wd:mon",
    L("Chibok", "NG", "Borno", 1), 0),
  E("Remote explosive/landmine/IED", "a car bomb at a crowded bus station in Nyanya", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)", "wd:mon",
    L("Nyanya", "NG", "Federal Capital Territory", 1), 75))

N("web", "2025-08-19",
  "Indonesia's parliament passes 2026 budget with record defence spending\n\n"
  "Indonesia's parliament approved a 2026 state budget on Tuesday that raises defence spending by 37 percent and keeps the deficit below the legal cap of 3 percent of GDP. "
  "Finance Minister Sri Mulyani Indrawati said growth was forecast at 5.4 percent. "
  "The budget also funds President Prabowo Subianto's free school meals programme, which reaches 20 million children. "
  "Economists said revenue assumptions were optimistic. "
  "The rupiah was little changed after the vote.")

N("web", "2025-08-30",
  "Indonesia protests: driver killed by police vehicle, offices torched\n\n"
  "Protesters set fire to regional parliament buildings in Makassar and Bandung on Friday as anger spread over the death of a delivery driver who was run over by a police armoured vehicle in Jakarta. "
  "In Makassar, three people died when the building caught fire while staff were still inside, the city's disaster agency said. "
  "The driver, 21, was killed on Thursday night when the vehicle drove into a crowd of demonstrators near the parliament in Jakarta, video footage shows. "
  "\"The police ran him over like an animal,\" his brother told reporters. "
  "President Prabowo Subianto apologised and ordered an investigation; seven officers were detained by the police's internal affairs division. "
  "The protests began on Monday over allowances paid to lawmakers.",
  E("Violent demonstration", "set fire to regional parliament buildings", "Rioters (Indonesia)", "Government of Indonesia", "wd:fri",
    L("Makassar", "ID", "South Sulawesi", 1), 3),
  E("Violent demonstration", "set fire to regional parliament buildings", "Rioters (Indonesia)", "Government of Indonesia", "wd:fri",
    L("Bandung", "ID", "West Java", 1), 0),
  E("Excessive force against protesters", "drove into a crowd of demonstrators", "Police Forces of Indonesia", "Protesters (Indonesia)", "wd:thu",
    L("Jakarta", "ID", "Jakarta", 1), 1))

N("wire", "2006-04-28",
  "EAST TIMOR : POLICE , SOLDIERS FIRE ON SACKED TROOPS ' PROTEST , 5 DEAD .\n"
  "DILI 2006-04-28\n"
  "East Timorese police fired on protesters led by sacked soldiers in the capital Dili on Friday , killing at least five people , officials said . "
  "Hundreds of the former soldiers and their supporters had set fire to cars and thrown rocks at the government palace earlier in the day , witnesses said . "
  "\" They started attacking and the police had no choice , \" Interior Minister Rogerio Lobato said . "
  "Gangs later burned dozens of houses in the Comoro district , forcing thousands of residents to flee . "
  "The 600 soldiers were dismissed last month after they deserted , complaining of discrimination against soldiers from the west of the country .",
  E("Violent demonstration", "set fire to cars and thrown rocks at the government palace", "Rioters (East Timor)", "Government of East Timor", "wd:fri",
    L("Dili", "TL", "Dili", 1), 5),
  E("Mob violence", "Gangs later burned dozens of houses", "Rioters (East Timor)", "Civilians (East Timor)", "wd:fri",
    L("Comoro", "TL", "Dili", 1), 0))

N("web", "2013-08-15",
  "Egypt: hundreds killed as security forces clear Cairo sit-ins\n\n"
  "Egyptian security forces stormed two protest camps of supporters of deposed President Mohamed Mursi in Cairo on Wednesday, killing hundreds of people, the Muslim Brotherhood said. "
  "The health ministry put the nationwide death toll at 421, including 43 police officers. "
  "At the Rabaa al-Adawiya square in Nasr City, bulldozers tore down tents as police and soldiers fired live ammunition and tear gas, witnesses said. "
  "At least 288 people were killed at the Rabaa camp, according to the ministry. "
  "The smaller Nahda square camp in Giza was cleared within hours; 87 people were killed there. "
  "The government declared a month-long state of emergency. "
  "Vice President Mohamed ElBaradei resigned in protest at the crackdown.",
  E("Excessive force against protesters", "fired live ammunition and tear gas", "Police Forces of Egypt", "Protesters (Egypt)", "wd:wed",
    L("Nasr City", "EG", "Cairo", 1), 288),
  E("Excessive force against protesters", "The smaller Nahda square camp in Giza was cleared", "Police Forces of Egypt", "Protesters (Egypt)", "wd:wed",
    L("Giza", "EG", "Giza", 1), 87),
  E("Other", "declared a month-long state of emergency", "Government of Egypt", None, "wd:wed",
    L("Egypt", "EG", None, 4), None))

N("web", "2017-09-11",
  "Rakhine: what aid workers are seeing\n\n"
  "Aid workers in Cox's Bazar say the flow of Rohingya refugees crossing from Myanmar has not slowed, with thousands arriving every day by boat and on foot. "
  "The UN refugee agency estimates that about 313,000 people have arrived in Bangladesh since August 25. "
  "Many tell of villages burned and relatives killed, accounts that cannot be independently verified because access to northern Rakhine is restricted. "
  "Camps are overflowing and the risk of disease is rising, the World Health Organization warns. "
  "Bangladesh has offered land for a new camp near Kutupalong. "
  "\"We need shelter, water and latrines before the rains,\" a UNHCR coordinator said.")

N("wire", "1992-05-03",
  "BOSNIA : SHELLS HIT SARAJEVO OLD TOWN AS FIGHTING INTENSIFIES .\n"
  "SARAJEVO 1992-05-03\n"
  "Serb forces shelled the old town of Sarajevo on Sunday , setting buildings ablaze , while Bosnian Muslim and Croat defenders fought Serb militias on the city 's western edge , radio reports said . "
  "Mortar bombs fell near the Bascarsija market and the main post office , witnesses said . "
  "\" The whole sky was red , \" said a resident of the old town . "
  "Bosnian President Alija Izetbegovic was detained by the Yugoslav army at Sarajevo airport on Saturday on his return from peace talks in Lisbon , state radio said . "
  "Hospitals said at least 12 people were killed in Sunday 's shelling .",
  E("Shelling/artillery/missile attack", "shelled the old town of Sarajevo", "Bosnian Serb Forces", "Civilians (Bosnia and Herzegovina)", "wd:sun",
    L("Sarajevo", "BA", "Federation of Bosnia and Herzegovina", 1), 12),
  E("Armed clash", "fought Serb militias on the city 's western edge", "Military Forces of Bosnia and Herzegovina", "Bosnian Serb Forces", "wd:sun",
    L("Sarajevo", "BA", "Federation of Bosnia and Herzegovina", 2), None),
  E("Arrests", "was detained by the Yugoslav army", "Military Forces of Yugoslavia", "Government of Bosnia and Herzegovina", "wd:sat",
    L("Sarajevo", "BA", "Federation of Bosnia and Herzegovina", 1), 0))

N("web", "2022-02-08",
  "Dutch farmers' groups agree to resume talks with government\n\n"
  "Dutch farmers' organisations agreed on Monday to resume talks with the government over plans to cut nitrogen emissions. "
  "The agriculture minister said the two sides would meet next week. "
  "Supermarket chains said supplies of dairy products were normal. "
  "The farmers say the plans would force many of them out of business. "
  "Environmental groups urged the government not to back down.")
# ---- chunk 13 ----
N("web", "2023-04-18",
  "Sudan fighting: what we know on day four\n\n"
  "Fighting between Sudan's army and the paramilitary Rapid Support Forces entered a fourth day on Tuesday with no sign of a ceasefire. "
  "The World Health Organization says at least 270 people have been killed and more than 2,600 wounded since the clashes erupted on Saturday. "
  "Both sides claim control of key sites in Khartoum, including the airport and the presidential palace. "
  "Residents describe running out of food and water as they shelter indoors. "
  "\"We hear explosions all night,\" said a doctor in the Khartoum 2 district. "
  "Foreign governments are preparing to evacuate their citizens. "
  "Analysts say the conflict stems from disagreement over integrating the RSF into the army.",
  E("Armed clash", "Fighting between Sudan's army and the paramilitary Rapid Support Forces entered a fourth day", "Military Forces of Sudan", "RSF: Rapid Support Forces", "wd:tue",
    L("Khartoum", "SD", "Khartoum", 1), None))

N("acled-note", "2023-04-17",
  "On 15 April 2023, SAF and RSF forces clashed around the presidential palace and the airport in Khartoum; the Sudanese air force carried out strikes on RSF bases in the city the same day.",
  E("Armed clash", "clashed around the presidential palace and the airport", "Military Forces of Sudan", "RSF: Rapid Support Forces", "2023-04-15",
    L("Khartoum", "SD", "Khartoum", 1), None),
  E("Air/drone strike", "air force carried out strikes on RSF bases", "Military Forces of Sudan", "RSF: Rapid Support Forces", "2023-04-15",
    L("Khartoum", "SD", "Khartoum", 1), None))

N("web", "2023-11-02",
  "RSF fighters kill hundreds in Ardamata, West Darfur, survivors say\n\n"
  "Fighters from Sudan's Rapid Support Forces and allied Arab militias killed hundreds of ethnic Masalit men after taking over an army base in Ardamata, on the edge of El Geneina, survivors and rights groups said on Thursday. "
  "The RSF captured the base of the army's 15th infantry division on Saturday after two days of fighting. "
  "Over the following days, gunmen went house to house in Ardamata and shot men and boys, according to witnesses who fled to Chad. "
  "\"They asked if you were Masalit and then they shot,\" one man told a UN official in Adre. "
  "The Masalit community's leaders said at least 800 people were killed; the UN said it could not yet confirm a figure. "
  "The RSF denied targeting civilians and said it had fought only soldiers. "
  "The killings recall the violence in El Geneina in June, when the governor of West Darfur was killed after criticising the RSF.",
  E("Non-state actor overtakes territory", "The RSF captured the base of the army's 15th infantry division", "RSF: Rapid Support Forces", "Military Forces of Sudan", "lwd:sat",
    L("Ardamata", "SD", "West Darfur", 1), None),
  E("Attack", "went house to house in Ardamata and shot men and boys", "RSF: Rapid Support Forces", "Civilians (Sudan)", None,
    L("Ardamata", "SD", "West Darfur", 1), None),
  E("Attack", "the governor of West Darfur was killed", "Unidentified Armed Group (Sudan)", "Government of Sudan", "2023-06",
    L("El Geneina", "SD", "West Darfur", 1), 1, bg=True))

N("web", "2019-11-26",
  "Hong Kong's pro-democracy camp sweeps district council polls\n\n"
  "Hong Kong's pro-democracy candidates won 17 of the 18 district councils in local elections on Sunday, a landslide seen as a rebuke of the city's government after months of protests. "
  "Turnout was a record 71 percent, with queues outside polling stations from early morning. "
  "Chief Executive Carrie Lam said she would \"reflect seriously\" on the result. "
  "The councils have little real power but choose some members of the committee that selects the city's leader. "
  "Voting passed peacefully and police reported no major incidents. "
  "Beijing said Hong Kong would always be part of China regardless of the result.")

N("acled-note", "2019-11-19",
  "On 17 November 2019, protesters at Hong Kong Polytechnic University threw petrol bombs and fired arrows at police, who used tear gas and water cannon; a police officer was hit in the leg by an arrow.",
  E("Violent demonstration", "threw petrol bombs and fired arrows at police", "Rioters (China)", "Police Forces of China", "2019-11-17",
    L("Hong Kong", "HK", "Kowloon", 1), 0))

N("acled-note", "2019-12-03",
  "On 1 December 2019, tens of thousands of people marched from Tsim Sha Tsui to Hung Hom (Hong Kong) in a police-approved rally; police fired tear gas late in the day after some marchers blocked roads.",
  E("Protest with intervention", "police fired tear gas", "Protesters (China)", "Police Forces of China", "2019-12-01",
    L("Hong Kong", "HK", "Kowloon", 1), 0))

N("wire", "2009-06-28",
  "HONDURAS-COUP/\n"
  "Honduran army ousts President Zelaya , flies him to Costa Rica\n"
  "TEGUCIGALPA , June 28 ( Reuters ) - Honduran soldiers seized President Manuel Zelaya at his residence before dawn on Sunday and flew him to Costa Rica , hours before a vote on changing the constitution that the military and Congress opposed . "
  "Zelaya told reporters in San Jose that he had been \" kidnapped \" and was the victim of a coup . "
  "Congress later voted to name its speaker , Roberto Micheletti , as interim president . "
  "Hundreds of Zelaya supporters gathered outside the presidential palace in Tegucigalpa , some throwing stones at soldiers who fired tear gas . "
  "The United States and the Organization of American States condemned the ouster .",
  E("Arrests", "seized President Manuel Zelaya at his residence", "Military Forces of Honduras", "Government of Honduras", "wd:sun",
    L("Tegucigalpa", "HN", "Francisco Morazan", 1), 0),
  E("Violent demonstration", "throwing stones at soldiers", "Rioters (Honduras)", "Military Forces of Honduras", "wd:sun",
    L("Tegucigalpa", "HN", "Francisco Morazan", 1), 0))

N("web", "2021-06-02",
  "Colombia talks stall as strike committee rejects security protocol\n\n"
  "Talks between the Colombian government and the national strike committee stalled again on Tuesday after organisers rejected a draft protocol on the policing of protests. "
  "The government wants road blockades lifted before signing any deal; the committee says the right to protest must be guaranteed first. "
  "Human rights groups say dozens of people have been killed since the protests began on April 28, many of them by police. "
  "The government says two police officers have died and hundreds have been injured. "
  "The talks are mediated by the United Nations and the Catholic Church. "
  "A new round is scheduled for Thursday.")

N("acled-note", "2021-05-31",
  "On 28 May 2021, police and armed men in civilian clothes fired on protesters at a blockade in Cali (Valle del Cauca); at least 13 people were killed during the night.",
  E("Excessive force against protesters", "fired on protesters at a blockade", "Police Forces of Colombia", "Protesters (Colombia)", "2021-05-28",
    L("Cali", "CO", "Valle del Cauca", 1), 13))

N("web", "2010-11-09",
  "Azerbaijan's ruling party wins election, observers cite violations\n\n"
  "President Ilham Aliyev's New Azerbaijan Party won a large majority in Sunday's parliamentary election, the central election commission said on Monday, as international observers reported serious violations. "
  "The party took 71 of the 125 seats, with most of the rest going to nominally independent candidates loyal to the government. "
  "The main opposition parties won no seats. "
  "OSCE observers said the vote fell short of international commitments, citing restrictions on freedom of assembly and cases of ballot stuffing. "
  "Opposition leaders said they would not recognise the result but did not call for protests.")

N("web", "2020-09-28",
  "Armenia and Azerbaijan clash over Nagorno-Karabakh; dozens dead\n\n"
  "Heavy fighting broke out between Armenia and Azerbaijan over the breakaway region of Nagorno-Karabakh on Sunday, killing at least 23 people, officials said. "
  "Azerbaijan said its forces had taken several villages in the Fuzuli and Jabrayil districts; ethnic Armenian officials denied the claim. "
  "Karabakh's ombudsman said an Azerbaijani artillery strike on the village of Martuni killed a woman and her grandchild. "
  "Armenia declared martial law and a general mobilisation. "
  "\"This is a war on our people,\" Armenian Prime Minister Nikol Pashinyan said in a televised address. "
  "Both sides accused the other of starting the fighting. "
  "Russia and France called for an immediate ceasefire.",
  E("Armed clash", "Heavy fighting broke out", "Military Forces of Azerbaijan", "Military Forces of Armenia", "wd:sun",
    L("Nagorno-Karabakh", "AZ", None, 3), 21),
  E("Government regains territory", "its forces had taken several villages", "Military Forces of Azerbaijan", "Artsakh Defence Army", "wd:sun",
    L("Fuzuli", "AZ", "Fuzuli", 2), None, mod="claimed"),
  E("Shelling/artillery/missile attack", "artillery strike on the village of Martuni", "Military Forces of Azerbaijan", "Civilians (Azerbaijan)", "wd:sun",
    L("Martuni", "AZ", "Khojavend", 1), 2),
  E("Other", "declared martial law and a general mobilisation", "Government of Armenia", None, "wd:sun",
    L("Armenia", "AM", None, 4), None, plover="MOBILIZE"))

N("wire", "1997-11-17",
  "EGYPT : GUNMEN KILL 58 TOURISTS AT LUXOR TEMPLE .\n"
  "CAIRO 1997-11-17\n"
  "Islamic militants armed with automatic rifles and knives killed 58 foreign tourists and four Egyptians at the Temple of Hatshepsut near Luxor on Monday , the Interior Ministry said . "
  "The six attackers were killed by police in a shootout as they tried to escape in a hijacked bus , the ministry said . "
  "\" They went from room to room shooting , \" a witness told state television . "
  "The Gamaa Islamiya group claimed the attack in a leaflet left at the scene . "
  "It was the worst attack on tourists in Egypt since militants began a campaign to topple the government in 1992 .",
  E("Attack", "killed 58 foreign tourists and four Egyptians", "Al Gamaa al Islamiya", "Civilians (International)", "wd:mon",
    L("Deir el-Bahari", "EG", "Luxor", 1), 62),
  E("Armed clash", "killed by police in a shootout", "Police Forces of Egypt", "Al Gamaa al Islamiya", "wd:mon",
    L("Luxor", "EG", "Luxor", 2), 6))

N("web", "2018-10-30",
  "Pittsburgh synagogue gunman charged with 29 federal counts\n\n"
  "The man accused of killing 11 worshippers at a Pittsburgh synagogue was charged with 29 federal crimes including hate crimes, prosecutors said on Monday, as the city began burying the victims. "
  "The suspect appeared in a wheelchair at a brief hearing and was ordered held without bail. "
  "Prosecutors said they would seek approval to pursue the death penalty. "
  "Thousands attended vigils across the city on Sunday night. "
  "\"Pittsburgh is stronger than hate,\" the mayor said. "
  "President Donald Trump is due to visit the city on Tuesday.")

N("acled-note", "2018-10-29",
  "On 27 October 2018, a gunman shouting antisemitic slurs killed 11 worshippers at the Tree of Life synagogue in Pittsburgh (Pennsylvania); he was arrested after a shootout with police in which four officers were wounded.",
  E("Attack", "killed 11 worshippers", "Sole Perpetrator (United States)", "Civilians (United States)", "2018-10-27",
    L("Pittsburgh", "US", "Pennsylvania", 1), 11),
  E("Armed clash", "a shootout with police", "Police Forces of the United States", "Sole Perpetrator (United States)", "2018-10-27",
    L("Pittsburgh", "US", "Pennsylvania", 1), 0))
# ---- chunk 14 ----
N("web", "2026-02-10",
  "Gunmen kill 12 at Plateau village wake, police say\n\n"
  "Gunmen killed 12 people attending a wake in the village of Ganawuri in Nigeria's Plateau state late on Sunday, police said on Monday. "
  "The attackers surrounded the compound where mourners had gathered and opened fire, state police spokesman Alfred Alabo said. "
  "Five other people were wounded and taken to hospital in Jos. "
  "\"They came with the intention to kill,\" a community leader told local radio. "
  "Residents blamed herders from a nearby settlement, a claim that could not be verified. "
  "The Ganawuri killings are the latest in a cycle of violence between farming and herding communities in central Nigeria that has killed hundreds this year. "
  "Soldiers were deployed to the area on Monday and a dusk-to-dawn curfew was imposed in Riyom local government area.",
  E("Attack", "killed 12 people attending a wake", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "wd:sun",
    L("Ganawuri", "NG", "Plateau", 1), 12))

N("web", "2026-02-11",
  "Nigeria's central bank cuts rates for first time in five years\n\n"
  "Nigeria's central bank cut its benchmark interest rate by 50 basis points to 26.5 percent on Tuesday, its first reduction since 2020, citing easing inflation. "
  "Annual inflation fell to 21 percent in January after a rebasing of the consumer price index. "
  "Governor Olayemi Cardoso said the naira had stabilised and foreign reserves were rising. "
  "Analysts said further cuts would depend on oil prices. "
  "The stock market rose 1.2 percent after the decision.")

N("wire", "2005-05-14",
  "UZBEKISTAN : TROOPS FIRE ON ANDIJAN PROTESTERS , MANY FEARED DEAD .\n"
  "TASHKENT 2005-05-14\n"
  "Uzbek troops opened fire on thousands of protesters in the eastern city of Andijan on Friday , killing dozens of people , witnesses said . "
  "The crowd had gathered in the main square after armed men freed 23 businessmen on trial for Islamic extremism from the city prison overnight . "
  "\" Soldiers fired from armoured vehicles into the crowd , \" one witness said by telephone . "
  "President Islam Karimov blamed Islamic militants for the unrest and said 10 soldiers had been killed . "
  "Uzbek authorities sealed the border with Kyrgyzstan , where hundreds of people had fled .",
  E("Excessive force against protesters", "opened fire on thousands of protesters", "Military Forces of Uzbekistan", "Protesters (Uzbekistan)", "wd:fri",
    L("Andijan", "UZ", "Andijan", 1), 12),
  E("Armed clash", "armed men freed 23 businessmen on trial for Islamic extremism from the city prison", "Unidentified Armed Group (Uzbekistan)", "Police Forces of Uzbekistan", "d-1",
    L("Andijan", "UZ", "Andijan", 1), None))

N("web", "2024-10-24",
  "Philippine court convicts ex-mayor over Maguindanao massacre cover-up\n\n"
  "A court in Quezon City on Thursday convicted a former town mayor of obstruction of justice for helping to hide evidence of the 2009 Maguindanao massacre. "
  "The judge sentenced him to six years in prison. "
  "Fifty-eight people, including 32 journalists, were killed on November 23, 2009, near the town of Ampatuan when a convoy carrying relatives of a political rival of the Ampatuan clan was stopped by gunmen. "
  "Several members of the clan were convicted of murder in 2019. "
  "Press freedom groups welcomed the verdict but said many suspects remain at large. "
  "\"Justice has been slow, but it is coming,\" said a lawyer for the victims' families.",
  E("Attack", "Fifty-eight people, including 32 journalists, were killed", "Ampatuan Clan Militia", "Civilians (Philippines)", "2009-11-23",
    L("Ampatuan", "PH", "Bangsamoro", 2), 58, bg=True))

N("web", "2018-07-24",
  "Nicaragua's Ortega rules out early election as death toll mounts\n\n"
  "Nicaraguan President Daniel Ortega ruled out bringing forward elections in an interview broadcast on Monday, rejecting a key demand of protesters after three months of unrest. "
  "Ortega said the protests were a coup attempt financed from abroad. "
  "Rights groups say more than 300 people have been killed since April, most of them by police and pro-government paramilitaries. "
  "The government puts the toll at 195 and says many of the dead were police officers or Sandinista supporters. "
  "Church leaders who had mediated talks said dialogue was suspended. "
  "\"There is no way out without democracy,\" a student leader said from hiding.")

N("acled-note", "2018-07-19",
  "On 17 July 2018, police and pro-government paramilitaries retook the Monimbó neighbourhood of Masaya from protesters who had held barricades there for weeks; at least two people were killed.",
  E("Excessive force against protesters", "retook the Monimbó neighbourhood", "Police Forces of Nicaragua", "Protesters (Nicaragua)", "2018-07-17",
    L("Masaya", "NI", "Masaya", 1), 2))

N("wire", "2012-09-12",
  "LIBYA-USA/\n"
  "U.S. ambassador killed in attack on Benghazi consulate\n"
  "BENGHAZI , Libya , Sept 12 ( Reuters ) - The U.S. ambassador to Libya and three other Americans were killed when gunmen attacked the U.S. consulate in Benghazi late on Tuesday , Libyan officials said on Wednesday . "
  "Ambassador Christopher Stevens died of smoke inhalation after attackers armed with rocket-propelled grenades and assault rifles set fire to the main building , officials said . "
  "Hours later , mortars hit a nearby annex where staff had taken refuge , killing two security officers . "
  "Libya 's interim president condemned the \" cowardly \" attack . "
  "The attack came as protesters in Cairo stormed the U.S. embassy over a film mocking the Prophet Mohammad .",
  E("Attack", "gunmen attacked the U.S. consulate", "Unidentified Armed Group (Libya)", "Civilians (United States)", "wd:tue",
    L("Benghazi", "LY", "Banghazi", 1), 2),
  E("Shelling/artillery/missile attack", "mortars hit a nearby annex", "Unidentified Armed Group (Libya)", "Civilians (United States)", "wd:wed",
    L("Benghazi", "LY", "Banghazi", 1), 2),
  E("Violent demonstration", "protesters in Cairo stormed the U.S. embassy", "Rioters (Egypt)", "Civilians (United States)", "wd:tue",
    L("Cairo", "EG", "Cairo", 1), 0))

N("web", "2021-10-26",
  "Sudan's military seizes power, detains prime minister\n\n"
  "Sudan's army seized power on Monday, dissolving the transitional government and detaining Prime Minister Abdalla Hamdok and other civilian leaders at their homes in Khartoum. "
  "General Abdel Fattah al-Burhan declared a state of emergency in a televised speech. "
  "Thousands of protesters poured into the streets of Khartoum and Omdurman, blocking roads with burning tyres. "
  "Soldiers opened fire on protesters near the army headquarters in Khartoum, killing three people, a doctors' committee said. "
  "\"We will not accept military rule,\" said a protester in Omdurman. "
  "The United States suspended $700 million in aid.",
  E("Arrests", "detaining Prime Minister Abdalla Hamdok and other civilian leaders", "Military Forces of Sudan", "Government of Sudan", "wd:mon",
    L("Khartoum", "SD", "Khartoum", 1), 0),
  E("Excessive force against protesters", "Soldiers opened fire on protesters", "Military Forces of Sudan", "Protesters (Sudan)", "wd:mon",
    L("Khartoum", "SD", "Khartoum", 1), 3),
  E("Violent demonstration", "blocking roads with burning tyres", "Rioters (Sudan)", None, "wd:mon",
    L("Omdurman", "SD", "Khartoum", 1), 0))

N("web", "2017-05-23",
  "Manchester Arena bombing: 22 killed at Ariana Grande concert\n\n"
  "A suicide bomber killed 22 people, including children, at the end of an Ariana Grande concert at Manchester Arena on Monday night, police said. "
  "The attacker detonated an improvised explosive device in the foyer as fans were leaving, Greater Manchester Police chief constable Ian Hopkins said. "
  "Fifty-nine people were taken to hospital. "
  "Police named the bomber on Tuesday as 22-year-old Salman Abedi, a British-born man of Libyan descent. "
  "A 23-year-old man was arrested in south Manchester on Tuesday in connection with the attack. "
  "Islamic State claimed responsibility, though officials said they could not verify the claim. "
  "Prime Minister Theresa May said the attack was \"appalling\" and raised the national threat level to critical.",
  E("Suicide bomb", "suicide bomber killed 22 people", "Islamic State", "Civilians (United Kingdom)", "wd:mon",
    L("Manchester", "GB", "England", 1), 22),
  E("Arrests", "A 23-year-old man was arrested", "Police Forces of the United Kingdom", "Civilians (United Kingdom)", "wd:tue",
    L("Manchester", "GB", "England", 1), 0))

N("web", "2023-03-14",
  "Tajikistan and Kyrgyzstan agree to restore air links after border talks\n\n"
  "Tajikistan and Kyrgyzstan agreed on Monday to resume direct flights between their capitals, suspended since deadly border clashes last year, officials said. "
  "The agreement was reached during talks between the two countries' security chiefs in the Kyrgyz town of Batken. "
  "Negotiators also said they had agreed on the delimitation of a further 20 kilometres of the disputed border. "
  "About 100 people were killed in fighting along the border in September. "
  "Analysts said a full settlement remained distant.",
  E("Agreement", "agreed on Monday to resume direct flights", "Government of Tajikistan", "Government of Kyrgyzstan", "wd:mon",
    L("Batken", "KG", "Batken", 1), None))

N("acled-note", "2022-09-16",
  "On 14 September 2022, Kyrgyz and Tajik border guards exchanged fire near the Golovnoi water distribution point (Batken); one Tajik guard was killed.",
  E("Armed clash", "exchanged fire", "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan", "2022-09-14",
    L("Golovnoi", "KG", "Batken", 2), 1))

N("acled-note", "2022-09-18",
  "On 16 September 2022, Tajik forces fired rockets at the town of Batken (Kyrgyzstan), damaging the airport and killing two civilians.",
  E("Shelling/artillery/missile attack", "fired rockets at the town of Batken", "Military Forces of Tajikistan", "Civilians (Kyrgyzstan)", "2022-09-16",
    L("Batken", "KG", "Batken", 1), 2))

N("web", "2015-07-06",
  "Greeks reject bailout terms in referendum\n\n"
  "Greek voters rejected the terms of an international bailout by a wide margin in a referendum on Sunday, with 61 percent voting No, official results showed. "
  "Prime Minister Alexis Tsipras said the result gave him a mandate to negotiate a better deal. "
  "Opposition leaders said the result would push Greece towards leaving the euro. "
  "Eurozone leaders will hold an emergency summit on Tuesday. "
  "Banks remain closed and cash withdrawals are limited to 60 euros a day.")
# ---- chunk 15 ----
N("wire", "1996-09-27",
  "AFGHANISTAN : TALIBAN CAPTURE KABUL , NAJIBULLAH HANGED .\n"
  "ISLAMABAD 1996-09-27\n"
  "The Islamic Taliban militia captured the Afghan capital Kabul on Friday after government troops of President Burhanuddin Rabbani fled north , witnesses said . "
  "Former communist president Najibullah and his brother were dragged from the United Nations compound where they had sheltered since 1992 and hanged from a traffic post , witnesses said . "
  "\" The city fell without much fighting , \" a Western aid worker said by satellite telephone . "
  "Taliban fighters patrolled the streets in pick-up trucks and ordered women to stay at home . "
  "Commander Ahmad Shah Massoud 's forces withdrew towards the Panjshir valley .",
  E("Non-state actor overtakes territory", "captured the Afghan capital Kabul", "Taliban", "Military Forces of Afghanistan", "wd:fri",
    L("Kabul", "AF", "Kabul", 1), None),
  E("Attack", "hanged from a traffic post", "Taliban", "Civilians (Afghanistan)", "wd:fri",
    L("Kabul", "AF", "Kabul", 1), 2))

N("web", "2019-09-03",
  "India's economy grows at slowest pace in six years\n\n"
  "India's economic growth slowed to 5 percent in the April-June quarter, the weakest pace in more than six years, government data showed on Friday. "
  "Car sales have fallen sharply and manufacturing barely grew. "
  "Finance Minister Nirmala Sitharaman announced a merger of state banks to strengthen lending. "
  "Opposition leaders blamed the government's handling of the economy. "
  "The central bank has cut rates four times this year.")

N("web", "2019-02-16",
  "Pulwama: India vows response after suicide car bombing kills 40 paramilitaries\n\n"
  "India vowed a \"befitting reply\" on Friday after a suicide car bomber killed 40 paramilitary police in Kashmir, the deadliest attack on security forces in the region in three decades. "
  "The bomber rammed a vehicle packed with explosives into a bus in a convoy of the Central Reserve Police Force on the Srinagar-Jammu highway near Lethpora in Pulwama district on Thursday afternoon. "
  "Jaish-e-Mohammed, a Pakistan-based militant group, claimed responsibility and released a video of the bomber, a local youth. "
  "\"The blood of the people is boiling,\" Prime Minister Narendra Modi said at a rally. "
  "Pakistan denied any role. "
  "In Jammu, mobs set fire to vehicles belonging to Kashmiri Muslims on Friday, and authorities imposed a curfew. "
  "India withdrew trade privileges it had granted Pakistan.",
  E("Suicide bomb", "suicide car bomber killed 40 paramilitary police", "JeM: Jaish-e-Mohammad", "Police Forces of India", "wd:thu",
    L("Lethpora", "IN", "Jammu and Kashmir", 2), 40),
  E("Mob violence", "mobs set fire to vehicles belonging to Kashmiri Muslims", "Rioters (India)", "Civilians (India)", "wd:fri",
    L("Jammu", "IN", "Jammu and Kashmir", 1), 0))

N("acled-note", "2019-02-27",
  "On 26 February 2019, Indian Air Force jets struck what India said was a Jaish-e-Mohammed training camp near Balakot (Khyber Pakhtunkhwa); Pakistan said the bombs fell in a forest and caused no casualties.",
  E("Air/drone strike", "jets struck", "Military Forces of India", "JeM: Jaish-e-Mohammad", "2019-02-26",
    L("Balakot", "PK", "Khyber Pakhtunkhwa", 2), 0))

N("web", "2014-06-13",
  "Brazil opens World Cup amid protests and tear gas\n\n"
  "Brazil's World Cup opened in Sao Paulo on Thursday with a 3-1 win over Croatia, as police fired tear gas and stun grenades at protesters a few kilometres from the stadium. "
  "About 300 demonstrators had tried to march towards the Arena Corinthians, chanting against the billions spent on the tournament. "
  "Police blocked the road and dispersed them; five people, including a CNN producer, were injured, and several were detained. "
  "Inside the stadium, President Dilma Rousseff was jeered by some fans. "
  "Neymar scored twice for Brazil. "
  "Protest organisers said more marches were planned for Brazil's next match.",
  E("Protest with intervention", "police fired tear gas and stun grenades at protesters", "Protesters (Brazil)", "Police Forces of Brazil", "wd:thu",
    L("Sao Paulo", "BR", "Sao Paulo", 1), 0))

N("web", "2022-06-14",
  "Sri Lanka's new PM seeks IMF deal as fuel queues lengthen\n\n"
  "Sri Lanka's new Prime Minister Ranil Wickremesinghe said on Tuesday the country would need at least $5 billion in the next six months to cover basic needs. "
  "An IMF team is due in Colombo next week. "
  "Queues for fuel stretched for kilometres in the capital, and schools were closed to save petrol. "
  "The central bank raised rates by a record seven percentage points in April. "
  "Wickremesinghe, who took office last month, said the economy had \"completely collapsed\". "
  "The government suspended payments on its foreign debt in April.")

N("web", "2001-11-14",
  "Kabul falls to Northern Alliance as Taliban flee\n\n"
  "Northern Alliance forces entered Kabul on Tuesday after Taliban fighters abandoned the Afghan capital overnight, ending five years of Taliban rule over the city. "
  "Residents shaved their beards, played music and flew kites as alliance troops took up positions at government buildings. "
  "There was little resistance, although the bodies of several Arab fighters who had stayed behind were seen in a park, reporters said. "
  "\"We were told not to enter the city, but there was a security vacuum,\" an alliance commander said. "
  "US President George W. Bush had urged the alliance to stay outside the capital. "
  "The Taliban retreated south towards their stronghold of Kandahar. "
  "US warplanes continued to bomb Taliban positions around Kunduz in the north on Tuesday.",
  E("Non-violent transfer of territory", "entered Kabul", "United Islamic Front", "Taliban", "wd:tue",
    L("Kabul", "AF", "Kabul", 1), None),
  E("Air/drone strike", "US warplanes continued to bomb Taliban positions around Kunduz", "Military Forces of the United States", "Taliban", "wd:tue",
    L("Kunduz", "AF", "Kunduz", 2), None))

N("wire", "2015-10-10",
  "TURKEY-BLAST/\n"
  "Twin blasts at Ankara peace rally kill at least 86\n"
  "ANKARA , Oct 10 ( Reuters ) - Two bombs exploded seconds apart outside Ankara 's main train station on Saturday as hundreds of people gathered for a peace rally organised by pro-Kurdish and labour groups , killing at least 86 people , officials said . "
  "Prime Minister Ahmet Davutoglu said there were strong signs the blasts were carried out by two suicide bombers . "
  "Some 186 people were wounded . "
  "Police fired tear gas at angry demonstrators who gathered near the site after the blasts , chanting anti-government slogans . "
  "The attack came three weeks before a parliamentary election .",
  E("Suicide bomb", "Two bombs exploded seconds apart", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", "wd:sat",
    L("Ankara", "TR", "Ankara", 1), 86),
  E("Protest with intervention", "Police fired tear gas at angry demonstrators", "Protesters (Turkey)", "Police Forces of Turkey", "wd:sat",
    L("Ankara", "TR", "Ankara", 1), 0))

N("web", "2020-03-17",
  "Coronavirus: Philippines places Luzon under 'enhanced community quarantine'\n\n"
  "President Rodrigo Duterte placed the whole of Luzon, home to more than 50 million people, under strict quarantine on Monday to slow the spread of the coronavirus. "
  "Public transport was suspended and people were ordered to stay at home except to buy food and medicine. "
  "Police and soldiers set up checkpoints on roads into Manila. "
  "The Philippine Stock Exchange suspended trading indefinitely. "
  "Health officials have confirmed 142 cases and 12 deaths from the virus. "
  "Foreign tourists scrambled for flights out.")

N("web", "2016-07-16",
  "Turkey coup attempt: soldiers bomb parliament, 161 killed\n\n"
  "A faction of Turkey's military tried to seize power on Friday night, deploying tanks in Istanbul and Ankara and bombing the parliament building from the air, before loyalist forces and crowds of civilians defeated them, officials said on Saturday. "
  "At least 161 people were killed, most of them civilians and police, Prime Minister Binali Yildirim said. "
  "In Istanbul, soldiers opened fire on crowds trying to cross the Bosphorus bridge, which the plotters had blocked, killing dozens. "
  "Helicopters and jets flown by the plotters struck the parliament and the police special forces headquarters in Ankara. "
  "\"This is an act of treason,\" President Tayyip Erdogan said after landing in Istanbul before dawn. "
  "About 2,800 soldiers were detained by Saturday morning, the government said. "
  "Erdogan blamed supporters of US-based cleric Fethullah Gulen, who denied involvement.",
  E("Air/drone strike", "bombing the parliament building from the air", "Mutiny of Military Forces of Turkey", "Government of Turkey", "wd:fri",
    L("Ankara", "TR", "Ankara", 1), None),
  E("Attack", "soldiers opened fire on crowds trying to cross the Bosphorus bridge", "Mutiny of Military Forces of Turkey", "Civilians (Turkey)", "wd:fri",
    L("Istanbul", "TR", "Istanbul", 1), 12),
  E("Arrests", "About 2,800 soldiers were detained", "Military Forces of Turkey", "Mutiny of Military Forces of Turkey", "wd:sat",
    L("Turkey", "TR", None, 4), 0))

N("web", "2012-01-20",
  "Opinion: The Arab Spring one year on\n\n"
  "A year ago this week, Tunisia's president fled to Saudi Arabia after weeks of protests, setting off uprisings across the Arab world. "
  "The region has since seen three leaders toppled, a civil war in Libya and a crackdown in Syria that the United Nations says has killed more than 5,000 people. "
  "Elections in Tunisia and Egypt brought Islamist parties to the fore. "
  "Whether these revolutions produce stable democracies will depend on economics as much as on politics. "
  "Youth unemployment, which drove many young people into the streets, has only risen. "
  "The West, which long backed the old rulers, should be humble about its influence.")

N("web", "2024-03-25",
  "Moscow concert hall attack: death toll rises to 137\n\n"
  "The death toll from Friday's attack on the Crocus City Hall concert venue near Moscow rose to 137 on Sunday, Russian officials said, as the country observed a day of mourning. "
  "Gunmen in camouflage opened fire on concertgoers in the hall in Krasnogorsk, just outside the capital, and then set the building on fire, officials said. "
  "Islamic State claimed responsibility. "
  "Russia's FSB said on Saturday it had detained four suspected gunmen in the Bryansk region near the Ukrainian border, and seven others. "
  "President Vladimir Putin said the attackers had tried to escape to Ukraine, which Kyiv denied. "
  "The four suspects, all Tajik citizens, appeared in a Moscow court on Sunday with visible injuries. "
  "It was the deadliest attack in Russia in two decades.",
  E("Attack", "Friday's attack on the Crocus City Hall concert venue", "Islamic State", "Civilians (Russia)", "wd:fri",
    L("Krasnogorsk", "RU", "Moscow Oblast", 1), 137),
  E("Arrests", "detained four suspected gunmen", "FSB: Federal Security Service", "Islamic State", "wd:sat",
    L("Bryansk Oblast", "RU", "Bryansk Oblast", 3), 0))
# ---- chunk 16 ----
N("wire", "1998-08-07",
  "KENYA : BOMB AT U.S. EMBASSY IN NAIROBI KILLS AT LEAST 60 .\n"
  "NAIROBI 1998-08-07\n"
  "A huge bomb exploded at the U.S. embassy in the Kenyan capital on Friday , killing at least 60 people and wounding hundreds , police and witnesses said . "
  "The blast , which came from a truck in the embassy car park , flattened a neighbouring office block and shattered windows for several blocks . "
  "Minutes later a bomb exploded outside the U.S. embassy in Dar es Salaam , Tanzania , killing at least six people , Tanzanian police said . "
  "\" We are treating this as a terrorist attack , \" a State Department spokesman said in Washington . "
  "Rescue workers dug through rubble into the night with their hands .",
  E("Remote explosive/landmine/IED", "A huge bomb exploded at the U.S. embassy", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "wd:fri",
    L("Nairobi", "KE", "Nairobi", 1), 60),
  E("Remote explosive/landmine/IED", "a bomb exploded outside the U.S. embassy in Dar es Salaam", "Unidentified Armed Group (Tanzania)", "Civilians (Tanzania)", "wd:fri",
    L("Dar es Salaam", "TZ", "Dar es Salaam", 1), 6))

N("web", "2018-04-12",
  "Cambodia's opposition in exile calls for election boycott\n\n"
  "Leaders of Cambodia's dissolved opposition party called on voters on Thursday to boycott July's general election, saying it would not be free or fair. "
  "The Supreme Court dissolved the Cambodia National Rescue Party in November at the government's request, and its leader Kem Sokha remains in jail awaiting trial for treason. "
  "Prime Minister Hun Sen, in power for 33 years, said the election would go ahead with 20 parties taking part. "
  "Western donors have cut some aid. "
  "China has pledged funding for the vote.")

N("web", "2026-03-03",
  "Two bombings in Balochistan kill 9, separatists claim one\n\n"
  "A bomb hidden in a motorcycle exploded next to a police van in the Balochistan provincial capital Quetta on Monday morning, killing five policemen, officials said. "
  "Hours later, a roadside bomb hit a vehicle carrying workers of a mining company near Nushki, about 130 kilometres to the southwest, killing four of them. "
  "The Balochistan Liberation Army said it carried out the Nushki attack, calling the workers \"agents of exploitation\". "
  "No group claimed the Quetta blast. "
  "\"These cowardly attacks will not weaken our resolve,\" the provincial chief minister said. "
  "Separatists have stepped up attacks in the province over the past two years, targeting security forces and projects linked to China. "
  "Security was increased across the province on Tuesday.",
  E("Remote explosive/landmine/IED", "A bomb hidden in a motorcycle exploded next to a police van", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan", "wd:mon",
    L("Quetta", "PK", "Balochistan", 1), 5),
  E("Remote explosive/landmine/IED", "a roadside bomb hit a vehicle carrying workers", "BLA: Balochistan Liberation Army", "Civilians (Pakistan)", "wd:mon",
    L("Nushki", "PK", "Balochistan", 2), 4))

N("web", "2021-02-10",
  "Myanmar junta imposes curfews; police fire on Naypyitaw protest\n\n"
  "Police in Myanmar's capital Naypyitaw fired rubber bullets and water cannon at protesters against last week's coup on Tuesday, and a young woman was shot in the head with what doctors said was a live round. "
  "She was in critical condition, a doctor at the capital's hospital said. "
  "Hundreds of people had gathered on a main road to demand the release of Aung San Suu Kyi. "
  "In Yangon, tens of thousands marched peacefully past the Sule pagoda for a fourth day, defying a ban on gatherings of more than five people. "
  "The junta imposed night curfews in several cities. "
  "\"We will not stop until democracy returns,\" said a teacher among the Yangon crowd.",
  E("Excessive force against protesters", "fired rubber bullets and water cannon at protesters", "Police Forces of Myanmar", "Protesters (Myanmar)", "wd:tue",
    L("Naypyitaw", "MM", "Naypyidaw", 1), 0),
  E("Peaceful protest", "tens of thousands marched peacefully", "Protesters (Myanmar)", None, "wd:tue",
    L("Yangon", "MM", "Yangon", 1), 0))

N("web", "2017-11-15",
  "Zimbabwe army takes control, says Mugabe safe\n\n"
  "Zimbabwe's military took control of the country on Wednesday, saying it was targeting \"criminals\" around President Robert Mugabe and that he and his family were safe. "
  "Armoured vehicles blocked roads to the main government offices, parliament and the courts in central Harare, and soldiers took over the state broadcaster ZBC overnight. "
  "\"This is not a military takeover of government,\" Major General Sibusiso Moyo said in a statement read on ZBC. "
  "Mugabe, 93, was confined to his home in the Borrowdale suburb, South African President Jacob Zuma said after speaking to him by phone. "
  "Gunfire was heard near Mugabe's residence early in the morning. "
  "Finance Minister Ignatius Chombo was detained by soldiers, his relatives said.",
  E("Other", "took control of the country", "Military Forces of Zimbabwe", "Government of Zimbabwe", "wd:wed",
    L("Harare", "ZW", "Harare", 1), None, plover="COERCE"),
  E("Arrests", "was detained by soldiers", "Military Forces of Zimbabwe", "Government of Zimbabwe", "wd:wed",
    L("Harare", "ZW", "Harare", 1), 0))

N("web", "2016-04-20",
  "Ecuador quake death toll passes 500; aid arrives in Manta\n\n"
  "The death toll from Ecuador's magnitude 7.8 earthquake rose to 525 on Wednesday, the government said, as international aid reached the devastated coastal city of Manta. "
  "More than 4,600 people were injured and thousands left homeless. "
  "Rescuers pulled a man alive from the rubble in Manta after nearly 72 hours, firefighters said. "
  "President Rafael Correa said reconstruction would cost about $3 billion. "
  "Looting was reported in Pedernales in the first hours after the quake, but police said order had been restored. "
  "The quake struck on Saturday evening off the Pacific coast.")

N("wire", "2019-08-04",
  "US-SHOOTING-OHIO/\n"
  "Gunman kills nine in Dayton entertainment district\n"
  "DAYTON , Ohio , Aug 4 ( Reuters ) - A gunman wearing body armour opened fire in a crowded nightlife district of Dayton , Ohio , early on Sunday , killing nine people including his sister before police shot him dead within a minute , officials said . "
  "At least 27 people were wounded . "
  "Police said they had found no evidence of a political or racial motive . "
  "It was the 251st mass shooting in the United States this year , according to the Gun Violence Archive .")

N("web", "2010-06-14",
  "Kyrgyzstan: ethnic violence in Osh kills over 100\n\n"
  "Ethnic clashes between Kyrgyz and Uzbeks in southern Kyrgyzstan have killed at least 117 people since Thursday night, officials said on Monday, as tens of thousands of Uzbeks fled towards the border. "
  "In Osh, Kyrgyz gangs armed with guns and iron bars set fire to Uzbek neighbourhoods on Saturday, witnesses said. "
  "\"They burned everything and shot anyone who ran,\" an Uzbek woman said at a border crossing. "
  "On Sunday, the violence spread to Jalal-Abad, where a mob attacked an Uzbek university and burned houses, officials said. "
  "The interim government gave security forces shoot-to-kill powers. "
  "Uzbekistan said it had taken in 75,000 refugees and closed the border on Monday.",
  E("Mob violence", "Kyrgyz gangs armed with guns and iron bars set fire to Uzbek neighbourhoods", "Rioters (Kyrgyzstan)", "Civilians (Kyrgyzstan)", "wd:sat",
    L("Osh", "KG", "Osh", 1), None),
  E("Mob violence", "a mob attacked an Uzbek university and burned houses", "Rioters (Kyrgyzstan)", "Civilians (Kyrgyzstan)", "wd:sun",
    L("Jalal-Abad", "KG", "Jalal-Abad", 1), None))

N("web", "2023-11-20",
  "Senegal court upholds Sonko's removal from voter rolls\n\n"
  "Senegal's Supreme Court on Friday upheld the removal of opposition leader Ousmane Sonko from the electoral register, a decision that could bar him from standing in next year's presidential election. "
  "Sonko, who is in detention, was convicted earlier this year of \"corrupting youth\". "
  "His lawyers said they would take the case to the ECOWAS regional court. "
  "\"This is a political decision dressed up as law,\" one of his lawyers told reporters. "
  "The ruling coalition's candidate, Prime Minister Amadou Ba, said the courts must be respected. "
  "Candidates have until late December to submit their applications to the Constitutional Council.")

N("web", "2011-02-09",
  "Southern Sudanese vote overwhelmingly for independence\n\n"
  "Nearly 99 percent of southern Sudanese voted for independence in last month's referendum, the final results confirmed on Monday. "
  "President Omar al-Bashir said he accepted the result. "
  "The south will become independent in July. "
  "The vote was a key part of a 2005 peace deal that ended more than two decades of civil war. "
  "Disputes over oil revenue, the border and the Abyei region remain unresolved.")

N("web", "2009-04-07",
  "Moldova protesters storm parliament after communist election win\n\n"
  "Thousands of young protesters stormed the parliament and the president's office in Moldova's capital Chisinau on Tuesday, smashing windows and setting fires, to protest against the Communist Party's victory in Sunday's election. "
  "Police used water cannon and tear gas but were pushed back, and protesters threw furniture and documents from windows. "
  "Officials said nearly 100 people, many of them police officers, were injured. "
  "\"We want new elections,\" one demonstrator said. "
  "President Vladimir Voronin called the protest an attempted coup. "
  "The Communist Party won about 50 percent of the vote, results showed.",
  E("Violent demonstration", "stormed the parliament and the president's office", "Rioters (Moldova)", "Police Forces of Moldova", "wd:tue",
    L("Chisinau", "MD", "Chisinau", 1), 0))

N("brief", "2009-04-09",
  "Moldovan police detained about 200 people in Chisinau overnight after Tuesday's riot, opposition leaders said on Thursday.",
  E("Arrests", "detained about 200 people", "Police Forces of Moldova", "Protesters (Moldova)", "d-1",
    L("Chisinau", "MD", "Chisinau", 1), 0))
# ---- chunk 17 ----
N("wire", "1994-03-02",
  "MEXICO : ZAPATISTA TALKS END WITH TENTATIVE PEACE PLAN .\n"
  "SAN CRISTOBAL DE LAS CASAS , Mexico 1994-03-02\n"
  "Zapatista rebels and the Mexican government ended peace talks in San Cristobal de las Casas on Wednesday with a tentative 32-point plan that the rebels said they would put to their communities for approval . "
  "Government negotiator Manuel Camacho said the agreement covered land , health and political reforms in Chiapas . "
  "\" We will consult our people , \" rebel spokesman Subcomandante Marcos told reporters at the cathedral where the talks were held . "
  "The rebels , who seized several towns in Chiapas on January 1 , have observed a ceasefire since January 12 .",
  E("Agreement", "ended peace talks in San Cristobal de las Casas on Wednesday with a tentative 32-point plan", "Government of Mexico", "EZLN: Zapatista Army of National Liberation", "wd:wed",
    L("San Cristobal de las Casas", "MX", "Chiapas", 1), None),
  E("Non-state actor overtakes territory", "seized several towns in Chiapas", "EZLN: Zapatista Army of National Liberation", "Government of Mexico", "1994-01-01",
    L("Chiapas", "MX", "Chiapas", 3), None, bg=True))

N("web", "2024-04-30",
  "Election season in India: what to watch in phase three\n\n"
  "India votes in the third phase of its marathon general election on May 7, with 94 constituencies across 12 states and territories going to the polls. "
  "Prime Minister Narendra Modi's Bharatiya Janata Party is seeking a third term. "
  "Turnout in the first two phases was lower than in 2019, which analysts attribute partly to a heatwave. "
  "The opposition INDIA alliance is campaigning on unemployment and prices. "
  "Counting is scheduled for June 4. "
  "The Election Commission has deployed paramilitary forces to sensitive constituencies, citing the risk of violence.")

N("web", "2008-11-29",
  "Mumbai siege ends after 60 hours; nearly 170 dead\n\n"
  "Indian commandos killed the last gunmen holed up in Mumbai's Taj Mahal Palace hotel on Saturday, ending a 60-hour siege of India's financial capital in which nearly 170 people were killed, officials said. "
  "The final assault came after a night of explosions and gunfire at the hotel, and three militants were killed in it, the commander of the National Security Guard said. "
  "Ten gunmen had come ashore by boat on Wednesday night and attacked a railway station, a cafe, a Jewish centre and two luxury hotels. "
  "One attacker was captured alive, police said. "
  "\"It was a well-planned operation,\" said the Maharashtra chief minister. "
  "India said the attackers had links to Pakistan, which denied involvement and offered to cooperate with the investigation.",
  E("Armed clash", "killed the last gunmen holed up in Mumbai's Taj Mahal Palace hotel", "Military Forces of India", "Unidentified Armed Group (India)", "wd:sat",
    L("Mumbai", "IN", "Maharashtra", 1), 3),
  E("Attack", "attacked a railway station, a cafe, a Jewish centre and two luxury hotels", "Unidentified Armed Group (India)", "Civilians (India)", "lwd:wed",
    L("Mumbai", "IN", "Maharashtra", 1), None))

N("web", "2015-04-28",
  "Nepal earthquake: death toll passes 4,000\n\n"
  "The death toll from Saturday's earthquake in Nepal passed 4,000 on Tuesday, officials said, as rescuers struggled to reach remote mountain villages. "
  "Tens of thousands of people spent a third night in the open in Kathmandu, fearing aftershocks. "
  "Aid agencies said food and water were running short in the worst-hit districts of Gorkha and Sindhupalchowk. "
  "India and China sent military aircraft with relief supplies. "
  "An avalanche triggered by the quake killed 18 people at Everest base camp.")

N("web", "2020-05-26",
  "Hong Kong police fire tear gas at protest against security law\n\n"
  "Hong Kong police fired tear gas and pepper spray on Sunday to disperse thousands of people protesting against Beijing's plans for a national security law for the city. "
  "Protesters had gathered in the Causeway Bay shopping district despite a ban on gatherings of more than eight people imposed to curb the coronavirus. "
  "Some protesters later blocked roads with bricks and set fire to rubbish, and police arrested about 180 people. "
  "\"This is the end of one country, two systems,\" a 25-year-old protester said. "
  "China's foreign minister said the law should be implemented \"without the slightest delay\". "
  "The protest was the largest since the pandemic began.",
  E("Violent demonstration", "fired tear gas and pepper spray", "Rioters (China)", "Police Forces of China", "wd:sun",
    L("Causeway Bay", "HK", "Wan Chai", 1), 0))

N("web", "2013-02-20",
  "Bulgarian government resigns after protests over power bills\n\n"
  "Bulgarian Prime Minister Boyko Borisov announced the resignation of his government on Wednesday after nationwide protests over high electricity prices. "
  "\"I will not participate in a government under which police beat people,\" Borisov told parliament, a day after clashes between police and protesters in Sofia. "
  "Tens of thousands had rallied in more than 30 cities on Sunday. "
  "Parliament must now approve the resignation. "
  "President Rosen Plevneliev is expected to call an early election.",
  E("Violent demonstration", "clashes between police and protesters in Sofia", "Rioters (Bulgaria)", "Police Forces of Bulgaria", "wd:tue",
    L("Sofia", "BG", "Sofia-Capital", 1), 0))

N("web", "2022-01-07",
  "Kazakhstan: Russia-led troops arrive as unrest leaves dozens dead\n\n"
  "Troops from a Russia-led military alliance arrived in Kazakhstan on Thursday to help quell unrest that has left dozens of people dead, including 18 members of the security forces, officials said. "
  "In Almaty, the country's largest city, security forces killed dozens of \"rioters\" who tried to storm police stations overnight, a police spokeswoman said on state television. "
  "Protesters had stormed and set fire to the mayor's office in Almaty on Wednesday, and seized the city's airport for several hours. "
  "The protests began on Sunday in the western town of Zhanaozen over a rise in fuel prices. "
  "President Kassym-Jomart Tokayev blamed \"terrorist bands\" trained abroad. "
  "Internet access has been cut across the country.",
  E("Other", "arrived in Kazakhstan", "CSTO: Collective Security Treaty Organization", None, "wd:thu",
    L("Kazakhstan", "KZ", None, 4), None, plover="MOBILIZE"),
  E("Armed clash", "security forces killed dozens of \"rioters\" who tried to storm police stations", "Police Forces of Kazakhstan", "Rioters (Kazakhstan)", "d-1",
    L("Almaty", "KZ", "Almaty", 1), 12),
  E("Violent demonstration", "stormed and set fire to the mayor's office in Almaty", "Rioters (Kazakhstan)", "Government of Kazakhstan", "wd:wed",
    L("Almaty", "KZ", "Almaty", 1), None),
  E("Peaceful protest", "The protests began on Sunday in the western town of Zhanaozen", "Protesters (Kazakhstan)", None, "lwd:sun",
    L("Zhanaozen", "KZ", "Mangystau", 1), 0))

N("web", "2016-09-15",
  "Colombia's FARC holds final conference, backs peace deal\n\n"
  "Colombia's FARC guerrillas will hold their last congress as an armed group in the southern Yari plains next week to approve the peace agreement with the government, commanders said on Thursday. "
  "The deal, reached in Havana last month, will be signed on September 26 in Cartagena and then put to a referendum. "
  "About 7,000 fighters are expected to move to UN-monitored zones and hand over their weapons within six months. "
  "\"We are leaving the war behind,\" commander Ivan Marquez said. "
  "Opponents led by former president Alvaro Uribe say the deal is too lenient. "
  "The half-century conflict has killed more than 220,000 people.",
  E("Agreement", "The deal, reached in Havana last month", "Government of Colombia", "FARC: Revolutionary Armed Forces of Colombia", "2016-08",
    L("Havana", "CU", "La Habana", 1), None, bg=True))

N("web", "2022-12-08",
  "Germany arrests 25 in raids on far-right 'Reichsbürger' coup plot\n\n"
  "German police arrested 25 members and supporters of a far-right group on Wednesday on suspicion of planning to storm the federal parliament and overthrow the state, prosecutors said. "
  "About 3,000 officers searched 150 properties in 11 states in one of the largest operations against extremists in the country's history. "
  "Those detained include a 71-year-old minor aristocrat, Heinrich XIII Prince Reuss, whom the group planned to install as head of state, and a former far-right lawmaker. "
  "\"We are dealing with a terrorist group,\" Justice Minister Marco Buschmann said. "
  "Prosecutors said the group had acquired weapons and drawn up lists of enemies. "
  "The group had held shooting practice in a forest, prosecutors said. "
  "Frankfurt was among the cities searched, and Reuss was detained at his home there.",
  E("Arrests", "arrested 25 members and supporters of a far-right group", "Police Forces of Germany", "Reichsbuerger Movement", "wd:wed",
    L("Germany", "DE", None, 4), 0),
  E("Disrupted weapons use", "planning to storm the federal parliament and overthrow the state", "Police Forces of Germany", "Reichsbuerger Movement", "wd:wed",
    L("Germany", "DE", None, 4), 0, mod="foiled"))

N("web", "2018-06-18",
  "Afghan ceasefire ends; Taliban refuse extension\n\n"
  "The Taliban refused on Sunday to extend a three-day ceasefire with Afghan forces that had seen fighters and soldiers embrace and pray together during the Eid holiday. "
  "The insurgents said their fighters would resume operations against foreign forces and their \"internal supporters\". "
  "President Ashraf Ghani had announced on Saturday that the government would extend its own truce by 10 days. "
  "The unprecedented ceasefire was marred by a suicide bombing in Nangarhar province on Saturday that killed at least 25 people at a gathering of Taliban and soldiers. "
  "Islamic State, which was not part of the truce, claimed the bombing. "
  "Analysts said the truce showed that a peace process was possible.",
  E("Suicide bomb", "a suicide bombing in Nangarhar province", "Islamic State", "Civilians (Afghanistan)", "wd:sat",
    L("Nangarhar", "AF", "Nangarhar", 3), 25))

N("web", "2025-10-15",
  "Madagascar's army commander named president after Rajoelina flees\n\n"
  "Colonel Michael Randrianirina, commander of an elite army unit, said on Tuesday that the military was taking power in Madagascar after parliament voted to impeach President Andry Rajoelina. "
  "Rajoelina had left the country at the weekend on a French military aircraft, according to diplomats. "
  "The colonel's CAPSAT unit joined youth-led protests in Antananarivo on Saturday, refusing orders to fire on demonstrators. "
  "The protests began last month over water and power cuts. "
  "The African Union suspended Madagascar's membership.",
  E("Other", "the military was taking power in Madagascar", "Military Forces of Madagascar", "Government of Madagascar", "wd:tue",
    L("Antananarivo", "MG", "Analamanga", 1), None, plover="COERCE"),
  E("Peaceful protest", "joined youth-led protests in Antananarivo", "Protesters (Madagascar)", None, "wd:sat",
    L("Antananarivo", "MG", "Analamanga", 1), 0))

N("web", "2022-07-13",
  "Tea prices hit record as Kenya auction sees strong demand\n\n"
  "Average prices at the Mombasa tea auction rose to a record $3.05 per kilogram this week on strong demand from Pakistan and Egypt, brokers said on Wednesday. "
  "Kenya is the world's largest exporter of black tea. "
  "Dry weather in the highlands has reduced output, pushing prices up. "
  "Farmers' groups said higher fertiliser costs had eaten into their earnings. "
  "The government said it would subsidise fertiliser for the next planting season.")
# ---- chunk 18 ----
N("wire", "1997-04-24",
  "PERU : FUJIMORI VISITS FREED HOSTAGES IN LIMA HOSPITAL .\n"
  "LIMA 1997-04-24\n"
  "Peruvian President Alberto Fujimori visited former hostages recovering in a Lima military hospital on Thursday , two days after commandos stormed the Japanese ambassador 's residence . "
  "Doctors said most of the 71 freed hostages were in good condition . "
  "\" I have come to thank them for their courage , \" Fujimori told reporters . "
  "Opposition politicians called for an inquiry into reports that some rebels were killed after surrendering . "
  "Japan 's prime minister thanked Peru for the rescue but said he regretted that it had not been peaceful .",
  E("Armed clash", "commandos stormed the Japanese ambassador 's residence", "Military Forces of Peru", "Unidentified Armed Group (Peru)", "d-2",
    L("Lima", "PE", "Lima", 1), None))

N("web", "2012-09-05",
  "Analysis: Can Mindanao's peace talks survive another delay?\n\n"
  "Negotiators for the Philippine government and the Moro Islamic Liberation Front meet again in Kuala Lumpur this week, hoping to settle the last disputes over a new autonomous region. "
  "Previous rounds have stalled over wealth-sharing and the decommissioning of rebel weapons. "
  "A 2008 deal collapsed after the Supreme Court struck it down, unleashing months of fighting. "
  "Diplomats say both sides want an agreement before President Benigno Aquino's term ends. "
  "\"The window is narrow but it is open,\" said a Manila-based analyst. "
  "Spoilers include a breakaway MILF faction and clan militias in Maguindanao.")

N("web", "2025-11-04",
  "Warning: Attacks on Sahel roads likely to rise in dry season, analysts say\n\n"
  "Armed groups in the central Sahel are likely to step up attacks on roads and supply convoys as the dry season begins, a security consultancy warned in a report on Tuesday. "
  "Fuel blockades imposed by JNIM around Bamako could spread to other regions, it said. "
  "The report advised aid groups to limit travel on the Segou-Bamako highway. "
  "Mali's government says the situation is under control. "
  "\"Every year the rains end and the violence begins again,\" said one of the authors. "
  "Diplomats in Bamako said several embassies had told non-essential staff to leave.")

N("brief", "2019-07-03",
  "A court in Paris on Wednesday sentenced a man to 30 years in prison for helping plan a foiled attack on a train in 2015; he denied the charges.")

N("web", "2003-05-20",
  "Indonesia launches Aceh offensive as talks collapse\n\n"
  "Indonesia's military said it was ready to launch its largest operation since the 1975 invasion of East Timor after peace talks with Acehnese rebels collapsed in Tokyo on Sunday. "
  "President Megawati Sukarnoputri is expected to decide within days whether to impose martial law. "
  "About 30,000 troops and police are in the province, officials said. "
  "Rebels of the Free Aceh Movement said they would fight on. "
  "Human rights groups warned of civilian casualties and displacement. "
  "The United States and Japan, co-sponsors of the talks, expressed regret.")

N("wire", "2013-12-21",
  "SOUTH SUDAN-POLITICS/\n"
  "South Sudan president open to talks with rival , says Juba calm\n"
  "JUBA , Dec 21 ( Reuters ) - South Sudan 's President Salva Kiir said on Saturday he was ready for talks with his sacked deputy Riek Machar , and said the capital was calm after days of fighting . "
  "Kiir told reporters he would sit down with Machar \" without preconditions \" . "
  "Machar , speaking from an undisclosed location , said he would only negotiate if political detainees were released . "
  "Diplomats from east African states were in Juba to mediate . "
  "The United Nations said thousands of people were sheltering in its compounds .")

N("web", "2021-03-26",
  "Myanmar's economy set to shrink 10% this year, World Bank says\n\n"
  "Myanmar's economy is expected to contract by 10 percent this year as the February coup and the pandemic hit trade, banking and investment, the World Bank said on Friday. "
  "Strikes by bank staff and civil servants have disrupted payments and government services. "
  "Factories in Yangon's industrial zones have closed or cut output. "
  "The bank said poverty could rise sharply. "
  "Foreign investors, including several Japanese companies, have paused projects.")

def build():
    out, texts, errors, ids = [], [], [], set()
    for i, (style, pub, text, evs) in enumerate(NOTES, 1):
        nid = "note-C-%04d" % i
        assert nid not in ids; ids.add(nid)
        if style not in ("acled-note", "wire", "web", "brief"):
            errors.append("%s bad style %s" % (nid, style))
        datetime.date.fromisoformat(pub)
        b = text.encode("utf-8")
        events = []
        for e in evs:
            sub = e["sub"]
            if sub not in SUB2TYPE:
                errors.append("%s bad sub-type %r" % (nid, sub)); continue
            et = SUB2TYPE[sub]
            pl = e["plover"] or DEFAULT_PLOVER.get(et) or SD_PLOVER[sub]
            if pl not in PLOVER: errors.append("%s bad plover %s" % (nid, pl))
            if e["mod"] not in MODALITY: errors.append("%s bad modality %s" % (nid, e["mod"]))
            bt = e["trig"].encode("utf-8")
            s = find_occ(b, bt, e["occ"])
            if s < 0:
                errors.append("%s trigger not found: %r occ %d" % (nid, e["trig"], e["occ"])); continue
            ev = {"start": s, "end": s + len(bt), "text": e["trig"]}
            assert b[ev["start"]:ev["end"]].decode("utf-8") == ev["text"]
            loc = e["loc"]
            if loc is not None:
                assert loc["precision"] in (1, 2, 3, 4) and len(loc["country"]) == 2, (nid, loc)
            f = e["fat"]
            assert f is None or (isinstance(f, int) and f >= 0), (nid, f)
            events.append({"event_type": et, "sub_event_type": sub, "plover": pl, "modality": e["mod"],
                           "actor1": e["a1"], "actor2": e["a2"], "date": resolve(e["date"], pub),
                           "location": loc, "fatalities": f, "background": e["bg"], "evidence": ev})
        out.append({"id": nid, "source_file": "annotator-written",
                    "license": "CC0-1.0 (written for tidings training by an annotator)",
                    "style": style, "published": pub, "text": text, "events": events})
        if i % 10 == 0:
            texts.append({"id": nid, "published": pub, "text": text})
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(OUT + "/notes-C.jsonl", "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(OUT + "/texts-C.jsonl", "w", encoding="utf-8") as f:
        for o in texts: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(e["sub_event_type"] for o in out for e in o["events"])
    neg = sum(1 for o in out if not o["events"])
    nev = sum(len(o["events"]) for o in out)
    print("notes", len(out), "events", nev, "negatives", neg, "mean", round(nev / len(out), 2))
    print("styles", Counter(o["style"] for o in out))
    for k, v in sorted(c.items(), key=lambda x: -x[1]): print("  %-40s %d" % (k, v))
    print("background", sum(1 for o in out for e in o["events"] if e["background"]))

if __name__ == "__main__":
    build()
