// `planmark export`: every format next to the input, -o, --force, stdin and stdout, exit
// codes, per-unit lists. Each test works on its own copy of the county plan in its own folder.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runExport, type ExportHooks } from '../../cli/commands/export';
import { lintDocument } from '../../core/lint';
import { parsePlan } from '../../core/parse';
import { unitsOf } from '../../core/exports/unitLists';
import { runCommand, type CliResult } from '../support/cli';
import { DIRTY_PLAN, planDoc, planPath } from '../support/fixtures';
import { parseCsv } from '../support/readers';
import { tempDirPerTest } from '../support/tmp';
import ExcelJS from 'exceljs';

describe('planmark export', function () {
  const dir = tempDirPerTest('planmark-export');
  let tmp: string;
  beforeEach(() => {
    tmp = dir();
    fs.copyFileSync(planPath('county-bureau'), path.join(tmp, 'county.plan'));
  });
  const run = (argv: string[], cwd: string, stdin = '', hooks: ExportHooks = {}): Promise<CliResult> =>
    runCommand((a, io) => runExport(a, io, hooks), argv, { cwd, stdin });

  it('--help', async () => {
    const r = await run(['--help'], tmp);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: planmark export <file> --to docx\|xlsx\|csv\|html\|md\|json/);
  });

  it('writes next to the input by default, in each format', async () => {
    for (const to of ['docx', 'xlsx', 'csv', 'html', 'md', 'json']) {
      const r = await run(['county.plan', '--to', to], tmp);
      assert.ok(r.code === 0 || r.code === 1, `${to}: ${r.stderr}`);
      assert.ok(fs.existsSync(path.join(tmp, `county.${to}`)), to);
      assert.match(r.stderr, new RegExp(`wrote county\\.${to}`));
      assert.match(r.stderr, /county\.plan: (no errors|\d+ error\(s\), \d+ warning\(s\))/);
    }
    const rows = parseCsv(fs.readFileSync(path.join(tmp, 'county.csv'), 'utf8').replace(/^\uFEFF/, ''));
    assert.equal(rows.length, 1 + 4 + 11, 'header, 4 section rows, 11 items');
    assert.deepEqual(fs.readdirSync(tmp).filter(f => f.includes('.tmp-')), [], 'no temp files left');
  });

  it('a task table with no rows says so, writes nothing and exits 2', async () => {
    fs.writeFileSync(path.join(tmp, 'empty.plan'), '某县教育局2024年工作要点\n\n今年工作总体要求是稳中求进。\n');
    for (const to of ['xlsx', 'csv']) {
      const r = await run(['empty.plan', '--to', to], tmp);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /no tasks/);
      assert.ok(!fs.existsSync(path.join(tmp, `empty.${to}`)));
    }
  });

  it('refuses to overwrite without --force (exit 2), overwrites with it', async () => {
    const out = path.join(tmp, 'out.md');
    fs.writeFileSync(out, 'keep me');
    const refused = await run(['county.plan', '--to', 'md', '-o', 'out.md'], tmp);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /out\.md already exists \(use --force to overwrite\)/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'keep me');
    const forced = await run(['county.plan', '--to', 'md', '-o', 'out.md', '--force'], tmp);
    assert.ok(forced.code === 0 || forced.code === 1, forced.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /^# 青河县教育局2024年工作要点/);
  });

  it('usage and I/O errors exit 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [[], /no input/],
      [['county.plan'], /say which format with --to/],
      [['county.plan', '--to', 'pdf'], /unknown format "pdf"/],
      [['nope.plan', '--to', 'md'], /nope\.plan: no such file/],
      [['county.plan', '--to', 'csv', '--unit', '人事股'], /per-unit lists are written as docx, xlsx, md \(not csv\)/],
      [['county.plan', '--to', 'md', '--unit', 'x', '--all-units'], /not both/],
      [['county.plan', '--to', 'md', '--bogus'], /unknown option --bogus/],
      [['county.plan', '--to', 'md', '-o', 'missing/dir/out.md'], /folder missing[\\/]dir does not exist/],
      [['county.plan', '--to', 'md', '--unit', '不存在股'], /unit "不存在股" is not named/],
      [['county.plan', '--to', 'docx', '-o', '-'], /text formats only/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, tmp);
      assert.equal(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
  });

  it('format from the -o extension; - writes text to stdout; stdin input', async () => {
    const r = await run(['county.plan', '-o', 'table.csv'], tmp);
    assert.ok(fs.existsSync(path.join(tmp, 'table.csv')), r.stderr);
    const out = await run(['county.plan', '--to', 'md', '-o', '-'], tmp);
    assert.match(out.stdout, /^# 青河县教育局2024年工作要点/);
    const stdin = await run(['-', '--to', 'json', '-o', 'in.json'], tmp, '一、总体\n1.任务\n责任股室:人事股\n');
    assert.ok(stdin.code === 0 || stdin.code === 1, stdin.stderr);
    assert.equal(JSON.parse(fs.readFileSync(path.join(tmp, 'in.json'), 'utf8')).sections[0].items[0].lead, '人事股');
  });

  it('exit 1 when the document has errors, and the export is still written', async () => {
    const broken = path.join(tmp, 'broken.plan');
    const text = '一、总体\n3.任务\n1.任务\n';
    fs.writeFileSync(broken, text);
    // with the real rules: exit 1 exactly when they report errors
    const errors = lintDocument(parsePlan(text), { locale: 'zh-cn' }).filter(d => d.severity === 'error').length;
    const r = await run(['broken.plan', '--to', 'md'], tmp);
    assert.ok(fs.existsSync(path.join(tmp, 'broken.md')));
    assert.equal(r.code, errors ? 1 : 0, r.stderr);
    // with a checker that reports two errors and a warning
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } };
    const fake: ExportHooks = { lint: () => [
      { code: 'PLAN999', severity: 'error', message: 'x', range }, { code: 'PLAN999', severity: 'error', message: 'y', range },
      { code: 'PLAN998', severity: 'warning', message: 'z', range },
    ] };
    const e = await run(['broken.plan', '--to', 'json', '-o', 'broken.json'], tmp, '', fake);
    assert.equal(e.code, 1);
    assert.match(e.stderr, /broken\.plan: 2 error\(s\), 1 warning\(s\)/);
    const json = JSON.parse(fs.readFileSync(path.join(tmp, 'broken.json'), 'utf8'));
    assert.equal(json.problems.length, 3, 'the JSON export records the problems');
    assert.equal(json.sections[0].items.length, 2, 'and still has what the document has');
  });

  it('xlsx: says how many characters XML cannot hold it removed, and the file reads back', async () => {
    // Written as UTF-8 the lone surrogate becomes U+FFFD, which XML holds: 5 of the 6 are left to remove.
    fs.writeFileSync(path.join(tmp, 'dirty.plan'), DIRTY_PLAN);
    const r = await run(['dirty.plan', '--to', 'xlsx'], tmp);
    assert.ok(r.code !== 2, r.stderr);
    assert.match(r.stderr, /dirty\.plan: removed 5 character\(s\) that XML cannot hold/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp, 'dirty.xlsx'));
    // title, header, section, then the item
    assert.equal(String(wb.getWorksheet('任务分解表')!.getRow(4).getCell(2).value), '任务甲乙\uFFFD丙');
    // per-unit lists count too; a clean plan says nothing of it
    const lists = await run(['dirty.plan', '--to', 'xlsx', '--all-units', '-o', 'lists'], tmp);
    assert.ok(lists.code !== 2, lists.stderr);
    assert.match(lists.stderr, /dirty\.plan: removed \d+ character\(s\)/);
    const clean = await run(['county.plan', '--to', 'xlsx'], tmp);
    assert.doesNotMatch(clean.stderr, /removed/);
  });

  it('--unit and --all-units', async () => {
    const one = await run(['county.plan', '--to', 'md', '--unit', '人事股'], tmp);
    assert.ok(one.code !== 2, one.stderr);
    assert.match(fs.readFileSync(path.join(tmp, 'county.人事股.md'), 'utf8'), /^# 人事股工作任务清单/);
    const all = await run(['county.plan', '--to', 'xlsx', '--all-units', '-o', 'lists'], tmp);
    assert.ok(all.code !== 2, all.stderr);
    const files = fs.readdirSync(path.join(tmp, 'lists'));
    assert.ok(files.includes('人事股.xlsx') && files.includes('秘书股.xlsx'));
    assert.equal(files.length, unitsOf(planDoc('county-bureau')).length);
    const again = await run(['county.plan', '--to', 'xlsx', '--all-units', '-o', 'lists'], tmp);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists/);
    const forced = await run(['county.plan', '--to', 'xlsx', '--all-units', '-o', 'lists', '--force'], tmp);
    assert.ok(forced.code !== 2, forced.stderr);
  });
});
