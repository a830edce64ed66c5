import { strict as assert } from 'assert';
import ExcelJS from 'exceljs';
import { exportUnitLists, unitFileName, unitsOf, UnitNotFoundError } from '../../../core/exports/unitLists';
import { planDoc } from '../../support/fixtures';
import { unzip, wordParagraphs } from '../../support/readers';

describe('exports: per-unit lists', function () {
  this.timeout(30000);
  const doc = planDoc('county-bureau');

  it('one unit as Markdown: what it leads and what it joins', async () => {
    const [file] = await exportUnitLists(doc, 'md', { unit: '秘书股' });
    assert.equal(file.unit, '秘书股');
    assert.equal(file.fileName, '秘书股.md');
    const md = file.data as string;
    assert.match(md, /^# 秘书股工作任务清单/);
    assert.match(md, /## 一、牵头任务\(2项\)/);
    assert.match(md, /## 二、参与任务\(1项\)/);
    assert.deepEqual([...md.matchAll(/^#### (\d+)\\\./gm)].map(m => Number(m[1])), [1, 2, 9]);
    const [jijiao] = await exportUnitLists(doc, 'md', { unit: '机关纪委' });
    assert.ok(!(jijiao.data as string).includes('参与任务'), '机关纪委 joins no item: no empty group');
    const [renshi] = await exportUnitLists(doc, 'md', { unit: '人事股' });
    const text = renshi.data as string;
    assert.match(text, /## 一、牵头任务\(1项\)/);
    assert.match(text, /## 二、参与任务\(1项\)/);
    const joins = text.slice(text.indexOf('参与任务'));
    assert.ok(joins.includes('#### 1\\.认真学习领会'));
    assert.ok(joins.includes('**牵头单位**:秘书股'));
  });

  it('all units: one file per unit, every unit of the document', async () => {
    const files = await exportUnitLists(doc, 'md');
    assert.deepEqual(files.map(f => f.unit), unitsOf(doc));
    assert.equal(files.length, 24);
    assert.equal(new Set(files.map(f => f.fileName)).size, files.length);
    assert.ok(files.some(f => f.fileName === '县直学校(园).md'));
  });

  it('DOCX and XLSX lists read back', async () => {
    const [docx] = await exportUnitLists(doc, 'docx', { unit: '人事股' });
    const xml = await (await unzip(docx.data as Uint8Array)).file('word/document.xml')!.async('string');
    const paras = wordParagraphs(xml);
    assert.equal(paras[0], '人事股工作任务清单');
    assert.ok(paras.some(p => p.startsWith('6.锻造高素质专业化教师队伍')));
    assert.match(xml, /w:eastAsia="仿宋"/);
    const [xlsx] = await exportUnitLists(doc, 'xlsx', { unit: '人事股' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data as Uint8Array) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    assert.equal(ws.name, '人事股');
    assert.equal(ws.getRow(1).getCell(1).value, '人事股工作任务清单');
    assert.equal(ws.getRow(2).getCell(1).value, '角色');
    assert.equal(ws.getRow(3).getCell(1).value, '牵头');
    assert.equal(ws.getRow(3).getCell(2).value, 6);
  });

  it('an unknown unit is an error that lists the known ones', async () => {
    await assert.rejects(exportUnitLists(doc, 'md', { unit: '不存在股' }), (e: unknown) => e instanceof UnitNotFoundError && e.known.includes('人事股'));
  });

  it('file names are safe', () => {
    assert.equal(unitFileName('a/b\\c:d*e?f"g<h>i|j', 'md'), 'a_b_c_d_e_f_g_h_i_j.md');
    assert.equal(unitFileName('..', 'md'), 'unit.md');
    assert.equal(unitFileName('CON', 'md'), '_CON.md');
  });
});
