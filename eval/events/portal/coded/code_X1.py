#!/usr/bin/env python3
"""Annotator X1: hand codes for batch-X1.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X1.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, ev, run


# ---------------------------------------------------------------- codes
# Location tuples
def L(name, cc, admin1=None, prec=1):
    return (name, cc, admin1, prec)


RU = "Military Forces of Russia"
UAF = "Military Forces of Ukraine"
UAC = "Civilians (Ukraine)"
IL = "Military Forces of Israel"
PSC = "Civilians (Palestine)"
PKM = "Military Forces of Pakistan"
TTP = "Tehrik-i-Taliban Pakistan"
US = "Military Forces of the United States"
SYM = "Military Forces of Syria"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
KP = "Khyber Pakhtunkhwa"

CODES = {
    "portal-2025-01-02-53": [],
    "portal-2025-01-06-74": [],
    "portal-2025-01-18-21": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Iran)",
           a2="Civilians (Iran)", loc=L("Tehran", "IR", "Tehran", 1), fat=3)],
    "portal-2025-01-20-16": [
        ev("clash", sub="clash", a1="National Liberation Army (ELN)",
           a2="FARC Dissidents (33rd Front)", loc=L("Colombia", "CO", None, 4))],
    "portal-2025-01-20-51": [],
    "portal-2025-01-21-24": [
        ev("operation", sub="clash", a1=SYM, a2="Assad Loyalist Militia (Syria)",
           loc=L("Homs", "SY", "Homs", 3), fat=6)],
    "portal-2025-01-21-55": [],
    "portal-2025-01-29-56": [],
    "portal-2025-02-06-13": [],
    "portal-2025-02-06-22": [],
    "portal-2025-02-12-14": [
        ev("ballistic missile attack", sub="shell", a1=RU, a2=UAC,
           loc=L("Kyiv", "UA", "Kyiv City", 1), fat=1)],
    "portal-2025-02-20-30": [
        ev("explode", sub="ied", a1="Unidentified Armed Group (Israel)", a2=None,
           loc=L("Bat Yam", "IL", "Tel Aviv", 1), fat=0)],
    "portal-2025-02-24-14": [
        ev("capture", sub="govregain", a1="Military Forces of Puntland",
           a2="Islamic State (Somalia)", loc=L("Dararmadobe", "SO", "Bari", 1)),
        ev("capture", sub="govregain", a1="Military Forces of Puntland",
           a2="Islamic State (Somalia)", loc=L("Uraar", "SO", "Bari", 1)),
        ev("capture", sub="govregain", a1="Military Forces of Puntland",
           a2="Islamic State (Somalia)",
           loc=L("Four Corners of Mountains, Gaatir Oodan", "SO", "Bari", 2)),
        ev("UAE and US airstrikes", sub="air",
           a1="Military Forces of the United Arab Emirates", a2="Islamic State (Somalia)",
           loc=L("Bari", "SO", "Bari", 3), date=None, bg=True),
        ev("UAE and US airstrikes", sub="air", a1=US, a2="Islamic State (Somalia)",
           loc=L("Bari", "SO", "Bari", 3), date=None, bg=True),
        ev("rigged with explosives were found", sub="disrupt", mod="foiled",
           a1="Military Forces of Puntland", a2="Islamic State (Somalia)",
           loc=L("Cal Miskaad mountains", "SO", "Bari", 2)),
    ],
    "portal-2025-02-25-21": [
        ev("reach an agreement", sub="agree", a1="Government of Senegal",
           a2="Movement of Democratic Forces of Casamance", loc=None)],
    "portal-2025-02-26-58": [],
    "portal-2025-02-28-56": [],
    "portal-2025-02-28-60": [
        ev("general strike", sub="peaceful", a1="Protesters (Greece)",
           loc=L("Greece", "GR", None, 4))],
    "portal-2025-03-02-25": [
        ev("killed by gunfire", sub="attack", a1="Unidentified Armed Group (Syria)",
           a2="Civilians (Syria)", loc=L("Syria", "SY", None, 4), fat=22)],
    "portal-2025-03-07-21": [
        ev("intercepting", sub="disrupt", mod="foiled", a1=UAF, a2=RU,
           loc=L("Ukraine", "UA", None, 4))],
    "portal-2025-03-07-50": [],
    "portal-2025-03-17-26": [
        ev("airstrikes", sub="air", a1=US, a2=None,
           loc=L("Al Hudaydah", "YE", "Al Hudaydah", 3)),
        ev("airstrikes", sub="air", a1=US, a2=None,
           loc=L("Al Jawf Governorate", "YE", "Al Jawf", 3)),
        ev("rally", sub="peaceful", a1="Protesters (Yemen)",
           loc=L("Sanaa", "YE", "Amanat al Asimah", 1)),
    ],
    "portal-2025-03-25-18": [
        ev("airstrike", sub="air", a1="Military Forces of Sudan", a2="Civilians (Sudan)",
           loc=L("Tora", "SD", None, 1), fat=54)],
    "portal-2025-03-25-33": [],
    "portal-2025-04-01-25": [
        ev("captured", sub="nsaover", mod="claimed", a1=RU, a2=UAF,
           loc=L("Rozlyv", "UA", "Donetsk Oblast", 1))],
    "portal-2025-04-07-16": [],
    "portal-2025-04-14-13": [],
    "portal-2025-04-14-15": [],
    "portal-2025-04-14-45": [],
    "portal-2025-04-14-46": [],
    "portal-2025-05-04-14": [
        ev("drone attacks", sub="air", a1="Rapid Support Forces",
           a2="Military Forces of Sudan", loc=L("Port Sudan", "SD", "Red Sea", 1), fat=0)],
    "portal-2025-05-07-13": [
        ev("retaliatory strikes", sub="air", a1=PKM, a2=None,
           loc=L("India", "IN", None, 4)),
        ev("retaliatory strikes", sub="air", a1=PKM, a2=None,
           loc=L("Jammu and Kashmir", "IN", "Jammu and Kashmir", 3)),
    ],
    "portal-2025-05-07-41": [],
    "portal-2025-05-10-23": [
        ev("airstrike", sub="air", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("El Obeid", "SD", "North Kordofan", 1), fat=20)],
    "portal-2025-05-12-15": [
        ev("Clashes", sub="clash", a1="444th Brigade", a2="Stability Support Apparatus",
           loc=L("Tripoli", "LY", "Tripoli", 1)),
        ev("assassination", sub="clash", a1="Unidentified Armed Group (Libya)",
           a2="Stability Support Apparatus", loc=L("Tripoli", "LY", "Tripoli", 1),
           fat=1, date=None, bg=True),
    ],
    "portal-2025-05-12-22": [
        ev("attack", sub="attack", a1="Unidentified Armed Group (Mali)",
           a2="Civilians (Mali)", loc=L("Narena", "ML", "Koulikoro", 1), fat=3)],
    "portal-2025-05-17-42": [],
    "portal-2025-05-23-43": [],
    "portal-2025-05-24-13": [
        ev("drone and missile attack", sub="air", a1=RU, a2=UAC,
           loc=L("Ukraine", "UA", None, 4))],
    "portal-2025-05-24-31": [],
    "portal-2025-05-24-35": [],
    "portal-2025-05-29-38": [],
    "portal-2025-05-30-15": [
        ev("vehicle bombing", sub="ied", a1="Islamic State", a2=SYM,
           loc=L("Al-Safa", "SY", "As-Sweida", 1), date="2025-05-22")],
    "portal-2025-05-31-16": [
        ev("explosion", sub="ied", a1="Unidentified Armed Group (Russia)",
           a2="Civilians (Russia)", loc=L("Bryansk Oblast", "RU", "Bryansk", 3), fat=7)],
    "portal-2025-06-06-14": [
        ev("cruise missiles hit", sub="shell", a1=RU, a2=None,
           loc=L("Ternopil", "UA", "Ternopil Oblast", 1))],
    "portal-2025-06-11-13": [
        ev("killed by the Israel Defense Forces", sub="attack", a1=IL, a2=PSC,
           loc=L("Central Gaza", "PS", "Gaza Strip", 3), fat=31)],
    "portal-2025-06-11-49": [],
    "portal-2025-06-19-22": [
        ev("sign a provisional peace treaty", sub="agree",
           a1="Government of the Democratic Republic of the Congo",
           a2="Government of Rwanda", loc=None)],
    "portal-2025-06-20-14": [],
    "portal-2025-06-20-46": [],
    "portal-2025-06-21-15": [],
    "portal-2025-06-21-19": [],
    "portal-2025-06-22-19": [
        ev("launches over 40 ballistic missiles", sub="shell", a1="Military Forces of Iran",
           a2="Civilians (Israel)", loc=L("Israel", "IL", None, 4))],
    "portal-2025-06-23-16": [],
    "portal-2025-06-23-31": [],
    "portal-2025-07-05-13": [
        ev("airstrikes", sub="air", a1=IL, a2=PSC, loc=GAZA, fat=78)],
    "portal-2025-07-05-36": [
        ev("arrests", sub="arrest", a1="Police Forces of Turkey",
           a2="Republican People's Party", loc=L("Adıyaman", "TR", "Adıyaman", 1)),
        ev("arrests", sub="arrest", a1="Police Forces of Turkey",
           a2="Republican People's Party", loc=L("Adana", "TR", "Adana", 1)),
        ev("arrests", sub="arrest", a1="Police Forces of Turkey",
           a2="Republican People's Party", loc=L("Antalya", "TR", "Antalya", 1)),
    ],
    "portal-2025-07-08-14": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Palestine)", a2=IL,
           loc=L("Beit Hanoun", "PS", "Gaza Strip", 1), fat=5)],
    "portal-2025-07-10-41": [],
    "portal-2025-07-13-39": [],
    "portal-2025-07-25-18": [
        ev("capture", sub="arrest", a1="Military Forces of Puntland",
           a2="Islamic State (Somalia)", loc=L("Xumbeys", "SO", "Bari", 2))],
    "portal-2025-07-25-20": [
        ev("strike", sub="air", a1=US, a2="Islamic State",
           loc=L("Al-Bab", "SY", "Aleppo", 1), fat=3)],
    "portal-2025-07-29-12": [
        ev("drone strikes", sub="air", a1=RU, a2=UAC, loc=L("Ukraine", "UA", None, 4),
           fat=9),
        ev("airstrike", sub="air", a1=RU, a2=UAC,
           loc=L("Zaporizhzhia", "UA", "Zaporizhzhia Oblast", 1), fat=16),
    ],
    "portal-2025-07-30-12": [
        ev("capture", sub="govregain", a1="Military Forces of Somalia",
           a2="Jubaland Security Forces", loc=L("Beled Hawo", "SO", "Gedo", 1))],
    "portal-2025-08-14-35": [],
    "portal-2025-08-20-23": [],
    "portal-2025-08-21-13": [
        ev("airstrikes", sub="air", a1=IL, a2=PSC, loc=GAZA, fat=62),
        ev("airstrikes", sub="air", a1=IL, a2=PSC,
           loc=L("Sabra, Gaza City", "PS", "Gaza Strip", 1), fat=8),
    ],
    "portal-2025-08-21-25": [],
    "portal-2025-08-22-19": [],
    "portal-2025-08-30-39": [
        ev("arrested", sub="arrest", a1="Police Forces of Nicaragua",
           a2="Civilians (Nicaragua)", loc=L("Nicaragua", "NI", None, 4),
           date="2025-08-15", bg=True)],
    "portal-2025-08-31-21": [
        ev("detain", sub="arrest", a1="Houthi Movement", a2="United Nations",
           loc=L("Sanaa", "YE", "Amanat al Asimah", 1))],
    "portal-2025-09-11-13": [
        ev("airstrikes", sub="air", a1=IL, a2="Civilians (Yemen)",
           loc=L("Sanaa", "YE", "Amanat al Asimah", 1), date="P-1"),
        ev("airstrikes", sub="air", a1=IL, a2="Civilians (Yemen)",
           loc=L("Al Jawf Governorate", "YE", "Al Jawf", 3), date="P-1"),
    ],
    "portal-2025-09-12-51": [],
    "portal-2025-09-12-53": [],
    "portal-2025-09-13-19": [
        ev("clashes", sub="clash", a1=PKM, a2=TTP,
           loc=L("Bajaur District", "PK", KP, 2)),
        ev("clashes", sub="clash", a1=PKM, a2=TTP,
           loc=L("South Waziristan District", "PK", KP, 2)),
    ],
    "portal-2025-09-21-27": [
        ev("shot and killed", sub="attack", a1="Unidentified Armed Group (Pakistan)",
           a2="Civilians (Pakistan)", loc=L("Karachi", "PK", "Sindh", 2), fat=3)],
    "portal-2025-10-01-18": [
        ev("drone strike", sub="air", a1=UAF, a2="Civilians (Ukraine)",
           loc=L("Nova Kakhovka", "UA", "Kherson Oblast", 2), fat=1)],
    "portal-2025-10-02-16": [
        ev("detains", sub="arrest", a1=IL, a2="Global Sumud Flotilla", loc=None)],
    "portal-2025-10-02-40": [
        ev("protests", sub="peaceful", a1="Protesters (France)",
           loc=L("France", "FR", None, 4))],
    "portal-2025-10-03-16": [
        ev("Israeli attacks", sub="air", a1=IL, a2=PSC, loc=GAZA, fat=30),
        ev("Israeli attacks", sub="air", a1=IL, a2=PSC,
           loc=L("Gaza City", "PS", "Gaza Strip", 1), fat=42),
    ],
    "portal-2025-10-03-24": [
        ev("strike", sub="air", a1=US, a2="Civilians (Venezuela)",
           loc=L("Venezuela", "VE", None, 4), fat=4)],
    "portal-2025-10-03-56": [],
    "portal-2025-10-03-62": [],
    "portal-2025-10-08-31": [],
    "portal-2025-10-15-28": [
        ev("shootout", sub="clash", a1=PKM, a2=TTP,
           loc=L("Orakzai District", "PK", KP, 2), fat=15)],
    "portal-2025-10-22-18": [
        ev("drone strikes", sub="air", a1=RU, a2=UAC,
           loc=L("Kharkiv", "UA", "Kharkiv Oblast", 1), fat=1)],
    "portal-2025-10-26-20": [
        ev("plants an explosive", sub="ied", a1="Unidentified Armed Group (Guyana)",
           a2="Civilians (Guyana)", loc=L("Georgetown", "GY", "Demerara-Mahaica", 1), fat=1)],
    "portal-2025-10-26-58": [],
    "portal-2025-10-27-13": [],
    "portal-2025-10-31-24": [],
    "portal-2025-11-09-15": [
        ev("raids", sub="clash", a1=PKM, a2=TTP,
           loc=L("North Waziristan District", "PK", KP, 2)),
        ev("raids", sub="clash", a1=PKM, a2=TTP,
           loc=L("Darra Adam Khel", "PK", KP, 1)),
    ],
    "portal-2025-11-11-15": [
        ev("suicide bombing", sub="suicide", a1="Unidentified Armed Group (Pakistan)",
           a2="Civilians (Pakistan)",
           loc=L("Islamabad", "PK", "Islamabad Capital Territory", 1), fat=12)],
    "portal-2025-11-14-16": [
        ev("missile and drone attack", sub="shell", a1=RU, a2=UAC,
           loc=L("Kyiv", "UA", "Kyiv City", 1), fat=6)],
    "portal-2025-11-14-26": [
        ev("airstrike", sub="air", a1=US, a2=None, loc=None, fat=4, date="P-4")],
    "portal-2025-11-15-16": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Syria)",
           a2="Civilians (Syria)", loc=L("Talkalakh", "SY", "Homs", 1), fat=4)],
    "portal-2025-11-19-22": [
        ev("shootout", sub="clash", a1=SYM, a2="Syrian Democratic Forces",
           loc=L("Raqqa", "SY", "Ar-Raqqa", 1), fat=2)],
    "portal-2025-11-19-28": [
        ev("target", sub="attack", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Eruku", "NG", "Kwara", 1), fat=2)],
    "portal-2025-11-20-47": [
        ev("Clashes", sub="mob", a1="Rioters (Nepal)", a2="Rioters (Nepal)",
           loc=L("Nepal", "NP", None, 4))],
    "portal-2025-11-22-30": [
        ev("taken into preemptive custody", sub="arrest", a1="Police Forces of Brazil",
           a2="Civilians (Brazil)", loc=L("Brazil", "BR", None, 4))],
    "portal-2025-11-26-13": [],
    "portal-2025-11-26-58": [],
    "portal-2025-11-26-60": [],
    "portal-2025-12-01-65": [],
    "portal-2025-12-01-79": [],
    "portal-2025-12-11-13": [
        ev("guided bomb strike", sub="air", a1=RU, a2=UAC,
           loc=L("Velyka Pysarivka", "UA", "Sumy Oblast", 1), fat=2)],
    "portal-2025-12-11-38": [],
    "portal-2025-12-11-47": [
        ev("general strike", sub="peaceful", a1="Protesters (Portugal)",
           loc=L("Portugal", "PT", None, 4))],
    "portal-2025-12-12-28": [
        ev("arrest", sub="arrest", a1="Police Forces of Iran", a2="Civilians (Iran)",
           loc=L("Mashhad", "IR", "Razavi Khorasan", 1))],
    "portal-2025-12-23-18": [
        ev("struck", sub="air", a1=US, a2=None, loc=None, fat=1)],
    "portal-2025-12-23-55": [],
    "portal-2025-12-25-20": [
        ev("seize weapons", sub="disrupt", mod="foiled", a1="Police Forces of Turkey",
           a2="Islamic State", loc=L("Istanbul", "TR", "Istanbul", 1)),
        ev("arrest 115 suspects", sub="arrest", a1="Police Forces of Turkey",
           a2="Islamic State", loc=L("Istanbul", "TR", "Istanbul", 1)),
    ],
    "portal-2025-12-27-21": [
        ev("sign a new ceasefire agreement", sub="agree", a1="Government of Cambodia",
           a2="Government of Thailand", loc=None)],
    "portal-2026-01-01-46": [],
    "portal-2026-01-02-48": [],
    "portal-2026-01-02-54": [],
    "portal-2026-01-04-16": [],
    "portal-2026-01-12-50": [],
    "portal-2026-01-17-55": [],
    "portal-2026-01-18-49": [],
    "portal-2026-01-19-21": [
        ev("glide bomb attack", sub="air", a1=RU, a2=UAC,
           loc=L("Kharkiv", "UA", "Kharkiv Oblast", 1), fat=1)],
    "portal-2026-01-22-12": [
        ev("strikes", sub="air", a1="Military Forces of Myanmar", a2="Civilians (Myanmar)",
           loc=L("Bhamo", "MM", "Kachin", 2), fat=21)],
    "portal-2026-01-23-42": [],
    "portal-2026-01-24-17": [],
    "portal-2026-01-26-17": [],
    "portal-2026-02-02-24": [
        ev("drone strike", sub="air", a1=UAF, a2="Civilians (Russia)",
           loc=L("Stary Oskol", "RU", "Belgorod", 1), fat=2),
        ev("shot down", sub="disrupt", mod="foiled", a1=RU, a2=UAF,
           loc=L("Russia", "RU", None, 4)),
    ],
    "portal-2026-02-02-46": [],
    "portal-2026-02-08-17": [
        ev("airstrike", sub="air", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("North Kordofan", "SD", "North Kordofan", 3), fat=3)],
    "portal-2026-02-08-62": [],
    "portal-2026-02-09-61": [],
    "portal-2026-02-23-15": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Mexico)",
           a2="Military Forces of Mexico", loc=L("Zamora", "MX", "Michoacán", 2))],
    "portal-2026-02-23-31": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Ecuador)",
           a2="Civilians (Ecuador)", loc=L("Jama", "EC", "Manabí", 2), fat=7),
        ev("two people are killed", sub="attack", a1="Unidentified Armed Group (Ecuador)",
           a2="Civilians (Ecuador)", loc=L("San Vicente", "EC", "Manabí", 1), fat=2),
    ],
    "portal-2026-02-25-18": [
        ev("attack", sub="clash", mod="claimed",
           a1="People's Mojahedin Organization of Iran", a2="Military Forces of Iran",
           loc=L("Tehran", "IR", "Tehran", 1))],
    "portal-2026-02-27-14": [
        ev("air and drone strikes", sub="air", a1=IL, a2=PSC,
           loc=L("Central Gaza", "PS", "Gaza Strip", 3)),
        ev("air and drone strikes", sub="air", a1=IL, a2=PSC,
           loc=L("Southern Gaza", "PS", "Gaza Strip", 3)),
    ],
    "portal-2026-03-03-21": [
        ev("arrested", sub="arrest", a1="Police Forces of Qatar",
           a2="Islamic Revolutionary Guard Corps", loc=L("Qatar", "QA", None, 4))],
    "portal-2026-03-03-24": [],
    "portal-2026-03-07-62": [],
    "portal-2026-03-12-28": [
        ev("launches over 200 rockets", sub="shell", a1="Hezbollah", a2="Civilians (Israel)",
           loc=L("Northern Israel", "IL", "Northern District", 3))],
    "portal-2026-03-13-14": [
        ev("intercepts", sub="disrupt", mod="foiled", a1="Military Forces of Turkey",
           a2="Military Forces of Iran", loc=L("Turkey", "TR", None, 4))],
    "portal-2026-03-14-14": [
        ev("drone strike", sub="air", a1="Military Forces of Iran", a2=US,
           loc=L("Prince Sultan Air Base", "SA", "Riyadh", 1))],
    "portal-2026-03-14-21": [],
    "portal-2026-03-16-19": [],
    "portal-2026-03-25-21": [],
    "portal-2026-03-26-16": [],
    "portal-2026-03-26-85": [],
    "portal-2026-03-27-15": [
        ev("intercepted", sub="disrupt", mod="foiled", a1="Military Forces of Kuwait",
           a2="Military Forces of Iran", loc=L("Kuwait", "KW", None, 4)),
        ev("intercepted", sub="disrupt", mod="foiled", a1="Military Forces of Saudi Arabia",
           a2="Military Forces of Iran", loc=L("Saudi Arabia", "SA", None, 4)),
        ev("intercepted", sub="disrupt", mod="foiled",
           a1="Military Forces of the United Arab Emirates",
           a2="Military Forces of Iran", loc=L("United Arab Emirates", "AE", None, 4)),
    ],
    "portal-2026-03-27-18": [],
    "portal-2026-03-27-55": [],
    "portal-2026-03-30-27": [],
    "portal-2026-03-30-79": [],
    "portal-2026-04-01-27": [
        ev("strikes", sub="air", a1=IL, a2="Military Forces of Iran",
           loc=L("Iran", "IR", None, 4))],
    "portal-2026-04-02-30": [],
    "portal-2026-04-02-36": [
        ev("drones hit", sub="air", a1="Rapid Support Forces", a2="Civilians (Sudan)",
           loc=L("Al-Jabalain", "SD", "White Nile", 1), fat=10)],
    "portal-2026-04-04-42": [
        ev("killed nine al-Shabaab militants", sub="clash", a1="Military Forces of Somalia",
           a2="Al-Shabaab", loc=L("Lower Shabelle", "SO", "Lower Shabelle", 3), fat=9)],
    "portal-2026-04-07-43": [
        ev("airstrike", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Maarakah", "LB", "South Lebanon", 1), fat=3)],
    "portal-2026-04-07-49": [],
    "portal-2026-04-07-97": [],
    "portal-2026-04-08-27": [
        ev("intercepts", sub="disrupt", mod="foiled", a1="Military Forces of Qatar",
           a2=None, loc=L("Qatar", "QA", None, 4))],
    "portal-2026-04-08-36": [],
    "portal-2026-04-12-23": [],
    "portal-2026-04-13-27": [
        ev("gang attack", sub="clash", a1="Unidentified Armed Group (Haiti)",
           a2="Police Forces of Haiti", loc=L("Marigot", "HT", "Sud-Est", 1), fat=7)],
    "portal-2026-04-18-28": [],
    "portal-2026-04-19-65": [],
    "portal-2026-04-25-30": [],
    "portal-2026-04-29-25": [],
    "portal-2026-05-05-28": [
        ev("attack", sub="clash", a1="Boko Haram", a2="Military Forces of Chad",
           loc=L("Lake Chad", "TD", "Lac", 2), fat=23)],
    "portal-2026-05-08-64": [],
    "portal-2026-05-08-68": [],
    "portal-2026-05-13-58": [],
    "portal-2026-05-13-77": [],
    "portal-2026-05-18-65": [
        ev("shooting spree", sub="attack", a1="Unidentified Armed Group (Turkey)",
           a2="Civilians (Turkey)", loc=L("Mersin", "TR", "Mersin", 1), fat=6)],
    "portal-2026-05-21-66": [],
    "portal-2026-05-28-28": [
        ev("strike", sub="air", a1=IL, a2="Hamas",
           loc=L("Khan Yunis", "PS", "Gaza Strip", 2), fat=1)],
    "portal-2026-05-28-67": [],
    "portal-2026-05-30-23": [
        ev("strike", sub="air", a1=US, a2=None, loc=None, fat=3)],
    "portal-2026-06-04-19": [],
    "portal-2026-06-16-64": [],
    "portal-2026-06-17-15": [
        ev("signed the deal", sub="agree", a1="Government of Iran",
           a2="Government of the United States", loc=None)],
    "portal-2026-06-17-25": [],
    "portal-2026-06-19-28": [
        ev("is killed", sub="attack", a1="Sudan People's Liberation Movement-North",
           a2="Civilians (Sudan)", loc=L("Kauda", "SD", "South Kordofan", 1), fat=3)],
    "portal-2026-06-24-21": [
        ev("missiles strike", sub="shell", a1=UAF, a2=RU,
           loc=L("Crimea", "UA", "Crimea", 3))],
    "portal-2026-06-27-25": [
        ev("airstrikes", sub="air", a1=IL, a2="Civilians (Lebanon)",
           loc=L("Nabatieh al-Fawqa", "LB", "Nabatieh", 1), fat=1)],
    "portal-2026-06-27-30": [
        ev("struck", sub="air", a1=UAF, a2=None,
           loc=L("Vtorovo", "RU", "Vladimir", 1))],
    "portal-2026-07-05-21": [
        ev("attacked", sub="attack", a1="Unidentified Armed Group (Yemen)",
           a2="Civilians (Yemen)", loc=L("Hodeidah", "YE", "Al Hudaydah", 2))],
    "portal-2026-07-13-20": [],
    "portal-2026-07-13-27": [],
    "portal-2026-07-13-28": [
        ev("U.S. strike", sub="air", a1=US, a2="Civilians (Iran)",
           loc=L("Bandar Mahshahr", "IR", "Khuzestan", 1), fat=1)],
    "portal-2026-07-16-24": [],
    "portal-2026-07-17-15": [
        ev("ballistic missile and drone strikes", sub="shell", a1="Military Forces of Iran",
           a2="Military Forces of Bahrain",
           loc=L("Al-Sakhir Air Base", "BH", None, 1)),
        ev("ballistic missile and drone strikes", sub="shell", a1="Military Forces of Iran",
           a2=None, loc=L("Bahrain", "BH", None, 4)),
    ],
    "portal-2026-07-17-25": [
        ev("launches an attack", sub="air", a1="Islamic Revolutionary Guard Corps",
           a2="Military Forces of Qatar", loc=L("Al Udeid Air Base", "QA", "Al Rayyan", 1)),
        ev("intercepted", sub="disrupt", mod="foiled", a1="Military Forces of Qatar",
           a2="Islamic Revolutionary Guard Corps",
           loc=L("Al Udeid Air Base", "QA", "Al Rayyan", 1)),
    ],
    "portal-2026-08-02-22": [],
    "portal-2026-08-05-14": [],
    "portal-2026-08-05-20": [
        ev("improvised explosive device bombing", sub="ied",
           a1="Unidentified Armed Group (Lebanon)", a2=IL,
           loc=L("Majdal Zoun", "LB", "South Lebanon", 1), fat=2)],
    "portal-2026-08-05-22": [],
    "portal-2026-08-05-48": [],
    "portal-2026-08-05-50": [],
    "portal-2026-08-06-23": [
        ev("clashes", sub="clash", a1="Military Forces of Ethiopia",
           a2="Tigray People's Liberation Front",
           loc=L("Ethiopia-Sudan border", "ET", None, 4), date=None, bg=True),
        ev("peace agreement was signed", sub="agree", a1="Government of Ethiopia",
           a2="Tigray People's Liberation Front", loc=None, date=None, bg=True),
    ],
    "portal-2026-08-08-20": [
        ev("repelled an attack", sub="clash", a1="Unidentified Armed Group (Sudan)",
           a2="Joint Forces (Sudan)", loc=L("West Darfur", "SD", "West Darfur", 3))],
    "portal-2026-08-08-44": [
        ev("shot and killed", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Langa, Cape Town", "ZA", "Western Cape", 1),
           fat=5)],
    "portal-2026-08-12-20": [
        ev("failed attack", sub="clash", a1="Unidentified Armed Group (Mexico)",
           a2="Military Forces of Mexico", loc=L("Tayoltita", "MX", "Durango", 1), fat=1)],
    "portal-2026-08-15-19": [
        ev("airstrike", sub="air", a1=IL, a2="Hezbollah",
           loc=L("Ansar", "LB", "Nabatieh", 1), fat=1)],
    "portal-2026-08-20-18": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X1.jsonl"), os.path.join(HERE, "coded-X1.jsonl"),
        require_all="--final" in sys.argv)
