#!/usr/bin/env python3
"""Agreement of the annotators on the double-coded items (python3 standard library only).

coded/coded-X-by-Y.jsonl holds 15 items of annotator X coded blind by annotator Y (20 for the
training annotators X1 to X8). Two codings
of an item agree on an event when their evidence spans overlap, or when both give the same
date and the same place name (as ../notes/scripts/agreement.py). Prints event-match F1 (the
first coder as reference) and, over the matched events, agreement on the type, the sub-type
(with Cohen's kappa), actor1, actor2 (exact names, case-folded) and fatalities.
Usage: python3 agreement.py
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "notes", "scripts"))
from agreement import match  # noqa: E402  (the notes' rule: overlapping spans, or the same date and place)


def load(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def norm(actor):
    return (actor or "").strip().lower()


def score(pairs):
    n1 = n2 = 0
    matched = []
    for first, second in pairs:
        for doc_id, d in second.items():
            o = first[doc_id]
            assert o["text"] == d["text"], f"{doc_id}: the double-coded text differs"
            n1 += len(o["events"])
            n2 += len(d["events"])
            matched += match(o["events"], d["events"])
    tp = len(matched)
    f1 = 2 * tp / (n1 + n2) if n1 + n2 else 1.0
    if tp == 0:
        return dict(first=n1, second=n2, matched=0, f1=f1, type=0.0, sub=0.0, kappa=0.0, a1=0.0, a2=0.0, fat=0.0)
    labels = [(a["sub_event_type"], b["sub_event_type"]) for a, b in matched]
    po = sum(a == b for a, b in labels) / tp
    ca, cb = collections.Counter(a for a, _ in labels), collections.Counter(b for _, b in labels)
    pe = sum(ca[k] * cb[k] for k in ca) / tp / tp
    return dict(first=n1, second=n2, matched=tp, f1=f1,
                type=sum(a["event_type"] == b["event_type"] for a, b in matched) / tp,
                sub=po, kappa=(po - pe) / (1 - pe) if pe < 1 else 1.0,
                a1=sum(norm(a["actor1"]) == norm(b["actor1"]) for a, b in matched) / tp,
                a2=sum(norm(a["actor2"]) == norm(b["actor2"]) for a, b in matched) / tp,
                fat=sum(a["fatalities"] == b["fatalities"] for a, b in matched) / tp)


def main():
    cols = ["first", "second", "matched", "f1", "type", "sub", "kappa", "a1", "a2", "fat"]
    print("| pair | events (first coder) | events (second) | matched | event-match F1 | type | sub-type"
          " | sub-type kappa | actor1 | actor2 | fatalities |")
    print("|" + "---|" * 11)
    groups = {"dev and test": [], "train": [], "other sections, dev and test": [], "other sections, train": []}
    for path in sorted(glob.glob(os.path.join(HERE, "coded", "coded-*-by-*.jsonl"))):
        x, y = re.search(r"coded-(\w+)-by-(\w+)\.jsonl$", path).groups()
        pair = (load(os.path.join(HERE, "coded", f"coded-{x}.jsonl")), load(path))
        if x.startswith("O"):
            group = "other sections, dev and test" if int(x[1:]) <= 3 else "other sections, train"
        else:
            group = "train" if x.startswith("X") else "dev and test"
        groups[group].append(pair)
        s = score([pair])
        print(f"| {x} by {y} ({len(pair[1])} items) | " + " | ".join(
            f"{s[c]:.3f}" if isinstance(s[c], float) else str(s[c]) for c in cols) + " |")
    for name, pairs in list(groups.items()) + [("all", [p for g in groups.values() for p in g])]:
        if not pairs:
            continue
        s = score(pairs)
        print(f"| {name} ({sum(len(p[1]) for p in pairs)} items) | " + " | ".join(
            f"{s[c]:.3f}" if isinstance(s[c], float) else str(s[c]) for c in cols) + " |")


if __name__ == "__main__":
    main()
