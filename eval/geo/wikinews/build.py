"""Builds the Wikinews toponym set (train/dev/test JSONL) from MEANTIME.

MEANTIME (CC BY 4.0 annotations, Wikinews CC BY 2.5 text; /work/shared/data/meantime_en)
marks location mentions and links them to DBpedia. This script keeps the proper-name
location mentions whose link names a place (not an airport, a building, the Earth or
the EU), cuts each mention down to its place name ("Seattle , Washington , in the
United States" -> "Seattle"; MEANTIME marks the qualifiers as mentions of their own),
and codes the GeoNames id of the linked place by the hand-made table LINKS below
(each id checked against the local GeoNames extract, see README.md), dropping a
trailing "government" or "-based" and leaving out the "White House" (a building, linked
to the United States as its government). A premodifier
("US" in "the US government") is marked not literal, a full name literal. Demonyms
("American") are left out, as the coding guide says.

Documents are split by a hash of their id: train 60 %, dev 20 %, test 20 % (sealed).

Usage: python3 eval/geo/wikinews/build.py   (writes train.jsonl, dev.jsonl, test.jsonl here)
"""
import gzip
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
import gaz  # noqa: E402

SRC = "/work/shared/data/meantime_en/meantime_en.jsonl.gz"
REGIONS = os.path.join(HERE, "..", "..", "..", "xtask", "data", "geonames", "regions.tsv")

# DBpedia title -> GeoNames id, coded by hand (the place the link names).
LINKS = {
    "Alabama": 4829764, "Everett,_Washington": 5793933, "France": 3017382, "Indonesia": 1643084,
    "Mobile,_Alabama": 4076598, "Paris": 2988507, "Seattle": 5809844, "Singapore": 1880251,
    "Sydney": 2147714, "Toulouse": 2972315, "Washington_(state)": 5815135, "Asia": 6255147,
    "Atlanta": 4180439, "Australia": 2077456, "Bangkok": 1609350, "California": 5332921,
    "Canada": 6251999, "Chicago": 4887398, "China": 1814991, "Craiova": 680332,
    "Cupertino,_California": 5341145, "Detroit": 4990729, "Dubai": 292223, "Europe": 6255148,
    "Frankfurt": 2925533, "Germany": 2921044, "Hong_Kong": 1819730, "India": 1269750,
    "Italy": 3175395, "Japan": 1861060, "London": 2643743, "Long_Beach,_California": 5367929,
    "Los_Angeles": 5368361, "Manhattan": 5125771, "New_York_City": 5128581, "North_America": 6255149,
    "Ontario": 6093943, "Romania": 798549, "Russia": 2017370, "San_Francisco": 5391959,
    "San_Jose,_California": 5392171, "Spain": 2510769, "St._Louis": 4407066, "Thailand": 1605651,
    "United_Kingdom": 2635167, "United_States": 6252001, "Washington,_D.C.": 4140963,
    "Wyoming": 5843591, "Atlantic_Ocean": 3373405,
}

CUT_PREFIXES = ("the ", "The ", "central ", "downtown ")


def regions():
    out = {}
    for line in open(REGIONS, encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        out[int(p[0])] = dict(name=p[1], lat=float(p[2]), lon=float(p[3]), feature=p[5])
    return out


def entry(g, regs, gid):
    """name, country, feature and point of a GeoNames id, in the convention of
    eval/geo/gold.jsonl: countries and divisions at their seat, the rest at their own point."""
    if gid in regs:
        r = regs[gid]
        return dict(name=r["name"], country="", feature=r["feature"], lat=r["lat"], lon=r["lon"])
    d = g.describe(gid)
    if d is None:
        raise SystemExit(f"unknown id {gid}")
    if d["kind"] == "city":
        return dict(name=d["name"], country=d["country"], feature=d["feature"], lat=d["lat"], lon=d["lon"])
    seat = g.seat(d["kind"], gid)[0]
    return dict(name=d["name"], country=d["country"], feature=d["feature"], lat=seat["latitude"], lon=seat["longitude"])


# Names of buildings that MEANTIME links to the country whose government sits there:
# by the coding guide a facility, not a toponym of the country.
NOT_TOPONYMS = {"White House"}


def cut(text, start):
    """The place name inside a mention: up to its first comma, without a leading article
    or a trailing "government" / "-based" ("the US government" -> "US")."""
    if " , " in text:
        text = text.split(" , ")[0]
    for p in CUT_PREFIXES:
        if text.startswith(p):
            start += len(p.encode())
            text = text[len(p):]
    for suffix in (" government", " Government", "-based"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text, start


def split_of(doc_id):
    h = int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 10
    return "train" if h < 6 else "dev" if h < 8 else "test"


def main():
    g = gaz.load()
    regs = regions()
    demonyms = {"American", "Canadian", "European", "Japanese", "British", "Romanian", "Russian", "Italian",
                "Indonesian", "North American", "German", "Irish", "Asian", "Chinese", "French", "Australian"}
    out = {"train": [], "dev": [], "test": []}
    with gzip.open(SRC, "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    for d in sorted(docs, key=lambda d: d["doc_id"]):
        text = d["text"]
        # MEANTIME offsets are character offsets; ours are UTF-8 bytes.
        b = [len(text[:i].encode()) for i in range(len(text) + 1)]
        tops = {}
        for m in d["entity_mentions"]:
            if m["ent_type"] != "LOC" or m["syntactic_type"] not in ("NAM", "PRE.NAM") or not m["external_ref"]:
                continue
            title = m["external_ref"].rsplit("/", 1)[1]
            if title not in LINKS:
                continue
            name, start = cut(m["text"], b[m["start"]])
            if name in demonyms or name in NOT_TOPONYMS or not name[:1].isupper():
                continue
            end = start + len(name.encode())
            assert text.encode()[start:end].decode() == name, (d["doc_id"], name)
            gid = LINKS[title]
            e = entry(g, regs, gid)
            tops[(start, end)] = dict(start=start, end=end, text=name, geonames_id=gid, name=e["name"],
                                     country=e["country"], feature=e["feature"], lat=e["lat"], lon=e["lon"],
                                     literal=m["syntactic_type"] == "NAM")
        if not tops:
            continue
        rows = [tops[k] for k in sorted(tops)]
        # Nested or overlapping mentions: keep the first.
        kept = []
        for t in rows:
            if kept and t["start"] < kept[-1]["end"]:
                continue
            kept.append(t)
        rec = dict(id="meantime-" + d["doc_id"], source_file="meantime_en/" + d["corpus"] + "/" + d["doc_name"],
                   license="text: Wikinews, CC BY 2.5; annotations: MEANTIME, CC BY 4.0", text=text, toponyms=kept)
        if d.get("dct"):
            rec["published"] = d["dct"]
        out[split_of(d["doc_id"])].append(rec)
    for name, recs in out.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(recs), "documents", sum(len(r["toponyms"]) for r in recs), "toponyms")


if __name__ == "__main__":
    main()
