# helper shared by code_P.py and code_Q_by_P.py (standard library only)
import json, os, sys

TAX = {
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
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODS = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}

K = {
    "CLASH": ("Battles", "Armed clash", "ASSAULT"),
    "GRT": ("Battles", "Government regains territory", "ASSAULT"),
    "NSO": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "SHELL": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "GREN": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "CHEM": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "ATT": ("Violence against civilians", "Attack", "ASSAULT"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "SEX": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "PP": ("Protests", "Peaceful protest", "PROTEST"),
    "PI": ("Protests", "Protest with intervention", "PROTEST"),
    "XF": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "VD": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB": ("Riots", "Mob violence", "ASSAULT"),
    "AGR": ("Strategic developments", "Agreement", "AGREE"),
    "ARR": ("Strategic developments", "Arrests", "COERCE"),
    "CHG": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "DWU": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "HQ": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "LOOT": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "OTH": ("Strategic developments", "Other", "COERCE"),
}


def E(kind, a1, a2, date, loc, fat, trig, occ=1, mod="occurred", bg=False, plover=None):
    """loc = (name, ISO2, admin1, precision) or None"""
    et, st, pl = K[kind]
    return dict(et=et, st=st, pl=plover or pl, mod=mod, a1=a1, a2=a2, date=date, loc=loc,
                fat=fat, bg=bg, trig=trig, occ=occ)


def build(infile, outfile, codes):
    items = [json.loads(l) for l in open(infile, encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in codes:
        if k not in ids:
            sys.exit("unknown id in codes: %s" % k)
    out = []
    for it in items:
        if it["id"] not in codes:
            continue  # not coded yet
        text = it["text"]
        b = text.encode("utf-8")
        evs = []
        for c in codes[it["id"]]:
            if c["et"] not in TAX or c["st"] not in TAX[c["et"]]:
                sys.exit("bad type %s / %s in %s" % (c["et"], c["st"], it["id"]))
            if c["pl"] not in PLOVER:
                sys.exit("bad plover %s in %s" % (c["pl"], it["id"]))
            if c["mod"] not in MODS:
                sys.exit("bad modality %s in %s" % (c["mod"], it["id"]))
            tb = c["trig"].encode("utf-8")
            pos = -1
            for _ in range(c["occ"]):
                pos = b.find(tb, pos + 1)
                if pos < 0:
                    sys.exit("trigger %r occurrence %d not found in %s" % (c["trig"], c["occ"], it["id"]))
            start, end = pos, pos + len(tb)
            if b[start:end].decode("utf-8") != c["trig"]:
                sys.exit("evidence mismatch in %s" % it["id"])
            loc = None
            if c["loc"] is not None:
                n, cc, a1, p = c["loc"]
                if p not in (1, 2, 3, 4) or len(cc) != 2:
                    sys.exit("bad location in %s" % it["id"])
                loc = {"name": n, "country": cc, "admin1": a1, "precision": p}
            evs.append({"event_type": c["et"], "sub_event_type": c["st"], "plover": c["pl"],
                        "modality": c["mod"], "actor1": c["a1"], "actor2": c["a2"],
                        "date": c["date"], "location": loc, "fatalities": c["fat"],
                        "background": c["bg"],
                        "evidence": {"start": start, "end": end, "text": c["trig"]}})
        o = dict(it)
        o["events"] = evs
        out.append(o)
    with open(outfile, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    nev = sum(len(o["events"]) for o in out)
    nempty = sum(1 for o in out if not o["events"])
    print("%s: %d/%d items coded, %d events, %d items without event" % (outfile, len(out), len(items), nev, nempty))


# ---------------------------------------------------------------- codes (annotator P)
PK_BAL = "Balochistan"
C = {}
C["portal-2025-01-04-27"] = [E("IED", "Balochistan Liberation Army", "Military Forces of Pakistan", "2025-01-04",
    ("Turbat", "PK", PK_BAL, 1), 1, "car bombing")]
C["portal-2025-01-05-15"] = [E("CLASH", "Military Forces of Nigeria", "Boko Haram", "2025-01-05",
    ("Borno", "NG", "Borno", 3), 40, "shootout")]
# toll update of an earlier attack: the attack is coded at its own date (not background)
C["portal-2025-01-06-25"] = [E("ATT", "Unidentified Armed Group (Germany)", "Civilians (Germany)", "2024-12-20",
    ("Magdeburg", "DE", "Saxony-Anhalt", 1), 6, "vehicle-ramming attack")]
C["portal-2025-01-11-29"] = [E("AIR", "Military Forces of Myanmar", "Civilians (Myanmar)", "2025-01-11",
    ("Tanai", "MM", "Kachin", 2), 15, "airstrike")]
C["portal-2025-01-11-63"] = [E("PP", "Protesters (Germany)", None, "2025-01-11",
    ("Riesa", "DE", "Saxony", 1), None, "protest")]
C["portal-2025-01-14-13"] = []
C["portal-2025-01-14-46"] = []
C["portal-2025-01-16-46"] = [E("ATT", "Unidentified Armed Group (United States)", "Civilians (United States)", "2025-01-16",
    ("Miami", "US", "Florida", 1), 2, "mass stabbing attack")]
C["portal-2025-01-30-20"] = [E("CLASH", "SSC-Khaatumo", "Military Forces of Somaliland", "2025-01-30",
    ("Shangeed", "SO", "Cayn", 2), None, "heavy fighting")]
C["portal-2025-02-11-16"] = [E("ATT", "CODECO", "Civilians (Democratic Republic of Congo)", "2025-02-11",
    ("Ituri", "CD", "Ituri", 3), 52, "attacks")]
C["portal-2025-02-11-49"] = []
C["portal-2025-02-15-22"] = [E("ATT", "Unidentified Armed Group (Germany)", "Civilians (Germany)", "2025-02-13",
    ("Munich", "DE", "Bavaria", 1), 2, "vehicle-ramming attack")]
C["portal-2025-02-17-56"] = [E("PP", "Protesters (Indonesia)", None, "2025-02-17",
    ("Indonesia", "ID", None, 4), None, "protest")]
C["portal-2025-02-19-16"] = []
C["portal-2025-02-20-28"] = [E("CLASH", "Al Shabaab", "Military Forces of Somalia", "2025-02-20",
    ("Middle Shabelle", "SO", "Middle Shabelle", 3), 130, "coordinated attack")]
C["portal-2025-02-22-20"] = [E("CHG", "Police Forces of the Democratic Republic of Congo", "M23: March 23 Movement", "2025-02-22",
    ("Bukavu", "CD", "South Kivu", 1), None, "join the M23 movement", plover="CONCEDE")]
C["portal-2025-02-27-14"] = [E("AGR", "Hamas", "Government of Israel", "2025-02-27", None, None, "releases")]
C["portal-2025-03-01-20"] = [E("IED", "ELN: National Liberation Army", "Military Forces of Colombia", "2025-03-01",
    ("Saravena", "CO", "Arauca", 1), 0, "detonate an improvised explosive device")]
C["portal-2025-03-11-72"] = []
C["portal-2025-03-19-15"] = [E("GRT", "Military Forces of Israel", None, "2025-03-19",
    ("Netzarim Corridor", "PS", "Gaza Strip", 2), None, "re-take")]
C["portal-2025-03-21-22"] = []  # accidental fire/explosion, no actor
C["portal-2025-03-22-26"] = [E("AIR", "Military Forces of Somalia", "Al Shabaab", "2025-03-22",
    ("Lower Shabelle", "SO", "Lower Shabelle", 3), 100, "airstrike")]
C["portal-2025-04-02-16"] = [E("SHELL", "Military Forces of Russia", "Civilians (Ukraine)", "2025-04-02",
    ("Kryvyi Rih", "UA", "Dnipropetrovsk", 1), 4, "missile strike")]
C["portal-2025-04-08-13"] = []
C["portal-2025-04-13-35"] = [E("ATT", "Unidentified Armed Group (United States)", "Civilians (United States)", "2025-04-13",
    ("Pennsylvania Governor's Residence", "US", "Pennsylvania", 1), None, "arson attack")]
C["portal-2025-04-17-12"] = [E("LOOT", "Military Forces of Israel", None, "2025-04-17",
    ("Rafah", "PS", "Gaza Strip", 1), None, "demolition")]
C["portal-2025-04-21-14"] = [
    E("ATT", "Islamic State", "Civilians (Nigeria)", "2025-04", ("Borno", "NG", "Borno", 3), None, "deadly attacks"),
    E("ATT", "Islamic State", "Civilians (Nigeria)", "2025-04", ("Adamawa", "NG", "Adamawa", 3), None, "deadly attacks")]
C["portal-2025-04-30-13"] = [E("AIR", "Military Forces of the United Kingdom", "Ansar Allah", "2025-04-30",
    ("Sanaa", "YE", "Sanaa", 2), None, "airstrikes")]
C["portal-2025-05-01-40"] = []
C["portal-2025-05-06-13"] = [E("AIR", "Military Forces of Israel", None, "2025-05-06",
    ("Sanaa International Airport", "YE", "Sanaa", 1), None, "airstrikes")]
C["portal-2025-05-06-15"] = [E("AGR", "Government of the United States", "Ansar Allah", "2025-05-06", None, None, "ceasefire")]
C["portal-2025-05-18-18"] = [E("AIR", "Military Forces of Russia", None, "2025-05-18",
    ("Ukraine", "UA", None, 4), None, "launches 273 drones")]
C["portal-2025-05-20-18"] = [E("SHELL", "Al Shabaab", "Military Forces of Somalia", "2025-05-20",
    ("Bal'ad", "SO", "Middle Shabelle", 2), 3, "mortar attack")]
C["portal-2025-05-20-21"] = [E("NVT", "Military Forces of Sudan", "Rapid Support Forces", "2025-05-20",
    ("Khartoum", "SD", "Khartoum", 3), None, "withdrawal")]
C["portal-2025-06-05-21"] = [E("ATT", "Military Forces of Israel", "Civilians (Palestine)", "2025-06-05",
    ("Rafah", "PS", "Gaza Strip", 1), None, "opening fire", mod="claimed")]
C["portal-2025-06-18-34"] = []
C["portal-2025-06-23-21"] = [E("AGR", "Government of Iran", "Government of Israel", "2025-06-23", None, None,
    "ceasefire", mod="claimed")]
C["portal-2025-06-25-14"] = [E("AIR", "Military Forces of the United States", None, None,
    ("Iran", "IR", None, 4), None, "U.S. airstrikes", bg=True)]
C["portal-2025-06-29-35"] = [
    E("PP", "Protesters (Serbia)", None, "2025-06-29", ("Belgrade", "RS", "Belgrade", 1), None, "demonstrate"),
    E("PP", "Protesters (Serbia)", None, "2025-06-29", ("Serbia", "RS", None, 4), None, "demonstrate"),
    E("ARR", "Police Forces of Serbia", "Protesters (Serbia)", "2025-06-28", ("Serbia", "RS", None, 4), None,
      "arrested", bg=True)]
C["portal-2025-06-30-15"] = [E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-06-30",
    ("Gaza City", "PS", "Gaza Strip", 1), 39, "airstrike")]

C["portal-2025-07-01-18"] = [
    E("CLASH", "Balochistan Liberation Army", "Police Forces of Pakistan", "2025-07-01",
      ("Mastung", "PK", PK_BAL, 2), 3, "storm a police station"),
    E("LOOT", "Balochistan Liberation Army", None, "2025-07-01",
      ("Mastung", "PK", PK_BAL, 2), None, "set fire to two banks")]
C["portal-2025-07-02-36"] = [E("ATT", "Unidentified Armed Group (United States)", "Civilians (United States)", "2025-07-02",
    ("Chicago", "US", "Illinois", 1), 4, "drive-by shooting")]
C["portal-2025-07-03-34"] = []
C["portal-2025-07-06-22"] = [E("LOOT", "Unidentified Gang (Haiti)", None, "2025-07-06",
    ("Port-au-Prince", "HT", "Ouest", 1), None, "arson attack")]
C["portal-2025-07-15-36"] = []
C["portal-2025-07-18-44"] = [E("ARR", "Government of Brazil", "Jair Bolsonaro", "2025-07-18",
    ("Brazil", "BR", None, 4), None, "nightly house arrest")]
C["portal-2025-07-20-32"] = []
C["portal-2025-07-21-19"] = []
C["portal-2025-07-23-33"] = [E("ATT", "Unidentified Armed Group (United Kingdom)", "Civilians (United Kingdom)", "2025-07-23",
    ("Maguiresbridge", "GB", "Northern Ireland", 1), 3, "mass shooting")]
C["portal-2025-08-02-34"] = []
C["portal-2025-08-22-22"] = [
    E("IED", "Unidentified Armed Group (Ukraine)", "Unidentified Armed Group (Ukraine)", "2025-08-22",
      ("Kalynove", "UA", "Luhansk", 1), 3, "explosion"),
    E("ATT", "Unidentified Armed Group (Ukraine)", "Civilians (Ukraine)", None,
      ("Bucha", "UA", "Kyiv", 1), None, "Bucha massacre", bg=True)]
C["portal-2025-08-31-13"] = [E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-08-31",
    ("Gaza Strip", "PS", "Gaza Strip", 3), 88, "heavy bombardment")]
C["portal-2025-09-08-80"] = []
C["portal-2025-09-14-37"] = [E("PP", "Protesters (Turkey)", None, "2025-09-14",
    ("Ankara", "TR", "Ankara", 1), None, "march")]
C["portal-2025-09-18-13"] = [
    E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-09-18",
      ("Gaza City", "PS", "Gaza Strip", 1), 40, "Israeli attacks"),
    E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2025-09-18",
      ("Gaza Strip", "PS", "Gaza Strip", 3), 10, "Israeli attacks")]
