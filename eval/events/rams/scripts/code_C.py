"""Annotator C: hand coding of the RAMS passages assigned to C (writes ../rams-C.jsonl)."""
from common import Coding, E, L

c = Coding(coder="C", out="rams-C.jsonl")
SY = L("Syria", "SY", None, 4)
US = L("United States", "US", None, 4)

# --- batch 1 (0-24) ---
c.doc("rams-878e9fc6724f6c")
c.doc("rams-750c668d0f7b4b")
c.doc("rams-df412fe929801a")
c.doc("rams-a93d8d669e4c2f")
c.doc("rams-3a95e21bdb2a1b")
c.doc("rams-ef7a49f1897aea")
c.doc("rams-53ae02f832ef62")
c.doc("rams-dc5a3ef83cfbef")
c.doc("rams-43ae14ad207612")
c.doc("rams-e6626c8a43d678")
c.doc("rams-b068989385ee9b")
# officials of the Investigative Committee arrested (bribery, but senior officials; FSB operation)
c.doc("rams-c53f9f54a9673f",
      E("ARR", "Police Forces of Russia", "Government of Russia", None,
        L("Moscow", "RU", "Moscow", 1), None, "were arrested", background=True))
c.doc("rams-9112eecce4f138")
c.doc("rams-393c207c34a3a0",
      E("ARR", "Police Forces of the Ottoman Empire", "Civilians (Turkey)", "1915-04-24",
        L("Constantinople", "TR", "Istanbul", 1), None, "were detained", background=True),
      E("ATK", "Police Forces of the Ottoman Empire", "Civilians (Turkey)", None,
        L("Constantinople", "TR", "Istanbul", 1), 250, "executed", background=True))
c.doc("rams-72d615bbe6d6f5")
c.doc("rams-f80a28e1e850ca")
c.doc("rams-68396f4133d2d6",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", None,
        L("Crimea", "UA", "Crimea", 3), None, "took over Crimea", background=True,
        plover="COERCE"))
c.doc("rams-bfd77ebed0c9c8")
c.doc("rams-36d1e1e28e4d98")
c.doc("rams-f58c2215cd77df")
c.doc("rams-925279f6fb904f")
c.doc("rams-32c3243ef3a02a")   # Seth Rich shooting: crime, no political side stated
c.doc("rams-d1eb1e05c43ed9")
c.doc("rams-e1ec034dd88fad",
      E("ATK", "Unidentified Armed Group (Syria)", "Civilians (Syria)", None,
        L("northern Syria", "SY", None, 3), None, "destruction of a 31-truck humanitarian aid convoy",
        background=True),
      E("OTH", "United Nations", None, None, SY, None, "announced a panel to investigate",
        plover="ACCUSE"),
      E("AGR", "Government of Russia", "Government of the United States", None, SY, None,
        "cease-fire negotiated by Russia and the United States", background=True))
c.doc("rams-a9557abc6ff62c",
      E("AIR", "Military Forces of Russia", "Opposition Rebels (Syria)", None, SY, None,
        "Russian air strikes", background=True),
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("western Syria", "SY", None, 3), None, "regaining areas"))

# --- batch 2 (25-49) ---
c.doc("rams-b5f1b5d81f32c8")
c.doc("rams-7761f3b2710f8d")
c.doc("rams-a127e561b84d49")   # airliner lost from radar: no attack stated
c.doc("rams-50560e868f163b")
c.doc("rams-bdc89dd4e2d043")
c.doc("rams-2f3528fc606382")
c.doc("rams-3189a787cf59f5")
c.doc("rams-814784b57a82e9")   # GCC terrorist designation, aid halted: not coded
c.doc("rams-2a10e8b2596d65")
c.doc("rams-4131afcfc8a919",
      E("AC", "Military Forces of Armenia", "Military Forces of Azerbaijan", "1992",
        L("Nagorno-Karabakh", "AZ", None, 3), None, "Armenian armed forces occupied",
        background=True))
c.doc("rams-4fc33bce6ea55e")
c.doc("rams-cb5fe3e6c84f23")
c.doc("rams-f2263051bd1c6c")
c.doc("rams-37278abd3d8521",
      E("OTH", "Government of Russia", "Mejlis of the Crimean Tatar People", None,
        L("Crimea", "UA", "Crimea", 3), None, "barred from entering Crimea", background=True,
        plover="COERCE"),
      E("OTH", "Government of the Soviet Union", "Civilians (Ukraine)", "1944",
        L("Crimea", "UA", "Crimea", 3), None, "deported to Central Asia", background=True,
        plover="COERCE"))
