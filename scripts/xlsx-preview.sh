#!/usr/bin/env bash
# Renders page 1 of the XLSX 任务分解表 to docs/images/xlsx-page1.png, to look at it as printed
# (A4 landscape, fit to width, header row repeated). The XLSX counterpart of docx-preview.sh.
#
# Needs (Debian/Ubuntu):  apt-get install libreoffice-calc-nogui poppler-utils fonts-noto-cjk
# and a built tree (npm run compile). The rendering test (test/core/exports/render.test.ts)
# checks the same PDF with pdftotext; this script is for a person to look at.
#
# Usage: scripts/xlsx-preview.sh [input.plan] [output.png]
# Default input: examples/clean.plan.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/preview.sh

input="${1:-examples/clean.plan}"
png="${2:-docs/images/xlsx-page1.png}"
preview_require xlsx-preview libreoffice-calc-nogui

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xlsx="$work/preview.xlsx"
node out/cli/planmark.js export "$input" --to xlsx -o "$xlsx" >/dev/null 2>"$work/export.log" || {
  code=$?; cat "$work/export.log" >&2; [[ $code == 1 ]] || exit $code; }

preview_pdf xlsx-preview "$work" "$xlsx"
preview_png "$work/preview.pdf" 1 80 "$png"
echo "xlsx-preview: $input → $png (PDF has $(preview_pages "$work/preview.pdf") pages, both sheets)"
