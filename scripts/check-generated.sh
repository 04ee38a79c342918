#!/usr/bin/env bash
# Fails when the generated code (src/gen and each client's) is not what scripts/generate.sh makes from proto/:
# regenerates and compares the trees before and after (contents and file names), so it works on uncommitted
# changes as well as in CI's fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
GENERATED=(src/gen clients/typescript/src/gen clients/go/gen clients/python/gen clients/java/src/generated)
snapshot() { find "${GENERATED[@]}" -type f -print0 | sort -z | xargs -0 sha256sum; }
before=$(snapshot)
scripts/generate.sh
after=$(snapshot)
if [[ $before != "$after" ]]; then
  diff <(echo "$before") <(echo "$after") || true
  echo "generated code was stale (it is regenerated now): review and commit it"
  exit 1
fi
