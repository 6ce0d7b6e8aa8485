#!/usr/bin/env python3
"""Annotator X13: blind hand codes for double-X14-by-X13.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X14-by-X13.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of the double file, [] when the item has no event.
CODES = {
    "portal-2025-01-23-31": [],
    "portal-2025-02-24-20": [
        ev("announce the formation", sub="change", a1="Suwayda Military Council", a2=None,
           loc=L("As-Suwayda", "SY", "As-Suwayda", 3))],
    "portal-2025-03-07-30": [
        ev("shoot at each other", sub="clash", a1="Los Tiguerones", a2="Los Tiguerones",
           loc=L("Guayaquil", "EC", "Guayas", 1), fat=22)],
    "portal-2025-03-11-27": [
        ev("retook multiple villages", sub="govregain", a1="Military Forces of Russia",
           a2="Military Forces of Ukraine", loc=L("Sudzha", "RU", "Kursk Oblast", 2),
           date="2025-03", mod="claimed")],
    "portal-2025-05-18-42": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Bielefeld", "DE", "North Rhine-Westphalia", 1))],
    "portal-2025-09-13-40": [
        ev("protest", sub="peaceful", a1="Protesters (United Kingdom)",
           loc=L("London", "GB", "England", 1)),
        ev("counter-protests", sub="peaceful", a1="Protesters (United Kingdom)",
           loc=L("London", "GB", "England", 1))],
    "portal-2025-09-29-16": [
        ev("Israeli attacks", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=39)],
    "portal-2025-11-10-57": [],
    "portal-2025-11-14-55": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Saint Helena Island", "US", "South Carolina", 1),
           date="2025-10", fat=4, bg=True)],
    "portal-2025-12-24-18": [
        ev("explosive device", sub="ied", a1="Unidentified Armed Group (Russia)",
           a2="Police Forces of Russia", loc=L("Moscow", "RU", "Moscow", 1), fat=3),
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Russia)",
           a2="Military Forces of Russia", loc=L("Moscow", "RU", "Moscow", 1), date="P-2",
           fat=1, bg=True)],
    "portal-2026-01-19-64": [
        ev("arrest", sub="arrest", a1="Police Forces of Togo", a2="Civilians (Burkina Faso)",
           loc=L("Lome", "TG", "Maritime", 1), date="2026-01")],
    "portal-2026-01-23-40": [],
    "portal-2026-03-14-24": [],
    "portal-2026-03-16-29": [
        ev("ground operation", sub="clash", a1="Military Forces of Israel", a2="Hezbollah",
           loc=L("Southern Lebanon", "LB", "South", 3))],
    "portal-2026-04-06-34": [],
    "portal-2026-04-06-40": [
        ev("killed", sub="air", a1="Military Forces of Israel",
           a2="Islamic Revolutionary Guard Corps", loc=None, fat=1, mod="claimed")],
    "portal-2026-04-19-33": [],
    "portal-2026-05-14-66": [],
    "portal-2026-06-18-25": [],
    "portal-2026-07-20-77": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X14-by-X13.jsonl"), os.path.join(HERE, "coded-X14-by-X13.jsonl"),
        require_all="--final" in sys.argv)
