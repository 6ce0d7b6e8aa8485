"""Annotator C: blind second coding of the RAMS passages whose second_coder is C
(writes ../double-C.jsonl)."""
from common import Coding, E, L

c = Coding(coder="C", out="double-C.jsonl", second=True)
TR = L("Turkey", "TR", None, 4)

c.doc("rams-5c79d8272573e2")   # Assange asylum, rape charge: not coded
# a fringe report of Turkish ministries' claims about two "CIA pilots"
c.doc("rams-01ea51ebba43d8",
      E("ARR", "Police Forces of Turkey", "Military Forces of the United States", None, TR, None,
        "captured CIA pilots", mod="claimed"),
      E("AC", "Military Forces of the United States", "Military Forces of Russia", None,
        L("Syria", "SY", None, 4), None, "shooting down the Russian Sukhoi Su-24 m bomber",
        mod="claimed", background=True),
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None, TR, None,
        "failed “coup” attempt", mod="attempted", background=True, plover="COERCE"),
      E("AIR", "Military Forces of the United States", "Government of Turkey", None, TR, None,
        "locked on their air-to-air missiles", mod="claimed", background=True))
c.doc("rams-57cd5a1c5af195")
c.doc("rams-857c78284a2720")
c.doc("rams-fc34935ba1f3f3")
c.doc("rams-9451b9ef92adb8")
c.doc("rams-4fd295c0cad4ed")
c.doc("rams-45175220102b5e")   # air-defence deployment: not coded
c.doc("rams-452950309faefc")
c.doc("rams-9ddeb829abf6a8")
c.doc("rams-f7ea599988412e")
c.doc("rams-d1b6edb2d230fb")
c.doc("rams-9ae9df3d6f65d8")
c.doc("rams-b5638abe736d17")   # barrel bombs only as a pattern
c.doc("rams-48ae32e8a49383",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", "2014",
        L("Crimea", "UA", "Crimea", 3), None, "annexation of Crimea", background=True,
        plover="COERCE"))
c.doc("rams-74ecd3d165e230")   # military exercise
c.doc("rams-11044ab15eae06")
c.doc("rams-110b140dd81340")   # "threatens to jail": not a threat of violence
c.doc("rams-63a3a1c10a0d0c",
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", None,
        L("Hiroshima", "JP", "Hiroshima", 1), None, "dropped on Hiroshima", background=True))
c.doc("rams-648441d1f6bbd2")

c.write()
