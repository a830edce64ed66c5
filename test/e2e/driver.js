#!/usr/bin/env node
// Planmark e2e driver: runs the extension's mocha suite (or a UI screenshot scenario) inside a
// real VS Code (code-server 4.100.3 = VS Code 1.100.3), driven by headless Debian chromium via
// playwright-core. The suite is the ordinary `run()` module that @vscode/test-electron also uses;
// it runs in code-server's Node extension host together with the real language server.
//
// Install the prerequisites first: bash test/e2e/setup.sh   (or just use bash test/e2e/run.sh)
// Usage: node test/e2e/driver.js [--mode=test|ui] [--workspace=DIR] [--tests=FILE]
//                                [--shot=FILE] [--open-file=REL] [--verbose] [--help]
// Every option can also be given as an environment variable (see --help / test/e2e/README.md).
//
// Exit codes: 0 = suite passed (ui: squiggle seen + screenshot saved), 1 = suite failed / UI check
// failed, 2 = harness error (install missing, code-server or browser failed), 124 = stopped by the
// inactivity guard, 130 = interrupted.
//
// No step has a deadline: every wait (code-server listening, the .vsix installed, the workbench,
// the suite's result, a selector) lasts until its condition holds or what it waits on exits, so
// a slow machine never fails a run. The one guard against a hang is the inactivity guard
// (test/support/inactivity.ts, compiled into out/): it stops the run with exit 124 when nothing
// progresses — no output from code-server or the suite, no test started, no wait began — for
// PLANMARK_TEST_INACTIVITY_MS (default 10 minutes), naming the test that was running and what it
// waited for (the suite announces both: test/e2e/suite/index.ts and helpers.ts).
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const { assembleWorkspace } = require('./workspace');

const REPO = path.resolve(__dirname, '..', '..');
const EXIT = { PASS: 0, FAIL: 1, HARNESS: 2, TIMEOUT: 124, INTERRUPTED: 130 };

// ------------------------------------------------------------------------------------------------
// options
// ------------------------------------------------------------------------------------------------
const OPTION_HELP = {
  MODE: 'test (run the mocha suite, default) or ui (open OPEN_FILE, screenshot Problems + Outline)',
  WORKSPACE: 'folder to open (default: a temp folder assembled from examples/ and test/fixtures/, see test/e2e/workspace.js)',
  TESTS: 'extensionTestsPath, a module exporting run() (default: out/test/e2e/suite/index.js)',
  EXT: 'extensionDevelopmentPath (default: the repo root)',
  PLANMARK_TEST_INACTIVITY_MS: 'stop the run (exit 124) after this long without any progress (default: 600000 = 10 minutes)',
  SHOT: 'screenshot path (ui default: docs/images/screenshot.png; test: only when set, taken when the summary line arrives)',
  OPEN_FILE: 'ui mode: file to open, relative to the workspace (default: the first *.plan file)',
  VERBOSE: '1 = also relay code-server output, the browser console and the workbench chatter',
  EXTENSIONS_DIR: 'code-server --extensions-dir (e.g. with an installed .vsix; default: empty temp dir)',
  DEV_PATH: '0 = do not pass extensionDevelopmentPath (test the extension installed in EXTENSIONS_DIR)',
  VSIX: 'install this .vsix into EXTENSIONS_DIR (default: a temp dir) first; implies DEV_PATH=0 unless set',
  PORT: 'fixed port for code-server (default: a free port chosen per run)',
  PLANMARK_E2E_CACHE: 'install folder of setup.sh (default: <repo>/.vscode-test/code-server)',
  CODE_SERVER: 'code-server binary (default: $PLANMARK_E2E_CACHE/node_modules/.bin/code-server)',
  CHROMIUM_PATH: 'browser binary (default: /usr/bin/chromium)',
  LOGS_DIR: 'copy the workbench (browser) and server/extension-host log files there at exit',
  KEEP_TMP: '1 = keep the temp folder (user data, workspace copy) for inspection',
  LOCALE: 'VS Code display language, e.g. zh-cn: code-server --locale, with a minimal language pack the run builds (default: en)',
};

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { opts.HELP = '1'; continue; }
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/i.exec(a);
    if (!m) throw new UsageError(`unexpected argument '${a}' (see --help)`);
    const key = m[1].toUpperCase().replace(/-/g, '_');
    if (!(key in OPTION_HELP)) throw new UsageError(`unknown option '--${m[1]}' (see --help)`);
    let value = m[2];
    if (value === undefined) {
      if (key === 'VERBOSE' || key === 'KEEP_TMP') value = '1';
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`option '--${m[1]}' needs a value`);
    }
    opts[key] = value;
  }
  return opts;
}

