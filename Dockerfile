# Build and run the portal. Used by docker-compose.yml; the app reads SPRING_DATASOURCE_* from the environment.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/sp4n-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 portal
USER portal
COPY --from=build /portal.jar /app/portal.jar
EXPOSE 8080
HEALTHCHECK CMD wget -qO- http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
