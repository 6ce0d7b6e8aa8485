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
      E("AC", "Opposition Rebels (Ukraine)", "Aidar Battalion", None, L("Ukraine", "UA", None, 4),
        None, "wounded in an ambush", background=True))
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

c.write()
