"""Annotator A's blind second coding of the passages with second_coder "A" (texts.jsonl,
file order), coded exactly as in code_A.py, without looking at anyone else's coding."""
from common import Coding, E, L

c = Coding(coder="A", out="double-A.jsonl", second=True)

c.doc("rams-560c06db3e66e6")
c.doc("rams-67c08ff4388724")
c.doc("rams-7b8e63bf4b9251")  # sanctions' toll over years: not an event
c.doc("rams-36e88fe3f39eef")
c.doc("rams-68b6c56ac28840")
c.doc("rams-6bbf6726985df2")  # an online "insurrection": metaphor
c.doc("rams-80b6383dd0fa48")
c.doc("rams-7af2b39f3ca0ae")
c.doc("rams-7008840760f424")
c.doc("rams-ebb94e277b3c9e")  # disinformation campaigns
c.doc("rams-b557d101e83895")
c.doc("rams-4cb9f033a88ddc")
c.doc("rams-a97fb1079b7cea")  # hacking blamed on Russia, sanctions polled
# a missile volley named in a link (a weapons test, not an attack); the Philippine coast guard
# detaining a North Korean cargo ship is sanctions enforcement, not coded (judgment call)
c.doc("rams-8a511908aee5b2")
c.doc("rams-6ff55846568329")
c.doc("rams-a511a793951957")  # travel ban (a sanction)
# a woman arrested for vandalizing a Trump campaign sign (and nearly running over the
# homeowner): a political motive, so the arrest is coded (judgment call); the vandalism of a
# sign by one person is not coded as property destruction by an armed actor
c.doc("rams-e4e5d5d3bd19ac",
      E("ARR", "Police Forces of the United States", "Civilians (United States)", None,
        L("Andover", "US", "Massachusetts", 1), None, "was arrested"))
c.doc("rams-f09b2b4a5ab3b7")  # poaching statistics
c.doc("rams-e8ef26524db765")
c.doc("rams-7ae466b6015187")

c.write()
