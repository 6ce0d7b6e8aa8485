#!/usr/bin/env python3
"""A synthetic news corpus for the `GET /api/events` latency benchmark (eval/REPORT.md,
"API latency over 100,000 events").

    python3 eval/bench/serve_corpus.py DOCS > corpus.jsonl

Deterministic (fixed seed). Each document is a short wire report of 4 to 5 sentences,
each sentence one violent or political event written from a template (clashes,
bombings, air strikes, attacks on civilians, protests, riots, arrests), in a town drawn
from GeoNames' cities15000 (towns of at least 100,000 people whose name is plain ASCII;
CC BY 4.0, /work/shared/data/geonames) with its country's name, on an explicit day of
the document's publication year, with a toll and, for some, a named armed group. The
documents go through the real pipeline (`tidings ingest`): the events in the database
are what tidings codes from these texts, not rows written directly. Towns, days and
tolls differ from sentence to sentence, so few of them merge; the run reports how many
merged events the database holds.
"""

import gzip
import json
import random
import sys

GEONAMES = "/work/shared/data/geonames"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

GROUPS = ["Islamic State", "al-Shabaab", "Boko Haram", "the Taliban", "Hamas", "Hezbollah",
          "the PKK", "al-Qaeda", "the Houthis", "the Wagner Group"]

TEMPLATES = [
    "Gunmen killed {n} civilians in {town}, {country}, on {day}, police said.",
    "A roadside bomb exploded near a police checkpoint in {town}, {country}, on {day}, killing {n} officers.",
    "Government troops clashed with {group} fighters near {town}, {country}, on {day}; {n} soldiers died.",
    "Thousands of people protested in {town}, {country}, on {day} against rising fuel prices.",
    "Rioters set fire to shops in {town}, {country}, on {day}, and {n} people were killed.",
    "An air strike hit a market in {town}, {country}, on {day}, killing {n} people, officials said.",
    "Security forces arrested {n} suspected members of {group} in {town}, {country}, on {day}.",
    "A suicide bomber blew himself up at a mosque in {town}, {country}, on {day}, killing {n} worshippers.",
    "{group} militants attacked a village near {town}, {country}, on {day} and killed {n} farmers.",
    "Artillery shelled the outskirts of {town}, {country}, on {day}, killing {n} residents.",
]


def places():
    countries = {}
    with open(f"{GEONAMES}/countryInfo.txt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.count("\t") < 4:
                continue
            cols = line.rstrip("\n").split("\t")
            countries[cols[0]] = cols[4]
    out = []
    with gzip.open(f"{GEONAMES}/cities15000.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            name, ascii_name, code, population = cols[1], cols[2], cols[8], int(cols[14] or 0)
            country = countries.get(code)
            if population >= 100_000 and name == ascii_name and country and name.replace(" ", "").isalpha():
                out.append((name, country))
    out.sort()
    return out


def main():
    docs = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
    rng = random.Random(20)
    pool = places()
    for i in range(docs):
        year = 2015 + rng.randrange(10)
        month = 1 + rng.randrange(12)
        published = f"{year}-{month:02d}-{1 + rng.randrange(28):02d}"
        sentences = []
        for _ in range(4 + rng.randrange(2)):
            town, country = pool[rng.randrange(len(pool))]
            m = rng.randrange(month)  # a day on or before the publication month
            day = f"{MONTHS[m]} {1 + rng.randrange(28)}"
            sentence = rng.choice(TEMPLATES).format(
                n=2 + rng.randrange(40), town=town, country=country, day=day, group=rng.choice(GROUPS))
            sentences.append(sentence[0].upper() + sentence[1:])
        doc = {
            "id": f"bench-{i:06d}",
            "source": f"Outlet {rng.randrange(50)}",
            "published": published,
            "text": "\n".join(sentences),
        }
        sys.stdout.write(json.dumps(doc) + "\n")


if __name__ == "__main__":
    main()
