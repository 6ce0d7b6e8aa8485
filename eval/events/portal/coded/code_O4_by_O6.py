#!/usr/bin/env python3
"""Annotator O6: blind double codes for double-O4-by-O6.jsonl (Portal:Current events items).

Each code is kept as (trigger phrase, occurrence number); the script computes UTF-8 byte
offsets, checks every evidence span and every taxonomy name, and writes coded-O4-by-O6.jsonl.
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
    "portal-2025-01-05-50": [],
    "portal-2025-03-10-18": [],
    "portal-2025-04-14-25": [],
    "portal-2025-06-29-23": [],
    "portal-2025-07-31-41": [],
    "portal-2025-09-29-36": [],
    "portal-2025-11-27-46": [
        ev("terrorist attacks", sub="attack", a1="Islamic Revolutionary Guard Corps",
           a2="Civilians (Australia)", loc=L("Australia", "AU", None, 4), date=None,
           bg=True)],
    "portal-2026-01-03-45": [],
    "portal-2026-01-28-36": [],
    "portal-2026-02-01-25": [],
    "portal-2026-02-08-29": [],
    "portal-2026-02-12-19": [],
    "portal-2026-03-19-45": [
        ev("agreed to a series of coordinated steps to de-escalate tensions", sub="agree",
           a1="Government of Democratic Republic of Congo", a2="Government of Rwanda",
           loc=None)],
    "portal-2026-03-31-40": [],
    "portal-2026-04-29-47": [],
    "portal-2026-06-18-75": [],
    "portal-2026-07-05-41": [],
    "portal-2026-07-14-52": [],
    "portal-2026-07-23-39": [],
    "portal-2026-08-01-73": [
        ev("clash with", sub="mob", a1="Rioters (Morocco)", a2="Police Forces of Morocco",
           loc=L("Melilla", "ES", "Melilla", 2))],
}

if __name__ == "__main__":
    run(CODES, os.path.join(HERE, "double-O4-by-O6.jsonl"), os.path.join(HERE, "coded-O4-by-O6.jsonl"),
        require_all="--final" in sys.argv)
