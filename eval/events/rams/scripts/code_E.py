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

c.write()
