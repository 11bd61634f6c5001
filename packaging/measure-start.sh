#!/usr/bin/env bash
# Cold start of the installed kiosk (launcher, its JVM flags, its AppCDS archive) to its attract screen
# painted (the time stamped on its "Attract screen shown" line; the line itself is written once Log4j has
# started, after the first paint: the time to it is printed too), against the bare FlatLaf window of the
# #6 benchmark started on the same bundled runtime with the same flags and its own AppCDS archive; RUNS
# (default 3) alternating runs each (a loaded machine wants more), medians and ratio printed as "name: value
# unit". Run as root after test-debs.sh has installed and enrolled the kiosk (needs /var/lib/onestop/kiosk/kiosk-cds.jsa, a running server at $1, a JDK's javac).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVER="${1:?usage: measure-start.sh SERVER_URL}"
# -ac: the kiosk user draws on this test display too.
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1366x768x24 -ac" "$0" "$@"; fi
FLAGS="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -Xms32m -Xmx192m -XX:TieredStopAtLevel=1 -Xss512k"
JAVA=/opt/onestop-kiosk/lib/runtime/bin/java
[ -x "$JAVA" ] || JAVA="$ROOT/packaging/target/runtime/bin/java"
WORK=$(mktemp -d /tmp/measure-start.XXXXXX)
chown kiosk "$WORK"   # the probes run as the kiosk user and write their archive here
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$(ls /opt/onestop-kiosk/lib/app/flatlaf-3*.jar)" \
  "$ROOT"/kiosk-app/src/test/java/vn/onestop/kiosk/bench/{BareWindowProbe,Rss}.java
(cd "$WORK/classes" && jar cf "$WORK/bare.jar" .)
BARE_CP="$WORK/bare.jar:$(ls /opt/onestop-kiosk/lib/app/flatlaf-3*.jar)"

# Stops a process we started and everything it started, by process id.
kill_tree() { local c; for c in $(pgrep -P "$1" || true); do kill_tree "$c"; done; kill "$1" 2>/dev/null || true; }
# Milliseconds from the start of the command to the first output line containing $1; the command is
# stopped then (the bare window exits by itself).
time_to() {
  local marker=$1; shift
  local out="$WORK/out" t0 ms=NaN pid
  t0=$(date +%s%N); echo "$t0" >"$WORK/t0"
  "$@" >"$out" 2>&1 & pid=$!
  for _ in $(seq 1 3000); do
    if grep -q -- "$marker" "$out"; then ms=$(( ($(date +%s%N) - t0) / 1000000 )); break; fi
    if ! kill -0 "$pid" 2>/dev/null; then grep -q -- "$marker" "$out" || cat "$out" >&2; break; fi
    sleep 0.01
  done
  kill_tree "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}
bare() { runuser -u kiosk -- "$JAVA" $FLAGS "$@" -cp "$BARE_CP" vn.onestop.kiosk.bench.BareWindowProbe; }
kiosk() {
  runuser -u kiosk -- env JAVA_TOOL_OPTIONS="-XX:SharedArchiveFile=/var/lib/onestop/kiosk/kiosk-cds.jsa -Xshare:auto" \
    /opt/onestop-kiosk/bin/onestop-kiosk --config /etc/onestop/kiosk --data /var/lib/onestop/kiosk --server "$SERVER" \
    --demo --windowed
}
# The kiosk logs "Attract screen shown" once Log4j has started (after the first paint), stamped with the time
# it was painted: milliseconds from the start of the last command to that stamp (the log's local time).
painted_ms() {
  local stamp ms
  stamp=$(grep -a -m1 -o '^[0-9-]* [0-9:.]* INFO .*Attract screen shown' "$WORK/out" | cut -c1-23 || true)
  ms=$(date -d "$stamp" +%s%3N 2>/dev/null) || ms=""
  [ -n "$stamp" ] && [ -n "$ms" ] || { echo NaN; return; }
  echo $(( ms - $(cat "$WORK/t0") / 1000000 ))
}
# Median of the runs that completed (a run that failed, e.g. a display that refused the connection, is NaN).
median() {
  local ok; ok=$(printf '%s\n' "$@" | grep -vx NaN | sort -n || true)
  [ -n "$ok" ] || { echo NaN; return; }
  echo "$ok" | sed -n "$(( ($(echo "$ok" | wc -l) + 1) / 2 ))p"
}

bare "-XX:ArchiveClassesAtExit=$WORK/bare.jsa" >"$WORK/train.out" 2>&1 || { cat "$WORK/train.out" >&2; exit 1; }
B=(); K=(); P=()
for _ in $(seq 1 "${RUNS:-3}"); do
  B+=("$(time_to SHOWN bare "-XX:SharedArchiveFile=$WORK/bare.jsa")")
  K+=("$(time_to "Attract screen shown" kiosk)")
  P+=("$(painted_ms)")
done
b=$(median "${B[@]}"); k=$(median "${K[@]}"); p=$(median "${P[@]}")
echo "installed-bare-flatlaf-window-start: $b ms (runs: ${B[*]})"
echo "installed-kiosk-start-to-attract-painted: $p ms (runs: ${P[*]}; the time stamped on its log line)"
echo "installed-kiosk-start-ratio-vs-bare: $(awk "BEGIN{printf \"%.2f\", $p/$b}") x (target <= 1.5)"
echo "installed-kiosk-start-to-attract-log-line: $k ms (runs: ${K[*]}; written once Log4j has started)"
echo "installed-kiosk-log-line-ratio-vs-bare: $(awk "BEGIN{printf \"%.2f\", $k/$b}") x"
echo "machine-load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
