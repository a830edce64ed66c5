// The ledger round trip on a corpus plan: the 督办台账 read back with exceljs; per-unit
// ledgers exported, filled in programmatically as units fill them, merged back into the plan
// (状态 and 完成情况 written, nothing else changed), merged again (no change); conflicts
// (a changed title, a row of no item, two units disagreeing, an unknown status) reported.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { exportLedger, exportUnitLedgers, LEDGER_COLUMNS, LEDGER_SHEET, SUMMARY_SHEET } from '../../../core/exports/ledger';
import { mergeLedgers, mergeReport } from '../../../core/progress/merge';
import { parseCsv, readReturnedLedger } from '../../../core/progress/readLedger';
import { itemsOf } from '../../../core/model';
import { parsePlan } from '../../../core/parse';
import { CORPUS } from '../../support/corpus';
import { EXAMPLES_DIR } from '../../support/paths';
import { DIRTY_PLAN } from '../../support/fixtures';

const PLAN = fs.readFileSync(path.join(CORPUS, '02-edu-notice-inline.plan'), 'utf8');
const AS_OF = '2024-07-15';

async function workbook(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

/** Fills a unit's ledger as the unit would: 状态 and 完成情况 of the rows `fill` names by 序号. */
async function fillLedger(data: Uint8Array, fill: Record<number, [string, string]>, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = await workbook(data);
  const ws = wb.getWorksheet(LEDGER_SHEET)!;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const f = fill[Number(row.getCell(1).value)];
    if (f) { row.getCell(7).value = f[0]; row.getCell(8).value = f[1]; }
  });
  edit?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe('the 督办台账 and the merge round trip (corpus 02)', function () {
  const doc = parsePlan(PLAN);
  const items = itemsOf(doc);

  it('writes the ledger: the columns, the normalised deadline, overdue days as of the date, a summary per unit', async () => {
    const wb = await workbook(await exportLedger(doc, { asOf: AS_OF }));
    const ws = wb.getWorksheet(LEDGER_SHEET)!;
    assert.deepEqual(values(ws, 1), [...LEDGER_COLUMNS]);
    assert.equal(ws.rowCount, items.length + 1);
    // 1. 落实党组织领导的校长负责制 (机关党委、人事股; 2024年6月底前): 15 days late on 07-15.
    assert.deepEqual(values(ws, 2), [1, '落实党组织领导的校长负责制', '机关党委', '人事股', '2024年6月底前', '2024-06-30', '', '', 15]);
    // 3. due 2024-12-31: not late.
    assert.deepEqual(values(ws, 4).slice(5), ['2024-12-31', '', '', '']);
    const longTerm = items.findIndex(i => i.deadline === '长期坚持') + 2;
    assert.equal(values(ws, longTerm)[5], '长期（无截止日期）');
    const sum = wb.getWorksheet(SUMMARY_SHEET)!;
    assert.deepEqual(values(sum, 1), ['单位', '任务数', '已完成', '逾期']);
    const rows = new Map<string, unknown[]>();
    sum.eachRow((r, n) => { if (n > 1) rows.set(String(r.getCell(1).value), values(sum, n)); });
    const named = items.filter(i => i.units.some(u => u.name === '机关纪委'));
    assert.deepEqual(rows.get('机关纪委'), ['机关纪委', named.length, 0, 0]);
    // 机关党委 leads item 1, past its deadline on 07-15.
    assert.equal(rows.get('机关党委')![3], 1);
  });

  it('colours each 状态 cell by its status and each 逾期天数 cell of a late task (the worked example)', async () => {
    const example = parsePlan(fs.readFileSync(path.join(EXAMPLES_DIR, 'progress', 'tracking.plan'), 'utf8'));
    const ws = (await workbook(await exportLedger(example, { asOf: '2025-08-25' }))).getWorksheet(LEDGER_SHEET)!;
    const fill = (row: number, col: number) => ((ws.getRow(row).getCell(col).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb);
    // Rows 2–4: tasks 1 (推进中), 2 (进行中 → 推进中, 86 days late), 3 (已完成); task 4 has no 状态.
    assert.deepEqual([2, 3, 4, 5].map(r => values(ws, r)[6]), ['推进中', '推进中', '已完成', '']);
    assert.deepEqual([2, 3, 4, 5].map(r => fill(r, 7)), ['FFDDEBF7', 'FFDDEBF7', 'FFC6EFCE', undefined]);
    assert.deepEqual([2, 3, 4].map(r => [values(ws, r)[8], fill(r, 9)]), [['', undefined], [86, 'FFFFC7CE'], ['', undefined]]);
  });

  it('removes and counts the characters XML cannot hold, and the ledger reads back', async () => {
    const { emptyReport } = await import('../../../core/exports/report');
    const report = emptyReport();
    // title 1, item title 3 (C0, U+FFFE, lone surrogate); the section and the 目标任务 are not in the ledger
    const wb = await workbook(await exportLedger(parsePlan(DIRTY_PLAN), { asOf: AS_OF, report }));
    assert.equal(report.removedCharacters, 4);
    const ws = wb.getWorksheet(LEDGER_SHEET)!;
    assert.deepEqual(values(ws, 2).slice(0, 3), [1, '任务甲乙丙', '人事股']);
    assert.equal(wb.title, '某县教育局工作要点');
  });

  it('writes one ledger per unit with its own tasks and 状态/完成情况 left to fill', async () => {
    const files = await exportUnitLedgers(doc, { asOf: AS_OF });
    const units = [...new Set(items.flatMap(i => i.units.map(u => u.name)))];
    assert.deepEqual(files.map(f => f.unit), units);
    const jiwei = files.find(f => f.unit === '机关纪委')!;
    assert.equal(jiwei.fileName, '台账-机关纪委.xlsx');
    const wb = await workbook(jiwei.data);
    assert.equal(wb.subject, '机关纪委');
    const ws = wb.getWorksheet(LEDGER_SHEET)!;
    const numbers: number[] = [];
    ws.eachRow((r, n) => { if (n > 1) { numbers.push(Number(r.getCell(1).value)); assert.equal(r.getCell(7).value ?? '', ''); assert.equal(r.getCell(8).value ?? '', ''); } });
    assert.deepEqual(numbers, items.map((it, i) => (it.units.some(u => u.name === '机关纪委') ? i + 1 : 0)).filter(Boolean));
  });

  it('merges filled ledgers back: 状态 and 完成情况 written, nothing else changed; merging again changes nothing', async () => {
    const files = await exportUnitLedgers(doc, { asOf: AS_OF });
    const file = (unit: string) => files.find(f => f.unit === unit)!.data;
    const returned = [
      await readReturnedLedger('台账-机关纪委.xlsx', await fillLedger(file('机关纪委'), { 3: ['已完成', '建立廉政风险防控清单58份，\n选树示范点10个。'] })),
      await readReturnedLedger('台账-人事股.xlsx', await fillLedger(file('人事股'), { 1: ['进行中', '已修订议事规则，12所学校完成。'] })),
    ];
    assert.deepEqual(returned.map(r => r.unit), ['机关纪委', '人事股']);
    const result = mergeLedgers(PLAN, returned);
    assert.deepEqual(result.conflicts, []);
    assert.deepEqual(result.changes.map(c => [c.index, c.field, c.to]), [
      [3, '状态', '已完成'], [3, '完成情况', '建立廉政风险防控清单58份，；选树示范点10个。'],
      [1, '状态', '推进中'], [1, '完成情况', '已修订议事规则，12所学校完成。'],
    ]);
    const merged = parsePlan(result.text);
    const after = itemsOf(merged);
    assert.equal(after.length, items.length);
    assert.deepEqual([after[0].status, after[0].progress], ['推进中', '已修订议事规则，12所学校完成。']);
    assert.deepEqual([after[2].status, after[2].progress], ['已完成', '建立廉政风险防控清单58份，；选树示范点10个。']);
    for (let i = 0; i < items.length; i++) if (i !== 0 && i !== 2) assert.equal(after[i].status, undefined);
    // Nothing else changed: without the four new lines the text is the plan as it was.
    const added = result.text.split('\n').filter(l => /^(状态|完成情况)：/.test(l));
    assert.equal(added.length, 4);
    assert.equal(result.text.split('\n').filter(l => !added.includes(l)).join('\n'), PLAN);
    assert.deepEqual(after.map(i => [i.title, i.deadline, i.units.map(u => u.name)]), items.map(i => [i.title, i.deadline, i.units.map(u => u.name)]));
    // Again: no change.
    const again = mergeLedgers(result.text, returned);
    assert.equal(again.text, result.text);
    assert.deepEqual(again.changes, []);
    assert.match(mergeReport(again, 2, 'zh-cn'), /无更新/);
  });

  it('reports conflicts and merges none of them', async () => {
    const files = await exportUnitLedgers(doc, { asOf: AS_OF });
    const file = (unit: string) => files.find(f => f.unit === unit)!.data;
    const returned = [
      await readReturnedLedger('台账-机关纪委.xlsx', await fillLedger(file('机关纪委'), { 2: ['已完成', '开展警示教育3场。'] })),
      await readReturnedLedger('台账-机关党委.xlsx', await fillLedger(file('机关党委'), { 2: ['推进中', '学习教育进行中。'], 1: ['差不多', ''] }, ws => {
        ws.addRow([99, '不存在的任务', '', '', '', '', '已完成', '多出来的一行']);
      })),
      await readReturnedLedger('台账-财务股.xlsx', await fillLedger(file('财务股'), { 3: ['推进中', '清单已建立。'] }, ws => {
        ws.eachRow((r, n) => { if (n > 1 && Number(r.getCell(1).value) === 3) r.getCell(2).value = '推进清廉机关建设'; });
      })),
    ];
    const result = mergeLedgers(PLAN, returned);
    assert.deepEqual(result.conflicts.map(c => [c.kind, c.index]).sort(), [['no-item', 99], ['status-disagrees', 2], ['title-changed', 3], ['unknown-status', 1]].sort());
    assert.equal(result.text, PLAN);
    const report = mergeReport(result, 3, 'en');
    assert.match(report, /## Conflicts \(4\)/);
    assert.match(report, /2\. 开展党纪学习教育: units report different statuses \(机关纪委: 已完成; 机关党委: 推进中\)/);
    assert.match(report, /序号 3 is titled 推进清廉机关建设 in the ledger but 推进清廉学校建设 in the plan/);
    assert.match(mergeReport(result, 3, 'zh-cn'), /未知状态“差不多”/);
  });

  it('reads a returned CSV ledger by its headers, columns in any order', async () => {
    const csv = '\uFEFF工作任务,序号,完成情况,状态\r\n落实党组织领导的校长负责制,1,"已修订规则，""全覆盖""",已完成\r\n';
    assert.deepEqual(parseCsv(csv)[1], ['落实党组织领导的校长负责制', '1', '已修订规则，"全覆盖"', '已完成']);
    const ledger = await readReturnedLedger('台账-人事股.csv', new TextEncoder().encode(csv));
    assert.equal(ledger.unit, '人事股');
    const result = mergeLedgers(PLAN, [ledger]);
    assert.deepEqual(result.changes.map(c => c.to), ['已完成', '已修订规则，"全覆盖"']);
  });
});