c.doc("rams-c398224136f883")
c.doc("rams-55c43ba3820122")
c.doc("rams-e94b55dc6b840b")
c.doc("rams-acc47a61a5e79d")
c.doc("rams-37f408e9ec7672")   # air-campaign statistics over two years: not events
c.doc("rams-5506a0c2318585")
c.doc("rams-22d0f208a63ecb")
c.doc("rams-62de68cc48350d")
c.doc("rams-662b89cc2001fe")   # barrel bombs on Aleppo only as a pattern
c.doc("rams-c7753e5692a835")
c.doc("rams-42fae9cdb6eeb1")

# --- batch 3 (50-74) ---
c.doc("rams-d4ad6ee7b2e241")   # opinion: US in Iraq and Libya only in general terms
c.doc("rams-d5e50f62db358f")
c.doc("rams-010f04482fd832")
c.doc("rams-9e0302499eeb3b")
c.doc("rams-963b8d5dc3afd1")
c.doc("rams-d419f8e100a9dd")
c.doc("rams-50c5ced8fa4743")
c.doc("rams-f300745b51d7d3")
c.doc("rams-c849391041e510")
c.doc("rams-a71be265529f15")   # McCain's captivity recalled with no incident, place or time
c.doc("rams-2fc14aec2d7ef9")
c.doc("rams-b4cc4b29be31ae")
c.doc("rams-cbe00cbb047a1d")
c.doc("rams-a810f864e79d6b")
c.doc("rams-bc093466d25876")   # 'Bosnia sniper fire story that never happened'
c.doc("rams-76f987b5480989")
c.doc("rams-90c7aed327eed3")
c.doc("rams-9351ce2ebbd056")
c.doc("rams-7ddc420bf85cc3")
c.doc("rams-2619d29ef37645")
c.doc("rams-d011cf7aec0f40")   # Capt. Khan's death: no place, date or attacker in the passage
c.doc("rams-b7924d09d68ad0")   # Aleppo siege described, no incident
c.doc("rams-a4661c5877c42d")
c.doc("rams-2ecc6c2018f207")
c.doc("rams-6563fffc9bbfee")

# --- batch 4 (75-99) ---
c.doc("rams-b8fc15f3287bf1")
c.doc("rams-ae9ce3bd45df3a")
c.doc("rams-2136b9390e1fa2")   # "the detained student": no place, detention only mentioned
c.doc("rams-bd404e6e0cb72d",
      E("NVT", "Opposition Rebels (Syria)", "Military Forces of Syria", None,
        L("Daraya", "SY", "Rif-dimashq", 1), None, "effectively surrendered the Damascus suburb of Daraya"))
c.doc("rams-3ef367007e52b4")
c.doc("rams-3bba117bed8476")
c.doc("rams-772baf89184eee")
c.doc("rams-ac74fd88745aa6")
c.doc("rams-6c3230d6f04619")
c.doc("rams-891ecf510cb00a",
      E("NVT", "Military Forces of the Soviet Union", "Military Forces of Japan", None,
        L("Kuril Islands", "RU", "Sakhalin Oblast", 3), None, "occupied by Soviet troops",
        background=True, plover="COERCE"))
c.doc("rams-97377b6eb6a670")
c.doc("rams-5d333a61693d08")
c.doc("rams-5e973294e41a1d")
c.doc("rams-4b6d77f33d0b97")
c.doc("rams-0ff1adbcd51a05")
c.doc("rams-5d2bd4fa9e8f7e")   # surveillance flight refused; invasion only suspected
c.doc("rams-8581710a34e4d0")
c.doc("rams-eaf535a161e161")
c.doc("rams-602315aa8a0f26")
c.doc("rams-81840ad3cd0108")
c.doc("rams-f7db88b65dc35f")
c.doc("rams-bdcd6983df4851")   # Snowden "captured or killed": speculation
c.doc("rams-0bf7f017b58107")
c.doc("rams-8e6247bbfc1553")
c.doc("rams-8023f10983efb6")

