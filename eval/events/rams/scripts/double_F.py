"""Blind second coding by coder F (9 train passages of coder E)."""
from common import Coding, E, L

c = Coding(coder="F", out="double-F.jsonl", second=True)

# FBI investigation of Carter Page claimed by investigators: not a conflict actor, no event.
c.doc("rams-45ae641c225a87")
# Interview on women in politics.
c.doc("rams-cdf3cdef890e85")
# Aleppo: "the government has taken back a number of areas with starve-or-surrender
# tactics" and "shelling and shooting by all sides" are generic statements (no place, no
# day) and not coded. Russia's agreement to extend its cease-fire is coded as an Agreement
# (actor2 null, as for Japan/Potsdam in dev2).
c.doc("rams-134575602594f2",
      E("AGR", "Government of Russia", None, None, L("Aleppo", "SY", "Aleppo", 1),
        None, "Russia agreed to extend its cease-fire"))
# Assange on Clinton and the DNC leaks.
c.doc("rams-339f5fca584f62")
# Zika funding bill.
c.doc("rams-a4e9fca5e21e6a")
# Trump foreign-policy rhetoric ("invade, intervene or topple" is a generic claim).
c.doc("rams-50e6ac5cd2d585")
# Philippine human-rights commission and the carbon majors.
c.doc("rams-e499f128d2bc2e")
# Seth Rich: a street killing police think was an attempted robbery; crime without a
# political side by the text (theories on Reddit are speculation), not coded (as in dev2).
c.doc("rams-49dca3e7b66848")
# Humayun Khan "killed by a suicide bomber while protecting other soldiers": background;
# the passage names no place or year, so location and date are null; actor1 takes Iraq
# from general knowledge (judgment call). The Khans' "attacked" is verbal.
c.doc("rams-c076ae9f4ca1ec",
      E("SB", "Unidentified Armed Group (Iraq)", "Military Forces of the United States", None,
        None, 1, "killed by a suicide bomber", background=True))

c.write()
