#!/usr/bin/env python3
"""Soak run: ingest N generated documents in one `tidings ingest` process, sampling its
resident memory every second.

Documents are recombined from the sentences of the bundled examples (examples/,
licences in examples/README.md): each takes 4-14 sentences drawn with a fixed seed, so
texts are realistic but distinct. The generated file lives in a temporary folder and is
never committed.

    python3 eval/soak/soak.py --tidings target/release/tidings --docs 5000

Each sample also records how far into the input file the process has read (its file
offset, from /proc/PID/fdinfo), so the ingest phase (reading, coding, storing) is told
apart from the whole-store merge that follows the last document.

Prints the RSS samples (MiB), the memory curve by tenths of the input read, and one
summary line: documents, seconds, documents per second, peak RSS during ingest and
overall, RSS after warm-up (first sample past 10% of the input) and at the last
document. `--samples FILE` also writes every sample as `seconds,MiB,bytes_read,merged`
lines, each as it is taken; `merged` is how many documents the merged refresh has
committed (read from the database's `merge_state` every 10 s once the input is read,
empty otherwise). The generated input and the database go to a new folder under
$TMPDIR (printed first).
"""
import argparse, json, os, random, re, sqlite3, subprocess, sys, tempfile, time

def sentences(root):
    texts = [json.loads(l)["text"] for l in open(os.path.join(root, "examples/news.jsonl")) if l.strip()]
    texts.append(open(os.path.join(root, "examples/fsb-kaluga-isk.txt")).read())
    out = []
    for t in texts:
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", t) if 30 <= len(s.strip()) <= 400]
    return sorted(set(out))

def merged_documents(db):
    """Documents the merged refresh has committed so far ('' before its first step)."""
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            row = c.execute("SELECT documents FROM merge_state WHERE id = 1").fetchone()
            return str(row[0]) if row else ""
        finally:
            c.close()
    except sqlite3.Error:
        return ""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tidings", default="target/release/tidings")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--samples", help="write the samples here as CSV")
    args = ap.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
    pool = sentences(root)
    rng = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="tidings-soak-")
    print("input and database in", tmp, flush=True)
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
    size = os.path.getsize(path)
    samples = []  # (seconds, MiB, bytes of the input read)
    fd = None
    # Samples are written as they are taken, so a run stopped early keeps its curve.
    out = open(args.samples, "w") if args.samples else None
    merged, merged_at = "", 0.0
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as s:
                rss = next(int(l.split()[1]) for l in s if l.startswith("VmRSS"))
            if fd is None:
                fd = next((f for f in os.listdir(f"/proc/{proc.pid}/fd")
                           if os.readlink(f"/proc/{proc.pid}/fd/{f}") == path), None)
            pos = samples[-1][2] if samples else 0
            # The input's descriptor number is reused once the input is closed: read
            # its offset only while it still names the input.
            if fd is not None:
                try:
                    if os.readlink(f"/proc/{proc.pid}/fd/{fd}") != path:
                        raise FileNotFoundError
                    with open(f"/proc/{proc.pid}/fdinfo/{fd}") as info:
                        pos = int(next(l for l in info if l.startswith("pos:")).split()[1])
                except FileNotFoundError:
                    fd, pos = None, size  # the input is closed: every document was read
            samples.append((time.time() - start, rss / 1024, pos))
            if pos >= size and time.time() - merged_at >= 10:
                merged, merged_at = merged_documents(db), time.time()
            if out:
                t, m, p = samples[-1]
                out.write(f"{t:.1f},{m:.1f},{p},{merged}\n")
                out.flush()
        except (FileNotFoundError, StopIteration, ProcessLookupError, OSError):
            pass
        time.sleep(1)
    elapsed = time.time() - start
    if out:
        out.close()
    err = proc.stderr.read()
    summary = [l for l in err.splitlines() if "documents:" in l]
    print("samples (s, MiB):", " ".join(f"{t:.0f}:{m:.0f}" for t, m, _ in samples))
    print("tidings:", summary[-1] if summary else err[-500:])
    # The ingest phase: until the input is read to its end (the file is read ahead in
    # buffered blocks, so the last block's documents are still being coded then).
    ingest = [x for x in samples if x[2] < size] or samples
    ingest_end = ingest[-1][0] if ingest else elapsed
    print("memory by tenth of the input read (MiB):", " ".join(
        f"{10 * k}%:{next((m for _, m, p in samples if p >= size * k / 10), 0):.0f}" for k in range(1, 11)))
    warm = next((m for t, m, p in samples if p > size * 0.1), samples[0][1] if samples else 0)
    peak_ingest = max((m for _, m, _ in ingest), default=0)
    peak = max((m for _, m, _ in samples), default=0)
    last = ingest[-1][1] if ingest else 0
    print(f"{args.docs} documents in {elapsed:.1f} s ({args.docs / elapsed:.1f}/s overall); "
          f"ingest {ingest_end:.1f} s ({args.docs / max(ingest_end, 1e-9):.1f}/s); "
          f"RSS after warm-up {warm:.0f} MiB, at the last document {last:.0f} MiB, "
          f"peak during ingest {peak_ingest:.0f} MiB, peak overall (with the merge) {peak:.0f} MiB")
    return proc.returncode

if __name__ == "__main__":
    sys.exit(main())
