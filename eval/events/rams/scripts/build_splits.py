#!/usr/bin/env python3
"""Join the coders' files into the corpus splits and measure their agreement.

Reads ../rams-[A-D].jsonl (each coder's main coding) and ../double-[A-D].jsonl (blind
second codings of a tenth of the train passages). Writes ../train.jsonl, ../dev.jsonl and
../test.jsonl (the main codings, by each passage's split, in texts.jsonl order) in the
record format of ../../gold.jsonl, then prints the agreement table: two codings of one
passage agree on an event when their evidence spans overlap, or when both give the same
date and the same place name. Event-match F1 takes the first coder as reference; type and
sub-type agreement and Cohen's kappa are over matched events; "passages agree on having
events" counts passages both coded as having none, or both as having some.
python3 standard library only; run from anywhere.
"""
import collections
import glob
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# The notes' agreement script defines when two codings report the same event.
sys.path.insert(0, os.path.join(ROOT, "..", "notes", "scripts"))
from agreement import match  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def eval_articles():
    """The split each article of another event set forces: the articles of
    ../../gold.jsonl and ../../dev2.jsonl (development sets) are dev, those of
    ../../heldout.jsonl (sealed) test, so that no training passage shares an article with
    a set we measure on. Those sets carry no URL; RAMS's release gives it."""
    sys.path.insert(0, os.path.join(ROOT, "..", "scripts"))
    from build_texts import rams_passages

    url_of = {pid: d["source_url"] for _, pid, d in rams_passages()}
    forced = {}
    for name, split in (("gold.jsonl", "dev"), ("dev2.jsonl", "dev"), ("heldout.jsonl", "test")):
        for d in load(os.path.join(ROOT, "..", name)).values():
            if d["id"] in url_of:
                url = url_of[d["id"]]
                # Held-out wins over dev: a sealed article never becomes a dev one.
                if forced.get(url) != "test":
                    forced[url] = split
    return forced


def main():
    order = []
    forced = eval_articles()
    split_of = {}
    with open(os.path.join(ROOT, "texts.jsonl"), encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            order.append(t["id"])
            split_of[t["id"]] = forced.get(t["url"], t["split"])
    main_codes = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "rams-[A-Z].jsonl"))):
        for k, d in load(path).items():
            assert k not in main_codes, f"{k} coded twice"
            main_codes[k] = d
    splits = collections.defaultdict(list)
    for k in order:
        if k in main_codes:
            main_codes[k]["split"] = split_of[k]
            splits[split_of[k]].append(main_codes[k])
    for name in ("train", "dev", "test"):
        docs = splits[name]
        with open(os.path.join(ROOT, f"{name}.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        n_ev = sum(len(d["events"]) for d in docs)
        none = sum(1 for d in docs if not d["events"])
        print(f"{name}: {len(docs)} passages, {n_ev} events, {none} with none")

    n1 = n2 = 0
    matched = []
    docs = agree_docs = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "double-[A-Z].jsonl"))):
        for k, d in load(path).items():
            o = main_codes.get(k)
            if o is None:
                continue
            assert o["text"] == d["text"], f"{k}: the double-coded text differs"
            docs += 1
            agree_docs += bool(o["events"]) == bool(d["events"])
            n1 += len(o["events"])
            n2 += len(d["events"])
            matched += match(o["events"], d["events"])
    if not docs:
        print("no double-coded passage yet")
        return
    tp = len(matched)
    p = tp / n2 if n2 else 1.0
    r = tp / n1 if n1 else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"double-coded passages: {docs}; passages agree on having events: {agree_docs / docs:.3f}")
    print(f"events: first coder {n1}, second coder {n2}, matched {tp}, event-match F1 {f1:.3f}")
    if tp:
        same_type = sum(a["event_type"] == b["event_type"] for a, b in matched) / tp
        labels = [(a["sub_event_type"], b["sub_event_type"]) for a, b in matched]
        po = sum(a == b for a, b in labels) / tp
        ca = collections.Counter(a for a, _ in labels)
        cb = collections.Counter(b for _, b in labels)
        pe = sum(ca[k] * cb[k] for k in ca) / tp / tp
        kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
        print(f"type agreement {same_type:.3f}; sub-type agreement {po:.3f}, kappa {kappa:.3f}")


if __name__ == "__main__":
    main()
