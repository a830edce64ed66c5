// `planmark import`: stdout and the summary on stderr, -o with --force, standard input and
// --keep-noise, usage errors. Each test works in its own temporary folder.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runImport } from '../../cli/commands/import';
import { runCommand } from '../support/cli';
import { fixturePath } from '../support/fixtures';
import { tempDirPerTest } from '../support/tmp';

describe('planmark import', () => {
  const dir = tempDirPerTest('planmark-import');
  let tmp: string;
  beforeEach(() => { tmp = dir(); });
  const run = (argv: string[], stdin = '') => runCommand(runImport, argv, { cwd: tmp, stdin });

  it('prints the plan to stdout and the summary to stderr', async () => {
    fs.copyFileSync(fixturePath('import/gb18030.txt'), path.join(tmp, 'in.txt'));
    const x = await run(['in.txt']);
    assert.equal(x.code, 0);
    assert.match(x.stdout, /^某县教育局2019年工作要点\n/);
    assert.match(x.stderr, /in\.txt \(text, gb18030\)/);
    assert.match(x.stderr, /1 {2}removed {16}breadcrumb: 首页 > 通知公告 > 正文/);
  });

  it('with --locale zh-cn or LANG=zh_CN the whole report is Chinese: actions, reasons and totals', async () => {
    fs.copyFileSync(fixturePath('import/page.html'), path.join(tmp, 'page.html'));
    const en = await run(['page.html']);
    for (const zh of [await run(['page.html', '--locale', 'zh-cn']), await runCommand(runImport, ['page.html'], { cwd: tmp, env: { LANG: 'zh_CN.UTF-8' } })]) {
      assert.equal(zh.code, 0);
      assert.equal(zh.stdout, en.stdout, 'the plan itself does not depend on the locale');
      const entries = zh.stderr.split('\n').slice(1).filter(l => /^\s*\d+ {2}/.test(l));
      assert.equal(entries.length, en.stderr.split('\n').slice(1).filter(l => /^\s*\d+ {2}/.test(l)).length, 'one entry per English entry');
      assert.ok(entries.length >= 3, zh.stderr);
      for (const line of entries) {
        // `<line>  <action>  <reason>:<text>`: the action and the reason are Chinese, no English word in them.
        const m = /^\s*\d+ {2}(\S+)\u3000* {2}([^:]*)/.exec(line)!;
        assert.ok(m, line);
        assert.match(m[1], /^[\u4e00-\u9fff]+$/, `action of: ${line}`);
        assert.doesNotMatch(m[2].replace(/<[a-z]+>|U\+FFFD|UTF-8|GB18030|HTML|PDF|Word/g, ''), /[A-Za-z]{3,}/, `reason of: ${line}`);
      }
      const total = zh.stderr.trimEnd().split('\n').pop()!;
      assert.match(total, /^([\u4e00-\u9fff]+ \d+ 处,?)+$/, total);
    }
  });

  it('-o writes atomically and refuses to overwrite without --force', async () => {
    fs.copyFileSync(fixturePath('import/page.html'), path.join(tmp, 'page.html'));
    const first = await run(['page.html', '-o', 'out.plan']);
    assert.equal(first.code, 0);
    assert.equal(first.stdout, '');
    assert.match(first.stderr, /wrote out\.plan/);
    const written = fs.readFileSync(path.join(tmp, 'out.plan'), 'utf8');
    assert.match(written, /^---\n索引号:EX001-2021-0003/);
    const second = await run(['page.html', '-o', 'out.plan']);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /exists; use --force/);
    fs.writeFileSync(path.join(tmp, 'out.plan'), 'old');
    assert.equal((await run(['page.html', '-o', 'out.plan', '--force'])).code, 0);
    assert.equal(fs.readFileSync(path.join(tmp, 'out.plan'), 'utf8'), written);
    assert.deepEqual(fs.readdirSync(tmp).sort(), ['out.plan', 'page.html']);
  });

  it('reads standard input with -, keeps noise as comments with --keep-noise', async () => {
    const x = await run(['-', '--keep-noise'], '首页 > 正文\n某局工作要点\n一、总体要求\n1.加强学习。\n');
    assert.equal(x.code, 0);
    assert.match(x.stdout, /^\/\/ 首页 > 正文$/m);
    assert.match(x.stderr, /kept-as-comment/);
  });

  it('usage errors exit 2; --help exits 0', async () => {
    const h = await run(['--help']);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /Usage: planmark import/);
    for (const argv of [[], ['--bogus', 'x.txt'], ['missing.txt'], ['a.txt', 'b.txt'], ['a.txt', '-o']]) {
      const x = await run(argv);
      assert.equal(x.code, 2, argv.join(' '));
      assert.match(x.stderr, /planmark import: /);
    }
  });
});
