#!/usr/bin/env python3
"""Annotator Q: hand codes for batch-Q.jsonl -> coded-Q.jsonl (standard library only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "batch-Q.jsonl")
OUT = os.path.join(HERE, "coded-Q.jsonl")

SUB2TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DEFAULT_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT", "Protests": "PROTEST",
    "Agreement": "AGREE", "Arrests": "COERCE", "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE", "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE", "Non-violent transfer of territory": "RETREAT",
    "Other": "COERCE", "Violent demonstration": "PROTEST", "Mob violence": "ASSAULT",
    "Excessive force against protesters": "ASSAULT",
}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied",
              "hypothetical"}
P = "PUB"  # date sentinel: the item's published day


def E(trig, occ, sub, a1, a2, date, loc, fat, mod="occurred", bg=False, plover=None):
    return dict(trig=trig, occ=occ, sub=sub, a1=a1, a2=a2, date=date, loc=loc, fat=fat,
                mod=mod, bg=bg, plover=plover)


def L(name, cc, admin1, prec):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}


CODES = {}


def C(iid, *evs):
    if iid in CODES:
        sys.exit("duplicate code for %s" % iid)
    CODES[iid] = list(evs)


ISR = "Military Forces of Israel"
PSC = "Civilians (Palestine)"
RUS = "Military Forces of Russia"
UKR = "Military Forces of Ukraine"
UAC = "Civilians (Ukraine)"

# ---------------- items 1-75 ----------------
C("portal-2020-12-20-21",
  E("missile strikes", 1, "Shelling/artillery/missile attack", "Military Forces of the United States",
    "Civilians (Yemen)", P, L("Hodeidah", "YE", "Al Hudaydah", 1), 8))
C("portal-2025-01-01-13",
  E("airstrikes", 1, "Air/drone strike", ISR, PSC, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 26))
C("portal-2025-01-02-19")
C("portal-2025-01-02-54")
C("portal-2025-01-06-23",
  E("drone attacks", 1, "Air/drone strike", RUS, UAC, P, L("Kherson", "UA", "Kherson", 1), 1))
C("portal-2025-01-12-23",
  E("airstrike", 1, "Air/drone strike", "Military Forces of Nigeria", "Civilians (Nigeria)", P,
    L("Zamfara State", "NG", "Zamfara", 3), 16))
C("portal-2025-01-24-67",
  E("Mass protests", 1, "Peaceful protest", "Protesters (Serbia)", None, P, L("Serbia", "RS", None, 4), None))
C("portal-2025-01-27-43")
C("portal-2025-01-30-51")  # arrest of a fugitive murderer: not politically relevant
C("portal-2025-02-01-21",
  E("shelling", 1, "Shelling/artillery/missile attack", "Rapid Support Forces", "Civilians (Sudan)", P,
    L("Omdurman", "SD", "Khartoum", 1), 56))
C("portal-2025-02-05-58",
  E("Demonstrators gather", 1, "Peaceful protest", "Protesters (United States)", None, P,
    L("United States", "US", None, 4), None))
C("portal-2025-02-11-25",
  E("suicide bombing", 1, "Suicide bomb", "Unidentified Armed Group (Afghanistan)", "Taliban", P,
    L("Kunduz", "AF", "Kunduz", 1), 5))
C("portal-2025-02-12-38")  # prisoner release announced, no exchange/agreement stated
C("portal-2025-02-22-51",  # recapture of a criminal not coded; the escape ambush is background
  E("ambush", 1, "Armed clash", "Unidentified Armed Group (France)", "Police Forces of France", "2024-05",
    L("France", "FR", None, 4), 2, bg=True))
C("portal-2025-03-04-16",
  E("drone strikes", 1, "Air/drone strike", UKR, None, P, L("Rostov Oblast", "RU", "Rostov", 3), None),
  E("repelled another drone attack", 1, "Disrupted weapons use", RUS, UKR, P,
    L("Novoshakhtinsk", "RU", "Rostov", 2), None, mod="foiled"))
C("portal-2025-03-08-25",
  E("heavy fighting", 1, "Armed clash", "Al-Shabaab", "Police Forces of Somalia", P,
    L("Middle Shabelle", "SO", "Middle Shabelle", 3), 12),
  E("taken over", 1, "Non-state actor overtakes territory", "Al-Shabaab", "Police Forces of Somalia", P,
    L("Al-Kawthar", "SO", "Middle Shabelle", 1), None, mod="claimed"),
  E("taken over", 1, "Non-state actor overtakes territory", "Al-Shabaab", "Police Forces of Somalia", P,
    L("Boos-Hareeri", "SO", "Middle Shabelle", 1), None, mod="claimed"))
C("portal-2025-03-10-43")
C("portal-2025-03-19-48")
C("portal-2025-03-20-25",
  E("drone attack", 1, "Air/drone strike", RUS, UAC, P, L("Odesa", "UA", "Odesa", 1), None))
C("portal-2025-04-02-33",
  E("break through", 1, "Armed clash", "Wazalendo", "March 23 Movement", P,
    L("Kampala", "CD", None, 1), None),
  E("launch an attack", 1, "Armed clash", "Wazalendo", "March 23 Movement", P,
    L("Walikale", "CD", "North Kivu", 1), None))
C("portal-2025-04-10-58")
C("portal-2025-04-10-59")
C("portal-2025-04-15-16")
C("portal-2025-04-16-17",
  E("capture", 1, "Non-state actor overtakes territory", "Al-Shabaab", None, P,
    L("Adan Yabal", "SO", "Middle Shabelle", 2), None))
C("portal-2025-04-22-16",
  E("open fire", 1, "Attack", "Unidentified Armed Group (India)", "Civilians (India)", P,
    L("Pahalgam", "IN", "Jammu and Kashmir", 1), 28))
C("portal-2025-04-27-18",
  E("killed", 1, "Armed clash", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", P,
    L("North Waziristan District", "PK", "Khyber Pakhtunkhwa", 2), 54, mod="claimed"))
C("portal-2025-05-14-42")
C("portal-2025-05-19-39")
C("portal-2025-05-20-47")
C("portal-2025-05-31-37",
  E("arson attack", 1, "Attack", "Unidentified Armed Group (South Korea)", "Civilians (South Korea)", P,
    L("Seoul", "KR", "Seoul", 1), None))
C("portal-2025-06-01-19",
  E("missile strike", 1, "Shelling/artillery/missile attack", RUS, UKR, P,
    L("Dnipropetrovsk Oblast", "UA", "Dnipropetrovsk", 3), 12))
C("portal-2025-06-03-12",
  E("IED explosion", 1, "Remote explosive/landmine/IED", "Hamas", ISR, P,
    L("Jabalia", "PS", "North Gaza", 1), 3))
C("portal-2025-07-07-57")
C("portal-2025-07-10-33")
C("portal-2025-07-11-16",
  E("Air Force strike", 1, "Air/drone strike", "Military Forces of Myanmar", "Civilians (Myanmar)", P,
    L("Sagaing District", "MM", "Sagaing", 2), 23))
C("portal-2025-07-12-32",
  E("lynched", 1, "Mob violence", "Rioters (Guatemala)", "Civilians (Guatemala)", P,
    L("Santa María de Jesús", "GT", "Sacatepéquez", 1), 5))
C("portal-2025-07-16-16",
  E("bombs", 1, "Air/drone strike", ISR, "Military Forces of Syria", P, L("Damascus", "SY", "Damascus", 1), None))
C("portal-2025-07-23-40")
C("portal-2025-07-24-32")
C("portal-2025-07-27-19")  # agreement to negotiate, and vague mutual accusations: not coded
C("portal-2025-07-28-16",
  E("Israeli attacks", 1, "Air/drone strike", ISR, PSC, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 80))
C("portal-2025-08-04-17",
  E("detaining", 1, "Arrests", "Military Forces of Puntland", "Islamic State (Somalia)", P,
    L("Sanaag", "SO", "Sanaag", 3), None))
C("portal-2025-08-11-18",
  E("trying to expel", 1, "Other", "China Coast Guard", "Philippine Coast Guard", P,
    L("Scarborough Shoal", "PH", None, 1), None))
C("portal-2025-08-27-15",
  E("airstrikes", 1, "Air/drone strike", "Military Forces of Pakistan", "Civilians (Afghanistan)", P,
    L("Nangarhar Province", "AF", "Nangarhar", 3), None, mod="claimed"),
  E("airstrikes", 1, "Air/drone strike", "Military Forces of Pakistan", "Civilians (Afghanistan)", P,
    L("Khost Province", "AF", "Khost", 3), None, mod="claimed"))
C("portal-2025-08-29-32")
C("portal-2025-09-01-56")
C("portal-2025-09-15-16",
  E("two operations", 1, "Armed clash", "Military Forces of Nigeria", "Islamic State West Africa Province", P,
    L("Adamawa State", "NG", "Adamawa", 3), None),
  E("two operations", 1, "Armed clash", "Military Forces of Nigeria", "Islamic State West Africa Province", P,
    L("Borno State", "NG", "Borno", 3), None))
C("portal-2025-09-24-49",
  E("shooting", 1, "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", P,
    L("Dallas", "US", "Texas", 1), 2))
C("portal-2025-09-27-13",
  E("Israeli attacks", 1, "Air/drone strike", ISR, PSC, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 91))
C("portal-2025-09-30-14",
  E("Israeli attacks", 1, "Air/drone strike", ISR, PSC, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 59))
C("portal-2025-10-12-41",
  E("clash", 1, "Violent demonstration", "Rioters (Ecuador)", "Police Forces of Ecuador", P,
    L("Quito", "EC", "Pichincha", 1), None))
C("portal-2025-10-13-14")  # long-period toll (2,600) is a statistic, not an event
C("portal-2025-10-16-24",
  E("airstrikes", 1, "Air/drone strike", "Military Forces of Pakistan", "Civilians (Afghanistan)", "2025-10-15",
    L("Kabul", "AF", "Kabul", 1), 5))
C("portal-2025-10-23-16",
  E("ceasefire is agreed", 1, "Agreement", "Military Forces of Syria", "Firqat al-Ghuraba", P,
    L("Harem", "SY", "Idlib", 1), None),
  E("sieged", 1, "Armed clash", "Military Forces of Syria", "Firqat al-Ghuraba", "2025-10-22",
    L("Harem", "SY", "Idlib", 1), None, bg=True))
C("portal-2025-11-01-21")
C("portal-2025-11-08-44")
C("portal-2025-11-09-39",
  E("prison riot", 1, "Mob violence", "Rioters (Ecuador)", "Prisoners (Ecuador)", P,
    L("Machala", "EC", "El Oro", 1), 4))
C("portal-2025-11-12-13",
  E("shooting and killing", 1, "Attack", "Military Forces of Thailand", "Civilians (Cambodia)", P,
    L("Cambodia", "KH", None, 4), 1, mod="claimed"),
  E("injured by a land mine", 1, "Remote explosive/landmine/IED", None, "Military Forces of Thailand",
    "2025-11-10", L("Thailand", "TH", None, 4), None, bg=True))
C("portal-2025-11-14-19")
C("portal-2025-11-23-45")
C("portal-2025-11-24-16",
  E("blows himself up", 1, "Suicide bomb", "Jamaat-ul-Ahrar", "Police Forces of Pakistan", P,
    L("Peshawar", "PK", "Khyber Pakhtunkhwa", 1), 3),
  E("shootout", 1, "Armed clash", "Jamaat-ul-Ahrar", "Police Forces of Pakistan", P,
    L("Peshawar", "PK", "Khyber Pakhtunkhwa", 1), 2))
C("portal-2025-12-04-16",
  E("capture", 1, "Non-state actor overtakes territory", "Southern Transitional Council", "Military Forces of Yemen",
    P, L("Al Mahrah Governorate", "YE", "Al Mahrah", 3), None, mod="claimed"))
C("portal-2025-12-14-12",
  E("open fire", 1, "Attack", "Unidentified Armed Group (Australia)", "Civilians (Australia)", P,
    L("Bondi Beach, Sydney", "AU", "New South Wales", 1), 16),
  E("detonated by police", 1, "Disrupted weapons use", "Police Forces of Australia",
    "Unidentified Armed Group (Australia)", P, L("Bondi Beach, Sydney", "AU", "New South Wales", 1), None))
C("portal-2025-12-14-40")
C("portal-2025-12-27-19")
C("portal-2026-01-07-13",
  E("boards and seizes", 1, "Other", "Military Forces of the United States", None, P, None, None))
C("portal-2026-01-11-49",
  E("prison fight", 1, "Mob violence", "Rioters (United States)", "Prisoners (United States)", P,
    L("Davisboro", "US", "Georgia", 1), 3))
C("portal-2026-01-15-38")
C("portal-2026-01-20-34",
  E("Bondi Beach shooting", 1, "Attack", "Unidentified Armed Group (Australia)", "Civilians (Australia)", None,
    L("Bondi Beach, Sydney", "AU", "New South Wales", 1), 15, bg=True))
C("portal-2026-01-23-35",
  E("killed", 1, "Excessive force against protesters", "Police Forces of Uganda", "Protesters (Uganda)", P,
    L("Uganda", "UG", None, 4), 30),
  E("arrested", 1, "Arrests", "Police Forces of Uganda", "Protesters (Uganda)", P,
    L("Uganda", "UG", None, 4), None))
C("portal-2026-01-24-14",
  E("extend their ceasefire", 1, "Agreement", "Syrian Democratic Forces", "Military Forces of Syria", P,
    L("Syria", "SY", None, 4), None))
C("portal-2026-01-25-46")
C("portal-2026-01-27-44")
C("portal-2026-01-29-16",
  E("kill", 1, "Attack", "Boko Haram", "Civilians (Nigeria)", P, L("Sabon Gari", "NG", "Borno", 1), 25))
C("portal-2026-02-01-42",
  E("gather", 1, "Peaceful protest", "Protesters (Czech Republic)", None, P,
    L("Prague", "CZ", "Prague", 1), None))

# ---------------- items 76-150 ----------------
C("portal-2026-02-03-27",
  E("drone strike", 1, "Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", P,
    L("Kadugli", "SD", "South Kordofan", 1), 8))
C("portal-2026-02-04-13",  # the province-wide background toll (no place, no date) is not coded
  E("regain control", 1, "Armed clash", "Military Forces of Pakistan", "Balochistan Liberation Army", P,
    L("Nushki", "PK", "Balochistan", 1), None))
C("portal-2026-02-11-13",
  E("attacked", 1, "Air/drone strike", UKR, None, P, L("Volgograd", "RU", "Volgograd", 1), None))
C("portal-2026-02-12-49")
C("portal-2026-02-18-23",  # the earlier clashes have neither date nor place: not coded
  E("surrendered", 1, "Change to group/activity", "Burma National Revolutionary Army", "Military Forces of Myanmar",
    P, L("Myanmar", "MM", None, 4), None, plover="CONCEDE"))
C("portal-2026-02-20-56")
C("portal-2026-03-04-28",
  E("arrests four militants", 1, "Arrests", "Military Forces of Colombia", "FARC Dissidents", P,
    L("Puerto Valencia", "CO", "Guaviare", 1), None),
  E("recovers", 1, "Disrupted weapons use", "Military Forces of Colombia", "FARC Dissidents", P,
    L("Puerto Valencia", "CO", "Guaviare", 1), None))
C("portal-2026-03-08-15",
  E("drone strike", 1, "Air/drone strike", "Military Forces of Iran", "Civilians (Bahrain)", P,
    L("Sitra", "BH", None, 1), None))
C("portal-2026-03-08-17",
  E("airstrike", 1, "Air/drone strike", None, None, P, L("Kuwait City", "KW", "Capital", 1), 0))
C("portal-2026-03-14-17",
  E("missile strike", 1, "Shelling/artillery/missile attack", ISR, "Civilians (Iran)", P,
    L("Isfahan", "IR", "Isfahan", 1), 15))
C("portal-2026-03-15-55")
C("portal-2026-03-19-54")
C("portal-2026-03-22-53")
C("portal-2026-03-23-16")
C("portal-2026-03-23-23",
  E("strikes", 1, "Air/drone strike", "Military Forces of Sudan", "Civilians (Sudan)", P,
    L("Lagawa", "SD", "West Kordofan", 2), 15))
C("portal-2026-03-24-27",
  E("missile and drone strikes", 1, "Shelling/artillery/missile attack", RUS, UAC, P,
    L("Poltava", "UA", "Poltava", 1), 2),
  E("missile and drone strikes", 1, "Shelling/artillery/missile attack", RUS, UAC, P,
    L("Zaporizhzhia", "UA", "Zaporizhzhia", 1), 1))
C("portal-2026-03-24-80")
C("portal-2026-03-25-18")
C("portal-2026-03-31-19",
  E("hit by an Iranian drone", 1, "Air/drone strike", "Military Forces of Iran", None, P,
    L("Dubai", "AE", "Dubai", 1), None, mod="claimed"))
C("portal-2026-04-01-63")
C("portal-2026-04-03-65")
C("portal-2026-04-04-31",
  E("airstrikes", 1, "Air/drone strike", ISR, "Civilians (Lebanon)", P,
    L("Habboûch", "LB", "Nabatieh", 1), None),
  E("airstrikes", 1, "Air/drone strike", ISR, "Civilians (Lebanon)", P,
    L("al-Hawsh", "LB", None, 1), None),
  E("killed in action", 1, "Armed clash", ISR, None, P, L("southern Lebanon", "LB", "South Lebanon", 3), 1))
C("portal-2026-04-07-36",
  E("release", 1, "Other", "Kata'ib Hezbollah", "Civilians (United States)", P, L("Iraq", "IQ", None, 4), None,
    plover="RETREAT"),
  E("kidnapped", 1, "Abduction/forced disappearance", "Kata'ib Hezbollah", "Civilians (United States)",
    "2026-03-31", L("Baghdad", "IQ", "Baghdad", 1), None, bg=True))
C("portal-2026-04-09-79")
C("portal-2026-04-11-27")
C("portal-2026-04-12-18")  # untyped, undated background attack: not coded
C("portal-2026-04-12-30",
  E("strike", 1, "Air/drone strike", ISR, "Hamas", "2026-04-11",
    L("central Gaza", "PS", "Deir al-Balah", 3), 7))
C("portal-2026-04-14-19")
C("portal-2026-04-14-28",
  E("destroyed", 1, "Looting/property destruction", ISR, "Hamas", "2026-04-11",
    L("Gaza Strip", "PS", "Gaza Strip", 4), None))
C("portal-2026-04-14-43",
  E("drone attack", 1, "Air/drone strike", RUS, UAC, P, L("Dnipro", "UA", "Dnipropetrovsk", 1), 4))
C("portal-2026-04-17-27",
  E("artillery shelling", 1, "Shelling/artillery/missile attack", ISR, None, P, L("Lebanon", "LB", None, 4), None,
    mod="claimed"))
C("portal-2026-04-19-31",
  E("mass shooting", 1, "Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", P,
    L("San Luis Potosí", "MX", "San Luis Potosí", 1), 2))
C("portal-2026-04-20-15")
C("portal-2026-04-25-15")
C("portal-2026-04-25-18")
C("portal-2026-04-27-18")
C("portal-2026-05-05-18")
C("portal-2026-05-05-58",
  E("mass shooting", 1, "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", P,
    L("Carrollton", "US", "Texas", 1), 2))
C("portal-2026-05-10-57",
  E("opened gunfire", 1, "Excessive force against protesters", "Military Forces of Somalia", "Protesters (Somalia)",
    P, L("Mogadishu", "SO", "Banadir", 1), 1))
C("portal-2026-05-11-21",
  E("gang violence", 1, "Attack", "Unidentified Armed Group (Haiti)", "Civilians (Haiti)", P,
    L("Cité Soleil", "HT", "Ouest", 1), None))
C("portal-2026-05-11-79")
C("portal-2026-05-13-27",
  E("Clashes", 1, "Armed clash", "Military Forces of Pakistan", "Balochistan Liberation Army", P,
    L("Balochistan", "PK", "Balochistan", 3), 12))
C("portal-2026-05-13-61")
C("portal-2026-05-15-32",
  E("re-captured", 1, "Government regains territory", "Military Forces of Sudan", "Rapid Support Forces", P,
    L("Khor Hassan", "SD", "Blue Nile", 1), None, mod="claimed"))
C("portal-2026-05-22-22")
C("portal-2026-05-23-20")
C("portal-2026-05-23-28")
C("portal-2026-05-24-53")
C("portal-2026-05-24-54")
C("portal-2026-05-24-61",
  E("protest", 1, "Peaceful protest", "Protesters (Spain)", None, P, L("Madrid", "ES", "Madrid", 1), None))
C("portal-2026-06-01-28",  # the untyped, undated attack on Bandar Sirik is not coded
  E("intercepts", 1, "Disrupted weapons use", "Military Forces of the United States", "Military Forces of Iran", P,
    L("Kuwait", "KW", None, 4), None, mod="foiled"))
C("portal-2026-06-07-67")
C("portal-2026-06-08-23")
C("portal-2026-06-11-33",
  E("drone strike", 1, "Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", P,
    L("Tandalti", "SD", "White Nile", 1), 1))
C("portal-2026-06-15-23",
  E("Russian strikes", 1, "Air/drone strike", RUS, UAC, P, L("Kyiv", "UA", "Kyiv City", 1), 4),
  E("strikes in Kharkiv", 1, "Air/drone strike", RUS, UAC, P, L("Kharkiv", "UA", "Kharkiv", 1), 5))
C("portal-2026-06-18-35")
C("portal-2026-06-21-23",
  E("drone strikes", 1, "Air/drone strike", ISR, PSC, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 3))
C("portal-2026-06-21-26")
C("portal-2026-06-27-72",
  E("Demonstrators rally", 1, "Peaceful protest", "Protesters (Sweden)", None, P,
    L("Stockholm", "SE", "Stockholm", 1), None))
C("portal-2026-07-09-36",
  E("captured", 1, "Arrests", "Police Forces of Syria", "Islamic State", P,
    L("Rif Dimashq", "SY", "Rif Dimashq", 3), None),
  E("two bombings", 1, "Remote explosive/landmine/IED", "Islamic State", "Civilians (Syria)", "2026-07-07",
    L("Damascus", "SY", "Damascus", 1), 1, bg=True))
C("portal-2026-07-09-40",
  E("operation", 1, "Armed clash", "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)", P,
    L("Gummi", "NG", "Zamfara", 1), 300))
C("portal-2026-07-11-17")
C("portal-2026-07-15-31")
C("portal-2026-07-16-16",
  E("strikes", 1, "Air/drone strike", "Military Forces of the United States", "Military Forces of Iran", P,
    L("Iran", "IR", None, 4), None))
C("portal-2026-07-17-19",
  E("Iranian strikes", 1, "Air/drone strike", "Military Forces of Iran", None, P, L("Kuwait", "KW", None, 4), None))
C("portal-2026-07-19-49",
  E("protests", 1, "Peaceful protest", "Protesters (India)", None, P, L("India", "IN", None, 4), None),
  E("arrested", 1, "Arrests", "Police Forces of India", "Civilians (India)", P, L("India", "IN", None, 4), None))
C("portal-2026-07-20-27",
  E("Iranian strikes", 1, "Air/drone strike", "Military Forces of Iran", "Military Forces of the United States", P,
    L("Jordan", "JO", None, 4), None))
C("portal-2026-07-20-42")
C("portal-2026-07-22-30",  # the January RSF incursion (untyped) is not coded
  E("drone attack", 1, "Air/drone strike", "Unidentified Armed Group (Sudan)", "Civilians (Chad)", P,
    L("Chad", "TD", None, 4), None))
C("portal-2026-07-24-110")
C("portal-2026-07-24-32",
  E("struck", 1, "Air/drone strike", ISR, "Hamas", P, L("Gaza Strip", "PS", "Gaza Strip", 3), None))
C("portal-2026-07-26-52",
  E("shooting", 1, "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", P,
    L("Seattle", "US", "Washington", 1), 3))
C("portal-2026-07-30-30")
C("portal-2026-08-04-47",
  E("shooting spree", 1, "Attack", RUS, "Civilians (Ukraine)", P, L("Sevastopol", "UA", "Sevastopol", 1), 4))
C("portal-2026-08-20-21",
  E("summarily killed", 1, "Attack", "Africa Corps", "Civilians (Mali)", "2026-07", L("Mali", "ML", None, 4), 9))


def build(e, text, pub, iid):
    sub = e["sub"]
    if sub not in SUB2TYPE:
        sys.exit("%s: unknown sub-type %r" % (iid, sub))
    et = SUB2TYPE[sub]
    pl = e["plover"] or DEFAULT_PLOVER.get(sub) or DEFAULT_PLOVER[et]
    if pl not in PLOVER:
        sys.exit("%s: unknown PLOVER %r" % (iid, pl))
    if e["mod"] not in MODALITIES:
        sys.exit("%s: unknown modality %r" % (iid, e["mod"]))
    b = text.encode()
    t = e["trig"].encode()
    pos = -1
    for _ in range(e["occ"]):
        pos = b.find(t, pos + 1)
        if pos < 0:
            sys.exit("%s: trigger %r occurrence %d not found" % (iid, e["trig"], e["occ"]))
    start, end = pos, pos + len(t)
    if b[start:end].decode() != e["trig"]:
        sys.exit("%s: evidence mismatch" % iid)
    date = pub if e["date"] == P else e["date"]
    loc = e["loc"]
    if loc is not None and loc["precision"] not in (1, 2, 3, 4):
        sys.exit("%s: bad precision" % iid)
    return {"event_type": et, "sub_event_type": sub, "plover": pl, "modality": e["mod"],
            "actor1": e["a1"], "actor2": e["a2"], "date": date, "location": loc,
            "fatalities": e["fat"], "background": e["bg"],
            "evidence": {"start": start, "end": end, "text": e["trig"]}}


def main():
    rows = [json.loads(l) for l in open(IN, encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    for k in CODES:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_done = n_ev = n_empty = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] not in CODES:
                continue  # not yet coded
            evs = [build(e, r["text"], r["published"], r["id"]) for e in CODES[r["id"]]]
            out = dict(r)
            out["events"] = evs
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            n_done += 1
            n_ev += len(evs)
            n_empty += (not evs)
    print("coded %d/%d items, %d events, %d items with no event" % (n_done, len(rows), n_ev, n_empty))


if __name__ == "__main__":
    main()
