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

c.write()
