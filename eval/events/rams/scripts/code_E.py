"""Coder E's coding of the RAMS passages assigned to E (texts.jsonl, "coder": "E").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events") and the
conventions of /work/main/eval/events/README.md. Dates without a year are null (the
checker accepts only YYYY[-MM[-DD]]).

E's line on recalled history: a past incident is coded (background) when the passage
names its place and also gives a time anchor (a year, a month, "a day before"), a toll or
the actor in a clause saying it happened ("it launched its massacre in Paris"), or tells a
specific victim's death with its means ("killed by a suicide bomber": the country is then
taken from the article); a list of attack names with nothing more ("Even after the
Boston, Paris and San Bernardino attacks") and a bare mention without place or content
("committed mass murder", "what occurred in 1915") are not coded. Judicial executions
(Amiri, Jang Sung-taek, Iran's executions of activists) are treated as sentences carried
out and not coded. Identical passages (the same
window of one article) are coded identically.
"""
from common import Coding, E, L

c = Coding(coder="E", out="rams-E.jsonl")

US = L("United States", "US", None, 4)

# 1-25
c.doc("rams-45ae641c225a87")  # FBI investigating Page: not a conflict event
c.doc("rams-d2d384e04c017a")
c.doc("rams-01c34ff93278e7")
c.doc("rams-69ff56f945bc53")  # missile/nuclear tests, imprisonment told generally
c.doc("rams-79da8fb6aecad8",
      # the captain killed in Iraq (Humayun Khan); the text gives no weapon or date
      E("AC", "Unidentified Armed Group (Iraq)", "Military Forces of the United States", None,
        L("Iraq", "IQ", None, 4), 1, "was killed in Iraq", background=True),
      # Amiri's 2010 claim of abduction by the CIA (later retracted); the execution in Iran
      # is a judicial execution and not coded
      E("ABD", "Police Forces of the United States", "Civilians (Iran)", None, None, None,
        "claimed to have been abducted to Arizona by the CIA", mod="claimed", background=True))
c.doc("rams-6d00d730944569",
      # the nanny who beheaded a child (Moscow metro); the text names no city
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", None,
        L("Russia", "RU", None, 4), 1, "with the head in her hands"))
c.doc("rams-bab00bdcced964")
c.doc("rams-8a8275aa1d9c62")
c.doc("rams-f5184799adda2c")  # file photo of a public (judicial) execution
c.doc("rams-0c5ba372a9c541")
c.doc("rams-cdf3cdef890e85")
c.doc("rams-003fafe7c0d076")
PARIS_BEIRUT = (
    E("ATK", "Islamic State", "Civilians (France)", None, L("Paris", "FR", "Île-de-France", 1), None,
      "the November Paris attack", background=True),
    E("ATK", "Islamic State", "Civilians (Lebanon)", None, L("Beirut", "LB", "Beyrouth", 1), None,
      "Beirut", background=True),
    # the Metrojet bombing: the passage gives no place
    E("ATK", "Islamic State", "Civilians (Russia)", None, None, None, "aboard a Russian jetliner",
      background=True))
c.doc("rams-07f79999916d62", *PARIS_BEIRUT)
c.doc("rams-7943087a6e5c7b")  # 30 terrorism arrests "in recent years": a statistic
c.doc("rams-d71b52c7598822")
c.doc("rams-968f35f7cabbd1")  # Seth Rich: robbery, crime without a political side
c.doc("rams-f44e3f363bd708")  # impeachment vote
c.doc("rams-aeab373bd8364e")  # naval exercise
c.doc("rams-2e492abfcba53f",
      # Mateen's "mass murder" has no place; "the Boston, Paris and San Bernardino attacks"
      # is a list of names
      E("ATK", "Islamic State", "Civilians (France)", None, L("Paris", "FR", "Île-de-France", 1),
        None, "launched its massacre in Paris", background=True))
