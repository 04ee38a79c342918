#!/usr/bin/env bash
# A three-node Apache Kafka cluster (KRaft) on 127.0.0.1, from the same Maven Central jars as kafka-broker.sh.
# Each node runs in combined mode (broker and controller in one JVM) and the three form the controller quorum, so
# the cluster keeps its quorum and its partition leaders with any one node down.
#
#   scripts/kafka-cluster.sh start      start the nodes not running (formatting them on first use), wait until all serve
#   scripts/kafka-cluster.sh start N    start node N (1-3) and wait until it serves
#   scripts/kafka-cluster.sh stop       SIGTERM every node this run dir started (SIGKILL after 30 s)
#   scripts/kafka-cluster.sh stop N     the same for node N
#   scripts/kafka-cluster.sh kill N     SIGKILL node N: a crash, for fault tests
#   scripts/kafka-cluster.sh status     one line per node; exit 0 if all run, 3 if none, 4 if some
#   scripts/kafka-cluster.sh reset      stop, then delete the data
#   scripts/kafka-cluster.sh log N      print node N's log file path
#
# `start` prints progress on stderr and the bootstrap list alone on stdout.
# Environment (defaults in brackets):
#   KAFKA_CLUSTER_PORT [19500]             node N's client listener is this + N - 1
#   KAFKA_CLUSTER_CONTROLLER_PORT [19510]  node N's controller listener is this + N - 1
#   KAFKA_CLUSTER_DIR [<repo>/.kafka/cluster]  config, data, log and pid of each node (node-N/)
#   KAFKA_START_TIMEOUT [120]  KAFKA_HEAP_OPTS [-Xms256m -Xmx384m]  KAFKA_VERSION  KAFKA_CACHE_DIR  JAVA_HOME
# Topics default to replication factor 3 and min.insync.replicas=2, as do the internal topics.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
script_name=kafka-cluster
# shellcheck source=kafka/jars.sh
source "$here/kafka/jars.sh"

base_port=${KAFKA_CLUSTER_PORT:-19500}
base_controller_port=${KAFKA_CLUSTER_CONTROLLER_PORT:-19510}
run_dir=${KAFKA_CLUSTER_DIR:-$repo/.kafka/cluster}
start_timeout=${KAFKA_START_TIMEOUT:-120}
heap_opts=${KAFKA_HEAP_OPTS:--Xms256m -Xmx384m}
nodes=(1 2 3)

port_of() { echo $((base_port + $1 - 1)); }
controller_port_of() { echo $((base_controller_port + $1 - 1)); }
node_dir() { echo "$run_dir/node-$1"; }
bootstrap() {
  local n list=()
  for n in "${nodes[@]}"; do list+=("127.0.0.1:$(port_of "$n")"); done
  local IFS=,
  echo "${list[*]}"
}

# The pid of node N if this run dir started it and it is alive: its command line names the node's own config.
running_pid() {
  local pid_file
  pid_file="$(node_dir "$1")/kafka.pid"
  [[ -f $pid_file ]] || return 1
  local pid
  pid=$(<"$pid_file")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "kafka.Kafka $(node_dir "$1")/server.properties" && echo "$pid"
}

check_node() {
  [[ ${1:-} =~ ^[123]$ ]] || { say "a node is 1, 2 or 3, got '${1:-}'"; exit 2; }
}

write_config() {
  local n=$1 dir voters="" m
  dir=$(node_dir "$n")
  for m in "${nodes[@]}"; do voters+="${voters:+,}$m@127.0.0.1:$(controller_port_of "$m")"; done
  mkdir -p "$dir"
  cat >"$dir/server.properties" <<EOF
# Written by scripts/kafka-cluster.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
controller.listener.names=CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$(port_of "$n"),CONTROLLER://127.0.0.1:$(controller_port_of "$n")
advertised.listeners=PLAINTEXT://127.0.0.1:$(port_of "$n")
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/data
num.partitions=3
default.replication.factor=3
min.insync.replicas=2
auto.create.topics.enable=true
offsets.topic.replication.factor=3
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
# A killed node's partitions must move soon, and it must be fenced soon: the defaults are 18 s and 9 s.
broker.session.timeout.ms=6000
broker.heartbeat.interval.ms=1000
# No 3 s wait on every first join of a classic group.
group.initial.rebalance.delay.ms=0
# An unclean leader would lose acknowledged records: never.
unclean.leader.election.enable=false
log.cleaner.dedupe.buffer.size=16777216
num.network.threads=2
num.io.threads=2
EOF
}

