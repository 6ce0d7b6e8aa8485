"""Coder I's coding of the RAMS passages assigned to I (texts.jsonl, "coder": "I").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events"), the
taxonomy of /work/shared/PRODUCT.md and the record format of /work/main/eval/events/README.md.
Dates are given only when the passage states them (year, month or day); otherwise null.

I's line on recalled history: a past incident is coded (background) when the passage tells
that it happened with a place (or a clear country) and some content (actor, toll, time);
generic statements ("health facilities have been attacked", "killed peaceful protesters"
with no place or time), statistics and judicial executions are not coded. Cyber attacks
and hacks are not ACLED events. Arrests are coded only for politically relevant people or
mass arrests of a group. Identical or overlapping windows are coded identically.

After the first full pass, the RAMS records of ../../../../main/eval/events/gold.jsonl were read
for conventions; some of them are windows of the same articles as passages here. Changes made
after that reading: actor names (Mutiny of Military Forces of Turkey, Opposition Rebels (Syria),
"the United States"), the Aleppo gallery captions coded as news (rams-4cdd12d0aafb2e), the
Minnesota stabbing's actor left unidentified, and the New Jersey shootout coded instead of
Rahami's arrest (rams-232ee40f916e4e). Mixed shooting and suicide-belt attacks stay Suicide
bomb by the guide's "the weapon decides" rule.
"""
from common import Coding, E, L

c = Coding(coder="I", out="rams-I.jsonl")

US = L("United States", "US", None, 4)
TR = L("Turkey", "TR", None, 4)
HN = L("Honduras", "HN", None, 4)

# 1-25
c.doc("rams-0ced27ae537ac2")  # NSA hack by Shadow Brokers: cyber, not an event
c.doc("rams-9570788c11ed4e")  # statistics
c.doc("rams-5cb77f0c0f8ee0")
c.doc("rams-d71fe3e92b4269")
c.doc("rams-9d68b028ad32cb")
c.doc("rams-13abe3fa0e34a4")
c.doc("rams-32be8a195462e3",
      # WWII photo caption: German troops enter Paris unopposed (open city)
      E("NVT", "Military Forces of Germany", "Military Forces of France", "1940-06",
        L("Paris", "FR", "Île-de-France", 1), None, "German troops marched into Paris",
        background=True))
c.doc("rams-930864d8af7eb8")
c.doc("rams-475ad3723faac5")  # commanders sacked: administrative, not coded
c.doc("rams-dd24d968162ee5")
c.doc("rams-da9a932dc0f55d")  # "health facilities have been attacked": generic
c.doc("rams-e3ce0e17adfdc8")
c.doc("rams-10ec69e9d998b5")  # Machar sworn in: political, fighting only generic
c.doc("rams-829f821e5e460e")
c.doc("rams-1691b380480fd0")
c.doc("rams-4f22761fceaef0",
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        TR, None, "failed coup", background=True),
      E("AC", "Military Forces of Turkey", "Military Forces of Russia", None,
        L("Syrian border", "SY", None, 4), None, "shot down a Russian fighter jet",
        background=True))
c.doc("rams-9474d67e345dde")
c.doc("rams-dae9f14d32f49d")
c.doc("rams-760a62e51f3a60")
c.doc("rams-560f2aff812e69")
c.doc("rams-38498ce485333e",
      E("SB", "Unidentified Armed Group (France)", "Civilians (France)", None,
        L("Paris", "FR", "Île-de-France", 1), 41, "Similar attacks took place", background=True),
      E("SB", "Unidentified Armed Group (Turkey)", "Civilians (Turkey)", None,
        L("Istanbul", "TR", "Istanbul", 1), None, "Istanbul airport attacked"))
c.doc("rams-37440480630237")
c.doc("rams-84b53962140e7f")
c.doc("rams-854529b95bfcb4")
c.doc("rams-60672c6cfbdb08")  # homicide statistics

