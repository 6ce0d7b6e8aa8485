"""Coder G's coding of the RAMS passages assigned to G (texts.jsonl, "coder": "G").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events"),
/work/shared/PRODUCT.md (taxonomies) and the conventions of /work/main/eval/events/README.md.
Dates without a year are null (the checker accepts only YYYY[-MM[-DD]]).

G's lines: history recalled with a place and what happened (a battle, a bombing, a massacre)
is coded with background true, including the CNN "World War II in pictures" captions (a
photo gallery of history, not the article's news). Bare mentions, long-period statistics
("a few hundred thousand murders"), generic "fighting", sanctions, tests of missiles,
verdicts and political statements are not coded. Identical or overlapping passages of one
article are coded identically.
"""
from common import Coding, E, L

c = Coding(coder="G", out="rams-G.jsonl")

US = L("United States", "US", None, 4)
SY = L("Syria", "SY", None, 4)

# 1-25
c.doc("rams-282bdc2ff45f47",
      E("AIR", "Military Forces of the United States", "Civilians (Japan)", "1945-08-09",
        L("Nagasaki", "JP", "Nagasaki", 1), 60000, "Nagasaki blast", background=True),
      E("AGR", "Government of Japan", "Allied Forces", "1945-08-15", L("Japan", "JP", None, 4),
        None, "Japan had accepted the terms of the Potsdam Declaration", background=True))
c.doc("rams-7b3b46198cca82")
c.doc("rams-28ed7c282dcacf",
      E("AGR", "Government of the United States", "Government of Russia", None, SY, None,
        "agreement with Sergey V. Lavrov", background=True),
      E("AIR", "Global Coalition Against Daesh", "Military Forces of Syria", None, SY, None,
        "accidental bombing of Syrian troops", background=True),
      # the aid-convoy strike: the US claims Russian aircraft and Syrian helicopters (README:
      # Unidentified Military Forces (Syria) when the state perpetrator is left open)
      E("AIR", "Unidentified Military Forces (Syria)", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 3), None, "deliberate bombing by Russian aircraft",
        background=True))
c.doc("rams-4babde35c9b15e",
      # photo caption of a demonstration in Idlib (undated file photo)
      E("PP", "Protesters (Syria)", None, None, L("Idlib", "SY", "Idlib", 1), None,
        "demonstration in Idlib", background=True),
      E("ATK", "Unidentified Armed Group (Syria)", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "were shot at by snipers"))
c.doc("rams-308557f1c95f80")  # raid on a religious group, abuse allegations: no conflict event
c.doc("rams-ba4705da45bf90")
c.doc("rams-48d075a69d12ce",
      # the 1942 Singapore massacre recalled in a quote; the Philippines "few hundred
      # thousand murders" is a long-period total, not coded
      E("ATK", "Military Forces of Japan", "Civilians (China)", "1942",
        L("Singapore", "SG", None, 1), 25000, "slaughtering 25,000 Chinese", background=True))
c.doc("rams-eccb9c94f2b0c9")  # civil-defence drill
c.doc("rams-302117d58078ed")  # call for a boycott: a statement, not a demonstration
c.doc("rams-6aab1900b014c9")
c.doc("rams-663408be0ba0ea",
      E("SH", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of United Arab Emirates",
        None, L("Yemen", "YE", None, 4), None, "brought down the Emirati jet"),
      # weapons seized in raids on bases over the past year (airfield-seizure precedent)
      E("LOOT", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen", None,
        L("al-Aryan", "YE", None, 1), None, "al-Aryan", background=True),
      E("LOOT", "AQAP: Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen", None,
        L("Ataq", "YE", "Shabwah", 1), None, "Ataq", background=True))
c.doc("rams-17753ed25722f3")
c.doc("rams-d9a31374763c77")
c.doc("rams-661979c3952090")  # food embargo: sanctions
c.doc("rams-197b35bf3335f8")
c.doc("rams-f56502b1986904")
c.doc("rams-e512b494fce901")  # displacement, "fighting is still going on": generic
c.doc("rams-074308af3faf43")
c.doc("rams-5aa6f475c0a484")
c.doc("rams-23bd4aeb97d094")
c.doc("rams-70ae30588bc627",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("San Bernardino", "US", "California", 1), None, "San Bernardino", background=True),
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Orlando", "US", "Florida", 1), None, "Orlando", background=True))
c.doc("rams-c024681a50f6eb")  # "intense bombardment of city": generic, no event told
c.doc("rams-457873a4e3714e")
c.doc("rams-b1dbd78f116656")
c.doc("rams-6efbec917d8678")

# 26-50
c.doc("rams-1d4da1492a6aca")  # readiness for a truce, "latest fighting": no event told
c.doc("rams-6b88984cb11b51",
      E("AC", "Military Forces of the United States", "Military Forces of Germany", "1944-06-06",
        L("Omaha Beach", "FR", "Normandy", 1), None, "assault Omaha Beach", background=True))
