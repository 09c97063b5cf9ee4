#!/bin/sh
# Starts the packaged portal with Java 25's AOT cache (docs/0030): about 8 s from process start to ready instead of
# about 19 s. Usage: start-portal.sh <portal jar> [portal arguments…]; JAVA (default java), JAVA_OPTS and
# PORTAL_AOT_HOME (default: beside the jar) from the environment.
# The first start with a jar trains: it runs the portal until its context is refreshed (with the same arguments, so
# against the same database), which writes the cache, then starts for real with it. Later starts use the cache; a
# different jar trains again. If training fails, the portal starts without the cache rather than not at all.
set -eu
jar=${1:?usage: start-portal.sh <portal jar> [portal arguments…]}
shift
java=${JAVA:-java}
home=${PORTAL_AOT_HOME:-$(dirname "$jar")/portal-aot}
# The cache is only valid for the exact classpath it was trained on: one folder per jar content.
dir=$home/$(sha256sum "$jar" | cut -c1-16)
app=$dir/app/$(basename "$jar")
if [ ! -f "$dir/portal.aot" ]; then
    # Only the folders this script made (named by 16 hex digits) go; the home folder itself stays, since it may be
    # a mount or owned by someone else (the image's /app/aot: the portal user may not create it again).
    mkdir -p "$home"
    for old in "$home"/????????????????; do
        case ${old##*/} in *[!0-9a-f]*) ;; *) rm -rf "$old" ;; esac
    done
    mkdir -p "$dir"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" > /dev/null
    # shellcheck disable=SC2086
    "$java" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$dir/portal.aot" -Dspring.context.exit=onRefresh -jar "$app" "$@" \
        || echo "start-portal.sh: training the AOT cache failed; starting without it" >&2
fi
if [ -f "$dir/portal.aot" ]; then
    # shellcheck disable=SC2086
    exec "$java" ${JAVA_OPTS:-} -XX:AOTCache="$dir/portal.aot" -jar "$app" "$@"
fi
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:-} -jar "$jar" "$@"
