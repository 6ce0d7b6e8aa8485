"""Writes features.tsv: named natural features from Natural Earth 1:10m (public domain).

Usage: python3 xtask/data/naturalearth/prepare.py NE_GEOJSON_DIR
  NE_GEOJSON_DIR holds the unpacked GeoJSON files of martynafford/natural-earth-geojson
  @ 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e (10m/physical/*.7z, unpacked with py7zr):
  ne_10m_geography_regions_polys, ne_10m_geography_marine_polys, ne_10m_lakes,
  ne_10m_geography_regions_points, ne_10m_geography_regions_elevation_points.
  Needs /work/shared/data/geonames/cities500.tsv.gz (a feature's country is that of
  the nearest populated place) and ../geonames/regions.tsv (names GeoNames already
  gives a region, sea or gulf are left out). Deterministic.

Columns: name, alternate names (|-joined), lat, lon, GeoNames-style feature class and
code, ISO country (empty for a sea, an ocean or a feature far from any town), Natural
Earth scalerank (0 = shown at the smallest map scale, the most prominent; 10 = least).
A polygon's point is the area-weighted centroid of its rings (longitudes taken across
the antimeridian when that makes the feature narrower).
"""
import gzip
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Natural Earth `featurecla` -> (GeoNames-style class, code); None: left out.
CODES = {
    # geography_regions_polys
    "Island": ("T", "ISL"), "Island group": ("T", "ISLS"), "Range/mtn": ("T", "MTS"), "Plateau": ("T", "PLAT"),
    "Desert": ("T", "DSRT"), "Pen/cape": ("T", "PEN"), "Geoarea": ("L", "RGN"), "Coast": ("L", "CST"),
    "Plain": ("T", "PLN"), "Delta": ("T", "DLTA"), "Peninsula": ("T", "PEN"), "Basin": ("T", "BSN"),
    "Valley": ("T", "VAL"), "Lowland": ("T", "LOWL"), "Tundra": ("T", "TUND"), "Isthmus": ("T", "ISTH"),
    "Wetlands": ("H", "WTLD"), "Gorge": ("T", "GRGE"), "Foothills": ("T", "HLLS"), "Lake": ("H", "LK"),
    "Depression": ("T", "DPR"), "Continent": None, "Dragons-be-here": None,
    # geography_marine_polys
    "sea": ("H", "SEA"), "gulf": ("H", "GULF"), "bay": ("H", "BAY"), "strait": ("H", "STRT"), "sound": ("H", "SD"),
    "channel": ("H", "CHN"), "lagoon": ("H", "LGN"), "fjord": ("H", "FJD"), "ocean": ("H", "OCN"),
    "river": ("H", "ESTY"), "reef": ("H", "RF"), "inlet": ("H", "INLT"), "generic": ("H", "SEA"),
    # lakes
    "Reservoir": ("H", "RSV"), "Alkaline Lake": ("H", "LKSL"),
    # geography_regions_points
    "island": ("T", "ISL"), "island group": ("T", "ISLS"), "cape": ("T", "CAPE"), "waterfall": ("H", "FLLS"),
    "plain": ("T", "PLN"), "pole": None,
    # geography_regions_elevation_points
    "mountain": ("T", "MT"), "depression": ("T", "DPR"), "plateau": ("T", "PLAT"), "pass": ("T", "PASS"),
    "spot elevation": None,
}
FILES = [
    "ne_10m_geography_regions_polys", "ne_10m_geography_marine_polys", "ne_10m_lakes",
    "ne_10m_geography_regions_points", "ne_10m_geography_regions_elevation_points",
]
# Abbreviations Natural Earth uses in labels, as the words news writes.
SUFFIXES = {"Is.": "Islands", "I.": "Island", "Mts.": "Mountains", "Pk.": "Peak", "Pen.": "Peninsula"}
PREFIXES = {"Mt.": "Mount", "Pt.": "Point", "C.": "Cape", "L.": "Lake", "G.": "Gulf of"}
SMALL = {"of", "the", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "das", "and", "al", "el", "y", "i"}


def titlecase(name):
    """'BAY OF BENGAL' -> 'Bay of Bengal'; mixed-case names unchanged."""
    if name != name.upper():
        return name
    words = name.lower().split(" ")
    return " ".join(w if k > 0 and w in SMALL else w[:1].upper() + w[1:] for k, w in enumerate(words))


