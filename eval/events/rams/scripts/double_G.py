"""Coder G's blind second coding (texts.jsonl, "second_coder": "G"), coded as in code_G.py
by the guide and README conventions, without looking at anyone else's coding."""
from common import Coding, E, L

c = Coding(coder="G", out="double-G.jsonl", second=True)

TR = L("Turkey", "TR", None, 4)

c.doc("rams-c71953e57c7426",
      # a monument demolished by a veterans' group (no violence to people)
      E("LOOT", "Daugavas Vanagi", None, None, L("Limbazi", "LV", "Limbazu novads", 1), None,
        "has demolished a monument"))
c.doc("rams-fc6708a8f34ea6")
c.doc("rams-6c7226659c0be9")  # corporal punishment in a church told generally
c.doc("rams-2028a9a49c2724")
c.doc("rams-f7a9f96819368d")
c.doc("rams-ddede9d90d50fe")
c.doc("rams-cdeb5e227e437b")
c.doc("rams-9cfff487a0f8d8",
      # "265 killed ... in Istanbul and Ankara": split 133 + 132 (README precedent)
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Istanbul", "TR", "Istanbul", 1), 133, "military action in Istanbul"),
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Ankara", "TR", "Ankara", 1), 132, "Ankara"),
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None, TR, None,
        "the overnight coup", mod="attempted", plover="COERCE"),
      E("ARR", "Military Forces of Turkey", "Mutiny of Military Forces of Turkey", None, TR,
        None, "1,563 soldiers were arrested"))
c.doc("rams-ada6e3e0ec40d8")  # assault by debt collectors: ordinary crime
c.doc("rams-7bafcc7a67971f")
c.doc("rams-2b5b31f36e01cf")
c.doc("rams-65e148b0b59967")
c.doc("rams-864e3bd48bf637")
c.doc("rams-60a43efb9c2eb5")
c.doc("rams-99fc0509b7f907",
      # known only from opposition sources (README: claimed)
      E("AC", "Opposition Rebels (Syria)", "Military Forces of Syria", None,
        L("Turkmen Mountain", "SY", "Latakia", 1), 15, "have been killed by opposition forces",
        mod="claimed"))
c.doc("rams-7a4e64c48342b0")  # speculation about attacks and deployments
c.doc("rams-da69d198474e2c",
      # the Kiryat Arba stabbing a day before; the attacker shot dead counts (README: St. Cloud);
      # "Friday's violence" is not told in this window; the village blockade is a deployment
      E("ATK", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", None,
        L("Kiryat Arba", "PS", "West Bank", 1), 2, "stabbing to death Hallel Yafa Ariel",
        background=True))
c.doc("rams-452eeff10af3ed")  # car crash
c.doc("rams-2d982413ab6db2")
c.doc("rams-e1f26af87c0de2")  # parade, missile-defence deployment
c.doc("rams-7313433d06a670",
      # the Saturday airstrike on a funeral; the 10,000 dead of the war is a total
      E("AIR", "Military Forces of Saudi Arabia", "Civilians (Yemen)", None,
        L("Yemen", "YE", None, 4), None, "the Saudi funeral attack"))
c.doc("rams-b97e1d76ed3c36")
c.doc("rams-db1c56ecd36de2")

c.write()