c.doc("rams-0085660d1ce2b7")  # McCain captured: bare mention
c.doc("rams-865e62e9283948")
c.doc("rams-60ae169a0219e7")
c.doc("rams-0cc5f99302ce7f")  # imprisonment and torture told generally; missile tests
c.doc("rams-f342c132b4c6e9")
c.doc("rams-b77202965d7c4f")
c.doc("rams-6f79e7eb982c48",
      # five months of battle, ending February 1943; "killed or captured" is not a death toll
      E("AC", "Military Forces of the Soviet Union", "Military Forces of Germany", "1943-02",
        L("Stalingrad", "RU", "Volgograd Oblast", 1), None, "Battle of Stalingrad",
        background=True))
c.doc("rams-8eeea6052b41df")
c.doc("rams-054861580c2c72")
c.doc("rams-c0323e9990a38f")
c.doc("rams-1cb3ccdda0b482",
      E("AIR", "Military Forces of Germany", "Civilians (United Kingdom)", "1940-09-07",
        L("London", "GB", "England", 1), None, "mass daylight bombing of London",
        background=True))
c.doc("rams-cfad4ab4b5ce12")
c.doc("rams-58c8d7b08cfad3")  # hacking and leaks
c.doc("rams-90c6b55c8ff70e")  # supporters' "tendency to sucker-punch": generic, no incident
c.doc("rams-de27f9fd0752e1")
c.doc("rams-d708dad6f97782")
c.doc("rams-0c12a1c14aa884")  # ICC withdrawal
c.doc("rams-6ea6e5a650416a")
c.doc("rams-403475b1a9c4a2")
c.doc("rams-2257b0a33c1724")  # Armenian Genocide named only (recognition statement)
c.doc("rams-2e13291a7f4fde")
c.doc("rams-a4a67a3cfa4c79")  # court hearing on forced examinations
c.doc("rams-58a93f0a770ca6")  # cyberintrusions

# 51-75
c.doc("rams-74f01a3132c064")
c.doc("rams-5e35c27c029eff")  # a murder and a traffic death: ordinary crime
c.doc("rams-e68235db368b02")  # a murder: ordinary crime; arrest statistics
c.doc("rams-36b17d0c684499",
      # a video headline: shelling resumes in Aleppo; no side named
      E("SH", "Unidentified Armed Group (Syria)", "Civilians (Syria)", None,
        L("Aleppo", "SY", "Aleppo", 1), None, "shelling resumes in Aleppo"))
c.doc("rams-abf633d45babf5")
c.doc("rams-b11f5b87ab6e1d")
c.doc("rams-8b2a91a522194d")
c.doc("rams-2428d350b326d3")  # allegations of torture in detention, no incident told
c.doc("rams-475338a6943be9",
      # Russian and England fans fighting before and after a match (one city, one day);
      # the passage names no place
      E("MOB", "Rioters (Russia)", "Civilians (United Kingdom)", None, None, None,
        "the rivalry turned violent"))
c.doc("rams-704722f196eca7",
      E("ATK", "Military Forces of Azerbaijan", "Civilians (Armenia)", None,
        L("Talish", "AZ", "Tartar Rayon", 1), 3, "the villagers were shot dead"),
      E("AGR", "Military Forces of Azerbaijan", "Military Forces of Armenia", None,
        L("Nagorno-Karabakh", "AZ", None, 3), None, "Russian-mediated ceasefire"))
c.doc("rams-175b46767b5932")
c.doc("rams-641b302e98cb52")  # ceasefire violations and barrel bombing told generally
c.doc("rams-4f046556453bb4")  # the Holocaust: a long-period total
c.doc("rams-f6b42cc9c317a6")
c.doc("rams-9bba713da66a69")  # invasion of Norway, Sri Lankan war: bare mentions
c.doc("rams-977514bde19979",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Orlando", "US", "Florida", 1), 49, "Omar Mateen killed at least 49 people",
        background=True))
c.doc("rams-b16c938a4ac78d")
c.doc("rams-aa0811e60f1661")
c.doc("rams-46e16cf95983a6",
      E("ATK", "Unidentified Armed Group (Libya)", "Civilians (United States)", "2012",
        L("Benghazi", "LY", "Banghazi", 1), None, "the 2012 attack on the US consulate",
        background=True))
c.doc("rams-81910e755818f8")
c.doc("rams-b9e2ec32df0e4b")  # Paris attackers: bare mention
c.doc("rams-43c069c2862135")
c.doc("rams-62ae661f805cf8")  # alleged paying for violence at rallies: no incident told
c.doc("rams-6a35f367e13363")  # same article as rams-c024681a50f6eb: bombardment generic
c.doc("rams-be1e3e03c5b5ab")

