#!/usr/bin/env python3
"""Annotator X9-by-X14: hand codes for batch-X9-by-X14.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X9-by-X14.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of the double file, [] when the item has no event.
CODES = {
    "portal-2025-01-06-78": [],
    "portal-2025-03-07-14": [
        ev("executed", sub="attack", a1="Military Forces of Syria", a2="Civilians (Syria)",
           loc=L("Latakia", "SY", "Latakia", 3), fat=52),
        ev("clashes broke out", sub="clash", a1="Unidentified Armed Group (Syria)",
           a2="Military Forces of Syria", loc=L("Latakia", "SY", "Latakia", 3),
           date="P-1", bg=True)],
    "portal-2025-03-21-55": [],
    "portal-2025-04-07-48": [],
    "portal-2025-06-05-16": [
        ev("Russian missile strike", sub="shell", a1="Military Forces of Russia",
           a2="Government of Ukraine", loc=L("Kherson", "UA", "Kherson Oblast", 1))],
    "portal-2025-06-05-23": [
        ev("launch airstrikes", sub="air", a1="Military Forces of Israel", a2="Hezbollah",
           loc=L("Beirut", "LB", "Beirut", 2))],
    "portal-2025-07-26-21": [
        ev("overnight drone and cruise missile attack", sub="air",
           a1="Military Forces of Russia", a2="Civilians (Ukraine)",
           loc=L("Dnipro", "UA", "Dnipropetrovsk Oblast", 1), fat=3)],
    "portal-2025-09-13-42": [],
    "portal-2025-10-15-56": [],
    "portal-2026-02-08-41": [
        ev("kidnapped", sub="abduct", a1="Unidentified Armed Group (Venezuela)",
           a2="Civilians (Venezuela)", loc=L("Caracas", "VE", "Capital District", 1))],
    "portal-2026-02-09-13": [
        ev("Israeli airstrike", sub="air", a1="Military Forces of Israel",
           a2="Civilians (Palestine)", loc=L("Gaza City", "PS", "Gaza Strip", 1), fat=4)],
    "portal-2026-03-12-15": [
        ev("projectile", sub="shell", a1=None, a2="Civilians (International)", loc=None)],
    "portal-2026-03-28-51": [
        ev("ambush", sub="clash", a1="Unidentified Armed Group (Philippines)",
           a2="Police Forces of Philippines",
           loc=L("Shariff Aguak", "PH", "Maguindanao del Sur", 1), fat=5)],
    "portal-2026-04-23-52": [],
    "portal-2026-04-25-32": [
        ev("suicide car bomb", sub="suicide", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Government of Mali", loc=L("Kati", "ML", "Koulikoro", 1), fat=4)],
    "portal-2026-06-21-21": [],
    "portal-2026-08-09-20": [
        ev("attack", sub="clash", a1="Jama'at Nusrat al-Islam wal-Muslimin",
           a2="Military Forces of Mali", loc=L("Central Mali", "ML", None, 3), fat=10)],
    "portal-2026-08-18-68": [],
    "portal-2026-08-19-26": [
        ev("missile and drone attack", sub="shell", a1="Military Forces of Russia",
           a2="Civilians (Ukraine)", loc=L("Kyiv", "UA", "Kyiv", 1), fat=15)],
    "portal-2026-08-21-57": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X9-by-X14.jsonl"),
        os.path.join(HERE, "coded-X9-by-X14.jsonl"), require_all="--final" in sys.argv)
