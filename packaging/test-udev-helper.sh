#!/usr/bin/env bash
# Security review, finding 1: the root udev helper must never install a rule line of someone else's
# making. Runs the helper (HELPER, default the packaged one in this tree) with a throw-away destination
# and UDEVADM=true; needs no root. Run by packaging/test-debs.sh (also against the installed helper).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HELPER="${HELPER:-$ROOT/packaging/udev/onestop-kiosk-udev-apply}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DEST="$T/etc/udev/rules.d/99-onestop-kiosk.rules"
SRC="$T/kiosk/udev/99-onestop-kiosk.rules" # where the kiosk user used to write a rule for the helper to read
mkdir -p "$(dirname "$SRC")"
FAILED=0 PASSED=0
bad() { echo "udev-helper: FAIL: $*"; FAILED=$((FAILED + 1)); }
ok() { echo "udev-helper: ok: $*"; PASSED=$((PASSED + 1)); }
helper() { env ONESTOP_UDEV_SRC="$SRC" ONESTOP_UDEV_DEST="$DEST" UDEVADM=true sh "$HELPER" "$@" >"$T/out" 2>&1; }
GOOD='SUBSYSTEM=="tty", ATTRS{idVendor}=="0416", ATTRS{idProduct}=="5011", SYMLINK+="kiosk-printer", ENV{ID_MM_DEVICE_IGNORE}="1", GROUP="dialout", MODE="0660"
SUBSYSTEM=="tty", ATTRS{idVendor}=="1eab", ATTRS{idProduct}=="0c22", SYMLINK+="kiosk-scanner", ENV{ID_MM_DEVICE_IGNORE}="1", GROUP="dialout", MODE="0660"'
# udev ends a line at \n, \r or NUL: any of them followed by RUN+= (or PROGRAM=, IMPORT{program}) runs as root.
dangerous() { [ -e "$DEST" ] && tr '\r\000' '\n\n' <"$DEST" | grep -Eq 'RUN|PROGRAM|IMPORT|ACTION'; }

# 1. The two devices as arguments: exactly the lines the kiosk writes, root-readable 0644.
if helper printer 0416 5011 "" scanner 1eab 0c22 "SN 12:ab?" && [ -f "$DEST" ] \
    && grep -qxF "$(echo "$GOOD" | head -1)" "$DEST" \
    && grep -qxF 'SUBSYSTEM=="tty", ATTRS{idVendor}=="1eab", ATTRS{idProduct}=="0c22", ATTRS{serial}=="SN 12:ab?", SYMLINK+="kiosk-scanner", ENV{ID_MM_DEVICE_IGNORE}="1", GROUP="dialout", MODE="0660"' "$DEST" \
    && [ "$(stat -c %a "$DEST")" = 644 ]; then
  ok "printer and scanner given as arguments make the expected rule"
else
  bad "arguments did not make the expected rule: $(cat "$T/out")"
fi
BEFORE=$(cat "$DEST" 2>/dev/null)

# 2. A rule file the kiosk user wrote is never what gets installed: the reviewer's three files.
CR=$(printf '\r')
printf '%s\n' "# test$CR"'ACTION=="add", SUBSYSTEM=="tty", RUN+="/bin/sh -c id"' "$GOOD" >"$SRC"
helper; dangerous && bad "a comment with a carriage return then RUN+= was installed" || ok "comment + CR + RUN+= not installed"
printf '%s\n' "$GOOD" 'SUBSYSTEM=="tty", RUN+="/bin/sh -c id"' >"$SRC"; printf '\000' >>"$SRC"
helper; dangerous && bad "a RUN+= line in a file with a NUL byte was installed" || ok "RUN+= with a NUL byte not installed"
printf '%s\n' "$GOOD" >"$SRC"
helper; [ "$(cat "$DEST" 2>/dev/null)" = "$BEFORE" ] && ok "a rule file alone changes nothing" \
  || bad "the helper installed a file the kiosk user wrote"

# 3. Arguments that try to end the value or the line, or are not of the kiosk's form: refused, nothing changed.
refused() { # description, arguments...
  local what=$1; shift
  if helper "$@"; then bad "accepted: $what"
  elif [ "$(cat "$DEST")" != "$BEFORE" ] || dangerous; then bad "refused but the rule changed: $what"
  elif ! grep -q '^Refused' "$T/out"; then bad "no reason given: $what ($(cat "$T/out"))"
  else ok "refused: $what"; fi
}
refused "serial with CR then RUN+=" printer 0416 5011 "x${CR}ACTION==\"add\", RUN+=\"/bin/sh\"" scanner 1eab 0c22 ""
refused "serial with a line break" printer 0416 5011 "$(printf 'x\nRUN+="/bin/sh"')" scanner 1eab 0c22 ""
refused "serial with a quote" printer 0416 5011 'x", RUN+="/bin/sh' scanner 1eab 0c22 ""
refused "serial with a backslash" printer 0416 5011 'x\' scanner 1eab 0c22 ""
refused "serial of 401 characters" printer 0416 5011 "$(printf 'a%.0s' $(seq 401))" scanner 1eab 0c22 ""
refused "vendor id not 4 hex digits" printer '0416"' 5011 "" scanner 1eab 0c22 ""
refused "upper-case product id" printer 0416 501A "" scanner 1eab 0c22 ""
refused "roles swapped" scanner 0416 5011 "" printer 1eab 0c22 ""
refused "missing arguments" printer 0416 5011 ""
refused "a file name instead of devices" "$SRC"

# 4. A link planted at the destination is replaced, never written through.
ln -sf "$T/victim" "$DEST.lnk"; echo keep >"$T/victim"
if ONESTOP_UDEV_DEST="$DEST.lnk" UDEVADM=true sh "$HELPER" printer 0416 5011 "" scanner 1eab 0c22 "" >/dev/null 2>&1 \
    && [ "$(cat "$T/victim")" = keep ] && [ ! -L "$DEST.lnk" ]; then ok "a link at the destination is replaced, its target untouched"
else bad "the helper wrote through a link at the destination"; fi

echo "udev-helper: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
