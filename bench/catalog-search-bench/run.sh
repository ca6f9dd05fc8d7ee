#!/usr/bin/env bash
# Catalog search benchmark: generates N published entries (default 100,000) into the test database,
# rebuilds the Lucene index, warms up with 2,000 searches, then times 5,000 searches as a department
# user and 2,000 as the platform operator (full text + all facets, some with filters), printing p50/p95/p99.
#   bench/catalog-search-bench/run.sh [entries]
set -euo pipefail
cd "$(dirname "$0")/../.."
ENTRIES="${1:-100000}"
./mvnw -B -q -o -pl govdx-server -am test -Dtest=CatalogSearchBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dgovdx.bench=true -Dgovdx.bench.entries="$ENTRIES" -Dgovdx.test.excludedGroups=browser
grep -h '^BENCH' govdx-server/target/surefire-reports/org.govdx.catalog.CatalogSearchBench-output.txt
