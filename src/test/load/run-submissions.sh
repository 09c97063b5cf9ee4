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
port=18080
java -Xms1g -Xmx2g ${PORTAL_JAVA_OPTS:-} -jar target/sp4n-portal-*.jar --server.port=$port \
    --portal.embedded-database.data-directory="$data/postgres" --portal.intake.submissions-per-hour=0 ${PORTAL_ARGS:-} \
    --logging.level.root=WARN --logging.level.id.sp4n.portal.system.database=INFO > "$data/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && break
    sleep 1
done
jar=$(mktemp)
form=$(curl -s -c "$jar" "http://localhost:$port/lapor")
export CSRF_TOKEN=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export CSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
export INCIDENT_DATE=$(date -d yesterday +%F)
# Warm up the JIT and the connection pools (WARMUP seconds, default 10), let the routing listeners catch up
# with the warm-up's complaints, then measure.
wrk -t2 -c"$connections" -d"${WARMUP:-10}s" -s src/test/load/submit.lua "http://localhost:$port" >/dev/null
sleep 20
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s src/test/load/submit.lua "http://localhost:$port"
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