C["portal-2025-09-18-19"] = [
    E("SUI", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", "2025-09-18",
      ("Turbat", "PK", PK_BAL, 1), 2, "suicide car bomb"),
    E("IED", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", "2025-09-18",
      ("Chaman", "PK", PK_BAL, 1), 6, "car bombing")]
C["portal-2025-09-22-15"] = [E("ABD", "Hamas", "Civilians (Israel)", "2023-10-07",
    ("Israel", "IL", None, 4), None, "kidnapped", bg=True)]
C["portal-2025-09-24-16"] = [E("AIR", "Ansar Allah", "Civilians (Israel)", "2025-09-24",
    ("Eilat", "IL", "Southern District", 1), None, "drone")]
C["portal-2025-09-29-68"] = []
C["portal-2025-10-07-49"] = []
C["portal-2025-10-13-22"] = [E("OTH", "Military Forces of Madagascar", "Government of Madagascar", "2025-10-13",
    ("Madagascar", "MG", None, 4), None, "coup d'état")]
C["portal-2025-10-14-16"] = [E("ATT", "Military Forces of Israel", "Civilians (Palestine)", "2025-10-14",
    ("Gaza Strip", "PS", "Gaza Strip", 3), 9, "kill")]
C["portal-2025-10-17-19"] = [E("ATT", "Military Forces of Israel", "Civilians (Palestine)", "2025-10-17",
    ("Gaza City", "PS", "Gaza Strip", 1), 11, "fire at a vehicle")]
