#!/usr/bin/env python3
"""Derives PER/ORG/LOC name spans (CoNLL, IOB2) from GUM's entity layer.

Usage: derive.py GUM_REPO_GIT_DIR COMMIT OUT_DIR

Reads `dep/GUM_*.conllu` (the `Entity=` annotations in the MISC column) and
`splits.md` from a git directory of github:amir-zeldes/gum at COMMIT, keeps only
the genres whose text licence is open and stated in GUM's LICENSE.txt (see
README.md here), and writes `train.conll`, `dev.conll` and `test.conll` with one
`-DOCSTART-:DOC_ID` per document. Deterministic (sorted documents, no randomness).

A mention of type person, organization or place is a name when the head of the
mention (the word whose syntactic head lies outside it) is a proper noun; the
name is the run of proper nouns (NNP/NNPS) around that head inside the mention,
with connectors ("of", "de", "-", "&" ...; "and" in organizations) kept only between proper nouns
and a leading person's title ("President", "Dr.") dropped. A person mention
headed by a title or role ("the Secretary", "Emperor of the United States") or by
a plural proper noun (a group: "Americans", "Muslims", "Democrats", NORP in our
labels) gives no name; a place or organization inside it still does. An outer name wins
over names nested in it. Other types (events, objects, abstract) are left O: the
trainer treats every label a corpus never uses as open there.
"""

import re
import subprocess
import sys

OPEN_GENRES = {
    "academic": "CC BY 4.0",
    "bio": "CC BY-SA 3.0 (Wikipedia)",
    "court": "CC BY 4.0",
    "voyage": "CC BY-SA 3.0 (Wikivoyage)",
    "news": "CC BY 2.5 (Wikinews)",
    "interview": "CC BY 2.5 (Wikinews)",
}
TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
CONNECTORS = {"of", "&", "de", "du", "la", "le", "del", "der", "von", "van", "al", "bin", "ibn", "-", "the", "for", "on", "upon"}
TITLES = {
    "president", "prime", "minister", "general", "gen", "colonel", "col", "commander", "sheikh", "mr", "mrs",
    "ms", "dr", "king", "queen", "prince", "princess", "sultan", "emir", "imam", "lt", "sgt", "capt", "captain",
    "major", "lieutenant", "sergeant", "chief", "governor", "gov", "senator", "sen", "secretary", "ambassador",
    "judge", "justice", "premier", "chancellor", "admiral", "pope", "bishop", "rev", "reverend", "father",
    "professor", "prof", "sir", "lord", "lady", "saint", "st", "mayor", "emperor", "empress", "dame", "miss",
}
# Titles of nobility and office that head a person mention as a role ("the Secretary", "Emperor of the
# United States", "2nd Earl of Clare", "Chairman of the Australian Centre ..."): with TITLES, a person
# mention headed by one of these is a description, not a name (OntoNotes and CoNLL leave titles and
# roles out of person names; a place or organization named inside it is still its own mention).
ROLES = TITLES | {
    "earl", "duke", "duchess", "baron", "baroness", "count", "countess", "marquess", "viscount", "protector",
    "director", "chairman", "chairwoman", "chair", "fellow", "head", "founder", "speaker", "treasurer",
}
ENTITY = re.compile(r"\(([^()]+)\)|\(([^()]+)|(\d+)\)")


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True, text=True).stdout


def splits(text):
    out, part = {}, None
    for line in text.splitlines():
        if line.startswith("## "):
            part = line[3:].strip()
        m = re.match(r"\s*\*\s+(\S+)", line)
        if m and part:
            out[m.group(1)] = part
    return out


def sentences(conllu):
    sent = []
    for line in conllu.splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        sent.append(cols)
    if sent:
        yield sent


def doc_tags(conllu):
    """Yields (tokens, tags) per sentence."""
    for sent in sentences(conllu):
        n = len(sent)
        words = [c[1] for c in sent]
        xpos = [c[4] for c in sent]
        heads = [int(c[6]) - 1 for c in sent]
        mentions, stack = [], []
        for i, c in enumerate(sent):
            misc = c[9]
            m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
            if not m:
                continue
            for one, opened, closed in ENTITY.findall(m.group(1)):
                if one:
                    mentions.append((i, i + 1, one.split("-")[1]))
                elif opened:
                    stack.append((opened.split("-")[0], i, opened.split("-")[1]))
                else:
                    for k in range(len(stack) - 1, -1, -1):
                        if stack[k][0] == closed:
                            _, s, t = stack.pop(k)
                            mentions.append((s, i + 1, t))
                            break
        proper = [x in ("NNP", "NNPS") for x in xpos]
        names = []
        for s, e, t in mentions:
            if t not in TYPES:
                continue
            inside = [k for k in range(s, e) if not (s <= heads[k] < e)]
            if not inside or not proper[inside[0]]:
                continue
            h = inside[0]
            # A person mention headed by a plural proper noun ("Americans", "Thais", "Muslims",
            # "Democrats") names a group: a nationality, religion or party is NORP in our labels, which
            # GUM never marks, so it stays O (open in training); and by a title or role, no name.
            if t == "person" and (xpos[h] == "NNPS" or words[h].lower().rstrip(".") in ROLES):
                continue
            # "and" joins two names in a coordination ("Belgium and the Netherlands")
            # but is part of an organization's name ("Islamic State of Iraq and the Levant").
            conn = CONNECTORS | {"and"} if t == "organization" else CONNECTORS
            a, b = h, h + 1
            while True:
                if a - 1 >= s and proper[a - 1]:
                    a -= 1
                else:
                    k = a - 1
                    while k >= s and words[k].lower() in conn and not proper[k]:
                        k -= 1
                    if k < a - 1 and k >= s and proper[k]:
                        a = k
                    else:
                        break
            while True:
                if b < e and proper[b]:
                    b += 1
                else:
                    k = b
                    while k < e and words[k].lower() in conn and not proper[k]:
                        k += 1
                    if k > b and k < e and proper[k]:
                        b = k + 1
                    else:
                        break
            while a < h and words[a].lower().rstrip(".") in TITLES:
                a += 1
            names.append((a, b, TYPES[t]))
        # Outer (longer) names first; a name overlapping a chosen one is dropped.
        names.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        tags = ["O"] * n
        for a, b, lab in names:
            if any(tags[k] != "O" for k in range(a, b)):
                continue
            tags[a] = "B-" + lab
            for k in range(a + 1, b):
                tags[k] = "I-" + lab
        yield words, tags


def main():
    gitdir, commit, out = sys.argv[1:4]
    part = splits(git(gitdir, "show", f"{commit}:splits.md"))
    files = sorted(f for f in git(gitdir, "ls-tree", "--name-only", commit, "dep/").split() if f.endswith(".conllu"))
    outs = {"train": [], "dev": [], "test": []}
    for f in files:
        doc = f.split("/")[-1][: -len(".conllu")]
        bits = doc.split("_")
        if bits[0] != "GUM" or bits[1] not in OPEN_GENRES:
            continue
        split = part.get(doc, "train")
        if split not in outs:
            continue
        lines = [f"-DOCSTART-:{doc}\tO", ""]
        for words, tags in doc_tags(git(gitdir, "show", f"{commit}:{f}")):
            lines += [f"{w}\t{t}" for w, t in zip(words, tags)] + [""]
        outs[split].append("\n".join(lines))
    for split, docs in outs.items():
        with open(f"{out}/{split}.conll", "w", encoding="utf-8") as fh:
            fh.write("\n".join(docs))
        print(split, len(docs), "documents", file=sys.stderr)


if __name__ == "__main__":
    main()
