#!/usr/bin/env bash
# The analysts' CLI against R on the same 1 000 008-stratum file: `dsr` end to end (JVM start, read,
# compute, write) vs R's data.table::fread + vectorised DSR with Dobson limits + fwrite (dsr.R), each
# run 5 times interleaved; medians and their ratio, and the outputs compared within 1e-12 relative.
# The CLI runs as analysts run it, through its launcher bin/variatlas-engine (quick compiler only,
# serial GC, a class archive made by an untimed first run); plain `java -jar` is measured beside it.
# Needs R with data.table (Debian: apt-get install -y r-base-core r-cran-data.table) and the CLI jar
# (mvn -B -DskipTests package -pl platform/cli -am). Usage: platform/cli/benchmark/dsr-vs-r.sh [work-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/variatlas-engine-cli.jar"
launcher="$here/../bin/variatlas-engine"
work="${1:-$(mktemp -d)}"
if ! command -v Rscript >/dev/null; then
  echo "R is missing: apt-get install -y r-base-core r-cran-data.table" >&2
  exit 2
fi
[ -f "$jar" ] || { echo "build the CLI first: mvn -B -DskipTests package -pl platform/cli -am" >&2; exit 2; }
[ -f "$work/dsr-1m.csv" ] || Rscript "$here/make-input.R" "$work/dsr-1m.csv"
export VARIATLAS_CACHE="$work/cache" VARIATLAS_ENGINE_JAR="$jar"
"$launcher" dsr --multiplier 100000 --in "$work/dsr-1m.csv" > /dev/null # writes the class archive
now() { date +%s%N; }
cli_ms=(); jar_ms=(); r_ms=()
for i in 1 2 3 4 5; do
  t0=$(now); "$launcher" dsr --multiplier 100000 --in "$work/dsr-1m.csv" > "$work/java.csv"; t1=$(now)
  java -jar "$jar" dsr --multiplier 100000 --in "$work/dsr-1m.csv" > "$work/java-jar.csv"; t2=$(now)
  Rscript "$here/dsr.R" "$work/dsr-1m.csv" "$work/r.csv" 100000; t3=$(now)
  cli_ms+=($(( (t1 - t0) / 1000000 ))); jar_ms+=($(( (t2 - t1) / 1000000 ))); r_ms+=($(( (t3 - t2) / 1000000 )))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
c=$(median "${cli_ms[@]}"); j=$(median "${jar_ms[@]}"); r=$(median "${r_ms[@]}")
echo "dsr CLI end to end (bin/variatlas-engine): ${cli_ms[*]} ms -> median $c ms"
echo "dsr CLI end to end (plain java -jar):      ${jar_ms[*]} ms -> median $j ms"
echo "R fread + DSR + fwrite:                    ${r_ms[*]} ms -> median $r ms"
awk -v c="$c" -v j="$j" -v r="$r" \
  'BEGIN { printf "CLI is %.2fx as fast as R (target >= 3x); plain java -jar %.2fx\n", r / c, r / j }'
cmp -s "$work/java.csv" "$work/java-jar.csv" || { echo "launcher and java -jar outputs differ" >&2; exit 1; }
Rscript "$here/compare.R" "$work/java.csv" "$work/r.csv"
