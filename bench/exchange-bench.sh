#!/bin/sh
# The exchange gateway benchmark (issue 5) against the local PostgreSQL; not part of the test suite.
# Usage: bench/exchange-bench.sh [--rows 1000000] [--clients 16] [--seconds 20] [--port 18089]
# Starts the platform as its own process (-Xmx512m) on a fresh PostgreSQL database govdx_bench_platform,
# builds a 1,000,000-row source table in schema govdx_bench_src of database test, then prints a table
# with the gateway's figures, the baselines (JDBC lookups, COPY TO STDOUT) and their ratio. ~5 minutes.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q -pl govdx-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd govdx-server
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    org.govdx.exchange.bench.ExchangeBench "$@"
