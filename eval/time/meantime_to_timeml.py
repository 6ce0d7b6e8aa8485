#!/usr/bin/env python3
"""Converts the MEANTIME English TIMEX3 annotation to TimeML files for `tidings eval time`.

    python3 eval/time/meantime_to_timeml.py [MEANTIME_JSONL_GZ] [OUT_DIR]

Defaults: ../shared/data/meantime_en/meantime_en.jsonl.gz -> eval/time/meantime/.
Input: the project's derived MEANTIME file (one document per line, char offsets into
`text`; see shared/data/meantime_en/README.md). Output: one `<doc_id>.tml` per document,
with the creation time in <DCT> and the annotated text (headline, dateline and the first
four body sentences, in the corpus's tokenized form; MEANTIME marks times there only) in <TEXT> with inline <TIMEX3> tags. The dateline's creation
time stays tagged in the text with functionInDocument="CREATION_TIME" (not scored).
Token-less TIMEX3 (implicit times) are dropped. Deterministic: same input, same bytes.

MEANTIME: CC BY 4.0, (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
Universidad del Pais Vasco (Minard et al., LREC 2016); text from Wikinews, CC BY 2.5.
"""
import gzip
import json
import os
import re
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


# MEANTIME annotates time expressions in the headline, the dateline and the first four
# sentences of the body only: the text is cut after them (line 5), or later spans would
# count as false positives.
ANNOTATED_LINES = 6


def convert(doc):
    text = "\n".join(doc["text"].split("\n")[:ANNOTATED_LINES])
    spans = sorted(
        (t for t in doc["timex3"] if t.get("start") is not None and t["end"] <= len(text)),
        key=lambda t: (t["start"], -t["end"]),
    )
    kept, end = [], 0
    for t in spans:
        if t["start"] < end:  # overlapping or nested: keep the first (outer) one
            print(f"{doc['doc_id']}: dropping overlapping {t['text']!r}", file=sys.stderr)
            continue
        kept.append(t)
        end = t["end"]
    out, pos = [], 0
    for t in kept:
        out.append(escape(text[pos : t["start"]]))
        attrs = f'tid="t{t["m_id"]}" type={quoteattr(t["type"])} value={quoteattr(t["value"] or "")}'
        if t.get("functionInDocument") == "CREATION_TIME":
            attrs += ' functionInDocument="CREATION_TIME"'
        out.append(f"<TIMEX3 {attrs}>{escape(text[t['start']:t['end']])}</TIMEX3>")
        pos = t["end"]
    out.append(escape(text[pos:]))
    dct = doc.get("dct")
    if dct and re.fullmatch(r"\d\d-\d\d-\d{4}", dct):
        # One document (120578) writes its creation time day first: 03-02-2009 for
        # "February 03 , 2009". Spelled as TIMEX3 (2009-02-03) so it can anchor.
        dct = f"{dct[6:]}-{dct[3:5]}-{dct[:2]}"
    dct_xml = (
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} functionInDocument="CREATION_TIME">'
        f"{escape(dct)}</TIMEX3></DCT>\n"
        if dct
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n'
        f"<DOCID>{escape(str(doc['doc_id']))}</DOCID>\n"
        f"<!-- {escape(doc.get('url') or '')} -->\n"
        f"{dct_xml}<TEXT>{''.join(out)}</TEXT>\n</TimeML>\n"
    )


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "meantime_en", "meantime_en.jsonl.gz")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "meantime")
    os.makedirs(dst, exist_ok=True)
    n = 0
    with gzip.open(src, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            with open(os.path.join(dst, f"{doc['doc_id']}.tml"), "w", encoding="utf-8") as out:
                out.write(convert(doc))
            n += 1
    print(f"wrote {n} documents to {dst}", file=sys.stderr)


if __name__ == "__main__":
    main()