# Every node is formatted with the one cluster id, kept in the run dir.
format_node() {
  local n=$1 dir
  dir=$(node_dir "$n")
  [[ -f $dir/data/meta.properties ]] && return 0
  [[ -f $run_dir/cluster.id ]] || random_cluster_id >"$run_dir/cluster.id"
  say "formatting node $n"
  "$java_bin" -Xmx256m $(log_opts) -cp "$lib_dir/*" kafka.tools.StorageTool format -t "$(<"$run_dir/cluster.id")" \
    -c "$dir/server.properties" >>"$dir/kafka.log" 2>&1 || { tail -n 20 "$dir/kafka.log" >&2; die "formatting node $n failed"; }
}

# Starts node N's JVM unless it runs; does not wait.
launch_node() {
  local n=$1 dir pid p
  dir=$(node_dir "$n")
  if pid=$(running_pid "$n"); then
    say "node $n already running (pid $pid)"
    return 0
  fi
  for p in "$(port_of "$n")" "$(controller_port_of "$n")"; do
    port_in_use "$p" && die "port $p on 127.0.0.1 is already in use; choose others with KAFKA_CLUSTER_PORT / KAFKA_CLUSTER_CONTROLLER_PORT"
  done
  write_config "$n"
  : >"$dir/kafka.log"
  format_node "$n"
  say "starting node $n on 127.0.0.1:$(port_of "$n") (log: $dir/kafka.log)"
  pid=$(launch_kafka "$dir/server.properties" "$dir/kafka.log" "$heap_opts" "$dir")
  echo "$pid" >"$dir/kafka.pid"
}

# Waits until node N logged its start and answers an AdminClient; a node that dies meanwhile fails the wait.
await_node() {
  local n=$1 deadline=$2 dir pid
  dir=$(node_dir "$n")
  pid=$(<"$dir/kafka.pid")
  until grep -q 'Kafka Server started' "$dir/kafka.log"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$dir/kafka.log" >&2; die "node $n exited during start-up"; }
    ((SECONDS < deadline)) || { tail -n 30 "$dir/kafka.log" >&2; die "node $n did not start within ${start_timeout}s"; }
    sleep 0.2
  done
  local left=$((deadline - SECONDS))
  ((left > 5)) || left=5
  probe_ready "127.0.0.1:$(port_of "$n")" "$left" >>"$dir/kafka.log" 2>&1 || die "node $n logged its start but does not answer requests"
  say "node $n ready (pid $pid) at 127.0.0.1:$(port_of "$n")"
}

cmd_start() {
  mkdir -p "$run_dir"
  exec 9>"$run_dir/.lock"
  flock 9
  fetch_jars
  local list=("$@") n
  ((${#list[@]})) || list=("${nodes[@]}")
  # All at once: a node's start completes only once a majority of the quorum is up.
  for n in "${list[@]}"; do launch_node "$n"; done
  local deadline=$((SECONDS + start_timeout))
  for n in "${list[@]}"; do await_node "$n" "$deadline"; done
  bootstrap
}

stop_node() {
  local n=$1 signal=$2 pid i
  if ! pid=$(running_pid "$n"); then
    say "node $n not running"
    rm -f "$(node_dir "$n")/kafka.pid"
    return 0
  fi
  say "node $n: $signal to pid $pid"
  kill "-$signal" "$pid"
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "node $n still running after 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(node_dir "$n")/kafka.pid"
}

cmd_stop() {
  local n
  if (($#)); then
    stop_node "$1" TERM
    return
  fi
  # All at once: a node stopping last, alone, would wait for a quorum that is gone.
  for n in "${nodes[@]}"; do stop_node "$n" TERM & done
  wait
}

cmd_status() {
  local n pid up=0
  for n in "${nodes[@]}"; do
    if pid=$(running_pid "$n"); then
      echo "node $n running (pid $pid) at 127.0.0.1:$(port_of "$n")"
      up=$((up + 1))
    else
      echo "node $n not running"
    fi
  done
  ((up == ${#nodes[@]})) && return 0
  ((up == 0)) && return 3
  return 4
}

case ${1:-} in
  start)
    [[ -z ${2:-} ]] || check_node "$2"
    cmd_start ${2:+"$2"}
    ;;
  stop)
    [[ -z ${2:-} ]] || check_node "$2"
    cmd_stop ${2:+"$2"}
    ;;
  kill) check_node "${2:-}" && stop_node "$2" KILL ;;
  status) cmd_status ;;
  reset) cmd_stop && rm -rf "$run_dir" && say "data deleted" ;;
  log) check_node "${2:-}" && echo "$(node_dir "$2")/kafka.log" ;;
  bootstrap) bootstrap ;;
  *)
    sed -n '2,14p' "$0" >&2
    exit 2
    ;;
esac
