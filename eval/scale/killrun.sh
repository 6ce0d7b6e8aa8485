#!/bin/bash
# The must-show comparison of crates/cli/tests/it/scale.rs at any size, with a release
# binary: one `tidings ingest` process on SQLite against 3 `tidings worker`s on
# PostgreSQL, one killed with SIGKILL once a share of the queue is done and replaced.
#
#   eval/scale/killrun.sh TIDINGS CORPUS.jsonl POSTGRES_URL [SHARE …]
#
# For each share (default 0.15 0.5 0.8) prints whether the merged events with sources,
# the actor list and the 12 largest actors' profiles are byte-identical to SQLite's.
set -e
T=$1; C=$2; P=${3%/*}; shift 3; SHARES=${*:-0.15 0.5 0.8}; W=$(mktemp -d)
N=$(wc -l < $C)
snapshot() {  # DB OUT
  $T events --db $1 --format json > $2.events
  $T actors --db $1 --format json > $2.actors
  python3 -c 'import json,sys; [print(a["id"]) for a in json.load(open(sys.argv[1]))[:12]]' $2.actors |
    while read id; do $T actors "$id" --db $1 --format json; done > $2.profiles
}
s=$(date +%s.%N); $T ingest --db $W/one.db $C > /dev/null 2> $W/one.err; e=$(date +%s.%N)
echo "sqlite: $(echo "$e - $s" | bc) s; $(tail -1 $W/one.err)"
snapshot $W/one.db $W/want
echo "sqlite: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' $W/want.events) merged events"
for share in $SHARES; do
  U=$P/tidings_kill; KILL=$(python3 -c "print(int($share * $N))")
  psql -q $P/postgres -c "drop database if exists tidings_kill with (force)" 2>/dev/null
  psql -q $P/postgres -c "create database tidings_kill"
  $T ingest --db $U --enqueue $C 2> /dev/null
  s=$(date +%s.%N); pids=()
  for i in 1 2 3; do $T worker --db $U --until-idle --batch 4 --lease-seconds 3 2>> $W/w.log & pids+=($!); done
  while [ "$(psql -At $U -c 'select count(*) from queue where done = 1')" -lt "$KILL" ]; do sleep 0.05; done
  kill -9 ${pids[0]}; at=$(psql -At $U -c 'select count(*) from queue where done = 1')
  $T worker --db $U --until-idle --batch 4 --lease-seconds 3 2>> $W/w.log & pids+=($!)
  for p in "${pids[@]:1}"; do wait $p; done
  e=$(date +%s.%N)
  snapshot $U $W/got
  done=$(psql -At $U -c 'select count(*) from queue where done = 1')
  same=identical
  for f in events actors profiles; do cmp -s $W/want.$f $W/got.$f || same="DIFFERENT ($f)"; done
  echo "kill at $share ($at of $N done): $(echo "$e - $s" | bc) s, $done done, $same"
done
psql -q $P/postgres -c "drop database if exists tidings_kill with (force)"
rm -rf $W
