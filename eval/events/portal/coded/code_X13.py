#!/usr/bin/env python3
"""Annotator X13: hand codes for batch-X13.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X13.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
ISR = "Military Forces of Israel"
USA = "Military Forces of the United States"
IRN = "Military Forces of Iran"
CPS = "Civilians (Palestine)"
CODES = {
    "portal-2020-12-20-18": [
        ev("strikes", sub="air", a1=ISR, a2=CPS,
           loc=L("Shuja'iyya", "PS", "Gaza Strip", 1), fat=23),
        ev("Israeli strikes in the Gaza Strip", sub="air", a1=ISR, a2=CPS,
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=12)],
    "portal-2025-01-03-12": [
        ev("Clashes", sub="clash", a1="Syrian Democratic Forces", a2="Syrian National Army",
           loc=L("Tishrin Dam", "SY", "Aleppo", 2)),
        ev("airstrikes", sub="air", a1="Military Forces of Turkey", a2="Syrian Democratic Forces",
           loc=L("Tishrin Dam", "SY", "Aleppo", 2))],
    "portal-2025-01-03-55": [
        ev("shooting and killing", sub="attack", a1="Unidentified Armed Group (Netherlands)",
           a2="Civilians (Netherlands)", loc=L("Rotterdam", "NL", "South Holland", 1),
           date=None, fat=3, bg=True)],
    "portal-2025-01-04-42": [],
    "portal-2025-01-04-43": [
        ev("are arrested", sub="arrest", a1="Police Forces of Russia", a2="Civilians (Russia)",
           loc=L("Yekaterinburg", "RU", "Sverdlovsk Oblast", 1)),
        ev("arson attack", sub="loot", a1="Unidentified Armed Group (Russia)",
           a2="Police Forces of Russia", loc=L("Yekaterinburg", "RU", "Sverdlovsk Oblast", 1),
           date="2024-12", bg=True)],
    "portal-2025-01-05-44": [],
    "portal-2025-01-06-77": [],
    "portal-2025-01-08-16": [
        ev("airstrikes", sub="air", a1=ISR, a2=CPS, loc=L("Gaza Strip", "PS", "Gaza Strip", 3),
           fat=27)],
    "portal-2025-01-09-44": [],
    "portal-2025-01-09-49": [],
    "portal-2025-01-09-56": [
        ev("protests", sub="peaceful", a1="Protesters (Mozambique)",
           loc=L("Mozambique", "MZ", None, 4))],
    "portal-2025-01-17-42": [],
    "portal-2025-01-20-58": [],
    "portal-2025-02-05-22": [
        ev("capture", sub="nsaover", a1="M23", a2=None,
           loc=L("Nyabibwe", "CD", "South Kivu", 1))],
    "portal-2025-02-12-42": [
        ev("throws a grenade", sub="grenade", a1="Unidentified Armed Group (France)",
           a2="Civilians (France)", loc=L("Grenoble", "FR", "Auvergne-Rhone-Alpes", 1))],
    "portal-2025-02-12-47": [],
    "portal-2025-02-21-54": [],
    "portal-2025-02-22-14": [],
    "portal-2025-02-22-25": [
        ev("killing", sub="attack", a1="Military Forces of Mali", a2="Civilians (Mali)",
           loc=L("Mali", "ML", None, 4), fat=24, mod="claimed")],
    "portal-2025-02-25-17": [
        ev("strikes", sub="air", a1=ISR, a2=None, loc=L("Southern Syria", "SY", None, 3)),
        ev("airstrikes near Damascus", sub="air", a1=ISR, a2=None,
           loc=L("Damascus", "SY", "Damascus", 2), fat=2)],
    "portal-2025-03-01-15": [
        ev("captures", sub="govregain", a1="Puntland Dervish Force", a2="Islamic State-Somalia",
           loc=L("Buqa Caleed", "SO", "Bari", 1))],
    "portal-2025-03-01-57": [],
    "portal-2025-03-03-15": [
        ev("suicide bomber", sub="suicide", a1="Unidentified Armed Group (Pakistan)",
           a2="Civilians (Pakistan)", loc=L("Kalat", "PK", "Balochistan", 1), fat=1)],
    "portal-2025-03-03-30": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (Israel)",
           a2="Civilians (Israel)", loc=L("Haifa", "IL", "Haifa", 1), fat=2)],
    "portal-2025-03-04-23": [
        ev("combat operation", sub="air", a1="Military Forces of the Philippines",
           a2="Unidentified Armed Group (Philippines)", loc=L("Bukidnon", "PH", "Northern Mindanao", 3))],
    "portal-2025-03-07-24": [
        ev("fired on", sub="clash", a1="Unidentified Armed Group (South Sudan)",
           a2="Military Forces of South Sudan", loc=L("Nasir", "SS", "Upper Nile", 1), fat=28)],
    "portal-2025-03-07-26": [
        ev("attacks", sub="clash", a1="Al-Shabaab", a2=None,
           loc=L("Middle Shabelle", "SO", "Middle Shabelle", 3)),
        ev("attacks", sub="clash", a1="Al-Shabaab", a2=None,
           loc=L("Hiiraan", "SO", "Hiiraan", 3)),
        ev("attacks", sub="clash", a1="Al-Shabaab", a2=None,
           loc=L("Lower Shabelle", "SO", "Lower Shabelle", 3))],
    "portal-2025-03-11-64": [],
    "portal-2025-03-18-17": [
        ev("intercepts", sub="disrupt", a1=ISR, a2="Houthis",
           loc=L("Nevatim Airbase", "IL", "Southern", 1), mod="foiled")],
    "portal-2025-03-18-20": [
        ev("five assaults", sub="clash", a1="Military Forces of Ukraine",
           a2="Military Forces of Russia", loc=L("Belgorod Oblast", "RU", "Belgorod Oblast", 3),
           mod="claimed")],
    "portal-2025-03-20-50": [],
    "portal-2025-03-21-24": [
        ev("seizes", sub="other", a1="Military Forces of Germany", a2=None, loc=None)],
    "portal-2025-03-25-40": [
        ev("anti-Hamas protests", sub="peaceful", a1="Protesters (Palestine)", a2=None,
           loc=L("North Gaza", "PS", "Gaza Strip", 3))],
    "portal-2025-03-26-15": [
        ev("liberation of Khartoum", sub="govregain", a1="Military Forces of Sudan",
           a2="Rapid Support Forces", loc=L("Khartoum", "SD", "Khartoum", 1), mod="claimed")],
    "portal-2025-04-02-22": [
        ev("airstrikes", sub="air", a1=ISR, a2="Military Forces of Syria",
           loc=L("Hama Air Base", "SY", "Hama", 1)),
        ev("destroying", sub="air", a1=ISR, a2="Military Forces of Syria",
           loc=L("Tiyas Air Base", "SY", "Homs", 1)),
        ev("bombed", sub="air", a1=ISR, a2=None,
           loc=L("Barzah", "SY", "Damascus", 1))],
    "portal-2025-04-02-25": [],
    "portal-2025-04-02-35": [
        ev("landmine", sub="ied", a1="Unidentified Armed Group (Mexico)", a2="Civilians (Mexico)",
           loc=L("Puerta de Alambre", "MX", "Michoacan", 1), fat=1)],
    "portal-2025-04-10-51": [
        ev("were arrested", sub="arrest", a1="Police Forces of Turkey", a2="Protesters (Turkey)",
           loc=L("Turkey", "TR", None, 4), date=None, bg=True)],
    "portal-2025-04-15-45": [],
    "portal-2025-04-24-26": [
        ev("attack", sub="clash", a1="Jama'at Nasr al-Islam wal Muslimin",
           a2="Military Forces of Benin", loc=L("Northern Benin", "BJ", None, 3),
           date="2025-04", fat=54)],
    "portal-2025-05-03-14": [
        ev("shot down", sub="air", a1="Military Forces of Ukraine", a2="Military Forces of Russia",
           loc=None, mod="claimed")],
    "portal-2025-05-03-39": [
        ev("is arrested", sub="arrest", a1="Police Forces of Mexico", a2="Government of Mexico",
           loc=L("Teuchitlan", "MX", "Jalisco", 1))],
    "portal-2025-05-03-51": [],
    "portal-2025-05-18-40": [
        ev("is arrested", sub="arrest", a1="Police Forces of Tanzania", a2="Civilians (Kenya)",
           loc=L("Dar es Salaam", "TZ", "Dar es Salaam", 1))],
    "portal-2025-05-29-34": [],
    "portal-2025-05-29-36": [
        ev("arrest", sub="arrest", a1="Police Forces of Timor-Leste", a2="Civilians (Philippines)",
           loc=L("Timor-Leste", "TL", None, 4), date="P-1"),
        ev("assassination", sub="attack", a1="Unidentified Armed Group (Philippines)",
           a2="Government of the Philippines", loc=L("Negros Oriental", "PH", "Negros Oriental", 3),
           date=None, fat=1, bg=True)],
    "portal-2025-05-30-17": [
        ev("seizes control", sub="nsaover", a1="Balochistan Liberation Army",
           a2="Government of Pakistan", loc=L("Sorab", "PK", "Balochistan", 1), fat=1),
        ev("looting a bank", sub="loot", a1="Balochistan Liberation Army", a2=None,
           loc=L("Sorab", "PK", "Balochistan", 1))],
    "portal-2025-06-15-22": [
        ev("gunfire and airstrikes", sub="attack", a1=ISR, a2=CPS,
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=41)],
    "portal-2025-06-19-16": [
        ev("strikes", sub="air", a1=ISR, a2=None, loc=L("Arak", "IR", "Markazi", 2))],
    "portal-2025-06-23-18": [
        ev("launched missiles", sub="shell", a1="Islamic Revolutionary Guard Corps", a2=USA,
           loc=L("Al Udeid Air Base", "QA", "Al Rayyan", 1)),
        ev("U.S. bases in Iraq", sub="shell", a1="Islamic Revolutionary Guard Corps", a2=USA,
           loc=L("Iraq", "IQ", None, 4), mod="claimed")],
    "portal-2025-06-29-29": [
        ev("mass shooting ambush", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Coeur d'Alene", "US", "Idaho", 1), fat=3)],
    "portal-2025-06-30-38": [
        ev("firebombing attack", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Boulder", "US", "Colorado", 1),
           date="2025-06", fat=1, bg=True)],
    "portal-2025-06-30-45": [
        ev("raid", sub="other", a1="Police Forces of Azerbaijan", a2="Sputnik",
           loc=L("Baku", "AZ", "Baku", 1))],
    "portal-2025-07-01-16": [
        ev("attacks", sub="clash", a1="Jama'at Nasr al-Islam wal Muslimin",
           a2="Military Forces of Mali", loc=L("Kayes", "ML", "Kayes", 3), fat=80)],
    "portal-2025-07-03-28": [
        ev("hammer attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Straubing", "DE", "Bavaria", 2))],
    "portal-2025-07-10-34": [],
    "portal-2025-07-16-23": [
        ev("killed", sub="clash", a1="Al-Shabaab", a2="Military Forces of Kenya",
           loc=L("Kenya-Somalia border", "KE", None, 3), fat=3, mod="claimed")],
    "portal-2025-07-26-17": [
        ev("artillery strike", sub="shell", a1=None, a2="Military Forces of Cambodia",
           loc=L("Cambodia", "KH", None, 4), fat=1)],
    "portal-2025-07-27-46": [],
    "portal-2025-07-31-51": [
        ev("burned alive", sub="attack", a1="Islamic State", a2="Military Forces of Jordan",
           loc=L("Raqqa", "SY", "Ar-Raqqa", 1), date="2015-01-03", fat=1, bg=True)],
    "portal-2025-08-20-42": [],
    "portal-2025-08-21-14": [],
    "portal-2025-08-21-19": [
        ev("car bombing", sub="ied", a1="Unidentified Armed Group (Colombia)",
           a2="Civilians (Colombia)", loc=L("Cali", "CO", "Valle del Cauca", 1), fat=6)],
    "portal-2025-08-22-38": [
        ev("arrest and detain", sub="arrest", a1="Police Forces of Sri Lanka",
           a2="Civilians (Sri Lanka)", loc=L("Sri Lanka", "LK", None, 4))],
    "portal-2025-08-25-14": [
        ev("fatally shot", sub="attack", a1=ISR, a2=CPS,
           loc=L("Al-Mawasi", "PS", "Gaza Strip", 1), fat=1)],
    "portal-2025-08-25-41": [],
    "portal-2025-08-31-19": [
        ev("gunfire targeted", sub="clash", a1="Unidentified Armed Group (Venezuela)",
           a2="Military Forces of Guyana", loc=L("Cuyuni River", "GY", "Cuyuni-Mazaruni", 2))],
    "portal-2025-08-31-45": [
        ev("loot", sub="mob", a1="Rioters (Indonesia)", a2="Government of Indonesia",
           loc=L("Indonesia", "ID", None, 4)),
        ev("loot", sub="mob", a1="Rioters (Indonesia)", a2="Government of Indonesia",
           loc=L("Indonesia", "ID", None, 4))],
    "portal-2025-09-24-19": [
        ev("raid", sub="clash", a1="Military Forces of Pakistan", a2="Tehrik-i-Taliban Pakistan",
           loc=L("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 2), fat=13)],
    "portal-2025-09-29-22": [
        ev("kill", sub="attack", a1="Unidentified Armed Group (Nigeria)", a2="Civilians (Nigeria)",
           loc=L("Oke-Ode", "NG", "Kwara", 1), fat=12)],
    "portal-2025-09-30-54": [
        ev("arrest", sub="arrest", a1="Police Forces of Poland", a2="Civilians (Ukraine)",
           loc=L("Pruszkow", "PL", "Masovian", 1)),
        ev("pipeline explosions", sub="ied", a1=None, a2=None, loc=None, date=None, bg=True)],
    "portal-2025-09-30-56": [],
    "portal-2025-10-04-59": [],
    "portal-2025-10-04-63": [],
    "portal-2025-10-12-34": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Saint Helena Island", "US", "South Carolina", 1),
           fat=4)],
    "portal-2025-10-13-13": [
        ev("hands over", sub="agree", a1="Hamas", a2="Government of Israel", loc=None)],
    "portal-2025-10-14-58": [],
    "portal-2025-10-15-22": [
        ev("battle", sub="clash", a1="Military Forces of Indonesia", a2="Free Papua Movement",
           loc=L("Intan Jaya", "ID", "Central Papua", 2), fat=14)],
    "portal-2025-10-15-30": [],
    "portal-2025-10-22-16": [
        ev("strikes", sub="air", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kyiv", "UA", "Kyiv City", 1), fat=6)],
    "portal-2025-10-22-49": [],
    "portal-2025-10-26-44": [
        ev("detained", sub="arrest", a1="Police Forces of Cameroon", a2="Civilians (Cameroon)",
           loc=L("Cameroon", "CM", None, 4), mod="claimed")],
    "portal-2025-11-10-71": [],
    "portal-2025-11-12-35": [],
    "portal-2025-11-21-49": [],
    "portal-2025-12-01-61": [
        ev("being arrested", sub="arrest", a1="Police Forces of Cameroon", a2="MANIDEM",
           loc=L("Cameroon", "CM", None, 4), date=None, bg=True)],
    "portal-2025-12-01-77": [],
    "portal-2025-12-03-34": [],
    "portal-2025-12-04-13": [
        ev("fatally shot", sub="attack", a1="Unidentified Armed Group (Palestine)",
           a2="Popular Forces", loc=L("Rafah", "PS", "Gaza Strip", 1), fat=1)],
    "portal-2025-12-06-18": [
        ev("open fire", sub="attack", a1=ISR, a2=CPS, loc=L("Hebron", "PS", "West Bank", 1),
           fat=2)],
    "portal-2025-12-07-15": [
        ev("coup attempt", sub="other", a1=None, a2="Government of Benin",
           loc=L("Benin", "BJ", None, 4), mod="attempted")],
    "portal-2025-12-07-29": [
        ev("secure the release", sub="other", a1="Government of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Niger State", "NG", "Niger", 3)),
        ev("abducted", sub="abduct", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Niger State", "NG", "Niger", 3), date=None, bg=True)],
    "portal-2025-12-10-22": [
        ev("airstrike", sub="air", a1="Military Forces of Myanmar", a2="Civilians (Myanmar)",
           loc=L("Mrauk U", "MM", "Rakhine", 1), fat=34)],
    "portal-2025-12-11-17": [
        ev("ambush", sub="clash", a1="Military Forces of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Sabon Birni", "NG", "Sokoto", 1),
           fat=11)],
    "portal-2025-12-15-33": [],
    "portal-2025-12-15-37": [],
    "portal-2025-12-24-13": [
        ev("airstrike", sub="air", a1=ISR, a2="Hezbollah", loc=L("Jannata", "LB", "South", 2),
           fat=1)],
    "portal-2025-12-26-13": [
        ev("vehicle ramming and stabbing attack", sub="attack",
           a1="Unidentified Armed Group (Israel)", a2="Civilians (Israel)",
           loc=L("Beit She'an", "IL", "Northern", 1), fat=1),
        ev("vehicle ramming and stabbing attack", sub="attack",
           a1="Unidentified Armed Group (Israel)", a2="Civilians (Israel)",
           loc=L("Afula", "IL", "Northern", 1), fat=1)],
    "portal-2025-12-29-33": [],
    "portal-2025-12-29-35": [
        ev("open fire", sub="attack", a1="Jalisco New Generation Cartel", a2="Civilians (Mexico)",
           loc=L("Zapopan", "MX", "Jalisco", 1), fat=3)],
    "portal-2025-12-29-43": [],
    "portal-2026-01-01-39": [
        ev("clashes", sub="violentdemo", a1="Rioters (Iran)", a2="Police Forces of Iran",
           loc=L("Azna", "IR", "Lorestan", 1), fat=3),
        ev("clashes", sub="violentdemo", a1="Rioters (Iran)", a2="Police Forces of Iran",
           loc=L("Lordegan", "IR", "Chaharmahal and Bakhtiari", 1), fat=2)],
    "portal-2026-01-03-25": [
        ev("arson attack", sub="loot", a1="Unidentified Armed Group (Germany)", a2=None,
           loc=L("Lichterfelde", "DE", "Berlin", 1))],
    "portal-2026-01-12-48": [],
    "portal-2026-01-12-52": [],
    "portal-2026-01-20-43": [
        ev("protest", sub="peaceful", a1="Protesters (Germany)", loc=L("Bremen", "DE", "Bremen", 1)),
        ev("protest", sub="peaceful", a1="Protesters (Germany)",
           loc=L("Dortmund", "DE", "North Rhine-Westphalia", 1)),
        ev("protest", sub="peaceful", a1="Protesters (Germany)", loc=L("Frankfurt", "DE", "Hesse", 1)),
        ev("clashes", sub="clash", a1="Military Forces of Syria", a2="Syrian Democratic Forces",
           loc=L("Northeastern Syria", "SY", None, 3), date=None, bg=True)],
    "portal-2026-01-22-60": [
        ev("school shooting", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Ntabankulu", "ZA", "Eastern Cape", 1), fat=3)],
    "portal-2026-01-23-44": [
        ev("detain", sub="arrest", a1="Government of Kosovo", a2="Civilians (Kosovo)",
           loc=L("Kosovo", "XK", None, 4))],
    "portal-2026-01-23-46": [],
    "portal-2026-01-26-14": [
        ev("clashes", sub="clash", a1="People's Defense Units", a2="Military Forces of Syria",
           loc=L("Kobani", "SY", "Aleppo", 2)),
        ev("clashes", sub="clash", a1="People's Defense Units", a2="Military Forces of Syria",
           loc=L("Qamishli", "SY", "Al-Hasakah", 2))],
    "portal-2026-01-26-53": [],
    "portal-2026-02-06-60": [],
    "portal-2026-02-08-61": [],
    "portal-2026-02-12-42": [
        ev("shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Orangeburg", "US", "South Carolina", 1), fat=2)],
    "portal-2026-02-17-44": [
        ev("is arrested", sub="arrest", a1="Police Forces of the United States",
           a2="Civilians (United States)", loc=L("Washington, D.C.", "US", "District of Columbia", 1))],
    "portal-2026-02-19-13": [
        ev("drone attack", sub="air", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("South Kordofan", "SD", "South Kordofan", 3), fat=3)],
    "portal-2026-03-03-23": [],
    "portal-2026-03-03-41": [
        ev("struck by a Ukrainian naval drone", sub="air", a1="Military Forces of Ukraine",
           a2="Civilians (Russia)", loc=None)],
    "portal-2026-03-06-23": [
        ev("thwarted", sub="disrupt", a1="Police Forces of Azerbaijan",
           a2="Islamic Revolutionary Guard Corps", loc=L("Azerbaijan", "AZ", None, 4), mod="foiled")],
    "portal-2026-03-06-25": [
        ev("intercept", sub="disrupt", a1="Military Forces of Bahrain", a2=IRN,
           loc=L("Bahrain", "BH", None, 4), mod="foiled")],
    "portal-2026-03-06-59": [
        ev("detain", sub="arrest", a1="Police Forces of Russia", a2="Civilians (Iran)",
           loc=L("Moscow", "RU", "Moscow", 1)),
        ev("killing", sub="attack", a1=None, a2="Government of Iran", loc=None, date=None,
           fat=1, bg=True)],
    "portal-2026-03-12-20": [
        ev("targeted by several drones", sub="air", a1=None, a2="Civilians (Kuwait)",
           loc=L("Kuwait International Airport", "KW", "Farwaniya", 1), fat=0)],
    "portal-2026-03-12-78": [],
    "portal-2026-03-13-21": [],
    "portal-2026-03-14-19": [
        ev("drone attack", sub="air", a1=None, a2="Civilians (United Arab Emirates)",
           loc=L("Port of Fujairah", "AE", "Fujairah", 1)),
        ev("intercepted", sub="disrupt", a1="Military Forces of the United Arab Emirates", a2=None,
           loc=L("United Arab Emirates", "AE", None, 4), mod="foiled")],
    "portal-2026-03-16-40": [
        ev("suicide bombings", sub="suicide", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Maiduguri", "NG", "Borno", 1), fat=23)],
    "portal-2026-03-16-83": [],
    "portal-2026-03-18-25": [
        ev("missile fragments strike", sub="shell", a1=IRN, a2=CPS,
           loc=L("Beit Awwa", "PS", "West Bank", 1), fat=4)],
    "portal-2026-03-19-19": [],
    "portal-2026-03-19-22": [],
    "portal-2026-03-21-31": [
        ev("artillery strike", sub="shell", a1="Military Forces of Ukraine", a2="Civilians (Russia)",
           loc=L("Belgorod Oblast", "RU", "Belgorod Oblast", 3), fat=2)],
    "portal-2026-03-21-56": [
        ev("Anti-war protests", sub="peaceful", a1="Protesters (Canada)",
           loc=L("St. John's", "CA", "Newfoundland and Labrador", 1)),
        ev("diaspora protests", sub="peaceful", a1="Protesters (Canada)",
           loc=L("St. John's", "CA", "Newfoundland and Labrador", 1))],
    "portal-2026-03-26-32": [],
    "portal-2026-03-28-19": [
        ev("drone strikes", sub="air", a1=None, a2="Civilians (Kuwait)",
           loc=L("Kuwait International Airport", "KW", "Farwaniya", 1))],
    "portal-2026-03-28-52": [
        ev("clashes", sub="clash", a1="Unidentified Armed Group (India)",
           a2="Unidentified Armed Group (India)", loc=L("Kamjong", "IN", "Manipur", 2), fat=4)],
    "portal-2026-03-30-73": [
        ev("arrested", sub="arrest", a1="Police Forces of Bahrain", a2="Civilians (Bahrain)",
           loc=L("Bahrain", "BH", None, 4))],
    "portal-2026-04-01-19": [
        ev("drone interception", sub="disrupt", a1="Military Forces of the United Arab Emirates",
           a2=None, loc=L("Fujairah", "AE", "Fujairah", 1), fat=1, mod="foiled")],
    "portal-2026-04-01-22": [],
    "portal-2026-04-01-24": [
        ev("missile barrage", sub="shell", a1=IRN, a2="Civilians (Israel)",
           loc=L("Israel", "IL", None, 4))],
    "portal-2026-04-01-59": [],
    "portal-2026-04-04-35": [],
    "portal-2026-04-04-70": [],
    "portal-2026-04-06-15": [
        ev("drone strike", sub="air", a1=IRN, a2="Civilians (Iraq)",
           loc=L("Darashakran", "IQ", "Erbil", 2), fat=2)],
    "portal-2026-04-06-46": [
        ev("attacked", sub="air", a1=ISR, a2=IRN,
           loc=L("Mehrabad International Airport", "IR", "Tehran", 1), mod="claimed"),
        ev("two smaller airfields", sub="air", a1=ISR, a2=IRN, loc=L("Iran", "IR", None, 4),
           mod="claimed"),
        ev("two smaller airfields", sub="air", a1=ISR, a2=IRN, loc=L("Iran", "IR", None, 4),
           mod="claimed")],
    "portal-2026-04-07-88": [
        ev("is arrested", sub="arrest", a1="Police Forces of Australia", a2="Civilians (Australia)",
           loc=L("Sydney", "AU", "New South Wales", 1))],
    "portal-2026-04-08-17": [],
    "portal-2026-04-10-26": [],
    "portal-2026-04-12-31": [
        ev("open fire", sub="clash", a1="Balochistan Liberation Army",
           a2="Military Forces of Pakistan", loc=L("Arabian Sea near Iran-Pakistan border", "PK",
           "Balochistan", 2), fat=3)],
    "portal-2026-04-18-22": [],
    "portal-2026-04-18-56": [
        ev("stabbing attack", sub="attack", a1="Unidentified Armed Group (Colombia)",
           a2="Civilians (Colombia)", loc=L("Laches", "CO", "Bogota D.C.", 1), fat=3)],
    "portal-2026-04-19-17": [
        ev("seize control", sub="other", a1=USA, a2="Civilians (Iran)", loc=None)],
    "portal-2026-04-19-20": [],
    "portal-2026-04-20-67": [],
    "portal-2026-04-20-76": [],
    "portal-2026-04-23-21": [
        ev("ceasefire", sub="agree", a1="Government of Israel", a2="Government of Lebanon",
           loc=None)],
    "portal-2026-04-27-57": [
        ev("taken into custody", sub="arrest", a1="Police Forces of Mexico",
           a2="Jalisco New Generation Cartel", loc=L("Nayarit", "MX", "Nayarit", 3))],
    "portal-2026-04-29-63": [],
    "portal-2026-04-30-76": [],
    "portal-2026-05-01-57": [
        ev("Protests and demonstrations", sub="peaceful", a1="Protesters (International)",
           loc=None),
        ev("protests are held against the Iran war", sub="peaceful", a1="Protesters (International)", loc=None)],
    "portal-2026-05-03-22": [
        ev("open fire", sub="attack", a1="Unidentified Armed Group (Colombia)",
           a2="Civilians (Colombia)", loc=L("Cucuta", "CO", "Norte de Santander", 1), fat=4)],
    "portal-2026-05-03-61": [
        ev("shot dead", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (Ethiopia)", loc=L("Johannesburg", "ZA", "Gauteng", 1), date=None, fat=3),
        ev("xenophobic attacks", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (Ethiopia)", loc=L("Johannesburg", "ZA", "Gauteng", 1), date=None, fat=2)],
    "portal-2026-05-07-63": [],
    "portal-2026-05-07-69": [],
    "portal-2026-05-07-71": [],
    "portal-2026-05-07-72": [],
    "portal-2026-05-13-15": [],
    "portal-2026-05-13-22": [
        ev("drone strikes", sub="air", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Ukraine", "UA", None, 4), fat=9)],
    "portal-2026-05-14-72": [],
    "portal-2026-05-14-78": [],
    "portal-2026-05-14-86": [],
    "portal-2026-05-18-19": [],
    "portal-2026-05-18-76": [],
    "portal-2026-05-19-68": [],
    "portal-2026-05-23-21": [],
    "portal-2026-05-23-23": [
        ev("airstrike", sub="air", a1=ISR, a2="Civilians (Lebanon)",
           loc=L("Sir el Gharbiyeh", "LB", "Nabatieh", 1), fat=11)],
    "portal-2026-05-27-17": [
        ev("struck", sub="shell", a1=IRN, a2="Civilians (South Korea)", loc=None,
           date="2026-05", bg=True)],
    "portal-2026-05-27-20": [],
    "portal-2026-05-27-22": [
        ev("defensive strikes", sub="air", a1=USA, a2=IRN,
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 3))],
    "portal-2026-05-27-57": [
        ev("raided", sub="other", a1="Police Forces of Spain", a2="PSOE",
           loc=L("Spain", "ES", None, 4))],
    "portal-2026-05-29-23": [
        ev("attacks", sub="attack", a1="Allied Democratic Forces",
           a2="Civilians (Democratic Republic of Congo)", loc=L("Mambasa", "CD", "Ituri", 2),
           date="2026-05", fat=100)],
    "portal-2026-06-11-15": [],
    "portal-2026-06-11-19": [],
    "portal-2026-06-21-17": [],
    "portal-2026-06-24-56": [],
    "portal-2026-06-28-21": [
        ev("intercept", sub="disrupt", a1="Military Forces of Kuwait", a2=None,
           loc=L("Kuwait", "KW", None, 4), mod="foiled")],
    "portal-2026-06-30-65": [
        ev("open fire", sub="excessive", a1="Police Forces of Kenya", a2="Protesters (Kenya)",
           loc=L("Mathare", "KE", "Nairobi", 1), fat=1)],
    "portal-2026-07-08-25": [
        ev("airstrikes", sub="air", a1=USA, a2="Civilians (Iran)", loc=L("Iran", "IR", None, 4),
           date="P", fat=7),
        ev("killed in the last two days", sub="air", a1=USA, a2="Civilians (Iran)",
           loc=L("Iran", "IR", None, 4), date="P-1", fat=7)],
    "portal-2026-07-08-35": [
        ev("drone strike", sub="air", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("Omdurman", "SD", "Khartoum", 2), fat=10)],
    "portal-2026-07-08-76": [],
    "portal-2026-07-13-21": [
        ev("strikes", sub="air", a1=USA, a2=None, loc=None)],
    "portal-2026-07-13-83": [],
    "portal-2026-07-14-21": [
        ev("struck a navy vessel", sub="air", a1=IRN, a2="Military Forces of Kuwait",
           loc=L("Kuwait", "KW", None, 4)),
        ev("intercept", sub="disrupt", a1="Military Forces of Kuwait", a2=IRN,
           loc=L("Kuwait", "KW", None, 4), mod="foiled")],
    "portal-2026-07-16-63": [],
    "portal-2026-07-17-23": [
        ev("targeted", sub="air", a1="Islamic Revolutionary Guard Corps", a2=USA,
           loc=L("Al-Tanf", "SY", "Homs", 1), mod="claimed"),
        ev("killing of Iranian soldiers", sub="air", a1=USA, a2=IRN,
           loc=L("Iranshahr", "IR", "Sistan and Baluchestan", 1), date=None, bg=True)],
    "portal-2026-07-17-27": [
        ev("destroyed", sub="air", a1=USA, a2="Islamic Revolutionary Guard Corps",
           loc=L("Chabahar", "IR", "Sistan and Baluchestan", 1), date="P-1")],
    "portal-2026-07-17-84": [],
    "portal-2026-07-18-25": [
        ev("hitting mines", sub="ied", a1=None, a2=None, loc=None, mod="claimed")],
    "portal-2026-07-18-67": [],
    "portal-2026-07-20-81": [],
    "portal-2026-08-09-53": [],
    "portal-2026-08-20-55": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X13.jsonl"), os.path.join(HERE, "coded-X13.jsonl"),
        require_all="--final" in sys.argv)
