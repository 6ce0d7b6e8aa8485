#!/usr/bin/env python3
"""Annotator U codes annotator V's double items blind -> coded-V-by-U.jsonl (standard library only)."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from code_U import E, L, run  # same checker: offsets, taxonomy, ids

IN = os.path.join(HERE, "double-V-by-U.jsonl")
OUT = os.path.join(HERE, "coded-V-by-U.jsonl")

CODES = {
 "portal-2025-03-29-21": [E("security operation", 1, "attack", "ASSAULT", "occurred", "Military Forces of Pakistan", "Civilians (Pakistan)", "2025-03-29", L("Katlang", "PK", "Khyber Pakhtunkhwa", 1), 10)],
 "portal-2025-04-01-17": [E("airstrike", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Hezbollah", "2025-04-01", L("Dahieh", "LB", "Mount Lebanon", 1), 4)],
 "portal-2025-04-02-26": [E("Israeli strikes", 1, "air", "ASSAULT", "occurred", "Military Forces of Israel", "Civilians (Palestine)", "2025-04-02", L("Gaza Strip", "PS", None, 3), 30)],
 "portal-2025-04-17-39": [E("stabbing attack", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (Germany)", "Civilians (Germany)", "2025-04-17", L("Rochlitz", "DE", "Saxony", 1), None)],
 "portal-2025-10-04-45": [E("set on fire", 1, "attack", "ASSAULT", "occurred", "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)", "2025-10-04", L("Peacehaven", "GB", "England", 1), None)],
 "portal-2025-10-06-17": [E("Clashes", 1, "clash", "ASSAULT", "occurred", "Military Forces of Syria", "Syrian Democratic Forces", "2025-10-06", L("Sheikh Maqsood", "SY", "Aleppo", 1), None)],
 "portal-2026-03-08-30": [E("military projectile", 1, "shell", "ASSAULT", "occurred", "Unidentified Armed Group (Saudi Arabia)", "Civilians (Saudi Arabia)", "2026-03-08", L("Al-Kharj", "SA", "Riyadh", 1), 2)],
}

if __name__ == "__main__":
    run(CODES, IN, OUT)
