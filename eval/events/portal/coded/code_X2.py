#!/usr/bin/env python3
"""Annotator X2 codes for batch-X2.jsonl (Portal:Current events, training round).
Each code is kept as trigger phrase + occurrence; byte offsets are computed here."""
import json, os, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))

TAXONOMY = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

# short kind -> (event_type, sub_event_type, default plover)
K = {
    "clash": ("Battles", "Armed clash", "ASSAULT"),
    "govt": ("Battles", "Government regains territory", "ASSAULT"),
    "nsa": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "air": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "grenade": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "chem": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "attack": ("Violence against civilians", "Attack", "ASSAULT"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "sexual": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "peace": ("Protests", "Peaceful protest", "PROTEST"),
    "interv": ("Protests", "Protest with intervention", "PROTEST"),
    "excess": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "riot": ("Riots", "Violent demonstration", "PROTEST"),
    "mob": ("Riots", "Mob violence", "ASSAULT"),
    "agree": ("Strategic developments", "Agreement", "AGREE"),
    "arrest": ("Strategic developments", "Arrests", "COERCE"),
    "change": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "disrupt": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "hq": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "loot": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "transfer": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "other": ("Strategic developments", "Other", "COERCE"),
}


def E(trig, kind, a1, a2, date="P", loc=None, fat=None, occ=1, mod="occurred", bg=False, plover=None):
    """date: 'P' = published day, 'Y' = day before, or an explicit 'YYYY-MM-DD' / 'YYYY-MM' / None.
    loc: (name, ISO2, admin1, precision) or None."""
    return dict(trig=trig, kind=kind, a1=a1, a2=a2, date=date, loc=loc, fat=fat, occ=occ, mod=mod, bg=bg,
                plover=plover)


def L(name, cc, admin1, prec):
    return (name, cc, admin1, prec)


# ---------------------------------------------------------------- common actors / places
ISR = "Military Forces of Israel"
RUS = "Military Forces of Russia"
UKR = "Military Forces of Ukraine"
USA = "Military Forces of the United States"
CPS = "Civilians (Palestine)"
CUA = "Civilians (Ukraine)"
GAZA = L("Gaza Strip", "PS", "Gaza Strip", 3)
GAZACITY = L("Gaza City", "PS", "Gaza Strip", 1)

CODES = {}


def C(id_, *events):
    if id_ in CODES:
        raise SystemExit(f"duplicate code for {id_}")
    CODES[id_] = list(events)


# ---------------------------------------------------------------- items 0-49
C("portal-2025-01-02-50")
C("portal-2025-01-03-19",
  E("interception", "disrupt", ISR, "Unidentified Armed Group (Yemen)", loc=L("Israel", "IL", None, 4), mod="foiled"))
C("portal-2025-01-03-62")
C("portal-2025-01-04-20",
  E("Israeli airstrikes", "air", ISR, CPS, loc=GAZACITY),
  E("Israeli airstrikes", "air", ISR, CPS, loc=L("Khan Younis", "PS", "Gaza Strip", 1)))
C("portal-2025-01-09-16",
  E("Israeli airstrikes", "air", ISR, CPS, loc=GAZA, fat=22))
C("portal-2025-01-10-62")
C("portal-2025-01-18-44",
  E("pro-Palestine protest", "interv", "Protesters (United Kingdom)", "Police Forces of the United Kingdom",
    loc=L("London", "GB", "England", 1)))
C("portal-2025-01-20-60")
C("portal-2025-01-21-14")
C("portal-2025-01-29-26",
  E("capture", "nsa", RUS, UKR, loc=L("Chasiv Yar", "UA", "Donetsk", 1)))
C("portal-2025-01-29-54")
C("portal-2025-02-22-17",
  E("mass stabbing attack", "attack", "Unidentified Armed Group (France)", "Civilians (France)",
    loc=L("Mulhouse", "FR", "Grand Est", 1), fat=1))
C("portal-2025-02-22-23",
  E("launch surface-to-air missiles", "shell", "Ansar Allah", USA, loc=L("Red Sea", "YE", None, 3), mod="attempted"))
C("portal-2025-02-24-24",
  E("molotov cocktails are thrown", "loot", "Unidentified Armed Group (France)", None,
    loc=L("Marseille", "FR", "Provence-Alpes-Côte d'Azur", 1)))
C("portal-2025-02-25-19")
C("portal-2025-03-02-21",
  E("operation", "clash", "Military Forces of Somalia", "Al Shabaab", loc=L("Somalia", "SO", None, 4), fat=40))
C("portal-2025-03-05-21",
  E("arrest", "arrest", "Military Forces of South Sudan", "Civilians (South Sudan)",
    loc=L("South Sudan", "SS", None, 4)),
  E("surround", "other", "Military Forces of South Sudan", "Government of South Sudan",
    loc=L("South Sudan", "SS", None, 4)))
C("portal-2025-03-05-54")
C("portal-2025-03-05-58")
C("portal-2025-03-06-14",
  E("ambushes", "clash", "Assad Loyalists (Syria)", "Military Forces of Syria",
    loc=L("Latakia", "SY", "Latakia", 3), fat=44))
C("portal-2025-03-06-23")
C("portal-2025-03-07-58",
  E("mass shooting", "attack", "Unidentified Armed Group (Canada)", "Civilians (Canada)",
    loc=L("Toronto", "CA", "Ontario", 1)))
C("portal-2025-03-11-29",
  E("Russian missile strike", "shell", RUS, CUA, loc=L("Odesa", "UA", "Odesa", 1), fat=4))
C("portal-2025-03-15-15")
C("portal-2025-03-16-28")
C("portal-2025-03-21-54",
  E("hold demonstrations", "peace", "Protesters (Turkey)", None, loc=L("Istanbul", "TR", "Istanbul", 1)),
  E("hold demonstrations", "peace", "Protesters (Turkey)", None, loc=L("Izmir", "TR", "Izmir", 1)),
  E("hold demonstrations", "peace", "Protesters (Turkey)", None, loc=L("Ankara", "TR", "Ankara", 1)))
C("portal-2025-03-28-14",
  E("strikes", "air", ISR, None, loc=L("Beirut", "LB", "Beirut", 2)))
C("portal-2025-03-28-17",
  E("U.S. military airstrikes", "air", USA, "Civilians (Yemen)", loc=L("Sanaa", "YE", "Amanat al Asimah", 1)))
C("portal-2025-03-28-45",
  E("clash", "riot", "Rioters (Nepal)", "Police Forces of Nepal", loc=L("Kathmandu", "NP", "Bagmati", 1), fat=2))
C("portal-2025-04-01-21",
  E("U.S. missile strikes", "shell", USA, "Civilians (Yemen)", loc=L("Hodeidah", "YE", "Al Hudaydah", 1), fat=4))
C("portal-2025-04-01-45")
C("portal-2025-04-03-18",
  E("withdrawal", "transfer", "M23: March 23 Movement", None, loc=L("Walikale", "CD", "North Kivu", 1)))
C("portal-2025-04-09-14")
C("portal-2025-04-09-44",
  E("mass shooting", "attack", "Unidentified Armed Group (United States)", "Civilians (United States)",
    loc=L("Memphis", "US", "Tennessee", 1), fat=1))
C("portal-2025-04-12-17",
  E("completion of the Morag Corridor", "other", ISR, None, loc=L("Rafah", "PS", "Gaza Strip", 2)))
C("portal-2025-04-12-19",
  E("is shot down", "shell", RUS, UKR, loc=L("Ukraine", "UA", None, 4), fat=1))
C("portal-2025-04-18-15",
  E("American airstrikes", "air", USA, "Civilians (Yemen)", loc=L("Ras Isa", "YE", "Al Hudaydah", 1), fat=74))
C("portal-2025-04-19-26")
C("portal-2025-04-19-29",
  E("mass shooting", "attack", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)",
    loc=L("Marble Hall", "ZA", "Limpopo", 1), fat=1))
