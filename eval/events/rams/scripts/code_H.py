"""Coder H's coding of the RAMS passages assigned to H (texts.jsonl, "coder": "H").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events") and the
conventions of /work/main/eval/events/README.md. Dates without a year are null (the
checker accepts only YYYY[-MM[-DD]]); "last year" etc. are null too.

H's lines: a recalled incident is coded (background) when the passage says what happened
and where (or the country is clear); a bare name used only as a time anchor ("weeks before
Germany's surrender") is not. Unnamed eastern-Ukrainian rebels are "Opposition Rebels
(Ukraine)" by analogy with the README's Syrian form. Photo-caption galleries of an attack
code the attack once, with the sub-type the passage itself supports.
"""
from common import Coding, E, L

c = Coding(coder="H", out="rams-H.jsonl")

US = L("United States", "US", None, 4)
IST_AIRPORT = L("Ataturk airport, Istanbul", "TR", "Istanbul", 1)

# 1-30
c.doc("rams-deebcd7a967069")
c.doc("rams-831655dd643b16")  # purge of officers; an unconfirmed collision speculated about
c.doc("rams-de884960e6e54b")  # statistics
c.doc("rams-e0152c4fea864d",
      E("AGR", "Government of Japan", "Government of the United States", "1945-08-15",
        L("Japan", "JP", None, 4), None, "the surrender occurred", background=True))
c.doc("rams-d778c3ae6ad37d")
c.doc("rams-a3dc1bf47706b8")
c.doc("rams-a9114ba97a1a38",
      # the Bahraini F-16 crash is a technical accident; the Moroccan F-16 is claimed shot down
      E("AC", "Houthis", "Military Forces of Morocco", None, L("Saada", "YE", "Şa‘dah", 3), 1,
        "was hit by anti-aircraft guns", mod="claimed", background=True))
c.doc("rams-d2643f2fc65c87",
      E("NVT", "SDF: Syrian Democratic Forces", None, None, L("Syria", "SY", None, 4), None,
        "had withdrawn across the Euphrates"),
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "a failed July 15 coup", mod="attempted",
        background=True, plover="COERCE"))
c.doc("rams-681861ed64eeae")  # car accident; Assad's vow; Russia "preparing": not events
c.doc("rams-064a74075797b3")
c.doc("rams-62c2f245da2b25")  # hate crimes told generally
c.doc("rams-e3a9055dc21f39",
      E("OTH", "Military Forces of Honduras", "Government of Honduras", None,
        L("Honduras", "HN", None, 4), None, "the coup", background=True, plover="COERCE"))
c.doc("rams-5fe05313363a86")  # embargo / sanctions
c.doc("rams-8da1e3c1061219")  # Germany's surrender only as a time anchor
c.doc("rams-135869bbd1d6a2",
      E("SB", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, IST_AIRPORT,
        None, "opened fire and then detonated explosives"),
      E("ATK", "Islamic State", "Civilians (France)", None,
        L("Bataclan concert hall, Paris", "FR", "Île-de-France", 1), 89,
        "suicide bombings at Paris' Bataclan concert hall", background=True),
      E("ATK", "Islamic State", "Civilians (France)", None, L("Paris", "FR", "Île-de-France", 1),
        41, "Similar attacks took place elsewhere in Paris", background=True))
c.doc("rams-e0463750edb0c9")
c.doc("rams-5165c9b574bc28")
c.doc("rams-957553a49d36ea")
c.doc("rams-097975d4914b28")
c.doc("rams-60e0f356d74bf5")
c.doc("rams-83e4ddfcb5577a")
c.doc("rams-4f035473d6256a",
      # the verdict is not coded; the capture and the ambush are recalled
      E("ABD", "Opposition Rebels (Ukraine)", "Aidar Battalion", None, L("Ukraine", "UA", None, 4),
        None, "she was captured by the rebels", background=True),
      # the ambushers are not named
      E("AC", "Unidentified Armed Group (Ukraine)", "Aidar Battalion", None,
        L("Ukraine", "UA", None, 4), None, "wounded in an ambush", background=True))
c.doc("rams-24827afd520656")
c.doc("rams-de644f284e9e87")
c.doc("rams-30faf514852e2b")
c.doc("rams-ee1e9b23484b13")
c.doc("rams-895954afb475de")
c.doc("rams-05a6a27c183ab8")
c.doc("rams-3a59497d636137")
c.doc("rams-f371ad4338cb50",
      E("ATK", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, IST_AIRPORT, None,
        "Istanbul airport attacked"))

