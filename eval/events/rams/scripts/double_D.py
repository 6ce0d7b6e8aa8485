"""RAMS passages blind second-coded by annotator D (second_coder == "D"), in texts.jsonl
order, coded exactly as the main set (code_D.py; same conventions and date rule)."""
from common import Coding, E, L

c = Coding(coder="D", out="double-D.jsonl", second=True)
N = None

c.doc("rams-64b91e982f9039")  # doping ban
c.doc("rams-e91de92246819d")  # "57 years of its revolutionary process": no incident
c.doc("rams-e4fbf2fb499e36")  # ISIS "allowed ... to move into Syria": vague
c.doc("rams-f2fa13576635af")
c.doc("rams-74f444e877126b")  # threat to revoke press credentials: not violence
c.doc("rams-648ab96bc2efb5")
c.doc("rams-e16af4d9f6dfe0")
c.doc("rams-973907ae34e199")
c.doc("rams-55deebcde9c549")  # sexual assault statistics: not events
# "when he crossed the famous red line and used them": the (2013) chemical attack that
# crossed Obama's red line, recalled; judgment call, place only Syria, date not stated.
c.doc("rams-5febfecd259537",
      E("CW", "Military Forces of Syria", "Civilians (Syria)", N, L("Syria", "SY", N, 4), N,
        "used them without a doubt", background=True))

c.write()
