#!/usr/bin/env python3
"""Inter-annotator agreement between a blind re-coding and the original writers.

Usage: agreement.py [DOCS_DIR]   (default: `docs/` next to this script)

DOCS_DIR/nD/ holds a second annotator's marks of a sample of the written documents,
one file per document named after the original (`nA-001.txt` is `nA/001.txt` coded
again, without seeing the writer's marks). Both are parsed as derive.py does. Prints,
micro-averaged over the documents, span F1 with exact span and label, with exact span
only, and per label (exact span + label), taking the writer as reference (F1 is
symmetric, so the choice only swaps precision and recall).

When the re-coder's plain text differs from the writer's (a typo fixed, a space lost),
their offsets are aligned through the longest matching blocks of the two texts
(difflib); a name whose edges fall outside a matching block counts as unmatched.
"""

import difflib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive import read_doc  # noqa: E402


def offset_map(src, dst):
    """Maps offsets of `src` to `dst` where they fall inside matching blocks."""
    m = {}
    for a, b, size in difflib.SequenceMatcher(None, src, dst, autojunk=False).get_matching_blocks():
        for k in range(size + 1):
            m[a + k] = b + k
    return m


def f1(tp, a, b):
    p = tp / a if a else 0.0
    r = tp / b if b else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "docs")
    recoded = sorted(f for f in os.listdir(os.path.join(root, "nD")) if re.fullmatch(r"n[A-Z]-\d{3}\.txt", f))
    tp_l = tp_s = n_ref = n_rec = 0
    per = {}
    aligned_docs = 0
    for f in recoded:
        writer, num = f[:2], f[3:6]
        orig = os.path.join(root, writer, f"{num}.txt")
        if not os.path.exists(orig):
            print(f"{f}: no original {orig}", file=sys.stderr)
            continue
        _, text_a, ents_a = read_doc(orig)
        _, text_d, ents_d = read_doc(os.path.join(root, "nD", f))
        if text_a != text_d:
            aligned_docs += 1
            m = offset_map(text_d, text_a)
            ents_d = [(m[s], m[e], l) for s, e, l in ents_d if s in m and e in m]
        ref = set(ents_a)
        rec = set(ents_d)
        tp_l += len(ref & rec)
        tp_s += len({(s, e) for s, e, _ in ref} & {(s, e) for s, e, _ in rec})
        n_ref += len(ref)
        n_rec += len(rec)
        for lab in {l for _, _, l in ref | rec}:
            r = {x for x in ref if x[2] == lab}
            d = {x for x in rec if x[2] == lab}
            c = per.setdefault(lab, [0, 0, 0])
            c[0] += len(r & d)
            c[1] += len(d)
            c[2] += len(r)
    print(f"documents: {len(recoded)} re-coded ({aligned_docs} with a differing text, aligned)")
    print(f"names: writer {n_ref}, re-coder {n_rec}")
    for name, tp in (("exact span + label", tp_l), ("exact span only", tp_s)):
        f, p, r = f1(tp, n_rec, n_ref)
        print(f"{name}: F1 {f:.3f} (matches {tp}; P {p:.3f} R {r:.3f} against the writer)")
    for lab in sorted(per):
        tp, a, b = per[lab]
        f, _, _ = f1(tp, a, b)
        print(f"  {lab}: F1 {f:.3f} (writer {b}, re-coder {a}, both {tp})")


if __name__ == "__main__":
    main()
