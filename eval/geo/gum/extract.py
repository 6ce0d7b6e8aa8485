"""Place mentions of GUM with their Wikipedia identifiers (stage 1 of build.py).

Reads `dep/GUM_*.conllu` of a git directory of github:amir-zeldes/gum at a commit,
keeps the genres whose text licence is open (the same six as eval/ner/gum), rebuilds
each document's text (word forms, a space unless `SpaceAfter=No`, a newline between
paragraphs) and yields every mention of entity type `place` whose head (the word whose
syntactic head lies outside the mention) is a proper noun (NNP/NNPS) and that carries
a Wikipedia identifier (the last field of GUM's `Entity=` annotation). The toponym
span is the run of proper nouns around the head inside the mention (connectors such
as "of", "de", "-" kept between proper nouns), as in eval/ner/gum/derive.py. Where two
such spans overlap, the longer (then the earlier) is kept. Deterministic: documents
sorted by name, no randomness.
"""
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

# GUM's open genres, its Entity= syntax and the git helpers are eval/ner/gum's.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "ner" / "gum"))
from derive import ENTITY, OPEN_GENRES, git, splits  # noqa: E402

CONNECTORS = {"of", "de", "du", "la", "le", "del", "der", "von", "van", "al", "-", "the", "upon", "on", "en", "sur"}


def normalize(raw):
    """Python port of tidings_text::normalize."""
    out = []
    for c in raw.replace("\r\n", "\n").replace("\r", "\n"):
        if c in "\n\t":
            out.append(c)
        elif c == "\u00a0" or "\u2000" <= c <= "\u200a" or c in "\u202f\u205f\u3000":
            out.append(" ")
        elif c in "\u200b\u200c\u200d\u2060\ufeff" or unicodedata.category(c) == "Cc":
            pass
        else:
            out.append(c)
    return "".join(out)


def misc_field(misc, name):
    m = re.search(r"(?:^|\|)" + name + r"=([^|]*)", misc)
    return m.group(1) if m else None


def document(conllu):
    """(text, sentences): each sentence a list of token dicts with byte offsets."""
    parts, pos = [], 0
    sents, sent, mwt_end, mwt_span = [], [], -1, None
    pending_par = False

    def emit(s):
        nonlocal pos
        s = normalize(s)
        parts.append(s)
        start = pos
        pos += len(s.encode())
        return start, pos

    for line in conllu.splitlines():
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            pending_par = True
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if sent:
                sents.append(sent)
            sent = []
            continue
        c = line.split("\t")
        if "." in c[0]:
            continue
        if "-" in c[0]:
            a, b = map(int, c[0].split("-"))
            sep = "\n" if pending_par and pos > 0 else ""
            if sep:
                emit(sep)
            pending_par = False
            mwt_span = emit(c[1])
            mwt_end = b
            if misc_field(c[9], "SpaceAfter") != "No":
                emit(" ")
            continue
        i = int(c[0])
        tok = dict(id=i, form=c[1], xpos=c[4], head=int(c[6]), misc=c[9])
        if i <= mwt_end:
            tok["start"], tok["end"], tok["mwt"] = mwt_span[0], mwt_span[1], True
        else:
            if pending_par and pos > 0:
                if parts and parts[-1] == " ":
                    parts.pop()
                    pos -= 1
                emit("\n")
            pending_par = False
            tok["start"], tok["end"] = emit(c[1])
            if misc_field(c[9], "SpaceAfter") != "No":
                emit(" ")
        sent.append(tok)
    if sent:
        sents.append(sent)
    text = "".join(parts)
    return text, sents


def places(sents):
    """(start_token, end_token, identity, sentence) of place mentions with an identity."""
    out = []
    for sent in sents:
        stack = []
        for i, t in enumerate(sent):
            ent = misc_field(t["misc"], "Entity")
            if not ent:
                continue
            for one, opened, closed in ENTITY.findall(ent):
                if one:
                    out.append((sent, i, i + 1, one))
                elif opened:
                    stack.append((opened.split("-")[0], i, opened))
                else:
                    for k in range(len(stack) - 1, -1, -1):
                        if stack[k][0] == closed:
                            _, s, desc = stack.pop(k)
                            out.append((sent, s, i + 1, desc))
                            break
    return out


def mentions(conllu):
    text, sents = document(conllu)
    found = []
    for sent, s, e, desc in places(sents):
        f = desc.split("-", 7)
        if len(f) < 8 or f[1] != "place" or not f[7]:
            continue
        ident = unquote(f[7])
        words = [t["form"] for t in sent]
        proper = [t["xpos"] in ("NNP", "NNPS") for t in sent]
        ids = [t["id"] for t in sent]
        heads = [ids.index(t["head"]) if t["head"] in ids else -1 for t in sent]
        inside = [k for k in range(s, e) if not (s <= heads[k] < e)]
        if not inside or not proper[inside[0]]:
            continue
        h = inside[0]
        a, b = h, h + 1
        while True:
            if a - 1 >= s and proper[a - 1]:
                a -= 1
            else:
                k = a - 1
                while k >= s and words[k].lower() in CONNECTORS and not proper[k]:
                    k -= 1
                if s <= k < a - 1 and proper[k]:
                    a = k
                else:
                    break
        while True:
            if b < e and proper[b]:
                b += 1
            else:
                k = b
                while k < e and words[k].lower() in CONNECTORS and not proper[k]:
                    k += 1
                if b < k < e and proper[k]:
                    b = k + 1
                else:
                    break
        if any(sent[k].get("mwt") for k in range(a, b)):
            continue
        start, end = sent[a]["start"], sent[b - 1]["end"]
        found.append(dict(start=start, end=end, text=text.encode()[start:end].decode(), identity=ident))
    # Overlaps: the longer span, then the earlier, wins.
    found.sort(key=lambda m: (-(m["end"] - m["start"]), m["start"]))
    kept = []
    for m in found:
        if any(m["start"] < k["end"] and k["start"] < m["end"] for k in kept):
            continue
        kept.append(m)
    kept.sort(key=lambda m: m["start"])
    return text, kept


def documents(gitdir, commit):
    """(doc_id, genre, split, text, mentions) for every open-genre document, sorted."""
    part = splits(git(gitdir, "show", f"{commit}:splits.md"))
    files = sorted(f for f in git(gitdir, "ls-tree", "--name-only", commit, "dep/").split() if f.endswith(".conllu"))
    for f in files:
        doc = f.split("/")[-1][: -len(".conllu")]
        bits = doc.split("_")
        if bits[0] != "GUM" or bits[1] not in OPEN_GENRES:
            continue
        split = part.get(doc, "train")
        if split not in ("train", "dev", "test"):
            continue
        text, ms = mentions(git(gitdir, "show", f"{commit}:{f}"))
        yield doc, bits[1], split, text, ms


if __name__ == "__main__":
    from collections import Counter
    ids = Counter()
    for doc, genre, split, text, ms in documents(sys.argv[1], sys.argv[2]):
        for m in ms:
            assert text.encode()[m["start"]:m["end"]].decode() == m["text"]
            ids[m["identity"]] += 1
            print(split, doc, m["text"], m["identity"], sep="\t")
    print(len(ids), "identities", sum(ids.values()), "mentions", file=sys.stderr)
