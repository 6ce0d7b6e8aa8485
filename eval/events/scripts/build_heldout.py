#!/usr/bin/env python3
"""Assemble eval/events/heldout.jsonl (the held-out event gold set) from the texts rebuilt by
heldout_texts.py and the hand coding in heldout_annotations.py.

The record format, the KINDS table and the checks are those of build_gold.py (imported):
UTF-8 byte offsets from trigger + unique context, modality / PLOVER / TIMEX / country /
precision / fatalities validation, and a re-read of the written file that checks
text[start:end] == evidence.text for every event. In addition this script checks that the
held-out set is disjoint from gold.jsonl: no shared id, and no sentence of 40 characters or
more of a held-out text occurs in any gold.jsonl text.

Usage: cd eval/events/scripts && python3 build_heldout.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
OUT = os.path.join(OUT_DIR, "heldout.jsonl")
GOLD = os.path.join(OUT_DIR, "gold.jsonl")
sys.path.insert(0, HERE)
from build_gold import BAD_CHARS, ISO2, KINDS, MODALITIES, PLOVER, TIMEX, byte_span  # noqa: E402
from heldout_annotations import EVENTS  # noqa: E402
from heldout_texts import build  # noqa: E402

FIELDS = ["kind", "modality", "actor1", "actor2", "date", "location", "fatalities", "background",
          "trigger", "ctx", "plover"]


def check_disjoint(docs):
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]
    gold_ids = {g["id"] for g in gold}
    gold_text = "\n".join(g["text"] for g in gold)
    errors = []
    for d in docs:
        if d["id"] in gold_ids:
            errors.append(f"{d['id']}: id already in gold.jsonl")
        for sent in re.split(r"(?<=[.!?])\s+|\n", d["text"]):
            sent = sent.strip()
            if len(sent) >= 40 and sent in gold_text:
                errors.append(f"{d['id']}: sentence also in gold.jsonl: {sent[:60]!r}")
    return errors


def main():
    docs = build()
    assemble(docs, EVENTS, check_disjoint(docs), OUT)


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
