#!/usr/bin/env python3
"""Annotator S: hand codes for batch-S.jsonl -> coded-S.jsonl (standard library only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN, OUT = "batch-S.jsonl", "coded-S.jsonl"

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
SUB2TYPE = {s: t for t, subs in TAX.items() for s in subs}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITY = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}
DEFAULT_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT", "Violence against civilians": "ASSAULT",
    "Protests": "PROTEST", "Riots": "PROTEST",
    "Excessive force against protesters": "ASSAULT", "Mob violence": "ASSAULT",
    "Agreement": "AGREE", "Arrests": "COERCE", "Disrupted weapons use": "COERCE",
    "Looting/property destruction": "COERCE", "Non-violent transfer of territory": "RETREAT",
    "Headquarters or base established": "MOBILIZE", "Change to group/activity": "MOBILIZE",
    "Other": "COERCE",
}

PUB = "PUB"      # date = the item's published day
PREV = "PREV"    # date = the day before published


def L(name, cc, admin1, prec):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}


def E(sub, a1, a2, date, loc, fat, trig, occ=1, mod="occurred", bg=False, plover=None):
    return dict(sub=sub, a1=a1, a2=a2, date=date, loc=loc, fat=fat, trig=trig, occ=occ,
                mod=mod, bg=bg, plover=plover)


# id -> list of events (trigger phrase + its occurrence number in the text)
C = {}


def prev_day(d):
    import datetime
    return (datetime.date.fromisoformat(d) - datetime.timedelta(days=1)).isoformat()


def build(item, ev):
    text = item["text"]
    b = text.encode()
    tb = ev["trig"].encode()
    pos = -1
    for _ in range(ev["occ"]):
        pos = b.find(tb, pos + 1)
        if pos < 0:
            sys.exit("trigger %r occurrence %d not found in %s" % (ev["trig"], ev["occ"], item["id"]))
    start, end = pos, pos + len(tb)
    if b[start:end].decode() != ev["trig"]:
        sys.exit("evidence mismatch in %s" % item["id"])
    sub = ev["sub"]
    if sub not in SUB2TYPE:
        sys.exit("unknown sub-type %r in %s" % (sub, item["id"]))
    et = SUB2TYPE[sub]
    pl = ev["plover"] or DEFAULT_PLOVER.get(sub) or DEFAULT_PLOVER[et]
    if pl not in PLOVER:
        sys.exit("unknown PLOVER %r in %s" % (pl, item["id"]))
    if ev["mod"] not in MODALITY:
        sys.exit("unknown modality %r in %s" % (ev["mod"], item["id"]))
    date = ev["date"]
    if date == PUB:
        date = item["published"]
    elif date == PREV:
        date = prev_day(item["published"])
    if date is not None:
        import re
        if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
            sys.exit("bad date %r in %s" % (date, item["id"]))
    loc = ev["loc"]
    if loc is not None and loc["precision"] not in (1, 2, 3, 4):
        sys.exit("bad precision in %s" % item["id"])
    if ev["fat"] is not None and not isinstance(ev["fat"], int):
        sys.exit("bad fatalities in %s" % item["id"])
    return {"event_type": et, "sub_event_type": sub, "plover": pl, "modality": ev["mod"],
            "actor1": ev["a1"], "actor2": ev["a2"], "date": date, "location": loc,
            "fatalities": ev["fat"], "background": ev["bg"],
            "evidence": {"start": start, "end": end, "text": ev["trig"]}}


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, IN), encoding="utf-8") if l.strip()]
    ids = {it["id"] for it in items}
    for k in C:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_ev = n_coded = n_empty = 0
    with open(os.path.join(HERE, OUT), "w", encoding="utf-8") as f:
        for it in items:
            out = dict(it)
            if it["id"] in C:
                out["events"] = [build(it, ev) for ev in C[it["id"]]]
                n_coded += 1
                n_ev += len(out["events"])
                n_empty += not out["events"]
            else:
                out["events"] = []
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("items coded: %d / %d, events: %d, coded-empty: %d" % (n_coded, len(items), n_ev, n_empty))


# ---------------------------------------------------------------- codes
C["portal-2025-01-03-57"] = []  # "went missing ... rescued": no perpetrator or act reported (ambiguous)
C["portal-2025-01-06-76"] = []
C["portal-2025-01-13-26"] = [
    E("Shelling/artillery/missile attack", "Unidentified Armed Group (Sudan)", "Civilians (Sudan)", PUB,
      L("Omdurman", "SD", "Khartoum", 1), 120, "shelling")]
C["portal-2025-01-17-51"] = []
C["portal-2025-01-19-35"] = [
    E("Violent demonstration", "Rioters (South Korea)", None, PUB, L("Seoul", "KR", "Seoul", 1), None, "raid"),
    E("Arrests", None, "Yoon Suk Yeol", None, L("South Korea", "KR", None, 4), None, "arrest", bg=True)]
C["portal-2025-01-20-50"] = []
C["portal-2025-01-22-54"] = [
    E("Attack", "Unidentified Armed Group (Japan)", "Civilians (Japan)", PUB,
      L("Nagano", "JP", "Nagano", 1), 1, "mass stabbing")]
C["portal-2025-01-23-34"] = []
C["portal-2025-01-28-14"] = []
C["portal-2025-02-01-32"] = [
    E("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", PUB, L("Arzah", "SY", "Hama", 1), 10,
      "Gunmen kill")]
C["portal-2025-02-03-17"] = [
    E("Attack", "Rapid Support Forces", "Civilians (Sudan)", None, L("Omdurman", "SD", "Khartoum", 1), None,
      "attack", bg=True)]
C["portal-2025-02-03-22"] = [
    E("Abduction/forced disappearance", "Al-Shabaab", "Civilians (Kenya)", PUB,
      L("El Wak", "KE", "Mandera", 2), None, "abduct")]
C["portal-2025-02-14-14"] = [
    E("Non-violent transfer of territory", "M23: March 23 Movement",
      "Military Forces of the Democratic Republic of Congo", PUB, L("Bukavu", "CD", "South Kivu", 1), None,
      "enter")]
C["portal-2025-02-16-17"] = [
    E("Air/drone strike", "Military Forces of Russia", "Civilians (Ukraine)", PUB,
      L("Ukraine", "UA", None, 4), None, "drone strikes"),
    E("Air/drone strike", "Military Forces of Russia", None, PUB,
      L("Mykolaiv", "UA", "Mykolaiv", 1), None, "damaging a thermal power station")]
C["portal-2025-02-18-59"] = []
C["portal-2025-02-24-22"] = []
C["portal-2025-03-01-16"] = [
    E("Air/drone strike", "Military Forces of the United States", "Hurras al-Din", PUB,
      L("Syria", "SY", None, 4), 1, "precision airstrike")]
C["portal-2025-03-07-20"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Russia", None, PUB,
      L("Ukraine", "UA", None, 4), None, "missile and drone attack")]
C["portal-2025-03-12-18"] = [
    E("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", "2025-03-12",
      L("western Syria", "SY", None, 3), 158, "reprisal massacres")]
C["portal-2025-03-26-23"] = [
    E("Attack", "Unidentified Armed Group (Mexico)", "Police Forces of Mexico", PUB,
      L("Vega de Alatorre", "MX", "Veracruz", 2), 2, "ambushed")]
C["portal-2025-03-26-57"] = []
C["portal-2025-03-27-52"] = []
C["portal-2025-03-29-19"] = [
    E("Air/drone strike", "Military Forces of Russia", "Civilians (Ukraine)", PUB,
      L("Kharkiv", "UA", "Kharkiv", 1), 2, "drone attack")]
C["portal-2025-04-16-12"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", PUB,
      L("Kherson", "UA", "Kherson", 1), 1, "artillery and glide bombs target")]
C["portal-2025-04-25-44"] = [
    E("Arrests", "Police Forces of Brazil", "Fernando Collor de Mello", PUB, L("Brazil", "BR", None, 4), None,
      "is arrested")]
C["portal-2025-04-28-28"] = [
    E("Shelling/artillery/missile attack", "Al-Shabaab", None, PUB, L("Mogadishu", "SO", "Banaadir", 1), None,
      "mortars")]
C["portal-2025-05-05-17"] = [
    E("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", PUB, L("Damascus", "SY", "Damascus", 1),
      1, "open fire")]
C["portal-2025-05-13-47"] = []
C["portal-2025-05-14-41"] = []
C["portal-2025-05-22-31"] = [
    E("Attack", "Unidentified Armed Group (Syria)", "Military Forces of Jordan", None, L("Syria", "SY", None, 4),
      1, "murder", bg=True)]
C["portal-2025-06-01-44"] = []
C["portal-2025-06-02-15"] = []  # statistics over 2025
C["portal-2025-06-04-15"] = []
C["portal-2025-06-04-32"] = []
C["portal-2025-06-12-42"] = []
C["portal-2025-06-15-17"] = [
    E("Air/drone strike", "Military Forces of Iran", "Civilians (Syria)", PUB,
      L("Tartus Governorate", "SY", "Tartus", 3), 1, "drone strikes")]
C["portal-2025-06-16-19"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", "Civilians (Israel)", PUB,
      L("central Israel", "IL", None, 3), 8, "ballistic missile barrage")]
C["portal-2025-06-17-16"] = [
    E("Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel", PUB,
      L("southern Gaza Strip", "PS", "Gaza Strip", 3), 1, "is killed")]
C["portal-2025-06-18-41"] = []
C["portal-2025-07-13-16"] = [
    E("Non-state actor overtakes territory", "Al-Shabaab", "Military Forces of Somalia", PUB,
      L("Tardo", "SO", "Hiraan", 1), None, "takeover", mod="claimed"),
    E("Government regains territory", "Military Forces of Somalia", None, "2022-09",
      L("Tardo", "SO", "Hiraan", 1), None, "captured", bg=True)]
C["portal-2025-07-19-16"] = [
    E("Attack", "Unidentified Armed Group (Palestine)", "Civilians (Palestine)", PUB,
      L("Gaza Strip", "PS", "Gaza Strip", 3), 32, "are killed")]
C["portal-2025-07-26-14"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Thailand", None, PUB,
      L("Cambodia", "KH", None, 4), 12, "Twelve more deaths"),
    E("Armed clash", "Military Forces of Cambodia", "Military Forces of Thailand", PUB,
      L("Cambodia-Thailand border", "TH", None, 3), 1, "is shot dead")]
C["portal-2025-08-06-17"] = []
C["portal-2025-08-08-14"] = []  # troop build-up ahead of an expected offensive: a plan
C["portal-2025-08-21-39"] = []  # remains recovered / graves found; cult deaths not armed violence
C["portal-2025-08-22-50"] = []
C["portal-2025-08-24-41"] = []  # releases, not arrests
C["portal-2025-08-31-57"] = []
C["portal-2025-09-05-65"] = []
C["portal-2025-09-08-29"] = [
    E("Excessive force against protesters", "Police Forces of Nepal", "Protesters (Nepal)", PUB,
      L("Kathmandu", "NP", "Bagmati", 1), 19, "open fire on protesters")]
C["portal-2025-09-09-29"] = []  # army occupies airport: deployment, no interaction
C["portal-2025-09-09-59"] = []
C["portal-2025-09-10-23"] = [
    E("Disrupted weapons use", "Military Forces of Poland", "Military Forces of Russia", PUB,
      L("Poland", "PL", None, 4), None, "shot down")]
C["portal-2025-09-15-57"] = []
C["portal-2025-09-16-16"] = []
C["portal-2025-09-19-20"] = [
    E("Armed clash", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria", PUB,
      L("Benue State", "NG", "Benue", 3), 11, "ambush")]
C["portal-2025-09-19-55"] = [
    E("Arrests", "Police Forces of Palestine", "Hicham Harb", PUB, L("Palestine", "PS", None, 4), None,
      "arrest"),
    E("Attack", "Unidentified Armed Group (France)", "Civilians (France)", None,
      L("Paris", "FR", "Ile-de-France", 1), 6, "attack", bg=True)]
C["portal-2025-09-27-42"] = [
    E("Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", PUB,
      L("Southport", "US", "North Carolina", 1), 3, "mass shooting")]
C["portal-2025-09-29-18"] = [
    E("Shelling/artillery/missile attack", "Ansar Allah", "Civilians (International)", PUB, None, None,
      "anti-ship missile attack")]
C["portal-2025-09-29-66"] = []
C["portal-2025-10-01-45"] = [
    E("Remote explosive/landmine/IED", "Unidentified Armed Group (Germany)", "Civilians (Germany)", PUB,
      L("Munich", "DE", "Bavaria", 1), 2, "explosion")]
C["portal-2025-10-16-13"] = [
    E("Attack", "Military Forces of Israel", "Civilians (Palestine)", PUB,
      L("Gaza Strip", "PS", "Gaza Strip", 3), 3, "are killed")]
C["portal-2025-10-21-12"] = [
    E("Attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", PUB,
      L("Kafr Maris", "SY", "Idlib", 1), 3, "are shot dead")]
C["portal-2025-10-23-12"] = [
    E("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", PUB,
      L("Borno State", "NG", "Borno", 3), 25, "repel drone-backed attacks"),
    E("Armed clash", "Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria", PUB,
      L("Yobe State", "NG", "Yobe", 3), 25, "repel drone-backed attacks")]
C["portal-2025-10-24-17"] = [
    E("Attack", "Military Forces of Israel", "Civilians (Palestine)", PREV,
      L("Askar Camp", "PS", "West Bank", 1), 1, "being shot")]
C["portal-2025-11-01-45"] = [
    E("Attack", "Unidentified Armed Group (Mexico)", "Government of Mexico", PUB,
      L("Uruapan", "MX", "Michoacan", 1), 1, "is assassinated")]
C["portal-2025-11-09-13"] = [
    E("Armed clash", "Boko Haram", "Islamic State West Africa Province", PUB,
      L("Lake Chad", "NG", "Borno", 2), 200, "clashes")]
C["portal-2025-11-18-59"] = []
C["portal-2025-11-24-24"] = [
    E("Armed clash", "Unidentified Armed Group (Yemen)", "Government of Yemen", PUB,
      L("Taiz", "YE", "Taiz", 2), 7, "mass shooting")]
C["portal-2025-12-03-22"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", PUB,
      L("Khan Younis", "PS", "Gaza Strip", 2), 5, "drone strikes")]
C["portal-2025-12-05-47"] = []
C["portal-2025-12-13-18"] = []  # evacuation order for planned strikes: future
C["portal-2025-12-15-39"] = []
C["portal-2025-12-16-15"] = [
    E("Attack", "Fulani Ethnic Militia (Nigeria)", "Civilians (Nigeria)", PUB,
      L("Plateau State", "NG", "Plateau", 3), 12, "attack")]
C["portal-2025-12-19-45"] = []
C["portal-2025-12-27-44"] = [
    E("Arrests", "Police Forces of Italy", "Civilians (Italy)", PUB, L("Italy", "IT", None, 4), None, "arrest")]
C["portal-2025-12-29-36"] = []
C["portal-2026-01-08-20"] = []
C["portal-2026-01-12-19"] = [
    E("Shelling/artillery/missile attack", "Rapid Support Forces", "Civilians (Sudan)", PUB,
      L("Singa", "SD", "Sennar", 1), 10, "missile strike")]
C["portal-2026-01-22-64"] = []  # arrest of a drug trafficker: not politically relevant
C["portal-2026-01-23-38"] = [
    E("Peaceful protest", "Protesters (United States)", None, PUB, L("Minnesota", "US", "Minnesota", 3), None,
      "general strike")]
C["portal-2026-01-28-45"] = []
C["portal-2026-02-01-16"] = [
    E("Air/drone strike", "Military Forces of Russia", "Civilians (Ukraine)", PUB,
      L("Dnipro", "UA", "Dnipropetrovsk", 1), 15, "drone strike")]
C["portal-2026-02-08-15"] = [
    E("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", PUB, L("Kwara State", "NG", "Kwara", 3),
      1, "shooting attack")]
C["portal-2026-02-17-14"] = [
    E("Air/drone strike", "Military Forces of Russia", "Civilians (Ukraine)", PUB, L("Sumy Oblast", "UA", "Sumy", 3),
      None, "strikes")]
C["portal-2026-02-21-18"] = [
    E("Air/drone strike", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", PUB,
      L("Nangarhar", "AF", "Nangarhar", 3), 6, "intelligence-based strikes"),
    E("Air/drone strike", "Military Forces of Pakistan", "Tehrik-i-Taliban Pakistan", PUB,
      L("Paktika", "AF", "Paktika", 3), 6, "intelligence-based strikes")]
C["portal-2026-02-24-52"] = []  # vague expressions of solidarity, no place/gathering
C["portal-2026-02-28-24"] = []  # announced closure of a strait: no interaction
C["portal-2026-03-02-15"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", "Military Forces of Kuwait", PUB,
      L("Kuwait", "KW", None, 4), 2, "Iranian attacks")]
C["portal-2026-03-03-26"] = []
C["portal-2026-03-06-29"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", "Military Forces of Saudi Arabia", PUB,
      L("Prince Sultan Air Base", "SA", "Riyadh", 1), None, "ballistic missile strikes"),
    E("Disrupted weapons use", "Military Forces of Saudi Arabia", "Military Forces of Iran", PUB,
      L("Prince Sultan Air Base", "SA", "Riyadh", 1), None, "intercepted three missiles"),
    E("Disrupted weapons use", "Military Forces of Saudi Arabia", "Military Forces of Iran", PUB,
      L("Riyadh Province", "SA", "Riyadh", 3), None, "four drones")]
C["portal-2026-03-08-21"] = [
    E("Air/drone strike", "Military Forces of the United Arab Emirates", None, PUB, L("Iran", "IR", None, 4), None,
      "airstrikes", mod="denied")]
C["portal-2026-03-09-18"] = [
    E("Disrupted weapons use", "Military Forces of Turkey", "Military Forces of Iran", PUB,
      L("Gaziantep Province", "TR", "Gaziantep", 3), None, "shoot down")]
C["portal-2026-03-13-24"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", PUB,
      L("Burj Qalaouiyah", "LB", "Nabatieh", 1), 12, "airstrike")]
C["portal-2026-03-15-23"] = [
    E("Government regains territory", "Military Forces of South Sudan", "Unidentified Armed Group (South Sudan)",
      None, L("Akobo", "SS", "Jonglei", 1), None, "recapturing", bg=True)]
C["portal-2026-03-16-28"] = [
    E("Shelling/artillery/missile attack", "Hezbollah", "Civilians (Israel)", PUB,
      L("northern Israel", "IL", "Northern District", 3), None, "rocket and drone attacks")]
C["portal-2026-03-17-24"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", PUB,
      L("Al-Mawasi", "PS", "Gaza Strip", 1), 3, "airstrike")]
C["portal-2026-03-19-13"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", None, PUB, L("Haifa", "IL", "Haifa", 1), None,
      "Iranian missile attack")]
C["portal-2026-03-20-19"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", "Military Forces of Israel", PUB,
      L("Ben Gurion Airport", "IL", "Tel Aviv", 1), None, "launches strikes")]
C["portal-2026-03-20-39"] = [
    E("Air/drone strike", "Rapid Support Forces", "Civilians (Sudan)", PUB, L("Al Dabbah", "SD", "Northern", 1),
      None, "drone strike")]
C["portal-2026-03-21-20"] = [
    E("Air/drone strike", "Military Forces of Israel", None, PUB, L("Natanz", "IR", "Isfahan", 1), None,
      "jets strike")]
C["portal-2026-03-30-29"] = [
    E("Shelling/artillery/missile attack", "Unidentified Armed Group (Lebanon)",
      "UNIFIL: United Nations Interim Force in Lebanon", PUB, L("southern Lebanon", "LB", "South Lebanon", 3), 2,
      "projectile hits")]
C["portal-2026-04-02-23"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Iran)", PUB, L("Tehran", "IR", "Tehran", 2), 8,
      "airstrikes")]
C["portal-2026-04-07-16"] = []
C["portal-2026-04-08-45"] = []  # bridge closed after a warning of a possible strike
C["portal-2026-04-09-25"] = []
C["portal-2026-04-11-30"] = [
    E("Air/drone strike", "Military Forces of Nigeria", "Civilians (Nigeria)", PUB, L("Yobe State", "NG", "Yobe", 3),
      200, "airstrike")]
C["portal-2026-04-11-59"] = [
    E("Peaceful protest", "Protesters (Thailand)", None, PUB, L("Bangkok", "TH", "Bangkok", 1), None, "gather")]
C["portal-2026-04-14-24"] = []  # agreement to negotiate in the future: diplomacy
C["portal-2026-04-14-25"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", PUB,
      L("Adloun", "LB", "South Lebanon", 1), 3, "raid")]
C["portal-2026-04-15-84"] = [
    E("Peaceful protest", "Protesters (Papua New Guinea)", None, PUB,
      L("Port Moresby", "PG", "National Capital District", 1), None, "sets up roadblocks")]
C["portal-2026-04-17-55"] = []
C["portal-2026-04-21-17"] = [
    E("Other", "Military Forces of the United States", None, PUB, None, None, "stopped and boarded")]
C["portal-2026-04-24-15"] = []
C["portal-2026-04-25-41"] = [
    E("Abduction/forced disappearance", "Pirates (Somalia)", "Civilians (Pakistan)", PUB,
      L("Mogadishu", "SO", "Banaadir", 2), None, "attack and seize")]
C["portal-2026-04-27-15"] = []
C["portal-2026-04-27-19"] = []
C["portal-2026-05-11-66"] = []  # entry bans ahead of a future rally
C["portal-2026-05-12-35"] = []
C["portal-2026-05-17-59"] = [
    E("Attack", "Unidentified Armed Group (Mexico)", "Civilians (Mexico)", PUB,
      L("Tehuitzingo", "MX", "Puebla", 2), 10, "mass shooting")]
C["portal-2026-05-19-70"] = []  # arrest of smugglers: not politically relevant
C["portal-2026-05-20-19"] = []
C["portal-2026-05-22-19"] = []
C["portal-2026-05-23-68"] = [
    E("Peaceful protest", "Protesters (Spain)", None, PUB, L("Madrid", "ES", "Madrid", 1), None, "march")]
C["portal-2026-05-25-62"] = []
C["portal-2026-05-29-15"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", PUB,
      L("Choueifat", "LB", "Mount Lebanon", 1), 3, "airstrike")]
C["portal-2026-05-30-20"] = [
    E("Air/drone strike", "Military Forces of Israel", None, PUB, L("Beaufort Castle", "LB", "Nabatieh", 2), None,
      "Israeli Air Force strikes")]
C["portal-2026-06-01-40"] = [
    E("Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", PUB, L("Kabba", "NG", "Kogi", 2), 2,
      "bandit attack")]
C["portal-2026-06-06-22"] = [
    E("Disrupted weapons use", "Military Forces of Bahrain", "Military Forces of Iran", PUB,
      L("Bahrain", "BH", None, 4), None, "intercepts")]
C["portal-2026-06-07-15"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", PUB, L("Beirut", "LB", "Beirut", 1), 2,
      "airstrikes")]
C["portal-2026-06-08-27"] = [
    E("Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan", PUB,
      L("Azad Kashmir", "PK", "Azad Kashmir", 3), 11, "clashes"),
    E("Arrests", "Police Forces of Pakistan", "Joint Awami Action Committee", PUB,
      L("Azad Kashmir", "PK", "Azad Kashmir", 3), None, "arrest")]
C["portal-2026-06-15-46"] = [
    E("Attack", "Unidentified Armed Group (Poland)", "Civilians (Poland)", PUB,
      L("Biala Podlaska", "PL", "Lublin", 1), 1, "is shot dead")]
C["portal-2026-06-18-34"] = []  # threat; "the attack" not described
C["portal-2026-06-22-80"] = [
    E("Peaceful protest", "Protesters (Czech Republic)", None, PUB, L("Czech Republic", "CZ", None, 4), None,
      "warning strike")]
C["portal-2026-06-25-27"] = []  # displacement statistic
C["portal-2026-06-29-30"] = [
    E("Government regains territory", "Military Forces of Sudan", None, PUB, L("Sirkum", "SD", "Blue Nile", 1),
      None, "retaken", mod="claimed"),
    E("Government regains territory", "Military Forces of Sudan", None, PUB, L("Mugaja", "SD", "Blue Nile", 1),
      None, "retaken", mod="claimed")]
C["portal-2026-07-02-27"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Russia", "Civilians (Ukraine)", PUB,
      L("Kyiv", "UA", "Kyiv City", 1), 30, "ballistic missile and drone attack")]
C["portal-2026-07-03-49"] = []
C["portal-2026-07-07-17"] = [
    E("Air/drone strike", "Military Forces of the United States", "Military Forces of Iran", PUB,
      L("Bandar Abbas", "IR", "Hormozgan", 1), None, "strike"),
    E("Air/drone strike", "Military Forces of the United States", "Military Forces of Iran", PUB,
      L("Bandar Sirik", "IR", "Hormozgan", 1), None, "strike"),
    E("Air/drone strike", "Military Forces of the United States", "Military Forces of Iran", PUB,
      L("Qeshm Island", "IR", "Hormozgan", 1), None, "strike"),
    E("Shelling/artillery/missile attack", "Unidentified Armed Group (Iran)", "Civilians (International)", None,
      L("Strait of Hormuz", "IR", "Hormozgan", 3), None, "attacks hit three commercial vessels", bg=True)]
C["portal-2026-07-09-77"] = []
C["portal-2026-07-16-18"] = [
    E("Air/drone strike", "Military Forces of the United States", None, PUB,
      L("Iranshahr Airport", "IR", "Sistan and Baluchestan", 1), None, "attacked")]
C["portal-2026-07-17-21"] = [
    E("Shelling/artillery/missile attack", "Military Forces of Iran", "Military Forces of Oman", PUB,
      L("Oman", "OM", None, 4), None, "launches attacks")]
C["portal-2026-07-19-23"] = [
    E("Air/drone strike", "Military Forces of the United States", "Military Forces of Iran", PUB,
      L("Iran", "IR", None, 4), None, "launches strikes")]
C["portal-2026-07-24-103"] = []  # museum theft: ordinary crime
C["portal-2026-07-28-16"] = [
    E("Disrupted weapons use", "Military Forces of the United States", "Military Forces of Iran", PUB, None, None,
      "successfully intercepted")]
C["portal-2026-08-04-22"] = [
    E("Air/drone strike", "Military Forces of Israel", "Civilians (Palestine)", None,
      L("Sabra", "PS", "Gaza Strip", 1), 112, "Israeli strike", bg=True)]
C["portal-2026-08-07-15"] = []
C["portal-2026-08-13-50"] = [
    E("Disrupted weapons use", "Police Forces of Poland", "Military Forces of Russia", PUB,
      L("Warsaw", "PL", "Masovia", 1), None, "foiled", mod="foiled"),
    E("Arrests", "Police Forces of Poland", "Civilians (Poland)", PUB, L("Poland", "PL", None, 4), None, "arrest")]
C["portal-2026-08-18-62"] = []
C["portal-2026-08-19-15"] = []

if __name__ == "__main__":
    main()
