#!/usr/bin/env python3
"""Draws the training items of the current-events event set (`train-items.jsonl`).

Same source, item rules and sections as `extract.py` (whose `items.jsonl` it reads and
never changes), drawn so that no test item has a training item of its own day:
1. every item of a day that holds no item of `items.jsonl` (a day with no dev or test item);
2. then items of the dev split's days (a day whose sha256 puts it in dev), by a seeded
   shuffle per section, until each section holds its share of N (62 % "Armed conflicts and
   attacks", 19 % "Law and crime", 19 % "Politics and elections", as `extract.py`).
Days of the test split that hold test items give no training item, so the sealed test stays
apart by day as it was drawn; dev items may share their day with a training item (dev
scores on such items are a little optimistic; the README says so).

Usage: extract_train.py REPO_CHECKOUT_OR_GIT_DIR [N]   (writes train-items.jsonl; default 1600)
"""
import json
import os
import random
import sys

import extract

HERE = os.path.dirname(os.path.abspath(__file__))
# The places set's items when this draw was made (it grows by appending).
PLACES_ITEMS = 153


def main(repo, n):
    drawn = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
    places = extract.places_texts(PLACES_ITEMS)
    taken = {d["text"] for d in drawn} | places
    days = {d["published"] for d in drawn}
    every = [i for i in extract.items(repo) if 60 <= len(i["text"]) <= 700 and i["text"] not in taken]
    chosen = []
    for section, share in extract.SHARES:
        pool = [i for i in every if i["section"] == section]
        free = [i for i in pool if i["date"] not in days]
        dev_days = [i for i in pool if i["date"] in days and extract.split_of(i["date"]) == "dev"]
        random.Random(f"portal-events-train-{section}").shuffle(dev_days)
        want = round(n * share)
        chosen += free[:want] + dev_days[:max(0, want - len(free))]
    chosen.sort(key=lambda i: (i["date"], i["line"]))
    with open(os.path.join(HERE, "train-items.jsonl"), "w", encoding="utf-8") as f:
        for i in chosen:
            f.write(json.dumps(extract.record(i, "train"), ensure_ascii=False) + "\n")
    print(f"{len(chosen)} training items written to train-items.jsonl "
          f"({sum(i['date'] not in days for i in chosen)} of days with no dev or test item)")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1600)
