#!/usr/bin/env bash
# Builds what the benchmarks need and runs them side by side with their peers; writes benchmarks/results/latest.md.
# Usage: benchmarks/run.sh [--quick] [--only B1,B2,B3,B4,B5,B6,B7,B8,B9] [--no-build] (default: all, after a build)
# MAVEN_ARGS is passed to mvn (e.g. MAVEN_ARGS="-o -Dmaven.repo.local=/path/to/m2").
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
build=true
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=false; else args+=("$arg"); fi
done
if $build || [[ ! -f benchmarks/target/benchmark-classpath.txt ]]; then
  # shellcheck disable=SC2086
  mvn -B -q -ntp ${MAVEN_ARGS:-} -DskipTests install -pl benchmarks -am
fi
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark-classpath.txt)"
exec java -Xmx2g -cp "$classpath" dev.lakeroute.benchmarks.BenchmarkMain "${args[@]}" --out benchmarks/results/latest.md
