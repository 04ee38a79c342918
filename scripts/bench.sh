#!/usr/bin/env bash
# Runs the gateway benchmark (bench/run.mjs): builds the gateway and the TypeScript client, installs kcat and
# gnuplot when missing (apt-get), starts a broker of its own unless KAFKA_BROKERS names one, and stops it after.
#   scripts/bench.sh                      every scenario, median of 3 runs (about 20 minutes on 2 cores)
#   BENCH_SCALE=0.05 BENCH_RUNS=1 scripts/bench.sh    a quick smoke run
# Results: bench/results/latest.json, latest.md and latest.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
command -v kcat >/dev/null || missing+=(kcat)
command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
if ((${#missing[@]})); then
  sudo=; [[ $(id -u) == 0 ]] || sudo=sudo
  echo "bench: installing ${missing[*]} with apt-get" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

[[ -d node_modules ]] || npm ci
npx tsc -p tsconfig.build.json
npx tsc -p clients/typescript

if [[ -z ${KAFKA_BROKERS:-} ]]; then
  # A broker of the benchmark's own, apart from the tests' and the gateway's; its data is deleted afterwards.
  export KAFKA_RUN_DIR=$PWD/.kafka/bench KAFKA_PORT=${BENCH_KAFKA_PORT:-19292} KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-19293}
  KAFKA_HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms1g -Xmx1g} scripts/kafka-broker.sh start >/dev/null
  trap 'scripts/kafka-broker.sh reset >/dev/null' EXIT
  export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT
fi
node bench/run.mjs