# 26-50
c.doc("rams-bef8dfe931b141")
c.doc("rams-fe94fe78e46cb6")
c.doc("rams-2c6de1c003d7ad")  # mass judicial execution: not coded
c.doc("rams-626c58194d088a")  # debt collectors beat a family: ordinary crime
c.doc("rams-f098df483f123d")
c.doc("rams-08d88b678a590f")
c.doc("rams-4b4e6ccb553b13")  # trial
c.doc("rams-d2737ddef0f815")
c.doc("rams-229ca0db492701",
      E("AGR", "Military Forces of Russia", None, None, L("Aleppo", "SY", "Aleppo", 1), None,
        "agreed to extend its cease-fire"),
      E("SH", "Pro-Government Militia (Syria)", "Civilians (Syria)", "2014",
        L("Homs", "SY", "Homs", 1), None, "shelled a convoy", background=True))
c.doc("rams-d1a933f32b0705")
c.doc("rams-c74d619aeb62e3")
c.doc("rams-3e1ebdb9d410e5")  # Armenian genocide: long-period history, not coded
c.doc("rams-13fe553a8e23dc")
c.doc("rams-3e741d6077589d")
c.doc("rams-3d5305cb92b840")
c.doc("rams-7e12d3b1004cf8")  # pogroms of the 1890s: generic
c.doc("rams-2e354f9bc1bcd6")
c.doc("rams-3ea233fbd51e8c")
c.doc("rams-7c0fb6d4865460")
c.doc("rams-d081918e2e8d9c")
c.doc("rams-a861c7fb78d54c")
c.doc("rams-f6cf2bec8d3250")
c.doc("rams-b6a9262938f05c")  # siege of supply lines: no incident
c.doc("rams-2a0cc2812ea126")
c.doc("rams-cecd2857f59c48")

# 51-75
c.doc("rams-6723df7c9a71e1")
c.doc("rams-34818b7bdf87c4",
      # neo-Nazi veterans' group demolishes a Soviet war monument
      E("LOOT", "Daugavas Vanagi", None, None, L("Limbazi", "LV", "Limbazi", 1), None,
        "has demolished a monument"))
c.doc("rams-6886147999fcae",
      E("OTH", "Military Forces of Honduras", "Government of Honduras", "2009-06-28", HN, None,
        "coup that deposed", background=True))
c.doc("rams-590744608fbc92")
c.doc("rams-6889f060ca971d")
c.doc("rams-253e59ca74420b")
c.doc("rams-7591680fca3a32")  # torture allegations in detention: generic
c.doc("rams-3a3f0bfeb63c7f")
c.doc("rams-da9e24bebd9a3f")  # Maliki "killed peaceful protesters": no place or time
c.doc("rams-8db37107fd7452")
c.doc("rams-65c5a7a55db151")
c.doc("rams-f2ec0011efeb68")
c.doc("rams-4cdd12d0aafb2e",
      # photo captions of the battle for Aleppo (coded as news, as gold does for this gallery)
      E("SH", "Military Forces of Syria", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "destroyed by shelling"),
      E("AC", "Free Syrian Army", "Military Forces of Syria", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "during a fight"))
c.doc("rams-ece4140186c461")
c.doc("rams-272874b5deb031")
c.doc("rams-505a8d2f53ba24")  # bomb test, declaration: not events
c.doc("rams-3690961b207246")
c.doc("rams-a2ba37b56d034f",
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", "1945",
        L("Hiroshima", "JP", "Hiroshima", 1), None, "leveled by an atomic bomb", background=True),
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", None,
        L("Nagasaki", "JP", "Nagasaki", 1), None, "Nagasaki", background=True),
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", None,
        L("Tokyo", "JP", "Tokyo", 1), 1000, "firebombing of Tokyo", background=True))
c.doc("rams-65cdb6188825dd",
      E("AGR", "Military Forces of Syria", "Opposition Rebels (Syria)", None,
        L("Muadhamiya", "SY", "Rif Dimashq", 1), None, "evacuated under a deal"))
