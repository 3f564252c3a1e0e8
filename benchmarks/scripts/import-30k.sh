#!/usr/bin/env bash
# Times a 30,000-row people import through the real HTTP API.
# Usage: start Lanyard with LANYARD_BOOTSTRAP_TOKEN set, then
#   LANYARD_BOOTSTRAP_TOKEN=... benchmarks/scripts/import-30k.sh [http://localhost:8080]
set -euo pipefail
base=${1:-http://localhost:8080}
token=${LANYARD_BOOTSTRAP_TOKEN:?set LANYARD_BOOTSTRAP_TOKEN to the value Lanyard was started with}
slug="bench-$(date +%s)"
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT

python3 - "$file" <<'PY'
import random, sys
random.seed(30000)
first = ["Amelia","Oliver","Isla","George","Ava","Noah","Mia","Leo","Ivy","Oscar","Grace","Jack","Aisha","Idris","Zofia","Tomasz"]
last = ["Smith","Jones","Taylor","Brown","Patel","Khan","Nowak","Begum","Hill","Wood","Price","Reid","O'Neill","Zieliński"]
years = ["R","1","2","3","4","5","6"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("external_id,role,first_name,last_name,preferred_name,year_group,date_of_birth,email,linked_pupils\n")
    pupils = 20000
    for i in range(pupils):
        f.write(f"P{i:05d},PUPIL,{random.choice(first)},\"{random.choice(last)}\",,{random.choice(years)},2017-0{random.randint(1,9)}-1{random.randint(0,9)},,\n")
    for i in range(9000):
        kids = ";".join(f"P{random.randrange(pupils):05d}" for _ in range(random.randint(1, 2)))
        f.write(f"C{i:05d},PARENT,{random.choice(first)},\"{random.choice(last)}\",,,,parent{i}@example.com,{kids}\n")
    for i in range(1000):
        f.write(f"S{i:04d},STAFF,{random.choice(first)},\"{random.choice(last)}\",,,,staff{i}@school.example,\n")
PY

curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"slug\":\"$slug\",\"name\":\"Benchmark school\",\"policyPack\":\"lache-2020\"}" "$base/api/v1/schools" >/dev/null
echo "rows: $(($(wc -l < "$file") - 1))"
for attempt in first repeat; do
  start=$(date +%s.%N)
  result=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$file" "$base/api/v1/schools/$slug/people")
  end=$(date +%s.%N)
  printf '%s import: %.2f s  %s\n' "$attempt" "$(echo "$end - $start" | bc)" "$result"
done
