#!/usr/bin/env bash
# CI step for the Debian packages (run as root on a throw-away machine): build both packages, install
# them with dpkg -i, start the installed server and kiosk (the kiosk under Xvfb with simulated devices)
# and check that they answer; upgrade the server to a rebuilt package and check that a ticket issued
# before is still there; remove (data kept) and purge (data gone).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/packaging/target"
PORT=18080
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
fail() { echo "test-debs: FAIL: $*" >&2; echo "packages: ${PASSED:-0} passed, 1 failed"; exit 1; }
PASSED=0
pass() { PASSED=$((PASSED + 1)); echo "test-debs: ok: $*"; }
stop_server() { [ -z "$SERVER_PID" ] || { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; }; }
trap stop_server EXIT

start_server() {
  runuser -u onestop -- /opt/onestop-server/bin/onestop-server --config /etc/onestop/server \
    --data /var/lib/onestop/server --port "$PORT" --enrolment-code DEBTEST-ENROL >/tmp/onestop-server.out 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 150); do
    curl -sf "$BASE/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat /tmp/onestop-server.out; fail "installed server exited"; }
    sleep 0.2
  done
  cat /tmp/onestop-server.out; fail "installed server did not answer /health"
}

dpkg -r onestop-server onestop-kiosk >/dev/null 2>&1 || true
dpkg -P onestop-server onestop-kiosk >/dev/null 2>&1 || true

"$ROOT/packaging/build-debs.sh" 0.1.0
dpkg -i "$OUT/onestop-server_0.1.0-1_amd64.deb" "$OUT/onestop-kiosk_0.1.0-1_amd64.deb"
[ -x /opt/onestop-server/runtime/bin/java ] || [ -d /opt/onestop-server/lib/runtime ] || fail "no bundled runtime"
[ -f /etc/onestop/server/log4j2.xml ] || fail "server configuration not installed under /etc"
id -nG kiosk | grep -qw dialout || fail "kiosk user not in dialout"
pass "packages installed, users and folders created"

start_server
pass "installed server answers /health"
source "$ROOT/packaging/ticket-check.sh"
TICKET=$(issue_ticket "$BASE")
pass "ticket $TICKET issued on the installed server"

# The installed kiosk, under Xvfb, with simulated devices, until its attract screen is shown.
KLOG=/var/log/onestop/kiosk/kiosk.log
rm -f "$KLOG"
runuser -u kiosk -- xvfb-run -a -s "-screen 0 1366x768x24" timeout 60 /opt/onestop-kiosk/bin/onestop-kiosk \
  --config /etc/onestop/kiosk --data /var/lib/onestop/kiosk --server "$BASE" --demo --windowed \
  >/tmp/onestop-kiosk.out 2>&1 &
KIOSK_PID=$!
for _ in $(seq 1 200); do
  grep -q "Attract screen shown" "$KLOG" 2>/dev/null && break
  kill -0 "$KIOSK_PID" 2>/dev/null || break
  sleep 0.2
done
grep -q "Attract screen shown" "$KLOG" 2>/dev/null || { cat /tmp/onestop-kiosk.out; fail "installed kiosk did not show its attract screen"; }
pkill -f "/opt/onestop-kiosk" || true
wait "$KIOSK_PID" 2>/dev/null || true
pass "installed kiosk shows its attract screen under Xvfb"

# The check command: no printer is plugged in on CI and the kiosk is not enrolled; it must say so plainly.
sed -i "s|^server.url=.*|server.url=$BASE|" /etc/onestop/kiosk/kiosk.properties
set +e
CHECK=$(runuser -u kiosk -- /opt/onestop-kiosk/bin/onestop-kiosk-check 2>&1); CHECK_RC=$?
set -e
echo "$CHECK"
[ "$CHECK_RC" -eq 1 ] || fail "onestop-kiosk-check exit status $CHECK_RC, expected 1 (problems found)"
echo "$CHECK" | grep -q "PROBLEM Printer: no device at /dev/kiosk-printer" || fail "check did not name the missing printer"
echo "$CHECK" | grep -q "OK      Server: reachable" || fail "check did not find the running server"
echo "$CHECK" | grep -q "PROBLEM Enrolment: this kiosk is not enrolled" || fail "check did not say the kiosk is not enrolled"
pass "onestop-kiosk-check names the missing printer and the missing enrolment"

# Upgrade: a technician's edit of the configuration and the issued ticket survive.
echo "# edited by the technician" >> /etc/onestop/server/log4j2.xml
stop_server
REUSE=1 ONLY=server "$ROOT/packaging/build-debs.sh" 0.1.1
dpkg -i "$OUT/onestop-server_0.1.1-1_amd64.deb"
grep -q "edited by the technician" /etc/onestop/server/log4j2.xml || fail "upgrade overwrote the configuration"
start_server
ticket_exists "$BASE" "$TICKET" || fail "ticket $TICKET lost in the upgrade"
pass "upgrade to 0.1.1 kept configuration and ticket $TICKET"
stop_server

dpkg -r onestop-server
[ -d /var/lib/onestop/server ] && [ -d /etc/onestop/server ] || fail "remove deleted data or configuration"
[ ! -e /opt/onestop-server ] || fail "remove left the program"
pass "remove keeps data and configuration"
dpkg -P onestop-server onestop-kiosk
[ ! -e /var/lib/onestop/server ] && [ ! -e /etc/onestop/server ] && [ ! -e /var/lib/onestop/kiosk ] || fail "purge left data"
pass "purge deletes data and configuration"
echo "test-debs: all package checks passed"
echo "packages: $PASSED passed, 0 failed"