c.doc("rams-affdc030b3c819",
      E("ARR", "Police Forces of the United States", "Mafia (United States)", None,
        L("New York", "US", "New York", 1), None, "arrested"))
c.doc("rams-e88c3f63d209cf")
c.doc("rams-0154069a17540d")
c.doc("rams-b3df20536e8834")
c.doc("rams-e961fd55a551c1")
c.doc("rams-c44066dccf0be1")

# 76-100
c.doc("rams-e3b94394e7fdd1",
      E("OTH", "Military Forces of Honduras", "Government of Honduras", "2009-06-28", HN, None,
        "coup that deposed", background=True))
c.doc("rams-7f61a128421310")  # alleged rape in 1978: personal crime
c.doc("rams-9f359a6f32d06e")  # bombardment in Syria told generally; missile deployment
c.doc("rams-25aa0722214ad8")  # NSA contractor's arrest: criminal case
c.doc("rams-9d18a015248ebc")
c.doc("rams-91ab53c8b0f406")  # nanny's murder of a child in Moscow: individual crime
c.doc("rams-e4339e65f660b5")  # drug seizure
c.doc("rams-688930556b79cc",
      E("AIR", "Military Forces of Saudi Arabia", "Civilians (Yemen)", None,
        L("Yemen", "YE", None, 4), None, "Saudi funeral attack"),
      E("SH", "Military Forces of Yemen (Supreme Political Council)", "Military Forces of Saudi Arabia",
        None, L("Saudi Arabia", "SA", None, 4), None, "have launched a locally-designed"))
c.doc("rams-fa2e817c54376c",
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("New York", "US", "New York", 1), None, "homemade bombs in New York and New Jersey"),
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("New Jersey", "US", "New Jersey", 3), None, "homemade bombs in New York and New Jersey"),
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Minnesota", "US", "Minnesota", 3), 1, "stabbings in a Minnesota mall"))
c.doc("rams-808fc2e9d68e62")
c.doc("rams-35403c675ca8b9")
c.doc("rams-d839a8c4eab967")
c.doc("rams-74f4e2e0a9d958")
c.doc("rams-604aa2b99dcbf9")
c.doc("rams-fc2f1cb545192b")
c.doc("rams-4444b87c8c0347")
c.doc("rams-23ada7fe2613a2")  # Wagner recruiting: no incident
c.doc("rams-57d15bb3cc2298")
c.doc("rams-c65247e1c46658")
c.doc("rams-2823ad606d7804")
c.doc("rams-1035d68e865db2")
c.doc("rams-011cc2dec11c8c")  # police raids on lifejacket workshops; EU-Turkey migration deal
c.doc("rams-869b8a18a3ac90")
c.doc("rams-04d6dac2a9415d")
c.doc("rams-5d768bba1d7966")

# 101-125
c.doc("rams-6963b53519f298")
c.doc("rams-04d04e745140c0")  # oil production deal: not a conflict agreement
c.doc("rams-27f1124f19625f")  # same Moscow murder as rams-91ab53c8b0f406
c.doc("rams-56dec10f7f22cc")
c.doc("rams-07674619e17ff8")
c.doc("rams-467f3b016a4d8c")
c.doc("rams-d3f104e508268e")
c.doc("rams-a210a645552421")
c.doc("rams-6f10741dd115a3")
c.doc("rams-3827a926a5d39b")
c.doc("rams-9abf14461c651f",
      E("AC", "Unidentified Armed Group (Syria)", "Military Forces of Russia", "2016-08-01",
        L("Idlib", "SY", "Idlib", 3), None, "had been shot down"))
c.doc("rams-3da8660c34ddca")
c.doc("rams-2ac939be47f296",
      E("SB", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("New York", "US", "New York", 1), None, "was attacked by the worst terrorist attack",
        background=True))
