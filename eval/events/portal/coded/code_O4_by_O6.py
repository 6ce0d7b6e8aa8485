#!/usr/bin/env python3
"""Annotator O6: blind double codes for double-O4-by-O6.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O4-by-O6.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2025-01-05-50": [],
    "portal-2025-03-10-18": [],
    "portal-2025-04-14-25": [],
    "portal-2025-06-29-23": [],
    "portal-2025-07-31-41": [],
    "portal-2025-09-29-36": [],
    "portal-2025-11-27-46": [
        ev("terrorist attacks", sub="attack", a1="Islamic Revolutionary Guard Corps",
           a2="Civilians (Australia)", loc=L("Australia", "AU", None, 4), date=None,
           bg=True)],
    "portal-2026-01-03-45": [],
    "portal-2026-01-28-36": [],
    "portal-2026-02-01-25": [],
    "portal-2026-02-08-29": [],
    "portal-2026-02-12-19": [],
    "portal-2026-03-19-45": [
        ev("agreed to a series of coordinated steps to de-escalate tensions", sub="agree",
           a1="Government of Democratic Republic of Congo", a2="Government of Rwanda",
           loc=None)],
    "portal-2026-03-31-40": [],
    "portal-2026-04-29-47": [],
    "portal-2026-06-18-75": [],
    "portal-2026-07-05-41": [],
    "portal-2026-07-14-52": [],
    "portal-2026-07-23-39": [],
    "portal-2026-08-01-73": [
        ev("clash with", sub="mob", a1="Rioters (Morocco)", a2="Police Forces of Morocco",
           loc=L("Melilla", "ES", "Melilla", 2))],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O4-by-O6.jsonl"), os.path.join(HERE, "coded-O4-by-O6.jsonl"),
        require_all="--final" in sys.argv)
