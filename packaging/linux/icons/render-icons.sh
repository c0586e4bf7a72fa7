#!/usr/bin/env bash
# Renders the application icon's PNG sizes (hicolor theme) and the Windows .ico from the SVG.
# Run after editing io.github.jobdesk.Jobdesk.svg; the outputs are committed so that builds do
# not need librsvg2-bin or imagemagick. Needs: rsvg-convert (librsvg2-bin), convert (imagemagick).
set -euo pipefail
cd "$(dirname "$0")"
id=io.github.jobdesk.Jobdesk
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do
    mkdir -p "$s"
    rsvg-convert -w "$s" -h "$s" "$id.svg" -o "$s/$id.png.tmp"
    # Strip timestamps and other text chunks so re-rendering gives identical bytes.
    convert "$s/$id.png.tmp" -strip -define png:exclude-chunks=date,time "$s/$id.png"
    rm -f "$s/$id.png.tmp"
done
# Windows: one .ico with the sizes Explorer and the Start menu use.
convert 16/$id.png 24/$id.png 32/$id.png 48/$id.png 64/$id.png 256/$id.png \
    ../../windows/jobdesk.ico
echo "render-icons: wrote ${sizes[*]} px PNGs and ../../windows/jobdesk.ico"