C["portal-2025-10-27-46"] = []
C["portal-2025-10-27-48"] = []
C["portal-2025-10-29-44"] = []
C["portal-2025-10-29-53"] = []
C["portal-2025-11-05-28"] = [E("ATT", "Unidentified Armed Group (France)", "Civilians (France)", "2025-11-05",
    ("Oléron", "FR", "Nouvelle-Aquitaine", 2), None, "vehicle-ramming attack")]
C["portal-2025-11-10-14"] = [E("AIR", "Military Forces of Colombia", "FARC Dissidents", "2025-11-10",
    ("Amazon region", "CO", None, 3), 19, "airstrikes")]
C["portal-2025-11-11-57"] = [E("PP", "Protesters (Serbia)", None, "2025-11-11",
    ("Belgrade", "RS", "Belgrade", 1), None, "protest")]
C["portal-2025-11-14-68"] = []
C["portal-2025-11-16-28"] = []
C["portal-2025-11-16-32"] = []
C["portal-2025-11-30-18"] = [E("SHELL", "Afghanistan Freedom Front", "Military Forces of Afghanistan", "2025-11-30",
    ("Badakhshan", "AF", "Badakhshan", 3), 3, "rocket attack", mod="claimed")]
C["portal-2025-12-02-37"] = []  # child-welfare detention of a cult, not a political/mass arrest

