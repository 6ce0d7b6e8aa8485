#!/usr/bin/env bash
# Bounded fuzzing, as .ci/run runs it: installs the pinned cargo-fuzz, builds the five
# targets on stable Rust without a sanitizer (`-s none` needs no nightly), and runs
# each for FUZZ_SECONDS (default 30) starting from its committed corpus. New inputs
# go to a scratch folder, so the committed corpus never changes; a crash, timeout or
# out-of-memory stops the script with libFuzzer's report and the input under
# fuzz/artifacts/TARGET/.
set -euo pipefail

cd "$(dirname "$0")"
CARGO_FUZZ_VERSION=0.13.2
SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
# The five targets, cheapest first.
TARGETS=(warc jsonl feed html extract)
# Development build (its profile in Cargo.toml optimizes dependencies a little): far
# cheaper to build than cargo-fuzz's default release build with one codegen unit, and
# overflow checks stay on.
BUILD=(-s none --dev)

if ! cargo fuzz --version 2>/dev/null | grep -qF "$CARGO_FUZZ_VERSION"; then
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
cargo fuzz build "${BUILD[@]}"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for target in "${TARGETS[@]}"; do
    mkdir -p "$scratch/$target"
    # -seed: the same mutations every run, so a CI run repeats (a prefix of) what was
    # run before a commit, and a finding can be replayed; FUZZ_SEED=0 lets libFuzzer
    # pick one for a longer search. -timeout: one input may take at most 20 s (the
    # first of `extract` loads the bundled models); -rss_limit_mb: the models take a
    # few hundred MB.
    cargo fuzz run "${BUILD[@]}" "$target" "$scratch/$target" "corpus/$target" -- \
        -seed="${FUZZ_SEED:-1}" -max_total_time="$SECONDS_PER_TARGET" -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1
done
