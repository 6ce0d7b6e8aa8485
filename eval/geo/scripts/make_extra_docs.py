"""Write extra_docs.jsonl: WikiEvents documents (MIT) not already in examples/news.jsonl.

Text = the document's sentence texts (WikiEvents `sentences[i][1]`), one per line, each
stripped, empty ones dropped. The leading headline stays in the text (the gold format
has no title field). Ids are "wikievents-<doc_id>" as in examples/news.jsonl.
"""
import gzip, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
WE = "/work/shared/data/wikievents/"
CHOSEN = [
    ("test", "JC002YBW0"),
    ("dev", "scenario_en_kairos_73"),
    ("test", "wiki_ied_bombings_5_news_3"),
    ("test", "wiki_ied_bombings_10"),
    ("dev", "scenario_en_kairos_75"),
    ("dev", "scenario_en_kairos_60"),
    ("test", "38_VOA_EN_NW_2013.04.24.1647602"),
    ("test", "53_VOA_EN_NW_2015.06.24.2835606"),
    ("test", "backpack_ied_13"),
    ("dev", "wiki_ied_bombings_1_news_4"),
    ("dev", "scenario_en_8"),
]
LICENSE = "MIT (WikiEvents dataset)"

def main():
    have = {json.loads(l)["id"] for l in open(os.path.join(HERE, "..", "..", "..", "examples", "news.jsonl"))}
    docs = {}
    for sp in ("dev", "test"):
        for l in gzip.open(WE + f"{sp}.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(l)
            docs[(sp, d["doc_id"])] = d
    with open(os.path.join(HERE, "extra_docs.jsonl"), "w", encoding="utf-8") as f:
        for key in CHOSEN:
            d = docs[key]
            did = "wikievents-" + d["doc_id"]
            assert did not in have, did
            lines = [s[1].strip() for s in d["sentences"]]
            text = "\n".join(x for x in lines if x)
            published = None
            m = re.match(r"\d+_VOA_EN_NW_(\d{4})\.(\d{2})\.(\d{2})\.", d["doc_id"])
            if m:  # VOA ids encode the publication date (as in examples/news.jsonl)
                published = "-".join(m.groups())
            f.write(json.dumps(dict(id=did, source_file="wikievents", split=key[0], license=LICENSE,
                                    published=published, text=text),
                               ensure_ascii=False) + "\n")
            print(did, len(text))

if __name__ == "__main__":
    main()
