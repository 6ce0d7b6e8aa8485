#!/usr/bin/env python3
"""dateparser's `search_dates` against the time gold, scored as `tidings eval time`.

    python3 eval/bench/time_dateparser.py [--tidings BIN] [--prefer past|future|current_period] GOLD...

GOLD: JSONL gold files or folders of TimeML files (the formats of `tidings eval time`).
For each document, `dateparser.search.search_dates` runs on the text with the creation
time as RELATIVE_BASE; each hit's extent is its position in the text, its granularity
comes from `DateDataParser.get_date_data` on the hit (the `period`), and its TIMEX3
value is the date at that granularity (`2024-03-07`, `2024-03`, `2024`, `2024-W10`,
`2024-03-07T14:30`). Scores follow crates/eval/src/time.rs: one-to-one relaxed
(overlap) matching, exact extent preferred; value F1 counts a match only when the value
is equal (TempEval-3). With --tidings, the tidings binary scores the same files in the
same run and both value F1s are printed side by side.

Not part of the product. It installs dateparser into a venv of its own
($TIDINGS_BENCH_VENV, default /tmp/tidings-bench) on first use and re-runs itself there.
"""
import datetime
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

DATEPARSER = "dateparser==1.5.0"


def ensure_venv():
    try:
        import dateparser  # noqa: F401

        return
    except ImportError:
        pass
    venv = os.environ.get("TIDINGS_BENCH_VENV", "/tmp/tidings-bench")
    python = os.path.join(venv, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(python):
        sys.exit("dateparser is missing from the bench venv")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", venv])
    subprocess.check_call([python, "-m", "pip", "install", "-q", DATEPARSER])
    os.execv(python, [python] + sys.argv)


# --- Gold -------------------------------------------------------------------------------


def load_jsonl(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        raw = d["text"].encode("utf-8")
        char = lambda b: len(raw[:b].decode("utf-8"))  # noqa: E731
        gold = [(char(t["start"]), char(t["end"]), t["type"], t["value"]) for t in d["timex"]]
        docs.append({"id": d["id"], "dct": d.get("published"), "text": d["text"], "gold": sorted(gold), "ignored": []})
    return docs


def load_timeml(path):
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = (t.get("value") or "")[:10]
            break
    body = root.find("TEXT")
    if body is None:
        body = root
    parts, gold, ignored = [], [], []

    def walk(el):
        if el.text:
            parts.append(el.text)
        for child in el:
            if child.tag == "DCT":
                pass
            elif child.tag == "TIMEX3":
                start = sum(map(len, parts))
                inner = "".join(child.itertext())
                parts.append(inner)
                lead = len(inner) - len(inner.lstrip())
                trail = len(inner) - len(inner.rstrip())
                span = (start + lead, start + len(inner) - trail)
                if child.get("functionInDocument") == "CREATION_TIME":
                    ignored.append(span)
                elif span[0] < span[1]:
                    gold.append((span[0], span[1], child.get("type") or "", child.get("value") or ""))
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(body)
    return {"id": os.path.basename(path), "dct": dct, "text": "".join(parts), "gold": sorted(gold), "ignored": ignored}


def load(path):
    """(corpus name, docs) pairs, named as `tidings eval time` names them."""
    if os.path.isdir(path):
        corpora = []
        for dirpath, _, files in sorted(os.walk(path)):
            tml = sorted(f for f in files if f.endswith((".tml", ".xml", ".timeml")))
            if tml:
                corpora.append((os.path.basename(dirpath), [load_timeml(os.path.join(dirpath, f)) for f in tml]))
            for f in sorted(files):
                if f.endswith(".jsonl"):
                    corpora.append((f[: -len(".jsonl")], load_jsonl(os.path.join(dirpath, f))))
        return corpora
    name = os.path.splitext(os.path.basename(path))[0]
    return [(name, load_jsonl(path) if path.endswith(".jsonl") else [load_timeml(path)])]


# --- dateparser -------------------------------------------------------------------------


def value_of(date, period):
    if period == "time":
        return "TIME", date.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        y, w, _ = date.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if period == "month":
        return "DATE", date.strftime("%Y-%m")
    if period == "year":
        return "DATE", f"{date.year:04d}"
    return "DATE", date.strftime("%Y-%m-%d")


def dateparser_times(doc, prefer):
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if doc["dct"]:
        settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(doc["dct"])
    hits = search_dates(doc["text"], languages=["en"], settings=settings) or []
    parser = DateDataParser(languages=["en"], settings=settings)
    found, cursor = [], 0
    for surface, date in hits:
        at = doc["text"].find(surface, cursor)
        if at < 0:
            at = doc["text"].find(surface)
            if at < 0:
                continue
        else:
            cursor = at + len(surface)
        data = parser.get_date_data(surface)
        ty, value = value_of(date, data.period if data and data.date_obj else "day")
        start, end = at, at + len(surface)
        if any(s < end and start < e for s, e in doc["ignored"]):
            continue
        found.append((start, end, ty, value))
    return sorted(found)


# --- Scoring (as crates/eval/src/time.rs) ------------------------------------------------


def align(gold, found):
    used, pairs = [False] * len(found), []
    for g, (gs, ge, _, _) in enumerate(gold):
        overlapping = [s for s, (fs, fe, _, _) in enumerate(found) if not used[s] and fs < ge and gs < fe]
        exact = [s for s in overlapping if found[s][0] == gs and found[s][1] == ge]
        if exact or overlapping:
            s = (exact or overlapping)[0]
            used[s] = True
            pairs.append((g, s))
    return pairs


def f1(ok, found, gold):
    p = ok / found if found else 0.0
    r = ok / gold if gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def score(docs, system):
    n_gold = n_found = matched = strict = value_ok = 0
    for doc in docs:
        found = system(doc)
        pairs = align(doc["gold"], found)
        n_gold += len(doc["gold"])
        n_found += len(found)
        matched += len(pairs)
        strict += sum(1 for g, s in pairs if doc["gold"][g][:2] == found[s][:2])
        value_ok += sum(1 for g, s in pairs if doc["gold"][g][3] == found[s][3])
    return {
        "gold": n_gold,
        "found": n_found,
        "strict_f1": f1(strict, n_found, n_gold)[0],
        "relaxed_f1": f1(matched, n_found, n_gold)[0],
        "value": f1(value_ok, n_found, n_gold),
    }


def tidings_value_f1(binary, path):
    out = subprocess.run([binary, "eval", "time", "--gold", path], check=True, capture_output=True, text=True).stdout
    rows = {}
    for line in out.splitlines():
        m = re.match(r"^(\S+) value\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m:
            rows[m.group(1)] = float(m.group(4))
    return rows, out


def main():
    args = sys.argv[1:]
    binary = prefer = None
    if "--tidings" in args:
        i = args.index("--tidings")
        binary = args[i + 1]
        del args[i : i + 2]
    prefer = "past"
    if "--prefer" in args:
        i = args.index("--prefer")
        prefer = args[i + 1]
        del args[i : i + 2]
    if not args:
        sys.exit(__doc__)
    ensure_venv()
    import dateparser

    print(f"dateparser {dateparser.__version__}, search_dates, PREFER_DATES_FROM={prefer}, RELATIVE_BASE=DCT")
    print(f"{'corpus':16} {'gold':>5} {'found':>6} {'strict F1':>9} {'relaxed F1':>10} {'value P':>8} "
          f"{'value R':>8} {'value F1':>8} {'tidings value F1':>17}")
    for path in args:
        ours = tidings_value_f1(binary, path)[0] if binary else {}
        for name, docs in load(path):
            s = score(docs, lambda d: dateparser_times(d, prefer))
            vf, vp, vr = s["value"]
            theirs = f"{ours[name]:.3f}" if name in ours else "-"
            print(f"{name:16} {s['gold']:5} {s['found']:6} {s['strict_f1']:9.3f} {s['relaxed_f1']:10.3f} "
                  f"{vp:8.3f} {vr:8.3f} {vf:8.3f} {theirs:>17}")


if __name__ == "__main__":
    main()
