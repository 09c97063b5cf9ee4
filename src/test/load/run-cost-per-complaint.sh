#!/usr/bin/env bash
# What one complaint costs on the scaled setup (issue 19, items 3 and 8): complaints filed through the form via
# HAProxy for a while at a fixed number of connections, then per complaint: CPU of the portal instances, of the
# primary and of the replica, WAL bytes, database growth, rows written per table; and how long routing needs to
# catch up once the load stops. Needs wrk, psql and the scaled setup running (src/main/scripts/scaled-portal.sh start
# with PORTAL_INTAKE_SUBMISSIONS_PER_HOUR=0, since one machine files everything).
#   bash src/test/load/run-cost-per-complaint.sh [seconds=60] [connections=8]
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-60}
connections=${2:-8}
home=${SCALED_HOME:-$PWD/data/scaled}
lb=http://localhost:${LB_PORT:-8080}
export PGPASSWORD=${PORTAL_DB_PASSWORD:-portal-change-me}
sql() { psql -h 127.0.0.1 -p "${PRIMARY_PORT:-5433}" -U portal -d portal -tAc "$1"; }

jar=$(mktemp)
trap 'rm -f "$jar" "$jar.wrk"' EXIT
form=$(curl -s -c "$jar" "$lb/lapor")
export CSRF_TOKEN=$(echo "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
export CSRF_COOKIE=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")
export INCIDENT_DATE=$(date -d yesterday +%F)

# CPU clock ticks so far of a process tree: the process, its live children, and the children it has reaped.
tree_ticks() {
    local root=$1 total child
    total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$root/stat")
    for child in $(pgrep -P "$root"); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
portal_ticks() {
    local total=0 f
    for f in "$home"/run/portal-*.pid; do total=$((total + $(tree_ticks "$(cat "$f")"))); done
    echo "$total"
}
postmaster() { head -1 "$home/$1/postmaster.pid"; }
unrouted() { sql "select count(*) from complaint where routed_at is null"; }
await_routed() {
    local start=$SECONDS
    while [ "$(unrouted)" != 0 ]; do sleep 0.2; done
    echo $((SECONDS - start))
}

echo "Warm-up: 20 s at 4 connections"
wrk -t1 -c4 -d20s -s src/test/load/submit.lua "$lb" > /dev/null
await_routed > /dev/null
sleep 2

complaints_before=$(sql "select count(*) from complaint")
wal_before=$(sql "select pg_current_wal_lsn()")
size_before=$(sql "select pg_database_size('portal')")
tables_before=$(sql "select string_agg(relname || '=' || (n_tup_ins + n_tup_upd), ' ' order by relname) from pg_stat_user_tables")
portal_before=$(portal_ticks); primary_before=$(tree_ticks "$(postmaster primary)"); replica_before=$(tree_ticks "$(postmaster replica)")

wrk -t2 -c"$connections" -d"${seconds}s" --latency -s src/test/load/submit.lua "$lb" | tee "$jar.wrk"
catch_up=$(await_routed)
sleep 1   # table statistics reach pg_stat_user_tables within about a second

portal_after=$(portal_ticks); primary_after=$(tree_ticks "$(postmaster primary)"); replica_after=$(tree_ticks "$(postmaster replica)")
complaints=$(( $(sql "select count(*) from complaint") - complaints_before ))
wal=$(sql "select pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal_before')")
size=$(( $(sql "select pg_database_size('portal')") - size_before ))
tables_after=$(sql "select string_agg(relname || '=' || (n_tup_ins + n_tup_upd), ' ' order by relname) from pg_stat_user_tables")
tick_us=$((1000000 / $(getconf CLK_TCK)))
per() { echo $(( ($1) * tick_us / complaints )); }

echo
echo "== $complaints complaints in ${seconds} s at $connections connections: $((complaints / seconds))/s; routing caught up ${catch_up} s after the load stopped"
echo "CPU per complaint: portal instances $(per "portal_after - portal_before") µs, primary $(per "primary_after - primary_before") µs, replica $(per "replica_after - replica_before") µs"
echo "WAL per complaint: $(( ${wal%.*} / complaints )) bytes; database growth per complaint: $(( size / complaints )) bytes"
echo "Rows inserted or updated per complaint, by table:"
join -t= <(tr ' ' '\n' <<< "$tables_before" | sort) <(tr ' ' '\n' <<< "$tables_after" | sort) \
    | awk -F= -v n="$complaints" '{d = $3 - $2; if (d > 0) printf "  %-32s %6.2f\n", $1, d / n}' | sort -k2 -rn
