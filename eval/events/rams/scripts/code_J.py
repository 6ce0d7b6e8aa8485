"""Coder J's hand coding of the RAMS passages assigned to J (third batch)."""
from common import Coding, E, L

c = Coding(coder="J", out="rams-J.jsonl")
US = "Military Forces of United States"
JPF = "Military Forces of Japan"
LITV = "Unidentified Armed Group (United Kingdom)"

c.doc("rams-6ff2e10fa0425a")
c.doc("rams-89118401b21675",
      E("AIR", US, "Civilians (Japan)", "1945-08-06", L("Hiroshima", "JP", "Hiroshima", 1),
        None, "initial blast", background=True),
      E("AIR", US, "Civilians (Japan)", "1945-08-09", L("Nagasaki", "JP", "Nagasaki", 1),
        None, "atomic bomb dropped", background=True))
c.doc("rams-65486fcc35be5f")
c.doc("rams-db03ef3e0296ba")
c.doc("rams-0b7251f4a3f814",
      E("SV", "Unidentified Armed Group (Germany)", "Civilians (Germany)", None,
        L("Germany", "DE", None, 4), None, "confirming the rape", mod="claimed"))
c.doc("rams-11a20ad9008e67")
c.doc("rams-efd4c80acc47c2")
c.doc("rams-fe84641b53c0de",
      E("AC", US, JPF, None, None, None, "defending the island", background=True),
      E("AC", US, "Military Forces of Germany", "1945-03-26",
        L("Friedrichsfeld", "DE", "North Rhine-Westphalia", 1), None,
        "crossing of the Rhine River", background=True))
c.doc("rams-5d575c34ba6dda",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Orlando", "US", "Florida", 1), 49, "killed at least 49 people", background=True))
c.doc("rams-ca77553471ad03")
c.doc("rams-f85298ef6a9940")
c.doc("rams-6a928439823261")
c.doc("rams-3ec5c19e921488")
c.doc("rams-7bd810e535e3ca",
      E("AIR", JPF, US, "1942-06", L("Midway Atoll", "UM", "Midway Islands", 1), None,
        "Japanese air forces attacked", background=True),
      E("AC", US, JPF, "1942-06", L("Midway Atoll", "UM", "Midway Islands", 2), None,
        "sunk four Japanese aircraft carriers", background=True))
c.doc("rams-68205300dd4179")
c.doc("rams-fee44cccd08d1d",
      E("PWI", "Protesters (Russia)", "Police Forces of Russia", None, L("Russia", "RU", None, 4),
        None, "his arrests"))
c.doc("rams-8f8067bdb309d2")
c.doc("rams-a560de648f18b2")
c.doc("rams-ecaefb352bedc4")
c.doc("rams-a6ba68ad96f438")
c.doc("rams-58f4b585469beb")
c.doc("rams-e0f8d23d020b32")
c.doc("rams-d9100457d60b84")
c.doc("rams-08727ffd23b381")
c.doc("rams-99b2bf034f934b")
c.doc("rams-a714a64e2d8a31")
c.doc("rams-d45d7cf3685cd0")
c.doc("rams-0df1c177ac3740")
c.doc("rams-45c8a5dd533971",
      E("OTH", "Military Forces of Thailand", "Government of Thailand", "2014",
        L("Thailand", "TH", None, 4), None, "seized power", plover="COERCE", background=True),
      E("ATK", "Police Forces of Thailand", "Civilians (Thailand)", "2003",
        L("Thailand", "TH", None, 4), None, "killed more than 2,800 people", background=True))
c.doc("rams-a5ed3b9cb9f8b6",
      E("AIR", "Military Forces of Russia", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "Russian airstrikes"),
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 2), None, "cut the only road"))
c.doc("rams-38db895ae159ee")
c.doc("rams-aa634af71b0f11")
c.doc("rams-a8125f2e9b9d9f")
c.doc("rams-9f845d85a69724")
c.doc("rams-5644407be454df")
c.doc("rams-39c4ddff3583a3")
c.doc("rams-f76c8993722c3c")
c.doc("rams-f8dcd6b05f9d7e")
c.doc("rams-d2b6e68dfebbd3")
c.doc("rams-d590e9e5cb1377")
c.doc("rams-6c26153a5f0c5f")
c.doc("rams-2d984aac910d16")
c.doc("rams-36c070441cab01")
c.doc("rams-04f7004b064265",
      E("ATK", "Unidentified Armed Group", "Civilians (Tajikistan)", None, None, None,
        "was shot"))
c.doc("rams-f10dbeffab5d69")
c.doc("rams-96969b499181de",
      E("AIR", "Military Forces of Saudi Arabia", "Houthis", "2015", L("Yemen", "YE", None, 4),
        None, "brutal air war", background=True),
      E("NSO", "AQAP: Al Qaeda in the Arabian Peninsula", None, None, L("Yemen", "YE", None, 4),
        None, "conquer territory", background=True))
