#!/usr/bin/env bash
# Installs DolphinDB's C++ serializer (PyPI `dolphindb`, see test/helpers/ddb-cpp/requirements.txt) into
# .tools/python-ddb for the codec's property test. Idempotent: a stamp holding the requirements' checksum skips
# the install when nothing changed, so the jest setup that calls it costs nothing on later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.tools/python-ddb
requirements=test/helpers/ddb-cpp/requirements.txt
sum=$(sha256sum "$requirements" | cut -c1-16)
[[ -x $venv/bin/python && -f $venv/.installed-$sum ]] && exit 0
rm -rf "$venv"
python3 -m venv "$venv"
# --no-deps: the file pins every package the wheel needs; pip check fails if one is missing from it.
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
"$venv/bin/pip" check --disable-pip-version-check >/dev/null
"$venv/bin/python" -c 'import dolphindb.io'
touch "$venv/.installed-$sum"