def spellings(name):
    """The label and its spellings with abbreviations written out ('Mt. Apo' -> 'Mount Apo')."""
    name = re.sub(r"\s+", " ", titlecase(name.strip().strip(",")))
    out = []
    words = name.split(" ")
    if len(words) > 1 and words[-1] in SUFFIXES:
        out.append(" ".join(words[:-1] + [SUFFIXES[words[-1]]]))
    if len(words) > 1 and words[0] in PREFIXES:
        out.append(" ".join([PREFIXES[words[0]]] + words[1:]))
    if name.startswith("Mount "):
        out.append("Mt. " + name[6:])
    if name.endswith(" Mountains"):
        out.append(name[:-10] + " Mts.")
    # "Pen. de Yucatán" -> "Yucatán Peninsula"; "Island of Newfoundland" -> "Newfoundland".
    if name.startswith("Pen. de "):
        out.append(name[8:].removeprefix("la ") + " Peninsula")
    if name.startswith("Island of "):
        out.append(name[10:])
    return out + [name] if out and not name.startswith("Mount ") else [name] + out


def rings(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"][0]]
    if geom["type"] == "MultiPolygon":
        return [p[0] for p in geom["coordinates"]]
    return []


def centroid(geom):
    if geom["type"] == "Point":
        return geom["coordinates"][1], geom["coordinates"][0]
    rs = rings(geom)
    lons = [x for r in rs for x, _ in r]
    shift = max(lons) - min(lons) > 180
    a_sum = cx = cy = 0.0
    for r in rs:
        pts = [((x + 360 if shift and x < 0 else x), y) for x, y in r]
        a = sx = sy = 0.0
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            c = x0 * y1 - x1 * y0
            a += c
            sx += (x0 + x1) * c
            sy += (y0 + y1) * c
        if abs(a) < 1e-12:
            continue
        # Each ring's own centroid, weighted by its area whatever its orientation.
        cx += sx / (3.0 * a) * abs(a)
        cy += sy / (3.0 * a) * abs(a)
        a_sum += abs(a)
    if abs(a_sum) < 1e-12:
        xs = [x for r in rs for x, _ in r]
        ys = [y for r in rs for _, y in r]
        lon, lat = sum(xs) / len(xs), sum(ys) / len(ys)
    else:
        lon, lat = cx / a_sum, cy / a_sum
    if lon > 180:
        lon -= 360
    return lat, lon


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def towns():
    grid = {}
    path = "/work/shared/data/geonames/cities500.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.split("\t")
            lat, lon = float(p[4]), float(p[5])
            grid.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon, p[8]))
    return grid


def nearest_country(grid, lat, lon, radius):
    best = (radius + 1, "")
    span = 2 if abs(lat) < 60 else 4
    for i in range(math.floor(lat) - 2, math.floor(lat) + 3):
        for j in range(math.floor(lon) - span, math.floor(lon) + span + 1):
            for t in grid.get((i, (j + 180) % 360 - 180), ()):
                d = km((lat, lon), t)
                if d < best[0]:
                    best = (d, t[2])
    return best[1] if best[0] <= radius else ""


def region_names():
    names = set()
    for line in open(os.path.join(HERE, "..", "geonames", "regions.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        p = line.rstrip("\n").split("\t")
        names.add(p[1].lower())
        names.update(n.lower() for n in p[7].split("|") if n)
    return names


def main():
    src = sys.argv[1]
    grid = towns()
    taken = region_names()
    rows = []
    for f in FILES:
        for feat in json.load(open(os.path.join(src, f + ".json"), encoding="utf-8"))["features"]:
            p = feat["properties"]
            code = CODES.get(p.get("featurecla"), "missing")
            assert code != "missing", p.get("featurecla")
            if code is None or not p.get("name") or feat.get("geometry") is None:
                continue
            names = spellings(p["name"])
            for k in ("namealt", "name_alt"):
                if p.get(k):
                    for n in spellings(p[k]):
                        if n not in names:
                            names.append(n)
            if any(n.lower() in taken for n in names):
                continue
            lat, lon = centroid(feat["geometry"])
            rank = int(p.get("scalerank") or 0)
            marine = code[1] in ("SEA", "OCN", "GULF", "STRT", "CHN", "SD")
            radius = 0 if marine and rank < 3 else 150 if code[0] == "H" else 100
            cc = nearest_country(grid, lat, lon, radius) if radius else ""
            rows.append((names[0], "|".join(names[1:]), f"{lat:.4f}", f"{lon:.4f}", code[0], code[1], cc, str(rank)))
    # One row a name and code: the most prominent (Natural Earth repeats a few labels).
    rows.sort(key=lambda r: (r[0], r[5], int(r[7]), r[2], r[3]))
    seen, out = set(), []
    for r in rows:
        if (r[0], r[5]) not in seen:
            seen.add((r[0], r[5]))
            out.append(r)
    with open(os.path.join(HERE, "features.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tnames\tlat\tlon\tclass\tcode\tcountry\trank\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    print(len(out), "features", file=sys.stderr)


if __name__ == "__main__":
    main()
