#!/usr/bin/env bash
# Cold start of a packaged launcher to the first shown window, under Xvfb: each run is a new process; the app
# prints epoch milliseconds when the window is shown and when the first scheme is laid out (-Dvtvl.startupProbe)
# and quits right after (-Dvtvl.exitAfterShown). Prints every run (with the app's phases in between: fx-start,
# db-open, main-built) and the median of RUNS (default 5). CPU is user + system of the whole process, its exit (and
# the app's closing backup) included.
#
#   installer/measure-startup.sh /opt/vtvl-studio/bin/vtvl-studio [app arguments...]
set -euo pipefail
LAUNCHER=$1; shift
RUNS=${RUNS:-5}
DISPLAY_NUMBER=${DISPLAY_NUMBER:-94}
Xvfb ":$DISPLAY_NUMBER" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true; wait $XVFB_PID 2>/dev/null || true' EXIT
sleep 1
kill -0 $XVFB_PID 2>/dev/null || { echo "Xvfb :$DISPLAY_NUMBER did not start (display in use? set DISPLAY_NUMBER)"; exit 1; }
export DISPLAY=":$DISPLAY_NUMBER"
LOG=$(mktemp)
shown=(); ready=(); total=(); cpu=()
TIMEFORMAT='%U %S' 
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%3N)
  rc=0
  t=$( { time JAVA_TOOL_OPTIONS="-Dvtvl.startupProbe=true -Dvtvl.exitAfterShown=true" "$LAUNCHER" "$@" >"$LOG" 2>&1 ; } 2>&1 ) || rc=$?
  end=$(date +%s%3N)
  c=$(echo "$t" | awk '{printf "%d", ($1 + $2) * 1000}')
  s=$(awk '$2=="shown"{print $3; exit}' "$LOG"); r=$(awk '$2 ~ /^ready/{print $3; exit}' "$LOG")
  [ -n "$s" ] && [ -n "$r" ] || { echo "run $i: no probe output (exit code $rc)"; cat "$LOG"; exit 1; }
  shown+=($((s - start))); ready+=($((r - start))); total+=($((end - start))); cpu+=("$c")
  # the app's phases in between, when it reports them: database open, workspace built (not in the floor)
  phases=$(awk -v s="$start" '$2 ~ /^phase-/{sub(/^phase-/, "", $2); printf " %s %d", $2, $3 - s}' "$LOG")
  printf 'run %d: shown %5d ms  ready %5d ms  exited %5d ms  cpu %5d ms  (load %s)%s\n' "$i" "$((s - start))" \
    "$((r - start))" "$((end - start))" "$c" "$(cut -d' ' -f1 /proc/loadavg)" "${phases:+  [phases:$phases]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $RUNS: shown $(median "${shown[@]}") ms, ready $(median "${ready[@]}") ms, exited $(median "${total[@]}") ms, cpu $(median "${cpu[@]}") ms"
rm -f "$LOG"
