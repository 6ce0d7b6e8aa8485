#!/usr/bin/env python3
"""Annotator O5: hand codes for batch-O5.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O5.jsonl.
Standard library only.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

TAXONOMY = {
    "Battles": ["Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack",
                                   "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"],
}
PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
          "COERCE", "ASSAULT"]
MODALITIES = ["occurred", "attempted", "planned", "foiled", "threatened", "claimed",
              "denied", "hypothetical"]

# short keys -> (event_type, sub_event_type, default PLOVER)
SUB = {
    "clash": ("Battles", "Armed clash", "ASSAULT"),
    "govregain": ("Battles", "Government regains territory", "ASSAULT"),
    "nsaover": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "chem": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "air": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "grenade": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "sexual": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "attack": ("Violence against civilians", "Attack", "ASSAULT"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "peaceful": ("Protests", "Peaceful protest", "PROTEST"),
    "intervention": ("Protests", "Protest with intervention", "PROTEST"),
    "excessive": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "violentdemo": ("Riots", "Violent demonstration", "PROTEST"),
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


def ev(trigger, occ=1, *, sub, a1=None, a2=None, loc=None, date="P", fat=None,
       mod="occurred", bg=False, plover=None):
    """One event code. loc = (name, ISO2, admin1, precision) or None.
    date: "P" = published, "P-N" = N days before published, "YYYY-MM(-DD)", or None."""
    return dict(trigger=trigger, occ=occ, sub=sub, a1=a1, a2=a2, loc=loc, date=date,
                fat=fat, mod=mod, bg=bg, plover=plover)


class CodingError(Exception):
    pass


def byte_span(text, trigger, occ):
    b = text.encode()
    t = trigger.encode()
    pos = -1
    for _ in range(occ):
        pos = b.find(t, pos + 1)
        if pos < 0:
            raise CodingError("trigger %r occurrence %d not found" % (trigger, occ))
    return pos, pos + len(t)


def resolve_date(code_date, published):
    if code_date is None:
        return None
    if code_date == "P":
        return published
    if code_date.startswith("P-"):
        d = datetime.date.fromisoformat(published) - datetime.timedelta(days=int(code_date[2:]))
        return d.isoformat()
    # explicit
    if len(code_date) == 10:
        datetime.date.fromisoformat(code_date)
    elif len(code_date) == 7:
        datetime.date.fromisoformat(code_date + "-01")
    else:
        raise CodingError("bad date %r" % code_date)
    return code_date


def build_event(item, c):
    if c["sub"] not in SUB:
        raise CodingError("unknown sub key %r" % c["sub"])
    etype, stype, pdefault = SUB[c["sub"]]
    plover = c["plover"] or pdefault
    if etype not in TAXONOMY or stype not in TAXONOMY[etype]:
        raise CodingError("type/sub-type not in taxonomy: %r / %r" % (etype, stype))
    if plover not in PLOVER:
        raise CodingError("PLOVER not in taxonomy: %r" % plover)
    if c["mod"] not in MODALITIES:
        raise CodingError("bad modality %r" % c["mod"])
    text = item["text"]
    start, end = byte_span(text, c["trigger"], c["occ"])
    loc = None
    if c["loc"] is not None:
        name, cc, admin1, prec = c["loc"]
        if not (isinstance(cc, str) and len(cc) == 2 and cc.isupper()):
            raise CodingError("bad country %r" % cc)
        if prec not in (1, 2, 3, 4):
            raise CodingError("bad precision %r" % prec)
        loc = {"name": name, "country": cc, "admin1": admin1, "precision": prec}
    fat = c["fat"]
    if fat is not None and (not isinstance(fat, int) or fat < 0):
        raise CodingError("bad fatalities %r" % fat)
    e = {
        "event_type": etype, "sub_event_type": stype, "plover": plover,
        "modality": c["mod"], "actor1": c["a1"], "actor2": c["a2"],
        "date": resolve_date(c["date"], item["published"]),
        "location": loc, "fatalities": fat, "background": bool(c["bg"]),
        "evidence": {"start": start, "end": end, "text": c["trigger"]},
    }
    if text.encode()[start:end].decode() != e["evidence"]["text"]:
        raise CodingError("evidence mismatch")
    return e


def run(codes, in_path, out_path, require_all=False):
    items = [json.loads(l) for l in open(in_path, encoding="utf-8") if l.strip()]
    ids = [it["id"] for it in items]
    unknown = set(codes) - set(ids)
    if unknown:
        sys.exit("ERROR: unknown ids in codes: %s" % sorted(unknown))
    out, n_ev, n_empty, missing = [], 0, 0, []
    for it in items:
        if it["id"] not in codes:
            missing.append(it["id"])
            continue
        try:
            evs = [build_event(it, c) for c in codes[it["id"]]]
        except CodingError as exc:
            sys.exit("ERROR in %s: %s" % (it["id"], exc))
        rec = dict(it)
        rec["events"] = evs
        out.append(rec)
        n_ev += len(evs)
        n_empty += (not evs)
    if require_all and missing:
        sys.exit("ERROR: %d items not coded" % len(missing))
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("%s: %d/%d items coded, %d events, %d items without event, %d not yet coded"
          % (os.path.basename(out_path), len(out), len(items), n_ev, n_empty, len(missing)))


# ---------------------------------------------------------------- codes
# Location tuples: L(name, ISO2 country, admin1 or None, precision 1 town/site, 2 district,
# 3 region/admin1, 4 country only)
def L(name, cc, admin1=None, prec=1):
    return (name, cc, admin1, prec)


# Write your codes here: every item id of your batch, [] when the item has no event.
CODES = {
    "portal-2020-12-20-29": [],
    "portal-2020-12-20-30": [],
    "portal-2020-12-20-54": [],
    "portal-2025-01-03-37": [],
    "portal-2025-01-04-37": [],
    "portal-2025-01-05-21": [],
    "portal-2025-01-05-26": [],
    "portal-2025-01-06-56": [],
    "portal-2025-01-08-42": [],
    "portal-2025-01-10-40": [],
    "portal-2025-01-18-33": [],
    "portal-2025-02-16-24": [],
    "portal-2025-02-17-35": [],
    "portal-2025-02-17-42": [],
    "portal-2025-02-21-20": [],
    "portal-2025-02-21-32": [],
    "portal-2025-02-22-36": [],
    "portal-2025-02-22-44": [],
    "portal-2025-02-25-27": [],
    "portal-2025-03-01-40": [],
    "portal-2025-03-02-37": [],
    "portal-2025-03-02-59": [],
    "portal-2025-03-04-32": [],
    "portal-2025-03-11-41": [],
    "portal-2025-03-16-23": [
        ev("explodes", sub="ied", a1="Unidentified Armed Group (Syria)", a2="Civilians (Syria)",
           loc=L("Latakia", "SY", "Latakia Governorate", 1), fat=16)],
    "portal-2025-03-19-28": [],
    "portal-2025-03-25-23": [],
    "portal-2025-03-26-34": [],
    "portal-2025-03-28-35": [],
    "portal-2025-04-02-40": [],
    "portal-2025-04-02-65": [],
    "portal-2025-04-05-27": [],
    "portal-2025-04-07-27": [],
    "portal-2025-04-09-31": [],
    "portal-2025-04-09-32": [],
    "portal-2025-04-11-36": [],
    "portal-2025-04-12-40": [],
    "portal-2025-04-24-70": [],
    "portal-2025-05-08-16": [],
    "portal-2025-05-12-26": [],
    "portal-2025-05-15-53": [],
    "portal-2025-05-31-22": [],
    "portal-2025-06-03-32": [],
    "portal-2025-06-05-56": [],
    "portal-2025-06-11-24": [],
    "portal-2025-06-11-28": [],
    "portal-2025-06-11-33": [
        ev("forced off a boat", sub="attack", a1="Unidentified Armed Group (Djibouti)",
           a2="Civilians (Djibouti)", loc=L("Djibouti", "DJ", None, 4), fat=8)],
    "portal-2025-06-15-54": [],
    "portal-2025-06-18-29": [],
    "portal-2025-07-02-17": [],
    "portal-2025-07-02-44": [],
    "portal-2025-07-03-42": [],
    "portal-2025-07-05-23": [],
    "portal-2025-07-13-34": [],
    "portal-2025-07-13-47": [],
    "portal-2025-07-13-49": [],
    "portal-2025-07-20-19": [],
    "portal-2025-07-20-20": [],
    "portal-2025-07-25-40": [],
    "portal-2025-07-27-39": [],
    "portal-2025-07-30-36": [],
    "portal-2025-07-30-43": [],
    "portal-2025-07-31-29": [],
    "portal-2025-07-31-43": [],
    "portal-2025-08-02-29": [],
    "portal-2025-08-05-23": [],
    "portal-2025-08-10-18": [],
    "portal-2025-08-10-19": [],
    "portal-2025-08-10-20": [],
    "portal-2025-08-12-39": [],
    "portal-2025-08-25-48": [],
    "portal-2025-08-31-33": [],
    "portal-2025-09-11-26": [],
    "portal-2025-09-11-36": [],
    "portal-2025-09-11-38": [],
    "portal-2025-09-11-42": [],
    "portal-2025-09-12-25": [],
    "portal-2025-09-12-58": [],
    "portal-2025-09-21-43": [],
    "portal-2025-09-24-28": [],
    "portal-2025-09-24-38": [],
    "portal-2025-09-29-33": [],
    "portal-2025-09-29-43": [],
    "portal-2025-09-30-41": [],
    "portal-2025-10-13-27": [],
    "portal-2025-10-23-20": [],
    "portal-2025-10-26-29": [],
    "portal-2025-11-03-40": [],
    "portal-2025-11-09-29": [],
    "portal-2025-11-10-26": [],
    "portal-2025-11-20-35": [],
    "portal-2025-11-21-36": [],
    "portal-2025-11-26-20": [],
    "portal-2025-11-26-41": [],
    "portal-2025-12-01-25": [],
    "portal-2025-12-01-52": [],
    "portal-2025-12-07-23": [],
    "portal-2025-12-10-32": [],
    "portal-2025-12-11-22": [],
    "portal-2025-12-11-30": [],
    "portal-2025-12-15-17": [],
    "portal-2025-12-28-21": [],
    "portal-2026-01-12-34": [],
    "portal-2026-01-19-41": [],
    "portal-2026-01-21-22": [],
    "portal-2026-01-21-33": [],
    "portal-2026-01-28-57": [],
    "portal-2026-02-01-27": [],
    "portal-2026-02-01-49": [],
    "portal-2026-02-02-30": [],
    "portal-2026-02-12-24": [],
    "portal-2026-02-14-26": [],
    "portal-2026-02-17-30": [
        ev("explosion", sub="ied", a1="Unidentified Armed Group (Russia)", a2="Military Forces of Russia",
           loc=L("Sertolovo", "RU", "Leningrad Oblast", 1), fat=3)],
    "portal-2026-02-18-56": [],
    "portal-2026-02-21-35": [],
    "portal-2026-02-21-45": [],
    "portal-2026-02-27-24": [],
    "portal-2026-02-27-45": [],
    "portal-2026-03-03-70": [],
    "portal-2026-03-12-57": [],
    "portal-2026-03-12-61": [],
    "portal-2026-03-13-48": [],
    "portal-2026-03-15-29": [],
    "portal-2026-03-16-46": [],
    "portal-2026-03-16-67": [],
    "portal-2026-03-16-68": [],
    "portal-2026-03-18-44": [],
    "portal-2026-03-21-66": [],
    "portal-2026-03-25-44": [],
    "portal-2026-03-25-51": [],
    "portal-2026-03-26-37": [],
    "portal-2026-03-26-50": [],
    "portal-2026-03-26-70": [],
    "portal-2026-03-28-39": [
        ev("thrown overboard", sub="attack", a1="Unidentified Armed Group (Greece)",
           a2="Civilians (Greece)", loc=L("Crete", "GR", "Crete", 3), fat=None)],
    "portal-2026-03-30-43": [],
    "portal-2026-03-30-84": [],
    "portal-2026-03-31-39": [],
    "portal-2026-03-31-48": [],
    "portal-2026-03-31-61": [],
    "portal-2026-04-02-47": [],
    "portal-2026-04-03-43": [],
    "portal-2026-04-03-44": [],
    "portal-2026-04-06-75": [],
    "portal-2026-04-07-58": [
        ev("missile struck", sub="shell", a1="Military Forces of Israel", a2="Civilians (Iran)",
           loc=L("Tehran", "IR", "Tehran", 1), fat=None)],
    "portal-2026-04-07-59": [],
    "portal-2026-04-07-63": [],
    "portal-2026-04-07-82": [
        ev("storm the Kuwaiti consulate", sub="violentdemo", a1="Rioters (Iraq)", a2=None,
           loc=L("Basra", "IQ", "Basra", 1)),
        ev("rocket attack", sub="shell", a1="Unidentified Armed Group (Kuwait)", a2="Civilians (Iraq)",
           loc=L("Basra", "IQ", "Basra", 1), fat=3)],
    "portal-2026-04-10-69": [],
    "portal-2026-04-12-36": [],
    "portal-2026-04-13-36": [],
    "portal-2026-04-13-45": [],
    "portal-2026-04-26-72": [],
    "portal-2026-04-26-74": [],
    "portal-2026-04-27-37": [],
    "portal-2026-04-29-57": [],
    "portal-2026-04-30-38": [],
    "portal-2026-04-30-44": [],
    "portal-2026-04-30-83": [],
    "portal-2026-05-03-35": [],
    "portal-2026-05-14-55": [
        ev("shootings", sub="clash", a1="Unidentified Armed Group (Venezuela)", a2="Military Forces of Guyana",
           loc=L("Cuyuní River", "GY", "Cuyuni-Mazaruni", 2), date=None, bg=True)],
    "portal-2026-05-15-58": [],
    "portal-2026-05-19-51": [],
    "portal-2026-05-21-47": [],
    "portal-2026-05-21-48": [],
    "portal-2026-05-23-45": [],
    "portal-2026-05-23-89": [],
    "portal-2026-05-27-46": [],
    "portal-2026-05-28-42": [],
    "portal-2026-05-28-49": [],
    "portal-2026-05-29-33": [],
    "portal-2026-05-30-52": [],
    "portal-2026-05-30-71": [
        ev("clashes", sub="mob", a1="Rioters (France)", a2="Police Forces of France",
           loc=L("Paris", "FR", "Île-de-France", 1))],
    "portal-2026-06-08-34": [],
    "portal-2026-06-13-24": [],
    "portal-2026-06-14-45": [],
    "portal-2026-06-18-55": [],
    "portal-2026-06-19-35": [],
    "portal-2026-06-19-41": [],
    "portal-2026-06-19-77": [],
    "portal-2026-06-24-41": [],
    "portal-2026-06-24-69": [],
    "portal-2026-06-24-70": [],
    "portal-2026-06-27-56": [],
    "portal-2026-06-27-64": [],
    "portal-2026-06-28-46": [],
    "portal-2026-06-28-52": [],
    "portal-2026-06-30-76": [],
    "portal-2026-07-05-27": [],
    "portal-2026-07-05-45": [],
    "portal-2026-07-10-41": [],
    "portal-2026-07-13-59": [],
    "portal-2026-07-13-63": [],
    "portal-2026-07-13-90": [],
    "portal-2026-07-14-44": [],
    "portal-2026-07-14-55": [],
    "portal-2026-07-14-58": [],
    "portal-2026-07-16-34": [],
    "portal-2026-07-16-47": [],
    "portal-2026-07-16-54": [],
    "portal-2026-07-16-74": [],
    "portal-2026-07-18-54": [],
    "portal-2026-07-18-73": [],
    "portal-2026-07-20-51": [],
    "portal-2026-07-30-58": [],
    "portal-2026-07-30-67": [],
    "portal-2026-08-01-62": [],
    "portal-2026-08-02-43": [],
    "portal-2026-08-02-53": [],
    "portal-2026-08-07-37": [],
    "portal-2026-08-07-70": [
        ev("hit by a Russian strike", sub="air", a1="Military Forces of Russia", a2=None,
           loc=L("Odesa", "UA", "Odesa Oblast", 1))],
    "portal-2026-08-09-31": [],
    "portal-2026-08-12-26": [],
    "portal-2026-08-12-41": [],
    "portal-2026-08-13-34": [],
    "portal-2026-08-18-38": [
        ev("launched two ballistic missiles", sub="shell", a1="Military Forces of Iran", a2=None,
           loc=L("United Arab Emirates", "AE", None, 4))],
    "portal-2026-08-19-35": [],
    "portal-2026-08-19-52": [],
    "portal-2026-08-19-62": [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "batch-O5.jsonl"), os.path.join(HERE, "coded-O5.jsonl"),
        require_all="--final" in sys.argv)