c.doc("rams-26fc1a9dd84ae5")  # Bukharin's execution: judicial
c.doc("rams-b6124d3895dba5")
c.doc("rams-ad901c41b27a4a")  # traffic accident
c.doc("rams-1e30f65d90cc5c")
c.doc("rams-c7813ed7a20899")  # arrests of dissidents told generally

c.doc("rams-137f25ca31d7a2")
c.doc("rams-6cb3eafe1e0752")
c.doc("rams-7f655240fff270")  # nuclear deal: not a conflict agreement
c.doc("rams-8a8d520807a4f2")
c.doc("rams-d0024e3313236a")
c.doc("rams-c15441b2aa09f0")
c.doc("rams-69177589fc6e54",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Orlando", "US", "Florida", 1), None, "deadly terrorist shooting in Orlando",
        background=True))

# 126-153
c.doc("rams-b9ba975dcb45ff",
      # the February 2016 cessation of hostilities taking effect; "scattered incidents" vague
      E("AGR", "Government of United States", "Government of Russia", None,
        L("Syria", "SY", None, 4), None, "the truce took effect"))
c.doc("rams-4f1bb3f8793f9a")
c.doc("rams-232ee40f916e4e",
      # Rahami's arrest is the end of the shootout: one interaction, coded as the clash
      E("AC", "Police Forces of the United States", "Unidentified Armed Group (United States)",
        None, L("New Jersey", "US", "New Jersey", 3), None, "shootout"),
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("New York", "US", "New York", 1), None, "bombs left in New York City"),
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Seaside Park", "US", "New Jersey", 1), None, "bombs left in New York City"),
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Minnesota", "US", "Minnesota", 3), 1, "stabbings"))
c.doc("rams-8e18217c0d7923")
c.doc("rams-321da1b49d6477")
c.doc("rams-afd8c62a7386d8")
c.doc("rams-5a4726e5ae2712")
c.doc("rams-35f08f503faab5")
c.doc("rams-d5e52e8fa3d971",
      # the Mi-8 downing of rams-9abf14461c651f; Russian air campaign told generally
      E("AC", "Unidentified Armed Group (Syria)", "Military Forces of Russia", None,
        L("Idlib", "SY", "Idlib", 3), None, "The helicopter came down"))
c.doc("rams-135b799217922b")
c.doc("rams-5798cf5362adae")
c.doc("rams-d81e40a25055a4")  # Rich's death: robbery
c.doc("rams-fff40fd86debc8")  # al-Awlaki's son: no place or time in the window
c.doc("rams-62eb0ced5ab089",
      E("ARR", "Police Forces of the United Kingdom", "Julian Assange", None,
        L("United Kingdom", "GB", None, 4), None, "Assange was jailed for a week in the UK",
        background=True))
c.doc("rams-53c33d71a93d3f")
c.doc("rams-72bdc6d4c3c478")
c.doc("rams-5ab39278d22ce8")
c.doc("rams-3a322060b88dd7")
c.doc("rams-591a2b4891b494",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", None,
        L("Crimea", "UA", "Crimea", 3), None, "marched into neighboring Ukraine",
        background=True))
c.doc("rams-6aac6d36ed56e7")
c.doc("rams-a7d27e232fd64a")
c.doc("rams-dcf972f18ebe12")
c.doc("rams-b9d82bcf0adc41")
c.doc("rams-8d64a039da192c")  # threat
c.doc("rams-df220d872f67ab")
c.doc("rams-5e6641c6a6c53d")
c.doc("rams-b995f60a798c12",
      # extradition is not an event; the 2014 arrest of the missile-smuggling ring is recalled
      E("ARR", "Police Forces of Spain", "Smuggling Ring (Spain)", "2014",
        L("Barcelona", "ES", "Catalonia", 1), None, "detained the pair in Barcelona",
        background=True))
c.doc("rams-fd8a33024e002d")

c.write()