class UsageError extends Error {}
class HarnessError extends Error {}

function loadOptions() {
  const args = parseArgs(process.argv.slice(2));
  const get = k => (args[k] !== undefined ? args[k] : process.env[k]);
  if (args.HELP) {
    console.log('Usage: node test/e2e/driver.js [--option=value ...]\nOptions (also as environment variables):');
    for (const [k, v] of Object.entries(OPTION_HELP)) console.log(`  --${k.toLowerCase().replace(/_/g, '-').padEnd(18)} ${k.padEnd(18)} ${v}`);
    process.exit(0);
  }
  const mode = get('MODE') || 'test';
  if (mode !== 'test' && mode !== 'ui') throw new UsageError(`MODE must be 'test' or 'ui', not '${mode}'`);
  const cache = path.resolve(get('PLANMARK_E2E_CACHE') || path.join(REPO, '.vscode-test', 'code-server'));
  let inactivityMs;
  try { inactivityMs = inactivityModule().inactivityWindow({ PLANMARK_TEST_INACTIVITY_MS: get('PLANMARK_TEST_INACTIVITY_MS') }); } catch (e) { throw new UsageError(e.message); }
  if (process.env.TIMEOUT_MS) log('note: TIMEOUT_MS is no longer read: the run has no deadline, only an inactivity guard (PLANMARK_TEST_INACTIVITY_MS)');
  const port = get('PORT') ? Number(get('PORT')) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`PORT must be a port number, not '${get('PORT')}'`);
  const verbose = !!get('VERBOSE') && get('VERBOSE') !== '0';
  const shot = get('SHOT') ? path.resolve(get('SHOT')) : (mode === 'ui' ? path.join(REPO, 'docs', 'images', 'screenshot.png') : undefined);
  return {
    mode, cache, inactivityMs, port, verbose, shot,
    codeServer: path.resolve(get('CODE_SERVER') || path.join(cache, 'node_modules', '.bin', 'code-server')),
    chromium: get('CHROMIUM_PATH') || '/usr/bin/chromium',
    ext: path.resolve(get('EXT') || REPO),
    tests: path.resolve(get('TESTS') || path.join(REPO, 'out', 'test', 'e2e', 'suite', 'index.js')),
    workspace: get('WORKSPACE') ? path.resolve(get('WORKSPACE')) : undefined,
    openFile: get('OPEN_FILE'),
    extensionsDir: get('EXTENSIONS_DIR') ? path.resolve(get('EXTENSIONS_DIR')) : undefined,
    vsix: get('VSIX') ? path.resolve(get('VSIX')) : undefined,
    devPath: get('DEV_PATH') !== undefined && get('DEV_PATH') !== '' ? get('DEV_PATH') !== '0' : !get('VSIX'),
    logsDir: get('LOGS_DIR') ? path.resolve(get('LOGS_DIR')) : undefined,
    keepTmp: !!get('KEEP_TMP') && get('KEEP_TMP') !== '0',
    locale: get('LOCALE') || undefined,
  };
}

