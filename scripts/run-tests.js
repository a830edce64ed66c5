#!/usr/bin/env node
// Runs every test: the mocha suites (core, CLI, language server, client) in this process,
// then the real-VS-Code suite through test/e2e/run.sh twice (the extension from the working
// tree, then the packaged .vsix installed), and the zh-cn suite (test/e2e/suite/zh/: VS Code's
// display language zh-cn, the extension from the working tree), and ends with a summary per suite
// and one closing line that counts every test once and names what was skipped and why:
//   mocha 426 passed, 57 skipped · VS Code (working tree) 28 passed · VS Code zh-cn 6 passed · VS Code (.vsix) 28 passed
//   482 passed, 0 failed, 57 skipped (raw seeds not found at /nonexistent)
// `--unit` runs the mocha suites only.
//
// No test has a deadline (mocha's timeout is 0 in .mocharc.json): the one guard against a hang
// is the inactivity guard of test/support/inactivity.ts, which stops the mocha run when no test
// starts or finishes, no wait begins and nothing is printed for PLANMARK_TEST_INACTIVITY_MS
// (default 10 minutes), naming the test that was running; test/e2e/driver.js guards the
// real-VS-Code passes the same way.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Mocha = require('mocha');
const { packageVsix } = require('./package');

const root = path.resolve(__dirname, '..');
const unitOnly = process.argv.includes('--unit');
// The property test/support/seeds.ts sets on a skipped suite or test to say why it is skipped.
const SKIP_REASON = 'planmarkSkipReason';

function testFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap(e =>
    e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []);
}

/** Why a pending test is skipped: the reason its suite chain declares, else its own title. */
function skipReason(test) {
  for (let node = test; node; node = node.parent) if (node[SKIP_REASON]) return node[SKIP_REASON];
  return `skipped: ${test.fullTitle()}`;
}

/** The inactivity guard (compiled with the tests), or a clear message when the tests are not compiled. */
function inactivityModule() {
  const file = path.join(root, 'out', 'test', 'support', 'inactivity.js');
  if (!fs.existsSync(file)) {
    console.error(`${path.relative(root, file)} is missing: run npm run compile first`);
    process.exit(2);
  }
  return require(file);
}

/** Every write to stdout or stderr counts as progress for the guard. */
function reportOutput(guard) {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (...args) => { guard.progress(); return write(...args); };
  }
}

/** { name, passed, failed, skipped: [reason per skipped test], note? } */
function runMocha() {
  const { startInactivityGuard, inactivityWindow } = inactivityModule();
  let windowMs;
  try { windowMs = inactivityWindow(); } catch (e) { console.error(e.message); process.exit(2); }
  return new Promise(resolve => {
    const config = require(path.join(root, '.mocharc.json'));
    const mocha = new Mocha({ timeout: config.timeout, reporter: 'spec' });
    // .mocharc.json's spec entries are `out/test/<area>/**/*.test.js`.
    for (const pattern of config.spec) for (const file of testFiles(path.join(root, pattern.split('/**')[0]))) mocha.addFile(file);
    const skipped = [];
    const guard = startInactivityGuard('run-tests', windowMs);
    reportOutput(guard);
    const runner = mocha.run(() => {
      guard.stop();
      resolve({ name: 'mocha', passed: runner.stats.passes, failed: runner.stats.failures, skipped });
    });
    runner.on('pending', test => skipped.push(skipReason(test)));
    runner.on('test', test => guard.progress(test.fullTitle()));
    runner.on('hook', hook => guard.progress(hook.fullTitle()));
    for (const end of ['test end', 'hook end']) runner.on(end, item => guard.progress(`(between tests, after ${item.fullTitle()})`));
  });
}

/** The real-VS-Code suite; it ends with `N passed, N failed, N skipped` and names each skip. */
function runE2E(name, env = {}) {
  const result = spawnSync('bash', [path.join(root, 'test/e2e/run.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const out = result.stdout || '';
  process.stdout.write(out);
  const summaries = [...out.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)];
  const last = summaries[summaries.length - 1];
  if (!last) return { name, passed: 0, failed: 1, skipped: [], note: `${name}: the suite did not report (exit ${result.status})` };
  const skipped = [...out.matchAll(/\[e2e\] skipped: (.*)$/gm)].map(m => `skipped: ${m[1]}`);
  // A harness failure after a clean summary still fails the run.
  const failed = Number(last[2]) + (result.status === 0 || Number(last[2]) > 0 ? 0 : 1);
  return { name, passed: Number(last[1]), failed, skipped, note: result.status === 0 ? undefined : `${name}: exit ${result.status}` };
}

/** `27 skipped (raw seeds not found at ../shared/seeds)`, grouping the skips by reason. */
function skippedText(reasons) {
  if (!reasons.length) return '0 skipped';
  const counts = new Map();
  for (const r of reasons) counts.set(r, (counts.get(r) || 0) + 1);
  const groups = [...counts].map(([reason, n]) => (counts.size === 1 ? reason : `${n} ${reason}`));
  return `${reasons.length} skipped (${groups.join('; ')})`;
}

(async () => {
  const suites = [await runMocha()];
  if (!unitOnly) {
    console.log('\n# Real VS Code suite (code-server), extension from the working tree');
    suites.push(runE2E('VS Code (working tree)'));
    // A focused run with the display language zh-cn: diagnostics, quick fixes, hovers, command titles, status bar.
    console.log('\n# Real VS Code, display language zh-cn (test/e2e/suite/zh/)');
    suites.push(runE2E('VS Code zh-cn', { LOCALE: 'zh-cn', TESTS: path.join(root, 'out', 'test', 'e2e', 'suite', 'zh', 'index.js') }));
    // The same suite against the packaged .vsix, installed with --install-extension.
    console.log('\n# Real VS Code suite again, with the packaged .vsix installed');
    const vsix = packageVsix(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-vsix-')), 'planmark.vsix'));
    suites.push(vsix ? runE2E('VS Code (.vsix)', { VSIX: vsix }) : { name: 'VS Code (.vsix)', passed: 0, failed: 1, skipped: [], note: 'packaging the .vsix failed' });
  }
  for (const s of suites) if (s.note) console.log(s.note);
  const part = s => [`${s.passed} passed`, s.failed ? `${s.failed} failed` : '', s.skipped.length ? `${s.skipped.length} skipped` : ''].filter(Boolean).join(', ');
  console.log(`\n${suites.map(s => `${s.name} ${part(s)}`).join(' · ')}`);
  const passed = suites.reduce((n, s) => n + s.passed, 0);
  const failed = suites.reduce((n, s) => n + s.failed, 0);
  console.log(`${passed} passed, ${failed} failed, ${skippedText(suites.flatMap(s => s.skipped))}`);
  process.exit(failed ? 1 : 0);
})();
