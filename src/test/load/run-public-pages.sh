#!/usr/bin/env bash
# Every public page and the open-data calls on a database filled by the generator (issue 19 item 1), to compare
# 10,000 with 1,000,000 complaints. Needs wrk and a packaged portal:
#   ./mvnw -Pgenerate-data -Dcomplaints=1000000      (portal stopped; fills ./data/postgres)
#   ./mvnw -DskipTests package
#   PORTAL_ARGS=--portal.embedded-database.data-directory=<folder> bash src/test/load/run-public-pages.sh [seconds=10] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-10}
connections=${2:-16}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
# shellcheck disable=SC2086
start_portal "$log" ${PORTAL_ARGS:-}

base="http://localhost:$port"
list=$(curl -s "$base/laporan")
number=$(echo "$list" | grep -o 'href="/lacak/[0-9A-Z]*"' | head -1 | sed 's#.*/lacak/##; s/"//')
[ -n "$number" ] || { echo "No public complaint found (run the generator first)" >&2; exit 1; }
echo "$(echo "$list" | grep -o 'data-results>[^<]*' | sed 's/data-results>//'); tracking page of $number"
paths=("/" "/lapor" "/instansi" "/instansi/pemda-32.73" "/lacak/$number" "/laporan" "/laporan?page=40"
       "/laporan?q=jalan+rusak" "/laporan?province=32" "/laporan?category=JALAN-KABUPATEN"
       "/laporan?agency=pemda-32.73" "/api/v1/complaints/$number" "/api/v1/agencies/pemda-32.73")
for path in "${paths[@]}"; do wrk -t1 -c4 -d4s "$base$path" > /dev/null; done
for path in "${paths[@]}"; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$base$path")
    echo "$path | $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s | p99 $(echo "$out" | awk '$1 == "99%" {print $2}')" \
         "$(echo "$out" | grep -E 'Non-2xx|Socket' | tr '\n' ' ')"
done
