import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';
import { REPO_ROOT, SEEDS_DIR, readSeed } from '../support/paths';

const seed = (n: number) => path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find(f => f.startsWith(String(n).padStart(3, '0')))!);

describe('planmark CLI', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'planmark-cli-')); });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--version and --help', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
    assert.equal((await runCli(['--version'])).stdout.trim(), version);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /check/);
    assert.match(help.stdout, /outline/);
    for (const cmd of ['check', 'outline']) {
      const r = await runCli([cmd, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`Usage: planmark ${cmd}`));
    }
  });

  it('usage errors exit 2 with a clear message', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    const badFlag = await runCli(['check', '--bogus', 'x.plan']);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.stderr, /unknown option --bogus/);
    const noInput = await runCli(['check']);
    assert.equal(noInput.code, 2);
    assert.match(noInput.stderr, /no input/);
    const missing = await runCli(['check', path.join(tmp, 'nope.plan')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    const badFormat = await runCli(['check', '--format', 'xml', seed(3)]);
    assert.equal(badFormat.code, 2);
  });

  it('check --format json gives 1-based positions that point at the problem', async () => {
    const r = await runCli(['check', '--format', 'json', seed(3)]);
    const diags = JSON.parse(r.stdout) as { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    assert.ok(Array.isArray(diags));
    const lines = readSeed(3).split(/\r\n|\n|\r/);
    for (const d of diags) {
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.match(d.code, /^PLAN\d{3}$/);
      assert.ok(d.line >= 1 && d.line <= lines.length);
      assert.ok(d.column >= 1 && d.column <= lines[d.line - 1].length + 1);
    }
    assert.equal(r.code, diags.some(d => d.severity === 'error') ? 1 : 0);
  });

  it('check text lines are path:line:col severity CODE message', async () => {
    const file = path.join(tmp, 'a.plan');
    fs.writeFileSync(file, '一、总体\n1.推进\n目标任务:XX年完成\n工作措施:落实\n责任股室:人事股\n');
    const r = await runCli(['check', file], { cwd: tmp });
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    assert.ok(lines.length > 0, 'the placeholder XX年 is reported');
    for (const l of lines) assert.match(l, /^a\.plan:\d+:\d+ (error|warning|information|hint) PLAN\d{3} .+/);
  });

  it('check reads folders (every *.plan) and standard input', async () => {
    fs.mkdirSync(path.join(tmp, 'sub'));
    fs.writeFileSync(path.join(tmp, 'sub', 'b.plan'), '一、总体\n1.推进\n');
    fs.writeFileSync(path.join(tmp, 'note.txt'), 'not a plan');
    const r = await runCli(['check', '--format', 'json', tmp], { cwd: tmp });
    assert.match(r.stderr, /^$/);
    const stdin = await runCli(['check', '--format', 'json', '-'], { stdin: '一、总体\n1.推进\n' });
    assert.ok(Array.isArray(JSON.parse(stdin.stdout)));
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const none = await runCli(['check', empty], { cwd: tmp });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no \.plan files/);
  });

  it('a malformed .planmark.json is reported with its position and defaults apply', async () => {
    fs.writeFileSync(path.join(tmp, '.planmark.json'), '{\n  "numbering": "sometimes",\n  "rules": { "PLAN001": "loud" }\n}\n');
    fs.writeFileSync(path.join(tmp, 'c.plan'), '一、总体\n1.推进\n');
    const r = await runCli(['check', 'c.plan'], { cwd: tmp });
    assert.match(r.stderr, /\.planmark\.json:2:3 error config "numbering" must be one of/);
    assert.match(r.stderr, /\.planmark\.json:3:14 error config rule "PLAN001": severity must be one of/);
    fs.writeFileSync(path.join(tmp, '.planmark.json'), '{ "rules": { ');
    const broken = await runCli(['check', 'c.plan'], { cwd: tmp });
    assert.match(broken.stderr, /\.planmark\.json:1:\d+ error config invalid JSON/);
    assert.notEqual(broken.code, 2);
  });

  it('outline --format json has the documented shape', async () => {
    const r = await runCli(['outline', '--format', 'json', seed(3)]);
    assert.equal(r.code, 0);
    const outline = JSON.parse(r.stdout);
    assert.equal(outline.title, '2022县委教育工委2022年工作要点');
    assert.deepEqual(outline.meta, {});
    assert.equal(outline.children.length, 6);
    assert.ok(outline.children.every((n: { kind: string }) => n.kind === 'section'));
    const items = outline.children.flatMap((s: { children: unknown[] }) => s.children);
    assert.equal(items.length, 26);
    const first = items[0];
    assert.equal(first.kind, 'item');
    assert.equal(first.number, 1);
    assert.equal(first.line, 17);
    assert.equal(first.lead, '秘书股');
    assert.deepEqual(first.units.slice(0, 3), ['秘书股', '机关党委', '人事股']);
    assert.deepEqual(first.children.map((b: { kind: string; label: string }) => `${b.kind}:${b.label}`),
      ['block:目标任务', 'block:工作措施', 'block:责任股室(单位)']);
    assert.ok(first.children[0].text.startsWith('坚持把学习'));
  });

  it('outline of a two-part document nests sections under parts', async () => {
    const r = await runCli(['outline', '--format', 'json', seed(2)]);
    const outline = JSON.parse(r.stdout);
    assert.deepEqual(outline.children.map((p: { kind: string; number: number }) => `${p.kind}${p.number}`), ['part1', 'part2']);
    const text = await runCli(['outline', seed(2)]);
    assert.match(text.stdout, /^第二篇 {2}:95$/m);
  });

  it('the installed bin runs as a process with exit codes', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'planmark.js');
    const ok = spawnSync(process.execPath, [bin, 'outline', seed(0)], { encoding: 'utf8' });
    assert.equal(ok.status, 0);
    assert.match(ok.stdout, /攸县教育局2017年工作要点/);
    const bad = spawnSync(process.execPath, [bin, 'check'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    const piped = execFileSync(process.execPath, [bin, 'outline', '-'], { input: '一、总体\n1.推进\n', encoding: 'utf8' });
    assert.match(piped, /一、总体/);
  });
});
