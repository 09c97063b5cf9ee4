#!/bin/bash
# A/B in one run: the same jar twice on Debian PostgreSQL 15 (fsync and synchronous_commit on), A with Thymeleaf's
# partial output (the default), B rendering each page into a buffer first; wrk alternates between them.
# Usage: src/test/load/run-page-rendering-ab.sh target/sp4n-portal-0.1.0-SNAPSHOT.jar (database sp4n_ab, user sp4n).
JAR=$1
DB="--spring.datasource.url=jdbc:postgresql://localhost:5432/sp4n_ab --spring.datasource.username=sp4n --spring.datasource.password=sp4n"
java -Xmx512m -jar $JAR --server.port=8081 $DB --spring.thymeleaf.servlet.produce-partial-output-while-processing=true > /tmp/abA.log 2>&1 &
echo $! > /tmp/abA.pid
sleep 60
java -Xmx512m -jar $JAR --server.port=8082 $DB --spring.thymeleaf.servlet.produce-partial-output-while-processing=false > /tmp/abB.log 2>&1 &
echo $! > /tmp/abB.pid
for p in 8081 8082; do for i in $(seq 1 120); do curl -sf -o /dev/null http://localhost:$p/actuator/health && break; sleep 1; done; done
for path in / /lapor /instansi /laporan; do
  for p in 8081 8082; do wrk -t2 -c16 -d5s http://localhost:$p$path > /dev/null; done
  for round in 1 2; do
    for p in 8081 8082; do
      echo "== $path port $p round $round"; wrk -t2 -c16 -d10s --latency http://localhost:$p$path | grep -E "Requests/sec|99%|Non-2xx"
    done
  done
done
