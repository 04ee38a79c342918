#!/usr/bin/env bash
# CPU profiles of the benchmark scenarios whose goals the gateway does not meet: each scenario runs once, alone,
# with `node --cpu-prof` on the gateway, its client and direct node-rdkafka; bench/profile-report.mjs then draws a
# flame graph per process and a summary of where the time went.
#   scripts/bench-profile.sh                                   the default list below (about 15 minutes)
#   scripts/bench-profile.sh produce_batch:10240 e2e_latency:100   chosen SCENARIO:SIZE pairs
# Results: bench/results/profiles/SCENARIO-SIZE/{summary.md,gateway.svg,client.svg,direct.svg}.
# The flame graphs are drawn by inferno (crates.io), installed with cargo into .bench/tools when missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if (($# == 0)); then
  set -- produce_unary_64:100 produce_batch:100 produce_stream:100 consume_stream:100 e2e_latency:100 \
    produce_unary_64:10240 produce_batch:10240 produce_stream:10240 consume_stream:10240 e2e_latency:10240
fi

export PATH=$PWD/.bench/tools/bin:$PATH
if ! command -v inferno-flamegraph >/dev/null; then
  echo "bench-profile: installing inferno with cargo (a few minutes, once)" >&2
  cargo install inferno --locked --quiet --root .bench/tools
fi

for pair in "$@"; do
  scenario=${pair%%:*} size=${pair##*:}
  run=.bench/profiles/$scenario-$size
  rm -rf "$run" && mkdir -p "$run"
  BENCH_ONLY=$scenario BENCH_SIZES=$size BENCH_RUNS=1 BENCH_PROFILE=$PWD/$run BENCH_OUT=$run scripts/bench.sh
  node bench/profile-report.mjs "$run" "bench/results/profiles/$scenario-$size" "$scenario, $size-byte messages"
done
