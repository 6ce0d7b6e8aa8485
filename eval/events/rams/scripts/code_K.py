"""Coder K's coding of the RAMS passages assigned to K (texts.jsonl, "coder": "K").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events") and
ANNOTATORS.md. Dates without a year are null. Recalled history is coded as background
when the passage gives at least a place (or country) and the incident itself (not a bare
list of names). Generic statements ("the attacks are non-stop"), statistics, threats,
calls and plans are not coded.
"""
from common import Coding, E, L

c = Coding(coder="K", out="rams-K.jsonl")

US = L("United States", "US", None, 4)

# 1-25
c.doc("rams-1916e0d88d8a05")  # McCain POW: history without an incident
c.doc("rams-898846112caa0e")  # Chicago statistics
c.doc("rams-2085d881e95fa4",
      E("ATK", "Islamic State", "Civilians (United States)", None,
        L("Orlando", "US", "Florida", 1), 49, "slaughtered", background=True))
c.doc("rams-e0871705fc2c85")
c.doc("rams-791b82d98d5874")  # sports sanction
c.doc("rams-a450b4296619e1")
c.doc("rams-1f526edb8fb2d6",
      E("NVT", "YPG", None, None, L("Euphrates", "SY", None, 3), None, "retreating",
        plover="RETREAT"))
c.doc("rams-50341fc133e95d")  # threat video
c.doc("rams-c71953e57c7426",
      E("LOOT", "Daugavas Vanagi", None, None, L("Limbazi", "LV", None, 1), None,
        "has demolished"))
c.doc("rams-fa708586e54962")
c.doc("rams-464bdbd9d0b97f")  # email hacking: not coded
c.doc("rams-bd3411f00858e0")  # arms embargo threatened
c.doc("rams-fc6708a8f34ea6")
c.doc("rams-08f5b61bdce17c")
c.doc("rams-5e1a67a689db95")
c.doc("rams-8438759bdd9466")
c.doc("rams-40976308f28286",
      E("IED", "Unidentified Armed Group (Iraq)", "Military Forces of the United States", "2004",
        L("Iraq", "IQ", None, 4), 1, "car bombing", background=True))
c.doc("rams-7bfbd555f70b4f")  # a public call for boycott, not a demonstration
c.doc("rams-bbf376742370ac")
c.doc("rams-9e39bf9c57ae87")  # WWII battle, no place named
c.doc("rams-7038da5548dce5")
c.doc("rams-2cb3ac936a29f8",
      E("MOB", "Rioters (Russia)", None, "2012", L("Poland", "PL", None, 4), None,
        "violent disorder", background=True))
c.doc("rams-6c7226659c0be9")  # corporal punishment in a church: not political
c.doc("rams-75207a1da6de56")
c.doc("rams-7f66272c4652d2")  # generic: "the attacks are non-stop"

# 26-50
c.doc("rams-89c80cbd17b51d")  # beating in a church: not political
c.doc("rams-b7de5a9b57a268")  # IS "may be on the point of abandoning": not yet an event
c.doc("rams-6b4af7e2bfd55b")  # Saleh forced out after protests: a movement, no incident
c.doc("rams-ad6e020f328d99")
c.doc("rams-d80d6c2ecf2c38")  # truck crash into cyclists: not political
c.doc("rams-2028a9a49c2724")
c.doc("rams-b2785153c73c7c",
      # the shelling that killed two Russian journalists; the trial itself is not coded
      E("SH", "Military Forces of Ukraine", "Civilians (Russia)", None,
        L("eastern Ukraine", "UA", None, 3), 2, "artillery fire", background=True))
c.doc("rams-b73554cd0651d6")
c.doc("rams-f7a9f96819368d")
c.doc("rams-20490874249df9")  # sign vandalism, ordinary crime
c.doc("rams-7574e6669a6223",
      # the SDF's announced launch has no fighting reported; the hills taken near Shaer are coded
      E("GRT", "Military Forces of Syria", "Islamic State", None,
        L("Shaer gas fields", "SY", "Homs", 2), None, "taking over four hills", background=True))
c.doc("rams-5b1086f0b9de0a")
c.doc("rams-13db0e35601b27")
c.doc("rams-b1735694c6ea3b")
c.doc("rams-3f9a63a12207ee")
c.doc("rams-ddede9d90d50fe")
c.doc("rams-5e57589ca88425")
c.doc("rams-4f316d2eb0b44b")  # jets deployed; bombing of civilians told generally
c.doc("rams-cdeb5e227e437b")
c.doc("rams-8bc9289529201b")
c.doc("rams-4ee504550fdd8e")  # a 2010 murder: ordinary crime
c.doc("rams-58ed8bbdac6552")
c.doc("rams-05e7484df9c103")
c.doc("rams-a9527f4041702a")
c.doc("rams-daf8b7bddb3d12")

