#!/usr/bin/env python3
"""Deals the items of ../items.jsonl to four annotators per round (round 1: P, Q, R, S;
round 2: T, U, V, W; 150 each, a seeded shuffle dealt in turn) and draws 15 items of each
annotator for the next one of the round to code blind (P codes Q's, Q codes R's, R codes
S's, S codes P's; T codes U's, and so on). The training items of ../train-items.jsonl go
to eight more annotators, X1 to X8 (round 3, 200 each, 20 of each coded blind by the one
before), round 4's to six more, X9 to X14 (about 200 each, 20 coded blind likewise), and
the other sections' items of ../other-items.jsonl to O1, O2 and O3 (round 5, dev and test,
about 153 each) and O4, O5 and O6 (round 6, training, about 218 each), 20 of each coded
blind likewise. Writes batch-X.jsonl and
double-X-by-Y.jsonl: id, published and text only (the split is not shown to annotators).
Usage: python3 batches.py   (standard library only; the output is byte-identical)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, items):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(dict(id=x["id"], published=x["published"], text=x["text"]), ensure_ascii=False) + "\n")


def deal(items, names, seed, double_seed, doubles=15):
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    own = {n: [] for n in names}
    for k, i in enumerate(order):
        own[names[k % len(names)]].append(items[i])
    for n in names:
        own[n].sort(key=lambda x: x["id"])
        write(f"batch-{n}.jsonl", own[n])
    for k, n in enumerate(names):
        other = names[(k + 1) % len(names)]
        pick = sorted(random.Random(double_seed + other).sample(own[other], doubles), key=lambda x: x["id"])
        write(f"double-{other}-by-{n}.jsonl", pick)


def main():
    with open(os.path.join(HERE, "..", "items.jsonl"), encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    deal([i for i in items if i["round"] == 1], "PQRS", "portal-annotators", "double-")
    deal([i for i in items if i["round"] == 2], "TUVW", "portal-annotators-2", "double-2-")
    with open(os.path.join(HERE, "..", "train-items.jsonl"), encoding="utf-8") as f:
        train = [json.loads(line) for line in f]
    deal([i for i in train if i["round"] == 3], [f"X{k}" for k in range(1, 9)], "portal-annotators-train",
         "double-train-", doubles=20)
    deal([i for i in train if i["round"] == 4], [f"X{k}" for k in range(9, 15)], "portal-annotators-train-4",
         "double-train-4-", doubles=20)
    with open(os.path.join(HERE, "..", "other-items.jsonl"), encoding="utf-8") as f:
        other = [json.loads(line) for line in f]
    deal([i for i in other if i["round"] == 5], ["O1", "O2", "O3"], "portal-annotators-other", "double-other-",
         doubles=20)
    deal([i for i in other if i["round"] == 6], ["O4", "O5", "O6"], "portal-annotators-other-train",
         "double-other-train-", doubles=20)


if __name__ == "__main__":
    main()