# 76-100
c.doc("rams-6636cf61748748")
c.doc("rams-0dbd4f1bf3617c")
c.doc("rams-01ed09a9f96b6d")  # a new National Guard and its head: a state reorganization
c.doc("rams-40edae19d897a2",
      # the offensive against Isis (the city is not named in this window)
      E("AC", "Military Forces of Iraq", "Islamic State (Iraq)", None, L("Iraq", "IQ", None, 4),
        None, "The military operation"))
c.doc("rams-5ef53347023c7c")
c.doc("rams-6e3022972e2711",
      E("NSO", "SDF: Syrian Democratic Forces", "Islamic State (Syria)", None,
        L("Manbij", "SY", "Aleppo", 1), None, "captured the city of Manbij", background=True),
      E("SH", "Military Forces of Turkey", "Islamic State (Syria)", None,
        L("Jarablus", "SY", "Aleppo", 1), None, "shelling Islamic State positions in Jarablus"),
      E("AC", "Opposition Rebels (Syria)", "Islamic State (Syria)", None,
        L("Jarablus", "SY", "Aleppo", 1), None, "ready to cross into Jarablus", mod="planned"))
c.doc("rams-b3d53416747f44")
c.doc("rams-817e32d13db03d")  # the girl's funeral and settlement vows: no event told here
c.doc("rams-0bdf187da24822",
      E("ATK", "Islamic State (Syria)", "Civilians (Syria)", None,
        L("Deir ez-Zor", "SY", "Deir ez-Zor", 1), 280, "The massacre"))
c.doc("rams-c0e49703ecedf7")
c.doc("rams-c013d0c630c51b",
      # photo captions of the coup attempt (the coup dated only by its aftermath)
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "Turkey coup attempt", mod="attempted",
        plover="COERCE"),
      E("MOB", "Rioters (Turkey)", "Mutiny of Military Forces of Turkey", "2016-07-16",
        L("Bosphorus Bridge, Istanbul", "TR", "Istanbul", 1), None, "A civilian beats a soldier"))
c.doc("rams-ba281fcde2a33c")  # anthrax outbreak
c.doc("rams-afae7f919a4e81")
c.doc("rams-1f54d6bad5a0d5")  # a student killed in Rome: ordinary crime
c.doc("rams-579cccfccda9a9")  # a possible deployment
c.doc("rams-ad98c470673189",
      # the poisoning is the narrative's subject incident (not background)
      E("ATK", "Unidentified Armed Group (United Kingdom)", "Civilians (Russia)", None,
        L("Millennium hotel, London", "GB", "England", 1), None, "apparent poisoning"))
c.doc("rams-70bf610db8d40e")
c.doc("rams-4cb3d8814927b0")
c.doc("rams-ec6f987a66f29d")
c.doc("rams-814056a1a822c2",
      # the "pie" attack on an opposition leader; the crosshairs video is a threat by a
      # politician, not coded
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", None,
        L("Russia", "RU", None, 4), None, "he was \"pied\" in the face", background=True))
c.doc("rams-024beeb855e52b")
c.doc("rams-e3e790f3d9e3ca",
      # MH17: new findings are the news (README: the aid convoy); Russia's denial as its own record
      E("SH", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", "2014",
        L("eastern Ukraine", "UA", None, 3), None, "brought down the plane"),
      E("SH", "Military Forces of Russia", "Civilians (Ukraine)", "2014",
        L("eastern Ukraine", "UA", None, 3), None, "Russia has rejected", mod="denied"))
c.doc("rams-8790aa8eb0b05a")
c.doc("rams-19802003228274")
c.doc("rams-d9f62f2db9005b")

# 101-125
c.doc("rams-39e0802ed270b2")
c.doc("rams-7ec30f9dcb69c2")
c.doc("rams-5b795f67a3279b")  # "indiscriminate bombing of Syrian civilians": generic
c.doc("rams-501fecdacacedb")
c.doc("rams-52ffcbac4731d2")
c.doc("rams-227fab11e687e1")
c.doc("rams-0d276c271efda0",
      # the shooter shot dead by police counts with the 49 (README: St. Cloud); the text
      # names the club but not the city
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Pulse nightclub", "US", "Florida", 1), 50, "The shooting at Pulse nightclub",
        background=True))
c.doc("rams-d35a8f2745f964")  # genocide-recognition vote
c.doc("rams-a93b0e409fcdc0")
c.doc("rams-186300534ca37f")
c.doc("rams-4131c804a2ee65")
c.doc("rams-c429cd4a37aa98")  # hypothetical protests and riots
c.doc("rams-7526728f5e9323")  # Yanukovych "driven out of power": bare mention
c.doc("rams-a9e23fb9811859")
c.doc("rams-58953d08e9a669")  # Maidan revolution: bare mention
c.doc("rams-cda1a8e0e33d3d")  # protests against the arms trade told generally
c.doc("rams-debf430bd96db2")
c.doc("rams-bd1c6ed17af642",
      # the CIA's failed 1956 coup attempt (intelligence service as Police Forces, README)
      E("OTH", "Police Forces of the United States", "Government of Syria", "1956",
        L("Syria", "SY", None, 4), None, "the CIA tried another coup in Syria", mod="attempted",
        background=True, plover="COERCE"))
