#!/usr/bin/env bash
# The mixed soak of issue 19 on the scaled setup (primary + replica, two instances, HAProxy): citizens filing and
# tracking, visitors reading, two officers working their inboxes, an admin (src/test/gatling/…/SoakSimulation.java).
# Meanwhile every 30 s: each instance's resident memory and the median and slowest of 40 sequential reads of /laporan.
#   bash src/test/load/run-soak.sh [minutes=30] [scale=1]
# INSTANCES and JAVA_OPTS_<n> (scaled-portal.sh) compare JVM settings side by side under the same load.
# Needs wrk-free tools only: curl, psql (from the postgresql package). First run: fills the database with 10,000
# complaints and the officers' accounts (the generator). Output: $SCALED_HOME/soak/ (samples.csv, gatling.log) and
# Gatling's HTML report under target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes=${1:-30}
scale=${2:-1}
export SCALED_HOME=${SCALED_HOME:-$PWD/data/soak}
export PORTAL_BOOTSTRAP_ADMIN_EMAIL=soak.admin@sp4n.test
export PORTAL_BOOTSTRAP_ADMIN_PASSWORD=soak-admin-password-2026
# One machine files every complaint: the per-address quota would stop it after a few.
export PORTAL_INTAKE_SUBMISSIONS_PER_HOUR=0
# A mail sink, so notifications are delivered as in production (not retried for want of SMTP).
export SPRING_MAIL_HOST=localhost SPRING_MAIL_PORT=2525
password=${PORTAL_DB_PASSWORD:-portal-change-me}
out=$SCALED_HOME/soak
mkdir -p "$out"

python3 -W ignore -c "import smtpd, asyncore
class Sink(smtpd.SMTPServer):
    def process_message(self, *args, **kwargs): pass
Sink(('localhost', 2525), None); asyncore.loop()" &
sink=$!
sampler=
trap 'kill $sink ${sampler:-} 2>/dev/null || true' EXIT

./mvnw -B -q -DskipTests package
src/main/scripts/scaled-portal.sh start

primary_url="jdbc:postgresql://127.0.0.1:${PRIMARY_PORT:-5433}/portal"
if ! PGPASSWORD=$password psql -h 127.0.0.1 -p "${PRIMARY_PORT:-5433}" -U portal -d portal -tAc \
        "select 1 from account where email = 'beban.petugas@sp4n.test'" | grep -q 1; then
    echo "Filling the database with 10,000 complaints and the officers' accounts"
    SPRING_DATASOURCE_URL=$primary_url SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=$password \
        ./mvnw -B -q -Pgenerate-data -Dcomplaints=10000
fi

sample() {
    local n instances=${INSTANCES:-2}
    echo "elapsed_s,$(for n in $(seq 1 "$instances"); do printf 'instance_%d_rss_mb,' "$n"; done)laporan_median_ms,laporan_slowest_of_40_ms"
    local start=$SECONDS
    while true; do
        local rss="" times
        for n in $(seq 1 "$instances"); do
            rss+="$(ps -o rss= -p "$(cat "$SCALED_HOME/run/portal-$n.pid")" 2>/dev/null | awk '{printf "%d", $1/1024}'),"
        done
        times=$(for _ in $(seq 1 40); do
            curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:${LB_PORT:-8080}/laporan"
        done | sort -n)
        echo "$((SECONDS - start)),$rss$(echo "$times" | awk 'NR==20 {printf "%d", $1*1000}'),$(echo "$times" | awk 'NR==40 {printf "%d", $1*1000}')"
        sleep 30
    done
}
sample > "$out/samples.csv" &
sampler=$!

status=0
./mvnw -B -Psoak gatling:test -Dsoak.minutes="$minutes" -Dsoak.scale="$scale" > "$out/gatling.log" 2>&1 || status=$?
kill $sampler 2>/dev/null || true
grep -E "request count|failed|percentile|Global:|KO|OK=" "$out/gatling.log" | tail -40 || true
echo "Samples (memory and /laporan latency every 30 s): $out/samples.csv"
column -s, -t < "$out/samples.csv" | tail -n +1 | awk 'NR == 1 || NR % 6 == 2'
exit $status
