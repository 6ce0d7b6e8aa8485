#!/usr/bin/env python3
"""Converts the annotator-written NER documents to CoNLL for `cargo xtask train-ner`.

Usage: derive.py [SRC_DIR] [OUT_DIR]

SRC_DIR (default: `docs/` next to this script) holds one folder per writer (`nA/`,
`nB/`, ...; `nD/` is a blind second coding for agreement.py, never read here), one
document per `NNN.txt`: a header line `# id: ... | style: ... |
topic: ...`, then text with every name marked `[[LABEL:surface]]` (LABEL one of PER ORG
GPE LOC FAC NORP MISC; the format of /work/ann/BRIEF-NER.md, parsed as its check.py
does). Writes OUT_DIR/train.conll and OUT_DIR/dev.conll (default: next to this script),
IOB2, one `-DOCSTART-:ID` line per document, one sentence per block. Deterministic:
documents in sorted order, no randomness; the split is a hash of the document id.

Method
- Tokens: the rules of `tidings_text::tokenize` (internal hyphens, "U.S."-style
  initials, "1,200"/"3.5" and inner apostrophes stay in a word; a possessive "'s" and
  every punctuation mark are tokens), so that the text `read_conll` rebuilds from the
  tokens tokenizes back to the same tokens.
- Sentences: every non-empty line (headlines, datelines, bylines, list and table rows
  stay apart), cut after ".", "!" or "?" before a capital or a quote, except after a
  single letter or a known abbreviation ("Mr.", "Gen.", "Jan.", "Ill."), never inside
  a name.
- Labels, as train-ner's model learns them (`tidings_entities::ner::label_index`):
  GPE, LOC and FAC → LOC; PER, ORG, NORP, MISC as written.
- A name glued to a word by a hyphen or a letter ("[[GPE:US]]-backed") is one token of
  our tokenizer and stays O: a hyphenated modifier is not a name (eval/ner/README.md).
- Every mention, every time: the writers sometimes mark a name once and not its
  repeats. A later unmarked occurrence (whole words, same case) of a surface the
  document marks with one label, or of the last word of a marked person's name
  ("Holloway" after "Tremaine R. Holloway"), gets that label; counted in the output.
- Split: a document is held back (`dev.conll`) when the first byte of sha1(id) is below
  43 (about one in six), else train. Written text is training data only: train-ner
  prints the held-back side as an extra row that no choice reads (dev and test sets
  are real published text).
"""

import hashlib
import os
import re
import sys

LABELS = {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "MISC"}
TRAIN_LABEL = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "NORP", "MISC": "MISC"}
MARK = re.compile(r"\[\[([A-Z]+):([^\[\]]+?)\]\]")
ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "gov", "sen", "rep", "jr", "sr",
    "no", "co", "inc", "ltd", "corp", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "ill", "calif", "fla", "mass", "wash", "ariz", "colo", "conn", "ga", "ky", "la", "md", "mich", "minn",
    "miss", "mo", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "wis", "ala", "ark", "del", "kan", "neb",
    "prof", "rev", "adm", "brig", "cpl", "pvt", "supt", "insp", "det", "mt", "ft", "ave", "blvd", "rd", "approx",
    "dept", "univ", "est", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
}
SUFFIX_WORDS = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


def parse(body):
    """(plain text, [(start, end, label)]) as check.py reads a document body."""
    out, ents, pos, n = [], [], 0, 0
    for m in MARK.finditer(body):
        pre = body[pos:m.start()]
        out.append(pre)
        n += len(pre)
        label, surf = m.group(1), m.group(2)
        if label not in LABELS:
            raise ValueError(f"unknown label {label}")
        ents.append((n, n + len(surf), label))
        out.append(surf)
        n += len(surf)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), ents


def read_doc(path):
    """(id, plain text, entities) of one file."""
    raw = open(path, encoding="utf-8").read()
    head, _, body = raw.partition("\n")
    m = re.match(r"#\s*id:\s*([^|]+)", head)
    doc_id = m.group(1).strip() if m else os.path.basename(path)
    text, ents = parse(body)
    return doc_id, text, ents


def is_dash(c):
    return c in "-\u2010\u2011"


def is_apos(c):
    return c in "'\u2019"


def tokenize(text):
    """Token (start, end) pairs by tidings_text::tokenize's rules for plain prose."""
    toks, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if not c.isalnum():
            ln = 2 if c in "`'" and i + 1 < n and text[i + 1] == c else 1
            toks.append((i, i + ln))
            i += ln
            continue
        numeric = c.isascii() and c.isdigit()
        j = i + 1
        while j < n:
            c2 = text[j]
            nxt = text[j + 1] if j + 1 < n else None
            if c2.isalnum():
                j += 1
            elif (is_dash(c2) and nxt is not None and nxt.isalnum()) or (
                c2 in ",." and numeric and nxt is not None and nxt.isascii() and nxt.isdigit()
            ):
                j += 2
            elif c2 == "." and nxt is not None and nxt.isalpha() and j - i == 1:
                k = j
                while (
                    k + 1 < n
                    and text[k] == "."
                    and text[k + 1].isalpha()
                    and (k + 2 >= n or not text[k + 2].isalnum())
                ):
                    k += 2
                if k > j and k < n and text[k] == ".":
                    j = k + 1
                break
            elif is_apos(c2) and nxt is not None and nxt.isalpha():
                after = text[j + 2] if j + 2 < n else None
                if nxt in "sS" and (after is None or not after.isalnum()):
                    break
                j += 2
            else:
                break
        toks.append((i, j))
        i = j
        if i + 1 < n and is_apos(text[i]) and text[i + 1] in "sS":
            after = text[i + 2] if i + 2 < n else None
            if after is None or not after.isalnum():
                toks.append((i, i + 2))
                i += 2
    return toks


