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
