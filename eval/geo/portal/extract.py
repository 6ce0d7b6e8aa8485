#!/usr/bin/env python3
"""Extracts the chosen Wikipedia "Current events" items into items.jsonl.

Source: fordred/wikinews @ 0441f5273b8763fa543a6148b97efbbbae37b371, `docs/_posts/*.md`: the
daily pages of Wikipedia's Portal:Current events (CC BY-SA 4.0) as Markdown. An item is one
leaf bullet (a news summary that ends with its source citations). The citations and
inter-language links are dropped, wiki links become their text; the link targets are kept
beside the text (`links`) as the editors' own disambiguation.

Usage: extract.py REPO_CHECKOUT  (a clone of fordred/wikinews at that commit)
"""
import json
import os
import re
import subprocess
import sys
import urllib.parse

COMMIT = "0441f5273b8763fa543a6148b97efbbbae37b371"
HERE = os.path.dirname(os.path.abspath(__file__))
LINK = re.compile(r'\[([^\[\]]*)\]\((https?://[^ )]*(?:\([^)]*\)[^ )]*)*)(?: "[^"]*")?\)')
CITATION = re.compile(r'\s*\[\(\*?[^\]]*?\*?\)\]\([^ )]*(?:\([^)]*\)[^ )]*)*\)')
INTERLANG = re.compile(r'\s*\[\[[a-z-]+\]\([^)]*\)\]')


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=True).stdout


def items(repo):
    """Every leaf item of every daily page, in path order, numbered from 0."""
    out = []
    for path in git(repo, "ls-tree", "-r", "--name-only", COMMIT, "docs/_posts").split():
        date = re.search(r"(\d{4}-\d{2}-\d{2})", path).group(1)
        for line in git(repo, "show", f"{COMMIT}:{path}").split("\n"):
            m = re.match(r"^\s*[*+] (.*)$", line)
            if not m or not re.search(r"\[\(\*?[^\]]*\)\]\(http", m.group(1)):
                continue
            body = INTERLANG.sub("", CITATION.sub("", m.group(1)))
            text, links, pos = "", [], 0
            for lm in LINK.finditer(body):
                text += body[pos:lm.start()]
                shown = lm.group(1)
                text += shown
                url = lm.group(2)
                title = None
                if "en.wikipedia.org/wiki/" in url:
                    title = urllib.parse.unquote(url.split("/wiki/")[1].split("?")[0]).replace("_", " ")
                links.append((shown.replace("*", ""), title))
                pos = lm.end()
            text = (text + body[pos:]).replace("*", "").strip()
            out.append(dict(date=date, page=path, text=text, links=[{"text": t, "title": ti} for t, ti in links if ti]))
    return out


def main(repo):
    chosen = [int(line.split()[1]) for line in open(os.path.join(HERE, "annotations.txt"), encoding="utf-8")
              if line.startswith("## ")]
    every = items(repo)
    with open(os.path.join(HERE, "items.jsonl"), "w", encoding="utf-8") as f:
        for k in chosen:
            f.write(json.dumps(dict(item=k, **every[k]), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
