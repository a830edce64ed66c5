// The 任务分解表 as a bureau prints it, read back with exceljs from the XLSX of every example,
// fixture, corpus plan and imported seed: print setup (A4 landscape, fit to width with the
// body at 9 pt or more, the header row repeated), the title row, a merged row for each part
// and section, row heights that fit the wrapped text, 序号 as the document numbers its items,
// the lead and 配合 split, and no character XML cannot hold.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { exportXlsx, SHEET_TASKS, printScale, BODY_SIZE, MIN_PRINTED_SIZE } from '../../../core/exports/xlsx';
import { taskTableLayout } from '../../../core/exports/taskTable';
import { wrappedLines } from '../../../core/exports/xmlText';
import { importPlan } from '../../../core/import';
import { parsePlan } from '../../../core/parse';
import { itemsOf, type PlanDocument } from '../../../core/model';
import { allPlans } from '../../support/fixtures';
import { corpusDocument, corpusFiles } from '../../support/corpus';
import { describeSeeds, readSeedBytes, seedFile, SEED_NUMBERS } from '../../support/seeds';

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map(r => r.text).join('') : String(v));
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function assertPrintableTable(doc: PlanDocument): Promise<void> {
  const layout = taskTableLayout(doc);
  const bytes = await exportXlsx(doc);
  // no character XML cannot hold, in any part of the package
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter(n => n.endsWith('.xml'))) {
    assert.ok(!INVALID_XML.test(await zip.file(name)!.async('string')), `${name} holds a character XML cannot hold`);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEET_TASKS)!;
  const width = layout.columns.length;

  // print setup
  const ps = ws.pageSetup;
  assert.equal(ps.paperSize, 9, 'A4');
  assert.equal(ps.orientation, 'landscape');
  assert.equal(ps.fitToPage, true);
  assert.equal(ps.fitToWidth, 1);
  assert.equal(ps.fitToHeight, 0, 'as many pages down as it takes');
  const m = /^(\d+):(\d+)$/.exec(ps.printTitlesRow ?? '');
  assert.ok(m && m[1] === m[2], `print titles: one header row (${ps.printTitlesRow})`);
  const headerAt = Number(m![1]);
  const widths = Array.from({ length: width }, (_, i) => ws.getColumn(i + 1).width ?? 9);
  assert.ok(printScale(widths) * BODY_SIZE >= MIN_PRINTED_SIZE, `fit to width prints the body at ${(printScale(widths) * BODY_SIZE).toFixed(1)} pt`);
  assert.match(ws.headerFooter.oddFooter ?? '', /&P/, 'page numbers in the footer');

  // title and header
  if (layout.title) {
    assert.equal(text(ws.getRow(1).getCell(1).value), layout.title.replace(INVALID_XML, ''));
    assert.ok(ws.getRow(1).getCell(width).isMerged, 'the title row is merged across');
  }
  const header = Array.from({ length: width }, (_, i) => text(ws.getRow(headerAt).getCell(i + 1).value));
  assert.deepEqual(header.slice(0, 2), ['序号', '工作任务']);
  for (const h of ['牵头单位', '配合单位', '完成时限', '备注']) assert.ok(header.includes(h), `header has ${h}`);
  assert.ok(header.includes('工作措施') || header.includes('具体内容'));
  assert.equal(header.includes('责任领导'), layout.rows.some(r => r.leader), '责任领导 exactly when an item has one');
  for (let r = headerAt; r <= ws.rowCount; r++) for (let c = 1; c <= width; c++) assert.ok(ws.getRow(r).getCell(c).border?.top, `row ${r} col ${c} has a border`);

  // the rows, entry by entry
  const items = new Map(itemsOf(doc).map(i => [i.selectionRange.start.line, i]));
  const lead = header.indexOf('牵头单位') + 1;
  const coop = header.indexOf('配合单位') + 1;
  assert.equal(ws.rowCount, headerAt + layout.entries.length);
  layout.entries.forEach((e, i) => {
    const row = ws.getRow(headerAt + 1 + i);
    if (e.kind !== 'row') {
      assert.equal(text(row.getCell(1).value), e.text);
      assert.ok(row.getCell(width).isMerged && row.getCell(width).master.address === row.getCell(1).address, `${e.text}: merged across`);
      return;
    }
    assert.equal(row.getCell(1).value, e.row.number, '序号 as the document numbers the item');
    assert.equal(text(row.getCell(2).value), e.row.task.replace(new RegExp(INVALID_XML.source, 'g'), ''));
    // The lead(s), then every other unit of the item once: the model's units, split by role.
    const item = items.get(e.row.line);
    const units = [...new Set((item?.units ?? []).map(u => u.name))];
    const leads = e.row.units.filter(u => u.role === '牵头').map(u => u.name);
    const others = units.filter(u => !leads.includes(u));
    assert.equal(text(row.getCell(lead).value), leads.join('、') || (item?.lead?.name ?? ''), `item ${e.row.number}: 牵头单位`);
    assert.equal(text(row.getCell(coop).value), others.join('、'), `item ${e.row.number}: 配合单位 is every other unit, never the lead`);
    assert.deepEqual([...leads, ...others].sort(), units.sort(), `item ${e.row.number}: lead + 配合 are its units`);
    let lines = 1;
    for (let c = 1; c <= width; c++) lines = Math.max(lines, wrappedLines(text(row.getCell(c).value), widths[c - 1]));
    assert.ok((row.height ?? 0) >= Math.min(409, lines * 13), `item ${e.row.number}: height ${row.height} for ${lines} lines`);
  });
}

