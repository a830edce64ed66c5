// The CLI on hostile file systems and inputs: unreadable folders, symbolic links (loops
// too), FIFOs, broken configuration, stale temporary files of a killed export, missing
// files, zip bombs and deeply nested HTML. Each ends with a clear message and the
// documented exit code, never a hang, a crash or a silent skip.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCli } from '../support/cli';
import { tempDirPerTest } from '../support/tmp';
import { MAX_INFLATED_BYTES } from '../../core/import';

const PLAN = '一、总体\n1.推进工作\n';
const posix = process.platform !== 'win32';
/** root reads any folder whatever its mode: the unreadable-folder test needs another user. */
const canMakeUnreadable = posix && process.getuid?.() !== 0;

describe('planmark on hostile file systems', () => {
  const tmp = tempDirPerTest('planmark-robust');
  const write = (rel: string, text = PLAN) => {
    fs.mkdirSync(path.dirname(path.join(tmp(), rel)), { recursive: true });
    fs.writeFileSync(path.join(tmp(), rel), text);
  };

  (canMakeUnreadable ? it : it.skip)('an unreadable subfolder is reported and the rest of the folder is still checked (exit 2)', async () => {
    write('plans/a.plan');
    write('plans/locked/b.plan');
    fs.chmodSync(path.join(tmp(), 'plans/locked'), 0o000);
    try {
      const r = await runCli(['check', 'plans'], { cwd: tmp() });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /plans[/\\]locked: permission denied/);
      assert.match(r.stderr, /^1 file\(s\)/m);
    } finally {
      fs.chmodSync(path.join(tmp(), 'plans/locked'), 0o755);
    }
  });

  (posix ? it : it.skip)('symbolic links to plans and to folders are followed, a loop ends, a dangling link is reported', async () => {
    write('real/a.plan');
    write('elsewhere/b.plan');
    fs.mkdirSync(path.join(tmp(), 'plans'));
    fs.symlinkSync(path.join(tmp(), 'real/a.plan'), path.join(tmp(), 'plans/linked.plan'));
    fs.symlinkSync(path.join(tmp(), 'elsewhere'), path.join(tmp(), 'plans/sub'));
    fs.symlinkSync(path.join(tmp(), 'plans'), path.join(tmp(), 'plans/loop'));
    fs.symlinkSync(path.join(tmp(), 'missing.plan'), path.join(tmp(), 'plans/dangling.plan'));
    const r = await runCli(['check', 'plans'], { cwd: tmp() });
    assert.match(r.stderr, /plans[/\\]dangling\.plan: no such file or folder/);
    assert.equal(r.code, 2, 'the dangling link is an I/O error');
    // linked.plan and sub/b.plan, each once: the loop back to plans/ is not followed again.
    assert.match(r.stderr, /^2 file\(s\)/m, r.stderr);
    const ok = await runCli(['check', 'plans/linked.plan', 'plans/sub'], { cwd: tmp() });
    assert.match(ok.stderr, /^2 file\(s\)/m, ok.stderr);
    assert.equal(ok.code, 0);
  });

  (posix ? it : it.skip)('a FIFO named like a plan is refused without being opened (it would block)', async () => {
    fs.mkdirSync(path.join(tmp(), 'plans'));
    assert.equal(spawnSync('mkfifo', [path.join(tmp(), 'fifo.plan')]).status, 0, 'mkfifo');
    write('plans/a.plan');
    for (const command of [['check', 'fifo.plan'], ['outline', 'fifo.plan'], ['export', 'fifo.plan', '--to', 'md'], ['import', 'fifo.plan']]) {
      const r = await runCli(command, { cwd: tmp() });
      assert.equal(r.code, 2, command.join(' '));
      assert.match(r.stderr, /fifo\.plan: not a regular file/, command.join(' '));
    }
  });

  it('a broken .planmark.json is reported and the check exits 1, not 0', async () => {
    write('.planmark.json', '{ "rules": { ');
    write('c.plan');
    const r = await runCli(['check', 'c.plan'], { cwd: tmp() });
    assert.match(r.stderr, /\.planmark\.json:1:\d+ error config invalid JSON/);
    assert.equal(r.code, 1);
  });

  it('an export removes the temporary files a killed export left (its process is gone), not those of a live one', async () => {
    write('p.plan');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const stale = path.join(tmp(), `.p.md.${dead}.abc.tmp`);
    const live = path.join(tmp(), `.p.md.${process.ppid}.abc.tmp`);
    fs.writeFileSync(stale, 'x'.repeat(1000));
    fs.writeFileSync(live, 'y');
    const r = await runCli(['export', 'p.plan', '--to', 'md'], { cwd: tmp() });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!fs.existsSync(stale), 'the dead export\'s temporary file is gone');
    assert.ok(fs.existsSync(live), 'a live process\'s temporary file is left alone');
  });

  it('import and export of a missing file say so in words, in either language, without a raw ENOENT', async () => {
    for (const [command, zh] of [[['import', 'nope.docx'], false], [['export', 'nope.plan', '--to', 'md'], false], [['import', 'nope.docx', '--locale', 'zh-cn'], true], [['check', 'nope.plan'], false]] as const) {
      const r = await runCli([...command], { cwd: tmp() });
      assert.equal(r.code, 2, command.join(' '));
      assert.doesNotMatch(r.stderr, /ENOENT/, command.join(' '));
      assert.match(r.stderr, zh ? /nope\.docx: 文件或文件夹不存在/ : /nope\.(docx|plan): no such file/, command.join(' '));
    }
  });

  it('import speaks Chinese with --locale zh-cn: what it wrote, and a file it will not overwrite', async () => {
    write('page.txt', '一、总体\n1.推进工作\n');
    const first = await runCli(['import', 'page.txt', '-o', 'p.plan', '--locale', 'zh-cn'], { cwd: tmp() });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /已写入 p\.plan/);
    const again = await runCli(['import', 'page.txt', '-o', 'p.plan', '--locale', 'zh-cn'], { cwd: tmp() });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /p\.plan 已存在\(使用 --force 覆盖\)/);
  });

  it('export accepts -o and --output, as import does', async () => {
    write('p.plan');
    assert.equal((await runCli(['export', 'p.plan', '--to', 'md', '--output', 'one.md'], { cwd: tmp() })).code, 0);
    assert.equal((await runCli(['export', 'p.plan', '--to', 'md', '-o', 'two.md'], { cwd: tmp() })).code, 0);
    assert.ok(fs.existsSync(path.join(tmp(), 'one.md')) && fs.existsSync(path.join(tmp(), 'two.md')));
  });

  it('outline given a folder outlines every plan in it', async () => {
    write('plans/a.plan', '一、甲部分\n1.甲事项\n');
    write('plans/b.plan', '一、乙部分\n1.乙事项\n');
    const r = await runCli(['outline', 'plans'], { cwd: tmp() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /== plans[/\\]a\.plan ==[\s\S]*甲事项[\s\S]*== plans[/\\]b\.plan ==[\s\S]*乙事项/);
    const json = JSON.parse((await runCli(['outline', '--format', 'json', 'plans'], { cwd: tmp() })).stdout) as { file: string; outline: unknown }[];
    assert.deepEqual(json.map(j => path.basename(j.file)), ['a.plan', 'b.plan']);
  });
});

