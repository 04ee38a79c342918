#!/usr/bin/env bash
# Fails when src/gen is not what scripts/generate.sh makes from proto/: regenerates and compares the tree before
# and after (contents and file names), so it works on uncommitted changes as well as in CI's fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
snapshot() { (cd src/gen && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
before=$(snapshot)
scripts/generate.sh
after=$(snapshot)
if [[ $before != "$after" ]]; then
  diff <(echo "$before") <(echo "$after") || true
  echo "src/gen was stale (it is regenerated now): review and commit it"
  exit 1
fi
