"""Shared code for the RAMS passage coders (python3 standard library only).

A coder's script (code_A.py, double_A.py, ...) holds the hand coding as calls like

    from common import Coding, E, L
    c = Coding(coder="A", out="rams-A.jsonl")          # or out="double-A.jsonl", second=True
    c.doc("rams-1234567890abcd")                        # a passage with no codable event
    c.doc("rams-abcdef12345678",
          E("AC", "Taliban", "Military Forces of Afghanistan", None, L("Kunduz", "AF", "Kunduz", 3),
            12, "clashed"))
    c.write()

and writes the coded passages in the record format of ../gold.jsonl. The evidence is a
trigger phrase plus its occurrence (1-based) in the passage; byte offsets are computed here
and checked. Passages and their assignment are in ../texts.jsonl.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

ST = {
    "AC": ("Battles", "Armed clash", "ASSAULT"),
    "GRT": ("Battles", "Government regains territory", "ASSAULT"),
    "NSO": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "CW": ("Explosions/Remote violence", "Chemical weapon", "ASSAULT"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    "SB": ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    "SH": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    "GR": ("Explosions/Remote violence", "Grenade", "ASSAULT"),
    "SV": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "ATK": ("Violence against civilians", "Attack", "ASSAULT"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "PP": ("Protests", "Peaceful protest", "PROTEST"),
    "PWI": ("Protests", "Protest with intervention", "PROTEST"),
    "EXF": ("Protests", "Excessive force against protesters", "ASSAULT"),
    "VD": ("Riots", "Violent demonstration", "PROTEST"),
    "MOB": ("Riots", "Mob violence", "ASSAULT"),
    "AGR": ("Strategic developments", "Agreement", "AGREE"),
    "ARR": ("Strategic developments", "Arrests", "COERCE"),
    "CHG": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "DWU": ("Strategic developments", "Disrupted weapons use", "COERCE"),
    "HQ": ("Strategic developments", "Headquarters or base established", "MOBILIZE"),
    "LOOT": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "NVT": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "OTH": ("Strategic developments", "Other", "CONSULT"),
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODAL = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied",
         "hypothetical"}


def L(name, country, admin1=None, precision=1):
    """A location: name as written (or the nearest named place), ISO 3166-1 alpha-2 country,
    first-level division or None, ACLED geo-precision 1 (town) / 2 (near / district) /
    3 (region or only the country's area) / 4 (country only)."""
    return {"name": name, "country": country, "admin1": admin1, "precision": precision}


def E(st, actor1, actor2, date, loc, fatalities, trigger, occ=1, mod="occurred",
      background=False, plover=None):
    """One event. st: a key of ST. date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or None when the
    passage does not say it (RAMS passages carry no publication date)."""
    return dict(st=st, a1=actor1, a2=actor2, date=date, loc=loc, fat=fatalities, trig=trigger,
                occ=occ, mod=mod, bg=background, plover=plover)


def byte_span(text, trig, occ):
    i = -1
    for _ in range(occ):
        i = text.find(trig, i + 1)
        if i < 0:
            raise ValueError("trigger %r occurrence %d not found" % (trig, occ))
    s = len(text[:i].encode("utf-8"))
    return s, s + len(trig.encode("utf-8"))


class Coding:
    def __init__(self, coder, out, second=False):
        self.coder = coder
        self.out = out
        self.second = second
        self.texts = {}
        with open(os.path.join(ROOT, "texts.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                self.texts[r["id"]] = r
        self.docs = []
        self.errors = []

    def doc(self, pid, *events):
        r = self.texts.get(pid)
        if r is None:
            self.errors.append((pid, "no such passage"))
            return
        mine = r["second_coder"] if self.second else r["coder"]
        if mine != self.coder:
            self.errors.append((pid, "assigned to %s, not %s" % (mine, self.coder)))
        text = r["text"]
        rec = {"id": pid, "source_file": "rams", "license": r["license"], "url": r["url"],
               "split": r["split"], "coder": self.coder, "published": None, "text": text,
               "events": []}
        for e in events:
            if e["st"] not in ST:
                self.errors.append((pid, "sub-type", e["st"]))
                continue
            et, sub, pl = ST[e["st"]]
            pl = e["plover"] or pl
            if pl not in PLOVER:
                self.errors.append((pid, "plover", pl))
            if e["mod"] not in MODAL:
                self.errors.append((pid, "modality", e["mod"]))
            d = e["date"]
            if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                self.errors.append((pid, "date", d))
            loc = e["loc"]
            if loc is not None and (not re.fullmatch(r"[A-Z]{2}", loc["country"] or "")
                                    or loc["precision"] not in (1, 2, 3, 4)):
                self.errors.append((pid, "location", loc))
            f = e["fat"]
            if f is not None and (not isinstance(f, int) or f < 0):
                self.errors.append((pid, "fatalities", f))
            try:
                s, t = byte_span(text, e["trig"], e["occ"])
            except ValueError as ex:
                self.errors.append((pid, str(ex)))
                continue
            assert text.encode("utf-8")[s:t].decode("utf-8") == e["trig"]
            rec["events"].append({
                "event_type": et, "sub_event_type": sub, "plover": pl, "modality": e["mod"],
                "actor1": e["a1"], "actor2": e["a2"], "date": d, "location": loc,
                "fatalities": f, "background": e["bg"],
                "evidence": {"start": s, "end": t, "text": e["trig"]}})
        self.docs.append(rec)

    def write(self):
        ids = [d["id"] for d in self.docs]
        dup = [i for i, n in collections.Counter(ids).items() if n > 1]
        for i in dup:
            self.errors.append((i, "coded twice"))
        for e in self.errors:
            print("ERROR", *e)
        with open(os.path.join(ROOT, self.out), "w", encoding="utf-8") as f:
            for d in self.docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        n_ev = sum(len(d["events"]) for d in self.docs)
        neg = sum(1 for d in self.docs if not d["events"])
        print("%s: %d passages, %d events, %d with none" % (self.out, len(self.docs), n_ev, neg))
        if self.errors:
            sys.exit(1)
