"""Local GeoNames gazetteer helper (data tooling for the geo gold set).

Loads /work/shared/data/geonames files and offers lookup by id and by name.
"""
import csv, gzip, sys, unicodedata
from functools import lru_cache

GN = "/work/shared/data/geonames/"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("’", "'").replace("-", " ").strip()


class Gaz:
    def __init__(self):
        csv.field_size_limit(10**8)
        self.cities = {}  # id -> dict
        with gzip.open(GN + "cities500.tsv.gz", "rt", encoding="utf-8") as f:
            r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            hdr = next(r)
            for row in r:
                d = dict(zip(hdr, row))
                d["geonameid"] = int(d["geonameid"])
                d["latitude"] = float(d["latitude"]); d["longitude"] = float(d["longitude"])
                d["population"] = int(d["population"] or 0)
                self.cities[d["geonameid"]] = d
        # cities15000 full rows: fill feature codes/admin2 where missing
        self.c15 = {}
        with gzip.open(GN + "cities15000.txt.gz", "rt", encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                gid = int(p[0])
                self.c15[gid] = p
                c = self.cities.get(gid)
                if c is not None:
                    if not c["feature_code"]:
                        c["feature_code"] = p[7]
                    if not c["admin2_code"]:
                        c["admin2_code"] = p[11]
                else:
                    self.cities[gid] = dict(geonameid=gid, name=p[1], asciiname=p[2], alternatenames=p[3],
                        latitude=float(p[4]), longitude=float(p[5]), feature_class=p[6], feature_code=p[7],
                        country_code=p[8], admin1_code=p[10], admin2_code=p[11], population=int(p[14] or 0), timezone=p[17])
        self.adm1 = {}  # code -> (name, ascii, id)
        self.adm1_by_id = {}
        for line in open(GN + "admin1CodesASCII.txt", encoding="utf-8"):
            code, name, asc, gid = line.rstrip("\n").split("\t")
            self.adm1[code] = (name, asc, int(gid))
            self.adm1_by_id[int(gid)] = code
        self.adm2 = {}; self.adm2_by_id = {}
        with gzip.open(GN + "admin2Codes.txt.gz", "rt", encoding="utf-8") as f:
            for line in f:
                code, name, asc, gid = line.rstrip("\n").split("\t")
                self.adm2[code] = (name, asc, int(gid))
                self.adm2_by_id[int(gid)] = code
        self.countries = {}; self.country_by_id = {}
        for line in open(GN + "countryInfo.txt", encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            p = line.rstrip("\n").split("\t")
            self.countries[p[0]] = dict(iso=p[0], name=p[4], capital=p[5], geonameid=int(p[16]))
            self.country_by_id[int(p[16])] = p[0]
        # name index
        self.index = {}
        for gid, c in self.cities.items():
            names = {c["name"], c.get("asciiname") or ""} | set(c["alternatenames"].split(",")) if c["alternatenames"] else {c["name"], c.get("asciiname") or ""}
            for n in names:
                if n:
                    self.index.setdefault(fold(n), set()).add(("city", gid))
        for code, (n, a, gid) in self.adm1.items():
            for x in (n, a):
                self.index.setdefault(fold(x), set()).add(("adm1", gid))
        for code, (n, a, gid) in self.adm2.items():
            for x in (n, a):
                self.index.setdefault(fold(x), set()).add(("adm2", gid))
        for iso, c in self.countries.items():
            self.index.setdefault(fold(c["name"]), set()).add(("country", c["geonameid"]))

    # ---- seats -------------------------------------------------------
    def seat(self, kind, gid):
        """Seat city of a country / adm1 / adm2: PPLC / PPLA / PPLA2 city in cities500."""
        if kind == "country":
            iso = self.country_by_id[gid]
            cands = [c for c in self.cities.values() if c["country_code"] == iso and c["feature_code"] == "PPLC"]
        elif kind == "adm1":
            # the national capital if it lies in this division (e.g. England -> London), else its PPLA
            cc, a1 = self.adm1_by_id[gid].split(".")
            inside = [c for c in self.cities.values() if c["country_code"] == cc and c["admin1_code"] == a1]
            cands = [c for c in inside if c["feature_code"] == "PPLC"] or [c for c in inside if c["feature_code"] == "PPLA"]
        elif kind == "adm2":
            cc, a1, a2 = self.adm2_by_id[gid].split(".")
            inside = [c for c in self.cities.values() if c["country_code"] == cc and c["admin1_code"] == a1 and c["admin2_code"] == a2]
            cands = ([c for c in inside if c["feature_code"] == "PPLC"] or [c for c in inside if c["feature_code"] == "PPLA"]
                     or [c for c in inside if c["feature_code"] == "PPLA2"])
        else:
            raise ValueError(kind)
        return sorted(cands, key=lambda c: -c["population"])

    def kind_of(self, gid):
        if gid in self.country_by_id:
            return "country"
        if gid in self.adm1_by_id:
            return "adm1"
        if gid in self.adm2_by_id:
            return "adm2"
        if gid in self.cities:
            return "city"
        return None

    def describe(self, gid):
        k = self.kind_of(gid)
        if k == "country":
            iso = self.country_by_id[gid]
            return dict(kind=k, geonameid=gid, name=self.countries[iso]["name"], country=iso, feature="PCLI")
        if k == "adm1":
            code = self.adm1_by_id[gid]
            return dict(kind=k, geonameid=gid, name=self.adm1[code][0], country=code.split(".")[0], feature="ADM1", code=code)
        if k == "adm2":
            code = self.adm2_by_id[gid]
            return dict(kind=k, geonameid=gid, name=self.adm2[code][0], country=code.split(".")[0], feature="ADM2", code=code)
        if k == "city":
            c = self.cities[gid]
            a1 = self.adm1.get(c["country_code"] + "." + c["admin1_code"], ("?",))[0]
            return dict(kind=k, geonameid=gid, name=c["name"], country=c["country_code"], feature=c["feature_code"] or "PPL?",
                        lat=c["latitude"], lon=c["longitude"], pop=c["population"], adm1=a1, admin2=c["admin2_code"])
        return None

    def search(self, q, limit=15):
        hits = self.index.get(fold(q), set())
        out = [self.describe(g) for _, g in hits]
        out.sort(key=lambda d: (d["kind"] != "country", d["kind"] != "adm1", d["kind"] != "adm2", -(d.get("pop") or 0)))
        return out[:limit]


@lru_cache(maxsize=1)
def load():
    return Gaz()


if __name__ == "__main__":
    g = load()
    for q in sys.argv[1:]:
        print("##", q)
        for d in g.search(q):
            print("  ", d)
