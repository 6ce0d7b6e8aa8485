#!/usr/bin/env python3
"""Annotator O3: hand codes for batch-O3.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O3.jsonl.
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
    'portal-2020-12-20-33': [],
    'portal-2025-01-02-45': [],
    'portal-2025-01-06-35': [],
    'portal-2025-01-07-27': [],
    'portal-2025-01-10-22': [],
    'portal-2025-01-10-38': [],
    'portal-2025-01-13-30': [
        ev("general strike", sub="peaceful", a1="Protesters (Belgium)", a2=None,
           loc=L("Brussels", "BE", "Brussels-Capital Region", 1), date="P", fat=None),
    ],
    'portal-2025-01-15-29': [],
    'portal-2025-01-22-34': [],
    'portal-2025-02-03-43': [],
    'portal-2025-02-04-43': [],
    'portal-2025-02-07-40': [],
    'portal-2025-02-10-30': [],
    'portal-2025-02-11-29': [],
    'portal-2025-02-11-34': [],
    'portal-2025-02-15-35': [],
    'portal-2025-02-17-33': [],
    'portal-2025-02-18-29': [],
    'portal-2025-02-22-30': [],
    'portal-2025-02-24-35': [],
    'portal-2025-02-24-48': [],
    'portal-2025-03-04-34': [],
    'portal-2025-03-05-29': [],
    'portal-2025-03-05-37': [],
    'portal-2025-03-15-31': [],
    'portal-2025-03-20-54': [],
    'portal-2025-03-23-35': [],
    'portal-2025-03-26-37': [],
    'portal-2025-03-27-40': [],
    'portal-2025-04-01-51': [],
    'portal-2025-04-02-59': [],
    'portal-2025-04-03-32': [],
    'portal-2025-04-05-31': [],
    'portal-2025-04-08-25': [],
    'portal-2025-04-09-29': [],
    'portal-2025-04-10-33': [],
    'portal-2025-04-18-24': [],
    'portal-2025-04-27-27': [],
    'portal-2025-04-29-27': [],
    'portal-2025-05-05-48': [],
    'portal-2025-05-17-29': [],
    'portal-2025-05-19-23': [],
    'portal-2025-05-22-25': [
        ev("arrest", 1, sub="arrest", a1="Police Forces of Venezuela",
           a2="Civilians (International)", loc=L("Venezuela", "VE", None, 4), date="P", fat=None),
    ],
    'portal-2025-05-23-54': [],
    'portal-2025-05-28-29': [],
    'portal-2025-05-28-57': [],
    'portal-2025-05-30-37': [],
    'portal-2025-06-12-24': [],
    'portal-2025-07-14-19': [],
    'portal-2025-07-21-27': [],
    'portal-2025-07-27-52': [],
    'portal-2025-08-06-33': [],
    'portal-2025-08-08-29': [],
    'portal-2025-08-15-25': [],
    'portal-2025-08-17-43': [],
    'portal-2025-08-22-32': [],
    'portal-2025-08-25-24': [],
    'portal-2025-08-25-36': [],
    'portal-2025-09-01-26': [],
    'portal-2025-09-05-50': [],
    'portal-2025-09-06-44': [],
    'portal-2025-09-10-33': [],
    'portal-2025-09-14-24': [],
    'portal-2025-09-23-23': [],
    'portal-2025-09-23-74': [],
    'portal-2025-09-29-28': [],
    'portal-2025-09-30-27': [],
    'portal-2025-10-03-35': [],
    'portal-2025-10-04-30': [],
    'portal-2025-10-05-21': [],
    'portal-2025-10-14-39': [],
    'portal-2025-10-20-48': [],
    'portal-2025-10-24-25': [],
    'portal-2025-10-24-30': [],
    'portal-2025-11-05-21': [],
    'portal-2025-11-13-59': [],
    'portal-2025-11-16-16': [],
    'portal-2025-11-17-36': [],
    'portal-2025-11-27-36': [],
    'portal-2025-11-28-39': [],
    'portal-2025-12-04-26': [],
    'portal-2025-12-04-27': [],
    'portal-2025-12-24-24': [],
    'portal-2026-01-09-29': [],
    'portal-2026-01-12-60': [],
    'portal-2026-01-13-25': [],
    'portal-2026-01-14-42': [],
    'portal-2026-01-20-28': [],
    'portal-2026-01-22-17': [],
    'portal-2026-01-28-19': [],
    'portal-2026-02-01-26': [],
    'portal-2026-02-10-24': [],
    'portal-2026-02-12-34': [],
    'portal-2026-02-14-36': [],
    'portal-2026-02-19-40': [],
    'portal-2026-02-27-46': [],
    'portal-2026-03-01-91': [],
    'portal-2026-03-12-44': [],
    'portal-2026-03-13-37': [],
    'portal-2026-03-15-70': [],
    'portal-2026-03-19-31': [],
    'portal-2026-03-24-69': [],
    'portal-2026-04-10-44': [],
    'portal-2026-04-13-58': [],
    'portal-2026-04-14-49': [],
    'portal-2026-04-16-49': [],
    'portal-2026-04-18-45': [],
    'portal-2026-04-18-48': [],
    'portal-2026-04-22-50': [],
    'portal-2026-05-02-43': [],
    'portal-2026-05-07-82': [],
    'portal-2026-05-08-48': [],
    'portal-2026-05-09-35': [],
    'portal-2026-05-11-56': [],
    'portal-2026-05-14-42': [],
    'portal-2026-05-15-46': [],
    'portal-2026-05-15-51': [],
    'portal-2026-05-19-87': [],
    'portal-2026-05-21-36': [],
    'portal-2026-05-21-38': [],
    'portal-2026-05-22-68': [],
    'portal-2026-05-23-33': [],
    'portal-2026-05-23-75': [],
    'portal-2026-05-25-69': [],
    'portal-2026-05-30-31': [],
    'portal-2026-05-30-45': [],
    'portal-2026-06-02-64': [
        ev("protests", sub="excessive", a1="Protesters (Kenya)", a2=None,
           loc=L("Kenya", "KE", None, 4), date=None, fat=2, bg=True),
    ],
    'portal-2026-06-04-65': [],
    'portal-2026-06-05-40': [],
    'portal-2026-06-05-85': [],
    'portal-2026-06-08-52': [],
    'portal-2026-06-11-39': [],
    'portal-2026-06-16-32': [],
    'portal-2026-06-17-38': [],
    'portal-2026-06-19-78': [],
    'portal-2026-06-21-56': [],
    'portal-2026-06-27-57': [],
    'portal-2026-06-29-91': [],
    'portal-2026-06-29-98': [],
    'portal-2026-07-02-35': [],
    'portal-2026-07-06-45': [],
    'portal-2026-07-08-65': [
        ev("violent protests", sub="violentdemo", a1="Rioters (Pakistan)", a2=None,
           loc=L("Pakistan", "PK", None, 4), date=None, fat=None, bg=True),
        ev("attack on the U.S. consulate", sub="violentdemo", a1="Rioters (Pakistan)", a2=None,
           loc=L("Karachi", "PK", "Sindh", 1), date=None, fat=None, bg=True),
    ],
    'portal-2026-07-15-52': [],
    'portal-2026-07-15-54': [],
    'portal-2026-07-15-88': [],
    'portal-2026-07-17-60': [],
    'portal-2026-07-21-61': [
        ev("hijacking", sub="abduct", a1="Unidentified Armed Group (Lebanon)",
           a2="Civilians (United States)", loc=L("Lebanon", "LB", None, 4), date=None,
           fat=None, bg=True),
    ],
    'portal-2026-07-24-68': [],
    'portal-2026-07-24-82': [],
    'portal-2026-08-08-29': [],
    'portal-2026-08-09-42': [],
    'portal-2026-08-09-64': [],
    'portal-2026-08-18-50': [],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, 'batch-O3.jsonl'), os.path.join(HERE, 'coded-O3.jsonl'),
        require_all="--final" in sys.argv)
