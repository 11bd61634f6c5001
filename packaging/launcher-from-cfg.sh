#!/usr/bin/env bash
# Writes a shell launcher that starts a jpackage application exactly as its native launcher would (same
# runtime, class path, JVM options, default arguments, jpackage.app-path), read from the launcher's .cfg file.
# Why: jpackage's Linux launcher (JDK 17) asks the package manager which package owns it on every start
# (rpm -qf, dpkg -S and dpkg -L, twice: dpkg -S reads the whole dpkg database), 0.2-0.4 s before the JVM
# even starts; this launcher goes straight to java. Usage: launcher-from-cfg.sh APP.cfg > bin/APP
set -euo pipefail
CFG="${1:?usage: launcher-from-cfg.sh APP.cfg}"
NAME=$(basename "$CFG" .cfg)
# One .cfg value as a shell word: literal parts single-quoted, $APPDIR left to the shell.
word() { local q=${1//\'/\'\\\'\'}; q="'${q//\$APPDIR/\'\"\$APPDIR\"\'}'"; echo "${q//\'\'/}"; }
section=""; main=""; cp=(); opts=(); args=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    "["*"]") section=$line ;;
    app.mainclass=*) main=${line#*=} ;;
    app.classpath=*) cp+=("${line#*=}") ;;
    java-options=*) [ "$section" = "[JavaOptions]" ] && opts+=("$(word "${line#*=}")") ;;
    arguments=*) [ "$section" = "[ArgOptions]" ] && args+=("$(word "${line#*=}")") ;;
  esac
done < "$CFG"
[ -n "$main" ] && [ ${#cp[@]} -gt 0 ] || { echo "launcher-from-cfg: no main class or class path in $CFG" >&2; exit 1; }
classpath=$(IFS=:; echo "${cp[*]}")
cat <<SCRIPT
#!/bin/sh
# Starts $NAME as jpackage's native launcher would (written by packaging/launcher-from-cfg.sh from
# lib/app/$NAME.cfg), without its package-manager queries (0.2-0.4 s on every start).
# An absolute path that is no symlink is used as it is (no readlink process on the way to java).
case "\$0" in /*) [ -L "\$0" ] || SELF=\$0 ;; esac
[ -n "\${SELF:-}" ] || SELF=\$(readlink -f "\$0")
ROOT=\${SELF%/bin/*}
APPDIR="\$ROOT/lib/app"
SCRIPT
if [ ${#args[@]} -gt 0 ]; then echo "[ \$# -gt 0 ] || set -- ${args[*]}"; fi
echo "exec \"\$ROOT/lib/runtime/bin/java\" ${opts[*]} -Djpackage.app-path=\"\$SELF\" \\"
echo "  -cp $(word "$classpath") $(word "$main") \"\$@\""