C["portal-2025-12-03-17"] = [E("NSO", "Southern Transitional Council", "Military Forces of Yemen", "2025-12-03",
    ("Seiyun", "YE", "Hadramawt", 1), None, "seizes")]
C["portal-2025-12-07-32"] = [E("LOOT", "Unidentified Armed Group (Brazil)", "Civilians (Brazil)", "2025-12-07",
    ("São Paulo", "BR", "São Paulo", 1), None, "stole")]
C["portal-2025-12-09-74"] = []
C["portal-2025-12-13-23"] = [E("AIR", "Rapid Support Forces", "Civilians (Sudan)", "2025-12-13",
    ("El-Obeid", "SD", "North Kordofan", 1), 3, "drone strike")]
C["portal-2025-12-22-24"] = [
    E("IED", "Unidentified Armed Group (Russia)", "Military Forces of Russia", "2025-12-22",
      ("Moscow", "RU", "Moscow", 1), 1, "car bomb"),
    E("ATT", "Unidentified Armed Group (Russia)", "Military Forces of Russia", None,
      ("Russia", "RU", None, 4), 1, "assassination of Igor Kirillov", bg=True)]
C["portal-2025-12-28-46"] = []
C["portal-2025-12-30-50"] = [
    E("ARR", "Police Forces of Syria", "Civilians (Syria)", "2025-12-30",
      ("Latakia", "SY", "Latakia", 3), None, "arrest"),
    E("MOB", "Rioters (Syria)", "Civilians (Syria)", None,
      ("Latakia", "SY", "Latakia", 3), None, "sectarian violence", bg=True),
    E("IED", "Unidentified Armed Group (Syria)", "Civilians (Syria)", None,
      ("Syria", "SY", None, 4), None, "mosque bombing", bg=True),
    E("PP", "Protesters (Syria)", None, None,
      ("Syria", "SY", None, 4), None, "protests", bg=True)]
