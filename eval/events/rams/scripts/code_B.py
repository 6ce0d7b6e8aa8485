"""Annotator B's hand coding of the RAMS passages assigned to coder B (main set).

Coded by reading each passage only, following /work/shared/CODING_GUIDE.md ("Events"),
PRODUCT.md's taxonomy and the conventions of eval/events/README.md. Writes ../rams-B.jsonl.
"""
from common import Coding, E, L

c = Coding(coder="B", out="rams-B.jsonl")
SY = L("Syria", "SY", None, 4)
US = L("United States", "US", None, 4)

# --- batch 1 (passages 1-25) ---
c.doc("rams-0997fba2d46f18")
c.doc("rams-5c79d8272573e2")
# "the group is fighting alongside the Syrian Army to retake the camp": an ongoing battle,
# the group and the camp are named before the window; Zenki/ISIS lines are patterns.
c.doc("rams-80c0b4e2843c5d",
      E("AC", "Unidentified Armed Group (Syria)", None, None, SY, None,
        "fighting alongside the Syrian Army to retake the camp"))
c.doc("rams-14154f26345bfb")  # DNC hack: cyber, not violence
# offensive near Aleppo and Russian air support (campaign summaries, one event each)
c.doc("rams-07797b860b75bc",
      E("AC", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "attacks by Russian-backed Syrian government forces"),
      E("AIR", "Military Forces of Russia", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "air support for Syrian government forces"))
c.doc("rams-8a230d8a86215a")
c.doc("rams-560c06db3e66e6")
# Strelkov's executions for looting (history; Ukraine from general knowledge, judgment call)
c.doc("rams-f4ae07d393bd33",
      E("ATK", "DPR: Donetsk People's Republic", "Civilians (Ukraine)", None,
        L("Ukraine", "UA", None, 4), None, "having people shot for looting", background=True))
c.doc("rams-50825441a3eab5")
c.doc("rams-5044806a384d4d")
c.doc("rams-7969b018ce0452")
c.doc("rams-64b91e982f9039")
c.doc("rams-519b7377f2ef88")  # cash seized from an official: corruption, not coded
c.doc("rams-c9c04e69370435")
c.doc("rams-972bfd07f6677c")
c.doc("rams-11e5ce87b2d6fd")
c.doc("rams-57cd5a1c5af195")
# photo caption: protest in Paris on 26 July 2014, defying the ban on such demonstrations
c.doc("rams-bdf73ba9ffbfed",
      E("PP", "Protesters (France)", None, "2014-07-26", L("Paris", "FR", "Île-de-France", 1),
        None, "Protestors defying a ban", background=True),
      E("OTH", "Government of France", "Protesters (France)", None,
        L("Paris", "FR", "Île-de-France", 1), None,
        "a ban on Palestine solidarity demonstrations", background=True, plover="COERCE"))
c.doc("rams-c3da6d13800ac2")
c.doc("rams-5114d2a2865053")
c.doc("rams-1b71cd47398929")
c.doc("rams-7b8e63bf4b9251")  # sanctions toll: not an event
c.doc("rams-1bc978865b4d3e")
# Orlando and Paris recalled with actor and act (background); "attack at Ford Hood" is
# a reference by name only
c.doc("rams-1ee3a3e8256d6d",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        US, None, "committed mass murder", background=True),
      E("ATK", "Islamic State", "Civilians (France)", None, L("Paris", "FR", "Île-de-France", 1),
        None, "launched its massacre in Paris", background=True))
c.doc("rams-b385a1f3e21b91")

