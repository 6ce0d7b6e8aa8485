"""Coder I's blind second coding (texts.jsonl, "second_coder": "I"), coded exactly as in
code_I.py (same conventions, see its docstring) and without looking at anyone's coding.

The blind version is commit 86056f2. After it, gold.jsonl's RAMS records were read (one is the
same window as rams-4f035473d6256a); the only later changes here are actor names: Unidentified
Armed Group (Ukraine) for "the rebels" (as the brief prescribes), Mutiny of Military Forces of
Turkey, Opposition Rebels (Syria), "the United States". Events, sub-types, places and
fatalities are as coded blind."""
from common import Coding, E, L

c = Coding(coder="I", out="double-I.jsonl", second=True)

SY = L("Syria", "SY", None, 4)
IST = L("Istanbul", "TR", "Istanbul", 1)
PARIS = L("Paris", "FR", "Île-de-France", 1)

c.doc("rams-831655dd643b16")  # purge; a collision only speculated
c.doc("rams-62c2f245da2b25")  # hate crimes: generic
c.doc("rams-135869bbd1d6a2",
      E("SB", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, IST, None,
        "opened fire and then detonated explosives"),
      E("SB", "Islamic State", "Civilians (France)", None, PARIS, 89,
        "mass shootings and suicide bombings", background=True),
      E("SB", "Unidentified Armed Group (France)", "Civilians (France)", None, PARIS, 41,
        "Similar attacks took place", background=True))
c.doc("rams-097975d4914b28")
c.doc("rams-83e4ddfcb5577a")
c.doc("rams-4f035473d6256a",
      # the ambush and Savchenko's capture, recalled at her trial; the area is not named
      E("AC", "Unidentified Armed Group (Ukraine)", "Aidar Battalion", None, L("Ukraine", "UA", None, 4),
        None, "ambush", background=True),
      E("ABD", "Unidentified Armed Group (Ukraine)", "Aidar Battalion", None, L("Ukraine", "UA", None, 4),
        None, "captured by the rebels on the morning", background=True))
c.doc("rams-30faf514852e2b")
c.doc("rams-02df3da947b4c8",
      E("PP", "Protesters (United States)", None, "2016",
        L("Philadelphia", "US", "Pennsylvania", 1), None, "continued to disrupt portions"))
c.doc("rams-b9319b7a49f0e0",
      E("EXF", "Police Forces of Ukraine", "Protesters (Ukraine)", "2014",
        L("Kyiv", "UA", "Kyiv City", 1), 50, "slaughtered more than 50 Maidan protesters",
        background=True))
c.doc("rams-96d5bbfe6230bd")
c.doc("rams-b1072754f61aca")  # hacking
c.doc("rams-fc82076151831f")
c.doc("rams-a72d8ef9118018",
      # the airport attack (same article as rams-135869bbd1d6a2); no total is given:
      # 14 foreigners and 10 Turkish employees, of whom 3 may overlap (dual citizens) -> 21
      E("SB", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, IST, 21,
        "Those killed at the Istanbul airport"))
c.doc("rams-b0c5fce61961d1")  # threats by debt collectors: not an event
c.doc("rams-2d6a7a05435cfb")
c.doc("rams-0f219756c12431",
      E("AGR", "Government of United States", "Government of Russia", None, SY, None,
        "February cessation of hostilities", background=True))
c.doc("rams-6b3bc867c1603f")
c.doc("rams-e9b3f2888f7260")  # Russia "bombarding Aleppo": ongoing, no incident
c.doc("rams-0d64d53b53cc5b")
c.doc("rams-8596825189db7d",
      E("AGR", "Government of United States", "Government of Russia", None, SY, None,
        "the ceasefire agreement", background=True),
      E("AIR", "Military Forces of the United States", "Military Forces of Syria", None, SY, 62,
        "attacked the Syrian army", background=True))
c.doc("rams-2f2f44211538dd")
c.doc("rams-dcef0b1d4c5c9f",
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Turkey", "TR", None, 4), None, "failed military attempt to overthrow Erdogan",
        background=True),
      E("AC", "Military Forces of Turkey", "Islamic State", None, SY, None,
        "launched an incursion into Syria", background=True))
c.doc("rams-44d330561dabee")
c.doc("rams-e813478457ac45")
c.doc("rams-f32976c914c1b2")
c.doc("rams-fe38077ee77671")  # "brawl" is a meeting
c.doc("rams-bcff752c5b1ebc")  # alleged biological warfare: claim, no incident
c.doc("rams-1ee9866f335959")
c.doc("rams-492c580810fec9",
      E("AC", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "carried out the biggest ground assault"))
c.doc("rams-81e74d698b2130",
      # Litvinenko's poisoning recalled at the inquiry; no place named in the window
      E("ATK", "Unidentified Group (Russia)", "Civilians (Russia)", None, None, None,
        "laying the poison", background=True))
c.doc("rams-61413aa78aace5")
c.doc("rams-3978b0b7b8e8e7")
c.doc("rams-bc4a6afa5c1b70")

c.write()
