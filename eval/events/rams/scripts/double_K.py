"""Coder K's blind second coding of the RAMS passages with "second_coder": "K".

Coded exactly as code_K.py (same rules), without looking at anyone else's coding.
"""
from common import Coding, E, L

c = Coding(coder="K", out="double-K.jsonl", second=True)

c.doc("rams-db03ef3e0296ba")  # a requested air strike: not reported as carried out
c.doc("rams-0b7251f4a3f814")  # rape allegation; Rotherham told generally
c.doc("rams-efd4c80acc47c2")  # a bare list of bombings
c.doc("rams-fee44cccd08d1d",
      E("PP", "Protesters (Russia)", None, None, L("Russia", "RU", None, 4), None,
        "protesting against Article 212.1"))
c.doc("rams-8f8067bdb309d2")
c.doc("rams-45c8a5dd533971",
      # the 2014 coup; the 2003 drug crackdown is a months-long campaign with a total toll
      E("OTH", "Military Forces of Thailand", "Government of Thailand", "2014",
        L("Thailand", "TH", None, 4), None, "seized power", background=True, plover="COERCE"))
c.doc("rams-a5ed3b9cb9f8b6",
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "cut the only road", background=True))
c.doc("rams-aa634af71b0f11")  # the South Sudan war told as a whole
c.doc("rams-a8125f2e9b9d9f")  # Seth Rich's murder: not coded as political
c.doc("rams-39c4ddff3583a3")
c.doc("rams-f76c8993722c3c")
c.doc("rams-cc9674cea21847")
c.doc("rams-be1eda2ceb46f9")  # evacuations under a siege; no transfer stated
c.doc("rams-db7beeaf07cc07",
      E("ARR", "Police Forces of Turkey", "CIA", None, L("Turkey", "TR", None, 4), None,
        "arrest of two CIA agents", mod="claimed"),
      E("AIR", "CIA", "Military Forces of Russia", None, L("Syria", "SY", None, 4), None,
        "shooting down the Russian Sukhoi Su-24", mod="claimed", background=True))
c.doc("rams-534a3ba036ff2c",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", None, None, 1,
        "with the head in her hands"))
c.doc("rams-9831af02db8b40",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), 200, "unleashed the worst aerial bombardment"))
c.doc("rams-bcf621f1a2010c")
c.doc("rams-6138b954ab148c")
c.doc("rams-90227cb4db79e9")  # hacking
c.doc("rams-c066affec6364e")
c.doc("rams-da7e15104f98bd",
      E("ATK", "Unidentified Armed Group (United Kingdom)", "Civilians (Russia)", None, None,
        None, "poisoned you", background=True))
c.doc("rams-a16e3fc60520bd")  # a road accident; headlines not coded
c.doc("rams-e34efd4c007fec")

c.write()
