#!/usr/bin/env python3
"""Draws the items of the current-events event set from Wikipedia's Portal:Current events.

Source: fordred/wikinews @ 0441f5273b8763fa543a6148b97efbbbae37b371, `docs/_posts/*.md`, the
daily pages of Wikipedia's Portal:Current events (CC BY-SA 4.0) mirrored as Markdown. An item
is one leaf bullet (a one- to three-sentence news summary that ends with its source
citations); citations and inter-language links are dropped and wiki links become their text,
as in `../../geo/portal/extract.py`. Each item keeps its page's section ("Armed conflicts and
attacks", "Law and crime", ...) and the story bullets above it (`topics`).

The draw: items of 60 to 700 characters, none of the 68 items of the places set
(`../../geo/portal/items.jsonl`), a seeded shuffle per section, then 62 % from "Armed
conflicts and attacks", 19 % from "Law and crime", 19 % from "Politics and elections" (the
last two hold the protests, riots and arrests, and most of the set's negatives). The split
is by page date: a day whose sha256 starts with an even hex digit goes to dev, otherwise to
test, so one day's related items stay in one split.

The draw is made in rounds: the first 600 items (`round` 1) and, with N = 1200, 600 more
(`round` 2); a larger draw keeps every item of a smaller one.

Usage: extract.py REPO_CHECKOUT_OR_GIT_DIR [N]   (writes items.jsonl; N items, default 1200)
"""
import hashlib
import json
import os
import random
import re
import subprocess
import sys

COMMIT = "0441f5273b8763fa543a6148b97efbbbae37b371"
HERE = os.path.dirname(os.path.abspath(__file__))
LINK = re.compile(r'\[([^\[\]]*)\]\((https?://[^ )]*(?:\([^)]*\)[^ )]*)*)(?: "[^"]*")?\)')
CITATION = re.compile(r'\s*\[\(\*?[^\]]*?\*?\)\]\([^ )]*(?:\([^)]*\)[^ )]*)*\)')
INTERLANG = re.compile(r'\s*\[\[[a-z-]+\]\([^)]*\)\]')
ROUND_ONE = 600
# The places set held 68 items when this draw was made; it has grown since (by appending),
# and the draw must not move with it.
PLACES_ITEMS = 68
SHARES = [("Armed conflicts and attacks", 0.62), ("Law and crime", 0.19), ("Politics and elections", 0.19)]


def git(repo, *args):
    return subprocess.run(["git", f"--git-dir={repo}", *args], capture_output=True, text=True, check=True).stdout


def plain(body):
    """The bullet's text with its links as their shown words."""
    body = INTERLANG.sub("", CITATION.sub("", body))
    text, pos = "", 0
    for lm in LINK.finditer(body):
        text += body[pos:lm.start()] + lm.group(1)
        pos = lm.end()
    return (text + body[pos:]).replace("*", "").strip()


def items(repo):
    """Every leaf item of every daily page with its section and story bullets, in path order."""
    out = []
    for path in git(repo, "ls-tree", "-r", "--name-only", COMMIT, "docs/_posts").split():
        date = re.search(r"(\d{4}-\d{2}-\d{2})", path).group(1)
        section, stack = None, []
        for n, line in enumerate(git(repo, "show", f"{COMMIT}:{path}").split("\n")):
            if line.startswith("#### "):
                section, stack = line[5:].strip(), []
                continue
            m = re.match(r"^(\s*)[*+] (.*)$", line)
            if not m:
                continue
            depth = len(m.group(1)) // 2
            stack = stack[:depth]
            if not re.search(r"\[\(\*?[^\]]*\)\]\(http", m.group(2)):
                stack.append(plain(m.group(2)))
                continue
            out.append(dict(date=date, page=path, line=n, section=section, topics=list(stack),
                            text=plain(m.group(2))))
    return out


def places_texts(n):
    """The texts of the first `n` items of the places set (it grows by appending)."""
    with open(os.path.join(HERE, "../../geo/portal/items.jsonl"), encoding="utf-8") as f:
        return {json.loads(line)["text"] for line in list(f)[:n]}


def record(i, split, drawn_round=None):
    """The line written for item `i` (its `round` only where the draw has rounds)."""
    rec = dict(id=f"portal-{i['date']}-{i['line']}", split=split)
    if drawn_round is not None:
        rec["round"] = drawn_round
    return dict(rec, published=i["date"], section=i["section"], topics=i["topics"], text=i["text"],
                source_file=f"fordred/wikinews:{i['page']}",
                license="CC BY-SA 4.0 (Wikipedia, Portal:Current events)")


def split_of(date):
    return "dev" if hashlib.sha256(date.encode()).hexdigest()[0] in "02468ace" else "test"


def main(repo, n):
    taken = places_texts(PLACES_ITEMS)
    every = [i for i in items(repo) if 60 <= len(i["text"]) <= 700 and i["text"] not in taken]
    chosen = []
    for section, share in SHARES:
        pool = [i for i in every if i["section"] == section]
        random.Random(f"portal-events-{section}").shuffle(pool)
        for k, i in enumerate(pool[:round(n * share)]):
            # The first 600 of a draw are the first round's; a larger draw only adds.
            chosen.append(dict(i, round=1 if k < round(ROUND_ONE * share) else 2))
    chosen.sort(key=lambda i: (i["date"], i["line"]))
    with open(os.path.join(HERE, "items.jsonl"), "w", encoding="utf-8") as f:
        for i in chosen:
            f.write(json.dumps(record(i, split_of(i["date"]), i["round"]), ensure_ascii=False) + "\n")
    print(f"{len(every)} items of 60-700 characters; {len(chosen)} written to items.jsonl")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1200)
