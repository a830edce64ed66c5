// `planmark check`: text and JSON output, folders and standard input, usage errors, and a
// malformed .planmark.json. Each test works in its own temporary folder.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../support/cli';
import { planPath } from '../support/fixtures';
import { describeSeeds, seedPath } from '../support/seeds';
import { tempDirPerTest } from '../support/tmp';

type JsonDiagnostic = { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string };

/** check --format json on `file`: 1-based positions inside the file, and the exit code follows the errors. */
async function assertJsonPositions(file: string): Promise<void> {
  const r = await runCli(['check', '--format', 'json', file]);
  const diags = JSON.parse(r.stdout) as JsonDiagnostic[];
  assert.ok(Array.isArray(diags));
  assert.ok(diags.length > 0, 'the file has findings');
  const lines = fs.readFileSync(file, 'utf8').split(/\r\n|\n|\r/);
  for (const d of diags) {
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
    assert.match(d.code, /^PLAN\d{3}$/);
    assert.ok(d.line >= 1 && d.line <= lines.length);
    assert.ok(d.column >= 1 && d.column <= lines[d.line - 1].length + 1);
  }
  assert.equal(r.code, diags.some(d => d.severity === 'error') ? 1 : 0);
}

describe('planmark check', () => {
  const tmp = tempDirPerTest('planmark-check');

  it('--help', async () => {
    const r = await runCli(['check', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: planmark check/);
  });

  it('usage errors exit 2 with a clear message', async () => {
    const badFlag = await runCli(['check', '--bogus', 'x.plan']);
    assert.equal(badFlag.code, 2);
    assert.match(badFlag.stderr, /unknown option --bogus/);
    const noInput = await runCli(['check']);
    assert.equal(noInput.code, 2);
    assert.match(noInput.stderr, /no input/);
    const missing = await runCli(['check', path.join(tmp(), 'nope.plan')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    const badFormat = await runCli(['check', '--format', 'xml', planPath('county-bureau')]);
    assert.equal(badFormat.code, 2);
  });

  it('--format json gives 1-based positions that point at the problem', () => assertJsonPositions(planPath('county-bureau')));

  it('text lines are path:line:col severity CODE message', async () => {
    const file = path.join(tmp(), 'a.plan');
    fs.writeFileSync(file, '一、总体\n1.推进\n目标任务:XX年完成\n工作措施:落实\n责任股室:人事股\n');
    const r = await runCli(['check', file], { cwd: tmp() });
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    assert.ok(lines.length > 0, 'the placeholder XX年 is reported');
    for (const l of lines) assert.match(l, /^a\.plan:\d+:\d+ (error|warning|information|hint) PLAN\d{3} .+/);
  });

  it('reads folders (every *.plan) and standard input', async () => {
    fs.mkdirSync(path.join(tmp(), 'sub'));
    fs.writeFileSync(path.join(tmp(), 'sub', 'b.plan'), '一、总体\n1.推进\n');
    fs.writeFileSync(path.join(tmp(), 'note.txt'), 'not a plan');
    const r = await runCli(['check', '--format', 'json', tmp()], { cwd: tmp() });
    assert.match(r.stderr, /^$/);
    const stdin = await runCli(['check', '--format', 'json', '-'], { stdin: '一、总体\n1.推进\n' });
    assert.ok(Array.isArray(JSON.parse(stdin.stdout)));
    const empty = fs.mkdtempSync(path.join(tmp(), 'empty-'));
    const none = await runCli(['check', empty], { cwd: tmp() });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no \.plan files/);
  });

  it('a malformed .planmark.json is reported with its position and defaults apply', async () => {
    fs.writeFileSync(path.join(tmp(), '.planmark.json'), '{\n  "numbering": "sometimes",\n  "rules": { "PLAN001": "loud" }\n}\n');
    fs.writeFileSync(path.join(tmp(), 'c.plan'), '一、总体\n1.推进\n');
    const r = await runCli(['check', 'c.plan'], { cwd: tmp() });
    assert.match(r.stderr, /\.planmark\.json:2:3 error config "numbering" must be one of/);
    assert.match(r.stderr, /\.planmark\.json:3:14 error config rule "PLAN001": severity must be one of/);
    fs.writeFileSync(path.join(tmp(), '.planmark.json'), '{ "rules": { ');
    const broken = await runCli(['check', 'c.plan'], { cwd: tmp() });
    assert.match(broken.stderr, /\.planmark\.json:1:\d+ error config invalid JSON/);
    assert.equal(broken.code, 1, "a broken configuration is an error");
  });
});

describeSeeds('planmark check on the raw seeds', () => {
  it('--format json gives 1-based positions that point at the problem (seed 003)', () => assertJsonPositions(seedPath(3)));
});
