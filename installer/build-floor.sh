#!/usr/bin/env bash
# Packages the bare-window floor (startup-floor/HelloFx.java) the way build-linux.sh packages the app: same jlinked
# runtime (target/installer/runtime), JavaFX jars on the class path, jpackage launcher, AppCDS from a training run.
# Run after build-linux.sh. Output: target/installer/floor/image/hello-fx.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/target/installer"
F="$OUT/floor"
JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
rm -rf "$F"
mkdir -p "$F/classes" "$F/input/lib"
cp "$OUT"/input/lib/javafx-{base,graphics,controls}-*-linux.jar "$F/input/lib/"
"${JDK_BIN}javac" -d "$F/classes" --release 17 -cp "$(ls "$F"/input/lib/*.jar | paste -sd:)" \
  "$ROOT/installer/startup-floor/HelloFx.java"
"${JDK_BIN}jar" --create --file "$F/input/hello-fx.jar" --main-class HelloFx -C "$F/classes" .
"${JDK_BIN}jpackage" --type app-image --dest "$F/image" --name hello-fx --app-version 1.0 \
  --input "$F/input" --main-jar hello-fx.jar --main-class HelloFx --runtime-image "$OUT/runtime" \
  --java-options "-Xshare:auto" --java-options '-XX:SharedArchiveFile=$APPDIR/hello-fx.jsa' \
  --java-options "-Xlog:cds=off,cds+dynamic=off"
IMAGE="$F/image/hello-fx"
APPDIR="$IMAGE/lib/app"
"$ROOT/installer/linux/write-launcher.sh" "$IMAGE" >/dev/null
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$F/hello.lst -Dvtvl.exitAfterShown=true" \
  timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" "$IMAGE/bin/hello-fx" >/dev/null 2>&1
"$IMAGE/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$F/hello.lst" \
  -XX:SharedArchiveFile="$APPDIR/hello-fx.jsa" -Xlog:cds=warning \
  -cp "$(sed -n "s|^app.classpath=\\\$APPDIR|$APPDIR|p" "$APPDIR/hello-fx.cfg" | paste -sd:)" >/dev/null
echo "floor: $IMAGE"
