#!/usr/bin/env bash
# A/B in one run (docs/benchmarks.md, issue 19): A with Thymeleaf's partial output (the old default), B rendering
# each page into a buffer first. Usage: src/test/load/run-page-rendering-ab.sh target/sp4n-portal-0.1.0-SNAPSHOT.jar
A_ARGS="--spring.thymeleaf.servlet.produce-partial-output-while-processing=true" \
B_ARGS="--spring.thymeleaf.servlet.produce-partial-output-while-processing=false" \
    exec bash "$(dirname "$0")/run-ab.sh" "$@"