c.doc("rams-e790aadd777c5e")
c.doc("rams-613982aaeef0c4")
c.doc("rams-de345f9bb8d226",
      E("ARR", "Government of Ukraine", "Civilians (Ukraine)", None, L("Ukraine", "UA", None, 4),
        None, "arrest of a political opposition leader", background=True))
c.doc("rams-a3bdd5d64942a4")
c.doc("rams-301b2364738212")
c.doc("rams-d87d5a63ee70f1")
c.doc("rams-bc3b87ca8d8da3")
c.doc("rams-9a6cb9810c10fd",
      E("OTH", "Islamic State", "Civilians (Russia)", None, L("Russia", "RU", None, 4), None,
        "start killing Russian apostates", mod="threatened", plover="THREATEN"),
      E("ATK", "Islamic State", "Civilians (Russia)", None, None, 1, "execution"))
c.doc("rams-18f3c0d73ce6cd")
c.doc("rams-9fd4adfbaac798")
c.doc("rams-ec45f2029e0d49")
c.doc("rams-257428a839c0bc")
c.doc("rams-cc9674cea21847")
c.doc("rams-61d166d34e2406",
      E("MOB", "Rioters (Russia)", "Rioters (United Kingdom)", None,
        L("Marseille", "FR", "Provence-Alpes-Côte d'Azur", 1), None, "rushed at one another"))
c.doc("rams-b1b2ef19a2b6a2")
c.doc("rams-08a7d8be37beb4")
c.doc("rams-be1eda2ceb46f9")
c.doc("rams-ea129441930ef9",
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Abu Kamal", "SY", "Deir ez-Zor", 1), None, "the hospital was hit"),
      E("AIR", "Global Coalition Against Daesh", "Islamic State (Syria)", None,
        L("Abu Kamal", "SY", "Deir ez-Zor", 2), None, "being bombed"),
      E("CHG", "Islamic State", None, "2014", None, None, "proclaimed the creation of a caliphate",
        background=True))
c.doc("rams-b0e1aef45fb2a6")
c.doc("rams-b12e829aeee4a6",
      E("ATK", "Police Forces of United States", "Civilians (United States)", None,
        L("Chicago", "US", "Illinois", 1), 1, "fatal shooting", background=True),
      E("OTH", "Government of United States", "Police Forces of United States", None,
        L("Chicago", "US", "Illinois", 1), None, "charged with murder", plover="ACCUSE",
        background=True),
      E("PP", "Protesters (United States)", None, None, L("Chicago", "US", "Illinois", 1), None,
        "set off major protests", background=True),
      E("OTH", "Government of United States", "Police Forces of United States", None,
        L("Chicago", "US", "Illinois", 1), None, "launch of a civil rights investigation",
        plover="ACCUSE", background=True))
c.doc("rams-f47a3e26cc8255")
c.doc("rams-a94c4940da73c2")
c.doc("rams-90e9ca4d6e9865",
      E("AC", "Military Forces of Turkey", "PKK: Kurdistan Workers' Party", None,
        L("Turkey", "TR", None, 4), None, "resumed hostilities", background=True),
      E("SB", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None,
        L("Turkey", "TR", None, 4), None, "The airport attack"))
c.doc("rams-22b9f289ef6426")
c.doc("rams-a72be8f0e1e892")
c.doc("rams-202aa55dcee1e9")
c.doc("rams-149129f35c4338")
c.doc("rams-316199dda0e3d1",
      E("ATK", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", None,
        L("West Bank", "PS", "West Bank", 3), 1, "stabbed to death", background=True))
c.doc("rams-4913bad5a9ac3e",
      E("SH", "Military Forces of Turkey", "YPG: People's Protection Units", None,
        L("Jarablus", "SY", "Aleppo", 2), None, "fired on"),
      E("NSO", "Opposition Rebels (Syria)", "Islamic State (Syria)", None,
        L("Jarablus", "SY", "Aleppo", 1), None, "entered Jarablus"))
c.doc("rams-db7beeaf07cc07",
      E("ARR", "Police Forces of Turkey", "Civilians (United States)", None,
        L("Turkey", "TR", None, 4), None, "arrest of two CIA agents", mod="claimed"),
      E("AC", "Central Intelligence Agency", "Military Forces of Russia", None,
        L("Syria", "SY", None, 4), None, "shot down a Russian plane", background=True),
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "failed “coup” attempt", mod="attempted",
        plover="COERCE", background=True))