// ------------------------------------------------------------------------------------------------
// helpers
// ------------------------------------------------------------------------------------------------
const t0 = Date.now();
/** The run's inactivity guard, once main() started it: everything the driver logs is progress. */
let guard;
const log = (...a) => { guard?.progress(); console.log(`[driver +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a); };
const sleep = ms => new Promise(r => setTimeout(r, ms));
/** What the run is doing, for the inactivity guard's report. */
const phase = what => { guard?.progress(what); };

/** test/support/inactivity.ts as compiled by npm run compile. */
function inactivityModule() {
  const file = path.join(REPO, 'out', 'test', 'support', 'inactivity.js');
  if (!fs.existsSync(file)) throw new HarnessError(`${file} is missing.\n  Run: npm run compile first`);
  return require(file);
}
// the suite's progress lines (test/e2e/suite/index.ts, helpers.ts): for the guard, not printed
const TEST_HOOK_RE = /^\[planmark-e2e\] test (.*)$/;
const WAIT_HOOK_RE = /^\[planmark-e2e\] waiting for (.*)$/;
const SUMMARY_RE = /^\d+ passed, \d+ failed(, \d+ skipped)?$/;
const SHOT_HOOK_RE = /^\[planmark-e2e\] screenshot ([\w.-]+)$/;
// keyboard hook for suites: '[planmark-e2e] keys ID [steps]' (test/e2e/suite/helpers.ts pressKeys)
const KEYS_HOOK_RE = /^\[planmark-e2e\] keys ([\w.-]+) (\[.*\])$/;
// workbench chatter that says nothing about the extension under test (shown with VERBOSE=1);
// the open-vsx lookup error is expected offline
const NOISE_RE = /ENOTFOUND open-vsx\.org|open-vsx\.org|^Resolv(ing|ed) connection token|^Creating a socket|^Updating additional builtin extensions|^\[Service Worker\]|^ChatSessionStore:/;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A promise that rejects/resolves after ms; .cancel() clears the timer. */
function timer(ms, value) {
  let id;
  const p = new Promise(r => { id = setTimeout(() => r(value), ms); });
  p.cancel = () => clearTimeout(id);
  return p;
}

function loadPlaywright(cache) {
  let resolved;
  try {
    resolved = require.resolve('playwright-core', { paths: [cache, path.join(cache, 'node_modules')] });
  } catch {
    throw new HarnessError(`playwright-core is not installed in ${cache}.\n  Run: bash test/e2e/setup.sh   (or set PLANMARK_E2E_CACHE to the folder setup.sh installed into)`);
  }
  return require(resolved);
}

function checkPrerequisites(o) {
  if (!fs.existsSync(o.codeServer)) {
    throw new HarnessError(`code-server not found at ${o.codeServer}.\n  Run: bash test/e2e/setup.sh   (or set PLANMARK_E2E_CACHE / CODE_SERVER)`);
  }
  if (!fs.existsSync(o.chromium)) {
    throw new HarnessError(`chromium not found at ${o.chromium}.\n  Run as root: apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium/Chrome binary)`);
  }
  if (o.devPath && !fs.existsSync(path.join(o.ext, 'package.json'))) {
    throw new HarnessError(`EXT=${o.ext} is not an extension folder (no package.json)`);
  }
  if (o.devPath) {
    try {
      const main = JSON.parse(fs.readFileSync(path.join(o.ext, 'package.json'), 'utf8')).main;
      const mainFile = main && path.resolve(o.ext, main);
      if (mainFile && !fs.existsSync(mainFile) && !fs.existsSync(`${mainFile}.js`)) {
        log(`WARNING: the extension's main entry ${path.relative(o.ext, mainFile)} does not exist: it cannot activate (build/bundle it first)`);
      }
    } catch (e) {
      throw new HarnessError(`cannot read ${path.join(o.ext, 'package.json')}: ${e.message}`);
    }
  }
  if (o.mode === 'test' && !fs.existsSync(o.tests)) {
    throw new HarnessError(`test entry ${o.tests} does not exist.\n  Run: npm run compile first   (or set TESTS to the compiled suite's index.js)`);
  }
  if (o.workspace && !fs.statSync(o.workspace, { throwIfNoEntry: false })?.isDirectory()) {
    throw new HarnessError(`WORKSPACE=${o.workspace} is not a folder`);
  }
  if (o.extensionsDir && !fs.statSync(o.extensionsDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new HarnessError(`EXTENSIONS_DIR=${o.extensionsDir} is not a folder`);
  }
  if (o.vsix && !fs.existsSync(o.vsix)) {
    throw new HarnessError(`VSIX=${o.vsix} does not exist (build it with: npx vsce package)`);
  }
  if (!o.devPath && !o.extensionsDir && !o.vsix) {
    log('warning: DEV_PATH=0 without EXTENSIONS_DIR: no extension under test will be loaded');
  }
}

function formatLogArgs(args) {
  if (Array.isArray(args)) return typeof args[0] === 'string' ? util.format(...args) : args.map(a => (typeof a === 'string' ? a : util.inspect(a))).join(' ');
  return typeof args === 'string' ? args : util.inspect(args);
}

// ------------------------------------------------------------------------------------------------
// code-server
// ------------------------------------------------------------------------------------------------
/** Where screenshots requested by the suite ('[planmark-e2e] screenshot NAME') are saved. */
function shotDir(o) {
  return o.shot ? path.dirname(o.shot) : path.join(REPO, 'out', 'e2e-screenshots');
}

