#!/usr/bin/env python3
"""Corpora for the PostgreSQL scale-out runs (docs/scaling.md), written as JSONL to stdout.

    python3 eval/scale/corpus.py editions N   # the must-show corpus of crates/cli/tests/it/scale.rs
    python3 eval/scale/corpus.py distinct N   # N distinct documents, none a copy of another

`editions`: the examples (examples/, licences in examples/README.md) made distinct, as
`scale.rs` builds them: each example alone, then each followed by another example, each
with an "Edition k" line. Mostly near-duplicates of one another: ~6 % are coded.

`distinct`: each document 4-14 sentences of the examples drawn with a fixed seed (as
eval/soak/soak.py does), so texts are realistic and (almost) never near-duplicates:
nearly every document is coded, and coding dominates the cost.
"""
import json, os, random, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")

def examples():
    docs = [json.loads(l) for l in open(os.path.join(ROOT, "examples/news.jsonl")) if l.strip()]
    fsb = json.load(open(os.path.join(ROOT, "examples/fsb-kaluga-isk.meta.json")))
    fsb["text"] = open(os.path.join(ROOT, "examples/fsb-kaluga-isk.txt")).read()
    return docs + [fsb]

def editions(n):
    docs, k, step = examples(), 0, 0
    while k < n:
        for i, d in enumerate(docs):
            if k == n:
                break
            d, text = dict(d), d["text"]
            if step > 0:
                text = text + "\n\n" + docs[(i + step) % len(docs)]["text"]
            d["id"] = f"{d['id']}-e{step}"
            d["text"] = text + f"\n\nEdition {step} of the test corpus."
            print(json.dumps(d))
            k += 1
        step += 1

def distinct(n, seed=19):
    pool = set()
    for d in examples():
        pool |= {s.strip() for s in re.split(r"(?<=[.!?])\s+", d["text"]) if 30 <= len(s.strip()) <= 400}
    pool, rng = sorted(pool), random.Random(seed)
    for i in range(n):
        text = " ".join(rng.sample(pool, rng.randint(4, 14)))
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        print(json.dumps({"id": f"distinct-{i}", "published": day, "text": text}))

if __name__ == "__main__":
    {"editions": editions, "distinct": distinct}[sys.argv[1]](int(sys.argv[2]))
