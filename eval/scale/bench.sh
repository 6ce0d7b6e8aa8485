#!/bin/bash
# Throughput of 1, 2 and 4 `tidings worker`s on PostgreSQL against one `tidings ingest`
# process on SQLite, on one corpus, in one run (docs/scaling.md).
#
#   eval/scale/bench.sh TIDINGS CORPUS.jsonl POSTGRES_URL [BATCH]
#
# POSTGRES_URL names a server database the script may create databases beside
# (postgres://user@host:port/postgres). Prints one line per run: wall time, documents
# coded, and each worker's own split between coding and storing.
set -e
T=$1; C=$2; P=${3%/*}; B=${4:-20}; W=$(mktemp -d)
s=$(date +%s.%N); $T ingest --db $W/one.db $C > /dev/null 2> $W/one.err; e=$(date +%s.%N)
echo "sqlite, one ingest process: $(echo "$e - $s" | bc) s; $(tail -1 $W/one.err)"
for N in 1 2 4; do
  U=$P/tidings_bench_$N
  psql -q $P/postgres -c "drop database if exists tidings_bench_$N with (force)" 2>/dev/null
  psql -q $P/postgres -c "create database tidings_bench_$N"
  $T ingest --db $U --enqueue $C 2> /dev/null
  s=$(date +%s.%N); pids=()
  for i in $(seq 1 $N); do $T worker --db $U --until-idle --batch $B 2>> $W/w$N.log & pids+=($!); done
  for p in "${pids[@]}"; do wait $p; done
  e=$(date +%s.%N)
  echo "postgres, $N worker(s): $(echo "$e - $s" | bc) s; $(psql -At $U -c 'select count(*) from queue where done = 1') done"
  sed 's/^/    /' $W/w$N.log
  psql -q $P/postgres -c "drop database tidings_bench_$N with (force)"
done
rm -rf $W
