#!/usr/bin/env python3
"""Annotator X10: blind double codes for double-X11-by-X10.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-X10.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of the double file, [] when the item has no event.
CODES = {
    "portal-2025-01-08-22": [
        ev("mass shooting", sub="clash", a1="Unidentified Armed Group (Benin)",
           a2="Military Forces of Benin", loc=L("Northern Benin", "BJ", None, 3), fat=28)],
    "portal-2025-01-20-36": [
        ev("mass stabbing", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=L("Southport", "GB", "England", 1),
           date="2024-07", fat=3, bg=True)],
    "portal-2025-01-27-45": [],
    "portal-2025-02-05-62": [],
    "portal-2025-03-31-17": [
        ev("seizes two foreign oil tankers", sub="other", a1="Military Forces of Iran",
           a2="Civilians (International)", loc=None)],
    "portal-2025-06-01-43": [
        ev("suspected arson attack", sub="attack", a1="Unidentified Armed Group (Germany)",
           a2="Civilians (Germany)", loc=L("Hamburg", "DE", "Hamburg", 1), fat=3)],
    "portal-2025-06-05-46": [
        ev("explosive that killed", sub="ied", a1="Unidentified Armed Group (Malta)",
           a2="Civilians (Malta)", loc=None, date=None, fat=1, bg=True)],
    "portal-2025-07-13-42": [
        ev("raid", sub="clash", a1="Police Forces of Haiti", a2="Unidentified Armed Group (Haiti)",
           loc=L("Tortuga", "HT", "Nord-Ouest", 2), fat=3)],
    "portal-2025-07-19-29": [
        ev("vehicle-ramming attack", sub="attack", a1="Unidentified Armed Group (United States)",
           a2="Civilians (United States)", loc=L("Los Angeles", "US", "California", 1))],
    "portal-2025-08-12-11": [
        ev("launches an operation", sub="other", a1="Military Forces of Pakistan",
           loc=L("Bajaur", "PK", "Khyber Pakhtunkhwa", 2))],
    "portal-2025-09-11-48": [],
    "portal-2025-11-27-56": [
        ev("were shot", sub="clash", a1="Unidentified Armed Group (United States)",
           a2="Military Forces of the United States",
           loc=L("Washington, D.C.", "US", "District of Columbia", 1), date="P-1", fat=1)],
    "portal-2025-12-26-17": [
        ev("drone strike", sub="air", a1="Unidentified Armed Group (Chad)",
           a2="Military Forces of Chad", loc=L("Tine", "TD", "Wadi Fira", 1), fat=2)],
    "portal-2026-03-07-55": [
        ev("being attacked", sub="attack", a1="Unidentified Armed Group (United Kingdom)",
           a2="Civilians (United Kingdom)", loc=L("HM Prison Frankland", "GB", "England", 1),
           date="P-9", fat=1)],
    "portal-2026-03-15-53": [],
    "portal-2026-03-25-78": [],
    "portal-2026-03-28-64": [],
    "portal-2026-05-14-69": [
        ev("hijacked", sub="abduct", a1="Unidentified Armed Group (Somalia)",
           a2="Civilians (International)", loc=None, date=None, bg=True)],
    "portal-2026-05-21-57": [
        ev("mass shooting", sub="attack", a1="Unidentified Armed Group (Honduras)",
           a2="Civilians (Honduras)", loc=L("Rigores", "HN", "Colón", 1), fat=20),
        ev("shootout", sub="clash", a1="Police Forces of Honduras",
           a2="Unidentified Armed Group (Honduras)", loc=L("Corinto", "HN", "Cortés", 1), fat=8)],
    "portal-2026-07-13-22": [
        ev("missile attack", sub="shell", a1="Unidentified Armed Group (International)",
           loc=None, date="2026-05-04", bg=True)],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-X11-by-X10.jsonl"),
        os.path.join(HERE, "coded-X11-by-X10.jsonl"), require_all="--final" in sys.argv)
