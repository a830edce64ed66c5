#!/usr/bin/env bash
# Planmark e2e harness: idempotent installer for code-server + headless chromium.
#
# Installs (only what is missing):
#   - Debian packages: chromium, libkrb5-dev (code-server's `kerberos` dependency builds
#     against the gssapi headers), ripgrep (replaces a GitHub download, see below),
#     fonts-wqy-microhei (a CJK font for readable screenshots; skip: PLANMARK_E2E_SKIP_FONTS=1)
#   - npm packages code-server@$CODE_SERVER_VERSION and playwright-core@1 into the cache folder
#     ${PLANMARK_E2E_CACHE:-<repo>/.vscode-test/code-server}   (.vscode-test/ is gitignored)
#
# A marker file in the cache folder makes a second run instant.
# Env: PLANMARK_E2E_CACHE, CODE_SERVER_VERSION (default 4.100.3), PLANMARK_E2E_SKIP_APT=1,
#      PLANMARK_E2E_SKIP_FONTS=1,
#      PLANMARK_E2E_ALLOW_ANY_NODE=1 (skip the Node 20 check), VERBOSE=1 (show npm output).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE="${PLANMARK_E2E_CACHE:-$REPO/.vscode-test/code-server}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # last code-server on npm that targets Node 20 (= VS Code 1.100.3)
PLAYWRIGHT_RANGE="${PLAYWRIGHT_RANGE:-1}"
RG_PKG_VERSION="1.15.11"                                 # @vscode/ripgrep pinned by code-server 4.100.3
RG_RELEASE="v13.0.0-10"                                   # ripgrep release that @vscode/ripgrep 1.15.11 downloads
MARKER="$CACHE/.installed-code-server-$CODE_SERVER_VERSION"

say()  { printf '[e2e-setup] %s\n' "$*"; }
fail() {
  printf '\n[e2e-setup] ERROR: %s\n' "$1" >&2
  shift
  for line in "$@"; do printf '[e2e-setup]   %s\n' "$line" >&2; done
  exit 1
}

installed_ok() {
  [ -f "$MARKER" ] \
    && [ -x "$CACHE/node_modules/.bin/code-server" ] \
    && [ -f "$CACHE/node_modules/playwright-core/package.json" ]
}

# ---------------------------------------------------------------------------------------------
# 1. Debian packages
# ---------------------------------------------------------------------------------------------
need=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || fail "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file"
else
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
fi
# a CJK font, otherwise the Chinese plan text renders as boxes in screenshots (1.6 MB package)
if [ "${PLANMARK_E2E_SKIP_FONTS:-0}" != 1 ] && [ -z "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]; then
  need+=(fonts-wqy-microhei)
fi
# ripgrep and the Kerberos headers are only needed to install code-server, not to run it
if ! installed_ok; then
  command -v rg >/dev/null 2>&1 || need+=(ripgrep)
  if command -v dpkg >/dev/null 2>&1; then
    dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
  elif [ ! -e /usr/include/gssapi/gssapi.h ]; then
    need+=(libkrb5-dev)
  fi
fi

if [ ${#need[@]} -gt 0 ]; then
  [ "${PLANMARK_E2E_SKIP_APT:-0}" = 1 ] && fail "missing system packages: ${need[*]} (and PLANMARK_E2E_SKIP_APT=1)" \
    "Install them yourself: apt-get install -y ${need[*]}"
  command -v apt-get >/dev/null 2>&1 || fail "missing system packages: ${need[*]}, and apt-get is not available" \
    "This harness expects Debian/Ubuntu. Install the equivalents of: ${need[*]}" \
    "(a chromium binary at /usr/bin/chromium or CHROMIUM_PATH, ripgrep 'rg' on PATH, Kerberos/gssapi dev headers)."
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO=(sudo -n)
    else
      fail "missing system packages: ${need[*]}, and this is not root (no password-less sudo)" \
        "Run as root: apt-get update && apt-get install -y ${need[*]}" \
        "then run this script again."
    fi
  fi
  say "installing system packages: ${need[*]} (apt-get)"
  aptlog="$(mktemp "${TMPDIR:-/tmp}/planmark-e2e-apt.XXXXXX")"
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >"$aptlog" 2>&1; then
    tail -n 20 "$aptlog" >&2
    fail "apt-get update failed (log above, full log: $aptlog)" \
      "Check that the Debian package mirror is reachable and /etc/apt/sources.list is sane."
  fi
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >>"$aptlog" 2>&1; then
    tail -n 20 "$aptlog" >&2
    fail "apt-get install ${need[*]} failed (log above, full log: $aptlog)" \
      "Try by hand: apt-get install -y ${need[*]}"
  fi
  rm -f "$aptlog"
  installed_ok || command -v rg >/dev/null 2>&1 || fail "ripgrep was installed but 'rg' is still not on PATH"
fi

# ---------------------------------------------------------------------------------------------
# 2. code-server + playwright-core from the npm registry
# ---------------------------------------------------------------------------------------------
if installed_ok; then
  say "code-server $CODE_SERVER_VERSION already installed in $CACHE"
  exit 0
fi

command -v node >/dev/null 2>&1 || fail "node is not on PATH" "Install Node.js 20."
command -v npm  >/dev/null 2>&1 || fail "npm is not on PATH" "Install Node.js 20 (with npm)."
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ] && [ "${PLANMARK_E2E_ALLOW_ANY_NODE:-0}" != 1 ]; then
  fail "code-server $CODE_SERVER_VERSION needs Node 20 (its postinstall refuses other majors), this is Node $(node --version)" \
    "Use Node 20 (e.g. nvm use 20), or set CODE_SERVER_VERSION to a code-server release built for Node $node_major" \
    "and PLANMARK_E2E_ALLOW_ANY_NODE=1 (also adjust engines.vscode then)."
fi

mkdir -p "$CACHE" || fail "cannot create the cache folder $CACHE" "Set PLANMARK_E2E_CACHE to a writable folder."

# serialize concurrent installs into the same cache folder
if command -v flock >/dev/null 2>&1; then
  exec 9>"$CACHE/.install.lock"
  if ! flock -n 9; then
    say "another setup.sh is installing into $CACHE, waiting for it (max 15 min)..."
    flock -w 900 9 || fail "timed out waiting for the install lock $CACHE/.install.lock"
  fi
  if installed_ok; then say "code-server $CODE_SERVER_VERSION installed by the concurrent run"; exit 0; fi
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless the archive already sits in its
# cache folder ($TMPDIR/vscode-ripgrep-cache-<pkg version>/). Pre-seed it with Debian's rg.
case "$(uname -m)" in
  x86_64|amd64)  rg_target="x86_64-unknown-linux-musl" ;;
  aarch64|arm64) rg_target="aarch64-unknown-linux-musl" ;;
  *) fail "unsupported CPU architecture $(uname -m) for the ripgrep pre-seed" ;;
