#!/usr/bin/env python3
"""Assemble eval/events/dev2.jsonl (the second development event set) from the texts rebuilt
by dev2_texts.py and the hand coding in dev2_annotations.py.

The record format, the KINDS table and the checks are those of build_gold.py and
build_heldout.py (imported): UTF-8 byte offsets from trigger + unique context, modality /
PLOVER / TIMEX / country / precision / fatalities validation, and a re-read of the written
file that checks text[start:end] == evidence.text for every event.

In addition this script checks that dev2 is disjoint from BOTH gold.jsonl and heldout.jsonl
(and from examples/news.jsonl):
  - no shared document id;
  - no shared RAMS source_url (the urls of the gold and held-out RAMS passages are looked up
    in the RAMS files through their ids, "rams-" + the last 14 characters of the doc_key);
  - no sentence of 40 characters or more of a dev2 text occurs in a gold, held-out or
    news.jsonl text.

Usage: cd eval/events/scripts && python3 build_dev2.py
"""
import gzip
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.dirname(HERE)
OUT = os.path.join(OUT_DIR, "dev2.jsonl")
GOLD = os.path.join(OUT_DIR, "gold.jsonl")
HELDOUT = os.path.join(OUT_DIR, "heldout.jsonl")
NEWS = os.path.abspath(os.path.join(OUT_DIR, "..", "..", "examples", "news.jsonl"))
sys.path.insert(0, HERE)
from build_gold import BAD_CHARS, ISO2, KINDS, MODALITIES, PLOVER, TIMEX, byte_span  # noqa: E402
from build_heldout import FIELDS  # noqa: E402
from build_texts import DATA  # noqa: E402
from dev2_annotations import EVENTS  # noqa: E402
from dev2_texts import build  # noqa: E402

MIN_SENT = 40


def sentences(text):
    """The sentence split of build_heldout.check_disjoint()."""
    for sent in re.split(r"(?<=[.!?])\s+|\n", text):
        sent = sent.strip()
        if len(sent) >= MIN_SENT:
            yield sent


def rams_urls():
    """id ("rams-" + last 14 characters of doc_key) -> source_url, over RAMS dev and test."""
    urls = {}
    for split in ("dev", "test"):
        with gzip.open(os.path.join(DATA, "rams", f"{split}.jsonlines.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                urls["rams-" + d["doc_key"][-14:]] = d["source_url"]
    return urls


def check_disjoint(docs):
    others = {}
    for name, path in (("gold.jsonl", GOLD), ("heldout.jsonl", HELDOUT), ("examples/news.jsonl", NEWS)):
        others[name] = [json.loads(l) for l in open(path, encoding="utf-8")]
    url_of = rams_urls()
    errors = []
    for name, recs in others.items():
        ids = {r["id"] for r in recs}
        urls = {url_of[r["id"]] for r in recs if r["id"] in url_of}
        if name != "examples/news.jsonl":
            n_rams = sum(1 for r in recs if r.get("source_file") == "rams")
            assert len([r for r in recs if r["id"] in url_of]) == n_rams, f"{name}: a RAMS id without url"
        big = "\n".join(r["text"] for r in recs)
        for d in docs:
            if d["id"] in ids:
                errors.append(f"{d['id']}: id already in {name}")
            url = d["meta"].get("url")
            if url is not None and url in urls:
                errors.append(f"{d['id']}: source_url already used in {name}: {url}")
            for sent in sentences(d["text"]):
                if sent in big:
                    errors.append(f"{d['id']}: sentence also in {name}: {sent[:60]!r}")
    return errors


def main():
    docs = build()
    by_id = {d["id"]: d for d in docs}
    missing = set(by_id) - set(EVENTS)
    extra = set(EVENTS) - set(by_id)
    assert not missing, f"documents without coding: {sorted(missing)}"
    assert not extra, f"coding for unknown documents: {sorted(extra)}"
    errors = check_disjoint(docs)
    out = []
    for d in docs:
        text = d["text"]
        assert not BAD_CHARS.search(text), d["id"]
        raw = text.encode("utf-8")
        events = []
        for i, e in enumerate(EVENTS[d["id"]]):
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
                if loc["precision"] in (1, 2, 3) and loc["admin1"] is None:
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
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    # re-read and verify offsets once more from the written file
    n_ev = 0
    n_doc = 0
    for line in open(OUT, encoding="utf-8"):
        o = json.loads(line)
        n_doc += 1
        b = o["text"].encode("utf-8")
        for ev in o["events"]:
            n_ev += 1
            assert b[ev["evidence"]["start"]:ev["evidence"]["end"]].decode("utf-8") == ev["evidence"]["text"]
    print(f"{n_doc} documents, {n_ev} events written to {OUT}")


if __name__ == "__main__":
    main()
