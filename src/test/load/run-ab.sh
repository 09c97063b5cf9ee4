#!/usr/bin/env bash
# A/B in one run: two portal instances side by side on Debian's PostgreSQL 15 (fsync and synchronous_commit on,
# database sp4n_ab, user and password sp4n), wrk alternating between them path by path and round by round, so
# the machine's drift hits both alike. After the pages, both take form submissions (optional) and report their
# start-up time and resident memory.
#   A_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java B_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java \
#   A_OPTS="-Xmx512m" B_OPTS="-Xmx512m" A_ARGS="" B_ARGS="--spring.threads.virtual.enabled=true" \
#   PATHS="/ /lapor /instansi /laporan" CONNECTIONS="16 64" SUBMIT=30 GZIP=1 \
#   bash src/test/load/run-ab.sh target/sp4n-portal-0.1.0-SNAPSHOT.jar
# GZIP=1 asks for compressed pages (wrk sends no Accept-Encoding by itself). A_JAR / B_JAR compare two builds (default: the jar given). Summarise with src/test/load/ab-table.py <output>.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=${1:?usage: run-ab.sh <portal jar>}
paths=${PATHS:-/ /lapor /instansi /laporan}
connections=${CONNECTIONS:-16}
seconds=${SECONDS_PER_RUN:-10}
rounds=${ROUNDS:-2}   # rounds of each comparison, A then B in each
# DATABASE_ARGS="" runs both on their embedded PostgreSQL instead (then give each its data directory in A_ARGS/B_ARGS).
db=${DATABASE_ARGS-"--spring.datasource.url=jdbc:postgresql://localhost:5432/sp4n_ab --spring.datasource.username=sp4n --spring.datasource.password=sp4n"}
db="$db --portal.intake.submissions-per-hour=0 --logging.level.root=WARN"
# The benchmark profile adds the floor page, /benchmark/floor: a tiny Thymeleaf page through the same filters.
db="$db --spring.profiles.active=benchmark --logging.level.id.sp4n.portal.PortalApplication=INFO"
gzip=()
[ -n "${GZIP:-}" ] && gzip=(-H "Accept-Encoding: gzip")
source src/test/load/portal.sh   # for $portal_java, the default JVM of A and B
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

start() { # start <name> <port> <java> <jvm options> <app arguments> <jar>
    # shellcheck disable=SC2086
    "$3" $4 -jar "$6" --server.port="$2" $db $5 > "$work/$1.log" 2>&1 &
    pids+=($!)
    echo $! > "$work/$1.pid"
    local began=$(date +%s%N)
    for _ in $(seq 1 180); do
        if curl -sf -o /dev/null "http://localhost:$2/actuator/health/readiness"; then
            echo "$1: ready after $(( ($(date +%s%N) - began) / 1000000 )) ms," \
                 "$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$work/$1.log" || echo 'no start line')"
            return 0
        fi
        sleep 0.2
    done
    echo "$1 did not start; its log:" >&2; tail -30 "$work/$1.log" >&2; exit 1
}
# Complaints not yet routed in sp4n_ab (only with the default database), and how long until there are none.
unrouted() { PGPASSWORD=sp4n psql -h localhost -U sp4n -d sp4n_ab -tAc "select count(*) from complaint where routed_at is null"; }
backlog() {
    [ -n "${DATABASE_ARGS+set}" ] && return 0
    local left began=$(date +%s%N)
    left=$(unrouted)
    [ "$left" = 0 ] && { echo "not routed when the load stopped: 0"; return 0; }
    while [ "$(unrouted)" != 0 ]; do sleep 0.1; done
    echo "not routed when the load stopped: $left, all routed $(( ($(date +%s%N) - began) / 1000000 )) ms later"
}
statistics_pending() { # events logged but not yet applied to the statistics record (0 without the module)
    PGPASSWORD=sp4n psql -h localhost -U sp4n sp4n_ab -Atc \
        "select count(*) from stat_event where not applied" 2>/dev/null || echo 0
}
rss() { echo "$1: RSS $(( $(awk '/VmRSS/ {print $2}' "/proc/$(cat "$work/$1.pid")/status") / 1024 )) MB"; }

# One after the other, so the second start does not share the CPUs with the first.
start A 8081 "${A_JAVA:-$portal_java}" "${A_OPTS:--Xmx512m}" "${A_ARGS:-}" "${A_JAR:-$jar}"
start B 8082 "${B_JAVA:-$portal_java}" "${B_OPTS:--Xmx512m}" "${B_ARGS:-}" "${B_JAR:-$jar}"

# Warm-up: every path on both, few connections, so the JIT compilers get CPU to compile the hot code first.
for path in $paths; do
    for p in 8081 8082; do wrk -t1 -c4 -d"${WARMUP:-8}s" "${gzip[@]}" "http://localhost:$p$path" > /dev/null; done
done
for c in $connections; do
    for path in $paths; do
        for p in 8081 8082; do wrk -t2 -c"$c" -d5s "${gzip[@]}" "http://localhost:$p$path" > /dev/null; done
        for round in $(seq 1 "$rounds"); do
            for p in 8081 8082; do
                echo "== $path, $c connections, port $p, round $round"
                wrk -t2 -c"$c" -d"${seconds}s" --latency "${gzip[@]}" "http://localhost:$p$path" | grep -E "Requests/sec|99%|Non-2xx|Socket"
            done
        done
    done
done
rss A; rss B

if [ -n "${SUBMIT:-}" ]; then
    export INCIDENT_DATE=$(date -d yesterday +%F)
    form_session() { # the CSRF token and cookie submit.lua sends to port $1
        cookies="$work/cookies-$1"
        form=$(curl -s -c "$cookies" "http://localhost:$1/lapor")
        export CSRF_TOKEN=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
        export CSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies")
    }
    # Both warm up before either is measured, so neither's first round runs beside the other's warm-up. 90 s each:
    # after 20 s the rate still rose by four fifths over the next four minutes (docs/benchmarks.md), and those
    # rounds measured the warm-up, not the difference.
    for p in 8081 8082; do
        form_session "$p"
        wrk -t2 -c8 -d"${SUBMIT_WARMUP:-90}s" -s src/test/load/submit.lua "http://localhost:$p" > /dev/null
    done
    # A then B in odd rounds, B then A in even ones: the rate still climbs from round to round (the JIT, the
    # database's caches), and a fixed order would hand the climb to whichever goes second.
    for round in $(seq 1 "$rounds"); do
        order="8081 8082"
        [ $((round % 2)) = 0 ] && order="8082 8081"
        for p in $order; do
            form_session "$p"
            echo "== form submissions, 8 connections, port $p, round $round"
            wrk -t2 -c8 -d"${SUBMIT}s" --latency -s src/test/load/submit.lua "http://localhost:$p" \
                | grep -E "Requests/sec|99%|Non-2xx|Socket"
            backlog
            echo "statistics events not applied when the load stopped: $(statistics_pending)"
            sleep 5
        done
    done
    rss A; rss B
fi
