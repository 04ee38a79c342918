#!/usr/bin/env bash
# Starts the built gateway (dist/server/main.js) with the Node flags it is tuned for; arguments go to the gateway.
# --max-semi-space-size=8: with Node's default young generation (up to 16 MiB a half), V8 started a full
# mark-compact several times a second under a 10 KiB ProduceStream (its old-generation headroom was below the
# young generation's size); at 8 MiB it hardly ever does, and the gateway used about a quarter less CPU per message.
# GATEWAY_NODE_FLAGS adds more Node flags (the benchmark's profiler uses it: --cpu-prof is refused in NODE_OPTIONS).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck disable=SC2086 # the extra flags are meant to split into words
exec node --max-semi-space-size=8 ${GATEWAY_NODE_FLAGS:-} dist/server/main.js "$@"