C("portal-2025-04-24-60")
C("portal-2025-04-28-58")
C("portal-2025-05-02-14",
  E("drone attack", "air", ISR, "Gaza Freedom Flotilla", loc=L("Malta", "MT", None, 2), mod="claimed"))
C("portal-2025-05-02-54")
C("portal-2025-05-08-11",
  E("arson and mass shooting attack", "attack", "Eastern Security Network", "Civilians (Nigeria)",
    loc=L("Okigwe", "NG", "Imo", 2), fat=30))
C("portal-2025-05-10-13",
  E("Israeli airstrikes", "air", ISR, CPS, loc=GAZACITY, fat=23))
C("portal-2025-05-17-14",
  E("bombing", "ied", "National Resistance Front of Afghanistan", "Taliban",
    loc=L("Darah", "AF", "Panjshir", 2), fat=13))
C("portal-2025-05-17-22",
  E("shot at", "clash", "Unidentified Armed Group (Venezuela)", "Military Forces of Guyana", date="2025-05-15",
    loc=L("Cuyuni River", "GY", "Cuyuni-Mazaruni", 2), bg=True))
C("portal-2025-05-28-17",
  E("airstrikes", "air", ISR, None, loc=L("Sanaa International Airport", "YE", "Amanat al Asimah", 1),
    mod="claimed"))
