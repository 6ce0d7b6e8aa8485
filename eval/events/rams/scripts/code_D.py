"""RAMS passages hand-coded by annotator D (main set), in texts.jsonl order.

Coded by reading each passage only, by /work/shared/CODING_GUIDE.md ("Events") and the
conventions of /work/main/eval/events/README.md. Dates: the passages carry no publication
date and common.py accepts only YYYY[-MM[-DD]], so a weekday or a day/month without a year
is coded null (the year-less XXXX forms of gold.jsonl cannot be written here).
"""
from common import Coding, E, L

c = Coding(coder="D", out="rams-D.jsonl")
N = None

# --- 0-24
c.doc("rams-fc6e5f7779cdc1")  # bitcoin sting, ordinary crime
c.doc("rams-69ef7f01763977")
c.doc("rams-59483198f6da70")
c.doc("rams-a9f05c96dcc71c")  # email hacking: not an ACLED event
c.doc("rams-91c44de67a0bc0")
# A new security force (National Guard) and its leader: judgment call, coded as a change
# to group/activity by the state; "will be formed" is future, the appointment happened.
c.doc("rams-da309993cd4c45",
      E("CHG", "Government of Russia", N, N, L("Russia", "RU", N, 4), N,
        "appointed as the leader"))
c.doc("rams-c115f0507497fc")  # Kursk sank: accident
c.doc("rams-27cb2b3911860d")  # DNC hack: cyber, not coded
c.doc("rams-67c08ff4388724")
c.doc("rams-6d763f0eedefcd")
c.doc("rams-85fe0c5a46d00b")
c.doc("rams-7f6527e6975885")  # 1989 Central Park case: ordinary crime
c.doc("rams-29c3f59af3ee71")
# Conspiracy-site report relaying a Turkish ministry's claims: everything rests on one
# party's claim except the coup attempt itself.
c.doc("rams-01ea51ebba43d8",
      E("ARR", "Police Forces of Turkey", "CIA: Central Intelligence Agency", N,
        L("Turkey", "TR", N, 4), N, "captured CIA pilots", mod="claimed"),
      E("AC", "CIA: Central Intelligence Agency", "Military Forces of Russia", N,
        L("Syria", "SY", N, 4), N, "shooting down the Russian Sukhoi", background=True),
      E("OTH", "Mutiny of Military Forces of Turkey", "Government of Turkey", N,
        L("Turkey", "TR", N, 4), N, "failed “coup” attempt", mod="attempted",
        background=True, plover="COERCE"),
      E("AIR", "CIA: Central Intelligence Agency", "Government of Turkey", N,
        L("Turkey", "TR", N, 4), N, "attempted to kill President Erdogan", mod="claimed"))
c.doc("rams-407bbec8aa64c1")
c.doc("rams-8e03d244e9a864")
# Kennedy and King "both of whom were assassinated": two background attacks, one span.
# "the September 11, 2001 attacks" is a reference by name only, not coded.
c.doc("rams-854169deb99cb7",
      E("ATK", "Unidentified Armed Group (United States)", "Government of the United States",
        N, L("United States", "US", N, 4), 1, "assassinated", background=True),
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)",
        N, L("United States", "US", N, 4), 1, "assassinated", background=True))
c.doc("rams-0813ba8bf81dd1")  # cyberattacks, not coded
c.doc("rams-20d5d77dd6c7ca")
c.doc("rams-5d71d4b64ba54f")
c.doc("rams-543dca3e9820d5")  # "Russia's military annexation of Crimea" named only
c.doc("rams-36edaa45fa8850")
c.doc("rams-f0954c1269516f")
c.doc("rams-36e88fe3f39eef")
c.doc("rams-640c62bdaefb8f")

# --- 25-49
c.doc("rams-7f918ff502307f")  # fines and arrests for unpaid fines: generic
c.doc("rams-7c309c53baf0fb")  # "a number of airstrikes ... attributed": pattern, no incident
c.doc("rams-39fba2e3d26ec0")
c.doc("rams-857c78284a2720")
c.doc("rams-b37416f4c641d5")  # chemical weapons inspection, no incident
c.doc("rams-2d23a31c03cde7")
c.doc("rams-116fbc7e7d0902")  # "recent military encounters" not described
c.doc("rams-af328f7c7feb9c")
c.doc("rams-1ab5367009c9cd")  # US withdrawal from Iraq: deployment, not coded
c.doc("rams-3affd40bb31611")
c.doc("rams-434fcb8448d570")  # hoax tweet of explosions, hijacked account: not coded
c.doc("rams-c9f41a076b042b")  # jet downing implied only; sanctions not coded
c.doc("rams-5e68da64bdfa00")
c.doc("rams-6bbf6726985df2")  # online "insurrection" on a Facebook page: not a protest
c.doc("rams-57744f53492d91")
c.doc("rams-b3882dcb5b5b7b")
c.doc("rams-8ae33fcc97d4ff")  # the Iraq surge: a deployment
c.doc("rams-b3284bb9bebad7")
c.doc("rams-9451b9ef92adb8")
c.doc("rams-bee7c2325b2921")
c.doc("rams-16630fca8dcb7e")
c.doc("rams-f4f738c7b55c1b")
# Assad's stated goal to recapture all of Syria: planned, as gold's "intended to retake".
c.doc("rams-195cd37fa0b0d2",
      E("GRT", "Military Forces of Syria", "Opposition Rebels (Syria)", N,
        L("Syria", "SY", N, 4), N, "recapture all of Syria", mod="planned"))
