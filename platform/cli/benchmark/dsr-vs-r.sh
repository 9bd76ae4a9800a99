#!/usr/bin/env bash
# The analysts' CLI against R on the same 1 000 008-stratum file: `dsr` end to end (JVM start, read,
# compute, write) vs R's data.table::fread + vectorised DSR with Dobson limits + fwrite (dsr.R), each
# run 5 times interleaved; medians and their ratio, and the outputs compared within 1e-12 relative.
# Needs R with data.table (Debian: apt-get install -y r-base-core r-cran-data.table) and the CLI jar
# (mvn -B -DskipTests package). Usage: platform/cli/benchmark/dsr-vs-r.sh [work-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/variatlas-engine-cli.jar"
work="${1:-$(mktemp -d)}"
if ! command -v Rscript >/dev/null; then
  echo "R is missing: apt-get install -y r-base-core r-cran-data.table" >&2
  exit 2
fi
[ -f "$jar" ] || { echo "build the CLI first: mvn -B -DskipTests package" >&2; exit 2; }
[ -f "$work/dsr-1m.csv" ] || Rscript "$here/make-input.R" "$work/dsr-1m.csv"
now() { date +%s%N; }
java_ms=(); r_ms=()
for i in 1 2 3 4 5; do
  t0=$(now); java -jar "$jar" dsr --multiplier 100000 --in "$work/dsr-1m.csv" > "$work/java.csv"; t1=$(now)
  Rscript "$here/dsr.R" "$work/dsr-1m.csv" "$work/r.csv" 100000; t2=$(now)
  java_ms+=($(( (t1 - t0) / 1000000 ))); r_ms+=($(( (t2 - t1) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
j=$(median "${java_ms[@]}"); r=$(median "${r_ms[@]}")
echo "dsr CLI end to end: ${java_ms[*]} ms -> median $j ms"
echo "R fread + DSR + fwrite: ${r_ms[*]} ms -> median $r ms"
awk -v j="$j" -v r="$r" 'BEGIN { printf "CLI is %.2fx as fast as R (target >= 3x)\n", r / j }'
Rscript "$here/compare.R" "$work/java.csv" "$work/r.csv"
