#!/usr/bin/env python3
"""Build the normalized document texts for the event gold set.

Sources:
  - /work/main/examples/news.jsonl          (kept byte-identical except for normalization)
  - /work/main/examples/fsb-kaluga-isk.txt  (published 2024-03-09 per PRODUCT.md)
  - WikiEvents dev/test (MIT): text rebuilt from the `sentences` list, one sentence unit
    per line, page furniture units dropped (see FURNITURE below)
  - RAMS dev/test (CC BY-SA 4.0): 5-sentence passages, tokens detokenized

Writes scripts/docs.jsonl: {id, source_file, license, published, text, meta}.
Normalization mirrors crates/text normalize(): BOM dropped, \r\n / \r -> \n,
U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000 -> space, U+200B-U+200D, U+2060,
U+FEFF removed, other control characters (Unicode Cc) except \n and \t removed.
"""
import gzip
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DATA = "/work/shared/data"

SPACES = {0xA0, 0x202F, 0x205F, 0x3000} | set(range(0x2000, 0x200B))
ZERO = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}


def normalize(raw: str) -> str:
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for c in raw:
        o = ord(c)
        if c in "\n\t":
            out.append(c)
        elif o in SPACES:
            out.append(" ")
        elif o in ZERO:
            continue
        elif unicodedata.category(c) == "Cc":
            continue
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- WikiEvents
WIKIEVENTS = {
    # doc_id: (published from the VOA id or None)
    "scenario_en_kairos_60": None,
    "scenario_en_kairos_75": None,
    "scenario_en_8": None,
    "wiki_ied_bombings_1_news_4": None,
    "suicide_ied_11": None,
    "65_VOA_EN_NW_2014.07.21.1962165": "2014-07-21",
    "scenario_en_kairos_73": None,
    "53_VOA_EN_NW_2015.06.24.2835606": "2015-06-24",
    "wiki_ied_bombings_10": None,
    "backpack_ied_13": None,
    "backpack_ied_20": None,
    "38_VOA_EN_NW_2013.04.24.1647602": "2013-04-24",
    "wiki_ied_bombings_5_news_3": None,
}

FURNITURE = [
    r"^AD$", r"^Advertisement$", r"^Read more:", r"^image copyright ", r"^Watch video ",
    r"^Every evening, DW's editors", r"^ls,dj/jm", r"^Get all the latest politics news",
    r"^Video Loading Video Unavailable", r"^Listen to our recreation of",
    r"^Birmingham pub bombings: Minute by minute", r"^The Birmingham pub bombings - The 28 numbers",
    r"^Read our docudrama", r"^\[This is a developing story", r"^First published: ",
    r"^\*", r"^Calls for calm$", r"^'Reinforce security'$",
]
STOP = [r"^==\s*See also\s*==", r"^==\s*References\s*=="]
JOIN_ABBR = re.compile(r"\b(Gov|St|Sen|Rep|Dr|Mr|Mrs|Lt|Gen|Col)\.$")


def wikievents_id(doc_id):
    """Same scheme as examples/news.jsonl: VOA ids become wikievents-voa-YYYY-MM-DD-N."""
    m = re.match(r"^\d+_VOA_EN_NW_(\d{4})\.(\d{2})\.(\d{2})\.(\d+)$", doc_id)
    if m:
        return "wikievents-voa-%s-%s-%s-%s" % m.groups()
    return "wikievents-" + doc_id.lower()


def rebuild_wikievents(doc):
    units = []
    for _toks, sent in doc["sentences"]:
        s = normalize(sent).strip()
        s = re.sub(r"[ \t]+", lambda m: " " if "\t" not in m.group(0) else m.group(0), s)
        if not s:
            continue
        if any(re.search(p, s) for p in STOP):
            break
        if any(re.search(p, s) for p in FURNITURE):
            continue
        if units and (JOIN_ABBR.search(units[-1]) or units[-1].endswith("—")):
            units[-1] = units[-1] + " " + s
        else:
            units.append(s)
    return "\n".join(units)


# ---------------------------------------------------------------- RAMS
RAMS = [
    # doc_key suffixes (unique), chosen by hand: incident reports, one passage per event cluster
    "0eb471b2cdaa81",  # Turkey coup attempt (rt.com)
    "295d476dfd16d4",  # NY/NJ bombs, St Cloud stabbing (thehill)
    "dfbf205958a4fc",  # Tartus double explosion (dailystar)
    "3601b17bf4187e",  # Russian generals killed, Turkmen Mountain (aa.com.tr)
    "da862518154d5c",  # Armenian soldier killed, Karabakh (azatutyun)
    "c6f2647f1bfcc4",  # IS Caucasus video, execution; Dzhemikent car bomb (ibtimes)
    "0674383107c3a8",  # Sayyida Zeinab blasts (bbc)
    "8a59aaa8944fb0",  # Calais anti-migrant protest (AP via TPM)
    "319af39963c3a4",  # Amsterdam PEGIDA demonstration (AP via TPM)
    "94c130c0f94f05",  # Qalandia, Hebron, Otniel (aljazeera)
    "20ff556ec7ecca",  # aid convoy air strike, Aleppo countryside (bbc)
    "7c657fbd205c70",  # Tel Aviv attacker Milhem (timesofisrael)
    "a8f493527ee0a9",  # Saudi air strike on Sanaa funeral (presstv)
    "ad4d317fe81a09",  # Azaz hospital missile, Kaljibrin school (dailysabah)
    "e8152e494047f8",  # Russian jets attack At-Tanf base (moscowtimes)
    "0717cc1910f898",  # Indian men arrested in Spain for missile smuggling (reuters)
    "59a2a31a91f0f4",  # IS purge of its members around Raqqa (cbs)
    "6e3111494a8944",  # Aleppo hospital barrel bombs (cnn)
    "31f6670ac7e108",  # Savchenko captured by rebels (bbc)
    "fa3b9ef7f6f066",  # hospital outside Damascus hit (AP via seattletimes)
    "3633d945b31599",  # Istanbul Ataturk airport attack (cnn)
    "c490613c9cd0f0",  # IS attack on T4 airbase (bbc)
    "eb349f37546426",  # YPG takes Hasaka city (reuters)
    "805ac9b77be0fa",  # Saraqeb toxic gas (reuters)
    "7789b4319d1c",    # Marseille fan violence (cnn)
    "d58827d2c1cceb",  # UAE jet crash near Aden, AQAP (independent)
    "4e2c1b64cc29",    # Russian air strikes on Aleppo hospitals (dailymail)
    "d866341e179ecd",  # Handarat captured and lost (independent)
    "e166ac53c0e240",  # Shaar protest, Aleppo (independent)
    "906aa66221484f",  # Saidov attacked, attacker arrested (dw)
]

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "’s", "n't", "n’t",
                   "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "…", "''", "’’"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "‘", "“"}