# --- batch 2 (passages 26-50) ---
c.doc("rams-e4e1d92cdfc51e")
c.doc("rams-e91de92246819d")
c.doc("rams-c142b69f2a590b")
c.doc("rams-f055dbf03dbccb")  # hacking indictments: not conflict actors
c.doc("rams-bc214dc1418d40")
c.doc("rams-8e75499670d4fb")
c.doc("rams-fc34935ba1f3f3")
c.doc("rams-cec1daf1c6ee5f")
c.doc("rams-dbf7ee7cdd1d57")
c.doc("rams-83291fc7d8e2d7")  # "a failed coup bid": reference only
c.doc("rams-d4d3fd49e25475")
c.doc("rams-68b6c56ac28840")
# Armenian genocide: a multi-year campaign recalled; toll cumulative -> null
c.doc("rams-8bbf50f73c20c2",
      E("ATK", "Military Forces of the Ottoman Empire", "Civilians (Armenia)", "1915",
        L("Turkey", "TR", None, 4), None, "massacre of 1.5 million Armenians", background=True))
c.doc("rams-29f04e15911a17")
c.doc("rams-50d756bc126152")
c.doc("rams-28e1b478fc21c0")
c.doc("rams-e4fbf2fb499e36")
c.doc("rams-a0b82ec7abe84a")
c.doc("rams-2904c7e6eb1f3a",
      E("AIR", "Military Forces of the United States", "Civilians (Afghanistan)", "2015-10",
        L("Kunduz", "AF", "Kunduz", 1), 42, "U.S. planes bombed", background=True))
c.doc("rams-51f9ef0439a218")
c.doc("rams-a5342c2c9e6bad")  # FGM report: not political violence
c.doc("rams-4fd295c0cad4ed")
c.doc("rams-3c0cc806d481c5")
c.doc("rams-384c73bde278cc")  # Iran's conduct listed generically
c.doc("rams-f4d538490ea51e")

# --- batch 3 (passages 51-75) ---
c.doc("rams-a3ba45d956eb2e")
c.doc("rams-80b6383dd0fa48")
c.doc("rams-c6a0927f0e0bd1")
c.doc("rams-c980e06ec8201e")
c.doc("rams-aa8b7c9f7f39f8")  # McCain captured in Vietnam: reference only
c.doc("rams-5ea50c731171d1")
c.doc("rams-f2fa13576635af")
# US-Russia ceasefire arrangement announced in Geneva (the ceasefire itself is future)
c.doc("rams-4959f2e691565b",
      E("AGR", "Government of the United States", "Government of Russia", None,
        L("Geneva", "CH", "Geneva", 1), None, "announced a plan to bring about a ceasefire"))
c.doc("rams-5056c76087ef67")
c.doc("rams-6084c166c3c961")
c.doc("rams-be1580eee63ed4")
c.doc("rams-452950309faefc")
c.doc("rams-f4920389c96bf7")
c.doc("rams-b11897112e5d18")
c.doc("rams-0ef0d2dd5058b7")
c.doc("rams-4ac63fe5f362e4")
c.doc("rams-7008840760f424")
c.doc("rams-bbbf1c63f1fee1")  # journalists murdered under Putin: a long-period statistic
c.doc("rams-4aab638815169d")
c.doc("rams-cad5213047beb8")  # hacks: not violence
c.doc("rams-92bd935860a908")  # violence against the press as a trend, no incident
c.doc("rams-74f444e877126b")
c.doc("rams-6d9bdb28d8eaec")
c.doc("rams-594722a0494d9a")
c.doc("rams-b65720ca4b41e1")

# --- batch 4 (passages 76-100) ---
c.doc("rams-369f329af05171")
c.doc("rams-f7ea599988412e")
c.doc("rams-68beefb52afe0d")
c.doc("rams-61804469dc5d48")
c.doc("rams-1370f1d2f357cc")  # threats of cyber attack / war talk: not violence
c.doc("rams-b4df2f0719b485")  # recommended air strikes: proposals
c.doc("rams-b557d101e83895")
c.doc("rams-df280e17739ccd")
c.doc("rams-06ce5987dd656e")
c.doc("rams-2ffbded74de6a9")
c.doc("rams-1faee1ccbc584b")
c.doc("rams-648ab96bc2efb5")
c.doc("rams-a3f26f867ad5e3")
c.doc("rams-1ed04811ae6dcd")
c.doc("rams-6ff1abd0409b27")
c.doc("rams-4b46125a740e1d")
c.doc("rams-9ae9df3d6f65d8")
c.doc("rams-dbd2d3ca4f9ffd")
# the Jan. 6 cluster-munition strike in Sanaa, recalled as one of HRW's accusations
c.doc("rams-f2928d5fcbb5ea",
      E("AIR", "Military Forces of Saudi Arabia", None, None,
        L("Sanaa", "YE", "Amanat Alasimah", 1), None, "a Jan. 6 strike in Sana", background=True))
