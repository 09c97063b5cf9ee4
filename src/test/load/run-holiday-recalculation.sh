#!/usr/bin/env bash
# How long the open time limits take to follow a national holiday change (issue 18), on a database filled by the
# generator: the national admin adds a collective-leave day, every open complaint with a limit on or after it is
# recomputed (the moved ones get a DEADLINE_MOVED entry), then the day is removed and they move back.
#   ./mvnw -Pgenerate-data -Dcomplaints=1000000      (portal stopped; fills ./data/postgres)
#   ./mvnw -DskipTests package
#   bash src/test/load/run-holiday-recalculation.sh [day=tomorrow]
# The generator gives open complaints (filed in the last 60 days) their holder's limit only, so the day should lie
# within the coming week for many limits to move.
set -uo pipefail
cd "$(dirname "$0")/../../.."
day=${1:-$(date -d tomorrow +%F)}
log=$(mktemp)
jar=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; cp "$log" /tmp/holiday-recalculation.log; rm -f "$log" "$jar"' EXIT
start_portal "$log" --logging.level.id.sp4n.portal.complaint.handling.DeadlineRecalculation=INFO

csrf() {
    curl -s -c "$jar" -b "$jar" "http://localhost:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"//'
}
curl -s -c "$jar" -b "$jar" -o /dev/null -d "email=beban.nasional@sp4n.test" -d "password=beban-inbox-2026" \
    -d "_csrf=$(csrf /masuk)" "http://localhost:$port/masuk"

recalculations() {
    grep -c "Holidays changed from $day" "$log" || true
}

# Waits for the recalculation after the request (the one more than $2 for this day) and prints it with its duration.
await_recalculation() {
    local started=$1 before=$2
    until [ "$(recalculations)" -gt "$before" ]; do sleep 0.2; done
    local line
    line=$(grep "Holidays changed from $day" "$log" | sed -n "$((before + 1))p")
    echo "$line" | sed 's/.*DeadlineRecalculation *: /  /'
    echo "  took $(echo "$(date -d "$(echo "$line" | cut -d' ' -f1)" +%s.%N) - $started" | bc) s from the admin's request"
}

# A run stopped before its recalculation finished leaves it in the event log; it is resubmitted at start.
sleep 15
echo "== adding collective leave on $day"
before=$(recalculations)
started=$(date +%s.%N)
curl -s -b "$jar" -c "$jar" -o /dev/null -w "  HTTP %{http_code} in %{time_total} s\n" \
    -d "day=$day" -d "kind=COLLECTIVE_LEAVE" -d "name=Cuti bersama uji beban" -d "legalBasis=Uji beban" \
    -d "_csrf=$(csrf "/admin/libur-nasional?year=${day:0:4}")" "http://localhost:$port/admin/libur-nasional"
await_recalculation "$started" "$before"

id=$(curl -s -b "$jar" "http://localhost:$port/admin/libur-nasional?year=${day:0:4}" \
    | awk -v day="data-day=\"$day\"" 'index($0, day) {inside = 1} inside && /<\/tr>/ {inside = 0} inside' \
    | grep -o '/admin/libur-nasional/[0-9]*/hapus' | head -1 | grep -o '[0-9][0-9]*')
echo "== removing it again (holiday $id)"
before=$(recalculations)
started=$(date +%s.%N)
curl -s -b "$jar" -c "$jar" -o /dev/null -w "  HTTP %{http_code} in %{time_total} s\n" \
    -d "_csrf=$(csrf "/admin/libur-nasional?year=${day:0:4}")" "http://localhost:$port/admin/libur-nasional/$id/hapus"
await_recalculation "$started" "$before"
