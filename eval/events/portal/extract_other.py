#!/usr/bin/env python3
"""Draws the other-sections items of the current-events event set (`other-items.jsonl`).

Same source and item rules as `extract.py`, from the page sections that set left out:
disasters and accidents, international relations, business, health, sports, arts, science.
They hold few political-violence events and many deaths that are none (crashes,
collapses, floods, animal attacks): the set measures what the coder invents on such news,
which the three sections of `items.jsonl` barely show. Per split (by page date, as
`extract.py`), a seeded shuffle per section and a fixed count per section (`COUNTS`), so
each split holds 230 items (`round` 5). Then a training draw (`round` 6, `TRAIN_COUNTS`, 600
items): more items of the same sections from dev days only (no test item shares their
day), none of them a dev item; `build.py` adds them to `train.jsonl`.

Usage: extract_other.py REPO_CHECKOUT_OR_GIT_DIR   (writes other-items.jsonl)
"""
import json
import os
import random
import sys

import extract

HERE = os.path.dirname(os.path.abspath(__file__))
# The places set's items when this draw was made (it grows by appending).
PLACES_ITEMS = 153
COUNTS = [("Disasters and accidents", 70), ("International relations", 40), ("Business and economy", 30),
          ("Health and environment", 30), ("Sports", 20), ("Arts and culture", 20), ("Science and technology", 20)]
TRAIN_COUNTS = [(section, n * 20 // 7) for section, n in COUNTS]


def main(repo):
    taken = extract.places_texts(PLACES_ITEMS)
    every = [i for i in extract.items(repo) if 60 <= len(i["text"]) <= 700 and i["text"] not in taken]
    chosen = []
    for split in ("dev", "test"):
        for section, n in COUNTS:
            pool = [i for i in every if i["section"] == section and extract.split_of(i["date"]) == split]
            random.Random(f"portal-other-{section}-{split}").shuffle(pool)
            chosen += [(i, split, 5) for i in pool[:n]]
    # The training draw continues each section's dev-day shuffle after the dev items.
    for section, n in COUNTS:
        pool = [i for i in every if i["section"] == section and extract.split_of(i["date"]) == "dev"]
        random.Random(f"portal-other-{section}-dev").shuffle(pool)
        want = dict(TRAIN_COUNTS)[section]
        chosen += [(i, "train", 6) for i in pool[n:n + want]]
    chosen.sort(key=lambda p: (p[0]["date"], p[0]["line"]))
    with open(os.path.join(HERE, "other-items.jsonl"), "w", encoding="utf-8") as f:
        for i, split, number in chosen:
            f.write(json.dumps(extract.record(i, split, number), ensure_ascii=False) + "\n")
    for split in ("dev", "test", "train"):
        print(f"{split}: {sum(s == split for _, s, _ in chosen)} other-sections items")


if __name__ == "__main__":
    main(sys.argv[1])
