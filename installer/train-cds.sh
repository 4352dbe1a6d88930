#!/usr/bin/env bash
# AppCDS for an app-image: records the classes that a command-line run (sample, summary) and a window run (under
# Xvfb: the opening state, then the workspace; once the first scheme is shown it opens each tab, which are built
# when first selected, and quits) load, and dumps them into a static CDS archive,
# lib/app/vtvl-studio.jsa, which the launcher maps with -XX:SharedArchiveFile=$APPDIR/vtvl-studio.jsa.
# The archive records the class path as the launcher builds it (the order of app.classpath in the .cfg), and the
# size and time stamp of every jar; a mismatch makes the JVM start without it (silently: -Xlog:cds=off).
#
#   installer/train-cds.sh target/installer/image/vtvl-studio
set -euo pipefail

IMAGE=$(cd "$1" && pwd)
APPDIR="$IMAGE/lib/app"
JAVA="$IMAGE/lib/runtime/bin/java"
LAUNCHER="$IMAGE/bin/vtvl-studio"
CFG="$APPDIR/vtvl-studio.cfg"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
rm -f "$APPDIR/vtvl-studio.jsa"

export LANG=C.UTF-8
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/sample.lst" "$LAUNCHER" sample --db "$WORK/db" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/summary.lst" "$LAUNCHER" summary --db "$WORK/db" --json >/dev/null 2>&1
if command -v xvfb-run >/dev/null; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$WORK/window.lst -Dvtvl.exitAfterShown=true -Dvtvl.cdsTraining=true" \
    timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$LAUNCHER" --db "$WORK/db" >/dev/null 2>&1 \
    || echo "train-cds: the window run failed; the archive covers the command line only" >&2
else
  echo "train-cds: no xvfb-run; the archive covers the command line only" >&2
fi

# one list, first occurrence kept (the lambda lines of a class list follow the classes they name)
cat "$WORK"/*.lst | awk '!seen[$0]++' > "$WORK/all.lst"
CLASSPATH_OF_LAUNCHER=$(sed -n "s|^app.classpath=\\\$APPDIR|$APPDIR|p" "$CFG" | paste -sd:)
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$WORK/all.lst" -XX:SharedArchiveFile="$APPDIR/vtvl-studio.jsa" \
  -cp "$CLASSPATH_OF_LAUNCHER" -Xlog:cds=warning >"$WORK/dump.log" 2>&1 || { cat "$WORK/dump.log" >&2; exit 1; }
echo "train-cds: $(wc -l < "$WORK/all.lst") classes listed, archive $(du -h "$APPDIR/vtvl-studio.jsa" | cut -f1)"
