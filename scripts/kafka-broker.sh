#!/usr/bin/env bash
# A real, single-node Apache Kafka broker (KRaft, broker + controller) on 127.0.0.1, from Maven Central jars.
#
#   scripts/kafka-broker.sh fetch    copy the broker's runtime classpath into the cache (once per version)
#   scripts/kafka-broker.sh start    fetch if needed, format if needed, start, wait until it serves requests
#   scripts/kafka-broker.sh stop     SIGTERM the broker this run dir started (SIGKILL after 30 s); no-op if none
#   scripts/kafka-broker.sh status   exit 0 and print the address if running, exit 3 if not
#   scripts/kafka-broker.sh reset    stop, then delete the data (topics, offsets, groups)
#   scripts/kafka-broker.sh log      print the broker's log file path
#   scripts/kafka-broker.sh consumer-groups ARGS   Kafka's own kafka-consumer-groups against this broker
#                                    (e.g. --describe --group g --members); its jars are fetched once
#   scripts/kafka-broker.sh configs ARGS   Kafka's own kafka-configs against this broker
#                                    (e.g. --describe --all --entity-type topics --entity-name t)
#
# `start` prints progress on stderr and the bootstrap address alone on stdout, so callers can capture it.
# Environment (defaults in brackets):
#   KAFKA_VERSION [4.1.1]          3.9.x also works (the fallback line)
#   KAFKA_PORT [19092]             client listener; not 9092, so a broker the user already runs is left alone
#   KAFKA_CONTROLLER_PORT [19093]
#   KAFKA_SASL_PORT                if set, a SASL_PLAINTEXT listener (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)
#   KAFKA_SASL_SSL_PORT            if set, a SASL_SSL listener too; CA at $KAFKA_RUN_DIR/tls/ca.pem
#   KAFKA_AUTHORIZER               if 1, ACLs are enforced (StandardAuthorizer): admin and the PLAINTEXT listener's
#                                  ANONYMOUS are super users; alice may use only topics, groups and transactional
#                                  ids whose names start with "alice-"
#   KAFKA_RUN_DIR [<repo>/.kafka/run]   config, data, log and pid of this broker
#   KAFKA_CACHE_DIR [~/.cache/kafka-grpc-gateway]  jars, shared by every clone on the machine
#   KAFKA_START_TIMEOUT [90]       seconds to wait for readiness
#   KAFKA_HEAP_OPTS [-Xms256m -Xmx512m]
# SASL users (both mechanisms): admin/admin-secret and alice/alice-secret.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
script_name=kafka-broker
# shellcheck source=kafka/jars.sh
source "$here/kafka/jars.sh"

port=${KAFKA_PORT:-19092}
controller_port=${KAFKA_CONTROLLER_PORT:-19093}
sasl_port=${KAFKA_SASL_PORT:-}
sasl_ssl_port=${KAFKA_SASL_SSL_PORT:-}
authorizer=${KAFKA_AUTHORIZER:-}
run_dir=${KAFKA_RUN_DIR:-$repo/.kafka/run}
start_timeout=${KAFKA_START_TIMEOUT:-90}
heap_opts=${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}

pid_file="$run_dir/kafka.pid"
log_file="$run_dir/kafka.log"