C["portal-2025-12-31-15"] = [E("AIR", "Military Forces of Ukraine", "Civilians (Ukraine)", "2025-12-31",
    ("Khorly", "UA", "Kherson", 1), 24, "drone attack")]
C["portal-2026-01-03-40"] = [E("XF", "Police Forces of Iran", "Protesters (Iran)", "2026-01-03",
    ("Malekshahi", "IR", "Ilam", 2), 4, "shot dead")]
C["portal-2026-01-06-13"] = [E("ATT", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2026-01-06",
    ("Kwande", "NG", "Benue", 2), 5, "shooting attack")]
C["portal-2026-01-08-24"] = [E("PP", "Protesters (Iran)", None, "2026-01-08",
    ("western Iran", "IR", None, 3), None, "general strike")]
C["portal-2026-01-08-57"] = []  # release of prisoners: not an event
C["portal-2026-01-11-19"] = [E("AIR", "Military Forces of Russia", "Civilians (Ukraine)", "2026-01-11",
    ("Ukraine", "UA", None, 4), 4, "drone attacks")]
C["portal-2026-01-14-12"] = [E("ATT", "Unidentified Armed Group (Cameroon)", "Civilians (Cameroon)", "2026-01-14",
    ("Ndu", "CM", "Northwest", 1), 15, "mass shooting")]
C["portal-2026-01-19-65"] = [E("CLASH", "Military Forces of Tajikistan", "Unidentified Armed Group (Tajikistan)", "2026-01-19",
    ("Afghanistan–Tajikistan border", "TJ", None, 4), 4, "shootout")]
C["portal-2026-01-29-57"] = [E("ATT", "Unidentified Armed Group (Canada)", "Civilians (Canada)", "2026-01-28",
    ("Mistissini", "CA", "Quebec", 1), 2, "shooting")]
C["portal-2026-02-01-13"] = [E("CLASH", "Military Forces of Pakistan", "Balochistan Liberation Army", "2026-02-01",
    ("Balochistan", "PK", PK_BAL, 3), 181, "counterterrorism operation")]
C["portal-2026-02-13-37"] = [E("ARR", "Police Forces of Iran", "Civilians (Iran)", None,
    ("Iran", "IR", None, 4), None, "arrested", bg=True)]
C["portal-2026-02-15-18"] = [
    E("AIR", "Military Forces of Ukraine", None, "2026-02-15", ("Belgorod", "RU", "Belgorod", 3), None,
      "missile and drone attack"),
    E("AIR", "Military Forces of Ukraine", None, "2026-02-15", ("Bryansk", "RU", "Bryansk", 3), None,
      "missile and drone attack")]
