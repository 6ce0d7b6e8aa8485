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
from build_gold import assemble  # noqa: E402
from heldout_annotations import EVENTS  # noqa: E402
from heldout_texts import build  # noqa: E402

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


if __name__ == "__main__":
    main()
