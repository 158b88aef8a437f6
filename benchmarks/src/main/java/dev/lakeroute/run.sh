#!/usr/bin/env bash
# Builds what the benchmarks need and runs them side by side with their peers in one JVM.
# Usage: benchmarks/run.sh [--quick] [--only B1,B6]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests install -pl benchmarks -am
mvn -B -q -ntp -pl benchmarks exec:java -Dexec.args="$* --out benchmarks/results/latest.md" -Dexec.workingdir="$(pwd)"
