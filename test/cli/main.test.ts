// `planmark` itself: --version, --help, an unknown command, and the installed bin run as a
// process with its exit codes.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/cli';
import { planPath } from '../support/fixtures';
import { REPO_ROOT } from '../support/paths';

describe('planmark CLI', () => {
  it('--version and --help', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
    assert.equal((await runCli(['--version'])).stdout.trim(), version);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /check/);
    assert.match(help.stdout, /outline/);
  });

  it('an unknown command exits 2 with a clear message', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });

  it('the installed bin runs as a process with exit codes', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'planmark.js');
    const ok = spawnSync(process.execPath, [bin, 'outline', planPath('one-line-items')], { encoding: 'utf8' });
    assert.equal(ok.status, 0);
    assert.match(ok.stdout, /松林区教育局2019年工作要点/);
    const bad = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    const piped = execFileSync(process.execPath, [bin, 'outline', '-'], { input: '一、总体\n1.推进\n', encoding: 'utf8' });
    assert.match(piped, /一、总体/);
  });
});
