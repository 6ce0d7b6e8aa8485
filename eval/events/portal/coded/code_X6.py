#!/usr/bin/env python3
"""Annotator X6 codes for batch-X6.jsonl (portal3 training round). Standard library only."""
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
SUB2TYPE = {s: t for t, subs in TAXONOMY.items() for s in subs}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}
DEFAULT_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
    "Peaceful protest": "PROTEST", "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "ASSAULT", "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT", "Agreement": "AGREE", "Arrests": "COERCE",
    "Change to group/activity": "MOBILIZE", "Disrupted weapons use": "COERCE",
    "Headquarters or base established": "MOBILIZE", "Looting/property destruction": "COERCE",
    "Non-violent transfer of territory": "RETREAT", "Other": "COERCE",
}

# Short aliases for sub-event types
AL = {
    "clash": "Armed clash", "regain": "Government regains territory", "overtake": "Non-state actor overtakes territory",
    "air": "Air/drone strike", "shell": "Shelling/artillery/missile attack", "ied": "Remote explosive/landmine/IED",
    "suicide": "Suicide bomb", "grenade": "Grenade", "chem": "Chemical weapon",
    "attack": "Attack", "abduct": "Abduction/forced disappearance", "sexual": "Sexual violence",
    "peaceful": "Peaceful protest", "intervention": "Protest with intervention",
    "excessive": "Excessive force against protesters", "violent": "Violent demonstration", "mob": "Mob violence",
    "agree": "Agreement", "arrest": "Arrests", "change": "Change to group/activity", "disrupt": "Disrupted weapons use",
    "hq": "Headquarters or base established", "loot": "Looting/property destruction",
    "transfer": "Non-violent transfer of territory", "other": "Other",
}


def E(sub, trig, a1=None, a2=None, loc=None, date="P", fat=None, mod="occurred", plover=None, bg=False, occ=1):
    """One event code. loc = (name, ISO2, admin1, precision). date: 'P' published, 'Y' day before, or ISO."""
    return dict(sub=AL.get(sub, sub), trig=trig, a1=a1, a2=a2, loc=loc, date=date, fat=fat, mod=mod,
                plover=plover, bg=bg, occ=occ)


def byte_span(text, trig, occ):
    b = text.encode()
    t = trig.encode()
    pos = -1
    for _ in range(occ):
        pos = b.find(t, pos + 1)
        if pos < 0:
            raise SystemExit("trigger %r occurrence %d not found" % (trig, occ))
    return pos, pos + len(t)


def build_event(item, c):
    sub = c["sub"]
    if sub not in SUB2TYPE:
        raise SystemExit("%s: unknown sub-event type %r" % (item["id"], sub))
    et = SUB2TYPE[sub]
    pl = c["plover"] or DEFAULT_PLOVER.get(sub) or DEFAULT_PLOVER.get(et)
    if pl not in PLOVER:
        raise SystemExit("%s: unknown PLOVER %r" % (item["id"], pl))
    if c["mod"] not in MODALITY:
        raise SystemExit("%s: unknown modality %r" % (item["id"], c["mod"]))
    d = c["date"]
    pub = item["published"]
    if d == "P":
        d = pub
    elif d == "Y":
        d = (datetime.date.fromisoformat(pub) - datetime.timedelta(days=1)).isoformat()
    if d is not None and not (len(d) in (7, 10)):
        raise SystemExit("%s: bad date %r" % (item["id"], d))
    loc = None
    if c["loc"] is not None:
        n, cc, a1, p = c["loc"]
        if p not in (1, 2, 3, 4) or len(cc) != 2:
            raise SystemExit("%s: bad location %r" % (item["id"], c["loc"]))
        loc = {"name": n, "country": cc, "admin1": a1, "precision": p}
    s, e = byte_span(item["text"], c["trig"], c["occ"])
    ev = {"event_type": et, "sub_event_type": sub, "plover": pl, "modality": c["mod"],
          "actor1": c["a1"], "actor2": c["a2"], "date": d, "location": loc, "fatalities": c["fat"],
          "background": bool(c["bg"]), "evidence": {"start": s, "end": e, "text": c["trig"]}}
    if item["text"].encode()[s:e].decode() != ev["evidence"]["text"]:
        raise SystemExit("%s: evidence mismatch" % item["id"])
    return ev