# 51-75
c.doc("rams-4a32c75e3f6d5b")
c.doc("rams-9cfff487a0f8d8",
      # the coup attempt's fighting in Istanbul and Ankara: split in two, the most
      # conservative toll ("more than 190") divided between them
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Istanbul", "TR", "Istanbul", 1), 95, "military action"),
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Ankara", "TR", "Ankara", 1), 95, "military action"),
      E("ARR", "Police Forces of Turkey", "Mutiny of Military Forces of Turkey", None,
        L("Turkey", "TR", None, 4), None, "were arrested"))
c.doc("rams-ada6e3e0ec40d8")  # debt collectors' assault: crime, not political
c.doc("rams-7bafcc7a67971f")
c.doc("rams-2b5b31f36e01cf")
c.doc("rams-6df9fcd89d5014")
c.doc("rams-140d1c9600ab31")
c.doc("rams-65e148b0b59967")
c.doc("rams-66a216c767378a")
c.doc("rams-864e3bd48bf637")
c.doc("rams-60a43efb9c2eb5")
c.doc("rams-99fc0509b7f907",
      E("AC", "Opposition Rebels (Syria)", "Military Forces of Syria", None,
        L("Turkmen Mountain", "SY", "Latakia", 1), 15, "have been killed", mod="claimed"))
c.doc("rams-330b6fe1492e85")
c.doc("rams-1dc293fbe625b3")
c.doc("rams-17f6e1aa84e370")
c.doc("rams-59939568d296b9")
c.doc("rams-1b81e1e37bfc11")  # a list of historical wrongs, no incident told
c.doc("rams-00a11b7b666254")
c.doc("rams-8a96d4032970ad",
      # the invasion of the USSR is a whole theatre of war, not one event
      E("AIR", "Military Forces of Japan", "Military Forces of the United States", "1941-12-07",
        L("Pearl Harbor", "US", "Hawaii", 1), None, "the Japanese attack", background=True))
c.doc("rams-8f8e9a2187ea30")
c.doc("rams-4efb1b9d1e616d")  # Sri Lankan civil war told generally
c.doc("rams-d13c3968404197")  # same story as rams-ada6e3e0ec40d8
c.doc("rams-c8a21a9a0a553f")
c.doc("rams-b2510db32cae74")
c.doc("rams-00804c82fcd7d3")

# 76-100
c.doc("rams-c50a121d7acc33")
c.doc("rams-3dda24dea92a98")
c.doc("rams-4de6cce4855ca6",
      # photo captions of the coup's end; the surrender itself is not coded
      E("MOB", "Rioters (Turkey)", "Mutiny of Military Forces of Turkey", "2016-07-16",
        L("Bosphorus Bridge", "TR", "Istanbul", 1), None, "A civilian beats a soldier"))
c.doc("rams-869f4ef5d975a3")
c.doc("rams-a037b8575a01bd")
c.doc("rams-ade472fc52056f")
c.doc("rams-888652cf1ce8eb",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Charleston", "US", "South Carolina", 1), None, "racially motivated shooting",
        background=True))
c.doc("rams-a1ac96cee0806f")
c.doc("rams-20860d32b395af",
      E("AIR", "Military Forces of Turkey", "Military Forces of Russia", None, None, None,
        "Turkey downed a Russian jet", background=True))
c.doc("rams-fd0e8bc6a412fc")  # executions and air strikes told as totals over months
c.doc("rams-e70287781bb466")  # a doctor beating a patient: not political
c.doc("rams-8f76086c87c0a2")
c.doc("rams-e6c9309ddcf3a7")
c.doc("rams-a253845317dcda")
c.doc("rams-7a4e64c48342b0")
c.doc("rams-93840fed4a9112")
c.doc("rams-962f0b564ded16")
c.doc("rams-ee2170143a7b21")
c.doc("rams-3a40e7e587f15d")  # "a series of mass purges": no incident, place or day
c.doc("rams-241aaa6554cad8")  # headlines only
c.doc("rams-f43f3c4efbb983")
c.doc("rams-b89555484d85af")  # surveillance
c.doc("rams-da69d198474e2c",
      # "Friday's violence" is not told in this window; the Kiryat Arba stabbing (the girl and
      # the attacker shot dead) and the closure of Bani Naim are told as context
      E("ATK", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", None,
        L("Kiryat Arba", "PS", "West Bank", 1), 2, "stabbing to death", background=True),
      E("OTH", "Military Forces of Israel", "Civilians (Palestine)", None,
        L("Bani Naim", "PS", "West Bank", 1), None, "blockaded", background=True,
        plover="COERCE"))
