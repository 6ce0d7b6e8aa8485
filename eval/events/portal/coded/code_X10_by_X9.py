#!/usr/bin/env python3
"""Annotator X9: hand codes for double-X10-by-X9.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X10-by-X9.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2025-01-09-46": [],
    "portal-2025-02-02-14": [
        ev("airstrikes", sub="air", a1="Military Forces of the United States",
           a2="Islamic State (Somalia)", loc=L("Cal Miskaad Mountains", "SO", "Bari", 2), fat=46,
           mod="claimed")],
    "portal-2025-02-12-16": [],
    "portal-2025-03-02-13": [],
    "portal-2025-05-18-13": [
        ev("Israeli strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", None, 3), fat=100)],
    "portal-2025-05-30-61": [],
    "portal-2025-11-09-46": [
        ev("was killed", sub="clash", a1="Unidentified Armed Group (Palestine)",
           a2="Military Forces of Israel", loc=L("Gaza Strip", "PS", None, 3), date=None, fat=1,
           bg=True)],
    "portal-2025-11-11-39": [],
    "portal-2026-01-14-49": [
        ev("shot and injured", sub="attack", a1="Police Forces of the United States",
           a2="Civilians (United States)", loc=L("Minneapolis", "US", "Minnesota", 1))],
    "portal-2026-02-27-17": [],
    "portal-2026-03-06-40": [
        ev("destroyed 14 more Pakistani military outposts", sub="clash",
           a1="Military Forces of Afghanistan", a2="Military Forces of Pakistan",
           loc=L("Afghanistan-Pakistan border", "PK", None, 4)),
        ev("downed a drone", sub="disrupt", a1="Military Forces of Afghanistan",
           a2="Military Forces of Pakistan", loc=L("Afghanistan-Pakistan border", "PK", None, 4),
           mod="foiled")],
    "portal-2026-03-13-30": [
        ev("drone strike", sub="air", a1=None, a2="Civilians (Sudan)",
           loc=L("western Sudan", "SD", None, 3), fat=11)],
    "portal-2026-03-26-15": [],
    "portal-2026-04-07-27": [
        ev("intercepts", sub="disrupt", a1="Military Forces of Qatar", a2="Military Forces of Iran",
           loc=L("Muraikh", "QA", "Al Rayyan", 1), mod="foiled")],
    "portal-2026-04-08-42": [
        ev("Israeli strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("southern Lebanon", "LB", None, 3), fat=85),
        ev("Israeli strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Beirut", "LB", "Beirut", 1), fat=85),
        ev("Israeli strikes", sub="air", a1="Military Forces of Israel", a2="Civilians (Lebanon)",
           loc=L("Bekaa Valley", "LB", None, 3), fat=84)],
    "portal-2026-04-08-81": [
        ev("protest against the war", sub="peaceful", a1="Protesters (Japan)",
           loc=L("Chiyoda", "JP", "Tokyo", 1)),
        ev("across over 150 locations", sub="peaceful", a1="Protesters (Japan)",
           loc=L("Japan", "JP", None, 4))],
    "portal-2026-04-12-52": [],
    "portal-2026-05-01-23": [
        ev("takes over a base", sub="transfer", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Military Forces of Mali", loc=L("Tessalit", "ML", "Kidal", 2))],
    "portal-2026-07-30-47": [
        ev("attack", sub="clash", a1="Unidentified Armed Group (Pakistan)",
           a2="Police Forces of Pakistan", loc=L("Hangu District", "PK", "Khyber Pakhtunkhwa", 2),
           date="P-1", fat=11)],
    "portal-2026-08-01-80": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X10-by-X9.jsonl"),
        os.path.join(HERE, "coded-X10-by-X9.jsonl"), require_all="--final" in sys.argv)