c.doc("rams-c01331dc643591",
      E("NSO", "AQAP: Al Qaeda in the Arabian Peninsula", None, None, L("Yemen", "YE", None, 4),
        None, "conquer territory", background=True),
      E("VD", "Rioters (Iran)", None, None, L("Iran", "IR", None, 4), None,
        "ransacked and firebombed the Saudi embassy", background=True))
c.doc("rams-ee2ad3e8dbcaa2",
      E("AIR", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Ankara", "TR", "Ankara", 1), None, "damage inflicted by the plotters’ fighter jets",
        background=True))
c.doc("rams-ef21f70755c2c9",
      E("AIR", "Military Forces of Turkey", "YPG: People's Protection Units", None,
        L("northern Syria", "SY", None, 3), None, "bombing of Kurdish militias"),
      E("OTH", "Government of Syria", "Military Forces of Turkey", None, L("Syria", "SY", None, 4),
        None, "vowing to intervene", mod="threatened", plover="THREATEN"))
c.doc("rams-2cc27947662582",
      E("ATK", "Islamic State (Syria)", "Civilians (Syria)", None,
        L("Tabqa", "SY", "Ar-Raqqah", 1), 1, "stabbed him in the heart"),
      E("ATK", "Islamic State (Syria)", "Islamic State (Syria)", None,
        L("Sukhna", "SY", "Homs", 1), 10, "several other ISIS members were killed"))
c.doc("rams-2d4dcd81c6233b")
c.doc("rams-67dc5bc17c31b1",
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", "2016-04-28",
        L("Aleppo", "SY", "Aleppo", 1), None, "airstrikes in the rebel-held area of Aleppo"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("al-Quds hospital, Aleppo", "SY", "Aleppo", 1), None, "hit by airstrikes"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", "2016-04-29",
        L("Aleppo", "SY", "Aleppo", 1), None, "an air strike on a rebel-held"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Bustan al-Qasr", "SY", "Aleppo", 1), None, "hit by airstrikes", occ=2))
c.doc("rams-10494b13c13048")
c.doc("rams-534a3ba036ff2c",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", "2016-02-29", None, 1,
        "decapitated child"))
c.doc("rams-7ae27d76317100")
c.doc("rams-8d255bfa348157")
c.doc("rams-2e28feed8dbc9d",
      E("AC", "Military Forces of United States", "Military Forces of Syria", None,
        L("Syria", "SY", None, 4), 62, "killed 62 of their soldiers", background=True))
c.doc("rams-784d2146160d4c")
c.doc("rams-a4f1bb651f063e")
c.doc("rams-56672fc3f13fa8",
      E("NSO", "Opposition Rebels (Syria)", "Islamic State (Syria)", None,
        L("Jarablus", "SY", "Aleppo", 1), None, "take Jarablus", mod="planned"),
      E("CHG", "Jarablus Military Council", None, None, L("Syria", "SY", None, 4), None,
        "newly declared"),
      E("ATK", "Unidentified Armed Group (Syria)", "Jarablus Military Council", None,
        L("Syria", "SY", None, 4), 1, "was assassinated"),
      E("ARR", "Kurdish Authorities (Syria)", "Unidentified Armed Group (Syria)", None,
        L("Syria", "SY", None, 4), None, "had been detained"))
c.doc("rams-dcdbd69b443827")
c.doc("rams-9bba281b728c36")
c.doc("rams-5fd6e1e4a9b974")
c.doc("rams-9831af02db8b40",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "unleashed the worst aerial bombardment"))
c.doc("rams-bcf621f1a2010c")
c.doc("rams-03b7e8a98060be")
c.doc("rams-6a2db8d6ed33bd")
c.doc("rams-df9d58cde0d0c9",
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "attempted coup", mod="attempted", plover="COERCE",
        background=True),
      E("OTH", "Government of United States", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "strongly denied", mod="denied", plover="COERCE",
        background=True))
c.doc("rams-5c9b8361ef2013")
c.doc("rams-ff33dbbd467a91")
c.doc("rams-6852163fd03173",
      E("AC", "Unidentified Armed Group (Iraq)", "Military Forces of United States", None,
        L("Iraq", "IQ", None, 4), 1, "killed in combat", background=True))
c.doc("rams-6c1d9b5cde72ea",
      E("AC", "Military Forces of Syria", "Islamic State (Syria)", None,
        L("Deir ez-Zor", "SY", "Deir ez-Zor", 2), 42, "at least 42 ISIS fighters had died"),
      E("ATK", "Islamic State (Syria)", "Civilians (Syria)", None,
        L("al-Bagilya", "SY", "Deir ez-Zor", 1), None, "killings of whole families"))
c.doc("rams-64d4c97f3d050b",
      E("PWI", "Protesters (India)", "Police Forces of India", None, L("India", "IN", None, 4),
        None, "hurt and removed"))