C["portal-2026-02-28-35"] = [E("CLASH", "Military Forces of Afghanistan", "Military Forces of Pakistan", "2026-02-28",
    None, None, "downed the pilot", mod="denied")]
C["portal-2026-02-28-59"] = [
    E("PP", "Protesters (United States)", None, "2026-02-28",
      ("Washington", "US", "District of Columbia", 1), None, "anti-war protests"),
    E("PP", "Protesters (United States)", None, "2026-02-28",
      ("Washington", "US", "District of Columbia", 1), None, "diaspora protests")]
C["portal-2026-03-01-18"] = [E("AIR", "Military Forces of Iran", "Military Forces of France", "2026-03-01",
    ("Camp de la Paix", "AE", "Abu Dhabi", 1), None, "drones strike")]
C["portal-2026-03-01-36"] = [E("CLASH", "Military Forces of the United States", "Military Forces of Iran", "2026-03-01",
    ("Chabahar", "IR", "Sistan and Baluchestan", 2), None, "is sunk")]
C["portal-2026-03-02-27"] = [E("SHELL", "Military Forces of Kuwait", "Military Forces of the United States", "2026-03-02",
    ("Kuwait", "KW", None, 4), 0, "mistakenly shot down")]
C["portal-2026-03-04-20"] = [E("DWU", "Military Forces of Turkey", "Military Forces of Iran", "2026-03-04",
    ("Turkey", "TR", None, 4), None, "shoot down")]
C["portal-2026-03-04-64"] = [E("PI", "Protesters (United States)", "Police Forces of the United States", "2026-03-04",
    ("Washington", "US", "District of Columbia", 1), None, "in protest")]
C["portal-2026-03-04-67"] = []
C["portal-2026-03-10-25"] = [E("AIR", "Rapid Support Forces", "Civilians (Sudan)", "2026-03-10",
    ("Dilling", "SD", "South Kordofan", 1), 7, "drone strike")]
C["portal-2026-03-29-19"] = []
C["portal-2026-04-02-15"] = [E("DWU", "Military Forces of the United Arab Emirates", "Military Forces of Iran", "2026-04-02",
    ("Kizad", "AE", "Abu Dhabi", 2), None, "intercepts")]
C["portal-2026-04-02-18"] = []
C["portal-2026-04-05-27"] = []
C["portal-2026-04-05-29"] = []
C["portal-2026-04-05-48"] = [E("ABD", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "2026-04-05",
    ("Kaduna", "NG", "Kaduna", 3), 5, "abducted")]
C["portal-2026-04-05-74"] = []
C["portal-2026-04-06-32"] = [E("SHELL", "Military Forces of Iran", "Civilians (Israel)", "2026-04-06",
    ("Haifa", "IL", "Haifa", 1), 4, "Iranian missile")]
C["portal-2026-04-09-26"] = []
C["portal-2026-04-11-33"] = [E("CHG", "Rapid Support Forces", "Military Forces of Sudan", "2026-04-11",
    ("North Darfur", "SD", "North Darfur", 3), None, "defected", plover="CONCEDE")]
C["portal-2026-04-21-63"] = [E("MOB", "Rioters (Venezuela)", None, "2026-04-21",
    ("Yare Prison", "VE", "Miranda", 1), 5, "prison riot")]
C["portal-2026-04-22-55"] = []

C["portal-2026-04-27-64"] = []
C["portal-2026-05-04-20"] = []
C["portal-2026-05-05-25"] = [E("AIR", "Unidentified Armed Group (Sudan)", None, None,
    ("Khartoum International Airport", "SD", "Khartoum", 1), None, "drone strikes", bg=True)]
C["portal-2026-05-21-60"] = []
C["portal-2026-05-23-67"] = [E("PP", "Protesters (Serbia)", None, "2026-05-23",
    ("Belgrade", "RS", "Belgrade", 1), None, "rally")]
C["portal-2026-05-24-45"] = [E("ATT", "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", "2026-05-24",
    ("Kabul", "AF", "Kabul", 1), 4, "mass shooting")]
# toll not split by the text: one event per named place, fatalities null
C["portal-2026-06-07-28"] = [
    E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2026-06-07",
      ("Gaza City", "PS", "Gaza Strip", 1), None, "Israeli airstrikes"),
    E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2026-06-07",
      ("Deir al-Balah", "PS", "Gaza Strip", 1), None, "Israeli airstrikes"),
    E("AIR", "Military Forces of Israel", "Civilians (Palestine)", "2026-06-07",
      ("al-Mawasi", "PS", "Gaza Strip", 1), None, "Israeli airstrikes")]