c.doc("rams-edb77dabe0a20b")
c.doc("rams-968b54acb28103")

# 101-126
c.doc("rams-7dc7bd144b3f88")
c.doc("rams-452eeff10af3ed")  # car crash
c.doc("rams-e2e353edd35d85")  # accusations of oil smuggling: not an event
c.doc("rams-3fd2ef6fea26cb")
c.doc("rams-58b053438f4bc1",
      # the US strike that ended the ceasefire, recalled by Putin; no place or target named
      E("AIR", "Military Forces of the United States", None, None, None, None, "this strike",
        background=True))
c.doc("rams-92bfca00939566")
c.doc("rams-bbcd07232bf0b8")  # hypothetical no-fly zone
c.doc("rams-fd3619681879a6")
c.doc("rams-b8364329a01ddf")
c.doc("rams-ac5d28316b302a")  # trial; a robbery shooting: ordinary crime
c.doc("rams-a104652f8400dc",
      E("ARR", "Military Forces of Iran", "Military Forces of the United States", None, None,
        None, "being detained", background=True))
c.doc("rams-cc7c24514792ab")
c.doc("rams-67eeff6a490316")
c.doc("rams-6d5879818b90af")
c.doc("rams-fb64fc4462f957")
c.doc("rams-705779c3304f13")  # Crimea annexation: bare mention
c.doc("rams-aff111b5084ca6")
c.doc("rams-463a1ce4dac4f8")
c.doc("rams-2d982413ab6db2")
c.doc("rams-2f9b5dc5157525")
c.doc("rams-86ebdf16acb826")
c.doc("rams-c533a6bfb84219")  # air crash
c.doc("rams-64b898e61e9baa")  # Stein escorted off campus: not an arrest
c.doc("rams-9f95fb2fe64b4c")
c.doc("rams-45592c76724162")
c.doc("rams-5527766289308f")

# 127-152
c.doc("rams-13ef8685a952bb")  # planes being sent, arms supplied: no event
c.doc("rams-e50b3aa419e118",
      # photo caption: the shooter is not named
      E("AC", "Unidentified Armed Group (Syria)", "Military Forces of Russia", "2016-08-01",
        L("Idlib", "SY", "Idlib", 3), None, "shot down"))
c.doc("rams-f2e7f8f6074b98")
c.doc("rams-14878cafe495d7")
c.doc("rams-b104120d33c96d")
c.doc("rams-37cb9baaa331fb")
c.doc("rams-5119a45fc9eac7")  # rally "ritual" told generally
c.doc("rams-1591cb64a99245",
      E("AIR", "Military Forces of Saudi Arabia", "Civilians (Yemen)", None,
        L("Sanaa", "YE", "Amanat al Asimah", 1), 140, "struck a hall"))
c.doc("rams-3b8a9e8ec5e541")
c.doc("rams-3049a4ecf8bc8f")
c.doc("rams-8d4f02a85612d7")
c.doc("rams-a767b6c0138fda")
c.doc("rams-0c0c20e63365d3")
c.doc("rams-e1f26af87c0de2")
c.doc("rams-01a407401be6aa")
c.doc("rams-7313433d06a670",
      # the Sanaa funeral strike (as rams-1591cb64a99245); the war's toll is not coded
      E("AIR", "Military Forces of Saudi Arabia", "Civilians (Yemen)", None,
        L("Yemen", "YE", None, 4), None, "the Saudi funeral attack"))
c.doc("rams-a52942b39b81cb")
c.doc("rams-073a7f2f0d2ca4")
c.doc("rams-4ed65ae2b91795",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", None,
        L("London", "GB", "England", 1), None, "second poisoning attempt", background=True))
c.doc("rams-b97e1d76ed3c36")
c.doc("rams-51ea6db7eb7928")  # petition / boycott call
c.doc("rams-a78aeca02b9f28")
c.doc("rams-7e819cd21e987f")
c.doc("rams-142b5de3f8aa0c",
      E("AIR", "Military Forces of the United States", "Military Forces of Syria", None,
        L("Deir ez-Zor", "SY", "Deir ez-Zor", 2), None, "the American attack on Syrian troops",
        background=True))
c.doc("rams-5785f2f6e6dd6e")  # Russian troops in Ukraine, Crimea: told as a whole, not one event
c.doc("rams-db1c56ecd36de2")

c.write()