esac
TMPD="${TMPDIR:-/tmp}"
rg_cache="$TMPD/vscode-ripgrep-cache-$RG_PKG_VERSION"
rg_tgz="$rg_cache/ripgrep-$RG_RELEASE-$rg_target.tar.gz"
work="$(mktemp -d "$TMPD/planmark-e2e-setup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$rg_cache" "$work/rg" || fail "cannot write to $TMPD (used for the ripgrep cache)" "Set TMPDIR to a writable folder."
cp "$(command -v rg)" "$work/rg/rg"
tar czf "$rg_tgz" -C "$work/rg" rg || fail "could not create the ripgrep archive $rg_tgz"

[ -f "$CACHE/package.json" ] || echo '{ "name": "planmark-e2e-code-server", "private": true }' >"$CACHE/package.json"

say "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_RANGE into $CACHE (~100 s, ~320 MB)..."
npmlog="$CACHE/npm-install.log"
t0=$SECONDS
set +e
(
  cd "$CACHE" &&
  # unsafe_perm: code-server's postinstall refuses root otherwise;
  # yes: node-pty's install runs `npx node-gyp` and must not prompt
  npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-save --no-package-lock --loglevel=error \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_RANGE"
) >"$npmlog" 2>&1 &
npm_pid=$!
# The install is silent for minutes: say every 20 s how far it got.
while kill -0 "$npm_pid" 2>/dev/null; do
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$npm_pid" 2>/dev/null || break; sleep 2; done
  kill -0 "$npm_pid" 2>/dev/null && say "  … still installing: $((SECONDS - t0)) s, $(du -sm "$CACHE/node_modules" 2>/dev/null | cut -f1 || echo 0) MB of ~320 MB"
done
wait "$npm_pid"
rc=$?
set -e
[ "${VERBOSE:-0}" != 0 ] && cat "$npmlog"
if [ $rc -ne 0 ]; then
  tail -n 40 "$npmlog" >&2
  hint="See the full log: $npmlog"
  if grep -q 'gssapi' "$npmlog"; then hint="kerberos failed to build: install libkrb5-dev (apt-get install -y libkrb5-dev). $hint"
  elif grep -qiE 'ripgrep|github\.com|api\.github' "$npmlog"; then hint="@vscode/ripgrep tried to reach GitHub: the pre-seeded archive $rg_tgz was not used (check RG_PKG_VERSION/RG_RELEASE against code-server's lib/vscode/npm-shrinkwrap.json). $hint"
  elif grep -qiE 'ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN' "$npmlog"; then hint="network error: the npm registry must be reachable. $hint"
  elif grep -qiE 'node-gyp|gyp ERR' "$npmlog"; then hint="a native module failed to build: need python3, make and g++ (apt-get install -y build-essential python3). $hint"
  fi
  fail "npm install of code-server@$CODE_SERVER_VERSION failed (exit $rc; last lines above)" "$hint" \
    "Fix the cause and run this script again (it resumes; rm -rf $CACHE for a clean start)."
fi

# sanity checks before writing the marker
[ -x "$CACHE/node_modules/.bin/code-server" ] || fail "npm succeeded but $CACHE/node_modules/.bin/code-server is missing" "rm -rf $CACHE and retry."
# (XDG_* into $work: code-server otherwise writes ~/.config/code-server/config.yaml)
ver="$(XDG_CONFIG_HOME="$work/xdg-config" XDG_DATA_HOME="$work/xdg-data" \
  "$CACHE/node_modules/.bin/code-server" --version 2>/dev/null | grep -E '^[0-9]+\.' | head -n 1)" \
  || fail "the installed code-server does not start ($CACHE/node_modules/.bin/code-server --version failed)" "rm -rf $CACHE and retry; see $npmlog."
( cd "$CACHE" && node -e 'require("playwright-core")' ) || fail "playwright-core is not loadable from $CACHE/node_modules"
[ -e "$CACHE/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] \
  || say "warning: code-server's bundled ripgrep is missing (search in the workbench may not work)"

echo "$ver" >"$MARKER"
say "installed code-server $ver in $((SECONDS - t0)) s"
