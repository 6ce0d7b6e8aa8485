#!/usr/bin/env python3
"""Draws the training items of the current-events event set (`train-items.jsonl`).

Same source, item rules and sections as `extract.py` (whose `items.jsonl` it reads and
never changes), drawn so that no test item has a training item of its own day:
1. every item of a day that holds no item of `items.jsonl` (a day with no dev or test item);
2. then items of the dev split's days (a day whose sha256 puts it in dev), by a seeded
   shuffle per section, until each section holds its share of the round's draw (62 % "Armed conflicts and
   attacks", 19 % "Law and crime", 19 % "Politics and elections", as `extract.py`).
Days of the test split that hold test items give no training item, so the sealed test stays
apart by day as it was drawn; dev items may share their day with a training item (dev
scores on such items are a little optimistic; the README says so).

Usage: extract_train.py REPO_CHECKOUT_OR_GIT_DIR   (writes train-items.jsonl, each item with its `round`)
"""
import json
import os
import random
import sys

import extract

HERE = os.path.dirname(os.path.abspath(__file__))
# The places set's items when this draw was made (it grows by appending).
PLACES_ITEMS = 153
# The training rounds: (round, size of the whole draw after it). Round 3 (thirteenth session)
# is the first 1,600 of the draw; round 4 (fourteenth) asks for 2,000 more, more than the
# dev days hold, so it takes every item of them left (1,205).
ROUNDS = [(3, 1600), (4, 3600)]


def draw(every, days, n):
    """The first n items of the training draw (a larger n keeps every item of a smaller one)."""
    chosen = []
    for section, share in extract.SHARES:
        pool = [i for i in every if i["section"] == section]
        free = [i for i in pool if i["date"] not in days]
        dev_days = [i for i in pool if i["date"] in days and extract.split_of(i["date"]) == "dev"]
        random.Random(f"portal-events-train-{section}").shuffle(dev_days)
        want = round(n * share)
        chosen += free[:want] + dev_days[:max(0, want - len(free))]
    return chosen


def main(repo):
    drawn = [json.loads(l) for l in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8")]
    places = extract.places_texts(PLACES_ITEMS)
    taken = {d["text"] for d in drawn} | places
    days = {d["published"] for d in drawn}
    every = [i for i in extract.items(repo) if 60 <= len(i["text"]) <= 700 and i["text"] not in taken]
    rounds, seen = [], set()
    for number, n in ROUNDS:
        new = [i for i in draw(every, days, n) if (i["date"], i["line"]) not in seen]
        seen |= {(i["date"], i["line"]) for i in new}
        rounds += [(i, number) for i in new]
    rounds.sort(key=lambda p: (p[0]["date"], p[0]["line"]))
    with open(os.path.join(HERE, "train-items.jsonl"), "w", encoding="utf-8") as f:
        for i, number in rounds:
            f.write(json.dumps(extract.record(i, "train", number), ensure_ascii=False) + "\n")
    for number, _ in ROUNDS:
        mine = [i for i, r in rounds if r == number]
        print(f"round {number}: {len(mine)} training items "
              f"({sum(i['date'] not in days for i in mine)} of days with no dev or test item)")


if __name__ == "__main__":
    main(sys.argv[1])
