import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { exportXlsx, SHEET_BY_UNIT, SHEET_TASKS } from '../../../core/exports/xlsx';
import { DIRTY_PLAN, HOSTILE_IMG, HOSTILE_SCRIPT, planDoc, readPlan } from '../../support/fixtures';
import { responsibleLists } from '../../support/readers';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

describe('exports: XLSX', function () {
  let wb: ExcelJS.Workbook;
  before(async () => { wb = await read(await exportXlsx(planDoc('county-bureau'))); });

  it('has the sheets 任务分解表 and 按单位', () => {
    assert.deepEqual(wb.worksheets.map(w => w.name), [SHEET_TASKS, SHEET_BY_UNIT]);
    assert.equal(SHEET_TASKS, '任务分解表');
    assert.equal(SHEET_BY_UNIT, '按单位');
  });

  it('任务分解表: title row, header, a merged row per section, then one row per item with the lead and the other units', () => {
    const ws = wb.getWorksheet(SHEET_TASKS)!;
    assert.equal(text(ws.getRow(1).getCell(1).value), '青河县教育局2024年工作要点');
    const header = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(text);
    assert.deepEqual(header, ['序号', '工作任务', '目标任务', '工作措施', '牵头单位', '配合单位', '完成时限', '备注']);
    // 11 items under 4 section rows
    assert.equal(ws.rowCount, 2 + 4 + 11);
    const lists = responsibleLists(readPlan('county-bureau'));
    const itemRows: ExcelJS.Row[] = [];
    const sectionRows: string[] = [];
    for (let r = 3; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (typeof row.getCell(1).value === 'number') itemRows.push(row);
      else sectionRows.push(text(row.getCell(1).value));
    }
    assert.deepEqual(sectionRows.map(t => t.slice(0, 2)), ['一、', '二、', '三、', '四、']);
    assert.equal(itemRows.length, 11);
    itemRows.forEach((row, i) => {
      assert.equal(row.getCell(1).value, i + 1);
      assert.equal(text(row.getCell(5).value), lists[i][0] ?? '', `lead of item ${i + 1}`);
      assert.equal(text(row.getCell(6).value), lists[i].slice(1).join('、'), `配合 of item ${i + 1}`);
    });
    assert.equal(text(itemRows[0].getCell(2).value), '认真学习领会***会议和***全会精神');
    assert.equal(text(itemRows[10].getCell(2).value), '做好极端天气应对工作');
    assert.equal(text(itemRows[10].getCell(5).value), '', 'item 11: no lead');
    assert.ok(text(itemRows[0].getCell(3).value).startsWith('把学习会议精神列为'));
  });

  it('styling: bold header, wrapped text, frozen header, widths, A4 landscape', () => {
    const ws = wb.getWorksheet(SHEET_TASKS)!;
    assert.equal(ws.getRow(2).getCell(1).font?.bold, true);
    assert.equal(ws.getRow(4).getCell(4).alignment?.wrapText, true);
    const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    assert.equal(view.state, 'frozen');
    assert.equal(view.ySplit, 2);
    assert.ok((ws.getColumn(4).width ?? 0) >= 40, '工作措施 is wide');
    assert.ok((ws.getColumn(1).width ?? 99) <= 8, '序号 is narrow');
    assert.equal(ws.pageSetup.paperSize, 9);
    assert.equal(ws.pageSetup.orientation, 'landscape');
  });

  it('按单位: one row per (unit, item, role)', () => {
    const ws = wb.getWorksheet(SHEET_BY_UNIT)!;
    const rows: string[][] = [];
    ws.eachRow((row, n) => { if (n > 2) rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(text)); });
    const lists = responsibleLists(readPlan('county-bureau'));
    const expected = lists.reduce((sum, l) => sum + new Set(l).size, 0);
    assert.equal(rows.length, expected);
    const mishu = rows.filter(r => r[0] === '秘书股' && r[1] === '牵头').map(r => Number(r[2]));
    assert.deepEqual(mishu, [1, 2]);
    assert.ok(rows.every(r => r[1] === '牵头' || r[1] === '参与'));
    const keys = rows.map(r => `${r[0]}|${r[2]}`);
    assert.equal(new Set(keys).size, keys.length, 'no duplicate (unit, item)');
  });

  it('hostile text is stored as plain strings', async () => {
    const h = await read(await exportXlsx(planDoc('hostile')));
    const ws = h.getWorksheet(SHEET_TASKS)!;
    const row = [...Array(ws.rowCount).keys()].map(i => ws.getRow(i + 1)).find(r => typeof r.getCell(1).value === 'number')!;
    assert.equal(text(row.getCell(2).value), `任务${HOSTILE_IMG}标题`);
    const all = [...Array(ws.rowCount).keys()].map(i => text(ws.getRow(i + 1).getCell(1).value)).join('\n');
    assert.ok(all.includes(HOSTILE_SCRIPT), 'the section heading row keeps the script text as text');
    assert.equal(typeof row.getCell(4).value, 'string', '=1+1 is text, not a formula');
  });
});

