#!/usr/bin/env python3
"""Annotator O3: blind double codes for double-O1-by-O3.jsonl (items of O1; Portal:Current events).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O1-by-O3.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    'portal-2025-02-20-35': [],
    'portal-2025-05-15-27': [],
    'portal-2025-07-03-24': [],
    'portal-2025-08-07-17': [],
    'portal-2025-09-11-19': [],
    'portal-2025-09-16-35': [],
    'portal-2025-10-01-26': [],
    'portal-2025-10-09-33': [],
    'portal-2025-10-14-64': [],
    'portal-2025-11-02-20': [],
    'portal-2025-11-03-28': [],
    'portal-2025-12-12-15': [],
    'portal-2025-12-26-21': [],
    'portal-2026-03-11-46': [],
    'portal-2026-03-25-66': [],
    'portal-2026-06-11-45': [],
    'portal-2026-06-16-41': [],
    'portal-2026-06-24-38': [],
    'portal-2026-07-01-62': [],
    'portal-2026-07-13-54': [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, 'double-O1-by-O3.jsonl'), os.path.join(HERE, 'coded-O1-by-O3.jsonl'),
        require_all="--final" in sys.argv)
