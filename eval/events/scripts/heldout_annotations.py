# -*- coding: utf-8 -*-
"""Hand-coded events for the held-out event gold set (eval/events/heldout.jsonl).

Coded by reading each text only, following /work/shared/CODING_GUIDE.md and the conventions
of eval/events/README.md. No output of the tidings pipeline (binary, expect files, eval runs)
was looked at. The format is the one of annotations.py; L() and ev() are imported from it.

ev(kind, modality, actor1, actor2, date, location, fatalities, background, trigger, ctx=None, plover=None)
  kind: key of KINDS in build_gold.py; date: TIMEX3 value or None; location: L(name, ISO2, admin1, precision)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from annotations import L, ev  # noqa: E402

O = "occurred"
ISS = "Islamic State (Syria)"
IS = "Islamic State"
MFS = "Military Forces of Syria"
MFR = "Military Forces of Russia"
MFUS = "Military Forces of the United States"
MFT = "Military Forces of Turkey"
COAL = "Global Coalition Against Daesh"
OPP_SY = "Opposition Rebels (Syria)"
CSY = "Civilians (Syria)"
CUS = "Civilians (United States)"
UAG_US = "Unidentified Armed Group (United States)"
UAG_RU = "Unidentified Armed Group (Russia)"
UMF_SY = "Unidentified Military Forces (Syria)"
PFUS = "Police Forces of the United States"
MUT_TR = "Mutiny of Military Forces of Turkey"

SYRIA = L("Syria", "SY", None, 4)
TURKEY = L("Turkey", "TR", None, 4)
USA = L("United States", "US", None, 4)
ALEPPO = L("Aleppo", "SY", "Aleppo", 1)
MOSCOW = L("Moscow", "RU", "Moscow", 1)
CRIMEA = L("Crimea", "UA", "Crimea", 3)
GERMANY = L("Germany", "DE", None, 4)

EVENTS = {
    # ------------------------------------------------------------------ WikiEvents
    "wikievents-jc002ybw0": [
        ev("IED", O, UAG_US, CUS, "2013-04-15", L("Boston", "US", "Massachusetts", 1), 3, True,
           "two homemade pressure-cooker bombs are detonated remotely"),
        ev("AC", O, UAG_US, PFUS, None, USA, 1, True,
           "used to kill MIT police officer Sean Collier"),
        ev("AC", O, UAG_US, PFUS, None, L("Watertown", "US", "Massachusetts", 1), None, True,
           "the shootout with police in Watertown"),
    ],
    "wikievents-scenario_en_7": [],
    "wikievents-wiki_drone_strikes_0_news_1": [],
    "wikievents-wiki_drone_strikes_2_news_8": [],
    "wikievents-scenario_en_85": [],
    # ------------------------------------------------------------------ RAMS
    "rams-8f5ba502d59207": [
        ev("AIR", O, UMF_SY, CSY, None, L("al-Sukari, Aleppo", "SY", "Aleppo", 1), None, False,
           "an airstrike at a field hospital"),
        ev("AIR", O, UMF_SY, CSY, None, L("al-Soukour, Aleppo", "SY", "Aleppo", 1), 1, False,
           "died in a reported air strike"),
        ev("AIR", O, UMF_SY, CSY, None, L("Bustan al-Qasr, Aleppo", "SY", "Aleppo", 1), None, False,
           "a reported air strike in the Bustan al-Qasr"),
        ev("AIR", O, UMF_SY, CSY, None, L("al-Kalasa, Aleppo", "SY", "Aleppo", 1), None, False,
           "a reported air strike on the rebel-held neighbourhood of al-Kalasa"),
        ev("AIR", O, UMF_SY, CSY, None, L("Fardous, Aleppo", "SY", "Aleppo", 1), None, False,
           "an air strike on the Fardous"),
    ],
    "rams-11d41301009050": [
        ev("AIR", O, COAL, MFS, None, SYRIA, None, True,
           "accidental bombing of Syrian troops"),
        ev("AIR", "claimed", MFR, CSY, None, L("Aleppo", "SY", "Aleppo", 2), None, True,
           "deliberate bombing by Russian aircraft and Syrian helicopters of a humanitarian convoy"),
        ev("AIR", O, MFR, CSY, None, ALEPPO, None, False,
           "Russian and Syrian aircraft have carried out attacks"),
    ],
    "rams-e47ba879322fec": [
        ev("AIR", O, MFUS, CSY, None, L("Manbij", "SY", "Aleppo", 2), 28, False,
           "the latest airstrike at 28 civilians"),
        ev("AIR", O, MFUS, CSY, None, SYRIA, None, True,
           "worst civilian casualty incident"),
    ],
    "rams-9ec8bfdc2ed21f": [
        ev("AIR", O, "Military Forces of France", CSY, None, L("Tukhan al-Kubra", "SY", "Aleppo", 1), 120, False,
           "French warplanes had targeted the village of Tukhan al-Kubra"),
        ev("AIR", O, MFUS, CSY, None, L("Manbij", "SY", "Aleppo", 2), None, False,
           "airstrikes by the United States and France inside Syria"),
    ],
    "rams-caea6ce2b8cc3c": [
        ev("GRT", "planned", MFS, OPP_SY, None, SYRIA, None, False,
           "intended to retake \"the whole country\" from rebels"),
        ev("AC", O, MFS, OPP_SY, None, ALEPPO, None, False,
           "have almost encircled rebels"),
        ev("AIR", O, MFR, OPP_SY, None, ALEPPO, None, False,
           "backed by Russian air strikes"),
        ev("AC", "hypothetical", MFT, ISS, None, SYRIA, None, False,
           "might participate in a ground operation against IS"),
    ],
    "rams-2d20834c5342df": [
        ev("ATT", O, "Unidentified Armed Group (France)", "Civilians (France)", None, L("France", "FR", None, 4), 2, False,
           "Attack", ctx="'Horror' Of Attack"),
    ],
    "rams-07a141b0ccea21": [
        ev("ATT", O, IS, "Civilians (France)", "XXXX-11-15", L("Paris", "FR", "Île-de-France", 1), 130, True,
           "killed 130 people in restaurants, a concert hall and a sports arena"),
        ev("IED", O, IS, "Civilians (Belgium)", "XXXX-03-22", L("Brussels", "BE", "Brussels Capital", 1), 32, True,
           "bombed the airport and subway in Brussels"),
    ],
    "rams-f7d71b58c54d2d": [
        ev("OTH", "threatened", IS, "Government of Russia", None, L("Russia", "RU", None, 4), None, False,
           "urging Daesh supporters to attack Russia", plover="THREATEN"),
        ev("ATT", O, IS, "Civilians (France)", "XXXX-07-14", L("Nice", "FR", "Provence-Alpes-Côte d'Azur", 1), None, True,
           "the July 14 Nice attack"),
        ev("ATT", O, IS, "Civilians (Belgium)", "XXXX-03-22", L("Brussels", "BE", "Brussels Capital", 1), None, True,
           "the March 22 Brussels attacks"),
    ],
    "rams-651b427f23be14": [
        ev("ATT", O, UAG_RU, "Civilians (Russia)", None, MOSCOW, 1, False,
           "nanny killed young girl"),
        ev("ARR", O, "Police Forces of Russia", UAG_RU, None, L("Oktyabrskoye Pole station, Moscow", "RU", "Moscow", 1), None, False,
           "Police have detained a nanny"),
    ],
    "rams-ec067de1c6cb31": [
        ev("ATT", O, ISS, CSY, None, L("al-Bagilya", "SY", "Deir ez-Zor", 1), None, False,
           "ISIS committed killings of whole families"),
        ev("AC", O, ISS, MFS, None, L("Deir ez-Zor", "SY", "Deir ez-Zor", 2), 42, False,
           "at least 42 ISIS fighters had died"),
    ],
    "rams-2eea4b5e1de714": [
        ev("AC", O, MUT_TR, MFT, None, TURKEY, 161, False,
           "161 people were killed and 1,440 wounded in the overnight violence"),
        ev("ARR", O, "Police Forces of Turkey", MUT_TR, None, TURKEY, None, False,
           "2,839 plotters were detained"),
    ],
    "rams-b115926bb62aac": [
        ev("IED", O, "Unidentified Armed Group (United Kingdom)", None, None, L("United Kingdom", "GB", None, 4), None, True,
           "detonate the bomb at the base of the tomb"),
        ev("DWU", "foiled", "Police Forces of the United Kingdom", "Unidentified Armed Group (United Kingdom)", "1965",
           L("United Kingdom", "GB", None, 4), None, True,
           "British police foiled another attempt to blow up the tomb"),
    ],
    "rams-3bbcc9e96cb5ce": [
        ev("AC", "claimed", "Military Forces of Ukraine", MFR, None, CRIMEA, 2, False,
           "were killed by a team of Ukrainian saboteurs"),
        ev("ARR", "claimed", "Police Forces of Russia", "Military Forces of Ukraine", None, CRIMEA, None, False,
           "one of the captured Ukrainians was shown on Russian media in handcuffs"),
        ev("AC", "denied", "Military Forces of Ukraine", MFR, None, CRIMEA, None, False,
           "Ukraine has strongly refuted them"),
    ],
    "rams-631e8c8e6a3f78": [
        ev("PP", O, "Protesters (United States)", None, "XXXX-WXX-1", L("Hofstra University, Long Island", "US", "New York", 1), None, False,
           "about 2,000 protesters gathered outside the debate hall"),
    ],
    "rams-93a996aef5af1b": [
        ev("AC", O, "Police Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)", "2016-01-16",
           L("Splendid Hotel, Ouagadougou", "BF", "Centre", 1), None, False,
           "the assault to neutralize the terrorists inside the hotel"),
        ev("ABD", O, "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", None,
           L("Splendid Hotel, Ouagadougou", "BF", "Centre", 1), None, False,
           "the hostage crisis"),
    ],
    "rams-f03f6e50dc6a36": [
        ev("VD", O, "Rioters (Iran)", None, None, L("Iran", "IR", None, 4), None, False,
           "protesters in Iran ransacked and firebombed the Saudi embassy"),
    ],
    "rams-c3eac923f456a7": [
        ev("PP", O, "Protesters (Moldova)", None, "XXXX-WXX-7",
           L("Chisinau", "MD", "Chișinău Municipality", 1), None, False,
           "hundreds of protesters to take to the streets"),
    ],
    "rams-660bd7d406f3c0": [
        ev("ARR", O, PFUS, UAG_US, None, USA, None, False,
           "was arrested for plotting a terrorist attack"),
        ev("DWU", "foiled", PFUS, UAG_US, None, USA, None, False,
           "plotting a terrorist attack on behalf of the Islamic State"),
    ],
    "rams-e76173462c059b": [
        ev("EF", O, "Protesters (China)", "Military Forces of China", "1989", L("Tiananmen Square", "CN", "Beijing", 1), 100, True,
           "hundreds of protesters were killed"),
    ],
    "rams-c58cc22ecdeacf": [
        ev("AC", O, OPP_SY, OPP_SY, None, L("Azaz", "SY", "Aleppo", 1), None, False,
           "similar clashes in the town of Azaz"),
        ev("AC", O, OPP_SY, OPP_SY, "XXXX-03-03", L("Sheikh Maqsud, Aleppo", "SY", "Aleppo", 1), None, False,
           "March 3 in the Aleppo neighborhood of Sheikh Maqsud"),
    ],
    "rams-eaf3d6e7890cfe": [
        ev("NVT", O, "SDF: Syrian Democratic Forces", None, None, SYRIA, None, False,
           "the SDF had withdrawn across the Euphrates"),
        ev("OTH", "threatened", "Government of Turkey", "PYD: Democratic Union Party", None, SYRIA, None, False,
           "we have the right to do everything about it", plover="THREATEN"),
        ev("AC", O, MFT, ISS, None, SYRIA, None, False,
           "The offensive is Turkey's first major military operation"),
        ev("AC", O, MUT_TR, MFT, "XXXX-07-15", TURKEY, None, True,
           "a failed July 15 coup"),
        ev("SUI", O, "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, L("Gaziantep", "TR", "Gaziantep", 1), 54, True,
           "a suicide bomber suspected of links to the group killed 54 people at a wedding"),
    ],
    "rams-5fe887ec532746": [
        ev("AC", O, MFS, OPP_SY, None, ALEPPO, None, False,
           "have launched a massive push against rebel-held areas of the city"),
        ev("AIR", O, MFS, CSY, None, ALEPPO, None, False,
           "Intensive bombing has killed hundreds of people"),
    ],
    "rams-ff116ae0682d2b": [
        ev("ABD", O, "Free Syrian Army", ISS, None, TURKEY, None, False,
           "was captured by the remnants of the Free Syrian Army"),
    ],
    "rams-61b7d0f123b05c": [
        ev("ABD", O, "Chechen Separatists", "Civilians (Russia)", "2002", MOSCOW, None, True,
           "took hundreds of hostages at a Moscow theater"),
        ev("CHEM", O, MFR, "Chechen Separatists", "2002", MOSCOW, None, True,
           "were used by Russian forces against Chechen separatists"),
    ],
    "rams-a30289f5f48ae6": [
        ev("ATT", O, UAG_RU, "Civilians (Russia)", "2006-10", MOSCOW, 1, True,
           "Politkovskaya was shot dead"),
    ],
    "rams-51c70a53d84edc": [
        ev("PP", O, "Protesters (United States)", None, "2016-07-10", L("Newport News", "US", "Virginia", 1), None, False,
           "Black Lives Matter protest in Newport News",
           ctx="Black Lives Matter protest in Newport News, Va., Sunday July 10, 2016, following the fatal shootings of Alton Sterling in Louisiana and Philando Castile in Minnesota. Sirica"),
        ev("ATT", O, PFUS, CUS, None, L("Louisiana", "US", "Louisiana", 3), 1, True,
           "fatal shootings of Alton Sterling",
           ctx="fatal shootings of Alton Sterling in Louisiana and Philando Castile in Minnesota. Sirica"),
        ev("ATT", O, PFUS, CUS, None, L("Minnesota", "US", "Minnesota", 3), 1, True,
           "fatal shootings of Alton Sterling",
           ctx="fatal shootings of Alton Sterling in Louisiana and Philando Castile in Minnesota. Sirica"),
        ev("PP", O, "Protesters (United States)", None, "2015-12-29", L("Cleveland", "US", "Ohio", 1), None, False,
           "Black Lives Matter demonstrators march in Cleveland"),
        ev("ATT", O, PFUS, CUS, "2014-11-22", L("Cleveland", "US", "Ohio", 1), 1, True,
           "the fatal shooting of Tamir Rice"),
    ],
    "rams-046674b12244a4": [
        ev("ATT", O, "Unidentified Armed Group (Germany)", "Civilians (Germany)", None, GERMANY, 10, True,
           "the shooting by an apparent white extremist that took ten lives"),
        ev("ATT", O, "Unidentified Armed Group (Germany)", "Civilians (Germany)", None, GERMANY, None, True,
           "the axe attack by a Muslim that wounded five"),
    ],
    "rams-3144a881a29c44": [
        ev("AIR", "claimed", COAL, CSY, "XXXX-03-06", L("Abu Kamal", "SY", "Deir ez-Zor", 1), None, False,
           "IS claims it was a coalition air strike"),
        ev("AIR", O, COAL, ISS, "XXXX-03-06", L("Abu Kamal", "SY", "Deir ez-Zor", 2), None, False,
           "an oil pipeline nearby being bombed"),
    ],
    "rams-ab8c0bedbf6179": [
        ev("AC", O, MFUS, MFS, None, L("Deir ez-Zor", "SY", "Deir ez-Zor", 2), None, True,
           "the American attack on Syrian troops near Deir ez-Zor"),
    ],
    "rams-8f29f44479c78f": [
        ev("AIR", O, UMF_SY, CSY, "2016-02-18", L("al-Fardous, Aleppo", "SY", "Aleppo", 1), None, False,
           "an airstrike on the rebel held al-Fardous neighbourhood"),
        ev("GRT", O, MFS, ISS, "XXXX-WXX-6", L("eastern Aleppo province", "SY", "Aleppo", 3), None, False,
           "recaptured 18 villages from Islamic State fighters"),
        ev("AIR", O, MFR, ISS, "XXXX-WXX-6", L("eastern Aleppo province", "SY", "Aleppo", 3), None, False,
           "backed by Russian air strikes"),
    ],
    "rams-9dbc2725e4e7c9": [
        ev("PP", O, "Protesters (United States)", None, "XXXX-WXX-2", USA, None, False,
           "a Bernie-or-Bust rally near City Hall"),
    ],
    "rams-f974df530f32c6": [],
    "rams-951943a588235d": [],
    "rams-25a50e6493e0b6": [],
}
