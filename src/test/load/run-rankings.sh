#!/usr/bin/env bash
# Rankings and grades at scale (issue 15): the first visit of a period computes the ranking of every body (its time is
# the log line "Ranking … computed for N bodies in T ms"), then every ranking page, the class lists and Kemendagri's
# grade pages, with the kept public pages switched off so every request reads the kept ranking itself.
#   ./mvnw -DskipTests package
#   PORTAL_ARGS=--portal.embedded-database.data-directory=<folder> YEAR=2025 [SIGN_IN_EMAIL=… SIGN_IN_PASSWORD=…] \
#   bash src/test/load/run-rankings.sh [seconds=15] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-15}
connections=${2:-4}
year=${YEAR:-$(date +%Y)}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
# shellcheck disable=SC2086
start_portal "$log" --portal.pages.server-cache-ttl=PT0S --logging.level.id.sp4n.portal.evaluation=INFO ${PORTAL_ARGS:-}
base="http://localhost:$port"
curl -s -o /dev/null -w "first visit of $year: %{time_total} s\n" "$base/peringkat?periode=$year"
grep -o "Ranking $year with method [0-9]* computed for [0-9]* bodies in [0-9]* ms" "$log" || echo "(kept from before)"
public=("/peringkat?periode=$year" "/peringkat/kelas/kota?periode=$year" "/peringkat/kelas/unit-layanan?periode=$year"
        "/peringkat/kelas/unit-layanan?periode=$year&halaman=100" "/peringkat/metode")
staff=("/admin/predikat?periode=$year" "/admin/predikat?periode=$year&urut=nama" "/admin/predikat/pemda-32.73?periode=$year")
run() { # run <path>: warm-up, then the measured run with p50/p90/p95/p99
    wrk -t1 -c"$connections" -d3s -s src/test/load/p95.lua "$base$1" > /dev/null
    echo "$1 | $(wrk -t2 -c"$connections" -d"${seconds}s" -s src/test/load/p95.lua "$base$1" | tr '\n' ' ')"
}
export SESSION_COOKIE=""
for path in "${public[@]}"; do run "$path"; done
export SESSION_COOKIE=$(sign_in "${SIGN_IN_EMAIL:-beban.nasional@sp4n.test}")
[ -n "$SESSION_COOKIE" ] || { echo "Could not sign in as the national desk" >&2; exit 1; }
for path in "${staff[@]}"; do run "$path"; done
