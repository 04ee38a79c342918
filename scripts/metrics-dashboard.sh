#!/usr/bin/env bash
# A real Prometheus scraping a gateway under the benchmark's load, and the dashboard's main panels drawn from it:
#   scripts/metrics-dashboard.sh        -> bench/results/metrics-dashboard.png (about 3 minutes)
# Installs Debian's prometheus package when prometheus is missing (scripts/install-prometheus.sh), runs it on
# 127.0.0.1:PROM_PORT [19595] with a 1 s scrape of the gateway's /metrics on METRICS_PORT [19599], runs bench/run.mjs
# with that gateway (BENCH_METRICS=on; the rows of BENCH_ONLY, at BENCH_SCALE [0.3]), then queries Prometheus for
# each panel of dashboards/kafka-grpc-gateway.json over the run and renders them with gnuplot (bench/dashboard.mjs).
# KAFKA_BROKERS names a broker to use; unset, bench.sh starts one of its own.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-prometheus.sh
PROM_PORT=${PROM_PORT:-19595}
METRICS_PORT=${METRICS_PORT:-19599}
OUT=${DASHBOARD_OUT:-bench/results/metrics-dashboard.png}

work=$(mktemp -d)
cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: kafka-grpc-gateway
    static_configs:
      - targets: ['127.0.0.1:$METRICS_PORT']
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" --web.listen-address="127.0.0.1:$PROM_PORT" >"$work/prometheus.log" 2>&1 &
prom=$!
trap 'kill $prom 2>/dev/null; wait $prom 2>/dev/null; rm -rf "$work"' EXIT
node -e '
  const url = process.argv[1];
  const until = Date.now() + 30000;
  (async function wait() {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) { console.error("metrics-dashboard: Prometheus did not become ready"); process.exit(1); }
    setTimeout(wait, 200);
  })();' "http://127.0.0.1:$PROM_PORT/-/ready" || { cat "$work/prometheus.log" >&2; exit 1; }

start=$(date +%s)
BENCH_METRICS=on BENCH_METRICS_PORT=$METRICS_PORT BENCH_OUT="$work/bench" BENCH_SIZES=100 BENCH_RUNS=1 \
  BENCH_ONLY=${BENCH_ONLY:-produce_unary_64,produce_stream,consume_stream,consume_acked} BENCH_SCALE=${BENCH_SCALE:-0.3} \
  scripts/bench.sh
sleep 3 # the last scrapes
end=$(date +%s)
mkdir -p "$(dirname "$OUT")"
node bench/dashboard.mjs "http://127.0.0.1:$PROM_PORT" "$start" "$end" "$OUT"
