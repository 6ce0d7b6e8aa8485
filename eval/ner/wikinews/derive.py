#!/usr/bin/env python3
"""Builds the Wikinews NER dev and test sets and scores the annotators' agreement.

    python3 eval/ner/wikinews/derive.py

Input: docs/{a,b,c}/NNN-ID.txt, 120 Wikinews articles (the texts of MEANTIME's English
part, tokenized as MEANTIME gives them) with every name marked inline as
[[LABEL:surface]] by annotators a, b, c (40 each) following brief.md; docs/d/ holds an
independent second coding of 15 of them. Output: dev.jsonl and test.jsonl in the format of
eval/ner/gold.jsonl ({id, text, entities: [{start, end, label, text}]}, UTF-8 byte offsets),
split by document: even NNN to dev, odd NNN to test (NNN orders the documents by the sha1
of their MEANTIME id). Prints exact-match F1 (span + label, span only, per label) of d
against the first coding.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")
LABELS = ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC")


def read(path):
    """The plain text and its names [(start, end, label)] in UTF-8 bytes."""
    marked = open(path, encoding="utf-8").read()
    text = []
    names = []
    at = 0
    pos = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        text.append(before)
        at += len(before.encode("utf-8"))
        surface = m.group(2)
        n = len(surface.encode("utf-8"))
        if m.group(1) not in LABELS:
            raise SystemExit(f"{path}: unknown label {m.group(1)}")
        names.append((at, at + n, m.group(1)))
        text.append(surface)
        at += n
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), names


def f1(gold, pred):
    both = len(set(gold) & set(pred))
    p = both / len(pred) if pred else 0.0
    r = both / len(gold) if gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), len(gold), len(pred), both


def main():
    first = {}
    for coder in ("a", "b", "c"):
        for f in sorted(os.listdir(os.path.join(HERE, "docs", coder))):
            first[f] = read(os.path.join(HERE, "docs", coder, f))
    splits = {"dev": [], "test": []}
    for f in sorted(first):
        text, names = first[f]
        num, doc_id = f[:-4].split("-", 1)
        doc = {
            "id": f"wikinews-{doc_id}",
            "text": text,
            "entities": [
                {"start": s, "end": e, "label": lab, "text": text.encode("utf-8")[s:e].decode("utf-8")}
                for s, e, lab in names
            ],
        }
        splits["dev" if int(num) % 2 == 0 else "test"].append(doc)
    for name, docs in splits.items():
        with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as out:
            for d in docs:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(f"{name}: {len(docs)} documents, {sum(len(d['entities']) for d in docs)} names")
    # Agreement: d against the first coding.
    g_all, p_all = [], []
    for f in sorted(os.listdir(os.path.join(HERE, "docs", "d"))):
        text_d, names_d = read(os.path.join(HERE, "docs", "d", f))
        text_g, names_g = first[f]
        assert text_d == text_g, f
        g_all += [(f,) + n for n in names_g]
        p_all += [(f,) + n for n in names_d]
    print(f"agreement on {len(set(g[0] for g in g_all))} documents (d against the first coding):")
    print("| measure | F1 | names (first / second / both) |\n|---|---|---|")
    rows = [("exact span + label", g_all, p_all), ("exact span only", [g[:3] for g in g_all], [p[:3] for p in p_all])]
    conll = {"GPE": "LOC", "FAC": "LOC", "LOC": "LOC", "NORP": "MISC", "MISC": "MISC", "PER": "PER", "ORG": "ORG"}
    rows.append(("CoNLL-4 labels", [g[:3] + (conll[g[3]],) for g in g_all], [p[:3] + (conll[p[3]],) for p in p_all]))
    for lab in LABELS:
        rows.append((lab, [g for g in g_all if g[3] == lab], [p for p in p_all if p[3] == lab]))
    for name, g, p in rows:
        score, ng, npred, both = f1(g, p)
        print(f"| {name} | {score:.3f} | {ng} / {npred} / {both} |")


if __name__ == "__main__":
    main()
