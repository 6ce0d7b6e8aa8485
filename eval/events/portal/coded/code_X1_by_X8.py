#!/usr/bin/env python3
"""Annotator X8: blind double codes for double-X1-by-X8.jsonl (standard library only)."""
import os
from code_X8 import E, L, build, HERE

IL = "Military Forces of Israel"

CODES = {
    "portal-2025-01-21-24": [
        E("CLASH", "Military Forces of Syria", "Pro-Assad Militia (Syria)", "2025-01-21",
          L("Homs Governorate", "SY", "Homs", 3), 6, "operation"),
    ],
    "portal-2025-02-06-22": [],
    "portal-2025-02-20-30": [
        E("IED", "Unidentified Armed Group (Israel)", None, "2025-02-20",
          L("Bat Yam", "IL", "Tel Aviv", 1), 0, "explode"),
        E("DISRUPT", "Police Forces of Israel", "Unidentified Armed Group (Israel)", "2025-02-20",
          L("Bat Yam", "IL", "Tel Aviv", 1), 0, "failed to detonate", modality="foiled"),
    ],
    "portal-2025-03-07-21": [
        E("DISRUPT", "Military Forces of Ukraine", "Military Forces of Russia", "2025-03-07",
          L("Ukraine", "UA", None, 4), None, "intercepting", modality="foiled"),
    ],
    "portal-2025-04-14-13": [],
    "portal-2025-06-11-49": [],
    "portal-2025-09-12-53": [],
    "portal-2025-12-11-38": [],
    "portal-2025-12-12-28": [
        E("ARREST", "Police Forces of Iran", "Narges Mohammadi", "2025-12-12",
          L("Mashhad", "IR", "Razavi Khorasan", 1), None, "arrest"),
    ],
    # too vague to code from the text alone: no attacker, no place, no kind of attack
    "portal-2026-01-04-16": [],
    "portal-2026-01-17-55": [],
    "portal-2026-01-18-49": [],
    "portal-2026-01-22-12": [
        E("AIR", "Military Forces of Myanmar", "Civilians (Myanmar)", "2026-01-22",
          L("Bhamo", "MM", "Kachin", 2), 21, "fighter jet strikes"),
    ],
    "portal-2026-01-24-17": [],
    "portal-2026-02-27-14": [
        E("AIR", IL, "Civilians (Palestine)", "2026-02-27",
          L("Central Gaza Strip", "PS", None, 3), None, "air and drone strikes"),
        E("AIR", IL, "Civilians (Palestine)", "2026-02-27",
          L("Southern Gaza Strip", "PS", None, 3), None, "air and drone strikes"),
    ],
    "portal-2026-03-16-19": [],
    "portal-2026-03-27-15": [
        E("DISRUPT", "Military Forces of Kuwait", "Military Forces of Iran", "2026-03-27",
          L("Kuwait", "KW", None, 4), None, "intercepted", modality="foiled"),
        E("DISRUPT", "Military Forces of Saudi Arabia", "Military Forces of Iran", "2026-03-27",
          L("Saudi Arabia", "SA", None, 4), None, "intercepted", modality="foiled"),
        E("DISRUPT", "Military Forces of the United Arab Emirates", "Military Forces of Iran",
          "2026-03-27", L("United Arab Emirates", "AE", None, 4), None, "intercepted",
          modality="foiled"),
    ],
    "portal-2026-04-01-27": [
        E("AIR", IL, "Military Forces of Iran", "2026-04-01", L("Iran", "IR", None, 4), None,
          "strikes"),
    ],
    "portal-2026-04-07-43": [
        E("AIR", IL, "Civilians (Lebanon)", "2026-04-07",
          L("Maarakah", "LB", "South Lebanon", 1), 3, "Israeli airstrike"),
    ],
    "portal-2026-07-16-24": [],
}

if __name__ == "__main__":
    build(os.path.join(HERE, "double-X1-by-X8.jsonl"),
          os.path.join(HERE, "coded-X1-by-X8.jsonl"), CODES, require_all=True)
