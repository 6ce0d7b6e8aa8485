"""Build eval/geo/gold.jsonl from the manual annotation files.

Usage: python3 build_gold.py [--review]

Inputs
  examples/news.jsonl, examples/fsb-kaluga-isk.txt (texts used byte-for-byte, after the
  same normalisation tidings applies: see normalize()), plus extra documents listed in
  extra_docs.jsonl (WikiEvents / RAMS passages) if present;
  annotations_*.txt in this directory (format documented at the top of annotations_news.txt).
Output
  eval/geo/gold.jsonl and eval/geo/scripts/skipped.tsv (occurrences deliberately not annotated).

With --review, also prints capitalised n-grams that match a gazetteer name but are not
covered by any annotation or skip line (to catch missed toponyms).
"""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from q import get  # noqa: E402
from gaz import fold  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "eval", "geo", "gold.jsonl")

# Fallback seats for divisions whose own seat (PPLA2) is missing from cities500.
SEAT_FALLBACK = {
    7053179: 1138336,  # Shah Wali Kot district -> no PPLA2 in cities500; use Kandahar (ADM1 seat)
    2636512: 2647793,  # Surrey (ADM2) -> no seat in cities500; use Guildford, the traditional county town
}


def normalize(raw):
    """Python port of tidings_text::normalize (crates/text/src/lib.rs)."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    out = []
    i = 0
    n = len(raw)
    while i < n:
        c = raw[i]
        if c == "\r":
            if i + 1 < n and raw[i + 1] == "\n":
                i += 1
            out.append("\n")
        elif c in "\n\t":
            out.append(c)
        elif c == "\u00a0" or "\u2000" <= c <= "\u200a" or c in "\u202f\u205f\u3000":
            out.append(" ")
        elif c in "\u200b\u200c\u200d\u2060\ufeff":
            pass
        elif unicodedata.category(c) == "Cc":
            pass
        else:
            out.append(c)
        i += 1
    return "".join(out)


def load_docs():
    docs = []
    for line in open(os.path.join(ROOT, "examples", "news.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        docs.append(dict(id=d["id"], source_file="examples/news.jsonl", license=d["license"], raw=d["text"],
                         published=d.get("published")))
    raw = open(os.path.join(ROOT, "examples", "fsb-kaluga-isk.txt"), "rb").read().decode("utf-8")
    meta = json.load(open(os.path.join(ROOT, "examples", "fsb-kaluga-isk.meta.json")))
    docs.append(dict(id="fsb-kaluga-isk", source_file="examples/fsb-kaluga-isk.txt",
                     license=meta.get("license"), raw=raw, published=meta.get("published")))
    extra = os.path.join(HERE, "extra_docs.jsonl")
    if os.path.exists(extra):
        for line in open(extra, encoding="utf-8"):
            d = json.loads(line)
            docs.append(dict(id=d["id"], source_file=d["source_file"], license=d["license"], raw=d["text"],
                             published=d.get("published")))
    for d in docs:
        d["text"] = normalize(d["raw"])
        d["normalized_changed"] = d["text"] != d["raw"]
    return docs


def parse_annotations():
    ann = {}
    cur = None
    for path in sorted(glob.glob(os.path.join(HERE, "annotations_*.txt"))):
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("## "):
                cur = line[3:].strip()
                if cur in ann:
                    raise SystemExit(f"{path}:{ln}: duplicate doc {cur}")
                ann[cur] = []
                continue
            if line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 3:
                raise SystemExit(f"{path}:{ln}: bad line {line!r}")
            surface, gid, flag = parts[0].replace("\\n", "\n"), parts[1], parts[2]
            note = parts[3] if len(parts) > 3 else ""
            if gid == "-":
                ann[cur].append(dict(surface=surface, gid=None, reason=flag, where=f"{os.path.basename(path)}:{ln}"))
            else:
                if flag not in ("L", "M"):
                    raise SystemExit(f"{path}:{ln}: flag must be L or M: {line!r}")
                ann[cur].append(dict(surface=surface, gid=int(gid), literal=(flag == "L"), note=note,
                                     where=f"{os.path.basename(path)}:{ln}"))
    return ann


def occurrences(text, surface):
    pat = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def align(doc, lines):
    """Assign each annotation line to a character span. Returns list of (line, (s, e))."""
    text = doc["text"]
    surfaces = sorted({l["surface"] for l in lines}, key=lambda s: (-len(s), s))
    claimed = []
    result = []
    for s in surfaces:
        occ = [o for o in occurrences(text, s) if not any(overlaps(o, c) for c in claimed)]
        mine = [l for l in lines if l["surface"] == s]
        if len(occ) != len(mine):
            ctx = [text[max(0, a - 30):b + 30].replace("\n", " / ") for a, b in occ]
            raise SystemExit(f"{doc['id']}: surface {s!r}: {len(mine)} lines but {len(occ)} occurrences:\n  "
                             + "\n  ".join(ctx))
        for l, o in zip(mine, occ):
            result.append((l, o))
        claimed.extend(occ)
    result.sort(key=lambda x: x[1][0])
    return result


def entry_for(g, gid):
    d = g.describe(gid)
    if d is None:
        raise SystemExit(f"geonameid {gid} not in local gazetteer")
    kind = d["kind"]
    if kind == "city":
        c = g.cities[gid]
        feat = c["feature_code"] or "PPL"
        return dict(name=c["name"], country=c["country_code"], feature=feat, lat=c["latitude"], lon=c["longitude"],
                    seat=None, feature_known=bool(c["feature_code"]))
    seats = g.seat(kind, gid)
    if seats:
        seat = seats[0]
    elif gid in SEAT_FALLBACK:
        seat = g.cities[SEAT_FALLBACK[gid]]
    else:
        raise SystemExit(f"no seat for {gid} {d}")
    return dict(name=d["name"], country=d["country"], feature=d["feature"], lat=seat["latitude"], lon=seat["longitude"],
                seat=seat["geonameid"], feature_known=True)


def main():
    review = "--review" in sys.argv
    g = get()
    docs = load_docs()
    ann = parse_annotations()
    ids = [d["id"] for d in docs]
    missing = [i for i in ann if i not in ids]
    if missing:
        raise SystemExit(f"annotations for unknown docs: {missing}")
    out = []
    skipped = []
    for doc in docs:
        if doc["id"] not in ann:
            continue
        text = doc["text"]
        b = text.encode("utf-8")
        aligned = align(doc, ann[doc["id"]])
        tops = []
        skips = []
        for l, (s, e) in aligned:
            bs = len(text[:s].encode("utf-8"))
            be = bs + len(text[s:e].encode("utf-8"))
            assert b[bs:be].decode("utf-8") == l["surface"]
            if l["gid"] is None:
                skipped.append((doc["id"], bs, be, l["surface"].replace("\n", "\\n"), l["reason"]))
                skips.append(dict(start=bs, end=be, text=l["surface"], reason=l["reason"]))
                continue
            en = entry_for(g, l["gid"])
            tops.append(dict(start=bs, end=be, text=l["surface"], geonames_id=l["gid"], name=en["name"],
                             country=en["country"], feature=en["feature"], lat=en["lat"], lon=en["lon"],
                             literal=l["literal"]))
        rec = dict(id=doc["id"], source_file=doc["source_file"], license=doc["license"])
        if doc.get("published"):
            rec["published"] = doc["published"]
        rec.update(text=text, toponyms=tops, skipped=skips)
        out.append(rec)
        if review:
            review_doc(g, doc, aligned)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "skipped.tsv"), "w", encoding="utf-8") as f:
        f.write("doc_id\tstart\tend\ttext\treason\n")
        for row in skipped:
            f.write("\t".join(map(str, row)) + "\n")
    n = sum(len(o["toponyms"]) for o in out)
    print(f"wrote {len(out)} docs, {n} toponyms, {len(skipped)} skipped occurrences -> {OUT}")
    changed = [d["id"] for d in docs if d["normalized_changed"] and d["id"] in ann]
    print("normalisation changed:", changed)


IGNORE = set("""The A An In On At Of And But For To By As It He She We They His Her Its Their This That These Those
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Police Government President
Minister Secretary General Army Islamic State Coalition Taliban Defense Foreign Office Prime""".split())


def review_doc(g, doc, aligned):
    text = doc["text"]
    covered = [o for _, o in aligned]
    toks = [(m.start(), m.end()) for m in re.finditer(r"[A-Z][\w’'\-\.]*(?:\s+(?:al-|el-|de |del |ez-)?[A-Z][\w’'\-]*)*", text)]
    flagged = set()
    for s, e in toks:
        words = [(m.start() + s, m.end() + s) for m in re.finditer(r"[^\s]+", text[s:e])]
        for i in range(len(words)):
            for j in range(i, min(i + 4, len(words))):
                a, bb = words[i][0], words[j][1]
                span = text[a:bb].rstrip(".,’'s")
                if span in IGNORE or len(span) < 3:
                    continue
                hits = g.index.get(fold(span), set())
                good = []
                for kind, gid in hits:
                    if kind in ("country", "adm1"):
                        good.append((kind, gid))
                    elif kind == "city" and g.cities[gid]["population"] >= 20000 and fold(span) in (
                            fold(g.cities[gid]["name"]), fold(g.cities[gid].get("asciiname") or "")):
                        good.append((kind, gid))
                if good and not any(overlaps((a, a + len(span)), c) for c in covered):
                    key = (a, span)
                    if key not in flagged:
                        flagged.add(key)
                        print(f"REVIEW {doc['id']}: {span!r} @{a}: {text[max(0,a-40):a+len(span)+30]!r} -> "
                              f"{[(k, g.describe(x)['name'], g.describe(x)['country']) for k, x in good[:3]]}")


if __name__ == "__main__":
    main()
