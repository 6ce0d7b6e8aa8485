# -*- coding: utf-8 -*-
"""Hand-coded events for the second development event set (eval/events/dev2.jsonl).

Coded by reading each text only, following /work/shared/CODING_GUIDE.md and the conventions
of eval/events/README.md (including the held-out additions). No output of the tidings
pipeline (binary, expect files, eval runs) was looked at. The format is the one of
annotations.py; L() and ev() are imported from it.

ev(kind, modality, actor1, actor2, date, location, fatalities, background, trigger, ctx=None, plover=None)
  kind: key of KINDS in build_gold.py; date: TIMEX3 value or None; location: L(name, ISO2, admin1, precision)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from annotations import L, ev  # noqa: E402

O = "occurred"
AQ = "Al Qaeda"
ISS = "Islamic State (Syria)"
MFS = "Military Forces of Syria"
MFR = "Military Forces of Russia"
MFUS = "Military Forces of the United States"
MFT = "Military Forces of Turkey"
MFJ = "Military Forces of Japan"
COAL = "Global Coalition Against Daesh"
OPP_SY = "Opposition Rebels (Syria)"
CSY = "Civilians (Syria)"
CUS = "Civilians (United States)"
CJP = "Civilians (Japan)"
UAG_US = "Unidentified Armed Group (United States)"
UAG_RU = "Unidentified Armed Group (Russia)"
UAG_SY = "Unidentified Armed Group (Syria)"
UMF_SY = "Unidentified Military Forces (Syria)"
PFUS = "Police Forces of the United States"
PFRU = "Police Forces of Russia"
GUS = "Government of the United States"
MUT_TR = "Mutiny of Military Forces of Turkey"
ZENKI = "Nour al-Din al-Zenki Movement"
RIOT_US = "Rioters (United States)"
PROT_US = "Protesters (United States)"
MFHN = "Military Forces of Honduras"

SYRIA = L("Syria", "SY", None, 4)
TURKEY = L("Turkey", "TR", None, 4)
USA = L("United States", "US", None, 4)
IRAQ = L("Iraq", "IQ", None, 4)
IRAN = L("Iran", "IR", None, 4)
JAPAN = L("Japan", "JP", None, 4)
HONDURAS = L("Honduras", "HN", None, 4)
ALEPPO = L("Aleppo", "SY", "Aleppo", 1)
EAST_ALEPPO = L("eastern Aleppo", "SY", "Aleppo", 1)
MOSCOW = L("Moscow", "RU", "Moscow", 1)
CHICAGO = L("Chicago", "US", "Illinois", 1)
HIROSHIMA = L("Hiroshima", "JP", "Hiroshima", 1)
NAGASAKI = L("Nagasaki", "JP", "Nagasaki", 1)
PALMYRA = L("Palmyra", "SY", "Homs", 2)

EVENTS = {
    # ------------------------------------------------------------------ WikiEvents
    "wikievents-scenario_en_kairos_16": [
        # "two U.S. embassies in East Africa": two places, one event each; the text names
        # neither city nor country, so the location is null.
        ev("IED", O, AQ, CUS, "1998", None, None, True,
           "the 1998 bombings of two U.S. embassies in East Africa"),
        ev("IED", O, AQ, CUS, "1998", None, None, True,
           "the 1998 bombings of two U.S. embassies in East Africa"),
        ev("AC", O, AQ, MFUS, "2000-10", L("Aden", "YE", "Aden", 1), None, True,
           "the October 2000 attack on the USS Cole"),
        ev("ATT", O, AQ, CUS, "2001-09-11", L("World Trade Center", "US", "New York", 1), None, True,
           "destruction of the World Trade Center"),
        ev("IED", O, AQ, MFUS, "2001-09-11", L("Pentagon", "US", "Virginia", 1), None, True,
           "the bombing of the Pentagon"),
    ],
    # ------------------------------------------------------------------ RAMS: Syria
    "rams-60e3027bbfb264": [
        ev("AIR", O, MFR, CSY, None, SYRIA, None, False,
           "Russia's bombing in Syria has killed scores of civilians"),
        ev("AIR", "denied", MFR, CSY, None, SYRIA, None, False,
           "Russia denies this"),
    ],
    "rams-a3894c99c60729": [
        # the passage never names the city
        ev("AIR", O, MFR, OPP_SY, "XXXX-09", SYRIA, None, False,
           "Russian and Syrian government planes began bombarding the city in September"),
    ],
    "rams-cdba15e10d149b": [
        ev("ATT", O, MFR, CSY, None, ALEPPO, None, False,
           "attacks on hospitals, the water supply and other civilian infrastructure in Aleppo"),
        ev("AC", O, MFS, OPP_SY, "XXXX-WXX-2", ALEPPO, None, False,
           "Syrian government forces carried out the biggest ground assault yet"),
    ],
    "rams-36ecec4aa90e24": [
        ev("AC", O, MFS, OPP_SY, None, EAST_ALEPPO, None, False,
           "a battle for eastern Aleppo has erupted"),
        ev("CHEM", "claimed", ZENKI, CSY, "XXXX-08-02", EAST_ALEPPO, 7, False,
           "rebels used poison gas, killing at least seven people"),
        ev("ATT", O, ZENKI, CSY, None, ALEPPO, 1, True,
           "the beheading of a young child in Aleppo"),
    ],
    "rams-dba581a2170a9a": [
        ev("AIR", O, COAL, MFS, "XXXX-09-16", SYRIA, 80, True,
           "the September 16 US-led coalition strike on a Syrian army unit"),
        ev("AC", O, ISS, MFS, "XXXX-09-16", SYRIA, None, True,
           "ISIS took the offensive immediately afterwards"),
    ],
    "rams-32e8679908de35": [
        ev("AIR", O, COAL, MFS, "XXXX-WXX-6", L("northeast Syria", "SY", "Deir ez-Zor", 3), None, False,
           "the coalition stopped the attacks against what it had believed to be Islamic State positions"),
    ],
    "rams-35b90ec2f277b5": [
        ev("AIR", O, MFUS, MFS, None, SYRIA, 60, True,
           "The United States has already bombed Syrian soldiers, killing over 60"),
        ev("AIR", "hypothetical", MFUS, MFS, None, SYRIA, None, False,
           "If the US carries out the bombing"),
    ],
    "rams-9f9443aec823f9": [
        ev("SHELL", O, UAG_SY, MFR, "XXXX-WXX-5", SYRIA, None, False,
           "terrorists used the American TOW system to down the helicopter"),
        ev("AC", O, UAG_SY, MFR, "XXXX-06", L("Homs province", "SY", "Homs", 3), 1, True,
           "suffered fatal wounds after falling under militant fire"),
        ev("AC", O, UAG_SY, MFR, "XXXX-04", PALMYRA, None, True,
           "being surrounded by the terrorists near the Syrian city of Palmyra"),
        ev("SHELL", O, MFR, UAG_SY, "XXXX-04", PALMYRA, 1, True,
           "called in artillery fire on his own position"),
    ],
    "rams-971240a6379d4b": [
        ev("AIR", O, MFT, "Kurdish Ethnic Militia (Syria)", "XXXX-WXX-4",
           L("northern Syria", "SY", "Aleppo", 3), None, False,
           "the bombing of Kurdish militias in northern Syria"),
        ev("OTH", "threatened", "Government of Syria", MFT, None, SYRIA, None, False,
           "vowing to intervene next time Ankara sends its planes over its border", plover="THREATEN"),
    ],
    "rams-0059c619664419": [
        ev("AIR", O, MFR, ISS, None, L("Aleppo province", "SY", "Aleppo", 3), None, False,
           "Russian air forces annihilate ISIS oil tankers in Aleppo province"),
    ],
    "rams-9c38d37085c470": [
        ev("SHELL", O, MFS, CSY, None, L("east Aleppo", "SY", "Aleppo", 1), None, False,
           "unprecedented Russian-backed shelling"),
    ],
    "rams-0125bd4cb5e792": [
        ev("AIR", O, UMF_SY, None, None, ALEPPO, None, False,
           "the recent intense bombardment of Syria's second city"),
    ],
    # ------------------------------------------------------------------ RAMS: Iraq, Libya, Turkey, ...
    "rams-700b334e62162f": [
        ev("CHG", O, "Islamic State of Iraq", None, None, IRAQ, None, True,
           "It started calling itself the Islamic State in Iraq"),
        ev("CHG", O, "Awakening Movement", None, None, IRAQ, None, True,
           "took arms against AQI in a movement called the Awakening"),
        ev("AIR", O, MFUS, "AQI: Al Qaeda in Iraq", "2006", IRAQ, 1, True,
           "Zarqawi was killed in 2006 by a US airstrike"),
    ],
    "rams-0f869730fcda7b": [
        ev("NSO", O, "Islamic State (Iraq)", "Military Forces of Iraq", None, L("Mosul", "IQ", "Nineveh", 1), None, True,
           "until it captured Mosul"),
    ],
    "rams-1f5bf80eb4a983": [
        ev("IED", O, "Unidentified Armed Group (Iraq)", MFUS, "2004", IRAQ, 1, True,
           "killed in a 2004 car bombing in Iraq"),
    ],
    "rams-9a037deb571e29": [
        ev("ATT", O, "Unidentified Armed Group (Libya)", CUS, None, L("Libya", "LY", None, 4), 4, True,
           "a U.S. ambassador and three other Americans were killed in an organized terror attack"),
    ],
    "rams-24dd768e6bfeeb": [
        ev("OTH", "attempted", MUT_TR, "Government of Turkey", "XXXX-07-15", TURKEY, None, True,
           "in an attempt to topple the government", plover="COERCE"),
        ev("PP", O, "Protesters (Turkey)", None, None, TURKEY, None, False,
           "almost daily mass rallies since July 15 in support of democracy"),
        ev("ARR", O, "Police Forces of Turkey", "Civilians (Turkey)", None, TURKEY, None, False,
           "Authorities have suspended, detained or put under investigation tens of thousands of people"),
    ],
    "rams-df4fb21b820c66": [
        ev("OTH", "attempted", MUT_TR, "Government of Turkey", None, TURKEY, None, True,
           "failed coup", plover="COERCE"),
        ev("AC", O, MFT, MFR, "XXXX-11", SYRIA, None, True,
           "Turkey shot down a Russian fighter jet over the Syrian border"),
    ],
    "rams-280421204e774a": [
        ev("AIR", O, "Military Forces of Israel", "Unidentified Armed Group (Lebanon)", "XXXX-04",
           L("Israel", "IL", None, 4), None, True,
           "an Israeli fighter jet downed a drone that entered Israel from Lebanon"),
    ],
    "rams-17ac7072c0456b": [
        ev("AGR", O, "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "Government of South Sudan",
           "XXXX-WXX-2", L("Juba", "SS", "Central Equatoria", 1), None, False,
           "Riek Machar was sworn in as first vice president"),
    ],
    "rams-f15d8f58b0dc70": [
        ev("IED", O, "Islamic State (Egypt)", "Civilians (Egypt)", None, L("northern Sinai", "EG", "North Sinai", 3), 224, True,
           "Metrojet Flight 9268 crashed in northern Sinai in Egypt, killing all 224 people on board"),
    ],
    "rams-7dcbff1365bf7f": [
        ev("ARR", O, "Military Forces of Iran", MFUS, None, IRAN, None, True,
           "where Iran picked them up"),
        ev("AGR", O, "Government of Iran", GUS, None, IRAN, None, True,
           "They were returned in about a day after direct negotiations between the US and Iran"),
    ],
    # ------------------------------------------------------------------ RAMS: Russia, Ukraine, ...
    "rams-640fd85f043fcc": [
        ev("ATT", O, UAG_RU, "Civilians (Russia)", None, MOSCOW, 1, False,
           "she murdered the girl"),
        ev("ARR", O, PFRU, UAG_RU, None, MOSCOW, None, False,
           "A burka-clad babysitter has been arrested in Moscow"),
    ],
    "rams-99521441f3e870": [
        # "at least nine times", with no dates: one record
        ev("PI", O, "Protesters (Russia)", PFRU, None, L("Red Square, Moscow", "RU", "Moscow", 1), None, False,
           "has been detained as least nine times by Russian authorities"),
        ev("ARR", O, PFRU, "Protesters (Russia)", None, L("Russia", "RU", None, 4), None, False,
           "He served 20 days in police custody for wearing a T-shirt"),
    ],
    "rams-864133c76b8eea": [
        ev("ATT", O, "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)", None,
           L("United Kingdom", "GB", None, 4), 1, False,
           "Alexander Litvinenko was poisoned by Andrei Lugovoi and Dimitry Kovtun"),
    ],
    "rams-d1b44f466a6801": [
        ev("ATT", O, UAG_US, CUS, None, L("Washington, DC", "US", "Washington, D.C.", 1), 1, True,
           "the former chief of RT who ended up bludgeoned in a Washington, DC hotel room"),
    ],
    "rams-b827564df5c108": [
        ev("IED", O, MFR, "Civilians (Russia)", "1993", L("Russia", "RU", None, 4), None, True,
           "bombed the democratically elected Russian parliament in 1993"),
    ],
    "rams-41d49662325122": [
        ev("EF", O, "Protesters (Ukraine)", "Unidentified Armed Group (Ukraine)", "2014",
           L("Maidan", "UA", "Kyiv City", 1), 50, True,
           "slaughtered more than 50 Maidan protesters in 2014"),
    ],
    "rams-98017c51c8fc7d": [
        ev("ATT", O, "Police Forces of Azerbaijan", "Civilians (Azerbaijan)", "2003", L("Azerbaijan", "AZ", None, 4), None, True,
           "police had beaten and detained political opponents"),
        ev("ARR", O, "Police Forces of Azerbaijan", "Civilians (Azerbaijan)", "2003", L("Azerbaijan", "AZ", None, 4), None, True,
           "police had beaten and detained political opponents"),
    ],
    "rams-f2cdf9402847a2": [
        ev("ABD", "claimed", "Unidentified Armed Group (Germany)", "Civilians (Germany)", "XXXX-01-11",
           L("Falkenberg", "DE", "Berlin", 2), None, False,
           "abducted by “Arab men”"),
        ev("SEX", "claimed", "Unidentified Armed Group (Germany)", "Civilians (Germany)", "XXXX-01-11",
           L("Falkenberg", "DE", "Berlin", 2), None, False,
           "repeatedly raped"),
    ],
    "rams-63494d40fc8622": [
        ev("PP", O, "Protesters (India)", None, "XXXX-WXX-5", L("Jantar Mantar, New Delhi", "IN", "Delhi", 1), None, False,
           "the ex-servicemen protesting at the Jantar Mantar"),
    ],
    "rams-08879b5a38620c": [
        ev("OTH", O, MFHN, "Government of Honduras", "2009-06-28", HONDURAS, None, True,
           "the June 28, 2009, coup", plover="COERCE"),
    ],
    "rams-09e370603ed608": [
        ev("ARR", O, "Police Forces of Iran", "Civilians (Iran)", None, IRAN, None, True,
           "He was then arrested in Iran"),
    ],
    # ------------------------------------------------------------------ RAMS: United States
    "rams-918cf60e230334": [
        ev("ATT", O, PFUS, CUS, None, CHICAGO, 1, True,
           "the fatal shooting of 17-year-old Laquan McDonald"),
        ev("OTH", O, GUS, PFUS, "XXXX-11", CHICAGO, None, True,
           "Officer Jason Van Dyke was charged with murder in November"),
        ev("PP", O, PROT_US, None, None, CHICAGO, None, True,
           "set off major protests in the city"),
        ev("OTH", O, GUS, PFUS, None, CHICAGO, None, True,
           "launch of a civil rights investigation of Chicago police"),
    ],
    "rams-47a246cfcec009": [
        # 49 killed plus the shooter "shot dead by police" (St. Cloud rule)
        ev("ATT", O, UAG_US, CUS, "XXXX-WXX-7", L("Pulse nightclub", "US", "Florida", 1), 50, True,
           "The shooting at Pulse nightclub on Sunday that killed 49 people"),
    ],
    "rams-a90198186609d4": [
        ev("ATT", O, UAG_US, CUS, None, L("Orlando", "US", "Florida", 1), 49, True,
           "Omar Mateen killed at least 49 people"),
    ],
    "rams-2c6d75e86ef341": [
        ev("ATT", O, UAG_US, CUS, None, L("Charleston", "US", "South Carolina", 1), None, True,
           "a mass shooting of parishioners at a black church in Charleston"),
    ],
    "rams-df43896942248e": [
        ev("IED", O, UAG_US, CUS, None, L("Oklahoma City", "US", "Oklahoma", 1), 168, True,
           "the Oklahoma City bombing that ripped apart a federal building and killed 168 people"),
    ],
    "rams-17fdf76baf65e7": [
        ev("MOB", O, RIOT_US, PROT_US, "XXXX-WXX-1", L("Asheville", "US", "North Carolina", 1), None, False,
           "sucker-punching a 69-year-old protester outside a Donald Trump rally in Asheville"),
        ev("MOB", "denied", RIOT_US, PROT_US, "XXXX-WXX-1", L("Asheville", "US", "North Carolina", 1), None, False,
           "is vigorously denying the charge"),
    ],
    "rams-ec6ab33ede6e41": [
        ev("MOB", O, RIOT_US, PROT_US, None, USA, None, True,
           "a man who had sucker-punched a protester at a Trump rally"),
    ],
    # ------------------------------------------------------------------ RAMS: World War II and other history
    "rams-4fc56338ae9383": [
        ev("AIR", O, MFUS, CJP, "1945-08-09", NAGASAKI, 60000, True,
           "an atomic bomb dropped on August 9, 1945"),
        ev("AGR", O, "Government of Japan", None, "1945-08-15", JAPAN, None, True,
           "Japan had accepted the terms of the Potsdam Declaration"),
    ],
    "rams-ea005eec4542ae": [
        ev("AIR", O, MFUS, CJP, "1945", HIROSHIMA, None, True,
           "the bombing of Hiroshima and Nagasaki"),
        ev("AIR", O, MFUS, CJP, None, NAGASAKI, None, True,
           "the bombing of Hiroshima and Nagasaki"),
        ev("AIR", O, MFUS, CJP, None, L("Tokyo", "JP", "Tokyo", 1), None, True,
           "the firebombing of Tokyo in which thousands died"),
    ],
    "rams-383f7f3017b7e7": [
        ev("AIR", O, MFUS, CJP, None, HIROSHIMA, 150000, True,
           "bomb that killed nearly 150,000 Japanese civilians"),
    ],
    "rams-f2262821cba960": [
        # the passage never names Hiroshima
        ev("AIR", O, MFUS, CJP, None, JAPAN, 100000, True,
           "the spot where the bomb exploded"),
        ev("AC", O, MFJ, MFUS, None, L("Pearl Harbor", "US", "Hawaii", 1), None, True,
           "the attack on Pearl Harbor"),
        ev("AC", O, MFUS, MFJ, None, L("Okinawa", "JP", "Okinawa", 3), None, True,
           "the invasion of Okinawa"),
    ],
    "rams-a8a96294cce286": [
        ev("AIR", O, MFUS, CJP, None, HIROSHIMA, None, True,
           "the unnecessary atom bombing of Hiroshima"),
        ev("AIR", O, MFUS, CJP, None, NAGASAKI, None, True,
           "of Nagasaki", "even worse, of Nagasaki"),
        ev("AIR", O, MFUS, "Military Forces of Iraq", "1991", L("Highway of Death", "KW", "Al Jahrāʼ", 1), None, True,
           "U.S. warplanes engaged in an aerial traffic jam as they rushed to slaughter tens of thousands of surrendered Iraqi troops"),
        ev("OTH", O, MFHN, "Government of Honduras", "2009", HONDURAS, None, True,
           "a vicious right-wing coup in Honduras", plover="COERCE"),
    ],
    # ------------------------------------------------------------------ negative controls
    "rams-a01635f1ae49e4": [],
    "rams-072300d5a27bc8": [],
    "rams-15fdb5bf4f4c9c": [],
    "rams-e0bbd678ef2204": [],
    "rams-d2b7bc40161d68": [],
    "rams-e879d7e9732e75": [],
}
