#!/bin/sh
# Bulk sync benchmark (issue 5, benchmark 3); not part of the test suite.
# A real sync job copies a 1,000,000-row, 10-item table (two items masked) from the local PostgreSQL
# (database test, schema govdx_sync_src; generated once, kept) into another PostgreSQL database
# (govdx_bench_target, created if missing), with the platform itself on PostgreSQL (its own database
# govdx_bench_platform, so that a concurrent -Ppostgres test run is not disturbed). Reports rows per
# second and peak heap of a full run, then kills a run after 40% and times its resume, checking that the
# target ends with exactly the source's rows. Results: govdx-server/target/sync-bench.txt (see bench/sync-bench.md).
# Usage: bench/sync-bench.sh [rows] [batch]     (defaults 1000000 5000; ~5-10 minutes on 2 cores)
set -e
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
BATCH=${2:-5000}
PLATFORM_DB=govdx_bench_platform
if ! psql -h 127.0.0.1 -U postgres -d test -tAc "SELECT 1 FROM pg_database WHERE datname = '$PLATFORM_DB'" | grep -q 1; then
    psql -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $PLATFORM_DB"
fi
GOVDX_TEST_PG_DB=$PLATFORM_DB ./mvnw -B -o -q -pl govdx-server -am test -Ppostgres -Dtest=SyncBench \
    -Dgovdx.bench=true -Dgovdx.bench.rows="$ROWS" -Dgovdx.bench.batch="$BATCH" -Dsurefire.failIfNoSpecifiedTests=false
cat govdx-server/target/sync-bench.txt
