#!/usr/bin/env bash
# Security review, finding 2: the kiosk user plants links in the folders it owns, then the package is
# configured again (an upgrade); root must not chown, write or create anything through them. Needs root.
# With the package installed (INSTALLED=1, from test-debs.sh) it runs the installed postinst on the real
# paths; otherwise the postinst of this tree (POSTINST) in a throw-away root (DPKG_ROOT), creating the
# system user kiosk if it is missing (as the package does).
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[ "$(id -u)" -eq 0 ] || { echo "postinst-links: needs root"; exit 2; }
FAILED=0 PASSED=0
bad() { echo "postinst-links: FAIL: $*"; FAILED=$((FAILED + 1)); }
ok() { echo "postinst-links: ok: $*"; PASSED=$((PASSED + 1)); }
T=$(mktemp -d); chmod 0755 "$T"
NEW_USER=0; getent passwd kiosk >/dev/null || NEW_USER=1
cleanup() {
  rm -rf "$T"
  if [ "$NEW_USER" = 1 ]; then deluser --system kiosk >/dev/null 2>&1 || true; delgroup --system kiosk >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
if [ "${INSTALLED:-0}" = 1 ]; then
  R=""; POSTINST=/var/lib/dpkg/info/onestop-kiosk.postinst
else
  R="$T/root"; POSTINST="${POSTINST:-$ROOT/packaging/kiosk/postinst}"
  mkdir -p "$R/var/lib" "$R/var/log" "$R/etc/udev/rules.d" "$R/lib/systemd/system" "$R/opt/onestop-kiosk/lib/app"
  cp -r "$ROOT/config" "$R/opt/onestop-kiosk/lib/app/config-defaults"
  cp "$ROOT/packaging/udev/onestop-kiosk-udev-apply" "$R/opt/onestop-kiosk/lib/app/"
  chmod -R a+rX "$R"
  DPKG_ROOT="$R" sh "$POSTINST" configure >"$T/first.out" 2>&1 || { cat "$T/first.out"; bad "first configure failed"; }
fi
K="$R/var/lib/onestop/kiosk"; E="$R/etc/onestop/kiosk"
[ "$(stat -c %U "$K")" = kiosk ] && [ -f "$E/kiosk.properties" ] || bad "the package's folders are not there"
# Root-only places the links point at.
V="$T/victim"; mkdir -m 0700 "$V" "$V/tmp" "$V/udev" "$V/printers"; echo secret >"$V/file"; chmod 0600 "$V/file"
as_kiosk() { runuser -u kiosk -- "$@"; }
as_kiosk rm -rf "$K/tmp" "$K/udev" "$E/printers"
as_kiosk ln -s "$V/tmp" "$K/tmp"
as_kiosk ln -s "$V/udev" "$K/udev"
as_kiosk ln -s "$V/printers" "$E/printers"
as_kiosk rm -f "$E/log4j2.xml"; as_kiosk ln -s "$V/log4j2.xml" "$E/log4j2.xml"
as_kiosk rm -f "$E/kiosk.properties"; as_kiosk ln -s "$V/file" "$E/kiosk.properties"
as_kiosk rm -f "$K/kiosk-cds.jsa"; as_kiosk ln -s "$V/file" "$K/kiosk-cds.jsa"
DPKG_ROOT="$R" sh "$POSTINST" configure >"$T/again.out" 2>&1 || { cat "$T/again.out"; bad "configure again failed"; }
for d in "$V" "$V/tmp" "$V/udev" "$V/printers"; do
  [ "$(stat -c %U:%a "$d")" = root:700 ] && ok "${d#$T/} still root's, mode 700" || bad "${d#$T/} is now $(stat -c %U:%a "$d")"
done
[ -z "$(find "$V" -mindepth 2)" ] && [ ! -e "$V/log4j2.xml" ] && ok "nothing written through the links" \
  || bad "root wrote through a planted link: $(cd "$V" && find . -mindepth 1 | tr '\n' ' ')"
[ "$(cat "$V/file")" = secret ] && [ "$(stat -c %U:%a "$V/file")" = root:600 ] && ok "the linked file is untouched" \
  || bad "the linked file was changed: $(stat -c %U:%a "$V/file")"
# The installed package: the planted links go and the package is configured again, so the checks after
# this one find the package's files.
if [ "${INSTALLED:-0}" = 1 ]; then
  for l in "$K/tmp" "$K/udev" "$E/printers" "$E/log4j2.xml" "$E/kiosk.properties" "$K/kiosk-cds.jsa"; do
    [ -L "$l" ] && rm -f "$l"
  done
  sh "$POSTINST" configure >/dev/null 2>&1 || bad "configure after removing the links failed"
  [ -f "$E/kiosk.properties" ] && [ -d "$E/printers" ] || bad "the package's files did not come back"
fi
echo "postinst-links: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