# --- batch 5 (100-124) ---
c.doc("rams-6b1666432a831a")
c.doc("rams-9d2a013cf8cf64")
c.doc("rams-f409d0118107bb",
      E("AIR", "Military Forces of Russia", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "air support for Syrian government forces"))
c.doc("rams-329c7d442754f3")
# bin Laden's killing recalled; the passage names no country
c.doc("rams-675e1fb4d86804",
      E("AC", "Military Forces of the United States", "Al Qaeda", None, None, 1,
        "use of force to kill Osama bin Laden", background=True))
c.doc("rams-2d08a79354e311")
c.doc("rams-266f8666c8ad83")
c.doc("rams-96bc9dff3baa51")   # sanctions, end of cooperation: not coded
c.doc("rams-4b8982623c203a",
      E("MOB", "Rioters (Kenya)", "Civilians (Kenya)", None, L("Kenya", "KE", None, 4), None,
        "post-2007 election violence", background=True),
      E("OTH", "International Criminal Court", "Government of Kenya", None,
        L("Kenya", "KE", None, 4), None, "indicted", background=True, plover="ACCUSE"))
c.doc("rams-8c7b773310778d")
c.doc("rams-0506e501a208e6")
c.doc("rams-ba76aedf424e6a",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (United States)", "2015-11",
        L("St. Petersburg", "RU", "St.-Petersburg", 1), None, "were drugged"))
c.doc("rams-30982d2784e36e")   # robber shot by a diplomat: ordinary crime
c.doc("rams-8e80c277145e81",
      E("AIR", "Military Forces of Syria", None, None, L("Aleppo", "SY", "Aleppo", 1), None,
        "aerial bombardment of the city", background=True))
c.doc("rams-d23d2c8ad85b1e")   # public executions only as a practice
c.doc("rams-35c571e0ad6c13")
c.doc("rams-7144d0a7e8fb3f")
c.doc("rams-f11fd33571ae6e")
c.doc("rams-5bd597df0e3cf0")
c.doc("rams-bf92d5c8aac287")
c.doc("rams-77440c76c16725")
c.doc("rams-dc97a4be6b9f85")
c.doc("rams-4f90828f7c0b69")
c.doc("rams-730db71b2d1130")
c.doc("rams-8aaaca8f24f3f4")   # talk of planting agitators at rallies: no incident

# --- batch 6 (125-149) ---
c.doc("rams-33391d76bbd3bf")   # poisoning speculation
c.doc("rams-e7ed08b257eb96")
c.doc("rams-e5cea226ab22b5")
c.doc("rams-a9f7847d9bb09e")
c.doc("rams-1ae1b86b99026d")
c.doc("rams-4da4b120d1ef49")   # poisoning speculation
c.doc("rams-940d4aa50646e0")
c.doc("rams-4d776038c7e3f2")
c.doc("rams-11fde11508cea7")
c.doc("rams-2f16da2a8446b3")
c.doc("rams-fbf20d4a37f553",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None, L("Aleppo", "SY", "Aleppo", 1),
        None, "Russian and Syrian strikes"))
# Minya mob attack recalled; "Moussa's killing" (the news) is only named, with no place
c.doc("rams-cc2bdd78e6f824",
      E("MOB", "Rioters (Egypt)", "Civilians (Egypt)", None, L("Minya province", "EG", "Minya", 3),
        None, "stripped naked by a Muslim mob", background=True))
c.doc("rams-29c21dfd81386e")
c.doc("rams-adcd60dfbc92ba")   # guilty plea: not coded
c.doc("rams-c2078dd7b236fc")
c.doc("rams-11dd83d5dffde5")
c.doc("rams-102b423ad90cb5")
c.doc("rams-22addf3731c2df")
c.doc("rams-2f341a19526dad")
c.doc("rams-bc09c6795ee36f")
c.doc("rams-ab9a48beffb373")
c.doc("rams-5c554d79ba28fe")
# the caption dates Biden's Belgrade visit August 16, 2016, a Tuesday: the protest's day
c.doc("rams-9e7acf4014166c",
      E("PP", "Protesters (Serbia)", None, "2016-08-16", L("Belgrade", "RS", "Central Serbia", 1),
        None, "protested"))
c.doc("rams-db0efc8eb68376",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", None,
        L("Crimea", "UA", "Crimea", 3), None, "invasion of the Ukrainian territory", background=True,
        plover="COERCE"))
c.doc("rams-e8dee5a0db16ff")

c.write()
