#!/usr/bin/env bash
# Builds the Linux app-image and .deb of VTVL Studio with jpackage.
#
#   installer/build-linux.sh [--no-deb] [--no-cds] [--deb-only]
#   (--deb-only: package the app-image already in target/installer/image again, e.g. after changing installer/linux)
#
# Needs: `./mvnw package` done (target/vtvl-studio.jar + target/lib/), a JDK 17 with jlink and jpackage,
# fakeroot and dpkg-deb for the .deb, and Xvfb (xvfb-run) for the window's part of the CDS training run.
#
# Why it is done by hand rather than with the JavaFX jmods: with JavaFX's native libraries left inside jars or jmods,
# jpackage cannot see them and the .deb does not depend on GTK 3 / libGL. So we jlink a plain JDK runtime, put the
# JavaFX .so files in runtime/lib (where System.loadLibrary finds them first), keep every jar (JavaFX's with the .so
# stripped) on the application class path, and run `jpackage --runtime-image`, which computes the package
# dependencies from the .so files.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET="$ROOT/target"
OUT="$TARGET/installer"
NAME=vtvl-studio
MAIN_CLASS=vn.vtvlstudio.app.Main
BUILD_DEB=true
BUILD_CDS=true
DEB_ONLY=false
for arg in "$@"; do
  case "$arg" in
    --no-deb) BUILD_DEB=false ;;
    --no-cds) BUILD_CDS=false ;;
    --deb-only) DEB_ONLY=true ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done

JDK_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
JLINK="${JDK_BIN}jlink"
JPACKAGE="${JDK_BIN}jpackage"

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0. It is also the version the app shows (the launcher
# passes it as jpackage.app-version; see cli/VersionProvider), so there is one version for the user.
POM_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
APP_VERSION=${APP_VERSION:-$POM_VERSION}
APP_VERSION=${APP_VERSION%%-*}

[ -f "$TARGET/$NAME.jar" ] || { echo "target/$NAME.jar missing: run ./mvnw package first" >&2; exit 2; }

IMAGE="$OUT/image/$NAME"
if ! $DEB_ONLY; then
rm -rf "$OUT"
mkdir -p "$OUT/input/lib" "$OUT/natives"

# 1. The application class path: our jar + every runtime dependency; JavaFX's platform jars lose their .so files,
#    which go to the runtime instead (otherwise JavaFX would extract copies to ~/.openjfx/cache on first start).
cp "$TARGET/$NAME.jar" "$OUT/input/"
for jar in "$TARGET"/lib/*.jar; do
  base=$(basename "$jar")
  cp "$jar" "$OUT/input/lib/$base"
  case "$base" in
    javafx-*-linux.jar)
      if unzip -Z1 "$jar" | grep '\.so$' >/dev/null; then
        unzip -q -o -j "$jar" '*.so' -d "$OUT/natives"
        zip -q -d "$OUT/input/lib/$base" '*.so' >/dev/null
      fi
      ;;
  esac
  # keep the jar's time stamp: the CDS archive checks it
  touch -r "$jar" "$OUT/input/lib/$base"
done

# 2. The runtime: the JDK modules the app and its libraries use (jdeps --print-module-deps, plus locale data for
#    vi-VN number formats, zipfs and EC crypto), then the JavaFX natives in runtime/lib.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.net,jdk.unsupported,jdk.unsupported.desktop,\
jdk.zipfs
"$JLINK" --add-modules "$MODULES" --include-locales=en,vi --strip-debug --no-header-files --no-man-pages \
  --output "$OUT/runtime"
cp "$OUT"/natives/*.so "$OUT/runtime/lib/"

# 3. The app-image.
JAVA_OPTIONS=(--java-options "-Dfile.encoding=UTF-8" --java-options "-Xshare:auto"
  --java-options '-XX:SharedArchiveFile=$APPDIR/vtvl-studio.jsa' --java-options "-Xlog:cds=off,cds+dynamic=off")
"$JPACKAGE" --type app-image --dest "$OUT/image" --name "$NAME" --app-version "$APP_VERSION" \
  --vendor "VTVL Studio" --description "Lập và kiểm tra đề án vị trí việc làm" \
  --copyright "Apache License 2.0" \
  --input "$OUT/input" --main-jar "$NAME.jar" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --icon "$ROOT/installer/icons/vtvl-studio-256.png" \
  "${JAVA_OPTIONS[@]}"
# jpackage 17's native launcher queries rpm/dpkg at every start: use a shell launcher (docs/decisions/0004)
"$ROOT/installer/linux/write-launcher.sh" "$IMAGE"

# 4. AppCDS: record the classes a CLI run and a window run load, and dump them into a static archive next to the
#    jars (lib/app/vtvl-studio.jsa), with the class path in the launcher's order.
if $BUILD_CDS; then
  "$ROOT/installer/train-cds.sh" "$IMAGE"
fi
fi # DEB_ONLY

# 5. The .deb (Office menu entry, dependencies computed from the .so files in the runtime).
if $BUILD_DEB; then
  "$JPACKAGE" --type deb --dest "$OUT" --name "$NAME" --app-version "$APP_VERSION" \
    --app-image "$IMAGE" \
    --vendor "VTVL Studio" --description "Lập và kiểm tra đề án vị trí việc làm" \
    --copyright "Apache License 2.0" --license-file "$ROOT/LICENSE" \
    --resource-dir "$ROOT/installer/linux" \
    --linux-package-name "$NAME" \
    --linux-menu-group "Office;" --linux-app-category misc --linux-shortcut \
    --icon "$ROOT/installer/icons/vtvl-studio-256.png"
  rm -f "$OUT"/*.deb.tmp
  ls -l "$OUT"/*.deb
fi
echo "app-image: $IMAGE"
