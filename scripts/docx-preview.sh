#!/usr/bin/env bash
# Renders page 1 of a DOCX export to docs/images/docx-page1.png, to look at the 公文 layout.
#
# Needs (Debian/Ubuntu):  apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai
#   libreoffice-writer-nogui  converts DOCX → PDF  (soffice --headless --convert-to pdf)
#   poppler-utils             pdftoppm (PDF → PNG)
#   fonts-noto-cjk            Chinese fonts; fonts-arphic-ukai gives a 楷体-like face (optional)
# and a built tree (npm run compile). The rendering test (test/core/exports/render.test.ts)
# checks the same PDF with pdftotext; this script is for a person to look at.
#
# Usage: scripts/docx-preview.sh [input.plan] [output.png] [last-page.png]
# Default input: examples/clean.plan. With a third argument the last page (where the 版记 is)
# is rendered too. PLANMARK_CONFIG=FILE exports with that configuration
# (e.g. {"docx": {"masthead": true}}).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/preview.sh

input="${1:-examples/clean.plan}"
png="${2:-docs/images/docx-page1.png}"
last_png="${3:-}"
config_args=()
[[ -n "${PLANMARK_CONFIG:-}" ]] && config_args=(--config "$PLANMARK_CONFIG")
preview_require docx-preview libreoffice-writer-nogui

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
docx="$work/preview.docx"
node out/cli/planmark.js export "$input" --to docx -o "$docx" "${config_args[@]}" >/dev/null 2>"$work/export.log" || {
  code=$?; cat "$work/export.log" >&2; [[ $code == 1 ]] || exit $code; }

preview_pdf docx-preview "$work" "$docx"
preview_png "$work/preview.pdf" 1 60 "$png"
pages="$(preview_pages "$work/preview.pdf")"
[[ -n "$last_png" && -n "$pages" ]] && preview_png "$work/preview.pdf" "$pages" 60 "$last_png"
echo "docx-preview: $input → $png (PDF has ${pages:-?} pages)"
