#!/bin/sh
# The quality scan benchmark (issue 7) against the local PostgreSQL; not part of the test suite.
# Usage: bench/quality-bench.sh [--rows 1000000] [--runs 5]
# Builds a 1,000,000-row table in schema govdx_bench_quality of database test and prints a table: a bare
# SELECT count(*) against the one-pass aggregate query a scan sends for 10 and for 30 row rules, and for
# 10 rules plus uniqueness. ~1-2 minutes. Results: bench/quality-bench.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q -pl govdx-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/quality-bench.classpath -Dmdep.includeScope=test
cd govdx-server
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/quality-bench.classpath)" \
    org.govdx.quality.internal.QualityBench "$@"
