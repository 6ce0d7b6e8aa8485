#!/usr/bin/env python3
"""Annotator O1 (blind double of O2): hand codes for double-O2-by-O1.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O2-by-O1.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2025-02-15-34": [],
    "portal-2025-02-28-22": [],
    "portal-2025-04-14-31": [],
    "portal-2025-04-19-19": [],
    "portal-2025-06-12-26": [],
    "portal-2025-08-08-26": [],
    "portal-2025-09-28-65": [],
    "portal-2025-10-04-29": [],
    "portal-2025-10-15-41": [],
    "portal-2025-11-06-33": [],
    "portal-2025-11-19-71": [],
    "portal-2025-12-30-36": [],
    "portal-2026-01-28-24": [],
    "portal-2026-02-05-37": [],
    "portal-2026-02-22-54": [],
    "portal-2026-04-14-64": [],
    "portal-2026-05-18-80": [],
    "portal-2026-06-26-73": [],
    "portal-2026-07-04-26": [],
    "portal-2026-08-17-34": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O2-by-O1.jsonl"), os.path.join(HERE, "coded-O2-by-O1.jsonl"),
        require_all="--final" in sys.argv)
