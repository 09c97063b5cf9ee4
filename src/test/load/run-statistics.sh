#!/usr/bin/env bash
# Statistics at scale (issue 14): every statistics page and API call for the nation, a province with its subtree,
# a city and a unit, public and on the staff dashboard, then the national year's CSV and XLSX exports with the portal's
# resident memory. On a database filled by the generator and applied (first start, or --portal.statistics.rebuild=true):
#   PORTAL_EMBEDDEDDATABASE_DATADIRECTORY=<folder> ./mvnw -Pgenerate-data -Dcomplaints=1000000
#   ./mvnw -DskipTests package
#   PORTAL_ARGS=--portal.embedded-database.data-directory=<folder> bash src/test/load/run-statistics.sh [seconds=15] [connections=4]
# The kept public pages are switched off, so every request computes its figures. Start it on a database whose
# roll-up is current (a new measure rebuilds it in the first batch after a start: "Statistics roll-up built").
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-4}
year=${YEAR:-$(date +%Y)}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
# shellcheck disable=SC2086
start_portal "$log" --portal.pages.server-cache-ttl=PT0S ${PORTAL_ARGS:-}
base="http://localhost:$port"
period="dari=$year-01-01&sampai=$year-12-31"
public=("/statistik?$period" "/statistik/instansi/pemda-32?$period" "/statistik/instansi/pemda-32.73?$period"
        "/statistik/instansi/pemda-32.73/DISDIK?$period" "/statistik/metode" "/api/v1/statistics?from=$year-01-01&to=$year-12-31"
        "/api/v1/statistics?agency=pemda-32&from=$year-01-01&to=$year-12-31"
        "/statistik/laporan?$period&ukuran=completionRate")
staff=("/admin/statistik?$period" "/admin/statistik?instansi=pemda-32&$period")
run() { # run <path>: warm-up, then the measured run with p50/p90/p95/p99
    wrk -t1 -c"$connections" -d3s "$base$1" > /dev/null
    echo "$1 | $(wrk -t2 -c"$connections" -d"${seconds}s" -s src/test/load/p95.lua "$base$1" | tr '\n' ' ')"
}
export SESSION_COOKIE=""
for path in "${public[@]}"; do run "$path"; done
export SESSION_COOKIE=$(sign_in beban.nasional@sp4n.test)
[ -n "$SESSION_COOKIE" ] || { echo "Could not sign in as the national desk (run the generator first)" >&2; exit 1; }
for path in "${staff[@]}"; do run "$path"; done
rss() { echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$portal/status") / 1024 )) MB"; }
for export in "isi=laporan&format=csv" "isi=laporan&format=xlsx"; do
    echo "RSS before: $(rss)"
    out=$(mktemp)
    seconds_taken=$( { /usr/bin/time -f %e curl -s -o "$out" "$base/statistik/ekspor?$period&$export"; } 2>&1 )
    rows=$([ "${export#*format=}" = csv ] && echo $(( $(wc -l < "$out") - 1 )) || echo "(xlsx)")
    echo "export $export: $(stat -c %s "$out") bytes, $rows rows, ${seconds_taken} s, RSS after: $(rss)"
    rm -f "$out"
done