c.doc("rams-f72eca29231fdf")
c.doc("rams-44ffbd30d1ef87")
c.doc("rams-3b3b1c3cc5bc02")  # hacking
c.doc("rams-b57d6ce438fff2")  # pattern claims about Libya/Syria
c.doc("rams-73590d600b197c",
      E("ATK", "Military Forces of the Ottoman Empire", "Civilians (Armenia)", None,
        L("Turkey", "TR", None, 4), None, "Armenians were killed", background=True),
      # a linked headline: the 2015 centenary march in Los Angeles
      E("PP", "Protesters (United States)", None, None,
        L("Los Angeles", "US", "California", 1), None, "130 K march in LA", background=True))
c.doc("rams-0dc578d39f0ffb",
      E("AGR", "Government of the United States", "Government of Russia", None,
        L("Syria", "SY", None, 4), None, "The deal", background=True))

# 26-50
ALEPPO_CF = E("AGR", "Military Forces of Russia", None, None, L("Aleppo", "SY", "Aleppo", 1), None,
              "Russia agreed to extend its cease-fire")
c.doc("rams-134575602594f2", ALEPPO_CF)  # "starve-or-surrender" retakings: a pattern, not coded
c.doc("rams-1ea5b56be870ec")  # Saudi executions in general
c.doc("rams-5ad267060f1fd2")  # 1989 Central Park case: ordinary crime
c.doc("rams-3deba45d48ad3d", *PARIS_BEIRUT)  # same window as rams-07f79999916d62
c.doc("rams-e83cef084d1155")
c.doc("rams-887f799645d08b")  # same window as rams-b57d6ce438fff2
c.doc("rams-b7083288578d95")
c.doc("rams-b313b29828ca8b")  # drug conviction: ordinary crime
c.doc("rams-5356d9301727b8",
      E("ATK", "Military Forces of the Ottoman Empire", "Civilians (Armenia)", "1915",
        L("Turkey", "TR", None, 4), 1500000, "the 1915 massacre", background=True))
c.doc("rams-943282fbedd46c",
      # arrest of the Interior Ministry's anti-corruption official (Zakharchenko)
      E("ARR", "Police Forces of Russia", "Police Forces of Russia", None,
        L("Russia", "RU", None, 4), None, "the arrested official"))
c.doc("rams-84246f5f74620a", ALEPPO_CF)  # same window as rams-134575602594f2
c.doc("rams-339f5fca584f62")
c.doc("rams-6ff1a6b41cf866")
c.doc("rams-815c78ec9adf49")  # civil-defence drill
c.doc("rams-b5d0bea9a19d4e")
c.doc("rams-fcebfa300d8555", ALEPPO_CF)  # same window as rams-134575602594f2
c.doc("rams-82c339af19ee34")  # Seth Rich
c.doc("rams-345655218c7335")
c.doc("rams-9037f5f9915ae9")
c.doc("rams-384653e46af4a0")
c.doc("rams-9a3678fda698a6",
      E("OTH", "Military Forces of Honduras", "Government of Honduras", "2009-06",
        L("Honduras", "HN", None, 4), None, "the coup ousting", background=True,
        plover="COERCE"))
c.doc("rams-8cd703adde9253")  # Seth Rich: police speculate robbery
c.doc("rams-a85aa4410e4d40")
c.doc("rams-a4e9fca5e21e6a")
c.doc("rams-fc590b3900baa4")

# 51-75
LIBYA_2011 = (
    E("PWI", "Protesters (Libya)", "Military Forces of Libya", "2011", L("Libya", "LY", None, 4),
      None, "cracking down on Arab Spring protesters", background=True),
    E("AIR", "NATO: North Atlantic Treaty Organization", "Military Forces of Libya", "2011",
      L("Libya", "LY", None, 4), None, "the NATO air war", background=True))
MH17 = "Military Forces of Russia"  # Bishop puts the blame on the Russian military's chain of command
c.doc("rams-99760dc9e8ef52")  # hacking
c.doc("rams-23a6940ed2ea79")  # Epstein: ordinary crime
c.doc("rams-115159f7a4b615",
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", "1993",
        L("New York", "US", "New York", 1), None, "the 1993 attack on the World Trade Center",
        background=True),
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", "1995",
        L("Oklahoma City", "US", "Oklahoma", 1), None, "the Oklahoma City bombing in 1995",
        background=True))
