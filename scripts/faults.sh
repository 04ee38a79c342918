#!/usr/bin/env bash
# npm run faults: the fault suite (test/faults/), each scenario with numbered messages, against a broker and a
# three-node cluster of its own on 127.0.0.1, stopped afterwards. Bounded: after FAULTS_TIMEOUT (20m) jest is
# stopped, and the brokers with it. Results: bench/results/faults.md (and faults.jsonl, one row a line).
#   FAULTS_KAFKA_PORT [19520] (its controller: +1)   FAULTS_CLUSTER_PORT [19500] (controllers: +10)
#   FAULTS_ONLY=<jest path pattern>   only some files, e.g. FAULTS_ONLY=cluster
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH=$PWD/node_modules/.bin:$PATH

[[ -d node_modules ]] || npm ci
tsc -p tsconfig.build.json

results=bench/results/faults.jsonl
: >"$results"
export FAULTS_RESULTS=$PWD/$results
port=${FAULTS_KAFKA_PORT:-19520}
export FAULTS_BROKER_DIR=$PWD/.kafka/faults FAULTS_BROKER_PORT=$port FAULTS_BROKER_CONTROLLER_PORT=$((port + 1))
export FAULTS_CLUSTER_DIR=$PWD/.kafka/faults-cluster FAULTS_CLUSTER_PORT=${FAULTS_CLUSTER_PORT:-19500}
broker_env=(KAFKA_RUN_DIR="$FAULTS_BROKER_DIR" KAFKA_PORT="$port" KAFKA_CONTROLLER_PORT=$((port + 1)))
cleanup() {
  env "${broker_env[@]}" scripts/kafka-broker.sh reset >/dev/null 2>&1 || true
  KAFKA_CLUSTER_DIR=$FAULTS_CLUSTER_DIR KAFKA_CLUSTER_PORT=$FAULTS_CLUSTER_PORT KAFKA_CLUSTER_CONTROLLER_PORT=$((FAULTS_CLUSTER_PORT + 10)) \
    scripts/kafka-cluster.sh reset >/dev/null 2>&1 || true
}
trap cleanup EXIT
env "${broker_env[@]}" scripts/kafka-broker.sh reset >/dev/null 2>&1
env "${broker_env[@]}" scripts/kafka-broker.sh start >/dev/null
export KAFKA_BROKERS=127.0.0.1:$port

code=0
timeout --kill-after=30s "${FAULTS_TIMEOUT:-20m}" jest ${FAULTS_ONLY:+"$FAULTS_ONLY"} --selectProjects faults --runInBand || code=$?
((code != 124)) || echo "faults: stopped after ${FAULTS_TIMEOUT:-20m}" >&2
node bench/faults-report.mjs "$results" >bench/results/faults.md
cat bench/results/faults.md
exit "$code"
