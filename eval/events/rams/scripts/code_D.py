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

# --- 100-124
c.doc("rams-6e6adf79483c18")
c.doc("rams-08627f1cc26020")  # charges in a phone hijacking scheme: crime
# "Clinton negotiated a ceasefire between Israel and Hamas" (the 2012 truce, recalled in a
# campaign list; judgment call). No place in the text: Israel, precision 4.
c.doc("rams-02f0ed1cfc70d6",
      E("AGR", "Military Forces of Israel", "Hamas", N, L("Israel", "IL", N, 4), N,
        "negotiated a ceasefire", background=True))
c.doc("rams-b5638abe736d17")  # barrel bombs "against civilians": a pattern (as dev2)
c.doc("rams-0cb385964e1700")  # troop moves; the Minsk agreement named only
c.doc("rams-b0763fd14db899")
c.doc("rams-007135397d9ebb")
c.doc("rams-471c4b5a853246")  # 9/11 named only
c.doc("rams-3cae7ce82f40e8")
c.doc("rams-94de2925c554b2")  # Castro assassination attempts "on numerous occasions": pattern
c.doc("rams-4d07884d6a0353")
c.doc("rams-25169671760d03")
c.doc("rams-1910f4795ce284")
c.doc("rams-a511a793951957")  # a tourism ban lifted: sanctions
c.doc("rams-2a020c9d28acd3")  # McCarthy "threatened" a man on TV: not violence
c.doc("rams-c3380ba9923adf")
c.doc("rams-edcefcd20f5408")  # island building over two years: no incident
c.doc("rams-248dc4d5720409")
c.doc("rams-74ecd3d165e230")  # military exercise
c.doc("rams-8b62fb8ae433d5")
c.doc("rams-df67d2f0720cf6")  # a 1996 domestic violence accusation: crime, an accusation
c.doc("rams-d5c2673703a471")  # "massacre of Christians": generic
c.doc("rams-ecabd6d069c055")
c.doc("rams-c82ee5a8c6a94b")  # a voter hoping for a coup: not an event
# Sanders supporters disrupting the convention "for a third consecutive night": the night
# reported is coded (the two earlier nights are only implied). The caption names the
# "2016 Democratic National Convention at Wells Fargo Center", hence year and place.
c.doc("rams-89ed60a4b03425",
      E("PP", "Protesters (United States)", N, "2016",
        L("Wells Fargo Center", "US", "Pennsylvania", 1), N,
        "continued to disrupt portions of the convention"))

# --- 125-149
c.doc("rams-04e3a84024f77c")
c.doc("rams-9fef022680adb8")
c.doc("rams-87536f276dd25d")
c.doc("rams-f09b2b4a5ab3b7")  # poaching
c.doc("rams-cb41ba44a03e1c")  # bases "considered"; a 2001 withdrawal from bases: not coded
c.doc("rams-8084c5f69b5fcd")
c.doc("rams-4ecd86429ae06a")
c.doc("rams-ef0101312873e4")
c.doc("rams-110b140dd81340")  # a threat to jail an opponent: not violence
c.doc("rams-b943a3ee429a10")
c.doc("rams-c1a933932c5e95")
c.doc("rams-e95762b553cd39")
c.doc("rams-249f2c6bbf7d9f")
c.doc("rams-be077f456c250d")
c.doc("rams-6d854d7dd0879c")  # an escape and a bombing wish recalled vaguely, no place/time
c.doc("rams-e324ed87100881")
c.doc("rams-0e4061be050a2a")
c.doc("rams-f76bf613bdb3c5")
c.doc("rams-7ae466b6015187")
c.doc("rams-035ce335bd8d0c")  # "Orlando shooting" named only; press credentials revoked
c.doc("rams-48defb8351da82")
# The woman holding a child's severed head and shouting "Allahu Akbar ... The Russians will
# be slaughtered" (Moscow metro; the passage names no place, Russia inferred from "The
# Russians"; judgment call). The killing is implied by the severed head: 1 dead.
c.doc("rams-7a06d950de0b8f",
      E("ATK", "Unidentified Armed Group (Russia)", "Civilians (Russia)", N,
        L("Russia", "RU", N, 4), 1, "When I saw the head"))
c.doc("rams-edeed2133bc818")
c.doc("rams-648441d1f6bbd2")  # WWII posters and a Nazi base found: no event
c.doc("rams-947ff505459735")  # Snowden, a contractor's case

c.write()
