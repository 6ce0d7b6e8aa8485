#!/usr/bin/env python3
"""Annotator X11: hand codes for batch-X11.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X11.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


US = "United States"
UK = "United Kingdom"
MIL_US = "Military Forces of the United States"
CIV_US = "Civilians (United States)"
UAG_US = "Unidentified Armed Group (United States)"
CIV_UK = "Civilians (United Kingdom)"
UAG_UK = "Unidentified Armed Group (United Kingdom)"
ISR = "Military Forces of Israel"
CIV_PS = "Civilians (Palestine)"
RSF = "Rapid Support Forces"

CODES = {
    "portal-2020-12-20-44": [
        ev("mass shooting", sub="attack", a1=UAG_US, a2=CIV_US,
           loc=L("Memphis", "US", "Tennessee", 1), fat=1)],
    "portal-2025-01-06-63": [
        ev("have been arrested", sub="arrest", a1="Police Forces of Venezuela",
           a2="Civilians (International)", loc=L("Venezuela", "VE", None, 4))],
    "portal-2025-01-08-22": [
        ev("mass shooting", sub="clash", a1="Unidentified Armed Group (Benin)",
           a2="Military Forces of Benin", loc=L("Northern Benin", "BJ", None, 3), fat=28)],
    "portal-2025-01-09-45": [],
    "portal-2025-01-09-50": [
        ev("detains", sub="arrest", a1="Government of Kuwait", a2="Civilians (Kuwait)",
           loc=L("Kuwait", "KW", None, 4))],
    "portal-2025-01-17-12": [
        ev("approves the proposed Gaza ceasefire agreement", sub="agree",
           a1="Government of Israel", a2="Hamas", loc=L("Israel", "IL", None, 4))],
    "portal-2025-01-17-48": [],
    "portal-2025-01-20-36": [
        ev("mass stabbing", sub="attack", a1=UAG_UK, a2=CIV_UK,
           loc=L("Southport", "GB", "England", 1), date="2024-07", fat=3, bg=True)],
    "portal-2025-01-20-42": [],
    "portal-2025-01-20-53": [],
    "portal-2025-01-20-55": [],
    "portal-2025-01-26-55": [],
    "portal-2025-01-27-14": [
        ev("find the bodies", sub="clash", a1="Unidentified Armed Group (Colombia)",
           a2="FARC", loc=L("Teorama", "CO", "Norte de Santander", 1), fat=13)],
    "portal-2025-01-27-37": [
        ev("seizure", sub="disrupt", a1="Police Forces of Kenya",
           loc=L("Kenya", "KE", None, 4)),
        ev("seizure", sub="disrupt", a1="Police Forces of Democratic Republic of Congo",
           loc=L("Democratic Republic of the Congo", "CD", None, 4)),
        ev("seizure", sub="disrupt", a1="Police Forces of Somalia",
           loc=L("Somalia", "SO", None, 4)),
        ev("seizure", sub="disrupt", a1="Police Forces of Tanzania",
           loc=L("Tanzania", "TZ", None, 4))],
    "portal-2025-01-27-45": [],
    "portal-2025-02-05-62": [],
    "portal-2025-02-21-49": [],
    "portal-2025-02-22-50": [
        ev("shooting", sub="attack", a1=UAG_US, a2=CIV_US,
           loc=L("Albuquerque", "US", "New Mexico", 1), fat=1)],
    "portal-2025-02-25-60": [],
    "portal-2025-03-01-28": [
        ev("raids", sub="attack", a1="Allied Democratic Forces",
           a2="Civilians (Democratic Republic of Congo)", loc=L("Ituri", "CD", "Ituri", 3),
           fat=23),
        ev("taken hostage", sub="abduct", a1="Allied Democratic Forces",
           a2="Civilians (Democratic Republic of Congo)", loc=L("Ituri", "CD", "Ituri", 3))],
    "portal-2025-03-02-19": [
        ev("Israeli attacks", sub="attack", a1=ISR, a2=CIV_PS,
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=4)],
    "portal-2025-03-04-13": [
        ev("drone strike", sub="air", a1=ISR, a2="Hezbollah",
           loc=L("Tyre", "LB", "South Lebanon", 1), fat=1)],
    "portal-2025-03-07-56": [
        ev("removing state police from their posts", sub="other",
           a1="Police Forces of Bosnia and Herzegovina (Republika Srpska)",
           a2="Police Forces of Bosnia and Herzegovina",
           loc=L("Banja Luka", "BA", "Republika Srpska", 1))],
    "portal-2025-03-11-62": [
        ev("is arrested", sub="arrest", a1="Police Forces of the Philippines",
           a2="Civilians (Philippines)", loc=L("Manila", "PH", "Metro Manila", 1))],
    "portal-2025-03-19-52": [
        ev("killing three family members", sub="attack", a1=UAG_UK, a2=CIV_UK,
           loc=L("Luton", "GB", "England", 1), date=None, fat=3, bg=True)],
    "portal-2025-03-20-48": [],
    "portal-2025-03-25-15": [],
    "portal-2025-03-31-17": [
        ev("seizes two foreign oil tankers", sub="other", a1="Military Forces of Iran",
           a2="Civilians (International)", loc=L("Persian Gulf", "IR", None, 3))],
    "portal-2025-04-02-28": [],
    "portal-2025-04-02-30": [
        ev("declares a temporary ceasefire", sub="agree", a1="Government of Myanmar",
           a2="National Unity Government", loc=L("Myanmar", "MM", None, 4))],
    "portal-2025-04-06-12": [
        ev("capture", sub="nsaover", a1="Military Forces of Russia",
           a2="Military Forces of Ukraine", loc=L("Basivka", "UA", "Sumy Oblast", 1))],
    "portal-2025-04-06-49": [
        ev("demonstration", sub="peaceful", a1="Protesters (France)",
           loc=L("Paris", "FR", "Île-de-France", 1))],
    "portal-2025-04-11-45": [],
    "portal-2025-04-24-55": [
        ev("mass shooting", sub="attack", a1=UAG_US, a2=CIV_US,
           loc=L("Glenvar Heights", "US", "Florida", 1), fat=1)],
    "portal-2025-04-28-24": [
        ev("declares a three-day ceasefire", sub="agree", a1="Government of Russia",
           a2="Government of Ukraine", loc=L("Ukraine", "UA", None, 4))],
    "portal-2025-04-28-53": [],
    "portal-2025-05-03-35": [],
    "portal-2025-06-01-27": [
        ev("seize a Malian Armed Forces base", sub="nsaover",
           a1="Jama'at Nasr al-Islam wal-Muslimin", a2="Military Forces of Mali",
           loc=L("Mali", "ML", None, 4), fat=30),
        ev("launching an attack", sub="clash", a1="Jama'at Nasr al-Islam wal-Muslimin",
           a2="Wagner Group", loc=L("Timbuktu", "ML", "Tombouctou", 1))],
    "portal-2025-06-01-40": [
        ev("clashes with riot police", sub="mob", a1="Rioters (France)",
           a2="Police Forces of France", loc=L("Paris", "FR", "Île-de-France", 1), fat=2)],
    "portal-2025-06-01-43": [
        ev("arson attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Hamburg", "DE", "Hamburg", 1), fat=3)],
    "portal-2025-06-05-46": [
        ev("killed", sub="ied", a1="Unidentified Armed Group (Malta)", a2="Civilians (Malta)",
           loc=None, date=None, fat=1, bg=True)],
    "portal-2025-06-13-43": [],
    "portal-2025-06-18-40": [],
    "portal-2025-06-23-14": [
        ev("Israeli strikes on Iran", sub="air", a1=ISR, a2="Civilians (Iran)",
           loc=L("Iran", "IR", None, 4), date=None, bg=True),
        ev("killing of Iranian nuclear scientists", sub="air", a1=ISR, a2="Civilians (Iran)",
           loc=L("Iran", "IR", None, 4), date=None, bg=True)],
    "portal-2025-07-02-39": [],
    "portal-2025-07-06-39": [],
    "portal-2025-07-06-48": [],
    "portal-2025-07-10-20": [
        ev("insurgent attack", sub="clash", a1="Unidentified Armed Group (Nigeria)",
           a2="Military Forces of Nigeria", loc=L("Faskari", "NG", "Katsina", 2), fat=36)],
    "portal-2025-07-10-32": [],
    "portal-2025-07-13-42": [
        ev("raid", sub="clash", a1="Police Forces of Haiti",
           a2="Unidentified Armed Group (Haiti)", loc=L("Tortuga", "HT", "Nord-Ouest", 2),
           fat=3)],
    "portal-2025-07-19-29": [
        ev("vehicle-ramming attack", sub="attack", a1=UAG_US, a2=CIV_US,
           loc=L("Los Angeles", "US", "California", 1))],
    "portal-2025-07-25-27": [
        ev("launch an offensive", sub="clash", a1="Wazalendo", a2="March 23 Movement",
           loc=L("Luke", "CD", "North Kivu", 1)),
        ev("had taken", sub="nsaover", a1="March 23 Movement",
           loc=L("Luke", "CD", "North Kivu", 1), date="P-1", bg=True)],
    "portal-2025-07-25-58": [],
    "portal-2025-07-31-15": [
        ev("clash with", sub="clash", a1="March 23 Movement", a2="Mai-Mai",
           loc=L("Ufamandu", "CD", "North Kivu", 2))],
    "portal-2025-07-31-55": [],
    "portal-2025-08-02-14": [],
    "portal-2025-08-02-20": [
        ev("targets", sub="air", a1="Military Forces of Ukraine",
           loc=L("Ryazan", "RU", "Ryazan Oblast", 1))],
    "portal-2025-08-12-11": [
        ev("launches an operation", sub="other", a1="Military Forces of Pakistan",
           a2="Tehrik-i-Taliban Pakistan", loc=L("Bajaur", "PK", "Khyber Pakhtunkhwa", 2))],
    "portal-2025-08-12-35": [],
    "portal-2025-08-20-43": [
        ev("four bodies were found", sub="attack", a1="Unidentified Armed Group (France)",
           a2="Civilians (France)", loc=L("Choisy-le-Roi", "FR", "Île-de-France", 1), fat=4)],
    "portal-2025-08-22-21": [
        ev("explodes", sub="ied", a1="Military Forces of Ukraine",
           a2="Military Forces of Russia", loc=L("Novorossiysk", "RU", "Krasnodar Krai", 1),
           fat=5)],
    "portal-2025-08-22-44": [
        ev("arson attack", sub="attack", a1=UAG_UK, a2=CIV_UK,
           loc=L("Ilford", "GB", "England", 1))],
    "portal-2025-08-31-46": [],
    "portal-2025-09-11-48": [],
    "portal-2025-10-01-17": [
        ev("drone strike", sub="air", a1="Military Forces of Russia",
           loc=L("Slavutych", "UA", "Kyiv Oblast", 1))],
    "portal-2025-10-01-42": [
        ev("open fire", sub="excessive", a1="Protesters (Morocco)",
           a2="Police Forces of Morocco", loc=L("Lqliâa", "MA", "Souss-Massa", 1), fat=3)],
    "portal-2025-10-12-22": [
        ev("clashes", sub="violentdemo", a1="Rioters (Pakistan)",
           a2="Police Forces of Pakistan", loc=L("Muridke", "PK", "Punjab", 1), fat=5)],
    "portal-2025-10-12-39": [],
    "portal-2025-10-14-13": [
        ev("hands the remains", sub="agree", a1="Hamas", a2="Government of Israel",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3)),
        ev("release of four bodies", sub="agree", a1="Hamas", a2="Government of Israel",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), date="2025-10-13", bg=True)],
    "portal-2025-10-15-46": [
        ev("Duterte's arrest", sub="arrest", a1=None, a2="Civilians (Philippines)",
           loc=None, date=None, bg=True)],
    "portal-2025-10-15-57": [
        ev("jailbreak", sub="other", a1="Barrio 18", loc=L("Guatemala", "GT", None, 4),
           date=None, bg=True)],
    "portal-2025-10-23-40": [
        ev("Bloody Sunday", sub="excessive", a1="Protesters (United Kingdom)",
           a2="Military Forces of the United Kingdom",
           loc=L("Derry", "GB", "Northern Ireland", 1), date=None, bg=True)],
    "portal-2025-10-26-55": [],
    "portal-2025-11-11-41": [],
    "portal-2025-11-11-52": [],
    "portal-2025-11-12-38": [
        ev("riot breaks out", sub="mob", a1="Rioters (Greece)", a2="Police Forces of Greece",
           loc=L("Sintiki", "GR", "Central Macedonia", 1))],
    "portal-2025-11-14-59": [
        ev("attempted murder", sub="attack", a1="Antifa Ost", a2="Civilians (Germany)",
           loc=L("Saxony", "DE", "Saxony", 3), date=None, bg=True),
        ev("attempted murder", sub="attack", a1="Antifa Ost", a2="Civilians (Germany)",
           loc=L("Thuringia", "DE", "Thuringia", 3), date=None, bg=True)],
    "portal-2025-11-16-22": [
        ev("broken railway line", sub="loot", a1="Unidentified Armed Group (Poland)",
           loc=L("Życzyn", "PL", "Masovian", 1))],
    "portal-2025-11-16-35": [
        ev("US strikes on nuclear sites", sub="air", a1=MIL_US,
           loc=L("Iran", "IR", None, 4), date=None, bg=True)],
    "portal-2025-11-21-16": [],
    "portal-2025-11-21-21": [
        ev("killed", sub="attack", a1=ISR, a2=CIV_PS,
           loc=L("East Jerusalem", "PS", "West Bank", 1), fat=2)],
    "portal-2025-11-21-50": [],
    "portal-2025-11-27-56": [
        ev("were shot", sub="clash", a1=UAG_US, a2=MIL_US,
           loc=L("Washington, D.C.", "US", "District of Columbia", 1), date="P-1", fat=1)],
    "portal-2025-11-27-71": [],
    "portal-2025-12-01-63": [],
    "portal-2025-12-03-20": [],
    "portal-2025-12-06-39": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Saulsville", "ZA", "Gauteng", 1), fat=12)],
    "portal-2025-12-10-48": [
        ev("failed coup attempt", sub="other", a1="Mutinous Military Forces of Benin",
           a2="Government of Benin", loc=L("Benin", "BJ", None, 4), date=None,
           mod="attempted", bg=True),
        ev("arrests", sub="arrest", a1="Police Forces of Benin",
           a2="Mutinous Military Forces of Benin", loc=L("Benin", "BJ", None, 4), date=None,
           bg=True)],
    "portal-2025-12-11-15": [
        ev("clashes", sub="clash", a1="Military Forces of Thailand",
           a2="Military Forces of Cambodia", loc=L("Cambodia-Thailand border", "TH", None, 4))],
    "portal-2025-12-20-13": [
        ev("intercepts and seizes", sub="other", a1=MIL_US,
           loc=L("Venezuela", "VE", None, 4)),
        ev("seizing another", sub="other", a1=MIL_US,
           loc=L("Venezuela", "VE", None, 4), date=None, bg=True)],
    "portal-2025-12-26-17": [
        ev("drone strike", sub="air", a1="Unidentified Armed Group (Chad)",
           a2="Military Forces of Chad", loc=L("Tine", "TD", "Wadi Fira", 1), fat=2)],
    "portal-2025-12-27-17": [
        ev("ethnically motivated attacks", sub="attack", a1=RSF, a2="Civilians (Sudan)",
           loc=L("Darfur", "SD", None, 3), fat=200)],
    "portal-2025-12-29-12": [
        ev("shootout", sub="clash", a1="Police Forces of Turkey", a2="Islamic State",
           loc=L("Elmalık", "TR", "Yalova", 1), fat=9)],
    "portal-2026-01-12-15": [
        ev("roadside bomb", sub="ied", a1="Unidentified Armed Group (Pakistan)",
           a2="Police Forces of Pakistan",
           loc=L("Khyber Pakhtunkhwa", "PK", "Khyber Pakhtunkhwa", 3), fat=6)],
    "portal-2026-01-24-46": [],
    "portal-2026-02-06-52": [
        ev("killed five women", sub="attack", a1=UAG_UK, a2=CIV_UK, loc=None, date=None,
           fat=5, bg=True),
        ev("murdering a 17-year-old girl", sub="attack", a1=UAG_UK, a2=CIV_UK, loc=None,
           date=None, fat=1, bg=True)],
    "portal-2026-02-06-56": [],
    "portal-2026-02-08-13": [
        ev("is detained", sub="arrest", a1="Police Forces of the United Arab Emirates",
           a2="Unidentified Armed Group (Russia)", loc=L("Dubai", "AE", "Dubai", 1)),
        ev("shooting and critically injuring", sub="attack",
           a1="Unidentified Armed Group (Russia)", a2="Military Forces of Russia", loc=None,
           date="2026-02-06", bg=True)],
    "portal-2026-02-09-20": [
        ev("large-scale attack", sub="air", a1="Military Forces of Russia",
           a2="Civilians (Ukraine)", loc=L("Ukraine", "UA", None, 4), fat=4),
        ev("killing", sub="air", a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Kharkiv", "UA", "Kharkiv Oblast", 1), fat=2)],
    "portal-2026-02-11-44": [
        ev("school shooting", sub="attack", a1="Unidentified Armed Group (Thailand)",
           a2="Civilians (Thailand)", loc=L("Hat Yai", "TH", "Songkhla", 1), fat=1)],
    "portal-2026-02-13-44": [],
    "portal-2026-02-14-12": [
        ev("simultaneous attacks", sub="attack", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Niger State", "NG", "Niger", 3), fat=46),
        ev("kidnapping", sub="abduct", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Niger State", "NG", "Niger", 3))],
    "portal-2026-02-17-40": [
        ev("arrest nine people", sub="arrest", a1="Police Forces of France",
           a2="Civilians (France)", loc=L("France", "FR", None, 4)),
        ev("fatal beating", sub="mob", a1="Rioters (France)", a2="Civilians (France)",
           loc=L("Lyon", "FR", "Auvergne-Rhône-Alpes", 1), date=None, fat=1, bg=True)],
    "portal-2026-03-03-17": [],
    "portal-2026-03-03-33": [
        ev("capturing several positions", sub="nsaover", a1=ISR, a2="Hezbollah",
           loc=L("Lebanon", "LB", None, 4)),
        ev("drone and rocket attacks", sub="air", a1="Hezbollah", a2=ISR,
           loc=L("Israel", "IL", None, 4), date=None, bg=True)],
    "portal-2026-03-03-59": [],
    "portal-2026-03-03-60": [],
    "portal-2026-03-06-61": [],
    "portal-2026-03-06-68": [],
    "portal-2026-03-07-55": [
        ev("being attacked", sub="attack", a1=UAG_UK, a2=CIV_UK,
           loc=L("HM Prison Frankland", "GB", "England", 1), date="P-9", fat=1)],
    "portal-2026-03-12-79": [
        ev("stabbing", sub="attack", a1="Unidentified Armed Group (Israel)",
           a2="Civilians (Israel)", loc=L("Ramat Gan", "IL", "Tel Aviv", 1))],
    "portal-2026-03-13-32": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Nigeria)",
           a2="Military Forces of Nigeria", loc=L("Plateau State", "NG", "Plateau", 3),
           fat=20)],
    "portal-2026-03-14-42": [],
    "portal-2026-03-14-50": [],
    "portal-2026-03-15-53": [],
    "portal-2026-03-15-57": [],
    "portal-2026-03-16-15": [],
    "portal-2026-03-16-25": [
        ev("struck by a drone", sub="air", a1="Unidentified Armed Group (Iraq)",
           loc=L("Baghdad", "IQ", "Baghdad", 1))],
    "portal-2026-03-19-17": [
        ev("strike", sub="air", a1="Military Forces of Iran",
           loc=L("Mina al-Ahmadi", "KW", "Al Ahmadi", 1)),
        ev("strike", sub="air", a1="Military Forces of Iran",
           loc=L("Mina Abdullah", "KW", "Al Ahmadi", 1))],
    "portal-2026-03-19-56": [
        ev("arrested during protests", sub="arrest", a1="Police Forces of Iran",
           a2="Protesters (Iran)", loc=L("Iran", "IR", None, 4), date="2026-01", bg=True)],
    "portal-2026-03-21-58": [],
    "portal-2026-03-22-39": [],
    "portal-2026-03-23-48": [],
    "portal-2026-03-23-51": [
        ev("Hatzola arson attack", sub="loot", a1=None, a2=None, loc=None, date=None,
           bg=True)],
    "portal-2026-03-25-14": [
        ev("intercepts", sub="disrupt", a1="Military Forces of Jordan",
           a2="Military Forces of Iran", loc=L("Jordan", "JO", None, 4), mod="foiled")],
    "portal-2026-03-25-19": [],
    "portal-2026-03-25-78": [],
    "portal-2026-03-26-22": [
        ev("intercepted ballistic missile", sub="disrupt",
           a1="Military Forces of the United Arab Emirates",
           loc=L("Abu Dhabi", "AE", "Abu Dhabi", 1), fat=2, mod="foiled")],
    "portal-2026-03-28-34": [
        ev("drone attack", sub="air", a1="Military Forces of Russia",
           a2="Civilians (Ukraine)", loc=L("Odesa", "UA", "Odesa Oblast", 1), fat=2)],
    "portal-2026-03-28-64": [],
    "portal-2026-03-30-36": [
        ev("massacre", sub="attack", a1="Unidentified Armed Group (Haiti)",
           a2="Civilians (Haiti)", loc=L("Artibonite", "HT", "Artibonite", 3), date="P-1",
           fat=70)],
    "portal-2026-03-31-25": [],
    "portal-2026-03-31-26": [],
    "portal-2026-03-31-56": [],
    "portal-2026-04-02-70": [],
    "portal-2026-04-02-80": [],
    "portal-2026-04-03-58": [],
    "portal-2026-04-04-56": [
        ev("clash with", sub="intervention", a1="Protesters (Israel)",
           a2="Police Forces of Israel", loc=L("Tel Aviv", "IL", "Tel Aviv", 1))],
    "portal-2026-04-04-60": [
        ev("arrests", sub="arrest", a1="Police Forces of India", a2="Islamic State",
           loc=L("Kushinagar", "IN", "Uttar Pradesh", 1))],
    "portal-2026-04-04-68": [],
    "portal-2026-04-06-39": [
        ev("airstrike", sub="air", a1=ISR, a2="Civilians (Iran)",
           loc=L("Tehran", "IR", "Tehran", 1), fat=4)],
    "portal-2026-04-07-17": [],
    "portal-2026-04-07-19": [],
    "portal-2026-04-07-34": [],
    "portal-2026-04-08-31": [
        ev("intercepts", sub="disrupt", a1="Military Forces of the United Arab Emirates",
           loc=L("United Arab Emirates", "AE", None, 4), mod="foiled")],
    "portal-2026-04-19-25": [
        ev("airstrike", sub="air", a1=MIL_US, a2="Civilians (International)", loc=None,
           fat=3)],
    "portal-2026-04-19-58": [
        ev("has been arrested", sub="arrest", a1="Police Forces of the United States",
           a2="Civilians (Iran)", loc=L("Los Angeles", "US", "California", 1))],
    "portal-2026-04-23-16": [
        ev("boarding operation", sub="other", a1=MIL_US, loc=None)],
    "portal-2026-04-25-22": [
        ev("airstrike", sub="air", a1=ISR, a2="Hamas",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=10, mod="claimed"),
        ev("October 7, 2023 attacks", sub="attack", a1="Hamas", a2="Civilians (Israel)",
           loc=None, date="2023-10-07", bg=True)],
    "portal-2026-04-25-44": [
        ev("drone strikes", sub="air", a1=RSF, a2="Civilians (Sudan)",
           loc=L("El-Obeid", "SD", "North Kordofan", 1), fat=7)],
    "portal-2026-04-26-16": [
        ev("Israeli airstrikes", sub="air", a1=ISR, a2="Civilians (Lebanon)",
           loc=L("Southern Lebanon", "LB", None, 3), fat=14)],
    "portal-2026-04-26-33": [
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Colombia)",
           a2="Civilians (Colombia)", loc=L("Cauca", "CO", "Cauca", 3), fat=20)],
    "portal-2026-04-26-61": [],
    "portal-2026-04-27-21": [],
    "portal-2026-04-27-32": [
        ev("Pakistani strikes", sub="air", a1="Military Forces of Pakistan",
           a2="Civilians (Afghanistan)", loc=L("Afghanistan", "AF", None, 4), fat=7,
           mod="claimed")],
    "portal-2026-04-29-72": [
        ev("is detained", sub="arrest", a1="Police Forces of Italy", a2="Civilians (Italy)",
           loc=L("Rome", "IT", "Lazio", 1)),
        ev("shooting and wounding", sub="attack", a1="Unidentified Armed Group (Italy)",
           a2="Civilians (Italy)", loc=L("Rome", "IT", "Lazio", 1), date="P-4", bg=True)],
    "portal-2026-04-30-18": [
        ev("stabbing attack", sub="attack", a1=UAG_UK, a2=CIV_UK,
           loc=L("Golders Green", "GB", "England", 1), date="P-1", bg=True)],
    "portal-2026-05-03-14": [],
    "portal-2026-05-03-58": [
        ev("mass shooting", sub="attack", a1=UAG_US, a2=CIV_US,
           loc=L("Arcadia Lake", "US", "Oklahoma", 1))],
    "portal-2026-05-03-60": [],
    "portal-2026-05-05-61": [
        ev("arrests", sub="arrest", a1="Police Forces of the Philippines",
           a2="Civilians (Philippines)", loc=L("Pasig", "PH", "Metro Manila", 1))],
    "portal-2026-05-13-56": [
        ev("Gunshots are reported", sub="other",
           a1="Unidentified Armed Group (Philippines)",
           loc=L("Senate of the Philippines building", "PH", "Metro Manila", 1))],
    "portal-2026-05-13-68": [],
    "portal-2026-05-14-69": [
        ev("hijacked", sub="abduct", a1="Unidentified Armed Group (Somalia)",
           a2="Civilians (International)", loc=L("Somalia", "SO", None, 4), date=None,
           bg=True)],
    "portal-2026-05-14-71": [],
    "portal-2026-05-15-71": [],
    "portal-2026-05-18-15": [],
    "portal-2026-05-18-16": [],
    "portal-2026-05-19-18": [
        ev("assassination", sub="air", a1=ISR, a2="Government of Iran", loc=None,
           date=None, fat=1, bg=True),
        ev("strike on his home", sub="air", a1=ISR, a2="Civilians (Iran)", loc=None,
           date=None, bg=True)],
    "portal-2026-05-21-14": [
        ev("strike", sub="air", a1="Military Forces of Ukraine",
           a2="Military Forces of Russia", loc=L("Kherson Oblast", "UA", "Kherson Oblast", 3))],
    "portal-2026-05-21-57": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Honduras)",
           a2="Civilians (Honduras)", loc=L("Rigores", "HN", "Colón", 1), fat=20),
        ev("shootout", sub="clash", a1="Police Forces of Honduras",
           a2="Unidentified Armed Group (Honduras)", loc=L("Corinto", "HN", "Cortés", 1),
           fat=8)],
    "portal-2026-05-21-59": [
        ev("discovered military-grade firearms and explosives", sub="disrupt",
           a1="Police Forces of Thailand", loc=L("Pattaya", "TH", "Chon Buri", 1),
           date=None, bg=True)],
    "portal-2026-05-23-26": [
        ev("drone attack", sub="air", a1="Military Forces of Ukraine",
           loc=L("Novorossiysk", "RU", "Krasnodar Krai", 1))],
    "portal-2026-06-08-14": [
        ev("agreed to stop the airstrikes", sub="agree", a1="Government of Israel",
           a2="Government of the United States", loc=L("Israel", "IL", None, 4))],
    "portal-2026-06-08-62": [],
    "portal-2026-06-11-28": [],
    "portal-2026-06-11-59": [
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Thailand)",
           a2="Civilians (Thailand)", loc=L("Bangkok", "TH", "Bangkok", 1), date=None,
           fat=20, bg=True)],
    "portal-2026-06-18-69": [],
    "portal-2026-06-19-72": [],
    "portal-2026-06-21-18": [],
    "portal-2026-07-08-89": [],
    "portal-2026-07-13-22": [
        ev("missile attack", sub="shell", a1=None, a2=None, loc=None, date="2026-05-04",
           bg=True)],
    "portal-2026-07-13-85": [],
    "portal-2026-07-16-59": [],
    "portal-2026-07-16-64": [],
    "portal-2026-07-17-29": [
        ev("drone strikes", sub="air", a1="Military Forces of Iran",
           a2="Unidentified Armed Group (Iraq)", loc=L("Erbil", "IQ", "Erbil", 2), fat=8)],
    "portal-2026-07-17-83": [],
    "portal-2026-07-17-90": [],
    "portal-2026-07-18-14": [
        ev("intercepts", sub="disrupt", a1="Military Forces of Bahrain",
           a2="Military Forces of Iran", loc=L("Bahrain", "BH", None, 4), mod="foiled")],
    "portal-2026-07-18-28": [
        ev("are damaged", sub="air", a1=MIL_US, loc=L("Jask", "IR", "Hormozgan", 1))],
    "portal-2026-07-20-23": [],
    "portal-2026-08-01-18": [],
    "portal-2026-08-01-45": [
        ev("detonates the explosive", sub="suicide", a1="Unidentified Armed Group (Russia)",
           a2="Civilians (Russia)", loc=L("Moscow", "RU", "Moscow", 1), fat=3)],
    "portal-2026-08-03-17": [
        ev("missile strike", sub="shell", a1=ISR, a2=CIV_PS,
           loc=L("Gaza City", "PS", "Gaza Strip", 2), fat=2)],
    "portal-2026-08-03-25": [
        ev("drone debris falls", sub="air", a1=None, a2="Civilians (Russia)",
           loc=L("Gelendzhik", "RU", "Krasnodar Krai", 1), fat=7)],
    "portal-2026-08-07-27": [
        ev("repel a surprise drone attack", sub="disrupt", a1="Military Forces of Sudan",
           a2=RSF, loc=L("Dilling", "SD", "South Kordofan", 1), mod="foiled"),
        ev("killed", sub="attack", a1="Unidentified Armed Group (Sudan)",
           a2="Civilians (Sudan)", loc=L("El Obeid", "SD", "North Kordofan", 1), fat=5)],
    "portal-2026-08-12-13": [
        ev("drone and land attacks", sub="air", a1=RSF, a2="Civilians (Sudan)",
           loc=L("El Obeid", "SD", "North Kordofan", 1), fat=2)],
    "portal-2026-08-15-37": [],
    "portal-2026-08-17-65": [],
    "portal-2026-08-17-70": [],
    "portal-2026-08-20-24": [
        ev("regains control", sub="nsaover",
           a1="Sudan People's Liberation Movement-North (al-Hilu)",
           a2="Otoro Ethnic Militia (Sudan)", loc=L("Kauda", "SD", "South Kordofan", 1)),
        ev("clashes", sub="clash", a1="Sudan People's Liberation Movement-North (al-Hilu)",
           a2="Otoro Ethnic Militia (Sudan)", loc=L("Kauda", "SD", "South Kordofan", 1),
           date="P-2"),
        ev("clashes", sub="clash", a1="Sudan People's Liberation Movement-North (al-Hilu)",
           a2="Otoro Ethnic Militia (Sudan)", loc=L("Kauda", "SD", "South Kordofan", 1),
           date="P-1")],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X11.jsonl"), os.path.join(HERE, "coded-X11.jsonl"),
        require_all="--final" in sys.argv)
