# Sourced by the load scripts: starts the packaged portal on port 18080 and waits until it is ready.
#   start_portal <log file> [portal arguments…]   sets $port and $portal (the process id)
port=18080

start_portal() {
    local log=$1
    shift
    if curl -s -o /dev/null "http://localhost:$port/"; then
        echo "Port $port is already in use: stop whatever answers there first." >&2
        exit 1
    fi
    java -Xms1g -Xmx2g ${PORTAL_JAVA_OPTS:-} -jar target/sp4n-portal-*.jar --server.port=$port "$@" \
        --logging.level.root=WARN --logging.level.id.sp4n.portal.system.database=INFO > "$log" 2>&1 &
    portal=$!
    for _ in $(seq 1 180); do
        curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && return 0
        sleep 1
    done
    echo "The portal did not become ready; see $log" >&2
    exit 1
}
