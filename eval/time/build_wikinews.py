#!/usr/bin/env python3
"""Builds the Wikinews TIMEX3 gold set (eval/time/wikinews-{dev,test}.jsonl).

    python3 eval/time/build_wikinews.py                 # re-apply the .ann files
    python3 eval/time/build_wikinews.py --texts CSV_DIR # also re-extract the texts

Texts: English Wikinews articles (CC BY 2.5, Wikinews contributors) from the
vanatteveldt/wikinews repository (data/wikinews_2019.csv, data/wikinews_2020.csv at
commit 3472541), picked by row index (PICK). Each text is the article body with the
dateline ("Friday, January 4, 2019") and pull-quote attributions ("—Name …") removed,
lines trimmed and blank lines dropped; `published` is the CSV's date (the Wikinews
publication date). Without --texts the texts already in the JSONL files are kept.

Annotations: the .ann files, written by hand (see eval/time/README.md for the rules).
One `# doc ID` line per document, then one expression per line, in text order:
`SURFACE | TYPE | VALUE`. SURFACE is found at or after the end of the previous one;
`ctx {surface} ctx` marks the expression inside a longer, unambiguous context.
Output offsets are UTF-8 byte offsets, end exclusive.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PICK = {
    "dev": ("2019", [0, 11, 16, 19, 20, 21, 24, 31, 41, 62, 64, 74, 77, 81, 85, 93, 94, 99, 103, 106, 108, 114,
                     120, 125, 128, 133, 138, 143, 157, 163]),
    "test": ("2020", [1, 2, 3, 8, 15, 62, 69, 72, 77, 84, 90, 93, 94, 109, 111, 113]),
}
DATELINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (January|February|March|April|May|June|July|"
    r"August|September|October|November|December) \d{1,2}, \d{4}\s*$"
)
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def texts_from_csv(csv_dir, split):
    year, rows_wanted = PICK[split]
    rows = list(csv.DictReader(open(os.path.join(csv_dir, f"wikinews_{year}.csv"), encoding="utf-8")))
    docs = []
    for i in rows_wanted:
        r = rows[i]
        lines = [line.strip() for line in r["text"].split("\n")]
        lines = [line for line in lines if line]
        if lines and DATELINE.match(lines[0]):
            lines = lines[1:]
        lines = [line for line in lines if not line.startswith("\u2014")]
        slug = re.sub(r"[^a-z0-9]+", "-", r["title"].lower()).strip("-")[:60].rstrip("-")
        docs.append({
            "id": f"wikinews-{r['date']}-{slug}",
            "url": r["url"].replace(".org//wiki", ".org/wiki"),
            "title": r["title"],
            "source": "Wikinews",
            "published": r["date"],
            "license": "CC BY 2.5 (Wikinews contributors)",
            "text": "\n".join(lines),
        })
    return docs


def read_ann(path):
    ann, doc = {}, None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("# doc "):
            doc = line[6:].strip()
            ann[doc] = []
            continue
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 3 or parts[1] not in TYPES or doc is None:
            sys.exit(f"{path}:{n}: expected `SURFACE | TYPE | VALUE` after a `# doc` line")
        ann[doc].append((n, *parts))
    return ann


def apply(doc, entries, path):
    text = doc["text"]
    cursor, timex = 0, []
    for n, surface, ty, value in entries:
        before, inner, after = "", surface, ""
        if "{" in surface:
            before, rest = surface.split("{", 1)
            inner, after = rest.split("}", 1)
        # Whole words only: "now" is not the "now" of "known".
        pattern = re.compile(r"(?<!\w)" + re.escape(before + inner + after) + r"(?!\w)")
        found = pattern.search(text, cursor)
        if not found:
            sys.exit(f"{path}:{n}: {surface!r} not found in {doc['id']} after char {cursor}")
        start = found.start() + len(before)
        end = start + len(inner)
        b = lambda i: len(text[:i].encode("utf-8"))  # noqa: E731
        timex.append({"start": b(start), "end": b(end), "type": ty, "value": value, "text": inner})
        cursor = end
    return timex


def main():
    csv_dir = sys.argv[sys.argv.index("--texts") + 1] if "--texts" in sys.argv else None
    total_docs = total_timex = 0
    for split in PICK:
        out = os.path.join(HERE, f"wikinews-{split}.jsonl")
        if csv_dir:
            docs = texts_from_csv(csv_dir, split)
        else:
            docs = [json.loads(line) for line in open(out, encoding="utf-8")]
        ann_path = os.path.join(HERE, f"wikinews-{split}.ann")
        ann = read_ann(ann_path)
        unknown = set(ann) - {d["id"] for d in docs}
        if unknown:
            sys.exit(f"{ann_path}: unknown documents {sorted(unknown)}")
        with open(out, "w", encoding="utf-8") as f:
            for doc in docs:
                doc["timex"] = apply(doc, ann.get(doc["id"], []), ann_path)
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
                total_docs += 1
                total_timex += len(doc["timex"])
    print(f"{total_docs} documents, {total_timex} expressions", file=sys.stderr)


if __name__ == "__main__":
    main()
