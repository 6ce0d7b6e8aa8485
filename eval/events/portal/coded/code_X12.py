#!/usr/bin/env python3
"""Annotator X12: hand codes for batch-X12.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X12.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
IL_ = "Military Forces of Israel"
RU_ = "Military Forces of Russia"
UA_ = "Military Forces of Ukraine"
US_ = "Military Forces of the United States"
IR_ = "Military Forces of Iran"
SD_ = "Military Forces of Sudan"
RSF = "Rapid Support Forces"
DRC = "Military Forces of the Democratic Republic of Congo"
PAL = "Civilians (Palestine)"
LBC = "Civilians (Lebanon)"
UAC = "Civilians (Ukraine)"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
SLEB = L("South Lebanon", "LB", None, 3)

CODES = {
    "portal-2025-01-03-52": [],
    "portal-2025-01-06-62": [],
    "portal-2025-01-20-32": [
        ev("January 6 attack on the United States Capitol", sub="violentdemo",
           a1="Rioters (United States)", a2=None,
           loc=L("Washington, D.C.", "US", "District of Columbia", 1), date=None, bg=True)],
    "portal-2025-01-20-57": [],
    "portal-2025-02-05-25": [
        ev("are defeated by", sub="clash", a1="Military Forces of Jubaland",
           a2="Military Forces of Somalia", loc=L("Gedo", "SO", "Gedo", 3), fat=1)],
    "portal-2025-02-12-19": [
        ev("storm", sub="attack", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Zamzam Refugee Camp", "SD", "North Darfur", 1), fat=None)],
    "portal-2025-02-16-14": [
        ev("fall of Bukavu", sub="nsaover", a1="M23", a2=DRC,
           loc=L("Bukavu", "CD", "South Kivu", 1))],
    "portal-2025-02-20-22": [
        ev("bombings", sub="ied", a1="Unidentified Armed Group (Colombia)",
           a2="Police Forces of Colombia", loc=L("Cúcuta", "CO", "Norte de Santander", 1)),
        ev("shooting attacks", sub="clash", a1="Unidentified Armed Group (Colombia)",
           a2="Police Forces of Colombia", loc=L("Cúcuta", "CO", "Norte de Santander", 1))],
    "portal-2025-02-24-44": [],
    "portal-2025-02-25-54": [],
    "portal-2025-03-03-13": [],
    "portal-2025-03-07-52": [],
    "portal-2025-03-10-49": [],
    "portal-2025-03-15-24": [
        ev("bodies of eleven people", sub="attack", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Khartoum", "SD", "Khartoum", 1), fat=11)],
    "portal-2025-03-18-15": [
        ev("airstrikes", sub="air", a1=IL_, a2=PAL, loc=GAZA, fat=404),
        ev("ceasefire", sub="agree", a1=IL_, a2="Hamas", loc=GAZA, date="2025-01-19",
           bg=True)],
    "portal-2025-03-19-13": [
        ev("airstrikes", sub="air", a1=IL_, a2=PAL, loc=L("Rafah", "PS", "Gaza Strip", 2),
           fat=60)],
    "portal-2025-03-20-20": [
        ev("capture", sub="nsaover", a1="M23", a2=DRC,
           loc=L("Walikale", "CD", "North Kivu", 1))],
    "portal-2025-03-21-47": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Las Cruces", "US", "New Mexico", 1), fat=3)],
    "portal-2025-03-25-38": [],
    "portal-2025-03-26-14": [
        ev("retakes", sub="govregain", a1=SD_, a2=RSF,
           loc=L("Khartoum International Airport", "SD", "Khartoum", 1)),
        ev("captured", sub="nsaover", a1=RSF, a2=SD_, loc=L("Khartoum", "SD", "Khartoum", 1),
           date=None, bg=True)],
    "portal-2025-04-01-20": [
        ev("shot down", sub="disrupt", a1="Houthis", a2=US_,
           loc=L("Marib Governorate", "YE", "Marib", 3), mod="claimed")],
    "portal-2025-04-06-19": [
        ev("strikes", sub="air", a1=IL_, a2=PAL, loc=GAZA, fat=46)],
    "portal-2025-04-15-47": [],
    "portal-2025-04-16-14": [
        ev("drone attack", sub="air", a1=None, a2=UAC,
           loc=L("Dnipro", "UA", "Dnipropetrovsk Oblast", 1), fat=2)],
    "portal-2025-04-16-42": [],
    "portal-2025-05-03-21": [
        ev("airstrike", sub="air", a1=SD_, a2=RSF, loc=L("Nyala Airport", "SD", "South Darfur", 1),
           fat=20)],
    "portal-2025-05-03-36": [
        ev("explodes", sub="ied", a1="Unidentified Armed Group (Greece)", a2=None,
           loc=L("Thessaloniki", "GR", "Central Macedonia", 1), fat=1)],
    "portal-2025-05-03-45": [],
    "portal-2025-05-18-16": [
        ev("suicide bombing", sub="suicide", a1="Unidentified Armed Group (Somalia)",
           a2="Military Forces of Somalia", loc=L("Mogadishu", "SO", "Banaadir", 1), fat=21)],
    "portal-2025-05-18-39": [
        ev("two attacks on a Shiite shrine", sub="attack", a1="Unidentified Armed Group (Iran)",
           a2="Civilians (Iran)", loc=L("Shiraz", "IR", "Fars", 1), date=None, bg=True),
        ev("two attacks on a Shiite shrine", sub="attack", a1="Unidentified Armed Group (Iran)",
           a2="Civilians (Iran)", loc=L("Shiraz", "IR", "Fars", 1), date=None, bg=True)],
    "portal-2025-05-18-52": [],
    "portal-2025-05-20-14": [
        ev("killing", sub="clash", a1="Military Forces of Puntland", a2="Islamic State (Somalia)",
           loc=L("Togga Miiraale", "SO", "Bari", 2), fat=1)],
    "portal-2025-05-25-21": [
        ev("fight between gangs", sub="clash", a1="Unidentified Armed Group (Australia)",
           a2="Unidentified Armed Group (Australia)",
           loc=L("Northland Shopping Centre", "AU", "Victoria", 1))],
    "portal-2025-05-25-29": [],
    "portal-2025-05-29-37": [],
    "portal-2025-06-01-49": [],
    "portal-2025-06-01-53": [],
    "portal-2025-06-03-58": [],
    "portal-2025-06-15-45": [],
    "portal-2025-06-23-43": [],
    "portal-2025-06-28-15": [
        ev("attacks", sub="air", a1=IL_, a2=LBC, loc=SLEB, fat=3)],
    "portal-2025-07-01-12": [
        ev("captured", sub="nsaover", a1=RU_, a2=UA_,
           loc=L("Luhansk Oblast", "UA", "Luhansk Oblast", 3))],
    "portal-2025-07-02-38": [],
    "portal-2025-07-13-19": [
        ev("storm", sub="attack", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Um Garfa", "SD", "North Kordofan", 1), fat=48)],
    "portal-2025-07-19-31": [
        ev("confiscates", sub="disrupt", a1="Puntland Maritime Police Force", a2=None,
           loc=L("Bareeda", "SO", "Bari", 1))],
    "portal-2025-07-25-52": [],
    "portal-2025-07-25-53": [],
    "portal-2025-07-26-23": [
        ev("mass shooting", sub="attack", a1="Jaysh al-Adl", a2="Civilians (Iran)",
           loc=L("Zahedan", "IR", "Sistan and Baluchestan", 1), fat=9)],
    "portal-2025-07-29-20": [
        ev("attack", sub="attack", a1="Zaïre-FPAC", a2="Civilians (Democratic Republic of Congo)",
           loc=L("Sanduku", "CD", "Ituri", 1), fat=2)],
    "portal-2025-07-29-44": [
        ev("detains", sub="arrest", a1="Police Forces of Poland", a2="Civilians (Poland)",
           loc=L("Poland", "PL", None, 4))],
    "portal-2025-07-31-49": [],
    "portal-2025-08-04-39": [],
    "portal-2025-08-22-14": [],
    "portal-2025-08-22-43": [
        ev("clashes", sub="clash", a1="Unidentified Armed Group (Iraq)",
           a2="Unidentified Armed Group (Iraq)",
           loc=L("Sulaymaniyah", "IQ", "Sulaymaniyah", 1), fat=5),
        ev("arrest", sub="arrest", a1="Police Forces of Iraq (Kurdistan Region)",
           a2="Civilians (Iraq)", loc=L("Sulaymaniyah", "IQ", "Sulaymaniyah", 1))],
    "portal-2025-08-22-45": [],
    "portal-2025-10-01-44": [
        ev("are arrested", sub="arrest", a1="Police Forces of Germany", a2="Hamas",
           loc=L("Berlin", "DE", "Berlin", 1)),
        ev("preparing a terrorist attack", sub="disrupt", a1="Police Forces of Germany",
           a2="Hamas", loc=L("Berlin", "DE", "Berlin", 1), mod="foiled")],
    "portal-2025-10-01-54": [],
    "portal-2025-10-05-38": [],
    "portal-2025-10-12-16": [
        ev("exchanged gunfire", sub="clash", a1="Mutiny of Military Forces of Madagascar",
           a2="Military Forces of Madagascar", loc=L("Madagascar", "MG", None, 4))],
    "portal-2025-10-12-43": [],
    "portal-2025-10-13-15": [
        ev("returns the bodies", sub="agree", a1="Hamas", a2="Government of Israel", loc=GAZA)],
    "portal-2025-10-13-19": [
        ev("airstrikes", sub="air", a1="Military Forces of Pakistan",
           a2="Military Forces of Afghanistan", loc=L("Spin Boldak", "AF", "Kandahar", 2),
           fat=19)],
    "portal-2025-10-14-15": [],
    "portal-2025-10-15-17": [
        ev("returns two more hostages' bodies", sub="agree", a1="Hamas",
           a2="Government of Israel", loc=GAZA)],
    "portal-2025-10-15-54": [],
    "portal-2025-10-22-24": [
        ev("opens fire", sub="attack", a1="Unidentified Armed Group (Serbia)",
           a2="Civilians (Serbia)", loc=L("Belgrade", "RS", "Belgrade", 1))],
    "portal-2025-10-23-45": [],
    "portal-2025-10-26-56": [],
    "portal-2025-11-11-37": [],
    "portal-2025-11-11-45": [],
    "portal-2025-11-11-47": [],
    "portal-2025-11-11-54": [],
    "portal-2025-11-12-37": [
        ev("shooting", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Göppingen", "DE", "Baden-Württemberg", 1), fat=1,
           date=None, bg=True)],
    "portal-2025-11-14-21": [
        ev("airstrike", sub="air", a1="Military Forces of Colombia",
           a2="Unidentified Armed Group (Colombia)", loc=L("Arauca Department", "CO", "Arauca", 3),
           fat=9)],
    "portal-2025-11-16-12": [
        ev("car explosion", sub="suicide", a1="Unidentified Armed Group (India)",
           a2="Civilians (India)", loc=L("Delhi", "IN", "Delhi", 1), date=None, bg=True),
        ev("arrest", sub="arrest", a1="Police Forces of India",
           a2="Unidentified Armed Group (India)", loc=L("India", "IN", None, 4))],
    "portal-2025-11-21-15": [],
    "portal-2025-11-27-72": [],
    "portal-2025-11-30-16": [
        ev("strike", sub="air", a1=RU_, a2=UAC, loc=L("Kyiv", "UA", "Kyiv City", 1), fat=1)],
    "portal-2025-12-01-15": [
        ev("captured", sub="nsaover", a1=RU_, a2=UA_,
           loc=L("Pokrovsk", "UA", "Donetsk Oblast", 1))],
    "portal-2025-12-01-75": [],
    "portal-2025-12-04-50": [],
    "portal-2025-12-06-14": [
        ev("car bombing", sub="ied", a1="Unidentified Armed Group (Mexico)",
           a2="Police Forces of Mexico", loc=L("Coahuayana", "MX", "Michoacán", 1), fat=5)],
    "portal-2025-12-07-12": [
        ev("coup d'état", sub="other", a1="Mutiny of Military Forces of Benin",
           a2="Government of Benin", loc=L("Benin", "BJ", None, 4), mod="attempted")],
    "portal-2025-12-11-43": [],
    "portal-2025-12-15-31": [],
    "portal-2025-12-15-35": [
        ev("are arrested", sub="arrest", a1="Police Forces of the United States",
           a2="Turtle Island Liberation Front", loc=L("Southern California", "US", "California", 3)),
        ev("plotting a series of bombings", sub="disrupt", a1="Police Forces of the United States",
           a2="Turtle Island Liberation Front", loc=L("Southern California", "US", "California", 3),
           mod="foiled")],
    "portal-2025-12-15-36": [],
    "portal-2025-12-16-37": [
        ev("ramming his car into a crowd", sub="attack",
           a1="Unidentified Armed Group (United Kingdom)", a2="Civilians (United Kingdom)",
           loc=L("Liverpool", "GB", "England", 1), date=None, bg=True)],
    "portal-2025-12-26-35": [],
    "portal-2025-12-27-49": [],
    "portal-2025-12-28-40": [],
    "portal-2025-12-29-31": [],
    "portal-2026-01-24-41": [
        ev("Protests", sub="intervention", a1="Protesters (United States)",
           a2="Police Forces of the United States", loc=L("Minneapolis", "US", "Minnesota", 1)),
        ev("fatally shot", sub="attack", a1="Police Forces of the United States",
           a2="Civilians (United States)", loc=L("Minneapolis", "US", "Minnesota", 1), fat=1,
           date=None, bg=True)],
    "portal-2026-02-06-48": [],
    "portal-2026-02-08-57": [],
    "portal-2026-02-11-42": [
        ev("shooting", sub="attack", a1="Unidentified Armed Group (Russia)",
           a2="Civilians (Russia)", loc=L("Anapa", "RU", "Krasnodar Krai", 1), fat=1)],
    "portal-2026-02-17-49": [],
    "portal-2026-02-27-40": [],
    "portal-2026-03-03-27": [
        ev("bombed", sub="air", a1=None, a2=None,
           loc=L("Natanz Nuclear Facility", "IR", "Isfahan", 1))],
    "portal-2026-03-03-29": [],
    "portal-2026-03-07-16": [
        ev("aerial interception", sub="disrupt", a1="Military Forces of the United Arab Emirates",
           a2=IR_, loc=L("Dubai International Airport", "AE", "Dubai", 2), mod="foiled")],
    "portal-2026-03-07-20": [
        ev("airstrikes", sub="air", a1=IL_, a2=LBC, loc=L("Kherbet Selem", "LB", "Nabatieh", 1),
           fat=6),
        ev("airstrikes", sub="air", a1=IL_, a2=LBC, loc=L("Kfar Reman", "LB", "Nabatieh", 1),
           fat=2)],
    "portal-2026-03-13-18": [
        ev("airstrikes", sub="air", a1=US_, a2=IR_, loc=L("Kharg Island", "IR", "Bushehr", 1))],
    "portal-2026-03-16-16": [],
    "portal-2026-03-16-30": [
        ev("airstrike", sub="air", a1=US_, a2="Popular Mobilization Forces",
           loc=L("Al-Qa'im", "IQ", "Al Anbar", 1), fat=4)],
    "portal-2026-03-18-14": [
        ev("strikes", sub="air", a1=IL_, a2=None,
           loc=L("South Pars gas field", "IR", "Bushehr", 1)),
        ev("strikes", sub="air", a1=IL_, a2=None, loc=L("Asaluyeh", "IR", "Bushehr", 1))],
    "portal-2026-03-18-19": [
        ev("missile attack", sub="shell", a1=IR_, a2=None,
           loc=L("Ras Laffan Industrial City", "QA", "Al Khor", 1))],
    "portal-2026-03-18-33": [],
    "portal-2026-03-18-35": [
        ev("shot down", sub="disrupt", a1=SD_, a2=None,
           loc=L("North Kordofan", "SD", "North Kordofan", 3), mod="foiled")],
    "portal-2026-03-18-71": [],
    "portal-2026-03-21-17": [],
    "portal-2026-03-21-24": [],
    "portal-2026-03-21-25": [
        ev("targeting", sub="air", a1="Islamic Resistance in Iraq", a2=US_,
           loc=L("Iraq", "IQ", None, 4), mod="claimed"),
        ev("drone strike", sub="air", a1=None, a2="Police Forces of Iraq",
           loc=L("Baghdad", "IQ", "Baghdad", 1), fat=1)],
    "portal-2026-03-22-15": [],
    "portal-2026-03-22-46": [],
    "portal-2026-03-23-57": [],
    "portal-2026-03-25-25": [
        ev("strike", sub="air", a1=None, a2="Popular Mobilization Forces",
           loc=L("Al Anbar Governorate", "IQ", "Al Anbar", 3), fat=7),
        ev("American strike", sub="air", a1=US_, a2="Popular Mobilization Forces",
           loc=L("Al Anbar Governorate", "IQ", "Al Anbar", 3), date="P-1", bg=True)],
    "portal-2026-03-26-28": [
        ev("rocket fire", sub="shell", a1="Hezbollah", a2="Civilians (Israel)",
           loc=L("Nahariya", "IL", "Northern District", 1), fat=1)],
    "portal-2026-03-28-30": [
        ev("airstrike", sub="air", a1=IL_, a2=LBC,
           loc=L("Jezzine District", "LB", "South Governorate", 2), fat=3)],
    "portal-2026-03-28-53": [
        ev("vehicle ramming attack", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=L("Derby", "GB", "England", 1))],
    "portal-2026-03-28-62": [],
    "portal-2026-03-30-66": [],
    "portal-2026-03-30-70": [
        ev("fatally shoot", sub="clash", a1="Police Forces of Australia",
           a2="Unidentified Armed Group (Australia)", loc=L("Victoria", "AU", "Victoria", 3), fat=1),
        ev("killed two police officers", sub="clash", a1="Unidentified Armed Group (Australia)",
           a2="Police Forces of Australia", loc=L("Porepunkah", "AU", "Victoria", 1), fat=2,
           date=None, bg=True)],
    "portal-2026-04-01-29": [
        ev("airstrikes", sub="air", a1=IL_, a2="Hezbollah", loc=L("Beirut", "LB", "Beirut", 2),
           fat=7)],
    "portal-2026-04-02-72": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (Uganda)",
           a2="Civilians (Uganda)", loc=L("Kampala", "UG", "Central Region", 1), fat=4)],
    "portal-2026-04-02-83": [],
    "portal-2026-04-03-15": [
        ev("intercepts", sub="disrupt", a1="Military Forces of the United Arab Emirates", a2=IR_,
           loc=L("United Arab Emirates", "AE", None, 4), mod="foiled"),
        ev("Falling debris", sub="shell", a1=IR_, a2="Civilians (United Arab Emirates)",
           loc=L("Habshan", "AE", "Abu Dhabi", 1), fat=1)],
    "portal-2026-04-04-20": [
        ev("airstrike", sub="air", a1=None, a2="Civilians (Iran)",
           loc=L("Bushehr Nuclear Power Plant", "IR", "Bushehr", 1), fat=1)],
    "portal-2026-04-04-38": [],
    "portal-2026-04-04-61": [
        ev("arrest", sub="arrest", a1="Police Forces of the United States", a2="Civilians (Iran)",
           loc=L("United States", "US", None, 4), date=None, bg=True)],
    "portal-2026-04-04-62": [],
    "portal-2026-04-04-67": [],
    "portal-2026-04-06-35": [],
    "portal-2026-04-06-93": [
        ev("protest", sub="peaceful", a1="Protesters (Israel)", a2=None,
           loc=L("Tel Aviv", "IL", "Tel Aviv District", 1))],
    "portal-2026-04-08-29": [
        ev("Iranian attack", sub="air", a1=IR_, a2=None, loc=L("Saudi Arabia", "SA", None, 4))],
    "portal-2026-04-12-27": [
        ev("airstrikes", sub="air", a1=IL_, a2=LBC, loc=SLEB, fat=24)],
    "portal-2026-04-12-49": [],
    "portal-2026-04-19-32": [
        ev("shootout", sub="clash", a1="Police Forces of Mexico",
           a2="Unidentified Armed Group (Mexico)", loc=L("General Terán", "MX", "Nuevo León", 2),
           fat=5)],
    "portal-2026-04-20-65": [
        ev("opens fire", sub="attack", a1="Unidentified Armed Group (Mexico)",
           a2="Civilians (Mexico)", loc=L("Pyramid of the Moon", "MX", "México", 1), fat=2)],
    "portal-2026-04-26-20": [
        ev("attack", sub="attack", a1="Boko Haram", a2="Civilians (Nigeria)",
           loc=L("Adamawa State", "NG", "Adamawa", 3), fat=29)],
    "portal-2026-04-26-56": [],
    "portal-2026-04-27-30": [
        ev("Ukrainian attack", sub="air", a1=UA_, a2=UAC,
           loc=L("Zaporizhzhia Nuclear Power Plant", "UA", "Zaporizhzhia Oblast", 1), fat=1)],
    "portal-2026-04-29-67": [],
    "portal-2026-04-30-22": [
        ev("airstrikes", sub="air", a1=IL_, a2=LBC, loc=L("Lebanon", "LB", None, 4), fat=32)],
    "portal-2026-04-30-27": [
        ev("airstrikes", sub="air", a1="Alliance of Sahel States",
           a2="Jama'at Nusrat al-Islam wal-Muslimin", loc=L("Mali", "ML", None, 4)),
        ev("airstrikes", sub="air", a1="Alliance of Sahel States", a2="Azawad Liberation Front",
           loc=L("Mali", "ML", None, 4)),
        ev("attacks", sub="clash", a1="Unidentified Armed Group (Mali)", a2="Military Forces of Mali",
           loc=L("Mali", "ML", None, 4), bg=True)],
    "portal-2026-05-01-19": [],
    "portal-2026-05-03-19": [],
    "portal-2026-05-05-19": [],
    "portal-2026-05-05-22": [
        ev("airstrike", sub="air", a1=IL_, a2="Hamas",
           loc=L("Deir al-Balah Governorate", "PS", "Gaza Strip", 2), fat=1, date="P-1"),
        ev("Nova music festival massacre", sub="attack", a1="Hamas", a2="Civilians (Israel)",
           loc=L("Re'im", "IL", "Southern District", 1), date="2023-10-07", bg=True)],
    "portal-2026-05-07-15": [],
    "portal-2026-05-07-16": [],
    "portal-2026-05-07-18": [
        ev("exchanged fire", sub="clash", a1=IR_, a2=US_,
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 2), mod="claimed")],
    "portal-2026-05-07-57": [],
    "portal-2026-05-13-70": [],
    "portal-2026-05-14-77": [],
    "portal-2026-05-14-79": [],
    "portal-2026-05-14-81": [],
    "portal-2026-05-18-61": [
        ev("protests and road blockades", sub="peaceful", a1="Protesters (Bolivia)", a2=None,
           loc=L("La Paz", "BO", "La Paz", 1))],
    "portal-2026-05-19-15": [],
    "portal-2026-05-23-18": [],
    "portal-2026-05-23-60": [
        ev("opens fire", sub="clash", a1="Unidentified Armed Group (United States)",
           a2="Police Forces of the United States",
           loc=L("Washington, D.C.", "US", "District of Columbia", 1), fat=1)],
    "portal-2026-05-27-15": [],
    "portal-2026-05-27-25": [
        ev("airstrike", sub="air", a1=IL_, a2="Hamas", loc=L("Gaza City", "PS", "Gaza Strip", 2),
           fat=5, date="2026-05-26")],
    "portal-2026-05-29-13": [
        ev("shot down", sub="disrupt", a1=IR_, a2=US_, loc=L("Jam", "IR", "Bushehr", 2),
           mod="claimed")],
    "portal-2026-06-08-63": [
        ev("attempting to behead", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=L("Belfast", "GB", "Northern Ireland", 1))],
    "portal-2026-06-11-27": [],
    "portal-2026-06-11-64": [],
    "portal-2026-06-14-17": [],
    "portal-2026-06-14-29": [
        ev("airstrike", sub="air", a1=IL_, a2="Hezbollah", loc=SLEB, fat=1),
        ev("killing of five American troops", sub="clash", a1="Hezbollah", a2=US_,
           loc=L("Iraq", "IQ", None, 4), fat=5, date=None, bg=True)],
    "portal-2026-06-14-62": [
        ev("is arrested", sub="arrest", a1="Police Forces of the United Arab Emirates",
           a2="Civilians (Bangladesh)", loc=L("Dubai", "AE", "Dubai", 1))],
    "portal-2026-06-18-29": [],
    "portal-2026-06-19-14": [],
    "portal-2026-06-21-25": [],
    "portal-2026-06-21-47": [],
    "portal-2026-06-28-16": [],
    "portal-2026-06-28-22": [
        ev("retaliatory strikes", sub="air", a1=IR_, a2=US_,
           loc=L("Manama", "BH", "Capital Governorate", 1)),
        ev("retaliatory strikes", sub="air", a1=IR_, a2=US_,
           loc=L("Ali Al Salem Air Base", "KW", "Al Jahra", 1))],
    "portal-2026-06-30-27": [
        ev("airstrike", sub="air", a1="Military Forces of Turkey", a2="Al-Shabaab",
           loc=L("Godey", "SO", "Lower Shabelle", 2), fat=35)],
    "portal-2026-06-30-70": [
        ev("rallies", sub="peaceful", a1="Protesters (Philippines)", a2=None,
           loc=L("Metro Manila", "PH", "Metro Manila", 3)),
        ev("are arrested", sub="violentdemo", a1="Rioters (Philippines)",
           a2="Police Forces of the Philippines",
           loc=L("Quezon City", "PH", "Metro Manila", 1))],
    "portal-2026-07-08-78": [
        ev("shootings", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Mitchells Plain", "ZA", "Western Cape", 2), fat=7)],
    "portal-2026-07-10-35": [],
    "portal-2026-07-10-36": [
        ev("death", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=None, fat=1, date="P-1")],
    "portal-2026-07-16-14": [],
    "portal-2026-07-17-30": [
        ev("strikes", sub="air", a1=US_, a2=IR_, loc=L("Iran", "IR", None, 4))],
    "portal-2026-07-30-20": [
        ev("Iranian attack", sub="air", a1=IR_, a2="Civilians (Kuwait)",
           loc=L("Kuwait", "KW", None, 4), fat=1)],
    "portal-2026-07-30-38": [
        ev("launch hundreds of drones and missiles", sub="air", a1=RU_, a2=UAC,
           loc=L("Ukraine", "UA", None, 4), fat=3),
        ev("ballistic missile strike", sub="shell", a1=RU_, a2=UAC,
           loc=L("Kryvyi Rih", "UA", "Dnipropetrovsk Oblast", 1), fat=6)],
    "portal-2026-08-01-24": [],
    "portal-2026-08-01-27": [
        ev("killed", sub="clash", a1=IL_, a2="Hezbollah", loc=SLEB, fat=10)],
    "portal-2026-08-01-78": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Twin Falls", "US", "Idaho", 1), fat=4)],
    "portal-2026-08-09-51": [
        ev("shootings", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Cape Town", "ZA", "Western Cape", 1), fat=11)],
    "portal-2026-08-09-54": [],
    "portal-2026-08-09-59": [],
    "portal-2026-08-11-21": [],
    "portal-2026-08-11-55": [],
    "portal-2026-08-15-15": [
        ev("attacked", sub="air", a1=IR_, a2="Civilians (United Arab Emirates)",
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 2), fat=0, date="P-1")],
    "portal-2026-08-17-60": [],
    "portal-2026-08-17-64": [],
    "portal-2026-08-18-22": [
        ev("drone strike", sub="air", a1=None, a2=UAC,
           loc=L("Enerhodar", "UA", "Zaporizhzhia Oblast", 1), fat=1)],
    "portal-2026-08-18-29": [
        ev("are killed", sub="clash", a1="Military Forces of Nigeria",
           a2="Unidentified Armed Group (Nigeria)", loc=L("Bakori", "NG", "Katsina", 1), fat=24)],
    "portal-2026-08-19-20": [
        ev("killing", sub="attack", a1=IL_, a2=PAL, loc=None, date=None, bg=True)],
    "portal-2026-08-19-28": [
        ev("are arrested", sub="arrest", a1="Military Forces of Mexico",
           a2="Jalisco New Generation Cartel",
           loc=L("Tinaja de Vargas", "MX", "Michoacán", 1))],
    "portal-2026-08-20-57": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X12.jsonl"), os.path.join(HERE, "coded-X12.jsonl"),
        require_all="--final" in sys.argv)