def run(codes, infile, outfile, require_all=False):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            raise SystemExit("unknown id in codes: %s" % k)
    out = []
    n_ev = n_empty = n_coded = 0
    for it in items:
        if it["id"] not in codes:
            if require_all:
                raise SystemExit("missing code for %s" % it["id"])
            continue
        evs = [build_event(it, c) for c in codes[it["id"]]]
        o = dict(it)
        o["events"] = evs
        out.append(o)
        n_coded += 1
        n_ev += len(evs)
        n_empty += (not evs)
    with open(outfile, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("%s: %d items coded, %d events, %d items without event" % (os.path.basename(outfile), n_coded, n_ev, n_empty))


# ---------------------------------------------------------------------------
CODES = {}
# ---- items 1-50 ----
C = CODES
C["portal-2025-01-03-17"] = []  # troop deployment, no event
C["portal-2025-01-04-17"] = []
C["portal-2025-01-04-50"] = []
C["portal-2025-01-09-48"] = [
    E("arrest", "is briefly arrested", "Police Forces of Venezuela", "María Corina Machado",
      ("Caracas", "VE", "Capital District", 1)),
    E("peaceful", "anti-government protest", "Protesters (Venezuela)", None, ("Caracas", "VE", "Capital District", 1)),
]
C["portal-2025-01-09-61"] = []
C["portal-2025-01-20-62"] = [
    E("peaceful", "Anti-Trump protests", "Protesters (United States)", None, ("United States", "US", None, 4)),
    E("peaceful", "Anti-Trump protests", "Protesters (Mexico)", None, ("Mexico", "MX", None, 4)),
    E("peaceful", "Anti-Trump protests", "Protesters (Panama)", None, ("Panama", "PA", None, 4)),
    E("peaceful", "Anti-Trump protests", "Protesters (United Kingdom)", None, ("United Kingdom", "GB", None, 4)),
]
C["portal-2025-01-21-20"] = [
    E("overtake", "seize", "March 23 Movement", None, ("Minova", "CD", "South Kivu", 1)),
]
C["portal-2025-01-26-14"] = [
    E("agree", "ceasefire", "Government of Israel", "Government of Lebanon", None),
]
C["portal-2025-01-29-14"] = [
    E("overtake", "solidify control", "March 23 Movement", "Military Forces of the Democratic Republic of Congo",
      ("Goma", "CD", "North Kivu", 1)),
]
C["portal-2025-01-29-16"] = [
    E("other", "surrender", "Mercenaries (Romania)", "March 23 Movement", ("North Kivu", "CD", "North Kivu", 3),
      plover="CONCEDE"),
]
C["portal-2025-01-29-55"] = []  # arrest of football hooligans: ordinary offence, not coded
C["portal-2025-01-29-62"] = []
C["portal-2025-02-20-54"] = []
C["portal-2025-02-22-13"] = [
    E("other", "releases six living hostages", "Hamas", "Civilians (Israel)", ("Palestine", "PS", None, 4),
      plover="CONCEDE"),
]
C["portal-2025-03-01-23"] = []
C["portal-2025-03-04-19"] = [
    E("mob", "flares and smoke bombs were thrown", "Rioters (Serbia)", "Government of Serbia",
      ("Belgrade", "RS", "Belgrade", 1)),
]
C["portal-2025-03-05-23"] = [
    E("clash", "killed four Islamic State militants", "Federal Security Service of Russia", "Islamic State",
      ("Dagestan", "RU", "Dagestan", 3), fat=4, mod="claimed"),
]
C["portal-2025-03-05-56"] = []  # drug seizure / ordinary criminal arrest
C["portal-2025-03-06-21"] = []
C["portal-2025-03-11-13"] = [
    E("ied", "detonate a car bomb", "Al Shabaab", "Civilians (Somalia)", ("Beledweyne", "SO", "Hiran", 1), fat=10),
]
C["portal-2025-03-15-22"] = [
    E("air", "airstrike", "Military Forces of Myanmar", "Civilians (Myanmar)", ("Let Pan Hla", "MM", "Mandalay", 1),
      fat=27),
]
C["portal-2025-03-28-40"] = [
    E("arrest", "detain", "Police Forces of Turkey", "Lawyers (Turkey)", ("Turkey", "TR", None, 4)),
]
C["portal-2025-04-03-53"] = [
    E("attack", "mass shooting", "Unidentified Armed Group (United States)", "Civilians (United States)",
      ("Sabattus", "US", "Maine", 1), fat=3),
]
C["portal-2025-04-19-13"] = [
    E("violent", "group attacks", "Rioters (Pakistan)", "Civilians (Pakistan)", ("Pakistan", "PK", None, 4), fat=1),
    E("arrest", "are arrested", "Police Forces of Pakistan", "Rioters (Pakistan)", ("Pakistan", "PK", None, 4)),
]
C["portal-2025-04-20-13"] = [
    E("air", "airstrikes", None, "Civilians (Yemen)", ("Sanaa", "YE", "Amanat al Asimah", 1), fat=12),
]
C["portal-2025-04-23-13"] = [
    E("air", "drone strike", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Marhanets", "UA", "Dnipropetrovsk", 1), fat=9),
]
C["portal-2025-04-23-35"] = [
    E("other", "bans all activities", "Government of Jordan", "Muslim Brotherhood", ("Jordan", "JO", None, 4),
      plover="SANCTION"),
]
C["portal-2025-04-24-28"] = [
    E("attack", "attack by gunmen", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
      ("Gobirawa Chali", "NG", "Zamfara", 1), fat=20),
]
C["portal-2025-04-28-52"] = []
C["portal-2025-04-28-55"] = []
C["portal-2025-05-03-13"] = [
    E("air", "drone strike", "Military Forces of Ukraine", "Civilians (Russia)",
      ("Novorossiysk", "RU", "Krasnodar Krai", 1)),
]
C["portal-2025-05-04-34"] = [
    E("arrest", "are arrested", "Police Forces of Brazil", "Unidentified Armed Group (Brazil)",
      ("Rio de Janeiro", "BR", "Rio de Janeiro", 1)),
    E("disrupt", "planning to carry out attacks", "Police Forces of Brazil", "Unidentified Armed Group (Brazil)",
      ("Rio de Janeiro", "BR", "Rio de Janeiro", 1), mod="foiled"),
]
C["portal-2025-05-07-12"] = [
    E("air", "airstrikes", "Military Forces of India", "Civilians (Pakistan)", ("Pakistan", "PK", None, 4)),
    E("air", "airstrikes", "Military Forces of India", "Civilians (Pakistan)",
      ("Pakistan-administered Kashmir", "PK", "Azad Kashmir", 3)),
]
C["portal-2025-05-07-19"] = [
    E("air", "airstrikes", "Military Forces of Israel", "Civilians (Palestine)", ("Palestine", "PS", None, 4), fat=92),
]
C["portal-2025-05-10-15"] = []  # announcement of an operation, no specific event
C["portal-2025-05-10-18"] = []
C["portal-2025-05-12-38"] = []
C["portal-2025-05-16-44"] = []
C["portal-2025-05-17-50"] = []
C["portal-2025-05-18-55"] = []
C["portal-2025-05-18-57"] = []
C["portal-2025-05-20-55"] = []
C["portal-2025-05-28-52"] = []
C["portal-2025-06-03-21"] = [
    E("suicide", "suicide bomber", "Allied Democratic Forces", "Civilians (Uganda)", ("Kampala", "UG", "Kampala", 1),
      fat=2),
]
C["portal-2025-06-09-14"] = [
    E("peaceful", "convoy", "Protesters (Tunisia)", None, ("Tunis", "TN", "Tunis", 1)),
]
C["portal-2025-06-09-32"] = [
    E("violent", "riots", "Rioters (United States)", None, ("Los Angeles", "US", "California", 1)),
]
C["portal-2025-06-09-36"] = [
    E("violent", "riots", "Rioters (United Kingdom)", "Police Forces of the United Kingdom",
      ("Ballymena", "GB", "Northern Ireland", 1)),
]
C["portal-2025-06-13-42"] = []
C["portal-2025-06-15-26"] = [
    E("agree", "returns the bodies", "Government of Russia", "Government of Ukraine", None),
]
C["portal-2025-06-20-15"] = [
    E("peaceful", "protest", "Protesters (Iran)", None, ("Tehran", "IR", "Tehran", 1)),
    E("peaceful", "Protests", "Protesters (Iran)", None, ("Tabriz", "IR", "East Azerbaijan", 1)),
    E("peaceful", "Protests", "Protesters (Iran)", None, ("Shiraz", "IR", "Fars", 1), occ=1),
]

# ---- items 51-100 ----
C["portal-2025-06-20-23"] = [
    E("air", "drone strike", "Military Forces of Russia", "Civilians (Ukraine)", ("Odesa", "UA", "Odesa", 1), fat=1),
]
C["portal-2025-06-22-23"] = [
    E("attack", "kill", "Military Forces of Israel", "Civilians (Palestine)", ("Khan Younis", "PS", "Khan Younis", 1)),
    E("attack", "kill", "Military Forces of Israel", "Civilians (Palestine)",
      ("Central Gaza Strip", "PS", "Deir al-Balah", 3)),
    E("attack", "kill", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza City", "PS", "Gaza", 1)),
]
C["portal-2025-06-23-41"] = [
    E("violent", "broke into", "Palestine Action", "Military Forces of the United Kingdom",
      ("RAF Brize Norton", "GB", "England", 1), date=None, bg=True),
]
C["portal-2025-07-01-37"] = [
    E("attack", "stabbing attack", "Unidentified Armed Group (Germany)", "Civilians (Germany)",
      ("Mellrichstadt", "DE", "Bavaria", 1), fat=1),
]
C["portal-2025-07-03-15"] = []  # statistic
C["portal-2025-07-04-24"] = [
    E("violent", "Anti-gentrification protests", "Rioters (Mexico)", "Civilians (Mexico)",
      ("Mexico City", "MX", "Mexico City", 1)),
]
C["portal-2025-07-25-28"] = [
    E("clash", "resist an attack", "March 23 Movement", "Alliance of Patriots for a Free and Sovereign Congo",
      ("Showa", "CD", "North Kivu", 2)),
]
C["portal-2025-07-27-12"] = [
    E("attack", "are killed", None, "Civilians (Palestine)", ("Gaza Strip", "PS", None, 3), fat=73),
]
C["portal-2025-07-28-22"] = []
C["portal-2025-07-28-29"] = [
    E("clash", "kills three suspected militants", "Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
      ("Pakistan", "PK", None, 4), fat=3),
    E("attack", "attack in Karachi", "Unidentified Armed Group (Pakistan)", None, ("Karachi", "PK", "Sindh", 1),
      date=None, bg=True),
]
C["portal-2025-07-29-18"] = []  # malnutrition deaths
C["portal-2025-07-30-20"] = [
    E("clash", "shooting", "Military Forces of Uganda", "Military Forces of South Sudan",
      ("Yumbe District", "UG", "Northern", 2), fat=7),
    E("clash", "border clashes", "Military Forces of South Sudan", "Military Forces of Uganda", None,
      date="2025-07-28", fat=1, bg=True),
    E("agree", "agreed to an immediate ceasefire", "Government of Uganda", "Government of South Sudan", None),
]
C["portal-2025-08-12-33"] = [
    E("intervention", "protesting", "Protesters (India)", "Police Forces of India", ("New Delhi", "IN", "Delhi", 1)),
]
C["portal-2025-08-13-13"] = [
    E("air", "aerial bombardment", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza City", "PS", "Gaza", 1)),
    E("air", "killing 123 people across the Gaza Strip", "Military Forces of Israel", "Civilians (Palestine)",
      ("Gaza Strip", "PS", None, 3)),
]
C["portal-2025-08-14-14"] = [
    E("clash", "clashes", "Military Forces of Somalia", "Unidentified Armed Group (Somalia)",
      ("Mogadishu", "SO", "Banadir", 1), fat=3),
]
C["portal-2025-08-14-36"] = [
    E("arrest", "is arrested", "Police Forces of Peru", "Martín Vizcarra", ("Peru", "PE", None, 4)),
]
C["portal-2025-08-17-36"] = [
    E("intervention", "mass protests", "Protesters (Israel)", "Police Forces of Israel", ("Israel", "IL", None, 4)),
    E("peaceful", "protest held in Hostages Square", "Protesters (Israel)", None, ("Tel Aviv", "IL", "Tel Aviv", 1)),
]
C["portal-2025-08-18-13"] = [
    E("air", "drone attack", "Military Forces of Ukraine", None, ("Bryansk Oblast", "RU", "Bryansk", 3)),
]
C["portal-2025-08-18-35"] = []
C["portal-2025-08-21-20"] = [
    E("clash", "shoot down a helicopter", "FARC Dissidents", "Police Forces of Colombia",
      ("Amalfi", "CO", "Antioquia", 1), fat=12),
]
C["portal-2025-08-26-37"] = [
    E("arrest", "being arrested", "Police Forces of Sri Lanka", "Ranil Wickremesinghe", ("Sri Lanka", "LK", None, 4),
      date=None, bg=True),
]
C["portal-2025-09-02-22"] = [
    E("suicide", "suicide attack", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan",
      ("Bannu", "PK", "Khyber Pakhtunkhwa", 1), fat=12),
]
C["portal-2025-09-02-41"] = []
C["portal-2025-09-02-45"] = []
C["portal-2025-09-04-44"] = [
    E("attack", "stabbing spree", "Unidentified Armed Group (Canada)", "Civilians (Canada)",
      ("Hollow Water First Nation", "CA", "Manitoba", 1), fat=2),
]
C["portal-2025-09-12-15"] = [
    E("violent", "jailbreaks", "Rioters (Nepal)", None, ("Nepal", "NP", None, 4), fat=9),
]
C["portal-2025-09-12-44"] = [
    E("arrest", "is arrested", "Police Forces of the United States", "Unidentified Armed Group (United States)",
      ("United States", "US", None, 4)),
    E("attack", "killing", "Unidentified Armed Group (United States)", "Civilians (United States)",
      ("United States", "US", None, 4), date="2025-09-10", fat=1, bg=True),
]
C["portal-2025-09-30-62"] = []
C["portal-2025-10-02-14"] = [
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza Strip", "PS", None, 3)),
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)", ("Gaza City", "PS", "Gaza", 1)),
]
C["portal-2025-10-03-53"] = []
C["portal-2025-10-03-69"] = [
    E("peaceful", "protests", "Protesters (Lithuania)", None, ("Lithuania", "LT", None, 4)),
]
C["portal-2025-10-08-33"] = []  # recapture of an escaped ordinary prisoner
C["portal-2025-10-15-13"] = [
    E("air", "airstrike", "Military Forces of Pakistan", "Taliban", ("Spin Boldak", "AF", "Kandahar", 1), fat=12),
    E("clash", "shootout", "Military Forces of Pakistan", "Taliban", ("Spin Boldak", "AF", "Kandahar", 2), fat=10,
      mod="claimed"),
]
C["portal-2025-10-18-22"] = [
    E("attack", "shooting", "Unidentified Armed Group (United States)", "Civilians (United States)",
      ("Cleveland", "US", "Ohio", 1), fat=2),
]
C["portal-2025-10-20-38"] = [
    E("arrest", "detains over 2,000 people", "Military Forces of Myanmar", "Civilians (Myanmar)",
      ("KK Park, Myawaddy", "MM", "Kayin", 1)),
]
C["portal-2025-10-22-47"] = []
C["portal-2025-10-22-48"] = []
C["portal-2025-10-28-16"] = [
    E("clash", "fires at", "Hamas", "Military Forces of Israel", ("Rafah", "PS", "Rafah", 1), fat=1),
]
C["portal-2025-11-07-55"] = [
    E("arrest", "arrest 13 alleged members", "Police Forces of Spain", "Tren de Aragua", ("Spain", "ES", None, 4)),
]
C["portal-2025-11-10-53"] = []
C["portal-2025-11-13-19"] = [
    E("shell", "FP-5 Flamingo", "Military Forces of Ukraine", "Civilians (Russia)", ("Oryol", "RU", "Oryol", 1)),
    E("disrupt", "shot down by air defense", "Military Forces of Russia", "Military Forces of Ukraine",
      ("Oryol", "RU", "Oryol", 1), mod="foiled"),
]
C["portal-2025-11-13-53"] = []
C["portal-2025-11-15-40"] = []
C["portal-2025-11-19-20"] = [
    E("shell", "ballistic missile strike", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Ternopil", "UA", "Ternopil", 1), fat=31),
    E("shell", "missile and drone strikes", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Ukraine", "UA", None, 4)),
]
C["portal-2025-11-19-56"] = []
C["portal-2025-11-20-15"] = [
    E("ied", "bomb explodes", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan",
      ("Dera Ismail Khan", "PK", "Khyber Pakhtunkhwa", 1), fat=2),
]
C["portal-2025-11-20-49"] = []
C["portal-2025-11-20-58"] = []
C["portal-2025-11-26-70"] = []
C["portal-2025-11-28-12"] = [
    E("clash", "raid", "Military Forces of Israel", "Unidentified Armed Group (Syria)",
      ("Beit Jinn", "SY", "Rif Dimashq", 1), fat=13),
    E("air", "airstrikes", "Military Forces of Israel", "Unidentified Armed Group (Syria)",
      ("Beit Jinn", "SY", "Rif Dimashq", 1)),
]

# ---- items 101-150 ----
C["portal-2025-12-01-21"] = [
    E("air", "drone strikes", "Unidentified Armed Group (Afghanistan)", "Civilians (China)",
      ("Tajikistan", "TJ", None, 4), date=None, fat=5, bg=True),
]
C["portal-2025-12-07-31"] = [
    E("mob", "prison riot", "Rioters (Ecuador)", "Los Lobos", ("Machala", "EC", "El Oro", 1), fat=13),
    E("ied", "two explosions", "Unidentified Armed Group (Ecuador)", None, ("Machala", "EC", "El Oro", 1)),
]
C["portal-2025-12-21-32"] = [
    E("other", "have been released", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
      ("Niger State", "NG", "Niger", 3), plover="CONCEDE"),
    E("abduct", "abducted in November", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
      ("Niger State", "NG", "Niger", 3), date="2025-11", bg=True),
]
C["portal-2025-12-21-39"] = []
C["portal-2025-12-23-15"] = [
    E("transfer", "withdrawal from Siversk", "Military Forces of Ukraine", None, ("Siversk", "UA", "Donetsk", 1)),
]
C["portal-2025-12-23-46"] = []
C["portal-2025-12-25-16"] = []  # air-policing intercept of an aircraft, no violence
C["portal-2026-01-02-44"] = []
C["portal-2026-01-02-46"] = [
    E("excessive", "is shot dead", "Police Forces of Iran", "Protesters (Iran)", ("Harsin", "IR", "Kermanshah", 1),
      fat=1),
]
C["portal-2026-01-04-19"] = [
    E("air", "strike", "Military Forces of Israel", "Hezbollah", ("Al-Jumayjimah", "LB", "Nabatieh", 1), fat=2),
]
C["portal-2026-01-16-35"] = [
    E("arrest", "stormed by security forces", "Military Forces of Uganda", "Bobi Wine", ("Uganda", "UG", None, 4)),
]
C["portal-2026-01-18-15"] = [
    E("regain", "seize control", "Military Forces of Syria", "Syrian Democratic Forces",
      ("Al-Omar oil field", "SY", "Deir ez-Zor", 1)),
]
C["portal-2026-01-20-37"] = [
    E("arrest", "arrest 37 suspects", "Police Forces of Portugal", "Grupo 1143", ("Portugal", "PT", None, 4)),
    E("disrupt", "seizing weapons", "Police Forces of Portugal", "Grupo 1143", ("Portugal", "PT", None, 4)),
]
C["portal-2026-01-21-17"] = [
    E("ied", "car bombing", "Unidentified Armed Group (Yemen)", "Southern Giants Brigades", ("Aden", "YE", "Aden", 2),
      fat=3),
]
C["portal-2026-01-30-35"] = []
C["portal-2026-02-02-17"] = []
C["portal-2026-02-02-18"] = [
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)",
      ("Nuseirat refugee camp", "PS", "Deir al-Balah", 1), fat=2),
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)",
      ("Al-Mawasi", "PS", "Khan Younis", 1), fat=1),
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)",
      ("Khan Yunis", "PS", "Khan Younis", 1), fat=1),
    E("attack", "Israeli attacks", "Military Forces of Israel", "Civilians (Palestine)",
      ("Jabalia", "PS", "North Gaza", 1), fat=1),
]
C["portal-2026-02-02-45"] = [
    E("abduct", "abducted", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
      ("Kaduna State", "NG", "Kaduna", 3), date="2026-01-18", bg=True),
]
C["portal-2026-02-13-46"] = []
C["portal-2026-02-19-31"] = [
    E("arrest", "arrest", "Police Forces of the United Kingdom", "Andrew Mountbatten-Windsor",
      ("United Kingdom", "GB", None, 4)),
]
C["portal-2026-02-21-13"] = [
    E("shell", "FP-5 Flamingo cruise missiles", "Military Forces of Ukraine", None,
      ("Votkinsk", "RU", "Udmurtia", 1)),
    E("shell", "Another missile strikes", "Military Forces of Ukraine", None, ("Samara Oblast", "RU", "Samara", 3)),
]
C["portal-2026-02-21-19"] = [
    E("clash", "shootout", "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)",
      ("Bannu", "PK", "Khyber Pakhtunkhwa", 1), fat=7),
]
C["portal-2026-02-23-13"] = [
    E("clash", "clashes", "Jalisco New Generation Cartel", "Military Forces of Mexico", ("Jalisco", "MX", "Jalisco", 3)),
]
C["portal-2026-02-23-24"] = [
    E("shell", "missile and drone strikes", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Odesa", "UA", "Odesa", 1), fat=2),
    E("shell", "missile and drone strikes", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Ukraine", "UA", None, 4), fat=2),
]
C["portal-2026-02-23-82"] = []
C["portal-2026-03-03-19"] = [
    E("air", "drone strikes", "Military Forces of Iran", "Government of the United States",
      ("Riyadh", "SA", "Riyadh", 1)),
]
C["portal-2026-03-03-57"] = [
    E("clash", "shootout", "Military Forces of Cuba", "Unidentified Armed Group (Cuba)", ("Cuba", "CU", None, 4),
      date=None, bg=True),
]
C["portal-2026-03-06-18"] = [
    E("disrupt", "intercepted nine Iranian drones", "Military Forces of Qatar", "Military Forces of Iran",
      ("Qatar", "QA", None, 4), mod="foiled"),
    E("air", "one drone struck", "Military Forces of Iran", None, ("Qatar", "QA", None, 4)),
]
C["portal-2026-03-11-18"] = [
    E("shell", "is hit by an unknown projectile", None, "Civilians (International)", ("Dubai", "AE", "Dubai", 2)),
]
C["portal-2026-03-12-16"] = []
C["portal-2026-03-13-20"] = [
    E("shell", "was sunk by a United States submarine", "Military Forces of the United States",
      "Military Forces of Iran", ("Galle", "LK", "Southern", 2), date="2026-03-04", fat=84, bg=True),
]
C["portal-2026-03-14-16"] = []
C["portal-2026-03-14-20"] = [
    E("shell", "is hit by a missile", None, "Government of the United States", ("Baghdad", "IQ", "Baghdad", 1)),
]
C["portal-2026-03-15-14"] = [
    E("air", "Israeli attack", "Military Forces of Israel", "Police Forces of Palestine",
      ("Az-Zawayda", "PS", "Deir al-Balah", 1), fat=8),
]
C["portal-2026-03-16-33"] = [
    E("attack", "mass murder of civilians", "Military Forces of Russia", "Civilians (Ukraine)",
      ("Bucha", "UA", "Kyiv", 1), date=None, bg=True),
]
C["portal-2026-03-16-85"] = []
C["portal-2026-03-19-15"] = [
    E("air", "A drone hits", None, None, ("Yanbu", "SA", "Medina", 1)),
]
C["portal-2026-03-25-16"] = [
    E("air", "A drone strikes", None, None, ("Kuwait International Airport", "KW", "Farwaniya", 1)),
]
C["portal-2026-03-26-86"] = []
C["portal-2026-04-02-24"] = [
    E("air", "strikes", "Military Forces of Israel", None, ("Iran", "IR", None, 4)),
]
C["portal-2026-04-02-35"] = []
C["portal-2026-04-06-24"] = []  # cumulative statistic since start of war
C["portal-2026-04-06-49"] = [
    E("air", "launch several long-range drones", "Ansar Allah", None, ("Eilat", "IL", "Southern", 1)),
]
C["portal-2026-04-06-57"] = [
    E("air", "drone strike", "Military Forces of Russia", "Civilians (Ukraine)", ("Odesa Oblast", "UA", "Odesa", 3),
      fat=3),
]
C["portal-2026-04-07-20"] = []
C["portal-2026-04-08-80"] = [
    E("peaceful", "protest against the Iran war", "Protesters (Canada)", None, ("Ottawa", "CA", "Ontario", 1)),
]
C["portal-2026-04-10-18"] = [
    E("air", "Iranian drones", "Military Forces of Iran", "Military Forces of Kuwait", ("Kuwait", "KW", None, 4)),
]
C["portal-2026-04-12-20"] = []
C["portal-2026-04-12-21"] = []
C["portal-2026-04-13-16"] = []

# ---- items 151-200 ----
C["portal-2026-04-18-20"] = []
C["portal-2026-04-18-31"] = [
    E("attack", "mass shooting", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)",
      ("Kyiv", "UA", "Kyiv City", 1), fat=6),
]
C["portal-2026-04-20-74"] = []
C["portal-2026-04-23-24"] = [
    E("air", "drone strike", "Military Forces of Russia", "Civilians (Ukraine)", ("Dnipro", "UA", "Dnipropetrovsk", 1),
      fat=3),
]
C["portal-2026-04-25-25"] = [
    E("attack", "Israeli attack", "Military Forces of Israel", "Civilians (Lebanon)", ("Yohmor", "LB", "Nabatieh", 1),
      fat=4),
]
C["portal-2026-04-25-33"] = []  # claim of responsibility for unspecified "the attacks": no place, no day
C["portal-2026-04-25-79"] = []
C["portal-2026-04-25-81"] = []
C["portal-2026-04-30-74"] = []
C["portal-2026-05-01-14"] = []
C["portal-2026-05-03-15"] = []
C["portal-2026-05-08-18"] = [
    E("disrupt", "intercepted two ballistic missiles and three drones", "Military Forces of the United Arab Emirates",
      "Military Forces of Iran", ("United Arab Emirates", "AE", None, 4), mod="foiled"),
]
C["portal-2026-05-08-23"] = [
    E("air", "has attacked two Iranian tankers", "Military Forces of the United States", "Civilians (Iran)",
      ("Gulf of Oman", "OM", None, 3)),
]
C["portal-2026-05-08-24"] = [
    E("air", "targeted two ships", "Military Forces of the United States", "Civilians (Iran)",
      ("Strait of Hormuz", "IR", "Hormozgan", 2), date="Y"),
    E("air", "strikes", "Military Forces of the United States", None, ("Bandar Khamir", "IR", "Hormozgan", 1), date="Y"),
    E("air", "strikes", "Military Forces of the United States", None, ("Sirik", "IR", "Hormozgan", 1), date="Y"),
    E("air", "strikes", "Military Forces of the United States", None, ("Qeshm Island", "IR", "Hormozgan", 1), date="Y"),
    E("shell", "attacking U.S. military vessels", "Military Forces of Iran", "Military Forces of the United States",
      ("Strait of Hormuz", "IR", "Hormozgan", 2), mod="claimed"),
    E("shell", "attacking U.S. military vessels", "Military Forces of Iran", "Military Forces of the United States",
      ("Chabahar", "IR", "Sistan and Baluchestan", 2), mod="claimed"),
]
C["portal-2026-05-08-26"] = [
    E("air", "drone attack", None, None, ("Khartoum International Airport", "SD", "Khartoum", 1), date="2026-05-04",
      bg=True),
]
C["portal-2026-05-18-23"] = []  # cumulative toll
C["portal-2026-05-19-79"] = [
    E("peaceful", "protests intensify across Bolivia", "Protesters (Bolivia)", None, ("Bolivia", "BO", None, 4)),
    E("peaceful", "protests", "Protesters (Bolivia)", None, ("La Paz", "BO", "La Paz", 1)),
]
C["portal-2026-05-28-16"] = []
C["portal-2026-05-28-69"] = []
C["portal-2026-05-30-63"] = []
C["portal-2026-06-13-29"] = [
    E("peaceful", "protest", "Protesters (Iran)", None, ("Mashhad", "IR", "Razavi Khorasan", 1)),
]
C["portal-2026-06-16-15"] = []
C["portal-2026-06-17-50"] = []
C["portal-2026-06-21-48"] = []
C["portal-2026-06-27-15"] = [
    E("air", "retaliatory strikes", "Islamic Revolutionary Guard Corps", "Military Forces of the United States",
      ("Bahrain", "BH", None, 4)),
    E("air", "retaliatory strikes", "Islamic Revolutionary Guard Corps", None, ("Kuwait", "KW", None, 4)),
    E("air", "strikes against Iran", "Military Forces of the United States", "Military Forces of Iran",
      ("Strait of Hormuz", "IR", "Hormozgan", 2), date=None, bg=True),
    E("shell", "attack on the Singapore-flagged container ship", None, "Civilians (International)",
      ("Strait of Hormuz", "IR", "Hormozgan", 2), date=None, bg=True),
]
C["portal-2026-06-27-24"] = [
    E("agree", "framework agreement signed", "Government of Israel", "Government of Lebanon", None, date=None, bg=True),
]
C["portal-2026-06-27-27"] = [
    E("air", "airstrike", "Military Forces of Israel", "Hamas", ("Gaza Strip", "PS", None, 3), fat=1),
]
C["portal-2026-06-27-37"] = [
    E("attack", "targeted an aid truck", "Rapid Support Forces", "Civilians (Sudan)",
      ("El-Obeid", "SD", "North Kordofan", 2)),
]
C["portal-2026-06-27-73"] = []
C["portal-2026-07-04-21"] = [
    E("clash", "clashes", "Ansar Allah", "Military Forces of Yemen", ("Hodeidah", "YE", "Al Hudaydah", 1), fat=66),
]
C["portal-2026-07-05-14"] = []
C["portal-2026-07-13-31"] = [
    E("air", "airstrike", None, None, ("Sanaa International Airport", "YE", "Amanat al Asimah", 1)),
]
C["portal-2026-07-13-33"] = [
    E("shell", "targeted Abha International Airport", "Ansar Allah", None,
      ("Abha International Airport", "SA", "Asir", 1), mod="claimed"),
    E("air", "strikes on Sanaa airport", "Military Forces of Yemen", "Ansar Allah",
      ("Sanaa International Airport", "YE", "Amanat al Asimah", 1), date=None, bg=True),
]
C["portal-2026-07-18-19"] = []  # damage with no cause or actor given
C["portal-2026-07-18-38"] = []
C["portal-2026-07-20-18"] = [
    E("ied", "have exploded", None, "Civilians (International)", ("Strait of Hormuz", "IR", "Hormozgan", 2),
      mod="claimed"),
]
C["portal-2026-07-23-23"] = [
    E("shell", "attacked two Saudi Arabian oil tankers", "Ansar Allah", "Civilians (Saudi Arabia)", None, fat=0,
      mod="claimed"),
]
C["portal-2026-08-02-15"] = []
C["portal-2026-08-02-29"] = [
    E("air", "drone strike", None, "Civilians (Sudan)", ("Kabkabiya", "SD", "North Darfur", 2), fat=37),
]
C["portal-2026-08-06-18"] = [
    E("air", "drone attacks", "Military Forces of Ukraine", None, ("Yaroslavl", "RU", "Yaroslavl", 1)),
    E("air", "drone attacks", "Military Forces of Ukraine", None, ("Bashkortostan", "RU", "Bashkortostan", 3)),
]
C["portal-2026-08-06-53"] = [
    E("arrest", "is arrested", "Police Forces of Mexico", "Ángel Aguirre Rivero", ("Mexico", "MX", None, 4)),
    E("abduct", "police intercepting a bus carrying students", "Police Forces of Mexico", "Civilians (Mexico)",
      ("Iguala", "MX", "Guerrero", 1), date=None, bg=True),
]
C["portal-2026-08-07-55"] = [
    E("attack", "shooting spree", "Unidentified Armed Group (Thailand)", "Civilians (Thailand)",
      ("Bang Kruai", "TH", "Nonthaburi", 2), fat=9),
]
C["portal-2026-08-09-16"] = [
    E("shell", "missile and drone attack", "Ansar Allah", "Civilians (Yemen)", ("Mokha", "YE", "Taiz", 1), fat=11),
]
C["portal-2026-08-13-18"] = [
    E("air", "airstrike", "Military Forces of Israel", "Hamas", ("Gaza City", "PS", "Gaza", 1), fat=1, mod="claimed"),
    E("air", "separate strike", "Military Forces of Israel", "Hamas", ("Khan Yunis", "PS", "Khan Younis", 1), fat=1),
]
C["portal-2026-08-15-43"] = []
C["portal-2026-08-18-25"] = [
    E("attack", "recent attacks", None, "Civilians (Sudan)", ("Geissan", "SD", "Blue Nile", 1)),
]
C["portal-2026-08-18-32"] = [
    E("clash", "encounter", "Military Forces of Mexico", "Unidentified Armed Group (Mexico)",
      ("Los Palillos", "MX", "Michoacán", 1), fat=5),
]
C["portal-2026-08-22-17"] = [
    E("air", "airstrike", "Military Forces of Israel", "Hamas", ("Gaza Strip", "PS", None, 3), fat=1, mod="claimed"),
]
C["portal-2027-12-05-20"] = [
    E("suicide", "suicide car bombing", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan",
      ("Quetta", "PK", "Balochistan", 1), fat=14),
]
C["portal-2027-12-05-54"] = [
    E("arrest", "arrest a Ukrainian diver", "Police Forces of Poland", "Unidentified Armed Group (Ukraine)",
      ("Pruszków", "PL", "Masovia", 1)),
    E("ied", "Nord Stream pipeline explosions", None, None, None, date=None, bg=True),
]


if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-X6.jsonl"), os.path.join(HERE, "coded-X6.jsonl"), require_all=True)
