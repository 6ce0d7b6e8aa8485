#!/usr/bin/env bash
# Start-up of a one-sentence `tidings extract`, a baseline binary against a new one in
# the same run (eval/REPORT.md, "Start-up"). Not part of CI.
#
#   eval/bench/startup.sh BASE_BIN NEW_BIN [RUNS]
#
# Runs each binary RUNS times (default 21), alternating so that a change in the
# machine's load falls on both, and prints each one's median and fastest wall time, median
# CPU time (user + system: what the load of a shared machine does not inflate) and median
# peak RSS, and the ratios of the medians. Both binaries must print the same
# records for the sentence. Needs python3.
set -euo pipefail

base=$1
new=$2
runs=${3:-21}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "Gunmen killed three police officers in Kano, Nigeria on Monday." >"$dir/one.txt"

"$base" extract "$dir/one.txt" >"$dir/base.out"
"$new" extract "$dir/one.txt" >"$dir/new.out"
if ! cmp -s "$dir/base.out" "$dir/new.out"; then
    echo "the two binaries print different records for the sentence" >&2
    diff "$dir/base.out" "$dir/new.out" | head -20 >&2
    exit 1
fi

python3 - "$base" "$new" "$dir/one.txt" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
base, new, text, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
bins = {"base": base, "new": new}
wall = {b: [] for b in bins}
rss = {b: [] for b in bins}
cpu = {b: [] for b in bins}
for _ in range(runs):
    for b, path in bins.items():
        t0 = time.perf_counter()
        p = subprocess.Popen([path, "extract", text], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall[b].append(time.perf_counter() - t0)
        if status != 0:
            sys.exit(f"{path} failed")
        rss[b].append(usage.ru_maxrss / 1024)
        cpu[b].append(usage.ru_utime + usage.ru_stime)
med = lambda b, xs: statistics.median(xs[b])
print("| binary | median wall (s) | fastest wall (s) | median CPU (s) | median peak RSS (MB) |")
print("|---|---|---|---|---|")
for b in bins:
    print(f"| {b} | {med(b, wall):.3f} | {min(wall[b]):.3f} | {med(b, cpu):.3f} | {med(b, rss):.0f} |")
print(
    f"new / base, medians: wall {med('new', wall) / med('base', wall):.2f}, "
    f"CPU {med('new', cpu) / max(med('base', cpu), 1e-9):.2f} ({runs} runs each)"
)
PY
