#!/usr/bin/env python3
"""check.py OUTDIR: every OUTDIR/NAME.txt, with its [[LABEL:surface]] marks removed, must equal
src/NAME.txt byte for byte. Prints problems per file, then counts. Exit 1 on any problem."""
import os, re, sys
LABELS = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
bad = 0
counts = {}
files = sorted(f for f in os.listdir(out) if f.endswith(".txt"))
for f in files:
    marked = open(os.path.join(out, f), encoding="utf-8").read()
    src_path = os.path.join(here, "src", f)
    if not os.path.exists(src_path):
        print(f"{f}: no such source file"); bad += 1; continue
    src = open(src_path, encoding="utf-8").read()
    problems = []
    for m in MARK.finditer(marked):
        if m.group(1) not in LABELS:
            problems.append(f"unknown label {m.group(1)!r} in {m.group(0)!r}")
        s = m.group(2)
        if not s or s != s.strip():
            problems.append(f"empty or space-padded span {m.group(0)!r}")
        if "[[" in s or "]]" in s or "\n" in s:
            problems.append(f"nested or multi-line mark {m.group(0)[:60]!r}")
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    plain = MARK.sub(lambda m: m.group(2), marked)
    if "[[" in plain or "]]" in plain:
        problems.append("a broken mark ([[ or ]] left after removing marks)")
    if plain != src:
        i = next((k for k in range(min(len(plain), len(src))) if plain[k] != src[k]), min(len(plain), len(src)))
        problems.append(f"text differs from the source at char {i}: source {src[max(0,i-30):i+30]!r} vs yours {plain[max(0,i-30):i+30]!r}")
    for p in problems:
        print(f"{f}: {p}")
    bad += bool(problems)
print(f"{len(files)} files, {bad} with problems; names by label: {dict(sorted(counts.items()))}")
sys.exit(1 if bad else 0)