c.doc("rams-fe738593370f5f")
# Maidan 2014: the revolt that ousted Yanukovych and the crackdown on protesters
c.doc("rams-2afb2f5447bf1a",
      E("PP", "Protesters (Ukraine)", None, "2014-02", L("Ukraine", "UA", None, 4), None,
        "popular revolt", background=True),
      E("PWI", "Protesters (Ukraine)", "Police Forces of Ukraine", None, L("Ukraine", "UA", None, 4),
        None, "crackdown on protesters", background=True))
c.doc("rams-a97fb1079b7cea")
c.doc("rams-4b897c8b6afb2f")
c.doc("rams-fe39c1508ae6fa")
c.doc("rams-dd4c901d7bcaa7")

# --- batch 5 (passages 101-125) ---
c.doc("rams-04ca3c1feb95e4")  # a 1989 murder recalled: ordinary crime
c.doc("rams-e16af4d9f6dfe0")
c.doc("rams-3e2714334a9a1b")
c.doc("rams-d10b759df80ea6")  # "kills and jails his adversaries": a pattern
c.doc("rams-900a6e6fef5a70")
# Smyrna taken by the Turks "in around 1920" (history; judgment call on the sub-type)
c.doc("rams-99b4711060ba21",
      E("GRT", "Military Forces of Turkey", None, "1920", L("Smyrna", "TR", "İzmir", 1), None,
        "Turks invaded this borderland", background=True))
# annexation of Crimea 2014 recalled; NATO exercises and deployments are not coded
c.doc("rams-48ae32e8a49383",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", "2014",
        L("Crimea", "UA", "Crimea", 3), None, "annexation of Crimea", background=True,
        plover="COERCE"))
c.doc("rams-3dbb76e3487657")  # Seth Rich: robbery, no political side
c.doc("rams-647a7c6f075553")
# Assad's advances around Aleppo, enabled by Russian air strikes (campaign summaries)
c.doc("rams-06d29e42a014b7",
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "military advances around Aleppo", background=True),
      E("AIR", "Military Forces of Russia", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "Russian airstrikes against opposition positions",
        background=True))
c.doc("rams-77f1b89fd7f4da")
c.doc("rams-6ff55846568329")
c.doc("rams-b8c06188a73ece")
c.doc("rams-044bb810faaca3")
c.doc("rams-10737205a5d24b")
# link headline: Litvinenko's poisoning in London, Putin implicated
c.doc("rams-fa66b9176038fb",
      E("ATK", "Government of Russia", "Civilians (Russia)", None,
        L("London", "GB", "England", 1), 1, "fatal poisoning", background=True))
c.doc("rams-973907ae34e199")
c.doc("rams-8712f5401ecc3c")
c.doc("rams-1b5d53c3a016bc")  # UN accusations against Russia, no incident
c.doc("rams-f347c717d6b78c")
c.doc("rams-4c9ad22814305a")
c.doc("rams-11044ab15eae06")
c.doc("rams-a3dbff8e4d6175")
# bin Laden raid, 2011 (killing his family: a pledge, not coded)
c.doc("rams-1855db296d1f3a",
      E("AC", "Military Forces of the United States", "Al Qaeda", "2011",
        L("Pakistan", "PK", None, 4), 1, "raid in Pakistan that killed Osama bin Laden",
        background=True))
