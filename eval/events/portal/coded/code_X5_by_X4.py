#!/usr/bin/env python3
"""Annotator X4: blind double coding of double-X5-by-X4.jsonl (uses the checker of code_X4.py)."""
import os, sys
from code_X4 import E, L, run, CodeError, IL, CPS, RU, SAF, RSF, GAZA

HERE = os.path.dirname(os.path.abspath(__file__))

CODES = {
    "portal-2025-02-26-53": [],
    "portal-2025-03-06-60": [E("arrest", "Police Forces of Romania", "Civilians (Romania)", L("Romania", "RO", None, 4),
                               "are arrested")],
    "portal-2025-03-17-13": [
        E("attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", L("Syria", "SY", None, 4), "Two massacres"),
        E("attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", L("Syria", "SY", None, 4), "Two massacres")],
    "portal-2025-03-31-15": [E("air", RU, "Civilians (Ukraine)", L("Kharkiv - Kyivskyi", "UA", "Kharkiv", 1), "drones")],
    "portal-2025-04-12-14": [
        E("attack", RSF, "Civilians (Sudan)", L("Al-Fashir", "SD", "North Darfur", 1), "Rapid Support Forces attacks"),
        E("attack", RSF, "Civilians (Sudan)", L("Al-Fashir", "SD", "North Darfur", 2), "Rapid Support Forces attacks"),
        E("attack", RSF, "Civilians (Sudan)", L("Al-Fashir", "SD", "North Darfur", 2), "Rapid Support Forces attacks")],
    "portal-2025-09-06-35": [E("intervention", "Protesters (United Kingdom)", "Police Forces of the United Kingdom",
                               L("London", "GB", "England", 1), "a demonstration")],
    "portal-2025-10-01-14": [
        E("air", IL, CPS, GAZA, "Israeli attacks"),
        E("air", IL, CPS, L("Gaza City", "PS", "Gaza Strip", 1), "Israeli attacks")],
    "portal-2025-11-03-14": [E("agree", IL, "Hamas", None, "in exchange")],
    "portal-2025-12-12-25": [],
    "portal-2025-12-15-13": [E("air", "Military Forces of the United States", "Civilians (International)", None,
                               "airstrikes", fat=8, mod="claimed")],
    "portal-2026-01-14-53": [],
    "portal-2026-01-25-12": [],
    "portal-2026-01-30-28": [],
    "portal-2026-02-06-25": [E("suicide", "Islamic State-Pakistan Province", "Civilians (Pakistan)",
                               L("Islamabad", "PK", "Islamabad Capital Territory", 1), "suicide bombing", fat=32)],
    "portal-2026-03-27-52": [],
    "portal-2026-05-01-30": [],
    "portal-2026-06-04-22": [E("clash", "Unidentified Armed Group (Lebanon)", IL, L("South Lebanon", "LB", "South Lebanon", 3),
                               "is killed", fat=1)],
    "portal-2026-06-17-21": [],
    "portal-2026-06-28-73": [],
    "portal-2026-07-08-31": [E("govregain", SAF, None, L("Kurmuk", "SD", "Blue Nile", 1), "recaptured", mod="claimed")],
}

if __name__ == "__main__":
    try:
        run(os.path.join(HERE, "double-X5-by-X4.jsonl"), os.path.join(HERE, "coded-X5-by-X4.jsonl"), CODES,
            partial_ok=False)
    except CodeError as e:
        sys.exit(f"ERROR: {e}")
