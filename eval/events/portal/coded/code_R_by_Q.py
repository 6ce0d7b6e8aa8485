#!/usr/bin/env python3
"""Annotator Q: blind double codes for double-R-by-Q.jsonl -> coded-R-by-Q.jsonl (standard library only)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(HERE, "double-R-by-Q.jsonl")
OUT = os.path.join(HERE, "coded-R-by-Q.jsonl")

SUB2TYPE = {
    "Armed clash": "Battles", "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments", "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments", "Other": "Strategic developments",
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DEFAULT_PLOVER = {
    "Battles": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Violence against civilians": "ASSAULT", "Protests": "PROTEST",
    "Agreement": "AGREE", "Arrests": "COERCE", "Change to group/activity": "MOBILIZE",
    "Disrupted weapons use": "COERCE", "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "COERCE", "Non-violent transfer of territory": "RETREAT",
    "Other": "COERCE", "Violent demonstration": "PROTEST", "Mob violence": "ASSAULT",
    "Excessive force against protesters": "ASSAULT",
}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied",
              "hypothetical"}
P = "PUB"  # date sentinel: the item's published day


def E(trig, occ, sub, a1, a2, date, loc, fat, mod="occurred", bg=False, plover=None):
    return dict(trig=trig, occ=occ, sub=sub, a1=a1, a2=a2, date=date, loc=loc, fat=fat,
                mod=mod, bg=bg, plover=plover)


def L(name, cc, admin1, prec):
    return {"name": name, "country": cc, "admin1": admin1, "precision": prec}


CODES = {}


def C(iid, *evs):
    if iid in CODES:
        sys.exit("duplicate code for %s" % iid)
    CODES[iid] = list(evs)


ISR = "Military Forces of Israel"
PSC = "Civilians (Palestine)"
RUS = "Military Forces of Russia"
UKR = "Military Forces of Ukraine"
UAC = "Civilians (Ukraine)"


# ---------------- double items (R's batch, coded blind by Q) ----------------
C("portal-2025-01-12-22",
  E("attack", 1, "Attack", "Boko Haram", "Civilians (Nigeria)", P, L("Dumba", "NG", "Borno", 1), 40))
C("portal-2025-01-23-32")
C("portal-2025-03-04-21",
  E("blow themselves up", 1, "Suicide bomb", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", P,
    L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 12),
  E("storm", 1, "Armed clash", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", P,
    L("Bannu", "PK", "Khyber Pakhtunkhwa", 1), 6))
C("portal-2025-03-09-14",
  E("clashes", 1, "Armed clash", "Military Forces of Syria", "Pro-Assad Militia (Syria)", P,
    L("Syria", "SY", None, 4), None),
  E("reprisal massacres", 1, "Attack", "Military Forces of Syria", "Civilians (Syria)", P,
    L("Syria", "SY", None, 4), 973))
C("portal-2025-04-22-38")
C("portal-2025-05-11-46")
C("portal-2025-06-16-42")
C("portal-2025-09-10-75")
C("portal-2025-12-18-29",
  E("mass shooting", 1, "Attack", "Unidentified Armed Group (United States)", "Civilians (United States)", None,
    L("Providence", "US", "Rhode Island", 1), None, bg=True))
C("portal-2026-02-18-42")
C("portal-2026-03-16-35")
C("portal-2026-03-29-30",
  E("crashes", 1, "Other", "Military Forces of Ukraine", None, P, L("Kouvola", "FI", "Kymenlaakso", 2), None))
C("portal-2026-06-29-34",
  E("established checkpoints", 1, "Headquarters or base established", "Military Forces of Sudan", None, P,
    L("El-Obeid", "SD", "North Kordofan", 1), None))
C("portal-2026-06-30-63")
C("portal-2026-08-12-35")


def build(e, text, pub, iid):
    sub = e["sub"]
    if sub not in SUB2TYPE:
        sys.exit("%s: unknown sub-type %r" % (iid, sub))
    et = SUB2TYPE[sub]
    pl = e["plover"] or DEFAULT_PLOVER.get(sub) or DEFAULT_PLOVER[et]
    if pl not in PLOVER:
        sys.exit("%s: unknown PLOVER %r" % (iid, pl))
    if e["mod"] not in MODALITIES:
        sys.exit("%s: unknown modality %r" % (iid, e["mod"]))
    b = text.encode()
    t = e["trig"].encode()
    pos = -1
    for _ in range(e["occ"]):
        pos = b.find(t, pos + 1)
        if pos < 0:
            sys.exit("%s: trigger %r occurrence %d not found" % (iid, e["trig"], e["occ"]))
    start, end = pos, pos + len(t)
    if b[start:end].decode() != e["trig"]:
        sys.exit("%s: evidence mismatch" % iid)
    date = pub if e["date"] == P else e["date"]
    loc = e["loc"]
    if loc is not None and loc["precision"] not in (1, 2, 3, 4):
        sys.exit("%s: bad precision" % iid)
    return {"event_type": et, "sub_event_type": sub, "plover": pl, "modality": e["mod"],
            "actor1": e["a1"], "actor2": e["a2"], "date": date, "location": loc,
            "fatalities": e["fat"], "background": e["bg"],
            "evidence": {"start": start, "end": end, "text": e["trig"]}}


def main():
    rows = [json.loads(l) for l in open(IN, encoding="utf-8") if l.strip()]
    ids = {r["id"] for r in rows}
    for k in CODES:
        if k not in ids:
            sys.exit("unknown id %s" % k)
    n_done = n_ev = n_empty = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            if r["id"] not in CODES:
                continue  # not yet coded
            evs = [build(e, r["text"], r["published"], r["id"]) for e in CODES[r["id"]]]
            out = dict(r)
            out["events"] = evs
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
            n_done += 1
            n_ev += len(evs)
            n_empty += (not evs)
    print("coded %d/%d items, %d events, %d items with no event" % (n_done, len(rows), n_ev, n_empty))


if __name__ == "__main__":
    main()
