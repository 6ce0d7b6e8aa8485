#!/usr/bin/env python3
"""Select and rebuild the document texts of the second development event set (dev2.jsonl).

dev2.jsonl is a second development set: RAMS 1.0 (CC BY-SA 4.0) passages and one WikiEvents
(MIT) document that are in neither gold.jsonl nor heldout.jsonl (nor examples/news.jsonl).
Developers may study coder errors on it; heldout.jsonl stays untouched.

The texts are rebuilt exactly as build_texts.py rebuilds the gold texts, by
heldout_texts.select(): WikiEvents from the `sentences` list with the same furniture filter
(rebuild_wikievents), RAMS by joining the tokens (detok), and everything normalized by the
same normalize().

No intermediate file is written: build_dev2.py calls build() directly. Run this script on its
own to print the selected documents and their sizes.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from heldout_texts import select  # noqa: E402

# ---------------------------------------------------------------- WikiEvents
# doc_id: published. The only WikiEvents document of dev/test left after gold.jsonl,
# heldout.jsonl and examples/news.jsonl that reports concrete incidents.
WIKIEVENTS = {
    "scenario_en_kairos_16": None,  # FRONTLINE "Hunting Bin Laden": 1998 embassies, USS Cole, 9/11
}

# ---------------------------------------------------------------- RAMS
# doc_key suffixes (14 characters, unique), chosen by hand: one passage per source_url, no
# source_url that any gold.jsonl or heldout.jsonl RAMS passage comes from.
RAMS = [
    # --- Syria
    "60e3027bbfb264",  # Russian bombing kills civilians, Russia denies (reuters)
    "a3894c99c60729",  # Russian/Syrian bombardment of Aleppo since September (bbc)
    "cdba15e10d149b",  # attacks on Aleppo hospitals, biggest ground assault (usatoday)
    "36ecec4aa90e24",  # battle for eastern Aleppo, poison gas claim, beheading (sbs)
    "dba581a2170a9a",  # Putin on the 16 September coalition strike (rt)
    "32e8679908de35",  # coalition strike on Syrian forces, northeast Syria (haaretz)
    "35b90ec2f277b5",  # US bombed Syrian soldiers; conditional further bombing (sputnik)
    "9f9443aec823f9",  # Russian helicopter downed; Erygin; Prokhorenko near Palmyra (rt)
    "971240a6379d4b",  # Turkish air force bombs Kurdish militias; Damascus vows to intervene (rt)
    "0059c619664419",  # Russian air forces hit ISIS oil tankers in Aleppo province (independent)
    "9c38d37085c470",  # shelling of east Aleppo since the ceasefire broke down (independent)
    "0125bd4cb5e792",  # recent bombardment of Aleppo; Manpads to rebels (middleeasteye)
    # --- Iraq, Libya, Turkey, Israel, South Sudan, Egypt
    "700b334e62162f",  # ISI renamed, Awakening, Zarqawi killed by US airstrike (vox)
    "0f869730fcda7b",  # Isis captured Mosul (independent)
    "1f5bf80eb4a983",  # Humayun Khan killed in a 2004 car bombing in Iraq (washingtonpost)
    "9a037deb571e29",  # Benghazi: ambassador and three Americans killed (thefederalist)
    "24dd768e6bfeeb",  # Turkey coup attempt, rallies, mass detentions (huffingtonpost)
    "df4fb21b820c66",  # failed coup recalled; Turkey shot down a Russian jet (irishtimes)
    "280421204e774a",  # Israeli jet downs a drone from Lebanon (haaretz)
    "17ac7072c0456b",  # Machar sworn in as first vice president in Juba (reuters africa)
    "f15d8f58b0dc70",  # Metrojet 9268 bomb in Sinai recalled (bnonews)
    "7dcbff1365bf7f",  # US sailors picked up by Iran, returned after talks (vox)
    # --- Russia, Ukraine, Azerbaijan, Germany, India, Honduras
    "640fd85f043fcc",  # Moscow nanny arrested (dailymail)
    "99521441f3e870",  # Roslovtsev detained in Red Square (bbc)
    "864133c76b8eea",  # Litvinenko inquiry: poisoned by Lugovoi and Kovtun (washingtonpost)
    "d1b44f466a6801",  # former RT chief bludgeoned in a Washington hotel (time)
    "b827564df5c108",  # Yeltsin bombed the parliament in 1993 (consortiumnews)
    "41d49662325122",  # snipers killed more than 50 Maidan protesters in 2014 (thehill)
    "98017c51c8fc7d",  # Azerbaijan 2003: police beat and detained opponents (irishtimes)
    "f2cdf9402847a2",  # alleged abduction of a 13-year-old in Berlin (pamelageller)
    "63494d40fc8622",  # ex-servicemen protest at Jantar Mantar, New Delhi (newkerala)
    "08879b5a38620c",  # June 28, 2009 coup in Honduras (commondreams)
    "09e370603ed608",  # Amiri arrested in Iran (independent)
    # --- United States
    "918cf60e230334",  # Laquan McDonald shooting, charge, protests, federal probe (chicagotribune)
    "47a246cfcec009",  # Pulse nightclub shooting (thehill)
    "a90198186609d4",  # Orlando: Mateen killed at least 49 (rollingstone)
    "2c6d75e86ef341",  # Charleston church shooting recalled (thehill)
    "df43896942248e",  # Oklahoma City bombing recalled (guardian)
    "17fdf76baf65e7",  # protester punched outside a Trump rally in Asheville; denial (breitbart)
    "ec6ab33ede6e41",  # protester sucker-punched at a Trump rally (vox)
    # --- World War II and other history
    "4fc56338ae9383",  # Nagasaki atomic bomb; Japan accepts Potsdam terms (cnn)
    "ea005eec4542ae",  # Hiroshima, Nagasaki, Tokyo firebombing (latimes)
    "383f7f3017b7e7",  # Hiroshima "Little Boy" (sputnik)
    "f2262821cba960",  # Hiroshima memorial, Pearl Harbor, Okinawa (nytimes)
    "a8a96294cce286",  # list of US interventions: Hiroshima, Nagasaki, Highway of Death, Honduras (truthdig)
    # --- negative controls (no codable event)
    "a01635f1ae49e4",  # EgyptAir disappearance; "looks like yet another terrorist attack" (politico)
    "072300d5a27bc8",  # Putin's car in a fatal road crash (thesun)
    "15fdb5bf4f4c9c",  # London schoolgirls who joined Isis; widows, no incident (guardian)
    "e0bbd678ef2204",  # ceasefire breaches counted; "the Deir al-Zor attack" by name only (businessinsider)
    "d2b7bc40161d68",  # Benghazi families' lawsuit; the attack by name only (allenbwest)
    "e879d7e9732e75",  # Dozhd TV "came under attack" (criticism); court verdict (bbc)
]


def build():
    return select(WIKIEVENTS, RAMS)

if __name__ == "__main__":
    for d in build():
        print(d["id"], d["source_file"], len(d["text"].encode("utf-8")), "bytes")