c.doc("rams-d31e64f9462c92")  # crime statistics
c.doc("rams-9ea99db2d96d92")  # bomb counts of the air campaign over two years: statistics
c.doc("rams-435bae9a7b4833")  # Amiri's execution (judicial) and "disappearance", a hack
c.doc("rams-48e62ea812abe7")
c.doc("rams-122034b3519f13",
      # MH17, recalled; the passage names no place (Ukraine from the article's subject)
      E("SH", MH17, "Civilians (Ukraine)", None, L("Ukraine", "UA", None, 4), 298,
        "298 victims aboard that flight", background=True))
c.doc("rams-75c1f3e22c6e91")
c.doc("rams-f4b7c30685473d")  # talk about names for the war, no incident
c.doc("rams-10719950bfc93d")
c.doc("rams-50e6ac5cd2d585")
c.doc("rams-6b1358ea629f24")
c.doc("rams-68689bbb951a4f")
c.doc("rams-083d6961f8d63f")  # a forum next week
c.doc("rams-aa084496d55d4e")  # a trial
c.doc("rams-29f081d5462baf",
      # the February 2016 US-Russian cessation of hostilities in Syria
      E("AGR", "Government of the United States", "Government of Russia", None,
        L("Syria", "SY", None, 4), None, "The ceasefire agreement"))
c.doc("rams-ecc55920f7a8b7")
c.doc("rams-0ff71d5e67d355")  # Jang Sung-taek's execution after a treason verdict: judicial
c.doc("rams-74b1101bce94d8",
      E("SH", MH17, "Civilians (Ukraine)", None, L("Ukraine", "UA", None, 4), 298,
        "the missile attack", background=True))
c.doc("rams-09c2e1c9f2b739")
c.doc("rams-d26de6709e2827", *LIBYA_2011)  # the NATO air campaign as one record
c.doc("rams-efe7b9ffcdeaeb")  # "massacring its people": rhetoric
c.doc("rams-30dc1ecd3b8153")
c.doc("rams-abf91bb68e77a6")

# 76-100
c.doc("rams-514bb0f2745270",
      # Hallel Ariel, stabbed in a West Bank settlement; recalled as the subject of a tweet
      E("ATK", "Unidentified Armed Group (Palestine)", "Civilians (Israel)", None,
        L("West Bank", "PS", "West Bank", 3), 1, "stabbed to death", background=True))
c.doc("rams-e195facb261e38")  # "his own brother's invasion of Iraq": a war named only
c.doc("rams-9f5ad01e46f8d2")  # a poisoning theory: speculation
c.doc("rams-5855a035dc7bc5")
c.doc("rams-59ce0d454a2e0b")  # generic
c.doc("rams-e499f128d2bc2e")
c.doc("rams-22bf5de11d5133")
c.doc("rams-490c0edcc1f282")
c.doc("rams-59808f524df052")  # "We will protest": a statement, not a protest
c.doc("rams-26bbde500d630b")
c.doc("rams-088f513cdb5567")
c.doc("rams-8d67ed7b04f197")
c.doc("rams-4d92d7987675f9")  # Iran's executions of activists: judicial, and a two-year total
c.doc("rams-11ba451c599ac8")  # Sandy Hook named only
c.doc("rams-531b45cb15149f")  # "indiscriminate bombing of Syrian civilians": a pattern
c.doc("rams-32c119a72d3184")
c.doc("rams-bb49498eeaaff1")  # same poisoning theory as rams-9f5ad01e46f8d2
c.doc("rams-15361ab297978f")
c.doc("rams-25ce0c62ce1bf2")
c.doc("rams-d0cab2e2c4ea3f")  # same window as rams-59808f524df052
c.doc("rams-b609872e462a63")
c.doc("rams-49dca3e7b66848")  # Seth Rich: robbery
c.doc("rams-7f2d860b2030c3",
      # the UAE activist Ahmed Mansoor beaten after his release; the passage names no country
      E("ATK", "Unidentified Armed Group (United Arab Emirates)", "Civilians (United Arab Emirates)",
        None, L("United Arab Emirates", "AE", None, 4), None, "He was beaten", background=True))
