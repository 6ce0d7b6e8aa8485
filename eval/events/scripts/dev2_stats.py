#!/usr/bin/env python3
"""Print the count tables of eval/events/dev2.jsonl (markdown), for the dev2 section of
eval/events/README.md. The tables are those of heldout_stats.py (which uses stats.py's
table()); its main() is called with dev2.jsonl."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import heldout_stats  # noqa: E402

DEV2 = os.path.join(os.path.dirname(HERE), "dev2.jsonl")

if __name__ == "__main__":
    heldout_stats.main(DEV2)
