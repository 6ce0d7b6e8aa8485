#!/usr/bin/env python3
"""Append the third batch of RAMS passages to ../texts.jsonl (run once; idempotent).

The first two batches (600 passages drawn one per article, 127 with a conflict or justice
trigger) left 1,068 of RAMS 1.0's 1,795 dev and test passages uncoded. This batch adds
every one of them that ../../gold.jsonl, ../../dev2.jsonl and ../../heldout.jsonl do not
hold themselves, so that the corpus holds all of RAMS's released news passages. (Those
sets carry no URL, so their articles' other passages are added too; build_splits.py
keeps them out of train.)

- Text: RAMS tokens joined and normalized exactly as ../../scripts/build_texts.py does.
- Split: a passage of an article already in texts.jsonl keeps that article's split; a new
  article's split comes from the SHA-1 of its URL (first 8 hex digits mod 10: 0-5 train,
  6-7 dev, 8-9 test), so all passages of one article share one split.
- Coders G, H, I, J, K in turn (file order); every fourth passage of the train split gets
  a blind second coder, the next letter in that list.
- Identical texts (the same window of one article released twice) are added once.
python3 standard library only.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
EVENTS = os.path.join(ROOT, "..")
sys.path.insert(0, os.path.join(EVENTS, "scripts"))
from build_texts import rams_passages, rams_text  # noqa: E402

CODERS = ["G", "H", "I", "J", "K"]
LICENSE = "CC BY-SA 4.0 (RAMS 1.0, Ebner et al. 2020)"


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def split_of_new(url):
    k = int(hashlib.sha1(url.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "train" if k < 6 else "dev" if k < 8 else "test"


def main():
    texts_path = os.path.join(ROOT, "texts.jsonl")
    have = load(texts_path)
    ids = {d["id"] for d in have}
    seen_text = {d["text"] for d in have}
    article_split = {d["url"]: d["split"] for d in have}
    # Passages the other event sets hold stay out.
    for name in ("gold.jsonl", "dev2.jsonl", "heldout.jsonl"):
        ids.update(d["id"] for d in load(os.path.join(EVENTS, name)))
    rows = []
    for _, pid, d in rams_passages():
        if pid in ids:
            continue
        text = rams_text(d)
        if text in seen_text:
            continue
        seen_text.add(text)
        ids.add(pid)
        rows.append({"id": pid, "url": d["source_url"], "text": text})
    n_train = 0
    out = []
    for i, r in enumerate(rows):
        split = article_split.setdefault(r["url"], split_of_new(r["url"]))
        coder = CODERS[i % len(CODERS)]
        second = None
        if split == "train":
            if n_train % 4 == 0:
                second = CODERS[(i + 1) % len(CODERS)]
            n_train += 1
        out.append({"id": r["id"], "split": split, "coder": coder, "second_coder": second,
                    "url": r["url"], "license": LICENSE, "text": r["text"]})
    with open(texts_path, "a", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    by = {}
    for d in out:
        by.setdefault((d["coder"], d["split"]), 0)
        by[(d["coder"], d["split"])] += 1
    print(f"added {len(out)} passages; by coder and split: {sorted(by.items())}")
    print("second-coded:", sum(1 for d in out if d["second_coder"]))


if __name__ == "__main__":
    main()
