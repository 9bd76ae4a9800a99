#!/usr/bin/env bash
# Issue 10's closing figure, measured from the outside on the built app jar: the time from uploading
# the bundled day-surgery plugin jar to a published topic with its figures, against the baseline of
# the same run: starting the app with that jar in its plugins directory (the old way: a restart)
# until it serves the topic. Fresh database in a temporary directory; the population is loaded
# first (not counted). Also checks what an anonymous reader sees meanwhile.
#
#   mvn -B -DskipTests package && scripts/lifecycle-benchmark.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-58080}"
APP=platform/app/target/variatlas-exec.jar
JAR=$(ls plugins/day-surgery/target/day-surgery-*.jar | head -1)
WORK=$(mktemp -d /tmp/lifecycle-bench-XXXX)
TOKEN="va_lifecycle_benchmark_token_0123456789abcdef"
BASE="http://localhost:$PORT"
mkdir -p "$WORK/plugins" "$WORK/uploads"
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
start_app() {
  java -jar "$APP" --server.port="$PORT" --variatlas.security.admin-token="$TOKEN" \
    --variatlas.database.data-dir="$WORK/pg" --variatlas.plugins-dir="$WORK/plugins" \
    --variatlas.uploads.dir="$WORK/uploads" > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }
wait_for() { # url grep-pattern [header]
  until curl -fsS ${3:+-H "$3"} "$1" 2>/dev/null | grep -q "$2"; do sleep 0.2; done
}
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

# 1. Empty plugins directory: the population is loaded (not measured).
start_app empty
wait_for "$BASE/api/v1/status" '"ready":true'

# 2. Upload -> checks -> installed draft -> published, loaders done, figures served to the public.
t0=$(now)
curl -fsS -H "Authorization: Bearer $TOKEN" -F "file=@$JAR" "$BASE/api/v1/plugins" > "$WORK/install.json"
t1=$(now)
anon_during=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/topics/day-surgery/indicators")
curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plugins/day-surgery/publish"
t2=$(now)
until curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plugins/day-surgery/progress" \
    | grep -Eq '"total":([0-9]+),"done":\1,'; do sleep 0.2; done
wait_for "$BASE/api/v1/status" '"ready":true'
t3=$(now)
first=$(curl -fsS "$BASE/api/v1/topics/day-surgery/indicators" | grep -o '"id":"[a-z0-9-]*"' | head -1 | cut -d'"' -f4)
results=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/results/day-surgery/$first")
stop_app

# 3. Baseline: the old way, a restart with the jar in the directory, until the topic is served.
rm -rf "$WORK/pg2"; mv "$WORK/pg" "$WORK/pg-installed"
cp "$JAR" "$WORK/plugins/"
b0=$(now)
start_app restart
wait_for "$BASE/api/v1/topics" '"day-surgery"'
b1=$(now)
stop_app

echo "upload -> checked and installed as a draft (HTTP 201):  $(ms "$t0" "$t1") ms"
echo "upload -> published (public, figures still loading):   $(ms "$t0" "$t2") ms"
echo "upload -> published with its figures computed:          $(ms "$t0" "$t3") ms"
echo "public during install (before publish): /api/v1/topics/day-surgery/indicators -> $anon_during"
echo "first indicator's results after publish: HTTP $results"
echo "baseline, restart with the jar in the directory until the topic is served: $(ms "$b0" "$b1") ms"