c.doc("rams-69837d91c5df2c")
c.doc("rams-530bbf1c683ad8")  # same window as rams-b7083288578d95

# 101-127
c.doc("rams-93f9cfa1b5b960",
      # the conviction upheld is a verdict (not coded); Charlie Hebdo recalled with its month
      E("ATK", "Unidentified Armed Group (France)", "Civilians (France)", "2015-01",
        L("Charlie Hebdo offices, Paris", "FR", "Île-de-France", 1), None,
        "murders of journalists", background=True))
c.doc("rams-ece4c1a36a1502")
c.doc("rams-5634afe35a3d24")  # "the Ukraine coup": named only
c.doc("rams-ef96325e989777")  # convictions since 9/11: a statistic
c.doc("rams-4410c3721c97b3")  # generic list of violence
c.doc("rams-4c42f34a03a1c0",
      E("ARR", "Police Forces of Egypt", "Civilians (Egypt)", None, L("Egypt", "EG", None, 4), None,
        "arrest and imprisonment", background=True))
c.doc("rams-86b80237c4f4da")  # accusations at the UN, no incident
c.doc("rams-b58aac014c47b5")  # Epstein: ordinary crime
c.doc("rams-4d51cf5dd0cdb5")  # a robbery in Rio that went wrong: ordinary crime
c.doc("rams-6c4b4f0d160a3d")
c.doc("rams-708eafb1a30a35")
c.doc("rams-03a34b17e90364")  # "what occurred in 1915": no actor, place or toll
c.doc("rams-86dccf29bf768a")  # Seth Rich
c.doc("rams-32f9bddcb33e55", *LIBYA_2011)  # same window as rams-d26de6709e2827
c.doc("rams-c076ae9f4ca1ec",
      # Humayun Khan (Iraq, 2004); the passage names no place, Iraq from rams-79da8fb6aecad8's
      # account of the same death
      E("SB", "Unidentified Armed Group (Iraq)", "Military Forces of the United States", None,
        L("Iraq", "IQ", None, 4), 1, "killed by a suicide bomber", background=True))
c.doc("rams-e75722d003ef17",
      # the 1941 Jedwabne massacre (not named in the passage); "up to 1,600" coded 1600
      E("MOB", "Rioters (Poland)", "Civilians (Poland)", "1941", L("Poland", "PL", None, 4), 1600,
        "the 1941 massacre", background=True))
c.doc("rams-c2264e87c3c4f8")  # 9/11 and the Afghan war named only
c.doc("rams-57a6fbe52b1d91")
c.doc("rams-1469a3a14bed27")  # patterns of abuses over decades
c.doc("rams-4f0b7a753c2065")
c.doc("rams-595382c9f99f92")
c.doc("rams-9476fe3de494b4")
c.doc("rams-d31665165f2b81")
c.doc("rams-b187bdb86f2434")  # rocket attacks in general
c.doc("rams-a09bd7692777d4")  # proposals, not events
c.doc("rams-ce0a712f54066c")
c.doc("rams-e336fdd81230ea",
      # a fringe report on the July 2016 Turkish coup: the coup as stated, the rest "this
      # report says"
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", None,
        L("Turkey", "TR", None, 4), None, "their coup", mod="attempted", plover="COERCE"),
      E("AC", "Police Forces of Turkey", "Mutiny of Military Forces of Turkey", None,
        L("Turkey", "TR", None, 4), None, "were overwhelmed by both Turkish police forces",
        mod="claimed"),
      E("ARR", "Police Forces of Turkey", "Mutiny of Military Forces of Turkey", None,
        L("Turkey", "TR", None, 4), None, "now in custody", mod="claimed"),
      E("OTH", "Military Forces of Russia", "Military Forces of the United States", None,
        L("Turkey", "TR", None, 4), None, "threat / promise", mod="threatened",
        plover="THREATEN"))

c.write()
