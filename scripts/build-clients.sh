#!/usr/bin/env bash
# Builds the four clients so that the tests (test/integration/clients/) can run them against a gateway:
#   python      a virtual environment in .tools/python-client with the package and pytest installed
#   go          clients/go/example, the example binary (go test builds its own)
#   java        clients/java/target/classes and target/classpath.txt (the runtime classpath)
#   typescript  clients/typescript/dist
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH"

venv=.tools/python-client
[[ -x $venv/bin/python ]] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check "./clients/python[test]"
# The package's version does not change with its code: reinstall it so the tests see the working tree.
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps ./clients/python

(cd clients/go && go build -o example ./cmd/example)
(cd clients/java && mvn -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt)
tsc -p clients/typescript
