# Build and run the portal. Used by docker-compose.yml; the app reads SPRING_DATASOURCE_* from the environment.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/sp4n-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal && mkdir -p /app/aot && chown portal /app/aot
USER portal
COPY --from=build /portal.jar /app/portal.jar
COPY src/main/scripts/start-portal.sh /app/start-portal.sh
# The first start of a container trains Java 25's AOT cache into /app/aot (about 40 s once); later starts take
# about 8 s instead of 19 (docs/0030). The heap is sized to the measured work, and the serial collector keeps the
# process under 512 MB resident where G1 took 40 MB more (docs/0035, docs/benchmarks.md).
ENV PORTAL_AOT_HOME=/app/aot JAVA_OPTS="-XX:+UseSerialGC -Xmx320m"
EXPOSE 8080
HEALTHCHECK CMD wget -qO- http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "/app/start-portal.sh", "/app/portal.jar"]
