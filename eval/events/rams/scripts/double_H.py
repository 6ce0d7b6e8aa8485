"""Coder H's blind second coding (texts.jsonl, "second_coder": "H"), coded exactly as in
code_H.py (see its docstring for H's lines) without looking at anyone else's coding."""
from common import Coding, E, L

c = Coding(coder="H", out="double-H.jsonl", second=True)

c.doc("rams-17753ed25722f3")
c.doc("rams-d9a31374763c77")
c.doc("rams-403475b1a9c4a2")
c.doc("rams-2257b0a33c1724")  # genocide recognition; the killings only named
c.doc("rams-a4a67a3cfa4c79")
c.doc("rams-62ae661f805cf8")  # alleged paid disruption of rallies, told generally
c.doc("rams-6a35f367e13363")  # planned arms shipments; "recent intense bombardment" unspecific
c.doc("rams-817e32d13db03d")  # a funeral; the girl's killing is not told here
c.doc("rams-e3e790f3d9e3ca",
      # new findings on the 2014 downing: the subject, not background (README)
      E("SH", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", "2014",
        L("eastern Ukraine", "UA", None, 3), None, "brought down the plane"),
      E("SH", "Military Forces of Russia", "Civilians (Ukraine)", "2014",
        L("eastern Ukraine", "UA", None, 3), None, "Russia has rejected all suggestions",
        mod="denied"))
c.doc("rams-d9f62f2db9005b")
c.doc("rams-501fecdacacedb")
c.doc("rams-c429cd4a37aa98")  # hypothetical protests and riots
c.doc("rams-9dac1e360539b3",
      E("PP", "Protesters (United States)", None, None, L("United States", "US", None, 4), None,
        "returned to protesting"))
c.doc("rams-c2c733d355cfa6")  # air crash
c.doc("rams-48f6e99f7bfeeb")
c.doc("rams-17cde9318bbc57")  # commemoration; the 1915 killings told as a toll over a period

c.write()