c.doc("rams-5729329ef36c36")
c.doc("rams-7b30342a78b5d9")  # diplomatic positions only

# --- 50-74
c.doc("rams-980ab50915facd")
c.doc("rams-ebfba49e01030b")  # the Iraq invasion vote: not an event
c.doc("rams-e816596e56d164")
c.doc("rams-7af2b39f3ca0ae")
c.doc("rams-919e7587e03911")  # Assange in the embassy: no arrest
c.doc("rams-637b1ef7c6f967")  # "the battle of the Alamo" named only
c.doc("rams-db4c6d78c213a3")
c.doc("rams-fc434bda8f1457")  # a guilty plea: not coded
c.doc("rams-45175220102b5e")  # an air-defence system built: not a base event
c.doc("rams-8cd1a8392ed126")
c.doc("rams-13e40bf5d32f75")
c.doc("rams-b7f9c91321b311")
c.doc("rams-7c4ad789541514")
c.doc("rams-a3fdecf35f0e03")
c.doc("rams-25fa08520fd3da")
c.doc("rams-77c52747896929")
c.doc("rams-3a647ea959446b")
c.doc("rams-ac6e88ad2f60de")
c.doc("rams-ebb94e277b3c9e")
c.doc("rams-f2670144e16f26")
c.doc("rams-2949a8a5cd5217")  # "when he took over Crimea": a reference
c.doc("rams-9aa76514a38ddf")
c.doc("rams-99546ff119d9b5")  # missile/satellite launch and atomic test: not ACLED events
c.doc("rams-9ddeb829abf6a8")
# Delegates chanting "No more war" disrupted Panetta at the Democratic National Convention
# (Philadelphia, not named in the passage; placed at the named venue).
c.doc("rams-b2d40ad9154061",
      E("PP", "Protesters (United States)", N, N,
        L("Democratic National Convention", "US", "Pennsylvania", 1), N, "the crowd chanting"))

# --- 75-99
c.doc("rams-b78391a8704084")
c.doc("rams-7f5089bdcc5845")
c.doc("rams-2f60e480c377e8")
c.doc("rams-7d2cef0c4b24fe")  # Pakistan "jailed or exiled rival politicians": a pattern
c.doc("rams-6d6b25280d8a71")
c.doc("rams-ddba9ad231256e")
c.doc("rams-a478a1d0e79959")
c.doc("rams-f6a431a6588175")  # Assange holed up; a resignation
c.doc("rams-4cb9f033a88ddc")
c.doc("rams-96a0d859e3f4cb")
c.doc("rams-f0ca485825cc89")  # shoplifting arrest, fraud case: ordinary crime
c.doc("rams-d42c7d330704fd")
c.doc("rams-dd522368d3a4f4")  # settlement building, a report: not an event
c.doc("rams-d1b6edb2d230fb")
c.doc("rams-d877468fdf5a0a")
c.doc("rams-afeb31761bfe42")  # an FBI director fired: not coded
# Russian jets "met with" Israeli and Jordanian F-16s: an interception without force, and a
# deconfliction hotline; deployments and interceptions are not coded (judgment call).
c.doc("rams-9e894e648d8b24")
c.doc("rams-d27d467808ff83")  # Mafia bust: crime without a political side (as dev2)
c.doc("rams-94bdaa66e6afe7")
# FBI failures recalled: the Boston Marathon bombing (3 dead) and two shootings. Fort Hood
# is a military post: an attack on troops is an armed clash by gold's rule (judgment call:
# the passage itself says only "mass killings"). Dates not stated.
c.doc("rams-46eff7d4fc582f",
      E("IED", "Unidentified Armed Group (United States)", "Civilians (United States)", N,
        L("Boston", "US", "Massachusetts", 1), 3, "Boston Marathon bomber", background=True),
      E("AC", "Unidentified Armed Group (United States)", "Military Forces of the United States",
        N, L("Fort Hood", "US", "Texas", 1), N, "Fort Hood shooter", background=True),
      E("ATK", "Unidentified Armed Group (United States)", "Civilians (United States)", N,
        L("Arkansas", "US", "Arkansas", 3), N, "Arkansas shooter", background=True))
c.doc("rams-f596a739e7a6ee")
c.doc("rams-298690035b8a69")
# Crimea annexed in 2014 (stated with its year): non-violent transfer, the taking side as
# actor1 (COERCE, as Bogside). "support for separatists" is generic; the Minsk ceasefire
# agreement is named only.
c.doc("rams-04d4c7851fd48f",
      E("NVT", "Military Forces of Russia", "Military Forces of Ukraine", "2014",
        L("Crimea", "UA", "Crimea", 3), N, "annexing the Black Sea peninsula of Crimea",
        background=True, plover="COERCE"))
c.doc("rams-8a511908aee5b2")  # missile volley (link), sanctions, a ship detained: not coded
c.doc("rams-8b670fc4999950")

c.write()
