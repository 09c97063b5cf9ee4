#!/usr/bin/env bash
# Load test of complaint submissions through the HTML form (see docs/benchmarks.md).
# Starts the packaged portal on a fresh embedded database with the submission quota off, takes one CSRF
# token, then runs wrk with 50 connections. Needs: wrk (apt-get install wrk), ./mvnw -DskipTests package.
#   bash src/test/load/run-submissions.sh [seconds=30] [connections=50]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-50}
data=$(mktemp -d)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -rf "$data"' EXIT
start_portal "$data/portal.log" --portal.embedded-database.data-directory="$data/postgres" \
    --portal.intake.submissions-per-hour=0 ${PORTAL_ARGS:-}
jar=$(mktemp)
form=$(curl -s -c "$jar" "http://localhost:$port/lapor")
export CSRF_TOKEN=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export CSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
export INCIDENT_DATE=$(date -d yesterday +%F)
# Warm up: first a few connections, so the JIT compilers get CPU to compile the hot paths (under full load
# from the start they starve and the first minute runs on slow code), then full load for WARMUP seconds
# (default 30). Let the routing listeners catch up with the warm-up's complaints, then measure.
wrk -t1 -c4 -d20s -s src/test/load/submit.lua "http://localhost:$port" >/dev/null
wrk -t2 -c"$connections" -d"${WARMUP:-30}s" -s src/test/load/submit.lua "http://localhost:$port" >/dev/null
sleep 20
cpu_ticks() { # CPU time so far of the portal and of all PostgreSQL processes, in clock ticks
    local db=0 t
    for p in $(pgrep -x postgres); do t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0); db=$((db + t)); done
    echo "$(awk '{print $14 + $15}' "/proc/$portal/stat") $db"
}
before=$(cpu_ticks)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s src/test/load/submit.lua "http://localhost:$port" | tee "$data/wrk.out"
after=$(cpu_ticks)
requests=$(grep -o '[0-9]* requests in' "$data/wrk.out" | cut -d' ' -f1)
read -r java_before db_before <<< "$before"
read -r java_after db_after <<< "$after"
tick_ms=$((1000 / $(getconf CLK_TCK)))
echo "CPU per request: portal $(( (java_after - java_before) * tick_ms * 1000 / requests )) µs," \
     "PostgreSQL $(( (db_after - db_before) * tick_ms * 1000 / requests )) µs"
sleep 5
echo "5 s after the run, and 10 s later:"
psql_url=$(grep -o 'jdbc:postgresql://localhost:[0-9]*/postgres' "$data/portal.log" | head -1 || true)
curl -s "http://localhost:$port/api/v1/agencies?size=1" >/dev/null
if command -v psql >/dev/null && [ -n "$psql_url" ]; then
    pgport=$(echo "$psql_url" | sed 's#.*localhost:\([0-9]*\)/.*#\1#')
    count() {
        psql -h localhost -p "$pgport" -U postgres -Atc \
            "select count(*) || ' stored, ' || count(*) filter (where routed_at is null) || ' not yet routed' from complaint"
    }
    count
    # How fast the routing listeners catch up once the load stops.
    sleep 10
    count
fi
