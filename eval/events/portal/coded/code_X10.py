#!/usr/bin/env python3
"""Annotator X10: hand codes for batch-X10.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X10.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
UA = "Military Forces of Ukraine"
RU = "Military Forces of Russia"
IL = "Military Forces of Israel"
IR = "Military Forces of Iran"
US = "Military Forces of the United States"
RSF = "Rapid Support Forces"
SAF = "Military Forces of Sudan"
GAZA = "Gaza Strip"

CODES = {
    "portal-2025-01-03-50": [
        ev("raid", sub="arrest", a1="Police Forces of South Korea", a2="Government of South Korea",
           loc=L("Seoul", "KR", "Seoul", 1), mod="attempted")],
    "portal-2025-01-04-29": [
        ev("gun battle", sub="clash", a1="Unidentified Armed Group (Nigeria)",
           a2="Military Forces of Nigeria", loc=L("Borno State", "NG", "Borno", 3), fat=40)],
    "portal-2025-01-04-48": [],
    "portal-2025-01-06-17": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Palestine)",
           a2="Civilians (Israel)", loc=L("Al-Funduq", "PS", "West Bank", 1), fat=3)],
    "portal-2025-01-06-29": [
        ev("repels an attack", sub="clash", a1="Unidentified Armed Group (Mexico)",
           a2="Police Forces of Mexico", loc=L("Buenavista de Libertad", "MX", "Guanajuato", 2), fat=8),
        ev("encounter", sub="clash", a1="Unidentified Armed Group (Mexico)",
           a2="Police Forces of Mexico", loc=L("Buenavista de Libertad", "MX", "Guanajuato", 2),
           date=None, bg=True)],
    "portal-2025-01-08-24": [
        ev("airstrikes", sub="air", a1="Military Forces of Myanmar", a2="Civilians (Myanmar)",
           loc=L("Ramree", "MM", "Rakhine", 1), fat=40)],
    "portal-2025-01-09-12": [
        ev("drone strikes", sub="air", a1="Military Forces of Puntland", a2="Islamic State (Somalia)",
           loc=L("Cal Miskaad", "SO", "Bari", 2), fat=10)],
    "portal-2025-01-09-46": [],
    "portal-2025-01-20-54": [],
    "portal-2025-02-02-14": [
        ev("airstrikes", sub="air", a1=US, a2="Islamic State (Somalia)",
           loc=L("Cal Miskaad Mountains", "SO", "Bari", 2), fat=46, mod="claimed")],
    "portal-2025-02-12-16": [],
    "portal-2025-02-21-53": [
        ev("are killed", sub="clash", a1="Unidentified Armed Group (United States)",
           a2="Police Forces of the United States", loc=L("Virginia Beach", "US", "Virginia", 1), fat=3)],
    "portal-2025-03-01-55": [
        ev("hold a rally", sub="peaceful", a1="Protesters (Romania)",
           loc=L("Bucharest", "RO", "Bucharest", 1))],
    "portal-2025-03-02-13": [],
    "portal-2025-03-02-55": [],
    "portal-2025-03-03-34": [],
    "portal-2025-03-11-31": [],
    "portal-2025-03-15-13": [
        ev("airstrikes", sub="air", a1=IL, a2="Civilians (Palestine)",
           loc=L("Beit Lahia", "PS", GAZA, 1), fat=9)],
    "portal-2025-03-21-27": [
        ev("retakes", sub="govregain", a1=SAF, a2=RSF, loc=L("Khartoum", "SD", "Khartoum", 1))],
    "portal-2025-03-26-19": [
        ev("airstrikes", sub="air", a1=US, a2="Islamic State (Somalia)",
           loc=L("Golis Mountains", "SO", "Bari", 2))],
    "portal-2025-03-26-51": [
        ev("raids", sub="other", a1="Police Forces of Germany", a2="Brigade N'Hamedu",
           loc=L("Germany", "DE", None, 4))],
    "portal-2025-04-02-14": [
        ev("target Kharkiv", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Kharkiv", "UA", "Kharkiv", 1))],
    "portal-2025-04-02-19": [
        ev("artillery shelling", sub="shell", a1=RSF, a2="Civilians (Sudan)",
           loc=L("El Fasher", "SD", "North Darfur", 1), fat=2)],
    "portal-2025-04-06-14": [
        ev("Russian airstrike", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Darnytskyi District", "UA", "Kyiv City", 1), fat=1)],
    "portal-2025-04-07-13": [],
    "portal-2025-04-10-57": [
        ev("general strike", sub="peaceful", a1="Protesters (Argentina)",
           loc=L("Argentina", "AR", None, 4))],
    "portal-2025-04-15-50": [
        ev("school mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Dallas", "US", "Texas", 1))],
    "portal-2025-04-16-47": [],
    "portal-2025-04-24-48": [],
    "portal-2025-04-28-13": [],
    "portal-2025-05-03-49": [],
    "portal-2025-05-18-13": [
        ev("Israeli strikes", sub="air", a1=IL, a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", GAZA, 3), fat=100)],
    "portal-2025-05-20-16": [
        ev("mortar fire", sub="shell", a1="Al-Shabaab",
           loc=L("Aden Adde International Airport", "SO", "Banadir", 1), mod="claimed")],
    "portal-2025-05-29-32": [],
    "portal-2025-05-29-46": [],
    "portal-2025-05-30-50": [
        ev("driving his car into a crowd", sub="attack",
           a1="Unidentified Armed Group (United Kingdom)", a2="Civilians (United Kingdom)",
           loc=L("Liverpool", "GB", "England", 1), date=None, bg=True)],
    "portal-2025-05-30-61": [],
    "portal-2025-06-01-14": [
        ev("are killed", sub="attack", a1="Unidentified Armed Group (Palestine)",
           a2="Civilians (Palestine)", loc=L("Gaza City", "PS", GAZA, 1), fat=31)],
    "portal-2025-06-01-25": [
        ev("firebombing attack", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Protesters (United States)", loc=L("Boulder", "US", "Colorado", 1))],
    "portal-2025-06-01-51": [],
    "portal-2025-06-03-23": [
        ev("attack", sub="attack", a1="Unidentified Armed Group (Sudan)", a2="Civilians (Sudan)",
           loc=L("Darfur", "SD", None, 3), fat=5)],
    "portal-2025-06-03-47": [
        ev("killing", sub="attack", a1="Police Forces of France", a2="Civilians (France)",
           loc=L("France", "FR", None, 4), date="2023-06-27", fat=1, bg=True),
        ev("riots", sub="violentdemo", a1="Rioters (France)", a2="Police Forces of France",
           loc=L("France", "FR", None, 4), date=None, bg=True)],
    "portal-2025-06-15-15": [
        ev("ballistic missile strike", sub="shell", a1=IR, a2="Civilians (Israel)",
           loc=L("Bat Yam", "IL", "Tel Aviv", 1), fat=9)],
    "portal-2025-06-18-14": [
        ev("are launched", sub="shell", a1=IR, a2="Civilians (Israel)",
           loc=L("Central District", "IL", "Central District", 3), fat=0),
        ev("intercepted", sub="disrupt", a1=IL, a2=IR,
           loc=L("Central District", "IL", "Central District", 3), mod="foiled")],
    "portal-2025-06-23-24": [
        ev("gunfire and airstrikes", sub="attack", a1=IL, a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", GAZA, 3), fat=43)],
    "portal-2025-06-23-29": [
        ev("overrun a military installation", sub="nsaover", a1="Al-Shabaab",
           a2="Military Forces of Somalia", loc=None, fat=10, mod="claimed")],
    "portal-2025-06-23-36": [
        ev("drone and missile strike", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Kyiv", "UA", "Kyiv City", 1), fat=9)],
    "portal-2025-06-26-33": [
        ev("recapture", sub="arrest", a1="Government of Ecuador", a2="Los Choneros",
           loc=L("Manta", "EC", "Manabí", 1))],
    "portal-2025-07-03-37": [],
    "portal-2025-07-20-25": [
        ev("raid", sub="clash", a1="Police Forces of Egypt", a2="Hasm Movement",
           loc=L("Giza", "EG", "Giza", 1), fat=3)],
    "portal-2025-07-26-25": [],
    "portal-2025-07-26-34": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Traverse City", "US", "Michigan", 1))],
    "portal-2025-07-27-24": [
        ev("military operation", sub="clash", a1="Military Forces of the Philippines",
           a2="New People's Army", loc=L("Uson", "PH", "Bicol", 1), fat=7)],
    "portal-2025-07-27-26": [
        ev("open fire", sub="attack", a1="Unidentified Armed Group (Ecuador)",
           a2="Civilians (Ecuador)", loc=L("El Empalme", "EC", "Guayas", 1), fat=17)],
    "portal-2025-07-28-54": [],
    "portal-2025-09-30-48": [
        ev("demonstrations", sub="intervention", a1="Protesters (Morocco)",
           a2="Police Forces of Morocco", loc=L("Morocco", "MA", None, 4))],
    "portal-2025-10-01-51": [
        ev("Protests", sub="peaceful", a1="Protesters (Madagascar)",
           loc=L("Madagascar", "MG", None, 4))],
    "portal-2025-10-01-53": [],
    "portal-2025-10-04-17": [
        ev("major operation", sub="clash", a1="Puntland Security Force",
           a2="Islamic State (Somalia)", loc=L("Cal Miskaad Mountains", "SO", "Bari", 2), fat=13)],
    "portal-2025-10-04-25": [
        ev("attacked", sub="air", a1="Unidentified Armed Group (Russia)", a2=RU,
           loc=L("Lake Onega", "RU", "Karelia", 2), mod="claimed")],
    "portal-2025-10-05-36": [],
    "portal-2025-10-05-40": [],
    "portal-2025-10-14-59": [
        ev("fire tear gas and water cannon", sub="intervention", a1="Protesters (Belgium)",
           a2="Police Forces of Belgium", loc=L("Brussels", "BE", "Brussels Capital", 1))],
    "portal-2025-10-14-60": [],
    "portal-2025-10-26-13": [
        ev("drone strike", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Mykolaivka", "UA", "Sumy", 1), fat=1)],
    "portal-2025-10-26-47": [],
    "portal-2025-10-27-41": [],
    "portal-2025-11-09-46": [
        ev("was killed", sub="clash", a1="Unidentified Armed Group (Palestine)", a2=IL,
           loc=L("Gaza", "PS", GAZA, 3), date=None, fat=1, bg=True)],
    "portal-2025-11-10-62": [],
    "portal-2025-11-11-39": [],
    "portal-2025-11-11-43": [],
    "portal-2025-11-11-46": [],
    "portal-2025-11-12-33": [],
    "portal-2025-11-14-25": [],
    "portal-2025-11-27-58": [],
    "portal-2025-11-30-36": [],
    "portal-2025-12-01-18": [
        ev("captured", sub="nsaover", a1=RSF, a2=SAF,
           loc=L("Babanusa", "SD", "West Kordofan", 1), mod="claimed")],
    "portal-2025-12-04-21": [
        ev("sign a peace agreement", sub="agree", a1="Government of Democratic Republic of Congo",
           a2="Government of Rwanda", loc=L("Washington, D.C.", "US", "District of Columbia", 1))],
    "portal-2025-12-04-40": [],
    "portal-2025-12-10-16": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Iran)", a2=IR,
           loc=L("Sistan and Baluchestan", "IR", "Sistan and Baluchestan", 3), fat=3)],
    "portal-2025-12-10-54": [],
    "portal-2026-01-01-40": [
        ev("were detained", sub="arrest", a1="Police Forces of Venezuela",
           a2="Protesters (Venezuela)", loc=L("Venezuela", "VE", None, 4), date=None, bg=True)],
    "portal-2026-01-03-19": [
        ev("overnight Russian attacks", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Ukraine", "UA", None, 4), fat=8)],
    "portal-2026-01-14-14": [
        ev("raid", sub="clash", a1="Police Forces of Brazil", a2="Comando Vermelho",
           loc=L("Rio de Janeiro", "BR", "Rio de Janeiro", 1), fat=4)],
    "portal-2026-01-14-49": [
        ev("shot and injured", sub="attack", a1="Police Forces of the United States",
           a2="Civilians (United States)", loc=L("Minneapolis", "US", "Minnesota", 1))],
    "portal-2026-01-19-62": [
        ev("surrenders to police", sub="arrest", a1="Police Forces of the Philippines",
           a2="Government of the Philippines", loc=None)],
    "portal-2026-01-22-58": [
        ev("shooting spree", sub="attack", a1="Unidentified Armed Group (Australia)",
           a2="Civilians (Australia)", loc=L("Lake Cargelligo", "AU", "New South Wales", 1), fat=3)],
    "portal-2026-01-23-15": [
        ev("suicide bombing", sub="suicide", a1="Unidentified Armed Group (Pakistan)",
           a2="Civilians (Pakistan)", loc=L("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 1), fat=7)],
    "portal-2026-02-06-50": [],
    "portal-2026-02-06-59": [
        ev("Bodies and remains are found", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Sinaloa", "MX", "Sinaloa", 3)),
        ev("kidnapped", sub="abduct", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Sinaloa", "MX", "Sinaloa", 3), date="2026-01-28", bg=True)],
    "portal-2026-02-08-45": [],
    "portal-2026-02-09-56": [
        ev("are recovered", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Sinaloa", "MX", "Sinaloa", 3), fat=3),
        ev("abducted", sub="abduct", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Sinaloa", "MX", "Sinaloa", 3), date="2026-01-23", bg=True)],
    "portal-2026-02-11-15": [
        ev("Russian airstrike", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Bohodukhiv", "UA", "Kharkiv", 1), fat=4)],
    "portal-2026-02-18-51": [],
    "portal-2026-02-27-17": [],
    "portal-2026-02-27-39": [],
    "portal-2026-03-06-32": [],
    "portal-2026-03-06-35": [
        ev("missile strike", sub="shell", a1=IL, a2="United Nations Interim Force in Lebanon",
           loc=L("Southern Lebanon", "LB", None, 3))],
    "portal-2026-03-06-40": [
        ev("destroyed 14 more Pakistani military outposts", sub="clash",
           a1="Military Forces of Afghanistan", a2="Military Forces of Pakistan",
           loc=L("Pakistan", "PK", None, 4), mod="claimed"),
        ev("downed a drone", sub="disrupt", a1="Military Forces of Afghanistan",
           a2="Military Forces of Pakistan", loc=L("Afghanistan", "AF", None, 4), mod="foiled")],
    "portal-2026-03-07-14": [],
    "portal-2026-03-07-56": [
        ev("improvised explosive device", sub="ied", a1="Unidentified Armed Group (United States)",
           loc=L("New York City", "US", "New York", 1)),
        ev("protest", sub="peaceful", a1="Protesters (United States)",
           loc=L("New York City", "US", "New York", 1))],
    "portal-2026-03-12-18": [
        ev("Iranian strike", sub="air", a1=IR,
           loc=L("Muharraq Governorate", "BH", "Muharraq", 3))],
    "portal-2026-03-12-22": [
        ev("interception", sub="disrupt", a1="Military Forces of Saudi Arabia", loc=None,
           mod="foiled")],
    "portal-2026-03-13-26": [
        ev("intercepted and destroyed", sub="disrupt", a1="Military Forces of Saudi Arabia",
           loc=L("Saudi Arabia", "SA", None, 4), mod="foiled")],
    "portal-2026-03-13-30": [
        ev("drone strike", sub="air", a1="Unidentified Armed Group (Sudan)", a2="Civilians (Sudan)",
           loc=L("Western Sudan", "SD", None, 3), fat=11)],
    "portal-2026-03-13-53": [],
    "portal-2026-03-15-16": [
        ev("open fire", sub="attack", a1=IL, a2="Civilians (Palestine)",
           loc=L("Northern West Bank", "PS", "West Bank", 3), fat=4)],
    "portal-2026-03-18-22": [],
    "portal-2026-03-18-29": [
        ev("Israeli airstrike", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Beirut", "LB", "Beirut", 1), fat=20)],
    "portal-2026-03-18-32": [
        ev("drone strike", sub="air", a1=RSF, a2="Civilians (Chad)",
           loc=L("Tine", "TD", "Wadi Fira", 2), fat=17)],
    "portal-2026-03-21-50": [],
    "portal-2026-03-21-55": [
        ev("protests", sub="peaceful", a1="Protesters (Germany)", loc=L("Berlin", "DE", "Berlin", 1))],
    "portal-2026-03-22-22": [
        ev("arson attack", sub="loot", a1="Unidentified Armed Group (United Kingdom)",
           loc=L("Golders Green", "GB", "England", 1), fat=0)],
    "portal-2026-03-23-20": [
        ev("Israeli strike", sub="air", a1=IL, a2=IR,
           loc=L("Hazmieh", "LB", "Mount Lebanon", 1), fat=1)],
    "portal-2026-03-23-24": [],
    "portal-2026-03-23-46": [],
    "portal-2026-03-25-29": [
        ev("drone strikes", sub="air", a1=UA, loc=L("Auvere", "EE", "Ida-Viru", 1)),
        ev("large-scale drone attack", sub="air", a1=UA, a2=RU, loc=L("Russia", "RU", None, 4))],
    "portal-2026-03-25-34": [
        ev("have killed", sub="attack", a1=RSF, a2="Civilians (Sudan)",
           loc=L("El Fasher", "SD", "North Darfur", 1), fat=16)],
    "portal-2026-03-26-15": [],
    "portal-2026-03-28-21": [
        ev("targeted by Iranian attacks", sub="air", a1=IR,
           loc=L("Askar", "BH", "Southern Governorate", 1))],
    "portal-2026-03-28-29": [
        ev("Israeli airstrike", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Zawtar al-Gharbiyah", "LB", "Nabatieh", 1), fat=5)],
    "portal-2026-03-30-16": [],
    "portal-2026-03-30-18": [
        ev("missile barrage", sub="shell", a1=IR, loc=L("Haifa", "IL", "Haifa", 1)),
        ev("missile barrage", sub="shell", a1="Hezbollah", loc=L("Haifa", "IL", "Haifa", 1))],
    "portal-2026-03-30-20": [
        ev("Iranian attack", sub="air", a1=IR, a2="Civilians (India)",
           loc=L("Kuwait", "KW", None, 4), fat=1)],
    "portal-2026-03-30-32": [
        ev("took control of Baidoa", sub="govregain", a1="Military Forces of Somalia",
           a2="Military Forces of South West State", loc=L("Baidoa", "SO", "Bay", 1), fat=10)],
    "portal-2026-03-31-29": [
        ev("fighting Hezbollah", sub="clash", a1=IL, a2="Hezbollah",
           loc=L("Southern Lebanon", "LB", None, 3), fat=4)],
    "portal-2026-03-31-33": [
        ev("are found", sub="attack", a1="Unidentified Armed Group (Mexico)", a2="Civilians (Mexico)",
           loc=L("Cualac", "MX", "Guerrero", 1), fat=7)],
    "portal-2026-03-31-54": [],
    "portal-2026-04-02-74": [],
    "portal-2026-04-02-82": [],
    "portal-2026-04-03-26": [],
    "portal-2026-04-06-51": [
        ev("Israeli airstrike", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Ain Saadeh", "LB", "Mount Lebanon", 1), fat=3)],
    "portal-2026-04-06-87": [],
    "portal-2026-04-06-88": [
        ev("shootout", sub="clash", a1="Police Forces of the Philippines",
           a2="Police Forces of the Philippines", loc=L("Puerto Princesa", "PH", "Mimaropa", 1),
           date="2026-04-03", fat=3, bg=True)],
    "portal-2026-04-07-27": [
        ev("intercepts Iranian missiles", sub="disrupt", a1="Military Forces of Qatar", a2=IR,
           loc=L("Muraikh", "QA", "Al Rayyan", 1), mod="foiled")],
    "portal-2026-04-07-28": [
        ev("Iranian drones strike", sub="air", a1=IR, loc=L("Jubail", "SA", "Eastern Province", 1))],
    "portal-2026-04-07-44": [
        ev("Israeli drone strike", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Deir ez-Zahrani", "LB", "Nabatieh", 1), fat=1)],
    "portal-2026-04-07-99": [
        ev("human chain protest", sub="peaceful", a1="Protesters (Iran)", loc=L("Ilam", "IR", "Ilam", 1))],
    "portal-2026-04-08-42": [
        ev("wave of Israeli strikes", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Lebanon", "LB", None, 4), fat=254)],
    "portal-2026-04-08-81": [
        ev("protest against the war", sub="peaceful", a1="Protesters (Japan)",
           loc=L("Tokyo", "JP", "Tokyo", 1)),
        ev("protestors", sub="peaceful", a1="Protesters (Japan)", loc=L("Japan", "JP", None, 4))],
    "portal-2026-04-12-48": [],
    "portal-2026-04-12-52": [],
    "portal-2026-04-18-54": [],
    "portal-2026-04-19-29": [
        ev("firebombing attack", sub="loot", a1="Unidentified Armed Group (United Kingdom)",
           loc=L("North London", "GB", "England", 2))],
    "portal-2026-04-19-53": [
        ev("are arrested", sub="arrest", a1="Police Forces of Iran", a2="Civilians (Iran)",
           loc=L("Jolfa", "IR", "East Azerbaijan", 1))],
    "portal-2026-04-20-32": [
        ev("arrested", sub="arrest", a1="Police Forces of Russia", a2="Civilians (Russia)",
           loc=L("Pyatigorsk", "RU", "Stavropol Krai", 1)),
        ev("seizes an improvised explosive device", sub="disrupt", a1="Police Forces of Russia",
           loc=L("Pyatigorsk", "RU", "Stavropol Krai", 1), mod="foiled")],
    "portal-2026-04-25-38": [
        ev("drone and ballistic missile attack", sub="air", a1=RU, a2="Civilians (Ukraine)",
           loc=L("Dnipro", "UA", "Dnipropetrovsk", 1), fat=10)],
    "portal-2026-04-25-47": [
        ev("struck", sub="air", a1=US, a2="Civilians (International)", loc=None, fat=2)],
    "portal-2026-04-26-22": [
        ev("are kidnapped", sub="abduct", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Kogi State", "NG", "Kogi", 3))],
    "portal-2026-04-29-20": [],
    "portal-2026-04-29-32": [
        ev("Ukrainian drone strike", sub="air", a1=UA, a2="Civilians (Russia)",
           loc=L("Voznesenovka", "RU", "Belgorod", 1), fat=3)],
    "portal-2026-04-29-33": [
        ev("drone strikes", sub="air", a1=UA, loc=L("Perm", "RU", "Perm Krai", 2))],
    "portal-2026-04-29-77": [],
    "portal-2026-04-29-78": [],
    "portal-2026-04-30-15": [],
    "portal-2026-04-30-73": [],
    "portal-2026-05-01-23": [
        ev("takes over", sub="transfer", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Military Forces of Mali", loc=L("Tessalit", "ML", "Kidal", 2))],
    "portal-2026-05-01-68": [],
    "portal-2026-05-05-60": [
        ev("school shooting", sub="attack", a1="Unidentified Armed Group (Brazil)",
           a2="Civilians (Brazil)", loc=L("Rio Branco", "BR", "Acre", 1), fat=2)],
    "portal-2026-05-05-67": [],
    "portal-2026-05-07-61": [],
    "portal-2026-05-13-14": [],
    "portal-2026-05-14-87": [],
    "portal-2026-05-18-22": [
        ev("shot down", sub="disrupt", a1="Hezbollah", a2=IL,
           loc=L("Ayta al-Jabal", "LB", "Nabatieh", 1), mod="foiled")],
    "portal-2026-05-19-25": [
        ev("Israeli airstrikes", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Lebanon", "LB", None, 4), fat=19)],
    "portal-2026-05-19-32": [
        ev("drone strike", sub="air", a1="Unidentified Armed Group (Sudan)", a2="Civilians (Sudan)",
           loc=L("West Kordofan", "SD", "West Kordofan", 3), fat=28)],
    "portal-2026-05-19-34": [
        ev("airstrikes", sub="air", a1=US, a2="Islamic State (Nigeria)",
           loc=L("Nigeria", "NG", None, 4))],
    "portal-2026-05-21-22": [
        ev("drone strike", sub="air", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Dilling", "SD", "South Kordofan", 1))],
    "portal-2026-06-11-17": [],
    "portal-2026-06-11-24": [
        ev("intercepted and shot down", sub="disrupt", a1="Military Forces of Jordan", a2=IR,
           loc=L("Azraq", "JO", "Zarqa", 1), mod="foiled")],
    "portal-2026-06-14-25": [
        ev("Israeli airstrike", sub="air", a1=IL, a2="Civilians (Palestine)",
           loc=L("Jabalia refugee camp", "PS", GAZA, 1), fat=4),
        ev("separate shooting incidents", sub="attack", a1="Unidentified Armed Group (Palestine)",
           a2="Civilians (Palestine)", loc=L("Khan Yunis", "PS", GAZA, 2), fat=1),
        ev("separate shooting incidents", sub="attack", a1="Unidentified Armed Group (Palestine)",
           a2="Civilians (Palestine)", loc=L("Khan Yunis", "PS", GAZA, 2), fat=1)],
    "portal-2026-06-14-28": [
        ev("Israeli attack", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Dahieh", "LB", "Mount Lebanon", 1), fat=3)],
    "portal-2026-06-14-59": [
        ev("ten officers were injured", sub="mob", a1="Rioters (United States)",
           a2="Police Forces of the United States", loc=L("New York City", "US", "New York", 1)),
        ev("Police arrest 63 people", sub="arrest", a1="Police Forces of the United States",
           a2="Rioters (United States)", loc=L("New York City", "US", "New York", 1))],
    "portal-2026-06-18-68": [],
    "portal-2026-06-19-63": [],
    "portal-2026-06-21-28": [
        ev("drone strike", sub="air", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Kosti", "SD", "White Nile", 1), fat=1)],
    "portal-2026-06-27-32": [
        ev("destroyed by a Russian Geran kamikaze drone", sub="air", a1=RU, a2=UA,
           loc=L("Southern Ukraine", "UA", None, 3))],
    "portal-2026-06-28-39": [
        ev("striking the Titan-Barrikady complex", sub="shell", a1=UA,
           loc=L("Volgograd", "RU", "Volgograd", 1)),
        ev("separate missile strike", sub="shell", a1=UA, a2=RU, loc=L("Crimea", "UA", "Crimea", 3))],
    "portal-2026-06-30-17": [],
    "portal-2026-06-30-59": [],
    "portal-2026-06-30-61": [],
    "portal-2026-07-13-29": [],
    "portal-2026-07-14-65": [
        ev("attack", sub="clash", a1="Unidentified Armed Group (Sudan)",
           a2="African Union Mission in Sudan", loc=L("Darfur", "SD", None, 3), date=None, bg=True)],
    "portal-2026-07-16-61": [
        ev("is arrested", sub="arrest", a1="Police Forces of Mexico", a2="Government of Mexico",
           loc=None)],
    "portal-2026-07-16-70": [],
    "portal-2026-07-17-32": [
        ev("airstrike", sub="air", a1=IL, a2="Civilians (Palestine)",
           loc=L("Central Gaza", "PS", GAZA, 3), fat=8)],
    "portal-2026-07-18-21": [
        ev("launched a ballistic missile", sub="shell", a1=IR, a2=US,
           loc=L("Saudi Arabia", "SA", None, 4)),
        ev("targeting a petrochemical complex", sub="air", a1=IR,
           loc=L("Jubail", "SA", "Eastern Province", 1), date=None, bg=True)],
    "portal-2026-07-18-23": [],
    "portal-2026-07-18-40": [
        ev("counterterrorism operation", sub="clash", a1="Military Forces of Pakistan",
           a2="Unidentified Armed Group (Pakistan)", loc=L("Wana", "PK", "Khyber Pakhtunkhwa", 1), fat=1),
        ev("foiled a terrorist plot", sub="disrupt", a1="Military Forces of Pakistan",
           a2="Unidentified Armed Group (Pakistan)", loc=L("Wana", "PK", "Khyber Pakhtunkhwa", 1),
           mod="foiled")],
    "portal-2026-07-30-34": [],
    "portal-2026-07-30-47": [
        ev("attack", sub="clash", a1="Unidentified Armed Group (Pakistan)",
           a2="Police Forces of Pakistan", loc=L("Hangu", "PK", "Khyber Pakhtunkhwa", 2),
           date="P-1", fat=11)],
    "portal-2026-08-01-36": [
        ev("sink", sub="air", a1=UA, a2="Civilians (Russia)", loc=None)],
    "portal-2026-08-01-80": [],
    "portal-2026-08-07-19": [
        ev("two-day raid", sub="attack", a1=IL, a2="Civilians (Palestine)",
           loc=L("Qalandiyah refugee camp", "PS", "West Bank", 1), date="P-1"),
        ev("two-day raid", sub="attack", a1=IL, a2="Civilians (Palestine)",
           loc=L("Qalandiyah refugee camp", "PS", "West Bank", 1), date="P")],
    "portal-2026-08-12-22": [
        ev("attack", sub="air", a1="Unidentified Armed Group (International)",
           a2="Civilians (Pakistan)", loc=None, fat=3)],
    "portal-2026-08-12-36": [
        ev("resigns and announces he will defect", sub="change", a1=RSF, loc=None)],
    "portal-2026-08-13-55": [],
    "portal-2026-08-17-27": [
        ev("explosion", sub="ied", a1="Unidentified Armed Group (Afghanistan)",
           a2="Civilians (Afghanistan)", loc=L("Dashte Barchi", "AF", "Kabul", 1))],
    "portal-2026-08-18-27": [
        ev("major crackdown", sub="other", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Nyala", "SD", "South Darfur", 1)),
        ev("seizing the city", sub="nsaover", a1=RSF, a2=SAF,
           loc=L("Nyala", "SD", "South Darfur", 1), date=None, bg=True)],
    "portal-2026-08-18-63": [],
    "portal-2026-08-19-23": [
        ev("airstrike", sub="air", a1=IL, a2="Hamas",
           loc=L("Gaza City", "PS", GAZA, 1), date="P-1", fat=4)],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X10.jsonl"), os.path.join(HERE, "coded-X10.jsonl"),
        require_all="--final" in sys.argv)
