# Sourced by the load scripts: starts the packaged portal on port 18080 and waits until it is ready, and signs in.
#   start_portal <log file> [portal arguments…]   sets $port and $portal (the process id)
#   sign_in <e-mail>                             prints the Cookie header value of a signed-in session
port=18080
# The portal needs Java 25: $JAVA, else a JDK 25 under /usr/lib/jvm, else java on the PATH.
portal_java=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
portal_java=${portal_java:-java}

start_portal() {
    local log=$1
    shift
    if curl -s -o /dev/null "http://localhost:$port/"; then
        echo "Port $port is already in use: stop whatever answers there first." >&2
        exit 1
    fi
    "$portal_java" -Xms1g -Xmx2g ${PORTAL_JAVA_OPTS:-} -jar target/sp4n-portal-*.jar --server.port=$port "$@" \
        --logging.level.root=WARN --logging.level.id.sp4n.portal.system.database=INFO > "$log" 2>&1 &
    portal=$!
    for _ in $(seq 1 180); do
        curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null && return 0
        sleep 1
    done
    echo "The portal did not become ready; see $log" >&2
    exit 1
}

sign_in() {
    local jar token
    jar=$(mktemp)
    token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/masuk" \
        | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "email=$1" -d "password=${SIGN_IN_PASSWORD:-beban-inbox-2026}" -d "_csrf=$token" \
        "http://localhost:$port/masuk"
    awk '$6 == "SESSION" {printf "SESSION=%s", $7}' "$jar"
    rm -f "$jar"
}
