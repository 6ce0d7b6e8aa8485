#!/usr/bin/env python3
"""Assemble eval/events/gold.jsonl from scripts/docs.jsonl (build_texts.py) and the hand
coding in scripts/annotations.py; compute UTF-8 byte offsets and validate everything.

Usage: python3 build_texts.py && python3 build_gold.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from annotations import EVENTS  # noqa: E402

B, E, V, P, R, S = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
                    "Riots", "Strategic developments")
KINDS = {
    "AC": (B, "Armed clash", "ASSAULT"),
    "GRT": (B, "Government regains territory", "ASSAULT"),
    "NSO": (B, "Non-state actor overtakes territory", "ASSAULT"),
    "CHEM": (E, "Chemical weapon", "ASSAULT"),
    "AIR": (E, "Air/drone strike", "ASSAULT"),
    "SUI": (E, "Suicide bomb", "ASSAULT"),
    "SHELL": (E, "Shelling/artillery/missile attack", "ASSAULT"),
    "IED": (E, "Remote explosive/landmine/IED", "ASSAULT"),
    "GREN": (E, "Grenade", "ASSAULT"),
    "SEX": (V, "Sexual violence", "ASSAULT"),
    "ATT": (V, "Attack", "ASSAULT"),
    "ABD": (V, "Abduction/forced disappearance", "ASSAULT"),
    "PP": (P, "Peaceful protest", "PROTEST"),
    "PI": (P, "Protest with intervention", "PROTEST"),
    "EF": (P, "Excessive force against protesters", "PROTEST"),
    "VD": (R, "Violent demonstration", "PROTEST"),
    "MOB": (R, "Mob violence", "ASSAULT"),
    "AGR": (S, "Agreement", "AGREE"),
    "ARR": (S, "Arrests", "COERCE"),
    "CHG": (S, "Change to group/activity", "MOBILIZE"),
    "DWU": (S, "Disrupted weapons use", "COERCE"),
    "HQ": (S, "Headquarters or base established", "MOBILIZE"),
    "LOOT": (S, "Looting/property destruction", "COERCE"),
    "NVT": (S, "Non-violent transfer of territory", "RETREAT"),
    "OTH": (S, "Other", "ACCUSE"),
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"occurred", "attempted", "planned", "foiled", "threatened", "claimed", "denied", "hypothetical"}
TIMEX = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}))?)?$|^XXXX-WXX-[1-7]$|^\d{4}-W\d{2}$")
BAD_CHARS = re.compile("[\r\ufeff\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b-\u200d\u2060]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ISO2 = set()
for line in open("/work/shared/data/geonames/countryInfo.txt", encoding="utf-8"):
    if not line.startswith("#"):
        ISO2.add(line.split("\t")[0])


def byte_span(text, trigger, ctx):
    """Locate `trigger` (inside the unique `ctx` when given) and return UTF-8 byte offsets."""
    if ctx is None:
        ctx = trigger
    n = text.count(ctx)
    if n != 1:
        raise ValueError(f"context {ctx!r} occurs {n} times")
    cstart = text.index(ctx)
    k = ctx.find(trigger)
    if k < 0:
        raise ValueError(f"trigger {trigger!r} not in context {ctx!r}")
    cs = cstart + k
    start = len(text[:cs].encode("utf-8"))
    end = start + len(trigger.encode("utf-8"))
    return start, end


FIELDS = ["kind", "modality", "actor1", "actor2", "date", "location", "fatalities", "background",
          "trigger", "ctx", "plover"]


def main():
    docs = [json.loads(l) for l in open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8")]
    assemble(docs, EVENTS, [], os.path.join(OUT_DIR, "gold.jsonl"))


def assemble(docs, coded, errors, out_path, admin1_required=False):
    """Turns the hand coding `coded` (doc id -> events) of `docs` into gold records,
    validates every field, writes `out_path` and checks the offsets again. `errors` holds
    what the caller's own checks found; any error stops before writing.
    With `admin1_required`, a sub-national location must name its admin1."""
    by_id = {d["id"]: d for d in docs}
    missing = set(by_id) - set(coded)
    extra = set(coded) - set(by_id)
    assert not missing, f"documents without coding: {sorted(missing)}"
    assert not extra, f"coding for unknown documents: {sorted(extra)}"
    out = []
    for d in docs:
        text = d["text"]
        assert not BAD_CHARS.search(text), d["id"]
        raw = text.encode("utf-8")
        events = []
        for i, e in enumerate(coded[d["id"]]):
            where = f"{d['id']}#{i}"
            if sorted(e) != sorted(FIELDS):
                errors.append(f"{where}: fields {sorted(e)}")
                continue
            if e["kind"] not in KINDS:
                errors.append(f"{where}: kind {e['kind']}")
                continue
            et, st, pl = KINDS[e["kind"]]
            pl = e["plover"] or pl
            try:
                s, t = byte_span(text, e["trigger"], e["ctx"])
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
                continue
            if raw[s:t].decode("utf-8") != e["trigger"]:
                errors.append(f"{where}: offset check failed")
            if e["modality"] not in MODALITIES:
                errors.append(f"{where}: modality {e['modality']}")
            if pl not in PLOVER:
                errors.append(f"{where}: plover {pl}")
            if e["date"] is not None and not TIMEX.match(e["date"]):
                errors.append(f"{where}: date {e['date']}")
            loc = e["location"]
            if loc is not None:
                if loc["country"] not in ISO2 or loc["precision"] not in (1, 2, 3, 4):
                    errors.append(f"{where}: location {loc}")
                if loc["precision"] == 4 and loc["admin1"] is not None:
                    errors.append(f"{where}: country-only location with admin1 {loc}")
                if admin1_required and loc["precision"] in (1, 2, 3) and loc["admin1"] is None:
                    errors.append(f"{where}: sub-national location without admin1 {loc}")
            f = e["fatalities"]
            if f is not None and (not isinstance(f, int) or isinstance(f, bool) or f < 0):
                errors.append(f"{where}: fatalities {f}")
            if e["modality"] in ("planned", "foiled", "threatened", "hypothetical", "denied") and f is not None:
                errors.append(f"{where}: a {e['modality']} event must have fatalities null")
            if not isinstance(e["background"], bool):
                errors.append(f"{where}: background {e['background']}")
            for k in ("actor1", "actor2"):
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip()):
                    errors.append(f"{where}: {k} {e[k]!r}")
            events.append({
                "event_type": et, "sub_event_type": st, "plover": pl, "modality": e["modality"],
                "actor1": e["actor1"], "actor2": e["actor2"], "date": e["date"], "location": loc,
                "fatalities": f, "background": e["background"],
                "evidence": {"start": s, "end": t, "text": e["trigger"]},
            })
        out.append({
            "id": d["id"], "source_file": d["source_file"], "license": d["license"],
            "published": d["published"], "text": text, "events": events,
        })
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and verify offsets once more from the written file
    n_ev = 0
    n_doc = 0
    for line in open(out_path, encoding="utf-8"):
        o = json.loads(line)
        n_doc += 1
        b = o["text"].encode("utf-8")
        for ev in o["events"]:
            n_ev += 1
            assert b[ev["evidence"]["start"]:ev["evidence"]["end"]].decode("utf-8") == ev["evidence"]["text"]
    print(f"{n_doc} documents, {n_ev} events written to {out_path}")


if __name__ == "__main__":
    main()
