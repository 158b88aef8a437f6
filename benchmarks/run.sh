#!/usr/bin/env bash
# Builds what the benchmarks need and runs them side by side with their peers in one JVM of their own.
# Usage: benchmarks/run.sh [--quick] [--only B1,B4,B5,B6,B7] (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests install -pl benchmarks -am
classpath="benchmarks/target/classes:$(cat benchmarks/target/benchmark-classpath.txt)"
exec java -Xmx2g -cp "$classpath" dev.lakeroute.benchmarks.BenchmarkMain "$@" --out benchmarks/results/latest.md
