#!/usr/bin/env node
// Runs every test: the mocha suites (core, CLI, protocol) in this process, then the
// real-VS-Code suite through test/e2e/run.sh, and prints one closing line
// `N passed, N failed` for the whole run. `--unit` skips the VS Code suite.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');
const { packageVsix } = require('./package');

const root = path.resolve(__dirname, '..');
const unitOnly = process.argv.includes('--unit');

function testFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap(e =>
    e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []);
}

function runMocha() {
  return new Promise(resolve => {
    const config = require(path.join(root, '.mocharc.json'));
    const mocha = new Mocha({ timeout: config.timeout, reporter: 'spec' });
    // .mocharc.json's spec entries are `out/test/<area>/**/*.test.js`.
    for (const pattern of config.spec) for (const file of testFiles(path.join(root, pattern.split('/**')[0]))) mocha.addFile(file);
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
  });
}

function runE2E(env = {}) {
  const result = spawnSync('bash', [path.join(root, 'test/e2e/run.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  process.stdout.write(result.stdout || '');
  const lines = (result.stdout || '').match(/^(\d+) passed, (\d+) failed/gm) || [];
  const last = lines.length ? /^(\d+) passed, (\d+) failed/.exec(lines[lines.length - 1]) : null;
  if (!last) return { passed: 0, failed: 1, note: `VS Code suite did not report (exit ${result.status})` };
  const failed = Number(last[2]) + (result.status === 0 ? 0 : Number(last[2]) === 0 ? 1 : 0);
  return { passed: Number(last[1]), failed };
}

(async () => {
  const unit = await runMocha();
  let e2e = { passed: 0, failed: 0 };
  if (!unitOnly) {
    console.log('\n# Real VS Code suite (code-server), extension from the working tree');
    e2e = runE2E();
    if (e2e.note) console.log(e2e.note);
    // The same suite against the packaged .vsix, installed with --install-extension.
    console.log('\n# Real VS Code suite again, with the packaged .vsix installed');
    const vsix = packageVsix(path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'planmark-vsix-')), 'planmark.vsix'));
    const installed = vsix ? runE2E({ VSIX: vsix }) : { passed: 0, failed: 1, note: 'packaging the .vsix failed' };
    if (installed.note) console.log(installed.note);
    e2e = { passed: e2e.passed + installed.passed, failed: e2e.failed + installed.failed };
  }
  const passed = unit.passed + e2e.passed;
  const failed = unit.failed + e2e.failed;
  console.log(`\nmocha: ${unit.passed} passed, ${unit.failed} failed${unitOnly ? '' : `; VS Code: ${e2e.passed} passed, ${e2e.failed} failed`}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
