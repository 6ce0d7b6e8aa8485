"""Substring gazetteer search: python3 qs.py CC SUBSTR [SUBSTR...]  (CC may be '*')."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from q import get
from gaz import fold
g = get()
cc = sys.argv[1]
for q in sys.argv[2:]:
    fq = fold(q)
    print("##", cc, q)
    seen = set()
    for name, hits in g.index.items():
        if fq in name:
            for kind, gid in hits:
                if gid in seen: continue
                d = g.describe(gid)
                if cc != "*" and d["country"] != cc: continue
                seen.add(gid)
                d.pop("kind")
                print("   ", name, "|", " ".join(f"{k}={v}" for k, v in d.items()))