C("portal-2025-05-28-36",
  E("was arrested", "arrest", "Police Forces of Albania", "Civilians (Albania)", date=None,
    loc=L("Albania", "AL", None, 4), bg=True))
C("portal-2025-05-30-52")

# ---------------------------------------------------------------- items 50-99
C("portal-2025-05-31-42")
C("portal-2025-06-03-17",
  E("detonated", "ied", "Security Service of Ukraine", None, loc=L("Crimean Bridge", "UA", "Crimea", 1)))
C("portal-2025-06-07-13",
  E("abducted", "abduct", "Mujahideen Brigades", "Civilians (Thailand)", date="2023-10-07",
    loc=L("Israel", "IL", None, 4), bg=True))
C("portal-2025-06-09-12",
  E("Israeli gunfire", "attack", ISR, CPS, loc=L("Rafah", "PS", "Gaza Strip", 2), fat=14))
C("portal-2025-06-09-38")
C("portal-2025-06-11-17")
C("portal-2025-06-13-14",
  E("bombing campaign", "air", ISR, "Civilians (Iran)", loc=L("Iran", "IR", None, 4), fat=3))
C("portal-2025-06-22-18")
C("portal-2025-06-27-32")
C("portal-2025-06-29-17")
C("portal-2025-07-03-36")
C("portal-2025-07-08-35",
  E("shootout", "clash", "Unidentified Armed Group (Spain)", "Police Forces of Spain",
    loc=L("Calldetenes", "ES", "Catalonia", 1), fat=2))
