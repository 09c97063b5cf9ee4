#!/usr/bin/env bash
# The administrators' agency tree (issue 6) on a database filled by the generator: the national admin's first
# page (every central body and province with its size and unfinished complaints), one province's branch as htmx
# fetches it, and a search across the whole tree. Needs wrk and a packaged portal:
#   ./mvnw -Pgenerate-data -Dcomplaints=1000000      (portal stopped; fills ./data/postgres)
#   ./mvnw -DskipTests package
#   bash src/test/load/run-agency-tree.sh [seconds=30] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-4}
log=$(mktemp)
source src/test/load/portal.sh
trap 'kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null; rm -f "$log"' EXIT
start_portal "$log"

export SESSION_COOKIE=$(sign_in beban.nasional@sp4n.test)
[ -n "$SESSION_COOKIE" ] || { echo "Could not sign in (run the generator first)" >&2; exit 1; }
for path in "/admin/instansi" "/admin/instansi/cabang?kode=pemda-32" "/admin/instansi?q=dinas+pendidikan"; do
    rows=$(curl -s -H "Cookie: $SESSION_COOKIE" -H "HX-Request: true" "http://localhost:$port$path" \
        | grep -c 'class="agency-tree-node"' || true)
    echo "== $path ($rows agencies listed), $connections connections, ${seconds}s"
    wrk -t1 -c"$connections" -d10s -s src/test/load/p95.lua -H "HX-Request: true" "http://localhost:$port$path" >/dev/null
    wrk -t1 -c"$connections" -d"${seconds}s" -s src/test/load/p95.lua -H "HX-Request: true" \
        "http://localhost:$port$path" | tail -5
done
