#!/bin/sh
# The ledger benchmark (issue 6) on PostgreSQL with SM3; not part of the test suite.
# Usage: bench/ledger-bench.sh [--option value]...   (see bench/ledger-bench.md)
#   --jdbc jdbc:postgresql://127.0.0.1:5432/test  --user postgres  --password ''
#   --schema govdx_bench (dropped and recreated; dropped again at the end unless --keep 1)
#   --warmup 100000 --appends 700000 --drain 200000 (1,000,000 facts through the outbox, then audited)
#   --publishers 2 --per-tx 100 --batch-size 1000 --proof-leaves 10000000 --proofs 20000
# Needs a PostgreSQL the user may create schemas in, about 6 GB of disk, and ~10 minutes.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -o -q -pl govdx-server -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "govdx-server/target/test-classes:govdx-server/target/classes:$(cat govdx-server/target/bench.classpath)" \
    org.govdx.ledger.bench.LedgerBench "$@"
