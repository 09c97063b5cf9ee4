#!/bin/bash
# The portal scaled out on one machine, without Docker (docs/0031): PostgreSQL primary + one streaming replica
# (Debian's packages), two or more portal instances, HAProxy in front.
#
#   src/main/scripts/scaled-portal.sh start     → http://localhost:8080 (HAProxy), instances on 8081, 8082, …
#   src/main/scripts/scaled-portal.sh status    → what runs, and where
#   src/main/scripts/scaled-portal.sh stop      → stops everything; the data stays for the next start
#   src/main/scripts/scaled-portal.sh stop-replica | start-replica  → to watch reads fall back to the primary
#
# Settings from the environment (defaults in brackets): SCALED_HOME [./data/scaled] holds the databases, logs and
# pid files; INSTANCES [2]; LB_PORT [8080]; INSTANCE_BASE_PORT [8081]; PRIMARY_PORT [5433]; REPLICA_PORT [5434];
# PORTAL_JAR [the jar in target/, built when missing]; PORTAL_DB_PASSWORD [portal-change-me]; JAVA [Temurin 25];
# JAVA_OPTS [-XX:+UseSerialGC -Xmx320m], JAVA_OPTS_<n> for instance n alone (to compare JVM settings under the same load);
# PORTAL_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD create the first national admin on the first start.
# As root, missing packages (postgresql, haproxy) are installed with apt-get and the databases run as "postgres".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../../.." && pwd)
home=$(mkdir -p "${SCALED_HOME:-$project/data/scaled}" && cd "${SCALED_HOME:-$project/data/scaled}" && pwd)
instances=${INSTANCES:-2}
lb_port=${LB_PORT:-8080}
base_port=${INSTANCE_BASE_PORT:-8081}
primary_port=${PRIMARY_PORT:-5433}
replica_port=${REPLICA_PORT:-5434}
password=${PORTAL_DB_PASSWORD:-portal-change-me}
run=$home/run
logs=$home/logs

say() { echo "scaled-portal: $*" >&2; }
fail() { say "$*"; exit 1; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] && echo "$dir"
}

require_packages() {
    local missing=()
    [ -n "$(pg_bin)" ] || missing+=(postgresql)
    command -v haproxy > /dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" -eq 0 ]; then
        say "installing ${missing[*]} (Debian packages)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" > "$home/apt.log" 2>&1 \
            || { apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" \
                 > "$home/apt.log" 2>&1; } || fail "could not install ${missing[*]}: see $home/apt.log"
    else
        fail "needs the Debian packages ${missing[*]}: sudo apt-get install -y ${missing[*]}"
    fi
}

# PostgreSQL refuses to run as root: as root its commands run as the "postgres" user the package created.
as_db_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- env PGPASSWORD="$password" "$@"
    else
        PGPASSWORD="$password" "$@"
    fi
}

java_command() {
    if [ -n "${JAVA:-}" ]; then echo "$JAVA"; return; fi
    local temurin
    temurin=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)
    if [ -n "$temurin" ]; then echo "$temurin/bin/java"; else echo java; fi
}

portal_jar() {
    if [ -n "${PORTAL_JAR:-}" ]; then echo "$PORTAL_JAR"; return; fi
    local jar
    jar=$(ls "$project"/target/sp4n-portal-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -1 || true)
    if [ -z "$jar" ]; then
        say "building the portal (./mvnw -B -q -DskipTests package)"
        (cd "$project" && ./mvnw -B -q -DskipTests package) >&2
        jar=$(ls "$project"/target/sp4n-portal-*.jar | grep -v -- '-plain\.jar$' | head -1)
    fi
    echo "$jar"
}

pg_running() { as_db_user "$(pg_bin)/pg_ctl" -D "$1" status > /dev/null 2>&1; }

start_databases() {
    local bin
    bin=$(pg_bin)
    mkdir -p "$run" "$logs"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$home" "$run" "$logs"; fi
    if [ ! -f "$home/primary/PG_VERSION" ]; then
        say "creating the primary database in $home/primary"
        printf '%s\n' "$password" > "$home/pw" && chmod 600 "$home/pw"
        if [ "$(id -u)" -eq 0 ]; then chown postgres "$home/pw"; fi
        as_db_user "$bin/initdb" -D "$home/primary" -U portal --pwfile="$home/pw" --auth-local=trust \
            --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$logs/initdb.log"
        rm -f "$home/pw"
        # Durable (fsync and synchronous commit stay on), reachable only from this machine, ready for a standby.
        cat >> "$home/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $primary_port
unix_socket_directories = '$run'
max_connections = 300
shared_buffers = 256MB
wal_level = replica
max_wal_senders = 5
wal_keep_size = 512MB
hot_standby = on
EOF
        echo "host replication portal 127.0.0.1/32 scram-sha-256" >> "$home/primary/pg_hba.conf"
    fi
    if ! pg_running "$home/primary"; then
        as_db_user "$bin/pg_ctl" -D "$home/primary" -l "$logs/primary.log" -w start > /dev/null
    fi
    if ! as_db_user "$bin/psql" -h "$run" -p "$primary_port" -U portal -d postgres -tAc \
            "select 1 from pg_database where datname = 'portal'" | grep -q 1; then
        as_db_user "$bin/psql" -h "$run" -p "$primary_port" -U portal -d postgres -qc "create database portal"
    fi
    if [ ! -f "$home/replica/PG_VERSION" ]; then
        say "copying the primary into the streaming replica in $home/replica"
        as_db_user "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U portal -D "$home/replica" -R -X stream \
            -c fast
        echo "port = $replica_port" >> "$home/replica/postgresql.conf"
    fi
    if ! pg_running "$home/replica"; then
        as_db_user "$bin/pg_ctl" -D "$home/replica" -l "$logs/replica.log" -w start > /dev/null
    fi
}

