"""Print summary counts of eval/geo/gold.jsonl (used for README.md)."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
gold = [json.loads(l) for l in open(os.path.join(HERE, "..", "gold.jsonl"), encoding="utf-8")]
c = collections.Counter
src_docs, src_top, feat, lit, ctry, lit_feat = c(), c(), c(), c(), c(), c()
for o in gold:
    src_docs[o["source_file"]] += 1
    for t in o["toponyms"]:
        src_top[o["source_file"]] += 1; feat[t["feature"]] += 1; lit[t["literal"]] += 1; ctry[t["country"]] += 1
        cls = "country" if t["feature"].startswith("PCL") else "ADM1/ADM2" if t["feature"].startswith("ADM") else "populated place"
        lit_feat[(cls, t["literal"])] += 1
print("docs", len(gold), dict(src_docs))
print("toponyms", sum(src_top.values()), dict(src_top))
print("features", feat.most_common())
print("literal", dict(lit))
print("class x literal", sorted(lit_feat.items()))
print("distinct ids", len({t["geonames_id"] for o in gold for t in o["toponyms"]}))
print("countries", len(ctry), ctry.most_common())
print("skipped", sum(len(o.get("skipped", [])) for o in gold))
print("docs without toponyms", [o["id"] for o in gold if not o["toponyms"]])
