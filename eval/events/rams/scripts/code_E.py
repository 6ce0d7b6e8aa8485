"""Coder E's coding of the RAMS passages assigned to E (texts.jsonl, "coder": "E").

Coded by reading the passages only, by /work/shared/CODING_GUIDE.md ("Events") and the
conventions of /work/main/eval/events/README.md. Dates without a year are null (the
checker accepts only YYYY[-MM[-DD]]).

E's line on recalled history: a past event is coded (background) when the passage tells
it as a happening with some content of its own (who, where, a toll, a date); a bare name
used as a reference in opinion ("after the Paris attacks", "from Boston to San
Bernardino") is not coded. Identical passages (the same window of one article) are coded
identically.
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
c.doc("rams-07f79999916d62")  # Paris/Beirut/jetliner named only in a quoted opinion
c.doc("rams-7943087a6e5c7b")  # 30 terrorism arrests "in recent years": a statistic
c.doc("rams-d71b52c7598822")
c.doc("rams-968f35f7cabbd1")  # Seth Rich: robbery, crime without a political side
c.doc("rams-f44e3f363bd708")  # impeachment vote
c.doc("rams-aeab373bd8364e")  # naval exercise
c.doc("rams-2e492abfcba53f")  # Orlando, Paris, Boston, San Bernardino as references only
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
c.doc("rams-3deba45d48ad3d")  # same window as rams-07f79999916d62
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

c.write()
