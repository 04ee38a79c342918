#!/usr/bin/env bash
# Installs the code generators of the clients into .tools/ (idempotent; each tool has a version stamp):
#   protoc-gen-go, protoc-gen-go-grpc   from the Go module proxy
#   grpcio-tools (protoc + gRPC Python)  from PyPI, in a virtual environment; scripts/protoc-gen-python-grpc drives it
#   protoc, protoc-gen-grpc-java         from Maven Central (native executables published as Maven artifacts)
# ts-proto comes with npm ci. The versions here must match the runtimes the clients depend on (see each client's
# build file), because generated code checks the runtime it is loaded with.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=$PWD/.tools
BIN=$TOOLS/bin
mkdir -p "$BIN"

PROTOC_GEN_GO=v1.36.6
PROTOC_GEN_GO_GRPC=v1.5.1
GRPCIO_TOOLS=1.71.0
PROTOC=4.30.2            # com.google.protobuf:protoc, the same release as protobuf-java in clients/java/pom.xml
GRPC_JAVA=1.71.0         # io.grpc:protoc-gen-grpc-java, the same release as grpc-java in clients/java/pom.xml

stamp() { [[ -f $BIN/.$1@$2 ]]; }
mark() { rm -f "$BIN/.$1@"*; touch "$BIN/.$1@$2"; }

if ! stamp protoc-gen-go $PROTOC_GEN_GO; then
  GOBIN=$BIN go install google.golang.org/protobuf/cmd/protoc-gen-go@$PROTOC_GEN_GO
  mark protoc-gen-go $PROTOC_GEN_GO
fi
if ! stamp protoc-gen-go-grpc $PROTOC_GEN_GO_GRPC; then
  GOBIN=$BIN go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@$PROTOC_GEN_GO_GRPC
  mark protoc-gen-go-grpc $PROTOC_GEN_GO_GRPC
fi
if ! stamp grpcio-tools $GRPCIO_TOOLS; then
  python3 -m venv "$TOOLS/python"
  "$TOOLS/python/bin/pip" install --quiet --disable-pip-version-check "grpcio-tools==$GRPCIO_TOOLS"
  mark grpcio-tools $GRPCIO_TOOLS
fi

# Maven resolves the executables into the local repository; they are copied out and made executable.
maven_exe() { # group artifact version name
  local classifier=linux-x86_64
  [[ $(uname -m) == aarch64 ]] && classifier=linux-aarch_64
  mvn -q dependency:copy -Dartifact="$1:$2:$3:exe:$classifier" -DoutputDirectory="$BIN" -Dmdep.stripVersion=true -Dmdep.stripClassifier=true >/dev/null
  mv "$BIN/$2.exe" "$BIN/$4"
  chmod +x "$BIN/$4"
}
if ! stamp protoc $PROTOC; then
  maven_exe com.google.protobuf protoc $PROTOC protoc
  mark protoc $PROTOC
fi
if ! stamp protoc-gen-grpc-java $GRPC_JAVA; then
  maven_exe io.grpc protoc-gen-grpc-java $GRPC_JAVA protoc-gen-grpc-java
  mark protoc-gen-grpc-java $GRPC_JAVA
fi
