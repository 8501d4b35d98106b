#!/usr/bin/env bash
# Regenerates installer/windows/routiq.ico and installer/macos/routiq.icns from the shapes of
# resources/icons/routiq.svg (ImageMagick draws them; its SVG reader is not needed). Run it
# after changing the SVG, and keep the two in step by hand: the icon is three shapes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The SVG's 256-unit canvas, four times over.
convert -size 1024x1024 xc:none -fill '#0f5e9c' -draw 'roundrectangle 32,32 991,991 192,192' \
  -fill none -stroke white -strokewidth 72 \
  -draw 'stroke-linecap round stroke-linejoin round polyline 160,640 352,640 448,384 576,784 672,512 864,512' \
  -stroke none -fill '#3ddc84' -draw 'circle 800,288 800,360' "$tmp/1024.png"
for s in 16 32 48 64 128 256 512; do convert "$tmp/1024.png" -resize ${s}x${s} "$tmp/$s.png"; done
convert "$tmp"/{16,32,48,64,128,256}.png "$here/windows/routiq.ico"
# ICNS: a header and PNG entries by type (icp4 16 px … ic10 1024 px).
python3 - "$tmp" "$here/macos/routiq.icns" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
body = b''
for kind, size in [(b'icp4', 16), (b'icp5', 32), (b'icp6', 64), (b'ic07', 128), (b'ic08', 256),
                   (b'ic09', 512), (b'ic10', 1024)]:
    data = open(f'{tmp}/{size}.png', 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open(out, 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