describe('planmark import on hostile files', function () {
  const tmp = tempDirPerTest('planmark-bomb');

  it('a .docx that inflates past the cap (a zip bomb) is refused before it is inflated, with the sizes', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    // Zeros compress about a thousandfold: the file is small, its content over the cap.
    zip.file('word/document.xml', new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    assert.ok(bytes.length < MAX_INFLATED_BYTES / 100, `a small file (${bytes.length} bytes)`);
    fs.writeFileSync(path.join(tmp(), 'bomb.docx'), bytes);
    const r = await runCli(['import', 'bomb.docx'], { cwd: tmp() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`bomb\\.docx: the file inflates to \\d+ MB, over the ${MAX_INFLATED_BYTES / 1024 / 1024} MB import reads`));
    const zh = await runCli(['import', 'bomb.docx', '--locale', 'zh-cn'], { cwd: tmp() });
    assert.match(zh.stderr, /无法导入 bomb\.docx:文件解压后为 \d+ MB,超过导入上限/);
  });

  it('HTML nested 100,000 deep imports (the inner elements as text), no stack overflow', async () => {
    fs.writeFileSync(path.join(tmp(), 'deep.html'), '<p>一、总体要求</p>' + '<div>'.repeat(100_000) + '1.深层事项' + '</div>'.repeat(100_000));
    const r = await runCli(['import', 'deep.html'], { cwd: tmp() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /深层事项/);
    assert.match(r.stderr, /nested deeper than 256 levels/);
  });
});
