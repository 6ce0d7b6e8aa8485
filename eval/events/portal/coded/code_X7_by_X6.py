#!/usr/bin/env python3
"""Annotator X6 blind codes for double-X7-by-X6.jsonl. Standard library only."""
import os
from code_X6 import E, run, HERE

CODES = {}
C = CODES
C["portal-2025-01-21-17"] = [
    E("attack", "raid", "Military Forces of Israel", "Civilians (Palestine)",
      ("Jenin refugee camp", "PS", "West Bank", 1), fat=10),
]
C["portal-2025-03-21-17"] = [
    E("disrupt", "intercepts a ballistic missile", "Military Forces of Israel", "Ansar Allah",
      ("Israel", "IL", None, 4), mod="foiled"),
]
C["portal-2025-04-03-14"] = [
    E("overtake", "retakes control", "Military Forces of Israel", None, ("Rafah", "PS", "Rafah", 1)),
]
C["portal-2025-04-03-20"] = [
    E("clash", "combined operation", "Military Forces of Mexico", "Jalisco New Generation Cartel",
      ("Apatzingán", "MX", "Michoacán", 1), fat=5),
    E("disrupt", "116 explosive devices seized", "Military Forces of Mexico", "Jalisco New Generation Cartel",
      ("Apatzingán", "MX", "Michoacán", 1)),
    E("clash", "encounter", "Military Forces of Mexico", "Unidentified Armed Group (Mexico)",
      ("Parácuaro", "MX", "Michoacán", 2), fat=1),
]
C["portal-2025-05-12-17"] = [
    E("change", "announces an immediate halt to its insurgent activities", "Kurdistan Workers' Party", None,
      ("Turkey", "TR", None, 4), plover="CONCEDE"),
]
C["portal-2025-05-28-15"] = []
C["portal-2025-10-03-31"] = [
    E("air", "drone strike", "Military Forces of Russia", "Journalists (France)",
      ("Donetsk Oblast", "UA", "Donetsk", 3), fat=1),
]
C["portal-2025-10-28-23"] = [
    E("attack", "attack on a hospital", "Rapid Support Forces", "Civilians (Sudan)",
      ("El Fasher", "SD", "North Darfur", 1), fat=460),
]
C["portal-2025-11-19-14"] = [
    E("air", "airstrikes", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza City", "PS", "Gaza", 1)),
    E("air", "airstrikes", "Military Forces of Israel", "Civilians (Palestine)",
      ("Khan Yunis", "PS", "Khan Younis", 1)),
]
C["portal-2025-12-28-15"] = []
C["portal-2026-01-30-29"] = []
C["portal-2026-03-11-17"] = [
    E("shell", "are struck by unknown projectiles", None, "Civilians (International)", None, fat=0),
    E("shell", "are struck by unknown projectiles", None, "Civilians (International)", None, fat=0),
]
C["portal-2026-03-16-17"] = []
C["portal-2026-04-25-77"] = []
C["portal-2026-05-05-69"] = []
C["portal-2026-05-08-15"] = []
C["portal-2026-06-08-68"] = []
C["portal-2026-06-28-70"] = []
C["portal-2026-07-30-31"] = [
    E("air", "Israeli strike", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza Strip", "PS", None, 3),
      fat=4),
]
C["portal-2026-08-11-18"] = [
    E("air", "has fired at", "Military Forces of the United States", "Civilians (International)",
      ("Gulf of Oman", "OM", None, 3)),
]

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X7-by-X6.jsonl"), os.path.join(HERE, "coded-X7-by-X6.jsonl"),
        require_all=True)
