#!/usr/bin/env python3
"""Annotator X14: hand codes for batch-X14.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X14.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
IL_ = "Military Forces of Israel"
RU_ = "Military Forces of Russia"
US_ = "Military Forces of United States"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
GAZA_CITY = L("Gaza City", "PS", "Gaza Strip", 1)
TEHRAN = L("Tehran", "IR", "Tehran", 1)
SLEB = L("Southern Lebanon", "LB", None, 3)

CODES = {
    "portal-2020-12-20-49": [],
    # judicial execution after conviction: treated as a sentence, not coded
    "portal-2025-01-05-37": [],
    "portal-2025-01-05-45": [],
    "portal-2025-01-06-70": [],
    "portal-2025-01-06-72": [],
    "portal-2025-01-09-13": [
        ev("capture", sub="arrest", a1="Military Forces of Puntland",
           a2="Islamic State (Somalia)", loc=L("Bari", "SO", "Bari", 3)),
        ev("intercepting and destroying", sub="disrupt", mod="foiled",
           a1="Military Forces of Puntland", a2="Islamic State (Somalia)",
           loc=L("Bari", "SO", "Bari", 3))],
    "portal-2025-01-19-14": [
        ev("exchange heavy fire", sub="clash", a1="National Liberation Army",
           a2="FARC dissidents", loc=L("Catatumbo", "CO", "Norte de Santander", 3), fat=80),
        ev("kidnapped", sub="abduct", a1="Unidentified Armed Group (Colombia)",
           a2="Civilians (Colombia)", loc=L("Catatumbo", "CO", "Norte de Santander", 3)),
        ev("killing civilians", sub="attack", a1="FARC dissidents", a2="Civilians (Colombia)",
           loc=L("Catatumbo", "CO", "Norte de Santander", 3), date=None, mod="claimed",
           bg=True)],
    "portal-2025-01-20-56": [],
    "portal-2025-01-23-31": [],
    "portal-2025-01-26-23": [
        ev("suicide bombing", sub="suicide", a1="Islamic State West Africa Province",
           a2="Military Forces of Nigeria", loc=L("Malam-Fatori", "NG", "Borno", 1), fat=27)],
    "portal-2025-02-05-15": [
        ev("seize", sub="disrupt", a1="Puntland Maritime Police Force",
           loc=L("Qaw", "SO", "Bari", 2))],
    "portal-2025-02-05-51": [],
    "portal-2025-02-05-60": [],
    "portal-2025-02-20-15": [
        ev("looted", sub="loot", a1="Military Forces of the Democratic Republic of Congo",
           a2="Civilians (Democratic Republic of Congo)",
           loc=L("Lubero", "CD", "North Kivu", 1))],
    "portal-2025-02-24-20": [
        ev("announce the formation", sub="change", a1="Suwayda Military Council",
           loc=L("As-Suwayda", "SY", "As-Suwayda", 3))],
    "portal-2025-03-01-31": [
        ev("announces a ceasefire", sub="agree", a1="Kurdistan Workers' Party",
           a2="Government of Turkey", loc=None)],
    "portal-2025-03-03-29": [
        ev("drives into a crowd", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Mannheim", "DE", "Baden-Württemberg", 1), fat=2)],
    "portal-2025-03-07-30": [
        ev("shoot at each other", sub="clash", a1="Los Tiguerones", a2="Los Tiguerones",
           loc=L("Guayaquil", "EC", "Guayas", 1), fat=22)],
    "portal-2025-03-10-14": [],
    "portal-2025-03-10-48": [
        ev("sign a ceasefire", sub="agree", a1="Government of Syria",
           a2="Syrian Democratic Forces", loc=None)],
    "portal-2025-03-11-27": [
        ev("retook", sub="govregain", a1=RU_, a2="Military Forces of Ukraine",
           loc=L("Kursk Oblast", "RU", "Kursk", 3))],
    "portal-2025-03-11-74": [],
    "portal-2025-03-15-46": [],
    "portal-2025-03-15-52": [
        ev("try to stop the meeting", sub="peaceful", a1="Protesters (Indonesia)",
           loc=L("Central Jakarta", "ID", "Jakarta", 1))],
    "portal-2025-03-19-58": [
        ev("Protests", sub="peaceful", a1="Protesters (Turkey)",
           loc=L("Istanbul", "TR", "Istanbul", 1)),
        ev("arrest", sub="arrest", a1="Police Forces of Turkey",
           a2="Republican People's Party", loc=L("Turkey", "TR", None, 4), date=None,
           bg=True)],
    "portal-2025-03-21-15": [],
    "portal-2025-03-21-52": [],
    "portal-2025-04-02-70": [],
    "portal-2025-04-06-22": [
        ev("airstrikes", sub="air", a1=US_, a2="Houthis",
           loc=L("Saada", "YE", "Saada", 1), fat=4)],
    "portal-2025-04-15-13": [
        ev("Russian airstrike", sub="air", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Sumy", "UA", "Sumy Oblast", 1), date=None, bg=True)],
    "portal-2025-04-28-18": [
        ev("Houthi attack", sub="shell", a1="Houthis", a2=US_, loc=None, mod="attempted")],
    "portal-2025-04-28-45": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (China)",
           a2="Civilians (China)", loc=L("Tianjin", "CN", "Tianjin", 1), fat=2)],
    "portal-2025-05-03-17": [
        ev("abducted", sub="abduct", a1="Hamas", a2="Civilians (Israel)", loc=None,
           date=None, bg=True)],
    "portal-2025-05-15-43": [
        ev("arrested", sub="arrest", a1="Police Forces of Russia", a2="Civilians (Russia)",
           loc=L("Russia", "RU", None, 4), date="P-1")],
    "portal-2025-05-18-22": [
        ev("car bombing", sub="ied", a1="Unidentified Armed Group (Syria)",
           a2="Police Forces of Syria", loc=L("Mayadin", "SY", "Deir ez-Zor", 1), fat=3)],
    "portal-2025-05-18-42": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)",
           loc=L("Bielefeld", "DE", "North Rhine-Westphalia", 1))],
    "portal-2025-05-18-50": [],
    "portal-2025-05-18-53": [],
    "portal-2025-05-20-48": [
        ev("An attack", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Government of Mexico", loc=L("Mexico City", "MX", "Mexico City", 1), fat=2)],
    "portal-2025-05-20-49": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (Finland)",
           a2="Civilians (Finland)", loc=L("Pirkkala", "FI", "Pirkanmaa", 1))],
    "portal-2025-05-25-26": [],
    "portal-2025-05-29-44": [
        ev("demonstrate", sub="peaceful", a1="Protesters (Nepal)",
           loc=L("Kathmandu", "NP", "Bagmati", 1))],
    "portal-2025-06-01-17": [
        ev("drone attacks", sub="air", a1="Military Forces of Ukraine", a2=RU_,
           loc=L("Russia", "RU", None, 4))],
    "portal-2025-06-03-53": [
        ev("escape", sub="other", a1="West Papua National Liberation Army",
           a2="Government of Indonesia", loc=L("Nabire", "ID", "Central Papua", 1))],
    "portal-2025-06-07-15": [
        ev("killed", sub="air", a1=IL_, a2="Mujahideen Brigades", loc=None, fat=1),
        ev("abductions", sub="abduct", a1="Mujahideen Brigades", a2="Civilians (Israel)",
           loc=None, date="2023-10-07", bg=True)],
    "portal-2025-06-19-39": [
        ev("arrests", sub="arrest", a1="Government of Rwanda",
           a2="United Democratic Forces", loc=L("Rwanda", "RW", None, 4))],
    "portal-2025-06-23-15": [
        ev("strikes", sub="air", a1=IL_, a2="Civilians (Iran)", loc=TEHRAN)],
    "portal-2025-06-23-19": [
        ev("intercepted", sub="disrupt", mod="foiled", a1="Military Forces of Qatar",
           a2=None, loc=L("Al Udeid Air Base", "QA", "Al Rayyan", 1), fat=0)],
    "portal-2025-06-26-35": [],
    "portal-2025-06-28-30": [
        ev("gather", sub="peaceful", a1="Protesters (Hungary)",
           loc=L("Budapest", "HU", "Budapest", 1))],
    "portal-2025-06-28-33": [],
    "portal-2025-06-29-13": [
        ev("launch", sub="air", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Ukraine", "UA", None, 4))],
    "portal-2025-06-29-30": [
        ev("shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("New York City", "US", "New York", 1))],
    "portal-2025-06-30-44": [
        ev("are found", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Culiacán", "MX", "Sinaloa", 2), fat=20)],
    "portal-2025-07-03-13": [
        ev("airstrikes", sub="air", a1=IL_, a2="Civilians (Palestine)", loc=GAZA, fat=94)],
    "portal-2025-07-16-45": [],
    "portal-2025-07-17-26": [],
    "portal-2025-07-20-15": [
        ev("recaptures", sub="nsaover", a1="Al-Shabaab", a2="Military Forces of Somalia",
           loc=L("Sabiid", "SO", "Lower Shabelle", 1)),
        ev("recaptures", sub="nsaover", a1="Al-Shabaab", a2="Military Forces of Somalia",
           loc=L("Anole", "SO", "Lower Shabelle", 1))],
    "portal-2025-07-25-31": [
        ev("enter the city of Pokrovsk", sub="clash", a1=RU_, a2="Military Forces of Ukraine",
           loc=L("Pokrovsk", "UA", "Donetsk Oblast", 1)),
        ev("enter the city of Kupiansk", sub="clash", a1=RU_, a2="Military Forces of Ukraine",
           loc=L("Kupiansk", "UA", "Kharkiv Oblast", 1))],
    "portal-2025-07-29-43": [
        ev("killing", sub="attack", a1="Unidentified Armed Group (Lebanon)",
           a2="United Nations Interim Force in Lebanon", loc=L("Beirut", "LB", "Beirut", 1),
           fat=1, date=None, bg=True)],
    "portal-2025-08-05-32": [],
    "portal-2025-08-05-36": [],
    "portal-2025-08-12-34": [
        ev("taken into custody", sub="arrest", a1="Government of South Korea",
           a2="Civilians (South Korea)", loc=L("Seoul", "KR", "Seoul", 1))],
    "portal-2025-09-13-32": [],
    "portal-2025-09-13-35": [],
    "portal-2025-09-13-40": [
        ev("protest against illegal immigration", sub="peaceful",
           a1="Protesters (United Kingdom)", loc=L("London", "GB", "England", 1)),
        ev("counter-protests", sub="peaceful", a1="Protesters (United Kingdom)",
           loc=L("London", "GB", "England", 1))],
    "portal-2025-09-24-51": [
        ev("turn violent", sub="violentdemo", a1="Rioters (India)",
           loc=L("Ladakh", "IN", "Ladakh", 3), fat=4)],
    "portal-2025-09-29-16": [
        ev("Israeli attacks", sub="air", a1=IL_, a2="Civilians (Palestine)", loc=GAZA, fat=39)],
    "portal-2025-09-29-57": [],
    "portal-2025-10-04-14": [
        ev("Israeli attacks", sub="air", a1=IL_, a2="Civilians (Palestine)", loc=GAZA, fat=35),
        ev("Israeli attacks", sub="air", a1=IL_, a2="Civilians (Palestine)", loc=GAZA_CITY,
           fat=35)],
    "portal-2025-10-04-23": [
        ev("drone strikes", sub="air", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Shostka", "UA", "Sumy Oblast", 1), fat=1)],
    "portal-2025-10-04-58": [],
    "portal-2025-10-05-17": [
        ev("Russian attack", sub="shell", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Lviv", "UA", "Lviv Oblast", 1), fat=5)],
    "portal-2025-10-05-39": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Jamaica)",
           a2="Civilians (Jamaica)", loc=L("Commodore", "JM", "Saint Catherine", 1), fat=5)],
    "portal-2025-10-05-46": [],
    "portal-2025-10-05-48": [],
    "portal-2025-10-12-20": [
        ev("shot and killed", sub="attack", a1="Doghmush Clan", a2="Civilians (Palestine)",
           loc=GAZA_CITY, fat=1),
        ev("shootouts", sub="clash", a1="Hamas", a2="Doghmush Clan", loc=GAZA_CITY)],
    "portal-2025-10-13-16": [
        ev("publicly executes", sub="attack", a1="Hamas", a2="Civilians (Palestine)",
           loc=GAZA_CITY, fat=8)],
    "portal-2025-10-14-54": [
        ev("military coup", sub="other", a1="Military Forces of Madagascar",
           a2="Government of Madagascar", loc=L("Madagascar", "MG", None, 4), date=None,
           bg=True)],
    "portal-2025-10-15-14": [
        ev("airstrikes", sub="air", a1="Military Forces of Pakistan", a2=None,
           loc=L("Kabul", "AF", "Kabul", 1)),
        ev("agree to a 48-hour ceasefire", sub="agree", a1="Government of Pakistan",
           a2="Government of Afghanistan", loc=None)],
    "portal-2025-10-15-48": [
        ev("explosions", sub="ied", a1="Unidentified Armed Group (Ukraine)", a2=None,
           loc=None, date=None, bg=True)],
    "portal-2025-10-22-20": [
        ev("operation", sub="clash", a1=RU_, a2="Unidentified Armed Group (Russia)",
           loc=L("Stavropol", "RU", "Stavropol Krai", 1), fat=3)],
    "portal-2025-10-22-42": [],
    "portal-2025-10-26-19": [
        ev("Israeli airstrikes", sub="air", a1=IL_, a2="Civilians (Lebanon)",
           loc=L("An-Naqoura", "LB", "South Lebanon", 1), fat=2),
        ev("Israeli airstrikes", sub="air", a1=IL_, a2="Civilians (Lebanon)",
           loc=L("Baalbek", "LB", "Baalbek-Hermel", 1), fat=1),
        ev("drops a grenade", sub="grenade", a1=IL_,
           a2="United Nations Interim Force in Lebanon",
           loc=L("Kfar Kila", "LB", "Nabatieh", 1), fat=0)],
    "portal-2025-11-09-42": [],
    "portal-2025-11-10-17": [
        ev("attack", sub="attack", a1="Tehrik-i-Taliban Pakistan", a2="Civilians (Pakistan)",
           loc=L("South Waziristan District", "PK", "Khyber Pakhtunkhwa", 2), fat=3)],
    "portal-2025-11-10-57": [],
    "portal-2025-11-14-55": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)",
           loc=L("Saint Helena Island", "US", "South Carolina", 1), fat=4,
           date="2025-10", bg=True)],
    "portal-2025-11-14-61": [],
    "portal-2025-11-16-29": [],
    "portal-2025-11-30-38": [],
    "portal-2025-12-01-67": [],
    "portal-2025-12-07-14": [],
    "portal-2025-12-07-37": [],
    "portal-2025-12-16-13": [],
    "portal-2025-12-16-35": [
        ev("places about 30 suspects", sub="arrest", a1="Government of Benin",
           a2="Military Forces of Benin", loc=L("Benin", "BJ", None, 4)),
        ev("failed coup attempt", sub="other", a1="Military Forces of Benin",
           a2="Government of Benin", loc=L("Benin", "BJ", None, 4), mod="attempted",
           date=None, bg=True)],
    "portal-2025-12-24-18": [
        ev("explosive device", sub="ied", a1="Unidentified Armed Group (Russia)",
           a2="Police Forces of Russia", loc=L("Moscow", "RU", "Moscow", 1), fat=3),
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Russia)", a2=RU_,
           loc=L("Moscow", "RU", "Moscow", 1), fat=1, date="P-2", bg=True)],
    "portal-2025-12-24-33": [],
    "portal-2025-12-28-35": [
        ev("massacre", sub="attack", a1="Military Forces of Iraq", a2="Civilians (Iraq)",
           loc=None, date=None, bg=True)],
    "portal-2026-01-03-15": [
        ev("are captured", sub="arrest", a1=US_, a2="Government of Venezuela",
           loc=L("Venezuela", "VE", None, 4))],
    "portal-2026-01-12-45": [],
    "portal-2026-01-19-60": [
        ev("prison riots", sub="violentdemo", a1="Rioters (Guatemala)",
           a2="Police Forces of Guatemala", loc=L("Guatemala", "GT", None, 4), date=None,
           bg=True),
        ev("attacks on police officers", sub="clash", a1="Unidentified Armed Group (Guatemala)",
           a2="Police Forces of Guatemala", loc=L("Guatemala", "GT", None, 4), fat=9,
           date=None, bg=True)],
    "portal-2026-01-19-64": [
        ev("arrest", sub="arrest", a1="Government of Togo", a2="Civilians (Burkina Faso)",
           loc=L("Lomé", "TG", "Maritime", 1), date="2026-01")],
    "portal-2026-01-19-66": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Czech Republic)",
           a2="Civilians (Czech Republic)", loc=L("Chřibská", "CZ", "Ústí nad Labem", 1),
           fat=2)],
    "portal-2026-01-23-13": [
        ev("airstrike", sub="air", a1=US_, a2="Civilians (International)", loc=None, fat=2)],
    "portal-2026-01-23-40": [],
    "portal-2026-01-23-47": [],
    "portal-2026-01-25-40": [],
    "portal-2026-01-28-47": [
        ev("arrest", sub="arrest", a1="National Intelligence Organization (Turkey)",
           a2="Civilians (Turkey)", loc=L("Turkey", "TR", None, 4))],
    "portal-2026-02-01-39": [],
    "portal-2026-02-08-52": [],
    "portal-2026-02-08-55": [],
    "portal-2026-02-09-50": [
        ev("arrest", sub="arrest", a1="Police Forces of Iran", a2="Reformists Front",
           loc=L("Iran", "IR", None, 4))],
    "portal-2026-02-11-18": [
        ev("attempts to storm", sub="violentdemo", a1="Rioters (Yemen)",
           a2="Police Forces of Yemen", loc=L("Ataq", "YE", "Shabwah", 1), fat=5)],
    "portal-2026-02-14-16": [
        ev("attack", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Puebla", "MX", "Puebla", 1), fat=3)],
    "portal-2026-02-17-18": [
        ev("coordinated shooting attacks", sub="attack", a1="Lakurawa", a2="Civilians (Nigeria)",
           loc=L("Arewa", "NG", "Kebbi", 2), fat=34)],
    "portal-2026-02-18-49": [],
    "portal-2026-02-19-29": [],
    "portal-2026-03-03-25": [
        ev("strikes", sub="air", a1=IL_, a2="Government of Iran", loc=TEHRAN)],
    "portal-2026-03-06-31": [
        ev("launch air-to-surface missiles", sub="air", a1=US_,
           a2="Popular Mobilization Forces", loc=L("Mosul", "IQ", "Nineveh", 2))],
    "portal-2026-03-06-38": [
        ev("airstrikes", sub="air", a1=US_, a2="FARC dissidents",
           loc=L("Ecuador", "EC", None, 4))],
    "portal-2026-03-07-27": [
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Peru)", a2="Civilians (Peru)",
           loc=L("Trujillo", "PE", "La Libertad", 1))],
    "portal-2026-03-07-61": [],
    "portal-2026-03-12-27": [
        ev("Israeli airstrike", sub="air", a1=IL_, a2="Civilians (Lebanon)",
           loc=L("Beirut", "LB", "Beirut", 1), fat=8),
        ev("other attacks", sub="air", a1=IL_, a2="Civilians (Lebanon)",
           loc=L("Lebanon", "LB", None, 4), fat=7)],
    "portal-2026-03-14-24": [],
    "portal-2026-03-14-27": [
        ev("drone strikes", sub="air", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Ukraine", "UA", None, 4), fat=5)],
    "portal-2026-03-14-49": [
        ev("Protests", sub="peaceful", a1="Protesters (Italy)", loc=L("Italy", "IT", None, 4))],
    "portal-2026-03-16-21": [
        ev("drone attacks", sub="air", a1="Military Forces of Iran",
           a2="Civilians (United Arab Emirates)", loc=L("Abu Dhabi", "AE", "Abu Dhabi", 1),
           fat=1),
        ev("is also hit", sub="air", a1="Military Forces of Iran",
           a2="Civilians (United Arab Emirates)", loc=L("Fujairah", "AE", "Fujairah", 1)),
        ev("already attacked two days ago", sub="air", a1="Military Forces of Iran",
           a2="Civilians (United Arab Emirates)", loc=L("Fujairah", "AE", "Fujairah", 1),
           date="P-2", bg=True)],
    "portal-2026-03-16-22": [
        ev("strikes and completely destroys", sub="air", a1=IL_, a2="Government of Iran",
           loc=TEHRAN)],
    "portal-2026-03-16-29": [
        ev("launches a ground operation", sub="clash", a1=IL_, a2="Hezbollah", loc=SLEB)],
    "portal-2026-03-16-38": [
        ev("bombed", sub="air", a1="Military Forces of Pakistan", a2="Civilians (Afghanistan)",
           loc=L("Kabul", "AF", "Kabul", 1), fat=30)],
    "portal-2026-03-18-34": [
        ev("were killed", sub="attack", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("North Kordofan", "SD", "North Kordofan", 3), fat=12)],
    "portal-2026-03-18-39": [
        ev("operation", sub="clash", a1="Military Forces of Nigeria", a2="Boko Haram",
           loc=L("Abadam", "NG", "Borno", 2), fat=60)],
    "portal-2026-03-19-25": [
        ev("drone attack", sub="air", a1="Unidentified Armed Group (Sudan)",
           a2="Civilians (Chad)", loc=L("Tiné", "TD", "Wadi Fira", 1), fat=17,
           date="2026-03-18")],
    "portal-2026-03-21-14": [
        ev("ballistic missile attack", sub="shell", a1="Military Forces of Iran",
           a2="Civilians (Israel)", loc=L("Arad", "IL", "Southern", 1))],
    "portal-2026-03-22-50": [],
    "portal-2026-03-23-56": [],
    "portal-2026-03-26-25": [
        ev("assassinated", sub="air", a1=IL_, a2="Military Forces of Iran", loc=None, fat=1,
           mod="claimed")],
    "portal-2026-03-26-29": [
        ev("killed in action", sub="clash", a1=IL_, a2="Unidentified Armed Group (Lebanon)",
           loc=SLEB, fat=2)],
    "portal-2026-03-26-79": [],
    "portal-2026-03-28-27": [],
    "portal-2026-03-28-35": [
        ev("trying to ignite an improvised explosive device", sub="disrupt", mod="foiled",
           a1="Police Forces of France", a2="Unidentified Armed Group (France)",
           loc=L("Paris", "FR", "Île-de-France", 1))],
    "portal-2026-03-28-50": [
        ev("anti-war protests", sub="intervention", a1="Protesters (Israel)",
           a2="Police Forces of Israel", loc=L("Tel Aviv", "IL", "Tel Aviv", 1)),
        ev("anti-war protests", sub="intervention", a1="Protesters (Israel)",
           a2="Police Forces of Israel", loc=L("Haifa", "IL", "Haifa", 1)),
        ev("Protests are also held", sub="peaceful", a1="Protesters (Israel)",
           loc=L("Jerusalem", "IL", "Jerusalem", 1)),
        ev("Protests are also held", sub="peaceful", a1="Protesters (Israel)",
           loc=L("Beersheba", "IL", "Southern", 1))],
    "portal-2026-03-28-54": [
        ev("is arrested", sub="arrest", a1="Police Forces of Nepal",
           a2="Communist Party of Nepal (Unified Marxist-Leninist)",
           loc=L("Nepal", "NP", None, 4))],
    "portal-2026-03-30-72": [
        ev("school shooting", sub="attack", a1="Unidentified Armed Group (Argentina)",
           a2="Civilians (Argentina)", loc=L("San Cristóbal", "AR", "Santa Fe", 1), fat=1)],
    "portal-2026-03-30-78": [],
    "portal-2026-04-01-25": [
        ev("U.S. strike", sub="air", a1=US_, a2="Civilians (Iran)", loc=TEHRAN)],
    "portal-2026-04-01-31": [
        ev("is intercepted", sub="disrupt", mod="foiled", a1=IL_, a2="Houthis", loc=None)],
    "portal-2026-04-03-24": [],
    "portal-2026-04-03-56": [],
    "portal-2026-04-04-23": [],
    "portal-2026-04-04-69": [],
    "portal-2026-04-06-17": [
        ev("Debris from a missile defense system falls", sub="disrupt", mod="foiled",
           a1="Military Forces of United Arab Emirates", a2=None,
           loc=L("Mussafah", "AE", "Abu Dhabi", 1))],
    "portal-2026-04-06-34": [],
    "portal-2026-04-06-36": [
        ev("airstrike", sub="air", a1=None, a2="Civilians (Iran)", loc=TEHRAN)],
    "portal-2026-04-06-40": [
        ev("killed", sub="air", a1=IL_, a2="Military Forces of Iran", loc=None, fat=1,
           mod="claimed")],
    "portal-2026-04-07-21": [],
    "portal-2026-04-07-40": [
        ev("strike", sub="air", a1=US_, a2="Military Forces of Iran",
           loc=L("Kharg Island", "IR", "Bushehr", 1))],
    "portal-2026-04-08-73": [],
    "portal-2026-04-18-25": [
        ev("attacked", sub="attack", a1="Military Forces of Iran",
           a2="Civilians (International)", loc=None)],
    "portal-2026-04-19-33": [],
    "portal-2026-04-20-22": [
        ev("launches airstrikes", sub="air", a1=IL_, a2="Civilians (Lebanon)", loc=SLEB)],
    "portal-2026-04-26-27": [
        ev("attacks", sub="clash", a1="Unidentified Armed Group (Mali)", a2=None,
           loc=L("Bamako", "ML", "Bamako", 1), date="P-1", bg=True)],
    "portal-2026-04-27-33": [
        ev("mass shooting", sub="attack", a1="Islamic State West Africa Province",
           a2="Civilians (Nigeria)", loc=L("Guyaku", "NG", "Adamawa", 1), fat=29)],
    "portal-2026-04-30-31": [
        ev("operations", sub="clash", a1="Military Forces of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Borno", "NG", "Borno", 3), fat=18)],
    "portal-2026-04-30-65": [],
    "portal-2026-05-01-59": [
        ev("May Day protests", sub="peaceful", a1="Protesters (United States)",
           loc=L("United States", "US", None, 4)),
        ev("demonstrations are held outside", sub="peaceful", a1="Protesters (United States)",
           loc=L("New York City", "US", "New York", 1))],
    "portal-2026-05-07-19": [],
    "portal-2026-05-13-17": [
        ev("drone strikes", sub="air", a1=IL_, a2="Civilians (Lebanon)", loc=SLEB, fat=22)],
    "portal-2026-05-14-15": [],
    "portal-2026-05-14-66": [],
    "portal-2026-05-15-22": [
        ev("Israeli airstrike", sub="air", a1=IL_, a2="Hamas", loc=GAZA_CITY, fat=3)],
    "portal-2026-05-18-26": [
        ev("breaks the siege", sub="clash", a1="Military Forces of Sudan",
           a2="Unidentified Armed Group (Sudan)", loc=L("Dilling", "SD", "South Kordofan", 1))],
    "portal-2026-05-19-69": [],
    "portal-2026-05-27-18": [
        ev("forced a U.S. oil tanker to turn back", sub="other", a1="Military Forces of Iran",
           a2="Civilians (United States)", loc=None)],
    "portal-2026-05-29-43": [],
    "portal-2026-06-14-22": [],
    "portal-2026-06-14-67": [],
    "portal-2026-06-18-25": [],
    "portal-2026-06-18-26": [],
    "portal-2026-06-27-35": [
        ev("recaptured", sub="govregain", a1="Military Forces of Sudan",
           a2="Rapid Support Forces", loc=L("Abu Qamra", "SD", "North Darfur", 1))],
    "portal-2026-06-30-20": [
        ev("killed", sub="air", a1=IL_, a2="Palestinian Islamic Jihad", loc=None, fat=1),
        ev("taking hostages", sub="abduct", a1="Palestinian Islamic Jihad",
           a2="Civilians (Israel)", loc=None, date="2023-10-07", bg=True)],
    "portal-2026-07-08-87": [],
    "portal-2026-07-10-17": [
        ev("killing some abductors", sub="clash", a1="Military Forces of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Oyo State", "NG", "Oyo", 3)),
        ev("arresting eight suspects", sub="arrest", a1="Military Forces of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Oyo State", "NG", "Oyo", 3)),
        ev("abducted", sub="abduct", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Oyo State", "NG", "Oyo", 3), date="2026-05",
           bg=True)],
    "portal-2026-07-13-32": [
        ev("striking", sub="air", a1="Military Forces of Yemen", a2="Houthis",
           loc=L("Sanaa", "YE", "Amanat al-Asimah", 1))],
    "portal-2026-07-13-86": [],
    "portal-2026-07-14-17": [],
    "portal-2026-07-14-70": [],
    "portal-2026-07-16-20": [
        ev("intercepted and destroyed", sub="disrupt", mod="foiled",
           a1="Military Forces of Kuwait", a2=None, loc=L("Kuwait", "KW", None, 4))],
    "portal-2026-07-17-85": [],
    "portal-2026-07-18-30": [
        ev("strikes", sub="air", a1=US_, a2="Military Forces of Iran",
           loc=L("Iran", "IR", None, 4)),
        ev("killed", sub="clash", a1="Unidentified Armed Group (Jordan)", a2=US_,
           loc=L("Jordan", "JO", None, 4), fat=2, date=None, bg=True)],
    "portal-2026-07-20-33": [
        ev("separate strikes", sub="air", a1=IL_, a2="Palestinian Islamic Jihad", loc=GAZA,
           fat=2)],
    "portal-2026-07-20-77": [],
    "portal-2026-08-01-19": [],
    "portal-2026-08-03-20": [
        ev("separate airstrikes", sub="air", a1=IL_, a2="Hamas",
           loc=L("Central Gaza", "PS", "Gaza Strip", 3), fat=1, mod="claimed"),
        ev("separate airstrikes", sub="air", a1=IL_, a2="Hamas",
           loc=L("Shati camp", "PS", "Gaza Strip", 1), fat=1, mod="claimed")],
    "portal-2026-08-13-57": [],
    "portal-2026-08-17-71": [],
    "portal-2026-08-19-58": [],
    "portal-2026-08-21-16": [
        ev("Russian strike", sub="air", a1=RU_, a2="Civilians (Ukraine)",
           loc=L("Mykolaiv Oblast", "UA", "Mykolaiv Oblast", 3), fat=4)],
    "portal-2026-08-21-45": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (Sweden)",
           a2="Civilians (Sweden)", loc=L("Fagersta", "SE", "Västmanland", 1), fat=1)],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X14.jsonl"), os.path.join(HERE, "coded-X14.jsonl"),
        require_all="--final" in sys.argv)