describe('task table read back: examples and fixtures', function () {
  for (const plan of allPlans()) it(plan.name, () => assertPrintableTable(parsePlan(fs.readFileSync(plan.file, 'utf8'))));

  it('parts restart 序号 visibly: the part is a merged row above its sections', async () => {
    const layout = taskTableLayout(parsePlan(['第一篇 总体', '一、甲', '1.任务一', '2.任务二', '第二篇 分项', '一、乙', '1.任务三'].join('\n')));
    assert.deepEqual(layout.entries.map(e => (e.kind === 'row' ? e.row.number : e.text)), ['第一篇 总体', '一、甲', 1, 2, '第二篇 分项', '一、乙', 1]);
  });

  it('a plan whose tasks are (一) subsections gives one row per subsection', () => {
    const layout = taskTableLayout(parsePlan(['某局工作要点', '一、重点工作', '(一)加强党建。落实主体责任。', '(二)优化服务。推行一网通办。', '二、保障', '(一)强化督查。'].join('\n')));
    const rows = layout.rows.map(r => [r.number, r.task, r.measures]);
    assert.deepEqual(rows, [['(一)', '加强党建', '落实主体责任。'], ['(二)', '优化服务', '推行一网通办。'], ['(一)', '强化督查', '']]);
    assert.deepEqual(layout.columns.map(c => c.header), ['序号', '工作任务', '具体内容', '牵头单位', '配合单位', '完成时限', '备注']);
  });

  it('the title row and the issuer and date line come from the front matter or the 落款', () => {
    const fm = taskTableLayout(parsePlan(['---', '标题:某县教育局2024年工作要点', '发文机关:某县教育局', '日期:2024年3月1日', '---', '一、总体', '1.任务'].join('\n')));
    assert.equal(fm.title, '某县教育局2024年工作要点');
    assert.equal(fm.issuerLine, '某县教育局\u30002024年3月1日');
  });
});

describe('task table read back: corpus plans', function () {
  for (const file of corpusFiles()) it(file, async () => assertPrintableTable(await corpusDocument(file)));
});

describeSeeds('task table read back: imported seeds', function () {
  for (const n of SEED_NUMBERS) {
    it(`seed ${String(n).padStart(3, '0')}`, async () => {
      const imported = await importPlan({ bytes: readSeedBytes(n), fileName: seedFile(n) });
      await assertPrintableTable(parsePlan(imported.text));
    });
  }
});
