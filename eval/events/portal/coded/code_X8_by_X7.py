#!/usr/bin/env python3
"""Annotator X7: blind double codes for double-X8-by-X7.jsonl -> coded-X8-by-X7.jsonl.
Uses the checker and constants of code_X7.py. Standard library only."""
import os
import sys

from code_X7 import (E, L, P, Y, RU, UA, IL, US, HOUTHI, SDF, civ, uag, run, CodingError)

HERE = os.path.dirname(os.path.abspath(__file__))
DRC = "Military Forces of the Democratic Republic of Congo"

CODES = {
    # D1 sentence: not an event
    "portal-2025-01-10-50": [],
    # D2
    "portal-2025-01-27-18": [
        E("captured", "Non-state actor overtakes territory", "March 23 Movement", DRC,
          L("Goma", "CD", "North Kivu", 1), mod="claimed"),
        E("exchange fire", "Armed clash", DRC, "Military Forces of Rwanda",
          L("Democratic Republic of the Congo-Rwanda border", "CD", None, 4)),
    ],
    "portal-2025-06-03-61": [],
    # D4 first weapon named (drones) decides the sub-type
    "portal-2025-07-31-12": [
        E("launch drones and cruise missiles", "Air/drone strike", RU, civ("Ukraine"),
          L("Kyiv", "UA", "Kyiv City", 1), fat=31),
    ],
    # D5
    "portal-2025-08-17-27": [
        E("mass shooting", "Attack", uag("United States"), civ("United States"),
          L("Crown Heights", "US", "New York", 1), fat=3),
    ],
    # D6 strike two days earlier; PM named, ministers unnumbered -> 1
    "portal-2025-08-30-14": [
        E("airstrike", "Air/drone strike", IL, HOUTHI, L("Yemen", "YE", None, 4),
          date="2025-08-28", fat=1),
    ],
    # D7
    "portal-2025-10-02-19": [
        E("vehicle-ramming and mass stabbing attack", "Attack", uag("United Kingdom"),
          civ("United Kingdom"), L("Crumpsall", "GB", "England", 1), fat=2),
    ],
    # D8 military takeover
    "portal-2025-10-14-56": [
        E("taking power", "Other", "Military Forces of Madagascar", "Government of Madagascar",
          L("Madagascar", "MG", None, 4)),
    ],
    "portal-2025-10-15-20": [],
    "portal-2025-10-20-39": [],
    "portal-2025-12-04-49": [],
    # D12
    "portal-2026-01-02-13": [
        E("airstrikes", "Air/drone strike", "Military Forces of Saudi Arabia",
          "Southern Transitional Council", L("Hadhramaut", "YE", "Hadramawt", 3), fat=20),
    ],
    # D13
    "portal-2026-01-18-16": [
        E("ceasefire", "Agreement", "Government of Syria", SDF, L("Syria", "SY", None, 4)),
    ],
    "portal-2026-03-03-65": [],
    "portal-2026-03-18-75": [],
    "portal-2026-05-15-72": [],
    # D17
    "portal-2026-05-29-18": [
        E("crashes", "Air/drone strike", RU, civ("Romania"), L("Galați", "RO", "Galați", 1)),
    ],
    # D18 reported house arrest, denied by his office
    "portal-2026-07-13-78": [
        E("house arrest", "Arrests", "Government of Iran", "Mahmoud Ahmadinejad",
          L("Iran", "IR", None, 4), mod="denied"),
    ],
    # D19 "several" -> 10
    "portal-2026-07-23-29": [
        E("drone strike", "Air/drone strike", None, civ("Sudan"),
          L("Badia", "SD", "Blue Nile", 2), fat=10),
    ],
    # D20
    "portal-2026-08-22-14": [
        E("drone strike", "Air/drone strike", IL, uag("Syria"),
          L("Southern Syria", "SY", None, 3)),
    ],
}

if __name__ == "__main__":
    try:
        run(os.path.join(HERE, "double-X8-by-X7.jsonl"),
            os.path.join(HERE, "coded-X8-by-X7.jsonl"), CODES, require_all=True)
    except CodingError as e:
        sys.exit("ERROR: %s" % e)
