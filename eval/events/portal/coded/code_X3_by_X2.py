#!/usr/bin/env python3
"""Annotator X2 blind double-codes of X3 items (double-X3-by-X2.jsonl)."""
import os
from code_X2 import E, L, check_and_write, ISR, RUS, CPS, CUA, GAZA, GAZACITY

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {}


def C(id_, *events):
    if id_ in CODES:
        raise SystemExit(f"duplicate code for {id_}")
    CODES[id_] = list(events)


C("portal-2025-01-04-23",
  E("capture", "nsa", "M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo", loc=L("Katale", "CD", "North Kivu", 1)))
C("portal-2025-04-19-28")
C("portal-2025-05-17-12",
  E("Israeli strikes", "air", ISR, CPS, loc=L("Palestine", "PS", None, 4), fat=150))
C("portal-2025-05-24-12",
  E("fires two ballistic missiles", "shell", RUS, CUA, loc=L("Odesa", "UA", "Odesa", 1), fat=2))
C("portal-2025-05-28-41",
  E("mass stabbing rampage", "attack", "Unidentified Armed Group (Russia)", "Civilians (Russia)",
    loc=L("Irkutsk", "RU", "Irkutsk", 1), fat=5))
C("portal-2025-08-10-13",
  E("Israeli strike", "air", ISR, CPS, loc=GAZACITY, fat=7))
C("portal-2025-10-03-64")
C("portal-2025-11-26-62")
C("portal-2026-01-04-28")
C("portal-2026-02-23-34",
  E("shot them dead", "attack", "Pro-Government Militia (South Sudan)", "Civilians (South Sudan)",
    loc=L("South Sudan", "SS", None, 4), fat=12))
C("portal-2026-03-21-22")
C("portal-2026-04-10-59",
  E("throwing a Molotov cocktail", "loot", "Unidentified Armed Group (United States)", "Civilians (United States)",
    loc=L("United States", "US", None, 4)))
C("portal-2026-04-20-27",
  E("Israeli strikes", "air", ISR, CPS, loc=GAZA, fat=5))
C("portal-2026-04-29-37",
  E("open fire", "clash", "Unidentified Armed Group (Iran)", "Police Forces of Iran",
    loc=L("Zahedan", "IR", "Sistan and Baluchestan", 1), fat=3))
C("portal-2026-05-05-66")
C("portal-2026-06-04-16")
C("portal-2026-06-19-19",
  E("agreed to a ceasefire", "agree", "Government of Israel", "Hezbollah", loc=L("Lebanon", "LB", None, 4)))
C("portal-2026-06-19-21",
  E("Israeli attack", "air", ISR, "Civilians (Lebanon)", date="2026-06-05",
    loc=L("South Lebanon", "LB", "South", 3), fat=1))
C("portal-2026-06-21-50")
C("portal-2026-07-20-75",
  E("baton-charge protesters", "interv", "Protesters (India)", "Police Forces of India",
    loc=L("New Delhi", "IN", "Delhi", 1)))

if __name__ == "__main__":
    check_and_write(os.path.join(HERE, "double-X3-by-X2.jsonl"), os.path.join(HERE, "coded-X3-by-X2.jsonl"), CODES,
                    require_all=True)
