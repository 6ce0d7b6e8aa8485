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

c.write()