# photo caption: a protester arrested at 17 and tortured. The passage names no country;
# Bahrain from general knowledge for the actors only (judgment call), location null.
c.doc("rams-b0db95e958ea88",
      E("PP", "Protesters (Bahrain)", None, None, None, None,
        "participating in an anti-government protest", background=True),
      E("ARR", "Police Forces of Bahrain", "Protesters (Bahrain)", None, None, None,
        "was arrested aged 17", background=True),
      E("ATK", "Police Forces of Bahrain", "Civilians (Bahrain)", None, None, None,
        "he was tortured", background=True))

# --- batch 6 (passages 126-150) ---
c.doc("rams-57011d9ce044b8")
c.doc("rams-e4e5d5d3bd19ac")  # a vandalized campaign sign: one person's act, not coded
c.doc("rams-22d27c0504e26f")
# post-coup purge in Turkey: one Arrests record for the lumped detentions
c.doc("rams-1419d01a455cf1",
      E("ARR", "Police Forces of Turkey", "Civilians (Turkey)", None, L("Turkey", "TR", None, 4),
        None, "detained", background=True))
c.doc("rams-c78f8abcf5767e")
# Turkey's coup attempt "on Friday night" (weekday only -> date null)
c.doc("rams-f47d9c0b1a44a1",
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "the coup attempt on Friday night", mod="attempted",
        background=True, plover="COERCE"))
c.doc("rams-55deebcde9c549")  # statistics
c.doc("rams-e7ceb4fa8b4ffa")
c.doc("rams-5bf9ea7baf8430")
c.doc("rams-dcd917a0d89b46")  # a candidate's talk of violence, no incident
c.doc("rams-c9bd33cdedfd1a")
c.doc("rams-63a3a1c10a0d0c",
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", None,
        L("Hiroshima", "JP", "Hiroshima", 1), None, "dropped on Hiroshima", background=True))
c.doc("rams-9bbc8a2c9b86e0")  # earthquake
c.doc("rams-8ff812116c3a46")  # Seth Rich: robbery
c.doc("rams-bfe663632227cb")
# MH17: the subject of a new report (not background); Russia dismisses it
c.doc("rams-f73f6a34c7c3ab",
      E("SH", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", "2014",
        L("Ukraine", "UA", None, 4), 298, "downing of a Malaysian airliner"),
      E("SH", "Military Forces of Russia", "Civilians (Ukraine)", "2014",
        L("Ukraine", "UA", None, 4), None, "firmly dismissed a report", mod="denied"))
c.doc("rams-e8ef26524db765")
c.doc("rams-15a28d8a275064")
c.doc("rams-0d1fdec4430330")
c.doc("rams-9d18815e0a6d23",
      E("OTH", "Islamic State", "Government of Russia", None, L("Russia", "RU", None, 4), None,
        "We will come to Russia and kill you in your homes", mod="threatened",
        plover="THREATEN"))
c.doc("rams-b5d504a89257e3")
c.doc("rams-5febfecd259537",
      E("CW", "Military Forces of Syria", "Civilians (Syria)", None, SY, None,
        "Assad was using chemical weapons", background=True))
c.doc("rams-cb11f9c4f1f7a7")
# 2003 invasion of Iraq and the 2009 withdrawal agreement (the 2011 withdrawal is a
# deployment, not coded)
c.doc("rams-a3a4c513b25e62",
      E("AC", "Military Forces of the United States", "Military Forces of Iraq", "2003",
        L("Iraq", "IQ", None, 4), None, "invade Iraq in 2003", background=True),
      E("AGR", "Government of the United States", "Government of Iraq", "2009",
        L("Iraq", "IQ", None, 4), None, "the 2009 agreement", background=True))
c.doc("rams-b1888b8afa5a17",
      E("AC", "Military Forces of Russia", "Military Forces of Ukraine", None,
        L("Ukraine", "UA", None, 4), None, "Russia had invaded Ukraine", background=True))

c.write()
