#!/usr/bin/env python3
"""Annotator O5 (double items of O6): hand codes for double-O6-by-O5.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O6-by-O5.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2025-02-05-39": [],
    "portal-2025-02-21-19": [],
    "portal-2025-03-21-60": [],
    "portal-2025-03-31-29": [],
    "portal-2025-04-24-65": [],
    "portal-2025-07-05-22": [],
    "portal-2025-07-31-28": [],
    "portal-2025-07-31-34": [],
    "portal-2025-08-31-38": [],
    "portal-2025-12-01-40": [],
    "portal-2025-12-23-26": [],
    "portal-2026-01-23-28": [],
    "portal-2026-03-03-71": [],
    "portal-2026-03-22-32": [],
    "portal-2026-04-23-33": [],
    "portal-2026-05-01-39": [
        ev("unexploded ordnance detonated", sub="ied", a1="Unidentified Armed Group (Iran)",
           a2="Military Forces of Iran", loc=L("Zanjan", "IR", "Zanjan", 3), fat=14)],
    "portal-2026-07-08-44": [],
    "portal-2026-07-10-25": [],
    "portal-2026-08-03-37": [],
    "portal-2026-08-17-46": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O6-by-O5.jsonl"), os.path.join(HERE, "coded-O6-by-O5.jsonl"),
        require_all="--final" in sys.argv)