# 31-60
c.doc("rams-813a24fb93a37f")  # humanitarian statements; no ground offensive since 2012
c.doc("rams-dd36627f4437ee",
      # the 2003 drug crackdown toll is a campaign statistic, not one event
      E("OTH", "Military Forces of Thailand", "Government of Thailand", "2014",
        L("Thailand", "TH", None, 4), None, "seized power in a 2014 coup", background=True,
        plover="COERCE"))
c.doc("rams-4bbcea5c31a10d")
c.doc("rams-36ce668aa2d32a")
c.doc("rams-8de148ababc9cd")
c.doc("rams-944940b90250da")  # hacking is not coded
c.doc("rams-819bb88b7232bd")
c.doc("rams-b2d9c5d51eae56")
c.doc("rams-b3bc509f0ea9b1",
      E("AIR", "Military Forces of Japan", "Military Forces of the United States", "1942-06",
        L("Midway Atoll", "UM", "Midway Islands", 1), None,
        "Japanese air forces attacked the U.S. Navy base", background=True),
      E("AC", "Military Forces of the United States", "Military Forces of Japan", "1942-06",
        L("Midway Atoll", "UM", "Midway Islands", 2), None, "The four-day battle",
        background=True))
c.doc("rams-1c955457cfea69",
      E("ATK", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)",
        "2016-01-15", L("Splendid Hotel, Ouagadougou", "BF", "Centre", 1), None,
        "The shooting was initiated"))
c.doc("rams-42e3fda66e6996",
      # the gallery's attack (toll 44); the passage names no place beyond Turkish sources
      E("ATK", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None,
        L("Turkey", "TR", None, 4), 44, "the attack"))
c.doc("rams-50261369c4b68f")
c.doc("rams-692140971c1ef0",
      E("AIR", "Military Forces of Japan", "Military Forces of the United States", "1941-12-07",
        L("Pearl Harbor", "US", "Hawaii", 1), None, "the Japanese attack", background=True),
      E("AIR", "Military Forces of Japan", "Military Forces of the United States", None,
        L("Clark airfield", "PH", "Central Luzon", 1), None, "Japan also attacked",
        background=True),
      E("AIR", "Military Forces of Japan", "Military Forces of the United States", None,
        L("Iba airfield", "PH", "Central Luzon", 1), None, "Iba airfields", background=True))
c.doc("rams-494e476381076c")
c.doc("rams-9425cb06900d76")  # the regime's killings told over decades
c.doc("rams-fac3d36b557824")
c.doc("rams-4ca1568294526e")
c.doc("rams-02df3da947b4c8",
      E("PP", "Protesters (United States)", None, "2016",
        L("Wells Fargo Center, Philadelphia", "US", "Pennsylvania", 1), None,
        "continued to disrupt portions of the convention"))
c.doc("rams-eb1794674e0272",
      E("NVT", "Military Forces of Russia", None, "2014", L("Crimea", "UA", "Crimea", 3), None,
        "annexing the Black Sea peninsula of Crimea", background=True, plover="COERCE"))
c.doc("rams-8fe1b18a601959")
c.doc("rams-130ccf25aa4a18")  # months of strikes and expansion told generally
c.doc("rams-c70f5cc9759baf")
c.doc("rams-21920287b56c9d")
c.doc("rams-c9bc9928af2581")
c.doc("rams-9d4884e38d2636",
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "was targeted by air strikes"))
c.doc("rams-ced7d5b7846d7d")
c.doc("rams-b9319b7a49f0e0",
      E("EXF", "Protesters (Ukraine)", "Unidentified Armed Group (Ukraine)", "2014",
        L("Maidan, Kiev", "UA", "Kyiv City", 1), 50, "slaughtered more than 50 Maidan protesters",
        background=True))
c.doc("rams-abaeeeacf35690")
c.doc("rams-7416e5ddf1f6bb",
      E("OTH", "Islamic State (Russia)", "Government of Russia", None, L("Russia", "RU", None, 4),
        None, "threatened to carry out an attack", mod="threatened", plover="THREATEN"),
      E("IED", "Unidentified Armed Group (Russia)", "Police Forces of Russia", None,
        L("Dzhemikent", "RU", "Dagestan", 1), 2, "a car bombing", background=True))
c.doc("rams-c08449750140c6")

# 61-75
c.doc("rams-1f7c283b82cd90")  # "in the wake of the Orlando massacre": a time anchor only
c.doc("rams-ecc187aeee62be")
c.doc("rams-71feb3e8ae8b41")
c.doc("rams-eb93b09233aa09",
      # the genocide is told as history over years; the linked headline reports a march
      E("PP", "Protesters (United States)", None, None, L("Los Angeles", "US", "California", 1),
        None, "130 K march in LA", background=True))
