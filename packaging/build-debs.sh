#!/usr/bin/env bash
# Builds the Debian packages onestop-server and onestop-kiosk, each with its own Java runtime made by
# jlink, so the target machine needs no Java. Usage: packaging/build-debs.sh [VERSION] (default 0.1.0).
# Needs a JDK 17 (jlink, jpackage), Maven, fakeroot and dpkg-deb. Output: packaging/target/*.deb
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION="${1:-0.1.0}"
OUT="$ROOT/packaging/target"
cd "$ROOT"

# Modules the product needs: Swing/AWT (desktop), JDBC (sql), HTTP client, JMX for metrics,
# windows-1258 for printers (jdk.charsets), Vietnamese locale data, TLS with EC keys, JNDI for Log4j lookups.
MODULES=java.base,java.desktop,java.sql,java.naming,java.net.http,java.logging,java.management,java.xml,\
java.instrument,java.security.jgss,java.scripting,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.crypto.ec,\
jdk.zipfs,jdk.management

# ONLY=server|kiosk builds one package; REUSE=1 keeps the jars and runtime of the previous build.
ONLY="${ONLY:-}"
if [ "${REUSE:-0}" != 1 ] || [ ! -d "$OUT/runtime" ]; then
  rm -rf "$OUT"; mkdir -p "$OUT"
  echo "Building jars..."
  mvn -B -q -ntp -DskipTests package
  echo "Making the Java runtime with jlink..."
  # --generate-cds-archive: the runtime's own class-data archive (the JDK ships one, jlink drops it
  # unless asked); every start maps the JDK classes from it, and the kiosk's AppCDS archive builds on it.
  jlink --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=2 \
    --include-locales=vi,en --generate-cds-archive --output "$OUT/runtime"
fi

package() { # name module main-class description
  local name=$1 module=$2 main=$3 desc=$4
  [ -z "$ONLY" ] || [ "$ONLY" = "$name" ] || return 0
  local input="$OUT/input-$name"
  rm -rf "$input" "$OUT/resources-$name"; mkdir -p "$input"
  cp "$module/target/$module-0.1.0-SNAPSHOT.jar" "$input/$module.jar"
  cp "$module"/target/lib/*.jar "$input/"
  mkdir -p "$input/config-defaults"
  cp -r config/. "$input/config-defaults/"
  local res="$OUT/resources-$name"
  mkdir -p "$res"
  cp "packaging/$name/"* "$res/"
  local image=() deb=()
  if [ "$name" = kiosk ]; then
    # Technician mode installs its udev rule through this root helper (sudo rule from postinst); the
    # packaged configuration points udev.apply.command at it.
    install -m 0755 packaging/udev/onestop-kiosk-udev-apply "$input/onestop-kiosk-udev-apply"
    sed -i 's|^udev.apply.command=.*|udev.apply.command=sudo -n /opt/onestop-kiosk/lib/app/onestop-kiosk-udev-apply|' \
      "$input/config-defaults/kiosk.properties"
    # The kiosk's JVM as ./kiosk starts it: one window on a small box, so a bounded heap, the serial
    # collector and the quick C1 compiler. Its AppCDS archive is chosen by the session script (kiosk-session).
    for o in -XX:+UseSerialGC -Xms32m -Xmx192m -XX:TieredStopAtLevel=1 -Xss512k; do image+=(--java-options "$o"); done
    # sudo: the udev helper above. espeak-ng: the spoken guidance (same engine as the server's hall voice).
    deb+=(--linux-package-deps "sudo, espeak-ng")
    # A second command in the kiosk package: onestop-kiosk-check (devices, server, enrolment in plain words).
    printf 'main-class=vn.onestop.kiosk.check.KioskCheckMain\narguments=--config /etc/onestop/kiosk --data /var/lib/onestop/kiosk\n' \
      > "$OUT/kiosk-check.properties"
    image+=(--add-launcher "onestop-kiosk-check=$OUT/kiosk-check.properties")
  fi
  if [ "$name" = server ]; then
    # espeak-ng: the hall display's announcements are made by the server, offline (a Depends, not a Recommends:
    # a hall TV's browser has no Vietnamese voice, so without it the hall is silent; jpackage writes Depends only).
    # The server still runs if it is removed: the display chimes and shows calls, the pages say the voice is off.
    deb+=(--linux-package-deps espeak-ng)
  fi
  # Both JVMs exit on an OutOfMemoryError (systemd restarts them) instead of running on with dead threads.
  image+=(--input "$input" --main-jar "$module.jar" --main-class "$main" --runtime-image "$OUT/runtime"
    --java-options "-XX:+ExitOnOutOfMemoryError"
    --java-options "-Donestop.config.dir=/etc/onestop/$name"
    --java-options "-Donestop.log.dir=/var/log/onestop/$name"
    --java-options "-Donestop.log.name=$name"
    --java-options "-Dlog4j2.configurationFile=/etc/onestop/$name/log4j2.xml"
    --java-options "-Djava.io.tmpdir=/var/lib/onestop/$name/tmp")
  deb+=(--install-dir /opt --resource-dir "$res" --dest "$OUT"
    --linux-package-name "onestop-$name" --linux-app-category misc
    --linux-deb-maintainer "devs@onestop.invalid")
  local about=(--name "onestop-$name" --app-version "$VERSION" --vendor "One-stop kiosk developers" --description "$desc")
  echo "Packaging $name $VERSION..."
  # Both packages' commands are shell launchers made from jpackage's .cfg files: jpackage's native launcher
  # queries dpkg on every start (0.2-0.4 s before the JVM starts: most of the kiosk's extra start time).
  rm -rf "$OUT/image-$name"
  jpackage --type app-image "${about[@]}" "${image[@]}" --dest "$OUT/image-$name"
  local app="$OUT/image-$name/onestop-$name" cfg
  for cfg in "$app"/lib/app/*.cfg; do
    "$ROOT/packaging/launcher-from-cfg.sh" "$cfg" > "$app/bin/$(basename "$cfg" .cfg)"
  done
  jpackage --type deb "${about[@]}" --app-image "$app" "${deb[@]}"
}

package server kiosk-server vn.onestop.server.ServerMain "One-stop centre management server (queue, dossiers, staff pages)"
package kiosk kiosk-app vn.onestop.kiosk.KioskMain "One-stop centre touchscreen kiosk"
ls -l "$OUT"/*"$VERSION"*.deb
