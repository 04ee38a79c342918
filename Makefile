# The two commands of the README. Both work on a fresh clone with nothing run before them.
#   make start   check prerequisites, install, put grpcurl in .tools/bin, build, start the gateway on 127.0.0.1:50051
#                (the embedded local broker unless KAFKA_BROKERS is set); extra flags: make start ARGS='--port 50052'
#   make grpcurl only grpcurl, into .tools/bin (make tools adds the codec test's Python oracle)
#   make broker-stop  stops the embedded broker (one left running after a gateway was killed, say)
#   make test    install, check generated code and proto lint, build the server and the four clients, start a
#                test broker, run every test (the clients' pytest, go test and mvn test run from jest)
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
GRPCURL_VERSION := v1.9.4
TOOLS := $(CURDIR)/.tools/bin
export PATH := $(TOOLS):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: start test prereqs prereqs-test deps tools grpcurl ddb-oracle prometheus build clients generate check-generated lint typecheck broker-start broker-stop broker-status clean

# grpcurl first: it is what the README's first commands use (the test-only tools are not needed to start).
start: prereqs deps grpcurl build
	exec scripts/gateway.sh $(ARGS)

test: prereqs-test deps tools check-generated lint typecheck build clients
	jest --selectProjects unit integration
	jest --selectProjects fuzz

# Before anything long: a missing compiler or header would otherwise surface minutes later in node-gyp's log.
prereqs:
	scripts/check-prereqs.sh
prereqs-test:
	scripts/check-prereqs.sh test

# npm ci rewrites node_modules/.package-lock.json, so it doubles as the "installed" stamp.
deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	@echo "npm ci: installing packages; node-rdkafka compiles librdkafka, which takes about three minutes on a first install"
	npm ci --no-audit --no-fund

tools: grpcurl ddb-oracle prometheus
grpcurl: $(TOOLS)/.grpcurl-$(GRPCURL_VERSION)
$(TOOLS)/.grpcurl-$(GRPCURL_VERSION):
	@echo "tools: installing grpcurl $(GRPCURL_VERSION) into .tools/bin (go install)"
	GOBIN=$(TOOLS) go install github.com/fullstorydev/grpcurl/cmd/grpcurl@$(GRPCURL_VERSION)
	touch $@

# DolphinDB's C++ serializer (PyPI dolphindb, pinned) in .tools/python-ddb, the codec test's second oracle. The
# unit tests' jest setup runs the same script, so that `jest` alone installs it too; both skip it once installed.
ddb-oracle:
	scripts/install-ddb-oracle.sh

# prometheus and promtool (Debian's prometheus package): the metrics test parses /metrics with promtool.
prometheus:
	scripts/install-prometheus.sh

build: deps
	tsc -p tsconfig.build.json

# Python venv, Go example binary, Java classes and classpath, TypeScript dist (scripts/build-clients.sh).
clients: deps
	scripts/build-clients.sh

generate: deps
	scripts/generate.sh

# Regenerates src/gen and the clients' generated code, and fails if that changed anything: they must match proto/.
check-generated: deps
	scripts/check-generated.sh

lint: deps
	buf lint

typecheck: deps
	tsc -p tsconfig.json --noEmit
	tsc -p clients/typescript/tsconfig.json --noEmit

broker-start:
	scripts/kafka-broker.sh start
broker-stop:
	scripts/kafka-broker.sh stop
broker-status:
	scripts/kafka-broker.sh status

clean:
	rm -rf dist coverage clients/typescript/dist clients/java/target clients/go/example clients/python/build