c.doc("rams-96d5bbfe6230bd")
c.doc("rams-b1072754f61aca")
c.doc("rams-8cf7f8cd046860")
c.doc("rams-fc82076151831f")  # "Unrest in Albania": an email subject, nothing told
c.doc("rams-a72d8ef9118018",
      # no total toll stated; the weapon is not told in this passage
      E("ATK", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None, IST_AIRPORT, None,
        "Those killed at the Istanbul airport"))
c.doc("rams-b0c5fce61961d1")  # debt collectors' threats: crime
c.doc("rams-f86210826d9d59")
c.doc("rams-2d6a7a05435cfb")
c.doc("rams-2ef560894d86f6")
c.doc("rams-2ca2b70faed30f",
      # the intercept of the P-8 is not violence
      E("NVT", "Military Forces of Russia", None, "2014-03", L("Crimea", "UA", "Crimea", 3), None,
        "the Russian annexation of Crimea", background=True, plover="COERCE"))
c.doc("rams-2de2fa5f3a04ea")

# 76-90
c.doc("rams-b4c28db86de68a")
c.doc("rams-1b65be7b4cb9ca")
c.doc("rams-0f219756c12431",
      # failed talks are not coded; the February cessation of hostilities is recalled
      E("AGR", "Government of the United States", "Government of Russia", None,
        L("Syria", "SY", None, 4), None, "a February cessation of hostilities", background=True))
c.doc("rams-1cba814e1cd22f")  # strikes on oil trucks told as a running total
c.doc("rams-6b3bc867c1603f")
c.doc("rams-e9b3f2888f7260")  # "bombarding Aleppo" as an ongoing campaign; a UN draft
c.doc("rams-6beb53095d899c")
c.doc("rams-98f1da35691b35")
c.doc("rams-83b883a7594d80")  # scenarios
c.doc("rams-51fc8b30c0763f")  # a campaign manager grabbing a reporter: not political violence
c.doc("rams-d18b5a34e39286",
      # the surge and the wars are told generally; Gaddafi's killing is one recalled event
      E("ATK", "Opposition Rebels (Libya)", "Government of Libya", "2011", L("Libya", "LY", None, 4),
        1, "torture-murder of Muammar Gaddafi", background=True))
c.doc("rams-27150a52f329b9")
c.doc("rams-0d64d53b53cc5b")
c.doc("rams-bbc8eae2638983")
c.doc("rams-b19147aa106ad1")  # Benghazi deaths only named

# 91-122
c.doc("rams-fa357516a81471")
c.doc("rams-8596825189db7d",
      # the passage gives no weapon; a Pentagon attack on a "known site" is coded as a strike
      E("AIR", "Military Forces of the United States", "Military Forces of Syria", None,
        L("Syria", "SY", None, 4), 62, "attacked the Syrian army", background=True),
      E("AGR", "Government of the United States", "Government of Russia", None,
        L("Syria", "SY", None, 4), None, "the ceasefire agreement", background=True))
c.doc("rams-2f2f44211538dd")  # FBI seizing devices: not a conflict event
c.doc("rams-68d2caadf0e189")  # "numerous" assassination attempts over decades: generic
c.doc("rams-9ba20059922ffb")  # boycotts are not demonstrations
c.doc("rams-e17c70c4973079",
      # photo gallery: three strikes with distinct sites; "airstrikes hit Aleppo" may be any
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", "2016-04-29",
        L("Aleppo", "SY", "Aleppo", 1), None, "air strike on a rebel-held"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Bustan al-Qasr, Aleppo", "SY", "Aleppo", 1), None, "hit by airstrikes"),
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("al-Sukari district, Aleppo", "SY", "Aleppo", 1), None, "an airstrike at a field hospital"))
c.doc("rams-5d282c40609094")
c.doc("rams-c46d944794f1cd")  # hacking and sanctions
c.doc("rams-bb3082535ac202")  # wars told generally
c.doc("rams-a3da4f86c14915")
c.doc("rams-dcef0b1d4c5c9f",
      # the purge and the expected Mosul assault are not events
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "a failed military attempt to overthrow Erdogan",
        mod="attempted", background=True, plover="COERCE"),
      E("AC", "Military Forces of Turkey", "Islamic State (Syria)", None, L("Syria", "SY", None, 4),
        None, "launched an incursion into Syria", background=True))
