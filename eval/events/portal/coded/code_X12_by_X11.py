#!/usr/bin/env python3
"""Annotator X11: blind double codes for double-X12-by-X11.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X12-by-X11.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


ISR = "Military Forces of Israel"

CODES = {
    "portal-2025-03-10-49": [],
    "portal-2025-03-21-47": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Las Cruces", "US", "New Mexico", 1), fat=3)],
    "portal-2025-03-25-38": [],
    "portal-2025-04-06-19": [
        ev("Israeli strikes", sub="air", a1=ISR, a2="Civilians (Palestine)",
           loc=L("Gaza Strip", "PS", "Gaza Strip", 3), fat=46)],
    "portal-2025-05-03-21": [
        ev("airstrike", sub="air", a1="Military Forces of Sudan", a2="Rapid Support Forces",
           loc=L("Nyala", "SD", "South Darfur", 1), fat=20)],
    "portal-2025-05-20-14": [
        ev("security operation", sub="clash", a1="Military Forces of Somalia (Puntland)",
           a2="Islamic State Somalia", loc=L("Togga Miiraale", "SO", "Bari", 2), fat=1)],
    "portal-2025-07-25-53": [],
    "portal-2025-11-27-72": [],
    "portal-2025-12-26-35": [],
    "portal-2026-03-16-30": [
        ev("airstrike", sub="air", a1="Military Forces of the United States",
           a2="Popular Mobilization Forces", loc=L("Al-Qa'im", "IQ", "Al Anbar", 1), fat=4)],
    "portal-2026-03-28-30": [
        ev("airstrike", sub="air", a1=ISR, a2="Civilians (Lebanon)",
           loc=L("Jezzine", "LB", "South Lebanon", 2), fat=3)],
    "portal-2026-04-02-72": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (Uganda)",
           a2="Civilians (Uganda)", loc=L("Kampala", "UG", "Kampala", 1), fat=4)],
    "portal-2026-04-04-62": [],
    "portal-2026-04-04-67": [],
    "portal-2026-04-12-49": [],
    "portal-2026-05-07-18": [
        ev("exchanged fire", sub="clash", a1="Military Forces of Iran",
           a2="Military Forces of the United States", loc=None, mod="claimed")],
    "portal-2026-06-11-27": [],
    "portal-2026-06-21-47": [],
    "portal-2026-08-15-15": [
        ev("was attacked", sub="attack", a1="Military Forces of Iran",
           a2="Civilians (United Arab Emirates)", loc=None, date="P-1", fat=0)],
    "portal-2026-08-20-57": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X12-by-X11.jsonl"),
        os.path.join(HERE, "coded-X12-by-X11.jsonl"), require_all="--final" in sys.argv)
