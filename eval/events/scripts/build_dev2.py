#!/usr/bin/env python3
"""Assemble eval/events/dev2.jsonl (the second development event set) from the texts rebuilt
by dev2_texts.py and the hand coding in dev2_annotations.py.

The record format, the KINDS table and the checks are build_gold.py's (its assemble(),
shared by all three gold sets): UTF-8 byte offsets from trigger + unique context, modality /
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
from build_gold import assemble  # noqa: E402
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
    assemble(docs, EVENTS, check_disjoint(docs), OUT, admin1_required=True)

if __name__ == "__main__":
    main()
