#!/usr/bin/env python3
"""Soak run: ingest N generated documents in one `tidings ingest` process, sampling its
resident memory every second.

Documents are recombined from the sentences of the bundled examples (examples/,
licences in examples/README.md): each takes 4-14 sentences drawn with a fixed seed, so
texts are realistic but distinct. The generated file lives in a temporary folder and is
never committed.

    python3 eval/soak/soak.py --tidings target/release/tidings --docs 5000

Prints the RSS samples (MiB) and one summary line: documents, seconds, documents per
second, peak RSS, RSS after warm-up (first sample past 10% of the run) and at the end.
"""
import argparse, json, os, random, re, subprocess, sys, tempfile, time

def sentences(root):
    texts = [json.loads(l)["text"] for l in open(os.path.join(root, "examples/news.jsonl")) if l.strip()]
    texts.append(open(os.path.join(root, "examples/fsb-kaluga-isk.txt")).read())
    out = []
    for t in texts:
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if 30 <= len(s.strip()) <= 400]
    return sorted(set(out))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tidings", default="target/release/tidings")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=18)
    args = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
    pool = sentences(root)
    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="tidings-soak-")
    path = os.path.join(tmp, "docs.jsonl")
    with open(path, "w") as f:
        for i in range(args.docs):
            text = " ".join(rng.sample(pool, rng.randint(4, 14)))
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f.write(json.dumps({"id": f"soak-{i}", "published": day, "text": text}) + "\n")
    db = os.path.join(tmp, "soak.db")
    start = time.time()
    proc = subprocess.Popen([args.tidings, "ingest", path, "--db", db],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    samples = []
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as s:
                rss = next(int(l.split()[1]) for l in s if l.startswith("VmRSS"))
            samples.append((time.time() - start, rss / 1024))
        except (FileNotFoundError, StopIteration, ProcessLookupError):
            pass
        time.sleep(1)
    elapsed = time.time() - start
    err = proc.stderr.read()
    summary = [l for l in err.splitlines() if "documents:" in l]
    print("samples (s, MiB):", " ".join(f"{t:.0f}:{m:.0f}" for t, m in samples))
    print("tidings:", summary[-1] if summary else err[-500:])
    warm = next((m for t, m in samples if t > elapsed * 0.1), samples[0][1] if samples else 0)
    peak = max((m for _, m in samples), default=0)
    end = samples[-1][1] if samples else 0
    print(f"{args.docs} documents in {elapsed:.1f} s ({args.docs / elapsed:.1f}/s); "
          f"peak RSS {peak:.0f} MiB; after warm-up {warm:.0f} MiB; at the end {end:.0f} MiB")
    return proc.returncode

if __name__ == "__main__":
    sys.exit(main())
