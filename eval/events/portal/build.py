#!/usr/bin/env python3
"""Builds dev.jsonl, test.jsonl and train.jsonl of the current-events event set from the annotators' codes.

Reads items.jsonl (the drawn items with their split) and coded/coded-X.jsonl (each of the
eight annotators' 150 items, X in P to W, with "events" added) and writes the items of each split, in items.jsonl
order, in the record format of ../gold.jsonl; likewise train-items.jsonl and the training
annotators' codes (coded/coded-X1.jsonl to coded-X14.jsonl, about 200 items each) give train.jsonl;
other-items.jsonl and coded/coded-O1.jsonl to coded-O3.jsonl give other-dev.jsonl and
other-test.jsonl (round 5), and coded-O4.jsonl to coded-O6.jsonl other-train.jsonl (round 6).
An item no annotator coded stops the build.
Texts are normalized as tidings reads them (no-break and other wide spaces become a space,
zero-width characters and controls go; `tidings_text::normalize`) and the evidence offsets
moved with them, so that the gold lines up with what tidings sees.
Usage: python3 build.py   (python3 standard library only; the output is byte-identical)
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ANNOTATORS = list("PQRSTUVW") + [f"X{k}" for k in range(1, 15)] + [f"O{k}" for k in range(1, 7)]


def normalize(raw):
    out = []
    for c in raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"):
        if c in "\n\t":
            out.append(c)
        elif c in "\u00a0\u202f\u205f\u3000" or "\u2000" <= c <= "\u200a":
            out.append(" ")
        elif c in "\u200b\u200c\u200d\u2060\ufeff" or unicodedata.category(c) == "Cc":
            continue
        else:
            out.append(c)
    return "".join(out)


def moved(text, events):
    """The events with their evidence offsets in the normalized text."""
    raw = text.encode()
    out = []
    for e in events:
        ev = e["evidence"]
        start = len(normalize(raw[:ev["start"]].decode()).encode())
        piece = normalize(ev["text"])
        out.append(dict(e, evidence=dict(ev, start=start, end=start + len(piece.encode()), text=piece)))
    return out


def main():
    codes = {}
    for a in ANNOTATORS:
        with open(os.path.join(HERE, "coded", f"coded-{a}.jsonl"), encoding="utf-8") as f:
            for d in map(json.loads, f):
                assert d["id"] not in codes, f"{d['id']}: coded twice"
                codes[d["id"]] = d
    out = {"dev": [], "test": [], "train": [], "other-dev": [], "other-test": [], "other-train": []}
    items = []
    for name in ("items.jsonl", "train-items.jsonl", "other-items.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            items += map(json.loads, f)
    for item in items:
        coded = codes.get(item["id"])
        assert coded is not None, f"{item['id']}: not coded"
        assert coded["text"] == item["text"], f"{item['id']}: the coded text differs"
        for e in coded["events"]:
            ev = e["evidence"]
            assert item["text"].encode()[ev["start"]:ev["end"]].decode() == ev["text"], f"{item['id']}: evidence"
        # The other sections' items (round 5) make sets of their own.
        split = f"other-{item['split']}" if item.get("round") in (5, 6) else item["split"]
        out[split].append(dict(id=item["id"], source_file=item["source_file"], license=item["license"],
                                       published=item["published"], text=normalize(item["text"]),
                                       events=moved(item["text"], coded["events"])))
    for split, docs in out.items():
        for d in docs:
            for e in d["events"]:
                ev = e["evidence"]
                assert d["text"].encode()[ev["start"]:ev["end"]].decode() == ev["text"], f"{d['id']}: moved evidence"
        with open(os.path.join(HERE, f"{split}.jsonl"), "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{split}.jsonl: {len(docs)} items, {sum(len(d['events']) for d in docs)} events, "
              f"{sum(not d['events'] for d in docs)} items with none")


if __name__ == "__main__":
    main()
