#!/usr/bin/env bash
# Copies the real scans that expected.json describes out of a clone of their public source,
# https://github.com/QuangDuyxyz/OCR_LOCAL_VBHC (Quảng Ngãi provincial documents, folder backup/),
# under the names expected.json uses, each checked against its git blob id.
#   git clone https://github.com/QuangDuyxyz/OCR_LOCAL_VBHC /tmp/vbhc
#   bash bench/real-scans/get.sh /tmp/vbhc /tmp/real && npm run bench:ocr -- --real /tmp/real
set -euo pipefail
src=${1:?clone of QuangDuyxyz/OCR_LOCAL_VBHC}; out=${2:?output folder}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
cp "$here/expected.json" "$out/expected.json"
while IFS='|' read -r name blob path; do
  [ -z "$name" ] && continue
  git -C "$src" cat-file -e "$blob" || { echo "missing blob $blob ($path)" >&2; exit 1; }
  git -C "$src" cat-file blob "$blob" > "$out/$name.tmp" && mv "$out/$name.tmp" "$out/$name"
done < "$here/files.txt"
echo "$(wc -l < "$here/files.txt") scans in $out"
