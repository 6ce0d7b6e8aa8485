#!/usr/bin/env python3
"""Annotator X3: blind double codes for double-X4-by-X3.jsonl."""
from code_X3 import (E, L, P, Y, run, AIR, SHELL, IED, SUICIDE, ATTACK, ABDUCT, CLASH, NSO, GOVREG,
                     ARREST, AGREEMENT, PEACE, INTERV, EXCESS, VDEMO, MOB, DISRUPT, CHANGE, LOOT, OTHER)

IL = "Military Forces of Israel"
CPAL = "Civilians (Palestine)"

CODES = {
"portal-2025-03-06-16": [E("overthrow", NSO, None, "Military Forces of Syria", None, L("Syria", "SY", None, 4), None, bg=True)],
"portal-2025-03-18-23": [E("assassination attempt", ATTACK, "Al Shabaab", "Government of Somalia", P, L("Mogadishu", "SO", "Banadir", 1), 10)],
"portal-2025-05-03-44": [],
"portal-2025-06-18-43": [],
"portal-2025-06-21-14": [
    E("gunfire", ATTACK, IL, CPAL, P, L("Gaza Strip", "PS", "Gaza Strip", 3), None),
    E("airstrikes", AIR, IL, CPAL, P, L("Gaza Strip", "PS", "Gaza Strip", 3), None)],
"portal-2025-06-21-18": [],
"portal-2025-07-04-12": [E("killed", CLASH, "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", P, L("North Waziristan", "PK", "Khyber Pakhtunkhwa", 2), 30)],
"portal-2025-07-10-13": [
    E("airstrikes", AIR, IL, CPAL, P, L("Deir al-Balah", "PS", "Gaza Strip", 1), 15),
    E("strikes", AIR, IL, CPAL, P, L("Gaza Strip", "PS", "Gaza Strip", 3), 67, occ=2)],
"portal-2025-08-14-34": [E("arrest", ARREST, "Military Forces of Mali", "Military Forces of Mali", P, L("Mali", "ML", None, 4), None)],
"portal-2025-10-14-19": [E("airstrike", AIR, "Military Forces of the United States", "Civilians (International)", P, L("Venezuela", "VE", None, 4), 6)],
"portal-2025-10-28-15": [E("shooting–airstrike attack", CLASH, IL, "Al-Qassam Brigades", P, L("Kfar Qud", "PS", "West Bank", 1), 3)],
"portal-2025-10-28-56": [],
"portal-2025-11-26-63": [],
"portal-2025-12-21-33": [E("abduct", ABDUCT, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", P, L("Bashar", "NG", "Plateau", 1), None)],
"portal-2026-02-06-23": [E("drone strikes", AIR, "Rapid Support Forces", "Civilians (Sudan)", P, L("Allah Karim", "SD", "North Kordofan", 1), 1)],
"portal-2026-03-25-31": [E("drone strike", AIR, "Military Forces of Ukraine", "Civilians (Russia)", P, L("Belgorod Oblast", "RU", "Belgorod", 3), 2)],
"portal-2026-04-07-15": [],
"portal-2026-04-27-63": [],
"portal-2026-05-08-20": [],
"portal-2026-06-19-16": [],
}

if __name__ == "__main__":
    run(CODES, "double-X4-by-X3.jsonl", "coded-X4-by-X3.jsonl", require_all=True)
