#!/usr/bin/env bash
# Issue 16: filing complaints through the HTML form, Open311 and the connected systems' REST call, alternating in one
# run on one fresh embedded database (durable), so the three are compared under the same drift. Then the webhook
# drain: a backlog of deliveries to a local nginx receiver, timed until all are delivered.
# Needs wrk, nginx (apt-get install wrk nginx), psql, and ./mvnw -DskipTests package.
#   bash src/test/load/run-integration.sh [seconds=30] [connections=50] [rounds=2] [backlog=10000]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-30}
connections=${2:-50}
rounds=${3:-2}
backlog=${4:-10000}
data=$(mktemp -d)
source src/test/load/portal.sh
nginx_pid=""
# Each step may fail (the portal's exit status is that of a killed process): none may stop the others.
trap '[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; kill ${portal:-} 2>/dev/null; wait ${portal:-} 2>/dev/null || true; rm -rf "$data"' EXIT
start_portal "$data/portal.log" --portal.embedded-database.data-directory="$data/postgres" \
    --portal.intake.submissions-per-hour=0 ${PORTAL_ARGS:-}
base="http://localhost:$port"
export INCIDENT_DATE=$(date -d yesterday +%F)

# The form's CSRF token, as run-submissions.sh takes it.
jar=$(mktemp)
form=$(curl -s -c "$jar" "$base/lapor")
export CSRF_TOKEN=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export CSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")

# A write key of Kota Bandung, made the way its admin makes one (the demo admin, with the largest call budget).
admin=$(mktemp)
token=$(curl -s -c "$admin" -b "$admin" "$base/masuk" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c "$admin" -b "$admin" -o /dev/null -d "email=admin.bandung@sp4n.test" -d "password=demo-sp4n-2026" \
    -d "_csrf=$token" "$base/masuk"
token=$(curl -s -c "$admin" -b "$admin" "$base/admin/integrasi" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export API_KEY=$(curl -s -c "$admin" -b "$admin" -d "_csrf=$token" -d "name=Beban integrasi" -d "agencyCode=pemda-32.73" \
    -d "access=WRITE" -d "callsPerMinute=60000" "$base/admin/integrasi" | grep -o 'value="sp4n_[^"]*"' | sed 's/value="//;s/"//')
[ -n "$API_KEY" ] || { echo "No key issued" >&2; exit 1; }

# Warm up each path (a few connections first, so the JIT gets CPU), let routing catch up, then alternate.
for script in submit open311 rest; do
    wrk -t1 -c4 -d10s -s "src/test/load/$script.lua" "$base" >/dev/null
    wrk -t2 -c"$connections" -d"${WARMUP:-20}s" -s "src/test/load/$script.lua" "$base" >/dev/null
done
sleep 20
# Odd rounds go form, Open311, REST; even rounds the other way round, so a drift of the machine during the run
# (it warms up and slows down by a third between runs) favours none of the three.
for round in $(seq 1 "$rounds"); do
    order="submit open311 rest"
    [ $((round % 2)) -eq 0 ] && order="rest open311 submit"
    for script in $order; do
        out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "src/test/load/$script.lua" "$base")
        echo "round $round | $script | $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s | p99 $(echo "$out" | awk '$1 == "99%" {print $2}') | $(echo "$out" | grep -E 'Non-2xx|Socket' | tr '\n' ' ')"
        sleep 10
    done
done

# The webhook drain: a local nginx answers 204; the backlog is queued for its endpoint directly (as the feed would
# after an outage) and timed until the sender has delivered all of it.
cat > "$data/nginx.conf" <<NGINX
worker_processes 1;
pid $data/nginx.pid;
error_log $data/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:18090; location / { return 204; } } }
NGINX
nginx -c "$data/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1
curl -s -o /dev/null -X POST "$base/api/v1/integration/webhooks" -H "X-API-Key: $API_KEY" -H "Content-Type: application/json" \
    -d '{"url": "http://127.0.0.1:18090/hook"}'
pgport=$(grep -o 'jdbc:postgresql://localhost:[0-9]*/postgres' "$data/portal.log" | head -1 | sed 's#.*localhost:\([0-9]*\)/.*#\1#')
[ -n "$pgport" ] || pgport=$(sed -n 's/.*-p \([0-9]*\).*/\1/p' "$data/postgres/postmaster.opts" 2>/dev/null | head -1)
q() { psql -h localhost -p "$pgport" -U postgres -Atc "$1"; }
# Let the deliveries of the load's own complaints (routed: arrived) go out first.
until [ "$(q "select count(*) from webhook_delivery where status <> 'DELIVERED'")" = "0" ]; do sleep 1; done
before=$(q "select count(*) from webhook_delivery where status = 'DELIVERED'")
start=$(date +%s.%N)
q "insert into webhook_delivery (endpoint_id, event_id, event_type, tracking_number, payload, status, next_attempt_at, created_at)
   select (select max(id) from webhook_endpoint), 'msg_backlog_' || i, 'complaint.changed', 'BACKLOG', 
          '{\"type\":\"complaint.changed\",\"data\":{\"trackingNumber\":\"BACKLOG\",\"n\":' || i || '}}', 'PENDING', now(), now()
     from generate_series(1, $backlog) i" >/dev/null
until [ "$(q "select count(*) from webhook_delivery where event_id like 'msg_backlog_%' and status = 'DELIVERED'")" = "$backlog" ]; do
    sleep 0.2
done
end=$(date +%s.%N)
echo "webhook backlog of $backlog drained in $(echo "$end - $start" | bc) s ($(q "select count(*) from webhook_delivery where event_id like 'msg_backlog_%' and attempts > 1") needed a second attempt)"
