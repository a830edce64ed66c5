// `planmark` itself: --version, --help, an unknown command, and the installed bin run as a
// process with its exit codes.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { localeFrom, platformLocale } from '../../cli/args';
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

describe('planmark in Chinese', () => {
  it('help, severity words and the summary line are Chinese with --locale zh-cn or LANG=zh_CN', async () => {
    const help = await runCli(['--locale', 'zh-cn', '--help']);
    assert.match(help.stdout, /用法:planmark <命令>/);
    assert.match(help.stdout, /check\s+检查计划文档并报告问题/);
    const zhEnv = { LANG: 'zh_CN.UTF-8' };
    assert.match((await runCli(['--help'], { env: zhEnv })).stdout, /^planmark [\d.]+:检查/);
    const plan = '一、总体\n1.推进XX年工作\n';
    for (const run of [() => runCli(['check', '-', '--locale', 'zh-cn'], { stdin: plan }), () => runCli(['check', '-'], { stdin: plan, env: zhEnv })]) {
      const r = await run();
      assert.match(r.stdout, /^<stdin>:2:\d+ 警告 PLAN016 /m);
      assert.match(r.stderr, /^1 个文件:0 个错误,1 个警告,0 个提示$/m);
    }
    // JSON keeps the severity ids tools read.
    const json = JSON.parse((await runCli(['check', '--format', 'json', '-', '--locale', 'zh-cn'], { stdin: plan })).stdout) as { severity: string }[];
    assert.deepEqual(json.map(d => d.severity), ['warning']);
  });

  it('without LANG (Windows, or C/POSIX) the platform locale decides, as Intl reports it', () => {
    assert.equal(localeFrom(undefined, {}, () => 'zh-CN'), 'zh-cn');
    assert.equal(localeFrom(undefined, { LANG: 'C.UTF-8' }, () => 'zh-Hans-CN'), 'zh-cn');
    assert.equal(localeFrom(undefined, {}, () => 'en-US'), 'en');
    assert.equal(localeFrom(undefined, { LANG: 'en_GB.UTF-8' }, () => 'zh-CN'), 'en', 'LANG first');
    assert.equal(localeFrom('zh-cn', { LANG: 'en_US' }), 'zh-cn', '--locale first');
  });

  it('asks Intl for the platform locale on Windows only (elsewhere ICU reads the same LANG, at ICU start-up cost)', () => {
    assert.equal(platformLocale('win32'), Intl.DateTimeFormat().resolvedOptions().locale);
    assert.equal(platformLocale('linux'), 'en');
    assert.equal(platformLocale('darwin'), 'en');
  });
});