def complete(text, ents):
    """Adds unmarked repeats of the document's names (see the module docs)."""
    labels_of = {}
    for s, e, l in ents:
        labels_of.setdefault(text[s:e], set()).add(l)
    targets = {surf: next(iter(ls)) for surf, ls in labels_of.items() if len(ls) == 1 and len(surf) >= 2}
    for s, e, l in ents:
        if l != "PER":
            continue
        words = text[s:e].split()
        if len(words) < 2:
            continue
        last = words[-1] if words[-1] not in SUFFIX_WORDS else (words[-2] if len(words) > 2 else "")
        if len(last) >= 3 and last[0].isupper() and last.isalpha() and labels_of.get(last, {"PER"}) == {"PER"}:
            targets.setdefault(last, "PER")
    taken = [(s, e) for s, e, _ in ents]
    added = []
    for surf in sorted(targets, key=lambda x: (-len(x), x)):
        if not surf[0].isupper():
            continue
        for m in re.finditer(re.escape(surf), text):
            s, e = m.start(), m.end()
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if before.isalnum() or is_dash(before) or after.isalnum() or is_dash(after):
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            added.append((s, e, targets[surf]))
    return sorted(ents + added), len(added)


def sentences(text, toks, ents):
    """Groups token indices into sentences (see the module docs)."""
    inside = set()
    for s, e, _ in ents:
        for k, (a, b) in enumerate(toks):
            if a >= s and b <= e and not (a == s):
                inside.add(k)  # a token that continues a name: no cut before it
    out, cur = [], []
    for k, (a, b) in enumerate(toks):
        if cur and "\n" in text[toks[cur[-1]][1]:a]:
            out.append(cur)
            cur = []
        cur.append(k)
        tok = text[a:b]
        if tok in (".", "!", "?") and k + 1 < len(toks) and k + 1 not in inside:
            na, nb = toks[k + 1]
            if "\n" in text[b:na]:
                continue
            nxt = text[na:nb]
            prev = text[toks[k - 1][0]:toks[k - 1][1]] if k > 0 else ""
            starts = nxt[0].isupper() or nxt in ('"', "\u201c", "'", "\u2018")
            abbrev = tok == "." and (prev.lower() in ABBREV or (len(prev) == 1 and prev.isalpha()))
            if starts and not abbrev and na > b:
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


def conll_doc(doc_id, text, ents):
    """CoNLL lines of a document and counts (glued names dropped, added repeats)."""
    ents, added = complete(text, ents)
    toks = tokenize(text)
    starts = {a: k for k, (a, _) in enumerate(toks)}
    ends = {b: k for k, (_, b) in enumerate(toks)}
    tags = ["O"] * len(toks)
    glued = 0
    for s, e, l in ents:
        a, b = starts.get(s), ends.get(e)
        if a is None or b is None or b < a:
            glued += 1
            continue
        tags[a] = "B-" + TRAIN_LABEL[l]
        for k in range(a + 1, b + 1):
            tags[k] = "I-" + TRAIN_LABEL[l]
    lines = [f"-DOCSTART-:{doc_id}\tO", ""]
    for sent in sentences(text, toks, ents):
        for k in sent:
            a, b = toks[k]
            lines.append(f"{text[a:b]}\t{tags[k]}")
        lines.append("")
    return lines, glued, added, len(ents) - glued


def is_dev(doc_id):
    return hashlib.sha1(doc_id.encode("utf-8")).digest()[0] < 43


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "docs")
    out = sys.argv[2] if len(sys.argv) > 2 else here
    files = sorted(
        os.path.join(src, w, f)
        for w in os.listdir(src)
        if re.fullmatch(r"n[A-Z]", w) and w != "nD" and os.path.isdir(os.path.join(src, w))
        for f in os.listdir(os.path.join(src, w))
        if re.fullmatch(r"\d{3}\.txt", f)
    )
    sides = {"train": [], "dev": []}
    counts = {"train": {}, "dev": {}}
    docs = {"train": 0, "dev": 0}
    glued_all = added_all = 0
    for path in files:
        doc_id, text, ents = read_doc(path)
        side = "dev" if is_dev(doc_id) else "train"
        lines, glued, added, kept = conll_doc(doc_id, text, ents)
        sides[side].extend(lines)
        docs[side] += 1
        glued_all += glued
        added_all += added
        for line in lines:
            if "\tB-" in line:
                lab = line.rsplit("B-", 1)[1]
                counts[side][lab] = counts[side].get(lab, 0) + 1
    for side in ("train", "dev"):
        with open(os.path.join(out, f"{side}.conll"), "w", encoding="utf-8") as f:
            f.write("\n".join(sides[side]) + "\n")
        names = ", ".join(f"{k} {v}" for k, v in sorted(counts[side].items()))
        print(f"{side}: {docs[side]} documents, {sum(counts[side].values())} names ({names})")
    print(f"names glued to a word (left O): {glued_all}; unmarked repeats labelled: {added_all}")


if __name__ == "__main__":
    main()