c.doc("rams-232399adb2e85d")  # girls travelling to join Isis
c.doc("rams-2a3b84eb8a3c35")  # a campaign rally
c.doc("rams-4b05ac82619dea")
c.doc("rams-050db0a92b1da6")
c.doc("rams-f7cd172e66e647",
      # the week's attacks, recalled as the cause of the political calls (background)
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("New York City", "US", "New York", 1), None, "homemade bombs in New York",
        background=True),
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
        L("Seaside Park", "US", "New Jersey", 1), None, "Seaside Park", background=True),
      # claimed by the Islamic State (README: the claimant is actor1); the attacker's death counts
      E("ATK", "Islamic State", "Civilians (United States)", None,
        L("Minnesota", "US", "Minnesota", 3), 1, "stabbings in a Minnesota mall",
        background=True),
      E("AC", "Unidentified Armed Group (United States)", "Police Forces of the United States",
        None, L("New Jersey", "US", "New Jersey", 3), None, "shootout", background=True),
      E("ARR", "Police Forces of the United States", "Unidentified Armed Group (United States)",
        None, L("New Jersey", "US", "New Jersey", 3), None, "was arrested Monday",
        background=True))
c.doc("rams-6e37b04e152b48")  # nuclear test
c.doc("rams-f55f8e6b9ec9af")  # sex-abuse case and plea deal: ordinary crime

# 126-153
c.doc("rams-ce129c0f911a54")  # a climber detained: not political
c.doc("rams-9dac1e360539b3",
      # a scuffle at a protest; the passage names no place (the country from the context)
      E("PP", "Protesters (United States)", None, None, US, None, "returned to protesting"))
c.doc("rams-23b75a0430cbd4")
c.doc("rams-c2c733d355cfa6")  # air crash
c.doc("rams-732cce47ea9663")
c.doc("rams-3c1c1bb7ffdab1")
c.doc("rams-129ef87d2dc594")
c.doc("rams-2f7147f139df34",
      # Markov's killing has a place; Trotsky and "Ukrainian nationalists" do not
      E("ATK", "Police Forces of the Soviet Union", "Civilians (Bulgaria)", None,
        L("Waterloo Bridge, London", "GB", "England", 1), 1, "Georgi Markov", background=True))
c.doc("rams-4cea1b779c89f0")  # Seth Rich: crime without a political side
c.doc("rams-fdba99365e24e8")
c.doc("rams-136b5a32f585d4")
c.doc("rams-95e7c92b708e02",
      # the Russia-US ceasefire, as in rams-28ed7c282dcacf; strikes on Aleppo told habitually
      E("AGR", "Government of the United States", "Government of Russia", None, SY, None,
        "brokered by Russia and the United States", background=True))
c.doc("rams-48f6e99f7bfeeb")
c.doc("rams-69d3ead919cc0f")
c.doc("rams-b23304e09503a3")
c.doc("rams-0fec39c4e1c995")  # unrest and revolution in Egypt: bare mention
c.doc("rams-5e3f1215a1417a")
c.doc("rams-6527a5597aaacf")
c.doc("rams-17cde9318bbc57")  # 1915 killings: a toll over years; a commemoration ceremony
c.doc("rams-55343066a8ba8d")  # food-stamp fraud raids: ordinary crime
c.doc("rams-acb0d502376ea3")
c.doc("rams-7c24e9fd0d2e26",
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "failed coup", mod="attempted", background=True,
        plover="COERCE"),
      E("AC", "Mutiny of Military Forces of Turkey", "Military Forces of Turkey", None,
        L("Turkey", "TR", None, 4), 240, "more than 240 people were killed", background=True))
c.doc("rams-af2cf3f223c465")
c.doc("rams-395c5e2de0d634")
c.doc("rams-dec8d103c98bdf",
      # the YPG-government deal (the city is not named in this window)
      E("AGR", "YPG: People's Protection Units", "Government of Syria", None, SY, None,
        "the deal was concluded"))
c.doc("rams-cce823ded4eea7",
      # the inquiry's findings are the news; no place in this window
      E("ATK", "Unidentified Armed Group (United Kingdom)", "Civilians (Russia)", None, None, 1,
        "Alexander Litvinenko was poisoned"))
c.doc("rams-588060a2f157fb")  # Capt. Khan's death: no event told
c.doc("rams-843b063cb3f722")

c.write()