# The pid of the broker this run dir started, if it is still alive.
running_pid() {
  [[ -f $pid_file ]] || return 1
  local pid
  pid=$(<"$pid_file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && grep -q 'kafka\.Kafka' "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

write_config() {
  local listeners="PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port"
  local advertised="PLAINTEXT://127.0.0.1:$port"
  local protocols="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"
  local sasl=""
  local jaas_plain='org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="admin-secret" user_admin="admin-secret" user_alice="alice-secret";'
  local jaas_scram='org.apache.kafka.common.security.scram.ScramLoginModule required;'
  local name
  for name in sasl_plaintext sasl_ssl; do
    local p=$sasl_port
    [[ $name == sasl_ssl ]] && p=$sasl_ssl_port
    [[ -n $p ]] || continue
    local upper=${name^^}
    listeners+=",$upper://127.0.0.1:$p"
    advertised+=",$upper://127.0.0.1:$p"
    protocols+=",$upper:$upper"
    # A broker ignores a bare sasl.jaas.config: each listener and mechanism needs its own prefixed entry.
    sasl+="listener.name.$name.plain.sasl.jaas.config=$jaas_plain"$'\n'
    sasl+="listener.name.$name.scram-sha-256.sasl.jaas.config=$jaas_scram"$'\n'
    sasl+="listener.name.$name.scram-sha-512.sasl.jaas.config=$jaas_scram"$'\n'
  done
  if [[ -n $sasl ]]; then sasl="sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512"$'\n'"$sasl"; fi
  if [[ -n $sasl_ssl_port ]]; then
    make_tls
    sasl+="ssl.keystore.type=PEM"$'\n'"ssl.keystore.location=$run_dir/tls/broker-keystore.pem"$'\n'"ssl.client.auth=none"$'\n'
  fi
  if [[ $authorizer == 1 ]]; then
    sasl+="authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer"$'\n'
    sasl+="super.users=User:admin;User:ANONYMOUS"$'\n'
  fi
  cat >"$run_dir/server.properties" <<EOF
# Written by scripts/kafka-broker.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
controller.listener.names=CONTROLLER
listeners=$listeners
advertised.listeners=$advertised
listener.security.protocol.map=$protocols
inter.broker.listener.name=PLAINTEXT
log.dirs=$run_dir/data
num.partitions=1
auto.create.topics.enable=true
# One broker: internal topics need a replication factor of 1, and few partitions keep the first group join fast.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# No 3 s wait on every first join of a classic group; short session timeouts allowed for tests.
group.initial.rebalance.delay.ms=0
group.min.session.timeout.ms=1000
# The cleaner's dedupe buffer lives on the heap (128 MiB by default): too much for a 512 MiB heap.
log.cleaner.dedupe.buffer.size=16777216
num.network.threads=2
num.io.threads=2
$sasl
EOF
}

# A CA and a broker certificate (127.0.0.1 and localhost) made with openssl, with EC keys: a keytool run costs a
# JVM start each, which on a loaded machine took longer than the broker's own start. Kafka reads the PEM directly.
make_tls() {
  local t="$run_dir/tls"
  [[ -f $t/broker-keystore.pem && -f $t/ca.pem ]] && return 0
  rm -rf "$t" && mkdir -p "$t"
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  {
    openssl req -x509 "${ec[@]}" -keyout "$t/ca.key" -out "$t/ca.pem" -days 3650 -subj "/CN=kafka-grpc-gateway-test-ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
    openssl req -new "${ec[@]}" -keyout "$t/broker.key" -out "$t/broker.csr" -subj "/CN=localhost"
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' >"$t/broker.ext"
    openssl x509 -req -in "$t/broker.csr" -CA "$t/ca.pem" -CAkey "$t/ca.key" -CAcreateserial -days 3650 -extfile "$t/broker.ext" -out "$t/broker.crt"
  } >/dev/null 2>&1 || die "openssl could not make the TLS material in $t"
  cat "$t/broker.key" "$t/broker.crt" >"$t/broker-keystore.pem"
}

format_storage() {
  [[ -f $run_dir/data/meta.properties ]] && return 0
  say "formatting $run_dir/data"
  local cluster_id
  cluster_id=$(random_cluster_id)
  # SCRAM credentials are written at format time, so SASL listeners can be enabled on any later start.
  "$java_bin" -Xmx256m $(log_opts) -cp "$lib_dir/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$run_dir/server.properties" \
    --add-scram 'SCRAM-SHA-256=[name=alice,password=alice-secret]' \
    --add-scram 'SCRAM-SHA-512=[name=alice,password=alice-secret]' \
    --add-scram 'SCRAM-SHA-256=[name=admin,password=admin-secret]' \
    --add-scram 'SCRAM-SHA-512=[name=admin,password=admin-secret]' >>"$log_file" 2>&1 ||
    { tail -n 20 "$log_file" >&2; die "formatting the storage failed"; }
}

fail_start() {
  local pid=$1 why=$2
  say "$why; last lines of $log_file:"
  tail -n 40 "$log_file" >&2 || true
  kill -TERM "$pid" 2>/dev/null && sleep 2 && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  exit 1
}

cmd_start() {
  mkdir -p "$run_dir"
  exec 9>"$run_dir/.lock"
  flock 9 # two concurrent starts: the second waits, then finds the first broker running
  local pid
  if pid=$(running_pid); then
    say "already running (pid $pid) at $(<"$run_dir/bootstrap")"
    cat "$run_dir/bootstrap"
    return 0
  fi
  fetch_jars
  local p
  for p in "$port" "$controller_port" $sasl_port $sasl_ssl_port; do
    port_in_use "$p" && die "port $p on 127.0.0.1 is already in use; choose others with KAFKA_PORT / KAFKA_CONTROLLER_PORT"
  done
  write_config
  : >"$log_file"
  format_storage
  say "starting Kafka $version on 127.0.0.1:$port (log: $log_file)"
  pid=$(launch_kafka "$run_dir/server.properties" "$log_file" "$heap_opts" "$run_dir")
  echo "$pid" >"$pid_file"
  local deadline=$((SECONDS + start_timeout))
  until grep -q 'Kafka Server started' "$log_file"; do
    kill -0 "$pid" 2>/dev/null || fail_start "$pid" "the broker exited during start-up"
    ((SECONDS < deadline)) || fail_start "$pid" "the broker did not start within ${start_timeout}s"
    sleep 0.2
  done
  # The log line comes after request processing is enabled; a real AdminClient round trip confirms it.
  local left=$((deadline - SECONDS))
  ((left > 5)) || left=5
  probe_ready "127.0.0.1:$port" "$left" >>"$log_file" 2>&1 ||
    fail_start "$pid" "the broker logged its start but does not answer requests"
  if [[ $authorizer == 1 ]]; then
    "$java_bin" -Xmx128m -cp "$probe_dir:$lib_dir/*" KafkaAcls "127.0.0.1:$port" 30000 >>"$log_file" 2>&1 ||
      fail_start "$pid" "the ACLs for alice could not be created"
  fi
  echo "127.0.0.1:$port" >"$run_dir/bootstrap"
  say "ready (pid $pid) at 127.0.0.1:$port${sasl_port:+, SASL_PLAINTEXT at 127.0.0.1:$sasl_port}${sasl_ssl_port:+, SASL_SSL at 127.0.0.1:$sasl_ssl_port}"
  echo "127.0.0.1:$port"
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    say "not running"
    rm -f "$pid_file"
    return 0
  fi
  say "stopping pid $pid"
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  say "stopped"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    echo "running (pid $pid) at $(cat "$run_dir/bootstrap" 2>/dev/null || echo "127.0.0.1:$port, starting")"
    return 0
  fi
  echo "not running"
  return 3
}

cmd_reset() {
  cmd_stop
  rm -rf "$run_dir/data" "$run_dir/tls"
  say "data deleted"
}

# Kafka's ConsumerGroupCommand (the class behind kafka-consumer-groups.sh since 3.7) with this broker as bootstrap.
cmd_consumer_groups() {
  require_tools
  if [[ ! -f $tools_dir/.complete ]]; then
    require_tools mvn
    say "fetching kafka-tools $version from Maven Central into $tools_dir"
    rm -rf "$tools_dir" && mkdir -p "$tools_dir"
    mvn -B -q -f "$here/kafka/pom-tools.xml" -Dkafka.version="$version" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tools_dir" >&2 ||
      die "Maven could not fetch org.apache.kafka:kafka-tools:$version (see the output above)"
    touch "$tools_dir/.complete"
  fi
  running_pid >/dev/null || die "no broker of $run_dir is running"
  "$java_bin" -Xmx256m -cp "$tools_dir/*" org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "127.0.0.1:$port" "$@"
}

# Kafka's ConfigCommand (the class behind kafka-configs.sh), from the broker's own jars.
cmd_configs() {
  require_tools
  running_pid >/dev/null || die "no broker of $run_dir is running"
  "$java_bin" -Xmx256m -Dlog4j2.level=WARN -cp "$lib_dir/*" kafka.admin.ConfigCommand --bootstrap-server "127.0.0.1:$port" "$@"
}

case ${1:-} in
  fetch) fetch_jars ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  log) echo "$log_file" ;;
  consumer-groups) shift && cmd_consumer_groups "$@" ;;
  configs) shift && cmd_configs "$@" ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 2
    ;;
esac