instance_running() { [ -f "$run/portal-$1.pid" ] && kill -0 "$(cat "$run/portal-$1.pid")" 2> /dev/null; }

wait_ready() {
    local port=$1 pid=$2 i
    for i in $(seq 1 240); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" 2> /dev/null; then return 0; fi
        kill -0 "$pid" 2> /dev/null || fail "the instance on port $port stopped while starting: see $logs"
        sleep 0.5
    done
    fail "the instance on port $port was not ready within 120 s: see $logs"
}

start_instance() {
    local n=$1 port=$((base_port + $1 - 1)) jar=$2 own_options="JAVA_OPTS_$1"
    if instance_running "$n"; then return; fi
    # One after another: the first applies the migrations and trains the AOT cache the others then use.
    SERVER_PORT=$port \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$primary_port/portal" \
    SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD="$password" \
    PORTAL_REPLICA_URL="jdbc:postgresql://127.0.0.1:$replica_port/portal" \
    PORTAL_PUBLIC_URL="${PORTAL_PUBLIC_URL:-http://localhost:$lb_port}" \
    PORTAL_AOT_HOME="$home/aot" JAVA="$(java_command)" JAVA_OPTS="${!own_options:-${JAVA_OPTS:--XX:+UseSerialGC -Xmx320m}}" \
        nohup "$project/src/main/scripts/start-portal.sh" "$jar" > "$logs/portal-$n.log" 2>&1 &
    echo $! > "$run/portal-$n.pid"
    wait_ready "$port" "$!"
    say "instance $n ready on port $port"
}

start_balancer() {
    local haproxy n
    haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
    {
        cat <<EOF
# Written by scaled-portal.sh; changes are overwritten on the next start.
global
    maxconn 4000
    pidfile $run/haproxy.pid
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request that never reached an instance (it is stopped or gone) goes to another one; nothing else is
    # retried, so a complaint is never sent twice.
    retries 3
    option redispatch
    retry-on conn-failure
frontend portal
    bind 127.0.0.1:$lb_port
    default_backend instances
backend instances
    balance roundrobin
    option httpchk
    http-check send meth GET uri /actuator/health/readiness hdr Host localhost
    default-server inter 1s fall 2 rise 2
EOF
        for n in $(seq 1 "$instances"); do
            echo "    server portal-$n 127.0.0.1:$((base_port + n - 1)) check"
        done
    } > "$home/haproxy.cfg"
    if [ -f "$run/haproxy.pid" ] && kill -0 "$(cat "$run/haproxy.pid")" 2> /dev/null; then
        kill "$(cat "$run/haproxy.pid")" || true
        sleep 0.5
    fi
    "$haproxy" -q -D -f "$home/haproxy.cfg"
}

start() {
    require_packages
    start_databases
    say "primary on 127.0.0.1:$primary_port, replica on 127.0.0.1:$replica_port"
    local jar n
    jar=$(portal_jar)
    for n in $(seq 1 "$instances"); do start_instance "$n" "$jar"; done
    start_balancer
    say "the portal answers at http://localhost:$lb_port (HAProxy, $instances instances); logs in $logs"
}

stop() {
    local pidfile pid bin
    for pidfile in "$run"/haproxy.pid "$run"/portal-*.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        if kill "$pid" 2> /dev/null; then
            for _ in $(seq 1 60); do kill -0 "$pid" 2> /dev/null || break; sleep 0.5; done
        fi
        rm -f "$pidfile"
    done
    bin=$(pg_bin) || true
    if [ -n "$bin" ]; then
        for db in replica primary; do
            if [ -f "$home/$db/PG_VERSION" ] && pg_running "$home/$db"; then
                as_db_user "$bin/pg_ctl" -D "$home/$db" -m fast -w stop > /dev/null
            fi
        done
    fi
    say "stopped"
}

status() {
    local n
    for db in primary replica; do
        if [ -f "$home/$db/PG_VERSION" ] && pg_running "$home/$db"; then echo "$db: running"; else echo "$db: stopped"; fi
    done
    for n in $(seq 1 "$instances"); do
        if instance_running "$n"; then echo "instance $n: running on port $((base_port + n - 1))"
        else echo "instance $n: stopped"; fi
    done
    if [ -f "$run/haproxy.pid" ] && kill -0 "$(cat "$run/haproxy.pid")" 2> /dev/null; then
        echo "haproxy: running on port $lb_port"
    else
        echo "haproxy: stopped"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    stop-replica) as_db_user "$(pg_bin)/pg_ctl" -D "$home/replica" -m fast -w stop > /dev/null ;;
    start-replica) as_db_user "$(pg_bin)/pg_ctl" -D "$home/replica" -l "$logs/replica.log" -w start > /dev/null ;;
    *) echo "usage: $0 start|stop|status|stop-replica|start-replica" >&2; exit 2 ;;
esac