function codeServerEnv(tmp, o) {
  const env = {
    ...process.env,
    CS_DISABLE_FILE_DOWNLOADS: '1',
    // the suite waits for its screenshots to be written there (test/e2e/suite/helpers.ts)
    PLANMARK_E2E_SHOT_DIR: shotDir(o),
    // code-server writes its heartbeat, logs and a default config under the XDG dirs regardless
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // when run from a VS Code terminal, don't talk to that instance
  return env;
}

/** code-server --install-extension VSIX into the extensions dir used for this run. */
async function installVsix(o, tmp) {
  const extensionsDir = o.extensionsDir || path.join(tmp, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  log(`installing ${o.vsix} into ${extensionsDir}`);
  const args = ['--config', path.join(tmp, 'config.yaml'), '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', extensionsDir, '--install-extension', o.vsix, '--force'];
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
  phase(`installing ${o.vsix} (code-server --install-extension)`);
  const p = spawn(o.codeServer, args, { stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv(tmp, o), detached: true });
  let out = '';
  p.stdout.on('data', d => { out += d; guard?.progress(); });
  p.stderr.on('data', d => { out += d; guard?.progress(); });
  // no deadline: the install ends when the process does (the inactivity guard covers a hang)
  const res = await Promise.race([
    new Promise(r => p.once('exit', code => r(code))),
    new Promise(r => p.once('error', e => { out += e.message; r(-1); })),
  ]);
  if (res !== 0 || /Failed Installing|Error:/i.test(out)) {
    throw new HarnessError(`installing ${o.vsix} failed (exit ${res}):\n${out}`);
  }
  if (o.verbose) process.stdout.write(out);
  return extensionsDir;
}

/**
 * A display language for the run without a language pack from the marketplace (offline): VS Code
 * resolves the language from `languagepacks.json` in the user data folder, which names each pack's
 * translations of VS Code's own strings. This pack has none (VS Code's own UI stays English), but
 * the language resolves, so `vscode.env.language`, the extensions' vscode.l10n bundles and their
 * package.nls.<language>.json follow it.
 */
function writeLanguagePack(userData, tmp, locale) {
  const translations = path.join(tmp, 'language-pack', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
    [locale]: {
      hash: 'planmark-e2e-0',
      extensions: [{ extensionIdentifier: { id: 'planmark-e2e.language-pack' }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  }));
}

/** Starts code-server in its own process group (so all its children can be killed together). */
async function startCodeServer(o, tmp, port) {
  const userData = path.join(tmp, 'user-data');
  const extensionsDir = o.extensionsDir || path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
  // keep the UI quiet and deterministic
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
  }, null, 2));
  if (o.locale) writeLanguagePack(userData, tmp, o.locale);
  const args = [
    ...(o.locale ? ['--locale', o.locale] : []),
    '--config', path.join(tmp, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', userData,
    '--extensions-dir', extensionsDir,
  ];
  const env = codeServerEnv(tmp, o);
  if (o.verbose) log('starting', o.codeServer, args.join(' '));
  phase('code-server to listen (its "HTTP server listening" line)');
  const cs = spawn(o.codeServer, args, { stdio: ['ignore', 'pipe', 'pipe'], env, detached: true });
  codeServerPid = cs.pid;
  let out = '';
  const onData = d => {
    const s = d.toString();
    out += s;
    guard?.progress();
    if (out.length > 200000) out = out.slice(-100000);
    if (o.verbose) process.stdout.write(s.replace(/^(?=.)/gm, '[code-server] '));
  };
  cs.stdout.on('data', onData);
  cs.stderr.on('data', onData);
  const exited = new Promise(r => cs.once('exit', (code, signal) => r({ code, signal })));
  // ready when it says so, or failed when it exits: no deadline (the inactivity guard covers a hang)
  const ready = await new Promise(resolve => {
    const check = () => { if (/HTTP server listening/.test(out)) resolve('ready'); };
    cs.stdout.on('data', check);
    cs.stderr.on('data', check);
    cs.once('error', e => { out += `\nspawn error: ${e.message}`; resolve('exit'); });
    exited.then(() => resolve('exit'));
  });
  const handle = { cs, exited, output: () => out, port };
  if (ready === 'ready') return handle;
  await killCodeServer(handle);
  const addrInUse = /EADDRINUSE/.test(out);
  const err = new HarnessError(`code-server exited during startup${addrInUse ? ` (port ${port} is in use${o.port ? '; unset PORT to pick a free port' : ''})` : ''}. Its output:\n${out}`);
  err.addrInUse = addrInUse;
  throw err;
}

async function killCodeServer(h) {
  if (!h || !h.cs.pid) return;
  const alive = () => h.cs.exitCode === null && h.cs.signalCode === null;
  const killGroup = sig => { try { process.kill(-h.cs.pid, sig); } catch { try { h.cs.kill(sig); } catch { /* gone */ } } };
  if (alive()) {
    killGroup('SIGTERM');
    const t = timer(5000, 'timeout');
    const r = await Promise.race([h.exited, t]);
    t.cancel();
    if (r === 'timeout') killGroup('SIGKILL');
  }
  // children (extension host, language server) may outlive the main process: end the group
  killGroup('SIGKILL');
}

// ------------------------------------------------------------------------------------------------
// workspace
// ------------------------------------------------------------------------------------------------
function prepareWorkspace(o, tmp) {
  if (o.workspace) return o.workspace;
  return assembleWorkspace(path.join(tmp, 'workspace'));
}

function findFirstPlanFile(dir, rel = '') {
  const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) if (e.isFile() && e.name.endsWith('.plan')) return path.posix.join(rel, e.name);
  for (const e of entries) {
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') {
      const f = findFirstPlanFile(dir, path.posix.join(rel, e.name));
      if (f) return f;
    }
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// main
// ------------------------------------------------------------------------------------------------
let cleanupFn = async () => {};
let interrupted = false;
let currentPage; // for the inactivity guard's screenshot
let codeServerPid; // last-resort cleanup in the 'exit' handler
process.on('exit', () => { if (codeServerPid) { try { process.kill(-codeServerPid, 'SIGKILL'); } catch { /* gone */ } } });

/** Set once the run is stopped by the inactivity guard: the report is printed, cleanup runs, exit 124. */
let stalled = false;

async function main() {
  const o = loadOptions();
  checkPrerequisites(o);
  const { chromium } = loadPlaywright(o.cache);
  guard = inactivityModule().startInactivityGuard('e2e driver', o.inactivityMs, report => {
    if (interrupted || stalled) return;
    stalled = true; // the guard has written the report to stderr already
    const shot = o.shot && currentPage ? Promise.race([screenshot(currentPage, o.shot.replace(/(\.png)?$/, '-stalled.png')), sleep(30000)]) : Promise.resolve();
    shot.then(() => cleanupFn()).finally(() => process.exit(EXIT.TIMEOUT));
  }, 120000); // the screenshot and the cleanup take their time before the worker would kill the driver

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-e2e-'));
  let handle;
  let browser;
  let cleaning; // one shared promise: every caller (finally, signal handler) waits for the same cleanup
  cleanupFn = () => (cleaning ??= (async () => {
    try { if (browser) await Promise.race([browser.close(), sleep(5000)]); } catch { /* ignore */ }
    await killCodeServer(handle);
    codeServerPid = undefined;
    if (o.logsDir) { // server side: remote agent, extension host, language server output channels
      try { fs.cpSync(path.join(tmp, 'user-data', 'logs'), path.join(o.logsDir, 'server'), { recursive: true }); } catch { /* none */ }
    }
    if (o.keepTmp) log('kept temp folder', tmp);
    else {
      try { fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch (e) { log(`warning: could not remove ${tmp}: ${e.message}`); }
    }
  })());

  try {
    const workspace = prepareWorkspace(o, tmp);
    const openFile = o.mode === 'ui' ? resolveOpenFile(o, workspace) : undefined;
    if (o.vsix) o.extensionsDir = await installVsix(o, tmp);
    // pick a free port; retry if another process grabs it between the probe and code-server's bind
    for (let attempt = 1; ; attempt++) {
      const port = o.port || await freePort();
      try {
        handle = await startCodeServer(o, tmp, port);
        break;
      } catch (e) {
        if (e.addrInUse && !o.port && attempt < 3) { log(`port ${port} got taken, retrying`); continue; }
        throw e;
      }
    }
    log(`code-server ready on 127.0.0.1:${handle.port} (pid ${handle.cs.pid})`);

    try {
      browser = await chromium.launch({
        executablePath: o.chromium,
        headless: true,
        timeout: 0, // no deadline: the inactivity guard covers a hang
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // our handler cleans up everything
        // chromium keeps its crash database and caches under the XDG dirs: keep them in tmp too
        env: { ...process.env, XDG_CONFIG_HOME: path.join(tmp, 'browser-config'), XDG_CACHE_HOME: path.join(tmp, 'browser-cache') },
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'],
      });
    } catch (e) {
      throw new HarnessError(`could not launch chromium (${o.chromium}): ${e.message.split('\n')[0]}\n  Check: ${o.chromium} --headless --no-sandbox --dump-dom about:blank`);
    }
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    currentPage = page;

    // the workbench reports the suite result through window.codeAutomationExit(code, logs)
    let resolveExit;
    const exitCalled = new Promise(r => (resolveExit = r));
    let summary;
    const pendingShots = [];
    let earlyShot; // test mode: screenshot taken when the summary appears, while the extension host still lives
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const msg = formatLogArgs(args);
      guard.progress();
      if (!o.verbose && NOISE_RE.test(msg)) return;
      for (const line of msg.split(/\r?\n/)) {
        const test = TEST_HOOK_RE.exec(line.trim());
        const wait = WAIT_HOOK_RE.exec(line.trim());
        if (test || wait) {
          if (test) guard.progress(test[1]);
          else guard.waiting(wait[1]);
          if (o.verbose) console.log(`[vscode:${type}] ${line}`);
          continue;
        }
        const hook = SHOT_HOOK_RE.exec(line.trim());
        const keys = KEYS_HOOK_RE.exec(line.trim());
        if (keys) {
          // the suite waits for keys-ID.done in the shot dir: 'ok' or the error
          const done = path.join(shotDir(o), `keys-${keys[1]}.done`);
          pendingShots.push(pressKeys(page, JSON.parse(keys[2])).then(() => 'ok', e => `error: ${e.message.split('\n')[0]}`)
            .then(result => { fs.mkdirSync(path.dirname(done), { recursive: true }); fs.writeFileSync(done, result); log(`keys ${keys[1]}: ${result}`); }));
        } else if (hook) {
          // screenshot hook for suites: console.log('[planmark-e2e] screenshot NAME'), then wait ~1 s
          const file = path.join(shotDir(o), `${hook[1].replace(/\.png$/, '')}.png`);
          pendingShots.push(previewsRendered(page).then(() => screenshot(page, file)));
        } else if (SUMMARY_RE.test(line.trim())) {
          // the suite's bare 'N passed, N failed' line is echoed unprefixed for CI
          summary = line.trim();
          console.log(summary);
          if (o.mode === 'test' && o.shot && !earlyShot) earlyShot = screenshot(page, o.shot);
        } else if (line || o.verbose) {
          console.log(`[vscode:${type}] ${line}`);
        }
      }
    });
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      if (o.logsDir && Array.isArray(logs)) {
        for (const { relativePath, contents } of logs) {
          const f = path.join(o.logsDir, relativePath);
          fs.mkdirSync(path.dirname(f), { recursive: true });
          fs.writeFileSync(f, contents);
        }
        log('workbench logs written to', o.logsDir);
      }
      resolveExit(code);
    });
    if (o.verbose) page.on('console', m => console.log(`[browser:${m.type()}] ${m.text()}`));
    page.on('pageerror', e => console.log('[pageerror]', e.message));

    // abort early instead of waiting for the timeout when something underneath dies
    const broken = new Promise(r => {
      page.on('crash', () => r('the browser page crashed'));
      browser.on('disconnected', () => r('the browser disconnected'));
      handle.exited.then(({ code, signal }) => r(`code-server exited (code ${code}, signal ${signal}). Last output:\n${handle.output().slice(-3000)}`));
    });

    const remote = p => `vscode-remote://127.0.0.1:${handle.port}${p.split(path.sep).join('/')}`;
    const payload = [['skipWelcome', 'true']];
    if (o.devPath) {
      payload.unshift(['extensionDevelopmentPath', remote(o.ext)]);
    } else if (o.mode === 'test') {
      // VS Code only runs extensionTestsPath in an "extension development" window and picks the
      // extension host by the development path's location; point it at an empty stub extension so
      // the tests run in the remote (Node) host while the extension under test is the installed one
      const stub = path.join(tmp, 'dev-stub');
      fs.mkdirSync(stub, { recursive: true });
      fs.writeFileSync(path.join(stub, 'package.json'), JSON.stringify({
        name: 'e2e-dev-stub', publisher: 'planmark-e2e', version: '0.0.0', engines: { vscode: '*' },
        description: 'empty stand-in so that extensionTestsPath runs without extensionDevelopmentPath',
      }));
      payload.unshift(['extensionDevelopmentPath', remote(stub)]);
    }
    if (o.mode === 'test') payload.push(['extensionTestsPath', remote(o.tests)]);
    const url = `http://127.0.0.1:${handle.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`mode=${o.mode} workspace=${workspace}`);
    if (o.mode === 'test') log(`tests=${o.tests}`);
    if (o.verbose) log('opening', url);

    // the suite's result, however long it takes; a stuck run is stopped by the inactivity guard
    phase(o.mode === 'test' ? 'the workbench to load and the suite to start (is the extension activating? is run() resolving?)' : 'the workbench to load');
    await page.goto(url, { timeout: 0 });
    const scenario = o.mode === 'test'
      ? runTestMode(o, page, exitCalled, () => summary, () => earlyShot).finally(() => Promise.all(pendingShots))
      : runUiMode(o, page, openFile);
    scenario.catch(() => { /* reported through the race below */ });
    const r = await Promise.race([scenario, broken.then(reason => ({ broken: reason }))]);
    if (r && r.broken) { if (!interrupted && !stalled) console.error(`[driver] ERROR: ${r.broken}`); return EXIT.HARNESS; }
    return r;
  } finally {
    await cleanupFn();
  }
}

/**
 * Waits, however long it takes, until every webview the workbench shows is a Planmark preview
 * that has rendered its document (a non-empty #pm-root), so that a screenshot shows it; with no
 * webview shown there is nothing to wait for.
 */
async function previewsRendered(page) {
  phase('the previews to render before a screenshot');
  for (;;) {
    const webviews = await page.locator('iframe.webview').count().catch(() => 0);
    if (!webviews) return;
    const roots = [];
    for (const frame of page.frames()) {
      try {
        const html = await frame.$eval('#pm-root', el => el.innerHTML);
        roots.push(html.trim().length > 0);
      } catch { /* not a preview frame, or it went away */ }
    }
    if (roots.length >= webviews && roots.every(Boolean)) return;
    await sleep(100);
  }
}

/**
 * Drives the workbench's keyboard as a user would, for the suite: steps `{ press: 'F2' }`,
 * `{ type: 'text' }`, `{ waitFor: 'css selector' }` (visible), `{ waitHidden: 'css selector' }`,
 * `{ waitValue: { selector, value } }` (an input holds that value).
 */
async function pressKeys(page, steps) {
  // no deadlines (timeout 0): each wait lasts until its condition holds; the guard names it
  for (const step of steps) {
    guard.progress();
    if (step.press) await page.keyboard.press(step.press);
    else if (step.type !== undefined) await page.keyboard.type(step.type, { delay: 20 });
    else if (step.waitFor) { guard.waiting(`${step.waitFor} to be visible (driver keys)`); await page.waitForSelector(step.waitFor, { state: 'visible', timeout: 0 }); }
    else if (step.waitHidden) { guard.waiting(`${step.waitHidden} to be hidden (driver keys)`); await page.waitForSelector(step.waitHidden, { state: 'hidden', timeout: 0 }); }
    else if (step.waitValue) {
      guard.waiting(`${step.waitValue.selector} to hold ${JSON.stringify(step.waitValue.value)} (driver keys)`);
      await page.waitForFunction(([sel, value]) => document.querySelector(sel)?.value === value, [step.waitValue.selector, step.waitValue.value], { timeout: 0 });
    }
    else throw new Error(`unknown key step ${JSON.stringify(step)}`);
  }
}

async function screenshot(page, file) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, timeout: 0 });
    log('screenshot saved:', file);
    return true;
  } catch (e) {
    log('screenshot failed:', e.message.split('\n')[0]);
    return false;
  }
}

async function runTestMode(o, page, exitCalled, getSummary, getEarlyShot) {
  const code = await exitCalled;
  log(`extension tests finished, exit code ${code}`);
  if (o.shot) {
    // the screenshot is normally taken as soon as the summary line arrives: by the time
    // codeAutomationExit fires the extension host is shut down (diagnostics etc. are gone)
    if (getEarlyShot()) await getEarlyShot();
    else await screenshot(page, o.shot);
  }
  if (!getSummary()) log("note: the suite printed no 'N passed, N failed' line");
  return code === 0 ? EXIT.PASS : EXIT.FAIL;
}

function resolveOpenFile(o, workspace) {
  const openFile = o.openFile || findFirstPlanFile(workspace);
  if (!openFile) throw new HarnessError(`MODE=ui: no OPEN_FILE given and no *.plan file in ${workspace}`);
  if (!fs.existsSync(path.join(workspace, openFile))) throw new HarnessError(`MODE=ui: OPEN_FILE=${openFile} does not exist in ${workspace}`);
  return openFile.split(path.sep).join('/');
}

/** Waits for `selector` (visible unless `state` says otherwise), however long it takes; the inactivity guard names it. */
async function waitForSelector(page, selector, what, state = 'visible') {
  guard.waiting(what);
  await page.waitForSelector(selector, { state, timeout: 0 });
  guard.progress();
}

async function runUiMode(o, page, openFile) {
  await waitForSelector(page, '.monaco-workbench .part.editor', 'the workbench editor area');
  await waitForSelector(page, '.monaco-workbench .statusbar', 'the workbench status bar');
  log('workbench loaded, opening', openFile);

  // Quick Open (Ctrl+P), type the path, wait for the file's row, Enter
  const quickInput = '.quick-input-widget .quick-input-box input';
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  await waitForSelector(page, quickInput, 'Quick Open');
  await page.keyboard.type(openFile, { delay: 20 });
  const base = path.posix.basename(openFile).replace(/"/g, '\\"');
  await waitForSelector(page, `.quick-input-list .monaco-list-row[aria-label*="${base}"]`, `Quick Open to list ${openFile}`, 'attached');
  await page.keyboard.press('Enter');
  await waitForSelector(page, `.tabs-container .tab[aria-label*="${base}"]`, `the editor tab of ${openFile}`, 'attached');
  log('editor opened, waiting for a diagnostic squiggle');

  // the language server's diagnostics, however long they take (the inactivity guard covers a hang)
  await waitForSelector(page, '.squiggly-error, .squiggly-warning', 'a .squiggly-error/.squiggly-warning in the editor (is the language server producing diagnostics?)', 'attached');
  log('squiggle visible in the editor');

  // Problems panel: wait for its rows
  await page.keyboard.press('Control+Shift+M');
  await waitForSelector(page, '.markers-panel .monaco-list-row', 'rows in the Problems panel', 'attached');
  const problems = await page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
  log('Problems rows:', JSON.stringify(problems.map(t => t.replace(/\s+/g, ' ').trim())));

  // Outline view (lives in the Explorer) via the command palette: wait for its rows
  await runCommand(page, 'Explorer: Focus on Outline View');
  await waitForSelector(page, '.outline-pane .monaco-list-row', 'rows in the Outline view (document symbols)', 'attached');
  const outline = await page.locator('.outline-pane .monaco-list-row').allInnerTexts().catch(() => []);
  log('Outline rows:', JSON.stringify(outline.map(t => t.replace(/\s+/g, ' ').trim())));

  // put the focus back into the editor so the screenshot shows the squiggle, not a focus ring
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
  await waitForSelector(page, '.editor-instance .monaco-editor.focused', 'the editor to have the focus', 'attached');
  const saved = await screenshot(page, o.shot);
  return saved ? EXIT.PASS : EXIT.FAIL;
}

/** Runs a command from the palette (F1): waits for the palette to list `label` first, and for the palette to close after. */
async function runCommand(page, label) {
  const quickInput = '.quick-input-widget .quick-input-box input';
  await page.keyboard.press('F1');
  await waitForSelector(page, quickInput, 'the command palette');
  await page.keyboard.type(label, { delay: 10 });
  await waitForSelector(page, `.quick-input-list .monaco-list-row[aria-label*="${label.replace(/"/g, '\\"')}"]`, `the command palette to list ${label}`, 'attached');
  await page.keyboard.press('Enter');
  await waitForSelector(page, '.quick-input-widget', 'the command palette to close', 'hidden');
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) process.exit(EXIT.INTERRUPTED);
    interrupted = true;
    log(`${sig}: cleaning up`);
    cleanupFn().finally(() => process.exit(EXIT.INTERRUPTED));
  });
}

main().then(
  code => {
    if (interrupted) return; // the signal handler exits once cleanup is done
    log(`done, exit code ${code}`);
    process.exit(code);
  },
  e => {
    if (interrupted) return;
    if (e instanceof UsageError) { console.error(`[driver] usage error: ${e.message}`); process.exit(EXIT.HARNESS); }
    if (e instanceof HarnessError) { console.error(`[driver] ERROR: ${e.message}`); process.exit(EXIT.HARNESS); }
    console.error('[driver] unexpected error:', e && e.stack || e);
    process.exit(EXIT.HARNESS);
  },
);
