#!/usr/bin/env python3
"""Annotator X9: hand codes for batch-X9.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X9.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2020-12-20-14": [
        ev("launching intensified attacks", sub="clash", a1="Military Forces of Russia",
           a2="Military Forces of Ukraine", loc=L("Ukraine", "UA", None, 4))],
    "portal-2025-01-02-55": [],
    "portal-2025-01-03-64": [],
    "portal-2025-01-04-41": [],
    "portal-2025-01-06-61": [],
    "portal-2025-01-06-78": [],
    "portal-2025-01-08-46": [],
    "portal-2025-01-18-19": [
        ev("stabs", sub="attack", a1="Unidentified Armed Group (Israel)", a2="Civilians (Israel)",
           loc=L("Tel Aviv", "IL", "Tel Aviv District", 1), fat=1)],
    "portal-2025-01-18-46": [
        ev("holds a protest", sub="peaceful", a1="Protesters (United States)",
           loc=L("Washington, D.C.", "US", "District of Columbia", 1)),
        ev("protests are also held", sub="peaceful", a1="Protesters (United Kingdom)",
           loc=L("United Kingdom", "GB", None, 4))],
    "portal-2025-01-19-34": [
        ev("formally arrested", sub="arrest", a1="Police Forces of South Korea",
           a2="Government of South Korea", loc=L("South Korea", "KR", None, 4))],
    "portal-2025-01-23-18": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=L("Southport", "GB", "England", 1),
           date=None, fat=3, bg=True)],
    "portal-2025-02-17-20": [
        ev("joint airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Islamic State (Somalia)", loc=L("Bari", "SO", "Bari", 3))],
    "portal-2025-02-17-48": [],
    "portal-2025-02-20-14": [],
    "portal-2025-03-04-25": [
        ev("shot down", sub="disrupt", a1="Houthis", a2="Military Forces of the United States",
           loc=L("Al Hudaydah", "YE", "Al Hudaydah", 1), mod="claimed")],
    "portal-2025-03-04-53": [],
    "portal-2025-03-07-14": [
        ev("executed", sub="attack", a1="Military Forces of Syria", a2="Civilians (Syria)",
           loc=L("Latakia", "SY", "Latakia", 3), fat=52),
        ev("clashes broke out", sub="clash", a1="Unidentified Armed Group (Syria)",
           a2="Military Forces of Syria", loc=L("Latakia", "SY", "Latakia", 3), date="P-1")],
    "portal-2025-03-07-17": [],
    "portal-2025-03-11-34": [
        ev("hijacked", sub="abduct", a1="Balochistan Liberation Army", a2="Civilians (Pakistan)",
           loc=L("Pakistan", "PK", None, 4)),
        ev("claims it killed", sub="clash", a1="Balochistan Liberation Army",
           a2="Military Forces of Pakistan", loc=L("Pakistan", "PK", None, 4), fat=30,
           mod="claimed")],
    "portal-2025-03-11-71": [],
    "portal-2025-03-11-75": [],
    "portal-2025-03-15-51": [
        ev("to protest", sub="peaceful", a1="Protesters (Serbia)",
           loc=L("Belgrade", "RS", "Belgrade", 1))],
    "portal-2025-03-19-14": [
        ev("strike", sub="air", a1=None, a2="United Nations", loc=None, fat=1)],
    "portal-2025-03-20-14": [
        ev("attacks", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", None, 3), fat=91)],
    "portal-2025-03-20-41": [
        ev("protests", sub="peaceful", a1="Protesters (Indonesia)",
           loc=L("Indonesia", "ID", None, 4))],
    "portal-2025-03-20-42": [],
    "portal-2025-03-20-49": [],
    "portal-2025-03-21-55": [],
    "portal-2025-04-05-12": [
        ev("missile strike", sub="shell", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kryvyi Rih", "UA", "Dnipropetrovsk Oblast", 1), date="P-1", fat=20)],
    "portal-2025-04-07-43": [],
    "portal-2025-04-07-48": [],
    "portal-2025-04-15-18": [
        ev("roadside bomb", sub="ied", a1="Unidentified Armed Group (Pakistan)",
           a2="Police Forces of Pakistan", loc=L("Mastung", "PK", "Balochistan", 2), fat=3)],
    "portal-2025-04-15-49": [],
    "portal-2025-04-24-15": [
        ev("airstrike", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Nuseirat", "PS", "Deir al-Balah", 1), fat=3),
        ev("today's attacks", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", None, 3), fat=42)],
    "portal-2025-04-30-19": [],
    "portal-2025-05-03-52": [
        ev("rally", sub="peaceful", a1="Protesters (Bangladesh)",
           loc=L("Dhaka", "BD", "Dhaka", 1))],
    "portal-2025-05-18-43": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Halle", "DE", "Saxony-Anhalt", 1))],
    "portal-2025-06-03-43": [
        ev("attacked and beaten up", sub="attack", a1="Unidentified Armed Group (Poland)",
           a2="Civilians (Poland)", loc=L("Koszalin", "PL", "West Pomeranian", 1))],
    "portal-2025-06-03-45": [
        ev("war crimes", sub="attack", a1="Unidentified Armed Group (Syria)", a2="Civilians (Syria)",
           loc=L("Busra al-Sham", "SY", "Daraa", 1), date=None, bg=True)],
    "portal-2025-06-05-16": [
        ev("missile strike", sub="shell", a1="Military Forces of Russia", a2="Government of Ukraine",
           loc=L("Kherson", "UA", "Kherson Oblast", 1))],
    "portal-2025-06-05-23": [
        ev("airstrikes", sub="air", a1="Military Forces of Israel", a2="Hezbollah",
           loc=L("Beirut", "LB", "Beirut", 2))],
    "portal-2025-06-07-18": [
        ev("air attack", sub="air", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kharkiv", "UA", "Kharkiv Oblast", 1), fat=4)],
    "portal-2025-06-08-16": [
        ev("anti-deportation protests", sub="peaceful", a1="Protesters (United States)",
           loc=L("Los Angeles", "US", "California", 1))],
    "portal-2025-06-23-42": [],
    "portal-2025-07-01-36": [
        ev("arrests", sub="arrest", a1="Police Forces of Turkey", a2="Civilians (Turkey)",
           loc=L("Turkey", "TR", None, 4))],
    "portal-2025-07-02-12": [],
    "portal-2025-07-03-38": [],
    "portal-2025-07-06-16": [
        ev("drone strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Bint Jbeil", "LB", "Nabatieh", 1), fat=1),
        ev("drone strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Shebaa", "LB", "Nabatieh", 1), fat=0),
        ev("drone strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Shaqra", "LB", "Nabatieh", 1), fat=0)],
    "portal-2025-07-06-18": [
        ev("attacked", sub="attack", a1="Houthis", a2="Civilians (International)",
           loc=L("Red Sea", "YE", None, 3))],
    "portal-2025-07-13-22": [
        ev("clashes", sub="clash", a1="Military Forces of Syria", a2="Druze Militia (Syria)",
           loc=L("Suwayda", "SY", "As-Suwayda", 1), fat=30)],
    "portal-2025-07-16-17": [
        ev("launch an attack", sub="air", a1="Military Forces of Israel", a2=None,
           loc=L("Suwayda", "SY", "As-Suwayda", 1)),
        ev("scattered clashes", sub="clash", a1="Military Forces of Syria",
           a2="Unidentified Armed Group (Syria)", loc=L("Suwayda", "SY", "As-Suwayda", 1))],
    "portal-2025-07-17-14": [
        ev("tribal violence", sub="clash", a1="Unidentified Clan Militia (Somalia)",
           a2="Unidentified Clan Militia (Somalia)", loc=L("Galgaduud", "SO", "Galgaduud", 3),
           fat=6)],
    "portal-2025-07-19-18": [
        ev("sign a declaration of principles", sub="agree", a1="March 23 Movement",
           a2="Government of the Democratic Republic of the Congo", loc=None)],
    "portal-2025-07-25-23": [],
    "portal-2025-07-26-13": [],
    "portal-2025-07-26-21": [
        ev("drone and cruise missile attack", sub="air", a1="Military Forces of Russia",
           a2="Civilians (Ukraine)", loc=L("Dnipro", "UA", "Dnipropetrovsk Oblast", 1), fat=3)],
    "portal-2025-07-29-22": [
        ev("intercepted", sub="disrupt", a1="Military Forces of Israel", a2="Houthis",
           loc=L("Ben Gurion International Airport", "IL", "Central District", 1), mod="foiled")],
    "portal-2025-08-02-19": [
        ev("drone attacks", sub="air", a1="Military Forces of Ukraine", a2="Civilians (Russia)",
           loc=L("Penza Oblast", "RU", "Penza Oblast", 3), fat=1),
        ev("drone attacks", sub="air", a1="Military Forces of Ukraine", a2="Civilians (Russia)",
           loc=L("Samara Oblast", "RU", "Samara Oblast", 3), fat=1),
        ev("drone attacks", sub="air", a1="Military Forces of Ukraine", a2="Civilians (Russia)",
           loc=L("Rostov Oblast", "RU", "Rostov Oblast", 3), fat=1)],
    "portal-2025-08-05-37": [],
    "portal-2025-08-20-19": [
        ev("MLRS rocket strike", sub="shell", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kostiantynivka", "UA", "Donetsk Oblast", 1), fat=3)],
    "portal-2025-08-22-26": [
        ev("suicide bombing", sub="suicide", a1="Islamic State", a2=None,
           loc=L("Deir ez-Zor", "SY", "Deir ez-Zor", 1), fat=3)],
    "portal-2025-08-22-42": [
        ev("stabbing incident", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (Ukraine)", loc=L("Charlotte", "US", "North Carolina", 1), fat=1)],
    "portal-2025-08-31-14": [
        ev("airstrike", sub="air", a1="Military Forces of Israel", a2="Hamas",
           loc=L("Gaza City", "PS", "Gaza", 1), date="P-1", fat=1)],
    "portal-2025-09-11-57": [],
    "portal-2025-09-13-42": [],
    "portal-2025-09-30-20": [
        ev("suicide car bombing", sub="suicide", a1="Unidentified Armed Group (Pakistan)",
           a2="Military Forces of Pakistan", loc=L("Quetta", "PK", "Balochistan", 1), fat=14)],
    "portal-2025-09-30-50": [],
    "portal-2025-10-01-21": [
        ev("makes further gains", sub="clash", a1="Rapid Support Forces",
           a2="Military Forces of Sudan", loc=L("El Fasher", "SD", "North Darfur", 1))],
    "portal-2025-10-01-56": [],
    "portal-2025-10-04-20": [
        ev("attack", sub="clash", a1="Al-Shabaab", a2="Military Forces of Somalia",
           loc=L("Mogadishu", "SO", "Banaadir", 1), fat=7)],
    "portal-2025-10-14-49": [
        ev("intentional explosion", sub="ied", a1="Unidentified Armed Group (Italy)",
           a2="Police Forces of Italy", loc=L("Castel d'Azzano", "IT", "Veneto", 1), fat=3)],
    "portal-2025-10-15-56": [],
    "portal-2025-10-22-22": [
        ev("airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Civilians (International)", loc=None, fat=3),
        ev("airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Civilians (International)", loc=None, fat=2)],
    "portal-2025-10-23-14": [
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("eastern Lebanon", "LB", None, 3), fat=2),
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("southern Lebanon", "LB", None, 3), fat=2)],
    "portal-2025-10-23-33": [],
    "portal-2025-10-23-37": [],
    "portal-2025-10-26-53": [
        ev("withdrawing its fighters", sub="change", a1="Kurdistan Workers' Party",
           loc=L("Turkey", "TR", None, 4), plover="RETREAT")],
    "portal-2025-10-27-17": [
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", None, 3), fat=8)],
    "portal-2025-10-27-49": [],
    "portal-2025-11-03-60": [
        ev("armed confrontation", sub="clash", a1="Military Forces of Mexico",
           a2="Unidentified Armed Group (Mexico)", loc=L("Guasave", "MX", "Sinaloa", 1), fat=13)],
    "portal-2025-11-03-62": [
        ev("attacked", sub="attack", a1="Unidentified Armed Group (Somalia)",
           a2="Civilians (International)", loc=L("Mogadishu", "SO", "Banaadir", 2))],
    "portal-2025-11-10-55": [],
    "portal-2025-11-14-13": [
        ev("attack", sub="attack", a1="Allied Democratic Forces",
           a2="Civilians (Democratic Republic of the Congo)", loc=L("Lubero", "CD", "North Kivu", 1),
           fat=17)],
    "portal-2025-11-27-69": [],
    "portal-2025-11-30-34": [
        ev("Massive protests", sub="peaceful", a1="Protesters (Philippines)",
           loc=L("Philippines", "PH", None, 4))],
    "portal-2025-12-07-13": [
        ev("precision airstrikes", sub="air", a1="Military Forces of Nigeria",
           a2="Mutiny of Military Forces of Benin", loc=L("Cotonou", "BJ", "Littoral", 1), fat=10)],
    "portal-2025-12-10-13": [
        ev("seizes an oil tanker", sub="other", a1="Military Forces of the United States",
           a2="Civilians (International)", loc=L("Venezuela", "VE", None, 4))],
    "portal-2025-12-11-49": [],
    "portal-2025-12-24-17": [
        ev("suicide bombing", sub="suicide", a1="Boko Haram", a2="Civilians (Nigeria)",
           loc=L("Maiduguri", "NG", "Borno", 1), fat=6)],
    "portal-2025-12-28-44": [],
    "portal-2025-12-28-47": [],
    "portal-2026-01-03-13": [
        ev("airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Military Forces of Venezuela", loc=L("Caracas", "VE", "Distrito Capital", 2), fat=40)],
    "portal-2026-01-12-17": [
        ev("detains", sub="arrest", a1="Military Forces of Bangladesh",
           a2="Arakan Rohingya Salvation Army", loc=L("Bangladesh", "BD", None, 4))],
    "portal-2026-01-12-46": [],
    "portal-2026-01-13-15": [
        ev("clashes", sub="clash", a1="Unidentified Armed Group (Chad)", a2="Military Forces of Chad",
           loc=L("Korbol", "TD", "Moyen-Chari", 1), fat=6)],
    "portal-2026-01-13-40": [],
    "portal-2026-01-19-18": [
        ev("re-enter", sub="transfer",
           a1="Military Forces of the Democratic Republic of the Congo", a2="March 23 Movement",
           loc=L("Uvira", "CD", "South Kivu", 1)),
        ev("held for about a month", sub="nsaover", a1="March 23 Movement",
           a2="Military Forces of the Democratic Republic of the Congo",
           loc=L("Uvira", "CD", "South Kivu", 1), date=None, bg=True)],
    "portal-2026-01-22-63": [
        ev("Kurdish demonstration", sub="peaceful", a1="Protesters (Belgium)",
           loc=L("Antwerp", "BE", "Flanders", 1)),
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (Belgium)",
           a2="Protesters (Belgium)", loc=L("Antwerp", "BE", "Flanders", 1))],
    "portal-2026-01-26-21": [
        ev("kill a village chief and a teacher", sub="attack", a1="Al-Shabaab",
           a2="Civilians (Kenya)", loc=L("Garissa County", "KE", "Garissa", 3), fat=2)],
    "portal-2026-02-01-18": [
        ev("raid", sub="clash", a1="Military Forces of Nigeria", a2="Boko Haram",
           loc=L("Borno State", "NG", "Borno", 3), fat=11)],
    "portal-2026-02-06-17": [
        ev("detonates explosives", sub="suicide", a1="Islamic State", a2="Military Forces of Iraq",
           loc=L("Al-Qa'im District", "IQ", "Al Anbar", 2), fat=1)],
    "portal-2026-02-06-46": [],
    "portal-2026-02-06-58": [],
    "portal-2026-02-06-65": [],
    "portal-2026-02-08-41": [
        ev("kidnapped", sub="abduct", a1="Unidentified Armed Group (Venezuela)",
           a2="Civilians (Venezuela)", loc=L("Caracas", "VE", "Distrito Capital", 1))],
    "portal-2026-02-09-13": [
        ev("airstrike", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza City", "PS", "Gaza", 1), fat=4)],
    "portal-2026-02-09-15": [
        ev("drone strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Yanouh", "LB", "South", 1), fat=3)],
    "portal-2026-02-09-18": [
        ev("capturing", sub="nsaover", a1="Military Forces of Russia", a2="Military Forces of Ukraine",
           loc=L("Petropavlivka", "UA", "Kharkiv Oblast", 1)),
        ev("capturing", sub="nsaover", a1="Military Forces of Russia", a2="Military Forces of Ukraine",
           loc=L("Stepova Novoselivka", "UA", "Kharkiv Oblast", 1))],
    "portal-2026-02-11-20": [
        ev("shoot at a landing Smart Air flight", sub="attack",
           a1="Unidentified Armed Group (Indonesia)", a2="Civilians (Indonesia)",
           loc=L("Boven Digoel Regency", "ID", "South Papua", 2), fat=2),
        ev("convoy is attacked", sub="attack", a1="Unidentified Armed Group (Indonesia)",
           a2="Civilians (Indonesia)", loc=L("Boven Digoel Regency", "ID", "South Papua", 2), fat=1)],
    "portal-2026-02-13-35": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Raleigh", "US", "North Carolina", 1),
           date=None, fat=5, bg=True)],
    "portal-2026-02-17-43": [
        ev("shooting", sub="attack", a1="Unidentified Armed Group (Mexico)", a2="Civilians (Mexico)",
           loc=L("San Francisco del Rincón", "MX", "Guanajuato", 1), fat=2)],
    "portal-2026-02-18-14": [],
    "portal-2026-02-18-47": [],
    "portal-2026-02-25-41": [
        ev("killing", sub="attack", a1="Unidentified Armed Group (Brazil)", a2="Civilians (Brazil)",
           loc=L("Rio de Janeiro", "BR", "Rio de Janeiro", 1), date=None, fat=2, bg=True)],
    "portal-2026-03-03-37": [
        ev("separate attacks", sub="clash", a1="Islamic State West Africa Province",
           a2="Military Forces of Nigeria", loc=L("Gwoza", "NG", "Borno", 1), fat=8),
        ev("separate attacks", sub="clash", a1="Islamic State West Africa Province",
           a2="Military Forces of Nigeria", loc=L("Gwoza", "NG", "Borno", 1), fat=7)],
    "portal-2026-03-06-16": [
        ev("rally", sub="peaceful", a1="Protesters (Yemen)",
           loc=L("Sanaa", "YE", "Amanat Al Asimah", 1))],
    "portal-2026-03-12-15": [
        ev("hit", sub="shell", a1=None, a2="Civilians (International)",
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 2))],
    "portal-2026-03-14-40": [
        ev("explosion", sub="ied", a1="Unidentified Armed Group (Netherlands)",
           a2="Civilians (Netherlands)", loc=L("Amsterdam", "NL", "North Holland", 1), fat=0)],
    "portal-2026-03-14-48": [
        ev("Anti-war protests", sub="peaceful", a1="Protesters (Spain)",
           loc=L("Madrid", "ES", "Madrid", 1)),
        ev("Anti-war protests", sub="peaceful", a1="Protesters (Spain)",
           loc=L("Barcelona", "ES", "Catalonia", 1)),
        ev("Anti-war protests", sub="peaceful", a1="Protesters (Spain)",
           loc=L("Valencia", "ES", "Valencian Community", 1))],
    "portal-2026-03-15-49": [],
    "portal-2026-03-16-42": [
        ev("attack", sub="attack", a1="Unidentified Armed Group (Nigeria)", a2="Civilians (Nigeria)",
           loc=L("Chikun", "NG", "Kaduna", 2), fat=1)],
    "portal-2026-03-21-18": [],
    "portal-2026-03-21-60": [
        ev("gather", sub="peaceful", a1="Protesters (Czech Republic)",
           loc=L("Prague", "CZ", "Prague", 1))],
    "portal-2026-03-23-14": [],
    "portal-2026-03-25-74": [],
    "portal-2026-03-25-85": [],
    "portal-2026-03-26-18": [],
    "portal-2026-03-28-26": [
        ev("arrested", sub="arrest", a1="Police Forces of Iran", a2="Unidentified Armed Group (Iran)",
           loc=L("Gorgan", "IR", "Golestan", 1))],
    "portal-2026-03-28-51": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Philippines)",
           a2="Police Forces of the Philippines",
           loc=L("Shariff Aguak", "PH", "Maguindanao del Sur", 1), fat=5)],
    "portal-2026-03-31-23": [],
    "portal-2026-03-31-28": [],
    "portal-2026-04-03-23": [
        ev("strike", sub="air", a1=None, a2="Civilians (Iran)", loc=L("Tehran", "IR", "Tehran", 1),
           fat=3)],
    "portal-2026-04-04-26": [],
    "portal-2026-04-04-40": [
        ev("drone strike", sub="air", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Nikopol", "UA", "Dnipropetrovsk Oblast", 1), fat=5)],
    "portal-2026-04-04-55": [],
    "portal-2026-04-04-58": [
        ev("Protests break out", sub="peaceful", a1="Protesters (Iraq)",
           loc=L("Iraq", "IQ", None, 4))],
    "portal-2026-04-06-27": [],
    "portal-2026-04-06-64": [
        ev("captured a border post", sub="nsaover", a1="Military Forces of Afghanistan",
           a2="Military Forces of Pakistan", loc=L("Khost Province", "AF", "Khost", 3))],
    "portal-2026-04-08-32": [
        ev("launches ballistic missiles", sub="shell", a1="Military Forces of Iran",
           loc=L("Bahrain", "BH", None, 4)),
        ev("launches ballistic missiles", sub="shell", a1="Military Forces of Iran",
           loc=L("Israel", "IL", None, 4)),
        ev("launches ballistic missiles", sub="shell", a1="Military Forces of Iran",
           loc=L("Kuwait", "KW", None, 4)),
        ev("launches ballistic missiles", sub="shell", a1="Military Forces of Iran",
           loc=L("Qatar", "QA", None, 4)),
        ev("launches ballistic missiles", sub="shell", a1="Military Forces of Iran",
           loc=L("United Arab Emirates", "AE", None, 4))],
    "portal-2026-04-08-33": [
        ev("explosions", sub="air", a1=None, loc=L("Lavan Island", "IR", "Hormozgan", 1)),
        ev("explosions", sub="air", a1=None, loc=L("Sirri Island", "IR", "Hormozgan", 1)),
        ev("retaliatory attacks", sub="shell", a1="Military Forces of Iran",
           loc=L("Kuwait", "KW", None, 4)),
        ev("retaliatory attacks", sub="shell", a1="Military Forces of Iran",
           loc=L("United Arab Emirates", "AE", None, 4))],
    "portal-2026-04-10-23": [
        ev("launches attacks", sub="air", a1="Military Forces of Israel",
           a2="Police Forces of Lebanon", loc=L("Nabatieh", "LB", "Nabatieh", 1), fat=13),
        ev("launches attacks", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("southern Lebanon", "LB", None, 3), fat=4),
        ev("launches attacks", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Bekaa Valley", "LB", None, 3), fat=4)],
    "portal-2026-04-10-25": [],
    "portal-2026-04-12-50": [],
    "portal-2026-04-12-54": [],
    "portal-2026-04-18-16": [
        ev("shooting", sub="clash", a1="Unidentified Armed Group (Lebanon)",
           a2="United Nations Interim Force in Lebanon", loc=L("Deir Kifa", "LB", "South", 1),
           fat=1)],
    "portal-2026-04-18-19": [],
    "portal-2026-04-18-24": [],
    "portal-2026-04-19-15": [],
    "portal-2026-04-19-57": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Shreveport", "US", "Louisiana", 1), fat=8),
        ev("fatally shot by police", sub="clash", a1="Police Forces of the United States",
           a2="Unidentified Armed Group (United States)",
           loc=L("Bossier City", "US", "Louisiana", 1), fat=1)],
    "portal-2026-04-20-69": [
        ev("anti-war protest", sub="intervention", a1="Protesters (United States)",
           a2="Police Forces of the United States",
           loc=L("Washington, D.C.", "US", "District of Columbia", 1))],
    "portal-2026-04-23-52": [],
    "portal-2026-04-25-32": [
        ev("suicide car bomb", sub="suicide", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Government of Mali", loc=L("Kati", "ML", "Koulikoro", 1), fat=4)],
    "portal-2026-04-25-72": [
        ev("Gunshots are fired", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)",
           loc=L("Washington Hilton", "US", "District of Columbia", 1))],
    "portal-2026-04-27-58": [],
    "portal-2026-04-29-69": [],
    "portal-2026-05-01-20": [],
    "portal-2026-05-01-56": [
        ev("use tear gas to disperse", sub="intervention", a1="Protesters (Turkey)",
           a2="Police Forces of Turkey", loc=L("Istanbul", "TR", "Istanbul", 1))],
    "portal-2026-05-01-58": [
        ev("clash with police", sub="violentdemo", a1="Rioters (Philippines)",
           a2="Police Forces of the Philippines", loc=L("Manila", "PH", "Metro Manila", 1))],
    "portal-2026-05-03-65": [],
    "portal-2026-05-07-22": [
        ev("explosions", sub="air", a1=None, loc=L("Qeshm", "IR", "Hormozgan", 1)),
        ev("explosions", sub="air", a1=None, loc=L("Bandar Abbas", "IR", "Hormozgan", 1))],
    "portal-2026-05-13-62": [],
    "portal-2026-05-15-14": [
        ev("arrested", sub="arrest", a1="Police Forces of the United States", a2="Kata'ib Hezbollah",
           loc=L("Turkey", "TR", None, 4))],
    "portal-2026-05-15-20": [
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Nabatieh", "LB", "Nabatieh", 1), fat=3),
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Tibnin", "LB", "Nabatieh", 1), fat=2),
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Harouf", "LB", "Nabatieh", 1), fat=2),
        ev("Israeli airstrikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Tyre", "LB", "South", 1))],
    "portal-2026-05-18-63": [
        ev("drive-by shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("San Diego", "US", "California", 1), fat=3)],
    "portal-2026-05-18-70": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Spain)", a2="Civilians (Spain)",
           loc=L("El Ejido", "ES", "Andalusia", 1), fat=2)],
    "portal-2026-05-19-21": [
        ev("intercepts", sub="other", a1="Military Forces of Israel", a2="Civilians (International)",
           loc=None)],
    "portal-2026-05-19-81": [],
    "portal-2026-05-21-16": [],
    "portal-2026-05-23-17": [],
    "portal-2026-05-27-23": [
        ev("intercepted", sub="disrupt", a1="Military Forces of the United States",
           a2="Military Forces of Iran", loc=None, mod="foiled"),
        ev("struck", sub="air", a1="Military Forces of the United States",
           a2="Military Forces of Iran", loc=L("Bandar Abbas", "IR", "Hormozgan", 1))],
    "portal-2026-06-08-21": [
        ev("intercepted", sub="disrupt", a1="Military Forces of Israel", a2="Houthis",
           loc=L("Israel", "IL", None, 4), mod="foiled"),
        ev("did not reach it", sub="shell", a1="Houthis", a2=None,
           loc=L("Israel", "IL", None, 4), mod="attempted")],
    "portal-2026-06-08-25": [
        ev("killed", sub="clash", a1="Military Forces of Israel", a2="Palestinian Islamic Jihad",
           loc=L("central Gaza Strip", "PS", "Deir al-Balah", 3), fat=3)],
    "portal-2026-06-08-70": [],
    "portal-2026-06-14-60": [
        ev("Gunshots are reported", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("New York City", "US", "New York", 1))],
    "portal-2026-06-18-17": [
        ev("memorandum of understanding", sub="agree", a1="Government of Iran",
           a2="Government of the United States", loc=None)],
    "portal-2026-06-18-39": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Niger)", a2="Civilians (Niger)",
           loc=L("Diori Hamani International Airport", "NE", "Niamey", 1), fat=2),
        ev("shootout", sub="clash", a1="Unidentified Armed Group (Niger)", a2="Military Forces of Niger",
           loc=L("Diori Hamani International Airport", "NE", "Niamey", 1), fat=33),
        ev("arrested", sub="arrest", a1="Military Forces of Niger", a2="Unidentified Armed Group (Niger)",
           loc=L("Diori Hamani International Airport", "NE", "Niamey", 1))],
    "portal-2026-06-18-67": [],
    "portal-2026-06-21-21": [],
    "portal-2026-06-24-55": [],
    "portal-2026-06-27-18": [
        ev("retaliatory strikes", sub="air", a1="Military Forces of the United States",
           a2="Military Forces of Iran", loc=L("Iran", "IR", None, 4)),
        ev("attack on the Panama-flagged oil tanker", sub="shell", a1=None,
           a2="Civilians (International)", loc=L("Strait of Hormuz", "IR", "Hormozgan", 2),
           date=None, bg=True)],
    "portal-2026-06-27-19": [
        ev("struck by unknown projectiles", sub="shell", a1=None, a2="Civilians (International)",
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 2))],
    "portal-2026-07-08-22": [],
    "portal-2026-07-08-28": [
        ev("airstrike", sub="air", a1="Military Forces of Israel", a2="Hamas",
           loc=L("southern Gaza Strip", "PS", None, 3), fat=1),
        ev("infiltration", sub="attack", a1="Hamas", a2="Civilians (Israel)",
           loc=L("Nirim", "IL", "Southern District", 1), date="2023-10-07", bg=True)],
    "portal-2026-07-18-62": [
        ev("arrest", sub="arrest", a1="Police Forces of Turkey", a2="Islamic State",
           loc=L("Turkey", "TR", None, 4))],
    "portal-2026-08-01-34": [
        ev("missile attack", sub="shell", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kyiv", "UA", "Kyiv City", 1), fat=9)],
    "portal-2026-08-03-46": [],
    "portal-2026-08-03-52": [],
    "portal-2026-08-07-16": [],
    "portal-2026-08-07-21": [
        ev("Houthi attacks", sub="shell", a1="Houthis", a2="Military Forces of Yemen",
           loc=L("Marib", "YE", "Marib", 1), fat=8),
        ev("Houthi attacks", sub="shell", a1="Houthis", a2="Civilians (Yemen)",
           loc=L("Marib", "YE", "Marib", 1), fat=2)],
    "portal-2026-08-09-20": [
        ev("attack", sub="clash", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Military Forces of Mali", loc=L("central Mali", "ML", None, 3), fat=10)],
    "portal-2026-08-11-22": [
        ev("strikes", sub="air", a1="Houthis", a2="Civilians (International)",
           loc=L("Bab-el-Mandeb", "YE", None, 2), fat=6)],
    "portal-2026-08-11-28": [
        ev("heavy attack on civilians", sub="attack", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("Geissan", "SD", "Blue Nile", 1))],
    "portal-2026-08-13-24": [
        ev("retaken control", sub="nsaover", a1="Rapid Support Forces", a2="Military Forces of Sudan",
           loc=L("Kurmuk", "SD", "Blue Nile", 1)),
        ev("recaptured", sub="govregain", a1="Military Forces of Sudan", a2="Rapid Support Forces",
           loc=L("Kurmuk", "SD", "Blue Nile", 1), date=None, bg=True)],
    "portal-2026-08-17-19": [
        ev("shot down", sub="disrupt", a1="Military Forces of Sudan", a2="Rapid Support Forces",
           loc=L("North Kordofan", "SD", "North Kordofan", 3), mod="foiled"),
        ev("shot down", 2, sub="disrupt", a1="Military Forces of Sudan", a2="Rapid Support Forces",
           loc=L("North Kordofan", "SD", "North Kordofan", 3), date="2026-08", mod="foiled",
           bg=True)],
    "portal-2026-08-17-61": [],
    "portal-2026-08-18-68": [],
    "portal-2026-08-19-22": [
        ev("targeted", sub="air", a1="Military Forces of Israel", a2="Hamas",
           loc=L("Gaza Strip", "PS", None, 3)),
        ev("October 7 attacks", sub="attack", a1="Hamas", a2="Civilians (Israel)",
           loc=L("Israel", "IL", None, 4), date=None, bg=True)],
    "portal-2026-08-19-26": [
        ev("missile and drone attack", sub="shell", a1="Military Forces of Russia",
           a2="Civilians (Ukraine)", loc=L("Kyiv", "UA", "Kyiv City", 1), fat=15)],
    "portal-2026-08-19-29": [],
    "portal-2026-08-21-47": [
        ev("arson attack", sub="attack", a1="Unidentified Armed Group (Japan)", a2="Civilians (Japan)",
           loc=L("Osaka", "JP", "Osaka", 1), date=None, fat=5, bg=True)],
    "portal-2026-08-21-57": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X9.jsonl"), os.path.join(HERE, "coded-X9.jsonl"),
        require_all="--final" in sys.argv)