C("portal-2025-07-16-21",
  E("attack", "attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    loc=L("Riyom", "NG", "Plateau", 2), fat=27))
C("portal-2025-07-22-12",
  E("taken full control", "nsa", "Jubaland Security Forces", "Military Forces of Somalia",
    loc=L("Beled Hawo", "SO", "Gedo", 1), fat=10, mod="claimed"))
C("portal-2025-07-26-15")
C("portal-2025-07-26-18",
  E("engages", "clash", "Military Forces of Thailand", "Military Forces of Cambodia",
    loc=L("Trat", "TH", "Trat", 3)))
C("portal-2025-07-28-59")
C("portal-2025-08-03-25",
  E("mass stabbing attack", "attack", "Unidentified Armed Group (China)", "Civilians (China)",
    loc=L("Caizichi", "CN", "Hunan", 1), fat=2))
C("portal-2025-08-13-17",
  E("mortar", "shell", None, "Civilians (Pakistan)",
    loc=L("Bajaur", "PK", "Khyber Pakhtunkhwa", 2), fat=3))
C("portal-2025-08-18-44")
C("portal-2025-08-20-49")
C("portal-2025-08-21-16",
  E("shoots", "attack", "Unidentified Armed Group (Palestine)", "Civilians (Israel)",
    loc=L("West Bank", "PS", "West Bank", 3)))
C("portal-2025-08-21-23",
  E("combined attack", "air", RUS, CUA, loc=L("Ukraine", "UA", None, 4)),
  E("two cruise missiles striking", "shell", RUS, CUA, loc=L("Mukachevo", "UA", "Zakarpattia", 1)))
C("portal-2025-08-30-34",
  E("loots", "mob", "Rioters (Indonesia)", "Civilians (Indonesia)", loc=L("Indonesia", "ID", None, 4)))
C("portal-2025-08-30-38",
  E("drives a car into a crowd", "attack", "Unidentified Armed Group (France)", "Civilians (France)",
    loc=L("Évreux", "FR", "Normandy", 1), fat=1))
C("portal-2025-08-31-47",
  E("assaulted by police", "excess", "Police Forces of Indonesia", "Protesters (Indonesia)", date="2025-08-30",
    loc=L("Yogyakarta", "ID", "Yogyakarta", 1), fat=1))
C("portal-2025-08-31-55")
C("portal-2025-09-02-43",
  E("rocket attack", "shell", "Military Forces of Syria", "Civilians (Syria)", date=None,
    loc=L("Homs", "SY", "Homs", 1), fat=2, bg=True))
C("portal-2025-09-02-44",
  E("mass stabbing attack", "attack", "Unidentified Armed Group (France)", "Civilians (France)",
    loc=L("Marseille", "FR", "Provence-Alpes-Côte d'Azur", 1), fat=1))
C("portal-2025-09-04-13",
  E("military assault", "air", ISR, CPS, loc=GAZACITY, fat=44),
  E("military assault", "air", ISR, CPS, loc=GAZA, fat=31))
C("portal-2025-09-04-40",
  E("is detained", "arrest", "Police Forces of Indonesia", "Civilians (Indonesia)",
    loc=L("Indonesia", "ID", None, 4)))
C("portal-2025-09-04-42")
C("portal-2025-09-04-45")
C("portal-2025-09-06-12",
  E("improvised explosive device bombing", "ied", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
    loc=L("Bajaur", "PK", "Khyber Pakhtunkhwa", 2), fat=1))
C("portal-2025-09-21-13",
  E("Israeli attacks", "air", ISR, CPS, loc=GAZACITY, fat=37),
  E("Israeli attacks", "air", ISR, CPS, loc=GAZA, fat=31))
C("portal-2025-09-21-28",
  E("ambush", "clash", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria",
    loc=L("Benue", "NG", "Benue", 3), fat=11),
  E("arrest", "arrest", "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)",
    loc=L("Benue", "NG", "Benue", 3)))
C("portal-2025-10-03-14")
C("portal-2025-10-04-48")
C("portal-2025-10-08-16",
  E("drone strike", "air", None, CUA, loc=L("Sumy", "UA", "Sumy", 1)))
C("portal-2025-10-08-20",
  E("ambush", "clash", "Tehrik-i-Taliban Pakistan", "Military Forces of Pakistan",
    loc=L("Orakzai", "PK", "Khyber Pakhtunkhwa", 2), fat=30))
C("portal-2025-10-08-37")
C("portal-2025-10-18-13")
C("portal-2025-10-20-33")
C("portal-2025-10-28-55")
C("portal-2025-11-07-13",
  E("bombing", "ied", "Unidentified Armed Group (Indonesia)", "Civilians (Indonesia)",
    loc=L("Jakarta", "ID", "Jakarta", 1)))
C("portal-2025-11-19-67")
C("portal-2025-11-21-46")
C("portal-2025-11-22-35",
  E("conducts arrests", "arrest", "Police Forces of Kyrgyzstan", "Journalists (Kyrgyzstan)",
    loc=L("Kyrgyzstan", "KG", None, 4)))
C("portal-2025-11-27-19",
  E("shooting attack", "clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
    loc=L("Hangu", "PK", "Khyber Pakhtunkhwa", 2), fat=3))
C("portal-2025-12-11-36")


# ---------------------------------------------------------------- items 100-149
C("portal-2025-12-12-27")
C("portal-2025-12-17-29")
C("portal-2025-12-28-17",
  E("mass shooting", "attack", "Unidentified Armed Group (Ecuador)", "Civilians (Ecuador)",
    loc=L("Puerto Lopez", "EC", "Manabi", 1), fat=6))
C("portal-2026-01-01-45")
C("portal-2026-01-02-14")
C("portal-2026-01-03-23",
  E("joint strike", "air", "Military Forces of the United Kingdom", "Islamic State",
    loc=L("Palmyra", "SY", "Homs", 2)))
C("portal-2026-01-16-37")
C("portal-2026-01-18-19",
  E("airstrikes", "air", "Military Forces of Nigeria", "Boko Haram", loc=L("Borno", "NG", "Borno", 3), fat=40))
C("portal-2026-01-18-21",
  E("abduct", "abduct", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
    loc=L("Kaduna", "NG", "Kaduna", 3)))
C("portal-2026-01-24-51",
  E("raided", "attack", "Military Forces of Uganda", "Civilians (Uganda)", loc=L("Kampala", "UG", "Kampala", 1),
    mod="claimed"))
C("portal-2026-01-26-23",
  E("protesting", "peace", "Protesters (Australia)", None, loc=L("Perth", "AU", "Western Australia", 1)),
  E("throwing a bomb", "grenade", "Unidentified Armed Group (Australia)", "Protesters (Australia)",
    loc=L("Perth", "AU", "Western Australia", 1), fat=0, mod="attempted"),
  E("is arrested", "arrest", "Police Forces of Australia", "Unidentified Armed Group (Australia)",
    loc=L("Perth", "AU", "Western Australia", 1)))
C("portal-2026-01-26-52")
C("portal-2026-01-31-33")
C("portal-2026-02-01-20",
  E("drone attacks", "air", None, None, date=None,
    loc=L("Khartoum International Airport", "SD", "Khartoum", 1), bg=True))
C("portal-2026-02-02-14",
  E("hands over control", "transfer", "Syrian Democratic Forces", "Military Forces of Syria",
    loc=L("Al-Hasakah", "SY", "Al-Hasakah", 1)))
C("portal-2026-02-06-44",
  E("is arrested", "arrest", "Police Forces of the United States", "Unidentified Armed Group (Libya)", loc=None),
  E("attack", "attack", "Unidentified Armed Group (Libya)", "Civilians (United States)", date=None,
    loc=L("Benghazi", "LY", "Benghazi", 1), fat=4, bg=True))
C("portal-2026-02-08-51")
C("portal-2026-02-12-51")
C("portal-2026-02-13-13",
  E("airstrike", "air", USA, "Civilians (International)", loc=None, fat=3, mod="claimed"))
C("portal-2026-02-21-15",
  E("capture", "nsa", RUS, UKR, loc=L("Karpivka", "UA", "Donetsk", 1)))
C("portal-2026-02-21-25",
  E("two explosions", "ied", "Unidentified Armed Group (Ukraine)", "Police Forces of Ukraine",
    loc=L("Lviv", "UA", "Lviv", 1), fat=1))
C("portal-2026-02-23-18",
  E("airstrike", "air", USA, "Civilians (International)", loc=None, fat=3))
C("portal-2026-02-23-36",
  E("ambush", "clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
    loc=L("Karak", "PK", "Khyber Pakhtunkhwa", 2), fat=3))
C("portal-2026-02-23-72",
  E("is arrested", "arrest", "Police Forces of the United Kingdom", "Civilians (United Kingdom)",
    loc=L("United Kingdom", "GB", None, 4)))
C("portal-2026-02-23-73")
C("portal-2026-02-23-75",
  E("bombing", "ied", "Unidentified Armed Group (Ukraine)", "Police Forces of Ukraine",
    loc=L("Mykolaiv", "UA", "Mykolaiv", 1)))
C("portal-2026-03-06-30",
  E("is shot down", "disrupt", "Military Forces of Iran", ISR, loc=L("Khuzestan", "IR", "Khuzestan", 3), mod="foiled"))
C("portal-2026-03-06-42",
  E("recaptures", "govt", "Military Forces of Sudan", "Rapid Support Forces", loc=L("Barah", "SD", "North Kordofan", 1)))
C("portal-2026-03-06-45",
  E("exchange prisoners of war", "agree", "Government of Russia", "Government of Ukraine",
    loc=L("Ukraine", "UA", None, 4)))
C("portal-2026-03-11-25",
  E("Israeli strike", "air", ISR, "Civilians (Lebanon)", loc=L("Temnine Et Tahta", "LB", "Baalbek-Hermel", 1), fat=7),
  E("strike", "air", ISR, "Civilians (Lebanon)", occ=2, loc=L("Aali en Nahri", "LB", "Baalbek-Hermel", 1)))
C("portal-2026-03-11-34",
  E("arrest", "arrest", "Police Forces of Norway", "Unidentified Armed Group (Norway)", loc=L("Norway", "NO", None, 4)),
  E("bombing", "ied", "Unidentified Armed Group (Norway)", None, date="2026-03-08", loc=L("Oslo", "NO", "Oslo", 1),
    fat=0, bg=True))
C("portal-2026-03-12-85")
C("portal-2026-03-16-78",
  E("arrest", "arrest", "Police Forces of Kuwait", "Hezbollah", loc=L("Kuwait", "KW", None, 4)))
C("portal-2026-03-19-27",
  E("raid", "clash", None, "Sinaloa Cartel", loc=L("Sinaloa", "MX", "Sinaloa", 3), fat=11))
C("portal-2026-03-19-57",
  E("are arrested", "arrest", "Police Forces of the United Kingdom", "Civilians (United Kingdom)",
    loc=L("HMNB Clyde", "GB", "Scotland", 1)))
C("portal-2026-03-25-39",
  E("cross-border shelling", "shell", "Military Forces of Pakistan", "Civilians (Afghanistan)",
    loc=L("Kunar", "AF", "Kunar", 3), fat=2),
  E("destroyed three Pakistani military outposts", "clash", "Military Forces of Afghanistan",
    "Military Forces of Pakistan", loc=L("Pakistan", "PK", None, 4), mod="claimed"))
C("portal-2026-03-25-87")
C("portal-2026-03-26-20",
  E("seven salvos of ballistic missiles", "shell", "Military Forces of Iran", "Civilians (Israel)",
    loc=L("Israel", "IL", None, 4)))
C("portal-2026-03-27-25",
  E("Sudanese Army airstrike", "air", "Military Forces of Sudan", "Civilians (Sudan)",
    loc=L("Al Sunut", "SD", "South Kordofan", 1), fat=7))
C("portal-2026-03-28-60",
  E("No Kings protests", "peace", "Protesters (United States)", None, loc=L("United States", "US", None, 4)))
C("portal-2026-04-01-35",
  E("Russian drone strike", "air", RUS, CUA, loc=L("Zolotonosha", "UA", "Cherkasy", 1), fat=4))
C("portal-2026-04-01-37")
C("portal-2026-04-02-19")
C("portal-2026-04-02-21")
C("portal-2026-04-04-24")
C("portal-2026-04-08-15",
  E("two-week ceasefire", "agree", "Government of Iran", "Government of the United States",
    loc=L("Iran", "IR", None, 4)))
C("portal-2026-04-08-19")
C("portal-2026-04-08-20")
C("portal-2026-04-12-22")
C("portal-2026-04-13-15")


# ---------------------------------------------------------------- items 150-199
HORMUZ = L("Strait of Hormuz", "IR", "Hormozgan", 3)
SLEB = L("South Lebanon", "LB", "South", 3)
C("portal-2026-04-13-29",
  E("blow themselves up", "suicide", "Unidentified Armed Group (Algeria)", "Police Forces of Algeria",
    loc=L("Blida", "DZ", "Blida", 1), fat=2))
C("portal-2026-04-13-71",
  E("mass shooting", "attack", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)",
    loc=L("Khinjan", "AF", "Baghlan", 2), fat=3))
C("portal-2026-04-13-78")
C("portal-2026-04-19-27",
  E("agree", "agree", "Government of the Democratic Republic of Congo", "M23: March 23 Movement",
    loc=L("Montreux", "CH", "Vaud", 1)))
C("portal-2026-04-19-63")
C("portal-2026-04-20-75")
C("portal-2026-04-26-63")
C("portal-2026-04-29-21")
C("portal-2026-04-30-29")
C("portal-2026-04-30-71")
C("portal-2026-05-07-25",
  E("Israel airstrike", "air", ISR, CPS, date="Y", loc=None, fat=1))
C("portal-2026-05-19-16")
C("portal-2026-05-28-20",
  E("intercept", "disrupt", "Military Forces of Kuwait", None, loc=L("Kuwait", "KW", None, 4), mod="foiled"))
C("portal-2026-05-28-27",
  E("Israeli military air raid", "air", ISR, CPS, loc=L("North Gaza", "PS", "Gaza Strip", 3), fat=10))
C("portal-2026-05-28-33",
  E("mass stabbing", "attack", "Unidentified Armed Group (Switzerland)", "Civilians (Switzerland)",
    loc=L("Winterthur", "CH", "Zurich", 1)))
C("portal-2026-06-04-55")
C("portal-2026-06-08-73")
C("portal-2026-06-11-18")
C("portal-2026-06-13-14",
  E("attacks", "air", ISR, "Hezbollah", loc=SLEB, fat=10, mod="claimed"))
C("portal-2026-06-16-17",
  E("Israeli airstrikes", "air", ISR, "Civilians (Lebanon)", loc=SLEB, fat=4))
C("portal-2026-06-17-19")
C("portal-2026-06-18-66")
C("portal-2026-06-27-39",
  E("shootout", "clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan",
    loc=L("Karachi", "PK", "Sindh", 1), fat=7))
C("portal-2026-06-27-74")
C("portal-2026-06-28-24")
C("portal-2026-06-28-36")
C("portal-2026-06-28-68")
C("portal-2026-07-05-15",
  E("airstrikes", "air", None, CPS, loc=GAZACITY, fat=2))
C("portal-2026-07-08-15")
C("portal-2026-07-08-26",
  E("airstrike", "air", ISR, None, date=None, loc=L("Iran", "IR", None, 4), bg=True))
C("portal-2026-07-13-38",
  E("arrested", "arrest", "Police Forces of India", "CPI (Maoist)", loc=L("Latehar", "IN", "Jharkhand", 1)))
C("portal-2026-07-14-25")
C("portal-2026-07-14-35",
  E("rescued", "clash", "Military Forces of Colombia", "National Liberation Army",
    loc=L("Choco", "CO", "Choco", 3), fat=2, mod="claimed"),
  E("kidnapped", "abduct", "National Liberation Army", "Civilians (Colombia)", date=None,
    loc=L("Choco", "CO", "Choco", 3), bg=True))
C("portal-2026-07-17-94")
C("portal-2026-07-18-16",
  E("killed in action", "clash", None, USA, loc=L("Jordan", "JO", None, 4), fat=2))
C("portal-2026-07-23-16",
  E("stopped three oil tankers", "other", "Islamic Revolutionary Guard Corps", None, loc=HORMUZ, mod="claimed"))
C("portal-2026-07-23-24")
C("portal-2026-07-23-56",
  E("attack", "clash", "Unidentified Armed Group (Sudan)", "African Union Peacekeepers", date=None,
    loc=L("Darfur", "SD", None, 3), bg=True))
C("portal-2026-07-30-43")
C("portal-2026-08-06-20",
  E("Russian airstrikes", "air", RUS, CUA, loc=L("Kharkiv Oblast", "UA", "Kharkiv", 3), fat=3),
  E("Russian airstrikes", "air", RUS, CUA, loc=L("Ukraine", "UA", None, 4), fat=3),
  E("Russian drones", "air", RUS, None, loc=L("Kherson", "UA", "Kherson", 1)))
C("portal-2026-08-08-13",
  E("attacked by a missile", "shell", None, "Civilians (United Arab Emirates)", loc=HORMUZ, fat=0))
C("portal-2026-08-09-17",
  E("shelled", "shell", "Ansar Allah", "Government of Yemen", loc=L("Al Khawkhah", "YE", "Al Hudaydah", 2)))
C("portal-2026-08-09-52",
  E("arrests", "arrest", "General Directorate of Intelligence (Afghanistan)",
    "UNAMA: United Nations Assistance Mission in Afghanistan", loc=L("Herat", "AF", "Herat", 1)))
C("portal-2026-08-13-26",
  E("assault", "clash", "Rapid Support Forces", "Military Forces of Sudan",
    loc=L("Jebrat al Sheikh", "SD", "North Kordofan", 2)))
C("portal-2026-08-15-14")
C("portal-2026-08-15-38",
  E("mass shooting", "attack", "Unidentified Armed Group (South Africa)", "Civilians (South Africa)",
    loc=L("Newclare", "ZA", "Gauteng", 1), fat=3))
C("portal-2026-08-17-20")
C("portal-2026-08-18-18")
C("portal-2027-12-05-57",
  E("killing", "attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", date=None,
    loc=L("Mexico City", "MX", "Mexico City", 1), fat=1, bg=True))
C("portal-2027-12-05-62")

# ---------------------------------------------------------------- machinery


def day_before(d):
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def build_event(item, c):
    if c["kind"] not in K:
        raise SystemExit(f"{item['id']}: unknown kind {c['kind']}")
    et, st, pl = K[c["kind"]]
    pl = c["plover"] or pl
    if et not in TAXONOMY or st not in TAXONOMY[et]:
        raise SystemExit(f"{item['id']}: bad type {et}/{st}")
    if pl not in PLOVER:
        raise SystemExit(f"{item['id']}: bad plover {pl}")
    if c["mod"] not in MODALITY:
        raise SystemExit(f"{item['id']}: bad modality {c['mod']}")
    text = item["text"]
    b = text.encode()
    t = c["trig"].encode()
    start = find_nth(b, t, c["occ"])
    if start < 0:
        raise SystemExit(f"{item['id']}: trigger {c['trig']!r} occurrence {c['occ']} not found")
    end = start + len(t)
    if b[start:end].decode() != c["trig"]:
        raise SystemExit(f"{item['id']}: evidence mismatch")
    d = c["date"]
    if d == "P":
        d = item["published"]
    elif d == "Y":
        d = day_before(item["published"])
    elif d is not None:
        if len(d) == 10:
            datetime.date.fromisoformat(d)
        elif len(d) != 7:
            raise SystemExit(f"{item['id']}: bad date {d}")
    loc = None
    if c["loc"] is not None:
        name, cc, a1, prec = c["loc"]
        if prec not in (1, 2, 3, 4) or len(cc) != 2 or not cc.isupper():
            raise SystemExit(f"{item['id']}: bad location {c['loc']}")
        loc = {"name": name, "country": cc, "admin1": a1, "precision": prec}
    if c["fat"] is not None and (not isinstance(c["fat"], int) or c["fat"] < 0):
        raise SystemExit(f"{item['id']}: bad fatalities")
    return {"event_type": et, "sub_event_type": st, "plover": pl, "modality": c["mod"],
            "actor1": c["a1"], "actor2": c["a2"], "date": d, "location": loc,
            "fatalities": c["fat"], "background": bool(c["bg"]),
            "evidence": {"start": start, "end": end, "text": c["trig"]}}


def check_and_write(infile, outfile, codes, require_all=False):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            raise SystemExit(f"unknown id in codes: {k}")
    out, done, nev, nempty = [], 0, 0, 0
    for it in items:
        if it["id"] not in codes:
            if require_all:
                raise SystemExit(f"missing code for {it['id']}")
            break  # stop at the first uncoded item: output is the coded prefix, in order
        evs = [build_event(it, c) for c in codes[it["id"]]]
        for e in evs:
            assert it["text"].encode()[e["evidence"]["start"]:e["evidence"]["end"]].decode() == e["evidence"]["text"]
        o = dict(it)
        o["events"] = evs
        out.append(o)
        done += 1
        nev += len(evs)
        nempty += (not evs)
    extra = set(codes) - {o["id"] for o in out}
    if extra:
        raise SystemExit(f"codes for items after the first gap: {sorted(extra)[:5]}")
    with open(outfile, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{outfile}: {done}/{len(items)} items coded, {nev} events, {nempty} items without event")


if __name__ == "__main__":
    check_and_write(os.path.join(HERE, "batch-X2.jsonl"), os.path.join(HERE, "coded-X2.jsonl"), CODES,
                    require_all=True)
