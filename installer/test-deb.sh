#!/usr/bin/env bash
# End-to-end check of the Linux package on this machine (needs root for dpkg):
# builds the .deb (unless SKIP_BUILD=1), installs it, runs the command line from the installed launcher, starts the
# window under Xvfb twice (first run with the welcome, then a normal start) and saves screenshots to
# target/installer/, then removes the package.
#
#   installer/test-deb.sh            # MVN="mvn -o" to build offline with a local Maven
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/installer"
LAUNCHER=/opt/vtvl-studio/bin/vtvl-studio
MVN=${MVN:-./mvnw}

step() { printf '\n== %s\n' "$*"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "build: $MVN -B -q -Pinstaller package -DskipTests"
  $MVN -B -q -Pinstaller package -DskipTests
fi
DEB=$(ls "$OUT"/vtvl-studio_*_amd64.deb | head -1)
step "package $(basename "$DEB"): $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"

step "install"
if ! dpkg -i "$DEB"; then
  apt-get -f install -y
fi
dpkg -s vtvl-studio | grep -E '^(Status|Version|Installed-Size)'

WORK=$(mktemp -d /tmp/vtvl-test-deb.XXXXXX)
APP_PID=
XVFB_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

step "command line from the installed launcher"
# one version for the user: what --version (and Help > About) says is the package's version, without the Debian
# revision (dpkg: 0.1.0-1, app: 0.1.0)
SHOWN_VERSION=$("$LAUNCHER" --version)
PACKAGE_VERSION=$(dpkg-query -W -f='${Version}' vtvl-studio)
echo "$SHOWN_VERSION (package $PACKAGE_VERSION)"
[ "$SHOWN_VERSION" = "VTVL Studio ${PACKAGE_VERSION%-*}" ] \
  || { echo "FAIL: --version says '$SHOWN_VERSION', the package is $PACKAGE_VERSION"; exit 1; }
rm -rf /tmp/x
"$LAUNCHER" sample --db /tmp/x/db
"$LAUNCHER" summary --db /tmp/x/db --json
echo
if JAVA_TOOL_OPTIONS=-Xshare:on "$LAUNCHER" --version >/dev/null 2>&1; then
  echo "AppCDS archive maps in the installed location"
else
  echo "WARNING: the AppCDS archive does not map in the installed location (start-up without it)"
fi

step "window under Xvfb"
DISPLAY_NUMBER=${DISPLAY_NUMBER:-93}
Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
sleep 1
export DISPLAY=":$DISPLAY_NUMBER"

# runs the installed app on a fresh data folder (XDG_DATA_HOME: the JVM takes user.home from the password file,
# not from $HOME), waits for the scheme to be shown, takes a screenshot, quits it
shoot() {
  local name=$1; shift
  local log="$WORK/$name.log"
  JAVA_TOOL_OPTIONS="-Dvtvl.startupProbe=true" XDG_DATA_HOME="$WORK/data" "$LAUNCHER" "$@" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    grep -q "^vtvl.startup ready" "$log" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.5
  done
  sleep 2
  import -window root "$OUT/screenshot-$name.png"
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  grep '^vtvl.startup' "$log" || { echo "the window did not come up:"; cat "$log"; exit 1; }
  echo "screenshot: $OUT/screenshot-$name.png"
}
shoot first-run
ls -l "$WORK/data/vtvl-studio/"
shoot main

step "remove"
dpkg -r vtvl-studio
[ ! -e "$LAUNCHER" ] && echo "removed"
