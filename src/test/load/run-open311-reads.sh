#!/usr/bin/env bash
# Issue 16: the Open311 and connected-system reads at scale, p95 at 4 connections. Needs wrk, a packaged portal and a
# database filled by the generator:
#   ./mvnw -Pgenerate-data -Dcomplaints=1000000      (portal stopped; fills ./data/postgres)
#   ./mvnw -DskipTests package
#   PORTAL_ARGS=--portal.embedded-database.data-directory=<folder> bash src/test/load/run-open311-reads.sh [seconds=15] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-4}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
# shellcheck disable=SC2086
start_portal "$log" ${PORTAL_ARGS:-}
base="http://localhost:$port"

# Read keys of a regency (Kota Bandung) and of its province (Jawa Barat, 600-odd agencies in its subtree), made by the
# national demo admin.
admin=$(mktemp)
token=$(curl -s -c "$admin" -b "$admin" "$base/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$admin" -b "$admin" -o /dev/null -d "email=admin@sp4n.test" -d "password=demo-sp4n-2026" \
    -d "_csrf=$token" "$base/masuk"
read_key() {
    local token
    token=$(curl -s -c "$admin" -b "$admin" "$base/admin/integrasi" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -c "$admin" -b "$admin" -d "_csrf=$token" -d "name=Beban baca $1" -d "agencyCode=$1" \
        -d "access=READ" -d "callsPerMinute=60000" "$base/admin/integrasi" | grep -o 'value="sp4n_[^"]*"' | sed 's/value="//;s/"//'
}
regency_key=$(read_key pemda-32.73)
province_key=$(read_key pemda-32)
[ -n "$regency_key" ] && [ -n "$province_key" ] || { echo "No key issued" >&2; exit 1; }

number=$(curl -s "$base/open311/v2/requests.json?start_date=2000-01-01&page_size=1" | grep -o '"service_request_id":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$number" ] || { echo "No public complaint found (run the generator first)" >&2; exit 1; }
month_ago=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)
year_ago=$(date -u -d '365 days ago' +%Y-%m-%d)
echo "$(curl -s "$base/api/v1/agencies?size=1" >/dev/null; echo "requests of $number")"
public=("/open311/v2/requests.json" "/open311/v2/requests.xml" "/open311/v2/requests.json?start_date=$year_ago"
        "/open311/v2/requests.json?start_date=$year_ago&service_code=JALAN-KABUPATEN"
        "/open311/v2/requests.json?start_date=$year_ago&status=open&page=5"
        "/open311/v2/requests.json?updated_after=$month_ago&page_size=100"
        "/open311/v2/requests.json?updated_after=$month_ago&page_size=100&page=20"
        "/open311/v2/requests/$number.json" "/open311/v2/servicerequestupdates.json?page_size=100"
        "/open311/v2/services.json")
keyed=("/api/v1/integration/complaints" "/api/v1/integration/complaints?updatedAfter=$month_ago")
for path in "${public[@]}" "${keyed[@]}"; do wrk -t1 -c2 -d3s -H "X-API-Key: $province_key" "$base$path" > /dev/null; done
for path in "${public[@]}"; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s src/test/load/p95.lua "$base$path")
    echo "$path | $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s | $(echo "$out" | grep -E '^p(50|95|99)' | tr '\n' ' ') $(echo "$out" | grep -E 'Non-2xx|Socket' | tr '\n' ' ')"
done
for path in "${keyed[@]}"; do for who in regency province; do
    key_name=${who}_key
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "X-API-Key: ${!key_name}" -s src/test/load/p95.lua "$base$path")
    echo "$path ($who key) | $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s | $(echo "$out" | grep -E '^p(50|95|99)' | tr '\n' ' ') $(echo "$out" | grep -E 'Non-2xx|Socket' | tr '\n' ' ')"
done; done