describe('exports: XLSX print layout and XML safety', function () {

  it('every body row has a height that fits its wrapped text', async () => {
    const wb = await read(await exportXlsx(planDoc('county-bureau')));
    const ws = wb.getWorksheet(SHEET_TASKS)!;
    const { wrappedLines } = await import('../../../core/exports/xmlText');
    for (let r = 3; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (typeof row.getCell(1).value !== 'number') continue; // merged section rows
      const h = row.height ?? 0;
      let lines = 1;
      for (let c = 1; c <= ws.columnCount; c++) lines = Math.max(lines, wrappedLines(text(row.getCell(c).value), ws.getColumn(c).width ?? 16));
      assert.ok(h >= Math.min(409, lines * 13), `row ${r}: height ${h} for ${lines} lines`);
    }
    assert.ok((ws.getRow(4).height ?? 0) > 30, 'the first item wraps onto several lines');
    assert.equal(ws.pageSetup.printTitlesRow, '2:2');
    assert.equal(ws.pageSetup.fitToWidth, 1);
  });

  it('removes characters XML cannot hold, and the file reads back', async () => {
    const { parsePlan } = await import('../../../core/parse');
    const bad = '工作要点\n\n一、总体\n\n1. 任务\u0001甲\uFFFE乙\uD800丙\n\n目标任务:完成\u000B工作\n';
    const bytes = await exportXlsx(parsePlan(bad));
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter(n => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/.test(xml), name);
    }
    const ws = (await read(bytes)).getWorksheet(SHEET_TASKS)!;
    // no title: the header is row 1, the section row 2, the item row 3
    assert.equal(text(ws.getRow(3).getCell(2).value), '任务甲乙丙');
  });

  it('reports how many characters it removed, each counted once though the 按单位 sheet repeats it', async () => {
    const { parsePlan } = await import('../../../core/parse');
    const { emptyReport } = await import('../../../core/exports/report');
    // title 1, section 1, item title 3 (C0, U+FFFE, lone surrogate), 目标任务 1: 6
    const report = emptyReport();
    const bytes = await exportXlsx(parsePlan(DIRTY_PLAN), { report });
    assert.equal(report.removedCharacters, 6);
    const wb = await read(bytes);
    const ws = wb.getWorksheet(SHEET_TASKS)!;
    assert.equal(text(ws.getRow(1).getCell(1).value), '某县教育局工作要点');
    const byUnit = wb.getWorksheet(SHEET_BY_UNIT)!;
    const cells = byUnit.getRow(3).values as ExcelJS.CellValue[];
    assert.deepEqual(cells.slice(1, 5).map(text), ['人事股', '牵头', '1', '一、总体要求']);
    // a clean plan removes nothing
    const clean = emptyReport();
    await exportXlsx(planDoc('county-bureau'), { report: clean });
    assert.equal(clean.removedCharacters, 0);
  });

  describe('按单位: units as the per-unit lists have them', () => {
    // 办公室 named as 办公室 and as 局办公室, 人事股 as 人事师训股; 各股室 a group.
    const GROUPED = [
      '某县教育局2024年工作要点', '一、总体',
      '1.任务甲', '责任股室(单位):办公室、各股室',
      '2.任务乙', '责任股室(单位):局办公室、二级机构',
      '3.任务丙', '责任股室(单位):人事师训股、办公室',
    ].join('\n');
    const CONFIG_UNITS = [{ name: '人事股', group: '股室' }, { name: '财务股', group: '股室' }, { name: '办公室', group: '股室' }];
    const byUnit = async (options: Parameters<typeof exportXlsx>[1]) => {
      const { parsePlan } = await import('../../../core/parse');
      const ws = (await read(await exportXlsx(parsePlan(GROUPED), options))).getWorksheet(SHEET_BY_UNIT)!;
      const rows: string[][] = [];
      // title, header, then the rows
      for (let r = 3; r <= ws.rowCount; r++) rows.push([1, 2, 3].map(c => text(ws.getRow(r).getCell(c).value)));
      return rows;
    };

    it('a unit and its aliases are one unit, in the order of the per-unit lists', async () => {
      const { parsePlan } = await import('../../../core/parse');
      const { unitsOf } = await import('../../../core/exports/unitLists');
      const rows = await byUnit({ groups: 'group' });
      assert.deepEqual([...new Set(rows.map(r => r[0]))], unitsOf(parsePlan(GROUPED), { groups: 'group' }));
      assert.deepEqual(rows.filter(r => r[0] === '办公室'), [['办公室', '牵头', '1'], ['办公室', '牵头', '2'], ['办公室', '参与', '3']]);
      assert.ok(!rows.some(r => r[0] === '局办公室' || r[0] === '人事师训股'));
    });

    it('a group expands to its configured members, or keeps its own rows, as unitListGroups says', async () => {
      const expanded = await byUnit({ units: CONFIG_UNITS, groups: 'expand' });
      assert.ok(!expanded.some(r => r[0] === '各股室'));
      assert.deepEqual(expanded.filter(r => r[0] === '财务股'), [['财务股', '参与', '1']], '各股室 of item 1 reaches 财务股');
      // 办公室 is named in item 1 and reached through 各股室: one row
      assert.deepEqual(expanded.filter(r => r[0] === '办公室' && r[2] === '1'), [['办公室', '牵头', '1']]);
      const own = await byUnit({ units: CONFIG_UNITS, groups: 'group' });
      assert.deepEqual(own.filter(r => r[0] === '各股室'), [['各股室', '参与', '1']]);
    });
  });
});
