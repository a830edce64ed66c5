#!/usr/bin/env bash
# Renders page 1 of a DOCX export to docs/images/docx-page1.png, to look at the 公文 layout.
#
# Needs (Debian/Ubuntu):  apt-get install libreoffice-writer poppler-utils fonts-noto-cjk fonts-arphic-ukai
#   libreoffice-writer  converts DOCX → PDF  (libreoffice --headless --convert-to pdf)
#   poppler-utils       pdftoppm (PDF → PNG)
#   fonts-noto-cjk      Chinese fonts; fonts-arphic-ukai gives a 楷体-like face (optional)
# and a built tree (node scripts/gen-grammar.js && npx tsc -p .).
# CI does not need any of this; the export tests read DOCX files back without LibreOffice.
#
# Usage: scripts/docx-preview.sh [input.plan] [output.png] [last-page.png]
# Default input: examples/clean.plan, else test/fixtures/exports/clean.plan. With a third
# argument the last page (where the 版记 is) is rendered too. PLANMARK_CONFIG=FILE exports
# with that configuration (e.g. {"docx": {"masthead": true}}).
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-}"
if [[ -z "$input" ]]; then
  if [[ -f examples/clean.plan ]]; then input=examples/clean.plan; else input=test/fixtures/exports/clean.plan; fi
fi
png="${2:-docs/images/docx-page1.png}"
last_png="${3:-}"
config_args=()
[[ -n "${PLANMARK_CONFIG:-}" ]] && config_args=(--config "$PLANMARK_CONFIG")

missing=()
command -v libreoffice >/dev/null 2>&1 || missing+=("libreoffice (Debian package libreoffice-writer)")
command -v pdftoppm >/dev/null 2>&1 || missing+=("pdftoppm (Debian package poppler-utils)")
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=("a Chinese font (Debian package fonts-noto-cjk)")
[[ -f out/core/exports/index.js ]] || missing+=("a build: node scripts/gen-grammar.js && npx tsc -p .")
if (( ${#missing[@]} )); then
  echo "docx-preview: missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "On Debian/Ubuntu (as root): apt-get install -y libreoffice-writer poppler-utils fonts-noto-cjk fonts-arphic-ukai" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
docx="$work/preview.docx"

# Export with the CLI when it is wired, else call the command function directly.
if node out/cli/planmark.js export --help >/dev/null 2>&1; then
  node out/cli/planmark.js export "$input" --to docx -o "$docx" "${config_args[@]}"
else
  node -e '
    const { runExport } = require("./out/cli/commands/export.js");
    const io = { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s),
      readStdin: async () => "", cwd: process.cwd(), env: process.env };
    runExport(process.argv.slice(1), io).then(code => process.exit(code === 2 ? 2 : 0));
  ' "$input" --to docx -o "$docx"
fi

# Machines without 仿宋/黑体/楷体/方正小标宋简体 (any Linux box): map the names to free fonts for
# this preview only, so the page shows serif body text and a distinct title face.
cat > "$work/fonts.conf" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
  <match target="pattern">
    <test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>
  </match>
</fontconfig>
XML

FONTCONFIG_FILE="$work/fonts.conf" libreoffice --headless -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf --outdir "$work" "$docx" >/dev/null 2>"$work/lo.log" || { cat "$work/lo.log" >&2; exit 1; }
pdf="$work/preview.pdf"
[[ -f "$pdf" ]] || { echo "docx-preview: LibreOffice did not write $pdf" >&2; exit 1; }
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" "$work/page1"
mkdir -p "$(dirname "$png")"
cp "$work/page1.png" "$png"
pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
if [[ -n "$last_png" && -n "$pages" ]]; then
  pdftoppm -png -r 60 -f "$pages" -l "$pages" -singlefile "$pdf" "$work/last"
  cp "$work/last.png" "$last_png"
fi
echo "docx-preview: $input → $png (PDF has ${pages:-?} pages)"
