#!/usr/bin/env python3
"""Annotator O4: blind hand codes for double-O5-by-O4.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O5-by-O4.jsonl.
Standard library only.
"""
import os
import sys

from _portal_code import HERE, L, ev, run


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    # The Prime Minister of Greenland, Mute Bourup Egede, says that his country "has a desire fo
    "portal-2025-01-10-40": [],
    # Santander UK announces the closure of 95 bank branches in the United Kingdom with the loss
    "portal-2025-03-19-28": [],
    # A car veered off the Pan-American Highway and crashed into a tree near Del Viso, Argentina
    "portal-2025-04-05-27": [],
    # Argentine president Javier Milei is awarded the Genesis Prize during a state visit to Isra
    "portal-2025-06-11-24": [],
    # Six people, including a pregnant woman, are killed in a fire on the passenger ferry KM Bar
    "portal-2025-07-20-20": [],
    # A boat carrying Egyptian migrants and Sudanese crewmen en route to Europe capsizes off the
    "portal-2025-07-25-40": [],
    # Two people are killed and eight Kenyan police officers are injured in an accident involvin
    "portal-2025-08-31-33": [],
    # South African ambassador to France and former sport, arts and culture minister Nathi Mthet
    "portal-2025-09-30-41": [],
    # Joel Mokyr is awarded half of this year's Nobel Memorial Prize in Economic Sciences for "h
    "portal-2025-10-13-27": [],
    # The Dominican Republic announces that its temporary agreement permitting United States mil
    "portal-2025-12-01-52": [],
    # Hungarian prime minister Viktor Orbán announces a 100-billion-forint (US$300-million) supp
    "portal-2026-01-21-22": [],
    # In association football, the Confederation of African Football (CAF) fines the Senegal Foo
    "portal-2026-01-28-57": [],
    # Canadian prime minister Mark Carney announces nearly CAN$35 billion (US$25.7 ‌billion) in 
    "portal-2026-03-12-57": [],
    # Cuba announces plans to release 51 prisoners following discussions with the Holy See, stat
    "portal-2026-03-12-61": [],
    # Eleven people are killed after a cement mixer truck collided with a van in Thane district,
    "portal-2026-04-13-45": [],
    # Following PSG's Champions League victory, police arrest more than 280 people in Paris, Fra
    "portal-2026-05-30-71": [
        ev("clashes", sub="mob", a1="Rioters (France)", a2="Police Forces of France",
           loc=L("Paris", "FR", "Ile-de-France", 1))],
    # The Dar Hamar Emergency Room reports 800 cases of cholera, including 30 deaths, in the Wes
    "portal-2026-07-05-45": [],
    # Twenty-one people are killed and several others are injured after a bus lost control and v
    "portal-2026-07-16-34": [],
    # Astronomers report the first observationally confirmed atmosphere around a rocky exoplanet
    "portal-2026-07-16-74": [],
    # A woman is killed and 172 other people are rescued after a ferry catches fire off the coas
    "portal-2026-08-12-26": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O5-by-O4.jsonl"), os.path.join(HERE, "coded-O5-by-O4.jsonl"),
        require_all="--final" in sys.argv)
