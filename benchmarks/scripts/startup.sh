#!/usr/bin/env bash
# Measures start-up of the executable jar to a healthy /actuator/health, and resident memory once idle.
# Usage: benchmarks/scripts/startup.sh [data-dir]   (an empty or missing data dir measures a first start with demo data)
set -euo pipefail
jar=${JAR:-app/target/lanyard.jar}
data=${1:-$(mktemp -d)/data}
port=${PORT:-18080}
start=$(date +%s.%N)
LANYARD_DATA_DIR="$data" PORT=$port java ${JAVA_OPTS:-} -jar "$jar" > "${LOG:-/tmp/lanyard-startup.log}" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "Lanyard exited; see ${LOG:-/tmp/lanyard-startup.log}"; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
printf 'healthy after: %.2f s (data dir %s)\n' "$(echo "$end - $start" | bc)" "$data"
sleep ${IDLE_SECONDS:-20}
rss_kb=$(ps -o rss= -p $pid)
# pg_ctl daemonises the postmaster, so find it by its data directory; its workers are its children.
# Summing RSS counts PostgreSQL's shared memory once per process: an upper bound.
postmaster=$(pgrep -f -- "-D $(realpath "$data")" | head -n 1 || true)
pg_kb=0
if [ -n "$postmaster" ]; then
  pg_kb=$( (ps -o rss= -p "$postmaster"; ps --ppid "$postmaster" -o rss= || true) | awk '{s+=$1} END {print s+0}')
fi
printf 'resident memory at idle: JVM %d MB, embedded PostgreSQL %d MB (sum of RSS)\n' $((rss_kb / 1024)) $((pg_kb / 1024))
# PSS shares each shared page between the processes that map it: the honest total for Lanyard and its database together
pss_kb=$( (echo $pid; [ -n "$postmaster" ] && echo "$postmaster" && ps --ppid "$postmaster" -o pid= || true) | while read -r p; do
  awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done | awk '{s+=$1} END {print s+0}')
printf 'proportional memory (PSS) at idle, Lanyard and its PostgreSQL together: %d MB\n' $((pss_kb / 1024))
