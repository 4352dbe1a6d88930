#!/usr/bin/env bash
# Regenerates the application icons from nothing but ImageMagick 6 and Python 3:
# the letters "VTVL" in white on a dark-blue rounded square.
# Output: vtvl-studio-512.png, vtvl-studio-256.png (Linux), vtvl-studio.ico (Windows), vtvl-studio.icns (macOS).
set -euo pipefail
cd "$(dirname "$0")"
FONT=${FONT:-DejaVu-Sans-Bold}

convert -size 512x512 xc:none \
  -fill '#0f2f5c' -draw 'roundrectangle 16,16 495,495 96,96' \
  -fill '#1f5fae' -draw 'roundrectangle 40,372 471,392 10,10' \
  -font "$FONT" -pointsize 150 -fill white -gravity center -annotate +0-20 'VTVL' \
  -font "$FONT" -pointsize 46 -fill '#b9d3f5' -gravity south -annotate +0+40 'STUDIO' \
  PNG32:vtvl-studio-512.png
for s in 256 128 64 48 32 16; do
  convert vtvl-studio-512.png -resize ${s}x${s} PNG32:vtvl-studio-$s.png
done
convert vtvl-studio-256.png vtvl-studio-48.png vtvl-studio-32.png vtvl-studio-16.png vtvl-studio.ico

# ICNS: 'icns' + total length, then entries (type, length incl. 8-byte header, PNG data).
python3 - <<'PY'
import struct
entries = [(b'ic09', 'vtvl-studio-512.png'), (b'ic08', 'vtvl-studio-256.png'), (b'ic07', 'vtvl-studio-128.png')]
body = b''
for kind, name in entries:
    data = open(name, 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('vtvl-studio.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
rm -f vtvl-studio-128.png vtvl-studio-64.png vtvl-studio-48.png vtvl-studio-32.png vtvl-studio-16.png