DASH_NEXT = {"who", "with", "to", "dubbed", "and", "the", "a", "which", "but", "as"}


def detok(tokens):
    """Join RAMS tokens: no space before closing punctuation and clitics, none after
    opening brackets and quotes; "pro - coup" -> "pro-coup" (but a spaced dash stays when
    the next word is a function word); straight quotes open or close according to the
    quotes already open; a lone ' after a word ending in s is a possessive."""
    out = ""
    open_dq = False   # a double quote (straight or curly) is open
    open_sq = False   # a single straight quote is open
    glue_next = False
    n = len(tokens)
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < n else ""
        sep = "" if (not out or glue_next) else " "
        glue_next = False
        if t in ('"', "“", "”"):
            opening = (t == "“") or (t == '"' and not open_dq)
            if opening:
                out += sep + t
                glue_next = True
                open_dq = True
            else:
                out += t
                open_dq = False
            continue
        if t == "'":
            if not open_sq and prev[-1:] in ("s", "S") and nxt[:1].isalpha():
                out += t  # possessive: Paris' Bataclan
            elif not open_sq:
                out += sep + t
                glue_next = True
                open_sq = True
            else:
                out += t
                open_sq = False
            continue
        if t == "-" and out and prev[-1:].isalnum() and nxt[:1].isalnum() and (nxt.lower() not in DASH_NEXT or (i + 2 < n and tokens[i + 2] == "-")):
            out += "-"
            glue_next = True
            continue
        if t in NO_SPACE_BEFORE or t.lower() in {"n't", "n’t"} or (t == "’" and not out.endswith(" ")):
            out += t
        else:
            out += sep + t
        glue_next = t in NO_SPACE_AFTER
    return out


def rams_passages():
    """RAMS 1.0's released passages, dev then test, in file order: (release split,
    our id "rams-" + the doc_key's last 14 characters, the record)."""
    for split in ("dev", "test"):
        with gzip.open(os.path.join(DATA, "rams", f"{split}.jsonlines.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield split, "rams-" + d["doc_key"][-14:], d


def rams_text(d):
    """A RAMS passage's text: its tokens joined and normalized."""
    return normalize(detok([t for s in d["sentences"] for t in s]))


def build():
    docs = []
    # examples/news.jsonl
    with open(os.path.join(MAIN, "examples", "news.jsonl"), encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = normalize(d["text"])
            docs.append({
                "id": d["id"], "source_file": "examples/news.jsonl", "license": d["license"],
                "published": d["published"], "text": t,
                "meta": {"normalized_changed": t != d["text"], "title": d["title"], "url": d["url"]},
            })
    # reference article
    raw = open(os.path.join(MAIN, "examples", "fsb-kaluga-isk.txt"), encoding="utf-8").read()
    meta = json.load(open(os.path.join(MAIN, "examples", "fsb-kaluga-isk.meta.json"), encoding="utf-8"))
    docs.append({
        "id": "fsb-kaluga-isk", "source_file": "examples/fsb-kaluga-isk.txt", "license": meta["license"],
        "published": "2024-03-09", "text": normalize(raw),
        "meta": {"normalized_changed": normalize(raw) != raw, "title": meta.get("title"), "url": meta.get("url")},
    })
    # WikiEvents
    for split in ("dev", "test"):
        with gzip.open(os.path.join(DATA, "wikievents", f"{split}.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if d["doc_id"] not in WIKIEVENTS:
                    continue
                docs.append({
                    "id": wikievents_id(d["doc_id"]), "source_file": "wikievents",
                    "license": "MIT (WikiEvents dataset, Li, Ji & Han 2021)",
                    "published": WIKIEVENTS[d["doc_id"]], "text": rebuild_wikievents(d),
                    "meta": {"split": split, "doc_id": d["doc_id"]},
                })
    # RAMS
    found = {}
    for split, pid, d in rams_passages():
        for suf in RAMS:
            if d["doc_key"].endswith(suf):
                found[suf] = {
                    "id": pid, "source_file": "rams",
                    "license": "CC BY-SA 4.0 (RAMS 1.0, Ebner et al. 2020)",
                    "published": None, "text": rams_text(d),
                    "meta": {"split": split, "doc_key": d["doc_key"], "url": d["source_url"]},
                }
    missing = [s for s in RAMS if s not in found]
    assert not missing, missing
    docs.extend(found[s] for s in RAMS)
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "docs.jsonl"), "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return docs


if __name__ == "__main__":
    ds = build()
    print(len(ds), "documents")
