#!/usr/bin/env python3
"""Annotator X1: blind double codes for double-X2-by-X1.jsonl (same conventions as code_X1.py)."""
import os
import sys

from code_X1 import run, ev, L, US, PKM, TTP, UAF

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "portal-2025-03-05-21": [
        ev("arrest", sub="arrest", a1="Military Forces of South Sudan",
           a2="Political Opposition (South Sudan)", loc=L("South Sudan", "SS", None, 4)),
        ev("surround", sub="other", a1="Military Forces of South Sudan",
           a2="Government of South Sudan", loc=L("South Sudan", "SS", None, 4)),
    ],
    "portal-2025-03-05-58": [],
    "portal-2025-03-16-28": [],
    "portal-2025-04-18-15": [
        ev("airstrikes", sub="air", a1=US, a2="Civilians (Yemen)",
           loc=L("Ras Isa port", "YE", "Al Hudaydah", 1), fat=74)],
    "portal-2025-07-08-35": [
        ev("shootout", sub="clash", a1="Unidentified Armed Group (Spain)",
           a2="Police Forces of Spain", loc=L("Calldetenes", "ES", "Catalonia", 1), fat=2)],
    "portal-2025-08-03-25": [
        ev("mass stabbing attack", sub="attack", a1="Unidentified Armed Group (China)",
           a2="Civilians (China)", loc=L("Caizichi, Leiyang", "CN", "Hunan", 1), fat=2)],
    "portal-2025-08-31-47": [
        ev("assaulted by police", sub="excessive", a1="Police Forces of Indonesia",
           a2="Protesters (Indonesia)", loc=L("Yogyakarta", "ID", "Yogyakarta", 1),
           date="P-1", fat=1)],
    "portal-2025-09-04-45": [],
    "portal-2025-10-08-20": [
        ev("ambush", sub="clash", a1=TTP, a2=PKM,
           loc=L("Orakzai District", "PK", "Khyber Pakhtunkhwa", 2), fat=30)],
    "portal-2025-11-07-13": [
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Indonesia)",
           a2="Civilians (Indonesia)", loc=L("Jakarta", "ID", "Jakarta", 1))],
    "portal-2025-11-19-67": [],
    "portal-2025-12-28-17": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Ecuador)",
           a2="Civilians (Ecuador)", loc=L("Puerto López", "EC", "Manabí", 1), fat=6)],
    "portal-2026-01-31-33": [],
    "portal-2026-02-23-18": [
        ev("airstrike", sub="air", a1=US, a2=None, loc=None, fat=3)],
    "portal-2026-02-23-75": [
        ev("bombing", sub="ied", a1="Unidentified Armed Group (Ukraine)",
           a2="Police Forces of Ukraine", loc=L("Mykolaiv", "UA", "Mykolaiv Oblast", 1))],
    "portal-2026-03-26-20": [
        ev("salvos of ballistic missiles", sub="shell", a1="Military Forces of Iran",
           a2="Civilians (Israel)", loc=L("Israel", "IL", None, 4))],
    "portal-2026-04-30-71": [],
    "portal-2026-06-27-39": [
        ev("shootout", sub="clash", a1="Unidentified Armed Group (Pakistan)", a2=PKM,
           loc=L("Karachi", "PK", "Sindh", 1), fat=7)],
    "portal-2026-06-27-74": [],
    "portal-2026-08-15-38": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (South Africa)",
           a2="Civilians (South Africa)", loc=L("Newclare, Johannesburg", "ZA", "Gauteng", 1),
           fat=3)],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X2-by-X1.jsonl"),
        os.path.join(HERE, "coded-X2-by-X1.jsonl"), require_all=True)
