# Sourced by scripts/kafka-broker.sh and scripts/kafka-cluster.sh: the Kafka runtime from Maven Central jars (fetched
# once per version into a cache every clone shares), the JDK to run it with, and the readiness probe.
# The sourcing script sets `here` (the scripts directory) and `script_name` (its prefix on messages) first.
# Environment: KAFKA_VERSION [4.1.1], KAFKA_CACHE_DIR [~/.cache/kafka-grpc-gateway], JAVA_HOME.

version=${KAFKA_VERSION:-4.1.1}
cache_dir=${KAFKA_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kafka-grpc-gateway}
lib_dir="$cache_dir/kafka-$version/lib"
probe_dir="$cache_dir/kafka-$version/probe"
tools_dir="$cache_dir/kafka-$version/tools"
major=${version%%.*}

say() { echo "$script_name: $*" >&2; }
die() { say "$*"; exit 1; }

# JAVA_HOME, when set, chooses the JDK (as Kafka's own scripts do); otherwise java is taken from PATH.
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac_bin=${JAVA_HOME:+$JAVA_HOME/bin/}javac

# require_tools [mvn]: java always; Maven only when jars must be fetched.
require_tools() {
  local missing=()
  command -v "$java_bin" >/dev/null || missing+=("$java_bin")
  [[ ${1:-} != mvn ]] || command -v mvn >/dev/null || missing+=(mvn)
  if ((${#missing[@]})); then
    die "${missing[*]} not found: the embedded broker needs Java 17+ and Maven. Install them, or point the gateway at an existing broker with --brokers host:port (or KAFKA_BROKERS)."
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The broker's runtime classpath into $lib_dir and the readiness probe into $probe_dir, unless already there.
fetch_jars() {
  require_tools
  if [[ -f $lib_dir/.complete && -f $probe_dir/KafkaReady.class && -f $probe_dir/KafkaAcls.class ]]; then return 0; fi
  # Jars fetched before a probe was added: compile the probes only.
  if [[ -f $lib_dir/.complete ]]; then compile_probes && return 0; fi
  require_tools mvn
  local pom="$here/kafka/pom-4.xml"
  ((major >= 4)) || pom="$here/kafka/pom-3.xml"
  say "fetching Apache Kafka $version from Maven Central into $lib_dir"
  rm -rf "$lib_dir" "$probe_dir"
  mkdir -p "$lib_dir" "$probe_dir"
  # The plugin version is pinned: Maven 3.8's default binding resolves to the ancient 2.8.
  mvn -B -q -f "$pom" -Dkafka.version="$version" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib_dir" >&2 ||
    die "Maven could not fetch org.apache.kafka:kafka_2.13:$version (see the output above)"
  ls "$lib_dir"/kafka_2.13-*.jar >/dev/null 2>&1 || die "no kafka_2.13 jar in $lib_dir after the fetch"
  if ls "$lib_dir"/slf4j-api-2.* >/dev/null 2>&1; then
    say "warning: slf4j-api 2.x found; log4j-slf4j-impl will not bind and the broker will log nothing"
  fi
  compile_probes
  touch "$lib_dir/.complete"
  say "fetched $(ls "$lib_dir" | wc -l) jars, $(du -sh "$lib_dir" | cut -f1)"
}

# The readiness probe, and the ACL setup of KAFKA_AUTHORIZER=1.
compile_probes() {
  mkdir -p "$probe_dir"
  "$javac_bin" -nowarn -cp "$lib_dir/*" -d "$probe_dir" "$here/kafka/KafkaReady.java" "$here/kafka/KafkaAcls.java" >&2
}

log_opts() {
  if ((major >= 4)); then echo "-Dlog4j2.configurationFile=$here/kafka/log4j2.properties"; else echo "-Dlog4j.configuration=file:$here/kafka/log4j.properties"; fi
}

# random_cluster_id: a new KRaft cluster id.
random_cluster_id() {
  "$java_bin" -Xmx256m $(log_opts) -cp "$lib_dir/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1
}

# probe_ready BOOTSTRAP SECONDS: a real AdminClient round trip (an open port only means the socket is bound).
probe_ready() {
  "$java_bin" -Xmx128m -cp "$probe_dir:$lib_dir/*" KafkaReady "$1" "$(($2 * 1000))"
}

# launch_kafka PROPERTIES LOG HEAP_OPTS RUN_DIR: starts kafka.Kafka in its own session (it outlives the script and
# is not hit by a Ctrl-C meant for the caller); prints its pid.
launch_kafka() {
  setsid "$java_bin" $3 -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dkafka.logs.dir="$4" -Djava.io.tmpdir="$4" $(log_opts) \
    -cp "$lib_dir/*" kafka.Kafka "$1" >>"$2" 2>&1 </dev/null 9>&- &
  echo $!
}
