"""Builds the GUM toponym set (train/dev/test JSONL) from GUM's entity layer.

Usage: python3 eval/geo/gum/build.py GUM_GIT_DIR [COMMIT]
  (COMMIT defaults to 72ce5ac14978a324c2fd18d49484e65292cbe316; writes train.jsonl,
  dev.jsonl and test.jsonl here; needs /work/shared/data/geonames)

`extract.py` yields every place mention of the open-licence genres whose head is a
proper noun and that GUM links to a Wikipedia article. Each article title is looked
up in `links.tsv`, the hand-checked table of this directory:

- `place`: the GeoNames id of the article's place in our gazetteer. The mention is a
  gold toponym with that id and its point (towns at their own point, countries and
  divisions at their seat, regions at their GeoNames point: the convention of
  eval/geo/gold.jsonl).
- `natural`: a natural feature (island, sea, bay, lake, mountain range, cape, desert)
  that our gazetteer has from Natural Earth, not from GeoNames (`ne:NAME`, the name of
  its row in xtask/data/naturalearth/features.tsv). A gold toponym with `geonames_id` 0
  and that row's point (Natural Earth's label point or polygon centroid) and code.
- `unmappable`: a toponym (a town, neighbourhood, island, region, river, sea, historical
  state) our gazetteer does not have. It stays a gold toponym with `geonames_id` 0 and
  no point, so every resolver's reading of it is wrong and leaving it unresolved is a
  miss: the score counts it against us.
- `facility` (a building, street, road, square, park, airport) and `not_place` (the
  world, the Earth, an organisation): not toponyms by the coding guide; listed under
  `skipped`, so a prediction there is neither right nor wrong.

A span that is only a generic word ("City" for York, "Group" for Vava'u, "State",
"Union", "UNESCO World Heritage Site") is skipped too: it names the place only by
coreference. Documents keep GUM's own split (`splits.md`); documents without a gold
toponym are left out. Deterministic: sorted documents, no randomness.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
sys.path.insert(0, os.path.join(HERE, "..", "wikinews"))
import extract  # noqa: E402
import gaz  # noqa: E402
from build import entry, regions  # noqa: E402  (eval/geo/wikinews/build.py)

COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
GENERIC = {
    "city", "group", "park", "square", "palace", "empire", "state", "union", "airport", "site", "island", "islands",
    "harbour", "world", "heritage", "unesco", "center", "centre", "town", "county", "district", "region", "province",
    "west", "east", "north", "south", "i", "us", "route", "sea", "republic", "kingdom", "capital", "valley",
}


def links():
    out = {}
    for line in open(os.path.join(HERE, "links.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        ident, gid, cls, feature, note = line.rstrip("\n").split("\t")
        assert cls in ("place", "natural", "unmappable", "facility", "not_place"), line
        if cls == "natural":
            out[ident] = dict(id=0, ne=gid.removeprefix("ne:"), cls=cls, feature=feature, note=note)
            continue
        out[ident] = dict(id=int(gid) if gid != "-" else 0, cls=cls, feature=feature, note=note)
    return out


def natural_features():
    """Natural Earth rows of the gazetteer by name: (name, country, code, lat, lon)."""
    out = {}
    path = os.path.join(HERE, "..", "..", "..", "xtask", "data", "naturalearth", "features.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        out[p[0]] = dict(name=p[0], country=p[6], feature=p[5], lat=float(p[2]), lon=float(p[3]))
    return out


def point(g, regs, gid):
    """entry() of the Wikinews builder; a division without a PPLA/PPLA2 seat in cities500
    is placed at its most populous town instead."""
    try:
        return entry(g, regs, gid)
    except IndexError:
        d = g.describe(gid)
        if d["kind"] == "country":
            # No capital (Antarctica): GeoNames' own point, from xtask/data/geonames/points.tsv.
            pts = os.path.join(HERE, "..", "..", "..", "xtask", "data", "geonames", "points.tsv")
            for line in open(pts, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0] == str(gid):
                    return dict(name=d["name"], country=d["country"], feature="PCLI", lat=float(p[3]), lon=float(p[4]))
            if gid == 6697173:
                # Antarctica has neither a capital nor a row there: GeoNames gives it -75, 0.
                return dict(name=d["name"], country=d["country"], feature="PCLI", lat=-75.0, lon=0.0)
            raise
        code = (g.adm1_by_id.get(gid) or g.adm2_by_id.get(gid)).split(".")
        keys = ("country_code", "admin1_code", "admin2_code")
        inside = [c for c in g.cities.values() if all(c[k] == v for k, v in zip(keys, code))]
        top = max(inside, key=lambda c: (c["population"], -c["geonameid"]))
        print(f"note: {d['name']} ({gid}) has no seat in cities500; placed at {top['name']}", file=sys.stderr)
        return dict(name=d["name"], country=d["country"], feature=d["feature"], lat=top["latitude"], lon=top["longitude"])


def main():
    gitdir = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else COMMIT
    table = links()
    g = gaz.load()
    regs = regions()
    natural = natural_features()
    out = {"train": [], "dev": [], "test": []}
    for doc, genre, split, text, mentions in extract.documents(gitdir, commit):
        tops, skipped = [], []
        for m in mentions:
            link = table.get(m["identity"])
            if link is None:
                raise SystemExit(f"{doc}: {m['identity']!r} is not in links.tsv")
            generic = all(w.lower().strip(".") in GENERIC for w in m["text"].split())
            if link["cls"] in ("facility", "not_place") or generic:
                reason = "generic word" if generic and link["cls"] in ("place", "natural", "unmappable") else link["cls"]
                skipped.append(dict(start=m["start"], end=m["end"], text=m["text"], reason=reason,
                                    wikipedia=m["identity"]))
                continue
            t = dict(start=m["start"], end=m["end"], text=m["text"], wikipedia=m["identity"])
            if link["cls"] == "place":
                e = point(g, regs, link["id"])
                t.update(geonames_id=link["id"], name=e["name"], country=e["country"], feature=e["feature"],
                         lat=e["lat"], lon=e["lon"])
            elif link["cls"] == "natural":
                e = natural[link["ne"]]
                t.update(geonames_id=0, name=e["name"], country=e["country"], feature=e["feature"],
                         lat=e["lat"], lon=e["lon"])
            else:
                t.update(geonames_id=0, name="", country="", feature=link["feature"], lat=None, lon=None)
            t["literal"] = True
            tops.append(t)
        if not tops:
            continue
        rec = dict(id="gum-" + doc, source_file=f"amir-zeldes/gum@{commit[:7]}:dep/{doc}.conllu",
                   license=f"text: {extract.OPEN_GENRES[genre]}; annotations: GUM, CC BY 4.0", genre=genre,
                   text=text, toponyms=tops, skipped=skipped)
        out[split].append(rec)
    for name, recs in out.items():
        with open(os.path.join(HERE, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                assert extract.normalize(r["text"]) == r["text"]
                for t in r["toponyms"] + r["skipped"]:
                    assert r["text"].encode()[t["start"]:t["end"]].decode() == t["text"]
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        tops = [t for r in recs for t in r["toponyms"]]
        print(name, len(recs), "documents", len(tops), "toponyms,",
              sum(t["geonames_id"] == 0 and t["lat"] is not None for t in tops), "natural,",
              sum(t["lat"] is None for t in tops), "unmappable,", sum(len(r["skipped"]) for r in recs), "skipped")


if __name__ == "__main__":
    main()
