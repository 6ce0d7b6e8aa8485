#!/usr/bin/env python3
"""Annotator X12: blind double codes for double-X13-by-X12.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X13-by-X12.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of the double file, [] when the item has no event.
CODES = {
    "portal-2025-01-04-43": [
        ev("are arrested", sub="arrest", a1="Police Forces of Russia",
           a2="Unidentified Armed Group (Russia)",
           loc=L("Yekaterinburg", "RU", "Sverdlovsk Oblast", 1)),
        ev("planning a terrorist attack", sub="disrupt", a1="Police Forces of Russia",
           a2="Unidentified Armed Group (Russia)",
           loc=L("Yekaterinburg", "RU", "Sverdlovsk Oblast", 1), mod="foiled"),
        ev("arson attack", sub="loot", a1="Unidentified Armed Group (Russia)",
           a2="Police Forces of Russia", loc=L("Yekaterinburg", "RU", "Sverdlovsk Oblast", 1),
           date="2024-12", bg=True)],
    "portal-2025-01-06-77": [],
    "portal-2025-02-25-17": [
        ev("strikes", sub="air", a1="Military Forces of Israel", a2="Military Forces of Syria",
           loc=L("Southern Syria", "SY", None, 3)),
        ev("airstrikes", sub="air", a1="Military Forces of Israel", a2="Military Forces of Syria",
           loc=L("Damascus", "SY", "Damascus", 2), fat=2)],
    "portal-2025-03-01-15": [
        ev("captures", sub="govregain", a1="Puntland Dervish Force", a2="Islamic State (Somalia)",
           loc=L("Buqa Caleed", "SO", "Bari", 1))],
    "portal-2025-06-15-22": [
        ev("gunfire", sub="attack", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=41)],
    "portal-2025-08-20-42": [],
    "portal-2025-10-22-49": [],
    "portal-2025-11-12-35": [],
    "portal-2025-12-03-34": [],
    "portal-2026-03-16-40": [
        ev("suicide bombings", sub="suicide", a1="Unidentified Armed Group (Nigeria)",
           a2="Civilians (Nigeria)", loc=L("Maiduguri", "NG", "Borno", 1), fat=23)],
    "portal-2026-03-16-83": [],
    "portal-2026-03-21-31": [
        ev("artillery strike", sub="shell", a1="Military Forces of Ukraine", a2="Civilians (Russia)",
           loc=L("Belgorod Oblast", "RU", "Belgorod Oblast", 3), fat=2)],
    "portal-2026-03-21-56": [
        ev("Anti-war protests", sub="peaceful", a1="Protesters (Canada)", a2=None,
           loc=L("St. John's", "CA", "Newfoundland and Labrador", 1)),
        ev("diaspora protests", sub="peaceful", a1="Protesters (Canada)", a2=None,
           loc=L("St. John's", "CA", "Newfoundland and Labrador", 1))],
    "portal-2026-04-07-88": [
        ev("is arrested", sub="arrest", a1="Police Forces of Australia", a2="Civilians (Australia)",
           loc=L("Sydney Airport", "AU", "New South Wales", 1))],
    "portal-2026-04-19-20": [],
    "portal-2026-04-29-63": [],
    "portal-2026-06-11-15": [],
    "portal-2026-07-08-25": [
        ev("airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Civilians (Iran)", loc=L("Iran", "IR", None, 4), fat=14)],
    "portal-2026-07-18-25": [
        ev("exploded", sub="ied", a1=None, a2=None,
           loc=L("Strait of Hormuz", "IR", "Hormozgan", 2), mod="claimed")],
    "portal-2026-08-09-53": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X13-by-X12.jsonl"),
        os.path.join(HERE, "coded-X13-by-X12.jsonl"), require_all="--final" in sys.argv)
