# Shared by scripts/docx-preview.sh and scripts/xlsx-preview.sh (sourced, not run): the tools
# check, the 公文 font names mapped to free faces, and LibreOffice → PDF → PNG.

# preview_require NAME LO_PACKAGE: exits 2, listing what is missing, unless soffice, pdftoppm,
# a Chinese font and a build are there.
preview_require() {
  local name="$1" lo_package="$2" missing=()
  command -v soffice >/dev/null 2>&1 || missing+=("soffice (Debian package $lo_package)")
  command -v pdftoppm >/dev/null 2>&1 || missing+=("pdftoppm (Debian package poppler-utils)")
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=("a Chinese font (Debian package fonts-noto-cjk)")
  [[ -f out/cli/planmark.js ]] || missing+=("a build: npm run compile")
  if (( ${#missing[@]} )); then
    echo "$name: missing:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "On Debian/Ubuntu (as root): apt-get install -y $lo_package poppler-utils fonts-noto-cjk fonts-arphic-ukai" >&2
    exit 2
  fi
}

# preview_pdf NAME WORK FILE: converts FILE to WORK/preview.pdf with LibreOffice (its own
# profile in WORK). Machines without 仿宋/宋体/黑体/楷体/方正小标宋简体 (any Linux box) see
# those names mapped to free fonts, for this preview only: serif body text, a distinct title face.
preview_pdf() {
  local name="$1" work="$2" file="$3"
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
  FONTCONFIG_FILE="$work/fonts.conf" soffice --headless -env:UserInstallation="file://$work/lo-profile" \
    --convert-to pdf --outdir "$work" "$file" >/dev/null 2>"$work/lo.log" || { cat "$work/lo.log" >&2; exit 1; }
  [[ -f "$work/preview.pdf" ]] || { echo "$name: LibreOffice did not write $work/preview.pdf" >&2; exit 1; }
}

# preview_png PDF PAGE DPI OUT: one page of PDF as a PNG at OUT.
preview_png() {
  local pdf="$1" page="$2" dpi="$3" out="$4" tmp
  tmp="$(dirname "$pdf")/page-$page"
  pdftoppm -png -r "$dpi" -f "$page" -l "$page" -singlefile "$pdf" "$tmp"
  mkdir -p "$(dirname "$out")"
  cp "$tmp.png" "$out"
}

# preview_pages PDF: how many pages PDF has (empty when pdfinfo cannot say).
preview_pages() {
  pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'
}
