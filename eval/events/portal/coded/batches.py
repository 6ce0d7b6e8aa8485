#!/usr/bin/env python3
"""Deals the items of ../items.jsonl to the four annotators (P, Q, R, S; 150 each, a seeded
shuffle dealt in turn) and draws 15 items of each annotator for the next one to code blind
(P codes Q's, Q codes R's, R codes S's, S codes P's). Writes batch-X.jsonl and
double-X-by-Y.jsonl: id, published and text only (the split is not shown to annotators).
Usage: python3 batches.py   (standard library only; the output is byte-identical)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = "PQRS"


def write(path, items):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(dict(id=x["id"], published=x["published"], text=x["text"]), ensure_ascii=False) + "\n")


def main():
    with open(os.path.join(HERE, "..", "items.jsonl"), encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    order = list(range(len(items)))
    random.Random("portal-annotators").shuffle(order)
    own = {n: [] for n in NAMES}
    for k, i in enumerate(order):
        own[NAMES[k % 4]].append(items[i])
    for n in NAMES:
        own[n].sort(key=lambda x: x["id"])
        write(f"batch-{n}.jsonl", own[n])
    for k, n in enumerate(NAMES):
        other = NAMES[(k + 1) % 4]
        pick = sorted(random.Random("double-" + other).sample(own[other], 15), key=lambda x: x["id"])
        write(f"double-{other}-by-{n}.jsonl", pick)


if __name__ == "__main__":
    main()
