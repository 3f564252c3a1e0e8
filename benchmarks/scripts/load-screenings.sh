#!/usr/bin/env bash
# Load test of POST /api/v1/schools/{slug}/screenings with 300-character comments, using wrk (Debian package `wrk`).
# Starts the packaged jar on a fresh embedded database, loads a 2,000-person roster, then runs wrk.
# Usage: benchmarks/scripts/load-screenings.sh [duration, default 30s] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30s}
connections=${2:-32}
port=${PORT:-18081}
export LANYARD_BOOTSTRAP_TOKEN=load-test-token-0123456789
data=$(mktemp -d)
LANYARD_DATA_DIR="$data/data" LANYARD_DEMO=false PORT=$port java ${JAVA_OPTS:-} -jar app/target/lanyard.jar > "$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -sf "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
base="http://localhost:$port"
auth="Authorization: Bearer $LANYARD_BOOTSTRAP_TOKEN"
export SLUG=loadtest
curl -sf -H "$auth" -H 'Content-Type: application/json' -d '{"slug":"loadtest","name":"Load Test Primary","policyPack":"little-eaton-2024"}' "$base/api/v1/schools" >/dev/null
python3 - "$data/people.csv" <<'PY'
import random, sys
random.seed(2000)
first = ["Amelia","Oliver","Isla","George","Ava","Noah","Mia","Leo","Ivy","Oscar","Grace","Jack","Aisha","Idris","Zofia","Tomasz","Rowan","Hope","Summer","Miles"]
last = ["Smith","Jones","Taylor","Brown","Patel","Khan","Nowak","Begum","Hill","Wood","Price","Reid","O'Neill","Cockburn","Dick","Pratt","Fisher","Mason"]
with open(sys.argv[1], "w") as f:
    f.write("external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n")
    for i in range(1400):
        f.write(f"P{i},PUPIL,{random.choice(first)},{random.choice(last)},,{random.choice('R123456')},,,\n")
    for i in range(500):
        f.write(f"C{i},PARENT,{random.choice(first)},{random.choice(last)},,,,c{i}@example.com,P{i}\n")
    for i in range(100):
        f.write(f"S{i},STAFF,{random.choice(first)},{random.choice(last)},,,,s{i}@loadtest.sch.uk,\n")
PY
curl -sf -H "$auth" -H 'Content-Type: text/csv' --data-binary @"$data/people.csv" "$base/api/v1/schools/loadtest/people"; echo
curl -sf -X PUT -H "$auth" -H 'Content-Type: application/json' -d '{"allowedLinkDomains":["loadtest.sch.uk","gov.uk"],"embargoTerms":["academy conversion","budget deficit"]}' "$base/api/v1/schools/loadtest/screening-settings" >/dev/null
# warm up the JIT and the school's screening context, then measure
wrk -t2 -c"$connections" -d10s -s benchmarks/scripts/screenings.lua "$base" >/dev/null
echo "measuring: $duration, $connections connections, 2 wrk threads, on $(nproc) cores shared by wrk, Lanyard and PostgreSQL"
wrk -t2 -c"$connections" -d"$duration" --latency -s benchmarks/scripts/screenings.lua "$base" | grep -E "requests:|throughput|^p[0-9]|Requests/sec|Non-2xx"
