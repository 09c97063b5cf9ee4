#!/usr/bin/env bash
# Inbox speed at scale (issue 4): the first inbox page of a busy agency's officer and of the national desk,
# on a database filled by the generator. Needs wrk and a packaged portal:
#   ./mvnw -Pgenerate-data -Dcomplaints=1000000      (portal stopped; fills ./data/postgres)
#   ./mvnw -DskipTests package
#   bash src/test/load/run-inbox.sh [seconds=30] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-4}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
start_portal "$log"

for who in beban.petugas@sp4n.test beban.nasional@sp4n.test; do
    export SESSION_COOKIE=$(sign_in "$who")
    [ -n "$SESSION_COOKIE" ] || { echo "Could not sign in as $who (run the generator first)" >&2; exit 1; }
    rows=$(curl -s -H "Cookie: $SESSION_COOKIE" "http://localhost:$port/petugas" | grep -c 'data-tracking-number=' || true)
    echo "== $who: first inbox page ($rows rows), $connections connections, ${seconds}s"
    wrk -t1 -c"$connections" -d10s -s src/test/load/p95.lua "http://localhost:$port/petugas" >/dev/null
    wrk -t1 -c"$connections" -d"${seconds}s" -s src/test/load/p95.lua "http://localhost:$port/petugas" | tail -5
done
