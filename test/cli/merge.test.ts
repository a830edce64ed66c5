// planmark export --to ledger|ics and planmark merge: files written atomically and never over
// an existing one without --force; merge writes the plan only with --force or -o, reports
// conflicts with exit 1; check --as-of decides overdue.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { CORPUS } from '../support/corpus';
import { tempDirPerTest } from '../support/tmp';

async function fill(file: string, index: number, status: string, progress: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('督办台账')!.eachRow((r, n) => { if (n > 1 && Number(r.getCell(1).value) === index) { r.getCell(7).value = status; r.getCell(8).value = progress; } });
  await wb.xlsx.writeFile(file);
}

describe('planmark export --to ledger|ics, planmark merge', function () {
  const dir = tempDirPerTest('planmark-merge');
  let tmp: string;
  let plan: string;
  beforeEach(() => {
    tmp = dir();
    plan = path.join(tmp, 'plan.plan');
    fs.copyFileSync(path.join(CORPUS, '02-edu-notice-inline.plan'), plan);
  });

  it('writes the per-unit ledgers all or none: through a temporary folder that is gone after, nothing under a missing folder', async () => {
    let r = await runCli(['export', 'plan.plan', '--to', 'ledger', '--all-units', '-o', 'missing/ledgers'], { cwd: tmp });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /folder missing does not exist/);
    assert.ok(!fs.existsSync(path.join(tmp, 'missing')), 'nothing was created');
    r = await runCli(['export', 'plan.plan', '--to', 'ledger', '--all-units', '--locale', 'en'], { cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    const written = fs.readdirSync(path.join(tmp, 'plan-台账'));
    assert.ok(written.length > 1 && written.every(f => f.startsWith('台账-') && f.endsWith('.xlsx')), written.join(', '));
    assert.deepEqual(fs.readdirSync(tmp).filter(f => f.startsWith('.')), [], 'no temporary folder left beside it');
  });

  it('exports per-unit ledgers, and merges a filled one only with -o or --force', async () => {
    let r = await runCli(['export', 'plan.plan', '--to', 'ledger', '--all-units', '--as-of', '2024-07-15'], { cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    const folder = path.join(tmp, 'plan-台账');
    assert.ok(fs.existsSync(path.join(folder, '台账-人事股.xlsx')));
    r = await runCli(['export', 'plan.plan', '--to', 'ledger', '--all-units'], { cwd: tmp });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /already exists \(use --force/);
    await fill(path.join(folder, '台账-人事股.xlsx'), 1, '推进中', '已修订议事规则。');
    const before = fs.readFileSync(plan, 'utf8');
    r = await runCli(['merge', 'plan.plan', 'plan-台账/台账-人事股.xlsx', '--locale', 'en'], { cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1\. 落实党组织领导的校长负责制: 状态 — → 推进中 \(from 人事股\)/);
    assert.match(r.stderr, /nothing written: use --force/);
    assert.equal(fs.readFileSync(plan, 'utf8'), before);
    r = await runCli(['merge', 'plan.plan', 'plan-台账/台账-人事股.xlsx', '-o', 'merged.plan'], { cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.match(fs.readFileSync(path.join(tmp, 'merged.plan'), 'utf8'), /\n状态：推进中\n完成情况：已修订议事规则。\n/);
    r = await runCli(['merge', 'plan.plan', 'plan-台账/台账-人事股.xlsx', '-o', 'merged.plan'], { cwd: tmp });
    assert.equal(r.code, 2);
    r = await runCli(['merge', 'plan.plan', 'plan-台账/台账-人事股.xlsx', '--force'], { cwd: tmp });
    assert.equal(r.code, 0);
    assert.equal(fs.readFileSync(plan, 'utf8'), fs.readFileSync(path.join(tmp, 'merged.plan'), 'utf8'));
    r = await runCli(['merge', 'plan.plan', 'plan-台账/台账-人事股.xlsx', '--force', '--locale', 'zh-cn'], { cwd: tmp });
    assert.match(r.stdout, /无更新/);
    assert.match(r.stderr, /^plan\.plan:未改变$/m, 'with --locale zh-cn the note is Chinese too');
    // The plan now records progress: item 1 is overdue as of 2024-07-15, not as of 2024-06-01.
    r = await runCli(['check', 'plan.plan', '--as-of', '2024-07-15', '--format', 'json'], { cwd: tmp });
    assert.ok((JSON.parse(r.stdout) as { code: string; line: number }[]).some(d => d.code === 'PLAN028'));
    r = await runCli(['check', 'plan.plan', '--as-of', '2024-06-01', '--format', 'json'], { cwd: tmp });
    assert.ok(!(JSON.parse(r.stdout) as { code: string }[]).some(d => d.code === 'PLAN028'));
    r = await runCli(['check', 'plan.plan', '--as-of', '2024-13-01'], { cwd: tmp });
    assert.equal(r.code, 2);
  });

  it('exits 1 and merges nothing of a conflict; refuses what is not a ledger', async () => {
    fs.writeFileSync(path.join(tmp, 'a.csv'), '序号,工作任务,状态,完成情况\n1,落实党组织领导的校长负责制,已完成,已全覆盖。\n');
    fs.writeFileSync(path.join(tmp, 'b.csv'), '序号,工作任务,状态,完成情况\n1,落实党组织领导的校长负责制,推进中,\n');
    const r = await runCli(['merge', 'plan.plan', 'a.csv', 'b.csv', '--force', '--locale', 'en'], { cwd: tmp });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /units report different statuses/);
    fs.writeFileSync(path.join(tmp, 'c.csv'), 'x,y\n1,2\n');
    const bad = await runCli(['merge', 'plan.plan', 'c.csv'], { cwd: tmp });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /no sheet with the columns 序号, 工作任务/);
  });

  it('writes the calendar', async () => {
    const r = await runCli(['export', 'plan.plan', '--to', 'ics'], { cwd: tmp });
    assert.equal(r.code, 0, r.stderr);
    assert.match(fs.readFileSync(path.join(tmp, 'plan.ics'), 'utf8'), /BEGIN:VEVENT/);
  });
});
