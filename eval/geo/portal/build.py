#!/usr/bin/env python3
"""Builds dev.jsonl from items.jsonl and annotations.txt (see README.md).

Ids, names, features and points come from the local GeoNames files through
../scripts/gaz.py, in the convention of ../gold.jsonl: towns at their own point;
countries, first- and second-level divisions at their capital or seat. A region the
extract lacks (`R:<name>:<how>`) gets id 0, feature RGN and a point made by <how>:
`seats A1 A1 …` is the mean of those first-level divisions' seats, `natural NAME` is the
Natural Earth feature's point in xtask/data/naturalearth/features.tsv.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
import gaz  # noqa: E402
from build_gold import entry_for, normalize  # noqa: E402

SEAT_FALLBACK = {
    1164536: 1162634,  # South Waziristan District: no PPLA2 in cities500; Wana, its headquarters
    1168875: 1170367,  # North Waziristan District: Miran Shah, its headquarters
    444185: 330186,  # Oromia: its seat Addis Ababa lies outside it (a chartered city); Adama, its largest town
    294640: 281184,  # Israel: Jerusalem (the extract lacks its feature code)
    1259223: 1274746,  # Punjab (India): Chandigarh, its capital (a union territory of its own)
    214140: 204953,  # Kasai: Tshikapa, its capital (PPLA2 in the extract)
    703883: 693805,  # Crimea: Simferopol
    1267487: 1267486,  # Kathua district: Kathua, its seat
    4758041: 4758023,  # Fairfax County: Fairfax, its seat
    12278087: 217100,  # Djugu Territory: Djugu, its seat
    524925: 542374,  # Moscow Oblast: Krasnogorsk, its seat (Moscow is a federal city outside it)
    1270260: 1274746,  # Haryana: Chandigarh, its capital (a union territory of its own)
    9748026: 1258686,  # Ramgarh district: Ramgarh, its headquarters
    11189141: 1702649,  # Davao Occidental: Malita, its capital
}


def parse():
    docs, cur = {}, None
    for line in open(os.path.join(HERE, "annotations.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            cur = int(line[3:])
            docs[cur] = []
        elif line.strip() and not line.startswith("#"):
            parts = [p.strip() for p in line.split("|")]
            occ = None
            if len(parts) == 4:
                occ = [int(x.strip().lstrip("#")) for x in parts[3].split(",")]
            docs[cur].append(dict(surface=parts[0], spec=parts[1], tag=parts[2], occ=occ))
    return docs


def occurrences(text, surface):
    pat = r"(?<!\w)" + re.escape(surface) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def natural_point(name):
    path = os.path.join(HERE, "..", "..", "..", "xtask", "data", "naturalearth", "features.tsv")
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[0] == name:
            return float(f[2]), float(f[3])
    raise SystemExit(f"no Natural Earth feature {name}")


def region(g, spec):
    _, name, how = spec.split(":", 2)
    method, *args = how.split()
    if method == "seats":
        pts = []
        for code in args:
            gid = g.adm1[code][2]
            e = entry_for(g, gid)
            pts.append((e["lat"], e["lon"]))
        lat, lon = sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)
    elif method == "natural":
        lat, lon = natural_point(" ".join(args))
    else:
        raise SystemExit(f"bad region spec {spec}")
    return dict(geonames_id=0, name=name, country="", feature="RGN", lat=round(lat, 5), lon=round(lon, 5))


def main():
    import build_gold
    build_gold.SEAT_FALLBACK.update(SEAT_FALLBACK)
    g = gaz.load()
    ann = parse()
    out = []
    for line in open(os.path.join(HERE, "items.jsonl"), encoding="utf-8"):
        item = json.loads(line)
        text = normalize(item["text"])
        lines = ann[item["item"]]
        taken, toponyms, skipped = [], [], []
        # longer surfaces first, so "Jammu and Kashmir" is not also read as "Kashmir"
        for a in sorted(lines, key=lambda a: -len(a["surface"])):
            occ = [o for o in occurrences(text, a["surface"]) if not any(o[0] < t[1] and t[0] < o[1] for t in taken
                                                                        if t not in a.get("mine", []))]
            if not occ:
                raise SystemExit(f"{item['item']}: {a['surface']!r} not found")
            if a["occ"] and max(a["occ"]) > len(occ):
                raise SystemExit(f"{item['item']}: {a['surface']!r} has {len(occ)} free occurrences")
            pick = [occ[n - 1] for n in a["occ"]] if a["occ"] else occ
            for s, e in pick:
                b0, b1 = len(text[:s].encode()), len(text[:e].encode())
                if a["spec"] == "-":
                    skipped.append(dict(start=b0, end=b1, text=text[s:e], reason=a["tag"]))
                else:
                    if a["spec"].startswith("R:"):
                        en = region(g, a["spec"])
                    else:
                        gid = int(a["spec"])
                        en = entry_for(g, gid)
                        en = dict(geonames_id=gid, name=en["name"], country=en["country"], feature=en["feature"],
                                  lat=en["lat"], lon=en["lon"])
                    toponyms.append(dict(start=b0, end=b1, text=text[s:e], **en, literal=a["tag"] == "L"))
            # same-surface lines with #n share their occurrences; other surfaces may not overlap them
            same = [x for x in lines if x["surface"] == a["surface"]]
            for x in same:
                x.setdefault("mine", []).extend(pick)
            taken.extend(pick)
        # every occurrence of an annotated surface must be covered
        for a in lines:
            for s, e in occurrences(text, a["surface"]):
                if not any(s >= t[0] and e <= t[1] for t in taken):
                    raise SystemExit(f"{item['item']}: occurrence of {a['surface']!r} at {s} is neither coded nor skipped")
        toponyms.sort(key=lambda t: t["start"])
        skipped.sort(key=lambda t: t["start"])
        out.append(dict(id=f"portal-{item['date']}-{item['item']}", source_file=f"fordred/wikinews:{item['page']}",
                        license="CC BY-SA 4.0 (Wikipedia, Portal:Current events)", published=item["date"], text=text,
                        toponyms=toponyms, skipped=skipped))
    with open(os.path.join(HERE, "dev.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["toponyms"]) for d in out)
    print(f"{len(out)} documents, {n} toponyms, {sum(len(d['skipped']) for d in out)} skipped")


if __name__ == "__main__":
    main()
