#!/usr/bin/env bash
# Starts the built gateway (dist/server/main.js) with the Node flags it is tuned for; arguments go to the gateway.
# --max-semi-space-size=8: with Node's default young generation (up to 16 MiB a half), V8 started a full
# mark-compact several times a second under a 10 KiB ProduceStream (its old-generation headroom was below the
# young generation's size); at 8 MiB it hardly ever does, and the gateway used about a quarter less CPU per message.
# --initial-old-space-size=64: V8 counts the memory behind Buffers (off its heap) towards its limit for a full
# GC, and with a small live heap that limit stayed low. At 10 KiB, where every message and frame is such a
# Buffer, the gateway then ran a mark-compact every 35 ms while consuming (70 per 60,000 messages) and fell into
# the same state after a while when producing. With the limit's floor at 64 MiB it runs none or a few: over six
# 10 KiB Consume streams on one gateway, mark-compacts went from 80 to 0 and its CPU from 3.4 to 2.2 s (README).
# GATEWAY_NODE_FLAGS adds more Node flags (the benchmark's profiler uses it: --cpu-prof is refused in NODE_OPTIONS).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck disable=SC2086 # the extra flags are meant to split into words
exec node --max-semi-space-size=8 --initial-old-space-size=64 ${GATEWAY_NODE_FLAGS:-} dist/server/main.js "$@"