c.doc("rams-b619a5f85fb517")
c.doc("rams-d2e2ab7fbba21b")
c.doc("rams-4022c71525a1ec",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Azaz", "SY", "Aleppo", 1), 4, "Russian airstrikes in Azaz"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Kaljibrin", "SY", "Aleppo", 1), None, "an air raid on the village of Kaljibrin"))
c.doc("rams-c60e821d00d362",
      E("AIR", "Military Forces of Saudi Arabia", "Civilians (Yemen)", "2016-10-08",
        L("Sana’a", "YE", "Amanat Alasimah", 1), None, "Saudi airstrike against a packed funeral"))
c.doc("rams-2beac8367958e5")
c.doc("rams-55e3a7d45a43be")
c.doc("rams-43da3e61f3a17f")
c.doc("rams-90c76557adf796")
c.doc("rams-ae6d52054e8429",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None, L("Syria", "SY", None, 4),
        None, "daily bombing raids"),
      E("AC", "Military Forces of Iraq", "Islamic State (Iraq)", None,
        L("Mosul", "IQ", "Nineveh", 2), None, "The battle to seize Mosul from Isis began"),
      E("AIR", "Military Forces of United States", "Islamic State (Iraq)", None,
        L("Mosul", "IQ", "Nineveh", 1), None, "bombing Isis targets in the city"))
c.doc("rams-2a1c39b10bfed3",
      E("AGR", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Syria", "SY", None, 4), None, "declaration of a tentative ceasefire", background=True))
c.doc("rams-d5d00c9d1185f4")
c.doc("rams-6e84c18308a663")
c.doc("rams-263c8e80e8e268")
c.doc("rams-6138b954ab148c")
c.doc("rams-90227cb4db79e9")
c.doc("rams-5b534c70d254b2")
c.doc("rams-ffe302e57d4954",
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "coup plot", mod="attempted", plover="COERCE",
        background=True),
      E("PP", "Protesters (Turkey)", None, None, L("Turkey", "TR", None, 4), None,
        "almost daily mass rallies"))
c.doc("rams-e2a546ff7be625")
c.doc("rams-e608750ae3b9b2")
c.doc("rams-c82d44cdc252a6")
c.doc("rams-8c7a6bbc03915b",
      E("ARR", "Police Forces of Turkey", "Civilians (Turkey)", None, L("Turkey", "TR", None, 4),
        None, "have been arrested"))
c.doc("rams-f19bddcdf06432",
      E("ATK", "Islamic State (Iraq)", "Civilians (Iraq)", None, None, 3, "shoot them to death",
        background=True),
      E("ATK", "Islamic State (Iraq)", "Islamic State (Iraq)", None,
        L("Anbar", "IQ", "Al Anbar", 3), 12, "killed several dozen of its own members"))
c.doc("rams-ff9f9b8862420c")
c.doc("rams-6038998a9518c6")
c.doc("rams-5290bd7112049c")
c.doc("rams-e079aff24507f6")
c.doc("rams-8ef360b3d64c90")
c.doc("rams-c066affec6364e")
c.doc("rams-da7e15104f98bd",
      E("ATK", LITV, "Civilians (Russia)", None, L("United Kingdom", "GB", None, 4), None,
        "poisoned you", background=True))
c.doc("rams-5303091e748cc4")
c.doc("rams-41def983f21ee1")
c.doc("rams-a16e3fc60520bd")
c.doc("rams-0bb809634c324a")
c.doc("rams-50c2d7c9e6e10b")
c.doc("rams-70539308a01054")
c.doc("rams-196f028220ffa5")
c.doc("rams-b14a8711ffe0d3")
c.doc("rams-6b2178ab9c181c")
c.doc("rams-c8876ce902bce9")
c.doc("rams-5f273f636a476d",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Azaz", "SY", "Aleppo", 1), None, "Russian attacks on Azaz and Aleppo"),
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "Russian attacks on Azaz and Aleppo"),
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Nubul", "SY", "Aleppo", 2), None, "opening a route to the Shi'ite towns"))
c.doc("rams-d9e4db5ea7873e")
c.doc("rams-6b73c835fbf47d")
c.doc("rams-5051ed48359204",
      E("ATK", LITV, "Civilians (Russia)", None, L("United Kingdom", "GB", None, 4), 1,
        "poisoned by Andrei Lugovoi", background=True))
c.doc("rams-cd4c1ff0824d29")
c.doc("rams-3b07609dba5fa0")
c.doc("rams-e34efd4c007fec")
c.doc("rams-468bc6b4b3c377",
      E("ATK", LITV, "Civilians (Russia)", None, L("United Kingdom", "GB", None, 4), 1,
        "the killing of her husband", background=True))
c.doc("rams-bca9a7ef2fa630")
c.doc("rams-627f9d80326c8f")
#BATCH
c.write()
