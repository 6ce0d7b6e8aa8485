"""Independent checks of eval/geo/gold.jsonl against the raw GeoNames files and the sources.

- every offset pair slices `text` (as UTF-8 bytes) to exactly the toponym text;
- no overlapping toponym spans; skipped spans do not overlap toponyms;
- text is normalised (normalize(text) == text); texts from examples/ equal the source
  (after normalisation) byte for byte;
- every geonames_id is re-read from the raw files (cities500, cities15000, admin1, admin2,
  countryInfo) and its name/country/feature agree; city coordinates equal the raw ones;
  division/country coordinates equal those of a PPLC/PPLA/PPLA2 city of the same country.
"""
import csv, gzip, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_gold import normalize  # noqa: E402
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
GN = "/work/shared/data/geonames/"

gold = [json.loads(l) for l in open(os.path.join(ROOT, "eval/geo/gold.jsonl"), encoding="utf-8")]
ids = {t["geonames_id"] for o in gold for t in o["toponyms"]}

raw = {}
csv.field_size_limit(10**8)
with gzip.open(GN + "cities500.tsv.gz", "rt", encoding="utf-8") as f:
    r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE); hdr = next(r)
    seats = {}
    for row in r:
        d = dict(zip(hdr, row))
        gid = int(d["geonameid"])
        if gid in ids:
            raw[gid] = ("city", d["name"], d["country_code"], d["feature_code"], float(d["latitude"]), float(d["longitude"]))
        if d["feature_code"] in ("PPLC", "PPLA", "PPLA2"):
            seats[(round(float(d["latitude"]), 5), round(float(d["longitude"]), 5))] = (d["country_code"], d["name"])
with gzip.open(GN + "cities15000.txt.gz", "rt", encoding="utf-8") as f:
    for line in f:
        p = line.rstrip("\n").split("\t")
        if p[7] in ("PPLC", "PPLA", "PPLA2"):
            seats[(round(float(p[4]), 5), round(float(p[5]), 5))] = (p[8], p[1])
        if int(p[0]) in raw and not raw[int(p[0])][3]:
            k = raw[int(p[0])]; raw[int(p[0])] = k[:3] + (p[7],) + k[4:]
for line in open(GN + "admin1CodesASCII.txt", encoding="utf-8"):
    code, name, asc, gid = line.rstrip("\n").split("\t")
    if int(gid) in ids:
        raw[int(gid)] = ("adm1", name, code.split(".")[0], "ADM1")
with gzip.open(GN + "admin2Codes.txt.gz", "rt", encoding="utf-8") as f:
    for line in f:
        code, name, asc, gid = line.rstrip("\n").split("\t")
        if int(gid) in ids:
            raw[int(gid)] = ("adm2", name, code.split(".")[0], "ADM2")
for line in open(GN + "countryInfo.txt", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    p = line.rstrip("\n").split("\t")
    if int(p[16]) in ids:
        raw[int(p[16])] = ("country", p[4], p[0], "PCLI")

src = {}
for l in open(os.path.join(ROOT, "examples/news.jsonl"), encoding="utf-8"):
    d = json.loads(l); src[d["id"]] = d["text"]
src["fsb-kaluga-isk"] = open(os.path.join(ROOT, "examples/fsb-kaluga-isk.txt"), "rb").read().decode("utf-8")

errors = 0
def err(*a):
    global errors; errors += 1; print("ERROR", *a)

seen_ids = set()
for o in gold:
    if o["id"] in seen_ids: err("duplicate id", o["id"])
    seen_ids.add(o["id"])
    t = o["text"]; b = t.encode("utf-8")
    if normalize(t) != t: err(o["id"], "text not normalised")
    if o["source_file"] in ("examples/news.jsonl", "examples/fsb-kaluga-isk.txt"):
        if normalize(src[o["id"]]) != t: err(o["id"], "text differs from source")
        if src[o["id"]] != t: print("note:", o["id"], "differs from raw source only by normalisation")
    spans = sorted((x["start"], x["end"]) for x in o["toponyms"])
    for a, c in zip(spans, spans[1:]):
        if a[1] > c[0]: err(o["id"], "overlap", a, c)
    for s in o.get("skipped", []):
        if b[s["start"]:s["end"]].decode() != s["text"]: err(o["id"], "skipped misaligned", s)
        if any(s["start"] < e and x < s["end"] for x, e in spans): err(o["id"], "skip overlaps toponym", s)
    for x in o["toponyms"]:
        if b[x["start"]:x["end"]].decode("utf-8") != x["text"]: err(o["id"], "misaligned", x)
        r = raw.get(x["geonames_id"])
        if r is None: err(o["id"], "id not in raw files", x["geonames_id"]); continue
        if r[1] != x["name"] or r[2] != x["country"]: err(o["id"], "name/country mismatch", x, r)
        if r[0] == "city":
            if (r[4], r[5]) != (x["lat"], x["lon"]): err(o["id"], "coords", x, r)
            if (r[3] or "PPL") != x["feature"]: err(o["id"], "feature", x, r)
        else:
            if r[3] != x["feature"]: err(o["id"], "feature", x, r)
            sc = seats.get((round(x["lat"], 5), round(x["lon"], 5)))
            if sc is None or sc[0] != x["country"]:
                print("note: seat coords of", x["geonames_id"], x["name"], "are not a PPLC/PPLA/PPLA2 city of", x["country"], sc)
        if not isinstance(x["literal"], bool): err(o["id"], "literal not bool", x)
print(f"{len(gold)} docs, {sum(len(o['toponyms']) for o in gold)} toponyms, {len(ids)} distinct ids; errors: {errors}")
sys.exit(1 if errors else 0)
