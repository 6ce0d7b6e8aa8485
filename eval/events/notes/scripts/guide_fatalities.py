#!/usr/bin/env python3
"""Applies the coding guide's fatalities rule to the written notes, after the build scripts.

The guide: "ACLED writes 0 when unknown; we write null when unknown and 0 only when the
text says nobody died." Three writers (A, C, D) wrote ACLED's 0 for events whose text says
nothing of deaths. This pass sets such a 0 to null unless the document states that nobody
died or was hurt ("no casualties", "nobody was killed", "without injuries", "unharmed", ...).
The check is per document, so a 0 is kept whenever the document says so of any incident:
it never invents a toll, it only removes a 0 that nothing in the text supports.
Idempotent; rewrites ../notes-*.jsonl and ../double-*.jsonl in place and prints counts.
"""
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NOBODY = re.compile(
    r"\b(no(body| one|-one)\b|no (casualt|death|fatalit|injur|one was|reports? of|immediate reports? of)"
    r"|without (casualt|injur|loss)|unharmed|unhurt|none (was|were)|caused no|not? (killed|hurt)"
    r"|did not (kill|cause|result)|no lives|escaped injury|no (people|persons|civilians)|zero (casualt|death))",
    re.I,
)


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "..", "notes-*.jsonl")) + glob.glob(os.path.join(HERE, "..", "double-*.jsonl"))):
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        changed = 0
        for d in rows:
            says_nobody = bool(NOBODY.search(d.get("text", "")))
            for e in d.get("events") or []:
                if e.get("fatalities") == 0 and not says_nobody:
                    e["fatalities"] = None
                    changed += 1
        with open(path, "w", encoding="utf-8") as out:
            for d in rows:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{os.path.basename(path)}: {changed} unsupported 0 tolls set to null")


if __name__ == "__main__":
    main()
