#!/usr/bin/env python3
"""Annotator X5's blind double coding of double-X6-by-X5.jsonl (standard library only)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from code_X5 import E, L, run, HERE

UAG = lambda c: f"Unidentified Armed Group ({c})"
CIV = lambda c: f"Civilians ({c})"

CODES = {
"portal-2025-01-04-50": [],
"portal-2025-03-15-22": [E("AIR", "airstrike", a1="Military Forces of Myanmar", a2=CIV("Myanmar"), loc=L("Let Pan Hla", "MM", "Mandalay", 1), fat=27)],
"portal-2025-04-28-55": [],
"portal-2025-05-12-38": [],
"portal-2025-06-09-36": [E("RIOT", "riots", a1="Rioters (United Kingdom)", a2="Police Forces of the United Kingdom", loc=L("Ballymena", "GB", "Northern Ireland", 1))],
"portal-2025-06-20-23": [E("AIR", "drone strike", a1="Military Forces of Russia", a2=CIV("Ukraine"), loc=L("Odesa", "UA", "Odesa", 1), fat=1)],
"portal-2025-06-23-41": [E("LOOT", "vandalized", a1="Palestine Action", a2="Military Forces of the United Kingdom", loc=L("RAF Brize Norton", "GB", "England", 1), bg=True)],
"portal-2025-07-04-24": [E("RIOT", "protests", a1="Rioters (Mexico)", loc=L("Condesa", "MX", "Mexico City", 1))],
"portal-2025-07-25-28": [E("CLASH", "attack", a1="M23: March 23 Movement", a2="APCLS: Alliance of Patriots for a Free and Sovereign Congo", loc=L("Showa", "CD", "North Kivu", 2))],
"portal-2025-11-07-55": [],
"portal-2025-11-13-19": [
    E("SHELL", "strike", a1="Military Forces of Ukraine", loc=L("Oryol", "RU", "Oryol", 1)),
    E("DWU", "shot down", a1="Military Forces of Russia", a2="Military Forces of Ukraine", loc=L("Oryol", "RU", "Oryol", 1), mod="foiled")],
"portal-2025-11-20-49": [],
"portal-2026-01-02-44": [],
"portal-2026-01-02-46": [E("EXCESS", "is shot dead", a1="Police Forces of Iran", a2="Protesters (Iran)", loc=L("Harsin", "IR", "Kermanshah", 1), fat=1)],
"portal-2026-02-23-82": [],
"portal-2026-03-06-18": [
    E("DWU", "intercepted", a1="Military Forces of Qatar", a2="Military Forces of Iran", loc=L("Qatar", "QA", None, 4), mod="foiled"),
    E("AIR", "struck", a1="Military Forces of Iran", loc=L("Qatar", "QA", None, 4))],
"portal-2026-03-16-33": [E("ATTACK", "mass murder", a1="Military Forces of Russia", a2=CIV("Ukraine"), loc=L("Bucha", "UA", "Kyiv", 1), bg=True)],
"portal-2026-07-18-38": [],
"portal-2026-08-02-29": [E("AIR", "drone strike", a2=CIV("Sudan"), loc=L("Kabkabiya", "SD", "North Darfur", 2), fat=37)],
"portal-2027-12-05-54": [
    E("ARREST", "arrest", a1="Police Forces of Poland", a2=CIV("Ukraine"), loc=L("Pruszkow", "PL", "Masovia", 1)),
    E("IED", "Nord Stream pipeline explosions", bg=True)],
}

if __name__ == "__main__":
    run(os.path.join(HERE, "double-X6-by-X5.jsonl"), os.path.join(HERE, "coded-X6-by-X5.jsonl"), CODES,
        require_all=True)
