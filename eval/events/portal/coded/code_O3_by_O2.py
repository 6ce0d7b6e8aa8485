#!/usr/bin/env python3
"""Annotator O2 (blind double of O3): hand codes for double-O3-by-O2.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O3-by-O2.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2025-02-10-30": [],
    "portal-2025-03-05-29": [],
    "portal-2025-03-20-54": [],
    "portal-2025-04-01-51": [],
    "portal-2025-04-03-32": [],
    "portal-2025-05-19-23": [],
    "portal-2025-05-28-57": [],
    "portal-2025-08-08-29": [],
    "portal-2025-09-01-26": [],
    "portal-2025-09-29-28": [],
    "portal-2025-10-24-25": [],
    "portal-2025-10-24-30": [],
    "portal-2025-12-24-24": [],
    "portal-2026-01-22-17": [],
    "portal-2026-03-19-31": [],
    "portal-2026-04-18-48": [],
    "portal-2026-05-15-51": [],
    "portal-2026-06-27-57": [],
    "portal-2026-06-29-98": [],
    "portal-2026-07-15-52": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O3-by-O2.jsonl"), os.path.join(HERE, "coded-O3-by-O2.jsonl"),
        require_all="--final" in sys.argv)