c.doc("rams-f079b29184af23")
c.doc("rams-da08ce778008fa")
c.doc("rams-e0bb91bef946f5")
c.doc("rams-0b8aea7f733371")
c.doc("rams-ce42965390eafc")
c.doc("rams-adafd73f2cddc8")
c.doc("rams-44d330561dabee")
c.doc("rams-b54f920b50f573")
c.doc("rams-8c33bee7b171cd",
      E("ATK", "Military Forces of Israel", "Civilians (Palestine)", None,
        L("Hebron", "PS", "West Bank", 1), 1, "was shot dead by Israeli forces"),
      E("ATK", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", None,
        L("Otniel", "PS", "West Bank", 2), 1, "coming under fire"),
      E("VD", "Rioters (Palestine)", "Military Forces of Israel", None,
        L("Qalandia", "PS", "West Bank", 1), None, "Qalandia clashes"))
c.doc("rams-f5cc53f6f671d6")  # Stalin's purges told generally
c.doc("rams-fc2c5f88d4e757")  # diagnosis of the poisoning; the act is not told here
c.doc("rams-e813478457ac45")
c.doc("rams-f32976c914c1b2")
c.doc("rams-c6527c83240acd")  # judicial executions, a two-year count
c.doc("rams-fe38077ee77671")
c.doc("rams-b22cd7ffca7e07")
c.doc("rams-203f480fa3b122",
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None, L("Azaz", "SY", "Aleppo", 1),
        None, "Russian airstrikes in Azaz"),
      E("AIR", "Military Forces of Russia", "Civilians (Syria)", None,
        L("Kaljibrin", "SY", "Aleppo", 1), 5, "an air raid on the village of Kaljibrin"))
c.doc("rams-dea153deee6a57")  # an assassination only named
c.doc("rams-3e2f26b6c06a2e")
c.doc("rams-1c2f051bf0cd68",
      # the inquiry's finding about the 2006 killing is the news (README: not background)
      E("ATK", "Police Forces of Russia", "Civilians (United Kingdom)", None,
        L("United Kingdom", "GB", None, 4), 1, "fatal poisoning"))
c.doc("rams-eb91662a718881")

# 123-153
c.doc("rams-bcff752c5b1ebc")  # claimed decades-long biological warfare: generic
c.doc("rams-62ee878a364397")
c.doc("rams-1ee9866f335959")
c.doc("rams-492c580810fec9",
      # "continued attacks on hospitals" is told generally
      E("AC", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "carried out the biggest ground assault"))
c.doc("rams-7687ccb99d1e9e")
c.doc("rams-003f912d6455f1",
      E("EXF", "Protesters (Syria)", "Military Forces of Syria", "2011", L("Syria", "SY", None, 4),
        12, "Government forces fired on the protesters", background=True))
c.doc("rams-86e15e117550b1")  # the coup only named
c.doc("rams-35359c8b57c7d8",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", None,
        L("Moscow", "RU", "Moscow", 1), 1, "nanny killed young girl"),
      E("ARR", "Police Forces of Russia", "Unidentified Armed Group (Russia)", None,
        L("Oktyabrskoye Pole station, Moscow", "RU", "Moscow", 1), None, "Police have detained"))
c.doc("rams-0018178bcd9fb2")
c.doc("rams-7030c5710ca17e")
c.doc("rams-ff5cc045978f56")
c.doc("rams-81e74d698b2130",
      # the poisoning told by its act; named individuals, no group in this passage
      E("ATK", "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)", None,
        L("United Kingdom", "GB", None, 4), None, "laying the poison in Litvinenko’s teapot"))
c.doc("rams-dd5bc4582dd58f")
c.doc("rams-4662338124cb97")
c.doc("rams-932b56cbce930f")
c.doc("rams-2209839b47a2ac")
c.doc("rams-61413aa78aace5")
c.doc("rams-41c426636e32a2")
c.doc("rams-c40b16e79fc41e")
c.doc("rams-4d59f62b68d2cf",
      # the 2001 collision is an accident and not coded
      E("SH", "Military Forces of the United States", "Civilians (Iran)", "1988",
        L("Iran", "IR", None, 4), None, "accidentally shot down an Iranian civilian aircraft",
        background=True))
c.doc("rams-9338823df589cc")
c.doc("rams-c06de056d9ecc0")
c.doc("rams-3978b0b7b8e8e7")
c.doc("rams-43d5582a699b79")
c.doc("rams-6fbe7559fbd518")
c.doc("rams-063391c20e337d")
c.doc("rams-c88a48322b69ae")
c.doc("rams-1933df3f0d7217")
c.doc("rams-bc4a6afa5c1b70")
c.doc("rams-9c10d4dac0fc04")  # a scuffle at a rally; not political violence as told here
c.doc("rams-a26450a408d378")

c.write()
