#!/usr/bin/env bash
# Everything in src/gen comes from here (`npm run generate`); CI reruns it and fails if the result differs.
#   src/gen/**/*.ts            ts-proto messages and grpc-js services (buf.gen.yaml), also for clients/typescript
#   clients/{go,python,java}   the other clients (buf.gen.clients.yaml), generators from scripts/install-codegen.sh
#   src/gen/descriptors/*.binpb  protoc-exact descriptor sets for gRPC reflection: ours, and the standard health
#                              and reflection services whose .proto files ship inside their npm packages
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/node_modules/.bin:$PATH"
buf generate
scripts/install-codegen.sh
buf generate --template buf.gen.clients.yaml
out=src/gen/descriptors
mkdir -p "$out"
buf build -o "$out/kafkagateway.binpb"
buf build node_modules/grpc-health-check/proto -o "$out/grpc-health.binpb"
refl=node_modules/@grpc/reflection/build/proto
buf build "$refl" --path "$refl/grpc/reflection" -o "$out/grpc-reflection.binpb"
