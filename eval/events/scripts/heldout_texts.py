#!/usr/bin/env python3
"""Select and rebuild the document texts of the held-out event gold set (heldout.jsonl).

The held-out documents are WikiEvents (MIT) documents and RAMS 1.0 (CC BY-SA 4.0) passages
that are NOT in gold.jsonl. Their texts are rebuilt exactly as build_texts.py rebuilds the
gold texts (its functions are imported, not copied): WikiEvents from the `sentences` list
with the same furniture filter (rebuild_wikievents), RAMS by joining the tokens (detok), and
everything normalized by the same normalize().

No intermediate file is written: build_heldout.py calls build() directly. Run this script on
its own to print the selected documents and their sizes.
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_texts import DATA, detok, normalize, rebuild_wikievents, wikievents_id  # noqa: E402

# ---------------------------------------------------------------- WikiEvents
# doc_id: published (only the VOA ids carry a date; none of these is a VOA document)
WIKIEVENTS = {
    "JC002YBW0": None,                    # Tsarnaev timeline (Boston Globe); not used in gold.jsonl
    "scenario_en_7": None,                # negative control: unknown disease in Aragua, Venezuela
    "wiki_drone_strikes_0_news_1": None,  # negative control: drone-strike statistics under Obama
    "wiki_drone_strikes_2_news_8": None,  # negative control: anti-drone UAV test flights (UK)
    "scenario_en_85": None,               # negative control: Venezuelan election turnout commentary
}

# ---------------------------------------------------------------- RAMS
# doc_key suffixes (14 characters, unique), chosen by hand: one passage per source_url, no
# source_url that any gold.jsonl RAMS passage comes from.
RAMS = [
    "8f5ba502d59207",  # Aleppo air-strike photo captions (independent)
    "11d41301009050",  # convoy bombing, Russian/Syrian attacks on Aleppo (nytimes)
    "e47ba879322fec",  # US air strike near Manbij, 28 civilians (guardian)
    "9ec8bfdc2ed21f",  # French strike on Tukhan al-Kubra (albawaba)
    "caea6ce2b8cc3c",  # Assad to retake the whole country, Aleppo encircled (bbc)
    "2d20834c5342df",  # Nice truck attack, survivors (sky)
    "07a141b0ccea21",  # Brennan: Paris and Brussels attacks recalled (latimes)
    "f7d71b58c54d2d",  # Daesh video threatens Russia (sputnik)
    "651b427f23be14",  # Moscow nanny detained with a child's head (guardian)
    "ec067de1c6cb31",  # IS massacre in al-Bagilya, Deir ez-Zor (ahtribune)
    "2eea4b5e1de714",  # Turkey coup toll and detentions (independent)
    "b115926bb62aac",  # bomb attempts on Marx's tomb (bostonleader)
    "3bbcc9e96cb5ce",  # alleged Ukrainian saboteurs in Crimea (antiwar.com)
    "631e8c8e6a3f78",  # protest outside the Hofstra debate (dailymail)
    "93a996aef5af1b",  # Splendid Hotel, Ouagadougou (rt)
    "f03f6e50dc6a36",  # Saudi embassy in Iran ransacked (yournewswire)
    "c3eac923f456a7",  # Chisinau protest against NATO vehicles (rt)
    "660bd7d406f3c0",  # ex-National Guardsman arrested over IS plot (washingtonpost)
    "e76173462c059b",  # Tiananmen 1989 recalled (nbcnews)
    "c58cc22ecdeacf",  # clashes between US-backed groups, Azaz, Sheikh Maqsud (chicagotribune)
    "eaf3d6e7890cfe",  # SDF withdrawal, Turkish offensive, Gaziantep wedding bombing (reuters)
    "5fe887ec532746",  # Assad push on rebel-held Aleppo (reuters)
    "ff116ae0682d2b",  # IS trainer captured by the FSA (sky)
    "61b7d0f123b05c",  # 2002 Moscow theatre siege recalled (AP)
    "a30289f5f48ae6",  # Politkovskaya killing recalled (guardian)
    "51c70a53d84edc",  # Black Lives Matter protests, police shootings (cnn)
    "046674b12244a4",  # Germany shooting and axe attack recalled (nymag)
    "3144a881a29c44",  # Abu Kamal hospital hit (bbc)
    "ab8c0bedbf6179",  # US attack on Syrian troops near Deir ez-Zor (rt)
    "8f29f44479c78f",  # 18 villages recaptured in eastern Aleppo province (reuters)
    "9dbc2725e4e7c9",  # Bernie-or-Bust rally at the Democratic convention (theatlantic)
    "f974df530f32c6",  # negative control: Boeing crash at Rostov-on-Don (rt)
    "951943a588235d",  # negative control: US-Russian naval incidents (reuters)
    "25a50e6493e0b6",  # negative control: journalist found dead in Kiev, suicide suspected (independent)
]


def build():
    return select(WIKIEVENTS, RAMS)


def select(wikievents, rams):
    """The WikiEvents documents (doc_id -> published) and RAMS passages (doc_key
    suffixes) named, rebuilt, in that order; asserts that each is found once and that
    no two RAMS passages share a source_url."""
    docs = []
    for split in ("dev", "test"):
        with gzip.open(os.path.join(DATA, "wikievents", f"{split}.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["doc_id"] not in wikievents:
                    continue
                docs.append({
                    "id": wikievents_id(d["doc_id"]), "source_file": "wikievents",
                    "license": "MIT (WikiEvents dataset, Li, Ji & Han 2021)",
                    "published": wikievents[d["doc_id"]], "text": rebuild_wikievents(d),
                    "meta": {"split": split, "doc_id": d["doc_id"]},
                })
    assert len(docs) == len(wikievents), "missing WikiEvents documents"
    found = {}
    for split in ("dev", "test"):
        with gzip.open(os.path.join(DATA, "rams", f"{split}.jsonlines.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for suf in rams:
                    if d["doc_key"].endswith(suf):
                        assert suf not in found, f"suffix {suf} is not unique"
                        toks = [t for s in d["sentences"] for t in s]
                        found[suf] = {
                            "id": "rams-" + d["doc_key"][-14:], "source_file": "rams",
                            "license": "CC BY-SA 4.0 (RAMS 1.0, Ebner et al. 2020)",
                            "published": None, "text": normalize(detok(toks)),
                            "meta": {"split": split, "doc_key": d["doc_key"], "url": d["source_url"]},
                        }
    missing = [s for s in rams if s not in found]
    assert not missing, missing
    urls = [found[s]["meta"]["url"] for s in rams]
    assert len(urls) == len(set(urls)), "two passages from one source_url"
    docs.extend(found[s] for s in rams)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    return docs


if __name__ == "__main__":
    for d in build():
        print(d["id"], d["source_file"], len(d["text"].encode("utf-8")), "bytes")
