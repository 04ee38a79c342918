#!/usr/bin/env bash
# Puts prometheus and promtool on PATH from Debian's prometheus package (apt-get), unless they are there already.
# The metrics test parses /metrics with promtool; scripts/metrics-dashboard.sh runs prometheus itself.
# On a machine with systemd the package also starts a Prometheus service on :9090; `systemctl disable --now
# prometheus` stops it (the project's scripts start their own, on ports of their own).
set -euo pipefail
if command -v prometheus >/dev/null && command -v promtool >/dev/null; then exit 0; fi
if ! command -v apt-get >/dev/null; then
  echo "install-prometheus: no apt-get here: install Prometheus 2.x (prometheus and promtool) and put both on PATH" >&2
  exit 1
fi
sudo=
if [[ $(id -u) != 0 ]]; then
  command -v sudo >/dev/null || { echo "install-prometheus: run as root, or: sudo apt-get install prometheus" >&2; exit 1; }
  sudo=sudo
fi
echo "install-prometheus: installing Debian's prometheus package (prometheus, promtool) with apt-get" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq prometheus >/dev/null