C["portal-2026-06-09-24"] = [E("AIR", "Military Forces of Sudan", None, "2026-06-09",
    ("Geneina", "SD", "West Darfur", 1), None, "drone strike", mod="claimed")]
C["portal-2026-06-10-35"] = [E("CLASH", "Jalisco New Generation Cartel", "Police Forces of Mexico", "2026-06-10",
    ("Mojonera", "MX", "Michoacán", 2), 5, "ambush")]
C["portal-2026-06-12-23"] = [E("CLASH", "Military Forces of the United States", "Tren de Aragua", "2026-06-12",
    ("Venezuela", "VE", None, 4), 1, "operation")]
C["portal-2026-06-14-33"] = []  # monthly tally across Sudan
C["portal-2026-06-19-61"] = []  # drug seizure, criminal arrests
C["portal-2026-06-20-17"] = []
C["portal-2026-06-20-23"] = []
C["portal-2026-06-21-15"] = []
C["portal-2026-06-23-56"] = []
C["portal-2026-06-24-24"] = []  # cumulative deaths in detention over a long period
C["portal-2026-06-25-33"] = [E("CLASH", "FARC Dissidents", "Police Forces of Colombia", "2026-06-25",
    ("Calima", "CO", "Valle del Cauca", 1), 2, "attack")]
C["portal-2026-06-26-29"] = []
C["portal-2026-06-27-20"] = []
C["portal-2026-06-28-29"] = [E("CLASH", "Military Forces of Israel", "Police Forces of Palestine", "2026-06-28",
    ("Palestine", "PS", None, 4), 3, "killed")]
C["portal-2026-07-03-19"] = [E("CLASH", "Military Forces of Russia", "Military Forces of Ukraine", "2026-07-03",
    ("Kostyantynivka", "UA", "Donetsk", 1), None, "captured", mod="claimed")]
C["portal-2026-07-10-14"] = []
C["portal-2026-07-12-35"] = []
C["portal-2026-07-13-17"] = [
    E("SHELL", "Islamic Revolutionary Guard Corps", "Military Forces of the United States", "2026-07-13",
      ("Sheikh Isa Air Base", "BH", None, 1), None, "hit", mod="claimed"),
    E("SHELL", "Islamic Revolutionary Guard Corps", "Military Forces of the United States", "2026-07-13",
      ("Prince Hassan Air Base", "JO", None, 1), None, "hit", mod="claimed")]
C["portal-2026-07-15-26"] = [E("DWU", "International Coalition Forces", None, "2026-07-15",
    ("Erbil", "IQ", "Erbil", 1), None, "intercepted")]
C["portal-2026-07-20-36"] = []  # declaration of a blockade, no enforcement reported
C["portal-2026-07-20-40"] = []
C["portal-2026-07-24-19"] = [E("DWU", "Military Forces of Kuwait", "Military Forces of Iran", "2026-07-24",
    ("Kuwait", "KW", None, 4), None, "confronted")]
C["portal-2026-07-24-26"] = [E("AIR", "Military Forces of the United States", "Islamic Revolutionary Guard Corps", "2026-07-24",
    ("Ziba Kenar", "IR", "Gilan", 1), None, "strikes")]
C["portal-2026-07-27-19"] = [E("AGR", "Government of the United States", "Government of Iran", "2026-07-27",
    None, None, "pause strikes")]
C["portal-2026-07-30-15"] = []
C["portal-2026-07-30-40"] = [E("SHELL", "Military Forces of Russia", None, "2026-07-30",
    ("Tarnawa-Kolonia", "PL", "Lublin", 2), None, "explodes")]
C["portal-2026-08-09-24"] = [E("ATT", "Rapid Support Forces", "Civilians (Sudan)", "2026-08-09",
    ("Kurmuk", "SD", "Blue Nile", 1), 25, "executed")]
C["portal-2026-08-20-63"] = []

# ==== main
if __name__ == "__main__":
    build(os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch-P.jsonl"), os.path.join(os.path.dirname(os.path.abspath(__file__)), "coded-P.jsonl"), C)
