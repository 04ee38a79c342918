#!/usr/bin/env bash
# Checks what `make` needs before its long steps start: npm ci compiles node-rdkafka's bundled librdkafka (about
# three minutes) with TLS, SASL and compression, and fails deep in a compiler log when a header is missing.
# Names every missing prerequisite at once, with the Debian/Ubuntu package that brings it, and exits 1.
#   scripts/check-prereqs.sh          what make start needs (Node, the native build, Java and Maven, Go for grpcurl)
#   scripts/check-prereqs.sh test     also Python's venv (make test builds the Python client)
set -uo pipefail
missing=()
need() { missing+=("$1"); }

if ! command -v node >/dev/null; then need "Node.js 20+ (nodejs)"
elif (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then need "Node.js 20+ (found $(node --version))"; fi
command -v npm >/dev/null || need "npm"
command -v make >/dev/null || need "make (build-essential)"
command -v python3 >/dev/null || need "python3, which node-gyp runs (python3)"
cc=$(command -v cc || command -v gcc || command -v clang || true)
cxx=$(command -v c++ || command -v g++ || command -v clang++ || true)
[[ -n $cc ]] || need "a C compiler (build-essential)"
[[ -n $cxx ]] || need "a C++ compiler (build-essential)"
# librdkafka's configure looks for these headers; without OpenSSL it builds with neither TLS nor SASL SCRAM.
# Cyrus SASL (libsasl2-dev) is left out on purpose: librdkafka needs it only for GSSAPI (Kerberos), and builds
# PLAIN, SCRAM and OAUTHBEARER without it (its config.h here: WITH_SSL, WITH_ZLIB, WITH_SASL_SCRAM, no WITH_SASL_CYRUS).
header() {
  [[ -n $cc ]] || return 0
  printf '#include <%s>\nint main(void){return 0;}\n' "$1" | "$cc" -x c -fsyntax-only - 2>/dev/null || need "$2"
}
header openssl/ssl.h "the OpenSSL headers (libssl-dev)"
header zlib.h "the zlib headers (zlib1g-dev)"
command -v java >/dev/null || need "Java 17+ for the embedded broker (openjdk-17-jdk-headless)"
command -v mvn >/dev/null || need "Maven, which fetches the broker's jars (maven)"
if ! command -v go >/dev/null; then need "Go 1.26+, for grpcurl and the Go client (https://go.dev/dl)"
else
  v=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
  major=${v%%.*}; rest=${v#*.}; minor=${rest%%.*}
  (( major > 1 || (major == 1 && minor >= 26) )) || need "Go 1.26+ (found go$v)"
fi
if [[ ${1:-} == test ]]; then
  python3 -c 'import ensurepip, venv' 2>/dev/null || need "Python's venv module (python3-venv)"
fi

if (( ${#missing[@]} )); then
  echo "make: missing prerequisites (README.md names them all):" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "On Debian/Ubuntu most come with: apt-get install build-essential python3 python3-venv libssl-dev zlib1g-dev openjdk-17-jdk-headless maven" >&2
  exit 1
fi
