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

input="${1:-examples/clean.plan}"
png="${2:-docs/images/xlsx-page1.png}"

missing=()
command -v soffice >/dev/null 2>&1 || missing+=("soffice (Debian package libreoffice-calc-nogui)")
command -v pdftoppm >/dev/null 2>&1 || missing+=("pdftoppm (Debian package poppler-utils)")
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=("a Chinese font (Debian package fonts-noto-cjk)")
[[ -f out/cli/planmark.js ]] || missing+=("a build: npm run compile")
if (( ${#missing[@]} )); then
  echo "xlsx-preview: missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "On Debian/Ubuntu (as root): apt-get install -y libreoffice-calc-nogui poppler-utils fonts-noto-cjk" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
xlsx="$work/preview.xlsx"
node out/cli/planmark.js export "$input" --to xlsx -o "$xlsx" >/dev/null 2>"$work/export.log" || {
  code=$?; cat "$work/export.log" >&2; [[ $code == 1 ]] || exit $code; }

# 宋体 and 黑体 (the fonts the table names) as the free Noto faces, for this preview only.
cat > "$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
XML

FONTCONFIG_FILE="$work/fonts.conf" soffice --headless -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "$xlsx" >/dev/null 2>"$work/lo.log" || { cat "$work/lo.log" >&2; exit 1; }
pdf="$work/preview.pdf"
[[ -f "$pdf" ]] || { echo "xlsx-preview: LibreOffice did not write $pdf" >&2; exit 1; }
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$pdf" "$work/page1"
mkdir -p "$(dirname "$png")"
cp "$work/page1.png" "$png"
pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
echo "xlsx-preview: $input → $png (PDF has ${pages:-?} pages, both sheets)"
