#!/usr/bin/env python3
"""Inter-annotator agreement on the double-coded notes (python3 standard library only).

Two codings of one text agree on an event when their evidence spans overlap, or when both
give the same date and the same place name. Prints event-match F1 (the writer's coding as
reference), event-type agreement and sub-type agreement with Cohen's kappa over the
matched events, and agreement on the background flag (an earlier incident the text mentions
as background, not the news of the day) over the matched events. Run from anywhere: python3 eval/events/notes/scripts/agreement.py
"""
import collections
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

PAIRS = [
    ("A <-> B (52 texts)", [("notes-A.jsonl", "double-B-codes-A.jsonl"), ("notes-B.jsonl", "double-A-codes-B.jsonl")]),
    ("C, D -> E (62 texts)", [("notes-C.jsonl", "double-E-codes-C.jsonl"), ("notes-D.jsonl", "double-E-codes-D.jsonl")]),
    ("F <-> G (20 articles)", [("notes-F.jsonl", "double-G-codes-F.jsonl"), ("notes-G.jsonl", "double-F-codes-G.jsonl")]),
    ("H <-> I (20 articles)", [("notes-H.jsonl", "double-I-codes-H.jsonl"), ("notes-I.jsonl", "double-H-codes-I.jsonl")]),
    ("J <-> K (20 articles)", [("notes-J.jsonl", "double-K-codes-J.jsonl"), ("notes-K.jsonl", "double-J-codes-K.jsonl")]),
]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def place(e):
    return ((e.get("location") or {}).get("name") or "").lower()


def same_event(a, b):
    ea, eb = a["evidence"], b["evidence"]
    if ea["start"] < eb["end"] and eb["start"] < ea["end"]:
        return True
    return a["date"] == b["date"] and place(a) != "" and place(a) == place(b)


def match(first, second):
    used, matched = set(), []
    for a in first:
        for j, b in enumerate(second):
            if j not in used and same_event(a, b):
                used.add(j)
                matched.append((a, b))
                break
    return matched


def score(files):
    n1 = n2 = 0
    matched = []
    for orig_name, double_name in files:
        orig, double = load(orig_name), load(double_name)
        for doc_id, d in double.items():
            o = orig[doc_id]
            assert o["text"] == d["text"], f"{doc_id}: the double-coded text differs"
            n1 += len(o["events"])
            n2 += len(d["events"])
            matched += match(o["events"], d["events"])
    tp = len(matched)
    p, r = tp / n2, tp / n1
    f1 = 2 * p * r / (p + r)
    same_type = sum(a["event_type"] == b["event_type"] for a, b in matched) / tp
    labels = [(a["sub_event_type"], b["sub_event_type"]) for a, b in matched]
    po = sum(a == b for a, b in labels) / tp
    ca = collections.Counter(a for a, _ in labels)
    cb = collections.Counter(b for _, b in labels)
    pe = sum(ca[k] * cb[k] for k in ca) / tp / tp
    kappa = (po - pe) / (1 - pe)
    background = sum(bool(a.get("background")) == bool(b.get("background")) for a, b in matched) / tp
    return n1, n2, tp, f1, same_type, po, kappa, background


def main():
    print(
        "| pair | events (writer) | events (second coder) | matched | event-match F1 | type agreement"
        " | sub-type agreement | sub-type kappa | background agreement |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    every, texts = [], 0
    for name, files in PAIRS:
        every += files
        texts += sum(len(load(d)) for _, d in files)
        print("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |" % ((name,) + score(files)))
    articles = [f for name, files in PAIRS if "articles" in name for f in files]
    print("| all articles (%d) | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |"
          % ((sum(len(load(d)) for _, d in articles),) + score(articles)))
    print("| all (%d texts) | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f |" % ((texts,) + score(every)))


if __name__ == "__main__":
    main()
